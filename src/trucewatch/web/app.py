"""The HTTP API and the page, one FastAPI application over the store.

Read endpoints take the same filters as `trucewatch events` and page with `limit`/`offset`; bad parameters are
answered 422 (by validation) or 404, never 500. Writes (`POST /api/documents`) are off unless a token is configured,
and size-limited. The page at `/` is static files from this package; it reads everything from `/api/*`, which are
its JSON twins, and renders article text as text, never as markup.
"""

from __future__ import annotations

import threading
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from trucewatch import __version__
from trucewatch.errors import NotFound
from trucewatch.model import EVENT_TYPES, Event
from trucewatch.store import EventFilter, Store

STATIC = Path(__file__).parent / "static"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
EventType = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)  # type: ignore[misc]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# Query parameters shared by the list and download endpoints (module level, so FastAPI can resolve them).
Type = Annotated[EventType | None, Query(alias="type", description="Event type")]
Status = Annotated[str | None, Query(max_length=20, pattern=r"^[a-z_]+$")]
Actor = Annotated[str | None, Query(max_length=80, description="Actor code (RUS) or part of a name")]
Place = Annotated[str | None, Query(max_length=80, description="Country code (SYR) or part of a place name")]
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=100_000_000)]
EventId = Annotated[str, PathParam(pattern=r"^ev_[0-9a-f]{16}$")]
ClusterId = Annotated[str, PathParam(pattern=r"^cl_[0-9a-f]{12}$")]
CeasefireId = Annotated[str, PathParam(pattern=r"^cf_[0-9a-f]{10}$")]
DocId = Annotated[str, PathParam(min_length=1, max_length=300)]


