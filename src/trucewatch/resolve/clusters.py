"""Clusters: mentions of one real-world event across documents share a `cluster_id`.

Two events from different documents are linked when
- they agree on type and status, the same actors act in both (initiators and participants; targets may be left
  out by one report but must not contradict the other's), their dates fall on the same day (or, where a date is only
  an article's publication date, within a day, except for attacks), and their places do not contradict each other; or
- one answers the other: a rejection or acceptance of X's proposal links to X's proposal of the same type within
  two months ("Moscow refused a ceasefire as proposed by the U.S." and "a U.S.-proposed ceasefire"); or
- they tell one start or one extension of a truce, placed in one country on one day, where a report names no side
  (`same_step`); or one deal of a day, where a report names only some of its sides; or one side's acceptance of a
  plan, told where and when another report has that side agree it (`truce_stages`); or
- they tell one swap, agreed and then carried out within days by the same sides (`swap_stages`); or
- they tell one round of talks, a report naming only its brokers, within days of the one round between two sides
  those brokers held; or
- they tell one attack at one named site on one day on the same side, a report naming no doer, where only one doer
  is told for it; or
- they date one event of the same sides alike by its month or year alone, each report telling only one such event
  (of attacks, only a place taken, by its month); or
- they tell the talks that led to one deal, each report telling one set of talks of those sides before it (within a
  year), whatever day each gives them (`lead_ups`).
A deal placed where a broker had it signed and placed where it holds is not placed apart.
Clusters are the connected components of those links, named after their smallest event id, so they do not depend
on the order in which documents arrive. Events are compared only within a sliding window of days, so the work grows
with the number of events on each day, not with the square of the whole store.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from trucewatch.model import Event
from trucewatch.nlp.lexicon import load
from trucewatch.resolve.partition import Partition

DOER_ROLES = ("initiator", "participant")
RESPONSES = ("rejected", "accepted", "failed")
RESPONSE_WINDOW_DAYS = 60


def _day(e: Event) -> date | None:
    if e.date is None:
        return None
    try:
        return date.fromisoformat(e.date.start[:10])
    except ValueError:
        return None


def _first_day(e: Event) -> date | None:
    """The event's day, or the first day of its month ("within a month" of the tsunami: January 2005)."""
    if e.date is not None and e.date.precision == "month":
        return (month_of(e) or (None,))[0]
    return _day(e)


def mediators(e: Event) -> frozenset[str]:
    return frozenset(a.code for a in e.actors if a.code and a.role == "mediator")


def places_clash(a: Event, b: Event) -> bool:
    """Are two events placed in different countries? A deal placed where a broker had it signed ("sign a seven-day
    ceasefire in Jeddah") and placed where it holds (Sudan) is not."""
    ca = a.place.country if a.place else None
    cb = b.place.country if b.place else None
    if not (ca and cb and ca != cb):
        return False
    brokers = mediators(a) | mediators(b)
    return not (a.type in ("ceasefire", "agreement") and (ca in brokers or cb in brokers or signed_abroad(a, b) or
                                                          signed_abroad(b, a)))


def signed_abroad(signed: Event, other: Event) -> bool:
    """Was a deal signed in a city of a country none of its sides is, and is the other report placed in a side's
    country? "Signed a ceasefire at talks in the Belarusian capital" and "the ceasefire took effect" in Ukraine."""
    sides = doers(signed) | doers(other)
    return signed.status in ("agreed", "signed") and signed.place.country not in sides and \
        other.place.country in sides and signed.place.lat is not None  # (a city has its coordinates; a country not)


SITES_APART_KM = 100  # two attacks placed this far apart are two, whatever else they share


def sites_apart(a: Event, b: Event) -> bool:
    """Are two events placed at named sites far apart ("near the Ta Muen Thom temple", "in Sisaket province")?"""
    pa, pb = a.place, b.place
    if pa is None or pb is None or None in (pa.lat, pa.lon, pb.lat, pb.lon) or pa.name == pb.name:
        return False
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(pb.lat - pa.lat), radians(pb.lon - pa.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(pa.lat)) * cos(radians(pb.lat)) * sin(dlon / 2) ** 2
    return 2 * 6371 * asin(sqrt(h)) > SITES_APART_KM


def attack_mode(e: Event) -> str | None:
    """ "air" or "ground", where the attack's own word tells which (triggers.json `attack_modes`)."""
    text = (e.trigger.text if e.trigger is not None else "").lower().strip()
    return next((mode for mode, words in load("triggers")["attack_modes"].items() if text in words), None)


