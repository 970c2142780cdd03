"""From sentence mentions to the events of one article.

Sentences lean on each other: "both sides" means the parties named earlier; the items of a list take their status
and parties from the line that introduces it; a headline, a lede and the body often state one event three times.
This module keeps that context while the article is read, then merges mentions of one event into one record that
takes its evidence from the richest sentence and fills what that sentence lacks from the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from trucewatch.ingest.clean import NUMBERED_POINT
from trucewatch.model import Actor, Event, Evidence, Place, When
from trucewatch.nlp.actors import SPAN_KEY as ACTORS
from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.events import (
    CAUSING,
    DEAL_WORDS,
    SERVICE_NOUNS,
    Mention,
    after_phrase,
    came_under_fire,
    clause_of,
    intercepted,
    phrase_prep,
    prisoners_of_war_of,
    remains,
    without_self_targets,
)
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.numbers import PEOPLE, to_number
from trucewatch.nlp.numbers import counted as counted_halves
from trucewatch.nlp.places import gazetteer
from trucewatch.nlp.roles import HIGH_POINTS, ActorContext, ActorRef, info_of, named_object
from trucewatch.nlp.roles import Mention as ActorMention
from trucewatch.nlp.status import StatusReader, laid_down_after_a_deal, laid_down_by_it
from trucewatch.nlp.triggers import (
    IT_WORDS,
    RECEIVING,
    TOLL_VERBS,
    a_deferral,
    as_a_pair,
    habitual,
    naming_as_crime,
    nominal,
    said_to_be_hostile,
    taking_words,
    toll_of_when_clause,
)
from trucewatch.nlp.triggers import SPAN_KEY as TRIGGERS
from trucewatch.nlp.wars import brokers_among, civil_war_sides, enemies_on
from trucewatch.nlp.when import calendar_day, is_past

BILATERAL = ("prisoner_exchange", "agreement", "talks")
WEAK_CLASSES = (None, "start", "effect", "hold", "plan")


def two_sided(m: Mention) -> bool:
    """Does the event need two sides: a swap, a deal, talks, or a truce agreed ("Yemen's warring parties agreed on
    Thursday to a ceasefire") or brokered ("a truce brokered by Qatar … takes effect")?"""
    return m.type in BILATERAL or m.type == "ceasefire" and (m.status == "agreed" or bool(m.codes(("mediator",))))


@dataclass
class ListIntro:
    """The line before a list ("Here are the points agreed upon by Putin and Erdogan:")."""

    cls: str | None
    refs: list[ActorRef]
    brokers: list[ActorRef] = field(default_factory=list)  # "the agreement announced by Qatar": who made it known
    question: bool = False  # an interview's question ("What did the two sides agree to?"), answered in fragments
    demands: bool = False  # the points are one side's terms ("set out the terms on which Russia would stop fighting:")


# Who a deal is "announced by" or "brokered by" made it known or made it, and is no side of it
BROKERING = frozenset(load("statuses")["mediating_verbs"]) | {"announce"}
REACTING = frozenset(load("statuses")["reacting_verbs"])  # "welcomed the truce": what is welcomed is there already
SETTING_A_TRUCE = frozenset(load("statuses")["setting_a_truce"])


def other_side_of_a_truce_with(m: Mention, ctx: ArticleContext) -> ActorRef | None:
    """ "Israel's papers are divided over the ceasefire with Hezbollah": a truce "with" one side, in a sentence that
    names one state besides, is between them; where it names none, the one state the article has named ("Colombia
    suspends ceasefire with FARC dissidents … The bilateral ceasefire with the EMC is suspended"); None where there are
    several."""
    sides = m.codes(("participant", "initiator"))
    root = m.trigger.root
    with_ = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
             if g.dep_ == "pobj"]
    if len(sides) != 1 or not with_ or m.codes(("mediator",)):
        return None
    doc = root.doc
    spans = doc.spans.get(ACTORS, [])
    named = {span.label_ for span in spans if span.start <= with_[0].i < span.end}
    if named != sides and (named or with_[0].lemma_.lower() not in ("group", "rebel", "militia", "movement")):
        return None  # (the side named, or "the ceasefire with the group", the group the article told of)
    states = {span.label_: span for span in spans if m.sentence.start <= span.start < m.sentence.end and
              span.label_ not in sides and span.label_ in actor_book().states}
    if not states and (only := ctx.actors.only_state()) is not None and only.code not in sides and \
            only.code in actor_book().states:
        return ActorRef(only.code, actor_book().states[only.code], "state")
    if len(states) != 1:
        return None
    code, span = next(iter(states.items()))
    return ActorRef(code, actor_book().states[code], "state")


def brokering_agent(m: ActorMention) -> bool:
    """Is the mention the agent of a participle that brokers or announces ("the agreement announced by Qatar")?"""
    prep = m.root.head
    return m.root.dep_ == "pobj" and prep.lower_ == "by" and prep.head.tag_ == "VBN" and \
        prep.head.lemma_.lower() in BROKERING


@dataclass
class ActTold:
    """An act the article told with its doers: its word ("strike"), who did it, and its day if told."""
    word: str
    doers: list[ActorRef]
    date: When | None = None


@dataclass
class ArticleContext:
    reference: str | None  # ISO date relative expressions resolve against
    actors: ActorContext = field(default_factory=ActorContext)
    intro: ListIntro | None = None
    countries: set[str] = field(default_factory=set)
    truce: list[ActorRef] = field(default_factory=list)  # the parties of the last truce named between two sides
    talks_told: Mention | None = None  # the telling of those talks (its day and mediators read when a deal asks)
    talks: list[ActorRef] = field(default_factory=list)  # the sides of the last talks named between two
    types_told: set[str] = field(default_factory=set)  # the types of the events told so far ("the swap" then needs no
    # prisoners beside it)
    swap_sides: list[ActorRef] = field(default_factory=list)  # the sides of the swaps told so far
    last_day: str | None = None  # the day the last sentence named, for a clock time told without one
    places_told: dict[str, Place] = field(default_factory=dict)  # each place of more than one word the article
    # named, by its first word ("Lincoln University": "At Lincoln" after it is there)
    last_dated: str | None = None  # the last day, or a month's middle, the story told with its year, for a month
    # told without one
    lead_day: str | None = None  # the first day the article named: the day of its news ("The talks came a day
    # after …", said paragraphs later)
    stamp_day: str | None = None  # the day a live blog's entries are on ("Thursday 14 August 2025" above them)
    stamp_month: str | None = None  # the month a tracker's entries are under ("December 2012." above them)
    answer_day: str | None = None  # the day an interview's question names ("What did the two sides sign on 23
    # October?"): what the answer tells with no day of its own is of that day
    post_day: str | None = None  # the day the stamp above a channel's post gives ("🔴 BREAKING | 24 July, 09:40"):
    # the post's own "today", and the day of what it tells without one
    post_stamp: str | None = None  # that stamp as written
    post_place: Place | None = None  # the place that stamp names ("Wednesday 4 June, Accra"): where what the post
    # tells with no place of its own happened
    summary: bool = False  # the points being read sum up the page ("Key points", "Highlights" above them)
    unread: list[str] = field(default_factory=list)  # passages the parser skipped since: their days, read when needed
    imposers: list[tuple[bool, list[ActorRef]]] = field(default_factory=list)  # who imposed each sanction told
    # with its doer, and whether a noun named it ("imposed sanctions", not "sanctioned the companies")
    last_done: str | None = None  # which of the two ("attack", "sanction") was told last with its doer
    sanctioned: list[tuple[frozenset[str], ActorRef]] = field(default_factory=list)  # who hit whom, by each
    # sanction told with its target
    named_hostile: list[ActorRef] = field(default_factory=list)  # whose act the last accusation called hostile
    attacks_told: list[ActTold] = field(default_factory=list)  # each attack told with its doers
    one_sided_truce: bool = False  # whether a truce declared by one side was told
    deferred: ActTold | None = None  # the last thing told put off by its doer ("Israel put off the release")
    section: str | None = None  # the country the briefing section being read is about, by its heading
    deal_day: str | None = None  # the day the last deal or truce told with its own day was made
    this_day: bool = False  # an "On this day" column: its items, led by a year, fall on the article's month and day
    last_told: str | None = None  # the type of the last event noun of the passages read, for an "it" that names it
    told_before: tuple[str, ...] = ()  # the types of the event nouns of the last passage that told one
    carried: dict[str, str] = field(default_factory=dict)  # a document's word -> the type of the event it was told
    # as ("a six-point plan to end the fighting": the plan is the truce), for "the plan" told again
    operative: ActorRef | None = None  # the body a resolution's numbered paragraphs speak for ("The Security Council,")
    inviters: tuple[int, list[ActorRef]] | None = None  # who invited the sides to meet, and where in the text
    # ("Kosygin then invited the two leaders to Tashkent"): the host of the talks told after it
    entry: bool = False  # the passage being read is a glossary's entry ("Malaysia. The facilitator of the talks …")

    def new_story(self, state: ActorRef | None, section: str | None) -> None:
        """A page's next story (a briefing's item under its dateline or heading, a correction, a letter): who is who
        anew, and the sides of the last story's truce, talks and swaps are not "the parties" of this one."""
        self.actors.new_topic(state)
        self.truce, self.talks, self.swap_sides, self.section = [], [], [], section

    @property
    def attackers(self) -> list[ActorRef]:
        """Who carried out the last attack told with its doer."""
        return self.attacks_told[-1].doers if self.attacks_told else []

    @property
    def all_attackers(self) -> list[ActorRef]:
        """Who carried out any attack told with its doer."""
        return [ref for told in self.attacks_told for ref in told.doers]


def holds_day(span: When, day: When) -> bool:
    """Does a week told as loosely as a month ("Twenty years ago this week") hold the other's day? (Not days named
    one by one: "Between 11 and 13 April, the RSF attacked Zamzam camp" is not its taking "On 13 April".)"""
    return week_told(span) and day.end is None and span.start[:10] <= day.start[:10] <= span.end[:10]


def lede_of(a: Mention, b: Mention) -> bool:
    """Is `a` an anniversary's lede of `b`, told in its own words ("Twenty-five years ago this week, NATO stopped
    bombing Yugoslavia" and "NATO suspended its air strikes on 10 June")?"""
    return a.date is not None and b.date is not None and anniversary(a.date) and holds_day(a.date, b.date)


def retold_from_then(a: Mention, b: Mention) -> bool:
    """Is either an anniversary's lede of the other?"""
    return lede_of(a, b) or lede_of(b, a)


def anniversary(span: When) -> bool:
    """Is the time an anniversary's week ("Twenty years ago this week")?"""
    return week_told(span) and re.search(r"\bago\b", span.text or "", re.I) is not None


def week_told(span: When) -> bool:
    """Is the time a week told as loosely as a month ("Twenty years ago this week")?"""
    return span.end is not None and re.search(r"\bweek\b", span.text or "", re.I) is not None


def intro_of(sent, mentions: list[ActorMention], reader: StatusReader) -> ListIntro | None:
    """What the line before a list, or an interview's question, says of the points after it: "Here are the points
    agreed upon by Putin and Erdogan:", "What did the two sides agree to?" answered by "A ceasefire in Hodeidah. An
    exchange of prisoners."."""
    question = sent.text.rstrip().endswith("?")
    if not sent.text.rstrip().endswith(":") and not question:
        return None
    cls = next((c for t in sent if t.pos_ in ("VERB", "ADJ") and (c := reader.verb_class(t))), None)
    if question and cls not in ("agree", "sign", "propose"):
        return None
    sides = [r for m in mentions if not brokering_agent(m) for r in m.refs]
    demands = not question and any(t.lemma_.lower() in DEMAND_NOUNS for t in sent)
    return ListIntro(cls, sides, [r for m in mentions if brokering_agent(m) for r in m.refs
                                  if r.code not in {s.code for s in sides}], question, demands)


DEMAND_NOUNS = {"term", "condition", "demand", "precondition", "requirement", "ultimatum"}


def fragment(mention: Mention) -> bool:
    """Is the mention's sentence a phrase without a verb ("An exchange of prisoners, for which …"), as an answer
    gives its points?"""
    return mention.sentence.root.pos_ not in ("VERB", "AUX") and mention.trigger.root.i == mention.sentence.root.i


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    return frozenset(load("triggers")["generic"])


@lru_cache(maxsize=1)
def kin_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in load("triggers")["kin"]["groups"])


def kin(a: str, b: str) -> bool:
    """Do two event words name the same kind of act ("gunfire", "opened fire")?"""
    return any(a in group and b in group for group in kin_groups())


def told_as(m: Mention) -> set[str]:
    """The words a mention tells its event by: its own, those of the triggers pooled into it, and the toll its "when"
    clause is told of ("A police officer was killed … when gunmen ambushed a patrol": ambush, and kill)."""
    toll = toll_of_when_clause(clause_of(m.trigger.root)) if m.type == "attack" else None
    return {m.lemma} | m.pooled | ({toll.lemma_.lower()} if toll is not None else set())


def stopped(m: Mention) -> frozenset[str]:
    """The projectiles an interception stopped, which name the attack it tells of: "most of the missiles were shot
    down" is the missile attack's, by the words of the lemma check."""
    root = m.trigger.root
    if m.type != "attack" or not intercepted(root):
        return frozenset()
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return frozenset(o.lemma_.lower() for o in objects)


@lru_cache(maxsize=1)
def referring_words() -> frozenset[str]:
    return frozenset(load("triggers")["referring"])


LIFE_STATUSES = {"in_effect", "extended", "violated", "ended"}  # what befalls a truce once agreed
FIGHTS = {"battle", "fighting", "clash", "fight", "combat", "skirmish"}  # words for fighting between two sides


HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "future", "eventual", "hypothetical"})


def hypothetical_item(root) -> bool:
    """Is a point's event only a possibility ("a possible future ceasefire"), whatever the list's intro says?"""
    return any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in root.children)


def laid_down_before(mention: Mention, earlier: list[Mention]) -> None:
    """ "The six-point plan was agreed in Moscow on Tuesday by Medvedev and Sarkozy. It calls for an end to
    hostilities": what "it" lays down was made with the plan, by its sides, on its day and where it was made."""
    if (told := laid_down_by_it(mention.trigger.root)) is not None:
        deal = next((m for m in reversed(earlier) if m.trigger.doc is mention.trigger.doc and
                     m.trigger.root.i == told.i), None)
    elif laid_down_after_a_deal(mention.trigger.root):  # ("… signed it: the Political Agreement …" / "It promised
        # a cessation of hostilities": the deal the passage before made)
        deal = next((m for m in reversed(earlier) if m.trigger.doc is not mention.trigger.doc and
                     m.type == "agreement" and m.status in ("agreed", "signed")), None)
    else:
        return
    if deal is None:
        return
    added = deal.codes() - mention.codes()  # (the deal's sides are the sides of what it lays down)
    mention.actors += [pair for pair in deal.actors if pair[0].code in added]
    mention.inherited |= added
    if deal.date is not None and (mention.date is None or mention.date.inferred):
        mention.date = deal.date
    mention.place = mention.place or deal.place


def apply_context(mention: Mention, ctx: ArticleContext, reader: StatusReader) -> None:
    """Fill from the article what the sentence leaves out: list intros, the parties of bilateral events."""
    if mention.type == "ceasefire" and (other := other_side_of_a_truce_with(mention, ctx)) is not None:
        mention.actors.append((other, "participant"))
    if mention.type in ("ceasefire", "agreement") and mention.status in ("agreed", "signed") and ctx.talks and \
            rebels_unnamed(mention) and (groups := [r for r in ctx.talks if r.kind == "armed_group" and
                                                    r.code not in mention.codes()]):
        mention.actors += [(ref, "participant") for ref in groups]  # "President Charles Taylor sat across from
        mention.inherited |= {ref.code for ref in groups}  # the rebels of LURD and MODEL … Government and rebel
        # delegates signed it": the rebels at the talks, all of them
    if mention.type == "ceasefire" and mention.status in ("in_effect", "extended") and \
            len(mention.codes(("initiator",))) >= 2 and not mention.codes(("target",)):
        # "a ceasefire agreed by Kiir and Machar took effect at midnight": a truce two sides made holds between
        # them (one side's own truce keeps its one initiator)
        mention.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in mention.actors]
    if ctx.intro is not None and ctx.intro.demands and mention.type == "demand" and (
            mention.kind == "item" or NUMBERED_POINT.match(mention.sentence.doc.text)):
        # "set out the terms on which Russia would stop fighting: 1. Ukraine must withdraw its troops …": whoever
        # set them out demands each point of whom it obliges
        setters = list({ref.code: ref for ref in ctx.intro.refs if ref.code}.values())
        mention.actors = [(ref, "target" if role == "initiator" else role) for ref, role in mention.actors
                          if ref.code not in {s.code for s in setters}]  # (the point's subject is who is obliged)
        mention.actors += [(ref, "initiator") for ref in setters]
        mention.inherited |= {ref.code for ref in setters}
        if mention.date is None and ctx.last_day:
            mention.date = When(start=ctx.last_day, precision="day", inferred=True)  # (set out that day)
        return
    if ctx.intro is not None and ctx.intro.demands and mention.status == "proposed" and mention.date is None and \
            ctx.last_day and (mention.kind == "item" or NUMBERED_POINT.match(mention.sentence.doc.text)):
        # "3. Once both steps are taken, Russia would order an immediate ceasefire": offered, on those terms, the day
        # they were set out
        mention.date = When(start=ctx.last_day, precision="day", inferred=True)
    if ctx.intro is not None and (mention.kind == "item" or ctx.intro.question and fragment(mention) or
                                  NUMBERED_POINT.match(mention.sentence.doc.text)):
        one_side = len({ref.code for ref in ctx.intro.refs if ref.code}) < 2
        several = len({ref.code for ref in ctx.intro.refs if ref.code}) >= 2
        if mention.type == "ceasefire" and mention.status == "announced" and not mention.codes() and several:
            mention.status = "agreed"  # "We, the President of Azerbaijan, the Prime Minister of Armenia and the
            # President of Russia, declare the following: 1. A complete ceasefire … is declared": their truce
        if mention.type == "prisoner_exchange" and mention.status == "carried_out" and several and \
                ctx.intro.cls in ("announce", "agree", "sign") and mention.trigger.root.tag_ in ("VBP", "VBZ"):
            mention.status = "agreed"  # "… declare the following: 3. The sides exchange prisoners of war": a term
        if not mention.codes() and not (one_side and two_sided(mention) and len(ctx.actors.parties) >= 2):
            # (a list under "This week in South Sudan:" names the country; "commits the two sides to a ceasefire",
            # a point of it, is between the article's two sides)
            mention.actors += [(ref, "participant") for ref in ctx.intro.refs if ref.code]
            mention.inherited |= {ref.code for ref in ctx.intro.refs if ref.code}
        if two_sided(mention) or mention.type == "ceasefire":
            mention.actors += [(ref, "mediator") for ref in ctx.intro.brokers if ref.code not in mention.codes()]
        if mention.status in ("agreed", "signed") and ctx.deal_day and not ctx.intro.cls and \
                (mention.date is None or mention.date.inferred):
            mention.date = When(start=ctx.deal_day, precision="day", inferred=True)  # "… signed the agreement in
            # Pretoria on 2 November 2022. Its main articles: Article 1 — The parties agree to a permanent
            # cessation of hostilities": agreed the day the deal was signed
        if ctx.intro.cls and (mention.cls in WEAK_CLASSES or mention.cls == "held" and mention.strength < 2) and \
                not hypothetical_item(mention.trigger.root):
            # "agreed on three points: - An exchange of 1,000 prisoners from each side, to take place in the coming
            # days": the bare noun of a point is what the intro says of it; "- … its vision of a possible future
            # ceasefire" is no truce agreed
            status = reader.classes.get(ctx.intro.cls, {}).get(mention.type)
            if status:
                mention.status, mention.strength, mention.cls = status, 2, ctx.intro.cls
                if ctx.deal_day and (mention.date is None or mention.date.inferred) and \
                        ctx.intro.cls in ("agree", "sign"):
                    # "signed an agreement in Damascus on Monday … The text commits the two sides to the following:
                    # - A ceasefire across all Syrian territory": agreed the day the deal was made
                    mention.date = When(start=ctx.deal_day, precision="day", inferred=True)
    swappers = list({r.code: r for r in ctx.swap_sides if r.code}.values())
    # (a swap's sides are those of the swaps told, not the first pair the article named: "Zelensky, Trump hold phone
    # call … Ukraine, Russia carry out prisoner exchange, 175 POWs returned")
    parties = swappers if mention.type == "prisoner_exchange" and len(swappers) >= 2 else ctx.actors.parties
    if mention.type == "talks" and mention.definite and ctx.talks:
        parties = ctx.talks  # "… after eight hours of talks with American officials. Hours before the talks began":
        # the talks told of, not the article's pair
    elif mention.type in ("ceasefire", "agreement") and mention.definite and mention.status in ("agreed", "signed") \
            and ctx.truce:
        parties = ctx.truce  # "… signed the Nationwide Ceasefire Agreement. Among its signatories is the Karen
        # National Union … groups outside the agreement": the deal told of, between its own sides
    if two_sided(mention) and not mention.codes() and parties and not counted_before(mention) and not (
            mention.type == "talks" and mention.presupposed):  # "a source briefed on the talks": whose, unknown
        mention.actors += [(ref, "participant") for ref in parties if ref.code not in mention.codes(("mediator",))]
        mention.inherited |= {ref.code for ref in parties if ref.code}
    venue = {mention.place.country} if mention.place is not None else set()
    if mention.type == "talks" and ctx.inviters is not None and mention.doc_start > ctx.inviters[0] and \
            not mention.codes(("mediator",)) - venue and not {r.code for r in ctx.inviters[1]} & mention.codes():
        mention.actors = [(ref, role) for ref, role in mention.actors if role != "mediator"]  # (the one who invited
        # them hosted them, whatever state the venue is in now)
        mention.actors += [(ref, "mediator") for ref in ctx.inviters[1]]  # "The Soviet prime minister, Alexei
        mention.inherited |= {ref.code for ref in ctx.inviters[1]}  # Kosygin, then invited the two leaders to
        # Tashkent. Prime Minister Lal Bahadur Shastri and President Ayub Khan began their talks there": he hosted
        ctx.inviters = None  # them (those talks; not every talks the article tells after)
    if brokers := brokers_of_the_talks(mention, ctx):
        mention.actors += [(ref, "mediator") for ref in brokers]  # "Talks between the URNG and the
        mention.inherited |= {ref.code for ref in brokers}  # government … were led … by a UN
        # moderator … the signing of the Agreement on a Definitive Ceasefire in Oslo": what the talks made, they
        # brokered
    if mention.type == "ceasefire" and mention.status == "violated" and not mention.codes() and \
            (breach := breakers_named(mention, ctx)) is not None:
        mention.actors += [(ref, "initiator") for ref in breach.doers]
        if breach.date is not None and (mention.date is None or mention.date.inferred):
            mention.date = When(start=breach.date.start, end=breach.date.end, precision=breach.date.precision,
                                text=breach.date.text, inferred=True)
    if mention.type == "ceasefire" and mention.definite and not mention.codes() and ctx.truce and \
            mention.status in LIFE_STATUSES and not counted_before(mention):
        # "Qatar announced that the truce had been extended": the truce the article told of, between its sides
        mention.actors += [(ref, "participant") for ref in ctx.truce]
        mention.inherited |= {ref.code for ref in ctx.truce}
    elif mention.type == "ceasefire" and mention.definite and not mention.codes() and not ctx.truce and \
            mention.status in LIFE_STATUSES and len(swappers) == 2 and not ctx.one_sided_truce and \
            not counted_before(mention):
        # "Israel put off the release … after Hamas freed six hostages … The ceasefire, which took effect on January
        # 19": no truce named between two sides, the one kept by the two sides that swap prisoners (not the pair of
        # a phone call, nor where one side declared a truce of its own)
        mention.actors += [(ref, "participant") for ref in swappers]
        mention.inherited |= {ref.code for ref in swappers}
    pair = {ref.code for ref in ctx.actors.parties if ref.code}
    fought = {r.code for told in ctx.attacks_told for r in told.doers}
    if mention.type == "ceasefire" and mention.status in LIFE_STATUSES and not mention.codes() and \
            not ctx.truce and len(pair) == 2 and (pair <= fought and not ctx.one_sided_truce or any(
                as_a_pair(t) and t.dep_ == "nsubj" and not mention.trigger.root.is_ancestor(t)
                for t in mention.sentence)) and not counted_before(mention):
        # "Indian troops crossed the border towards Lahore … The UN Security Council demanded a ceasefire …, and it
        # took effect on 23 September": a truce named between no sides, in a war of two sides each told attacking,
        # holds between them; so does one told of "the two sides" ("The two sides agreed that the line of control
        # resulting from the ceasefire of 17 December 1971 would be respected", after Gandhi and Bhutto, the sides
        # the clause is of; not "a cessation of hostilities the two leaders signed", whose clause tells of it apart)
        mention.actors += [(ref, "participant") for ref in ctx.actors.parties if ref.code]
        mention.inherited |= pair
    if mention.type == "ceasefire" and mention.status == "failed" and not mention.codes() and ctx.talks and \
            any(t.lower_ == "without" for t in mention.trigger.root.ancestors):
        # "… met in Istanbul, but the talks broke up without agreement on a ceasefire": sought by the talks' sides
        mention.actors += [(ref, "participant") for ref in ctx.talks]
        mention.inherited |= {ref.code for ref in ctx.talks}
    if mention.type == "ceasefire" and mention.status in ("in_effect", "extended") and len(pair) >= 2 and \
            mention.codes() and mention.codes() == mention.codes(("initiator",)) and not mention.codes() & pair and \
            any(c.dep_ == "acl" and c.lemma_.lower() in BROKERING and any(a.dep_ == "agent" for a in c.children)
                for c in mention.trigger.root.children):
        # "a ceasefire announced by U.S. President Donald Trump took effect", in a story of Israel and Iran: the
        # one who made the truce known stands outside the war it halts; the truce is the war's sides'
        mention.actors = [(ref, "mediator") for ref, _ in mention.actors]
        mention.actors += [(ref, "participant") for ref in ctx.actors.parties if ref.code]
        mention.inherited |= pair
    if mention.type == "accusation" and not mention.codes(("target",)):
        accuse_the_doers(mention, ctx)
    if mention.type in ("agreement", "ceasefire") and mention.status in ("agreed", "signed") and \
            mention.date is not None and not mention.date.inferred and mention.date.precision == "day":
        ctx.deal_day = mention.date.start[:10]
    if mention.type == "attack" and mention.place is not None and mention.lemma in taking_words() and \
            not mention.codes(("initiator", "participant")):
        takers = {frozenset(r.code for r in told.doers) for told in ctx.attacks_told if told.word in taking_words()}
        if len(takers) == 1:
            # "M23 rebels took control of Bukavu … The fall of Bukavu follows the capture of Goma": a place taken,
            # told without who took it, in a campaign only one side is told taking places in
            taker = next(told for told in reversed(ctx.attacks_told) if told.word in taking_words())
            mention.actors += [(ref, "initiator") for ref in taker.doers]
            mention.inherited |= {ref.code for ref in taker.doers}
    if mention.type == "attack" and ctx.attackers and high_point(mention) and \
            not mention.codes(("initiator", "participant")):
        mention.actors += [(ref, "initiator") for ref in ctx.attackers]  # "The offensive President Joseph Estrada
        mention.inherited |= {ref.code for ref in ctx.attackers}  # ordered against the MILF … Its high point was
        # the capture of Camp Abubakar": taken by those who waged the offensive
    doers = [ref for ref, role in mention.actors if role == "initiator" and ref.code]
    if mention.type == "attack" and doers:
        ctx.attacks_told.append(ActTold(mention.lemma, list({r.code: r for r in doers}.values()), mention.date))
        ctx.last_done = "attack"
    if mention.type == "sanction" and mention.status == "imposed" and doers:
        ctx.imposers.append((nominal(mention.trigger.root), list({r.code: r for r in doers}.values())))
        ctx.last_done = "sanction"
    targets = [ref for ref, role in mention.actors if role == "target" and ref.code]
    imposing = frozenset(ref.code for ref in doers)
    hit = {ref.code: ref for _, ref in ctx.sanctioned}
    if mention.type == "sanction" and doers and not targets and len(hit) == 1 and not set(hit) & imposing and \
            not any(by & imposing for by, _ in ctx.sanctioned):
        mention.actors += [(ref, "target") for ref in hit.values()]  # "The EU adopted its 14th package of
        # sanctions against Russia … On June 12 Washington imposed sanctions on more than 300 targets": another's
        # sanctions, on the one state the article's sanctions hit (but "Treasury also designated seven companies",
        # after its sanctions on the RSF's leader: its own further targets, whom it does not name as the RSF)
        mention.inherited |= set(hit)
    elif mention.type == "sanction":
        ctx.sanctioned += [(imposing, ref) for ref in targets]
    if mention.cls == "postpone":
        putters = [ref for ref, role in mention.actors if role == "initiator" and ref.code] or [
            ref for ref, role in mention.actors if role == "participant" and ref.code]
        if len({r.code for r in putters}) == 1:
            ctx.deferred = ActTold(mention.lemma, putters[:1], mention.date)  # "Israel put off the release of 620
            # Palestinian prisoners on Sunday"
    if mention.type == "ceasefire" and mention.status == "announced" and mention.codes(("initiator",)):
        ctx.one_sided_truce = True
    sides = [ref for ref, role in mention.actors if role == "participant" and ref.code]
    if mention.type == "ceasefire" and len({r.code for r in sides}) >= 2:
        ctx.truce = list({r.code: r for r in sides}.values())  # a truce between two sides; not one side's own
    if mention.type == "talks" and len({r.code for r in sides}) >= 2:
        ctx.talks = list({r.code: r for r in sides}.values())
        ctx.talks_told = mention  # (a diary's stamp may date it after this)
    participants = [ref for ref, role in mention.actors if role in ("participant",)]
    if len({r.code for r in participants if r.code}) >= 2 and not ctx.actors.parties:
        ctx.actors.set_parties(participants)  # the article's main parties: the first pair it names


