"""Stored SPARQL queries: load them by name, bind their parameters as RDF terms, run them.

A stored query is `kg/queries/NAME.rq`, opening with comment lines:

    # title: Cast of a work
    # description: Actors of a work, with the characters they play.
    # param: ?work IRI  the work (an IRI, or a path under the base IRI such as work/parasite)

Parameter values are turned into typed RDF terms (whose serialization
escapes them) and bound by a `VALUES` block opening the query's WHERE group,
which every SPARQL 1.1 engine supports and which the group's FILTERs see; a
value is never pasted into the query's own text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from kg.errors import ParameterError, QueryError
from kg.inputs import blank_comment_lines, check_text
from kg.settings import Settings

_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^\?(?P<name>\w+)\s+(?P<kind>IRI|string|date|integer)(?P<optional>\s+optional)?\s*(?P<doc>.*)$")
XSD = "http://www.w3.org/2001/XMLSchema#"
RESULT_FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str


@dataclass(frozen=True)
class QueryResult:
    """SELECT results as text cells, or a boolean for ASK, or RDF for CONSTRUCT."""

    columns: tuple[str, ...] = ()
    rows: tuple[tuple[object, ...], ...] = ()   # pyoxigraph terms, None where unbound
    boolean: bool | None = None
    graph: bytes | None = None

    def text_rows(self) -> list[list[str]]:
        return [[_cell(term) for term in row] for row in self.rows]


def list_queries(settings: Settings) -> list[StoredQuery]:
    return [load_query(p.stem, settings) for p in sorted(settings.queries_dir.glob("*.rq"))]


def load_query(name: str, settings: Settings) -> StoredQuery:
    """The stored query `name`, read from `kg/queries/NAME.rq`."""
    path = settings.queries_dir / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        available = ", ".join(p.stem for p in sorted(settings.queries_dir.glob("*.rq")))
        raise QueryError(f"no stored query {name!r}; available: {available}")
    return parse_query_file(path)


def parse_query_file(path: Path) -> StoredQuery:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {"title": path.stem, "description": ""}
    parameters: list[Parameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key != "param":
            header[key] = value.strip()
            continue
        p = _PARAM.match(value.strip())
        if not p:
            raise QueryError(f"{path}: malformed parameter line {line!r}; "
                             "write '# param: ?name IRI|string|date|integer doc'")
        parameters.append(Parameter(p["name"], p["kind"], bool(p["optional"]), p["doc"].strip()))
    return StoredQuery(path.stem, header["title"], header["description"], tuple(parameters), text)


def bind_parameters(query: StoredQuery, values: dict[str, str], settings: Settings) -> dict[str, object]:
    """Typed RDF terms for the given values; missing, unknown or malformed values raise ParameterError."""
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ParameterError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                             f"its parameters: {_describe(query)}")
    missing = [p.name for p in query.parameters if not p.optional and p.name not in values]
    if missing:
        raise ParameterError(f"query {query.name!r} needs -p {missing[0]}=VALUE; its parameters: {_describe(query)}")
    return {name: _term(known[name], value, settings, query.name) for name, value in values.items()}


def check_parameters(query: StoredQuery, values: dict[str, str], settings: Settings) -> None:
    """Report a missing, unknown or malformed value before any store is opened; an entity given by name is
    looked up in the store when the query runs."""
    kinds = {p.name: p.kind for p in query.parameters}
    names = {name for name, value in values.items() if kinds.get(name) == "IRI" and _is_name(value)}
    for name in names:
        check_text(values[name], what=f"parameter {name!r} of {query.name!r}", error=ParameterError)
    # A name stands in for an IRI until the store is asked which entity it names.
    bind_parameters(query, {name: "urn:kg:by-name" if name in names else value for name, value in values.items()},
                    settings)


def _describe(query: StoredQuery) -> str:
    return ", ".join(f"{p.name} ({p.kind}{', optional' if p.optional else ''})" for p in query.parameters) or "none"


def _term(parameter: Parameter, value: str, settings: Settings, query_name: str):
    """The value as an RDF term in canonical form (a date as 2024-02-01 however it was written), so that
    the store compares it as the typed value it is."""
    where = f"parameter {parameter.name!r} of {query_name!r}"
    check_text(value, what=where, error=ParameterError)
    if parameter.kind == "IRI":
        return ox.NamedNode(settings.iri(value, what=where, error=ParameterError))
    if parameter.kind == "date":
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ParameterError(f"{where}: {value!r} is not a date; write YYYY-MM-DD") from None
        return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if parameter.kind == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
            raise ParameterError(f"{where}: {value!r} is not a whole number")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)


def run_query(store, query: StoredQuery | str, values: dict[str, str] | None = None, *,
              settings: Settings, allow_service: bool = False) -> QueryResult:
    """Run a stored query (or SPARQL text) against a store; parameters are bound, never pasted.

    SPARQL text is checked first, the same for every store: an update is refused (kg's writes go through
    its own commands), and so is SERVICE unless `allow_service`, since it makes the store send requests to
    any host the text names.
    """
    if isinstance(query, str):
        text = check_query_text(query, allow_service=allow_service)
    else:
        text = with_values(query.text, bind_parameters(query, _names_resolved(store, query, values or {}, settings),
                                                       settings))
    # The store's answer is never bound to a local name: rdflib's parser (pyparsing) leaves reference cycles
    # that keep this frame alive until the garbage collector runs, and an embedded store's answer held here
    # would keep the store locked after `kg sparql` closed it.
    try:
        return _collect(store.query(text), _joined_columns(text))
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def check_query_text(text: str, *, allow_service: bool = False) -> str:
    """SPARQL text that is a query (not an update) and calls no SERVICE, as rdflib's SPARQL parser reads it."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    check_text(text, what="the query", error=QueryError)
    try:
        tree = parseQuery(text)
    except ParseException:
        try:
            parseUpdate(text)
        except ParseException:
            tree = None  # not SPARQL 1.1 as rdflib reads it: the store reports the syntax error
        else:
            raise QueryError("kg sparql runs queries, not updates; change the graph with kg ingest, remove, "
                             "link or load") from None
    calls_service = _has_service(tree) if tree is not None else bool(_SERVICE.search(text))
    if calls_service and not allow_service:
        raise QueryError("the query calls SERVICE, which makes the store request another server; "
                         "add --allow-service if you mean it")
    return text


