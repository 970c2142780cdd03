"""The page as an analyst uses it: real headless Chromium (Debian's, driven by Playwright) against `trucewatch serve`
on 127.0.0.1 with the seed articles and a hostile document ingested."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import shared_path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = {"id": "xss-probe", "published": "2025-06-02", "outlet": "attacker.example",
           "text": "Russia and Ukraine agreed to a ceasefire on Monday. <script>window.__pwned = 1</script> "
                   "<img src=x onerror=\"window.__pwned = 2\"> Officials said the truce would hold."}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: `make test` installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (make browser installs it)")
    seeds = shared_path("corpus", "seeds.jsonl")
    tmp = tmp_path_factory.mktemp("page")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n")
    db = str(tmp / "page.db")
    subprocess.run([sys.executable, "-m", "trucewatch", "ingest", "--db", db, str(seeds), str(hostile)],
                   check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "trucewatch", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield page
    page.close()


def test_timeline_shows_the_idlib_ceasefire_and_the_christmas_truce(page):
    labels = page.locator("#timeline g.band").all_text_contents()
    assert any("Idlib" in label for label in labels), labels
    assert any("RUS ceasefire in Ukraine (2023-01-06)" in label for label in labels), labels
    assert page.locator("#timeline .violation").count() >= 1  # the truce was broken
    assert page.locator("#timeline circle.talks").count() >= 2


def test_clicking_an_event_shows_its_evidence_highlighted_and_its_reports(page):
    page.locator("#timeline circle.talks").first.click()
    page.wait_for_selector("#evidence")
    evidence = page.locator("#evidence").text_content()
    article = page.locator("#article").text_content()
    assert evidence and evidence in article and len(article) > len(evidence)
    assert page.locator("#reports li").count() >= 1
    assert "event=ev_" in page.url


def test_a_filter_narrows_the_list_and_stays_in_the_url(page, browser):
    before = int(page.locator("#count").text_content().strip("()"))
    page.select_option("select[name=type]", "talks")
    page.fill("input[name=actor]", "UKR")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("body[data-ready='1']")
    after = int(page.locator("#count").text_content().strip("()"))
    assert 0 < after < before
    assert set(page.locator("#events tbody td:nth-child(2)").all_text_contents()) == {"talks"}
    assert "type=talks" in page.url and "actor=UKR" in page.url
    shared = browser.new_page()
    shared.goto(page.url)
    shared.wait_for_selector("body[data-ready='1']")
    assert int(shared.locator("#count").text_content().strip("()")) == after  # the view can be shared
    shared.close()


def test_a_hostile_document_renders_inert(page, server):
    events = json.loads(urllib.request.urlopen(server + "/api/events?actor=UKR&type=ceasefire&limit=100").read())
    probe = [e for e in events["items"] if e["doc_id"] == "xss-probe"][0]
    page.goto(f"{server}/?event={probe['event_id']}")
    page.wait_for_selector("#evidence")
    page.wait_for_timeout(500)
    article = page.locator("#article")
    assert "<script>window.__pwned = 1</script>" in article.text_content()
    assert article.locator("script, img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []


def test_screenshot_for_the_readme(page, tmp_path):
    """`make screenshot` runs this with TRUCEWATCH_SCREENSHOT=docs/screenshot.png: the README's picture."""
    page.locator("#events tbody tr").nth(3).click()
    page.wait_for_selector("#evidence")
    out = Path(os.environ.get("TRUCEWATCH_SCREENSHOT") or tmp_path / "screenshot.png")
    out.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 20_000
