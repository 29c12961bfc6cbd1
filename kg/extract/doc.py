"""What extraction writes on a spaCy `Doc`, and the shapes it writes.

One article is one `Doc` (its cleaned text). Before the pipeline runs,
`Doc._.article`, `Doc._.clean` and `Doc._.lexicon` say what the text is;
the components then leave their results on the Doc for the next one:

    doc.spans["works"]   every mention of a work's title        (kg_works)
    Doc._.titles         each title, with what the text said of it  (kg_works)
    Doc._.candidates     relations read in the sentences         (kg_credits, kg_descriptions, …)
    Doc._.failure        the exception a component raised on the article, if one did

A `Candidate` names its subject and value as `Mention`s: a span of the
cleaned text and the kind of thing it names. A subject may also be an
anaphor ("the film", "it") or missing, for `kg.extract.context` to resolve
to the work the sentence is about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, KeysView
from dataclasses import dataclass, field
from functools import wraps
from typing import TypeVar

import regex as re
from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import lemma
from kg.model import Article, PartialDate

T = TypeVar("T")

ANAPHOR = "Anaphor"                # "the film", "it": a work named before
PERSON_ANAPHOR = "PersonAnaphor"   # "he", "she": the person the article is about
SEVERAL = "Several"                # "all six titles", "both films": no single work
OTHER = "Other"                    # a clause about something named that is no work: a character, a song


@dataclass(frozen=True)
class Mention:
    """A thing named in the text: its kind (Person, Work, Organization, Place, Book, … or Anaphor), its name
    and where it is in the cleaned text."""

    kind: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    """A relation read in one sentence, before its subject is resolved and it becomes a `kg.model.Fact`."""

    relation: str
    subject: Mention | None          # None: the work the sentence is about
    value: Mention | PartialDate | str | int
    sentence: Span
    rule: str
    character: str | None = None


@dataclass
class TitleInfo:
    """What the text says of one title: whether it is presented as a work the article describes (not only
    as someone's earlier credit), the types it was given, and the cues that found it."""

    described: bool = False
    types: Counter = field(default_factory=Counter)
    cues: set[str] = field(default_factory=set)


def register_extensions() -> None:
    """Declare kg's Doc attributes once (spaCy keeps them per process)."""
    for name in ("article", "clean", "lexicon", "titles", "candidates", "failure"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, listed once: spaCy builds `doc.sents` (and walks them for `Token.sent`) anew on
    every call, and the readers ask often."""
    _index(doc)
    return doc.user_data["kg.sentences"]


def heading_spans(doc: Doc) -> list[Span]:
    """The tokens of each of the article's heading paragraphs (found by the paragraphs' offsets in the cleaned
    text): a heading names what the text under it is about, and is no body text."""
    key = "kg.headings"
    if key not in doc.user_data:
        article, clean = doc._.article, doc._.clean
        ranges, position = [], 0
        for kind, text in (article.paragraphs if article is not None else ()):
            if kind == "h":
                ranges.append((position, position + len(text)))
            position += len(text) + 2
        spans = []
        if ranges and clean is not None:
            words = [t for t in all_tokens(doc) if not t.is_space]
            offsets = [clean.original_span(t.idx, t.idx + len(t))[0] for t in words]  # rising with the text
            for start, end in ranges:
                first, last = bisect_left(offsets, start), bisect_left(offsets, end)
                if first < last:
                    spans.append(doc[words[first].i:words[last - 1].i + 1])
        doc.user_data[key] = spans
    return doc.user_data[key]


def heading_sentences(doc: Doc) -> frozenset[int]:
    """The first tokens of the sentences that begin inside a heading."""
    return frozenset(sent.start for span in heading_spans(doc) for sent in sentences(doc)
                     if span.start <= sent.start < span.end)


def text_of(span: Span) -> str:
    """A span's text, sliced from the text the Doc was parsed from (`Span.text` joins its tokens anew on each
    call)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_text(doc: Doc) -> str:
    """The Doc's text: the cleaned text it was parsed from, looked up once (`Doc.text` makes a Token object for
    every word on each call, and `Doc._` an accessor object)."""
    text = doc.user_data.get("kg.text")
    if text is None:
        clean = doc._.clean
        text = doc.user_data["kg.text"] = clean.text if clean is not None else doc.text
    return text


