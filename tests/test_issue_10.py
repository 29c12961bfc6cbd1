"""Issue 10: nothing lost, nothing hangs, no traceback. One test per data-loss case, and the hostile inputs
of the probe, each ending in a result or one `Error:` line, with the store as it was."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import DiskFullError, Interrupted, ParameterError, ReadError, StoreError, is_disk_full
from kg.pipeline import ingest, load_nquads
from kg.query import load_query, run_query
from kg.read import source_key
from kg.settings import Settings
from kg.store import OxigraphStore, open_store

from .conftest import DEV_ARTICLES

runner = CliRunner()
BASE = "https://kg.example.org/"
DIRECTED = "{title} is a Korean thriller series directed by {director}."


def article(path: Path, title: str = "Night Bloom", director: str = "Kim Ho") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DIRECTED.format(title=title, director=director), encoding="utf-8")
    return path


def dump(settings: Settings) -> bytes:
    with open_store(settings) as store:
        return store.export("nquads")


def directors(settings: Settings) -> list[str]:
    with open_store(settings) as store:
        return sorted(r["n"].value for r in store.query("SELECT ?n WHERE { ?w schema:director/schema:name ?n }"))


# --- nothing lost --------------------------------------------------------------------------------------------

def test_issue_10_same_file_name_in_two_folders_is_refused_by_name(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    first = article(tmp_path / "a" / "news.txt")
    second = article(tmp_path / "b" / "news.txt", "Day Bloom", "Park Min")
    other = article(tmp_path / "other.txt", "Sun Bloom", "Lee Jin")
    report = ingest([first, second, other], settings=settings, nlp=nlp)
    assert [a.source for a in report.stored] == [str(other)]
    assert sorted(a.source for a in report.refused) == [str(first), str(second)]
    assert all(f"{first} and {second} would share this IRI" in a.refused for a in report.refused)
    assert not report.ok and directors(settings) == ["Lee Jin"]


def test_issue_10_same_content_twice_is_stored_once(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    path = article(tmp_path / "news.txt")
    report = ingest([path, str(path)], settings=settings, nlp=nlp)
    assert len(report.stored) == 1 and report.ok


# An earlier run's article under the same IRI: the same input (same file, same url) replaces it, another
# file of that name is refused by name.
STORY = "date 2024-05-02 {sentence}\n\nThe studio has not yet said when the trailer will arrive."


def story(path: Path, sentence: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(STORY.format(sentence=sentence), encoding="utf-8")
    return path


def test_issue_10_same_file_name_in_a_later_run_is_refused_by_name(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    monkeypatch.chdir(tmp_path)
    story(tmp_path / "a" / "story.txt", "Paper Lanterns is a Japanese drama film directed by Sato Rin.")
    story(tmp_path / "b" / "story.txt", "Salt Harbour is a Korean mystery series directed by Han Bora.")
    assert runner.invoke(app, ["ingest", "a/story.txt"]).exit_code == 0
    settings = Settings(store=str(tmp_path / "store"))
    before = dump(settings)
    result = runner.invoke(app, ["ingest", "b/story.txt"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: refused {BASE}article/story: b/story.txt would replace \"Paper Lanterns is a Japanese drama film "
        "directed by Sato Rin\", read from another file of that name; give it its own url (in the record, the "
        "front matter or --url) or its own file name, or --replace to store it instead\n")
    assert result.stdout.endswith("0 article(s) stored, 0 unchanged, 1 refused, 0 unreadable\n")
    assert dump(settings) == before
    replaced = runner.invoke(app, ["ingest", "b/story.txt", "--replace"])
    assert replaced.exit_code == 0 and directors(settings) == ["Han Bora"]
    assert runner.invoke(app, ["ingest", "a/story.txt"]).exit_code == 1, "b/story.txt holds the IRI now"


def test_issue_10_a_graph_stored_without_a_source_key_is_not_silently_replaced(tmp_path, nlp):
    """A graph kept no source key (stored by a kg before keys, or read from a url): whatever file of its name
    comes next is not known to be its own, so it is refused until --replace says so."""
    settings = Settings(store=str(tmp_path / "store"))
    first = story(tmp_path / "a" / "story.txt", "Paper Lanterns is a Japanese drama film directed by Sato Rin.")
    assert ingest([first], settings=settings, nlp=nlp).ok
    with open_store(settings) as store:
        store.update("PREFIX kg: <https://kg.example.org/ns#> DELETE WHERE { GRAPH ?g { ?g kg:sourceKey ?k } }")
    before = dump(settings)
    second = story(tmp_path / "b" / "story.txt", "Salt Harbour is a Korean mystery series directed by Han Bora.")
    report = ingest([second], settings=settings, nlp=nlp)
    assert len(report.refused) == 1 and "stored by an earlier kg" in report.refused[0].refused
    assert dump(settings) == before
    assert ingest([second], settings=settings, nlp=nlp, replace_others=True).ok
    assert directors(settings) == ["Han Bora"]


def test_issue_10_edited_file_replaces_its_own_graph_in_a_later_run(tmp_path, nlp, monkeypatch):
    settings = Settings(store=str(tmp_path / "store"))
    path = story(tmp_path / "a" / "story.txt", "Paper Lanterns is a Japanese drama film directed by Sato Rin.")
    assert ingest([path], settings=settings, nlp=nlp).ok
    story(path, "Paper Lanterns is a Japanese drama film directed by Mori Kaede.")
    monkeypatch.chdir(tmp_path / "a")  # the same file, named from elsewhere
    report = ingest(["story.txt"], settings=settings, nlp=nlp)
    assert (len(report.stored), len(report.refused)) == (1, 0) and directors(settings) == ["Mori Kaede"]
    forced = ingest([path], settings=settings, nlp=nlp, force=True)
    assert (len(forced.stored), len(forced.refused)) == (1, 0) and directors(settings) == ["Mori Kaede"]


def test_issue_10_a_copy_of_the_stored_article_elsewhere_is_unchanged_not_refused(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    sentence = "Paper Lanterns is a Japanese drama film directed by Sato Rin."
    assert ingest([story(tmp_path / "a" / "story.txt", sentence)], settings=settings, nlp=nlp).ok
    report = ingest([story(tmp_path / "copy" / "story.txt", sentence)], settings=settings, nlp=nlp)
    assert report.ok and len(report.unchanged) == 1


def test_issue_10_records_of_one_url_are_one_article_across_runs(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    url = "https://news.example.com/2024/05/salt-harbour"
    for folder, director in (("monday", "Han Bora"), ("tuesday", "Yoon Seo")):
        feed = tmp_path / folder / "feed.jsonl"
        feed.parent.mkdir()
        feed.write_text(json.dumps({"url": url, "body": f"Salt Harbour is a Korean mystery series directed by "
                                                        f"{director}. Filming wrapped in March."}) + "\n")
        report = ingest([feed], settings=settings, nlp=nlp)
        assert (len(report.stored), len(report.refused)) == (1, 0)
    assert directors(settings) == ["Yoon Seo"]
    with open_store(settings) as store:
        assert store.source_keys(store.article_graphs()) == {}, "a url is the article's identity"


def test_issue_10_records_without_a_url_keep_their_file_apart(tmp_path, nlp):
    settings = Settings(store=str(tmp_path / "store"))
    for folder, director in (("monday", "Han Bora"), ("tuesday", "Yoon Seo")):
        feed = tmp_path / folder / "feed.jsonl"
        feed.parent.mkdir()
        feed.write_text(json.dumps({"body": f"Salt Harbour is a Korean mystery series directed by {director}."}))
        report = ingest([feed], settings=settings, nlp=nlp)
    assert [a.source for a in report.refused] == [f"{tmp_path}/tuesday/feed.jsonl:1"]
    assert directors(settings) == ["Han Bora"]


def test_issue_10_source_keys_in_one_query_on_the_embedded_store(tmp_path, nlp):
    _source_keys_keep_files_apart(Settings(store=str(tmp_path / "store")), tmp_path, nlp)


def test_issue_10_source_keys_in_one_query_on_a_remote_store(sparql_server, tmp_path, nlp):
    _source_keys_keep_files_apart(Settings(store=sparql_server), tmp_path, nlp)


def _source_keys_keep_files_apart(settings: Settings, tmp_path: Path, nlp) -> None:
    first = story(tmp_path / "a" / "story.txt", "Paper Lanterns is a Japanese drama film directed by Sato Rin.")
    second = story(tmp_path / "b" / "story.txt", "Salt Harbour is a Korean mystery series directed by Han Bora.")
    assert ingest([first], settings=settings, nlp=nlp).ok
    report = ingest([second], settings=settings, nlp=nlp)
    assert [a.source for a in report.refused] == [str(second)] and directors(settings) == ["Sato Rin"]
    iri = f"{BASE}article/story"
    with open_store(settings) as store:
        assert store.source_keys([iri, f"{BASE}article/none"]) == {
            iri: (source_key(str(first)), "Paper Lanterns is a Japanese drama film directed by Sato Rin")}
    assert ingest([second], settings=settings, nlp=nlp, replace_others=True).ok
    assert directors(settings) == ["Han Bora"]


def test_issue_10_one_url_for_several_files_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    files = [str(article(tmp_path / "a.txt")), str(article(tmp_path / "b.txt", "Day Bloom"))]
    result = runner.invoke(app, ["ingest", *files, "--url", "https://example.com/x"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: --url names one article, but 2 were read ({files[0]}, {files[1]}, …); "
                             "give --url with one file\n")
    assert not (tmp_path / "store").exists()


def test_issue_10_load_replaces_each_article_graph_it_carries(tmp_path, nlp):
    exports = []
    for name, director in (("old", "Kim Ho"), ("new", "Park Min")):
        settings = Settings(store=str(tmp_path / name))
        ingest([article(tmp_path / name / "in" / "news.txt", director=director)], settings=settings, nlp=nlp)
        (tmp_path / f"{name}.nq").write_bytes(dump(settings))
        exports.append(tmp_path / f"{name}.nq")
    target = Settings(store=str(tmp_path / "target"))
    keep = OxigraphStore(target.store)
    keep.replace_graphs({BASE + "article/other": f'<{BASE}person/x> <https://schema.org/name> "X" .'})
    keep.close()
    for export in exports:
        load_nquads(export, settings=target)
    assert directors(target) == ["Park Min"]
    with open_store(target) as store:
        assert len(store.content_hashes()) == 1 and store.has_graph(BASE + "article/other")
    broken = tmp_path / "broken.nq"
    broken.write_text(exports[0].read_text() + "<not a quad\n")
    before = dump(target)
    with pytest.raises(ReadError, match="broken.nq: not N-Quads"):
        load_nquads(broken, settings=target)
    assert dump(target) == before


RDF, PROV, KG, XSD = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/ns/prov#",
                      "https://kg.example.org/ns#", "http://www.w3.org/2001/XMLSchema#")


def article_quads(name: str, version: str = "old", people: int = 3) -> str:
    """An article's graph as N-Quads, without extraction: its type, its work and `people` credited actors
    (each credit with the statement it was read from), every name marked with the version, so that a test can
    tell which version a graph holds."""
    graph, work = f"<{BASE}article/{name}>", f"<{BASE}work/{name}>"
    triples = [(graph, f"<{RDF_TYPE}>", f"<{SCHEMA}NewsArticle>"), (graph, f"<{SCHEMA}about>", work),
               (work, f"<{SCHEMA}name>", f'"{name} {version}"')]
    for n in range(people):
        person, fact = f"<{BASE}person/{name}-{n}>", f"<{BASE}article/{name}#fact-{n}>"
        triples += [(work, f"<{SCHEMA}actor>", person), (person, f"<{SCHEMA}name>", f'"{name} {n} {version}"'),
                    (fact, f"<{RDF}type>", f"<{RDF}Statement>"), (fact, f"<{RDF}subject>", work),
                    (fact, f"<{RDF}predicate>", f"<{SCHEMA}actor>"), (fact, f"<{RDF}object>", person),
                    (fact, f"<{PROV}wasDerivedFrom>", graph), (fact, f"<{KG}sentence>", f'"{name} stars {n}."'),
                    (fact, f"<{KG}rule>", '"cast:starring"'), (fact, f"<{KG}confidence>", f'"0.9"^^<{XSD}decimal>')]
    return "".join(f"{s} {p} {o} {graph} .\n" for s, p, o in triples)


def versions(settings: Settings) -> dict[str, str]:
    """Each article graph's version, read from its work's name."""
    with open_store(settings) as store:
        rows = store.query("SELECT ?g ?n WHERE { GRAPH ?g { ?g schema:about ?w . ?w schema:name ?n } }")
        return {row["g"].value.removeprefix(f"{BASE}article/"): row["n"].value.rsplit(" ", 1)[1] for row in rows}


@pytest.fixture
def old_store(tmp_path) -> Settings:
    """Articles a, b and c in their old versions, loaded from N-Quads (no extraction needed)."""
    settings = Settings(store=str(tmp_path / "store"))
    path = tmp_path / "old.nq"
    path.write_text("".join(article_quads(name) for name in "abc"))
    load_nquads(path, settings=settings)
    return settings


@pytest.mark.parametrize("failure, error, message", [
    (StoreError("store update failed: no"), StoreError,
     r"^store update failed: no \(1 of 4 graph\(s\) were loaded, each whole, and the others are as they were\)$"),
    (DiskFullError("cannot write the store at S"), DiskFullError,
     r"^cannot write the store at S: the disk is full \(or a file-size limit was hit\); free space and run the "
     r"same command again: 1 of 4 graph\(s\) were loaded, each whole, and the others are as they were$"),
    (KeyboardInterrupt(), Interrupted,
     r"^interrupted: 1 of 4 graph\(s\) were loaded, each whole, and the others are as they were; run the same "
     r"command again to finish$"),
])
def test_issue_10_load_stopped_between_batches_leaves_whole_graphs(old_store, tmp_path, monkeypatch, failure,
                                                                    error, message):
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "LOAD_BATCH_QUADS", 10)  # one article (23 quads or more) a batch
    batches = []
    load_graphs = OxigraphStore.load_graphs

    def second_batch_fails(store, nquads, graphs, **kwargs):
        batches.append(sorted(graphs))
        if len(batches) == 2:
            raise failure
        load_graphs(store, nquads, graphs, **kwargs)

    monkeypatch.setattr(OxigraphStore, "load_graphs", second_batch_fails)
    path = tmp_path / "new.nq"
    path.write_text("".join(article_quads(name, "new", people=4 if name == "b" else 2) for name in "abdc"))
    with pytest.raises(error, match=message):
        load_nquads(path, settings=old_store)
    assert batches == [[f"{BASE}article/a"], [f"{BASE}article/b"]]
    assert versions(old_store) == {"a": "new", "b": "old", "c": "old"}
    with open_store(old_store) as store:  # a graph is its old or its new version, never a mix of the two
        assert len(store.quads(f"{BASE}article/a")) == len(article_quads("a", people=2).splitlines())
        assert len(store.quads(f"{BASE}article/b")) == len(article_quads("b").splitlines())
    monkeypatch.setattr(OxigraphStore, "load_graphs", load_graphs)
    load_nquads(path, settings=old_store)  # the same command again finishes the load
    assert versions(old_store) == {"a": "new", "b": "new", "c": "new", "d": "new"}


def test_issue_10_load_reads_each_file_once(old_store, tmp_path, monkeypatch):
    parts = tmp_path / "out"
    parts.mkdir()
    for name in "abd":
        (parts / f"part-{name}.nq").write_text(article_quads(name, "new"))
    reads: list[str] = []
    path_open, parse, bulk_load = Path.open, ox.parse, OxigraphStore.bulk_load

    def counted_open(self, *args, **kwargs):
        reads.append(self.name)
        return path_open(self, *args, **kwargs)

    def counted_parse(*args, **kwargs):
        if kwargs.get("path"):
            reads.append(Path(kwargs["path"]).name)
        return parse(*args, **kwargs)

    def counted_bulk_load(store, data, **kwargs):
        reads.append(Path(data).name)
        return bulk_load(store, data, **kwargs)

    monkeypatch.setattr(Path, "open", counted_open)
    monkeypatch.setattr(ox, "parse", counted_parse)
    monkeypatch.setattr(OxigraphStore, "bulk_load", counted_bulk_load)
    assert load_nquads(parts, settings=old_store) == 3 * len(article_quads("a").splitlines())
    assert sorted(name for name in reads if name.startswith("part-")) == ["part-a.nq", "part-b.nq", "part-d.nq"]
    assert versions(old_store) == {"a": "new", "b": "new", "c": "old", "d": "new"}


def test_issue_10_load_of_a_malformed_folder_changes_nothing(old_store, tmp_path):
    parts = tmp_path / "out"
    parts.mkdir()
    (parts / "part-1.nq").write_text(article_quads("a", "new"))
    (parts / "part-2.nq").write_text(article_quads("b", "new") + "<not a quad\n")
    (parts / "part-3.nq").write_text(article_quads("c", "new"))
    before = dump(old_store)
    with pytest.raises(ReadError, match=r"part-2.nq: not N-Quads \(.*\); nothing was loaded$"):
        load_nquads(parts, settings=old_store)
    (parts / "part-2.nq").write_text(article_quads("b", "new") + f'<{BASE}x> <{BASE}p> "outside any graph" .\n')
    with pytest.raises(ReadError, match=r"part-2.nq: a quad outside any named graph \(.*\); kg keeps every "):
        load_nquads(parts, settings=old_store)
    assert dump(old_store) == before
    with pytest.raises(ReadError):
        load_nquads(parts, settings=Settings(store=str(tmp_path / "new-store")))
    assert not (tmp_path / "new-store").exists()


def test_issue_10_load_holds_a_bounded_number_of_quads(old_store, tmp_path, monkeypatch):
    """Past LOAD_HELD_QUADS the quads read wait in a temporary file; the graphs come out whole all the same,
    however their quads were spread over the files."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "LOAD_HELD_QUADS", 5)
    monkeypatch.setattr(kg.pipeline, "LOAD_BATCH_QUADS", 20)
    lines = [line for name in "abde" for line in article_quads(name, "new").splitlines(keepends=True)]
    path = tmp_path / "shuffled.nq"
    path.write_text("".join(lines[::2] + lines[1::2]))  # each graph's quads in two distant runs
    assert load_nquads(path, settings=old_store) == len(lines)
    expected = Settings(store=str(tmp_path / "expected"))
    (tmp_path / "sorted.nq").write_text("".join(lines))
    load_nquads(tmp_path / "old.nq", settings=expected)
    load_nquads(tmp_path / "sorted.nq", settings=expected)
    assert dump(old_store) == dump(expected)
    assert versions(old_store) == {"a": "new", "b": "new", "c": "old", "d": "new", "e": "new"}


