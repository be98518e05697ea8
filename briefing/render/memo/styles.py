"""The memo's look: its fonts registered with reportlab, and paragraph styles made from the theme.

:func:`register_fonts` takes the theme's :class:`~briefing.render.fonts.FontMetrics` and returns the
reportlab font names by role; :func:`memo_styles` takes the theme and those names and returns the
:class:`Styles` for a :class:`Spacing` (:data:`NORMAL`, or :data:`TIGHT` for a memo set again to
end a page earlier). A :class:`Typesetting` bundles what every flowable of the memo is made with:
the theme, the fonts, the styles, the size of the body frame and the spacing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import registerFontFamily

from briefing.render.fonts import FontMetrics
from briefing.render.memo.text import markup
from briefing.theme import Theme


def register_fonts(metrics: FontMetrics) -> dict[str, str]:
    """Register the theme's fonts and return their reportlab names by role."""
    names = metrics.register()
    # A family lets reportlab resolve bold/italic from any of our fonts; nothing maps to Helvetica.
    registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                       italic=names["italic"], boldItalic=names["bold"])
    return names


@dataclass(frozen=True)
class Styles:
    """The memo's paragraph styles, one per kind of text."""

    para: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    term: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    memo: ParagraphStyle  # the word "MEMORANDUM"
    label: ParagraphStyle  # the classification beside it
    field_label: ParagraphStyle
    field: ParagraphStyle
    caption: ParagraphStyle
    source: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


@dataclass(frozen=True)
class Spacing:
    """How loosely the memo is set: the vertical gaps between blocks scaled by ``gaps``, body text
    lines ``leading`` times its size apart. Text sizes never change with it."""

    gaps: float = 1.0
    leading: float = 1.42


#: How a memo is set.
NORMAL = Spacing()
#: How it is set again when its last page would hold a few lines: still open enough to read easily.
TIGHT = Spacing(gaps=0.6, leading=1.3)


def memo_styles(theme: Theme, names: Mapping[str, str], spacing: Spacing = NORMAL) -> Styles:
    """Paragraph styles, all in the theme's fonts and colours, sized from ``theme.memo.body_pt``."""
    body, c, gap = theme.memo.body_pt, theme.colours, spacing.gaps
    text, muted = colors.HexColor(c.text), colors.HexColor(c.muted)
    # No paragraph leaves one line alone at the top or the foot of a page (allowWidows, allowOrphans).
    base = ParagraphStyle("body", fontName=names["regular"], fontSize=body, leading=body * spacing.leading,
                          textColor=text, spaceAfter=body * 0.6 * gap, bulletFontName=names["regular"],
                          bulletFontSize=body, splitLongWords=1, allowWidows=0, allowOrphans=0)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    small = max(body - 2, 7)
    cell = min(small, 9)  # the sources table stays compact even with a large body size
    return Styles(
        para=base,
        # A note stays with what it remarks on, as a heading does.
        note=style("note", fontName=names["italic"], fontSize=small, leading=small * 1.35, textColor=muted,
                   keepWithNext=1),
        bullet=style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=body * 0.35 * gap),
        term=style("term"),
        title=style("title", fontName=names["bold"], fontSize=body + 9, leading=(body + 9) * 1.2,
                    textColor=colors.HexColor(c.primary), spaceAfter=4 * gap),
        heading=style("heading", fontName=names["bold"], fontSize=body + 3.5, leading=(body + 3.5) * 1.25,
                      textColor=colors.HexColor(c.primary), spaceBefore=body * 1.1 * gap,
                      spaceAfter=body * 0.45 * gap, keepWithNext=1),
        memo=style("memo", fontName=names["bold"], fontSize=body + 5, leading=(body + 5) * 1.2,
                   textColor=colors.HexColor(c.primary), spaceAfter=0),
        label=style("label", fontName=names["bold"], fontSize=body - 1, leading=(body - 1) * 1.3,
                    textColor=colors.HexColor(c.negative), alignment=TA_RIGHT, spaceAfter=0),
        field_label=style("field-label", fontName=names["bold"], textColor=muted, spaceAfter=0),
        field=style("field", spaceAfter=0),
        caption=style("caption", fontName=names["bold"], textColor=text, spaceAfter=4 * gap),
        source=style("source", fontName=names["italic"], fontSize=small, leading=small * 1.35,
                     textColor=muted, spaceBefore=2 * gap),
        cell=style("cell", fontSize=cell, leading=cell * 1.3, spaceAfter=0),
        cell_head=style("cell-head", fontName=names["bold"], fontSize=cell, leading=cell * 1.3,
                        textColor=colors.white, spaceAfter=0),
    )


@dataclass(frozen=True)
class Typesetting:
    """What every flowable of one memo is made with: theme, fonts, styles and the body frame's size."""

    theme: Theme
    metrics: FontMetrics
    names: Mapping[str, str]  # reportlab font names by role
    styles: Styles
    frame_width: float
    frame_height: float
    spacing: Spacing = NORMAL

    def gap(self, points: float) -> float:
        """A vertical gap of ``points`` as this memo's spacing sets it."""
        return points * self.spacing.gaps

    def markup(self, text: str, role: str = "regular") -> str:
        """Article ``text`` as escaped Paragraph markup in the font of ``role``."""
        return markup(text, self.metrics, role)

    def table_font(self) -> list[tuple[object, ...]]:
        """The table style command that sets every cell's font."""
        # A table sets its cells' font before drawing even Paragraph cells: Helvetica unless told.
        return [("FONT", (0, 0), (-1, -1), self.names["regular"], self.theme.memo.body_pt)]
