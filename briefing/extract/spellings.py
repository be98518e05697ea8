"""How amounts are spelled: the patterns of money, percentages, points and multiples, and their reading.

:func:`spelling_pattern` is every spelling in one expression (its currency symbols, codes and names
come from CLDR, see :mod:`briefing.model.units`); :func:`read_spelling` turns one match into its
exact value in base units and its unit ("$1.13bn" -> 1130000000 USD; "40 cents" -> 0.40 in the
sentence's currency), or nothing when the spelling is no figure. :mod:`.quantities` finds the
quantities of a sentence with them and decides their roles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache

from briefing.extract.lexicon import DEMONYMS
from briefing.model.units import CONTEXT_CODES, MINOR_NAMES, SHARED_NAMES, currency_names

__all__ = ["number", "read_spelling", "scale_of", "shared_currency_names", "spelling_groups", "spelling_pattern"]


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


#: Currency names that are also plain words after a number ("5 real reasons", "the 100 mark"). "Rand"
#: is none: "6.8bn rand" is South African money.
_NOT_SUFFIXES = {"real", "won", "lek", "lira", "som", "mark", "kip", "vatu", "tala", "pula", "loti"}
#: "40 cents", "50 kopeks", "Australian cents": a hundredth of a currency.
_MINOR_RE = (r"(?P<adj>(?:US|Australian|Canadian|euro|Hong\sKong|New\sZealand|Singapore)\s)?"
             r"(?P<minor>cents?|kopeks?|kopecks|centavos?|paise|centimes|eurocents?)(?![\w])")
_MINOR_ADJECTIVES = {"us": "USD", "australian": "AUD", "canadian": "CAD", "euro": "EUR", "hong kong": "HKD",
                     "new zealand": "NZD", "singapore": "SGD"}
_WORD_NUM_RE = r"(?:a\shundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
    r"fifteen|twenty|thirty|forty|fifty|hundred)"
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"),
              "three-quarters": Decimal("0.75"), "three quarters": Decimal("0.75")}


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: The numbers from one to a hundred as words, either case: "Sixteen", "fifty nine", "twenty-five".
_WORD_PERCENT_RE = "(?:" + "|".join(
    [rf"(?i:{tens})(?:[\s-](?i:{'|'.join(_UNITS)}))?" for tens in _TENS]
    + [rf"(?i:{word})" for word in (*_TEENS, *_UNITS)] + [r"(?i:(?:a|one)\shundred)"]) + ")"


def _word_number(text: str) -> Decimal:
    """"Fifty nine" -> 59, "twenty-five" -> 25, "a hundred" -> 100: a number from one to a hundred in words."""
    words = re.split(r"[\s-]+", text.lower())
    if words[-1] == "hundred":
        return Decimal(100)
    value = 0
    for word in words:
        if word in _TENS:
            value += 20 + 10 * _TENS.index(word)
        elif word in _TEENS:
            value += 10 + _TEENS.index(word)
        elif word in _UNITS:
            value += 1 + _UNITS.index(word)
    return Decimal(value)


#: A minus sign: not a hyphen after a word or a figure ("sub-$100", "$24-$26" are no negatives).
_NEG = r"(?:(?<![\w.,%)\]])(?P<neg>[-−]))?"


def _patterns() -> list[tuple[str, str]]:
    """The spellings of figures, as (kind, regular expression) pairs, in the order tried."""
    _PREFIX_RE, _SUFFIX_RE = _prefix_re(), _suffix_re()
    return [
        # "$1-2 billion", "US$850m", "€1.2bn", "RMB 10 billion", "¥300bn", "-$5m", "£2.50"
        ("money_pre", rf"{_NEG}(?P<pre>{_PREFIX_RE})(?:(?P<lo>{_NUM})\s?[-–]\s?(?:{_PREFIX_RE})?)?"
                      rf"(?P<num>{_NUM})(?P<scale>{_SCALE})?(?:[\s-]?(?P<suf>{_SUFFIX_RE}))?"),
        ("minor", rf"(?P<num>{_NUM})\s{_MINOR_RE}"),
        # "1.8bn euros", "10 billion yuan", "274.5 pence", "4bn-euro", "150-300 euros"
        ("money_suf", rf"{_NEG}(?:(?P<lo>{_NUM})\s?[-–]\s?)?(?P<num>{_NUM})"
                      rf"(?P<scale>{_SCALE})?[\s-](?P<suf>{_SUFFIX_RE})"),
        ("pence", rf"(?P<num>{_NUM})p(?![\w])"),

        # "half a trillion dollars", "four pence", "one-euro", "ten million euros"
        ("half_money", rf"\b(?P<frac>half)\sa\s(?P<scale>trillion|billion|million)\s(?P<suf>{_SUFFIX_RE})"),
        ("word_money", rf"\b(?P<word>{_WORD_NUM_RE})(?:[\s-](?P<scale>trillion|billion|million|"
                       rf"thousand))?[\s-](?P<suf>{_SUFFIX_RE})"),
        # "5.5%", "-3.2 per cent", "0.7-0.8%", "5.5 percent"
        ("percent", rf"{_NEG}(?:(?P<lo>{_NUM})\s?[-–]\s?)?(?P<num>{_NUM})"
                    r"\s?(?:%|per\s?cent(?![\w])|percent(?![\w]))"),
        # "Sixteen percent", "Fifty nine per cent", "twenty-five percent" (a sentence opens with words)
        ("word_percent", rf"\b(?P<word>{_WORD_PERCENT_RE})[\s-](?:per\s?cent(?![\w])|percent(?![\w]))"),
        ("pp", rf"{_NEG}(?P<num>{_NUM})\s?(?:percentage[\s-]points?|ppts?(?![\w])|pp(?![\w]))"),
        ("bp", rf"{_NEG}(?P<num>{_NUM})\s?(?:basis[\s-]points?|bps?(?![\w]))"),
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
def spelling_pattern() -> re.Pattern[str]:
    """Every spelling in one expression (built once: the currency names come from the CLDR table)."""
    return re.compile("|".join(f"(?P<{name}>{body.replace('(?P<', f'(?P<{name}_')})" for name, body in _patterns()))


_RATE_WORDS = re.compile(r"\b(?:rates?|interest|borrowing costs|base rate|yields?)\b", re.I)


def number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def scale_of(text: str | None) -> int:
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


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    """Every demonym ("Danish", "Argentine"), as one expression compiled once."""
    return re.compile(r"\b(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")\b")


def shared_currency_names(text: str) -> dict[str, str]:
    """For names several currencies share ("pesos", "dollars", "dinars"), the currency of the
    country ``text`` names most: an article about Argentina writes ARS when it says "pesos"."""
    table = currency_names()
    counts: dict[str, int] = {}
    lower = text.lower()
    for country, code in table.by_country.items():
        if len(country) > 3 and country in lower:
            counts[code] = counts.get(code, 0) + lower.count(country)
    for demonym in _demonym_pattern().findall(text):  # "Danish brewer Carlsberg": kroner are Denmark's
        code = table.by_country.get(DEMONYMS[demonym].lower(), "")
        if code:
            counts[code] = counts.get(code, 0) + 1
    out: dict[str, str] = {}
    for name in SHARED_NAMES:
        singular = name[:-1] if name.endswith("s") else name
        matching = [(n, code) for code, n in counts.items()
                    if any(cn.endswith(singular) or cn.endswith(name) for cn, c in table.names.items() if c == code)]
        if matching:
            out[name] = max(matching)[1]
    return out


#: The spellings of money: an amount in a currency (or, "bare", one that takes the sentence's currency).
_MONEY_KINDS = ("money_pre", "money_suf", "pence", "minor", "half_money", "word_money", "bare")


def read_spelling(kind: str, g: dict[str, str | None], sentence: str, context: str,
                  shared: Mapping[str, str]) -> tuple[Decimal, str] | None:
    """(value, unit) of one match of pattern ``kind``; None when the spelling is not a figure."""
    if kind in _MONEY_KINDS:
        return _read_money(kind, g, sentence, context, shared)
    return _read_ratio(kind, g, sentence, context)


def _read_money(kind: str, g: dict[str, str | None], sentence: str, context: str,
                shared: Mapping[str, str]) -> tuple[Decimal, str] | None:
    """An amount of money: its value in the currency's main unit, and the currency's code."""
    num = g.get("num")
    if kind in ("money_pre", "money_suf"):
        unit = _prefix_unit(g["pre"] or "", context) if g.get("pre") else ""
        if not unit and g.get("suf"):
            unit = _suffix_unit(g["suf"] or "", shared)
        if not unit:
            return None
        return number(num or "0") * scale_of(g.get("scale")), unit
    if kind == "pence":
        return number(num or "0"), "GBp"
    if kind == "minor":  # "40 cents" is $0.40; the sentence's dollar, euro or rouble decides which
        adjective = " ".join((g.get("adj") or "").lower().split())
        minor = (g.get("minor") or "").lower()
        code = _MINOR_ADJECTIVES.get(adjective) or MINOR_NAMES.get(minor, "")
        if not code:
            prefix = re.search(_prefix_re(), sentence)
            code = _prefix_unit(prefix.group(), context) if prefix else "USD"
        return number(num or "0") / 100, code or "USD"
    if kind == "half_money":
        return Decimal("0.5") * scale_of(g.get("scale")), _suffix_unit(g["suf"] or "", shared)
    if kind == "word_money":
        return _word_number(g["word"] or "") * scale_of(g.get("scale")), _suffix_unit(g["suf"] or "", shared)
    if kind == "bare":
        return number(num or "0") * scale_of(g.get("scale")), ""  # currency filled in by caller
    return None


def _read_ratio(kind: str, g: dict[str, str | None], sentence: str, context: str) -> tuple[Decimal, str] | None:
    """A percentage, a change in points, a multiple or an exchange rate."""
    num = g.get("num")
    if kind == "percent":
        return number(num or "0"), "%"
    if kind == "word_percent":
        return _word_number(g.get("word") or ""), "%"
    if kind == "pp":
        return number(num or "0"), "pp"
    if kind == "bp":
        return number(num or "0") / 100, "pp"
    if kind in ("frac_point", "num_point"):
        # "a quarter of a point" is only a figure when the sentence is about interest rates.
        if not (_RATE_WORDS.search(sentence) or _RATE_WORDS.search(context)):
            return None
        if kind == "frac_point":
            frac = re.sub(r"[\s-]", " ", (g["frac"] or "").lower())
            return _FRACTIONS.get(frac, _FRACTIONS.get(frac.replace(" ", "-"), Decimal(0))), "pp"
        return number(num or "0"), "pp"
    if kind == "multiple":
        return number(num or "0"), "x"
    if kind == "rate":
        unit = _context_currency(sentence) or _context_currency(context)
        return (number(num or "0"), unit) if unit else None
    return None


def spelling_groups(match: re.Match[str]) -> tuple[str, dict[str, str | None]]:
    kind = match.lastgroup or ""
    prefix = kind + "_"
    return kind, {k[len(prefix):]: v for k, v in match.groupdict().items() if k.startswith(prefix)}

