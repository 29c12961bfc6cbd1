"""A polite client for the Wikidata Query Service, with a persistent cache.

It follows the service's usage policy: a User-Agent that names kg, its
version and a contact; one request at a time; the server's 60-second limit
with a client timeout just above it; HTTP 429 answered by waiting as long as
`Retry-After` says; backoff on 5xx and connection errors, then a one-line
`LinkError`. Every answer is cached in SQLite by endpoint and query text, so
a second run sends nothing and `offline=True` answers from the cache alone.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
import threading
import time
import urllib.error
from dataclasses import dataclass
from pathlib import Path

from kg.errors import LinkError
from kg.limits import RUN_DEADLINE

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
    """How to reach the query service.

    >>> ClientConfig(endpoint="http://127.0.0.1:7878/query", contact="mailto:desk@example.com")
    """

    endpoint: str = DEFAULT_ENDPOINT
    contact: str = DEFAULT_CONTACT
    timeout: float = 65.0          # the service stops queries at 60 s
    retries: int = 4
    backoff: float = 2.0           # seconds before the first retry, doubled each time
    max_wait: float = 300.0        # the longest Retry-After kg will honour
    deadline: float = RUN_DEADLINE  # seconds for all the requests of one run, waits included
    offline: bool = False


class ResponseCache:
    """Answers of the query service by (endpoint, query), in one SQLite file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db = sqlite3.connect(":memory:" if path is None else str(path))
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, endpoint TEXT, query TEXT, "
                         "answer TEXT, fetched REAL)")

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def get(self, endpoint: str, query: str) -> list[dict] | None:
        row = self._db.execute("SELECT answer FROM answers WHERE key = ?", (self.key(endpoint, query),)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, endpoint: str, query: str, answer: list[dict]) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                             (self.key(endpoint, query), endpoint, query, json.dumps(answer), time.time()))

    def close(self) -> None:
        self._db.close()


class WikidataClient:
    """SELECT queries against a Wikidata-shaped SPARQL endpoint, one at a time, cached."""

    _lock = threading.Lock()  # one request at a time, even from several threads

    def __init__(self, config: ClientConfig, cache: ResponseCache, *, version: str) -> None:
        self.config = config
        self.cache = cache
        self.user_agent = f"kg/{version} ({config.contact}) SPARQLWrapper"
        self.requests_sent = 0

    def select(self, query: str) -> list[dict]:
        """The bindings of a SELECT query: cached, or fetched (unless offline)."""
        query = PREFIXES + query
        cached = self.cache.get(self.config.endpoint, query)
        if cached is not None:
            return cached
        if self.config.offline:
            raise CacheMiss("offline, and the cache has no answer for this query; run `kg link` online once")
        with self._lock:
            bindings = self._fetch(query)
        self.cache.put(self.config.endpoint, query, bindings)
        return bindings

    def _fetch(self, query: str) -> list[dict]:
        delay = self.config.backoff
        last = "no answer"
        for attempt in range(self.config.retries + 1):
            try:
                self.requests_sent += 1
                return self._request(query)
            except urllib.error.HTTPError as exc:
                if exc.code == 429:
                    wait = _retry_after(exc, default=delay)
                    if wait > self.config.max_wait:
                        raise LinkError(f"{self.config.endpoint} asks kg to wait {wait:.0f} s (HTTP 429); "
                                        "try again later") from None
                    last = "HTTP 429 Too Many Requests"
                    time.sleep(wait)
                    continue
                if exc.code == 403:
                    raise LinkError(f"{self.config.endpoint} refused kg (HTTP 403); the service may block this "
                                    "User-Agent: set a contact in kg.toml [link] contact") from None
                if 500 <= exc.code < 600:
                    last = f"HTTP {exc.code}"
                else:
                    raise LinkError(f"{self.config.endpoint} answered HTTP {exc.code} {exc.reason}; "
                                    "check the endpoint URL") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                last = _describe(exc)
            except _EndpointInternalError:
                last = "HTTP 500"
            except _SPARQLWrapperException as exc:
                first_line = str(exc).splitlines()[0][:120]
                raise LinkError(f"{self.config.endpoint} rejected the query: {first_line}") from None
            if attempt < self.config.retries:
                time.sleep(delay)
                delay *= 2
        raise LinkError(f"{self.config.endpoint} did not answer after {self.config.retries + 1} tries ({last}); "
                        "try again later, or link from the cache with --offline")

    def _request(self, query: str) -> list[dict]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        wrapper = SPARQLWrapper(self.config.endpoint, agent=self.user_agent)
        wrapper.setQuery(query)
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(JSON)
        wrapper.setTimeout(int(self.config.timeout))
        response = wrapper.query()
        body = response.response.read()
        content_type = response.response.headers.get("Content-Type", "")
        if "json" not in content_type:
            raise LinkError(f"{self.config.endpoint} answered {content_type or 'no content type'}, not SPARQL JSON "
                            "results (an error page?); check the endpoint URL")
        try:
            return json.loads(body)["results"]["bindings"]
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
            raise LinkError(f"{self.config.endpoint} sent malformed SPARQL JSON results; "
                            "nothing was linked, try again later") from None


def _retry_after(exc: urllib.error.HTTPError, *, default: float) -> float:
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        return max(0.0, float(value)) if value is not None else default
    except ValueError:
        return default


def _describe(exc: Exception) -> str:
    reason = getattr(exc, "reason", None)
    if isinstance(reason, (socket.timeout, TimeoutError)) or isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    return str(reason or exc)


# SPARQLWrapper turns HTTP 400, 401, 404, 414 and 500 into exceptions of its own.
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError as _EndpointInternalError  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException as _SPARQLWrapperException  # noqa: E402
