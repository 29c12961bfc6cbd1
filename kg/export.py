"""Serialize the graph: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

Oxigraph writes every format; JSON-LD is then compacted with pyld against
kg's prefixes, so that the document reads `schema:name` rather than full IRIs
and nothing is fetched to do it.
"""

from __future__ import annotations

import json

from kg.errors import ExportError, StoreError
from kg.store import PREFIXES, OxigraphStore

FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld")


def export_graph(store: OxigraphStore, *, format: str = "turtle", graph: str | None = None) -> bytes:
    """The store (or one article's graph) in `format`; JSON-LD keeps named graphs as `@graph` objects."""
    if format.lower() not in FORMATS + ("ttl", "nq", "json-ld", "ntriples"):
        raise ExportError(f"unknown export format {format!r}; use one of: {', '.join(FORMATS)}")
    try:
        if format.lower() in ("jsonld", "json-ld"):
            return _compact_jsonld(store.export("nquads", graph=graph))
        return store.export(format, graph=graph)
    except StoreError as exc:
        raise ExportError(str(exc)) from None


def serialize_triples(triples: list, format: str) -> bytes:
    """Some triples (an entity's description) in turtle, nt or jsonld, with kg's prefixes."""
    import pyoxigraph as ox

    if format == "jsonld":
        return _compact_jsonld(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    if format == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    if format == "turtle":
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    raise ExportError(f"unknown format {format!r}; use turtle, nt or jsonld")


def _compact_jsonld(nquads: bytes) -> bytes:
    from pyld import jsonld

    expanded = jsonld.from_rdf(nquads.decode("utf-8"), {"format": "application/n-quads"})
    context = {prefix: str(iri) for prefix, iri in PREFIXES.items()}
    compacted = jsonld.compact(expanded, {"@context": context}, {"documentLoader": _no_remote_documents})
    return (json.dumps(compacted, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _no_remote_documents(url: str, options: dict | None = None):
    """kg never fetches a JSON-LD context from the network."""
    raise ExportError(f"JSON-LD asked to load {url}; kg does not fetch remote contexts")