REBEL_WORDS = {"rebel", "insurgent", "guerrilla"}


def brokers_of_the_talks(mention: Mention, ctx: ArticleContext) -> list[ActorRef]:
    """The mediators of the talks told before, where the truce or deal is made by the very sides of those talks,
    names no broker of its own, and is not from before the talks were held (talks told without a day broker no deal
    of years before: "Talks leading to it were mediated by Switzerland's ambassador … Sept. 5, 2014: … sign a
    cessation of hostilities"); none otherwise."""
    talks = ctx.talks_told
    since = talks.date if talks is not None else None
    if since is None or since.inferred or mention.date is not None and \
            mention.date.start[:len(since.start)] < since.start[:len(mention.date.start)]:
        return []
    brokers = list({r.code: r for r, role in talks.actors if role == "mediator" and r.code}.values())
    sides = mention.codes(("participant", "initiator"))
    made = mention.type in ("ceasefire", "agreement") and mention.status in ("agreed", "signed") and \
        len(sides) >= 2 and sides == {r.code for r in ctx.talks} and not mention.codes(("mediator", "target")) and \
        not {r.code for r in brokers} & mention.codes()
    return brokers if made else []


def rebels_unnamed(mention: Mention) -> bool:
    """Does the subject of the deal's making name rebels by that word alone ("Government and rebel delegates signed
    it"), no group of theirs?"""
    root = mention.trigger.root
    verbs = [root] if root.pos_ in ("VERB", "AUX") else [root.head]
    subjects = [s for v in verbs for c in v.children if c.dep_ in ("nsubj", "agent") for s in (c, *c.conjuncts)]
    named = {i for s in root.doc.spans.get(ACTORS, []) for i in range(s.start, s.end)}
    return any(t.lemma_.lower() in REBEL_WORDS and t.i not in named for s in subjects for t in s.subtree)


def high_point(mention: Mention) -> bool:
    """Is the event told as the high point of something "its" points back to ("Its high point was the capture of
    Camp Abubakar")?"""
    root = mention.trigger.root
    return root.dep_ == "attr" and root.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in HIGH_POINTS and
        any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children) for c in root.head.children)


def accuse_the_doers(mention: Mention, ctx: ArticleContext) -> None:
    """Whom an accusation that names no target accuses: the doers of the attack it condemns by name ("Qatar condemned
    the attack"), or of the sanctions or attacks it calls a hostile act ("the sanctions were an unfriendly act")."""
    accusers = mention.codes(("initiator",))
    verb = mention.trigger.root
    blamed = sorted({s.label_ for s in verb.doc.spans.get(ACTORS, []) for c in verb.children
                     if c.dep_ in ("oprd", "xcomp") and c.left_edge.i <= s.start and s.end <= c.i + 1} - accusers)
    if blamed and condemns_attack_told(mention) and not mention.codes(("target",)):
        mention.actors += [(ActorRef(code, actor_book().states.get(code, code), "state"), "target") for code in blamed]
        return  # "called the seizure an Iranian act of terrorism": whom the name it gives blames
    if ctx.attackers and condemns_attack_told(mention):
        sent = mention.sentence
        named = {s.label_ for s in sent.doc.spans.get(ACTORS, []) if sent.start <= s.start < sent.end} - accusers
        here = list({r.code: r for r in ctx.all_attackers if r.code in named}.values())
        # ("The United States condemned the attacks on the two ships and called on the Houthis to free the crew":
        # the attackers the sentence names, not whoever struck last)
        named_so = condemned_lemma(mention)
        alike = next((told.doers for told in reversed(ctx.attacks_told) if told.word == named_so), None)
        # ("The Houthis called the strikes a war crime": the strikes told, not the attacks told since)
        mention.actors += [(ref, "target") for ref in (here if len(here) == 1 else alike or ctx.attackers)
                           if ref.code not in accusers]
        # "Israel carried out an airstrike on Hamas leaders in Doha … Qatar condemned the attack": Israel is accused
    elif (named_type := hostile_named(mention, ctx)) is not None:
        # "The United States imposed sanctions … Putin said the sanctions were an unfriendly act": who imposed them
        subject = said_to_be_hostile(mention.trigger.root)
        done_by = ctx.attackers if named_type == "attack" else (ctx.deferred.doers if ctx.deferred else []) \
            if named_type == "deferral" else next(
            (refs for noun, refs in reversed(ctx.imposers) if noun or subject.lower_ == "they"), [])
        # ("the sanctions": those named so, not the companies Britain "sanctioned" last week)
        if subject.lower_ == "they" and ctx.named_hostile:
            done_by = ctx.named_hostile  # "Putin said the sanctions were an unfriendly act. Medvedev wrote that they
            # amounted to an act of war": the same sanctions
        mention.actors += [(ref, "target") for ref in done_by if ref.code not in accusers]
        ctx.named_hostile = done_by


def condemns_attack_told(mention: Mention) -> bool:
    """Is the accusation said of an attack the article told, named again as "the attack", "the strike", "the
    bombing" (its object)?"""
    verb = mention.trigger.root
    attacks = {t.root.i for t in mention.trigger.doc.spans.get(TRIGGERS, []) if t.label_ == "attack"}
    return any(c.dep_ == "dobj" and (c.i in attacks and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these")
                                                            for d in c.children) or
                                     c.lower_ == "it" and naming_as_crime(verb) or
                                     any(g.dep_ == "compound" and g.i in attacks and any(
                                         d.dep_ == "det" and d.lower_ == "the" for d in (*g.children, *c.children))
                                         for g in c.subtree)) for c in verb.children) or any(
        c.dep_ in ("ccomp", "dobj", "xcomp") and named_object(c) and any(o.dep_ == "oprd" and o.i in attacks
                                                                          for o in c.children)
        for c in verb.children)
    # (and "Cambodia called it brutal military aggression", after the strike told; "called the strike state
    # terrorism", parsed as a name the strike is part of; "condemned what he called a barbaric attack")


def condemned_lemma(mention: Mention) -> str | None:
    """The word an accusation names the attack it condemns by ("called the strikes a war crime": strike)."""
    attacks = {t.root.i for t in mention.trigger.doc.spans.get(TRIGGERS, []) if t.label_ == "attack"}
    return next((c.lemma_.lower() for c in mention.trigger.root.children if c.dep_ == "dobj" and c.i in attacks), None)


def breakers_named(mention: Mention, ctx: ArticleContext) -> ActTold | None:
    """Who broke a truce, where what broke it is named a breach of it: "Macron called the Israeli strike unacceptable
    and a breach of the ceasefire" (the strike's doers), "Hamas said the delay was a serious violation of the truce"
    (who put it off), on the day of what is named. The one who names it only claims so."""
    breach = mention.trigger.root.head.head if mention.trigger.root.dep_ == "pobj" else None
    if breach is None or breach.lemma_.lower() not in ("breach", "violation"):
        return None
    named = None
    link = breach
    while link.dep_ == "conj" and link.head.pos_ != "VERB":
        link = link.head  # ("unacceptable and a breach", each word a complement of the naming verb)
    if breach.dep_ in ("attr", "dobj", "pobj"):
        named = said_to_be_hostile(breach.head if breach.dep_ != "pobj" else breach.head.head)
        # "the delay was a violation of the truce", "amounted to a breach of"
    elif link.dep_ in ("conj", "oprd", "xcomp", "acomp") and naming_as_crime(link.head):
        named = next((c for c in link.head.children if c.dep_ == "dobj"), None)  # "called the strike … a breach"
    if named is None:
        return None
    if a_deferral(named):
        return ctx.deferred
    attacks = {t.root.i: t for t in mention.trigger.doc.spans.get(TRIGGERS, []) if t.label_ == "attack"}
    alike = [told for told in ctx.attacks_told if told.word == named.lemma_.lower()]
    if named.i not in attacks or not alike:
        return None
    day = next((told.date for told in reversed(alike) if told.date is not None and not told.date.inferred), None)
    return ActTold(alike[-1].word, alike[-1].doers, day)  # (the day of the strike told before, not of "the strike"
    # named again without one)


def hostile_named(mention: Mention, ctx: ArticleContext) -> str | None:
    """The type of the event an accusation calls a hostile act ("the sanctions were an unfriendly act", "they amounted
    to an act of war"): the subject's type, or for "they" the type told last with its doer."""
    subject = said_to_be_hostile(mention.trigger.root)
    if subject is None:
        return None
    if subject.lower_ == "they":
        return ctx.last_done
    if a_deferral(subject):
        return "deferral"  # "Hamas said the delay was a serious violation of the truce": whoever put it off
    return next((t.label_ for t in mention.trigger.doc.spans.get(TRIGGERS, []) if t.root.i == subject.i and
                 t.label_ in ("attack", "sanction")), None)


# "Myanmar's military and an alliance of three ethnic armed groups agreed …": a side described before it is named
DESCRIBED_GROUP = re.compile(r"\b(?:an?|the) (alliance|coalition) of\b", re.I)


def named_later(mentions: list[Mention]) -> None:
    """ "Myanmar's military and an alliance of three ethnic armed groups agreed to a ceasefire … The Three
    Brotherhood Alliance launched an offensive in October": the alliance described is the one named after; it is the
    truce's or the talks' other side."""
    for n, m in enumerate(mentions):
        described = DESCRIBED_GROUP.search(m.sentence.text)
        if not described or len(m.codes(("participant", "initiator"))) != 1 or \
                m.type not in ("ceasefire", "talks", "agreement"):
            continue
        word = described.group(1).lower()
        named = next((ref for later in mentions[n + 1:] for ref, _ in later.actors if ref.kind == "armed_group" and
                      word in (ref.name or "").lower() and ref.code not in m.codes()), None)
        if named is not None:
            m.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in m.actors]
            m.actors.append((named, "participant"))


def late_parties(mentions: list[Mention], ctx: ArticleContext) -> None:
    """ "Both sides agreed on a swap. Russian and Ukrainian officials met …": parties named after the event."""
    named_later(mentions)
    if not ctx.actors.parties:
        return
    fighters = {code for m in mentions if m.type == "attack" for code in m.codes(("initiator", "target"))}
    sides = {ref.code for ref in ctx.actors.parties}
    for m in mentions:
        announcer = m.codes(("initiator",))
        if m.type == "ceasefire" and m.status == "announced" and len(announcer) == 1 and len(sides) == 2 and \
                not announcer & (sides | fighters) and not m.codes(("participant", "target")) and \
                all(ref.kind in ("state", "organisation") for ref, role in m.actors if role == "initiator") and \
                m.topic == ctx.actors.topic:
            # "The United States announced a third [truce] after talks in Washington", in a story of Armenia and
            # Azerbaijan: one who fights in none of it announces the sides' truce, and brokered it
            m.status = "agreed"
            m.actors = [(ref, "mediator" if role == "initiator" else role) for ref, role in m.actors]
            m.actors += [(ref, "participant") for ref in ctx.actors.parties]
            m.inherited |= sides
    for n, m in enumerate(mentions):
        if m.type in ("ceasefire", "agreement") and not m.codes() and any(
                e.type in ("ceasefire", "agreement") and e.codes(("participant",)) - e.inherited and
                e.topic == m.topic and {e.status, m.status} <= {"agreed", "signed"} and e.kind != "headline"
                for e in (mentions[:n] if m.definite and m.kind != "headline" else mentions[n + 1:] if
                          m.kind == "headline" else ())):
            # "… and eight ethnic armed organisations signed the Nationwide Ceasefire Agreement. The agreement is the
            # first …": the deal told before, whose sides are its own, not the article's pair (and the headline's
            # "the signing of the Nationwide Ceasefire Agreement" is the deal the story tells)
            continue
        if two_sided(m) and not m.codes() and m.topic == ctx.actors.topic and not counted_before(m):
            # (a briefing's items have their own)
            m.actors += [(ref, "participant") for ref in ctx.actors.parties if ref.code not in m.codes(("mediator",))]
            m.inherited |= {ref.code for ref in ctx.actors.parties if ref.code}
        elif m.type in ("ceasefire", "agreement") and m.status == "agreed" and m.definite and len(sides) == 2 and \
                m.topic == ctx.actors.topic and len(m.codes(("participant",))) == 1 and \
                m.codes(("participant",)) <= sides and not m.codes(("initiator", "target")):
            # "Israel's security cabinet approved the agreement", after "a ceasefire between Israel and Hezbollah":
            # the truce told again, by one of its two sides
            m.actors += [(ref, "participant") for ref in ctx.actors.parties if ref.code not in m.codes()]
            m.inherited |= sides - m.codes()


TIMELINE_LEAD = re.compile(r"[^-–—:]{3,30}?\d{4}\s*[-–—:]\s")  # "Aug 1, 2019 - ", "June 2014: "


def own_words_from(said: str, text: str, at: int, run: int = 8) -> int:
    """Where in a sentence as parsed (`said`, standing at `at` in the text) the text's own words begin: past the
    blank before it, and past words the reading wrote in a blank (a calendar entry's day, "28 Dec 1979:", written
    over its property lines): the first word from which `run` characters read as the text has them, but for case and
    punctuation (a list's "28. The …" is read as "28, the …", still the text's own words)."""
    def same(k: int) -> bool:
        return re.sub(r"\W", "", said[k:k + run]).lower() == re.sub(r"\W", "", text[at + k:at + k + run]).lower()

    first = len(said) - len(said.lstrip())
    if same(first):
        return first
    for k in range(first + 1, len(said) - run):
        if said[k - 1].isspace() and not said[k].isspace() and same(k):
            return k
    return first


def timeline_line(m: Mention) -> bool:
    """Is the mention told in a line of a dated list, a factbox or a timeline ("Aug 1, 2019 - Nyusi and Momade
    sign …")?"""
    return m.kind == "item" and TIMELINE_LEAD.match(m.sentence.doc.text) is not None or m.dated_line


def claimed_by_its_doer(m: Mention) -> bool:
    """Is the attack told in a claim of it ("claimed the attack, saying it had killed about 300 soldiers"; "the FLEC
    … said it had carried out the attack")?"""
    root = m.trigger.root
    owned = root.dep_ == "dobj" and root.head.lemma_.lower() in ("carry", "stage", "conduct", "mount") and any(
        a.lemma_.lower() in ("say", "admit", "announce") for a in root.head.ancestors)
    return m.type == "attack" and (owned or any(t.lemma_.lower() == "claim" for t in (root, *root.ancestors)))


def told_as_timeline(mentions: list[Mention]) -> bool:
    """Is the article itself a timeline: more of its passages that tell events dated lines than told paragraphs ("Thirty
    years ago today … The main steps:", then a line for each)? Its lines are then its telling, not a factbox's."""
    lines = {m.segment for m in mentions if timeline_line(m)}
    told = {m.segment for m in mentions if m.kind in ("body", "item") and not timeline_line(m)}
    return len(lines) > len(told)


def made_at(m: Mention) -> bool:
    """Are talks named only as where a deal was made: "agreed on Thursday to a ceasefire at talks in China"?"""
    root = m.trigger.root
    return m.type == "talks" and root.dep_ == "pobj" and root.head.lower_ in ("at", "during") and any(
        a.lemma_.lower() in ("agree", "sign", "reach", "initial", "conclude") for a in list(root.head.ancestors)[:3])
    # (the phrase on the verb, or on its object: "agreed … to an immediate ceasefire at talks in China")


def richness(m: Mention, timeline: bool = False) -> tuple:
    """Which mention of an event gives its evidence: the one that says most, the earliest of equals (in an article
    that is a `timeline`, its dated lines tell it, and its lede only sums them up)."""
    explicit_date = m.date is not None and not m.date.inferred
    said_here = len(m.codes() - m.inherited)
    kind = {"body": 1, "item": 1, "headline": -3}[m.kind]  # (a headline is the terse telling: the body tells it)
    roles = len({role for ref, role in m.actors if ref.code})
    return (
        m.cls != "oblige",  # "X said Y must …" is a demand by inference: a sentence saying "demanded" tells it better
        timeline_line(m) == timeline,  # the story's telling, not a factbox's dated line summing it up ("Aug 1, 2019 -
        # Nyusi and Momade sign a definitive cessation of hostilities in Gorongosa"); in a timeline, the line
        not m.summary,  # the story's telling, not a live page's key point summing it up ("- The ceasefire between
        # Israel and Hamas took effect at noon", above "The Israeli military said the ceasefire took effect at 12:00")
        not m.aside,  # a sentence about the event tells it better than one that names it by the way ("suspending a
        # deal signed last month in Kuala Lumpur", then "the deal, signed on October 26 in the presence of …")
        not (m.date is not None and anniversary(m.date)),  # its day, not an anniversary's week ("Twenty-five
        # years ago this week, NATO stopped bombing Yugoslavia", then "NATO suspended its air strikes on 10 June")
        not m.sentence.text.rstrip().endswith("?"),  # what a sentence states, not what a question takes as known
        # ("When did NATO's air campaign … begin?", answered "NATO began bombing on 24 March 1999")
        not (m.type == "attack" and m.definite and not m.codes() and m.date is None and m.place is None and
             not m.quantities),  # a telling with something of its own, not a bare "the attack" that refers back
        not claimed_by_its_doer(m),  # the report's telling, not the claim a side makes of it ("Jihadists killed scores
        # of people on Saturday in an attack on Barsalogho … JNIM claimed the attack, saying it had killed about 300")
        not m.cited,  # the writer's own telling, not what a piece they cite said ("Sir, Your report … says the
        # ceasefire … has held for thirty years", then "the truce took effect on 6 September 1991")
        not habitual(clause_of(m.trigger.root)),  # a telling of one time, not of how often ("has been broken almost
        # daily", then "It was broken again this morning")
        explicit_date + (m.place is not None) + said_here + len(m.quantities) + m.strength + kind
        + (m.modality == "asserted") + roles / 2,
        -m.doc_start,
    )


# Two statuses one article may give the same event: a round "delayed two hours" that was then held; a truce that
# "failed" because one side refused it; a deal agreed, then signed. The second of each pair is what the event came
# to.
OUTCOMES = (("postponed", "held"), ("failed", "rejected"), ("agreed", "signed"))  # (in order: first match wins)
ONE_OUTCOME = set(OUTCOMES) | {(b, a) for a, b in OUTCOMES}


def outcome(statuses: list[str]) -> str | None:
    for before, after in OUTCOMES:
        if before in statuses and after in statuses:
            return after
    return None


# Types of which one party's mentions in one article are one event: Russia's demands at a round of talks.
ONE_PER_PARTY = {"demand", "proposal"}


def roles_within(smaller: Mention, larger: Mention) -> bool:
    """Every party the smaller mention names acts in the same role in the larger: "Russia presented demands" and
    "Moscow demanded Ukraine withdraw"."""
    big = {(ref.code, role) for ref, role in larger.actors if ref.code}
    return all((ref.code, role) in big for ref, role in smaller.actors if ref.code and role != "mediator")


