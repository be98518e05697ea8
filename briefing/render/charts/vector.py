"""A matplotlib figure as PDF drawing operators: the memo's vector charts, without an SVG round trip.

:func:`figure_ops` draws a ``Figure`` through :class:`_OpsRenderer`, a small matplotlib renderer
that writes each path as PDF content-stream operators in points (origin at the bottom left, as in
PDF) and each piece of text as glyph outlines, so the memo needs no font for chart text and no
glyph can go missing. The memo pastes the operators into its page (:class:`VectorChart`), scaled
to the column. Saving an SVG and parsing it back with svglib cost about as much as drawing the chart.

Glyph outlines are converted once per process and reused by every chart after, so a batch worker
pays for each letter once. The same figure gives the same bytes: nothing here depends on time,
ids or dictionary order.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Literal, cast

import numpy as np
from matplotlib import _path  # the C path writer matplotlib's own PDF backend uses
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.path import Path
from matplotlib.textpath import TextToPath
from matplotlib.transforms import IdentityTransform, Transform
from reportlab.platypus import Flowable

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties
    from matplotlib.text import Text
    from matplotlib.typing import ColorType

#: Points per inch: the renderer's display units are PDF points.
POINTS_PER_IN = 72
# moveto, lineto, (quadratic: no code, so matplotlib writes it as a cubic), curveto, closepath.
_CODES = [b"m", b"l", b"", b"c", b"h"]
_PRECISION = 2  # decimals: 1/100 pt, finer than any printer dot even when the memo enlarges a chart
_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}

_TEXT2PATH = TextToPath()
# Glyph id (font name and glyph index) -> its outline as path operators at TextToPath.FONT_SCALE.
_GLYPHS: dict[str, bytes] = {}


def figure_ops(fig: Figure) -> bytes:
    """Everything ``fig`` draws, as PDF operators in points; the figure's dpi is restored after."""
    dpi = fig.dpi
    fig.dpi = POINTS_PER_IN  # display units are then points, whatever the PNG was drawn at
    try:
        renderer = _OpsRenderer(*fig.bbox.size)
        fig.draw(renderer)
    finally:
        fig.dpi = dpi
    return b"".join(renderer.ops)


def _path_ops(path: Path, transform: Transform, clip: tuple[float, float, float, float] | None = None,
              simplify: bool = False, sketch: tuple[float, float, float] | None = None) -> bytes:
    """``path`` through ``transform`` as PDF path operators, ``_PRECISION`` decimals, each ending a line."""
    # matplotlib's type stub for its C module leaves out convert_to_string.
    ops: bytes = _path.convert_to_string(  # type: ignore[attr-defined]
        path, transform, clip, simplify, sketch, _PRECISION, _CODES, True)
    return ops


def _num(value: float) -> str:
    text = f"{value:.{_PRECISION + 2}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _colour(rgb: tuple[float, ...], alpha: float, operator: str) -> bytes:
    # Charts draw nothing translucent; should one, it is flattened against the white page.
    r, g, b = (1 - alpha + alpha * c for c in rgb[:3])
    return f"{_num(r)} {_num(g)} {_num(b)} {operator}\n".encode()


