"""Resolve mentions into entities: one node, one IRI, per real thing.

Within an article, names that fold to the same key are one entity ("Haruto
Asakura" and "Asakura Haruto"), and a renamed work's old title joins its new
one. Across articles, IRIs are minted from the same keys, so the same person
or work gets the same IRI whatever the order of ingestion; titles already in
the store (`known`) map an alias to the node that carries it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from kg._text import person_key, slug, title_key
from kg.extract.countries import is_country
from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Entity, Extraction, Ref
from kg.settings import Settings

# Where each kind of thing lives under the base IRI. Books and manga get their
# own paths: a film and the novel it is based on often share a title.
_PATHS = {PERSON: "person", WORK: "work", "Book": "book", "ComicSeries": "comic",
          ORGANIZATION: "organization", PLACE: "place"}


@dataclass(frozen=True)
class Resolution:
    """An extraction with every Ref resolved to an Entity, and the article's IRI."""

    extraction: Extraction
    article_iri: str
    entities: Mapping[Ref, Entity]

    def entity(self, ref: Ref) -> Entity:
        return self.entities[ref]


def entity_key(ref: Ref) -> tuple[str, str]:
    """The identity key of a mention: its kind's family and its folded name."""
    if ref.kind == PERSON:
        return PERSON, person_key(ref.name)
    return ref.kind, title_key(ref.name)


def mint_iri(settings: Settings, kind: str, key: str) -> str:
    return f"{settings.base_iri}{_PATHS[kind]}/{slug(key)}"


def article_iri(settings: Settings, article_id: str) -> str:
    return f"{settings.base_iri}article/{slug(article_id)}"


def resolve_entities(extraction: Extraction, *, settings: Settings,
                     known: Mapping[tuple[str, str], str] | None = None) -> Resolution:
    """Group the article's mentions into entities and give each its IRI.

    `known` maps (kind, key) of names already in the store to their IRIs, so
    that an alias ingested earlier ("formerly titled X") reaches its node.
    """
    known = known or {}
    refs = _all_refs(extraction)
    groups = _group(refs, extraction)
    entities: dict[Ref, Entity] = {}
    for members in groups:
        entity = _entity(members, extraction, settings, known)
        for ref in members:
            entities[ref] = entity
    return Resolution(extraction, article_iri(settings, extraction.article.id), entities)


def _all_refs(extraction: Extraction) -> list[Ref]:
    refs: dict[Ref, None] = {}
    for ref in extraction.about:
        refs.setdefault(ref)
    for fact in extraction.facts:
        refs.setdefault(fact.subject)
        if isinstance(fact.value, Ref):
            refs.setdefault(fact.value)
        if fact.relation == "alternate_name":
            refs.setdefault(Ref(fact.subject.kind, fact.value))
    return list(refs)


def _group(refs: list[Ref], extraction: Extraction) -> list[list[Ref]]:
    """Union mentions with the same key, and a work with its other titles."""
    parent: dict[Ref, Ref] = {ref: ref for ref in refs}

    def find(ref: Ref) -> Ref:
        while parent[ref] != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    def union(a: Ref, b: Ref) -> None:
        parent[find(b)] = find(a)

    by_key: dict[tuple[str, str], Ref] = {}
    for ref in refs:
        key = entity_key(ref)
        if key in by_key:
            union(by_key[key], ref)
        else:
            by_key[key] = ref
    for fact in extraction.facts:
        if fact.relation == "alternate_name":
            union(fact.subject, Ref(fact.subject.kind, fact.value))
    for short, full in _second_references(refs):
        union(full, short)
    groups: dict[Ref, list[Ref]] = defaultdict(list)
    for ref in refs:
        groups[find(ref)].append(ref)
    return list(groups.values())


def _second_references(refs: list[Ref]) -> list[tuple[Ref, Ref]]:
    """One-word person names that are the family or given name of exactly one person in the article.

    News writes "Margot Vance" once and "Vance" after; a one-word name that
    fits two people, or none, stays its own person (Nana, Seohyun).
    """
    people = [r for r in refs if r.kind == PERSON and len(r.name.split()) > 1]
    pairs = []
    for ref in refs:
        if ref.kind != PERSON or len(ref.name.split()) != 1:
            continue
        word = person_key(ref.name)
        owners = {person_key(p.name) for p in people
                  if word in (person_key(p.name.split()[0]), person_key(p.name.split()[-1]))}
        if len(owners) == 1:
            owner = next(p for p in people if person_key(p.name) in owners)
            pairs.append((ref, owner))
    return pairs


def _entity(members: list[Ref], extraction: Extraction, settings: Settings,
            known: Mapping[tuple[str, str], str]) -> Entity:
    kind = members[0].kind
    aliases = {fact.value for fact in extraction.facts if fact.relation == "alternate_name"}
    written = Counter(ref.name for ref in members)
    # The name is the title that is not an alias, else the most written form; a person's full name is never
    # lost to a second reference by surname ("Vance" for "Margot Vance").
    primary = [n for n in written if n not in aliases] or list(written)
    fullness = (lambda n: len(n.split())) if kind == PERSON else (lambda n: 0)
    name = max(primary, key=lambda n: (fullness(n), written[n], -list(written).index(n)))
    alternates = {n for n in written if n != name}
    if kind == PERSON:
        alternates |= _other_order(name, written)
    return Entity(
        iri=_iri(kind, name, aliases & set(written), settings, known),
        kind=kind,
        name=name,
        alternate_names=tuple(sorted(alternates)),
        types=_types(kind, members, extraction),
    )


def _other_order(name: str, written: Counter) -> set[str]:
    """A two-word person name in the other order ("Kento Nakajima" for "Nakajima Kento")."""
    words = name.split()
    if len(words) != 2:
        return set()
    swapped = f"{words[1]} {words[0]}"
    return set() if swapped in written else {swapped}


def _iri(kind: str, name: str, aliases: set[str], settings: Settings,
         known: Mapping[tuple[str, str], str]) -> str:
    """The IRI of a store entity carrying any of these names, else one minted from the oldest title.

    A renamed work is minted from its old title, so that an article that
    only knows the old title mints the same IRI.
    """
    candidates = [name, *sorted(aliases)]
    for candidate in candidates:
        existing = known.get(entity_key(Ref(kind, candidate)))
        if existing:
            return existing
    basis = sorted(aliases)[0] if aliases else name
    return mint_iri(settings, kind, entity_key(Ref(kind, basis))[1])


def _types(kind: str, members: list[Ref], extraction: Extraction) -> tuple[str, ...]:
    if kind == PLACE:
        names = {m.name for m in members}
        if any(is_country(n) for n in names):
            return ("Country",)
        if any(f.relation == "contained_in" and f.subject in members for f in extraction.facts):
            return ("City",)
        return ("Place",)
    if kind in (WORK, "Book", "ComicSeries"):
        declared = [f.value for f in extraction.facts if f.relation == "type" and f.subject in members]
        if declared:
            return (declared[0],)
        return ("CreativeWork",) if kind == WORK else (kind,)
    return (kind,)
