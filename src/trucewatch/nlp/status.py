"""Status: what the sentence says happened to an event, read from the words that govern its trigger.

From the trigger we walk up the dependency tree, through carrier nouns ("a ceasefire *agreement*"), prepositions
("calls *for* a truce") and control verbs ("*refused* to *agree* to"), and collect a class for each governing word
(`data/statuses.json`). Inner words give a status; outer words may override it ("refused to agree": rejected;
"failed to reach": failed; "urged him to implement": called for) or make the trigger a mere topic ("agreed to
discuss a ceasefire" is no agreed ceasefire). The walk stops at clause boundaries: a verb in another clause speaks
of another event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from trucewatch.nlp.lexicon import load
from trucewatch.nlp.modality import DENIALS
from trucewatch.nlp.roles import BILATERAL
from trucewatch.nlp.triggers import (
    SETTING,
    SIGNING,
    UNDERGOING,
    condition_of_refusal,
    mediation_word,
    naming_as_crime,
    nominal,
    peace_requires,
    said_to_be_hostile,
)
from trucewatch.nlp.when import SCHEDULING, timetabled

WALK_THROUGH = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "xcomp", "pcomp", "prep", "pobj", "dative",
                "compound", "amod", "nmod", "appos", "acomp", "auxpass", "agent", "npadvmod"}
NOUN_DEPS = {"compound", "amod", "nmod", "poss"}
# Verbs of answering another's proposal ("responded to the framework with a plan of its own").
ANSWERING_VERBS = {"respond", "reply", "answer", "react", "counter"}
# A trigger behind one of these is background to the clause, not what its verb acts on.
BACKGROUND_PREPS = {"despite", "after", "before", "during", "following", "amid", "amidst", "since", "until",
                    "besides", "unlike", "like", "than", "as", "prior", "ahead", "because", "over", "throughout",
                    "within", "under", "among", "between", "about", "regarding", "concerning", "including",
                    "past"}
# Going somewhere for talks: "sent a delegation to Cairo to continue negotiations" plans them.
TRAVELLING = {"send", "dispatch", "travel", "fly", "head", "go", "arrive", "come", "return"}
LULLS = {"lull", "respite", "pause", "break", "decline", "drop", "reduction", "decrease", "let-up", "lessening"}
# What an event is judged to be, not said to have been: "an agreement was necessary", "a truce is unlikely".
WEIGHED = {"necessary", "possible", "likely", "unlikely", "impossible", "needed", "essential", "important", "vital",
           "desirable", "premature", "achievable", "feasible", "close"}
TIME_UNITS = {"hour", "day", "week", "month", "year", "decade", "night", "weekend"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "final"}
NEGATING_PREPS = {"without", "instead"}
SAYING_VERBS = {"say", "tell", "state", "insist", "deny", "claim", "add"}
PLEDGES = {"commitment", "adherence", "obligation", "participation"}  # a side's bond to an event, which it may end
PASSED_OVER = {"ceasefire": "rejected", "agreement": "rejected", "talks": "rejected", "proposal": "rejected"}
PARTING_VERBS = {"end", "break", "conclude", "close", "finish", "wrap", "adjourn"}  # how talks end ("… without a deal")
PARTICLE_DEPS = {"prt", "prep", "dobj", "acomp"}


DRAFTED = {"draft", "proposed", "tentative"}  # a deal so described is put to the sides, not made
PLACEHOLDERS = {"step", "measure", "idea", "option", "move", "solution"}  # nouns a colon or comma then names


@dataclass
class Reading:
    """What the governing words say about one trigger."""

    status: str | None
    strength: int  # 2: a governing verb or carrier said it; 1: a modifier on the trigger; 0: the type's default
    chain: list[Token] = field(default_factory=list)  # the governing words, inner to outer
    classes: list[str] = field(default_factory=list)
    negated: bool = False
    topic: bool = False
    cls: str | None = None
    presupposed: bool = False  # the status comes from the event word itself, nothing governs it
    committed: bool = False  # a side's word that it holds to a truce or deal ("remained committed to"), no step of
    # its own


def _keys(verb: Token) -> list[str]:
    """Lookup keys for a verb, longest first: "put in place", "call off", "call for", "call"."""
    lemma = MISLEMMAS.get(verb.lower_, verb.lemma_.lower())
    keys = []
    following = [t for t in verb.doc[verb.i + 1: verb.i + 4]]
    words = [t.lower_ for t in following]
    if len(words) >= 2:
        keys.append(f"{lemma} {words[0]} {words[1]}")
    for child in verb.children:
        if child.dep_ in PARTICLE_DEPS and child.i > verb.i:
            keys.append(f"{lemma} {child.lower_}")
    if words:
        keys.append(f"{lemma} {words[0]}")
    keys.append(lemma)
    if verb.pos_ == "ADJ":
        keys.append(verb.lower_)
    return keys


PAST_TAGS = {"VBD", "VBN"}


def named_round(root: Token) -> bool:
    """ "14:10 The talks in Erdut and Zagreb, with US ambassador Peter Galbraith and UN mediator Thorvald
    Stoltenberg": a point of a list that names, with no verb, the talks held in a place, as known (not "Talks in
    Geneva next week", with no article: one to come)."""
    return root.dep_ == "ROOT" and root.pos_ == "NOUN" and root.tag_ == "NNS" and \
        getattr(root.doc._, "tw_kind", None) == "item" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.ent_type_ in ("GPE", "LOC", "FAC")
                                                                   for g in c.subtree) for c in root.children) and \
        not any(t.ent_type_ == "DATE" for t in root.subtree)


def met_in_a_year_gone(root: Token) -> bool:
    """ "the OAU-sponsored conference in Antananarivo in April 1999, where …": talks the text points at by their
    place and by a year before the one it is written in, held (not "the conference in Geneva in 2027", to come)."""
    reference = getattr(root.doc._, "tw_ref", None) or ""
    if root.pos_ != "NOUN" or not reference[:4].isdigit() or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    found = {span.root.i for span, _ in getattr(root.doc._, "tw_places", None) or ()}  # (our places: the model takes
    # "Antananarivo" for an organisation)
    placed = any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.i in found for c in preps for g in c.children
                 if g.dep_ == "pobj")
    held_by = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head  # ("the account of
    # the conference …, in April 1999")
    years = [int(t.text) for c in (*preps, *(c for c in held_by.children if c.dep_ == "prep" and c.lower_ == "in"))
             for t in c.subtree if t.ent_type_ == "DATE" and t.is_digit and len(t.text) == 4]
    return placed and bool(years) and max(years) < int(reference[:4])


MADE = {"agree", "host", "sign", "announce"}  # modifier classes that tell a deal was made ("a truce brokered by
# Egypt", "a truce announced by Trump")
# Verb forms whose lemma the model gets wrong ("hoping" -> "hop").
MISLEMMAS = {"hoping": "hope", "hoped": "hope"}
MODALS = {"would", "could", "should", "may", "might", "can", "must", "ought", "will", "shall", "'ll", "wo", "'d"}
INDEFINITE = {"a", "an", "any", "no", "every", "each", "another", "some"}


VAGUE_PRONOUNS = {"those", "who", "that", "which", "it", "one", "anyone", "someone", "anybody", "somebody",
                  "whoever", "everyone", "nobody"}


def _points(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.pos_ == "PRON" and token.lower_ not in VAGUE_PRONOUNS


def indefinite(root: Token) -> bool:
    """ "an attack", "a coup", "any truce", a bare singular: some event of the kind, not one the text points at.
    A verb points at one event through a participant: "militants detonated a car bomb", not "those who have
    been wounded"."""
    if root.pos_ in ("VERB", "AUX"):
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if root.dep_ in ("conj", "advcl", "xcomp") and root.head.pos_ in ("VERB", "AUX"):
            verbs.append(root.head)  # "bombarding and starving people"; "has taken areas …, bombarding them"
        arguments = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        arguments += [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if root.dep_ in ("relcl", "acl"):
            arguments.append(root.head)
        return not any(_points(a) for a in arguments)
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
           for c in root.children):
        return False  # "a treaty ratified by 196 nations": the clause points at one
    determiners = {c.lower_ for c in root.children if c.dep_ in ("det", "poss")}
    if root.dep_ in ("conj", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        # "a lasting ceasefire and peace agreement"; "this boycott movement"
        determiners |= {c.lower_ for c in root.head.children if c.dep_ in ("det", "poss")}
    if determiners & INDEFINITE:
        return True
    return root.tag_ == "NN" and not determiners and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep", "acl", "relcl") for c in root.children)


SETTLED_DEALS = {"agreement", "deal", "accord", "treaty", "pact", "armistice", "truce", "ceasefire", "understanding",
                 "protocol"}
# What a deal, or one part of it, lays down: "the phase includes a ceasefire", "the deal covers prisoner exchanges".
LAYING_DOWN = {"include", "cover", "envisage", "foresee", "entail", "contain"}
SETTING_TERMS = SETTING | LAYING_DOWN  # what "it", a deal told just before, does to its terms: "It set a
# ceasefire", "It calls for an end to hostilities"
WISHING = {"hope", "wish"}  # "he hoped a ceasefire could take effect": what one wishes for, asked for
PROPOSED_TEXTS = {"draft", "proposal", "plan", "roadmap", "blueprint", "offer", "initiative"}  # terms put forward
KEPT_TERMS = {"term", "terms", "condition", "provision", "rule"}  # what one keeps or breaks of a deal
DEAL_PARTS = {"phase", "stage", "framework", "package", "protocol", "memorandum"}
CONTENT_VERBS = {"commit", "oblige", "require", "bind", "envisage", "stipulate"}  # what a deal lays down
ENABLING = {"let", "allow", "enable", "permit"}  # "the truce is meant to let the sides exchange prisoners"
PHASES = {"begin", "start", "continue", "keep", "appear", "seem"}  # "began falling apart": the inner verb says it
DEONTIC = {"should", "must", "ought"}
INSTRUMENT_PREPS = {"in", "with", "through", "by", "via", "under"}  # "ended the war in a deal", "with a truce"
CHARGING = {"accuse", "accusation", "charge", "blame", "guilty", "suspect", "convict"}  # "accused … of launching"
BEFALLING = {"start", "end", "effect", "hold", "held", "fail"}  # what a clause with the event as subject may say
# of it: "the truce, which collapsed", "talks that began in Caracas", "the deal, which took effect at 1 a.m."
SEIZING = {"seize", "capture", "retake", "recapture", "take", "regain", "storm", "overrun", "conquer", "occupy"}
TAKING_PART = {"take", "join", "participate", "send", "go", "attend"}  # "did not take part in the talks": none
# held for them
ASPECTUAL = {"stop", "continue", "keep", "halt", "cease", "resume", "intensify", "escalate", "step", "suspend"}
RECURRING = {"resume", "restart", "recur", "occur", "happen", "erupt"}  # fighting that "never resumed" was not fought
GOING_ON = {"continue", "keep", "resume", "intensify", "escalate", "step"}  # "will resume its offensive": to come
IMPLICATIVE = {"manage", "opt", "proceed", "succeed", "go"}  # "managed to reach", "opted to detonate": it happened
CAUSATIVES = {"let", "make", "help", "have", "allow", "want", "need"}
PURPOSE_PREPS = {"of", "to", "toward", "towards", "at"}  # a gerund here is aimed at, not done
ADVANCING = {"move", "advance", "push", "march", "roll", "pour", "sweep", "storm"}  # forces moving in on a place
THREATS = {"attack", "sanction"}  # events whose future is a threat
CONTROL_CLASSES = {"threaten", "call", "reject", "propose", "agree", "plan", "fail"}  # "threatened to …"
SPEECH_ACTS = {"accusation", "demand"}  # done in the saying: "Pakistan accuses India" is an accusation made
UNREAL_CLASSES = {"call", "call_maybe", "propose", "plan", "threaten", "reject", "fail", "postpone", "cancel"}


def _denied(noun: Token) -> bool:
    """ "no plans to resume talks", "no intention of holding talks": the carrier is denied, and its event with it."""
    return any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "neg" for c in noun.children)


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                                     for c in verb.children)


