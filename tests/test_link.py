from __future__ import annotations

import json
import math
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg._wikidata import ClientConfig, ResponseCache, WikidataClient
from kg.errors import LinkError
from kg.link import REVIEW_QUERY, _candidates, decide, link_entities
from kg.pipeline import ingest
from kg.settings import Settings
from kg.store import open_store

from .conftest import DATA_DIR, EXAMPLE_ARTICLES

BASE = "https://kg.example.org/"
EXPECTED = json.loads((DATA_DIR / "wikidata" / "expected-links.json").read_text())["links"]


@pytest.fixture
def linked_store(tmp_path, nlp, wikidata_endpoint):
    """The example articles' graph, linked once against the fixture server."""
    settings = Settings(store=str(tmp_path / "store"))
    ingest(EXAMPLE_ARTICLES, settings=settings, nlp=nlp)
    config = ClientConfig(endpoint=wikidata_endpoint, contact="mailto:tests@example.org")
    with open_store(settings) as store:
        report = link_entities(store, settings=settings, config=config, enrich=True)
    return settings, config, report


def test_link_on_a_remote_store_writes_what_it_writes_on_the_embedded_one(linked_store, sparql_server, nlp,
                                                                          tmp_path, monkeypatch):
    """Every reason names the same Wikidata statement whatever order the store returns the graph in."""
    settings, config, _ = linked_store
    monkeypatch.chdir(tmp_path)  # a remote store's answer cache lives in the working folder
    remote = Settings(store=sparql_server)
    ingest(EXAMPLE_ARTICLES, settings=remote, nlp=nlp)
    exports = []
    for where in (settings, remote):
        with open_store(where) as store:
            if where is remote:
                link_entities(store, settings=remote, config=config, enrich=True)
            exports.append({line for line in store.export("nquads").decode().splitlines()
                            if "generatedAtTime" not in line})
    assert exports[0] == exports[1]


def links_of(settings) -> dict[str, str]:
    with open_store(settings) as store:
        rows = store.query("SELECT ?e ?i WHERE { ?e schema:sameAs ?i . "
                           "FILTER(STRSTARTS(STR(?i), 'http://www.wikidata.org/entity/')) }")
        return {r["e"].value.removeprefix(BASE): r["i"].value.rsplit("/", 1)[-1] for r in rows}


def test_link_precision_and_recall_on_the_fixture(linked_store):
    settings, _, report = linked_store
    links = links_of(settings)
    assert len(EXPECTED) >= 40 and set(EXPECTED) == {a.iri.removeprefix(BASE) for a in report.attempts}
    wrong = {e: q for e, q in links.items() if EXPECTED[e] != q}
    assert wrong == {}, "precision must be 1.0"
    linkable = {e for e, q in EXPECTED.items() if q}
    assert len(linkable & set(links)) / len(linkable) >= 0.95


@pytest.mark.parametrize("entity, namesake_of", [
    ("person/lee-seo-yeon", "a novelist born in 1934"),
    ("person/kang-song", "a footballer"),
    ("person/hoon-jang", "a director who died in 1990"),
    ("person/natarajan-priya", "an astrophysicist"),
    ("organization/studio-kumo", "its parent company, which carries the studio's name as an alias"),
    ("work/starlit-archive", "the manga and the live-action film of the same title"),
    ("comic/starlit-archive", "the anime series and the film"),
    ("work/paper-lanterns", "a 1958 film"),
    ("place/vancouver", "Vancouver, Washington"),
])
def test_link_namesakes_are_not_chosen(linked_store, entity, namesake_of):
    settings, _, _ = linked_store
    assert links_of(settings).get(entity) == EXPECTED[entity], namesake_of


def test_link_never_on_a_bare_name(linked_store):
    settings, _, report = linked_store
    takahashi = next(a for a in report.attempts if a.iri == BASE + "person/ren-takahashi")
    assert takahashi.outcome == "below threshold" and takahashi.link is None
    assert takahashi.candidates[0].score < 0.85
    with open_store(settings) as store:
        review = [(r["entity"].value, r["outcome"].value) for r in store.query(REVIEW_QUERY)]
    assert (BASE + "person/ren-takahashi", "below threshold") in review
    assert (BASE + "person/dana-whitfield", "no candidate") in review


