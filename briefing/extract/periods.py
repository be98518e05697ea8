"""The period a figure belongs to: "Q3 2004", "H1", "FY05", "year to March", "2005", "full year".

Takes a sentence and a quantity in it; :func:`period_of` returns the nearest period written before
the figure in its clause, or one right after it ("4.4% in 2004"), or ``""``.
"""

from __future__ import annotations

import re

from briefing.extract.quantities import Quantity
from briefing.extract.sentences import clause_start

_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_QUARTER_END = {"march": "Q1", "june": "Q2", "september": "Q3", "december": "Q4"}
_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bQ([1-4])(?:\s((?:19|20)\d\d))?\b"), "q"),
    (re.compile(r"\b(first|second|third|fourth)[\s-]quarter(?:\sof\s((?:19|20)\d\d))?", re.I), "oq"),
    (re.compile(r"\bthree months to (?:\d{1,2}\s)?(March|June|September|December)"
                r"(?:\s((?:19|20)\d\d))?"), "qm"),
    (re.compile(r"\bH([12])\s?((?:19|20)\d\d)?\b"), "h"),
    (re.compile(r"\b(first|second) half(?: of ((?:19|20)\d\d))?", re.I), "oh"),
    (re.compile(r"\bFY\s?((?:19|20)?\d\d)\b"), "fy"),
    (re.compile(r"\byear to (January|February|March|April|May|June|July|August|September|"
                r"October|November|December)(?:\s((?:19|20)\d\d))?"), "yt"),
    (re.compile(r"\bfull[\s-]year\b", re.I), "full"),
    # "a year earlier", "the same period of 2003", "last year": the figure a comparison is made with.
    (re.compile(r"\b(?:a\s)?year[\s-](?:earlier|ago|before)\b|\ba\syear\sago\b|\b(?:in\s)?the\s(?:same|previous|prior|"
                r"corresponding)\s(?:period|quarter|year|month)(?:\s(?:of|in)\s((?:19|20)\d\d)|\slast\syear)?", re.I),
     "earlier"),
    (re.compile(r"\b(last|this|next)\s(year|quarter|month)\b", re.I), "rel"),
    # "in the July-to-September quarter", "from £187,971 in July-September": a span of months
    (re.compile(r"\b(?:in|for|during|of|from)\s(?:the\s)?((?:January|February|March|April|May|June|July|August|"
                r"September|October|November|December)(?:-to-|\s?[-\u2013]\s?|\sto\s)(?:January|February|March|April|"
                r"May|June|July|August|September|October|November|December))(?:\s((?:19|20)\d\d))?\b"), "month"),
    (re.compile(r"\b(?:in|for|during|of|since|by|last|this|from|to|until)\s(January|February|March|April|May|June|"
                r"July|August|September|October|November|December)(?:\s((?:19|20)\d\d))?\b(?![-\u2013])"), "month"),
    # "December's 4% rise": the month a figure is of, as a possessive
    (re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                r"(?:'s|\u2019s)\s(?=(?:(?:about|around|some|nearly|almost)\s)?[$\u00a3\u20ac\u00a5]?\d)"), "month"),
    # "for 2003/4", "by 2005/06", "in the 2004-05 financial year": a financial year across two
    (re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring|of|[Bb]y|from|to|until)\s(?:the\s)?((?:19|20)\d\d[/\u2013-](?:(?:19|20)?\d\d|\d))"
                r"(?![\d/])"), "y"),
    (re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring|of|[Ss]ince|[Bb]y)\s((?:19|20)\d\d)\b|\b((?:19|20)\d\d)'s\b"), "y"),
]


def _period_text(kind: str, m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g]
    year = f" {m.group(2)}" if m.lastindex and m.lastindex >= 2 and m.group(2) else ""
    if kind == "q":
        return f"Q{m.group(1)}{year}"
    if kind == "oq":
        return f"Q{_ORDINAL[m.group(1).lower()]}{year}"
    if kind == "qm":
        return f"{_QUARTER_END[m.group(1).lower()]}{year}"
    if kind == "h":
        return f"H{m.group(1)}{year}"
    if kind == "oh":
        return f"H{'1' if m.group(1).lower() == 'first' else '2'}{year}"
    if kind == "fy":
        return f"FY{m.group(1)}"
    if kind == "yt":
        return f"year to {m.group(1)}{year}"
    if kind == "full":
        return "full year"
    if kind == "earlier":
        return f"{m.group(1)} (same period)" if m.group(1) else "a year earlier"
    if kind == "rel":
        return f"{m.group(1).lower()} {m.group(2).lower()}"
    if kind == "month":
        return f"{m.group(1)}{year}"
    if kind == "y" and m.group().lower().startswith("since"):
        return f"since {groups[0]}"  # "has paid out £370m since 1997": all the years from then, not 1997
    return groups[0] if groups else ""


