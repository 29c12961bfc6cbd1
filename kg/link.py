"""Link people, works, companies and places to Wikidata, with a score a reviewer can read.

1. Every entity of the store and what the graph says around it (credits,
   release years, countries) is read once.
2. Candidates come from Wikidata by label and alias, every name in both
   orders and with accents folded, 25 names to a query (`VALUES`).
3. One batched query brings the candidates' facts (P31, P106, dates,
   credits, ids) and one the classes those facts belong to (P279*).
4. Each candidate is scored: name, type (required), and the context the
   article gives: graph agreement (the candidate film credits the
   candidate person), occupation, dates, and being the only candidate of
   the right type. A bare name never reaches the threshold.
5. Links at or above the threshold, with a clear lead over the next
   candidate, are written with their score and method; every attempt and
   its candidates are kept for `kg link review`. All writes are one
   transaction, after every answer has arrived.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from anyascii import anyascii

from kg._text import slug
from kg._wikidata import CacheMiss, ClientConfig, ResponseCache, WikidataClient
from kg.errors import LinkError
from kg.inputs import is_web_url
from kg.model import decimal_lexical
from kg.settings import Settings

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
SCHEMA = "https://schema.org/"
KG = "https://kg.example.org/ns#"

# Real Wikidata classes that say what a candidate is.
HUMAN, FILM, TV_SERIES, LITERARY_WORK, MANGA, COMICS = "Q5", "Q11424", "Q5398426", "Q7725634", "Q8274", "Q1004"
TV_EPISODE = "Q21191270"
ORGANIZATION, COUNTRY, CITY, SETTLEMENT, TERRITORY = "Q43229", "Q6256", "Q515", "Q486972", "Q56061"
DIRECTOR, SCREENWRITER, ACTOR, WRITER, FILM_PRODUCER = "Q2526255", "Q28389", "Q33999", "Q36180", "Q3282637"
ROOTS = (HUMAN, FILM, TV_SERIES, TV_EPISODE, LITERARY_WORK, MANGA, COMICS, ORGANIZATION, COUNTRY, CITY, SETTLEMENT,
         TERRITORY, DIRECTOR, SCREENWRITER, ACTOR, WRITER, FILM_PRODUCER)
EXPECTED = {
    "Person": {HUMAN}, "Movie": {FILM}, "TVSeries": {TV_SERIES}, "TVEpisode": {TV_EPISODE},
    "CreativeWork": {FILM, TV_SERIES}, "Book": {LITERARY_WORK}, "ComicSeries": {MANGA, COMICS},
    "Organization": {ORGANIZATION}, "Country": {COUNTRY}, "City": {CITY, SETTLEMENT},
    "Place": {CITY, SETTLEMENT, COUNTRY, TERRITORY},
}
TYPE_NAMES = {HUMAN: "human", FILM: "film", TV_SERIES: "television series", TV_EPISODE: "television series episode",
              LITERARY_WORK: "literary work", MANGA: "manga", COMICS: "comics", ORGANIZATION: "organization",
              COUNTRY: "country", CITY: "city", SETTLEMENT: "human settlement", TERRITORY: "administrative territory"}
OCCUPATIONS = {"director": DIRECTOR, "writer": SCREENWRITER, "author": WRITER, "actor": ACTOR,
               "producer": FILM_PRODUCER}
# The Wikidata property that states each relation of kg's graph, from the work's side.
RELATION_PROPERTIES = {"director": "P57", "writer": "P58", "actor": "P161", "company": "P272",
                       "country": "P495", "contained": "P17", "author": "P50", "creator": "P170"}
FACT_PROPERTIES = ("P31", "P106", "P569", "P570", "P577", "P57", "P161", "P58", "P272", "P495", "P345", "P4947",
                   "P17", "P131", "P749", "P50", "P170")
ENRICH_PROPERTIES = ("P18", "P569", "P856", "P345")
LINK_GRAPHS = ("graph/wikidata-links", "graph/wikidata-attempts", "graph/wikidata-enrichment", "graph/link-decisions")
NAME_BATCH, ITEM_BATCH = 25, 50


@dataclass
class Subject:
    """An entity of kg's graph, with what the graph says around it."""

    iri: str
    types: set[str]
    names: list[str]
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (work, relation, thing)
    years: set[int] = field(default_factory=set)

    @property
    def kind(self) -> str:
        for name in ("Person", "Movie", "TVSeries", "TVEpisode", "Book", "ComicSeries", "Organization", "Country",
                     "City"):
            if name in self.types:
                return name
        return "CreativeWork" if "CreativeWork" in self.types else "Place"


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    description: str
    score: float
    method: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Attempt:
    """The outcome for one entity: linked, or why not, with every candidate and its score."""

    iri: str
    name: str
    kind: str
    outcome: str  # linked | below threshold | ambiguous | no candidate | not in cache | rejected by editor
    candidates: tuple[Candidate, ...]
    link: Candidate | None = None


