"""The text the parser reads: the article's text with what derails a parse taken out, offsets kept.

Real text carries things a statistical parser stumbles on: glosses in
parentheses ("Urusei Yatsura 2 (Japanese: …, Hepburn: …) is a 1984 film"),
birth years ("Harry Carey (born 1878) was …"), footnote marks ("[3]") and
the spaced punctuation of text rebuilt from tokens ("children ’s", "Hoodwinked
!", "( Not )"). They are removed or closed up here, and every character of
the cleaned text remembers where it was in the original, so that evidence
still points at the article's own words. A parenthetical is not thrown
away: it is kept with the place it was taken from, for the readers that want
it ("Monster (2023)", "Kim Tae-ri (Na Hee-do)").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex as re

from kg.extract.patterns import PLAYED_BY

# A space the untokenizer left before closing punctuation, a clitic or a closing quote, or after an opening one.
_SPACED = re.compile(r"(?<=\w)[ \t]+(?=[,.;:!?](?:\s|$)|['’](?:s|re|ve|ll|d|m|t)\b|n't\b)"
                     r"|(?<=\()[ \t]+(?=\S)|(?<=\S)[ \t]+(?=\))")
_FOOTNOTE = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\]")
# "executive produces", "exec produces": the trade press's verb, which the small model parses as a noun and a verb
# ("executive" the subject); the parse reads "produces" alone, the credit is the same (a producer).
_EXECUTIVE = re.compile(r"(?i)\b(?:co-)?exec(?:utive)?[ -](?=produc(?:e|es|ed|ing)\b)")
# An editor's insertion in an interview's answer: "Ruth [played by Ada Kerr] hasn't slept" (kept as a parenthetical).
_PLAYED_BY_INSERT = re.compile(rf"[ \t]*\[{PLAYED_BY}\s+[^\[\]\n]{{2,60}}\]")
# A parenthetical that belongs to a title, kept inline: "You Can (Not) Advance".
_INLINE = re.compile(r"^\p{Lu}[\p{Ll}']*(?: \p{Lu}[\p{Ll}']*)?$")


@dataclass(frozen=True)
class Parenthetical:
    """What stood in brackets, and where: `at` in the cleaned text, `start`/`end` in the original."""

    at: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class CleanText:
    """The cleaned text and, for each of its characters, the offset it came from in the original."""

    text: str
    origins: tuple[int, ...]
    original_length: int
    parentheticals: tuple[Parenthetical, ...] = ()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the cleaned text's [start, end) was in the original."""
        if start >= end:
            at = self.origins[start] if start < len(self.origins) else self.original_length
            return at, at
        return self.origins[start], self.origins[end - 1] + 1

    def original_sentence(self, start: int, end: int) -> tuple[int, int]:
        """Where a sentence of the cleaned text was in the original, with the parenthetical that closed it: a
        line that ends in one ("Cast: A (Elena), B (Inés)") ends with it."""
        start, end_at = self.original_span(start, end)
        closing = self.parenthetical_after(end) if start < end_at else None
        return start, closing.end if closing is not None else end_at

    def parenthetical_after(self, end: int) -> Parenthetical | None:
        """The parenthetical taken out right after cleaned offset `end` (a word's end), if any."""
        return self._by_place.get(end)

    @cached_property
    def _by_place(self) -> dict[int, Parenthetical]:
        """The parentheticals by where they were taken out (the first, where two were at one place): readers
        ask of each word whether one followed it."""
        places: dict[int, Parenthetical] = {}
        for paren in self.parentheticals:
            places.setdefault(paren.at, paren)
        return places


def clean_text(text: str) -> CleanText:
    """Close up spaced punctuation, drop footnote marks and the "executive" of "executive produces", and take
    parentheticals out, remembering offsets."""
    cuts = sorted(_parenthetical_cuts(text), key=lambda cut: cut[0])
    cuts = _without_overlaps(cuts + [(m.start(), m.end()) for m in _FOOTNOTE.finditer(text)]
                             + [(m.start(), m.end()) for m in _PLAYED_BY_INSERT.finditer(text)]
                             + [(m.start(), m.end()) for m in _SPACED.finditer(text)]
                             + [(m.start(), m.end()) for m in _EXECUTIVE.finditer(text)])
    kept: list[str] = []
    origins: list[int] = []
    parentheticals: list[Parenthetical] = []
    position = 0
    for start, end in cuts:
        kept.append(text[position:start])
        origins.extend(range(position, start))
        if text[start:end].lstrip().startswith("(") or _PLAYED_BY_INSERT.fullmatch(text[start:end]):
            inner = text[start:end].strip()[1:-1].strip()
            parentheticals.append(Parenthetical(len(origins), inner, start, end))
        position = end
    kept.append(text[position:])
    origins.extend(range(position, len(text)))
    return CleanText("".join(kept), tuple(origins), len(text), tuple(parentheticals))


def _parenthetical_cuts(text: str) -> Iterator[tuple[int, int]]:
    """Balanced (…) groups not part of a title, each with the space before it."""
    for start, end in _balanced(text):
        inner = text[start + 1:end - 1].strip()
        if _INLINE.match(inner) and end < len(text) and re.match(r"[ \t]+\p{Lu}", text[end:end + 3]):
            continue  # "You Can (Not) Advance": a word of the title (which goes on on the same line)
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        yield start, end


def _balanced(text: str) -> Iterator[tuple[int, int]]:
    """Outermost balanced parentheses; an unclosed one is left alone."""
    depth, opened = 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                yield opened, i + 1
        elif char == "\n" and depth:
            depth = 0  # a bracket never spans paragraphs


def _without_overlaps(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(cuts):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result

