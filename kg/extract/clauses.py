"""The parts of a clause, read from the dependency parse: who did it, to what, and which work it is about.

Relation readers start from a cue word ("directed", "director", "starring")
and ask these functions for the rest. A credit verb's work is found by
climbing the tree: its passive subject, the noun a participle or relative
clause modifies ("a 2003 film directed by A", "X, which was directed by A"),
the verb it is coordinated with, the subject of the copula whose attribute
is the film ("X is a film directed by A"). Coordination is followed on both
sides: "written and directed by A and B" gives both credits to both people.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.countries import demonyms
from kg.extract.doc import ANAPHOR, OTHER, PERSON_ANAPHOR, SEVERAL, Mention, mention, sentence, tokens
from kg.extract.lexicon import (
    AMONG_OTHERS,
    COMPANY_ENDINGS,
    COMPANY_NOUNS,
    EARLIER_WORDS,
    FILMMAKER_NOUNS,
    GENRE_WORDS,
    LIKENED,
    LONGING_FORMS,
    PERSON_NOUNS,
    SOURCE_KINDS,
    SOURCE_NOUNS,
    WORK_NOUNS,
    Lexicon,
    inflections,
    lemma,
)
from kg.extract.names import PRONOUNS, family_names, name_kind, name_span
from kg.extract.works import debut_places, debut_subject, work_noun
from kg.model import ORGANIZATION, PERSON, WORK

# "The podcast, which premiered in 2020": the work of that kind the article names as a source.
SOURCE_ANAPHOR = "SourceAnaphor"
# "The original, directed by A, opened in 1994", "who penned the first film": in an article about a remake or a
# sequel, the work it remakes or follows.
ORIGINAL = "OriginalAnaphor"
# Works that follow another: "its sequel" is not the work "its" points at.
_FOLLOWING_WORKS = frozenset({"sequel", "sequels", "prequel", "follow-up", "remake", "reboot", "spinoff", "spin-off"})
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her"})
_VERSION_NOUNS = frozenset({"adaptation", "adaptations", "version", "remake"})
_SUBJECTS = ("nsubj", "nsubjpass")
_MAX_CLIMB = 4
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "new", "next", "final", "last", "latest"})
_SLATE_NOUNS = frozenset({"titles", "films", "movies", "series", "shows", "projects", "dramas", "originals",
                          "productions", "features", "seasons"})


class WorkSpans:
    """The work title spans of a doc, looked up by token."""

    def __init__(self, doc: Doc) -> None:
        self.by_token = {i: span for span in doc.spans.get("works", []) for i in range(span.start, span.end)}

    def at(self, token: Token) -> Span | None:
        return self.by_token.get(token.i)

    def work(self, title: Span) -> Mention | None:
        """The work a title span a reader found names, when the recognizer marked it there as a work."""
        span = self.by_token.get(title.start)
        return mention(span, WORK) if span is not None and span.start == title.start else None


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated with `verb` ("wrote, directed and produced"), first one first.

    The small model often hangs the middle of a list of verbs as a clause of
    its own ("wrote, directed and acted in": `directed` an advcl): a verb
    right after "V ," counts as coordinated with V."""
    top = verb
    while top.head.i < top.i and _coordinated(top.head, top):
        top = top.head
    group, stack = [], [top]
    while stack:
        token = stack.pop()
        group.append(token)
        stack.extend(c for c in token.children if c.i > token.i and _coordinated(token, c))
    return sorted(group, key=lambda t: t.i)


def _coordinated(head: Token, child: Token) -> bool:
    if (head.pos_ not in ("VERB", "AUX") and not gerund_read_as_noun(head)) or child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "conj":
        return True
    if child.dep_ not in ("advcl", "dep", "xcomp") or child.i < 2:
        return False
    before = child.doc[child.i - 2]
    return child.doc[child.i - 1].text == "," and (before.i == head.i or (before.head.i == head.i
                                                                           and before.dep_ == "prep"))


def by_agents(verb: Token) -> list[Token]:
    """The heads of the names in a verb's "by" phrase, with their conjuncts ("by A, B and C")."""
    heads: list[Token] = []
    for child in verb.children:
        noun = child.doc[child.i - 1].lower_ if child.i > 0 else ""
        if child.dep_ in ("prep", "agent") and child.lower_ == "by" and (noun in _CRAFT_BY_NOUNS or (
                noun in _BY_NOUNS and any(c.dep_ == "nsubj" for c in verb.children))):
            # ("B directed both seasons from scripts by A", "Directed by A with cinematography by B": the parse
            # hangs the noun's "by" on the verb)
            continue
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    # "by co-creators A and B", "by the Dublin animation house C": the names a common noun is
                    # glossed with
                    names = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"] \
                        if obj.pos_ == "NOUN" else []
                    heads.extend(listed(names[0]) if names else listed(obj))
    return sorted(set(heads), key=lambda t: t.i)


# Crafts of a crew no credit here is of: "Directed by A with cinematography by B".
_CRAFT_BY_NOUNS = frozenset({"cinematography", "photography", "editing", "music", "score", "costumes", "design",
                             "effects", "choreography"})
# Nouns whose own "by" names their maker, not the verb's, beside a subject: "B directed both seasons from scripts
# by A" (the crafts above, "to music by B", are never the verb's).
_BY_NOUNS = frozenset({"script", "scripts", "screenplay", "screenplays", "story", "stories", "teleplay", "novel",
                       "book", "books", "songs", "designs"})