@dataclass(frozen=True)
class LinkReport:
    attempts: tuple[Attempt, ...]
    requests_sent: int

    @property
    def linked(self) -> list[Attempt]:
        return [a for a in self.attempts if a.link]


@dataclass
class _Facts:
    """What Wikidata says of the candidates."""

    values: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    labels: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    roots: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # class -> root classes

    def classes(self, qid: str, prop: str) -> set[str]:
        found = set()
        for value in self.values[qid][prop]:
            found |= self.roots.get(value, set()) | ({value} if value in ROOTS else set())
        return found

    def year(self, qid: str, prop: str) -> set[int]:
        return {int(v[:4]) for v in self.values[qid][prop] if re.match(r"^-?\d{4}", v)}


def cache_path(settings: Settings) -> Path:
    """The cache lives beside the store: `kg-store.wikidata-cache.sqlite` for `kg-store`; for a remote store,
    in the working directory, named after the endpoint."""
    from kg.store import is_remote

    if is_remote(settings.store):
        return Path(f"{slug(settings.store)}.wikidata-cache.sqlite")
    store = Path(settings.store)
    return store.parent / f"{store.name}.wikidata-cache.sqlite"


def link_entities(store, *, settings: Settings, config: ClientConfig, threshold: float = 0.85,
                  types: Iterable[str] | None = None, enrich: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> LinkReport:
    """Link the store's entities to Wikidata and write the links (all or nothing).

    With `types`, only entities of those types are linked again, and only their links, attempts and
    enrichment are replaced: every other entity keeps what it had, editors' decisions included.
    """
    from kg import __version__

    chosen = _checked_types(types)
    cache = ResponseCache(cache_path(settings))
    client = WikidataClient(config, cache, version=__version__)
    try:
        subjects = _subjects(store, chosen)
        decisions = _decisions(store, settings)
        attempts = _keep_links_not_in_cache(store, settings,
                                            _link(client, subjects, decisions, threshold, progress))
        enrichment = _enrich(client, attempts) if enrich else None
    finally:
        cache.close()
    _write(store, settings, attempts, enrichment, only={s.iri for s in subjects} if chosen else None)
    return LinkReport(tuple(attempts), client.requests_sent)


def _checked_types(types: Iterable[str] | None) -> set[str] | None:
    """The types asked for, each one kg links; an unknown (or misspelt) type is refused, not ignored."""
    if types is None:
        return None
    chosen = {t.strip() for t in types if t.strip()}
    unknown = sorted(chosen - set(_KINDS))
    if unknown or not chosen:
        raise LinkError(f"unknown type {unknown[0] if unknown else ''!r} for --types; use some of: "
                        f"{', '.join(_KINDS)}")
    return chosen


def _link(client: WikidataClient, subjects: list[Subject], decisions: dict, threshold: float,
          progress: Callable[[int, int], None] | None) -> list[Attempt]:
    by_name: dict[str, dict[str, str]] = {}
    offline_misses: set[str] = set()
    variants = {s.iri: _variants(s) for s in subjects}
    all_variants = sorted({v for vs in variants.values() for v in vs})
    batches = [all_variants[i:i + NAME_BATCH] for i in range(0, len(all_variants), NAME_BATCH)]
    for done, batch in enumerate(batches, start=1):
        try:
            by_name.update(_candidates(client, batch))
        except CacheMiss:
            offline_misses.update(batch)
        if progress:
            progress(done, len(batches) + 2)
    candidates = {s.iri: _merge(by_name.get(v, {}) for v in variants[s.iri]) for s in subjects}
    qids = sorted({q for found in candidates.values() for q in found})
    facts = _facts(client, qids)
    if progress:
        progress(len(batches) + 2, len(batches) + 2)
    attempts = []
    for subject in subjects:
        if subject.iri in decisions.get("accept", {}):
            qid = decisions["accept"][subject.iri]
            chosen = Candidate(qid, facts.labels.get(qid, ""), facts.descriptions.get(qid, ""), 1.0, "editor",
                               ("accepted by an editor",))
            attempts.append(Attempt(subject.iri, subject.names[0], subject.kind, "linked", (chosen,), chosen))
            continue
        rejected = decisions.get("reject", {}).get(subject.iri, set())
        found = {q: how for q, how in candidates[subject.iri].items() if q not in rejected}
        if not found and set(variants[subject.iri]) & offline_misses:
            attempts.append(Attempt(subject.iri, subject.names[0], subject.kind, "not in cache", ()))
            continue
        scored = _score(subject, found, facts, candidates)
        attempts.append(_decide(subject, scored, threshold, bool(rejected)))
    return attempts


def _keep_links_not_in_cache(store, settings: Settings, attempts: list[Attempt]) -> list[Attempt]:
    """Offline, an entity the cache knows nothing about keeps the link it had."""
    links = _graph(settings, "graph/wikidata-links")
    existing = {row["e"].value: (row["i"].value.removeprefix(WD), float(row["s"].value), row["m"].value)
                for row in store.query(f"SELECT ?e ?i ?s ?m WHERE {{ GRAPH <{links}> {{ ?st rdf:subject ?e ; "
                                       "rdf:object ?i ; kg:linkScore ?s ; kg:linkMethod ?m } }")}
    kept = []
    for attempt in attempts:
        if attempt.outcome == "not in cache" and attempt.iri in existing:
            qid, score, method = existing[attempt.iri]
            link = Candidate(qid, "", "", score, method, ("kept from the previous run",))
            attempt = Attempt(attempt.iri, attempt.name, attempt.kind, "linked", (link,), link)
        kept.append(attempt)
    return kept


def _decide(subject: Subject, scored: list[Candidate], threshold: float, had_rejections: bool) -> Attempt:
    name = subject.names[0]
    if not scored:
        outcome = "rejected by editor" if had_rejections else "no candidate"
        return Attempt(subject.iri, name, subject.kind, outcome, ())
    best = scored[0]
    if best.score < threshold:
        return Attempt(subject.iri, name, subject.kind, "below threshold", tuple(scored))
    if len(scored) > 1 and best.score - scored[1].score < 0.1:
        return Attempt(subject.iri, name, subject.kind, "ambiguous", tuple(scored))
    return Attempt(subject.iri, name, subject.kind, "linked", tuple(scored), best)


# --- reading the store ---------------------------------------------------------------------------------

_KINDS = ("Person", "Movie", "TVSeries", "TVEpisode", "CreativeWork", "Book", "ComicSeries", "Organization", "Place",
          "City", "Country")


def _subjects(store, types: set[str] | None) -> list[Subject]:
    subjects: dict[str, Subject] = {}
    values = " ".join(f"schema:{k}" for k in _KINDS)
    for row in store.query(f"SELECT ?e ?t ?n WHERE {{ VALUES ?t {{ {values} }} ?e a ?t ; schema:name ?n }}"):
        iri, kind = row["e"].value, row["t"].value.removeprefix(SCHEMA)
        subject = subjects.setdefault(iri, Subject(iri, set(), []))
        subject.types.add(kind)
        if row["n"].value not in subject.names:
            subject.names.append(row["n"].value)
    for row in store.query("SELECT ?e ?n WHERE { ?e schema:alternateName ?n }"):
        if row["e"].value in subjects and row["n"].value not in subjects[row["e"].value].names:
            subjects[row["e"].value].names.append(row["n"].value)
    for row in store.query(_EDGES):
        work, relation, thing = row["w"].value, row["r"].value, row["x"].value
        for iri in (work, thing):
            if iri in subjects:
                subjects[iri].edges.append((work, relation, thing))
    credited: dict[str, set[str]] = defaultdict(set)  # work -> what is credited on it
    for subject in subjects.values():
        for work, _, thing in subject.edges:
            if thing == subject.iri:
                credited[work].add(thing)
    for row in store.query("SELECT ?w ?d WHERE { ?w schema:releasedEvent/schema:startDate ?d }"):
        year, work = int(row["d"].value[:4]), row["w"].value
        for iri in {work} | credited[work]:
            if iri in subjects:
                subjects[iri].years.add(year)
    chosen = [s for s in subjects.values() if types is None or s.types & types or s.kind in types]
    return sorted(chosen, key=lambda s: s.iri)


_EDGES = """
SELECT DISTINCT ?w ?r ?x WHERE {
  { ?w schema:director ?x . BIND("director" AS ?r) }
  UNION { ?w schema:author ?x . ?w a ?t .
          FILTER(?t IN (schema:Movie, schema:TVSeries, schema:TVEpisode, schema:CreativeWork)) BIND("writer" AS ?r) }
  UNION { ?w schema:author ?x . ?w a ?t . FILTER(?t IN (schema:Book, schema:ComicSeries)) BIND("author" AS ?r) }
  UNION { ?w schema:creator ?x . BIND("creator" AS ?r) }
  UNION { ?w schema:actor ?x . ?x a schema:Person . BIND("actor" AS ?r) }
  UNION { ?w schema:actor/schema:actor ?x . BIND("actor" AS ?r) }
  UNION { ?w schema:producer ?x . BIND("producer" AS ?r) }
  UNION { ?w schema:productionCompany ?x . BIND("company" AS ?r) }
  UNION { ?w schema:countryOfOrigin ?x . BIND("country" AS ?r) }
  UNION { ?w schema:containedInPlace ?x . BIND("contained" AS ?r) }
}"""


def _variants(subject: Subject) -> list[str]:
    """Every way Wikidata may write the entity's names: as written, the other order, accents folded."""
    out: list[str] = []
    for name in subject.names:
        forms = [name, anyascii(name)]
        words = name.split()
        if subject.kind == "Person" and len(words) == 2:
            forms += [f"{words[1]} {words[0]}", anyascii(f"{words[1]} {words[0]}")]
        for form in forms:
            if form not in out:
                out.append(form)
    return out


def _merge(found: Iterable[dict[str, str]]) -> dict[str, str]:
    """Candidates of all name variants; a label match beats an alias match."""
    merged: dict[str, str] = {}
    for candidates in found:
        for qid, how in candidates.items():
            if merged.get(qid) != "label":
                merged[qid] = how
    return merged


# --- asking Wikidata -----------------------------------------------------------------------------------

def _candidates(client: WikidataClient, names: list[str]) -> dict[str, dict[str, str]]:
    """For each name: the items carrying it as English (or multilingual) label or alias."""
    values = " ".join(str(ox.Literal(n, language=lang)) for n in names for lang in ("en", "mul"))
    query = (f"SELECT ?name ?item ?how WHERE {{ VALUES ?name {{ {values} }}\n"
             "  { ?item rdfs:label ?name . BIND(\"label\" AS ?how) }\n"
             "  UNION { ?item skos:altLabel ?name . BIND(\"alias\" AS ?how) } }")
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in client.select(query, required=("name", "item", "how")):
        qid = _qid(row["item"])
        if qid and found[row["name"].value].get(qid) != "label":
            found[row["name"].value][qid] = "label" if row["how"].value == "label" else "alias"
    return found


def _facts(client: WikidataClient, qids: list[str]) -> _Facts:
    facts = _Facts()
    properties = " ".join(f"wdt:{p}" for p in FACT_PROPERTIES)
    for start in range(0, len(qids), ITEM_BATCH):
        items = " ".join(f"wd:{q}" for q in qids[start:start + ITEM_BATCH])
        query = (f"SELECT ?item ?p ?o WHERE {{ VALUES ?item {{ {items} }}\n"
                 f"  {{ VALUES ?p {{ {properties} }} ?item ?p ?o }}\n"
                 "  UNION { ?item rdfs:label ?o . FILTER(LANG(?o) = \"en\") BIND(rdfs:label AS ?p) }\n"
                 "  UNION { ?item schema:description ?o . FILTER(LANG(?o) = \"en\") BIND(schema:description AS ?p) }"
                 " }")
        for row in _select_or_empty(client, query, ("item", "p", "o")):
            qid, prop, value = _qid(row["item"]), row["p"].value, row["o"].value
            if qid is None:
                continue
            if prop.endswith("#label"):
                facts.labels[qid] = value
            elif prop.endswith("/description"):
                facts.descriptions[qid] = value
            else:
                facts.values[qid][prop.removeprefix(WDT)].add(value.removeprefix(WD))
    classes = sorted({c for q in qids for p in ("P31", "P106") for c in facts.values[q][p]})
    roots = " ".join(f"wd:{r}" for r in ROOTS)
    for start in range(0, len(classes), ITEM_BATCH):
        values = " ".join(f"wd:{c}" for c in classes[start:start + ITEM_BATCH] if re.fullmatch(r"Q\d+", c))
        if not values:
            continue
        query = f"SELECT ?class ?root WHERE {{ VALUES ?class {{ {values} }} VALUES ?root {{ {roots} }} " \
                "?class wdt:P279* ?root }"
        for row in _select_or_empty(client, query, ("class", "root")):
            if _qid(row["class"]) and _qid(row["root"]):
                facts.roots[_qid(row["class"])].add(_qid(row["root"]))
    return facts


def _select_or_empty(client: WikidataClient, query: str, required: tuple[str, ...]) -> list[dict]:
    try:
        return client.select(query, required=required)
    except CacheMiss:
        return []


def _qid(term) -> str | None:
    """The item id of a Wikidata entity IRI (Q42), or None for anything else an answer may hold."""
    value = getattr(term, "value", "")
    qid = value.removeprefix(WD) if isinstance(term, ox.NamedNode) else ""
    return qid if re.fullmatch(r"Q\d{1,12}", qid) else None


# --- scoring -------------------------------------------------------------------------------------------

def _score(subject: Subject, found: dict[str, str], facts: _Facts,
           candidates: dict[str, dict[str, str]]) -> list[Candidate]:
    """Candidates of the right type, best first, each with its score and the reasons for it."""
    expected = EXPECTED[subject.kind]
    typed = {q: how for q, how in found.items() if facts.classes(q, "P31") & expected}
    scored = []
    for qid, how in typed.items():
        name = 1.0 if how == "label" else 0.9
        reasons = [f"name: {how} {facts.labels.get(qid, '')!r}",
                   f"type: {', '.join(sorted(TYPE_NAMES[c] for c in facts.classes(qid, 'P31') & expected))}"]
        evidence, penalty, method = 0.0, 0.0, [how, "type"]
        graph = _graph_agreement(subject, qid, facts, candidates)
        if graph:
            evidence += 0.3
            reasons.append(f"graph: {graph}")
            method.append("graph")
        occupation = _occupation(subject, qid, facts)
        if occupation is True:
            evidence += 0.15
            reasons.append("occupation agrees with the article's credits")
            method.append("occupation")
        elif occupation is False:
            penalty -= 0.15
            reasons.append("occupation does not fit the article's credits")
        dates = _dates(subject, qid, facts)
        if dates is True:
            evidence += 0.1
            reasons.append("dates agree")
            method.append("dates")
        elif dates is False:
            penalty -= 0.4
            reasons.append("dates conflict with the article")
        if len(typed) == 1 and subject.kind != "Person":  # a person's name alone is never enough
            evidence += 0.15
            reasons.append("the only candidate of this type")
            method.append("unique")
        score = round(max(0.0, min(1.0, 0.5 * name + 0.2 + min(evidence, 0.3) + penalty)), 3)
        scored.append(Candidate(qid, facts.labels.get(qid, ""), facts.descriptions.get(qid, ""), score,
                                "+".join(method), tuple(reasons)))
    return sorted(scored, key=lambda c: (-c.score, c.qid))


def _graph_agreement(subject: Subject, qid: str, facts: _Facts, candidates: dict[str, dict[str, str]]) -> str:
    """A Wikidata statement joining this candidate to a candidate of something the article joins it to
    (the first in sorted order, so that the reason does not depend on the order a store returns rows in)."""
    for work, relation, thing in sorted(subject.edges):
        prop = RELATION_PROPERTIES.get(relation)
        if not prop:
            continue
        if thing == subject.iri:  # the subject is credited on `work`
            for work_qid in sorted(candidates.get(work, {})):
                if qid in facts.values[work_qid][prop]:
                    return f"{work_qid} {prop} {qid}"
        else:  # the subject is the work
            for thing_qid in sorted(candidates.get(thing, {})):
                if thing_qid in facts.values[qid][prop]:
                    return f"{qid} {prop} {thing_qid}"
    return ""


def _occupation(subject: Subject, qid: str, facts: _Facts) -> bool | None:
    if subject.kind != "Person":
        return None
    roles = {OCCUPATIONS[r] for w, r, x in subject.edges if x == subject.iri and r in OCCUPATIONS}
    held = facts.classes(qid, "P106")
    if not roles or not facts.values[qid]["P106"]:
        return None
    return bool(roles & held)


def _dates(subject: Subject, qid: str, facts: _Facts) -> bool | None:
    """People alive and grown when their works came out (or not: a conflict); works released when the article
    says (an agreement)."""
    if not subject.years:
        return None
    if subject.kind == "Person":
        born, died = facts.year(qid, "P569"), facts.year(qid, "P570")
        if not born:
            return None
        grown = all(y - min(born) >= 8 for y in subject.years)
        alive = not died or all(y - max(died) <= 1 for y in subject.years)
        # Most namesakes were alive too: fitting dates only rule out, they never count for a person.
        return None if grown and alive else False
    published = facts.year(qid, "P577")
    if not published:
        return None
    return any(abs(y - p) <= 1 for y in subject.years for p in published)


# --- enrichment ----------------------------------------------------------------------------------------

def _enrich(client: WikidataClient, attempts: list[Attempt]) -> list[ox.Triple]:
    """Image, birth date, official website, IMDb and Wikipedia pages of the linked entities."""
    linked = {a.link.qid: a for a in attempts if a.link}
    triples: list[ox.Triple] = []
    qids = sorted(linked)
    props = " ".join(f"wdt:{p}" for p in ENRICH_PROPERTIES)
    for start in range(0, len(qids), ITEM_BATCH):
        items = " ".join(f"wd:{q}" for q in qids[start:start + ITEM_BATCH])
        query = (f"SELECT ?item ?p ?o WHERE {{ VALUES ?item {{ {items} }}\n"
                 f"  {{ VALUES ?p {{ {props} }} ?item ?p ?o }}\n"
                 "  UNION { ?o schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . "
                 "BIND(schema:about AS ?p) } }")
        for row in _select_or_empty(client, query, ("item", "p", "o")):
            attempt = linked.get(_qid(row["item"]) or "")
            triple = attempt and _enrichment_triple(attempt, row["p"].value, row["o"].value)
            if triple:
                triples.append(triple)
    return triples


def _enrichment_triple(attempt: Attempt, prop: str, value: str) -> ox.Triple | None:
    subject = ox.NamedNode(attempt.iri)
    prop = prop.removeprefix(WDT)
    if prop == "P18" and is_web_url(value):
        url = value.replace("http://commons.wikimedia.org/", "https://commons.wikimedia.org/")
        return ox.Triple(subject, ox.NamedNode(SCHEMA + "image"), ox.NamedNode(url))
    if prop == "P569" and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return ox.Triple(subject, ox.NamedNode(SCHEMA + "birthDate"),
                         ox.Literal(value[:10], datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))
    if prop == "P856" and is_web_url(value):
        return ox.Triple(subject, ox.NamedNode(SCHEMA + "url"), ox.NamedNode(value))
    if prop == "P345" and re.fullmatch(r"(nm|tt|co)\d+", value):
        kind = {"nm": "name", "tt": "title", "co": "company"}[value[:2]]
        return ox.Triple(subject, ox.NamedNode(SCHEMA + "sameAs"), ox.NamedNode(f"https://www.imdb.com/{kind}/{value}/"))
    if prop.endswith("about") and value.startswith("https://en.wikipedia.org/wiki/") and is_web_url(value):
        return ox.Triple(subject, ox.NamedNode(SCHEMA + "sameAs"), ox.NamedNode(value))
    return None


# --- writing -------------------------------------------------------------------------------------------

def _graph(settings: Settings, name: str) -> str:
    return f"{settings.base_iri}{name}"


def _write(store, settings: Settings, attempts: list[Attempt], enrichment: list[ox.Triple] | None,
           only: set[str] | None = None) -> None:
    """Links and attempts (and enrichment, when asked) replace their graphs in one transaction; with `only`,
    just what those graphs hold about the entities `only` names is replaced."""
    now = _now()
    links, tried = [], []
    for attempt in attempts:
        tried.extend(_attempt_triples(settings, attempt))
        if attempt.link:
            links.extend(_link_triples(settings, attempt.iri, attempt.link, now))
    graphs = {_graph(settings, "graph/wikidata-links"): _nt(links),
              _graph(settings, "graph/wikidata-attempts"): _nt(tried)}
    if enrichment is not None:
        graphs[_graph(settings, "graph/wikidata-enrichment")] = _nt(enrichment)
    if only is not None:
        graphs = {graph: _nt(_others(store, graph, only)) + "\n" + text for graph, text in graphs.items()}
    store.replace_graphs(graphs)


def _others(store, graph: str, entities: set[str]) -> list[ox.Triple]:
    """The triples of one of the link graphs that are not about `entities`: neither about them, nor about a
    statement or attempt whose subject they are (rdf:subject, kg:entity), nor about that attempt's candidates."""
    if not store.has_graph(graph):
        return []
    triples = [q.triple for q in store.quads(graph)]
    pointers = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", KG + "entity"}
    owned = set(entities) | {t.subject.value for t in triples
                             if t.predicate.value in pointers and t.object.value in entities}
    owned |= {t.object.value for t in triples if t.predicate.value == KG + "candidate" and t.subject.value in owned}
    return [t for t in triples if t.subject.value not in owned]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _link_triples(settings: Settings, entity: str, link: Candidate, when: str) -> list[ox.Triple]:
    subject, item = ox.NamedNode(entity), ox.NamedNode(WD + link.qid)
    statement = ox.NamedNode(f"{settings.base_iri}link/{slug(entity.removeprefix(settings.base_iri))}")
    same_as = ox.NamedNode(SCHEMA + "sameAs")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    return [
        ox.Triple(subject, same_as, item),
        ox.Triple(statement, ox.NamedNode(rdf + "type"), ox.NamedNode(rdf + "Statement")),
        ox.Triple(statement, ox.NamedNode(rdf + "subject"), subject),
        ox.Triple(statement, ox.NamedNode(rdf + "predicate"), same_as),
        ox.Triple(statement, ox.NamedNode(rdf + "object"), item),
        ox.Triple(statement, ox.NamedNode(KG + "linkScore"), ox.Literal(decimal_lexical(link.score), datatype=decimal)),
        ox.Triple(statement, ox.NamedNode(KG + "linkMethod"), ox.Literal(link.method)),
        ox.Triple(statement, ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime"),
                  ox.Literal(when, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))),
    ]


