"""Editors' corrections of facts: reject (the fact leaves every view), confirm, restore, list.

A correction lives in a graph of its own (`graph/corrections`, under the base
IRI), so it travels with N-Quads and TriG exports, and names its fact by
subject, predicate and object, never by a node of an article's graph, so it
outlives re-ingests that replace that graph.

A rejected fact is taken out of the article graphs, with its provenance
statements: exports, the SEO documents, stored queries and any SPARQL then
leave it out without knowing about corrections. The statements move into the
correction (`kg:withheld`: article, sentence, rule, confidence), which is what
`restore_fact` puts back. Ingest calls `withhold_rejected` in the same
transaction that replaces an article's graph, so a re-ingested article never
brings a rejected fact back.

A cast credit with a character is two triples (work → role, role → actor), and
a filming location two (work → place, filming → place): rejecting either side
rejects both, so that no page keeps half of it.
"""

from __future__ import annotations

import getpass
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import pyoxigraph as ox

from kg.errors import CorrectionError
from kg.settings import Settings

SCHEMA = "https://schema.org/"
KG = "https://kg.example.org/ns#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
REJECTED, CONFIRMED = "rejected", "confirmed"
_PROLOGUE = (f"PREFIX kg: <{KG}> PREFIX schema: <{SCHEMA}> PREFIX rdf: <{RDF}> PREFIX prov: <{PROV}> "
             f"PREFIX xsd: <{XSD}>\n")


@dataclass(frozen=True)
class Correction:
    """An editor's verdict on one fact, with who gave it and when, and where the fact was read."""

    subject: ox.NamedNode
    predicate: ox.NamedNode
    object: ox.NamedNode | ox.Literal
    verdict: str
    by: str
    at: str
    iri: str
    sources: tuple[tuple[str, str], ...] = ()   # (article IRI, sentence text)

    @property
    def triple(self) -> ox.Triple:
        return ox.Triple(self.subject, self.predicate, self.object)

    @property
    def key(self) -> str:
        return fact_key(self.triple)


def corrections_graph(settings: Settings) -> str:
    return f"{settings.base_iri}graph/corrections"


def fact_key(triple: ox.Triple) -> str:
    """A short stable id of a fact (its subject, predicate and object), for forms and the CLI."""
    return hashlib.sha1(f"{triple.subject} {triple.predicate} {triple.object}".encode()).hexdigest()[:16]