class _OpsRenderer(RendererBase):
    """Collects PDF operators in ``ops``; every draw call is wrapped in ``q``/``Q`` so that its
    clip, colours and line style never leak into the next one."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self._text2path = _TEXT2PATH  # shared: its font lookups are cached
        self.width, self.height = width, height
        self.ops: list[bytes] = []

    def flipy(self) -> bool:
        return False  # y grows upwards, as in PDF

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def _clip(self, gc: GraphicsContextBase) -> bytes:
        out = b""
        rect = gc.get_clip_rectangle()
        if rect is not None:
            x, y, w, h = rect.bounds
            out += f"{_num(x)} {_num(y)} {_num(w)} {_num(h)} re W n\n".encode()
        path, affine = gc.get_clip_path()
        if path is not None and affine is not None:  # both are None when there is no clip path
            # Annotated as a TransformedPath, this is the Path it holds (get_transformed_path_and_affine).
            out += _path_ops(cast(Path, path), affine) + b" W n\n"
        return out

    def _stroke_style(self, gc: GraphicsContextBase) -> bytes:
        offset, dashes = gc.get_dashes()
        pattern = " ".join(_num(float(d)) for d in np.asarray(dashes, dtype=float)) if dashes is not None else ""
        return (f"{_num(gc.get_linewidth())} w {_CAPS[gc.get_capstyle()]} J {_JOINS[gc.get_joinstyle()]} j "
                f"[{pattern}] {_num(offset or 0)} d\n").encode()

    def draw_path(self, gc: GraphicsContextBase, path: Path, transform: Transform,
                  rgbFace: ColorType | None = None) -> None:
        stroke_rgb = gc.get_rgb()
        stroke = gc.get_linewidth() > 0 and stroke_rgb[3] > 0
        # Renderers are handed RGB or RGBA floats; to_rgba gives them the alpha of 1 RGB means.
        face = to_rgba(rgbFace) if rgbFace is not None else None
        fill_alpha = 0.0
        if face is not None:
            fill_alpha = gc.get_alpha() if gc.get_forced_alpha() else face[3]
        fill = fill_alpha > 0
        if not (fill or stroke):
            return
        # As matplotlib's PDF backend: unfilled paths are clipped to the page and simplified.
        clip = None if fill else (0.0, 0.0, self.width, self.height)
        simplify = path.should_simplify and not fill
        body = _path_ops(path, transform, clip, simplify, gc.get_sketch_params())
        if not body:
            return
        out = [b"q\n", self._clip(gc)]
        if face is not None and fill:
            out.append(_colour(face, fill_alpha, "rg"))
        if stroke:
            out += [_colour(stroke_rgb, stroke_rgb[3], "RG"), self._stroke_style(gc)]
        # matplotlib ends every path command with a newline, so the paint operator follows directly.
        out += [body, b"B" if fill and stroke else b"f" if fill else b"S", b"\nQ\n"]
        self.ops.append(b"".join(out))

    def draw_text(self, gc: GraphicsContextBase, x: float, y: float, s: str, prop: FontProperties, angle: float,
                  ismath: bool | Literal["TeX"] = False, mtext: Text | None = None) -> None:
        if ismath:  # never for our charts ('$' is escaped); matplotlib's generic way handles it
            # A private method of RendererBase, left out of matplotlib's type stub.
            self._draw_text_as_path(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[attr-defined]
            return
        font = _TEXT2PATH._get_font(prop)  # type: ignore[attr-defined]  # private, as in matplotlib's backends
        # glyph_map is only asked which glyphs are known (ours holds their converted outlines), and
        # matplotlib's stubs disagree about the shaping arguments' types (text.pyi, textpath.pyi).
        glyphs, new, _rects = _TEXT2PATH.get_glyphs_with_font(
            font, s, glyph_map=_GLYPHS, return_new_glyphs_only=True, **_shaping(mtext))  # type: ignore[arg-type]
        for glyph_id, (vertices, codes) in new.items():
            _GLYPHS[glyph_id] = _path_ops(Path(vertices, codes), IdentityTransform())
        scale = prop.get_size_in_points() / TextToPath.FONT_SCALE
        cos, sin = math.cos(math.radians(angle)) * scale, math.sin(math.radians(angle)) * scale
        rgb = gc.get_rgb()
        out = [b"q\n", self._clip(gc), _colour(rgb, rgb[3], "rg"),
               f"{_num(cos)} {_num(sin)} {_num(-sin)} {_num(cos)} {_num(x)} {_num(y)} cm\n".encode()]
        for glyph_id, gx, gy, size in glyphs:
            outline = _GLYPHS[glyph_id]
            if outline:  # a space has no outline, and "f" without a path is an error in PDF
                out += [f"q {_num(size)} 0 0 {_num(size)} {_num(gx)} {_num(gy)} cm\n".encode(), outline, b"f Q\n"]
        out.append(b"Q\n")
        self.ops.append(b"".join(out))


def _shaping(mtext: Text | None) -> dict[str, object]:
    """Font features and language of a Text, for matplotlib versions that shape text (3.10 on)."""
    if mtext is None or not hasattr(mtext, "get_fontfeatures"):
        return {}
    return {"features": mtext.get_fontfeatures(), "language": mtext.get_language()}


class VectorChart(Flowable):
    """PDF operators drawn at ``scale`` (a chart of ``width`` x ``height`` points, unscaled)."""

    def __init__(self, ops: bytes, width: float, height: float, scale: float = 1.0) -> None:
        super().__init__()
        self.ops, self.scale = ops.decode("ascii"), scale
        self.chart_width, self.chart_height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.chart_width * self.scale, self.chart_height * self.scale
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()  # "q": the chart's colours and line styles end with it
        canvas.scale(self.scale, self.scale)
        canvas.addLiteral(self.ops)
        canvas.restoreState()
