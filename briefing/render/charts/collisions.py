"""Whether a drawn chart's words keep clear of each other, of the bars and of the picture's edge.

Takes a matplotlib ``Figure`` that has been drawn; :func:`label_collisions` returns what a reader
would see go wrong, as short descriptions ("'+82.0%' overlaps 'share price change'", "'Q3 revenue'
runs off the picture"), empty when nothing does. The drawers use it to make room before a chart is
encoded, and the tests assert it on every chart of the corpus.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure

#: Pixels two boxes may share before they count as touching (anti-aliasing, glyph side bearings).
SLACK_PX = 1.0


def _words(fig: Figure, renderer: RendererBase) -> list[tuple[str, Bbox]]:
    out = []
    for text in fig.findobj(Text):
        if not isinstance(text, Text) or not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        if box.width > 0 and box.height > 0:
            out.append((text.get_text(), box))
    return out


def bar_boxes(ax: Axes, renderer: RendererBase) -> list[Bbox]:
    """The drawn boxes of an axes' bars (its bar containers' rectangles), in pixels."""
    boxes = []
    for container in ax.containers:
        for patch in container:
            if isinstance(patch, Rectangle) and patch.get_visible():
                box = patch.get_window_extent(renderer)
                if box.width > 0.5 and box.height > 0.5:
                    boxes.append(box)
    return boxes


def _overlap(a: Bbox, b: Bbox) -> bool:
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > SLACK_PX) and (min(a.y1, b.y1) - max(a.y0, b.y0) > SLACK_PX)


def label_collisions(fig: Figure) -> list[str]:
    """Every pair of texts that overlap, every text drawn over a bar, every text past the edge."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg's canvas has one
    words = _words(fig, renderer)
    problems = [f"{a!r} overlaps {b!r}" for (a, box_a), (b, box_b) in itertools.combinations(words, 2)
                if _overlap(box_a, box_b)]
    bars = [box for ax in fig.axes for box in bar_boxes(ax, renderer)]
    problems += [f"{text!r} is drawn over a bar" for text, box in words if any(_overlap(box, bar) for bar in bars)]
    edge = fig.bbox
    problems += [f"{text!r} runs off the picture" for text, box in words
                 if box.x0 < edge.x0 - SLACK_PX or box.x1 > edge.x1 + SLACK_PX
                 or box.y0 < edge.y0 - SLACK_PX or box.y1 > edge.y1 + SLACK_PX]
    return problems
