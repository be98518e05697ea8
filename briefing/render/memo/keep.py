"""What stays together across a page break: a heading with the start of what it heads.

:class:`KeepWithStart` is the memo document's ``keepTogetherClass``: reportlab gathers each chain of
flowables marked ``keepWithNext`` (a heading, a note, the block after them) into one, and asks it
to split where a page ends. It takes those flowables and returns them as they should be placed: all
on this page when they fit, if need be with less space above the heading; the leading ones with the
first part of the last one when that splits by its own rules (two lines of a paragraph, two rows
of a table); otherwise all on the next page.
:func:`stack_height` takes flowables and returns the height a frame gives them, one under another.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.doctemplate import FrameBreak

#: Points a stack of flowables may be taller than the room it is measured against and still fit:
#: the frame accepts the same rounding, and no text is that small.
_FUZZ = 1e-6
#: Tall enough for any flowable's natural height: a paragraph wrapped in it never splits.
_UNBOUNDED = 1e7
#: The share of the space above a heading that may go to keep the heading's block on its page, as
#: a typesetter's glue shrinks: the heading still stands apart, and no block moves for a few points.
_SHRINKABLE = 0.5


def stack_height(flowables: Sequence[Flowable], width: float, at_top: bool = False) -> float:
    """Height from the top of the first flowable to the foot of the last, placed by a frame
    ``width`` wide: each one's space before, less the space left after the one above it (a frame
    overlaps the two), then its own height. The first one's space before is left out: a frame takes
    it off the room it offers. ``at_top``: the frame is empty, and drops spaces before until
    something has been drawn."""
    total, after, drawn = 0.0, 0.0, not at_top
    for index, flowable in enumerate(flowables):
        height = flowable.wrap(width, _UNBOUNDED)[1]
        if index and drawn:
            total += max(flowable.getSpaceBefore() - after, 0) + after
        total += height
        after = flowable.getSpaceAfter()
        # A frame counts a zero-height mark as drawn only once something has moved it down.
        drawn = drawn or height > 0
    return total


class KeepWithStart(KeepTogether):
    """A chain of flowables marked ``keepWithNext``: the leading ones (a bookmark, a heading, a
    note) never end a page; they move to the next one unless the last flowable starts beside them.

    reportlab's own KeepTogether measures a chain without the space before its first flowable when
    that flowable is a zero-height bookmark, so a chart after a heading could lose its source line
    to the next page; and it moves a heading and a long paragraph to the next page together where
    the paragraph could have started under the heading. Both are what this class does differently.
    """

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:
            return content  # no page has more room: the frame places it as it comes
        overflow = stack_height(content, available_width) - available_height
        if overflow <= _FUZZ or _shrink_space_above(content, available_width, overflow):
            return content
        *head, last = content
        room = last.wrap(available_width, _UNBOUNDED)[1] - overflow  # what is left for the last one
        if head and room > 0:
            parts = last.split(available_width, room)
            if len(parts) > 1 and parts[0].wrap(available_width, room)[1] <= room + _FUZZ:
                return [*head, *parts]
        return [FrameBreak(), *content]


def _shrink_space_above(content: Sequence[Flowable], width: float, by: float) -> bool:
    """Take ``by`` points off the space above the first flowable of ``content`` that has a height,
    if that space allows it (see :data:`_SHRINKABLE`); say whether it did."""
    for index, flowable in enumerate(content):
        if flowable.wrap(width, _UNBOUNDED)[1] > 0:
            space = flowable.getSpaceBefore()
            # The frame has already taken the first flowable's space before off the room it offers.
            if index == 0 or by > space * _SHRINKABLE:
                return False
            flowable.spaceBefore = space - by  # this flowable's own, not its style's
            return True
    return False
