"""Text fitting: wrapping with real font metrics, choosing sizes, splitting over boxes."""

from __future__ import annotations

import pytest

from briefing.render.deck.fitting import (
    ELLIPSIS,
    LINE_HEIGHT,
    SAFETY,
    SIZE_STEP_PT,
    TextStyle,
    fit_or_truncate,
    fit_text,
    layout_at,
    line_width_pt,
    text_width_pt,
    wrap,
)
from briefing.render.deck.pagination import paginate
from briefing.render.deck.paragraphs import Paragraph, Run, paragraph
from briefing.render.fonts import metrics_for
from briefing.theme import load_theme

STYLE = TextStyle()
SENTENCE = ("Innotron, the parent company of China's CXMT, has revealed its plans to invest $2.4 billion "
            "in a cutting-edge chip packaging facility in Shanghai.")
URL = "https://example.com/" + "a" * 280
CJK = "长鑫存储 (ChangXin Memory) 在合肥的工厂" * 6


@pytest.fixture(scope="module")
def measure():
    return metrics_for(load_theme().fonts)


def _used_pt(fitted) -> float:
    lines = sum(len(par_lines) for par_lines in fitted.lines)
    gaps = (len(fitted.paragraphs) - 1) * STYLE.paragraph_gap_em * fitted.size_pt
    return lines * LINE_HEIGHT * fitted.size_pt + gaps


def _fits(fitted, width_pt, height_pt, measure) -> bool:
    for par, lines in zip(fitted.paragraphs, fitted.lines, strict=True):
        limit = text_width_pt(width_pt, STYLE, par)
        if any(line_width_pt(line, fitted.size_pt, measure) > limit + 1e-6 for line in lines):
            return False
    return _used_pt(fitted) <= (height_pt - 2 * STYLE.inset_y_pt) * SAFETY + 1e-6


def _words(paragraphs) -> list[str]:
    return " ".join(p.text for p in paragraphs).split()


@pytest.mark.parametrize(
    "text, bold, width_pt, size_pt",
    [
        (SENTENCE, False, 300, 24),
        (SENTENCE, True, 120, 14),
        (URL, False, 400, 18),
        (CJK, False, 250, 20),
        ("Through-Silicon Vias (TSVs)", True, 40, 24),  # narrower than some words
        ("", False, 200, 14),
    ],
)
def test_wrapped_lines_are_never_wider_than_the_box(text, bold, width_pt, size_pt, measure):
    lines = wrap(paragraph(Run(text, bold)), width_pt, size_pt, measure)
    assert lines
    for line in lines:
        assert line_width_pt(line, size_pt, measure) <= width_pt + 1e-6
        assert all(piece_bold == bold for _, piece_bold in line)
    drawn = "".join(piece for line in lines for piece, _ in line)
    assert drawn.replace(" ", "") == text.replace(" ", "")


def test_word_longer_than_the_line_is_cut_and_a_line_reserved(measure):
    lines = wrap(paragraph(URL), 300, 18, measure)
    assert len([line for line in lines if line]) > 2
    assert lines[-1] == ()  # the reserve line for the cut word


def test_bold_lead_in_is_measured_bold(measure):
    par = paragraph(Run("Semiconductor Self-Sufficiency", bold=True), Run(": " + SENTENCE))
    line = wrap(par, 2000, 20, measure)[0]
    assert line[0] == ("Semiconductor Self-Sufficiency", True)
    expected = measure.width_pt("Semiconductor Self-Sufficiency", 20, True) + measure.width_pt(": " + SENTENCE, 20)
    assert line_width_pt(line, 20, measure) == pytest.approx(expected)


def test_paragraph_collapses_whitespace_and_drops_control_characters():
    par = paragraph("  two\tspaces\n\nand\x00 a\x0bcontrol  ")
    assert par.text == "two spaces and a control"


