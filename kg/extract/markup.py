"""Facts from the structured data a page already carries (JSON-LD, microdata, RDFa via extruct).

A publisher's own `Movie` or `TVSeries` markup states credits as plainly as
its prose; it becomes facts like any sentence, with the markup itself as the
evidence (offset -1: it is not part of the article's text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Evidence, Fact, PartialDate, Ref

SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/", "schema:")
WORK_TYPES = {"Movie": "Movie", "TVSeries": "TVSeries", "CreativeWork": "CreativeWork", "Book": "Book",
              "ComicSeries": "ComicSeries", "TVSeason": "TVSeries", "MovieSeries": "Movie"}
PEOPLE = {"director": "director", "author": "writer", "creator": "creator", "producer": "producer"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
CONFIDENCE = 0.95


def markup_facts(items: tuple[str, ...]) -> tuple[list[Fact], list[str]]:
    """Facts of every work the markup describes, and the works' titles (for the text rules to find)."""
    facts: list[Fact] = []
    titles: list[str] = []
    for text in items:
        item = json.loads(text)
        for node in _nodes(item):
            work_type = next((WORK_TYPES[t] for t in _types(node) if t in WORK_TYPES), None)
            name = _text(node.get("name"))
            if not work_type or not name:
                continue
            titles.append(name)
            evidence = Evidence(f"page markup: {text[:400]}", -1, -1, "markup", CONFIDENCE)
            facts.extend(_work_facts(Ref(WORK, name), work_type, node, evidence))
    return facts, titles


def _nodes(item) -> Iterator[dict]:
    if isinstance(item, list):
        for entry in item:
            yield from _nodes(entry)
    elif isinstance(item, dict):
        node = {_local(k): v for k, v in item.items()}
        yield node
        yield from _nodes(node.get("@graph", []))


def _local(key: str) -> str:
    for prefix in SCHEMA_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


def _types(node: dict) -> list[str]:
    value = node.get("@type", [])
    return [_local(t) for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]


def _values(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value) -> str | None:
    """A plain string from a JSON-LD value: "x", {"@value": "x"}, [{"@value": "x"}] or a node's name."""
    for entry in _values(value):
        if isinstance(entry, str) and entry.strip():
            return " ".join(entry.split())
        if isinstance(entry, dict):
            found = _text(entry.get("@value")) or _text({_local(k): v for k, v in entry.items()}.get("name"))
            if found:
                return found
    return None


def _work_facts(work: Ref, work_type: str, node: dict, evidence: Evidence) -> Iterator[Fact]:
    if work_type != "CreativeWork":
        yield Fact("type", work, work_type, evidence)
    for key, relation in PEOPLE.items():
        for entry in _values(node.get(key)):
            name = _text(entry)
            if name:
                kinds = _types(entry) if isinstance(entry, dict) else []
                if "Organization" in kinds:
                    yield Fact("production_company", work, Ref(ORGANIZATION, name), evidence)
                else:
                    yield Fact(relation, work, Ref(PERSON, name), evidence)
    for entry in _values(node.get("actor")) + _values(node.get("actors")):
        yield from _actor(work, entry, evidence)
    for entry in _values(node.get("productionCompany")):
        if _text(entry):
            yield Fact("production_company", work, Ref(ORGANIZATION, _text(entry)), evidence)
    for entry in _values(node.get("genre")):
        if _text(entry):
            yield Fact("genre", work, _text(entry).lower(), evidence)
    for entry in _values(node.get("countryOfOrigin")):
        if _text(entry):
            yield Fact("country_of_origin", work, Ref(PLACE, _text(entry)), evidence)
    for entry in _values(node.get("alternateName")):
        if _text(entry):
            yield Fact("alternate_name", work, _text(entry), evidence)
    for key, relation in (("numberOfSeasons", "seasons"), ("numberOfEpisodes", "episodes")):
        value = _text(node.get(key)) if not isinstance(node.get(key), int) else str(node.get(key))
        if value and value.isdigit():
            yield Fact(relation, work, int(value), evidence)
    released = _date(_text(node.get("datePublished")) or _text(node.get("dateCreated")))
    if released:
        yield Fact("release_date", work, released, evidence)


def _actor(work: Ref, entry, evidence: Evidence) -> Iterator[Fact]:
    """An actor, or a PerformanceRole naming the actor and the character."""
    if isinstance(entry, dict) and "PerformanceRole" in _types(entry):
        role = {_local(k): v for k, v in entry.items()}
        person, character = _text(role.get("actor")), _text(role.get("characterName"))
        if person:
            yield Fact("cast", work, Ref(PERSON, person), evidence)
            if character:
                yield Fact("role", work, Ref(PERSON, person), evidence, character)
        return
    name = _text(entry)
    if name:
        yield Fact("cast", work, Ref(PERSON, name), evidence)


def _date(value: str | None) -> PartialDate | None:
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
    except ValueError:
        return None
