"""Event mentions: one per trigger that the sentence makes an event of, with everything the sentence says of it.

Doc in, Doc out: reads the layers written before (actors, places, dates, triggers) and writes `doc._.tw_events`, a
list of `Mention`s. Cross-sentence work (pronouns across sentences, lists, merging repeated mentions, dates from
the article) happens in `article.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from trucewatch.model import Place, When
from trucewatch.nlp.actors import SPAN_KEY as ACTOR_SPANS
from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.modality import DENIALS, RECORDING, REPORTING, read_modality
from trucewatch.nlp.numbers import quantities, to_number
from trucewatch.nlp.places import COMPASS, gazetteer, held_through, strike_nouns, taking_nouns
from trucewatch.nlp.reparse import CHAIRING, MEETINGS, SIGNING_NOUNS
from trucewatch.nlp.roles import (
    BILATERAL,
    ENDING_VERBS,
    GROUP_NOUNS,
    NAMING,
    ONE_SIDED,
    PLACE_NOUNS,
    SAYING,
    ActorRef,
    attachment,
    briefing_topic,
    flagged,
    hyphenated,
    leads,
    named_object,
    np_head,
    only_observing,
    role_for,
    sentence_mentions,
    the_enemy,
    war_sides_in,
)
from trucewatch.nlp.roles import Mention as ActorMention
from trucewatch.nlp.status import (
    ASPECTUAL,
    CONTENT_VERBS,
    DEONTIC,
    GOING_ON,
    SETTING_TERMS,
    SETTLED_DEALS,
    THREATS,
    TRAVELLING,
    UNDERGOING,
    Reading,
    StatusReader,
    agreed_under_a_named_deal,
    deal_told_last,
    declined,
    indefinite,
    irrealis,
    is_future,
    past_tense,
    told_before,
    will,
)
from trucewatch.nlp.triggers import (
    IT_WORDS,
    TOLL_VERBS,
    WITNESSES,
    as_a_pair,
    condition_of_refusal,
    it_of,
    mediation_word,
    nominal,
    said_to_be_hostile,
    signed_as_witness,
    toll_of_when_clause,
)
from trucewatch.nlp.triggers import SPAN_KEY as TRIGGERS
from trucewatch.nlp.when import calendar_word, names_a_day, timetabled

DEAL_WORDS = {"deal", "agreement", "accord", "pact", "arrangement", "text", "protocol", "memorandum"}
# ("the text": the deal's, told again)
NAMING_DEALS = DEAL_WORDS - {"arrangement", "text"} | {"declaration", "treaty"}  # a deal's name: "the Agreement on …"
MOVING = {"move", "shift", "alternate", "rotate", "travel", "shuttle", "switch"}  # talks that "moved between" cities
LOCAL_SOURCES = {"agency", "ministry", "authority", "authorities", "service", "defence", "defense", "official",
                 "officials", "hospital", "medic", "medics"}  # who count a toll where it fell
LOCATIVE = {"in", "at", "near", "along", "inside", "across", "over", "outside", "around", "throughout", "on", "into",
            "within", "towards", "toward"}  # ("rockets fired towards northern Israel": where they were aimed)
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
SUBJECT_HEIRS = {"xcomp", "conj", "advcl", "pcomp"}  # verbs that share the subject of the verb they hang from
CARRIER_TYPES = {"agreement", "proposal", "demand"}
PROPOSING = {"ceasefire": "proposed", "agreement": "proposed", "prisoner_exchange": "proposed",
             "proposal": "presented"}  # the status a proposer gives each type
SEQUENCE_VERBS = {"follow", "precede", "trail"}  # relate one event to another in time
DOING = {"start", "hold", "held", "carry"}  # verbs of doing an event, which "to start talks" has not yet done
DEALS = {"ceasefire", "agreement", "prisoner_exchange"}
DEAL_STATUSES = {"agreed", "signed", "announced", "accepted", "carried_out"}  # "a swap mediated by the UAE"
# verbs that make a deal ("agreed", "signed", "reached"): the status verbs of those classes
DEALING = {verb for verb, cls in load("statuses")["verbs"].items() if cls in ("agree", "sign", "announce", "accept")}
REJECTING = {verb for verb, cls in load("statuses")["verbs"].items() if cls == "reject"}
MEDIATING = set(load("statuses")["mediating_verbs"])  # "talks mediated by Qatar"
MEDIATED = {"mediated", "brokered", "sponsored", "hosted", "facilitated", "guaranteed"}  # ("U.N.-backed talks" too,
# but a "Russian-backed" side's offensive is no mediation)
MEDIATION_NOUNS = {"mediation", "auspices", "help", "assistance", "facilitation"}  # "with the help of the ICRC"
LEADING = MEDIATING | {"lead", "chair"}  # talks "were led by", "were chaired by", "were mediated by" …
ENVOY_TITLES = {"representative", "envoy", "mediator", "facilitator", "chairman", "chairmanship"}  # "under the UN
# special representative"
ENVOYS = {"ambassador", "envoy", "emissary"}  # (envoys listed beside a mediator: his fellows, not sides)
MEDIATOR_NOUNS = {"mediator", "guarantor", "facilitator", "broker", "go-between", "host", "moderator"}
# ("Cuba and Norway act as guarantors of the talks")
ANSWERING = {"reject", "accept", "meet_demand"}  # whoever answers a demand or proposal acts; who asked is the target
OTHER_TERMS = {"plan", "proposal", "offer", "draft", "counterproposal", "counter-proposal"}  # terms of their own
DRAWING = {"draw", "attract", "earn", "provoke", "spark", "prompt", "trigger"}  # "drew condemnation from …"
ANSWERS = {"accepted", "rejected", "met"}  # (also "approved Trump's plan", "will not agree to Hamas's demands")
DENYING = {"deny", "reject", "dismiss", "rebuff", "refute", "deflect", "counter"}  # how the accused answer
ACCUSING = {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "fault", "denounce", "scold", "rebuke"}
RELATIVES = {"who", "which", "that"}
ISSUING = {"adopt", "pass", "issue", "release", "publish", "approve", "sign", "submit", "table", "circulate", "send",
           "unveil", "deliver"}  # "adopted a resolution calling for a truce": who issued it asks (not who vetoed it)
CAUSING = {"prompt", "force", "lead", "cause", "compel", "push", "drive", "spur", "oblige", "persuade",
           "convince", "press", "pressure"}  # "prompting Petro to suspend the negotiations", "helped persuade Tehran
# to accept the deal": whom a cause moves to act is the one who acts
REPELLING = {"repel", "repulse", "thwart", "foil", "withstand", "fend", "survive"}  # "repelled an army offensive",
# "survived the strike"
SETTING = {"schedule", "plan", "set", "expect", "hold", "convene"}  # "talks, which had been scheduled to …"
STAGING = {"begin", "start", "resume", "open", "take", "convene", "reconvene", "continue"}  # what an event does to
# happen: "are due to resume in Doha", "is expected to take place in Istanbul"
INTERCEPTION = load("triggers")["interception"]
ATTACK_NOUNS = load("triggers")["nouns"]
OBLIGING = set(load("triggers")["obligation"]["modals"])  # "said Y must return …": Y is the one obliged
MAKING = {"agreed", "signed", "proposed", "announced", "called_for"}  # what a deal's own name can date or place
DUE_STATUSES = {"planned", "called_for", "proposed"}  # events not yet happened, which a deadline dates


@dataclass
class Mention:
    """One event as one sentence states it; `doc_start`/`doc_end` are offsets into the article text."""

    type: str
    status: str
    strength: int
    cls: str | None
    sentence: Span
    trigger: Span
    doc_start: int
    doc_end: int
    actors: list[tuple[ActorRef, str]] = field(default_factory=list)
    date: When | None = None
    place: Place | None = None
    quantities: dict = field(default_factory=dict)
    modality: str = "asserted"
    negated: bool = False
    claimed_by: str | None = None
    kind: str = "body"  # the segment it came from: body, headline, item
    dated_line: bool = False  # told in a paragraph a timeline leads with its date ("21 July 1992 - Yeltsin and …")
    future: bool = False
    segment: int = 0
    inherited: set[str] = field(default_factory=set)  # codes filled in from the article, not said here
    proposed_by: str | None = None
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    indefinite: bool = False  # "an attack": some attack, which needs an actor, place, date or number to stand
    presupposed: bool = False  # the status comes from the event word alone ("the airstrikes"), nothing governs it
    proposer: ActorRef | None = None  # who proposed what this mention responds to, as the text names them
    co_proposers: list[ActorRef] = field(default_factory=list)  # who proposed it with them
    committed: bool = False  # a side's word that it holds to the truce or deal ("remained committed to the accord")
    unnamed_doer: bool = False  # an attack done by "an al Qaeda-linked group" the sentence does not name
    proposed_on: When | None = None  # when, where a participle tells it ("proposed by the U.S. last week")
    topic: int = 0  # the item of a briefing it was told in
    section: str | None = None  # the country a briefing's section heading names ("SUDAN"), where it was told under one
    clause_reading: Reading | None = None  # what a clause on the trigger says befell it, told apart ("the deal
    # that X signed", in "rejected the deal that X signed")
    aside: bool = False  # told in such a clause, by the way of a sentence about something else
    story_day: str | None = None  # the last day its passage named by the end of its sentence
    story_day_before: str | None = None  # … by the end of the sentence before (None at its passage's start)
    summary: bool = False  # told in a page's summing-up points ("Key points"), which its body tells again
    within: set[str] = field(default_factory=set)  # the words of the events it befell in ("killed in fighting")
    cited: bool = False  # told as what a paper's piece said ("Your report … says the ceasefire has held")
    pooled: set[str] = field(default_factory=set)  # the words of other triggers of its sentence pooled into it
    # ("was killed … when gunmen ambushed a patrol": kill, with ambush)

    def codes(self, roles: tuple[str, ...] = ("initiator", "target", "participant")) -> frozenset[str]:
        return frozenset(ref.code for ref, role in self.actors if ref.code and role in roles)

    @property
    def lemma(self) -> str:
        root = self.trigger.root  # (a verb that stands for "it" is told by the noun "it" stands for)
        return root.doc.user_data.get(IT_WORDS, {}).get(root.i) or root.lemma_.lower()

    @property
    def definite(self) -> bool:
        """ "the talks", "this attack", "its truce": refers back to an event named before."""
        root = self.trigger.root
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
                   for c in root.children) or (it_of(root) is not None or signed_as_witness(root)) and \
            self.type in ("ceasefire", "agreement", "proposal") or \
            (namer := naming_verb(root)) is not None and named_object(namer) or \
            self.trigger[0].lower_ == "guns" and self.trigger[-1].lower_ == "silent"
        # ("It takes effect at 9 p.m.": the truce told; "signed as a witness": the deal told; "condemned what he called
        # a barbaric attack": the attack told,
        # given a name; "the guns fell silent": the truce told, taking hold)



def hosts_by_their_house(trigger: Span, actor_mentions: list[ActorMention],
                         actors: list[tuple[ActorRef, str]]) -> list[ActorRef]:
    """ "The government and Renamo first met at Sant'Egidio's house in Trastevere": whose house, residence or
    headquarters the sides met at hosts their talks, the one who brings them together (not a side of them); so does
    the body whose headquarters a deal is signed at ("signed an agreement at UN headquarters in New York")."""
    verb = trigger.root if trigger.root.pos_ == "VERB" else trigger.root.head
    sides = {ref.code for ref, _ in actors}
    venues = [g for w in {verb, trigger.root} for p in w.children if p.dep_ == "prep" and p.lower_ in ("at", "in")
              for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in VENUE_NOUNS]
    owners = {c.i for g in venues for c in g.children if c.dep_ == "poss" or
              c.dep_ == "compound" and g.lemma_.lower() == "headquarters"}
    return [m.refs[0] for m in actor_mentions if m.root.i in owners and m.refs[0].code and
            m.refs[0].code not in sides and (m.root.dep_ == "poss" or m.refs[0].code in actor_book().organisations)]


VENUE_NOUNS = {"house", "home", "residence", "headquarters", "palace", "villa", "compound", "office", "offices"}


def told_when(span: Span, trigger: Span) -> bool:
    """Is the event told in a "when" clause on the date ("divided since 1974, when Turkey invaded the north")? The
    clause happened then, whatever the date's phrase says of the sentence around it."""
    return any(c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ == "when" for a in c.children) and
               trigger.root.i in {t.i for t in c.subtree} for c in span.root.children)


def between_two(trigger: Span) -> bool:
    """ "a ceasefire between government forces and Druze leaders": a truce of two sides, whether or not both have a
    code."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(
        g.dep_ == "pobj" and any(k.dep_ == "conj" for k in g.children) for g in c.children)
        for c in trigger.root.children)

def told_as_before(word: Token, day: Token) -> bool:
    """ "Karabakh's ombudsman said on Wednesday that at least 200 people had been killed": a past perfect reported by
    a speech verb that the day goes with; the killing came by that day, its own day told elsewhere, if at all (for
    a toll: a deal or a proposal so told is dated by the report, as before)."""
    clause = word if word.pos_ in ("VERB", "AUX") else word.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and any(a.lower_ == "had" and a.dep_ == "aux" for a in clause.children) and \
        clause.head.pos_ == "VERB" and day.i not in {t.i for t in clause.subtree}


def tree_distance(a: Token, b: Token) -> int:
    if a.i == b.i:
        return 0
    up_a = [a, *a.ancestors]
    ids_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    for n, token in enumerate(up_a):
        if token.i in ids_b:
            return n + ids_b[token.i]
    return 99


def counted_by(speaker: Token) -> Place | None:
    """The place a toll's local source is named for ("Gaza's civil defence agency", "Lebanon's health ministry",
    "the Gaza health ministry"), where a strike's toll is told with no place of its own."""
    if speaker.lemma_.lower() not in LOCAL_SOURCES:
        return None
    words = {t.i for t in speaker.subtree}
    return next((place for span, place in speaker.doc._.tw_places if span.root.i in words and span.root.dep_ in (
        "poss", "compound")), None)


def asked_its_own(verb: Token, actors: list[tuple[ActorRef, str]], actor_mentions: list[ActorMention]) -> bool:
    """Is the one a demand verb asks of (its object) the demanding side itself ("asked the Secretary-General")?"""
    askers = {ref.code for ref, role in actors if role == "initiator"}
    asked = [m for m in actor_mentions if m.root.dep_ == "dobj" and m.root.head.i == verb.i]
    return bool(askers and asked) and all(ref.code in askers for m in asked for ref in m.refs)


def assisting_in(name: Token, talks: Token) -> bool:
    """Is the name one who ran or helped run the talks, told in a clause on them: "proximity talks in Algiers …, in
    which the OAU was assisted by Rino Serri, … and Anthony Lake"?"""
    node = name
    while node.dep_ in ("conj", "appos", "compound", "poss", "pobj", "agent") and node.head.i != node.i and \
            not (node.dep_ == "agent" or node.head.lemma_.lower() in ASSISTING):
        node = node.head
    verb = node.head if node.dep_ in ("nsubj", "nsubjpass", "agent") else None
    return verb is not None and verb.lemma_.lower() in ASSISTING and verb.dep_ == "relcl" and \
        verb.head.i == talks.i and any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
                                       for c in verb.children)


ASSISTING = {"assist", "help", "support", "chair", "lead", "mediate", "facilitate"}
CREDITING = {"thank", "commend", "praise", "congratulate", "salute", "applaud"}
EFFORTS = {"effort", "mediation", "facilitation", "role", "work", "good offices"}


def credited_for_efforts(name: Token, trigger: Token) -> bool:
    """Is the name one a verb beside the event's own thanks for its efforts ("welcomed the Agreement … and thanked
    the Organization of African Unity … for their efforts")?"""
    node = name
    while node.dep_ in ("conj", "appos", "compound", "poss") and node.head.i != node.i:
        node = node.head  # (each of those thanked: "the OAU and its current chairman, President Bouteflika")
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in CREDITING or not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in EFFORTS for g in c.children)
            for c in verb.children):
        return False
    main = verb.head if verb.dep_ == "conj" else verb
    return any(a.i == main.i for a in trigger.ancestors)


def text_signed_for(verb: Token) -> Token | None:
    """The signing verb of a text "under which" the clause's act is to be ("signed a statement under which all
    military operations stopped"), or None."""
    text = verb.head
    if verb.dep_ != "relcl" or text.dep_ != "dobj" or not any(
            c.dep_ == "prep" and c.lower_ in ("under", "by") and any(g.lower_ == "which" for g in c.children)
            for c in verb.children):
        return None
    return text.head if text.head.pos_ == "VERB" else None


def purpose_of_a_deal(verb: Token) -> Token | None:
    """The verb a "so that …" clause tells the purpose of ("agreed to a ceasefire so that the two sides could swap
    prisoners"): what was agreed for, not a swap that may or may not come."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and marks[:2] == ["so", "that"] and verb.head.pos_ == "VERB":
        return verb.head
    return None


def outcome_elsewhere(trigger: Token, verb: Token) -> bool:
    """Is `verb` what an attack noun, its subject, stirred in others ("The killings turned opinion … against the
    government"), so that its phrases tell the reaction, not the attack?"""
    return verb.i != trigger.i and trigger.dep_ == "nsubj" and trigger.head.i == verb.i and \
        verb.lemma_.lower() in stirring_verbs() and any(c.dep_ == "dobj" for c in verb.children)


@lru_cache(maxsize=1)
def stirring_verbs() -> frozenset[str]:
    return frozenset(load("triggers")["stirring"])


def trigger_root(token: Token, anchors: set[int]) -> int | None:
    """The event word among `anchors` that names an event of its own, if the token's phrase hangs on one."""
    head = token.head.head
    return head.i if head.i in anchors and any(t.root.i == head.i for t in token.doc.spans[TRIGGERS]) else None


def timed_apart(anchor: Token, token: Token) -> bool:
    """Is the event word in an "after", "before" or "since" clause that the date's clause governs ("struck … since
    a truce took effect in November, after rockets were fired": November is not when the rockets were fired)?"""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "mark" and c.lower_ in ("since", "until") for c in verb.children):
        return False  # (an "after" clause under a main clause's day is most often on that day: "the truce took
        # effect on Saturday, after Pakistan's commander called his Indian counterpart")
    date_line = {token.i, *(t.i for t in token.ancestors)}
    node = anchor
    while node.i not in date_line and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
                                        for c in node.children):
            return True
        node = node.head
    return False


STARTING = {"take", "start", "begin", "come", "enter", "last", "run"}  # "to take effect", "to run until"


def after_main_date(doc: Doc, trigger: Span) -> When | None:
    """ "Netanyahu ordered the strikes on Tuesday after an Israeli soldier was killed in Rafah": an event told in an
    "after" clause with no day of its own came by the main clause's day; that day, marked as inferred. One told in a
    "when" clause came when the main clause's act did ("ended in November of that year when the Maoists stormed an
    army barracks"): its day or month."""
    node = trigger.root
    for _ in range(4):
        mark = next((c.lower_ for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "when")), None)
        if node.dep_ == "advcl" and mark:
            break
        if node.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            dated = {span.root.i: found for span, found in doc._.tw_dates or [] if found.anchor}
            time = node.head  # "in November of that year when the Maoists stormed …": the time the clause is of
            for _ in range(3):
                if time.i in dated:
                    return replace(dated[time.i].when)
                time = time.head
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    main, inside = node.head, {t.i for t in node.subtree}
    kept = ("day", "minute") if mark == "after" else ("day", "minute", "month")
    for span, found in doc._.tw_dates or []:
        if not found.anchor or span.root.i in inside or found.when.precision not in kept:
            continue
        up = span.root.head
        while up.i != main.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head  # (the day of the main clause, not of a clause within it)
        if up.i == main.i:
            if mark == "when":
                return replace(found.when)
            return When(start=found.when.start[:10], precision="day", text=found.when.text, inferred=True)
    return None


def sequence_clause(token: Token) -> Token | None:
    """The "after" or "before" clause a word stands in, if any ("hours after Hamas freed six hostages")."""
    for node in (token, *token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in node.children):
            return node  # (not "since the truce began": the truce's running, told on the main clause's day)
    return None


def answering_date(doc: Doc, sent: Span) -> When | None:
    """ "M23 said on Saturday it would leave Walikale. The army said it would refrain from offensive operations in
    response": what a sentence with no day of its own does in response to the sentence before it was on that one's
    day, as far as the text tells (marked inferred)."""
    if not any(t.lower_ in ("response", "reply") and t.dep_ == "pobj" and t.head.lower_ == "in" and
               not any(c.dep_ == "prep" for c in t.children) for t in sent):
        return None
    if sent.start == 0:
        return None
    last = doc[sent.start - 1].sent  # (only the sentence right before, by its main clause's day: its first)
    before = [found for span, found in doc._.tw_dates or [] if last.start <= span.start and span.end <= last.end and
              found.anchor and found.when.precision in ("day", "minute")]
    if not before:
        return None
    when = before[0].when
    return When(start=when.start[:10], precision="day", text=when.text, inferred=True)


DESCRIBING = {"link", "tie", "connect", "associate", "affiliate", "base", "locate", "own", "belong", "align", "loyal"}


DEVICE_OWNING = {"use", "carry", "own", "hold", "belong", "issue", "distribute"}  # whose devices they were
BLASTING = {"explode", "detonate", "blow", "blast"}  # what devices do of themselves


def whose_devices_blew(token: Token, trigger: Span) -> bool:
    """ "Hundreds of pagers used by members of Hezbollah exploded …, killing at least nine": whose devices blew up
    is whom the blasts struck (also "Hezbollah's pagers exploded", "radios belonging to the group")."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and \
            node.head.head.dep_ == "pobj":
        node = node.head.head  # "members of Hezbollah"
    if node.dep_ == "poss":
        device = node.head
    elif node.dep_ == "pobj" and (node.head.dep_ == "agent" or node.head.lower_ == "to") and \
            node.head.head.dep_ == "acl" and node.head.head.lemma_.lower() in DEVICE_OWNING:
        device = node.head.head.head
    else:
        return False
    if device.dep_ == "pobj" and device.head.lower_ == "of" and device.head.head.dep_ == "nsubj":
        device = device.head.head  # "Hundreds of pagers"
    blast = device.head
    return device.dep_ == "nsubj" and blast.lemma_.lower() in BLASTING and \
        blast.i in (trigger.root.i, trigger.root.head.i)


def came_under_fire(verb: Token) -> bool:
    """Is the verb "came under fire", "was under attack": its subject bore the attack?"""
    return verb.lemma_.lower() in ("come", "be") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(
            g.lemma_.lower() in ("fire", "attack", "shelling", "bombardment", "assault", "gunfire") for g in c.children)
        for c in verb.children)


SPONSORING = {"invitation", "support", "auspices", "facilitation", "mediation", "sponsorship"}


def sponsored(token: Token) -> bool:
    """Is the name part of an "at the invitation of …", "with the support of …" phrase?"""
    node = token
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in SPONSORING:
            return True
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "compound", "conj", "poss") or \
                node.head.pos_ in ("VERB", "AUX"):
            return False  # (not past the phrase's own head: "the President of Guyana … met")
        node = node.head
    return False


def hosts_and_guests(verb: Token) -> tuple[set[int], set[int]]:
    """The words of who hosts or invites (the verb's subject) and of whom (its object, and the nouns the parser may
    join to the verb after it): "Kosygin invited the two leaders to Tashkent", "Lula hosted Petro and Maduro"."""
    hosts = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    guests = {t.i for c in verb.children if c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
              for t in c.subtree}
    return hosts, guests


def hosted_for_talks(trigger: Span, m: ActorMention) -> str | None:
    """The part one plays in talks a host holds "for talks": its guests are the sides, the host mediates."""
    root = trigger.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return None
    host = root.head.head
    while host.pos_ != "VERB" and host.head.i != host.i:
        host = host.head  # (the parser may hang "for talks" on the last guest)
    if host.lemma_.lower() not in ("host", "receive", "invite"):
        return None
    hosts, guests = hosts_and_guests(host)
    named = [(span.label_, span.root.i) for span in trigger.doc.spans.get(ACTOR_SPANS, [])]
    guest_codes = {code for code, i in named if i in guests} - {code for code, i in named if i in hosts}
    if len(guest_codes) < 2:
        return None  # (one guest is the host's other side: "Yeltsin hosted Hashimoto … for an informal meeting")
    return "participant" if m.root.i in guests else "mediator" if m.root.i in hosts else None


def linked_to(token: Token, trigger: Span) -> str | None:
    """The preposition by which a sanction reaches those an actor stands behind: "imposed sanctions on companies
    linked to both sides" ("on"); None where the actor is not named so."""
    link = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("to", "with") else None
    if link is None or link.dep_ != "acl" or link.lemma_.lower() not in DESCRIBING:
        return None
    prep = link.head.head if link.head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "against") or prep.head.i not in (trigger.root.i, trigger.root.head.i):
        return None
    return prep.lower_


def crosses_clause(token: Token, anchor: Token, trigger: Token) -> bool:
    """Does the path up from `token` to its common ancestor with `anchor` leave a subordinate clause?
    A clause on the trigger itself ("the ceasefire, which was meant to hold from Jan. 6 to 7") does not count."""
    anchor_line = {anchor.i, *(t.i for t in anchor.ancestors)}
    node, crossed = token, False
    while node.i not in anchor_line:
        if node.head.i == trigger.i and node.dep_ in ("relcl", "acl"):
            return False
        if node.dep_ == "advcl" and node.lemma_.lower() in STARTING and trigger.dep_ == "dobj" and \
                node.head.i == trigger.head.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False  # "announced a third truce …, to take effect on the morning of Oct. 26": the truce's clause
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in GATHERING and \
                node.head.i in anchor_line and not any(c.dep_ == "nsubj" for c in node.children):
            return False  # "Meeting at Pattaya in June 1991, the four factions agreed to a ceasefire": they agreed
            # when and where they met
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and not named_object(node) and not (
                node.dep_ == "acl" and node.tag_ == "VBN" and node.lemma_.lower() in DESCRIBING):
            crossed = True  # (but "sanctions on companies linked to both sides on 1 June": a description, no clause
            # with a day of its own)
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ in ("VERB", "AUX") and \
                node.i > node.head.i and any(c.dep_ == "punct" and c.text == ";" for c in node.head.children) and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            crossed = True  # "declared a three-month ceasefire within days; the new government … answered with its
            # own on May 3": the day of the clause after the semicolon, its own subject's
        if node.head.i == node.i:
            break
        node = node.head
    return crossed


def in_relative_apart(anchor: Token, day: Token, trigger: Token) -> bool:
    """Is the event told in a relative clause on a noun of the main clause, and the day outside it? "The Royal
    Norwegian Government, which facilitated the Agreement, has been given notice today": today is the notice's
    day, not the facilitating's. (A clause on the trigger itself, "the truce, which took effect on Sunday", tells
    the truce's own day.)"""
    day_line = {day.i, *(t.i for t in day.ancestors)}
    node = anchor
    while node.i not in day_line and node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.i != trigger.i and not any(
                c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) for c in node.children):
            return node.head.i not in day_line  # (but "on July 12, when Hezbollah fighters crossed …": the
            # clause is on the day itself; and "a ceasefire would begin on Sunday, during which 33 hostages would be
            # freed": the clause is within the truce's time)
        node = node.head
    return False


# Places that stay in their own country: "Thai territory", "Iranian nuclear facilities" (not a base, a ship, an
# embassy or troops' positions, which may be abroad)
HOME_SITES = {"territory", "soil", "facility", "site", "city", "town", "village", "airport", "port", "capital",
              "airspace", "province", "region", "infrastructure", "plant", "post", "border", "countryside"}


