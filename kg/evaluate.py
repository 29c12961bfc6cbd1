"""Score a stored graph against gold facts, with the matching rules of the shared scorer.

Gold files hold `{"facts": [[relation, subject, value], …]}` with names as a
reader writes them; role facts carry `[ "role", work, person, character ]`.
Names match after folding case, accents and punctuation, and for people and
characters word order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

_PEOPLE_POSITIONS = {"director": (1,), "writer": (1,), "producer": (1,), "cast": (1,), "role": (1, 2)}
_DATES = {"release_date", "article_date", "filming_start", "filming_end"}

# Each query returns ?rel ?s ?v [?c]: the relation, the subject node (or "ARTICLE"), the value, the character.
_FACT_QUERIES = """
SELECT ?rel ?s ?v ?c WHERE {
  {
    ?a a schema:NewsArticle . BIND("ARTICLE" AS ?s)
    { ?a schema:about ?v . BIND("about" AS ?rel) } UNION { ?a schema:datePublished ?v . BIND("article_date" AS ?rel) }
  } UNION {
    ?s a ?t . FILTER(?t IN (schema:Movie, schema:TVSeries, schema:CreativeWork, schema:Book, schema:ComicSeries))
    BIND("type" AS ?rel) BIND(STRAFTER(STR(?t), "https://schema.org/") AS ?v)
  } UNION {
    ?s a ?t . FILTER(?t IN (schema:Movie, schema:TVSeries, schema:CreativeWork, schema:Book, schema:ComicSeries))
    { ?s schema:alternateName ?v . BIND("alternate_name" AS ?rel)
    } UNION { ?s schema:director ?v . BIND("director" AS ?rel)
    } UNION { ?s schema:author ?v . BIND("writer" AS ?rel)
    } UNION { ?s schema:producer ?v . BIND("producer" AS ?rel)
    } UNION { ?s schema:productionCompany ?v . BIND("production_company" AS ?rel)
    } UNION { ?s schema:countryOfOrigin ?v . BIND("country_of_origin" AS ?rel)
    } UNION { ?s schema:isBasedOn ?v . BIND("based_on" AS ?rel)
    } UNION { ?s schema:genre ?v . BIND("genre" AS ?rel)
    } UNION { ?s schema:numberOfSeasons ?v . BIND("seasons" AS ?rel)
    } UNION { ?s schema:numberOfEpisodes ?v . BIND("episodes" AS ?rel)
    } UNION { ?s schema:releasedEvent/schema:startDate ?v . BIND("release_date" AS ?rel)
    } UNION { ?s schema:releasedEvent/schema:publishedBy ?v . BIND("release_platform" AS ?rel)
    } UNION { ?s schema:actor ?r . ?r a schema:PerformanceRole ; schema:actor ?v . BIND("cast" AS ?rel)
    } UNION { ?s schema:actor ?r . ?r a schema:PerformanceRole ; schema:actor ?v ; schema:characterName ?c .
              BIND("role" AS ?rel)
    } UNION { ?s schema:actor ?v . ?v a schema:Person . BIND("cast" AS ?rel)
    } UNION { ?s schema:recordedAt/schema:startDate ?v . BIND("filming_start" AS ?rel)
    } UNION { ?s schema:recordedAt/schema:endDate ?v . BIND("filming_end" AS ?rel)
    } UNION { ?s schema:locationCreated ?v . BIND("filming_location" AS ?rel)
    }
  }
}
"""


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives per relation, with the facts missed and wrong."""

    by_relation: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    missed: tuple[tuple, ...] = ()
    wrong: tuple[tuple, ...] = ()

    def _total(self, index: int) -> int:
        return sum(counts[index] for counts in self.by_relation.values())

    tp = property(lambda self: self._total(0))
    fp = property(lambda self: self._total(1))
    fn = property(lambda self: self._total(2))

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def __add__(self, other: Score) -> Score:
        relations = set(self.by_relation) | set(other.by_relation)
        summed = {r: tuple(a + b for a, b in zip(self.by_relation.get(r, (0, 0, 0)),
                                                   other.by_relation.get(r, (0, 0, 0)), strict=True))
                  for r in relations}
        return Score(summed, self.missed + other.missed, self.wrong + other.wrong)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_gold(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def score_store(store, gold_facts: list[list[str]]) -> Score:
    """Precision and recall of the store's facts against gold facts, per relation."""
    gold = {_gold_key(fact) for fact in gold_facts}
    typed_in_gold = {key[1] for key in gold if key[0] == "type"}
    names = _names(store)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    matched: set = set()
    wrong: list[tuple] = []
    seen: set[frozenset] = set()
    for row in store.query(_FACT_QUERIES):
        keys = frozenset(_predicted_keys(row, names))
        if not keys or keys in seen:
            continue
        seen.add(keys)
        relation = row["rel"].value
        if relation == "type" and not any(k[1] in typed_in_gold for k in keys):
            continue  # the gold leaves this work's type open
        hits = keys & gold
        if hits:
            if hits - matched:
                counts[relation][0] += 1
                matched |= hits
        else:
            counts[relation][1] += 1
            wrong.append(min(keys))
    missed = sorted(gold - matched)
    for key in missed:
        counts[key[0]][2] += 1
    return Score({r: tuple(c) for r, c in counts.items()}, tuple(missed), tuple(sorted(wrong)))


def evaluate_gold_files(gold_paths: list[Path], *, articles_dir: Path | None = None, nlp=None,
                        vocabulary=None, workdir: Path) -> list[tuple[str, Score]]:
    """Ingest each gold file's article into a store of its own under `workdir` and score it."""
    from kg.errors import ReadError
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    results = []
    for n, gold_path in enumerate(gold_paths):
        gold = load_gold(gold_path)
        if "article" not in gold or "facts" not in gold:
            raise ReadError(f"{gold_path}: a gold file needs \"article\" and \"facts\"; see the README")
        article = (articles_dir or gold_path.parent) / gold["article"]
        settings = Settings(store=str(workdir / f"store-{n}"))
        ingest([article], settings=settings, nlp=nlp, vocabulary=vocabulary)
        with open_store(settings) as store:
            results.append((gold["article"], score_store(store, gold["facts"])))
    return results


def _names(store) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for row in store.query("SELECT ?s ?n WHERE { ?s schema:name|schema:alternateName ?n }"):
        names[row["s"].value].append(row["n"].value)
    return names


def _predicted_keys(row, names: dict[str, list[str]]) -> set[tuple]:
    relation = row["rel"].value
    subject = row["s"]
    if row["v"] is None:
        return set()
    subjects = ["ARTICLE"] if subject.value == "ARTICLE" else [_fold(n) for n in names.get(subject.value, [])]
    options = [_term_names(row["v"], names)]
    if row["c"] is not None:
        options.append([row["c"].value])
    combos: list[list[str]] = [[]]
    for position, values in enumerate(options, start=1):
        fold = _folder(relation, position)
        combos = [c + [fold(v)] for c in combos for v in values]
    return {(relation, s, *c) for s in subjects for c in combos}


def _term_names(term, names: dict[str, list[str]]) -> list[str]:
    if hasattr(term, "datatype"):
        return [term.value]
    return names.get(term.value, [])


def _gold_key(fact: list[str]) -> tuple:
    relation, subject, *values = fact
    subject_key = "ARTICLE" if subject == "ARTICLE" else _fold(subject)
    return (relation, subject_key, *[_folder(relation, i)(v) for i, v in enumerate(values, start=1)])


def _folder(relation: str, position: int):
    if position in _PEOPLE_POSITIONS.get(relation, ()):
        return lambda text: " ".join(sorted(_fold(text).split()))
    if relation == "filming_location":
        return lambda text: _fold(text.split(",")[0])
    if relation in _DATES:
        return _date
    return _fold


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text.replace("’", "").replace("'", "")))


def _date(value: str) -> str:
    m = re.match(r"^(\d{4})(-\d{2})?(-\d{2})?", value.strip())
    return "".join(g for g in m.groups() if g) if m else value
