"""Whether an owner can own a measure at all: a check after the owner rules, never an owner rule.

The owner rules read who a sentence ties a figure to; this module only asks whether that owner is
the kind of thing that has such a figure. A country, region or nationality has an economy's
figures (growth, inflation, exports, a budget) but not a company's: "Profits at Indian drugmaker
Dr Reddy's fell 93%" ties the fall to a company the names found no name for, and "India" beside
it is a description. Such an owner is kept for the reader (it is what the sentence says nearest)
but marked unsure, so the figure is listed and never charted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefing.extract.lexicon import CITIES, DEMONYMS, REGIONS, country_names

#: What only a business reports: a country has no share price, dividend, pre-tax profit or takeover bid.
COMPANY_MEASURES = frozenset({
    "pre-tax profit", "net loss", "net profit", "operating profit", "market value", "share price",
    "revenue", "sales", "turnover", "profit", "loss", "dividend", "margin", "bonus", "amount raised",
    "bid", "offer", "deal value", "purchase price", "valuation", "stake", "charge", "settlement",
    "fine", "payment", "costs", "fuel costs", "surcharge", "box office takings",
})

#: What only an economy has: a research institute or a company named beside it only forecasts it.
ECONOMY_MEASURES = frozenset({
    "economic growth", "GDP", "inflation", "unemployment rate", "trade deficit", "budget deficit",
    "current account deficit",
    "poverty rate", "gross national income", "retail sales", "industrial output",
})

_CHANGE_WORDS = (" change", " growth", " decline")

#: An article that reports what people answered: its shares are of the people asked, not the asker's.
_SURVEY = re.compile(r"\b(?:survey\w*|poll(?:s|ed|sters?)?|questioned|respondents|interviewed|questionnaire)\b", re.I)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    names = country_names()
    return frozenset({*names, *names.values(), *REGIONS, *CITIES, *DEMONYMS, *DEMONYMS.values()})


def is_place(name: str) -> bool:
    """A country, region, city or nationality ("India", "EU", "London", "Indian")."""
    return name in _places()


def measure_base(metric: str) -> str:
    """"profit growth" -> "profit", "share price change" -> "share price": the measure a change is of."""
    for suffix in _CHANGE_WORDS:
        if metric.endswith(suffix):
            return metric.removesuffix(suffix)
    return metric


#: The central banks and the economy each is the bank of; "Reserve Bank of India" and its like name
#: theirs (:data:`_BANK_OF`).
_BANK_ECONOMIES = {
    "Bank of England": "UK", "Federal Reserve": "US", "European Central Bank": "eurozone",
    "Bank of Japan": "Japan", "Bank of Canada": "Canada", "Bank of Korea": "South Korea",
    "Bank of France": "France", "Bank of Italy": "Italy", "Bank of Spain": "Spain", "Bundesbank": "Germany",
    "Swiss National Bank": "Switzerland", "People's Bank of China": "China",
}
#: Short names that stand for a central bank in a sentence, never as the article's one rate-setter.
_BANK_SHORT_NAMES = {"Fed": "Federal Reserve", "ECB": "European Central Bank"}
_BANK_OF = re.compile(r"^(Reserve|Central|National) Bank of (the\s)?([A-Z][\w ]+)$")


def central_bank_economy(name: str) -> str:
    """The economy a central bank is the bank of ("Federal Reserve" -> "US"), or ""."""
    found = _BANK_OF.match(name)
    return _BANK_ECONOMIES.get(_BANK_SHORT_NAMES.get(name, name), found.group(3) if found else "")


#: Why an organisation's economy figure is unsure; the owner finder then names the economy it is about.
ORGANISATION_FOR_ECONOMY = "owner unclear: an organisation named for an economy's figure"
#: Why a place's company figure is unsure; the owner finder then names the company in focus.
PLACE_FOR_COMPANY = "owner unclear: a place named for a company's figure"
#: Why a survey firm's percentage is unsure; the owner finder then names the people the survey asked.
SURVEY_SHARE = "owner unclear: a survey's share of the people it asked"


def government_of(place: str) -> str:
    """"Colombia" -> "Colombian government", "UK" -> "UK government": whom "the government" names."""
    if place.isupper():
        return f"{place} government"  # "UK government", "US government"
    adjective = next((word for word, country in DEMONYMS.items()
                      if country == place and (not word.endswith("s") or word == "Swiss")), "")
    return f"{adjective or place} government"


def central_bank_of(economy: str) -> str:
    """The central bank of ``economy`` ("South Korea" -> "Bank of Korea"), or ""."""
    return next((bank for bank, of in _BANK_ECONOMIES.items() if of == economy), "")


def is_central_bank(name: str) -> bool:
    """"Bank of England", "Fed", "Reserve Bank of India": a bank that sets an economy's interest rates."""
    if name in _BANK_SHORT_NAMES or name in _BANK_ECONOMIES or _is_bank_of_a_country(name):
        return True
    # "the US Federal Reserve": the country before a bank of its own
    place, _, bank = name.partition(" ")
    return bool(bank) and is_place(place) and central_bank_economy(bank) == place