def period_of(sentence: str, q: Quantity) -> str:
    """The period the sentence gives the figure: the nearest one before it in its clause, else
    one right after it introduced by "in"/"for"/"during" ("4.4% in 2004"); "" when none."""
    found: list[tuple[int, int, str]] = []
    for pattern, kind in _PERIODS:
        for m in pattern.finditer(sentence):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), _period_text(kind, m)))
    # A period right after the figure is its own: "$71m a year earlier", "£208,100 in June".
    for a, _, text in sorted(found):
        if a >= q.end and _ADJACENT.fullmatch(sentence[q.end:a]):
            return text
    start = clause_start(sentence, q.start)
    # "The states which joined the EU last year will see 4.6% growth": a period inside a relative
    # clause that the main verb follows dates the clause, not the figure
    # "The scheme was introduced in 1997 and has paid out more than £370m": a period of the first of two
    # verbs joined by "and" dates that verb, not the figure the second one states
    before = [p for p in found if start <= p[0] and p[1] <= q.start
              and not (_RELATIVE_OPENS.search(sentence, start, p[0]) and _MAIN_VERB.search(sentence, p[1], q.start))
              and not _SECOND_VERB.search(sentence, p[1], q.start)]
    if before:
        return max(before)[2]
    # "For the full-year, TimeWarner posted a profit of $3.36bn": an opening phrase sets it.
    comma = sentence.find(",")
    # "A lifetime supporter and board director since 1984, Mr Murray agreed": a "since" in a phrase
    # describing the subject dates the description, not the figure
    # "Since 1999, KFB has been restructured into a bank focused on mortgage lending, which makes up
    # 45% of its loans": a relative clause between says what is so now, not since when
    opening = [p for p in found if 0 <= comma < q.start and p[1] <= comma
               and not (p[2].startswith("since ") and not _OPENS_WITH_TIME.match(sentence)
                        and not _FINITE_VERB.search(sentence, 0, comma))
               and not re.search(r",\s(?:which|who)\s", sentence[comma:q.start])]
    if opening:
        return opening[0][2]
    for a, _, text in sorted(found):
        if a >= q.end and _PERIOD_GAP.fullmatch(sentence[q.end:a]):
            return text
    return ""


#: A sentence that opens with when: "For the full-year,", "In 2004,", "Since 1997,".
_OPENS_WITH_TIME = re.compile(r"\W*(?:(?:In|For|During|By|Since|Over|Last|This|Until|From|After|Before|At|On|"
                              r"Between|Earlier|Later|Throughout|Within|Through)\b|\d)")
_FINITE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|said|says|will|would|[a-z]{3,}ed)\b")
_RELATIVE_OPENS = re.compile(r"\b[a-z]+s?\s(?:which|who)\s")
_SECOND_VERB = re.compile(r"\sand\s(?:has|have|had|will|would|is|are|was|were|could|may|might)\b")
_MAIN_VERB = re.compile(r"\b(?:will|would|could|should|may|might|is|are|was|were|has|have|had)\b")
# "0.7% month-on-month in January": how it is measured, then when
_ADJACENT = re.compile(r"\s*(?:(?:month|year|quarter)[\s-]on[\s-](?:month|year|quarter)\s)?"
                       r"(?:(?:in|for|during)\s(?:the\s)?)?")
# Between a figure and a period after it: "4.4% in 2004", "rose 2% year-on-year in the fourth
# quarter". A clause or another noun in between ("fell 5.5% after its guidance for the fourth
# quarter") means the period qualifies something else.
_PERIOD_GAP = re.compile(
    r"(?:\.\.\.|\u2026)?\s*(?:(?:a\syear|year[\s-]on[\s-]year|annually|so\sfar|to\s\S+|from\s\S+|"
    r"rise|increase|fall|drop|decline|growth|gain|jump|improvement)\s+)?"
    r"(?:(?:in|for|during|over)(?:\sthe)?)?\s*")
