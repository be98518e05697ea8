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
from functools import lru_cache

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

#: Symbols and codes written before the number that CLDR does not give as English symbols, or
#: gives differently from the press: "C$5m" (CLDR writes "CA$"), "US$", "Rs 40 crore", "RMB 10bn".
PRESS_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "Can$": "CAD", "A$": "AUD", "AU$": "AUD", "S$": "SGD",
    "NZ$": "NZD", "HK$": "HKD", "NT$": "TWD", "R$": "BRL", "RMB": "CNY", "Rs": "INR", "Rs.": "INR",
    "\u00a3": "GBP", "\u20ac": "EUR", "\u00a5": "JPY", "\u20b9": "INR", "\u20a9": "KRW", "\u20bd": "RUB",
}
#: The press's spellings of currency names that CLDR spells otherwise, by ISO code.
PRESS_NAMES = {
    "rouble": "RUB", "roubles": "RUB", "zlotys": "PLN", "zloty": "PLN", "zlotych": "PLN", "renminbi": "CNY",
    "yuan": "CNY", "sterling": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "pound": "GBP",
    "pounds": "GBP", "euro": "EUR", "euros": "EUR", "yen": "JPY", "won": "KRW", "rupiah": "IDR",
    "baht": "THB", "ringgit": "MYR", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "lire": "ITL",
    "real": "BRL", "reais": "BRL", "rand": "ZAR", "naira": "NGN", "hryvnia": "UAH", "forint": "HUF",
    "koruna": "CZK", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "dinar": "",
    "dinars": "", "dollar": "USD", "dollars": "USD", "US dollar": "USD", "US dollars": "USD",
    "Swiss franc": "CHF", "Swiss francs": "CHF", "franc": "CHF", "francs": "CHF", "rupee": "INR",
    "rupees": "INR", "peso": "", "pesos": "", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
    "CFA franc": "", "CFA francs": "",
}
#: A currency's hundredth, written after the number: "40 cents", "95p", "50 kopeks", by the currency
#: it is a hundredth of ("" when the sentence's other amounts or its dollar decide).
MINOR_NAMES = {"cent": "", "cents": "", "pence": "GBP", "penny": "GBP", "p": "GBP", "kopek": "RUB",
               "kopeks": "RUB", "kopecks": "RUB", "centavo": "", "centavos": "", "paise": "INR", "fen": "CNY",
               "sen": "", "centimes": "EUR", "eurocent": "EUR", "eurocents": "EUR"}
#: A bare name several currencies share: the country the article names decides ("pesos" in an
#: article about Argentina are ARS).
SHARED_NAMES = {"peso": "MXN", "pesos": "MXN", "dinar": "KWD", "dinars": "KWD", "dollar": "USD", "dollars": "USD",
                "franc": "CHF", "francs": "CHF", "rupee": "INR", "rupees": "INR", "krona": "SEK", "kronor": "SEK",
                "krone": "NOK", "kroner": "NOK", "riyal": "SAR", "riyals": "SAR", "cfa franc": "XOF",
                "cfa francs": "XOF"}


#: A currency named nearby gives a bare rate ("8.28 to the dollar") its currency.
CONTEXT_CODES = {
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "yen": "JPY", "euro": "EUR",
    "rouble": "RUB", "ruble": "RUB", "won": "KRW", "rupiah": "IDR", "peso": "MXN",
    "real": "BRL", "sterling": "GBP", "pound": "GBP",
}


@dataclass(frozen=True)
class CurrencyNames:
    """Every way of writing a currency the extractor knows, from CLDR plus the press."""

    prefixes: dict[str, str]  # symbol or code before the number -> ISO code
    names: dict[str, str]  # lower-case name after the number ("argentine pesos") -> ISO code ("" if shared)
    codes: frozenset[str]  # every current ISO 4217 code
    by_country: dict[str, str]  # lower-case country name -> its currency's ISO code


#: CLDR's English currency data, written by :func:`cldr_currency_table` (``python -m briefing.model.units``)
#: so that a build reads a small file instead of loading Babel's locale data (a tenth of a second).
CURRENCY_TABLE = "lexicon/currencies.json"


def cldr_currency_table() -> dict[str, dict[str, str]]:
    """CLDR's English names, plurals and symbols of every current currency, and each country's
    currency, read from Babel: the content of :data:`CURRENCY_TABLE`."""
    from babel import Locale
    from babel.core import get_global

    english = Locale("en")
    names: dict[str, str] = {}
    plurals = english._data["currency_names_plural"]
    # Current currencies only: no "(1927–2002)" names, no units of account ("XUA"), CFA francs kept.
    current = {code for code, name in english.currencies.items()
               if "(" not in name and (not code.startswith("X") or code in ("XAF", "XOF", "XPF", "XCD"))}
    for code, name in sorted(english.currencies.items()):
        if code not in current:
            continue
        names[name.lower()] = code
        for form in plurals.get(code, {}).values():
            if "(" not in form:
                names[form.lower()] = code
    symbols = {symbol: code for code, symbol in sorted(english.currency_symbols.items())
               if code in current and not symbol.isalpha() and symbol not in ("$", "\u00a5")}
    countries: dict[str, str] = {}
    for territory, spans in sorted(get_global("territory_currencies").items()):
        tender = [code for code, _start, end, legal in spans if legal and end is None]
        name = english.territories.get(territory)
        if tender and name and territory.isalpha():
            countries[name.lower()] = tender[-1]
    return {"names": dict(sorted(names.items())), "symbols": dict(sorted(symbols.items())),
            "countries": countries, "codes": {code: code for code in sorted(current)}}


@lru_cache(maxsize=1)
def currency_names() -> CurrencyNames:
    """Every way of writing a currency the extractor knows: CLDR's (from :data:`CURRENCY_TABLE`)
    with the press's own spellings on top. Loaded once per process."""
    import json

    from briefing.bundled import bundled

    table = json.loads(bundled(CURRENCY_TABLE).read_text(encoding="utf-8"))
    names = {**table["names"], **{name.lower(): code for name, code in PRESS_NAMES.items()}}
    prefixes = {**table["symbols"], **PRESS_PREFIXES}
    return CurrencyNames(prefixes, names, frozenset(table["codes"]), table["countries"])


if __name__ == "__main__":  # python -m briefing.model.units: write the table from the installed Babel
    import json
    import sys

    from briefing.bundled import bundled

    path = bundled(CURRENCY_TABLE)
    path.write_text(json.dumps(cldr_currency_table(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.stdout.write(f"{path}\n")


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
