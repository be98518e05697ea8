"""Editable charts: a change or bar chart plan drawn as a native PowerPoint bar chart.

Takes a :class:`~briefing.model.ChartPlan` of kind ``change`` or ``bars``, a slide, a box and the
theme; adds a clustered horizontal bar chart with the same data, order and colours as the
matplotlib picture of :mod:`briefing.render.charts`: signed changes coloured ``positive``/``negative`` per
bar around a zero line (the category axis), amounts in ``accent`` largest first; every bar labelled
with its formatted value, no legend, no gridlines. The reader can then restyle or re-plot it in
PowerPoint; the data sits in the chart's embedded workbook, which :func:`fix_workbooks` makes
byte-stable (XlsxWriter stamps the time of writing into it).
"""

from __future__ import annotations

import datetime
import math
import re
from typing import TYPE_CHECKING, cast

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from briefing.model.formatting import MINUS, bar_label, format_value
from briefing.model.types import ChartKind, ChartPlan, Figure
from briefing.render.charts.draw import chart_heading
from briefing.render.deck.boxes import Box
from briefing.render.deck.ooxml import rgb
from briefing.render.deck.package import rewrite_zip
from briefing.theme import Theme

if TYPE_CHECKING:
    from pptx.chart.chart import Chart
    from pptx.presentation import Presentation
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.slide import Slide

#: Sizes in points for a chart about 12 in wide, as the pictures draw them on the slide.
LABEL_PT, VALUE_PT, HEADING_PT = 15, 16, 15


def _rows(plan: ChartPlan) -> list[tuple[Figure, float]]:
    """Figures and bar values, top bar first (the picture's order)."""
    if plan.kind == ChartKind.BARS:
        return [(f, abs(f.value)) for f in sorted(plan.figures, key=lambda f: -abs(f.value))]
    return [(f, f.value) for f in plan.figures]


def add_native_chart(slide: Slide, plan: ChartPlan, box: Box, theme: Theme) -> GraphicFrame:
    """Add ``plan`` to ``slide`` as an editable bar chart filling ``box``; returns the graphic frame."""
    rows = _rows(plan)[::-1]  # PowerPoint draws the first category at the bottom
    # python-pptx 1.0's annotations fall short here: its chart data classes have none, add_chart
    # asks for the deprecated alias ChartData of CategoryChartData, and it returns the GraphicFrame
    # holding the chart (as its docstring says), not the Chart it is annotated with.
    data = CategoryChartData()  # type: ignore[no-untyped-call]
    data.categories = [bar_label(f) for f, _ in rows]
    data.add_series(plan.unit_label or "Value", [v for _, v in rows])  # type: ignore[no-untyped-call]
    left, top, width, height = Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)
    added = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, left, top, width, height, data)  # type: ignore[arg-type]
    frame = cast("GraphicFrame", added)
    chart = frame.chart
    _positive_axis_ids(chart)
    chart.has_legend = False
    chart.font.name = theme.deck.latin_font
    chart.font.size = Pt(LABEL_PT)
    chart.font.color.rgb = rgb(theme.colours.text)
    _heading(chart, plan, theme)
    _bars(chart, plan, rows, theme)
    _axes(chart, plan, [v for _, v in rows], theme)
    return frame


def _positive_axis_ids(chart: Chart) -> None:
    """python-pptx writes negative axis ids; the schema wants unsigned ones (validators object)."""
    ids: dict[str, str] = {}
    for el in chart._chartSpace.iter(qn("c:axId"), qn("c:crossAx")):
        el.set("val", ids.setdefault(el.get("val"), str(50000000 + len(ids))))


def _heading(chart: Chart, plan: ChartPlan, theme: Theme) -> None:
    """What is measured and in which unit, as above the picture (the insight is the slide title)."""
    chart.has_title = True
    chart.chart_title.include_in_layout = False
    text_frame = chart.chart_title.text_frame
    text_frame.text = chart_heading(plan)
    font = text_frame.paragraphs[0].runs[0].font
    font.size, font.bold = Pt(HEADING_PT), True
    font.color.rgb = rgb(theme.colours.muted)


