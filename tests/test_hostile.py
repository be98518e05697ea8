"""Hostile and broken input: every nasty file builds a clean deck and memo, or exits 2 and writes nothing.

The table of files and what each must do is ``tests/nasty/README.md``; the inputs that cannot sit in
a repository (folders, missing paths, huge files, symlink loops, bad output folders) are made here.
Property tests with Hypothesis close the file (``HYPOTHESIS_PROFILE=long`` runs thousands).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import PINNED_DATE, SAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.api import BuildOptions, build_briefing
from briefing.cli import main
from briefing.deliver.verify import verify_outputs
from briefing.errors import InputError
from briefing.read import clean_text, read_document_with_warnings

NASTY = Path(__file__).parent / "nasty"
XFAIL: dict[str, str] = {}  # nasty files whose behaviour is known to be wrong, with the reason


def _table() -> list[tuple[str, int, str, str]]:
    rows = []
    for line in (NASTY / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[1] in ("0", "2"):
            rows.append((cells[0], int(cells[1]), cells[2], cells[3]))
    return rows


CASES = _table()


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.suffix in (".pptx", ".pdf", ".part"))


def build(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["build", *argv, "--verify", "--date", "2026-11-25"])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_table_covers_every_file():
    assert sorted(name for name, *_ in CASES) == sorted(p.name for p in NASTY.iterdir() if p.name != "README.md")


@pytest.mark.parametrize("name, status, message, stem", [
    pytest.param(*case, marks=pytest.mark.xfail(reason=XFAIL[case[0]], strict=True)) if case[0] in XFAIL else case
    for case in CASES], ids=[case[0] for case in CASES])
def test_nasty_file(capsys, tmp_path, name, status, message, stem):
    out = tmp_path / "out"
    got, stdout, err = build(capsys, str(NASTY / name), "-o", str(out))
    assert got == status, err
    assert "Traceback" not in err and "unexpected error" not in err
    if status == 2:
        assert err.startswith(f"briefing: {NASTY / name}: ") and message in err, err
        assert _outputs(tmp_path) == []
        return
    assert "briefing: verify:" not in err
    assert _outputs(out) == [f"{stem}.pdf", f"{stem}.pptx"], stdout
    assert message in err, err
    for path in out.iterdir():
        assert path.resolve().parent == out.resolve()


def _memo_links_images_fonts(memo: Path):
    import fitz

    with fitz.open(memo) as pdf:
        links = [link for page in pdf for link in page.get_links()]
        images = [image for page in pdf for image in page.get_images()]
        sizes = {round(span["size"]) for page in pdf for block in page.get_text("dict")["blocks"]
                 for line in block.get("lines", ()) for span in line["spans"]}
        text = "".join(page.get_text() for page in pdf)
    return links, images, sizes, text


def test_markup_in_the_article_is_text_in_the_memo(tmp_path):
    pytest.importorskip("fitz")
    baseline = build_briefing(SAMPLE, tmp_path / "sample", BuildOptions(build_date=PINNED_DATE))
    result = build_briefing(NASTY / "markup.txt", tmp_path / "markup", BuildOptions(build_date=PINNED_DATE))
    links, images, sizes, text = _memo_links_images_fonts(result.memo)
    _, base_images, base_sizes, _ = _memo_links_images_fonts(baseline.memo)
    # Only the glossary's internal links; no URI, file or launch link from the article.
    assert all(link["kind"] == 4 or (link["kind"] == 1 and "uri" not in link) for link in links), links
    assert not any("passwd" in str(link) or "evil" in str(link) for link in links)
    assert len(images) == len(base_images)  # the theme's logo (if any); charts are vector drawings
    assert max(sizes) <= max(base_sizes)  # <font size=40> changed no size
    flat = " ".join(text.split())
    for literal in ("<font size=40>BIG</font>", '<a href="file:///etc/passwd">x</a>', "<img src=x>", "& more < less >"):
        assert literal in flat, literal


def test_forbidden_characters_are_counted_and_reach_the_warnings(tmp_path):
    text = "Acme \x01Raises $120 Million\nAcme raised $120 million\x02 in \ud800Ohio \udfff\x7f.\n"
    assert clean_text(text)[1] == 5
    assert read_document_with_warnings(text)[1] == ("5 characters XML forbids (control characters, lone surrogates) "
                                                     "were dropped",)
    result = build_briefing(text, tmp_path, BuildOptions(build_date=PINNED_DATE))
    assert result.warnings[0].startswith("5 characters XML forbids")
    assert verify_outputs(result.deck, result.memo) == []


def test_clean_article_has_no_dropped_characters_warning(tmp_path):
    result = build_briefing(SAMPLE, tmp_path, BuildOptions(build_date=PINNED_DATE))
    assert not any("XML forbids" in w for w in result.warnings)


# ------------------------------------------------------------------ inputs made here


def test_not_an_article_file(capsys, tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    cases = [(tmp_path / "missing.txt", "no such file"), (loop, "cannot read"), (folder / "ignored.png", "not a text file")]
    for path, message in cases:
        got, _, err = build(capsys, str(path), "-o", str(tmp_path / "out"))
        assert got == 2 and str(path) in err and message in err, err
    assert _outputs(tmp_path) == []


def test_a_folder_without_articles_is_refused_with_a_message(capsys, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    got, _, err = build(capsys, str(empty), "-o", str(tmp_path / "out"))
    assert got == 2 and err, err
    assert _outputs(tmp_path) == []


def test_too_large_file_is_refused(capsys, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(SAMPLE.read_bytes() + b"x" * (6 * 1024 * 1024))
    got, _, err = build(capsys, str(big), "-o", str(tmp_path / "out"))
    assert got == 2 and "6.0 MB is larger than the 5.0 MB limit" in err, err
    got, _, err = build(capsys, str(SAMPLE), "-o", str(tmp_path / "out"), "--max-size", "0.0005")
    assert got == 2 and "larger than" in err, err
    assert _outputs(tmp_path) == []
    got, _, err = build(capsys, str(SAMPLE), "-o", str(tmp_path / "out"), "--max-size", "0")
    assert got == 2 and "--max-size" in err


def test_output_folder(capsys, tmp_path):
    nested = tmp_path / "a" / "b" / "c"
    got, _, err = build(capsys, str(SAMPLE), "-o", str(nested))
    assert got == 0 and len(_outputs(nested)) == 2, err
    a_file = tmp_path / "file"
    a_file.write_text("x")
    got, _, err = build(capsys, str(SAMPLE), "-o", str(a_file))
    assert got == 2 and "not a folder" in err, err
    got, _, err = build(capsys, str(SAMPLE), "-o", str(a_file / "below"))
    assert got == 2 and "output folder" in err, err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write to a read-only folder")
def test_read_only_output_folder(capsys, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        got, _, err = build(capsys, str(SAMPLE), "-o", str(folder))
        assert got == 2 and "not writable" in err, err
    finally:
        folder.chmod(0o700)


# ------------------------------------------------------------------ property tests

_HOSTILE = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list("\x00\x01\x0b\x7f\ufffe\u200b\u200d\u202e\ufeff\u0301<>&\"'$%\u2212\U0001F680\u05d0\u0627\u4e2d"))
_WORDS = st.text(_HOSTILE, min_size=1, max_size=12)
_AMOUNTS = st.sampled_from(["$2.4 billion", "$120 million", "5.5%", "82%", "-0%", "NaN%", "$1e308", "40 percent",
                            "€3bn", "£75m", "1.5 percentage points", "$0", "100%"])


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=10))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(_AMOUNTS))
    return " ".join(words) + draw(st.sampled_from([".", "!", "?", ""]))


@st.composite
def articles(draw) -> str:
    """The reference structure (headline, subtitle, lead, Key Takeaways, Analysis, Did You Know?)
    with random, partly hostile text."""
    lines = [draw(st.text(_HOSTILE, min_size=1, max_size=80)), draw(sentences()).rstrip(".!?")]
    lines += [" ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))]
    if draw(st.booleans()):
        lines += ["Key Takeaways", *(f"- {s}" for s in draw(st.lists(sentences(), max_size=6)))]
    if draw(st.booleans()):
        lines += ["Analysis", " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))]
    if draw(st.booleans()):
        lines += ["Did You Know?"]
        for term, definition in draw(st.lists(st.tuples(_WORDS, sentences()), max_size=3)):
            lines += [f"- {term}:", f"- {definition}"]
    return "\n".join(lines) + "\n"


def _normal(text: str) -> str:
    """Cleaned text, list markers dropped (a glossary definition joins its bullet lines), single-spaced."""
    lines = (re.sub(r"^\s*-\s+", "", line) for line in clean_text(text)[0].split("\n"))
    return " ".join(" ".join(lines).split())


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=articles())
def test_random_articles_build_cleanly_or_are_refused(tmp_path_factory, text):
    out = tmp_path_factory.mktemp("prop")
    try:
        result = build_briefing(text, out, BuildOptions(build_date=PINNED_DATE))
    except InputError as exc:
        assert str(exc).startswith("<text>: ")
        assert _outputs(out) == []
        return
    assert verify_outputs(result.deck, result.memo) == []
    # Nothing fabricated: every figure's sentence is a sentence of the article as read (a text
    # that looks like Markdown loses its inline markup), and its quote stands in the raw text.
    article = result.briefing.article
    read = " ".join(" ".join((article.title, article.subtitle, *article.paragraphs())).split())
    raw = _normal(text)
    for figure in result.briefing.figures:
        assert figure.quote in figure.sentence, figure
        assert " ".join(figure.sentence.split()) in read, figure
        assert figure.quote in raw, figure
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    assert re.fullmatch(r"[a-z0-9-]+\.pptx", result.deck.name)
