"""Settings shared by every stage, built once and passed explicitly."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError
from kg.inputs import check_iri, check_text, check_web_url

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_BASE_IRI = "https://kg.example.org/"
DEFAULT_STORE = "kg-store"
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][\w+.-]*:")


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Where things are and how IRIs are minted.

    >>> Settings(store="kg-store", base_iri="https://news.example.com/kg/")
    >>> Settings.from_env(store="/data/kg")     # KG_STORE / KG_BASE_IRI fill what is not given
    """

    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    # Package data: the same place in a checkout and in an installed wheel.
    ontology_dir: Path = PACKAGE_DIR / "ontology"
    queries_dir: Path = PACKAGE_DIR / "queries"

    def __post_init__(self) -> None:
        """Refuse an unusable store or base IRI here, before any command mints or opens anything with it."""
        base = check_web_url(self.base_iri, what="the base IRI (KG_BASE_IRI)", error=ConfigError,
                             example=DEFAULT_BASE_IRI)
        if "?" in base or "#" in base.rstrip("#"):
            raise ConfigError(f"the base IRI (KG_BASE_IRI) {base!r} has a query or fragment; give one such as "
                              "https://kg.example.org/")
        if not base.endswith(("/", "#")):
            object.__setattr__(self, "base_iri", base + "/")
        _check_store(self.store)

    def expand(self, value: str) -> str:
        """An IRI as given, or a path under the base IRI ("work/parasite") made absolute."""
        return value if _ABSOLUTE_IRI.match(value) else self.base_iri + value.lstrip("/")

    def iri(self, value: str, *, what: str, error: type = ConfigError) -> str:
        """`expand`, then checked as an IRI: a value such as `a:%zz` is refused with one line naming `what`."""
        return check_iri(self.expand(check_text(value, what=what, error=error)), what=what, error=error)

    @classmethod
    def from_env(cls, *, store: str | None = None, base_iri: str | None = None) -> Settings:
        """Settings from explicit values, then `KG_STORE` / `KG_BASE_IRI`, then defaults."""
        return cls(
            store=store or os.environ.get("KG_STORE") or DEFAULT_STORE,
            base_iri=base_iri or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI,
        )


def _check_store(store: str) -> None:
    """A store location is a directory path, or sparql+http(s):// and a server's dataset URL."""
    what = "the store (--store or KG_STORE)"
    check_text(store, what=what, error=ConfigError)
    if store.startswith("sparql+"):
        check_web_url(store.removeprefix("sparql+"), what=what, error=ConfigError, shown=repr(store),
                      example="sparql+http://localhost:7878")
    elif not store.strip() or "\x00" in store or re.match(r"^[a-zA-Z][\w+.-]*://", store):
        raise ConfigError(f"{what} {store!r} is neither a directory path nor sparql+http(s)://host/dataset")
