"""Words that cue facts in film and TV news, kept apart from the rules that use them.

Each table is plain data so that a reader can see, and a user's vocabulary
file can extend, what `kg` recognizes without reading the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Streaming services, networks and broadcasters: things a work is released "on".
PLATFORMS = (
    "Netflix", "Amazon Prime Video", "Prime Video", "Amazon Prime", "Disney+", "Disney Plus", "Hulu",
    "HBO Max", "HBO", "Max", "Apple TV+", "Apple TV Plus", "Apple TV", "Paramount+", "Peacock",
    "Crunchyroll", "Funimation", "HIDIVE", "Viki", "Rakuten Viki", "Viu", "iQIYI", "WeTV", "Tving",
    "TVING", "Wavve", "Coupang Play", "Disney Plus Hotstar", "Hotstar", "U-Next", "Hulu Japan", "Abema",
    "tvN", "JTBC", "KBS2", "KBS", "SBS", "MBC", "ENA", "OCN", "MBN", "TV Chosun", "Fuji TV", "TV Asahi",
    "TV Tokyo", "Tokyo MX", "AT-X", "BS11", "MBS", "Nippon TV", "NHK", "TBS", "GMM25", "GMMTV", "One31",
    "Channel 3", "BBC One", "BBC Two",
    "BBC", "ITV", "Channel 4", "Sky", "Sky Atlantic", "AMC", "FX", "Showtime", "Starz", "The CW", "CBS",
    "NBC", "ABC", "Fox", "MUBI", "Mubi", "Shudder", "Tubi", "Roku Channel", "YouTube", "Tencent Video", "Youku",
    "Mango TV", "Bilibili",
)

# Words that end an organization's name.
ORGANIZATION_SUFFIXES = (
    "Studios", "Studio", "Pictures", "Entertainment", "Films", "Film", "Productions", "Production",
    "Animation", "Media", "Company", "Co.", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Group", "Works",
    "Television", "Network", "Networks", "Releasing", "Distribution", "Features", "Channel",
)

# Words that start an organization's name.
ORGANIZATION_PREFIXES = ("Studio", "Studios", "Team", "Production", "Project")

# Well-known studios and production companies that carry no suffix.
STUDIOS = (
    "Toho", "Toei", "Shochiku", "Kadokawa", "Nikkatsu", "Aniplex", "MAPPA", "Madhouse", "Sunrise", "Bones",
    "Production I.G", "Kyoto Animation", "Ufotable", "Wit Studio", "CJ ENM", "Studio Dragon", "Lotte",
    "Showbox", "NEW", "A24", "Neon", "Lionsgate", "Blumhouse", "Legendary", "Warner Bros.", "Universal",
    "Paramount", "Sony", "Columbia", "Miramax", "Searchlight", "Focus Features", "DreamWorks", "Pixar",
    "Marvel Studios", "Lucasfilm", "Amblin", "Skydance", "Annapurna", "GMMTV", "Nadao Bangkok",
)

# Nationality adjectives and the country each names (schema:countryOfOrigin).
DEMONYMS = {
    "Japanese": "Japan", "Korean": "South Korea", "South Korean": "South Korea", "K-": "South Korea",
    "Chinese": "China", "Taiwanese": "Taiwan", "Hong Kong": "Hong Kong", "Thai": "Thailand",
    "Filipino": "Philippines", "Indonesian": "Indonesia", "Vietnamese": "Vietnam", "Indian": "India",
    "American": "United States", "British": "United Kingdom", "English": "United Kingdom",
    "Canadian": "Canada", "Australian": "Australia", "French": "France", "German": "Germany",
    "Spanish": "Spain", "Italian": "Italy", "Mexican": "Mexico", "Brazilian": "Brazil",
    "Argentine": "Argentina", "Swedish": "Sweden", "Danish": "Denmark", "Norwegian": "Norway",
    "Turkish": "Turkey", "Irish": "Ireland", "Polish": "Poland", "Nigerian": "Nigeria",
}

COUNTRIES = frozenset(DEMONYMS.values()) | {
    "USA", "US", "U.S.", "UK", "Korea", "England", "Scotland", "Wales", "New Zealand", "Singapore",
    "Malaysia", "Russia", "Iceland", "Portugal", "Greece", "Morocco", "Egypt", "South Africa",
}

# Words of genre, in the article's own words: "romantic drama", "sci-fi thriller".
GENRE_WORDS = frozenset("""
romantic romance drama comedy comedies thriller horror action fantasy sci-fi science fiction crime
mystery musical historical period coming-of-age family war western adventure psychological
supernatural slice-of-life medical legal political teen youth melodrama rom-com black dark zombie
disaster spy heist sports martial arts superhero noir mecha isekai satire revenge suspense fantasy
procedural office workplace time-travel survival dystopian apocalyptic post-apocalyptic erotic
mockumentary animated biographical biopic epic gangster detective legal school high-school
""".split())

# Nouns that say what kind of work a title is, and the schema.org type they give.
WORK_NOUNS = {
    "film": "Movie", "movie": "Movie", "feature": "Movie", "feature film": "Movie", "biopic": "Movie",
    "series": "TVSeries", "tv series": "TVSeries", "show": "TVSeries", "k-drama": "TVSeries",
    "j-drama": "TVSeries", "c-drama": "TVSeries", "miniseries": "TVSeries", "limited series": "TVSeries",
    "sitcom": "TVSeries", "anime series": "TVSeries", "docuseries": "TVSeries",
    "anime film": "Movie", "anime movie": "Movie", "documentary": "Movie",
    "anime": "CreativeWork", "adaptation": "CreativeWork", "sequel": "CreativeWork", "remake": "CreativeWork",
    "drama": "CreativeWork",
    "novel": "Book", "book": "Book", "light novel": "Book", "web novel": "Book", "short story": "Book",
    "memoir": "Book", "manga": "ComicSeries", "webtoon": "ComicSeries", "comic": "ComicSeries",
    "comic book": "ComicSeries", "manhwa": "ComicSeries", "graphic novel": "ComicSeries",
}

# Countries whose television news calls a TV series a "drama" (K-drama, J-drama, C-drama).
DRAMA_SERIES_COUNTRIES = frozenset({"South Korea", "Japan", "China", "Taiwan", "Thailand", "Philippines",
                                    "Hong Kong"})

# Words before a work noun that are not genre, country or platform: they are skipped.
WORK_NOUN_MODIFIERS = frozenset("""
upcoming new forthcoming latest next original highly anticipated much-anticipated long-awaited
beloved popular hit acclaimed award-winning critically live-action two-part hour-long short
feature-length english-language japanese-language korean-language star-studded star studded big-budget
low-budget indie independent streaming exclusive first second third final debut upcoming
""".split())

# Cue words that make a sentence hearsay: its facts are kept with lower confidence.
HEDGES = ("reportedly", "rumored", "rumoured", "rumor", "rumour", "reports suggest", "is said to",
          "are said to", "could", "might", "may be", "speculat", "unconfirmed", "allegedly", "sources say")


CUE_RELATIONS = ("director", "writer", "producer", "production_company", "cast")


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """What a newsroom adds to the lexicon above, from the [vocabulary] table of `kg.toml`.

    >>> Vocabulary(platforms=("Watcha",), genres=("wuxia",), aliases=(("Gianna Jun", "Jun Ji-hyun"),),
    ...            cues=(("director", "megaphoned by"),))
    """

    platforms: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    genres: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()   # (another name, the name to use)
    cues: tuple[tuple[str, str], ...] = ()      # (relation, cue phrase that comes before the names)

    @classmethod
    def from_config(cls, table: dict[str, Any]) -> Vocabulary:
        """Read `[vocabulary]`, checked by kg.inputs: unknown keys or relations and wrong types are errors."""
        from kg.inputs import parse_config, vocabulary

        return vocabulary(parse_config({"vocabulary": table}))
