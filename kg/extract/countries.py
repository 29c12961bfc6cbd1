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
def regions() -> frozenset[str]:
    """The states, provinces and regions the dataset lists of every country ("New Mexico", "Ontario"): after a
    city ("Santa Fe, New Mexico") a region says where the city is, not another place."""
    return frozenset(name for entry in _dataset().values() for name in entry.get("provinces") or ())


def names_a_place(name: str) -> bool:
    """A country, a state, province or region, or a capital, by its name alone ("Texas", "Ontario", "Paris")."""
    return is_country(name) or name in regions() or name in capitals()


@cache
def capitals() -> frozenset[str]:
    """The capital city of every country the dataset lists ("Paris", "Seoul")."""
    named = (entry.get("capital") or () for entry in _dataset().values())
    return frozenset(city for capital in named for city in ([capital] if isinstance(capital, str) else capital))


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
    film", "a British-American film", "a Canada/UK co-production", "a Franco-Italian film"), the first first;
    a "K-" on its noun ("K-drama") names South Korea. A country's own name counts only in such a chain: alone
    before a work noun it is as often a channel's ("a France 2 series")."""
    found = [country for match in _chain_pattern().finditer(text) for country in _chain_countries(match.group(0))]
    if not found:
        lowered = noun.lower()
        found = [country for prefix, country in _prefixes() if lowered.startswith(prefix)]
    return list(dict.fromkeys(found))


# The first halves of compound demonyms: "Anglo-American", "Sino-Japanese".
_COMBINING_FORMS = {"Anglo": "United Kingdom", "Franco": "France", "Sino": "China", "Italo": "Italy",
                    "Indo": "India", "Russo": "Russia", "Hispano": "Spain", "Germano": "Germany",
                    "Greco": "Greece", "Dano": "Denmark", "Swedo": "Sweden", "Nippo": "Japan"}
_CHAIN_JOINT = r"\s*[-/–]\s*"
_CHAIN_SPLIT = re.compile(_CHAIN_JOINT)
_LIST_SPLIT = re.compile(r"\s*[,/]\s*|\s+and\s+|\s+[-–]\s+")


def _chain_countries(chain: str) -> list[str]:
    """The countries of one chain of demonyms and names; a lone word must be a demonym."""
    words = _CHAIN_SPLIT.split(chain)
    if len(words) == 1:
        return [demonyms()[chain]] if chain in demonyms() else []
    return [demonyms().get(word) or country_names().get(word) or _COMBINING_FORMS[word] for word in words]


@cache
def _prefixes() -> list[tuple[str, str]]:
    """The demonyms that are prefixes ("K-"), in lower case, with their countries."""
    return [(prefix.lower(), country) for prefix, country in demonyms().items() if prefix.endswith("-")]


@cache
def _chain_pattern() -> re.Pattern:
    """Demonyms and country names, alone or joined by hyphens and slashes ("American-German-Israeli")."""
    words = {d for d in demonyms() if not d.endswith("-")} | country_names().keys() | _COMBINING_FORMS.keys()
    word = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    return re.compile(rf"(?<![\w-]){word}(?:{_CHAIN_JOINT}{word})*(?!\w)")


def countries_listed(text: str) -> list[str]:
    """"Czech Republic, Slovakia", "Belgium/Netherlands": the countries a text that names nothing else lists,
    in kg's names; none when any part is something else."""
    parts = [part for part in _LIST_SPLIT.split(text.strip()) if part]
    names = country_names()
    return [names[part] for part in parts] if parts and all(part in names for part in parts) else []


def is_country(name: str) -> bool:
    """A country's name, in any of its spellings."""
    return name in country_names()


def _split(demonym: str) -> list[str]:
    """"Antiguan,Barbudan" and "Serbian/Montenegrin" are two demonyms each."""
    return [part.strip() for part in demonym.replace("/", ",").split(",") if part.strip()]


@cache
def _dataset() -> dict[str, dict]:
    return CountryInfo.all()
