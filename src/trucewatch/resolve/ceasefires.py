"""The ceasefire registry: one record per real-world ceasefire, with its life.

Ceasefire events (called for, proposed, announced, agreed, violated, extended, ended …) are grouped into one
ceasefire when their parties overlap, their places do not contradict each other and their dates lie within the
same few weeks. The record's status is the latest status stated in the news, and time moves it on: a truce whose
declared end has passed is ended from the day after, with that change dated in its history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, timedelta

from trucewatch.model import Ceasefire, Event, StatusChange

PARTY_ROLES = ("initiator", "participant")
WINDOW_DAYS = 21
ESTABLISHING = ("announced", "agreed", "accepted", "in_effect", "extended")
ORDER = ("called_for", "proposed", "rejected", "failed", "accepted", "announced", "agreed", "in_effect", "extended",
         "violated", "ended")


def _parties(e: Event) -> set[str]:
    return {a.code for a in e.actors if a.code and a.role in PARTY_ROLES}


def _day(e: Event) -> date | None:
    try:
        return date.fromisoformat(e.date.start[:10]) if e.date and len(e.date.start) >= 10 else None
    except ValueError:
        return None


def _related(a: Event, b: Event) -> bool:
    pa, pb = _parties(a), _parties(b)
    if not pa or not pb or not pa & pb:
        return False
    da, db = _day(a), _day(b)
    if da is None or db is None or abs((da - db).days) > WINDOW_DAYS:
        return False
    ca = a.place.country if a.place else None
    cb = b.place.country if b.place else None
    return not (ca and cb and ca != cb)


def build_registry(events: Iterable[Event], outlets: dict[str, str | None] | None = None,
                   today: date | None = None) -> list[Ceasefire]:
    """The ceasefires that `events` tell of; `outlets` maps doc_id -> outlet for the sources."""
    outlets = outlets or {}
    today = today or date.today()
    items = sorted((e for e in events if e.type == "ceasefire" and e.modality != "hypothetical"),
                   key=lambda e: (e.date.start if e.date else "", e.event_id))
    groups: list[list[Event]] = []
    for e in items:
        home = next((g for g in groups if any(_related(e, other) for other in g)), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    return [_record(group, outlets, today) for group in groups]


def _record(group: list[Event], outlets: dict[str, str | None], today: date) -> Ceasefire:
    parties = sorted({c for e in group for c in _parties(e)})
    mediators = sorted({a.code for e in group for a in e.actors if a.role == "mediator" and a.code})
    places = sorted({e.place.name for e in group if e.place})
    establishing = [e for e in group if e.status in ESTABLISHING and e.date]
    effective = min((e.date.start for e in establishing), default=None)
    ends = max((e.date.end for e in establishing if e.date.end), default=None)
    declared = min((e.date.start[:10] for e in group if e.status in ("announced", "agreed") and e.date), default=None)
    kind = "unilateral" if any(e.status == "announced" for e in group) and len(parties) == 1 else (
        "bilateral" if len(parties) == 2 else "multilateral" if len(parties) > 2 else "unilateral")
    history_map: dict[tuple[str, str | None], StatusChange] = {}
    for e in sorted(group, key=lambda e: (e.date.start if e.date else "", ORDER.index(e.status))):
        day = e.date.start[:10] if e.date else None
        change = history_map.setdefault((e.status, day), StatusChange(e.status, day, [], []))
        change.event_ids.append(e.event_id)
        if e.doc_id not in change.sources:
            change.sources.append(e.doc_id)
    history = list(history_map.values())
    if ends:
        end_day = date.fromisoformat(ends[:10]) + timedelta(days=1)
        if end_day <= today and not any(h.status == "ended" for h in history):
            history.append(StatusChange("ended", end_day.isoformat(), [], ["declared end date passed"]))
    history.sort(key=lambda h: (h.date or "", ORDER.index(h.status)))
    status = history[-1].status if history else group[0].status
    violations = [{"event_id": e.event_id, "date": e.date.start if e.date else None,
                   "by": sorted(_parties(e)), "claimed_by": e.claimed_by, "doc_id": e.doc_id,
                   "evidence": e.evidence.text} for e in group if e.status == "violated"]
    docs = sorted({e.doc_id for e in group})
    sources = [{"doc_id": d, "outlet": outlets.get(d)} for d in docs]
    terms = [{"text": q, "event_id": e.event_id} for e in group for q in
             (f"{k.replace('_', ' ')}: {v}" for k, v in e.quantities.items())]
    where = places[0] if places else "/".join(parties) or "unknown parties"
    when = (effective or (group[0].date.start if group[0].date else ""))[:10]
    name = f"{where} ceasefire" + (f" ({when})" if when else "")
    key = "|".join([",".join(parties), where, when[:7]])
    return Ceasefire(
        ceasefire_id="cf_" + hashlib.sha1(key.encode()).hexdigest()[:10], name=name, parties=parties,
        mediators=mediators, scope=places, declared=declared, effective=effective, ends=ends, kind=kind,
        status=status, terms=terms, history=history, violations=violations, sources=sources)


def by_id(registry: list[Ceasefire]) -> dict[str, Ceasefire]:
    return {record.ceasefire_id: record for record in registry}
