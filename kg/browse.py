"""The graph for people to read: an entity's facts with their sources, an article's facts in its text,
search by name, an entity's neighbourhood and its linked-data description.

`kg serve` renders these views, `kg explain` prints an entity's facts, and
`kg fact` names the facts they show; none of them knows SPARQL. A fact that
needs a node in between (a cast credit with a character goes through a
PerformanceRole, a release or filming date through an event) is shown as
one fact from the side of the entity being read.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox
from anyascii import anyascii

from kg._text import fold, fold_long_vowels, person_key, title_key
from kg.corrections import CONFIRMED, REJECTED, Correction, fact_key, list_corrections
from kg.errors import QueryError
from kg.settings import Settings
from kg.store import Links

SCHEMA = "https://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
KG = "https://kg.example.org/ns#"
PROV = "http://www.w3.org/ns/prov#"
WD = "http://www.wikidata.org/entity/"
ENTITY_TYPES = ("Person", "Movie", "TVSeries", "TVEpisode", "CreativeWork", "Book", "ComicSeries", "Organization",
                "Place", "City", "Country")
KINDS = {"Person": "person", "Movie": "work", "TVSeries": "work", "TVEpisode": "work", "CreativeWork": "work",
         "Book": "work", "ComicSeries": "work", "Organization": "organization", "Place": "place", "City": "place",
         "Country": "place"}
_ENTITY_VALUES = " ".join(f"schema:{t}" for t in ENTITY_TYPES)

# The heading of a fact, read from its subject (OUT) or from its object (IN).
OUT = {"director": "Directed by", "author": "Written by", "creator": "Created by", "producer": "Produced by",
       "productionCompany": "Production company", "actor": "Cast", "countryOfOrigin": "Country of origin",
       "isBasedOn": "Based on", "partOfSeries": "Episode of", "alternateName": "Also known as", "genre": "Genre",
       "numberOfSeasons": "Seasons", "numberOfEpisodes": "Episodes", "description": "Description",
       "containedInPlace": "Located in", "locationCreated": "Filmed in", "releaseDate": "Release date",
       "releasedOn": "Released on", "filmingStart": "Filming began", "filmingEnd": "Filming ended"}
IN = {"director": "Directed", "author": "Wrote", "creator": "Created", "producer": "Produced",
      "productionCompany": "Produced", "actor": "Acted in", "countryOfOrigin": "Works from here",
      "isBasedOn": "Adapted as", "partOfSeries": "Its episodes", "containedInPlace": "Contains",
      "locationCreated": "Filmed here", "releasedOn": "Released here"}
_ORDER = list(OUT.values()) + list(IN.values())
# The facts a page lists of each link to the entity (and the links its neighbourhood is drawn from): a network
# has released a thousand works, a country made them; the page counts the rest and shows them on request.
SHOWN = 30


@dataclass(frozen=True)
class Segment:
    """A piece of text; `marked` pieces are the words that state a fact (or, in an article, its evidence)."""

    text: str
    marked: bool = False
    facts: tuple[str, ...] = ()   # the keys of the facts a marked piece of an article states


@dataclass(frozen=True)
class Evidence:
    sentence: tuple[Segment, ...]
    article: str
    headline: str
    rule: str
    confidence: float
    start: int = -1
    end: int = -1
    statement: str = ""


@dataclass
class Fact:
    """One fact as a reader sees it; `triple` is what a correction acts on."""

    relation: str
    triple: ox.Triple
    value: str
    value_iri: str | None = None
    detail: str = ""
    subject_label: str = ""
    subject_iri: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    confirmed: Correction | None = None
    sources: int = 0   # the statements of the fact in the store, of which `evidence` may show only some

    @property
    def key(self) -> str:
        return fact_key(self.triple)


@dataclass(frozen=True)
class Name:
    text: str
    kind: str   # name, other order, native script, alias


@dataclass
class EntityView:
    iri: str
    name: str
    types: list[str]
    names: list[Name]
    facts: dict[str, list[Fact]]
    wikidata: str | None = None
    same_as: list[str] = field(default_factory=list)
    image: str | None = None
    birth_date: str | None = None
    website: str | None = None
    rejected: list[Correction] = field(default_factory=list)
    more: dict[str, int] = field(default_factory=dict)   # a heading's facts that are not listed, when bounded

    @property
    def kind(self) -> str:
        return next((KINDS[t] for t in self.types if t in KINDS), "thing")


@dataclass
class ArticleView:
    iri: str
    headline: str
    date: str | None
    url: str | None
    publisher: str | None
    author: str | None
    text: list[Segment]
    facts: list[Fact]
    entities: list[tuple[str, str, str]]   # (iri, name, about|mentions)
    rejected: list[Correction] = field(default_factory=list)


# --- reading the graph around a node ---------------------------------------------------------------------

class _Reader:
    """Lookups by node (the store's `outgoing`/`incoming`/`links_to`), each node fetched once per page.

    A page reads a few hundred triples around one node; index lookups find them
    in about a millisecond where a SPARQL join over the whole store can take
    far longer at a million triples. Each looked-up triple costs an index seek
    and all four of its terms decoded, though: the facts' statements and their
    sentences, many of the same shape, come from two queries anchored on the
    page's nodes instead (`_statements_about`, `_sources`).
    """

    def __init__(self, store) -> None:
        self.store = store
        self._out: dict[str, list[tuple]] = {}
        self._in: dict[tuple[str, frozenset[str] | None], list[tuple]] = {}
        self._glanced: dict[tuple[str, str | None], list[tuple]] = {}  # (node, predicate or all) from one graph
        self._links: dict[str, tuple[int | None, dict[str, Links]]] = {}  # node → (the limit read, its links)

    def out(self, nodes) -> dict[str, list[tuple]]:
        missing = [n for n in dict.fromkeys(nodes) if n not in self._out]
        self._out.update(self.store.outgoing(missing))
        return {n: self._out[n] for n in nodes}

    def incoming(self, nodes, predicates: frozenset[str] | None = None) -> dict[str, list[tuple]]:
        """What points at each node (through these predicates only, when given)."""
        keyed = {n: (n, predicates) for n in nodes}
        missing = [n for n in dict.fromkeys(nodes) if keyed[n] not in self._in]
        found = self.store.incoming(missing, sorted(predicates) if predicates is not None else None)
        self._in.update({keyed[n]: links for n, links in found.items()})
        return {n: self._in[keyed[n]] for n in nodes}

    def links(self, node: str, limit: int | None) -> dict[str, Links]:
        """What links to the node as facts and neighbours do (`Store.links_to`), up to `limit` subjects a
        predicate: read once at the largest limit asked, and cut, so the view and the neighbourhood of one
        page read the same first links."""
        read = self._links.get(node)
        if read is None or read[0] is not None and (limit is None or read[0] < limit):
            read = self._links[node] = (limit, self.store.links_to(node, _LINKS_TO, limit))
        return {p: Links(links.count, dict(islice(links.graphs.items(), limit))) for p, links in read[1].items()}

    def glance(self, nodes, predicates: list[str] | None = None) -> None:
        """Read nodes as one graph describes them (name, type), for nodes shown by name only: a hub's triples
        are repeated in each of its thousand articles, which reading it whole would go through. Given
        predicates, only those (a name, not a work's every credit; a headline, not an article's mentions)."""
        wanted = (None,) if predicates is None else tuple(predicates)
        missing: dict[tuple, list[str]] = defaultdict(list)  # the predicates not read yet → their nodes
        for n in dict.fromkeys(nodes):
            if n not in self._out and (n, None) not in self._glanced:
                lacking = tuple(p for p in wanted if (n, p) not in self._glanced)
                if lacking:
                    missing[lacking].append(n)
        for lacking, group in missing.items():
            chosen = None if lacking == (None,) else list(lacking)
            for node, pairs in self.store.described_once(group, chosen).items():
                for p in lacking:
                    self._glanced[(node, p)] = [(q, o) for q, o in pairs if p is None or q.value == p]

    def values(self, node: str, prop: str) -> list:
        if node in self._out:
            pairs = self._out[node]
        elif (node, None) in self._glanced:
            pairs = self._glanced[(node, None)]
        elif (node, prop) in self._glanced:
            pairs = self._glanced[(node, prop)]
        else:
            pairs = self.out([node])[node]
        return sorted((o for p, o in pairs if p.value == prop), key=str)

    def first(self, node: str, prop: str) -> str | None:
        values = self.values(node, prop)
        return values[0].value if values else None

    def types(self, node: str) -> set[str]:
        return {o.value.removeprefix(SCHEMA) for o in self.values(node, RDF_TYPE)}

    def labels(self, nodes) -> dict[str, str]:
        """Each node's name, or its headline (an article's) when it has none."""
        self.glance(nodes, [SCHEMA + "name"])
        self.glance([n for n in nodes if not self.first(n, SCHEMA + "name")], [SCHEMA + "headline"])
        found = {}
        for n in nodes:
            name = self.first(n, SCHEMA + "name") or self.first(n, SCHEMA + "headline")
            if name:
                found[n] = name
        return found


_MIDDLE_KINDS = {"PerformanceRole": "role", "PublicationEvent": "release", "Event": "filming"}
_STATEMENT_LINKS = frozenset({RDF + "subject", RDF + "object"})


# --- entities --------------------------------------------------------------------------------------------

def entity_view(store, iri: str, *, settings: Settings, every_source: bool = True,
                facts: int | None = None) -> EntityView:
    """Everything a reader wants of an entity: names, type, links, and its facts with their sources (every
    source, or one sentence a fact and the count of the others: a page about someone named in a thousand
    articles stays quick to read and to serve). Every fact, or up to `facts` of each link to the entity and
    the count of the others (`more`): a network's page does not list the thousand works it released."""
    return _entity_view(_Reader(store), iri, settings=settings, every_source=every_source, facts=facts)


