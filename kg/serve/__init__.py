"""`kg serve`: the graph as linked data, a SPARQL endpoint, and a newsroom's desk, on one local web server.

    create_app(settings, ...)   the Starlette application over a store (the server holds it open)
    serve(settings, ...)        run it with uvicorn (127.0.0.1 by default)

The server owns the store: an embedded Oxigraph store can be opened by one
process only, and opening it read-only beside a writer is undefined
behaviour, so ingests go through the server (`kg ingest --server URL`, or the
upload form on the desk) while it serves readers. The web layer is thin: the
views are kg.browse's, corrections kg.corrections', link decisions kg.link's.
"""

from __future__ import annotations

__all__ = ["create_app", "serve", "ingest_through"]


def __getattr__(name: str):
    """Starlette and uvicorn load only when the server is wanted (`kg ingest --server` needs neither)."""
    if name in ("create_app", "serve"):
        from kg.serve import app

        return getattr(app, name)
    if name == "ingest_through":
        from kg.serve.client import ingest_through

        return ingest_through
    raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
