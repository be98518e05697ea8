"""Bar charts: signed changes around a zero line, amounts of one measure as columns in time order,
and small multiples (one panel per measure).

Takes a matplotlib ``Figure``, a :class:`~briefing.model.ChartPlan` and the theme; draws into the
figure. Bars keep the plan's order (time order, see :func:`briefing.plan.charts.in_time_order`),
start at zero, carry their value written in one format (:mod:`.numbers`) and no legend: every bar
is labelled where it stands. Limits are widened until every label clears the bars, the others
and the picture's edge (:mod:`.collisions`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from briefing.model.formatting import bar_label
from briefing.model.types import ChartPlan, Figure
from briefing.plan.wording import period_rank
from briefing.render.charts.numbers import number_format
from briefing.theme import Theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as MplFigure
    from matplotlib.text import Annotation

#: Text sizes in points at the chart's drawn width (11 in); see draw.WIDTH_IN.
LABEL_PT, VALUE_PT = 17, 19
#: Points between a bar's end and its value label.
GAP_PT = 8


def plain(text: str) -> str:
    """Text as matplotlib should show it: '$' would otherwise start mathtext."""
    return text.replace("\\", "\\\\").replace("$", r"\$")


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, max(width, 6), break_long_words=True)) or text


def _label_size(slot_pt: float, lines: int, largest: float = LABEL_PT) -> float:
    """The largest label size (at most ``largest``, at least 11 pt) whose ``lines`` fit ``slot_pt``."""
    return max(11.0, min(largest, slot_pt / (max(lines, 1) * 1.3)))


def _fit_labels(fig: MplFigure, ax: Axes, labels: Sequence[Annotation], horizontal: bool) -> None:
    """Widen ``ax``'s value axis until every value label sits inside it (again when needed: a wider
    axis rescales the bars, which moves the labels). Measured without drawing the figure."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # the Agg canvas has one
    for _ in range(3):
        inverse = ax.transData.inverted()
        low, high = ax.get_xlim() if horizontal else ax.get_ylim()
        want_low, want_high = low, high
        for label in labels:
            box = label.get_window_extent(renderer).transformed(inverse)
            start, end = (box.x0, box.x1) if horizontal else (box.y0, box.y1)
            want_low, want_high = min(want_low, start), max(want_high, end)
        if want_low >= low and want_high <= high:
            return
        pad = (want_high - want_low) * 0.04
        new_low = low if want_low >= low else want_low - pad
        new_high = high if want_high <= high else want_high + pad
        (ax.set_xlim if horizontal else ax.set_ylim)(new_low, new_high)


def draw_change(fig: MplFigure, plan: ChartPlan, theme: Theme) -> None:
    """Signed changes as horizontal bars around a zero line, in the plan's order, top to bottom."""
    c = theme.colours
    figures = plan.figures
    ax = fig.add_axes((0.31, 0.10, 0.63, 0.75))
    write = number_format(figures, signed=True)
    rows = list(range(len(figures)))[::-1]
    texts = [plain(wrap(bar_label(f), 26)) for f in figures]
    slot = 0.75 * fig.get_figheight() * 72 / max(len(figures), 1)
    size = _label_size(slot, max(t.count("\n") + 1 for t in texts))
    values = [f.value for f in figures]
    ax.barh(rows, values, color=[c.positive if v >= 0 else c.negative for v in values], height=0.55)
    ax.axvline(0, color=c.text, linewidth=1.2)
    span = max(abs(v) for v in values) or 1.0
    ax.set_xlim(min(0.0, min(values)) - span * 0.02, max(0.0, max(values)) + span * 0.02)
    labels = [ax.annotate(plain(write(f)), (f.value, row), xytext=(GAP_PT if f.value >= 0 else -GAP_PT, 0),
                          textcoords="offset points", va="center", ha="left" if f.value >= 0 else "right",
                          fontsize=min(VALUE_PT, size + 2), fontweight="bold", color=c.text)
              for row, f in zip(rows, figures)]
    ax.set_yticks(rows, texts)
    # The pad keeps a fall's value label (drawn left of its bar) clear of the row label beside it.
    ax.tick_params(axis="y", length=0, labelsize=size, pad=GAP_PT * 2.5)
    ax.set_xticks([])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    _fit_labels(fig, ax, labels, horizontal=True)