#: "decided to keep interest rates at 3.25%", "cut rates to 2%": an economy's policy rate, which only
#: its central bank sets (a lender's own rate is "its mortgage rate").
POLICY_RATE = re.compile(r"\b(?:keep|keeps|kept|keeping|hold|holds|held|holding|leave|leaves|left|leaving|cut|cuts|"
                         r"cutting|raise|raises|raised|raising|lift|lifts|lifted|lower|lowers|lowered)\s"
                         r"(?:(?:its|their|the)\s)?(?:key\s|main\s|benchmark\s)?(?:interest\s)?rates\b", re.I)


def rate_setter(names: Iterable[str]) -> str:
    """The one central bank an article names, or "" (none, or several)."""
    # Central banks set interest rates: "rates were held at 4.75%" in an article about one is its decision.
    banks = {n for n in names if n in _BANK_ECONOMIES or _is_bank_of_a_country(n)}
    return banks.pop() if len(banks) == 1 else ""


def _is_bank_of_a_country(name: str) -> bool:
    """"Reserve Bank of India", "Central Bank of Nigeria" (a "National Bank of ..." may be a company)."""
    found = _BANK_OF.match(name)
    return found is not None and found.group(1) != "National" and found.group(2) is None


def reports_survey(text: str) -> bool:
    """Whether an article reports a survey or poll."""
    return _SURVEY.search(text) is not None


#: Measures a percentage states, never an amount of money.
_RATES = frozenset({"interest rate", "inflation", "unemployment rate", "poverty rate"})
#: Measures of one share: no share trades at ten million of any currency.
_PER_SHARE = frozenset({"share price", "share price change"})


def implausible_measure(metric: str, unit: str, value: float) -> str:
    """Why ``metric`` cannot be what a figure of ``value`` in ``unit`` measures, or "": "share price
    $360m" ("halving its dividend to 17 cents a share ... to save $360m") or "interest rate £5bn"
    name the wrong words of the sentence."""
    money = unit not in ("%", "pp", "x", "")
    if money and (metric in _RATES or measure_base(metric) in _RATES):
        return "measure unclear: a rate stated as an amount of money"
    if money and metric in _PER_SHARE and abs(value) >= 1e7:
        return "measure unclear: too large for the price of one share"
    return ""


_ECONOMIES = re.compile(r"econom|\b(?:countries|nations|states|members|governments)$", re.I)


def implausible_owner(owner: str, metric: str, unit: str, bound: bool, survey: bool) -> str:
    """Why ``owner`` cannot own ``metric`` as read, or "" when it can.

    ``bound`` says the sentence ties the owner to the measure ("Nokia's share of the market");
    ``survey`` that the article reports a survey, where "80% said" is a share of the people asked
    and the firm that asked them is only its source.
    """
    if owner and is_place(owner) and measure_base(metric) in COMPANY_MEASURES:
        return PLACE_FOR_COMPANY
    # "the world's richest countries", "eight central European states": a group of economies
    if owner and not is_place(owner) and not _ECONOMIES.search(owner) \
            and (metric in ECONOMY_MEASURES or measure_base(metric) in ECONOMY_MEASURES):
        return ORGANISATION_FOR_ECONOMY
    # "Deloitte ... also believes that interest rates will fall to 4%": a policy rate is an economy's,
    # set by its central bank; a company that does not tie it to itself ("its mortgage rate") only
    # forecasts it
    if owner and not bound and measure_base(metric) == "interest rate" and not is_place(owner) \
            and not is_central_bank(owner) and not re.search(r"\b(?:Committee|Bank|Reserve)\b", owner):
        return ORGANISATION_FOR_ECONOMY
    # "Congressional Budget Office forecasts said there would be a $348bn shortfall": an office of
    # state forecasts the state's deficit; it has none of its own
    if owner and measure_base(metric) in ("deficit", "budget deficit") and not is_place(owner) \
            and re.search(r"\b(?:Office|Bureau|Ministry|Department|Treasury|Administration)\b", owner):
        return ORGANISATION_FOR_ECONOMY
    # "80% of UK adults" is the country's share; "80% said", in a firm's survey, is not the firm's.
    if survey and unit == "%" and not bound and metric in ("share", "percentage") and not is_place(owner):
        return SURVEY_SHARE
    return ""
