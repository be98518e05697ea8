"""The PDF memo: a briefing laid out as a printable memorandum with vector charts.

Takes a :class:`~briefing.model.Briefing`, its :class:`~briefing.charts.RenderedChart` list, a
:class:`~briefing.theme.Theme` and a build date; writes a PDF (A4 or Letter) to a binary stream and
returns the warnings met on the way. :func:`plan_memo` first decides the memo's blocks from the model
alone (in :mod:`briefing.memo_plan`: pure, testable without reportlab); :func:`render_memo` then
turns the blocks into reportlab flowables. Only the theme's TrueType fonts are used and embedded, every article string is escaped
before it meets reportlab markup, and the same input and build date give the same bytes.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, assert_never

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from briefing.errors import InputError, RenderError
from briefing.model.types import Briefing
from briefing.render.charts.draw import RenderedChart
from briefing.render.charts.vector import POINTS_PER_IN, VectorChart
from briefing.render.fonts import FontMetrics, metrics_for
from briefing.render.labels import MEMO_SOURCE_COLUMNS, MEMO_SOURCE_LIMITS
from briefing.render.memo.plan import (
    Bullet,
    ChartBlock,
    Field,
    GlossaryLink,
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
    term_anchor,
)
from briefing.render.memo.text import (
    draw_runs,
    markup,
    plain,
    shorten,
    squeeze,
    uncovered_warning,
)
from briefing.theme import Theme

#: Share of the column width a chart takes.
_CHART_WIDTH = 0.88

_PAPERS = {"A4": A4, "LETTER": LETTER}
_MARGIN_X = 20 * mm
_MARGIN_TOP = 24 * mm  # room for the running header above the frame
_MARGIN_BOTTOM = 20 * mm
_SOURCE_WIDTHS = (0.13, 0.16, 0.17, 0.12, 0.42)  # shares of the frame width; the sentence needs most


def render_memo(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, out: BinaryIO, *,
                build_date: datetime.date, paper: str | None = None) -> tuple[str, ...]:
    """Write the memo PDF for ``briefing`` to ``out``; return the warnings (unknown characters,
    charts that could not be drawn). ``paper`` ("A4"/"Letter") overrides ``theme.memo.paper``."""
    page_size = _page_size(paper or theme.memo.paper)
    metrics = metrics_for(theme.fonts)
    names = _register_fonts(metrics)
    blocks = plan_memo(briefing, charts, theme, build_date)
    warnings: list[str] = []
    missing = uncovered_warning(block_texts(blocks), metrics)
    if missing:
        warnings.append(missing)
    placed = [_placeable(chart, warnings) for chart in charts]
    logo = _load_logo(theme.logo, names["regular"], warnings) if theme.logo else None
    writer = _Writer(theme, metrics, names, page_size, build_date, briefing, logo)
    writer.build(out, blocks, placed)
    return tuple(warnings)


def _page_size(paper: str) -> tuple[float, float]:
    size = _PAPERS.get(paper.strip().upper())
    if size is None:
        raise InputError(f"memo paper must be 'A4' or 'Letter', not {paper!r}")
    return size


def _register_fonts(metrics: FontMetrics) -> dict[str, str]:
    names = metrics.register()
    # A family lets reportlab resolve bold/italic from any of our fonts; nothing maps to Helvetica.
    registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                       italic=names["italic"], boldItalic=names["bold"])
    return names


def _placeable(chart: RenderedChart, warnings: list[str]) -> RenderedChart | None:
    """The chart when it has a vector drawing to place, else None with a warning."""
    if not chart.vector.strip() or chart.width_in <= 0 or chart.height_in <= 0:
        warnings.append(f"memo: chart {chart.plan.key!r} has no vector drawing; left out")
        return None
    return chart


@contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab wraps every compressed stream in ASCII85 (7-bit-safe text) unless told not to: a
    quarter bigger, and slow in pure Python. Switched off while one memo is built, then restored."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


# A logo is a vector drawing (SVG) or a raster file with its pixel size.
_Logo = Drawing | tuple[Path, tuple[int, int]]


def _load_logo(path: Path, font: str, warnings: list[str]) -> _Logo | None:
    """The theme's logo, read once; None with a warning when the file is not a usable image."""
    try:
        if path.suffix.lower() == ".svg":
            # Imported here: svglib (and lxml) are only needed for an SVG logo, and cost a cold start time.
            from svglib.svglib import svg2rlg

            drawing = svg2rlg(str(path))
            if drawing is None or drawing.width <= 0 or drawing.height <= 0:
                raise ValueError("not a usable SVG")
            drawing.initialFontName = font
            return drawing
        width, height = ImageReader(str(path)).getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
        return path, (width, height)
    except Exception as exc:  # PIL, lxml and svglib each raise their own errors for bad files
        warnings.append(f"memo: logo {path.name!r} could not be read ({exc.__class__.__name__}); left out")
        return None


