"""SQLite store: one writer, batches in transactions, idempotent ingestion.

A document is identified by its `id`; its text by a SHA-256. Ingesting the same document again adds nothing; the
same text under another id is recognised as a duplicate; a changed text under a known id replaces that document's
events (the old events go, with their document version, in the same transaction).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from trucewatch.errors import NotFound, StoreError
from trucewatch.ingest.urls import canonical_url
from trucewatch.model import Document, Event
from trucewatch.resolve.neardup import families, signature

SCHEMA_VERSION = 3
CODE = re.compile(r"[A-Z]{2,12}")  # an actor or country code as written: RUS, HAMAS


def default_db() -> str:
    return os.environ.get("TRUCEWATCH_DB") or "trucewatch.db"


@dataclass
class AddResult:
    doc_id: str
    outcome: str  # "added", "unchanged", "duplicate", "replaced"
    events: int
    duplicate_of: str | None = None


@dataclass
class EventFilter:
    type: str | None = None
    status: str | None = None
    actor: str | None = None  # a code (RUS) or part of a name
    place: str | None = None  # a country code or part of a place name
    since: str | None = None
    until: str | None = None
    cluster: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0


class Store:
    def __init__(self, path: str | Path, initialise: bool = True) -> None:
        """`initialise`: create or migrate the schema (skipped by server threads, once it has been done)."""
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path!r}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            if not initialise:
                return
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"database {self.path!r} has schema {version}, newer than this trucewatch knows")
            if self.conn.execute("SELECT name FROM sqlite_master WHERE name = 'documents'").fetchone():
                columns = {r[1] for r in self.conn.execute("PRAGMA table_info(documents)")}
                for column in ("minhash", "family", "canonical_url", "fetched_at"):  # added in versions 2 and 3
                    if column not in columns:
                        self.conn.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT")
            schema = resources.files("trucewatch.store").joinpath("schema.sql").read_text("utf-8")
            self.conn.executescript(schema)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path!r} is not a trucewatch database: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------------------------------

    def check(self, document: Document) -> AddResult | None:
        """What adding `document` would do without parsing it: None if it is new or changed."""
        row = self.conn.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (document.id,)).fetchone()
        if row and row["content_hash"] == document.content_hash:
            return AddResult(document.id, "unchanged", 0)
        if row is None:
            other = self.conn.execute("SELECT doc_id FROM documents WHERE content_hash = ? LIMIT 1",
                                      (document.content_hash,)).fetchone()
            if other is None and document.url:
                other = self.conn.execute(
                    "SELECT doc_id FROM documents WHERE canonical_url = ? AND content_hash = ? LIMIT 1",
                    (canonical_url(document.url), document.content_hash)).fetchone()
            if other:
                return AddResult(document.id, "duplicate", 0, duplicate_of=other["doc_id"])
        return None

    def add_batch(self, items: Iterable[tuple[Document, list[Event]]],
                  entries: Iterable[tuple[str, str, str | None, str]] = ()) -> list[AddResult]:
        """Store documents with their events, all in one transaction; `entries` (feed_url, entry_key, link,
        doc_id) are marked seen in the same transaction, so a killed poll leaves no entry seen without its
        document."""
        results = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.conn:
            for document, events in items:
                known = self.check(document)
                if known is not None:
                    results.append(known)
                    continue
                self.conn.execute(
                    "INSERT INTO document_versions SELECT doc_id, content_hash, title, text, fetched_at, ? "
                    "FROM documents WHERE doc_id = ?", (now, document.id))
                replaced = self.conn.execute("DELETE FROM documents WHERE doc_id = ?", (document.id,)).rowcount
                self.conn.execute(
                    "INSERT INTO documents (doc_id, content_hash, title, published, url, outlet, source, text, "
                    "ingested_at, minhash, family, canonical_url, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                    (document.id, document.content_hash, document.title, document.published, document.url,
                     document.outlet, document.source, document.text, now, json.dumps(signature(document.text)),
                     canonical_url(document.url) if document.url else None, document.fetched_at))
                self._insert_events(events)
                results.append(AddResult(document.id, "replaced" if replaced else "added", len(events)))
            self.conn.executemany(
                "INSERT OR IGNORE INTO feed_entries (feed_url, entry_key, link, doc_id, seen_at) "
                "VALUES (?, ?, ?, ?, ?)", [(*entry, now) for entry in entries])
        return results

    # -- feeds --------------------------------------------------------------------------------------------------

    def feed_state(self, url: str) -> dict:
        row = self.conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else {"url": url, "etag": None, "last_modified": None, "next_poll": 0.0,
                                      "failures": 0}

    def save_feed_state(self, state: dict) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO feeds (url, etag, last_modified, last_polled, next_poll, failures, "
                "last_status, last_error) VALUES (:url, :etag, :last_modified, :last_polled, :next_poll, "
                ":failures, :last_status, :last_error)",
                {"last_polled": None, "last_status": None, "last_error": None, **state})

    def seen_entries(self, feed_url: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT entry_key FROM feed_entries WHERE feed_url = ?",
                                                (feed_url,))}

    def versions(self, doc_id: str) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT content_hash, title, fetched_at, replaced_at FROM document_versions WHERE doc_id = ? "
            "ORDER BY replaced_at", (doc_id,))]

    def _insert_events(self, events: list[Event]) -> None:
        rows, actor_rows = [], []
        for e in events:
            record = e.to_dict()
            rows.append((record["event_id"], e.doc_id, e.type, e.status, e.date.start if e.date else None,
                         e.date.end if e.date else None, e.place.name if e.place else None,
                         e.place.country if e.place else None, e.modality, e.confidence, e.cluster_id,
                         e.evidence.start, json.dumps(record, ensure_ascii=False)))
            actor_rows.extend((record["event_id"], a.code, a.name, a.role) for a in e.actors)
        self.conn.executemany("INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self.conn.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?)", actor_rows)

    def refresh_families(self) -> dict[str, str]:
        """Recompute near-duplicate families over every stored document; doc_id -> family."""
        signatures = {r["doc_id"]: json.loads(r["minhash"]) for r in
                      self.conn.execute("SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL")}
        found = families(signatures)
        with self.conn:
            self.conn.executemany("UPDATE documents SET family = ? WHERE doc_id = ?",
                                  [(fam, doc_id) for doc_id, fam in found.items()])
        return found

    def set_clusters(self, assignment: dict[str, str]) -> None:
        """Write `cluster_id`s (event_id -> cluster_id), in the column and in the stored record."""
        with self.conn:
            for event_id, cluster_id in assignment.items():
                row = self.conn.execute("SELECT record, cluster_id FROM events WHERE event_id = ?",
                                        (event_id,)).fetchone()
                if row is None or row["cluster_id"] == cluster_id:
                    continue
                record = json.loads(row["record"])
                record["cluster_id"] = cluster_id
                self.conn.execute("UPDATE events SET cluster_id = ?, record = ? WHERE event_id = ?",
                                  (cluster_id, json.dumps(record, ensure_ascii=False), event_id))

    # -- reads --------------------------------------------------------------------------------------------------

    def _where(self, f: EventFilter) -> tuple[str, list]:
        clauses, params = [], []
        if f.type:
            clauses.append("e.type = ?")
            params.append(f.type)
        if f.status:
            clauses.append("e.status = ?")
            params.append(f.status)
        until = f.until + "\uffff" if f.until else None  # "2024-03" takes in every day of March
        if f.since and until:  # starts inside the window, or started before it and still runs: two indexed ranges
            clauses.append("((e.date_start >= ? AND e.date_start <= ?) OR (e.date_end >= ? AND e.date_start < ?))")
            params += [f.since, until, f.since, f.since]
        elif f.since:
            clauses.append("(e.date_start >= ? OR e.date_end >= ?)")
            params += [f.since, f.since]
        elif until:
            clauses.append("e.date_start <= ?")
            params.append(until)
        if f.actor:
            if CODE.fullmatch(f.actor):  # a code: the index answers
                clauses.append("e.event_id IN (SELECT event_id FROM event_actors WHERE code = ?)")
                params.append(f.actor)
            else:
                clauses.append("e.event_id IN (SELECT event_id FROM event_actors WHERE code = ? OR name LIKE ?)")
                params += [f.actor.upper(), f"%{f.actor}%"]
        if f.place:
            if CODE.fullmatch(f.place):
                clauses.append("e.country = ?")
                params.append(f.place)
            else:
                clauses.append("(e.country = ? OR e.place_name LIKE ?)")
                params += [f.place.upper(), f"%{f.place}%"]
        if f.cluster:
            clauses.append("e.cluster_id = ?")
            params.append(f.cluster)
        if f.doc_id:
            clauses.append("e.doc_id = ?")
            params.append(f.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def events(self, f: EventFilter | None = None) -> list[Event]:
        f = f or EventFilter()
        where, params = self._where(f)
        sql = f"SELECT e.record FROM events e{where} ORDER BY e.date_start, e.doc_id, e.ev_start"
        if f.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [f.limit, f.offset]
        return [Event.from_dict(json.loads(r["record"])) for r in self.conn.execute(sql, params)]

    def count(self, f: EventFilter | None = None) -> int:
        where, params = self._where(f or EventFilter())
        return self.conn.execute(f"SELECT COUNT(*) FROM events e{where}", params).fetchone()[0]

    def iter_events(self) -> Iterator[Event]:
        for row in self.conn.execute("SELECT record FROM events ORDER BY event_id"):
            yield Event.from_dict(json.loads(row["record"]))

    def event(self, event_id: str) -> Event:
        row = self.conn.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id!r} in {self.path}")
        return Event.from_dict(json.loads(row["record"]))

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id!r} in {self.path}")
        return Document(id=row["doc_id"], text=row["text"], title=row["title"], published=row["published"],
                        url=row["url"], outlet=row["outlet"], source=row["source"], fetched_at=row["fetched_at"])

    def documents_meta(self) -> dict[str, dict]:
        rows = self.conn.execute("SELECT doc_id, title, published, outlet, url, family FROM documents")
        return {r["doc_id"]: dict(r) for r in rows}

    def stats(self) -> dict[str, int]:
        return {
            "documents": self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "events": self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0],
            "clusters": self.conn.execute("SELECT COUNT(DISTINCT cluster_id) FROM events").fetchone()[0],
        }
