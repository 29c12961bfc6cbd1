"""Score extraction against gold facts, with the matching rules of the shared scorer.

Gold files hold `{"article": FILE, "facts": [[relation, subject, value], …]}`
with names as a reader writes them; role facts carry `[ "role", work, person,
character ]`. A gold file may list the relations its source annotates under
`"relations"`: then only those are scored, on both sides, because a set that
never annotates genre says nothing about kg's genre facts. Names match after
folding case, accents and punctuation, and for people and characters word
order.

A set (the gold files of one folder) is ingested in one run into one store;
each article is then scored on its own named graph, so articles never lend
each other names or facts. Every predicted fact also carries the rules that
stated it, so the precision of each rule can be measured.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ReadError

_PEOPLE_POSITIONS = {"director": (1,), "writer": (1,), "producer": (1,), "cast": (1,), "role": (1, 2)}
_DATES = {"release_date", "article_date", "filming_start", "filming_end"}
_WORK_TYPES = "schema:Movie, schema:TVSeries, schema:TVEpisode, schema:CreativeWork, schema:Book, schema:ComicSeries"

# One row per fact of every article graph: ?g the graph, ?rel the relation, ?s the subject node (or "ARTICLE"),
# ?v the value, ?c the character; ?cs ?cp ?co the triple whose rdf:Statement names the rule that stated it.
_FACTS = f"""
SELECT ?g ?rel ?s ?v ?c ?rule WHERE {{
  GRAPH ?g {{
    {{
      ?a a schema:NewsArticle . BIND("ARTICLE" AS ?s)
      {{ ?a schema:about ?v . BIND("about" AS ?rel) }}
      UNION {{ ?a schema:datePublished ?v . BIND("article_date" AS ?rel) }}
    }} UNION {{
      ?s a ?t . FILTER(?t IN ({_WORK_TYPES}))
      BIND("type" AS ?rel) BIND(STRAFTER(STR(?t), "https://schema.org/") AS ?v)
    }} UNION {{
      ?s a ?t . FILTER(?t IN ({_WORK_TYPES}))
      {{ VALUES (?rel ?cp) {{
          ("alternate_name" schema:alternateName) ("director" schema:director) ("writer" schema:author)
          ("producer" schema:producer) ("production_company" schema:productionCompany)
          ("country_of_origin" schema:countryOfOrigin) ("based_on" schema:isBasedOn) ("genre" schema:genre)
          ("seasons" schema:numberOfSeasons) ("episodes" schema:numberOfEpisodes)
          ("filming_location" schema:locationCreated) }}
        ?s ?cp ?v . BIND(?s AS ?cs) BIND(?v AS ?co)
      }} UNION {{
        VALUES (?rel ?event ?cp) {{
          ("release_date" schema:releasedEvent schema:startDate)
          ("release_platform" schema:releasedEvent schema:publishedBy)
          ("filming_start" schema:recordedAt schema:startDate)
          ("filming_end" schema:recordedAt schema:endDate) }}
        ?s ?event ?cs . ?cs ?cp ?v . BIND(?v AS ?co)
      }} UNION {{
        ?s schema:actor ?cs . ?cs a schema:PerformanceRole ; schema:actor ?v .
        BIND("cast" AS ?rel) BIND(schema:actor AS ?cp) BIND(?v AS ?co)
      }} UNION {{
        ?s schema:actor ?cs . ?cs a schema:PerformanceRole ; schema:actor ?v ; schema:characterName ?c .
        BIND("role" AS ?rel) BIND(schema:actor AS ?cp) BIND(?v AS ?co)
      }} UNION {{
        ?s schema:actor ?v . ?v a schema:Person .
        BIND("cast" AS ?rel) BIND(?s AS ?cs) BIND(schema:actor AS ?cp) BIND(?v AS ?co)
      }}
      OPTIONAL {{ ?st rdf:subject ?cs ; rdf:predicate ?cp ; rdf:object ?co ; kg:rule ?rule }}
    }}
  }}
}}
"""
_NAMES = "SELECT ?g ?s ?n WHERE { GRAPH ?g { ?s schema:name|schema:alternateName ?n } }"


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives per relation, with the facts missed and wrong,
    and (tp, fp) per extraction rule."""

    by_relation: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    missed: tuple[tuple, ...] = ()
    wrong: tuple[tuple, ...] = ()
    by_rule: dict[str, tuple[int, int]] = field(default_factory=dict)

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
        return Score(_add_counts(self.by_relation, other.by_relation, 3), self.missed + other.missed,
                     self.wrong + other.wrong, _add_counts(self.by_rule, other.by_rule, 2))


@dataclass(frozen=True)
class SetResult:
    """The score of each article of one set (the gold files of one folder)."""

    name: str
    articles: tuple[tuple[str, Score], ...]

    @property
    def total(self) -> Score:
        return sum((score for _, score in self.articles), start=Score())