def test_link_records_score_method_and_time(linked_store):
    settings, _, _ = linked_store
    with open_store(settings) as store:
        rows = list(store.query("""
            SELECT ?score ?method ?when WHERE {
              ?st rdf:subject <https://kg.example.org/person/da-kim-mi> ; rdf:predicate schema:sameAs ;
                  kg:linkScore ?score ; kg:linkMethod ?method ; prov:generatedAtTime ?when }"""))
    assert len(rows) == 1
    assert float(rows[0]["score"].value) >= 0.85
    assert "graph" in rows[0]["method"].value and "occupation" in rows[0]["method"].value


def test_link_batches_names_and_caches_answers(linked_store, tmp_path):
    settings, config, report = linked_store
    names = len({n for a in report.attempts for n in [a.name]})
    assert report.requests_sent <= math.ceil(4 * names / 25) + 6  # name batches, one facts and one class query
    with open_store(settings) as store:
        again = link_entities(store, settings=settings, config=config)
    assert again.requests_sent == 0
    assert len(again.linked) == len(report.linked)
    offline = ClientConfig(endpoint=config.endpoint, offline=True)
    with open_store(settings) as store:
        from_cache = link_entities(store, settings=settings, config=offline)
    assert from_cache.requests_sent == 0 and len(from_cache.linked) == len(report.linked)


def test_link_editor_decisions_are_kept_across_runs(linked_store):
    settings, config, _ = linked_store
    with open_store(settings) as store:
        decide(store, BASE + "person/ren-takahashi", "Q99000165", "accept", settings=settings)
        decide(store, BASE + "organization/netflix", "Q907311", "reject", settings=settings)
    assert links_of(settings)["person/ren-takahashi"] == "Q99000165"
    assert "organization/netflix" not in links_of(settings)
    with open_store(settings) as store:
        link_entities(store, settings=settings, config=config)
    links = links_of(settings)
    assert links["person/ren-takahashi"] == "Q99000165"
    assert "organization/netflix" not in links
    with open_store(settings) as store, pytest.raises(LinkError, match="not a Wikidata item id"):
        decide(store, BASE + "person/da-kim-mi", "42", "accept", settings=settings)


def test_link_enrichment_in_its_own_graph(linked_store):
    settings, config, _ = linked_store
    with open_store(settings) as store:
        graph = store.export("nt", graph=BASE + "graph/wikidata-enrichment").decode()
    assert "<https://kg.example.org/person/da-kim-mi> <https://schema.org/sameAs> " \
           "<https://www.imdb.com/name/nm90000001/>" in graph
    assert "<https://commons.wikimedia.org/wiki/Special:FilePath/Seoul%20skyline.jpg>" in graph
    assert "<https://en.wikipedia.org/wiki/Netflix>" in graph
    with open_store(settings) as store:
        link_entities(store, settings=settings, config=config, enrich=False)
        assert store.has_graph(BASE + "graph/wikidata-enrichment"), "kept until asked again"


def test_link_names_are_bound_not_pasted(wikidata_endpoint, tmp_path):
    client = WikidataClient(ClientConfig(endpoint=wikidata_endpoint), ResponseCache(None), version="test")
    found = _candidates(client, ['Evil" } } DROP ALL ; SELECT * { ?s ?p "', "Netflix"])
    assert found["Netflix"] == {"Q907311": "label"}


# --- faults against a local HTTP server ------------------------------------------------------------------

RESULTS = json.dumps({"head": {"vars": ["name", "item", "how"]}, "results": {"bindings": []}}).encode()


class _Server:
    """A local HTTP server that answers as it is told, and records what it was sent."""

    def __init__(self, script):
        self.script = list(script)
        self.seen: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                outer.seen.append({"agent": self.headers.get("User-Agent"), "body": self.rfile.read(length)})
                status, headers, body, delay = outer.script.pop(0) if len(outer.script) > 1 else outer.script[0]
                time.sleep(delay)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except BrokenPipeError:
                    pass

            do_GET = do_POST

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


JSON = {"Content-Type": "application/sparql-results+json"}


@pytest.fixture
def serve():
    servers = []

    def start(*script):
        server = _Server(script)
        servers.append(server)
        return server
    yield start
    for server in servers:
        server.close()


def client_for(server, **options) -> WikidataClient:
    config = ClientConfig(endpoint=server.url, contact="mailto:desk@example.org", retries=2, backoff=0.01,
                          timeout=1, **options)
    return WikidataClient(config, ResponseCache(None), version="0.1.0")


