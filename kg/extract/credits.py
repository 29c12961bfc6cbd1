"""Credits: who directed, wrote and produced a work, and which company made it.

Read from the parse, starting at a credit word of `data/cues.jsonl`:

- a credit verb with a "by"-agent, passive or participle, with coordination on
  both sides: "X was produced and directed by A and B", "a 2003 film written
  by A", "X, which was directed by A";
- a credit verb in the active voice: "A directed X", "A wrote and produced X",
  "A, who directed X";
- a role noun: "A is the director of X", "the director of X is A",
  "X's director A", "director A", "A, the producer of X";
- a craft noun with "by": "with a screenplay by A", "the screenplay was
  written by A" (the work is then the clause's);
- a possessive before a title: "Kore-eda's Monster" (the director, less sure);
  a company's possessive: "the BBC's X" (its platform), "Studio Pictures' film X"
  (its studio); "under his banner C";
- a film noun with "by": "X is a 2012 documentary film by A" (its director).

A company in a producer's place ("produced by Capistrano Films") is the
production company; a company never directs or writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import (
    ORIGINAL,
    WorkSpans,
    asked_of,
    by_agents,
    clause_work,
    coordinated_verbs,
    debut,
    definite,
    doers,
    gerund_read_as_noun,
    introduced_as_director,
    listed,
    named,
    negated,
    objects,
    owned_in_hand,
    work_described,
    work_of,
)
from kg.extract.countries import countries_named, is_country
from kg.extract.doc import (
    ANAPHOR,
    OTHER,
    PERSON_ANAPHOR,
    Candidate,
    Mention,
    all_tokens,
    mention,
    reports_box_office,
    sentence,
    tokens,
    tokens_with,
    words_in,
)
from kg.extract.lexicon import (
    BROADCASTER_WORDS,
    CONGLOMERATES,
    DISTRIBUTORS,
    FILMMAKER_NOUNS,
    GENRE_NOUNS,
    PERSON_NOUNS,
    SAYING_VERBS,
    SOURCE_KINDS,
    WORK_NOUNS,
    Cue,
    Lexicon,
    lemma,
)
from kg.extract.names import family_names, given_names, name_span
from kg.extract.patterns import NUMBER_WORDS
from kg.extract.reader import SentenceReader
from kg.extract.works import (
    CREDIT_GLOSS,
    TAKING_FORMS,
    WORK_NOUN_ENDS,
    described_noun,
    is_copula,
    listed_works,
    named_production,
    names_a_source,
    nearest_subject,
    platform_named,
    source_noun_after,
    work_noun,
)
from kg.model import ORGANIZATION, PERSON, WORK

# A debut that is a film's, not a role's: "her feature debut", "his first film".
_FEATURE_DEBUTS = frozenset({"feature", "film", "filmmaking"})
# Nouns that say a person makes films, before the name a work is "from": "the new thriller from filmmaker A"
# ("from director A" is the role-noun reader's, as "director" is a role cue).
_FILMMAKER_NOUNS = FILMMAKER_NOUNS - {"director"}
# What each cue relation becomes for a person and for a company.
_FOR_PERSON = {"director": "director", "writer": "writer", "producer": "producer", "creator": "creator",
               "narrator": "cast"}  # (the voice a documentary is told in is of its cast)
_FOR_COMPANY = {"producer": "production_company", "studio": "production_company",
                "production_company": "production_company", "developer": "production_company",
                "distributor": "release_platform"}  # ("distributed by Silverbird", "which A24 distributed")
# "Her directorial debut", "his second directorial venture": nouns of a film someone directed.
_DIRECTORIAL_NOUNS = frozenset({"debut", "venture", "outing", "effort", "feature"})
# Last words of two-word crafts whose last word alone is no craft: "series composition".
_CRAFT_HEADS = frozenset({"composition"})
# Words that end an event's name after a possessive: "Critics' Week", "Directors' Fortnight", "People's Choice".
_EVENT_NAME_ENDS = frozenset({"Week", "Fortnight", "Choice", "Prize", "Award", "Awards", "Festival", "Showcase"})
# Crafts whose makers kg does not record: "the music was composed by", "the editing was done by".
_UNKEPT_CRAFTS = frozenset({"music", "score", "editing", "cinematography", "photography", "costume", "costumes",
                            "design", "soundtrack", "song", "songs", "lyrics", "choreography", "effects",
                            "makeup"})


@Language.factory("kg_credits", requires=["token.dep", "doc.spans"])
def make_credit_reader(nlp: Language, name: str) -> CreditReader:
    return CreditReader(nlp, name)


class CreditReader(SentenceReader):
    """Adds director, writer, producer and production-company candidates to `Doc._.candidates`."""

    def __init__(self, nlp: Language, name: str = "kg_credits") -> None:
        super().__init__(name)
        self.nlp = nlp
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")

    def configure(self, lexicon: Lexicon) -> None:
        """Set the lexicon; a newsroom's cue phrases ("megaphoned by") become a phrase matcher."""
        super().configure(lexicon)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for relation, phrase in lexicon.vocabulary.cues:
            if relation != "cast":
                self.phrases.add(relation, [self.nlp.make_doc(phrase)])

    def words_read(self, lexicon: Lexicon) -> frozenset[str]:
        return _credit_words(lexicon)

    def read(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        lexicon = self.lexicon
        for token in tokens_with(sent, self.triggers):
            if (cue := lexicon.cue(token.text, "verb")) is not None and (token.pos_ in ("VERB", "AUX", "ADJ")
                                                                       or gerund_read_as_noun(token)):
                if negated(token):
                    continue
                yield from self._verb(cue, token, sent, works)
            elif (cue := _role_cue(token, lexicon)) is not None and cue.relation == "production_company":
                yield from self._company_role(token, sent, works)
            elif (cue := lexicon.cue(token.text, "role")) is not None and token.pos_ in ("NOUN", "PROPN"):
                yield from self._role(cue, token, sent, works)
            elif token.lower_ == "production" and token.pos_ == "NOUN" and named_production(token):
                yield from self._production_of(token, sent, works)
            elif (cue := craft_cue(token, lexicon)) is not None and token.pos_ == "NOUN":
                yield from self._craft(cue, token, sent, works)
            elif token.pos_ == "NOUN" and WORK_NOUNS.get(work_noun(token) or "") == "Movie":
                yield from self._film_by(token, sent, works)
                yield from self._from_filmmaker(token, sent, works)
            elif token.pos_ == "NOUN" and WORK_NOUNS.get(work_noun(token) or "") not in (None, *SOURCE_KINDS):
                yield from self._film_by(token, sent, works, people=False)
                yield from self._from_filmmaker(token, sent, works)
            elif token.lower_ in _DIRECTORIAL_NOUNS and token.pos_ == "NOUN":
                yield from self._directorial_debut(token, sent, works)
            elif token.tag_ == "VBN" and lemma(token) in ("film", "shoot"):
                yield from self._filmed_by_director(token, sent, works)
        yield from self._listed(sent, works)
        yield from self._possessives(sent, works)
        yield from self._owned_appositives(sent, works)
        yield from self._owned_description(sent, works)
        yield from self._owners(sent, works)
        yield from self._takings_for(sent, works)
        yield from self._owned_subject(sent, works)
        yield from self._banners(sent, works)
        yield from self._in_co_production(sent, works)
        yield from self._compounds(sent, works)
        yield from self._newsroom_cues(sent, works)
        yield from self._behind_the_camera(sent, works)

    def _listed(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A directed X (1990), Y (1997) and Z (1999)": a credit for each work the verb lists."""
        for verb, titles in listed_works(sent, self.lexicon):
            cue = self.lexicon.cue(verb.text, "verb")
            if cue is None:
                continue
            people = doers(verb)
            for work in filter(None, map(works.work, titles)):
                for head in people:
                    yield from self._credit(cue.relation, work, head, sent, works, "credit:listed")

    def _film_by(self, noun: Token, sent: Span, works: WorkSpans, *, people: bool = True) -> Iterator[Candidate]:
        """"X is a 2012 documentary film by A": a film is its director's, or its studio's ("a film by the
        animation company C"; a platform's is only shown there); "an animated series by C" is its studio's
        (a series "by" a person may be its creator's or its director's: `people` is False)."""
        agents = by_agents(noun)
        work = work_of(noun, works) if agents else None
        if work is None:
            return
        for head in agents:
            value = named(head, works, self.lexicon)
            company = value is not None and value.kind == ORGANIZATION
            if (company or people) and not (company and self.lexicon.is_platform(value.name)):
                yield from self._credit("studio" if company else "director", work, head, sent, works,
                                        "credit:film-by")

    def _from_filmmaker(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X, the new spy thriller from Oscar-nominated filmmaker A": the filmmaker a work is from directed it
        (the word says so; a plain "from A" may name a writer); "The drama, from Hatchling Television", "a
        co-production from Element Pictures and Blackstar Film House": the companies it is from made it."""
        work = work_described(noun, works)
        for prep in noun.children if work is not None else ():
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for head in (o for o in prep.children if o.dep_ == "pobj"):
                yield from self._companies_from(head, work, sent, works)
                roles = ["director"]
                if head.lower_ in _FILMMAKER_NOUNS:  # the parse may hang the name on the noun instead
                    head = next((c for c in head.children if c.dep_ in ("appos", "compound") and c.i > head.i),
                                None)
                elif not any(c.dep_ == "compound" and c.lower_ in _FILMMAKER_NOUNS for c in head.children) \
                        and not _a_film_from_a_person(noun, head):
                    # ("from Spanish writer-director A": each of the crafts the hyphen joins)
                    roles = next((found for c in head.children if c.dep_ in ("compound", "amod")
                                  if "director" in (found := self._hyphenated_roles(c))), [])
                for role in roles if head is not None else ():
                    yield from self._credit(role, work, head, sent, works, "credit:from-filmmaker")

    def _hyphenated_roles(self, word: Token) -> list[str]:
        """The credits a hyphenated job names: "writer-director" (writer and director), "actor-director"."""
        parts = word.lower_.split("-")
        cues = [self.lexicon.cue(part, "role") for part in parts] if len(parts) > 1 else []
        return [_FOR_PERSON[cue.relation] for cue in cues if cue is not None and cue.relation in _FOR_PERSON]

    def _companies_from(self, head: Token, work: Mention, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        for company in (head, *head.conjuncts):
            value = named(company, works, self.lexicon)
            if value is not None and value.kind == ORGANIZATION and self.lexicon.is_organization(value.name) \
                    and not self.lexicon.is_platform(value.name) and value.name not in CONGLOMERATES:
                # ("a documentary from Neon": a distributor's, which releases it)
                relation = "release_platform" if value.name.casefold() in DISTRIBUTORS else "production_company"
                yield Candidate(relation, work, value, sent, "credit:from-company")

    def _filmed_by_director(self, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"a documentary … filmed by Danish director A": who a work was filmed by, named as its director,
        directed it (a cinematographer's "shot by A" is not read)."""
        agents = [a for a in by_agents(verb) if role_before(a, self.lexicon) == "director"]
        work = clause_work(verb, works) if agents else None
        if agents and (work is None or work.kind not in (WORK, ANAPHOR, ORIGINAL)):
            # ("a documentary about A filmed by B")
            work = next((work_of(a, works) for a in verb.ancestors if work_noun(a)), None)
        for head in agents if work is not None else ():
            yield from self._credit("director", work, head, sent, works, "credit:filmed-by")

    def _directorial_debut(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A made her directorial debut with X", "his second directorial venture X (2012)": they directed X."""
        kinds, work, people = debut(noun, works)
        if work is None:
            return
        for head in people:
            # "Norwegian director A makes her feature debut with X": a director's first feature is one she directed
            if "directorial" in kinds or (kinds & _FEATURE_DEBUTS and introduced_as_director(head)):
                yield from self._credit("director", work, head, sent, works, "credit:debut")

    def _newsroom_cues(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """A newsroom's own cue phrase from kg.toml, followed by the names it credits."""
        doc = sent.doc
        for match_id, start, end in self.phrases(doc[sent.start:sent.end]):
            relation = self.nlp.vocab.strings[match_id]
            first, after = doc[sent.start + start], sent.start + end
            if after >= sent.end:
                continue
            work = clause_work(first, works) if first.pos_ == "VERB" else _enclosing_work(first, works)
            for head in listed(doc[after]) if doc[after].text[:1].isupper() else ():
                yield from self._credit(relation, work, head, sent, works, "credit:newsroom")

    def _behind_the_camera(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Director A, who also helmed the first film, is back behind the camera", "B steps behind the camera
        for X": who is behind the camera directs the work named ("for X", "on X") or the one in hand."""
        for camera in (t for t in tokens(sent) if t.lower_ == "camera" and t.head.lower_ == "behind"):
            verb = camera.head.head
            if verb.pos_ not in ("VERB", "AUX") or negated(verb) or any(
                    a.dep_ == "prep" and a.lower_ == "as" for a in verb.children):
                continue  # ("steps behind the camera as cinematographer")
            named_for = [work_of(o, works) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                         for o in p.children if o.dep_ == "pobj"]
            work = next((w for w in named_for if w is not None), None) if named_for \
                else Mention(ANAPHOR, camera.text, camera.idx, camera.idx + len(camera))
            for subject in (c for c in verb.children if c.dep_ == "nsubj") if work is not None else ():
                if not _photographer(subject):  # (a cinematographer is behind the camera too)
                    yield from self._credit("director", work, subject, sent, works, "credit:behind-the-camera")

    def _craft_of(self, noun: Token, works: WorkSpans) -> Mention | None:
        """"wrote the screenplay for X", "direct and write the script of X": the work a craft object is for;
        "A wrote the screenplay" (with none named: "the" one of the work in focus) that of the paragraph."""
        if craft_cue(noun, self.lexicon) is None:
            return None
        targets = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for o in p.children if o.dep_ == "pobj"]
        if not targets and noun.left_edge.lower_ == "the":
            return Mention(ANAPHOR, noun.text, noun.idx, noun.idx + len(noun))
        return next((w for w in map(lambda o: work_of(o, works), targets) if w is not None), None)

    def _companies_beside(self, verb: Token, agents: list[Token], work: Mention | None, sent: Span,
                          works: WorkSpans) -> Iterator[Candidate]:
        """The studio a credit was made for or through: "directed by A for Blue Sky Studios", "produced by A
        of the GPO Film Unit", "produced by C in association with D": each a production company (a
        platform's "for" says where the work is shown, which the release reader takes)."""
        for rule, head in _beside_agents(verb, agents):
            value = named(head, works, self.lexicon)
            if value is not None and value.kind == ORGANIZATION and not self.lexicon.is_platform(value.name) \
                    and value.name.split()[-1] not in BROADCASTER_WORDS:
                yield Candidate("production_company", work, value, sent, rule)

    def _verb(self, cue: Cue, verb: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        agents = by_agents(verb) or _shared_agents(verb)
        if agents and verb.dep_ in ("acl", "conj") and _source_in_phrase(coordinated_verbs(verb)[0].head):
            return  # "based on the comic series Meridian, written by A and drawn by B": A wrote the comic
        if agents:
            work, relation = _work_and_craft(verb, works, cue.relation, self.lexicon)
            if relation is not None:
                for head in agents:
                    yield from self._credit(relation, work, head, sent, works, "credit:by")
                for head in _partners_after(agents):  # "Written by A with B": B wrote it too
                    person = named(head, works, self.lexicon)
                    if person is not None and person.kind == PERSON:
                        yield from self._credit(relation, work, head, sent, works, "credit:by-with")
                yield from self._companies_beside(verb, agents, work, sent, works)
            return
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            return  # a passive without its agent names no one
        people = doers(verb)
        if not people:
            return
        people += _partners(verb)
        targets = objects(verb) or objects(verb, preposition="in") or _described_by_the_clause(verb)
        if not targets and cue.relation == "producer" and _producing_in_hand(verb):
            yield from self._producing(verb, people, sent, works)
            return
        if not targets and _to_come(verb) and (cue.relation == "director" or (cue.relation == "producer"
                                                                               and _through_a_banner(verb))):
            for head in people:  # "Swedish filmmaker A will direct", "B will produce via her banner"
                if not any(works.at(t) is not None for t in _described(head, works)):  # (not "A, a winner for X")
                    yield from self._credit(cue.relation, None, head, sent, works, "credit:to-come")
            return
        if not targets and verb.dep_ in ("pobj", "pcomp") and verb.head.lower_ == "with":  # "with A and B producing"
            clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            work = clause_work(clause, works) if clause is not None else None
            for head in people if work is not None else ():
                yield from self._credit(cue.relation, work, head, sent, works, "credit:with")
        for target in targets:
            if target.lower_ in ("adaptation", "adaptations") and any(c.lower_ == "of" for c in target.children):
                continue  # "writing an adaptation of the novel Y": a credit on the adaptation, not on Y
            work = work_of(target, works) or _directed_in(verb, target, works) or self._craft_of(target, works)
            if work is None and _part_of_the_work_in_hand(target, verb):
                for head in people:  # "A returns to direct the opening and closing blocks", "wrote every episode"
                    yield from self._credit(cue.relation, None, head, sent, works, "credit:parts")
                continue
            if work is None:
                continue
            for head in people:
                yield from self._credit(cue.relation, work, head, sent, works, "credit:active")

    def _producing(self, verb: Token, people: list[Token], sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"A and B are producing for Plan B Entertainment alongside C of Saltire Pictures", "Studio Dragon and
        Blossom Moon Studios are producing", "See-Saw Films produced", "A exec produces with B": the producers and
        production companies of the work in hand (a person, in the present; a company, in the past too)."""
        partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "alongside", "with")
                    for obj in p.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)]
        partners += [of for o in partners for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for of in p.children if of.dep_ == "pobj"]  # ("C of Saltire Pictures")
        for head in [*people, *partners]:
            value = named(head, works, self.lexicon)
            if value is None or (value.kind in (PERSON, PERSON_ANAPHOR) and verb.tag_ in ("VBD", "VBN")) \
                    or (value.kind == ORGANIZATION and not self.lexicon.is_organization(value.name)):
                continue  # ("A produced" says of no work which; a company by its own words only)
            relation = "production_company" if value.kind == ORGANIZATION else "producer"
            if value.kind in (PERSON, PERSON_ANAPHOR, ORGANIZATION) and not self.lexicon.is_platform(value.name):
                yield Candidate(relation, None, value, sent, "credit:producing")

    def _role(self, cue: Cue, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        work = _role_work(noun, works)
        rule = "credit:role"
        if work is None and _from_maker(noun) is not None:
            work, rule = _from_maker(noun), "credit:from"
            if work.pos_ == "VERB" and lemma(work) in ("base", "adapt", "inspire"):
                return  # "based on the comic Y by writer A": A wrote the source (the source reader's)
            work = work_of(work, works) if work.pos_ != "VERB" else clause_work(work, works)
            if work is None:
                return
        elif work is None and _introduces_subject(noun):
            rule = "credit:role-opening"
        elif work is None and cue.relation == "director" and (owned := _owners_work(noun, works)) is not None:
            work, rule = owned, "credit:role-owner"  # "A stars in director B's gentle caper"
        elif work is None and not definite(noun) and not _serves_as(noun) and not _listed_as(noun):
            return  # "a director" names no credit
        elif work is None and _describes_a_person(noun) and not _listed_as(noun):
            return  # "the Mexican producer A", "his daughter, the producer A": who A is, not a credit
        elif work is None and any(c.dep_ == "compound" and work_noun(c) for c in noun.children):
            return  # "the film director A" names a profession, not a credit
        if work is None and noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "PROPN":
            work = _enclosing_work(noun.head.head, works)
        for head in _role_holders(noun) + _alongside(noun):
            yield from self._credit(cue.relation, work, head, sent, works, rule)

    def _company_role(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X's production company, Saban Entertainment", "made with his own production company El Deseo",
        "directed for the Films Albatros production company", "The production company is Longshore Films": the
        company named as a work's production company (not "A founded the production company Z", which names no
        work)."""
        if noun.dep_ == "nsubj" and definite(noun) and lemma(noun.head) == "be" and _role_work(noun, works) is None:
            # "The production company is Longshore Films": the work in hand's
            for name in (c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"):
                yield from self._credit("production_company", None, name, sent, works, "credit:company-role")
            return
        work = _role_work(noun, works)
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "for") else None
        if work is None and verb is not None and self.lexicon.cue(verb.text, "verb") is not None:
            # "the first film that he directed for C": an active relative clause's work is the noun it describes
            work = work_of(verb.head, works) if verb.dep_ == "relcl" else clause_work(verb, works)
        if work is None:
            return
        names = [c for c in noun.children if c.dep_ == "appos"] or \
            [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for head in names[:1]:
            yield from self._credit("production_company", work, head, sent, works, "credit:company-role")

    def _compounds(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"the Sitisiri Mongkolsiri-directed drama X": a name joined to a credit participle."""
        doc = sent.doc
        for token in tokens(sent):
            if "-" not in token.text[1:]:
                continue
            owner, _, cue_word = token.text.rpartition("-")
            cue = self.lexicon.cue(cue_word, "verb")
            if cue is None or not owner[:1].isupper() or cue.relation not in _FOR_PERSON:
                continue
            start = token.i
            while start > sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                start -= 1
            written = doc[start:token.i + 1].text[:token.idx + len(owner) - doc[start].idx]
            name = Mention(PERSON, written, doc[start].idx, token.idx + len(owner))
            work = work_of(token.head, works)
            if work is not None and not self.lexicon.is_organization(name.name):
                yield Candidate(_FOR_PERSON[cue.relation], work, name, sent, f"credit:compound:{cue.relation}")

    def _craft(self, cue: Cue, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"with a screenplay by A", "the screenplay is by A", "with production handled by S", "a screenplay
        credited to A and B": a craft noun with its own "by" (or "credited to")."""
        agents = by_agents(noun) or [a for c in noun.children if c.dep_ == "acl" for a in by_agents(c)] \
            or [a for c in noun.children if c.dep_ == "acl" and c.lower_ == "credited" for a in _credited_to(c)]
        if not agents and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            agents = by_agents(noun.head)  # "the screenplay is by A", "series composition is handled by A"
        if not agents:
            return
        work = _role_work(noun, works) or _enclosing_work(noun, works)
        for head in agents:
            yield from self._credit(cue.relation, work, head, sent, works, "credit:craft")

    def read_doc(self, doc: Doc, works: WorkSpans) -> Iterator[Candidate]:
        """"Hollis (directed by Anna Feld)": the credit in the brackets right after a title."""
        clean = doc._.clean
        ends = {span.end_char: span for span in doc.spans.get("works", [])}
        for paren in clean.parentheticals if clean is not None else ():
            match = CREDIT_GLOSS.match(paren.text)
            span = ends.get(paren.at) if match else None
            cue = self.lexicon.cue(match.group("verb"), "verb") if span is not None else None
            if cue is not None and cue.relation in _FOR_PERSON:
                person = Mention(PERSON, match.group("name"), -1, -1)
                yield Candidate(_FOR_PERSON[cue.relation], mention(span, WORK), person, sentence(span),
                                "credit:gloss")

    def _possessives(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Kore-eda's Monster", "Ben Achterberg's war drama The Long Field": a person's name in the possessive
        before a title, or before the screen-work noun a title follows (a novel's is its author's)."""
        seen: set[int] = set()
        for token in tokens(sent):
            span = works.at(token)
            if span is None or span.start in seen:
                continue
            seen.add(span.start)
            opening = span.start - 1
            quoted = opening > sent.start and sent.doc[opening].is_quote
            before = _before_screen_noun(sent.doc, opening - quoted)  # 'A's Canadian horror film "Kettle Lake"'
            if quoted and before == opening - 1:
                continue  # (a quoted title right after a possessive may be a song's or a book's: 'Sousa's "X"')
            if before <= sent.start or not _possessive_mark(sent.doc[before]) \
                    or sent.doc[before + 1].text in _EVENT_NAME_ENDS:
                continue  # (not "his Cannes Critics' Week entry X", an event's name)
            owner_token = sent.doc[before - 1]
            owner = named(owner_token, works, self.lexicon)
            if owner is None or owner.kind != PERSON or owner.name.lower() in NUMBER_WORDS \
                    or source_noun_after(span) is not None:
                continue  # ("Aoi Morishita's Hoshikuzu no Daidokoro manga": its author's; "Nine's X": a channel's)
            yield self._owners_credit(owner_token, owner, Mention(WORK, span.text, span.start_char, span.end_char),
                                      sent)

    def _owned_appositives(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Silk Road Motel, Zhao Wenqing's desert noir, …", "Nightjar, A's horror thriller, …": a film's
        appositive a person owns names them, as a possessive before a title does (the director, less sure)."""
        for noun in tokens(sent):
            if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not (
                    noun.lower_ in GENRE_NOUNS or WORK_NOUNS.get(work_noun(noun) or "") == "Movie"):
                continue
            if any(c.lower_ in _NOT_THE_DIRECTORS for c in noun.children) \
                    or not words_in(sent).isdisjoint(_DIRECTED):
                continue  # ("Copper Bells, Ruiz's breakout film, was directed by Tom Hale": an actor's, a novel's)
            work = work_of(noun.head, works)
            owner_token = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            owner = named(owner_token, works, self.lexicon) if owner_token is not None and work is not None else None
            if owner is not None and owner.kind == PERSON and work.kind == WORK:
                yield self._owners_credit(owner_token, owner, work, sent)

    def _owners_credit(self, owner_token: Token, owner: Mention, work: Mention, sent: Span) -> Candidate:
        """"Producer Sarah Teale's X" says the owner's role; a bare "Kore-eda's X" is the director's."""
        role = role_before(owner_token, self.lexicon)
        return Candidate(role or "director", work, owner, sent,
                         "credit:possessive" if role is None else "credit:possessive-role")

    def _owned_description(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X is director Bong Joon-ho's seventh feature": a film described as a director's is one they directed
        (an actor's "first film", or "Al Pacino's first film with De Niro", is not); "X was Lang's second film
        for Nero-Film": the company a film is "for" made it (not a platform, which only shows it)."""
        for copula in (t for t in tokens(sent) if is_copula(t)):
            noun = described_noun(copula)
            if noun is None or WORK_NOUNS.get(work_noun(noun) or "") != "Movie":
                continue
            work = clause_work(copula, works)
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None and work is not None and introduced_as_director(owner) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("with", "as") for c in noun.children):
                yield from self._credit("director", work, owner, sent, works, "credit:owned-film")
            for obj in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                        if o.dep_ == "pobj"):
                company = named(obj, works, self.lexicon)
                if work is not None and company is not None and company.kind == ORGANIZATION \
                        and not self.lexicon.is_platform(company.name):
                    yield Candidate("production_company", work, company, sent, "credit:film-for")

    def _production_of(self, noun: Token, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"X is a Blumhouse production", "The Brightmill Animation production features …": the company a
        "production" is called after made the work (not a country's: "a British production"; a person's name
        there is a producer's company, which only a company word tells apart)."""
        name = next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.text[:1].isupper()), None)
        span = name_span(name) if name is not None else None
        if span is None or span.end != noun.i or countries_named(span.text, "production") or is_country(span.text):
            return
        if not (self.lexicon.is_organization(span.text) or len(span) == 1):
            return
        if noun.dep_ == "attr" and noun.head.pos_ == "AUX":
            work = clause_work(noun.head, works)
        elif noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.lower_ in ("the", "this"):
            work = Mention(ANAPHOR, noun.text, noun.idx, noun.idx + len(noun))
        elif noun.dep_ == "appos":
            work = work_of(noun.head, works)
        else:
            return
        if work is not None:
            yield Candidate("production_company", work, mention(span, ORGANIZATION), sent, "credit:production-of")

    def _owners(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"the BBC's Jackanory", "Walt Disney Pictures' animated feature film X": a company's possessive
        before a title, or before the work noun a title follows, names its platform, or else its studio."""
        words = all_tokens(sent.doc)
        for marker in tokens(sent):
            if marker.tag_ != "POS" or marker.i <= sent.start or marker.i + 1 >= sent.end:
                continue
            owner_token = words[marker.i - 1]
            noun = owner_token.head if owner_token.dep_ == "poss" else None
            # "Paragon Studios' sci-fi thriller Iron Meridian": the parse may hang the owner on the title itself
            span = works.at(words[marker.i + 1]) or (works.at(noun) if noun is not None else None)
            if span is None and noun is not None and work_noun(noun) and noun.i + 1 < sent.end:
                span = works.at(words[noun.i + 1])
            owner = (_platform_ending_at(marker, self.lexicon) or named(owner_token, works, self.lexicon)) \
                if span is not None and span.start > marker.i else None
            if owner is not None and owner.kind == ORGANIZATION and owner.name not in CONGLOMERATES:
                # (in a box-office report, "Lionsgate's action thriller X" is the film a distributor releases, any
                # company's but a studio kg knows makes films, not releases them, "Blumhouse's"; not "Universal's
                # thriller X grossed $6 million for Paramount", whose clause names another)
                taken_for = self._distributor_for(span.root.head, works, known_only=False) \
                    if span.root.dep_ in ("nsubj", "nsubjpass") else None
                released_for_it = taken_for is None or taken_for.name == owner.name
                distributed = self.lexicon.is_platform(owner.name) or released_for_it and (
                    owner.name.casefold() in DISTRIBUTORS or (reports_box_office(sent.doc._.article)
                                                              and not self.lexicon.is_known_organization(owner.name)))
                relation = "release_platform" if distributed else "production_company"
                yield Candidate(relation, mention(span, WORK), owner, sent, f"credit:owner:{relation}")

    def _takings_for(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Marble Hill Mice slipped to third with £1.1m for Sony": in a box-office report, the distributor a
        film takes its money for releases it."""
        if not reports_box_office(sent.doc._.article):
            return
        for verb in tokens_with(sent, TAKING_FORMS):
            distributor = self._distributor_for(verb, works)
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                span = works.at(subject)
                if span is not None and distributor is not None:
                    yield Candidate("release_platform", mention(span, WORK), distributor, sent, "credit:takings-for")

    def _distributor_for(self, verb: Token, works: WorkSpans, *, known_only: bool = True) -> Mention | None:
        """The distributor (one kg knows, unless not `known_only`) a "for" on the verb's takings names
        ("grossed $6 million for Paramount", "slipped to second with £1.3m for Sony"; not "bad news for
        Paramount", nor "ending a run of No. 1 weekends for Universal"), if any."""
        for prep in verb.subtree:
            if prep.lower_ == "for" and prep.dep_ == "prep" and _of_the_takings(prep, verb):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    company = named(obj, works, self.lexicon)
                    if company is not None and company.kind == ORGANIZATION and (
                            company.name.casefold() in DISTRIBUTORS or not known_only):
                        return company
        return None

    def _owned_subject(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"Tomás Ibarra's melodrama stars Ilse Salas", "Actor-turned-director A's baseball comedy, starring …": the
        owner of the work in hand's noun (see `clauses.owned_in_hand`) is its director, or the role said before
        the name ("Producer A's thriller")."""
        for noun in tokens(sent):
            owner_token = owned_in_hand(noun, works)
            owner = named(owner_token, works, self.lexicon) if owner_token is not None else None
            if owner is not None and owner.kind == PERSON:
                yield Candidate(role_before(owner_token, self.lexicon) or "director", None, owner, sent,
                                OWNED_SUBJECT_RULE)

    def _banners(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"produced … under his banner Galaxy Films", "under the Toho banner", "produces through their Hart &
        Stone Entertainment banner": the production company."""
        for noun in tokens(sent):
            if noun.lower_ != "banner":
                continue
            under = noun.head.head if noun.dep_ == "compound" else noun.head   # "under his banner Comet Films"
            if under.lower_ not in _BANNER_PREPOSITIONS or under.head.pos_ not in ("VERB", "AUX"):
                continue
            work = clause_work(under.head, works)
            names = [noun.head] if noun.dep_ == "compound" else \
                [c for c in noun.children if c.dep_ in ("appos", "compound", "nmod")]
            for name in names:
                company = named(name, works, self.lexicon) if name.text[:1].isupper() else None
                if company is not None and company.kind in (ORGANIZATION, PERSON):
                    yield Candidate("production_company", work, replace(company, kind=ORGANIZATION), sent,
                                    "credit:banner")
                    break

    def _in_co_production(self, sent: Span, works: WorkSpans) -> Iterator[Candidate]:
        """"produced by A in co-production with C and D": the companies a work is made with."""
        for noun in tokens_with(sent, _CO_PRODUCTION_NOUNS):
            preposition = noun.head
            if noun.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.pos_ not in ("VERB", "AUX"):
                continue
            work = clause_work(preposition.head, works)
            for name in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                         for obj in p.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)):
                span = name_span(name)
                if span is not None and self.lexicon.is_organization(span.text):
                    yield Candidate("production_company", work, mention(span, ORGANIZATION), sent,
                                    "credit:co-production")

    def _credit(self, relation: str, work: Mention | None, head: Token, sent: Span, works: WorkSpans,
                rule: str) -> Iterator[Candidate]:
        value = named(head, works, self.lexicon)
        if value is None:
            return
        if relation == "studio" and value.kind == PERSON and " " not in value.name and len(value.name) > _INITIALS \
                and value.name not in family_names(head.doc) | given_names(head.doc):
            value = replace(value, kind=ORGANIZATION)  # "animated by CloverWorks": a studio of one word (not "Lee",
            # nor "Jang went home to make X" after "Jang Mi-rae")
        if value.kind in (PERSON, PERSON_ANAPHOR) and relation in _FOR_PERSON:
            yield Candidate(_FOR_PERSON[relation], work, value, sent, f"{rule}:{relation}")
        elif value.kind == ORGANIZATION and relation in _FOR_COMPANY and not (
                relation == "developer" and self.lexicon.is_platform(value.name)):  # "Prime Video is developing X"
            yield Candidate(_FOR_COMPANY[relation], work, value, sent, f"{rule}:{relation}")


def _source_in_phrase(noun: Token) -> bool:
    """A book or a comic a film is based on: a noun for one in a prepositional phrase ("based on the comic
    series Meridian"; not "X is a novel authored by A", which is the novel's own credit)."""
    if noun.dep_ == "appos":  # ("the comic series "Meridian," written by A": the parse may hang it on the title)
        noun = noun.head
    return noun.dep_ == "pobj" and names_a_source(noun)


def _before_screen_noun(doc, i: int) -> int:
    """Back past a screen-work noun and its modifiers ("war drama", "new spy thriller") to the word before them;
    `i` itself when the word there is no such noun."""
    if i < 1 or WORK_NOUNS.get(work_noun(doc[i]) or "") in (*SOURCE_KINDS, None):
        return i
    marker = next((m for owner in doc[i].children if owner.dep_ == "poss" for m in owner.children
                   if m.tag_ == "POS"), None)
    if marker is None:  # "Ruth Calloway's Southern Gothic drama Vesper Lane": the parse hangs the owner on the title
        j = i - 1
        while j > 0 and doc[j].tag_ != "POS" and doc[j].dep_ in ("compound", "amod") and i - j <= _MAX_MODIFIERS:
            j -= 1
        marker = doc[j] if doc[j].tag_ == "POS" else None
    return marker.i if marker is not None else i


_MAX_MODIFIERS = 4
# The rule of "A's melodrama stars B" (the extractor drops it where the work in hand has another director).
OWNED_SUBJECT_RULE = "credit:owned-subject"
_INITIALS = 2  # ("animated by Studio 4°C" leaves a "C": a name of one or two letters is no studio's)


def _credited_to(participle: Token) -> list[Token]:
    """The names after "credited to"."""
    return [head for prep in participle.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children if obj.dep_ == "pobj" for head in listed(obj)]


def _beside_agents(verb: Token, agents: list[Token]) -> Iterator[tuple[str, Token]]:
    """The names a by-phrase's "for", "of" and "in association with" bring: (rule, name head)."""
    for holder in (verb, *agents):
        for prep in holder.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "for":
                rule = "credit:for-company"
            elif prep.lower_ == "of" and holder is not verb:
                rule = "credit:of-company"
            elif prep.lower_ == "in" and any(o.lower_ in _PARTNERSHIP_NOUNS for o in prep.children):
                rule = "credit:with-company"
                prep = next((p for o in prep.children for p in o.children if p.dep_ == "prep"
                             and p.lower_ == "with"), prep)
            else:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    for head in listed(obj):
                        yield rule, head


_PARTNERSHIP_NOUNS = frozenset({"association", "collaboration", "cooperation", "partnership", "conjunction",
                                "co-production"})


def _shared_agents(verb: Token) -> list[Token]:
    """The agent of a coordinated participle later in the group: "produced and directed by A" (the first
    participle is often tagged as a past tense, and given the film noun before it as its subject: "an HBO
    film directed and produced by A"); "written by and starring A" shares the name its "by" dangles for."""
    dangling = any(c.dep_ == "agent" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    if dangling:
        starring = next((v for v in coordinated_verbs(verb) if v.i > verb.i and v.lower_ == "starring"), None)
        return [t for o in (starring.children if starring is not None else ()) if o.dep_ == "dobj"
                for t in listed(o)]
    if verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("dobj", "agent") or (c.dep_ == "nsubj" and work_noun(c) is None) for c in verb.children):
        return []
    for later in coordinated_verbs(verb):
        if later.i > verb.i and later.tag_ == "VBN":
            agents = by_agents(later)
            if agents:
                return agents
    return []


# What makes a work a person's without their directing it: "Ruiz's breakout film", "Lin's best-selling thriller";
# and the words of a sentence that names its director otherwise.
_NOT_THE_DIRECTORS = frozenset({"breakout", "best-selling", "bestselling", "hit", "acclaimed", "latest"})
_DIRECTED = frozenset({"directed", "helmed", "director", "directs", "helms", "co-directed"})


def _a_film_from_a_person(noun: Token, head: Token) -> bool:
    """"The Bellringer's Wake, the new gothic horror film from Siobhán Ní Fhaoláin": a film (not a series, whose
    "from" may name its creator) from a name alone is its director's."""
    return WORK_NOUNS.get(work_noun(noun) or "") == "Movie" and head.pos_ == "PROPN" \
        and not any(c.dep_ in ("compound", "amod") and c.text[:1].islower() for c in head.children)


def _partners_after(agents: list[Token]) -> list[Token]:
    """"Written by A with B": the names a "with" right after a by-phrase adds, the phrase ending there (not "…, with
    C as the composer", set apart by its comma, nor "with B in the lead")."""
    last = max(agents, key=lambda t: t.i, default=None)
    span = name_span(last) if last is not None else None
    after = last.doc[span.end] if span is not None and span.end < len(last.doc) else None
    if after is None or after.lower_ != "with":
        return []
    end = after.right_edge.i + 1
    if end < len(after.doc) and not after.doc[end].is_punct:
        return []  # ("Directed by A with B in the lead", "with B and C starring", "with B in mind")
    return [g for o in after.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for g in (o, *o.conjuncts)
            if not any(c.dep_ in ("prep", "acl", "relcl") for c in g.children)]


def _partners(verb: Token) -> list[Token]:
    """"A wrote the screenplay with B", "A co-wrote X with B": who the credit is shared with (a name: "with a
    steady hand" names no one, which the reader's name check drops)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for g in (o, *o.conjuncts)]


def _credit_words(lexicon: Lexicon) -> frozenset[str]:
    """The words one of the credit reader's token tests starts from: a cue, the last word of a two-word one, a
    craft, a work noun, a debut's noun, "production", a filming verb."""
    return lexicon.cue_words | lexicon.last_words_of_phrases | _CRAFT_HEADS | WORK_NOUN_ENDS | _DIRECTORIAL_NOUNS \
        | {"production", "film", "shoot"}


def _possessive_mark(token: Token) -> bool:
    """"'s", or the bare "'" of a plural owner written against it ("the Coen brothers' Fargo"); not the quote
    that opens a title ("on Arctic thriller 'Isbryter'")."""
    if token.lower_ in ("'s", "’s"):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text in ("'", "’") and before is not None and before.whitespace_ == "" and before.lower_.endswith("s")


def _role_cue(token: Token, lexicon: Lexicon) -> Cue | None:
    """The two-word role a noun ends ("production company"); None for a one-word role, read on its own."""
    if token.i == 0 or token.lower_ not in lexicon.last_words_of_phrases:
        return None
    return lexicon.cue(f"{token.doc[token.i - 1].lower_} {token.lower_}", "role")


def craft_cue(token: Token, lexicon: Lexicon) -> Cue | None:
    """The craft a noun names, two words first ("series composition", "screenplay"); a work noun names a work
    ("a co-production", not a production credit)."""
    if lexicon.cue(token.lower_.rpartition("-")[2], "craft") is None and token.lower_ not in _CRAFT_HEADS \
            or work_noun(token) is not None:
        return None
    if token.i > 0:
        cue = lexicon.cue(f"{token.doc[token.i - 1].lower_} {token.lower_}", "craft")
        if cue is not None:
            return cue
    return lexicon.cue(token.text, "craft")


def _work_and_craft(verb: Token, works: WorkSpans, relation: str,
                    lexicon: Lexicon) -> tuple[Mention | None, str | None]:
    """The work of a credit verb's clause, and the relation: "the screenplay was written by A" is a writing
    credit of the clause's work, "production was handled by S" a production credit; "the music was composed
    by A" names no credit kg keeps."""
    subject = nearest_subject(coordinated_verbs(verb), verb.i)  # "A co-production of …, X was directed by A"
    if subject is not None and subject.lower_ in _UNKEPT_CRAFTS:
        return None, None
    craft = craft_cue(subject, lexicon) if subject is not None else None
    if craft is not None:
        return _role_work(subject, works), craft.relation
    return clause_work(verb, works), relation


def _role_work(noun: Token, works: WorkSpans) -> Mention | None:
    """The work a role or craft noun belongs to: "of / for X", "X's director", "X producer A"; shared along
    coordinated role nouns ("the writer and producer of X")."""
    for member in (noun, *noun.conjuncts):
        found = _own_role_work(member, works)
        if found is not None:
            return found
    return None


def _own_role_work(noun: Token, works: WorkSpans) -> Mention | None:
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ == "its":  # "co-wrote the feature Y with its director, A"
            sent = sentence(noun)
            before = [span for span in map(works.at, sent[:child.i - sent.start]) if span is not None]
            between = sent.doc[before[-1].end:child.i] if before else sent.doc[sent.start:child.i]
            if any(t.pos_ == "PROPN" for t in between):  # "praised HBO and its director": the company's
                return Mention(OTHER, child.text, child.idx, child.idx + len(child))
            if before:
                return mention(before[-1], WORK)
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return work_of(obj, works)
        if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            found = work_of(child, works)
            if found is not None:
                return found
    return None


def _alongside(noun: Token) -> list[Token]:
    """"the co-author of X alongside B" (or "with B"): B holds the role too."""
    places = [noun, *(g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")]
    return [t for place in places for p in place.children if p.dep_ == "prep" and p.lower_ == "alongside"
            for o in p.children if o.dep_ == "pobj" for t in listed(o)]


def _role_holders(noun: Token) -> list[Token]:
    """The people a role noun is said of: "A is the director", "the director is A", "A, the director",
    "director A", "A, who is the director", "with A as the director"."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "attr" and lemma(head) == "be":
        holders = [t for c in head.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        before = head.doc[head.i - 1] if head.i > 0 else None
        if not holders and before is not None and before.pos_ == "PROPN" and before.dep_ == "conj" \
                and before.head.dep_ == "attr":
            # "A was the composer and B was the director": the parse joined B to "composer"; B says "was"
            return [before]
        if not holders and head.dep_ == "conj" and _follows_conjunction(head):
            # "A was born in 1878 and was the writer of X" (not "A was the composer and B was the director")
            holders = [c for c in coordinated_verbs(head)[0].children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(holders) == 1 and holders[0].lower_ in ("who", "that") and head.dep_ == "relcl":
            return [head.head]
        return holders
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "PROPN":
        return [head.head]
    if noun.dep_ == "pobj" and head.lower_ == "as" and _with_before(head) is not None:
        return [_with_before(head)]  # "with A as the director"
    if noun.dep_ == "pobj" and head.lower_ == "as" and lemma(head.head) in ("serve", "act", "return", "work"):
        return doers(head.head)  # "A, who also serves as showrunner"
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(head) == "be":
        names = [t for c in head.children if c.dep_ == "attr" for t in (c, *c.conjuncts)]
        # "Executive producers are A for Black Loch Productions, B and C": the parse hangs the rest of the list
        # on the company A produces for
        return names + [t for n in names for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for t in (o, *o.conjuncts)]
    if noun.dep_ == "appos":
        return [head]
    if noun.dep_ == "compound" and head.text[:1].isupper():
        return [head, *head.conjuncts]
    return [c for c in noun.children if c.dep_ == "appos" and c.text[:1].isupper()]


def _directed_in(verb: Token, person: Token, works: WorkSpans) -> Mention | None:
    """"A directed B in X": the work the person the verb directs is in."""
    if lemma(verb) != "direct":
        return None
    for holder in (person, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > person.i:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (work := work_of(obj, works)) is not None:
                        return work
    return None


def _with_before(as_: Token) -> Token | None:
    """The name right before "as" in "with A as …", when the parse hung both on the verb."""
    before = as_.doc[as_.i - 1] if as_.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "pobj" and before.head.lower_ == "with":
        return before
    return None


def _follows_conjunction(verb: Token) -> bool:
    """A verb right after "and" (adverbs aside): the second verb of one subject, not a clause whose subject
    the parse lost."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ == "ADV":
        before -= 1
    return before >= 0 and verb.doc[before].pos_ == "CCONJ"


def _from_maker(noun: Token) -> Token | None:
    """"a film from director A", "the series by writer B": what the from/by phrase of a role noun before a
    name belongs to."""
    name = noun.head
    if noun.dep_ != "compound" or not name.text[:1].isupper() or name.dep_ != "pobj":
        return None
    preposition = name.head
    return preposition.head if preposition.lower_ in ("from", "by") else None


def _photographer(name: Token) -> bool:
    """"cinematographer Lee Park", "Lee Park, the film's DP": a name given a camera crew's job."""
    span = name_span(name)
    words = {t.lower_ for t in name.subtree} | ({name.doc[span.start - 1].lower_} if span is not None
                                                  and span.start > 0 else set())
    return bool(words & _CAMERA_JOBS)


_CAMERA_JOBS = frozenset({"cinematographer", "dp", "d.p.", "photography", "operator", "photographer"})


def _of_the_takings(preposition: Token, verb: Token) -> bool:
    """A "for" hung on the takings verb, or on what it took ("with £1.3m for Sony", "to second … for Sony"):
    not on another noun ("bad news for Paramount") or another verb ("ending a run … for Universal")."""
    head = preposition.head
    while head.i != verb.i:
        money = head.like_num or head.lower_ in _MONEY_WORDS or any(c.tag_ == "$" for c in head.children)
        if not (money or head.pos_ in ("ADJ", "NUM", "SYM", "ADP")) or head.head.i == head.i:
            return False
        head = head.head
    return True


_MONEY_WORDS = frozenset({"m", "million", "bn", "billion", "k", "mn"})


def _platform_ending_at(marker: Token, lexicon: Lexicon) -> Mention | None:
    """"Star TV's new drama X": a platform of two words before a possessive, whose first word the tagger may not
    take for a name's; "Netflix's X", a platform's name that is no person's."""
    doc = marker.doc
    two = doc[marker.i - 2:marker.i] if marker.i >= 2 else None
    if two is not None and lexicon.is_platform(two.text):
        return mention(two, ORGANIZATION)
    one = platform_named(doc[marker.i - 1], lexicon)
    return mention(one, ORGANIZATION) if one is not None else None


def _owners_work(noun: Token, works: WorkSpans) -> Mention | None:
    """"director Tom Avery's gentle caper", "director Tom Avery's thriller Low Tide": the work a role holder's
    name owns (a title, or a work noun whose work `work_of` says: its title, or the one in hand)."""
    name = noun.head
    if noun.dep_ != "compound" or name.dep_ != "poss":
        return None
    owned = works.at(name.head)
    if owned is not None:
        return mention(owned, WORK)
    return work_of(name.head, works) if work_noun(name.head) is not None else None


def role_before(name_token: Token, lexicon: Lexicon) -> str | None:
    """The role noun right before a name: "Producer Sarah Teale", "director Kore-eda"."""
    span = name_span(name_token)
    if span is None or span.start == 0:
        return None
    cue = lexicon.cue(name_token.doc[span.start - 1].text, "role")
    return _FOR_PERSON.get(cue.relation) if cue else None


def _listed_as(noun: Token) -> bool:
    """"Executive producers are A, B and C": a bare plural role noun opening a sentence, as what its people are."""
    return noun.tag_ == "NNS" and noun.dep_ == "nsubj" and lemma(noun.head) == "be" \
        and noun.left_edge.i == sentence(noun).start \
        and all(c.dep_ in ("amod", "compound") for c in noun.children)  # (not "Directors on the jury are …")


def _serves_as(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and lemma(noun.head.head) in ("serve", "act",
                                                                                         "return", "work")


def _part_of_the_work_in_hand(target: Token, verb: Token) -> bool:
    """"the opening and closing blocks", "every episode", "the pilot": a part of the work the sentence is about,
    that nothing gives to another work ("episodes of X", "on X", "for Netflix's X", "X's pilot")."""
    elsewhere = ("of", "on", "for", "in")
    return target.lower_ in _WORK_PARTS and not any(c.dep_ == "poss" for c in target.children) \
        and not any(c.dep_ == "prep" and c.lower_ in elsewhere for c in (*target.children, *verb.children))


_WORK_PARTS = frozenset({"episode", "episodes", "block", "blocks", "pilot", "finale", "installments"})


def _described_by_the_clause(verb: Token) -> list[Token]:
    """"X, a comedy she directed", "X, which she wrote and directed", "a drama that she wrote and produced": a
    relative clause without an object of its own credits the noun it describes (each of its coordinated verbs)."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ != "relcl":
        return []
    pronouns = objects(clause)  # (the pronoun, which `work_of` reads as what it stands for)
    return [] if any(o.lower_ not in _RELATIVES for o in pronouns) else pronouns or [clause.head]


_RELATIVES = frozenset({"which", "that"})


def _to_come(verb: Token) -> bool:
    """"A will direct", "A is set to direct", "A is attached to direct", "the studio has tapped A to direct (from
    a script by B)", "B will produce via her banner", "B produces with C through their banner": a director or a
    producer named for the work in hand, no object needed (a past "A directed" with none says nothing of which
    work)."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if verb.tag_ not in ("VB", "VBZ", "VBP") or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            or not preps <= _ALONGSIDE:
        return False  # ("to direct from a script by B", "will produce with C via her banner" have no object either)
    if verb.tag_ != "VB":  # "A produces with B through their banner": the present of a work in the making
        return _through_a_banner(verb) or _from_a_script(verb)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children) \
            or asked_of(verb) is not None:
        return True  # ("Screen Gems has tapped A to direct")
    # "is set to direct", "is attached to direct"; not "wants to direct" or "hopes to direct"
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ == "xcomp" \
        and verb.head.lower_ in _ATTACHED


def _producing_in_hand(verb: Token) -> bool:
    """"A is producing", "B produces with C", "D produced" (a company's), "E will produce via her banner", with no
    object: a producer of the work the sentence is about, when nothing but partners, a company ("for C") or a
    banner comes with the verb."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    first = coordinated_verbs(verb)[0]  # ("A will star and produce via her banner")
    future = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in first.children)
    if future and not preps:
        return False  # (a bare "A will produce" may be of the project a round-up of deals has just named)
    if any(p.lower_ == "for" and not any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
           for p in verb.children if p.dep_ == "prep"):
        return False  # ("A produces for television too", "B produced for a decade": a career, no credit)
    return (verb.tag_ in ("VBZ", "VBP", "VBG", "VBD") or future) and preps <= (_ALONGSIDE | {"for"}) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children) \
        and verb.dep_ in ("ROOT", "conj") and not any(c.dep_ == "mark" for c in verb.children)


def _from_a_script(verb: Token) -> bool:
    """"A directs from a script by B": a review's credit of the work in hand (a past "directed from her own script"
    is as often of an earlier film)."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and o.lower_ in ("script", "screenplay", "teleplay") for o in p.children)
        for p in verb.children)


def _through_a_banner(verb: Token) -> bool:
    """"B will produce via her Quiet Hours banner": a producer of the work in hand (a bare "B will produce"
    follows the paragraph's work, which a round-up of deals moves too often to trust)."""
    return any(p.dep_ == "prep" and p.lower_ in _BANNER_PREPOSITIONS for p in verb.children)


def _introduces_subject(noun: Token) -> bool:
    """"Director Thabo Nkosi keeps the film light": the role that opens a sentence, as a title before its
    subject's name, is the role on the work the sentence is about."""
    name = noun.head
    if noun.dep_ != "compound" or noun.i != sentence(noun).start or not noun.text[:1].isupper() \
            or name.pos_ != "PROPN" or name.dep_ != "nsubj" or name.head.dep_ != "ROOT":
        return False
    # what the sentence does with the work in hand, named by its noun ("keeps the film light"), not another's
    # words ("Director A had revealed that …") or another work ("won an award for Low Tide")
    verb = name.head
    after = tokens(verb.doc[verb.i + 1:sentence(verb).end])
    work_in_hand = any(work_noun(t) is not None and t.doc[t.i - 1].lower_ in ("the", "this", "its") for t in after)
    return work_in_hand and lemma(verb) not in SAYING_VERBS and not any(_titled(t) for t in after)


_ATTACHED = frozenset({"set", "attached", "slated", "tapped", "tipped", "due", "scheduled"})
_BANNER_PREPOSITIONS = frozenset({"under", "through", "via"})
# "in co-production with C": a production company ("in association with C" is as often a financier or a
# channel: measured on Re-DocRED and TekGen, their gold does not count it).
_CO_PRODUCTION_NOUNS = frozenset({"co-production", "coproduction"})
# What may come with a credit verb that has no object: a source, partners, a banner.
_ALONGSIDE = frozenset({"from", "with", "alongside"}) | _BANNER_PREPOSITIONS


def _titled(token: Token) -> bool:
    """A title word of the text's own (capitalized, not opening the sentence)."""
    return token.text[:1].isupper() and token.i != sentence(token).start and token.pos_ == "PROPN"


def _describes_a_person(noun: Token) -> bool:
    """A role noun that says what someone is rather than what they did on a work: qualified by a capitalized
    word ("the Danish filmmaker", "the Oscar-winning producer") or set beside another person ("his daughter,
    the producer A")."""
    head = noun.head
    beside_a_person = head.pos_ == "PROPN" or head.lower_ in PERSON_NOUNS or any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in head.children)
    return any(c.dep_ == "amod" and c.text[:1].isupper() for c in noun.children) or (
        noun.dep_ == "appos" and beside_a_person)


def _enclosing_work(noun: Token, works: WorkSpans) -> Mention | None:
    """The work of the clause a noun phrase sits in ("X is a 2003 film with a screenplay by A")."""
    token = noun
    for _ in range(4):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return clause_work(token, works)
        found = work_of(token, works)
        if found is not None:
            return found
        if token.dep_ == "ROOT":
            break
    return None


def _described(person: Token, works: WorkSpans) -> Iterator[Token]:
    """The words that say who a person is ("A, a winner for X"), but a clause of his past that names a work first
    ("A, whose debut X was a hit, will direct"): a work named there is another credit of his, not the one a verb to
    come is for (one named before may be the work in hand: "a sequel to X. A, who starred in X, will direct")."""
    for child in person.children:
        if child.dep_ != "relcl" or any(_named_before(span) for t in child.subtree if (span := works.at(t))):
            yield from child.subtree


def _named_before(title: Span) -> bool:
    """Whether the text names a title before this mention of it (where each title is first named, found once per
    Doc)."""
    firsts = title.doc.user_data.get("kg.first_mentions")
    if firsts is None:
        firsts = title.doc.user_data["kg.first_mentions"] = {}
        for span in title.doc.spans.get("works", []):
            firsts.setdefault(span.text, span.start)
    return firsts.get(title.text, title.start) < title.start