def _add_counts(a: dict[str, tuple], b: dict[str, tuple], width: int) -> dict[str, tuple]:
    return {key: tuple(x + y for x, y in zip(a.get(key, (0,) * width), b.get(key, (0,) * width), strict=True))
            for key in set(a) | set(b)}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def load_gold(path: Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(f"{path}: not a readable gold file ({exc.__class__.__name__}); check the path") from None
    if not isinstance(gold, dict) or "article" not in gold or "facts" not in gold:
        raise ReadError(f"{path}: a gold file needs \"article\" and \"facts\"; see the README")
    return gold


def gold_sets(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Gold files by set: a folder is a set of its `*.gold.json`; files given one by one join their folder's set."""
    sets: dict[str, list[Path]] = defaultdict(list)
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(path.glob("*.gold.json"))
            if not found:
                raise ReadError(f"{path}: no *.gold.json files in this folder")
            sets[str(path).rstrip("/")].extend(found)
        elif path.is_file():
            sets[str(path.parent)].append(path)
        else:
            raise ReadError(f"{path}: no such gold file or folder; check the path")
    return dict(sets)


def evaluate_sets(paths: Iterable[Path], *, workdir: Path, articles_dir: Path | None = None, nlp=None,
                  vocabulary=None, workers: int = 1, min_confidence: float = 0.0,
                  ignore: Collection[tuple[str, str]] = (),
                  progress: Callable[[object, int, int], None] | None = None) -> list[SetResult]:
    """Ingest each set's articles in one run, into a store of its own under `workdir`, and score every article
    on its own graph (of the facts at least `min_confidence` sure), leaving out the (set folder name, relation)
    pairs of `ignore`."""
    return [evaluate_set(name, files, store=workdir / f"set-{n}", articles_dir=articles_dir, nlp=nlp,
                         vocabulary=vocabulary, workers=workers, min_confidence=min_confidence,
                         ignore={relation for folder, relation in ignore if folder == Path(name).name},
                         progress=progress)
            for n, (name, files) in enumerate(gold_sets(paths).items())]


def evaluate_set(name: str, gold_paths: list[Path], *, store: Path, articles_dir: Path | None = None, nlp=None,
                 vocabulary=None, workers: int = 1, min_confidence: float = 0.0, ignore: Collection[str] = (),
                 progress: Callable[[object, int, int], None] | None = None) -> SetResult:
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    golds = [(path, load_gold(path)) for path in gold_paths]
    sources = {path: str((articles_dir or path.parent) / gold["article"]) for path, gold in golds}
    settings = Settings(store=str(store))
    report = ingest(sorted(set(sources.values())), settings=settings, nlp=nlp, vocabulary=vocabulary,
                    workers=workers, force=True, min_confidence=min_confidence, progress=progress)
    with open_store(settings) as opened:
        facts, names = _graph_facts(opened)
    results = []
    for path, gold in golds:
        graphs = {a.iri for a in report.articles if _read_from(a.source, sources[path])}
        predicted = [fact for g in sorted(graphs) for fact in facts.get(g, [])]
        merged_names = _merge_names(names, graphs)
        relations = gold.get("relations")
        if ignore:
            every = relations or {fact[0] for fact in gold["facts"]} | {row["rel"].value for row in predicted}
            relations = sorted(set(every) - set(ignore))
        results.append((gold["article"], score_facts(predicted, merged_names, gold["facts"], relations)))
    return SetResult(name, tuple(results))


def _read_from(source: str, file: str) -> bool:
    """Whether an article's source ("f.jsonl:3", "f.json record 2" or "f.txt") is the file."""
    return source == file or source.startswith((f"{file}:", f"{file} "))


def _graph_facts(store) -> tuple[dict[str, list[dict]], dict[str, dict[str, list[str]]]]:
    """Every article graph's fact rows, and every graph's names of its nodes."""
    facts: dict[str, list[dict]] = defaultdict(list)
    for row in store.query(_FACTS):
        facts[row["g"].value].append(row)
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(_NAMES):
        names[row["g"].value][row["s"].value].append(row["n"].value)
    return facts, names


def _merge_names(names: dict[str, dict[str, list[str]]], graphs: Iterable[str]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = defaultdict(list)
    for g in graphs:
        for node, labels in names.get(g, {}).items():
            merged[node].extend(labels)
    return merged


def score_facts(rows: list, names: dict[str, list[str]], gold_facts: list[list[str]],
                relations: list[str] | None = None) -> Score:
    """Precision and recall of fact rows (as `_FACTS` returns them) against gold facts, per relation and rule."""
    scored = set(relations) if relations else None
    gold = {_gold_key(fact) for fact in gold_facts if scored is None or fact[0] in scored}
    typed_in_gold = {key[1] for key in gold if key[0] == "type"}
    rules_of: dict[frozenset, set[str]] = defaultdict(set)
    order: list[tuple[str, frozenset]] = []
    for row in rows:
        relation = row["rel"].value
        if scored is not None and relation not in scored:
            continue
        keys = frozenset(_predicted_keys(row, names))
        if not keys:
            continue
        if keys not in rules_of:
            order.append((relation, keys))
        rules_of[keys].add(row["rule"].value if row["rule"] is not None else "metadata")
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matched: set = set()
    wrong: list[tuple] = []
    for relation, keys in order:
        if relation == "type" and not any(k[1] in typed_in_gold for k in keys):
            continue  # the gold leaves this work's type open
        hits = keys & gold
        if hits and hits - matched:
            counts[relation][0] += 1
            matched |= hits
        elif not hits:
            counts[relation][1] += 1
            wrong.append(min(keys))
        for rule in rules_of[keys]:
            by_rule[rule][0 if hits else 1] += 1
    missed = sorted(gold - matched)
    for key in missed:
        counts[key[0]][2] += 1
    return Score({r: tuple(c) for r, c in counts.items()}, tuple(missed), tuple(sorted(wrong)),
                 {r: tuple(c) for r, c in by_rule.items()})


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
