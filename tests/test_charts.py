"""Charts: drawn once, PNG and vector PDF operators with outlined text, deterministic, real glyphs."""

from __future__ import annotations

import io
import warnings

import pytest
from helpers import INVEST, REVENUE, SHARES, START
from PIL import Image

from briefing.model import ChartPlan, Figure
from briefing.render.charts.draw import PNG_DPI, render_chart
from briefing.theme import load_theme


def plan(kind, figures, milestones=(), title="Title"):
    return ChartPlan("k", kind, title, figures[0].unit, tuple(figures), "Source: the article", "alt", tuple(milestones))


CASES = [
    pytest.param(plan("investment", [INVEST], [START]), id="investment"),
    pytest.param(plan("change", [REVENUE, SHARES]), id="change"),
    pytest.param(plan("kpi", [SHARES]), id="kpi"),
    pytest.param(plan("bars", [INVEST, Figure("Micron", "revenue", 6.8e9, "USD", "q", "s")]), id="bars"),
]


@pytest.mark.parametrize("chart_plan", CASES)
def test_chart_is_png_and_outlined_vector(chart_plan):
    chart = render_chart(chart_plan, load_theme())
    image = Image.open(io.BytesIO(chart.png))
    assert image.size == (round(chart.width_in * PNG_DPI), round(chart.height_in * PNG_DPI))
    assert 150 <= PNG_DPI <= 200  # readable on a projector
    ops = chart.vector.decode("ascii").split()
    assert ops.count("q") == ops.count("Q") and "c" in ops  # balanced states; curves (glyph outlines)
    assert not {"BT", "Tj", "TJ", "Tf", "Do", "gs"} & set(ops)  # no text, fonts, images or resources


@pytest.mark.parametrize("chart_plan", CASES)
def test_same_chart_same_bytes(chart_plan):
    theme = load_theme()
    first, second = render_chart(chart_plan, theme), render_chart(chart_plan, theme)
    assert first.png == second.png and first.vector == second.vector


def test_dollar_signs_are_not_mathtext():
    two_dollars = plan("kpi", [INVEST], title="From $1 billion to $2.4 billion")
    chart = render_chart(two_dollars, load_theme())  # mathtext would raise or eat the dollars
    assert chart.png


def missing_glyph_warnings(metric: str) -> list[str]:
    figure = Figure("长鑫存储", metric, 2.4e9, "USD", "q", "s")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render_chart(plan("kpi", [figure]), load_theme())
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


def test_chinese_names_have_glyphs():
    assert missing_glyph_warnings("合肥 plant; Ελλάδα, Россия") == []


def test_a_character_without_any_font_is_noticed():
    assert missing_glyph_warnings("Snowman \u2603") != []  # the check above can fail


def test_chart_draws_in_a_pdf_as_vector_outlines():
    """The memo path end to end: a CJK subject lands as paths, with no font and no image."""
    import pymupdf
    from reportlab.pdfgen.canvas import Canvas

    from briefing.render.charts.vector import VectorChart

    chart = render_chart(plan("kpi", [Figure("长鑫存储", "capacity", 2.4e9, "USD", "q", "s")]), load_theme())
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(800, 400), invariant=1)
    flowable = VectorChart(chart.vector, chart.width_in * 72, chart.height_in * 72, 0.9)
    flowable.wrapOn(canvas, 800, 400)
    flowable.drawOn(canvas, 0, 0)
    canvas.save()
    with pymupdf.open(stream=out.getvalue(), filetype="pdf") as doc:
        page = doc[0]
        # No text at all (a bare canvas still lists Helvetica as its resource; the memo sets its own).
        assert page.get_images() == [] and page.get_text().strip() == ""
        drawings = page.get_drawings()
    assert len(drawings) > 20
    assert max(d["rect"].x1 for d in drawings) <= chart.width_in * 72 * 0.9 + 1
