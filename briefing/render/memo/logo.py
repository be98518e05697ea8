"""The theme's logo: read once per memo, then scaled into the memo's top row.

:func:`load_logo` takes the logo's path and returns a :data:`Logo` (an SVG as a vector drawing, a
PNG or JPEG with its pixel size), or None with a warning when the file is not a usable image;
:func:`logo_flowable` takes a logo and the box it must fit and returns the flowable to place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias, assert_never

from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image


@dataclass(frozen=True)
class VectorLogo:
    """An SVG logo, converted to a reportlab drawing."""

    drawing: Drawing


@dataclass(frozen=True)
class RasterLogo:
    """A PNG or JPEG logo and its size in pixels."""

    path: Path
    width_px: int
    height_px: int


Logo: TypeAlias = VectorLogo | RasterLogo


def load_logo(path: Path, font: str, warnings: list[str]) -> Logo | None:
    """The logo at ``path`` (text in an SVG set in ``font``); None, with a warning appended to
    ``warnings``, when the file is not a usable image."""
    try:
        if path.suffix.lower() == ".svg":
            # Imported here: svglib (and lxml) are only needed for an SVG logo, and cost a cold start time.
            from svglib.svglib import svg2rlg

            drawing = svg2rlg(str(path))
            if drawing is None or drawing.width <= 0 or drawing.height <= 0:
                raise ValueError("not a usable SVG")
            drawing.initialFontName = font
            return VectorLogo(drawing)
        width, height = ImageReader(str(path)).getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
        return RasterLogo(path, width, height)
    except Exception as exc:  # noqa: BLE001 - PIL, lxml and svglib each raise their own errors for bad files
        warnings.append(f"memo: logo {path.name!r} could not be read ({exc.__class__.__name__}); left out")
        return None


def logo_flowable(logo: Logo, max_width: float, max_height: float) -> Flowable:
    """``logo`` scaled to fit ``max_width`` by ``max_height`` points, keeping its aspect ratio."""
    match logo:
        case VectorLogo():
            flowable: Flowable = _scaled(logo.drawing, max_width, max_height)
        case RasterLogo():
            scale = min(max_height / logo.height_px, max_width / logo.width_px)
            flowable = Image(str(logo.path), width=logo.width_px * scale, height=logo.height_px * scale)
        case _:
            assert_never(logo)
    flowable.hAlign = "LEFT"
    return flowable


def _scaled(drawing: Drawing, max_width: float, max_height: float) -> Drawing:
    """A copy-free rescale of ``drawing`` to fit the box, keeping its aspect ratio."""
    scale = min(max_width / drawing.width, max_height / drawing.height)
    fitted = Drawing(drawing.width * scale, drawing.height * scale)
    fitted.initialFontName = drawing.initialFontName
    holder = drawing.asGroup()
    holder.scale(scale, scale)
    fitted.add(holder)
    return fitted