def struck_country(trigger: Span, actor_mentions: list[ActorMention]) -> Place | None:
    """Where an attack is told only by the country of what it hit: "fired rockets into Thai territory", "bombed
    three Iranian nuclear facilities"."""
    root = trigger.root
    acts = [root, root.head] if root.dep_ == "dobj" else [root]  # "fired rockets into Thai territory"
    hit = [c for c in root.children if c.dep_ == "dobj"] + [
        g for v in acts for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "against")
        for g in c.children if g.dep_ == "pobj"]
    for noun in hit:
        if noun.lemma_.lower() not in HOME_SITES:
            continue
        codes = {r.code for m in actor_mentions if m.root.head.i == noun.i and m.root.dep_ in (
            "amod", "compound", "poss") for r in m.refs if r.kind in ("state", "demonym") and r.code}
        if len(codes) == 1:
            return gazetteer().country(codes.pop())
    return None


def region_struck(trigger: Span, actor_mentions: list[ActorMention]) -> ActorRef | None:
    """The state whose part an attack took, told only as "the north": the state the sentence is about ("Cyprus has
    been divided since 1974, when Turkey invaded the north"), where it names one state as the subject of its main
    verb, other than the attacker. Not "the north of Kharkiv", which names its place."""
    root, main = trigger.root, trigger.root.sent.root
    if root.pos_ != "VERB" or main.i == root.i or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in COMPASS and not any(d.dep_ == "prep" for d in c.children) and
            any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in root.children):
        return None
    doers = {r.code for m in actor_mentions if m.root.head.i == root.i and m.root.dep_ == "nsubj" for r in m.refs}
    states = {r.code: r for m in actor_mentions if m.root.head.i == main.i and m.root.dep_ in ("nsubj", "nsubjpass")
              for r in m.refs if r.kind == "state" and r.code and r.code not in doers}
    return next(iter(states.values())) if len(states) == 1 else None


def aside(token: Token, trigger: Token, status_words: set[int] | frozenset[int]) -> bool:
    """Is `token` in a clause on the trigger that says nothing of its status ("agreed on Wednesday" in "a truce agreed
    on Wednesday collapsed on Friday")?"""
    node = token
    while node.head.i != node.i and node.i != trigger.i:
        if node.head.i == trigger.i and node.dep_ in ("relcl", "acl"):
            return node.i not in status_words and not (
                trigger.pos_ == "NOUN" and node.lemma_.lower() in ("begin", "start", "open") and
                node.dep_ == "relcl" and node.tag_ == "VBD" and (trigger.lemma_.lower() in strike_nouns() or
                                        trigger.lemma_.lower() in ("talk", "negotiation")))
            # (but "an attack that began on Monday night": when it happened; not "a truce that will begin on
            # Saturday", agreed on another day)
        node = node.head
    return False


ATTENDING = {"attend", "join"}
FINDING = set(load("triggers")["condemning"]["finding"])  # verbs whose clause charges a side with a crime


def described_by(noun: Token) -> list[Token]:
    """Participle clauses on the trigger or on its `of` phrase ("a memorandum of terms presented to Ukraine"), and
    relative clauses that set it ("talks, which had been scheduled to take place in Cairo", with what they stage, or
    that stage it: "the talks, which took place in Doha")."""
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in NAMING_DEALS:
        heads.append(noun.head.head)  # "the Agreement on Cessation of Hostilities signed in Algiers yesterday"
    clauses = [c for h in heads for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB" or
               c.dep_ == "relcl" and c.lemma_.lower() in MEDIATING]  # (also "the talks, to be mediated by …")
    clauses += [j for c in clauses if c.dep_ == "acl" for j in c.children if j.dep_ == "conj" and j.tag_ == "VBN"]
    # ("the Agreement on Cessation of Hostilities, signed in Algiers on 18 June 2000 and brokered by the OAU")
    sides = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
             if g.dep_ == "pobj"]
    clauses += [c for g in sides for s in (g, *g.conjuncts) for c in s.children if c.dep_ == "acl" and
                c.lemma_.lower() in MEDIATING]  # "a ceasefire between Armenia and Azerbaijan brokered by Russia",
    # the participle hung on the last side
    setting = [c for h in heads for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() in SETTING | STAGING
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in RELATIVES for s in c.children)]
    if noun.lemma_.lower() in MEETINGS:
        venues = [t for t in noun.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and
                  t.ent_type_ in ("GPE", "LOC", "FAC")]
        setting += [c for v in (*heads, *venues) for c in v.children if c.dep_ == "relcl" and c.lemma_.lower() in
                    ENDING_VERBS and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
        setting += [c for v in venues for c in v.children if c.dep_ == "relcl" and c.lemma_.lower() in STAGING and
                    any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
        # ("the talks of the Afghan factions in Bonn, which ended with the signing …": the talks end, and a town
        # does not, nor do the delegations)
    attended = [(c, v) for c in noun.children if c.dep_ == "relcl"
                for v in (c, *(x for x in c.children if x.dep_ == "xcomp")) if v.lemma_.lower() in ATTENDING and
                any(o.dep_ == "dobj" and o.lower_ in RELATIVES for o in v.children)]
    # ("an emergency summit, which Tshisekedi and Kagame were expected to attend": who attends takes part)
    return clauses + setting + [x for c in setting for x in c.children if x.dep_ == "xcomp" and
                                x.lemma_.lower() in STAGING] + [t for pair in attended for t in pair]


def accusing_verb(verb: Token) -> Token | None:
    """The accusing verb of "accused X of V-ing", "blamed X for V-ing", given V."""
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("of", "for") and \
            verb.head.head.lemma_.lower() in ACCUSING:  # also "accused X of violations of the truce"
        return verb.head.head
    return None


def accused(verb: Token) -> list[Token]:
    """Who an accusing verb accuses: its object, or in the passive its subject ("Eritrean troops were accused of
    killing …"), which a joined verb shares with the one it is joined to ("… have not withdrawn, and were accused")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects or not any(c.dep_ == "auxpass" for c in verb.children):
        return objects
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj":
        head = verb.head
        if head.dep_ == "parataxis" and head.lemma_.lower() in REPORTING:
            head = head.head  # "troops have not withdrawn, residents said, and were accused": joined to the parenthesis
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def naming_verb(token: Token) -> Token | None:
    """The verb that names the event, given its word: "in what Hezbollah called a violation", "described the
    shelling as a breach of the truce". Its subject judges the event; it does not take part in it."""
    if token.dep_ == "oprd" and token.head.lemma_.lower() in NAMING:
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in NAMING:
        return token.head.head
    return None


def excluded(token: Token) -> bool:
    """Is the actor named under "neither … nor" ("Neither Israel nor Hamas was represented"), as one that was not
    there ("with Compaore as facilitator and no UN or African Union mediator at the table"), or only in the title of
    a person in apposition ("Compaore, the current ECOWAS chairman")?"""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    before = token.left_edge.i - 1
    while before >= token.sent.start and (token.doc[before].pos_ in ("PROPN", "ADJ") or
                                          token.doc[before].lower_ in ("or", "nor")):
        before -= 1  # ("no UN or African Union mediator": "no" goes with each name of the list)
    title = token.head if token.dep_ in ("compound", "nmod", "amod") else None
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in node.children) or \
        before >= token.sent.start and token.doc[before].lower_ == "no" and token.doc[before].dep_ == "det" or \
        title is not None and title.lemma_.lower() in HELD_TITLES and title.dep_ == "appos" and \
        title.head.pos_ == "PROPN" and title.head.ent_type_ in ("PERSON", "")
    # ("Compaore, the current ECOWAS chairman, as facilitator": Burkina Faso's president, the bloc named only in his
    # title, as "Sarkozy, who holds the EU presidency" acts for France)


HELD_TITLES = {"chairman", "chair", "chairwoman", "chairperson", "president", "presidency", "head", "leader"}


def speaking_clause(accusing: Token) -> Token:
    """The verb whose subject makes an accusation. "The General Staff said …, and accused Moscow of …": with no
    subject of its own, "accused" shares that of the verb it is joined to, and when the parser joined it to what
    was said, that of the saying verb."""
    if accusing.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in accusing.children):
        accusing = accusing.head
        if accusing.dep_ == "ccomp" and accusing.head.lemma_.lower() in REPORTING:
            accusing = accusing.head
    return accusing


def mediating_aside(token: Token) -> bool:
    """Is the word a mediating verb told beside the main clause ("…, with Abubakar mediating for ECOWAS")?"""
    return token.lemma_.lower() in MEDIATING and token.dep_ == "pcomp" and \
        token.head.lower_ == "with" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX")


MEMBERS = {"ambassador", "minister", "envoy", "delegate", "member", "representative"}


def members_meet(verb: Token) -> bool:
    """Is the verb "meet" with no one met, its subject one organisation's own members ("NATO ambassadors", "EU foreign
    ministers")?"""
    if verb.lemma_.lower() != "meet" or any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with"
                                            for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in MEMBERS]
    book = actor_book()
    return any(all((info := book.lookup(m.text)) is not None and info.kind == "organisation"
                   for m in s.children if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN") and
               any(m.dep_ in ("compound", "poss") and m.pos_ == "PROPN" for m in s.children) and
               not any(c.dep_ == "conj" for c in s.children) for s in subjects)


def given_a_chance(word: Token) -> bool:
    """Is the word what one would "give a chance" ("to give talks with govt a chance")?"""
    return word.dep_ in ("dobj", "dative") and word.head.lemma_.lower() == "give" and any(
        c.lemma_.lower() in ("chance", "opportunity") for c in word.head.children)


MANY = {"several", "many", "numerous", "countless", "dozens", "scores"}


def counted_many(word: Token) -> bool:
    """Is the word a plural of truces or deals counted as more than one ("seven peace deals", "several earlier
    ceasefires"; not "3,000 violations", each a breach of one truce)?"""
    return word.tag_ == "NNS" and word.lemma_.lower() in SETTLED_DEALS and any(
        c.dep_ == "nummod" and (n := to_number(c.text)) is not None and n >= 2 or
        c.dep_ in ("amod", "det", "nummod") and c.lower_ in MANY for c in word.children)


def provided_by_a_deal(word: Token) -> bool:
    """Is the word what a deal "provides for" ("The Agreement provided for … the withdrawal of all foreign forces"), or
    what the deal told just before sets ("… signed an agreement in Moscow … It set a ceasefire, a security zone
    along the river and a peacekeeping force")?"""
    node = word
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj" and node.head.lemma_.lower() in SETTING_TERMS:
        subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
        return any(c.lemma_.lower() in DEAL_WORDS for c in subjects) or deal_told_last(subjects) or (
            (told := told_before(subjects)) is not None and told.lemma_.lower() in DEAL_WORDS)
    if word.dep_ != "pobj" or word.head.lower_ != "for":
        return False
    prep = word.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    verb = prep.head
    return verb.lemma_.lower() == "provide" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_WORDS for c in verb.children)


def venues_apart(doc: Doc, sent: Span, place: Place) -> bool:
    """Is the place the first of a list of places in several countries ("in Amsterdam, Bangkok, Geneva and
    Delhi")?"""
    places = [(span, p) for span, p in doc._.tw_places or [] if sent.start <= span.start < sent.end]
    first = next((span for span, p in places if p == place), None)
    if first is None:
        return False
    listed = {t.i for t in first.root.conjuncts}
    return len({p.country for span, p in places if span.root.i in listed} - {place.country}) >= 1 and \
        len(listed) >= 2


def sat_with_the_pair(verb: Token) -> bool:
    """Is the talks verb's subject the two sides as a pair ("both sides were sitting down in Finland with Martti
    Ahtisaari", "the two sides met with the emir")? Then the one they sit "with" is neither of them."""
    return any(s.dep_ == "nsubj" and as_a_pair(s) for s in verb.children)


def mediation_in(sent: Span, actor_mentions: list[ActorMention], trigger: Span | None = None) -> list[ActorRef]:
    """Who the sentence says mediates: "after a year of mediation by Egypt and Qatar", "Qatar's mediation",
    "Qatari mediation", "under the auspices of the African Union", "UN-mediated talks", "Qatari mediators",
    "Cuba and Norway act as guarantors of the talks"."""
    ids: set[int] = set()
    for token in sent:
        if token.lemma_.lower() not in MEDIATION_NOUNS and token.lower_ not in MEDIATION_NOUNS:
            continue
        children = list(token.children)
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            children += [c for c in token.head.head.children if c.dep_ == "prep" and c.lower_ == "by"]  # "a year
            # of mediation by Egypt": the parser hangs the agent on the year
        for child in children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") or child.dep_ == "prep" and child.lower_ in (
                    "by", "of", "from"):
                ids |= {t.i for t in child.subtree}  # "with help from Egypt and the United States"; "under Saudi
                # and U.S. mediation", the parser's nmod
    for token in sent:  # "signed on October 26 in the presence of Trump and Anwar": who witnessed the signing
        if token.lower_ == "presence" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
                (token.head.head.lemma_.lower() in DEALING or token.head.head.lower_ in SIGNING_NOUNS or
                 token.head.head.lemma_.lower() in NAMING_DEALS and trigger is not None and
                 token.head.head.i == trigger.root.i):
            # (also hung on the deal itself: "signed a Joint Declaration … in Asmara on 9 July 2018, and a further
            # peace agreement in Jeddah …, in the presence of King Salman": witnessed, that one)
            ids |= {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    for token in sent:
        if token.lemma_.lower() not in MEDIATOR_NOUNS and not (
                token.lemma_.lower() == "observer" and token.dep_ == "pobj" and token.head.lower_ == "as"):
            continue  # (and those who stood "as observers" of the signing: "with the United Nations as mediator and
            # Portugal, Russia and the United States as observers"; but not "the UN observers" of a truce)
        if token.dep_ == "pobj" and token.head.lower_ == "as" or token.dep_ == "attr":
            verb = token.head.head if token.dep_ == "pobj" else token.head  # "X act as guarantors", "X are mediators"
            beside = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and token.dep_ == "pobj"]
            if not beside and token.dep_ == "pobj":
                beside = [c for c in sent if c.dep_ == "prep" and c.lower_ == "with" and
                          c.right_edge.i == token.head.i - 1]  # "signed … by Presidents Kabila and Kagame with
                # South Africa's Thabo Mbeki as mediator": the "with" hung on the signers, the "as" on the verb
            ids |= {t.i for c in beside for t in c.subtree}  # "talks in Havana, with Cuba and Norway as guarantors"
            if token.dep_ == "pobj" and verb.dep_ == "pobj" and verb.head.lower_ == "with":
                ids |= {t.i for t in verb.subtree if t.i < token.head.i}  # "with Tanzania's president, Ali Hassan
                # Mwinyi, as facilitator": the "as" hung on the one it names
            ids |= {t.i for c in verb.children if not beside and (c.dep_ == "nsubj" or c.dep_ in ("nmod", "compound")
                                                                   and c.i < verb.i) for t in c.subtree}
            # (the parser may take "act" for a noun with modifiers)
        elif token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
            ids |= {t.i for c in token.head.children if c.dep_ == "appos" for t in c.subtree}  # "with the guarantor
            # countries Brazil, Chile, Cuba, Mexico, Norway and Venezuela present"
        elif token.dep_ == "appos":
            ids |= {token.head.i}  # "Qatar, the main mediator, said …"
            if token.tag_ == "NNS":
                ids |= {c.i for c in token.head.conjuncts}  # "Cuba and Norway, guarantors of the talks, …"
        if not excluded(token):  # (not "no UN or African Union mediator")
            ids |= {t.i for c in token.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree}
    for token in sent:  # "talks … under the UN special representative Alioune Blondin Beye": who led them, by office
        if token.lower_ == "under" and token.dep_ == "prep":
            ids |= {t.i for g in token.children if g.dep_ == "pobj" and g.lemma_.lower() in ENVOY_TITLES
                    for t in g.subtree}
    for token in sent:  # "The talks in Erdut and Zagreb, with US ambassador Peter Galbraith and UN mediator Thorvald
        # Stoltenberg": an envoy listed beside the mediator, in the one "with" list, mediates with him
        if token.lower_ != "with" or token.dep_ != "prep":
            continue
        listed = [t for g in token.children if g.dep_ == "pobj" for t in g.subtree]
        if any(t.lemma_.lower() in MEDIATOR_NOUNS and not excluded(t) for t in listed):
            ids |= {t.i for envoy in listed if envoy.lemma_.lower() in ENVOYS for c in envoy.children
                    if c.dep_ in ("compound", "amod", "poss") for t in c.subtree}
    for token in sent:  # "met for the first time in Geneva …, with the Secretary-General in the chair": who chairs
        if token.lemma_.lower() == "chair" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
                token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "with":
            ids |= {t.i for t in token.head.head.subtree if t.i < token.head.i}
    for token in sent:  # "talks continue in Khartoum, with Sudan mediating": who mediates, told beside them
        if token.lower_ in ("mediating", "brokering", "facilitating", "hosting") and (
                token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children) or
                token.dep_ == "pobj" and token.head.lower_ == "with"):
            ids |= {t.i for c in token.children if c.dep_ in ("nsubj", "compound") for t in c.subtree}  # (or taken
            # for a noun: "with the United States mediating")
    for token in sent:  # "The European Union, which signed the agreement as an international witness together with
        # the United Nations, China, …": the one the clause is on, and those it signed with
        if token.lemma_.lower() not in WITNESSES or token.dep_ != "pobj" or token.head.lower_ != "as":
            continue
        verb = token.head.head
        if verb.dep_ == "relcl" and verb.lemma_.lower() in DEALING and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in verb.children):
            ids |= {t.i for t in verb.head.subtree if t.i < verb.i}
            ids |= {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    deals = {t.root.i for t in sent.doc.spans.get(TRIGGERS, []) if t.label_ in ("agreement", "ceasefire")}
    for token in sent:  # "after months of talks mediated by Qatar, Egypt and the United States"
        if token.dep_ == "acl" and token.head.i in deals and trigger is not None and trigger.root.i in deals and \
                trigger.root.i != token.head.i and trigger.root.head.i != token.head.i and \
                token.head.i not in {c.i for c in trigger.root.conjuncts}:
            continue  # "The agreement, brokered by Togo and ECOWAS, … breaking the ceasefire it agreed to in Lomé on
            # 18 May 1999": the broker of the deal the participle is on, not of another deal told beside it
        if token.dep_ in ("acl", "advcl") and token.tag_ == "VBN" and (token.lemma_.lower() in MEDIATING or (
                token.lemma_.lower() in CHAIRING and token.head.lemma_.lower() in MEETINGS)):
            # (and "the Paris Conference on Cambodia, co-chaired by France and Indonesia"; not "the Council, chaired
            # by President Mashat", a body's own head)
            ids |= {i for c in token.children if c.dep_ == "agent" and c.lower_ == "by" for i in without_clauses(c)}
            # (the parser may take "between the two sides" for an agent too; and hang "held talks …, hosted by
            # Turkey and Qatar" on the verb; but "talks brokered by Deby, whose government had long been accused by
            # Khartoum": Khartoum accuses, in a clause of its own)
        if token.dep_ == "amod" and token.tag_ == "VBN" and token.lemma_.lower() in MEDIATING:
            ids |= {t.i for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod") for t in c.subtree}
            # "at United Nations-mediated talks"
    return [ref for m in actor_mentions if m.root.i in ids and not excluded(m.root) for ref in m.refs]


def without_clauses(phrase: Token) -> set[int]:
    """The token ids of a phrase, less the clauses on its words ("Deby, whose government had long been accused")."""
    ids = {t.i for t in phrase.subtree}
    return ids - {t.i for i in ids if phrase.doc[i].dep_ in ("acl", "relcl") for t in phrase.doc[i].subtree}


def as_agreed_by(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """The sides an "as agreed by" clause on the trigger's verb names: "39 Palestinian women and children were freed
    from Israeli prisons, as agreed by Israel and Hamas with the mediation of Qatar": who agreed it are its sides."""
    verbs = [trigger.root, *trigger.root.ancestors][:3]
    verbs += [c for v in verbs for c in v.conjuncts]  # ("… were released, and 39 … were freed, as agreed by …")
    ids = {t.i for verb in verbs for clause in verb.children
           if clause.dep_ == "advcl" and clause.lemma_.lower() in ("agree", "arrange", "settle") and
           any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
           for agent in clause.children if agent.dep_ == "agent" for t in agent.subtree}
    return [ref for m in actor_mentions if m.root.i in ids for ref in m.refs if ref.code]


def subject_refs(verb: Token, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """The actors named in a verb's subject, not in a clause on it: "pagers used by Hezbollah members exploded" names
    the pagers' users, not who set them off."""
    ids = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    ids -= {t.i for i in ids if verb.doc[i].dep_ in ("acl", "relcl") for t in verb.doc[i].subtree}
    return [ref for m in actor_mentions if m.root.i in ids for ref in m.refs]


SCHEDULING = {"plan", "schedule", "set", "slate"}  # "a summit planned for April 3 in Juba"


def phrase_prep(trigger: Span, preps: tuple[str, ...]) -> Token | None:
    """The preposition of "after (months of) talks", "during eight hours of talks", if the trigger sits in a phrase
    headed by one of `preps`."""
    root = trigger.root
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        root = root.head.head  # "after months of talks"
    return root.head if root.dep_ == "pobj" and root.head.lower_ in preps else None


def after_phrase(trigger: Span) -> Token | None:
    """The "after" of "… after (months of) talks in Putrajaya", if the trigger sits in such a phrase."""
    return phrase_prep(trigger, ("after", "following"))


def gap(verb: Token) -> tuple[Token, Token] | None:
    """The second subject and its day of a clause whose verb is left out: "The Lebanese cabinet accepted it on
    Saturday and Israel's cabinet on Sunday", which the parser reads as "Saturday and Israel's cabinet". None where
    the verb has no such twin."""
    days = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
    for day in days:
        other = next((c for c in day.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and
                      c.ent_type_ != "DATE"), None)
        later = next((d for d in days if other is not None and d.i > other.i), None)
        if other is not None and later is not None:
            return other, later
    return None


def gapped_twin(doc: Doc, mention: Mention, actor_mentions: list[ActorMention]) -> list[Mention]:
    """The event the gapped clause tells, with its own doer and day ("… and Israel's cabinet on Sunday"), taken out
    of the mention it was read into."""
    verb = mention.trigger.root
    if verb.pos_ != "VERB" or (twin := gap(verb)) is None:
        return []
    other, day = twin
    subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    theirs = [r for m in actor_mentions if m.root.i == other.i or m.start <= other.i < m.end or
              np_of(m.root) == other.i for r in m.refs if r.code]
    role = next((role for ref, role in mention.actors for m in actor_mentions if m.start in subjects
                 for r in m.refs if r.code == ref.code), None)
    when = next((found.when for span, found in doc._.tw_dates or [] if span.start <= day.i < span.end), None)
    if not theirs or role is None or when is None:
        return []
    codes = {r.code for r in theirs}
    mention.actors = [(ref, rl) for ref, rl in mention.actors if ref.code not in codes]
    return [replace(mention, actors=[(ref, role) for ref in theirs], date=when, mentions=list(mention.mentions))]


def np_of(token: Token) -> int:
    """The head of the noun phrase a word is part of ("Israel" in "Israel's cabinet" -> "cabinet")."""
    node = token
    while node.dep_ in ("poss", "compound", "amod") and node.head.i != node.i:
        node = node.head
    return node.i


TIES = {"relation", "tie", "link", "trade"}
MEDIATION_WORDS = {"mediation", "mediating", "mediator"}
TAKING = {"take", "seize", "capture", "retake", "recapture", "wrest", "win", "overrun"}  # what is taken "from" a side
LAUNCHING = {"fire", "launch"}  # what is fired "from" a land is its side's
DESIGNATING = {"designation", "listing", "blacklisting"}  # a sanction that names whom it lists "of"


@lru_cache(maxsize=1)
def captives() -> frozenset[str]:
    """The nouns for people a swap frees: what "release" needs (triggers.json)."""
    return frozenset(load("triggers")["verbs"]["release"]["needs"])


def ties_with(root: Token, trigger: Span) -> bool:
    """Is `root` whom the ties a sanction cuts are with ("cut diplomatic relations with the UAE", "the severing of
    ties with Rwanda")?"""
    ties = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "with" and ties.i == trigger.root.i and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TIES for c in ties.children):
        return True  # ("suspended all trade with India", the "with" hung on the verb)
    return root.dep_ == "pobj" and root.head.lower_ == "with" and ties.lemma_.lower() in TIES and (
        ties.head.i == trigger.root.i or ties.dep_ == "pobj" and ties.head.head.i == trigger.root.i)


def warned_against(trigger: Span, reading: Reading) -> bool:
    """Is the attack what someone is warned not to make ("warned not to attack", "warned … against attacking")?"""
    root = trigger.root
    warned = any(v.lemma_.lower() == "warn" for v in reading.chain)
    return warned and (any(c.dep_ == "neg" for c in root.children) or
                       root.dep_ == "pcomp" and root.head.lower_ == "against")


def punished_for(trigger: Span, verb: Token) -> bool:
    """Is the trigger what the verb punishes it for ("imposed sanctions … for the group's attacks", "over its
    attacks")?"""
    prep = phrase_prep(trigger, ("for", "over"))
    return prep is not None and prep.head.i == verb.i


DEAL_NOUNS = {"deal", "agreement", "accord", "pact", "treaty", "protocol", "memorandum"}


def denied_its_deal(chain: list[Token]) -> bool:
    """Is a negated verb denied only the deal it was done "under" ("were not freed under Simla", "did not withdraw
    under the accord"): a deal's name or word the phrase names?"""
    verb = chain[0] if chain else None
    return verb is not None and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in DEAL_NOUNS or o.pos_ == "PROPN") for o in c.children)
        for c in verb.children)


PROMISING = {"promise", "provide", "require", "commit", "oblige", "stipulate", "envisage", "call"}


MEETING_NOUNS = {"summit", "meeting", "conference", "talks", "session", "council", "assembly"}


def met_on(doc: Doc, chain: list[Token]) -> When | None:
    """The day of the meeting that does what the chain's verb tells, named in the meeting's own phrase."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    meeting = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_NOUNS), None) \
        if verb is not None else None
    if meeting is None:
        return None
    words = {t.i for t in meeting.subtree}
    days = [found.when for span, found in doc._.tw_dates or [] if span.root.i in words and found.anchor and
            found.when.precision in ("day", "minute")]
    return days[0] if days else None


def sealed_on(doc: Doc, token: Token) -> When | None:
    """The day a deal that promises the event was made, told in a clause on the deal ("The deal the United States
    signed with the Taliban in Doha on Feb. 29 promised that …"), or None."""
    verb = next((v for v in token.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in PROMISING), None)
    deal = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_NOUNS), None) \
        if verb is not None else None
    if deal is None:
        return None
    clause = {t.i for c in deal.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    days = [found.when for span, found in doc._.tw_dates or [] if span.root.i in clause and found.anchor and
            found.when.precision in ("day", "month")]
    return days[0] if days else None


def place_there(doc: Doc, sent: Span, anchors: set[int]) -> Place | None:
    """ "… invited the two leaders to Tashkent. Shastri and Ayub Khan began their talks there": where "there", on the
    event's words, is the one place the sentence before names."""
    if sent.start == 0 or not any(c.lower_ == "there" and c.dep_ == "advmod" for i in anchors
                                  for c in doc[i].children):
        return None
    before = doc[sent.start - 1].sent
    places = {(p.name, p.country): p for span, p in doc._.tw_places if before.start <= span.start < before.end and
              span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "in", "at")}  # (not "the government of
    # Sudan", invited there)
    return next(iter(places.values())) if len(places) == 1 else None


