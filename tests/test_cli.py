from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import EXAMPLES_DIR

runner = CliRunner()


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "store"
    monkeypatch.setenv("KG_STORE", str(path))
    return path


def kg(*args: str):
    return runner.invoke(app, list(args))


def test_cli_end_to_end(store):
    result = kg("ingest", str(EXAMPLES_DIR / "two-series-disney.txt"), "--publisher", "Streaming Roundup")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "https://kg.example.org/article/two-series-disney  10 entities, 18 facts",
        "1 article(s) stored, 0 unchanged, 0 refused, 0 unreadable",
    ]
    result = kg("query", "run", "cast", "-p", "work=work/paper-crown", "--format", "csv")
    assert result.output == ("actor,actorName,character\n"
                             "https://kg.example.org/person/go-min-si,Go Min-si,Lady Hwa\n"
                             "https://kg.example.org/person/do-hyun-lee,Lee Do-hyun,King Sejin\n")
    result = kg("query", "run", "works_by_director", "-p", "director=person/hoon-jang", "-f", "json")
    assert json.loads(result.output)["results"]["bindings"][0]["title"]["value"] == "Blue Signal"
    assert "Blue Signal" in kg("sparql", "SELECT ?n WHERE { ?w a schema:TVSeries ; schema:name ?n }").output
    explained = kg("explain", "Jang Hoon", "-f", "csv")
    assert "directed by Jang Hoon" in explained.output
    assert kg("validate").output.endswith("1 article graph(s), 0 failing\n")
    assert "type TVSeries" in kg("stats").output
    exported = kg("export", "--format", "nquads")
    assert exported.exit_code == 0 and "<https://kg.example.org/article/two-series-disney> ." in exported.output
    assert kg("remove", "https://kg.example.org/article/two-series-disney").exit_code == 0
    assert kg("export", "--format", "nquads").output == ""


def test_cli_reingest_replaces_the_article_graph(store, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text("Night Bloom is a Korean thriller series directed by Kim Ho.")
    kg("ingest", str(article))
    article.write_text("Night Bloom is a Korean thriller series directed by Park Min.")
    kg("ingest", str(article))
    names = kg("sparql", "SELECT ?n WHERE { ?w schema:director/schema:name ?n }", "-f", "csv").output
    assert names == "n\nPark Min\n"


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01\x02binary", "looks binary"),
    (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
    (b"date 2023-13-45 Impossible.", "not a real calendar date"),
])
def test_cli_bad_article_is_reported_and_the_rest_stored(store, tmp_path, content, message):
    good = EXAMPLES_DIR / "renamed-tide-keeper.txt"
    assert kg("ingest", str(good)).exit_code == 0
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    alone = kg("ingest", str(bad))
    assert alone.exit_code == 1 and alone.stderr.count("\n") == 1 and message in alone.stderr
    before = kg("export", "--format", "nquads").output
    assert "two-series-disney" not in before, "a bad article alone changes nothing"
    result = kg("ingest", str(bad), str(EXAMPLES_DIR / "two-series-disney.txt"), str(good))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: ") and message in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout.splitlines() == [
        "unchanged https://kg.example.org/article/renamed-tide-keeper",
        "https://kg.example.org/article/two-series-disney  10 entities, 18 facts",
        "1 article(s) stored, 1 unchanged, 0 refused, 1 unreadable"]
    after = kg("export", "--format", "nquads").output
    assert set(before.splitlines()) < set(after.splitlines())


def test_cli_missing_file(store):
    result = kg("ingest", "no-such-article.txt")
    assert (result.exit_code, result.stderr) == (1, "Error: no-such-article.txt: no such file; check the path\n")


def test_cli_unknown_query_and_bad_parameters(store):
    result = kg("query", "run", "by_author")
    assert result.exit_code == 1 and result.stderr.startswith("Error: no stored query 'by_author'; available: ")
    result = kg("query", "run", "cast")
    assert result.stderr == "Error: query 'cast' needs -p work=VALUE; its parameters: work (IRI)\n"
    result = kg("query", "run", "cast", "-p", "work")
    assert result.stderr == "Error: parameter 'work' is not NAME=VALUE; e.g. -p work=work/parasite\n"
    assert kg("query", "run", "cast", "--format", "xml", "-p", "work=work/x").exit_code == 1


def test_cli_store_path_unwritable(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KG_STORE", str(blocker / "store"))
    result = kg("stats")
    assert result.exit_code == 1 and result.stderr.startswith("Error: no store at ")
    nquads = tmp_path / "a.nq"
    nquads.write_text("<https://x.example/s> <https://x.example/p> <https://x.example/o> <https://x.example/g> .\n")
    result = kg("load", str(nquads))
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot open store at ")


def test_cli_store_locked(store):
    from kg.store import OxigraphStore

    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from kg.store import OxigraphStore; "
                               "s = OxigraphStore(sys.argv[1]); print('ready', flush=True); time.sleep(30)",
                               str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = kg("stats")
        assert result.exit_code == 1 and "in use by another kg process" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert OxigraphStore  # the store opens again once the other process is gone
    assert kg("stats").exit_code == 0


def test_cli_usage_error_exits_2():
    assert kg("ingest").exit_code == 2


def test_cli_help_and_query_do_not_import_spacy(tmp_path):
    from kg.store import OxigraphStore

    OxigraphStore(tmp_path / "s").close()
    code = ("import sys; from typer.testing import CliRunner; from kg.cli import app; "
            "r = CliRunner().invoke(app, sys.argv[1:]); "
            "assert 'spacy' not in sys.modules and 'pyshacl' not in sys.modules, sorted(sys.modules); "
            "print(r.exit_code)")
    for args in (["--help"], ["query", "list"], ["query", "run", "unlinked_entities", "--store",
                                                   str(tmp_path / "s")]):
        result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
        assert result.stdout.strip() == "0", result.stderr


def test_cli_every_command_has_help():
    import typer.main

    command = typer.main.get_command(app)
    names = set(command.commands)
    assert {"ingest", "export", "query", "sparql", "validate", "explain", "remove", "stats"} <= names
    for name in names:
        assert command.commands[name].help, name


def test_public_api_all():
    import kg

    for name in kg.__all__:
        assert getattr(kg, name) is not None
