"""The model's tag-to-part-of-speech rules, applied by lookup rather than by a Matcher.

en_core_web_sm gives each token its part of speech and morphology with an
`AttributeRuler`: 179 Matcher patterns (a tag, a word, a dependency) that
match every token and build a Span for each match. On film news that costs a
third of the model's time. `LookupAttributeRuler` takes the same patterns
from the model and applies them in the same order (a later pattern wins):
by dictionary lookup for the single-token patterns over TAG, LOWER, DEP and
IS_SPACE, and by spaCy's Matcher for the few others. `tests/test_extract.py`
checks that it assigns exactly what the model's ruler does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline.attributeruler import normalize_token_attrs, set_token_attrs
from spacy.tokens import Doc, Token

_LOOKUP_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})


@Language.factory("kg_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma", "token.tag"])
def make_lookup_attribute_ruler(nlp: Language, name: str) -> LookupAttributeRuler:
    return LookupAttributeRuler(nlp, name)


class LookupAttributeRuler:
    """An AttributeRuler's patterns, applied by lookup where a pattern is one token of plain values."""

    def __init__(self, nlp: Language, name: str = "kg_attribute_ruler") -> None:
        self.name = name
        self.vocab = nlp.vocab
        # (tag, word) -> rules, "" standing for any; a rule is (its number, its other conditions).
        self.index: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
        self.matcher = Matcher(nlp.vocab)
        self.rules: list[tuple[dict, int]] = []   # rule number -> (attributes, index in the match)

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        """Patterns as `AttributeRuler.patterns` lists them: {"patterns", "attrs", "index"}."""
        for entry in patterns:
            number = len(self.rules)
            self.rules.append((normalize_token_attrs(self.vocab, entry["attrs"]), entry.get("index", 0)))
            for pattern in entry["patterns"]:
                if len(pattern) == 1 and _plain(pattern[0]):
                    token = pattern[0]
                    others = {key: value for key, value in token.items() if key not in ("TAG", "LOWER")}
                    for tag in _values(token.get("TAG", "")):
                        for word in _values(token.get("LOWER", "")):
                            self.index[(tag, word)].append((number, others))
                else:
                    self.matcher.add(str(number), [pattern])

    def __call__(self, doc: Doc) -> Doc:
        applied: dict[int, list[tuple[int, dict]]] = defaultdict(list)   # token -> (rule, attributes)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                attrs, index = self.rules[number]
                applied[doc[start:end][index].i].append((number, attrs))
        index = self.index
        for token in doc:
            tag, word = token.tag_, token.lower_
            found = [(number, self.rules[number][0])
                     for key in ((tag, word), (tag, ""), ("", word), ("", ""))
                     for number, others in index.get(key, ())
                     if not others or all(_holds(token, k, v) for k, v in others.items())]
            found.extend(applied.get(token.i, ()))
            if found:
                merged: dict = {}
                for _, attrs in sorted(found, key=lambda rule: rule[0]):
                    merged.update(attrs)   # a later rule wins, as in the AttributeRuler
                set_token_attrs(token, merged)
        return doc


def _plain(token: dict) -> bool:
    """A token pattern over TAG, LOWER, DEP and IS_SPACE, each a value or an IN list."""
    return set(token) <= _LOOKUP_KEYS and all(
        not isinstance(value, dict) or set(value) == {"IN"} for value in token.values())


def _values(value) -> list:
    return list(value["IN"]) if isinstance(value, dict) else [value]


def _holds(token: Token, key: str, value) -> bool:
    actual = token.dep_ if key == "DEP" else token.is_space
    return actual in value["IN"] if isinstance(value, dict) else actual == value
