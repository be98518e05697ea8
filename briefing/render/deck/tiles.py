"""The "At a glance" slide: up to six certain figures as tiles, each row (value, owner and
measure, change, period) at one size on every tile, the largest that real font metrics say fits.
:mod:`.glance` words the tiles' lines; this module sizes and places them.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model.types import Briefing, GlanceTile
from briefing.render.deck.boxes import EMU_PER_IN, EMU_PER_PT, Box, RectPlan, TextAnchor, TextBoxPlan, TextRole
from briefing.render.deck.fitting import LINE_HEIGHT, SAFETY, TextStyle, fit_text, layout_at
from briefing.render.deck.glance import DOWN, UP, TileLines, tile_grid, tile_lines
from briefing.render.deck.paragraphs import Paragraph, Run, paragraph
from briefing.render.deck.planner import Planner, figure_note
from briefing.render.deck.slides import SlideKind, SlidePlan
from briefing.render.deck.template import Frame
from briefing.render.labels import SlideTitle
from briefing.theme import ThemeColour

TILE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0, paragraph_gap_em=0.15)
TILE_VALUE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0, bold=True)
#: A tile's value reads across the room; its other lines are body text, never below the theme's minimum.
TILE_VALUE_MAX_PT, TILE_VALUE_MIN_PT, TILE_LABEL_MAX_PT, TILE_DETAIL_MAX_PT = 44.0, 24.0, 20.0, 18.0
#: A tile's inner padding.
TILE_PAD_IN = 0.14


def _line_height_pt(size: float, lines: int, style: TextStyle) -> float:
    """The box height ``lines`` lines at ``size`` need, gaps, insets and fitting's safety margin included."""
    return (size * LINE_HEIGHT * lines + style.paragraph_gap_em * size * (lines - 1) + 2 * style.inset_y_pt) / SAFETY


def _label(tile: TileLines) -> tuple[Paragraph, ...]:
    """A tile's owner (bold) above its measure."""
    return paragraph(Run(tile.owner, bold=True)), paragraph(tile.measure)


def _tile_sizes(p: Planner, lines: Sequence[TileLines], inner: Box, details: int,
                low: float) -> tuple[float, float, float]:
    """The value's, the detail rows' and the owner and measure's sizes: the largest value that
    leaves the owner and measure the lines they take (two at the least, three at most: a longer
    measure is shortened rather than the value) at the largest label size that allows a value of
    32 pt or more; the detail rows no larger than the label, so the period never outweighs the owner."""
    def label_height(size: float) -> float:
        taken = max((sum(len(par) for par in layout_at(_label(t), inner.width_pt, size, p.measure, TILE_STYLE).lines)
                     for t in lines), default=2)
        return _line_height_pt(size, min(max(taken, 2), 3), TILE_STYLE)

    top, bottom = int(TILE_VALUE_MAX_PT), int(TILE_VALUE_MIN_PT)
    for label_pt, smallest_value in ((TILE_LABEL_MAX_PT, 32), (18.0, 32), (16.0, 28), (low, bottom)):
        label_pt = max(label_pt, low)
        detail_pt = min(label_pt, TILE_DETAIL_MAX_PT)
        room = inner.height_pt - label_height(label_pt) - details * _line_height_pt(detail_pt, 1, TILE_STYLE)
        for value in range(top, smallest_value - 1, -2):
            if _line_height_pt(value, 1, TILE_VALUE_STYLE) <= room:
                return float(value), detail_pt, label_pt
    return TILE_VALUE_MIN_PT, low, low


def _tile_boxes(p: Planner, lines: Sequence[TileLines], grid: Sequence[Box],
                low: float) -> tuple[list[dict[str, Box]], float, float, float]:
    """Each tile's rows, the same on every tile so that values and labels align across them: the
    value, the owner and measure, and a change or period row when any tile has one; and the largest
    value, detail and label sizes those rows were made for."""
    details = [k for k in ("change", "period") if any(getattr(t, k) for t in lines)]
    pad = round(TILE_PAD_IN * EMU_PER_IN)
    inners = [Box(b.left + pad, b.top + pad, b.width - 2 * pad, b.height - 2 * pad) for b in grid]
    value_pt, detail_pt, label_pt = _tile_sizes(p, lines, inners[0], len(details), low)
    heights = {"value": round(_line_height_pt(value_pt, 1, TILE_VALUE_STYLE) * EMU_PER_PT),
               **{k: round(_line_height_pt(detail_pt, 1, TILE_STYLE) * EMU_PER_PT) for k in details}}
    rows = []
    for inner in inners:
        label_height = inner.height - sum(heights.values())
        top, row = inner.top, {}
        for key in ("value", "label", *details):
            height = label_height if key == "label" else heights[key]
            row[key] = Box(inner.left, top, inner.width, height)
            top += height
        rows.append(row)
    return rows, value_pt, detail_pt, label_pt


