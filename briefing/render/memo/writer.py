"""The PDF memo: a briefing laid out as a printable memorandum with vector charts.

Takes a :class:`~briefing.model.Briefing`, its :class:`~briefing.render.charts.draw.RenderedChart`
list, a :class:`~briefing.theme.Theme` and a build date; writes a PDF (A4 or Letter) to a binary
stream and returns the warnings met on the way. :func:`~.plan.plan_memo` first decides the memo's
blocks from the model alone (pure, testable without reportlab); :class:`_StoryWriter` turns each
block into reportlab flowables, one method per kind of block; :func:`build_pdf` lays
them out. Only the theme's TrueType fonts are used and embedded, every article string is escaped
before it meets reportlab markup, and the same input and build date give the same bytes.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO, assert_never

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
)

from briefing.errors import InputError, RenderError
from briefing.model.types import Briefing
from briefing.render.charts.draw import RenderedChart
from briefing.render.charts.vector import POINTS_PER_IN, VectorChart
from briefing.render.fonts import FontMetrics, metrics_for
from briefing.render.memo.links import Anchor, linked_markup, term_target
from briefing.render.memo.logo import Logo, load_logo, logo_flowable
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
from briefing.render.memo.styles import Typesetting, memo_styles, register_fonts
from briefing.render.memo.tables import header_table, label_row, sources_section
from briefing.render.memo.text import draw_runs, plain, uncovered_warning
from briefing.theme import Theme

#: Share of the column width a chart takes.
_CHART_WIDTH = 0.88


# ------------------------------------------------------------------ the PDF file

def page_number_form(page: int) -> str:
    """The name of the form that holds page ``page``'s "Page N of M"."""
    return f"briefingPageNumber{page}"


