"""The canvas the memo is drawn on, and the bytes it writes.

:class:`MemoCanvas` numbers pages "Page N of M" in one layout pass and dates the PDF by the build
date; :func:`canvas_maker` takes the build date, the font metrics and the colour of the page
numbers and returns what reportlab's ``canvasmaker`` expects. :func:`binary_streams` switches
reportlab's ASCII85 stream encoding off while a memo is built, and :func:`with_content_id` takes the
finished PDF bytes and returns them with a file identifier that depends only on their content.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from briefing.errors import RenderError
from briefing.render.fonts import FontMetrics
from briefing.render.labels import PAGE_LABEL_FORMAT
from briefing.render.memo.text import draw_runs


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
            label = PAGE_LABEL_FORMAT.format(number=number, total=total)
            draw_runs(self, self._number_metrics, 0, 0, label, "regular", 8, 40 * mm, right=True)
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
