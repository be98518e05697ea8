"""The deck plan as a whole: its slides, each of a :class:`SlideKind`, and what the deck carries.

Takes nothing; defines what :func:`~.plan.plan_deck` returns and :func:`~.writer.render_deck`
writes: a :class:`DeckPlan` of :class:`SlidePlan` values built from the shapes of :mod:`.boxes`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from briefing.render.deck.boxes import Box, PicturePlan, RectPlan, TextBoxPlan


class SlideKind(enum.StrEnum):
    """What a slide shows; the writer picks its template layout by kind, and glossary links
    point at the first ``GLOSSARY`` slide."""

    TITLE = "title"
    GLANCE = "glance"
    STORY = "story"
    TAKEAWAYS = "takeaways"
    CHART = "chart"
    ANALYSIS = "analysis"
    GLOSSARY = "glossary"
    SOURCES = "sources"


@dataclass(frozen=True)
class SlidePlan:
    """One slide: its title (drawn in the layout's title placeholder), other text boxes,
    pictures, decoration and speaker notes."""

    kind: SlideKind
    title: TextBoxPlan
    texts: tuple[TextBoxPlan, ...] = ()
    pictures: tuple[PicturePlan, ...] = ()
    rects: tuple[RectPlan, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class DeckPlan:
    """Every slide of the deck, decided; ``logo_box`` is where the theme's logo goes (None: no
    logo); ``warnings`` are problems found while planning."""

    slides: tuple[SlidePlan, ...]
    width: int
    height: int
    logo_box: Box | None
    warnings: tuple[str, ...]
