"""Releases: when and where a work comes out, read from the verb that says so.

A release verb ("premiered", "aired", "is coming", "lands", "was released")
takes its work from the clause, as credits do, its platform from "on / to /
via PLATFORM" ("It first aired on the Fox network", "is coming to Netflix",
"PLATFORM will air X" takes the subject instead), and its date from its own
time phrases ("on October 5, 2008", "in 1969", "next month" is no date).
A TV network named before a series noun ("the NBC television drama X")
is where the series first aired. Dates without a year take the article's
year, the next such day for what is still to come.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import (
    WorkSpans,
    acts_as_verb,
    by_agents,
    clause_subject,
    clause_work,
    coordinated_verbs,
    objects,
    work_described,
    work_of,
)
from kg.extract.dates import DATE_RE, HAS_YEAR, parse_date
from kg.extract.doc import Candidate, Mention, mention, opens_paragraph, tokens, tokens_with, words_in
from kg.extract.lexicon import (
    BROADCASTER_WORDS,
    DEAL_VERBS,
    PLATFORM_PREPOSITIONS,
    RELEASE_VERBS,
    WISHING_FORMS,
    WORK_NOUNS,
    Lexicon,
    inflections,
    lemma,
)
from kg.extract.names import company_named, name_span
from kg.extract.reader import SentenceReader
from kg.extract.works import (
    CINEMAS,
    COMMISSIONING,
    SCHEDULING_FORMS,
    WORK_NOUN_ENDS,
    commissioned,
    misread_verb,
    names_a_source,
    platform_named,
    scheduled_for,
    slot_of,
    to_cinemas,
    watching,
    work_noun,
)
from kg.model import ORGANIZATION, WORK, PartialDate

# Verbs whose subject is the platform and object the work: "Netflix will stream X".
PLATFORM_VERBS = frozenset({"air", "stream", "release", "premiere", "launch", "debut", "broadcast", "carry"})
# "coming" and "heading" release only with "to PLATFORM"; "open" only in cinemas or with a date.
_ONLY_WITH_PLATFORM = frozenset({"come", "head", "show", "hit", "expect", "begin", "start", "run"})
# The last words of companies that release no film: "the soundtrack, released by Milan Records".
_NOT_FILM_COMPANIES = frozenset({"Records", "Music", "Books", "Press", "Publishing", "Games"})
# What a release verb's object may be that is no work's coming out: "X landed distribution deals this year".
_NOT_RELEASED = frozenset({"deal", "deals", "pact", "pacts", "distribution", "nomination", "nominations", "award",
                           "awards", "role", "roles", "partnership", "sale", "sales", "trailer", "teaser", "poster"})
# Verbs of telling a date, whose own time is not the date told: "will announce a release date next month".
_TO_BE_TOLD = frozenset(form for verb in ("announce", "reveal", "unveil", "confirm", "share", "set")
                        for form in inflections(verb, "verb"))
# Verbs of acting in a work, whose year (as a credit verb's) dates the work: "In 2015, he starred in X".
_ACTING = frozenset({"star", "co-star", "appear", "play"})
# Nouns of a release: "a Christmas 2025 release on Hulu", "slated for release in theaters on October 17".
RELEASE_NOUNS = frozenset({"release", "premiere", "debut", "bow", "launch"})
# Verbs whose "on X" is a broadcaster, whatever its name: "aired on HGTV", "broadcast on BNT 1".
_BROADCAST_VERBS = frozenset({"air", "broadcast", "telecast"})
# What "aired on" or "released on" may name that is no broadcaster.
_FORMATS = frozenset({"DVD", "VHS", "Blu-ray", "VOD", "UMD", "LaserDisc", "CD", "4K", "UHD", "HD"})
# How "premiere" or "release" qualifies "date" in the parse ("a premiere date of May 9": compound or amod).
_DATE_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_TIME_PREPOSITIONS = ("on", "in", "at", "from", "for", "by", "during", "until")
_FUTURE_WORDS = frozenset({"will", "upcoming", "coming", "set", "slated", "scheduled", "due", "expected", "going"})
_SERIES_TYPES = frozenset({"TVSeries"})


@Language.factory("kg_release", requires=["token.dep", "doc.spans"])
def make_release_reader(nlp: Language, name: str) -> ReleaseReader:
    return ReleaseReader(name)


class ReleaseReader(SentenceReader):
    """Adds release date and release platform candidates to `Doc._.candidates`."""

    def __init__(self, name: str = "kg_release") -> None:
        super().__init__(name)

    def words_read(self, lexicon: Lexicon) -> frozenset[str]:
        return _release_words(lexicon)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        yield from self._slot(sent)
        yield from _into_cinemas(sent, works)
        money = not words_in(sent).isdisjoint(_CURRENCY_WORDS)
        # (in a sentence of money, any verb may tell a box-office gross)
        for token in tokens(sent) if money else tokens_with(sent, self.triggers):
            base = lemma(token)
            if base in RELEASE_VERBS and (token.pos_ in ("VERB", "AUX") or misread_verb(token)) \
                    and acts_as_verb(token):
                yield from self._release(token, base, sent, works)
            elif (decision := commissioned(token, self.lexicon)) is not None:
                yield from self._commissioned(decision, sent, works)
            elif token.lower_ in SCHEDULING_FORMS and token.pos_ == "VERB":
                yield from self._scheduled(token, sent, works)
            elif token.lower_ == "date" and any(c.dep_ in _DATE_MODIFIERS and c.lower_ in RELEASE_NOUNS
                                                for c in token.children):
                yield from self._release_date(token, sent, works)
            elif token.lower_ in RELEASE_NOUNS and token.pos_ == "NOUN" and token.dep_ != "compound":
                yield from self._release_noun(token, sent, works)
            elif token.lower_ == "available" and token.pos_ == "ADJ":
                yield from self._available(token, sent, works)
            elif token.pos_ == "NOUN" and token.text[:1].islower():
                yield from self._network_modifier(token, sent, works)
            if token.pos_ == "VERB" and (base in _ACTING or self.lexicon.cue(token.text, "verb")):
                yield from self._year_of_credit(token, sent, works)
            if money and token.pos_ == "VERB" and _grosses(token):  # "X dipped 31% to $27.4 million": a film
                work = clause_work(token, works)
                if work is not None and WORK_NOUNS.get(work.name.lower()) != "TVSeries":  # ("the show drew $3m")
                    yield Candidate("type", work, "Movie", sent, "release:box-office")

    def _year_of_credit(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"He wrote and directed X in 2008", "In 2015, he starred in X": the year a credit is dated by is the
        year of the work it names (a year only: the day a film was shot or a role played says no release)."""
        targets = [*objects(verb), *objects(verb, preposition="in")]
        # "wrote the screenplay for X in 2001": the work a craft's "for" or "of" names
        targets += [o for t in targets for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                    for o in p.children if o.dep_ == "pobj"]
        named = [w for w in (work_of(t, works) for t in targets) if w is not None and w.kind == WORK]
        # "directed his first film, X, in 2008": the parse may hang the verb's "in 2008" on the title
        holders = [verb, *targets, *(a for t in targets for a in t.children if a.dep_ == "appos")]
        year = next((d for h in holders for d in _dates(h, sent.doc, future=False, works=works)
                     if d.month is None), None) if named else None
        if year is not None:
            for work in named:
                yield Candidate("release_date", work, year, sent, "release:credit-year")

    def _release(self, verb: Token, base: str, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        if verb.dep_ == "xcomp" and verb.head.lower_ in WISHING_FORMS:
            return  # "he hopes to premiere X at a festival next year": a wish, not a plan
        platform_subject = self._platform_subject(verb)
        if platform_subject is not None and base in PLATFORM_VERBS:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                work = work_of(obj, works)
                if work is not None:
                    yield Candidate("release_platform", work, platform_subject, sent, "release:platform-subject")
                    for date in _dates(verb, sent.doc, _future(verb)):
                        yield Candidate("release_date", work, date, sent, "release:date")
            return
        subject = clause_subject(verb)
        work = clause_work(verb, works)
        released_objects = [o for o in verb.children if o.dep_ == "dobj"]
        if any(names_a_source(o) or o.lower_ in _NOT_RELEASED for o in released_objects):
            return  # "Tsukimi launched the manga in 2020": the source came out then, not the screen work
        released = [w for w in (work_of(o, works) for o in released_objects) if w is not None]
        if released:  # "Toho will release X in cinemas": the company releases the work
            work = released[0]
        elif any(o.lower_ == "it" for o in released_objects) and to_cinemas(verb):
            work = None  # "The distributor … will release it in theaters on May 8": the work at hand
        elif subject is not None and work is None:
            return  # "He returned in 2005": what came out is not a work
        holders = [verb, *_subtitle_words(released_objects, works)]
        if work is not None and any(map(to_cinemas, holders)):  # "X opens in theaters Friday": a film
            yield Candidate("type", work, "Movie", sent, "release:cinemas")
        platforms = [p for holder in holders for p in self._platforms(holder)]
        in_cinemas = any(map(to_cinemas, holders))
        if in_cinemas:  # "X hits theaters May 8 via Neon": the distributor
            platforms += [mention(company, ORGANIZATION) for p in verb.children if p.dep_ == "prep"
                          and p.lower_ in ("via", "through") for o in p.children if o.dep_ == "pobj"
                          if (company := company_named(o, self.lexicon)) is not None
                          and company.text not in {m.name for m in platforms}]
        if base in _ONLY_WITH_PLATFORM and not platforms and not in_cinemas:
            return
        # (a company that releases "it" in cinemas, or a work named: "X, which Searchlight released in November";
        # not "Lakeshore Records will release it on vinyl")
        distributor = company_named(subject, self.lexicon) if base == "release" and work is not None \
            and (any(map(to_cinemas, holders)) or any(works.at(o) is not None or o.lower_ in ("which", "that")
                                                      for o in released_objects)) else None
        if distributor is not None:  # "Searchlight Pictures will release it in U.S. theaters": who releases it
            platforms.append(mention(distributor, ORGANIZATION))
        if base == "release" and work is not None:  # "X (1989), released by Orion Pictures": who released it
            platforms += [mention(company, ORGANIZATION) for agent in by_agents(verb)
                          if (company := company_named(agent, self.lexicon)) is not None
                          and company[-1].text not in _NOT_FILM_COMPANIES]
        for platform in platforms:
            yield Candidate("release_platform", work, platform, sent, "release:platform")
        if _later_part(subject):
            return  # "Its final episode will stream on June 27": the day of a part, not the work's release
        future = _future(verb)
        for date in next((found for holder in holders if (found := list(_dates(holder, sent.doc, future)))), []):
            yield Candidate("release_date", work, date, sent, "release:date")

    def _scheduled(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Lionsgate has dated X for October 9", "Disney has moved X to May 1, 2026", "X has been pushed to 2027":
        a distributor's scheduling of a work; the date it is set for is its release day, and the company that sets
        it is who releases it. Not a later part's ("the sequel has been pushed to 2028", "moved the second season
        to March"), nor a story's ("moves it to 1987"), nor a day without its year told in the simple past ("moved
        X to May 1, and it opened to $12 million": the day may be gone)."""
        phrase = scheduled_for(verb)
        date = _date_in(phrase, sent.doc, future=True) if phrase is not None else None
        if date is None or (date.month is not None and verb.tag_ == "VBD" and not HAS_YEAR.search(phrase.text)):
            return
        scheduled = [c for c in verb.children if c.dep_ == "dobj"]
        subject = clause_subject(verb)
        company = company_named(subject, self.lexicon)
        if scheduled:  # "Lionsgate has set X for …": the object, a work or "it", of a company
            if company is None and (subject is None or subject.lower_ not in _SCHEDULERS):
                return
            work = work_of(scheduled[0], works) if not _later_part(scheduled[0], sequel=True) else None
            if work is None and scheduled[0].lower_ != "it":
                return
            if company is not None:
                yield Candidate("release_platform", work, mention(company, ORGANIZATION), sent, "release:scheduled")
        elif any(c.dep_ == "nsubjpass" for c in verb.children) and not _later_part(subject, sequel=True):
            work = clause_work(verb, works)  # "X has been moved to May 1"
            if work is None:
                return
        else:
            return
        yield Candidate("release_date", work, date, sent, "release:scheduled")

    def _slot(self, sent: Span) -> Iterator[Candidate]:
        """"9pm, BBC Two", "Apple TV+": a TV listing's slot, a line of its own under the programme's title, is the
        channel the programme is on."""
        text = sent.text.strip()
        match = slot_of(text) if opens_paragraph(sent) else None
        if match is None or not self.lexicon.is_platform(match.group("platform")):
            return
        start = sent.start_char + len(sent.text) - len(sent.text.lstrip()) + match.start("platform")
        platform = sent.doc.char_span(start, start + len(match.group("platform")), alignment_mode="expand")
        if platform is not None:
            yield Candidate("release_platform", None, mention(platform, ORGANIZATION), sent, "release:slot")

    def _available(self, adjective: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X is now available on Netflix", "X is available to stream on Hulu", "a series available for viewing on
        Lumen+": where a work can be watched is a platform it came out on."""
        platforms = [p for head in watching(adjective) for p in self._platforms(head)]
        made = adjective.dep_ == "oprd" and adjective.head.lower_ in ("made", "became") and not _to_the_press(adjective)
        if made:  # "X was made available online on June 21, 2006": the day it came out
            work = clause_work(adjective.head, works)
            for date in _dates(adjective.head, sent.doc, _future(adjective.head)):
                yield Candidate("release_date", work, date, sent, "release:made-available")
        if not platforms:
            return
        if adjective.dep_ in ("acomp", "oprd"):
            work = clause_work(adjective.head, works)
        elif adjective.dep_ == "amod":  # "Paper Swans, a thriller series available on …"
            work = work_described(adjective.head, works)
            if work is None:
                return
        else:
            return
        for platform in platforms:
            yield Candidate("release_platform", work, platform, sent, "release:available")

    def _release_noun(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"is eyeing a Christmas 2025 release on Hulu", "is slated for release on October 17, 2025": the work
        of the clause the noun is in, the noun's platform, and the date in or after it."""
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return
        work = clause_work(verb, works)
        for platform in self._platforms(noun):
            yield Candidate("release_platform", work, platform, sent, "release:noun-platform")
        modifiers = sent.doc[noun.left_edge.i:noun.i]
        found = DATE_RE.search(modifiers.text)
        future = _future(verb) and not (noun.head.dep_ == "prep" and noun.head.lower_ == "since")
        before = parse_date(found.group(0), _article_date(sent.doc), future=future) if found else None
        dates = [before] if before else list(_dates(noun, sent.doc, future=future))  # ("since its March 1 premiere")
        if not dates and noun.dep_ == "dobj" and lemma(verb) == "have":  # "had its premiere … on 15 July"
            dates = list(_dates(verb, sent.doc, future=future))
        for date in dates:
            yield Candidate("release_date", work, date, sent, "release:noun-date")

    def _release_date(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"The release date was July 28th, 1944", "X's premiere date is set for March 3": the date that the
        sentence gives after the noun, for the work named before it."""
        doc = sent.doc
        after = doc[noun.i + 1:min(noun.i + 10, sent.end)]
        found = DATE_RE.search(after.text)
        if found is None or (noun.dep_ == "dobj" and noun.head.lower_ in _TO_BE_TOLD and not after.text.startswith(
                ("of ", "for ", "as "))):
            return  # ("is expected to announce a release date next month": when the date will be told)
        date = parse_date(found.group(0), _article_date(doc), future=True)
        if date is None:
            return
        compound = next(c for c in noun.children if c.dep_ in _DATE_MODIFIERS and c.lower_ in RELEASE_NOUNS)
        before = works.at(doc[compound.i - 1]) if compound.i > sent.start else None
        owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and works.at(c)), None)
        span = before or (works.at(owner) if owner is not None else None)
        work = mention(span, WORK) if span is not None else clause_work(noun.head, works) \
            if noun.head.pos_ in ("VERB", "AUX") else None
        yield Candidate("release_date", work, date, sent, "release:date-noun")

    def _commissioned(self, decision: tuple[Span, list[Token]], sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Peacock has cancelled the cop comedy X", "HBO Max renews X for a third season": the network or
        streamer that renews, cancels or orders a show is the one it airs on (no date: a renewal is no
        release)."""
        owner, objects = decision
        for work in filter(None, (work_of(obj, works) for obj in objects)):
            yield Candidate("release_platform", work, mention(owner, ORGANIZATION), sent, "release:commissioned")

    def _platform_subject(self, verb: Token) -> Mention | None:
        subject = next((c for c in coordinated_verbs(verb)[0].children if c.dep_ == "nsubj"), None)
        span = platform_named(subject, self.lexicon) if subject is not None else None
        return mention(span, ORGANIZATION) if span is not None else None

    def _platforms(self, verb: Token) -> Iterator[Mention]:
        """"on Netflix", "to Disney+", "on the Fox network", "via Crunchyroll", "on A in Canada and on B"; "at 9:20
        p.m. KST on tvN", where the parse hangs the "on" on the time set beside the verb."""
        beside = [g for c in verb.children if c.dep_ == "appos" for g in c.children]
        for prep in (p for c in (*verb.children, *beside) for p in (c, *c.conjuncts)):
            if prep.dep_ not in ("prep", "conj") or prep.pos_ != "ADP" or prep.lower_ not in PLATFORM_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for head in (obj, *obj.conjuncts):
                    platform = self._platform(head, broadcast=lemma(verb) in _BROADCAST_VERBS)
                    if platform is not None:
                        yield platform

    def _platform(self, head: Token, *, broadcast: bool = False) -> Mention | None:
        """A platform the lexicon knows, a name with a network word ("W Network"), the name a "network" noun
        carries ("the Corvid network"), a streaming service's ("Lumen+"), or, after a verb of broadcasting, a
        company's name ("aired on HGTV")."""
        if self.lexicon.is_platform(head.text):  # "tvN", "Disney+": platforms are not always capitalized words
            span = name_span(head) or head.doc[head.i:head.i + 1]
            return mention(span if self.lexicon.is_platform(span.text) else head.doc[head.i:head.i + 1],
                           ORGANIZATION)
        whole = head.doc[head.left_edge.i:head.i + 1]
        if whole[0].lower_ == "the":
            whole = whole[1:]
        if len(whole) and self.lexicon.is_platform(whole.text):  # "BBC One": a number ends its name
            return mention(whole, ORGANIZATION)
        numbered = platform_named(head, self.lexicon) if head.i + 1 < len(head.doc) \
            and head.doc[head.i + 1].like_num else None
        if numbered is not None:  # "Channel 4", whose 4 the parse hangs after its head
            return mention(numbered, ORGANIZATION)
        token = head
        if head.lower_ in ("network", "channel", "service") and head.text[:1].islower():
            token = next((c for c in head.children if c.dep_ in ("compound", "amod", "nmod")
                          and c.text[:1].isupper()), head)
        span = name_span(token)
        if span is None or span.text in _FORMATS or self.lexicon.is_place(span.text):
            return None
        if self.lexicon.is_platform(span.text) or token is not head or span[-1].text in BROADCASTER_WORDS \
                or span.text.endswith("+") or (broadcast and self.lexicon.is_organization(span.text)):
            return mention(span, ORGANIZATION)
        return None

    def _network_modifier(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"the NBC television drama Friday Night Lights", "X is a weekday BBC current affairs programme": the
        network a series noun is qualified by."""
        kind = work_noun(noun)
        if kind is None or kind in ("film", "movie") or noun.i + 1 >= len(noun.doc):
            return
        work = work_of(noun, works)
        if work is None or work.kind != WORK:
            return
        for modifier in noun.doc[noun.left_edge.i:noun.i]:
            span = platform_named(modifier, self.lexicon) if modifier.text[:1].isupper() else None
            if span is not None and span.end <= noun.i:
                yield Candidate("release_platform", work, mention(span, ORGANIZATION), sent,
                                "release:network-modifier")
                return


def _subtitle_words(objects: list[Token], works: WorkSpans) -> list[Token]:
    """"will release Deep Meridian: Undertow in theaters on August 29": the words of an object's title on which
    the parse hung the verb's own phrases (a subtitle after a colon reads as an apposition)."""
    found = []
    for obj in objects:
        span = works.at(obj)
        found.extend(t for t in span or () if t.i != obj.i
                     and any(c.dep_ == "prep" and c.i >= span.end for c in t.children))
    return found




def _into_cinemas(sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"X swims into theaters on Friday", "X roars back into cinemas": what comes to the cinemas, by whatever verb
    (those of release are read with their dates), is a film."""
    for noun in tokens_with(sent, CINEMAS):
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into", "to") else None
        if verb is None or verb.pos_ != "VERB" or lemma(verb) in RELEASE_VERBS:
            continue
        work = clause_work(verb, works)
        if work is not None and work.kind == WORK:
            yield Candidate("type", work, "Movie", sent, "release:cinemas")


def _release_words(lexicon: Lexicon) -> frozenset[str]:
    """The words one of the release reader's token tests starts from: a release verb or noun, a verb of
    commissioning, "date", "available", a work noun (a network's), an acting or credit verb, the cinemas."""
    return RELEASE_VERBS | COMMISSIONING | RELEASE_NOUNS | WORK_NOUN_ENDS | _ACTING | lexicon.cue_words \
        | CINEMAS | SCHEDULING_FORMS | {"date", "available"}


def _to_the_press(adjective: Token) -> bool:
    """"was made available to critics on Aug. 1": a screener's day, not a release."""
    return any(o.lower_ in _PRESS for p in adjective.children if p.dep_ == "prep" and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj")


_PRESS = frozenset({"critics", "press", "reviewers", "journalists", "media", "voters", "members"})


def _later_part(subject: Token | None, *, sequel: bool = False) -> bool:
    """"its final episode", "the second season", "the finale": a part that comes out after the work did (and,
    with `sequel`, a sequel: "the sequel has been pushed back to 2028")."""
    if subject is None:
        return False
    if subject.lower_ in ("finale", "finales") or (sequel and subject.lower_ in _SEQUELS):
        return True
    return subject.lower_ in _PARTS and any(c.lower_ in _LATER for c in subject.children)


_SEQUELS = frozenset({"sequel", "prequel", "follow-up", "spinoff", "spin-off", "season", "episode", "installment"})
# The nouns of who schedules a release, named: "the studio has moved it to May 1".
_SCHEDULERS = frozenset({"studio", "distributor", "streamer", "network", "company", "platform", "service"})


_PARTS = frozenset({"episode", "episodes", "season", "seasons", "chapter", "installment", "part", "half"})
_LATER = frozenset({"final", "last", "second", "third", "fourth", "fifth", "next", "new", "remaining", "latest",
                    "concluding", "closing"})


def _article_date(doc: Doc):
    article = doc._.article
    return article.date if article is not None else None


def _future(verb: Token) -> bool:
    """Release news is about what is coming unless the verb says it already happened ("since opening May 2",
    "after premiering at Sundance": a gerund after "since" or "after" is past)."""
    if verb.tag_ == "VBG" and verb.head.lower_ in ("since", "after") and verb.dep_ in ("pcomp", "pobj"):
        return False
    words = {t.lower_ for t in verb.children if t.dep_ in ("aux", "auxpass")} | {verb.lower_}
    return bool(words & _FUTURE_WORDS) or verb.tag_ in ("VBZ", "VBP", "VBG", "NNS", "NN")


def _grosses(verb: Token) -> bool:
    """A verb whose own phrases hold a sum of money taken at the box office ("opened to $96 million", "earned
    ₹120 crore", "fell 44% to $11.2 million"); not a price, a budget or a deal ("paid $50 million for X")."""
    if lemma(verb) in DEAL_VERBS:
        return False
    words = [w for c in verb.children if c.dep_ in ("prep", "dobj", "npadvmod") for w in c.subtree]
    return any(w.text in _CURRENCIES for w in words) and any(w.lower_ in _SUMS for w in words)


_CURRENCIES = frozenset({"$", "£", "€", "¥", "₹", "Rs", "Rs."})
_CURRENCY_WORDS = frozenset(c.lower() for c in _CURRENCIES)
_SUMS = frozenset({"million", "billion", "crore", "lakh", "m", "bn"})


def _date_in(phrase: Span, doc: Doc, future: bool) -> PartialDate | None:
    """The date a time phrase opens with ("October 9", "May 1, 2026", "next spring"), if it has one."""
    match = DATE_RE.search(phrase[:8].text)
    return parse_date(match.group(0), _article_date(doc), future=future) if match is not None else None


def _dates(verb: Token, doc: Doc, future: bool, works: WorkSpans | None = None) -> Iterator:
    """The dates of a verb's own time phrases ("on October 5, 2008", "in 1969", "in Spring 2025"); given the
    works, not a phrase that names one ("starred in the 1990 film X" dates X, not the starring)."""
    places = [g for c in verb.children if c.dep_ == "prep" and (c.lower_ in PLATFORM_PREPOSITIONS or c.lower_ == "as")
              for g in c.children if g.dep_ == "pobj"]  # ("aired on NBC on May 5", "aired as a special on May 5")
    for child in (*verb.children, *(c for place in places for c in place.children)):
        if child.dep_ == "prep" and child.lower_ in _TIME_PREPOSITIONS:
            phrase = doc[child.i + 1:child.right_edge.i + 1]
        elif child.dep_ in ("npadvmod", "tmod") or (child.dep_ == "dobj" and child.like_num):
            phrase = doc[child.left_edge.i:child.right_edge.i + 1]
        else:
            continue
        if works is not None and any(works.at(t) is not None or work_noun(t) is not None for t in phrase):
            continue
        if phrase and phrase[0].lower_ in ("every", "each"):
            continue  # "will air every Saturday and Sunday": a schedule, no day
        parsed = _date_in(phrase, doc, future)
        if parsed is not None:
            yield parsed
            return
