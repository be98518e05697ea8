"""What sort of statement a figure is: a level, a change, a share, a forecast, a target.

Takes a sentence, the figure's quantity, whether it is a change and its measure; returns a
:class:`~briefing.model.FigureKind`. A forecast or a target may also be a change ("growth is
expected to slow to 2%"): its direction is kept on the figure, its kind says it is not a result.
"""

from __future__ import annotations

import re

from briefing.extract.quantities import Quantity
from briefing.extract.sentences import clause_start
from briefing.model.types import FigureKind

_TARGET = re.compile(r"\b(?:target\w*|goal|aim\w*|cap|caps|capped|ceiling|limit\w*|no more than|at most|pledg\w*)\b",
                     re.I)
_FORECAST = re.compile(
    r"\b(?:forecast\w*|expect\w*|predict\w*|project\w*|estimat\w*|outlook|would|will|could|should|might|set to|"
    r"likely|anticipat\w*|on course|on track|poised)\b", re.I)

# "than expected", "previously could claim", "an estimated (worth of) £24m", "was estimated to have been
# worth £200m": a result, an estimate of one or a past rule, not a forecast.
_PAST = re.compile(r"\b(?:than (?:had been |was |were )?expected|had been expected|were expected|[Pp]reviously could|"
                   r"used to|once|to have (?:been|had|made|earned|lost|paid|reached))\b"
                   r"|\ban\sestimated\s(?:[a-z]+\s){0,2}(?:[$£€¥]\s?)?$")
#: "may increase interest rates from their current 4.75%": the level now, from which a forecast starts.
_NOW = re.compile(r"\b(?:current|present|existing|today's)\s(?:[a-z-]+\s){0,2}(?:[$£€¥]\s?)?$")
_COMPARED_WITH = re.compile(r"\b(compared\s(?:with|to)|against|versus|from)\s(?:about\s|around\s|some\s)?$")
_FORECAST_NOUN = re.compile(r"\b(?:forecasts?|outlook|estimates?|predictions?|projections?)\b", re.I)
_EARLIER_TIME = re.compile(r"\s(?:in\s(?:19|20)\d\d\b|last\syear|a\syear\s(?:earlier|ago|before)|"
                           r"(?:in\s)?the\s(?:previous|prior|same)\s(?:year|period|quarter))")
_MAY = re.compile(r"\b(?:may|might)\b")  # lower case only: "in May" is a month


#: Words that open a clause of fact inside a forecast's sentence: "optimistic about its outlook after
#: sales in the fourth quarter rose 9%", "unable to estimate the reserves, which it previously set at $500m";
#: "estimates that remittances reached $45bn in 2004" reports an estimate of what happened;
#: a semicolon opens a clause of its own ("...the outlook for the dollar; the Dow closed down 1.6%").
_FACT_OPENERS = re.compile(r"\b(?:after|as|when|because|since|following|although|though|despite|that|"
                           r"(?<=,\s)(?:which|who))\s|;\s")
_PAST_VERB = re.compile(r"\b(?:rose|fell|grew|jumped|dropped|slipped|climbed|soared|slumped|increased|decreased|"
                        r"declined|gained|lost|was|were|had|reached|hit|posted|reported|made|saw|paid|spent|"
                        r"raised|closed|ended|finished|added|dipped|edged|tumbled|surged|plunged|slid|"
                        r"previously\s[a-z]+)\b")


def _happened(before: str) -> bool:
    """Whether the figure stands in a clause of fact after the forecast's words: the clause that a
    word like "after" opens says, in the past tense, what happened, with no forecast word of its own."""
    openers = list(_FACT_OPENERS.finditer(before))
    if not openers:
        return False
    own = before[openers[-1].end():]
    # "after reaching a $2bn settlement": what was done before the rest of the sentence
    done = openers[-1].group().strip() in ("after", "following", "since") and re.match(r"[a-z]+ing\b", own)
    return (bool(_PAST_VERB.search(own)) or bool(done)) and not _FORECAST.search(own) and not _MAY.search(own)


def figure_kind(sentence: str, q: Quantity, is_change: bool, metric: str) -> FigureKind:
    """The kind of the figure at ``q`` in ``sentence``."""
    clause = sentence[clause_start(sentence, q.start):q.start]
    # The figure's clause and the one it hangs on: "Analysts predict the firm will report £170m".
    before = sentence[clause_start(sentence, max(0, clause_start(sentence, q.start) - 2)):q.start]
    if _TARGET.search(clause) or re.match(r"^\s*(?:target|goal|cap|limit|ceiling)\b", sentence[q.end:], re.I):
        return FigureKind.TARGET
    # "forecasts growth of 6% in 2004, compared with 8.2% in 2003": the earlier result it is compared
    # with; "forecasts were scaled back to 2.1% from 2.8% in 2005" gives the forecast before
    compared = _COMPARED_WITH.search(sentence, max(0, q.start - 25), q.start)
    earlier = compared is not None and _EARLIER_TIME.match(sentence, q.end) is not None \
        and not (compared.group(1) == "from" and _FORECAST_NOUN.search(sentence, 0, q.start))
    if (_FORECAST.search(before) or _MAY.search(before)) and not _PAST.search(before) and not _happened(before) \
            and not _NOW.search(before) and not earlier:
        return FigureKind.FORECAST
    if q.unit == "%" and not is_change and (re.match(r"^\s+of\s(?!about|around|\d)", sentence[q.end:])
                                            or re.search(r"\b(?:stake|share|shareholder|holding)\b", metric)):
        return FigureKind.SHARE
    return FigureKind.CHANGE if is_change else FigureKind.LEVEL