def modes_apart(a: Event, b: Event) -> bool:
    """Is one attack told as from the air and the other as on the ground: two acts of a day, not one?"""
    return None not in (attack_mode(a), attack_mode(b)) and attack_mode(a) != attack_mode(b)


def doers(e: Event) -> frozenset[str]:
    return frozenset(a.code for a in e.actors if a.code and a.role in DOER_ROLES)


def fight(e: Event) -> bool:
    """Is the attack told as fighting between sides, all of them its participants, none striking the other?"""
    return bool(e.actors) and all(a.role == "participant" for a in e.actors if a.code)


def targets(e: Event) -> frozenset[str]:
    return frozenset(a.code for a in e.actors if a.code and a.role == "target")


def same_event(a: Event, b: Event, dated: bool = True) -> bool:
    """Do two events of different documents tell one real-world event? Without `dated`, all but the day (which the
    caller has weighed, for a date told only roughly: `window`)."""
    if a.doc_id == b.doc_id or a.type != b.type or a.status != b.status:
        return False
    fought = a.type == "attack" and (fight(a) or fight(b)) and len(doers(a) | targets(a)) >= 2 and \
        doers(a) | targets(a) == doers(b) | targets(b)  # ("the battle for Bender", between Moldova and the
    # separatists, and "Moldovan forces move into the town of Bender", against the separatists: one fight)
    if (not doers(a) or doers(a) != doers(b)) and not (
            same_toll(a, b) and not (doers(a) and doers(b))) and not fought:
        return False
    ta, tb = targets(a), targets(b)
    if ta and tb and ta != tb and not fought:
        return False
    if places_clash(a, b) or a.type == "attack" and (sites_apart(a, b) or modes_apart(a, b)):
        return False
    if a.type == "agreement" and named_deal(a) != named_deal(b):
        return False  # "initialled a peace agreement" and "had agreed to open a transit route", told of one summit:
        # a deal named as one, and a step agreed by its own verb
    if not dated:
        return True
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return False
    if a.type == "attack" and (a.date.inferred or b.date.inferred) and not same_toll(a, b) and \
            not same_site(a, b):
        return False  # (an attack dated only by its report's day is one of that day's many: "Iran fired missiles at
        # Israel after the truce", told on the day a missile killed four in Beersheba before it)
    # A date that is only the article's, or a truce dated by its agreement in one report and by its first day in
    # another, may be a day off.
    slack = 1 if (a.date.inferred or b.date.inferred) and a.type != "attack" or a.type == "ceasefire" else 0
    # (attacks recur too often for that: an undated seizure of Goma is not the seizure of Walikale told that day)
    return abs((da - db).days) <= slack


# Days a date told only roughly may stand for. An undated report of a declaration, a deal or talks bounds its day from
# above: it happened by the report's day, which may come days later ("days after the NUG said its armed wing would
# pause offensive operations"). "A week after" is a week give or take a few days; a month, any day in it, for a deal
# or talks between two sides. Attacks recur too often to join on a rough date, unless a month's attack counts its dead
# as another report of that month counts them (`same_toll`).
REPORT_LAG_DAYS = 7
WEEK_SLACK_DAYS = 3
WEEKS = re.compile(r"\bweeks?\b", re.IGNORECASE)


def month_of(e: Event) -> tuple[date, date] | None:
    """The first and last day of the month an event is dated by."""
    try:
        first = date.fromisoformat(e.date.start[:7] + "-01")
    except ValueError:
        return None
    return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


RECURRING = {"accusation", "demand"}  # acts one side repeats against the same other, too often to join on a rough
# day


