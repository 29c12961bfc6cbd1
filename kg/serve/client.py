"""`kg ingest --server URL`: send articles to the `kg serve` that holds the store, which ingests them.

The files are sent as they are (multipart/form-data), so the server reads them
exactly as `kg ingest` would here and mints the same article IRIs; with each
goes its source key (a hash of its path here), which the server keeps as if
it had read the file where it lies.
"""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import ServeError


def ingest_through(server: str, sources: list[str], *, token: str | None = None, options: dict | None = None,
                   stdin: bytes | None = None, timeout: float = 600.0) -> dict:
    """Post articles to a server's /api/ingest; returns its report (stored, unchanged, refused, unreadable)."""
    from kg.read import expand_sources, source_key

    files: list[tuple[str, bytes]] = []
    keys: list[str] = []
    for source in expand_sources(sources):
        if source == "-":
            files.append(("stdin.jsonl", stdin or b""))
        else:
            files.append((Path(source).name, Path(source).read_bytes()))
        keys.append(source_key(source))
    fields = {k: "true" if v is True else str(v) for k, v in (options or {}).items() if v not in (None, False)}
    fields["source_keys"] = json.dumps(keys)
    body, boundary = _multipart(fields, files)
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "X-KG-Client": "kg ingest",
               "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(server.rstrip("/") + "/api/ingest", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as exc:
        message = exc.read().decode("utf-8", errors="replace").strip().removeprefix("Error: ")
        raise ServeError(f"{server} refused the articles (HTTP {exc.code}): {message}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        raise ServeError(f"cannot reach {server} ({getattr(exc, 'reason', exc)}); is `kg serve` running?") from None


def _multipart(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "kg-" + secrets.token_hex(16)
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for filename, data in files:
        safe = filename.replace('"', "_").replace("\r", "_").replace("\n", "_")
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="article"; filename="{safe}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), boundary
