"""The shapes of a deck plan: where each box sits on the slide and what it holds.

Takes nothing; defines the values the planner (:mod:`.plan`) returns and the writer
(:mod:`.writer`) draws: a :class:`Box` in EMU, and the plan of a text box, a picture (or
editable chart) and a decorative rectangle, each naming its theme colour and how it is drawn with
the fixed sets :class:`TextRole`, :class:`TextAlign` and :class:`TextAnchor`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.render.deck.fitting import FittedText, TextStyle
from briefing.theme import ThemeColour

if TYPE_CHECKING:
    from briefing.model.types import ChartPlan

EMU_PER_PT = 12700
EMU_PER_IN = 914400


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide in EMU (914,400 to the inch, 12,700 to the point)."""

    left: int
    top: int
    width: int
    height: int

    @classmethod
    def inches(cls, left: float, top: float, width: float, height: float) -> Box:
        return cls(*(round(v * EMU_PER_IN) for v in (left, top, width, height)))

    @property
    def width_pt(self) -> float:
        return self.width / EMU_PER_PT

    @property
    def height_pt(self) -> float:
        return self.height / EMU_PER_PT

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def right(self) -> int:
        return self.left + self.width


class TextRole(enum.StrEnum):
    """What a text box is to the reader: the writer keeps body text before pictures and captions
    after them in reading order, and warnings name the role of a shortened text."""

    TITLE = "title"
    BODY = "body"
    CAPTION = "caption"


class TextAlign(enum.StrEnum):
    """Horizontal alignment of a text box's paragraphs."""

    LEFT = "left"
    RIGHT = "right"


class TextAnchor(enum.StrEnum):
    """Which edge of its box a text box's text sits against."""

    TOP = "top"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class TextBoxPlan:
    """A text box: fitted text, its box, and how to draw it. ``colour`` names the theme colour of
    its text. ``links`` are ``(paragraph, start, end)`` character spans of the fitted paragraphs
    that link to the glossary slide (same font: they change no width)."""

    name: str
    role: TextRole
    box: Box
    text: FittedText
    style: TextStyle
    colour: ThemeColour = ThemeColour.TEXT
    align: TextAlign = TextAlign.LEFT
    anchor: TextAnchor = TextAnchor.TOP
    links: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class PicturePlan:
    """A PNG picture placed in ``box`` (its aspect ratio already kept) with its alt text;
    ``chart`` set: drawn instead as an editable PowerPoint chart of that plan, in the same box."""

    name: str
    box: Box
    png: bytes
    alt_text: str
    chart: ChartPlan | None = None


@dataclass(frozen=True)
class RectPlan:
    """A filled rectangle without outline or text (colour bars and rules). A ``backdrop`` (a tile's
    ground) is drawn beneath every other shape of its slide, so the text laid on it stays visible."""

    name: str
    box: Box
    colour: ThemeColour
    backdrop: bool = False