def irrealis(root: Token, chain: list[Token]) -> bool:
    """Is the trigger wished, planned, possible or purposed rather than real ("could start a coup",
    "to annihilate", "hurdles to achieving a peace agreement", "would provide …, treating an attack on one ally
    as …")? A verb without tense or subject takes the mood of the clause it hangs from."""
    verbs = [t for t in [root, *chain] if t.pos_ in ("VERB", "AUX")]
    governing = [t for t in verbs if t.i != root.i]
    if root.pos_ == "VERB" and governing and governing[0].lemma_.lower() in ASPECTUAL:
        # "will not stop bombing it": whatever happens next, the bombing goes on now; but "would keep striking
        # Israeli targets" is what they say they will do
        return governing[0].lemma_.lower() in GOING_ON and any(
            c.dep_ == "aux" and c.lower_ in MODALS and c.lower_ not in ("can", "could") for c in governing[0].children)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not indefinite(root):
        return False  # "the battle could be a grinding fight": what it could be, not whether it is
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:  # "a lasting ceasefire and peace agreement"
        node = node.head
    if node.i != root.i and node.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and \
            node.head.pos_ in ("VERB", "AUX") and node.head not in verbs:
        verbs.append(node.head)  # "… to achieving a lasting ceasefire and peace agreement"
    for _ in range(3):  # climb from non-finite verbs to the clause that gives them a mood
        top = verbs[-1] if verbs else None
        if top is None or _finite(top) or top.head.i == top.i or top.dep_ not in ("advcl", "xcomp", "conj"):
            break
        verbs.append(top.head)
    for token in verbs:
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in IMPLICATIVE and not any(
                c.dep_ == "aux" and c.lower_ in MODALS for c in token.head.children):
            continue
        if any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to") for c in token.children):
            return True
        if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in PURPOSE_PREPS and not any(
                t.lemma_.lower() in CHARGING for t in (token.head.head, token.head.head.head)):
            return True  # "of imposing", "to achieving"; not "in superintending the sanctions regime", nor what
            # a side is "accused of launching"
        if token.tag_ == "VB" and token.dep_ in ("xcomp", "ccomp", "advcl") and not any(
                c.dep_ == "aux" for c in token.children) and (token.head.lemma_ in CAUSATIVES or not any(
                c.dep_ == "nsubj" for c in token.children)):
            return True  # "let them bomb", "help end the war" (with a subject of its own, a present tense)
    return False


def declined(status: str | None, negated: bool, verbs: list[Token]) -> tuple[str | None, bool]:
    """Not accepting a proposal is rejecting it: "Russia did not accept the ceasefire", "a truce, which Russia did not
    accept"; but a truce "the army has not accepted" may yet be."""
    if negated and status == "accepted" and not any(c.lower_ in ("has", "have") for v in verbs for c in v.children):
        return "rejected", False
    return status, negated


def past_tense(root: Token, chain: list[Token]) -> bool:
    """Is the clause around the trigger told in the past ("were intense", "came a day after", "has had")?"""
    node = root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod",):
            if node.tag_ == "VBD":
                return True
            if node.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in node.children):
                return True
            if any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS | {"VBZ", "VBP"} and c.lemma_ == "have"
                   for c in node.children):
                return True
            if node.tag_ in ("VBZ", "VBP", "VB") or any(c.dep_ == "aux" for c in node.children):
                return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def subjects_of_verb(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is joined to ("the first phase will last six weeks and include a
    complete ceasefire")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and own and all(c.lower_ in ("that", "which") for c in own):
        return [verb.head]  # "a framework agreement … that includes a ceasefire": the noun the clause is on
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return own
    return subjects_of_verb(verb.head)


def enabling_deal(node: Token) -> Token | None:
    """The deal whose purpose `node` is ("the truce is meant to let the two sides exchange prisoners", "the deal
    allows both sides to swap the dead"), or None."""
    if node.dep_ not in ("ccomp", "xcomp") or node.head.lemma_.lower() not in ENABLING:
        return None
    verb = node.head
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
        verb = verb.head  # "is meant to let", "was designed to allow"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((c for c in subjects if c.lemma_.lower() in SETTLED_DEALS | DEAL_PARTS), None)


def undone_when(root: Token) -> Token | None:
    """The verb of a "when" clause that does to the event, named again by a pronoun, what its sentence says befell it
    ("Talks … collapsed in January, when Petro suspended them")."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ != "VERB":
        return None
    return next((c for c in root.head.children if c.dep_ == "advcl" and
                 any(w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in c.children) and
                 any(o.dep_ == "dobj" and o.lower_ in ("them", "it") for o in c.children)), None)


LEVELS = {"low", "lower", "limited", "sporadic", "minimal", "level", "low-level"}  # how much fighting there is


def fought_for_years(root: Token) -> bool:
    """Is the attack verb told as lasting years ("had fought jihadists … for nearly a decade", "have shelled the
    town for two years")?"""
    return root.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("year", "decade") for g in c.children) for c in root.children)


def level_of_fighting(root: Token) -> bool:
    """Is the fighting the subject of a verb that says how much of it there is ("fighting has stayed at low levels",
    "violence remained limited")?"""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in ("stay", "remain", "be", "keep"):
        return False
    said = [c for c in verb.children if c.dep_ in ("acomp", "attr")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in LEVELS or any(a.lemma_.lower() in LEVELS for a in w.children) for w in said)


def progressive(verb: Token) -> bool:
    """ "The M23 is negotiating with Kinshasa in Doha": going on now, so under way."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP", "VBD") for c in verb.children)


def historic_present(root: Token) -> bool:
    """ "10 Sep 1979: The constitutional conference … opens at Lancaster House": a line led by a day before the
    report's tells that day in the present, as a timeline does; its simple present is that day's past."""
    verb = root if root.pos_ == "VERB" else root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    return bool(getattr(root.doc._, "tw_then", False)) and verb is not None and present_simple(verb)


def time_for(root: Token) -> Token | None:
    """ "It is time for a ceasefire", "it was time to move toward a ceasefire": the word "time" the event hangs on, told
    as due now, or None."""
    node = root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in ("for", "toward", "towards", "to"):
            node = node.head.head
        elif node.dep_ in ("dobj", "xcomp", "relcl", "acl") and node.head.pos_ in ("VERB", "NOUN") and \
                node.head.lemma_.lower() != "time":
            node = node.head
        elif node.dep_ in ("relcl", "acl") and node.head.lemma_.lower() == "time":
            node = node.head
        if node.lemma_.lower() == "time" and node.dep_ == "attr" and node.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and c.lower_ == "it" for c in node.head.children) and not any(
                c.dep_ == "neg" for c in node.head.children):
            return node
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("relcl", "acl", "xcomp"):
            return None
    return None


def present_simple(verb: Token) -> bool:
    """ "Pakistan accuses India of …": a finite verb in the simple present, with no auxiliary to give it a mood."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and (verb.dep_ in ("ROOT", "ccomp", "conj") or
                                                                   verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children))  # ("…, while Pakistan accuses
    # Indian forces of thousands of violations": the other side's word, set against the first's)


def declared_on_a_day(root: Token) -> bool:
    """ "the IRA's ceasefire of the 31st of August 1994": one side's truce, known by the day it was declared."""
    return any(c.dep_ == "poss" for c in root.children) and known_by_its_day(root)


def known_by_its_day(root: Token) -> bool:
    """ "the ceasefire of 17 December 1971": a truce known by its day (the day's words after "of", however the
    model hung them)."""
    doc = root.doc
    return root.pos_ in ("NOUN", "PROPN") and any(
        p.dep_ == "prep" and p.lower_ == "of" and (any(g.ent_type_ == "DATE" for g in p.children) or p.i + 1 < len(
            doc) and doc[p.i + 1].ent_iob_ == "B" and doc[p.i + 1].ent_type_ == "DATE") for p in root.children)


def will(chain: list[Token], trigger: Span) -> bool:
    """Is the event's clause in the future tense: "will attack", or reported, "said they would boycott"?"""
    for verb in [trigger.root, *chain]:
        token = verb.head if verb.dep_ == "conj" and verb.tag_ == "VB" and not any(
            c.dep_ in ("aux", "nsubj") for c in verb.children) else verb  # "will start talks … and sign a deal"
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in token.children):
            return True
        reported = token.dep_ in ("ccomp", "relcl") or token.dep_ == "conj" and token.head.dep_ == "ccomp"
        if reported and any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
            return True  # "the minister said the talks would resume": a reported "will"; "zones in which forces
            # would halt hostilities": what a plan foresees
    return False


def is_future(chain: list[Token], trigger: Span) -> bool:
    """Is the event told as still to come ("will be held", "said the talks would resume")?"""
    root = trigger.root
    if root.dep_ in ("xcomp", "dobj") and root.head.lemma_.lower() in ASPECTUAL and not (
            root.head.lemma_.lower() in GOING_ON and will(chain, trigger)):
        return False  # "will not stop bombing": the bombing is now; only the stopping is to come
    if will(chain, trigger) or any(timetabled(t) for t in chain):
        return True
    for token in [trigger.root, *chain]:
        if token.dep_ == "xcomp" and token.head.lemma_ in SCHEDULING or token.dep_ == "ccomp" and \
                token.head.lemma_ == "expect" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return True  # also "expected the ceasefire to take effect on Sunday"
        if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and \
                token.head.pos_ in ("NOUN", "PROPN"):
            return True  # "Ceasefire in Idlib to begin at midnight"
    return False


def first_conjunct(node: Token) -> Token | None:
    """Where a conjunct shares the phrase of the one before it, the word to read it from: "committing to a permanent
    ceasefire and to talks" (the first conjunct), the same with "to talks" parsed as a verb joined to the main clause
    (the earlier "to"), and "committed to ensuring safe navigation and to halting strikes" (the first "to")."""
    head = node.head
    if node.dep_ != "conj" or head.i == node.i:
        return None
    if node.pos_ == head.pos_ and node.pos_ in ("NOUN", "PROPN", "ADP") or {node.pos_, head.pos_} == {"NOUN", "PROPN"}:
        return head  # (also "a Joint Declaration … and a further peace agreement": a name, then a noun)
    if nominal(node) and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return next((t for t in reversed(node.doc[node.sent.start:node.i]) if t.lower_ == "to" and t.dep_ == "prep"),
                    None)
    if node.pos_ == "ADP" and head.dep_ == "pcomp" and head.head.pos_ == "ADP":
        return head.head
    return None


