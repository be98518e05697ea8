"""The memo's tables: the top row, the To / From / Date / Subject table, and the sources.

Each function takes the memo's :class:`~.styles.Typesetting` and the blocks (or text) a table shows,
and returns the flowables to add to the story: :func:`label_row` for the "MEMORANDUM" row with the
classification and logo, :func:`header_table` for the fields, :func:`sources_section` for the
sources heading, note and table of every figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from briefing.render.labels import MEMO_SOURCE_COLUMNS, MEMO_SOURCE_LIMITS
from briefing.render.memo.links import Anchor
from briefing.render.memo.plan import Field, SourcesTable
from briefing.render.memo.styles import Typesetting
from briefing.render.memo.text import plain, shorten

_SOURCE_WIDTHS = (0.13, 0.16, 0.17, 0.12, 0.42)  # shares of the frame width; the sentence needs most
#: Rows of the sources table a page break leaves on either side of it, at least.
_MIN_ROWS = 2


def label_row(ts: Typesetting, classification: str, logo: Flowable | None) -> list[Flowable]:
    """"MEMORANDUM" and the classification label on one row, after the logo when there is one."""
    s = ts.styles
    cells: list[Flowable] = [Paragraph("MEMORANDUM", s.memo),
                             Paragraph(ts.markup(classification.upper(), "bold"), s.label)]
    widths = [ts.frame_width * 0.6, ts.frame_width * 0.4]
    if logo is not None:
        logo_width = logo.wrap(ts.frame_width, ts.frame_height)[0] + 4 * mm
        cells.insert(0, logo)
        widths = [logo_width, ts.frame_width * 0.6 - logo_width, ts.frame_width * 0.4]
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([*ts.table_font(), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 4)]


def header_table(ts: Typesetting, fields: Sequence[Field]) -> list[Flowable]:
    """The fields as a two-column table between two rules: bold labels, then their values."""
    s, theme = ts.styles, ts.theme
    rows = [[Paragraph(ts.markup(f.label + ":", "bold"), s.field_label),
             Paragraph(ts.markup(f.value), s.field)] for f in fields]
    # The label column is as wide as its widest label, so "Subject:" never wraps at any body size.
    label_width = max(stringWidth(plain(f.label, ts.metrics) + ":", ts.names["bold"],
                                  theme.memo.body_pt) for f in fields) + 14
    table = Table(rows, colWidths=[label_width, ts.frame_width - label_width])
    table.setStyle(TableStyle([
        *ts.table_font(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(theme.colours.primary)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor(theme.colours.primary)),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]))
    return [table, Spacer(1, ts.gap(14))]


def sources_section(ts: Typesetting, block: SourcesTable, key: str) -> list[Flowable]:
    """Heading, note and table of every figure; the heading and note stay with the table's first rows."""
    s = ts.styles
    heading: list[Flowable] = [Anchor(key, plain(block.heading, ts.metrics), 0),
                               Paragraph(ts.markup(block.heading, "bold"), s.heading)]
    if block.note:
        heading.append(Paragraph(ts.markup(block.note, "italic"), s.note))
    # The heading and note are marked keepWithNext: the document keeps them with the table's start.
    return [*heading, _sources_table(ts, block.rows)] if block.rows else heading


class _RowsTable(Table):
    """A table that splits only where each side keeps :data:`_MIN_ROWS` rows of its body.

    reportlab splits a table after any row and offers no setting for this; its NOSPLIT style
    covers the first rows of the first part only. The split point it finds is moved here instead.
    """

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        rows_above = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        rows_above = min(rows_above, len(self._rowHeights) - _MIN_ROWS)
        return rows_above if rows_above >= self.repeatRows + _MIN_ROWS else 0


def _sources_table(ts: Typesetting, rows: Sequence[tuple[str, ...]]) -> Table:
    s, colours = ts.styles, ts.theme.colours
    header = [Paragraph(ts.markup(name, "bold"), s.cell_head) for name in MEMO_SOURCE_COLUMNS]
    body = [[Paragraph(ts.markup(shorten(value, limit)), s.cell)
             for value, limit in zip(row, MEMO_SOURCE_LIMITS)] for row in rows]
    widths = [ts.frame_width * share for share in _SOURCE_WIDTHS]
    # Rows stay whole (splitInRow=0): a row cut in two reads badly; the limits keep every row
    # well under a page, so the table can always split between rows. The header row repeats.
    table = _RowsTable([header, *body], colWidths=widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
    table.setStyle(TableStyle([
        *ts.table_font(),
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