def test_issue_10_load_withholds_rejected_facts_per_batch(old_store, tmp_path, monkeypatch):
    import kg.pipeline
    from kg.corrections import reject_fact

    monkeypatch.setattr(kg.pipeline, "LOAD_BATCH_QUADS", 10)
    actor = ox.Triple(ox.NamedNode(f"{BASE}work/b"), ox.NamedNode(f"{SCHEMA}actor"), ox.NamedNode(f"{BASE}person/b-1"))
    with open_store(old_store) as store:
        reject_fact(store, actor, by="alice", settings=old_store)
    (tmp_path / "new.nq").write_text("".join(article_quads(name, "new") for name in "abd"))
    load_nquads(tmp_path / "new.nq", settings=old_store)  # b, in the second batch, states the fact again
    assert versions(old_store) == {"a": "new", "b": "new", "c": "old", "d": "new"}
    with open_store(old_store) as store:
        assert not store.query(f"ASK {{ {actor.subject} {actor.predicate} {actor.object} }}")
        assert store.query(f"ASK {{ {actor.subject} {actor.predicate} <{BASE}person/b-2> }}")


# A full disk, for real and without root: kg runs with a file-size limit that lets Oxigraph open the store (it
# writes a 67 kB options file and its info log) but not write the log record of the first transaction.
FILE_SIZE_LIMIT = 200_000


