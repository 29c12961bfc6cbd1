"""`kg serve` as a user meets it: the real server on 127.0.0.1, driven over HTTP and in headless Chromium."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest

from .conftest import EXAMPLES_DIR

KG = str(Path(sys.executable).parent / "kg")
BASE = "https://kg.example.org/"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ATTACK = "</script><script>alert(1)</script>"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def kg_serve(store: Path, *options: str):
    """`kg serve` on a free port of 127.0.0.1 for a block; yields its base URL."""
    port = _free_port()
    server = subprocess.Popen([KG, "serve", "--store", str(store), "--port", str(port), *options],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/static/style.css", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(server.stderr.read().decode()) from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def server(example_store, tmp_path_factory):
    """A copy of the example store served with small SPARQL limits."""
    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(example_store.store, store)
    with kg_serve(store, "--sparql-rows", "5", "--sparql-timeout", "0.3") as url:
        yield url, store


def get(url: str, accept: str = "text/html", **headers):
    request = urllib.request.Request(url, headers={"Accept": accept, **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def post(url: str, data: bytes, content_type: str, accept: str = "*/*", **headers):
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": content_type, "Accept": accept, **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_serve_dereferences_minted_iris_by_accept_and_suffix(server):
    url, _ = server
    status, headers, body = get(url + "/work/paper-crown")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"Paper Crown" in body
    assert "Accept" in headers["Vary"]
    crown, name = ox.NamedNode(BASE + "work/paper-crown"), ox.NamedNode("https://schema.org/name")
    for accept, suffix, fmt in (("text/turtle", ".ttl", ox.RdfFormat.TURTLE),
                                ("application/n-triples", ".nt", ox.RdfFormat.N_TRIPLES),
                                ("application/ld+json", ".jsonld", ox.RdfFormat.JSON_LD)):
        for path, header in (("/work/paper-crown", accept), ("/work/paper-crown" + suffix, "text/html")):
            status, headers, body = get(url + path, header)
            assert status == 200 and headers["Content-Type"].startswith(accept), (path, header)
            triples = {q.triple for q in ox.parse(body, format=fmt)}
            assert ox.Triple(crown, name, ox.Literal("Paper Crown")) in triples
            provenance = [t for t in triples if t.predicate.value.endswith("#subject") and t.object == crown]
            assert provenance, "the provenance of its facts comes with the entity"
            assert any(t.predicate.value == "https://schema.org/text" for t in triples), "and their sentences"
    status, _, body = get(url + "/article/two-series-disney", "text/turtle")
    assert status == 200 and b"schema:headline" not in body or b"two-series-disney" in body
    assert get(url + "/person/nobody-at-all")[0] == 404
    assert get(url + "/person/nobody-at-all", "text/turtle")[0] == 404


def test_serve_sparql_protocol_get_and_post_in_four_formats(server):
    url, _ = server
    query = "SELECT ?n WHERE { <https://kg.example.org/work/paper-crown> schema:name ?n }"
    status, headers, body = get(url + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"n": {"type": "literal", "value": "Paper Crown"}}]
    form = urllib.parse.urlencode({"query": query}).encode()
    status, headers, body = post(url + "/sparql", form, "application/x-www-form-urlencoded",
                                 "application/sparql-results+xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    literal = ElementTree.fromstring(body).find(".//{http://www.w3.org/2005/sparql-results#}literal")
    assert literal.text == "Paper Crown"
    status, headers, body = post(url + "/sparql", query.encode(), "application/sparql-query", "text/csv")
    assert headers["Content-Type"].startswith("text/csv") and body == b"n\r\nPaper Crown\r\n"
    status, headers, body = post(url + "/sparql", query.encode(), "application/sparql-query",
                                 "text/tab-separated-values")
    assert body == b'?n\n"Paper Crown"\n'
    ask = urllib.parse.urlencode({"query": "ASK { ?s a schema:TVSeries }"})
    assert json.loads(get(url + "/sparql?" + ask, "application/sparql-results+json")[2]) == {"head": {},
                                                                                            "boolean": True}
    construct = urllib.parse.urlencode({"query": "CONSTRUCT WHERE { <https://kg.example.org/work/paper-crown> "
                                                 "schema:name ?n }"})
    status, headers, body = get(url + "/sparql?" + construct, "application/n-triples")
    assert status == 200 and b'"Paper Crown"' in body


def test_serve_sparql_refuses_updates_service_and_limits(server):
    url, _ = server
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert get(url + "/sparql?" + urllib.parse.urlencode({"query": update}))[0] == 403
    assert get(url + "/sparql?" + urllib.parse.urlencode({"update": update}))[0] == 403
    assert post(url + "/sparql", update.encode(), "application/sparql-update")[0] == 403
    assert post(url + "/sparql", urllib.parse.urlencode({"update": update}).encode(),
                "application/x-www-form-urlencoded")[0] == 403
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = get(url + "/sparql?" + urllib.parse.urlencode({"query": service}))
    assert status == 403 and b"SERVICE" in body
    fine = "SELECT ?service WHERE { BIND(\"SERVICE\" AS ?service) }"  # a word in a string or a variable is fine
    assert get(url + "/sparql?" + urllib.parse.urlencode({"query": fine}))[0] == 200
    many = "SELECT ?s WHERE { ?s a schema:Person }"
    status, headers, body = get(url + "/sparql?" + urllib.parse.urlencode({"query": many}),
                                "application/sparql-results+json")
    assert status == 200 and headers.get("X-KG-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 5
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = get(url + "/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and b"time limit" in body
    assert get(url + "/sparql?" + urllib.parse.urlencode({"query": "SELEC nonsense"}))[0] == 400


def test_serve_pages_are_safe_by_default(server):
    url, _ = server
    status, headers, body = get(url + "/work/paper-crown")
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    page = body.decode()
    assert "<script>" not in page and " style=" not in page and " onclick=" not in page
    fact = {"s": f"<{BASE}work/paper-crown>", "p": "<https://schema.org/genre>", "o": '"historical drama"',
            "action": "reject", "next": "/"}
    status, _, _ = post(url + "/desk/fact", urllib.parse.urlencode(fact).encode(), "application/x-www-form-urlencoded")
    assert status == 403, "no CSRF token"
    forged = urllib.parse.urlencode({**fact, "csrf": "x"}).encode()
    status, _, _ = post(url + "/desk/fact", forged, "application/x-www-form-urlencoded", Cookie="kg_csrf=x",
                        Origin="http://evil.example")
    assert status == 403, "another site's form"
    assert post(url + "/api/ingest", b"", "multipart/form-data; boundary=x")[0] == 403, "no X-KG-Client header"
    status, _, body = get(url + "/search?q=" + urllib.parse.quote(ATTACK))
    assert status == 200 and ATTACK.encode() not in body and b"&lt;/script&gt;" in body


def test_serve_query_page_takes_names_and_downloads(server):
    url, _ = server
    status, _, body = get(url + "/query/cast?work=Paper+Crown")
    assert status == 200 and b"Lady Hwa" in body and b"format=csv" in body
    status, headers, body = get(url + "/query/cast?work=Paper+Crown&format=csv")
    assert headers["Content-Type"].startswith("text/csv") and b"Go Min-si,Lady Hwa" in body
    hits = json.loads(get(url + "/api/search?q=min+go", "application/json")[2])
    assert hits[0]["name"] == "Go Min-si" and hits[0]["path"] == "/person/go-min-si"


@pytest.mark.parametrize("host, token_made", [("192.0.2.10", True), ("0.0.0.0", True), ("127.0.0.1", False)])
def test_serve_beyond_loopback_makes_an_editing_token(example_store, tmp_path, monkeypatch, host, token_made):
    """Bound where other machines reach it, `kg serve` makes a token and says it: editing is never left open.
    (uvicorn is stopped short of binding: the test opens no port beyond loopback.)"""
    import uvicorn

    from kg.serve.app import serve
    from kg.settings import Settings

    store = tmp_path / "store"
    shutil.copytree(example_store.store, store)
    started, said = {}, []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, log_level: started.update(app=app, host=host))
    serve(Settings(store=str(store)), host=host, announce=said.append)
    announced = [line.rsplit(" ", 1)[1] for line in said if line.startswith("editing token")]
    assert started["host"] == host
    assert started["app"].app.state.site.guard.token == (announced[0] if token_made else None)
    assert bool(announced) == token_made


def test_serve_token_guards_editing(example_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(example_store.store, store)
    with kg_serve(store, "--token", "s3cret") as url:
        article = EXAMPLES_DIR / "two-series-disney.txt"
        refused = subprocess.run([KG, "ingest", "--server", url, str(article)], capture_output=True, text=True)
        assert refused.returncode == 1 and refused.stderr.startswith("Error: ") and "HTTP 401" in refused.stderr
        assert b"Log in to edit" in get(url + "/desk")[2] and b"Mark wrong" not in get(url + "/work/paper-crown")[2]
        accepted = subprocess.run([KG, "ingest", "--server", url, "--token", "s3cret", "--force", str(article)],
                                  capture_output=True, text=True)
        assert accepted.returncode == 0, accepted.stderr


def test_serve_ingest_tells_files_of_one_name_apart(tmp_path):
    """The server reads uploads from a folder of its own, so `kg ingest --server` sends each file's source key:
    an edited file replaces its article, another file of its name is refused unless --replace (issue 10)."""
    from kg.serve.client import _multipart
    from kg.store import OxigraphStore

    store = tmp_path / "store"
    OxigraphStore(store).close()
    first, second = tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"
    for path, text in ((first, "Paper Lanterns is a Japanese drama film directed by Sato Rin."),
                       (second, "Salt Harbour is a Korean mystery series directed by Han Bora.")):
        path.parent.mkdir()
        path.write_text(text)
    with kg_serve(store) as url:
        def send(*args: str):
            return subprocess.run([KG, "ingest", "--server", url, *args], capture_output=True, text=True)

        assert send(str(first)).returncode == 0
        first.write_text("Paper Lanterns is a Japanese drama film directed by Mori Kaede.")
        edited = send(str(first))
        assert edited.returncode == 0 and edited.stdout.endswith("1 article(s) stored, 0 unchanged, 0 refused, "
                                                                 "0 unreadable\n")
        refused = send(str(second))
        assert refused.returncode == 1
        assert refused.stderr == (
            f"Error: refused {BASE}article/story: story.txt would replace \"Paper Lanterns is a Japanese drama film "
            "directed by Mori…\", read from another file of that name; give it its own url (in the record, the "
            "front matter or --url) or its own file name, or --replace to store it instead\n")
        assert send("--replace", str(second)).returncode == 0
        forced = send("--force", str(second))
        assert forced.stdout.endswith("1 article(s) stored, 0 unchanged, 0 refused, 0 unreadable\n"), "--force too"
        (tmp_path / "blank.txt").write_text("")
        blank = send(str(tmp_path / "blank.txt"))
        assert blank.stderr == "Error: blank.txt: the file is empty; give an article with some text\n", \
            "an upload is named as it was sent, not by the server's folder for it"
        body, boundary = _multipart({"source_keys": '["../etc"]'}, [("story.txt", b"Salt Harbour is a series.")])
        status, _, answer = post(url + "/api/ingest", body, f"multipart/form-data; boundary={boundary}",
                                 **{"X-KG-Client": "test"})
        assert status == 400 and b"source_keys must be a JSON list" in answer


def test_serve_ingests_beside_readers(example_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(example_store.store, store)
    hostile = tmp_path / "hostile.md"
    hostile.write_text(f"---\ntitle: 'Breaking {ATTACK}'\ndate: 2024-05-01\n---\n\n"
                       f"Night Bloom is a Korean thriller series directed by Kim Ho. Fans wrote {ATTACK} online.\n")
    with kg_serve(store) as url:
        second_writer = subprocess.run([KG, "ingest", "--store", str(store), str(hostile)], capture_output=True,
                                       text=True)
        assert second_writer.returncode == 1 and "kg ingest --server" in second_writer.stderr
        assert second_writer.stderr.count("\n") == 1
        statuses: list[int] = []
        reading = threading.Event()

        def read_while_ingesting():
            while not reading.is_set():
                statuses.append(get(url + "/work/paper-crown")[0])
        reader = threading.Thread(target=read_while_ingesting)
        reader.start()
        try:
            result = subprocess.run([KG, "ingest", "--server", url, str(hostile)], capture_output=True, text=True)
        finally:
            reading.set()
            reader.join()
        assert result.returncode == 0, result.stderr
        assert result.stdout.endswith("1 article(s) stored, 0 unchanged, 0 refused, 0 unreadable\n")
        assert statuses and set(statuses) == {200}, "readers were served during the ingest"
        status, _, body = get(url + "/article/hostile")
        assert status == 200 and b"Night Bloom" in body
        assert ATTACK.encode() not in body and b"&lt;/script&gt;&lt;script&gt;alert(1)" in body
        status, _, body = get(url + "/work/night-bloom")
        assert status == 200 and b"Kim Ho" in body


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed and `make test` could not "
                                             "install it here (apt-get install chromium)")
def test_serve_in_a_browser_search_open_follow_reject(example_store, tmp_path):
    from playwright.sync_api import sync_playwright

    store = tmp_path / "store"
    shutil.copytree(example_store.store, store)
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    with kg_serve(store) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=args)
        errors: list[str] = []
        page = browser.new_page()
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto(url + "/")
        page.fill("input[data-search]", "hoon jang")  # the other name order, lower case
        page.click("ul.suggestions a:has-text('Jang Hoon')")
        page.wait_for_url(url + "/person/hoon-jang")
        assert page.inner_text("h1") == "Jang Hoon"
        fact = page.locator("li.fact", has_text="Blue Signal")
        assert "directed by Jang Hoon" in fact.locator("blockquote").inner_text()
        assert fact.locator("mark", has_text="Jang Hoon").count() == 1
        fact.locator("cite a").click()
        page.wait_for_url(url + "/article/two-series-disney#fact-*")
        row = page.locator("#fact-" + page.url.rsplit("#fact-", 1)[1])   # the fact followed
        assert "Directed by" in row.inner_text() and "Jang Hoon" in row.inner_text()
        row.locator("button.reject").click()
        page.wait_for_load_state()
        page.reload()
        assert page.locator("tr.fact td:text-is('Directed by')").count() == 0
        shown = json.loads(page.inner_text("#seo-jsonld"))
        assert "director" not in next(n for n in shown["@graph"] if n["@id"] == BASE + "work/blue-signal")
        page.goto(url + "/desk")
        assert "Blue Signal" in page.inner_text("tr.correction.rejected")
        exported = page.request.get(url + "/export/nquads").text()
        seo = page.request.get(url + "/seo/article/two-series-disney.jsonld").json()
        browser.close()
    assert errors == []
    assert f"<{BASE}work/blue-signal> <https://schema.org/director> <{BASE}person/hoon-jang>" not in exported
    assert "graph/corrections" in exported, "the correction travels with the export"
    blue = next(n for n in seo["@graph"] if n["@id"] == BASE + "work/blue-signal")
    assert "director" not in blue


def test_serve_entity_page_shows_one_source_a_fact_and_every_source_on_request(tmp_path, nlp):
    """A fact three articles state is shown with one sentence and "stated 2 more times" (a page about someone
    named in a thousand articles stays quick); `?sources=all`, and `kg explain`, show every source."""
    from kg.browse import entity_view
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    for n, phrasing in enumerate(("Salt Road is a 2019 film directed by Ida Bell.",
                                  "Ida Bell directed Salt Road, which opens in May.",
                                  "Salt Road, directed by Ida Bell, won a prize.")):
        (tmp_path / f"a{n}.txt").write_text(f"Salt Road news {n}\n\n{phrasing}\n", encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"))
    assert ingest(sorted(tmp_path.glob("a*.txt")), settings=settings, nlp=nlp).ok
    with open_store(settings) as store:
        work = BASE + "work/salt-road"
        directors = store.outgoing([work], ["https://schema.org/director"])[work]
        assert len(directors) == 1, "a predicate-bound lookup, without the repeats of three graphs"
        person = directors[0][1].value
        brief = entity_view(store, person, settings=settings, every_source=False).facts["Directed"][0]
        full = entity_view(store, person, settings=settings).facts["Directed"][0]
    assert (len(brief.evidence), brief.sources) == (1, 3) and (len(full.evidence), full.sources) == (3, 3)
    with kg_serve(tmp_path / "store") as url:
        status, _, body = get(url + "/" + person.removeprefix(BASE))
        assert status == 200 and b"Stated 2 more time(s)" in body and b"?sources=all" in body
        status, _, body = get(url + "/" + person.removeprefix(BASE) + "?sources=all")
        assert status == 200 and b"more time(s)" not in body and body.count(b"<blockquote>") == 3


def test_serve_entity_page_is_the_entity_view_and_its_neighbourhood(example_store):
    """The server reads an entity's facts and its neighbourhood through one reader, each node looked up once;
    it shows what `entity_view` and `neighbourhood` read apart, for every named thing of the examples."""
    from kg.browse import entity_page, entity_view, neighbourhood
    from kg.store import open_store

    with open_store(example_store) as store:
        named = sorted({row["e"].value for row in store.query("SELECT ?e WHERE { ?e schema:name ?n }")})
        assert len(named) > 20
        for iri in named:
            for every_source in (False, True):
                alone = (entity_view(store, iri, settings=example_store, every_source=every_source),
                         neighbourhood(store, iri))
                assert entity_page(store, iri, settings=example_store, every_source=every_source) == alone, iri


def _hub_articles(works: int) -> dict[str, str]:
    """Article graphs as the mapping writes them: each names Japan and a film made there (one stated fact with
    its sentence), and has Ana Ito's byline; the first also says she wrote its film."""
    schema, rdf, kg = "https://schema.org/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "https://kg.example.org/ns#"
    iri, text = ox.NamedNode, ox.Literal
    japan, ana = iri(BASE + "place/japan"), iri(BASE + "person/ana-ito")
    a, name = iri(rdf + "type"), iri(schema + "name")

    def stated(article: str, n: int, s, p: str, o, sentence: str) -> list[tuple]:
        st, said = iri(f"{article}#fact-{n}"), iri(f"{article}#sentence-{n}")
        return [(s, iri(schema + p), o), (st, a, iri(rdf + "Statement")), (st, iri(rdf + "subject"), s),
                (st, iri(rdf + "predicate"), iri(schema + p)), (st, iri(rdf + "object"), o),
                (st, iri("http://www.w3.org/ns/prov#wasDerivedFrom"), iri(article)), (st, iri(kg + "sentence"), said),
                (st, iri(kg + "rule"), text("test")), (st, iri(kg + "confidence"), text("0.9")),
                (said, iri(schema + "text"), text(sentence)), (said, iri(kg + "charStart"), text("0"))]

    graphs = {}
    for n in range(works):
        article, work = BASE + f"article/a{n}", iri(BASE + f"work/film-{n}")
        triples = [(iri(article), a, iri(schema + "NewsArticle")), (iri(article), iri(schema + "author"), ana),
                   (iri(article), iri(schema + "mentions"), japan), (japan, a, iri(schema + "Country")),
                   (japan, name, text("Japan")), (ana, a, iri(schema + "Person")), (ana, name, text("Ana Ito")),
                   (work, a, iri(schema + "Movie")), (work, name, text(f"Film {n}")),
                   *stated(article, 0, work, "countryOfOrigin", japan, f"Film {n} is a Japanese film.")]
        if n == 0:
            triples += stated(article, 1, work, "author", ana, "Film 0 was written by Ana Ito.")
        graphs[article] = ox.serialize([ox.Triple(*t) for t in triples], format=ox.RdfFormat.N_TRIPLES).decode()
    return graphs


