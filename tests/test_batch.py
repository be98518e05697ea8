"""Batch builds: every article gets a result, the manifest tells what happened, names never clash."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import PINNED_DATE, SAMPLE

import briefing.batch
from briefing.api import BuildOptions
from briefing.batch import MANIFEST_NAME, build_many, collect_sources
from briefing.cli import main

OPTIONS = BuildOptions(build_date=PINNED_DATE)


def article(folder, name, headline):
    path = folder / name
    body = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    path.write_text(f"{headline}\n{body}", encoding="utf-8")
    return path


def test_collect_sources_from_folders_globs_and_files(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "d.json", "manifest.json", "notes.docx"):
        (tmp_path / name).write_text("x")
    assert collect_sources([str(tmp_path)]) == [str(tmp_path / n) for n in ("a.md", "b.txt", "c.html", "d.json")]
    assert collect_sources([str(tmp_path / "*.txt"), str(tmp_path / "b.txt")]) == [str(tmp_path / "b.txt")]
    assert collect_sources(["missing.txt"]) == ["missing.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_article_does_not_stop_the_others(tmp_path, jobs):
    good_one = article(tmp_path, "one.txt", "First Headline")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good_two = article(tmp_path, "two.txt", "Second Headline")
    out = tmp_path / "out"
    results = build_many([str(good_one), str(empty), str(good_two)], out, jobs=jobs, options=OPTIONS)
    assert [r.status for r in results] == ["built", "bad-input", "built"]
    assert "empty.txt: the file is empty" in results[1].error
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert manifest["built"] == 2 and manifest["failed"] == 1
    for entry, result in zip(manifest["articles"], results):
        assert entry["source"] == result.source and entry["status"] == result.status
        if result.ok:
            with open(result.deck, "rb") as deck:
                assert hashlib.sha256(deck.read()).hexdigest() == entry["deck_sha256"]
            assert entry["figures"] == result.figures >= 3 and entry["seconds"] > 0


def test_same_headline_in_one_batch_gets_two_names(tmp_path):
    sources = [str(article(tmp_path, f"{n}.txt", "Same Headline")) for n in "ab"]
    results = build_many(sources, tmp_path / "out", jobs=2, options=OPTIONS)
    assert sorted(r.deck.name for r in results if r.deck) == ["same-headline-2.pptx", "same-headline.pptx"]


def test_parallel_and_serial_builds_give_the_same_bytes(tmp_path):
    sources = [str(article(tmp_path, f"{n}.txt", f"Headline {n}")) for n in "abc"]
    serial = build_many(sources, tmp_path / "serial", jobs=1, options=OPTIONS)
    parallel = build_many(sources, tmp_path / "parallel", jobs=2, options=OPTIONS)
    assert [(r.deck_sha256, r.memo_sha256) for r in serial] == [(r.deck_sha256, r.memo_sha256) for r in parallel]


def test_cli_exit_status_for_unexpected_failures(tmp_path, monkeypatch, capsys):
    def broken(*_args, **_kwargs):
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(briefing.batch, "render_article", broken)
    status = main(["build", str(SAMPLE), "-o", str(tmp_path), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "RuntimeError: renderer broke" in err and "Traceback" not in err


def test_cli_batch_summary(tmp_path, capsys):
    sources = [str(article(tmp_path, f"{n}.txt", f"Headline {n}")) for n in "ab"]
    status = main(["build", *sources, str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "--jobs", "2"])
    out, err = capsys.readouterr()
    assert status == 2
    assert len(out.split()) == 4
    assert "built 2 of 3 articles, 1 bad input, 0 failed" in err and "missing.txt: no such file" in err


def test_jobs_must_be_positive(capsys):
    assert main(["build", "--jobs", "0"]) == 2
    assert "--jobs" in capsys.readouterr().err


def test_names_follow_the_order_of_the_sources_whatever_finishes_first(tmp_path):
    """Two articles with one headline: the first source gets the plain name on every run, even when
    its worker finishes last (a long article first, a short one second)."""
    long_one, short_one = tmp_path / "a-long.txt", tmp_path / "b-short.txt"
    long_one.write_text("Acme lifts profit\n\n" + "Acme said profit rose 12% to $40m in 2026. " * 400 + "\n")
    short_one.write_text("Acme lifts profit\n\nAcme said profit fell 3% to $10m.\n")
    for run in range(2):
        out = tmp_path / f"out{run}"
        results = build_many([str(long_one), str(short_one)], out, jobs=2)
        assert [Path(r.deck).name for r in results] == ["acme-lifts-profit.pptx", "acme-lifts-profit-2.pptx"]
