"""Spelled quantities in a sentence: money, percentages, percentage points, multiples.

Takes one sentence (plus, optionally, the text around it for currency hints such as "yuan") and
returns :class:`Quantity` items: the exact span written, its value in base units as an exact
``Decimal`` (``$1.13bn`` -> 1130000000), its unit (ISO 4217 code, ``%``, ``pp``, ``GBp`` for pence,
``x``) and the role it plays (``main``, ``range-low``, ``range-high``, or ``alt`` for a conversion
in brackets). Meaning (sign of a change, subject, metric) is decided by :mod:`briefing.extract`;
this module only reads spellings (their patterns are :mod:`.spellings`), so anything it returns is
derivable from the text.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from briefing.extract.spellings import (
    number,
    read_spelling,
    scale_of,
    shared_currency_names,
    spelling_groups,
    spelling_pattern,
)
from briefing.model.units import is_currency

__all__ = ["Quantity", "QuantityRole", "find_quantities", "malformed_amounts", "shared_currency_names", "to_float"]


class QuantityRole(enum.StrEnum):
    """A figure's part in its sentence (see :class:`~briefing.model.Role`), or ``ALT``: the same
    amount restated in another currency in brackets, which is not a figure of its own."""

    MAIN = "main"
    RANGE_LOW = "range-low"
    RANGE_HIGH = "range-high"
    ALT = "alt"


@dataclass(frozen=True)
class Quantity:
    """One quantity as written: ``sentence[start:end] == quote``."""

    value: Decimal
    unit: str
    start: int
    end: int
    quote: str
    role: QuantityRole = QuantityRole.MAIN
    negative: bool = False  # written with a minus sign

    @property
    def is_currency(self) -> bool:
        """An amount in a currency's main unit (pence are not: "£2.50 (250p)" is no conversion)."""
        return is_currency(self.unit)




def to_float(value: Decimal) -> float:
    """A float for the model, rounded so 1.13bn is 1130000000.0, not 1129999999.9999."""
    # Rounding to 6 places needs more digits than the default context has for huge amounts;
    # those are whole numbers at float precision anyway.
    if value.adjusted() >= 20:
        return float(value)
    return float(round(value, 6))



# "$1,4571": digits grouped by commas in any way but threes. No figure is read from such an amount:
# reading "$1,457" and a stray "1" would state a number the article does not.
_GROUPED = re.compile(r"\d+(?:,\d+)+(?:\.\d+)?")
# "$1e308", "1e309%": a computer's notation, not the press's; "$1" and "309%" are not what it says.
_SCIENTIFIC = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE][+-]?\d+(?![\w.])")


def malformed_amounts(sentence: str) -> list[tuple[str, str]]:
    """The numbers of ``sentence`` no figure may be read from, each with why: digits grouped by
    commas in anything but threes ("1,4571") or written in scientific notation ("1e308")."""
    bad = [(m.group(), "its digits are not grouped in threes") for m in _GROUPED.finditer(sentence)
           if len(m.group().split(",")[0]) > 3 or any(len(g.split(".")[0]) != 3 for g in m.group().split(",")[1:])]
    return bad + [(m.group(), "it is written in scientific notation") for m in _SCIENTIFIC.finditer(sentence)]


