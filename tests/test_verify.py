"""``briefing verify``: a fresh build is clean; a broken package or a mismatched memo is caught."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import PINNED_DATE, SAMPLE

from briefing.api import BuildOptions, build_briefing
from briefing.cli import main
from briefing.deliver.verify import check_package, verify_outputs

OTHER = """Acme Robotics Raises $120 Million for Warehouse Robots
Acme Robotics Closes a $120 Million Round to Build Warehouse Robots in Ohio
Acme Robotics has raised $120 million to expand production of warehouse robots in Ohio.
Key Takeaways
- Acme raised $120 million in new funding.
- Orders rose 40% in the last year.
Analysis
Warehouse automation keeps growing as labour stays scarce, and Acme's orders rose 40% last year.
Did You Know?
- AMR:
- An autonomous mobile robot moves goods without fixed tracks.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("verify")
    options = BuildOptions(build_date=PINNED_DATE)
    return (build_briefing(SAMPLE, folder / "sample", options),
            build_briefing(OTHER, folder / "other", options))


def _copy(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(path, folder / path.name))


def _rewrite_zip(path: Path, edit) -> None:  # noqa: ANN001 - edit(name, bytes) -> bytes | None (drop)
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            data = edit(info.filename, data)
            if data is not None:
                target.writestr(info, data)


def test_fresh_builds_are_clean(built):
    for result in built:
        assert verify_outputs(result.deck, result.memo) == []
        assert verify_outputs(result.deck) == []


def test_removed_picture_relationship_is_caught(built, tmp_path):
    deck = _copy(built[0].deck, tmp_path)
    removed = []

    def drop_image_rel(name: str, data: bytes) -> bytes:
        if re.match(r"ppt/slides/_rels/slide\d+\.xml\.rels$", name) and not removed:
            text = data.decode("utf-8")
            match = re.search(r'<Relationship Id="(rId\d+)" Type="[^"]*/image"[^>]*/>', text)
            if match:
                removed.append(match.group(1))
                return text.replace(match.group(0), "").encode("utf-8")
        return data

    _rewrite_zip(deck, drop_image_rel)
    assert removed, "the sample deck has a slide with a picture"
    problems = verify_outputs(deck, built[0].memo)
    assert any(f"relationship {removed[0]!r}" in p for p in problems), problems


@pytest.mark.parametrize("breakage, expected", [
    ("content-type", "no content type"),
    ("dangling-target", "points to a missing part"),
    ("duplicate-shape-id", "used more than once"),
    ("not-a-zip", "not a zip package"),
])
def test_broken_packages_are_caught(built, tmp_path, breakage, expected):
    deck = _copy(built[0].deck, tmp_path)
    if breakage == "not-a-zip":
        deck.write_bytes(b"PK\x03\x04 not really")
    elif breakage == "content-type":
        _rewrite_zip(deck, lambda n, d: re.sub(rb'<Default Extension="png"[^>]*/>', b"", d)
                     if n == "[Content_Types].xml" else d)
    elif breakage == "dangling-target":
        _rewrite_zip(deck, lambda n, d: None if n.startswith("ppt/media/") else d)
    else:
        _rewrite_zip(deck, lambda n, d: re.sub(rb'<p:cNvPr id="\d+"', b'<p:cNvPr id="7"', d)
                     if n == "ppt/slides/slide2.xml" else d)
    assert any(expected in p for p in check_package(deck.read_bytes())), check_package(deck.read_bytes())


def test_memo_of_another_article_is_caught(built):
    problems = verify_outputs(built[0].deck, built[1].memo)
    text = "\n".join(problems)
    assert "takeaways differ" in text and "sources table" in text and "glossary" in text, problems


def test_tampered_memo_figure_is_caught(built, tmp_path):
    """The memo is rebuilt from a briefing whose first figure quotes another number."""
    import dataclasses

    from briefing.api import make_briefing, render_outputs
    from briefing.theme import load_theme

    briefing = make_briefing(SAMPLE)
    first = dataclasses.replace(briefing.figures[0], quote="$9.9 billion")
    tampered = dataclasses.replace(briefing, figures=(first, *briefing.figures[1:]))
    _, memo, _ = render_outputs(tampered, load_theme(None), PINNED_DATE)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(memo)
    problems = verify_outputs(built[0].deck, path)
    assert problems and "sources table" in problems[0], problems


def test_truncated_memo_is_caught(built, tmp_path):
    memo = tmp_path / "cut.pdf"
    memo.write_bytes(built[0].memo.read_bytes()[:-3000])
    assert verify_outputs(built[0].deck, memo)


def test_unembedded_font_is_caught(tmp_path, built):
    from reportlab.pdfgen.canvas import Canvas

    memo = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(memo))
    canvas.drawString(72, 72, "Page 1 of 1")
    canvas.save()
    assert any("not embedded" in p for p in verify_outputs(built[0].deck, memo))


def test_page_footer_reads_back_as_written():
    """The checker finds the footer the memo writes: the format and the pattern are one pair."""
    from briefing.render.labels import PAGE_LABEL, PAGE_LABEL_FORMAT

    match = PAGE_LABEL.search("Internal   " + PAGE_LABEL_FORMAT.format(number=12, total=34) + " ")
    assert match is not None and match.groups() == ("12", "34")


def test_misnumbered_page_is_caught(tmp_path, built):
    from reportlab.pdfgen.canvas import Canvas

    memo = tmp_path / "misnumbered.pdf"
    canvas = Canvas(str(memo))
    canvas.drawString(72, 72, "Page 2 of 3")  # the first of two pages
    canvas.showPage()
    canvas.drawString(72, 72, "Total: 3")  # a second page without a footer
    canvas.save()
    problems = verify_outputs(built[0].deck, memo)
    assert any("page 1: numbered 'Page 2 of 3'" in p for p in problems), problems
    assert any("page 2: no 'Page 2 of 2' footer" in p for p in problems), problems


def test_cli_exit_codes(built, tmp_path, capsys):
    assert main(["verify", str(built[0].deck), str(built[0].memo)]) == 0
    assert "OK" in capsys.readouterr().out
    assert main(["verify", str(built[0].deck), str(built[1].memo)]) == 1
    assert "briefing: verify:" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.pptx")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_build_with_verify(tmp_path, capsys):
    status = main(["build", str(SAMPLE), "-o", str(tmp_path), "--verify", "--date", "2026-11-25", "-q"])
    assert status == 0, capsys.readouterr().err
