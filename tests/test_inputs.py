"""The one place input is checked (kg/inputs.py): config, environment, IRIs, JSON, YAML, SPARQL answers."""

from __future__ import annotations

import json
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ConfigError, KgError, LinkError, ReadError
from kg.inputs import (
    check_iri,
    check_web_url,
    load_config,
    load_front_matter,
    load_json,
    parse_config,
    parse_sparql_json,
)
from kg.limits import MAX_JSON_DEPTH
from kg.settings import Settings

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def config_file(tmp_path, monkeypatch, text: str):
    path = tmp_path / "kg.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KG_CONFIG", str(path))
    return path


@pytest.mark.parametrize("text, message", [
    ('[vocabulary.cues]\ndirector = "megaphoned by"\n',
     '[vocabulary.cues] director: should be a list in brackets, e.g. director = ["…"]'),
    ('[vocabulary]\nplatforms = "Watcha"\n', '[vocabulary] platforms: should be a list in brackets'),
    ('[link]\nthreshold = "high"\n', "[link] threshold: should be a number"),
    ('[link]\nretries = 2.5\n', "[link] retries: should be a whole number"),
    ('[link]\nthreshold = 7\n', "[link] threshold: Input should be less than or equal to 1"),
    ('[link]\nendpoint = "javascript:alert(1)"\n', "[link] endpoint: not a usable http(s) URL"),
    ('[link]\ncontakt = "mailto:a@b.c"\n', "[link] has no key 'contakt'"),
    ('[store]\ngraph-store = "data"\n', "[store] has no key 'graph-store'"),
    ('[store]\ngraph_store = "../../etc"\n', "[store] graph_store: should be a path on the server, such as store"),
    ('[vocabulary.cues]\ndirectors = ["helmed by"]\n', "no relation 'directors'"),
    ('[linking]\nretries = 1\n', "has no table [linking]"),
    ('[link\n', "not valid TOML"),
])
def test_inputs_config_wrong_types_and_keys_are_one_line(tmp_path, monkeypatch, text, message):
    path = config_file(tmp_path, monkeypatch, text)
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert message in str(caught.value) and str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_inputs_config_typed_values(tmp_path, monkeypatch):
    config_file(tmp_path, monkeypatch, '[link]\nthreshold = 1\nretries = 0\n[store]\ngraph_store = "data"\n'
                                       '[vocabulary.cues]\ndirector = ["megaphoned by"]\n')
    config = load_config()
    assert (config.link.threshold, config.link.retries, config.store.graph_store) == (1.0, 0, "data")
    assert config.vocabulary.cues == {"director": ["megaphoned by"]}


def test_inputs_config_vocabulary_is_never_read_letter_by_letter():
    from kg.extract.lexicon import Vocabulary

    with pytest.raises(KgError, match="should be a list"):
        Vocabulary.from_config({"cues": {"director": "megaphoned by"}})
    vocabulary = Vocabulary.from_config({"cues": {"director": ["megaphoned by"]}, "studios": ["Studio Flow"]})
    assert vocabulary.cues == (("director", "megaphoned by"),) and vocabulary.organizations == ("Studio Flow",)


TOML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8)
KEYS = st.sampled_from(["link", "store", "vocabulary", "cues", "aliases", "threshold", "retries", "endpoint",
                        "platforms", "director", "graph_store", "contact", "deadline", "x"])


@FAST
@given(st.dictionaries(KEYS, st.dictionaries(KEYS, TOML_VALUES, max_size=4) | TOML_VALUES, max_size=4))
def test_inputs_config_loader_gives_a_config_or_one_line(data):
    try:
        config = parse_config(data)
    except ConfigError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("kg.toml")
    else:
        assert isinstance(config.link.threshold, float) and all(isinstance(p, str) for p in
                                                                config.vocabulary.platforms)