def of_bodies(m: Mention) -> bool:
    """Is the swap one of the dead: "exchanged the bodies of dozens of soldiers"? (Not for a clause of its own joined
    to it: "exchanged 146 prisoners each, and Russia handed over the bodies of 1,000 soldiers" tells two swaps.)"""
    root = m.trigger.root
    apart = {t.i for c in root.children if c.dep_ in ("conj", "parataxis", "advcl") and any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
    return any(remains(t) and t.i not in apart for t in root.subtree)


CLASHES = {"clash", "fighting", "fight", "battle", "skirmish", "firefight", "gunfight", "combat"}


def told_in_items(m: Mention) -> bool:
    """Is the list item a paragraph of several sentences ("• What was signed. The Khartoum Declaration, signed on June
    27, …"), as a newsletter bullets its stories, rather than one point of a list?"""
    return len(list(m.sentence.doc.sents)) > 1


APPROVALS = {"approve", "ratify", "endorse"}  # a side's body giving its assent to a deal made with another


def told_at(m: Mention) -> int:
    """Where in the article the mention's trigger stands."""
    return m.doc_start - m.sentence.start_char + m.trigger.start_char


def compatible(a: Mention, b: Mention) -> bool:
    """Can two mentions of one article be the same event?"""
    if a.type != b.type or a.type == "prisoner_exchange" and of_bodies(a) != of_bodies(b):
        return False  # (a swap of the dead is not the swap of the living told beside it)
    if a.section != b.section and None not in (a.section, b.section) or a.topic != b.topic:
        return False  # a briefing's sections and items are about different wars: "GAZA … SUDAN …"
    if a.kind == b.kind == "item" and a.segment != b.segment and not (told_in_items(a) and told_in_items(b)):
        return False  # the points of a list are distinct points (not a newsletter's paragraphs under bullets)
    if "one" in (a.lemma, b.lemma) and a.lemma != b.lemma and a.doc_start == b.doc_start and \
            a.sentence.start_char == b.sentence.start_char:
        return False  # "The N'sele ceasefire never held; the one signed in Arusha …": another of its kind
    generic = generic_words()
    referring = referring_words()
    if a.lemma != b.lemma and a.lemma not in generic and b.lemma not in generic and not swap_halves(a, b) and \
            not kin(a.lemma, b.lemma) and not told_as(a) & told_as(b) and \
            not (a.type == "attack" and any(m.definite and m.lemma in referring for m in (a, b))) and \
            not (a.type == "prisoner_exchange" and any(the_freed(m) for m in (a, b))) and \
            not one_charge(a, b) and not toll_told_after(a, b) and not toll_told_after(b, a) and \
            not detail_after(a, b) and not detail_after(b, a) and \
            a.lemma not in stopped(b) and b.lemma not in stopped(a) and not retold_from_then(a, b):
        return False  # (but "Russia freed 215 … In return, Ukraine handed over 55" are one swap; and "the shooting"
        # Israel blamed on Hamas is the soldier's killing told before)
    later = max(a, b, key=told_at)
    if a.type == "agreement" and a.lemma != b.lemma and any(
            m.lemma not in generic and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                           for c in m.trigger.root.children) for m in (a, b)) and \
            not (later.definite and later.lemma in generic) or \
            a.type == "agreement" and a.lemma != b.lemma and not (a.definite or b.definite) and any(
                m.trigger.root.pos_ == "VERB" for m in (a, b)) and not kin(a.lemma, b.lemma):
        return False  # "initialled a peace agreement … also signed a joint declaration": a second text, named anew;
        # "agreed to open a transit route", a step told by its own verb, is no deal named otherwise (but "signed a
        # memorandum of understanding … called the deal an act of aggression" names it again, and "agree to end row"
        # and "agreed to set aside a bitter dispute" tell one settling)
    if a.type in ("ceasefire", "agreement", "talks") and (
            counted_before(a) != counted_before(b) or
            numbered_anew(max(a, b, key=lambda m: m.doc_start)) or
            None not in (numbered(a), numbered(b)) and numbered(a) != numbered(b) or
            any((numbered(x) or 0) >= 2 and numbered(y) is None and dated_apart(x, y) for x, y in ((a, b), (b, a)))):
        return False  # "Russia brokered a truce on Oct. 10 … the United States announced a third truce": another
        # (and "The third truce was announced … on October 25", after the truce of October 10)
    if a.type == "ceasefire" and {a.status, b.status} <= {"ended", "extended"} and phase_of(a) != phase_of(b):
        return False  # "The first phase of the truce expired at the start of March" is not the truce's end
    if a.type in ("ceasefire", "agreement") and \
            (a.trigger.root.lemma_.lower() in APPROVALS) != (b.trigger.root.lemma_.lower() in APPROVALS):
        return False  # "Israel's security cabinet approved it" is one side's step, not the deal "Biden announced"
    if a.type == "attack" and max(a, b, key=told_at).cls == "extend":
        return False  # "on the following day the militia renewed the attack": a new attack, like the one before
    if a.type == "attack" and (a.lemma in CLASHES or bool(a.within & CLASHES)) != \
            (b.lemma in CLASHES or bool(b.within & CLASHES)) and not same_toll(a, b):
        return False  # "clashes … killed 350 people" and "Israel struck Syrian tanks": fighting between sides is
        # not one side's strike (but "24 of its citizens have been killed", a toll alone, is the fighting's 24)
    if {a.status, b.status} == {"held", "planned"} and not (a.presupposed or b.presupposed):
        return False  # "after a year of negotiations" and "negotiations on the second phase are due to begin"
    if a.status and b.status and a.status != b.status and (a.status, b.status) not in ONE_OUTCOME:
        # says no party itself, or only takes the event as known ("the agreement commits Rwanda to …")
        weak = [m for m in (a, b) if m.strength <= 1 and not m.codes() - m.inherited or m.presupposed or
                m.definite and m.status == "announced" and not m.codes() and
                {a.status, b.status} == {"announced", "agreed"} or
                m.definite and m.cls == "host" and m.type == "prisoner_exchange" and
                not m.codes(("participant", "initiator", "target")) - m.inherited]
        # "hours after the truce was announced": the truce the sides agreed, made known; "Erdogan, who brokered the
        # swap": the swap told, with its broker (a truce brokered is one agreed, a step of its own)
        weak += [x for x, y in ((a, b), (b, a)) if lede_of(x, y)]
        # ("Twenty-five years ago this week, NATO stopped bombing Yugoslavia": an anniversary's lede, told loosely,
        # of the halt the story then dates)
        if not weak or any(x.date is not None and not x.date.inferred and x.date.precision == "year" and y.date is None
                           for x, y in ((a, b), (b, a))):
            return False  # a bare "announced ceasefire" can be the agreed one named elsewhere; but "the accord,
            # signed in Bamako in 2015", in the news of its end, is a step of its own years before
    if a.type == "attack" and {a.status, b.status} == {"occurred", "threatened"} and \
            "threatened" in (a.status, b.status) and not (a.definite or b.definite):
        return False  # "vowed harsh punishment for Israel" is no rocket attack told before it
    if on_the_attackers(a) != on_the_attackers(b):
        return False  # the strikes that killed "the attackers" are not the attack they made
    if opposed(a, b):
        return False  # Iran's missiles at a U.S. base and the U.S. strikes they answered: two attacks
    if sequenced(a, b) or sequenced(b, a) or answered_in(a, b) or answered_in(b, a):
        return False  # "Israel struck Gaza after two soldiers were killed in Rafah": the one came after the other
    if crossed(a, b):
        return False  # "army drones struck RSF positions, and the RSF shelled El Obeid": each side's own attack
    # ("Libya's rival armed forces signed a permanent ceasefire in Geneva … on 23 October … the five officers of the
    # Government of National Accord and the five of Haftar's army signed an agreement for a … ceasefire across Libya":
    # one deal of one day, its sides named in full once, told where it was signed and where it holds)
    same_day = a.type in ("ceasefire", "agreement") and a.status == b.status in ("agreed", "signed") and \
        same_told_day(a, b)
    ca, cb = a.codes(), b.codes()
    sides = a.codes(("participant", "initiator"))  # (who agreed a deal is a side of it: "agreed by Kiir and Machar")
    brokered_apart = a.type in ("ceasefire", "agreement") and a.status == b.status in ("agreed", "signed") and \
        len(sides) >= 2 and sides == b.codes(("participant", "initiator")) and \
        not (a.codes(("target",)) | b.codes(("target",)))
    # ("a ceasefire agreed by Kiir and Machar in Khartoum" and "commits the two sides to a ceasefire", told beside the
    # president who watched it signed: one truce, whose broker one telling names)
    if ca and cb and ca != cb and not brokered_apart:
        smaller, larger = (a, b) if len(ca) < len(cb) else (b, a)
        # one side's half of a swap told apart ("Israel will free …") is the swap both sides agreed
        halves = a.type == "prisoner_exchange" and a.status == b.status
        # "the attacks" a government blames on the RSF are those that struck Port Sudan: one names who did it,
        # the other whom it hit
        told_back = a.type in ("attack", "proposal") and (a.definite or b.definite) and complementary(a, b)
        # (and "Hamas is studying a draft proposal … The draft, drawn up by negotiators from the United States, …":
        # one names whom it was put to, the other who put it)
        # ("Libya's rival forces signed a permanent ceasefire … the deal, signed by five officers from each side":
        # the deal told again, with more of its sides)
        anaphor = larger.definite and larger.doc_start > smaller.doc_start and a.type in ("ceasefire", "agreement")
        # (not talks: "the conversations" Zelensky had with his allies are not the Istanbul talks)
        # ("Israel said Iran had fired missiles at its territory … Iran's armed forces denied firing any missiles
        # after the deadline": the denial answers the claim told before it)
        denied = a.type == "attack" and smaller.negated and not larger.negated and smaller.doc_start > larger.doc_start
        # ("M23 rebels take Congo's Bukavu", the headline, and "M23 rebels took control of the centre of Bukavu": one
        # taking by the same side of the same place, the headline naming whose place it was)
        headlined = a.type == "attack" and "headline" in (a.kind, b.kind) and a.place is not None and \
            b.place is not None and a.place.name == b.place.name and \
            bool(sides) and sides == b.codes(("participant", "initiator")) and \
            not any(m.kind == "headline" and m.trigger.root.tag_ == "NNS" for m in (a, b))
        headlined = headlined or a.type == "ceasefire" and smaller.kind == "headline" and \
            a.status == b.status  # "Israel and Gaza factions agree open-ended truce": the lead's truce, whose sides
        # the lead names in full ("the Palestinian factions in Gaza, led by Hamas")
        # (not "Deadliest Russian strikes on Kyiv this summer", a headline over many)
        # ("most of the missiles were shot down by Israeli and U.S. air defences": the attack on Israel Iran
        # launched, whoever helped stop it)
        # and "the attack is over", said with the same: the attack told, its doer named elsewhere
        stopping = (a.lemma in stopped(b) or b.lemma in stopped(a) or any(
            x.definite and not x.codes(("initiator", "participant")) and y.codes(("initiator",))
            for x, y in ((a, b), (b, a)))) and a.type == "attack" and bool(a.codes(("target",)) &
                                                                            b.codes(("target",)))
        # ("Kosovo police officer killed in attack by Serb gunmen", the headline, and "A Kosovo police officer was
        # killed … when about 30 masked gunmen ambushed a patrol": the headline names whose gunmen they were)
        summed = a.type == "attack" and "headline" in (a.kind, b.kind) and larger.kind == "headline" and \
            larger.trigger.root.tag_ != "NNS"
        # ("16:05 — Two Israeli soldiers killed in Rafah" over "Two Israeli soldiers were killed when militants fired
        # an anti-tank missile at troops in Rafah": a killing whose victims alone are named, told again in the very
        # next sentence with its doers)
        # (and "Russia fired more than 80 missiles at cities across Ukraine on Monday … Explosions shook central
        # Kyiv during the morning rush hour": the next sentence's doer-less attack on the same side, undated, is the
        # salvo's detail)
        retold = a.type == "attack" and not smaller.codes(("initiator", "participant")) and \
            0 <= abs(larger.doc_start - smaller.doc_end if larger.doc_start > smaller.doc_start else
                     smaller.doc_start - larger.doc_end) <= 3 and a.lemma == b.lemma or detail_after(smaller, larger)
        # ("When did NATO's air campaign against Yugoslavia begin? … NATO began bombing on 24 March 1999": one side's
        # attack on one day, the second telling naming no target)
        same_strike = a.type == "attack" and a.status == b.status and same_told_day(a, b) and \
            not smaller.codes(("target",)) and bool(smaller.codes(("initiator",))) and \
            smaller.codes(("initiator",)) == larger.codes(("initiator",)) and (ca < cb or cb < ca)
        # ("Twenty years ago this week, Liberia's war ended with a peace agreement signed in Ghana", the lede of an
        # anniversary, and the signing told in full on its day within that week)
        that_week = a.type in ("ceasefire", "agreement") and retold_from_then(a, b)
        if not ((smaller.definite or anaphor or halves or denied or same_day or headlined or summed or retold or
                 same_strike or that_week or
                 toll_told_after(smaller, larger) or
                 a.type in ONE_PER_PARTY and roles_within(smaller, larger))
                and (ca < cb or cb < ca)) and not told_back and not swap_halves(a, b) and not stopping and \
                not same_round(a, b) and not ran_for(a, b) and not ran_for(b, a):
            return False  # "the attack" may name fewer parties than the sentence that told of it
    if a.date and b.date and not a.date.inferred and not b.date.inferred and not answered(a) and \
            not answered(b) and not went_on_to(a, b) and not went_on_to(b, a) and \
            not ran_for(a, b) and not ran_for(b, a) and \
            not a.date.start.startswith(b.date.start) and not b.date.start.startswith(a.date.start) and \
            not holds_day(a.date, b.date) and not holds_day(b.date, a.date):
        # (a year or a month holds the days within it: "two years after the agreement", "in November 2022"; and a
        # week its days: "Twenty years ago this week, Liberia's war ended with a peace agreement")
        if a.date.start[:10] != b.date.start[:10] and (a.date.start[:7] != b.date.start[:7] or
                                                       a.type == "attack" and not (a.definite or b.definite) and
                                                       a.date.precision == b.date.precision == "day" or
                                                       a.type in ("prisoner_exchange", "ceasefire") and
                                                       a.date.precision == b.date.precision == "day" and
                                                       (a.type == "prisoner_exchange" or
                                                        a.indefinite and b.indefinite) or
                                                       a.type == "agreement" and a.status != b.status and
                                                       a.date.precision == b.date.precision == "day" or
                                                       calendar_day(a.date.text) and calendar_day(b.date.text)):
            # a swap or a strike on another day is another, so is "a 72-hour pause agreed on Aug. 1" beside "an
            # open-ended ceasefire" agreed on the 26th, and so is any event on another day the calendar names
            # ("Sept. 17, 2024 - pagers explode …", "Sept. 27, 2024 - an airstrike kills …"), and a deal initialled
            # on one day and signed on the next; other events keep a looser rule, since a report's day ("said on
            # Friday") may stand in for the event's
            return False
    if a.type == "attack" and not (a.definite or b.definite) and any(
            x.date is None and x.story_day and y.date is not None and not y.date.inferred and
            y.date.precision == "day" and y.date.start[:10] != x.story_day[:10] for x, y in ((a, b), (b, a))):
        return False  # "Israel said Iran had fired missiles … early on Tuesday, and ordered retaliatory strikes on
        # Tehran" is not the strike of June 13 the article tells later: a new strike, on the day its passage names
    if a.place and b.place and a.place.country and b.place.country and a.place.country != b.place.country and \
            not (same_day and {a.place.country, b.place.country} & (ca | cb)):
        return False
    if a.quantities and b.quantities and not swap_halves(a, b) and not part_of_swap(a, b) and any(
            a.quantities[k] != b.quantities[k] for k in a.quantities.keys() & b.quantities.keys()):
        return False
    return True


OPENING = {"open", "begin", "start", "convene"}
ROUND_LENGTH_DAYS = 31  # how long one round of talks may run


def opens_round(m: Mention) -> bool:
    """Is the mention definite talks dated by a clause on when they opened ("the talks, which opened on June 28")?"""
    return opened_on(m, told_by_its_verb=False)


def opened_on(m: Mention, told_by_its_verb: bool = True) -> bool:
    """Is the mention definite talks dated by when they opened, in a clause on them or (`told_by_its_verb`) by the
    verb they are the subject of ("The talks opened in the Burkinabe capital on February 5")?"""
    root = m.trigger.root
    clause = next((c for c in root.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in OPENING), None)
    if clause is None and told_by_its_verb and root.dep_ == "nsubj" and root.head.lemma_.lower() in OPENING:
        clause = root.head
    if m.type != "talks" or not m.definite or clause is None or m.date is None or m.date.text is None:
        return False
    return m.date.text in clause.doc[clause.left_edge.i:clause.right_edge.i + 1].text


def ran_for(opened: Mention, ended: Mention) -> bool:
    """ "On 24 January the government and fourteen armed groups opened talks in Khartoum … After ten days of talks,
    President Touadera flew in to initial the agreement on 5 February": talks opened on a day, and talks as long as
    they had run by a later day, are one round."""
    root = opened.trigger.root
    if opened.type != "talks" or ended.type != "talks" or "duration_days" not in ended.quantities or \
            root.dep_ != "dobj" or root.head.lemma_.lower() not in OPENING or not opened.date or \
            ended.doc_start < opened.doc_end:
        return False
    if ended.date is None:
        return True  # (told after the opening, as long as they ran: undated, they are the round that opened)
    try:
        gap = (date.fromisoformat(ended.date.start[:10]) - date.fromisoformat(opened.date.start[:10])).days
    except ValueError:
        return False
    return 0 < gap <= ended.quantities["duration_days"] + 3


def went_on_to(opened: Mention, ended: Mention) -> bool:
    """ "Talks on reunifying Cyprus collapsed in the early hours of Friday … The talks, which opened on June 28,
    brought …": talks dated by a clause on when they opened are the talks told on a later day of that round."""
    if not opened_on(opened) or ended.type != "talks":
        return False
    try:
        gap = (date.fromisoformat(ended.date.start[:10]) - date.fromisoformat(opened.date.start[:10])).days
    except ValueError:
        return False
    return 0 < gap <= ROUND_LENGTH_DAYS


def detail_after(detail: Mention, attack: Mention) -> bool:
    """ "Russia fired more than 80 missiles at cities across Ukraine on Monday … Explosions shook central Kyiv during
    the morning rush hour": an attack told in the very next sentence with no doer and no day of its own, on the side
    the attack struck, is that attack's detail."""
    return detail.type == attack.type == "attack" and detail.status == attack.status == "occurred" and \
        not detail.codes(("initiator", "participant", "mediator")) and \
        bool(detail.codes(("target",))) and detail.codes(("target",)) <= attack.codes(("target",)) and \
        bool(attack.codes(("initiator",))) and (detail.date is None or detail.date.inferred) and \
        0 <= detail.doc_start - attack.doc_end <= 3


def toll_told_after(toll: Mention, attack: Mention) -> bool:
    """ "Azerbaijan launched an operation in Karabakh on Tuesday, shelling Armenian positions. Karabakh's ombudsman
    said on Wednesday that at least 200 people had been killed": a count of the dead with no one named, told by the
    next sentence as by that day, is the attack's toll; so is one that names only whom the attack struck ("… struck
    16 Houthi sites. The Houthis said five of their fighters were killed"), or that follows "the attack" told again
    ("the attack is over … One man was killed by falling debris")."""
    counts = {"killed", "injured"} & toll.quantities.keys()
    return toll.type == attack.type == "attack" and toll.lemma in TOLL_VERBS and \
        not toll.codes(("initiator", "participant", "mediator")) and \
        toll.codes(("target",)) <= attack.codes(("target",)) and \
        (bool(attack.codes(("initiator",))) or attack.definite) and bool(counts) and \
        not counts & attack.quantities.keys() and \
        (toll.date is None or toll.date.inferred) and \
        0 <= toll.doc_start - attack.doc_end <= 3  # (the very next sentence)


def one_charge(a: Mention, b: Mention) -> bool:
    """ "M23 said it would not attend the talks, blaming EU sanctions" and "the rebel alliance said in a statement,
    accusing the EU of sabotage": one side's charge against another, in other words; one accusation."""
    return a.type == b.type == "accusation" and bool(a.codes(("initiator",))) and bool(a.codes(("target",))) and \
        a.codes(("initiator",)) == b.codes(("initiator",)) and a.codes(("target",)) == b.codes(("target",)) and \
        accusers(a) == accusers(b)  # (not Putin's "unfriendly act" and Medvedev's "act of war": two men's words)


def accusers(m: Mention) -> set[str]:
    return {ref.name for ref, role in m.actors if role == "initiator"}


def phase_of(m: Mention) -> str | None:
    """The phase of a truce a mention is about ("the first phase of the truce": "first"), if any; "" for a phase not
    counted."""
    root = m.trigger.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lemma_.lower() not in ("phase", "stage"):
        return None
    return next((c.lower_ for c in root.head.head.children if c.dep_ == "amod"), "")


COUNTED = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}


def numbered(m: Mention) -> int | None:
    """Which of several truces or rounds the trigger counts itself: "a third truce", "the second round" (3, 2)."""
    root = m.trigger.root
    if root.lower_ in COUNTED:
        return COUNTED[root.lower_]  # "announced a third"
    return next((COUNTED[c.lower_] for c in root.children if c.dep_ == "amod" and c.lower_ in COUNTED), None)


def told_of_each(m: Mention) -> bool:
    """Is the event told of several at once by a distributive subject ("Each collapsed within hours, with both sides
    accusing the other of breaking it", after three truces)?"""
    root = m.trigger.root
    return root.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("each", "all")
                                       for c in root.children)


def counted_several(m: Mention) -> bool:
    """ "Three humanitarian truces were announced in October and each broke down within a day": several truces
    counted at once, a summary of those the article tells one by one, none of them a record of its own (but
    "accused Indian forces of about 3,000 violations" counts the breaches of one truce)."""
    root = m.trigger.root
    return m.type == "ceasefire" and root.tag_ == "NNS" and m.status != "violated" and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in root.children)


EARLIER = {"earlier", "previous", "prior", "past", "former"}


def told_as_earlier(m: Mention) -> bool:
    """ "Two earlier rounds of Turkish-mediated talks", "previous truces": ones before the one the story tells."""
    root = m.trigger.root
    nouns = [root] + ([root.head.head] if root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" else [])
    return any(c.dep_ == "amod" and c.lower_ in EARLIER for n in nouns for c in n.children)


def only_recalled(m: Mention) -> bool:
    """Are these earlier deals only recalled, with nothing told of them ("the three countries that oversaw Angola's
    earlier peace accords")? What befell them is told ("Several earlier ceasefires have been broken")."""
    return m.type in ("ceasefire", "agreement") and m.presupposed and m.trigger.root.tag_ == "NNS" and \
        told_as_earlier(m) and (m.date is None or m.date.inferred)


def counted_before(m: Mention) -> bool:
    """Is the truce one told as before the article's own ("the first Minsk ceasefire", "an earlier truce"), and so
    not between the sides the article names for its own? ("The first ceasefire in two years" is its own.)"""
    root = m.trigger.root
    first = any(c.dep_ == "amod" and c.lower_ == "first" for c in root.children)
    return told_as_earlier(m) or first and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in root.children)


def the_freed(m: Mention) -> bool:
    """ "the Russian soldiers freed", "the prisoners released": the people of a release told before, by its
    participle."""
    root = m.trigger.root
    return root.dep_ == "acl" and root.tag_ == "VBN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in root.head.children)


def numbered_anew(m: Mention) -> bool:
    """ "a second truce", "another ceasefire": one more, not one told before."""
    det = next((c.lower_ for c in m.trigger.root.children if c.dep_ == "det"), None)
    return det in ("a", "an") and numbered(m) is not None or det == "another"


SEQUENCE_MARKS = {"after", "following", "since"}  # ("killed since Hezbollah began firing": the toll of all since)


def sequenced(a: Mention, b: Mention) -> bool:
    """Is the attack `a` told in a clause of `b`'s sentence that sets it before `b` ("Israel carried out strikes …
    after two soldiers were killed in Rafah")?"""
    if a.type != "attack" or a.sentence.start != b.sentence.start or a.codes("initiator") & b.codes("initiator"):
        return False  # (one side's raid "after" its car bomb breached the wall is one assault)
    clause = a.trigger.root  # the clause the trigger is told in: its own verb, or the verb its phrase hangs on
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "prep",
                                                                  "compound", "amod", "conj") and \
            clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "since Hezbollah began firing on Israel"
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_MARKS for m in clause.children) \
        and b.trigger.root.i not in {t.i for t in clause.subtree}


def part_of_swap(a: Mention, b: Mention) -> bool:
    """ "The two sides completed the release of nearly 900 detainees … The Houthis freed 181": one side's part of a
    swap whose whole another mention counts."""
    if not (a.type == b.type == "prisoner_exchange" and a.status == b.status):
        return False
    part, whole = (a, b) if len(a.codes()) < len(b.codes()) else (b, a)
    return bool(part.codes()) and part.codes() < whole.codes() and \
        part.quantities.get("prisoners_total", 0) < whole.quantities.get("prisoners_total", 0)


def swap_halves(a: Mention, b: Mention) -> bool:
    """Each side's release in a swap, told apart: "the group had freed 49 soldiers", "the government said it had
    released 23 rebels"; their counts add up. Who released them tells the halves apart, not the army of the
    prisoners of war freed ("Russia freed 50 Ukrainian soldiers … In return, Ukraine handed over 50 Russian prisoners
    of war")."""
    if a.type != "prisoner_exchange" or b.type != "prisoner_exchange" or a.status != b.status:
        return False
    own_a, own_b = releasers(a), releasers(b)
    return bool(own_a) and bool(own_b) and not own_a & own_b


def releasers(m: Mention) -> set[str]:
    """The sides a release tells did it: its codes, less the army of the prisoners of war it freed."""
    return set(m.codes()) - freed_army(m)


def freed_army(m: Mention) -> set[str]:
    """The codes of the army whose prisoners of war a release tells it freed ("freed the first American prisoners of
    war": the United States)."""
    words = {t.i for t in m.trigger.root.subtree}
    return {span.label_ for span in m.trigger.doc.spans.get(ACTORS, [])
            if span.root.i in words and prisoners_of_war_of(span.root)}


