"""A polite client for the Wikidata Query Service, with a persistent cache.

It follows the service's usage policy: a User-Agent that names kg, its
version and a contact; one request at a time; the server's 60-second limit
with a client deadline just above it; HTTP 429 answered by waiting as long as
`Retry-After` says; backoff on 5xx and connection errors, then a one-line
`LinkError`. Nothing hangs: each request has a deadline however slowly its
bytes come, the run has one too, answers are read up to a size cap, and a
redirect to another host is refused (`kg._http`). Every answer is checked
(`kg.inputs.parse_sparql_json`) before it is used or cached in SQLite by
endpoint and query text, so a second run sends nothing, `offline=True`
answers from the cache alone, and an entry that no longer reads is dropped
rather than trusted.
"""

from __future__ import annotations

import hashlib
import http.client
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from kg._http import AnswerRefused, DeadlinePassed, post
from kg.errors import LinkError
from kg.inputs import check_text, check_web_url, parse_sparql_json
from kg.limits import MAX_ANSWER_BYTES, REQUEST_DEADLINE, RUN_DEADLINE

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
DEFAULT_CONTACT = "https://kg.example.org/contact"
PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
"""


class CacheMiss(LinkError):
    """Offline, and the cache does not hold this query's answer."""


@dataclass(frozen=True, kw_only=True)
class ClientConfig:
    """How to reach the query service; the endpoint must be an http(s) URL.

    >>> ClientConfig(endpoint="http://127.0.0.1:7878/query", contact="mailto:desk@example.com")
    """

    endpoint: str = DEFAULT_ENDPOINT
    contact: str = DEFAULT_CONTACT
    timeout: float = REQUEST_DEADLINE   # seconds for one request, whole answer included
    retries: int = 4
    backoff: float = 2.0                # seconds before the first retry, doubled each time
    max_wait: float = 300.0             # the longest Retry-After kg will honour
    deadline: float = RUN_DEADLINE      # seconds for all the requests of one run, waits included
    max_bytes: int = MAX_ANSWER_BYTES   # the largest answer read
    offline: bool = False

    def __post_init__(self) -> None:
        check_web_url(self.endpoint, what="the Wikidata endpoint", error=LinkError,
                      example=DEFAULT_ENDPOINT)
        check_text(self.contact, what="the contact", error=LinkError)
        if any(ord(c) < 32 or ord(c) == 127 for c in self.contact):
            raise LinkError("the contact has a control character; give a URL or mailto: address")


class ResponseCache:
    """Checked answers of the query service by (endpoint, query), in one SQLite file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(":memory:" if path is None else str(path))
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, endpoint TEXT, query TEXT, "
                             "answer TEXT, fetched REAL)")
        except sqlite3.Error as exc:
            raise LinkError(f"cannot use the Wikidata cache {path} ({exc}); delete it or check the folder") from None

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def get(self, endpoint: str, query: str) -> str | None:
        """The answer's text, as it was checked when it came."""
        row = self._db.execute("SELECT answer FROM answers WHERE key = ?", (self.key(endpoint, query),)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def put(self, endpoint: str, query: str, answer: str) -> None:
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                                 (self.key(endpoint, query), endpoint, query, answer, time.time()))
        except sqlite3.Error as exc:
            raise LinkError(f"cannot write the Wikidata cache {self.path} ({exc}); is the disk full?") from None

    def drop(self, endpoint: str, query: str) -> None:
        """Forget an entry that no longer reads as an answer."""
        with self._db:
            self._db.execute("DELETE FROM answers WHERE key = ?", (self.key(endpoint, query),))

    def close(self) -> None:
        self._db.close()