class MemoCanvas(Canvas):
    """Numbers pages "Page N of M" in one layout pass, and dates the file by the build date.

    Each page places a form named after its number; the forms are drawn once the page count is
    known, at save. (Holding whole pages back instead points every bookmark and link at page 1;
    laying the memo out twice doubles its cost.)
    """

    def __init__(self, *args: object, build_date: datetime.date, metrics: FontMetrics, colour: str,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._number_metrics, self._number_colour = metrics, colour
        # invariant=1 fixes the clock at 2000-01-01 and keeps time out of the document ID;
        # the dates written are then set to the build date so a rebuild gives the same bytes.
        stamp = self._doc._timeStamp
        stamp.YMDhms = (build_date.year, build_date.month, build_date.day, 0, 0, 0)
        stamp.dhh = stamp.dmm = 0
        self.showOutline()

    def save(self) -> None:
        total = self.getPageNumber() - 1  # save() is called on the blank page after the last
        for number in range(1, total + 1):
            # The text ends at x=0 (right-aligned): the form's box must reach left of it.
            self.beginForm(page_number_form(number), lowerx=-60 * mm, lowery=-5 * mm, upperx=5 * mm,
                           uppery=10 * mm)
            self.setFillColor(colors.HexColor(self._number_colour))
            draw_runs(self, self._number_metrics, 0, 0, f"Page {number} of {total}", "regular", 8, 40 * mm, right=True)
            self.endForm()
        super().save()


def canvas_maker(build_date: datetime.date, metrics: FontMetrics, colour: str) -> Callable[..., Canvas]:
    """A :class:`MemoCanvas` factory for ``BaseDocTemplate.build(canvasmaker=...)``."""
    return partial(MemoCanvas, build_date=build_date, metrics=metrics, colour=colour)


@contextmanager
def binary_streams() -> Iterator[None]:
    """reportlab wraps every compressed stream in ASCII85 (7-bit-safe text) unless told not to: a
    quarter bigger, and slow in pure Python. Switched off while one memo is built, then restored."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


_FILE_ID = re.compile(rb"/ID \n\[<([0-9a-f]{32})><\1>\]")


def with_content_id(pdf: bytes, build_date: datetime.date) -> bytes:
    """The PDF with its file identifier (``/ID``) set to a digest of its bytes and the build date.

    reportlab seeds the identifier from the clock, or from ``SOURCE_DATE_EPOCH`` when that is set,
    so two builds of one day would differ by the second the epoch names. The digest has the same
    length, so no offset in the cross-reference table moves.
    """
    found = list(_FILE_ID.finditer(pdf))
    if not found:
        raise RenderError("memo: reportlab wrote no file identifier")
    start, end = found[-1].span()
    digest = hashlib.md5(usedforsecurity=False)  # an identifier, not a security measure
    digest.update(pdf[:start] + pdf[end:])  # everything but the identifier reportlab wrote
    digest.update(build_date.isoformat().encode("ascii"))
    file_id = digest.hexdigest().encode("ascii")
    return pdf[:start] + b"/ID \n[<" + file_id + b"><" + file_id + b">]" + pdf[end:]


# ------------------------------------------------------------------ the page

_PAPERS = {"A4": A4, "LETTER": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header above the frame
MARGIN_BOTTOM = 20 * mm


def page_size(paper: str) -> tuple[float, float]:
    """The ``(width, height)`` in points of ``paper``, any case; an :class:`InputError` otherwise."""
    size = _PAPERS.get(paper.strip().upper())
    if size is None:
        raise InputError(f"memo paper must be 'A4' or 'Letter', not {paper!r}")
    return size


def frame_size(size: tuple[float, float]) -> tuple[float, float]:
    """The ``(width, height)`` in points of the body frame on a page of ``size``."""
    return size[0] - 2 * MARGIN_X, size[1] - MARGIN_TOP - MARGIN_BOTTOM


def body_frame(size: tuple[float, float]) -> Frame:
    """The one frame of every page, between the margins, without padding of its own."""
    width, height = frame_size(size)
    return Frame(MARGIN_X, MARGIN_BOTTOM, width, height, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


@dataclass(frozen=True)
class HeaderFooter:
    """Draws the running header and footer of a page of ``page_size`` (an ``onPage`` callback)."""

    theme: Theme
    metrics: FontMetrics
    page_size: tuple[float, float]

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        theme, colours, metrics = self.theme, self.theme.colours, self.metrics
        width, height = self.page_size
        canvas.saveState()
        label = plain(theme.classification, metrics).upper()
        organisation = plain(theme.organisation, metrics)
        top = height - 14 * mm
        canvas.setFillColor(colors.HexColor(colours.muted))
        draw_runs(canvas, metrics, MARGIN_X, top, label, "bold", 8, width / 2 - MARGIN_X)
        draw_runs(canvas, metrics, width - MARGIN_X, top, organisation, "regular", 8,
                  width / 2 - MARGIN_X - 6 * mm, right=True)
        canvas.setStrokeColor(colors.HexColor(colours.light))
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
        canvas.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
        draw_runs(canvas, metrics, MARGIN_X, 9 * mm, label, "regular", 8, width / 2 - MARGIN_X)
        # "Page N of M" is a form: the page count is only known when the canvas saves (see MemoCanvas).
        canvas.translate(width - MARGIN_X, 9 * mm)
        canvas.doForm(page_number_form(doc.page))
        canvas.restoreState()


# ------------------------------------------------------------------ the document

def build_pdf(story: Sequence[Flowable], briefing: Briefing, ts: Typesetting, size: tuple[float, float],
              build_date: datetime.date) -> bytes:
    """The memo's PDF: ``story`` laid out on pages of ``size``."""
    pdf = io.BytesIO()
    doc = _document(pdf, briefing, ts, size)
    try:
        with binary_streams():
            doc.build(list(story), canvasmaker=canvas_maker(build_date, ts.metrics, ts.theme.colours.muted))
    except Exception as exc:  # a layout reportlab cannot do is our bug, not the reader's
        raise RenderError(f"memo: reportlab could not lay out the memo ({exc})") from exc
    return with_content_id(pdf.getvalue(), build_date)


def _document(out: BinaryIO, briefing: Briefing, ts: Typesetting, size: tuple[float, float]) -> BaseDocTemplate:
    """The document template: margins, metadata in plain text, and the one page template."""
    article, metrics = briefing.article, ts.metrics
    keywords = [plain(e.term, metrics) for e in article.glossary]
    keywords += [plain(f.subject, metrics) for f in briefing.figures]
    doc = BaseDocTemplate(
        out, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=plain(article.title, metrics), author=plain(ts.theme.author, metrics),
        subject=plain(article.subtitle or article.title, metrics),
        keywords=list(dict.fromkeys(k for k in keywords if k)), creator="briefing",
        invariant=1, initialFontName=ts.names["regular"], lang="en",
    )
    header_footer = HeaderFooter(ts.theme, metrics, size)
    doc.addPageTemplates([PageTemplate("memo", [body_frame(size)], onPage=header_footer)])
    return doc


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
    ts = Typesetting(theme, metrics, names, memo_styles(theme, names), *frame_size(size))
    story = _StoryWriter(ts, placed, logo).story(blocks)
    out.write(build_pdf(story, briefing, ts, size, build_date))
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
                          spaceBefore=2, spaceAfter=10)
        return [Paragraph(self.ts.markup(block.text, "bold"), self.styles.title), rule]

    def heading(self, block: Heading, key: str) -> list[Flowable]:
        anchor = Anchor(key, plain(block.text, self.ts.metrics) or "Section", block.level)
        return [anchor, Paragraph(self.ts.markup(block.text, "bold"), self.styles.heading)]

    def note(self, block: Note) -> list[Flowable]:
        return [Paragraph(self.ts.markup(block.text, "italic"), self.styles.note)]

    def para(self, block: Para) -> list[Flowable]:
        return [Paragraph(self._linked(block), self.styles.para)]

    def bullet(self, block: Bullet) -> list[Flowable]:
        return [Paragraph(self._linked(block), self.styles.bullet, bulletText="\u2022")]

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
        """Caption, vector chart and source line kept on one page; nothing when the chart has no drawing."""
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
        fitted.hAlign = "CENTER"
        parts: list[Flowable] = [Anchor(key, plain(block.caption, ts.metrics), 1),
                                 Paragraph(ts.markup(block.caption, "bold"), self.styles.caption), fitted]
        if block.source.strip():
            parts.append(Paragraph(ts.markup(block.source, "italic"), self.styles.source))
        # A chain of keepWithNext (not a KeepTogether, which reportlab will not chain to the heading
        # before it) keeps heading, caption, chart and source line on one page.
        for part in parts[:-1]:
            part.keepWithNext = True
        return [*parts, Spacer(1, 10)]