def default_editor() -> str:
    """Who is correcting, when nobody says: the user running kg."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "editor"


def reject_fact(store, triple: ox.Triple, *, by: str, settings: Settings) -> list[Correction]:
    """Reject a fact (and its other half, for a credit or filming place): it leaves every article graph."""
    triples = _with_partners(store, triple)
    _write_verdicts(store, triples, REJECTED, by, settings)
    store.update(withhold_rejected(None, settings=settings, extracted=False))
    return [c for c in list_corrections(store, settings=settings) if c.triple in triples]


def confirm_fact(store, triple: ox.Triple, *, by: str, settings: Settings) -> list[Correction]:
    """Confirm a fact; a rejected one is restored first."""
    if _verdict_of(store, triple, settings) == REJECTED:
        restore_fact(store, triple, settings=settings)
    if not store.query(f"ASK {{ {triple.subject} {triple.predicate} {triple.object} }}"):
        raise CorrectionError(f"no fact {_describe(triple)} in the store; see `kg explain` for an entity's facts")
    _write_verdicts(store, [triple], CONFIRMED, by, settings)
    return [c for c in list_corrections(store, settings=settings) if c.triple == triple]


def restore_fact(store, triple: ox.Triple, *, settings: Settings) -> int:
    """Undo a verdict; a rejected fact goes back into the article graphs that still exist. Returns how many
    facts were restored (with its other half, for a credit)."""
    graph = corrections_graph(settings)
    verdict = _verdict_of(store, triple, settings)
    if verdict is None:
        raise CorrectionError(f"no correction of {_describe(triple)}; see `kg fact list`")
    triples = [triple, *(_partners_in_corrections(store, triple, settings) if verdict == REJECTED else [])]
    updates = []
    for t in triples:
        node = ox.NamedNode(correction_iri(t, settings))
        updates.append(
            f"INSERT {{ GRAPH ?g {{ {t.subject} {t.predicate} {t.object} . ?st a rdf:Statement ; "
            f"rdf:subject {t.subject} ; rdf:predicate {t.predicate} ; rdf:object {t.object} ; "
            "prov:wasDerivedFrom ?g ; kg:sentence ?sen ; kg:rule ?rule ; kg:confidence ?conf } }\n"
            f"WHERE {{ GRAPH <{graph}> {{ {node} kg:withheld ?st . ?st prov:wasDerivedFrom ?g ; kg:sentence ?sen ; "
            "kg:rule ?rule ; kg:confidence ?conf } GRAPH ?g { ?g a schema:NewsArticle } }")
        updates.append(f"DELETE WHERE {{ GRAPH <{graph}> {{ {node} kg:withheld ?st . ?st ?x ?y }} }}")
        updates.append(f"DELETE WHERE {{ GRAPH <{graph}> {{ {node} ?p ?o }} }}")
    store.update(_PROLOGUE + " ;\n".join(updates))
    return len(triples)


def has_rejections(store, *, settings: Settings) -> bool:
    """Whether editors rejected any fact, so that a write has something to withhold."""
    return bool(store.query(f'ASK {{ GRAPH <{corrections_graph(settings)}> {{ ?c kg:verdict "{REJECTED}" }} }}'))


def withhold_rejected(graphs: Iterable[str] | None, *, settings: Settings, extracted: bool = True) -> str:
    """SPARQL update text that takes rejected facts (and their statements) out of these article graphs
    (None: all of them), keeping the statements in their corrections. Ingest runs it in the transaction
    that replaces the graphs, `kg load` in each batch's.

    `extracted` graphs come straight from extraction, so the statements kept from their earlier versions
    are all replaced by the current ones. Other graphs (loaded from N-Quads, or already in the store when
    a fact is rejected) may hold their rejected facts withheld already: only the statements of facts they
    state again are replaced, and the others, all that `restore_fact` can put back, are kept.
    """
    corrections = corrections_graph(settings)
    chosen = None if graphs is None else sorted(graphs)
    if chosen == []:
        return ""
    values = "" if chosen is None else "VALUES ?g { " + " ".join(f"<{g}>" for g in chosen) + " }\n"
    rejected = (f"GRAPH <{corrections}> {{ ?c kg:verdict \"{REJECTED}\" ; kg:factSubject ?s ; "
                "kg:factPredicate ?p ; kg:factObject ?o }")
    restated = "" if extracted else (f" GRAPH <{corrections}> {{ ?c kg:factSubject ?s ; kg:factPredicate ?p ; "
                                     "kg:factObject ?o } GRAPH ?g { ?again rdf:subject ?s ; rdf:predicate ?p ; "
                                     "rdf:object ?o }")
    return _full_iris(" ;\n".join([
        # Statements kept from an earlier version of these articles are replaced by the current ones.
        f"DELETE {{ GRAPH <{corrections}> {{ ?c kg:withheld ?st . ?st ?x ?y }} }}\n"
        f"WHERE {{ {values}GRAPH <{corrections}> {{ ?c kg:withheld ?st . ?st prov:wasDerivedFrom ?g ; ?x ?y }}"
        f"{restated} }}",
        f"INSERT {{ GRAPH <{corrections}> {{ ?c kg:withheld ?st . ?st prov:wasDerivedFrom ?g ; kg:sentence ?sen ; "
        "kg:rule ?rule ; kg:confidence ?conf } }\n"
        f"WHERE {{ {values}{rejected} GRAPH ?g {{ ?g a schema:NewsArticle . ?st rdf:subject ?s ; rdf:predicate ?p ; "
        "rdf:object ?o ; kg:sentence ?sen ; kg:rule ?rule ; kg:confidence ?conf } }",
        "DELETE { GRAPH ?g { ?st ?x ?y } }\n"
        f"WHERE {{ {values}{rejected} GRAPH ?g {{ ?g a schema:NewsArticle . ?st a rdf:Statement ; rdf:subject ?s ; "
        "rdf:predicate ?p ; rdf:object ?o ; ?x ?y } }",
        "DELETE { GRAPH ?g { ?s ?p ?o } }\n"
        f"WHERE {{ {values}{rejected} GRAPH ?g {{ ?g a schema:NewsArticle . ?s ?p ?o }} }}",
    ]))


_NAMESPACES = {"kg": KG, "schema": SCHEMA, "rdf": RDF, "prov": PROV}


def _full_iris(text: str) -> str:
    """kg's prefixed names written out: an update that follows others in one request cannot declare prefixes
    (Oxigraph reads a prologue only at the start)."""
    return re.sub(r"(?<![\w<])(kg|schema|rdf|prov):(\w+)", lambda m: f"<{_NAMESPACES[m[1]]}{m[2]}>", text)


def list_corrections(store, *, settings: Settings, verdict: str | None = None) -> list[Correction]:
    """Every correction, newest first, with the articles and sentences its fact was read from."""
    graph = corrections_graph(settings)
    rows = store.query(f"""SELECT ?c ?s ?p ?o ?verdict ?by ?at ?article ?text WHERE {{
      GRAPH <{graph}> {{ ?c a kg:Correction ; kg:verdict ?verdict ; kg:factSubject ?s ; kg:factPredicate ?p ;
                          kg:factObject ?o ; prov:wasAttributedTo ?by ; prov:generatedAtTime ?at }}
      OPTIONAL {{ GRAPH <{graph}> {{ ?c kg:withheld ?st . ?st prov:wasDerivedFrom ?article ; kg:sentence ?sen }}
                 OPTIONAL {{ GRAPH ?article {{ ?sen schema:text ?text }} }} }}
    }}""")
    found: dict[str, dict] = {}
    for row in rows:
        entry = found.setdefault(row["c"].value, {"row": row, "sources": set()})
        if row["article"] is not None:
            entry["sources"].add((row["article"].value, row["text"].value if row["text"] is not None else ""))
    corrections = [Correction(e["row"]["s"], e["row"]["p"], e["row"]["o"], e["row"]["verdict"].value,
                              e["row"]["by"].value, e["row"]["at"].value, iri, tuple(sorted(e["sources"])))
                   for iri, e in found.items()]
    chosen = [c for c in corrections if verdict is None or c.verdict == verdict]
    return sorted(chosen, key=lambda c: (c.at, c.iri), reverse=True)


def correction_iri(triple: ox.Triple, settings: Settings) -> str:
    return f"{settings.base_iri}correction/{fact_key(triple)}"


def find_fact(store, key: str, *, settings: Settings) -> ox.Triple:
    """The fact with this key (see `fact_key`): asserted in an article, or named by a correction."""
    for correction in list_corrections(store, settings=settings):
        if correction.key == key:
            return correction.triple
    rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; "
                       "rdf:object ?o }")
    for row in rows:
        triple = ox.Triple(row["s"], row["p"], row["o"])
        if fact_key(triple) == key:
            return triple
    raise CorrectionError(f"no fact with id {key!r}; `kg explain ENTITY` and `kg fact list` show the ids")


def resolve_fact(store, parts: list[str], *, settings: Settings) -> ox.Triple:
    """A fact named by its id, or by SUBJECT RELATION VALUE (names or IRIs; RELATION a schema.org property
    such as director): `kg fact reject "Blue Signal" director "Jang Hoon"`."""
    if len(parts) == 1:
        return find_fact(store, parts[0], settings=settings)
    if len(parts) != 3:
        raise CorrectionError("name a fact by its id (see `kg explain`) or as SUBJECT RELATION VALUE")
    from kg._text import person_key, title_key
    from kg.query import find_entity

    subject = ox.NamedNode(find_entity(store, parts[0], settings=settings))
    predicate = ox.NamedNode(parts[1] if ":" in parts[1] else SCHEMA + parts[1])
    wanted = {settings.expand(parts[2]) if "/" in parts[2] else parts[2], person_key(parts[2]), title_key(parts[2])}
    candidates = [ox.Triple(subject, predicate, c.object) for c in list_corrections(store, settings=settings)
                  if c.subject == subject and c.predicate == predicate]
    rows = store.query(f"SELECT DISTINCT ?o ?name WHERE {{ ?st rdf:subject {subject} ; rdf:predicate {predicate} ; "
                       "rdf:object ?o . OPTIONAL { ?o (schema:actor?)/(schema:name|schema:alternateName) ?name } }")
    names: dict[ox.Triple, set[str]] = {}
    for row in rows:
        names.setdefault(ox.Triple(subject, predicate, row["o"]), set()).update(
            {person_key(row["name"].value), title_key(row["name"].value)} if row["name"] is not None else set())
    for triple in candidates:
        names.setdefault(triple, set())
    found = [t for t, keys in names.items() if ({t.object.value} | keys) & wanted]
    if len(found) != 1:
        raise CorrectionError(f"{' '.join(parts)!r} names {len(found)} facts; give the fact's id from `kg explain`")
    return found[0]


def _write_verdicts(store, triples: Iterable[ox.Triple], verdict: str, by: str, settings: Settings) -> None:
    if not by.strip():
        raise CorrectionError("a correction needs the editor's name (--by NAME)")
    graph = corrections_graph(settings)
    now = ox.Literal(datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                     datatype=ox.NamedNode(XSD + "dateTime"))
    updates = []
    for t in triples:
        node = ox.NamedNode(correction_iri(t, settings))
        updates.append(f"DELETE WHERE {{ GRAPH <{graph}> {{ {node} kg:verdict ?v ; prov:wasAttributedTo ?b ; "
                       "prov:generatedAtTime ?t } }")
        updates.append(f"INSERT DATA {{ GRAPH <{graph}> {{ {node} a kg:Correction ; kg:verdict {ox.Literal(verdict)} ; "
                       f"kg:factSubject {t.subject} ; kg:factPredicate {t.predicate} ; kg:factObject {t.object} ; "
                       f"prov:wasAttributedTo {ox.Literal(by.strip())} ; prov:generatedAtTime {now} }} }}")
    store.update(_PROLOGUE + " ;\n".join(updates))


def _verdict_of(store, triple: ox.Triple, settings: Settings) -> str | None:
    node = ox.NamedNode(correction_iri(triple, settings))
    rows = list(store.query(f"SELECT ?v WHERE {{ GRAPH <{corrections_graph(settings)}> {{ {node} kg:verdict ?v }} }}"))
    return rows[0]["v"].value if rows else None


def _with_partners(store, triple: ox.Triple) -> list[ox.Triple]:
    """The fact and the other half of a two-triple fact, as asserted now; refuses a fact not in the store."""
    s, p, o = triple.subject, triple.predicate, triple.object
    if not store.query(f"ASK {{ ?st rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} . {s} {p} {o} }}"):
        raise CorrectionError(f"no fact {_describe(triple)} read from an article in the store; "
                              "see `kg explain` for an entity's facts")
    rows = store.query(_PARTNERS.format(s=s, p=p, o=o))
    partners = {ox.Triple(r["ps"], r["pp"], r["po"]) for r in rows}
    return [triple, *sorted(partners - {triple}, key=str)]


_PARTNERS = """
SELECT DISTINCT ?ps ?pp ?po WHERE {{
  {{ {s} schema:actor {o} . {o} a schema:PerformanceRole ; schema:actor ?po .
          BIND({o} AS ?ps) BIND(schema:actor AS ?pp) FILTER({p} = schema:actor) }}
  UNION {{ {s} a schema:PerformanceRole . ?ps schema:actor {s} . BIND(schema:actor AS ?pp) BIND({s} AS ?po)
          FILTER({p} = schema:actor) }}
  UNION {{ {s} schema:recordedAt ?ps . ?ps schema:location {o} . BIND(schema:location AS ?pp) BIND({o} AS ?po)
          FILTER({p} = schema:locationCreated) }}
  UNION {{ ?ps schema:recordedAt {s} . BIND(schema:locationCreated AS ?pp) BIND({o} AS ?po)
          FILTER({p} = schema:location) }}
}}"""


def _partners_in_corrections(store, triple: ox.Triple, settings: Settings) -> list[ox.Triple]:
    """The other halves of a rejected two-triple fact, found among the corrections (they are no longer asserted)."""
    s, o = triple.subject, triple.object
    out = []
    for c in list_corrections(store, settings=settings, verdict=REJECTED):
        t = c.triple
        if t == triple:
            continue
        role_pair = (triple.predicate.value == t.predicate.value == SCHEMA + "actor"
                     and (t.subject == o or t.object == s))
        place_pair = {triple.predicate.value, t.predicate.value} == {SCHEMA + "locationCreated", SCHEMA + "location"} \
            and t.object == o and (t.subject.value == f"{s.value}/filming" or s.value == f"{t.subject.value}/filming")
        if role_pair or place_pair:
            out.append(t)
    return out


def _describe(triple: ox.Triple) -> str:
    return f"{triple.subject} {triple.predicate} {triple.object}"
