"""The whole flow for a batch of articles: read → extract → resolve → map → validate → store.

Articles are read first (a file or record that cannot be read is reported
and the rest go on; two inputs that would share an article IRI are both
refused by name, never one silently replacing the other, and so is a file
whose IRI holds the article an earlier run read from another file of that
name), articles unchanged since their last ingest are skipped, and the
others go through extraction in chunks, in worker processes when there is
more than one chunk. Each chunk's good graphs are written in one
transaction, so a store never holds half an article; an article whose graph
fails the shapes is reported and left out. Ctrl-C stops the workers and
says how many articles were stored; workers also end when their parent
process dies.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from kg.errors import DiskFullError, Interrupted, ReadError, StoreError, ValidationError
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
    replace_others: bool = False,
    progress: Callable[[ArticleReport, int, int], None] | None = None,
    stdin: BinaryIO | None = None,
    store=None,
    source_keys: Mapping[str, str] | None = None,
) -> IngestReport:
    """Ingest files, folders, glob patterns or "-" (JSON Lines on stdin) into the store.

    `workers` processes share the extraction (spaCy batches inside each);
    `force` re-extracts articles whose content has not changed; `progress`
    is called after each article with (report, done, total). `store`, when
    given, is an open store to write to (the one `kg serve` holds), else the
    settings' store is opened for the run. Facts that editors rejected are
    taken out of each article's new graph in the transaction that stores it.

    An article is the same article as the one stored under its IRI when it
    has that url, or else was read from the same file (its `source_key`): a
    new version replaces the old. A url-less article whose IRI holds, with
    other content, one read from another file of that name is refused,
    unless `replace_others`. `source_keys` gives the key of a path read in
    place of another file (`kg serve`'s uploads).
    """
    from kg.corrections import withhold_rejected
    from kg.extract.lexicon import Vocabulary
    from kg.read import expand_sources, read_sources
    from kg.resolve import article_iri

    paths = expand_sources(sources)
    if not paths:
        raise ReadError(f"nothing to ingest: no article files in {' '.join(map(str, sources))}; "
                        "give files, folders or patterns of .txt .md .html .json .jsonl")
    unreadable: list[tuple[str, str]] = []
    articles = list(read_sources(paths, url=url, publisher=publisher, headline=headline,
                                 on_error=lambda source, error: unreadable.append((source, str(error))),
                                 stdin=stdin, source_keys=source_keys))
    if not articles and not unreadable:
        raise ReadError(f"nothing to ingest: {' '.join(map(str, sources))} holds no article")
    if url and len(articles) > 1:
        raise ReadError(f"--url names one article, but {len(articles)} were read ({articles[0].source}, "
                        f"{articles[1].source}, …); give --url with one file")
    articles, reports = _distinct(articles, settings)
    with _opened(store, settings) as store:
        stored_hashes = store.content_hashes()
        if not replace_others:
            articles = _same_sources(articles, store, stored_hashes, reports, settings)
        todo = _changed(articles, stored_hashes, reports, settings, force, progress)
        # What the store knows, minus the graphs this batch replaces: the same articles give the same graphs.
        replaced = {article_iri(settings, a.id) for a in todo} & stored_hashes.keys()
        known, titles = store.known_entities(excluding=replaced) if todo else ({}, [])
        job = Job(settings, known, tuple(titles), vocabulary or Vocabulary(), min_confidence)
        try:
            for n, results in enumerate(_process(job, todo, workers=workers, nlp=nlp), start=1):
                graphs = {r.iri: nt for r, nt in results if nt is not None}
                store.replace_graphs(graphs, then=withhold_rejected(graphs, settings=settings))
                for report, _ in results:
                    reports.append(report)
                    if progress:
                        progress(report, len(reports), len(articles))
                if n % FLUSH_EVERY == 0:
                    store.flush()  # keeps the store's write buffers, and so memory, bounded on long runs
        except KeyboardInterrupt:
            stored = len(IngestReport(tuple(reports)).stored)
            raise Interrupted(f"interrupted: {stored} of {len(todo)} article(s) to extract were stored; run the "
                              "same command again to go on (stored articles are skipped)") from None
        except DiskFullError as exc:
            if not (stored := len(IngestReport(tuple(reports)).stored)):
                raise
            raise DiskFullError(exc.what, stored=f"{stored} of {len(todo)} article(s) to extract were stored "
                                                 "(stored articles are skipped)") from None
    return IngestReport(tuple(reports), tuple(unreadable))


@contextmanager
def _opened(store, settings: Settings):
    """The store given (left open for its owner), or the settings' store opened for the block."""
    if store is not None:
        yield store
        return
    from kg.store import open_store

    with open_store(settings, create=True) as opened:
        yield opened


def _distinct(articles: list, settings: Settings) -> tuple[list, list[ArticleReport]]:
    """Articles whose IRIs are their own; inputs that would share one are refused by name (the same content
    read twice is read once), so that no article silently replaces another of the same batch."""
    from kg.read import content_hash
    from kg.resolve import article_iri

    by_iri: dict[str, list] = defaultdict(list)
    for article in articles:
        by_iri[article_iri(settings, article.id)].append(article)
    kept, refused = [], []
    for iri, group in by_iri.items():
        if len({content_hash(a) for a in group}) == 1:
            kept.append(group[0])
            continue
        sources = " and ".join(a.source for a in group)
        for article in group:
            refused.append(ArticleReport(iri, article.source, refused=(
                f"{sources} would share this IRI; give each its own url (in the record, the front matter or "
                "--url) or its own file name")))
    return kept, refused


def _same_sources(articles: list, store, stored_hashes: dict[str, str], reports: list[ArticleReport],
                  settings: Settings) -> list:
    """The articles that are new, or new versions of the ones stored under their IRIs; a url-less article whose
    IRI holds another file's article, with other content, is refused by name (one query for the batch)."""
    from kg.read import content_hash
    from kg.resolve import article_iri

    named = [(article, article_iri(settings, article.id)) for article in articles]
    # Only a stored graph of other content can be lost: an unchanged batch asks nothing.
    stored = store.source_keys({iri for article, iri in named if article.source_key and iri in stored_hashes
                                and stored_hashes[iri] != content_hash(article)})
    kept = []
    for article, iri in named:
        key, headline = stored.get(iri, (None, None))
        if key is None or key == article.source_key:
            kept.append(article)
            continue
        what = f'"{_shortened(headline)}"' if headline else "an article"
        reports.append(ArticleReport(iri, article.source, refused=(
            f"{article.source} would replace {what}, read from another file of that name; give it its own url "
            "(in the record, the front matter or --url) or its own file name, or --replace to store it instead")))
    return kept


def _shortened(text: str, length: int = 60) -> str:
    """A stored headline on one line, cut at a word within `length` characters."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1].rsplit(" ", 1)[0] + "…"


def _changed(articles: list, stored_hashes: dict[str, str], reports: list[ArticleReport], settings: Settings,
             force: bool, progress: Callable[[ArticleReport, int, int], None] | None) -> list:
    """The articles to extract; the unchanged ones (same content hash as stored) are reported as such."""
    from kg.read import content_hash
    from kg.resolve import article_iri

    todo = []
    for article in articles:
        iri = article_iri(settings, article.id)
        if not force and stored_hashes.get(iri) == content_hash(article):
            reports.append(ArticleReport(iri, article.source, unchanged=True))
            if progress:
                progress(reports[-1], len(reports), len(articles))
        else:
            todo.append(article)
    return todo


def _process(job: Job, articles: list, *, workers: int, nlp=None) -> Iterator[list[tuple[ArticleReport, str | None]]]:
    """Chunks of (report, N-Triples or None), in order; in worker processes when that pays."""
    if not articles:
        return
    # Enough chunks to keep every worker busy, each large enough for spaCy's batching to pay.
    size = CHUNK_SIZE if workers <= 1 else min(CHUNK_SIZE, max(4, -(-len(articles) // (workers * 2))))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    if workers <= 1 or len(chunks) <= 1:
        worker = ChunkProcessor(job, nlp)
        yield from map(worker.process, chunks)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_start_worker,
                             initargs=(job, os.getpid())) as pool:
        futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
        try:
            for future in futures:
                yield future.result()
        except BaseException:  # Ctrl-C, or an error: stop the chunks in flight rather than wait for them
            for child in multiprocessing.active_children():  # (cancelling futures instead trips Python 3.11's
                child.terminate()                            # pool into an error of its own)
            raise


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


def _start_worker(job: Job, parent: int) -> None:
    """A worker ignores Ctrl-C (its parent stops it and reports) and ends when its parent is gone."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker = ChunkProcessor(job)


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent process has died (killed, crashed): it would work for no one."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


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
    """Bulk-load N-Quads (a Spark job's output, an export) into the embedded store; returns the quads read.

    Each named graph the files carry replaces the store's graph of that name, as `kg ingest` replaces an
    article's graph. Every file is parsed before the store changes, so a malformed file changes nothing.
    """
    from kg.store import OxigraphStore, open_store

    if not path.exists():
        raise ReadError(f"{path}: no such file or folder; check the path")
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("_", "."))) \
        if path.is_dir() else [path]
    graphs, quads = _graphs_in(files)
    with open_store(settings, create=True) as store:
        if not isinstance(store, OxigraphStore):
            raise StoreError("kg load bulk-loads the embedded store; for a remote store use its own loader")
        if graphs:
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(graphs)))
        for file in files:
            store.bulk_load(file, format="nquads")
        from kg.corrections import withhold_rejected

        store.update(withhold_rejected(None, settings=settings))  # a loaded graph may state a rejected fact
    return quads


def _graphs_in(files: list[Path]) -> tuple[set[str], int]:
    """The named graphs the N-Quads files carry, and how many quads; a syntax error names file and line."""
    import pyoxigraph as ox

    graphs: set[str] = set()
    quads = 0
    for file in files:
        try:
            for quad in ox.parse(path=str(file), format=ox.RdfFormat.N_QUADS):
                quads += 1
                if isinstance(quad.graph_name, ox.NamedNode):
                    graphs.add(quad.graph_name.value)
        except (SyntaxError, ValueError) as exc:
            raise ReadError(f"{file}: not N-Quads ({exc}); nothing was loaded") from None
        except OSError as exc:
            raise ReadError(f"{file}: cannot be read ({exc.strerror or exc}); nothing was loaded") from None
    return graphs, quads
