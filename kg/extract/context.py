"""Which work a sentence is about, when it does not name one ("The film was directed by A", "It stars B").

Two things decide it, both read from the whole article:

- the article's **main work**: the work its opening sentence defines ("Song
  of Freedom is a 1936 British film …", the lead of an encyclopedia-style
  text), else the described work named most often (the headline counts
  twice; a book or manga named only as a source, or a work named only as
  someone's earlier credit, is the main work only when there is no other);
- the article's **main person**, when it opens as a life ("Vineeth Sreenivasan
  (born 1985) is an Indian actor, director and screenwriter"): "he" and "she"
  are that person; in an article about a work, the person the sentence itself
  names as its subject before the pronoun ("Carey wrote the film, and he
  played a major character in it");
- the paragraph's **focus**: the last work a sentence of the paragraph opened
  with (or introduced with a description: "A returns with X, a period
  drama"), so that "It premieres on Hulu" after "Paper Kites is a new series"
  is about Paper Kites, while a work named in passing ("A, known for W, …")
  never takes over.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import regex as re
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kg.extract.consolidate import full_titles
from kg.extract.doc import (
    Mention,
    TitleInfo,
    all_tokens,
    doc_text,
    heading_sentences,
    heading_spans,
    opens_paragraph,
    sentence,
    sentences,
    text_of,
    tokens,
    words_in,
)
from kg.extract.lexicon import (
    AMONG_OTHERS,
    DEAL_VERBS,
    EARLIER_WORDS,
    FAMILY_NAME_PARTICLES,
    LIKENED,
    ORGANIZATION_SUFFIXES,
    PERSON_NOUNS,
    SOURCE_CUES,
    SOURCE_KINDS,
    SOURCE_NOUNS,
    WORK_NOUNS,
    lemma,
)
from kg.extract.names import KOREAN_GIVEN_NAME, NAME_PARTICLES, company_named, name_kind, name_span
from kg.extract.works import (
    ITEM_GLOSS,
    QUOTES,
    SERIES_PARTS,
    appositive_work_noun,
    commissioned,
    follows_person_noun,
    in_title_case,
    is_copula,
    listing_items,
    title_in_capitals,
    verbless_description,
    work_noun,
)
from kg.model import PERSON, Article

_SOURCE_BEFORE = re.compile(r"(?i)\b(?:novel|manga|webtoon|book|comic|manhwa|story|memoir)\s*[\"“']?\s*$")
# "the TV anime adaptation of Mitsuki Harune's fantasy manga": a screen adaptation named after its source.
_ADAPTED_BEFORE = re.compile(r"(?i)\b(?:anime|television|TV|film|movie|live-action|drama|series)\s+adaptation\s+of\b"
                             r"[^.]{0,60}$")
_OPENING_TOKENS = 4
# What names the work a remake remakes, up to its title: "remaking", "a remake of the 1994 Hong Kong thriller".
_REMAKE_BEFORE = re.compile(r"(?i)\b(?:remak(?:e|es|ing)|remade)(?:\s+(?:rights\s+)?(?:of|to))?\b"
                            r"(?:(?!\b(?:titled|called|named)\b)[^.;:!?]){0,50}$")  # (not "The remake, titled X")
_SEQUEL_OF = re.compile(r"(?::\s+\S.*|\s+(?:[2-9]|II|III|IV|Part\s+\w+))")
_SEQUEL_NOUNS = frozenset({"sequel", "follow-up"})
_SEQUEL_BEFORE = re.compile(r"(?i)\b(?:sequel|prequel|follow-up)\s+to\b[^.;:!?]{0,50}$")


@dataclass(frozen=True)
class ArticleContext:
    """The main work of an article, and the work in focus at each sentence (by its first token)."""

    main: str | None
    focus: dict[int, str | None]
    headings: frozenset[int]   # first tokens of the sentences that are headings, not body text
    main_person: str | None = None
    people: frozenset[str] = frozenset()   # the full names (two words or more) of the people credited
    unparsed: frozenset[int] = frozenset()  # sentences whose parse is not read: a Title Case headline
    featured: frozenset[str] = frozenset()  # the titles the headline or a heading names
    full_titles: dict[str, str] = field(default_factory=dict)  # a sequel's subtitle, used alone → its full title
    # An obituary ("A, the British actor whose …, has died at his home", under "A … Dies at 84") is about a person:
    # the works its headline names to say who she was are mentioned, none is what it is about.
    remembers_a_life: bool = False
    doc: Doc | None = field(default=None, repr=False, compare=False)  # for what is read only when asked

    def work_of_sentence(self, sent: Span) -> str | None:
        return self.focus.get(sent.start) or self.main

    def person_meant(self, pronoun: Mention, sent: Span) -> str | None:
        """Who "he" or "she" is: the article's main person, else the person named as a subject earlier in the
        same sentence, else the subject of the sentence before in the same paragraph ("A has joined the cast of
        X. She plays C."); in a relative clause, the one person the sentence names before it, as its subject ("B is
        coming off X, in which he played …") even in a life of A, and no one after several others."""
        before = [t for t in tokens(sent) if t.idx < pronoun.start]
        if _in_relative_clause(sent, pronoun.start):
            named = self._named_before(before)
            subject = self._named_subject(before, self.people | self._names_written)
            if len(named) == 1 and subject == named[0]:
                return subject
            if len(named) > 1 and self.main_person not in named:
                return None  # ("A and B star in X, in which she plays …": one of them, not sure which)
        if self.main_person is not None:
            return self.main_person
        found = self._named_subject(before)
        if found is not None or _starts_paragraph(sent):
            return found
        every = sentences(sent.doc)
        return self._named_subject(tokens(every[every.index(sent) - 1]))

    def _named_before(self, words: list[Token]) -> list[str]:
        """The people these words name (credited, or written as a person's name anywhere), not in a title nor as
        an owner ("A's drama X, in which she played …" is not A)."""
        works = self.doc.spans.get("works", []) if self.doc is not None else []
        known = self.people | self._names_written
        found: list[str] = []
        for token in words:
            span = name_span(token) if token.pos_ == "PROPN" else None
            if span is None or span.end != token.i + 1 or any(w.start <= token.i < w.end for w in works) \
                    or (span.end < len(token.doc) and token.doc[span.end].tag_ == "POS") \
                    or (token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS):
                continue  # (nor "outside Mexico")
            name = self.full_name(span.text)
            if name in known and name not in found:
                found.append(name)
        return found

    def _named_subject(self, words: list[Token], people: frozenset[str] | None = None) -> str | None:
        """The first person (credited somewhere in the article, or one of `people`) named as a subject among these
        words."""
        for token in words:
            span = name_span(token) if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" else None
            if span is not None and self.full_name(span.text) in (people or self.people):
                return self.full_name(span.text)
        return None

    def full_name(self, name: str, after: str = "") -> str:
        """The person a shorter second reference is to: the article's main person when it is one of their
        names ("Mumba" in the life of Omero James Mumba), else the one credited person whose family name (or
        names: "Salcedo Ibarra" after "Rodrigo Salcedo Ibarra") it is, leaving out one the rest of the sentence
        (`after`) names in full ("Kessler … with his sister Anja Kessler" is not Anja); any other name as
        written."""
        name = _HONORIFIC.sub("", name)  # ("played by Nagano-san": Nagano)
        words = name.split()
        main = self.main_person
        if main and name != main and (len(words) == 1 and name in main.split()
                                      or main.split()[-len(words):] == words):
            return main  # ("Mr. van Oosten" in the life of Henrik van Oosten, whose daughter Saskia is credited too)
        for index in (self._credited_bearers, self._written_bearers):  # one credited, else one written
            if index is self._written_bearers and name in self.people \
                    and words[0].lower() not in FAMILY_NAME_PARTICLES:
                break  # (a credited name is whole: "Tom Lee", not a headline's "Universal Sets Tom Lee"; "Van Rijn"
                # opening a sentence is a family name)
            bearers = {b for b in index.get(tuple(words), ()) if b not in after}
            if bearers:
                return next(iter(bearers)) if len(bearers) == 1 else name
        # ("Tsujimoto's film" after "Tsujimoto Ren's horror-thriller": a name written family name first)
        bearers = self._first_word_bearers.get(name, set()) if len(words) == 1 else set()
        return next(iter(bearers)) if len(bearers) == 1 else name

    def character_called(self, name: str) -> str:
        """The character a first name alone is short for: "cast as Nora" after the synopsis's "an Irish girl, Nora
        Doyle" (the one such full name the text writes, and nobody credited); else the name as written."""
        if " " in name or self.doc is None:
            return name
        # (not "Ruth Is" of a Title Case headline: a full name's second word is no function word)
        pattern = rf"(?<![\w-]){re.escape(name)}[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+(?![\w-])"
        found = (_POSSESSIVE_END.sub("", m.group(0)) for m in re.finditer(pattern, doc_text(self.doc)))
        fuller = {f for f in found if f.split()[-1].lower() not in STOP_WORDS}  # (and "Ren Hojo's" is Ren Hojo)
        lexicon = self.doc._.lexicon
        fuller = {f for f in fuller if f not in self.people and f not in (self.doc._.titles or {})
                  and not (lexicon is not None and lexicon.is_organization(f))}  # (not "Magnolia Pictures")
        return fuller.pop() if len(fuller) == 1 else name

    def company_called(self, name: str) -> str | None:
        """The company a one-word name is short for: "Meridian" after "Meridian Pictures' Starfall Protocol" (the
        one company the article names that opens with it, and no person it names)."""
        if " " in name or self._credited_bearers.get((name,)) or self._written_bearers.get((name,)):
            return None
        companies = [c for c in self._companies_written if c.split()[0] == name]
        return companies[0] if len(companies) == 1 else None

    @cached_property
    def _companies_written(self) -> frozenset[str]:
        """The names of companies the text writes, by their company words ("Meridian Pictures")."""
        names = _longer_names(self.doc) if self.doc is not None else ()
        return frozenset(span.text for span in names if span.text.split()[-1] in ORGANIZATION_SUFFIXES)

    @cached_property
    def remade(self) -> str | None:
        """The title the article's work follows or remakes ("a sequel to the 2019 thriller X", "is remaking X",
        "a remake of the 1994 thriller X", "remake rights to X"): the work "the original" is."""
        if self.doc is None:
            return None
        text, spans = doc_text(self.doc), self.doc.spans.get("works", [])
        for cue in (_SEQUEL_BEFORE, _REMAKE_BEFORE):
            found = next((span.text for span in spans
                          if cue.search(text, max(0, span.start_char - 60), span.start_char)), None)
            if found is not None:
                return found
        return _followed_by(self.main, spans)

    def original_of(self, sent: Span) -> str | None:
        """What "the original", "the first film" is in a sentence: the film the work in focus follows by its
        title ("Breakneck" in a paragraph on "Breakneck 2"), else the one the article's work remakes or follows."""
        works = self.doc.spans.get("works", []) if self.doc is not None else []
        return _followed_by(self.work_of_sentence(sent), works) or self.remade

    def work_meant(self, noun: str, sent: Span) -> str | None:
        """What "the film", "the sequel" is in a sentence: the work in focus, or the sequel the article names to
        it ("The sequel is set to shoot in Glasgow" in a retrospective of "Cathode Saints", beside "Cathode
        Saints: Afterglow")."""
        title = self.work_of_sentence(sent)
        if noun.lower() not in _SEQUEL_NOUNS or title is None or self.doc is None:
            return title
        works, titles = self.doc.spans.get("works", []), self.doc._.titles or {}
        return next((span.text for span in works if _followed_by(span.text, [title])
                     and "TVSeries" not in titles.get(span.text, _NO_INFO).types), title)  # (not a spinoff series)

    def source_called(self, noun: str) -> str | None:
        """The title the article names as a source of this kind ("the hit fiction podcast Dead Air at KXLR",
        "Dead Air at KXLR, the hit fiction podcast"): what "the podcast" is."""
        if self.doc is None:
            return None
        text = doc_text(self.doc)
        before = re.compile(rf"(?i)\b{re.escape(noun)}\s+[\"'“‘]?$", cache_pattern=False)
        after = re.compile(rf"(?i)^[\"'”’]?,\s+(?:the|a|an)\s+[^,.;]{{0,40}}\b{re.escape(noun)}\b", cache_pattern=False)
        return next((span.text for span in self.doc.spans.get("works", [])
                     if before.search(text, max(0, span.start_char - 40), span.start_char)
                     or after.match(text, span.end_char, span.end_char + 60)), None)

    @cached_property
    def _credited_bearers(self) -> dict[tuple[str, ...], set[str]]:
        return _bearers(self.people)

    @cached_property
    def _first_word_bearers(self) -> dict[str, set[str]]:
        """Who of two names, credited or written, opens with each word: the family name of a name written family
        name first, when no one bears it last."""
        index: dict[str, set[str]] = defaultdict(set)
        for person in self.people | self._names_written:
            words = person.split()
            if len(words) == 2:
                index[words[0]].add(person)
        return index

    @cached_property
    def _written_bearers(self) -> dict[tuple[str, ...], set[str]]:
        """Read from the text only when a family name has no credited bearer."""
        return _bearers(self._names_written)

    @cached_property
    def _names_written(self) -> frozenset[str]:
        return _names_written(self.doc) if self.doc is not None else frozenset()


# The possessive a name may end in where the text writes it ("Nora Doyle's mother").
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Prepositions whose object is a place more often than a person: "known outside Mexico".
_PLACE_PREPOSITIONS = frozenset({"in", "outside", "across", "throughout", "around", "near", "at", "from"})


def _in_relative_clause(sent: Span, start: int) -> bool:
    """Whether the word at character `start` is the subject of a relative clause."""
    word = next((t for t in tokens(sent) if t.idx == start), None)
    return word is not None and word.dep_ == "nsubj" and word.head.dep_ == "relcl"


def _followed_by(sequel: str | None, works: Iterable[Span | str]) -> str | None:
    """The title a sequel's is made from ("Deep Meridian" for "Deep Meridian: Undertow" or "Deep Meridian 2")."""
    names = (work if isinstance(work, str) else work.text for work in works)
    return next((name for name in names if sequel is not None and name != sequel
                 and sequel.startswith(name) and _SEQUEL_OF.fullmatch(sequel[len(name):])), None)


def article_context(doc: Doc) -> ArticleContext:
    article: Article = doc._.article
    headings = heading_sentences(doc)
    names = full_titles(doc._.titles or {})
    main, main_person = _main_work(doc, article, headings, names), _main_person(doc, headings)
    life = _remembers_a_life(doc, headings, main_person)
    focus = _focus(doc, headings, main, life)
    featured = _not_sources(_featured(doc, article, headings) or _paragraph_openers(doc, focus), article.headline or "")
    unparsed = _title_case_headline(doc, article)
    return ArticleContext(main, focus, headings, main_person,
                          _people(doc, headings | unparsed), unparsed,
                          frozenset(names.get(title, title) for title in featured), names, life, doc)


def _remembers_a_life(doc: Doc, headings: frozenset[int], main_person: str | None) -> bool:
    """An obituary: one of its first two sentences says a person died."""
    openings = [s for s in sentences(doc) if s.start not in headings][:2]
    return any(not words_in(s).isdisjoint(_DEATH_WORDS) and (main_person is not None or _opens_with_a_person(s))
               for s in openings)


# Japanese and Korean honorifics after a name: "Nagano-san", "Kim-ssi".
_HONORIFIC = re.compile(r"-(?:san|sama|kun|chan|senpai|sensei|ssi|nim)$")


def _bearers(names: Iterable[str]) -> dict[tuple[str, ...], set[str]]:
    """Who bears each family name (each run of last words shorter than the full name, its particle capitalized
    too, as a sentence opens with it: "De Vaumoreau" for Hélène de Vaumoreau; the first word of a Korean name
    written family name first, "Yoon Seo-ah", which a second mention shortens to "Yoon")."""
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for person in names:
        words = person.split()
        for n in range(1, len(words)):
            index[tuple(words[-n:])].add(person)
            if words[-n] in NAME_PARTICLES:
                index[(words[-n].capitalize(), *words[-n + 1:])].add(person)
        if len(words) == 2 and KOREAN_GIVEN_NAME.fullmatch(words[1]):
            index[(words[0],)].add(person)
    return index


def _featured(doc: Doc, article: Article, headings: frozenset[int]) -> frozenset[str]:
    """The titles an article puts in its headline or its headings, or that open the items of a listing by day
    ("Friday, October 3" over "Nightjar, Season 2 (Netflix original). …"): with its main work, what it is
    about."""
    opening = _headline_line(doc, article)
    tops = headings | ({opening.start} if opening is not None else set())
    items = {opening.i for _, opening in listing_items(doc)}
    works = doc.spans.get("works", [])
    named = {span.text for span in works if (sentence(span[0]).start in tops or span.start in items)
             and not _names_someone_by(sentence(span[0]).text, span.text)}  # (a standfirst's "X creator A pens …")
    line_up = {span.text for span in works if _opens_a_line_up_item(span, article)}
    line_up |= {title for title, info in (doc._.titles or {}).items() if "dashed-item" in info.cues}
    named |= line_up if len(line_up) > 1 else set()  # (one paragraph that opens "*X* — which also starred A —")
    return frozenset(named | {t for t in (doc._.titles or {}) if article.headline and t in article.headline})


def _opens_a_line_up_item(title: Span, article: Article) -> bool:
    """"- *Ferryman* (*Färjkarlen*) — Sweden. …": an italic title that opens an item of a line-up, its gloss or a
    dash after it, is one of the works the line-up is about."""
    return opens_paragraph(title) and title.text in article.emphasized \
        and bool(ITEM_GLOSS.match(doc_text(title.doc), title.end_char))


def _not_sources(featured: frozenset[str], headline: str) -> frozenset[str]:
    """The titles featured but one the headline names as a source ("'X' Gets English-Language Remake": the remake
    is the news) or as who a person is ("Star of 'X' Joins …")."""
    return frozenset(t for t in featured if t not in headline
                     or not (_named_as_source_in(headline, t) or _names_someone_by(headline, t)))


def _paragraph_openers(doc: Doc, focus: dict[int, str | None]) -> frozenset[str]:
    """The works that open paragraphs and are described there ("The first is Red Ledger, a thriller series …"):
    what a slate or a list is about, when its headline names none."""
    titles = doc._.titles or {}
    return frozenset(title for sent in sentences(doc) if _starts_paragraph(sent)
                     for title in (focus.get(sent.start),) if title and titles.get(title, _NO_INFO).described)


def _headline_line(doc: Doc, article: Article) -> Span | None:
    """The opening sentence when it is the headline: the article's own, or a first line without a full stop."""
    opening = next((s for s in sentences(doc) if s.text.strip()), None)
    if opening is None:
        return None
    line = opening.text.strip()
    own_line = "\n" in opening.text or "\n" in doc[opening.end - 1].whitespace_ or opening.end == len(doc)
    return opening if line == (article.headline or "").strip() or (own_line and line[-1:] not in ".!?\"") else None


def _title_case_headline(doc: Doc, article: Article) -> frozenset[int]:
    """The headline at the top of the text (the article's, or a first line of its own without a full stop), when
    written in Title Case ("FX Renews 'Quarry Road', Cancels 'The Lamplighters'"): its titles count, and its
    surface ("for Season 3"), but not its parse (capitals on every word make names of verbs)."""
    opening = _headline_line(doc, article)
    if opening is None:
        return frozenset()
    return frozenset({opening.start}) if in_title_case(opening) else frozenset()


def _main_work(doc: Doc, article: Article, headings: frozenset[int], names: dict[str, str]) -> str | None:
    """The work the article's opening defines, else its described work named most often (a sequel's subtitle
    counted as its full title: `names`)."""
    titles = doc._.titles or {}
    works = list(doc.spans.get("works", []))
    if not works:
        return None
    opening = next((s for s in sentences(doc) if s.start not in headings and s.text.strip()), None)
    if opening is not None:
        for span in works:
            if span.start >= opening.end:
                break
            cues = titles.get(span.text, _NO_INFO).cues
            if ("copula" in cues or "offscreen" in cues) and span.start <= opening.start + _OPENING_TOKENS:
                return names.get(span.text, span.text)
    counts: Counter[str] = Counter(names.get(span.text, span.text) for span in works)
    lead = (article.headline or "").split(";")[0]  # ("X Orders Y; Z Options W": the first story leads)
    body = doc_text(doc).replace(article.headline or "", "", 1)
    headlined = {title for title in counts if title in lead and title in body  # (a Title Case headline's
                 and not any(title in longer and longer in lead for longer in counts if longer != title)  # words
                 and not _named_as_source_in(lead, title)  # run on: "Hollowmere Series Finds Its Wren")
                 and not _names_someone_by(lead, title)}
    for title in headlined:
        counts[title] += 2  # (not "Cinderlight" for a headline on "Cinderlight: Embers", nor "Remake of 'X'")
    announced = {names.get(span.text, span.text) for span in works if _title_announced(span)}
    for title in announced:
        counts[title] += 2  # "The remake, titled X, will be directed by …": the news
    commissioned = [title for title in counts if "commissioned" in titles.get(title, _NO_INFO).cues]
    if len(commissioned) == 1 and not headlined - set(commissioned):
        return commissioned[0]  # "BBC One has commissioned X": the news (not "Y creator A", who writes it)
    order = {names.get(span.text, span.text): n for n, span in reversed(list(enumerate(works)))}
    sources = _only_sources(works) | {t for t in counts if _remade_in(lead, t)}
    # (nor a title the headline names to say who someone is, "… Reteaming With 'X' Star A", however often the
    # body goes back to that earlier work; nor one the text only ever names so: "Netflix's X star A has joined Y")
    who = {t for t in counts if t in lead and _names_someone_by(lead, t)}
    only_who = {t for t in counts if all(_names_someone_by(sentence(span[0]).text, span.text)
                                         for span in works if names.get(span.text, span.text) == t)}
    candidates = [t for t in counts if t not in sources and (t not in who or not headlined)]
    candidates = [t for t in candidates if t not in only_who] or candidates
    described = {names.get(title, title) for title, info in titles.items() if info.described}
    quoted = {t for t in headlined if _quoted_in(t, article.headline or "") or t in article.emphasized
              or titles.get(t, _NO_INFO).cues & {"numbered-season", "heading"}
              or ("year-gloss" in titles.get(t, _NO_INFO).cues and any(_followed_by(d, [t]) for d in described))}
    # (a title the headline quotes, sets in italics, gives a season or heads an item with, or the body dates
    # beside its sequel's news, counts though nothing describes it: "tvN's 'X' Drops Main Trailer", "X Season 2:
    # Everything We Know", "What to watch: X, Y and Z", "X at 25: …" over "X (2001) was robbed" and "X: Y")
    candidates = [t for t in candidates if t in described or t in quoted] or candidates
    if not candidates:
        return None
    best = max(candidates, key=lambda t: (counts[t], -order[t]))
    if announced and _a_source(titles.get(best)):  # ("the film adaptation of the manga X … The film is titled Y")
        return max(announced, key=lambda t: (counts[t], -order[t]))
    return best


def _quoted_in(title: str, headline: str) -> bool:
    """A headline that quotes a title names the work it is news of ("FX Renews 'Quarry Road'"); one named
    unquoted beside it is often who a person is ("Peaky Blinders' Tom Harper Joins 'The Iron Coast'")."""
    return any(f"{open_}{title}{close}" in headline for open_, close in (*QUOTES.items(), ("*", "*")))


def _named_as_source_in(headline: str, title: str) -> bool:
    """"Remake of Cult Thriller 'X'", "'X' Manga Gets TV Anime Adaptation", "Turns Podcast 'X' Into Feature": a
    headline's title named as what a screen work comes from."""
    at = headline.index(title)
    after = headline[at + len(title):].lstrip("'\"’” ").split(" ", 1)[0].lower()
    before = headline[:at].rstrip("'\"‘“ ").rsplit(" ", 1)[-1].lower()  # ("Turns Horror Podcast 'X' Into Feature")
    return bool(_NAMED_AS_SOURCE.search(headline[:at])) or after in SOURCE_NOUNS or before in SOURCE_NOUNS \
        or _remade_in(headline, title)


def _names_someone_by(headline: str, title: str) -> bool:
    """"Ana Ruiz, Star of 'Grey Sky', Joins …", "'Grey Sky' Star Ana Ruiz Joins …", "… About Life After 'Grey
    Sky'": a headline's title that says who a person is, not what the news is of."""
    at = headline.find(title)
    if at < 0:
        return False
    before, after = headline[:at], headline[at + len(title):]
    return bool(_PERSON_OF_BEFORE.search(before) or _PERSON_OF_AFTER.match(after) or _LIFE_AFTER.search(before))


_PERSON_OF_BEFORE = re.compile(r"(?i)\b(?:star|creator|director|writer|alum|veteran|actor|actress)s?\s+of\s+"
                               r"(?:the\s+)?['\"‘“*_]*$")
# "… Gets Candid About Life After 'X'": a person's past work, the headline's way of saying who she is.
_LIFE_AFTER = re.compile(r"(?i)\b(?:life|years|days|career|moving on)\s+(?:after|since|beyond)\s+['\"‘“*_]*$")
_PERSON_OF_AFTER = re.compile(r"(?i)['\"’”*_]*\s+(?:co-)?(?:star|creator|director|writer|alum|actor|actress)s?\b")


def _remade_in(headline: str, title: str) -> bool:
    """"'X' Gets English-Language Remake at Netflix": the headline's news is a remake of X, which is not the
    article's work (the remake is, titled or not)."""
    at = headline.find(title)
    return at >= 0 and bool(_GETS_A_VERSION.match(headline, at + len(title)))


# "'The Last Ferry' Gets English-Language Remake", "'X' Lands Anime Adaptation": the title a new version is of.
_GETS_A_VERSION = re.compile(r"(?i)['\"’”]?\s+(?:gets|getting|lands|scores|to\s+get)\b[^;:,]{0,40}?"
                             r"\b(?:remake|adaptation|reboot|version)\b")


def _title_announced(span: Span) -> bool:
    """"The remake, titled "Night Crossing," …", "the series, called X", "The film is titled X", "The anime will air
    under the title X": a work noun's title announced (not "a hot sauce called Señorita Scoville")."""
    doc, before = span.doc, span.start - 1
    while before > 0 and (doc[before].is_quote or doc[before].lower_ in _PLAINLY):
        before -= 1  # ("The film, titled simply Temple Street")
    word = doc[before]
    if word.lower_ == "title" and word.dep_ == "pobj":  # "The anime will air under the shortened title X"
        verb = word.head.head
        return any(c.dep_ in ("nsubj", "nsubjpass") and work_noun(c) is not None for c in verb.children)
    if word.lower_ not in ("titled", "entitled", "called", "named"):
        return False
    if word.dep_ == "acl":
        return work_noun(word.head) is not None
    # "The Japanese film is titled X": a work noun's passive naming
    return any(c.dep_ == "nsubjpass" and work_noun(c) is not None for c in word.children)


_PLAINLY = frozenset({"simply", "just", "plainly"})


def _main_person(doc: Doc, headings: frozenset[int]) -> str | None:
    """The person an article opens by describing: "<name> … is a/an … actor/singer/director", the name
    opening the sentence (however much of a life the parse hangs between it and the copula), or "<name>, the
    stage-trained actress who …, died Sunday" (an obituary's or a profile's opening, under its headline)."""
    body = [s for s in sentences(doc) if s.start not in headings and s.text.strip()]
    article = doc._.article
    headline = _headline_line(doc, article) if article is not None else None
    for opening in body[:2] if headline is not None and body and body[0].start == headline.start else body[:1]:
        if any(_introduces_person(token) for token in opening):
            span = name_span(opening[0])
            return span.text if span is not None and span.start == opening.start else None
        described = _name_described_as_person(opening)
        if described is not None:
            return described
    return None


def _opens_with_a_person(sent: Span) -> bool:
    """"Gerry Pennock, the Hull-born actor …", "LONDON — Rosalind Okafor-Grey, …": a person's name (after a
    dateline) opens the sentence."""
    words = [t for t in tokens(sent)[:4] if not (t.is_upper and len(t) > 1) and t.text not in ("—", "–", "-", ":")]
    span = name_span(words[0]) if words and words[0].pos_ == "PROPN" else None
    lexicon = sent.doc._.lexicon
    return span is not None and span.start == words[0].i and len(span) >= 2 \
        and (lexicon is None or name_kind(span.text, lexicon) == PERSON)


_DEATH_WORDS = frozenset({"died", "dies", "death", "obituary"})


def _name_described_as_person(sent: Span) -> str | None:
    """"Rosalind Achebe-Tarr, the stage-trained actress whose …": the capitalized words before the first comma,
    when what follows it is "a"/"the" and a person noun (read from the words: the parse of such an opening often
    takes the first name for a verb)."""
    doc = sent.doc
    comma = next((t.i for t in doc[sent.start:min(sent.end, sent.start + 6)] if t.text == ","), None)
    if comma is None or comma == sent.start or comma + 2 >= sent.end or doc[comma + 1].lower_ not in ("a", "an", "the"):
        return None
    name = doc[sent.start:comma]
    if not all(t.text[:1].isupper() or t.text in NAME_PARTICLES for t in name) or len(name) > 4:
        return None  # ("Henrik van Oosten, a Dutch-born producer …": a particle is the name's own)
    described = any(lemma(t) in PERSON_NOUNS for t in doc[comma + 2:min(comma + 6, sent.end)])
    return name.text if described else None


def _introduces_person(copula: Token) -> bool:
    """"is an American filmmaker", "is a Thai martial arts film actor": a copula whose description is a
    person noun."""
    return lemma(copula) == "be" and any(
        child.dep_ == "attr" and any(lemma(noun) in PERSON_NOUNS for noun in (child, *child.conjuncts))
        for child in copula.children)


def _people(doc: Doc, headings: frozenset[int]) -> frozenset[str]:
    """The full names of the people the readers credited or a person noun introduces ("Polish director Agata
    Wilk returns with …"), from which a family name alone is resolved; a headline's credits are not read (a
    Title Case one runs a name into the words before it: "Universal Sets Tom Lee To Direct …")."""
    credited = {candidate.value.name for candidate in doc._.candidates or ()
                if isinstance(candidate.value, Mention) and candidate.value.kind == PERSON
                and candidate.sentence.start not in headings}
    introduced = {span.text for token in all_tokens(doc) if follows_person_noun(token)
                  for span in (name_span(token),) if span is not None and span.start == token.i}
    return frozenset(name for name in credited | introduced if len(name.split()) > 1)


def _names_written(doc: Doc) -> frozenset[str]:
    """The names of people of two to four words the text writes anywhere (a headline's, a gloss's), from which
    a family name alone is resolved when no credit names its bearer ("Aoife Brennan (Normal Ground) has
    boarded X. … Brennan plays Nuala")."""
    titles, lexicon = doc._.titles or {}, doc._.lexicon
    found: set[str] = set()
    for span in _longer_names(doc):
        if span.text in titles:
            continue
        # a Title Case headline runs a name into the words after it ("Ada Kerr Boards Lumen+ Series"): its pairs
        for name in [span.text] if len(span) <= 4 else [span[i:i + 2].text for i in range(len(span) - 1)]:
            if lexicon is None or name_kind(name, lexicon) == PERSON:
                found.add(name)
    return frozenset(found)


def _longer_names(doc: Doc) -> Iterator[Span]:
    """Each proper name of two words or more the text writes, once (from its first word)."""
    for token in all_tokens(doc):
        span = name_span(token) if token.pos_ == "PROPN" else None
        if span is not None and span.start == token.i and len(span) >= 2:
            yield span


class _NoInfo:
    described = False
    cues: frozenset[str] = frozenset()


_NO_INFO = _NoInfo()


def _only_sources(works: list[Span]) -> set[str]:
    """Titles only ever named as a book or manga ("based on the novel X"): not the article's work, unless the
    text names a screen adaptation of it, which takes its title ("the TV anime adaptation of A's manga X")."""
    as_source: dict[str, bool] = {}
    whole = doc_text(works[0].doc) if works else ""
    for span in works:
        text = text_of(span)
        before = whole[max(0, span.start_char - 80):span.start_char]
        source_only = (bool(_SOURCE_BEFORE.search(before[-40:])) or _source_of_another(span)) \
            and not _ADAPTED_BEFORE.search(before)
        as_source[text] = as_source.get(text, True) and source_only
    return {title for title, only in as_source.items() if only}


def _focus(doc: Doc, headings: frozenset[int], main: str | None, life: bool) -> dict[int, str | None]:
    """The work each sentence's paragraph is about so far: the last one a sentence opened with, else the title
    of the heading the paragraph is under ("## 3. Blood Orange Summer"), else (None) the article's `main` work;
    "The film" that cannot be that work (a series) is the work named last. In an obituary (`life`), the one show
    a paragraph names, as the person's credit, is what the paragraph goes on about."""
    titles = doc._.titles or {}
    # (a book or a comic named as what a screen work is based on, or a title that says who a person is, "X
    # creator A pens …", is not what a paragraph goes on about)
    by_start = {span.start: span for span in doc.spans.get("works", [])
                if not (_source_of_another(span) and (_a_source(titles.get(span.text)) or span.text != main))
                and not _names_someone_by(sentence(span[0]).text, span.text)}
    focus: dict[int, str | None] = {}
    current: str | None = None
    sections = {heading.start: _heading_title(heading) for heading in heading_spans(doc)}
    section: str | None = None  # the title a heading names, the work of the paragraphs under it
    untitled = False  # under a heading that names no work ("Meanwhile, in Argentina"), before its first paragraph
    led: str | None = None  # the title the last paragraph opened with, its first word
    named_last: str | None = None  # the title the sentences before, in this paragraph, named last
    alone = _alone_in_paragraph(doc, by_start)
    headline = _headline_line(doc, doc._.article) if doc._.article is not None else None
    for sent in sentences(doc):
        if sent.start in headings:
            if headline is not None and sent.start == headline.start:
                continue  # (the headline's work is the article's main one, not a section's)
            heading = max((start for start in sections if start <= sent.start), default=None)
            section = current = sections.get(heading)
            untitled = section is None
            continue
        first_title = next((by_start[i] for i in range(sent.start, min(sent.end, sent.start + _OWNED_OPENING_TOKENS))
                            if i in by_start), None)
        owned = first_title if first_title is not None and _owned_opening(sent, first_title) else None
        opening = first_title if first_title is not None and first_title.start < sent.start + _OPENING_TOKENS \
            else owned
        if _starts_paragraph(sent):
            # "Blackwater Run, the action thriller …" ¶ "The film, directed by A, …": the next paragraph's
            # "the film" is still the one the last paragraph opened with
            # (only when that paragraph went on to no other work: "… Next week brings Y." ¶ "The film …")
            carried = led if section is None and opening is None and named_last in (None, led) \
                and _points_back_to(sent, led, doc) else None
            if carried is None and opening is None and verbless_description(sent):
                carried = named_last  # ("WINNER: *X* — DR1" ¶ "A four-part miniseries directed by A")
            current = carried or section
        described = _introduced(sent, by_start) or _described_alone(sent, by_start, alone, life)
        introduced = described if opening is None else None
        if _starts_paragraph(sent):
            # (the title it opens with, or a described work that is the subject of its main verb: "Universal's
            # thriller X held on …"; not a name the parse took for a title, "Lucía Ferrer's Salt and Saffron")
            first = opening or introduced
            # ("ITV has commissioned X, …": what the opening clause describes leads too)
            leads = first is not None and (first.start == sent.start or first is owned or _main_subject(first.root)
                                           or (described is not None and first.start == described.start))
            led = first.text if leads and titles.get(first.text, _NO_INFO).described else carried
            if untitled and opening is None and introduced is not None and led == introduced.text \
                    and sum(sent.start <= start < sent.end for start in by_start) == 1:
                # ("Meanwhile, in Argentina" ¶ "Over at HBO Max, the second season of X will debut …": the one
                # work a section's first sentence leads into is what the section is about; not the first item of
                # a list under "The films so far", which opens on its own title)
                section = led
            untitled = False
        elif led is None and opening is not None and titles.get(opening.text, _NO_INFO).described:
            led = opening.text  # ("The weekend's other release fared worse. Sony's X opened third …" ¶ "The film …")
        if opening is not None or (introduced is not None and _main_subject(introduced.root)):
            current = (opening or introduced).text
        elif (current or main) is not None and named_last not in (None, current or main) \
                and _points_back_to(sent, named_last, doc) and not _points_back_to(sent, current or main, doc):
            current = named_last  # "BBC One's soap X … where the special Y drew 4.9 million. The half-hour film …"
        focus[sent.start] = _demonstrated(sent, named_last, doc) or current
        if introduced is not None:
            current = introduced.text  # for the sentences after it
        named_last = next((by_start[i].text for i in reversed(range(sent.start, sent.end)) if i in by_start),
                          named_last if not _starts_paragraph(sent) else None)
    return focus


def _owned_opening(sent: Span, first: Span) -> bool:
    """'Lionsgate's horror-comedy "Bad Manners" held on …', 'Crunchyroll's release of "X," which …': a title that
    only its owner's possessive and the words describing it come before opens the sentence all the same."""
    if first.start == sent.start:
        return False
    before = sent.doc[sent.start:first.start]
    owned = before[0].pos_ == "PROPN" and any(t.tag_ == "POS" for t in before)
    plain = all(t.pos_ in ("PROPN", "ADJ", "NOUN", "PART", "PUNCT") or t.lower_ == "of" or t.dep_ == "amod"
                for t in before) \
        and not any(t.text in (",", ";", ":") for t in before)
    return owned and plain


_OWNED_OPENING_TOKENS = 10


def _alone_in_paragraph(doc: Doc, by_start: dict[int, Span]) -> frozenset[int]:
    """The title spans that are the only work their paragraph names."""
    alone: set[int] = set()
    paragraph: list[Span] = []
    for sent in (*sentences(doc), None):
        if sent is None or _starts_paragraph(sent):
            if len({span.text for span in paragraph}) == 1:
                alone.update(span.start for span in paragraph)
            paragraph = []
        if sent is not None:
            paragraph += [by_start[i] for i in range(sent.start, sent.end) if i in by_start]
    return frozenset(alone)


def _described_alone(sent: Span, by_start: dict[int, Span], alone: frozenset[int], life: bool) -> Span | None:
    """'Pluto TV will launch a channel for "Casa Delgado," the '90s family sitcom': a work the sentence describes
    with a work noun after it, and the only one its paragraph names, is what the paragraph goes on about; in an
    obituary ('he played C on the NBC cop drama "X"'), one the noun before it describes too."""
    for start in range(sent.start, sent.end):
        span = by_start.get(start)
        if span is None or start not in alone or _an_earlier_work(span):
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl") for a in span.root.ancestors) \
                or LIKENED.search(text_of(sent.doc[sent.start:start])):
            continue  # (a passing credit, "A, revealed in last year's X, plays …", or a likeness, "Compared with X")
        if life and _work_noun_before(span):  # (an obituary's "he played C on the NBC cop drama "X"")
            return span
        if _work_noun_after(span) and not _said_of_a_person(sent):
            return span
    return None


def _work_noun_before(span: Span) -> bool:
    """'the NBC cop drama "X"': a work noun right before a title (past its opening quote)."""
    at = span.start - 1
    while at >= 0 and span.doc[at].is_quote:
        at -= 1
    return at >= 0 and work_noun(span.doc[at]) is not None


def _said_of_a_person(sent: Span) -> bool:
    """"Avery recently wrapped "Salt Fen," the BBC crime drama": a sentence whose subject is a person, whose
    works it names in passing (not "The service will launch a channel for "X," the sitcom")."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or sent.doc._.lexicon is None:
        return subject is not None and subject.lower_ in ("he", "she", "they")
    name = name_span(subject)
    return name is not None and not sent.doc._.lexicon.is_organization(name.text)


def _work_noun_after(span: Span) -> bool:
    """'X, the '90s family sitcom': a work noun in apposition after a title (not "Much like X, the new drama
    centers on …", a subject of its own)."""
    doc = span.doc
    if span.end >= len(doc) or not (doc[span.end].text == "," or doc[span.end].is_quote):
        return False
    noun = appositive_work_noun(doc, span.end)
    return noun is not None and noun.dep_ not in ("nsubj", "nsubjpass")



def _demonstrated(sent: Span, named_last: str | None, doc: Doc) -> str | None:
    """"Its closest comparison is the Korean series X. That series ran for two seasons": "that series" is the
    work named last, whatever the paragraph is about (a work of the kind the noun says)."""
    if named_last is None or len(sent) < 2 or sent[0].lower_ not in ("that", "those"):
        return None
    return named_last if _points_back_to(sent, named_last, doc) else None


def _a_source(info: TitleInfo | None) -> bool:
    """A title the text calls a book or a comic ("Ellen Strand's 1911 novel X"), and no screen work."""
    kinds = set(info.types) - {"CreativeWork"} if info is not None else set()
    return bool(kinds) and kinds <= set(SOURCE_KINDS)


def _source_of_another(title: Span) -> bool:
    """"based on A's novel X", "Loosely inspired by A's 1911 novel X", "adapted from the manga X", "an
    adaptation of X": a source named as such (not "A has adapted her novel X as a series", which takes its
    title). Read from the words, as the parse often takes the title for the sentence's subject."""
    doc = title.doc
    before = doc_text(doc)[sentence(title[0]).start_char:title.start_char]
    return bool(_NAMED_AS_SOURCE.search(before))


# (the words between the cue and the title: an owner, a year, a kind of book; no clause break)
_NAMED_AS_SOURCE = re.compile(rf"(?i)\b(?:{SOURCE_CUES}|adaptation\s+of|remake\s+of)\b[^,.;:]{{0,60}}$")


def _introduced(sent: Span, by_start: dict[int, Span]) -> Span | None:
    """"In fourth, A's comedy X debuted …", "Also in competition is X, the second feature from A", "A returns
    with X, a period drama", "Second was the animated film X", "The chart was topped by Netflix's series X",
    "NBC, which canceled the drama X": the work that is the subject of the sentence's
    main clause, or that its main clause names and describes, is what the rest of its paragraph goes on about
    (not one named in passing: "a spin-off of X, an earlier series")."""
    for start in range(sent.start, sent.end):
        span = by_start.get(start)
        if span is None or _in_whose_clause(span) or _an_earlier_work(span):
            continue
        root = span.root
        if _main_subject(root) or _commissioned(root) or _dealt(root) or _released_by_a_company(root):
            return span
        if _compared_with(_noun_named(root)):
            continue
        described_after = any(word.dep_ == "appos" and span.start <= word.head.i < span.end and work_noun(word)
                              for word in sent.doc[span.end:min(span.end + 8, sent.end)])
        # "The surprise of the weekend was the Telugu action spectacle X": what the main copula names, described
        # before it (not "A previously made the sci-fi film X", an object in passing)
        described_before = root.dep_ == "attr" and any(c.dep_ == "compound" and work_noun(c) for c in root.children)
        if (_of_main_clause(root) and (described_after or described_before or _a_makers_work_is(root)
                                       or _awarded(root) or _a_companys(root))) \
                or (_noun_named(root).i != root.i and _of_main_clause(_noun_named(root))):
            return span
        first = _starts_paragraph(sent) and not any(s < start for s in by_start if s >= sent.start)
        if first and root.dep_ == "attr" and _of_main_clause(root) and is_copula(root.head) \
                and any(c.dep_ == "nsubj" and c.lower_ in _NEWS_NOUNS for c in root.head.children):
            return span  # "The week's other big story is X." opening a paragraph: what it goes on about
        if first and (described_after or (_noun_named(root).i != root.i and sent.root.pos_ not in ("VERB", "AUX")
                                          and not any(a.dep_ in ("relcl", "acl", "advcl") for a in root.ancestors)
                                          and not LIKENED.search(text_of(sent.doc[sent.start:start])))):
            # "And rounding out the top five, X, the Telugu action drama …", "Over in Canada, Lionsgate's horror
            # film X wrapped …" (a parse with no verb for its root; not "A, who played C in the film X, …", nor
            # "Much like the series X, …"): the paragraph's work
            return span
    return None


# What a paragraph's opening copula says its work is: "The week's other big story is X", "The surprise hit was X"
# (not "The elephant in the room is X", "The obvious comparison is X").
_NEWS_NOUNS = frozenset({"story", "hit", "surprise", "winner", "standout", "release", "title", "entry", "opener",
                         "highlight", "newcomer", "champion", "leader", "debut", "pick", "headliner"})


def _a_makers_work_is(attribute: Token) -> bool:
    """"His last screenplay was X", "Her first film was X": the copula names a maker's work (a work noun or a
    credit's, owned), which the sentences after it go on about."""
    return attribute.dep_ == "attr" and any(
        c.dep_ == "nsubj" and (work_noun(c) is not None or c.lower_ in _CREDIT_NOUNS)
        and any(g.dep_ == "poss" for g in c.children)
        and any(g.dep_ == "amod" and g.lower_ in AMONG_OTHERS for g in c.children)
        for c in attribute.head.children)  # (not "His favourite film is X", one he likes)


# What a maker's work is called besides a work noun.
_CREDIT_NOUNS = frozenset({"screenplay", "script", "credit", "project", "role"})




def _an_earlier_work(title: Span) -> bool:
    """"Corrigan made a splash with her debut feature, X (2019), a study of …", "A explored the premise in X, a
    short she directed in 2021": a maker's earlier work, named to say who the maker is, which the paragraph
    does not go on about."""
    noun = _noun_named(title.root)
    if noun.i != title.root.i and any(c.lower_ in _EARLIER for c in noun.children):
        return True
    # "A explored the premise in X, a short she directed in 2021": a work in a phrase, told by what was done with
    # it then (or called a short, however the parse hangs what is said of it)
    return title.root.dep_ == "pobj" and any(
        described.lower_ == "short" or any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in described.children)
        for described in title.root.children if described.dep_ == "appos" and work_noun(described))


