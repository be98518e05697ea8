"""Units of figures, in one place: currencies and their minor units, percentages, points, multiples.

A figure's ``unit`` is an ISO 4217 currency code (``USD``), a minor unit (``GBp``: pence, the
market's spelling, since ISO 4217 has no code for a minor unit), ``%``, ``pp`` (percentage points)
or ``x`` (a multiple). This module says which units are money, what each is called, which symbol
the shipped fonts draw for it, and how a value is written for people (``$2.4bn``, ``274.5p``,
``+82%``). The extractor's spellings of currencies (``$``, ``HK$``, ``euros``, ``roubles``) are
here too, so reading and writing a currency use the same table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PERCENT = "%"
POINTS = "pp"
MULTIPLE = "x"
#: A true minus sign reads better than a hyphen in a chart label.
MINUS = "\u2212"


@dataclass(frozen=True)
class MinorUnit:
    """A currency's hundredth as its own unit: ``274.5 pence`` is 274.5 ``GBp``, not 2.745 ``GBP``."""

    code: str
    major: str
    per_major: int
    name: str
    suffix: str


MINOR_UNITS = {"GBp": MinorUnit("GBp", "GBP", 100, "pence", "p")}

#: Symbols the shipped fonts draw; other currencies are written with their code ("1.2bn CNY").
SYMBOLS = {"USD": "$", "GBP": "\u00a3", "EUR": "\u20ac", "JPY": "\u00a5"}

#: What an axis or a heading calls a unit.
UNIT_NAMES = {"USD": "US dollars", "GBP": "pounds sterling", "EUR": "euros", "JPY": "yen", "CNY": "yuan",
              "INR": "rupees", "GBp": "pence", PERCENT: "per cent", POINTS: "percentage points",
              MULTIPLE: "multiple"}

# --- spellings the extractor reads ------------------------------------------------------------

#: Written before the number: "$2.4bn", "HK$5m", "Rs 40 crore", "EUR 10m".
PREFIX_CODES = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\u20b9": "INR",
    "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NZ$": "NZD", "RMB": "CNY",
    "Rs": "INR", "Rs.": "INR", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "CNY": "CNY",
    "JPY": "JPY", "INR": "INR",
}
#: Written after the number, singular: "10 billion yuan", "274.5 pence", "1.8bn euros".
SUFFIX_CODES = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupiah": "IDR", "rupee": "INR", "rouble": "RUB",
    "ruble": "RUB", "won": "KRW", "franc": "CHF", "pence": "GBp", "penny": "GBp", "p": "GBp",
}
#: A currency named nearby gives a bare rate ("8.28 to the dollar") its currency.
CONTEXT_CODES = {
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "yen": "JPY", "euro": "EUR",
    "rouble": "RUB", "ruble": "RUB", "won": "KRW", "rupiah": "IDR", "peso": "MXN",
    "real": "BRL", "sterling": "GBP", "pound": "GBP",
}


def is_currency(unit: str) -> bool:
    """An ISO 4217 code: three capital letters."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def is_money(unit: str) -> bool:
    """A currency or a currency's minor unit (pence)."""
    return is_currency(unit) or unit in MINOR_UNITS


def is_change_unit(unit: str) -> bool:
    """Percentages and percentage points: units in which a figure is usually a change."""
    return unit in (PERCENT, POINTS)


def unit_name(unit: str) -> str:
    """``"USD"`` -> ``"US dollars"``, ``"%"`` -> ``"per cent"``; the code itself when it has no name here."""
    return UNIT_NAMES.get(unit, unit)


# --- writing values -----------------------------------------------------------------------------

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def _trim(number: float, digits: int) -> str:
    text = f"{number:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_amount(value: float, unit: str) -> str:
    """A money amount compactly: ``2.4e9, "USD"`` -> ``$2.4bn``; ``75e6, "GBP"`` -> ``£75m``;
    ``274.5, "GBp"`` -> ``274.5p``; a currency without a drawable symbol keeps its code."""
    if not math.isfinite(value):
        return f"{value} {unit}"
    sign = MINUS if value < 0 else ""
    size = abs(value)
    minor = MINOR_UNITS.get(unit)
    if minor is not None:
        return f"{sign}{_trim(size, 2)}{minor.suffix}"
    scaled, suffix = size, ""
    for factor, name in _SCALES:
        if size >= factor:
            scaled, suffix = size / factor, name
            break
    digits = 2 if scaled < 10 else 1 if scaled < 100 else 0
    number = _trim(scaled, digits) + suffix
    symbol = SYMBOLS.get(unit)
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {unit}"


def format_quantity(value: float, unit: str, signed: bool = False) -> str:
    """A value with its unit: money as :func:`format_amount`, others as ``+82%``, ``−0.5 pp``, ``3x``;
    ``signed`` puts ``+`` before positive values that are not money."""
    if is_money(unit):
        return format_amount(value, unit)
    if not math.isfinite(value):
        return f"{value} {unit}"
    digits = 2 if abs(value) < 10 else 1
    number = _trim(abs(value), digits)
    sign = MINUS if value < 0 else ("+" if signed and value > 0 else "")
    written = {PERCENT: "%", POINTS: " pp", MULTIPLE: MULTIPLE}.get(unit, f" {unit}")
    return f"{sign}{number}{written}"