def entity_page(store, iri: str, *, settings: Settings, every_source: bool = False, facts: int | None = SHOWN,
                limit: int = 36) -> tuple[EntityView, list[Neighbour]]:
    """An entity's view and its neighbourhood (see `neighbourhood`), as `kg serve` shows them: read together,
    the nodes both go through (the entity, its roles and events, the works' names) are looked up once."""
    reader = _Reader(store)
    return (_entity_view(reader, iri, settings=settings, every_source=every_source, facts=facts),
            _neighbourhood(reader, iri, limit=limit))


def _entity_view(reader: _Reader, iri: str, *, settings: Settings, every_source: bool,
                 facts: int | None) -> EntityView:
    store = reader.store
    names = [v.value for v in reader.values(iri, SCHEMA + "name")]
    if not names:
        raise QueryError(f"no entity {iri} in the store; search for it by name")
    same_as = [v.value for v in reader.values(iri, SCHEMA + "sameAs")]
    corrections = list_corrections(store, settings=settings)
    links = reader.links(iri, facts)
    middles = _entity_middles(reader, iri, [s for p, linked in links.items() if p in _HELD for s in linked.graphs])
    events = [m for m, middle in middles.items() if middle.kind != "role" and (middle.work or _owner(m)) == iri]
    stated = _statements_about(store, iri, events, links, every_source=every_source)
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in _fact_rows(reader, {st: triple for st, (triple, _) in stated.items()}, middles, focus=iri,
                           corrections=corrections):
        fact.sources = sum(stated[ev.statement][1] for ev in fact.evidence)
        grouped[fact.relation].append(fact)
    order = {name: n for n, name in enumerate(_ORDER)}
    ordered = {k: sorted(v, key=lambda f: (f.value.lower(), f.detail))
               for k, v in sorted(grouped.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))}
    return EntityView(
        iri=iri, name=names[0], types=sorted(reader.types(iri)),
        names=_names(names[0], [v.value for v in reader.values(iri, SCHEMA + "alternateName")]),
        facts=ordered, wikidata=next((s for s in same_as if s.startswith(WD)), None),
        same_as=[s for s in same_as if not s.startswith(WD)],
        image=reader.first(iri, SCHEMA + "image"), birth_date=reader.first(iri, SCHEMA + "birthDate"),
        website=reader.first(iri, SCHEMA + "url"),
        rejected=[c for c in corrections if c.verdict == REJECTED
                  and iri in (c.subject.value, getattr(c.object, "value", ""), _owner(c.subject.value))],
        more=_unlisted(links, grouped, iri))


