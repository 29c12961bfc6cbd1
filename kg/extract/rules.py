"""Rules read from a sentence's surface, its titles replaced by work markers.

What is a format rather than a sentence reads best this way: cast lists
("Cast: A – C; B – D", "starring A as C, B (D)", "…, respectively"), counts
("16 episodes"), filming dates and places, other titles and other names.
When the model is missing there is no parse, and the surface rules for
descriptions, credits, releases and sources stand in for the components.
Each rule is a function ``rule(sentence) -> Iterable[Fact]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import regex as re

from kg.extract.countries import countries_listed, countries_named, demonyms, is_country, regions
from kg.extract.dates import DATE, DATE_RE, FULL_MONTHS, HAS_YEAR, MONTHS, SEASONS, parse_date
from kg.extract.lexicon import (
    DRAMA_SERIES_COUNTRIES,
    FILMING_EXTENT,
    GENRE_WORDS,
    ORGANIZATION_PREFIXES,
    ORGANIZATION_SUFFIXES,
    PERSON_NOUNS,
    SERIES_WORDS,
    SOURCE_KINDS,
    SOURCE_NOUNS,
    WATCH_LABELS,
    WISHING_FORMS,
    WORK_NOUNS,
    Vocabulary,
    genre_words_in,
    genres_named,
    names_a_job,
)
from kg.extract.patterns import (
    DESCRIPTORS,
    LIST_SPLIT,
    NAME,
    NAME_LIST,
    NAME_RE,
    NUMBER,
    ORDINAL_WORDS,
    ORG_LIST,
    WORK,
    WORK_RE,
    alternation,
    is_known_organization,
    platform_pattern,
    split_list,
    to_int,
    work_slot,
)
from kg.model import ORGANIZATION, PERSON, PLACE, Evidence, Fact, PartialDate, Ref
from kg.model import WORK as WORK_KIND

Rule = Callable[["Sentence"], Iterable[Fact]]
_SLATE = re.compile(r"(?i)\b(?:all|each|every|both)\s+(?:\w+\s+){0,2}?(?:titles|series|films|movies|shows|"
                    r"projects|dramas|originals|of\s+them)\b|\bthe\s+(?:whole\s+|entire\s+)?slate\b")


@dataclass
class Sentence:
    """One sentence prepared for the rules, with what the article around it knows."""

    text: str                      # as written, for the evidence
    masked: str                    # apostrophes normalized, titles replaced by work markers
    start: int
    end: int
    titles: dict[int, str]         # marker number -> title as written
    main_title: str | None
    article_date: date | None
    focus_title: str | None = None  # the work the paragraph is talking about so far
    cast_context: bool = False     # a list item or paragraph under a cast heading
    character_first: bool = False  # "Character (Actor)" lists in this article
    vocabulary: Vocabulary = Vocabulary()
    claimed: set[str] = field(default_factory=set)

    @property
    def platforms(self) -> tuple[str, ...]:
        return self.vocabulary.platforms

    @property
    def organizations(self) -> tuple[str, ...]:
        return self.vocabulary.organizations

    def evidence(self, rule: str, confidence: float) -> Evidence:
        return Evidence(self.text, self.start, self.end, rule, confidence)

    def work(self, marker: str | None) -> Ref | None:
        """The work a marker number stands for, or the article's main work for None."""
        if marker is None:
            title = self.focus_title or self.main_title
            return Ref(WORK_KIND, title) if title else None
        return Ref(WORK_KIND, self.titles[int(marker)])

    @property
    def about_several_works(self) -> bool:
        """"All six titles are produced by …": a sentence about a whole slate names no single work."""
        return bool(_SLATE.search(self.masked))

    def subject_near(self, position: int, skip_asides: bool = False) -> Ref | None:
        """The work a cue at `position` speaks of: the nearest title before it, else after, else the main work;
        not a title that only says who a person is ("Six-part drama from Greyhaven writer A"), nor, with
        `skip_asides`, one in a clause about a person's other work ("A, who also starred in Bog Queen, is joined
        by …")."""
        asides = [m.span() for m in _WHO_ASIDE.finditer(self.masked)
                  if not m.start() < position < m.end()] if skip_asides else []
        markers = [(m.start(), m.group(1)) for m in WORK_RE.finditer(self.masked)
                   if not _PERSON_NOUN_AFTER.match(self.masked, m.end())
                   and not any(start < m.start() < end for start, end in asides)]
        before = [num for pos, num in markers if pos < position]
        if before:
            return self.work(before[-1])
        if markers:
            return self.work(markers[0][1])
        return None if self.about_several_works else self.work(None)

    def consume(self, start: int, end: int) -> None:
        """Blank a clause a rule has read, so that later rules do not read it again (offsets stay)."""
        self.masked = self.masked[:start] + " " * (end - start) + self.masked[end:]


# A relative clause that tells who a person is by another work: "A, who also starred in X, is joined by …",
# "the filmmaker whose drama X (2021) …," (not "A, who stars in X, is joined by …": the work in hand).
_WHO_ASIDE = re.compile(r"(?:,\s+who\s+(?:also|previously|earlier|once|last|\w+ed|had|was|were|made|wrote|led|"
                        r"broke|won|shot|took)\b|\bwhose\b)[^,;]*,")
# A person's noun right after a title, which then only says who the person is: "Greyhaven writer A".
# ("Gull Point star A", not "Low Tide stars A": the verb)
_PERSON_NOUN_AFTER = re.compile(rf"\s+(?:(?:{'|'.join(sorted(PERSON_NOUNS | {'creator', 'alum'}))})s?|star)\b")


def _i(pattern: str) -> re.Pattern:
    """Cue words match in any case; names keep their own case checks through (?-i:...)."""
    return re.compile(pattern, re.IGNORECASE)


def _names(text: str) -> list[str]:
    """The full names in a list slot, dropping items that are not names."""
    return [item for item in split_list(text) if NAME_RE.fullmatch(item)]


_ACRONYM_OR_NUMBER = re.compile(r"[A-Z0-9]{2,}|\d+")


def is_organization(name: str, sentence: Sentence) -> bool:
    extra = sentence.platforms + sentence.organizations
    words = name.split()
    return (is_known_organization(name, extra) or words[-1] in ORGANIZATION_SUFFIXES
            or (len(words) > 1 and words[0] in ORGANIZATION_PREFIXES)
            or any(_ACRONYM_OR_NUMBER.fullmatch(w) for w in words))  # "GDH 559": acronyms and numbers


def _person_refs(text: str, sentence: Sentence) -> list[Ref]:
    return [Ref(PERSON, n) for n in _names(_case_sensitive_prefix(text)) if not is_organization(n, sentence)]


def _case_sensitive_prefix(text: str) -> str:
    """Cut a list slot where the names end ("A and B with production by …" -> "A and B")."""
    match = re.match(rf"(?-i:{NAME_LIST})", text)
    return match.group(0) if match else ""


def _fact(sentence: Sentence, relation: str, subject: Ref | None, value, rule: str,
          confidence: float, character: str | None = None) -> Iterator[Fact]:
    if subject is None or value in (None, ""):
        return
    yield Fact(relation, subject, value, sentence.evidence(rule, confidence), character)


# --- descriptions: "X is an upcoming Japanese romantic drama movie", "the sci-fi series X" -----------

_NOUN_ALTERNATION = alternation(tuple(WORK_NOUNS))
_COPULA = _i(rf"^\s*(?:\w+,\s+|(?-i:{NAME})'s\s+)?{WORK}(?:,\s+(?:which|who)\s+[^,]{{1,80}})?\s*,?\s+"
             rf"(?:is|was|will\s+be|marks|is\s+set\s+to\s+be)\s+(?:a|an|the)\s+(?P<rest>.+)")
_APPOSITIVE = _i(rf"\b(?:the|a|an|this|that|its|upcoming)\s+(?P<desc>(?:[\w+'\-]+\s+){{0,5}}?)"
                 rf"(?P<noun>{_NOUN_ALTERNATION})?\s*{WORK}")
_AFTER_TITLE = _i(rf"{WORK}\s*,\s+(?:a|an|the)\s+(?P<rest>[^,;.]+)")
_NOT_DESCRIPTION = {"actor", "actress", "star", "singer", "idol", "director", "writer", "producer", "who",
                    "which", "that", "known", "for", "of", "by", "with", "in", "on", "at", "from", "and",
                    "about", "where", "based", "his", "her", "their", "its", "comedian", "rapper", "the",
                    "directed", "written", "starring", "set", "to", "is", "was", "will"}


