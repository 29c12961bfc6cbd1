"""People, companies and places: the name a token stands in, and what kind of thing it names.

The small English model's entity labels are unreliable on film news (cartoon
titles as PERSON, studios as PERSON, directors as ORG, Japanese names as ORG),
so a name's extent comes from the parse and the tagger (a run of proper
nouns, with the particles and initials names carry: "Anatole de Grunwald",
"J. Elder Wills", "Kore-eda Hirokazu"), and its kind from the words of the
name (a company word, a known platform or studio, an acronym) before anything
else. Who a name is in the sentence (the "by"-agent of "directed", the object
of "starring") is for the relation readers to say.
"""

from __future__ import annotations

import regex as re
from spacy.tokens import Doc, Span, Token

from kg.extract.doc import all_tokens, sentence, text_of
from kg.extract.lexicon import NAME_PARTICLES, ORGANIZATION_SUFFIXES, Lexicon
from kg.model import ORGANIZATION, PERSON, PLACE

# Lower-case words that may stand inside a name between capitalized ones.
# Words that are capitalized but never part of a person's name.
NOT_NAME_WORDS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
                            "It", "He", "She", "They", "We", "I", "You", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
                            "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Season", "Episode", "Part", "Chapter",
                            "Director", "Writer", "Producer", "Actor", "Actress", "Star", "Starring", "Filmmaker",
                            "Screenwriter", "Cast", "Also", "Both", "Together", "Meanwhile", "However",
                            "Newcomer", "Veteran", "Singer", "Rapper", "Idol", "Comedian", "Model", "Host",
                            "Presenter", "Creator", "Showrunner", "Novelist", "Author", "Composer", "Fans",
                            "Viewers", "Subscribers", "Netflix", "Original", "Principal", "Filming", "Co-star",
                            "Co-stars", "Costar", "Stars", "Cinematographer", "Narrator", "Executive",
                            "Directors", "Writers", "Producers", "Actors", "Screenwriters", "Filmmakers",
                            "Creators", "Showrunners", "Co-creator", "Co-creators", "Co-writer", "Co-writers",
                            "Co-director", "Co-directors", "Co-producer", "Co-producers", "Co-showrunner",
                            "PD",  # a Korean drama's producer-director: "PD Shin Jae-won"
                            # a Title Case headline's casting verbs: "'X' Season 2 Casts Ada Kerr, Tom Avery"
                            "Casts", "Adds", "Taps", "Boards", "Joins", "Enlists", "Recruits", "Hires", "Signs"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "who", "which", "that", "this", "these",
                      "those", "i", "we", "you", "his", "hers", "its", "their", "whom", "whose"})


def name_span(token: Token) -> Span | None:
    """The proper name `token` is part of: the capitalized words around it in its sentence, with the
    particles, initials and "&" that names carry; None when the token is no name word. (Read once per token:
    every reader asks.)"""
    found = token.doc.user_data.setdefault("kg.name_spans", {})
    if token.i not in found:
        found[token.i] = _name_span(token)
    return found[token.i]


def _name_span(token: Token) -> Span | None:
    if not _name_word(token):
        return None
    words, sent = all_tokens(token.doc), sentence(token)
    start = end = token.i
    while start - 1 >= sent.start and _inside_name(words, start - 1, sent):
        start -= 1
    while end + 1 < sent.end and _inside_name(words, end + 1, sent):
        end += 1
    while start < end and (words[start].text in NOT_NAME_WORDS or not _name_word(words[start])):
        start += 1
    while end > start and not _name_word(words[end]):
        end -= 1
    if end + 1 < sent.end and words[end + 1].like_num and any(
            t.is_upper and len(t) > 1 for t in words[start:end + 1]):
        end += 1  # "GDH 559": a company's name may end in a number
    if start > sent.start and _ORDINAL.fullmatch(words[start - 1].text) \
            and words[end].text in ORGANIZATION_SUFFIXES:
        start -= 1  # "20th Television": or begin with one (not "on the 5th Ana Ruiz joined")
    span = token.doc[start:end + 1]
    if len(span) == 1 and start == sent.start and span[0].text in _SENTENCE_ADVERBS and end + 1 < sent.end \
            and words[end + 1].text.islower():
        return None  # ("Best known for X, A plays …": a sentence's first word, capitalized as such)
    return None if text_of(span) in NOT_NAME_WORDS else span