def _unlisted(links: dict[str, Links], facts: dict[str, list[Fact]], focus: str) -> dict[str, int]:
    """How many facts of each heading the page leaves out: the links not read, of each predicate, under the
    heading of that predicate's listed facts (a fact seen from its object has its predicate's heading)."""
    headings = {f.triple.predicate.value: relation for relation, listed in facts.items() for f in listed
                if f.triple.object.value == focus}
    more: dict[str, int] = defaultdict(int)
    for p, linked in links.items():
        if linked.count > len(linked.graphs) and p in headings:
            more[headings[p]] += linked.count - len(linked.graphs)
    return dict(more)


def _statements_about(store, focus: str, events: list[str], links: dict[str, Links], *, every_source: bool
                      ) -> dict[str, tuple[ox.Triple, int]]:
    """The statements of the facts an entity's page can show, each with its triple and how many statements
    state that triple: every statement (each counted once), or the first of each fact (by IRI) with the count
    of all, grouped in the store rather than read one by one.

    Those whose subject is the entity or one of its own events (a work's release and filming), and those of
    the links to it that were read (`links`), each looked up in the graphs that state the link: a hub's
    statements are not all read to list a page of them. No other statement is shown from the entity's side
    (see `_shown`), not a role's type or character name (shown with the role, its "as C"), nor a work's
    credit seen from one of its actors. One query, which answers with only the terms a page shows: reading
    statements triple by triple through the indexes made a page with fifty facts take 1 ms a fact.
    """
    subjects = " ".join(str(ox.NamedNode(n)) for n in [focus, *events])
    entity = ox.NamedNode(focus)
    linked = " ".join(f"({ox.NamedNode(s)} {ox.NamedNode(p)} {ox.NamedNode(g)})"
                      for p, link in links.items() for s, graphs in link.graphs.items() for g in graphs)
    hidden = ", ".join(str(ox.NamedNode(p)) for p in sorted(_NEVER_SHOWN))
    where = f"{{ VALUES ?x {{ {subjects} }} ?st rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?o BIND(?x AS ?s) }} "
    if linked:
        where += (f"UNION {{ VALUES (?s ?p ?g) {{ {linked} }} GRAPH ?g {{ ?st rdf:object {entity} ; "
                  f"rdf:subject ?s ; rdf:predicate ?p }} BIND({entity} AS ?o) }} ")
    where += f"FILTER(?p NOT IN ({hidden}))"
    if every_source:
        rows = store.query(f"SELECT DISTINCT ?st ?s ?p ?o WHERE {{ {where} }}")
        return {row["st"].value: (ox.Triple(row["s"], row["p"], row["o"]), 1) for row in rows}
    rows = store.query(f"SELECT ?s ?p ?o (MIN(STR(?st)) AS ?first) (COUNT(DISTINCT ?st) AS ?n) WHERE {{ {where} }} "
                       "GROUP BY ?s ?p ?o")
    return {row["first"].value: (ox.Triple(row["s"], row["p"], row["o"]), int(row["n"].value)) for row in rows}


