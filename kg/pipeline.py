"""The whole flow for a batch of articles: read → extract → resolve → map → validate → store.

Everything is read, extracted and checked before anything is written; then
the good articles' graphs are written in one transaction. A file that cannot
be read stops the ingest with the store unchanged; an article whose graph
fails the shapes is reported and left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ValidationError
from kg.settings import Settings


@dataclass(frozen=True)
class ArticleReport:
    """What happened to one article."""

    iri: str
    source: str
    entities: int
    facts: int
    refused: str | None = None


@dataclass(frozen=True)
class IngestReport:
    articles: tuple[ArticleReport, ...] = field(default=())

    @property
    def stored(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.refused is None]

    @property
    def refused(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.refused is not None]


def ingest(
    paths: Iterable[str | Path],
    *,
    settings: Settings,
    url: str | None = None,
    publisher: str | None = None,
    headline: str | None = None,
    min_confidence: float = 0.0,
    vocabulary=None,
    nlp=None,
) -> IngestReport:
    """Read, extract, resolve, map and validate every article, then store the good ones together."""
    from kg._lexicon import Vocabulary
    from kg.extract import extract_facts
    from kg.map import map_to_ontology, validate_graph
    from kg.read import read_sources
    from kg.resolve import resolve_entities
    from kg.store import open_store

    articles = list(read_sources(paths, url=url, publisher=publisher, headline=headline))
    with open_store(settings) as store:
        known, titles = store.known_entities()
        reports: list[ArticleReport] = []
        graphs: dict[str, str] = {}
        for extraction in extract_facts(articles, nlp=nlp, known_titles=titles, vocabulary=vocabulary or Vocabulary(),
                                        min_confidence=min_confidence):
            resolution = resolve_entities(extraction, settings=settings, known=known)
            graph = map_to_ontology(resolution, settings=settings)
            refused = None
            try:
                validate_graph(graph, settings=settings, name=extraction.article.source)
            except ValidationError as exc:
                refused = str(exc)
            else:
                graphs[resolution.article_iri] = graph.serialize(format="nt")
            entity_count = len({e.iri for e in resolution.entities.values()})
            reports.append(ArticleReport(resolution.article_iri, extraction.article.source, entity_count,
                                         len(extraction.facts), refused))
        store.replace_graphs(graphs)
    return IngestReport(tuple(reports))


def remove_article(iri: str, *, settings: Settings) -> bool:
    """Retract one article's graph and nothing else."""
    from kg.store import open_store

    with open_store(settings) as store:
        return store.remove_graph(_article_iri(iri, settings))


def _article_iri(value: str, settings: Settings) -> str:
    if ":" in value:
        return value
    return f"{settings.base_iri}{value if value.startswith('article/') else 'article/' + value}"


def validate_store(*, settings: Settings) -> dict[str, str | None]:
    """Check every article's graph in the store against the shapes: article IRI -> problem or None."""
    from rdflib import Graph

    from kg.map import validate_graph
    from kg.store import open_store

    results: dict[str, str | None] = {}
    with open_store(settings) as store:
        for iri in store.article_graphs():
            graph = Graph().parse(data=store.export("nt", graph=iri).decode("utf-8"), format="nt")
            try:
                validate_graph(graph, settings=settings, name=iri)
                results[iri] = None
            except ValidationError as exc:
                results[iri] = str(exc)
    return results