def complementary(a: Mention, b: Mention) -> bool:
    """One names only who did it, the other only to whom: "two soldiers killed ... by Syrian forces"; or each names
    one side of a swap: "Hamas freed 24 hostages, while Israel released 39 prisoners"."""
    if a.type == b.type == "prisoner_exchange" and a.status == b.status:
        return True  # "Hamas is to release 33 hostages and Israel is to free prisoners": one swap
    def roles(m: Mention) -> set[str]:
        return {role for ref, role in m.actors if ref.code and role != "mediator"}
    return {frozenset(roles(a)), frozenset(roles(b))} == {frozenset({"initiator"}), frozenset({"target"})}


ANSWERS_TO = {"retaliation": "for", "revenge": "for", "reprisal": "for", "response": "to", "reply": "to"}


def answered_in(a: Mention, b: Mention) -> bool:
    """Is the attack `a` the one `b` answers or follows, told in a phrase of `b`'s sentence ("India struck … in
    retaliation for an attack on tourists", "struck Gaza after a rocket attack")?"""
    if a.type != "attack" or a.sentence.start != b.sentence.start:
        return False
    node = a.trigger.root
    while node.dep_ in ("pobj", "prep", "compound", "amod", "conj", "relcl", "acl") and node.head.i != node.i:
        head = node.head
        if node.dep_ == "pobj" and (head.lower_ in SEQUENCE_MARKS or head.lower_ == "before" or
                                    ANSWERS_TO.get(head.head.lemma_.lower()) == head.lower_):
            told = {b.trigger.root.i} | ({b.trigger.root.head.i} if b.trigger.root.pos_ != "VERB" else set())
            # (the phrase hangs on b's word, or on the verb that tells b's noun: "launched strikes in retaliation …")
            return b.trigger.root.i not in {t.i for t in head.subtree} and any(t.i in told for t in head.ancestors)
        node = head
    return False


def same_round(a: Mention, b: Mention) -> bool:
    """ "agreed on Thursday to a ceasefire at talks in China" and "Delegations … met in Kunming on Wednesday and
    Thursday": talks held in one country, one told over days that hold the other's day, are one round, whichever
    sides each names."""
    return a.type == b.type == "talks" and a.status == b.status == "held" and a.place is not None and \
        b.place is not None and a.place.country is not None and a.place.country == b.place.country and any(
            x.date is not None and y.date is not None and x.date.end is not None and not y.date.inferred and
            x.date.start[:10] <= y.date.start[:10] <= x.date.end[:10] for x, y in ((a, b), (b, a)))


def same_toll(a: Mention, b: Mention) -> bool:
    """Does one of two attacks tell a toll alone, with no doer, and the other the same count of the dead?"""
    return a.quantities.get("killed") is not None and a.quantities.get("killed") == b.quantities.get("killed") and \
        any(m.lemma in TOLL_VERBS and not m.codes(("initiator",)) for m in (a, b))


def crossed(a: Mention, b: Mention) -> bool:
    """Attacks where one's target is the other's initiator: "army drones struck RSF positions, and the RSF shelled
    El Obeid" are two."""
    return a.type == b.type == "attack" and bool(
        a.codes(("target",)) & b.codes(("initiator",)) or b.codes(("target",)) & a.codes(("initiator",))) and \
        not tells(a.trigger.root, b.trigger.root) and not tells(b.trigger.root, a.trigger.root)


def tells(word: Token, other: Token) -> bool:
    """Is `other` part of what `word` tells, not in a clause of its own joined to it ("Israeli strikes killed 19":
    the strikes are what killed)?"""
    node = other
    while node.i != word.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def opposed(a: Mention, b: Mention) -> bool:
    """Two mentions whose initiators differ: "X accused Y of …, while Y blamed X for …" are two accusations."""
    ia, ib = a.codes(("initiator",)), b.codes(("initiator",))
    return bool(ia and ib and not ia & ib)


def dated_apart(a: Mention, b: Mention) -> bool:
    """Do the two mentions state different days ("commanders meet on Tuesday, and a committee on August 4")?"""
    return bool(a.date and b.date and not a.date.inferred and not b.date.inferred and (
        a.date.start[:10] != b.date.start[:10] or any(
            m.date.text is not None and LATER.search(m.date.text) for m in (a, b))))
    # (and "the URNG suspended its offensive actions, and the army halted its operations a few days later": the
    # later day is another, however near the month puts them)


LATER = re.compile(r"\b(?:later|afterwards)\b", re.I)


# Counts that say one thing two ways: a swap of "246 prisoners each" has no other total to add
EXCLUSIVE = {"prisoners_per_side": "prisoners_total", "prisoners_total": "prisoners_per_side"}


def fill_quantities(into: dict, other: dict) -> None:
    """Numbers the kept mention lacks, from another mention of the event; not a second count of the same thing."""
    for key, value in other.items():
        if EXCLUSIVE.get(key) not in into:
            into.setdefault(key, value)


TRUCE_HALVES = {"announced", "agreed", "accepted"}


def truce_halves(a: Mention, b: Mention) -> bool:
    """ "The U.S. would stop bombing the Houthis after the group agreed to stop attacking shipping": each side's
    halt, told in one sentence, is one truce between them."""
    return a.type == b.type == "ceasefire" and a.status in TRUCE_HALVES and b.status in TRUCE_HALVES and \
        a.codes(("initiator",)) != b.codes(("initiator",)) and not a.negated and not b.negated and \
        not any(a.quantities[k] != b.quantities[k] for k in a.quantities.keys() & b.quantities.keys()) and \
        not any(w.lower_ == "unilateral" for m in (a, b) for w in m.trigger.root.children) and \
        not any(m.trigger.root.lower_ == "own" for m in (a, b)) and not other_truce(a, b) and \
        not other_truce(b, a) and not dated_apart(a, b)
    # (a one-month unilateral truce and another side's two-week pause, told in one sentence, are two, as is a truce
    # one side "answered with its own"; and so are each side's acceptance on its own day: "accepted it on Saturday
    # and Israel's cabinet on Sunday")


def other_truce(whole: Mention, half: Mention) -> bool:
    """Is `whole` a truce agreed between two sides named with it, and `half` one side's halt that is not against
    the other? "Syria announced a ceasefire in Sweida hours after Barrack said Netanyahu and al-Sharaa had agreed to
    a ceasefire" tells two; "the U.S. and the Houthis agreed to stop targeting each other, after Trump said
    Washington would halt its campaign against the group" tells one, and its U.S. half."""
    sides = whole.codes(("participant",))
    return whole.status == "agreed" and len(sides) >= 2 and not half.codes(("target",)) & sides


EXTENDING = {"extend", "prolong", "renew"}


def collapsed_amid_blame(mentions: list[Mention]) -> None:
    """ "Each collapsed within hours, with both sides accusing the other of breaking it": the sides that blame each
    other for a truce's end are its sides."""
    for m in mentions:
        if m.type != "ceasefire" or m.status != "ended" or m.codes():
            continue
        blame = next((o for o in mentions if o.doc_start == m.doc_start and o is not m and (
            o.type == "accusation" or o.type == "ceasefire" and o.status == "violated") and
            len(o.codes(("initiator",))) >= 2), None)
        if blame is not None:
            m.actors += [(ref, "participant") for ref, role in blame.actors if role == "initiator"]


def hit_back(mentions: list[Mention]) -> None:
    """ "The army said on Monday it had repelled the assault and that air strikes had killed dozens of the attackers":
    strikes on the attackers, with no doer named, are the struck side's, on whoever made the attack told before."""
    for m in mentions:
        if not on_the_attackers(m) or m.codes(("initiator", "target")):
            continue
        made = max((o for o in mentions if o.type == "attack" and o.doc_start < m.doc_start and
                    o.status == "occurred" and not on_the_attackers(o) and o.codes(("initiator",)) and
                    len(o.codes(("target",))) == 1), key=lambda o: o.doc_start, default=None)
        if made is not None:
            m.actors += [(ref, "initiator" if role == "target" else "target") for ref, role in made.actors
                         if role in ("initiator", "target")]
            m.place = m.place or made.place or next((o.place for o in mentions if o.type == "attack" and
                                                     o.place is not None and o.codes() & made.codes() and
                                                     o.doc_start < m.doc_start), None)


IN_RETURN = re.compile(r"(?:In return|In exchange)\b")


def members_named(mentions: list[Mention]) -> None:
    """ "Ukraine and pro-Russian separatists signed a ceasefire … the leaders of the self-proclaimed Donetsk and
    Luhansk People's Republics signed the protocol": a common name for several groups stands for those of them the
    article names; and an alliance named with its members is the one that acts."""
    book = actor_book()
    named = {ref.code: ref for m in mentions for ref, _ in m.actors}
    for m in mentions:
        alliances = {r.code for r, _ in m.actors if r.code in book.members}
        m.actors = [(r, rl) for r, rl in m.actors if not any(r.code in book.members[a] for a in alliances)]
        # ("The Three Brotherhood Alliance - the MNDAA, the TNLA and the Arakan Army - launched an offensive": the
        # alliance acts, its members named beside it)
        for ref, role in [(r, rl) for r, rl in m.actors if r.code in book.stands_for]:
            members = [named[c] for c in book.stands_for[ref.code] if c in named]
            if members:
                m.actors.remove((ref, role))
                m.actors += [(r, role) for r in members if (r, role) not in m.actors]
                if ref.code in m.inherited:
                    m.inherited |= {r.code for r in members}


def sides_on_the_day(mentions: list[Mention]) -> None:
    """ "Garang and Sudan's vice-president, Ali Osman Taha, signed it in Nairobi on Jan. 9", in his obituary of
    August: a person who changed sides acts, in an event of a day the text names, for the side he stood for that
    day, not on the article's."""
    book = actor_book()
    for m in mentions:
        if m.date is None or m.date.inferred or len(m.date.start) < 10:
            continue
        for n, (ref, role) in enumerate(m.actors):
            info = book.lookup(ref.name) if ref.kind == "person" and ref.name in book.sides else None
            if info is not None and (code := book.code_on(info, m.date.start)) != ref.code:
                m.actors[n] = (ActorRef(code, ref.name, ref.kind), role)
        m.actors = [(ref, role) for n, (ref, role) in enumerate(m.actors)
                    if not any(r.code == ref.code and rl == role for r, rl in m.actors[:n])]  # (and the side he
        # was kept beside, once, where it is his side that day too)


def given_in_return(mentions: list[Mention], text: str) -> None:
    """ "Five Americans who had been held in Iran arrived in Doha, completing a prisoner exchange. In return, the
    United States granted clemency to five Iranians": the people the next sentence gives back in return, in words
    that tell no swap of their own, are the swap's other half."""
    for m in mentions:
        count = m.quantities.get("prisoners_total")
        if m.type != "prisoner_exchange" or count is None:
            continue
        start = len(text) - len(text[m.doc_end:].lstrip())
        after = re.split(r"(?<=[.!?])\s|\n", text[start:], maxsplit=1)[0]
        back = PEOPLE.search(after) if IN_RETURN.match(after) else None
        if back is None or any(o.type == "prisoner_exchange" and start <= o.doc_start < start + len(after)
                               for o in mentions):
            continue  # (a swap told there is its own mention, whose count the merge adds)
        if (given := to_number(back.group("n"))) is not None:
            del m.quantities["prisoners_total"]
            m.quantities.update(counted_halves(count, given))


@lru_cache(maxsize=1)
def answering_verbs() -> frozenset[str]:
    """The verbs of harm answered that name an attack only as a threat ("respond", "retaliate": triggers.json)."""
    return frozenset(verb for verb, entry in load("triggers")["verbs"].items() if entry.get("threat_only"))


def fought_by_the_doer(mentions: list[Mention]) -> None:
    """ "the Saudi-led coalition fighting the Houthis carried out air strikes on Sanaa": whom the doer is said to be
    fighting, in a participle on its name, is whom its strikes are on."""
    for m in mentions:
        root = m.trigger.root
        verb = root.head if root.dep_ == "dobj" else root
        if m.type != "attack" or m.status != "occurred" or not m.codes(("initiator",)):
            continue
        fought = {t.i for s in verb.children if s.dep_ == "nsubj" for p in s.children
                  if p.dep_ == "acl" and p.lemma_.lower() in ("fight", "battle") and p.tag_ == "VBG"
                  for o in p.children if o.dep_ == "dobj" for t in o.subtree}
        foes = {s.label_ for s in root.doc.spans.get(ACTORS, []) if s.root.i in fought}
        if foes:
            book = actor_book()
            m.actors = [(ref, role) for ref, role in m.actors if ref.code not in foes]
            m.actors += [(ActorRef(code, book.states.get(code, code), "state" if code in book.states else
                                   "armed_group"), "target") for code in sorted(foes)]


def answer_threatened(mentions: list[Mention]) -> None:
    """ "The UAE said it reserved the right to respond to what it called terrorist attacks", after the Houthis'
    attack on it: a threat to answer attacks is made against whoever made the attack on the threatening side told
    before."""
    for m in mentions:
        root = m.trigger.root
        sides = m.codes(("initiator",))
        if m.type != "attack" or m.status != "threatened" or len(sides) != 1 or m.codes(("target",)) or \
                root.lemma_.lower() not in answering_verbs() or \
                not any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
            continue
        made = max((o for o in mentions if o.type == "attack" and o.status == "occurred" and
                    o.doc_start < m.doc_start and o.codes(("target",)) == sides and o.codes(("initiator",))),
                   key=lambda o: o.doc_start, default=None)
        if made is not None:
            m.actors += [(ref, "target") for ref, role in made.actors if role == "initiator"]


VENUE_TYPES = ("agreement", "ceasefire", "talks")


def dated_by_its_venue(mentions: list[Mention]) -> None:
    """ "… at Lincoln University outside Christchurch, the two sides signed the Lincoln Agreement … At Lincoln the
    sides agreed that the truce would become a permanent ceasefire": a step told with no day, at the very site where
    the article had the same sides meet on one day, was taken that day."""
    for m in mentions:
        if m.type not in VENUE_TYPES or m.date is not None and not m.date.inferred or m.place is None or \
                m.place.lat is None or len(m.codes(("participant",))) < 2:
            continue
        days = {o.date.start[:10] for o in mentions if o.type in VENUE_TYPES and told_at(o) < told_at(m) and
                o.place is not None and o.place.name == m.place.name and o.date is not None and
                not o.date.inferred and o.date.precision == "day" and
                o.codes(("participant",)) == m.codes(("participant",))}
        if len(days) == 1:
            m.date = When(start=days.pop(), precision="day")


def ordered_and_done(mentions: list[Mention]) -> None:
    """ "In June 1953 he ordered the release of some 27,000 North Korean prisoners held in the South": a release its
    holder ordered, where the article tells no release by that side carried out after it, is told by the order as
    done (not "Ghani ordered the release of up to 2,000 … the first 900 walked out of Bagram": ordered, then done)."""
    for m in mentions:
        verb = m.trigger.root.head
        if m.type != "prisoner_exchange" or m.status != "agreed" or m.negated or m.trigger.root.dep_ != "dobj" or \
                verb.lemma_.lower() != "order" or verb.tag_ != "VBD" or any(
                    c.dep_ in ("aux", "neg") for c in verb.children):
            continue
        if not any(o.type == "prisoner_exchange" and o.status == "carried_out" and told_at(o) > told_at(m) and
                   (m.codes() & o.codes() or not o.codes()) for o in mentions):
            # (an exchange of others after it, "the two sides exchanged prisoners in Operation Big Switch", is not
            # this release done)
            m.status = "carried_out"


def lapsed_unextended(mentions: list[Mention]) -> None:
    """ "A six-month truce in Yemen expired after the Houthi rebels and the government failed to agree on extending
    it": the sides that failed to extend the truce are the sides of the truce that lapsed."""
    for m in mentions:
        if m.type != "ceasefire" or m.status != "ended" or m.codes():
            continue
        failed = next((o for o in mentions if o.doc_start == m.doc_start and o.type == "ceasefire" and
                       o.status == "failed" and o.trigger.root.lemma_.lower() in EXTENDING), None)
        if failed is not None:
            m.actors += [(ref, role) for ref, role in failed.actors if role == "participant"]


def fold_tolls(mentions: list[Mention]) -> list[Mention]:
    """A count of the dead told in the sentence after an attack, naming no other side (`toll_told_after`), is that
    attack's: folded into it before the article's mentions are grouped, so that a headline told of the attack in
    other words does not keep the two apart."""
    out: list[Mention] = []
    for m in mentions:
        attack = next((a for a in out if toll_told_after(m, a) and compatible(m, a)), None)
        if attack is None:
            out.append(m)
            continue
        fill_quantities(attack.quantities, m.quantities)
        attack.mentions.append((m.doc_start, m.doc_end, m.sentence.text))
    return out


def pool_sentence(mentions: list[Mention]) -> list[Mention]:
    """Triggers of one type in one sentence ("conducted an airstrike and attacked") are one event: pool them. One told
    as befalling people in another (`befell_in`) is pooled with that one alone, on its day."""
    out: list[Mention] = []
    host = {id(m): h for m in mentions for h in mentions if befell_in(m, h)}
    into: dict[int, Mention] = {}  # the mention each one was pooled into (itself, where it stands)
    for m in mentions:
        same = into.get(id(host[id(m)])) if id(m) in host else None
        same = same or next((into[id(x)] for x in mentions if id(x) in into and host.get(id(x)) is m), None)
        same = same or next((o for o in out if o.doc_start == m.doc_start and o.type == m.type and
                             o.negated == m.negated and
                             (o.type != "prisoner_exchange" or of_bodies(o) == of_bodies(m)) and (truce_halves(o, m) or
                          not opposed(o, m) and (not o.status or not m.status or o.status == m.status or
                                                 brokered_then_done(o, m)) and
                          not dated_apart(o, m) and not met_apart(o, m) and not sequenced(o, m) and
                          not sequenced(m, o) and not answered_in(o, m) and not answered_in(m, o) and
                          not crossed(o, m) and on_the_attackers(o) == on_the_attackers(m) and
                          (not o.codes() or not m.codes() or o.codes() & m.codes() or id(m) not in host and (
                              complementary(o, m) or talks_sides(o, m))))), None)
        into[id(m)] = same or m
        if same is None:
            out.append(m)
            continue
        same.pooled |= {m.lemma} | m.pooled
        hosting = any(host.get(id(x)) is m and into.get(id(x)) is same for x in mentions)
        if hosting:
            same.within |= {m.lemma}  # ("killed … in fighting that began on July 25": the fighting's toll)
        if truce_halves(same, m):
            same.status = "agreed"
            same.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in same.actors]
            m.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in m.actors]
        for ref, role in m.actors:
            if not any(r.code == ref.code and rl == role for r, rl in same.actors):
                same.actors.append((ref, role))
        if not same.status or m.status and m.strength > same.strength:
            same.status = m.status  # ("Russia freed 215 fighters in a prisoner swap brokered by Turkey": the freeing
            # says more than the word "swap" with its broker)
        same.strength = max(same.strength, m.strength)
        same.date = same.date or m.date
        if id(m) in host and host[id(m)].date is not None:
            same.date = host[id(m)].date  # (killed "in Israel's Sept. 27 strike": on the strike's day)
        elif hosting and m.date is not None:
            same.date = m.date
        if same.place is None or same.place.lat is None and m.place is not None and m.place.lat is not None:
            same.place = m.place  # "… at Ukraine, and a strike on the city of Dnipro": the city says more
        fill_quantities(same.quantities, m.quantities)
        same.actors = without_self_targets(same.actors)
        if hosting and m.lemma in CLASHES:
            same.actors = killed_by_the_other_side(same.actors)
    return out


def killed_by_the_other_side(actors: list) -> list:
    """ "44 police commandos were killed … in a clash with MILF and BIFF fighters": where the dead are one side's and
    the clash names only the other side, that side killed them (initiators, not the clash's participants)."""
    targets = {ref.code for ref, role in actors if role == "target"}
    sides = {ref.code for ref, role in actors if role == "participant"}
    if not targets or not sides or sides & targets or any(role == "initiator" for _, role in actors):
        return actors
    return [(ref, "initiator" if role == "participant" else role) for ref, role in actors]


ATTACKERS = {"attacker", "assailant", "raider", "gunman", "insurgent"}


def on_the_attackers(m: Mention) -> bool:
    """Is the attack told as turned on those who made another ("had repelled the assault and that air strikes had
    killed dozens of the attackers": the army's strikes, not the assault)?"""
    root = m.trigger.root
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else root
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return m.type == "attack" and any(o.lemma_.lower() in ATTACKERS and any(
        d.dep_ == "det" and d.lower_ == "the" for d in o.children) for o in objects)


def same_told_day(a: Mention, b: Mention) -> bool:
    """Are both told on one day, each by a date of its own (not the report's day taken for it)?"""
    return a.date is not None and b.date is not None and not (a.date.inferred or b.date.inferred) and \
        a.date.precision == b.date.precision == "day" and a.date.start[:10] == b.date.start[:10]


def befell_in(a: Mention, b: Mention) -> bool:
    """Is `a` told as befalling people in the event `b` names: "Nasrallah and a general, both killed in Israel's strike
    on Beirut" (one attack, whatever else the sentence tells: "Iran fired the missiles to avenge …")?"""
    return a is not b and a.type == b.type and a.doc_start == b.doc_start and (any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and b.trigger.root in c.children
        for c in a.trigger.root.children) or a.type == "agreement" and any(
        c.dep_ == "prep" and c.lower_ == "under" and b.trigger.root in c.children
        for v in [a.trigger.root, *list(a.trigger.root.ancestors)[:3]] for c in v.children) or toll_since(a, b))
    # ("Under a protocol signed by their foreign ministers, Russia and Turkey agreed to set up a corridor": the step
    # agreed under the deal is the deal)


OUTBREAK = {"begin", "start", "erupt", "break", "flare"}


def toll_since(a: Mention, b: Mention) -> bool:
    """ "24 people have been killed and 87 wounded since the fighting began on Wednesday": the count of the fighting
    since its first day, told by a clause on it."""
    root = b.trigger.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.lemma_.lower() not in OUTBREAK or \
            not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    node = verb.head
    while node.i != a.trigger.root.i and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # ("killed and 87 wounded since …": the clause hung on the last of the counts)
    return node.i == a.trigger.root.i and bool(a.quantities.keys() & {"killed", "injured"})


def met_apart(a: Mention, b: Mention) -> bool:
    """Talks in two cities are two rounds: "held talks in Istanbul …, after a first round in Doha"."""
    return a.type == "talks" and a.place is not None and b.place is not None and a.place.name != b.place.name


def talks_sides(a: Mention, b: Mention) -> bool:
    """ "Zelenskiy said he would wait for Putin in Turkey for direct talks, after Putin proposed resuming
    negotiations": the talks each side of one sentence names, one side each, are the talks between them."""
    return a.type == b.type == "talks" and a.status == b.status and \
        len(a.codes(("participant",))) == len(b.codes(("participant",))) == 1 and len(a.codes()) == len(b.codes()) == 1


def brokered_then_done(a: Mention, b: Mention) -> bool:
    """ "Russia freed 215 fighters in a prisoner swap brokered by Turkey": a deal word whose only status is its
    broker's (agreed, as a modifier) and the act told in the same sentence are one event."""
    weak, strong = (a, b) if a.strength <= b.strength else (b, a)
    return weak.strength <= 1 and weak.status == "agreed" and strong.status in ("carried_out", "in_effect", "signed")


def affinity(m: Mention, group: list[Mention]) -> tuple:
    """How well a mention fits a group it is compatible with: the same status, the same parties, the same word;
    of equals, the earliest group."""
    codes = frozenset().union(*(o.codes() for o in group))
    told = [o.doc_start for o in group if o.doc_start < m.doc_start]
    near = -(m.doc_start - max(told)) if m.type == "attack" and m.definite and told else 0  # "the attack": the one
    # told last before it ("… a truck bomb caused the blast … Kyiv has not said it carried out the attack")
    lead = -min(o.doc_start for o in group) if m.kind == "headline" else 0  # a headline restates the lead: of
    # groups as fit, the one told first ("agree open-ended truce", the truce agreed "on Tuesday", not the 72-hour pause
    # of Aug. 1 told further down)
    return (any(o.status == m.status for o in group), len(m.codes() & codes), any(o.lemma == m.lemma for o in group),
            near, lead)


# An agreement status, as the truce the deal is ("the deal was signed": the truce was agreed).
CEASEFIRE_STATUSES = {"agreed": "agreed", "signed": "agreed", "implemented": "in_effect", "ended": "ended",
                      "rejected": "rejected", "proposed": "proposed"}


SEALING = {"sign", "reach", "strike", "seal", "conclude", "broker"}  # verbs that make a deal


