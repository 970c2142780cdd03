"""Clusters: mentions of one real-world event across documents share a `cluster_id`.

Two mentions from different documents are linked when they agree on type and status, their dates fall on the same
day (or, where a date is only the article's publication date, within a day of it), their parties are the same, and
their places do not contradict each other. Clusters are the connected components of those links, named after their
smallest event id, so they do not depend on the order in which documents arrive.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from trucewatch.model import Event

PARTY_ROLES = ("initiator", "participant", "target")


def _day(e: Event) -> date | None:
    if e.date is None:
        return None
    try:
        return date.fromisoformat(e.date.start[:10])
    except ValueError:
        return None


def same_event(a: Event, b: Event) -> bool:
    if a.doc_id == b.doc_id or a.type != b.type or a.status != b.status:
        return False
    pa = {x.code for x in a.actors if x.code and x.role in PARTY_ROLES}
    pb = {x.code for x in b.actors if x.code and x.role in PARTY_ROLES}
    if not pa or pa != pb:
        return False
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return False
    slack = 1 if (a.date.inferred or b.date.inferred) else 0
    if abs((da - db).days) > slack:
        return False
    if a.date.precision != "day" and b.date.precision != "day" and a.date.start[:7] != b.date.start[:7]:
        return False
    ca = a.place.country if a.place else None
    cb = b.place.country if b.place else None
    return not (ca and cb and ca != cb)


def assign_clusters(events: Iterable[Event]) -> dict[str, str]:
    """event_id -> cluster_id for every event given."""
    events = list(events)
    parent = {e.event_id: e.event_id for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_type: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_type[(e.type, e.status)].append(e)
    for group in by_type.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if same_event(a, b):
                    ra, rb = find(a.event_id), find(b.event_id)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {e.event_id: "cl_" + hashlib.sha1(find(e.event_id).encode()).hexdigest()[:12] for e in events}
