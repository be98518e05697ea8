"""Charts: draw each planned chart once with matplotlib, for both the deck and the memo.

Takes a :class:`~briefing.model.Briefing`'s chart plans and a theme; returns one
:class:`RenderedChart` per plan holding a high-resolution PNG (the deck's picture) and an SVG with
text drawn as outlines (the memo's vector drawing), both from the same matplotlib ``Figure``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ChartPlan


@dataclass(frozen=True)
class RenderedChart:
    """One chart, drawn once: ``png`` for the deck, ``svg`` for the memo, same size in inches."""

    plan: ChartPlan
    png: bytes
    svg: bytes
    width_in: float
    height_in: float
