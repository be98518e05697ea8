"""The deck and memo as a reader sees them: the shared inspector reports no defect.

Runs ``shared/tools/inspect_briefing.py`` (LibreOffice renders the deck; the memo is read as a
PDF) on the outputs of the reference article, the bundled sample, and every corpus article; and,
with ``--pagination``, on their memos and on every memo of ``shared/corpus/more/``; and on a fixed
sample of 40 of that corpus's decks (every eighth by name). Each batch is built once for the
module. Skips, saying why, where LibreOffice, qpdf or pymupdf is missing; ``.ci/run`` installs them.
"""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest
from conftest import PINNED_DATE, REFERENCE, SAMPLE, SHARED

from briefing import BuildOptions
from briefing.batch import ArticleResult, build_many

INSPECTOR = SHARED / "tools" / "inspect_briefing.py"
CORPUS = SHARED / "corpus" / "articles"
MORE = SHARED / "corpus" / "more"


def _needs_tools() -> None:
    if not INSPECTOR.is_file():
        pytest.skip(f"inspector not found at {INSPECTOR}")
    missing = [tool for tool in ("soffice", "qpdf") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the layout check needs them (.ci/run installs them)")


def _needs_memo_tools() -> None:
    """What the inspector needs to read a memo: the inspector itself, pymupdf and qpdf (not LibreOffice)."""
    if not INSPECTOR.is_file():
        pytest.skip(f"inspector not found at {INSPECTOR} (shared/ is not beside this checkout)")
    if importlib.util.find_spec("pymupdf") is None:
        pytest.skip("pymupdf not installed: the inspector reads memos with it (pip install pymupdf)")
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed: the inspector checks the memo's structure with it (.ci/run installs it)")


def _build(tmp_path_factory: pytest.TempPathFactory, name: str, articles: list) -> list[ArticleResult]:
    return build_many([str(a) for a in articles], tmp_path_factory.mktemp(name), jobs=2,
                      options=BuildOptions(build_date=PINNED_DATE))


@pytest.fixture(scope="module")
def shared_built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[ArticleResult]]:
    """The reference and sample (``"seeds"``) and the corpus articles (``"corpus"``), built once."""
    seeds = [a for a in (REFERENCE, SAMPLE) if a.is_file()]
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    results = _build(tmp_path_factory, "shared", seeds + corpus)
    return {"seeds": results[:len(seeds)], "corpus": results[len(seeds):]}


@pytest.fixture(scope="module")
def more_built(tmp_path_factory: pytest.TempPathFactory) -> list[ArticleResult]:
    """Every article of ``shared/corpus/more/``, built once."""
    if not MORE.is_dir():
        pytest.skip(f"corpus not found at {MORE}")
    return _build(tmp_path_factory, "more", sorted(MORE.glob("*.txt")))


def _defects(deck: str, memo: str) -> list[str]:
    done = subprocess.run([sys.executable, str(INSPECTOR), "--deck", deck, "--memo", memo, "--json"],
                          check=False, capture_output=True, text=True, timeout=600)
    if done.returncode == 2 or not done.stdout.strip():
        return [f"inspector could not run: {done.stderr.strip()}"]
    reports, _end = json.JSONDecoder().raw_decode(done.stdout)  # a "N defects" line follows the JSON
    return [f"{report['kind']} {report['file']}: {d}" for report in reports for d in report["defects"]]


def _inspect_all(results: list[ArticleResult]) -> list[str]:
    failed = [f"{r.source}: {r.error}" for r in results if not r.ok]
    # LibreOffice runs in its own process per deck, so two at a time use both cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = pool.map(lambda r: _defects(r.deck, r.memo), [r for r in results if r.ok])
    return failed + [d for defects in found for d in defects]