def _columns(fig: MplFigure, ax: Axes, figures: Sequence[Figure], theme: Theme, latest_apart: bool,
             write_value: Callable[[Figure], str], width_in: float) -> None:
    """Amounts of one measure as columns from zero, left to right in the plan's order; with
    ``latest_apart`` the last (latest) column is in ``accent`` and the earlier ones ``earlier``."""
    c = theme.colours
    xs = list(range(len(figures)))
    colours = [c.accent if (not latest_apart or i == len(figures) - 1) else c.earlier for i in xs]
    values = [abs(f.value) for f in figures]
    ax.bar(xs, values, color=colours, width=0.6)
    ax.axhline(0, color=c.muted, linewidth=1.0)
    ax.set_ylim(0, (max(values) or 1.0) * 1.08)
    ax.set_xlim(-0.6, len(figures) - 0.4)
    slot_pt = width_in * 72 / max(len(figures), 1)
    chars = max(8, int(slot_pt / (LABEL_PT * 0.55)))
    texts = [plain(wrap(bar_label(f), chars)) for f in figures]
    longest = max(len(line) for t in texts for line in t.split("\n"))
    size = _label_size(slot_pt * 0.9, 1) if longest > chars else LABEL_PT
    labels = [ax.annotate(plain(write_value(f)), (x, v), xytext=(0, GAP_PT), textcoords="offset points",
                          ha="center", va="bottom", fontsize=VALUE_PT, fontweight="bold", color=c.text)
              for x, v, f in zip(xs, values, figures)]
    ax.set_xticks(xs, texts)
    ax.tick_params(axis="x", length=0, labelsize=size)
    ax.set_yticks([])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    _fit_labels(fig, ax, labels, horizontal=False)


def _time_known(figures: Sequence[Figure]) -> bool:
    """Whether the plan's order is time order: the later is compared with the earlier, or every
    period names its own point in time ("Q3 2004", "2005")."""
    linked = any(f.compare_to and any(g.id == f.compare_to for g in figures) for f in figures)
    ranks = [period_rank(f.period) for f in figures]
    return linked or (None not in ranks and len(set(ranks)) == len(ranks))


def draw_bars(fig: MplFigure, plan: ChartPlan, theme: Theme) -> None:
    """Amounts of one measure as columns in time order (the latest set apart when the order is
    time), each labelled with its value above and what it is below."""
    ax = fig.add_axes((0.05, 0.17, 0.90, 0.66))
    _columns(fig, ax, plan.figures, theme, _time_known(plan.figures), number_format(plan.figures),
             0.90 * fig.get_figwidth())


def draw_panels(fig: MplFigure, plan: ChartPlan, theme: Theme) -> None:
    """Small multiples: one panel per measure, each an earlier value and the one compared with it,
    each on its own scale from zero (so no measure dwarfs another), titled with its measure."""
    panels = plan.panels or (plan.figures,)
    every = [f for panel in panels for f in panel]
    shared = number_format(every)
    gap, left, width = 0.04, 0.04, 0.92
    each = (width - gap * (len(panels) - 1)) / len(panels)
    for i, panel in enumerate(panels):
        ax = fig.add_axes((left + i * (each + gap), 0.17, each, 0.62))
        ax.set_title(plain(wrap(panel[-1].metric, int(each * 11 * 72 / (LABEL_PT * 0.6)))), fontsize=LABEL_PT,
                     fontweight="bold", color=theme.colours.text, pad=10)
        _columns(fig, ax, panel, theme, True, shared, each * fig.get_figwidth())
