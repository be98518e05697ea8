"""Charts: each chart plan drawn once with matplotlib, as a PNG for the deck and a vector drawing for the memo."""

from briefing.render.charts.draw import (
    HEIGHT_IN,
    WIDTH_IN,
    RenderedChart,
    render_charts,
)

__all__ = ["HEIGHT_IN", "WIDTH_IN", "RenderedChart", "render_charts"]
