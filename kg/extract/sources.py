"""Source works: what a film or series is based on, read from the parse.

"X is based on the novel Y by A", "a 2003 film based on A's play Y",
"adapted from the manga of the same name", "Loosely based on the fairy tale
"Y", X is …", "an adaptation of Y", "inspired by Y". The source is typed by
the noun that names its kind (novel, manga, play…); its author, when the
sentence names one, is the source's writer.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re
from spacy.language import Language
from spacy.tokens import Span, Token

from kg.extract.clauses import WorkSpans, clause_work, fronted_description_title, named, work_of
from kg.extract.doc import ANAPHOR, OTHER, Candidate, Mention, mention, sentence, tokens, tokens_with
from kg.extract.lexicon import SOURCE_KINDS, SOURCE_NOUNS, WORK_NOUNS
from kg.extract.patterns import to_int
from kg.extract.reader import SentenceReader
from kg.extract.works import grow_title, source_noun_after, work_noun
from kg.model import PERSON

# The word a source is named after, and the preposition that introduces it.
_SOURCE_VERBS = {"based": ("on", "upon"), "adapted": ("from",), "inspired": ("by",), "derived": ("from",)}
_SOURCE_NOUN_CUES = {"adaptation": ("of", "on"), "retelling": ("of",), "reimagining": ("of",), "remake": ("of",),
                     "version": ("of",)}
# Source nouns said of a work only when the work is named: "X is a remake of Y", "X, an American version of Y".
_OWN_TITLE_CUES = frozenset({"remake", "version"})
_GETTING = frozenset({"getting", "gets", "get", "got", "receives", "received", "receiving"})


@Language.factory("kg_sources", requires=["token.dep", "doc.spans"])
def make_source_reader(nlp: Language, name: str) -> SourceReader:
    return SourceReader(name)


class SourceReader(SentenceReader):
    """Adds based-on candidates (with the source's type and author) to `Doc._.candidates`."""

    def __init__(self, name: str = "kg_sources") -> None:
        super().__init__(name)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        yield from self._getting_adapted(sent, works)
        yield from _remade(sent, works)
        for token in tokens(sent):
            prepositions = _SOURCE_NOUN_CUES.get(token.lower_) if _noun_cue(token) else \
                _SOURCE_VERBS.get(token.lower_) if token.pos_ in ("VERB", "ADJ") else None
            if not prepositions:
                continue
            work = _adapting_work(token, works)
            work = _unless_itself(work, token, sent, works)
            if token.lower_ in _OWN_TITLE_CUES and (work is None or work.kind != "Work"):
                continue  # ("Lund's next film is a remake of Y", "a cover version of Y": of another work)
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in prepositions:
                    objects = [o for o in prep.children if o.dep_ == "pobj"]
                    found = [c for obj in objects for source in _within_parts((obj, *obj.conjuncts))
                             for c in self._source(work, source, sent, works)]
                    found += [c for obj in objects for c in self._listed_after_colon(work, obj, sent, works)]
                    yield from found or (c for obj in _title_after(prep, sent, works)
                                         for c in self._source(work, obj, sent, works))

    def _getting_adapted(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A's novel X is getting an anime film adaptation": the adaptation takes the source's title."""
        for token in tokens(sent):
            if token.lower_ != "adaptation" or token.dep_ != "dobj" or token.head.lower_ not in _GETTING:
                continue
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            span = works.at(subject) if subject is not None else None
            kind = _source_kind(sent.doc[span.start - 1]) if span is not None and span.start > sent.start else None
            if span is None or kind is None:
                continue
            source = Mention(kind, span.text, span.start_char, span.end_char)
            yield Candidate("based_on", Mention("Work", span.text, span.start_char, span.end_char), source, sent,
                            "source:adaptation")
            if kind in ("Book", "ComicSeries"):
                yield Candidate("type", source, kind, sent, "source:adaptation")
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            author = named(owner, works, self.lexicon) if owner is not None else None
            if author is not None and author.kind == PERSON:
                yield Candidate("writer", source, author, sent, "source:author")

    def _source(self, work: Mention | None, head: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        kind = _source_kind(head)
        title = self._title(head, work, works)
        if title is None or self.lexicon.is_known_organization(title.name):
            return  # ("an adaptation of a picture book, *The Hollywood Reporter* has learned")
        span = works.at(head)
        if kind is None and span is not None and span.start > 0:  # "the webtoon Night Shift", parsed the other way
            kind = _source_kind(head.doc[span.start - 1])
        source = Mention(kind or "Work", title.name, title.start, title.end)
        yield Candidate("based_on", work, source, sent, "source:based-on")
        if source.kind in ("Book", "ComicSeries"):
            yield Candidate("type", source, source.kind, sent, "source:based-on")
        author = self._author(head)
        if author is not None:
            yield Candidate("writer", source, author, sent, "source:author")

    def _listed_after_colon(self, work: Mention | None, head: Token, sent: Span,
                            works: WorkSpans) -> Iterator[Candidate]:
        """"based on two novels by A: "Y" and "Z"", "on three fairy tales: Y; Z; and W": each title after
        the colon that ends the plural source noun's phrase is a source of that kind (and by A)."""
        colon = head.right_edge.i + 1
        kind = _source_kind(head) if head.tag_ == "NNS" else None
        if kind is None or colon >= sent.end or sent.doc[colon].text != ":":
            return
        author = self._author(head)
        number = next((c for c in head.children if c.dep_ == "nummod"), None)
        count = to_int(number.text) if number is not None else None
        for span in _titles_listed(sent.doc[colon + 1:sent.end], works)[:count]:
            source = Mention(kind, span.text, span.start_char, span.end_char)
            yield Candidate("based_on", work, source, sent, "source:listed")
            if kind in ("Book", "ComicSeries"):
                yield Candidate("type", source, kind, sent, "source:listed")
            if author is not None:
                yield Candidate("writer", source, author, sent, "source:author")

    def _title(self, head: Token, work: Mention | None, works: WorkSpans) -> Mention | None:
        """The source's title: a title span at or after the kind noun, or the work's own ("of the same
        name")."""
        span = works.at(head)
        if span is not None:
            return mention(span, "Work")
        doc = head.doc
        if _of_the_same_name(head):
            return Mention("Work", work.name, work.start, work.end) if work is not None and work.kind == "Work" \
                else None
        after = head.i + 1
        while after < head.sent.end and doc[after].text in ('"', "“", "'", "‘", ","):
            after += 1
        collective = _collective_name(head)
        if collective is not None and not self.lexicon.is_organization(collective.text):
            return mention(collective, "Work")  # "the Teito Monogatari series"
        if _source_kind(head) and head.is_lower and after < head.sent.end:  # "The Tale of …" is a title
            single = SOURCE_NOUNS.get(head.lower_) is not None  # "the novel …", not "the novels …"
            span = works.at(doc[after]) or grow_title(doc, after, sentence(head), single=single) \
                or _title_before_kind(head, works)
            return mention(span, "Work") if span is not None else None
        if head.text[:1].isupper() and head.pos_ == "PROPN" and not any(c.dep_ == "case" for c in head.children):
            start = head.left_edge.i  # (an owner, "Ibsen's …", is whose the source is, not its title)
            while start < head.i and (doc[start].dep_ in ("poss", "case") or doc[start].text in ("'s", "’s")
                                      or (doc[start].dep_ == "det" and not doc[start].text[:1].isupper())
                                      or doc[start].head.dep_ == "poss"):
                start += 1
            span = grow_title(doc, start, sentence(head))
            return mention(span, "Work") if span is not None and span.start <= head.i < span.end else None
        if work_noun(head) is not None and after < head.sent.end and works.at(doc[after]) is not None:
            return mention(works.at(doc[after]), "Work")  # "a remake of the German thriller X"
        return None

    def _author(self, head: Token) -> Mention | None:
        """"the novel Y by A", "A's novel Y", "A's Y light novel series"."""
        works = WorkSpans(head.doc)
        for child in head.subtree:
            if child.dep_ == "prep" and child.lower_ == "by":
                obj = next((o for o in child.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    found = named(obj, works, self.lexicon)
                    if found is not None and found.kind == PERSON:
                        return found
        named_before = _title_before_kind(head, works)
        owners = [*head.children, *(c for t in named_before or () for c in t.children)]
        owner = next((c for c in owners if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in ("his", "her", "their", "its"):
            found = named(owner, works, self.lexicon)
            return found if found is not None and found.kind == PERSON else None
        return None


def _title_before_kind(head: Token, works: WorkSpans) -> Span | None:
    """"A's The Ferryman of Hollow Sound light novel series": the title a book's or a comic's noun follows names
    the source (not "the Harbor Lights story", "the Gilded Age saga")."""
    doc, start = head.doc, head.i
    while start > head.sent.start and doc[start - 1].is_lower and doc[start - 1].pos_ in ("ADJ", "NOUN"):
        start -= 1
    span = works.at(doc[start - 1]) if start > head.sent.start else None
    if span is None or source_noun_after(span) != head \
            or (span.start > 0 and doc[span.start - 1].lower_ in _INSIDE_TITLES):
        return None  # (not the end of a longer title: "The Ferryman of Hollow Sound light novel series")
    return span


_INSIDE_TITLES = frozenset({"of", "the", "and", "a", "an", "in", "on", "at", "to"})


def _titles_listed(words: Span, works: WorkSpans) -> list[Span]:
    """The titles of a list the words begin with, up to the first verb or pronoun outside them ("Y" and "Z",
    and stars A, of "W": Y and Z; "Andersen's Y; the 1900 novel, Z by A": Y and Z)."""
    titles: list[Span] = []
    for token in words:
        span = works.at(token)
        if span is not None:
            if not titles or titles[-1] != span:
                titles.append(span)
        elif token.pos_ in ("VERB", "AUX", "PRON"):
            break
    return titles



def _collective_name(head: Token) -> Span | None:
    """"the Teito Monogatari series": the name a collective noun of source works is called by."""
    if head.lower_ not in _COLLECTIVE_SOURCES:
        return None
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or names[-1].i != head.i - 1:
        return None
    start = names[0].left_edge.i
    while head.doc[start].dep_ == "det":
        start += 1
    return head.doc[start:head.i] if start < head.i else None


# Nouns for many source works together, after the name they go by.
_COLLECTIVE_SOURCES = frozenset({"series", "franchise", "saga"})  # ("the Stephen King novels": their author)


def _within_parts(heads: tuple[Token, ...]) -> list[Token]:
    """"based on the appendices of Tolkien's The Lord of the Rings", "on characters and settings from Verne's
    novel Y": a part of a work stands for the work it is part of."""
    found: list[Token] = []
    for head in heads:
        if head.lower_ not in _SOURCE_PARTS:
            found.append(head)
            continue
        found += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for obj in p.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)]
        # "based on Harry Potter characters by J. K. Rowling": the work the parts are named after, when their
        # author is named apart (not "Tom Clancy characters", nor a publisher's: "Marvel Comics", "DC")
        by_author = head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "by"
        found += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1
                  and by_author and c.left_edge.i < c.i and _source_kind(c) is None]
    return found


# The parts of a work a film may be based on.
_SOURCE_PARTS = frozenset({"appendices", "appendix", "characters", "character", "settings", "setting",
                           "chapter", "chapters", "events", "part", "parts", "volume", "volumes", "world"})


def _title_after(prep: Token, sent: Span, works: WorkSpans) -> list[Token]:
    """"based on Henrik Ibsen's 1892 play The Master Builder" where the parse took "play" for a verb (and left
    "on" without its object, or gave it the owner's name): the first title a few words on, when a source noun
    stands right before it."""
    for token in tokens(sent)[prep.i + 1 - sent.start:prep.i + _TITLE_REACH - sent.start]:
        span = works.at(token)
        if span is not None:
            return [span.root] if span.start > 0 and _source_kind(token.doc[span.start - 1]) else []
    return []


_TITLE_REACH = 10  # "on Norwegian writer Henrik Ibsen's 1892 play X"


def _remade(sent: Span, works: WorkSpans) -> Iterator[Candidate]:
    """"Screen Gems is remaking X", "the studio will remake X": the work in hand is based on X (a studio or a
    filmmaker remakes; "X was remade as Y" says the other way round)."""
    for verb in tokens_with(sent, _REMAKING):
        if verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or works.at(subject) is not None:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            span = works.at(obj)
            if span is not None:
                yield Candidate("based_on", Mention(ANAPHOR, verb.text, verb.idx, verb.idx + len(verb)),
                                mention(span, "Work"), sent, "source:remade")


_REMAKING = frozenset({"remake", "remakes", "remaking", "remade"})


def _unless_itself(work: Mention | None, cue: Token, sent: Span, works: WorkSpans) -> Mention | None:
    """"The anime adaptation of A's manga X finally arrives", "The drama is based on the manga X": the parse may
    give the source as the adapting work; an adaptation that is the sentence's subject, or a main "based on",
    is then the work in focus (None), any other some work the text does not name ("fans can look forward to
    the anime adaptation of X")."""
    doc = sent.doc
    if work is None or work.kind != "Work" or not any(
            (span := works.at(t)) is not None and span.start == t.i and span.text == work.name
            and _OF_A_SOURCE.fullmatch(doc[cue.i + 1:t.i].text) for t in doc[cue.i + 1:sent.end]):
        return work
    main = cue.dep_ == "ROOT" or (cue.dep_ == "nsubj" and cue.head.dep_ == "ROOT")  # ("The drama is based on X")
    return None if main else Mention(OTHER, cue.text, cue.idx, cue.idx + len(cue))


# What stands between "adaptation" (or "based") and the title: "of A's manga", "on the novel".
_OF_A_SOURCE = re.compile(r"(?:of|from|on)\b[^,.;:()]{0,60}")


def _noun_cue(token: Token) -> bool:
    """"an adaptation of", "a retelling of" (which the tagger may take for an adjective)."""
    return token.lower_ in _SOURCE_NOUN_CUES and (token.pos_ == "NOUN" or token.dep_ in ("attr", "appos"))


def _adapting_work(cue: Token, works: WorkSpans) -> Mention | None:
    """The work that is based on the source: the subject of "X is based on", the noun a participle qualifies
    ("a film based on"), the subject of the clause a fronted participle opens ("Based on Y, X is …")."""
    if cue.pos_ == "NOUN":
        described = fronted_description_title(cue, works)  # "A loose adaptation of Y, X follows …"
        if described is not None:
            return mention(described, "Work")
        head = cue.head
        if cue.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
            return clause_work(head, works)
        if cue.dep_ == "pobj" or (cue.dep_ == "dobj" and _person_does(head)):
            # "known for his work on the adaptation of Y", "She is writing an adaptation of Y for Hulu": another
            # adaptation, not the article's work
            return Mention(OTHER, cue.text, cue.idx, cue.idx + len(cue))
        return work_of(head, works) if head.pos_ in ("NOUN", "PROPN") else clause_work(head, works) \
            if head.pos_ in ("VERB", "AUX") else None
    return clause_work(cue, works)


def _person_does(verb: Token) -> bool:
    """A person is the verb's subject ("she is developing", "Kerr is writing"), not a work or a company."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    cue = verb.doc._.lexicon.cue(verb.text, "verb") if verb.doc._.lexicon is not None else None
    return subject.lower_ in ("he", "she", "they", "i", "we") or (
        subject.pos_ == "PROPN" and cue is not None and cue.relation in ("writer", "director"))


def _source_kind(token: Token) -> str | None:
    """The type a source noun gives ("novel" a Book, "manga" a ComicSeries, "play" a CreativeWork)."""
    doc = token.doc
    two = f"{doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    for word in (two, token.lower_, token.lower_.removesuffix("s")):
        if word in SOURCE_NOUNS:
            return SOURCE_NOUNS[word]
    kind = WORK_NOUNS.get(work_noun(token) or "")  # "the comic series X", "the novel series X"
    return kind if kind in SOURCE_KINDS else None


def _of_the_same_name(head: Token) -> bool:
    text = head.doc[head.i:min(head.i + 6, len(head.doc))].text.lower()
    return " of the same name" in f" {text}" or " of the same title" in f" {text}"
