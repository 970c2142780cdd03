"""Clusters: mentions of one real-world event across documents share a `cluster_id`.

Two events from different documents are linked when
- they agree on type and status, the same actors act in both (initiators and participants; targets may be left
  out by one report but must not contradict the other's), their dates fall on the same day (or, where a date is only
  an article's publication date, within a day), and their places do not contradict each other; or
- one answers the other: a rejection or acceptance of X's proposal links to X's proposal of the same type within
  two months ("Moscow refused a ceasefire as proposed by the U.S." and "a U.S.-proposed ceasefire").
Clusters are the connected components of those links, named after their smallest event id, so they do not depend
on the order in which documents arrive. Events are compared only within a sliding window of days, so the work grows
with the number of events on each day, not with the square of the whole store.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from trucewatch.model import Event

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


def doers(e: Event) -> frozenset[str]:
    return frozenset(a.code for a in e.actors if a.code and a.role in DOER_ROLES)


def targets(e: Event) -> frozenset[str]:
    return frozenset(a.code for a in e.actors if a.code and a.role == "target")


def same_event(a: Event, b: Event) -> bool:
    if a.doc_id == b.doc_id or a.type != b.type or a.status != b.status:
        return False
    if not doers(a) or doers(a) != doers(b):
        return False
    ta, tb = targets(a), targets(b)
    if ta and tb and ta != tb:
        return False
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return False
    slack = 1 if (a.date.inferred or b.date.inferred) else 0
    if abs((da - db).days) > slack:
        return False
    ca = a.place.country if a.place else None
    cb = b.place.country if b.place else None
    return not (ca and cb and ca != cb)


def answers(response: Event, proposal: Event) -> bool:
    """Is `response` a rejection or acceptance of the proposal `proposal` reports?"""
    if response.type != proposal.type or response.status not in RESPONSES or proposal.status != "proposed":
        return False
    if not response.proposed_by or response.proposed_by not in proposal.codes("initiator"):
        return False
    dr, dp = _day(response), _day(proposal)
    return dr is not None and dp is not None and 0 <= (dr - dp).days <= RESPONSE_WINDOW_DAYS


def assign_clusters(events: Iterable[Event]) -> dict[str, str]:
    """event_id -> cluster_id for every event given."""
    events = sorted(events, key=lambda e: e.event_id)
    parent = {e.event_id: e.event_id for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: Event, b: Event) -> None:
        ra, rb = find(a.event_id), find(b.event_id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_type: dict[str, list[tuple[date, Event]]] = defaultdict(list)
    for e in events:
        day = _day(e)
        if day is not None:
            by_type[e.type].append((day, e))
    for dated in by_type.values():
        dated.sort(key=lambda de: (de[0], de[1].event_id))
        for i, (day, a) in enumerate(dated):
            for other_day, b in dated[i + 1:]:
                gap = (other_day - day).days
                if gap > RESPONSE_WINDOW_DAYS:
                    break
                if (gap <= 1 and same_event(a, b)) or answers(a, b) or answers(b, a):
                    union(a, b)
    return {e.event_id: "cl_" + hashlib.sha1(find(e.event_id).encode()).hexdigest()[:12] for e in events}