def _file_size_limited():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


@pytest.mark.parametrize("command", ["load", "ingest"])
def test_issue_10_full_disk_stores_nothing_and_says_so(old_store, tmp_path, command):
    if command == "load":
        (tmp_path / "new.nq").write_text("".join(article_quads(f"n{n}", "new", people=200) for n in range(8))
                                         + article_quads("a", "new"))
        args = ["load", str(tmp_path / "new.nq")]
    else:
        args = ["ingest", "--workers", "1", *(str(article(tmp_path / "in" / f"{n}.txt", f"Bloom {n}",
                                                          f"Director Number{n}")) for n in range(12))]
    before = dump(old_store)
    done = subprocess.run([sys.executable, "-m", "kg.cli", *args, "--store", old_store.store], capture_output=True,
                          text=True, preexec_fn=_file_size_limited, timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stderr == (f"Error: cannot write the store at {old_store.store}: the disk is full (or a file-size "
                           "limit was hit); free space and run the same command again: nothing was stored\n")
    assert dump(old_store) == before


def test_issue_10_full_disk_message_names_what_was_stored():
    exc = OSError("IO error: While appending to file: store/000031.log: No space left on device")
    assert is_disk_full(exc) and is_disk_full(OSError(errno.EDQUOT, "quota")) and not is_disk_full(OSError("lock"))
    assert str(DiskFullError("cannot write the store at s", stored="2 of 3 article(s) to extract were stored")) == (
        "cannot write the store at s: the disk is full (or a file-size limit was hit); free space and run the same "
        "command again: 2 of 3 article(s) to extract were stored")


def test_issue_10_batch_keeps_its_good_articles(tmp_path, nlp, monkeypatch):
    """A paragraph beyond what spaCy accepts, deep JSON, a bad URL: reported, and the good articles stored."""
    import kg.read

    monkeypatch.setattr(kg.read, "MAX_PARAGRAPH_CHARS", 400)
    monkeypatch.setattr(nlp, "max_length", 1_000)
    settings = Settings(store=str(tmp_path / "store"))
    long = tmp_path / "long.txt"
    long.write_text(" ".join([DIRECTED.format(title="Night Bloom", director="Kim Ho")] * 40))
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(['{"url": "https://example.com/1", "body": "Day Bloom is a Korean series '
                                  'directed by Park Min."}', "[" * 50_000 + "]" * 50_000,
                                  '{"url": "http://[::1", "body": "x"}']))
    report = ingest([long, records], settings=settings, nlp=nlp)
    assert len(report.stored) == 2 and len(report.unreadable) == 2
    assert directors(settings) == ["Kim Ho", "Park Min"]