def _owner(iri: str) -> str:
    """The work a role or event node belongs to (`work/x/role/…`, `work/x/release`)."""
    return re.sub(r"/(role/.*|release|filming)$", "", iri)


def _names(name: str, alternates: list[str]) -> list[Name]:
    out = [Name(name, "name")]
    for other in sorted(set(alternates) - {name}):
        if other != anyascii(other):
            kind = "native script"
        elif other.split() != name.split() and sorted(other.split()) == sorted(name.split()):
            kind = "other order"
        else:
            kind = "alias"
        out.append(Name(other, kind))
    return out


def _entity_middles(reader: _Reader, iri: str, held: list[str]) -> dict[str, _Middle]:
    """The roles and events the entity takes part in: a work's roles, release and filming (which it holds); of
    those that link to it (`held`, the nodes of its `_HELD` links read), a person's roles, a platform's
    releases, a place's filmings."""
    neighbours = [o.value for p, o in reader.out([iri])[iri] if p.value in _HOLDERS and isinstance(o, ox.NamedNode)]
    neighbours += held
    reader.out(neighbours)
    return _middles(reader, [n for n in dict.fromkeys(neighbours) if reader.types(n) & set(_MIDDLE_KINDS)])


def _entity_statements(reader: _Reader, iri: str) -> tuple[list[str], dict[str, _Middle]]:
    """The statements about the entity and about the roles and events it takes part in."""
    middles = _entity_middles(reader, iri, [s.value for s, _ in reader.incoming([iri], _HELD)[iri]])
    statements = []
    for links in reader.incoming([iri, *middles], _STATEMENT_LINKS).values():
        statements += [s.value for s, _ in links]
    return list(dict.fromkeys(statements)), middles


@dataclass(frozen=True)
class _Middle:
    kind: str          # role, release, filming
    work: str | None
    actor: str | None
    character: str | None
    date: str | None


def _middles(reader: _Reader, nodes: list[str]) -> dict[str, _Middle]:
    kinds = {node: next(_MIDDLE_KINDS[t] for t in reader.types(node) if t in _MIDDLE_KINDS) for node in nodes}
    holders: dict[str, list[tuple]] = {}
    for kind, holder in _HOLDER_OF.items():  # each kind through the one link that holds it: a lookup a node
        holders.update(reader.incoming([n for n in nodes if kinds[n] == kind], frozenset({holder})))
    return {node: _Middle(kinds[node], next((s.value for s, _ in holders[node]), None),
                          reader.first(node, SCHEMA + "actor"), reader.first(node, SCHEMA + "characterName"),
                          reader.first(node, SCHEMA + "startDate"))
            for node in nodes}