def test_link_honours_retry_after(serve):
    server = serve((429, {"Retry-After": "1"}, b"slow down", 0), (200, JSON, RESULTS, 0))
    client = client_for(server)
    start = time.monotonic()
    assert client.select("SELECT * WHERE { ?s ?p ?o }") == []
    assert time.monotonic() - start >= 1.0
    assert len(server.seen) == 2
    assert server.seen[0]["agent"].startswith("kg/0.1.0 (mailto:desk@example.org)")


def test_link_gives_up_after_5xx(serve):
    server = serve((500, {}, b"oops", 0))
    with pytest.raises(LinkError, match=r"did not answer after 3 tries \(HTTP 500\)"):
        client_for(server).select("SELECT * WHERE { ?s ?p ?o }")
    assert len(server.seen) == 3


@pytest.mark.parametrize("status, headers, body, delay, message", [
    (200, JSON, RESULTS, 2.5, r"did not answer after 3 tries \(timed out\)"),
    (200, JSON, b"{not json", 0, "malformed SPARQL JSON results"),
    (200, {"Content-Type": "text/html"}, b"<html><h1>Error</h1></html>", 0, "not SPARQL JSON results"),
    (403, {"Content-Type": "text/html"}, b"<html>Forbidden</html>", 0, r"refused kg \(HTTP 403\)"),
])
def test_link_fault_ends_in_one_clear_error(serve, status, headers, body, delay, message):
    server = serve((status, headers, body, delay))
    with pytest.raises(LinkError, match=message):
        client_for(server).select("SELECT * WHERE { ?s ?p ?o }")


def test_link_failure_leaves_the_store_unchanged(serve, linked_store):
    settings, _, _ = linked_store
    server = serve((500, {}, b"oops", 0))
    with open_store(settings) as store:
        before = store.export("nquads")
        config = ClientConfig(endpoint=server.url, retries=1, backoff=0.01, timeout=1)
        (store.path.parent / "store.wikidata-cache.sqlite").unlink()
        with pytest.raises(LinkError):
            link_entities(store, settings=settings, config=config)
        assert store.export("nquads") == before


