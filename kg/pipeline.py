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

import gc
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

from kg.errors import DiskFullError, Interrupted, ReadError, StoreError, ValidationError, is_disk_full
from kg.limits import LOAD_BATCH_QUADS, LOAD_HELD_QUADS
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
    at_risk = {iri for article, iri in named if article.source_key and iri in stored_hashes
               and stored_hashes[iri] != content_hash(article)}
    stored = store.source_keys(at_risk)
    kept = []
    for article, iri in named:
        if iri not in at_risk:
            kept.append(article)
            continue
        key, headline = stored.get(iri, (None, None))
        if key == article.source_key:
            kept.append(article)
            continue
        # A stored graph without a key was read from a url, or stored by a kg that kept no keys: not this file.
        what = f'"{_shortened(headline)}", read from another file of that name' if key else \
            "an article read from a url (or stored by an earlier kg) under that name"
        reports.append(ArticleReport(iri, article.source, refused=(
            f"{article.source} would replace {what}; give it its own url (in the record, the front matter or "
            "--url) or its own file name, or --replace to store it instead")))
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
        from kg.resolve import article_iri, resolve_entities

        job, results = self.job, []
        for extraction in extract_facts(articles, nlp=self.nlp, known_titles=job.titles, vocabulary=job.vocabulary,
                                        min_confidence=job.min_confidence):
            if extraction.failure is not None:
                article = extraction.article
                results.append((ArticleReport(article_iri(job.settings, article.id), article.source,
                                              refused=extraction.failure), None))
                continue
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
    """A worker ignores Ctrl-C (its parent stops it and reports) and ends when its parent is gone. Its BLAS
    keeps to one thread: the workers are the parallelism, and more threads would only contend for the cores.
    What it has loaded (the model, kg's tables) lives as long as it does, so the garbage collector's full passes
    are told to skip it: they would walk it again and again for nothing (a few ms of each article)."""
    from threadpoolctl import threadpool_limits

    global _worker
    threadpool_limits(1, user_api="blas")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _worker = ChunkProcessor(job)
    gc.freeze()


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
    """Load N-Quads (a Spark job's output, an export) into the embedded store; returns the quads read.

    Each named graph the files carry replaces the store's graph of that name, as `kg ingest` replaces an
    article's graph. Every file is read and parsed once, all of them before the store is opened, so a
    malformed file (or a quad outside any named graph) changes nothing. The graphs are then written in
    batches of whole graphs (about LOAD_BATCH_QUADS quads; a graph is never split), each batch one
    transaction that drops the graphs it replaces, fills them again and takes the facts editors rejected
    out of them. A batch is atomic; the load as a whole is not: a kill, a full disk or another error part-way
    leaves the batches before it written and the graphs after it as they were, so every graph is whole, old
    or new, never half-loaded or missing, and running the same command again finishes the load. The
    corrections graph, when the files carry it, goes in the first batch, so that its verdicts hold for every
    graph loaded with it or after it.

    This is Oxigraph's transactional path, not its bulk loader, which can neither drop a graph nor roll
    back. Memory stays bounded: the quads read are held, grouped by graph, up to LOAD_HELD_QUADS, then
    written to an unnamed temporary file (in TMPDIR) and read back one batch at a time.
    """
    from kg.corrections import corrections_graph, has_rejections, withhold_rejected
    from kg.store import is_remote, open_store

    if is_remote(settings.store):
        raise StoreError("kg load writes the embedded store; for a remote store use its own loader")
    if not path.exists():
        raise ReadError(f"{path}: no such file or folder; check the path")
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("_", "."))) \
        if path.is_dir() else [path]
    with _GraphSpool(LOAD_HELD_QUADS) as spool:
        quads = _read_nquads(files, spool)
        counts = spool.counts()
        first = corrections_graph(settings)
        order = sorted(counts, key=lambda graph: graph != first)  # stable: otherwise in the order read
        loaded = 0
        with open_store(settings, create=True) as store:
            withhold = first in counts or has_rejections(store, settings=settings)
            try:
                for n, batch in enumerate(_batches(order, counts, LOAD_BATCH_QUADS), start=1):
                    then = withhold_rejected(batch, settings=settings, extracted=False) if withhold else ""
                    store.load_graphs(b"".join(spool.nquads(graph) for graph in batch), batch, then=then)
                    loaded += len(batch)
                    if n % FLUSH_EVERY == 0:
                        store.flush()  # keeps the store's write buffers, and so memory, bounded
            except KeyboardInterrupt:
                raise Interrupted(f"interrupted: {_loaded(loaded, len(order))}; run the same command again "
                                  "to finish") from None
            except DiskFullError as exc:
                if not loaded:
                    raise
                raise DiskFullError(exc.what, stored=_loaded(loaded, len(order))) from None
            except StoreError as exc:
                if not loaded:
                    raise
                raise StoreError(f"{exc} ({_loaded(loaded, len(order))})") from None
    return quads