def test_serve_hub_page_lists_some_facts_of_a_link_and_counts_the_rest(tmp_path):
    """A country that made five films more than a page lists, named in each of their articles: its page lists
    SHOWN of them (one name, one type, read once for all its graphs) and says how many more there are;
    `?facts=all`, and `kg explain`, list every one. An article's byline is not a fact about its author: the
    bylines are neither listed nor counted."""
    from kg.browse import SHOWN, Name, entity_view
    from kg.settings import Settings
    from kg.store import OxigraphStore, Store

    japan, ana, country = BASE + "place/japan", BASE + "person/ana-ito", "https://schema.org/countryOfOrigin"
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs(_hub_articles(SHOWN + 5))
    settings = Settings(store=str(tmp_path / "store"))
    listed = entity_view(store, japan, settings=settings, every_source=False, facts=SHOWN)
    assert (listed.name, listed.names, listed.types) == ("Japan", [Name("Japan", "name")], ["Country"])
    assert len(listed.facts["Works from here"]) == SHOWN and listed.more == {"Works from here": 5}
    every = entity_view(store, japan, settings=settings)
    assert len(every.facts["Works from here"]) == SHOWN + 5 and every.more == {}
    assert {f.key for f in listed.facts["Works from here"]} < {f.key for f in every.facts["Works from here"]}
    author = entity_view(store, ana, settings=settings, facts=1)
    assert [f.value for f in author.facts["Wrote"]] == ["Film 0"] and author.more == {}
    for limit in (None, 3):  # the embedded store's index read and any store's SPARQL find the same links
        embedded, anywhere = store.links_to(japan, [country], limit), Store.links_to(store, japan, [country], limit)
        assert embedded[country].count == anywhere[country].count == SHOWN + 5
        assert len(embedded[country].graphs) == len(anywhere[country].graphs) == (limit or SHOWN + 5)
    assert store.links_to(japan, [country])[country].graphs == Store.links_to(store, japan, [country])[country].graphs
    store.close()
    with kg_serve(tmp_path / "store") as url:
        status, _, body = get(url + "/place/japan")
        assert status == 200 and body.count(b'class="fact"') == SHOWN
        assert b"And 5 more" in body and b'href="?facts=all"' in body
        status, _, body = get(url + "/place/japan?facts=all")
        assert status == 200 and body.count(b'class="fact"') == SHOWN + 5 and b"more-facts" not in body


