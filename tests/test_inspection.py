"""The deck and memo as a reader sees them: the shared inspector reports no defect.

Runs ``shared/tools/inspect_briefing.py`` (LibreOffice renders the deck; the memo is read as a
PDF) on the outputs of the reference article, the bundled sample, and every corpus article.
Skips, saying why, where LibreOffice or qpdf is missing; ``.ci/run`` installs both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import PINNED_DATE, REFERENCE, SAMPLE, SHARED

from briefing import BuildOptions
from briefing.batch import build_many

INSPECTOR = SHARED / "tools" / "inspect_briefing.py"
CORPUS = SHARED / "corpus" / "articles"


def _needs_tools() -> None:
    if not INSPECTOR.is_file():
        pytest.skip(f"inspector not found at {INSPECTOR}")
    missing = [tool for tool in ("soffice", "qpdf") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the layout check needs them (.ci/run installs them)")


def _defects(deck: str, memo: str) -> list[str]:
    done = subprocess.run([sys.executable, str(INSPECTOR), "--deck", deck, "--memo", memo, "--json"],
                          capture_output=True, text=True, timeout=600)
    if done.returncode == 2 or not done.stdout.strip():
        return [f"inspector could not run: {done.stderr.strip()}"]
    reports, _end = json.JSONDecoder().raw_decode(done.stdout)  # a "N defects" line follows the JSON
    return [f"{report['kind']} {report['file']}: {d}" for report in reports for d in report["defects"]]


def _inspect_all(tmp_path, articles) -> list[str]:
    results = build_many([str(a) for a in articles], tmp_path / "out", jobs=2,
                         options=BuildOptions(build_date=PINNED_DATE))
    failed = [f"{r.source}: {r.error}" for r in results if not r.ok]
    # LibreOffice runs in its own process per deck, so two at a time use both cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = pool.map(lambda r: _defects(r.deck, r.memo), [r for r in results if r.ok])
    return failed + [d for defects in found for d in defects]


def test_reference_and_sample_have_no_defects(tmp_path):
    _needs_tools()
    articles = [a for a in (REFERENCE, SAMPLE) if a.is_file()]
    assert _inspect_all(tmp_path, articles) == []


def test_every_corpus_article_has_no_defects(tmp_path):
    _needs_tools()
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    defects = _inspect_all(tmp_path, sorted(CORPUS.glob("*.txt")))
    assert defects == [], "\n".join(defects)


def test_the_check_sees_a_broken_deck(tmp_path):
    """The check above can fail: a deck whose text asks the viewer to auto-fit is a defect."""
    _needs_tools()
    from pptx import Presentation
    from pptx.enum.text import MSO_AUTO_SIZE

    (result,) = build_many([str(SAMPLE)], tmp_path, jobs=1, options=BuildOptions(build_date=PINNED_DATE))
    deck = Presentation(result.deck)
    deck.slides[1].shapes.title.text_frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    broken = tmp_path / "broken.pptx"
    deck.save(broken)
    assert any("auto-fit" in d for d in _defects(str(broken), result.memo))
