"""The store: one named graph per article, in embedded Oxigraph or any SPARQL 1.1 endpoint.

    Store                 what every command needs, written once over three primitives
    ├── OxigraphStore     embedded, on disk (the default: ./kg-store or KG_STORE)
    └── RemoteStore       sparql+http(s)://host/dataset: SPARQL 1.1 Query and Update through
                          SPARQLWrapper, the Graph Store Protocol for whole graphs

Every write is one transaction (a SPARQL update, or on the embedded store
Oxigraph's transactional `load` and `extend`): a batch of articles replaces
all of its graphs or none of them. Queries see the
union of the graphs as their default graph (embedded: Oxigraph's option;
remote: configure the server so, e.g. `oxigraph serve --union-default-graph`
or Fuseki's `tdb2:unionDefaultGraph`; Virtuoso's is so already). A remote
server that is not so, or that cuts an answer short, is refused by name.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import DiskFullError, StoreError, StoreLockedError, is_disk_full
from kg.inputs import blank_comment_lines, parse_sparql_json
from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Ref
from kg.resolve import entity_key
from kg.settings import Settings

SCHEMA = "https://schema.org/"
REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")
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
_ENTITY_KINDS = {"Person": PERSON, "Organization": ORGANIZATION, "Place": PLACE, "City": PLACE, "Country": PLACE,
                 "Movie": WORK, "TVSeries": WORK, "TVEpisode": WORK, "CreativeWork": WORK, "Book": "Book",
                 "ComicSeries": "ComicSeries"}


@dataclass(frozen=True)
class Links:
    """The nodes that link to one node through one predicate: how many in all, and some (or all) of them, each
    with the graphs that state its link."""

    count: int
    graphs: dict[str, list[str]]   # subject IRI → the graphs that state its link, subjects in the store's order


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


class Store:
    """Everything kg asks of a store, over three primitives: `query`, `update` and `quads`."""

    def query(self, sparql: str):
        """A SPARQL query over the union of all graphs, kg's prefixes predefined."""
        raise NotImplementedError

    def update(self, text: str) -> None:
        """A SPARQL update, in one transaction."""
        raise NotImplementedError

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """Every quad of the named graphs (or of one), sorted."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the store holds."""

    def flush(self) -> None:
        """Write what the store buffers in memory to disk (embedded stores; remote ones have nothing to do)."""

    def count(self) -> int:
        """How many quads the named graphs hold."""
        row = next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))
        return int(row["n"].value)

    # --- writing ---------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, str], *, then: str = "") -> None:
        """Replace each article's named graph by N-Triples text, all in one transaction, with `then` (an
        update, such as taking rejected facts out again) in the same transaction."""
        if not graphs:
            return
        operations = [f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{nt}\n}} }}"
                      for iri, nt in graphs.items()]
        self.update(" ;\n".join(operations + ([then] if then else [])))

    def remove_graph(self, iri: str) -> bool:
        """Drop one graph; False when there was none."""
        if not self.has_graph(iri):
            return False
        self.update(f"DROP SILENT GRAPH <{iri}>")  # Virtuoso refuses DROP GRAPH unless CREATE GRAPH made it
        return True

    # --- reading ---------------------------------------------------------------------------------

    def has_graph(self, iri: str) -> bool:
        try:
            return bool(self.query(f"ASK {{ GRAPH {ox.NamedNode(iri)} {{ ?s ?p ?o }} }}"))
        except ValueError:  # not an IRI at all
            return False

    def outgoing(self, nodes: list[str], predicates: list[str] | None = None) -> dict[str, list[tuple]]:
        """(predicate, object) of each node over every graph, without repeats: a page's worth of lookups. Given
        predicates, only those: a hub's name and type without its thousand other triples. The store drops the
        repeats (on Oxigraph too: a hub's name and type, stated in each of its thousand graphs, decoded copy by
        copy through `quads_for_pattern` cost its page 9 ms, and an article's page, whose facts name hubs, 60)."""
        return self._around(nodes, predicates, "?x ?a ?b")

    def incoming(self, nodes: list[str], predicates: list[str] | None = None) -> dict[str, list[tuple]]:
        """(subject, predicate) of the triples whose object is each node, over every graph, without repeats
        (of the given predicates only, when given: not the mentions of every article about a hub)."""
        return self._around(nodes, predicates, "?b ?a ?x", swap=True)

    def described_once(self, nodes: list[str], predicates: list[str] | None = None) -> dict[str, list[tuple]]:
        """Each node's (predicate, object) as one of its graphs states them (of these predicates only, when
        given): its name and type, which every article graph repeats, without reading all of them. Here
        simply `outgoing`."""
        return self.outgoing(nodes, predicates)

    def links_to(self, node: str, predicates: Collection[str], limit: int | None = None) -> dict[str, Links]:
        """What links to the node through each of these predicates as a fact does: from a graph other than
        its subject's own (an article's byline and mentions are the article's triples, not facts about the
        node). Of each predicate up to `limit` subjects, the first in the store's order, and how many there
        are: a network's page reads some of the thousand works it released, and counts the rest."""
        target = ox.NamedNode(node)
        values = " ".join(str(ox.NamedNode(p)) for p in sorted(set(predicates)))
        rows = self.query(f"SELECT ?p ?s ?g WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p {target} }} "
                          "FILTER(?s != ?g) } ORDER BY ?p ?s ?g")
        found: dict[str, dict[str, list[str]]] = {}
        for row in rows:
            if isinstance(row["s"], ox.NamedNode):
                found.setdefault(row["p"].value, {}).setdefault(row["s"].value, []).append(row["g"].value)
        return {p: Links(len(graphs), dict(list(graphs.items())[:limit])) for p, graphs in found.items()}

    def _around(self, nodes: list[str], predicates: list[str] | None, pattern: str, *,
                swap: bool = False) -> dict[str, list[tuple]]:
        found: dict[str, list[tuple]] = {n: [] for n in nodes}
        if not nodes:
            return found
        values = "VALUES ?x { " + " ".join(str(ox.NamedNode(n)) for n in sorted(set(nodes))) + " }"
        if predicates is not None:
            values += " VALUES ?a { " + " ".join(str(ox.NamedNode(p)) for p in sorted(set(predicates))) + " }"
        for row in self.query(f"SELECT DISTINCT ?x ?a ?b WHERE {{ {values} {pattern} }}"):
            found[row["x"].value].append((row["b"], row["a"]) if swap else (row["a"], row["b"]))
        return found

    def has_entity(self, iri: str) -> bool:
        try:
            return bool(self.query(f"ASK {{ {ox.NamedNode(iri)} schema:name ?n }}"))
        except ValueError:
            return False

    def article_graphs(self) -> list[str]:
        """The named graphs that are articles' (not the link and enrichment graphs)."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a schema:NewsArticle } }")
        return sorted(row["g"].value for row in rows)

    def content_hashes(self) -> dict[str, str]:
        """The content hash each stored article was extracted from, to skip unchanged articles."""
        rows = self.query("SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:contentHash ?h } }")
        return {row["g"].value: row["h"].value for row in rows}

    def source_keys(self, iris: Collection[str]) -> dict[str, tuple[str, str | None]]:
        """The `kg:sourceKey` (and headline) of each of these article graphs that has one, in one query for a
        whole batch: the file each was read from, so that another file of its name is not stored in its place.
        Graphs without a key (articles identified by their url, graphs stored before kg kept keys) are left out.
        """
        if not iris:
            return {}
        values = " ".join(str(ox.NamedNode(iri)) for iri in sorted(set(iris)))
        rows = self.query(f"SELECT ?g ?k ?h WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?g kg:sourceKey ?k "
                          "OPTIONAL { ?g schema:headline ?h } } }")
        return {row["g"].value: (row["k"].value, row["h"].value if row["h"] is not None else None) for row in rows}

    def export(self, format: str, *, graph: str | None = None) -> bytes:
        """Serialize the store: datasets keep their graphs, triple formats get the union (or one graph)."""
        fmt = rdf_format(format)
        if graph is not None and not self.has_graph(graph):
            raise StoreError(f"no graph {graph} in the store; see `kg stats` or `kg sparql`")
        quads = self.quads(graph)
        if fmt in _DATASET_FORMATS:
            return ox.serialize(quads, format=fmt, prefixes=PREFIXES) if fmt == ox.RdfFormat.TRIG \
                else ox.serialize(quads, format=fmt)
        triples = sorted({q.triple for q in quads}, key=str)
        if fmt == ox.RdfFormat.N_TRIPLES:
            return ox.serialize(triples, format=fmt)
        return ox.serialize(triples, format=fmt, prefixes=PREFIXES)

    def known_entities(self, *, excluding: Collection[str] = ()) -> tuple[dict[tuple[str, str], str], list[str]]:
        """(kind, key) of every name and alternate name in the store to its IRI, and the works' titles.

        Names that only the graphs in `excluding` carry are left out: the graphs an ingest is about to
        replace must not feed their own replacement, or an unchanged article re-ingested would read its
        earlier facts (its titles marked, its aliases resolved) and come out different (issue 10).
        """
        known: dict[tuple[str, str], str] = {}
        titles: set[str] = set()
        for row in self._names(set(excluding)):
            kind = _ENTITY_KINDS.get(row["t"].value.removeprefix(SCHEMA))
            if kind:
                known.setdefault(entity_key(Ref(kind, row["n"].value)), row["s"].value)
                if kind == WORK:
                    titles.add(row["n"].value)
        return known, sorted(titles)

    def _names(self, excluding: set[str]) -> list:
        """Rows (?s ?t ?n) of typed, named nodes; per graph only when some graphs must be left out."""
        pattern = "?s a ?t ; schema:name|schema:alternateName ?n"
        if not excluding:
            return list(self.query(f"SELECT DISTINCT ?s ?t ?n WHERE {{ {pattern} }}"))
        rows = self.query(f"SELECT DISTINCT ?g ?s ?t ?n WHERE {{ GRAPH ?g {{ {pattern} }} }}")
        return [row for row in rows if row["g"].value not in excluding]

    def stats(self) -> StoreStats:
        entities = {row["t"].value.removeprefix(SCHEMA): int(row["n"].value) for row in self.query(
            "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t")}
        return StoreStats(articles=len(self.article_graphs()), triples=self.count(), entities=entities)


class OxigraphStore(Store):
    """An Oxigraph store on disk (or in memory with `path=None`, for tests and benchmarks)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        try:
            self._store = ox.Store() if path is None else ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreLockedError(f"store {path} is in use by another kg process; wait for it to finish, "
                                       "or use another --store (if `kg serve` holds it: kg ingest --server URL)"
                                       ) from None
            if is_disk_full(exc):  # opening writes: a new log, manifest and options file
                raise DiskFullError(f"cannot open the store at {path}") from None
            raise StoreError(f"cannot open store at {path}: {message}; choose a writable --store path") from None

    def close(self) -> None:
        """Release the store's lock (Oxigraph frees it when the object goes away)."""
        try:
            self.flush()
        finally:
            del self._store

    def query(self, sparql: str):
        return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)

    def flush(self) -> None:
        """Write the memory tables out. What the updates before committed is already in the store's log, and
        stays there (Oxigraph replays it on opening) when this fails."""
        if self.path is not None:
            try:
                self._store.flush()
            except OSError as exc:
                if is_disk_full(exc):
                    raise DiskFullError(f"cannot write the store out at {self.path}",
                                        stored="what was stored before is kept") from None
                raise StoreError(f"cannot write the store out at {self.path}: {exc}; what was stored before is "
                                 "kept") from None

    def count(self) -> int:
        return len(self._store)

    def update(self, text: str) -> None:
        try:
            self._store.update(text)
        except OSError as exc:
            raise _write_error(exc, self.path) from None
        except SyntaxError as exc:
            raise StoreError(f"store update failed: {exc}; nothing was written") from None

    def replace_graphs(self, graphs: Mapping[str, str], *, then: str = "") -> None:
        """As every store does, in one transaction, but writing only what changes (see `_replace`) when some
        of the graphs are stored already; graphs all new go in as they came, with no parse of their own."""
        if not any(self.has_graph(iri) for iri in graphs):
            return super().replace_graphs(graphs, then=then)
        try:
            new = {iri: {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)} for iri, nt in graphs.items()}
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"store update failed: {exc}; nothing was written") from None
        self._replace(new, then)

    def load_graphs(self, nquads: bytes, graphs: Collection[str], *, then: str = "") -> None:
        """Replace these named graphs by the N-Quads given (quads of these graphs only) in one transaction:
        a batch of `kg load`. Graphs all new to the store, with no `then`, are added by Oxigraph's own
        transactional loader, parsed in Rust; the others are written as `replace_graphs` writes."""
        try:
            if not then and not any(self.has_graph(iri) for iri in graphs):
                self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
                return
            new: dict[str, set] = {iri: set() for iri in graphs}
            for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
                new[quad.graph_name.value].add(quad.triple)
        except OSError as exc:
            raise _write_error(exc, self.path) from None
        except (SyntaxError, ValueError, KeyError) as exc:
            raise StoreError(f"store update failed: {exc}; nothing was written") from None
        self._replace(new, then)

    def _replace(self, new: Mapping[str, set], then: str) -> None:
        """Give each graph these triples, and run `then`, in one transaction, writing only the triples each
        graph loses and gains: a graph written again unchanged (an article re-ingested with --force, a load
        run again after it stopped) costs a read. Graphs all new, with no `then`, are added with `extend`, at
        about two thirds of the cost of a SPARQL update's parse."""
        drops: list[str] = []
        lost: dict[str, set] = {}
        gained: dict[str, set] = {}
        for iri, triples in new.items():
            old = {q.triple for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(iri))}
            if not triples or any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
                                  for t in old - triples):  # DELETE DATA takes no blank nodes
                drops.append(iri)
                old = set()
            if old - triples:
                lost[iri] = old - triples
            if triples - old:
                gained[iri] = triples - old
        try:
            if drops or lost or then:
                self._store.update(" ;\n".join(
                    [f"DROP SILENT GRAPH <{iri}>" for iri in drops]
                    + [f"DELETE DATA {{ GRAPH <{iri}> {{\n{_nt(t)}\n}} }}" for iri, t in lost.items()]
                    + (["INSERT DATA {\n" + "\n".join(f"GRAPH <{iri}> {{\n{_nt(t)}\n}}" for iri, t in gained.items())
                        + "\n}"] if gained else [])
                    + ([then] if then else [])))
            elif gained:
                self._store.extend([ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri))
                                    for iri, triples in gained.items() for t in triples])
        except OSError as exc:
            raise _write_error(exc, self.path) from None
        except SyntaxError as exc:
            raise StoreError(f"store update failed: {exc}; nothing was written") from None

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        graph_name = ox.NamedNode(graph) if graph else None
        return sorted((q for q in self._store.quads_for_pattern(None, None, None, graph_name)
                       if not isinstance(q.graph_name, ox.DefaultGraph)), key=str)

    def described_once(self, nodes: list[str], predicates: list[str] | None = None) -> dict[str, list[tuple]]:
        """A hub is named and typed in each of its thousand article graphs: the first graph (from the index)
        says it, and the rest are not read."""
        found: dict[str, list[tuple]] = {}
        for n in nodes:
            node = ox.NamedNode(n)
            first = next(iter(self._store.quads_for_pattern(node, None, None, None)), None)
            found[n] = [] if first is None else [
                (q.predicate, q.object) for p in _bound(predicates)
                for q in self._store.quads_for_pattern(node, p, None, first.graph_name)]
        return found

    def incoming(self, nodes: list[str], predicates: list[str] | None = None) -> dict[str, list[tuple]]:
        bound = _bound(predicates)
        return {n: list(dict.fromkeys((q.subject, q.predicate) for p in bound for q in
                                      self._store.quads_for_pattern(None, p, ox.NamedNode(n), None)))
                for n in nodes}

    def links_to(self, node: str, predicates: Collection[str], limit: int | None = None) -> dict[str, Links]:
        """Read from the index, which holds a predicate's links to a node by subject, each subject's graphs
        together: the read stops at the subject past the limit. Only a predicate that has more is counted,
        in the store (a hub's thousand links are not decoded one by one)."""
        target = ox.NamedNode(node)
        found = {}
        for p in sorted(set(predicates)):
            predicate, graphs, more = ox.NamedNode(p), {}, False
            for quad in self._store.quads_for_pattern(None, predicate, target, None):
                subject, graph = quad.subject, quad.graph_name
                if not isinstance(subject, ox.NamedNode) or not isinstance(graph, ox.NamedNode) or subject == graph:
                    continue
                if subject.value not in graphs and len(graphs) == limit:
                    more = True
                    break
                graphs.setdefault(subject.value, []).append(graph.value)
            if graphs:
                found[p] = Links(self._count_links(predicate, target) if more else len(graphs), graphs)
        return found

    def _count_links(self, predicate: ox.NamedNode, target: ox.NamedNode) -> int:
        row = next(iter(self.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s {predicate} {target} }} "
                                   "FILTER(?s != ?g) }")))
        return int(row["n"].value)

    def has_graph(self, iri: str) -> bool:
        try:
            return self._store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:
            return False

    def bulk_load(self, data: bytes | io.IOBase | Path, *, format: str = "nquads") -> None:
        """Add N-Quads (or another format) with Oxigraph's bulk loader: the fastest path, but not transactional
        (an error part-way leaves part of the data), and it cannot replace a graph; `kg load` does not use it."""
        try:
            if isinstance(data, Path):
                self._store.bulk_load(path=str(data), format=rdf_format(format))
            else:
                self._store.bulk_load(data, format=rdf_format(format))
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFullError(f"cannot write the store at {self.path or 'in memory'}",
                                    stored="part of the data may be stored (the bulk loader is not "
                                           "transactional)") from None
            raise StoreError(f"bulk load failed: {exc}; check the file") from None
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"bulk load failed: {exc}; check the file's format") from None


