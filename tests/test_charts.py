"""Charts: drawn once, PNG and outlined SVG, deterministic, real glyphs."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from briefing.charts import PNG_DPI, render_chart
from briefing.model import ChartPlan, Figure
from briefing.theme import load_theme

from helpers import INVEST, REVENUE, SHARES, START


def plan(kind, figures, milestones=(), title="Title"):
    return ChartPlan("k", kind, title, figures[0].unit, tuple(figures), "Source: the article", "alt", tuple(milestones))


CASES = [
    pytest.param(plan("investment", [INVEST], [START]), id="investment"),
    pytest.param(plan("change", [REVENUE, SHARES]), id="change"),
    pytest.param(plan("kpi", [SHARES]), id="kpi"),
    pytest.param(plan("bars", [INVEST, Figure("Micron", "revenue", 6.8e9, "USD", "q", "s")]), id="bars"),
]


@pytest.mark.parametrize("chart_plan", CASES)
def test_chart_is_png_and_outlined_svg(chart_plan):
    chart = render_chart(chart_plan, load_theme())
    image = Image.open(io.BytesIO(chart.png))
    assert image.size == (round(chart.width_in * PNG_DPI), round(chart.height_in * PNG_DPI))
    assert chart.svg.startswith(b"<?xml") and b"<text" not in chart.svg  # text is drawn as outlines


@pytest.mark.parametrize("chart_plan", CASES)
def test_same_chart_same_bytes(chart_plan):
    theme = load_theme()
    first, second = render_chart(chart_plan, theme), render_chart(chart_plan, theme)
    assert first.png == second.png and first.svg == second.svg


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