_EARLIER = EARLIER_WORDS | {"debut", "breakout"}


def _in_whose_clause(title: Span) -> bool:
    """"A, whose low-budget horror film X became a hit, makes the jump to …": a work named in a clause that
    describes a person is named in passing."""
    if any(c.lower_ == "whose" for c in _noun_named(title.root).children):
        return True  # (the parse may make the clause the sentence's own)
    clause = next((a for a in title.root.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and any(t.lower_ == "whose" and t.i < title.start for t in clause.subtree)


def _compared_with(attribute: Token) -> bool:
    """"Its closest comparison is the Korean tearjerker X", "The obvious model was the drama Y": a work the
    one in hand is measured against, which the paragraph does not go on about."""
    return attribute.dep_ == "attr" and any(c.dep_ == "nsubj" and lemma(c) in _COMPARISONS
                                            for c in attribute.head.children)


_COMPARISONS = frozenset({"comparison", "touchstone", "model", "template", "inspiration", "influence", "rival",
                          "competitor", "competition", "predecessor", "precursor", "forerunner", "antecedent",
                          "ancestor", "cousin", "reference", "comp"})


def _commissioned(token: Token) -> bool:
    """"…at Hulu, which has canceled X after a single season": what a network renews, cancels or orders is what
    the paragraph goes on about, wherever the clause stands."""
    token = _noun_named(token)  # "NBC, which canceled the newsroom drama "Night Desk""
    if token.dep_ != "dobj" or token.doc._.lexicon is None:
        return False
    _, objects = commissioned(token.head, token.doc._.lexicon) or (None, [])
    return token in objects


def _released_by_a_company(token: Token) -> bool:
    """"…from A24, which opened Sunniva Lund's folk horror film X to $14.2 million", "Neon debuted X in four
    theaters": what a distributor releases is what the paragraph goes on about."""
    token = _noun_named(token)
    verb = token.head
    if token.dep_ != "dobj" or lemma(verb) not in _RELEASING or token.doc._.lexicon is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return company_named(subject, token.doc._.lexicon) is not None


_RELEASING = frozenset({"open", "release", "debut", "launch", "unveil", "bow"})


def _a_companys(token: Token) -> bool:
    """"Fourth went to Lionsgate's X", "Rounding out the top five is A24's Y": a work the main clause names as a
    distributor's or a streamer's is a chart's or a slate's next item, which the paragraph goes on about."""
    token = _noun_named(token)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and token.doc._.lexicon is not None \
        and company_named(owner, token.doc._.lexicon) is not None


# Passives whose agent is another work of a sequence, not the work the paragraph goes on about.
_SEQUENCE_PASSIVES = frozenset({"preceded", "followed", "succeeded", "replaced", "inspired", "influenced"})


def _main_subject(token: Token) -> bool:
    """The subject of the sentence's main verb, or what a work noun that is that subject names ("A's romantic
    comedy X debuted …")."""
    token = _noun_named(token)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in SERIES_PARTS:
        token = token.head.head  # "the second season of the crime comedy X will debut …": the season's work
    if token.dep_ == "appos" and _subject_lost(token):
        return True  # ("Over at HBO Max, the second season of X will debut": the parse hung it on "Max")
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lower_ not in _SEQUENCE_PASSIVES:
        token = token.head  # "the chart was topped by Netflix's series X" (not "It was preceded by X")
    if token.dep_ in ("appos", "conj") and token.head.dep_ in ("nsubj", "nsubjpass") \
            and not (token.dep_ == "appos" and token.head.pos_ == "PROPN"):
        # "Last weekend's champion, X, slipped to second", "Disney and Pixar's X slid …" (not "A, who directed the
        # darling X, is back", which the parse may make A's apposition)
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "agent") and _of_main_verb(token)


def _subject_lost(token: Token) -> bool:
    """A noun before a main verb that has no subject, which the parse hung on a word before it: the subject
    it lost."""
    root = sentence(token).root
    return token.i < root.i and root.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _dealt(token: Token) -> bool:
    """"Kestrel has taken UK rights to X", "Kestrel has boarded world sales on X", "Jade River has sold X to
    France": what the main verb's deal is for is what the paragraph goes on about (a round-up of market deals)."""
    token = _noun_named(token)
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "for", "on"):  # (the parse hangs "to X" on either)
        holder = token.head.head  # ("has boarded world sales on X", "has taken rights to X")
        return holder.lower_ in _DEALT or any(c.dep_ == "dobj" and c.lower_ in _DEALT for c in holder.children)
    return token.dep_ == "dobj" and lemma(token.head) in DEAL_VERBS and _of_main_verb(token)


