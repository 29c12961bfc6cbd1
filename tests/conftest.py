"""Shared fixtures: example articles, a spaCy pipeline loaded once, stores under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.settings import Settings

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
EXAMPLES_DIR = TESTS_DIR.parent / "examples"
EXAMPLE_ARTICLES = sorted(p for p in EXAMPLES_DIR.iterdir() if p.is_file())


@pytest.fixture(scope="session")
def nlp():
    from kg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(store=str(tmp_path / "store"))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory, nlp):
    """A store with every example article ingested, shared by the query tests (read only)."""
    from kg.pipeline import ingest

    settings = Settings(store=str(tmp_path_factory.mktemp("examples") / "store"))
    report = ingest(EXAMPLE_ARTICLES, settings=settings, nlp=nlp)
    assert not report.refused
    return settings
