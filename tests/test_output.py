"""Output names and atomic writes."""

from __future__ import annotations

import os

import pytest

from briefing.deliver.output import (
    check_out_dir,
    ensure_out_dir,
    unique_stem,
    write_atomic,
)
from briefing.errors import InputError, OutputError
from briefing.model.formatting import slugify


@pytest.mark.parametrize("headline,slug", [
    ("Innotron Invests $2.4B in Shanghai Chip Plant", "innotron-invests-2-4b-in-shanghai-chip-plant"),
    ("../../etc/passwd", "etc-passwd"),
    ("CON", "con-briefing"),
    ("长鑫存储 😀", "briefing"),
    ("Café Société", "cafe-societe"),
    ("x" * 300, "x" * 60),
    ("word " * 40, ("word-" * 12).rstrip("-")),
])
def test_slugify(headline, slug):
    assert slugify(headline) == slug


def test_unique_stem_numbers_repeats():
    taken: set[str] = set()
    assert [unique_stem("a", taken) for _ in range(3)] == ["a", "a-2", "a-3"]


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "deck.pptx"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["deck.pptx"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "memo.pdf"
    write_atomic(target, b"good")

    def broken_replace(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="disk full"):
        write_atomic(target, b"broken")
    assert target.read_bytes() == b"good"
    assert os.listdir(tmp_path) == ["memo.pdf"]


def test_out_dir_that_is_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        ensure_out_dir(blocker)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_out_dir(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(InputError, match="not writable"):
        ensure_out_dir(folder)


def test_check_out_dir_creates_nothing(tmp_path):
    missing = tmp_path / "a" / "b"
    assert check_out_dir(missing) == missing and not (tmp_path / "a").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        check_out_dir(blocker)
    with pytest.raises(InputError, match="is not a folder"):
        check_out_dir(blocker / "below")
