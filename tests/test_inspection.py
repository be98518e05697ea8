"""The deck and memo as a reader sees them: the shared inspector reports no defect.

Runs ``shared/tools/inspect_briefing.py`` (LibreOffice renders the deck; the memo is read as a
PDF) on the outputs of the reference article and of the bundled sample.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from briefing import BuildOptions, build_briefing

from conftest import PINNED_DATE, REFERENCE, SAMPLE, SHARED

INSPECTOR = SHARED / "tools" / "inspect_briefing.py"


def _needs_tools() -> None:
    if not INSPECTOR.is_file():
        pytest.skip(f"inspector not found at {INSPECTOR}")
    missing = [tool for tool in ("soffice", "qpdf") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the layout check needs them (.ci/run installs them)")


@pytest.mark.parametrize("article", [pytest.param(REFERENCE, id="reference"), pytest.param(SAMPLE, id="sample")])
def test_inspector_finds_no_defects(tmp_path, article):
    _needs_tools()
    if not article.is_file():
        pytest.skip(f"{article} not found")
    result = build_briefing(article, tmp_path / "out", BuildOptions(build_date=PINNED_DATE))
    done = subprocess.run([sys.executable, str(INSPECTOR), "--deck", str(result.deck), "--memo", str(result.memo)],
                          capture_output=True, text=True, timeout=600)
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("0 defects")