def _attempt_triples(settings: Settings, attempt: Attempt) -> list[ox.Triple]:
    node = ox.NamedNode(f"{settings.base_iri}link-attempt/{slug(attempt.iri.removeprefix(settings.base_iri))}")
    triples = [ox.Triple(node, ox.NamedNode(KG + "entity"), ox.NamedNode(attempt.iri)),
               ox.Triple(node, ox.NamedNode(KG + "outcome"), ox.Literal(attempt.outcome))]
    for candidate in attempt.candidates:
        cand = ox.NamedNode(f"{node.value}/{candidate.qid}")
        triples += [
            ox.Triple(node, ox.NamedNode(KG + "candidate"), cand),
            ox.Triple(cand, ox.NamedNode(KG + "item"), ox.NamedNode(WD + candidate.qid)),
            ox.Triple(cand, ox.NamedNode(KG + "score"), ox.Literal(decimal_lexical(candidate.score),
                                                                  datatype=ox.NamedNode(
                                                                      "http://www.w3.org/2001/XMLSchema#decimal"))),
            ox.Triple(cand, ox.NamedNode(KG + "linkMethod"), ox.Literal(candidate.method)),
            ox.Triple(cand, ox.NamedNode(KG + "reason"), ox.Literal("; ".join(candidate.reasons))),
            ox.Triple(cand, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(candidate.label)),
            ox.Triple(cand, ox.NamedNode(SCHEMA + "description"), ox.Literal(candidate.description)),
        ]
    return triples