def find_quantities(sentence: str, context: str = "", shared: Mapping[str, str] | None = None) -> list[Quantity]:
    """Every money amount, percentage, percentage-point change and multiple written in
    ``sentence``, in order. ``context`` (nearby text) only helps name a currency; ``shared`` gives
    the currency of names several currencies share (see :func:`shared_currency_names`). A number
    whose thousands separators are not in threes gives no figure (see :func:`malformed_amounts`)."""
    found: list[Quantity] = []
    readable = sentence
    for bad, _ in malformed_amounts(sentence):
        at = readable.find(bad)
        readable = readable[:at] + "#" * len(bad) + readable[at + len(bad):]
    for match in spelling_pattern().finditer(readable):
        kind, g = spelling_groups(match)
        read = read_spelling(kind, g, sentence, context, shared or {})
        if read is None:
            continue
        value, unit = read
        start, end = match.span()
        if re.match(r"^[\s-]?(?:zone|area)\b", readable[end:], re.I):
            continue  # "the 12 Euro zone countries": a bloc, not 12 euros
        negative = bool(g.get("neg"))
        if negative:
            start += 1  # the quote is the figure; the sign is kept in ``negative``
        quote = sentence[start:end]
        quantity = Quantity(value, unit, start, end, quote.strip(), negative=negative)
        if g.get("lo"):
            # "$1-2 billion", "0.7-0.8%": the low end shares the high end's unit and scale.
            low = number(g["lo"] or "0") * scale_of(g.get("scale"))
            groups = (g.get("num") or "").count(",")
            if groups and "," not in (g["lo"] or "") and low * 1000 ** groups <= to_float(value):
                # "$50-100,000": the low end is written without the thousands it shares (50,000).
                low *= 1000 ** groups
            found.append(replace(quantity, value=low, role=QuantityRole.RANGE_LOW))
            quantity = replace(quantity, role=QuantityRole.RANGE_HIGH)
        found.append(quantity)
    found = _mark_roles(sentence, _rates_restated(sentence, found))
    return _fill_bare_currency(found)


def _rates_restated(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """"climbed to 43.305 per US dollar, up from a close of 43.41": once a sentence states an
    exchange rate, its other plain decimals are the same rate at another time."""
    rates = [q for q in found if q.quote.endswith("dollar") and q.is_currency]
    if not rates:
        return found
    taken = [(q.start, q.end) for q in found]
    extra = []
    for match in re.finditer(r"(?<=\s)\d+\.\d+(?![\d%\w.])", sentence):
        if not any(a <= match.start() < b for a, b in taken):
            extra.append(Quantity(number(match.group()), rates[0].unit, match.start(),
                                  match.end(), match.group()))
    return sorted(found + extra, key=lambda q: q.start)


def _fill_bare_currency(found: list[Quantity]) -> list[Quantity]:
    """"77m euros (...), up from 38m": a bare "38m" takes the currency of the sentence's last
    stated (non-bracketed) amount; without one it is not known to be money and is dropped."""
    out: list[Quantity] = []
    for q in found:
        if q.unit == "":
            money = [m for m in out if m.is_currency and m.role != QuantityRole.ALT]
            if not money:
                continue
            q = replace(q, unit=money[-1].unit)
        out.append(q)
    return out


_PAIR_LINK = re.compile(r"^\s*(?:to|and|-|–)\s*$")
# "($9.37bn; £4.8bn)", "($9.37bn: £4.8bn)": one conversion after another
_ALT_LINK = re.compile(r"^\s*[(;:]\s*$")


def _mark_roles(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Conversions in brackets become ``alt``; "a 3% to 3.5% rise", "3-3.5%" and "between 20%
    and 30%" become a range (but "from 49% to 74%" is two levels, a before and an after)."""
    out = list(found)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if cur.is_currency and prev.is_currency and cur.unit != prev.unit and (
                _ALT_LINK.match(sentence[prev.end:cur.start])):
            out[i] = replace(cur, role=QuantityRole.ALT)
        elif prev.role == QuantityRole.ALT and cur.unit == prev.unit and _PAIR_LINK.match(sentence[prev.end:cur.start]):
            out[i] = replace(cur, role=QuantityRole.ALT)  # "$3.8m to $4.9m (£2m to £2.6m)": the range restated
    kept = [i for i, q in enumerate(out) if q.role != QuantityRole.ALT]
    for a, b in zip(kept, kept[1:]):
        prev, cur = out[a], out[b]
        if prev.role != QuantityRole.MAIN or cur.role != QuantityRole.MAIN or prev.unit != cur.unit:
            continue
        gap = re.sub(r"\([^)]*\)", " ", sentence[prev.end:cur.start])
        if not _PAIR_LINK.match(gap):
            continue
        before = sentence[:prev.start].rstrip().lower().split()
        last = before[-1] if before else ""
        if gap.strip() in ("-", "–") or last in _RANGE_OPENERS:
            out[a] = replace(prev, role=QuantityRole.RANGE_LOW)
            out[b] = replace(cur, role=QuantityRole.RANGE_HIGH)
    return out


# Words before "X to Y" that make it one range rather than a move from X to Y.
_RANGE_OPENERS = {"between", "a", "an", "the", "of", "at", "around", "about", "some", "by"}
