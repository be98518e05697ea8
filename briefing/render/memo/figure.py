"""A chart as the memo prints it: its caption above, its source line below, never split by a page.

:class:`ChartFigure` takes the caption paragraph, the scaled vector chart, the source line (or None)
and the bookmark of the chart; it is one flowable, so a page break falls above or below it and
never between a chart and its words. Its height is the caption's, the chart's and the source
line's with their spaces between; it is drawn top down, the chart centred in the column.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from briefing.render.charts.vector import VectorChart
from briefing.render.memo.links import Anchor


class ChartFigure(Flowable):
    """Caption, chart and source line drawn as one; ``split`` refuses, so it moves to the next page whole."""

    def __init__(self, caption: Paragraph, chart: VectorChart, source: Paragraph | None, anchor: Anchor) -> None:
        super().__init__()
        self.caption, self.chart, self.source, self.anchor = caption, chart, source, anchor
        self._placed: list[tuple[Flowable, float, float]] = []  # (part, x, y from the foot), set by wrap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.caption.wrap(available_width, available_height)
        chart_width = self.chart.wrap(available_width, available_height)[0]
        stack = [(self.caption, 0.0, 0.0),  # (part, x, the space above it)
                 (self.chart, (available_width - chart_width) / 2, self.caption.getSpaceAfter())]
        if self.source is not None:
            self.source.wrap(available_width, available_height)
            stack.append((self.source, 0.0, self.source.getSpaceBefore()))
        self.width, self.height = available_width, sum(part.height + gap for part, _, gap in stack)
        y, self._placed = self.height, []
        for part, x, gap in stack:
            y -= gap + part.height
            self._placed.append((part, x, y))
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.anchor.mark(self.canv, self.height)
        for part, x, y in self._placed:
            part.drawOn(self.canv, x, y)
