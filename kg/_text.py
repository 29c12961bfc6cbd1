"""Text folding shared by reading, resolution and mapping.

Keys fold what does not distinguish two names in film news: case, accents
and other scripts (anyascii), Japanese long vowels written three ways
(Ryōhei, Ryouhei, Ryohei), punctuation and hyphens (Ji-hyun, Ji Hyun).
"""

from __future__ import annotations

import re

from anyascii import anyascii

# A word that reads as Hepburn romanization: syllables of an optional consonant (or ch/sh/ts, or a
# doubled one), an optional y, a vowel and an optional long-vowel h; or a syllabic n.
_ROMAJI_WORD = re.compile(r"(?:(?:[kgsztdnhbpmyrwfj]|ch|sh|ts|([kstpc])(?=\1)[kstpc]?)?y?[aeiou]h?|n)+")
# "oo" is left alone: it is a vowel of its own in Korean romanization (Hoon, Woo).
_LONG_VOWELS = re.compile(r"ou|uu|oh(?![aeiouy])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’‘`´]")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces."""
    ascii_text = anyascii(_APOSTROPHES.sub("", text)).lower()
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


def fold_long_vowels(word: str) -> str:
    """Fold ou/oh/uu to one vowel in romanized Japanese words (Ryouhei, Ryohei; ō is folded by anyascii).

    English words keep theirs ("Brooke", "Douglas"): only a word that reads
    as Hepburn syllables is folded.
    """
    if not _ROMAJI_WORD.fullmatch(word):
        return word
    return _LONG_VOWELS.sub(lambda m: m.group(0)[0], word)


def person_key(name: str) -> str:
    """A key equal for every way of writing one person's name: any word order, any romanization."""
    words = [fold_long_vowels(w) for w in fold(name).replace("-", " ").split()]
    return " ".join(sorted(words))


def title_key(name: str) -> str:
    """A key for titles and organizations: word order matters, case and punctuation do not."""
    return fold(name)


def slug(key: str, *, max_length: int = 80) -> str:
    """A readable IRI segment from a folded key."""
    text = "-".join(fold(key).split()) or "unnamed"
    return text[:max_length].rstrip("-")
