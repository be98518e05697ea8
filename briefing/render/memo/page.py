"""The page: paper sizes, margins, the body frame, and the running header and footer.

:func:`page_size` takes a paper name ("A4" or "Letter") and returns the page size in points;
:func:`body_frame` takes that size (and how much shorter a page that ends early is) and returns
the frame the memo's text flows into. A :class:`HeaderFooter` is the ``onPage`` callback reportlab
calls for every page: it draws the classification and organisation above the frame, and the
classification and "Page N of M" below it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame

from briefing.errors import InputError
from briefing.render.fonts import FontMetrics
from briefing.render.memo.canvas import page_number_form
from briefing.render.memo.text import draw_runs, plain
from briefing.theme import Theme

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


def body_frame(size: tuple[float, float], short_by: float = 0.0) -> Frame:
    """The one frame of a page, between the margins, without padding of its own; ``short_by``
    points less tall at its foot on a page that ends early (see :mod:`.pagination`)."""
    width, height = frame_size(size)
    return Frame(MARGIN_X, MARGIN_BOTTOM + short_by, width, height - short_by, id="body",
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
