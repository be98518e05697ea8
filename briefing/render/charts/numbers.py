"""One number format per chart: every value label of a chart in the same scale and decimals.

Takes the figures a chart (or one panel) draws; :func:`number_format` returns a function that
writes each of them: money in the largest scale (bn, m, k) in which every value is exact to two
decimals and none is below one (``$1,130m`` beside ``$639m``, never ``$1.13bn`` beside
``$0.64bn``), percentages and other units with the decimals the most precise value needs
(``+82.0%`` beside ``−5.5%``). A value is never rounded away: the format is chosen so that each
figure's value is written in full.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from briefing.model.types import Figure
from briefing.model.units import MINOR_UNITS, MINUS, SYMBOLS, is_money

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"), (1.0, ""))
#: More decimals than this on a slide is noise; a value that needs more gets a smaller scale.
MAX_DECIMALS = 2


def decimals_needed(number: float, limit: int = 3) -> int | None:
    """The fewest decimals that write ``number`` exactly (to a billionth of it), None past ``limit``."""
    for digits in range(limit + 1):
        if abs(round(number, digits) - number) <= 1e-9 * max(1.0, abs(number)):
            return digits
    return None


def _scale(values: Sequence[float]) -> tuple[float, str, int]:
    """The largest scale in which every value needs at most MAX_DECIMALS and none is written below
    one (``€1,500m`` beside ``€650m``, not ``€1.50bn`` beside ``€0.65bn``), and the decimals then."""
    bottom = min((abs(v) for v in values if v), default=0.0)
    for factor, suffix in _SCALES:
        if bottom < factor and factor > 1.0:
            continue
        needed = [decimals_needed(abs(v) / factor, MAX_DECIMALS) for v in values]
        if all(n is not None for n in needed):
            return factor, suffix, max((n for n in needed if n is not None), default=0)
    return 1.0, "", MAX_DECIMALS


def _number(value: float, digits: int) -> str:
    return f"{abs(value):,.{digits}f}"


def number_format(figures: Sequence[Figure], signed: bool = False) -> Callable[[Figure], str]:
    """A writer of ``figures``' values in one format; ``signed`` puts ``+`` before positive values
    that are not money (changes). Every figure must share one unit (a chart's figures do)."""
    values = [f.value for f in figures if math.isfinite(f.value)]
    unit = figures[0].unit if figures else ""
    minor = MINOR_UNITS.get(unit)
    money = is_money(unit)
    if money and minor is None:
        factor, suffix, digits = _scale(values)
    else:
        needed = [decimals_needed(abs(v), MAX_DECIMALS) for v in values]
        factor, suffix, digits = 1.0, "", max((n if n is not None else MAX_DECIMALS for n in needed), default=0)

    def write(figure: Figure) -> str:
        value = figure.value
        if not math.isfinite(value):
            return f"{value} {figure.unit}"
        sign = MINUS if value < 0 else ("+" if signed and not money and value > 0 else "")
        number = _number(value / factor, digits)
        if minor is not None:
            text = f"{sign}{number}{minor.suffix}"
        elif money:
            symbol = SYMBOLS.get(unit)
            text = f"{sign}{symbol}{number}{suffix}" if symbol else f"{sign}{number}{suffix} {unit}"
        else:
            written = {"%": "%", "pp": " pp", "x": "x"}.get(unit, f" {unit}")
            text = f"{sign}{number}{written}"
        return ("~" + text) if figure.approximate else text

    return write
