"""Countries: their names, other names and demonyms ("Israeli", "Costa Rican"), from the countryinfo
dataset, with the few the film press writes its own way on top ("Korean" for South Korea, "English" and
"Scottish" for the United Kingdom, the "K-" of "K-drama").

Read on first use: `kg --help` and the stages that never name a country do not pay for the dataset.
"""

from __future__ import annotations

from functools import cache

import regex as re
from countryinfo import CountryInfo

# The film press's own demonyms; they take precedence over the dataset's.
_OWN_DEMONYMS = {
    "Korean": "South Korea", "South Korean": "South Korea", "K-": "South Korea", "Chinese": "China",
    "Hong Kong": "Hong Kong", "English": "United Kingdom", "Scottish": "United Kingdom", "Welsh": "United Kingdom",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Icelandic": "Iceland", "Slovenian": "Slovenia",
    "Ecuadorian": "Ecuador", "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Uzbek": "Uzbekistan",
    "Kazakh": "Kazakhstan", "Filipino": "Philippines", "Soviet": "Soviet Union", "Yugoslav": "Yugoslavia",
    "Czechoslovak": "Czechoslovakia", "West German": "West Germany", "East German": "East Germany",
}
# Dataset demonyms that name other things as often: "a Georgian period drama" is set in 1714–1837.
_NOT_DEMONYMS = frozenset({"Georgian", "Channel Islander", "Christmas Island", "Gibraltar", "Djibouti"})
# The film press's own names of countries, beside the dataset's other spellings.
_OWN_NAMES = {
    "United States": ("the United States", "U.S.", "U.S", "America"),
    "United Kingdom": ("Britain", "the United Kingdom", "the UK", "U.K.", "England", "Scotland", "Wales",
                       "Northern Ireland"),
    "South Korea": ("Korea",),
}
# Other spellings shorter than this are ISO codes ("IN", "IT", "NO") that are also English words.
_MIN_OTHER_NAME = 4
_KEPT_CODES = frozenset({"US", "USA", "UK", "UAE", "DRC"})


@cache
def demonyms() -> dict[str, str]:
    """Each demonym and the country it names; where the dataset gives one to several places ("French"), the
    largest is meant."""
    ranked = sorted(_dataset().values(), key=lambda entry: entry.get("area") or 0)
    found: dict[str, str] = {}
    for entry in ranked:  # the largest last, so it wins
        for demonym in _split(entry.get("demonym") or ""):
            if demonym not in _NOT_DEMONYMS:
                found[demonym] = entry["name"]
    return {**found, **_OWN_DEMONYMS}


@cache
def country_names() -> dict[str, str]:
    """Every name a country goes by ("Czechia", "the UK", "Republic of Korea"), and its name in kg."""
    names: dict[str, str] = {}
    for entry in _dataset().values():
        name = entry["name"]
        names[name] = name
        for other in entry.get("altSpellings") or ():
            if len(other) >= _MIN_OTHER_NAME or other in _KEPT_CODES:
                names.setdefault(other, name)
    for name, others in _OWN_NAMES.items():
        names.update(dict.fromkeys(others, name))
    names.update({country: country for country in demonyms().values()})
    return names


def countries_named(text: str, noun: str = "") -> list[str]:
    """The countries a work's description names by demonym, all of a co-production's ("an Italian and French
    film", "a British-American film"), the first first; a "K-" on its noun ("K-drama") names South Korea."""
    found = [demonyms()[match.group(0)] for match in _demonym_pattern().finditer(text)]
    if not found:
        found = [country for prefix, country in demonyms().items()
                 if prefix.endswith("-") and noun.lower().startswith(prefix.lower())]
    return list(dict.fromkeys(found))


@cache
def _demonym_pattern() -> re.Pattern:
    words = sorted((d for d in demonyms() if not d.endswith("-")), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in words) + r")(?!\w)")


def is_country(name: str) -> bool:
    """A country's name, in any of its spellings."""
    return name in country_names()


def _split(demonym: str) -> list[str]:
    """"Antiguan,Barbudan" and "Serbian/Montenegrin" are two demonyms each."""
    return [part.strip() for part in demonym.replace("/", ",").split(",") if part.strip()]


@cache
def _dataset() -> dict[str, dict]:
    return CountryInfo.all()