_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def _has_service(tree) -> bool:
    """Whether a parsed query holds a SERVICE pattern anywhere (walked without recursion)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            todo.extend(node.values())
        elif isinstance(node, ParseResults | list | tuple):
            todo.extend(node)
    return False


def _names_resolved(store, query: StoredQuery, values: dict[str, str], settings: Settings) -> dict[str, str]:
    """IRI parameters given as names ("Jang Hoon", in any word order) replaced by the entity's IRI."""
    kinds = {p.name: p.kind for p in query.parameters}
    resolved = {}
    for name, value in values.items():
        if kinds.get(name) == "IRI" and _is_name(value):
            try:
                value = find_entity(store, value, settings=settings)
            except QueryError as exc:
                raise ParameterError(f"parameter {name!r} of {query.name!r}: {exc}") from None
        resolved[name] = value
    return resolved


def _is_name(value: str) -> bool:
    return not re.match(r"^[a-zA-Z][\w+.-]*:", value) and "/" not in value


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(text: str, bindings: dict[str, object]) -> str:
    """The query with a VALUES block, first in its WHERE group, binding each parameter to its RDF term."""
    if not bindings:
        return text
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(term) for term in bindings.values())
    where = _WHERE.search(blank_comment_lines(text))
    if where is None:
        raise QueryError("a stored query with parameters needs an explicit WHERE { … } group")
    return f"{text[:where.end()]}\n  VALUES ({names}) {{ ({terms}) }}{text[where.end():]}"


# GROUP_CONCAT(?x; separator="…") AS ?joined, with the separator spelled out.
_GROUP_CONCAT = re.compile(r'GROUP_CONCAT\s*\(\s*(?:DISTINCT\s+)?[?$]\w+\s*;\s*SEPARATOR\s*=\s*"([^"\\]+)"\s*\)'
                           r"\s*AS\s+[?$](\w+)", re.IGNORECASE)


def _joined_columns(text: str) -> dict[str, str]:
    """The variables a GROUP_CONCAT with an explicit separator binds, and their separators."""
    return {name: separator for separator, name in _GROUP_CONCAT.findall(blank_comment_lines(text))}


