"""The model's tag-to-part-of-speech rules, applied by lookup rather than by a Matcher over every token.

en_core_web_sm gives each token its part of speech and morphology with an
`AttributeRuler`: 179 Matcher patterns (a tag, a word, a dependency) that
match every token and build a Span for each match. On film news that costs a
third of the model's time. `LookupAttributeRuler` takes the same patterns
from the model and applies them in the same order (a later pattern wins).
A one-token pattern is a test of the token's (tag, word, dependency,
is-space), which film news repeats, so what the rules give each such
combination is worked out once and looked up after. A pattern of several
tokens runs in spaCy's Matcher, over the few places where its rarest token
occurs. `tests/test_extract.py` checks that it assigns exactly what the
model's ruler does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import normalize_token_attrs, set_token_attrs
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

_KEYS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}   # what a token's key holds, in order
_WRITTEN = (POS, MORPH, LEMMA)   # what the rules set, written back as one array; TAG and DEP token by token
_CACHE_SIZE = 100_000

# A capitalized word of hyphened capitalized parts: "Nkemelu-Roth", "Ana-Lucía", "Quayle-Munroe".
_HYPHENED_NAME = re.compile(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)+")

Key = tuple[int, int, int, int]   # the hashes of a token's tag, lowercase form and dependency, and its is-space
Test = Callable[[int], bool]      # a condition on one of those hashes


@Language.factory("kg_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma", "token.tag"])
def make_lookup_attribute_ruler(nlp: Language, name: str) -> LookupAttributeRuler:
    return LookupAttributeRuler(nlp, name)


@Language.component("kg_hyphened_names", assigns=["token.pos", "token.tag"])
def tag_hyphened_names(doc: Doc) -> Doc:
    """"Gaspard Nkemelu-Roth produced …", "Ana-Lucía Ferrandis' thriller": a capitalized hyphened word joined in
    the parse to the proper noun beside it is part of the name, though the tagger, which has never seen it whole,
    may call it a pronoun or an adjective; one it could not tag at all ("Keswick-Bray returns as …", an X), or
    the subject of a clause ("Mensah-Byrne is coming off …", no adjective), is a name wherever it stands."""
    for token in doc:
        if "-" in token.text and token.pos_ != "PROPN" and _HYPHENED_NAME.fullmatch(token.text) and (
                token.pos_ == "X" or token.dep_ in ("nsubj", "nsubjpass") or _joined_to_a_name(token)):
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def _joined_to_a_name(token: Token) -> bool:
    """Whether the parse joins a word to a proper noun right beside it."""
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].pos_ == "PROPN" and token in (doc[i].head, *doc[i].children)
               for i in (token.i - 1, token.i + 1))


class LookupAttributeRuler:
    """An AttributeRuler's patterns, one-token ones applied by lookup on the token's key."""

    def __init__(self, nlp: Language, name: str = "kg_attribute_ruler") -> None:
        self.name = name
        self.vocab = nlp.vocab
        # (tag, word) -> one-token rules, 0 standing for any: (rule number, tests on the key's other places).
        self.index: dict[tuple[int, int], list[tuple[int, list[tuple[int, Test]]]]] = defaultdict(list)
        self.matcher = Matcher(nlp.vocab)
        self.anchors: list[tuple[int, int, frozenset[int], int]] = []   # (place in key, offset, hashes, length)
        self.rules: list[tuple[dict, int]] = []   # rule number -> (attributes, index in the match)
        self.cache: dict[Key, dict] = {}

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        """Patterns as `AttributeRuler.patterns` lists them: {"patterns", "attrs", "index"}."""
        self.cache.clear()
        for entry in patterns:
            number = len(self.rules)
            self.rules.append((normalize_token_attrs(self.vocab, entry["attrs"]), entry.get("index", 0)))
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and set(pattern[0]) <= set(_KEYS):
                    self._index(number, pattern[0])
                else:
                    self.matcher.add(str(number), [pattern])
                    self.anchors.append(_anchor(pattern, self.vocab.strings))

    def _index(self, number: int, token: dict) -> None:
        strings = self.vocab.strings
        lookups = {name: _listed(token.get(name), strings) for name in ("TAG", "LOWER")}
        tests = [(place, _test(token[name], strings)) for place, name in enumerate(_KEYS)
                 if name in token and lookups.get(name) is None]
        for tag in lookups["TAG"] or (0,):
            for word in lookups["LOWER"] or (0,):
                self.index[(tag, word)].append((number, tests))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys = [tuple(row) for row in doc.to_array(list(_KEYS.values())).tolist()]
        matched = self._matched(doc, keys)
        written = doc.to_array(list(_WRITTEN))
        one_by_one: list[tuple[int, dict]] = []
        for i, key in enumerate(keys):
            attrs = _merged(self._single(key) + matched[i]) if i in matched else self._cached(key)
            for column, attr in enumerate(_WRITTEN):
                if attr in attrs:
                    written[i, column] = attrs[attr]
            if TAG in attrs or DEP in attrs:
                one_by_one.append((i, attrs))
        doc.from_array(list(_WRITTEN), written)
        for i, attrs in one_by_one:
            set_token_attrs(doc[i], attrs)
        return doc

    def _cached(self, key: Key) -> dict:
        attrs = self.cache.get(key)
        if attrs is None:
            if len(self.cache) >= _CACHE_SIZE:
                self.cache.clear()
            attrs = self.cache[key] = _merged(self._single(key))
        return attrs

    def _single(self, key: Key) -> list[tuple[int, dict]]:
        """The one-token rules that hold for a token, as (rule number, attributes)."""
        tag, word = key[0], key[1]
        return [(number, self.rules[number][0])
                for lookup in ((tag, word), (tag, 0), (0, word), (0, 0))
                for number, tests in self.index.get(lookup, ())
                if all(test(key[place]) for place, test in tests)]

    def _matched(self, doc: Doc, keys: list[Key]) -> dict[int, list[tuple[int, dict]]]:
        """The rules of several tokens, by the token each one sets: the Matcher runs only around the tokens
        that carry a pattern's anchor."""
        windows = {(max(0, i - offset), min(len(doc), i - offset + length))
                   for place, offset, hashes, length in self.anchors
                   for i, key in enumerate(keys) if key[place] in hashes}
        found = {(match_id, start + begin, end + begin)
                 for begin, stop in windows for match_id, start, end in self.matcher(doc[begin:stop])}
        matched: dict[int, list[tuple[int, dict]]] = defaultdict(list)
        for match_id, start, _ in found:
            number = int(self.vocab.strings[match_id])
            attrs, index = self.rules[number]
            matched[start + index].append((number, attrs))
        return matched