def test_serve_evidence_marks_each_word_case_aside():
    """Names are marked in a sentence whatever their case, in ASCII (searched as lower-case text) as in other
    scripts (a case-insensitive pattern)."""
    from kg.browse import highlight

    def marked(sentence: str, words: list[str]) -> list[tuple[str, bool]]:
        return [(s.text, s.marked) for s in highlight(sentence, words)]

    assert marked("Kim Min-ji joins KIM's new film, with kim", ["kim", "Min-ji", "x"]) == [
        ("Kim", True), (" ", False), ("Min-ji", True), (" joins ", False), ("KIM", True),
        ("'s new film, with ", False), ("kim", True)]
    assert marked("Ōno Satoshi plays ŌNO, not ono", ["ōno"]) == [
        ("Ōno", True), (" Satoshi plays ", False), ("ŌNO", True), (", not ono", False)]


def test_serve_entity_page_of_an_episode_and_of_its_series(tmp_path, nlp):
    """An episode's page says which series it is an episode of; the series' page lists its episodes."""
    from kg.browse import entity_view
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    (tmp_path / "ep.txt").write_text('Lamp Oil\n\n"Lamp Oil" is the fourth episode of the second season of the '
                                     "sitcom Harbour Nights. It aired on the Corvid network in 2019.\n",
                                     encoding="utf-8")
    settings = Settings(store=str(tmp_path / "store"))
    assert ingest([tmp_path / "ep.txt"], settings=settings, nlp=nlp).ok
    with open_store(settings) as store:
        episode = entity_view(store, BASE + "work/lamp-oil", settings=settings)
        series = entity_view(store, BASE + "work/harbour-nights", settings=settings)
    assert "TVEpisode" in episode.types and [f.value for f in episode.facts["Episode of"]] == ["Harbour Nights"]
    assert [f.value for f in series.facts["Its episodes"]] == ["Lamp Oil"]
