"""Colour vision: how a palette looks to readers with colour-vision deficiency, and how far apart.

Takes ``#RRGGBB`` colours; :func:`simulate` returns the colour as a reader with deuteranopia,
protanopia or tritanopia sees it (Machado, Oliveira and Fernandes 2009, severity 1, applied to
linear sRGB), :func:`delta_e` the CIEDE2000 difference of two colours, and :func:`closest_pair`
the two colours of a palette that a given reader tells apart least. The theme's chart colours are
tested with these (``tests/test_palette.py``): colour must never be the only cue, but where it
helps it must help every reader. Pure arithmetic, no dependency.
"""

from __future__ import annotations

import enum
import itertools
import math
from collections.abc import Sequence

from briefing.theme import hex_to_rgb


class Vision(enum.StrEnum):
    """Who looks: full colour vision, or one of the three dichromacies."""

    NORMAL = "normal"
    DEUTERANOPIA = "deuteranopia"
    PROTANOPIA = "protanopia"
    TRITANOPIA = "tritanopia"


Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]

#: Machado et al. (2009), severity 1.0, on linear RGB.
MACHADO_2009: dict[Vision, Matrix] = {
    Vision.NORMAL: ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    Vision.PROTANOPIA: ((0.152286, 1.052583, -0.204868),
                        (0.114503, 0.786281, 0.099216),
                        (-0.003882, -0.048116, 1.051998)),
    Vision.DEUTERANOPIA: ((0.367322, 0.860646, -0.227968),
                          (0.280085, 0.672501, 0.047413),
                          (-0.011820, 0.042940, 0.968881)),
    Vision.TRITANOPIA: ((1.255528, -0.076749, -0.178779),
                        (-0.078411, 0.930809, 0.147602),
                        (0.004733, 0.691367, 0.303900)),
}

RGB = tuple[float, float, float]


def _to_linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _to_srgb(channel: float) -> float:
    channel = min(max(channel, 0.0), 1.0)
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def _rgb(colour: str) -> RGB:
    r, g, b = hex_to_rgb(colour)
    return r / 255, g / 255, b / 255


def simulate(colour: str, vision: Vision) -> RGB:
    """``colour`` as ``vision`` sees it, as sRGB channels in 0..1."""
    linear = [_to_linear(c) for c in _rgb(colour)]
    m = MACHADO_2009[vision]
    seen = [sum(m[row][k] * linear[k] for k in range(3)) for row in range(3)]
    return _to_srgb(seen[0]), _to_srgb(seen[1]), _to_srgb(seen[2])


def _lab(rgb: RGB) -> RGB:
    """sRGB (0..1, D65) -> CIELAB."""
    r, g, b = (_to_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: RGB, lab2: RGB) -> float:
    """The CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = (-2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def delta_e(first: str, second: str, vision: Vision = Vision.NORMAL) -> float:
    """How far apart ``first`` and ``second`` look to ``vision`` (CIEDE2000; about 2 is just noticeable)."""
    return ciede2000(_lab(simulate(first, vision)), _lab(simulate(second, vision)))


def closest_pair(colours: Sequence[str], vision: Vision) -> tuple[float, str, str]:
    """The two of ``colours`` that ``vision`` tells apart least, and their difference."""
    return min((delta_e(a, b, vision), a, b) for a, b in itertools.combinations(colours, 2))
