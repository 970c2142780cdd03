"""The ceasefire registry: one record per real-world ceasefire, with its life.

Ceasefire events (called for, proposed, announced, agreed, violated, extended, ended …) are grouped into one
ceasefire when
- they come from one article that establishes exactly one ceasefire (announces or agrees it): the calls for it,
  rejections of it and violations of it that the article reports belong to that ceasefire; or
- across articles, their parties overlap, their places do not contradict each other and their dates lie within a
  few weeks of each other.
Groups are connected components of those links, so the registry does not depend on the order of the events.
The record's status is the latest status stated, and time moves it on: a truce whose declared end has passed is
ended from the day after, and that change is dated in its history.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from trucewatch.model import Ceasefire, Event, StatusChange
from trucewatch.resolve.clusters import answers
from trucewatch.resolve.partition import Partition

PARTY_ROLES = ("initiator", "participant")
WINDOW_DAYS = 21
ESTABLISHING = ("announced", "agreed", "accepted", "in_effect", "extended")
ORDER = ("called_for", "proposed", "rejected", "failed", "accepted", "announced", "agreed", "in_effect", "extended",
         "violated", "ended")


def _parties(e: Event) -> set[str]:
    return {a.code for a in e.actors if a.code and a.role in PARTY_ROLES}


def _everyone(e: Event) -> set[str]:
    return {a.code for a in e.actors if a.code and a.role != "mediator"}


def _day(e: Event) -> date | None:
    try:
        return date.fromisoformat(e.date.start[:10]) if e.date and len(e.date.start) >= 10 else None
    except ValueError:
        return None


def _near(a: Event, b: Event) -> bool:
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= WINDOW_DAYS


def _places_agree(a: Event, b: Event) -> bool:
    ca = a.place.country if a.place else None
    cb = b.place.country if b.place else None
    return not (ca and cb and ca != cb)


def _across(a: Event, b: Event) -> bool:
    pa, pb = _parties(a), _parties(b)
    return bool(pa and pb and pa & pb) and _near(a, b) and _places_agree(a, b)


def _groups(events: list[Event]) -> list[list[Event]]:
    partition = Partition(e.event_id for e in events)

    def union(a: Event, b: Event) -> None:
        partition.union(a.event_id, b.event_id)

    by_doc: dict[str, list[Event]] = defaultdict(list)
    by_cluster: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_doc[e.doc_id].append(e)
        if e.cluster_id:
            by_cluster[e.cluster_id].append(e)
    for members in by_cluster.values():
        for other in members[1:]:
            union(members[0], other)
    for doc_events in by_doc.values():
        established = [e for e in doc_events if e.status in ("announced", "agreed")]
        main = established[0] if len({frozenset(_parties(e)) for e in established}) == 1 else None
        if main is None:
            with_parties = sorted((e for e in doc_events if _everyone(e)), key=lambda e: e.evidence.start)
            main = with_parties[0] if with_parties else None
        if main is None:
            continue
        for e in doc_events:
            sides = {a.code for a in e.actors if a.role == "participant" and a.code}
            # "the truce", broken by either side, is the article's truce; "the US-Taliban ceasefire" is another
            about_it = e.anaphoric and not sides or not _everyone(e) or bool(_everyone(e) & _everyone(main))
            if about_it and (main.status in ("announced", "agreed") or not _everyone(e)) and (
                    _near(e, main) or e.date is None or e.date.inferred):
                union(e, main)
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if a.doc_id != b.doc_id and (_across(a, b) or answers(a, b) or answers(b, a)):
                union(a, b)
    groups: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        groups[partition.find(e.event_id)].append(e)
    return sorted(groups.values(), key=lambda g: min(e.date.start if e.date else "" for e in g))


def build_registry(events: Iterable[Event], outlets: dict[str, str | None] | None = None,
                   today: date | None = None) -> list[Ceasefire]:
    """The ceasefires that `events` tell of; `outlets` maps doc_id -> outlet for the sources."""
    outlets = outlets or {}
    today = today or date.today()
    items = sorted((e for e in events if e.type == "ceasefire" and e.modality != "hypothetical"),
                   key=lambda e: e.event_id)
    return [_record(group, outlets, today) for group in _groups(items)]


def _record(group: list[Event], outlets: dict[str, str | None], today: date) -> Ceasefire:
    stated = [e for e in group if not e.negated]  # "the truce was not extended" is a source, not a change
    establishing = [e for e in stated if e.status in ESTABLISHING and e.date]
    parties = sorted({c for e in establishing for c in _parties(e)} or {c for e in group for c in _everyone(e)})
    mediators = sorted({a.code for e in group for a in e.actors if a.role == "mediator" and a.code})
    places = sorted({e.place.name for e in group if e.place})
    effective = min((e.date.start for e in establishing), default=None)
    ends = max((e.date.end for e in establishing if e.date.end), default=None)
    declared = min((e.date.start[:10] for e in stated if e.status in ("announced", "agreed") and e.date), default=None)
    if any(e.status == "announced" for e in stated) and len(parties) == 1:
        kind = "unilateral"
    else:
        kind = {0: "unilateral", 1: "unilateral", 2: "bilateral"}.get(len(parties), "multilateral")
    history_map: dict[tuple[str, str | None], StatusChange] = {}
    for e in sorted(stated, key=lambda e: (e.date.start if e.date else "", ORDER.index(e.status))):
        day = e.date.start[:10] if e.date else None
        change = history_map.setdefault((e.status, day), StatusChange(e.status, day, [], [],
                                                                       bool(e.date and e.date.inferred)))
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
                   "evidence": e.evidence.text} for e in stated if e.status == "violated"]
    docs = sorted({e.doc_id for e in group})
    sources = [{"doc_id": d, "outlet": outlets.get(d)} for d in docs]
    terms = [{"text": f"{k.replace('_', ' ')}: {v}", "event_id": e.event_id, "evidence": e.evidence.text}
             for e in group for k, v in e.quantities.items()]
    where = places[0] if places else None
    when = (effective or min((e.date.start for e in group if e.date), default=""))[:10]
    name = " ".join(x for x in ("/".join(parties) or "Unattributed", "ceasefire", f"in {where}" if where else "",
                                f"({when})" if when else "") if x)
    key = "|".join([",".join(parties), where or "", when[:7]])
    return Ceasefire(
        ceasefire_id="cf_" + hashlib.sha1(key.encode()).hexdigest()[:10], name=name, parties=parties,
        mediators=mediators, scope=places, declared=declared, effective=effective, ends=ends, kind=kind,
        status=status, terms=terms, history=history, violations=violations, sources=sources)


def by_id(registry: list[Ceasefire]) -> dict[str, Ceasefire]:
    return {record.ceasefire_id: record for record in registry}
