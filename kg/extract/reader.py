"""What kg's reading components share: a spaCy component that reads each sentence into candidate facts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from kg.extract.clauses import WorkSpans
from kg.extract.doc import Candidate, sentences
from kg.extract.lexicon import Lexicon


class SentenceReader:
    """A pipeline component adding what `read` finds in each sentence (and `read_doc` in the whole Doc) to
    `Doc._.candidates`. `configure` hands it the lexicon of the run (a newsroom's words included)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lexicon = Lexicon()
        self.triggers = self.words_read(self.lexicon)

    def configure(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.triggers = self.words_read(lexicon)

    def words_read(self, lexicon: Lexicon) -> frozenset[str]:
        """The words (or dictionary forms) one of `read`'s token tests starts from, for `tokens_with`; a
        reader whose rules start from the lexicon's cues says so here."""
        return frozenset()

    def __call__(self, doc: Doc) -> Doc:
        works = WorkSpans(doc)
        found = doc._.candidates if doc._.candidates is not None else []
        for sent in sentences(doc):
            found.extend(self.read(sent, works))
        found.extend(self.read_doc(doc, works))
        doc._.candidates = found
        return doc

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        raise NotImplementedError

    def read_doc(self, doc: Doc, works: WorkSpans) -> Iterable[Candidate]:
        """What only the whole Doc says (glosses found in the cleaned text's parentheses)."""
        return ()