def bare_deal(m: Mention) -> bool:
    """ "the deal", "the agreement": a deal word that refers back, with nothing of its own ("the grain deal", "the
    deal on prisoners" are deals of their own)."""
    root = m.trigger.root
    if m.type == "agreement" and root.pos_ in ("VERB", "AUX") and m.lemma != root.lemma_.lower() and \
            m.lemma in DEAL_WORDS:
        return True  # "Officers of the two sides had initialled it": the deal "it" stands for, told before
    restating = root.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    if m.type != "agreement" or root.lemma_.lower() not in DEAL_WORDS or not (m.definite or restating):
        return False  # ("signed a permanent ceasefire …, a deal the UN said …": the appositive names it again)
    such = any(c.lower_ == "such" for c in root.children)  # "the first such deal in six years": the one just told
    if titled_deal(root):
        return False  # "to sign the Agreement on a Firm and Lasting Peace", whose "on" the parser hung on the verb
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SEALING and
           any(t.ent_type_ == "DATE" for t in c.subtree) for c in root.children):
        return False  # "The deal the United States signed with the Taliban in Doha on Feb. 29": a deal of its own day
    return not any(c.dep_ in ("amod", "compound", "nmod") and not such and not counted_points(c) or
                   c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "over") and not told_through(c)
                   for c in root.children)


def titled_deal(root: Token) -> bool:
    """Is the deal word the head of a deal's title ("the Agreement on a Firm and Lasting Peace")?"""
    doc = root.doc
    return root.i > root.sent.start and root.text[:1].isupper() and root.i + 2 < len(doc) and \
        doc[root.i + 1].lower_ in ("on", "for", "of") and any(
            t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[root.i + 2:root.i + 5])


def counted_points(word: Token) -> bool:
    """ "the 12-point protocol": how many points the text has, which names no other deal."""
    return word.lemma_.lower() == "point" and any(c.dep_ == "nummod" for c in word.children)


MEDIA = {"platform", "media", "medium", "account", "television", "radio", "website", "site", "network", "channel",
         "page"}


def told_through(prep: Token) -> bool:
    """ "announced the agreement on his social media platform": where it was told, hung on the deal word, not what the
    deal is on."""
    return prep.lower_ == "on" and any(g.lemma_.lower() in MEDIA for g in prep.children if g.dep_ == "pobj")


def deal_is_the_truce(m: Mention, earlier: list[Mention]) -> bool:
    """ "A ceasefire took effect … The deal, brokered by …": a bare definite deal after a truce is that truce."""
    return bare_deal(m) and told_deal_type(m, earlier) == "ceasefire"


def told_deal_type(m: Mention, earlier: list[Mention]) -> str:
    """What a bare deal word refers back to: the deal named before by the same word ("signed a peace accord … Under
    the accord"), else the nearest deal before it, itself read back if bare ("… signed an agreement with Damascus.
    Abdi and al-Sharaa signed the deal on March 10" is that agreement, whatever truce came first; "Under the accord,
    … has rejected the deal": the accord, not the cessation of hostilities told between)."""
    if not bare_deal(m):
        return m.type
    before = [e for e in earlier if e.type in ("ceasefire", "agreement") and e.topic == m.topic and
              e.section == m.section and (e.doc_start, e.trigger.start) < (m.doc_start, m.trigger.start)]
    # (not a deal of a briefing's other item, nor of a page's other correction)
    named = next((e for e in reversed(before) if not bare_deal(e) and e.lemma == m.lemma), None)
    if named is not None:
        return named.type
    first = next((e for e in before if e.lemma == m.lemma), None)
    if first is not None and not [e for e in before if e.doc_start < first.doc_start]:
        return first.type  # ("reached the agreement at Stormont … the IRA's ceasefire … Voters approved the
        # agreement": the deal the article began with, named by the same word, whatever truce came between)
    nearest = before[-1] if before else None
    if (made := made_by_the_talks_between(m, nearest, earlier, before)) is not None:
        return made.type
    return told_deal_type(nearest, before) if nearest is not None else m.type


def made_by_the_talks_between(m: Mention, nearest: Mention | None, earlier: list[Mention],
                              before: list[Mention]) -> Mention | None:
    """ "The Cessation of Hostilities Agreement, signed in Geneva in December 2002, lasted five months … within a month
    both sides were sitting down in Finland … The deal gave GAM until the end of the year": talks told after the
    nearest deal, and before the bare deal word, point it to the one deal of their sides told as made after them (the
    peace agreement the article opened with), not back to a deal of years before."""
    talks = [t for t in earlier if t.type == "talks" and t.status == "held" and t.date is not None and
             not t.date.inferred and t.topic == m.topic and t.section == m.section and
             (nearest is None or t.doc_start > nearest.doc_start) and t.doc_start < m.doc_start]
    if not talks or len(sides := talks[-1].codes(("participant",))) < 2:
        return None
    made = [e for e in before if e.date is not None and not e.date.inferred and
            e.codes(("participant",)) == sides and e.date.start[:10] >= talks[-1].date.start[:10]]
    return made[0] if len(made) == 1 else None


TRUCE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice"}


def named_a_truce(m: Mention) -> bool:
    """ "sign the Minsk Protocol, a 12-point ceasefire deal": a deal its apposition calls a truce is that truce."""
    return m.type == "agreement" and any(
        c.dep_ == "appos" and (c.lemma_.lower() in TRUCE_WORDS or any(
            g.dep_ in ("compound", "amod") and g.lemma_.lower() in TRUCE_WORDS for g in c.children))
        for c in m.trigger.root.children)


def purpose_of(m: Mention) -> set[int]:
    """The words of what a deal is made for: "signed a memorandum … to set up four de-escalation zones in Syria, where
    government and rebel forces are to stop fighting" (a deal for a truce is that truce)."""
    root = m.trigger.root
    return {t.i for v in ({root, root.head} if root.dep_ == "dobj" else {root}) for c in v.children
            if c.dep_ in ("acl", "advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for t in c.subtree}


def deal_on_truce(m: Mention, mentions: list[Mention]) -> bool:
    """ "the agreement reached today between Thailand and Cambodia on an immediate ceasefire": a deal whose subject
    is a truce told in its own phrase is that truce."""
    root = m.trigger.root
    heads = {root.i, *(c.i for c in root.children if c.dep_ in ("acl", "relcl"))}
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("sign", "reach", "conclude"):
        heads.add(root.head.i)  # "sign an agreement in Moscow on a ceasefire and a security zone": the "on" the
        # parser hung on the verb (a truce word told as the deal's topic makes no mention of its own)
    truces = [e.trigger.root for e in mentions if e.type == "ceasefire" and e.doc_start == m.doc_start] + [
        s.root for s in root.doc.spans.get(TRIGGERS, []) if s.label_ == "ceasefire" and s.root.sent == root.sent]
    return m.type == "agreement" and (any(truce.i in purpose_of(m) for truce in truces) or any(
        truce.dep_ == "pobj" and truce.head.lower_ in ("on", "for", "to") and truce.head.head.i in heads or
        truce.dep_ == "relcl" and truce.head.i == root.i or sets_the_truce(m, truce) for truce in truces))
    # ("the agreement that stopped the fighting on the Dniester": the deal that is the truce, told by what it did)
    # ("the agreement the two sides signed in Jeddah on 20 May to a short-term ceasefire")


def sets_the_truce(m: Mention, truce: Token) -> bool:
    """ "Signed at Sapoá … on 23 March 1988, the agreement set a sixty-day ceasefire", "signed the Itamaraty Peace
    Declaration …; it provided for a ceasefire": the truce a deal sets, told as what the deal (or "it" on the clause
    after its signing) does."""
    verb = truce.head if truce.dep_ == "dobj" else truce.head.head if (
        truce.dep_ == "pobj" and truce.head.lower_ == "for") else None
    if verb is None or verb.lemma_.lower() not in SETTING_A_TRUCE:
        return False
    root = m.trigger.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.i == root.i or subject.lower_ in ("it", "which", "that") and (
        verb.dep_ == "conj" and verb.head.i == root.head.i and root.dep_ == "dobj" or
        verb.dep_ == "relcl" and verb.head.i == root.i))


PLAN_WORDS = {"plan", "proposal", "offer", "initiative"}
# A plan's status, as the truce the plan is ("the plan was agreed by Medvedev and Sarkozy": the truce was agreed).
PLAN_STATUSES = {"proposed": "proposed", "accepted": "accepted", "rejected": "rejected"}


def plan_of_the_truce(m: Mention, earlier: list[Mention]) -> bool:
    """ "Saakashvili signed a French-brokered ceasefire plan … The six-point plan was agreed in Moscow on Tuesday":
    a definite plan word after a truce told as a plan ("ceasefire plan") is that truce's plan, told again."""
    root = m.trigger.root
    if m.type != "proposal" or m.lemma not in PLAN_WORDS or not m.definite or any(
            c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "over") for c in root.children):
        return False
    if any(e.type == "ceasefire" and e.trigger.root.dep_ == "compound" and
           e.trigger.root.head.lemma_.lower() == m.lemma and e.doc_start < m.doc_start for e in earlier):
        return True
    told = [e for e in earlier if e.type in ("ceasefire", "proposal") and told_at(e) < told_at(m)]
    return m.lemma == "proposal" and bool(told) and max(told, key=told_at).type == "ceasefire" and \
        max(told, key=told_at).status == "proposed"  # "proposed … a full ceasefire for thirty days. Ukraine is ready
    # to accept this proposal": the truce just proposed


def accepting_side(m: Mention) -> set[str]:
    """Who the sentence says accepts the deal: the subject of "accept", or whom a verb of persuading moves to
    ("helped persuade Tehran to accept the deal")."""
    verb = m.trigger.root.head if m.trigger.root.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() != "accept":
        return set()
    who = [c for c in verb.children if c.dep_ == "nsubj"] or (
        [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else [])
    ids = {t.i for c in who for t in c.subtree}
    return {span.label_ for span in m.sentence.doc.spans.get(ACTORS, []) if span.start in ids}


def persuaders(m: Mention) -> list[ActorRef]:
    """Who "helped persuade" or "pressed" the side that accepts the deal: the subject of that verb (or of the verb
    it completes)."""
    verb = m.trigger.root.head
    if verb.dep_ != "xcomp":
        return []
    verbs = [v for v in verb.ancestors if v.pos_ in ("VERB", "AUX")][:2]  # ("persuade", or "helped persuade")
    if not verbs or verbs[0].lemma_.lower() not in CAUSING:
        return []
    heads = verbs + [a for v in verbs for a in v.children if a.dep_ == "aux"]  # ("Qatar helped persuade", the
    # subject hung on "helped")
    ids = {t.i for v in heads for c in v.children if c.dep_ == "nsubj" for t in c.subtree}
    book = actor_book()
    return [ActorRef(span.label_, span.text, "state" if span.label_ in book.states else "organisation")
            for span in m.sentence.doc.spans.get(ACTORS, []) if span.start in ids]


TERMS = {"term", "deal", "agreement", "accord", "truce", "ceasefire"}


def under_the_terms(m: Mention) -> bool:
    """Is the truce told by what a side will do "under the terms" told before ("Under the terms Egypt brokered,
    Israel will halt strikes on Gaza")?"""
    verb = m.trigger.root if m.trigger.root.pos_ == "VERB" else m.trigger.root.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # ("… and the factions will stop firing")
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in TERMS and any(d.dep_ in ("det", "poss") and d.lower_ in (
            "the", "its", "their", "this") for d in g.children) for g in c.children) for v in verbs
        for c in v.children)


def terms_of_the_truce(mentions: list[Mention]) -> None:
    """ "sign an agreement in Moscow on a ceasefire and a security zone along the Dniester": a deal word joined to the
    truce a deal is made on is a term of that truce, no deal of its own. So is what a side will stop doing under the
    terms of the truce the article told as agreed: that truce, whoever the sentence names."""
    for n, m in enumerate(mentions):
        told = [o for o in mentions[:n] if o.type == "ceasefire" and o.status == "agreed" and o.codes()]
        if m.type == "ceasefire" and m.status in ("agreed", "announced", "in_effect") and under_the_terms(m) and told:
            m.status, m.actors = "agreed", list(told[-1].actors)  # ("the Palestinian factions" there are the sides
            # told before)
            continue
        truce = m.trigger.root.head
        if m.type == "agreement" and m.trigger.root.dep_ == "conj" and m.status in (None, "agreed", "signed") and \
                truce.dep_ == "pobj" and truce.head.lower_ == "on" and any(
                    s.label_ == "ceasefire" and s.root.i == truce.i for s in truce.doc.spans.get(TRIGGERS, [])) and \
                truce.head.head.lemma_.lower() in ("sign", "agree", "reach", "agreement", "deal", "accord"):
            m.type, m.status = "ceasefire", "agreed"


def retype_deals(mentions: list[Mention]) -> None:
    for n, m in enumerate(mentions):
        if plan_of_the_truce(m, mentions[:n]) and (m.cls in ("agree", "sign") or m.status in PLAN_STATUSES):
            m.type = "ceasefire"
            m.status = "agreed" if m.cls in ("agree", "sign") else PLAN_STATUSES[m.status]
            continue
        if m.status in CEASEFIRE_STATUSES and (deal_is_the_truce(m, mentions[:n]) or deal_on_truce(m, mentions) or
                                               named_a_truce(m)):
            for other in mentions:
                if other.type == "ceasefire" and other.doc_start == m.doc_start and (
                        other.trigger.root.dep_ == "relcl" and other.trigger.root.head.i == m.trigger.root.i or
                        other.trigger.root.i in purpose_of(m) or sets_the_truce(m, other.trigger.root)):
                    other.status = "agreed"  # ("the agreement that stopped the fighting": what the deal did, told
                    # with it; so is the truce the deal is for, or sets, whose signers are the ones named)
                    if other.trigger.root.i in purpose_of(m) or sets_the_truce(m, other.trigger.root):
                        other.actors = list(m.actors)
            accepting = accepting_side(m) if m.cls == "accept" else set()
            m.type, m.status = "ceasefire", "violated" if m.cls == "violate" else "accepted" if (
                len(accepting) == 1) else CEASEFIRE_STATUSES[m.status]
            if m.status == "accepted":  # ("helped persuade Tehran to accept the deal": one side's yes to the truce,
                # which whoever persuaded it brokered)
                m.actors = [(ref, "initiator" if ref.code in accepting else role) for ref, role in m.actors
                            if ref.code in accepting or role not in ("participant", "initiator")]
                m.actors += [(ref, "mediator") for ref in persuaders(m) if ref.code not in m.codes(("mediator",))]
            # (a deal violated ends as a deal; the truce it is goes on, broken: "both sides had violated the deal")


def announced_by_both(mentions: list[Mention]) -> None:
    """ "A second humanitarian truce … was announced by the foreign ministries of both countries": a truce each camp
    of a war declares, the one with the other, is agreed between them, not two declarations."""
    for m in mentions:
        sides = m.codes(("initiator",))
        day = m.date.start[:10] if m.date is not None else m.story_day
        if m.type != "ceasefire" or m.status != "announced" or len(sides) < 2 or not day or m.negated or \
                m.codes(("participant", "target", "mediator")):
            continue
        if any(enemies_on(code, day[:10]) & sides for code in sides):
            m.status = "agreed"
            m.actors = [(ref, "participant") for ref, _ in m.actors]


def brokered_by_a_convener(m: Mention) -> None:
    """ "the two-month truce announced by the UN envoy", "Its Cessation of Hostilities Agreement" (the Henry Dunant
    Centre's): a body that convenes talks declares, keeps or makes no truce of its own; the truce it speaks for is
    one it brokered, between the sides."""
    if m.type != "ceasefire" or m.status not in ("announced", "in_effect", "agreed"):
        return
    codes, conveners = m.codes(), actor_book().conveners
    if codes and codes <= conveners:
        m.actors = [(ref, "mediator" if ref.code in codes else role) for ref, role in m.actors]
    if m.status == "announced" and not m.codes() and m.codes(("mediator",)) & conveners:
        m.status = "agreed"


def mediators_announcing(mentions: list[Mention]) -> None:
    """ "Qatar's prime minister announced the agreement in Doha", after "a ceasefire … mediated by Qatar": the
    mediator speaks for the deal it brokered, at home; it is no party to it, and Doha is not where it holds. A third
    party that announces the truce two sides agreed brokered it."""
    for n, m in enumerate(mentions):
        codes = m.codes()
        if not m.definite or not codes:
            continue
        earlier = [e for e in mentions[:n] if e.section == m.section and e.topic == m.topic]  # (a briefing's other
        # stories tell other truces: "BISHKEK — … The ceasefire was agreed on Friday … YEREVAN — … announced the truce")
        if any(e.type == m.type and codes <= e.codes(("mediator",)) for e in earlier):
            m.actors = [(ref, "mediator") for ref, _ in m.actors]
            if m.place is not None and m.place.country in codes:
                m.place = None
            continue
        made = next((e for e in earlier if e.type == m.type and m.type in ("ceasefire", "agreement") and
                     (e.status == "agreed" or e.status == "in_effect" and m.status == "agreed") and
                     len(e.codes(("participant",))) >= 2 and
                     not codes & e.codes(("participant",))), None)  # (also "Guterres flew in for the last day and
        # announced the agreements himself", after the agreements between the government and the Houthis)
        if made is not None and (m.status == "announced" or m.cls == "announce"):
            # "India and Pakistan agreed to a ceasefire … Trump had earlier announced the truce": a third party
            # that announces the truce two sides agreed brokered it; so does one that announced "the deal" that
            # holds between them ("The truce took effect … Biden announced the deal from the White House")
            m.status, m.actors = "agreed", [(ref, "mediator") for ref, _ in m.actors]
            made.actors += [(ref, "mediator") for ref, _ in m.actors if ref.code not in made.codes()]
            continue
        extended = next((e for e in earlier if e.type == m.type == "ceasefire" and
                         e.status == m.status == "extended" and e.codes(("participant",)) and
                         not codes & e.codes()), None)
        if extended is not None and codes <= actor_book().organisations:
            # "the delegation agreed to extend the truce, after communications with the United Nations … The U.N.
            # envoy had announced the extension": the body that speaks for the sides' extension brokered it
            m.actors = [(ref, "mediator") for ref, _ in m.actors]
            extended.actors += [(ref, "mediator") for ref, _ in m.actors if ref.code not in extended.codes()]


SOON_AFTER = re.compile(r"(?:within|only|just) (?:hours|minutes)\b(?! of)|(?:(?:only|just) )?(?:hours|minutes) later\b",
                        re.I)


GOING_ON_VERBS = {"continue", "persist", "resume"}  # fighting that went on past a truce


def went_on_past_a_truce(attack: Mention) -> Span | None:
    """ "Armenia said the shelling continued after it was meant to take effect", "fighting went on despite the
    truce": the words that set an attack going on past a truce, if the sentence has them."""
    verb = attack.trigger.root.head
    if attack.trigger.root.dep_ != "nsubj" or verb.lemma_.lower() not in GOING_ON_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "despite") for m in c.children) and (
                any(t.lemma_.lower() in TRUCE_WORDS for t in c.subtree) or
                any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "it" for s in c.children) and
                any(t.lemma_.lower() == "effect" for t in c.subtree)):
            return attack.sentence.doc[verb.i:c.right_edge.i + 1]
        if c.dep_ == "prep" and c.lower_ in ("despite", "after") and any(
                g.lemma_.lower() in TRUCE_WORDS for g in c.subtree):
            return attack.sentence.doc[verb.i:c.right_edge.i + 1]
    return None


def broken_within_hours(mentions: list[Mention]) -> list[Mention]:
    """ "A permanent ceasefire … took effect at midnight on Saturday. Within hours the army and the SPLA-IO accused
    each other of attacking positions near Wau": fighting the next sentence tells as coming hours after a truce took
    effect breaks it. A violation by the attack's sides, on its day, is added where no sentence says so."""
    added = []
    truce_told = any(o.type == "ceasefire" for o in mentions)
    for attack in mentions:
        past = went_on_past_a_truce(attack) if attack.type == "attack" and truce_told else None
        if past is not None:  # "the shelling continued after it was meant to take effect": the truce broken, by
            # whoever shelled (not by the side that says so)
            breakers = [(ref, "initiator") for ref, role in attack.actors if role in ("initiator", "participant")
                        and ref.code != attack.claimed_by]
            told = [o for o in mentions if o.type == "attack" and o.doc_start < attack.doc_start and
                    o.lemma[:4] == attack.lemma[:4] and o.codes(("initiator",))]
            if not breakers and told:  # "the shelling" told again: whoever shelled before
                breakers = [(ref, "initiator") for ref, role in told[-1].actors if role == "initiator"]
            added.append(replace(attack, type="ceasefire", status="violated", cls=None, trigger=past,
                                 actors=breakers, quantities={}, mentions=[], inherited=set(), strength=2,
                                 presupposed=False))
            continue
        lead = SOON_AFTER.match(attack.sentence.text)
        if attack.type != "attack" or lead is None or any(
                o.type == "ceasefire" and o.doc_start == attack.doc_start for o in mentions):
            continue
        truce = next((o for o in mentions if o.type == "ceasefire" and o.status == "in_effect" and
                      o.sentence.doc is attack.sentence.doc and o.sentence.end == attack.sentence.start), None)
        if truce is None:
            continue
        doc = attack.sentence.doc
        words = doc.char_span(attack.sentence.start_char + lead.start(), attack.sentence.start_char + lead.end(),
                              alignment_mode="expand")
        breakers = [(ref, "initiator") for ref, role in attack.actors if role in ("initiator", "participant")]
        added.append(replace(attack, type="ceasefire", status="violated", cls=None, trigger=words, actors=breakers,
                             quantities={}, mentions=[], inherited=set()))
    return mentions + added


LIFTING = {"lift", "ease", "remove", "end", "scrap"}


def lifting_demanded(mentions: list[Mention]) -> list[Mention]:
    """ "Abdulsalam said the Saudi-led coalition must first lift its air and sea blockade": a lifting one side says
    the other must carry out is its demand of that side, not a sanction lifted nor one called for."""
    out: list[Mention] = []
    for m in mentions:
        verb = m.trigger.root.head
        if m.type != "sanction" or m.trigger.root.dep_ != "dobj" or verb.lemma_.lower() not in LIFTING or not any(
                c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children):
            out.append(m)
            continue
        if m.status == "called_for":  # (the reading that names who is to lift it, "lifted", is dropped)
            lifters = {ref.code: ref for o in mentions if o.trigger.root.i == m.trigger.root.i and
                       o.doc_start == m.doc_start and o.status == "lifted" for ref, role in o.actors
                       if role == "initiator"}
            m.type, m.status = "demand", "made"
            m.actors = [(ref, role) for ref, role in m.actors if role == "initiator"] + [
                (ref, "target") for ref in lifters.values()]
            out.append(m)
    return out