def test_issue_10_interrupt_says_what_was_stored(tmp_path, nlp, monkeypatch):
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "CHUNK_SIZE", 1)
    settings = Settings(store=str(tmp_path / "store"))
    files = [article(tmp_path / f"{n}.txt", f"Bloom {n}", f"Director Number{n}") for n in "abc"]

    def stop_after_the_first(report, done, total):
        raise KeyboardInterrupt

    with pytest.raises(Interrupted, match=r"^interrupted: 1 of 3 article\(s\) to extract were stored; run the "):
        ingest(files, settings=settings, nlp=nlp, progress=stop_after_the_first)
    with open_store(settings) as store:
        assert len(store.article_graphs()) == 1


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads worker processes from /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_issue_10_workers_end_with_their_parent(tmp_path, sig):
    kg = Path(sys.executable).parent / "kg"
    articles = tmp_path / "articles"  # enough work that the signal always comes while it is going on
    articles.mkdir()
    for copy in range(10):
        for path in DEV_ARTICLES:
            (articles / f"{copy}-{path.name}").write_bytes(path.read_bytes())
    # as a terminal starts it: a test run started in the background inherits an ignored SIGINT, which kg keeps
    process = subprocess.Popen([str(kg), "ingest", str(articles), "--workers", "2", "--store",
                                str(tmp_path / "store")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) >= 2, "kg ingest --workers 2 started its workers"
        time.sleep(1.0)
        os.kill(process.pid, sig)
        _, stderr = process.communicate(timeout=30)
        deadline = time.monotonic() + 10
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(workers), "no worker outlives kg ingest"
        if sig == signal.SIGINT:
            assert process.returncode == 130 and "Traceback" not in stderr
            assert stderr.startswith("Error: interrupted") and stderr.count("\n") == 1, stderr
    finally:
        process.kill()
        process.wait()


# --- one line and the store as it was ------------------------------------------------------------------------

RDF_TYPE, SCHEMA, XSD_DATE = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://schema.org/",
                              "http://www.w3.org/2001/XMLSchema#date")