def listed(head: Token) -> list[Token]:
    """A name and the names listed with it ("A, B and C"), stopping where the list does ("A and stars B"
    is no list: the parse sometimes joins a name to the next clause's object)."""
    items = [head]
    for conjunct in sorted(head.conjuncts, key=lambda t: t.i):
        if conjunct.i < head.i:
            continue
        span = name_span(conjunct)
        between = conjunct.doc[items[-1].i + 1:span.start if span is not None else conjunct.i]
        if any(t.text not in (",", "and", "&", "or", ";") and not t.text[:1].isupper() for t in between):
            break
        items.append(conjunct)
    return items


def subjects(verb: Token) -> list[Token]:
    """The active subjects of a verb (or of the first verb it is coordinated with), with conjuncts; for a
    verb the tagger took for a noun ("Matthew Macfadyen stars as …"), the name compounded onto it."""
    for candidate in (verb, coordinated_verbs(verb)[0]):
        for child in candidate.children:
            if child.dep_ == "nsubj":
                child = _local_named(child) or child
                return sorted({child, *child.conjuncts}, key=lambda t: t.i)
        for aux in (c for c in candidate.children if c.dep_ in ("aux", "auxpass") and c.i < candidate.i):
            # "He guest starred on …": the parse hung the subject on the word it took for an auxiliary
            for child in aux.children:
                if child.dep_ == "nsubj":
                    return sorted({child, *child.conjuncts}, key=lambda t: t.i)
    if verb.i > 0:  # ("Priya Ramaswamy directs …": the tagger may take the name for the verb's modifier)
        before = verb.doc[verb.i - 1]
        if before.dep_ in ("compound", "amod", "advmod", "npadvmod") and before.head == verb \
                and before.text[:1].isupper() and before.pos_ in ("PROPN", "ADJ", "NOUN", "ADV") \
                and name_span(before) is not None:
            return [before]
    return []


def _local_named(place: Token) -> Token | None:
    """"Broken Hill local Jarrah Whitlock-Ames plays …": the person a place's "local" (or "native") is, whom the
    parse hangs on the place."""
    return next((c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and any(a.lower_ in _LOCALS for a in c.children if a.dep_ in ("amod", "compound"))), None)


# The words that make a place's name say where a person is from: "Broken Hill local A", "Winnipeg native B".
_LOCALS = frozenset({"local", "native", "resident", "born", "raised"})


def doers(verb: Token) -> list[Token]:
    """Who does what a verb says: its subjects, or, where the clause leaves them unsaid, the noun a "who"
    clause hangs on ("A, who directed X"), the person a copula's noun is said of ("A was a director who
    directed X"), the subject of the first of coordinated verbs even when passive ("A was born in 1878 and
    starred in X"), the subject of the clause an infinitive completes ("A grew up to write X", "A is set
    to direct X")."""
    people = subjects(verb)
    first = coordinated_verbs(verb)[0]
    if not people and first is not verb:
        people = _with_conjuncts(c for c in first.children if c.dep_ == "nsubjpass")
    if not people and _completes(first):
        people = subjects(first.head) or _with_conjuncts(c for c in first.head.children if c.dep_ == "nsubjpass")
    if not people and asked_of(first) is not None:
        people = _with_conjuncts([asked_of(first)])
    if not people and (first.dep_ == "pcomp" or gerund_read_as_noun(first)):
        people = _gerund_doers(first)
    if len(people) == 1 and people[0].lower_ in ("who", "that") and first.dep_ == "relcl":
        head = first.head
        if head.pos_ == "NOUN" and head.dep_ == "attr" and lemma(head.head) == "be":
            return said_of(head)  # "A was a film director who directed X"; not "Tiana is a character who …"
        if people[0].lower_ == "who" and _in_a_title(head):
            # ("A, best known for the series X, who stars as C": the parse hangs a person's "who" on the title)
            person = next((a for a in head.ancestors if a.pos_ == "PROPN" and not _in_a_title(a)), None)
            return [person] if person is not None else []
        # "A and B, who starred in it": the name nearest before "who" (both, perhaps; surely that one)
        return [max((t for t in (head, *head.conjuncts) if t.i < people[0].i), key=lambda t: t.i, default=head)]
    return people


def _in_a_title(token: Token) -> bool:
    """Whether a token is inside a title the recognizer marked."""
    return any(span.start <= token.i < span.end for span in token.doc.spans.get("works", ()))


def negated(verb: Token) -> bool:
    """Whether a verb is denied ("A will not direct X", "B never starred in Y", "C is not set to direct Z",
    "D did not write or direct W"): the credit it would name is none."""
    while True:
        if any(c.dep_ == "neg" and not _only_not(c) for c in verb.children) or _withdrawn(verb):
            return True
        if verb.dep_ == "xcomp" and verb.head.lower_ in LONGING_FORMS:
            return True  # "she would love to voice a minor character": a wish, no credit
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            return True  # "asked whether she would ever direct an episode": a question, no credit
        if (verb.dep_ == "xcomp" and (lemma(verb.head) in _INTENDING or verb.head.lower_ in _ATTACHING)) or (
                verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children)
                and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)):
            verb = verb.head
        else:
            return False