def describe_work(sentence: Sentence) -> Iterator[Fact]:
    """Type, genre, country and platform from the words that describe a work."""
    m = _COPULA.match(sentence.masked)
    if m:
        words, noun = _description_head(m.group("rest"))
        if noun:
            yield from _description_facts(sentence, sentence.work(m.group("w")), words, noun, True)
    for m in _AFTER_TITLE.finditer(sentence.masked):
        words, noun = _description_head(m.group("rest"))
        if noun or any(w.lower() in GENRE_WORDS | set(sentence.vocabulary.genres) for w in words):
            yield from _description_facts(sentence, sentence.work(m.group("w")), words, noun or "", True)
    for m in _APPOSITIVE.finditer(sentence.masked):
        words = m.group("desc").split()
        if not any(w.lower() in _NOT_DESCRIPTION for w in words):
            noun = (m.group("noun") or "").lower()
            yield from _description_facts(sentence, sentence.work(m.group("w")), words, noun, False)


def _description_head(text: str) -> tuple[list[str], str | None]:
    """Split "upcoming Japanese romantic drama movie directed by …" into its modifiers and its last work noun."""
    words: list[str] = []
    for word in re.findall(r"[\w+'\-]+|[^\w\s]", text):
        if not re.match(r"[\w+]", word) or word.lower() in _NOT_DESCRIPTION:
            break
        words.append(word)
    for end in range(len(words), 0, -1):
        for size in (2, 1):
            noun = " ".join(words[end - size:end]).lower()
            if end - size >= 0 and noun in WORK_NOUNS:
                return words[:end - size], noun
    return words, None


def _description_facts(sentence: Sentence, subject: Ref | None, words: list[str], noun: str,
                       copular: bool) -> Iterator[Fact]:
    rule = "description" if copular else "appositive"
    text = " ".join(words)
    countries = countries_named(text, noun)
    for country in countries:
        yield from _fact(sentence, "country_of_origin", subject, Ref(PLACE, country), rule, 0.9)
    country = countries[0] if countries else None
    for platform in re.findall(platform_pattern(sentence.platforms), text):
        if re.search(rf"{re.escape(platform)}\s+(?:Original|original|exclusive)", text):
            yield from _fact(sentence, "release_platform", subject, Ref(ORGANIZATION, platform), rule, 0.85)
    genre = genre_words_in(words, GENRE_WORDS | set(sentence.vocabulary.genres), noun)
    work_type = WORK_NOUNS.get(noun)
    if noun == "drama":
        genre.append("drama")
        # "a South Korean romantic comedy drama" is a series; "the romantic drama X" says only the genre.
        work_type = "TVSeries" if copular and country in DRAMA_SERIES_COUNTRIES else None
    if genre and (genre != ["drama"] or noun != "drama" or not copular):
        for value in genres_named(" ".join(genre)):
            yield from _fact(sentence, "genre", subject, value, rule, 0.85)
    if work_type and work_type != "CreativeWork":
        yield from _fact(sentence, "type", subject, work_type, rule, 0.9 if copular else 0.8)


# --- credits: director, writer, producer, production company ----------------------------------------

_CREDIT_CUES: list[tuple[str, tuple[str, ...]]] = [
    (r"(?:written\s+and\s+directed|directed\s+and\s+(?:co-)?written)\s+by", ("director", "writer")),
    (r"(?:directed|helmed|co-directed)\s+by", ("director",)),
    (r"(?:co-written|written|penned|scripted|adapted\s+for\s+the\s+screen|co-wrote)\s+by", ("writer",)),
    (r"(?:screenplay|script|teleplay)\s+(?:is\s+|was\s+|will\s+be\s+)?(?:written\s+)?(?:by|from)", ("writer",)),
    (r"(?:with\s+a\s+)?(?:screenplay|script)\s+(?:penned\s+)?by", ("writer",)),
    (r"(?:from|by)\s+(?:director|filmmaker)", ("director",)),
    (r"(?:from|by)\s+(?:writer|screenwriter)", ("writer",)),
    (r"(?:created|co-created)\s+by", ("creator",)),
    (r"series\s+composition\s+(?:is\s+|was\s+|will\s+be\s+)?(?:handled\s+|done\s+)?by", ("writer",)),
    (r"(?:produced|co-produced|executive\s+produced)\s+by", ("producer",)),
    (r"(?:showrunner|executive\s+producer)", ("producer",)),
]
_CREDIT_PATTERNS = [(_i(rf"\b{cue}\s+{DESCRIPTORS}(?P<list>.+)"), relations) for cue, relations in _CREDIT_CUES]
_COMPOUND_CREDIT = re.compile(rf"(?P<name>{NAME})-(?P<cue>directed|written|produced|helmed)\b")
_NAME_DIRECTS = re.compile(rf"(?P<name>{NAME})\s+(?:(?i:directs|will\s+direct|is\s+directing|is\s+set\s+to\s+"
                           rf"direct|directed|serves\s+as\s+director|will\s+serve\s+as\s+director))\b")
_SERVES_AS = re.compile(rf"(?P<name>{NAME}),?\s+(?:(?i:who|also|will|is|serves|serve|as|the|series)\s+)+"
                        rf"(?i:showrunner|executive\s+producer)")
_NAME_WRITES = re.compile(rf"(?P<name>{NAME})\s+(?i:wrote|penned|writes|is\s+writing|will\s+write)\s+"
                          rf"(?i:the\s+)?(?i:script|screenplay)")
_PRODUCTION = _i(r"\b(?:production\s+(?:is\s+|was\s+|will\s+be\s+)?(?:handled|helmed|led|overseen|done)\s+by|"
                 r"animation\s+(?:production\s+)?(?:is\s+|was\s+)?(?:handled\s+)?by|"
                 r"(?:from|by|at)\s+(?:the\s+)?(?:animation\s+|production\s+)?(?-i:studio))\s+(?P<list>.+)")


