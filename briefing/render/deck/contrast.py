"""Colour contrast: whether the theme's text colours can be read on a template's background.

Takes ``#RRGGBB`` colours, or an opened :class:`~.template.Canvas` and the theme; returns WCAG 2
relative luminance and contrast ratios, the slide master's solid background colour, and warnings
for theme text colours under 4.5:1 on it (:func:`contrast_warnings`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.oxml.ns import qn

from briefing.render.deck.template import Canvas
from briefing.theme import Theme, ThemeColour

if TYPE_CHECKING:
    from pptx.presentation import Presentation

#: The theme colours the deck draws text in (titles, body, captions and footers).
_TEXT_COLOURS = (ThemeColour.PRIMARY, ThemeColour.TEXT, ThemeColour.MUTED)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21; text needs 4.5)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def master_background(prs: Presentation) -> str | None:
    """The slide master's solid background colour as ``#RRGGBB``, or None when it sets none."""
    bg = prs.slide_master._element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
    if bg is None:
        return None
    rgb = bg.find(f".//{qn('a:srgbClr')}")
    return f"#{rgb.get('val').upper()}" if rgb is not None else None


def contrast_warnings(canvas: Canvas, theme: Theme) -> tuple[str, ...]:
    """Warnings for theme text colours that do not reach 4.5:1 against a template's background."""
    background = None if canvas.blank else master_background(canvas.presentation)
    if background is None:
        return ()
    out = []
    for name in _TEXT_COLOURS:
        ratio = contrast_ratio(getattr(theme.colours, name), background)
        if ratio < 4.5:
            out.append(f"deck: {canvas.source}: theme colour {name.value!r} has a contrast of {ratio:.1f}:1 on the "
                       f"template's background {background} (text needs 4.5:1)")
    return tuple(out)