def scene_of(doc: Doc, sent: Span) -> Place | None:
    """The place a sentence opens with, set off by a comma, for all it tells: "In Luhansk region, the SMM saw damage
    caused by shelling to a kindergarten"."""
    first = sent[0]
    if first.lower_ not in ("in", "at") or first.dep_ != "prep" or first.head.i != sent.root.i or \
            sent.root.lemma_.lower() in REPORTING:
        return None  # (not "In Washington, Trump said Israel and Hamas had agreed a truce": where it was said)
    words = {t.i for t in first.subtree}
    if not words or max(words) + 1 >= sent.end or doc[max(words) + 1].text != ",":
        return None
    return next((place for span, place in doc._.tw_places or [] if span.root.i in words and
                 span.root.dep_ == "pobj" and span.root.head.i == first.i), None)


def where_the_struck_were(doc: Doc, trigger: Span) -> Place | None:
    """Where the one who came under attack was, told by a clause on it: "A United Nations helicopter trying to
    evacuate government soldiers from the town of Nasir … came under fire on Friday, killing one crew member"."""
    verbs = [trigger.root, *([trigger.root.head] if trigger.root.dep_ == "advcl" else [])]
    struck = [c for v in verbs if came_under_fire(v) or v.lemma_.lower() in ("attack", "strike", "hit", "target") and
              any(a.dep_ == "auxpass" for a in v.children) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = {t.i for s in struck for c in s.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    return next((place for span, place in doc._.tw_places or [] if span.root.i in words and
                 span.root.dep_ == "pobj"), None)


def where_the_driven_were(doc: Doc, trigger: Span) -> Place | None:
    """Where those an attack drove out were, told only as "them" and named where the sentence says they are to leave
    from: "South Sudan said it would withdraw its troops from the Heglig oil field, while Sudan said its army had
    driven them out by force" (at Heglig)."""
    verb = trigger.root
    if verb.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) or not any(
            c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in verb.children):
        return None
    left = {g.i for v in verb.sent if v.pos_ == "VERB" and v.i < verb.i and any(c.dep_ == "dobj" for c in v.children)
            for c in v.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for t in c.children
            for g in t.subtree}  # (the whole phrase: "the Heglig oil field")
    return next((place for span, place in doc._.tw_places or [] if span.root.i in left), None)


def dated_itself(doc: Doc, verb: Token) -> bool:
    """Does a date hang on the verb itself ("On 13 October … announced", "announced on Tuesday")?"""
    roots = [span.root.head if span.root.dep_ == "appos" else span.root  # ("on Sunday, 19 January")
             for span, found in doc._.tw_dates or [] if found.anchor]
    return any(root.head.i == verb.i or root.dep_ == "pobj" and root.head.head.i == verb.i for root in roots)


def entered_first(doc: Doc, trigger: Span) -> Place | None:
    """Where the doers went before they struck, told by the verb the attack is joined to: "Hezbollah fighters
    crossed into Israel and captured two soldiers" (in Israel)."""
    verb = trigger.root
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    into = {g.i for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children}
    return next((place for span, place in doc._.tw_places or [] if span.root.i in into), None)


def operative_verb(sent: Span) -> Token | None:
    """The verb a resolution's numbered paragraph opens with and whose subject it leaves to the body named above
    ("1. calls for an immediate ceasefire …"), or None."""
    first = next((t for t in sent if not (t.like_num or t.is_punct)), None)
    if first is None or first.i != sent.root.i or first.tag_ != "VBZ" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ != "LS" for c in first.children):
        return None  # (the parser may take the number for the subject: "1" of "1. calls for")
    return first


def dealt_after(trigger: Span) -> Token | None:
    """The verb of the deal made after the talks: "agreed" in "Thailand and Cambodia agreed to a ceasefire after
    talks in Putrajaya"."""
    prep = after_phrase(trigger)
    if prep is None:
        return None
    verb = prep.head if prep.head.lemma_.lower() in DEALING else prep.sent.root  # the parser may hang "after …"
    # on a clause inside the deal ("a ceasefire that will take effect …, after months of talks")
    if verb.lemma_.lower() in REPORTING:  # "… agreed on Thursday to continue the truce, Turkey said after talks in
        verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in DEALING), verb)  # Istanbul"
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in DEALING else None


def heading_date(span: Span, sent: Span) -> bool:
    """Is `span` a date that heads its sentence, set off by a dash or colon ("Dec. 1, 2023 - The truce collapses")?"""
    after = span.end
    return span.start <= sent.start + 1 and after < sent.end and span.doc[after].text in ("-", "–", "—", ":")


def heading_sentence_date(doc: Doc, sent: Span) -> tuple[tuple, When] | None:
    """The date of a timeline entry, for a sentence of it that names none: the parser may split the date off as a
    sentence of its own ("September 5, 2014: Ukraine, Russia, the OSCE and the separatists sign the Minsk
    Protocol"), and an entry may go on ("April 22: Gunmen kill 26 people … India blames Pakistan")."""
    if sent.start == 0:
        return None
    first = doc[0].sent
    for span, found in doc._.tw_dates:
        if span.start - first.start <= (doc[first.start].text in ("-", "–", "—", "•", "*")) and (
                first[-1].text in ("-", "–", "—", ":") and span.end >= first.end - 1 or heading_date(span, first)):
            # (also after the dash of a list's point: "- Oct. 4, 1992: The government and Renamo sign …")
            return (), found.when
    return None


def signing_day(doc: Doc, sent: Span, anchors: set[int]) -> When | None:
    """ "The Khartoum Declaration, signed on June 27 …, commits the two sides to a ceasefire within 72 hours": what a
    deal commits its sides to was agreed the day the deal was signed (marked inferred)."""
    deals = {t.root.i for t in doc.spans[TRIGGERS] if t.label_ == "agreement"}
    for i in anchors:
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i in deals):
            signing = {t.i for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree}
            day = one_day_within(doc, sent, signing)
            if day is not None:
                day.inferred = True
                return day
    return None


def operation_day(doc: Doc, sent: Span, trigger: Span) -> When | None:
    """ "exchanged prisoners in Operation Big Switch, which began on Aug. 5, 1953": the day the named operation the
    event was done in began."""
    for prep in (c for c in trigger.root.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "under")):
        for name in (g for g in prep.children if g.dep_ == "pobj"):
            if name.lower_ != "operation" and not any(c.dep_ == "compound" and c.lower_ == "operation"
                                                       for c in name.children):
                continue
            for clause in (c for c in name.children if c.dep_ == "relcl" and
                           c.lemma_.lower() in ("begin", "start", "open", "launch")):
                day = one_day_within(doc, sent, {t.i for t in clause.subtree})
                if day is not None:
                    return day
    return None


def one_day_within(doc: Doc, sent: Span, tokens: set[int]) -> When | None:
    """The one day (or time) the sentence names among `tokens`, as a new When; None where it names none or two."""
    days = [f.when for span, f in doc._.tw_dates if sent.start <= span.start < sent.end and f.anchor and
            span.root.i in tokens and f.when.precision in ("day", "minute")]
    if len(days) != 1:
        return None
    return When(start=days[0].start, end=days[0].end, precision=days[0].precision, text=days[0].text)


def conjoined_day(doc: Doc, sent: Span, trigger: Span) -> When | None:
    """ "The two men held talks on Sunday and agreed to reopen embassies": a verb joined to another that names the
    day, with none of its own, tells of the same occasion, on that day."""
    verb = trigger.root
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    return one_day_within(doc, sent, {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree})


def sides_talks_at(holder: Token, trigger: Span, status: str | None) -> bool:
    """Is `holder`, on which a place hangs, the talks held or the sides named "of" them ("the talks of the Afghan
    factions in Bonn", "talks between the Afghan factions in Bonn")? Where the sides were is where their talks were."""
    while holder.dep_ == "conj" and holder.head.i != holder.i:
        holder = holder.head  # ("between the government and the opposition in Moscow")
    return trigger.label_ == "talks" and status == "held" and (holder.i == trigger.root.i or (
        holder.dep_ == "pobj" and holder.head.lower_ in ("of", "between", "among") and
        holder.head.head.i == trigger.root.i))


def when_clause_day(doc: Doc, sent: Span, trigger: Span) -> When | None:
    """ "When Russia suspended its part in the initiative on 29 October 2022, after a drone attack on its fleet,
    traffic stopped": an attack in passing, dated by nothing of its own, on a clause whose "when" clause names the
    day, came by that day; its month, as far as the sentence tells."""
    if trigger.label_ != "attack" or trigger.root.dep_ != "pobj" or \
            trigger.root.head.lower_ not in ("after", "following"):
        return None
    verb = trigger.root.head.head
    clause = next((c for c in verb.children if c.dep_ == "advcl" and any(
        m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)), None)
    if clause is None or verb.pos_ != "VERB":
        return None
    day = one_day_within(doc, sent, {t.i for t in clause.subtree})
    return None if day is None else When(start=day.start[:7], precision="month", text=day.text, inferred=True)


def clause_of(token: Token) -> Token:
    """The verb heading the clause `token` is in: the clause of "fired" in "strikes killed 11 people, after Hezbollah
    fired two mortar rounds"."""
    node = token
    for _ in range(8):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") and node.dep_ in CLAUSE_DEPS | {"conj"}:
            return node
        node = node.head
    return node


# "The wave struck on 26 December 2004, and within a month both sides were sitting down in Finland": what a clause
# tells "within" a month or weeks of a day told before it fell after that day, about half that time on, in that
# month as far as the sentence tells.
WITHIN_DAYS = {"month": 15, "week": 4}


def within_after(trigger: Span) -> int | None:
    """Days on from the day told in another clause, for a clause the trigger is in that says "within a month" (or
    "within weeks"); None where it says no such thing."""
    verb = clause_of(trigger.root)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "within":
            for unit in prep.children:
                if unit.dep_ == "pobj" and unit.lemma_.lower() in WITHIN_DAYS:
                    return WITHIN_DAYS[unit.lemma_.lower()]
    return None


def other_outside(other: Span, trigger: Span) -> bool:
    """Is the other event no part of what the trigger's phrase holds ("a proposal for a 30-day truce" holds the
    truce, and its days; so does "the agreement … calls for a 60-day truce")?"""
    holder = trigger.root.head if trigger.root.dep_ in ("nsubj", "nsubjpass") else trigger.root
    if other.root.i not in {t.i for t in holder.subtree}:
        return True
    between = [t for t in other.root.ancestors if t.i != holder.i and holder.i in {a.i for a in t.ancestors}]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in OTHER_TERMS for t in between)  # "responded to a framework
    # drawn up in Paris with a plan for a 135-day truce": the days are the other plan's


def denied_charge(word: Token) -> Token | None:
    """The verb of denial a charge is the object of ("…, a charge Moscow denies"), or None."""
    if word.dep_ == "dobj" and word.head.lemma_.lower() in ("deny", "refute", "reject", "dismiss"):
        return word.head
    return next((c for c in word.children if c.dep_ == "relcl" and c.lemma_.lower() in ("deny", "refute", "reject",
                                                                                        "dismiss")), None)


def turncoat(ref: ActorRef) -> bool:
    """Is the actor a person who changed sides (the actors file's `sides`)?"""
    return ref.kind == "person" and ref.name in actor_book().sides


def own_words(sent: Span, trigger: Span, in_sent: list[Span]) -> str:
    """The sentence without what other events' clauses say, for numbers: "a phone call … that lasted more than two
    hours" gives the two hours to the call alone; "Israeli strikes killed 11 people …, after Hezbollah fired two
    mortar rounds" gives the 11 dead to the strikes alone."""
    def subject(clause: Token) -> bool:  # a clause of its own ("after Hezbollah fired"), not "three others wounded"
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in clause.children)

    kept = {t.i for t in sent}
    for other in (t for t in in_sent if t.root.i != trigger.root.i):
        inside = trigger.root in other.root.subtree  # "talks on a truce that …": only the talks' own clauses
        for clause in (c for h in ([other.root] if inside else other.root.subtree) for c in h.children
                       if c.dep_ in ("relcl", "acl")):  # "a call with Trump that lasted two hours"
            words = {t.i for t in clause.subtree}
            if trigger.root.i not in words:
                kept -= words
    for other in (t for t in in_sent if t.label_ != trigger.label_ and nominal(t.root) and
                  other_outside(t, trigger)):
        for mod in (c for c in other.root.children if c.dep_ in ("amod", "compound", "nummod")):
            words = {t.i for t in mod.subtree}  # "a 72-hour ceasefire … after 48 hours of negotiations": the 72
            if trigger.root.i not in words:  # hours are the truce's
                kept -= words
    for other in (t for t in in_sent if t.root.i != trigger.root.i and t.root.pos_ == "VERB"):
        for span in (c for c in other.root.children if c.dep_ == "prep" and c.lower_ == "for"):
            words = {t.i for t in span.subtree}  # "met for nearly three hours … but did not reach a ceasefire":
            if trigger.root.i not in words:  # how long the meeting went on
                kept -= words
    if trigger.label_ == "talks":  # "the talks have ended and we are not going to a fourth round": not their round
        own = clause_of(trigger.root)  # (nor "held talks in Istanbul …, after a first round in Doha produced …")
        for clause in (c for c in own.children if c.dep_ in ("conj", "parataxis", "advcl") and subject(c)):
            kept -= {t.i for t in clause.subtree}
    others = [t for t in in_sent if t.label_ == trigger.label_ and t.root.i != trigger.root.i]
    if trigger.label_ in ("attack", "ceasefire") and others:  # (also "a one-month truce, and … a two-week pause")
        own = clause_of(trigger.root)
        if subject(own):
            kept &= {t.i for t in own.subtree}
            if (toll := toll_of_when_clause(own)) is not None:
                kept |= {t.i for t in toll.subtree}  # "At least 34 people were killed when two Russian ballistic
                # missiles struck Sumy": the toll of the strike the clause tells
        for other in others:
            clause = clause_of(other.root)
            if clause.i == own.i or clause.head.i == clause.i or not subject(clause):
                continue  # the same clause, or one that tells the same attack ("strikes that killed 11")
            words = {t.i for t in clause.subtree}
            if trigger.root.i not in words:
                kept -= words
    if trigger.label_ == "prisoner_exchange" and others:
        def joined(clause: Token) -> set[int]:  # what a clause joined to it, with its own subject, tells
            return {t.i for c in clause.children if c.dep_ in ("conj", "parataxis") and subject(c) for t in c.subtree}

        def dead(clause: Token) -> bool:
            apart = joined(clause)
            return any(remains(t) and t.i not in apart for t in clause.subtree)

        def days(clause: Token) -> set[str]:  # the days a clause names, without a clause joined to it or one on a
            # noun ("under the ceasefire that began on Friday")
            apart = joined(clause) | {t.i for c in clause.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            return {t.lower_ for t in clause.subtree if t.ent_type_ == "DATE" and t.i not in apart and (
                calendar_word(t.text) or t.lower_ in ("yesterday", "today", "tomorrow", "tonight") or
                t.text[:1].isdigit())}  # (a day on the calendar, not "the seventh day")

        def marked(clause: Token) -> bool:  # a clause told as coming before or after another
            return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS
                                                  for c in clause.children)

        own = clause_of(trigger.root)
        for other in others:  # "exchanged 146 prisoners each, and Russia handed over the bodies of 1,000 soldiers":
            clause = clause_of(other.root)  # the dead are counted apart from the living; and "three hostages were
            # released on Sunday, and Israel freed 90 prisoners early on Monday" are two days' releases
            if clause.i != own.i and subject(clause) and (
                    dead(clause) != dead(own) or days(clause) and days(own) and days(clause) != days(own) or
                    marked(clause) != marked(own)):  # ("put off the release of 620 prisoners on Sunday, hours
                # after Hamas freed six hostages": one side's act, and what it came after)
                words = {t.i for t in clause.subtree}
                if trigger.root.i in words:  # the other clause holds this one: only its own part goes
                    words -= {t.i for t in own.subtree}
                kept -= words
    return "".join(t.text_with_ws for t in sent if t.i in kept)


def acting_under(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Turkey will allow the refugees to return as part of a UN-brokered deal", "under the agreement, Hamas is to
    release …": who acts under a deal is a party to it."""
    root = trigger.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "part":
        root = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ not in ("as", "under") or root.head.head.pos_ not in ("VERB", "AUX") \
            or (root.head.lower_ == "as") != (root.i != trigger.root.i):
        return []
    verb = root.head.head
    if not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.sent.root  # "allow the refugees … to return home as part of a deal": the subject of the whole
    joined = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else []
    # ("Hamas released the last 20 hostages, and Israel freed 2,000 prisoners under the ceasefire": both act under it)
    return [ref for v in [*joined, verb] for ref in subject_refs(v, actor_mentions)]


def signed_under(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Armenia and Azerbaijan stopped fighting …, under a statement signed by Aliyev, Pashinyan and Putin": who
    signed the text the sides act under (a signer who is neither side brokered it)."""
    verbs = [trigger.root] + ([trigger.root.head] if trigger.root.dep_ in ("dobj", "xcomp") else [])
    ids = {t.i for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "under"
           for text in p.children if text.dep_ == "pobj"
           for clause in text.children if clause.dep_ == "acl" and clause.lemma_.lower() in ("sign", "issue")
           for agent in clause.children if agent.dep_ == "agent" for t in agent.subtree}
    return [ref for m in actor_mentions if m.root.i in ids for ref in m.refs]


def war_ended(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "a U.S.-brokered ceasefire ended the war between Israel and Hezbollah": the sides of the war a deal ended are
    its sides."""
    verb = trigger.root.head
    if trigger.root.dep_ != "nsubj" or verb.lemma_.lower() not in ("end", "halt", "stop", "freeze"):
        return []
    ids = {t.i for war in verb.children if war.dep_ == "dobj" and war.lemma_.lower() in (
        "war", "conflict", "fighting", "hostility", "clash") for p in war.children
        if p.dep_ == "prep" and p.lower_ == "between" for t in p.subtree}
    return [ref for m in actor_mentions if m.root.i in ids for ref in m.refs]


def bound_by(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "The peace agreement … requires Rwanda to lift its measures and Congo to neutralise the FDLR": whom a deal
    binds to act are its parties. A deal that binds one side ("requires Hezbollah to withdraw") names no more than
    one of its parties, and the others are left to be told elsewhere."""
    verb = trigger.root.head
    if trigger.root.dep_ != "nsubj" or verb.lemma_.lower() not in CONTENT_VERBS:
        return []
    doc = trigger.doc
    ids = {t.i for t in verb.subtree}
    bound = [ref for m in actor_mentions if m.root.i in ids and (m.root.dep_ == "dobj" and m.root.head.i == verb.i or
                                                                 m.end + 1 < len(doc) and doc[m.end].lower_ == "to"
                                                                 and doc[m.end + 1].pos_ == "VERB") for ref in m.refs]
    return bound if len({ref.code for ref in bound}) > 1 else []


def unknown_imposer(chain: list[Token], actor_mentions: list[ActorMention]) -> bool:
    """Is the subject of the verb that imposes the sanction a named organisation that is no actor of ours (a sports
    body, a company)?"""
    tagged = {i for m in actor_mentions for i in range(m.start, m.end)}
    subjects = [c for v in chain if v.pos_ == "VERB" for c in v.children
                if c.dep_ == "nsubj" or c.dep_ == "npadvmod" and c.i < v.i]  # ("FIFA imposed", parsed as a modifier)
    return any((s.ent_type_ == "ORG" or s.pos_ == "PROPN" and s.text.isupper() and len(s.text) >= 3) and
               not {t.i for t in s.subtree} & tagged and not referring_body(s) for s in subjects)


def referring_body(subject: Token) -> bool:
    """ "The Council today adopted a 16th package": a body named by its bare title, the one the text is from or
    about, not an outside organisation by name."""
    return subject.lower_ in ("council", "commission", "government", "ministry", "administration") and \
        [t.lower_ for t in subject.subtree] == ["the", subject.lower_]


def hyphen_mediated(m: ActorMention, words: frozenset[str] | set[str] = MEDIATED) -> bool:
    """Is the actor named before "-brokered", "-hosted" …, as one word ("Qatar-brokered") or split by the tokenizer
    ("United Nations - hosted")?"""
    doc = m.root.doc
    if "-" in m.root.text and m.root.lower_.rsplit("-", 1)[1] in words:
        return True
    if m.root.text.endswith("-") and doc[m.end:m.end + 1].text.lower() in ("and", "or"):
        shared = doc[m.end + 1:m.end + 6]  # "U.S.- and Saudi-brokered talks": the second's suffix is both's
        return any(t.lower_ in words and t.i > 0 and doc[t.i - 1].text in ("-", "–") or
                   "-" in t.text and t.lower_.rsplit("-", 1)[1] in words for t in shared)
    after = doc[m.end:m.end + 2]
    return len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in words


def together(verb: Token) -> bool:
    """ "Ankara brokered the initiative together with the United Nations": whoever it is done together with does it
    too."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "together" for g in c.children)
               for c in verb.children)


CONSEQUENCES = {"raise", "spark", "fuel", "prompt", "trigger", "heighten", "deepen", "stoke", "revive"}  # what
# fighting already told brings about: "The fighting has raised fears that …" (not "The coup prompted the uprising":
# a coup is one act, told again)


@lru_cache(maxsize=1)
def setting_words() -> frozenset[str]:
    """The words of a war's setting ("the fighting", "the violence"): triggers.json."""
    return frozenset(load("triggers")["settings"]["subjects"])


def restated(trigger: Span) -> bool:
    """ "It was the eighth exchange mediated by the UAE this year", "It was the largest attack since March": what the
    sentence before told, counted or ranked; no event of its own. So is "The fighting has raised fears that …": the
    fighting told, named again for what it brought about."""
    root = trigger.root
    if trigger.label_ == "attack" and nominal(root) and root.dep_ == "nsubj" and \
            root.lemma_.lower() in setting_words() and root.head.lemma_.lower() in CONSEQUENCES and \
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in root.children) and \
            not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in root.children):
        return True
    return root.dep_ == "attr" and root.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in root.head.children) and any(
        c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" for c in root.children)  # (not "could it have been an air
    # strike by the regime?")


CAPTIVITY = {"captivity", "custody"}
HOLDING = {"hold", "capture", "abduct", "kidnap", "detain", "seize", "take"}
SERVICE_NOUNS = {"soldier", "troop", "serviceman", "servicemen", "serviceperson", "fighter", "marine", "combatant",
                 "defender", "officer", "sailor", "pilot", "paratrooper"}  # who a side's forces are


def remains(word: Token) -> bool:
    """Does the word name the dead handed over ("the bodies of", "the remains of")?"""
    return word.lemma_.lower() == "body" or word.lower_ == "remains"


def fallen_of(word: Token) -> bool:
    """Does the word name the army of fallen soldiers whose bodies are handed over ("the bodies of 6,000 Ukrainian
    soldiers")?"""
    noun = word.head
    return noun.lemma_.lower() in SERVICE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        remains(noun.head.head)


def prisoners_of_war_of(word: Token) -> bool:
    """Does the word name the army whose soldiers a side holds as prisoners of war ("the first American prisoners of
    war", "Ukrainian POWs"), the side they go back to?"""
    noun = word.head
    of_war = any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ == "war" for g in p.children)
                 for p in noun.children)
    return word.dep_ in ("amod", "compound") and (noun.lower_ in ("pows", "pow") or
                                                 noun.lemma_.lower() == "prisoner" and of_war)


