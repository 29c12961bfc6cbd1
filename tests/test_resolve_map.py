from __future__ import annotations

import re

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SDO

from kg.errors import ValidationError
from kg.extract import extract_facts
from kg.map import KG, lead_headline, map_to_ontology, validate_graph
from kg.read import parse_text
from kg.resolve import resolve_entities
from kg.settings import Settings

SETTINGS = Settings(base_iri="https://news.example.com/kg/")


def graph_of(text: str, nlp, known=None):
    (extraction,) = extract_facts([parse_text(text, source="t", default_id="t")], nlp=nlp)
    resolution = resolve_entities(extraction, settings=SETTINGS, known=known)
    return resolution, map_to_ontology(resolution, settings=SETTINGS)


def test_resolve_name_orders_are_one_person(nlp):
    resolution, graph = graph_of("Dark Tide is an upcoming Japanese film directed by Kento Nakajima. "
                                 "Nakajima Kento will play Ren in Dark Tide.", nlp)
    people = {e.iri for e in resolution.entities.values() if e.kind == "Person"}
    assert people == {"https://news.example.com/kg/person/kento-nakajima"}
    node = URIRef("https://news.example.com/kg/person/kento-nakajima")
    assert {str(n) for n in graph.objects(node, SDO.alternateName)} >= {"Nakajima Kento"}


def test_resolve_surname_second_reference(nlp):
    resolution, _ = graph_of("Margot Vance has been cast in The Glass Orchard, a thriller film. "
                             "Vance will play Ada Quill.", nlp)
    iris = {e.iri for r, e in resolution.entities.items() if r.kind == "Person"}
    assert iris == {"https://news.example.com/kg/person/margot-vance"}


def test_resolve_renamed_work_keeps_old_title_and_iri(nlp):
    resolution, graph = graph_of("The previous title for this movie was Silent Harbor and has since been "
                                 "changed to The Tide Keeper. The Tide Keeper is a Japanese thriller film.", nlp)
    work = URIRef("https://news.example.com/kg/work/silent-harbor")
    assert (work, SDO.name, Literal("The Tide Keeper")) in graph
    assert (work, SDO.alternateName, Literal("Silent Harbor")) in graph


def test_resolve_known_alias_reaches_existing_node(nlp):
    known = {("Work", "silent harbor"): "https://news.example.com/kg/work/silent-harbor"}
    resolution, _ = graph_of("The Tide Keeper is a Japanese thriller film directed by Sato Kenji. "
                             "It was formerly known as Silent Harbor.", nlp, known={**known,
                             ("Work", "the tide keeper"): "https://news.example.com/kg/work/silent-harbor"})
    works = {e.iri for r, e in resolution.entities.items() if r.kind == "Work"}
    assert works == {"https://news.example.com/kg/work/silent-harbor"}


def test_map_confidences_are_canonical_decimals(nlp):
    """Fuseki prints a decimal as written, Oxigraph and Virtuoso by its value: only "0.9" (not "0.900") reads alike."""
    _, graph = graph_of("Glass Town is a Japanese drama film directed by Ito Jun. It reportedly stars Mori Saki.", nlp)
    confidences = {str(c) for c in graph.objects(None, KG.confidence)}
    assert len(confidences) > 1 and all(re.fullmatch(r"0|1|0\.\d*[1-9]", c) for c in confidences), confidences


def test_map_article_without_a_headline_gets_its_first_sentence(nlp):
    _, graph = graph_of("date 2024-03-15 Two new Korean series arrive on Disney+ next month. Blue Signal is one.", nlp)
    assert {str(h) for h in graph.objects(None, SDO.headline)} == {"Two new Korean series arrive on Disney+ next month"}


def test_map_lead_headline_is_cut_at_a_word():
    long = "Netflix has confirmed " + "that a long and winding sentence goes on " * 5 + "for ever."
    headline = lead_headline([long])
    assert len(headline) <= 110 and headline.endswith(" that…") and long.startswith(headline[:-1] + " ")


def test_map_follows_the_contract(nlp):
    resolution, graph = graph_of("date 2022-01-10 Glass Town is an upcoming Japanese romantic drama movie "
                                 "directed by Ito Jun. Glass Town is coming to Netflix on March 24th, 2022. "
                                 "Mori Saki will play Aiko.", nlp)
    work = URIRef("https://news.example.com/kg/work/glass-town")
    article = URIRef(resolution.article_iri)
    assert (article, RDF.type, SDO.NewsArticle) in graph
    assert (article, SDO.about, work) in graph
    assert (work, RDF.type, SDO.Movie) in graph
    assert (work, SDO.genre, Literal("romantic drama")) in graph
    event = graph.value(work, SDO.releasedEvent)
    assert (event, RDF.type, SDO.PublicationEvent) in graph
    assert graph.value(event, SDO.startDate).datatype.endswith("#date")
    role = next(o for o in graph.objects(work, SDO.actor) if (o, RDF.type, SDO.PerformanceRole) in graph)
    assert graph.value(role, SDO.characterName) == Literal("Aiko")
    country = graph.value(work, SDO.countryOfOrigin)
    assert (country, RDF.type, SDO.Country) in graph