_HOLDER_OF = {"role": SCHEMA + "actor", "release": SCHEMA + "releasedEvent", "filming": SCHEMA + "recordedAt"}
_HOLDERS = frozenset(_HOLDER_OF.values())                                                   # work → role/event
_HELD = frozenset({SCHEMA + "actor", SCHEMA + "publishedBy", SCHEMA + "location"})          # role/event → entity
# Links that lead to articles and provenance, not to the entity's neighbours: a hub has thousands.
_NOT_NEIGHBOURS = {SCHEMA + "mentions", SCHEMA + "about", SCHEMA + "isPartOf", PROV + "wasDerivedFrom",
                   *(RDF + n for n in ("subject", "object", "type"))}


def _fact_rows(reader: _Reader, stated: dict[str, ox.Triple], middles: dict[str, _Middle], *, focus: str | None,
               corrections: list[Correction]) -> list[Fact]:
    """Statements (each with its triple) as facts seen from `focus` (an entity), or from their subjects (an
    article's facts)."""
    visible = [st for st, t in stated.items() if _shown(t.subject, t.predicate, t.object, middles, {}, focus)]
    sources = _sources(reader.store, visible)  # of the statements shown only: not a work's roles, from an actor
    ends = {t.value for st in sources for t in (stated[st].subject, stated[st].object) if isinstance(t, ox.NamedNode)}
    labels = reader.labels(ends | {v for m in middles.values() for v in (m.work, m.actor) if v}
                           | ({focus} if focus else set()))
    confirmed = {c.key: c for c in corrections if c.verdict == CONFIRMED}
    facts: dict[tuple, Fact] = {}
    for st, source in sources.items():
        triple = stated[st]
        s, p, o = triple.subject, triple.predicate, triple.object
        shown = _shown(s, p, o, middles, labels, focus)
        if shown is None:
            continue
        relation, value, value_iri, detail, subject_label = shown
        key = fact_key(triple)
        owner = middles[s.value].work or _owner(s.value) if s.value in middles else s.value
        fact = facts.setdefault((relation, key), Fact(relation, triple, value, value_iri, detail, subject_label,
                                                      owner, confirmed=confirmed.get(key)))
        fact.evidence.append(_evidence(st, source, [value, detail.removeprefix("as "), subject_label,
                                                    labels.get(focus or "", "")]))
    for fact in facts.values():
        fact.evidence.sort(key=lambda ev: (ev.article, ev.start))
    return list(facts.values())


def _sources(store, statements: list[str]) -> dict[str, dict]:
    """Each statement's sentence (text and offsets), article (and headline), rule and confidence, in one query
    for all of them; statements without a sentence are left out."""
    if not statements:
        return {}
    values = " ".join(str(ox.NamedNode(st)) for st in statements)
    rows = store.query(
        f"SELECT ?st ?article ?rule ?confidence ?text ?start ?end ?headline WHERE {{ VALUES ?st {{ {values} }} "
        "?st kg:sentence ?sentence ; prov:wasDerivedFrom ?article ; kg:rule ?rule ; kg:confidence ?confidence . "
        "OPTIONAL { ?sentence schema:text ?text } OPTIONAL { ?sentence kg:charStart ?start } "
        "OPTIONAL { ?sentence kg:charEnd ?end } OPTIONAL { ?article schema:headline ?headline } }")
    found: dict[str, dict] = {}
    for row in rows:
        found.setdefault(row["st"].value, {name: row[name] for name in
                                           ("article", "rule", "confidence", "text", "start", "end", "headline")})
    return {st: found[st] for st in statements if st in found}


def _evidence(statement: str, source: dict, words: list[str]) -> Evidence:
    article, start, end = source["article"].value, source["start"], source["end"]
    text, headline = source["text"], source["headline"]
    return Evidence(sentence=highlight(text.value if text is not None else "", [w for w in words if w]),
                    article=article, headline=(headline.value if headline is not None else "") or article,
                    rule=source["rule"].value, confidence=float(source["confidence"].value),
                    start=int(start.value) if start is not None else -1,
                    end=int(end.value) if end is not None else -1, statement=statement)


_NEVER_SHOWN = frozenset({RDF_TYPE, SCHEMA + "characterName"})   # shown with the role or entity they describe


