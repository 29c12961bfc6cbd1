"""The store: an embedded Oxigraph database on disk, one named graph per article.

Writes are SPARQL updates, which Oxigraph applies in one transaction: an
ingest replaces all of its articles' graphs or none of them. Queries see the
union of the graphs as their default graph.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError, StoreLockedError
from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Ref
from kg.resolve import entity_key
from kg.settings import Settings

SCHEMA = "https://schema.org/"
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
_DATASET_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}
PREFIXES = {"schema": SCHEMA, "kg": "https://kg.example.org/ns#", "prov": "http://www.w3.org/ns/prov#",
            "wd": "http://www.wikidata.org/entity/", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


@dataclass(frozen=True)
class StoreStats:
    articles: int
    triples: int
    entities: dict[str, int]


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return _RDF_FORMATS[name.lower()]
    except KeyError:
        raise StoreError(f"unknown RDF format {name!r}; use one of: turtle, nt, nquads, trig, jsonld") from None


class OxigraphStore:
    """An Oxigraph store on disk (or in memory with `path=None`, for tests and benchmarks)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        try:
            self._store = ox.Store() if path is None else ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreLockedError(f"store {path} is in use by another kg process; wait for it to finish "
                                       "or use another --store") from None
            raise StoreError(f"cannot open store at {path}: {message}; choose a writable --store path") from None

    def close(self) -> None:
        """Release the store's lock (Oxigraph frees it when the object goes away)."""
        if self.path is not None:
            self._store.flush()
        del self._store

    # --- writing ---------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each article's named graph by N-Triples text, all in one transaction."""
        if not graphs:
            return
        parts = [f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{nt}\n}} }}"
                 for iri, nt in graphs.items()]
        self._update(" ;\n".join(parts))

    def remove_graph(self, iri: str) -> bool:
        """Drop one article's graph; False when there was none."""
        graph = ox.NamedNode(iri)
        if not self._store.contains_named_graph(graph):
            return False
        self._update(f"DROP GRAPH <{iri}>")
        return True

    def bulk_load(self, data: bytes | io.IOBase, *, format: str = "nquads") -> None:
        """Load N-Quads (or another format) with Oxigraph's bulk loader: fast, not transactional."""
        self._store.bulk_load(data, format=rdf_format(format))

    def update(self, text: str) -> None:
        """Run a SPARQL update in one transaction."""
        self._update(text)

    def _update(self, text: str) -> None:
        try:
            self._store.update(text)
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"store update failed: {exc}; nothing was written") from None

    # --- reading ---------------------------------------------------------------------------------

    def query(self, sparql: str):
        """Run a SPARQL query over the union of all graphs, with kg's prefixes predefined."""
        return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)

    def has_graph(self, iri: str) -> bool:
        try:
            return self._store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI at all
            return False

    def graph_quads(self, iri: str) -> Iterator[ox.Quad]:
        """The quads of one named graph."""
        return self._store.quads_for_pattern(None, None, None, ox.NamedNode(iri))

    def article_graphs(self) -> list[str]:
        """The named graphs that are articles' (not the link and enrichment graphs)."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a schema:NewsArticle } }")
        return sorted(row["g"].value for row in rows)

    def has_entity(self, iri: str) -> bool:
        try:
            return bool(self.query(f"ASK {{ {ox.NamedNode(iri)} schema:name ?n }}"))
        except ValueError:
            return False

    def export(self, format: str, *, graph: str | None = None) -> bytes:
        """Serialize the store: datasets keep their graphs, triple formats get the union (or one graph)."""
        fmt = rdf_format(format)
        if graph is not None and not self.has_graph(graph):
            raise StoreError(f"no article graph {graph} in the store; see `kg stats` or `kg sparql`")
        if fmt in _DATASET_FORMATS:
            quads = self._quads(graph)
            return ox.serialize(quads, format=fmt, prefixes=PREFIXES) if fmt == ox.RdfFormat.TRIG \
                else ox.serialize(quads, format=fmt)
        triples = self._triples(graph)
        if fmt == ox.RdfFormat.N_TRIPLES:
            return ox.serialize(triples, format=fmt)
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES)

    def _quads(self, graph: str | None) -> list[ox.Quad]:
        graph_name = ox.NamedNode(graph) if graph else None
        quads = [q for q in self._store.quads_for_pattern(None, None, None, graph_name)
                 if not isinstance(q.graph_name, ox.DefaultGraph) or graph is None]
        return sorted(quads, key=str)

    def _triples(self, graph: str | None) -> list[ox.Triple]:
        return sorted({q.triple for q in self._quads(graph)}, key=str)

    def known_entities(self) -> tuple[dict[tuple[str, str], str], list[str]]:
        """(kind, key) of every name and alternate name in the store to its IRI, and the works' titles."""
        kinds = {"Person": PERSON, "Organization": ORGANIZATION, "Place": PLACE, "City": PLACE,
                 "Country": PLACE, "Movie": WORK, "TVSeries": WORK, "CreativeWork": WORK,
                 "Book": "Book", "ComicSeries": "ComicSeries"}
        known: dict[tuple[str, str], str] = {}
        titles: set[str] = set()
        for row in self.query("SELECT ?s ?t ?n WHERE { ?s a ?t ; schema:name|schema:alternateName ?n }"):
            kind = kinds.get(row["t"].value.removeprefix(SCHEMA))
            if kind:
                known.setdefault(entity_key(Ref(kind, row["n"].value)), row["s"].value)
                if kind == WORK:
                    titles.add(row["n"].value)
        return known, sorted(titles)

    def stats(self) -> StoreStats:
        entities = {row["t"].value.removeprefix(SCHEMA): int(row["n"].value) for row in self.query(
            "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t")}
        return StoreStats(articles=len(self.article_graphs()), triples=len(self._store), entities=entities)


@contextmanager
def open_store(settings: Settings) -> Iterator[OxigraphStore]:
    """Open the store named by the settings for the length of a `with` block."""
    store = OxigraphStore(settings.store)
    try:
        yield store
    finally:
        store.close()


def store_graphs(store: OxigraphStore, graphs: Iterable[tuple[str, str]]) -> None:
    """Write articles' graphs (IRI, N-Triples) to the store in one transaction."""
    store.replace_graphs(dict(graphs))