# Adverbs that open a sentence before a participle, capitalized as its first word: "Best known for X, A …".
_SENTENCE_ADVERBS = frozenset({"Best", "Better", "Most", "Perhaps", "Previously", "Recently", "Widely", "Long",
                               "Once", "Newly", "Largely", "Mostly", "Little"})
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _name_word(token: Token) -> bool:
    text = token.text
    if len(text) <= 3 and text.istitle() and token.i + 1 < len(token.doc) \
            and KOREAN_GIVEN_NAME.fullmatch(token.doc[token.i + 1].text):
        return True  # "Go Yoo-na", "Do Kyung-soo": a family name the tagger took for a verb
    if token.pos_ in ("VERB", "AUX") and _in_three_syllables(token):
        return True  # "Baek Do Hyun", "Go Mi Sook": a Korean name written without its hyphen
    if "-" in text and (token.lower_.endswith(_DESCRIBING_SUFFIXES) or "-turned-" in token.lower_):
        return False  # "Paris-based Lune Rousse", "the Emmy-nominated Desmond Achebe", "Actor-turned-director A"
    return (bool(text) and (text[0].isupper() or (text[0].isdigit() and not token.like_num)
                            or _ELIDED_PARTICLE.match(text) is not None)
            and token.lower_ not in PRONOUNS and (token.pos_ not in _NOT_NAME_POS or _verb_as_name(token)))


def _in_three_syllables(token: Token) -> bool:
    """Whether the token is one of exactly three capitalized words of two to four letters in a row, as a Korean
    name is romanized without its hyphen ("Baek Do Hyun")."""
    words = token.doc
    def syllable(i: int) -> bool:
        return 0 <= i < len(words) and words[i].is_alpha and words[i].text.istitle() and 2 <= len(words[i]) <= 4
    for first in range(token.i - 2, token.i + 1):
        if all(syllable(i) for i in range(first, first + 3)) and not syllable(first - 1) \
                and not syllable(first + 3):
            return True
    return False


def _verb_as_name(token: Token) -> bool:
    """"J. Elder Wills": a capitalized word the tagger took for a verb, which the parse uses as a noun."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos") \
        and not token.is_sent_start and token.text[:1].isupper()


def _inside_name(words: list[Token], i: int, sent: Span) -> bool:
    token = words[i]
    if token.text in NAME_PARTICLES or token.text == "&":  # ("Tomás de la Barra": two particles in a row)
        before, after = i - 1, i + 1
        if before > sent.start and words[before].text in NAME_PARTICLES:
            before -= 1
        elif after < sent.end - 1 and words[after].text in NAME_PARTICLES:
            after += 1
        return sent.start <= before and after < sent.end and _name_word(words[before]) and _name_word(words[after])
    return _name_word(token) and token.text not in NOT_NAME_WORDS


# A family name after an elided particle: "d'Alembrac", "d’Orcières".
_ELIDED_PARTICLE = re.compile(r"d['’]\p{Lu}")
# A Korean given name as English writes it: "Seo-ah", "Ji-eun", "Min-seok".
KOREAN_GIVEN_NAME = re.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")
_DESCRIBING_SUFFIXES = ("-based", "-born", "-raised", "-bred", "-nominated", "-winning")
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PUNCT", "PART"})


def name_kind(text: str, lexicon: Lexicon) -> str | None:
    """PERSON, ORGANIZATION or PLACE for a name, by its own words first; None for what names nothing."""
    if lexicon.is_organization(text):
        return ORGANIZATION
    if lexicon.is_place(text):
        return PLACE
    words = text.split()
    if not words or len(words) > 5 or any(w[0].isdigit() for w in words):
        return None
    return PERSON


def family_names(doc: Doc) -> frozenset[str]:
    """The words the article writes after a capitalized word, as a family name follows a given name (read once
    per article)."""
    key = "kg.family_names"
    if key not in doc.user_data:
        words = all_tokens(doc)
        doc.user_data[key] = frozenset(t.text for t in words[1:] if t.text[:1].isupper()
                                       and words[t.i - 1].text[:1].isupper() and words[t.i - 1].is_alpha)
    return doc.user_data[key]


def given_names(doc: Doc) -> frozenset[str]:
    """The words the article writes before a capitalized word that is no company word, as a given name comes
    before a family name ("Jang" of "Jang Mi-rae"; not "Kitehill" of "Kitehill Animation"; read once per
    article)."""
    key = "kg.given_names"
    if key not in doc.user_data:
        words = all_tokens(doc)
        doc.user_data[key] = frozenset(t.text for t in words[:-1] if t.text[:1].isupper() and t.is_alpha
                                       and words[t.i + 1].pos_ == "PROPN" and words[t.i + 1].text[:1].isupper()
                                       and words[t.i + 1].text not in ORGANIZATION_SUFFIXES)
    return doc.user_data[key]


def company_named(token: Token | None, lexicon: Lexicon) -> Span | None:
    """The company a name token stands for by its own words ("Searchlight Pictures", "A24"): a subject that
    releases a work is its distributor."""
    span = name_span(token) if token is not None and token.pos_ == "PROPN" else None
    return span if span is not None and lexicon.is_organization(span.text) else None