SMALL_GRAPH = "".join(f"{s} {p} {o} <{BASE}article/a> .\n" for s, p, o in [
    (f"<{BASE}article/a>", f"<{RDF_TYPE}>", f"<{SCHEMA}NewsArticle>"),
    (f"<{BASE}article/a>", f"<{SCHEMA}about>", f"<{BASE}work/w>"),
    (f"<{BASE}work/w>", f"<{RDF_TYPE}>", f"<{SCHEMA}TVSeries>"),
    (f"<{BASE}work/w>", f"<{SCHEMA}name>", '"Night Bloom"'),
    (f"<{BASE}work/w>", f"<{SCHEMA}releasedEvent>", f"<{BASE}work/w/release>"),
    (f"<{BASE}work/w/release>", f"<{SCHEMA}startDate>", f'"2024-02-01"^^<{XSD_DATE}>'),
    (f"<{BASE}work/w/release>", f"<{SCHEMA}publishedBy>", f"<{BASE}organization/netflix>"),
])


@pytest.fixture
def small_store(tmp_path, monkeypatch):
    """A store loaded from N-Quads (no extraction needed), named by KG_STORE."""
    path = tmp_path / "graph.nq"
    path.write_text(SMALL_GRAPH)
    settings = Settings(store=str(tmp_path / "store"))
    load_nquads(path, settings=settings)
    monkeypatch.setenv("KG_STORE", settings.store)
    monkeypatch.chdir(tmp_path)
    return settings


