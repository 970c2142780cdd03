"""Following RSS and Atom feeds: polling with conditional requests, backoff, and state kept in the database.

One poll of one feed: a conditional GET (ETag, Last-Modified); 304 means nothing new; a body is parsed with
feedparser; each entry not seen before is fetched and its document stored, and the entry is marked seen in the
same transaction as its document, so a process killed at any point leaves the database consistent and the next
run takes up exactly the entries that were not stored. Errors back off exponentially, per feed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from trucewatch.errors import InputError, InputProblem
from trucewatch.ingest.web import Fetcher, FetchError, fetch_article
from trucewatch.model import Document, Event

DEFAULT_INTERVAL = 900.0  # seconds between two polls of one feed
MAX_BACKOFF = 6 * 3600.0


@dataclass
class FeedSpec:
    url: str
    interval: float = DEFAULT_INTERVAL


@dataclass
class PollResult:
    url: str
    status: str  # "new", "unchanged", "error"
    new: int = 0
    failed: int = 0
    seen: int = 0
    message: str = ""
    problems: list[InputProblem] = field(default_factory=list)

    def line(self) -> str:
        if self.status == "error":
            return f"{self.url}: error: {self.message}"
        if self.status == "unchanged":
            return f"{self.url}: not modified"
        return f"{self.url}: {self.new} new, {self.seen} already stored, {self.failed} failed"


def read_feed_list(path: str | Path) -> list[FeedSpec]:
    """One feed URL a line; `#` starts a comment; `URL every=10m` sets that feed's interval (s, m, h)."""
    specs = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the feed list: {exc}") from exc
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        url, *options = line.split()
        if not url.startswith(("http://", "https://")):
            raise InputError(f"{path}:{number}: {url!r} is not an http(s) URL")
        interval = DEFAULT_INTERVAL
        for option in options:
            if option.startswith("every="):
                value = option[6:]
                unit = {"s": 1, "m": 60, "h": 3600}.get(value[-1:], None)
                if unit is None or not value[:-1].isdigit():
                    raise InputError(f"{path}:{number}: {option!r}: write every=90s, every=15m or every=2h")
                interval = float(value[:-1]) * unit
        specs.append(FeedSpec(url, interval))
    return specs


def entry_key(entry: dict) -> str:
    return str(entry.get("id") or entry.get("link") or entry.get("title") or "")


def poll(store, fetcher: Fetcher, spec: FeedSpec, extract: Callable[[list[Document]], list[tuple[Document,
         list[Event]]]], now: float | None = None) -> PollResult:
    """Poll one feed once and store what is new. `extract` turns documents into (document, events)."""
    import feedparser

    now = time.time() if now is None else now
    state = store.feed_state(spec.url)
    state["last_polled"] = datetime.now(UTC).isoformat(timespec="seconds")
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]

    def fail(message: str) -> PollResult:
        state["failures"] = int(state.get("failures") or 0) + 1
        state["next_poll"] = now + min(spec.interval * 2 ** state["failures"], MAX_BACKOFF)
        state["last_status"], state["last_error"] = "error", message
        store.save_feed_state(state)
        return PollResult(spec.url, "error", message=message)

    try:
        response = fetcher.get(spec.url, headers)
    except FetchError as exc:
        return fail(exc.reason)
    if response.status == 304:
        state.update(failures=0, next_poll=now + spec.interval, last_status="304", last_error=None)
        store.save_feed_state(state)
        return PollResult(spec.url, "unchanged")
    if response.status >= 400:
        return fail(f"HTTP {response.status}")
    parsed = feedparser.parse(response.body)
    usable = [e for e in parsed.entries if e.get("link")]
    if not usable and (parsed.bozo or not parsed.get("version")):
        # feedparser reads broken XML leniently; a feed counts only where it still gives links to follow
        reason = getattr(parsed, "bozo_exception", None)
        return fail(f"not a feed ({type(reason).__name__ + ': ' + str(reason)[:80] if reason else 'no RSS or Atom'})")
    seen = store.seen_entries(spec.url)
    result = PollResult(spec.url, "new")
    for entry in parsed.entries:
        key, link = entry_key(entry), entry.get("link")
        if not key or key in seen:
            result.seen += 1 if key in seen else 0
            continue
        if not link:
            result.failed += 1
            continue
        item = fetch_article(fetcher, link)
        if isinstance(item, InputProblem):
            result.failed += 1
            result.problems.append(item)
            continue
        if not item.published and entry.get("published_parsed"):
            item.published = time.strftime("%Y-%m-%d", entry["published_parsed"])
        for document, events in extract([item]):
            store.add_batch([(document, events)], entries=[(spec.url, key, link, document.id)])
        result.new += 1
    state.update(etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
                 failures=0, next_poll=now + spec.interval, last_status=str(response.status), last_error=None)
    store.save_feed_state(state)
    return result


def due(store, specs: Iterable[FeedSpec], now: float) -> list[FeedSpec]:
    return [s for s in specs if float(store.feed_state(s.url).get("next_poll") or 0) <= now]