def _nt(triples: list[ox.Triple]) -> str:
    return "\n".join(f"{t} ." for t in sorted(set(triples), key=str))


# --- editors' decisions, review and export -----------------------------------------------------------------

def _decisions(store, settings: Settings) -> dict[str, dict]:
    graph = _graph(settings, "graph/link-decisions")
    accept: dict[str, str] = {}
    reject: dict[str, set[str]] = defaultdict(set)
    rows = store.query(f"SELECT ?e ?i ?d WHERE {{ GRAPH <{graph}> {{ ?n kg:entity ?e ; kg:item ?i ; "
                       "kg:decision ?d } }")
    for row in rows:
        qid = row["i"].value.removeprefix(WD)
        if row["d"].value == "accept":
            accept[row["e"].value] = qid
        else:
            reject[row["e"].value].add(qid)
    return {"accept": accept, "reject": dict(reject)}


def decide(store, entity: str, qid: str, decision: str, *, settings: Settings) -> None:
    """Record an editor's accept or reject; an accepted link replaces the entity's link at once."""
    if not re.fullmatch(r"Q\d+", qid):
        raise LinkError(f"{qid!r} is not a Wikidata item id; give one like Q907311")
    if not store.has_entity(entity):
        raise LinkError(f"no entity {entity} in the store; see `kg link review` or `kg query run find_entity`")
    graph = _graph(settings, "graph/link-decisions")
    links = _graph(settings, "graph/wikidata-links")
    node = f"{settings.base_iri}decision/{slug(entity.removeprefix(settings.base_iri))}/{qid}"
    # An entity has one accepted item at most; a decision on the same item replaces the earlier one.
    update = [f"DELETE WHERE {{ GRAPH <{graph}> {{ ?n kg:entity <{entity}> ; kg:decision \"accept\" ; ?p ?o }} }}"
              if decision == "accept" else "",
              f"DELETE WHERE {{ GRAPH <{graph}> {{ <{node}> ?p ?o }} }}",
              f"INSERT DATA {{ GRAPH <{graph}> {{ <{node}> kg:entity <{entity}> ; kg:item <{WD}{qid}> ; "
              f"kg:decision \"{decision}\" }} }}"]
    if decision == "accept":
        update.append(f"DELETE WHERE {{ GRAPH <{links}> {{ <{entity}> schema:sameAs ?i }} }}")
        link = Candidate(qid, "", "", 1.0, "editor", ())
        now = _now()
        statement = f"{settings.base_iri}link/{slug(entity.removeprefix(settings.base_iri))}"
        update.append(f"DELETE WHERE {{ GRAPH <{links}> {{ <{statement}> ?p ?o }} }}")
        update.append(f"INSERT DATA {{ GRAPH <{links}> {{ {_nt(_link_triples(settings, entity, link, now))} }} }}")
    else:
        statement = f"{settings.base_iri}link/{slug(entity.removeprefix(settings.base_iri))}"
        update.append(f"DELETE {{ GRAPH <{links}> {{ <{entity}> schema:sameAs <{WD}{qid}> . <{statement}> ?p ?o }} }} "
                      f"WHERE {{ GRAPH <{links}> {{ <{statement}> rdf:object <{WD}{qid}> ; ?p ?o }} }}")
    store.update("PREFIX kg: <https://kg.example.org/ns#> PREFIX schema: <https://schema.org/> "
                 "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                 + " ;\n".join(u for u in update if u))


REVIEW_QUERY = """
SELECT DISTINCT ?entity ?name ?outcome ?item ?label ?score ?reason WHERE {
  ?attempt kg:entity ?entity ; kg:outcome ?outcome .
  FILTER(?outcome != "linked")
  OPTIONAL { ?entity schema:name ?name }
  OPTIONAL { ?attempt kg:candidate ?c . ?c kg:item ?item ; kg:score ?score ; kg:reason ?reason ; rdfs:label ?label }
}
ORDER BY ?outcome ?entity DESC(?score)"""

EXPORT_QUERY = """
SELECT DISTINCT ?entity ?name ?item ?label ?score ?method WHERE {
  ?st a rdf:Statement ; rdf:subject ?entity ; rdf:predicate schema:sameAs ; rdf:object ?item ;
      kg:linkScore ?score ; kg:linkMethod ?method .
  OPTIONAL { ?entity schema:name ?name }
  OPTIONAL { ?attempt kg:entity ?entity ; kg:candidate ?c . ?c kg:item ?item ; rdfs:label ?label }
}
ORDER BY ?entity"""
