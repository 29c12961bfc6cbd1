"""Settings shared by every stage, built once and passed explicitly."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_BASE_IRI = "https://kg.example.org/"
DEFAULT_STORE = "kg-store"
_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][\w+.-]*:")


def _asset_dir(name: str) -> Path:
    """Find `ontology/` or `queries/`: beside the package in a checkout, inside it when installed."""
    for candidate in (PACKAGE_DIR.parent / name, PACKAGE_DIR / "_assets" / name):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / name


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Where things are and how IRIs are minted.

    >>> Settings(store="kg-store", base_iri="https://news.example.com/kg/")
    >>> Settings.from_env(store="/data/kg")     # KG_STORE / KG_BASE_IRI fill what is not given
    """

    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    ontology_dir: Path = field(default_factory=lambda: _asset_dir("ontology"))
    queries_dir: Path = field(default_factory=lambda: _asset_dir("queries"))

    def __post_init__(self) -> None:
        if not self.base_iri.endswith(("/", "#")):
            object.__setattr__(self, "base_iri", self.base_iri + "/")

    def expand(self, value: str) -> str:
        """An IRI as given, or a path under the base IRI ("work/parasite") made absolute."""
        return value if _ABSOLUTE_IRI.match(value) else self.base_iri + value.lstrip("/")

    @classmethod
    def from_env(cls, *, store: str | None = None, base_iri: str | None = None) -> Settings:
        """Settings from explicit values, then `KG_STORE` / `KG_BASE_IRI`, then defaults."""
        return cls(
            store=store or os.environ.get("KG_STORE") or DEFAULT_STORE,
            base_iri=base_iri or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI,
        )


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """The user's `kg.toml` (or `$KG_CONFIG`, or `path`); empty when there is none.

    Sections: [link] endpoint, contact, threshold; [vocabulary] for extraction.
    """
    candidate = Path(path or os.environ.get("KG_CONFIG") or "kg.toml")
    if not candidate.is_file():
        if path or os.environ.get("KG_CONFIG"):
            raise KgError(f"config file {candidate} not found; check --config or KG_CONFIG")
        return {}
    try:
        return tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KgError(f"{candidate}: not valid TOML ({exc}); fix the file") from None