def _shown(s, p, o, middles: dict[str, _Middle], labels: dict[str, str], focus: str | None):
    """(relation, value, value IRI, detail, subject label) of a statement, or None when another row shows it."""
    prop = p.value.removeprefix(SCHEMA)
    if p.value == RDF_TYPE:
        return None
    subject_middle, object_middle = middles.get(s.value), middles.get(getattr(o, "value", ""))

    def label(term) -> str:
        return labels.get(term.value, term.value) if isinstance(term, ox.NamedNode) else term.value

    if object_middle is not None:  # work → role / event
        if object_middle.kind == "role" and (focus is None or focus == s.value):
            character = f"as {object_middle.character}" if object_middle.character else ""
            return "Cast", labels.get(object_middle.actor or "", "?"), object_middle.actor, character, label(s)
        return None
    if subject_middle is not None:  # role / event → thing or date
        work = subject_middle.work or _owner(s.value)
        if subject_middle.kind == "role":
            if prop == "actor" and focus == getattr(o, "value", None):
                character = f"as {subject_middle.character}" if subject_middle.character else ""
                return "Acted in", labels.get(work, work), work, character, label(o)
            return None
        if prop == "publishedBy" and focus == o.value:
            when = f"on {subject_middle.date}" if subject_middle.date else ""
            return "Released here", labels.get(work, work), work, when, label(o)
        if prop == "location" or focus not in (None, work):
            return None  # the work's schema:locationCreated says where; the work's page says the rest
        if prop == "publishedBy":
            return "Released on", label(o), o.value, "", labels.get(work, work)
        name = {("release", "startDate"): "Release date", ("filming", "startDate"): "Filming began",
                ("filming", "endDate"): "Filming ended"}.get((subject_middle.kind, prop))
        return (name, o.value, None, "", labels.get(work, work)) if name else None
    if focus is not None and getattr(o, "value", None) == focus and s.value != focus:
        return IN.get(prop, f"{prop} of"), label(s), s.value, "", label(s)
    value_iri = o.value if isinstance(o, ox.NamedNode) else None
    return OUT.get(prop, prop), label(o), value_iri, "", label(s)


def highlight(sentence: str, words: list[str]) -> tuple[Segment, ...]:
    """The sentence with every occurrence of the given words (names, titles, characters) marked."""
    spans = []
    lowered = sentence.lower() if sentence.isascii() else None
    for word in {w for w in words if len(w) > 1}:
        spans += _occurrences(word, sentence, lowered)
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        if start > at:
            out.append(Segment(sentence[at:start]))
        out.append(Segment(sentence[start:end], marked=True))
        at = end
    if at < len(sentence):
        out.append(Segment(sentence[at:]))
    return tuple(out)


def _occurrences(word: str, sentence: str, lowered: str | None) -> list[tuple[int, int]]:
    """Where the word occurs in the sentence, case aside. ASCII text (`lowered`, the sentence in lower case, is
    given only then) is searched as plain lower-case text: a page's hundred-odd words overflow `re`'s cache
    of compiled patterns, and compiling each again cost a page with fifty facts a few milliseconds."""
    if lowered is None or not word.isascii():
        return [m.span() for m in re.finditer(re.escape(word), sentence, re.IGNORECASE)]
    wanted, found = word.lower(), []
    at = lowered.find(wanted)
    while at >= 0:
        found.append((at, at + len(wanted)))
        at = lowered.find(wanted, at + len(wanted))
    return found


# --- articles --------------------------------------------------------------------------------------------

