"""Charts: draw each planned chart once with matplotlib, for both the deck and the memo.

Takes a :class:`~briefing.model.Briefing`'s chart plans and a theme; returns one
:class:`RenderedChart` per plan holding a high-resolution PNG (the deck's picture) and PDF drawing
operators with text drawn as outlines (the memo's vector drawing, see :mod:`.vector`), both
drawn from the same matplotlib ``Figure``.
Only the object-oriented API is used (``matplotlib.figure.Figure``), never pyplot's global state,
so charts can be drawn in worker processes and library callers' settings are left alone.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import matplotlib
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.patches import FancyBboxPatch
from PIL import Image

from briefing.model.formatting import is_change, shown_metric, shown_period
from briefing.model.types import ChartKind, ChartPlan
from briefing.plan.charts import metric_family
from briefing.render.charts.bars import (
    LABEL_PT,
    VALUE_PT,
    draw_bars,
    draw_change,
    draw_panels,
    plain,
    wrap,
)
from briefing.render.charts.collisions import label_collisions
from briefing.render.charts.numbers import number_format
from briefing.render.charts.vector import figure_ops
from briefing.theme import FontFiles, Theme

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# Bold text falls back to the CJK font, which has no bold face; matplotlib then logs a warning per
# label although it draws the regular weight, which is what we want.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

#: Drawn at slide proportions; the memo scales the vector drawing down to its column width.
WIDTH_IN, HEIGHT_IN = 11.0, 5.2
#: Deck pictures at this resolution stay sharp on a projector (1650 px across, about a projector's
#: width); 200 dpi cost half as much again to draw and encode for no visible gain on a screen.
PNG_DPI = 150
# zlib level 3 packs within 2% of the default (6) at two-thirds of the time; charts are flat colour.
_PNG_COMPRESSION = 3
#: Text sizes (``LABEL_PT``, ``VALUE_PT``, in :mod:`.bars`) are points at WIDTH_IN; on a 13.3 in
#: slide they read from the back of a room.


@dataclass(frozen=True)
class RenderedChart:
    """One chart, drawn once: ``png`` for the deck, ``vector`` (PDF operators in points, origin at
    the bottom left, see :func:`.vector.figure_ops`) for the memo, same size in inches.
    ``collisions`` names any label that touches another, a bar or the edge (see :mod:`.collisions`):
    the drawers make room, so it is empty unless they could not."""

    plan: ChartPlan
    png: bytes
    vector: bytes
    width_in: float
    height_in: float
    collisions: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _font_families(fonts: FontFiles) -> tuple[str, ...]:
    """Register the theme's font files with matplotlib; the CJK font is a per-glyph fallback."""
    names = []
    for path in (fonts.regular, fonts.bold, fonts.cjk):
        font_manager.fontManager.addfont(str(path))
    for path in (fonts.regular, fonts.cjk):
        names.append(font_manager.FontProperties(fname=str(path)).get_name())
    return tuple(dict.fromkeys(names))


def _style(theme: Theme) -> dict[RcKeyType, object]:
    c = theme.colours
    return {
        "font.family": list(_font_families(theme.fonts)),
        "font.size": LABEL_PT,
        "text.color": c.text,
        "axes.labelcolor": c.text,
        "axes.edgecolor": c.muted,
        "xtick.color": c.text,
        "ytick.color": c.text,
        "path.simplify": True,
    }


def _draw_kpi(fig: MplFigure, plan: ChartPlan, theme: Theme, left: float = 0.04, width: float = 0.92) -> None:
    """One figure as a tile: the number large, what it measures beneath it."""
    c = theme.colours
    figure = plan.figures[0]
    ax = fig.add_axes((left, 0.06, width, 0.80))
    ax.set_axis_off()
    ax.add_patch(FancyBboxPatch((0.02, 0.02), 0.96, 0.96, boxstyle="round,pad=0,rounding_size=0.04",
                                                   transform=ax.transAxes, facecolor=c.light, edgecolor="none"))
    colour = c.primary if figure.is_money or figure.value >= 0 else c.negative
    ax.text(0.5, 0.60, plain(number_format([figure], signed=is_change(figure))(figure)), transform=ax.transAxes,
            ha="center", va="center", fontsize=54, fontweight="bold", color=colour)
    caption = " ".join(x for x in (figure.subject, shown_metric(figure), shown_period(figure)) if x)
    ax.text(0.5, 0.24, plain(wrap(caption, int(46 * width))), transform=ax.transAxes, ha="center", va="center",
            fontsize=LABEL_PT, color=c.text)