class Stores(threading.local):
    """One SQLite connection per server thread."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.store: Store | None = None

    def get(self) -> Store:
        if self.store is None:
            self.store = Store(self.path, initialise=False)
        return self.store


def create_app(db: str, token: str | None = None, max_upload: int = 1_000_000) -> FastAPI:
    Store(db).close()  # create or migrate the schema once, before any request
    stores = Stores(db)
    app = FastAPI(title="trucewatch", version=__version__,
                  description="Ceasefires, talks and the events around them, extracted from news with evidence.")
    extractor: list[Any] = []

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def event_filter(type_: EventType | None, status: str | None, actor: str | None, place: str | None,
                     since: str | None, until: str | None, limit: int | None = None, offset: int = 0) -> EventFilter:
        return EventFilter(type=type_.value if type_ else None, status=status, actor=actor, place=place,
                           since=since, until=until, limit=limit, offset=offset)

    @app.get("/api/events", summary="Events, filtered and paged")
    def list_events(type_: Type = None, status: Status = None, actor: Actor = None, place: Place = None,
                    since: Since = None, until: Until = None, limit: Limit = 50, offset: Offset = 0) -> dict:
        store = stores.get()
        f = event_filter(type_, status, actor, place, since, until, limit, offset)
        items = [e.to_dict() for e in store.events(f)]
        total = store.count(f)
        return {"items": items, "total": total, "limit": limit, "offset": offset,
                "next_offset": offset + limit if offset + limit < total else None}

    @app.get("/api/events.csv", summary="The current filter as CSV", response_class=Response)
    def events_csv(type_: Type = None, status: Status = None, actor: Actor = None, place: Place = None,
                   since: Since = None, until: Until = None) -> Response:
        from trucewatch.export import events_csv as to_csv

        found = stores.get().events(event_filter(type_, status, actor, place, since, until, 100_000))
        return Response(to_csv(found), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/api/events.geojson", summary="The current filter as GeoJSON points")
    def events_geojson(type_: Type = None, status: Status = None, actor: Actor = None, place: Place = None,
                       since: Since = None, until: Until = None) -> JSONResponse:
        found = stores.get().events(event_filter(type_, status, actor, place, since, until, 100_000))
        return JSONResponse({"type": "FeatureCollection", "features": [f for e in found if (f := feature(e))]},
                            media_type="application/geo+json")

    @app.get("/api/events/{event_id}", summary="One event, its source and the other reports of it")
    def one_event(event_id: EventId) -> dict:
        store = stores.get()
        event = found_or_404(store.event, event_id)
        meta = store.documents_meta()
        reports = store.events(EventFilter(cluster=event.cluster_id)) if event.cluster_id else [event]
        return {"event": event.to_dict(), "document": meta.get(event.doc_id),
                "reports": [{"event_id": r.event_id, "doc_id": r.doc_id, "outlet": meta.get(r.doc_id, {}).get(
                    "outlet"), "published": meta.get(r.doc_id, {}).get("published"), "evidence": r.evidence.text}
                    for r in reports]}

    @app.get("/api/clusters", summary="Real-world events: merged records of reports")
    def clusters(type_: Type = None, limit: Limit = 50, offset: Offset = 0) -> dict:
        from trucewatch.resolve.clusters import summarize

        store = stores.get()
        records = summarize(store.events(EventFilter(type=type_.value if type_ else None)), store.documents_meta())
        return {"items": records[offset:offset + limit], "total": len(records), "limit": limit, "offset": offset}

    @app.get("/api/clusters/{cluster_id}", summary="One cluster")
    def one_cluster(cluster_id: ClusterId) -> dict:
        from trucewatch.resolve.clusters import summarize

        store = stores.get()
        found = store.events(EventFilter(cluster=cluster_id))
        if not found:
            raise HTTPException(404, f"no cluster {cluster_id!r}")
        return summarize(found, store.documents_meta())[0]

    def registry() -> list:
        from trucewatch.resolve.ceasefires import build_registry

        store = stores.get()
        outlets = {k: v.get("outlet") for k, v in store.documents_meta().items()}
        return build_registry(store.events(EventFilter(type="ceasefire")), outlets)

    @app.get("/api/ceasefires", summary="The ceasefire registry")
    def ceasefires() -> dict:
        return {"items": [c.to_dict() for c in registry()]}

    @app.get("/api/ceasefires/{ceasefire_id}", summary="One ceasefire with its history")
    def one_ceasefire(ceasefire_id: CeasefireId) -> dict:
        for record in registry():
            if record.ceasefire_id == ceasefire_id:
                return record.to_dict()
        raise HTTPException(404, f"no ceasefire {ceasefire_id!r}")

    @app.get("/api/documents/{doc_id}", summary="A document's text with the spans of its events")
    def document(doc_id: DocId) -> dict:
        store = stores.get()
        doc = found_or_404(store.document, doc_id)
        events = store.events(EventFilter(doc_id=doc_id))
        return {"id": doc.id, "title": doc.title, "published": doc.published, "outlet": doc.outlet, "url": doc.url,
                "fetched_at": doc.fetched_at, "text": doc.text,
                "events": [{"event_id": e.event_id, "type": e.type, "status": e.status, "start": e.evidence.start,
                            "end": e.evidence.end} for e in events]}

    @app.get("/api/stats", summary="What the store holds")
    def stats() -> dict:
        store = stores.get()
        by_type = dict(store.conn.execute("SELECT type, COUNT(*) FROM events GROUP BY type").fetchall())
        span = store.conn.execute("SELECT MIN(date_start), MAX(date_start) FROM events").fetchone()
        return {**store.stats(), "by_type": by_type, "first_date": span[0], "last_date": span[1]}

    @app.get("/api/countries.geojson", summary="Country outlines for the map (Natural Earth 1:110m)")
    def countries() -> JSONResponse:
        from trucewatch.web.geo import countries_geojson

        return JSONResponse(countries_geojson(), media_type="application/geo+json")

    @app.post("/api/documents", summary="Ingest one document (needs the server's token)", status_code=201)
    async def post_document(request: Request) -> dict:
        if not token:
            raise HTTPException(403, "writes are off: start the server with --token to allow them")
        if request.headers.get("authorization") != f"Bearer {token}":
            raise HTTPException(401, "missing or wrong bearer token")
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_upload:
            raise HTTPException(413, f"body over {max_upload:,} bytes")
        body = await request.body()
        if len(body) > max_upload:
            raise HTTPException(413, f"body over {max_upload:,} bytes")
        return ingest_one(body)

    def ingest_one(body: bytes) -> dict:
        from trucewatch.errors import InputProblem
        from trucewatch.ingest.sources import read_jsonl_lines
        from trucewatch.nlp.pipeline import Extractor
        from trucewatch.resolve.clusters import assign_clusters

        items = list(read_jsonl_lines([body.replace(b"\n", b" ")], "request"))
        if not items or isinstance(items[0], InputProblem):
            raise HTTPException(422, str(items[0]) if items else "empty body")
        document = items[0]
        store = stores.get()
        known = store.check(document)
        if known is None:
            if not extractor:
                extractor.append(Extractor())
            known = store.add_batch([(document, extractor[0].extract(document))])[0]
            store.set_clusters(assign_clusters(store.iter_events(), store.refresh_families()))
        return {"doc_id": known.doc_id, "outcome": known.outcome, "events": known.events}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def found_or_404(getter, key: str):
    try:
        return getter(key)
    except NotFound as exc:
        raise HTTPException(404, exc.message) from None


def feature(e: Event) -> dict | None:
    """An event as a GeoJSON point: its place, or its country's label point when the place is only a country."""
    from trucewatch.web.geo import label_points

    if e.place is None:
        return None
    lat, lon, approximate = e.place.lat, e.place.lon, False
    if (lat is None or lon is None) and e.place.country in label_points():
        (lat, lon), approximate = label_points()[e.place.country], True
    if lat is None or lon is None:
        return None
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"event_id": e.event_id, "type": e.type, "status": e.status, "place": e.place.name,
                           "country": e.place.country, "date": e.date.start if e.date else None,
                           "approximate": approximate}}