class WikidataClient:
    """SELECT queries against a Wikidata-shaped SPARQL endpoint, one at a time, cached."""

    _lock = threading.Lock()  # one request at a time, even from several threads

    def __init__(self, config: ClientConfig, cache: ResponseCache, *, version: str) -> None:
        self.config = config
        self.cache = cache
        self.user_agent = f"kg/{version} ({config.contact})"
        self.requests_sent = 0
        self.run_deadline = time.monotonic() + config.deadline

    def select(self, query: str, *, required: tuple[str, ...] = ()) -> list[dict]:
        """The rows (variable -> pyoxigraph term) of a SELECT query: cached, or fetched (unless offline).

        A row lacking a `required` variable makes the whole answer malformed: it is neither used nor cached.
        """
        query = PREFIXES + query
        cached = self.cache.get(self.config.endpoint, query)
        if cached is not None:
            try:
                return list(parse_sparql_json(cached, what="the cache", error=LinkError, required=required).rows)
            except LinkError:
                self.cache.drop(self.config.endpoint, query)
        if self.config.offline:
            raise CacheMiss("offline, and the cache has no answer for this query; run `kg link` online once")
        with self._lock:
            text, rows = self._fetch(query, required)
        self.cache.put(self.config.endpoint, query, text)
        return rows

    def _fetch(self, query: str, required: tuple[str, ...]) -> tuple[str, list[dict]]:
        delay = self.config.backoff
        last = "no answer"
        for attempt in range(self.config.retries + 1):
            wait = delay
            try:
                self.requests_sent += 1
                return self._request(query, required)
            except _Retry as exc:
                last, wait = exc.reason, exc.wait if exc.wait is not None else delay
            if attempt == self.config.retries:
                break
            if time.monotonic() + wait > self.run_deadline:
                raise LinkError(f"{self.config.endpoint}: kg link's deadline of {self.config.deadline:.0f} s would "
                                f"pass while waiting to retry ({last}); try again later, or raise [link] deadline")
            time.sleep(wait)
            delay *= 2
        raise LinkError(f"{self.config.endpoint} did not answer after {self.config.retries + 1} tries ({last}); "
                        "try again later, or link from the cache with --offline")

    def _request(self, query: str, required: tuple[str, ...]) -> tuple[str, list[dict]]:
        """One request: the answer's text and rows, a _Retry for what may pass, a LinkError for what will not."""
        endpoint = self.config.endpoint
        deadline = min(time.monotonic() + self.config.timeout, self.run_deadline)
        headers = {"User-Agent": self.user_agent, "Accept": "application/sparql-results+json",
                   "Content-Type": "application/x-www-form-urlencoded"}
        try:
            answer = post(endpoint, urlencode({"query": query}).encode(), headers, deadline=deadline,
                          max_bytes=self.config.max_bytes)
        except DeadlinePassed:
            if time.monotonic() >= self.run_deadline:
                raise LinkError(f"{endpoint}: kg link's deadline of {self.config.deadline:.0f} s passed; try again "
                                "later, or raise [link] deadline in kg.toml") from None
            raise _Retry("timed out") from None
        except AnswerRefused as exc:
            raise LinkError(f"{endpoint}: {exc}; nothing was used from it") from None
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, cut short: may pass
            raise _Retry(getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__) from None
        return self._answer(answer, required)

    def _answer(self, answer, required: tuple[str, ...]) -> tuple[str, list[dict]]:
        endpoint = self.config.endpoint
        if answer.status == 429:
            wait = _retry_after(answer.headers.get("Retry-After"), default=self.config.backoff)
            if wait > self.config.max_wait:
                raise LinkError(f"{endpoint} asks kg to wait {wait:.0f} s (HTTP 429); try again later")
            raise _Retry("HTTP 429 Too Many Requests", wait)
        if answer.status == 403:
            raise LinkError(f"{endpoint} refused kg (HTTP 403); the service may block this User-Agent: set a "
                            "contact in kg.toml [link] contact")
        if 500 <= answer.status < 600:
            raise _Retry(f"HTTP {answer.status}")
        if answer.status != 200:
            detail = answer.body[:200].decode("utf-8", "replace").strip().splitlines()
            raise LinkError(f"{endpoint} answered HTTP {answer.status} {answer.reason}"
                            + (f" ({detail[0][:120]})" if detail else "") + "; check the endpoint URL and query")
        content_type = answer.headers.get("Content-Type", "")
        if "json" not in content_type:
            raise LinkError(f"{endpoint} answered {content_type or 'no content type'}, not SPARQL JSON results "
                            "(an error page?); check the endpoint URL")
        try:
            text = answer.body.decode("utf-8")
        except UnicodeDecodeError:
            raise LinkError(f"{endpoint} sent an answer that is not UTF-8; nothing was used from it") from None
        rows = parse_sparql_json(text, what=endpoint, error=LinkError, required=required).rows
        return text, list(rows)


class _Retry(Exception):
    """A failure that may pass: wait (as long as the server asked, or the backoff) and try again."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.wait = reason, wait


def _retry_after(value: str | None, *, default: float) -> float:
    try:
        return max(0.0, float(value)) if value is not None else default
    except ValueError:
        return default
