"""How figures are written for people: "$2.4bn", "+82%", "−5.5 pp", "25 November 2026".

Takes model values; returns display strings. Charts, deck and memo all use these, so a number is
spelled the same way on a slide, in the memo and in alt text.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata

from briefing.model.types import Figure

_CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}  # symbols the shipped fonts draw
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
MINUS = "\u2212"  # a true minus sign reads better than a hyphen in a chart label


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_amount(value: float, unit: str) -> str:
    """A money amount compactly: ``2.4e9, "USD"`` -> ``$2.4bn``; ``75e6, "GBP"`` -> ``£75m``."""
    if not math.isfinite(value):
        return f"{value} {unit}"
    sign = MINUS if value < 0 else ""
    size = abs(value)
    scaled, suffix = size, ""
    for factor, name in _SCALES:
        if size >= factor:
            scaled, suffix = size / factor, name
            break
    digits = 2 if scaled < 10 else 1 if scaled < 100 else 0
    number = _trim(scaled, digits) + suffix
    if unit == "GBp":
        return f"{sign}{_trim(size, 2)}p"
    symbol = _CURRENCY_SYMBOLS.get(unit)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {unit}"


def format_value(figure: Figure, signed: bool = False) -> str:
    """A figure's value with its unit; ``signed`` puts ``+`` before positive changes."""
    value, unit = figure.value, figure.unit
    if figure.is_money or unit == "GBp":
        text = format_amount(value, unit)
    elif not math.isfinite(value):
        text = f"{value} {unit}"
    else:
        digits = 2 if abs(value) < 10 else 1
        number = _trim(abs(value), digits)
        sign = MINUS if value < 0 else ("+" if signed and value > 0 else "")
        text = f"{sign}{number}{'%' if unit == '%' else ' pp' if unit == 'pp' else unit if unit == 'x' else ' ' + unit}"
    return ("~" + text) if figure.approximate else text


def format_date(day: datetime.date) -> str:
    """``2026-11-25`` -> ``25 November 2026`` (no locale: the same bytes on every machine)."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def describe_figure(figure: Figure) -> str:
    """``Micron Q3 revenue growth: +82%`` — the label used in alt text, notes and sources."""
    who = f"{figure.subject} " if figure.subject else ""
    when = f" ({figure.period})" if figure.period and figure.period not in figure.metric else ""
    signed = not (figure.is_money or figure.unit == "GBp")
    return f"{who}{figure.metric}{when}: {format_value(figure, signed=signed)}"


def provenance(figure: Figure) -> str:
    """Where a figure comes from, as printed beside it in the sources: the sentence it stands in."""
    return figure.sentence


def bar_label(figure: Figure) -> str:
    """What a bar measures on a chart: the metric, and its period when the metric lacks it."""
    period = f" ({figure.period})" if figure.period and figure.period not in figure.metric else ""
    return f"{figure.metric}{period}"


#: Long enough to recognise the story, short enough for every file system and mail client.
MAX_SLUG = 60
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def slugify(headline: str) -> str:
    """A safe file stem from a headline: ASCII letters, digits and hyphens, at most MAX_SLUG long.

    ``"Innotron Invests $2.4B in Shanghai"`` -> ``innotron-invests-2-4b-in-shanghai``. A headline
    with nothing usable (emoji, Chinese only) gives ``briefing``; Windows device names are suffixed.
    """
    ascii_text = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug:
        return "briefing"
    if slug in _WINDOWS_RESERVED:
        return f"{slug}-briefing"
    return slug