def _bars(chart: Chart, plan: ChartPlan, rows: list[tuple[Figure, float]], theme: Theme) -> None:
    """Per-bar colour and a data label with the value formatted as the picture shows it."""
    c = theme.colours
    bar_plot = chart.plots[0]
    bar_plot.gap_width = 80
    bar_plot.vary_by_categories = False
    series = bar_plot.series[0]
    series.invert_if_negative = False  # else Office draws negative bars white
    signed = plan.kind == ChartKind.CHANGE
    for i, (figure, value) in enumerate(rows):
        point = series.points[i]
        point.format.fill.solid()
        colour = (c.positive if value >= 0 else c.negative) if signed else c.accent
        point.format.fill.fore_color.rgb = rgb(colour)
        point.format.line.fill.background()
        label = point.data_label
        label.position = XL_LABEL_POSITION.OUTSIDE_END
        label.text_frame.text = format_value(figure, signed=signed)
        font = label.text_frame.paragraphs[0].runs[0].font
        font.size, font.bold = Pt(VALUE_PT), True
        font.color.rgb = rgb(c.text)


def _axes(chart: Chart, plan: ChartPlan, values: list[float], theme: Theme) -> None:
    """Category labels at the left whatever the sign; the category axis is the zero line; the
    value range is padded as in the picture so the labels fit beside the bars."""
    categories, axis = chart.category_axis, chart.value_axis
    categories.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    categories.major_tick_mark = XL_TICK_MARK.NONE
    categories.format.line.color.rgb = rgb(theme.colours.text)
    categories.format.line.width = Pt(1.25)
    axis.has_major_gridlines = False
    axis.has_minor_gridlines = False
    span = max(abs(v) for v in values) or 1.0
    low, high = min(0.0, *values), max(0.0, *values)
    if plan.kind == ChartKind.CHANGE:
        pad = span * 0.28
        # Ends on whole steps, so the ticks fall on round numbers (PowerPoint counts from the minimum).
        step = _nice_step(span)
        axis.major_unit = step
        axis.minimum_scale = math.floor((low - (pad if low < 0 else 0.0)) / step) * step
        axis.maximum_scale = math.ceil((high + (pad if high > 0 else 0.0)) / step) * step
        axis.tick_labels.number_format = f'+0;"{MINUS}"0;0'
        axis.tick_labels.number_format_is_linked = False
        axis.tick_labels.font.size = Pt(LABEL_PT - 3)
        axis.format.line.color.rgb = rgb(theme.colours.muted)
    else:
        axis.minimum_scale, axis.maximum_scale = 0.0, high * 1.25
        axis.visible = False


def _nice_step(span: float) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about five steps across ``span``."""
    raw = span / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


# ---------------------------------------------------------------- byte-stable workbooks

_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stable_workbook(blob: bytes, stamp: str) -> bytes:
    """The workbook with its creation and modification dates set to ``stamp`` and fixed zip
    entry times and attributes (entries stay in XlsxWriter's order)."""
    def dated(name: str, content: bytes) -> bytes:
        if name != "docProps/core.xml":
            return content
        return _CORE_DATE.sub(lambda m: m.group(1) + stamp.encode() + m.group(3), content)

    return rewrite_zip(blob, dated, date_time=(1980, 1, 1, 0, 0, 0))


def fix_workbooks(prs: Presentation, build_date: datetime.date) -> None:
    """Make every embedded chart workbook of ``prs`` depend on ``build_date`` only, not the clock."""
    stamp = f"{build_date.isoformat()}T00:00:00Z"
    for part in prs.part.package.iter_parts():
        if str(part.partname).endswith(".xlsx"):
            part.blob = _stable_workbook(part.blob, stamp)