@pytest.mark.parametrize("args, message", [
    (["export", "-o", "/tmp"], "Error: cannot write /tmp: Is a directory; choose another -o path"),
    (["export", "-o", "/proc/kg-export"], "Error: cannot write /proc/kg-export: No such file or directory"),
    (["export", "-o", "/dev/full"], "Error: cannot write /dev/full: No space left on device"),
    (["seo", "article/a", "-o", "/dev/full"], "Error: cannot write /dev/full: No space left on device"),
    (["seo", "--all", "--out", "/proc/kg-seo"], "Error: cannot write to /proc/kg-seo: No such file or directory"),
    (["query", "run", "cast", "-p", "work=a:%zz"], "Error: parameter 'work' of 'cast' 'a:%zz' is not an IRI"),
    (["query", "run", "cast", "-p", "work=\udcff"], "Error: parameter 'work' of 'cast' has a character that is"),
    (["link", "accept", "a:%zz", "Q1"], "Error: the entity 'a:%zz' is not an IRI"),
    (["explain", "person/nobody"], "Error: no entity https://kg.example.org/person/nobody in the store"),
    (["explain", "\udcff"], "Error: the entity name has a character that is not valid Unicode"),
    (["sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"], "Error: the query calls SERVICE"),
    (["sparql", "INSERT DATA { <http://a.example/> <http://a.example/> 1 }"], "Error: kg sparql runs queries, not"),
    (["sparql", "DROP ALL"], "Error: kg sparql runs queries, not updates"),
    (["link", "--types", "Moive", "--offline"], "Error: unknown type 'Moive' for --types; use some of: Person"),
    (["link", "--endpoint", "javascript:alert(1)"], "Error: the Wikidata endpoint 'javascript:alert(1)' is not"),
    (["ingest", "empty"], "Error: nothing to ingest: no article files in empty"),
    (["ingest", "no-match-*.txt"], "Error: nothing to ingest: no article files in no-match-*.txt"),
    (["seo", "check", "list.json"], "Error: list.json: a JSON-LD document is an object"),
    (["stats", "--store", "mistyped"], "Error: no store at mistyped; check --store or KG_STORE"),
])
def test_issue_10_hostile_commands_end_in_one_line(small_store, tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "list.json").write_text("[1, 2]")
    before = dump(small_store)
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1, result.stderr
    assert dump(small_store) == before
    assert not (tmp_path / "mistyped").exists()