def window(e: Event) -> tuple[date, date] | None:
    """The first and last day a roughly dated event may fall on; None where its date is exact (or absent)."""
    if e.date is None or e.type == "attack" and not (e.date.precision == "month" and (
            tolled(e) or sited(e) or doers(e) and targets(e))):
        return None  # (but "an ELN offensive in the Catatumbo region killed about 80 people" in January 2025 is the
        # fighting of that month counted alike; and "Late March 2025 - The army retakes the Republican Palace" is the
        # retaking of that site that month; and Iran's attack on Israel "in April" is the one of that month the store
        # holds, if one)
    if e.date.precision == "month":
        if len(doers(e)) < 2 and e.type != "attack" and not (e.type == "ceasefire" and e.status == "called_for"):
            return None  # (one side's declarations recur: Putin's Easter truce and his Victory Day truce, one month;
            # but a call to lay down arms, told by its month, is the one call of that month the store holds, if one)
        return month_of(e)
    day = _day(e)
    if day is None:
        return None
    if e.date.inferred:
        if e.type in RECURRING:
            return None  # (one side's charges against the other recur like its strikes: Israel's charge told on 19
            # October is no other day's charge it made that week)
        return day - timedelta(days=REPORT_LAG_DAYS), day
    if WEEKS.search(e.date.text or ""):
        return day - timedelta(days=WEEK_SLACK_DAYS), day + timedelta(days=WEEK_SLACK_DAYS)
    return None


# A truce agreed and the same truce taking effect a day or two later are one truce, told at two steps of its life
# (as a proposal and the answers to it are one): the same two sides, days apart.
STAGE_GAP_DAYS = 2
MAKING_STAGES = {"agreed", "in_effect"}


def truce_stages(a: Event, b: Event) -> bool:
    """ "Israel's cabinet approved the agreement on Tuesday" and "a ceasefire between Israel and Hezbollah took effect
    on Wednesday": one truce, made and then in force."""
    if a.type != "ceasefire" or b.type != "ceasefire" or a.status == b.status or a.date is None or b.date is None:
        return False
    if {a.status, b.status} == {"announced", "agreed"}:
        # "Putin agreed on March 18 to a 30-day halt to strikes on energy infrastructure" and "Putin had ordered the
        # military to halt strikes on energy facilities": the one side's truce of that day, agreed and declared
        if _day(a) != _day(b) or places_clash(a, b):
            return False
        told, made = (a, b) if a.status == "announced" else (b, a)
        # (and "the truce he had announced the night before" with "Trump announces ceasefire between Israel and
        # Iran", read as the deal he brokered: one announcement, by its broker)
        return len(doers(a)) == 1 and doers(a) == doers(b) or \
            len(doers(told)) == 1 and doers(told) <= mediators(made) and len(doers(made)) >= 2
    if {a.status, b.status} == {"accepted", "agreed"}:
        # "after talks in Moscow with Sarkozy, he agrees to a six-point plan" and "The six-point plan was agreed in
        # Moscow on Tuesday by Medvedev and Sarkozy": one side's acceptance, told where and when the plan was agreed,
        # is its agreeing (not the other side's acceptance at home that night)
        taken, made = (a, b) if a.status == "accepted" else (b, a)
        return _day(a) == _day(b) and not (a.date.inferred or b.date.inferred) and \
            a.place is not None and b.place is not None and a.place.name == b.place.name and \
            len(doers(taken)) == 1 and doers(taken) < doers(made)
    if {a.status, b.status} - MAKING_STAGES or a.date.inferred or b.date.inferred:
        return False
    sides = doers(a)
    return len(sides) >= 2 and sides == doers(b) and not places_clash(a, b)


def deal_stages(a: Event, b: Event, sole: set[str]) -> bool:
    """ "Ethiopia and Somalia agreed late on Wednesday to set aside their dispute" and "the two leaders signed the
    Ankara Declaration": one deal, agreed and signed at one sitting, where each report tells no other deal of those
    sides (a summit that made two, "initialled a peace agreement" and "agreed to open a transit route", keeps
    them apart) and the two do not differ in brokers or place."""
    if a.type != "agreement" or b.type != "agreement" or {a.status, b.status} != {"agreed", "signed"} or \
            a.event_id not in sole or b.event_id not in sole or a.doc_id == b.doc_id:
        return False
    sides = doers(a)
    if len(sides) < 2 or sides != doers(b) or places_clash(a, b):
        return False
    return not (mediators(a) and mediators(b) and not mediators(a) & mediators(b))


def sole_deals(events: list[Event]) -> set[str]:
    """The deals that are the only one their report tells of their sides (not "the two men held talks on Sunday and
    agreed to reopen embassies" beside the declaration they signed on Monday)."""
    told: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if e.type == "agreement":
            told[(e.doc_id, doers(e))].append(e)
    return {group[0].event_id for group in told.values() if len(group) == 1}


# A round of talks goes on for days: "the draft was handed over on Monday at talks in Doha mediated by Qatar and
# Egypt" and "Israel and Hamas agreed on Wednesday, after months of negotiations mediated by Qatar, Egypt and the
# United States" tell one round, the first naming only its brokers.
ROUND_DAYS = 3