def merge(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one event become one: the richest is kept and filled from the others."""
    mentions = lifting_demanded(broken_within_hours(mentions))
    retype_deals(mentions)
    terms_of_the_truce(mentions)
    mediators_announcing(mentions)
    announced_by_both(mentions)
    lapsed_unextended(mentions)
    ordered_and_done(mentions)
    dated_by_its_venue(mentions)
    collapsed_amid_blame(mentions)
    hit_back(mentions)
    answer_threatened(mentions)
    fought_by_the_doer(mentions)
    mentions = fold_tolls(pool_sentence(mentions))
    timeline = told_as_timeline(mentions)
    groups: list[list[Mention]] = []
    # Mentions that say most found the groups; bare ones ("the talks", a headline) then join the best fit.
    for m in sorted(mentions, key=lambda m: (not m.status, m.type == "attack" and m.definite and (
            not m.codes() or m.lemma in referring_words() and m.date is None),
                                             -len(m.codes()), -m.strength,
                                             m.doc_start)):  # (a bare "the attack" once what it may refer to is in)
        fits = [g for g in groups if all(compatible(m, other) for other in g)]
        if fits:
            max(fits, key=lambda g: affinity(m, g)).append(m)
        else:
            groups.append([m])
    merged = []
    for group in groups:
        if all(m.kind == "headline" for m in group):
            continue  # a headline restates the body; alone, it is too terse to stand as a record
        final = outcome([m.status for m in group if not m.negated or all(o.negated for o in group)])
        # (what did happen tells the event: "talks in Cairo ended on Tuesday … Hamas did not attend the meeting" are
        # talks held, though not by Hamas; "Kosovo and Serbia have agreed on the annex … The parties did not sign
        # the text" is a deal agreed, not signed)
        best = max((m for m in group if final is None or m.status == final), key=lambda m: (
            not m.negated, not opens_round(m), richness(m, timeline)))  # (talks told by the day they opened are the
        # round told on its last day: "The talks, which opened on June 28, …" after "Talks … collapsed on Friday")
        opened = [o for o in group if o is not best and opened_on(o) and best.date is not None and
                  not best.date.inferred and o.date.start[:10] < best.date.start[:10] and
                  after_phrase(best.trigger) is not None]
        if opened:  # ("after a month of direct talks" ending in a signing on March 4, and "The talks opened … on
            # February 5": one round, from the day it opened to the day told of it)
            best.date = When(start=opened[0].date.start[:10], end=best.date.start[:10], precision="day",
                             text=opened[0].date.text)
        if made_at(best):  # ("agreed to a ceasefire at talks in China", then "Delegations … met in Kunming on
            # Wednesday and Thursday": the talks told by their own verb)
            best = max((m for m in group if m.trigger.root.pos_ == "VERB" and m.status == best.status and
                        not m.negated), key=lambda m: richness(m, timeline), default=best)
        # the sides whose counts the total holds, as each mention told them (before others' actors join best)
        counted = [releasers(best)] if "prisoners_total" in best.quantities else []
        sideless = not best.codes()
        for other in sorted(group, key=lambda x: x.doc_start):
            if other is best:
                continue
            if (best.date is None or best.date.inferred) and other.date and not other.date.inferred and \
                    not answered(other):
                best.date = other.date
            elif best.date and other.date and not other.date.inferred and \
                    len(other.date.start) > len(best.date.start) and other.date.start.startswith(best.date.start):
                best.date = other.date  # "signed last month" and "signed on October 26": the day within the month
            if other.place is not None and (best.place is None or best.place.country is None and other.place.country):
                best.place = other.place  # ("in the Red Sea resort", a sea of no one country, and the headline's
                # "Sharm el-Sheikh summit": Egypt)
            if "prisoners_total" in other.quantities and other.status == best.status:
                if counted and releasers(other) and all(c and not c & releasers(other) for c in counted) and \
                        "prisoners_total" in best.quantities:
                    given = other.quantities["prisoners_total"]
                    if len(counted) == 1:  # the other side's half of the swap: as many a side, or the two added
                        best.quantities.update(counted_halves(best.quantities.pop("prisoners_total"), given))
                    else:
                        best.quantities["prisoners_total"] += given  # a third side's
                    counted.append(releasers(other))
                elif not counted:
                    counted.append(releasers(other))
            if best.status != "threatened" or other.status == "threatened":
                fill_quantities(best.quantities, other.quantities)  # (a threat has no toll of its own)
            best.proposed_by = best.proposed_by or other.proposed_by
            if not best.status or best.strength <= 1 and other.strength > best.strength and \
                    (best.negated or not other.negated):  # (what did not happen is no firmer status of what did)
                best.status, best.strength = other.status, other.strength
            halves = complementary(best, other)  # one told who did it, the other whom it hit
            halves = halves or best.type == "attack" and other.kind == "headline" and best.codes() < other.codes() \
                and not best.unnamed_doer
            halves = halves or best.type in ("ceasefire", "agreement") and other.definite and \
                told_at(other) > told_at(best) and best.codes(("participant",)) < other.codes(("participant",))
            # ("… signed a ceasefire … Kuchma, Russia's ambassador and the rebel leaders signed the protocol": the
            # deal told again, with more of its sides)
            halves = halves or same_round(best, other)  # (a round, each telling naming some of its sides)
            halves = halves or best.type == "attack" and same_told_day(best, other) and \
                not best.codes(("target",)) and best.codes(("initiator",)) == other.codes(("initiator",))
            # ("NATO began bombing on 24 March 1999" and the question it answers, which names whom NATO bombed)
            # ("Kosovo police officer killed in attack by Serb gunmen": the headline names whose gunmen they were)
            for ref, role in other.actors if other.negated == best.negated else []:
                if (role == "mediator" or halves or sideless) and not any(r.code == ref.code for r, _ in best.actors):
                    # (where the mention that says most names no side, the sides another names: "… after talks
                    # mediated by China. The two sides met in Kunming")
                    best.actors.append((ref, role))
            best.mentions.append((other.doc_start, other.doc_end, other.sentence.text))
        merged.append(best)
    return sorted(merged, key=lambda m: m.doc_start)


# Events that stand as records on a specific mention alone ("the relentless airstrikes by the coalition", "the
# embargo", "this nuclear agreement"). Demands, talks, proposals and the rest need a party, place, date or number:
# "traditional elders demanded …" is no record a user can place.
SELF_STANDING = {"attack", "sanction", "agreement"}


def charged_with_the_act(mentions: list[Mention]) -> None:
    """ "Mali's military government has broken off diplomatic relations with Ukraine, accusing Kyiv of backing the
    rebels": a charge told by a participle on an act is made with the act, on its day."""
    for m in mentions:
        root = m.trigger.root
        if m.type != "accusation" or m.date is not None and not m.date.inferred or root.tag_ != "VBG" or \
                root.dep_ not in ("advcl", "xcomp"):
            continue
        act = next((o for o in mentions if o is not m and o.type != "accusation" and o.trigger.doc is root.doc and
                    root.head.i in (o.trigger.root.i, o.trigger.root.head.i) and o.date is not None and
                    not o.date.inferred), None)
        if act is not None:
            m.date = act.date


ANSWERING = {"reject", "deny", "dismiss", "refute", "rebuff"}


def answered(m: Mention) -> bool:
    """Is the mention "the accusation" another side answers ("Ukraine's foreign ministry on Monday rejected the
    accusation"), or "the fighting" a side denies a role in ("denying any role in the fighting"), whose day is the
    answer's, not the event's?"""
    root = m.trigger.root
    return m.definite and (m.type == "accusation" and root.dep_ == "dobj" and
                           root.head.lemma_.lower() in ANSWERING or
                           root.dep_ == "pobj" and root.head.lower_ == "in" and
                           root.head.head.lemma_.lower() in ("role", "involvement", "part", "hand"))


def blame_clause(m: Mention) -> Token | None:
    """The clause "blamed on …" hung on the attack's word ("an air strike blamed on Syrian government forces")."""
    return next((c for c in m.trigger.root.children if c.dep_ == "acl" and c.lemma_.lower() == "blame" and
                 c.tag_ == "VBN"), None)


def blamed_on(m: Mention) -> set[str]:
    """Whom an attack is blamed on, in a clause on its word: its doers, as the report has it. Also a relative clause
    on it, or on the event it befell in: "Haniyeh was killed in Tehran on July 31 in a blast that Hamas and Iran
    blamed on Israel"."""
    if m.type != "attack":
        return set()
    root = m.trigger.root
    words = [root] + [g for p in root.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
                      for g in p.children if g.dep_ == "pobj"]
    clause = blame_clause(m) or next((c for w in words for c in w.children if c.dep_ == "relcl" and
                                      c.lemma_.lower() == "blame" and any(o.dep_ == "dobj" and o.lower_ in
                                                                          ("that", "which") for o in c.children)),
                                     None)
    if clause is None:
        return set()
    ids = {t.i for c in clause.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree}
    return {s.label_ for s in m.trigger.doc.spans.get(ACTORS, []) if s.root.i in ids}


def blamed_in_the_next_sentence(merged: list[Mention]) -> None:
    """ "… killed in an ambush on 4 June, when rebels killed 18 soldiers. The army blamed the NSCN(K)": an attack whose
    doers its sentence does not name, blamed in the very next sentence on one side, with no other act named, was
    that side's, as the report has it."""
    for a in merged:
        root = a.trigger.root
        blamed = a.codes(("target",))
        if a.type != "accusation" or root.lemma_.lower() != "blame" or len(blamed) != 1 or any(
                c.dep_ == "prep" and c.lower_ in ("for", "on") for c in root.children) or a.sentence.start == 0:
            continue
        before = a.sentence.doc[a.sentence.start - 1].sent
        struck = [m for m in merged if m.type == "attack" and m.trigger.doc is a.trigger.doc and
                  m.sentence.start == before.start]
        if len(struck) != 1 or not (doers := struck[0].codes(("initiator",))) or doers == blamed:
            continue
        named = {s.label_ for s in before.doc.spans.get(ACTORS, []) if before.start <= s.start < before.end}
        if not doers & named:
            struck[0].actors = [(ref, role) for ref, role in struck[0].actors if role != "initiator"] + [
                (ref, "initiator") for ref, role in a.actors if role == "target"]


WITNESSING = {"witness", "attend"}  # "… witnessed the signing", "attended the ceremony"
CEREMONIES = {"signing", "ceremony"}


def witnessed_in_the_next_sentence(merged: list[Mention]) -> None:
    """ "Fujimori and Mahuad signed a peace agreement in Brasilia on Monday … The presidents of Argentina, Brazil and
    Chile and a United States envoy, representing the four guarantor countries, witnessed the signing": those who
    witnessed, in the very next sentence, the signing of the one deal told stood behind it, as its mediators."""
    for m in merged:
        if m.type not in ("agreement", "ceasefire") or m.status not in ("signed", "agreed") or m.negated or \
                m.sentence.end >= len(m.sentence.doc):
            continue
        doc = m.sentence.doc
        after = doc[m.sentence.end].sent
        verb = next((t for t in after if t.lemma_.lower() in WITNESSING and t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CEREMONIES for c in t.children)), None)
        deals = [o for o in merged if o.type in ("agreement", "ceasefire") and o.trigger.doc is doc and
                 o.sentence.start == m.sentence.start]
        if verb is None or len(deals) != 1:
            continue
        who = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        for span in doc.spans.get(ACTORS, []):
            info = info_of(span)
            if span.root.i in who and info.code and info.code not in m.codes():
                m.actors.append((ActorRef(info.code, info.name, info.kind), "mediator"))


def anchored(m: Mention) -> bool:
    """An event record needs a status and something to stand on: the text points at one event ("the airstrikes
    by the coalition", "the embargo"), or names an actor, a place, a date or a number of it. "An attack on one
    ally" names none, and is no record."""
    if not m.status:
        return False
    if m.type == "accusation" and not m.codes(("initiator",)) and m.trigger.root.dep_ == "acl" and \
            m.trigger.root.tag_ == "VBN" and not any(c.dep_ == "agent" for c in m.trigger.root.children):
        return False  # "an air strike blamed on Syrian government forces": the report's word, no one's charge
    sides = bool(m.codes(("initiator", "target", "participant", "mediator")))
    if m.type == "sanction" and m.trigger.root.pos_ == "VERB" and not sides:
        return False  # "flights at Mitiga airport were suspended": a halt no one imposed on anyone is no sanction
    said = sides or m.place is not None or bool(m.quantities) or (m.date is not None and not m.date.inferred)
    return said or (m.type in SELF_STANDING and not m.indefinite and not m.negated)  # ("The fighting never
    # resumed": denied, by no one, of no one, nowhere: no record)


def confidence(m: Mention) -> float:
    score = 0.35 + 0.15 * min(m.strength, 2) / 2 + 0.15 * bool(m.codes())
    score += 0.1 * (m.date is not None and not m.date.inferred) + 0.05 * (m.place is not None)
    score += 0.1 * (m.kind == "body") + 0.05 * (m.modality in ("asserted", "reported"))
    return min(round(score, 3), 0.95)


def broken_where_struck(m: Mention, mentions: list[Mention]) -> Place | None:
    """Where a truce an attack ended or broke was, told in the attack's own sentence ("launched a wave of air strikes
    across the Gaza Strip …, shattering a ceasefire that had largely held since January 19"): the attack's country."""
    if m.type != "ceasefire" or m.status not in ("ended", "violated"):
        return None
    places = {a.place.country for a in mentions if a.type == "attack" and a.place is not None and
              a.segment == m.segment and a.sentence.start == m.sentence.start}
    return gazetteer().country(places.pop()) if len(places) == 1 and None not in places else None


def broken_when_struck(mentions: list[Mention]) -> None:
    """ "It broke its last ceasefire … with a car bomb at Madrid's Barajas airport in December that year": a truce
    broken with an attack its verb names was broken when the attack struck."""
    for m in mentions:
        if m.type != "ceasefire" or m.status not in ("violated", "ended") or \
                m.date is not None and not m.date.inferred:
            continue
        verb = m.trigger.root.head if m.trigger.root.dep_ in ("dobj", "nsubjpass") else m.trigger.root
        means = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "by") for g in p.children
                 if g.dep_ == "pobj" for t in (g, *g.conjuncts)}
        struck = [a for a in mentions if a.type == "attack" and a.trigger.doc is m.trigger.doc and
                  a.trigger.root.i in means and a.date is not None and not a.date.inferred]
        if len(struck) == 1:
            m.date = struck[0].date


def placed_as_told(m: Mention, mentions: list[Mention]) -> Place | None:
    """Where a truce told without a place is, when the article placed the truce of the same two sides before ("have
    agreed to extend their truce in Gaza … The truce, brokered by Qatar, took effect on Friday morning"): there, if
    every such telling agrees."""
    sides = m.codes(("participant",))
    if m.type == "ceasefire" and m.aside and not sides:
        # "The U.N. envoy had announced the extension of the truce, which began on April 2": the truce that began is
        # where the one extended is
        hosts = [o for o in mentions if o is not m and o.type == "ceasefire" and not o.aside and o.place is not None
                 and m.doc_start in {o.doc_start, *(start for start, _, _ in o.mentions)}]
        return hosts[0].place if len(hosts) == 1 else None
    if m.type != "ceasefire" or len(sides) < 2:
        return None
    homes = {actor_book().bases.get(code, code) for code in sides}
    places = {o.place.country for o in mentions if o is not m and o.type == "ceasefire" and o.place is not None and
              o.codes(("participant",)) == sides and o.doc_start < m.doc_start and o.place.country in homes}
    # (not where a truce was agreed abroad: "talks in Moscow … agreed to a humanitarian ceasefire", then "A second
    # humanitarian truce … was announced")
    return gazetteer().country(places.pop()) if len(places) == 1 and None not in places else None


def charges_of_breaking(mentions: list[Mention]) -> list[Mention]:
    """ "Trump says both sides violated it", "the defence ministry said Ukrainian forces had attacked its positions
    1,000 times during the truce": a side's word that another broke the truce is its charge against it, told where
    no accusation of that sentence says so already."""
    book = actor_book()
    out = []
    for m in mentions:
        breakers = m.codes(("initiator",))
        claimer = m.claimed_by
        if m.type != "ceasefire" or m.status != "violated" or not breakers or not claimer or claimer in breakers \
                or not (claimer in book.states or claimer in book.bases or claimer in book.organisations) or any(
                    o.type == "accusation" and o.sentence.start == m.sentence.start and
                    o.sentence.doc is m.sentence.doc and claimer in o.codes(("initiator",)) for o in mentions):
            continue  # (an accusation the sentence tells by another side's word is that side's: "India says
            # Pakistani troops violated it …, while Pakistan accuses Indian forces of thousands of violations")
        accuser = ActorRef(claimer, book.states.get(claimer, claimer), "state" if claimer in book.states else
                           "armed_group" if claimer in book.bases else "organisation")
        out.append(replace(m, type="accusation", status="made", cls="accuse", modality="asserted", claimed_by=None,
                           actors=[(accuser, "initiator"), *((ref, "target") for ref, role in m.actors
                                                             if role == "initiator")],
                           quantities={}, mentions=[], inherited=set(), negated=False))
    return out


PLAN_WORDS = {"proposal", "plan", "draft", "framework", "roadmap"}


def stage_of_the_plan_told(mentions: list[Mention]) -> None:
    """ "… on the proposal that President Biden set out on May 31. … the proposal on the table would begin with a
    six-week ceasefire": a truce put forward as the first stage of "the proposal", where the article has told of one
    proposal presented, is put forward by whoever presented it, on that day; so is the first stage of a plan its own
    sentence tells ("Biden outlines a three-phase plan, beginning with a six-week ceasefire")."""
    for m in mentions:
        if m.type != "ceasefire" or m.status != "proposed" or m.codes() or m.cls != "propose":
            continue
        presented = [p for p in mentions if p.type == "proposal" and p.status == "presented" and
                     p.codes(("initiator",)) and p.doc_start <= m.doc_start]
        here = [p for p in presented if p.doc_start == m.doc_start]  # ("outlines a three-phase plan, beginning
        # with a six-week ceasefire": the plan of its own sentence)
        if not here and not any(t.lemma_.lower() in PLAN_WORDS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in m.sentence):
            continue
        presented = here or presented
        if len(presented) != 1:
            continue
        plan = presented[0]
        m.actors += [(ref, "initiator") for ref, role in plan.actors if role == "initiator"]
        m.inherited |= plan.codes(("initiator",))
        if m.date is None and plan.date is not None and not plan.date.inferred:
            m.date = plan.date


def named_codes(mentions: list[Mention]) -> frozenset[str]:
    """Every actor the passages that tell the article's events name, and those their events take from the lines
    before them ("We, President … of Azerbaijan, … of Armenia and … of Russia, declare the following: 1. …")."""
    return frozenset(span.label_ for doc in {id(m.sentence.doc): m.sentence.doc for m in mentions}.values()
                     for span in doc.spans.get(ACTORS, [])) | {code for m in mentions for code in m.codes()}


def brokers_beside_a_war(mentions: list[Mention], reference: str | None) -> None:
    """ "The two leaders agreed that the path to peace would begin with a ceasefire on energy", of a call between
    Washington and Moscow in a story of the war in Ukraine: of a truce's sides, one at war with none of the others
    while another fights a war the article names the other camp of, brokered it (`wars.brokers_among`)."""
    named = named_codes(mentions)
    for m in mentions:
        sides = m.codes(("participant",))
        day = m.date.start if m.date is not None else reference
        if m.type == "talks" and len(sides) >= 3 and day and any(
                c.dep_ == "advmod" and c.lower_ in ("separately", "individually") for c in m.trigger.root.children):
            # "Pompeo met the two foreign ministers separately in Washington", Armenia's and Azerbaijan's: who meets
            # each camp of a war apart, at war with neither, goes between them (not "spoke to both prime ministers",
            # a call with both, told as one)
            warring = {code for code in sides if enemies_on(code, day[:10]) & sides}
            m.actors = [(ref, "mediator" if warring and role == "participant" and ref.code not in warring and
                         not enemies_on(ref.code, day[:10]) & warring else role) for ref, role in m.actors]
        if m.type not in ("ceasefire", "prisoner_exchange") or len(sides) < 2 or not day:
            continue
        brokers = brokers_among(sides, day[:10], named)
        if brokers:
            m.actors = [(ref, "mediator" if ref.code in brokers and role == "participant" else role)
                        for ref, role in m.actors]


def foes(mentions: list[Mention]) -> dict[str, dict[str, ActorRef]]:
    """Whom the article sets each actor against: the other sides of a truce, of talks or of fighting, and whom it
    struck or accused, or was struck or accused by."""
    against: dict[str, dict[str, ActorRef]] = {}
    for m in mentions:
        refs = {role: {ref.code: ref for ref, r in m.actors if r == role and ref.code} for role in
                ("initiator", "target", "participant")}
        pairs = [(refs["participant"], refs["participant"])]
        if m.type in ("attack", "accusation"):
            pairs.append((refs["initiator"], refs["target"]))
        elif m.type == "ceasefire" and m.status == "proposed" and m.date is not None:
            pairs.append(({c: r for c, r in refs["initiator"].items()}, {
                c: r for c, r in refs["target"].items() if any(
                    c in enemies_on(a, m.date.start[:10]) for a in refs["initiator"])}))
            # ("Georgia … offers Russia a ceasefire", in their war; not a broker's offer to one side)
        for one, other in pairs:
            for a in one.values():
                for b in other.values():
                    if a.code != b.code:
                        against.setdefault(a.code, {})[b.code] = b
                        against.setdefault(b.code, {})[a.code] = a
    return against


def struck_state(m: Mention, against: dict[str, dict[str, ActorRef]], named: frozenset[str] = frozenset()) \
        -> ActorRef | None:
    """Whom an attack from outside hit, where the text names no target: the foe the article sets the attacker against
    in the country the attack struck ("Russia struck the port of Odesa" in a story of the war in Ukraine: Ukraine;
    "U.S. air strikes on a fuel port in western Yemen" in a story of the Houthis: the Houthis), as the event coders
    code a strike on a country. Not the attacker's own country or its group's base ("the RSF shelled El Obeid"), nor
    a state the attacker fights in beside its army ("Eritrean troops … killing civilians in Shire", in Tigray)."""
    book = actor_book()
    attackers = m.codes(("initiator",))
    if m.type != "attack" or m.place is None or not attackers or m.codes(("target", "participant")):
        return None
    country = m.place.country
    if country in {book.bases.get(code, code) for code in attackers}:
        if m.lemma in RETAKING:  # "The army retakes the Republican Palace in Khartoum", in a story of the army and
            # the RSF: at home, the one foe it was taken back from (the article's, or the war's it names)
            held = {code: ref for a in attackers for code, ref in against.get(a, {}).items()
                    if book.bases.get(code, code) == country and code not in attackers}
            day = m.date.start[:10] if m.date is not None else None
            if not held and day:
                held = {code: ActorRef(code, code, "armed_group" if code in book.bases else "state")
                        for a in attackers for code in enemies_on(a, day) & named
                        if book.bases.get(code, code) == country}
            return next(iter(held.values())) if len(held) == 1 else None
        day = m.date.start[:10] if m.date is not None else m.story_day
        words = [m.trigger.root, *(t for t in m.sentence if t.lemma_.lower() in m.pooled and t.pos_ in ("VERB",
                                                                                                       "NOUN"))]
        struck = {t.lemma_.lower() for w in words for t in w.subtree}
        if country in book.states and day and all(code in book.bases for code in attackers) and \
                all(country in enemies_on(code, day[:10]) for code in attackers) and \
                (struck & FORCES_STRUCK or m.place.lat is None):
            return ActorRef(country, book.states[country], "state")  # "Separatist fighters attacked a checkpoint
            # near Bamenda, killing two soldiers": a group at war with its own state struck its forces; "gunmen
            # killed six policemen in an attack on a patrol", the words pooled into the attack naming them; or it
            # attacks "across the country", the state itself
        return None
    there = {code: ref for a in attackers for code, ref in against.get(a, {}).items()
             if book.bases.get(code, code) == country}
    day = m.date.start[:10] if m.date is not None else m.story_day
    if not there and day and country and country not in book.states:
        # "3 Commando Brigade took Mount Longdon", in the Falklands: in a war fought in a territory that is no state
        # of ours (nor a sea, which has no country), the one enemy of the attacker's in that war the article names
        foes_named = {code for a in attackers for code in enemies_on(a, day[:10])} & named
        if len(foes_named) == 1:
            code = foes_named.pop()
            return ActorRef(code, book.states.get(code, code), "state" if code in book.states else "armed_group")
    if not there and day and country in book.states and all(
            code in book.states and country in enemies_on(code, day[:10]) for code in attackers):
        return ActorRef(country, book.states[country], "state")  # "Russian missiles and drones struck grain
        # terminals … in Odesa", in an advisory that sets no side against Russia; "Turkish aircraft bomb the port of
        # Famagusta", on slides that never name Cyprus: a state's strike in a state it is at war with that day, by
        # the table of wars, hit that state, named or not
    return next(iter(there.values())) if len(there) == 1 else None


def forces_under_fire(m: Mention, named: frozenset[str] = frozenset(), reference: str | None = None) \
        -> ActorRef | None:
    """ "A police patrol came under fire near Tetovo at dawn", in Macedonia's war with the NLA: where no one is told to
    have fired, the state's forces at home, in the one war it fights there, bore it."""
    book = actor_book()
    if m.type != "attack" or m.codes() or m.place is None or m.place.country not in book.states:
        return None
    day = m.date.start[:10] if m.date is not None else m.story_day or reference  # (told with no day: the report's)
    root = m.trigger.root
    verbs = {root, root.head, root.head.head}  # ("came under fire …, and two officers were wounded": the wounding
    # joined to it)
    bearer = [c for v in verbs if came_under_fire(v) for c in v.children if c.dep_ == "nsubj"]
    if not day or not any(t.lemma_.lower() in FORCES_STRUCK for b in bearer for t in b.subtree):
        return None
    country = m.place.country
    return ActorRef(country, book.states[country], "state") if \
        country in civil_war_sides(country, day[:10], named) else None


FORCES_STRUCK = SERVICE_NOUNS - {"fighter", "combatant", "defender"} | {
    "police", "policeman", "policemen", "checkpoint", "barracks", "outpost", "convoy", "patrol", "garrison", "base"}
RETAKING = {"retake", "recapture", "regain", "reclaim", "liberate", "recover"}


def received_at_home(m: Mention) -> Place | None:
    """Talks told as one side receiving another's delegation ("The Supreme Political Council … received … the Saudi
    delegation") are held where the receiving side is at home."""
    root = m.trigger.root
    if m.type != "talks" or root.pos_ != "VERB" or root.lemma_.lower() not in RECEIVING:
        return None
    subject = {t.i for c in root.children if c.dep_ == "nsubj" for t in c.subtree}
    hosts = {span.label_ for span in root.doc.spans.get(ACTORS, []) if span.start in subject}
    homes = {actor_book().bases.get(code, code) for code in hosts}
    home = homes.pop() if len(homes) == 1 else None
    return gazetteer().country(home) if home in actor_book().states else None


def hosted_at_home(m: Mention) -> Place | None:
    """Talks "hosted by" one state, or by its head ("six weeks of talks hosted by Togo's President Gnassingbe
    Eyadema"), that name no place are held in the host's country."""
    root = m.trigger.root
    hosting = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() == "host"]
    if m.type != "talks" or not hosting:
        return None
    agent = {t.i for c in hosting[0].children if c.dep_ == "agent" for t in c.subtree}
    hosts = {span.label_ for span in root.doc.spans.get(ACTORS, []) if span.start in agent}
    return gazetteer().country(next(iter(hosts))) if len(hosts) == 1 and hosts <= actor_book().states.keys() \
        else None


YIELDING = frozenset({"produce", "yield", "deliver", "bring", "reach"})


