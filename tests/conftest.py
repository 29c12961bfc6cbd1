"""Shared fixtures: example articles, a spaCy pipeline loaded once, stores under tmp_path."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from kg.settings import Settings

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
EXAMPLES_DIR = TESTS_DIR / "dev"
DEV_GOLD = sorted(EXAMPLES_DIR.glob("*.gold.json"))
DEV_ARTICLES = sorted(p for p in EXAMPLES_DIR.iterdir() if not p.name.endswith(".gold.json"))
# Six articles whose graph the query, SEO and linking tests know by heart.
EXAMPLE_ARTICLES = [EXAMPLES_DIR / name for name in (
    "anime-starlit-archive.json", "kdrama-moonlit-bakery.md", "renamed-tide-keeper.txt",
    "trade-glass-orchard.html", "two-series-disney.txt", "undated-northern-lights.md")]


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(store=str(tmp_path / "store"))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, nlp):
    """A store with every example article ingested, shared by the query tests (read only)."""
    from kg.pipeline import ingest

    settings = Settings(store=str(tmp_path_factory.mktemp("examples") / "store"))
    report = ingest(EXAMPLE_ARTICLES, settings=settings, nlp=nlp)
    assert not report.refused
    return settings


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def oxigraph_server(location: Path, *options: str):
    """`oxigraph serve` on a free port of 127.0.0.1, started and stopped around a block; yields its base URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    server = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                               *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("oxigraph serve did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def wikidata_endpoint(tmp_path_factory):
    """A real SPARQL server loaded with the Wikidata-shaped fixture."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    location = tmp_path_factory.mktemp("wikidata") / "db"
    subprocess.run([binary, "load", "--location", str(location), "--file",
                    str(DATA_DIR / "wikidata" / "fixture.ttl")], check=True, capture_output=True)
    with oxigraph_server(location) as base:
        yield f"{base}/query"


@pytest.fixture
def sparql_server(tmp_path):
    """A fresh SPARQL server whose default graph is the union of its graphs, as kg's stored queries expect."""
    with oxigraph_server(tmp_path / "remote", "--union-default-graph") as base:
        yield f"sparql+{base}"
