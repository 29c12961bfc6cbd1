"""Words that cue facts in film and TV news, kept apart from the readers that use them.

Each table is plain data so that a reader can see, and a user's vocabulary
file can extend, what `kg` recognizes without reading the code; the credit
cues (the verbs, role nouns and craft nouns that name who made a work) are
JSON Lines in `data/cues.jsonl`. A `Lexicon` joins the built-in tables with
a newsroom's `Vocabulary` from kg.toml.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kg.extract.countries import is_country

CUES_FILE = Path(__file__).parent / "data" / "cues.jsonl"

# Streaming services, networks and broadcasters: things a work is released "on".
PLATFORMS = (
    "Netflix", "Amazon Prime Video", "Prime Video", "Amazon Prime", "Disney+", "Disney Plus", "Hulu",
    "HBO Max", "HBO", "Max", "Apple TV+", "Apple TV Plus", "Apple TV", "Paramount+", "Peacock",
    "Crunchyroll", "Funimation", "HIDIVE", "Viki", "Rakuten Viki", "Viu", "iQIYI", "WeTV", "Tving",
    "TVING", "Wavve", "Coupang Play", "Disney Plus Hotstar", "Hotstar", "U-Next", "Hulu Japan", "Abema",
    "tvN", "JTBC", "KBS2", "KBS", "SBS", "MBC", "ENA", "OCN", "MBN", "TV Chosun", "Fuji TV", "TV Asahi",
    "TV Tokyo", "Tokyo MX", "AT-X", "BS11", "MBS", "Nippon TV", "NHK", "TBS", "GMM25", "GMMTV", "One31",
    "Channel 3", "BBC One", "BBC Two", "BBC Three", "BBC Four", "BBC iPlayer", "ITV1", "ITVX",
    "BBC", "ITV", "Channel 4", "Sky", "Sky Atlantic", "AMC", "FX", "Showtime", "Starz", "The CW", "CW", "CBS",
    "NBC", "ABC", "Fox", "The WB", "WB", "UPN", "MUBI", "Mubi", "Shudder", "Tubi", "Roku Channel", "YouTube",
    "Tencent Video", "Youku", "Mango TV", "Bilibili",
    # beyond the US, Korea and Japan: streamers and networks news names as where a show airs
    "Stan", "Foxtel", "ABC iview", "SBS On Demand", "Crave", "CBC", "CBC Gem", "RTÉ", "RTÉ One", "TG4",
    "NRK", "SVT", "DR", "TV 2", "Viaplay", "Yle", "ZDF", "ARD", "Canal+", "Movistar Plus+", "RTVE", "Atresplayer",
    "Rai", "Rai 1", "Mediaset", "TF1", "France 2", "France Télévisions", "Arte", "M6", "Channel 5", "E4",
    "Sky Max", "Sky One", "BritBox", "Acorn TV", "AMC+", "MGM+", "Paramount Network", "Freevee",
    "Pluto TV", "BET+", "Sony LIV", "JioCinema", "JioHotstar", "ZEE5", "SonyLIV", "MX Player",
    "Globoplay", "Globo", "Vix", "Televisa", "Telemundo", "Univision", "Showmax", "TVB", "ViuTV", "iQiyi",
    "Hunan TV", "Dragon TV", "CCTV", "Genie TV", "Channel A", "KBS1", "EBS", "WOWOW", "Netflix Japan",
    "The Roku Channel", "Sky Italia", "Sky Documentaries", "Sky Cinema", "Sky Comedy", "CBBC", "CBeebies", "S4C",
    "STV", "BBC Scotland", "Virgin Media One", "U&Dave", "ABS-CBN", "GMA", "GMA Network",
    "Kapamilya Channel", "TV5", "Shahid VIP", "MBC 1", "OSN+", "Star TV", "Kanal D", "Show TV", "ATV", "TRT 1",
    "RTL", "ProSieben", "Sat.1", "ORF", "SRF", "TVP", "Polsat", "Caracol", "Caracol TV", "RCN", "Telefe",
    "Canal Sur", "TV3", "Movistar+", "SkyShowtime", "Rai Play", "RaiPlay", "Mediaset Infinity", "NPO", "VRT",
    # US cable networks a listing names in its slots ("9/8c, USA Network")
    "Hallmark Channel", "Hallmark+", "TNT", "USA Network", "Freeform", "PBS", "Syfy", "Comedy Central",
    "Discovery+", "National Geographic", "A&E", "Disney Channel", "Nickelodeon", "Cartoon Network", "Adult Swim",
    "HGTV",
)

# Television channels whose works in the news are series: what one of them airs, and nothing calls a film, is a
# series. (Not the broadcasters that co-produce films for cinemas first, BBC Film's, Sky Cinema's, Rai Cinema's,
# the Nordic and Irish public channels', Arte's, Canal+'s; nor Fox, AMC or HBO, names of studios and cinemas too.)
BROADCASTERS = frozenset(name.casefold() for name in (
    "tvN", "JTBC", "KBS", "KBS1", "KBS2", "SBS", "MBC", "ENA", "OCN", "MBN", "TV Chosun", "Channel A", "Genie TV",
    "EBS", "Fuji TV", "TV Asahi", "TV Tokyo", "Tokyo MX", "AT-X", "BS11", "MBS", "Nippon TV", "NHK", "TBS",
    "WOWOW", "GMM25", "One31", "Channel 3", "Hunan TV", "Dragon TV", "CCTV", "TVB", "ViuTV", "BBC One",
    "BBC Two", "BBC Three", "ITV", "ITV1", "Channel 4", "Channel 5", "E4", "Sky Atlantic", "Sky Max", "Sky One",
    "NBC", "CBS", "ABC", "The CW", "CW", "FX", "Paramount Network", "CBC", "Globo", "Televisa", "Telemundo",
    "Univision", "TF1", "France 2", "M6", "Rai 1",
))

# Words that end an organization's name.
# The small words inside people's names: "Ludwig van Beethoven", "Maricel dela Cruz", "Ana ter Horst".
NAME_PARTICLES = frozenset({"de", "dela", "van", "von", "der", "den", "da", "del", "di", "du", "le", "la", "bin",
                            "al", "dos", "das", "y", "ter", "ten", "op"})
# The words that open a family name, in lower case (a sentence, or an Irish name, capitalizes them): "Van Rijn",
# "Ó Dálaigh", "Ní Fhaoláin".
FAMILY_NAME_PARTICLES = NAME_PARTICLES | {"ní", "nic", "ó", "uí"}
ORGANIZATION_SUFFIXES = (
    "Studios", "Studio", "Pictures", "Entertainment", "Films", "Film", "Productions", "Production",
    "Animation", "Media", "Company", "Co.", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Group", "Works",
    "Television", "Network", "Networks", "Releasing", "Distribution", "Features", "Channel",
    "Corporation", "Corp.", "Cinema", "Cinemas", "Theatres", "Theaters", "Records", "Bros.", "Comics", "Press",
    "Publishing", "Broadcasting", "Filmworks", "TV", "Animations", "Cartoons", "Movies", "Unit",
    "Filmes", "Producciones", "Produzioni", "Filmproduktion", "Produktion",   # other languages' company words
    "Talkies", "Creations", "Combines",   # Indian studios' ("Kaveri Talkies", "Sri Venkateswara Creations")
)
# Common nouns that make the name beside them a company's: "the Soyuzmultfilm studio", "production company Toho".
COMPANY_NOUNS = frozenset({"studio", "studios", "company", "companies", "banner", "banners", "label", "labels",
                           "outfit", "outfits", "distributor", "distributors", "house", "houses", "shingle",
                           "shingles", "firm", "firms"})
# The company words no title ends in: "Walt Disney Pictures" is never a work ("Film", "Media", "Works" may be).
COMPANY_ENDINGS = frozenset({"Studios", "Pictures", "Productions", "Entertainment", "Inc.", "Inc", "Ltd.", "Ltd",
                             "LLC", "Corporation", "Corp.", "Bros.", "Company", "Co.", "Releasing",
                             "Distribution", "Broadcasting", "Filmworks", "GmbH"})
# Nouns of a group of actors: "features the on-screen pair of A and B".
GROUP_NOUNS = frozenset({"pair", "duo", "trio", "couple", "team"})
# Words that, anywhere in a name, make it a company's.
ORGANIZATION_WORDS = frozenset({"Studios", "Pictures", "Entertainment", "Films", "Productions", "Animation",
                                "Corporation", "Television", "Network", "Networks", "Broadcasting", "Cinema",
                                "Releasing", "Distribution", "Company", "Records", "Theatres"})

# Words that start an organization's name.
ORGANIZATION_PREFIXES = ("Studio", "Studios", "Team", "Production", "Project")

# Well-known studios and production companies that carry no suffix.
STUDIOS = (
    "Toho", "Toei", "Shochiku", "Kadokawa", "Nikkatsu", "Aniplex", "MAPPA", "Madhouse", "Sunrise", "Bones",
    "Production I.G", "Kyoto Animation", "Ufotable", "Wit Studio", "CJ ENM", "Studio Dragon", "Lotte",
    "Showbox", "NEW", "A24", "Neon", "Lionsgate", "Blumhouse", "Legendary", "Warner Bros.", "Universal",
    "Paramount", "Sony", "Columbia", "Miramax", "Searchlight", "Focus Features", "DreamWorks", "Pixar",
    "Marvel Studios", "Marvel", "Lucasfilm", "Amblin", "Skydance", "Annapurna", "GMMTV", "Nadao Bangkok",
    "20th Century Fox", "20th Century Studios", "Metro-Goldwyn-Mayer", "MGM", "RKO", "United Artists",
    "Walt Disney Pictures", "New Line Cinema", "Orion Pictures", "Gaumont", "Pathé", "StudioCanal",
    # the trade press's studios, distributors and producers by their short names
    "Disney", "Bleecker Street", "Roadside Attractions", "Hallmark", "Fremantle", "Banijay",
    "FilmNation", "Bad Robot", "Wild Bunch", "Constantin", "eOne", "All3Media", "Magnolia", "STXfilms",
    "Film4", "BBC Film", "Curzon", "Picturehouse", "Altitude", "Warner Bros",
)
# The studios that release films in cinemas: in a box-office report, the film a possessive of theirs names is one
# they distribute (Pixar's, Blumhouse's or Marvel Studios' is one they made).
DISTRIBUTORS = frozenset(name.casefold() for name in (
    "Warner Bros.", "Universal", "Universal Pictures", "Paramount", "Paramount Pictures", "Sony", "Sony Pictures",
    "Sony Pictures Classics", "Columbia", "Lionsgate", "A24", "Neon", "Focus Features", "Searchlight",
    "Searchlight Pictures", "Disney", "20th Century Studios", "MGM", "Amazon MGM Studios", "United Artists",
    "Bleecker Street", "Roadside Attractions", "Magnolia", "Magnolia Pictures", "STXfilms", "IFC Films", "Toho",
    "Shochiku", "Toei", "CJ ENM", "Showbox", "NEW",
    # the British and Irish trade press's ("Curzon's Icelandic drama X started with £58,000")
    "Warner Bros", "StudioCanal", "Curzon", "Picturehouse", "Altitude", "Pathé"))
# Companies whose name alone says no part in a work: "Apple's limited series X" is on Apple TV+, made by others.
CONGLOMERATES = ("Apple", "Amazon", "Google", "Comcast", "Warner Bros Discovery", "Warner Bros. Discovery")
# The trade and news press an article cites in italics ("*The Hollywood Reporter* has learned"): no works.
# (not those whose names are as often a show's or a film's: "Empire", "Deadline", "Broadcast")
PUBLICATIONS = ("The Hollywood Reporter", "Hollywood Reporter", "Variety", "Deadline Hollywood", "IndieWire",
                "Screen Daily", "Screen International", "TheWrap", "The Wrap", "Collider", "Entertainment Weekly",
                "Rolling Stone", "The New York Times", "The Guardian", "Los Angeles Times", "Vanity Fair",
                "Sight and Sound", "Sight & Sound", "Cahiers du Cinéma", "Le Film Français", "Radio Times", "TVLine",
                "Soompi", "Pinkvilla", "Anime News Network", "Bloody Disgusting", "Screen Rant", "Slashfilm", "IGN",
                "THR", "EW")


# Words of genre, in the article's own words: "romantic drama", "sci-fi thriller".
GENRE_WORDS = frozenset("""
romantic romance drama comedy comedies thriller horror action fantasy sci-fi science fiction crime
mystery musical historical period coming-of-age family war western adventure psychological
supernatural slice-of-life medical legal political teen youth melodrama rom-com black dark zombie
disaster spy heist sports martial arts superhero noir mecha isekai satire revenge suspense fantasy
procedural office workplace time-travel survival dystopian apocalyptic post-apocalyptic erotic
mockumentary animated biographical biopic epic gangster detective legal school high-school
stand-up parody propaganda cyberpunk steampunk dieselpunk slasher splatter exploitation yaoi yuri hentai sitcom
police cop boxing neo-western neo-noir prison courtroom hospital kitchen-sink
faith-based espionage gothic folk road buddy found-footage creature
""".split())
# Words that make a genre of the genre word right after them ("occult thriller", "baseball comedy", "Southern
# Gothic drama") and of nothing else ("a soccer mom comedy", "a chamber music documentary", "Palace Pictures").
GENRE_QUALIFIERS = frozenset("""
occult chamber neorealist southern costume palace wuxia xianxia cooking culinary time-slip body-swap small-town
baseball football basketball soccer hockey military conspiracy mafia yakuza samurai vampire monster kaiju
mythological anthology caper whodunit fairy-tale campus idol hostage cosmic
""".split())

# Genres of more than one word with names of their own. A longer description names each one inside it as well:
# "a black comedy horror film" is a black comedy and a comedy horror. Their first words ("space", "jukebox")
# are genre words only here.
NAMED_GENRES = frozenset({
    "comedy horror", "horror comedy", "black comedy", "dark comedy", "romantic comedy", "comedy-drama",
    "science fiction", "military science fiction", "stand-up comedy", "psychological horror", "folk horror",
    "body horror", "psychological thriller", "space opera", "space western", "musical comedy", "jukebox musical",
    "magical girl", "dark fantasy", "action comedy", "romantic drama", "crime drama", "cyberpunk",
})

def genre_words_in(words: Sequence[str], genre_words: Collection[str], head: str = "") -> list[str]:
    """The genre words among a description's words, lower case: those of the lexicon, the hyphenated words made
    of them ("comedy-drama"), the words of a named genre ("space opera"), and a qualifier right before a genre
    word (the description's `head` noun is the word after the last: "occult" in "occult thriller")."""
    lowered = [word.lower() for word in words]
    kept: list[str] = []
    i = 0
    while i < len(lowered):
        size = next((n for n in (3, 2) if _plain(" ".join(lowered[i:i + n])) in _NAMED_PLAIN), 1)
        following = lowered[i + 1] if i + 1 < len(lowered) else head.lower()
        # (a capitalized qualifier qualifies a capitalized genre word: "Southern Gothic", not "Palace Pictures")
        named = words[i][:1].isupper() and not (i + 1 < len(words) and words[i + 1][:1].isupper())
        qualifies = lowered[i] in GENRE_QUALIFIERS and not named and (
            following in genre_words or following in GENRE_QUALIFIERS)
        if size > 1 or qualifies or lowered[i] in genre_words or (
                "-" in lowered[i] and all(p in genre_words for p in lowered[i].split("-"))):
            kept += lowered[i:i + size]
        i += size
    return kept


def genres_named(phrase: str) -> list[str]:
    """A genre phrase and the named genres inside it: "black comedy horror" gives itself, "black comedy" and
    "comedy horror"; "romantic comedy" gives itself alone."""
    plain = f" {_plain(phrase)} "
    inside = sorted(g for p, g in _NAMED_PLAIN.items() if f" {p} " in plain and p != plain.strip())
    return [phrase, *inside]


def _plain(text: str) -> str:
    return text.replace("-", " ")


_NAMED_PLAIN = {_plain(genre): genre for genre in NAMED_GENRES}


# The types of the works a film is based on (a title of one of them is a source, not a screen work).
SOURCE_KINDS = ("Book", "ComicSeries")

# Genres that stand for a work of theirs ("the spy thriller X", "a 2019 romantic comedy"): of no one type.
GENRE_NOUNS = frozenset({"thriller", "comedy", "western", "dramedy", "rom-com", "romcom", "whodunit", "melodrama",
                         "epic", "procedural", "romance", "horror", "satire", "farce", "caper", "noir", "neo-noir",
                         "neo-western"})

# The titles a name may carry ("Dr. Iris Calder", "Mister Quigley", "Uncle Vanya"): a character's, or a
# courtesy title, never a title's owner.
COURTESY_TITLES = frozenset({"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Sir", "Dame", "Lord",
                             "Lady", "Mister", "Doctor", "Professor", "Captain", "Uncle", "Aunt", "Auntie", "Saint",
                             "St."})
# A police procedural's ranks, which a part is given before its name and its name is without: "cast as Const.
# Teddy Fenwick", "plays Staff Sgt. Mireille Arsenault".
RANK_ABBREVIATIONS = frozenset({"Const.", "Det.", "Insp.", "Sgt."})

# Nouns that say what kind of work a title is, and the schema.org type they give.
WORK_NOUNS = {
    "film": "Movie", "movie": "Movie", "feature": "Movie", "feature film": "Movie", "biopic": "Movie",
    "series": "TVSeries", "tv series": "TVSeries", "show": "TVSeries", "k-drama": "TVSeries",
    "j-drama": "TVSeries", "c-drama": "TVSeries", "miniseries": "TVSeries", "limited series": "TVSeries",
    "sitcom": "TVSeries", "anime series": "TVSeries", "docuseries": "TVSeries", "television anime": "TVSeries",
    "tv anime": "TVSeries",
    "anime film": "Movie", "anime movie": "Movie", "documentary": "Movie",
    "anime": "CreativeWork", "adaptation": "CreativeWork", "sequel": "CreativeWork", "remake": "CreativeWork",
    "version": "CreativeWork",
    "drama": "CreativeWork",
    "novel": "Book", "book": "Book", "light novel": "Book", "web novel": "Book", "short story": "Book",
    "memoir": "Book", "manga": "ComicSeries", "webtoon": "ComicSeries", "comic": "ComicSeries",
    "comic book": "ComicSeries", "manhwa": "ComicSeries", "graphic novel": "ComicSeries",
    "comic book series": "ComicSeries", "comic series": "ComicSeries", "manga series": "ComicSeries",
    "book series": "Book", "novel series": "Book", "light novel series": "Book",
    "cartoon": "Movie", "short": "Movie", "short film": "Movie", "animated film": "Movie", "television film": "Movie",
    "tv film": "Movie", "tv movie": "Movie", "telefilm": "Movie", "motion picture": "Movie",
    "television series": "TVSeries", "television show": "TVSeries", "tv show": "TVSeries", "web series": "TVSeries",
    "soap opera": "TVSeries", "soap": "TVSeries",
    "telenovela": "TVSeries", "talk show": "TVSeries", "game show": "TVSeries",
    "reality show": "TVSeries", "serial": "TVSeries", "anthology series": "TVSeries",
    "original video animation": "CreativeWork", "ova": "CreativeWork", "original net animation": "CreativeWork",
    "ona": "CreativeWork", "media franchise": "CreativeWork", "episode": "TVEpisode",
    "television special": "CreativeWork", "tv special": "CreativeWork", "special": "CreativeWork",
    "film biography": "Movie", "rockumentary": "Movie", "mockumentary": "Movie", "docudrama": "Movie",
    "featurette": "Movie", "flick": "Movie", "pic": "Movie", "film project": "Movie", "project": "CreativeWork",
    "television pilot": "CreativeWork", "pilot": "CreativeWork", "concert film": "Movie",
    "animated short": "Movie", "cartoon short": "Movie", "music video": "CreativeWork",
    "programme": "TVSeries", "television programme": "TVSeries", "tv programme": "TVSeries",
    "television program": "TVSeries", "tv program": "TVSeries",
    "co-production": "CreativeWork", "coproduction": "CreativeWork", "retelling": "CreativeWork",
    "reimagining": "CreativeWork", **dict.fromkeys(GENRE_NOUNS, "CreativeWork"),
    # the trade press's words for a film: "the Telugu action spectacle X", "Horror entry X slid to third"
    "blockbuster": "CreativeWork", "tentpole": "CreativeWork", "actioner": "Movie", "spectacle": "CreativeWork",
    "entry": "CreativeWork", "chiller": "CreativeWork", "tearjerker": "CreativeWork", "potboiler": "CreativeWork",
    "crowd-pleaser": "CreativeWork", "two-hander": "CreativeWork",
    # an adventure is a work only by its kind ("Warner Bros.' animated adventure X"; a shoot "was an adventure")
    **dict.fromkeys(("animated adventure", "family adventure", "fantasy adventure", "action adventure",
                     "action-adventure", "sci-fi adventure", "space adventure"), "CreativeWork"),
}

# Nouns that say what kind of work a source is ("based on the novel X"), and the kind of thing it is: a
# Book or a ComicSeries, or a work of another kind (a play, a fairy tale, a video game).
SOURCE_NOUNS = {
    "novel": "Book", "light novel": "Book", "web novel": "Book", "book": "Book", "short story": "Book",
    "story": "Book", "memoir": "Book", "novella": "Book", "biography": "Book", "autobiography": "Book",
    "children's novel": "Book", "manga": "ComicSeries", "webtoon": "ComicSeries", "comic": "ComicSeries",
    "comic book": "ComicSeries", "manhwa": "ComicSeries", "graphic novel": "ComicSeries",
    "comic strip": "ComicSeries", "manga series": "ComicSeries", "play": "Work", "stage play": "Work",
    "fairy tale": "Work", "tale": "Work", "poem": "Work", "video game": "Work", "legend": "Work",
    "opera": "Work", "musical": "Work", "epic": "Work", "saga": "Work", "podcast": "Work", "radio drama": "Work",
    "audio drama": "Work",
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

# What a work off the screen is introduced as: "X is a song by A" (facts about it are no film's).
OFFSCREEN_NOUNS = frozenset({"song", "single", "album", "track", "mixtape", "ep", "game", "videogame"})
# Nouns of a part someone plays: "roles including C in X", "her best-known parts include …".
ROLE_NOUNS = frozenset({"role", "roles", "part", "parts", "character", "characters"})
# What an actor plays, named by its place in the story: "played the villain in X", "portrayed the main antagonist".
PART_NOUNS = ROLE_NOUNS | {"lead", "villain", "antagonist", "protagonist", "hero", "heroine", "narrator", "title"}
# Last words of a broadcaster's name: a work made "for Cartoon Network" airs there; the channel is no studio.
BROADCASTER_WORDS = frozenset({"Network", "Networks", "Channel", "TV", "Television"})
# How much of a film was shot somewhere: "shot primarily in Mumbai".
FILMING_EXTENT = frozenset({"entirely", "mostly", "primarily", "principally", "largely", "partly", "partially",
                            "mainly", "chiefly", "extensively"})

# What a person is introduced as: "A is an Indian actor", "A was a film director who …".
PERSON_NOUNS = frozenset("""actor actress singer director filmmaker screenwriter writer producer comedian model
wrestler presenter host rapper musician dancer author novelist journalist personality entertainer performer
voice-actor cinematographer composer animator artist idol songwriter helmer showrunner collaborator co-writer
co-creator""".split())
# Words that place a work among its maker's earlier ones: "her previous film", "his last feature".
EARLIER_WORDS = frozenset({"previous", "earlier", "last", "prior", "former"})
# Words that place a work among its maker's others, earlier or later: "her next film", "his second feature", "her
# last screenplay".
AMONG_OTHERS = EARLIER_WORDS | {"next", "upcoming", "latest", "first", "second", "third", "fourth", "fifth", "final",
                                "debut", "sophomore", "new", "breakout", "early"}
# Words that liken the work in hand to another: "Much like the series X, the new drama …", "Shades of the film Y".
LIKENED = re.compile(r"(?i)\b(?:like|unlike|shades\s+of|echoes\s+of|reminiscent\s+of|in\s+the\s+vein\s+of|"
                     r"compared\s+(?:to|with)|similar\s+to|à\s+la|a\s+la)\b")
# Words of a job or an office, which an "as" after a name gives as often as a part: "joined by A as Editor", "B
# as Vice President", "C as Netflix's head of drama".
JOB_WORDS = PERSON_NOUNS | frozenset("""editor president vice secretary chair chairman chairwoman head chief officer
ceo cfo coo executive manager treasurer member judge juror moderator spokesperson spokeswoman spokesman partner
consultant adviser advisor supervisor coordinator designer patron ambassador trustee governor presenter speaker
mentor chairperson""".split())


def names_a_job(text: str) -> bool:
    """"Cinematographer", "Vice President", "Netflix's head of drama": an office, not a part someone plays."""
    return any(re.sub(r"['’]s$", "", word).lower() in JOB_WORDS for word in text.split())


# Nouns that say a person directs films: "Norwegian director A", "the new thriller from filmmaker B".
FILMMAKER_NOUNS = frozenset({"director", "filmmaker", "film-maker", "helmer", "auteur"})


# Nouns that stand for the shoot itself, or the part of it a sentence goes on about, as the subject of a clause
# saying where it is: "Filming took place in", "Interviews were filmed in Calgary", "Exteriors were shot in Malta".
SHOOT_NOUNS = frozenset({"filming", "shooting", "photography", "production", "shoot", "reshoots", "cameras",
                         "interviews", "exteriors", "interiors", "pickups"})
# A watch guide's labels of where a title is on: "Where to watch: Apple TV+", "Streaming on: Hulu".
WATCH_LABELS = frozenset({"where to watch", "where to stream", "streaming on", "available on", "watch on",
                          "stream on", "streaming", "network", "channel", "platform"})
# Parts of a work, which say where it was shot only as what a filming verb films: "Scenes will also be filmed in
# Sandsend" (not "the framing scenes in 1990s Rotterdam", where the story is set).
SHOT_PARTS = frozenset({"scenes", "sequences", "footage"})


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


# Verbs whose forms are not the regular ones.
_IRREGULAR = {"write": ("writes", "wrote", "written", "writing"), "co-write": ("co-writes", "co-wrote",
              "co-written", "co-writing"), "shoot": ("shoots", "shot", "shooting"),
              "take": ("takes", "took", "taken", "taking"), "go": ("goes", "went", "gone", "going"),
              "occur": ("occurs", "occurred", "occurring"), "lens": ("lenses", "lensed", "lensing"),
              "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
              "pay": ("pays", "paid", "paying"), "buy": ("buys", "bought", "buying"),
              "sell": ("sells", "sold", "selling"), "spend": ("spends", "spent", "spending"),
              "bid": ("bids", "bidding"),
              "greenlight": ("greenlights", "greenlit", "greenlighted", "greenlighting"),
              "think": ("thinks", "thought", "thinking"), "feel": ("feels", "felt", "feeling"),
              "be": ("is", "was", "are", "were", "been", "being", "am", "'s"), "have": ("has", "had", "having"),
              "come": ("comes", "came", "coming"),
              "bring": ("brings", "brought", "bringing"), "slide": ("slides", "slid", "sliding"),
              "fall": ("falls", "fell", "fallen", "falling"), "rise": ("rises", "rose", "risen", "rising"),
              "begin": ("begins", "began", "begun", "beginning"),
              "make": ("makes", "made", "making"), "set": ("sets", "setting"), "cast": ("casts", "casting"),
              "lead": ("leads", "led", "leading"), "win": ("wins", "won", "winning"),
              "get": ("gets", "got", "gotten", "getting"), "hit": ("hits", "hitting"),
              "show": ("shows", "showed", "shown", "showing"), "run": ("runs", "ran", "running"),
              "star": ("stars", "starred", "starring"), "drop": ("drops", "dropped", "dropping"),
              "co-star": ("co-stars", "co-starred", "co-starring"), "put": ("puts", "putting"),
              "cancel": ("cancels", "cancelled", "canceled", "cancelling", "canceling")}

# Verbs the readers look for, by what they say of a work.
RELEASE_VERBS = frozenset({"release", "premiere", "debut", "air", "broadcast", "stream", "land", "arrive", "hit",
                           "drop", "launch", "open", "come", "head", "return", "screen", "telecast", "show",
                           "expect", "begin", "start", "run"})
# Verbs a distributor dates a release by: "Lionsgate has dated X for October 9", "Disney moved X up to May 1",
# "X has been pushed back to 2027".
SCHEDULING_VERBS = frozenset({"date", "set", "slate", "schedule", "reschedule", "move", "push", "shift", "bump",
                              "delay", "postpone"})
ACTING_VERBS = frozenset({"star", "co-star", "appear", "act", "feature", "perform", "participate", "debut",
                          "guest", "guest-star", "cameo", "cast", "reunite", "return"})
PLAYING_VERBS = frozenset({"play", "portray", "voice", "reprise", "essay"})  # ("essays the role of", in Indian English)
# Acting "on" a show: "A starred on X", "playing C on HBO's Y" (a singer "performs on" a special, acting in none).
ON_A_SHOW_VERBS = frozenset({"star", "co-star", "appear", "guest", "guest-star", "recur", "cameo", "act"}) \
    | PLAYING_VERBS
# Verbs whose passive subject, in a sentence about a credit, is a work: "X was edited by A, produced by B".
FILM_VERBS = frozenset({"release", "edit", "distribute", "compose", "broadcast", "air", "screen", "film", "shoot",
                        "make", "adapt", "base", "premiere", "nominate", "dub", "score", "show"})
# Verbs of an actor's news: "W's A joins the cast", "W's A will star in …".
CAST_NEWS_VERBS = frozenset({"join", "star", "play", "lead", "return", "portray", "voice", "headline", "land",
                             "front", "topline", "board"})
# The prepositions that name where a work is released: "on Netflix", "to Disney+", "via Crunchyroll".
PLATFORM_PREPOSITIONS = ("on", "to", "via", "through")
# Verbs of a network or streamer deciding a show's fate: "Peacock has cancelled X", "HBO Max renews X".
COMMISSION_VERBS = frozenset({"renew", "cancel", "order", "commission", "greenlight", "axe"})
# Verbs of shooting a work ("was filmed in", "lensed in"), and of what a shoot does where it is ("Filming took
# place in", "Production is set to begin in", "Cameras will roll in", "the production moves to").
FILMING_VERBS = frozenset({"film", "shoot", "lens", "photograph", "reshoot"})
SHOOT_VERBS = frozenset({"take", "begin", "start", "commence", "move", "relocate", "shift", "resume", "base", "roll",
                         "occur", "happen", "wrap", "kick", "go", "head", "end", "finish"})
# Words that say a text speaks of a series (its seasons, its episodes), where a genre noun or a credit may be a
# show's rather than a film's.
SERIES_WORDS = frozenset({"series", "miniseries", "season", "seasons", "episode", "episodes", "show", "sitcom"})
# Verbs of saying and thinking: "Director A had revealed that …" says something, it credits nothing.
SAYING_VERBS = frozenset({"say", "reveal", "tell", "note", "call", "praise", "admit", "explain", "describe", "recall",
                          "claim", "announce", "confirm", "add", "insist", "believe", "think", "feel", "argue"})
# The words before the work another is made from: "based on the novel X", "inspired by", "adapted from".
SOURCE_CUES = r"based\s+on|inspired\s+by|adapted\s+from"
# Verbs of a wish, whose release is no plan yet: "hopes to premiere X next year", "would love to bring it to …".
# Verbs of longing (no plan, as "hopes to" and "wants to" may be one): "would love to voice", "would like to direct".
LONGING_VERBS = ("wish", "dream", "like", "love")
WISHING_VERBS = ("hope", "want", "aim", *LONGING_VERBS)
# Verbs of money that is no box office: a price, a budget, a deal ("Netflix paid $50 million for X").
DEAL_VERBS = frozenset({"pay", "cost", "buy", "sell", "spend", "raise", "budget", "invest", "fund", "acquire",
                        "offer", "bid", "win", "fetch"})
OTHER_VERBS = frozenset({"be", "have", "include", "serve", "act", "work", "get", "win", "direct", "take", "mark"})
# Prefixes a credit word may carry: "co-directed", "executive-produced".
CREDIT_PREFIXES = ("co-", "executive-", "chief-")


def lemma(token) -> str:
    """The dictionary form of a token: kg's own table for the verbs it reads (the small model's lemmatizer
    gives "premier" for "premieres"), else spaCy's lemma."""
    return _VERB_LEMMAS.get(token.lower_) or token.lemma_.lower() or token.lower_


@dataclass(frozen=True)
class Cue:
    """A word that names a credit: a verb ("directed by"), a role noun ("the director of") or a craft noun
    ("screenplay by"), and the relation it states."""

    lemma: str
    kind: str        # "verb", "role" or "craft"
    relation: str    # director, writer, producer, creator, studio, developer (a company), production_company


def load_cues(path: Path = CUES_FILE) -> tuple[Cue, ...]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(Cue(row["lemma"], row["as"], row["relation"]) for row in rows)


def inflections(lemma: str, kind: str) -> tuple[str, ...]:
    """The forms a cue is written in: "direct" -> directs, directed, directing; "director" -> directors."""
    if kind != "verb":
        return lemma, lemma + "s"
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    stem = lemma + lemma[-1] if _doubles(lemma) else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"  # "launches", "wishes"
    return lemma, third, stem + "ed", stem + "ing"


def _doubles(lemma: str) -> bool:
    """One-syllable verbs ending consonant-vowel-consonant double it: pen -> penned, star -> starred (but
    edit -> edited)."""
    vowels = "aeiou"
    return (3 <= len(lemma) <= 4 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels
            and lemma[-3] not in vowels and sum(c in vowels for c in lemma) == 1)


@dataclass(frozen=True)
class Lexicon:
    """The built-in tables and cues, with what a newsroom's vocabulary adds."""

    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary())
    cues: tuple[Cue, ...] = field(default_factory=load_cues)

    @cached_property
    def _cue_forms(self) -> dict[tuple[str, str], Cue]:
        return {(form, cue.kind): cue for cue in self.cues for form in inflections(cue.lemma, cue.kind)}

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every form of every cue: a word not among them (nor after a hyphen) is no cue."""
        return frozenset(form for form, _ in self._cue_forms)

    @cached_property
    def last_words_of_phrases(self) -> frozenset[str]:
        """The last words of the cues of two words or more ("production company"): what a token must be for
        the phrase it ends to be looked up."""
        return frozenset(form.rsplit(" ", 1)[-1] for form, _ in self._cue_forms if " " in form)

    def cue(self, word: str, kind: str) -> Cue | None:
        """The credit cue a word is a form of ("co-wrote" is a form of "write"), as a verb, role or craft."""
        word = word.lower()
        if word not in self.cue_words and word.rpartition("-")[2] not in self.cue_words:
            return None
        found = self._cue_forms.get((word, kind))
        if found is None:
            for prefix in CREDIT_PREFIXES:
                if word.startswith(prefix):
                    return self._cue_forms.get((word[len(prefix):], kind))
        return found

    @cached_property
    def platforms(self) -> frozenset[str]:
        return frozenset(p.casefold() for p in PLATFORMS + self.vocabulary.platforms)

    @cached_property
    def _organizations(self) -> frozenset[str]:
        return self.platforms | {o.casefold() for o in STUDIOS + CONGLOMERATES + PUBLICATIONS
                                 + self.vocabulary.organizations}

    @cached_property
    def genres(self) -> frozenset[str]:
        return GENRE_WORDS | frozenset(self.vocabulary.genres)

    def is_known_organization(self, name: str) -> bool:
        """A platform or studio the lexicon or the newsroom lists."""
        return name.casefold() in self._organizations

    def is_platform(self, name: str) -> bool:
        return name.casefold() in self.platforms

    def platform_in(self, text: str) -> str | None:
        """The one platform a line names, however it is cased ("LEAVING NETFLIX IN OCTOBER": Netflix), the
        longest when one name holds another ("HBO Max", not "HBO"); None when it names two ("Netflix, Prime
        Video and Max")."""
        found = [platform for platform in PLATFORMS + self.vocabulary.platforms if _names(text, platform)]
        longest = [p for p in found if not any(p != q and _names(q, p) for q in found)]
        return longest[0] if len(longest) == 1 else None

    def is_organization(self, name: str) -> bool:
        """A known platform or studio, or a name with a company word ("Capistrano Films") or an acronym."""
        words = name.split()
        if not words:
            return False
        return (name.casefold() in self._organizations or words[-1] in ORGANIZATION_SUFFIXES
                or (len(words) > 1 and words[0] in ORGANIZATION_PREFIXES)
                or any(w in ORGANIZATION_WORDS for w in words)
                or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words))

    def is_place(self, name: str) -> bool:
        """A country's name, unless it is as often a person's ("Jordan", "Chad", "Georgia", "Israel")."""
        return is_country(name) and name not in _GIVEN_NAME_COUNTRIES


_GIVEN_NAME_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Jersey", "Kenya", "India", "Niger"})

# The forms of the verbs of wishing: what "hopes to premiere", "had hoped the production would shoot" says is no plan.
WISHING_FORMS = frozenset(form for verb in WISHING_VERBS for form in inflections(verb, "verb"))
LONGING_FORMS = frozenset(form for verb in LONGING_VERBS for form in inflections(verb, "verb"))
_VERB_LEMMAS = {form: verb for verb in sorted(RELEASE_VERBS | ACTING_VERBS | PLAYING_VERBS | FILM_VERBS
                                              | FILMING_VERBS | SHOOT_VERBS | SAYING_VERBS | DEAL_VERBS
                                              | CAST_NEWS_VERBS | COMMISSION_VERBS | SCHEDULING_VERBS
                                              | OTHER_VERBS)
                for form in inflections(verb, "verb")}


def _names(text: str, name: str) -> bool:
    """Whether the text has the name as words of its own, in any case ("HBO" in "HBO MAX", not in "HBOX")."""
    return re.search(rf"(?<![\w+]){re.escape(name)}(?![\w+])", text, re.IGNORECASE) is not None
