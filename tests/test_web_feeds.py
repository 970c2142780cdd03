"""Live news against a local server on 127.0.0.1: fetching, feeds, idempotence, versions, faults, kill -9."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsserver import NewsServer, article, atom, endless, feed, huge, redirect, rss, send, slow, stall
from trucewatch.ingest.feeds import FeedSpec, poll, read_feed_list
from trucewatch.ingest.urls import canonical_url
from trucewatch.ingest.web import Fetcher, FetchError, fetch_article
from trucewatch.store import EventFilter, Store

TRUCE = article("Israel and Hamas agree Gaza truce",
                "Israel and Hamas agreed on Monday to a ceasefire in Gaza after talks mediated by Qatar and Egypt.",
                "The truce is to begin on Sunday, officials in Doha said.")
TRUCE_UPDATED = article("Israel and Hamas agree Gaza truce",
                        "Israel and Hamas agreed on Monday to a ceasefire in Gaza after talks mediated by Qatar and "
                        "Egypt.", "Update: the Israeli cabinet approved the deal late on Monday.",
                        "The truce is to begin on Sunday, officials in Doha said.")
TALKS = article("Russia and Ukraine hold talks in Istanbul",
                "Russian and Ukrainian delegations met in Istanbul on Monday for a second round of talks.")
SWAP = article("Prisoner swap", "Russia and Ukraine exchanged 390 prisoners each on Monday, officials said.")


@pytest.fixture
def server():
    with NewsServer() as s:
        s.routes.update({
            "/robots.txt": send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/news/truce": send(200, TRUCE), "/news/truce/amp": send(200, TRUCE),
            "/news/talks": send(200, TALKS), "/news/swap": send(200, SWAP),
            "/private/memo": send(200, TALKS), "/empty": send(200, b"<html><body><nav>Menu</nav></body></html>"),
        })
        s.routes["/feed.xml"] = feed(rss(s.base, [("t1", "Truce", "/news/truce?utm_source=rss"),
                                                  ("t2", "Talks", "/news/talks")]), etag='"v1"')
        s.routes["/other.atom"] = send(200, atom(s.base, [("urn:o1", "Truce (AMP)", "/news/truce/amp"),
                                                          ("urn:o2", "Swap", "/news/swap")]),
                                       "application/atom+xml")
        yield s


@pytest.fixture(scope="module")
def extract(extractor):
    return lambda docs: list(extractor.extract_many(docs))


def fetcher(**kw):
    return Fetcher(timeout=kw.pop("timeout", 2.0), min_interval=0.0, **kw)


def test_canonical_urls():
    assert canonical_url("http://www.example.org/a/b/?utm_source=x&id=3#top") == "https://example.org/a/b?id=3"
    assert canonical_url("https://amp.example.org/a/b/amp") == canonical_url("https://example.org/a/b")
    assert canonical_url("https://example.org/a?b=2&a=1") == canonical_url("https://example.org/a?a=1&b=2")


def test_fetch_keeps_url_final_url_and_time(server):
    server.routes["/go"] = redirect("/news/truce")
    doc = fetch_article(fetcher(), server.base + "/go")
    assert doc.url == server.base + "/news/truce" and doc.fetched_at and doc.outlet == "Test Wire"
    assert "agreed on Monday to a ceasefire" in doc.text and doc.published == "2025-06-02"


def test_user_agent_and_robots(server):
    f = fetcher()
    with pytest.raises(FetchError, match="robots.txt"):
        f.get(server.base + "/private/memo")
    assert fetcher(respect_robots=False).get(server.base + "/private/memo").status == 200


def test_new_entries_then_304(server, tmp_path, extract):
    with Store(tmp_path / "t.db") as store:
        spec = FeedSpec(server.base + "/feed.xml")
        first = poll(store, fetcher(), spec, extract, now=0)
        assert (first.status, first.new, first.failed) == ("new", 2, 0)
        ceasefires = store.events(EventFilter(type="ceasefire"))
        assert ceasefires and ceasefires[0].codes("participant") == {"ISR", "HAMAS"}
        second = poll(store, fetcher(), spec, extract, now=10_000)
        assert second.status == "unchanged" and "not modified" in second.line()
        assert store.stats()["documents"] == 2


def test_the_same_article_through_two_feeds_is_stored_once(server, tmp_path, extract):
    with Store(tmp_path / "t.db") as store:
        poll(store, fetcher(), FeedSpec(server.base + "/feed.xml"), extract)
        result = poll(store, fetcher(), FeedSpec(server.base + "/other.atom"), extract)
        assert result.new == 2  # both entries are new to this feed …
        docs = {r[0] for r in store.conn.execute("SELECT canonical_url FROM documents")}
        assert len(docs) == 3  # … but the AMP copy of the truce article is the one already stored
        assert store.stats()["documents"] == 3


def test_an_updated_article_is_a_new_version_without_duplicate_events(server, tmp_path, extract):
    with Store(tmp_path / "t.db") as store:
        spec = FeedSpec(server.base + "/other.atom")
        poll(store, fetcher(), spec, extract)
        before = {(e.type, e.status) for e in store.events()}
        server.routes["/news/truce/amp"] = send(200, TRUCE_UPDATED)
        store.conn.execute("DELETE FROM feed_entries")  # the feed lists it again as updated
        store.conn.commit()
        poll(store, fetcher(), spec, extract)
        doc_id = store.events(EventFilter(type="ceasefire"))[0].doc_id
        assert "cabinet approved" in store.document(doc_id).text
        assert len(store.versions(doc_id)) == 1
        events = store.events(EventFilter(doc_id=doc_id))
        assert len(events) == len({e.event_id for e in events})
        assert {(e.type, e.status) for e in store.events()} >= before


@pytest.mark.parametrize("route,reason", [
    (send(500, b"oops"), "HTTP 500"),
    (send(404, b"gone"), "HTTP 404"),
    (send(200, b"<html><body><h1>Service unavailable</h1><p>Try later</p></body></html>"), "not a feed"),
    (send(200, b"<?xml version='1.0'?><rss><channel><item><title>broken</channel>", "application/rss+xml"),
     "not a feed"),
    (endless, "over the limit"),
    (huge, "over the limit"),
    (redirect("/feed-fault"), "redirect"),
    (stall(5), "timed out"),
])
def test_feed_faults_are_logged_and_back_off(server, tmp_path, extract, route, reason):
    server.routes["/feed-fault"] = route
    with Store(tmp_path / "t.db") as store:
        poll(store, fetcher(), FeedSpec(server.base + "/feed.xml"), extract)
        stored = store.stats()["documents"]
        spec = FeedSpec(server.base + "/feed-fault", interval=60)
        result = poll(store, fetcher(timeout=1.0, max_bytes=2_000_000), spec, extract, now=1000)
        assert result.status == "error" and reason in result.message, result.message
        assert server.base + "/feed-fault" in result.line()
        state = store.feed_state(spec.url)
        assert state["failures"] == 1 and state["next_poll"] == 1000 + 120
        poll(store, fetcher(timeout=1.0, max_bytes=2_000_000), spec, extract, now=2000)
        assert store.feed_state(spec.url)["next_poll"] == 2000 + 240  # backs off
        assert store.stats()["documents"] == stored  # nothing stored is lost


def test_an_entry_whose_page_has_no_article_is_logged_and_the_rest_go_on(server, tmp_path, extract):
    server.routes["/mixed.xml"] = send(200, rss(server.base, [("e1", "Empty", "/empty"),
                                                              ("e2", "Talks", "/news/talks")]))
    with Store(tmp_path / "t.db") as store:
        result = poll(store, fetcher(), FeedSpec(server.base + "/mixed.xml"), extract)
        assert (result.new, result.failed) == (1, 1)
        assert "no article text" in str(result.problems[0]) and "/empty" in str(result.problems[0])


def test_feed_list_file(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\nhttps://a.example/rss every=10m\n\nhttps://b.example/atom  # comment\n")
    assert [(s.url, s.interval) for s in read_feed_list(path)] == [
        ("https://a.example/rss", 600.0), ("https://b.example/atom", 900.0)]
    path.write_text("ftp://nope\n")
    with pytest.raises(Exception, match="feeds.txt:1"):
        read_feed_list(path)


def test_watch_killed_mid_poll_resumes_without_duplicates(server, tmp_path):
    items = [(f"k{i}", f"Item {i}", f"/slow/{i}") for i in range(4)]
    for i in range(4):
        server.routes[f"/slow/{i}"] = slow(send(200, article(
            f"Report {i}", f"Russian and Ukrainian delegations met in Istanbul on Monday, report {i} said.")), 0.7)
    server.routes["/slow.xml"] = send(200, rss(server.base, items))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(server.base + "/slow.xml\n")
    db = tmp_path / "w.db"
    cmd = [sys.executable, "-m", "trucewatch", "watch", str(feeds), "--once", "--db", str(db), "--min-interval", "0"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 1:
                break
    assert proc.poll() is None and stored >= 1, "the watcher should be mid-poll"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT COUNT(*) FROM feed_entries WHERE doc_id NOT IN "
                               "(SELECT doc_id FROM documents)").fetchone()[0]
        assert orphans == 0
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4
        assert conn.execute("SELECT COUNT(*) FROM feed_entries").fetchone()[0] == 4
        events = conn.execute("SELECT COUNT(*), COUNT(DISTINCT event_id) FROM events").fetchone()
        assert events[0] == events[1] >= 4


def test_fetch_command_reports_each_url(server, tmp_path):
    db = str(tmp_path / "f.db")
    cmd = [sys.executable, "-m", "trucewatch", "fetch", server.base + "/news/talks?utm_source=x",
           server.base + "/missing", "--db", db, "--min-interval", "0"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "/missing" in done.stderr and "HTTP 404" in done.stderr
    assert "added" in done.stdout
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert "unchanged" in again.stdout
