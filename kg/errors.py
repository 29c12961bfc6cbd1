"""Errors that `kg` reports to its users.

Every error a user can cause or fix is a ``KgError``; the CLI prints its
message on one line and exits 1. Anything else is a bug and keeps its
traceback.

    KgError
    ├── ConfigError        kg.toml, KG_STORE, KG_BASE_IRI or a command-line value is not usable
    ├── ReadError          an article cannot be read (missing, empty, binary, undecodable)
    ├── ExtractError       the NLP pipeline cannot run
    ├── MappingError       facts cannot be mapped onto the ontology
    ├── ValidationError    an article's graph fails the SHACL shapes
    ├── StoreError         the store cannot be opened or written
    │   ├── StoreLockedError   another process holds the store
    │   └── DiskFullError      the disk filled up (or a file-size limit was hit); says what was stored
    ├── QueryError         a stored query is unknown or fails
    │   └── ParameterError     a query parameter is missing or malformed
    ├── ExportError        the graph cannot be serialized as asked
    ├── CorrectionError    an editor's correction names no fact, or no editor
    ├── ServeError         the web application cannot start or be reached
    ├── LinkError          Wikidata cannot be reached or answers wrongly
    └── Interrupted        the user stopped kg (Ctrl-C); says what was stored
"""

from __future__ import annotations

import errno
import os


class KgError(Exception):
    """Base class of every error `kg` reports to a user."""


class ConfigError(KgError):
    """kg.toml, an environment variable or a command-line value cannot be used as given."""


class ReadError(KgError):
    """An article cannot be read."""


class ExtractError(KgError):
    """The extraction pipeline cannot run."""


class MappingError(KgError):
    """Facts cannot be mapped onto the ontology."""


class ValidationError(KgError):
    """An article's graph does not conform to the SHACL shapes."""

    def __init__(self, message: str, report: str = "") -> None:
        super().__init__(message)
        self.report = report


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store."""


class DiskFullError(StoreError):
    """The disk filled up, or a file-size or quota limit was hit, while kg wrote; the message says what was
    stored, so that the user knows that running the same command again is safe."""

    def __init__(self, what: str, *, stored: str = "nothing was stored") -> None:
        super().__init__(f"{what}: the disk is full (or a file-size limit was hit); free space and run the same "
                         f"command again: {stored}")
        self.what = what


_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def is_disk_full(exc: OSError) -> bool:
    """Whether an OSError says that the disk, a quota or the file-size limit ran out. RocksDB (inside
    pyoxigraph) reports it with no errno, as text: "IO error: While appending to file: …: File too large"."""
    return exc.errno in _DISK_FULL or any(os.strerror(code) in str(exc) for code in _DISK_FULL)


class QueryError(KgError):
    """A stored query is unknown, malformed or fails to run."""


class ParameterError(QueryError):
    """A query parameter is missing, unknown or malformed."""


class ExportError(KgError):
    """The graph cannot be serialized as asked."""


class CorrectionError(KgError):
    """A correction names a fact the store does not hold, or no editor."""


class ServeError(KgError):
    """`kg serve` cannot start as asked, or a server given with --server cannot be reached or refuses."""


class LinkError(KgError):
    """Linking to Wikidata failed: the service is unreachable, refuses kg, or answers wrongly."""


class Interrupted(KgError):
    """The user stopped kg (SIGINT); the message says what was stored before it stopped."""