def tokens(span: Span) -> list[Token]:
    """A span's tokens from the Doc's one list of them (iterating a Span makes new Token objects each time)."""
    return all_tokens(span.doc)[span.start:span.end]


def all_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, listed once (`doc[i]` makes a new Token object each time)."""
    _index(doc)
    return doc.user_data["kg.tokens"]


def sentence(token: Token | Span) -> Span:
    """The sentence a token (or span) is in."""
    _index(token.doc)
    return token.doc.user_data["kg.sentence_of"][token.i if isinstance(token, Token) else token.start]


def once_a_sentence(read: Callable[..., T]) -> Callable[..., T]:
    """`read(sent, lexicon)` done once a sentence: what several components ask of the same sentence (a list of
    works the recognizer marks, which the cast and credit readers then credit) is kept on the Doc. One run
    reads a Doc with one lexicon."""
    key = f"kg.{read.__name__}"

    @wraps(read)
    def cached(sent: Span, *args) -> T:
        found = sent.doc.user_data.setdefault(key, {})
        if sent.start not in found:
            found[sent.start] = read(sent, *args)
        return found[sent.start]
    return cached


def words_in(sent: Span) -> KeysView[str]:
    """Every word of a sentence in lower case, with its dictionary form and what follows its last hyphen
    ("co-wrote": "wrote"). A reader that needs a word first asks whether the sentence has it at all: most
    sentences have none of the words a reader is about, and walking their tokens costs more than this one
    pass."""
    return _positions(sent).keys()


def tokens_with(sent: Span, words: frozenset[str]) -> list[Token]:
    """The sentence's tokens whose lower-case form, dictionary form or part after a hyphen is one of `words`,
    in order: the only tokens a reader whose every rule starts from such a word needs to look at."""
    positions = _positions(sent)
    found = words.intersection(positions)  # (walks the sentence's few words, not the many asked for)
    if not found:
        return []
    indices = positions[next(iter(found))] if len(found) == 1 else sorted({i for w in found for i in positions[w]})
    listed = all_tokens(sent.doc)
    return [listed[i] for i in indices]


@once_a_sentence
def _positions(sent: Span) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for token in tokens(sent):
        i, lower = token.i, token.lower_
        positions.setdefault(lower, []).append(i)
        dictionary = lemma(token)
        if dictionary != lower:
            positions.setdefault(dictionary, []).append(i)
        if "-" in lower and (tail := lower.rpartition("-")[2]) not in (lower, dictionary):
            positions.setdefault(tail, []).append(i)
    return positions


@once_a_sentence
def tags_in(sent: Span) -> frozenset[str]:
    """The part-of-speech tags of a sentence's words (a possessive's "POS" is what some readers start from)."""
    return frozenset(token.tag_ for token in tokens(sent))


def _index(doc: Doc) -> None:
    if "kg.sentences" in doc.user_data:
        return
    listed = list(doc.sents)
    sentence_of: list[Span] = []
    for sent in listed:
        sentence_of.extend([sent] * (sent.end - sent.start))
    doc.user_data["kg.sentences"] = listed
    doc.user_data["kg.sentence_of"] = sentence_of
    doc.user_data["kg.tokens"] = list(doc)


def mention(span: Span, kind: str) -> Mention:
    return Mention(kind, text_of(span), span.start_char, span.end_char)


def reports_box_office(article: Article | None) -> bool:
    """A box-office report (its headline, or its opening, says "box office"): what takes money there is a film,
    and a distributor's possessive names the release."""
    return article is not None and bool(_BOX_OFFICE.search(article.headline or "")
                                        or _BOX_OFFICE.search(article.text[:_HEADLINE_REACH]))


_BOX_OFFICE = re.compile(r"(?i)\bbox[- ]office\b")
_HEADLINE_REACH = 200


def opens_paragraph(span: Span) -> bool:
    """A span that opens its paragraph (the Doc's start, or a line break before it): a line-up item's title."""
    doc = span.doc
    return span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
