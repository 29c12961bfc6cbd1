from __future__ import annotations

import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
from pyld import jsonld

from kg.pipeline import ingest
from kg.seo import (
    Finding,
    _document_loader,
    check_document,
    find_article,
    inject,
    seo_document,
    seo_slice,
    to_json,
    to_script_tag,
)
from kg.settings import Settings
from kg.store import open_store

from .conftest import EXAMPLE_ARTICLES, EXAMPLES_DIR

ATTACK = "</script><script>alert(1)</script>"


def documents(settings):
    with open_store(settings) as store:
        return {iri: seo_document(store, iri, settings=settings) for iri in store.article_graphs()}


def test_seo_document_parses_back_to_the_article_slice(example_store):
    loader = _document_loader(example_store.ontology_dir)
    with open_store(example_store) as store:
        for iri in store.article_graphs():
            document = seo_document(store, iri, settings=example_store)
            nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
            parsed = set(ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS))
            assert {q.triple for q in parsed} == set(seo_slice(store, iri, settings=example_store)), iri


def test_seo_document_shape(example_store):
    for iri, document in documents(example_store).items():
        assert document["@context"] == "https://schema.org"
        nodes = document["@graph"]
        ids = [n["@id"] for n in nodes]
        assert len(ids) == len(set(ids)), "each node appears once"
        article = nodes[0]
        assert article["@id"] == iri and article["@type"] == "NewsArticle"
        about = {a["@id"] for a in _list(article.get("about"))}
        mentions = {m["@id"] for m in _list(article.get("mentions"))}
        assert about and not about & mentions
        assert {m for m in mentions} <= set(ids), "mentioned entities are in the graph, joined by @id"
        text = json.dumps(document)
        assert "https://schema.org/" not in text.replace('"https://schema.org"', "")


def test_seo_movie_carries_credits_roles_and_release(example_store):
    document = documents(example_store)["https://kg.example.org/article/two-series-disney"]
    nodes = {n["@id"]: n for n in document["@graph"]}
    crown = nodes["https://kg.example.org/work/paper-crown"]
    assert crown["@type"] == "TVSeries" and crown["datePublished"] == "2024-04-24"
    roles = [nodes[a["@id"]] for a in crown["actor"]]
    assert {r["characterName"] for r in roles} == {"King Sejin", "Lady Hwa"}
    assert all(r["@type"] == "PerformanceRole" for r in roles)
    assert nodes["https://kg.example.org/place/south-korea"]["@type"] == "Country"


def test_seo_output_is_byte_stable_across_ingest_orders(tmp_path, nlp):
    outputs = []
    for name, order in (("a", EXAMPLE_ARTICLES), ("b", EXAMPLE_ARTICLES[::-1])):
        settings = Settings(store=str(tmp_path / name))
        for article in order:
            ingest([article], settings=settings, nlp=nlp)
        outputs.append({iri: to_json(doc) for iri, doc in documents(settings).items()})
    assert outputs[0] == outputs[1]


@pytest.fixture
def hostile_store(tmp_path, nlp):
    article = tmp_path / "hostile.md"
    article.write_text(f"---\ntitle: 'Breaking {ATTACK} & more'\ndate: 2024-05-01\nurl: https://example.com/x\n---\n\n"
                       f"Night Bloom is a Korean thriller series directed by Kim Ho. Fans wrote {ATTACK} online.\n")
    settings = Settings(store=str(tmp_path / "store"))
    ingest([article], settings=settings, nlp=nlp)
    return settings, article


def test_seo_script_tag_cannot_be_closed_by_article_text(hostile_store):
    settings, article = hostile_store
    with open_store(settings) as store:
        iri = find_article(store, str(article), settings=settings)
        document = seo_document(store, iri, settings=settings)
    tag = to_script_tag(document, article_iri=iri)
    assert ATTACK in json.dumps(document, ensure_ascii=False)
    body = tag[tag.index(">") + 1:-len("</script>")]
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == document


def test_seo_inject_keeps_the_page_and_replaces_its_own_tag():
    page = "<!doctype html>\n<html><HEAD><title>x</title>\n  </HEAD>\n<body><p>caf\u00e9</p></body></html>\n"
    once = inject(page, '<script type="application/ld+json" data-kg="a">{"v":1}</script>')
    assert once.replace('<script type="application/ld+json" data-kg="a">{"v":1}</script>\n', "") == page
    twice = inject(once, '<script type="application/ld+json" data-kg="a">{"v":2}</script>')
    assert twice.count("application/ld+json") == 1 and '{"v":2}' in twice
    assert twice.replace('{"v":2}', '{"v":1}') == once


