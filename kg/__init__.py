"""kg: turn film and TV news articles into a schema.org knowledge graph.

The stages, each usable on its own:

    read_sources → extract_facts → resolve_entities → map_to_ontology → OxigraphStore / RemoteStore
        → link_entities → export_graph / seo_document / run_query

`ingest` runs the whole flow for a batch of files. Names are imported
lazily, so that `import kg` and the CLI's `--help` stay fast.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "read_sources": "kg.read",
    "extract_facts": "kg.extract",
    "load_pipeline": "kg.extract",
    "resolve_entities": "kg.resolve",
    "map_to_ontology": "kg.map",
    "validate_graph": "kg.map",
    "OxigraphStore": "kg.store",
    "RemoteStore": "kg.store",
    "open_store": "kg.store",
    "export_graph": "kg.export",
    "load_query": "kg.query",
    "run_query": "kg.query",
    "explain_entity": "kg.query",
    "ingest": "kg.pipeline",
    "load_nquads": "kg.pipeline",
    "link_entities": "kg.link",
    "seo_document": "kg.seo",
    "check_document": "kg.seo",
    "evaluate_sets": "kg.evaluate",
    "run_spark_job": "kg.spark",
    "remove_article": "kg.pipeline",
    "score_facts": "kg.evaluate",
    "Settings": "kg.settings",
    "KgError": "kg.errors",
}
__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
