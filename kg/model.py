"""The data that flows between the stages: articles, facts and entities.

These are plain frozen dataclasses so that every stage can be tested on its
own and an extraction can cross a process boundary (pickled) unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Kinds of things an article names. Works carry their schema.org type as a fact.
PERSON = "Person"
WORK = "Work"
ORGANIZATION = "Organization"
PLACE = "Place"

# Work types, from the least to the most specific.
WORK_TYPES = ("CreativeWork", "Book", "ComicSeries", "Movie", "TVSeries", "TVEpisode")
PLACE_TYPES = ("Place", "City", "Country")


@dataclass(frozen=True)
class Article:
    """One article as read: metadata, paragraphs and where it came from.

    `paragraphs` are (kind, text) pairs where kind is "p" or "h" (a heading,
    kept for context but never a source of facts).
    """

    id: str
    text: str
    paragraphs: tuple[tuple[str, str], ...]
    date: date | None = None
    headline: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    image: str | None = None
    modified: date | None = None
    markup: tuple[str, ...] = ()   # JSON-LD / microdata / RDFa items the page carried, as JSON text
    emphasized: tuple[str, ...] = ()  # the phrases set in italics (Markdown *X*, HTML <i>, <em>, <cite>)
    source: str = ""
    source_key: str | None = None  # which file a url-less article was read from (kg.read.source_key)

    @property
    def body_paragraphs(self) -> list[str]:
        return [text for kind, text in self.paragraphs if kind == "p"]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    def lexical(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> int:
        return 1 + (self.month is not None) + (self.day is not None)


@dataclass(frozen=True, order=True)
class Ref:
    """A thing named in an article, before resolution: its kind and the name as written."""

    kind: str
    name: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets in the article text, the rule and its confidence."""

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


def decimal_lexical(value: float, *, places: int = 3) -> str:
    """An xsd:decimal's canonical form ("0.9", "1"), rounded to `places`.

    Stores that keep a literal's lexical form (Fuseki) and stores that keep its value (Oxigraph, Virtuoso)
    then print the same text: "0.900" would come back as "0.9" from some and "0.900" from others.
    """
    return format(Decimal(f"{value:.{places}f}").normalize(), "f")


Value = Ref | PartialDate | str | int


@dataclass(frozen=True)
class Fact:
    """One statement read in an article.

    `relation` is one of RELATIONS; `value` is a Ref for things, a
    PartialDate for dates, a str for literals (genre, type names, titles) or
    an int for counts. Role facts carry the character in `character`.
    """

    relation: str
    subject: Ref
    value: Value
    evidence: Evidence
    character: str | None = None

    def with_confidence(self, confidence: float) -> Fact:
        """The same fact, held with another confidence. (Written out: `dataclasses.replace`, twice for each fact,
        cost more than the rest of calibration.)"""
        said = self.evidence
        return Fact(self.relation, self.subject, self.value,
                    Evidence(said.sentence, said.start, said.end, said.rule, confidence), self.character)


RELATIONS = (
    "type", "alternate_name", "director", "writer", "creator", "producer", "production_company",
    "release_date", "release_platform", "genre", "country_of_origin", "cast", "role",
    "filming_start", "filming_end", "filming_location", "based_on", "seasons", "episodes",
    "description", "contained_in", "part_of_series",
)


@dataclass(frozen=True)
class Extraction:
    """What extraction read in one article: its facts and which works it is about."""

    article: Article
    facts: tuple[Fact, ...]
    about: tuple[Ref, ...]
    mentions: tuple[Ref, ...] = field(default=())
    failure: str | None = None  # why kg could not read the article (a bug of kg's): no facts, and it says so


@dataclass(frozen=True)
class Entity:
    """One real thing after resolution, with its IRI and every name it was written as."""

    iri: str
    kind: str
    name: str
    alternate_names: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