def listed_under(noun: Token) -> Token | None:
    """The noun a colon introduces a list of items under ("a string of deals: a ceasefire …, a truce …"), for one of
    the items, however the parser hung it."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    start = first.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ":" or noun.doc[start - 2].tag_ != "NNS":
        return None
    return noun.doc[start - 2]


def under_deal(verb: Token) -> bool:
    """Is the clause told as a term of a deal: "under the agreement, Hamas must release …", "as part of the deal,
    Israel will free …" (the phrase hung on the clause, or on the clause it is joined to)?"""
    for clause in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            deal = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if prep.lower_ == "as" and deal is not None and deal.lemma_.lower() == "part":
                deal = next((g for c in deal.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                            None)
            elif prep.lower_ != "under":
                continue
            if deal is not None and deal.lemma_.lower() in SETTLED_DEALS and \
                    any(c.dep_ in ("det", "poss") for c in deal.children):
                return True
    return False


def named_deal_under(root: Token, prep: Token, event_type: str, reader: StatusReader) -> Reading | None:
    """ "Under the Luanda agreement of 6 September 2002, Uganda agreed to pull its troops out of Ituri": a deal named
    (by its place or its day) as what a side agreed to its terms under was made: signed on its day, or agreed, by
    the side that agreed to them. None where the phrase is no such deal's."""
    verb = prep.head
    if event_type != "agreement" or prep.lower_ != "under" or root.dep_ != "pobj" or verb.pos_ != "VERB" or \
            reader.verb_class(verb) != "agree" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    if known_by_its_day(root):
        return Reading("signed", 1, [verb], ["sign"], False, cls="sign", presupposed=True)
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children):
        return Reading("agreed", 1, [verb], ["agree"], False, cls="agree", presupposed=True)
    return None


def agreed_under_a_named_deal(verb: Token, reader: StatusReader) -> bool:
    """Is the verb a side's agreeing "under" a deal `named_deal_under` reads ("Under the Luanda agreement …, Uganda
    agreed to pull its troops out"), so that what it agreed to is a term of that deal?"""
    return any(p.dep_ == "prep" and any(g.dep_ == "pobj" and named_deal_under(g, p, "agreement", reader) is not None
                                        for g in p.children) for p in verb.children)


def ruled_out(trigger: Span, chain: list[Token]) -> bool:
    """ "Burhan told troops there would be no truce while the RSF occupied cities", "Zelensky said there can be no
    talks while Russian troops occupy Ukrainian land": an event the speaker says there will be none of, in a clause
    he reports, is one he refuses (not "there will be no deal if Hamas refuses": a condition)."""
    root = trigger.root
    be = root.head
    if root.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "ccomp" or not any(c.dep_ == "expl" for c in be.children):
        return False
    if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) or
           c.dep_ == "prep" and c.lower_ == "without" for c in (*be.children, *root.children)):
        return False  # ("no deal without a full withdrawal": a condition of one)
    return will(chain, trigger) or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in be.children)


def unreported(root: Token, event_type: str) -> Reading | None:
    """The uses of an event word that tell no event whatever governs them: a kind of act ("shelling civilians is a
    war crime"), a rate ("one more day for every 10 hostages released"), a condition ("talks would remain frozen
    until the group stopped attacks"), and what a group does by habit ("militants who attack Pakistan")."""
    if root.tag_ == "VBG" and root.dep_ in ("nsubj", "csubj") and root.head.lemma_ == "be" and \
            root.head.tag_ == "VBZ" and any(c.dep_ == "dobj" for c in root.children):
        return Reading(None, 0, [], [], False, topic=True)
    if root.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ in ("every", "each", "any") for c in root.head.children):
        return Reading(None, 0, [], [], False)
    if root.pos_ == "VERB" and root.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("until", "unless") for c in root.children):
        return Reading(None, 0, [], [], False, topic=True)
    if event_type == "attack" and root.dep_ == "relcl" and root.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in root.children):
        return Reading(None, 0, [], [], False)
    return None


KEEPING = {"continue", "maintain", "keep", "uphold", "preserve", "prolong"}  # what sides agree to do to a truce
PLANNED_STAGE = {"ceasefire": "proposed", "agreement": "proposed", "prisoner_exchange": "proposed",
                 "talks": "planned"}


def first_stage_of_plan(root: Token, other_triggers: list[Span]) -> Token | None:
    """ "outlined a three-phase plan, beginning with a six-week ceasefire": the truce is the plan's first stage,
    put forward with it, not a truce that began; the plan's word, or None."""
    begin = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "with" else None
    if begin is None or begin.lemma_.lower() not in ("begin", "start"):
        return None
    plans = {t.root.i for t in other_triggers if t.label_ == "proposal"}
    if begin.tag_ != "VBG" and any(c.dep_ == "nsubj" and c.i in plans for c in begin.children) and \
            any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in begin.children):
        return next(c for c in begin.children if c.dep_ == "nsubj")  # "the proposal on the table would begin with a
        # six-week ceasefire": what it would begin with is put forward with it
    if begin.tag_ != "VBG" or begin.dep_ not in ("advcl", "acl"):
        return None
    outer = begin.head
    if outer.i in plans:
        return outer  # "a plan beginning with a truce"
    return next((c for c in outer.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i in plans), None)