def yielded_by_talks(m: Mention, merged: list[Mention]) -> Place | None:
    """ "The talks began in Juba in July 2006 … They produced a cessation of hostilities agreement on August 26": a
    deal the talks produced was made where they were held."""
    verb = m.trigger.root.head
    if m.type not in ("ceasefire", "agreement") or m.trigger.root.dep_ != "dobj" or \
            verb.lemma_.lower() not in YIELDING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "they" and subject.lemma_.lower() not in ("talk", "talks", "negotiation"):
        return None
    talks = [t for t in merged if t.type == "talks" and t.place is not None and t.topic == m.topic and
             t.doc_start <= m.doc_start]
    return talks[-1].place if talks else None


def held_where(m: Mention) -> Place | None:
    """ "… in Luena, the capital of Moxico province, where the talks were held": the place a "where" clause on the
    event is on (the parser may hang the clause on a word of the place's apposition)."""
    verb = m.trigger.root.head
    if m.trigger.root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or \
            not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    node = verb.head
    for _ in range(5):
        words = [c.text for c in node.children if c.dep_ == "compound" and c.i < node.i] + [node.text]
        place = gazetteer().lookup(" ".join(words)) if node.pos_ == "PROPN" else None
        if place is not None:
            return place
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            return None
        node = node.head
    return None


def home_ground(m: Mention) -> Place | None:
    """Where a truce or a fight inside one country is, when no place is named: the country every side of it is from,
    where one side is an armed group ("the RSF announced a three-month truce": Sudan; "army drones struck RSF
    positions": Sudan). Not where a group acts alone on no named target ("Hamas fired rockets" may land abroad)."""
    if m.type not in ("ceasefire", "attack"):
        return None
    bases = actor_book().bases
    sides = {ref.code for ref, role in m.actors if role != "mediator" and ref.code}
    if not sides & bases.keys() or m.type == "attack" and not (m.codes(("initiator",)) and m.codes(("target",))) \
            and len(m.codes(("participant",))) < 2:
        return None  # (fighting between two groups of one country is there: "between the ELN and FARC dissidents")
    homes = {bases.get(code, code) for code in sides}
    if m.type == "ceasefire":
        homes = {bases[code] for code in sides if code in bases}  # a truce with a group is where the group fights,
        # whoever else is party to it ("a reduction in violence" of the United States and the Taliban: Afghanistan)
    home = homes.pop() if len(homes) == 1 else None
    return gazetteer().country(home) if home in actor_book().states else None


def theatre_of(mentions: list[Mention]) -> str | None:
    """The one country an article's fighting is in, where it names it only through who fights: every side of every
    attack is that state or a group based there, and both the state and such a group take part ("the army carried
    out 16 air strikes" in an article on the Three Brotherhood Alliance's truce: Myanmar). Not a state alone ("Russia
    launched drones" is fighting abroad), nor a group alone."""
    bases = actor_book().bases
    sides = {ref.code for m in mentions if m.type == "attack" for ref, role in m.actors
             if role in ("initiator", "target") and ref.code}
    homes = {bases.get(code, code) for code in sides}
    if len(homes) != 1:
        return None
    home = homes.pop()
    named = {code for m in mentions for code in m.codes()}
    groups = {code for code in named if bases.get(code) == home}
    return home if groups and home in named and home in actor_book().states else None  # (a civil war: the state
    # and a group of its own; "Hamas fired rockets" alone says nothing of where they fell)


LABEL = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?=: )")  # "Yemen: parties agree to extend truce"


def article_label(text: str) -> str | None:
    label = LABEL.match(text.lstrip().split("\n", 1)[0])
    return label.group() if label else None


def labelled_country(text: str) -> str | None:
    """The country the label of an article's first line names ("Yemen: parties agree to extend truce by two months"),
    which the whole article is about; None for other labels ("Analysis:", "Timeline:")."""
    label = article_label(text)
    place = gazetteer().lookup(label) if label else None
    return place.country if place is not None else None


def labelled_state(text: str) -> ActorRef | None:
    """The state the label of an article's first line names, as an actor ("Yemen: the week ahead")."""
    label = article_label(text)
    info = actor_book().lookup(label) if label else None
    return ActorRef(info.code, info.name, "state") if info is not None and info.kind == "state" else None


def struck_in(mentions: list[Mention]) -> str | None:
    """The one country every placed attack of the article is in ("Israeli strikes … killed 13 people, Gaza's civil
    defence agency said" in an article on the Gaza truce), where the article names no theatre otherwise."""
    bases = actor_book().bases
    countries = {m.place.country for m in mentions if m.type == "attack" and m.place is not None and (
        not m.codes(("target",)) or m.place.country in {bases.get(c, c) for c in m.codes()})}
    # (not a killing abroad, at home to none of its sides: "Haniyeh is killed in Tehran", in a timeline of the Gaza
    # talks; but "Israeli strikes … killed 13 people, Gaza's civil defence agency said" names no target to weigh)
    return countries.pop() if len(countries) == 1 and None not in countries else None


def brokered_at_talks(records: list[Mention], reference: str | None) -> None:
    """ "The Secretary-General welcomes the agreement reached today in Putrajaya between Thailand and Cambodia on a
    ceasefire. He commends Malaysia … for facilitating the talks": who brokered the talks between the sides that made
    the deal brokered the deal, where the article tells of those talks alone."""
    talks = [t for t in records if t.type == "talks" and t.status == "held" and t.codes(("mediator",))]
    if len(talks) != 1:
        return
    held = talks[0]
    held_on = held.date.start if held.date is not None else reference or ""  # (told without a day: by the report's)
    brokers = [(ref, role) for ref, role in held.actors if role == "mediator"]
    told_at = {held.doc_start, *(start for start, _, _ in held.mentions)}
    for m in records:
        sides = m.codes(("participant",))
        here = brokers
        if told_at & {m.doc_start, *(start for start, _, _ in m.mentions)}:
            here = [(ref, role) for ref, role in brokers if ref.code in actor_book().organisations]
            # (a deal "signed at talks in the Belarusian capital" is read in its own sentence, the host with it;
            # but talks "convened by the African Union", told in the deal's sentence, were brokered by the union)
        if here and m.type in ("ceasefire", "agreement") and m.status in ("agreed", "signed") and len(sides) >= 2 and \
                not m.codes(("mediator",)) and sides <= held.codes(("participant",)) and \
                not later_that_day(held, m) and \
                (m.date is None or m.date.inferred or held_on[:10] == m.date.start[:10] or
                 (held.date is None or held.date.inferred) and (m.date.start[:4] == held_on[:4] or
                                                                next_item(held, m, records))):
            # (not the accords of years before: "Oct. 4, 1992: … sign the General Peace Accords in Rome", in a
            # factbox under a story of talks told without a day; but "The talks in Erdut and Zagreb, with US
            # ambassador Peter Galbraith and UN mediator Thorvald Stoltenberg" in a list of chapters, then "12 November
            # 1995: the Croatian government and the Serb authorities … sign the Erdut Agreement": the talks that
            # led to it)
            m.actors += [(ref, role) for ref, role in here if ref.code not in sides]


def next_item(first: Mention, then: Mention, records: list[Mention]) -> bool:
    """Is `then` told in the item of a list right after the one `first` is told in, nothing told between?"""
    return first.kind == then.kind == "item" and first.doc_start < then.doc_start and \
        not any(told_at(first) < told_at(r) < told_at(then) for r in records)


CLOSING = {"end", "conclude", "crown", "cap", "close"}  # what a deal does to the talks it came out of


def closed_by_its_deal(records: list[Mention]) -> None:
    """ "The agreement brings to a close the inter-Tajik talks, which have been held under United Nations auspices":
    the deal that ends talks came out of them, and who brokered the talks brokered it."""
    for talks in records:
        root = talks.trigger.root
        verb = root.head
        if talks.type != "talks" or not talks.codes(("mediator",)) or root.dep_ != "dobj" or not (
                verb.lemma_.lower() in CLOSING or verb.lemma_.lower() == "bring" and any(
                    p.dep_ == "prep" and p.lower_ == "to" and any(g.lower_ in ("close", "end") for g in p.children)
                    for p in verb.children)):
            continue
        for deal in records:
            sides = deal.codes(("participant",))
            if deal.type in ("ceasefire", "agreement") and deal.status in ("agreed", "signed") and len(sides) >= 2 and \
                    sides <= talks.codes(("participant",)) and \
                    talks.doc_start in {deal.doc_start, *(start for start, _, _ in deal.mentions)}:
                deal.actors += [(ref, role) for ref, role in talks.actors
                                if role == "mediator" and ref.code not in deal.codes(("participant", "mediator"))]


def fell_silent(m: Mention) -> bool:
    """Is the truce told by "the guns fell silent": the truce told of, taking hold, as a definite noun would name it?"""
    return m.trigger[0].lower_ == "guns" and m.trigger[-1].lower_ == "silent"


def sides_of_the_truce_agreed(records: list[Mention]) -> None:
    """ "09:15 - The ceasefire that took effect at 4 p.m. on Friday is holding" over "16:05 - Kyrgyzstan and
    Tajikistan have agreed on a ceasefire", in a live blog, newest first: the truce told before its agreeing, and by
    no sides, is the one truce the article tells two sides agreed."""
    agreed = [m for m in records if m.type == "ceasefire" and m.status == "agreed" and not m.negated and
              len(m.codes(("participant",))) >= 2]
    if len(agreed) != 1:
        return
    deal = agreed[0]
    sides = deal.codes(("participant",))
    for m in records:
        if m.type == "ceasefire" and m.definite and m.status in LIFE_STATUSES and \
                m.section == deal.section and m.topic == deal.topic and (
                    not m.codes() and (told_at(m) < told_at(deal) or fell_silent(m)) or
                                           m.codes() and m.codes() <= m.inherited and m.codes() < sides):
            # (and "The ceasefire took effect at 6 p.m.", which took the sides of the truce told before it, is
            # between all those the article then tells signed it)
            m.actors += [(ref, role) for ref, role in deal.actors if role in ("participant", "mediator") and
                         ref.code not in m.codes()]  # (its brokers too: the truce, whatever befalls it)
            m.inherited |= deal.codes(("participant", "mediator"))


def truce_of_the_deal_just_made(records: list[Mention]) -> None:
    """ "On 27 January 1973 the United States, North Vietnam, South Vietnam and the Provisional Revolutionary Government
    signed the agreement … A ceasefire across South Vietnam took effect at eight o'clock the next morning": a truce no
    side is named for, the subject of its own telling in the paragraph of a deal its sides made, with nothing told
    between, is the truce of those sides (not "What ended the fighting was a ceasefire", a truce in general)."""
    ordered = sorted(records, key=told_at)
    for deal, m in zip(ordered, ordered[1:]):
        if m.type == "ceasefire" and m.status in ("in_effect", "agreed", "signed") and not m.codes() and \
                not m.negated and m.trigger.root.dep_ == "nsubj" and deal.type == "agreement" and \
                deal.status in ("signed", "agreed") and not deal.negated and \
                len(deal.codes(("participant", "initiator"))) >= 2 and deal.segment == m.segment and \
                deal.section == m.section and deal.sentence.doc is m.sentence.doc:
            sides = deal.codes(("participant", "initiator"))  # (a deal signed "by" its sides: their act, until
            # the deal's own reading makes them its parties)
            m.actors += [(war_side(code), "participant") for code in sorted(sides)]
            m.inherited |= sides  # (the sides, not the men who signed for them)


def other_side_of_an_agreeing(records: list[Mention]) -> None:
    """ "… to honour the Lomé Peace Agreement that he signed with President Ahmad Tejan Kabbah …", then "the
    Secretary-General holds the RUF responsible for breaking the ceasefire it agreed to in Lomé on 18 May 1999": a
    truce agreed, told by one side alone, was agreed with the other side of the deal the article told it made just
    before (agreeing takes two; a side that agreed to another's terms is told by "accepted")."""
    for n, m in enumerate(records):
        side = m.codes(("participant", "initiator"))  # (one side alone: its subject, read as the initiator)
        if m.type != "ceasefire" or m.status != "agreed" or m.negated or len(side) != 1 or m.codes(("target",)):
            continue
        root = m.trigger.root
        if any(c.dep_ == "prep" and c.lower_ in ("between", "with") for t in (root, root.head) for c in t.children):
            continue  # ("a ceasefire between government forces and Druze leaders": the other side named, uncoded)
        deal = next((d for d in sorted(records[:n] + records[n + 1:], key=told_at, reverse=True)
                     if told_at(d) < told_at(m) and d.type in ("ceasefire", "agreement") and
                     d.status in ("agreed", "signed") and not d.negated), None)
        sides = deal.codes(("participant",)) if deal is not None else set()
        if len(sides) == 2 and side < sides:
            m.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in m.actors] + [
                (ref, "participant") for ref, role in deal.actors if role == "participant" and ref.code not in side]


def later_that_day(a: Mention, b: Mention) -> bool:
    """Is `a` told at a later hour of the day `b` is told on ("19:30 - Putin met them …" over "16:05 - … have agreed on
    a ceasefire", in a live blog)?"""
    return a.date is not None and b.date is not None and a.date.precision in ("hour", "minute") and \
        b.date.precision in ("hour", "minute") and a.date.start[:10] == b.date.start[:10] and \
        a.date.start > b.date.start


TABLE_WORDS = {"talk", "talks", "negotiation", "meeting", "summit", "conference"}  # where a deal is made "at"


def made_at_talks(records: list[Mention]) -> None:
    """ "The swap, agreed at U.N.-backed talks in Switzerland last month": a deal made at talks told in its own
    sentence was brokered by whoever brokered them."""
    for m in records:
        if m.type not in ("ceasefire", "agreement", "prisoner_exchange") or m.status not in ("agreed", "signed"):
            continue
        root = m.trigger.root
        near = {root.i, *(a.i for a in root.ancestors), *(c.i for c in root.children if c.dep_ in ("acl", "relcl"))}
        at = [w for w in m.sentence if w.dep_ == "pobj" and w.head.lower_ in ("at", "during") and
              w.head.head.i in near and w.lemma_.lower() in TABLE_WORDS]
        for talks in records:
            word = talks.trigger.root
            told_here = talks.doc_start == m.doc_start or any(start == m.doc_start for start, _, _ in talks.mentions)
            # (also talks told more fully elsewhere: "… at talks in China", then "Delegations … met in Kunming")
            if talks.type == "talks" and told_here and (word.i in {w.i for w in at} if talks.doc_start == m.doc_start
                                                         else bool(at)):
                venue = talks.place.country if talks.place is not None and not talks.mentions else None
                m.actors += [(ref, role) for ref, role in talks.actors if role == "mediator" and ref.code != venue
                             and ref.code not in m.codes(("mediator", "participant"))]  # (not a host read from
                # the venue alone: "signed a ceasefire at talks in the Belarusian capital"; but talks told again,
                # "met in Kunming … with Chinese mediators", name their brokers)
                talks.actors += [(ref, role) for ref, role in m.actors if role in ("participant", "mediator") and
                                 ref.code not in talks.codes()]  # (and who signed there, with its brokers, were
                # at the talks: "Kuchma, Russia's ambassador, an OSCE envoy and the rebel leaders signed")


def deal_beside_its_talks(records: list[Mention]) -> None:
    """ "Ethiopia and Somalia agreed late on Wednesday to set aside a bitter dispute, Erdogan said after hosting the
    two countries' leaders in Ankara": a deal and the talks of its sides told in one sentence share what the other
    tells of them, the deal made where they met, the talks held on the day of the deal. So does a deal of the sides
    of talks told before that ran over its day ("25-30 July: the foreign ministers of Britain, Greece and Turkey meet
    in Geneva … 30 July: … the three ministers agree that …"): made where they met."""
    for m in records:
        if m.type not in ("ceasefire", "agreement") or m.status not in ("agreed", "signed") or \
                len(sides := m.codes(("participant", "initiator"))) < 2:
            continue
        for talks in records:
            met = talks.codes(("participant",))
            if talks.type != "talks" or talks.status != "held" or met != sides and not (
                    talks.doc_start == m.doc_start and told_at(talks) < told_at(m) and met <= sides):
                continue  # (in one sentence, talks told first of some of the deal's sides: "Talks resumed in Pretoria
                # in October …, and on 17 December 2002 the government, the rebel movements, the opposition and civil
                # society signed the Global and Inclusive Agreement")
            if talks.doc_start != m.doc_start:
                if m.place is None and talks.place is not None and talks.doc_start < m.doc_start and \
                        ran_over(talks.date, m.date):
                    m.place = talks.place
                continue
            if m.place is None and talks.place is not None:
                m.place = talks.place
            if (talks.date is None or talks.date.inferred) and m.date is not None and not m.date.inferred:
                talks.date = m.date


def done_where_met(records: list[Mention]) -> None:
    """ "… the OAU-sponsored conference in Antananarivo in April 1999, where the Anjouan delegates refused to sign
    the agreement": what a "where" clause tells of a deal, in the sentence that places the talks the clause hangs on,
    was done where they met (whichever word the parser hangs the clause on)."""
    for m in records:
        if m.type not in ("ceasefire", "agreement") or m.place is not None:
            continue
        where = next((w for t in (m.trigger.root, *m.trigger.root.ancestors) for w in t.children
                      if w.dep_ == "advmod" and w.lower_ == "where" and t.dep_ == "relcl"), None)
        if where is None:
            continue
        talks = next((t for t in records if t.type == "talks" and t.status == "held" and t.place is not None and
                      t.doc_start == m.doc_start and t.trigger.root.i < where.i), None)
        if talks is not None:
            m.place = talks.place


def ran_over(span: When | None, day: When | None) -> bool:
    """Did talks told over days (`span`) run over the day told (`day`)?"""
    return span is not None and day is not None and not span.inferred and not day.inferred and \
        span.end is not None and span.start[:10] <= day.start[:10] <= span.end[:10]


DEAL_SUBJECTS = {"it", "this", "deal", "agreement", "accord", "truce", "ceasefire", "signing", "text"}


def talks_it_came_after(records: list[Mention]) -> None:
    """ "… in Pretoria, the Ethiopian government and the TPLF signed an agreement … It came after ten days of talks
    led by the African Union": the talks the deal of the sentence before came after were held where it was made, and
    ended on its day."""
    for n, talks in enumerate(records):
        prep = after_phrase(talks.trigger)
        verb = prep.head if prep is not None else None
        out_of = phrase_prep(talks.trigger, ("of",))
        if verb is None and out_of is not None and out_of.head.lower_ == "out":
            verb, prep = out_of.head.head, out_of  # "The text came out of ten days of talks in Khartoum"
        if talks.type != "talks" or talks.status != "held" or verb is None or verb.lemma_.lower() != "come" or \
                not any(c.dep_ == "nsubj" and c.lower_ in DEAL_SUBJECTS for c in verb.children):
            continue
        deal = next((m for m in reversed(records[:n]) if m.type in ("ceasefire", "agreement") and
                     m.status in ("agreed", "signed") and m.doc_start < talks.doc_start), None)
        if deal is not None and any(deal.doc_end <= told_at(r) < talks.doc_start for r in records if r is not talks):
            deal = None  # (only the deal told last before it, nothing told between them)
        named = any(c.dep_ == "nsubj" and c.lower_ in DEAL_WORDS for c in verb.children)
        if deal is None and named and prep.lower_ == "of":  # "The deal that ended it came out of two years of talks
            # … Garang and Taha signed it in Nairobi": the deal named there, signed in the sentence after
            deal = next((m for m in records[n + 1:] if m.type in ("ceasefire", "agreement") and
                         m.status in ("agreed", "signed") and talks.doc_end <= m.doc_start and
                         not any(talks.doc_end <= told_at(r) < m.doc_start for r in records if r is not m)), None)
        if deal is None:
            continue
        if prep.lower_ == "of":  # what came out of the talks was made there, by their sides, with their brokers
            if not talks.codes(("participant",)):
                talks.actors += [(ref, "participant") for ref, role in deal.actors if role == "participant"]
            if not deal.codes(("mediator",)):
                deal.actors += [(ref, role) for ref, role in talks.actors if role == "mediator" and
                                ref.code in actor_book().organisations]
            continue
        talks.place = talks.place or deal.place
        if deal.date is not None and (talks.date is None or talks.date.inferred):
            talks.date = When(start=deal.date.start[:10], precision="day", inferred=True)


TALKS_WORDS = {"talk", "negotiation", "meeting"}  # what a deal was made after, at the table


def made_after_its_talks(records: list[Mention]) -> None:
    """ "Erdoğan hosted the President of Somalia and the Prime Minister of Ethiopia in Ankara today for talks … After
    several hours of talks, the two leaders signed the Ankara Declaration": a deal made after talks its own sentence
    names, which the article told as mediated, was made at them; who mediated them mediated it."""
    for deal in records:
        if deal.type not in ("agreement", "ceasefire") or deal.status not in ("agreed", "signed"):
            continue
        root = deal.trigger.root
        verb = root.head if root.dep_ in ("dobj", "nsubjpass") else root
        verbs = [verb, verb.head] if verb.dep_ in ("advcl", "xcomp") else [verb]  # ("After ten days of talks,
        # President Touadera flew in to initial the agreement": the talks after which he came to make it)
        if not any(g.lemma_.lower() in TALKS_WORDS for v in verbs for p in v.children if p.dep_ == "prep" and
                   p.lower_ in ("after", "following") for g in p.subtree):
            continue
        talks = [t for t in records if t.type == "talks" and t.status == "held" and
                 deal.doc_start in {t.doc_start, *(start for start, _, _ in t.mentions)}]
        if len(talks) != 1:
            continue
        if deal.place is None and talks[0].place is not None and talks[0].codes(("participant",)) & deal.codes():
            deal.place = talks[0].place  # (made where the talks were held)
        if not deal.codes(("mediator",)) and talks[0].codes(("mediator",)) and \
                talks[0].codes(("participant",)) >= deal.codes(("participant",)):
            deal.actors += [(ref, role) for ref, role in talks[0].actors if role == "mediator"]


def brokers_of_what_was_agreed(records: list[Mention]) -> None:
    """ "Israel and Hamas have agreed to extend their truce … The truce, brokered by Qatar with Egypt and the United
    States, took effect on Friday": who brokered the sides' truce brokers its extension; and "Shalit returned home on
    Tuesday, freed by Hamas in exchange for 477 Palestinian prisoners … the first of 1,027 prisoners Israel agreed to
    free under the deal, which Egypt brokered": who brokered the swap the sides agreed brokers the swap carried out
    under it. Each where the article names one set of brokers for what those sides agreed."""
    for m in records:
        sides = m.codes(("participant",))
        if (m.type, m.status) not in (("ceasefire", "extended"), ("prisoner_exchange", "carried_out")) or \
                len(sides) < 2 or m.codes(("mediator",)):
            continue
        brokered = [o for o in records if o is not m and o.type == m.type and o.codes(("mediator",)) and
                    o.codes(("participant",)) == sides and (m.type == "ceasefire" or o.status == "agreed")]
        if len({frozenset(o.codes(("mediator",))) for o in brokered}) == 1:
            m.actors += [(ref, role) for ref, role in brokered[0].actors if role == "mediator"]


def brokers_of_each_step(records: list[Mention]) -> None:
    """ "… signed a framework agreement in the Qatari capital on Tuesday … The accord was initialled in N'Djamena on
    Saturday after talks brokered by Deby": the accord told again, at another step of its making, was brokered by whom
    that step names; so was the step told first."""
    for m in records:
        sides = m.codes(("participant",))
        if m.type != "agreement" or m.status not in ("agreed", "signed") or len(sides) < 2 or \
                m.codes(("mediator",)):
            continue
        steps = [o for o in records if o.type == m.type and o.definite and told_at(o) > told_at(m) and
                 o.status in ("agreed", "signed") and o.status != m.status and
                 o.codes(("participant",)) == sides and o.codes(("mediator",))]
        if len(steps) == 1:
            m.actors += [(ref, role) for ref, role in steps[0].actors if role == "mediator"]


def round_of_the_talks_before(records: list[Mention]) -> None:
    """ "The two sides first met at Burnham military camp … hosted by New Zealand. A second round in October produced
    the Burnham Truce": a later round of the talks told before, with no place or broker of its own, was held where
    they were and brokered by whom they were; and a deal the round produced was made there, by the same brokers."""
    for m in sorted(records, key=told_at):
        sides = m.codes(("participant",))
        if m.type != "talks" or (numbered(m) or 0) < 2 or len(sides) < 2:
            continue
        before = [t for t in records if t.type == "talks" and told_at(t) < told_at(m) and
                  t.codes(("participant",)) == sides]
        if not before:
            continue
        first = max(before, key=told_at)
        if m.place is None:
            m.place = first.place
        if not m.codes(("mediator",)):
            m.actors += [(ref, role) for ref, role in first.actors if role == "mediator"]
        root = m.trigger.root
        for deal in records:
            made = deal.trigger.root
            if deal.type in ("ceasefire", "agreement") and deal.status in ("agreed", "signed") and \
                    made.dep_ == "dobj" and root.dep_ == "nsubj" and made.head.i == root.head.i and \
                    deal.trigger.doc is m.trigger.doc and not deal.codes(("mediator",)):
                deal.actors += [(ref, role) for ref, role in m.actors if role == "mediator"]
                deal.place = deal.place or m.place