def _inspector() -> ModuleType:
    spec = importlib.util.spec_from_file_location("inspect_briefing", INSPECTOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pagination_defects(memos: list[str] | list[Path]) -> list[str]:
    """What ``inspect_briefing.py --memo M --pagination`` reports for each memo. Its ``main`` runs in
    this process: importing pymupdf takes a second, reading a memo a few hundredths."""
    main = _inspector().main
    found = []
    for memo in memos:
        with redirect_stdout(io.StringIO()) as printed:
            status = main(["--memo", str(memo), "--pagination", "--json"])
        reports, _end = json.JSONDecoder().raw_decode(printed.getvalue())
        found += [f"{memo}: {d}" for report in reports for d in report["defects"]]
        if status == 2:
            found.append(f"{memo}: the inspector could not run")
    return found


def _memos(results: list[ArticleResult]) -> list[str]:
    failed = [r.source for r in results if not r.ok]
    assert failed == [], failed
    return [r.memo for r in results]


def test_reference_and_sample_have_no_defects(shared_built: dict[str, list[ArticleResult]]) -> None:
    _needs_tools()
    assert _inspect_all(shared_built["seeds"]) == []


def test_every_corpus_article_has_no_defects(shared_built: dict[str, list[ArticleResult]]) -> None:
    _needs_tools()
    if not shared_built["corpus"]:
        pytest.skip(f"corpus not found at {CORPUS}")
    defects = _inspect_all(shared_built["corpus"])
    assert defects == [], "\n".join(defects)


def test_reference_sample_and_corpus_memos_paginate_cleanly(shared_built: dict[str, list[ArticleResult]]) -> None:
    _needs_memo_tools()
    defects = _pagination_defects(_memos(shared_built["seeds"] + shared_built["corpus"]))
    assert defects == [], "\n".join(defects)


def test_every_memo_of_the_larger_corpus_paginates_cleanly(more_built: list[ArticleResult]) -> None:
    _needs_memo_tools()
    defects = _pagination_defects(_memos(more_built))
    assert defects == [], "\n".join(defects)


def sampled_decks(results: list[ArticleResult]) -> list[ArticleResult]:
    """The fixed sample of 40 decks of ``more/``: every eighth article by file name, from the first
    (the articles ``test_story`` draws the charts of)."""
    return sorted(results, key=lambda r: Path(r.source).name)[::8]


def test_the_sampled_decks_of_the_larger_corpus_have_no_defects(more_built: list[ArticleResult]) -> None:
    _needs_tools()
    sample = sampled_decks(more_built)
    assert len(sample) == 40
    defects = _inspect_all(sample)
    assert defects == [], "\n".join(defects)


def test_reference_memo_keeps_to_three_pages(shared_built: dict[str, list[ArticleResult]]) -> None:
    _needs_memo_tools()
    if not REFERENCE.is_file():
        pytest.skip(f"reference article not found at {REFERENCE}")
    import pymupdf

    with pymupdf.open(shared_built["seeds"][0].memo) as memo:
        assert memo.page_count <= 3
        # Its first chart, caption and source line all fit under the takeaways on page 1.
        assert "Source:" in memo[0].get_text() and "Figure 1." in memo[0].get_text()


def test_reference_deck_keeps_the_investment_timeline_and_the_micron_chart(
        shared_built: dict[str, list[ArticleResult]]) -> None:
    if not REFERENCE.is_file():
        pytest.skip(f"reference article not found at {REFERENCE}")
    from pptx import Presentation

    slides = Presentation(shared_built["seeds"][0].deck).slides
    titles = [slide.shapes.title.text_frame.text for slide in slides]
    pictured = [title for slide, title in zip(slides, titles) if any(s.shape_type == 13 for s in slide.shapes)]
    assert titles[1] == "At a Glance"
    assert any(t.startswith("Innotron commits $2.4bn") for t in pictured)
    assert any(t.startswith("Micron Technology:") for t in pictured)


def test_the_pagination_check_sees_a_nearly_empty_last_page(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks above can fail: a memo laid out once, whatever its last page holds, is a defect."""
    _needs_memo_tools()
    from briefing.api import make_briefing
    from briefing.render.charts.draw import render_charts
    from briefing.render.memo import writer
    from briefing.render.memo.styles import NORMAL
    from briefing.theme import load_theme

    last_pages: list[float] = []

    def once(lay_out, _frame_height):  # type: ignore[no-untyped-def]
        layout = lay_out(NORMAL, None)
        last_pages.append(layout.filled[-1] if layout.pages > 1 else 1.0)
        return layout.pdf

    monkeypatch.setattr(writer, "paginate", once)
    theme = load_theme()
    for count in range(40, 80):  # a paragraph more each time moves the last page's foot a line or so
        text = "A headline\n\n" + "\n\n".join(f"Paragraph {i} says what happened on day {i}." for i in range(count))
        briefing = make_briefing(text)
        memo = tmp_path / f"memo-{count}.pdf"
        with memo.open("wb") as out:
            writer.render_memo(briefing, render_charts(briefing.charts, theme), theme, out, build_date=PINNED_DATE)
        if last_pages[-1] < 0.1:
            break
    assert last_pages[-1] < 0.1
    assert any("last page" in defect for defect in _pagination_defects([str(memo)]))