def _draw_investment(fig: MplFigure, plan: ChartPlan, theme: Theme) -> None:
    """The amount as a tile beside the timeline from announcement to the stated milestones."""
    c = theme.colours
    _draw_kpi(fig, plan, theme, left=0.03, width=0.40)
    ax = fig.add_axes((0.47, 0.06, 0.50, 0.80))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    # The article gives no announcement date, so the first stop carries none: nothing is invented.
    stops = [("Announced", "")] + [(m.event[:1].upper() + m.event[1:], m.when) for m in plan.milestones]
    xs = [0.16 + 0.68 * i / max(1, len(stops) - 1) for i in range(len(stops))]
    ax.annotate("", xy=(0.97, 0.55), xytext=(0.03, 0.55),
                arrowprops={"arrowstyle": "-|>", "color": c.muted, "linewidth": 2.5, "mutation_scale": 22})
    for i, (x, (event, when)) in enumerate(zip(xs, stops)):
        last = i == len(stops) - 1 and len(stops) > 1
        ax.plot([x], [0.55], marker="o", markersize=16, color=c.accent if last else c.primary, zorder=3)
        ax.text(x, 0.74, plain(wrap(when, 14)), ha="center", va="bottom", fontsize=VALUE_PT,
                fontweight="bold", color=c.primary)
        ax.text(x, 0.38, plain(wrap(event, 16)), ha="center", va="top", fontsize=LABEL_PT, color=c.text)


#: How each kind of chart is drawn; every ChartKind has one.
_DRAWERS = {
    ChartKind.CHANGE: draw_change,
    ChartKind.BARS: draw_bars,
    ChartKind.PANELS: draw_panels,
    ChartKind.KPI: _draw_kpi,
    ChartKind.INVESTMENT: _draw_investment,
}


_CURRENCY_NAMES = {"USD": "US dollars", "GBP": "pounds sterling", "EUR": "euros", "JPY": "yen", "CNY": "yuan",
                   "INR": "rupees", "GBp": "pence"}


def chart_heading(plan: ChartPlan) -> str:
    """The label drawn above the plot: what is measured and in which unit.

    The insight (``plan.title``) is the slide headline and the memo caption, and the source line
    sits under the picture in both, so neither is repeated inside the image.
    """
    subject = next((f.subject for f in plan.figures if f.subject), "")
    unit = plan.unit_label
    unit_name = ("percentage points" if unit == "pp" else "per cent" if unit == "%" else "multiple" if unit == "x"
                 else _CURRENCY_NAMES.get(unit, unit))
    measure = metric_family(plan.figures[0].metric) or plan.figures[0].metric
    what = {ChartKind.INVESTMENT: f"Investment ({unit_name}) and timeline", ChartKind.CHANGE: f"Change, {unit_name}",
            ChartKind.BARS: f"{measure[:1].upper()}{measure[1:]}, {unit_name}",
            ChartKind.PANELS: f"Each measure on its own scale from zero, {unit_name}",
            ChartKind.KPI: f"{shown_metric(plan.figures[0])}, {unit_name}"}[plan.kind]
    return f"{subject}: {what}" if subject else what


def render_chart(plan: ChartPlan, theme: Theme) -> RenderedChart:
    """Draw one chart plan into a PNG and PDF operators, from the same figure."""
    return render_charts([plan], theme)[0]


def render_charts(plans: Sequence[ChartPlan], theme: Theme) -> tuple[RenderedChart, ...]:
    """Every chart of a briefing, each drawn exactly once.

    PNG compression (zlib inside Pillow, which lets go of the GIL) runs on a helper thread while
    this one draws the vector version and the next chart: on two cores a cold build saves most of
    the compression time. The pool lives only for this call, so forked batch workers inherit none.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-png") as pool:
        drawn = [_draw(plan, theme, pool) for plan in plans]
        return tuple(RenderedChart(plan=plan, png=png.result(), vector=vector, width_in=WIDTH_IN,
                                   height_in=HEIGHT_IN, collisions=collisions)
                     for plan, png, vector, collisions in drawn)


def _draw(plan: ChartPlan, theme: Theme, pool: Executor) -> tuple[ChartPlan, Future[bytes], bytes, tuple[str, ...]]:
    """The plan, its PNG being encoded on ``pool``, its PDF operators and its label collisions."""
    with matplotlib.rc_context(_style(theme)):
        fig = MplFigure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=PNG_DPI, facecolor=theme.colours.background)
        canvas = FigureCanvasAgg(fig)  # first: the drawers measure their labels with its renderer
        fig.text(0.02, 0.96, plain(wrap(chart_heading(plan), 90)), ha="left", va="top", fontsize=LABEL_PT,
                 fontweight="bold", color=theme.colours.muted)
        _DRAWERS[plan.kind](fig, plan, theme)
        canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg backend has no annotations
        collisions = tuple(label_collisions(fig))
        # The pixels stay valid: nothing draws on this canvas again (figure_ops uses its own renderer).
        rgba = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        pixels = Image.frombuffer("RGBA", canvas.get_width_height(), rgba, "raw", "RGBA", 0, 1)
        png = pool.submit(_encode_png, pixels)
        vector = figure_ops(fig)
    return plan, png, vector, collisions


def _encode_png(pixels: Image.Image) -> bytes:
    """An opaque PNG with no metadata (no date, no software name): the same chart, the same bytes."""
    out = io.BytesIO()
    # The background is opaque, so the alpha channel is dropped: a quarter less to compress.
    pixels.convert("RGB").save(out, format="png", compress_level=_PNG_COMPRESSION)
    return out.getvalue()
