"""Shared fixtures: where the reference article and the corpus are, and small article texts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "seeds" / "innotron-cxmt.txt"
SAMPLE = REPO / "assets" / "sample-article.txt"
PINNED_DATE = datetime.date(2026, 11, 25)


@pytest.fixture
def reference_path() -> Path:
    if not REFERENCE.is_file():
        pytest.skip(f"reference article not found at {REFERENCE} (shared/ is not beside this checkout)")
    return REFERENCE


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
