"""Shared fixtures: example articles, a spaCy pipeline loaded once, stores under tmp_path."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.parse
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


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory, nlp):
    """A store with the whole dev set ingested, shared by tests that only read it."""
    from kg.pipeline import ingest

    settings = Settings(store=str(tmp_path_factory.mktemp("dev") / "store"))
    assert ingest(DEV_ARTICLES, settings=settings, nlp=nlp).ok
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
        _wait_for(f"{base}/query?query=ASK%7B%7D", "oxigraph serve")
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


@pytest.fixture(params=["oxigraph", "virtuoso"])
def sparql_server(request, tmp_path, monkeypatch):
    """An empty SPARQL server whose default graph is the union of its graphs, as kg's stored queries expect:
    `oxigraph serve --union-default-graph`, then Debian's Virtuoso (kg.toml names its endpoints)."""
    if request.param == "oxigraph":
        with oxigraph_server(tmp_path / "remote", "--union-default-graph") as base:
            yield f"sparql+{base}"
        return
    base = request.getfixturevalue("virtuoso")
    _drop_every_graph(base)
    monkeypatch.setenv("KG_CONFIG", str(virtuoso_config(tmp_path)))
    yield f"sparql+{base}"


def virtuoso_config(folder: Path) -> Path:
    """A kg.toml naming Virtuoso's endpoints (all under the server's root)."""
    config = folder / "kg.toml"
    config.write_text('[store]\nquery = "sparql"\nupdate = "sparql"\ngraph_store = "sparql-graph-crud"\n')
    return config


VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
Charset = UTF-8
"""
# Virtuoso's default graph is already the union of every graph, its own system graphs included. Those join
# the group of private graphs, which graph-level security then hides from the anonymous SPARQL user (and
# from the "SPARQL" account it runs as), who may read and write every other graph (SPARQL_UPDATE).
VIRTUOSO_SETUP = """GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('SPARQL', 0, 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('SPARQL', 7);
DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);
{private}
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso server shared by the tests (each empties it first): its base URL."""
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as base:
        yield base


@contextmanager
def virtuoso_server(folder: Path, ini_extra: str = ""):
    """Debian's Virtuoso with a fresh database in `folder`, on free ports of 127.0.0.1, configured as kg needs;
    started and stopped around a block, skipping the test where it is not installed. Yields its base URL."""
    if VIRTUOSO is None or ISQL is None:
        pytest.skip("Virtuoso is not installed and `make test` could not install it here (apt-get install "
                    "virtuoso-opensource-7-bin, the server of Debian's virtuoso-opensource): the remote-store tests "
                    "ran on Oxigraph only")
    sql_port, http_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(folder=folder, sql_port=sql_port, http_port=http_port) + ini_extra)
    server = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)], cwd=folder,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        _wait_for(f"{base}/sparql?query=ASK%7B%7D", "Virtuoso")
        private = "\n".join(f"DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', "
                            f"'{graph}');" for graph in _graphs(base))
        setup = subprocess.run([ISQL, f"127.0.0.1:{sql_port}", "dba", "dba"], input=VIRTUOSO_SETUP.format(
            private=private), capture_output=True, text=True, timeout=60)
        assert setup.returncode == 0 and "*** Error" not in setup.stdout, setup.stdout
        assert not _graphs(base), "Virtuoso's system graphs are hidden from SPARQL"
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_for(url: str, name: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not start")


def _graphs(base: str) -> list[str]:
    """The graphs the anonymous SPARQL user of a Virtuoso server sees."""
    # (Virtuoso answers SELECT DISTINCT ?g from its list of graphs, private ones included: count instead.)
    query = urllib.parse.urlencode({"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"})
    request = urllib.request.Request(f"{base}/sparql?{query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return [b["g"]["value"] for b in json.load(response)["results"]["bindings"]]


def _drop_every_graph(base: str) -> None:
    """Empty a Virtuoso server shared by the tests (only kg's graphs are visible, so only they go)."""
    for graph in _graphs(base):
        body = urllib.parse.urlencode({"update": f"DROP SILENT GRAPH <{graph}>"}).encode()
        urllib.request.urlopen(urllib.request.Request(f"{base}/sparql", data=body), timeout=30).read()