def article_view(store, iri: str, *, settings: Settings) -> ArticleView:
    """An article: its metadata, its text with each fact's evidence marked, and its facts."""
    if not store.has_graph(iri):
        raise QueryError(f"no article {iri} in the store")
    reader = _Reader(store)
    around = reader.incoming([iri])[iri]
    statements = [s.value for s, p in around if p.value == PROV + "wasDerivedFrom"]
    stated = {}
    for st, pairs in reader.out(statements).items():
        props = {p.value: o for p, o in pairs}
        if all(RDF + n in props for n in ("subject", "predicate", "object")) \
                and props[RDF + "predicate"].value not in _NEVER_SHOWN:
            stated[st] = ox.Triple(props[RDF + "subject"], props[RDF + "predicate"], props[RDF + "object"])
    ends = {t.value for st in statements for p, t in reader.out([st])[st]
            if p.value in _STATEMENT_LINKS and isinstance(t, ox.NamedNode)}
    reader.out(ends)
    middles = _middles(reader, [n for n in ends if reader.types(n) & set(_MIDDLE_KINDS)])
    corrections = list_corrections(store, settings=settings)
    facts = sorted(_fact_rows(reader, stated, middles, focus=None, corrections=corrections),
                   key=lambda f: (min((ev.start for ev in f.evidence), default=-1), f.relation, f.value))
    text = reader.first(iri, KG + "text")
    if text is None:  # an article stored before kg kept texts: its sentences, in order
        sentences = sorted({(ev.start, "".join(s.text for s in ev.sentence)) for f in facts for ev in f.evidence
                            if ev.start >= 0})
        marked = _mark_sentences(" ".join(t for _, t in sentences), facts, offsets=False)
    else:
        marked = _mark_sentences(text, facts, offsets=True)
    linked = [(o.value, how) for p, o in reader.out([iri])[iri] for how in ("about", "mentions")
              if p.value == SCHEMA + how]
    labels = reader.labels([e for e, _ in linked])
    publisher, author = reader.first(iri, SCHEMA + "publisher"), reader.first(iri, SCHEMA + "author")
    names = reader.labels([n for n in (publisher, author) if n])
    return ArticleView(
        iri=iri, headline=reader.first(iri, SCHEMA + "headline") or iri.rsplit("/", 1)[-1],
        date=reader.first(iri, SCHEMA + "datePublished"), url=reader.first(iri, SCHEMA + "url"),
        publisher=names.get(publisher or ""), author=names.get(author or ""), text=marked, facts=facts,
        entities=sorted(((e, labels.get(e, e), how) for e, how in linked), key=lambda t: (t[2], t[1])),
        rejected=[c for c in corrections if c.verdict == REJECTED and any(a == iri for a, _ in c.sources)])


def _mark_sentences(text: str, facts: list[Fact], *, offsets: bool) -> list[Segment]:
    """The text cut into pieces, each sentence that states facts marked with their keys."""
    spans: dict[tuple[int, int], list[str]] = defaultdict(list)
    for fact in facts:
        for ev in fact.evidence:
            if ev.start < 0:
                continue
            if offsets:
                span = (ev.start, ev.end)
            else:
                sentence = "".join(s.text for s in ev.sentence)
                found = text.find(sentence)
                if found < 0:
                    continue
                span = (found, found + len(sentence))
            spans[span].append(fact.key)
    out, at = [], 0
    for (start, end), keys in sorted(spans.items()):
        if start < at or end > len(text):
            continue  # overlapping or stale offsets: leave that sentence unmarked
        if start > at:
            out.append(Segment(text[at:start]))
        out.append(Segment(text[start:end], marked=True, facts=tuple(dict.fromkeys(keys))))
        at = end
    if at < len(text):
        out.append(Segment(text[at:]))
    return out


# --- search ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    iri: str
    name: str
    type: str
    matched: str   # the name that matched, when it is not the entity's name


class NameIndex:
    """Every name and other name of the store's entities, folded for search as you type.

    Case, accents, scripts (romanized by anyascii), long vowels and word order
    do not matter: each word typed must begin a word of the name. Built once
    from the store (rebuild it after writes); a search is a few bisections.
    """

    def __init__(self, entries: list[tuple[str, str, str, str]]) -> None:
        self._entries = entries   # (iri, name, type, the name as written)
        words = sorted((word, n) for n, entry in enumerate(entries) for word in set(_words(entry[3])))
        self._words = [w for w, _ in words]
        self._owners = [n for _, n in words]

    @classmethod
    def build(cls, store) -> NameIndex:
        rows = store.query(f"SELECT ?e ?t ?n ?written WHERE {{ VALUES ?t {{ {_ENTITY_VALUES} }} ?e a ?t ; "
                           "schema:name ?n ; schema:name|schema:alternateName ?written }")
        entries = sorted({(r["e"].value, r["n"].value, r["t"].value.removeprefix(SCHEMA), r["written"].value)
                          for r in rows})
        return cls(entries)

    def search(self, text: str, *, limit: int = 10) -> list[Hit]:
        wanted = _words(text)
        if not wanted:
            return []
        found: set[int] | None = None
        for word in wanted:
            start = bisect.bisect_left(self._words, word)
            end = bisect.bisect_left(self._words, word + "\uffff")
            owners = set(self._owners[start:end])
            found = owners if found is None else found & owners
        best: dict[str, tuple[tuple, Hit]] = {}
        keys = {person_key(text), title_key(text)}
        for n in found or ():
            iri, name, type_, written = self._entries[n]
            exact = person_key(written) in keys or title_key(written) in keys
            rank = (not exact, written != name, len(written), name)
            hit = Hit(iri, name, type_, "" if written == name else written)
            if iri not in best or rank < best[iri][0]:
                best[iri] = (rank, hit)
        return [hit for _, hit in sorted(best.values(), key=lambda rh: rh[0])][:limit]

    def __len__(self) -> int:
        return len({e[0] for e in self._entries})