@pytest.mark.parametrize("variable, value", [("KG_BASE_IRI", "not an iri"), ("KG_STORE", "sparql+http://[::1")])
def test_issue_10_unusable_environment_is_refused_up_front(small_store, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    for args in (["stats"], ["ingest", "nothing.txt"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1 and result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"Error: the {'base IRI' if variable == 'KG_BASE_IRI' else 'store'}")


def test_issue_10_explain_of_an_unknown_entity_exits_1(small_store):
    assert runner.invoke(app, ["explain", "Nobody At All"]).exit_code == 1
    assert runner.invoke(app, ["explain", "Night Bloom"]).exit_code == 0


def test_issue_10_date_parameters_compare_as_dates(small_store):
    rows = []
    for day in ("2024-02-01", "20240201"):
        result = runner.invoke(app, ["query", "run", "releases_on_platform", "-p", "platform=organization/netflix",
                                     "-p", f"from={day}", "-p", f"to={day}", "-f", "csv"])
        rows.append(result.stdout)
    assert rows[0] == rows[1] and "Night Bloom" in rows[0]


@pytest.fixture(scope="module")
def memory_store():
    """The small graph in an in-memory Oxigraph store, for the many examples of a property test."""
    store = OxigraphStore(None)
    store.bulk_load(SMALL_GRAPH.encode(), format="nquads")
    return store


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(["cast", "releases_on_platform", "find_entity", "filmography"]),
       value=st.one_of(st.text(max_size=30), st.from_regex(r"[a-z]{1,5}:[%a-z0-9/]{0,10}", fullmatch=True),
                       st.from_regex(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}", fullmatch=True)))
def test_issue_10_query_parameters_give_rows_or_one_line(memory_store, name, value):
    before = memory_store.export("nquads")
    settings = Settings()
    query = load_query(name, settings)
    values = {p.name: value for p in query.parameters}
    try:
        result = run_query(memory_store, query, values, settings=settings)
    except ParameterError as exc:
        assert "\n" not in str(exc)
    else:
        assert all(len(row) == len(result.columns) for row in result.rows)
    assert memory_store.export("nquads") == before


def test_issue_10_remote_store_answers_are_checked_and_updates_refused(sparql_server, monkeypatch):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class WrongShapes(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "uri"}}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), WrongShapes)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = runner.invoke(app, ["stats", "--store", f"sparql+http://127.0.0.1:{server.server_address[1]}"])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "sent malformed SPARQL JSON results (results.bindings.0.n.value: Field required)" in result.stderr
    before = runner.invoke(app, ["export", "-f", "nquads", "--store", sparql_server]).stdout
    for update in ("DROP ALL", "INSERT DATA { <http://a.example/> <http://a.example/> 1 }"):
        result = runner.invoke(app, ["sparql", update, "--store", sparql_server])
        assert result.exit_code == 1 and result.stderr.startswith("Error: kg sparql runs queries, not updates")
    assert runner.invoke(app, ["export", "-f", "nquads", "--store", sparql_server]).stdout == before
