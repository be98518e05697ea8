"""The PDF document: its metadata and page template, and the build from flowables to bytes.

:func:`build_pdf` takes the story (the memo's flowables), the briefing (for the title, subject and
keywords), the memo's :class:`~.styles.Typesetting`, the page size and the build date, and returns
the PDF's bytes: every page in one frame with the running header and footer, numbered "Page N of
M", dated by the build date, with a file identifier that depends only on the content.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
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
    doc.keepTogetherClass = KeepWithStart  # a heading keeps with the start of what it heads
    header_footer = HeaderFooter(ts.theme, metrics, size)
    doc.addPageTemplates([PageTemplate("memo", [body_frame(size)], onPage=header_footer)])
    return doc