def test_link_cli_unreachable_endpoint(tmp_path, nlp, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    from .conftest import _free_port

    settings = Settings(store=str(tmp_path / "store"))
    ingest([EXAMPLE_ARTICLES[0]], settings=settings, nlp=nlp)
    monkeypatch.setenv("KG_STORE", settings.store)
    config = tmp_path / "kg.toml"
    config.write_text("[link]\nretries = 1\nbackoff = 0.01\ncontact = \"mailto:desk@example.org\"\n")
    monkeypatch.setenv("KG_CONFIG", str(config))
    result = CliRunner().invoke(app, ["link", "--endpoint", f"http://127.0.0.1:{_free_port()}/sparql"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: http://127.0.0.1:") and "did not answer after 2 tries" in result.stderr
    assert result.stderr.count("\n") == 1


# --- issue 10: a misbehaving endpoint on 127.0.0.1 --------------------------------------------------------------

class _Misbehaving:
    """A local HTTP server whose handler is a function writing a raw answer: drip, lie, redirect, flood."""

    def __init__(self, respond):
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.requests += 1
                try:
                    respond(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def misbehaving():
    servers = []

    def start(respond):
        servers.append(_Misbehaving(respond))
        return servers[-1]
    yield start
    for server in servers:
        server.close()


def _headers(handler, status=200, length=None, extra=()):
    handler.send_response(status)
    handler.send_header("Content-Type", "application/sparql-results+json")
    if length is not None:
        handler.send_header("Content-Length", str(length))
    for key, value in extra:
        handler.send_header(key, value)
    handler.end_headers()


def drip(handler):
    _headers(handler, length=len(RESULTS))
    for byte in RESULTS[:20]:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.2)


def longer_than_declared(handler):
    _headers(handler, length=len(RESULTS) + 1000)
    handler.wfile.write(RESULTS)
    handler.close_connection = True


def declares_too_much(handler):
    _headers(handler, length=10**10)


def huge(handler):
    _headers(handler)
    for _ in range(20):
        handler.wfile.write(b" " * 100_000)


def wrong_shape(handler):
    body = json.dumps({"head": {"vars": ["name"]}, "results": {"bindings": [{"name": {"value": "x"}}]}}).encode()
    _headers(handler, length=len(body))
    handler.wfile.write(body)


def redirect_elsewhere(handler):
    port = handler.server.server_address[1]
    _headers(handler, status=302, length=0, extra=[("Location", f"http://localhost:{port}/elsewhere")])


@pytest.mark.parametrize("respond, message", [
    (drip, r"did not answer after 1 tries \(timed out\)"),
    (longer_than_declared, r"did not answer after 1 tries \(IncompleteRead"),
    (declares_too_much, "an answer of 10,000,000,000 bytes, more than kg reads"),
    (huge, "an answer of more than 1,000,000 bytes"),
    (wrong_shape, "malformed SPARQL JSON results"),
    (redirect_elsewhere, "redirected to http://localhost:.*another host; kg follows no redirect there"),
])
def test_link_misbehaving_endpoint_ends_in_one_line_and_nothing_cached(misbehaving, respond, message):
    server = misbehaving(respond)
    cache = ResponseCache(None)
    config = ClientConfig(endpoint=server.url, retries=0, timeout=1.0, max_bytes=1_000_000)
    start = time.monotonic()
    with pytest.raises(LinkError, match=message) as caught:
        WikidataClient(config, cache, version="test").select("SELECT * WHERE { ?s ?p ?o }", required=("name",))
    assert time.monotonic() - start < 3 and "\n" not in str(caught.value)
    assert cache._db.execute("SELECT COUNT(*) FROM answers").fetchone() == (0,)


def test_link_run_deadline_and_no_wait_after_the_last_try(serve):
    server = serve((429, {"Retry-After": "30"}, b"slow down", 0))
    config = ClientConfig(endpoint=server.url, retries=3, backoff=0.01, timeout=1, deadline=5)
    start = time.monotonic()
    with pytest.raises(LinkError, match="deadline of 5 s would pass while waiting"):
        WikidataClient(config, ResponseCache(None), version="t").select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - start < 1 and len(server.seen) == 1
    server = serve((500, {}, b"oops", 0))
    config = ClientConfig(endpoint=server.url, retries=1, backoff=2.0, timeout=1)
    start = time.monotonic()
    with pytest.raises(LinkError, match="after 2 tries"):
        WikidataClient(config, ResponseCache(None), version="t").select("SELECT * WHERE { ?s ?p ?o }")
    assert 2.0 <= time.monotonic() - start < 3.5, "one backoff between the tries, none after the last"


def test_link_bad_cache_entry_is_dropped_not_trusted(tmp_path, serve):
    cache = ResponseCache(tmp_path / "cache.sqlite")
    query = "SELECT ?name ?item ?how WHERE { ?s ?p ?o }"
    offline = ClientConfig(endpoint="http://127.0.0.1:9/sparql", offline=True)
    from kg._wikidata import PREFIXES, CacheMiss

    for bad in ('{"results": {"bindings": [{"item": 1}]}}', "not json", '[["a"]]'):
        cache.put(offline.endpoint, PREFIXES + query, bad)
        with pytest.raises(CacheMiss):
            WikidataClient(offline, cache, version="t").select(query, required=("item",))
        assert cache.get(offline.endpoint, PREFIXES + query) is None


def test_link_types_replace_only_their_own_links(linked_store):
    settings, config, _ = linked_store
    with open_store(settings) as store:
        decide(store, BASE + "person/ren-takahashi", "Q99000165", "accept", settings=settings)
    def not_movies(graph):  # the lines of one of the link graphs that are about anything but the movies
        with open_store(settings) as store:
            movies = {r["m"].value for r in store.query("SELECT ?m WHERE { ?m a schema:Movie }")}
            lines = store.export("nquads", graph=BASE + graph).decode().splitlines()
        return {line for line in lines if not any(m.removeprefix(BASE).replace("/", "-") in line
                                                  or f"<{m}>" in line for m in movies)}

    graphs = ("graph/wikidata-links", "graph/wikidata-attempts", "graph/wikidata-enrichment")
    before, kept = {g: not_movies(g) for g in graphs}, links_of(settings)
    with open_store(settings) as store:
        link_entities(store, settings=settings, config=config, types=["Movie"], enrich=True)
    assert {g: not_movies(g) for g in graphs} == before
    assert links_of(settings)["person/ren-takahashi"] == "Q99000165"
    assert {e: q for e, q in links_of(settings).items() if not e.startswith("work/")} == \
        {e: q for e, q in kept.items() if not e.startswith("work/")}
    with open_store(settings) as store:
        everything = store.export("nquads")
        with pytest.raises(LinkError, match="unknown type 'Moive' for --types"):
            link_entities(store, settings=settings, config=config, types=["Moive"])
        assert store.export("nquads") == everything