def test_map_a_series_creator_is_its_creator_not_a_writer(nlp):
    """"created by A" is a credit of its own (schema:creator): a creator may write none of the show; "written by
    B" is its author."""
    _, graph = graph_of("date 2025-03-02 Salt Fen is a British crime series created by Ida Bell. The pilot was "
                        "written by Tom Avery. Ray Dunn co-created the BBC drama Gull Point.", nlp)
    salt_fen, gull_point = (URIRef(f"https://news.example.com/kg/work/{slug}") for slug in ("salt-fen", "gull-point"))
    ida, ray = (URIRef(f"https://news.example.com/kg/person/{slug}") for slug in ("bell-ida", "dunn-ray"))
    assert (salt_fen, SDO.creator, ida) in graph and (gull_point, SDO.creator, ray) in graph
    assert (salt_fen, SDO.author, ida) not in graph and (gull_point, SDO.author, ray) not in graph


def test_map_an_episode_is_part_of_its_series(nlp):
    """An episode is a schema:TVEpisode, schema:partOfSeries its TVSeries, and the graph passes the shapes."""
    _, graph = graph_of('"Lamp Oil" is the fourth episode of the second season of the sitcom Harbour Nights. It '
                        "aired on the Corvid network on March 3, 2019.", nlp)
    episode = URIRef("https://news.example.com/kg/work/lamp-oil")
    series = URIRef("https://news.example.com/kg/work/harbour-nights")
    assert (episode, RDF.type, SDO.TVEpisode) in graph
    assert (episode, SDO.partOfSeries, series) in graph
    assert (series, RDF.type, SDO.TVSeries) in graph
    validate_graph(graph, settings=SETTINGS)


def test_map_every_fact_points_to_its_sentence(nlp):
    _, graph = graph_of("Night Bloom is a Korean thriller series directed by Kim Ho.", nlp)
    rows = list(graph.query("""
        PREFIX kg: <https://kg.example.org/ns#>
        SELECT ?text WHERE { ?st rdf:predicate schema:director ; kg:sentence/schema:text ?text }""",
                            initNs={"schema": SDO}))
    assert [str(r[0]) for r in rows] == ["Night Bloom is a Korean thriller series directed by Kim Ho."]


def test_map_iris_do_not_depend_on_order(nlp):
    _, first = graph_of("Night Bloom is a Korean thriller series directed by Kim Ho. Lee Na stars.", nlp)
    _, again = graph_of("Night Bloom is a Korean thriller series directed by Kim Ho. Lee Na stars.", nlp)
    assert set(first) == set(again)


def test_map_article_without_a_url_keeps_its_files_key(tmp_path, nlp):
    """Its IRI comes from its file's name: the key (a hash, not the path) tells two files of that name apart."""
    from kg.read import read_sources, source_key

    path = tmp_path / "story.txt"
    path.write_text("Salt Harbour is a Korean mystery series directed by Han Bora.")
    graphs = []
    for article in [*read_sources([path]), *read_sources([path], url="https://news.example.com/salt-harbour")]:
        (extraction,) = extract_facts([article], nlp=nlp)
        resolution = resolve_entities(extraction, settings=SETTINGS)
        graphs.append((URIRef(resolution.article_iri), map_to_ontology(resolution, settings=SETTINGS)))
    (by_name, graph), (by_url, with_url) = graphs
    assert graph.value(by_name, KG.sourceKey) == Literal(source_key(str(path)))
    assert str(tmp_path) not in graph.serialize(format="nt")
    assert with_url.value(by_url, KG.sourceKey) is None, "a url is the article's identity"
    validate_graph(graph, settings=SETTINGS)
    graph.set((by_name, KG.sourceKey, Literal(str(path))))
    with pytest.raises(ValidationError, match="SHACL"):
        validate_graph(graph, settings=SETTINGS)


def test_map_validation_refuses_a_nameless_person():
    graph = Graph()
    graph.add((URIRef("https://x.example/p"), RDF.type, SDO.Person))
    with pytest.raises(ValidationError, match="SHACL"):
        validate_graph(graph, settings=SETTINGS)


def test_map_local_schema_context_covers_the_ontology():
    """The local copy of the https://schema.org context defines every schema.org term the ontology uses."""
    import json

    context = json.loads((SETTINGS.ontology_dir / "schema-context.jsonld").read_text())["@context"]
    ontology = Graph().parse(SETTINGS.ontology_dir / "kg.ttl")
    used = {str(s).removeprefix("https://schema.org/") for s in ontology.subjects()
            if str(s).startswith("https://schema.org/")}
    assert used <= set(context)
    assert context["@vocab"] == "http://schema.org/"


def test_map_same_graph_whatever_the_ingest_order(tmp_path, nlp):
    from kg.pipeline import ingest
    from kg.store import open_store

    from .conftest import EXAMPLE_ARTICLES

    exports = []
    for name, order in (("forward", EXAMPLE_ARTICLES), ("backward", EXAMPLE_ARTICLES[::-1])):
        settings = Settings(store=str(tmp_path / name))
        for article in order:
            ingest([article], settings=settings, nlp=nlp)
        with open_store(settings) as store:
            exports.append(store.export("nquads"))
    assert exports[0] == exports[1]


def test_map_one_count_per_work_where_two_names_are_one_node(nlp):
    """Two titles the store knows as one work, each given its own episode count in the text: the graph has one
    count for the node (the surest), and passes the shapes, instead of refusing the whole article."""
    iri = "https://news.example.com/kg/work/silent-harbor"
    _, graph = graph_of("Silent Harbor is a ten-episode Japanese drama series. The Tide Keeper is a "
                        "twelve-episode Japanese drama series.", nlp,
                        known={("Work", "silent harbor"): iri, ("Work", "the tide keeper"): iri})
    assert len(set(graph.objects(URIRef(iri), SDO.numberOfEpisodes))) == 1
    validate_graph(graph, settings=SETTINGS)
