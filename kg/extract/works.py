"""Works: the titles of films, series and books, wherever an article names them.

A title is found by what the sentence does with it, read from the parse:
the subject of "is a 1936 British film" (the text before the copula, since
the small model splits long titles into clauses), the subject of "was
directed / written / produced by", the object of "directed" or "starred in",
the name after a work noun ("the film X", "the 2003 film X"), the words in
quotes, a title glossed with its year ("Monster (2023)"), and the titles the
store, the page markup and the newsroom already know. Every title found is
then marked wherever it occurs in the article, as `doc.spans["works"]`.

A title is a run of capitalized words joined by small words ("Death on a
Factory Farm", "McVeagh of the South Seas", "My Dearest, Like a Cherry
Blossom"). Whether the article describes the work, or only names it as
someone's earlier credit, is kept per title (`Doc._.titles`) for choosing the
article's main work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex as re
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.countries import countries_named, demonyms, is_country, names_a_place
from kg.extract.dates import DATE_RE, DAY_NAMES, MONTHS, YEAR_WORD, is_listing_day
from kg.extract.doc import (
    TitleInfo,
    all_tokens,
    doc_text,
    heading_spans,
    once_a_sentence,
    opens_paragraph,
    reports_box_office,
    sentence,
    sentences,
    tags_in,
    tokens,
    tokens_with,
    words_in,
)
from kg.extract.lexicon import (
    ACTING_VERBS,
    CAST_NEWS_VERBS,
    COMMISSION_VERBS,
    COMPANY_ENDINGS,
    COURTESY_TITLES,
    DISTRIBUTORS,
    FAMILY_NAME_PARTICLES,
    FILM_VERBS,
    FILMING_EXTENT,
    FILMING_VERBS,
    GENRE_NOUNS,
    GENRE_WORDS,
    GROUP_NOUNS,
    JOB_WORDS,
    OFFSCREEN_NOUNS,
    ORGANIZATION_SUFFIXES,
    PART_NOUNS,
    PERSON_NOUNS,
    PLATFORM_PREPOSITIONS,
    PLAYING_VERBS,
    ROLE_NOUNS,
    SAYING_VERBS,
    SCHEDULING_VERBS,
    SHOOT_NOUNS,
    SHOT_PARTS,
    SOURCE_KINDS,
    SOURCE_NOUNS,
    WATCH_LABELS,
    WORK_NOUNS,
    Lexicon,
    inflections,
    lemma,
)
from kg.extract.names import family_names, name_span
from kg.extract.patterns import NUMBER_WORDS

# Small words a title may hold between capitalized ones.
TITLE_CONNECTORS = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "for", "with", "at", "from", "vs",
                              "vs.", "or", "no", "de", "la", "le", "du", "des", "del", "da", "di", "der", "den",
                              "von", "van", "x", "&", "'s", "’s", "is", "are", "be", "it", "you", "me", "my",
                              "your", "our", "into", "upon", "over", "under", "about", "without", "by", "as", "n",
                              "'n", "'n'", "n'", "o'", "y", "e", "et", "und", "die", "das", "el", "los",
                              "las", "il", "lo", "les", "un", "una", "une", "'t", "n't", "'re", "'ll", "'ve",
                              "'m", "'d", "per",
                              # Tagalog and Indonesian: "Sa Pagitan ng Alon", "Kisah Cinta dan Laut"
                              "ng", "sa", "ang", "mga", "ni", "dan", "yang", "ke",
                              # Japanese particles in romanized titles: "Kaze no Uta ga Kikoeru", "Kimi wo Matsu"
                              "ga", "wo", "wa", "kara",
                              # other European languages' small words: "Die Stille nach dem Regen", "Mannen
                              # på taket", "Amour en fuite", "La casa sul lago", "Cidade dos Homens"
                              "nach", "dem", "im", "zum", "zur", "mit", "ohne", "auf", "aus", "vom", "och",
                              "og", "av", "på", "med", "til", "till", "en", "au", "aux", "sur", "sous", "avec",
                              "sans", "pour", "dans", "della", "delle", "dei", "degli", "nel", "nella", "sul",
                              "con", "sin", "por", "para", "al", "do", "dos", "na", "em", "com"})
# Punctuation a title may hold: "Urusei Yatsura 2: Beautiful Dreamer", "Hoodwinked!", "Mr. Morris".
TITLE_PUNCTUATION = frozenset({":", "!", "?", "&", "-", "–", "'", "’", ".", ",", "+"})
# Opening quotation marks and the marks that close them.
QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»"}
# Capitalized words that open a clause, never a title.
_CLAUSE_OPENERS = frozenset({"Here", "Directed", "Written", "Produced", "Starring", "Created", "Based", "Also", "While",
                             "Filming", "Production", "Cast", "There", "Its", "His", "Their", "Who", "Which",
                             "As", "But", "And", "Or", "So", "Although", "Though", "Since", "Because", "Despite",
                             "During", "According", "Unlike", "Following", "Upon", "Released", "Featuring"})
# Words that open a title as often as a clause ("In the Mood for Love", "She and Her Cat", "It Follows"): a
# title only when capitalized words follow, and never in a fronted phrase ("In 2005, …").
_PRONOUN_OPENERS = frozenset({"It", "He", "She", "They", "This", "That", "These", "Those", "Her", "In", "On",
                              "At", "When", "After", "Before", "With", "What", "Where", "Why", "How", "If"})
_LEADING_ADVERBS = frozenset({"Finally", "Meanwhile", "Next", "First", "Also", "However", "Then", "Plus",
                              "Lastly", "Elsewhere", "Additionally", "Similarly", "Today", "Now"})
# Words that alone are no title (besides the names of months and days, dates.DAY_NAMES); a decade and a place
# ("a DJ in 1990s Amsterdam") say when and where a story is set.
_NOT_TITLES = re.compile(r"^(?:Spring|Summer|Fall|Autumn|Winter|The|A|An|Season|Episode|Part|Chapter|Volume|"
                         r"Series|Film|Movie|Show|Trailer|Review|News|"
                         r"Netflix|Original|Much|Most|Many|Some|All|Both|Each|Few|Several|Le|La|Les|El|Il|Der|Die|Das|"
                         r"[IVX]+|\d+|\d+\s+of\s+\d+|(?:(?:19|20)\d0s|'\d0s)(?:\s+\p{Lu}\w+)?|EPs?|Mr\.?|Mrs\.?|Ms\.?|"
                         r"Dr\.?|"
                         r"(?:Season|Series|Episode|Part|Chapter|Volume)\s+(?:\d+|[IVX]+|One|Two|Three|Four|Five))$")
# A network's list of its year, as a headline names it: "HBO's 2025 Slate: Every New Series Coming This Year".
_A_YEARS_LIST = re.compile(r"(?:[\w+ ]{1,30}['’]s\s+)?(?:19|20)\d\d\s+(?:\w+\s+)?"
                           r"(?:Slate|Line-?up|Schedule|Preview|Guide|Calendar)s?\b", re.IGNORECASE)
# Year glosses: "(2008)", "(2008 film)", "(TV series)".
# The brackets after a title: "(1935)", "(2008 film)", "(TV series)", "(1989–94)" (a series glossed with the years
# it ran was first released in the first).
YEAR_GLOSS = re.compile(r"^(?:(?P<year>18[89]\d|19\d\d|20\d\d)(?P<range>\s*[–-]\s*(?:\d\d|\d{4}|present))?"
                        r"(?:\s+(?P<noun>film|movie|TV series|series|miniseries))?|"
                        r"(?P<only>film|TV series|miniseries|TV film))$")
_RELEASE_VERBS = frozenset({"release", "premiere", "air", "broadcast", "screen"})
_DEBUT_KINDS = frozenset({"directorial", "acting", "screen", "film", "feature", "movie", "television"})
_DIRECTING = frozenset({"direct", "cast", "feature", "star", "lead", "guide"})
_STARRING_VERBS = frozenset({"star", "co-star", "feature"})
_SOURCE_NOUN_ENDS = frozenset(noun.split()[-1] for noun in SOURCE_NOUNS)
# Words after which a title is named: "titled X", "renamed to X", "known as X".
_NAMING_WORDS = frozenset({"titled", "entitled", "retitled", "renamed", "called"})
_MAX_TITLE_TOKENS = 15
# The last words of the work nouns, singular and plural: most tokens are turned away by these.
WORK_NOUN_ENDS = frozenset(w for noun in WORK_NOUNS for w in (noun.split()[-1], noun.split()[-1] + "s"))
BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "am", "'s", "’s"})
# The words (or dictionary forms) a finder needs in a sentence before it walks the sentence's tokens; each is
# what that finder's own test of a token asks for, so a sentence without any of them gives it nothing.
_SUBJECT_VERBS = FILM_VERBS | {"base", "adapt", "film", "shoot"}
_RETURNING = frozenset({"back", "return"})
_AVAILABLE = frozenset({"available"})
_STARS = frozenset({"stars", "co-stars"})
_ACTING_LEMMAS = ACTING_VERBS | PLAYING_VERBS | {"role"}
_DEBUT_NOUNS = frozenset({"debut", "venture"})
_NAMING_CUES = _NAMING_WORDS | {"as", "to", "title"}
COMMISSIONING = COMMISSION_VERBS | {"pick", "picks", "picked", "picking"}
_FILMING_LEMMAS = frozenset({"film", "shoot"})
_PREMIERE_NOUNS = frozenset({"premiere", "release", "debut"})
# Work nouns the tagger reads as modifiers: "a 1946 theatrical short directed by …".
# "(directed by A)", "(written by A)": a credit glossed in brackets after a title.
CREDIT_GLOSS = re.compile(r"^(?P<verb>\w+)\s+by\s+(?P<name>\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){1,3})$")
# What opens a description in apposition to a title: "X, a 2003 film", "X, its eight-episode limited series".
APPOSITIVE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# A title's punctuation inside it (a comma may end it instead).
_TITLE_JOINS = TITLE_PUNCTUATION - {","}
# Work nouns the tagger often takes for a modifier or a verb ("a 1937 short", "the BBC miniseries" as "-s").
_TAGGED_AS_MODIFIER = frozenset({"short", "feature", "special", "retelling", "reimagining", "miniseries", "docuseries"})


@Language.component("kg_sentence_starts", assigns=["token.is_sent_start"])
def keep_sentences_whole(doc: Doc) -> Doc:
    """Where no sentence starts, set before the parser, which keeps the boundaries it is given: after a word
    on the same line (the small model splits "Bag Boy Lover | Boy is a 2014 film"), and after a title's colon
    ("Final Fantasy VII: Advent Children is a 2005 film"), and after a quote opened mid-sentence, so that a
    title and its description stay one sentence."""
    words = list(doc)
    for n, (token, following) in enumerate(zip(words, words[1:], strict=False)):
        if "\n" in token.whitespace_ or not following.text[:1].isupper():
            continue  # (the parser starts sentences at capitals: the others need no mark, which costs time)
        if token.text[-1:].isalnum() or (token.text == ":" and n > 0 and _title_word(words[n - 1])
                                         and _title_word(following)):
            following.is_sent_start = False
        elif token.text in _OPENING_QUOTES and n > 0 and (words[n - 1].text == "," or words[n - 1].is_alpha) \
                and not token.whitespace_:
            token.is_sent_start = following.is_sent_start = False  # ('his previous feature, “Halfway to X”')
    return doc


_OPENING_QUOTES = frozenset({"“", '"', "‘"})


@Language.factory("kg_works", assigns=["doc.spans"], requires=["token.dep", "token.tag"])
def make_work_recognizer(nlp: Language, name: str) -> WorkRecognizer:
    return WorkRecognizer(nlp, name)


class WorkRecognizer:
    """Finds the titles an article names and marks each of their mentions in `doc.spans["works"]`."""

    def __init__(self, nlp: Language, name: str = "kg_works") -> None:
        self.name = name
        self.nlp = nlp
        self.lexicon = Lexicon()
        self.known = PhraseMatcher(nlp.vocab)

    def configure(self, lexicon: Lexicon, titles: Iterable[str]) -> None:
        """Set the lexicon, and the titles already known (the store's, the newsroom's)."""
        self.lexicon = lexicon
        self.known = self._matcher(list(titles) + list(lexicon.vocabulary.titles))

    def _matcher(self, titles: Iterable[str]) -> PhraseMatcher:
        matcher = PhraseMatcher(self.nlp.vocab)
        docs = [self.nlp.make_doc(t) for t in dict.fromkeys(t for t in titles if t and t.strip())]
        if docs:
            matcher.add("WORK", docs)
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        titles: dict[str, TitleInfo] = {}
        for span, cue, described, work_type in self.candidates(doc):
            text = span.text
            if not self._acceptable(text):
                continue
            info = titles.setdefault(text, TitleInfo())
            info.described = info.described or described
            info.cues.add(cue)
            if work_type:
                info.types[work_type] += 1
        titles = _in_their_own_case(_without_possessors(_without_kinds_of_work(_season_titles_trimmed(titles)),
                                                        doc_text(doc), self.lexicon), doc_text(doc))
        titles = _without_family_names(_without_sayings(titles, doc), doc_text(doc))
        quoted = tuple(title for title, info in titles.items() if "quoted" in info.cues)
        titles = _completed_by_italics(titles, _emphasized(doc), quoted, doc_text(doc))
        known = [doc[start:end] for _, start, end in self.known(doc)]
        for span in known:
            titles.setdefault(span.text, TitleInfo(described=True, cues={"known"}))
        for text in self._emphasized_titles(doc):
            titles.setdefault(text, TitleInfo(cues={"emphasis"}))
        mentions = [doc[start:end] for _, start, end in self._matcher(titles)(doc)]
        doc.spans["works"] = filter_spans(mentions)
        doc._.titles = titles
        return doc

    def candidates(self, doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
        """(title span, cue, whether the article describes the work, its type) for every cue in the doc."""
        for sent in sentences(doc):
            yield from _copula_subjects(sent)
            yield from _offscreen_subjects(sent)
            yield from _after_offscreen_nouns(sent)
            yield from _after_source_nouns(sent)
            yield from _owned_before_source_nouns(sent)
            yield from _appositive_descriptions(sent)
            yield from _credited_subjects(sent, self.lexicon)
            yield from _premiered_subjects(sent)
            yield from _takings_subjects(sent)
            yield from _returning_subjects(sent)
            yield from _scheduled_subjects(sent)
            yield from _shoots_of(sent, self.lexicon)
            yield from _available_subjects(sent, self.lexicon)
            yield from _starring_subjects(sent)
            yield from _credit_participles(sent, self.lexicon)
            yield from _credited_objects(sent, self.lexicon)
            yield from _role_objects(sent, self.lexicon)
            yield from _after_work_nouns(sent)
            yield from _named_as(sent)
            yield from _debut_objects(sent)
            yield from _series_of_parts(sent)
            yield from _numbered_seasons(sent)
            yield from _cast_of(sent, self.lexicon)
            yield from ((title, "role-list", False, None) for _, title in role_list(sent, self.lexicon))
            yield from ((title, "listed", False, None) for _, titles in listed_works(sent, self.lexicon)
                        for title in titles)
            yield from self._platform_possessives(sent)
            yield from self._commissioned_objects(sent)
            yield from self._scheduled_objects(sent)
            yield from _possessive_works(sent)
            yield from _owners_of_parts(sent)
            yield from _submissions(sent)
            yield from _described_before(sent)
            yield from _had_its_premiere(sent)
            yield from _filmed_openers(sent)
            yield from _credited_items(sent)
            yield from _credited_possessives(sent, self.lexicon)
            yield from _quoted(sent)
        yield from _year_glossed(doc)
        yield from _dashed_items(doc)
        yield from self._platform_glossed_items(doc)
        yield from self._credit_glossed(doc)
        yield from _heading_titles(doc)
        yield from _listing_day_items(doc)
        article = doc._.article
        if article is not None and article.headline:
            yield from _headline_quotes(doc, article.headline)
            yield from _reviewed_in_headline(doc, article.headline)
            yield from self._headline_subject(doc, article.headline)

    def _credit_glossed(self, doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"Hollis (directed by Anna Feld)": a title glossed with a credit."""
        clean = doc._.clean
        for paren in clean.parentheticals if clean is not None else ():
            match = CREDIT_GLOSS.match(paren.text)
            title = _title_before(doc, paren.at) if match and self.lexicon.cue(match.group("verb"), "verb") else None
            if title is not None and title.end_char == paren.at:
                yield title, "credit-gloss", False, None

    def _headline_subject(self, doc: Doc, headline: str) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"Owambe Rules sets December 19 cinema release, heads to Prime Video": a headline in sentence case that
        opens with a name and a verb of a work's news ("sets", "tops", "wraps", "renewed") is about that work,
        when the body names it too (not "Ana Ruiz joins X": a person's verb; not a company's name)."""
        match = _HEADLINE_SUBJECT.match(headline)
        name = match.group("name") if match is not None else None
        if name is None or self.lexicon.is_organization(name) or self.lexicon.is_place(name):
            return
        text = doc_text(doc)
        for found in re.compile(rf"(?<![\w']){re.escape(name)}(?![\w'])", cache_pattern=False).finditer(text):
            span = doc.char_span(found.start(), found.end())
            if span is not None and sentence(span[0]).text.strip() != headline.strip() and is_title_like(span):
                yield span, "headline", True, None
                return

    def _platform_glossed_items(self, doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"1. **The Lamplighters** (Netflix) — 1.84 billion", "- Harbour Lights (BBC One, Sunday)": a chart's or a
        listing's item opens with the title its brackets give a streamer or a channel."""
        clean, text = doc._.clean, doc_text(doc)
        for paren in clean.parentheticals if clean is not None else ():
            where, comma, when = paren.text.partition(",")
            charted = _CHART_FIGURE.match(text, paren.at) or (comma and DATE_RE.search(when))
            title = _title_before(doc, paren.at) if charted and self.lexicon.is_platform(where.strip()) else None
            if title is not None and title.end_char == paren.at and _opens_an_item(title):
                title = title[:_before_season(list(title), 0, len(title))]  # ("X Season 2 (BBC iPlayer, Saturday)")
                yield title, "platform-gloss", False, None  # (not "- Bela Bajaria (Netflix)", a list of people)

    def _platform_possessives(self, sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"Netflix's Squid Game", "the BBC's Jackanory": what a platform's possessive owns is a show; in a
        box-office report, what a film distributor's owns (more than a word: "Universal's Illumination") a film."""
        if "POS" not in tags_in(sent):
            return
        words = all_tokens(sent.doc)
        charted = reports_box_office(sent.doc._.article)  # (elsewhere "Lionsgate's A" is as often an executive)
        for marker in tokens(sent):
            if marker.tag_ != "POS" or marker.i <= sent.start or marker.i + 1 >= sent.end:
                continue
            platform = platform_named(words[marker.i - 1], self.lexicon) is not None
            if platform or (charted and _distributor(words[marker.i - 1])):
                title = grow_title(sent.doc, marker.i + 1, sent)
                if title is not None and (platform or len(title) > 1) and not self._no_work_owned(title, sent):
                    yield title, "platform-possessive", True, None

    def _no_work_owned(self, title: Span, sent: Span) -> bool:
        """What a company's possessive owns that is no work: words before a work noun, a common noun or a quoted
        title; a speaker; an office, a venue, an event, a chart; a company or a place; a Title Case headline's run
        of words ("A24's Paper Moths Sets October Release")."""
        return _modifies_a_work_noun(title) or _speaks(title) or _before_quotes(title) or _before_a_noun(title) \
            or _an_office(title) or self.lexicon.is_organization(title.text) or self.lexicon.is_place(title.text) \
            or (in_title_case(sent) and not _named_elsewhere(title, sent))

    def _emphasized_titles(self, doc: Doc) -> Iterator[str]:
        """The phrases the page set in italics that look like titles: where news sets a work's title ("*Land of
        Crows* opens Friday"), with no other cue needed. A native title glossed in brackets after another
        ("*Snow Without Sound* (*Sne uden lyd*)") is the same work's other name, not a work of its own."""
        for phrase in _emphasized(doc):
            words = phrase.split()
            stress = len(words) == 1 and phrase.lower() in self.nlp.Defaults.stop_words  # "*Never* had she …"
            if len(words) <= _MAX_TITLE_TOKENS and phrase[:1].isupper() and phrase[-1] not in ".,;:" \
                    and not stress and f"({phrase})" not in doc_text(doc) and self._acceptable(phrase) \
                    and not _CAPTION_IN_ITALICS.search(phrase) and words[-1] not in _NAMING_WORDS:
                yield phrase  # (not a dek in italics that ends by naming the title after it: "… adaptation titled")

    def _commissioned_objects(self, sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"HBO Max renews Copperline": what a platform renews, cancels or orders is a show; "Paramount Pictures has
        greenlit The Night Couriers 2": what a studio greenlights is a work."""
        for verb in tokens_with(sent, COMMISSIONING):
            _, objects = commissioned(verb, self.lexicon) or (None, self._greenlit_by_a_studio(verb))
            for obj in objects:
                title = grow_title(sent.doc, obj.left_edge.i, sent) if obj.pos_ == "PROPN" else None
                if title is not None:
                    yield title, "commissioned", True, None

    def _scheduled_objects(self, sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
        """"Lionsgate has dated Night Orchard for October 9", "Disney moved X to May 1": what a company sets for a
        day is a work."""
        for verb in tokens_with(sent, SCHEDULING_FORMS):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            name = name_span(subject) if subject is not None and verb.pos_ == "VERB" else None
            if name is None or not self.lexicon.is_organization(name.text) or scheduled_for(verb) is None:
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
                title = title_span(sent.doc[obj.left_edge.i:obj.right_edge.i + 1], from_start=True)
                if title is not None:
                    yield title, "scheduled", True, None

    def _greenlit_by_a_studio(self, verb: Token) -> list[Token]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        name = name_span(subject) if subject is not None and verb.pos_ == "VERB" else None
        if name is None or lemma(verb) not in COMMISSION_VERBS or not self.lexicon.is_organization(name.text):
            return []
        return [c for c in verb.children if c.dep_ == "dobj"]

    def _platforms_original(self, text: str) -> bool:
        """"The Sky Original is produced by …", "a Netflix Original": a platform's word for its own show."""
        words = text.removeprefix("The ").split()
        return len(words) > 1 and words[-1] in ("Original", "Originals") and self.lexicon.is_platform(
            " ".join(words[:-1]))

    def _acceptable(self, text: str) -> bool:
        """No day, no date with a year ("debuted in January 2022"), no company or place, no bare "The", no
        nationality alone ("the second season of Argentine crime comedy X")."""
        return text not in DAY_NAMES and not _NOT_TITLES.match(text) and not _A_YEARS_LIST.match(text) \
            and text not in demonyms() \
            and not self._platforms_original(text) \
            and not (DATE_RE.fullmatch(text) and any(c.isdigit() for c in text)) \
            and not self.lexicon.is_known_organization(text) \
            and not self.lexicon.is_place(text) and text.split()[-1] not in COMPANY_ENDINGS


# --- where titles stand -------------------------------------------------------------------------------

def _copula_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X is a 1936 British film": the text before the copula, when what follows it is a work noun."""
    for token in tokens_with(sent, BE_FORMS):
        if not is_copula(token) or not _main_copula(token):
            continue
        noun = described_noun(token)
        if noun is None:
            continue
        subject, _ = split_alias(sent.doc[sent.start:token.i])
        title = title_span(subject, from_start=True) or _sentence_case_title(subject) or _clause_title(subject)
        if title is not None:
            yield title, "copula", True, WORK_NOUNS.get(work_noun(noun) or "")


def split_alias(subject: Span) -> tuple[Span, Span | None]:
    """"One Piece Film: Strong World or simply Strong World is …", "O thisavros tou makariti or Dead Man's
    Treasure is …": a subject that names its work twice, the second name after "or"; each name of two words or
    more ("Truth or Dare" is one title)."""
    words = list(subject)
    for n, word in enumerate(words[2:-1], start=2):
        if word.text != "or":
            continue
        after = n + 2 if words[n + 1].lower_ in ("simply", "just") else n + 1
        alias = subject.doc[subject.start + after:subject.end]
        if after < len(words) and (after > n + 1 or len(alias) >= 2) and is_title_like(alias):
            return subject.doc[subject.start:subject.start + n], alias
    return subject, None


def _main_copula(token: Token) -> bool:
    """A copula of the sentence's own clause, not of a relative one ("…, which is a film"); the small model
    sometimes hangs a main one on a noun before it ("D Tour: A Tenacious Documentary is …": an `acl`), which
    the title-like words before it still show, or on a verb before it ("Often referred to as …, X is a loose
    adaptation": an auxiliary comes before its verb, never after)."""
    return token.dep_ != "relcl" and (token.dep_ not in ("aux", "auxpass") or token.head.i < token.i)


def _sentence_case_title(subject: Span) -> Span | None:
    """"La prima notte di quiete is a 1972 Italian film": a title capitalized as a sentence is (as in Italian,
    French or Spanish) is taken only as the whole subject of a work's description, up to its first comma,
    and only when no word in it reads as a verb, a pronoun or an English determiner."""
    first = _comma_parts(subject)[0]
    words = list(first)
    if not 2 <= len(words) <= _SENTENCE_CASE_MAX or first.start != subject.start or _participle_phrase(first):
        return None  # ("Narrated by Egyptian actress A, the film is …": a participle's clause)
    opener = words[0]
    if not opener.text[:1].isupper() or not opener.is_alpha or opener.lower_ in ("the", "a", "an") \
            or opener.text in _CLAUSE_OPENERS | _PRONOUN_OPENERS | _LEADING_ADVERBS:
        return None
    if any(w.pos_ in ("VERB", "AUX", "PRON", "NUM", "PUNCT") or (w.pos_ == "DET" and w.lower_ in _ENGLISH_DETERMINERS)
           or w.tag_ == "POS" for w in words[1:]) or work_noun(words[-1]) is not None:
        return None  # ("Berthelot's third feature, following …, is a drama": an owner's work described, no title)
    return first if words[-1].lower_ not in TITLE_CONNECTORS else None


_SENTENCE_CASE_MAX = 8


def _clause_title(subject: Span) -> Span | None:
    """"Which Is Witch is a 1949 cartoon", "There's Nothing Out There is a 1991 film": a title that is itself a
    clause opens with a word that opens clauses, so it is taken only as the whole subject of a work's
    description, every word of it capitalized but the small ones."""
    words = list(subject)
    if not 2 <= len(words) <= _SENTENCE_CASE_MAX or subject.start != sentence(subject[0]).start:
        return None
    if words[0].text not in _CLAUSE_OPENERS | _PRONOUN_OPENERS | {"I"} or words[-1].lower_ in TITLE_CONNECTORS:
        return None
    capitalized = [w for w in words if w.text[:1].isupper() or w.text[:1].isdigit()]
    if len(capitalized) < 2 or any(w not in capitalized and w.lower_ not in TITLE_CONNECTORS for w in words):
        return None
    return subject


# The determiners that make a lower-case run English words, not a foreign title ("la", "le", "der" may be one).
_ENGLISH_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "any", "every",
                                  "each", "no", "all", "both", "another", "such", "what", "which"})


def _offscreen_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X is a song by A", "X is a 2004 video game": a title the text says is no screen work."""
    for token in tokens_with(sent, BE_FORMS):
        if is_copula(token) and _main_copula(token) and _describes_offscreen(token):
            title = title_span(sent.doc[sent.start:token.i], from_start=True)
            if title is not None:
                yield title, "offscreen", False, None


def _after_offscreen_nouns(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"the song "The Boy"", "his single Lil Big Man": a title named after a word that says it is no screen
    work."""
    for token in tokens_with(sent, OFFSCREEN_NOUNS):
        if token.lower_ in OFFSCREEN_NOUNS and token.pos_ == "NOUN":
            title = _title_from(token.i + 1, sent)
            if title is not None:
                yield title, "offscreen", False, None


def _after_source_nouns(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Henrik Ibsen's 1892 play The Master Builder", "the fairy tale Rapunzel": a title after a source noun
    used as a noun (after an owner, a year, an article or an adjective: the tagger may take "play" for a verb)."""
    doc = sent.doc
    for token in tokens_with(sent, _SOURCE_NOUN_WORDS):
        if token.lower_ not in SOURCE_NOUNS or token.i <= sent.start or token.i + 1 >= sent.end:
            continue
        before, quoted = doc[token.i - 1], doc[token.i + 1].text in QUOTES
        if token.lower_ in _LOOSE_SOURCE_NOUNS and not quoted:
            continue  # "the story The Guardian ran": a story, a tale or a legend names a title in quotes
        if before.tag_ == "POS" or YEAR_WORD.match(before.text) or before.lower_ in _SOURCE_NOUN_LEADS \
                or before.pos_ == "ADJ":
            title = _title_from(token.i + 1, sent, single=True)
            if title is not None:
                kind = SOURCE_NOUNS[token.lower_]
                yield title, "source-noun", False, kind if kind in SOURCE_KINDS else None


_SOURCE_NOUN_WORDS = frozenset(SOURCE_NOUNS)


def _owned_before_source_nouns(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"the anime of Chihiro Aoki's Twilight Post Office manga", "Ida Bell's Low Tide novel": a title between an
    owner's possessive and the source noun it names (capitalized words only: "Aoki's hit manga" names none)."""
    doc = sent.doc
    for token in tokens_with(sent, _SOURCE_NOUN_WORDS):
        if token.lower_ not in SOURCE_NOUNS or token.lower_ in _LOOSE_SOURCE_NOUNS or token.i - 2 <= sent.start \
                or token.dep_ == "compound":
            continue  # ("Netflix's Lia Ray novel adaptation": the words before "novel" name its author)
        start = token.i
        while start > sent.start and _title_word(doc[start - 1]) and doc[start - 1].tag_ != "POS":
            start -= 1
        if start < token.i and doc[start - 1].tag_ == "POS":
            title = doc[start:token.i]
            if is_title_like(title) and not countries_named(title.text):
                kind = SOURCE_NOUNS[token.lower_]
                yield title, "owned-source", False, kind if kind in SOURCE_KINDS else None
_SOURCE_NOUN_LEADS = frozenset({"the", "a", "an", "his", "her", "their", "its", "same"})
_LOOSE_SOURCE_NOUNS = frozenset({"story", "tale", "legend", "epic", "saga"})


def _describes_offscreen(copula: Token) -> bool:
    doc, sent = copula.doc, sentence(copula)
    i = copula.i + 1
    if i >= sent.end or doc[i].lower_ not in ("a", "an", "the"):
        return False
    for token in doc[i + 1:min(i + 10, sent.end)]:
        if _ends_description(token) or work_noun(token) is not None:
            return False
        if token.lower_ in OFFSCREEN_NOUNS and not _noun_follows(token):
            return True
    return False


def is_copula(token: Token) -> bool:
    """A form of "be"."""
    return token.lower_ in BE_FORMS


def described_noun(copula: Token) -> Token | None:
    """The noun a copula's description ends in when it describes a work: "X is a 1936 British musical film",
    "X is an HBO Film directed by A" (a parse that lost the attribute), "X is a 1942 Warner Bros. Looney Tunes
    directed by A" (no work noun, but a year and a credit say what X is). Read from the words after the
    copula, which hold up better than the small model's attachments."""
    doc, sent = copula.doc, sentence(copula)
    i = copula.i + 1
    while i < sent.end and doc[i].pos_ in ("ADV", "PART") and doc[i].lower_ != "not":
        i += 1
    owner_end = i
    while owner_end < min(i + 6, sent.end) and (doc[owner_end].text[:1].isupper()
                                                 or doc[owner_end].lower_ in PERSON_NOUNS):
        owner_end += 1
    if i < owner_end < sent.end and doc[owner_end].text in ("'s", "’s"):
        i = owner_end  # "X is director Bong Joon-ho's seventh feature": a possessive stands for the article
    elif i >= sent.end or doc[i].lower_ not in ("a", "an", "the"):
        return None
    found, year, last = None, False, None
    for token in doc[i + 1:min(i + 14, sent.end)]:
        if _ends_description(token):
            break
        last = token
        year = year or bool(YEAR_WORD.match(token.text))
        if (work_noun(token) is not None or named_production(token)) and not _noun_follows(token) \
                and not _says_less(token, found):
            found = token
    if found is not None:
        plural = found.tag_ == "NNS" and not found.lower_.endswith("series")  # a "miniseries" is one work
        return None if plural else found  # "Here are the six movies …" describes no one work
    credit_follows = last is not None and last.i + 2 < sent.end and doc[last.i + 2].lower_ == "by" \
        and doc[last.i + 1].tag_ == "VBN"
    return last if year and credit_follows and last.pos_ in ("NOUN", "PROPN") else None


def _says_less(noun: Token, before: Token | None) -> bool:
    """"X is a 1978 anime film and a version of the series": a noun of no one kind after one that has a kind
    does not replace it."""
    kind = WORK_NOUNS.get(work_noun(noun) or "")
    earlier = WORK_NOUNS.get(work_noun(before) or "") if before is not None else None
    return kind == "CreativeWork" and earlier not in (None, "CreativeWork")


def named_production(token: Token) -> bool:
    """"a Blumhouse production", "a British production": a production called after who made it, or where, is a
    work (unlike the "production" that began in May)."""
    return token.lower_ == "production" and token.i > 0 and token.doc[token.i - 1].text[:1].isupper()


def _noun_follows(token: Token) -> bool:
    """"a film director", "a television production company": a work noun qualifying another noun (not a
    participle the tagger took for one: "a film co-written and directed by A")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ in ("NOUN", "PROPN") and sentence(following) == sentence(token) \
        and not _PREFIXED_PARTICIPLE.fullmatch(following.lower_)


_PREFIXED_PARTICIPLE = re.compile(r"co-\w+(?:ed|en)")


def _ends_description(token: Token) -> bool:
    """Where the words describing a work end: a clause, a preposition, a comma (but the one between two
    adjectives: "a 1911 silent, short drama film") or a participle with its "by" ("a film directed by …")."""
    if token.text == "," and _between_adjectives(token):
        return False
    if token.text in (",", ";", ":", "(", ")", ".") or token.pos_ in ("ADP", "AUX", "SCONJ", "PRON"):
        return True
    if token.pos_ == "VERB" and token.tag_ in ("VBN", "VBG", "VBD"):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is None or following.pos_ in ("ADP", "DET", "PUNCT") or following.lower_ in ("and",)
    return token.pos_ == "VERB"


def _between_adjectives(comma: Token) -> bool:
    doc = comma.doc
    return 0 < comma.i < len(doc) - 1 and doc[comma.i - 1].pos_ == "ADJ" and doc[comma.i + 1].pos_ == "ADJ"


def _appositive_descriptions(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X, a 2003 film directed by A", "X, the new BBC One crime drama series", "X, Hazel Quarrie's horror
    film": the title a described work noun follows, after a comma."""
    doc = sent.doc
    for token in tokens_with(sent, WORK_NOUN_ENDS):
        noun = work_noun(token)
        if noun is None or token.text[:1].isupper() or (token.i + 1 < sent.end and (
                work_noun(doc[token.i + 1]) or doc[token.i + 1].tag_ == "POS" or doc[token.i + 1].text in QUOTES)):
            continue  # (nor "the Broker, the film's villain": what is the film's is no work; nor "in the Metro
            # Manila Film Festival, the disaster drama "X" …": a noun with its own title describes that one)
        determiner = token.left_edge
        before = determiner.i - 1
        owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.left_edge.i == determiner.i for c in token.children)
        if (determiner.lower_ not in APPOSITIVE_DETERMINERS and not owned) or before <= sent.start \
                or doc[before].text != "," or _opens_clause(token):
            continue  # ("X, Hazel Quarrie's slow-burn horror film": an owner's name opens it as well)
        title = _appositive_head(token, before) or _emphasized_before(doc, before, sent) \
            or _coordinated_title(token, _title_ending_at(doc, before - 1))
        title = _after_a_shoots_place(_after_a_part(title)) if title is not None else None
        if title is not None and not _in_by_phrase(title) and not follows_person_noun(title[0]) \
                and not (title.start > sent.start and doc[title.start - 1].lower_ == "as"):
            yield title, "appositive", True, WORK_NOUNS[noun]  # (not "stars A as Delia, a river-ferry pilot")


# Words whose "as" gives a part: "cast as C", "stars as C", "her turn as C".
_CASTING_AS = PLAYING_VERBS | ACTING_VERBS | {"cast", "join", "return", "reprise", "turn", "role", "part",
                                              "performance", "nomination"}  # ("her turn as C in X")


def _after_a_part(title: Span) -> Span:
    """"the role that made him famous: detective Fraser Munro in Harbourmaster, the BBC One crime drama": a name a
    bare common noun (or "as") introduces, then "in", is a part played; the title is what follows "in"."""
    doc = title.doc
    before = doc[title.start - 1] if title.start > 0 else None
    if before is not None and before.lower_ == "as" and lemma(before.head) in _CASTING_AS:
        pass  # ("cast as Const. Teddy Fenwick in Hollow Ice, an eight-episode crime drama": the part, then its work;
        # not "released as Blood in the Water, a thriller")
    elif before is None or not before.is_lower or before.tag_ not in ("NN", "VB") or work_noun(before) is not None:
        return title  # (the tagger may take a bare noun before a name, "detective Fraser Munro", for a verb)
    cut = next((t.i for t in title if t.lower_ == "in"), None)
    return doc[cut + 1:title.end] if cut is not None and cut + 1 < title.end else title


def _after_a_shoots_place(title: Span) -> Span:
    """"Filming has begun in Cork on Low Tide, a drama": after a shoot's "in", the words before "on" are the
    place and the title is what the shoot is on (a title read after any other "in" keeps its "on": "starred in
    Death on the Nile")."""
    doc = title.doc
    on = next((t.i for t in title if t.lower_ == "on"), None)
    if on is None or title.start == 0 or doc[title.start - 1].lower_ != "in" or on + 1 == title.end:
        return title
    shoot = doc[title.start - 1].head  # ("Filming has begun in", "shooting in"; not "her work in Love on the Rocks")
    shoots = shoot.lower_ in SHOOT_NOUNS or lemma(shoot) in FILMING_VERBS or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SHOOT_NOUNS for c in shoot.children)
    return doc[on + 1:title.end] if shoots else title


def _opens_clause(noun: Token) -> bool:
    """"Starring A, the film has grossed …": a work noun after a comma that is the subject of the verb after
    it opens the main clause; it describes nothing before the comma."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i


def _title_ending_at(doc: Doc, end: int) -> Span | None:
    """The title grown left from token `end`, with the possessive it may end in ("will star in Tuesdays at
    Marguerite's, a new romantic comedy")."""
    if end < 2 or doc[end].tag_ != "POS":
        return grow_title_left(doc, end)
    title = grow_title_left(doc, end - 1)
    return doc[title.start:end + 1] if title is not None and len(title) > 1 else None


def _coordinated_title(noun: Token, title: Span | None) -> Span | None:
    """"returns with Salt and Ash, a period drama": the parse hangs the appositive on the first of the words an
    "and" joins; the title is all of them."""
    if title is None or noun.dep_ != "appos":
        return title
    head, doc = noun.head, noun.doc
    if head.i < title.start and title.root in head.conjuncts and doc[title.start - 1].lower_ in ("and", "&"):
        whole = doc[head.left_edge.i:title.end]
        return whole if is_title_like(whole) else title
    return title


def follows_person_noun(token: Token) -> bool:
    """"the second feature from Danish filmmaker Rasmus Kjeldgaard, a chamber thriller", "Polish director Agata
    Wilk": a capitalized word a person noun introduces begins a person's name, whatever comes after it."""
    return token.i > 0 and token.text[:1].isupper() and lemma(all_tokens(token.doc)[token.i - 1]) in PERSON_NOUNS


def _emphasized_before(doc: Doc, comma: int, sent: Span) -> Span | None:
    """"*Los nombres del río*, the third feature from A": the phrase in italics that ends at the comma (a title
    in its own language's case, which capitals would not find)."""
    emphasized = set(_emphasized(doc))
    for start in range(max(sent.start, comma - _MAX_TITLE_TOKENS), comma):
        if doc[start:comma].text in emphasized and doc[start].text[:1].isupper():
            return doc[start:comma]  # (not "It is, *frankly*, a film that …")
    return None


def _appositive_head(noun: Token, comma: int) -> Span | None:
    """"Tide of the North Sea, a film …": the whole noun phrase a work noun is in apposition to, when that
    phrase is the sentence's subject (the tagger may take its first word for a common noun)."""
    head = noun.head
    if noun.dep_ != "appos" or head.i >= noun.i or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    span = noun.doc[head.left_edge.i:comma]
    return span if span.start == sentence(noun).start and is_title_like(span) else None


def _credited_subjects(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X was directed by A", "X, which was written by A", "X was released on D", "X is based on the novel":
    the work a passive credit verb, or the passive film verb of a sentence that names a credit, is about."""
    credits = any(lexicon.cue(t.text, "verb") for t in tokens_with(sent, lexicon.cue_words))
    for token in tokens_with(sent, lexicon.cue_words | _SUBJECT_VERBS):
        if token.tag_ != "VBN" or not (lexicon.cue(token.text, "verb") or (
                lemma(token) in FILM_VERBS and (credits or lemma(token) in _RELEASE_VERBS))
                or _from_a_source(token) or _filmed_somewhere(token)
                or (token.i == sent.start and lemma(token) in ("base", "adapt"))):
            continue
        # "X was set and filmed in Y", "X is the second installment …, and was directed by A"
        verb = token.head if token.dep_ == "conj" and (token.head.tag_ == "VBN" or is_copula(token.head)) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else token
        subject = nearest_subject([verb], verb.i, ("nsubjpass", "nsubj") if verb is not token else ("nsubjpass",))
        if subject is not None and subject.i > verb.i:
            subject = None
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None:
            title = _after_fronted_participle(token, sent)
            if title is not None:
                yield title, "credited-subject", True, None
            continue
        if _opens_sentence(subject, sent):
            end = next((c.i for c in verb.lefts if c.dep_ in ("auxpass", "aux")), verb.i)
            title = title_span(sent.doc[sent.start:end], from_start=True)
        else:
            title = _with_main_title(grow_title(sent.doc, subject.left_edge.i, sent))
        if title is not None and not (len(title) == 1 and title[0].lower_ in SHOOT_NOUNS | SHOT_PARTS):
            yield title, "credited-subject", True, None  # (not "Interviews were filmed in Calgary")


def _after_fronted_participle(participle: Token, sent: Span) -> Span | None:
    """"Directed by A, and written by B and C, X stars D", "Filmed in Y and Z, X was shot on a budget of …": a
    participle that opens the sentence is about the main clause's subject, the title after its last comma."""
    main = participle.head
    if participle.i != sent.start or participle.dep_ not in ("advcl", "prep") or main.i <= participle.i \
            or lemma(main) in PLAYING_VERBS:
        return None  # "Created by A and animated by B, Tiana is voiced by C": what is played is a character
    subject = nearest_subject([main], main.i, ("nsubj", "nsubjpass"))
    if subject is None or subject.i > main.i:
        return None
    end = next((c.i for c in main.lefts if c.dep_ in ("auxpass", "aux")), main.i)
    comma = max((t.i for t in sent.doc[participle.i:end] if t.text == ","), default=None)
    return title_span(sent.doc[comma + 1:end], from_start=True) if comma is not None else None


def nearest_subject(verbs: Iterable[Token], before: int, dependencies: tuple[str, ...] = ("nsubjpass",)
                    ) -> Token | None:
    """The verbs' subject nearest before token `before` (else the first after it): "The studio's first film,
    Chicken Run was directed by A" gives the parse two subjects, and the title is the one beside the verb."""
    found = [c for verb in verbs for c in verb.children if c.dep_ in dependencies]
    return max(found, key=lambda c: c.i if c.i < before else -1, default=None)


def _opens_sentence(subject: Token, sent: Span) -> bool:
    """The subject opens the sentence, or only a title's words come before it, which the parse left out of
    it ("Jingle All the Way was set …": "Jingle" taken for a modifier of the verb; "Scooby-Doo 2: …", "Bring
    the Soul: The Movie was released …")."""
    before = sent.doc[sent.start:subject.left_edge.i]
    return all(_title_word(t) and not t.is_punct or t.text in _TITLE_JOINS or t.lower_ in _LEFT_JOINS
               for t in before) and (not before or _title_word(before[0]))


def _with_main_title(title: Span | None) -> Span | None:
    """"…, Assignment: Earth was first broadcast": a subtitle the parse took alone, with its main title."""
    if title is None or title.start < 2 or title.doc[title.start - 1].text != ":":
        return title
    main = grow_title_left(title.doc, title.start - 2)
    return title.doc[main.start:title.end] if main is not None else title


def _takings_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Disney and Pixar's Gumdrop Galaxy slid to second place, dropping 44% to $41 million", "X took in $9.6
    million": in a box-office report, what takes money is a film: the title that ends right before the verb, in
    its subject (the parse may make the title a conjunct of the studio), past the studio's possessive."""
    doc = sent.doc
    if not any(t.tag_ == "$" for t in sent) or not reports_box_office(doc._.article):
        return
    for verb in tokens_with(sent, TAKING_FORMS):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        end = verb.i - 1
        while end > sent.start and doc[end].pos_ in ("ADV", "AUX"):  # ("X quickly took in …")
            end -= 1
        # the subject's last word, right before the verb ("Disney and Pixar's X": the parse may make X a conjunct),
        # or before the appositive that ends there ("Halvard Releasing's Thirty Acres, a Western starring A, took")
        title = grow_title_left(doc, end) if subject is not None and doc[end] in subject.subtree else None
        if title is None and subject is not None and doc[end].text == "," and any(
                c.dep_ == "appos" for c in subject.children):
            title = grow_title_left(doc, subject.i)
        if title is None:
            continue
        marker = max((t.i for t in title if t.tag_ == "POS"), default=None)
        title = doc[marker + 1:title.end] if marker is not None else title
        lexicon = doc._.lexicon
        if len(title) and not (lexicon is not None and lexicon.is_organization(title.text)):
            yield title, "takings", True, "Movie"  # (not "IMAX added $6 million")


# What a film does at the box office: "took in", "grossed", "slid to second", "opened to $14 million".
# ("earned" and "brought in" are as often a person's fee or a company's revenue)
TAKING_FORMS = frozenset(form for verb in ("take", "gross", "collect", "slide", "slip", "drop", "fall", "climb",
                                             "rise", "debut", "open", "add", "rake", "haul", "finish", "top",
                                             "round", "lead")
                          for form in inflections(verb, "verb"))


def _premiered_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Directed by A, X premiered at the 2010 Cannes Film Festival", "X aired on BBC One", "X ran on The WB",
    "X debuts April 17 on Hulu": what premieres, airs or screens, with no object, or runs, debuts or streams on a
    channel, is a work (a person premieres *a* film)."""
    for verb in tokens_with(sent, _PREMIERING | _REACHING | _RUNNING | _ARRIVING):
        if (verb.lower_ in _PREMIERING and not any(c.dep_ in ("dobj", "auxpass") for c in verb.children)
                or verb.lower_ in _REACHING and to_cinemas(verb)
                or verb.lower_ in _RUNNING | _ARRIVING and _on_a_channel(verb)) \
                and (verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") or misread_verb(verb)):
            end, start = verb.i, _clause_start(sent, verb)
            while end > start and sent.doc[end - 1].pos_ in ("ADV", "AUX"):  # "X originally aired"
                end -= 1
            title = title_span(sent.doc[start:end], from_start=True) if end > start else None
            if title is not None and title.end == end \
                    and not (verb.lower_ in _ARRIVING and _a_person_arriving(verb, title)):
                yield title, "premiered", True, None  # the subject, whether or not the parse saw one


def _a_person_arriving(verb: Token, title: Span) -> bool:
    """"Maya Okoro debuts on Netflix with her first special", "Ruiz debuted on HBO in 2019 with a guest spot": who
    debuts with something of their own, or by a family name the article gives a person, is a person."""
    with_objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                    if o.dep_ == "pobj"]
    return (len(title) == 1 and title.text in family_names(title.doc)) or any(
        t.lower_ in _APPEARANCES or (t.dep_ == "poss" and t.lower_ in ("her", "his", "their"))
        for o in with_objects for t in o.subtree)


# (not PART_NOUNS: "launches on Peacock with A in the lead" is a show's)
_APPEARANCES = frozenset({"role", "spot", "appearance", "cameo", "part", "special", "set", "turn"})


def _on_a_channel(verb: Token) -> bool:
    """"ran on The WB": a verb's "on" names a channel or a streamer kg knows."""
    lexicon = verb.doc._.lexicon
    return lexicon is not None and any(platform_named(o, lexicon) is not None for p in verb.children
                                       if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj")


def _returning_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X returns for its second season", "X is back for a third run": what returns for a season is a show."""
    for verb in tokens_with(sent, _RETURNING):
        back = verb.lower_ == "back" and is_copula(verb.head)
        if not (back or lemma(verb) == "return" and verb.pos_ == "VERB"):
            continue
        seasons = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                   for o in p.children if o.dep_ == "pobj" and o.lower_ in ("season", "series", "run", "installment")]
        holder = verb.head if back else verb
        if not seasons or _returns_as_someone(verb, holder, seasons):
            continue
        start = _clause_start(sent, holder)
        title = title_span(sent.doc[start:holder.i], from_start=True) if holder.i > start else None
        if title is not None and title.end == holder.i:
            yield title, "returning", True, "TVSeries"


def _scheduled_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X is scheduled for release in summer 2027", "X is set for release on May 8": what is set for a release
    is a work (its subject's words, not a phrase fronted before it)."""
    for verb in tokens_with(sent, _SET_FOR_RELEASE):
        release = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                   if o.dep_ == "pobj" and o.lower_ in ("release", "premiere", "debut", "launch", "bow")]
        passive = any(c.dep_ == "auxpass" or (c.dep_ == "aux" and lemma(c) == "be") for c in verb.children)
        if not release or not passive:
            continue
        end = min(c.i for c in verb.children if c.dep_ in ("auxpass", "aux"))
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        start = subject.left_edge.i if subject is not None else end  # (not "In Ireland, X is set for release")
        title = title_span(sent.doc[start:end], from_start=True) if end > start else None
        if title is not None and title.end == end:
            yield title, "scheduled", True, None


_SET_FOR_RELEASE = frozenset({"scheduled", "set", "slated", "dated", "skedded", "penciled", "pencilled", "due"})


def _shoots_of(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"seven weeks into the shoot of X", "the filming of X": what a shoot is of is a work (not what it is on:
    "filming on Skye", "production on Vancouver Island")."""
    for noun in tokens_with(sent, _SHOOTS):
        if noun.pos_ != "NOUN" or noun.lower_ not in _SHOOTS:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o.text[:1].isupper()):
                title = grow_title(sent.doc, obj.left_edge.i, sent)
                if title is not None and obj.i < title.end and not lexicon.is_place(title.text) \
                        and not lexicon.is_organization(title.text):
                    yield title, "shoot-of", True, None


_SHOOTS = frozenset({"shoot", "filming"})  # (not "the shooting of A", a killing; "the production of" beer)


def _clause_start(sent: Span, verb: Token) -> int:
    """Where the clause of a verb that opens the sentence begins: past the "When" or "After" that subordinates
    it ("When X premiered on Hulu, …": X, not "When X")."""
    first = sent[0]
    opens = first.text in _PRONOUN_OPENERS | _CLAUSE_OPENERS and first.dep_ in ("advmod", "mark") \
        and first.head.i == verb.i
    return sent.start + 1 if opens else sent.start


def _returns_as_someone(verb: Token, holder: Token, seasons: list[Token]) -> bool:
    """"A returns for a second season as host": a person, not a show."""
    return any(t.lower_ == "as" for t in (*verb.children, *holder.children, *(w for o in seasons for w in o.subtree)))


def _available_subjects(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X is now available on Netflix", "X is available to stream on Hulu": what a platform has, or what is
    there to watch, is a work (a person may be available on Sundays)."""
    for adjective in tokens_with(sent, _AVAILABLE):
        if adjective.lower_ != "available" or adjective.dep_ != "acomp" or not is_copula(adjective.head):
            continue
        heads = watching(adjective)
        to_watch = any(lemma(h) in _WATCHING for h in heads[1:])
        on_platform = any(lexicon.is_platform(o.text) for h in heads for p in h.children if p.dep_ == "prep"
                          and p.lower_ in ("on", "to", "via") for o in p.children if o.dep_ == "pobj")
        subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
        if (to_watch or on_platform) and subject is not None:
            title = title_span(sent.doc[subject.left_edge.i:subject.i + 1], from_start=True)
            if title is not None:
                yield title, "available", True, None


def watching(available: Token) -> list[Token]:
    """The words that may carry where "available" says a work is watched: the adjective itself ("available on
    Netflix"), its infinitive ("available to stream on Hulu") and its gerund ("available for viewing on X")."""
    return [available, *(c for c in available.children if c.dep_ == "xcomp"),
            *(g for p in available.children if p.dep_ == "prep" and p.lower_ == "for"
              for g in p.children if g.dep_ == "pcomp")]


_WATCHING = frozenset({"stream", "watch", "view", "rent", "buy", "download"})
_PREMIERING = frozenset(form for verb in ("premiere", "air", "screen") for form in inflections(verb, "verb"))
# What reaches cinemas is a film: "X opens in theaters Friday", "X hits cinemas", "X lands in theaters".
_REACHING = frozenset(form for verb in ("open", "hit", "land", "arrive") for form in inflections(verb, "verb"))
_RUNNING = frozenset(inflections("run", "verb"))
# What debuts, launches, streams or drops on a channel, unless a person does: "Maya Okoro debuts on Netflix with
# her first special".
_ARRIVING = frozenset(form for verb in ("debut", "launch", "stream", "drop") for form in inflections(verb, "verb"))
CINEMAS = frozenset({"theaters", "theatres", "cinemas", "theater", "theatre", "cinema"})


def commissioned(verb: Token, lexicon: Lexicon) -> tuple[Span, list[Token]] | None:
    """"HBO Max renews Copperline", "Peacock has cancelled the cop comedy Sundown Row": the network or streamer
    a verb has renew, cancel or order, and the objects it does so to."""
    if verb.pos_ != "VERB" or (lemma(verb) not in COMMISSION_VERBS and not _picked_up(verb)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "… at Hulu, which has canceled X"
    owner = platform_named(subject, lexicon) if subject is not None else None
    if owner is None:
        return None
    return owner, [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]


def platform_named(token: Token, lexicon: Lexicon) -> Span | None:
    """The platform a name token is part of, its number included ("Channel 4", "TV 2"), or the token alone
    ("Netflix", which is no word of a person's name)."""
    span = name_span(token) or (token.doc[token.i:token.i + 1] if lexicon.is_platform(token.text) else None)
    if span is None:
        return None
    doc = token.doc
    numbered = doc[span.start:span.end + 1] if span.end < len(doc) and doc[span.end].like_num else None
    return next((s for s in (numbered, span) if s is not None and lexicon.is_platform(s.text)), None)


def _picked_up(verb: Token) -> bool:
    """"Peacock has picked up X for a second season"."""
    return verb.lower_ in ("pick", "picks", "picked", "picking") and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


SCHEDULING_FORMS = frozenset(form for verb in SCHEDULING_VERBS for form in inflections(verb, "verb"))
_SCHEDULED_FOR = frozenset({"for", "to", "until", "into"})


def scheduled_for(verb: Token) -> Span | None:
    """"dated X for October 9", "pushed back to 2027", "delayed until March": the time phrase a scheduling verb
    sets a release for (not the one it moves it from); None without one."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
    return next((phrase for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in _SCHEDULED_FOR
                 if DATE_RE.match((phrase := verb.doc[p.i + 1:p.right_edge.i + 1]).text)), None)


def misread_verb(token: Token) -> bool:
    """"Home Sweet Rice lands on Netflix", "X premieres on Stan", "X premieres Saturday, June 21": the tagger took
    the verb for a plural noun, but it is the root and has the release's "on", or its day."""
    return token.dep_ in ("ROOT", "conj") and token.tag_ in ("NNS", "NN") and any(
        (c.dep_ == "prep" and c.lower_ in PLATFORM_PREPOSITIONS) or (c.dep_ in ("npadvmod", "tmod")
                                                                     and c.text in DAY_NAMES)
        for c in token.children)


def to_cinemas(verb: Token) -> bool:
    """"opens in theaters", "hits cinemas": a verb whose object or place is the cinemas."""
    return any(c.lower_ in CINEMAS for c in verb.children if c.dep_ == "dobj") or any(
        o.lower_ in CINEMAS for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _filmed_somewhere(verb: Token) -> bool:
    """"X was filmed in Y", "X was shot primarily in Y" (a person may be shot in Dallas: "shot" takes an
    extent, "on location" or a subject no person's name is, "The Quiet Man", to be a film's)."""
    if lemma(verb) not in ("film", "shoot") or not any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
                                                        for c in verb.children):
        return False
    return lemma(verb) == "film" or any(c.lower_ in FILMING_EXTENT for c in verb.children if c.dep_ == "advmod") \
        or "on location" in verb.doc[verb.i:verb.i + 4].text or any(
            c.dep_ == "nsubjpass" and c.left_edge.text in ("The", "A", "An") for c in verb.children)


def _starring_subjects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X stars A", "X, which features A and B": a work is what stars people (a person stars *in* one)."""
    for token in tokens_with(sent, _STARRING_VERBS):
        if token.pos_ != "VERB" or lemma(token) not in _STARRING_VERBS or token.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        if not any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or _pair_of_names(c)) for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("which", "that") and token.dep_ == "relcl":
            subject = token.head
        if subject is None:
            continue
        if subject.pos_ == "PROPN":
            title = grow_title(sent.doc, subject.left_edge.i, sent) if subject.left_edge.i > sent.start else \
                title_span(sent.doc[sent.start:subject.i + 1], from_start=True)
        else:  # "65 Revisited features A": a title's last word may be tagged a verb; the whole opening is the title
            title = title_span(sent.doc[sent.start:subject.i + 1], from_start=True)
            title = title if title is not None and title.end == subject.i + 1 else None
        if title is not None:
            yield title, "starring-subject", True, None
    yield from _starring_by_words(sent)


def _pair_of_names(noun: Token) -> bool:
    """"the on-screen pair of A and B"."""
    return noun.lower_ in GROUP_NOUNS and any(
        o.pos_ == "PROPN" for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _starring_by_words(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Superman II stars Gene Hackman, …" read from the words, where the parse lost the verb ("stars" a noun,
    or a compound of the first name): the sentence opens with title words, then "stars" and a name."""
    doc = sent.doc
    for token in tokens_with(sent, _STARS):
        if token.lower_ in ("stars", "co-stars") and sent.start < token.i < sent.end - 1 \
                and _name_follows(doc, token.i + 1, sent):
            title = title_span(doc[sent.start:token.i], from_start=True)
            if title is not None and title.end == token.i:
                yield title, "starring-subject", True, None


def _name_follows(doc: Doc, i: int, sent: Span) -> bool:
    """A capitalized word at i, or after a word or two that describe it ("stars actor Harry Carey"; not
    "stars as C", where the subject is the actor)."""
    while i < sent.end and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and i < sent.end - 1:
        i += 1
    return i < sent.end and doc[i].text[:1].isupper()


def _from_a_source(verb: Token) -> bool:
    """"based on the novel …", "adapted from a manga …", "based on the novel X", "based upon X, a novel by A":
    a source verb whose object is a source noun, or a title it names one."""
    return lemma(verb) in ("base", "adapt") and any(
        obj.dep_ == "pobj" and (_source_noun(obj) or any(
            c.dep_ in ("compound", "appos") and _source_noun(c) for c in obj.children))
        for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("on", "upon", "from")
        for obj in prep.children)


def _source_noun(token: Token) -> bool:
    """"novel", "novels", "play": a noun that names the kind of a work a film is based on."""
    return token.lower_ in _SOURCE_NOUN_ENDS or (token.lower_.endswith("s") and token.lower_[:-1] in _SOURCE_NOUN_ENDS)


def _credit_participles(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"X, written by A, runs 89 minutes": the name a credit participle with its agent follows."""
    doc = sent.doc
    for token in tokens_with(sent, lexicon.cue_words):
        if token.tag_ != "VBN" or token.dep_ not in ("acl", "relcl") or lexicon.cue(token.text, "verb") is None:
            continue
        before = token.i - 1
        if before > sent.start and doc[before].text == ",":
            before -= 1
        if before >= sent.start and any(c.dep_ == "agent" for c in token.children):
            title = grow_title_left(doc, before)
            if title is not None and title.start == sent.start:
                yield title, "credited-subject", True, None


def _role_objects(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"A is the director of X", "the producer of 'X'", "the actor and writer of X", "wrote the screenplay
    for X": the title a role or craft noun (or one coordinated with it) is of."""
    for token in tokens_with(sent, lexicon.cue_words):
        if token.pos_ != "NOUN":
            continue
        if lexicon.cue(token.text, "role") is not None:
            prepositions: tuple[str, ...] = ("of",)
        elif lexicon.cue(token.text, "craft") is not None:
            prepositions = ("of", "for")
        else:
            continue
        for prep in (c for member in (token, *token.conjuncts) for c in member.children):
            if prep.dep_ == "prep" and prep.lower_ in prepositions:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        title = _object_title(obj, sent)
                        if title is not None:
                            yield title, "credited-object", True, None


def _credited_objects(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"A directed X", "A starred in X": the work an active credit or acting verb is about."""
    for token in tokens_with(sent, lexicon.cue_words | _ACTING_LEMMAS):
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        cue = lexicon.cue(token.text, "verb")
        acting = lemma(token) in ACTING_VERBS or lemma(token) in PLAYING_VERBS or lemma(token) == "role"
        if cue is None and not acting:
            continue
        if token.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in token.children):
            continue
        # "made Tom Cruise a star": what "made" makes is no title unless the sentence says so elsewhere
        objects = [c for c in token.rights if c.dep_ == "dobj"] if cue and cue.lemma != "make" else []
        objects += [g for c in token.rights if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"] if acting else []
        objects += _where_a_part_is_played(token) if lemma(token) in PLAYING_VERBS else []
        for obj in objects:
            for member in [obj, *_conjuncts(obj)]:
                title = _object_title(member, sent)
                if title is not None and not _directed_in_a_work(title, token):
                    yield title, "credited-object", cue is not None, None


def _speaks(name: Span) -> bool:
    """"SVT's Petra Lindgren said …", "Netflix's Bela Bajaria told Variety": who says something, by a name as a
    person's is written, is a person (an executive of the platform), not a show ("HBO's Succession told the
    story of a dynasty" is one)."""
    return name.root.dep_ == "nsubj" and lemma(name.root.head) in SAYING_VERBS and _may_name_a_person(name)


def _directed_in_a_work(title: Span, verb: Token) -> bool:
    """"A directs Mia Holt in a thriller": a name a verb directs "in" a work noun is an actor's."""
    return _may_name_a_person(title) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and any(work_noun(w) is not None for w in (o, *o.children)) for o in c.children)
        for c in (*verb.children, *title.root.children))


def _where_a_part_is_played(verb: Token) -> list[Token]:
    """"portrayed the main antagonist in Ong Bak 3", "played the lead in X": the work a part noun is in (only a
    part noun's: the object of "played the piano in …" says nothing of a work)."""
    return [g for part in verb.children if part.dep_ == "dobj" and part.lower_ in PART_NOUNS
            for p in part.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
            for g in p.children if g.dep_ == "pobj"]


def _in_by_phrase(span: Span) -> bool:
    """"Directed by A, the series …": a name in a by-phrase is the maker, not the work described."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "by" for t in span)


def _object_title(token: Token, sent: Span) -> Span | None:
    """The title an object begins: grown over its words (the parse often hangs "Without Tears" of "English
    Without Tears" on the verb); "directed Harry Carey in McVeagh of the South Seas" names the person
    directed and then the work."""
    first = token.left_edge
    if not _title_word(first):
        return title_span(_own_subtree(token))
    title = grow_title(sent.doc, first.i, sent)
    if title is None or (title.end <= token.i and not _title_word(token)):
        return None  # "a role in Kiarostami's works": the owner of a common noun is no title
    return _without_person_in(_without_partner(title))


def _without_partner(title: Span) -> Span:
    """"co-wrote Cold Orchard with Tom Avery": a "with" the verb holds, then a person's name, ends the title."""
    for word in title[1:]:
        rest = title.doc[word.i + 1:title.end]
        if word.lower_ == "with" and not (title.start <= word.head.i < title.end) and 2 <= len(rest) <= 3 \
                and all(t.pos_ == "PROPN" for t in rest):
            return title.doc[title.start:word.i]
    return title


def _without_person_in(title: Span) -> Span | None:
    """"Harry Carey in McVeagh of the South Seas" is a person in a work: the work. Before a place ("Grey
    Gardens in Texas") neither is: the words before "in" may as well be a person directed there."""
    for n, word in enumerate(title):
        if word.lower_ == "in" and 2 <= n <= 3 and all(t.pos_ == "PROPN" for t in title[:n]):
            rest = title.doc[word.i + 1:title.end]
            return rest if is_title_like(rest) and not names_a_place(rest.text) else None
    return title


def _after_work_nouns(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"the film X", "the 2003 film X", "the HBO series X", "the novel X", "his first film, X,": the title
    after a work noun."""
    doc = sent.doc
    for token in tokens_with(sent, WORK_NOUN_ENDS):
        if token.i + 1 >= sent.end or (token.pos_ not in ("NOUN", "PROPN") and not _noun_tagged_as_modifier(token)):
            continue
        noun = work_noun(token)
        if noun is None or token.text[0].isupper():
            continue
        start = token.i + 1
        appositive = doc[start].text == "," and any(c.dep_ == "appos" and c.left_edge.i == start + 1
                                                    for c in token.children)
        start += appositive  # "his first feature film, The Hungry Ghosts,"
        # "the novel The Hundred and One Dalmatians": a book's "and" is its title's (a film's may start a list)
        title = _title_from(start, sent, single=WORK_NOUNS[noun] in SOURCE_KINDS and token.lower_ == noun.split()[-1])
        if appositive and title is not None and title.end < sent.end and doc[title.end].tag_ == "POS":
            continue  # "The film, Inês Queiroz's third feature, …": the appositive describes; its owner is no title
        if title is not None and noun in _WEAK_WORK_NOUNS and title[0].lower_ not in ("the", "a", "an"):
            continue  # ("Sundance entry Lily Gale stars …": a person; "Horror entry The Hollow Pines" a title)
        if title is not None and not _subject_of_relative(title) and not _plays_someone(title):
            yield title, "work-noun", True, WORK_NOUNS[noun]


def _plays_someone(title: Span) -> bool:
    """"In the new version Morrow will play Will Hadley": the name after the noun plays a part, so it is the
    actor's (a work stars people, it plays no one)."""
    verb = title.root.head
    return title.root.dep_ == "nsubj" and lemma(verb) in PLAYING_VERBS \
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" and not _a_venue(c) for c in verb.children)


def _a_venue(name: Token) -> bool:
    """"The thriller X plays Lisbon's Doclisboa festival", "… plays the London Film Festival": what a film plays is
    a festival or a place, not a part."""
    lexicon = name.doc._.lexicon
    span = name_span(name)
    text = span.text if span is not None else name.text
    return name.lower_ in _VENUE_WORDS or any(c.dep_ == "poss" for c in name.children) or (
        lexicon is not None and (lexicon.is_place(text) or lexicon.is_organization(text)))


_VENUE_WORDS = frozenset({"festival", "fest", "theater", "theatre", "cinema", "market"})




def _noun_tagged_as_modifier(token: Token) -> bool:
    """"the new animated special The Snow Thief drew 4.9 million": a work noun the tagger took for an adjective,
    which the parse uses as a noun."""
    return token.lower_ in _TAGGED_AS_MODIFIER and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos")


# Work nouns as often followed by a person's name as by a title: a title after them opens with an article.
_WEAK_WORK_NOUNS = frozenset({"entry"})
# Parts of a series: what "the tenth episode of …" and "the ninth season of …" belong to.
SERIES_PARTS = frozenset({"episode", "episodes", "season", "seasons", "finale", "pilot"})


def _cast_of(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"A has joined the cast of X", "the ensemble of X": the title a cast belongs to (not "the cast of
    characters"). A person's name has the same capitals, but nobody joins the cast of one."""
    doc = sent.doc
    for token in tokens_with(sent, CAST_GROUPS):
        if token.pos_ != "NOUN" or token.i + 2 >= sent.end or doc[token.i + 1].lower_ != "of":
            continue
        title = _title_from(token.i + 2, sent)
        if title is not None and len(title) > 1 and title[-1].text == "?" and title.end >= sent.end - 1:
            title = title[:-1]  # "Who is in the cast of X?": the question's mark
        after = doc[title.end] if title is not None and title.end < sent.end else None
        if title is None or title.start != token.i + 2 or lexicon.is_organization(title.text) or (
                after is not None and (after.tag_ == "POS" or (after.pos_ == "NOUN" and after.is_lower))):
            continue  # ("the cast of Christopher Nolan's next film", "an ensemble of Oscar winners")
        yield title, "cast-of", False, None


# A group of actors whose work is named with "of": "the cast of X".
CAST_GROUPS = frozenset({"cast", "ensemble", "line-up", "lineup"})


def _series_of_parts(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"the second episode of The Simpsons' twentieth season", "the season finale of Lost": the title of the
    series an episode or a season belongs to."""
    for token in tokens_with(sent, SERIES_PARTS):
        name = series_of_part(token)
        if name is None:
            continue
        title = grow_title_left(sent.doc, name.i) if name.dep_ == "poss" else _title_from(name.left_edge.i, sent)
        if title is not None and title.root.lower_ not in SERIES_PARTS:
            yield title, "part-of", True, "TVSeries"


def _numbered_seasons(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Here's everything we know about Saltmarsh Season 2", "The Bear season 3 arrives in June": the title
    before a numbered season is a show's."""
    doc = sent.doc
    for season in tokens_with(sent, _SEASON_WORDS):
        number = doc[season.i + 1] if season.i + 1 < sent.end else None
        if number is None or not (number.like_num or number.lower_ in _SEASON_NUMBERS) or season.i <= sent.start:
            continue
        title = grow_title_left(doc, season.i - 1)
        if title is not None and len(title) > 1 and title.start == sent.start \
                and title[0].text in _PRONOUN_OPENERS | _LEADING_ADVERBS:
            title = title[1:]  # ("In Saltmarsh Season 2, …")
        if title is None or doc[title.start].tag_ == "POS" or title.root.lower_ in SERIES_PARTS \
                or (len(title) == 1 and title[0].pos_ in _NO_TITLE_ALONE) \
                or (in_title_case(sent) and not _named_elsewhere(title, sent)):
            continue  # ("Like Season 1, Season 2 …"; a Title Case headline's "'X' Gets Season 2 Renewal")
        yield title, "numbered-season", False, "TVSeries"


def in_title_case(line: Span) -> bool:
    """A line in Title Case (a headline, a heading): capitals on every word make no titles of their own, and
    names of verbs ("FX Renews 'Quarry Road'")."""
    words = [t.text for t in line if t.is_alpha and len(t) > _SMALL_WORD]
    return len(words) >= _MIN_TITLE_CASE_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


_SMALL_WORD = 3  # ("of", "the", "and", "for" keep their small letters in Title Case)
_MIN_TITLE_CASE_WORDS = 3
_TITLE_CASE_SHARE = 0.8


def _named_elsewhere(title: Span, sent: Span) -> bool:
    text = doc_text(sent.doc)
    return text.count(title.text) > text[sent.start_char:sent.end_char].count(title.text)


_NO_TITLE_ALONE = frozenset({"ADP", "SCONJ", "ADV", "VERB", "AUX", "DET", "PRON", "CCONJ", "PART"})


def _season_titles_trimmed(titles: dict[str, TitleInfo]) -> dict[str, TitleInfo]:
    """A Title Case heading runs a question into the title before "Season 2" ("When Does Saltmarsh Season 2 Come
    Out?" gives "Does Saltmarsh"): such a title is the shorter title it ends with, when one was found."""
    def trimmed(title: str) -> str:
        if titles[title].cues != {"numbered-season"}:
            return title
        return min((t for t in titles if t != title and title.endswith(" " + t)), key=len, default=title)
    return _renamed(titles, trimmed)


_SEASON_WORDS = frozenset({"season"})
_SEASON_NUMBERS = frozenset(NUMBER_WORDS)


def series_of_part(part: Token) -> Token | None:
    """The word that names the series an episode, a season, a pilot or a finale belongs to: its owner ("The
    Simpsons' ninth season") or what its "of" names ("of Lost", "two episodes of Lost"), through the parts that
    hold it ("the tenth episode of the ninth season of the series Family Guy") and the series noun before the
    name."""
    if part.lower_ not in SERIES_PARTS or part.text[:1].isupper() \
            or (part.lower_.startswith("season") and not _numbered(part)):
        return None
    for child in part.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.i < part.i:
            return child
        obj = next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ == "of" else None
        if obj is None:
            continue
        if obj.lower_ in SERIES_PARTS:
            return series_of_part(obj)
        if part.lower_ == "pilot" and not any(c.dep_ == "poss" for c in obj.children):
            return None  # ("the pilot of HBO's The Orchard"; not "plays the pilot of Air Force One")
        if obj.pos_ == "PROPN" and obj.text[:1].isupper():
            return obj
        if WORK_NOUNS.get(work_noun(obj) or "") in ("TVSeries", "CreativeWork"):  # "the medical drama Grey's Anatomy"
            return next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return None


def _numbered(part: Token) -> bool:
    """"the ninth season", "season two": a season counted, not a time of year."""
    return any(c.dep_ in ("amod", "nummod") and (c.like_num or c.lower_.endswith(("th", "st", "nd", "rd")))
               for c in part.children)


def _title_from(start: int, sent: Span, *, single: bool = False) -> Span | None:
    """The title that begins at `start` (or past the quote that opens it there), after the noun that names
    what it is."""
    doc = sent.doc
    if start < sent.end - 1 and doc[start].text in QUOTES:
        start += 1
    return grow_title(doc, start, sent, single=single) if start < sent.end else None


def _subject_of_relative(title: Span) -> bool:
    """"the first episode Rhimes has written": the name after the noun is the subject of a relative clause on
    the noun (the maker of the work, not its title): a verb of making with no object of its own."""
    head, verb = title.root, title.root.head
    if head.dep_ == "appos" and title.end < len(title.doc) and title.doc[title.end].dep_ in ("acl", "relcl"):
        verb = title.doc[title.end]  # "the new film Tom Harlan made with B": parsed as a name beside the noun
        return verb.head.i == head.head.i and verb.lower_ in _MAKING_FORMS and not _has_object(verb) \
            and not any(c.dep_ == "agent" for c in verb.children) and (_made_with_someone(verb) or verb.lower_
                                                                         not in _ALSO_PASSIVE_FORMS)
    return (head.dep_ == "nsubj" and verb.i > head.i and verb.lower_ in _MAKING_FORMS and not _has_object(verb)) \
        or _maker_before_past_verb(title)


def _maker_before_past_verb(title: Span) -> bool:
    """"the pilot of a series Okafor-Reyes sold to Hulu": a name before a past verb of making or selling that has
    no object is the subject of a relative clause (where the parse lost it); not "the film X directed by A", whose
    title the verb's "by" follows, nor "the film X made Spielberg a star"."""
    doc = title.doc
    after = doc[title.end] if title.end < len(doc) else None
    return after is not None and after.tag_ in ("VBD", "VBN") and after.lower_ in _RELATIVE_VERB_FORMS \
        and not _has_object(after) and not any(t.lower_ == "by" for t in doc[after.i:after.i + 4])


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "auxpass", "ccomp", "xcomp") and c.i > verb.i for c in verb.children)


def _made_with_someone(verb: Token) -> bool:
    """"made with Meg Dorsey": a maker's partner named ("made with funds from Screen Ireland" names none)."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and o.pos_ == "PROPN"
                                                                for o in p.children) for p in verb.children)


# Making verbs whose bare participle also follows a title: "the film Harbour Lights, made in Iceland"; "the film
# X directed" is no English unless a person directed it.
_ALSO_PASSIVE_FORMS = frozenset({"made", "filmed", "shot", "produced", "created"})


_MAKING_FORMS = frozenset(form for verb in ("write", "direct", "produce", "make", "create", "film", "shoot",
                                             "co-write", "co-direct", "helm", "pen")
                          for form in inflections(verb, "verb"))
_RELATIVE_VERB_FORMS = _MAKING_FORMS | frozenset(form for verb in ("sell", "pitch", "develop")
                                                 for form in inflections(verb, "verb")) | {"sold"}


def _debut_objects(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"his directorial debut was in 2010 with X", "her acting debut in X": the title a debut was in."""
    for noun in tokens_with(sent, _DEBUT_NOUNS):
        if noun.lower_ not in ("debut", "venture") or not any(
                c.lower_ in _DEBUT_KINDS for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
            continue
        for place in debut_places(noun):
            # (not "in A's Depression-era drama "X"": a common noun's title is the one named after it)
            title = None if YEAR_WORD.match(place.text) or place.is_lower \
                else grow_title(sent.doc, place.left_edge.i, sent)
            if title is not None:
                yield title, "debut", True, None
        subject = debut_subject(noun)
        title = title_span(sent.doc[sent.start:subject.i + 1], from_start=True) if subject is not None \
            and subject.text[:1].isupper() and _opens_sentence(subject, sent) else None
        if title is not None:
            yield title, "debut", True, None


def debut_subject(noun: Token) -> Token | None:
    """"X was the directorial debut of A", "The film marks A's feature debut": what the debut is said of."""
    if noun.dep_ not in ("attr", "dobj") or lemma(noun.head) not in ("be", "mark"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def debut_places(noun: Token) -> list[Token]:
    """Where a debut was: "in X", "with X" (on the noun or its verb), "…, X,"."""
    places = [o for holder in (noun, noun.head) for p in holder.children if p.dep_ == "prep"
              and p.lower_ in ("in", "with") for o in p.children if o.dep_ == "pobj"]
    return places + [c for c in noun.children if c.dep_ == "appos"]


@once_a_sentence
def role_list(sent: Span, lexicon: Lexicon) -> list[tuple[Span, Span]]:
    """"roles including Merle Jackson in Coronation Street, Mandy Cutler in Paradise Heights and Mand in Grease
    Monkeys", "characters such as nurse Sarah in Holby Lane": each character named with the title it is played
    in, after "including", "such as" or "as" that follows a word of roles."""
    if words_in(sent).isdisjoint(_ROLE_LIST_OPENERS) or words_in(sent).isdisjoint(_ROLE_WORDS):
        return []
    found: dict[int, tuple[Span, Span]] = {}
    for anchor in tokens(sent):
        if _opens_role_list(anchor, sent):
            for character, title in _role_items(anchor.i + 1, sent, lexicon):
                found.setdefault(character.start, (character, title))
    return list(found.values())


_ROLE_WORDS = ROLE_NOUNS | {"playing", "played"}
_ROLE_LIST_OPENERS = frozenset({"including", "include", "includes", "as"})


def _opens_role_list(anchor: Token, sent: Span) -> bool:
    """"including", "such as" or "as" within a few words after "roles", "characters", "playing"."""
    if anchor.lower_ not in _ROLE_LIST_OPENERS:
        return False
    words = all_tokens(sent.doc)
    before = words[max(sent.start, anchor.i - _ROLE_WORD_REACH):anchor.i]
    if anchor.lower_ == "as" and not (before and (before[-1].lower_ == "such" or before[-1].lower_ in _ROLE_WORDS)):
        return False
    return any(t.lower_ in _ROLE_WORDS for t in before)


_ROLE_WORD_REACH = 10


def _role_items(i: int, sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, Span]]:
    """Items "[a word or two such as 'nurse'] Character in (or on) Title", joined by commas and "and"."""
    doc = sent.doc
    while i < sent.end:
        lead = i
        while i < sent.end and i - lead < 2 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
            i += 1
        first = i
        while i < sent.end and i - first < 4 and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
            i += 1
        if i == first or i >= sent.end or doc[i].lower_ not in ("in", "on"):
            return
        title = grow_title(doc, i + 1, sent)
        if title is not None and title.end < sent.end and doc[title.end].tag_ == "POS":
            title = _owned_title(title.end + 1, sent)  # "Karen in Søren Aggerholm's family drama X": X
        if title is None:
            return
        if not _item_follows(title.end, sent):  # "… in Parks and Recreation": the "and" is the title's own
            title = grow_title(doc, i + 1, sent, single=True) or title
        title = _before_platform(title, lexicon)
        yield doc[first:i], title
        i = _past_separator(title.end, sent)
        if i == title.end:
            return


def _owned_title(i: int, sent: Span) -> Span | None:
    """The title after an owner's possessive and the few lower-case words that say what it is ("family drama")."""
    doc, start = sent.doc, i
    while i < sent.end and i - start < 3 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
        i += 1
    return grow_title(doc, i, sent) if i < sent.end else None


def _item_follows(i: int, sent: Span) -> bool:
    """Another "Character in Title" item after the "and" at `i`, or no "and" there at all."""
    doc = sent.doc
    if i >= sent.end or doc[i].lower_ != "and":
        return True
    j = i + 1
    while j < sent.end and doc[j].text[:1].isupper():
        j += 1
    return j < sent.end and doc[j].lower_ in ("in", "on")


def _past_separator(i: int, sent: Span) -> int:
    """Past the ",", "and" or ", and" between two items of a list (i itself when there is none)."""
    doc = sent.doc
    if i < sent.end and doc[i].text == ",":
        i += 1
    if i < sent.end and doc[i].lower_ == "and":
        i += 1
    return i


def _before_platform(title: Span, lexicon: Lexicon) -> Span:
    """"The Sarah Jane Adventures for the BBC": a title grown over the channel it was made for, cut back."""
    doc = title.doc
    for token in title[1:]:
        if token.lower_ in ("for", "on", "at"):
            rest = doc[token.i + 1:title.end]
            if rest and rest[0].lower_ == "the":
                rest = rest[1:]
            if rest and (lexicon.is_platform(rest.text) or lexicon.is_known_organization(rest.text)):
                return doc[title.start:token.i]
    return title


@once_a_sentence
def listed_works(sent: Span, lexicon: Lexicon) -> list[tuple[Token, list[Span]]]:
    """"appeared in A, B (2008) and C", "has had roles in films including A, B and C", "guest starred on such
    shows as A and B", "for directing A (1990), B (1997) and C (1999)": the works an acting verb, a role noun
    or an active credit verb lists, each list with the word that lists them. Read from the words: the small
    model's parse of a long list of titles rarely holds.

    What makes a list: after an acting verb's "in" or "on", two titles or a work noun ("appeared in
    London" names a city); after a role noun's, one title will do; right after a credit verb, a work noun
    or titles glossed with their years ("directed Tom Hanks and Meg Ryan" lists people)."""
    doc, found = sent.doc, []
    for anchor in tokens_with(sent, lexicon.cue_words | _LISTING_WORDS):
        if anchor.pos_ not in ("VERB", "NOUN"):
            continue
        credit = _active_credit_verb(anchor, lexicon)
        role = anchor.lower_ in _LISTING_ROLE_NOUNS and anchor.pos_ == "NOUN"
        acting = anchor.pos_ == "VERB" and lemma(anchor) in _LISTING_VERBS
        if not (credit or role or acting) or anchor.i + 1 >= sent.end:
            continue
        lead = anchor.i + 1
        if not credit:
            if doc[lead].lower_ not in ("in", "on"):
                continue
            lead += 1
        first = _past_list_lead(lead, sent)
        titles = list(_listed_titles(first, sent, lexicon))
        named_as_works = any(work_noun(t) for t in doc[lead:first])
        if credit:
            listed = len(titles) > 1 and (named_as_works or sum(map(_year_glossed_title, titles)) * 2 >= len(titles))
        else:
            listed = bool(titles) and (role or len(titles) > 1 or named_as_works)
        if listed:
            found.append((anchor, titles))
    return found


def _active_credit_verb(token: Token, lexicon: Lexicon) -> bool:
    """"directed", "directing", "wrote": a credit verb whose object follows it (not "directed by")."""
    return token.pos_ == "VERB" and lexicon.cue(token.text, "verb") is not None \
        and not any(c.dep_ in ("auxpass", "agent") for c in token.children)


def _year_glossed_title(title: Span) -> bool:
    """"Close-Up (1990)": a title glossed with its year in brackets."""
    clean = title.doc._.clean
    paren = clean.parenthetical_after(title.end_char) if clean is not None else None
    gloss = YEAR_GLOSS.match(paren.text) if paren is not None else None
    return gloss is not None and gloss.group("year") is not None


_LISTING_VERBS = frozenset({"appear", "star", "co-star", "guest-star", "act", "cameo"})
_LISTING_ROLE_NOUNS = ROLE_NOUNS - {"character", "characters"}  # "roles in X, Y"; a character is in one
_LISTING_WORDS = _LISTING_ROLE_NOUNS | _LISTING_VERBS
# Words between "in" and a list of titles: "in films including", "on such shows as", "in the 2004 film,".
_LIST_LEAD_WORDS = frozenset({"the", "a", "an", "such", "as", "including", "like", "many", "several", "various",
                              "other", "numerous", "both", "-"})
_MAX_LIST_LEAD = 6
# Nouns that name a set of works by a name of its own ("the Koker trilogy"), an item of a list of titles.
_COLLECTION_NOUNS = frozenset({"trilogy", "saga", "franchise", "quadrilogy", "duology"})


def _past_list_lead(i: int, sent: Span) -> int:
    """Past the words that lead into a title of a list ("films including", "such shows as", "the 2004 film,",
    "the Irish film"), a few at the most; a capitalized article is the title's own ("The Usual Suspects")."""
    doc, start = sent.doc, i
    while i < sent.end and i - start < _MAX_LIST_LEAD and doc[i].text not in ("The", "A", "An") \
            and _leads_into_title(doc, i, start, sent):
        i += 1
    return i


def _leads_into_title(doc: Doc, i: int, start: int, sent: Span) -> bool:
    """Whether the word at i is one of those that lead into a listed title (start: where the lead began)."""
    token = doc[i]
    if token.lower_ in _LIST_LEAD_WORDS or YEAR_WORD.match(token.text) or work_noun(token) is not None:
        return True
    if token.pos_ == "ADJ" and (token.is_lower or _noun_follows(token)):
        return True  # "leading roles", "the Irish film"
    if i + 1 < sent.end and work_noun(doc[i + 1]) is not None:
        return True  # "the Welsh film", tagged a proper noun
    return token.text == "," and i > start and work_noun(doc[i - 1]) is not None  # "the 2004 film, X"


def _listed_titles(i: int, sent: Span, lexicon: Lexicon) -> Iterator[Span]:
    """Titles joined by commas and "and", each perhaps led by its own "the 2006 film"."""
    doc = sent.doc
    while i < sent.end:
        title = _without_owner(grow_title(doc, i, sent), lexicon)
        end = title.end if title is not None else i
        if title is not None and end < sent.end and doc[end].lower_ in _COLLECTION_NOUNS:
            end += 1  # "for directing the Koker trilogy (1987), Close-Up (1990), …": a named set is an item, no title
        elif title is None or lexicon.is_place(title.text) or lexicon.is_known_organization(title.text) \
                or (end < sent.end and (work_noun(doc[end]) is not None or doc[end].tag_ == "POS")):
            return  # "the Irish film 3 Crosses", "in Kiarostami's works": a modifier or an owner, no title
        else:
            yield title
        i = _past_separator(end, sent)
        if i == end:
            return
        i = _past_list_lead(i, sent)


def _without_owner(title: Span | None, lexicon: Lexicon) -> Span | None:
    """"the BBC's My Family": the title after a channel's or studio's possessive."""
    if title is None:
        return None
    for token in title[1:-1]:
        if token.tag_ == "POS" and lexicon.is_known_organization(title.doc[title.start:token.i].text):
            return title.doc[token.i + 1:title.end]
    return title


def _named_as(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"titled X", "renamed to X", "will be called X", "formerly known as X", "working title X", "the title
    for this movie was X", "changed to X" (a plain "also known as" names people as often as works)."""
    doc = sent.doc
    for token in tokens_with(sent, _NAMING_CUES):
        start = None
        formerly = token.i > sent.start and doc[token.i - 1].lower_ in _FORMERLY_WORDS
        if token.lower_ in _NAMING_WORDS and (formerly or not any(c.dep_ == "nsubj" for c in token.children)
                                               or (token.tag_ == "VBN" and doc[token.i - 1].text == ",")):
            start = token.i + 1  # (not "Roussel called Kinolume the natural home", a verb with its subject; but
            # "The anime, titled X, …", whatever subject the parse hangs on the participle)
        elif token.lower_ == "as" and token.i - 2 >= sent.start and doc[token.i - 1].lower_ == "known" \
                and doc[token.i - 2].lower_ in ("formerly", "previously", "originally"):
            start = token.i + 1
        elif token.lower_ == "to" and token.i > sent.start and doc[token.i - 1].lower_ == "changed":
            start = token.i + 1
        elif token.lower_ == "as" and another_title_as(token):
            start = token.i + 1
        elif token.text == "title":
            start = next((t.i + 1 for t in doc[token.i + 1:min(token.i + 7, sent.end)]
                          if t.lower_ in ("is", "was", ":")), token.i + 1)
        if start is None or start >= sent.end:
            continue
        while start < sent.end - 1 and (doc[start].lower_ in ("to", ":", "is", "was", "simply", "just")
                                        or doc[start].text in QUOTES):
            start += 1
        title = grow_title(doc, start, sent)
        if title is not None:  # ("The film, earlier titled X, …": X is a former name, named in passing)
            yield (title, "former-name", False, None) if formerly else (title, "named", True, None)
            yield from _known_before_as(token, sent)


def _known_before_as(cue: Token, sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"The Jet Carver, which was known until recently by the working title Black Amber, …": the name a
    relative clause of another title hangs on is a title too."""
    clause = next((a for a in cue.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ != "PROPN":
        return
    title = grow_title(sent.doc, clause.head.left_edge.i, sent)
    if title is not None and title.end <= clause.head.i + 1 and not _may_name_a_person(title):
        yield title, "renamed", True, None


_FORMERLY_WORDS = frozenset({"earlier", "previously", "formerly", "originally", "once"})


def another_title_as(as_token: Token) -> bool:
    """The "as" of another title a work goes by: "released in the USA as Y", "X, later marketed as Y"."""
    return _released_abroad_as(as_token) or _renamed_as(as_token)


def _renamed_as(as_token: Token) -> bool:
    """"X, later marketed as Y", "originally released as Y" (not "also known as", said of people as often)."""
    doc = as_token.doc
    return as_token.i >= 2 and doc[as_token.i - 1].lower_ in _RENAMING_VERBS \
        and doc[as_token.i - 2].lower_ in _RENAMING_WHEN


_RENAMING_VERBS = frozenset({"marketed", "released", "retitled", "sold", "distributed", "reissued"})
_RENAMING_WHEN = frozenset({"later", "originally", "first", "subsequently", "initially", "also", "previously",
                            "formerly"})


def _released_abroad_as(as_token: Token) -> bool:
    """"released in the USA as X", "known in France as X (…) and in Germany as Y": the "as" of a title a work
    goes by in a country, after a verb of releasing or naming earlier in the sentence."""
    doc, sent = as_token.doc, sentence(as_token)
    place = next((t for t in doc[max(sent.start, as_token.i - 3):as_token.i] if t.lower_ == "in"), None)
    if place is None or not any(t.text[:1].isupper() for t in doc[place.i + 1:as_token.i]):
        return False
    return any(t.lower_ in _RELEASED_AS_VERBS for t in doc[sent.start:place.i])


_RELEASED_AS_VERBS = frozenset({"released", "known", "distributed", "shown", "retitled", "marketed", "sold",
                                "aired", "broadcast", "screened", "available"})


def _distributor(owner: Token) -> bool:
    """"Lionsgate's Kill Tally", "A24's Ghazal for a Drowned City": in a box-office report, a film distributor's
    possessive owns a film it releases, as a platform's owns a show."""
    name = name_span(owner)
    return name is not None and name.text.casefold() in DISTRIBUTORS


def _before_a_noun(title: Span) -> bool:
    """"Universal's Halloween slot", "Netflix's Tudum showcase", "A24's Noah Baumbach film": capitalized words a
    common noun follows modify it (a company's business news is full of them), unless the noun is what a work
    has or who it names ("HBO's The Gilded Stair finale", "Netflix's Squid Game star A")."""
    doc = title.doc
    noun = doc[title.end] if title.end < len(doc) else None
    return noun is not None and noun.pos_ == "NOUN" and noun.text.islower() \
        and noun.lower_ not in _WORK_PARTS | _NAMED_BY_A_WORK


# The people a title names by their part in it: "Netflix's Squid Game star A", "the Gallowglass creator".
_NAMED_BY_A_WORK = PERSON_NOUNS | {"star", "stars", "creator", "creators", "cast", "co-star", "lead"}


def _an_office(title: Span) -> bool:
    """"Netflix's Director of Mexican Film, A", "Paramount's Board of Directors", "Disney's El Capitan Theatre",
    "Netflix's Geeked Week", "Netflix's Top 10": an office, a board, a venue, an event or a chart a company's
    possessive owns is no work."""
    return title[0].lower_ in JOB_WORDS or title[0].text in _BODIES_AND_VENUES or title[-1].text in _BODIES_AND_VENUES \
        or (title[0].text == "Top" and len(title) > 1 and title[1].like_num)


_BODIES_AND_VENUES = frozenset({"Board", "Theatre", "Theater", "Cinema", "Stage", "Stages", "Lot", "Expo", "Hall",
                                "Center", "Centre", "Park", "Arena", "Week", "Upfront", "Upfronts", "Summit",
                                "Festival", "Showcase", "Awards", "Conference", "Convention", "Con"})


def _before_quotes(title: Span) -> bool:
    """"tvN's New Rom-Com "Dough Hearts"": headline-cased words right before a quoted title describe it."""
    doc = title.doc
    return title.end < len(doc) and doc[title.end].is_quote


def _modifies_a_work_noun(title: Span) -> bool:
    """"FX's Newfoundland dramedy", "Netflix's Korean series": one capitalized word before a work or genre noun
    says where the work is from, or what it is; so do more words when the title follows the noun ("CBS' Coast
    Guard drama "Harbor Watch"", "Apple TV+'s Cold War spy thriller *Eastbound*"); neither is a title."""
    doc = title.doc
    noun = next((t for t in doc[title.end:min(title.end + 3, len(doc))]
                 if not t.text.islower() or work_noun(t) is not None or t.lower_ in GENRE_NOUNS), None)
    if noun is None or not noun.text.islower():
        return False
    if len(title) == 1 and noun.i == title.end:
        return True
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is not None and (after.is_quote or after.text[:1].isupper())


def _possessive_works(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Peaky Blinders' Tom Harper joins …": the title an actor who is the sentence's subject is named by."""
    if "POS" not in tags_in(sent):
        return
    doc = sent.doc
    for token in tokens(sent):
        if token.tag_ != "POS" or token.i <= sent.start or token.head.dep_ != "poss":
            continue
        person = token.head.head
        owned = doc[token.i + 1:person.i + 1]
        if person.dep_ != "nsubj" or person.pos_ != "PROPN" or lemma(person.head) not in CAST_NEWS_VERBS \
                or any(t.is_lower for t in owned[:-1]) or owned.text in _emphasized(doc) \
                or (doc._.lexicon is not None and doc._.lexicon.is_organization(owned.text)):
            continue  # "Lucía Ferrer's Salt and Saffron leads …", "Montreal's Kestrel Pictures has boarded world
            # sales": what the possessive owns is no person's name
        title = grow_title_left(doc, token.i - 1)
        if title is not None and title.start == sent.start:
            yield title, "possessive", False, None


def _owners_of_parts(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"had A Journal of Insomnia's premiere on April 18", "The Long Night of Ada's second season": a title
    whose premiere, finale or season a possessive names (one with a small word or an article in it: a person's
    "Ada Kerr's premiere" has neither)."""
    if "POS" not in tags_in(sent) or words_in(sent).isdisjoint(_WORK_PARTS):
        return
    doc = sent.doc
    for marker in tokens(sent):
        part = marker.head.head
        if marker.tag_ != "POS" or marker.i <= sent.start or part.lower_ not in _WORK_PARTS \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in part.children):
            continue  # ("the festival's premiere of X": X is the work)
        title = grow_title_left(doc, marker.i - 1)
        if title is not None and title[0].dep_ == "prep" and not title.start <= title[0].head.i < title.end:
            title = title[1:]  # "On All Dogs Go to Heaven's cinema release, …": the clause's preposition
        if title is not None and len(title) > 2 and (title[0].lower_ in ("the", "a", "an")
                                                      or any(t.lower_ in TITLE_CONNECTORS for t in title[1:-1])):
            yield title, "part-owner", False, None


def _submissions(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Begging for Love was Japan's submission to the Academy Awards": what a country submits for a prize is a
    work (and its country, which the description reader takes)."""
    for noun in tokens_with(sent, ENTRY_NOUNS):
        copula = noun.head
        if not (country_entry(noun) and noun.dep_ == "attr" and is_copula(copula)):
            continue
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        words = sent.doc[subject.left_edge.i:subject.right_edge.i + 1] if subject is not None \
            else sent.doc[sent.start:copula.i]  # (the parse may take a title for a clause: "Begging for Love")
        if subject is not None or not any(t.text == "," for t in words):  # (not "Last year, X was …")
            title = title_span(words, from_start=True) or _sentence_case_title(words)
            if title is not None:
                yield title, "submission", True, None


def _described_before(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"A loose adaptation of Carmilla, Alucarda revolves around …": a sentence that opens by describing a work
    ("A …" and a work noun, then a comma) goes on with that work's title as its subject."""
    doc, first = sent.doc, sent[0]
    noun = first.head
    if first.lower_ not in ("a", "an") or first.dep_ != "det" or work_noun(noun) is None \
            or names_a_source(noun):
        return
    comma = noun.right_edge.i + 1
    subject = doc[comma + 1] if comma + 1 < sent.end and doc[comma].text == "," else None
    if subject is not None and subject.text[:1].isupper():
        title = grow_title(doc, subject.i, sent)
        if title is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in title):
            yield title, "described-before", True, WORK_NOUNS.get(work_noun(noun) or "")


def country_entry(noun: Token) -> str | None:
    """The country of "Japan's submission to the Academy Awards", "Iraq's official entry for Best Foreign
    Language Film": a country's entry for a prize."""
    if noun.lower_ not in ENTRY_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "for", "at") and _FILM_PRIZE.search(_subtree_text(c))
            for c in noun.children):
        return None
    span = name_span(owner)
    return span.text if span is not None and is_country(span.text) else None


ENTRY_NOUNS = frozenset({"submission", "entry", "selection", "candidate"})
_FILM_PRIZE = re.compile(r"\b(?:Academy Awards?|Oscars?|Film|Feature|Festival|Golden Globes?)\b")


def _subtree_text(token: Token) -> str:
    """The words a token heads, as written."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def _filmed_openers(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Maquilapolis filmed in Tijuana and focuses on …": a name that opens the sentence, followed at once by a
    participle of filming with its place, is a work's title (a person who "filmed in" a place is its subject)."""
    if words_in(sent).isdisjoint(_FILMING_LEMMAS):
        return
    doc = sent.doc
    title = grow_title(doc, sent.start, sent)
    verb = doc[title.end] if title is not None and title.end < sent.end else None
    if verb is not None and verb.dep_ == "acl" and verb.head.i in range(title.start, title.end) \
            and lemma(verb) in ("film", "shoot") and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children) \
            and not _may_name_a_person(title):
        yield title, "filmed", True, None


def _credited_items(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Die Stille nach dem Regen — dir. Matthias Ebersold", "La cosecha de los ciegos, dir. Rodrigo Ybarra",
    "Hotel Meridiana (Italy) dir. Carlotta Benedetti": a line-up's item opens with the title its "dir." credits
    (in whatever case its language writes it)."""
    doc = sent.doc
    credit = next((t for t in tokens(sent) if t.lower_ == "dir." and t.i > sent.start + 1), None)
    if credit is None or not opens_paragraph(sent):
        return
    before = doc[credit.i - 1]
    clean = doc._.clean
    glossed = clean is not None and clean.parenthetical_after(before.idx + len(before)) is not None
    if before.text not in ("—", "–", "-", ",") and not glossed:
        return
    start = next((t.i for t in doc[sent.start:credit.i] if not _numbering(t)), credit.i)  # ("1. X — dir. A")
    words = doc[start:credit.i - (0 if glossed else 1)]
    label, colon, _ = words.text.partition(": ")
    if colon and any(word in _PRIZE_LABELS for word in label.split()):
        words = doc[next(t.i for t in words if t.text == ":") + 1:credit.i - 1]  # ("Golden Bear: X — dir. A")
    title = (title_span(words, from_start=True) or _sentence_case_title(words)) if len(words) else None
    if title is not None and title.start == words.start and title.end == words.end:
        yield title, "credited-item", True, None


def _dashed_items(doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"The Salt Orchard — Nigerian director A returns with …", "Les Heures blanches — B's third feature …": a
    line-up whose paragraphs open with a title and a dash before what is said of it (two such paragraphs at
    least; not a name, which a list of people opens with)."""
    items = []
    for sent in sentences(doc):
        dash = next((t for t in doc[sent.start:min(sent.end, sent.start + _ITEM_TITLE_MAX + 1)]
                     if t.text in ("—", "–")), None)
        if dash is None or dash.i == sent.start or not _opens_an_item(sent) or dash.i + 1 >= sent.end \
                or not doc[dash.i + 1].text[:1].isupper():
            continue
        # the item's own line past its bullet ("### July 1" over "- *X* — …" may be one sentence), and its number
        line = max((t.i + 1 for t in doc[sent.start:dash.i] if "\n" in t.whitespace_ or t.text in _BULLETS),
                   default=sent.start)
        start = next((t.i for t in doc[line:dash.i] if not _numbering(t)), dash.i)
        if start == dash.i:
            continue
        words = doc[start:dash.i]
        said = doc[dash.i + 1:sent.end]
        title = title_span(words, from_start=True) or _sentence_case_title(words) or _sentence_cased_item(words)
        if title is not None and (title.start, title.end) == (words.start, words.end) \
                and len([t for t in said if t.is_alpha]) >= _ITEM_WORDS and not _ITEM_LABELS & {t.text for t in words} \
                and not (_may_name_a_person(title) and _describes_a_person(said)):
            items.append(title)
    for title in items if len(items) > 1 else ():
        yield title, "dashed-item", True, None


_ITEM_TITLE_MAX = 10
_BULLETS = frozenset({"-", "*", "•", "–"})


def _describes_a_person(words: Span) -> bool:
    """"The Danish director returns …", "American filmmaker, director of X", "German director of X": what a list
    of people says after a name's dash opens with a person's noun, or a pronoun (not "Danish director A returns",
    which names the person it is about)."""
    opening = list(words[:_PERSON_NOUN_REACH])
    return bool(opening) and (opening[0].pos_ == "PRON" or any(
        w.lower_ in PERSON_NOUNS and not (w.i + 1 < len(w.doc) and w.doc[w.i + 1].pos_ == "PROPN") for w in opening))


_PERSON_NOUN_REACH = 4
_ITEM_WORDS = 4  # (what follows a line-up title's dash says something of it; "Best Film — Conclave" names a winner)
# Words of a label before a dash, not of a line-up's title: "Best Film — X", "Update — …".
_ITEM_LABELS = frozenset({"Best", "Update", "Updated", "UPDATE", "Leading", "Supporting", "Winner", "Winners",
                          "Note", "Editor", "Breaking", "Exclusive", "EXCLUSIVE", "Watch", "Read", "Director", "Actor",
                          "Actress", "Screenplay", "Prize", "Award"})


def _sentence_cased_item(words: Span) -> Span | None:
    """"Les Heures blanches": all a line-up item's words before its dash, capitalized as a sentence, as French
    and Italian titles are (the tagger may take one of its words for a verb: the dash, not the parse, says it
    is a title); no English determiner or pronoun among them."""
    first, rest = words[0], list(words[1:])
    if not rest or not first.text[:1].isupper() or first.text in _CLAUSE_OPENERS | _PRONOUN_OPENERS \
            or not all(w.is_alpha for w in words) or any(w.lower_ in _ENGLISH_DETERMINERS or w.pos_ == "PRON"
                                                         for w in rest):
        return None
    return words if rest[-1].lower_ not in TITLE_CONNECTORS else None


# Words of a prize's or a programme slot's label before a line-up item's title: "Golden Bear: X", "Opening night:
# X".
_PRIZE_LABELS = frozenset({"Bear", "Lion", "Palme", "Palm", "Prize", "Award", "Winner", "Premiere", "premiere",
                           "Gala", "gala", "Night", "night", "Opening", "Closing", "Jury"})


def _may_name_a_person(title: Span) -> bool:
    """Two or three capitalized words and nothing else ("Ada Kerr"), as a person's name is written."""
    return 2 <= len(title) <= 3 and all(t.text[:1].isupper() and t.lower_ not in TITLE_CONNECTORS for t in title)


def _had_its_premiere(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"where Night of the Living Dead had its theatrical premiere", "Sirocco Hours had its world premiere in
    competition": what has "its" premiere or release is a work."""
    for noun in tokens_with(sent, _PREMIERE_NOUNS):
        verb = noun.head
        if noun.lower_ not in ("premiere", "release", "debut") or noun.dep_ != "dobj" or lemma(verb) != "have" \
                or not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        title = grow_title(sent.doc, subject.left_edge.i, sent) if subject is not None else None
        if title is not None and title.start <= subject.i < title.end:
            yield title, "premiered", True, None


# What a work's possessive owns that only a work has.
_WORK_PARTS = frozenset({"premiere", "release", "debut", "finale", "trailer", "season", "seasons", "episode",
                         "episodes", "sequel", "prequel", "remake", "reboot", "soundtrack", "showrunner"})


def _completed_by_italics(titles: dict[str, TitleInfo], emphasized: tuple[str, ...], quoted: tuple[str, ...],
                          text: str) -> dict[str, TitleInfo]:
    """"the teen drama series *Fuego cruzado*": a title cut at a lower-case word (sentence case, as Spanish and
    French titles are written) is the italic (or quoted) phrase it begins, when the page sets one so and the
    text never writes the shorter one alone ("Salt Creek" beside *Salt Creek and the River* is a title of its
    own); one that opens two such phrases and never stands alone ("Las" of 'Las horas quietas' and 'Las mareas
    de agosto') is no title. The other way, a title grown past the italics it opens with ("period drama
    *Bellrock* in Belfast") ends where they do (not past quotes: 'Static', the podcast, and the series "Static
    at Mile 9" it became)."""
    marked = emphasized + quoted
    def completed(title: str) -> str:
        if title in marked:
            return title
        longer = {phrase for phrase in marked if phrase.startswith(title + " ")
                  and phrase[len(title) + 1:][:1].islower()}
        if longer and text.count(title) == sum(text.count(phrase) for phrase in longer):
            return longer.pop() if len(longer) == 1 else ""
        shorter = {phrase for phrase in emphasized if title.startswith(phrase + " ")
                   and not _SEQUEL_MARK.match(title, len(phrase) + 1)}  # (not *Gravemoor* of "Gravemoor III")
        shorter |= {phrase for phrase in emphasized if title.endswith(" " + phrase)
                    and _named_before_a_preposition(title[:-len(phrase) - 1])}  # ("Ingrid Vale from *Gravemoor*")
        return max(shorter, key=len) if shorter else title
    if not marked:
        return titles
    renamed = _renamed(titles, completed)
    renamed.pop("", None)
    return renamed


def _named_before_a_preposition(text: str) -> bool:
    """"Ingrid Vale from": a person's name (two capitalized words or more, no article) before a preposition,
    which a title ends before (not "Return to", "The Girl from": a title's own words)."""
    *name, preposition = text.split()
    return preposition in ("from", "of", "in") and len(name) >= 2 \
        and all(w[:1].isupper() and w not in ("The", "A", "An") for w in name)


# The number of a sequel after its franchise's title: "III", "2", "Part Two".
_SEQUEL_MARK = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|Part\s+\w+)\b")


def _emphasized(doc: Doc) -> tuple[str, ...]:
    """The phrases the page set in italics."""
    article = doc._.article
    return article.emphasized if article is not None else ()


def _credited_possessives(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Producer Sarah Teale's Death on a Factory Farm", "director Bong Joon-ho's Parasite": what a credited
    person's possessive owns is a work."""
    if "POS" not in tags_in(sent) or words_in(sent).isdisjoint(lexicon.cue_words):
        return
    doc, words = sent.doc, all_tokens(sent.doc)
    for marker in tokens(sent):
        if marker.tag_ != "POS" or marker.i <= sent.start + 1 or marker.i + 1 >= sent.end:
            continue
        owner = name_span(words[marker.i - 1])
        if owner is not None and owner.start > sent.start and lexicon.cue(words[owner.start - 1].text, "role"):
            title = grow_title(doc, marker.i + 1, sent)
            if title is not None:
                yield title, "credited-possessive", True, None


def _quoted(sent: Span) -> Iterator[tuple[Span, str, bool, str | None]]:
    """Words in quotes that read as a title (not as a quotation: it would end on a full stop, unless a work noun
    or a naming word comes right before the quotes: the drama "Moonlight Pharmacy.")."""
    if words_in(sent).isdisjoint(QUOTES):
        return
    doc = sent.doc
    words = tokens(sent)
    for n, token in enumerate(words):
        closing = QUOTES.get(token.text)
        if closing is None or (token.text == "'" and n and words[n - 1].whitespace_ == ""):
            continue
        for end in range(n + 1, min(n + _MAX_TITLE_TOKENS + 2, len(words))):
            if words[end].text == closing or (closing == "”" and words[end].text == '"'):
                inner = doc[token.i + 1:words[end].i]
                if len(inner) > 1 and (inner[-1].text == "," or inner[-1].text == "." and _named_before(token)):
                    inner = inner[:-1]  # American punctuation: "'Title,' a film", the series "Title."
                if len(inner) and inner[-1].text != "." and (is_title_like(inner) or _sentence_case_quoted(
                        inner, token, words[end])) and not _nickname(doc, token.i, words[end].i):
                    yield inner, "quoted", True, None
                break


def _sentence_case_quoted(inner: Span, opening: Token, closing: Token) -> bool:
    """"Polvo de cal" ("Lime Dust"), 'the crime series "Ceniza y sal,"', '"El sótano," a thriller': a title
    capitalized as a sentence is (as Spanish, Italian or French ones are) is taken from quotes only where the
    text says it is a work's: a work noun, a genre or "titled" before it, its English title glossed after it,
    or a work noun in apposition after it (not a quotation: "called it "Bold and unflinching"")."""
    if not _cased_as_a_title_sentence(inner):
        return False
    doc = inner.doc
    before = doc[opening.i - 1] if opening.i > 0 else None
    named_before = before is not None and (work_noun(before) is not None or before.lower_ in GENRE_WORDS
                                           or before.lower_ in _TITLING_WORDS) \
        and not (before.dep_ == "dobj" and lemma(before.head) in _JUDGING_VERBS)  # ("called the film "…"")
    clean = doc._.clean
    gloss = clean.parenthetical_after(closing.idx + len(closing)) if clean is not None else None
    return named_before or (gloss is not None and is_title_text(gloss.text)) or _described_after(closing)


def _cased_as_a_title_sentence(inner: Span) -> bool:
    """Two words or more capitalized as a sentence is ("Les Heures claires"; a name may close it: "… de
    Candela"), not opening as a verdict or a saying does ("Absolutely stunning", "Saved my life", "It was")."""
    words = list(inner)
    first = words[0]
    return 2 <= len(words) <= _SENTENCE_CASE_MAX and first.text[:1].isupper() and first.is_alpha \
        and first.text not in _CLAUSE_OPENERS | _PRONOUN_OPENERS and first.lower_ not in _ENGLISH_DETERMINERS \
        and first.pos_ not in ("VERB", "AUX", "ADV") \
        and all(w.is_alpha and (w.text.islower() or w.text.istitle()) for w in words[1:]) \
        and any(w.text.islower() for w in words[1:])


# Words that name a title, not a saying ("called" calls a film "bold and unflinching" as often).
_TITLING_WORDS = frozenset({"titled", "entitled", "retitled"})
# Verbs that judge or report on the work their object names with the words quoted after it: "critics called the
# film "…"", "rated the thriller "…"".
_JUDGING_VERBS = frozenset({"call", "dub", "describe", "label", "hail", "deem", "brand", "rate", "find", "consider",
                            "declare", "pronounce", "praise", "say", "tell"})


def _described_after(closing: Token) -> bool:
    """'"El sótano," a thriller that …': a work noun in apposition right after a closing quote."""
    return appositive_work_noun(closing.doc, closing.i + 1) is not None


def appositive_work_noun(doc: Doc, at: int) -> Token | None:
    """'X, the '90s family sitcom', '"X," a thriller that …': the work noun of an apposition that starts at token
    `at` (past commas and quotes), read from the words, as the parse often makes it the verb's object; not '"…,"
    the film's star said', a person the noun's possessive names."""
    while at < len(doc) and (doc[at].text == "," or doc[at].is_quote):
        at += 1
    if at >= len(doc) or doc[at].lower_ not in ("a", "an", "the"):
        return None
    for word in doc[at + 1:min(at + 6, len(doc))]:
        if word.is_punct and not word.is_quote:
            return None
        if work_noun(word) is not None:
            return word if word.i + 1 >= len(doc) or doc[word.i + 1].tag_ != "POS" else None
    return None


def _heading_titles(doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"## 3. Blood Orange Summer (October 17)", "## Elio": a heading that is a title whole, when it is an item of
    a numbered list or the text names it again ("## Cast" or "## Why we loved it" names no work)."""
    days = {heading.start for heading, _ in listing_items(doc)}
    headings = heading_spans(doc)
    for before, heading in zip([None, *headings], headings, strict=False):
        if heading.start in days:
            continue  # ("Sept. 29" over a listing's item)
        under_a_day = before is not None and _names_a_day(before.text) \
            and all(t.is_space for t in doc[before.end:heading.start]) and _slot_follows(heading)
        words = list(heading)
        start = next((i for i, t in enumerate(words) if not _numbering(t)), len(words))
        numbered = start > 0
        colon = next((i for i in range(start, len(words)) if words[i].text == ":"), None)
        if colon is not None and _GUIDE_PREFIX.fullmatch(heading.doc[heading.start + start:heading.start + colon].text):
            start = colon + 1  # ("★ Pick of the day: The Lamplighters", "Film: The Orchard Wall ★★★★")
        end = len(words)
        while end > start and (words[end - 1].is_punct or words[end - 1].is_space
                               or not any(c.isalnum() for c in words[end - 1].text)):
            end -= 1
        gloss = _gloss_after(words, start, end)
        title_end = _before_dash(words, start, _before_season(words, start, end))
        if title_end <= start:
            continue
        # ("### Gull Point (TV Series) — Friday": a listing's title glossed before its dash)
        gloss = gloss or _gloss_after(words, start, title_end)
        under_a_day = under_a_day or (gloss is not None and _names_a_day(gloss.text))  # ("### X (Saturday)")
        glossed = gloss is not None and (_names_where_to_watch(gloss.text, doc)  # ("### X (Crunchyroll)")
                                         or glossed_kind(gloss.text) is not None)  # ("X (feature film)")
        end = title_end
        # ("Eight Candles, One Kitchen — Saturday, November 16": a slate's item, dated after its dash; "Gull Point —
        # 9/8c, NBC" or, under a day, "Gull Point — Netflix": a listing's, with its slot)
        under_a_day = under_a_day or (end < len(words) and _names_a_day(heading[end + 1:].text))
        slot = heading[end + 1:].text if end < len(words) else ""
        glossed = glossed or (_names_a_slot(slot, doc) and (
            slot.lstrip()[:1].isdigit() or (before is not None and _names_a_day(before.text))))
        rest = heading[start:end]
        title = title_span(rest, from_start=True) or _sentence_case_title(rest)
        if title is None or title.start != rest.start or title.end != rest.end or _category(title) \
                or _names_who_follows(title, heading) or (start == 0 and _over_titled_items(title, heading)):
            continue
        body = doc_text(doc)[:heading.start_char] + doc_text(doc)[heading.end_char:]
        if numbered or under_a_day or glossed or _slot_follows(heading) or _where_to_watch_follows(heading) \
                or re.compile(rf"(?<!\w){re.escape(title.text)}(?!\w)", cache_pattern=False).search(body):
            yield title, "heading", False, None  # (a TV listing's "Monday" over "The Long Field" names a show)


def _gloss_after(words: list[Token], start: int, end: int) -> Span | None:
    """The words in brackets, which the clean text set apart, right after a heading's word `end - 1`."""
    clean = words[0].doc._.clean
    last = words[end - 1]
    return clean.parenthetical_after(last.idx + len(last)) if clean is not None and end > start else None


# A listings page's label before a title's colon: "★ Pick of the day:", "Film:", "Editor's choice:".
_GUIDE_PREFIX = re.compile(r"(?i)[★☆*\s]*(?:(?:our|today['’]s|tonight['’]s|the\s+week['’]s|critic['’]s|critics['’]|"
                           r"editor['’]s)\s+)?(?:pick(?:\s+of\s+the\s+(?:day|week|night|weekend))?|choice|film|"
                           r"movie|documentary|must[\s-]see|best\s+bet|recommended|don['’]t\s+miss)\s*")


def verbless_description(sent: Span) -> bool:
    """"A four-part miniseries directed by A, starring B", "A feature-length documentary on the poet": a line
    with no verb of its own that describes a work with an indefinite work noun, as a list's or a calendar's
    item goes on under its title."""
    words = tokens(sent)
    return len(words) > 2 and words[0].lower_ in ("a", "an") and sent.root.pos_ in ("NOUN", "PROPN") \
        and work_noun(sent.root) is not None


def glossed_kind(gloss: str) -> str | None:
    """"(feature film)", "(limited series, 6 x 60')", "(documentary series)", "(in theaters)", "(TV Series)": the
    kind of work a slate's or a calendar's title is glossed with, as kg types it."""
    if _IN_CINEMAS.fullmatch(gloss.strip()):
        return "Movie"
    words = gloss.split(",")[0].split()
    if 0 < len(words) <= 3 and all(w.istitle() or w == "TV" for w in words):
        words = [w.lower() for w in words]  # a listing's "(Feature)", "(TV Series)"
    if not 0 < len(words) <= 3 or not all(w.islower() for w in words):
        return None
    if " ".join(words[-2:]) in WORK_NOUNS:
        return WORK_NOUNS[" ".join(words[-2:])]
    if any(w in _OTHER_MEDIA for w in words[:-1]):
        return None  # ("(film series)", "(podcast series, 10 x 30')": a franchise, or another medium's)
    return WORK_NOUNS.get(words[-1])


_OTHER_MEDIA = frozenset({"film", "movie", "podcast", "radio", "book", "comic", "novel", "game", "video", "audio",
                          "web", "stage"})


def _names_where_to_watch(gloss: str, doc: Doc) -> bool:
    """"(Crunchyroll)", "(tvN, Netflix)", "(in theaters)": a calendar heading's gloss that says where its title is
    on, each part a platform kg knows or the cinema."""
    lexicon = doc._.lexicon
    parts = [part for part in re.split(r"\s*,\s*|\s+and\s+|\s*/\s*", gloss.strip()) if part]
    return lexicon is not None and bool(parts) and all(
        lexicon.is_platform(part) or _IN_CINEMAS.fullmatch(part) for part in parts)


_IN_CINEMAS = re.compile(rf"(?i)(?:(?:only\s+)?in\s+)?(?:{'|'.join(sorted(CINEMAS))})(?:\s+only)?|theatrical")


def _where_to_watch_follows(heading: Span) -> bool:
    """A watch guide's item: "## Orbit of Small Things" over "**Where to watch:** Apple TV+" or "Premieres:
    Friday, March 6"."""
    return bool(_WATCH_LABEL.match(_line_under(heading))) \
        and not _GUIDE_LABEL.search(heading.text.strip())  # (not "## Our Top Pick", a guide's own label)


# A watch guide's own labels over its items: "Our Top Pick", "Honorable Mention", "Editor's Choice" (not a title
# that opens with "Top" or "This": "Top Gun", "This Is Us").
_GUIDE_LABEL = re.compile(r"(?i)^(?:our|my|your|editor['’]s)\b|\b(?:picks?|mentions?|choice)\s*$")
# The labels of a watch guide's lines under each title: where it is on, or when.
_WATCH_LABEL = re.compile("(?i)(?:" + "|".join(label.replace(" ", r"\s+") for label in sorted(WATCH_LABELS))
                          + r"|premieres?|opens|release\s+date|in\s+theaters|on\s+tv)\s*:")


def _slot_follows(heading: Span) -> bool:
    """A TV listing's title heading: the line under it is the slot ("9pm, BBC Two") of a channel kg knows (not
    an event's "10am, Lumière Theatre")."""
    return _names_a_slot(_line_under(heading), heading.doc)


def _names_a_slot(text: str, doc: Doc) -> bool:
    """"9/8c, NBC", "Netflix": a slot, or a platform alone, of a channel kg knows."""
    return doc._.lexicon is not None and slot_platform(text, doc._.lexicon) is not None


def title_in_capitals(doc: Doc, text: str) -> str | None:
    """The title a line in capitals names ("WOLVES OF TARRAGONA"), as the text writes it in its own case."""
    return next((title for title in doc._.titles or {} if title.casefold() == text.casefold()), None) \
        if text.isupper() else None


def slot_platform(text: str, lexicon: Lexicon) -> str | None:
    """The platform of a listing's slot ("9pm, BBC Two", "9/8c, NBC", "Netflix"), when kg knows it."""
    match = slot_of(text.strip())
    return match.group("platform") if match is not None and lexicon.is_platform(match.group("platform")) else None


def _line_under(heading: Span) -> str:
    """The sentence right under a heading, as written."""
    after = next((t for t in heading.doc[heading.end:] if not t.is_space), None)
    return sentence(after).text.strip() if after is not None else ""


def slot_of(line: str) -> re.Match | None:
    """A TV listing's slot line ("9pm, BBC Two"), before the notes a "|" adds ("10pm, Channel 4 | Part 1 of 2")."""
    text, _, notes = line.partition(" | ")
    if notes and not _SLOT_NOTES.match(notes):
        return None  # ("Channel 4 | Interview by A", "Sky Cinema | Sponsored": a page's label, no slot)
    return SLOT_LINE.fullmatch(text) if len(text) <= MAX_SLOT_CHARS else None


# What a listing's slot line notes after its "|": "New series", "Series 3, episode 1 of 6", "Part 1 of 2".
_SLOT_NOTES = re.compile(r"(?i)(?:new\s+series|series|season|episode|part|final|finale|repeat|premiere|film|"
                         r"documentary|live|\d+\s+of\s+\d+)\b")


# A TV listing's slot line: "9pm, BBC Two", "8.30pm, Channel 4", "Apple TV+".
SLOT_LINE = re.compile(r"(?:\d{1,2}(?:[.:]\d{2})?(?:/\d{1,2}(?:[.:]\d{2})?c)?\s*(?:am|pm)?\s*,\s*)?"
                       r"(?P<platform>[^\d,.;!?][^,;!?]{1,40}?)")
MAX_SLOT_CHARS = 50


def _names_a_day(text: str) -> bool:
    """"Monday", "Friday 3 October": a heading (or its gloss) that is a day of a listing."""
    text = text.strip()
    return text in DAY_NAMES or is_listing_day(text)


def listing_items(doc: Doc) -> list[tuple[Span, Token]]:
    """Each day heading of a listing ("Wednesday, October 1") and the first word of the item under it (past an
    opening quote). (Read once per Doc: the work, date and focus readers all ask.)"""
    key = "kg.listing_items"
    if key not in doc.user_data:
        items = []
        for heading in heading_spans(doc):
            words = [t for t in doc[heading.end:heading.end + 3] if not t.is_space and t.text not in QUOTES]
            if words and is_listing_day(heading.text):
                items.append((heading, words[0]))
        doc.user_data[key] = items
    return doc.user_data[key]


def _listing_day_items(doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Friday, October 10" over "The Pumpkin King of Millbrook (Netflix original). An animated …": the item a
    listing dates opens with its title, closed by its gloss (taken out of the parsed text), a season or a full
    stop."""
    for _, opening in listing_items(doc):
        if opening.i > 0 and doc[opening.i - 1].text in QUOTES:
            continue  # (a quoted title is found as quoted)
        title = grow_title(doc, opening.i, sentence(opening))
        if title is not None and _closes_an_item(title):
            yield title, "listing-item", False, None
        elif (glossed := _before_gloss(opening)) is not None:
            yield glossed, "listing-item", False, None  # "Las hermanas Olmedo (The Olmedo Sisters)": its own case


def _closes_an_item(title: Span) -> bool:
    """"The Quiet Heist (2013). …", "Nightjar, Season 2 (…)": what follows a listing item's title once its gloss
    is taken out (not "Ada Kerr, the star of Glass House, hosts …": a person's item)."""
    doc, end = title.doc, title.end
    if end >= len(doc):
        return False
    return doc[end].text == "." or (doc[end].text == "," and end + 1 < len(doc)
                                    and doc[end + 1].lower_ in ("season", "seasons", "series", "part", "volume"))


def _before_gloss(opening: Token) -> Span | None:
    """The words from a listing item's first one to where its gloss was (its first comma or full stop), when
    they are a few words and nothing else."""
    doc = opening.doc
    for token in doc[opening.i:min(opening.i + _MAX_GLOSSED_WORDS + 1, len(doc))]:
        if token.text in (",", "."):
            found = doc[opening.i:token.i] if token.i > opening.i else None
            return found if found is not None and _closes_an_item(found) else None
        if not token.is_alpha or token.pos_ in ("VERB", "AUX"):
            return None
    return None


_MAX_GLOSSED_WORDS = 6


def _before_season(words: list[Token], start: int, end: int) -> int:
    """"1. The Hartigans, Season 3", "3. Harbour Lights Season 2": the season a listing names after a show's
    title is no part of the title ("Dune: Part Two" keeps its part)."""
    if end - start >= 3 and words[end - 1].like_num and words[end - 2].lower_ in ("season", "series"):
        end -= 2
        end -= end - start >= 2 and words[end - 1].text == ","
    return end


def _before_dash(words: list[Token], start: int, end: int) -> int:
    """"## 1. *Hollow Pines* — Friday, Oct. 3 (Neon)": what a listing's heading says after a dash (when the work
    comes out, and where) is no part of its title."""
    dash = next((i for i in range(start + 1, end) if words[i].text in _DASHES), None)
    return dash if dash is not None else end


_DASHES = frozenset({"—", "–", "-"})


def _names_who_follows(title: Span, heading: Span) -> bool:
    """"1. Ada Kerr" over "Kerr plays a grieving mother …" or "She …": a list of people, not of works; the text
    under the heading goes on with the name's last word or a personal pronoun."""
    doc = heading.doc
    following = next((t for t in doc[heading.end:min(heading.end + 3, len(doc))] if not t.is_space), None)
    return following is not None and (following.text == title[-1].text
                                      or following.lower_ in ("he", "she", "his", "her", "they"))


def _word_after(heading: Span) -> Token | None:
    """The first word under a heading (past the line break)."""
    doc = heading.doc
    return next((t for t in doc[heading.end:min(heading.end + 3, len(doc))] if not t.is_space), None)


def _category(heading: Span) -> bool:
    """"**European Film**" over a list of nominees: an award's category names a kind of work, no work (a heading
    "# Scary Movie" over prose is a title)."""
    following = _word_after(heading)
    if all(t.is_punct or t.lower_ in GENRE_WORDS or work_noun(t) is not None or t.lower_ in ("and", "or")
           for t in heading):
        return True  # ("## Documentary", "## Drama Series": a category's kind alone, whatever follows)
    return work_noun(heading[-1]) is not None and heading[0].lower_ not in ("the", "a", "an") \
        and following is not None and following.text in ("-", "*", "•")


def _over_titled_items(title: Span, heading: Span) -> bool:
    """"## Galas" over "- *Ferryman* (*Färjkarlen*) — Sweden. …": a heading over items that open with their own
    italic titles names a section of a line-up, no work ("## Elio" over "*Elio* is Pixar's …" is a title)."""
    doc = heading.doc
    article = doc._.article
    following = _word_after(heading)
    if following is None or article is None:
        return False
    text = doc_text(doc)
    return any(text.startswith(phrase, following.idx) and phrase != title.text
               and ITEM_GLOSS.match(text, following.idx + len(phrase)) for phrase in article.emphasized)


# What follows an item's own title in a line-up: its gloss or a dash ("*Ferryman* (*Färjkarlen*) — Sweden.").
# What closes a title in a line-up's item or heading (its italics or quotes) and the dash after it.
DASH_AFTER_TITLE = r"[*_'\"’”]*\s*[—–-]\s"
ITEM_GLOSS = re.compile(rf"[*_'\"’”]*\s*\(|{DASH_AFTER_TITLE}|[*_'\"’”]*\s*:")


# A headline in sentence case that opens with a work's name and a verb of a work's news: "Owambe Rules sets
# December 19 release", "Harbour Lights renewed for a third season".
_HEADLINE_SUBJECT = re.compile(
    r"(?P<name>\p{Lu}[\w'’&-]*(?:\s+(?:(?:of|the|and|a|in|on|at|to|for)\s+)?\p{Lu}[\w'’&-]*){0,5})\s+"
    r"(?:sets|gets|lands|heads|hits|tops|opens|premieres|wraps|debuts|arrives|drops|grosses|crosses|earns|nabs|"
    r"secures|renewed|canceled|cancelled|dated|scores|leads|starts|begins|finds)\b")


# What follows a chart's item after its brackets: a dash and a figure ("— 1.84 billion", "– £3.2m").
_CHART_FIGURE = re.compile(r"\s*[—–-]\s*[$£€]?\d")


def _opens_an_item(title: Span) -> bool:
    """A title that opens its paragraph or list item, past the item's number ("2. Dust Country")."""
    doc = title.doc
    start = title.start
    while start > 0 and _numbering(doc[start - 1]) and not opens_paragraph(doc[start:title.end]):
        start -= 1
    return opens_paragraph(doc[start:title.end])


def _numbering(token: Token) -> bool:
    """The number of a list item: "1.", "#3", "4)" (not a title's first word: "Eight Candles, One Kitchen")."""
    return (token.like_num and not token.is_alpha) or token.text in ("#", ".", ")") or token.tag_ == "LS"


def _nickname(doc: Doc, opening: int, closing: int) -> bool:
    """Winifred "Winnie" Aldous: quotes between a given name and a family name hold a nickname."""
    return 0 < opening and closing + 1 < len(doc) and all(
        doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start for i in (opening - 1, closing + 1))


def _named_before(quote: Token) -> bool:
    """A work noun, a genre's ("romantic comedy") or a naming word ("titled") right before an opening quote."""
    before = quote.doc[quote.i - 1] if quote.i > 0 else None
    return before is not None and (work_noun(before) is not None or before.lower_ in _NAMING_WORDS
                                   or before.lower_ in GENRE_WORDS)


def _year_glossed(doc: Doc) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"Sanders of the River (1935)", "Monster (2023 film)", "the sitcom Lake Road (1989–94)": a title the text
    glosses with its year, or with the years it ran where the sentence names works."""
    clean = doc._.clean
    if clean is None:
        return
    for paren in clean.parentheticals:
        gloss = YEAR_GLOSS.match(paren.text)
        title = (_title_before(doc, paren.at) or _sentence_case_after_noun(doc, paren.at)) if gloss is not None \
            else None
        if title is None or (gloss.group("range") and not any(map(work_noun, sentence(title)))):
            continue  # years a run of works spans, not a person's ("Ada Kerr (1946–1950), author")
        noun = (gloss.group("noun") or gloss.group("only") or "").lower().replace("tv ", "")
        yield title, "year-gloss", False, WORK_NOUNS.get(noun)


def _sentence_case_after_noun(doc: Doc, at: int) -> Span | None:
    """"the Quebec drama film Les Heures bleues (2019)": a title capitalized as a sentence is, whole between a
    work noun and its year's brackets."""
    last = doc.char_span(at - 1, at, alignment_mode="expand") if at > 0 else None
    if last is None or not len(last):
        return None
    end = last.end
    noun = next((i for i in range(end - 2, max(end - _SENTENCE_CASE_MAX - 2, -1), -1)
                 if work_noun(doc[i]) is not None), None)
    title = _sentence_case_title(doc[noun + 1:end]) if noun is not None else None
    return title if title is not None and title.end == end else None


def _title_before(doc: Doc, at: int) -> Span | None:
    """The title that ends where a parenthetical was taken out of the text (at that character): "as the matriarch
    Matilda Crane in A Season for Wolves (1974)" glosses A Season for Wolves, the part played in it aside."""
    last = word_before(doc, at)
    title = grow_title_left(doc, last.i) if last is not None else None
    return _without_person_in(title) if title is not None else None


def word_before(doc: Doc, at: int) -> Token | None:
    """The word that ends at a character (where a parenthetical was taken out), past a closing quote: '"Snowline
    Ridge" (2021)' glosses Ridge's title as "Snowline Ridge (2021)" does."""
    last = doc.char_span(at - 1, at, alignment_mode="expand") if at > 0 else None
    if last is None or not len(last):
        return None
    token = last[-1]
    if token.text in _CLOSING_QUOTES and token.i > 0:
        token = doc[token.i - 1]
    return token


_CLOSING_QUOTES = frozenset(QUOTES.values())


def _headline_quotes(doc: Doc, headline: str) -> Iterator[tuple[Span, str, bool, str | None]]:
    """Titles quoted in the headline, wherever the body names them; by the body's longer name when the headline
    shortens it to its owner ('Mister Quigley' for "Pennywhistle's Mister Quigley's Holiday"; a 'Starfall
    Academy' headline is no "Starfall Academy: Second Light")."""
    for match in _QUOTED_IN_HEADLINE.finditer(_without_plural_possessives(headline)):
        yield from _named_in_body(doc, headline, match.group("t").strip())


def _reviewed_in_headline(doc: Doc, headline: str) -> Iterator[tuple[Span, str, bool, str | None]]:
    """"The Keeper Of Skerry Light Review", "Review: Salt Road", "Salt Road review – a slow burn", "Nightjar Road
    First Look: …": the work a review's (or a first look's, a trailer's) headline names, wherever the body names
    it too."""
    match = _REVIEW_HEADLINE.match(headline.strip())
    if match is None or _QUOTED_IN_HEADLINE.search(_without_plural_possessives(headline)):
        return  # (not "Cannes Review: 'X' …": the quotes say which)
    named = (match.group("before") or match.group("after")).strip(" '‘’\"“”")
    if "review" not in match.group(0).lower() and _named_otherwise(doc, named):
        return
    yield from _named_in_body(doc, headline, named)


def _named_otherwise(doc: Doc, name: str) -> bool:
    """"Ada Kerr First Look", "Super Bowl Trailer", "Marvel Sneak Peek": a name before a feature's word that the
    body writes as a person's, an owner's or an event's ("Kerr" alone, "Marvel's", "the Super Bowl"), or with
    a season or an episode after it ("Low Tide Season 2 Trailer" is Low Tide's); a studio's name is none."""
    text, words = doc_text(doc), name.split()
    if re.search(r"(?i)\b(?:season|series|episode|part|volume)\s+\w+$", name):
        return True
    escaped = re.escape(name)
    if re.search(rf"{escaped}['’]s\b|\b(?:the|its|their|his|her)\s+{escaped}\b", text):
        return True  # ("Marvel's", "its Super Bowl spot", "the Super Bowl")
    return len(words) in (2, 3) and bool(re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])",
                                                   text.replace(name, "")))


# (an apostrophe between letters is the title's own: 'The Bellringer's Wake')
_QUOTED_IN_HEADLINE = re.compile(r"(?<!\w)[‘'\"“](?P<t>(?:[^‘’'\"“”]|(?<=\w)['’](?=\w)){2,80})[’'\"”](?!\w)")
# A photo's caption set in italics: "*A as Hester Crane in Nightjar Road (Studiocanal)*" names a part in a work.
_CAPTION_IN_ITALICS = re.compile(r"\p{Lu}\S*\s+as\s+\p{Lu}.*\s+in\s+\p{Lu}")
# The pieces a headline names its work with: "Review: X", "X First Look: …", "X Trailer – …".
_FEATURE = r"(?i:review|first\s+look|trailer|teaser|sneak\s+peek|ending\s+explained)"
_REVIEW_HEADLINE = re.compile(rf"(?:(?:(?i:tv|film|movie|series|streaming|theatre|theater)\s+)?{_FEATURE}\s*[:|—–-]\s*"
                              r"(?P<after>[^:|—–(]{2,80}?)(?:\s*[:|—–(].*)?"
                              rf"|(?P<before>[^:|—–]{{2,80}}?)\s+{_FEATURE}(?:\s*[:|—–-].*)?)$")


def _named_in_body(doc: Doc, headline: str, text: str) -> Iterator[tuple[Span, str, bool, str | None]]:
    """The title a headline names, where the body names it (by the body's longer name when the headline
    shortens it to its owner), or else in the headline itself."""
    named = [span for found in re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", cache_pattern=False).finditer(
             doc_text(doc)) if (span := doc.char_span(found.start(), found.end())) is not None
             and (is_title_like(span) or (_cased_as_a_title_sentence(span) and not _quoted_span(span)))]
    # (quoted in the headline and written unquoted in the body: "Les Heures claires"; not a saying the body quotes
    # too: '"Pure chaos" is how A describes the shoot')
    in_body = [span for span in named if sentence(span[0]).text.strip() != headline.strip()]
    if in_body:
        span = in_body[0]
        possessive = span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s")
        longer = grow_title(doc, span.start, sentence(span[0])) if possessive else None
        if longer is not None and _may_name_a_person(doc[span.end + 1:longer.end]):
            longer = None  # ("Severance's Ada Kerr will star": the show's actor)
        yield (longer if longer is not None and longer.end > span.end else span), "headline", True, None
    elif named:
        yield named[0], "headline", True, None


def _without_sayings(titles: dict[str, TitleInfo], doc: Doc) -> dict[str, TitleInfo]:
    """"Boss Previews Season 3: 'Ruth Is Not Going to Like What She Finds'": a headline's quote, and nothing
    else, that reads as a clause and that the body writes in sentence case as someone said it is a saying, no
    title ("'Nothing Left To Lose' Review" keeps its title)."""
    article = doc._.article
    headline = article.headline if article is not None else None
    if not headline:
        return titles
    body = doc_text(doc).replace(headline, "")
    return {title: info for title, info in titles.items()
            if not (info.cues <= {"quoted", "headline"} and len(title.split()) >= _SAYING_MIN_WORDS
                    and any(map(_clause_word, title.split()))
                    and re.search(rf"(?i)(?<!\w){re.escape(title)}(?!\w)", body)
                    and not re.search(rf"(?<!\w){re.escape(title)}(?!\w)", body))}


_SAYING_MIN_WORDS = 6
# A clause's words, which a saying has and a title of its length seldom does ("Ruth Is Not Going to Like …").
_SAYING_WORDS_IN = frozenset({"Is", "Are", "Was", "Were", "Will", "Not", "Isn't", "Won't", "Can't", "I", "I'm",
                              "She", "He", "We", "You", "They", "It's", "She's", "He's"})


def _clause_word(word: str) -> bool:
    """A pronoun, an auxiliary or a contraction of one ("I've", "They're", "Didn't"): a word of a clause."""
    return word in _SAYING_WORDS_IN or _CONTRACTION.search(word) is not None


_CONTRACTION = re.compile(r"(?i)\w(?:['’](?:ve|re|ll|d|m)|n['’]t)$")


def _quoted_span(span: Span) -> bool:
    """A span set in quotes in the text."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].text in QUOTES


def _without_plural_possessives(headline: str) -> str:
    """The headline without the apostrophes of plural possessives ("Critics' Circle"), which would open a
    quotation; one after an s that closes a quotation ("'Dustlands' Roars") stays."""
    headline = headline.replace("’s ", "'s ")
    kept, quoted = [], False
    for n, char in enumerate(headline):
        if char in "'‘’":
            after_s = n > 0 and headline[n - 1] == "s" and headline[n + 1:n + 2] in (" ", "")
            if after_s and not quoted:
                continue
            if not (n > 0 and headline[n - 1].isalpha() and headline[n + 1:n + 2].isalpha()):  # not "don't"
                quoted = not quoted
        kept.append(char)
    return "".join(kept)


def _without_possessors(titles: dict[str, TitleInfo], text: str, lexicon: Lexicon) -> dict[str, TitleInfo]:
    """"Kore-eda Hirokazu's Monster" is Monster, by its director, and "JTBC's Midnight Tailor" is Midnight
    Tailor: a possessive before a title is taken off when the owner is a full name or a company, or the title
    also stands alone in the text ("Mio's Cookbook" stays, and so do "The Eagle's Feather", "Our Family's Golden
    Days" and "Mr. Bhatia's Last Season": no person's name takes an article or "our", and a title's owner seldom
    a courtesy title)."""
    def owned(title: str) -> str:
        owner, mark, rest = _POSSESSIVE.split(title, maxsplit=1) if _POSSESSIVE.search(title) else (title, "", "")
        if mark and owner.split()[0] not in _NOT_OWNERS_FIRST and (
                len(owner.split()) >= 2 or "-" in owner or lexicon.is_organization(owner)
                or YEAR_WORD.fullmatch(owner) or _stands_alone(rest, title, text)):
            return rest  # (a year's "2019's The Lantern Keepers" too)
        return title

    return _renamed(titles, owned)


def _without_family_names(titles: dict[str, TitleInfo], text: str) -> dict[str, TitleInfo]:
    """"Hannah Lisowski will executive produce alongside Whitfield-Osei and Callaghan": one word the article
    writes elsewhere after a given name ("Maeve Callaghan") is that person's family name, not a title, unless
    a surer cue than such a name's finds it (quotes, italics, "the film Callaghan", "Netflix renewed Reacher",
    "Michael Mann's Ferrari"); nor, so, is one it writes before a family name ("Juno" of "Juno Pike")."""
    def family_name(title: str, info: TitleInfo) -> bool:
        words = title.split()
        # (one word, or a particle and a word: "Ó Dálaigh" after "Niamh Ó Dálaigh")
        if len(words) > 2 or (len(words) == 2 and words[0].lower() not in FAMILY_NAME_PARTICLES) \
                or not info.cues <= _NAME_LIKE_CUES:
            return False
        before = [m.group(1) for m in re.finditer(rf"(?<![\w.'’])(\p{{Lu}}\p{{Ll}}+) {re.escape(title)}(?!\w)", text)]
        return bool(before) and not any(word in _NOT_GIVEN_NAMES for word in before)

    def given_name(title: str, info: TitleInfo) -> bool:
        """"never stopped writing Juno" after "Juno Pike": the given name of one the article names in full."""
        if " " in title or not info.cues <= _NAME_LIKE_CUES:
            return False
        after = [m.group(1) for m in
                 re.finditer(rf"(?<![\w.'’]){re.escape(title)} (\p{{Lu}}\p{{Ll}}+)(?![\w'’])", text)]
        return bool(after) and not any(word in _NOT_FAMILY_NAMES for word in after)
    return {title: info for title, info in titles.items() if not family_name(title, info)
            and not given_name(title, info) and not _company_short_name(title, info, text)}


def _company_short_name(title: str, info: TitleInfo, text: str) -> bool:
    """"created Brightfield's Tully's Toolbox" after "Dublin's Brightfield Animation": a name the text writes
    elsewhere with a company word after it is the company's short name, not a title, unless a surer cue than
    such a name's finds it."""
    return info.cues <= _NAME_LIKE_CUES and re.search(rf"(?<!\w){re.escape(title)}\s+{_COMPANY_WORD}", text) is not None


_COMPANY_WORD = rf"(?:{'|'.join(map(re.escape, ORGANIZATION_SUFFIXES))})(?!\w)"


# The cues that find a person's name as readily as a title: the object of "alongside", a list's item (a title has
# surer ones: quotes, italics, a work noun, a possessive, a network's order, a premiere).
_NAME_LIKE_CUES = frozenset({"credited-object", "listed", "role-list", "credited-subject"})
# Capitalized words after a one-word title that make it no given name: "Reacher Season 2", "Ferrari Trailer".
_NOT_FAMILY_NAMES = frozenset({"Season", "Series", "Part", "Chapter", "Volume", "Episode", "Trailer", "Teaser",
                               "Review", "Recap", "Returns", "Reloaded", "Forever", "Rising", "Begins"})
_NOT_GIVEN_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "Of", "For", "From", "With", "And", "But", "As",
                              "To", "By", "Like", "Unlike", "After", "Before", "While", "When", "Season", "Part",
                              "Watch", "Stream", "Starring", "Directed", "Written", "Produced", "Presenting", "Since",
                              "Although", "Because", "Though", "Meanwhile", "Once", "If", "Until", "Where", "Why"})


def _in_their_own_case(titles: dict[str, TitleInfo], text: str) -> dict[str, TitleInfo]:
    """"THE MERIDIAN CLUB" in a headline set in capitals is The Meridian Club, as the text writes it elsewhere."""
    def as_written(title: str) -> str:
        if not title.isupper() or len(title) <= 4:
            return title
        written = (m.group(0) for m in re.finditer(rf"(?i)(?<!\w){re.escape(title)}(?!\w)", text))
        return next((w for w in written if not w.isupper()), title)

    return _renamed(titles, as_written)


def _renamed(titles: dict[str, TitleInfo], name: Callable[[str], str]) -> dict[str, TitleInfo]:
    """The titles under the names `name` gives them, what two of them said of one work merged."""
    result: dict[str, TitleInfo] = {}
    for title, info in titles.items():
        kept = result.setdefault(name(title), TitleInfo())
        kept.described = kept.described or info.described
        kept.types.update(info.types)
        kept.cues |= info.cues
    return result


_POSSESSIVE = re.compile(r"(['’]s |(?<=s)['’] )")   # "Kim's", "Lumen Pictures'"
_NOT_OWNERS_FIRST = frozenset({"The", "A", "An", "Our", "My", "Your", "His", "Her", "Their"}) | COURTESY_TITLES


def _stands_alone(rest: str, title: str, text: str) -> bool:
    """Whether the text writes the title's rest by itself (not as the start of a longer name: "Typhoon Road
    Pictures" beside "Grandmother's Typhoon")."""
    alone = len(re.compile(rf"(?<![\w'’]){re.escape(rest)}(?!\w|\s+\p{{Lu}})", cache_pattern=False).findall(text))
    return alone > text.count(title)


# --- what a title looks like --------------------------------------------------------------------------

def _without_kinds_of_work(titles: dict[str, TitleInfo]) -> dict[str, TitleInfo]:
    """"Episodes are directed by A and B": one capitalized word that names a kind of work or a part of one, found
    only as the subject a sentence opens with, is no title ("Episodes, the Showtime comedy", described, is)."""
    return {text: info for text, info in titles.items()
            if not (text.lower() in _KINDS_OF_WORK and info.cues <= _SUBJECT_CUES and not info.types)}


_KINDS_OF_WORK = WORK_NOUN_ENDS | _WORK_PARTS  # one word each
_SUBJECT_CUES = frozenset({"credited-subject", "premiered", "starring-subject", "returning", "available",
                           "platform-possessive", "possessive"})  # ("Prime Video's Western 'Dry Bones Creek'")


def names_a_source(token: Token) -> bool:
    """A noun for a book or a comic ("the manga", "the comic series"), which a screen work is based on."""
    return WORK_NOUNS.get(work_noun(token) or "") in SOURCE_KINDS


def source_noun_after(title: Span) -> Token | None:
    """The book's or comic's noun a title is followed by, past the lower-case words qualifying it ("X manga", "X
    light novel series"): the title is that source's."""
    doc = title.doc
    for token in doc[title.end:min(title.end + 3, len(doc))]:
        if WORK_NOUNS.get(work_noun(token) or "") in SOURCE_KINDS:
            return token
        if not token.is_lower or token.pos_ not in ("ADJ", "NOUN"):
            return None
    return None


def work_noun(token: Token | None) -> str | None:
    """The work noun a noun phrase ends in ("film", "television series", "original video animation"). (Read
    once per token: most readers ask.)"""
    if token is None or token.lower_ not in WORK_NOUN_ENDS:
        return None
    found = token.doc.user_data.setdefault("kg.work_nouns", {})
    if token.i not in found:
        found[token.i] = _work_noun(token)
    return found[token.i]


def _work_noun(token: Token) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN", "") and token.lower_ not in _TAGGED_AS_MODIFIER:
        return None
    words, lowered = all_tokens(token.doc), token.lower_
    for size in (3, 2):
        start = token.i - size + 1
        if start >= 0:
            phrase = " ".join(t.lower_ for t in words[start:token.i + 1])
            if phrase in WORK_NOUNS:
                return phrase
    singular = lowered[:-1] if lowered.endswith("s") and lowered[:-1] in WORK_NOUNS else lowered
    return singular if singular in WORK_NOUNS else None


_LOWER_SUFFIX = re.compile(r"-\p{Ll}+$")  # "Korean-language", "London-based"


def is_title_like(span: Span) -> bool:
    """Capitalized words (or numbers) joined by small words and a title's punctuation; not one adjective of a
    name and a suffix ("Korean-language", "London-based")."""
    tokens = list(span)
    if not tokens or len(tokens) > _MAX_TITLE_TOKENS:
        return False
    if len(tokens) == 1 and _LOWER_SUFFIX.search(tokens[0].text) and tokens[0].pos_ in ("ADJ", "VERB"):
        return False
    first = tokens[0]
    if not (first.text[:1].isupper() or first.text[:1].isdigit()) or first.text in _CLAUSE_OPENERS:
        return False
    if first.text in _PRONOUN_OPENERS and not any(t.text[:1].isupper() and not t.like_num for t in tokens[1:]):
        return False
    if len(tokens) == 1 and first.like_num:
        return False
    if first.lower_ in ("the", "a", "an") and (len(tokens) == 1 or not tokens[1].text[:1].isupper()):
        return False
    capitalized = 0
    for token in tokens:
        text = token.text
        if text[:1].isupper() or text[:1].isdigit():
            capitalized += 1
        elif token.lower_ not in TITLE_CONNECTORS and text not in TITLE_PUNCTUATION:
            return False
    last = tokens[-1]
    return capitalized > 0 and not (last.text[:1].islower() and last.lower_ in TITLE_CONNECTORS) \
        and (last.lower_ not in ("'s", "’s") or _closing_possessive(last)) \
        and last.text not in (",", "-", "–", "&", ":")


def is_title_text(text: str) -> bool:
    """`is_title_like` for a string: capitalized words joined by small words, of letters, digits and a title's
    punctuation (a mojibake "Â·" is no title)."""
    words = text.split()
    return 0 < len(words) <= _MAX_TITLE_TOKENS and (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_CONNECTORS or w in TITLE_PUNCTUATION
        for w in words) and words[-1].lower() not in TITLE_CONNECTORS and all(
        c.isalnum() or c in TITLE_PUNCTUATION or c in QUOTES or c in QUOTES.values() for c in text.replace(" ", ""))


def title_span(span: Span, *, from_start: bool = False) -> Span | None:
    """The title in a subject's words: quotes, a leading adverb and trailing clauses ("…, which stars A",
    "…, also known as B") taken off; commas kept only between title-like parts ("My Dearest, Like a Cherry
    Blossom")."""
    doc = span.doc
    start, end = span.start, span.end
    if from_start:
        while start < end and (doc[start].text in QUOTES or doc[start].is_punct):
            start += 1
        if start + 1 < end and doc[start].text in _LEADING_ADVERBS and doc[start + 1].text == ",":
            start += 2
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ("!", "?")
                           or doc[end - 1].text in QUOTES.values()):
        end -= 1
    if end <= start:
        return None
    parts = _comma_parts(doc[start:end])
    if from_start and len(parts) > 1 and (_participle_phrase(parts[0])
                                          or (_fronted(parts[0]) and not is_title_like(parts[0]))):
        parts = parts[1:]  # "In 2005, X was …", "Loosely based on Y, X is …": a fronted phrase, then the subject
    kept = parts[0]
    if not is_title_like(kept):
        return None
    for part in parts[1:]:
        if not is_title_like(part) or part[0].text in _CLAUSE_OPENERS:
            break
        kept = doc[kept.start:part.end]
    return _without_person_in(kept)


def _fronted(part: Span) -> bool:
    """A phrase set before the subject: "In 2005", "Based on the novel Y", "Loosely adapted from Y", "Often
    referred to as Y" (its participle may be tagged a past tense)."""
    first = part[0]
    return first.text in _PRONOUN_OPENERS | _CLAUSE_OPENERS or (
        len(part) > 1 and first.pos_ == "ADV" and part[1].tag_ in ("VBN", "VBG", "VBD"))


def _participle_phrase(part: Span) -> bool:
    """"Filmed by A", "Shot in Iceland": a participle and its preposition open a clause, however capitalized
    the words after them."""
    return len(part) > 2 and part[0].tag_ in ("VBN", "VBG") and part[1].lower_ in _PARTICIPLE_PREPOSITIONS


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "in", "on", "at", "from", "with", "for"})


def _comma_parts(span: Span) -> list[Span]:
    doc = span.doc
    parts, start = [], span.start
    for token in span:
        if token.text == ",":
            if token.i > start:
                parts.append(doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(doc[start:span.end])
    return parts or [span]


def grow_title(doc: Doc, start: int, sent: Span, *, single: bool = False) -> Span | None:
    """The title that begins at token `start`: capitalized words and the small words between them. After a
    singular noun ("the novel The Hundred and One Dalmatians") one title is named, so "and" may join it."""
    if start >= sent.end or not _title_word(doc[start]) or doc[start].text in _CLAUSE_OPENERS:
        return None
    joins = TITLE_CONNECTORS - (_NEVER_JOIN if single else _NEVER_JOIN_OR_AND)
    end = start + 1
    while end < sent.end and end - start < _MAX_TITLE_TOKENS and not _glossed_after(doc[end - 1]):
        token = doc[end]
        if _title_word(token):
            end += 1
            continue
        joined = end
        while joined < sent.end and (doc[joined].lower_ in joins
                                     or doc[joined].text in (":", "-", "'s", "’s") or _plural_possessive(doc, joined)
                                     or _and_the(doc, joined, sent)):
            joined += 1
        if joined > end and joined < sent.end and _title_word(doc[joined]) and not _year_after(doc, joined) \
                and not _made_for_or_with(doc, joined, sent):
            end = joined + 1
            continue
        if token.text in ("!", "?") or _closing_possessive(token):
            end += 1
        break
    span = doc[start:end]
    return span if is_title_like(span) else None


def _closing_possessive(token: Token) -> bool:
    """"the BBC drama series Saint Bart's, …": an "'s" that owns nothing (a comma or a full stop after it) is
    the title's own last letters."""
    doc = token.doc
    return token.text in ("'s", "’s") and (token.i + 1 == len(doc) or doc[token.i + 1].text in _AFTER_NOTHING_OWNED)


_AFTER_NOTHING_OWNED = frozenset({",", ".", ";", ")", "—"})


def _glossed_after(token: Token) -> bool:
    """A word a parenthetical followed ("Hollow Ground (2022) with A"): a title ends there."""
    clean = token.doc._.clean
    return clean is not None and clean.parenthetical_after(token.idx + len(token)) is not None


_NEVER_JOIN = frozenset({"by", "as", "is", "are"})
_NEVER_JOIN_OR_AND = _NEVER_JOIN | {"and"}
_LEFT_JOINS = TITLE_CONNECTORS - _NEVER_JOIN


def _plural_possessive(doc: Doc, i: int) -> bool:
    """"Daleks' Invasion Earth": a plural's apostrophe inside a title, a capitalized word after it."""
    return doc[i].tag_ == "POS" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def _and_the(doc: Doc, i: int, sent: Span) -> bool:
    """"The Princess and the Frog": "and" joins a title when "the" follows (a list of names never does)."""
    return doc[i].lower_ == "and" and i + 1 < sent.end and doc[i + 1].text == "the"


def _made_for_or_with(doc: Doc, i: int, sent: Span) -> bool:
    """"the novel The Hollow Season for Hulu", "wrote X with Auckland writer A", "directed X at Studio Kumo",
    "orders X from Tidewrack Films": a platform a work is made for, a person it is made with, a "Studio …" it is
    made at or a company it comes from is no part of the title ("Dead Air at KXLM", "Live at Abbey Road Studios"
    keep theirs)."""
    if doc[i - 1].lower_ not in ("for", "with", "at", "from"):
        return False
    run = i
    while run + 1 < sent.end and doc[run + 1].text[:1].isupper():
        run += 1
    name, lexicon = doc[i:run + 1].text, doc._.lexicon
    if doc[i - 1].lower_ == "at":  # ("Murder at Pinewood Studios", "Live at Abbey Road Studios" are titles)
        return name.split()[0] in ("Studio", "Studios") and len(name.split()) > 1
    if doc[i - 1].lower_ == "from":  # ("X from Tidewrack Films"; "Letters from Iwo Jima" keeps its place)
        return lexicon is not None and lexicon.is_organization(name)
    platform = lexicon is not None and lexicon.is_platform(name)
    return platform or (run + 1 < sent.end and doc[run + 1].lower_ in PERSON_NOUNS)


def _year_after(doc: Doc, i: int) -> bool:
    """"Thira in 2013", "Iskall on Friday", "X and the 1992 film Y": a year or a day after "in" or "on" dates the
    title, and a year before a work noun begins another; neither is part of it."""
    dated = doc[i - 1].lower_ in ("in", "on", "at", "from", "since", "by")
    if dated and doc[i].text in DAY_NAMES:
        return i + 1 >= len(doc) or not _title_word(doc[i + 1]) or doc[i + 1].like_num
    return bool(YEAR_WORD.match(doc[i].text)) and (dated or (i + 1 < len(doc) and work_noun(doc[i + 1]) is not None))


def grow_title_left(doc: Doc, end: int) -> Span | None:
    """The title that ends at token `end` (inclusive), grown to the left."""
    sent = sentence(doc[end])
    if not _title_word(doc[end]):
        return None
    start = end
    while start > sent.start:
        before = doc[start - 1]
        if _title_word(before) and (before.text not in _CLAUSE_OPENERS or not before.is_sent_start):
            start -= 1  # a capitalized "So" or "When" inside a sentence is a title's ("So Haunt Me")
            continue
        joined = start - 1
        while joined > sent.start and (doc[joined].lower_ in TITLE_CONNECTORS - {"by", "as", "is", "and"}
                                       or doc[joined].text == ":"):
            joined -= 1
        if joined < start - 1 and _title_word(doc[joined]) and _may_open_title(doc[joined]) \
                and not _directed_in(doc[joined], doc[start - 1]) and not _part_played_in(doc, joined, start) \
                and not _preposition_of_the_clause(doc[joined + 1:start], doc[joined], end):
            start = joined
            continue
        break
    if end - start > 1 and doc[start].is_sent_start and doc[start].text in _PRONOUN_OPENERS \
            and doc[start + 1].text in ("The", "A", "An"):
        start += 1  # "In The Velvet Ledger, the new series …": a preposition before the title's own article
    colon = next((t.i for t in doc[start:end] if t.text == ":"), None)
    if colon is not None and ((start > sent.start and doc[start - 1].pos_ == "ADP"
                               and _DATE_BEFORE_COLON.fullmatch(doc[start:colon].text))
                              or _AWARD_LABEL.fullmatch(doc[start:colon].text)):
        # "two wide openers on March 20: Zero Gravity Prom, …" ("November 13: Attack on Paris" is a title), "Best
        # Series: Salt & Iron (Portugal), the six-episode drama": a date or a prize before the colon
        start = colon + 1
    span = doc[start:end + 1]
    return span if is_title_like(span) else None


_DATE_BEFORE_COLON = re.compile(rf"{MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS}")
# A prize's name in a list of winners: "Best Series", "Outstanding Drama", "Grand Jury Prize", "Audience Award".
_AWARD_LABEL = re.compile(r"(?:Best|Outstanding)\s.+|.+\s(?:Prize|Award)")


def _part_played_in(doc: Doc, left: int, start: int) -> bool:
    """"A as Kemi in Harmattan Bride": the part an actor plays "in" a work is no first word of its title."""
    return doc[left + 1].lower_ == "in" and left > 0 and doc[left - 1].lower_ == "as" and start == left + 2


def _preposition_of_the_clause(connectors: Span, left: Token, end: int) -> bool:
    """"heading to Park City with Santa Niebla, a horror film", "began September 30 on The Wayfinder's Map": a
    preposition the clause's verb holds, after words that are themselves an adjunct of the verb, joins no title's
    words (a title's own hangs on a word of the title, "Love in the Time of Cholera", or follows the verb's
    object: "edited Death on a Factory Farm" is one title however the parse hangs "on")."""
    phrase = left  # the head of the words before the connector ("September 30": September)
    while phrase.head.i != phrase.i and phrase.head.i < connectors.start and _title_word(phrase.head) \
            and all(_title_word(t) for t in left.doc[min(phrase.head.i, left.i):left.i]):
        phrase = phrase.head
    if phrase.dep_ not in ("pobj", "npadvmod") or _starred_in(phrase):
        return False
    return any(word.dep_ == "prep" and word.lower_ not in ("of", "for") and word.head.pos_ in ("VERB", "AUX")
               and not left.i <= word.head.i <= end for word in connectors)


def _starred_in(phrase: Token) -> bool:
    """"will star in Tuesdays at Marguerite's": what one stars in is a work, so the words after it that the parse
    hangs on the verb are the title's."""
    head = phrase.head
    return phrase.dep_ == "pobj" and head.lower_ == "in" and lemma(head.head) in ("star", "co-star")


def _may_open_title(token: Token) -> bool:
    """A capitalized word may open a title unless the capital is only the sentence's ("Fans of the …")."""
    return not token.is_sent_start or token.pos_ == "PROPN"


def _directed_in(person: Token, connector: Token) -> bool:
    """"A directed B in X", "cast B as …": the name before "in"/"as" is whom the verb directs, not a title's
    first words."""
    return connector.lower_ in ("in", "as") and person.dep_ == "dobj" and lemma(person.head) in _DIRECTING


def _title_word(token: Token) -> bool:
    """A capitalized word or a number; a capitalized verb too ("The Wind Will Carry Us", "Born to Fight"),
    except a participle opening the sentence ("Directed by A, …")."""
    text = token.text
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    if token.pos_ not in ("VERB", "AUX"):
        return True
    return token.is_title and (token.tag_ != "VBN" or not token.is_sent_start)


def _own_subtree(token: Token) -> Span:
    """A conjunct's own words: its subtree without the conjuncts and the "and" after it."""
    doc = token.doc
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl"):
            break
        end = child.right_edge.i + 1
    start = token.left_edge.i
    return doc[start:end]


def _conjuncts(token: Token) -> list[Token]:
    return [c for c in token.conjuncts if c.i > token.i]