def _nt(triples) -> str:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _write_error(exc: OSError, path: Path | None) -> StoreError:
    """The error for a transaction that failed to commit: Oxigraph rolled it back (RocksDB writes a
    transaction's log record whole or not at all), so nothing of it was written."""
    if is_disk_full(exc):
        return DiskFullError(f"cannot write the store at {path or 'in memory'}")
    return StoreError(f"store update failed: {exc}; nothing was written")


def _bound(predicates: list[str] | None) -> list[ox.NamedNode | None]:
    """The predicates to look up one by one (an index each), or None for all of them in one scan."""
    return [None] if predicates is None else [ox.NamedNode(p) for p in dict.fromkeys(predicates)]


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint: `sparql+http://host/ds` means `http://host/ds/query`, `…/update` and `…/store`.

    The paths differ between servers (Oxigraph: query, update, store; Fuseki: graph store `data`;
    Virtuoso: `sparql`, `sparql` and `sparql-graph-crud` under the server's root): kg.toml's [store]
    section names them as `query`, `update` and `graph_store`.
    """

    def __init__(self, url: str, *, query: str = "query", update: str = "update", graph_store: str = "store",
                 timeout: float = 60.0) -> None:
        base = url.split("+", 1)[1].rstrip("/")
        self.url = url
        self.query_endpoint, self.update_endpoint = f"{base}/{query}", f"{base}/{update}"
        self.graph_store = f"{base}/{graph_store}"
        self.timeout = timeout
        self._prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

    def check_default_graph(self) -> None:
        """Refuse a server whose default graph leaves out the article graphs: every query would come back empty.

        One stored article suffices to tell (its content hash must be visible outside GRAPH too); an empty
        store passes, and is checked again by the next command.
        """
        if self.query("ASK { { SELECT ?g ?h WHERE { GRAPH ?g { ?g kg:contentHash ?h } } LIMIT 1 } "
                      "FILTER NOT EXISTS { ?g kg:contentHash ?h } }"):
            raise StoreError(f"{self.url} keeps the article graphs out of its default graph, so every query "
                             "would come back empty; make the default graph the union of the named graphs "
                             "(oxigraph serve --union-default-graph; Fuseki: tdb2:unionDefaultGraph true)")

    def query(self, sparql: str):
        from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

        wrapper = SPARQLWrapper(self.query_endpoint, agent="kg")
        wrapper.setQuery(self._prologue + blank_comment_lines(sparql))
        wrapper.setMethod(POST)
        wrapper.setTimeout(int(self.timeout))
        kind = wrapper.queryType
        if kind in ("CONSTRUCT", "DESCRIBE"):
            wrapper.setReturnFormat(TURTLE)
            response = self._run(wrapper).response
            triples = _Triples(self._parse(response.read(), ox.RdfFormat.TURTLE))
            self._check_complete(len(triples), response.headers.get("X-SPARQL-MaxRows"))
            return triples
        wrapper.setReturnFormat(JSON)
        response = self._run(wrapper).response
        answer = parse_sparql_json(response.read(), what=self.url, error=StoreError)
        if answer.boolean is not None:
            return answer.boolean
        if kind == "ASK":
            return _ask_table(answer)
        self._check_complete(len(answer.rows), response.headers.get("X-SPARQL-MaxRows"))
        return _Solutions(answer.variables, answer.rows)

    def _check_complete(self, rows: int, cap: str | None) -> None:
        """Refuse an answer the server cut short (Virtuoso's ResultSetMaxRows, whose Debian default is 10,000)
        rather than work on part of the store; the server says so only in a header."""
        if cap and cap.isdigit() and rows >= int(cap):
            raise StoreError(f"{self.url} cut its answer at {cap} rows; raise the server's limit (Virtuoso: "
                             "ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)")

    def update(self, text: str) -> None:
        from SPARQLWrapper import POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.update_endpoint, agent="kg")
        wrapper.setQuery(self._prologue + text)
        wrapper.setMethod(POST)
        wrapper.setTimeout(int(self.timeout))
        self._run(wrapper)

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        if graph is not None:
            url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            request = urllib.request.Request(url, headers={"Accept": "application/n-triples", "User-Agent": "kg"})
            triples = self._parse(self._open(request), ox.RdfFormat.N_TRIPLES)
            return sorted((ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples), key=str)
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted((ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows), key=str)

    def _parse(self, body: bytes, format: ox.RdfFormat) -> list:
        """The server's RDF answer, parsed whole before anything uses it."""
        try:
            return list(ox.parse(body, format=format))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.url} sent RDF kg cannot parse ({exc}); check the server") from None

    def _run(self, wrapper):
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        try:
            return wrapper.query()
        except SPARQLWrapperException as exc:
            raise StoreError(f"{self.url} rejected the request: {str(exc).splitlines()[0][:200]}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise StoreError(f"cannot reach {self.url} ({getattr(exc, 'reason', exc)}); is the SPARQL server "
                             "running?") from None

    def _open(self, request: urllib.request.Request) -> bytes:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            raise StoreError(f"{self.graph_store} answered HTTP {exc.code}; set [store] graph_store in kg.toml "
                             "to the server's Graph Store path") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            raise StoreError(f"cannot reach {self.url} ({getattr(exc, 'reason', exc)}); is the SPARQL server "
                             "running?") from None


class _Solutions(list):
    """SPARQL JSON results as rows of pyoxigraph terms, like pyoxigraph's own QuerySolutions."""

    def __init__(self, names: tuple[str, ...], rows: tuple[dict, ...]) -> None:
        super().__init__(_Row(row) for row in rows)
        self.variables = [ox.Variable(n) for n in names]


class _Row(dict):
    def __getitem__(self, key):
        return self.get(key.value if isinstance(key, ox.Variable) else key)


class _Triples(list):
    """CONSTRUCT results from a remote store."""


def _ask_table(answer) -> bool:
    """Virtuoso 7.2 answers ASK as a table, not a boolean: one `__ASK_RETVAL` row when true, none when false."""
    return any(row.get("__ASK_RETVAL") is not None and row["__ASK_RETVAL"].value != "0" for row in answer.rows)


def is_remote(location: str) -> bool:
    return location.startswith(REMOTE_SCHEMES)


@contextmanager
def open_store(settings: Settings, *, create: bool = False) -> Iterator[Store]:
    """Open the store named by the settings (a directory, or sparql+http(s)://…) for a `with` block.

    Only commands that write articles (`create=True`: ingest, load) make a new embedded store; the others
    refuse a directory that does not exist, so that a mistyped --store is an error, not an empty store.
    """
    if is_remote(settings.store):
        from kg.inputs import load_config

        paths = load_config().store
        remote = RemoteStore(settings.store, query=paths.query, update=paths.update, graph_store=paths.graph_store)
        remote.check_default_graph()
        store: Store = remote
    else:
        if not create and not Path(settings.store).exists():
            raise StoreError(f"no store at {settings.store}; check --store or KG_STORE, or `kg ingest` first")
        store = OxigraphStore(settings.store)
    try:
        yield store
    except BaseException:
        # The error in flight is the one to report: a write that failed fails the closing flush again, and
        # that second error must not take its place.
        with suppress(StoreError):
            store.close()
        raise
    store.close()
