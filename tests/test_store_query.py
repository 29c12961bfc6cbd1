from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph

from kg.errors import ParameterError, QueryError, StoreError
from kg.export import export_graph
from kg.query import bind_parameters, list_queries, load_query, parse_query_file, run_query, with_values
from kg.settings import Settings
from kg.store import OxigraphStore, open_store

BASE = "https://kg.example.org/"


def nt(subject: str, name: str) -> str:
    return f'<{BASE}{subject}> <https://schema.org/name> "{name}" .'


def test_store_replaces_one_graph_and_keeps_others(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.replace_graphs({f"{BASE}article/a": nt("person/x", "X"), f"{BASE}article/b": nt("person/y", "Y")})
    store.replace_graphs({f"{BASE}article/a": nt("person/z", "Z")})
    names = {r["n"].value for r in store.query("SELECT ?n WHERE { ?s schema:name ?n }")}
    assert names == {"Z", "Y"}
    assert store.remove_graph(f"{BASE}article/b")
    assert {r["n"].value for r in store.query("SELECT ?n WHERE { ?s schema:name ?n }")} == {"Z"}
    assert not store.remove_graph(f"{BASE}article/b")


def test_store_failed_update_writes_nothing(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.replace_graphs({f"{BASE}article/a": nt("person/x", "X")})
    with pytest.raises(StoreError):
        store.replace_graphs({f"{BASE}article/a": nt("person/y", "Y"), f"{BASE}article/b": "not rdf at all"})
    assert {r["n"].value for r in store.query("SELECT ?n WHERE { ?s schema:name ?n }")} == {"X"}


def test_store_replace_graphs_writes_what_a_drop_and_insert_would(tmp_path):
    """The embedded store writes only the triples each graph loses and gains (or, for graphs all new, adds
    them with `extend`): the graphs come out as the plain DROP and INSERT DATA of every store leave them."""
    from kg.store import Store

    fast, plain = OxigraphStore(tmp_path / "fast"), OxigraphStore(tmp_path / "plain")
    a, b, c = (f"{BASE}article/{name}" for name in "abc")
    steps = [
        ({a: nt("person/x", "X") + "\n" + nt("person/y", "Y"), b: nt("person/z", "Z")}, ""),  # all new
        ({a: nt("person/x", "X") + "\n" + nt("person/w", "W"), c: nt("person/v", "V")}, ""),  # one kept, one lost
        ({a: nt("person/x", "X") + "\n" + nt("person/w", "W")}, ""),  # unchanged
        ({b: ""}, ""),  # emptied: the graph goes
        ({b: nt("person/z", "Z")}, f'INSERT DATA {{ GRAPH <{c}> {{ <{BASE}x> <{BASE}p> "then" }} }}'),
    ]
    for graphs, then in steps:
        fast.replace_graphs(graphs, then=then)
        Store.replace_graphs(plain, graphs, then=then)
        assert fast.quads() == plain.quads()
        assert [fast.has_graph(g) for g in (a, b, c)] == [plain.has_graph(g) for g in (a, b, c)]
    assert {r["n"].value for r in fast.query("SELECT ?n WHERE { ?s schema:name ?n }")} == {"X", "W", "Z", "V"}


def test_store_replace_graphs_with_blank_nodes_writes_the_graph_again(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    graph = f"{BASE}article/a"
    text = f'_:r <https://schema.org/name> "R" .\n<{BASE}work/w> <https://schema.org/actor> _:r .'
    for _ in range(2):
        store.replace_graphs({graph: text})
        assert len(store.quads(graph)) == 2


def test_store_locked_by_another_process(tmp_path):
    path = tmp_path / "s"
    store = OxigraphStore(path)
    script = "import sys; from kg.store import OxigraphStore; OxigraphStore(sys.argv[1])"
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True)
    assert "StoreLockedError" in result.stderr
    store.close()


def test_store_closed_after_a_sparql_text_query_is_not_left_locked(tmp_path):
    """rdflib's SPARQL parser leaves reference cycles that keep run_query's frame alive until the garbage
    collector runs: the store's answer must not be among its locals, or the store stays locked."""
    import gc

    settings = Settings(store=str(tmp_path / "s"))
    store = OxigraphStore(settings.store)
    store.replace_graphs({f"{BASE}article/a": nt("person/x", "X")})
    store.close()
    gc.disable()
    try:
        with open_store(settings) as opened:
            run_query(opened, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", settings=settings)
        with open_store(settings) as opened:
            assert opened.count() == 1
    finally:
        gc.enable()


def test_store_unwritable_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open store"):
        OxigraphStore(blocker / "store")


def test_query_every_stored_query_parses_and_documents_itself(example_store):
    queries = list_queries(example_store)
    assert len(queries) >= 10
    with open_store(example_store) as store:
        for query in queries:
            assert query.title and query.description, query.name
            values = {p.name: {"IRI": f"{BASE}x", "date": "2020-01-01", "string": "x", "integer": "1"}[p.kind]
                      for p in query.parameters}
            run_query(store, query, values, settings=example_store)


def rows(settings, name, **values):
    with open_store(settings) as store:
        return run_query(store, load_query(name, settings), values, settings=settings).text_rows()


def test_query_cast(example_store):
    result = rows(example_store, "cast", work="work/paper-crown")
    assert sorted((r[1], r[2]) for r in result) == [("Go Min-si", "Lady Hwa"), ("Lee Do-hyun", "King Sejin")]


def test_query_filmography(example_store):
    result = rows(example_store, "filmography", person="person/amane-hinata")
    assert sorted((r[1], r[2], r[3]) for r in result) == [("Paper Lanterns", "actor", "Tessa"),
                                                           ("Starlit Archive", "actor", "Lys")]


def test_query_works_by_director(example_store):
    assert [r[1] for r in rows(example_store, "works_by_director", director="person/hoon-jang")] == ["Blue Signal"]


def test_query_releases_on_platform_between_dates(example_store):
    result = rows(example_store, "releases_on_platform", platform="organization/disney",
                  **{"from": "2024-04-01", "to": "2024-04-15"})
    assert [r[1] for r in result] == ["Blue Signal"]


def test_query_costars(example_store):
    result = rows(example_store, "costars", person="person/bo-park-young")
    assert [r[1] for r in result] == ["Ha Jung-woo"]


def test_query_works_by_company(example_store):
    result = rows(example_store, "works_by_company", company="organization/plan-b-entertainment")
    assert [r[1] for r in result] == ["The Glass Orchard"]


def test_query_alternate_titles(example_store):
    result = rows(example_store, "alternate_titles")
    assert ["The Tide Keeper", "Silent Harbor"] in [[r[1], r[2]] for r in result]


def test_query_facts_about_with_sentences(example_store):
    result = rows(example_store, "facts_about", entity="person/kenji-sato")
    assert any("directed by Sato Kenji" in r[3] for r in result)


def test_query_articles_mentioning(example_store):
    result = rows(example_store, "articles_mentioning", entity="person/da-kim-mi")
    assert len(result) == 1 and result[0][3] == "mentions"


def test_query_unlinked_entities(example_store):
    names = {r[2] for r in rows(example_store, "unlinked_entities")}
    assert {"Blue Signal", "Margot Vance", "Netflix"} <= names


def test_query_parameters_are_bound_not_pasted(example_store):
    query = load_query("find_entity", example_store)
    hostile = '") } } DROP ALL ; SELECT * WHERE { ("'
    text = with_values(query.text, bind_parameters(query, {"text": hostile}, example_store))
    assert text.count("VALUES") == 1 and '\\")' in text
    assert rows(example_store, "find_entity", text=hostile) == []
    assert rows(example_store, "find_entity", text="Crown")[0][2] == "Paper Crown"


@pytest.mark.parametrize("values, message", [
    ({}, "needs -p work=VALUE"),
    ({"work": "work/x", "extra": "1"}, "no parameter 'extra'"),
    ({"work": "not an iri <>"}, "is not an IRI"),
])
def test_query_parameter_errors(example_store, values, message):
    with pytest.raises(ParameterError, match=message):
        bind_parameters(load_query("cast", example_store), values, example_store)


def test_query_malformed_date_and_unknown_query(example_store):
    with pytest.raises(ParameterError, match="not a date"):
        bind_parameters(load_query("releases_on_platform", example_store),
                        {"platform": "organization/netflix", "from": "2024-02-30", "to": "2024-03-01"}, example_store)
    with pytest.raises(QueryError, match="available: alternate_titles"):
        load_query("by_author", example_store)


def test_query_header_parsing(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("# title: T\n# description: D\n# param: ?when date optional the day\nSELECT * WHERE {}\n")
    query = parse_query_file(path)
    assert (query.title, query.description) == ("T", "D")
    assert query.parameters[0].optional and query.parameters[0].kind == "date"


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("nt", "nt"), ("nquads", "nquads"),
                                                 ("trig", "trig"), ("jsonld", "json-ld")])
def test_export_formats_round_trip(example_store, fmt, rdflib_format):
    from rdflib import Dataset

    with open_store(example_store) as store:
        data = export_graph(store, format=fmt)
        triples = len(list(store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")))
    parsed = Dataset() if fmt in ("nquads", "trig", "jsonld") else Graph()
    parsed.parse(data=data.decode("utf-8"), format=rdflib_format)
    unique = {(s, p, o) for s, p, o, *_ in (parsed.quads() if isinstance(parsed, Dataset) else parsed)}
    assert len(unique) == triples


def test_export_one_article_graph(example_store):
    with open_store(example_store) as store:
        graph = store.article_graphs()[0]
        data = export_graph(store, format="nquads", graph=graph)
    assert data and all(line.endswith(f"<{graph}> .") for line in data.decode().splitlines())
