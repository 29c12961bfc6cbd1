"""Cast: who acts in a work, and as which character, read from the parse.

- an acting verb with its work: "A starred in X", "A appeared in X as C",
  "A acted in, directed and wrote X", "A made her debut in X";
- a work that stars people: "X stars A and B", "the series features A",
  "…, starring A, B and C", "directed A in X";
- playing a character: "A plays C", "A played C in X", "C is voiced by A";
- a cast noun: "the main protagonists are A and B", "A is one of the stars of X",
  "the cast includes A".

Lists of the newsroom kind ("A as C", "A (C)", "…, respectively") are read
from the sentence's surface in `kg.extract.rules`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import (
    ORIGINAL,
    WorkSpans,
    acts_as_verb,
    by_agents,
    clause_subject,
    clause_work,
    debut,
    definite,
    doers,
    introduced_as_director,
    named,
    negated,
    objects,
    refused,
    said_of,
    subjects,
    work_of,
)
from kg.extract.countries import countries_listed
from kg.extract.credits import role_before
from kg.extract.dates import names_a_date
from kg.extract.doc import (
    PERSON_ANAPHOR,
    Candidate,
    Mention,
    all_tokens,
    mention,
    sentence,
    tokens,
    tokens_with,
    words_in,
)
from kg.extract.lexicon import (
    ACTING_VERBS,
    CAST_NEWS_VERBS,
    COURTESY_TITLES,
    FILMMAKER_NOUNS,
    GROUP_NOUNS,
    ON_A_SHOW_VERBS,
    ORGANIZATION_SUFFIXES,
    PART_NOUNS,
    PERSON_NOUNS,
    PLAYING_VERBS,
    RANK_ABBREVIATIONS,
    ROLE_NOUNS,
    Lexicon,
    inflections,
    lemma,
    names_a_job,
)
from kg.extract.names import name_kind, name_span
from kg.extract.patterns import NAME_LIST, PLAYED_BY, split_list
from kg.extract.reader import SentenceReader
from kg.extract.works import CAST_GROUPS, is_copula, is_title_text, listed_works, role_list, work_noun
from kg.model import PERSON, WORK

# Verbs of a place in a cast: "A leads the cast as C", "B rounds out the ensemble as D", "E heads the cast".
_LEADING = frozenset(form for verb in ("lead", "head", "round", "top", "anchor", "front", "complete")
                     for form in inflections(verb, "verb"))
# Verbs whose subject work has the people as its cast: "X stars A".
STARRING_VERBS = frozenset({"star", "co-star", "feature", "include"})
# The participles that name a work's cast after it: "a 2003 film starring A", "a film featuring A and B".
_PARTICIPLES = frozenset({"starring", "featuring", "co-starring"})
# Nouns of being in a cast: "the protagonists are A and B", "A was one of the stars of X".
CAST_NOUNS = frozenset({"protagonist", "protagonists", "star", "stars", "lead", "leads", "co-star", "co-stars",
                        "cast", "antagonist", "antagonists", "castmember", "member", "members", "role", "roles",
                        "performer", "performers", "ensemble"})
# Nouns whose "by" names performers: "guest performances by A and B", "cameo appearances by A".
_PERFORMANCE_NOUNS = frozenset({"performance", "performances", "appearance", "appearances", "cameo", "cameos"})


@Language.factory("kg_cast", requires=["token.dep", "doc.spans"])
def make_cast_reader(nlp: Language, name: str) -> CastReader:
    return CastReader(name)


# "Tang Wei plays Song Seo-rae", "Piper Curda voices Mabel": where the small model parses an unfamiliar name as
# a verb or the verb as a noun, the words themselves still read: a name, a playing verb, a few descriptive
# words ("the detective", "his sister"), a name.
# Verbs of joining a cast that name the part with "as": "A joins as Seo Yu-na", "A leads as the conductor, C".
_JOINING_AS = frozenset({"join", "lead", "headline", "front", "board"})
# Verbs beside which "opposite B as D" or "with B as D" names another actor and part.
_PARTNERED_VERBS = frozenset({"star", "co-star", "play", "portray", "appear", "lead", "topline"})
# Verbs whose object is the work their subject stars in: "A is set to topline X", "A will headline X".
_TOPLINING = frozenset({"topline", "headline", "front"})
_PLAYS_WORDS = frozenset({"plays", "play", "portrays", "portray", "voices", "voice"})
_ROLE_LEAD = frozenset({"the", "his", "her", "their", "a", "an"})
# What a review says a story is about: "The drama follows Jean Pascoe (A), a tide warden".
_STORY_OF = frozenset({"follows", "followed", "following", "about"})
# A synopsis's "centers on C (A)", "focuses on C (A)".
_CENTERING = frozenset({"center", "centre", "focus", "revolve", "hinge", "centers", "centres", "centered", "centred",
                        "focuses", "focused", "revolves", "hinges"})
# Debuts of another art than the screen's: "her stage debut as Juliet".
_STAGE_DEBUTS = frozenset({"stage", "theatre", "theater", "broadway", "opera", "singing", "modelling", "modeling"})
# Verbs of putting people in a cast (each form), and what they are put in as or to.
_CASTING_FORMS = {form: verb for verb in ("cast", "set", "add", "tap") for form in inflections(verb, "verb")}
_REGULARS = frozenset({"regular", "regulars", "member", "members"})
_ACTING_DEBUTS = frozenset({"acting", "screen", "film", "movie", "television", "feature", "big-screen", "cinematic"})
# The debut a director makes as much as an actor: "her feature debut" (an actor's is her "film debut").
_FEATURE_DEBUTS = frozenset({"feature"})


class CastReader(SentenceReader):
    """Adds cast and role candidates to `Doc._.candidates`."""

    def __init__(self, name: str = "kg_cast") -> None:
        super().__init__(name)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        found = [*self._filmographies(sent, works), *self._parsed(sent, works), *self._role_list(sent, works),
                 *self._acting_lists(sent, works), *self._opposite(sent, works)]
        yield from found
        with_roles = {c.value.name for c in found if c.relation == "role" and isinstance(c.value, Mention)}
        yield from self._plays_by_words(sent, works, with_roles)

    def read_doc(self, doc: Doc, works: WorkSpans) -> Iterator[Candidate]:
        """"Isolde Marr (played by Thea Lind)": the actor a character's brackets name, in the work the
        paragraph is about."""
        clean = doc._.clean
        for paren in clean.parentheticals if clean is not None else ():
            match = _PLAYED_BY.match(paren.text)
            if match is None:
                yield from self._bracketed_actor(doc, paren.text, paren.at, works)
                yield from self._known_for_gloss(doc, paren.text, paren.at)
                continue
            character = _name_before(doc, paren.at)
            if character is not None and works.at(character[0]) is not None:
                continue
            at = doc.char_span(paren.at - 1, paren.at, alignment_mode="expand") if paren.at > 0 else None
            if at is None or not len(at):
                continue
            actors = [Mention(PERSON, name, -1, -1) for name in split_list(match.group("actors"))]
            for actor in actors:  # ("her mother [played by A]", "Ruth and Wes [played by A and B]": the cast)
                yield Candidate("cast", None, actor, sentence(at[-1]), "cast:played-by")
            if character is not None and len(actors) == 1:
                yield Candidate("role", None, actors[0], sentence(at[-1]), "cast:played-by", character=character.text)

    def _known_for_gloss(self, doc: Doc, text: str, at: int) -> Iterator[Candidate]:
        """'Ada Kerr ("Gull Point"), Ben Ode ("Night Desk," "Low Tide") and C have signed on to star': casting
        news glosses an actor with the works, in quotes, they are known for; they were in their casts (not
        'from director A ("Copper Weather")', nor an anime's "Takahiro Mizune (*Aozora Relay*) is directing",
        whose glosses are works they made)."""
        names = re.findall(r"[\"“]([^\"“”]+)[\"”]", text) if _QUOTED_TITLES.fullmatch(text) else []
        actor = _name_before(doc, at) if names else None
        if actor is None or name_kind(actor.text, self.lexicon) != PERSON or _crew_named(actor, self.lexicon) \
                or not any(lemma(t) in _SIGNING_ON for t in sentence(actor)):
            return
        for title in (t.strip(" ,") for t in names):
            if is_title_text(title):
                yield Candidate("cast", Mention(WORK, title, -1, -1), mention(actor, PERSON), sentence(actor),
                                "cast:known-for-gloss")

    def _bracketed_actor(self, doc: Doc, text: str, at: int, works: WorkSpans) -> Iterator[Candidate]:
        """A review's cast in brackets after the part: "a wind-farm developer (A)", "Effie's son Donald (A)",
        "herbalist Yoon Seol (A)" — after a character's name only where a noun before it says it is one (in
        casting news "Ada Kerr (Gull Point)" glosses an actor with a work, and "Kim Tae-ri (Na Hee-do)" an actor
        with the part)."""
        text = _REMARK.sub("", text)  # "Hamish (Alasdair Gunn, all bristle and bluster)"
        if not _FULL_NAME.fullmatch(text) or name_kind(text, self.lexicon) != PERSON or text in (doc._.titles or {}):
            return
        before = doc.char_span(at - 1, at, alignment_mode="expand") if at > 0 else None
        last = before[-1] if before is not None and len(before) else None
        if last is None or works.at(last) is not None:
            return
        actor = Mention(PERSON, text, -1, -1)
        if last.pos_ == "NOUN" and last.text.islower() and not self.lexicon.cue(last.text, "role"):
            yield Candidate("cast", None, actor, sentence(last), "cast:bracketed-actor")
            return
        character = name_span(last) if last.pos_ == "PROPN" else None
        if character is None or character.end_char != at or character.start == 0 \
                or character[-1].text in ORGANIZATION_SUFFIXES or self.lexicon.is_known_organization(character.text):
            return  # ("Warsaw's Szklana Films (Agata Wróbel)": a company glossed with its producer)
        described = doc[character.start - 1]
        if described.lower_ in _REAL_PEOPLE or self.lexicon.cue(described.text, "role") \
                or all(part in _REAL_PEOPLE for part in described.lower_.split("-")):
            return  # "Academy Award nominee A (Desert Lanterns)", "writer-director A (Ngāti Awa)": a person, glossed
        if (described.pos_ == "NOUN" and described.text.islower()) or described.lower_ in _STORY_OF \
                or (described.lower_ == "on" and lemma(described.head) in _CENTERING) \
                or described.tag_ == "POS" or (described.text == "," and character.start > 1
                                                and doc[character.start - 2].pos_ == "NOUN") \
                or self._given_name_glossed(character, text):
            yield Candidate("cast", None, actor, sentence(last), "cast:bracketed-actor")
            yield Candidate("role", None, actor, sentence(last), "cast:bracketed-actor", character=character.text)

    def _given_name_glossed(self, character: Span, actor: str) -> bool:
        """"Nuala (Aoife Dillane), eleven and furious, stands …": a review calls a part by its given name and
        glosses it with the actor's full name (not "Zendaya (Euphoria) joins …", news of an actor; not "Tom (Tom
        Avery, a journalist)", a person's full name)."""
        return len(character) == 1 and len(actor.split()) > 1 and name_kind(character.text, self.lexicon) == PERSON \
            and character.text not in actor.split() and not any(lemma(t) in _CASTING_NEWS for t in character.sent)

    def _plays_by_words(self, sent: Span, works: WorkSpans, with_roles: set[str]) -> Iterator[Candidate]:
        """"A plays C" read from the words, for the sentences whose parse lost it."""
        words = all_tokens(sent.doc)
        for verb in tokens_with(sent, _PLAYS_WORDS):
            if verb.lower_ not in _PLAYS_WORDS or verb.i == sent.start or not words[verb.i - 1].text[:1].isupper():
                continue
            first = verb.i + 1
            while first < sent.end and (words[first].lower_ in _ROLE_LEAD or words[first].is_lower) \
                    and first - verb.i <= 3:
                first += 1
            end = _capitalized_run(words, first, sent)
            if end > first and end < sent.end and words[end].tag_ == "POS":
                # "plays Ha-eun's best friend and landlady Min So-ra": the owner is another character
                first = end + 1
                while first < sent.end and first - end <= 6 and (words[first].is_lower or words[first].text == ","):
                    first += 1
                end = _capitalized_run(words, first, sent)
            if end == first or works.at(words[end - 1]) is not None:
                continue
            character = sent.doc[first:end]
            person = named(words[verb.i - 1], works, self.lexicon)
            if person is not None and person.kind == PERSON and person.name not in with_roles:
                yield Candidate("cast", None, person, sent, "cast:plays-words")
                yield Candidate("role", None, person, sent, "cast:plays-words", character=character.text)

    def _opposite(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A starred as C, opposite B as D", "A plays C, with B as D", "stars A as C, opposite B": beside an actor
        and a part, another actor (and part), wherever the parse hangs them; in the work the clause is about."""
        if not any(lemma(t) in _PARTNERED_VERBS and t.pos_ == "VERB" for t in tokens_with(sent, _PARTNERED_VERBS)):
            return
        for prep in tokens_with(sent, _PARTNERING):
            if prep.lower_ not in ("opposite", "alongside", "with") or prep.dep_ != "prep":
                continue
            verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is None or not _part_before(verb, prep):
                continue  # "she starred opposite B as C": C is her part, not B's
            for actor in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
                as_ = next((a for a in actor.children if a.dep_ == "prep" and a.lower_ == "as"), None) \
                    or _verbs_as_after(verb, actor)  # "…, with B as D": the parse may hang "as D" on the verb
                part = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ is not None else None
                character = _character_name(_role_of(part)) if part is not None else None
                # ("stars A as Meera, a wedding planner, opposite B": B, with or without a part of their own; "She
                # played C opposite B in X": in the work the verb's "in" names)
                if character is None and prep.lower_ != "opposite":
                    continue  # ("with Ana Ruiz at the helm": a "with" without a part names no actor)
                work = next((w for w in (work_of(t, works) for t in objects(verb, preposition="in")) if w is not None),
                            None) or clause_work(verb, works)
                yield from self._cast(work, actor, sent, works, "cast:opposite", character)

    def _role_list(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"She is known for roles including C in X and D in Y": the sentence's subject plays each."""
        items = role_list(sent, self.lexicon)
        holder = _role_holder(sent) if items else None
        if holder is None:
            return
        for character, title in items:
            work = works.work(title)
            if work is not None:
                yield from self._cast(work, holder, sent, works, "cast:role-list", character.text)

    def _acting_lists(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A appeared in X, Y and Z", "He had roles in films including X and Y": whoever acts, in each."""
        for anchor, titles in listed_works(sent, self.lexicon):
            if self.lexicon.cue(anchor.text, "verb") is not None:
                continue  # a credit, which the credits reader takes
            if refused(anchor):
                continue  # "A turned down a role in X"
            if anchor.pos_ == "VERB":
                holders = _players(anchor)
            else:  # "he had roles in …"
                holders = subjects(anchor.head) if anchor.dep_ == "dobj" else []
            if not holders:  # "her roles in … include", or a parse that lost the verb's subject
                holders = [h for h in (_role_holder(sent),) if h is not None]
            for work in filter(None, map(works.work, titles)):
                for holder in holders:
                    yield from self._cast(work, holder, sent, works, "cast:acting-list", None)

    def _parsed(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        for token in tokens_with(sent, _PARSED_TRIGGERS):
            base = lemma(token)
            if acts_as_verb(token) and not negated(token):
                if base in ACTING_VERBS or base in _TOPLINING or (base in _JOINING_AS and any(
                        c.dep_ == "prep" and c.lower_ == "as" for c in _joined(token))):
                    yield from self._acting(token, sent, works)
                if base in STARRING_VERBS or (base in _TOPLINING and _work_led(token, works)):
                    yield from self._starring(token, sent, works)
                if base in PLAYING_VERBS:
                    yield from self._playing(token, sent, works)
                if base == "direct":
                    yield from self._directed_in(token, sent, works)
            elif token.lower_ in CAST_NOUNS and token.pos_ == "NOUN":
                yield from self._cast_noun(token, sent, works)
            elif token.lower_ in _PERFORMANCE_NOUNS and token.pos_ == "NOUN":
                yield from self._performances_by(token, sent, works)
            elif token.lower_ == "debut" and token.pos_ == "NOUN":
                yield from self._debut(token, sent, works)
            if token.lower_ in _KNOWN:
                yield from self._known_for(token, sent, works)
            if token.lower_ == "back" and is_copula(token.head):
                yield from self._back_as(token, sent, works)
            if token.lower_ == "as" and token.head.dep_ == "acomp":
                yield from self._praised_as(token, sent, works)
            if token.lower_ == "as" and token.head.dep_ == "attr" and token.head.pos_ == "PROPN":
                yield from self._introduced_as(token, sent, works)
            if token.lower_ in _CASTING_FORMS and acts_as_verb(token) and not negated(token):
                yield from self._casting(token, sent, works)

    def _casting(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X has cast A, B and C", "X has set A as series regulars", "X has added A to its cast", "Netflix has
        tapped A to star": whom a work (or its maker, the work at hand) puts in its cast."""
        base = _CASTING_FORMS[verb.lower_]
        preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
        objects_of = {p: [o for o in c.children if o.dep_ == "pobj"] for p, c in preps.items()}
        qualified = base == "cast" or (base in ("set", "tap") and (
            any(o.lower_ in _REGULARS for o in objects_of.get("as", ()))
            or any(c.dep_ == "xcomp" and lemma(c) in ("star", "play") for c in verb.children))) \
            or (base == "add" and any(o.lower_ in CAST_GROUPS for o in objects_of.get("to", ())))
        people = [p for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" for p in (c, *c.conjuncts)]
        if not qualified or not people or any(c.dep_ == "nsubjpass" for c in verb.children):
            return
        named = [o for p in ("in", "to") for o in objects_of.get(p, ())]  # "cast A in its thriller, X"
        named += [g for o in named for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # "added A to the cast of X"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        work = next((w for w in (work_of(t, works) for t in named) if w is not None and w.kind == WORK), None)
        if work is None and any(o.lower_ not in CAST_GROUPS for o in named):
            return  # a work named that is not the one at hand
        if work is None:  # (a network casts for the work at hand)
            work = work_of(subject, works) if subject is not None else None
            work = work if work is not None and work.kind == WORK else None
        for head in people:
            if works.at(head) is None:
                yield from self._cast(work, head, sent, works, "cast:casting", None, glossed_parts=False)

    def _back_as(self, back: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A is back as C": a returning actor's part in the work the sentence is about."""
        people = [t for c in back.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" for t in (c, *c.conjuncts)]
        if not _as_someone(back):
            # "Also back are A as C and B as D": each person's own "as"
            for head in people if len(people) > 1 or back.i < back.head.i else ():
                character = self._as_character(head, head)
                if character is not None:
                    yield from self._cast(None, head, sent, works, "cast:back-as", character)
            return
        character = self._as_character(back, back) if len(people) == 1 else None
        for head in people if character is not None else ():
            yield from self._cast(None, head, sent, works, "cast:back-as", character)

    def _praised_as(self, prep: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A is tremendous as Eli Marsh", "B is lovely as Benny, the producer": a review's praise of an actor in a
        part of the work it reviews (not "A is better known as B", a name)."""
        adjective, part = prep.head, next((o for o in prep.children if o.dep_ == "pobj"), None)
        if adjective.tag_ != "JJ" or adjective.lower_ in _NAMING_ADJECTIVES or not is_copula(adjective.head) \
                or part is None or works.at(part) is not None:
            return
        character = _character_name(_role_of(part))
        if character is None:
            return  # ("is good as new", "Director A is confident as a storyteller": no part named)
        for head in (c for c in adjective.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            yield from self._cast(None, head, sent, works, "cast:praised-as", character)

    def _introduced_as(self, prep: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Opposite her is Choi Dong-wook as Han Jae-oh", "Joining them is A as C": a person a copula
        introduces with a named part plays it in the work at hand."""
        person, part = prep.head, next((o for o in prep.children if o.dep_ == "pobj"), None)
        if not is_copula(person.head) or part is None or works.at(part) is not None or works.at(person) is not None:
            return
        character = _character_name(_role_of(part))
        if character is not None:
            yield from self._cast(None, person, sent, works, "cast:introduced-as", character)

    def _performances_by(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"The episode featured guest performances by A, B and C": each performs in the clause's work."""
        agents = by_agents(noun)
        if not agents or noun.head.pos_ not in ("VERB", "AUX"):
            return
        work = clause_work(noun.head, works)
        if work is None:  # "The tour included performances by A": no work performed in
            return
        for head in agents:
            yield from self._cast(work, head, sent, works, "cast:performances-by", None)

    def _debut(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A made his acting debut in X", "A's screen debut came in X"."""
        kinds, work, people = debut(noun, works)
        if "directorial" in kinds:  # ("feature directorial")
            return
        if kinds & _ACTING_DEBUTS and work is not None:
            # ("she made her feature debut with X": a director's debut, when she directs; see consolidate)
            rule = "cast:debut" if kinds - _FEATURE_DEBUTS else "cast:feature-debut"
            for head in people:
                if not introduced_as_director(head):  # "director A made her feature debut with X": she directed it
                    yield from self._cast(work, head, sent, works, rule, None)
        elif work is None and len(people) == 1 and not introduced_as_director(people[0]) \
                and not kinds & _STAGE_DEBUTS and not _named_after(noun, sent, works):
            # "A makes her screen debut as Ida Thorne", "B makes his Hindi debut as the scheming Diwan": a part in
            # the work the sentence is about (not when a work is named after it: "debut as C in A's comedy X")
            character = self._as_character(noun, noun) or self._as_character(noun.head, noun.head)
            if character is not None:
                yield from self._cast(None, people[0], sent, works, "cast:debut-as", character)

    def _acting(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A starred in X (as C)": the people who act, the work they act in."""
        if lemma(verb) == "cast":  # "A has been cast as the lead in X" (an active "cast" names who casts)
            people = [t for c in verb.children if c.dep_ == "nsubjpass" for t in (c, *c.conjuncts)]
        else:
            people = doers(verb)
        if not people or any(works.at(p) or acts_as_verb(p) for p in people) or self._joined_as_crew(verb):
            return  # (nor "A returns as C, and B … joins as D" parsed with "A returns" for the subject of "joins")
        on_a_show = lemma(verb) in ON_A_SHOW_VERBS
        # ("A appears in flashback as C", "in a cameo": a manner of appearing, not a work appeared in)
        targets = [t for t in objects(verb, preposition="in") if not _manner(t, works)] or _toplined(verb, works) or [
            o for o in objects(verb, preposition="on") if on_a_show and works.at(o) is not None] or [
            o for o in objects(verb) if lemma(verb) in _JOINING_AS and o.lower_ == "season"] or [
            g for a in verb.children if a.dep_ == "prep" and a.lower_ == "as" for o in a.children if o.dep_ == "pobj"
            for p in o.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
        if not targets:  # "A stars as C", "A and B also star": the part in the work the sentence is about
            character = self._as_character(verb, verb) if len(people) == 1 else None
            if character is None and lemma(verb) in ("star", "co-star") and not _as_someone(verb):
                if _starring_alone(verb):  # "A and B also star": in the work the sentence before named, if one
                    for head in people:
                        yield from self._also_starring(head, sent, works)
                return
            if character is not None or lemma(verb) in ("star", "co-star"):
                for head in people:  # ("A stars as a widowed schoolteacher": a part without a name)
                    yield from self._cast(None, head, sent, works, "cast:acting", character)
                for head in _companions_as(verb):  # ("…, with B as D")
                    yield from self._cast(None, head, sent, works, "cast:acting", self._as_character(head, head))
            return
        for target in targets:
            work = work_of(target, works)
            if work is None:
                continue
            character = (self._as_character(verb, target) or _as_after(work, sent)) if len(people) == 1 else None
            for head in people:
                yield from self._cast(work, head, sent, works, "cast:acting", character)

    def _also_starring(self, head: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Ruiz broke out in the 2019 film Copper Bells. Ben Cole and Maya Lin also starred.": a bare "also
        starred" is of the one work the sentence before names, or of the work at hand if it names none (two
        named leave it unsaid)."""
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        named = {span.text: span for span in (works.at(t) for t in before or ()) if span is not None}
        if len(named) <= 1:
            work = mention(next(iter(named.values())), WORK) if named else None
            yield from self._cast(work, head, sent, works, "cast:acting", None)

    def _joined_as_crew(self, verb: Token) -> bool:
        """"B joined the show as a staff writer in its first season": a job behind the camera, no part."""
        return any(o.dep_ == "pobj" and names_a_job(o.text) for a in verb.children if a.dep_ == "prep"
                   and a.lower_ == "as" for o in a.children)

    def _starring(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X stars A and B", "…, starring A", "the cast includes A": the work, and its people."""
        if lemma(verb) == "include":
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in ("cast", "lineup", "ensemble"):
                return
            work = _cast_work(subject, works) or clause_work(verb, works)
        elif verb.lower_ in _PARTICIPLES and verb.dep_ in ("acl", "advcl", "prep", "pcomp", "xcomp", "conj"):
            if _features_no_cast(verb):
                return
            work = clause_work(verb, works)
        elif verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            work = clause_work(verb, works)  # "It is the first film to feature A": only the work said of
            if work is None:
                return
        else:
            subject = clause_subject(verb)
            participle = verb.head if verb.dep_ == "conj" and verb.head.lower_ in _PARTICIPLES else None
            if subject is None and participle is None:
                return
            work = clause_work(participle or verb, works)  # "a film starring A and B and stars C"
            if work is None:
                return
        heads = [p for h in objects(verb) for p in _members(h)] or _with_absolute(verb)
        # ("features the voices of A as C and B as D": each voice's own "as", never the verb's; a voice with no
        # part of its own is a cast's only in an animated work, not a singer's or a documentary's letters read)
        voices = {p for h in objects(verb) if h.lower_ in _VOICES for p in _members(h)}
        animated = bool(voices) and _animated(sent.doc)
        for head in (*heads, *_pairs_after_characters(verb, heads), *_voices_with(verb)):
            character = self._as_character(head, head) if head in voices else self._as_character(verb, head)
            if head not in voices or character is not None or animated:
                yield from self._cast(work, head, sent, works, "cast:starring", character)

    def _playing(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A plays C (in X)", "C is voiced by A"."""
        passive = [a for c in verb.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
        if passive:
            character = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if character is None and verb.dep_ == "acl":  # "a boy, Minato, played by A"
                character = verb.head
            elif character is not None and character.lower_ in ("who", "that") and verb.dep_ == "relcl":
                character = _named_before_who(character, works)  # "Father Anselm, who is played by A"
            work = None
            for head in passive:
                yield from self._cast(work, head, sent, works, "cast:played-by",
                                      _character_name(_role_of(character)) if character is not None else None)
            return
        # ("A, in the performance of his career, plays C": past the commas the parse may take the part for a
        # second subject, after the verb)
        late = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "PROPN"]
        people = [p for p in _players(verb) if p not in late]
        if any(acts_as_verb(p) for p in people):
            return  # ("A co-stars as C, and B plays D" parsed with "A co-stars" for the subject of "plays")
        if any(names_a_job(o.text) for h in (verb, *verb.children) for p in h.children if p.dep_ == "prep"
               and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"):
            return  # "Tom Hale is back, reprising his role as producer": a job, no part
        roles = [c for c in verb.children if c.dep_ == "dobj"] or [
            c for c in verb.children if c.dep_ in ("npadvmod", "attr", "oprd") and c.pos_ == "PROPN"] or late
        work_targets = objects(verb, preposition="in") + objects(verb, preposition="on") + [
            g for r in roles for p in r.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
            for g in p.children if g.dep_ == "pobj"] + [
            g for r in roles for a in r.children if a.dep_ == "appos" and a.lower_ in PART_NOUNS
            for p in a.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # ("playing C, the lead of the 2024 anime X": the part's "of" names the work)
        work = next((w for w in (work_of(t, works) for t in work_targets) if w is not None), None)
        if work is None and any(t.pos_ == "PROPN" or t.like_num for t in work_targets):
            return  # "portrayed the antagonist in Ong Bak 3", "played C on 24": works no title was found for
        for role in roles:
            if works.at(role) is not None and work is None:  # "A voices Elio": the title character
                character = works.at(role).text if len(people) == 1 else None
                for head in people:
                    yield from self._cast(None, head, sent, works, "cast:plays", character)
                continue
            # "A and B will play C and D, respectively" pairs them in order, which the surface rules read.
            # ("A reprises her role as Maud": a role noun's part is its "as")
            character = (_character_name(_role_of(role)) or (
                self._as_character(verb, role) if role.lower_ in ("role", "part") else None)) \
                if len(people) == 1 and not _respectively(sent) else None
            parts = _their_parts(verb, role, len(people)) if len(people) > 1 else []
            # ("A reprises her role as C": a part of the work the one at hand follows, too)
            original = Mention(ORIGINAL, verb.text, verb.idx, verb.idx + len(verb)) \
                if lemma(verb) == "reprise" and work is None else None
            for n, head in enumerate(people):
                for played in (work, original) if original is not None else (work,):
                    yield from self._cast(played, head, sent, works, "cast:plays", parts[n] if parts else character)

    def _known_for(self, known: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A is best known for (his role in) W", "A, best known for playing C in W", "known for W, playing C"."""
        people = _players(known)
        for prep in (c for c in known.children if c.dep_ == "prep" and c.lower_ == "for"):
            for target in prep.children:
                if target.dep_ == "pcomp" and lemma(target) in PLAYING_VERBS:  # "for playing C in W"
                    roles = [c for c in target.children if c.dep_ == "dobj"]
                    places = objects(target, preposition="in") + [g for r in roles for p in r.children
                                                                  if p.dep_ == "prep" and p.lower_ == "in"
                                                                  for g in p.children if g.dep_ == "pobj"]
                    work = next((w for w in (work_of(t, works) for t in places) if w is not None), None)
                    character = _character_name(_role_of(roles[0])) if roles else None
                elif target.dep_ == "pobj":
                    work = work_of(target, works) or _cast_work(target, works)
                    character = self._as_character(known, target) or _playing_after(known)
                else:
                    continue
                if work is None:
                    continue
                for head in people:
                    yield from self._cast(work, head, sent, works, "cast:known-for", character)

    def _directed_in(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A directed B in X": B acts in X."""
        for person in [c for c in verb.children if c.dep_ == "dobj"]:
            targets = [g for p in (*verb.children, *person.children) if p.dep_ == "prep" and p.lower_ == "in"
                       for g in p.children if g.dep_ == "pobj"]
            for target in targets:
                work = work_of(target, works)
                if work is not None:
                    yield from self._cast(work, person, sent, works, "cast:directed-in", None)

    def _cast_noun(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"The main protagonists are A and B", "A was one of the stars of X", "A had a role in X" (not "A will
        not be joining the cast", "A turned down a role in X")."""
        work = _cast_work(noun, works)
        head = noun.head
        if refused(noun) or (noun.lower_ in CAST_GROUPS and head.pos_ == "VERB" and negated(head)):
            return
        if noun.dep_ == "nsubj" and lemma(head) == "be":
            holders = [t for c in head.children if c.dep_ == "attr" for t in (c, *c.conjuncts)]
        elif noun.dep_ in ("attr", "pobj") and _copula_of(noun) is not None:
            copula = _copula_of(noun)
            holders = [t for c in copula.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        elif noun.dep_ == "dobj" and lemma(head) in ("have", "land", "get", "play", "win", "join", "take"):
            holders = doers(head)  # "A had a role in X", "A, who also had a role in the film"
        elif noun.dep_ == "dobj" and noun.lower_ in CAST_GROUPS and head.lower_ in _LEADING \
                and (_as_someone(head) or _as_someone(noun)):
            # "A leads the cast as C", "B rounds out the ensemble as D" (not "Director A led the cast onto the stage")
            holders = [p for p in doers(head) if not introduced_as_director(p) and role_before(p, self.lexicon) is None]
        elif (verb := _appearing_as(noun)) is not None:
            holders = doers(verb)
        else:
            return
        if work is None and not definite(noun):
            return
        character = (self._as_character(head, noun) or self._as_character(head, head)) if len(holders) == 1 \
            else None  # "joins the cast as C"
        for holder in holders:
            yield from self._cast(work, holder, sent, works, "cast:cast-noun", character)

    def _joins_the_crew(self, verb: Token) -> bool:
        """"A (W) has boarded X as an executive producer": news of a crew member, not an actor."""
        return any(p.dep_ == "prep" and p.lower_ == "as" and any(
            o.dep_ == "pobj" and self.lexicon.cue(o.text, "role") is not None for o in p.children)
            for p in verb.children)

    def _filmographies(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Florence Pugh (Little Women, Midsommar) stars as …": the works glossed after an actor who is
        the subject of the sentence; "Peaky Blinders' Tom Harper joins …": the work an actor is named by."""
        doc, words = sent.doc, tokens(sent)
        glossed = {paren.at for paren in doc._.clean.parentheticals} if doc._.clean is not None else set()
        glossed = {at for at in glossed if sent.start_char < at <= sent.end_char}
        if not glossed and words_in(sent).isdisjoint(CAST_NEWS_VERBS):
            return  # no actor's filmography in brackets, and no verb of an actor's news
        for n, token in enumerate(words):
            if token.pos_ != "PROPN" or (n + 1 < len(words) and words[n + 1].pos_ == "PROPN"):
                continue
            subject = (token.dep_ == "nsubj" and lemma(token.head) in CAST_NEWS_VERBS
                       and not self._joins_the_crew(token.head)) or _acts_next(token)
            if not subject and not glossed:
                continue  # neither the subject of an actor's news nor glossed in brackets
            span = name_span(token)
            if span is None or not (subject or span.end_char in glossed):
                continue
            person = named(token, works, self.lexicon)
            if person is None or person.kind != PERSON or work_noun(token) is not None:
                continue  # ("X the Movie (Japanese title)": a title's last word is no actor)
            paren = doc._.clean.parenthetical_after(person.end) if doc._.clean is not None else None
            gloss = paren.text if paren else ""
            titles = _glossed_titles(gloss) if not countries_listed(gloss) else []  # ("X (Georgia, France)")
            for title in titles if subject or len(titles) > 1 else ():
                yield Candidate("cast", Mention(WORK, title, -1, -1), person, sent, "cast:filmography")
            if not subject:
                continue
            start = next(t for t in doc[token.left_edge.i:token.i + 1] if t.idx >= person.start).i
            if start - 1 > sent.start and doc[start - 1].tag_ == "POS":
                owner = works.at(doc[start - 2])
                if owner is not None:
                    yield Candidate("cast", mention(owner, WORK), person, sent, "cast:possessive")

    def _as_character(self, verb: Token, target: Token) -> str | None:
        """"A starred in X as C", "stars A as C", "starred in X in the role of C": the "as" of the person (or,
        for the first one, the verb)."""
        first = min((target, *target.conjuncts), key=lambda t: t.i)
        if _hung_on_character(target) and not any(c.dep_ == "prep" and c.lower_ == "as" for c in target.children):
            prep = _verbs_as_after(verb, target)
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
            return _character_name(_role_of(obj)) if obj is not None else None
        for prep in (*target.children, *(verb.children if target == first and target != verb else ())):
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return _character_name(_role_of(obj))
            if prep.dep_ == "prep" and prep.lower_ == "in":  # "in the role of C"
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lower_ in ("role", "part"):
                        return _character_name(_role_of(obj))
        if target.lower_ in ("role", "part"):  # "takes on the role of C"
            return _character_name(_role_of(target))
        return None

    def _cast(self, work: Mention | None, head: Token, sent: Span, works: WorkSpans, rule: str,
              character: str | None, *, glossed_parts: bool = True) -> Iterator[Candidate]:
        person = named(head, works, self.lexicon)
        if person is None or person.kind not in (PERSON, PERSON_ANAPHOR):
            return
        # (a subject's brackets gloss their earlier works, not a part; so do those of the people news says were cast)
        if glossed_parts and head.dep_ not in ("nsubj", "nsubjpass") and not _acts_next(head):
            glossed = _glossed_character(sent.doc, person)
            character = character or (glossed if glossed not in (sent.doc._.titles or {}) else None)
        yield Candidate("cast", work, person, sent, rule)
        if character:
            yield Candidate("role", work, person, sent, rule, character=character)


def _features_no_cast(participle: Token) -> bool:
    """"a streaming bundle featuring AMC, IFC and Shudder", "a soundtrack featuring A": what a thing that is no
    work (nor its cast, nor a part of it: "a trailer featuring A") features is no cast."""
    head = participle.head
    return participle.dep_ == "acl" and head.pos_ == "NOUN" and head.text.islower() \
        and work_noun(head) is None and head.lower_ not in CAST_GROUPS | _SHOWN_PARTS


# What shows a work's cast: "a teaser featuring A", "a scene starring B".
_SHOWN_PARTS = frozenset({"trailer", "teaser", "scene", "scenes", "episode", "episodes", "sequence", "footage",
                          "clip", "poster", "image", "images", "still", "stills", "photo", "photos", "promo",
                          "chapter", "chapters", "part", "parts", "installment", "installments", "segment",
                          "segments"})


def _capitalized_run(words: list[Token], first: int, sent: Span) -> int:
    """Where the capitalized words from `first` end (a name's, before its article, pronoun or preposition)."""
    end = first
    while end < sent.end and words[end].text[:1].isupper() and words[end].pos_ not in ("DET", "PRON", "ADP"):
        end += 1
    return end


def _named_after(noun: Token, sent: Span, works: WorkSpans) -> bool:
    """"her screen debut as Rita in the spin-off Blue Shore": a work named after a debut (a title, or what "in"
    names with capitals) is where the part was played."""
    after = sent.doc[noun.i:sent.end]
    return any(works.at(t) for t in after) or any(t.lower_ == "in" and t.i + 1 < sent.end
                                                  and any(w.text[:1].isupper() for w in t.subtree if w.i > t.i)
                                                  for t in after)


def _manner(target: Token, works: WorkSpans) -> bool:
    """"in flashback", "in a cameo", "in voice only": a common noun that names no work, nor a kind of one."""
    return target.pos_ == "NOUN" and target.text.islower() and work_noun(target) is None \
        and work_of(target, works) is None


def _as_someone(word: Token) -> bool:
    """"stars as a widowed schoolteacher", "is back as Mohan": a word with an "as" and what follows it."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children)
               for c in word.children)


def _respectively(sent: Span) -> bool:
    return any(t.lower_ == "respectively" for t in tokens(sent))


_VOICES = frozenset({"voices", "voice"})


def _animated(doc: Doc) -> bool:
    """An article about an animated work (its voices are its cast)."""
    return any(t.lower_ in ("animated", "animation", "anime", "cartoon") for t in doc)


def _members(head: Token) -> list[Token]:
    """"features the on-screen pair of A and B", "features the voices of C and D": the people a pair, a duo, a
    trio or the voices are of; else the head."""
    if head.lower_ not in GROUP_NOUNS and head.lower_ not in _VOICES:
        return [head]
    return [m for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for m in (o, *o.conjuncts)]


def _with_absolute(verb: Token) -> list[Token]:
    """"X, with A and B starring": the participle's own subjects are its cast."""
    if verb.lower_ not in _PARTICIPLES or verb.head.lower_ != "with":
        return []
    return [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]


def _starring_alone(verb: Token) -> bool:
    """"A and B also star", "C co-stars": a finite verb of starring with no object, no place and no clause of its
    own (whose work the sentences around it say)."""
    return verb.tag_ in ("VBZ", "VBP", "VBD") and all(
        c.dep_ in ("nsubj", "advmod", "punct", "cc", "aux") for c in verb.children)


def _companions_as(verb: Token) -> list[Token]:
    """"A has been cast as C, with B as D, and E as F": the people "with" (or "alongside") brings, each with a part
    of their own."""
    return [person for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("with", "alongside")
            for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
            for person in (obj, *obj.conjuncts)
            if any(c.dep_ == "prep" and c.lower_ == "as" and not names_a_job(" ".join(t.text for t in c.subtree))
                   for c in person.children)]


def _voices_with(verb: Token) -> list[Token]:
    """"stars A with the voices of B and C": the voice cast beside the cast on screen."""
    return [person for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for noun in prep.children if noun.dep_ == "pobj" and noun.lower_ in _VOICES
            for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for obj in of.children if obj.dep_ == "pobj" for person in (obj, *obj.conjuncts)]


def _pairs_after_characters(verb: Token, heads: list[Token]) -> list[Token]:
    """"starred A as C, B as D, and E as F": the parse may hang "B as D" and "E as F" on the character C, as
    its conjuncts or appositions; each of them that has its own "as" is another actor."""
    characters = [obj for token in (verb, *heads) for prep in token.children
                  if prep.dep_ == "prep" and prep.lower_ == "as" for obj in prep.children if obj.dep_ == "pobj"]
    hung = [t for character in characters
            for t in (*character.conjuncts, *(c for c in character.children if c.dep_ == "appos"))]
    return [t for t in hung if t not in heads and (any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children)
                                                   or _verbs_as_after(verb, t) is not None)]


def _part_before(verb: Token, prep: Token) -> bool:
    """Whether the verb gave its subject's (or its object's) part before `prep`: "starred as C, opposite …",
    "plays C, with …", "stars A as C, opposite …"."""
    objects_ = [c for c in verb.children if c.dep_ == "dobj"]
    return any((c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "dobj" and lemma(verb) in PLAYING_VERBS)
               for c in (*verb.children, *(g for o in objects_ for g in o.children)) if c.i < prep.i)


def _joined(verb: Token) -> Iterator[Token]:
    """The words under a joining verb and under the season it joins ("joins the second season of X as C": the
    parse may hang the part's "as" on the season)."""
    yield from verb.children
    for season in (o for o in objects(verb) if o.lower_ == "season"):
        yield from season.children


def _work_led(verb: Token, works: WorkSpans) -> bool:
    """"Brass Saints toplines A as C", "The film toplines B": a toplining verb whose subject is a work, which
    stars the people it toplines."""
    subject = clause_subject(verb)
    return subject is not None and (works.at(subject) is not None or work_noun(subject) is not None)


def _toplined(verb: Token, works: WorkSpans) -> list[Token]:
    """"A is set to topline X", "A will topline the crime thriller": the works a toplining verb takes as its
    object."""
    return [o for o in objects(verb) if works.at(o) is not None or work_noun(o) is not None] \
        if lemma(verb) in _TOPLINING else []


def _hung_on_character(token: Token) -> bool:
    """An actor the parse made a conjunct of the character before it ("A as C and B …")."""
    head = token.head if token.dep_ == "conj" else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ == "as"


def _verbs_as_after(verb: Token, actor: Token) -> Token | None:
    """"to feature A as C and B as D": the parse may hang B on C and "as D" on the verb or on C; the first such
    "as" after B is B's."""
    return min((prep for prep in (*verb.children, *actor.head.children) if prep.dep_ == "prep"
                and prep.lower_ == "as" and prep.i > actor.i), key=lambda prep: prep.i, default=None)


def _role_holder(sent: Span) -> Token | None:
    """Whose roles a sentence lists: the subject of its main verb, or the owner of "Her roles include …"."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _ROLE_SUBJECTS:
        subject = next((c for c in subject.children if c.dep_ == "poss"), None)
    return subject


_ROLE_SUBJECTS = CAST_NOUNS | ROLE_NOUNS | {"credits"}


def _cast_work(noun: Token, works: WorkSpans) -> Mention | None:
    """The work a cast noun belongs to: "the stars of X", "the cast of X", "a role in X", "his role as C in X",
    "X's cast"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "as":  # "his role as C in X"
            for inner in (p for o in child.children if o.dep_ == "pobj" for p in o.children):
                if inner.dep_ == "prep" and inner.lower_ in ("in", "on"):
                    found = next((w for w in (work_of(g, works) for g in inner.children if g.dep_ == "pobj")
                                  if w is not None), None)
                    if found is not None:
                        return found
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = work_of(obj, works)
                    if found is not None:
                        return found
                    for inner in obj.children:  # "one of the stars of X"
                        if inner.dep_ == "prep" and inner.lower_ in ("of", "in"):
                            for deeper in inner.children:
                                if deeper.dep_ == "pobj" and work_of(deeper, works) is not None:
                                    return work_of(deeper, works)
        if child.dep_ == "poss":
            found = work_of(child, works)
            if found is not None:
                return found
    return None


def _appearing_as(noun: Token) -> Token | None:
    """"A appeared as one of the main cast members of X", "A returned as a regular cast member": the acting
    verb whose "as" the cast noun (or "one of" it) stands in."""
    token = noun
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one":
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "as" and lemma(token.head.head) in ACTING_VERBS:
        return token.head.head
    return None


def _copula_of(noun: Token) -> Token | None:
    """The copula a noun is the attribute of, directly or as "one of the N"."""
    token = noun
    for _ in range(3):
        if token.dep_ == "attr" and lemma(token.head) == "be":
            return token.head
        if token.dep_ not in ("pobj", "prep"):
            return None
        token = token.head
    return None




def _named_before_who(who: Token, works: WorkSpans) -> Token | None:
    """"his father, Amos, who is played by A": the name right before the relative pronoun and its comma, which
    the parse may not make the clause's head (not a place, a company or a title, nor a name after a preposition:
    "a nun in Gull Point, who is played by A")."""
    doc = who.doc
    before = doc[who.i - 2] if who.i > 1 and doc[who.i - 1].text == "," else None
    name = name_span(before) if before is not None and before.pos_ == "PROPN" else None
    lexicon = doc._.lexicon
    if name is None or works.at(before) is not None \
            or (lexicon is not None and (lexicon.is_place(name.text) or lexicon.is_organization(name.text))) \
            or (name.start > 0 and doc[name.start - 1].pos_ == "ADP"):
        return None  # ("a fisherman from Cornwall, who is played by A": no part called Cornwall)
    return before


def _acts_next(token: Token) -> bool:
    """"Freya Oduya (The Glass Parish) stars as …": a name right before an actor's verb is its subject, though
    the small model, reading "stars" as a noun, may make the name its compound; the brackets gloss her works."""
    span = name_span(token)
    after = span.doc[span.end] if span is not None and span.end < span.sent.end else None
    clean = token.doc._.clean
    gloss = clean.parenthetical_after(span.end_char) if span is not None and clean is not None else None
    acting = after is not None and after.tag_ in ("VBZ", "VBD", "NNS") and lemma(after) in CAST_NEWS_VERBS
    if acting and gloss is not None and len(gloss.text.split()) == 1:
        # ("Ada Kerr (Nuala) stars opposite …": one word may as well be her part, unless "as" names it after)
        return after.i + 1 < len(after.doc) and after.doc[after.i + 1].lower_ == "as"
    return acting


def _glossed_titles(text: str) -> list[str]:
    """"Little Women, Midsommar": a list of titles in brackets (not a gloss such as "Japanese: …", nor a date:
    "Tokyo (Nov 3, 2025)")."""
    if ":" in text or ";" in text or names_a_date(text):
        return []
    items = [item.strip() for item in text.split(",")]
    return [item for item in items if item and is_title_text(item)] if len(items) == len(
        [i for i in items if i and is_title_text(i)]) else []


def _glossed_character(doc: Doc, person: Mention) -> str | None:
    """"Iko Uwais (Rama)": the character in brackets after an actor's name (a name, not "born 1985")."""
    paren = doc._.clean.parenthetical_after(person.end) if doc._.clean is not None else None
    if paren is None:
        return None
    words = paren.text.split()
    if 0 < len(words) <= 4 and "," not in paren.text and all(w[:1].isupper() for w in words):
        return paren.text
    return None


# Nouns that introduce a real person, not a character: "nominee A (W)", "newcomer A (C)".
_REAL_PEOPLE = PERSON_NOUNS | {"nominee", "winner", "star", "newcomer", "veteran", "alum", "alumna", "alumnus",
                              "co-star", "lead", "legend", "icon", "breakout"}
# A reviewer's remark after an actor's name in brackets: "(Alasdair Gunn, all bristle and bluster)".
_REMARK = re.compile(r",\s+\p{Ll}.*$")
# A person's full name, as brackets hold it: two to four capitalized words.
_FULL_NAME = re.compile(r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}")
# "(played by A)", "(voiced by A)": the actor of the character named before the brackets.
# The verbs of a casting story's sentence: "have signed on to headline", "joins", "will star", "has been cast".
_SIGNING_ON = CAST_NEWS_VERBS | {"cast", "sign", "round"}
# The words of news about an actor, whose brackets gloss the actor with a work: "A (W) is in talks to join".
_CASTING_NEWS = _SIGNING_ON | {"talk", "attach", "tap", "add", "nominate", "win", "set"}
# One to three quoted titles, as a casting story glosses an actor with: '("Brackwater")', '("A," "B")'.
_QUOTED_TITLES = re.compile(r'[\"“][^\"“”]{1,80}[\"”](?:\s*(?:,|and)?\s*[\"“][^\"“”]{1,80}[\"”]){0,2}')
_PLAYED_BY = re.compile(rf"^{PLAYED_BY}\s+(?P<actors>{NAME_LIST})$")


def _crew_named(name: Span, lexicon: Lexicon) -> bool:
    """A name after a job's word or a credit's "by" ("director A", "written by A", "from A"): no actor."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return before is not None and (lexicon.cue(before.text, "role") is not None or before.lower_ in FILMMAKER_NOUNS
                                   or before.lower_ in ("by", "from"))


def _name_before(doc: Doc, at: int) -> Span | None:
    """The name that ends where a parenthetical was taken out."""
    token = doc.char_span(at - 1, at, alignment_mode="expand") if at > 0 else None
    span = name_span(token[-1]) if token is not None and len(token) else None
    return span if span is not None and span.end_char == at else None


_PARTNERING = frozenset({"opposite", "alongside", "with"})
_KNOWN = frozenset({"known", "famous", "remembered", "recognized", "recognised", "renowned"})
# The words one of the parse readers' tests starts from (a verb's dictionary form, or the word itself).
_PARSED_TRIGGERS = ACTING_VERBS | _TOPLINING | _JOINING_AS | STARRING_VERBS | PLAYING_VERBS | CAST_NOUNS \
    | _PERFORMANCE_NOUNS | _KNOWN | frozenset(_CASTING_FORMS) | {"direct", "debut", "back", "as"}
# Adjectives whose "as" gives a name, not a part: "better known as", "famous as", "credited as".
_NAMING_ADJECTIVES = frozenset({"known", "famous", "familiar", "notorious", "renowned", "popular", "billed",
                                "credited", "listed", "recognizable", "recognisable", "same", "such"})


def _players(verb: Token) -> list[Token]:
    """Who plays: the subject, or the name a participle clause hangs on ("Pedro Alonso, best known for …",
    "A is an actor known for …")."""
    people = doers(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not people and verb.dep_ in ("acl", "advcl", "relcl") and verb.head.pos_ == "PROPN":
        people = [verb.head]
    if not people and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "A and B are back, reprising their roles"
        people = [p for p in doers(verb.head) if p.pos_ == "PROPN"]
    if not people and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        people = said_of(verb.head)  # "A is an American actor known for …"
    return people


def _their_parts(verb: Token, roles: Token, people: int) -> list[str]:
    """"A and B reprise their roles as captain Odile Marchetti and her first mate Benny Castellane": the parts, in
    the order of the people, when each is named (else none)."""
    if roles.lower_ not in ("roles", "parts"):
        return []
    named = [_character_name(_role_of(part)) for holder in (verb, roles) for prep in holder.children
             if prep.dep_ == "prep" and prep.lower_ == "as" for first in prep.children if first.dep_ == "pobj"
             for part in (first, *first.conjuncts, *(c for a in first.children if a.dep_ == "appos"
                                                      for c in a.conjuncts))]
    return named if len(named) == people and all(named) else []


def _playing_after(known: Token) -> str | None:
    """"known for W, playing C": the character a following participle names."""
    for clause in (c for c in known.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in PLAYING_VERBS):
        role = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if role is not None:
            return _character_name(_role_of(role))
    return None


def _as_after(work: Mention, sent: Span) -> str | None:
    """"starred in the film X as C": the name after "as" right after the title."""
    doc = sent.doc
    span = doc.char_span(work.start, work.end) if work.start >= 0 else None
    if span is None or span.end + 1 >= sent.end or doc[span.end].lower_ != "as":
        return None
    return _character_name(doc[span.end + 1])


def _role_of(token: Token) -> Token:
    """The name of the character a role phrase gives: "the role of C", "Marta's father, Andrés", "his
    daughter Oei"."""
    if token.lower_ in ("role", "part", "character"):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o for o in prep.children if o.dep_ == "pobj"), token)
    if token.text[:1].islower():
        # ("a rival salvager named Ezequiel Barros": the name a part is called by)
        called = [o for c in token.children if c.dep_ == "acl" and c.lower_ in ("named", "called")
                  for o in c.children if o.dep_ in ("oprd", "dobj", "attr") and o.pos_ == "PROPN"
                  and not any(g.dep_ == "poss" for g in o.children)]  # (not "named Time's Person of the Year")
        return next((c for c in token.children if _set_beside(c, token)), called[0] if called else token)
    return token


def _set_beside(name: Token, part: Token) -> bool:
    """"Marguerite's younger sister, Inês, and …": the name in apposition right after a part's comma (which the
    parse may coordinate), not a later one it hangs there too."""
    doc = name.doc
    if not name.text[:1].isupper():
        return False
    if name.dep_ in ("appos", "npadvmod"):
        return name.left_edge.i <= part.i + 2 or doc[name.left_edge.i - 1].text != ","
    return name.dep_ == "conj" and name.pos_ == "PROPN" and name.left_edge.i == part.i + 2 \
        and doc[part.i + 1].text == ","


def _character_name(token: Token) -> str | None:
    """A character is named with capitals ("Zinga", "Captain Vega"), with the title the text gives it ("Dr.
    Iris Calder", "Mr. Tallow": the character's name as written, where a person's would drop it); "a dockworker"
    names none; "the Maharaja, Udaybhan Singh" is named by the name set beside the part."""
    named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and token.i < named.i and token.doc[token.i - 1].lower_ in ("the", "a"):
        token = named
    span = name_span(token)
    if span is None:
        return None
    start = span.start
    while start > sentence(span).start and span.doc[start - 1].text in COURTESY_TITLES:
        start -= 1
    ranked = [t.i for t in span[:3] if t.text in RANK_ABBREVIATIONS]  # ("Staff Sgt. Mireille Arsenault")
    start = ranked[-1] + 1 if ranked and ranked[-1] + 1 < span.end else start
    return span.doc[start:span.end].text