# A truce's start or extension told without its sides: "the parties have agreed to renew the truce for an additional
# two months", "Since the truce began on 2 April". It is the same step of the same truce as another report's of that
# day and country whose length and brokers do not differ; of reports that name the sides, only the one such report
# (so that a report naming none never bridges two truces).
LIFE_STEPS = {"in_effect", "extended"}


def same_step(a: Event, b: Event) -> bool:
    """Do two reports, one or both naming no side, tell one start or one extension of a truce?"""
    if a.status != b.status or _day(a) != _day(b) or a.place.country != b.place.country:
        return False
    la, lb = a.quantities.get("duration_days"), b.quantities.get("duration_days")
    ma, mb = (frozenset(x.code for x in e.actors if x.role == "mediator" and x.code) for e in (a, b))
    return not (la and lb and la != lb) and not (ma and mb and not ma & mb)


SWAP_GAP_DAYS = 2


def swap_stages(a: Event, b: Event) -> bool:
    """ "Russia and Ukraine would exchange 175 prisoners of war each on Wednesday" and "exchanged 175 prisoners of war
    each on March 19": one swap, agreed and then carried out, by the same two sides, within days, of the same
    numbers where both reports give them."""
    agreed, done = (a, b) if a.status == "agreed" else (b, a)
    if a.type != "prisoner_exchange" or b.type != a.type or {agreed.status, done.status} != {"agreed", "carried_out"}:
        return False
    sides = doers(agreed)
    da, dd = _day(agreed), _day(done)
    if len(sides) < 2 or sides != doers(done) or da is None or dd is None or not 0 <= (dd - da).days <= SWAP_GAP_DAYS:
        return False
    counts = [(agreed.quantities.get(k), done.quantities.get(k)) for k in ("prisoners_per_side", "prisoners_total")]
    return not any(x is not None and y is not None and x != y for x, y in counts) and not places_clash(a, b)


TOLL_MIN = 10  # a count of the dead this high, told alike, is rarely two events' on one day in one country


def tolled(e: Event) -> bool:
    """Does the event count its dead high enough, with a place, to be told apart by that count?"""
    return (e.quantities.get("killed") or 0) >= TOLL_MIN and e.place is not None


def sited(e: Event) -> bool:
    """Is the event placed at a named site below its country (a city, a palace), with its doers named?"""
    if e.place is None or not e.place.country or not doers(e):
        return False
    from trucewatch.nlp.places import gazetteer

    return e.place.name != gazetteer().country(e.place.country).name


def same_site(a: Event, b: Event) -> bool:
    """Are two attacks placed at one named site below its country (a city, a base), not only in one country?"""
    if a.place is None or b.place is None or a.place.name != b.place.name or not a.place.country:
        return False
    from trucewatch.nlp.places import gazetteer

    return a.place.name != gazetteer().country(a.place.country).name


@lru_cache(maxsize=1)
def deal_nouns() -> frozenset[str]:
    data = load("triggers")
    return frozenset(word for word, entry in data["nouns"].items() if entry.get("type") == "agreement") | \
        frozenset(phrase.split()[-1] for phrase, kind in data["phrases"].items() if kind == "agreement")


def named_deal(e: Event) -> bool:
    """Is the deal named by a noun ("a peace agreement", "the declaration"), not told by the verb of its step?"""
    if e.trigger is None:
        return True
    word = e.trigger.text.lower().split()[-1] if e.trigger.text.strip() else ""
    return word in deal_nouns() or word.rstrip("s") in deal_nouns() or e.anaphoric  # (or told again: "It was
    # signed in Helsinki on 15 August 2005", the peace agreement its sentence before named)


TAKING = re.compile(r"^(?:seiz|took|tak|captur|overr|retak|retook|recaptur|storm)", re.IGNORECASE)


def taking(e: Event) -> bool:
    """Is the attack told as a place taken ("seized", "took control of", "captured")?"""
    return e.trigger is not None and TAKING.match(e.trigger.text) is not None


def same_toll(a: Event, b: Event) -> bool:
    """ "At least 80 people had been killed since Thursday" and "80 people have been killed since Thursday in fighting
    between the ELN and FARC dissidents": one fighting, counted alike, whether or not a report names its sides."""
    killed = a.quantities.get("killed")
    return a.type == "attack" and killed is not None and killed >= TOLL_MIN and b.quantities.get("killed") == killed \
        and a.place is not None and b.place is not None and a.place.country == b.place.country is not None