def _common_size(p: Planner, texts: Sequence[tuple[Paragraph, ...]], box: Box, max_pt: float, min_pt: float,
                 style: TextStyle) -> float:
    """The largest size at which every tile's text of one row fits its box: one size per row reads
    as one design; a text that fits at no size is left to be shortened on its own tile."""
    sizes = [fitted.size_pt for fitted in (fit_text(t, box.width_pt, box.height_pt, max_pt, min_pt, p.measure, style)
                                           for t in texts) if fitted is not None]
    return min(sizes, default=min_pt)


def _tile_text(p: Planner, name: str, box: Box, paras: tuple[Paragraph, ...], size: float, style: TextStyle,
               colour: ThemeColour, anchor: TextAnchor = TextAnchor.TOP) -> TextBoxPlan:
    fitted = fit_text(paras, box.width_pt, box.height_pt, size, size, p.measure, style)
    if fitted is not None:
        return TextBoxPlan(name, TextRole.BODY, box, fitted, style, colour=colour, anchor=anchor)
    joined = ": ".join(par.text for par in paras)
    return p.text(name, TextRole.BODY, box, joined, size, p.deck.body_min_pt, style, colour, anchor=anchor)


def _tile_shapes(p: Planner, tiles: Sequence[GlanceTile], grid: Sequence[Box]) -> tuple[list[RectPlan],
                                                                                        list[TextBoxPlan]]:
    """Every tile: its ground, and a box per line (value, owner and measure, change, period), each
    row at one size on all tiles, the largest that real font metrics say fits."""
    lines = [tile_lines(t) for t in tiles]
    low = p.deck.body_min_pt
    rows, value_pt, detail_pt, label_pt = _tile_boxes(p, lines, grid, low)
    values = [(paragraph(t.value),) for t in lines]
    labels = [_label(t) for t in lines]
    sizes = {
        "value": _common_size(p, values, rows[0]["value"], value_pt, TILE_VALUE_MIN_PT, TILE_VALUE_STYLE),
        "label": _common_size(p, labels, rows[0]["label"], label_pt, low, TILE_STYLE),
    }
    for key in ("change", "period"):
        if key in rows[0]:
            sizes[key] = _common_size(p, [(paragraph(getattr(t, key)),) for t in lines if getattr(t, key)],
                                      rows[0][key], detail_pt, low, TILE_STYLE)
    rects, texts = [], []
    for number, (tile, box, row, value, label) in enumerate(zip(lines, grid, rows, values, labels), start=1):
        name = f"Tile {number}"
        rects.append(RectPlan(name, box, ThemeColour.LIGHT, backdrop=True))
        # A change shown as the value is coloured by its sign; the arrow and sign say it without colour.
        value_colour = (ThemeColour.PRIMARY if not tile.value.startswith((UP, DOWN))
                        else ThemeColour.NEGATIVE if tile.value.startswith(DOWN) else ThemeColour.POSITIVE)
        texts.append(_tile_text(p, f"{name} value", row["value"], value, sizes["value"], TILE_VALUE_STYLE,
                                value_colour, anchor=TextAnchor.BOTTOM))
        texts.append(_tile_text(p, f"{name} owner and measure", row["label"], label, sizes["label"], TILE_STYLE,
                                ThemeColour.TEXT))
        if tile.change:
            texts.append(_tile_text(p, f"{name} change", row["change"], (paragraph(tile.change),), sizes["change"],
                                    TILE_STYLE, ThemeColour.NEGATIVE if tile.falls else ThemeColour.POSITIVE))
        if tile.period:
            texts.append(_tile_text(p, f"{name} period", row["period"], (paragraph(tile.period),), sizes["period"],
                                    TILE_STYLE, ThemeColour.MUTED))
    return rects, texts


def glance_area(frame: Frame) -> Box:
    """Where the tiles go: under the (title-only) slide's title, down to where body text stops."""
    chart, body = frame.chart, frame.body
    return Box(chart.left, chart.top, chart.width, max(chart.height, body.bottom - chart.top))


def glance_slide(p: Planner, briefing: Briefing) -> list[SlidePlan]:
    tiles = briefing.glance
    if not tiles:
        return []
    grounds, texts = _tile_shapes(p, tiles, tile_grid(glance_area(p.frame), len(tiles)))
    rects = [*p.rules(), *grounds]
    shown = [f for t in tiles for f in (t.figure, t.change, t.earlier) if f is not None]
    notes = "\n".join([f"The {len(tiles)} figure{'s' if len(tiles) > 1 else ''} the article states for certain, "
                        "each with its owner; walk through them left to right before the detail:",
                        *(figure_note(f) for f in shown)])
    return [SlidePlan(SlideKind.GLANCE, p.title(SlideTitle.GLANCE), tuple(texts), rects=tuple(rects), notes=notes)]