def _scaled(drawing: Drawing, max_width: float, max_height: float) -> Drawing:
    """A copy-free rescale of ``drawing`` to fit the box, keeping its aspect ratio."""
    scale = min(max_width / drawing.width, max_height / drawing.height)
    fitted = Drawing(drawing.width * scale, drawing.height * scale)
    fitted.initialFontName = drawing.initialFontName
    holder = drawing.asGroup()
    holder.scale(scale, scale)
    fitted.add(holder)
    return fitted


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


def _page_number_form(page: int) -> str:
    return f"briefingPageNumber{page}"


class _Anchor(Flowable):
    """A zero-size mark placed just before a heading: the bookmark (outline entry) points here."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class _Writer:
    """Turns blocks into reportlab flowables and pages; one instance per memo."""

    def __init__(self, theme: Theme, metrics: FontMetrics, names: dict[str, str],
                 page_size: tuple[float, float], build_date: datetime.date, briefing: Briefing,
                 logo: _Logo | None = None) -> None:
        self.theme, self.metrics, self.names, self.logo = theme, metrics, names, logo
        self.page_size, self.build_date, self.briefing = page_size, build_date, briefing
        self.frame_width = page_size[0] - 2 * _MARGIN_X
        self.frame_height = page_size[1] - _MARGIN_TOP - _MARGIN_BOTTOM
        self.styles = _styles(theme, names)

    # ------------------------------------------------------------------ document

    def build(self, out: BinaryIO, blocks: Sequence[MemoBlock], charts: Sequence[RenderedChart | None]) -> int:
        """Lay the memo out into ``out``; return the number of pages."""
        pdf = io.BytesIO()
        doc = self._template(pdf)
        story = self._story(blocks, charts)
        try:
            with _binary_streams():
                doc.build(story, canvasmaker=self._canvas_maker())
        except Exception as exc:  # a layout reportlab cannot do is our bug, not the reader's
            raise RenderError(f"memo: reportlab could not lay out the memo ({exc})") from exc
        out.write(with_content_id(pdf.getvalue(), self.build_date))
        return doc.page

    def _template(self, out: BinaryIO) -> BaseDocTemplate:
        article = self.briefing.article
        metrics = self.metrics
        keywords = [plain(e.term, metrics) for e in article.glossary]
        keywords += [plain(f.subject, metrics) for f in self.briefing.figures]
        doc = BaseDocTemplate(
            out, pagesize=self.page_size, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X,
            topMargin=_MARGIN_TOP, bottomMargin=_MARGIN_BOTTOM,
            title=plain(article.title, metrics), author=plain(self.theme.author, metrics),
            subject=plain(article.subtitle or article.title, metrics),
            keywords=list(dict.fromkeys(k for k in keywords if k)), creator="briefing",
            invariant=1, initialFontName=self.names["regular"], lang="en",
        )
        frame = Frame(_MARGIN_X, _MARGIN_BOTTOM, self.frame_width, self.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("memo", [frame], onPage=self._page_decorator())])
        return doc

    def _canvas_maker(self) -> type[Canvas]:
        build_date, metrics, muted = self.build_date, self.metrics, self.theme.colours.muted

        class MemoCanvas(Canvas):
            """Numbers pages "Page N of M" in one layout pass.

            Each page places a form named after its number; the forms are drawn once the page
            count is known, at save. (Holding whole pages back instead points every bookmark and
            link at page 1; laying the memo out twice doubles its cost.)
            """

            def save(self) -> None:
                total = self.getPageNumber() - 1  # save() is called on the blank page after the last
                for number in range(1, total + 1):
                    # The text ends at x=0 (right-aligned): the form's box must reach left of it.
                    self.beginForm(_page_number_form(number), lowerx=-60 * mm, lowery=-5 * mm, upperx=5 * mm,
                                   uppery=10 * mm)
                    self.setFillColor(colors.HexColor(muted))
                    draw_runs(self, metrics, 0, 0, f"Page {number} of {total}", "regular", 8, 40 * mm, right=True)
                    self.endForm()
                super().save()

            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, **kwargs)  # type: ignore[arg-type]
                # invariant=1 fixes the clock at 2000-01-01 and keeps time out of the document ID;
                # the dates written are then set to the build date so a rebuild gives the same bytes.
                stamp = self._doc._timeStamp
                stamp.YMDhms = (build_date.year, build_date.month, build_date.day, 0, 0, 0)
                stamp.dhh = stamp.dmm = 0
                self.showOutline()

        return MemoCanvas

    def _page_decorator(self) -> Callable[[Canvas, BaseDocTemplate], None]:
        theme, colours = self.theme, self.theme.colours
        width, height = self.page_size

        def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.saveState()
            label = plain(theme.classification, self.metrics).upper()
            organisation = plain(theme.organisation, self.metrics)
            top = height - 14 * mm
            canvas.setFillColor(colors.HexColor(colours.muted))
            draw_runs(canvas, self.metrics, _MARGIN_X, top, label, "bold", 8, width / 2 - _MARGIN_X)
            draw_runs(canvas, self.metrics, width - _MARGIN_X, top, organisation, "regular", 8,
                      width / 2 - _MARGIN_X - 6 * mm, right=True)
            canvas.setStrokeColor(colors.HexColor(colours.light))
            canvas.setLineWidth(0.8)
            canvas.line(_MARGIN_X, top - 3 * mm, width - _MARGIN_X, top - 3 * mm)
            canvas.line(_MARGIN_X, 14 * mm, width - _MARGIN_X, 14 * mm)
            draw_runs(canvas, self.metrics, _MARGIN_X, 9 * mm, label, "regular", 8, width / 2 - _MARGIN_X)
            canvas.translate(width - _MARGIN_X, 9 * mm)
            canvas.doForm(_page_number_form(doc.page))  # "Page N of M", drawn at save (MemoCanvas)
            canvas.restoreState()

        return decorate

    # ------------------------------------------------------------------ story

    def _story(self, blocks: Sequence[MemoBlock], charts: Sequence[RenderedChart | None]) -> list[Flowable]:
        story: list[Flowable] = []
        fields: list[Field] = []
        for number, block in enumerate(blocks):
            if isinstance(block, Field):
                fields.append(block)
                continue
            if fields:
                story += self._header_table(fields)
                fields = []
            story += self._emit(block, f"b{number}", charts)
        if fields:
            story += self._header_table(fields)
        return story

    def _emit(self, block: MemoBlock, key: str, charts: Sequence[RenderedChart | None]) -> list[Flowable]:
        s = self.styles
        match block:
            case MemoLabel():
                return self._label_row(block.classification)
            case Field():
                return self._header_table([block])
            case Title():
                return [Paragraph(self._markup(block.text, "bold"), s["title"]),
                        HRFlowable(width="100%", thickness=1.2, color=colors.HexColor(self.theme.colours.accent),
                                   spaceBefore=2, spaceAfter=10)]
            case Heading():
                anchor = _Anchor(key, plain(block.text, self.metrics) or "Section", block.level)
                return [anchor, Paragraph(self._markup(block.text, "bold"), s["heading"])]
            case Note():
                return [Paragraph(self._markup(block.text, "italic"), s["note"])]
            case Para():
                return [Paragraph(self._linked_markup(block.text, block.links), s["para"])]
            case Bullet():
                return [Paragraph(self._linked_markup(block.text, block.links), s["bullet"], bulletText="\u2022")]
            case Term():
                definition = self._markup(block.definition)
                target = f'<a name="{term_anchor(block.entry)}"/>'
                if not block.term.strip():
                    return [Paragraph(target + definition, s["term"])]
                term = f'<font name="{self.names["bold"]}">{self._markup(block.term, "bold")}:</font>'
                return [Paragraph(f"{target}{term} {definition}", s["term"])]
            case ChartBlock():
                index = block.chart_index
                return self._chart(block, key, charts[index] if index < len(charts) else None)
            case SourcesTable():
                return self._sources(block, key)
            case _:
                assert_never(block)

    def _markup(self, text: str, role: str = "regular") -> str:
        return markup(text, self.metrics, role)

    def _linked_markup(self, text: str, links: Sequence[GlossaryLink], role: str = "regular") -> str:
        """Markup with each glossary mention linked to its definition (internal links only)."""
        cleaned = plain(text, self.metrics)
        if not links or cleaned != squeeze(text):  # cleaning moved characters: the spans no longer fit
            return self._markup(text, role)
        def piece(part: str) -> str:
            # markup() trims its text; the spaces next to a link must stay.
            lead = " " if part[:1].isspace() else ""
            trail = " " if part[-1:].isspace() and part.strip() else ""
            return lead + self._markup(part, role) + trail

        parts, at = [], 0
        colour = self.theme.colours.accent
        for link in sorted(links):
            parts.append(piece(cleaned[at:link.start]))
            parts.append(f'<a href="#{term_anchor(link.entry)}" color="{colour}">{piece(cleaned[link.start:link.end])}</a>')
            at = link.end
        parts.append(piece(cleaned[at:]))
        return "".join(parts)

    def _label_row(self, classification: str) -> list[Flowable]:
        s = self.styles
        cells: list[Flowable] = [Paragraph("MEMORANDUM", s["memo"]),
                                 Paragraph(self._markup(classification.upper(), "bold"), s["label"])]
        widths = [self.frame_width * 0.6, self.frame_width * 0.4]
        logo = self._logo()
        if logo is not None:
            logo_width = logo.wrap(self.frame_width, self.frame_height)[0] + 4 * mm
            cells.insert(0, logo)
            widths = [logo_width, self.frame_width * 0.6 - logo_width, self.frame_width * 0.4]
        table = Table([cells], colWidths=widths)
        table.setStyle(TableStyle([*self._table_font(), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [table, Spacer(1, 4)]

    def _logo(self) -> Flowable | None:
        """The theme's logo at 12 mm high (SVG as vector, PNG/JPEG as an image), or None."""
        if self.logo is None:
            return None
        if isinstance(self.logo, Drawing):
            logo: Flowable = _scaled(self.logo, self.frame_width * 0.3, 12 * mm)
        else:
            path, (width, height) = self.logo
            scale = min(12 * mm / height, self.frame_width * 0.3 / width)
            logo = Image(str(path), width=width * scale, height=height * scale)
        logo.hAlign = "LEFT"
        return logo

    def _table_font(self) -> list[tuple[object, ...]]:
        # A table sets its cells' font before drawing even Paragraph cells: Helvetica unless told.
        return [("FONT", (0, 0), (-1, -1), self.names["regular"], self.theme.memo.body_pt)]

    def _header_table(self, fields: Sequence[Field]) -> list[Flowable]:
        s = self.styles
        rows = [[Paragraph(self._markup(f.label + ":", "bold"), s["field-label"]),
                 Paragraph(self._markup(f.value), s["field"])] for f in fields]
        # The label column is as wide as its widest label, so "Subject:" never wraps at any body size.
        label_width = max(stringWidth(plain(f.label, self.metrics) + ":", self.names["bold"],
                                      self.theme.memo.body_pt) for f in fields) + 14
        table = Table(rows, colWidths=[label_width, self.frame_width - label_width])
        table.setStyle(TableStyle([
            *self._table_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(self.theme.colours.primary)),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor(self.theme.colours.primary)),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
        ]))
        return [table, Spacer(1, 14)]

    def _chart(self, block: ChartBlock, key: str, chart: RenderedChart | None) -> list[Flowable]:
        if chart is None:
            return []
        s = self.styles
        width, height = chart.width_in * POINTS_PER_IN, chart.height_in * POINTS_PER_IN
        # A little narrower than the column: the chart's 17 pt labels print at about 9 pt, and the
        # first chart still fits under a page of takeaways instead of leaving half a page blank.
        scale = min(self.frame_width * _CHART_WIDTH / width, self.frame_height * 0.55 / height)
        fitted = VectorChart(chart.vector, width, height, scale)
        fitted.hAlign = "CENTER"
        parts: list[Flowable] = [_Anchor(key, plain(block.caption, self.metrics), 1),
                                 Paragraph(self._markup(block.caption, "bold"), s["caption"]), fitted]
        if block.source.strip():
            parts.append(Paragraph(self._markup(block.source, "italic"), s["source"]))
        # A chain of keepWithNext (not a KeepTogether, which reportlab will not chain to the heading
        # before it) keeps heading, caption, chart and source line on one page.
        for part in parts[:-1]:
            part.keepWithNext = True
        return [*parts, Spacer(1, 10)]

    def _sources(self, block: SourcesTable, key: str) -> list[Flowable]:
        """Heading, note and table of every figure; the heading never sits alone at a page foot."""
        s = self.styles
        heading = [_Anchor(key, plain(block.heading, self.metrics), 0),
                   Paragraph(self._markup(block.heading, "bold"), s["heading"])]
        if block.note:
            heading.append(Paragraph(self._markup(block.note, "italic"), s["note"]))
        if not block.rows:
            return heading
        # A table cannot join a keepWithNext chain without being kept whole, so ask instead for
        # room for the heading, its note, the column titles and the first row.
        needed = sum(f.wrap(self.frame_width, self.frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                     for f in heading[1:])
        needed += self._sources_table(block.rows[:1]).wrap(self.frame_width, self.frame_height)[1]
        return [CondPageBreak(needed + 6), *heading, self._sources_table(block.rows)]

    def _sources_table(self, rows: Sequence[tuple[str, ...]]) -> Table:
        s = self.styles
        header = [Paragraph(self._markup(name, "bold"), s["cell-head"]) for name in MEMO_SOURCE_COLUMNS]
        body = [[Paragraph(self._markup(shorten(value, limit)), s["cell"])
                 for value, limit in zip(row, MEMO_SOURCE_LIMITS)] for row in rows]
        widths = [self.frame_width * share for share in _SOURCE_WIDTHS]
        colours = self.theme.colours
        # Rows stay whole (splitInRow=0): a row cut in two reads badly; the limits keep every row
        # well under a page, so the table can always split between rows.
        table = Table([header, *body], colWidths=widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
        table.setStyle(TableStyle([
            *self._table_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(colours.primary)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(colours.light)]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(colours.light)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table


def _styles(theme: Theme, names: dict[str, str]) -> dict[str, ParagraphStyle]:
    """Paragraph styles, all in the theme's fonts and colours, sized from ``theme.memo.body_pt``."""
    body, c = theme.memo.body_pt, theme.colours
    text, muted = colors.HexColor(c.text), colors.HexColor(c.muted)
    base = ParagraphStyle("body", fontName=names["regular"], fontSize=body, leading=body * 1.42,
                          textColor=text, spaceAfter=body * 0.6, bulletFontName=names["regular"], bulletFontSize=body,
                          splitLongWords=1)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    small = max(body - 2, 7)
    cell = min(small, 9)  # the sources table stays compact even with a large body size
    return {
        "para": base,
        "note": style("note", fontName=names["italic"], fontSize=small, leading=small * 1.35, textColor=muted),
        "bullet": style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=body * 0.35),
        "term": style("term"),
        "title": style("title", fontName=names["bold"], fontSize=body + 9, leading=(body + 9) * 1.2,
                       textColor=colors.HexColor(c.primary), spaceAfter=4),
        "heading": style("heading", fontName=names["bold"], fontSize=body + 3.5, leading=(body + 3.5) * 1.25,
                         textColor=colors.HexColor(c.primary), spaceBefore=body * 1.1, spaceAfter=body * 0.45,
                         keepWithNext=1),
        "memo": style("memo", fontName=names["bold"], fontSize=body + 5, leading=(body + 5) * 1.2,
                      textColor=colors.HexColor(c.primary), spaceAfter=0),
        "label": style("label", fontName=names["bold"], fontSize=body - 1, leading=(body - 1) * 1.3,
                       textColor=colors.HexColor(c.negative), alignment=TA_RIGHT, spaceAfter=0),
        "field-label": style("field-label", fontName=names["bold"], textColor=muted, spaceAfter=0),
        "field": style("field", spaceAfter=0),
        "caption": style("caption", fontName=names["bold"], textColor=text, spaceAfter=4, keepWithNext=1),
        "source": style("source", fontName=names["italic"], fontSize=small, leading=small * 1.35,
                        textColor=muted, spaceBefore=2),
        "cell": style("cell", fontSize=cell, leading=cell * 1.3, spaceAfter=0),
        "cell-head": style("cell-head", fontName=names["bold"], fontSize=cell, leading=cell * 1.3,
                           textColor=colors.white, spaceAfter=0),
    }