def test_seo_check_reports_schema_domains_and_ranges(example_store):
    bad = {"@context": "https://schema.org", "@graph": [
        {"@id": "https://x.example/p", "@type": "Person", "name": "P", "director": {"@id": "https://x.example/q"},
         "birthDate": "soon"},
        {"@id": "https://x.example/m", "@type": "Movie", "name": "M", "image": "https://x.example/m.jpg",
         "director": {"@id": "https://x.example/o"}},
        {"@id": "https://x.example/o", "@type": "Organization", "name": "O"}]}
    messages = {(f.node, f.message) for f in check_document(bad, settings=example_store)}
    assert ("https://x.example/p", "director is not a property of Person (schema.org: CreativeWorkSeason, Episode, "
            "Event, Movie, MovieSeries, TVSeries, VideoObject)") in messages
    assert ("https://x.example/p", "birthDate expects an ISO 8601 date, not 'soon'") in messages
    assert ("https://x.example/m", "director expects Person, not Organization") in messages


MOVIE = {"@id": "https://x.example/m", "@type": "Movie", "name": "M", "director": {"@id": "https://x.example/d"}}
DIRECTOR = {"@id": "https://x.example/d", "@type": "Person", "name": "D"}


def test_seo_check_applies_google_rules_where_the_page_can_get_the_feature(example_store):
    """A news article about a film is judged as an Article; only a list of movies can be a Movie carousel."""
    article = {"@id": "https://x.example/a", "@type": "NewsArticle", "headline": "H", "about": {"@id": MOVIE["@id"]}}
    findings = check_document({"@context": "https://schema.org", "@graph": [article, MOVIE, DIRECTOR]},
                              settings=example_store)
    assert {f.message for f in findings} == {f"NewsArticle should have {p} for Google's Article rich result"
                                             for p in ("image", "datePublished", "dateModified", "author")}
    carousel = {"@id": "https://x.example/list", "@type": "ItemList", "itemListElement": [
        {"@id": "https://x.example/list/1", "@type": "ListItem", "position": 1, "item": {"@id": MOVIE["@id"]}},
        {"@id": "https://x.example/list/2", "@type": "ListItem", "url": "https://x.example/other"}]}
    findings = check_document({"@context": "https://schema.org", "@graph": [carousel, MOVIE, DIRECTOR]},
                              settings=example_store)
    assert {(f.node, f.severity, f.message) for f in findings} == {
        ("https://x.example/m", "error", "Movie requires image for Google's Movie carousel"),
        ("https://x.example/list/2", "error", "ListItem requires position for Google's Movie carousel"),
        *{("https://x.example/m", "warning", f"Movie should have {p} for Google's Movie carousel")
          for p in ("dateCreated", "review", "aggregateRating")}}


def test_issue_10_every_dev_article_s_document_passes_its_own_check(dev_store):
    """No property outside its type's schema.org domain (a work of unknown kind has no actor), a headline for
    every article (its first sentence where the source gives none), Google's rules where they apply."""
    for iri, document in documents(dev_store).items():
        assert [f for f in check_document(document, settings=dev_store) if f.severity == "error"] == [], iri
        assert document["@graph"][0]["headline"], iri
    two_series = documents(dev_store)["https://kg.example.org/article/two-series-disney"]["@graph"][0]
    assert two_series["headline"] == "Two new Korean series arrive on Disney+ next month"


