"""Batches: folders, globs and stdin; skipping unchanged articles; worker processes; bulk loads; remote stores."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import ingest
from kg.settings import Settings
from kg.store import open_store

from .conftest import DEV_ARTICLES, EXAMPLE_ARTICLES, EXAMPLES_DIR

runner = CliRunner()


def quads(settings) -> set[str]:
    with open_store(settings) as store:
        return set(store.export("nquads").decode().splitlines())


def test_scale_folder_glob_and_stdin_give_the_same_graph(tmp_path, nlp, monkeypatch):
    by_files = Settings(store=str(tmp_path / "files"))
    ingest(EXAMPLE_ARTICLES, settings=by_files, nlp=nlp)
    folder = tmp_path / "folder"
    folder.mkdir()
    for article in EXAMPLE_ARTICLES:
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "x.gold.json").write_text("{}")  # gold files beside articles are not articles
    by_folder = Settings(store=str(tmp_path / "folder-store"))
    assert ingest([folder], settings=by_folder, nlp=nlp).ok
    monkeypatch.chdir(tmp_path)
    by_glob = Settings(store=str(tmp_path / "glob-store"))
    assert len(ingest(["folder/*.txt"], settings=by_glob, nlp=nlp).stored) == 2
    # The copies are other files, whose articles keep other source keys (issue 10); the rest is the same graph.
    keys = "<https://kg.example.org/ns#sourceKey>"
    files_quads, folder_quads = quads(by_files), quads(by_folder)
    assert {q for q in files_quads if keys not in q} == {q for q in folder_quads if keys not in q}
    assert len(files_quads - folder_quads) == sum(keys in q for q in files_quads) > 0
    lines = "\n".join(json.dumps({"url": f"https://example.com/{i}", "date": f"2024-01-0{i + 1}",
                                  "body": f"Night Bloom {i} is a Korean thriller series directed by Kim Ho."})
                      for i in range(3))
    by_stdin = Settings(store=str(tmp_path / "stdin-store"))
    report = ingest(["-"], settings=by_stdin, nlp=nlp, stdin=io.BytesIO(lines.encode()))
    assert len(report.stored) == 3


def test_scale_unchanged_articles_are_skipped_unless_forced(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    article = tmp_path / "news.txt"
    article.write_text("date 2024-01-01 Night Bloom is a Korean thriller series directed by Kim Ho.")
    assert len(ingest([article], settings=settings, nlp=nlp).stored) == 1
    again = ingest([article], settings=settings, nlp=nlp)
    assert (len(again.stored), len(again.unchanged)) == (0, 1)
    assert len(ingest([article], settings=settings, nlp=nlp, force=True).stored) == 1
    article.write_text("date 2024-01-01 Night Bloom is a Korean thriller series directed by Park Min.")
    assert len(ingest([article], settings=settings, nlp=nlp).stored) == 1


def test_scale_bad_records_do_not_stop_the_batch(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"url": "https://example.com/a", "body": "Night Bloom is a Korean "
                                          "thriller series directed by Kim Ho."}), "{broken", json.dumps({"x": 1})]))
    report = ingest([feed, tmp_path / "missing.txt"], settings=settings, nlp=nlp)
    assert len(report.stored) == 1
    assert [source for source, _ in report.unreadable] == [f"{feed}:2", f"{feed}:3", str(tmp_path / "missing.txt")]


def test_scale_worker_processes_give_the_same_graph(tmp_path, nlp):
    one = Settings(store=str(tmp_path / "one"))
    two = Settings(store=str(tmp_path / "two"))
    first = ingest(DEV_ARTICLES, settings=one, nlp=nlp, workers=1)
    second = ingest(DEV_ARTICLES, settings=two, workers=2)
    assert first.ok and second.ok and len(second.stored) == len(DEV_ARTICLES)
    assert quads(one) == quads(two)


def test_issue_10_forced_reingest_of_unchanged_articles_leaves_the_store_unchanged(tmp_path, nlp):
    """An article's earlier graph must not feed its own re-extraction (working-title-original.md moved its
    alternate title, episodes, release and source work to work/vincenzo the second time)."""
    settings = Settings(store=str(tmp_path / "store"))
    assert ingest(DEV_ARTICLES, settings=settings, nlp=nlp).ok
    before = quads(settings)
    again = ingest(DEV_ARTICLES, settings=settings, nlp=nlp, force=True)
    assert len(again.stored) == len(DEV_ARTICLES)
    assert quads(settings) == before
    alone = ingest([EXAMPLES_DIR / "working-title-original.md"], settings=settings, nlp=nlp, force=True)
    assert len(alone.stored) == 1 and quads(settings) == before


def test_scale_progress_is_reported_per_article(tmp_path, nlp):
    seen = []
    ingest(EXAMPLE_ARTICLES, settings=Settings(store=str(tmp_path / "s")), nlp=nlp,
           progress=lambda report, done, total: seen.append((done, total)))
    assert seen == [(n, len(EXAMPLE_ARTICLES)) for n in range(1, len(EXAMPLE_ARTICLES) + 1)]


def test_scale_bulk_load_of_an_export(tmp_path, example_store):
    with open_store(example_store) as store:
        (tmp_path / "graph.nq").write_bytes(store.export("nquads"))
    target = Settings(store=str(tmp_path / "loaded"))
    result = runner.invoke(app, ["load", str(tmp_path / "graph.nq"), "--store", target.store])
    assert result.exit_code == 0 and result.output.endswith("quad(s) loaded\n")
    assert quads(target) == quads(example_store)
    missing = runner.invoke(app, ["load", str(tmp_path / "nope.nq"), "--store", target.store])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_issue_10_server_without_a_union_default_graph_is_named_with_its_setting(tmp_path, nlp):
    from .conftest import oxigraph_server

    with oxigraph_server(tmp_path / "db") as base:  # without --union-default-graph
        settings = Settings(store=f"sparql+{base}")
        assert ingest([EXAMPLE_ARTICLES[0]], settings=settings, nlp=nlp).ok
        result = runner.invoke(app, ["query", "run", "unlinked_entities", "--store", settings.store])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "keeps the article graphs out of its default graph" in result.stderr
    assert "oxigraph serve --union-default-graph" in result.stderr


def test_issue_10_answer_cut_short_by_the_server_is_refused(tmp_path, nlp, monkeypatch):
    from .conftest import virtuoso_config, virtuoso_server

    monkeypatch.setenv("KG_CONFIG", str(virtuoso_config(tmp_path)))
    with virtuoso_server(tmp_path, "[SPARQL]\nResultSetMaxRows = 50\n") as base:
        settings = Settings(store=f"sparql+{base}")
        assert ingest([EXAMPLE_ARTICLES[0]], settings=settings, nlp=nlp).ok
        result = runner.invoke(app, ["export", "-f", "nquads", "--store", settings.store])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert result.stderr.endswith("cut its answer at 50 rows; raise the server's limit (Virtuoso: ResultSetMaxRows "
                                  "in the [SPARQL] section of virtuoso.ini)\n")


def test_scale_unreachable_remote_store_is_one_line(monkeypatch):
    from .conftest import _free_port

    result = runner.invoke(app, ["stats", "--store", f"sparql+http://127.0.0.1:{_free_port()}"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach sparql+http://127.0.0.1:") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_scale_query_formats_do_not_depend_on_the_store(fmt, example_store):
    result = runner.invoke(app, ["query", "run", "unlinked_entities", "-f", fmt, "--store", example_store.store])
    assert result.exit_code == 0 and result.stdout.strip()


# A value for every parameter of the stored queries, so that each one has rows on the dev set.
QUERY_VALUES = {"work": "work/paper-crown", "person": "person/alonso-pedro", "director": "person/mongkolsiri-sitisiri",
                "company": "organization/comix-wave-films", "platform": "organization/netflix",
                "entity": "place/south-korea", "text": "an", "from": "2000-01-01", "to": "2030-12-31"}


def test_scale_remote_store_behaves_like_the_embedded_one(sparql_server, dev_store, tmp_path, monkeypatch):
    """Every command over the dev set prints the same bytes from a remote store as from the embedded one."""
    from kg.browse import entity_view
    from kg.query import find_entity, list_queries
    from kg.store import open_store

    monkeypatch.delenv("KG_STORE", raising=False)
    remote, local = ["--store", sparql_server], ["--store", dev_store.store]
    result = runner.invoke(app, ["ingest", *map(str, DEV_ARTICLES), *remote, "--workers", "1"])
    assert result.exit_code == 0, result.output
    commands = [["export", "-f", "nquads"], ["stats", "-f", "csv"], ["explain", "Song Joong-ki"],
                ["sparql", "ASK { ?w a schema:TVSeries }"], ["sparql", "ASK { ?w a schema:Nothing }"],
                ["sparql", "CONSTRUCT { ?w schema:name ?n } WHERE { ?w a schema:TVSeries ; schema:name ?n }"]]
    for query in list_queries(dev_store):
        values = [arg for p in query.parameters for arg in ("-p", f"{p.name}={QUERY_VALUES[p.name]}")]
        commands.append(["query", "run", query.name, *values, "-f", "csv"])
    for command in commands:
        expected = runner.invoke(app, [*command, *local])
        assert expected.exit_code == 0 and expected.stdout.count("\n") > 1 or "ASK" in command[1], expected.output
        assert runner.invoke(app, [*command, *remote]).stdout == expected.stdout, command
    views = []
    for where in (dev_store.store, sparql_server):  # the entity page's reading of the graph, one source a fact
        with open_store(Settings(store=where)) as store:
            iri = find_entity(store, "Song Joong-ki", settings=dev_store)
            views.append(entity_view(store, iri, settings=dev_store, every_source=False))
    assert views[0].facts and views[0] == views[1]
    documents = []
    for name, store in (("seo-local", local), ("seo-remote", remote)):
        assert runner.invoke(app, ["seo", "--all", "--out", str(tmp_path / name), *store]).exit_code == 0
        documents.append({p.name: p.read_bytes() for p in (tmp_path / name).iterdir()})
    assert len(documents[0]) == len(DEV_ARTICLES) and documents[0] == documents[1]
    again = runner.invoke(app, ["ingest", *map(str, DEV_ARTICLES), *remote, "--workers", "1"])
    assert again.stdout.endswith(f"0 article(s) stored, {len(DEV_ARTICLES)} unchanged, 0 refused, 0 unreadable\n")
    removed = runner.invoke(app, ["remove", "article/two-series-disney", *remote])
    assert removed.exit_code == 0, removed.output
    assert "two-series-disney" not in runner.invoke(app, ["export", "-f", "nquads", *remote]).stdout


def test_issue_10_forced_reingest_on_a_remote_store_changes_nothing(sparql_server, nlp):
    settings = Settings(store=sparql_server)
    article = EXAMPLES_DIR / "working-title-original.md"
    ingest([article], settings=settings, nlp=nlp)
    before = quads(settings)
    assert len(ingest([article], settings=settings, nlp=nlp, force=True).stored) == 1
    assert quads(settings) == before


def test_scale_remote_query_whose_comments_name_updates_is_still_a_select(tmp_path):
    """A stored query's comment lines may say "created" or "deleted" (SPARQLWrapper, which reads a query's form from
    its text, kept every other comment line and took such a SELECT for an update): the server answers it."""
    from kg.store import open_store

    from .conftest import oxigraph_server

    query = ("# title: Works and their creators\n# description: Every work someone created, or deleted\n"
             "# param: none\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    with oxigraph_server(tmp_path / "db", "--union-default-graph") as base:
        with open_store(Settings(store=f"sparql+{base}")) as store:
            assert list(store.query(query)) == []
