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
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from briefing.model.units import (
    CONTEXT_CODES,
    MINOR_NAMES,
    SHARED_NAMES,
    currency_names,
    is_currency,
)

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
def _alternation(words: list[str]) -> str:
    """A regular expression matching any of ``words``, longest first, spaces as any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=len, reverse=True))


def _prefix_re() -> str:
    """Symbols and codes before a number: CLDR's ("CA$", "₩") and the press's ("C$", "US$", "Rs")."""
    table = currency_names()
    # ISO codes by name, never any three capitals: "GDP 3%" is no amount of money.
    return rf"(?:{_alternation(list(table.prefixes))}|\$|(?:{_alternation(list(table.codes))}|RMB|Rs\.?)\s?(?=\d))"


def _suffix_re() -> str:
    """Currency names after a number, any case: "euros", "Argentine pesos", "Swiss francs", "zlotys"."""
    names = [n for n in currency_names().names if n not in _NOT_SUFFIXES]
    return rf"(?i:{_alternation(names)}|pence|penny)(?![\w])"


#: Currency names that are also plain words after a number ("5 real reasons", "3 rand"-less text).
_NOT_SUFFIXES = {"real", "won", "rand", "lek", "lira", "som", "mark", "kip", "vatu", "tala", "pula", "loti"}
#: "40 cents", "50 kopeks", "Australian cents": a hundredth of a currency.
_MINOR_RE = (r"(?P<adj>(?:US|Australian|Canadian|euro|Hong\sKong|New\sZealand|Singapore)\s)?"
             r"(?P<minor>cents?|kopeks?|kopecks|centavos?|paise|centimes|eurocents?)(?![\w])")
_MINOR_ADJECTIVES = {"us": "USD", "australian": "AUD", "canadian": "CAD", "euro": "EUR", "hong kong": "HKD",
                     "new zealand": "NZD", "singapore": "SGD"}
_WORD_NUMS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
}
_WORD_NUM_RE = r"(?:a\shundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"fifteen|twenty|thirty|forty|fifty|hundred)"
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"),
              "three-quarters": Decimal("0.75"), "three quarters": Decimal("0.75")}

def _patterns() -> list[tuple[str, str]]:
    """The spellings of figures, as (kind, regular expression) pairs, in the order tried."""
    _PREFIX_RE, _SUFFIX_RE = _prefix_re(), _suffix_re()
    return [
        # "$1-2 billion", "US$850m", "€1.2bn", "RMB 10 billion", "¥300bn", "-$5m", "£2.50"
        ("money_pre", rf"(?P<neg>[-−])?(?P<pre>{_PREFIX_RE})(?:(?P<lo>{_NUM})\s?[-–]\s?)?"
                      rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?(?:[\s-]?(?P<suf>{_SUFFIX_RE}))?"),
        ("minor", rf"(?P<num>{_NUM})\s{_MINOR_RE}"),
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


@lru_cache(maxsize=1)
def _master() -> re.Pattern[str]:
    """Every spelling in one expression (built once: the currency names come from the CLDR table)."""
    return re.compile("|".join(f"(?P<{name}>{body.replace('(?P<', f'(?P<{name}_')})" for name, body in _patterns()))
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


def _suffix_unit(text: str, shared: Mapping[str, str]) -> str:
    """The ISO code a currency name stands for; a name several currencies share ("pesos") takes
    the one of the country the article is about (``shared``), else the most common one."""
    name = " ".join(text.lower().split())
    if name in ("pence", "penny"):
        return "GBp"
    code = currency_names().names.get(name, "")
    if not code or name in SHARED_NAMES:
        code = shared.get(name) or SHARED_NAMES.get(name, code)
    return code


def _prefix_unit(prefix: str, context: str) -> str:
    prefix = prefix.strip()
    table = currency_names()
    code = table.prefixes.get(prefix, "")
    if not code and prefix in table.codes:
        code = prefix  # "EUR 10m", "CHF 5bn": an ISO code before the number
    # "¥" is the yen's sign and the yuan's; only a mention of the yuan makes it Chinese money.
    if code == "JPY" and re.search(r"\b(?:yuan|renminbi|RMB)\b", context, re.I):
        return "CNY"
    return code


def _context_currency(context: str) -> str:
    for match in re.finditer(r"\b(yuan|renminbi|rupee|yen|euro|rouble|ruble|won|rupiah|peso|"
                             r"sterling|pound)s?\b", context, re.I):
        return CONTEXT_CODES[match.group(1).lower()]
    return ""


def shared_currency_names(text: str) -> dict[str, str]:
    """For names several currencies share ("pesos", "dollars", "dinars"), the currency of the
    country ``text`` names most: an article about Argentina writes ARS when it says "pesos"."""
    table = currency_names()
    counts: dict[str, int] = {}
    lower = text.lower()
    for country, code in table.by_country.items():
        if len(country) > 3 and country in lower:
            counts[code] = counts.get(code, 0) + lower.count(country)
    out: dict[str, str] = {}
    for name in SHARED_NAMES:
        singular = name[:-1] if name.endswith("s") else name
        matching = [(n, code) for code, n in counts.items()
                    if any(cn.endswith(singular) or cn.endswith(name) for cn, c in table.names.items() if c == code)]
        if matching:
            out[name] = max(matching)[1]
    return out


def _read(kind: str, g: dict[str, str | None], sentence: str, context: str,
          shared: Mapping[str, str]) -> tuple[Decimal, str] | None:
    """(value, unit) of one match of pattern ``kind``; None when the spelling is not a figure."""
    num = g.get("num")
    if kind in ("money_pre", "money_suf"):
        unit = _prefix_unit(g["pre"] or "", context) if g.get("pre") else ""
        if not unit and g.get("suf"):
            unit = _suffix_unit(g["suf"] or "", shared)
        if not unit:
            return None
        return _number(num or "0") * _scale(g.get("scale")), unit
    if kind == "pence":
        return _number(num or "0"), "GBp"
    if kind == "minor":  # "40 cents" is $0.40; the sentence's dollar, euro or rouble decides which
        adjective = " ".join((g.get("adj") or "").lower().split())
        minor = (g.get("minor") or "").lower()
        code = _MINOR_ADJECTIVES.get(adjective) or MINOR_NAMES.get(minor, "")
        if not code:
            prefix = re.search(_prefix_re(), sentence)
            code = _prefix_unit(prefix.group(), context) if prefix else "USD"
        return _number(num or "0") / 100, code or "USD"
    if kind == "half_money":
        return Decimal("0.5") * _scale(g.get("scale")), _suffix_unit(g["suf"] or "", shared)
    if kind == "word_money":
        word = (g["word"] or "").lower().replace("\n", " ")
        return Decimal(_WORD_NUMS[word]) * _scale(g.get("scale")), _suffix_unit(g["suf"] or "", shared)
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
    for match in _master().finditer(readable):
        kind, g = _groups(match)
        read = _read(kind, g, sentence, context, shared or {})
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
            low = _number(g["lo"] or "0") * _scale(g.get("scale"))
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
