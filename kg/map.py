"""Map resolved facts onto the schema.org ontology, as `ontology-contract.md` says.

The result is the article's named graph: the article node, one node per
entity, the facts, and for every fact an `rdf:Statement` that names the
sentence it was read from, the rule and its confidence, so that SPARQL can
trace any triple back to its words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO, SH

from kg._text import slug
from kg.errors import ValidationError
from kg.model import ORGANIZATION, PERSON, Entity, Evidence, Fact, PartialDate, Ref, decimal_lexical
from kg.resolve import Resolution, entity_key, mint_iri
from kg.settings import Settings

SCHEMA = SDO
KG = Namespace("https://kg.example.org/ns#")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {"schema": SCHEMA, "kg": KG, "prov": PROV, "wd": WD, "xsd": XSD, "rdf": RDF}

_WORK_PROPERTIES = {
    "director": SCHEMA.director, "writer": SCHEMA.author, "creator": SCHEMA.creator, "producer": SCHEMA.producer,
    "production_company": SCHEMA.productionCompany, "country_of_origin": SCHEMA.countryOfOrigin,
    "based_on": SCHEMA.isBasedOn, "contained_in": SCHEMA.containedInPlace, "part_of_series": SCHEMA.partOfSeries,
}
_DATATYPES = {1: XSD.gYear, 2: XSD.gYearMonth, 3: XSD.date}


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


def map_to_ontology(resolution: Resolution, *, settings: Settings, content_hash: str | None = None) -> Graph:
    """The article's graph: metadata, entities, facts and their provenance (and, when given, the hash of
    the content it was extracted from, so that an unchanged article can be skipped next time; for an article
    without a url, the key of the file it was read from, so that another file of its name cannot silently
    take its place)."""
    graph = new_graph()
    article = URIRef(resolution.article_iri)
    _article_node(graph, article, resolution, settings)
    if content_hash:
        graph.add((article, KG.contentHash, Literal(content_hash)))
    if resolution.extraction.article.source_key:
        graph.add((article, KG.sourceKey, Literal(resolution.extraction.article.source_key)))
    if resolution.extraction.article.text:  # what the sentences' offsets index into; the article page shows it
        graph.add((article, KG.text, Literal(resolution.extraction.article.text)))
    for entity in _unique_entities(resolution):
        _entity_node(graph, entity)
    with_roles = {(f.subject, f.value) for f in resolution.extraction.facts if f.relation == "role"}
    evidence: dict[tuple, Evidence] = {}
    for fact in _single_valued(resolution):
        if fact.relation == "cast" and (fact.subject, fact.value) in with_roles:
            continue  # the PerformanceRole carries the actor
        for triple in _fact_triples(fact, resolution, settings):
            graph.add(triple)
            key = (triple, fact.evidence.start)  # one statement per triple and sentence: the surest rule
            if key not in evidence or fact.evidence.confidence > evidence[key].confidence:
                evidence[key] = fact.evidence
    for (triple, _), found in evidence.items():
        _provenance(graph, article, triple, found)
    return graph


def _single_valued(resolution: Resolution) -> list[Fact]:
    """The article's facts with one value per entity for what has one (a count of seasons, a release date):
    the surest, where mentions the extraction kept apart are one entity ("X" and its other title "Y")."""
    kept: dict[tuple[str, str], Fact] = {}
    for fact in resolution.extraction.facts:
        if fact.relation in _SINGLE_VALUED:
            key = (fact.relation, resolution.entity(fact.subject).iri)
            if key not in kept or fact.evidence.confidence > kept[key].evidence.confidence:
                kept[key] = fact
    chosen = {id(fact) for fact in kept.values()}
    return [f for f in resolution.extraction.facts if f.relation not in _SINGLE_VALUED or id(f) in chosen]


# What the ontology's shapes allow one of per work.
_SINGLE_VALUED = frozenset({"seasons", "episodes", "release_date", "filming_start", "filming_end"})


# A sentence ends at . ! or ? before a space and a capital, digit or opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])")
HEADLINE_LENGTH = 110  # search engines cut longer titles


def lead_headline(paragraphs: list[str]) -> str:
    """A headline for an article whose source gives none: its first sentence, without the full stop, cut at a
    word within HEADLINE_LENGTH characters (every article page needs one; news leads say what happened)."""
    first = _SENTENCE_END.split(paragraphs[0].strip(), maxsplit=1)[0].removesuffix(".")
    if len(first) <= HEADLINE_LENGTH:
        return first
    return first[:HEADLINE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def date_literal(value: PartialDate) -> Literal:
    return Literal(value.lexical(), datatype=_DATATYPES[value.precision])


def _article_node(graph: Graph, article: URIRef, resolution: Resolution, settings: Settings) -> None:
    meta = resolution.extraction.article
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    if meta.date:
        graph.add((article, SCHEMA.datePublished, Literal(meta.date.isoformat(), datatype=XSD.date)))
    graph.add((article, SCHEMA.headline, Literal(meta.headline or lead_headline(meta.body_paragraphs))))
    if meta.modified:
        graph.add((article, SCHEMA.dateModified, Literal(meta.modified.isoformat(), datatype=XSD.date)))
    if meta.image:
        graph.add((article, SCHEMA.image, URIRef(meta.image)))
    if meta.url:
        graph.add((article, SCHEMA.url, URIRef(meta.url)))
    if meta.publisher:
        publisher = URIRef(mint_iri(settings, ORGANIZATION, entity_key(Ref(ORGANIZATION, meta.publisher))[1]))
        graph.add((article, SCHEMA.publisher, publisher))
        graph.add((publisher, RDF.type, SCHEMA.Organization))
        graph.add((publisher, SCHEMA.name, Literal(meta.publisher)))
    if meta.author:
        author = URIRef(mint_iri(settings, PERSON, entity_key(Ref(PERSON, meta.author))[1]))
        graph.add((article, SCHEMA.author, author))
        graph.add((author, RDF.type, SCHEMA.Person))
        graph.add((author, SCHEMA.name, Literal(meta.author)))
    about = {resolution.entity(ref).iri for ref in resolution.extraction.about}
    for iri in sorted(about):
        graph.add((article, SCHEMA.about, URIRef(iri)))
    for ref in resolution.extraction.mentions:
        iri = resolution.entity(ref).iri
        if iri not in about:
            graph.add((article, SCHEMA.mentions, URIRef(iri)))


def _unique_entities(resolution: Resolution) -> list[Entity]:
    return sorted({e.iri: e for e in resolution.entities.values()}.values(), key=lambda e: e.iri)


def _entity_node(graph: Graph, entity: Entity) -> None:
    node = URIRef(entity.iri)
    for type_name in entity.types:
        graph.add((node, RDF.type, SCHEMA[type_name]))
    graph.add((node, SCHEMA.name, Literal(entity.name)))
    for alternate in entity.alternate_names:
        graph.add((node, SCHEMA.alternateName, Literal(alternate)))


def _fact_triples(fact: Fact, resolution: Resolution, settings: Settings) -> Iterator[tuple]:
    """The triples that state one fact; events and roles get IRIs derived from what they join."""
    work = resolution.entity(fact.subject)
    subject = URIRef(work.iri)
    relation, value = fact.relation, fact.value
    if relation == "type":
        return  # types are on the entity node
    if relation in _WORK_PROPERTIES:
        yield subject, _WORK_PROPERTIES[relation], _node(value, resolution)
    elif relation == "alternate_name":
        yield subject, SCHEMA.alternateName, Literal(value)
    elif relation == "genre":
        yield subject, SCHEMA.genre, Literal(value.lower())
    elif relation in ("seasons", "episodes"):
        prop = SCHEMA.numberOfSeasons if relation == "seasons" else SCHEMA.numberOfEpisodes
        yield subject, prop, Literal(int(value), datatype=XSD.integer)
    elif relation == "cast":
        yield subject, SCHEMA.actor, _node(value, resolution)
    elif relation == "role":
        person = resolution.entity(value)
        role = URIRef(f"{work.iri}/role/{slug(person.iri.rsplit('/', 1)[-1])}/{slug(fact.character)}")
        yield subject, SCHEMA.actor, role
        yield role, RDF.type, SCHEMA.PerformanceRole
        yield role, SCHEMA.actor, URIRef(person.iri)
        yield role, SCHEMA.characterName, Literal(fact.character)
    elif relation in ("release_date", "release_platform"):
        event = URIRef(f"{work.iri}/release")
        yield subject, SCHEMA.releasedEvent, event
        yield event, RDF.type, SCHEMA.PublicationEvent
        if relation == "release_date":
            yield event, SCHEMA.startDate, date_literal(value)
        else:
            yield event, SCHEMA.publishedBy, _node(value, resolution)
    elif relation in ("filming_start", "filming_end", "filming_location"):
        event = URIRef(f"{work.iri}/filming")
        yield subject, SCHEMA.recordedAt, event
        yield event, RDF.type, SCHEMA.Event
        if relation == "filming_location":
            place = _node(value, resolution)
            yield event, SCHEMA.location, place
            yield subject, SCHEMA.locationCreated, place
        else:
            prop = SCHEMA.startDate if relation == "filming_start" else SCHEMA.endDate
            yield event, prop, date_literal(value)
    elif relation == "description":
        yield subject, SCHEMA.description, Literal(value)


def _node(value: Ref, resolution: Resolution) -> URIRef:
    return URIRef(resolution.entity(value).iri)


def _provenance(graph: Graph, article: URIRef, triple: tuple, evidence: Evidence) -> None:
    """An rdf:Statement for the triple, pointing at its sentence; one per (triple, sentence)."""
    s, p, o = triple
    digest = hashlib.sha1(f"{s.n3()} {p.n3()} {o.n3()} {evidence.start}".encode()).hexdigest()[:16]
    statement = URIRef(f"{article}#fact-{digest}")
    # The page's markup and the newsroom's vocabulary are evidence too, though not the article's text (offset -1).
    sentence = URIRef(f"{article}#source-{slug(evidence.rule)}" if evidence.start < 0
                      else f"{article}#sentence-{evidence.start}")
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.subject, s))
    graph.add((statement, RDF.predicate, p))
    graph.add((statement, RDF.object, o))
    graph.add((statement, PROV.wasDerivedFrom, article))
    graph.add((statement, KG.sentence, sentence))
    graph.add((statement, KG.rule, Literal(evidence.rule)))
    graph.add((statement, KG.confidence, Literal(decimal_lexical(evidence.confidence), datatype=XSD.decimal)))
    graph.add((sentence, RDF.type, KG.Sentence))
    graph.add((sentence, SCHEMA.text, Literal(evidence.sentence)))
    graph.add((sentence, KG.charStart, Literal(evidence.start, datatype=XSD.integer)))
    graph.add((sentence, KG.charEnd, Literal(evidence.end, datatype=XSD.integer)))
    graph.add((sentence, SCHEMA.isPartOf, article))


@lru_cache(maxsize=4)
def _shapes(ontology_dir: Path) -> tuple[Graph, Graph]:
    """The shapes, and the class hierarchy sh:class needs (only rdfs:subClassOf: pyshacl mixes this graph
    into every article's graph, so the rest of the ontology would only cost time)."""
    shapes = Graph().parse(ontology_dir / "shapes.ttl", format="turtle")
    hierarchy = Graph()
    for triple in Graph().parse(ontology_dir / "kg.ttl", format="turtle").triples((None, RDFS.subClassOf, None)):
        hierarchy.add(triple)
    return shapes, hierarchy


def validate_graph(graph: Graph, *, settings: Settings, name: str = "article") -> None:
    """Check an article's graph against `kg/ontology/shapes.ttl`; raise ValidationError with the first problems."""
    import pyshacl

    shapes, hierarchy = _shapes(settings.ontology_dir)
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=hierarchy, inference="none",
                                           allow_warnings=True, advanced=False)
    if conforms:
        return
    problems = sorted({str(msg) for msg in report.objects(None, SH.resultMessage)})
    focus = sorted({str(node) for node in report.objects(None, SH.focusNode)})
    raise ValidationError(
        f"{name}: its graph fails {len(problems)} SHACL constraint(s), e.g. {problems[0]!r} on {focus[0]}; "
        "not stored (run `kg validate` for the full report)", report.serialize(format="turtle"))
