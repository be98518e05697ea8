"""The PDF document: its metadata and page templates, and one layout pass from flowables to bytes.

:func:`lay_out` takes the story (the memo's flowables), the briefing (for the title, subject and
keywords), the memo's :class:`~.styles.Typesetting`, the page size, the build date and optionally
a page to end early; it returns a :class:`Layout`: the PDF's bytes (every page in one frame with the
running header and footer, numbered "Page N of M", dated by the build date, with a file identifier
that depends only on the content), its page count and how full its last page is.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from briefing.errors import RenderError
from briefing.model.types import Briefing
from briefing.render.memo.canvas import binary_streams, canvas_maker, with_content_id
from briefing.render.memo.keep import KeepWithStart
from briefing.render.memo.page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    HeaderFooter,
    body_frame,
)
from briefing.render.memo.styles import Typesetting
from briefing.render.memo.text import plain


@dataclass(frozen=True)
class ShortPage:
    """Page ``number`` ends ``by`` points above the foot of the frame, handing its last lines on."""

    number: int
    by: float


@dataclass(frozen=True)
class Layout:
    """One layout pass: the PDF, and for each page the share of the frame's height that its
    content fills from the top of the frame."""

    pdf: bytes
    filled: tuple[float, ...]

    @property
    def pages(self) -> int:
        return len(self.filled)


def lay_out(story: Sequence[Flowable], briefing: Briefing, ts: Typesetting, size: tuple[float, float],
            build_date: datetime.date, short_page: ShortPage | None = None) -> Layout:
    """The memo's PDF: ``story`` laid out on pages of ``size``, with ``short_page`` ending early."""
    pdf = io.BytesIO()
    doc = _MemoDocument(pdf, briefing, ts, size, short_page)
    try:
        with binary_streams():
            doc.build(list(story), canvasmaker=canvas_maker(build_date, ts.metrics, ts.theme.colours.muted))
    except Exception as exc:  # a layout reportlab cannot do is our bug, not the reader's
        raise RenderError(f"memo: reportlab could not lay out the memo ({exc})") from exc
    filled = tuple((doc.frame_top - foot) / ts.frame_height for foot in doc.content_feet)
    return Layout(with_content_id(pdf.getvalue(), build_date), filled)


class _MemoDocument(BaseDocTemplate):
    """The memo's document: margins, metadata in plain text, one page template (and a shorter one
    for the page that ends early); it notes how far down each page its content reaches."""

    def __init__(self, out: BinaryIO, briefing: Briefing, ts: Typesetting, size: tuple[float, float],
                 short_page: ShortPage | None) -> None:
        article, metrics = briefing.article, ts.metrics
        keywords = [plain(e.term, metrics) for e in article.glossary]
        keywords += [plain(f.subject, metrics) for f in briefing.figures]
        super().__init__(
            out, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=plain(article.title, metrics), author=plain(ts.theme.author, metrics),
            subject=plain(article.subtitle or article.title, metrics),
            keywords=list(dict.fromkeys(k for k in keywords if k)), creator="briefing",
            invariant=1, initialFontName=ts.names["regular"], lang="en",
        )
        self.keepTogetherClass = KeepWithStart
        header_footer = HeaderFooter(ts.theme, metrics, size)
        self.addPageTemplates([PageTemplate("memo", [body_frame(size)], onPage=header_footer)])
        self._short_page = short_page
        self._short_template = PageTemplate("short", [body_frame(size, short_page.by if short_page else 0.0)],
                                            onPage=header_footer)
        self.frame_top = size[1] - MARGIN_TOP
        self.content_feet: list[float] = []  # where the content of each page ends, so far

    def handle_pageBegin(self) -> None:
        """Begin the next page on the shorter template if it is the page that ends early."""
        ending_early = self._short_page is not None and self.page + 1 == self._short_page.number
        self.pageTemplate = self._short_template if ending_early else self.pageTemplates[0]
        self.content_feet.append(self.frame_top)
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        # The frame has moved below the flowable and the space after it; the content ends above that.
        frame = self.frame  # None once a page break has ended the page
        if frame is not None and self.content_feet:
            self.content_feet[-1] = min(self.content_feet[-1], frame._y + flowable.getSpaceAfter())
