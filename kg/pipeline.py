"""The whole flow for a batch of articles: read → extract → resolve → map → validate → store.

Articles are read first (a file or record that cannot be read is reported
and the rest go on), articles unchanged since their last ingest are skipped,
and the others go through extraction in chunks, in worker processes when
there is more than one chunk. Each chunk's good graphs are written in one
transaction, so a store never holds half an article; an article whose graph
fails the shapes is reported and left out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from kg.errors import ReadError, ValidationError
from kg.settings import Settings

CHUNK_SIZE = 64
FLUSH_EVERY = 8  # chunks


@dataclass(frozen=True)
class ArticleReport:
    """What happened to one article."""

    iri: str
    source: str
    entities: int = 0
    facts: int = 0
    refused: str | None = None
    unchanged: bool = False


@dataclass(frozen=True)
class IngestReport:
    articles: tuple[ArticleReport, ...] = field(default=())
    unreadable: tuple[tuple[str, str], ...] = field(default=())  # (source, message)

    @property
    def stored(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.refused is None and not a.unchanged]

    @property
    def unchanged(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.unchanged]

    @property
    def refused(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.refused is not None]

    @property
    def ok(self) -> bool:
        return not self.refused and not self.unreadable


@dataclass(frozen=True)
class Job:
    """What every worker needs to turn articles into graphs, sent once to each."""

    settings: Settings
    known: dict
    titles: tuple[str, ...]
    vocabulary: object
    min_confidence: float


def ingest(
    sources: Iterable[str | Path],
    *,
    settings: Settings,
    url: str | None = None,
    publisher: str | None = None,
    headline: str | None = None,
    min_confidence: float = 0.0,
    vocabulary=None,
    nlp=None,
    workers: int = 1,
    force: bool = False,
    progress: Callable[[ArticleReport, int, int], None] | None = None,
    stdin: BinaryIO | None = None,
    store=None,
) -> IngestReport:
    """Ingest files, folders, glob patterns or "-" (JSON Lines on stdin) into the store.

    `workers` processes share the extraction (spaCy batches inside each);
    `force` re-extracts articles whose content has not changed; `progress`
    is called after each article with (report, done, total). `store`, when
    given, is an open store to write to (the one `kg serve` holds), else the
    settings' store is opened for the run. Facts that editors rejected are
    taken out of each article's new graph in the transaction that stores it.
    """
    from kg.corrections import withhold_rejected
    from kg.extract.lexicon import Vocabulary
    from kg.read import content_hash, expand_sources, read_sources
    from kg.resolve import article_iri

    unreadable: list[tuple[str, str]] = []
    articles = list(read_sources(expand_sources(sources), url=url, publisher=publisher, headline=headline,
                                 on_error=lambda source, error: unreadable.append((source, str(error))),
                                 stdin=stdin))
    articles = _last_of_each(articles, settings)
    reports: list[ArticleReport] = []
    with _opened(store, settings) as store:
        stored_hashes = {} if force else store.content_hashes()
        todo = []
        for article in articles:
            iri = article_iri(settings, article.id)
            if stored_hashes.get(iri) == content_hash(article):
                report = ArticleReport(iri, article.source, unchanged=True)
                reports.append(report)
                if progress:
                    progress(report, len(reports), len(articles))
            else:
                todo.append(article)
        known, titles = store.known_entities() if todo else ({}, [])
        job = Job(settings, known, tuple(titles), vocabulary or Vocabulary(), min_confidence)
        for n, results in enumerate(_process(job, todo, workers=workers, nlp=nlp), start=1):
            graphs = {r.iri: nt for r, nt in results if nt is not None}
            store.replace_graphs(graphs, then=withhold_rejected(graphs, settings=settings))
            if n % FLUSH_EVERY == 0:
                store.flush()  # keeps the store's write buffers, and so memory, bounded on long runs
            for report, _ in results:
                reports.append(report)
                if progress:
                    progress(report, len(reports), len(articles))
    return IngestReport(tuple(reports), tuple(unreadable))


@contextmanager
def _opened(store, settings: Settings):
    """The store given (left open for its owner), or the settings' store opened for the block."""
    if store is not None:
        yield store
        return
    from kg.store import open_store

    with open_store(settings) as opened:
        yield opened


def _last_of_each(articles: list, settings: Settings) -> list:
    """Two inputs with the same article id: the later one is the article (as a re-ingest would make it)."""
    from kg.resolve import article_iri

    latest = {article_iri(settings, a.id): a for a in articles}
    return list(latest.values())