def answers(response: Event, proposal: Event) -> bool:
    """Is `response` a rejection or acceptance of the proposal `proposal` reports?"""
    if response.type != proposal.type or response.status not in RESPONSES or proposal.status != "proposed":
        return False
    if not response.proposed_by or response.proposed_by not in proposal.codes("initiator"):
        return False
    dr, dp = _day(response), _day(proposal)
    return dr is not None and dp is not None and 0 <= (dr - dp).days <= RESPONSE_WINDOW_DAYS


def _said_alike(a: Event, b: Event) -> bool:
    """Copies of one article state an event in the same words."""
    return " ".join(a.evidence.text.lower().split()) == " ".join(b.evidence.text.lower().split())


# Talks that run for months are dated by the report that tells them by either end: "within a month both sides were
# sitting down in Finland" and "after five rounds of talks the two sides signed a peace agreement … on Aug. 15,
# 2005". Where each report tells one set of talks between two sides and one deal of theirs that the talks came
# before, within a year, and the deals are one, the talks that led to it are one too.
LEAD_UP_DAYS = 365


def lead_ups(events: list[Event], cluster_of) -> dict[tuple, list[Event]]:
    """(the deal's cluster, the sides) -> the talks each report tells as leading to that deal, one per report."""
    talks: dict[tuple, list[Event]] = defaultdict(list)
    deals: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if _first_day(e) is None or e.date.inferred or len(doers(e)) < 2:
            continue
        if e.type == "talks" and e.status == "held":
            talks[(e.doc_id, doers(e))].append(e)
        elif e.type in ("agreement", "ceasefire") and e.status in ("agreed", "signed"):
            deals[(e.doc_id, doers(e))].append(e)
    led: dict[tuple, list[Event]] = defaultdict(list)
    for key, told in talks.items():
        made = {cluster_of(d) for d in deals.get(key, ())
                if 0 <= (_first_day(d) - _first_day(told[0])).days <= LEAD_UP_DAYS}
        if len(told) == 1 and len(made) == 1:
            led[(made.pop(), key[1])].append(told[0])
    return led


