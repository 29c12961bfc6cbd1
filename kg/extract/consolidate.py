"""One article's facts made consistent: what several rules or sentences said merged into one fact, single-valued
facts kept single, and the works the article is about told from those it only mentions."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import replace

from kg.extract.doc import TitleInfo
from kg.extract.lexicon import NAMED_GENRES
from kg.model import PERSON, WORK, Fact, PartialDate, Ref

_TYPE_RANK = {"CreativeWork": 0, "Book": 1, "ComicSeries": 1, "Movie": 2, "TVSeries": 2, "TVEpisode": 3}
_SINGLE_DATES = {"release_date", "filming_start", "filming_end"}
_LAST_DATES = {"filming_end"}
_LARGEST_COUNT = {"seasons", "episodes"}
# What an episode's facts say of its series too: who acts in an episode is in the series' cast, and the network
# that aired it airs the series. Its date is its own, and so are its director and writers (a series has its
# own creators and showrunners; measured on Re-DocRED, an episode's director was the series' one time in four).
_SERIES_SHARES = frozenset({"cast", "role", "release_platform"})


def consolidate(facts: list[Fact], titles: Collection[str]) -> list[Fact]:
    """Merge what several rules or sentences said once, and keep single-valued facts single."""
    best: dict[tuple, Fact] = {}
    for fact in _creators_who_write(_under_one_name(facts)):
        if isinstance(fact.value, Ref) and fact.value.kind == PERSON and fact.value.name in titles:
            continue  # a title read as a person's name
        if fact.relation == "based_on" and fact.value.name == fact.subject.name and fact.value.kind == WORK:
            continue  # "a version of the anime series of the same name", read as the film itself
        key = (fact.relation, fact.subject, fact.value, fact.character)
        if key not in best or fact.evidence.confidence > best[key].evidence.confidence:
            best[key] = fact
    merged = _widest_genres(_companies_not_people(_directors_debuts(list(best.values()))))
    merged = _single_dates(merged)
    merged = _largest_counts(_without_series_counts(merged))
    return _one_type(_without_film_counts(merged))


def _under_one_name(facts: list[Fact]) -> list[Fact]:
    """"X (烟雨听兰) … Known in English as Y, the 36-episode drama": facts given a work by its other name are the
    work's (one node in the graph, whose single-valued facts must agree)."""
    primary = {Ref(WORK, f.value): f.subject for f in facts if f.relation == "alternate_name"
               and f.subject.kind == WORK and f.value != f.subject.name}
    primary = {alias: work for alias, work in primary.items() if work not in primary}  # (no chains, no cycles)

    def named(ref: Ref | str | PartialDate | int) -> Ref | str | PartialDate | int:
        return primary.get(ref, ref) if isinstance(ref, Ref) else ref

    if not primary:
        return facts
    return [f if f.relation == "alternate_name" else replace(f, subject=named(f.subject), value=named(f.value))
            for f in facts]


def full_titles(titles: Mapping[str, TitleInfo]) -> dict[str, str]:
    """"Embers" in an article about "Cinderlight: Embers" and "Cinderlight": a sequel's subtitle the article also
    uses alone is its short name, when the part before the colon is a work the article names too (the one the
    sequel is named after; "Golden Lighthouse: Snow Without Sound" names a prize, and its film is the title).
    A headline's 'Mister Quigley' is short for the one title of the body it begins, "Mister Quigley's Holiday";
    so is an italic *Pip*, never described, for the described "Pip and the Long Night" (a hero's name opening
    the title is what writers shorten it to)."""
    full: dict[str, set[str]] = defaultdict(set)
    for title, info in titles.items():
        original, colon, subtitle = title.partition(": ")
        if colon and subtitle in titles and original in titles:
            full[subtitle].add(title)
        if info.cues == {"headline"}:
            full[title] |= {longer for longer in titles
                            if longer.startswith((f"{title} ", f"{title}'s ", f"{title}’s "))}
        elif info.cues == {"emphasis"} and not info.described:
            full[title] |= {longer for longer, other in titles.items()
                            if other.described and longer.startswith(f"{title} and ")}
    return {short: next(iter(names)) for short, names in full.items() if len(names) == 1}


def with_full_titles(facts: list[Fact], names: dict[str, str]) -> list[Fact]:
    """The facts with each work called by its full title (see `full_titles`)."""
    def full(ref: Ref | str | PartialDate | int) -> Ref | str | PartialDate | int:
        return Ref(ref.kind, names[ref.name]) if isinstance(ref, Ref) and ref.kind == WORK and ref.name in names \
            else ref

    return [replace(f, subject=full(f.subject), value=full(f.value)) for f in facts] if names else facts


def series_facts(facts: list[Fact]) -> list[Fact]:
    """What an episode's facts say of its series: "X is the tenth episode of Family Guy. It aired on Fox."
    gives Family Guy's network as well as X's (each under a rule of its own, so that it is measured apart)."""
    series = {f.subject: f.value for f in facts if f.relation == "part_of_series"}
    return [replace(f, subject=series[f.subject], evidence=replace(f.evidence, rule=f"episode:{f.relation}"))
            for f in facts if f.relation in _SERIES_SHARES and f.subject in series]


def _without_series_counts(facts: list[Fact]) -> list[Fact]:
    """An episode has no seasons of its own: "the tenth episode of the ninth season" counts its series'."""
    episodes = {f.subject for f in facts if f.relation == "part_of_series"}
    return [f for f in facts if f.relation not in _LARGEST_COUNT or f.subject not in episodes]


def _without_film_counts(facts: list[Fact]) -> list[Fact]:
    """A film has no seasons or episodes: a count given to a title the text calls a film, and never a series,
    is another work's ("A, who helmed all six episodes, … directed the 2022 horror film X"; the film and the
    series "Fargo" share a title)."""
    films = {f.subject for f in facts if f.relation == "type" and f.value == "Movie"} \
        - {f.subject for f in facts if f.relation == "type" and f.value == "TVSeries"}
    return [f for f in facts if f.relation not in _LARGEST_COUNT or f.subject not in films]


def _widest_genres(facts: list[Fact]) -> list[Fact]:
    """"fantasy drama" goes when the same work is also a "fantasy romance drama"; a named genre stays
    ("comedy horror" of a "black comedy horror" film)."""
    genres: dict[Ref, list[set[str]]] = defaultdict(list)
    for fact in facts:
        if fact.relation == "genre":
            genres[fact.subject].append(set(fact.value.split()))

    def narrower(fact: Fact) -> bool:
        words = set(fact.value.split())
        return fact.value not in NAMED_GENRES and any(words < other for other in genres[fact.subject])
    return [f for f in facts if f.relation != "genre" or not narrower(f)]


def _directors_debuts(facts: list[Fact]) -> list[Fact]:
    """"A directed every episode of Copperhead. Before that, she made her feature debut with Kindling": a
    feature debut of one the article gives a director's credit is the first film she directed, no part."""
    directors = {f.value for f in facts if f.relation == "director"}
    return [replace(f, relation="director", evidence=replace(f.evidence, rule="credit:feature-debut"))
            if f.evidence.rule == "cast:feature-debut" and f.value in directors else f for f in facts]


def _creators_who_write(facts: list[Fact]) -> list[Fact]:
    """"Created by A, who wrote all eight scripts", "created by head writer A": a creator the sentence says wrote
    the show is one of its writers too (a creator alone is not: `schema:creator`)."""
    writers = [replace(f, relation="writer", evidence=replace(f.evidence, rule="credit:creator-writes"))
               for f in facts if f.relation == "creator" and _said_to_write(f.value.name, f.evidence.sentence)]
    return facts + writers


def _said_to_write(name: str, sentence: str) -> bool:
    family = re.escape(name.split()[-1])
    return bool(re.search(rf"{family},\s+who\s+(?:also\s+)?(?:wrote|writes|penned|pens|scripted|will\s+write)\b"
                          rf"[^.;]{{0,40}}?\b(?:pilot|scripts?|episodes?|teleplays?|series|show)\b", sentence)
                or re.search(rf"\bby\s+(?:the\s+)?(?:head\s+)?writer\s+{re.escape(name)}\b", sentence))


def _companies_not_people(facts: list[Fact]) -> list[Fact]:
    """"A's Northlight Hearth is producing the thriller … A will produce via her Northlight Hearth banner": a
    name the article gives as a production company is no person, whatever verb it was the subject of."""
    companies = {f.value.name for f in facts if f.relation == "production_company" and isinstance(f.value, Ref)}
    return [f for f in facts if not (isinstance(f.value, Ref) and f.value.kind == PERSON and f.value.name in companies)]


def _single_dates(facts: list[Fact]) -> list[Fact]:
    """One date per event: a coarser date consistent with a finer one goes; of conflicting dates, the first
    (the latest for an end): a work's release is its first one, and a re-release or a home-video date
    comes later."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.relation in _SINGLE_DATES:
            groups[(fact.relation, fact.subject)].append(fact)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        finest = [f for f in group
                  if not any(g.value.precision > f.value.precision and _consistent(f.value, g.value) for g in group)]
        keep = min(finest, key=lambda f: (_sort_key(f.value, latest=f.relation in _LAST_DATES),
                                          -f.evidence.confidence, -f.evidence.start))
        drop.update(id(f) for f in group if f is not keep)
    return [f for f in facts if id(f) not in drop]


def _sort_key(value: PartialDate, *, latest: bool) -> tuple[int, ...]:
    key = (value.year, value.month or 0, value.day or 0)
    return tuple(-part for part in key) if latest else key


def _consistent(coarse: PartialDate, fine: PartialDate) -> bool:
    return coarse.year == fine.year and (coarse.month is None or coarse.month == fine.month)


def _largest_counts(facts: list[Fact]) -> list[Fact]:
    largest: dict[tuple, int] = {}
    for fact in facts:
        if fact.relation in _LARGEST_COUNT:
            key = (fact.relation, fact.subject)
            largest[key] = max(largest.get(key, 0), fact.value)
    return [f for f in facts if f.relation not in _LARGEST_COUNT or f.value == largest[(f.relation, f.subject)]]


def _one_type(facts: list[Fact]) -> list[Fact]:
    """The most specific type a work was given; Movie against TVSeries goes to the surer evidence."""
    weight: dict[Ref, Counter] = defaultdict(Counter)
    for fact in facts:
        if fact.relation == "type":
            weight[fact.subject][fact.value] += fact.evidence.confidence
    chosen = {work: max(types, key=lambda t: (_TYPE_RANK.get(t, 0), types[t])) for work, types in weight.items()}
    return [f for f in facts if f.relation != "type" or f.value == chosen[f.subject]]


_PRIMARY = {"director", "writer", "producer", "production_company", "release_date", "release_platform",
            "filming_start", "filming_end", "filming_location", "genre", "country_of_origin", "seasons",
            "episodes", "alternate_name", "based_on"}


# Rules that read what a work named in passing is ("the HBO series X", "the 2003 film X", "her debut X (2016)"):
# true facts of that work, but no sign that the article is about it.
_IN_PASSING = ("description:work-noun", "release:network-modifier", "description:year-gloss",
               "description:heading-year-gloss")


def about_works(main_title: str | None, facts: list[Fact], featured: Collection[str]) -> tuple[Ref, ...]:
    """The main work, then the other screen works the headline or a heading names and the article gives
    production facts for (a work named only in the text, with its director or its year, is mentioned)."""
    about: list[Ref] = [Ref(WORK, main_title)] if main_title else []
    for fact in facts:
        if fact.relation in _PRIMARY and fact.subject.kind == WORK and fact.subject not in about \
                and fact.subject.name in featured and not fact.evidence.rule.startswith(_IN_PASSING):
            about.append(fact.subject)
    return tuple(about)


def mentioned(facts: list[Fact], about: tuple[Ref, ...]) -> tuple[Ref, ...]:
    seen: dict[Ref, None] = {}
    for fact in facts:
        for ref in (fact.subject, fact.value):
            if isinstance(ref, Ref) and ref not in about:
                seen.setdefault(ref)
    return tuple(seen)
