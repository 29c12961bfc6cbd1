"""A synthetic corpus of film and TV news, with the facts each article states.

Articles are drawn from templates in several publishers' styles (streaming
guide, trade paper, K-drama site, anime news, press release) and pools of
names, so that a corpus of any size is varied and its facts are known.
`python -m benchmarks.corpus N OUT.jsonl` writes N articles as JSON Lines.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

GIVEN = ["Min-ji", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Haruto", "Yui", "Sota", "Aoi", "Emma", "Liam", "Olivia",
         "Noah", "Chayton", "Nattawut", "Somchai", "Mei", "Kenji", "Tomoko", "Daniel", "Grace", "Ren", "Hana"]
FAMILY = ["Kim", "Lee", "Park", "Choi", "Sato", "Suzuki", "Takahashi", "Tanaka", "Walker", "Brooks", "Hayes",
          "Carter", "Srisuk", "Wongsa", "Nakamura", "Ito", "Jung", "Kang", "Mendes", "Okafor", "Lindqvist"]
ADJECTIVES = ["Silent", "Crimson", "Last", "Hidden", "Golden", "Broken", "Midnight", "Frozen", "Velvet", "Distant",
              "Wild", "Quiet", "Paper", "Glass", "Iron", "Blue", "Lost", "Electric", "Burning", "Secret"]
NOUNS = ["Harbor", "Garden", "Letters", "Kingdom", "Signal", "River", "Orchard", "Lanterns", "Season", "Crown",
         "Frontier", "Promise", "Archive", "Station", "Mirror", "Summer", "Empire", "Shadows", "Tide", "Voices"]
PLATFORMS = ["Netflix", "Disney+", "Prime Video", "Apple TV+", "Hulu", "tvN", "JTBC", "Crunchyroll", "HBO Max"]
STUDIOS = ["Toho Studios", "Studio Dragon", "Legendary Pictures", "Blue Harbor Films", "Sunrise Productions"]
COUNTRIES = {"Japanese": "Japan", "South Korean": "South Korea", "American": "United States",
             "British": "United Kingdom", "Thai": "Thailand"}
GENRES = ["romantic drama", "crime thriller", "fantasy", "psychological thriller", "family drama", "sci-fi",
          "mystery", "action comedy", "historical drama", "horror"]
CITIES = ["Tokyo", "Seoul", "Busan", "Osaka", "Vancouver", "London", "Bangkok", "Prague", "Toronto"]


def _person(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" if rng.random() < 0.5 \
            else f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
        if name not in used:
            used.add(name)
            return name


def _title(rng: random.Random, n: int) -> str:
    return f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {n}" if rng.random() < 0.3 \
        else f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {n}"


def _day(value: date) -> str:
    return f"{value:%B} {value.day}, {value.year}"


def article(n: int, seed: int = 7) -> tuple[dict, list[list[str]]]:
    """The n-th article of the corpus and its facts, in the gold format."""
    rng = random.Random(seed * 1_000_003 + n)
    used: set[str] = set()
    title = _title(rng, n)
    kind = rng.choice(["film", "series"])
    demonym = rng.choice(list(COUNTRIES))
    genre = rng.choice(GENRES)
    platform = rng.choice(PLATFORMS)
    director, writer = _person(rng, used), _person(rng, used)
    actors = [_person(rng, used) for _ in range(rng.randint(2, 4))]
    characters = [_person(rng, used) for _ in actors]
    published = date(2020, 1, 1) + timedelta(days=rng.randint(0, 1800))
    release = published + timedelta(days=rng.randint(20, 300))
    city = rng.choice(CITIES)
    studio = rng.choice(STUDIOS)
    earlier = _title(rng, n + 100_000)
    earlier_role = _person(rng, used)
    facts = [["type", title, "Movie" if kind == "film" else "TVSeries"], ["genre", title, genre],
             ["country_of_origin", title, COUNTRIES[demonym]], ["director", title, director],
             ["writer", title, writer], ["release_date", title, release.isoformat()],
             ["release_platform", title, platform], ["filming_location", title, city],
             ["production_company", title, studio], ["cast", earlier, actors[0]],
             ["role", earlier, actors[0], earlier_role]]
    for actor, character in zip(actors, characters, strict=True):
        facts += [["cast", title, actor], ["role", title, actor, character]]
    style = n % 4
    if style == 0:  # streaming guide
        cast = (f"{', '.join(actors[:-1])} and {actors[-1]} will play {', '.join(characters[:-1])} and "
                f"{characters[-1]}, respectively.")
        body = [f"{title} is an upcoming {demonym} {genre} {kind} directed by {director}. "
                f"The {kind} was written by {writer} with production handled by {studio}.",
                f"When is {title} coming to {platform}?",
                f"{title} is coming to {platform} on {_day(release)}.", cast,
                f"{actors[0]} previously starred in the film {earlier} as {earlier_role}.",
                f"Filming took place in {city}."]
    elif style == 1:  # trade paper
        body = [f"EXCLUSIVE: {actors[0]} has been cast in {title}, a {demonym} {genre} {kind} from director "
                f"{director}. The screenplay is by {writer}, and the {kind} is produced by {studio}.",
                " ".join(f"{a} will play {c}." for a, c in zip(actors, characters, strict=True)),
                f"Production is set to begin in {city}. {title} premieres on {platform} on {_day(release)}.",
                f"{actors[0]} is best known for playing {earlier_role} in {earlier}."]
    elif style == 2:  # K-drama site, character list
        body = [f"{title} is a {demonym} {genre} {kind} directed by {director} and written by {writer}.",
                "Characters: " + ", ".join(f"{c} ({a})" for a, c in zip(actors, characters, strict=True)) + ".",
                f"The {kind} lands on {platform} on {_day(release)}. It is produced by {studio}, and filming "
                f"took place in {city}.",
                f"{actors[0]} previously starred in the film {earlier} as {earlier_role}."]
        facts = [f for f in facts if f[0] != "role" or f[1] == earlier] + \
            [["role", title, a, c] for a, c in zip(actors, characters, strict=True)]
    else:  # press release
        body = [f"FOR IMMEDIATE RELEASE: {studio} today announced {title}, a new {demonym} {genre} {kind} "
                f"written by {writer} and directed by {director}.",
                f"The {kind} stars " + ", ".join(f"{a} as {c}" for a, c in zip(actors, characters, strict=True))
                + f". Filming took place in {city}.",
                f"{title} will be released on {platform} on {_day(release)}. {studio} produced the {kind}.",
                f"{actors[0]} previously starred in the film {earlier} as {earlier_role}."]
        facts = [f for f in facts if f[0] != "production_company"]
    record = {"url": f"https://news.example.com/{n}", "date": published.isoformat(),
              "headline": f"{title}: everything we know", "publisher": "Synthetic News", "body": "\n\n".join(body)}
    return record, facts


def write_corpus(count: int, path: Path) -> list[list[str]]:
    """Write `count` articles as JSON Lines; return all their facts."""
    facts: list[list[str]] = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record, article_facts = article(n)
            out.write(json.dumps(record) + "\n")
            facts.extend(article_facts)
    return facts


if __name__ == "__main__":
    write_corpus(int(sys.argv[1]), Path(sys.argv[2]))