def _collect(result, joined: dict[str, str]) -> QueryResult:
    """Results of the embedded or a remote store, alike (what GROUP_CONCAT joined, in sorted order)."""
    if isinstance(result, bool | ox.QueryBoolean):
        return QueryResult(boolean=bool(result))
    if not hasattr(result, "variables"):  # CONSTRUCT / DESCRIBE: triples
        return QueryResult(graph=ox.serialize(sorted(result, key=str), format=ox.RdfFormat.TURTLE))
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple(_sorted_parts(solution[c], joined.get(c)) for c in columns) for solution in result)
    return QueryResult(columns=columns, rows=rows)


def _sorted_parts(term, separator: str | None):
    """A GROUP_CONCAT value with its parts in sorted order.

    SPARQL leaves the order of what GROUP_CONCAT joins to the store (Oxigraph keeps a sorted subquery's
    order, Virtuoso does not), so kg sorts the parts itself, split at the query's own separator.
    """
    if separator is None or not isinstance(term, ox.Literal):
        return term
    value = separator.join(sorted(term.value.split(separator)))
    return ox.Literal(value, language=term.language) if term.language else ox.Literal(value, datatype=term.datatype)


def _cell(term) -> str:
    if term is None:
        return ""
    return term if isinstance(term, str) else term.value


def _json_term(term) -> dict[str, str]:
    """A term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD + "string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: QueryResult, fmt: str) -> str:
    """Text for csv, tsv and json (SPARQL results JSON); the table is drawn by the CLI."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower()
    if result.graph is not None:
        return result.graph.decode("utf-8")
    if fmt == "json":
        bindings = [{c: _json_term(t) for c, t in zip(result.columns, row, strict=True) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.text_rows())
        return buffer.getvalue()
    raise QueryError(f"unknown result format {fmt!r}; use one of: {', '.join(RESULT_FORMATS)}")


def find_entity(store, target: str, *, settings: Settings) -> str:
    """The IRI of an entity given as an IRI, a path under the base IRI, or a name in any word order."""
    if re.match(r"^[a-zA-Z][\w+.-]*:", target) or "/" in target:
        iri = settings.iri(target, what="the entity", error=QueryError)
        if not store.query(f"ASK {{ {ox.NamedNode(iri)} ?p ?o }}"):
            raise QueryError(f"no entity {iri} in the store; give a name, or see `kg query run find_entity`")
        return iri
    from kg._text import person_key, title_key

    check_text(target, what="the entity name", error=QueryError)

    wanted = {person_key(target), title_key(target)}
    rows = store.query("SELECT DISTINCT ?e ?n WHERE { ?e schema:name|schema:alternateName ?n }")
    matches = sorted({row["e"].value for row in rows
                      if person_key(row["n"].value) in wanted or title_key(row["n"].value) in wanted})
    if not matches:
        raise QueryError(f"no entity named {target!r} in the store; try `kg query run find_entity -p text=...`")
    if len(matches) > 1:
        raise QueryError(f"{target!r} names {len(matches)} entities ({', '.join(matches[:5])}); give an IRI")
    return matches[0]


EXPLAIN_COLUMNS = ("relation", "value", "detail", "sentence", "article", "rule", "confidence", "fact")


def explain_entity(store, target: str, *, settings: Settings) -> tuple[str, QueryResult]:
    """An entity's facts as its page shows them: relation, value, the sentence and article each was read
    from, rule, confidence, and the fact's id for `kg fact reject|confirm`."""
    from kg.browse import entity_view

    iri = find_entity(store, target, settings=settings)
    view = entity_view(store, iri, settings=settings)
    rows = tuple((ox.Literal(fact.relation), ox.Literal(fact.value), ox.Literal(fact.detail),
                  ox.Literal("".join(s.text for s in ev.sentence)), ox.NamedNode(ev.article), ox.Literal(ev.rule),
                  ox.Literal(f"{ev.confidence:.3f}", datatype=ox.NamedNode(XSD + "decimal")), ox.Literal(fact.key))
                 for facts in view.facts.values() for fact in facts for ev in fact.evidence)
    return iri, QueryResult(columns=EXPLAIN_COLUMNS, rows=rows)
