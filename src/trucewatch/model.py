"""The records trucewatch produces and stores.

Pure data: this module imports nothing else of ours, so every layer (ingest, nlp, resolve, store, web) can share
it. Field names follow the contract in the shared spec (`spec/events.md`); `to_dict` gives exactly that shape.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES: dict[str, tuple[str, ...]] = {
    "ceasefire": ("called_for", "proposed", "announced", "accepted", "agreed", "rejected", "failed",
                  "in_effect", "extended", "violated", "ended"),
    "talks": ("planned", "held", "postponed", "cancelled", "rejected"),
    "prisoner_exchange": ("proposed", "agreed", "carried_out"),
    "agreement": ("proposed", "agreed", "signed", "implemented", "rejected", "ended"),
    "proposal": ("presented", "accepted", "rejected"),
    "demand": ("made", "met", "rejected"),
    "sanction": ("called_for", "threatened", "imposed", "lifted"),
    "attack": ("occurred", "threatened"),
    "accusation": ("made",),
}
EVENT_TYPES: tuple[str, ...] = tuple(STATUSES)
ROLES: tuple[str, ...] = ("initiator", "target", "participant", "mediator")
MODALITIES: tuple[str, ...] = ("asserted", "reported", "uncertain", "planned", "hypothetical")
PRECISIONS: tuple[str, ...] = ("minute", "hour", "day", "month", "year")


@dataclass
class Document:
    """One article, as it enters the system (the spec's input shape)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # where it was read from: "path:line", "stdin:3", a URL
    fetched_at: str | None = None  # when it was downloaded, for articles fetched from the web

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Actor:
    name: str
    code: str | None
    role: str


@dataclass
class When:
    start: str
    end: str | None = None
    precision: str = "day"
    text: str | None = None
    inferred: bool = False  # true: no date in the sentence; taken from the article's publication date


@dataclass
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Event:
    doc_id: str
    type: str
    status: str
    evidence: Evidence
    actors: list[Actor] = field(default_factory=list)
    date: When | None = None
    place: Place | None = None
    quantities: dict[str, float | int] = field(default_factory=dict)
    modality: str = "asserted"
    negated: bool = False
    claimed_by: str | None = None
    confidence: float = 0.5
    cluster_id: str | None = None
    trigger: Evidence | None = None  # the word or phrase that names the event
    proposed_by: str | None = None  # whose proposal this event answers ("a ceasefire as proposed by the U.S.")
    anaphoric: bool = False  # named as one already known: "the truce", "its ceasefire"
    mentions: list[Evidence] = field(default_factory=list)  # other sentences of the same article on this event

    def __post_init__(self) -> None:
        if self.type not in STATUSES:
            raise ValueError(f"unknown event type {self.type!r}")
        if self.status not in STATUSES[self.type]:
            raise ValueError(f"status {self.status!r} is not one of {self.type}'s statuses")
        if self.modality not in MODALITIES:
            raise ValueError(f"modality {self.modality!r} is not one of {', '.join(MODALITIES)}")
        for actor in self.actors:
            if actor.role not in ROLES:
                raise ValueError(f"role {actor.role!r} is not one of {', '.join(ROLES)}")
        if self.date is not None and self.date.precision not in PRECISIONS:
            raise ValueError(f"precision {self.date.precision!r} is not one of {', '.join(PRECISIONS)}")

    @property
    def event_id(self) -> str:
        """Stable: the same document, type, status, evidence span and trigger give the same id on every run."""
        at = self.trigger.start if self.trigger else -1
        key = f"{self.doc_id}|{self.type}|{self.status}|{self.evidence.start}|{self.evidence.end}|{at}"
        return "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def codes(self, role: str | None = None) -> set[str]:
        return {a.code for a in self.actors if a.code and (role is None or a.role == role)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "type": self.type,
            "status": self.status,
            "actors": [asdict(a) for a in self.actors],
            "date": asdict(self.date) if self.date else None,
            "place": asdict(self.place) if self.place else None,
            "quantities": dict(self.quantities),
            "modality": self.modality,
            "negated": self.negated,
            "claimed_by": self.claimed_by,
            "evidence": asdict(self.evidence),
            "confidence": round(self.confidence, 3),
            "cluster_id": self.cluster_id,
            "trigger": asdict(self.trigger) if self.trigger else None,
            "proposed_by": self.proposed_by,
            "anaphoric": self.anaphoric,
            "mentions": [asdict(m) for m in self.mentions],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            doc_id=data["doc_id"],
            type=data["type"],
            status=data["status"],
            evidence=Evidence(**data["evidence"]),
            actors=[Actor(**a) for a in data.get("actors") or []],
            date=When(**data["date"]) if data.get("date") else None,
            place=Place(**data["place"]) if data.get("place") else None,
            quantities=dict(data.get("quantities") or {}),
            modality=data.get("modality", "asserted"),
            negated=bool(data.get("negated", False)),
            claimed_by=data.get("claimed_by"),
            confidence=float(data.get("confidence", 0.5)),
            cluster_id=data.get("cluster_id"),
            trigger=Evidence(**data["trigger"]) if data.get("trigger") else None,
            proposed_by=data.get("proposed_by"),
            anaphoric=bool(data.get("anaphoric", False)),
            mentions=[Evidence(**m) for m in data.get("mentions") or []],
        )


@dataclass
class StatusChange:
    status: str
    date: str | None
    event_ids: list[str]
    sources: list[str]
    date_inferred: bool = False  # the date is only the reporting article's: the text gave none


@dataclass
class Ceasefire:
    """One real-world ceasefire in the registry, built from the events of every document that reports it."""

    ceasefire_id: str
    name: str
    parties: list[str]
    mediators: list[str]
    scope: list[str]
    declared: str | None
    effective: str | None
    ends: str | None
    kind: str
    status: str
    terms: list[dict[str, Any]] = field(default_factory=list)
    history: list[StatusChange] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