def _withdrawn(verb: Token) -> bool:
    """"A was originally cast as C but exited", "B was once attached to direct", "D joined the cast but dropped
    out": a credit the sentence says was undone (an attachment said to be of the past, or one left)."""
    once = verb.lower_ in _ATTACHING and any(c.dep_ == "advmod" and c.lower_ in _ONCE for c in verb.children)
    return once or any(c.dep_ == "conj" and c.lower_ in _LEAVING for c in verb.children)


# Verbs that attach a person to a work, and the words that put an attachment in the past.
_ATTACHING = frozenset({*(form for verb in ("attach", "tap", "hire", "sign", "board", "join", "tie", "slate")
                          for form in inflections(verb, "verb")), "cast", "set"})
_ONCE = frozenset({"originally", "initially", "once", "previously", "formerly"})
# Verbs of leaving a work: "but exited", "but dropped out".
_LEAVING = frozenset({*(form for verb in ("exit", "depart", "drop", "withdraw", "quit", "leave")
                        for form in inflections(verb, "verb")), "left", "withdrew"})


def refused(noun: Token) -> bool:
    """"turned down a role in X", "declined the part", "lost the role to B", "passed on the role": a part the
    person did not take."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    word = verb.lower_
    return word in _REFUSING or (word in _TURNING and any(c.dep_ == "prt" and c.lower_ == "down"
                                                          for c in verb.children)) \
        or (word in _PASSING and noun.dep_ == "pobj")


_REFUSING = frozenset({*(form for verb in ("decline", "reject", "refuse", "lose")
                         for form in inflections(verb, "verb")), "lost"})
_TURNING = frozenset(inflections("turn", "verb"))
_PASSING = frozenset(inflections("pass", "verb"))


def _only_not(neg: Token) -> bool:
    """"A did not just direct the film; she wrote it too": "not just" (only, merely) denies nothing."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in ("just", "only", "merely", "simply")


# Verbs through which a denial reaches the infinitive: "is not set to direct", "does not plan to star" (not
# "did not hesitate to direct", which affirms it).
_INTENDING = frozenset({"set", "expect", "plan", "intend", "go", "want", "hope", "slate", "schedule", "attach",
                        "sign", "tap", "hire", "ask", "choose", "agree", "due", "be"})


def gerund_read_as_noun(token: Token) -> bool:
    """"known for writing and directing X": the small model tags the first of coordinated gerunds after a
    preposition as a noun; the verb coordinated with it shows what it is."""
    return token.tag_ == "NN" and token.lower_.endswith("ing") and token.dep_ == "pobj" \
        and any(c.dep_ == "conj" and c.tag_ == "VBG" for c in token.children)


def _list_from(appositive: Token) -> list[Token]:
    """The items of a list an appositive opens ("the Koker trilogy, Close-Up, Taste of Cherry"), not an
    appositive alone ("the agent, Ray Castellano": the same thing named twice)."""
    return [appositive, *appositive.conjuncts] if appositive.conjuncts else []


def _gerund_doers(gerund: Token) -> list[Token]:
    """"A won acclaim for directing X", "A is known for writing X": the gerund's doer is the subject of the
    clause its preposition (or that preposition's noun) belongs to."""
    governor = gerund.head.head  # the preposition's head: "acclaim", "known"
    if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "attr"):
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(governor) or _with_conjuncts(c for c in governor.children if c.dep_ == "nsubjpass")


