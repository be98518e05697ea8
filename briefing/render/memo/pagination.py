"""Where the memo's pages end: its last page never holds a few lines alone.

:func:`paginate` takes a function that lays the memo out for a :class:`~.styles.Spacing` and an
optional :class:`~.document.ShortPage`, and returns the PDF bytes of the first layout whose last page
is at least :data:`MIN_LAST_PAGE` full. A memo is laid out once; only when its last page would hold
less is it laid out again: set tighter, so that it ends a page earlier, or failing that as before
with the page above the last one ending early, so that more of the memo reaches the last page.
Every pass is deterministic, so the same input still gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.render.memo.document import Layout, ShortPage
from briefing.render.memo.styles import NORMAL, TIGHT, Spacing

#: The share of a page the last page of a memo fills at least (a reader takes less for a leftover).
MIN_LAST_PAGE = 1 / 6
#: How much more than the shortfall the page above the last one hands on: lines move whole, and a
#: little to spare keeps the last page clear of the limit.
_SPARE = 1.1


def paginate(lay_out: Callable[[Spacing, ShortPage | None], Layout], frame_height: float) -> bytes:
    """The memo's PDF, laid out again only when its last page would be nearly empty."""
    first = lay_out(NORMAL, None)
    if _reads_well(first):
        return first.pdf
    tight = lay_out(TIGHT, None)
    if tight.pages < first.pages and _reads_well(tight):
        return tight.pdf
    # The page above the last ends that much higher than its content did, or nothing would move.
    left_blank = 1 - first.filled[-2]
    shortfall = (MIN_LAST_PAGE - first.filled[-1]) * _SPARE
    handed_on = lay_out(NORMAL, ShortPage(first.pages - 1, (left_blank + shortfall) * frame_height))
    if handed_on.pages == first.pages and _reads_well(handed_on):
        return handed_on.pdf
    return first.pdf  # no better layout found; the first one is the memo as it is normally set


def _reads_well(layout: Layout) -> bool:
    return layout.pages == 1 or layout.filled[-1] >= MIN_LAST_PAGE