@lru_cache(maxsize=16)
def _user_cue_patterns(cues: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """Credit patterns for the cue phrases a newsroom listed in kg.toml (cast cues are read by `cast`)."""
    return tuple((_i(rf"\b{re.escape(phrase)}\s+{DESCRIPTORS}(?P<list>.+)"), (relation,))
                 for relation, phrase in cues if relation != "cast")


def credits(sentence: Sentence) -> Iterator[Fact]:
    """Directed by, written by, screenplay by, produced by, production handled by, X-directed."""
    text = sentence.masked
    for pattern, relations in _CREDIT_PATTERNS + list(_user_cue_patterns(sentence.vocabulary.cues)):
        for m in pattern.finditer(text):
            subject = sentence.subject_near(m.start())
            for name in split_list(_case_sensitive_prefix_org(m.group("list"))):
                yield from _credit(sentence, subject, relations, name, f"credit:{relations[0]}")
    for m in _COMPOUND_CREDIT.finditer(text):
        relation = {"directed": "director", "helmed": "director", "written": "writer",
                    "produced": "producer"}[m.group("cue")]
        following = WORK_RE.search(text, m.end())
        subject = sentence.work(following.group(1)) if following else sentence.work(None)
        yield from _credit(sentence, subject, (relation,), m.group("name"), f"credit:{relation}-compound")
    for pattern, relation in ((_NAME_DIRECTS, "director"), (_NAME_WRITES, "writer"), (_SERVES_AS, "producer")):
        for m in pattern.finditer(text):
            if not is_organization(m.group("name"), sentence):
                yield from _credit(sentence, sentence.subject_near(m.end()), (relation,), m.group("name"),
                                   f"credit:{relation}-verb")
    for m in _PRODUCTION.finditer(text):
        subject = sentence.subject_near(m.start())
        for name in split_list(_case_sensitive_prefix_org(m.group("list"))):
            yield from _fact(sentence, "production_company", subject, Ref(ORGANIZATION, name), "credit:studio", 0.9)


def _case_sensitive_prefix_org(text: str) -> str:
    match = re.match(rf"(?-i:{ORG_LIST})", text)
    return match.group(0) if match else ""


def _credit(sentence: Sentence, subject: Ref | None, relations: tuple[str, ...], name: str,
            rule: str) -> Iterator[Fact]:
    if relations == ("production_company",):
        yield from _fact(sentence, "production_company", subject, Ref(ORGANIZATION, name), rule, 0.85)
        return
    if is_organization(name, sentence):
        if "producer" in relations:
            yield from _fact(sentence, "production_company", subject, Ref(ORGANIZATION, name), rule, 0.85)
        return
    if not NAME_RE.fullmatch(name):
        return
    for relation in relations:
        yield from _fact(sentence, relation, subject, Ref(PERSON, name), rule, 0.9)


# --- release: "coming to Netflix on March 24th, 2022", "premieres on tvN" ----------------------------

_RELEASE_VERBS = (r"(?:coming|comes|come|arrives?|arriving|lands?|landing|premieres?|premiering|premiered|"
                  r"debuts?|debuting|debuted|streams?|streaming|drops?|dropping|dropped|released?|releases|"
                  r"releasing|heads?|heading|hits?|launch(?:es|ing|ed)?|available|airs?|airing|aired|"
                  r"broadcasts?|broadcasting|opens?|opening|opened|begins|starts|returns?|returning|expected)")
_RELEASE_CUE = _i(rf"\b(?:{_RELEASE_VERBS}|release\s+date|premiere\s+date|slated\s+for|set\s+for|"
                  rf"scheduled\s+for|due\s+(?:out\s+)?(?:on|in))\b")
_WISH_BEFORE = _i(rf"\b(?:{alternation(tuple(sorted(WISHING_FORMS)))})\s+to\s+$")
_EXTENT = alternation(tuple(FILMING_EXTENT))
_FILMING_CUE = _i(r"\b(?:principal\s+photography|filming|shooting|(?:the|entire|whole|\w+-(?:day|week))\s+shoot|"
                  r"cameras\s+(?:rolled|(?:started|began)\s+rolling)|"
                  r"(?:shot|filmed)\s+(?:from|between)|(?:went|goes|going|go)\s+(?:into\s+production|on\s+floors)|"
                  r"production\s+(?:is\s+(?:set|scheduled|slated)\s+to\s+|will\s+)?(?:began|begins|begin|started|"
                  r"starts|start|wrapped|wraps|wrap|ended|kicked|commenced|commence))")


@lru_cache(maxsize=16)
def _platform_patterns(extra: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """"… on PLATFORM" and "PLATFORM will air W", for the built-in platforms and a newsroom's own."""
    platforms = platform_pattern(extra)
    return (_i(rf"\b(?:on|to|via|through)\s+(?-i:(?P<platform>{platforms}))"),
            _i(rf"(?-i:(?P<platform>{platforms}))\s+(?:will\s+)?(?:air|airs|stream|streams|release|releases|"
               rf"premiere|premieres|launch|launches|debut|debuts)\s+{WORK}"))


def release(sentence: Sentence) -> Iterator[Fact]:
    """Platform and date of a release; the date is read from the sentence that gives the release cue."""
    text = sentence.masked
    cue = _RELEASE_CUE.search(text)
    if not cue or _WISH_BEFORE.search(text, 0, cue.start()):
        return  # ("he hopes to premiere X at a festival next year": a wish, not a plan)
    platform_re, before_work = _platform_patterns(sentence.platforms)
    for m in before_work.finditer(text):
        yield from _fact(sentence, "release_platform", sentence.work(m.group("w")),
                         Ref(ORGANIZATION, m.group("platform")), "release:platform", 0.9)
    for m in platform_re.finditer(text, cue.start()):
        subject = sentence.subject_near(m.start())
        yield from _fact(sentence, "release_platform", subject, Ref(ORGANIZATION, m.group("platform")),
                         "release:platform", 0.9)
    filming = [m.end() for m in _FILMING_CUE.finditer(text)]
    if filming:  # "Production begins in May, and the series is expected on Max in 2026": dates after the release
        cues = [c for c in _RELEASE_CUE.finditer(text)
                if c.start() > filming[-1] and re.search(r"[,;]|\band\b", text[filming[-1]:c.start()])]
        if not cues:
            return
        cue = cues[0]
    # Release news is about what is coming unless the verb says it already happened.
    future = bool(re.search(r"\b(?:will|upcoming|coming|set\s+to|slated|scheduled|due|expected|going\s+to)\b",
                            text, re.I)) or not re.search(r"\b(?:premiered|released|debuted|aired|arrived|landed|"
                                                          r"dropped|launched|opened|streamed|was|were)\b", text, re.I)
    for m in DATE_RE.finditer(text, cue.start() if filming else 0):
        parsed = parse_date(m.group(0), sentence.article_date, future=future)
        if parsed:
            subject = sentence.subject_near(cue.start())
            confidence = 0.9 if parsed.precision == 3 else 0.75
            yield from _fact(sentence, "release_date", subject, parsed, "release:date", confidence)


# --- filming: dates and places -----------------------------------------------------------------------

# A shoot's start and end, as done ("began", "wrapped") or still to come ("begins", "is scheduled to wrap").
_STARTED = _i(r"\b(?:began|begun|started|commenced|kicked\s+off|got\s+underway|rolled|"
              r"went\s+(?:into\s+production|on\s+floors))\b(?P<rest>.*)")
_STARTING = _i(r"\b(?:begins|starts|(?:will|(?:is|are)\s+(?:set|scheduled|slated|due)\s+to)\s+(?:begin|start|commence)|"
               r"(?:goes|going|go)\s+(?:into\s+production|on\s+floors))\b(?P<rest>.*)")
_ENDED = _i(r"\b(?:ended|wrapped|concluded|finished)\b(?P<rest>.*)")
_ENDING = _i(r"\b(?:ends|wraps|(?:will|to)\s+wrap|(?<!\ba\s)wrap(?=\s+(?:on|in)\s)"  # ("they wrap on October 27")
             r"|(?:is|are)\s+(?:set|scheduled|due)\s+to\s+(?:wrap|end|conclude))\b"
             r"(?P<rest>.*)")
# "shot between June and August 2024", "filming ran from March to May": a range the shoot's own words give.
_FILMING_RANGE = _i(rf"\b(?:shot|filmed|filming|shooting|shoot|production|photography)\b[^.;]{{0,40}}?"
                    rf"\b(?:from\s+(?P<d1>{DATE})\s+(?:to|until|through|till)|between\s+(?P<d1>{DATE}|"
                    rf"{FULL_MONTHS})\s+and)\s+(?P<d2>{DATE})")
# A month named alone after a preposition, in a sentence about a shoot: "Filming begins in April in Soweto",
# "kicked off last October" (a past month).
_SHOOT_MONTH = _i(rf"\b(?P<when>in|by|until|last|this)\s+(?:early\s+|mid-?|late\s+|later\s+in\s+)?"
                  rf"(?-i:(?P<month>{FULL_MONTHS}))\b")
# Where the clause of a shoot's start or end stops: another clause's date is not the shoot's ("Filming has
# started on the series, which arrives in December", "began in Budapest and ran until September").
_CLAUSE_BREAK = _i(r",\s*(?:which|and|but|while|ahead|before|after|as)\b|;|\s(?:ahead\s+of|until|while|with|once)\s"
                   r"|\s(?:before|after)\s+(?:the|its|a|an|his|her|their)\s"
                   r"|\sand\s+(?:then\s+)?(?:\w+ed|ran|went|moved|was|is|will|has|had)\b")
# "filmed in", "Filmed on location in", "was shot primarily in"
_FILMED_IN = _i(rf"\b(?:filmed|shot)\s+(?:on\s+location\s+)?(?:{_EXTENT}\s+)?in\b")
_FILMING_PLACE = _i(r"\b(?:(?:filming|shooting|principal\s+photography|production|the\s+shoot)\s+"
                    r"(?:took|takes|will\s+take|is\s+taking|is\s+set\s+to\s+take)\s+place|"
                    rf"(?:filmed|shot|filming|shooting)(?:\s+on\s+location)?)\s+(?:{_EXTENT}\s+)?"
                    r"(?:in|across|around)\s+(?P<list>(?-i:[\p{Lu}][^.;]*))")


_IN_PLACE = re.compile(rf"\b(?:in|across|around)\s+(?!{MONTHS}|{SEASONS}|(?:early|mid|late)\b)"
                       rf"(?P<list>\p{{Lu}}[^.;]*)")


def filming_places(sentence: Sentence) -> Iterator[Fact]:
    """Filming took place in PLACE (without a parse: `kg.extract.filming` reads the places on one)."""
    text = sentence.masked
    if not _FILMING_CUE.search(text) and not _FILMED_IN.search(text):
        return
    subject = _filming_subject(sentence)
    places = [m.group("list") for m in _FILMING_PLACE.finditer(text)]
    if not places:
        places = [m.group("list") for m in _IN_PLACE.finditer(text)]
    for place_list in places:
        yield from _places(sentence, subject, place_list)


def filming_dates(sentence: Sentence) -> Iterator[Fact]:
    """Principal photography began / wrapped on DATE."""
    text = sentence.masked
    if not _FILMING_CUE.search(text) and not _FILMED_IN.search(text):
        return
    subject = _filming_subject(sentence)
    found_range = _FILMING_RANGE.search(text)
    if found_range:
        dated = {"filming_start": _shoot_date(found_range.group("d1"), False, sentence=sentence),
                 "filming_end": _shoot_date(found_range.group("d2"), False, sentence=sentence)}
        start, end = dated["filming_start"], dated["filming_end"]
        if start is not None and end is not None and not HAS_YEAR.search(found_range.group("d1")):
            # "between June and August 2024", "between December and February 2025": the end's year, or the one before
            dated["filming_start"] = replace(start, year=end.year - ((start.month or 0) > (end.month or 12)))
    else:
        dated = {relation: _shoot_date(*_first_date_after(done, planned, text), sentence=sentence)
                 for relation, done, planned in (("filming_start", _STARTED, _STARTING),
                                                 ("filming_end", _ENDED, _ENDING))}
    for relation, parsed in dated.items():
        yield from _fact(sentence, relation, subject, parsed, f"filming:{relation}", 0.9)


def _first_date_after(done: re.Pattern, planned: re.Pattern, text: str) -> tuple[str | None, bool]:
    """The date in the clause of a shoot's start (or end), and whether it is still to come: a cue of what was done
    wins over one of what was planned ("was expected to wrap in May, finally ended in August")."""
    match, still_to_come = done.search(text), False
    if match is None:
        match, still_to_come = planned.search(text), True
    if match is None:
        return None, False
    rest = match.group("rest")
    cut = _CLAUSE_BREAK.search(rest)
    rest = rest[:cut.start()] if cut else rest
    others = [m.start() for m in (p.search(rest) for p in (_STARTED, _STARTING, _ENDED, _ENDING)) if m]
    rest = rest[:min(others)] if others else rest  # "began …, and ended on D2": D2 only the end's
    date_match = DATE_RE.search(rest)
    if date_match:
        return date_match.group(0), still_to_come
    month = _SHOOT_MONTH.search(rest)
    if month is None:
        return None, False
    return month.group("month"), still_to_come and month.group("when").lower() != "last"


def _shoot_date(span: str | None, planned: bool, *, sentence: Sentence) -> PartialDate | None:
    """A shoot's date: forward from the article's when still to come, and then in the article's own month if it
    names that month ("scheduled to wrap in late March", written in March)."""
    if span is None:
        return None
    parsed = parse_date(span, sentence.article_date, future=planned)
    today = sentence.article_date
    if parsed is not None and planned and today is not None and parsed.day is None \
            and (parsed.year, parsed.month) == (today.year + 1, today.month):
        return replace(parsed, year=today.year)
    return parsed


def _filming_subject(sentence: Sentence) -> Ref | None:
    text = sentence.masked
    subject = sentence.subject_near(len(text))
    if WORK_RE.search(text):
        subject = sentence.subject_near(0) if not WORK_RE.search(text[:10]) else subject
    return subject


def _place_head(text: str) -> str:
    """The places at the start of a list, up to the first preposition of another kind ("in Rome over
    the summer")."""
    return re.split(r"\s+(?:over|during|for|from|until|before|after|with|on|in|by|since|through)\s+", text)[0]


def _places(sentence: Sentence, subject: Ref | None, text: str) -> Iterator[Fact]:
    """"Tokyo, Japan" and "Santa Fe, New Mexico" are one place (a city in a country or a region); "Seoul and Busan"
    are two, and so are "Catania and in Rome"."""
    items = [item.strip(" ,;.") for part in re.split(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:in|at)\s+", text)
             for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", _place_head(part))]
    names = [n for n in items if NAME_RE.fullmatch(n) and not DATE_RE.fullmatch(n)
             and not is_organization(n, sentence) and n not in demonyms()]  # "shot in English": a language
    previous: str | None = None
    for name in names:
        if previous and not is_country(previous) and (
                is_country(name) or (name in regions() and f"{previous}, {name}" in text)):
            yield from _fact(sentence, "contained_in", Ref(PLACE, previous), Ref(PLACE, name), "filming:place", 0.9)
            previous = None
            continue
        yield from _fact(sentence, "filming_location", subject, Ref(PLACE, name), "filming:place", 0.9)
        previous = name


# --- cast ----------------------------------------------------------------------------------------------

_CHAR = rf"(?P<c>{NAME})"
# Words that may stand before a character's name: "the detective X", "his sister X", "innkeeper X".
_CHAR_LEAD = (r"(?:(?:the|his|her|their|a|an|(?-i:\p{Lu}[\p{L}\-]*'s?))\s+)?"
              r"(?:(?!(?:of|who|whom|whose|that|which|to|for|with|and|or|by|in|on|at|from|than|as)\b)"
              r"(?-i:[a-z][a-z\-]*(?:['’]s)?),?\s+){0,3}?")  # (not "the estranged wife of C": his wife)
_ROLE_OF = r"(?:the\s+(?:lead\s+|main\s+|title\s+|leading\s+|supporting\s+)?(?:role|character|part)\s+of\s+)?"
def _cast(sentence: Sentence, work: Ref | None, person: str, character: str | None, rule: str,
          confidence: float = 0.9) -> Iterator[Fact]:
    ref = Ref(PERSON, person)
    yield from _fact(sentence, "cast", work, ref, rule, confidence)
    if character:
        yield from _fact(sentence, "role", work, ref, rule, confidence, character=character)


_RESPECTIVELY = _i(rf"(?-i:(?P<actors>{NAME_LIST}))(?:\s*,[^,]{{1,80}},|\s*,\s*who)?\s+(?:will\s+|would\s+|"
                   rf"are\s+set\s+to\s+|are\s+to\s+|have\s+been\s+cast\s+to\s+)?(?:portray|play|voice|take\s+on|"
                   rf"star\s+as)\w*\s+(?:the\s+(?:roles|characters|parts)\s+of\s+)?(?-i:(?:[a-z][\w-]*\s+){{0,3}})"
                   rf"(?-i:(?P<chars>{NAME_LIST}))[^.;]{{0,60}}?,?\s+respectively")
_STARRING = _i(r"\b(?:(?:features|featuring|stars|starring|with)\s+the\s+voices?\s+of|"
               r"starring:?|stars:?|co-starring|also\s+stars|featuring|cast\s+(?:includes|members\s+include|"
               r"also\s+includes)|joining\s+(?:the\s+)?(?:cast|ensemble)\s+(?:are|is)|(?P<companion>joined\s+by|alongside|led\s+by|headlined\s+by|fronted\s+by)|"
               r"(?:main|voice|supporting)?\s*cast\s*:|(?<![^\n])with\s*:|(?P<characters>(?:main\s+)?characters)\s*:)\s+(?P<list>.+)")
# "alongside", "joined by" list a cast only after words of acting: "A is the co-author of X alongside B" does not.
_ACTING_BEFORE = _i(r"\b(?:star|co-star|play|cast|role|appear|act|voice|lead|portray|ensemble|return|reprise)")
# … or before a list that gives each a part: "They are joined by A as C and B as D".
_PART_AFTER = re.compile(rf"^{NAME}\s+as\s+{_CHAR_LEAD}(?P<part>(?:\p{{Lu}}[\w'’-]*\s*)+)")
# "A", "A as C", "A – C", "A (C)", each perhaps after a word that describes A ("newcomer A", "actor A")
_ITEM = re.compile(rf"^{DESCRIPTORS}(?P<a>{NAME})(?:\s+(?:(?i:as)|[–—-]|:)\s+{_CHAR_LEAD}(?P<as>{NAME})"
                   rf"|\s*\((?P<paren>{NAME})\))?$")

_PAIRING_VERBS = r"(?:return(?:s|ed)?|star(?:s|red)?|reprised?\s+their\s+roles|play(?:s|ed)?)\s+as\s"
_PAIRED = _i(rf"(?-i:(?P<actors>{NAME_LIST}))\s+(?:will\s+)?{_PAIRING_VERBS}\s*(?-i:(?P<chars>{NAME_LIST}))")
_PAIRED_VERB = _i(_PAIRING_VERBS)  # (the cheap test before the long pattern)
# "A and B star as two rival travel bloggers", "A and B topline as a disgraced surveyor and …": actors whose parts
# are described, not named (the small model often takes the verb after two names for a noun).
_STARRING_AS = r"(?:co-)?(?:star(?:s|red)?|topline[sd]?)\s+as\s"
_STAR_AS_WORDS = _i(_STARRING_AS)  # (the cheap test before the long pattern)
_STAR_AS_DESCRIBED = _i(rf"(?-i:(?P<actors>{NAME_LIST}))\s+{_STARRING_AS}\s*(?-i:[a-z])")


def cast_lists(sentence: Sentence) -> Iterator[Fact]:
    """Cast lists, the newsroom's surface formats: respectively pairs, "A and B return as C and D", "starring
    A as C, B (D)", "Cast: A – C; B – D", list items under a cast heading, a newsroom's own cast cue."""
    text = sentence.masked
    # (the two long patterns are tried only where the words they end in are: most sentences have none)
    for m in _RESPECTIVELY.finditer(text) if "respectively" in text.lower() else ():
        actors, characters = _names(m.group("actors")), _names(m.group("chars"))
        if len(characters) == 1:  # one character at different ages
            characters = characters * len(actors)
        if len(actors) == len(characters):
            subject = sentence.subject_near(m.start())
            for actor, character in zip(actors, characters, strict=True):
                if actor not in sentence.claimed:
                    sentence.claimed.add(actor)
                    yield from _cast(sentence, subject, actor, character, "cast:respectively")
    for m in _PAIRED.finditer(text) if _PAIRED_VERB.search(text) else ():  # "A and B return as C and D"
        actors, characters = _names(m.group("actors")), _names(m.group("chars"))
        if len(actors) == len(characters) > 1:
            for actor, character in zip(actors, characters, strict=True):
                if actor not in sentence.claimed:
                    sentence.claimed.add(actor)
                    yield from _cast(sentence, _cast_subject(sentence, m), actor, character, "cast:paired", 0.8)
    for m in _STAR_AS_DESCRIBED.finditer(text) if _STAR_AS_WORDS.search(text) else ():
        for actor in _names(m.group("actors")):
            if actor not in sentence.claimed and not is_organization(actor, sentence):
                sentence.claimed.add(actor)
                yield from _cast(sentence, _cast_subject(sentence, m), actor, None, "cast:stars-as", 0.8)
    for m in _STARRING.finditer(text):
        part = _PART_AFTER.search(m.group("list"))
        if m.group("companion") and not (_ACTING_BEFORE.search(text, 0, m.start()) or sentence.cast_context
                                         or (part and not names_a_job(part.group("part")))):
            continue
        if m.group(0).lower().startswith("with") and _GUESTS.search(m.group("list")):
            continue  # ("With: Ida Bell and Jo Kim (Q&A after the screening)": a screening's guests)
        cast = _ASIDE_AFTER.sub("", m.group("list"))  # ("With: A, B. (Spanish dialogue)")
        yield from _cast_list(sentence, cast, sentence.subject_near(m.start(), skip_asides=True), "cast:starring",
                              character_first=bool(m.group("characters")) or sentence.character_first)
    for relation, phrase in sentence.vocabulary.cues:
        if relation == "cast":
            for m in _cast_cue(phrase).finditer(text):
                yield from _cast_list(sentence, m.group("list"), sentence.subject_near(m.start()), "cast:vocabulary")
    if sentence.cast_context and not sentence.claimed:
        yield from _cast_list(sentence, text, sentence.subject_near(0), "cast:list")


@lru_cache(maxsize=64)
def _cast_cue(phrase: str) -> re.Pattern:
    """A newsroom's own cast cue ("toplined by") followed by a cast list."""
    return _i(rf"\b{re.escape(phrase)}\s+(?P<list>.+)")


def _cast_subject(sentence: Sentence, m: re.Match) -> Ref | None:
    """The work of a cast clause: named after it ("in W"), else named before it, else the paragraph's."""
    if m.groupdict().get("w"):
        return sentence.work(m.group("w"))
    before = WORK_RE.findall(sentence.masked[:m.start()])
    return sentence.work(before[-1] if before else None)


_CAST_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+(?=\p{Lu})")
# An item of a cast list that describes the part before it: "her best friend", "a retired judge", "Shiori's sister".
_DESCRIBES_THE_LAST = re.compile(r"(?:(?:a|an|the|his|her|their)\s+\p{Ll}|\p{Lu}\w*['’]s\s+\p{Ll})")
# A list whose items are set apart by semicolons has commas inside them: "A as C, the mayor; B as …".
_SEMICOLON_SPLIT = re.compile(r"\s*;\s*(?:and\s+)?")


def _described_item(item: str) -> re.Match | None:
    """"A as C, the town's ambitious mayor", "A as Marta's teenage son, Tomás": an item whose part is described
    beside its name, read as "A as C"."""
    head, comma, rest = item.partition(", ")
    if not comma:
        return None
    named = _ITEM.match(head)
    if named is not None and named.group("as"):
        return named  # (the description after the name)
    actor = re.match(rf"^{DESCRIPTORS}(?P<a>{NAME})\s+as\s+", head)
    return _ITEM.match(f"{actor.group('a')} as {rest}") if actor is not None and re.fullmatch(NAME, rest) else None


# "A as the parish's young curate" (an item whose part is described as one of a kind, the name after a comma)
_DEFINITE_PART = re.compile(rf"^{DESCRIPTORS}{NAME}\s+as\s+(?:the|his|her|their|\p{{Lu}}[\p{{L}}\-]*['’]s)\s+"
                            rf"(?:\p{{Ll}}[\p{{Ll}}\-]*(?:['’]s)?\s+){{0,3}}\p{{Ll}}[\p{{Ll}}\-]*$")


def _cast_items(text: str) -> list[str]:
    """The items of a cast list, a part's name in apposition kept with its actor: "A as the parish's young
    curate, Declan Hurley, and B as Nora's sister, Bríd" is two items. The name after the comma is the part's
    only when the list goes on with another "as" item or ends there ("A as the mother, B and C" lists B; so does
    "A as the mother and B")."""
    if ";" in text:
        return [item.strip() for item in _SEMICOLON_SPLIT.split(text)]
    items = [item.strip() for item in _CAST_ITEM_SPLIT.split(text)]
    merged: list[str] = []
    for i, item in enumerate(items):
        if (merged and _DEFINITE_PART.match(merged[-1]) and re.fullmatch(NAME, item)
                and f"{merged[-1]}, {item}" in text and (i + 1 == len(items) or " as " in items[i + 1])):
            merged[-1] = f"{merged[-1]}, {item}"
        else:
            merged.append(item)
    return merged


def _cast_list(sentence: Sentence, text: str, subject: Ref | None, rule: str, *,
               character_first: bool | None = None) -> Iterator[Fact]:
    """Items "A", "A as C", "A (C)" or "C (A)" separated by commas, semicolons and "and"."""
    if character_first is None:
        character_first = sentence.character_first
    text = text.strip().rstrip(".")
    described = False  # (after a description, only "A as C" goes on the list: "a widow raising her son, Jamie")
    for item in _cast_items(text):
        m = _ITEM.match(item) or _described_item(item)
        if not m and _DESCRIBES_THE_LAST.match(item.strip()):
            described = True
            continue  # "A as C, Shiori's only friend in the office, and B as D": a description of the last part
        if not m:
            break
        if described and not m.group("as"):
            continue
        actor, character = m.group("a"), m.group("as") or m.group("paren")
        if m.group("paren") and character_first:
            actor, character = character, actor
        if actor in sentence.claimed or is_organization(actor, sentence) or _group(item.strip(), actor):
            continue
        sentence.claimed.add(actor)
        yield from _cast(sentence, subject, actor, character, rule, 0.85)


def _group(item: str, actor: str) -> bool:
    """"the Chipmunks": one name after "the" names a group, not a person."""
    return " " not in actor and item.startswith(f"the {actor}")


# --- source works, other titles, counts ---------------------------------------------------------------

_SOURCE = _i(rf"\b(?:based\s+on|adapted\s+from|adaptation\s+of|inspired\s+by)\s+(?:the\s+|a\s+|an\s+)?"
             rf"(?:(?-i:(?P<owner>{NAME}))'s?\s+)?(?:[\w\-']+\s+){{0,3}}?(?P<noun>{alternation(tuple(SOURCE_NOUNS))})"
             rf"(?:\s+series)?\s*,?\s*(?:(?P<same>of\s+the\s+same\s+(?:name|title))|{WORK})?"
             rf"(?:\s*,?\s+(?:written\s+)?by\s+(?-i:(?P<author>{NAME})))?")


_ADAPTED = _i(rf"(?:(?-i:(?P<owner>{NAME}))'s?\s+)?(?:[\w\-']+\s+){{0,3}}?(?P<noun>{alternation(tuple(SOURCE_NOUNS))})"
              rf"\s+{WORK}\s+(?:is\s+getting|gets|will\s+get|is\s+being\s+(?:turned|made|adapted)\s+into|"
              rf"has\s+been\s+(?:turned|made|adapted)\s+into|receives)\s+(?:an?\s+)?(?:[\w\-']+\s+){{0,3}}?"
              rf"(?:adaptation|film|movie|series|anime|drama)\b")


def source_work(sentence: Sentence) -> Iterator[Fact]:
    """Based on the novel / manga W (by A), or "A's novel W is getting a film adaptation": schema:isBasedOn,
    the source typed Book or ComicSeries."""
    for m in _SOURCE.finditer(sentence.masked):
        before = WORK_RE.findall(sentence.masked[:m.start()])
        subject = sentence.work(before[-1] if before else None)
        if subject is None:
            continue
        if m.group("same"):
            title = subject.name
        elif m.group("w") is not None:
            title = sentence.titles[int(m.group("w"))]
        else:
            continue
        yield from _source_facts(sentence, subject, title, m.group("noun"), m.group("author") or m.group("owner"))
    for m in _ADAPTED.finditer(sentence.masked):
        title = sentence.titles[int(m.group("w"))]
        yield from _source_facts(sentence, Ref(WORK_KIND, title), title, m.group("noun"), m.group("owner"))


def _source_facts(sentence: Sentence, subject: Ref, title: str, noun: str, author: str | None) -> Iterator[Fact]:
    source_type = SOURCE_NOUNS[noun.lower()]
    source = Ref(source_type, title)
    yield from _fact(sentence, "based_on", subject, source, "source", 0.9)
    if source_type in SOURCE_KINDS:  # a book or a comic; a play or a tale keeps the type of a work
        yield from _fact(sentence, "type", source, source_type, "source", 0.9)
    if author and not is_organization(author, sentence):
        yield from _fact(sentence, "writer", source, Ref(PERSON, author), "source:author", 0.85)


W1, W2 = work_slot("w1"), work_slot("w2")
_RENAMED = [
    _i(rf"(?:previous|former|original|working|old|earlier)\s+title\s+(?:for\s+(?:this|the)\s+\w+\s+)?"
       rf"(?:was|is)\s+{W1}.{{0,80}}?(?:changed|renamed|retitled)\s+(?:to\s+)?{W2}"),
    _i(rf"{W1}\s+(?:has\s+been|was|is\s+now|had\s+been)\s+(?:renamed|retitled|changed)\s+(?:to\s+)?{W2}"),
    _i(rf"(?:working\s+title|previously\s+known\s+as|formerly\s+known\s+as)\s+{W1}.{{0,40}}?(?:will\s+be|is\s+now|"
       rf"to\s+be)\s+(?:called|titled|named)\s+{W2}"),
]
# "X, previously titled Y", "The film, earlier titled Y," (the work in hand): Y is X's former name.
_FORMERLY = _i(rf"(?:{W2}|\b(?-i:The)\s+(?:film|movie|series|show|drama|project))\s*,?\s*\(?"
               rf"(?:previously|formerly|originally|once|earlier)\s+(?:titled|known\s+as|called)\s+{W1}")
_ALSO_KNOWN = _i(rf"(?:working\s+title|also\s+known\s+as|a\.k\.a\.|aka|original\s+title|\w+-language\s+title|"
                 rf"(?:Korean|Japanese|Chinese|Thai|original)\s+title)\s*(?:of\s+|is\s+|was\s+|:\s*)?{WORK}")


# A work the sentence names by its place among a maker's others, not by a title: "her third feature", "his next
# film".
_ANOTHER_WORK = _i(r"\b(?:next|new|upcoming|latest|second|third|fourth|fifth|sophomore|follow-up)\s+"
                   r"(?:[\w-]+\s+)?(?:feature|film|movie|series|project|show|novel)\b")


# "born" and "real name" only in lower case: "Natural Born Killers" is a title, not Natural's birth name.
_PERSON_ALIAS = re.compile(rf"(?P<a>{NAME}),?\s+(?:(?i:also\s+known\s+as|a\.k\.a\.?|aka|better\s+known\s+as)|"
                           rf"born|real\s+name)\s+(?P<b>{NAME})")


def person_aliases(sentence: Sentence) -> Iterator[Fact]:
    """Stage names and other names of a person: "Gianna Jun, also known as Jun Ji-hyun"."""
    for m in _PERSON_ALIAS.finditer(sentence.masked):
        if not is_organization(m.group("a"), sentence):
            yield from _fact(sentence, "alternate_name", Ref(PERSON, m.group("a")), m.group("b"), "person:alias", 0.9)


def other_titles(sentence: Sentence) -> Iterator[Fact]:
    """Earlier, working and original-language titles as schema:alternateName of the work."""
    text = sentence.masked
    for pattern in _RENAMED:
        for m in pattern.finditer(text):
            old, new = sentence.titles[int(m.group("w1"))], sentence.work(m.group("w2"))
            yield from _fact(sentence, "alternate_name", new, old, "title:renamed", 0.9)
    for m in _FORMERLY.finditer(text):
        yield from _fact(sentence, "alternate_name", sentence.work(m.group("w2")),
                         sentence.titles[int(m.group("w1"))], "title:formerly", 0.9)
    for m in _ALSO_KNOWN.finditer(text):
        alias = sentence.titles[int(m.group("w"))]
        others = [n for n in WORK_RE.findall(text) if sentence.titles[int(n)] != alias]
        if not others and _ANOTHER_WORK.search(text, 0, m.start()):
            continue  # ("developing her third feature, with the working title Y": Y is that film's only name)
        # (the title the sentence opens with, else the one named last before the cue: "A, who directed X, is
        # seven weeks into the shoot of W – under the working title Y")
        before = [n for n in WORK_RE.findall(text, 0, m.start()) if sentence.titles[int(n)] != alias]
        opening = WORK_RE.match(text.lstrip())  # (the subject, not "Glass Orchard star A …": who A is)
        leads = opening is not None and not _PERSON_NOUN_AFTER.match(text.lstrip(), opening.end())
        named = before[-1] if before and not leads else (others or [None])[0]
        subject = sentence.work(named)
        if subject and subject.name != alias:
            yield from _fact(sentence, "alternate_name", subject, alias, "title:aka", 0.85)


# "six episodes", "a six-episode series", "a three-part drama"; not "its Oct. 15 episode" (a date's day)
# Not a part of a run: "the first two episodes", "adding nine episodes", "two episodes left", "a two-episode arc",
# "two episodes a day" (a schedule),
# nor one person's share of it: "directed two episodes", "appeared in four episodes" ("wrote all six" is whole;
# "a scripted eight-episode drama", "the Starz eight-episode drama" count the whole).
_PART_OF_A_RUN = "first|last|opening|final|next|remaining|middle|adding|added|another|extra"
_SPENT = r"sp(?:ent|ends?|ending)"  # ("spent three seasons as …": one person's time on a show)
_SHARE_OF_A_RUN = (r"(?:co-)?(?:direct(?:s|ed|ing)?|helm(?:s|ed|ing)?|writ(?:es|ing|ten)|wr(?:ite|ote)|pen(?:s|ned)?"
                   rf"|shoot(?:s|ing)?|shot|{_SPENT}"
                   r"|(?:stars?|starred|starring|appear(?:s|ed|ing)?|guest(?:-starred|ed)?)\s+in)")
_EPISODES = _i(rf"\b(?<!{MONTHS}\.?\s)(?:(?<!\b(?:{_PART_OF_A_RUN}|{_SHARE_OF_A_RUN})\s)(?P<n>{NUMBER})"
               # ("the eight-episode third season": that season's; "a single 10-episode season" is the show's)
               rf"[\s-]+episodes?\b(?![\s-]+(?:{'|'.join(ORDINAL_WORDS)}|new|final|latest|next|\w+th)\s+season\b)"
               rf"(?!\s+(?:left|remaining|to\s+go|already)\b|[\s-]+arc\b"
               rf"|\s+(?:a|per|each|every)\s+(?:day|night|week|weekday|weekend|month)\b)"  # (a schedule's)
               rf"|(?P<n>{NUMBER})-part\b(?!\s+(?:finale|premiere|opener|special|episode|story|arc)\b))")
# ("the first six-part drama" counts its parts; "the two-part finale" is one part of them)
_SEASONS = _i(rf"\b(?<!(?:first|last|opening|\b{_SPENT})\s)(?P<n>{NUMBER})[\s-]+seasons?\b"
              rf"(?!\s+ago\b)")
# (not "the first two", nor a time: "two seasons ago", nor one person's time on it: "spent three seasons as …")
# What a network orders a season "for": "renewed for Season 3", "picked up for a second season", "orders a third
# season of" (the seasons made are one fewer, or not yet known).
_ORDERED_FOR = _i(r"\b(?:(?:renew|greenl|pick(?:ed|s|ing)?\s+(?:\S+\s+)?up)\w*\b(?:\s+\S+){0,5}?\s+for"
                  r"(?:\s+a)?|(?:order|commission)\w*(?:\s+a)?)\s*$")
_ORDER_REACH = 60
# A season said to be the last ("second and final season", "the third season will also be the last"), not "last
# year" or "last week".
# "her second and final season in charge", "the actor's third and final season": a person's seasons, not the show's.
_SOMEONES = _i(r"\b(?:her|his|their|(?:actor|actress|star|showrunner|host)['’]s)\s+$")
_FINAL = _i(r"\b(?:final|last)\b(?!\s+(?:year|week|month|night|weekend|spring|summer|fall|autumn|winter|time))")
_SEASON_N = _i(rf"\b(?:season\s+(?P<n>\d{{1,2}})\b|(?P<ord>{'|'.join(ORDINAL_WORDS)})\s+(?:and\s+(?:final|last)\s+)?"
              rf"season\b)")


# "five seasons of the FX western series ⟦1⟧": the work the count is "of", a few describing words on.
_OF_WORK = re.compile(rf"\s+of\s+(?:[\w'’-]+\s+){{0,5}}?{WORK_RE.pattern}")


# "of the first season", "in its new season", "of the sitcom's second series" (a British season)
_OF_A_SEASON = _i(rf"\s+(?:of|in)\s+(?:the|its|this|that|[\w-]+['’]s)\s+(?:(?:\w+\s+)?season\b|"
                  rf"(?:{'|'.join(ORDINAL_WORDS)}|final)\s+series\b)")  # ("its new series X" is a show)


def _counted_work(sentence: Sentence, count: re.Match) -> Ref | None:
    """The work a count of seasons or episodes is of: the title its "of" names; the work in focus for "The
    16-episode drama is directed by A, whose previous works include X" (no title before it); else the title
    nearest it."""
    of = _OF_WORK.match(sentence.masked, count.end())
    if of:
        return sentence.work(of.group(1))
    before = sentence.masked[:count.start()]
    if (_POINTING_BACK.search(before) or _IN_A_MAKERS_CLAUSE.search(before)) and not WORK_RE.search(before):
        return sentence.work(None)
    after = WORK_RE.search(sentence.masked, count.end())
    if not WORK_RE.search(before) and _DEFINITE_WORK_NOUN.search(before) and after is not None \
            and re.search(r"[,;:—–]", sentence.masked[count.end():after.start()]):
        # ("AMC has canceled the Western noir after three seasons, …: a prequel series, X, is in development":
        # the count is of the work in focus the sentence named, not the title of another clause after it)
        return sentence.work(None)
    return sentence.subject_near(count.start())


# "the Western noir", "its crime drama": a work noun a count's sentence points back with.
_DEFINITE_WORK_NOUN = _i(rf"\b(?:the|its|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN_ALTERNATION})\b")
_POINTING_BACK = _i(r"^\s*(?:all\s+(?:the\s+|its\s+)?|(?:the|this|its)\s+(?:\w+\s+)?)$")
# ("The 16-episode drama", "Its new eight-part …", "All six episodes have been written by A, whose debut X …")
# "A and B, who wrote all eight episodes, previously created X": a maker's share of the work in hand.
_IN_A_MAKERS_CLAUSE = _i(r",\s*who\s+(?:[\w-]+\s+){1,3}(?:all\s+)?$")


def counts(sentence: Sentence) -> Iterator[Fact]:
    """Numbers of episodes and seasons of a series."""
    text = sentence.masked
    for m in _EPISODES.finditer(text):
        # ("directed four episodes of the first season" counts a part of one season; "all ten episodes of the new
        # season" counts that season whole)
        if not _OF_A_SEASON.match(text, m.end()) or text[:m.start()].rstrip().lower().endswith("all"):
            yield from _fact(sentence, "episodes", _counted_work(sentence, m), to_int(m.group("n")),
                             "count:episodes", 0.85)
    for m in _SEASONS.finditer(text):
        yield from _fact(sentence, "seasons", _counted_work(sentence, m), to_int(m.group("n")),
                         "count:seasons", 0.85)
    for m in _SEASON_N.finditer(text):
        number = to_int(m.group("n") or m.group("ord"))
        subject = _counted_work(sentence, m)
        # Only the last season numbers them all ("its second and final season"): "the third season premieres" or
        # "Season 3 will shoot in Cornwall" says no show has had only three (and "the first season" none).
        if number != 1 and _FINAL.search(text) and not _SOMEONES.search(text[:m.start()]) \
                and not _ORDERED_FOR.search(text[max(0, m.start() - _ORDER_REACH):m.start()]):
            yield from _fact(sentence, "seasons", subject, number, "count:season-n", 0.7)
        yield from _fact(sentence, "type", subject, "TVSeries", "count:season-n", 0.8)


# --- "Label: Name" lines of a staff or cast listing ---------------------------------------------------------

# The labels of a staff listing that credit what kg reads ("Director: A", "Series composition: B",
# "Animation production: Studio C"); "Music: D" or "Character design: E" credit what it does not.
_STAFF_LABELS = {"director": "director", "directors": "director", "chief director": "director",
                 "series director": "director", "screenplay": "writer", "script": "writer", "writer": "writer",
                 "screenwriter": "writer", "screenwriters": "writer", "distributor": "release_platform",
                 "distributors": "release_platform",
                 "writers": "writer", "series composition": "writer", "producer": "producer",
                 "producers": "producer", "animation production": "production_company",
                 "animation studio": "production_company", "studio": "production_company",
                 "production company": "production_company", "production companies": "production_company",
                 "directed by": "director", "written by": "writer", "screenplay by": "writer",
                 "produced by": "producer", "executive producer": "producer", "executive producers": "producer"}
def _staff_relations(label: str) -> list[str]:
    """The credits a staff line's label names: "Director" one, "Director/Writer" or "Writer & Director" two (a
    creator's or a showrunner's part, "Writer/Creator", adds none; a part of a job kg knows nothing of,
    "Script/Continuity", makes the whole label one it does not read)."""
    label = label.lower()
    parts = [label] if label in _STAFF_LABELS else _LABEL_PARTS.split(label)
    if not all(part in _STAFF_LABELS or part in _UNCREDITED_PARTS for part in parts):
        return []
    return list(dict.fromkeys(_STAFF_LABELS[part] for part in parts if part in _STAFF_LABELS))


_LABEL_PARTS = re.compile(r"\s*(?:/|&|\band\b)\s*")
_UNCREDITED_PARTS = frozenset({"creator", "co-creator", "showrunner", "creators"})
# A credit line that names no one yet: "Distributor: Seeking U.S. distribution", "None yet", "TBA".
_NONE_YET = _i(r"(?:none|n/?a|tba|tbd|seeking|not\s+yet|to\s+be)\b")
# Labels that open a list of names rather than name a character ("Cast: A, B" is the cast rule's).
_LIST_LABELS = frozenset({"cast", "main cast", "voice cast", "starring", "characters", "staff", "crew"})
# The value of a trade review's "Production:" line: "(U.K.-Ireland) A Lumen Films, Gull Pictures production".
# ("A Neon release of a Gull Films production", "A French-Belgian co-production between A and B")
_PRODUCTION_VALUE = _i(r"^(?:\((?P<countries>[^)]{2,60})\)\s*)?an?\s+(?:(?P<distributor>(?-i:\p{Lu})[^,]{1,40}?)\s+"
                       r"release\s+of\s+an?\s+)?(?P<companies>(?-i:\p{Lu}).+?)\s+(?:co-)?production\b"
                       r"(?:\s+between\s+(?P<partners>[^.;]+))?")
# A screening's guests, whom a "With:" line names as a review's credits name the cast.
_GUESTS = _i(r"\bQ\s*&\s*A\b|\bin\s+(?:conversation|person)\b|\bmoderat|\bhost(?:ed|s)?\b|\bintroduc")
# A bracketed aside after a credit line's full stop: "… Lumbre Cine production. (World sales: Pampa Sales.)"
_ASIDE_AFTER = re.compile(r"\.\s*\([^()]*\)\s*$")
# A trade review's credits block groups its labels: "Crew: Director: A. Screenplay: B, C. Camera: D."
_GROUP_LABEL = _i(r"^\s*(?:crew|credits|production\s+credits)\s*:\s+(?=\p{Lu}[\w .'’-]{0,38}?\s*:)")
_LABELED_LINE = re.compile(r"^\s*(?P<label>\p{Lu}[\w .'’/&-]{0,38}?)\s*:\s+(?P<value>[^:]+?)[.\s]*$")


# Companies are listed at commas and "and"; an ampersand joins a company's own name ("Bleecker & Vine").
_COMPANY_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")


def labeled_lines(sentence: Sentence) -> Iterator[Fact]:
    """A line of a staff or cast listing, one credit a line: "Director: A" credits A, "Animation production: C"
    names the studio; under a cast heading, "Sayo: Kuroda Mei" is a character and who plays or voices her."""
    line = _ASIDE_AFTER.sub(".", _GROUP_LABEL.sub("", sentence.text, count=1))
    m = _LABELED_LINE.match(line)
    if m is None or "\n" in sentence.text.strip():
        return
    label, value = m.group("label").strip(), m.group("value").strip()
    relations, work = _staff_relations(label), sentence.work(None)
    relation = relations[0] if relations else None
    if label.lower() == "production" and (made := _PRODUCTION_VALUE.match(value)) is not None:
        yield from _production_line(sentence, work, made)
    elif " ".join(label.lower().split()) in WATCH_LABELS:  # "Where to watch: tvN (Saturdays), streaming on Viki"
        for platform in dict.fromkeys(re.findall(platform_pattern(sentence.platforms), value)):
            yield from _fact(sentence, "release_platform", work, Ref(ORGANIZATION, platform), "watch:line", 0.85)
    elif relation in ("production_company", "release_platform") and not _NONE_YET.match(value):
        for company in _line_items(value, lambda item: item[:1].isupper() and len(item.split()) <= _MAX_NAME_WORDS,
                                   split=_COMPANY_SPLIT):
            yield from _fact(sentence, relation, work, Ref(ORGANIZATION, company), "staff:line", 0.85)
    elif relation is not None:
        for person in _line_items(value, lambda item: bool(NAME_RE.fullmatch(item))
                                  and not is_organization(item, sentence)):
            for credit in relations:
                yield from _fact(sentence, credit, work, Ref(PERSON, person), "staff:line", 0.85)
    elif sentence.cast_context and label.lower() not in _LIST_LABELS and not _LABEL_PARTS.search(label) \
            and NAME_RE.fullmatch(value) \
            and not is_organization(value, sentence) and value not in sentence.claimed:
        sentence.claimed.add(value)
        yield from _cast(sentence, work, value, label, "cast:line", 0.85)


def _production_line(sentence: Sentence, work: Ref | None, made: re.Match) -> Iterator[Fact]:
    """A trade review's "Production: (Chile-Argentina) A Cordillera Films, Lumbre Cine production": the
    companies that made the film, the countries it comes from, and the distributor whose release it is."""
    countries, companies = made.group("countries") or "", made.group("companies")
    if countries_named(companies):  # ("A UK-Irish co-production between A and B": its countries, then its makers)
        countries, companies = companies, made.group("partners") or ""
    for country in countries_named(countries) or countries_listed(countries):
        yield from _fact(sentence, "country_of_origin", work, Ref(PLACE, country), "staff:production", 0.85)
    for company in _line_items(companies, lambda item: len(item.split()) <= _MAX_NAME_WORDS, split=_COMPANY_SPLIT):
        yield from _fact(sentence, "production_company", work, Ref(ORGANIZATION, company), "staff:production", 0.85)
    if made.group("distributor"):
        yield from _fact(sentence, "release_platform", work, Ref(ORGANIZATION, made.group("distributor")),
                         "staff:production", 0.85)


def _line_items(value: str, wanted: Callable[[str], bool], *, split: re.Pattern = LIST_SPLIT) -> list[str]:
    """The items a credit line lists, split at commas, "and" and "&", each without the gloss in brackets after
    it ("A (Sunset Relay)") or a guild's letters ("A, p.g.a."), up to the first that is not what the label names
    ("A, B, based on C's play" lists A and B; "C in association with D" lists C)."""
    items = []
    for item in (_GLOSS_AFTER.sub("", item) for item in split.split(value.strip())):
        if item.lower() in _GUILDS:
            continue
        named = _NAMED_PART.match(item)
        if named is None or not wanted(named.group(0)):
            break
        items.append(named.group(0))
        if named.end() < len(item):
            break
    return items


_GLOSS_AFTER = re.compile(r"\s*\([^()]*\)$")
# The capitalized words an item opens with, and the particles inside names ("Río de la Plata Films").
_NAMED_PART = re.compile(r"\p{Lu}[\w'’.-]*(?:\s+(?:(?:de|del|la|las|los|da|do|dos|di|du|van|von|der|of|the|y|e|&)\s+)*"
                         r"\p{Lu}[\w'’.-]*)*")
_GUILDS = frozenset({"p.g.a.", "pga", "a.c.e.", "asc", "a.s.c.", "bsc", "b.s.c."})
_MAX_NAME_WORDS = 6  # (a company's on a credit line: the label says what it is)
_FILMING_WORDS = _i(r"film|shoot|shot\b|photography|production|cameras")
# What says an entry is a series: "The Series strand includes X, the eight-episode drama, dir. A".
_SERIES_CUES = _i(rf"\b(?:{'|'.join(sorted(SERIES_WORDS))})\b|-part\b")
# A line-up's credit: "X (Georgia, France) — dir. A", "X (Italy) dir. A", "X, dir. A and B".
_ABBREVIATED_DIRECTOR = re.compile(rf"{WORK}[^.;:]{{0,80}}?(?:[—–-]|,|\(|\))\s*[Dd]ir\.\s+(?P<names>{NAME_LIST})")


def abbreviated_credits(sentence: Sentence) -> Iterator[Fact]:
    """A festival line-up's or a listing's "dir. A" after a title: A directed it, and the entry a director's
    "dir." credits, as a festival lists its films, is a film (a series is credited to its creators)."""
    for m in _ABBREVIATED_DIRECTOR.finditer(sentence.masked):
        work = sentence.work(m.group("w"))
        for person in _person_refs(m.group("names"), sentence):
            yield from _fact(sentence, "director", work, person, "credit:dir", 0.9)
        if not _SERIES_CUES.search(sentence.text) and not re.search(platform_pattern(sentence.platforms),
                                                                    sentence.text):
            yield from _fact(sentence, "type", work, "Movie", "credit:dir", 0.8)


# The words without which a surface rule cannot fire: a sentence without them is not handed to the rule.
RULE_CUES: dict[Rule, re.Pattern] = {
    person_aliases: _i(r"known\s+as|a\.k\.a|\baka\b|\bborn\b|real\s+name"),
    other_titles: _i(r"title|renamed|retitled|changed|formerly|previously|originally|known\s+as|a\.k\.a|\baka\b"),
    filming_places: _FILMING_WORDS,
    filming_dates: _FILMING_WORDS,
    cast_lists: _i(r"respectively|\bas\b|star|featuring|cast|joined\s+by|alongside|led\s+by|headlined|fronted|"
                   r"characters?\s*:|^\s*with\s*:"),
    counts: _i(r"episode|season|-part\b"),
    labeled_lines: _i(r"^[^:\n]{1,40}:\s"),
    abbreviated_credits: re.compile(r"\b[Dd]ir\.\s"),
}
