"""The PDF memo: a briefing laid out as a printable memorandum with vector charts.

Takes a :class:`~briefing.model.Briefing`, its :class:`~briefing.render.charts.draw.RenderedChart`
list, a :class:`~briefing.theme.Theme` and a build date; writes a PDF (A4 or Letter) to a binary
stream and returns the warnings met on the way. :func:`~.plan.plan_memo` first decides the memo's
blocks from the model alone (pure, testable without reportlab); :class:`_StoryWriter` turns each
block into reportlab flowables, one method per kind of block; :func:`~.pagination.paginate` has
:func:`~.document.lay_out` lay them out (again, set otherwise, when the last page is nearly
empty). Only the theme's TrueType fonts are used and embedded, every article string is escaped
before it meets reportlab markup, and the same input and build date give the same bytes.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import BinaryIO, assert_never

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from briefing.model.types import Briefing
from briefing.render.charts.draw import RenderedChart
from briefing.render.charts.vector import POINTS_PER_IN, VectorChart
from briefing.render.fonts import metrics_for
from briefing.render.labels import MEMO_BULLET
from briefing.render.memo.document import Layout, ShortPage, lay_out
from briefing.render.memo.figure import ChartFigure
from briefing.render.memo.links import Anchor, linked_markup, term_target
from briefing.render.memo.logo import Logo, load_logo, logo_flowable
from briefing.render.memo.page import frame_size, page_size
from briefing.render.memo.pagination import paginate
from briefing.render.memo.plan import (
    Bullet,
    ChartBlock,
    Field,
    Heading,
    MemoBlock,
    MemoLabel,
    Note,
    Para,
    SourcesTable,
    Term,
    Title,
    block_texts,
    plan_memo,
)
from briefing.render.memo.styles import (
    Spacing,
    Typesetting,
    memo_styles,
    register_fonts,
)
from briefing.render.memo.tables import header_table, label_row, sources_section
from briefing.render.memo.text import plain, uncovered_warning
from briefing.theme import Theme

#: Share of the column width a chart takes.
_CHART_WIDTH = 0.88


def render_memo(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, out: BinaryIO, *,
                build_date: datetime.date, paper: str | None = None) -> tuple[str, ...]:
    """Write the memo PDF for ``briefing`` to ``out``; return the warnings (unknown characters,
    charts that could not be drawn). ``paper`` ("A4"/"Letter") overrides ``theme.memo.paper``."""
    size = page_size(paper or theme.memo.paper)
    metrics = metrics_for(theme.fonts)
    names = register_fonts(metrics)
    blocks = plan_memo(briefing, charts, theme, build_date)
    warnings: list[str] = []
    missing = uncovered_warning(block_texts(blocks), metrics)
    if missing:
        warnings.append(missing)
    placed = [_placeable(chart, warnings) for chart in charts]
    logo = load_logo(theme.logo, names["regular"], warnings) if theme.logo else None
    width, height = frame_size(size)

    def lay_out_as(spacing: Spacing, short_page: ShortPage | None) -> Layout:
        # reportlab marks up the flowables it lays out, so every pass has a story of its own.
        ts = Typesetting(theme, metrics, names, memo_styles(theme, names, spacing), width, height, spacing)
        return lay_out(_StoryWriter(ts, placed, logo).story(blocks), briefing, ts, size, build_date, short_page)

    out.write(paginate(lay_out_as, height))
    return tuple(warnings)


def _placeable(chart: RenderedChart, warnings: list[str]) -> RenderedChart | None:
    """The chart when it has a vector drawing to place, else None with a warning."""
    if not chart.vector.strip() or chart.width_in <= 0 or chart.height_in <= 0:
        warnings.append(f"memo: chart {chart.plan.key!r} has no vector drawing; left out")
        return None
    return chart


class _StoryWriter:
    """Turns one memo's blocks into reportlab flowables: one method per kind of block.

    ``charts`` are the rendered charts by index, None where one has nothing to draw.
    """

    def __init__(self, ts: Typesetting, charts: Sequence[RenderedChart | None], logo: Logo | None) -> None:
        self.ts, self.styles, self.charts, self.logo = ts, ts.styles, charts, logo

    def story(self, blocks: Sequence[MemoBlock]) -> list[Flowable]:
        """The flowables of ``blocks`` in order; consecutive fields make one table."""
        story: list[Flowable] = []
        fields: list[Field] = []
        for number, block in enumerate(blocks):
            if isinstance(block, Field):
                fields.append(block)
                continue
            if fields:
                story += header_table(self.ts, fields)
                fields = []
            story += self.emit(block, f"b{number}")  # the key names the block's bookmark, if it has one
        if fields:
            story += header_table(self.ts, fields)
        return story

    def emit(self, block: MemoBlock, key: str) -> list[Flowable]:
        """The flowables of one block; every kind has a case, or mypy says which is missing."""
        match block:
            case MemoLabel():
                return self.memo_label(block)
            case Field():
                return header_table(self.ts, [block])
            case Title():
                return self.title(block)
            case Heading():
                return self.heading(block, key)
            case Note():
                return self.note(block)
            case Para():
                return self.para(block)
            case Bullet():
                return self.bullet(block)
            case ChartBlock():
                return self.chart(block, key)
            case Term():
                return self.term(block)
            case SourcesTable():
                return sources_section(self.ts, block, key)
            case _:
                assert_never(block)

    def memo_label(self, block: MemoLabel) -> list[Flowable]:
        # The logo fits a box a third of the column wide and 12 mm high.
        logo = logo_flowable(self.logo, self.ts.frame_width * 0.3, 12 * mm) if self.logo else None
        return label_row(self.ts, block.classification, logo)

    def title(self, block: Title) -> list[Flowable]:
        rule = HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(self.ts.theme.colours.accent),
                          spaceBefore=2, spaceAfter=self.ts.gap(10))
        return [Paragraph(self.ts.markup(block.text, "bold"), self.styles.title), rule]

    def heading(self, block: Heading, key: str) -> list[Flowable]:
        anchor = Anchor(key, plain(block.text, self.ts.metrics) or "Section", block.level)
        return [anchor, Paragraph(self.ts.markup(block.text, "bold"), self.styles.heading)]

    def note(self, block: Note) -> list[Flowable]:
        return [Paragraph(self.ts.markup(block.text, "italic"), self.styles.note)]

    def para(self, block: Para) -> list[Flowable]:
        return [Paragraph(self._linked(block), self.styles.para)]

    def bullet(self, block: Bullet) -> list[Flowable]:
        return [Paragraph(self._linked(block), self.styles.bullet, bulletText=MEMO_BULLET)]

    def _linked(self, block: Para | Bullet) -> str:
        return linked_markup(block.text, block.links, self.ts.metrics, self.ts.theme.colours.accent)

    def term(self, block: Term) -> list[Flowable]:
        definition = self.ts.markup(block.definition)
        target = term_target(block.entry)
        if not block.term.strip():
            return [Paragraph(target + definition, self.styles.term)]
        term = f'<font name="{self.ts.names["bold"]}">{self.ts.markup(block.term, "bold")}:</font>'
        return [Paragraph(f"{target}{term} {definition}", self.styles.term)]

    def chart(self, block: ChartBlock, key: str) -> list[Flowable]:
        """Caption, vector chart and source line as one flowable; nothing when the chart has no drawing."""
        index = block.chart_index
        chart = self.charts[index] if index < len(self.charts) else None
        if chart is None:
            return []
        ts = self.ts
        width, height = chart.width_in * POINTS_PER_IN, chart.height_in * POINTS_PER_IN
        # A little narrower than the column: the chart's 17 pt labels print at about 9 pt, and the
        # first chart still fits under a page of takeaways instead of leaving half a page blank.
        scale = min(ts.frame_width * _CHART_WIDTH / width, ts.frame_height * 0.55 / height)
        fitted = VectorChart(chart.vector, width, height, scale)
        source = Paragraph(ts.markup(block.source, "italic"), self.styles.source) if block.source.strip() else None
        figure = ChartFigure(Paragraph(ts.markup(block.caption, "bold"), self.styles.caption), fitted, source,
                             Anchor(key, plain(block.caption, ts.metrics), 1))
        figure.spaceAfter = 10  # not tightened: a source line close above the next caption reads as its own
        return [figure]
