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
    assert quads(by_files) == quads(by_folder)
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


def test_scale_remote_store_behaves_like_the_embedded_one(sparql_server, example_store, monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    remote = ["--store", sparql_server]
    local = ["--store", example_store.store]
    result = runner.invoke(app, ["ingest", *map(str, EXAMPLE_ARTICLES), *remote, "--workers", "1"])
    assert result.exit_code == 0, result.output
    for command in (["query", "run", "cast", "-p", "work=work/paper-crown", "-f", "csv"],
                    ["query", "run", "filmography", "-p", "person=person/amane-hinata", "-f", "json"],
                    ["query", "run", "releases_on_platform", "-p", "platform=organization/disney",
                     "-p", "from=2024-04-01", "-p", "to=2024-04-30", "-f", "csv"],
                    ["sparql", "ASK { ?w a schema:TVSeries }"],
                    ["sparql", "CONSTRUCT { ?w schema:name ?n } WHERE { ?w a schema:TVSeries ; schema:name ?n }"],
                    ["export", "-f", "nquads"],
                    ["seo", "https://kg.example.org/article/two-series-disney"]):
        assert runner.invoke(app, [*command, *remote]).stdout == runner.invoke(app, [*command, *local]).stdout
    stats = runner.invoke(app, ["stats", "-f", "csv", *remote]).stdout
    assert stats == runner.invoke(app, ["stats", "-f", "csv", *local]).stdout
    again = runner.invoke(app, ["ingest", *map(str, EXAMPLE_ARTICLES), *remote, "--workers", "1"])
    assert again.stdout.endswith("0 article(s) stored, 6 unchanged, 0 refused, 0 unreadable\n")
    assert runner.invoke(app, ["remove", "article/two-series-disney", *remote]).exit_code == 0
    assert "two-series-disney" not in runner.invoke(app, ["export", "-f", "nquads", *remote]).stdout


def test_scale_unreachable_remote_store_is_one_line(monkeypatch):
    from .conftest import _free_port

    result = runner.invoke(app, ["stats", "--store", f"sparql+http://127.0.0.1:{_free_port()}"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach sparql+http://127.0.0.1:") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_scale_query_formats_do_not_depend_on_the_store(fmt, example_store):
    result = runner.invoke(app, ["query", "run", "unlinked_entities", "-f", fmt, "--store", example_store.store])
    assert result.exit_code == 0 and result.stdout.strip()