# What a market deal is for: "rights to X", "world sales on X", "distribution of X".
_DEALT = frozenset({"rights", "sales", "distribution"})


def _awarded(token: Token) -> bool:
    """"The top award went to A's X", "The Cristal was awarded to X": what a prize goes to is what the paragraph
    goes on about (a festival's winners, one a paragraph)."""
    token = _noun_named(token)
    if token.dep_ != "pobj" or token.head.lower_ != "to" or lemma(token.head.head) not in ("go", "award", "give"):
        return False
    verb = token.head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _PRIZES for c in verb.children)


_PRIZES = frozenset({"award", "prize", "honor", "honour", "cristal", "trophy", "nod", "medal", "lion", "bear",
                     "palme", "grand"})


def _noun_named(title: Token) -> Token:
    """The work noun a title names ("the drama X": drama), which holds the title's place in the clause; the
    title itself when none does."""
    return title.head if title.dep_ in ("appos", "compound") and work_noun(title.head) else title


def _of_main_clause(token: Token) -> bool:
    """The subject or object of the sentence's main verb, or what its "with", "to" or "in" names ("returns with
    X", "the slot goes to X"; a "by" names a maker, or a work in passing: "It was preceded by the film X")."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        return _of_main_verb(token)
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "to", "in") and token.head.head.dep_ == "ROOT"


def _of_main_verb(token: Token) -> bool:
    """A word the sentence's main verb holds, not one after a subordinating "after" the parse hung on that verb
    too ("Mackie, returning after his debut feature, The Ferry Men, co-wrote …": the feature is no subject); or
    one of what the main verb announces ("Peregrine confirmed that its new show X has been greenlit")."""
    verb = token.head
    if verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT" and (
            (verb.dep_ == "ccomp" and lemma(verb.head) in _ANNOUNCING) or _after_a_label(verb)):
        return token.dep_ in ("nsubj", "nsubjpass")
    return verb.dep_ == "ROOT" and not any(c.dep_ == "mark" and c.i < token.i for c in verb.children)


def _after_a_label(verb: Token) -> bool:
    """"Quick hits: Netflix's thriller X wrapped filming …", "Exclusive: …": a clause after a label of a few words
    and a colon, which the parse makes the object of the label or a verb beside it, is the sentence's main
    clause."""
    label = verb.head
    sent = sentence(verb)
    colon = next((t for t in verb.doc[sent.start:verb.i] if t.text == ":"), None)
    return colon is not None and label.i < colon.i <= sent.start + _MAX_LABEL_TOKENS


_ANNOUNCING = frozenset({"announce", "confirm", "reveal"})
_MAX_LABEL_TOKENS = 3


def _heading_title(heading: Span) -> str | None:
    """The title a heading names, if any; a heading in capitals ("WOLVES OF TARRAGONA", a round-up's item) names
    the title the text writes in its own case."""
    named = next((span.text for span in heading.doc.spans.get("works", [])
                  if heading.start <= span.start < heading.end), None)
    return named or title_in_capitals(heading.doc, " ".join(text_of(heading).split()))


def _points_back_to(sent: Span, work: str | None, doc: Doc) -> bool:
    """"The film, …", "The series …": a sentence that opens by pointing back to a work named before, of a kind
    the work may be ("The film" is no series the text called one; a bare "It" points at too much)."""
    noun = _pointing_noun(sent) if work is not None else None
    kind = WORK_NOUNS.get(work_noun(noun) or "") if noun is not None else None
    if kind is None:
        return False
    info = (doc._.titles or {}).get(work)
    types = set(info.types) if info is not None else set()
    return not ((kind == "Movie" and "TVSeries" in types) or (kind == "TVSeries" and "Movie" in types))


def _pointing_noun(sent: Span) -> Token | None:
    """The noun a sentence opens with after "the", "this" ("The half-hour film", "The BBC One sitcom"), else the
    noun "the" makes its main verb's subject ("Directed by A and starring B, the film dropped 31%")."""
    if len(sent) >= 2 and sent[0].lower_ in ("the", "this", "that", "those") and sent[1].text.islower():
        noun = sent[0].head
        return noun if sent[0].dep_ == "det" and sent.start < noun.i <= sent.start + _OPENING_TOKENS else sent[1]
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children) \
            and not any(c.pos_ == "PROPN" or c.dep_ in ("acl", "relcl", "prep") for c in subject.children):
        return subject  # (not "the documentary directed by A", "the film that won …": another, described)
    return None


def _starts_paragraph(sent: Span) -> bool:
    return sent.start == 0 or "\n" in sent.doc[sent.start - 1].text or "\n" in sent.doc[sent.start - 1].whitespace_