@pytest.mark.parametrize("variable, value, message", [
    ("KG_BASE_IRI", "not an iri", "the base IRI (KG_BASE_IRI) 'not an iri' is not a usable http(s) URL"),
    ("KG_BASE_IRI", "ftp://kg.example.org/", "only http and https URLs"),
    ("KG_BASE_IRI", "https://kg.example.org/?x=1", "has a query or fragment"),
    ("KG_STORE", "sparql+http://[::1", "the store (--store or KG_STORE) 'sparql+http://[::1' is not a usable"),
    ("KG_STORE", "sparql+ftp://host/ds", "only http and https"),
    ("KG_STORE", "http://host/ds", "neither a directory path nor sparql+http(s)://host/dataset"),
    ("KG_STORE", "store\udcff", "not valid Unicode"),
])
def test_inputs_environment_is_refused_up_front(monkeypatch, variable, value, message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.from_env()


@pytest.mark.parametrize("value", ["a:%zz", "http://x y", "\ud800", "http://[::1"])
def test_inputs_iris_are_parsed(value):
    with pytest.raises(KgError, match="the entity"):
        check_iri(value, what="the entity")


@pytest.mark.parametrize("value", ["javascript:alert(1)", "data:text/html,x", "/relative", "https://", "mailto:a@b"])
def test_inputs_only_http_urls(value):
    with pytest.raises(KgError, match="is not a usable http"):
        check_web_url(value, what="url")


def test_inputs_json_nesting_is_bounded():
    assert load_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH, what="x", error=ReadError)
    for depth in (MAX_JSON_DEPTH + 1, 100_000):
        with pytest.raises(ReadError, match="nested more than"):
            load_json("[" * depth + "]" * depth, what="x", error=ReadError)


def test_inputs_yaml_alias_bomb_is_refused_fast():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb = "---\n" + "\n".join(lines) + "\ntitle: x\n---\nBody.\n"
    assert len(bomb) < 1000
    start = time.monotonic()
    with pytest.raises(ReadError, match="aliases expand to more than"):
        load_front_matter(bomb, what="bomb.md", error=ReadError)
    assert time.monotonic() - start < 1.0
    metadata, body = load_front_matter("---\nx: &x [1, 2]\ny: *x\n---\nBody.\n", what="ok.md", error=ReadError)
    assert metadata == {"x": [1, 2], "y": [1, 2]} and body == "Body."


ANSWER = {"head": {"vars": ["item", "name"]}, "results": {"bindings": [
    {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"},
     "name": {"type": "literal", "value": "N", "xml:lang": "en"}}]}}


@pytest.mark.parametrize("answer, problem", [
    ({"head": {}, "results": {"bindings": [{"item": "Q1"}]}}, "results.bindings.0.item"),
    ({"head": {}, "results": {"bindings": [{"item": {"type": "uri", "value": "a:%zz"}}]}}, "row 1"),
    ({"head": {}, "results": {"bindings": [{"name": {"type": "literal", "value": "x"}}]}}, "row 1 lacks ?item"),
    ({"head": {}, "results": {"bindings": {}}}, "results.bindings"),
    ({"head": {}}, "neither results nor a boolean"),
    ([], "malformed"),
])
def test_inputs_sparql_answer_shapes_are_checked(answer, problem):
    with pytest.raises(LinkError, match="malformed SPARQL JSON results") as caught:
        parse_sparql_json(json.dumps(answer), what="endpoint", error=LinkError, required=("item",))
    assert problem in str(caught.value)
    rows = parse_sparql_json(json.dumps(ANSWER), what="endpoint", error=LinkError, required=("item",)).rows
    assert rows[0]["item"].value.endswith("Q1") and rows[0]["name"].language == "en"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10) | st.sampled_from(["uri", "literal", "bnode"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["head", "vars", "results", "bindings", "type", "value", "xml:lang", "datatype", "item",
                         "boolean"]), children, max_size=4),
    max_leaves=12)


@FAST
@given(JSON_VALUES)
def test_inputs_sparql_answer_parser_gives_rows_or_one_line(answer):
    try:
        parsed = parse_sparql_json(json.dumps(answer), what="endpoint", error=LinkError, required=("item",))
    except LinkError as exc:
        assert "\n" not in str(exc)
    else:
        assert parsed.boolean is not None or all("item" in row for row in parsed.rows)
