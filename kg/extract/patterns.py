"""Regular-expression building blocks for names, titles, lists and dates.

Rules are written over a sentence in which every known title has been
replaced by a work marker (``\\ue000N\\ue001``), so that a title's own
capitalized words are never read as people's names.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from kg.extract.lexicon import NAME_PARTICLES, PLATFORMS, STUDIOS

WORK_OPEN, WORK_CLOSE = "\ue000", "\ue001"
WORK_RE = re.compile(rf"{WORK_OPEN}(\d+){WORK_CLOSE}")


def work_slot(name: str = "w") -> str:
    """A named group for one work marker in a rule's pattern."""
    return rf"{WORK_OPEN}(?P<{name}>\d+){WORK_CLOSE}"


WORK = work_slot()

# Capitalized words that start sentences or clauses and are never part of a name.
_NOT_NAME = (r"(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|It|In|On|At|With|And|But|Or|When|"
             r"While|After|Before|Upon|As|For|From|To|Of|By|If|Who|What|Where|Which|Subscribers|Fans|"
             r"Viewers|Season|Episode|Part|Chapter|Netflix|Original|Director|Writer|Producer|Cast|"
             r"Starring|Stars|Filming|Production|Principal|Newcomer|Actor|Actress|Veteran|Singer|Rapper|"
             r"Idol|Comedian|Star|Model|Both|All|Each|\p{Lu}\p{L}*-(?:nominated|winning))(?![\w'\-]))")
_NAME_WORD = r"(?:(?:Jr|Sr|St|Dr)\.|\p{Lu}\.(?=\s*\p{Lu})|\p{Lu}[\p{Ll}\p{Lu}\p{M}'\-]*)"
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))}|St\.)"
NAME = rf"{_NOT_NAME}{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NOT_NAME}{_NAME_WORD}){{0,4}}"
NAME_LIST = rf"{NAME}(?:\s*,\s*{NAME})*(?:\s*,?\s+(?:and|&)\s+{NAME})?"
# What an editor's insertion says of a part: "Ruth [played by Ada Kerr]", "(voiced by A and B)".
PLAYED_BY = r"(?:played|portrayed|voiced)\s+by"
NAME_RE = re.compile(NAME)
LIST_SPLIT = re.compile(r"\s*(?:,|;)\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")

_ORG_WORD = r"(?:(?:Bros|Inc|Co|Ltd|Corp)\.|[\p{Lu}\d][\p{L}\p{M}\d'&+\-]*(?:\.[\p{L}\d]+)*)"
ORG = rf"{_ORG_WORD}(?:[ \t]+(?:of[ \t]+|&[ \t]+)?{_ORG_WORD}){{0,4}}"
ORG_LIST = rf"{ORG}(?:\s*,\s*{ORG})*(?:\s*,?\s+(?:and|&)\s+{ORG})?"

# Descriptions that may stand between a cue and a name: "directed by the acclaimed filmmaker X".
DESCRIPTORS = (r"(?-i:(?:(?:the|acclaimed|award-winning|[\p{Lu}]\w+-winning|[\p{Lu}]\w+-nominated|veteran|"
               r"filmmaker|director|writer|"
               r"screenwriter|producer|novelist|newcomer|first-time|prolific|celebrated|renowned|"
               r"fellow|showrunner|creator|author|mangaka|artist|actor|actress|animation|studio|production|"
               r"company)\s+){0,3})")

# Titles: capitalized words, joined by lower-case function words, never ending on one.
_TITLE_WORD = r"[\p{Lu}\d][\p{L}\p{M}\d'’:!?&.\-]*"
# "by" is left out: "the webtoon Night Shift by Lee Yun-seo" names an author, not a title.
_TITLE_FUNCTION = (r"(?:a|an|the|of|in|on|and|to|for|with|at|from|like|or|vs\.?|my|your|our|is|are|"
                   r"de|no|wa|ga|to|x|&)")
TITLE = rf"{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_FUNCTION}[ \t]+)*{_TITLE_WORD}){{0,9}}"
TITLE_WITH_COMMAS = rf"{TITLE}(?:,[ \t]+{TITLE}){{0,2}}"


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-four": 24}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
NUMBER = rf"(?:\d{{1,4}}|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"


def to_int(word: str) -> int | None:
    """A count written as digits or a word ("16", "sixteen", "second")."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or ORDINAL_WORDS.get(word)


@lru_cache(maxsize=8)
def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation that prefers the longest entry ("Prime Video" before "Prime")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def platform_pattern(extra: tuple[str, ...] = ()) -> str:
    return alternation(PLATFORMS + extra) + r"(?![\p{L}\d])"


def is_known_organization(name: str, extra: tuple[str, ...] = ()) -> bool:
    folded = name.casefold()
    return any(folded == known.casefold() for known in PLATFORMS + STUDIOS + extra)


def split_list(text: str) -> list[str]:
    """The items of "A, B and C" / "A; B; C".

    Commas without a closing "and" do not make a list: in "directed by A,
    Screen Ledger has learned" only A is the director.
    """
    items = [item.strip(" ,;") for item in LIST_SPLIT.split(text) if item and item.strip(" ,;")]
    if len(items) > 1 and "," in text and ";" not in text and not re.search(r"\s(?:and|&)\s", text):
        return items[:1]
    return items
