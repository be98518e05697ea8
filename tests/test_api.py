"""The Python API: sources of every kind, results, and nothing lost on failure."""

from __future__ import annotations

import io

import pytest
from conftest import PINNED_DATE, SAMPLE

from briefing import (
    Article,
    BuildOptions,
    InputError,
    build_briefing,
    make_briefing,
    parse_article,
)


@pytest.mark.parametrize("make_source", [
    pytest.param(lambda: SAMPLE, id="path"),
    pytest.param(lambda: str(SAMPLE), id="str-path"),
    pytest.param(lambda: SAMPLE.read_text(encoding="utf-8"), id="text"),
    pytest.param(lambda: io.BytesIO(SAMPLE.read_bytes()), id="binary-file"),
    pytest.param(lambda: parse_article(SAMPLE), id="article"),
])
def test_build_briefing_accepts_every_source(tmp_path, make_source):
    result = build_briefing(make_source(), tmp_path, BuildOptions(build_date=PINNED_DATE))
    assert result.deck.is_file() and result.memo.is_file()
    assert result.deck.parent == tmp_path
    assert isinstance(result.briefing.article, Article)
    assert {(f.value, f.unit) for f in result.briefing.figures} >= {(2.4e9, "USD"), (-5.5, "%"), (82, "%")}


def test_sample_matches_the_reference_figures(reference_path):
    sample = {(f.value, f.unit) for f in make_briefing(SAMPLE).figures}
    reference = {(f.value, f.unit) for f in make_briefing(reference_path).figures}
    assert sample == reference


def test_failed_build_keeps_the_previous_outputs(tmp_path, monkeypatch):
    first = build_briefing(SAMPLE, tmp_path, BuildOptions(build_date=PINNED_DATE))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    import briefing.render.memo.writer

    def broken(*_args, **_kwargs):
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(briefing.render.memo.writer, "render_memo", broken)
    with pytest.raises(RuntimeError):
        build_briefing(SAMPLE, tmp_path, BuildOptions(build_date=PINNED_DATE))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert first.deck.exists()


def test_same_headline_twice_in_one_run_keeps_both(tmp_path):
    taken: set[str] = set()
    a = build_briefing(SAMPLE, tmp_path, taken_names=taken)
    b = build_briefing(SAMPLE, tmp_path, taken_names=taken)
    assert a.deck != b.deck and a.deck.exists() and b.deck.exists()


def test_bad_input_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        build_briefing(tmp_path / "nope.txt", tmp_path)