def _loaded(done: int, total: int) -> str:
    return f"{done} of {total} graph(s) were loaded, each whole, and the others are as they were"


def _read_nquads(files: list[Path], spool: _GraphSpool) -> int:
    """Parse each file once into the spool; how many quads. A syntax error names the file and the line."""
    import pyoxigraph as ox

    quads = 0
    for file in files:
        try:
            with file.open("rb") as stream:
                for quad in ox.parse(stream, format=ox.RdfFormat.N_QUADS):
                    graph = quad.graph_name
                    if not isinstance(graph, ox.NamedNode):
                        raise ReadError(f"{file}: a quad outside any named graph ({str(quad)[:200]}); kg keeps "
                                        "every statement in a graph named by an IRI: nothing was loaded")
                    spool.add(graph.value, quad)
                    quads += 1
        except (SyntaxError, ValueError) as exc:
            raise ReadError(f"{file}: not N-Quads ({exc}); nothing was loaded") from None
        except OSError as exc:
            raise ReadError(f"{file}: cannot be read ({exc.strerror or exc}); nothing was loaded") from None
    return quads


def _batches(order: list[str], counts: Mapping[str, int], size: int) -> Iterator[list[str]]:
    """Graphs in batches of about `size` quads; a graph larger than that is a batch alone."""
    batch: list[str] = []
    quads = 0
    for graph in order:
        if batch and quads + counts[graph] > size:
            yield batch
            batch, quads = [], 0
        batch.append(graph)
        quads += counts[graph]
    if batch:
        yield batch


class _GraphSpool:
    """Quads grouped by graph: held in memory up to a number of quads, then written out (as N-Quads, one
    chunk per graph) to an unnamed temporary file, which the system removes however kg ends."""

    def __init__(self, held: int) -> None:
        self._limit = held
        self._held: dict[str, list] = defaultdict(list)
        self._held_quads = 0
        self._chunks: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # (offset, length, quads)
        self._file: BinaryIO | None = None

    def __enter__(self) -> _GraphSpool:
        return self

    def __exit__(self, *exc) -> None:
        if self._file is not None:
            self._file.close()

    def add(self, graph: str, quad) -> None:
        self._held[graph].append(quad)
        self._held_quads += 1
        if self._held_quads >= self._limit:
            self._spill()

    def counts(self) -> dict[str, int]:
        """Quads per graph, in the order the graphs were first read."""
        counts = {graph: sum(chunk[2] for chunk in chunks) for graph, chunks in self._chunks.items()}
        for graph, quads in self._held.items():
            counts[graph] = counts.get(graph, 0) + len(quads)
        return counts

    def nquads(self, graph: str) -> bytes:
        """The graph's quads as N-Quads."""
        import pyoxigraph as ox

        parts = []
        for offset, length, _ in self._chunks.get(graph, ()):
            self._file.seek(offset)
            parts.append(self._file.read(length))
        if graph in self._held:
            parts.append(ox.serialize(self._held[graph], format=ox.RdfFormat.N_QUADS))
        return b"".join(parts)

    def _spill(self) -> None:
        import tempfile

        import pyoxigraph as ox

        try:
            if self._file is None:
                self._file = tempfile.TemporaryFile()
            for graph, quads in self._held.items():
                data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
                self._chunks[graph].append((self._file.seek(0, os.SEEK_END), len(data), len(quads)))
                self._file.write(data)
        except OSError as exc:
            where = f"a temporary file in {tempfile.gettempdir()} (TMPDIR)"
            if is_disk_full(exc):
                raise DiskFullError(f"cannot hold the quads read in {where}", stored="nothing was loaded") from None
            raise StoreError(f"cannot hold the quads read in {where}: {exc.strerror or exc}; set TMPDIR to a "
                             "writable folder: nothing was loaded") from None
        self._held.clear()
        self._held_quads = 0