def _process(job: Job, articles: list, *, workers: int, nlp=None) -> Iterator[list[tuple[ArticleReport, str | None]]]:
    """Chunks of (report, N-Triples or None), in order; in worker processes when that pays."""
    # Enough chunks to keep every worker busy, each large enough for spaCy's batching to pay.
    size = CHUNK_SIZE if workers <= 1 else min(CHUNK_SIZE, max(4, -(-len(articles) // (workers * 2))))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    if workers <= 1 or len(chunks) <= 1:
        worker = ChunkProcessor(job, nlp)
        yield from map(worker.process, chunks)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_start_worker,
                             initargs=(job,)) as pool:
        yield from pool.map(_run_chunk, chunks)


class ChunkProcessor:
    """Extraction, resolution, mapping and validation of chunks of articles, with one spaCy pipeline.

    Used by `ingest` (in this process or in each worker) and by the Spark job (in each partition).
    """

    def __init__(self, job: Job, nlp=None) -> None:
        from kg.extract import load_pipeline

        self.job = job
        self.nlp = nlp or load_pipeline()

    def process(self, articles: list) -> list[tuple[ArticleReport, str | None]]:
        from kg.extract import extract_facts
        from kg.map import map_to_ontology, validate_graph
        from kg.read import content_hash
        from kg.resolve import resolve_entities

        job, results = self.job, []
        for extraction in extract_facts(articles, nlp=self.nlp, known_titles=job.titles, vocabulary=job.vocabulary,
                                        min_confidence=job.min_confidence):
            resolution = resolve_entities(extraction, settings=job.settings, known=job.known)
            graph = map_to_ontology(resolution, settings=job.settings,
                                    content_hash=content_hash(extraction.article))
            report = ArticleReport(resolution.article_iri, extraction.article.source,
                                   len({e.iri for e in resolution.entities.values()}), len(extraction.facts))
            try:
                validate_graph(graph, settings=job.settings, name=extraction.article.source)
            except ValidationError as exc:
                results.append((replace(report, refused=str(exc)), None))
            else:
                results.append((report, graph.serialize(format="nt")))
        return results


# A process pool's worker keeps its pipeline between chunks: the one module-level state kg has.
_worker: ChunkProcessor | None = None


def _start_worker(job: Job) -> None:
    global _worker
    _worker = ChunkProcessor(job)


def _run_chunk(articles: list) -> list[tuple[ArticleReport, str | None]]:
    assert _worker is not None, "the pool initializer starts a worker first"
    return _worker.process(articles)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def remove_article(iri: str, *, settings: Settings) -> bool:
    """Retract one article's graph (or one of kg's own graphs, such as graph/wikidata-enrichment)."""
    from kg.store import open_store

    with open_store(settings) as store:
        return store.remove_graph(_graph_iri(iri, settings))


def _graph_iri(value: str, settings: Settings) -> str:
    """An article's IRI from its IRI, a path (article/x, graph/x) or its bare id."""
    if ":" in value or value.startswith(("article/", "graph/")):
        return settings.expand(value)
    return settings.expand(f"article/{value}")


def validate_store(*, settings: Settings) -> dict[str, str | None]:
    """Check every article's graph in the store against the shapes: article IRI -> problem or None."""
    from rdflib import Graph

    from kg.map import validate_graph
    from kg.store import open_store

    results: dict[str, str | None] = {}
    with open_store(settings) as store:
        for iri in store.article_graphs():
            graph = Graph().parse(data=store.export("nt", graph=iri).decode("utf-8"), format="nt")
            try:
                validate_graph(graph, settings=settings, name=iri)
                results[iri] = None
            except ValidationError as exc:
                results[iri] = str(exc)
    return results


def load_nquads(path: Path, *, settings: Settings) -> int:
    """Bulk-load N-Quads (a Spark job's output, an export) into the embedded store; returns the quads added."""
    from kg.errors import StoreError
    from kg.store import OxigraphStore, open_store

    if not path.exists():
        raise ReadError(f"{path}: no such file or folder; check the path")
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("_", "."))) \
        if path.is_dir() else [path]
    with open_store(settings) as store:
        if not isinstance(store, OxigraphStore):
            raise StoreError("kg load bulk-loads the embedded store; for a remote store use its own loader")
        before = store.count()
        for file in files:
            store.bulk_load(file, format="nquads")
        from kg.corrections import withhold_rejected

        store.update(withhold_rejected(None, settings=settings))  # a loaded graph may state a rejected fact
        return store.count() - before
