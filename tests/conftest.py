"""Shared fixtures: where the reference article and the corpus are, and small article texts."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from hypothesis import Phase, settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "seeds" / "innotron-cxmt.txt"
SAMPLE = REPO / "assets" / "sample-article.txt"
PINNED_DATE = datetime.date(2026, 11, 25)

# Property tests: a few examples in CI (no slow shrinking: the failing example is printed as found);
# HYPOTHESIS_PROFILE=long runs thousands, shrinking included.
settings.register_profile("default", max_examples=15, deadline=None, phases=[p for p in Phase if p != Phase.shrink],
                          derandomize=True)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/golden/ from what the code does now (read the diff before committing)")


@pytest.fixture
def reference_path() -> Path:
    if not REFERENCE.is_file():
        pytest.skip(f"reference article not found at {REFERENCE} (shared/ is not beside this checkout)")
    return REFERENCE


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
