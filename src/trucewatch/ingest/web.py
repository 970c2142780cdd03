"""Articles from the web: polite, bounded downloads and canonical URLs.

`Fetcher` downloads with httpx under limits a long-running watcher needs: connect and read timeouts (a server that
stalls mid-body fails by the read timeout), a size limit enforced while streaming (an endless or 50 MB body is cut
off and refused), at most five redirects (a loop is refused), one request per host per `min_interval` seconds, a
User-Agent that says who we are, and robots.txt honoured unless the caller says otherwise for its own sources.
Every failure is a `FetchError` naming the URL and the reason.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from trucewatch import __version__
from trucewatch.errors import InputProblem
from trucewatch.ingest.sources import html_document
from trucewatch.ingest.urls import document_id
from trucewatch.model import Document

USER_AGENT = f"trucewatch/{__version__} (ceasefire and peace-talks tracker; research use)"
MAX_BYTES = 5_000_000


class FetchError(Exception):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str


@dataclass
class Fetcher:
    timeout: float = 20.0
    max_bytes: int = MAX_BYTES
    min_interval: float = 1.0  # seconds between two requests to one host
    respect_robots: bool = True
    client: httpx.Client = field(default=None)  # type: ignore[assignment]
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                headers={"User-Agent": USER_AGENT}, follow_redirects=True, max_redirects=5,
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)))

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self, host: str) -> None:
        wait = self._last.get(host, 0.0) + self.min_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                response = self._get(root + "/robots.txt", {}, limit=500_000)
                if response.status >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(response.body.decode("utf-8", "replace").splitlines())
            except FetchError:
                parser = None
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET `url` within the limits; raises FetchError. Conditional headers pass through (304 is returned)."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt (use --ignore-robots for your own sources)")
        return self._get(url, headers or {}, self.max_bytes)

    def _get(self, url: str, headers: dict[str, str], limit: int) -> Response:
        self._wait_turn(urlsplit(url).netloc)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"body of {int(declared):,} bytes is over the limit of {limit:,}")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"body over the limit of {limit:,} bytes (stopped reading)")
                    chunks.append(chunk)
                return Response(url, str(response.url), response.status_code, dict(response.headers),
                                b"".join(chunks), datetime.now(UTC).isoformat(timespec="seconds"))
        except httpx.TooManyRedirects:
            raise FetchError(url, "too many redirects (a redirect loop?)") from None
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from None


def fetch_article(fetcher: Fetcher, url: str) -> Document | InputProblem:
    """Download one article page and read it: text and title (trafilatura), date (htmldate), outlet, final URL."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        return InputProblem(url, "E109", exc.reason)
    if response.status >= 400:
        return InputProblem(url, "E109", f"HTTP {response.status}")
    html = response.body.decode(_charset(response.headers), "replace")
    item = html_document(html, document_id(response.final_url), url)
    if isinstance(item, InputProblem):
        return item
    item.url = response.final_url
    item.outlet = item.outlet or (urlsplit(response.final_url).hostname or "").removeprefix("www.")
    item.fetched_at = response.fetched_at
    return item


def _charset(headers: dict[str, str]) -> str:
    content_type = headers.get("content-type", "")
    for part in content_type.split(";"):
        if part.strip().lower().startswith("charset="):
            return part.split("=", 1)[1].strip() or "utf-8"
    return "utf-8"