def captors(sent: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """Who held the people a swap frees is its other side: "after five years in Hamas captivity", "held by Hamas"
    (not where they were held: "hostages held in Gaza")."""
    out = []
    for m in actor_mentions:
        head, dep = m.root.head, m.root.dep_
        if dep in ("compound", "poss") and head.lemma_.lower() in CAPTIVITY or \
                dep == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in HOLDING:
            out += m.refs
    return out


def freed_by_the_speaker(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Bashir said on Tuesday that half of the JEM fighters … would be freed at once": a release told in the passive,
    with no one named as freeing, in what a state's leader says, is his state's."""
    root = trigger.root
    if root.pos_ != "VERB" or root.dep_ != "ccomp" or root.head.lemma_.lower() not in SAYING or \
            not any(c.dep_ == "auxpass" for c in root.children) or any(c.dep_ == "agent" for c in root.children):
        return []
    states = actor_book().states
    return [ref for ref in subject_refs(root.head, actor_mentions) if ref.code in states]


def making_of_the_text(verb: Token) -> Token | None:
    """ "the UN Security Council passed Resolution 598, which demanded …": for a verb in a clause on a text, the verb
    that made the text (the one the text is the object of); None for any other verb."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    text = verb.head
    return text.head if text.dep_ == "dobj" and text.head.pos_ == "VERB" else None


def makers_of_the_text(verb: Token, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """What a text asks, in a clause on it, is asked by whoever made it ("the UN Security Council passed Resolution
    598, which demanded that Iran and Iraq stop fighting")."""
    making = making_of_the_text(verb)
    return subject_refs(making, actor_mentions) if making is not None else []


def dealers_after(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Thailand and Cambodia agreed to a ceasefire after talks in Putrajaya": who made the deal after the talks
    took part in them."""
    verb = dealt_after(trigger)
    if verb is None:
        return []
    return subject_refs(verb, actor_mentions)


def talked_with(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Ukraine agreed to the plan after talks with American officials": talks with someone, in a phrase on a
    clause, were had by that clause's subject."""
    prep = phrase_prep(trigger, ("after", "following", "during", "in", "at"))
    if prep is None or not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.root.children):
        return []
    verb = prep.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or any(c.dep_ == "nsubj" for c in verb.children):
            break
        if verb.dep_ not in ("xcomp", "acomp", "conj", "advcl") or verb.head.i == verb.i:
            return []
        verb = verb.head
    return subject_refs(verb, actor_mentions)


def answered_at(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Ukraine had accepted a U.S. proposal for a full 30-day ceasefire at talks in Jeddah": who answered a
    proposal at talks, and whose proposal it was, took part in them."""
    prep = phrase_prep(trigger, ("at", "during"))
    if prep is None:
        return []
    verb = prep.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEALING | REJECTING:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    whose = [r for m in actor_mentions for o in objects if m.root.head.i == o.i and
             m.root.dep_ in ("compound", "poss", "amod", "nmod") for r in m.refs]
    return subject_refs(verb, actor_mentions) + whose


TELLING = {"tell", "assure", "warn", "urge", "ask", "inform"}
HANDING = {"hand", "give", "present", "submit", "deliver"}


def told_in(trigger: Span, actor_mentions: list[ActorMention]) -> list[ActorRef]:
    """ "Erdogan told Putin in a phone call that …": whom a speaker told something in a call or meeting was the other
    side of it; "Russia handed Ukraine a memorandum … at talks in Istanbul": who handed it and to whom."""
    prep = phrase_prep(trigger, ("in", "during", "at"))
    if prep is None:
        return []
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else next(
        (t for t in prep.head.ancestors if t.lemma_.lower() in HANDING), prep.head)  # (through "a memorandum
    # setting out its conditions for a ceasefire at talks")
    lemma = verb.lemma_.lower()
    if not (lemma in TELLING and prep.head.i == verb.i and prep.lower_ != "at" or lemma in HANDING):
        return []
    ids = {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    handed = [ref for m in actor_mentions if m.root.i in ids for ref in m.refs]
    return (subject_refs(verb, actor_mentions) + handed) if lemma in HANDING and handed else handed


def generic(trigger: Span, chain: list[Token], carriers: dict) -> bool:
    """Is the event any one of its kind, none in particular: "any assassination on Lebanese soil", "any easing of
    sanctions", "any side that violates the truce"?"""
    nouns = [trigger.root, *(t for t in chain if t.lemma_.lower() in carriers)]
    nouns += [t.head for t in [trigger.root, *chain] if t.dep_ == "relcl"]
    return any(c.dep_ == "det" and c.lower_ in ("any", "every") for noun in nouns for c in noun.children)


CLAIMING = {"say", "claim", "admit", "confirm", "acknowledge"}
STOPPING = ASPECTUAL - GOING_ON | {"end"}  # verbs by which a side stops what it does
ORDERING = {"order", "instruct", "command"}  # verbs by which a side sets its forces on a task


def unclaimed(token: Token) -> bool:
    """Is the attack told in what its doer has not said: "Kyiv has not said it carried out the attack" (no one's
    claim, so no doer)?"""
    node = token
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in CLAIMING:
            return any(c.dep_ == "neg" for c in node.head.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def killed_named(verb: Token) -> set[int]:
    """The tokens of the people a past participle of a toll verb hangs on ("Nasrallah, killed in …"; "Nasrallah and a
    general, both killed in …"), with the words of their phrases but not the participle's own."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in TOLL_VERBS:
        return set()
    noun = verb.head.head if verb.head.lower_ in ("both", "all") and verb.head.dep_ == "appos" else verb.head
    if not nominal(noun):
        return set()
    own = {t.i for t in verb.subtree}
    return {t.i for n in (noun, *noun.conjuncts) for t in n.subtree} - own


def intercepted(verb: Token) -> bool:
    """ "Air defences shot down 337 Ukrainian drones": stopping a projectile, which tells of its owner's attack."""
    lemma = verb.lemma_.lower()
    words = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt" or
                       c.dep_ == "advmod" and c.lower_ == "down"}  # (the parser may take "down" for an adverb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "npadvmod" and
               c.pos_ == "NUM"]  # ("shot down 39 of 49 drones", the count parsed as an adverb)
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]  # "downed 40 of 52 Russian drones"
    return bool(words & set(INTERCEPTION["verbs"])) and any(
        o.lemma_.lower() in INTERCEPTION["objects"] and not any(
            c.lower_ in INTERCEPTION["unarmed"] for c in o.children if c.dep_ in ("amod", "compound"))
        for o in objects)  # (but "shot down a surveillance drone" attacked the drone's owner)


def without_self_targets(actors: list[tuple[ActorRef, str]]) -> list[tuple[ActorRef, str]]:
    """ "Hezbollah fired …, its first attack": one side does not attack itself; nor is a side of a truce its target
    ("agreed to stop targeting each other, after Trump said Washington would halt its campaign against the group")."""
    acting = {r.code for r, role in actors if role in ("initiator", "participant")}
    return [(r, role) for r, role in actors if not (role == "target" and r.code in acting)]


def between_others(trigger: Span, subject: ActorMention, actor_mentions: list[ActorMention]) -> bool:
    """Do the talks name their sides with "between", sides other than `subject` ("suspended talks between Sudan's
    army and the RSF")?"""
    nouns = [trigger.root] + ([trigger.root.head] if trigger.root.dep_ == "compound" else [])  # ("the ceasefire
    # agreement between Israel and Hezbollah")
    named = [g for noun in nouns for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj"]
    named += [c for g in named for c in g.conjuncts]
    between = {t.i for g in named for t in g.subtree} - {  # (not "in Jeddah" hung on the second side)
        t.i for g in named for c in g.children if c.dep_ == "prep" for t in c.subtree}
    sides = {r.code for m in actor_mentions if m.root.i in between for r in m.refs}
    return bool(sides) and not sides & {r.code for r in subject.refs}


def reciprocal(verb: Token) -> bool:
    """A verb whose object is "each other" or "one another": its subjects act on one another."""
    return any(c.dep_ == "dobj" and c.lower_ in ("other", "another") for c in verb.children)


BREAKING_THROUGH = load("triggers")["breaking_through"]
SUBMITTING = {"accept", "recognise", "recognize", "acknowledge"}  # what a surrender's text does to the other side
CLASHING = {"fight", "clash", "battle", "skirmish"}  # verbs two sides do to each other, told as their subject


def mutual(verb: Token) -> bool:
    """Do a verb's subjects act on one another: "fought each other", or a pair that "fought" or "clashed" with no
    one else named as whom it fought ("Government forces and UNITA fought in Luanda")?"""
    return reciprocal(verb) or verb.lemma_.lower() in CLASHING and not any(
        c.dep_ in ("dobj", "agent") or c.dep_ == "prep" and c.lower_ in ("against", "with") for c in verb.children) \
        and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def hosts_guest(verb: Token, trigger: Span) -> bool:
    """Does the host verb take a guest as its object, rather than the talks themselves?"""
    return any(c.dep_ == "dobj" and c.i != trigger.root.i and c.pos_ == "PROPN" for c in verb.children)


REACHING = {"reach", "strike", "conclude", "clinch", "seal", "finalize", "finalise"}  # verbs of making a deal
COMMITTING = {"pledge", "commit", "promise", "vow", "agree", "undertake", "aim", "hope", "seek", "plan", "intend",
              "want", "expect"}  # verbs of a deal still aimed at


def still_to_reach(chain: list[Token]) -> bool:
    """Is the deal one the sides commit to reach, not one they reached ("pledged to reach a final deal by Aug. 18",
    "agreed to conclude a peace treaty")?"""
    for verb in chain:
        if verb.lemma_.lower() not in REACHING or verb.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        node = verb
        for _ in range(4):  # "pledged to begin implementing … and to reach a final deal"
            if node.dep_ == "xcomp" and (node.head.lemma_.lower() in COMMITTING or any(
                    c.dep_ == "dobj" for c in node.head.children)) or node.dep_ == "advcl":
                return True  # (but "managed to reach a deal" reached it); "would begin talks to reach a deal": its aim
            if node.dep_ not in ("conj", "xcomp"):
                break
            node = node.head
    return False


def is_infinitive(trigger: Span) -> bool:
    """ "to be exchanged", "to release": an event set out, not one that happened."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.root.children) and trigger.root.pos_ == "VERB"


def sides(mention: Mention) -> list[ActorRef]:
    """The two sides a mention names: its participants; or, for what one side does to another, whoever acts and
    whoever it acts on ("Russia and Ukraine accused each other", "Russian troops shelled Ukrainian positions"), or
    a truce one side declares with another ("would stop bombing the Houthis")."""
    participants = [ref for ref, role in mention.actors if role == "participant"]
    signers = [ref for ref, role in mention.actors if role == "initiator"]
    if mention.type in ("agreement", "ceasefire") and mention.status in ("agreed", "signed") and \
            len({r.code for r in participants if r.code}) < 2 <= len({r.code for r in signers if r.code}):
        return signers  # "the signing … of the General Agreement by President Rakhmonov and Nuri": its two sides
    if len({r.code for r in participants if r.code}) >= 2 or mention.type not in ("attack", "accusation", "ceasefire"):
        return participants
    if mention.type == "accusation" and not (mention.codes(("initiator",)) and mention.codes(("target",))) or \
            mention.type == "accusation" and mention.trigger.root.lemma_.lower() in FINDING:
        return participants  # "Egypt and Qatar condemned the strikes": two who accuse together are no two sides;
        # nor is a government that finds a side guilty of genocide its foe in the war
    return [ref for ref, role in mention.actors if role in ("initiator", "target", "participant")]


SEQUENCE_WORDS = {"after", "before", "since", "until"}  # what orders one clause's act after another's
STOPPING_PROJECTILES = {"intercept", "down", "shoot", "destroy"}  # verbs of stopping what was fired ("shot down")
OUTCOMES_OF_ATTACK = {"sink", "destroy", "capture", "seize", "down"}  # what an attack comes to, told after it


def led_up(found: list[Mention], sent: Span) -> None:
    """ "They had sunk the carrier, after an attack that began on Monday night killed four of its crew": an attack
    told with no doer in an "after" clause of another attack's verb was the same side's, the one that led up to it."""
    attacks = [m for m in found if m.type == "attack" and m.sentence.start == sent.start]
    for m in attacks:
        if m.codes(("initiator",)) or m.status != "occurred":
            continue
        clause = m.trigger.root.head if m.trigger.root.dep_ == "nsubj" else None
        if clause is None or clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            continue
        main = next((o for o in attacks if o is not m and o.trigger.root.i == clause.head.i and
                     o.trigger.root.lemma_.lower() in OUTCOMES_OF_ATTACK), None)  # (not "Israel struck Gaza after an
        # attack killed two soldiers": an answer to another's attack)
        if main is not None:
            m.actors += [(ref, role) for ref, role in main.actors if role == "initiator"]


GATHERING = {"meet", "gather", "assemble", "convene"}  # verbs of those who are together somewhere
INVITED = {"leader", "side", "party", "delegation", "president", "minister", "rival", "foe", "both", "two",
           "negotiator", "envoy"}  # whom one invites to meet: the sides


def inviters_in(sent: Span, mentions: list[ActorMention]) -> tuple[list[ActorRef], list[ActorRef]]:
    """Who the sentence says invited the sides to meet ("Alexei Kosygin then invited the two leaders to Tashkent"),
    where it names the inviter and not as one of those invited; and the sides it names as invited."""
    for verb in (t for t in sent if t.lemma_.lower() == "invite" and t.pos_ == "VERB"):
        invited = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if invited is None:
            continue
        hosts, guests = hosts_and_guests(verb)
        named = [r for m in mentions if m.root.i in guests for r in m.refs if r.code]
        if invited.lemma_.lower() not in INVITED and len({r.code for r in named}) < 2:
            continue
        refs = [r for m in mentions if m.root.i in hosts for r in m.refs if r.code and
                r.code not in {g.code for g in named}]
        if refs:
            return list({r.code: r for r in refs}.values()), list({r.code: r for r in named}.values())
    return [], []




def made_at_their_end(found: list[Mention], sent: Span) -> None:
    """ "the talks of the Afghan factions in Bonn, which ended with the signing of the Bonn Agreement": a deal the
    talks ended with, naming no side of its own, was made by the talks' sides, under their mediators, where they
    were held; and talks told with no day of their own were held on the day of the deal they ended with."""
    told = [m for m in found if m.sentence.start == sent.start]
    for m in told:
        if m.type not in ("agreement", "ceasefire") or m.status not in ("agreed", "signed") or m.codes():
            continue
        path = [m.trigger.root, *m.trigger.root.ancestors]
        at = next((k for k, t in enumerate(path) if t.pos_ in ("VERB", "AUX")), None)
        if at is None or path[at].lemma_.lower() not in ENDING_VERBS or path[at - 1].dep_ != "prep" or \
                path[at - 1].lower_ not in ("with", "in"):
            continue
        verb = path[at]
        roots = {o.trigger.root.i: o for o in told if o.type == "talks"}
        held = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        while held is not None and held.i not in roots and held.dep_ in ("pobj", "prep") and held.head.i != held.i:
            held = held.head  # ("the talks of the Afghan factions in Bonn, which ended": the clause hung on the place)
        talks = roots.get(held.i) if held is not None else None
        if talks is None:
            continue
        m.actors += [(ref, role) for ref, role in talks.actors if role in ("participant", "mediator")]
        if m.place is None:
            m.place = talks.place  # (signed where they were held)
        if talks.date is None and m.date is not None:
            talks.date = replace(m.date, end=None)  # (held until the day they ended with it)


class EventFinder:
    """Doc in, Doc out: writes `doc._.tw_events`."""

    def __init__(self) -> None:
        self.status = StatusReader()
        self.host_verbs = set(load("statuses")["host_verbs"])
        self.future: dict[str, dict[str, str]] = load("statuses")["future"]
        self.mediating_verbs = set(load("statuses")["mediating_verbs"])
        self.reacting_verbs = set(load("statuses")["reacting_verbs"])
        self.keep_hypothetical = False

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.tw_ctx
        offset = doc._.tw_offset or 0
        found: list[Mention] = []
        triggers = [t for t in doc.spans[TRIGGERS] if not self.carries_other(t, doc.spans[TRIGGERS])]
        for sent in doc.sents:
            in_sent = [t for t in triggers if sent.start <= t.start < sent.end]
            mentions = sentence_mentions(sent, ctx.actors)
            topic = None if ctx.entry else briefing_topic(sent, mentions)  # (a glossary's "Malaysia." heads no
            # section of the news: it is the term its entry defines)
            if topic is not None:  # "Colombia: The government and the ELN extended …", after an item on Ukraine
                ctx.actors.new_topic(topic.refs[0])
                ctx.truce, ctx.talks, ctx.swap_sides = [], [], []
                mentions = [m for m in sentence_mentions(sent, ctx.actors) if m.start != topic.start]
            hosts, guests = inviters_in(sent, mentions)
            if hosts:
                ctx.inviters = (offset + sent.start_char, hosts)
            if len(guests) >= 2 and not ctx.actors.parties:
                ctx.actors.set_parties(guests)  # ("invited the government of Sudan and the SLM to Abuja. The two
                # sides began their talks there")
            if not ctx.actors.parties and (warring := war_sides_in(sent)):
                ctx.actors.set_parties(warring)  # "Fighting between Georgian forces and Abkhaz separatists … The two
                # sides signed an agreement on a ceasefire": the sides of the war told
            for trigger in in_sent:
                mention = self.mention(doc, sent, trigger, in_sent, mentions, offset)
                if mention is not None and mention.committed and (
                        mention.type in ctx.types_told or any(f.type == mention.type for f in found)):
                    continue  # a side that "remained committed to the ceasefire" (or the accord) the article told of
                    # tells no more
                if mention is not None:
                    found.append(mention)
                    found += gapped_twin(doc, mention, mentions)
                    proposal = self.proposal_of(mention)
                    if proposal is not None:
                        found.append(proposal)
                    earlier = self.clause_event(doc, sent, trigger, in_sent, mentions, offset, mention)
                    if earlier is not None:
                        found.append(earlier)
                    later = self.joined_step(doc, sent, trigger, in_sent, mentions, offset, mention)
                    if later is not None:
                        found.append(later)
                    if not ctx.actors.parties:
                        # "India and Pakistan agreed … Hours later, both sides accused each other": the pair is
                        # known from the next sentence on, within the paragraph too, and later in this sentence
                        # ("a ceasefire between Iran and Israel held, after Trump scolded both countries …")
                        ctx.actors.set_parties(sides(mention))
                        if ctx.actors.parties:
                            mentions = sentence_mentions(sent, ctx.actors)
            led_up(found, sent)
            made_at_their_end(found, sent)
            ctx.swap_sides += [ref for m in found if m.type == "prisoner_exchange" and
                               m.sentence.start == sent.start for ref in sides(m)]
            if not ctx.actors.parties:  # "Hamas freed 20 hostages, and Israel released 2,000 prisoners", "Russia
                # freed 215 fighters … In return, Ukraine handed over 55": the two halves of one swap name its sides
                ctx.actors.set_parties(ctx.swap_sides)
            ctx.actors.remember(mentions)
            ctx.actors.remember_border(sent)
        doc._.tw_events = found
        return doc

    def carries_other(self, trigger: Span, triggers) -> bool:
        """ "a ceasefire agreement", "an agreement for a prisoner exchange": the agreement is the other event's
        status, not an event of its own."""
        root = trigger.root
        if trigger.label_ == "demand" and root.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.i in {t.root.i for t in triggers if t.label_ == "ceasefire"}
                for c in root.children):
            return True  # "The Security Council demanded a ceasefire": the truce called for is what it demands
        if root.dep_ in ("compound", "amod") and self.status.carriers.get(root.head.lemma_.lower()) == "agree":
            root = root.head  # "a draft agreement for a ceasefire": the draft is the agreement that carries it (but
            # "a draft proposal for a Gaza truce" Hamas is studying is the document put to it)
        if trigger.label_ not in CARRIER_TYPES or root.lemma_.lower() not in self.status.carriers:
            return False
        if trigger.label_ == "proposal" and any(c.dep_ == "compound" and c.i in {
                t.root.i for t in triggers if t.label_ == "ceasefire"} for c in trigger.root.children) and \
                self.status.read(trigger, "proposal", list(triggers)).status in ANSWERS:
            return False  # "rejected a ceasefire proposal put forward by the Quad": a document named for the truce,
            # answered too (but "accepted the proposal for a seven-day ceasefire" is the truce's answer alone)
        others = {t.root.i for t in triggers if t.label_ != trigger.label_}
        if trigger.root.i == root.i and any(t.label_ == "ceasefire" and t.end == trigger.start for t in triggers):
            return True  # "signed a cessation of hostilities agreement": the name runs into the deal's word, however
            # the parser hangs it
        for child in root.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i in others:
                return True
            if child.dep_ == "acl" and child.i in others and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in child.children):
                return True  # "an agreement to exchange another 1,200 prisoners": the swap agreed
            if child.dep_ == "prep" and child.lower_ in ("for", "on", "of", "to"):
                if any(g.dep_ == "pobj" and g.i in others for g in child.children):
                    return True
        return False

    def joined_step(self, doc: Doc, sent: Span, trigger: Span, in_sent: list[Span],
                    actor_mentions: list[ActorMention], offset: int, told: Mention) -> Mention | None:
        """A second step of a truce told by a verb joined to the first with no subject of its own: "The ceasefire
        took effect on the evening of 22 May for seven days and was extended on 29 May for a further five days"."""
        if told.type != "ceasefire" or trigger.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = trigger.root.head
        step = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if step is None or not any(t.ent_type_ == "DATE" for t in step.subtree):
            return None  # (a step of its own day only: "took effect and held" is one telling)
        cls = self.status.verb_class(step, told.type)
        status = self.status.classes.get(cls or "", {}).get(told.type)
        if status is None or status == told.status:
            return None
        negated = any(c.dep_ == "neg" for c in step.children)
        made = self.mention(doc, sent, trigger, in_sent, actor_mentions, offset,
                            Reading(status, 2, [step], [cls], negated, cls=cls))
        if made is not None:  # each step its own numbers: "for seven days … for a further five days"
            made.quantities = quantities(doc[step.i:step.right_edge.i + 1].text, told.type)
            told.quantities = quantities(doc[sent.start:step.left_edge.i].text, told.type)
        return made

    def clause_event(self, doc: Doc, sent: Span, trigger: Span, in_sent: list[Span],
                     actor_mentions: list[ActorMention], offset: int, told: Mention) -> Mention | None:
        """What a clause on the trigger says befell it, when the sentence does something else with it: "voted
        against the deal that Santos signed with Londono last week in Cartagena" tells of the signing too, with its
        own parties, day and place."""
        if told.clause_reading is None or told.proposed_by:
            return None  # (a proposal named by its proposer is made by `proposal_of`)
        made = self.mention(doc, sent, trigger, in_sent, actor_mentions, offset, told.clause_reading)
        clause = told.clause_reading.chain[0]
        if made is not None:
            made.aside = True
            if made.date is not None and told.date is not None and made.date.start == told.date.start and \
                    not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
                made.date = None  # "a ceasefire agreed by the two men in Khartoum took effect at midnight": the
                # midnight is the start's, not the agreeing's
            if told.type == "talks" and told.place is None:
                told.place = made.place  # "would not attend talks that Angola had arranged in Luanda": the talks
                # refused are where they were arranged (unlike a deal suspended, which was signed elsewhere)
        if made is not None and (clause.dep_ == "acl" or made.status == "in_effect") and \
                not any(c.dep_ == "agent" for c in clause.children):
            made.actors += [(ref, "participant") for ref, role in told.actors
                            if role in ("initiator", "participant") and ref.code not in made.codes() and
                            ref.code not in actor_book().organisations]
            # "Thailand suspended a peace agreement with Cambodia signed last month": both sides signed it (but the
            # U.N. that "announced the extension of the truce, which began on April 2" is no side of its start)
        return made

    def done_before(self, trigger: Span, reading: Reading) -> Reading | None:
        """The status a past relative clause on the trigger gives, by a subject of its own ("the ceasefire it
        declared on 15 July"), where the words that govern the trigger give another."""
        other = self.status.participle(trigger, trigger.label_)
        if other is None or other.status == reading.status or not other.chain:
            return None
        clause = other.chain[0]
        if clause.dep_ != "relcl" or clause.head.i != trigger.root.i or clause.tag_ != "VBD" or \
                not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in clause.children):
            return None
        return other

    def clause_reading(self, trigger: Span, reading: Reading, anchors: set[int]) -> Reading | None:
        """The status a clause on the trigger gives, when the words that govern it give another and the clause names
        who did it: "the deal that Santos signed", "a truce brokered by Russia" (not "the deal, which took effect at
        1 a.m.", which tells the same deal's day)."""
        if reading.strength < 2 or not reading.status:
            return None
        other = self.status.participle(trigger, trigger.label_)
        if other is None or other.status == reading.status:
            return None
        clause = other.chain[0]
        signed_then = clause.dep_ == "acl" and other.cls in ("sign", "agree", "announce") and reading.status in (
            "ended", "violated", "rejected", "in_effect") and any(
            c.ent_type_ in (("DATE",) if other.cls == "announce" else ("DATE", "GPE")) for c in clause.subtree)
        # "suspending a peace agreement signed last month in Kuala Lumpur": the signing, told apart from its end; "a
        # ceasefire agreed by Kiir and Machar in Khartoum took effect at midnight": the agreeing, apart from its start;
        # "the Taliban's ceasefire, announced on Saturday evening by the group's spokesman, ended on Tuesday night"
        started_then = clause.dep_ == "relcl" and other.status == "in_effect" and reading.status in (
            "agreed", "signed", "announced", "extended") and any(
            c.ent_type_ == "DATE" for c in clause.subtree)
        # "had agreed on June 23 to a bilateral ceasefire, which took effect on Aug. 29", "announced the extension of
        # the truce, which began on April 2": its start, on a day of its own
        brokered_then = clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in self.mediating_verbs and \
            other.status == "agreed" and reading.status in ("ended", "violated", "rejected", "in_effect") and any(
                c.ent_type_ == "DATE" for c in clause.subtree)
        # "The ceasefire that NATO's envoy Pieter Feith brokered on 5 July has been broken almost daily": its making,
        # on a day of its own, apart from how it fared
        signed_then = signed_then or started_then or brokered_then
        if clause.i in anchors and not signed_then:
            return None
        if any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in clause.children):
            return None  # "a 60-day truce during which Israeli troops withdraw": what happens in its time
        if clause.lemma_.lower() in self.mediating_verbs and not brokered_then or not signed_then and not any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVES or c.dep_ == "agent" and c.lower_ == "by"
                for c in clause.children):
            return None  # ("a swap brokered by Turkey" is the swap itself, with its brokers)
        other.negated = any(c.dep_ == "neg" for c in clause.children)  # "a truce, which the army has not accepted"
        other.status, other.negated = declined(other.status, other.negated, [clause])
        return other

    def mention(self, doc: Doc, sent: Span, trigger: Span, in_sent: list[Span],
                actor_mentions: list[ActorMention], offset: int, reading: Reading | None = None) -> Mention | None:
        event_type = trigger.label_
        given = reading is not None
        reading = reading or self.status.read(trigger, event_type, in_sent)
        if event_type == "proposal" and reading.chain[:1] and self.status.verb_class(reading.chain[0]) == "sign":
            event_type = "agreement"  # "Russia, Iran and Turkey signed a memorandum": terms signed are a deal
            reading = self.status.read(trigger, event_type, in_sent)
        if reading.topic or restated(trigger):
            return None
        if not given and reading.cls == "call" and event_type in ("agreement", "ceasefire") and \
                (done := self.done_before(trigger, reading)) is not None and done.cls in ("sign", "agree"):
            return self.mention(doc, sent, trigger, in_sent, actor_mentions, offset, done)  # "calls on Sankoh … to
            # honour the Lomé Peace Agreement that he signed with President Kabbah": the call is to keep a deal its
            # clause tells was signed
        if reading.status in ("ended", "violated", "failed") and reading.chain[:1] and any(
                c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in reading.chain[0].children) and \
                not any(c.dep_ == "aux" and c.lower_ == "have" for c in reading.chain[0].children):
            return None  # "fears that a 2018 peace deal … could collapse": an end feared, not one that came
        if generic(trigger, reading.chain, self.status.carriers) and \
                not reading.negated and reading.status not in ("rejected", "failed"):
            return None  # "warned that any assassination on Lebanese soil would …", "any easing of sanctions would
            # be a weakening": no act in particular (but "rejected any truce", "would not agree to any truce" refuse
            # every one)
        if event_type == "accusation" and trigger.root.dep_ in ("acl", "advcl") and trigger.root.tag_ == "VBN" and \
                not any(c.dep_ in ("agent", "aux", "auxpass", "mark", "nsubjpass") for c in trigger.root.children):
            return None  # "ETA, blamed for more than 800 deaths in four decades of bombings, …": how a group is known,
            # no charge someone made (but "the group, accused by Kyiv of …")
        if event_type == "agreement" and trigger.root.pos_ == "VERB" and any(
                agreed_under_a_named_deal(v, self.status) for v in reading.chain[1:]):
            return None  # "Under the Luanda agreement of 6 September 2002, Uganda agreed to pull its troops out":
            # a term of the deal the phrase names, which tells the deal
        if reading.negated and denied_its_deal(reading.chain):
            return None  # "the prisoners were not freed under Simla": what is denied is the deal it was done under,
            # not the freeing (which came under the Delhi Agreement)
        if event_type == "talks" and members_meet(trigger.root):
            return None  # "NATO ambassadors meet tomorrow to decide whether to send the force": one body's own
            # members in council, no talks between sides
        if event_type == "talks" and given_a_chance(trigger.root):
            return None  # "saying he wanted to give talks with govt a chance": the talks going on, as a hope, no
            # round of their own
        if event_type in ("ceasefire", "agreement") and counted_many(trigger.root):
            return None  # "Since then, seven peace deals have been signed", "Four earlier ceasefires this year broke":
            # a tally of many, none told as itself
        if event_type == "agreement" and provided_by_a_deal(trigger.root):
            return None  # "The Agreement provided for a Joint Military Commission and for the withdrawal of all
            # foreign forces": the deal's terms, no deal of their own
        if event_type == "attack" and warned_against(trigger, reading):
            return None  # "the armed groups are warned not to attack", "warned armed groups against attacking": what
            # others are told not to do, no attack of anyone's
        if event_type == "ceasefire" and (signing := text_signed_for(trigger.root)) is not None and \
                self.status.verb_class(signing) in ("sign", "agree"):
            reading = replace(reading, status="agreed", strength=2, chain=[signing], cls="agree", classes=["agree"])
            # ("signed a statement under which all military operations stopped from midnight": a truce agreed)
        if event_type == "prisoner_exchange" and (deal := purpose_of_a_deal(trigger.root)) is not None and \
                self.status.verb_class(deal) in ("agree", "sign"):
            reading = replace(reading, status="agreed", strength=2, chain=[deal], cls="agree", classes=["agree"])
            # ("agreed to a humanitarian ceasefire so that the two sides could swap prisoners": a swap agreed)
        mod = read_modality(trigger, reading.chain, sent)
        if mod.modality == "hypothetical":
            reading = self.own_reading(trigger, event_type) or reading
            # "Israel said it would strike if Hezbollah breached the deal": a threat, whatever its condition
            threat = mod.conditional and event_type in THREATS and will(reading.chain, trigger) and \
                not any(c.dep_ == "mark" and c.lower_ != "that" for c in trigger.root.children) or \
                reading.status == "threatened" and reading.chain[:1] and any(
                    c.dep_ == "expl" for c in reading.chain[0].children)  # ("there would be more strikes")
            offer = mod.conditional and event_type == "ceasefire" and reading.status == "announced" and any(
                a.dep_ == "aux" and a.lower_ in ("will", "would") for v in reading.chain for a in v.children) and \
                not any(c.dep_ == "mark" for v in (trigger.root, *reading.chain) for c in v.children)
            if offer:  # "Once both steps are taken, Russia would order an immediate ceasefire": a truce offered on
                # terms (not "if Moscow rejects a ceasefire", whose condition is the event's own clause)
                reading = replace(reading, status="proposed", cls="propose")
            if reading.chain and not self.keep_hypothetical and not threat and not offer:
                if not given and (done := self.done_before(trigger, reading)) is not None:
                    return self.mention(doc, sent, trigger, in_sent, actor_mentions, offset, done)
                    # "whether it will extend the 60-day ceasefire it declared on 15 July": the extension is only
                    # asked about; the declaration its clause tells was made
                return None  # "if Moscow rejects a ceasefire": not an event
            if not reading.chain:
                mod.modality = "asserted"
        anchors = {trigger.root.i, *(t.i for t in reading.chain)}
        anchors |= {c.i for c in described_by(trigger.root)}
        carried = {c.i for c in described_by(trigger.root.head)} if trigger.root.dep_ == "compound" and any(
            t.i == trigger.root.head.i for t in reading.chain) else set()  # "the ceasefire agreement between Israel
        # and Hezbollah announced by Biden and Macron": who did what the clause on the carrying word says (its day
        # is not the truce's: "a ceasefire and hostage release deal, which will take effect on Sunday")
        governing = [v for v in reading.chain if v.i != trigger.root.i]
        governing += [c for v in governing for c in v.children if c.dep_ == "acomp"]  # "are due to resume"
        anchors |= {c.i for v in governing for c in v.children if c.dep_ == "xcomp" and c.lemma_.lower() in
                    STAGING}  # "talks are scheduled to begin in Tunisia": where they begin
        if event_type == "ceasefire" and trigger.root.pos_ == "VERB":
            anchors |= {t.i for t in trigger}  # "would stop bombing Yemen's Houthis": the object is the other side
        elif len(trigger) > 1 and trigger.root.pos_ == "NOUN" and trigger.root.i == trigger.start:
            anchors |= {t.i for t in trigger}  # "a declaration of principles with al-Hilu's movement": the phrase
            # is the event's word, whichever of its words the parser hung the sides on
        led = set()
        if event_type == "talks" and trigger.root.dep_ in ("nsubj", "nsubjpass"):
            led = {c.i for c in trigger.root.head.children if c.dep_ in ("conj", "advcl") and c.tag_ == "VBN" and
                        c.lemma_.lower() in LEADING and not any(s.dep_.startswith("nsubj") for s in c.children)}
            # "Talks between the URNG and the government began in Oslo in 1990 and were led … by a UN moderator":
            # who led the talks the first verb told of (not when: they "began in Oslo in 1990"); and "The
            # constitutional conference … opens at Lancaster House …, chaired by the British Foreign Secretary"
        if event_type == "attack" and trigger.root.lemma_.lower() in ("fire", "launch"):
            anchors |= {o.i for c in trigger.root.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)}
            # "fired a salvo of rockets at southern Israel", "launched 810 drones and 13 missiles at Ukraine": at
            # whom they flew
        if event_type == "attack":
            anchors |= {c.i for t in trigger for c in t.children if c.dep_ == "relcl" and c.lemma_.lower() == "claim"
                        and any(o.dep_ == "dobj" and o.lower_ in ("which", "that") for o in c.children)}
            # "an attack on a patrol, which the TTP claimed": whoever claims it did it, as they say
            anchors |= {c.i for c in trigger.root.children if c.dep_ == "relcl" and (
                c.lemma_.lower() in TAKING or c.lower_ in ("retook", "took", "overran"))}
            # "an offensive that retook most of the north from the FRUD": whom it took it from
        if event_type == "prisoner_exchange":  # "received 31 soldiers in return for 15 Russians": both sides
            anchors |= {g.i for c in trigger.root.children if c.dep_ == "prep" and c.lower_ == "in"
                        for g in c.children if g.lemma_.lower() in ("return", "exchange")}
        actors = self.actors(trigger, reading, anchors | carried | led, actor_mentions, event_type)
        if event_type == "attack" and not any(role == "target" for _, role in actors) and \
                (region := region_struck(trigger, actor_mentions)) is not None:
            actors.append((region, "target"))  # "when Turkey invaded the north": the north of the state told of
        body = getattr(doc._.tw_ctx, "operative", None)
        if body is not None and (verb := operative_verb(sent)) is not None and \
                any(v.i == verb.i for v in reading.chain) and \
                not any(role in ("initiator", "participant") for _, role in actors) and \
                role_for("nsubj", None, False, event_type, reading.cls, False) == "initiator":
            # "The Security Council, … 1. Calls for an immediate ceasefire": the council calls for it (but is no
            # side of the release of hostages it demands)
            actors.append((body, "initiator"))
        if event_type == "demand" and asked_its_own(trigger.root, actors, actor_mentions):
            return None  # "the Council … asked the Secretary-General to send a reconnaissance team": a body's word to
            # its own officer, no demand on another
        if event_type == "sanction" and not any(role == "initiator" for _, role in actors) and \
                unknown_imposer(reading.chain, actor_mentions):
            return None  # "FIFA imposed sanctions on a Brazilian club": a body outside our book punishes, no state
        status = reading.status
        if event_type == "attack" and status is None and not reading.negated and len(reading.chain) >= 2 and \
                reading.chain[-1].lemma_.lower() in ORDERING and reading.chain[-2].dep_ == "xcomp" and \
                reading.chain[-2].head.i == reading.chain[-1].i:
            status = "threatened"  # "ordered their fighters to carry out attacks across the country": attacks to
            # come, by whoever orders them (not "ordered the strikes", told as done)
        future = is_future(reading.chain, trigger) or reading.cls in DOING and irrealis(trigger.root, reading.chain)
        if event_type == "attack" and future and not reading.negated and any(
                v.lemma_.lower() in STOPPING and not any(c.dep_ == "neg" for c in v.children) for v in reading.chain):
            return None  # "Hamas will stop firing rockets into Israel": the attacks are to end (the ceasing is a
            # truce's, told by its own word), no attack to come
        if future and status in self.future.get(event_type, {}):
            status = self.future[event_type][status]  # talks "will be held": planned, not held
        if event_type == "ceasefire" and future and reading.classes[-1:] in (["effect"], ["hold"]) and \
                (offered := {r.code for r in self.proposers(trigger, reading.chain, actor_mentions)}) and any(
                    role in ("initiator", "participant") and ref.code not in offered for ref, role in actors):
            status = "accepted"  # "the army said it would respect a truce the mediators proposed": it accepts
            actors = [(ref, "initiator" if role == "participant" else role) for ref, role in actors]
        if event_type == "ceasefire" and status == "in_effect" and future and actors and (
                it_of(trigger.root) is not None or trigger.root.dep_ == "pobj" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in trigger.root.children) and
                len({r.code for r, role in actors if role in ("initiator", "participant")}) == 1):
            status = "accepted"  # "Nasrallah said his fighters would abide by it", "the government said it would
            # abide by the truce": a side's word that it will keep the truce told before
            actors = [(ref, "initiator" if role == "participant" else role) for ref, role in actors]
        elif event_type == "ceasefire" and status == "in_effect" and future and not any(
                timetabled(t) for t in reading.chain):  # ("A truce … takes effect on Tuesday": its start, told)
            # "will be put in place": tells when the agreed truce starts, not that it holds; but a side that says
            # it will halt its attacks declares a truce
            status = "announced" if reading.chain[:1] == [trigger.root] and trigger.root.pos_ == "VERB" and \
                trigger.root.dep_ != "relcl" else None  # (not "zones in which forces would halt hostilities")
        if event_type == "ceasefire" and status == "agreed" and future and reading.cls == "agree" and \
                len({r.code for r, role in actors if role in ("participant", "initiator")}) == 1:
            status = "proposed"  # "Israel has said it will only agree to a temporary pause": what one side offers
            actors = [(ref, "initiator" if role == "participant" else role) for ref, role in actors]
        if event_type == "talks" and status == "planned" and reading.chain[:1] and \
                reading.chain[0].lemma_.lower() == "arrange" and any(
                    c.dep_ == "aux" and c.tag_ == "VBD" and c.lower_ == "helped"
                    for c in reading.chain[0].children) and \
                any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in trigger.root.children):
            status = "held"  # "who helped arrange the meetings": the meetings told of, held, with their arranger
        holder = next((v for v in (*reading.chain[:2], *(t.head for t in reading.chain[:1] if t.dep_ in (
            "oprd", "xcomp", "ccomp", "acomp"))) if any(
                c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" or n.lower_ == "no" for n in (
                    *c.children, *v.children)) for c in v.children)), None) if event_type == "ceasefire" and \
            status == "in_effect" else None
        if holder is not None:
            status = "ended"  # "the truce no longer holds", "no longer considers itself bound by the armistice"
            if not actors:  # who no longer holds itself bound ends it
                actors = [(ref, "initiator") for m in actor_mentions if m.root.dep_ == "nsubj" and
                          m.root.head.i == holder.i for ref in m.refs]
        if event_type == "agreement" and status == "proposed" and reading.cls == "call" and \
                reading.classes[:1] in (["carry"], ["effect"]) and any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                    for c in trigger.root.children):
            return None  # "calls on both parties to carry out the agreement": a deal made before, asked to be kept
            # (a deal has no status for a call; a truce so asked for is called for)
        if event_type == "agreement" and status == "agreed" and still_to_reach(reading.chain):
            status = "proposed"  # "pledged to reach a final deal no later than Aug. 18": a deal aimed at, not made
        if event_type == "prisoner_exchange" and status == "carried_out" and (future or is_infinitive(trigger)):
            status = "agreed"  # "hostages are to be exchanged": part of a deal, not done yet
        offered = {r.code for r in self.proposers(trigger, reading.chain, actor_mentions)} \
            if event_type == "ceasefire" and status == "accepted" else set()
        if event_type == "ceasefire" and status == "accepted" and len(
                {r.code for r, role in actors if role == "initiator" and r.code} - offered) >= 2:
            # (those who accept, not "a proposal for a truce with Russia": whom it was with)
            status = "agreed"  # "Both sides agreed to a United Nations proposal for a three-hour pause": a truce
            # between those who accept it, brokered by whoever proposed it
            actors = [(r, "mediator" if r.code in offered else "participant" if role == "initiator" else role)
                      for r, role in actors]
            actors += [(r, "mediator") for r in self.proposers(trigger, reading.chain, actor_mentions)
                       if r.code not in {a.code for a, _ in actors}]
        if event_type == "ceasefire" and status == "announced" and (
                len({r.code for r, role in actors if role == "participant" and r.code}) >= 2 or between_two(trigger)):
            status = "agreed"  # announced together by several parties; or by a third that brokered it: "Trump
            # announced a ceasefire between Israel and Iran"
            sides = {r.code for r, role in actors if role == "participant"}
            actors = [(r, "mediator" if role == "initiator" and r.code not in sides else role) for r, role in actors]
        if event_type == "talks" and not status and (prep := after_phrase(trigger)) is not None and (
                actors or not future and past_tense(prep.head, [])):
            status = "held"  # "agreed to a ceasefire after talks in Putrajaya": the talks the deal came from; "Kerry
            # said after talks that ran past midnight": talks held
        if event_type == "talks" and not status and future and not reading.negated and \
                any(v.pos_ == "VERB" for v in reading.chain):
            status = "planned"  # "said it would join peace talks in Geneva", "will attend the talks"
        intro = getattr(doc._.tw_ctx, "intro", None)
        answering = intro is not None and intro.question and sent.root.i == trigger.root.i
        if not status and not actors and doc._.tw_kind != "item" and not answering:
            return None  # (a list item may still take its status and parties from the list's introduction, and so
            # may a point an interview's answer gives without a verb)
        claimed = None
        if mod.claimed_by_token is not None:
            for m in actor_mentions:
                if m.start <= mod.claimed_by_token.i < m.end or any(
                        m.start <= t.i < m.end for t in mod.claimed_by_token.subtree):
                    claimed = m.refs[0].code
                    break
        if claimed and reading.cls == "call" and not any(role == "initiator" for _, role in actors) and (any(
                a.dep_ == "aux" and a.lower_ in DEONTIC for v in reading.chain for a in v.children) or
                reading.chain[:1] and reading.chain[0].lemma_.lower() == "time"):  # (and "said it was time to …")
            # "Zelenskiy said sanctions should be imposed on Russia": whoever says it should be done calls for it
            actors += [(ref, "initiator") for m in actor_mentions for ref in m.refs[:1] if ref.code == claimed][:1]
        if claimed and reading.cls == "threaten" and not any(role == "initiator" for _, role in actors) and \
                reading.chain[:1] and any(c.dep_ == "expl" for c in reading.chain[0].children):
            # "Hegseth said there would be more strikes": the speaker's threat
            actors += [(ref, "initiator") for m in actor_mentions for ref in m.refs[:1] if ref.code == claimed][:1]
        if claimed and event_type == "attack" and not any(role == "initiator" for _, role in actors) and \
                (bear := trigger.root if trigger.root.lemma_.lower() in UNDERGOING else trigger.root.head if
                 trigger.root.dep_ == "dobj" else None) is not None and bear.lemma_.lower() in UNDERGOING and \
                any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in bear.children) and \
                not any(ref.code == claimed for ref, _ in actors):
            # "Hezbollah said Israel would receive its just punishment", "Netanyahu says Iran … will pay for it": the
            # harm one side says the other will bear is its own threat
            actors += [(ref, "initiator") for m in actor_mentions for ref in m.refs[:1] if ref.code == claimed][:1]
        announcer = next((r for m in actor_mentions for r in m.refs if r.code == claimed), None)
        beside = [t for t in mod.claimed_by_token.head.subtree if t.dep_ == "pobj" and t.head.lower_ == "alongside"
                  and t.i > mod.claimed_by_token.i] if announcer else []  # ("announced at a news conference in
        # Cairo alongside U.S. Secretary of State Hillary Clinton": the two tell of it together)
        speakers = [announcer] + [r for m in actor_mentions for r in m.refs[:1] if r.code != claimed and any(
            m.start <= t.i < m.end for t in (*mod.claimed_by_token.conjuncts, *beside))] if announcer else []
        hosting = announcer is not None and any(
            announcer.code in (place.country, actor_book().seats.get((place.name or "").lower()))
            for span, place in doc._.tw_places if sent.start <= span.start < sent.end
            and span.root.dep_ == "pobj" and span.root.head.lower_ in ("in", "at"))  # (talks held there, not
        # "Oman's foreign ministry said")
        if announcer and status in ("agreed", "signed", "extended") and (
                mod.claimed_by_token.head.lemma_.lower() == "announce" or len(speakers) >= 2 or hosting) \
                and len({r.code for r, role in actors if role == "participant"}) >= 2 and \
                not any(r.code in {s.code for s in speakers} for r, _ in actors):
            # "Qatar's prime minister announced that Israel and Hamas had agreed to a ceasefire": a third state that
            # announces the deal two others made is its broker; so are third states that tell of it together ("…,
            # Saudi Arabia and the United States said in a joint statement"), and a third state that tells of it
            # after talks at home ("agreed to continue the ceasefire, Turkey's foreign ministry said after talks in
            # Istanbul")
            actors += [(ref, "mediator") for ref in (speakers if len(speakers) >= 2 else [announcer])]
        elif announcer and status in ("agreed", "signed", "extended") and not any(
                r.code == claimed for r, _ in actors) and any(
                t.lemma_.lower() in ("envoy", "mediator", "moderator") for t in (
                    mod.claimed_by_token, mod.claimed_by_token.head, *mod.claimed_by_token.children)):
            actors.append((announcer, "mediator"))  # "the parties have agreed to a two-month truce, the United
            # Nations envoy Hans Grundberg said": whose envoy tells of the deal brokered it
        told_apart = self.clause_reading(trigger, reading, anchors)
        if told_apart is not None:
            anchors = anchors - {t.i for t in told_apart.chain[0].subtree}  # its place and day are the clause's
        toll_verbs = {c.i for v in (trigger.root, trigger.root.head) if event_type == "attack" and v.pos_ == "VERB"
                      for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                      c.lemma_.lower() in TOLL_VERBS and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        # ("a drone attack killed three U.S. soldiers and wounded dozens at the Tower 22 outpost in Jordan")
        place = self.place(doc, sent, anchors | toll_verbs | {t.i for t in trigger}, trigger, actor_mentions, status)
        if place is None and event_type == "attack":
            place = entered_first(doc, trigger)
        if place is None and event_type == "attack" and mod.claimed_by_token is not None:
            place = counted_by(mod.claimed_by_token)  # "…, killing 13 people, Gaza's civil defence agency said"
        # (a phrase's own words hold where: "a halt to military operations inside Yemen")
        deal = dealt_after(trigger) if event_type == "talks" and status == "held" else None
        dated = {deal.i} if deal is not None else anchors  # the talks a deal came after ended on the deal's day,
        # not on the day it takes effect ("agreed on Thursday to a truce that will take effect on Feb. 15, after …")
        if event_type == "ceasefire" and status == "agreed" and reading.classes[:1] in (["effect"], ["start"]) and \
                reading.classes[-1:] == ["agree"]:
            dated = {reading.chain[-1].i}  # "agreed on Thursday that the truce would take effect on Monday": the
            # agreeing's day, not the start's
        ceasing = next((t for t in trigger if t.pos_ == "VERB" and t.dep_ == "xcomp" and
                        t.lemma_.lower() in self.status.ceasing_verbs), None)
        start_day = {t.i for t in ceasing.subtree} if ceasing is not None and event_type == "ceasefire" and \
            status == "agreed" and reading.classes[:1] == ["effect"] else set()
        # ("had agreed to stop firing on Aug. 20", announced on Aug. 8: the day firing stops is not the agreeing's)
        said = [trigger.root.head] if trigger.root.dep_ == "ccomp" else []
        teller = next((v for v in [*reading.chain, *said] if v.i != trigger.root.i and v.pos_ == "VERB" and (
            self.status.verb_class(v) == "announce" or v.lemma_.lower() in REPORTING) and dated_itself(doc, v)),
                      None) if status == "announced" and trigger.root.pos_ == "VERB" else None
        if teller is not None:
            dated = {teller.i}  # "On 13 October the loyalists announced that they would cease all hostilities from
            # midnight": a truce declared that day, whatever hour it starts
        if place is None and deal is not None:
            place = self.place(doc, sent, {deal.i, *(c.i for c in deal.children if c.dep_ == "dobj")}, trigger,
                               actor_mentions, status)  # and were held where it was
            # made: "initial a peace agreement at an air force base near Dayton, Ohio, after three weeks of talks"
        if (event_type == "talks" or event_type in ("agreement", "ceasefire") and status in ("agreed", "signed")) and \
                not any(role == "mediator" for _, role in actors):
            actors += [(ref, "mediator") for ref in hosts_by_their_house(trigger, actor_mentions, actors)]
        if event_type == "talks" and place is not None and venues_apart(doc, sent, place):
            place = None  # "more than 80 rounds of talks since then, in Amsterdam, Bangkok, Geneva and Delhi": held
            # in many places, no one of them the talks', and no host
        if event_type == "talks" and place and place.country:
            parties = {ref.code for ref, role in actors if role in ("participant", "initiator")}
            homes = {actor_book().bases.get(code, code) for code in parties}  # (talks with the Houthis in Sanaa:
            # Yemen is where one side is at home, no host)
            seat = actor_book().seats.get((place.name or "").lower())
            if seat is not None:  # "talks in Geneva between military delegations of …, the United Nations said":
                # the body that sits there convenes them, where the article names it; the host state does not
                if any(r.code == seat for m in actor_mentions for r in m.refs) and not any(
                        ref.code == seat for ref, _ in actors):
                    actors.append((next(r for m in actor_mentions for r in m.refs if r.code == seat), "mediator"))
            elif len(parties) >= 2 and place.country not in homes and not any(
                    ref.code == place.country or role == "mediator" for ref, role in actors):
                actors.append((ActorRef(place.country, place.name, "state"), "mediator"))  # (not where the
                # sentence names who mediates: "resume in Dar es Salaam … under South African mediation")
        # what a participle on the trigger says was done to it before, when it is not the status told here: "a
        # ceasefire proposed by the United States last week", pushed for today; "a pact signed in 2001" that two
        # sides now agree to activate
        made_as = {reading.cls} | ({"sign"} if reading.cls == "agree" and reading.chain and
                                   reading.chain[0].lemma_.lower() != "agree" else set())
        # ("talks produced the Burnham Truce, signed on October 10": one making, told by its result and its signing)
        earlier = [c for c in described_by(trigger.root) if c.dep_ == "acl" and c.tag_ == "VBN" and
                   self.status.verb_class(c) in {"propose", "present", "agree", "sign"} - made_as and
                   all(c.i != t.i for t in reading.chain)]  # (not "a truce set to begin on March 6": its start)
        away = {t.i for c in ([told_apart.chain[0]] if told_apart else []) + earlier for t in c.subtree}
        agreeing = reading.chain[-1] if reading.chain else trigger.root
        told_by = {agreeing.head.i} if start_day and agreeing.dep_ == "ccomp" and (
            self.status.verb_class(agreeing.head) == "announce" or agreeing.head.lemma_.lower() in REPORTING) \
            else set()  # (announced on Aug. 8 that they had agreed: agreed by that day)
        when = self.date(doc, sent, dated | told_by, trigger, status=status, due=future or status in DUE_STATUSES or
                         mod.modality == "planned", away=away | start_day) if start_day and told_by else None
        # (but "had spoken at 3:35 p.m. and agreed to stop all firing … from 5 p.m.", told by no dated announcing:
        # the truce's own hour)
        when = when or self.date(doc, sent, dated, trigger, status=status,
                         due=future or status in DUE_STATUSES or mod.modality == "planned",
                         status_words={t.i for t in reading.chain} | {  # (also "the deal signed in November",
                             # whose participle gave the status as a modifier)
                             c.i for c in described_by(trigger.root) if self.status.verb_class(c) == reading.cls},
                         away=away)
        if status == "threatened" and agreeing.dep_ == "ccomp" and (
                self.status.verb_class(agreeing.head) == "announce" or agreeing.head.lemma_.lower() in REPORTING) and \
                (said := self.date(doc, sent, {agreeing.head.i}, trigger, status=status,
                                   away={t.i for t in agreeing.subtree})) is not None:
            when = said  # "Today the Ministry of Defence announced that from midnight on 20 July it will regard all
            # vessels … as potential carriers of military cargo": threatened the day it said so, not the day it is
            # to take effect
        made = next((m for v in reading.chain if (m := making_of_the_text(v)) is not None), None) \
            if status == "called_for" else None
        if when is None and made is not None:
            when = self.date(doc, sent, {made.i}, trigger, status=status)  # "In July 1987 the UN Security Council
            # passed Resolution 598, which demanded …": asked when the text was made
        if when is None and (met := met_on(doc, reading.chain)) is not None:
            when = met  # "A joint summit of the EAC and SADC in Dar es Salaam on 8 February called for a ceasefire":
            # on the day the summit met
        if when is None and status in ("agreed", "proposed") and (sealed := sealed_on(doc, trigger.root)) is not None:
            when = sealed  # "The deal the United States signed with the Taliban in Doha on Feb. 29 promised that
            # the Afghan government would free up to 5,000 Taliban prisoners": agreed when the deal was
        if status == "announced" and mod.modality == "reported" and mod.claimed_by_token is not None and \
                mod.claimed_by_token.head.lemma_.lower() == "announce" and trigger.root.dep_ == "ccomp" and \
                trigger.root.head.i == mod.claimed_by_token.head.i and not any(
                    r.code and r.code != claimed for r, role in actors if role == "initiator"):
            mod.modality, claimed = "asserted", None  # "the loyalist command announced that the groups would
            # cease all hostilities": the announcing is the truce declared, not a report of one
        mention = Mention(
            type=event_type, status=status or "", strength=reading.strength if status else 0, cls=reading.cls,
            sentence=sent, trigger=trigger, doc_start=offset + sent.start_char, doc_end=offset + sent.end_char,
            actors=actors, date=when, place=place,
            quantities=quantities(own_words(sent, trigger, in_sent), event_type), modality=mod.modality,
            negated=reading.negated,
            claimed_by=claimed, kind=doc._.tw_kind or "body", future=future, indefinite=indefinite(trigger.root),
            presupposed=reading.presupposed, clause_reading=told_apart, topic=doc._.tw_ctx.actors.topic,
            committed=reading.committed, story_day=(doc._.tw_story_day or {}).get(sent.start),
            story_day_before=(doc._.tw_story_day or {}).get(doc[sent.start - 1].sent.start) if sent.start else None,
        )
        mention.unnamed_doer = event_type == "attack" and trigger.root.pos_ == "VERB" and \
            not mention.codes(("initiator", "participant")) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in GROUP_NOUNS and
                any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in trigger.root.children)
        if event_type == "attack":
            self.in_own_words(mention, doc, sent)
        accuser = self.accuser(trigger, reading.chain, actor_mentions)
        if accuser is not None:  # an accusation's content is a claim
            mention.claimed_by, mention.modality = accuser or mention.claimed_by, "reported"
        self.answered(mention, doc, reading, actor_mentions, earlier)
        if event_type in ("ceasefire", "prisoner_exchange", "agreement") and not mention.codes(("participant",)):
            mention.actors += [(ref, "participant") for ref in as_agreed_by(trigger, actor_mentions)
                               if ref.code not in mention.codes(("participant", "initiator", "mediator"))]
        return mention

    def answered(self, mention: Mention, doc: Doc, reading: Reading, actor_mentions: list[ActorMention],
                 earlier: list[Token]) -> None:
        """Whose proposal the mention names, and what follows for it: the proposer of a truce proposed is its
        initiator; the proposers of one answered are no parties to the answer, and their proposal is told apart
        (`proposal_of`), on the day a participle gives it."""
        trigger, sent = mention.trigger, mention.sentence
        proposers = self.proposers(trigger, reading.chain, actor_mentions)
        told_by = next((c for c in trigger.root.children if c.dep_ in ("acl", "relcl") and
                        self.status.verb_class(c) in ("propose", "plan", "present")), None)
        if mention.status in PROPOSING.values() and told_by is not None and reading.cls not in ("propose", "present") \
                and (made := {r.code for r in subject_refs(told_by, actor_mentions)}):
            # "Hamas has given its response … on the proposal that President Biden set out on May 31": the clause on
            # the proposal says who made it; whoever the sentence is about did not
            mention.actors = [(ref, role) for ref, role in mention.actors if role != "initiator" or ref.code in made]
        if proposers and mention.status in PROPOSING.values():
            # whose proposal it is proposes it: "waiting for details of a U.S. proposal for a 30-day ceasefire"
            mention.actors += [(ref, "initiator") for ref in proposers if ref.code not in mention.codes()]
        elif proposers:
            # "Russia rejected a ceasefire proposed by the U.S.": the proposer is not one who rejected it
            mention.proposer, mention.co_proposers = proposers[0], proposers[1:]
            mention.proposed_by = proposers[0].code
            offers = [c for c in earlier if self.status.verb_class(c) == "propose"]
            mention.proposed_on = self.date(doc, sent, {c.i for c in offers}, trigger,
                                            status_words={c.i for c in offers}) if offers else None
            speakers = {r.code for v in reading.chain for r in subject_refs(v, actor_mentions)}
            mention.actors = [(ref, role) for ref, role in mention.actors if not (
                ref.code in {r.code for r in proposers} - speakers and role in ("initiator", "participant"))]
            # (nor a side of "a U.S.-drafted framework" two others signed off on; but "France's
            # foreign minister arrived to push for a ceasefire proposed by the United States, France and others":
            # France calls for it too)
            if mention.type == "ceasefire" and mention.status == "agreed" and len(mention.codes()) == 1 and any(
                    c.dep_ == "acl" and c.lemma_.lower() in ("propose", "offer", "suggest")
                    for c in trigger.root.children):
                mention.status = "accepted"  # one side agrees to a truce others proposed: "the RSF said they had
                # agreed to a humanitarian truce proposed by the United States, Saudi Arabia, Egypt and the UAE"

    @staticmethod
    def proposal_of(m: Mention) -> Mention | None:
        """The proposal a response names ("a ceasefire proposed by the U.S." that Russia rejected): a second event
        in the same sentence, the proposer's."""
        status = PROPOSING.get(m.type)
        if not m.proposed_by or not status or m.status in PROPOSING.values():
            return None
        return Mention(type=m.type, status=status, strength=1, cls="propose", sentence=m.sentence,
                       trigger=m.trigger, doc_start=m.doc_start, doc_end=m.doc_end,
                       actors=[(ref, "initiator") for ref in (m.proposer, *m.co_proposers)],
                       date=m.proposed_on or m.date, place=m.place,
                       quantities=dict(m.quantities), modality=m.modality, claimed_by=m.claimed_by, kind=m.kind)

    def proposers(self, trigger: Span, chain: list[Token], actor_mentions: list[ActorMention]) -> list[ActorRef]:
        """Whose proposal the trigger names, all who made it together, in the order named: "a U.S.-proposed truce",
        "a ceasefire proposal from Egyptian and Qatari mediators", "a U.S. proposal for a 30-day ceasefire", "a truce
        proposed by the United States, Saudi Arabia, Egypt and the UAE", "a truce (that) the mediators proposed"."""
        actor_mentions = [m for m in actor_mentions if not hyphen_mediated(m)]  # ("a French-brokered ceasefire
        # plan": France brokered it, and proposed nothing the sentence says)

        def named_in(tokens: list[Token]) -> list[ActorRef]:
            ids = {t.i for token in tokens for t in token.subtree}
            refs = {r.code: r for m in sorted(actor_mentions, key=lambda m: m.start) if m.root.i in ids or
                    any(m.start <= i < m.end for i in ids) for r in m.refs if r.code}
            return list(refs.values())

        carriers = self.status.carriers
        nouns = [trigger.root, *(t for t in chain if t.i != trigger.root.i and t.lemma_.lower() in carriers)]
        for child in (c for noun in nouns for c in noun.children):  # (also "a U.S.-drafted framework to halt …")
            if child.dep_ in ("amod", "compound") and "-" in child.text and child.lower_.split("-")[-1] in (
                    "proposed", "drafted", "authored"):  # (a "U.S.-brokered" truce is mediated, not proposed)
                found = [m.refs[0] for m in actor_mentions if m.start <= child.i < m.end]
                if found:
                    return found[:1]
        for head in chain:  # "rejected proposals from U.S. envoy Steve Witkoff to extend the truce"
            if head.i != trigger.root.i and self.status.carriers.get(head.lemma_.lower()) == "propose":
                found = named_in([c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]) or \
                    named_in([c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")])
                if found:
                    return found
        for head in [trigger.root, *chain]:
            for clause in head.children:
                if clause.dep_ in ("acl", "advcl", "relcl") and (clause.lemma_.lower() in (
                        "propose", "offer", "suggest", "draft", "table") or clause.lemma_.lower() == "put" and any(
                        c.dep_ in ("prt", "advmod") and c.lower_ == "forward" for c in clause.children)):
                    # ("a ceasefire plan put forward by the United States, Saudi Arabia, Egypt and the UAE")
                    found = named_in([c for c in clause.children if c.dep_ == "agent" or c.dep_ == "nsubj" and
                                      clause.dep_ == "relcl" and c.lower_ not in RELATIVES])
                    if found:
                        return found
        return []

    def own_reading(self, trigger: Span, event_type: str) -> Reading | None:
        """The status the trigger carries by itself ("a U.S.-proposed ceasefire"), ignoring governing verbs."""
        cls = self.status.modifier_class(trigger)
        status = self.status.classes.get(cls or "", {}).get(event_type)
        return Reading(status, 1, [], [cls], cls=cls) if status else None

    def subjects_of(self, chain: list[Token], trigger: Span) -> list[Token]:
        """Subjects the top verb inherits: "Erdogan called Putin, urging him ..." -> Erdogan for "urging"."""
        verbs = [t for t in [trigger.root, *chain] if t.pos_ in ("VERB", "AUX")]
        if not verbs or any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and any(
                g.dep_ == "pobj" for g in c.children) for v in verbs for c in v.children):
            return []  # (a subject the parser hung on the clause's "after" is its own)
        node = verbs[-1]
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "dobj" and \
                node.head.head.lemma_.lower() in ISSUING:
            return [c for c in node.head.head.children if c.dep_ == "nsubj"]  # "the General Assembly adopted a
            # resolution calling for a truce", "issued a statement urging talks": who issued it asks
        accused = node.head.head if node.dep_ == "pcomp" and node.head.lower_ == "of" else None
        if accused is not None and accused.dep_ == "dobj" and accused.head.lemma_.lower() in ACCUSING:
            if reciprocal(accused.head):
                return [c for c in accused.head.children if c.dep_ == "nsubj"]  # "with both sides accusing the
                # other of breaking it": each broke it, by the other's word
            return [accused]  # "accused the army of launching operations", "of" hung on the army: the army did it
        if node.dep_ == "advcl" and node.tag_ == "VBG":
            named = any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in node.head.children)
            # "Erdogan called Putin, urging him": the participle speaks for the nearest clause before it
            # (not a "…, officials said," between them; but "talks ended, Asif said, blaming the Afghan side": an
            # accusation is the speaker's)
            for verb in sorted((t for t in node.sent if t.i < node.i and t.pos_ in ("VERB", "AUX") and not (
                    t.lemma_.lower() in REPORTING and node.lemma_.lower() not in ACCUSING and (
                        t.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < t.i for c in t.children)))
                                and not (named and t.i != node.head.i and any(c.dep_ == "mark" for c in t.children))
                                and not (t.dep_ == "relcl" and t.i not in {a.i for a in node.ancestors})),
                               # ("… talks with the government that Angola had arranged, blaming sanctions": the
                               # relative clause on a noun speaks for no one)
                               key=lambda t: -t.i):  # (nor a clause set apart by its "as", "when" or "after" where the
                # participle's own clause names its doer: "Israel struck Hamas leaders as they met …, killing five";
                # but "it happened after Erdogan called Putin, urging him": Erdogan urged)
                asked = [g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                         if g.dep_ == "pobj"] + [c for c in verb.head.children if c.dep_ == "dobj"] \
                    if verb.dep_ == "xcomp" and self.status.verb_class(verb.head) in ("call", "call_maybe") else []
                if asked and not any(c.dep_ == "nsubj" for c in verb.children):
                    return asked[:1]  # "calls on both parties to carry out the agreement, starting with the
                    # exchange": those asked to carry it out start with it, not who asks
                subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that")]
                if subjects:
                    return subjects
        if verbs[0].lemma_.lower() in ACCUSING or node.dep_ == "conj" and node.tag_ == "VBD" and any(
                c.dep_ == "nsubjpass" for c in node.head.children) and node.head.dep_ == "ccomp":
            # (also "Barrack said the truce was backed by Turkey, and called on the tribes to lay down their
            # weapons": an active verb joined to a passive one that was said does not share its subject)
            node = speaking_clause(node)  # "X said Russian forces had shelled …, and accused Moscow": X accused
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects
        if node.dep_ == "pcomp" and node.head.head.dep_ == "acomp":
            node = node.head.head  # "X are guilty of violating the truce", "responsible for shelling": X did it
        for _ in range(3):
            if node.dep_ not in SUBJECT_HEIRS | {"acomp"} or node.head.i == node.i:
                return []
            if node.dep_ == "advcl" and (node.tag_ == "VBN" or node.tag_ == "VBD" and node.i > 0 and
                                         node.doc[node.i - 1].pos_ in ("NOUN", "PROPN")) and \
                    not any(c.dep_ in ("aux", "auxpass", "mark") for c in node.children):
                return []  # "Hamas is studying a draft … agreed at talks in Paris", the participle hung on the verb:
                # agreed by others, not by the one studying it
            node = node.head
            subjects = [c for c in node.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and
                        c.lower_ in RELATIVES and node.dep_ == "relcl"]
            if subjects and all(c.lower_ in RELATIVES for c in subjects) and node.dep_ == "relcl":
                return [node.head]  # "the M23 rebels, who are backed by Rwanda and seized Goma": the rebels
            if subjects:
                return subjects
        return []

    def actors(self, trigger: Span, reading: Reading, anchors: set[int], actor_mentions: list[ActorMention],
               event_type: str) -> list[tuple[ActorRef, str]]:
        """Who plays which part in the event: each actor mention is attached to the event's words (`attach`), given
        a role by how it attaches (`role_of`), and the list is completed from the rest of the sentence
        (`completed`)."""
        accused = self.accused_of(trigger, reading.chain, actor_mentions)
        if accused is not None:
            return accused
        attachments = self.attach(trigger, reading, anchors, actor_mentions, event_type)
        subject_codes = {r.code for m in actor_mentions if (a := attachments[id(m)]) and a[0] == "nsubj"
                         for r in m.refs}
        several = len(subject_codes) >= 2
        urging = {v.i for v in reading.chain if event_type in BILATERAL and v.i != trigger.root.i and
                  self.status.verb_class(v) in ("call", "call_maybe") and any(c.dep_ == "dobj" for c in v.children)}
        out: list[tuple[ActorRef, str]] = []
        for m in actor_mentions:
            if trigger.start <= m.root.i < trigger.end and event_type != "accusation":
                continue
            if excluded(m.root):
                continue  # "Neither Israel nor Hamas was represented at the summit": no part in it
            att = attachments[id(m)]
            role = self.role_of(m, att, trigger, reading, event_type, actor_mentions, several, urging) \
                if att is not None else None
            if event_type == "talks" and (hosted := hosted_for_talks(trigger, m)) is not None:
                role = hosted  # "Erdoğan hosted the President of Somalia … and the Prime Minister of Ethiopia … for
                # talks": the guests are its sides, the host its mediator
            accused = m.root.head if m.root.dep_ in ("amod", "compound", "poss") else m.root
            if event_type == "ceasefire" and trigger.root.lemma_.lower() in ("violation", "breach") and \
                    accused.dep_ == "dobj" and accused.head.lemma_.lower() == "accuse" and \
                    trigger.root.i in {t.i for t in accused.head.subtree}:
                role = "initiator"  # "Pakistan accused Indian forces of 3,000 violations": the accused broke it
            if role is None:
                continue
            for ref in m.refs:
                if not any(r.code == ref.code and rl == role and not turncoat(r) and not turncoat(ref)
                           for r, rl in out):
                    out.append((ref, role))  # (a person who changed sides is kept beside his side of the day,
                    # to be read again by the event's: "Garang and Sudan's vice-president … signed it on Jan. 9")
        done = self.completed(out, trigger, reading, event_type, actor_mentions)
        if event_type in BILATERAL | {"ceasefire"} and reading.status in ("agreed", "signed", "held"):
            done += [(ref, "mediator") for m in actor_mentions if credited_for_efforts(m.root, trigger.root) or
                     event_type == "talks" and assisting_in(m.root, trigger.root)
                     for ref in m.refs if not any(r.code == ref.code for r, _ in done)]
            # "welcomed the Agreement … and thanked the OAU and its chairman, President Bouteflika of Algeria, for
            # their efforts": those thanked for their efforts toward the deal brokered it
        root = trigger.root
        if event_type == "accusation" and root.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "whom", "who") for c in root.children):
            done += [(ref, "target") for m in actor_mentions if m.start <= root.head.i < m.end or m.root.i ==
                     root.head.i for ref in m.refs if not any(r.code == ref.code for r, _ in done)]
            # "cutting relations with the United Arab Emirates, which it accused of supplying the RSF": the one the
            # relative clause hangs on is accused
        if event_type == "accusation" and (denied := denied_charge(root)) is not None:
            deniers = subject_refs(denied, actor_mentions)
            said = next((v for v in denied.subtree if v.lemma_.lower() in ("say", "allege", "claim") and
                         v.i < root.i), None)
            if deniers and said is not None:  # "NATO says Russia has sent troops into Ukraine, a charge Moscow
                # denies": the one who says it makes the charge, the one who denies it is charged
                done = [(ref, "initiator") for ref in subject_refs(said, actor_mentions)] + \
                       [(ref, "target") for ref in deniers]
        if event_type == "attack":  # "al-Shabaab attack on Mogadishu beach": a group's attack at home on a city of
            # its own country names where, not whom (as "the RSF shelled El Obeid")
            homes = {actor_book().bases.get(ref.code) for ref, role in done if role == "initiator"} - {None}
            by_city = {id(m): (p := gazetteer().lookup(m.root.text)) is not None and p.lat is not None
                       for m in actor_mentions}
            cities = {ref.code for m in actor_mentions if by_city[id(m)] for ref in m.refs}
            named = {ref.code for m in actor_mentions if not by_city[id(m)] for ref in m.refs}
            done = [(ref, role) for ref, role in done if not (
                role == "target" and ref.code in homes and ref.code in cities and ref.code not in named)]
        hosts = {ref.code for m in actor_mentions if event_type == "talks" and
                 hosted_for_talks(trigger, m) == "mediator" for ref in m.refs}
        return [(ref, role) for ref, role in done if not (ref.code in hosts and role == "participant")]

    @staticmethod
    def in_own_words(mention: Mention, doc: Doc, sent: Span) -> None:
        """An attack told in a side's own update: whoever attacks "our defenders" is the one side it is at war with
        ("our defenders repelled 36 assaults"), and what "the enemy" launched struck the side whose words these are
        ("The enemy launched 2 missile strikes")."""
        ctx = doc._.tw_ctx.actors
        own = ctx.speaker or ctx.author or ctx.first_person
        if own is None or not own.code or mention.codes(("participant",)):
            return
        ours = any(t.lower_ in ("our", "we", "us") for t in sent)
        enemy = any(t.lower_ == "enemy" for t in sent)
        if not (ours or enemy) or (foe := the_enemy(ctx, getattr(doc._, "tw_ref", None))) is None:
            return
        if ours and not mention.codes(("initiator",)) and mention.codes(("target",)) == {own.code}:
            mention.actors.append((foe, "initiator"))
        elif enemy and not mention.codes(("target",)) and mention.codes(("initiator",)) == {foe.code}:
            mention.actors.append((own, "target"))

    def kept_by(self, token: Token, trigger: Span) -> bool:
        """Is the actor the subject of a relative clause on the truce that says it kept it ("a week-long reduction in
        violence, which both sides and the Afghan government largely observed")?"""
        node = token
        while node.dep_ in ("conj", "compound", "amod", "poss") and node.head.i != node.i:
            node = node.head  # ("both sides and the Afghan government": each subject)
        clause = node.head
        return node.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head.i == trigger.root.i and \
            self.status.verb_class(clause) == "effect" and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in clause.children)

    def attach(self, trigger: Span, reading: Reading, anchors: set[int], actor_mentions: list[ActorMention],
               event_type: str) -> dict[int, tuple[str, str | None, Token] | None]:
        """How each actor mention (by `id`) hangs on the event's words: (dependency, preposition, anchor word), or
        None where it has no part in the event."""
        inherited = self.subjects_of(reading.chain, trigger)
        # the subject's own phrase, not a relative clause on it ("the rebels, who are backed by Rwanda and …")
        inherited_ids = {t.i for s in inherited for t in s.subtree} - {
            t.i for s in inherited for c in s.subtree if c.dep_ in ("relcl", "acl") and c.i != s.i or
            c.dep_ == "appos" and c.head.i == s.i and c.lemma_.lower() in PLACE_NOUNS for t in c.subtree}
        # (nor "the capital of China's Yunnan province", nor "thousands of pagers used by Hezbollah members")
        heir = next((t for t in reversed([trigger.root, *reading.chain]) if t.pos_ in ("VERB", "AUX")), trigger.root)
        # "Qatar, which mediated the deal": the relative pronoun's antecedent is the clause's subject
        clauses = (trigger.doc[i] for i in anchors)
        antecedents = {c.head.i: c for c in clauses if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.lower_ in RELATIVES for s in c.children)}
        for clause in list(antecedents.values()):  # "the White Army, a militia of armed ethnic Nuer youths, which
            # overran an army base": the name the description is in apposition to
            described = clause.head
            if described.dep_ == "pobj" and described.head.lower_ == "of":
                described = described.head.head
            if described.dep_ == "appos" and described.head.pos_ == "PROPN":
                antecedents.setdefault(described.head.i, clause)
        accusing = {v.i for v in reading.chain if v.lemma_.lower() in ACCUSING and v.i != trigger.root.i
                    and not reciprocal(v)}  # "both sides accused each other": the accusers are the accused
        accusing |= {v.i for t in [trigger.root, *reading.chain] if (v := naming_verb(t)) is not None}
        accusing |= {v.i for v in reading.chain if v.lemma_.lower() in NAMING and any(
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in v.children) and
            event_type != "accusation" and v.i != trigger.root.i}  # "described the shelling as a breach": whoever
        # describes it judges it (and makes the accusation that naming is); but "it will regard all vessels … as
        # potential carriers of military cargo" is the regarding side's threat
        recording = {v.i for v in reading.chain if v.lemma_.lower() in RECORDING}
        attachments = {}
        for m in actor_mentions:
            if recording and (att := attachment(m.root, anchors)) and att[2].i in recording:
                # "the army recorded 5,133 violations of the truce by Pakistan": who counts claims; the "by" the
                # parser hung on the counting verb names who did it
                attachments[id(m)] = ("agent", None, trigger.root) if att[:2] == ("prep", "by") else None
            elif accusing and (att := attachment(m.root, anchors)) and att[2].i in accusing:
                attachments[id(m)] = None  # "Ukraine accused Moscow of undermining the deal": no part in the deal
            elif hyphen_mediated(m) and trigger.root.i in (m.root.head.i, m.root.head.head.i):
                attachments[id(m)] = ("amod", None, trigger.root)  # "an Egyptian-brokered ceasefire took effect":
                # the broker named on the truce, whatever the truce is the subject of
            elif m.root.i in inherited_ids and (heir.i in recording or heir.i in accusing):
                attachments[id(m)] = None  # "suspended the talks, citing violations of the truce": who cites
                # them reports them; "denied … and called the sanctions unjustified": who names them judges them
            elif m.root.i in inherited_ids:
                attachments[id(m)] = ("nsubj", "inherited", heir)  # "Qatar, which hosted … and brokered the deal"
            elif (named := np_head(m.root, anchors).i) in antecedents or (named := m.root.i) in antecedents:
                # "the M23 rebel group, which seized …"; "the faction of the Sudan Liberation Movement …, which
                # rejected the talks", the clause on the movement itself
                attachments[id(m)] = ("nsubj", None, antecedents[named])
            elif event_type == "ceasefire" and self.kept_by(m.root, trigger):
                attachments[id(m)] = ("nsubj", "kept", trigger.root)  # "a truce …, which both sides observed": kept
                # by its sides
            elif event_type == "sanction" and (on := linked_to(m.root, trigger)) is not None:
                attachments[id(m)] = ("prep", on, trigger.root)  # "sanctions on companies linked to both sides":
                # whom the companies serve bears them
            elif event_type == "attack" and (link := m.root.head.head if m.root.dep_ == "pobj" and
                                              m.root.head.lower_ == "to" else None) is not None and \
                    link.dep_ == "acl" and link.lemma_.lower() in DESCRIBING and link.head.dep_ == "dobj" and \
                    link.head.head.i == trigger.root.i:
                attachments[id(m)] = ("dobj", None, trigger.root)  # "would target more ships linked to Israel":
                # whose ships they are
            elif event_type == "attack" and whose_devices_blew(m.root, trigger):
                attachments[id(m)] = ("dobj", None, trigger.root)
            elif event_type == "sanction" and ties_with(m.root, trigger):
                attachments[id(m)] = ("dobj", None, trigger.root)  # "the cutting of diplomatic relations with the
                # UAE": whom the ties were cut with bears it
            else:
                attachments[id(m)] = attachment(m.root, anchors)
        for m in actor_mentions:
            att = attachments[id(m)]
            if att is not None and att[:2] == ("conj", None) and att[2].pos_ == "VERB" and m.root.pos_ == "PROPN":
                # "drawing condemnation from the United Nations, the European Union and the United States", the
                # later names hung on the verb: they join the name listed before them
                before = max((o for o in actor_mentions if attachments[id(o)] is not None and
                              att[2].i < o.root.i < m.root.i and attachments[id(o)][:2] != ("conj", None)),
                             key=lambda o: o.root.i, default=None)
                if before is not None:
                    attachments[id(m)] = attachments[id(before)]
        # "X demanded that Y withdraw": Y is the target; "sanctions if Moscow rejects …": Moscow is. Only for an
        # event that names who acts: a target alone does not make an event worth recording.
        has_actor = any(a is not None for a in attachments.values())
        for clause in self.target_clauses(trigger, reading, event_type) if has_actor else []:
            subject_ids = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            for m in actor_mentions:
                if attachments[id(m)] is None and m.root.i in subject_ids:
                    attachments[id(m)] = ("dobj", None, clause)
        hit = [g for v in (trigger.root, *reading.chain) if event_type == "attack" for c in v.children
               if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"]
        inside = {t.i for g in hit for r in g.children if r.dep_ == "relcl" and
                  any(w.dep_ == "advmod" and w.lower_ == "where" for w in r.children)
                  for c in r.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for m in actor_mentions:  # "a strike on a building where senior Hamas officials had met": whom it was on
            if attachments[id(m)] is None and m.root.i in inside:
                attachments[id(m)] = ("dobj", None, trigger.root)
        doers = {t.i for c in trigger.root.children if c.dep_ == "oprd" for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "by" for t in p.subtree} if event_type == "accusation" else set()
        for m in actor_mentions:  # "which he had called a terrorist act by Ukraine's special services": whom the
            # name he gives it charges
            if attachments[id(m)] is None and m.root.i in doers:
                attachments[id(m)] = ("dobj", None, trigger.root)
        if event_type == "attack" and trigger.root.dep_ in ("relcl", "advcl"):
            # "Iran's second direct attack on Israel after April, when it launched more than 300 drones": the attack
            # the clause is inside strikes whom it was on
            outer = next((a for a in list(trigger.root.ancestors)[:4] if a.pos_ == "NOUN" and
                          ATTACK_NOUNS.get(a.lemma_.lower(), {}).get("type") == "attack"), None)
            on = {t.i for p in (outer.children if outer is not None else ()) if p.dep_ == "prep" and p.lower_ == "on"
                  for t in p.subtree} - {t.i for t in trigger.root.subtree}
            for m in actor_mentions:
                if attachments[id(m)] is None and m.root.i in on:
                    attachments[id(m)] = ("dobj", None, trigger.root)
        owned = {t.i for m in actor_mentions for t in m.root.subtree}
        across = {g.i for h in hit if not any(c.i in owned for c in h.children if c.dep_ in ("compound", "amod",
                                                                                             "poss"))
                  for p in h.children if p.dep_ == "prep" and p.lower_ in ("across", "throughout")
                  for g in p.children if g.dep_ == "pobj"}
        for m in actor_mentions:  # "fired more than 80 missiles at cities across Ukraine": the country struck
            if attachments[id(m)] is None and m.root.i in across and all(r.kind == "state" for r in m.refs):
                attachments[id(m)] = ("dobj", None, trigger.root)
        for m in actor_mentions:  # "Hezbollah leader Hassan Nasrallah and a general, both killed in Israel's strike
            # on Beirut": whose people the participle tells were killed
            att = attachments[id(m)]
            if (att is None or att[2].i != trigger.root.i) and event_type == "attack" and \
                    m.root.i in killed_named(trigger.root):
                attachments[id(m)] = ("dobj", None, trigger.root)
        if event_type == "attack" and trigger.root.lemma_.lower() in TAKING:
            taken = [g for c in trigger.root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"] + [c for c in trigger.root.children if c.dep_ == "dobj"]
            owners = {p.i for t in taken for a in t.children if a.dep_ == "appos" for p in a.children
                      if p.dep_ == "poss"}
            for m in actor_mentions:  # "the capture of Camp Abubakar, the MILF's main base": whose base was taken
                if attachments[id(m)] is None and m.root.i in owners:
                    attachments[id(m)] = ("dobj", None, trigger.root)
        toll = toll_of_when_clause(clause_of(trigger.root)) if event_type == "attack" else None
        victims = {t.i for c in toll.children if c.dep_ == "nsubjpass" for t in c.subtree} if toll is not None else ()
        for m in actor_mentions:  # "A Kosovo police officer was killed … when gunmen ambushed a patrol": whose
            # people the attack told in the "when" clause killed
            if attachments[id(m)] is None and m.root.i in victims and m.root.dep_ in ("amod", "compound") and \
                    all(r.kind in ("state", "demonym") for r in m.refs):
                attachments[id(m)] = ("dobj", None, trigger.root)
        return attachments

    def role_of(self, m: ActorMention, att: tuple[str, str | None, Token], trigger: Span, reading: Reading,
                event_type: str, actor_mentions: list[ActorMention], several: bool, urging: set[int]) -> str | None:
        """The role of one actor mention, given how it attaches to the event; None where it plays none."""
        dep, prep, anchor = att
        if event_type == "attack" and dep in ("amod", "compound", "poss", "nmod") and \
                trigger.root.dep_ == "compound" and anchor.i == trigger.root.head.i:
            anchor = trigger.root  # "Russian assault operations": the word the attack word names is the attack's
        if flagged(m.root) and not any(r.code in (getattr(trigger.doc._, "tw_countries", None) or ()) or any(
                o is not m and r.code in {x.code for x in o.refs} for o in actor_mentions) for r in m.refs):
            return None  # "sunk the Liberian-flagged bulk carrier Eternity C": a flag of convenience, no side (but
            # "seized a UAE-flagged cargo ship", in a story of the Houthis' war on the UAE, struck the UAE)
        if dep == "dobj" and event_type == "talks" and anchor.lemma_.lower() == "bring" and any(
                p.dep_ in ("prep", "dative") and p.lower_ == "to" and
                any(g.lemma_.lower() == "table" for g in p.children) for p in anchor.children):
            return "participant"  # "The talks … brought Greek Cypriot President Nicos Anastasiades … to the table"
        if dep == "nsubj" and event_type in ("talks", *DEALS) and anchor.lemma_.lower() == "bring" and any(
                t.lower_ == "together" for t in anchor.subtree):
            return "mediator"  # "Russia and Sudan had brought the leaders of the largest groups together in Khartoum
            # to sign a declaration": who brought the sides together brokered what they did
        if dep in ("nsubj", "nsubjpass") and prep not in ("inherited", "kept") and nominal(anchor) and \
                anchor.i == trigger.root.i:
            return None  # a subject hung on a noun is a parse error, not who acted (also "Cairo talks", with
            # "talks" taken for a verb)
        if event_type in ("talks", "ceasefire", "agreement", "prisoner_exchange") and any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in WITNESSES for g in c.children)
                for c in m.root.children):
            return "mediator"  # "signed a joint declaration, with President Trump as our witness"
        if event_type in ("ceasefire", "agreement") and anchor.i == trigger.root.i and \
                signed_as_witness(trigger.root) and (dep == "nsubj" or dep == "prep" and prep == "with"):
            return "mediator"  # "President Boris Trajkovski signed as a witness, with the EU's envoy …": who stood
            # behind the deal the parties signed
        if only_observing(m.root):
            return None
        if event_type in ("talks", "ceasefire", "agreement", "prisoner_exchange") and dep == "prep" and \
                prep == "with" and any(c.dep_ == "prep" and c.lower_ in ("beside", "alongside") and any(
                    g.lower_ in ("them", "him", "her") for g in c.children) for c in m.root.children):
            return "mediator"  # "signed a comprehensive peace agreement, with Abubakar beside them": who stood by
        if event_type == "talks" and mediating_aside(trigger.root) and anchor.i == trigger.root.head.head.i and \
                dep in ("nsubj", "dobj", "prep", "pobj"):
            return "participant"  # "Taylor sat across from the rebels of LURD and MODEL, with Abubakar mediating":
            # who met under the mediator, not beside him
        if event_type == "attack" and dep == "nsubj" and anchor.i == trigger.root.i and mutual(anchor):
            return "participant"  # "the armed forces of Uganda and Rwanda fought each other in Kisangani", "Government
            # forces and UNITA fought in Luanda": a clash, each side the other's foe
        if event_type == "talks" and dep == "prep" and prep == "with" and anchor.i == trigger.root.i and \
                anchor.pos_ == "VERB" and sat_with_the_pair(anchor):
            return "mediator"  # "both sides were sitting down in Finland with Martti Ahtisaari": the pair met under
            # the one they sat with
        if dep in ("prep", "pobj") and prep == "between" and anchor.i != trigger.root.i and \
                anchor.lemma_.lower() in MOVING and all(r.kind == "state" for r in m.refs) and \
                (p := gazetteer().lookup(trigger.doc[m.start:m.end].text)) is not None and p.lat is not None:
            return None  # "The talks moved between Caracas, San Jose, Mexico City and New York": where they were
        if event_type == "attack" and dep in ("prep", "pobj") and reading.cls is None and \
                outcome_elsewhere(trigger.root, anchor):
            return None  # "The killings turned opinion in the United States against the government": what the
            # attack did to another thing, not whom it struck
        if event_type == "ceasefire" and reading.status == "called_for" and dep == "nsubj" and \
                anchor.dep_ == "ccomp" and anchor.lemma_.lower() in self.status.ceasing_verbs and \
                any(v.i == anchor.head.i for v in reading.chain):
            return "target"  # "demanded that Iran and Iraq stop fighting at once": those asked to stop
        if event_type == "talks" and dep == "prep" and prep == "under" and anchor.i in (
                trigger.root.i, trigger.root.head.i) and all(r.kind == "person" for r in m.refs):
            return "mediator"  # "The talks began in 1998 under Julius Nyerere": who chaired them
        if event_type == "ceasefire" and reading.status == "ended" and anchor.i == trigger.root.i and (
                dep == "poss" or dep == "prep" and prep == "with" and any(
                    c.dep_ == "poss" for c in trigger.root.children)):
            return "initiator" if dep == "poss" else None  # "its 1991 ceasefire with Morocco was over", said by the
            # Polisario: its own truce it ends; the side it was with does not end it
        if event_type == "attack" and anchor.i == trigger.root.i and dep == "poss" and \
                trigger.root.dep_ == "dobj" and trigger.root.head.lemma_.lower() in UNDERGOING:
            return "target"  # "Israel would receive its just punishment": the punishment it is to bear
        if event_type == "attack" and dep in ("compound", "nmod") and anchor.i == trigger.root.i and \
                m.end == trigger.root.i and any(d.dep_ == "det" for d in trigger.root.children) and any(
                span.start <= m.root.i < span.end and place.lat is not None
                for span, place in trigger.doc._.tw_places or []):
            return None  # "Hours after the Beirut strike": the city struck, named as where (not Lebanon acting)
        if event_type == "attack" and dep == "nsubj" and came_under_fire(np_head(m.root, set()).head):
            return "target"  # "A United Nations helicopter … came under fire on Friday, killing one crew member"
        if event_type == "attack" and dep == "prep" and prep in ("for", "against") and anchor.i == trigger.root.i \
                and trigger.root.lemma_.lower() in ("punishment", "retaliation", "revenge", "vengeance", "reprisal"):
            return "target"  # "vowed harsh punishment for Israel": who is to be punished
        if event_type == "attack" and dep == "prep" and prep == "from" and anchor.lemma_.lower() == "exact":
            return "target"  # "Israel would exact the price from Iran": from whom
        if event_type in ("agreement", "ceasefire") and dep == "dobj" and anchor.lemma_.lower() in SUBMITTING and \
                anchor.dep_ == "acl" and anchor.head.i == trigger.root.i:
            return "participant"  # "signed a declaration accepting the authority of the Federal Military Government":
            # the side a surrender submits to is its other party
        if event_type == "attack" and dep == "prep" and prep == "through" and anchor.i == trigger.root.i and \
                anchor.lemma_.lower() in BREAKING_THROUGH["verbs"]:
            return "target"  # "the federal army broke through the last Biafran lines": whose lines
        if event_type in ("ceasefire", "agreement") and reading.status == "rejected" and \
                anchor.lemma_.lower() == "bind" and dep in ("dobj", "nsubjpass"):
            return "initiator"  # "the agreement did not bind the group", "they were not bound by the truce"
        if event_type == "talks" and reading.status == "rejected" and dep == "nsubj" and anchor.i != trigger.root.i \
                and mediation_word(trigger.root):
            return "initiator"  # "it had not asked any foreign country to mediate": who disowns the mediation
        if event_type == "talks" and sponsored(m.root):
            return "mediator"  # "At the invitation of the Prime Minister of Saint Vincent …, and with the support of
            # CARICOM and the President of Brazil, the presidents of Guyana and Venezuela met"
        if event_type in ("talks", "ceasefire", "agreement", "prisoner_exchange") and m.root.dep_ in (
                "amod", "compound", "poss", "nmod") and any(c.lemma_.lower() in MEDIATION_WORDS
                                                            for c in m.root.head.children) and \
                m.root.head.lemma_.lower() in ("delegation", "team", "envoy", "delegate"):
            return "mediator"  # "the Saudi delegation … and the Omani mediation delegation": Oman mediates
        if event_type == "talks" and leads(m) and (dep == "self" or anchor.i == trigger.root.i):
            role = "mediator"  # "the African Union-led talks"; "the Saudi-led coalition" stays a force
        elif hyphen_mediated(m, MEDIATED | ({"backed"} if event_type == "talks" else set())) and (
                dep == "self" or anchor.i == trigger.root.i) or \
                event_type == "talks" and dep in ("compound", "nmod", "amod") and anchor.i == trigger.root.i and \
                all(r.code in actor_book().conveners for r in m.refs):
            role = "mediator"  # "U.N.-sponsored talks", "a Qatar-brokered truce", "United Nations-hosted talks"
        elif hyphen_mediated(m):
            if event_type not in ("ceasefire", "agreement", "prisoner_exchange", "talks"):
                return None
            role = "mediator"  # "U.S.- and Saudi-brokered talks in Jeddah produced a short-lived truce": who
            # brokered the talks brokered what they produced; a broker is no side of anything the sentence tells
        elif dep == "self":
            role = "participant" if event_type in ("talks", "agreement", "prisoner_exchange") else "initiator"
        elif (dep == "nsubj" or dep == "prep" and prep in ("by", "alongside")) and (
                event_type == "talks" or event_type == "ceasefire" and self.status.verb_class(anchor) in (
                    "announce", "agree")) and anchor.i != trigger.root.i and between_others(trigger, m, actor_mentions):
            role = "mediator"  # "the U.S. and Saudi Arabia suspended talks between the army and the RSF", "Egypt
            # and the U.S. announced a ceasefire between Israel and Hamas" (or Egypt "alongside" the U.S.)
        elif dep == "nsubj" and event_type == "talks" and all(r.kind == "organisation" or r.kind == "person" and
                                                             r.code in actor_book().organisations for r in m.refs) and \
                any(g.lemma_.lower() in ("party", "side") and g.tag_ == "NNS" for c in anchor.children
                    for g in (c, *c.children) if g.dep_ in ("dobj", "pobj")):
            role = "mediator"  # "the U.N. envoy will meet the parties in Amman": who meets both sides brokers
        elif dep == "prep" and prep == "by" and event_type == "talks" and anchor.lemma_.lower() == "lead" and \
                anchor.tag_ == "VBN":
            envoy = any(t.lemma_.lower() in ("envoy", "mediator", "moderator")
                        for t in np_head(m.root, {anchor.i}).subtree)
            role = "mediator" if envoy or all(r.kind == "organisation" for r in m.refs) else "participant"
            # "talks led by the African Union's envoy" or "by U.S. envoy Richard Holbrooke": who chairs talks between
            # others; "led by Ukraine's defence minister": who heads one side
        elif (dep == "nsubj" or dep == "prep" and prep == "by") and event_type == "talks" and (
                anchor.lemma_.lower() in self.host_verbs or dep == "nsubj" and any(
                    c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.host_verbs and
                    any(c.i == v.i for v in reading.chain) for c in anchor.children)):
            # "Fidan opened the meeting", "a meeting hosted by Turkey", "Guterres flew back to chair the session";
            # but whoever hosts a guest for talks
            # ("Yeltsin hosted Hashimoto for a meeting") is one of the two sides
            role = "participant" if hosts_guest(anchor, trigger) or (several or any(
                c.dep_ == "nsubj" and c.conjuncts for c in anchor.children)) and \
                dep == "nsubj" and anchor.lemma_.lower() not in self.mediating_verbs else "mediator"
            # ("Russia and Ukraine opened talks in Istanbul": the two who open them are their sides; so "the
            # government and fourteen armed groups", the groups unnamed)
        elif dep == "dobj" and event_type in ("talks", *DEALS) and any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pcomp" and g.lemma_.lower() in self.mediating_verbs and
                    any(g.i == v.i for v in reading.chain) for g in c.children) for c in anchor.children):
            role = "mediator"  # "commends Malaysia for facilitating the talks": whom one praises for brokering them
        elif dep == "nsubj" and event_type in BILATERAL and reading.cls in ("call", "call_maybe") and \
                reading.status != "rejected" and \
                (all(ref.kind == "organisation" for ref in m.refs) or anchor.i in urging):
            return None  # "the Security Council demanded … the release of all hostages", "Trump urged Ukraine to
            # agree to the meeting": who asks is no party
        elif dep in ("poss", "compound", "amod", "nmod") and anchor.i != trigger.root.i and \
                self.status.carriers.get(anchor.lemma_.lower()) in ("call", "propose", "end", "violate") and \
                any(t.i == anchor.i for t in reading.chain):
            role = "initiator"  # "Kyiv's demand for an immediate 30-day ceasefire": whose call it is; "Russia's
            # withdrawal from the grain deal", "Israel's violation of the truce": who ended or broke it
        elif dep == "dobj" and event_type in ("demand", "proposal", "agreement", "ceasefire") and \
                trigger.root.dep_ == "nsubj" and trigger.root.head.i == anchor.i and \
                self.status.verb_class(anchor) is None:
            return None  # "the demand echoed U.N. Security Council Resolution 1701": what the event is likened to
        elif anchor.lemma_.lower() in CAUSING and any(
                c.dep_ == "xcomp" and c.i in {t.i for t in reading.chain} for c in anchor.children):
            if dep != "dobj":
                return None  # "pressure from Washington led Russia to accept the truce": the cause is no side
            role = role_for("nsubj", None, False, event_type, reading.cls, several)
        elif dep == "nsubj" and event_type not in BILATERAL and anchor.dep_ == "ccomp" and \
                self.status.verb_class(anchor) in ("accept", "agree") and \
                any(v.i == anchor.head.i for v in reading.chain) and \
                self.status.verb_class(anchor.head) in ("call", "call_maybe", "propose"):
            role = "target"  # "European leaders demanded that Moscow accept a ceasefire": the one asked, as "urged
            # Moscow to accept"
        elif dep == "nsubj" and event_type == "accusation" and anchor.i == trigger.root.i and \
                said_to_be_hostile(anchor) is not None:
            return None  # "they amounted to an act of war": "they" are the sanctions so named
        elif dep == "nsubj" and event_type == "ceasefire" and reading.cls == "call" and anchor.dep_ == "ccomp" and \
                any(t.i == anchor.i for t in reading.chain) and \
                any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in anchor.children):
            role = "target"  # "Celik said the PKK must lay down its arms": asked of the PKK by whoever says so
        elif dep == "nsubj" and event_type in ("sanction", "attack") and anchor.lemma_.lower() in UNDERGOING and \
                any(t.i == anchor.i for t in reading.chain):
            role = "target"  # "Russia must face tough sanctions", "Moscow will face consequences": who bears them
        elif dep == "nsubj" and event_type == "accusation" and anchor.lemma_.lower() in DRAWING:
            role = "target"  # "Russian missiles struck Odesa, drawing condemnation from the U.N.": who drew it
        elif dep == "dobj" and anchor.i in urging:
            role = "participant"  # the one urged to agree to talks is a party to them
        elif (dep == "nsubj" or dep == "prep" and prep == "by") and anchor.lemma_.lower() in self.reacting_verbs:
            return None  # "Mikati welcomed the agreement", "a truce backed by Turkey": no part in the event
        elif anchor.lemma_.lower() in self.mediating_verbs and anchor.dep_ == "ccomp" and \
                anchor.head.lemma_.lower() in DENIALS:
            return None  # "India has denied that Washington mediated its truce": no mediator, by its word
        elif dep == "nsubj" and event_type == "attack" and anchor.i != trigger.root.i and \
                self.status.verb_class(anchor) == "impose" and punished_for(trigger, anchor):
            return None  # "the Treasury imposed sanctions on Hemedti for the group's attacks on civilians": who
            # punishes the attacks did none of them
        elif anchor.lemma_.lower() == "witness" and event_type in ONE_SIDED:
            return None  # "strikes witnessed by U.N. observers": who saw it did no part of it (but who witnessed a
            # signing stands behind the deal, as its mediator)
        elif (dep == "nsubj" or dep == "prep" and prep == "by" or dep == "prep" and prep == "with" and (
                together(anchor) or all(r.kind != "armed_group" for r in m.refs))) and (
                anchor.lemma_.lower() in self.mediating_verbs or any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in self.mediating_verbs for c in anchor.children)):
            role = "mediator"  # "a truce brokered by Qatar", "Egypt mediated the deal", "helped broker";
            # "Qatar, which mediated with Egypt and the United States" (but a group mediated with is a side)
        elif dep == "nsubj" and event_type == "talks" and anchor.lemma_.lower() in ("hold", "convene", "call") and \
                anchor.i != trigger.root.i and all(r.code in actor_book().conveners for r in m.refs):
            role = "mediator"  # "the East African Community would hold an emergency summit": a body that convenes
            # talks between others
        elif dep == "nsubj" and event_type == "talks" and any(t.lower_.startswith("mediat") for t in trigger):
            role = "mediator"  # "the emir launched a mediation effort between …"
        elif dep == "dobj" and event_type == "talks" and anchor.lemma_.lower() in self.host_verbs and \
                hosts_guest(anchor, trigger):
            role = "participant"
        elif dep == "nsubj" and event_type in ("demand", "proposal") and \
                self.status.verb_class(anchor, event_type) == "receive":
            role = "target"  # "Hamas is studying a draft proposal": the one it was put to
        elif event_type in ("demand", "proposal") and (reading.cls in ANSWERING or reading.status in ANSWERS) \
                and anchor.i == trigger.root.i \
                and (dep in ("poss", "compound", "amod", "nmod") or dep == "prep" and prep in ("from", "by")):
            role = "target"  # "Yemen rejected a U.S. request", "Russia met Ukraine's demands": who asked
        elif dep == "nsubj" and event_type == "ceasefire" and anchor.i != trigger.root.i and \
                self.status.verb_class(anchor) == "effect":
            role = "initiator" if any(c.lower_ == "unilateral" for c in trigger.root.children) else "participant"
            # ("the FARC has observed a unilateral ceasefire": its own)
            # no side takes effect: "a ceasefire between Sudan's army and the paramilitary
            # Rapid Support Forces took effect", with the second side parsed as the subject
        elif dep == "dobj" and event_type == "ceasefire" and anchor.i != trigger.root.i and \
                trigger.start <= anchor.i < trigger.end:
            role = "participant"  # "stop bombing the Houthis": the side the fighting stops against
        elif dep == "nsubj" and event_type == "ceasefire" and reading.status == "extended" and \
                self.status.verb_class(anchor) == "agree" and any(t.i == anchor.i for t in reading.chain):
            role = "participant"  # "the delegation agreed to extend the truce": with the other side, a side of it
            # (but "the junta said it would extend its truce" is its own)
        elif dep == "dobj" and event_type == "prisoner_exchange" and anchor.i == trigger.root.i and \
                m.root.dep_ in ("compound", "amod", "poss") and (all(r.kind == "armed_group" for r in m.refs) or
                                                                 fallen_of(m.root) or prisoners_of_war_of(m.root)):
            role = "participant"  # "is to free up to 5,000 Taliban prisoners": the group freed is the other side;
            # and so is the army of "the bodies of 6,000 Ukrainian soldiers" (not the land of the living freed, who
            # may be "Ukrainian and foreign fighters"); and the army of "the first American prisoners of war"
        elif dep == "nsubj" and event_type == "prisoner_exchange" and m.root.dep_ in ("amod", "compound") and \
                m.root.head.lemma_.lower() in captives() and m.refs[0].kind == "demonym" and (
                    m.root.head.dep_ == "pobj" and m.root.head.head.lower_ == "of" or m.root.head.dep_ == "nsubj" and
                    sum(c.dep_ == "nsubj" for c in m.root.head.head.children) > 1):
            return None  # "the number of Palestinian prisoners Israel is to release", "Israeli hostages Hamas is to
            # free": the people freed, misparsed as the subject or its part; no side
        elif dep == "prep" and prep == "with" and event_type == "ceasefire" and reading.status == "announced" and \
                anchor.i == trigger.root.i and any(o is not m and o.root.dep_ == "nsubj" and o.root.head.i in
                                                   {t.i for t in reading.chain} for o in actor_mentions):
            return None  # "the PKK declared a ceasefire with Turkey": one side's declaration, whoever it faces
        elif dep == "prep" and prep == "of" and event_type == "sanction" and anchor.i == trigger.root.i and \
                anchor.lemma_.lower() in DESIGNATING:
            role = "target"  # "lift the designation of the TPLF as a terrorist organisation": whom it names
        elif dep == "prep" and prep == "from" and event_type == "attack" and anchor.lemma_.lower() in LAUNCHING and \
                all(r.kind in ("state", "armed_group") for r in m.refs):
            role = "initiator"  # "rockets fired from Cambodia": whoever fires from there
        elif dep == "prep" and prep == "from" and event_type == "attack" and (
                anchor.lemma_.lower() in TAKING or anchor.lower_ in ("retook", "took", "overran")) and (
                anchor.i == trigger.root.i or anchor.dep_ == "relcl" and anchor.head.i == trigger.root.i) and \
                all(r.kind in ("state", "armed_group", "demonym") for r in m.refs):
            role = "target"  # "had taken full control of Manbij from the Kurdish-led SDF": whom it was taken from
        elif dep == "prep" and prep in ("toward", "towards") and anchor.i != trigger.root.i and \
                event_type not in ("attack", "sanction"):
            return None  # "the proposal leaned towards Israel's positions": whom it favours, not whom it is put to
        elif dep == "prep" and prep == "by" and event_type == "prisoner_exchange" and anchor.i != trigger.root.i and \
                anchor.lemma_.lower() in HOLDING:
            role = "participant"  # "the release of hostages held by Hamas": the captor is the side that frees them
        elif dep == "prep" and prep == "to" and event_type == "prisoner_exchange":
            # "handed over three hostages to the Red Cross": who carries them over; "to Israel": the other side
            role = "mediator" if all(r.kind == "organisation" for r in m.refs) else "participant"
        elif dep == "nsubj" and event_type == "prisoner_exchange" and all(r.kind == "organisation" for r in m.refs):
            role = "mediator"  # "Red Cross planes carried detainees between Sanaa and Abha": who carries them, no
            # side holds them
        elif dep == "prep" and prep == "for" and event_type == "prisoner_exchange":
            # "in return for 15 Russians": the other side; "for 183 Palestinian prisoners" names the people
            # freed, not who freed them
            role = "participant" if m.root.dep_ == "pobj" else None
        elif dep == "nsubj" and event_type == "demand" and anchor.dep_ == "acl" and \
                anchor.head.i == trigger.root.i and any(c.dep_ == "mark" for c in anchor.children):
            role = "target"  # "its demand that Armenia first change its constitution": who is to do it
        elif dep == "nsubj" and event_type == "accusation" and anchor.i != trigger.root.i and \
                anchor.lemma_.lower() in DENYING:
            role = "target"  # "Cambodia denied the accusation": the accused answers it
        elif dep == "nsubj" and event_type == "attack" and anchor.lemma_.lower() in REPELLING and \
                trigger.root.head.i == anchor.i:
            role = "target"  # "its fighters had repelled an army offensive": whom the offensive was against
        elif dep == "nsubj" and event_type == "attack" and anchor.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in anchor.children):
            role = "target"  # "two Turkish soldiers killed": a reduced passive
        elif prep == "of" and event_type == "talks" and anchor.i == trigger.root.i and \
                trigger.root.lemma_.lower() in MEETINGS and not all(r.kind == "organisation" for r in m.refs):
            role = "participant"  # "the talks of the Afghan factions", "a meeting of the foreign ministers" (not
            # "the visit of the Saudi delegation", one side that comes to the other; nor "a joint summit of the EAC
            # and SADC", the blocs whose summit it is, read as they were)
        else:
            role = role_for(dep, prep, anchor.i == trigger.root.i, event_type, reading.cls, several)
        if role is None:
            return None
        if role == "initiator" and event_type == "sanction" and all(r.kind == "armed_group" for r in m.refs):
            return None  # states and blocs impose sanctions: "the U.S. determined that the RSF had committed
            # genocide and imposed sanctions", with "imposed" joined to what the RSF did
        if role == "initiator" and dep == "compound" and event_type == "ceasefire" and any(
                o is not m and (o.root.i == m.root.i or hyphenated(o, m)) for o in actor_mentions):
            role = "participant"  # "the US-Taliban ceasefire": a truce between the two
        return role

    def completed(self, out: list[tuple[ActorRef, str]], trigger: Span, reading: Reading, event_type: str,
                  actor_mentions: list[ActorMention]) -> list[tuple[ActorRef, str]]:
        """The roles read from attachments, completed from the sentence: mediation named anywhere in it, whom
        talks were held with, the sides a deal is acted under, the captors of the people a swap frees."""
        if event_type == "talks" and any(t.lower_.startswith("mediat") for t in trigger) and \
                reading.status != "rejected":
            # "the mediation efforts undertaken by the State of Qatar": whoever carries a mediation mediates
            out = [(r, "mediator" if role == "initiator" else role) for r, role in out]
        if event_type == "attack" and intercepted(trigger.root):
            out = [(r, {"initiator": "target", "target": "initiator"}.get(role, role)) for r, role in out]
        if event_type == "attack" and unclaimed(trigger.root):
            out = [(r, role) for r, role in out if role != "initiator"]
        root = trigger.root
        if event_type == "attack" and root.dep_ == "acl" and root.tag_ == "VBN" and root.head.dep_ == "dobj" and \
                root.head.head.lemma_.lower() in STOPPING_PROJECTILES and not any(role == "target" for _, role in out):
            # "it had intercepted a missile launched from Yemen": the missile was fired at whoever stopped it
            out += [(ref, "target") for ref in subject_refs(root.head.head, actor_mentions)]
        out = without_self_targets(out)
        if event_type == "talks" and not any(role == "participant" for _, role in out):
            out += [(ref, "participant") for ref in dealers_after(trigger, actor_mentions)]
        if event_type == "talks":
            named = {r.code for r, _ in out}
            out += [(ref, "participant") for ref in talked_with(trigger, actor_mentions) if ref.code not in named]
            named = {r.code for r, _ in out}
            out += [(ref, "participant") for ref in answered_at(trigger, actor_mentions) if ref.code not in named]
            named = {r.code for r, _ in out}
            out += [(ref, "participant") for ref in told_in(trigger, actor_mentions) if ref.code not in named]
        if event_type in DEALS and not any(role in ("participant", "initiator") for _, role in out):
            out += [(ref, "participant") for ref in acting_under(trigger, actor_mentions) or
                    bound_by(trigger, actor_mentions) or war_ended(trigger, actor_mentions)]
        if reading.status == "called_for" and not any(role == "initiator" for _, role in out):
            named = {r.code for r, _ in out}
            out += [(ref, "initiator") for v in reading.chain for ref in makers_of_the_text(v, actor_mentions)
                    if ref.code not in named]
        if event_type == "prisoner_exchange" and len({r.code for r, role in out if role == "participant"}) == 1:
            named = {r.code for r, _ in out}
            out += [(ref, "participant") for ref in captors(trigger.sent, actor_mentions) or
                    freed_by_the_speaker(trigger, actor_mentions) if ref.code not in named]
        sides = {r.code for r, role in out if role == "participant" and r.code not in actor_book().conveners}
        if event_type in DEALS and len(sides) >= 2:
            out = [(r, "mediator" if role == "participant" and r.code in actor_book().conveners and
                    r.kind == "organisation" else role) for r, role in out]  # "… an envoy of the OSCE and the
            # leaders of the two republics signed the protocol": a body that convenes talks signs as their broker
        if event_type == "talks" or event_type in DEALS and reading.status in DEAL_STATUSES:
            mediators = mediation_in(trigger.sent, actor_mentions, trigger)
            codes = {ref.code for ref in mediators}
            out = [(r, role) for r, role in out if r.code not in codes or role == "initiator"]
            sides = {r.code for r, _ in out}
            out += [(ref, "mediator") for ref in mediators if ref.code not in sides]
        if event_type in DEALS or event_type == "talks":  # "initialled a peace agreement and signed a joint
            # declaration, with President Trump as our witness": the witness of the one stands behind both
            sides = {r.code for r, _ in out}
            out += [(ref, "mediator") for m in actor_mentions if any(
                c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in WITNESSES for g in c.children)
                for c in m.root.children) for ref in m.refs if ref.code not in sides]
        if event_type in DEALS and (signers := signed_under(trigger, actor_mentions)):
            sides = {r.code for r, _ in out}
            third = {r.code: r for r in signers if r.code and r.code not in sides}
            out += [(ref, "mediator") for ref in third.values()]
        return out

    @staticmethod
    def accuser(trigger: Span, chain: list[Token], actor_mentions: list[ActorMention]) -> str | None:
        """Who claims the event, when it is what someone is accused of ("accused the army of attacking",
        "accused each other of violating the truce")."""
        for verb in [trigger.root, *chain]:
            accusing = accusing_verb(verb) or naming_verb(verb)
            if accusing is None:
                continue
            speaker = speaking_clause(accusing)
            subject_ids = {t.i for c in speaker.children if c.dep_ == "nsubj" for t in c.subtree}
            # one accuser, or none: "both sides accused each other" is a claim of each, no single claimant
            return next((m.refs[0].code for m in actor_mentions if m.root.i in subject_ids
                         and len(m.refs) == 1), "")
        return None

    @staticmethod
    def accused_of(trigger: Span, chain: list[Token],
                   actor_mentions: list[ActorMention]) -> list[tuple[ActorRef, str]] | None:
        """ "The RSF accused the army of attacking its positions", "India accused Pakistan of violations of the
        ceasefire": the accused did it, to whoever the clause names; the accuser only claims it."""
        root = trigger.root
        verb = next((v for t in [root, *(c for c in chain if nominal(c) or c.pos_ == "VERB")]
                     if (v := accusing_verb(t))), None)  # "of violations of the truce", "of violating the truce"
        if verb is not None and reciprocal(verb) and trigger.label_ == "attack":
            # "the army and the SPLA-IO accused each other of attacking positions": each says the other attacked;
            # the fighting is between them
            subject_ids = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
            sides = list({ref.code: ref for m in actor_mentions if m.root.i in subject_ids for ref in m.refs
                          if ref.code}.values())
            return [(ref, "participant") for ref in sides] if len(sides) >= 2 else None
        if verb is None or reciprocal(verb):
            return None  # "accused each other of violating the truce": the accusers are who broke it, read as
            # subjects
        out: list[tuple[ActorRef, str]] = []
        accused_ids = {t.i for c in accused(verb) for t in c.subtree} - {
            t.i for c in accused(verb) for r in c.children if r.dep_ in ("relcl", "acl") for t in r.subtree}
        clause_ids = {t.i for t in root.subtree if t.i != root.i and not (
            trigger.label_ == "ceasefire" and t.lower_ in ("it", "its"))}  # ("for violating it": the truce)
        for m in actor_mentions:
            role = "initiator" if m.root.i in accused_ids else "target" if m.root.i in clause_ids else None
            for ref in m.refs if role else []:
                if not any(r.code == ref.code and rl == role for r, rl in out):
                    out.append((ref, role))
        return out

    @staticmethod
    def target_clauses(trigger: Span, reading: Reading, event_type: str) -> list[Token]:
        """Clauses whose subject an event is aimed at: what is demanded, and the condition of a threat ("would
        strike if Hezbollah breached the deal")."""
        heads = [trigger.root, *reading.chain]
        clauses = []
        if event_type == "demand" or reading.cls in ("call", "call_maybe"):
            # "demanded that Y withdraw"; "said Y must return …"
            clauses += [c for h in heads for c in h.children
                        if c.dep_ in ("ccomp", "xcomp") and (c.pos_ in ("VERB", "AUX") or c.dep_ == "ccomp" and any(
                            g.dep_ == "nsubj" for g in c.children)) and (  # ("rein in" tagged a noun)
                            h.lemma_.lower() in ("demand", "insist", "urge", "call", "press", "require", "ask",
                                                 "want")
                            or any(a.dep_ == "aux" and a.lower_ in OBLIGING for a in c.children))]
            clauses += [cond for h in heads for c in h.children if c.dep_ == "ccomp"
                        if (cond := condition_of_refusal(c)) is not None]  # "will not sign until Armenia removes"
        if event_type == "accusation" and trigger.root.lemma_.lower() in FINDING:
            clauses += [c for c in trigger.root.children if c.dep_ == "ccomp"]  # "determined that members of the
            # RSF have committed genocide": whom the finding charges
        if event_type in THREATS:
            clauses += [c for h in heads for c in h.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)]
        return clauses

    def place(self, doc: Doc, sent: Span, anchors: set[int], trigger: Span,
              actor_mentions: list[ActorMention], status: str | None = None) -> Place | None:
        best: tuple[float, Place] | None = None
        for span, place in doc._.tw_places:
            if span.start < sent.start or span.end > sent.end:
                continue
            head = np_head(span.root, anchors)
            if head.i != span.root.i and head.lemma_.lower() not in PLACE_NOUNS | held_through() and \
                    not sides_talks_at(head, trigger, status):
                continue  # "in Russia's war": the phrase is about a war, not a place (but "took control of Goma"
                # takes Goma, and "the talks of the Afghan factions in Bonn" were held there)
            att = attachment(span.root, anchors)
            if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and \
                    (compass := span.root.head.head).lemma_.lower() in COMPASS and compass.head.i in anchors:
                att = ("prep", "in", compass.head)  # "shelled Kurdish YPG fighters north of Aleppo": near the city
            if not (att and att[0] == "prep" and att[1] in LOCATIVE):
                att = self.nested_place(span.root, anchors, trigger.label_ == "talks") or att
            if (att is None or att[:2] == ("prep", "of")) and span.root.dep_ == "pobj" and \
                    span.root.head.lower_ in LOCATIVE and sides_talks_at(span.root.head.head, trigger, status):
                att = ("prep", span.root.head.lower_, trigger.root)  # "the talks of the Afghan factions in Bonn":
                # the sides' talks, held there
            if att and att[0] == "prep" and att[1] in ("on", "about", "over") and trigger.label_ == "talks" and \
                    att[2].i == trigger.root.i:
                continue  # "peace talks on Yemen ended in Sweden": what they are about, not where
            if att and att[0] == "prep" and att[1] == "on" and trigger.label_ in ("sanction", "accusation"):
                continue  # "tariffs on Russia", "blamed on Tehran": whom they hit, not where
            if att and att[0] == "prep" and att[1] == "on" and att[2].lemma_.lower() in ("call", "urge", "press"):
                continue  # "called on the United States and France to stop Israel's attacks": whom, not where
            if att and att[2].i != trigger.root.i and att[2].lemma_.lower() in self.reacting_verbs:
                continue  # "backing the agreement at a summit in Sharm el-Sheikh": where it was backed, not made
            if att and trigger.label_ == "attack" and outcome_elsewhere(trigger.root, att[2]):
                continue  # "The killings turned opinion in the United States against the government": where what
                # the killings did was felt, not where they were
            if att and att[0] == "prep" and att[1] in LOCATIVE:
                score = 0 if att[2].i == trigger.root.i else 1
            elif att and att[0] == "prep" and att[1] == "to" and trigger.label_ == "talks" and \
                    att[2].lemma_.lower() in TRAVELLING and trigger.root.dep_ == "advcl" and \
                    trigger.root.head.i == att[2].i:
                score = 1  # "will travel to Kyiv on Saturday to meet Zelenskiy": the talks are where they go
            elif trigger.label_ == "talks" and trigger.root.lemma_.lower() == "visit" and \
                    span.root.dep_ == "pobj" and span.root.head.lower_ == "to" and trigger.root.i in (
                        (to := span.root.head).head.i, to.head.head.head.i if to.head.dep_ == "pobj" else -1):
                score = 0  # "a planned visit by an Israeli delegation to Washington": where the visit goes (the
                # parser may hang the place on the delegation)
            elif att and (att[0] in ("dobj", "nsubjpass") or att[:2] == ("prep", "of") and (any(
                    c.dep_ == "dobj" and c.lemma_.lower() in held_through() for c in att[2].children) or
                    att[2].lemma_.lower() in taking_nouns())) and \
                    att[2].i == trigger.root.i and trigger.label_ == "attack":
                score = 0  # "shelled Kharkiv", "the town of Saraqib was bombed": the place struck; "took control |
                # of El Fasher", the "of" hung on the verb, and "the capture of Goma": the place taken
            elif att and (att[0] in ("compound", "nmod", "amod") or att[0] == "nsubj" and nominal(trigger.root)) and \
                    att[2].i == trigger.root.i and span.root.pos_ == "PROPN" and not any(
                        m.start <= span.root.i < m.end for m in actor_mentions if m.refs[0].kind == "demonym"):
                # (also "Cairo talks" with "talks" taken for a verb, and Cairo for its subject)
                if place.lat is None and trigger.label_ in ONE_SIDED:
                    continue  # "U.S. strikes", "Russia sanctions": the country acts; a city would be the place
                if trigger.label_ == "proposal" and att[0] != "nsubj":
                    continue  # "accepted the U.S. proposal": whose proposal, not where it was made
                if trigger.label_ in ("agreement", "ceasefire") and status not in MAKING:
                    continue  # "ended the 2015 Algiers peace agreement": the deal's name, where it was made
                if any(hyphenated(a, b) for a in actor_mentions for b in actor_mentions
                       if a is not b and span.start <= max(a.root.i, b.root.i) < span.end):
                    continue  # "the Russia-Ukraine prisoner swap": its two sides
                score = 1
            else:
                continue
            if place.lat is None:
                score += 0.5  # of two places equally attached, the more specific one ("Syria's Idlib province")
                if head.i != span.root.i and span.root.dep_ in ("compound", "poss", "nmod", "amod"):
                    score += 1  # "a U.S. air base in Qatar": whose base, not where
            if best is None or score < best[0]:
                best = (score, place)
        if best is None and trigger.label_ == "attack" and trigger.root.pos_ == "VERB":
            victims = {t.i for c in trigger.root.children if c.dep_ == "dobj" or c.dep_ in ("advcl", "appos") and
                       c.pos_ == "NOUN" for t in c.subtree}  # (also "…, most of them tourists," hung on the verb)
            best = next(((8, place) for span, place in doc._.tw_places if span.root.dep_ == "pobj" and
                         span.root.head.lower_ in ("near", "in", "at") and span.root.head.head.i in victims and
                         span.start >= sent.start and span.end <= sent.end), None)
            # ("militants killed 26 people, most of them tourists, near Pahalgam": where those it killed were)
        if best is None and trigger.label_ == "attack" and (struck := struck_country(trigger, actor_mentions)):
            best = (9, struck)
        if best is None and trigger.label_ == "attack" and (region := region_struck(trigger, actor_mentions)):
            best = (9, gazetteer().country(region.code))
        if best is None and trigger.label_ == "attack" and (where := where_the_struck_were(doc, trigger) or
                                                             where_the_driven_were(doc, trigger)):
            best = (9, where)
        if best is None and (there := place_there(doc, sent, anchors)) is not None:
            best = (9, there)
        if best is None:
            best = (9, scene) if (scene := scene_of(doc, sent)) is not None else None
        return best[1] if best else None

    @staticmethod
    def nested_place(token: Token, anchors: set[int], talks: bool = False) -> tuple[str, str, Token] | None:
        """ "a ceasefire along the front line in Ukraine": climb through place-like nouns to the event."""
        for clause in token.children:  # "the Cuban capital, where the third round of negotiations ended"
            if clause.dep_ == "relcl" and clause.i in anchors and any(
                    w.dep_ == "advmod" and w.lower_ == "where" for w in clause.children):
                return ("prep", "in", clause)
        node = token
        while node.dep_ == "compound" and node.head.pos_ == "PROPN":
            node = node.head  # "Gaza" in "Gaza City"
        if (node.dep_ in ("nmod", "compound") or node.dep_ == "poss" and node.head.pos_ == "NOUN") and \
                node.head.lemma_.lower() in PLACE_NOUNS:
            node = node.head  # "in Donetsk and Luhansk regions": the regions, named; "Beirut's southern suburbs" (not
            # "Istanbul's Dolmabahce Palace", a place of its own name)
        for _ in range(4):
            prep = node.head
            if node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
                node = prep.head  # "near the town of Samarra", "the Iraqi city of Basra"
                continue
            if node.dep_ == "pobj" and prep.lower_ == "including" and (
                    prep.head.lemma_.lower() in PLACE_NOUNS or prep.head.lower_.removesuffix("s") in PLACE_NOUNS):
                # ("bases", which the lemmatiser makes "basis")
                node = prep.head  # "at several cities, including Kharkiv": the named one of them
                if node.dep_ in ("dobj", "nsubjpass") and node.head.i in anchors:
                    return ("prep", "in", node.head)  # "struck several air bases, including Nur Khan near
                    # Rawalpindi": where what was struck is
                continue
            if node.dep_ == "pobj" and prep.lower_ == "on" and prep.head.i in anchors and nominal(prep.head) and \
                    prep.head.lemma_.lower() in strike_nouns():
                return ("prep", "in", prep.head)  # "an air strike on the group's headquarters in Beirut's southern
                # suburbs": where what was struck is
            if node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "margin") and \
                    prep.head.dep_ == "pobj" and prep.head.head.head.i in anchors:
                return ("prep", "in", prep.head.head.head)  # "to meet on the sidelines of the BRICS summit in Kazan":
                # where the summit is
            if node.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
                return None
            name = next((s for s in node.doc.spans.get(ACTOR_SPANS, []) if len(s) > 1 and
                         s.start <= prep.head.i < s.end and not s.start <= node.i < s.end), None)
            run = name.root.head.head if name is not None and name.root.dep_ == "pobj" and \
                name.root.head.dep_ == "agent" else None
            if run is not None and run.dep_ == "acl" and run.head.dep_ in ("dobj", "nsubjpass") and \
                    run.head.head.i in anchors:
                return ("prep", prep.lower_, run.head.head)  # "attacked a maternity ward run by Doctors Without
                # Borders in Kabul": the place the parser hung on the name is where the ward is
            if prep.head.i in anchors:
                return ("prep", prep.lower_, prep.head)
            met = prep.head  # "Lebanese deputies meeting in Taif, Saudi Arabia, approved the Accord": where its
            # makers were gathered
            if met.dep_ == "acl" and met.lemma_.lower() in GATHERING and met.head.dep_ == "nsubj" and \
                    met.head.head.i in anchors:
                return ("prep", prep.lower_, met.head.head)
            if prep.head.lower_ in ("here", "there") and prep.head.head.i in anchors:
                return ("prep", prep.lower_, prep.head.head)  # "signed a ceasefire here in Havana"
            if node.lemma_.lower() == "ceremony" and prep.head.dep_ == "advcl" and prep.head.head.i in anchors:
                return ("prep", prep.lower_, prep.head.head)  # "signed deals … to reopen the ports, in a ceremony
                # at Dolmabahce Palace": the ceremony hung on the purpose clause is the signing's
            node = prep.head
            if talks and node.lemma_.lower() in MEETINGS and node.dep_ == "pobj" and node.head.head.i in anchors:
                return ("prep", prep.lower_, node.head.head)  # "met for its final session in Paris": where they met
            if (struck := next((c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in anchors),
                               None)) is not None:
                return ("prep", prep.lower_, struck)  # "a building in Rehovot hit by a rocket": where what was hit is
            if node.ent_type_ in ("DATE", "TIME") and node.dep_ == "pobj" and node.head.head.i in anchors:
                return ("prep", prep.lower_, node.head.head)  # "planned for August 4 in Cambodia"
            scheduled = node.head.head if node.ent_type_ in ("DATE", "TIME") and node.dep_ == "pobj" else None
            if scheduled is not None and scheduled.dep_ == "acl" and scheduled.lemma_.lower() in SCHEDULING and (
                    owner := next((node.doc[i] for i in anchors if nominal(node.doc[i]) and
                                   scheduled.head.i in {t.i for t in node.doc[i].subtree}), None)) is not None:
                return ("prep", prep.lower_, owner)  # "called off a summit with his counterpart Salva Kiir,
                # planned for April 3 in Juba": the participle the parser hung on a name in the summit's phrase
            while node.dep_ == "conj" and node.head.i != node.i and nominal(node.head):
                node = node.head  # "struck Syrian tanks and the army headquarters in Damascus"
            if node.dep_ == "dobj" and node.head.dep_ == "advcl" and node.head.tag_ == "VBG" and \
                    node.head.head.i in anchors and node.head.lemma_.lower() in ("hit", "strike"):
                return ("prep", prep.lower_, node.head.head)  # "fired rockets into Thai territory, hitting a petrol
                # station in Sisaket province": where what it fired struck
            if node.dep_ in ("dobj", "nsubjpass") and node.head.i in anchors and not any(
                    t.root.i == node.i for t in node.doc.spans[TRIGGERS]):
                # "attacking its positions in Omdurman", "struck a dam in …"; not "undermines talks in Turkey",
                # whose place is the talks'
                return ("prep", prep.lower_, node.head)
            if node.dep_ == "pobj" and node.head.lower_ in ("for", "on") and node.head.head.i == trigger_root(
                    node, anchors) and node.lemma_.lower() in ("peace", "ceasefire", "truce"):
                return ("prep", prep.lower_, node.head.head)  # "a framework agreement for peace in the Qatari
                # capital": the phrase is the deal's own
            if node.dep_ == "pobj" and node.head.lower_ in ("after", "following") and \
                    node.head.head.i in anchors and node.lemma_.lower() in MEETINGS:
                return ("prep", prep.lower_, node.head.head)  # "After an all-night session in the Belarusian
                # capital, the leaders agreed …": where they met to agree it
            if node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.i in anchors:
                return ("prep", prep.lower_, node.head.head)  # "a ceasefire agreed by the army and the RSF in
                # Jeddah": where those who agreed it did so
            if node.dep_ == "pobj" and node.head.lower_ in ("with", "between") and node.head.head.i in anchors:
                return ("prep", prep.lower_, node.head.head)  # "talks with the RSF in Jeddah": the talks' place
            if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.i in anchors and any(
                    t.root.i == node.head.head.i and t.label_ == "prisoner_exchange" for t in node.doc.spans[TRIGGERS]):
                return ("prep", prep.lower_, node.head.head)  # "handed over three hostages to the Red Cross in Gaza
                # City": where they were handed over
            if node.dep_ == "pobj" and node.head.lower_ in ("on", "against") and node.head.head.i in anchors and any(
                    t.root.i == node.head.head.i and t.label_ == "attack" for t in node.doc.spans[TRIGGERS]):
                return ("prep", prep.lower_, node.head.head)  # "an airstrike on Hamas leaders in the Qatari capital":
                # where its targets were
            talks_at = node.dep_ == "pobj" and node.head.lower_ in ("at", "during") and any(
                t.root.i == node.i and t.label_ == "talks" for t in node.doc.spans[TRIGGERS])
            named_one = node.pos_ == "PROPN" and node.dep_ == "pobj" and node.head.lower_ == "including"
            beside = node.dep_ == "pobj" and node.head.lower_ == "of" and \
                node.head.head.lemma_.lower() in ("sideline", "margin")  # (the summit whose sidelines they meet on)
            if node.lemma_.lower() not in PLACE_NOUNS and not talks_at and not named_one and not beside:
                return None  # (but "a ceasefire at talks in Putrajaya" was agreed where the talks were; and "air
                # bases, including Nur Khan near Rawalpindi" names one of the places)
        return None

    @staticmethod
    def dates_other_event(token: Token, anchor: Token, trigger: Span) -> bool:
        """ "The talks followed a Syrian air strike on Feb. 27": the date hangs from another event's word, on its
        way to this one's."""
        others = {t.root.i for t in trigger.doc.spans[TRIGGERS] if t.root.i != trigger.root.i}
        root = trigger.root
        if root.dep_ == "conj" and root.pos_ in ("NOUN", "PROPN") and root.head.i in others and token.i < root.i and \
                root.head.i in {t.i for t in token.ancestors} and \
                any(c.dep_ == "relcl" and c.lemma_.lower() in SEQUENCE_VERBS for c in root.children):
            return True  # "The ceasefire of 1992 and the talks that followed it": the first's day, told before the
            # second, which came after it (but "a truce … in June, and a peace agreement … the same month")
        anchor_line = {anchor.i, *(t.i for t in anchor.ancestors)}
        node = token
        while node.i not in anchor_line and node.head.i != node.i:
            node = node.head
            if node.i in others and node.i not in anchor_line and not (
                    node.dep_ == "pobj" and node.head.lower_ in ("at", "during", "as") and
                    node.head.head.i in anchor_line) and not (
                    node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in GATHERING and
                    node.head.i in anchor_line and not any(c.dep_ == "nsubj" for c in node.children)):
                return True  # (but "agreed at talks in Cuba in June": the talks' day is the agreeing's, as is that of
                # "Meeting at Pattaya in June 1991, the four factions agreed"; and "rejected the terms as an ultimatum
                # on the same day" names what was rejected)
            if node.i not in anchor_line and node.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.i in others or c.dep_ == "dobj" and any(
                        p.dep_ == "prep" and p.lower_ == "on" and any(g.i in others for g in p.children)
                        for p in c.children)) for c in node.children):  # (also "agreed to observe all
                # understandings on a ceasefire … from midnight on Wednesday", after they had spoken: the truce's)
                return True  # "accepted a proposal, and a ceasefire would take effect at 4 a.m. on Wednesday", "would
                # begin technical talks by the end of February": the clause about another event dates that event
            if node.i not in anchor_line and node.dep_ == "conj" and node.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in node.children):
                return True  # "has accepted the proposal and will sign it tomorrow": the signing's day
        return False

    def date(self, doc: Doc, sent: Span, anchors: set[int], trigger: Span, status: str | None = None,
             due: bool = False,
             status_words: frozenset[int] | set[int] = frozenset(),
             away: frozenset[int] | set[int] = frozenset()) -> When | None:
        """The date in the sentence nearest the event in the tree; for a planned event, a deadline ("more talks
        before the end of June") is its date too. A date in a clause on the trigger that does not give the status
        ("a truce agreed on Wednesday collapsed on Friday") comes after any other."""
        best: tuple[tuple[bool, int, int], When] | None = None
        best_root: Token | None = None
        best_reacting = False
        for span, found in doc._.tw_dates:
            if span.start < sent.start or span.end > sent.end or not (
                    found.anchor or due and found.deadline or told_when(span, trigger)) or span.root.i in away:
                continue  # (a date in a clause told as an event of its own is that event's)
            if span.root.head.i == trigger.root.i and span.root.dep_ in ("compound", "nmod", "amod", "nummod") and \
                    trigger.label_ in ("ceasefire", "agreement") and status not in MAKING:
                continue  # "violating the November 2024 ceasefire": the date names the truce, when it was made
            if trigger.label_ == "ceasefire" and status == "agreed" and span.root.dep_ == "pobj" and \
                    span.root.head.lower_ == "from" and (doc._.tw_ref or "")[:10] < found.when.start[:10]:
                continue  # "agreed to a ceasefire from 1 August", on 25 July: the day it is to start, not the day
                # it was agreed
            if heading_date(span, sent):
                distance = 99  # "Nov. 24, 2023 - A truce takes effect; Hamas frees 105 hostages": a timeline's entry
                # dates all it tells, where nothing nearer does
            elif found.clause_offset_days is not None:
                last = span[-1]
                verb = last.head if last.dep_ == "mark" or last.dep_ == "prep" and last.head.i > last.i and \
                    last.head.pos_ in ("VERB", "AUX") else next(  # ("two days after its jailed founder urged …",
                    # "after" parsed as a preposition of "urged")
                    (t for t in last.subtree if t.pos_ in ("VERB", "AUX") and t.i > last.i), None)
                clause_tokens = {t.i for t in verb.subtree} if verb is not None else set()
                for conj in (c for c in (verb.children if verb is not None else ()) if c.dep_ == "conj"):
                    if any(c.dep_ == "mark" for c in conj.children):
                        clause_tokens -= {t.i for t in conj.subtree}  # "…, and days after the NUG said": not that day
                if trigger.root.i not in clause_tokens:
                    continue
                if any(other.clause_offset_days is None and other.anchor and names_a_day(other.when.text) and
                       o_span.root.i in clause_tokens for o_span, other in doc._.tw_dates):
                    continue  # "The deal comes seven weeks after some 600 people were massacred … on 6 June": the
                    # massacre's own day, told with it
                distance = 0
            else:
                near = min(anchors, key=lambda i: tree_distance(span.root, doc[i]))
                if crosses_clause(span.root, doc[near], trigger.root) or timed_apart(doc[near], span.root) or \
                        in_relative_apart(doc[near], span.root, trigger.root) or \
                        self.dates_other_event(span.root, doc[near], trigger) or \
                        doc[near].lemma_.lower() in SEQUENCE_VERBS and near != trigger.root.i and not (
                            trigger.root.dep_ == "dobj" and trigger.root.head.i == near):
                    continue  # "the talks followed an air strike on Feb. 27": the strike's date, not the talks'
                    # (and the strike's own, for the strike)
                distance = tree_distance(span.root, doc[near])
            below = any(i == span.root.i or i in {a.i for a in span.root.ancestors} for i in anchors) and \
                names_a_day(found.when.text)
            reacting = near != trigger.root.i and doc[near].lemma_.lower() in self.reacting_verbs if \
                found.clause_offset_days is None and not heading_date(span, sent) else False
            rank = (aside(span.root, trigger.root, status_words), reacting, distance, not below,
                    tree_distance(span.root, trigger.root))  # (of dates as near, one said of the event's own words,
            # not of the clause they are joined to: "a pause … broke down within hours, and talks ended on Aug. 19")
            if best is None or rank < best[0]:
                best = (rank, found.when)
                best_root = span.root
                best_reacting = reacting
        if best is None:
            best = heading_sentence_date(doc, sent)
        if best is None and (main := after_main_date(doc, trigger)) is not None:
            return main
        if best is None and (answered := answering_date(doc, sent)) is not None:
            return answered
        if best is None and (shared := conjoined_day(doc, sent, trigger)) is not None:
            return shared
        if best is None and (when_day := when_clause_day(doc, sent, trigger)) is not None:
            return when_day
        if best is None and status in ("agreed", "signed") and (signed := signing_day(doc, sent, anchors)):
            return signed
        if best is None and (begun := operation_day(doc, sent, trigger)) is not None:
            return begun
        if best is None:
            return None
        when = best[1]
        if best_reacting and trigger.root.dep_ == "dobj" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in trigger.root.children):
            return None  # "welcomed the accord on Tuesday": the welcome's day, not the accord's, told before
        if best_root is not None and (later := within_after(trigger)) is not None and \
                best_root.i not in {t.i for t in clause_of(trigger.root).subtree} and when.precision == "day":
            day = date.fromisoformat(when.start[:10]) + timedelta(days=later)
            return When(start=day.isoformat()[:7], precision="month", text=when.text)
        inferred = best_root is not None and (sequel := sequence_clause(trigger.root)) is not None and \
            best_root.i not in {t.i for t in sequel.subtree}  # ("put off the release on Sunday, hours after Hamas
        # freed six hostages": the freeing was by Sunday, its own day told elsewhere, if at all)
        inferred = inferred or best_root is not None and trigger.root.lemma_.lower() in TOLL_VERBS and \
            told_as_before(trigger.root, best_root)
        if trigger.label_ == "attack" and best_root is not None and (prep := after_phrase(trigger)) is not None and \
                best_root.i not in {t.i for t in prep.subtree} and when.precision in ("day", "minute", "hour") and \
                not any(t.start <= prep.head.i < t.end for t in doc.spans[TRIGGERS]):
            # "declared a state of emergency on Friday, after an ELN offensive that killed at least 80 people": the
            # offensive came before that day, in its month as far as the sentence tells (but "attacked Pakistani
            # border posts after Pakistani air strikes in Kabul" stays on the day the answer was told)
            return When(start=when.start[:7], precision="month", text=when.text, inferred=True)
        return When(start=when.start, end=when.end, precision=when.precision, text=when.text, inferred=inferred)
