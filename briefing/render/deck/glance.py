"""The "At a glance" slide's tiles: where each sits and what its lines say.

Takes the :class:`~briefing.model.GlanceTile` values the plan chose and the area under the slide's
title; :func:`tile_grid` returns one :class:`~.boxes.Box` per tile (rows of up to three, centred),
:func:`tile_lines` the words of one tile: its value large, owner and measure, the change with an
arrow and a sign (so colour is never the only cue) and the period. The planner fits each line in
its own box with the theme's fonts; nothing here measures or draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from briefing.model.formatting import (
    format_value,
    is_change,
    shown_metric,
    shown_period,
)
from briefing.model.types import GlanceTile
from briefing.plan.wording import shown_value
from briefing.render.deck.boxes import EMU_PER_IN, Box

#: Space between tiles, and the widest and tallest a tile is drawn: a lone figure stays a tile,
#: not a poster.
GAP_IN, MAX_TILE_W_IN, MAX_TILE_H_IN = 0.3, 4.6, 2.9
UP, DOWN = "\u25b2", "\u25bc"


@dataclass(frozen=True)
class TileLines:
    """What one tile says, line by line; ``change`` and ``period`` may be empty. ``falls`` says
    whether the change is a fall (drawn in the theme's ``negative`` colour, its arrow pointing down)."""

    value: str
    owner: str
    measure: str
    change: str
    period: str
    falls: bool


def columns_for(count: int) -> int:
    """Tiles per row: one row up to three, two rows of two for four, rows of three beyond."""
    return count if count <= 3 else 2 if count == 4 else 3


def tile_grid(area: Box, count: int) -> list[Box]:
    """``count`` tile boxes in rows, the grid centred in ``area``, in reading order."""
    if count <= 0:
        return []
    cols = columns_for(count)
    rows = math.ceil(count / cols)
    gap = round(GAP_IN * EMU_PER_IN)
    width = min((area.width - gap * (cols - 1)) // cols, round(MAX_TILE_W_IN * EMU_PER_IN))
    height = min((area.height - gap * (rows - 1)) // rows, round(MAX_TILE_H_IN * EMU_PER_IN))
    top = area.top + (area.height - (rows * height + gap * (rows - 1))) // 2
    boxes = []
    for index in range(count):
        row, col = divmod(index, cols)
        in_row = min(cols, count - row * cols)  # a short last row is centred too
        left = area.left + (area.width - (in_row * width + gap * (in_row - 1))) // 2
        boxes.append(Box(left + col * (width + gap), top + row * (height + gap), width, height))
    return boxes


def _arrow(value: float) -> str:
    return f"{UP} " if value > 0 else f"{DOWN} " if value < 0 else ""


def tile_lines(tile: GlanceTile) -> TileLines:
    """A tile's words, all taken from its figures: ``£198m`` / ``Reuters`` / ``profit`` /
    ``▲ +52%, from £130m a year earlier`` / ``2004``. A change shown as the value itself carries its
    arrow there: ``▲ +82%``."""
    figure = tile.figure
    value = shown_value(figure)
    if is_change(figure) and not figure.is_money:
        value = _arrow(figure.value) + value
    parts, falls = [], figure.value < 0
    if tile.change is not None:
        parts.append(_arrow(tile.change.value) + shown_value(tile.change))
        falls = tile.change.value < 0
    if tile.earlier is not None:
        when = f" {tile.earlier.period}" if tile.earlier.period else ""
        earlier = f"from {format_value(tile.earlier)}{when}"
        if tile.change is None:  # the arrow says which way the comparison goes
            step = figure.value - tile.earlier.value
            earlier = _arrow(step) + earlier
            falls = step < 0
        parts.append(earlier)
    return TileLines(value=value, owner=figure.subject.strip(), measure=shown_metric(figure).strip(),
                     change=", ".join(parts), period=shown_period(figure), falls=falls)
