"""Bookmarks and internal links: how a reader jumps around the memo.

:class:`Anchor` is a zero-size flowable that bookmarks the heading after it (an outline entry), or
marks a place inside a flowable that draws its own parts (a chart and its caption);
:func:`term_target` returns the markup that names a glossary definition's destination, and
:func:`linked_markup` takes a block's text and its :class:`~.plan.GlossaryLink` spans and returns
Paragraph markup in which each glossary mention links to that destination. Links are internal only.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from briefing.render.fonts import FontMetrics
from briefing.render.memo.plan import GlossaryLink
from briefing.render.memo.text import markup, plain, squeeze


class Anchor(Flowable):
    """A zero-size mark placed just before a heading: the bookmark (outline entry) points here."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.mark(self.canv, 0)

    def mark(self, canvas: Canvas, y: float) -> None:
        """Bookmark height ``y`` of the flowable being drawn on ``canvas`` under this anchor's title."""
        canvas.bookmarkHorizontal(self.key, 0, y)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


def term_anchor(entry: int) -> str:
    """The name of the memo destination of glossary entry ``entry``."""
    return f"glossary-{entry}"


def term_target(entry: int) -> str:
    """Markup that makes the place it stands the destination of glossary entry ``entry``."""
    return f'<a name="{term_anchor(entry)}"/>'


def linked_markup(text: str, links: Sequence[GlossaryLink], metrics: FontMetrics, colour: str,
                  role: str = "regular") -> str:
    """Markup of ``text`` with each glossary mention in ``links`` a link to its definition, in ``colour``."""
    cleaned = plain(text, metrics)
    if not links or cleaned != squeeze(text):  # cleaning moved characters: the spans no longer fit
        return markup(text, metrics, role)

    def piece(part: str) -> str:
        # markup() trims its text; the spaces next to a link must stay.
        lead = " " if part[:1].isspace() else ""
        trail = " " if part[-1:].isspace() and part.strip() else ""
        return lead + markup(part, metrics, role) + trail

    parts, at = [], 0
    for link in sorted(links):
        parts.append(piece(cleaned[at:link.start]))
        parts.append(f'<a href="#{term_anchor(link.entry)}" color="{colour}">{piece(cleaned[link.start:link.end])}</a>')
        at = link.end
    parts.append(piece(cleaned[at:]))
    return "".join(parts)