def _merged(found: list[tuple[int, dict]]) -> dict:
    """The attributes of the rules that hold, a later rule winning as in the AttributeRuler."""
    merged: dict = {}
    for _, attrs in sorted(found, key=lambda rule: rule[0]):
        merged.update(attrs)
    return merged


def _listed(value, strings: StringStore) -> tuple[int, ...] | None:
    """The hashes a TAG or LOWER condition allows, when it lists them (a value or IN), else None."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (strings.add(value),)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return tuple(strings.add(item) for item in value["IN"])
    return None


def _test(value, strings: StringStore) -> Test:
    """A Matcher token condition (a value, IN, NOT_IN or REGEX) as a test of a hash in the token's key."""
    if isinstance(value, bool):
        return lambda h: h == int(value)
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda h: h == wanted
    (operator, operand), = value.items()
    if operator == "REGEX":
        pattern = re.compile(operand)
        return lambda h: bool(pattern.search(strings[h]))
    listed = frozenset(strings.add(item) for item in operand)
    if operator == "IN":
        return lambda h: h in listed
    if operator == "NOT_IN":
        return lambda h: h not in listed
    raise ValueError(f"attribute rule condition {operator!r} is not supported")


def _anchor(pattern: list[dict], strings: StringStore) -> tuple[int, int, frozenset[int], int]:
    """Where a pattern of several tokens can match: the token condition that lists the fewest, most telling
    values (a dependency before a word), as (place in the key, its offset in the pattern, hashes, length)."""
    choices = []
    for offset, token in enumerate(pattern):
        for rank, name in enumerate(("DEP", "LOWER", "TAG")):
            listed = _listed(token.get(name), strings) if name in token else None
            if listed:
                choices.append((rank, len(listed), list(_KEYS).index(name), offset, frozenset(listed)))
    if not choices:
        raise ValueError(f"attribute rule pattern {pattern!r} has no token to anchor it")
    _, _, place, offset, hashes = min(choices, key=lambda choice: choice[:2])
    return place, offset, hashes, len(pattern)
