"""A read-only SPARQL 1.1 Protocol endpoint: queries by GET or POST, results as JSON, XML, CSV or TSV.

Refused: updates (this endpoint never writes; 403), `SERVICE` (the server
fetches nothing on a query's behalf; 403), and any query that takes longer than
the time limit (503) or returns more than the row limit (the first rows, and
`X-KG-Truncated: true`). Oxigraph cannot cancel a running query, so the time
limit is kept on the response: the query runs in a small pool of threads (two)
that also bounds how many run at once, and a runaway query keeps its thread
until it ends.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.query import _json_term

RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv",
                "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/rdf+xml": ox.RdfFormat.RDF_XML}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}
_UPDATE_WORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![?$\w:])SERVICE\b", re.IGNORECASE)
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\''          # long strings
                    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''  # strings
                    r'|<[^<>\s]*>|#[^\n]*')                        # IRIs, comments


class Refused(Exception):
    """A request the endpoint will not run, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    truncated: bool = False


def check_query(text: str) -> None:
    """Refuse updates and SERVICE before anything runs."""
    bare = _NOISE.sub(" ", text)  # strings, IRIs and comments cannot hide or fake a keyword
    body = re.sub(r"(?is)^\s*((BASE\s+\S+|PREFIX\s+\S*:\s*\S+)\s*)*", "", bare)
    if _UPDATE_WORDS.match(body):
        raise Refused(403, "this endpoint is read-only: SPARQL updates are refused")
    if _SERVICE.search(bare):
        raise Refused(403, "SERVICE is refused: this endpoint queries its own store only")


class Endpoint:
    """Runs queries against a store within a time limit (seconds) and a row limit."""

    def __init__(self, store, *, timeout: float = 10.0, max_rows: int = 10_000, threads: int = 2) -> None:
        self.store, self.timeout, self.max_rows = store, timeout, max_rows
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="sparql")

    def answer(self, text: str) -> Answer | Rows:
        """The query's results, or Refused with the HTTP status to answer."""
        check_query(text)
        deadline = time.monotonic() + self.timeout
        future = self._pool.submit(self._evaluate, text, deadline)
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()) + 0.05)
        except FutureTimeout:
            raise Refused(503, f"the query ran past the {self.timeout:g} s time limit; narrow it or add LIMIT") \
                from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _evaluate(self, text: str, deadline: float) -> Answer | Rows:
        try:
            result = self.store.query(text)
        except SyntaxError as exc:
            raise Refused(400, f"not a SPARQL query: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise Refused(400, f"the query failed: {exc}") from None
        if isinstance(result, bool | ox.QueryBoolean):
            return Answer(json.dumps({"head": {}, "boolean": bool(result)}).encode(), MEDIA["json"])
        if not hasattr(result, "variables"):
            triples = self._take(result, deadline)
            return Answer(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), "application/n-triples",
                          len(triples) > self.max_rows)
        names = [v.value for v in result.variables]
        rows = self._take(result, deadline)
        return Rows(names, [[row[n] for n in names] for row in rows[:self.max_rows]], len(rows) > self.max_rows)

    def _take(self, result, deadline: float) -> list:
        rows = []
        for row in result:
            rows.append(row)
            if len(rows) > self.max_rows:
                break
            if time.monotonic() > deadline:
                raise Refused(503, f"the query ran past the {self.timeout:g} s time limit; narrow it or add LIMIT")
        return rows


@dataclass(frozen=True)
class Rows:
    """SELECT results not yet serialized: the format depends on the request's Accept header."""

    names: list[str]
    rows: list[list]
    truncated: bool


def serialize(answer: Answer | Rows, fmt: str) -> Answer:
    """SELECT results in the asked format (json, xml, csv, tsv); other answers as they are."""
    if isinstance(answer, Answer):
        return answer
    body = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt](answer.names, answer.rows)
    return Answer(body.encode("utf-8"), MEDIA[fmt], answer.truncated)


def _json(names: list[str], rows: list) -> str:
    bindings = [{n: _json_term(t) for n, t in zip(names, row, strict=True) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml(names: list[str], rows: list) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(n)}/>" for n in names]
    out.append("</head>\n<results>")
    for row in rows:
        out.append("<result>")
        for name, term in zip(names, row, strict=True):
            if term is not None:
                out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out)


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"


def _csv(names: list[str], rows: list) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([["" if t is None else t.value for t in row] for row in rows])
    return buffer.getvalue()


def _tsv(names: list[str], rows: list) -> str:
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def result_format(accept: str, asked: str | None = None) -> str:
    """json, xml, csv or tsv from a `format` parameter or the Accept header (JSON when nothing fits)."""
    if asked in MEDIA:
        return asked
    for media, _ in sorted(_accepted(accept), key=lambda mq: -mq[1]):
        if media in RESULT_TYPES:
            return RESULT_TYPES[media]
    return "json"


def _accepted(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in (accept or "").split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and re.fullmatch(r"q=[01](\.\d+)?", p)), 1.0)
        if media:
            out.append((media.lower(), q))
    return out