def told_before(subjects: list[Token]) -> Token | None:
    """The noun an "it" subject stands for: the subject of the main clause of the sentence before, in its passage."""
    it = next((c for c in subjects if c.lower_ == "it"), None)
    if it is None or it.sent.start == 0:
        return None
    before = it.doc[it.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is not None and subject.lemma_.lower() in SETTLED_DEALS or before.root.lemma_.lower() not in SIGNING:
        return subject
    return next((c for c in before.root.children if c.dep_ == "dobj" and c.lemma_.lower() in SETTLED_DEALS), subject)
    # ("the presidents … signed an agreement in Moscow … It set a ceasefire": the deal they signed)


def deal_told_last(subjects: list[Token]) -> bool:
    """Does an "it" that opens a passage stand for the deal the passage before told last ("… the government and the
    groups signed it: the Political Agreement for Peace and Reconciliation." / "It promised a cessation of
    hostilities")?"""
    it = next((c for c in subjects if c.lower_ == "it"), None)
    ctx = getattr(it.doc._, "tw_ctx", None) if it is not None and it.sent.start == 0 else None
    return ctx is not None and ctx.last_told == "agreement"


def laid_down_by_it(root: Token) -> Token | None:
    """The noun of the sentence before whose terms an "it" lays down the event at `root` ("The six-point plan was
    agreed in Moscow … It calls for an end to hostilities": "plan"); None where no "it" calls for it."""
    node = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ == "for" else root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # ("It calls for an end to hostilities and for troops to pull back")
    verb = node.head
    if node.dep_ == "prep" and verb.lemma_.lower() == "call" or node.dep_ == "dobj" and \
            verb.lemma_.lower() in SETTING_TERMS:
        return told_before(subjects_of_verb(verb))
    return None


def laid_down_after_a_deal(root: Token) -> bool:
    """Is the event at `root` what an "it" opening its passage lays down, the passage before having told a deal last
    ("… signed it: the Political Agreement …" / "It promised a cessation of hostilities")?"""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "dobj" and node.head.lemma_.lower() in SETTING_TERMS and \
        deal_told_last(subjects_of_verb(node.head))


class StatusReader:
    def __init__(self) -> None:
        data = load("statuses")
        self.verbs: dict[str, str] = data["verbs"]
        self.classes: dict[str, dict[str, str]] = data["classes"]
        self.modifiers: dict[str, str | None] = data["modifiers"]
        self.carriers: dict[str, str | None] = data["carriers"]
        self.defaults: dict[str, str] = data["defaults"]
        self.presupposed: dict[str, str] = data["presupposed"]
        self.overriding = set(data["overriding"])
        self.blocking = set(data["blocking"])
        self.reacting = set(data["reacting_verbs"])
        self.own_classes: dict[str, dict[str, str]] = data["own_classes"]
        self.own_noun_classes: dict[str, dict[str, str]] = data["own_noun_classes"]
        self.type_verbs: dict[str, dict[str, str]] = data["type_verbs"]
        self.mediating = set(data["mediating_verbs"])
        obligation = load("triggers")["obligation"]  # "X said Y must …": the speech verb makes the demand
        self.own_classes[obligation["type"]] = dict.fromkeys(obligation["speech_verbs"], "oblige")
        ceasing = load("triggers")["ceasing"]  # "halted all combat operations": the halt is the truce holding
        self.own_classes.setdefault(ceasing["type"], {}).update(dict.fromkeys(ceasing["verbs"], "effect"))
        self.declaring_verbs = frozenset(ceasing["declaring"])
        self.own_classes[ceasing["type"]].update(dict.fromkeys(ceasing["declaring"], "announce"))  # ("suspended
        # offensive operations": a side's declared halt)
        self.ceasing_verbs = frozenset(ceasing["verbs"])
        settling = load("triggers")["settling"]  # "agreed to end the row": the agreeing says the status, not "end"
        self.own_classes.setdefault(settling["type"], {}).update(dict.fromkeys(settling["verbs"], "topic"))

    def carrier_class(self, noun: Token) -> str | None:
        """The class a carrying noun gives what it carries; a deal still in draft is a proposal ("accepted a draft
        agreement for a ceasefire": the truce is accepted, not agreed)."""
        cls = self.carriers.get(noun.lemma_.lower())
        if cls == "agree" and any(c.dep_ in ("amod", "compound") and c.lower_ in DRAFTED for c in noun.children):
            return "propose"
        return cls

    def verb_class(self, verb: Token, event_type: str | None = None) -> str | None:
        """The class of a governing verb; `event_type`: the type of the event it governs, where that matters."""
        own = self.type_verbs.get(event_type or "", {})
        for key in _keys(verb):
            if key in own:
                return own[key]
        for key in _keys(verb):
            if key in self.verbs:
                return self.verbs[key]
        return None

    def phase(self, verb: Token) -> Token | None:
        """The verb a phase verb governs, where that verb says a status: "began falling apart", "continued to
        hold"; not "refused to meet", whose refusing is the status."""
        if verb.lemma_.lower() not in PHASES:
            return None
        return next((c for c in verb.children if c.dep_ == "xcomp" and self.verb_class(c)), None)

    def shared_subject(self, verb: Token, event_type: str) -> Token | None:
        """A verb joined to `verb` with no subject of its own, that says a status where `verb` says none: "the truce
        will be phased in over several weeks and take full effect on Aug. 3"."""
        return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and self.verb_class(c, event_type)), None)

    def misparsed_predicate(self, verb: Token, subject: Token) -> Token | None:
        """ "A ceasefire agreed in Minsk in September collapsed within weeks", parsed with "agreed" as the main verb
        and "collapsed" as its clause: a deal agrees nothing, so the subjectless clause is what befell it."""
        if not nominal(subject) or verb.tag_ != "VBD" or self.verb_class(verb) not in ("agree", "sign", "announce",
                                                                                      "propose", "plan"):
            return None
        if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.pos_ != "VERB" for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and (
            c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ not in MODALS for a in c.children))
                     and self.verb_class(c) and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children)),
                    None)  # also "a summit planned for Sunday … was cancelled", "a truce agreed in July has been
        # violated"

    def modifier_class(self, trigger: Span) -> str | None:
        """A word on the trigger itself: "U.S.-proposed", "unilateral", "the ceasefire ordered by Putin"."""
        heads = [trigger.root] + [g for c in trigger.root.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj"]
        for child in (c for h in heads for c in h.children):
            if child.dep_ in ("amod", "compound", "acl", "nmod", "advmod"):
                word = child.lower_.split("-")[-1]
                if child.dep_ == "acl":
                    if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and any(
                            c.dep_ == "auxpass" for c in child.children):
                        continue  # "space for an agreement to be reached": still to come
                    cls = self.verb_class(child)
                    if cls:
                        return cls
                if word in self.modifiers and self.modifiers[word]:
                    return self.modifiers[word]
        return None

    def participle(self, trigger: Span, event_type: str) -> Reading | None:
        """A participle or relative clause on the trigger with its own agent, time or subject ("ratified by 196
        nations", "signed in 1949", "a demand the M23 rejected"): its status, whatever the sentence around it does
        with the trigger."""
        root = trigger.root
        named = [c for c in root.head.children if c.dep_ == "acl" and self.verb_class(c, event_type) in (
            "sign", "agree")] if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") else []
        # ("the Ceasefire Agreement signed with the LTTE on 22 February 2002": the signing of the name the trigger is
        # part of; not "the ceasefire agreement announced by Biden", told as the deal's own telling)
        for clause in [*root.children, *named]:
            if clause.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                    and any(c.dep_ in ("dobj", "auxpass") for c in clause.children):
                continue  # "a peace treaty to end four decades of conflict": what it is for; "the talks, to be
                # mediated by Obasanjo": still to come
            if clause.dep_ == "relcl" and any(c.dep_ == "prep" and any(
                    g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children) for c in clause.children):
                continue  # "a 60-day truce during which Israeli forces will withdraw": what is done within it
            if clause.dep_ == "relcl" and clause.pos_ == "VERB":
                if any(c.dep_ == "dobj" and c.lower_ not in ("which", "that", "whom") for c in clause.children) \
                        and not self.verb_class(clause, event_type):
                    continue  # "the truce, which gave Russia time": the clause acts on something else (but "the
                    # deal, which took effect at 1 a.m.", says what befell the deal)
            elif clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBD") or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                continue  # (a participle the tagger took for a past tense: "the Ceasefire Agreement signed with …")
            elif not any(c.dep_ in ("agent", "prep", "npadvmod") for c in clause.children):
                continue
            inner = self.phase(clause)  # "which began falling apart": what began says the status
            cls = self.verb_class(inner if inner is not None else clause, event_type)
            if clause.dep_ == "relcl" and cls not in BEFALLING and any(
                    c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children):
                continue  # "a phone call that calls for peace": what the event does, not what befell it
            if cls == "end" and clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                                               for c in clause.children) and any(
                    c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in clause.children):
                continue  # "the ceasefire that ended five days of fighting": what the truce ended, not its end
            if cls == "effect" and clause.dep_ == "relcl" and root.dep_ == "dobj" and \
                    self.verb_class(root.head, event_type) == "announce":
                continue  # "we are declaring a ceasefire that takes effect today": the declaration tells its start
            status = self.classes.get(cls or "", {}).get(event_type)
            if status:
                return Reading(status, 2, [clause] + ([inner] if inner is not None else []), [cls], cls=cls)
        return self.reduced_relative(trigger, event_type)

    def reduced_relative(self, trigger: Span, event_type: str) -> Reading | None:
        """ "builds on a declaration of principles the two sides signed in Doha", where the parser took "the two
        sides" for the verb's object and "signed" for a participle on it: the clause says what befell the trigger."""
        after = trigger.root.right_edge.i + 1
        doc = trigger.doc
        if after >= len(doc) or doc[after].pos_ not in ("DET", "NUM", "PROPN", "NOUN"):
            return None
        noun = doc[after] if doc[after].pos_ in ("NOUN", "PROPN") else doc[after].head
        clause = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and not any(
            g.dep_ in ("agent", "dobj") for g in c.children)), None)
        if clause is None or noun.i < after or noun.i > after + 3 or noun.head.i == trigger.root.i:
            return None
        cls = self.verb_class(clause, event_type)
        status = self.classes.get(cls or "", {}).get(event_type) if cls in ("sign", "agree") else None
        return Reading(status, 2, [clause], [cls], cls=cls) if status else None

    def phrase_reading(self, head: Token, root: Token, chain: list[Token], classes: list[str], negated: bool,
                       event_type: str, other_roots: set[int]) -> Reading | None:
        """What the phrase the trigger heads into says outright, if anything: "without a meeting" (none), "one day
        into the ceasefire" (in force), "the talks ended with an agreement to exchange prisoners" (agreed), "agreed
        to a ceasefire at talks in Putrajaya" (talks held), "talks on a ceasefire" (a topic)."""
        if head.lower_ in NEGATING_PREPS:
            verb = head.head
            if head.lower_ == "without" and event_type == "ceasefire" and ("agree" in classes or not chain) and \
                    verb.pos_ == "VERB" and (verb.lemma_.lower() in PARTING_VERBS or any(
                        c.dep_ == "nsubj" and c.i in other_roots for c in verb.children) or
                        verb.lemma_.lower() == "come" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away"
                                                              for c in verb.children)):
                # "the talks broke up after two hours without agreement on a ceasefire", "the talks ended without a
                # ceasefire", "came away without an agreement to stop the fighting": sought there, not reached
                return Reading("failed", 2, [*chain, verb], [*classes, "fail"], negated, cls="fail")
            return Reading(None, 0, chain, classes, negated, topic=True)  # "without a meeting"
        if head.lower_ == "into" and event_type == "ceasefire" and not negated and any(
                t.lemma_.lower() in TIME_UNITS for t in (head.head, *head.children) if t.dep_ != "pobj"):
            # "one day into the ceasefire", "two weeks into the truce": a time it holds
            return Reading("in_effect", 2, chain, classes, negated, cls="hold")
        if head.lower_ in BACKGROUND_PREPS:
            return None
        prep_head = head.head
        if head.lower_ == "in" and event_type == "ceasefire" and prep_head.lemma_ == "be" and not negated and \
                any(c.dep_ == "nsubj" for c in prep_head.children) and not irrealis(prep_head, []):
            # "we are in a ceasefire": those it names keep one; "From today we are in a ceasefire", said of one's
            # own side from a day, declares it
            declared = any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in prep_head.children) and any(
                c.dep_ == "prep" and c.lower_ in ("from", "as") for c in prep_head.children)
            return Reading("announced" if declared else "in_effect", 2, [*chain, prep_head],
                           [*classes, "announce" if declared else "hold"], negated,
                           cls="announce" if declared else "hold")
        if head.lower_ == "in" and event_type == "agreement" and prep_head.i in other_roots and \
                prep_head.pos_ == "VERB":
            return Reading(None, 0, chain, classes, negated, topic=True)  # "exchanged 146 prisoners each in a deal
            # mediated by the UAE": the deal is the swap, told by its own verb
        if head.lower_ == "in" and prep_head.lemma_.lower() in LULLS and event_type == "attack":
            return Reading(None, 0, chain, classes, negated, topic=True)  # "the longest lull in fighting": none
        if head.lower_ == "with" and prep_head.pos_ == "VERB" and self.verb_class(prep_head) == "end" and \
                self.classes["agree"].get(event_type) and not negated and \
                not any(t.pos_ == "VERB" and t.i != root.i and self.verb_class(t) not in ("agree", "sign")
                        for t in chain):
            # (not "ended with the United States presenting a bridging proposal": what was done at the end)
            # "the talks … ended with an agreement to exchange 1,200 prisoners": what they ended with was made (and
            # signed, where they "ended with the signing of the Bonn Agreement")
            signed = "sign" in classes or any(c.dep_ == "acl" and self.verb_class(c) == "sign" for c in root.children)
            made = "sign" if signed and self.classes["sign"].get(event_type) else "agree"  # (also "ended … with the
            # comprehensive peace agreement signed in Algiers")
            return Reading(self.classes[made][event_type], 2, [*chain, prep_head], [made], negated, cls=made)
        if head.lower_ == "with" and prep_head.lemma_.lower() in ANSWERING_VERBS and \
                event_type == "ceasefire" and not negated and not irrealis(root, chain):
            # "the Taliban answered two days later with a truce of their own": declared in answer
            return Reading("announced", 2, [*chain, prep_head], ["announce"], negated, cls="announce")
        if event_type == "talks" and head.lower_ in ("in", "at", "during", "through") and \
                self.verb_class(prep_head) in ("agree", "sign", "accept") and (
                head.lower_ in ("at", "during") or past_tense(prep_head, []) or any(
                c.dep_ in ("dobj", "nsubjpass") and c.i in other_roots for c in prep_head.children)):
            # "the agreement was reached in talks over a hotline": the talks the deal was made in (also "a
            # proposal that Ukraine accepted at talks in Jeddah", "signed off on a framework in talks in Sharm")
            return Reading("held", 2, [*chain, prep_head], ["held"], negated, cls="held")
        signer = prep_head.head.head
        if event_type == "talks" and head.lower_ in ("at", "during") and prep_head.dep_ == "acl" and \
                prep_head.head.dep_ == "dobj" and self.verb_class(signer) in ("agree", "sign"):
            # "signed a document backing the agreement at a summit in Sharm el-Sheikh", the phrase hung on
            # the participle: the summit the signers met at
            return Reading("held", 2, [*chain, signer], ["held"], negated, cls="held")
        deal_verb = prep_head.head.head if prep_head.head.dep_ == "prep" else prep_head.head
        if event_type == "talks" and head.lower_ in ("at", "during") and prep_head.i in other_roots and \
                self.verb_class(deal_verb) in ("agree", "sign"):
            # "agreed to a ceasefire at talks in Putrajaya", the phrase hung on the truce
            return Reading("held", 2, [*chain, deal_verb], ["held"], negated, cls="held")
        if event_type == "talks" and head.lower_ in ("at", "during", "in") and prep_head.i in other_roots and \
                not negated and not irrealis(root, chain) and past_tense(prep_head, []):
            # "handed Ukraine its conditions for a ceasefire at talks in Istanbul", the phrase hung on the
            # truce: the talks where it was done (also "made no progress towards a ceasefire in talks in Istanbul")
            return Reading("held", 1, chain, classes, negated, cls="held")
        if prep_head.i in other_roots and nominal(prep_head) and prep_head.lemma_.lower() not in self.carriers:
            return Reading(None, 0, chain, classes, negated, topic=True)  # "talks on a ceasefire"
        if head.lower_ == "on" and prep_head.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.i in other_roots and nominal(c) for c in prep_head.children):
            # "extending the ceasefire on strikes against …", the phrase hung on the verb: the truce's scope
            return Reading(None, 0, chain, classes, negated, topic=True)
        if prep_head.pos_ in ("NOUN", "PROPN") and head.lower_ == "of" and prep_head.lemma_.lower() in TIME_UNITS:
            if prep_head.dep_ == "pobj" and prep_head.head.lower_ == "within":
                # "within 180 days of a final accord being signed": a deadline counted from it
                return Reading(None, 0, chain, classes, negated)
            if event_type == "talks" and not negated and not irrealis(root, chain):
                # "at the close of a week of talks near Stockholm": how long talks went on says they were held
                return Reading("held", 1, chain, classes, negated, cls="held")
            if event_type == "ceasefire" and not negated and not irrealis(root, chain) and any(
                    c.ent_type_ == "ORDINAL" or c.lower_ in ORDINALS for c in prep_head.children):
                # "on Saturday, the first day of a three-day ceasefire": a day it holds
                return Reading("in_effect", 2, chain, classes, negated, cls="hold")
        return None

    def governing_class(self, head: Token, node: Token, dep: str, event_type: str) -> tuple[str | None,
                                                                                          Token | None]:
        """The class of the verb (or adjective) that governs the trigger's phrase `node`, hung on it as `dep`, and
        the subjectless verb joined to it that says the class where it says none ("the truce will be phased in and
        take effect on …"). A phase verb, a misparsed predicate, "remain" with a state, a modal of obligation and a
        deal laying down terms each say the class in place of the verb's own."""
        lemma = head.lemma_.lower()
        cls = self.verb_class(head, event_type) if not (head.pos_ == "ADJ" and head.lower_ == "open") \
            else None  # ("open to talks": willing, no talks opened)
        if lemma == "call" and any(c.dep_ == "oprd" for c in head.children):
            cls = None  # "called the sanctions unjustified": a judgement, not a call for them
        if lemma == "become" and dep == "nsubj" and any(c.dep_ == "attr" for c in head.children):
            cls = None  # "the sides agreed that the truce would become a permanent ceasefire": what it becomes is
            # the step told; the truce it was is told elsewhere
        if cls == "announce" and lemma == "order" and dep == "xcomp" and any(
                c.dep_ == "dobj" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in head.children):
            cls = "call"  # "the court ordered Israel to halt its offensive": asked of another, not declared
            # (but "Putin ordered Defense Minister Sergei Shoigu to implement a ceasefire" declares it)
        if dep in ("nsubj", "nsubjpass") and (inner := self.phase(head)) is not None:
            cls = self.verb_class(inner, event_type)  # "the truce began falling apart", "continued to hold"
        elif dep == "nsubj" and (inner := self.misparsed_predicate(head, node)) is not None:
            cls = self.verb_class(inner, event_type)
        elif dep == "nsubj" and lemma == "be" and event_type == "talks" and (inner := next(
                (c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)) is not None:
            cls = self.verb_class(inner, event_type) or cls  # "Technical talks are to begin by the end of February":
            if cls is not None:  # the verb "be to" governs says what is to come (a truce "is to take effect" is
                return cls, inner  # read as one that "would": in force from its day)
        elif dep == "nsubj" and lemma in ("remain", "stay") and (state := next(
                (c for c in head.children if c.dep_ == "acomp"), None)) is not None:
            cls = self.verb_class(state, event_type) or cls  # "talks would remain frozen": as "frozen" says
        shared = self.shared_subject(head, event_type) if cls is None and dep in ("nsubj", "nsubjpass") else None
        if shared is not None:
            cls = self.verb_class(shared, event_type)
        if (dep == "nsubjpass" or dep == "nsubj" and cls in ("start", "effect", "hold")) and \
                any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in head.children):
            cls = "call"  # "sanctions should be imposed on Russia", "a full ceasefire should start on Monday": called
            # for, not done
        elif dep == "dobj" and lemma in UNDERGOING and cls == "threaten" and \
                any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in head.children):
            cls = "call"  # "Russia must face tough sanctions": asked for by whoever says so, not threatened by Russia
        subjects = [c for c in subjects_of_verb(head) if c.i != head.head.i or head.dep_ != "relcl" or
                    self.verb_class(c.head) in ("agree", "sign")]  # ("signed a framework agreement … that includes
        # a ceasefire": the deal signed; not "Russia's terms for a ceasefire, which include …")
        if not subjects and head.dep_ == "acl" and head.tag_ == "VBG":
            subjects = [head.head]  # "The agreement, covering a new constitution … and a ceasefire, is signed"
        if lemma in LAYING_DOWN and dep == "dobj" and any(
                c.lemma_.lower() in SETTLED_DEALS | DEAL_PARTS for c in subjects):
            cls = "agree"  # "the agreement calls for the withdrawal of troops", "the phase includes a ceasefire … and
            # the release of all 20 surviving hostages": what the deal settled
        elif lemma in ("call", "provide") and any(c.lemma_.lower() in SETTLED_DEALS for c in subjects):
            cls = "agree"
        elif lemma in SETTING_TERMS and (told := told_before(subjects)) is not None and \
                (told.lemma_.lower() in SETTLED_DEALS or self.verb_class(told.head) in ("agree", "sign")):
            cls = "agree"  # "The six-point plan was agreed in Moscow on Tuesday … It calls for an end to hostilities":
            # what the deal the sentence before told of settled
        elif lemma in SETTING_TERMS and dep in ("dobj", "pobj") and deal_told_last(subjects):
            cls = "agree"  # "… signed it: the Political Agreement …" / "It promised a cessation of hostilities"
        elif (lemma in LAYING_DOWN and dep == "dobj" or lemma in ("call", "provide")) and any(
                c.lemma_.lower() in PROPOSED_TEXTS for c in subjects):
            cls = "propose"  # "the draft envisages a 40-day pause in fighting": what the proposal puts forward
        return cls, shared

    def attacked_within(self, root: Token, other_triggers: list[Span]) -> Token | None:
        """The attack told as done once the truce was in force ("Iran fired missiles after the ceasefire came into
        force", "strikes went on despite the truce", "attacked its positions 1,000 times during the truce"): the
        verb of the attack, whose subject broke the truce; None where the sentence tells no such thing."""
        attacks = {t.root.i for t in other_triggers if t.label_ == "attack"}
        if not attacks or any(self.verb_class(t, "ceasefire") == "violate" or t.lemma_.lower() in (
                "violation", "breach") for t in root.sent):
            return None  # (where the sentence says the truce was broken, that says it: "… shelled positions 14
            # times since the truce began, and accused Moscow of breaking its own ceasefire")

        def attacking(verb: Token) -> bool:
            if any(c.dep_ == "neg" for c in verb.children) or any(
                    v.lemma_.lower() in DENIALS for v in (verb, *verb.ancestors)):
                return False  # "Iran denied launching any missiles after the ceasefire took effect"
            return verb.i in attacks or verb.pos_ == "VERB" and any(
                c.i in attacks for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))

        clause = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl" and not any(
                c.dep_ == "neg" for c in clause.children) and \
                self.verb_class(clause, "ceasefire") in ("effect", "start", "hold") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children) and \
                attacking(clause.head):
            return clause.head
        if root.dep_ == "pobj" and root.head.lower_ in ("during", "despite") and attacking(root.head.head):
            return root.head.head
        return None

    def read(self, trigger: Span, event_type: str, other_triggers: list[Span]) -> Reading:
        other_roots = {t.root.i for t in other_triggers if t.label_ != event_type}
        root = trigger.root
        if (untold := unreported(root, event_type)) is not None:
            return untold
        if event_type != "attack" and (time := time_for(root)) is not None and \
                (status := self.classes.get("call", {}).get(event_type)) is not None:
            return Reading(status, 2, [time], ["call"], False, cls="call")  # "it was time to move toward a
            # ceasefire": a call for one, by whoever says so
        if event_type == "talks" and root.dep_ in ("dobj", "nsubjpass") and \
                any(t.root.i == root.head.i and t.label_ == "attack" for t in other_triggers):
            return Reading(None, 0, [], [], False, topic=True)  # "it had struck a meeting of Ukrainian commanders":
            # the target of a strike, no talks
        if event_type != "demand" and any(peace_requires(v) and not any(
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and root.i in {t.i for t in c.subtree}
                for c in v.children) for v in root.ancestors if v.pos_ == "VERB"):
            return Reading(None, 0, [], [], False, topic=True)  # "peace requires … the lifting of the blockade":
            # what the speaker demands, not done
        if event_type == "agreement" and root.dep_ == "pobj" and root.head.lower_ == "under" and \
                root.head.head.i != root.head.i and (truces := {t.root.i for t in other_triggers
                                                     if t.label_ == "ceasefire"}) and \
                {root.head.head.i, *(a.i for a in root.head.head.ancestors),
                 *(c.i for c in root.head.head.children)} & truces:
            return Reading(None, 0, [], [], False, topic=True)  # "agreed to stop targeting U.S. ships under an
            # Oman-brokered deal": the deal is the truce told, no second one
        if root.dep_ == "attr" and root.head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lower_ in ("they", "it", "this", "these") for c in root.head.children) and \
                any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return Reading(None, 0, [], [], False, topic=True)  # "They were the group's first attacks on shipping
            # since late last year": the attacks just told, named again
        if (undone := undone_when(root)) is not None and \
                (cls := self.verb_class(undone, event_type)) in ("cancel", "reject", "end", "suspend") and \
                (status := self.classes.get(cls, {}).get(event_type)) is not None:
            return Reading(status, 2, [undone], [cls], False, cls=cls)  # "Talks with the ELN collapsed in January,
            # when Petro suspended them": what befell them is what he did to them
        if event_type == "attack" and fought_for_years(root):
            return Reading(None, 0, [], [], False, topic=True)  # "French troops who had fought jihadists in the
            # Sahel for nearly a decade": a campaign of years, the setting, not one attack
        if event_type == "attack" and level_of_fighting(root):
            return Reading(None, 0, [], [], False, topic=True)  # "fighting has stayed at low levels since": how much
            # fighting there is, told of a truce's time, not an attack
        if event_type == "attack" and root.dep_ in ("attr", "nsubj") and root.head.lemma_.lower() == "be" and \
                any(c.dep_ == "expl" for c in root.head.children) and \
                any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in root.head.children):
            chain = [root.head] + ([root.head.head] if root.head.dep_ == "ccomp" else [])
            return Reading("threatened", 2, chain, ["threaten"], False, cls="threaten")  # "Hegseth said there would
            # be more strikes": a threat by the speaker
        if event_type == "attack" and root.dep_ in ("acl", "xcomp") and root.head.lemma_.lower() == "right" and \
                root.head.head.lemma_.lower() in ("reserve", "retain", "keep") and \
                not any(c.dep_ == "neg" for c in root.head.head.children):
            return Reading("threatened", 2, [root.head.head], ["threaten"], False, cls="threaten")  # "said it reserved
            # the right to respond": a threat by whoever reserves it
        if event_type == "attack" and root.dep_ == "dobj" and root.head.lemma_.lower() in ("stop", "halt", "end",
                                                                                          "cease") and \
                any(c.dep_ == "neg" for c in root.head.children) and \
                any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in root.head.children):
            return Reading("threatened", 2, [root.head], ["threaten"], False, cls="threaten")  # "said they would not
            # stop their attacks on Israel": attacks still to come, by their word
        if event_type == "accusation" and root.dep_ == "ccomp" and said_to_be_hostile(root) is not None:
            return Reading("made", 2, [root.head], [], False)  # "Putin said the sanctions were an unfriendly act":
            # the speaker's accusation
        if event_type == "attack" and root.lemma_.lower() in ("wound", "injure") and root.dep_ == "relcl" and any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in root.children) and \
                not any(c.dep_ == "agent" for c in root.children):
            return Reading(None, 0, [], [], False, topic=True)  # "to release all prisoners who are seriously
            # wounded": a state of those named, no attack told
        if event_type == "sanction" and root.lemma_.lower() == "boycott" and any(
                t.label_ == "talks" and t.root.i in {c.i for c in root.children if c.dep_ == "dobj"} | (
                    {root.head.i, root.head.head.head.i} if root.dep_ == "relcl" else set()) for t in other_triggers):
            # (the clause may hang on the talks' place: "talks in Riyadh, which …")
            return Reading(None, 0, [], [], False, topic=True)  # "peace talks in Riyadh, which the Houthis are
            # boycotting": the talks are refused, no sanction imposed
        if event_type == "ceasefire" and (struck := self.attacked_within(root, other_triggers)) is not None:
            return Reading("violated", 2, [struck], ["violate"], False, cls="violate")
        if event_type == "ceasefire" and root.tag_ == "VBG" and root.dep_ == "advcl" and any(
                t.label_ == event_type and t.root.i in (root.head.i, root.head.head.i) for t in other_triggers):
            return Reading(None, 0, [], [], False, topic=True)  # "agreed to stop all firing …, ending four days of
            # strikes": the truce the clause is hung on, told by what it does
        if event_type == "attack" and root.dep_ == "dobj" and naming_as_crime(root.head):
            return Reading("occurred", 0, [], [], False, presupposed=True)  # "Macron called the Israeli strike
            # unacceptable": the strike is referred to; the naming is an accusation, not Macron's strike
        if event_type == "ceasefire" and root.dep_ == "dobj" and root.head.lemma_.lower() in KEEPING and \
                root.head.dep_ == "xcomp" and self.verb_class(root.head.head) == "agree":
            return Reading("extended", 2, [root.head, root.head.head], ["extend"], False, cls="extend")
            # "agreed on Thursday to continue the ceasefire they reached in Doha": the truce is extended
        if event_type == "demand" and root.dep_ in ("nsubjpass", "nsubj") and \
                self.verb_class(root.head, "demand") == "meet_demand" and root.head.dep_ == "advcl" and \
                getattr(condition_of_refusal(root.head.head), "i", None) == root.head.i:
            return Reading("made", 2, [], ["call"], False, cls="call")  # "would return to the deal only
            # once its own demands were met": the demands are made; their being met is the condition
        if any(v.dep_ == "advcl" and getattr(condition_of_refusal(v.head), "i", None) == v.i
               for v in (root, *root.ancestors)):
            return Reading(None, 0, [], [], False, topic=True)  # "would take effect only after sanctions were
            # lifted", "will not sign until Armenia removes the claim": the condition, not done
        if event_type == "ceasefire" and root.dep_ in ("attr", "nsubj") and root.head.lemma_ == "be" and \
                root.head.dep_ == "ccomp" and root.head.head.lemma_.lower() in SAYING_VERBS and \
                any(c.dep_ == "expl" for c in root.head.children) and \
                any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
            return Reading("rejected", 2, [root.head, root.head.head], ["reject"], False, cls="reject")  # "a
            # defence ministry source says there is no ceasefire with the SDF": the truce another side told of, denied
        if event_type == "talks" and root.lemma_.lower() in ("call", "conversation") and root.dep_ == "pobj" and \
                root.head.lower_ in ("in", "during") and \
                root.head.head.pos_ == "VERB" and root.head.head.tag_ == "VBD" and \
                not any(c.dep_ == "neg" for c in root.head.head.children):
            return Reading("held", 1, [root.head.head], ["held"], False, cls="held")  # "Erdogan urged Putin in a
            # phone call to declare a truce": the call in which it was said took place
        use = root.head if root.dep_ == "dobj" and root.head.lemma_.lower() in ("use", "exploit") else None
        speaker = next((v for v in (use.ancestors if use is not None else ()) if v.dep_ != "ccomp" and
                        v.lemma_.lower() in SAYING_VERBS), None)
        if event_type == "ceasefire" and use is not None and speaker is not None and any(
                c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in use.children):
            return Reading("rejected", 2, [speaker], ["reject"], False, cls="reject")  # "Zelenskiy said Moscow
            # wanted to use the pause to halt the advance of Ukrainian troops": a truce dismissed as a ploy
        if event_type in PASSED_OVER and root.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ == "than" and root.head.i < c.i < root.i and
                any(r.lower_ == "rather" for r in (*c.children, c.doc[c.i - 1])) for c in root.head.children):
            chain = [v for v in root.head.ancestors if v.pos_ in ("VERB", "AUX")][:3]
            return Reading(PASSED_OVER[event_type], 2, chain, ["reject"], False, cls="reject")  # "to go straight to a
            # peace agreement rather than a ceasefire": the truce passed over, by whoever prefers the other
        if (stage := first_stage_of_plan(root, other_triggers)) is not None:
            return Reading(PLANNED_STAGE.get(event_type), 2, [stage], ["propose"], False, cls="propose")
        if event_type in ("agreement", "ceasefire") and root.dep_ == "nsubj" and (told := next((
                c for c in root.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < root.i and
                not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)) is not None and \
                (cls := self.verb_class(told, event_type)) in ("sign", "agree") and \
                (status := self.classes.get(cls, {}).get(event_type)) is not None:
            return Reading(status, 2, [told], [cls], False, cls=cls)  # "Signed at Sapoá … on 23 March 1988, the
            # agreement set a sixty-day ceasefire": the deal told by the participle set before it
        chain: list[Token] = []
        classes: list[str] = []
        negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in root.children)
        modifier = self.modifier_class(trigger)
        if root.pos_ == "VERB":
            cls = self.own_classes.get(event_type, {}).get(root.lemma_.lower()) or self.verb_class(root)
            if cls == "announce" and root.lemma_.lower() in self.declaring_verbs and not any(
                    c.dep_ == "nsubj" for c in root.children):
                cls = "effect"  # ("Combat operations were suspended at midnight": the halt holding; a side that
                # "suspended offensive operations" declared it)
            if cls and cls not in ("topic",):
                classes.append(cls)
            if any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in root.children):
                if event_type == "demand":
                    classes = ["oblige"]  # "1. Ukraine must withdraw its troops", a point of one side's terms: what
                    # it must do is the demand's content, made by whoever set the terms
                else:
                    classes.append("call")  # "all hostages should be released by Saturday noon": asked for, not done
            if classes[-1:] == ["call"] and under_deal(root):
                classes[-1] = "agree"  # "under the agreement, Hamas must release all 20 living hostages": what
                # the deal settled, not what one side asks
            chain.append(root)
        elif (own := self.own_noun_classes.get(event_type, {}).get(root.lemma_.lower())) is not None:
            classes.append(own)  # "accused Indian forces of 3,000 violations": the noun says what befell the truce
            chain.append(root)
        if root.tag_ == "NNS" and root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ":" and any(
                t.root.i != root.i and getattr(listed_under(t.root), "i", None) == root.i for t in other_triggers):
            return Reading(None, 0, [], [], False, topic=True)  # "a string of deals: a ceasefire …": the items are
            # the events, the word before the colon only names them together
        if root.pos_ != "VERB" and (deals := listed_under(root)) is not None and \
                self.carriers.get(deals.lemma_.lower()) == "agree":
            classes.append("agree")  # "claimed credit for a string of deals: a ceasefire between India and
            chain.append(deals)  # Pakistan in May, a truce between Israel and Iran in June, …": each a deal made
        if root.dep_ == "attr" and root.head.lemma_ == "be" and any(
                c.dep_ == "amod" and c.lower_ in ("different", "separate", "distinct") for c in root.children):
            return Reading(None, 0, [], [], False, topic=True)  # "… as the date of the ceasefire, and that is a
            # different agreement": what a thing is told apart from, no deal made
        node = root
        background = False
        committed = False
        for _ in range(8):
            head, dep = node.head, node.dep_
            if dep == "nsubj" and head.dep_ in ("advcl", "ccomp") and head.head.pos_ == "VERB" and (mark := next((
                    c for c in head.children if c.dep_ == "mark" and c.lower_ == "for" and c.i < node.i), None)):
                node, head, dep = mark, head.head, "prep"  # "calls for a 60-day truce during which Hezbollah will
                # move …", misparsed as "for the truce to move": the truce is what is called for
            if (first := first_conjunct(node)) is not None:
                node = first
                continue
            if dep == "acl" and node.pos_ == "VERB" and nominal(head) and head.lemma_.lower() in self.carriers \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                dep = "compound"  # "an invitation to attend talks": the invitation carries the talks
            if dep == "acl" and node.pos_ == "VERB" and head.i in other_roots and nominal(head) and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return Reading(None, 0, chain, classes, negated, topic=True)  # "talks to extend the truce": what
                # the talks are for
            if dep in ("relcl", "acl") and head.lemma_.lower() in TIME_UNITS and head.dep_ in ("dobj", "npadvmod") \
                    and head.head.lemma_.lower() in ("have", "give") and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                chain.append(head.head)  # "Hamas has 72 hours to release the hostages": whoever has the time acts
                break
            if head.i == node.i or dep not in WALK_THROUGH:
                break
            if head.i in other_roots and (dep in NOUN_DEPS or nominal(head)) and \
                    head.lemma_.lower() not in self.carriers:
                return Reading(None, 0, chain, classes, negated, topic=True)  # "ceasefire talks": a topic
            if nominal(head) and dep in NOUN_DEPS | {"appos"}:
                lemma = head.lemma_.lower()
                if dep == "appos" and any(t.root.i == head.i and t.label_ == event_type for t in other_triggers):
                    pass  # "Cessation of hostilities, the first general ceasefire …": the same truce, named twice;
                    # the first name's "cessation" does not end the second
                elif lemma in self.carriers:
                    if self.carriers[lemma]:
                        classes.append(self.carrier_class(head))
                    chain.append(head)
                    negated = negated or _denied(head)
                elif dep == "appos" and (head.pos_ == "PROPN" or head.lemma_.lower() in PLACEHOLDERS) and \
                        head.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    pass  # "sign the Minsk Protocol, a 12-point ceasefire deal": the deal is what is named, and what
                    # is done to the name is done to it ("proposed a step: a full ceasefire for thirty days")
                else:
                    break
            elif head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep":
                said = self.phrase_reading(head, root, chain, classes, negated, event_type, other_roots)
                if said is not None:
                    return said
                if (named := named_deal_under(root, head, event_type, self)) is not None:
                    return named
                if head.lower_ in BACKGROUND_PREPS:
                    background = True  # "after Russia's invasion": the setting, told as known, not reported here
                    break
                prep_head = head.head
                if head.lower_ == "for" and prep_head.pos_ == "VERB" and node.dep_ == "pobj":
                    chain += [c for c in prep_head.children if c.dep_ == "dobj" and c.i < head.i and
                              self.carriers.get(c.lemma_.lower()) == "agree"]  # "approved a deal with Hamas for a
                    # four-day pause", the phrase hung on the verb: the deal carries the pause
                if head.lower_ == "with" and prep_head.dep_ == "acl" and prep_head.head.dep_ == "pobj" and \
                        prep_head.head.head.head.lemma_.lower() in ANSWERING_VERBS:
                    # "responded to a framework drawn up in Paris with a plan for a truce", the answer hung on the
                    # participle: the plan is the answer, and whoever answers puts it forward
                    chain.append(prep_head.head.head.head)
                    break
                if head.lower_ == "for" and prep_head.lemma_.lower() in ("exchange", "return") and \
                        prep_head.dep_ == "pobj" and prep_head.head.lower_ == "in":
                    node = prep_head.head  # "approved a deal … in exchange for the release of 50 hostages": the
                    continue  # release is what the deal gives, told as the deal is
                if event_type == "attack" and head.lower_ in ("in", "during") and node.dep_ == "pobj" and \
                        prep_head.lemma_.lower() in SEIZING:
                    chain.append(prep_head)  # "Azerbaijan retook Karabakh in a lightning offensive": who took it
                    break  # waged the offensive
                if prep_head.pos_ in ("NOUN", "PROPN"):
                    lemma = prep_head.lemma_.lower()
                    if lemma == "framework" and prep_head.dep_ == "pobj" and prep_head.head.lower_ in ("in", "within",
                                                                                                        "under"):
                        break  # "in the framework of the mediation efforts": the setting, not a deal
                    if head.lower_ == "of" and lemma in TIME_UNITS:
                        background = True  # "more than a year of fighting": how long, told as known
                        break
                    if head.lower_ == "of" and lemma in KEPT_TERMS and prep_head.dep_ == "dobj" and \
                            self.verb_class(prep_head.head) in ("violate", "respect"):
                        chain.append(prep_head)  # "breaking the terms of the deal" breaks it ("discussed the terms
                        node = prep_head  # of a truce" is its topic)
                        continue
                    if lemma not in self.carriers:
                        break
                    if self.carriers[lemma] == "end" and prep_head.dep_ == "nsubj" and any(
                            a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may")
                            for a in prep_head.head.children):
                        return self.presupposition(trigger, event_type, [])  # "the withdrawal of Iran from this
                        # nuclear agreement would isolate it": what would follow an end not come; the deal stands
                    if self.carriers[lemma]:
                        classes.append(self.carrier_class(prep_head))
                    chain.append(prep_head)
                    negated = negated or _denied(prep_head)
                    node = prep_head
                    continue
            elif head.pos_ in ("VERB", "AUX", "ADJ"):
                if node.pos_ == "VERB" and node.dep_ == "advcl" and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and \
                        self.verb_class(head) not in CONTROL_CLASSES:
                    # a purpose: "to secure a truce" (a control verb's clause is read below)
                    return Reading(None, 0, chain, classes, negated, topic=True)
                cls, shared = self.governing_class(head, node, dep, event_type)
                if cls is None and (head.lemma_.lower() in ("remain", "stay") or head.lemma_ == "be" and any(
                        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in root.children)) and \
                        classes[-1:] == ["agree"] and dep == "acomp" and event_type in ("ceasefire", "agreement"):
                    # (also "Hamas said it was committed to the truce": the one the article told)
                    if event_type == "ceasefire":
                        classes[-1] = "hold"  # "said it remained committed to the ceasefire": it holds to it, by
                    committed = True  # its own word ("remained committed to the accord": the deal stands)
                if head.pos_ == "ADJ" and cls is None:
                    background = True  # "similar to the ceasefire", "eager for talks", "open to talks": no status
                    break  # from here on, and none taken as known
                if cls:
                    classes.append(cls)
                chain.append(head)
                if shared is not None:
                    chain.append(shared)
                says = cls or head.lemma_.lower() in TAKING_PART  # "did not comment on the strike" says nothing of it
                negated = negated or head.lemma_.lower() not in ASPECTUAL and says and any(
                    c.dep_ == "neg" for c in head.children)  # "will not stop bombing": the bombing goes on
                negated = negated or head.lemma_.lower() in DENIALS and node.pos_ in ("VERB", "AUX") and \
                    dep in ("xcomp", "ccomp", "dobj")
                negated = negated or event_type == "attack" and dep == "nsubj" and \
                    head.lemma_.lower() in RECURRING and any(c.dep_ == "neg" for c in head.children)
                # "The fighting never resumed": none was fought again (but "did not stop" goes on)
                if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("part", "role") and
                                               _denied(c) for c in head.children):
                    return Reading(None, 0, [], [], False, topic=True)  # "Armenia had played no part in drafting
                    # the ceasefire": the truce is named, and Armenia did nothing to it
            node = head
        if node.dep_ == "ccomp" and node.head.dep_ in ("relcl", "acl", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.head.children):
            return self.presupposition(trigger, event_type, [])  # "discussed steps to ensure that the ceasefire
            # holds": what the steps are for, not what the truce did; the truce is only taken as known
        if node.dep_ == "ccomp" and (node.tag_ in ("VB", "VBP") or any(
                c.dep_ == "auxpass" and c.tag_ == "VB" for c in node.children)) and \
                not any(c.dep_ == "aux" for c in node.children) and \
                (asked := self.verb_class(node.head)) in ("call", "call_maybe", "propose"):
            classes.append(asked)  # "Rwanda demanded that Kinshasa hold direct talks": asked for, not held (and
            # who asks is no party: the clause names its own); "Putin proposed that talks be held": his, asked for
            if not any(c.dep_ == "nsubj" for c in node.children) or event_type not in BILATERAL and \
                    self.verb_class(node) in ("accept", "agree") or \
                    event_type == "ceasefire" and node.lemma_.lower() in self.ceasing_verbs:
                chain.append(node.head)  # ("leaders demanded that Moscow accept a ceasefire": theirs, asked of it;
                # so is "demanded that Iran and Iraq stop fighting at once")
        if node.dep_ == "ccomp" and WISHING.intersection(_keys(node.head)) and classes[:1] in (
                ["effect"], ["start"], ["agree"], ["sign"], ["held"]) and not negated:
            classes.append(self.verb_class(node.head))  # "Biden said he hoped a ceasefire could take effect by
            chain.append(node.head)  # next Monday": wished for, not in force
        if node.dep_ == "ccomp" and self.verb_class(node.head) == "agree" and classes[:1] in (["effect"], ["start"]) \
                and not negated and any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in node.children):
            classes.append("agree")  # "the two leaders agreed that the path to peace would begin with a ceasefire
            chain.append(node.head)  # on energy", "agreed that the truce would take effect on Monday": agreed
        if (deal := enabling_deal(node)) is not None:
            classes = ["agree"]  # "the truce is meant to let the two sides exchange prisoners": what the deal
            chain.append(deal)  # opens the way to is settled with it, not yet done
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in DENIALS and node.i > node.head.i:
            negated = True  # "the army denied that it had shelled the village"; not "X said Y fired; Y denied it"
        def infinitive(verb: Token) -> bool:
            return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if node.dep_ == "conj" and infinitive(node) and node.head.dep_ == "advcl" and infinitive(node.head):
            node = node.head  # "to ensure safe navigation … and to implement a ban on strikes": one purpose clause
        if node.dep_ == "conj" and infinitive(node) and node.head.dep_ == "xcomp" and infinitive(node.head) and \
                self.verb_class(node.head.head) in ("call", "call_maybe"):
            chain.append(node.head.head)  # "called on the government to return to the table … and to agree to a
            classes.append(self.verb_class(node.head.head))  # new ceasefire": both asked for
            node = node.head.head
        if node.dep_ == "advcl" and infinitive(node):
            control = self.verb_class(node.head)
            travel = node.head.lemma_.lower() in TRAVELLING
            if event_type == "talks" and travel and not negated and self.verb_class(node) == "host" and \
                    node.head.pos_ == "VERB" and past_tense(node.head, []) and not irrealis(node.head, [node.head]):
                return Reading("held", 1, [*chain, node.head], ["held"], negated)  # "Guterres, who had
                # flown back to the resort to chair the final session": the session a mediator went to chair, held
            if event_type == "talks" and travel and not negated:
                # "decided to send a delegation to Cairo to continue negotiations": talks a side goes to
                return Reading("planned", 2, [*chain, node.head], ["plan"], negated, cls="plan")
            if event_type == "attack" and node.head.lemma_.lower() in ADVANCING and not negated and \
                    node.head.pos_ == "VERB" and not irrealis(node.head, [node.head]) and \
                    any(c.dep_ == "prep" and c.lower_ in ("into", "on") for c in node.head.children) and \
                    (past_tense(node.head, []) or present_simple(node.head)):
                return Reading("occurred", 1, [*chain, node.head], ["held"], negated)  # "Moldovan forces move
                # into the town of Bender to retake it": the assault made, whether or not it took the town
            convened = node.head.lemma_.lower() == "bring" and any(
                t.lower_ == "together" for t in node.head.subtree if t.i < node.i)
            came_to_make = event_type in ("agreement", "ceasefire", "prisoner_exchange") and (travel or convened) \
                and not negated and self.verb_class(node) in ("sign", "agree") and node.head.pos_ == "VERB" and \
                past_tense(node.head, []) and not irrealis(node.head, [node.head]) and any(
                    t.ent_type_ == "DATE" for t in node.head.subtree)  # "flew in to initial the agreement on 5
            # February", "had brought the leaders … together in Khartoum to sign a declaration": the deal made on a
            # day told, by those who came, or were brought, to make it
            if not (travel and classes[-1:] in (["call"], ["call_maybe"])) and control not in CONTROL_CLASSES and \
                    not came_to_make:
                return Reading(None, 0, chain, classes, negated, topic=True)  # a purpose: "to secure a truce" (but
                # "arrived in Beirut to push for a ceasefire": what the traveller came to do, done)
            if control in CONTROL_CLASSES:
                classes.append(control)  # "threatened on Monday to resume attacks": misparsed, what was threatened
            chain.append(node.head)
            node = node.head
        if modifier and (not classes or classes[0] in ("start", "effect", "hold", "plan") and not (
                modifier in MADE and classes[0] != "plan")):
            classes.insert(0, modifier)  # "the planned truce will start"; but "a ceasefire brokered by Egypt took
            # hold", "a truce announced by Trump appeared to be holding": made before, in force now
        if classes[:1] == ["end"] and root.dep_ == "pobj" and root.head.lower_ in INSTRUMENT_PREPS and chain and \
                chain[0].i == root.head.head.i and any(c.dep_ == "dobj" for c in chain[0].children):
            classes = classes[1:]  # "pledging to end decades of conflict in a deal brokered by Trump": what the deal
            # ends, not its end
        if root.dep_ == "nsubj" and root.pos_ != "VERB" and chain and chain[0].i == root.head.i and classes and \
                not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in chain[0].children) and \
                not (chain[0].lemma_.lower() == "bind" and any(c.dep_ == "neg" for c in chain[0].children)) and \
                (classes[0] in ("call", "call_maybe", "propose", "present") or
                 chain[0].lemma_.lower() in CONTENT_VERBS or
                 classes[0] == "end" and any(c.dep_ == "dobj" for c in chain[0].children)):
            # (and "the Pretoria agreement ended the war": what the deal did, not its end; but "the agreement did not
            # bind the group" is the group's refusal of it)
            # "the agreement calls for talks", "commits Rwanda to withdraw": what the deal asks, not what was done
            # to it
            classes = classes[1:]
            if not classes and modifier in MADE:
                classes = [modifier]  # "a U.S.-brokered ceasefire ended the war": a truce made
        if event_type == "talks" and root.dep_ == "nsubj" and chain and chain[0].i == root.head.i \
                and classes[:1] not in (["postpone"], ["cancel"], ["held"], ["start"], ["end"], ["plan"]):
            classes = []  # "the talks resulted in a swap": what the talks did, not what happened to them
        if event_type in ("ceasefire", "agreement") and chain[:1] and chain[0].lemma_.lower() == "bind" and \
                any(c.dep_ == "neg" for c in chain[0].children) and \
                (root.dep_ == "nsubj" or root.dep_ == "pobj" and root.head.lower_ == "by"):
            classes = ["reject"]  # "the agreement did not bind the group", "they were not bound by the truce"
        if classes[:2] == ["topic", "end"] and chain[:1] and chain[0].lemma_.lower() in PLEDGES:
            classes = classes[1:]  # "the group was ending its commitment to the ceasefire": ended, for that side
        if not classes and chain[:1] and chain[0].lemma_ == "be" and root.dep_ == "nsubj" and \
                root.head.i == chain[0].i and any(c.lower_ == "over" and not any(g.dep_ == "pobj" for g in c.children)
                                                  for c in chain[0].children):
            classes = ["end"]  # "its 1991 ceasefire with Morocco was over"
        if event_type == "ceasefire" and classes == ["effect"] and root.pos_ == "VERB" and root.dep_ == "ccomp" and \
                root.lemma_.lower() in self.ceasing_verbs and \
                root.head.lemma_.lower() in ("say", "announce", "declare", "state") and (
                    root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children) or
                    any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in root.children)):
            classes = ["announce"]  # "Kataib Hezbollah said it was suspending military operations against U.S.
            # forces": a side's own halt, declared (not one seen holding)
        cls = self.combine(classes)
        reacted = bool(chain) and chain[0].i != root.i and chain[0].lemma_.lower() in self.reacting and \
            root.dep_ == "dobj" and root.head.i == chain[0].i and len(chain) == 1 and not negated  # (not
        # "declined to back the truce Washington had proposed": the refusal is what befell it)
        if cls in self.blocking or not self.classes.get(cls or "", {}).get(event_type) or reacted:
            # ("welcomes the agreement reached today": the participle says what befell the deal, not the welcome)
            said = self.participle(trigger, event_type)
            if said is not None:
                return said  # "a treaty ratified by 196 nations": the clause on the trigger says it outright
        if cls in self.blocking:
            return Reading(None, 0, chain, classes, negated, topic=True)
        status = self.classes.get(cls or "", {}).get(event_type)
        strength = 2 if status else 0
        if status and modifier and classes and classes[0] == modifier and len(classes) == 1:
            strength = 1
        if cls == "fail" and event_type == "ceasefire" and modifier in MADE and chain[:1] and \
                chain[0].i == root.head.i and root.dep_ == "nsubj" and any(c.dep_ == "xcomp" and c.lemma_.lower() in (
                    "hold", "last", "stick", "survive") for c in chain[0].children):
            status = self.classes.get(modifier, {}).get(event_type)  # "a truce brokered by Egypt failed to hold":
            # made, then broken; not a truce never reached
        if negated and event_type in ("ceasefire", "talks", "agreement") and ruled_out(trigger, chain):
            status, negated, strength = "rejected", False, 2
            chain.append(root.head.head)  # whoever says so rules it out
        elif negated:
            status, negated, strength = self.denial(trigger, event_type, status, strength, chain, modifier)
            if event_type == "talks" and status == "rejected" and cls == "held":
                cls = "reject"  # "said they would not attend peace talks": the refusal is the side's own act
            if event_type == "agreement" and status == "ended" and cls == "extend":
                cls = "end"  # (so is letting a deal lapse)
        if status is None and root.pos_ != "VERB" and root.dep_ in NOUN_DEPS and not chain:
            return Reading(None, 0, chain, classes, negated)  # "the old battle flag": a modifier, not an event
        if background and status is None and event_type == "ceasefire" and declared_on_a_day(root):
            return Reading("announced", 0, chain, classes, negated, presupposed=True)  # (even as the setting: "four
            # years after the IRA's ceasefire of the 31st of August 1994")
        if status is None and not negated and event_type == "demand" and root.pos_ == "NOUN" and any(
                c.dep_ == "poss" for c in root.children) and any(c.dep_ in ("acl", "ccomp") for c in root.children):
            return Reading("made", 0, chain, presupposed=True)  # "talks stalled over the group's demand that
            # Pakistan reverse the merger": whose demand it is, and what it asks, is a demand made, setting or not
        if background and status is None and event_type == "attack" and root.dep_ == "pobj" and \
                root.head.lower_ in ("after", "following") and not negated and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) and \
                any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in root.children) and \
                not any(t.label_ == "attack" and t.root.i != root.i for t in other_triggers):
            return Reading("occurred", 0, chain, classes, negated, presupposed=True)  # "Russia suspended its part
            # in the deal on 29 October, after a drone attack on its fleet at Sevastopol": one attack, told in passing
            # (not "after Russia's invasion", the war known to all)
        if background and status is None:
            return Reading(None, 0, chain, classes, negated)  # "one month after Russia's invasion": the setting
        if status is None and chain[:1] and chain[0].i != root.i and chain[0].lemma_.lower() in self.reacting and \
                chain[0].dep_ in ("acl", "relcl") and root.dep_ == "dobj" and root.head.i == chain[0].i and \
                event_type != "attack":  # (but "forces backed by Russian air strikes": strikes there were)
            return Reading(None, 0, chain, classes, negated, topic=True)  # "signed a declaration backing the Gaza
            # ceasefire": what the text is about, told before; nothing befalls the truce here
        if status is None and event_type == "accusation" and chain[:1] and \
                chain[0].lemma_.lower() in DENIALS | {"reject", "dismiss"} and root.dep_ == "dobj" and \
                root.head.i == chain[0].i and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) \
                and any(v.lemma_.lower() in ("say", "allege", "claim") and v.i < root.i for v in chain[0].subtree):
            # (not "rejected the accusation": the one told before)
            return Reading("made", 1, chain, classes, False)  # "…, a charge Moscow denies": made, and denied
        if status is None and (past_tense(root, chain) or event_type in SPEECH_ACTS and (
                present_simple(root) or root.tag_ == "VBG" and root.dep_ == "advcl" and not negated)
                or event_type == "talks" and progressive(root) or historic_present(root)):
            # ("…, accusing Israel of violating the ceasefire": said in the saying, whatever the main verb's tense)
            status = self.defaults.get(event_type)
        if status is None and not negated and not set(classes) & UNREAL_CLASSES:
            return self.presupposition(trigger, event_type, chain)
        return Reading(status, strength, chain, classes, negated, cls=cls, committed=committed)

    def denial(self, trigger: Span, event_type: str, status: str | None, strength: int, chain: list[Token],
               modifier: str | None) -> tuple[str | None, bool, int]:
        """What a negated status comes to: a truce not agreed or not in force failed; demands not met were rejected;
        talks a side will not hold it refuses; a truce "would not take effect until" a condition is met is not yet in
        force, and not failed. Returns the status, whether it is still negated, and the strength."""
        root = trigger.root
        if chain[:1] and chain[0].i != root.i and chain[0].lemma_.lower() in self.mediating:
            return None, False, 0  # "India has denied that Washington mediated its truce with Pakistan": the
            # mediation is denied, not the truce
        if status == "in_effect" and event_type == "ceasefire" and any(
                c.lower_ == "until" or c.dep_ == "advcl" and any(m.lower_ == "until" for m in c.children)
                for v in chain for c in v.children):
            # "a ceasefire brokered by Washington would not take effect until sanctions are lifted": made if a word
            # on it says so
            return self.classes.get(modifier or "", {}).get(event_type) if modifier in MADE else None, False, 1
        if status == "in_effect" and event_type == "ceasefire" and modifier in MADE:
            # "a ceasefire announced that night did not hold": made, then broken; not a truce never reached
            return self.classes.get(modifier, {}).get(event_type), False, strength
        if status in ("agreed", "in_effect", "held") and event_type == "ceasefire":
            return "failed", False, strength
        if status == "held" and event_type == "talks" and chain[:1] and \
                chain[0].lemma_.lower() in ("begin", "start", "open", "resume") and \
                any(c.lower_ == "yet" for c in chain[0].children):
            return "planned", False, strength  # "talks on the second phase have not yet begun": still to come
        if status == "planned" and event_type == "talks" and chain[:1] and chain[0].i != root.i and \
                chain[0].lemma_.lower() in ("want", "wish", "need"):
            return None, False, 0  # "he did not want a wasted meeting": no meeting sought, none set
        if status == "met":
            return "rejected", False, strength  # "would not meet the hostage-takers' demands"
        if event_type == "agreement" and chain[:1] and chain[0].i != root.i and \
                self.verb_class(chain[0], event_type) == "extend" and any(c.dep_ == "neg" for c in chain[0].children):
            return "ended", False, 2  # "told Turkiye … that it would not extend the Black Sea Grain Initiative": a
            # deal in force, let lapse (not "has not agreed to extend it": not yet, as far as this says)
        if event_type == "talks" and status == "planned" and mediation_word(root) \
                and any(v.i != root.i and v.lemma_.lower() in ("ask", "request", "invite", "entrust", "mandate")
                        for v in chain):
            return "rejected", False, 2  # "it had not asked any foreign country to mediate in its conflict": the
            # side disowns the mediation, and the talks it was to lead
        status, negated = declined(status, True, chain)
        taking_part = chain[:1] != [root] and chain[:1] and chain[0].lemma_.lower() in TAKING_PART
        if negated and event_type == "talks" and (root.pos_ == "VERB" and chain[:1] == [root] or taking_part) and \
                status in (None, "held", "planned") and will(chain, trigger):
            return "rejected", False, 2  # "he would not negotiate with the RSF", "Moscow would not take part in any
            # talks based on it": refused
        return status, negated, strength

    def presupposition(self, trigger: Span, event_type: str, chain: list[Token]) -> Reading:
        """Nothing governs the trigger with a status: an event word used to refer ("the relentless airstrikes by
        the coalition", "before the embargo", "bombarding and starving people") says the event is real, unless
        it is a modifier of another noun ("battle flag") or its clause is wished, possible or purposed."""
        root = trigger.root
        status = self.presupposed.get(event_type)
        if status is None and event_type == "ceasefire" and declared_on_a_day(root):
            return Reading("announced", 0, chain, presupposed=True)
        if status is None and event_type == "ceasefire" and known_by_its_day(root) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return Reading("in_effect", 0, chain, presupposed=True)  # "the line of control resulting from the
            # ceasefire of 17 December 1971": the truce that held from that day (one side's own: declared)
        if status is None and event_type == "talks" and (named_round(root) or met_in_a_year_gone(root)):
            return Reading("held", 0, chain, presupposed=True)
        if status is None:
            return Reading(None, 0, chain)
        if root.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "acomp" and c.lemma_.lower() in WEIGHED
                                                       for c in root.head.children):
            return Reading(None, 0, chain)  # "he did not think an agreement was necessary": one weighed, not made
        if irrealis(root, chain):
            if event_type in THREATS and will(chain, trigger):
                # "said they would boycott", "will attack the city": a threat (the future table makes it one),
                # stated, not taken as known
                return Reading(status, 0, chain)
            return Reading(None, 0, chain)
        if root.pos_ != "VERB" and root.dep_ in NOUN_DEPS and not chain:
            return Reading(None, 0, chain)  # "the Confederate battle flag", "attack helicopters"
        if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
               self.verb_class(c, event_type) for c in root.children):
            return Reading(None, 0, chain)  # "space for an agreement to be reached": one still to come (not "an
            # agreement with Ukraine to secure its integrity", which says what it is for)
        return Reading(status, 0, chain, presupposed=True)

    def combine(self, classes: list[str]) -> str | None:
        """Inner to outer: the first class sets the status, an overriding outer class replaces it."""
        result: str | None = None
        for cls in classes:
            if cls in self.blocking:
                return cls
            if result is None:
                result = cls
            elif cls in ("reject", "fail"):
                result = cls
            elif cls == "call" and result not in ("reject", "fail"):
                result = cls
            elif cls == "accept" and result in ("propose", "call"):
                result = cls  # "accepted a U.S. proposal for a truce": the answer is what happened
            elif cls == "agree" and result == "propose":
                result = "accept"  # "agreed to a United Nations proposal for a pause": so too
            elif cls == "sign" and result == "propose":
                result = cls  # "signed a French-brokered ceasefire plan": a plan signed is a deal
            elif cls == "meet_demand" and result == "call":
                result = cls  # "would not meet the demands": the demands were made; what counts is the answer
            elif cls == "announce" and result in ("effect", "start", "hold", "carry", "impose"):
                result = cls
            elif cls == "agree" and result in ("effect", "start", "hold", "held", "host", "carry", "plan",
                                               "call_maybe"):  # (also "agreed to open formal peace talks")
                result = cls
            elif cls == "propose" and result in ("effect", "start", "hold", "held", "host", "agree", "sign", "carry",
                                                 "extend"):  # (also "offered to mediate")
                result = cls
            elif cls == "threaten" and result in ("impose", "carry", "held", "start", "hold", "effect", "cancel"):
                result = cls
            elif cls in ("violate", "end", "undermine") and result in ("agree", "sign", "effect", "hold", "announce"):
                result = cls  # "violating the ceasefire agreement", "withdrew from the truce deal"
        return result