def talks_of_a_brokered_deal(records: list[Mention]) -> None:
    """ "Peace talks on Yemen ended in Sweden on Thursday with the first agreements between the government and the
    Houthis", agreements the U.N. chief announced: who brokered the deal the talks ended with, told in their sentence,
    brokered the talks."""
    for talks in records:
        sides = talks.codes(("participant",))
        if talks.type != "talks" or talks.status != "held" or len(sides) < 2 or talks.codes(("mediator",)):
            continue
        deal = next((d for d in records if d.type in ("ceasefire", "agreement") and d.status in ("agreed", "signed")
                     and d.doc_start == talks.doc_start and d.codes(("participant",)) == sides and
                     d.codes(("mediator",))), None)
        if deal is not None:
            talks.actors += [(ref, role) for ref, role in deal.actors if role == "mediator"]


def talks_where_their_deal_was_made(records: list[Mention]) -> None:
    """ "Liberia's three warring factions have signed a peace agreement in Cotonou … The talks were brokered by the
    West African grouping Ecowas": talks told with no place and no day of their own, in an article that tells one deal
    made with a place, by sides they share, were held where it was made."""
    made = [d for d in records if d.type in ("ceasefire", "agreement") and d.status in ("agreed", "signed") and
            not d.negated and d.place is not None and d.place.lat is not None]
    if len({d.place.name for d in made}) != 1:
        return
    for talks in records:
        if talks.type == "talks" and talks.status == "held" and talks.place is None and \
                (talks.date is None or talks.date.inferred) and \
                talks.codes(("participant",)) & made[0].codes(("participant",)):
            talks.place = made[0].place


# What a statement does by being made: a refusal, a charge, a demand, an offer, a threat
SPOKEN = {"rejected", "made", "called_for", "proposed", "threatened"}


def one_statement_one_day(records: list[Mention]) -> None:
    """ "M23 said they would not attend the talks, blaming EU sanctions", then "the rebel alliance said in a statement
    late on Monday, accusing the EU of sabotage": the charge told twice is one, and its second telling gives its
    day; the refusal the same speaker made in the sentence of the first telling was made in that statement, on
    that day (marked inferred)."""
    for m in records:
        if m.date is not None or m.status not in SPOKEN or not m.claimed_by:
            continue
        days = {o.date.start[:10] for o in records if o is not m and o.date is not None and not o.date.inferred
                and o.status in SPOKEN and o.claimed_by == m.claimed_by and len(o.date.start) >= 10 and
                m.doc_start in {o.doc_start, *(start for start, _, _ in o.mentions)}}
        if len(days) == 1:
            m.date = When(start=days.pop(), precision="day", inferred=True)


def sole_state(mentions: list[Mention]) -> str | None:
    """The one state an article names, where an event is placed in it and no other state is named ("Libya's unity
    government agreed a ceasefire in Tripoli … Fighting resumed on Tuesday night between forces allied to the prime
    minister and the Radaa force": the fighting is in Libya). Organisations (the UN mission) name no state."""
    book = actor_book()
    states = {book.bases.get(code, code) for m in mentions for code in m.codes(
        ("initiator", "target", "participant"))} - book.organisations  # (not who brokered: "Australia and New
    # Zealand hosted both rounds" of talks on the Solomon Islands)
    if len(states) != 1:
        return None
    state = next(iter(states))
    placed = any(m.place is not None and m.place.country == state for m in mentions) or any(
        place.country == state for m in mentions for span, place in getattr(m.sentence.doc._, "tw_places", None) or ()
        if m.sentence.start <= span.start < m.sentence.end and not any(
            a.start < span.end and span.start < a.end for a in m.sentence.doc.spans.get(ACTORS, [])))
    # (or a place named where it is told, no side's name: "Harold Keke … held out on the Weather Coast, and in April
    # 2003 his men killed seven members of the Melanesian Brotherhood"; not "Russia launched dozens of drones")
    return state if placed and state in book.states else None


def at_war_with(m: Mention, here: str) -> bool:
    """ "Russian tanks and troops poured across the border the next day", in a story of the war in Georgia; "Turkey's
    second offensive begins the same day" and "Turkey declares a ceasefire", on slides about Cyprus: an attack or a
    truce whose every side is the theatre's country or at war with it that day, by the table of wars, is there."""
    sides = m.codes(("initiator", "target", "participant"))
    day = m.date.start[:10] if m.date is not None else m.story_day
    return m.type in ("attack", "ceasefire") and bool(sides - {here}) and bool(day) and \
        all(code == here or here in enemies_on(code, day[:10]) for code in sides)


def in_theatre(m: Mention, here: str) -> bool:
    """Are the sides a sentence names all of the theatre's country, and, of the sides the article lent it (the
    Israel–Hamas truce of a story on Gaza), one at least?"""
    bases = actor_book().bases
    told = m.codes(("target", "participant")) if m.status in ("called_for", "proposed") else m.codes()
    # (who calls for a truce or proposes it is no side: "The Secretary-General … calls on the parties to stop the
    # fighting", under a heading on Sudan, is a truce asked for in Sudan)
    lent = {bases.get(c, c) for c in told & m.inherited}
    return {bases.get(c, c) for c in told - m.inherited} <= {here} and (not lent or here in lent)


STORY_GAP_DAYS = 365

# An attack told by how long before the truce it came: "Hours before the truce began", "A day before the truce",
# "continued until hours before it began"
BEFORE_THE_TRUCE = re.compile(r"\b(?P<gap>hours|(?:a|one|two|three) days?)\s+before\s+(?:the\s+(?:truce|ceasefire)|"
                              r"it\s+(?:began|took effect|came into (?:force|effect)|started))\b", re.IGNORECASE)
GAP_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
EARLY_HOUR = 6  # a truce that began by this hour: "hours before" it is the day before


def before_the_truce(m: Mention, mentions: list[Mention]) -> When | None:
    """The day of an attack told only by how long before the article's truce it came, counted from the truce's own
    day: "Hours before the truce began [at 4 a.m. on Wednesday], Israeli strikes hit central Beirut" (Tuesday)."""
    match = BEFORE_THE_TRUCE.search(m.sentence.text) if m.type == "attack" else None
    if match is None:
        return None
    truces = [t for t in mentions if t.type == "ceasefire" and t.date is not None and not t.date.inferred and
              t.date.precision in ("day", "minute", "hour")]
    truce = next((t for t in truces if t.status == "in_effect"), truces[0] if truces else None)
    if truce is None:
        return None
    start = truce.date.start
    gap = match.group("gap").lower()
    days = 0 if gap == "hours" else GAP_DAYS[gap.split()[0]]
    if gap == "hours" and len(start) > 10 and int(start[11:13]) < EARLY_HOUR:
        days = 1
    day = date.fromisoformat(start[:10]).toordinal() - days
    return When(start=date.fromordinal(day).isoformat(), precision="day", text=match.group(), inferred=True)


def proposed_to_the_sides(mentions: list[Mention], reference: str | None) -> None:
    """ "A cessation of hostilities that the United States and Russia announced on Monday …", then "The Syrian
    government said on Tuesday it would abide by the truce": a truce that powers at war with none of each other put
    out, and that a side the article names only afterwards accepts, was their proposal to the sides, not a deal
    between themselves."""
    for m in mentions:
        doers = m.codes(("participant", "initiator", "mediator"))
        day = m.date.start[:10] if m.date is not None else reference
        if m.type != "ceasefire" or m.status not in ("agreed", "announced") or len(doers) < 2 or not day or \
                any(enemies_on(code, day) & doers for code in doers):
            continue
        if any(a.type == "ceasefire" and a.status == "accepted" and a.definite and a.codes(("initiator",)) and
               not a.codes() & doers and told_at(a) > told_at(m) for a in mentions):
            m.status = "proposed"
            m.actors = [(ref, "initiator" if role in ("participant", "mediator") else role) for ref, role in m.actors]


def sides_that_made_it(mentions: list[Mention]) -> None:
    """ "The government … and 14 armed groups signed a peace agreement … The sides initialled it there on Tuesday":
    the sides that did to "it" what a verb tells are those of the deal told last of its type."""
    for m in mentions:
        root = m.trigger.root
        if m.type not in ("ceasefire", "agreement") or m.codes(("participant", "initiator")) or \
                root.i not in root.doc.user_data.get(IT_WORDS, {}) or not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("side", "party") and c.tag_ == "NNS"
                for c in root.children):
            continue
        made = max((d for d in mentions if d.type == m.type and d.codes(("participant",)) and told_at(d) < told_at(m)),
                   key=told_at, default=None)
        if made is not None:
            m.actors += [(ref, "participant") for ref, role in made.actors if role == "participant"]
            m.inherited |= made.codes(("participant",))


def placed_there(mentions: list[Mention]) -> None:
    """ "… ten days of talks in Khartoum … The sides initialled it there on Tuesday": "there" is the place of what
    was told last before it with one."""
    for m in mentions:
        if m.place is not None or not any(c.dep_ == "advmod" and c.lower_ == "there" for c in m.trigger.root.children):
            continue
        before = [p for p in mentions if p.place is not None and p.place.lat is not None and told_at(p) < told_at(m)]
        if before:
            m.place = max(before, key=told_at).place


def declared_by_its_side(mentions: list[Mention]) -> None:
    """ "Myanmar's military government has extended its temporary ceasefire … The truce, first declared on 2 April":
    the truce told as declared with no one named is the one side's truce the article told last before it."""
    for m in mentions:
        if m.type != "ceasefire" or m.status != "announced" or not m.definite or m.codes():
            continue
        last = max((t for t in mentions if t.type == "ceasefire" and told_at(t) < told_at(m) and
                    t.status in ("announced", "extended", "in_effect", "ended") and t.codes(("initiator",))),
                   key=told_at, default=None)
        if last is not None and len(last.codes(("initiator",))) == 1:
            m.actors += [(ref, role) for ref, role in last.actors if role == "initiator"]
            m.inherited |= last.codes(("initiator",))


SOON = {"day", "hour", "week"}  # "broken within days": soon after the truce was made


def broken_soon_after(mentions: list[Mention]) -> None:
    """ "The first Minsk ceasefire, signed in September, was broken within days": broken in the month it was signed
    (the day is not told)."""
    made = {m.trigger.root.i: m for m in mentions if m.type == "ceasefire" and m.status in ("agreed", "signed") and
            m.date is not None and not m.date.inferred}
    for m in mentions:
        deal = made.get(m.trigger.root.i)
        if m.type != "ceasefire" or m.status not in ("violated", "ended") or deal is None or \
                m.date is not None and not m.date.inferred:
            continue
        verb = m.trigger.root.head
        if any(p.lower_ == "within" and any(o.lemma_.lower() in SOON for o in p.children if o.dep_ == "pobj")
               for p in verb.children if p.dep_ == "prep"):
            precision = "year" if deal.date.precision == "year" else "month"
            m.date = When(start=deal.date.start[:4 if precision == "year" else 7], precision=precision,
                          text=deal.date.text)


DECLARED_DAYS = 62  # a truce declared in a month holds from days soon after, not years on


def declared_for_its_days(mentions: list[Mention]) -> None:
    """ "despite the truce Vladimir Putin declared last month", in a report on that truce's first day: a declared truce
    the article tells only by the month it was declared is dated by the days it declared, as the article gives them
    for that side's one truce (marked inferred)."""
    for m in mentions:
        if m.type != "ceasefire" or m.status != "announced" or not m.definite or \
                m.date is not None and m.date.precision not in ("month", "year"):
            continue
        sides = m.codes(("initiator",))
        days = {t.date.start[:10] for t in mentions if t is not m and t.type == "ceasefire" and
                t.status in ("in_effect", "announced") and t.codes(("initiator",)) == sides and t.date is not None and
                not t.date.inferred and t.date.precision in ("day", "hour", "minute")}
        if len(sides) == 1 and len(days) == 1 and (m.date is None or min(days) >= m.date.start and (
                date.fromisoformat(min(days)) - date.fromisoformat((m.date.start + "-01-01")[:10])).days <=
                DECLARED_DAYS):
            m.date = When(start=min(days), precision="day", text=m.date.text if m.date else None, inferred=True)
            # (not "its last ceasefire, declared in March 2006", beside the truce it declared in January 2011)


def told_of_then(m: Mention, reference: str, mentions: list[Mention]) -> When | None:
    """ "It was signed at Panmunjom on July 27, 1953 … Syngman Rhee refused to sign it", in a letter of 2023: an event
    told in the past tense without a date, in a passage whose story is of a year long before the report, happened in
    that story's year (said so, at the year's precision), not on the report's day. A day its own sentence gives
    another event is that event's ("issued a warrant … for crimes committed during the attack of 7 October 2023"):
    the story is then as it stood before the sentence."""
    verb = m.trigger.root
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head  # ("refused to sign it": told by "refused")
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = verb.head  # ("Six months of talks followed": told by "followed")
    story = m.story_day
    if story and any(o is not m and o.sentence.start == m.sentence.start and o.date is not None and
                     not o.date.inferred and o.date.start[:10] == story[:10] for o in mentions):
        story = m.story_day_before
    if not story or not is_past(verb):
        return None
    try:
        gap = (date.fromisoformat(reference[:10]) - date.fromisoformat(story[:10])).days
    except ValueError:
        return None
    return When(start=story[:4], precision="year", inferred=True) if gap > STORY_GAP_DAYS else None


def welcomed_again(mentions: list[Mention]) -> list[Mention]:
    """ "U.S. envoy Zalmay Khalilzad welcomed the truce": a reaction to the truce told before it, which it names
    again; nothing befalls the truce (told first, the welcome still says the truce was made; and a deal welcomed may
    be the only word of its making: "The deal, brokered by …, requires … Mikati welcomed the agreement")."""
    return [m for n, m in enumerate(mentions) if not (
        m.type == "ceasefire" and m.definite and m.cls == "host" and m.trigger.root.dep_ == "dobj" and
        m.trigger.root.head.lemma_.lower() in REACTING and not m.codes() - m.inherited and
        any(e.type == m.type and e.topic == m.topic and e.section == m.section for e in mentions[:n]))]


def named_for_its_city(m: Mention) -> Place | None:
    """ "signed the Lusaka Ceasefire Agreement": a deal named for a city, with no place told, was made there (the city
    the place tagger found in the deal's name: `PlaceTagger.deal_names`)."""
    root = m.trigger.root
    if m.type not in ("ceasefire", "agreement") or m.status not in ("agreed", "signed"):
        return None
    words = {c.i for t in (root, root.head if root.dep_ == "compound" else root) for c in t.children
             if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < root.i}
    return next((place for span, place in root.doc._.tw_places or [] if span.root.i in words and
                 place.lat is not None and place.country), None)


def war_side(code: str) -> ActorRef:
    """A side of a war, by its code: a state, or an armed group."""
    book = actor_book()
    return ActorRef(code, book.states.get(code, code), "state" if code in book.states else "armed_group")


def to_events(doc_id: str, text: str, mentions: list[Mention], reference: str | None) -> list[Event]:
    events = []
    given_in_return(mentions, text)
    sides_on_the_day(mentions)
    members_named(mentions)
    merged = merge(welcomed_again([m for m in mentions if not only_recalled(m) and not counted_several(m)]))
    brokered_at_talks(merged, reference)
    closed_by_its_deal(merged)
    brokers_of_what_was_agreed(merged)
    made_at_talks(merged)
    deal_beside_its_talks(merged)
    done_where_met(merged)
    talks_it_came_after(merged)
    made_after_its_talks(merged)
    round_of_the_talks_before(merged)
    talks_of_a_brokered_deal(merged)
    talks_where_their_deal_was_made(merged)
    brokers_of_each_step(merged)
    one_statement_one_day(merged)
    charged_with_the_act(merged)
    proposed_to_the_sides(merged, reference)
    sides_that_made_it(merged)
    placed_there(merged)
    sides_of_the_truce_agreed(merged)
    truce_of_the_deal_just_made(merged)
    other_side_of_an_agreeing(merged)
    brokers_beside_a_war(merged, reference)
    stage_of_the_plan_told(merged)
    declared_by_its_side(merged)
    declared_for_its_days(merged)
    broken_soon_after(merged)
    broken_when_struck(merged)
    blamed_in_the_next_sentence(merged)
    witnessed_in_the_next_sentence(merged)
    merged += charges_of_breaking(merged)
    theatre = theatre_of(merged) or labelled_country(text) or struck_in(merged) or sole_state(merged)
    topics = {m.topic: [o for o in merged if o.topic == m.topic] for m in merged}
    theatres = {topic: theatre_of(told) or struck_in(told) or sole_state(told) for topic, told in topics.items()} \
        if len(topics) > 1 and 0 not in topics else {}  # (a page of letters or corrections, each its own war)
    against = foes(merged)
    named = named_codes(merged)
    for m in merged:
        if not anchored(m):
            continue
        here = m.section or (theatres[m.topic] if theatres else theatre)
        m.place = m.place or held_where(m) or yielded_by_talks(m, merged) or named_for_its_city(m) or \
            home_ground(m) or received_at_home(m) or hosted_at_home(m) or \
            broken_where_struck(m, merged) or \
            placed_as_told(m, merged) or (
            gazetteer().country(here) if here and (m.type in ("ceasefire", "attack") or m.section and m.type in (
                "agreement", "talks")) and (in_theatre(m, here) or at_war_with(m, here)) else None)
        # (a briefing's section heading names the country its items are about: "SOUTH SUDAN - … the 2018 peace
        # agreement had been abrogated"; and a daybook's "PORT HARCOURT - Talks between Rivers state officials and
        # militant commanders …", talks at home between its own sides)
        # (the theatre is the one country the fighting's sides are of, or the one the article's label names)
        groups = {code for code in named if code in actor_book().bases}
        if m.unnamed_doer and not m.codes(("initiator",)) and len(groups) == 1:
            m.actors.append((ActorRef(next(iter(groups)), next(iter(groups)), "armed_group"), "initiator"))
            # "An al Qaeda-linked group attacked the town of Djibo …" and, below, JNIM's claim: the one group the
            # article names
        if (blamed := blamed_on(m)) and not m.codes(("initiator",)):
            m.actors = [(ref, "initiator" if ref.code in blamed else role) for ref, role in m.actors]
            book = actor_book()
            m.actors += [(ActorRef(code, book.states.get(code, code), "state" if code in book.states else
                                   "armed_group"), "initiator") for code in sorted(blamed - m.codes())]
        if (struck := struck_state(m, against, named) or forces_under_fire(m, named, reference)) is not None:
            m.actors.append((struck, "target"))
        if m.type == "attack" and (homes := {actor_book().bases.get(code) for code in m.codes(("target",))} - {None}):
            m.actors = [(ref, role) for ref, role in m.actors if not (
                role == "target" and ref.code in homes and ref.code not in m.codes(("initiator", "participant")))]
            # "killed in an Israeli airstrike on the capital Sanaa": the Houthis struck, in Yemen; the state the
            # group is based in is where, not whom
        if m.type == "ceasefire" and not m.codes(("participant", "initiator")) and m.place is not None and \
                m.place.country and m.status in ("in_effect", "extended", "ended", "violated") and \
                (day := (m.date.start if m.date is not None else reference)):
            # "In Yemen, the truce that began on 2 April has held": the truce of the one war inside the country
            m.actors += [(war_side(code), "participant")
                         for code in sorted(civil_war_sides(m.place.country, day[:10], named))]
        elif m.type == "attack" and not m.codes() and m.lemma in FIGHTS and m.place is not None and \
                m.place.country and m.date is not None and not m.date.inferred and m.date.precision == "day":
            # "the battle for Bender", on 19-21 June 1992: fighting names no side, and is between the sides of the one
            # war going on inside the country that day
            m.actors += [(war_side(code), "participant")
                         for code in sorted(civil_war_sides(m.place.country, m.date.start[:10], named))]
        elif m.type == "ceasefire" and m.status == "agreed" and not m.codes(("participant", "initiator")) and \
                m.codes(("mediator",)) and m.codes(("mediator",)) <= actor_book().conveners and here and \
                (day := (m.date.start if m.date is not None else reference)):
            # "Its Cessation of Hostilities Agreement, signed in Geneva", the Henry Dunant Centre's, in a memoir of
            # Aceh: the truce a convener brokered is between the sides of the war it was brokered for
            m.actors += [(war_side(code), "participant")
                         for code in sorted(civil_war_sides(here, day[:10], named))]
        if m.status == "planned" and m.modality in ("asserted", "reported"):
            m.modality = "planned"  # talks still to come are planned, whoever says so ("will meet on Tuesday, he
            # added"; the speaker stays in claimed_by)
        elif m.modality == "asserted" and m.type in BILATERAL and reference and m.date is not None and \
                not m.date.inferred and m.date.precision in ("day", "hour", "minute") and \
                m.date.start[:10] > reference[:10] and m.trigger.root.pos_ != "VERB" and not any(
                    a.pos_ in ("VERB", "AUX") and ";" not in {t.text for t in a.doc[min(a.i, m.trigger.root.i):
                                                                                    max(a.i, m.trigger.root.i)]}
                    for a in m.trigger.root.ancestors):  # (a verb past a semicolon is another clause's)
            m.modality = "planned"  # "WHAT: Signing of an agreement …, WHEN: Sunday, 21 October 2018", in an
            # advisory of the day before: a step named, with no verb, for a day still to come is planned (not "agreed
            # to start joint patrols on March 15": agreed now, for a later day)
        if told_of_each(m):
            m.date = None  # "Each collapsed within hours", of three truces: each on its own day, none the record's
        if (m.date is None or m.date.inferred) and (before := before_the_truce(m, merged)) is not None:
            m.date = before
        if m.date is None and reference and m.status != "planned":
            # told without a date: on or before the report's day (a threat or a deal too: made by then); but talks
            # still to come are not due that day
            m.date = told_of_then(m, reference, merged) or When(start=reference[:10], precision="day", inferred=True)
        seen: set[tuple[str, str]] = set()
        actors = []
        # one role each: in a truce, swap, deal or talks a side is a side, whatever else a word made it ("the
        # government and the ELN extended their truce"); in what one side does, who does it is no side
        if m.status in ("agreed", "signed") and not m.codes(("target",)):
            # a deal is made by its sides: "Myanmar's military government and an alliance of armed groups agreed to a
            # ceasefire" names one side, still a side, not one who acts on another
            m.actors = [(ref, "participant" if role == "initiator" else role) for ref, role in m.actors]
        if m.type == "ceasefire" and m.status == "announced":
            m.actors = [(ref, role) for ref, role in m.actors if role != "target"]  # a truce one side declares binds
            # it alone: "end its armed struggle against the Turkish state" strikes no one
        lead = "participant" if two_sided(m) or m.type == "ceasefire" else "initiator"
        leading = {ref.code for ref, role in m.actors if role == lead and ref.code}
        for ref, role in m.actors:
            if (ref.code or ref.name, role) in seen or ref.code in leading and role != lead and \
                    role in ("initiator", "participant", "mediator"):
                continue
            seen.add((ref.code or ref.name, role))
            actors.append(Actor(name=ref.name, code=ref.code, role=role))
        t_start = m.doc_start - m.sentence.start_char + m.trigger.start_char
        t_end = t_start + len(m.trigger.text)
        said = m.sentence.text  # (as parsed: a quiz key's marks are blank in it, not in the text)
        start = m.doc_start + own_words_from(said, text, m.doc_start)
        end = max(start, m.doc_end - (len(said) - len(said.rstrip())))
        events.append(Event(
            doc_id=doc_id, type=m.type, status=m.status, actors=actors, date=m.date, place=m.place,
            quantities=m.quantities, modality=m.modality, negated=m.negated, claimed_by=m.claimed_by,
            evidence=Evidence(text=text[start:end], start=start, end=end), confidence=confidence(m),
            trigger=Evidence(text=text[t_start:t_end], start=t_start, end=t_end), proposed_by=m.proposed_by,
            anaphoric=m.definite,
            mentions=[Evidence(text=t, start=s, end=e) for s, e, t in m.mentions],
        ))
    return sorted(events, key=lambda e: (e.evidence.start, e.trigger.start if e.trigger else -1))  # in the order
    # the text tells them (a charge read from "India says Pakistani troops violated it" before Pakistan's "accuses")


ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def reference_date(published: str | None, dateline: str | None, text: str) -> str | None:
    """What relative dates resolve against: publication, else the dateline, else the first full date in the text.
    A dateline a day or two before publication is the story's own day ("WASHINGTON, Aug 8" in a paper of Aug 9):
    it wins."""
    try:
        told, out = date.fromisoformat((dateline or "")[:10]), date.fromisoformat((published or "")[:10])
        if 0 < (out - told).days <= 2:
            return told.isoformat()
    except ValueError:
        pass
    for candidate in (published, dateline):
        if candidate:
            try:
                return date.fromisoformat(candidate[:10]).isoformat()
            except ValueError:
                continue
    from trucewatch.nlp.when import find_dates

    for found in find_dates(text[:5000], date(2000, 1, 1)):
        if found.when.precision == "day" and re.search(r"(?:19|20)\d\d", found.when.text or ""):
            return found.when.start[:10]
    return None
