"""Spelled quantities in a sentence: money, percentages, percentage points, multiples.

Takes one sentence (plus, optionally, the text around it for currency hints such as "yuan") and
returns :class:`Quantity` items: the exact span written, its value in base units as an exact
``Decimal`` (``$1.13bn`` -> 1130000000), its unit (ISO 4217 code, ``%``, ``pp``, ``GBp`` for pence,
``x``) and the role it plays (``main``, ``range-low``, ``range-high``, or ``alt`` for a conversion
in brackets). Meaning (sign of a change, subject, metric) is decided by :mod:`briefing.extract`;
this module only reads spellings, so anything it returns is derivable from the text.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from briefing.model.units import CONTEXT_CODES, PREFIX_CODES, SUFFIX_CODES, is_currency

__all__ = ["Quantity", "QuantityRole", "find_quantities", "to_float"]


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


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = {
    "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9,
    "million": 10**6, "mn": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3,
    "crore": 10**7, "lakh": 10**5,
}
# Full words need a space before them; short forms are glued on ("$2.4bn", "$900m", "$2.4B").
_SCALE = r"(?:\s?(?i:trillion|billion|million|thousand|crore|lakh)|\s?(?:tn|bn|mn)|[mbBk])(?![\w])"
_PREFIX_RE = (
    r"(?:US\$|U\.S\.\$|HK\$|A\$|C\$|S\$|NZ\$|\$|€|£|¥|₹|(?:RMB|Rs\.?|EUR|USD|GBP|CNY|JPY|INR)\s?)"
)
_SUFFIX_RE = (
    r"(?:(?:US\s)?dollars?|euros?|pounds?(?:\ssterling)?|sterling|yen|yuan|renminbi|rupiah|"
    r"rupees?|roubles?|rubles?|won|(?:Swiss\s)?francs?|pence|penny)(?![\w])"
)
_WORD_NUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
}
_WORD_NUM_RE = r"(?:a\shundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"fifteen|twenty|thirty|forty|fifty|hundred)"
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"),
              "three-quarters": Decimal("0.75"), "three quarters": Decimal("0.75")}

_PATTERNS: list[tuple[str, str]] = [
    # "$1-2 billion", "US$850m", "€1.2bn", "RMB 10 billion", "¥300bn", "-$5m", "£2.50"
    ("money_pre", rf"(?P<neg>[-−])?(?P<pre>{_PREFIX_RE})(?:(?P<lo>{_NUM})\s?[-–]\s?)?"
                  rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?(?:[\s-]?(?P<suf>{_SUFFIX_RE}))?"),
    # "1.8bn euros", "10 billion yuan", "274.5 pence", "4bn-euro", "150-300 euros"
    ("money_suf", rf"(?P<neg>[-−])?(?:(?P<lo>{_NUM})\s?[-–]\s?)?(?P<num>{_NUM})"
                  rf"(?P<scale>{_SCALE})?[\s-](?P<suf>{_SUFFIX_RE})"),
    ("pence", rf"(?P<num>{_NUM})p(?![\w])"),
    # "half a trillion dollars", "four pence", "one-euro", "ten million euros"
    ("half_money", rf"\b(?P<frac>half)\sa\s(?P<scale>trillion|billion|million)\s(?P<suf>{_SUFFIX_RE})"),
    ("word_money", rf"\b(?P<word>{_WORD_NUM_RE})(?:[\s-](?P<scale>trillion|billion|million|"
                   rf"thousand))?[\s-](?P<suf>{_SUFFIX_RE})"),
    # "5.5%", "-3.2 per cent", "0.7-0.8%", "5.5 percent"
    ("percent", rf"(?P<neg>[-−])?(?:(?P<lo>{_NUM})\s?[-–]\s?)?(?P<num>{_NUM})"
                r"\s?(?:%|per\s?cent(?![\w])|percent(?![\w]))"),
    ("pp", rf"(?P<neg>[-−])?(?P<num>{_NUM})\s?(?:percentage[\s-]points?|ppts?(?![\w])|pp(?![\w]))"),
    ("bp", rf"(?P<neg>[-−])?(?P<num>{_NUM})\s?(?:basis[\s-]points?|bps?(?![\w]))"),
    # "a quarter of a point", "half a point", "half-point", "quarter-point" (rates only)
    ("frac_point", r"\b(?:a\s)?(?P<frac>half|quarter|three[\s-]quarters)(?:\sof)?"
                   r"(?:\sa)?[\s-](?:percentage\s)?point(?![\w])"),
    ("num_point", rf"(?P<num>{_NUM})\s(?:percentage\s)?points?(?![\w])"),
    ("multiple", rf"(?P<num>{_NUM})(?:x|-fold)(?![\w])"),
    # "8.28 to the dollar", "43.305 per US dollar": an exchange rate, currency from context
    ("rate", r"(?P<num>\d+\.\d+|\d+)\s(?:to\sthe|per|a|against\sthe)\s(?:US\s)?dollar(?![\w])"),
    # "up from 38m": a bare short-scaled amount, which takes the sentence's currency
    ("bare", rf"(?<=from\s|than\s|with\s)(?P<num>{_NUM})(?P<scale>bn|mn|tn|m)(?![\w])(?!\s[a-z]{{3,}})"),
]
_MASTER = re.compile(
    "|".join(f"(?P<{name}>{body.replace('(?P<', f'(?P<{name}_')})" for name, body in _PATTERNS)
)
_RATE_WORDS = re.compile(r"\b(?:rates?|interest|borrowing costs|base rate|yields?)\b", re.I)


def to_float(value: Decimal) -> float:
    """A float for the model, rounded so 1.13bn is 1130000000.0, not 1129999999.9999."""
    # Rounding to 6 places needs more digits than the default context has for huge amounts;
    # those are whole numbers at float precision anyway.
    if value.adjusted() >= 20:
        return float(value)
    return float(round(value, 6))


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _scale(text: str | None) -> int:
    if not text:
        return 1
    key = text.strip()
    if key == "B":
        return _SCALE_WORDS["b"]  # "$2.4B"
    return _SCALE_WORDS.get(key.lower(), 1)


def _suffix_unit(text: str) -> str:
    word = text.lower().split()[-1] if text.split() else text.lower()
    if word.endswith("s") and word.rstrip("s") in SUFFIX_CODES:
        word = word.rstrip("s")
    if word == "pence" or word == "penny":
        return "GBp"
    if word in ("pound", "pounds") or "sterling" in text.lower():
        return "GBP"
    return SUFFIX_CODES.get(word, SUFFIX_CODES.get(word.rstrip("s"), ""))


def _prefix_unit(prefix: str, context: str) -> str:
    code = PREFIX_CODES.get(prefix.strip(), "")
    # "¥" is the yen's sign and the yuan's; only a mention of the yuan makes it Chinese money.
    if code == "JPY" and re.search(r"\b(?:yuan|renminbi|RMB)\b", context, re.I):
        return "CNY"
    return code


def _context_currency(context: str) -> str:
    for match in re.finditer(r"\b(yuan|renminbi|rupee|yen|euro|rouble|ruble|won|rupiah|peso|"
                             r"sterling|pound)s?\b", context, re.I):
        return CONTEXT_CODES[match.group(1).lower()]
    return ""


def _read(kind: str, g: dict[str, str | None], sentence: str, context: str) -> tuple[Decimal, str] | None:
    """(value, unit) of one match of pattern ``kind``; None when the spelling is not a figure."""
    num = g.get("num")
    if kind in ("money_pre", "money_suf"):
        unit = _prefix_unit(g["pre"] or "", context) if g.get("pre") else ""
        if not unit and g.get("suf"):
            unit = _suffix_unit(g["suf"] or "")
        if not unit:
            return None
        return _number(num or "0") * _scale(g.get("scale")), unit
    if kind == "pence":
        return _number(num or "0"), "GBp"
    if kind == "half_money":
        return Decimal("0.5") * _scale(g.get("scale")), _suffix_unit(g["suf"] or "")
    if kind == "word_money":
        word = (g["word"] or "").lower().replace("\n", " ")
        return Decimal(_WORD_NUMS[word]) * _scale(g.get("scale")), _suffix_unit(g["suf"] or "")
    if kind == "percent":
        return _number(num or "0"), "%"
    if kind == "pp":
        return _number(num or "0"), "pp"
    if kind == "bp":
        return _number(num or "0") / 100, "pp"
    if kind in ("frac_point", "num_point"):
        # "a quarter of a point" is only a figure when the sentence is about interest rates.
        if not (_RATE_WORDS.search(sentence) or _RATE_WORDS.search(context)):
            return None
        if kind == "frac_point":
            frac = re.sub(r"[\s-]", " ", (g["frac"] or "").lower())
            return _FRACTIONS.get(frac, _FRACTIONS.get(frac.replace(" ", "-"), Decimal(0))), "pp"
        return _number(num or "0"), "pp"
    if kind == "multiple":
        return _number(num or "0"), "x"
    if kind == "rate":
        unit = _context_currency(sentence) or _context_currency(context)
        return (_number(num or "0"), unit) if unit else None
    if kind == "bare":
        return _number(num or "0") * _scale(g.get("scale")), ""  # currency filled in by caller
    return None


def _groups(match: re.Match[str]) -> tuple[str, dict[str, str | None]]:
    kind = match.lastgroup or ""
    prefix = kind + "_"
    return kind, {k[len(prefix):]: v for k, v in match.groupdict().items() if k.startswith(prefix)}


def find_quantities(sentence: str, context: str = "") -> list[Quantity]:
    """Every money amount, percentage, percentage-point change and multiple written in
    ``sentence``, in order. ``context`` (nearby text) only helps name a currency."""
    found: list[Quantity] = []
    for match in _MASTER.finditer(sentence):
        kind, g = _groups(match)
        read = _read(kind, g, sentence, context)
        if read is None:
            continue
        value, unit = read
        start, end = match.span()
        negative = bool(g.get("neg"))
        if negative:
            start += 1  # the quote is the figure; the sign is kept in ``negative``
        quote = sentence[start:end]
        quantity = Quantity(value, unit, start, end, quote.strip(), negative=negative)
        if g.get("lo"):
            # "$1-2 billion", "0.7-0.8%": the low end shares the high end's unit and scale.
            low = _number(g["lo"] or "0") * _scale(g.get("scale"))
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
            extra.append(Quantity(_number(match.group()), rates[0].unit, match.start(),
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
_ALT_LINK = re.compile(r"^\s*[(;]\s*$")


def _mark_roles(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Conversions in brackets become ``alt``; "a 3% to 3.5% rise", "3-3.5%" and "between 20%
    and 30%" become a range (but "from 49% to 74%" is two levels, a before and an after)."""
    out = list(found)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if cur.is_currency and prev.is_currency and cur.unit != prev.unit and (
                _ALT_LINK.match(sentence[prev.end:cur.start])):
            out[i] = replace(cur, role=QuantityRole.ALT)
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