@pytest.mark.parametrize(
    "paragraphs, width_pt, height_pt",
    [
        ((paragraph(SENTENCE, bullet=True),) * 5, 870, 356),
        ((paragraph(SENTENCE),), 870, 60),
        ((paragraph(CJK), paragraph(SENTENCE)), 400, 300),
        ((paragraph(URL),), 870, 356),
    ],
)
def test_fit_text_picks_the_largest_size_that_fits(paragraphs, width_pt, height_pt, measure):
    fitted = fit_text(paragraphs, width_pt, height_pt, 24, 14, measure, STYLE)
    assert fitted is not None and 14 <= fitted.size_pt <= 24
    assert _fits(fitted, width_pt, height_pt, measure)
    if fitted.size_pt < 24:
        bigger = layout_at(paragraphs, width_pt, fitted.size_pt + SIZE_STEP_PT, measure, STYLE)
        assert not _fits(bigger, width_pt, height_pt, measure)


def test_fit_text_gives_none_when_even_the_minimum_is_too_big(measure):
    assert fit_text((paragraph(SENTENCE),) * 20, 870, 356, 24, 14, measure, STYLE) is None


FORTY = " ".join(["semiconductor supply-chain resilience"] * 13) + " ends"


@pytest.mark.parametrize(
    "paragraphs, pages_at_least",
    [
        ((paragraph(SENTENCE, bullet=True),) * 5, 1),
        ((paragraph(FORTY, bullet=True),) * 12, 3),
        ((paragraph(Run("Term", True), ": " + SENTENCE * 2),) * 12, 2),
        ((paragraph(" ".join([SENTENCE] * 40)),), 2),  # one paragraph taller than a box
        ((paragraph(URL + " then words."),) * 6, 2),
    ],
)
def test_paginate_fits_every_box_keeps_every_word_and_one_size(paragraphs, pages_at_least, measure):
    width_pt, height_pt = 870, 356
    pages = paginate(paragraphs, width_pt, height_pt, 24, 14, measure, STYLE)
    assert len(pages) >= pages_at_least
    assert len({page.size_pt for page in pages}) == 1 and pages[0].size_pt >= 14
    for page in pages:
        assert _fits(page, width_pt, height_pt, measure)
    kept = [p for page in pages for p in page.paragraphs]
    assert "".join(_words(kept)) == "".join(_words(paragraphs))


def test_a_split_bullet_continues_without_a_second_bullet(measure):
    pages = paginate((paragraph(" ".join([SENTENCE] * 40), bullet=True),), 870, 356, 24, 14, measure, STYLE)
    pieces = [p for page in pages for p in page.paragraphs]
    assert pieces[0].bullet and not pieces[0].continued
    assert all(p.continued and not p.bullet for p in pieces[1:])


def test_pages_are_balanced(measure):
    pages = paginate((paragraph(FORTY, bullet=True),) * 7, 870, 356, 24, 14, measure, STYLE)
    counts = [len(page.paragraphs) for page in pages]
    assert max(counts) - min(counts) <= 1


@pytest.mark.parametrize("text, cut", [("Key Takeaways", False), ("Title " + URL, True), (SENTENCE * 4, True)])
def test_fit_or_truncate(text, cut, measure):
    style = TextStyle(bold=True)
    fitted, was_cut = fit_or_truncate(text, 870, 78, 36, 24, measure, style)
    assert was_cut is cut
    assert fitted.paragraphs[0].text.endswith(ELLIPSIS) is cut
    assert 24 <= fitted.size_pt <= 36
    assert all(line_width_pt(line, fitted.size_pt, measure) <= text_width_pt(870, style, Paragraph(()))
               for line in fitted.lines[0])
    assert sum(map(len, fitted.lines)) * LINE_HEIGHT * fitted.size_pt <= (78 - 2 * style.inset_y_pt) * SAFETY


@pytest.mark.parametrize("cuts", [(0, 8), (4, 30), (10, 11, 12), (0, len(SENTENCE))])
def test_runs_split_for_links_wrap_and_fit_exactly_like_the_whole(cuts):
    """Glossary links cut a run into pieces of the same font: widths, lines and size must not change."""
    whole = paragraph(SENTENCE)
    points = [0, *cuts, len(SENTENCE)]
    split = Paragraph(tuple(Run(SENTENCE[a:b]) for a, b in zip(points, points[1:]) if b > a))
    measure = metrics_for(load_theme().fonts)
    a = fit_text((whole,), 300, 120, 24, 10, measure, STYLE)
    b = fit_text((split,), 300, 120, 24, 10, measure, STYLE)
    assert a is not None and b is not None and (a.size_pt, a.lines) == (b.size_pt, b.lines)