def test_seo_cli_all_and_check_exit_codes(example_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    store = ["--store", example_store.store]
    result = runner.invoke(app, ["seo", "--all", "--out", str(tmp_path / "out"), *store])
    assert result.output == f"{len(EXAMPLE_ARTICLES)} document(s) written to {tmp_path / 'out'}\n"
    result = runner.invoke(app, ["seo", "check", str(EXAMPLES_DIR / "two-series-disney.txt"), *store])
    assert result.exit_code == 0 and result.output.endswith("0 error(s), 3 warning(s)\n")
    (tmp_path / "bad.jsonld").write_text(json.dumps({"@context": "https://schema.org", "@graph": [
        {"@id": "https://x.example/p", "@type": "Person", "name": "P", "headline": "not a person's"}]}))
    result = runner.invoke(app, ["seo", "check", str(tmp_path / "bad.jsonld"), *store])
    assert result.exit_code == 1 and result.output.endswith("1 error(s), 0 warning(s)\n")
    result = runner.invoke(app, ["seo", "no-such-article", *store])
    assert result.exit_code == 1 and result.stderr.startswith("Error: no article 'no-such-article'")


def _list(value):
    return value if isinstance(value, list) else [] if value is None else [value]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PROBE = """<script>
window.__alerts = 0; window.alert = function () { window.__alerts += 1; };
</script>"""
REPORT = """<script>
const tags = document.querySelectorAll('script[type="application/ld+json"]');
const out = document.createElement('pre'); out.id = 'kg-report';
out.textContent = JSON.stringify({count: tags.length, parsed: JSON.parse(tags[0].textContent),
                                  alerts: window.__alerts, scripts: document.scripts.length});
document.body.appendChild(out);
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed and `make test` could not "
                                             "install it here (apt-get install chromium)")
def test_seo_injected_page_in_headless_chromium(hostile_store, tmp_path):
    settings, article = hostile_store
    with open_store(settings) as store:
        iri = find_article(store, str(article), settings=settings)
        document = seo_document(store, iri, settings=settings)
    page = f"<!doctype html><html><head><title>t</title>{PROBE}</head><body><p>Story</p>{REPORT}</body></html>"
    injected = inject(page, to_script_tag(document, article_iri=iri))
    path = tmp_path / "page.html"
    path.write_text(injected, encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    report = json.loads(dom.split('<pre id="kg-report">', 1)[1].split("</pre>", 1)[0]
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&"))
    assert report["count"] == 1
    assert report["parsed"] == document
    assert report["alerts"] == 0
    assert report["scripts"] == 3  # the probe, kg's JSON-LD and the report: nothing injected


def test_seo_carries_links_held_in_other_graphs(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    ingest([EXAMPLES_DIR / "renamed-tide-keeper.txt"], settings=settings, nlp=nlp)
    with open_store(settings) as store:
        store.replace_graphs({"https://kg.example.org/graph/links": (
            "<https://kg.example.org/person/kenji-sato> <https://schema.org/sameAs> "
            "<http://www.wikidata.org/entity/Q99000001> .\n"
            "<https://kg.example.org/work/silent-harbor> <https://schema.org/image> "
            "<https://upload.example.org/poster.jpg> .")})
        document = seo_document(store, "https://kg.example.org/article/renamed-tide-keeper", settings=settings)
    nodes = {n["@id"]: n for n in document["@graph"]}
    assert nodes["https://kg.example.org/person/kenji-sato"]["sameAs"] == "http://www.wikidata.org/entity/Q99000001"
    movie = nodes["https://kg.example.org/work/silent-harbor"]
    assert movie["image"] == "https://upload.example.org/poster.jpg"


# --- issue 10: only http(s) leaves, and inject finds its own tags with an HTML parser ------------------------

def test_seo_only_http_urls_leave_kg(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    ingest([EXAMPLES_DIR / "renamed-tide-keeper.txt"], settings=settings, nlp=nlp)
    iri = "https://kg.example.org/article/renamed-tide-keeper"
    with open_store(settings) as store:
        store.replace_graphs({"https://kg.example.org/graph/wikidata-enrichment": (
            "<https://kg.example.org/work/silent-harbor> <https://schema.org/image> <javascript:alert(1)> .\n"
            f"<{iri}> <https://schema.org/url> <javascript:alert(2)> .\n"
            "<https://kg.example.org/person/kenji-sato> <https://schema.org/sameAs> <https://example.org/k> .")})
        document = seo_document(store, iri, settings=settings)
    text = json.dumps(document)
    assert "javascript:" not in text and "https://example.org/k" in text
    document["@graph"][0]["url"] = "javascript:alert(3)"
    findings = check_document(document, settings=settings)
    assert Finding(iri, "NewsArticle", "error", "url 'javascript:alert(3)' is not an http(s) URL") in findings


TAG = '<script type="application/ld+json" data-kg="a">{"v":2}</script>'


@pytest.mark.parametrize("page, expected", [
    # a site's own script with a longer data- attribute is not kg's
    ('<head><script data-kg-config="x">cfg()</script></head>',
     f'<head><script data-kg-config="x">cfg()</script>{TAG}\n</head>'),
    # a kg tag inside a comment is text, not a tag
    ('<head><!-- <script data-kg>{"v":1}</script> --></head>',
     f'<head><!-- <script data-kg>{{"v":1}}</script> -->{TAG}\n</head>'),
    # "</head>" inside a script's string is not the end of the head
    ('<head><script>var s = "</head>";</script></head><body></body>',
     f'<head><script>var s = "</head>";</script>{TAG}\n</head><body></body>'),
    # every stale kg tag goes, the first is replaced in place
    ('<head><script data-kg="a">{"v":1}</script><title>t</title><SCRIPT DATA-KG>{"v":0}</SCRIPT ></head>',
     f'<head>{TAG}<title>t</title></head>'),
    # a byte-order mark and CRLF line ends are kept
    ('\ufeff<html>\r\n<head>\r\n</head>\r\n</html>', f'\ufeff<html>\r\n<head>\r\n{TAG}\n</head>\r\n</html>'),
    ('\ufeff<p>no head</p>', f'\ufeff{TAG}\n<p>no head</p>'),
])
def test_seo_inject_finds_its_tags_with_an_html_parser(page, expected):
    assert inject(page, TAG) == expected


def test_seo_inject_cli_keeps_every_other_byte(example_store, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    page = tmp_path / "page.html"
    original = "\ufeff<html><head>\r\n<script data-kg-config>keep()</script></head><body>café</body></html>"
    page.write_bytes(original.encode("utf-8"))
    result = CliRunner().invoke(app, ["seo", "inject", str(page), str(EXAMPLES_DIR / "two-series-disney.txt"),
                                      "--store", example_store.store])
    assert result.exit_code == 0, result.output
    written = page.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf") and written.count(b"data-kg=") == 1
    tag = written[written.index(b"<script type"):written.index(b"</script>", written.index(b"<script type")) + 9]
    assert written.replace(tag + b"\n", b"") == original.encode("utf-8")