def _words(text: str) -> list[str]:
    return [fold_long_vowels(w) for w in fold(text).replace("-", " ").split()]


# --- neighbourhood and description ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Neighbour:
    iri: str
    name: str
    kind: str
    relation: str


# The links from one entity (or role, or event) to another, as the mapping writes them: what a neighbour is.
_ENTITY_LINKS = frozenset(SCHEMA + name for name in (
    "actor", "director", "author", "creator", "producer", "productionCompany", "countryOfOrigin", "isBasedOn",
    "partOfSeries", "containedInPlace", "publishedBy", "location", "locationCreated", "releasedEvent", "recordedAt"))
# Those to an entity that its page reads (its facts seen from the other side, its neighbours): not a filming's
# location, which restates its work's locationCreated (the mapping writes both) and would read each work twice.
_LINKS_TO = _ENTITY_LINKS - {SCHEMA + "location"}


def neighbourhood(store, iri: str, *, limit: int = 36) -> list[Neighbour]:
    """The people, works, companies and places one fact away (through a role or event too)."""
    return _neighbourhood(_Reader(store), iri, limit=limit)


def _neighbourhood(reader: _Reader, iri: str, *, limit: int) -> list[Neighbour]:
    links = [(o.value, p.value) for p, o in reader.out([iri])[iri]
             if isinstance(o, ox.NamedNode) and p.value not in _NOT_NEIGHBOURS]
    links += [(s, p) for p, linked in reader.links(iri, SHOWN).items() for s in linked.graphs]
    links = links[:limit * 4]  # a hub's page draws a sample
    shown = [RDF_TYPE, SCHEMA + "name"]  # what a neighbour is drawn with: not a work's every credit
    reader.glance([n for n, _ in links], shown)
    middles = [(n, p) for n, p in links if reader.types(n) & set(_MIDDLE_KINDS)]
    reader.out([n for n, _ in middles])
    holders = _middles(reader, list(dict.fromkeys(n for n, _ in middles)))
    for middle, prop in middles:  # a role or event: the work that holds it, and what it names
        links += [(o.value, p.value if prop in _HOLDERS else prop) for p, o in reader.out([middle])[middle]
                  if isinstance(o, ox.NamedNode) and p.value != RDF_TYPE]
        links += [(holders[middle].work, prop)] if holders[middle].work else []
    reader.glance([n for n, _ in links], shown)
    found: dict[str, Neighbour] = {}
    for node, prop in links:
        kinds = [KINDS[t] for t in reader.types(node) if t in KINDS]
        name = reader.first(node, SCHEMA + "name")
        if node != iri and kinds and name:
            found.setdefault(node, Neighbour(node, name, kinds[0], prop.removeprefix(SCHEMA)))
    order = ["work", "person", "organization", "place"]
    return sorted(found.values(), key=lambda nb: (order.index(nb.kind), nb.name))[:limit]


def describe(store, iri: str) -> list[ox.Triple]:
    """The entity's own triples (as subject and object), those of its roles and events, and the provenance
    of its facts (statements and their sentences): what its IRI answers when fetched as RDF."""
    reader = _Reader(store)
    e = ox.NamedNode(iri)
    triples = {ox.Triple(e, p, o) for p, o in reader.out([iri])[iri]}
    incoming = reader.incoming([iri])[iri]
    triples |= {ox.Triple(s, p, e) for s, p in incoming if p.value not in _STATEMENT_LINKS}
    statements, middles = _entity_statements(reader, iri)
    for node in [*middles, *statements]:
        triples |= {ox.Triple(ox.NamedNode(node), p, o) for p, o in reader.out([node])[node]}
    sentences = [o.value for st in statements for p, o in reader.out([st])[st] if p.value == KG + "sentence"]
    for node, props in reader.out(sentences).items():
        triples |= {ox.Triple(ox.NamedNode(node), p, o) for p, o in props}
    return sorted(triples, key=str)


def local_path(iri: str, settings: Settings) -> str | None:
    """Where the server answers for an IRI kg minted (`…/person/x` → `/person/x`); None for others."""
    if iri.startswith(settings.base_iri):
        return "/" + iri[len(settings.base_iri):]
    return None
