"""The workspace in a real browser: Debian's chromium driven by Playwright (its own browser download
is not needed). The whole review flow on the reference article, and a hostile article that must
open no dialog and show its markup as text. Skips, saying why, without chromium or playwright.

``UPDATE_SCREENSHOTS=1`` also saves the review page as ``docs/workspace.png`` for the README.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PINNED_DATE, REPO
from pptx import Presentation
from serving import running_server

from briefing.deliver.serve import ServeSettings

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
CHROMIUM = os.environ.get("BRIEFING_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
TIMEOUT_MS = 180_000  # the first preview runs LibreOffice, which takes seconds on a busy machine
NEW_OWNER = "Innotron Holdings Group"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    assert CHROMIUM is not None
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # chromium refuses to run as root with its sandbox
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path: Path):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    with running_server(ServeSettings(root=tmp_path / "ws")) as url:
        page.base = url
        yield page
    context.close()


def new_briefing(page, text: str) -> None:
    page.goto(page.base + "/")
    page.fill("#text", text)
    page.fill("input[name=date]", PINNED_DATE.isoformat())
    page.click("#build")
    page.wait_for_url("**/briefings/*")


def memo_text(page) -> str:
    page.goto(page.url.split("#")[0].split("?")[0] + "/preview" if "/preview" not in page.url else page.url)
    return " ".join(page.locator(".memo-text").all_text_contents())


def test_review_flow_paste_correct_preview_download(page, reference_path, tmp_path):
    article = reference_path.read_text(encoding="utf-8")
    new_briefing(page, article)
    review_url = page.url
    figures = page.locator("tbody.figure")
    assert figures.count() == 3
    flat = " ".join(article.split())
    for i in range(3):
        sentence = figures.nth(i).locator("tr.sentence q").inner_text()
        quote = figures.nth(i).locator("tr.sentence mark").inner_text()
        assert sentence in flat and quote and quote in sentence  # each figure in its own sentence, marked
    owner = figures.nth(0).locator("input[name$='.subject']")
    assert owner.input_value() != NEW_OWNER

    page.goto(review_url + "/preview")
    before_images = page.locator("ol.slides img").evaluate_all("images => images.map(i => i.src)")
    before_text = memo_text(page)
    assert before_images and NEW_OWNER not in before_text

    page.goto(review_url)
    page.locator("tbody.figure").nth(0).locator("input[name$='.subject']").fill(NEW_OWNER)
    page.click("#save")
    page.wait_for_selector("#notice")
    assert "Saved and rebuilt" in page.inner_text("#notice")
    assert page.locator("tbody.figure").nth(0).locator("input[name$='.subject']").input_value() == NEW_OWNER
    if os.environ.get("UPDATE_SCREENSHOTS"):
        page.screenshot(path=str(REPO / "docs" / "workspace.png"), full_page=False)

    page.goto(review_url + "/preview")
    after_images = page.locator("ol.slides img").evaluate_all("images => images.map(i => i.src)")
    assert after_images != before_images  # the slides were rendered again from the new deck
    assert NEW_OWNER in memo_text(page)
    for image in page.locator("ol.slides img").all()[:2]:
        assert image.evaluate("i => i.complete && i.naturalWidth > 0")

    page.goto(review_url)
    with page.expect_download() as download:
        page.click("nav >> text=Deck")
    saved = tmp_path / "deck.pptx"
    download.value.save_as(saved)
    deck = Presentation(str(saved))
    text = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert NEW_OWNER in text
    assert page.dialogs == []


HOSTILE = """<script>alert('headline')</script> Acme raises $5 million
<img src=x onerror="alert('img')"> Acme's round
Acme said it raised $5 million <script>alert(1)</script> from <b>investors</b><iframe src="javascript:alert(2)"></iframe>.
Key Takeaways
- Acme raised $5 million <svg onload=alert(3)>.
"""


def test_a_hostile_article_opens_no_dialog_and_shows_its_markup_as_text(page):
    new_briefing(page, HOSTILE)
    assert page.inner_text("h1#title") == "<script>alert('headline')</script> Acme raises $5 million"
    article = page.inner_text("section.article")
    assert "<script>alert(1)</script>" in article and "<b>investors</b>" in article
    for path in ("", "/preview"):
        page.goto(page.url.split("/preview")[0] + path)
        assert page.evaluate("document.scripts.length") == 1  # ours, /static/app.js, and nothing else
        assert page.locator("iframe, svg, b").count() == 0
    page.goto(page.base + "/")
    assert "<script>alert('headline')</script>" in page.inner_text("table.list")
    page.wait_for_timeout(500)  # an onerror or onload handler would have fired by now
    assert page.dialogs == []
