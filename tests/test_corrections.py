"""Editors' corrections through the CLI: a rejected fact stays out of every view across re-ingests."""

from __future__ import annotations

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import app

from .conftest import EXAMPLES_DIR

runner = CliRunner()
ARTICLE = str(EXAMPLES_DIR / "two-series-disney.txt")
DIRECTOR = ("<https://kg.example.org/work/blue-signal> <https://schema.org/director> "
            "<https://kg.example.org/person/hoon-jang>")


def kg(*args: str):
    return runner.invoke(app, list(args))


def test_corrections_reject_survives_reingest_and_restores(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    assert kg("ingest", ARTICLE).exit_code == 0
    result = kg("fact", "reject", "Blue Signal", "director", "Hoon Jang", "--by", "alice")
    assert result.exit_code == 0 and result.output.startswith("rejected ")
    for _ in range(2):  # rejected, then re-ingested: still out of exports, queries and SEO
        exported = kg("export", "--format", "nquads").output
        assert DIRECTOR not in exported and "graph/corrections" in exported
        assert kg("query", "run", "works_by_director", "-p", "director=Jang Hoon", "-f", "csv").output == \
            "work,title,type,released\n"
        assert '"director"' not in kg("seo", "https://kg.example.org/article/two-series-disney").output
        assert "Directed by,Jang Hoon" not in kg("explain", "Blue Signal", "-f", "csv").output
        assert kg("ingest", ARTICLE, "--force").exit_code == 0
    listed = kg("fact", "list", "-f", "csv").output.splitlines()
    assert len(listed) == 2 and listed[1].split(",")[1:3] == ["rejected", "alice"]
    assert listed[1].endswith("https://kg.example.org/article/two-series-disney")
    fact_id = listed[1].split(",")[0]
    assert kg("fact", "restore", fact_id).output == f"restored 1 fact(s): {fact_id}\n"
    assert DIRECTOR in kg("export", "--format", "nquads").output
    assert "Directed by,Jang Hoon" in kg("explain", "Blue Signal", "-f", "csv").output
    assert kg("fact", "list", "-f", "csv").output == "fact,verdict,by,at,subject,predicate,object,articles\n"


GENRE = "<https://kg.example.org/work/blue-signal> <https://schema.org/genre> \"crime\""


def test_issue_10_a_second_rejection_keeps_the_first_restorable(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    assert kg("ingest", ARTICLE).exit_code == 0
    assert kg("fact", "reject", "Blue Signal", "director", "Hoon Jang", "--by", "alice").exit_code == 0
    assert kg("fact", "reject", "Blue Signal", "genre", "crime", "--by", "bob").exit_code == 0
    exported = kg("export", "--format", "nquads").output
    assert DIRECTOR not in exported and GENRE not in exported
    director = next(line for line in kg("fact", "list", "-f", "csv").output.splitlines() if ",alice," in line)
    assert director.endswith(",https://kg.example.org/article/two-series-disney"), "its statement is kept"
    assert kg("fact", "restore", director.split(",")[0]).exit_code == 0
    exported = kg("export", "--format", "nquads").output
    assert DIRECTOR in exported and GENRE not in exported


def test_issue_10_loading_an_export_keeps_what_restore_puts_back(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    assert kg("ingest", ARTICLE).exit_code == 0
    assert kg("fact", "reject", "Blue Signal", "director", "Hoon Jang", "--by", "alice").exit_code == 0
    listed = kg("fact", "list", "-f", "csv").output
    assert kg("export", "--format", "nquads", "-o", str(tmp_path / "graph.nq")).exit_code == 0
    for store in ("store", "copy"):  # into the store it came from, and into a new one
        monkeypatch.setenv("KG_STORE", str(tmp_path / store))
        assert kg("load", str(tmp_path / "graph.nq")).exit_code == 0
        assert kg("fact", "list", "-f", "csv").output == listed
        assert DIRECTOR not in kg("export", "--format", "nquads").output
        assert kg("fact", "restore", listed.splitlines()[1].split(",")[0]).exit_code == 0
        assert DIRECTOR in kg("export", "--format", "nquads").output


def test_corrections_credit_rejects_both_halves_and_confirm(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    kg("ingest", ARTICLE)
    result = kg("fact", "reject", "Paper Crown", "actor", "Go Min-si")
    assert result.exit_code == 0 and result.output.count("rejected ") == 2  # work → role and role → actor
    assert "Go Min-si" not in kg("query", "run", "cast", "-p", "work=Paper Crown", "-f", "csv").output
    assert "Paper Crown" not in kg("query", "run", "filmography", "-p", "person=Go Min-si", "-f", "csv").output
    confirmed = kg("fact", "confirm", "Paper Crown", "genre", "historical drama", "--by", "bo")
    assert confirmed.exit_code == 0 and confirmed.output.startswith("confirmed ")
    assert "confirmed,bo" in kg("fact", "list", "-f", "csv").output


def test_corrections_refuse_unknown_facts_with_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    kg("ingest", ARTICLE)
    result = kg("fact", "reject", "Paper Crown", "director", "Nobody Here")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert kg("fact", "restore", "0123456789abcdef").exit_code == 1


def test_query_stored_queries_take_names(example_store):
    from kg.query import load_query, run_query
    from kg.store import open_store

    with open_store(example_store) as store:
        by_name = run_query(store, load_query("cast", example_store), {"work": "paper crown"}, settings=example_store)
        by_path = run_query(store, load_query("cast", example_store), {"work": "work/paper-crown"},
                            settings=example_store)
    assert by_name.rows == by_path.rows and by_name.rows


def test_browse_search_folds_case_accents_and_name_order(example_store):
    from kg.browse import NameIndex
    from kg.store import open_store

    with open_store(example_store) as store:
        index = NameIndex.build(store)
        assert [h.name for h in index.search("min go")][:1] == ["Go Min-si"]
        assert [h.name for h in index.search("GO MIN-SI")][:1] == ["Go Min-si"]
        assert index.search("zzz nobody") == []
        ox.NamedNode(index.search("paper")[0].iri)  # hits are IRIs