def debut(noun: Token, works: WorkSpans) -> tuple[set[str], Mention | None, list[Token]]:
    """"A made his acting debut in X", "A's second directorial venture X": what kind of debut a "debut"
    noun says (its modifiers: "acting", "directorial", …), the work it was in, and whose it was (nobody's
    without a possessive: "the film debut in Rome" is a premiere)."""
    # the words just before the noun too: the small model reads "made her feature debut" with "feature" as a subject
    before = [t for t in noun.doc[max(noun.i - 2, sentence(noun).start):noun.i]]
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")} | {
        t.lower_ for t in before if t.is_lower and t.pos_ in ("NOUN", "ADJ")}
    places = debut_places(noun)
    work = next((w for w in (work_of(t, works) for t in places) if w is not None and w.kind == WORK), None)
    following = works.at(noun.doc[noun.i + 1]) if noun.i + 1 < len(noun.doc) else None
    work = work or (mention(following, WORK) if following is not None else None)
    owners = [c for c in noun.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in ("his", "her"))]
    possessed = any(c.dep_ == "poss" for c in noun.children) or any(t.dep_ == "poss" for t in before)
    subject = debut_subject(noun)  # "X was the directorial debut of A", "The film marks A's feature debut"
    if noun.dep_ in ("dobj", "ccomp") and noun.head.pos_ == "VERB" and possessed and subject is None:
        owners = doers(noun.head)
    if subject is not None:
        owners = owners or _with_conjuncts(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                           for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
        work = work or (work_of(subject, works) if owners else None)
    return kinds, work, owners


def introduced_as_director(person: Token) -> bool:
    """"Norwegian director Sigrid Aas", "filmmaker A": a name a directing noun stands before."""
    return any(c.dep_ == "compound" and c.lower_ in FILMMAKER_NOUNS for c in person.children)


def said_of(noun: Token) -> list[Token]:
    """The people a copula's person noun describes: "A is an American actor (known for …)"."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    if noun.dep_ != "attr" or lemma(noun.head) != "be" or lemma(noun) not in PERSON_NOUNS:
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]


def _completes(verb: Token) -> bool:
    """An infinitive completing a verb of its subject ("grew up to write"), not of its object ("asked B
    to write")."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in verb.head.children)


def asked_of(verb: Token) -> Token | None:
    """"Screen Gems has tapped A to direct", "hired B to write the pilot": the person an infinitive is asked of,
    the object of the verb it completes (the parse may hang the infinitive on that object instead)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("advcl", "acl", "relcl") and head.dep_ == "dobj" and head.head.lower_ in _ASKING_FORMS:
        asked = head
    elif verb.dep_ in ("xcomp", "advcl", "ccomp") and head.lower_ in _ASKING_FORMS:
        asked = next((c for c in head.children if c.dep_ == "dobj"), None)
    else:
        return None
    return asked if asked is not None and name_span(asked) is not None else None


# Verbs that ask someone to do a job: "tapped A to direct", "hired B to write", "has set C to direct" (the trade
# press's "set"), "brought on D to write".
_ASKING_FORMS = frozenset(form for verb in ("tap", "hire", "enlist", "recruit", "sign", "task", "commission",
                                             "pick", "choose", "select", "appoint", "engage", "set", "name",
                                             "land", "nab", "bring", "draft")
                          for form in inflections(verb, "verb"))


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    return sorted({t for token in tokens for t in (token, *token.conjuncts)}, key=lambda t: t.i)


def objects(verb: Token, *, preposition: str | None = None) -> list[Token]:
    """Direct objects (or the objects of `preposition`) of a verb, shared from the last coordinated verb
    that has them when the verb has none ("wrote and produced X")."""
    def own(token: Token, dependency: str | None) -> list[Token]:
        if dependency is None:
            found = [c for c in token.children if c.dep_ == "dobj"]
        else:
            found = [g for c in token.children if c.dep_ == "prep" and c.lower_ == dependency
                     for g in c.children if g.dep_ == "pobj"]
        # "in the 1990 film X and the 1992 film Y": the second film hangs on the first one's title; "directing the
        # Koker trilogy (1987), Close-Up (1990), Taste of Cherry (1997)": the list hangs on its first item
        return [t for head in found for t in (head, *head.conjuncts, *(c for a in head.children if a.dep_ == "appos"
                                                                         for c in _list_from(a)))]

    found = own(verb, preposition)
    if found:
        return found
    # "acted in, directed and wrote the movie X": a dangling preposition shares the last verb's object.
    dangling = preposition is not None and any(c.dep_ in ("prep", "prt") and c.lower_ == preposition and not any(
        g.dep_ == "pobj" for g in c.children) for c in verb.children)
    for later in coordinated_verbs(verb):
        if later.i > verb.i:
            shared = own(later, preposition) or (own(later, None) if dangling else [])
            if shared:
                return shared
    return []


def clause_work(verb: Token, works: WorkSpans) -> Mention | None:
    """The work a (credit) verb's clause is about, climbing the tree; None when the clause does not say.

    A participle the parse hung on the wrong noun ("edited by A, produced by
    B": `produced` on A) climbs on to the verb that noun depends on."""
    named_before = _participle_after_title(verb, works)
    if named_before is not None:
        return named_before
    token = verb
    for _ in range(_MAX_CLIMB):
        subject = clause_subject(token)
        # A passive's own subject is what the clause is about ("Tiana is voiced by A"); an active subject
        # or one borrowed from a coordinated verb ("A composed …, and the date was …") is its doer.
        own = subject is not None and subject.head == token and subject.dep_ == "nsubjpass"
        token = coordinated_verbs(token)[0]
        if subject is not None:
            if subject.lower_ in ("which", "that") and token.dep_ == "relcl":
                return work_of(token.head, works) or _described_past_agent(token.head, works) or _other(token.head)
            return work_of(subject, works) or _unnamed_work(subject) or (_other(subject) if own else None)
        if token.dep_ in ("acl", "relcl") and _infinitive_of_description(token):
            # "It is the last film to feature A": what the copula's subject is
            described = clause_subject(token.head.head)
            if described is not None and work_of(described, works) is not None:
                return work_of(described, works)
        if token.dep_ in ("acl", "relcl"):
            if (unnamed := _unnamed_work(token.head)) is not None:
                return unnamed
            found = work_of(token.head, works) or (_other(token.head) if token.head.dep_ != "pobj" else None)
            if found is not None and is_source(found, token.doc):
                found = None  # "based on the novel Y, starring A": a novel stars no one; the clause goes on
            elif found is not None or token.head.pos_ == "NOUN":
                return found
            token = _governing_verb(token.head)
            if token is None:
                return None
            continue
        if token.dep_ in ("advcl", "xcomp", "conj", "ccomp", "dep") and token.head.pos_ in ("VERB", "AUX"):
            described = _object_described(token, works)
            if described is not None:
                return described
            token = coordinated_verbs(token.head)[0]
            continue
        return None
    return None


def fronted_description_title(noun: Token, works: WorkSpans) -> Span | None:
    """"An international co-production between A, B and C, X was directed by …", "A loose adaptation of Y, X
    follows …": the title after the comma that ends a description opening the sentence with `noun` (no verb in
    between)."""
    sent = sentence(noun)
    opener = next((t for t in tokens(sent) if t.text not in ('"', "“")), None)
    if opener is None or opener.lower_ not in ("a", "an") or not 0 < noun.i - opener.i <= _MAX_DESCRIPTION_WORDS \
            or opener.head.i != noun.i:
        return None  # (not "the 1987 comedy" of "A remake of the 1987 comedy, X will …": that is the original)
    for token in sent.doc[noun.i + 1:sent.end - 1]:
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.text == ",":
            span = works.at(sent.doc[token.i + 1])
            if span is not None and span.start == token.i + 1:
                return span
    return None


_MAX_DESCRIPTION_WORDS = 6


def _object_described(participle: Token, works: WorkSpans) -> Mention | None:
    """"Next Friday brings the romantic comedy X, starring A and B", "Rounding out the top five was the comedy X,
    starring A": a participle after a verb's object (or an inverted copula's), a work, is about that work (not
    what the verb's subject or the paragraph is about)."""
    if participle.dep_ != "advcl" or participle.tag_ not in ("VBG", "VBN"):
        return None
    objects = ("dobj", "attr") if any(c.dep_ == "csubj" for c in participle.head.children) else ("dobj",)
    obj = next((c for c in participle.head.children if c.dep_ in objects and c.i < participle.i), None)
    return work_of(obj, works) if obj is not None else None


def _infinitive_of_description(verb: Token) -> bool:
    """"the first film to star A", said of the subject: an infinitive on the noun a copula describes it by."""
    noun = verb.head
    return noun.dep_ == "attr" and lemma(noun.head) == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_source(work: Mention, doc: Doc) -> bool:
    """A title the text gives as a book or a comic ("the novel Don Quixote")."""
    info = (doc._.titles or {}).get(work.name)
    return info is not None and bool(info.types) and info.types.most_common(1)[0][0] in SOURCE_KINDS


def _participle_after_title(verb: Token, works: WorkSpans) -> Mention | None:
    """"… directed the film X, released in 2008", 'licensed the series "X," starring A', "will next be seen in the
    series X, premiering in June": a participle right after a title and its comma (and a closing quote either
    side of it) is about that title, wherever the parse hung it."""
    doc = verb.doc
    if not (verb.tag_ == "VBN" or (verb.tag_ == "VBG" and verb.lower_ in _TITLE_PARTICIPLES)) \
            or verb.dep_ not in ("advcl", "acl") or verb.i < 3:
        return None
    comma = verb.i - 1 - doc[verb.i - 1].is_quote
    last = comma - 1 - doc[comma - 1].is_quote
    if doc[comma].text != "," or any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    span = works.at(doc[last])
    found = mention(span, WORK) if span is not None and span.end == last + 1 else None
    if found is not None and verb.tag_ == "VBG" and is_source(found, doc):
        return None  # ("an adaptation of A's novel X, starring B": a novel stars no one)
    return found


_TITLE_PARTICIPLES = frozenset({"starring", "featuring", "co-starring", "premiering", "debuting", "airing", "streaming",
                                "arriving", "launching", "opening", "bowing", "landing", "returning"})


def _unnamed_work(noun: Token) -> Mention | None:
    """A work noun that means some work the text has not named (see _of_another): the clause is about it, and
    so about no work of the article's."""
    if work_noun(noun) is None or not _of_another(noun):
        return None
    return Mention(OTHER, noun.text, noun.idx, noun.idx + len(noun))


def _other(token: Token) -> Mention | None:
    """A name that is no work we know ("Tiana is voiced by A", "Oru Vadakkan Selfie, directed by A"): the
    clause is about it, not about the article's work. (A name in a by-phrase is no such thing: the parse
    hangs the next participle on it, "edited by A, produced by B".)"""
    if token.pos_ != "PROPN" or token.lower_ in PRONOUNS or work_noun(token) is not None \
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "a 1949 Warner Bros. Looney Tunes short directed by A" describes, it does not name
    return Mention(OTHER, token.text, token.idx, token.idx + len(token))


def acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that governs like a verb: "Home Sweet Rice lands on
    Netflix", "A and B reunite in X" (the root, with a subject or a preposition of its own; or a subject with
    a name before it and a preposition after)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ == "nsubj" and token.tag_ == "NNS" and token.i > 0:
        # ("A returns as C, and B joins as D": the parse may make the first clause the second's subject, the name
        # its compound)
        before = token.doc[token.i - 1]
        return before.head == token and before.pos_ == "PROPN" and any(c.dep_ == "prep" for c in token.children)
    return token.dep_ in ("ROOT", "conj") and token.tag_ in ("NN", "NNS") and any(
        c.dep_ in ("nsubj", "prep") for c in token.children)


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb's clause: its own, else that of the verbs it is coordinated with."""
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if own is None:  # ("The original film is streaming on Max": the parse may hang the subject on the auxiliary)
        own = next((c for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                    for c in a.children if c.dep_ in _SUBJECTS), None)
    if own is None and verb.tag_ in ("VBZ", "VBD") and verb.i > 0:
        # ("Directed by A, Brass Saints toplines B": the parse may take the name before a verb for its compound)
        before = verb.doc[verb.i - 1]
        own = before if before.head == verb and before.dep_ == "compound" and before.pos_ == "PROPN" else None
    if own is not None:
        return own
    return next((c for v in coordinated_verbs(verb) for c in v.children if c.dep_ in _SUBJECTS), None)


def _governing_verb(token: Token) -> Token | None:
    """The verb a noun phrase belongs to (through prepositions and agents)."""
    for _ in range(3):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return coordinated_verbs(token)[0]
        if token.dep_ == "ROOT":
            return None
    return None


def definite(noun: Token) -> bool:
    """"the film", "this series", "its pilot": a noun phrase that points at one thing the text knows."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this") for c in noun.children)


def work_of(token: Token, works: WorkSpans) -> Mention | None:
    """The work a noun phrase names: a title, "the film" (an anaphor), or the subject a film noun describes
    ("X is a film …")."""
    span = works.at(token)
    if span is not None:
        return mention(span, WORK)
    if _several(token):
        return Mention(SEVERAL, token.text, token.idx, token.idx + len(token))
    if token.lower_ in ("season", "episodes") and any(c.like_num or c.lower_ in _ORDINALS for c in token.children):
        # "two episodes of Lost" are another work's, whether or not found as a title
        of = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"), None)
        after_of = None if of is not None else next(
            (works.at(token.doc[p.i + 1]) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
             and p.i + 1 < len(token.doc)), None)
        if after_of is not None:  # ("of Beneath the River": the parse took the title's first word for a preposition)
            return mention(after_of, WORK)
        named = work_of(of, works) if of is not None else None
        if (named is not None and named.kind == WORK) or (of is not None and of.pos_ == "PROPN"):
            return named
        return Mention(ANAPHOR, token.text, token.idx, token.idx + len(token))  # "Season 2 premieres …"
    if token.lower_ == "which" or (token.lower_ == "that" and token.tag_ == "WDT"):
        # "X (1971), in which she starred", "a comedy that she wrote": the title the relative clause hangs on
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        antecedent = works.at(clause.head) if clause is not None else None
        if antecedent is not None and not _named_as_source(antecedent):
            return mention(antecedent, WORK)
        described = work_of(clause.head, works) if clause is not None and work_noun(clause.head) else None
        if described is not None and described.kind == WORK:
            return described  # "the teen drama series X, in which he played C"
        if clause is not None and clause.head.pos_ == "PROPN":
            return None  # "the lead in Grey Sky, which A directed": a name no title was found for, not the work in hand
        if clause is None and token.i > 0 and token.doc[token.i - 1].lower_ in ("and", "but"):
            # "X, a film he co-wrote with A and which A also directed": the parse made the second relative
            # clause a verb of the sentence's own; "which" is still the title named last before it
            named = next((works.at(t) for t in reversed(token.doc[sentence(token).start:token.i])
                          if works.at(t) is not None), None)
            if named is not None:
                return mention(named, WORK)
    if token.lower_ == "original" and definite(token):  # ("the original": see ORIGINAL)
        return Mention(ORIGINAL, token.text, token.idx, token.idx + len(token))
    if token.lower_ == "it" or token.lower_ == "which":
        return Mention(ANAPHOR, token.text, token.idx, token.idx + len(token))
    if work_noun(token) is None:
        if token.lower_ in SOURCE_NOUNS and definite(token):  # "The podcast, which premiered in 2020": the
            return Mention(SOURCE_ANAPHOR, token.lower_, token.idx, token.idx + len(token))  # source (see ..context)
        return None
    for child in token.children:
        if child.dep_ in ("appos", "compound", "nmod", "npadvmod") and works.at(child) is not None:
            return mention(works.at(child), WORK)
        if child.dep_ == "acl" and child.lower_ in ("named", "called", "titled", "entitled"):
            named_work = next((works.at(t) for t in child.subtree if works.at(t) is not None), None)
            if named_work is not None:  # "a film named "X""
                return mention(named_work, WORK)
    following = token.i + 1 < len(token.doc) and works.at(token.doc[token.i + 1])
    if following:
        return mention(following, WORK)
    if token.dep_ == "attr" and lemma(token.head) == "be":
        subject = next((c for c in token.head.children if c.dep_ in _SUBJECTS), None)
        return work_of(subject, works) if subject is not None else None
    if token.dep_ == "appos":
        return work_of(token.head, works) or _title_before_comma(token, works)
    if token.lower_ in _VERSION_NOUNS:  # "the live-action adaptation of Nisekoi" goes by its source's title
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                source = work_of(obj, works)
                if source is not None and source.kind == WORK:
                    return source
    determiner = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
    if determiner is not None and (determiner.lower_ in _ANAPHORIC_DETERMINERS or _directors_own(determiner, token)) \
            and not _of_another(token):
        if determiner.lower_ == "the" and _names_the_original(token):
            return Mention(ORIGINAL, token.text, token.idx, token.idx + len(token))
        return title_described_after(token, works) or Mention(ANAPHOR, token.text, token.idx, token.idx + len(token))
    return None


def _names_the_original(noun: Token) -> bool:
    """"the original film", "the first film", "The first film, released in 2019, …" (not "the first film to
    feature A", whose clause, not set off by a comma, describes the work in hand): in an article about a sequel
    or a remake, the work it follows (see ORIGINAL)."""
    return any(c.dep_ == "amod" and c.lower_ in ("original", "first") for c in noun.children) \
        and not any(c.dep_ in ("acl", "relcl") and noun.doc[c.left_edge.i - 1].text != "," for c in noun.children)


def title_described_after(noun: Token, works: WorkSpans) -> Mention | None:
    """'"Kystlinjen", the Danish series from DR1 in which she plays …': the title right before the comma of "the"
    and a work noun with a country's or a genre's word or a "from"/"about" phrase, which describes that title
    however the parse hung it (not a bare "the series", which may open a clause of its own: "After X, the series
    moved to …")."""
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    describes = any((c.dep_ in ("amod", "compound") and (c.text in demonyms() or c.lower_ in GENRE_WORDS))
                    or (c.dep_ == "prep" and c.lower_ in ("from", "about")) for c in noun.children)
    title = _title_before_comma(noun, works) if determiner is not None and determiner.lower_ == "the" \
        and describes else None
    before = noun.doc.text[sentence(noun).start_char:title.start] if title is not None else ""
    framed = LIKENED.search(before) or any(word in _FRAMING for word in before.lower().split())
    return None if framed else title  # (not 'Unlike "The Bridge", the Swedish thriller …', another work)


# Words besides a likening's that set a title as a frame for another work: "If you liked X, the …", "After X, …".
_FRAMING = frozenset({"liked", "loved", "after", "following", "fans", "since", "than"})


def owned_in_hand(noun: Token, works: WorkSpans) -> Token | None:
    """The owner of a screen-work noun that stands for the work in hand: "Tomás Ibarra's melodrama stars A", the
    fragment a line-up's item is ("Alice Ferrante's documentary about the flood of 1966"): a name's possessive
    on the subject of a verb in the present, or on a fragment's noun, with no title in or after it (not "A's
    previous film"; "A's thriller won two prizes" may be an older one)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and _proper(c)), None)
    if owner is None or noun.pos_ != "NOUN" or WORK_NOUNS.get(work_noun(noun) or "") in (None, *SOURCE_KINDS) \
            or not (noun.dep_ == "ROOT" or (noun.dep_ in _SUBJECTS and _present(noun.head))) \
            or any(works.at(t) is not None for t in noun.subtree) \
            or (noun.i + 1 < len(noun.doc) and works.at(noun.doc[noun.i + 1]) is not None) \
            or any(c.lower_ in _OTHER_TIMES for c in noun.children):
        return None
    return owner


def _proper(token: Token) -> bool:
    """A proper noun, or the last word of a name the tagger took for a common noun ("Signe Holmgaard-Vinter")."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children))


def _present(verb: Token) -> bool:
    """A verb in the present ("stars", "is set", "follows"): what a work in hand does."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in verb.children)


# What makes "A's film" another of A's films than the one in hand: "A's previous film", "her next feature".
_OTHER_TIMES = EARLIER_WORDS | {"next", "upcoming", "other"}


def _of_another(noun: Token) -> bool:
    """"the pilot of a spinoff series": a part of some other work, one the text has not named; "its sequel",
    "the film's remake": the work that follows the one in hand, not it."""
    if noun.lower_ in _FOLLOWING_WORKS and any(c.dep_ == "poss" and (c.lower_ == "its" or c.pos_ == "NOUN")
                                              for c in noun.children):  # (not "Lind's sequel": hers may be it)
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        for o in c.children) for c in noun.children)


def _directors_own(owner: Token, noun: Token) -> bool:
    """"A stars in director Tom Avery's gentle caper": a work its director is named for, that someone is in,
    with no title and no word placing it among the director's others ("next", "previous", "third"), is the one
    in hand (not an appositive's, nor a subject's: "Director B's romance scored a nomination" may be any)."""
    if owner.dep_ != "poss" or owner.pos_ != "PROPN" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or any(
            c.lower_ in AMONG_OTHERS or c.like_num for c in noun.children if c.dep_ in ("amod", "nummod")) \
            or noun.head.head.tag_ in ("VBD", "VBN"):
        return False  # ("who once starred in director B's acclaimed thriller": one of B's earlier works)
    name = name_span(owner)
    return name is not None and name.start > 0 and owner.doc[name.start - 1].lower_ in FILMMAKER_NOUNS


def _described_past_agent(antecedent: Token, works: WorkSpans) -> Mention | None:
    """"a sitcom pilot created by A, that aired on NBC": the parse hangs the relative clause on the name in the
    by-phrase; it describes the work noun the participle does."""
    agent = antecedent.head
    participle = agent.head if agent.dep_ == "agent" else None
    if antecedent.dep_ != "pobj" or participle is None or participle.dep_ != "acl":
        return None
    return work_described(participle.head, works) if work_noun(participle.head) is not None else None


def _title_before_comma(noun: Token, works: WorkSpans) -> Mention | None:
    """"…the cast of Low Tide at Carrow, the upcoming thriller film": the title that ends at the comma before an
    appositive the parse hung on another noun."""
    comma = noun.left_edge.i - 1
    if comma < 1 or noun.doc[comma].text != ",":
        return None
    end = comma - 1 if noun.doc[comma - 1].text in _CLOSING_QUOTES else comma  # ('"Kystlinjen", the series')
    span = works.at(noun.doc[end - 1]) if end > 0 else None
    return mention(span, WORK) if span is not None and span.end == end else None


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _named_as_source(title: Span) -> bool:
    """"the novel The Idiot, in which Prince Mishkin returns": a title a source noun names is a book's."""
    return title.start > 0 and title.doc[title.start - 1].lower_ in SOURCE_NOUNS


def work_described(noun: Token, works: WorkSpans) -> Mention | None:
    """The work a work noun names, or the title it is in apposition to ("Paper Swans, a thriller series …")."""
    return work_of(noun, works) or (work_of(noun.head, works) if noun.dep_ == "appos" else None)


def _several(token: Token) -> bool:
    """"All six titles", "both films", "the three series": a statement about a slate names no single work."""
    if token.lower_ not in _SLATE_NOUNS:
        return False
    if token.lower_ != "series" and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # ("first productions to begin shooting in Cape Town": a plural subject is a slate's)
    return any(c.lower_ in ("all", "both", "each", "every") or c.like_num for c in token.children) \
        or (token.i > 0 and token.doc[token.i - 1].lower_ in ("all", "both"))


def named(token: Token, works: WorkSpans, lexicon: Lexicon) -> Mention | None:
    """The person, company or place a name token stands for (never a work or a common noun); "he", "she"
    (and an owner's "his", "her") stand for the person the article is about, which the context decides."""
    if token.lower_ in ("he", "she") or (token.lower_ in ("his", "her") and token.dep_ == "poss"):
        return Mention(PERSON_ANAPHOR, token.text, token.idx, token.idx + len(token))
    if works.at(token) is not None or token.lower_ in PRONOUNS:
        return None
    span = name_span(token)
    if span is None and token.lower_ not in _AWARDED:  # ("The Oscar nominee will play …": an award's name)
        span = _name_beside(token)
        if span is not None and token.lower_ in COMPANY_NOUNS:  # "the Soyuzmultfilm studio"
            return mention(span, ORGANIZATION)
    if span is None or any(works.at(t) is not None for t in span) or _group_name(span) or _place_of_a_base(span):
        return None
    incorporated = _incorporated(span)
    if incorporated is not None:
        return mention(incorporated, ORGANIZATION)
    if _set_beside_a_company_noun(span.root):
        return mention(span, ORGANIZATION)
    kind = name_kind(span.text, lexicon)
    if kind == PERSON and (surname := _shared_surname(span)) is not None:
        return Mention(PERSON, f"{span.text} {surname}", span.start_char, span.end_char)
    return mention(span, kind) if kind else None


# Nouns of people an award's name comes before: "the Oscar nominee", "the Emmy winner".
_AWARDED = frozenset({"nominee", "nominees", "winner", "winners", "laureate", "honoree", "recipient"})


def _place_of_a_base(span: Span) -> bool:
    """"Buenos Aires-based Cóndor Sur Cine": the words of a place the next word says something is based in
    (the parse may take "Buenos" for a name of its own)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lower_.endswith("-based") and after.text[:1].isupper()


def _set_beside_a_company_noun(root: Token) -> bool:
    """"Through his company, Cine Cárdenas, he produced …", "Salt Box, his production banner,": a name in
    apposition to a company's noun names a company, whatever its words; so does one "founded in 2012 by" people."""
    return (root.dep_ == "appos" and root.head.lower_ in COMPANY_NOUNS) or any(
        (c.dep_ == "appos" and c.lower_ in COMPANY_NOUNS) or (c.dep_ == "acl" and c.lower_ == "founded")
        for c in root.children)


def _shared_surname(span: Span) -> str | None:
    """"directed by Joel and Ethan Coen", "written by John and Faith Hubley": a lone given name right before
    "and" and a two-word name, in a "by" phrase, shares that name's family name; not a family name the article
    gives someone in full ("written by Wilczek and Tomasz Ruda" after "Agata Wilczek")."""
    doc = span.doc
    if len(span) != 1 or span.end + 2 >= len(doc) or doc[span.end].lower_ != "and" \
            or span.root.dep_ != "pobj" or span.root.head.lower_ != "by":
        return None  # (a cast list's "Madonna and Ray Dunn" keeps its one-name star)
    other = name_span(doc[span.end + 1])
    if other is None or len(other) != 2 or other.start != span.end + 1 \
            or other.root.i not in {c.i for c in span.root.conjuncts}:
        return None
    if span.text in family_names(doc):
        return None  # someone's family name ("Agata Wilczek")
    return other[-1].text


def _incorporated(span: Span) -> Span | None:
    """"Paws, Inc.", "Mirage Ltd.": a name its comma and a company's legal ending follow is that company's."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in COMPANY_ENDINGS:
        return doc[span.start:end + 2]
    return None


def _group_name(span: Span) -> bool:
    """"the Chipmunks", "the Beatles": one plural name after "the" names a group, not a person."""
    return len(span) == 1 and span[0].tag_ == "NNPS" and span[0].i > 0 and span.doc[span[0].i - 1].lower_ == "the"


def _name_beside(token: Token) -> Span | None:
    """"the director Harold French", "studio Toho": a common noun's name in apposition or compound (not what
    says which one of many: "a Flemish hydrologist", "a Mumbai A-lister")."""
    some = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    for child in token.children:
        if child.dep_ in ("appos", "flat", "compound") and child.text[:1].isupper() \
                and not (some and child.i < token.i):
            return name_span(child)
    return None
