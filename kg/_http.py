"""One HTTP POST with a deadline, a size cap and no redirect to another host: how kg talks to Wikidata.

A socket timeout alone bounds each read, not the request: a server that
drips a byte a second never trips it. So a timer cuts the connection when
the request's deadline passes, whatever it is waiting for. The body is read
no further than `max_bytes` (a lying Content-Length changes nothing), and a
redirect is followed only to the same host, so that an answer is never taken
(and cached) from a server the user did not name. Decompression is never
asked for, so no compressed answer can expand past the cap.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from kg.inputs import is_web_url
from kg.limits import MAX_REDIRECTS

REDIRECTS = (301, 302, 303, 307, 308)


class DeadlinePassed(TimeoutError):
    """The request's deadline passed before the whole answer arrived."""


class AnswerRefused(Exception):
    """The answer cannot be used: too large, or a redirect to another host (or too many)."""


@dataclass(frozen=True)
class Answer:
    status: int
    reason: str
    headers: Message
    body: bytes


def post(url: str, body: bytes, headers: dict[str, str], *, deadline: float, max_bytes: int) -> Answer:
    """POST `body` to `url`, following same-host redirects; `deadline` is a time.monotonic() value."""
    for _ in range(MAX_REDIRECTS + 1):
        answer = _post_once(url, body, headers, deadline=deadline, max_bytes=max_bytes)
        if answer.status not in REDIRECTS:
            return answer
        target = urljoin(url, answer.headers.get("Location", ""))
        if not is_web_url(target) or urlsplit(target).hostname != urlsplit(url).hostname:
            raise AnswerRefused(f"redirected to {target[:200]}, another host; kg follows no redirect there "
                                "(give that endpoint with --endpoint if you trust it)")
        url = target
    raise AnswerRefused(f"redirected more than {MAX_REDIRECTS} times")


def _post_once(url: str, body: bytes, headers: dict[str, str], *, deadline: float, max_bytes: int) -> Answer:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise DeadlinePassed("no time left")
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname, parts.port, timeout=remaining)
    cut, held = threading.Event(), []
    timer = threading.Timer(remaining, _cut, args=(held, cut))
    timer.daemon = True
    timer.start()
    try:
        connection.connect()
        held.append(connection.sock)  # kept: http.client lets go of it once the answer says it will close
        if cut.is_set():
            raise DeadlinePassed("cut at the deadline")
        connection.request("POST", (parts.path + (f"?{parts.query}" if parts.query else "")) or "/", body=body,
                           headers=headers)
        response = connection.getresponse()
        declared = response.getheader("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise AnswerRefused(f"an answer of {int(declared):,} bytes, more than kg reads ({max_bytes:,})")
        data = response.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise AnswerRefused(f"an answer of more than {max_bytes:,} bytes, more than kg reads")
        if cut.is_set():
            raise DeadlinePassed("cut at the deadline")
        if declared.isdigit() and len(data) < int(declared):
            raise http.client.IncompleteRead(data, int(declared) - len(data))
        return Answer(response.status, response.reason, response.headers, data)
    except (OSError, http.client.HTTPException):
        if cut.is_set():
            raise DeadlinePassed("cut at the deadline") from None
        raise
    finally:
        timer.cancel()
        connection.close()


def _cut(held: list[socket.socket], cut: threading.Event) -> None:
    """At the deadline: end the connection, so that whatever read is waiting returns at once."""
    cut.set()
    for sock in held:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed
