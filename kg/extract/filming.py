"""Filming: where a work was shot, read from the verb that says so.

A filming verb ("was shot in", "Filmed on location in Milan, the film …",
"Kessler shot it aboard a ferry moored in Rostock") or a clause whose subject
is the shoot itself ("Filming took place in", "Production is scheduled to
begin in Vancouver", "Cameras will roll in Western Australia") takes its
places from its own prepositions of place, with their coordinations ("in
Gateshead and on Tyneside"), through the common nouns a place is named after
("on the island of Favignana", "at the Shaw Brothers studios in Hong Kong").
"Savannah, Georgia" is one place in a region. The work is the clause's, as
for credits; a clause that names none speaks of the work of its sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import ORIGINAL, WorkSpans, clause_work, objects, work_described, work_of
from kg.extract.countries import demonyms, is_country, names_a_place, regions
from kg.extract.dates import DAY_NAMES, MONTHS, SEASONS
from kg.extract.doc import ANAPHOR, OTHER, Candidate, Mention, mention, tokens
from kg.extract.lexicon import (
    FILMING_VERBS,
    NAME_PARTICLES,
    SHOOT_NOUNS,
    SHOOT_VERBS,
    SHOT_PARTS,
    WISHING_FORMS,
    Lexicon,
    lemma,
)
from kg.extract.names import name_span
from kg.extract.reader import SentenceReader
from kg.model import PLACE, WORK

# Prepositions of a place: "in Rome", "at Pinewood Studios", "on Tyneside", "around Newman", "aboard a ferry".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "around", "across", "throughout", "aboard", "near", "outside",
                                 "inside", "within", "above", "off", "along"})
# What "shot in" may name that is no place: a format, a process, a language (the demonyms hold those).
_NOT_PLACES = frozenset({"IMAX", "3D", "CinemaScope", "VistaVision", "Technicolor", "Eastmancolor", "Panavision",
                         "Super", "Dolby", "HD", "4K", "Scope", "Cinerama", "Todd-AO"})
# Languages a film is shot in that name no country's people ("shot in Mandarin"; "in English" is a demonym).
_LANGUAGES = frozenset({"Mandarin", "Cantonese", "Hindi", "Tamil", "Telugu", "Malayalam", "Kannada", "Bengali",
                        "Punjabi", "Marathi", "Urdu", "Farsi", "Persian", "Hebrew", "Arabic", "Swahili", "Yoruba",
                        "Igbo", "Hausa", "Tagalog", "Basque", "Catalan", "Galician", "Welsh", "Gaelic", "Latin"})
# A time where a place might stand: "in May", "in the summer", "over Christmas".
_TIME = re.compile(rf"(?:{'|'.join(DAY_NAMES)}|{SEASONS}|{MONTHS}|Christmas|Easter)(?:\b|$)")


@Language.factory("kg_filming", requires=["token.dep", "doc.spans"])
def make_filming_reader(nlp: Language, name: str) -> FilmingReader:
    return FilmingReader(name)


class FilmingReader(SentenceReader):
    """Adds filming location candidates to `Doc._.candidates`."""

    def __init__(self, name: str = "kg_filming") -> None:
        super().__init__(name)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        reached: set[int] = set()  # the verbs a shoot read before went on to: each is read once a sentence
        for token in tokens(sent):
            if token.i in reached:
                continue
            # (not a shoot only hoped for: "Some fans had hoped the production would shoot in Iceland")
            if lemma(token) in FILMING_VERBS and token.pos_ == "VERB" and not _someone_filmed(token) \
                    and not _wished(token):
                shoot = _going_on(token, reached)
                yield from _places_of(shoot, _work_named_on(shoot, works) or _filmed_work(token, works), sent, works)
            elif _shoot_noun(token) and not _wished(token):
                shoot = [token, *(v for verb in _shoot_clause(token) for v in _going_on(verb, reached))]
                yield from _places_of(shoot, _work_named_on(shoot, works) or _shot_work(token, works), sent, works)


def _wished(token: Token) -> bool:
    """A shoot only hoped for: "fans had hoped the production would shoot in Iceland", "she would love to film in
    Rome" (the clause of a wishing verb)."""
    for _ in range(3):
        if token.dep_ not in ("ccomp", "xcomp", "nsubj", "nsubjpass") or token.head is token:
            return False
        token = token.head
        if token.lower_ in WISHING_FORMS:
            return True
    return False



def _shoot_noun(token: Token) -> bool:
    """"Filming", "principal photography", "the production", "location work": a noun for the shoot itself."""
    if token.pos_ not in ("NOUN", "PROPN"):  # a capital opening the sentence may make "Cameras" a name
        return False
    if token.lower_ == "photography" and token.dep_ not in ("nsubj", "nsubjpass") \
            and not any(c.dep_ in ("amod", "compound") for c in token.children):
        return False  # ("studied photography at Ryerson" is a school; "principal photography began" a shoot)
    if token.lower_ == "interviews" and not _documentary(token.doc):
        return False  # (a feature's "Interviews were filmed in London for the press kit" are publicity)
    return token.lower_ in SHOOT_NOUNS or (token.lower_ == "work"
                                           and any(c.lower_ == "location" for c in token.children))


def _documentary(doc: Doc) -> bool:
    """An article about a documentary, whose interviews are its shoot."""
    return any(t.lower_.startswith(("documentar", "docuseries", "docu-series")) for t in doc)


def _someone_filmed(verb: Token) -> bool:
    """"He filmed outside Iran for the first time: in Italy and Japan, respectively": where a filmmaker shot,
    with no work as the verb's object, says where no one work was shot."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _PERSONAL_PRONOUNS and not objects(verb)


_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})


def _filmed_work(verb: Token, works: WorkSpans) -> Mention | None:
    """The work a filming verb shoots: its object ("Kessler shot it"), the work noun it describes ("X, a drama
    directed by A and shot in Lisbon": the parse may coordinate the participle with the noun), else its
    clause's work."""
    for target in objects(verb):
        work = work_of(target, works)
        if work is not None:
            return work
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and (_shoot_noun(subject) or subject.lower_ in SHOT_PARTS):
        return _shot_work(subject, works)  # ("Interviews were filmed in Calgary": the work in hand's, unless named)
    if subject is not None and subject.lower_ in SHOOT_NOUNS:  # (a feature's publicity interviews: no shoot of it)
        return Mention(OTHER, subject.text, subject.idx, subject.idx + len(subject))
    noun = _noun_described(verb)
    described = work_described(noun, works) if noun is not None else None
    return described or clause_work(verb, works)


def _noun_described(verb: Token) -> Token | None:
    """The noun a participle describes: "a drama shot in Lisbon"; "a drama directed by A and shot in Lisbon",
    where the parse may coordinate "shot" with that noun or with the sentence's verb."""
    if verb.dep_ in ("acl", "conj") and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.doc[verb.i - 1].lower_ != "and" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = next((t for t in reversed(verb.doc[verb.head.i + 1:verb.i]) if t.dep_ == "acl" and t.tag_ == "VBN"), None)
    return before.head if before is not None and before.head.pos_ == "NOUN" else None


def _shot_work(noun: Token, works: WorkSpans) -> Mention | None:
    """"Filming of X", "X's production", "X, which begins production in Vancouver": the work a shoot noun names,
    or the work whose clause begins it; else the sentence's."""
    for child in noun.children:
        if child.dep_ == "poss" and work_of(child, works) is not None:
            return work_of(child, works)
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((work_of(o, works) for o in child.children if o.dep_ == "pobj"), None)
    return clause_work(noun.head, works) if _begun(noun) else None


def _begun(noun: Token) -> bool:
    """"begins production", "started filming", "wrapped principal photography": a shoot the verb begins or ends."""
    return noun.dep_ == "dobj" and lemma(noun.head) in ("begin", "start", "enter", "wrap", "finish", "commence")


def _work_named_on(shoot: list[Token], works: WorkSpans) -> Mention | None:
    """"Cameras roll on X", "Production began on X": the work a shoot is on."""
    for token in shoot:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "on":
                titles = [works.at(o) for o in child.children if o.dep_ == "pobj"]
                if titles and titles[0] is not None:
                    return mention(titles[0], WORK)
    return None


def _shoot_clause(noun: Token) -> list[Token]:
    """The verbs that say where a shoot is: the one it is the subject of ("Filming took place in"), or the
    participle after it ("with filming expected to begin in"), and the verbs these go on to ("Production is
    scheduled to begin in")."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "compound" and noun.head.pos_ == "VERB"):
        verbs.append(noun.head)  # ("Cameras roll in Porto": the parse may hang the subject on as a compound)
    if _begun(noun):
        return [noun.head]  # ("X, which begins production in Vancouver": the verb that begins it says where)
    found = []
    for verb in verbs:
        if lemma(verb) in SHOOT_VERBS | FILMING_VERBS:
            found.append(verb)
        found.extend(c for c in verb.children if c.dep_ == "xcomp" and lemma(c) in SHOOT_VERBS | FILMING_VERBS)
    return found


def _going_on(verb: Token, reached: set[int]) -> list[Token]:
    """A shoot's verb and the verbs of the shoot it goes on to: "began in Lisbon and will move on to Porto before
    wrapping in Madrid", "is set to begin shooting in" (none that an earlier shoot of the sentence reached)."""
    found, stack = [], [verb]
    while stack:
        token = stack.pop()
        if token.i in reached:
            continue
        reached.add(token.i)
        found.append(token)
        for child in token.children:
            # ("filmed in six countries, beginning in Tokyo and ending in Canada": the participles of its course)
            onward = child.dep_ in ("conj", "xcomp", "advcl") or (child.dep_ == "prep"
                                                                  and child.lower_ in ("before", "after"))
            for candidate in ([child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pcomp"]):
                if onward and lemma(candidate) in SHOOT_VERBS | FILMING_VERBS and candidate.pos_ == "VERB":
                    stack.append(candidate)
    return found


def _places_of(shoot: list[Token], work: Mention | None, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """The filming places a shoot's verbs and nouns name, each once, and the region a city's comma names."""
    if work is not None and work.kind not in (WORK, ANAPHOR, ORIGINAL):
        return  # a slate of works, or a clause about something else: a character, a song
    region = None
    seen: set[int] = set()
    for place in (p for token in shoot for p in _places_under(token, works)):
        if place.start in seen or (region is not None and place.start == region.start):
            continue  # "in Tokyo, Japan", parsed as a list of two
        seen.add(place.start)
        yield Candidate("filming_location", work, mention(place, PLACE), sent, "filming:place")
        region = _region_of(place)
        if region is not None:
            yield Candidate("contained_in", mention(place, PLACE), mention(region, PLACE), sent, "filming:place")


def _places_under(token: Token, works: WorkSpans) -> Iterator[Span]:
    """The places a verb's (or a shoot noun's) prepositions of place name, with the prepositions coordinated
    with them ("in Gateshead and on Tyneside", "in and around Belfast")."""
    motion = lemma(token) in _MOTION_VERBS
    for preposition in _place_prepositions(token, motion):
        for head in (o for o in preposition.children if o.dep_ == "pobj"):
            for item in (head, *head.conjuncts):
                yield from _named_place(item, works, depth=2)
    for preposition in (c for c in token.children if c.dep_ == "prep" and c.lower_ in _TIME_PREPOSITIONS):
        for time in (o for o in preposition.children
                     if o.dep_ == "pobj" and (_TIME.match(o.text) or o.lower_ in _DURATIONS)):
            yield from _places_led_to(time, works, 1)  # "between February and June in Halifax", "over 18 months in"


_DURATIONS = frozenset({"days", "weeks", "months", "years", "day", "week", "month", "year"})
_TIME_PREPOSITIONS = frozenset({"between", "from", "during", "over", "until", "through", "for"})
# Verbs of a shoot moving on, whose "to" names its next place: "will move on to Porto".
_MOTION_VERBS = frozenset({"move", "relocate", "shift", "head"})


def _place_prepositions(token: Token, motion: bool) -> list[Token]:
    """A verb's (or noun's) prepositions of place; "to" too for a shoot that moves ("will move on to Porto")."""
    allowed = _PLACE_PREPOSITIONS | {"to"} if motion else _PLACE_PREPOSITIONS
    found = []
    for child in token.children:
        # "shot at A and on location in B": the parse may coordinate the second preposition with the verb, and
        # take the first of "in and around B" for an adverb
        if child.lower_ in allowed and (child.dep_ in ("prep", "conj") and child.pos_ == "ADP"
                                        or child.dep_ == "advmod") and not _denied(child):
            found.extend((child, *(c for c in child.conjuncts if c.lower_ in allowed)))
    return found


def _denied(preposition: Token) -> bool:
    """"shoot it where it happened, not on a set in Mumbai": a place the text says the shoot is not in."""
    return any(c.dep_ == "neg" for c in preposition.children) or preposition.doc[preposition.i - 1].lower_ in (
        "not", "never", "instead")


def _named_place(token: Token, works: WorkSpans, depth: int) -> Iterator[Span]:
    """The place a noun phrase names: a proper name, or one a common noun or a time leads to ("the island of
    Favignana", "soundstages in Burnaby", "a ferry moored in Rostock", "in March 2023 in Seoul"), as a plural
    name may ("the Twin Cities of Minneapolis"); a studio and the city it is in ("at Origo Studios in Budapest")."""
    if works.at(token) is not None:
        return
    common = token.text[:1].islower() or bool(_TIME.match(token.text)) or token.like_num
    if common:
        if token.lower_ not in _PARTS:  # ("in the lead role of Arthur Penhale" names a part, no place)
            yield from _places_led_to(token, works, depth)
        return
    plural_of = list(_places_led_to(token, works, depth, prepositions=("of",))) if token.tag_ == "NNPS" else []
    if plural_of:
        yield from plural_of
        return
    name = _with_its_of(_with_its_owner(name_span(token)))
    if name is not None and _may_be_place(name, token.doc._.lexicon) and not _after_a_particle(name):
        yield name
        yield from _places_led_to(token, works, depth, prepositions=("in",))


def _with_its_of(name: Span | None) -> Span | None:
    """"the eastern Bay of Plenty", "the Isle of Man": one word of a kind of place, then "of" and a name, is one
    place's name."""
    if name is None or len(name) != 1 or name.text not in _PLACES_OF or name.end + 1 >= len(name.doc) \
            or name.doc[name.end].lower_ != "of":
        return name
    rest = name_span(name.doc[name.end + 1])
    return name.doc[name.start:rest.end] if rest is not None and rest.start == name.end + 1 else name


# The kinds of place whose name goes on with "of": "Bay of Plenty", "Isle of Skye", "Gulf of Mexico".
_PLACES_OF = frozenset({"Bay", "Isle", "Isles", "Gulf", "Sea", "Lake", "Cape", "Firth", "Strait", "Straits", "Vale",
                        "Island", "Islands", "Mull", "Kyle", "Sound", "Port", "Mount", "City"})


def _after_a_particle(name: Span) -> bool:
    """"on a budget van Hoorn describes as …": a name after a lower-case particle that no capitalized word opens
    is a person's family name ("Rio de Janeiro" is one name)."""
    doc = name.doc
    return name.start > 0 and doc[name.start - 1].text in NAME_PARTICLES \
        and not (name.start > 1 and doc[name.start - 2].text[:1].isupper())


def _with_its_owner(name: Span | None) -> Span | None:
    """"Robin Hood's Bay", "St John's Wood", "Land's End": a place called after someone, whose name's last word
    is a kind of place, takes in the owner's possessive."""
    if name is None or name.start < 2 or name[-1].text not in _PLACE_KINDS \
            or name.doc[name.start - 1].text not in ("'s", "’s", "'", "’"):
        return name
    owner = name_span(name.doc[name.start - 2])
    if owner is None or names_a_place(owner.text):
        return name  # ("New York's Central Park": a place in a place)
    return name.doc[owner.start:name.end]


# The last words of places called after someone ("Robin Hood's Bay").
_PLACE_KINDS = frozenset({"Bay", "Head", "Island", "Wood", "Cross", "End", "Vineyard", "Point", "Hill", "Park",
                          "Landing", "Cove", "Harbour", "Harbor", "Rock", "Green", "Bridge", "Beach", "Valley"})


def _places_led_to(noun: Token, works: WorkSpans, depth: int,
                   prepositions: frozenset[str] | tuple[str, ...] = _PLACE_PREPOSITIONS | {"of"}) -> Iterator[Span]:
    if depth == 0:
        return
    for child in noun.children:
        holders = [child] if child.dep_ == "prep" else \
            [g for g in child.children if g.dep_ == "prep"] if child.dep_ == "acl" else []
        for preposition in (p for h in holders for p in (h, *h.conjuncts) if p.lower_ in prepositions):
            for item in (o for o in preposition.children if o.dep_ == "pobj"):
                for place in (item, *item.conjuncts):
                    yield from _named_place(place, works, depth - 1)


# Nouns of a part an actor plays, whose "of" names the character.
_PARTS = frozenset({"role", "roles", "part", "parts", "character", "characters"})


def _may_be_place(name: Span, lexicon: Lexicon) -> bool:
    """Not a time ("in May"), a language ("shot in English"), a format ("shot in IMAX") or a company ("in
    development at HBO"; a studio lot is a place: "at Ardmore Studios")."""
    text = name.text
    language = text in demonyms() and not is_country(text) or text in _LANGUAGES
    # ("shot in the Amazon": a company's name after "the" is the region)
    the = name.start > 0 and name.doc[name.start - 1].lower_ == "the"
    company = lexicon.is_platform(text) or (lexicon.is_known_organization(text) and not the)
    return not _TIME.fullmatch(text) and not language and not company and not name[0].like_num \
        and not any(w.text in _NOT_PLACES for w in name)


def _region_of(place: Span) -> Span | None:
    """"Savannah, Georgia": the region or country after a city's comma says where the city is."""
    doc = place.doc
    if place.end + 1 >= len(doc) or doc[place.end].text != ",":
        return None
    region = name_span(doc[place.end + 1])
    if region is None or region.start != place.end + 1 or is_country(place.text):
        return None
    return region if is_country(region.text) or region.text in regions() else None