def assign_clusters(events: Iterable[Event], family: dict[str, str] | None = None) -> dict[str, str]:
    """event_id -> cluster_id for every event given; `family` maps doc_id -> near-duplicate family."""
    events = sorted(events, key=lambda e: e.event_id)
    family = family or {}
    groups = Partition(e.event_id for e in events)

    def union(a: Event, b: Event) -> None:
        groups.union(a.event_id, b.event_id)

    copies: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for e in events:
        if e.doc_id in family:
            copies[(family[e.doc_id], e.type, e.status)].append(e)
    for group in copies.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.doc_id != b.doc_id and _said_alike(a, b):
                    union(a, b)
    by_type: dict[str, list[tuple[date, Event]]] = defaultdict(list)
    for e in events:
        day = _day(e)
        if day is not None:
            by_type[e.type].append((day, e))
    sole = sole_deals(events)
    for dated in by_type.values():
        dated.sort(key=lambda de: (de[0], de[1].event_id))
        for i, (day, a) in enumerate(dated):
            for other_day, b in dated[i + 1:]:
                gap = (other_day - day).days
                if gap > RESPONSE_WINDOW_DAYS:
                    break
                if (gap <= 1 and same_event(a, b)) or answers(a, b) or answers(b, a) or \
                        gap <= STAGE_GAP_DAYS and truce_stages(a, b) or swap_stages(a, b) or \
                        gap <= 1 and deal_stages(a, b, sole):
                    union(a, b)
    # a roughly dated event joins the one exactly dated event it may tell again: the nearest in its window (the
    # latest, for a report's day), and for a month only the one such event in it, so that it never bridges two rounds
    # of talks or two declarations
    exact: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if _day(e) is not None and window(e) is None and not (e.type == "attack" and e.date.inferred):
            exact[e.type].append(e)  # (an attack dated only by its report's day is no day to join on)
    for a in events:
        if (span := window(a)) is None:
            continue
        told = [b for b in exact[a.type] if span[0] <= _day(b) <= span[1] and same_event(a, b, dated=False) and
                not (a.type == "attack" and not tolled(a) and not same_site(a, b) and
                     not (targets(a) and targets(a) == targets(b))) and
                not (a.type == "attack" and taking(a) != taking(b))]
        # ("The RSF seized El Fasher" in October is its seizure of 26 October, not the killings at a hospital there
        # days later)
        if a.date.precision == "month" and len({groups.find(b.event_id) for b in told}) != 1:
            continue  # (two reports of the one event, already joined, are one)
        if told:
            day = _day(a) or span[1]
            union(a, min(told, key=lambda b: (abs((_day(b) - day).days), b.event_id)))
    # two reports that date an event alike by its month or year alone ("agreed it in November 2003", "violated it
    # more than 5,000 times in 2020") join where each holds only that one such event of those sides
    rough: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if e.date is not None and e.date.precision in ("month", "year") and not e.date.inferred and \
                (e.type != "attack" or taking(e) and e.date.precision == "month") and doers(e):
            rough[(e.type, e.status, e.date.start, doers(e))].append(e)  # (an attack, only a place taken: "the
            # Seleka rebels seized Bangui in March 2013", a city taken once by one side in a month)
    for alike in rough.values():
        per_doc: dict[str, list[Event]] = defaultdict(list)
        for e in alike:
            per_doc[e.doc_id].append(e)
        ones = [es[0] for es in per_doc.values() if len(es) == 1]
        for i, a in enumerate(ones):
            for b in ones[i + 1:]:
                if same_event(a, b, dated=False):
                    union(a, b)
    # a deal told with one of its sides, or with its broker only, joins the one deal of that day whose sides include
    # that side, or that broker brokered
    # (one told only by its report's day joins the one such deal of the week before)
    deals = [e for e in events if e.type in ("ceasefire", "agreement") and e.status in ("agreed", "signed") and
             _day(e) is not None and (doers(e) or mediators(e))]

    def that_day(a: Event, b: Event) -> bool:
        if b.date.inferred:
            return False
        gap = (_day(a) - _day(b)).days
        return 0 <= gap <= REPORT_LAG_DAYS if a.date.inferred else gap == 0

    for a in deals:
        fuller = [b for b in deals if b.doc_id != a.doc_id and b.status == a.status and b.type == a.type and
                  that_day(a, b) and (doers(a) < doers(b) if doers(a) else doers(b) and
                                      mediators(a) <= mediators(b)) and not places_clash(a, b)]
        if len({doers(b) for b in fuller}) == 1:
            for b in fuller:
                union(a, b)
    # talks told with their brokers only join the one round between two sides those brokers held within days
    held = [e for e in events if e.type == "talks" and _day(e) is not None and not e.date.inferred]
    for a in held:
        if doers(a) or not mediators(a):
            continue
        fuller = [b for b in held if b.doc_id != a.doc_id and b.status == a.status and len(doers(b)) >= 2 and
                  mediators(a) <= mediators(b) and abs((_day(a) - _day(b)).days) <= ROUND_DAYS and
                  not places_clash(a, b)]
        if len({doers(b) for b in fuller}) == 1:
            for b in fuller:
                union(a, b)
    # an attack told without its doer ("Ismail Haniyeh is killed in Tehran") joins the one attack of that day on the
    # same side at the same named site that another report tells with its doer ("killed in an Israeli strike on his
    # residence in Tehran")
    struck = [e for e in events if e.type == "attack" and _day(e) is not None and targets(e) and same_site(e, e)]
    for a in struck:
        if doers(a) or a.date.inferred:
            continue
        fuller = [b for b in struck if b.doc_id != a.doc_id and doers(b) and b.status == a.status and
                  _day(b) == _day(a) and targets(b) == targets(a) and same_site(a, b) and taking(a) == taking(b)]
        if len({doers(b) for b in fuller}) == 1:
            for b in fuller:
                union(a, b)
    # a deal told by no side, only by its month and the city it is named for ("The first Minsk ceasefire, signed in
    # September"), joins the one deal that month at that city
    for a in events:
        if a.type not in ("ceasefire", "agreement") or doers(a) or mediators(a) or a.date is None or \
                a.date.precision != "month" or a.date.inferred or (span := month_of(a)) is None:
            continue
        there = [b for b in exact[a.type] if b.doc_id != a.doc_id and b.status == a.status and doers(b) and
                 span[0] <= _day(b) <= span[1] and same_site(a, b)]
        if len({groups.find(b.event_id) for b in there}) == 1:
            union(a, there[0])
    for led in lead_ups(events, lambda e: groups.find(e.event_id)).values():
        for a, b in zip(led, led[1:]):
            if same_event(a, b, dated=False):
                union(a, b)
    steps = [e for e in events if e.type == "ceasefire" and e.status in LIFE_STEPS and _day(e) is not None and
             not e.date.inferred and e.place is not None and e.place.country]
    for a in steps:
        if doers(a):
            continue
        alike = [b for b in steps if b.doc_id != a.doc_id and same_step(a, b)]
        sided = {doers(b) for b in alike if doers(b)}
        for b in alike:
            if not doers(b) or len(sided) == 1:
                union(a, b)
    return {e.event_id: "cl_" + hashlib.sha1(groups.find(e.event_id).encode()).hexdigest()[:12] for e in events}


