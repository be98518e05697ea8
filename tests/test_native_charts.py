"""Editable charts: change and bar plans become native bar charts with the picture's data, order,
colours and value labels; investment and KPI charts stay pictures; output stays byte-identical."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from pptx import Presentation
from test_deck import (
    BUILD_DATE,
    INVEST,
    REVENUE,
    SHARE,
    _integrity,
    charts_for,
    reference_briefing,
    rendered,
)

from briefing.model import ChartPlan, Figure
from briefing.model.formatting import format_value
from briefing.render.deck.writer import render_deck
from briefing.theme import load_theme

SOURCE = "Source: the article"
FAB = Figure("Innotron", "fab spend", 1.1e9, "USD", "$1.1 billion", "Innotron spends $1.1 billion on a fab.")
PLANS = {
    "change": ChartPlan("change-micron", "change", "Micron: revenue up, shares down", "%", (SHARE, REVENUE),
                        SOURCE, "Bar chart of Micron's changes: share price -5.5%; Q3 revenue +82%."),
    "bars": ChartPlan("bars-innotron", "bars", "Innotron's plant costs twice its fab", "USD", (FAB, INVEST),
                      SOURCE, "Bar chart of Innotron's amounts: investment $2.4bn; fab spend $1.1bn."),
    "investment": ChartPlan("investment-innotron", "investment", "Innotron commits $2.4bn", "USD", (INVEST,),
                            SOURCE, "Investment chart for Innotron: $2.4bn."),
    "kpi": ChartPlan("kpi-micron", "kpi", "Micron's revenue rose 82%", "%", (REVENUE,), SOURCE,
                     "Micron's Q3 revenue growth: +82%."),
}


@pytest.fixture(scope="module")
def theme():
    return load_theme()


def deck_with(kind: str, theme, editable: bool = True) -> bytes:
    briefing = reference_briefing()
    out = io.BytesIO()
    render_deck(briefing, [rendered(PLANS[kind])], theme, out, build_date=BUILD_DATE, editable_charts=editable)
    return out.getvalue()


def chart_slide(data: bytes):
    prs = Presentation(io.BytesIO(data))
    return next(s for s in prs.slides if any(sh.name.startswith("Chart:") for sh in s.shapes))


def chart_shape(data: bytes):
    return next(sh for sh in chart_slide(data).shapes if sh.name.startswith("Chart:"))


@pytest.mark.parametrize("kind, editable, native", [
    ("change", True, True), ("bars", True, True), ("investment", True, False), ("kpi", True, False),
    ("change", False, False), ("bars", False, False),
])
def test_only_bar_charts_become_native_and_only_on_request(kind, editable, native, theme):
    shape = chart_shape(deck_with(kind, theme, editable))
    assert shape.has_chart is native
    assert shape._element.find(".//{*}cNvPr").get("descr") == PLANS[kind].alt_text


@pytest.mark.parametrize("kind, labels, values, colours", [
    # PowerPoint lists categories bottom-up: the picture's top bar is the last category.
    ("change", ["Q3 revenue growth", "share price"], [82.0, -5.5], ["positive", "negative"]),
    ("bars", ["fab spend", "investment"], [1.1e9, 2.4e9], ["accent", "accent"]),
])
def test_native_chart_has_the_pictures_data_order_and_colours(kind, labels, values, colours, theme):
    chart = chart_shape(deck_with(kind, theme)).chart
    assert not chart.has_legend
    plot = chart.plots[0]
    assert list(plot.categories) == labels
    series = plot.series[0]
    assert list(series.values) == pytest.approx(values)
    assert series.invert_if_negative is False
    got = [str(series.points[i].format.fill.fore_color.rgb) for i in range(len(values))]
    assert got == [getattr(theme.colours, c)[1:] for c in colours]


@pytest.mark.parametrize("kind", ["change", "bars"])
def test_every_bar_is_labelled_with_its_formatted_value(kind, theme):
    plan = PLANS[kind]
    series = chart_shape(deck_with(kind, theme)).chart.plots[0].series[0]
    texts = [series.points[i].data_label.text_frame.text for i in range(len(plan.figures))]
    signed = kind == "change"
    expected = sorted((format_value(f, signed=signed) for f in plan.figures))
    assert sorted(texts) == expected


def test_axis_ids_are_unsigned(theme):
    with zipfile.ZipFile(io.BytesIO(deck_with("change", theme))) as z:
        xml = z.read(next(n for n in z.namelist() if n.startswith("ppt/charts/chart"))).decode()
    assert re.findall(r'<c:axId val="(-?\d+)"', xml) and '"-' not in "".join(re.findall(r'axId val="[^"]*"', xml))


def test_embedded_workbook_carries_the_build_date_not_the_clock(theme):
    with zipfile.ZipFile(io.BytesIO(deck_with("change", theme))) as z:
        workbook = z.read(next(n for n in z.namelist() if n.endswith(".xlsx")))
    with zipfile.ZipFile(io.BytesIO(workbook)) as wb:
        core = wb.read("docProps/core.xml").decode()
        assert {i.date_time for i in wb.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core) == ["2026-11-25T00:00:00Z"] * 2


def test_editable_deck_is_byte_identical_and_intact(theme, tmp_path, monkeypatch):
    first = deck_with("change", theme)
    import time
    time.sleep(1.1)  # XlsxWriter stamps whole seconds
    assert deck_with("change", theme) == first
    path = tmp_path / "editable.pptx"
    path.write_bytes(first)
    assert _integrity()(str(path)) == []


def test_reference_deck_with_editable_charts_is_intact(theme, tmp_path):
    briefing = reference_briefing()
    out = io.BytesIO()
    render_deck(briefing, charts_for(briefing), theme, out, build_date=BUILD_DATE, editable_charts=True)
    path = tmp_path / "deck.pptx"
    path.write_bytes(out.getvalue())
    assert _integrity()(str(path)) == []
