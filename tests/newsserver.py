"""A small news site on 127.0.0.1 for the tests: feeds and article pages written by us, and every fault a watcher
meets in the wild. Routes are a dict the test can change while the server runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="article:published_time" content="{date}T09:00:00+00:00">
<meta property="og:site_name" content="Test Wire"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>
<footer>Test Wire, written for the trucewatch tests.</footer></body></html>"""


def article(title: str, *paragraphs: str, date: str = "2025-06-02") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ARTICLE.format(title=title, date=date, paragraphs=body).encode()


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    """items: (guid, title, path)"""
    entries = "".join(f"<item><guid>{guid}</guid><title>{title}</title><link>{base}{path}</link>"
                      f"<pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item>" for guid, title, path in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>{base}/</link>'
            f"<description>tests</description>{entries}</channel></rss>").encode()


def atom(base: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(f'<entry><id>{guid}</id><title>{title}</title><link href="{base}{path}"/>'
                      f"<updated>2025-06-02T10:00:00Z</updated></entry>" for guid, title, path in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Other Wire'
            f"</title><id>urn:other</id><updated>2025-06-02T10:00:00Z</updated>{entries}</feed>").encode()


Route = Callable[[BaseHTTPRequestHandler], None]


def send(status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)
    return route


def feed(body: bytes, etag: str) -> Route:
    """A feed that answers 304 to a matching If-None-Match."""
    def route(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        send(200, body, "application/rss+xml", {"ETag": etag})(h)
    return route


def redirect(to: str) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return route


def endless(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.end_headers()
    try:
        for _ in range(100_000):  # bounded, but far beyond any limit
            h.wfile.write(b"<item>" + b"x" * 8192 + b"</item>")
    except (BrokenPipeError, ConnectionResetError):
        pass


def huge(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50_000_000))
    h.end_headers()
    try:
        h.wfile.write(b" " * 1_000_000)
    except (BrokenPipeError, ConnectionResetError):
        pass


def stall(seconds: float) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        h.wfile.flush()
        time.sleep(seconds)
    return route


def slow(route: Route, seconds: float) -> Route:
    def wrapped(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        route(h)
    return wrapped


class NewsServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                path = self.path.split("?")[0]
                server.hits.append(self.path)
                route = server.routes.get(path) or send(404, b"<html><body>Not found</body></html>")
                route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