def resolve_batch(documents: Iterable, events: list[Event]) -> None:
    """Set `cluster_id` on events extracted together (no database): families from the documents' texts."""
    from trucewatch.resolve.neardup import families_of_texts

    family = families_of_texts((d.id, d.text) for d in documents)
    clusters = assign_clusters(events, family)
    for e in events:
        e.cluster_id = clusters[e.event_id]


def _support(values: list[tuple[object, Event]]) -> list[dict]:
    """Distinct values, most reported first, each with the reports behind it."""
    by_value: dict[str, dict] = {}
    for value, e in values:
        key = repr(value)
        entry = by_value.setdefault(key, {"value": value, "claimed_by": set(), "event_ids": [], "doc_ids": []})
        entry["event_ids"].append(e.event_id)
        if e.doc_id not in entry["doc_ids"]:
            entry["doc_ids"].append(e.doc_id)
        if e.claimed_by:
            entry["claimed_by"].add(e.claimed_by)
    out = sorted(by_value.values(), key=lambda v: (-len(v["doc_ids"]), v["event_ids"][0]))
    for entry in out:
        entry["claimed_by"] = sorted(entry["claimed_by"])
    return out


def summarize(events: Iterable[Event], documents: dict[str, dict] | None = None) -> list[dict]:
    """One merged record per cluster: the best-supported value of each field, the reports behind it, how many
    documents, outlets and independent sources (near-duplicate families) report it, and contested claims where
    reports disagree (how many killed, which day, where)."""
    documents = documents or {}
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        groups[e.cluster_id or e.event_id].append(e)
    out = []
    for cluster_id, members in groups.items():
        members.sort(key=lambda e: (e.doc_id, e.evidence.start))
        dates = _support([(e.date.start[:10], e) for e in members if e.date and not e.date.inferred]) or \
            _support([(e.date.start[:10], e) for e in members if e.date])
        places = _support([(e.place.name, e) for e in members if e.place])
        countries = _support([(e.place.country, e) for e in members if e.place and e.place.country])
        actors = _support([((a.code or a.name, a.role), e) for e in members for a in e.actors])
        quantity_keys = sorted({k for e in members for k in e.quantities})
        quantities = {k: _support([(e.quantities[k], e) for e in members if k in e.quantities])
                      for k in quantity_keys}
        contested = []
        for field, versions in [("date", dates), ("place", countries), *((f"quantities.{k}", v)
                                                                        for k, v in quantities.items())]:
            if len(versions) > 1:
                contested.append({"field": field, "versions": versions})
        docs = sorted({e.doc_id for e in members})
        outlets = {documents.get(d, {}).get("outlet") or d for d in docs}
        families = {documents.get(d, {}).get("family") or d for d in docs}
        first = members[0]
        out.append({
            "cluster_id": cluster_id, "type": first.type, "status": first.status,
            "date": dates[0]["value"] if dates else None,
            "place": places[0]["value"] if places else None,
            "actors": [{"code": code, "role": role, "reports": len(v["doc_ids"])}
                       for v in actors for code, role in [v["value"]]],
            "quantities": {k: v[0]["value"] for k, v in quantities.items()},
            "documents": len(docs), "outlets": len(outlets), "independent_sources": len(families),
            "contested": contested,
            "reports": [{"event_id": e.event_id, "doc_id": e.doc_id,
                         "outlet": documents.get(e.doc_id, {}).get("outlet"),
                         "published": documents.get(e.doc_id, {}).get("published"),
                         "claimed_by": e.claimed_by, "evidence": e.evidence.text} for e in members],
        })
    return sorted(out, key=lambda c: (c["date"] or "", c["cluster_id"]))
