"""What a work is: "X is a 1936 British musical film", "X, a Japanese anime series", "the 2003 film X".

The words before a work noun say its type (film, series, novel), its year
of release, its country (a demonym), its genre (the article's own words,
"romantic drama") and the platform it was made for ("a Netflix original
series"). A title glossed with its year ("Sanders of the River (1935)")
gives the year too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import (
    ORIGINAL,
    WorkSpans,
    clause_work,
    definite,
    fronted_description_title,
    owned_in_hand,
    title_described_after,
    work_of,
)
from kg.extract.countries import countries_listed, countries_named, country_names, is_country
from kg.extract.dates import DATE_RE, YEAR_WORD, parse_date
from kg.extract.doc import (
    ANAPHOR,
    Candidate,
    Mention,
    doc_text,
    heading_spans,
    mention,
    opens_paragraph,
    sentence,
    tokens,
    tokens_with,
    words_in,
)
from kg.extract.lexicon import (
    BROADCASTER_WORDS,
    DISTRIBUTORS,
    DRAMA_SERIES_COUNTRIES,
    GENRE_NOUNS,
    ON_A_SHOW_VERBS,
    ORGANIZATION_SUFFIXES,
    SERIES_WORDS,
    SOURCE_KINDS,
    WORK_NOUN_MODIFIERS,
    WORK_NOUNS,
    Lexicon,
    genre_words_in,
    genres_named,
    lemma,
)
from kg.extract.names import name_kind, name_span
from kg.extract.patterns import ORDINAL_WORDS
from kg.extract.reader import SentenceReader
from kg.extract.text import Parenthetical
from kg.extract.works import (
    APPOSITIVE_DETERMINERS,
    BE_FORMS,
    DASH_AFTER_TITLE,
    ENTRY_NOUNS,
    QUOTES,
    SERIES_PARTS,
    WORK_NOUN_ENDS,
    YEAR_GLOSS,
    another_title_as,
    country_entry,
    described_noun,
    glossed_kind,
    is_copula,
    is_title_text,
    listing_items,
    platform_named,
    series_of_part,
    slot_platform,
    split_alias,
    title_in_capitals,
    word_before,
    work_noun,
)
from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Article, PartialDate

# What joins the countries of a co-production: "a Canada/UK/United States co-production".
_CHAIN_JOINTS = frozenset({"/", "-", "–"})
_MEASURES = frozenset({"minute", "minutes", "-minute", "hour", "part", "episode", "min"})

# Words that say a text is about a series, whose genre noun may be a show's.
# (and a play's: "Arthur Miller's 1949 drama returns to Broadway"); a show returns, a film seldom does.
_SERIES_WORDS = SERIES_WORDS | {"showrunner", "network", "renewed", "canceled", "cancelled", "aired", "airs", "return",
                                "broadway", "playwright", "revival"}
# The words a description starts from: a copula, the "as" of another title, a country's entry, a work noun.
# The rule of what a maker's noun says of the work in hand (dropped with the owner's credit; see the extractor).
OWNED_DESCRIPTION_RULE = "description:owned"
_DESCRIBING_WORDS = BE_FORMS | ENTRY_NOUNS | WORK_NOUN_ENDS | {"as", "on"}


@Language.factory("kg_descriptions", requires=["token.dep", "doc.spans"])
def make_description_reader(nlp: Language, name: str) -> DescriptionReader:
    return DescriptionReader(name)


class DescriptionReader(SentenceReader):
    """Adds type, release year, country, genre and platform candidates from a work's description."""

    def __init__(self, name: str = "kg_descriptions") -> None:
        super().__init__(name)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        yield from _listing_note(sent, works)
        for token in tokens_with(sent, _DESCRIBING_WORDS):
            if is_copula(token):
                yield from self._copula(token, sent, works)
                continue
            if token.lower_ == "as" and another_title_as(token):
                yield from _another_title(token, sent, works)
                continue
            if token.lower_ == "on":
                yield from _played_on_a_show(token, sent, works)
                continue
            if (country := country_entry(token)) is not None:
                yield from _entered_by(token, country, sent, works)
                continue
            noun = work_noun(token)
            if noun is None or token.text[:1].isupper() or _work_noun_follows(token):
                continue
            yield from _earlier_works(token, sent, works)
            described = _described_work(token, works)
            if described is not None:
                work, rule = described
                yield from self._facts(work, token, noun, sent, rule)
                yield from _series(work, token, sent, works, rule)
                for other in _listed_after(token, works):  # "his features A (2004) and B (2011)"
                    yield from self._facts(mention(other, WORK), token, noun, sent, rule)
            elif owned_in_hand(token, works) is not None:
                # "Alice Ferrante's documentary about the flood", "Tomás Ibarra's melodrama stars A": the work in
                # hand, as its maker's noun describes it (unless the maker is not its director: see the extractor)
                anaphor = Mention(ANAPHOR, token.text, token.idx, token.idx + len(token))
                yield from self._facts(anaphor, token, noun, sent, OWNED_DESCRIPTION_RULE)
            elif _refers_back(token) and WORK_NOUNS.get(noun) not in SOURCE_KINDS and _modifiers(token, noun) \
                    and not _names_another_title(token, works):
                # "This 20th Century Fox feature was produced by …", "The Korean psychological thriller jumped …":
                # the work in focus, as the words before its noun describe it (a bare "the drama" says nothing,
                # and "the slice-of-life manga" is the source, not the screen work)
                # ('"Kystlinjen", the Danish series from DR1': an apposition the parse hung elsewhere)
                described = title_described_after(token, works)
                if described is not None:
                    yield from self._facts(described, token, noun, sent, "description:appositive")
                    continue
                anaphor = Mention(ANAPHOR, token.text, token.idx, token.idx + len(token))
                for candidate in self._facts(anaphor, token, noun, sent, "description:anaphor"):
                    # ("the thriller" may be a series; "the Irish drama" says where it is from, not its genre)
                    if candidate.relation != "type" and (candidate.relation, candidate.value) != ("genre", noun):
                        yield candidate

        for token in tokens_with(sent, SERIES_PARTS):
            yield from _series_with_parts(token, sent, works)

    def read_doc(self, doc: Doc, works: WorkSpans) -> Iterator[Candidate]:
        yield from _year_glosses(doc, works)
        glossed = list(_title_glosses(doc, works, self.lexicon))
        yield from glossed
        on_a_service = {c.subject.name for c in glossed if c.relation == "release_platform"}
        # (an item's own "(Hulu)" says where it is, whatever service the listing's headline names)
        yield from (c for c in _listing_days(doc, works, self.lexicon)
                    if c.relation != "release_platform" or c.subject.name not in on_a_service)
        yield from _heading_releases(doc, works, self.lexicon)
        yield from _item_countries(doc, works)
        yield from _category_types(doc)

    def _copula(self, copula: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X is a 1936 British film": the description after the copula, of the subject before it."""
        noun = described_noun(copula)
        if noun is None:
            return
        subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        work = work_of(subject, works) if subject is not None else None
        if work is None or work.kind != WORK:
            work = _sentence_opening_work(sent, copula, works) or _definite_work_noun(subject, work)
        if work is not None and work.kind == WORK and work.start == sent.start_char:
            _, alias = split_alias(sent.doc[sent.start:copula.i])
            if alias is not None and alias.text != work.name:
                yield Candidate("alternate_name", work, alias.text, sent, "title:or")
        if work is not None and work.kind in (WORK, ANAPHOR, ORIGINAL):
            start = next(t.i for t in sent.doc[copula.i + 1:noun.i + 1]
                         if t.lower_ in ("a", "an", "the", "'s", "’s")) + 1  # ("Lang's second film")
            yield from self._facts(work, noun, work_noun(noun) or "", sent, "description:copula", start)
            yield from _series(work, noun, sent, works, "description:copula")

    def _studios(self, modifiers: list[Token]) -> Iterator[Mention]:
        """"a 1937 Educational Pictures short", "a 1943 Warner Bros. Merrie Melodies cartoon": a studio's name
        among a description's words, up to its company word (a channel's is where the work airs instead)."""
        for run in _capitalized_runs(modifiers):
            doc = run[0].doc
            if any(self.lexicon.is_platform(doc[run[0].i:end].text) for end in (run[-1].i + 1, run[-1].i + 2)):
                continue  # ("Apple TV+'s spy thriller series": a streamer's, whose name runs on past the run)
            ends = [n for n, t in enumerate(run) if t.text in ORGANIZATION_SUFFIXES]
            name = run[0].doc[run[0].i:run[ends[-1]].i + 1] if ends else self._known_studio(run)
            if name is not None and not self.lexicon.is_platform(name.text) \
                    and name.text.split()[-1] not in BROADCASTER_WORDS:
                yield mention(name, ORGANIZATION)

    def _known_studio(self, run: list[Token]) -> Span | None:
        """A studio the lexicon knows, named by a run of capitalized words and perhaps the number before it
        ("20th Century Fox")."""
        doc, start = run[0].doc, run[0].i
        if start > 0 and doc[start - 1].like_num:
            start -= 1
        for begin in (start, run[0].i):
            span = doc[begin:run[-1].i + 1]
            if self.lexicon.is_known_organization(span.text):
                return span
        return None

    def _studios_from(self, noun: Token) -> Iterator[Mention]:
        """"a short film from Blue Sky Studios": a studio a work noun's "from" names (a platform or a channel
        shows the work rather than makes it)."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for obj in prep.children:
                span = name_span(obj) if obj.dep_ == "pobj" else None
                if span is not None and span.text.split()[-1] in ORGANIZATION_SUFFIXES \
                        and span.text.split()[-1] not in BROADCASTER_WORDS and not self.lexicon.is_platform(span.text):
                    yield mention(span, ORGANIZATION)

    def _platforms_from(self, noun: Token) -> Iterator[Mention]:
        """"a new romantic comedy from Netflix": a streamer or a channel a work noun's "from" names is where the
        work comes out (a studio's "from" is read beside, as the company that makes it)."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    span = platform_named(obj, self.lexicon)
                    if span is not None:
                        yield mention(span, ORGANIZATION)

    def _coproducers(self, noun: Token) -> Iterator[Mention]:
        """"a co-production between Atlantida Filmes and Northstar Pictures": the companies a co-production
        is between (its countries are read beside)."""
        if noun.lower_ not in ("co-production", "coproduction"):
            return
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "between"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    for item in (obj, *obj.conjuncts):
                        span = name_span(item)
                        if span is not None and self.lexicon.is_organization(span.text) \
                                and not self.lexicon.is_platform(span.text) and not is_country(span.text):
                            yield mention(span, ORGANIZATION)

    def _facts(self, work: Mention, noun: Token, noun_text: str, sent: Span, rule: str,
               start: int | None = None) -> Iterator[Candidate]:
        if WORK_NOUNS.get(noun_text) in SOURCE_KINDS:  # "the webtoon X": a comic of that title, not the series
            work = Mention(WORK_NOUNS[noun_text], work.name, work.start, work.end)
        modifiers = _modifiers(noun, noun_text, start)
        words = [t.text for t in modifiers]
        text = " ".join(words)
        countries = countries_named(text, noun_text) or _country_from(noun)
        for country in countries:
            yield Candidate("country_of_origin", work, Mention(PLACE, country, -1, -1), sent, f"{rule}:country")
        country = countries[0] if countries else None
        year = next((t for t in modifiers if YEAR_WORD.match(t.text) and not _measure_follows(t)), None)
        if year is not None:
            yield Candidate("release_date", work, PartialDate(int(year.text)), sent, f"{rule}:year")
        for studio in self._studios(modifiers):  # ("the A24 film X": a distributor's, which releases it)
            distributed = studio.name.casefold() in DISTRIBUTORS
            yield Candidate("release_platform" if distributed else "production_company", work, studio, sent,
                            f"{rule}:distributor" if distributed else f"{rule}:studio")
        for studio in (*self._studios_from(noun), *self._coproducers(noun)):
            yield Candidate("production_company", work, studio, sent, f"{rule}:studio")
        for n, token in enumerate(modifiers):
            if self.lexicon.is_platform(token.text) and n + 1 < len(modifiers) \
                    and modifiers[n + 1].lower_ in ("original", "exclusive"):
                yield Candidate("release_platform", work, mention(sent.doc[token.i:token.i + 1], ORGANIZATION),
                                sent, f"{rule}:platform")
        for platform in self._platforms_from(noun):
            yield Candidate("release_platform", work, platform, sent, f"{rule}:platform-from")
        genre = genre_words_in([t.text for t in modifiers if not _inside_a_name(t)], self.lexicon.genres,
                               noun_text)
        work_type = WORK_NOUNS.get(noun_text)
        defines = rule in ("description:copula", "description:appositive")
        if noun_text in GENRE_NOUNS and noun_text not in genre:
            genre.append(noun_text)  # "a 2019 romantic comedy": the noun is the genre's last word
        if _DOCUMENTARY.search(noun_text) and "documentary" not in genre:
            genre.append("documentary")  # "a feature documentary", "the docuseries": a documentary's genre
        if noun_text == "drama":
            genre.append("drama")
            # "a South Korean romantic comedy drama" and "tvN's Saturday-Sunday drama X" are series; "the romantic
            # drama X" says only the genre.
            work_type = "TVSeries" if (defines and country in DRAMA_SERIES_COUNTRIES) or _in_a_time_slot(modifiers) \
                else None
        if genre and (genre != ["drama"] or noun_text != "drama" or not defines):
            for value in genres_named(" ".join(genre)):
                yield Candidate("genre", work, value, sent, f"{rule}:genre")
        if work_type and work_type != "CreativeWork" and not _series_of_films(noun):
            yield Candidate("type", work, work_type, sent, f"{rule}:type")
        elif work_type in (None, "CreativeWork") and noun_text in GENRE_NOUNS | {"drama"} \
                and self._filmmakers_work(noun, sent):
            yield Candidate("type", work, "Movie", sent, f"{rule}:filmmakers-genre")

    def _filmmakers_work(self, noun: Token, sent: Span) -> bool:
        """"Alan Corbett's 1972 kitchen-sink drama", "Sofía Albero's Spanish comedy": a genre noun a person owns,
        in a sentence that says nothing of a series, is that filmmaker's film (a show is a network's, or
        said to be a series)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        name = name_span(owner) if owner is not None else None
        return name is not None and name_kind(name.text, self.lexicon) == PERSON \
            and not self.lexicon.is_platform(name.text) and words_in(sent).isdisjoint(_SERIES_WORDS) \
            and not any(self.lexicon.is_platform(t.text) for t in tokens(sent) if t.pos_ == "PROPN")


_DOCUMENTARY = re.compile(r"\b(?:documentary|docuseries|docu-series)\b")


def _names_another_title(noun: Token, works: WorkSpans) -> bool:
    """"the 2024 film adaptation of Ninth Floor Tenant", "the 1998 remake of X": a work noun (or the noun it
    qualifies) of a title named after it is another work than the one in focus."""
    nouns = (noun, noun.head) if noun.dep_ == "compound" else (noun,)
    return any(works.at(o) is not None or o.pos_ == "PROPN" for n in nouns for p in n.children if p.dep_ == "prep"
               and p.lower_ in ("of", "to") for o in p.children if o.dep_ == "pobj")


def _listing_note(sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"Series premiere.", "Season 4 premiere.", "Original movie." opening the item under a listing's title
    heading: the kind of the work the heading names."""
    note = _ITEM_NOTE.fullmatch(sent.text.strip()) if opens_paragraph(sent) else None
    title = _title_heading_before(sent, works) if note is not None else None
    if title is not None:
        kind = "Movie" if note.group("film") else "TVSeries"
        yield Candidate("type", mention(title, WORK), kind, sent, "description:listing-note")


def _title_heading_before(sent: Span, works: WorkSpans) -> Span | None:
    """The title of the heading right above a sentence, if that heading names one."""
    doc = sent.doc
    before = next((t for t in reversed(doc[:sent.start]) if not t.is_space), None)
    heading = next((h for h in heading_spans(doc) if before is not None and h.start <= before.i < h.end), None)
    return next(filter(None, map(works.at, heading)), None) if heading is not None else None


_ITEM_NOTE = re.compile(r"(?i)(?:(?:season|series)\s+\d+\s+(?:premiere|finale)|series\s+(?:premiere|finale)"
                           r"|(?:new|original)\s+(?:series|miniseries|docuseries)"
                           r"|(?P<film>(?:new\s+|original\s+)?(?:movie|film|documentary)(?:\s+premiere)?))\.?")


def _played_on_a_show(on: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"playing Joel Miller on HBO's The Last of Us", "starred on The Bear": one acts "in" a film and "on" a
    show, so the work a part is played on is a series (not the "on" of a title: "starred in Death on the Nile")."""
    verb = on.head
    if on.dep_ != "prep" or verb.pos_ != "VERB" or lemma(verb) not in ON_A_SHOW_VERBS or works.at(on) is not None:
        return
    for obj in (c for c in on.children if c.dep_ == "pobj"):
        title = works.at(obj)
        if title is not None:
            yield Candidate("type", mention(title, WORK), "TVSeries", sent, "description:played-on")


def _series(episode: Mention, noun: Token, sent: Span, works: WorkSpans, rule: str) -> Iterator[Candidate]:
    """"X is the tenth episode of the ninth season of Family Guy", "X, the second episode of The Simpsons'
    twentieth season": the series an episode belongs to."""
    name = series_of_part(noun) if noun.lower_ == "episode" else None
    series = works.at(name) if name is not None else None
    if series is not None and series.text != episode.name:
        yield Candidate("part_of_series", episode, mention(series, WORK), sent, f"{rule}:series")


def _series_with_parts(part: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"the pilot of HBO's The Orchard", "two episodes of Lost", "Lost's fourth season": what has episodes,
    seasons or a pilot is a series."""
    name = series_of_part(part)
    series = works.at(name) if name is not None else None
    if series is not None:
        yield Candidate("type", mention(series, WORK), "TVSeries", sent, "description:part-of:type")


def _capitalized_runs(tokens: list[Token]) -> Iterator[list[Token]]:
    """The runs of capitalized nouns among a description's words, where a studio's name may stand."""
    run: list[Token] = []
    for token in tokens:
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN"):
            run.append(token)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _country_from(noun: Token) -> list[str]:
    """"an independent film from Costa Rica", "a co-production of Canada and France", "a co-production between
    the United Kingdom, Canada and the United States": the countries a work noun's "from" names, or those a
    co-production's "of" or "between" lists."""
    wanted = ("from", "of", "between") if noun.lower_ in ("co-production", "coproduction") else ("from",)
    names = [name_span(item) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in wanted
             for obj in prep.children if obj.dep_ == "pobj" for item in (obj, *obj.conjuncts)]
    return [country_names()[span.text] for span in names if span is not None and is_country(span.text)]


def _another_title(as_token: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"X, released in the USA as Y", "X, later marketed as Y": Y is another title of the work the sentence
    names first (or, with none named, of the paragraph's)."""
    doc = sent.doc
    alias = works.at(doc[as_token.i + 1]) if as_token.i + 1 < sent.end else None
    if alias is None or alias.start != as_token.i + 1:
        return
    named_first = next((span for span in sorted({works.at(t) for t in sent if works.at(t) is not None},
                                                key=lambda s: s.start)
                        if span.text != alias.text and doc[span.start - 1].lower_ != "as"), None)
    work = mention(named_first, WORK) if named_first is not None and named_first.start < alias.start else None
    yield Candidate("alternate_name", work, alias.text, sent, "title:known-as")


def _series_of_films(noun: Token) -> bool:
    """"a series of action films" is a film series, not a television one."""
    return any(obj.lower_ in ("films", "movies") for prep in noun.children if prep.dep_ == "prep"
               and prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj")


def _described_work(noun: Token, works: WorkSpans) -> tuple[Mention, str] | None:
    """The work a work noun describes outside a copula, and how it is said: "X, a … film" (appositive), "the …
    film X" (the title follows)."""
    if noun.dep_ == "attr" and is_copula(noun.head):
        return None  # read from the copula
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        titled = works.at(noun.head)
        if titled is not None and _closes_a_fronted_phrase(titled, noun):
            return None
        work = work_of(noun.head, works)
        if work is not None:
            return (work, "description:appositive") if work.kind == WORK else None
    before = noun.left_edge.i - 1
    if noun.left_edge.lower_ in APPOSITIVE_DETERMINERS and before > 0 and noun.doc[before].text == "," \
            and noun.dep_ not in ("nsubj", "nsubjpass"):
        span = works.at(noun.doc[before - 1])  # "X, the new BBC One crime drama series"
        if span is not None and span.end == before and not _closes_a_fronted_phrase(span, noun):
            return mention(span, WORK), "description:appositive"
    following = _title_after(noun, works)
    if following is not None:
        return mention(following, WORK), "description:work-noun"
    fronted = fronted_description_title(noun, works)
    if fronted is not None:
        return mention(fronted, WORK), "description:appositive"
    if noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].text == ",":  # "Walt Disney's 1967 film, The Jungle Book"
        titled = works.at(noun.doc[noun.i + 2])
        if titled is not None and any(c.dep_ == "appos" and titled.start <= c.i < titled.end for c in noun.children):
            return mention(titled, WORK), "description:work-noun"
        renamed = _renamed_by_another_noun(noun, works)
        if renamed is not None:
            return mention(renamed, WORK), "description:work-noun"
    glossed = _filmography_gloss(noun, works)
    return (mention(glossed, WORK), "description:work-noun") if glossed is not None else None


# What numbers a maker's work among their others: "her previous feature", "his third film", "their debut series".
_NUMBERING = frozenset(ORDINAL_WORDS) | {"previous", "earlier", "debut", "sophomore", "latest", "last", "next", "new"}


def _numbered(noun: Token) -> bool:
    """A work noun that counts a maker's works: "her previous feature", "Okafor's third film"."""
    lefts = list(noun.lefts)
    return any(t.lower_ in _NUMBERING for t in lefts) and any(t.dep_ == "poss" for t in lefts)


def _filmography_gloss(noun: Token, works: WorkSpans) -> Span | None:
    """"her previous feature, the heist comedy X", "his first film as director, X": the title a maker's
    numbered work is glossed with after a comma, perhaps after words that describe it ("the Irish-language
    drama"), which the parse hangs anywhere."""
    doc = noun.doc
    if not _numbered(noun):
        return None
    at = noun.i + 1
    if at + 1 < len(doc) and doc[at].lower_ == "as" and doc[at + 1].pos_ == "NOUN":
        at += 2  # "as director"
    if at + 1 >= len(doc) or doc[at].text != ",":
        return None
    at += 1
    if doc[at].lower_ in ("the", "a", "an"):
        kind = next((t for t in doc[at + 1:min(at + 5, len(doc))] if work_noun(t) is not None), None)
        if kind is None or any(t.text[:1].isupper() and "-" not in t.text for t in doc[at + 1:kind.i]) \
                or WORK_NOUNS[work_noun(kind)] not in ("CreativeWork", WORK_NOUNS[work_noun(noun)]):
            return None  # ("her first series, the webtoon X": the gloss's own noun says what X is)
        at = kind.i + 1
    titled = works.at(doc[at]) if at < len(doc) else None
    return titled if titled is not None and titled.start == at else None


def _earlier_works(noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"her second feature after X (2021)", "his third film after X and Y": the works a maker's second (third …)
    work comes after are of its kind, unless the text says what they are ("after X, the HBO series she
    created")."""
    doc, kind = noun.doc, WORK_NOUNS.get(work_noun(noun) or "")
    if kind not in ("Movie", "TVSeries") or not _numbered(noun) or noun.i + 2 >= sent.end \
            or doc[noun.i + 1].lower_ != "after" or not any(t.lower_ in _LATER_ORDINALS for t in noun.lefts):
        return
    at = noun.i + 2
    while at < sent.end and (titled := works.at(doc[at])) is not None and titled.start == at:
        at = titled.end
        if at + 1 < sent.end and doc[at].text == "," and doc[at + 1].lower_ in APPOSITIVE_DETERMINERS:
            kind_said = next((WORK_NOUNS[work_noun(t)] for t in doc[at + 2:min(at + 6, sent.end)] if work_noun(t)),
                             "CreativeWork")
            if kind_said != "CreativeWork":
                return  # described in its own words ("after X, the HBO limited series she created")
        yield Candidate("type", mention(titled, WORK), kind, sent, "description:earlier:type")
        if at + 1 < sent.end and doc[at].lower_ in ("and", ","):
            at += 1 + (doc[at].text == "," and doc[at + 1].lower_ == "and")
        else:
            return


_LATER_ORDINALS = frozenset(ORDINAL_WORDS) - {"first"}


def _closes_a_fronted_phrase(title: Span, noun: Token) -> bool:
    """"Loosely inspired by A's 1911 novel X, the Canadian co-production was …": a title that ends a phrase
    opening on a participle is followed by the sentence's subject, not by a description of the title (unlike
    an inverted "Also coming is X, a Korean drama", whose verb comes first, or a description set off by a
    second comma: "Best known for X, the 2021 Korean drama, A now leads a film")."""
    after = noun.right_edge.i + 1
    if after < len(noun.doc) and noun.doc[after].text == ",":
        return False
    words = tokens(sentence(title[0]))
    first = next((t for t in words if t.pos_ != "ADV"), None)
    return first is not None and first.tag_ in ("VBN", "VBG") and first.i < title.start \
        and not any(t.text == "," or t.tag_ in _FINITE for t in words if first.i < t.i < title.start)


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _title_after(noun: Token, works: WorkSpans) -> Span | None:
    """"the survival drama Bitter Creek", "the survival drama "Bitter Creek"": the title right after a work noun,
    in quotes or not."""
    doc, at = noun.doc, noun.i + 1
    if at < len(doc) and doc[at].text in _OPENING_QUOTES:
        at += 1
    span = works.at(doc[at]) if at < len(doc) else None
    return span if span is not None and span.start == at else None


_OPENING_QUOTES = frozenset(QUOTES)  # (the marks that open a quote)


def _renamed_by_another_noun(noun: Token, works: WorkSpans) -> Span | None:
    """"whose debut feature, the Lagos crime thriller X (2021), …": the title after a second work noun set
    beside the first, between commas (the parse joins them as an appositive, a conjunct or anything). Not "a
    manga, an anime X and a film" (a list), nor "After the film, the comedy X opened" (a fronted phrase)."""
    doc, start, end = noun.doc, noun.i + 2, sentence(noun).end
    if start >= end or doc[start].lower_ not in ("the", "a", "an") or noun.dep_ == "pobj" \
            or not (definite(noun) or any(c.dep_ == "poss" for c in noun.children)):
        return None
    for word in doc[start + 1:min(start + 6, end)]:
        title = _title_after(word, works) if work_noun(word) is not None else None
        if title is not None:  # (its year's gloss is out of the parsed text)
            return title if title.end < end and doc[title.end].text == "," else None
        if word.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM"):
            return None
    return None


def _listed_after(noun: Token, works: WorkSpans) -> Iterator[Span]:
    """"the films A and B", "his features A (2004) and B (2011)": the titles listed after the first one a
    plural work noun names, which it describes as well."""
    first = _title_after(noun, works) if noun.tag_ in ("NNS", "NNPS") else None
    if first is None:
        return
    doc, at, sent_end = noun.doc, first.end, sentence(noun).end
    while at < sent_end:  # (the titles' glosses, "(2004)", are out of the parsed text)
        if doc[at].text in _LIST_JOINTS:
            at += 1
            continue
        span = works.at(doc[at])
        if span is None or span.start != at:
            return
        yield span
        at = span.end


# What stands between the titles of a list: "A, B and C", ""A," "B" and "C"".
_LIST_JOINTS = frozenset({",", "and", "&", *QUOTES, *QUOTES.values()})


def _definite_work_noun(subject: Token | None, work: Mention | None) -> Mention | None:
    """"The film is a Portuguese-American co-production": "the film" (not "it", which may be anything) is the
    work the paragraph is about."""
    if work is not None and work.kind == ANAPHOR and subject is not None and subject.left_edge.lower_ == "the" \
            and work_noun(subject) is not None and not _of_another_work(subject.head):
        return work
    return None


def _of_another_work(copula: Token) -> bool:
    """"The film is an animated adaptation of X": a description that names another work says little the
    paragraph's work can be trusted with (the paragraph may be about X)."""
    return any(p.dep_ == "prep" and p.lower_ in ("of", "to") for attr in copula.children if attr.dep_ == "attr"
               for p in attr.children)


def _refers_back(noun: Token) -> bool:
    """"This 20th Century Fox feature was …", "The Aardman film stars …": a singular work noun with "this" or
    "the" as a clause's subject, no title beside it, is the work the paragraph is about."""
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.left_edge.lower_ in ("this", "the") \
        and noun.tag_ == "NN" and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                          and c.i > noun.i for c in noun.children)


def _sentence_opening_work(sent: Span, verb: Token, works: WorkSpans) -> Mention | None:
    """The title the sentence opens with, when the parse gave the copula another subject."""
    for token in tokens(sent):
        if token.is_punct or token.text in ('"', "“", "'"):
            continue
        span = works.at(token)
        return mention(span, WORK) if span is not None and span.end <= verb.i else None
    return None


def _modifiers(noun: Token, noun_text: str, start: int | None = None) -> list[Token]:
    """The words between the determiner (or owner) and the work noun ("1936 British musical"), without the noun's
    own first words ("television" of "television series") and without words that say nothing; the slashes
    and hyphens of a country chain ("a Canada/UK co-production") stay."""
    if start is None:  # (after an owner's words: "Mexican director A's crime drama" is no Mexican drama)
        start = max([noun.left_edge.i] + [c.right_edge.i + 1 for c in noun.children
                                          if c.dep_ == "poss" and c.text[:1].isupper()])
    first_noun_word = noun.i - len(noun_text.split()) + 1 if noun_text else noun.i + 1
    tokens = [t for t in noun.doc[start:first_noun_word] if (t.dep_ not in ("det", "punct", "case", "poss")
              or t.text in _CHAIN_JOINTS) and t.lower_ not in WORK_NOUN_MODIFIERS]
    return tokens


def _work_noun_follows(token: Token) -> bool:
    """"crime drama series": "drama" is a genre word of the series, not the noun."""
    return token.i + 1 < len(token.doc) and work_noun(token.doc[token.i + 1]) is not None


def _measure_follows(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _MEASURES


def _entered_by(noun: Token, country: str, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"X was Japan's submission to the Academy Awards", "was selected as Iraq's official entry for …": a work a
    country enters for a prize is that country's."""
    if noun.dep_ == "attr" and is_copula(noun.head):
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        span = works.at(subject) if subject is not None else None
        work = mention(span, WORK) if span is not None else _sentence_opening_work(sent, noun.head, works)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        work = clause_work(noun.head.head, works)
    else:
        return
    if work is not None:
        yield Candidate("country_of_origin", work, Mention(PLACE, country_names()[country], -1, -1), sent,
                        "description:entry")


def _inside_a_name(token: Token) -> bool:
    """"the Cold War spy thriller": a capitalized word after another is a name's ("Cold War"), no genre word."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text[:1].isupper() and before is not None and before.text[:1].isupper() \
        and not before.is_sent_start and before.pos_ == "PROPN"


def _category_types(doc: Doc) -> Iterator[Candidate]:
    """"## Lead Actress in a Drama Series" over a list of nominees: each work listed under an award's category
    is of the one kind the category names (none when it names two: "Limited Series or Movie")."""
    headings = heading_spans(doc)
    text = doc_text(doc)
    paragraphs = [0, *(m.end() for m in re.finditer("\n\n", text))]
    for n, heading in enumerate(headings):
        end = headings[n + 1].start if n + 1 < len(headings) else len(doc)
        kinds = {WORK_NOUNS.get(work_noun(t) or "") for t in heading} - {None, "CreativeWork", *SOURCE_KINDS}
        if len(kinds) != 1 or heading.start == 0 or heading[0].lower_ in ("the", "a", "an"):
            continue  # (the headline is over the whole article, and "The best films of 2025" over prose)
        (kind,) = kinds
        for span in _entries(doc, heading.end, end, text, paragraphs):
            yield Candidate("type", mention(span, WORK), kind, sentence(span), "type:category")


def _entries(doc: Doc, start: int, end: int, text: str, paragraphs: list[int]) -> list[Span]:
    """The titles that open the paragraphs between tokens `start` and `end`, alone or after a nominee's name
    ("*X* (Oct. 3) —", "A, *X* (HBO)"): what each item of a list is about (not a novel its blurb names later,
    nor "A, the star of *Y*, has joined *X*")."""
    firsts: dict[int, Span] = {}
    for span in doc.spans.get("works", []):
        if not start <= span.start < end:
            continue
        paragraph = paragraphs[bisect_right(paragraphs, span.start_char) - 1]
        if paragraph not in firsts and _ENTRY_OPENING.fullmatch(text[paragraph:span.start_char]):
            firsts[paragraph] = span
    return list(firsts.values())


# What may come before the title an entry opens with: a list marker, a nominee's name and a comma, a quote.
_ENTRY_OPENING = re.compile(r"(?:[-*•] |\d{1,2}[.)] )?(?:[A-Z][^,\n]{0,50}, )?[\"“‘']?")


def _year_glosses(doc: Doc, works: WorkSpans) -> Iterator[Candidate]:
    """"Sanders of the River (1935)": the year a title is glossed with (in a list's heading, "2. Salt Lines
    (2021)", under a rule of its own: a list of shows glosses its items so too, which says no film)."""
    clean = doc._.clean
    if clean is None:
        return
    headed = {i for heading in heading_spans(doc) for i in range(heading.start, heading.end)}
    for paren in clean.parentheticals:
        match = YEAR_GLOSS.match(paren.text)
        if match is None or match.group("year") is None or paren.at == 0:
            continue
        token = word_before(doc, paren.at)  # ('"Snowline Ridge" (2021)': past the closing quote)
        span = works.at(token) if token is not None else None
        if span is not None and span.end_char == token.idx + len(token):
            yield Candidate("release_date", mention(span, WORK), PartialDate(int(match.group("year"))),
                            sentence(span), HEADING_YEAR_GLOSS if span.start in headed else "description:year-gloss")


HEADING_YEAR_GLOSS = "description:heading-year-gloss"
# Labels of a title's other names in the brackets after it: "(also known as X and Y)", "(English title: X)",
# "(Hepburn: X)", "(lit. X)"; an unlabelled title in brackets is a translated title: "(The Guests in Our Home)".
_GLOSS_LABEL = re.compile(r"^(?:also\s+|originally\s+|internationally\s+|sometimes\s+|often\s+|informally\s+|"
                          r"better\s+|simply\s+)*(?:known\s+as|a\.k\.a\.?|aka|titled|released\s+as|"
                          r"shortened\s+to|referred\s+to\s+as|stylized\s+as|(?:English|international|"
                          r"theatrical|original|working|US|UK|American|British)\s+title|lit\.?|literally|"
                          r"Hepburn|RR|MR|romanized)\s*:?\s*(?P<names>.*)$|^(?-i:[A-Z][a-z]{2,}(?:\s+[a-z]+)?)\s*:"
                          r"\s*(?P<value>.*)$", re.IGNORECASE)
_GLOSS_LIST = re.compile(r"\s*(?:,\s*(?:and|or)\s+|\s+and\s+|,\s*)")


def _title_glosses(doc: Doc, works: WorkSpans, lexicon: Lexicon) -> Iterator[Candidate]:
    """The other names a title is glossed with in the brackets right after it."""
    clean = doc._.clean
    if clean is None:
        return
    ends = {span.end_char: mention(span, WORK) for span in doc.spans.get("works", [])}
    text = doc_text(doc)
    for paren in clean.parentheticals:
        season = _SEASON_BEFORE.search(text, 0, paren.at)  # "X Season 2 (BBC iPlayer, Saturday)"
        work = ends.get(paren.at) or (ends.get(season.start()) if season is not None else None) \
            or _title_in_capitals_before(doc, paren.at)
        if work is None:
            yield from _countries_closing_a_credit(paren, doc)
            continue
        sent = sentence(doc.char_span(work.start, work.end, alignment_mode="expand")[0])
        if season is not None and work.end == season.start():  # ("X, Season 2 (Peacock)": a series)
            yield Candidate("type", work, "TVSeries", sent, "description:kind-gloss")
        # ("Netflix original" is Netflix's)
        parts = [_ORIGINAL.sub("", part.strip()) for part in re.split(r",|\band\b", paren.text)]
        platforms = [p for p in parts if lexicon.is_platform(p)]
        owned_kind = _platform_and_kind(paren.text, lexicon) if not platforms else None
        if owned_kind is not None:  # "(Netflix film)", "(Netflix Limited Series)"
            platforms = [owned_kind[0]]
            yield Candidate("type", work, owned_kind[1], sent, "description:kind-gloss")
        for platform in platforms:  # "X (BBC One)", "X (HBO Max, Sunday)": where it airs, not another title
            yield Candidate("release_platform", work, Mention(ORGANIZATION, platform, -1, -1), sent, "release:gloss")
        day = _listed_day([p for p in parts if p not in platforms], doc._.article) if platforms else None
        if day is not None:  # "(Netflix, Friday)", "(Hulu, Friday, March 14)": the day a listing's title comes out
            yield Candidate("release_date", work, day, sent, "release:gloss-date")
        if owned_kind is None:
            yield from _kind_gloss(work, sent, paren.text)
        gloss, countries = _gloss_and_countries(paren.text)
        for country in countries:  # a festival's line-up: "X (Georgia, France) — dir. A"
            yield Candidate("country_of_origin", work, Mention(PLACE, country, -1, -1), sent,
                            "description:country-gloss")
        for name in _gloss_names(gloss, text) if gloss and not platforms else ():
            if name != work.name and not lexicon.is_organization(name):
                yield Candidate("alternate_name", work, name, sent, "title:gloss")


def _platform_and_kind(gloss: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """"Netflix film", "Netflix Limited Series", "Max documentary": a streamer's name before the kind of work a
    listing glosses its title with."""
    words = gloss.split()
    for n in range(len(words) - 1, 0, -1):
        platform, kind = " ".join(words[:n]), glossed_kind(" ".join(words[n:]))
        if lexicon.is_platform(platform) and kind not in (None, "CreativeWork"):
            return platform, kind
    return None


def _title_in_capitals_before(doc: Doc, at: int) -> Mention | None:
    """"THE LONG FIELD (Feature)": a line in capitals up to the brackets, when it is a title the text writes in
    its own case elsewhere (its mentions are found in that case only): that title, where the line writes it."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at].strip()
    title = title_in_capitals(doc, line)
    if title is None:
        return None
    begin = text.index(line, start)
    return Mention(WORK, title, begin, begin + len(line))


def _kind_gloss(work: Mention, sent: Span, gloss: str) -> Iterator[Candidate]:
    """"ROOFTOP MERCY (feature film)", "UNMARKED (documentary series, 4 x 60')": a slate glosses each title
    with its kind and, in the trade's notation, its episodes and their minutes."""
    kind = glossed_kind(gloss)
    if kind is None or kind == "CreativeWork":
        return
    yield Candidate("type", work, kind, sent, "description:kind-gloss")
    episodes = _EPISODES_BY_MINUTES.search(gloss)
    if episodes is not None and kind == "TVSeries":
        yield Candidate("episodes", work, int(episodes.group(1)), sent, "description:kind-gloss")


# "6 x 60'", "10 x 22 min": a series' episodes and their length, as commissions are announced.
_EPISODES_BY_MINUTES = re.compile(r"\b(\d{1,3})\s*[x×]\s*\d{1,3}\s*(?:['’′]|min(?:utes|s)?\b)")


def _countries_closing_a_credit(paren: Parenthetical, doc: Doc) -> Iterator[Candidate]:
    """"Die Stille nach dem Regen — dir. Matthias Ebersold (Germany, Austria)": the countries that close a
    line-up's item, after its "dir.", are those of the title the item opens with."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, paren.at) + 1
    line = text[line_start:paren.at]
    gloss, countries = _gloss_and_countries(paren.text)
    credits = list(_DIRECTOR_CREDITED.finditer(line))
    if gloss or not countries or len(credits) != 1 or re.search(r"[,;(]", line[credits[0].end():]) \
            or text[paren.at:].split("\n", 1)[0].strip():
        return  # (one item a line, the brackets right after its director: not "…, produced by B (Canada)")
    opening = next((span for span in doc.spans.get("works", []) if span.start_char == line_start), None)
    for country in countries if opening is not None else ():
        yield Candidate("country_of_origin", mention(opening, WORK), Mention(PLACE, country, -1, -1),
                        sentence(opening), "description:country-gloss")


_DIRECTOR_CREDITED = re.compile(r"(?:[—–,-]|^)\s*[Dd]ir\.\s")


def _listing_days(doc: Doc, works: WorkSpans, lexicon: Lexicon) -> Iterator[Candidate]:
    """"ARRIVING ON NETFLIX IN OCTOBER" / "Wednesday, October 1" / "The Quiet Heist (2013). …": a day heading
    an item of a listing of what comes out dates the release of the title the item opens with (the next such
    day from the article's date); not under "LEAVING NETFLIX", nor in a listing of anything else. The service
    the listing's section (or headline) names is where each item is."""
    article, items = doc._.article, listing_items(doc)
    days = {heading.start for heading, _ in items}
    headings = heading_spans(doc)
    titled = {h.start for h in headings if (title := works.at(h[0])) is not None and title.start == h.start}
    sections = [heading for heading in headings if heading.start not in days | titled]
    for heading, opening in items:
        first = works.at(opening)
        if first is None or first.start != opening.i:
            continue
        section = next((h.text for h in reversed(sections) if h.start < heading.start), None)
        listing = section or article.headline or ""
        platform = lexicon.platform_in(listing)
        day = _nearest_day(heading.text, article.date) if _lists_what_comes_out(listing) else None
        for title in _items_of_the_day(first, headings, titled, works):
            if platform is not None:  # "LEAVING NETFLIX IN OCTOBER": what leaves it was on it
                yield Candidate("release_platform", mention(title, WORK), Mention(ORGANIZATION, platform, -1, -1),
                                sentence(title), "release:listing-platform")
            if day is not None:
                yield Candidate("release_date", mention(title, WORK), day, sentence(title), "release:listing-day")


def _items_of_the_day(first: Span, headings: list[Span], titled: set[int], works: WorkSpans) -> list[Span]:
    """The titles a day heading dates: the item under it, and where that item is a title's own heading ("###
    The Ninth Orchard (in theaters)"), the title headings after it up to the next heading of another kind."""
    items = [first]
    if first.start not in titled:
        return items
    for heading in (h for h in headings if h.start > first.start):
        if heading.start not in titled:
            break
        items.append(works.at(heading[0]))
    return items


def _heading_releases(doc: Doc, works: WorkSpans, lexicon: Lexicon) -> Iterator[Candidate]:
    """"## 1. *Hollow Pines* — Friday, Oct. 3 (Neon)" under "The New Movies Hitting Theaters in October": the
    day after a listing heading's title and dash is when it comes out, and the company glossed there where (a
    distributor, in a listing of what reaches cinemas); "Gull Point — 9/8c, NBC", in any listing, is where."""
    article = doc._.article
    headline = (article.headline or "") if article is not None else ""
    releases = _lists_what_comes_out(headline)
    text, clean = doc_text(doc), doc._.clean
    theatrical = bool(_THEATRICAL.search(headline))
    for heading in heading_spans(doc):
        title = next(filter(None, map(works.at, heading)), None)
        after = text[title.end_char:heading.end_char] if title is not None else ""
        dash = _HEADING_DASH.match(after)
        if dash is None:
            continue
        platform = slot_platform(after[dash.end():], lexicon)
        if platform is not None:
            yield Candidate("release_platform", mention(title, WORK), Mention(ORGANIZATION, platform, -1, -1),
                            sentence(title), "release:heading-gloss")
        if not releases:
            continue
        day = parse_date(after[dash.end():], article.date, future=True)
        if day is not None and day.day is not None:
            yield Candidate("release_date", mention(title, WORK), day, sentence(title), "release:heading-date")
        for paren in clean.parentheticals if clean is not None else ():
            if title.end_char <= paren.at <= heading.end_char and (
                    lexicon.is_platform(paren.text) or (theatrical and lexicon.is_organization(paren.text))):
                yield Candidate("release_platform", mention(title, WORK), Mention(ORGANIZATION, paren.text, -1, -1),
                                sentence(title), "release:heading-gloss")


_HEADING_DASH = re.compile(DASH_AFTER_TITLE)
_THEATRICAL = re.compile(r"(?i)\b(?:theaters|theatres|cinemas|box\s+office|in\s+theaters)\b")


def _item_countries(doc: Doc, works: WorkSpans) -> Iterator[Candidate]:
    """"- *Ferryman* (*Färjkarlen*) — Sweden. Director A …", "*Sugarcane Road* — Argentina/Chile.": a line-up
    item that opens with a title and, after a dash, the countries it comes from."""
    text, article = doc_text(doc), doc._.article
    if article is None or not _LINE_UP.search(article.headline or ""):
        return  # (a dash after a title in "Where Your Favorite Shows Were Filmed" is where it was shot)
    for span in doc.spans.get("works", []):
        if not opens_paragraph(span):
            continue  # (an item's title opens its paragraph)
        gloss = _ITEM_COUNTRIES.match(text, span.end_char)
        for country in countries_listed(gloss.group("countries")) if gloss is not None else ():
            yield Candidate("country_of_origin", mention(span, WORK), Mention(PLACE, country, -1, -1),
                            sentence(span), "description:item-country")


_LINE_UP = re.compile(r"(?i)\b(?:line-?ups?|festivals?|competition|selections?|galas?|premieres|sidebars?|"
                      r"programmes?|programs?|TIFF|Cannes|Berlinale|Venice|Sundance|Locarno|Busan|Rotterdam)\b")
_ITEM_COUNTRIES = re.compile(rf"{DASH_AFTER_TITLE}\s*(?P<countries>[^.;:\n]{{2,60}})\.(?:\s|$)")


def _nearest_day(text: str, article_date: date | None) -> PartialDate | None:
    """The day a listing names, in the year that puts it nearest the article's date ("Oct. 1" in "What Arrived
    Last Week", dated October 6, is past)."""
    day = parse_date(text, article_date, future=True)
    if day is None or article_date is None or day.day is None:
        return day
    if (date(day.year, day.month, day.day) - article_date).days > _HALF_A_YEAR:
        return PartialDate(day.year - 1, day.month, day.day)
    return day


_HALF_A_YEAR = 183


def _lists_what_comes_out(heading: str) -> bool:
    return bool(_COMING_OUT.search(heading)) and not _NOT_COMING_OUT.search(heading)


_ORIGINAL = re.compile(r"\s+originals?$", re.IGNORECASE)


def _listed_day(parts: list[str], article: Article) -> PartialDate | None:
    """The day beside a platform in a title's gloss, in a listing of what comes out ("What to Watch This
    Weekend", "New on Netflix"): the next such day from the article's date. Not a schedule ("new episodes every
    Friday", "Sunday nights"), a year alone, nor in a list of trailers, of what leaves a service, or of what
    has been."""
    text, headline = ", ".join(parts), article.headline or article.text.lstrip().partition("\n")[0]
    when = DATE_RE.search(text)
    if when is None or _SCHEDULE.search(text) or YEAR_WORD.match(when.group(0).strip()) \
            or not _lists_what_comes_out(headline):
        return None
    return parse_date(when.group(0), article.date, future=True)


_SCHEDULE = re.compile(r"(?i)\b(?:every|each|nights|weekly|weeknights|daily)\b")
# What a listing of releases is headed by, and what a listing of something else is.
_COMING_OUT = re.compile(r"(?i)\b(?:watch|stream|streaming|new\s+on|new\s+this|premieres?|coming|arriving|this\s+week"
                         r"|this\s+weekend|tonight|what's\s+on|out\s+now|releases?|hitting|opening|new\s+movies"
                         r"|new\s+films|in\s+theaters|in\s+cinemas)\b")
_NOT_COMING_OUT = re.compile(r"(?i)\b(?:trailers?|teasers?|leaving|recap|ratings|box\s+office|best\s+of|finales?"
                             r"|on\s+tv)\b")  # ("What's on TV This Week: Finales …" lists airings)
_SEASON_BEFORE = re.compile(r",?\s+(?:Season|Series)\s+\d{1,2}$")


def _gloss_and_countries(text: str) -> tuple[str, list[str]]:
    """What a title's brackets hold besides the countries they list: "(Georgia, France)" only countries,
    "(Nordlys Motell, Norway)" an original title, then its country."""
    countries = countries_listed(text)
    if countries:
        return "", countries
    head, comma, tail = text.rpartition(",")
    countries = countries_listed(tail) if comma else []
    return (head.strip(), countries) if countries else (text, [])


def _either(item: str, text: str) -> list[str]:
    """"Contra Control or Death Squad" names two titles; "Godzilla or Gojira" two, unless the text outside the
    brackets names "Truth or Dare" whole, as a title of its own."""
    sides = item.split(" or ")
    if len(sides) != 2 or (all(len(side.split()) == 1 for side in sides) and item in text):
        return [item]
    return sides


def _gloss_names(text: str, outside: str) -> list[str]:
    """Names in a gloss: its parts (split at ";" and "/"), each after its label, each list split."""
    names: list[str] = []
    for part in re.split(r"\s*[;/]\s*|,\s*(?=[A-Z][\w .]*:)", text):
        part = part.strip().strip('"“”')
        labelled = _GLOSS_LABEL.match(part)
        value = (labelled.group("names") if labelled.group("names") is not None else labelled.group("value")) \
            if labelled else part
        if not value or YEAR_WORD.match(value) or re.search(r"\d{4}|\bborn\b|\bdied\b", value):
            continue
        items = [name for item in _GLOSS_LIST.split(value) for name in _either(item, outside)] if labelled \
            else _unlabelled_names(value)
        names.extend(name for name in (item.strip().strip('"“”') for item in items)
                     if is_title_text(name) or _foreign_title(name))
    return names


def _unlabelled_names(value: str) -> list[str]:
    """"달빛약국, Dalbit Yakguk": a title in a script without capitals and its romanization, each a name (not "A,
    B", a cast); else the gloss whole."""
    pieces = [piece.strip() for piece in value.split(",")]
    if len(pieces) == 2 and _caseless(pieces[0]) and is_title_text(pieces[1]):
        return pieces
    return [value]


def _caseless(text: str) -> bool:
    """Letters of a script without capitals (Hangul, kana, Chinese characters)."""
    letters = text.replace(" ", "")
    return bool(letters) and all(c.isalpha() and not c.isupper() and not c.islower() for c in letters)


def _foreign_title(text: str) -> bool:
    """"Las hijas del relojero", "Le Cartographe silencieux", "달빛약국": a title glossed in another language's
    own capitals (the first word's, and an article or preposition of that language inside), or in a script
    without capitals."""
    if _caseless(text):
        return True
    words = text.split()
    # (a word of its own in lower case: "Ada de la Cruz" is a person, with her name's particles)
    return 1 < len(words) <= _MAX_GLOSS_TITLE_WORDS and words[0][:1].isupper() \
        and any(w.lower() in _FOREIGN_SMALL_WORDS for w in words) and all(w.replace("'", "").isalpha() for w in words) \
        and any(w.islower() and len(w) > 2 and w not in _FOREIGN_SMALL_WORDS for w in words)


_MAX_GLOSS_TITLE_WORDS = 8
_FOREIGN_SMALL_WORDS = frozenset({"le", "la", "les", "el", "los", "las", "del", "de", "des", "du", "der", "den",
                                  "das", "il", "lo", "gli", "os", "do", "da", "dos", "och", "og", "en", "et", "y",
                                  "al", "het", "een", "na", "sa", "ng", "wa", "no"})


def _in_a_time_slot(modifiers: list[Token]) -> bool:
    """"Saturday-Sunday drama", "weekend drama", "daily drama": a broadcaster's slot, which only a series has."""
    return any(_SLOT.fullmatch(t.text) or t.lower_ in _SLOT_WORDS for t in modifiers)


_SLOT = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day-(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_SLOT_WORDS = frozenset({"weekend", "weekday", "weeknight", "daily", "primetime", "prime-time", "late-night",
                         "morning", "evening", "nightly"})
