"""How the plan words a figure: its period as a phrase, and "measure value period" for titles,
tiles and derived takeaways.

Takes a :class:`~briefing.model.Figure`; returns short strings built from its own fields only
(owner, measure, value, period), so nothing is said that the figure does not hold.
"""

from __future__ import annotations

import re

from briefing.extract.lexicon import DEMONYMS
from briefing.model.formatting import format_value, is_change, shown_metric, status
from briefing.model.types import Figure

_QUARTER = re.compile(r"^[QH]([1-4])(?:\s((?:19|20)\d\d))?$")
_YEAR = re.compile(r"^(?:FY)?((?:19|20)\d\d)(?:\s(?:forecast|estimate))?$")


def owner_heading(subject: str, fallback: str = "") -> str:
    """An owner as the first words of a title or takeaway: a described group, lower-case in the
    model ("mobile owners"), starts with a capital; a name keeps its spelling ("eBay", "iPod")."""
    name = subject or fallback
    first = name.split(" ", 1)[0]
    return name[:1].upper() + name[1:] if first.isalpha() and first.islower() else name


def period_rank(period: str) -> tuple[int, int] | None:
    """``"Q3 2004"`` -> ``(2004, 3)``, ``"2005"`` -> ``(2005, 9)``, ``"Q2"`` -> ``(0, 2)``; None for
    a period that names no point in time on its own ("a year earlier", "full year")."""
    quarter = _QUARTER.match(period)
    if quarter:
        return int(quarter.group(2) or 0), int(quarter.group(1))
    year = _YEAR.match(period)
    return (int(year.group(1)), 9) if year else None


def when(figure: Figure, named: bool = True) -> str:
    """`` in Q3``, `` a year earlier``, `` forecast in 2005`` or ``""``: the period a title gives a
    value, unless the title names its metric (``named``) and the metric already says it, after
    "forecast" or "target" when the figure is one and its measure does not say so."""
    said = status(figure)
    expected = f" {said}" if said else ""  # "+11% forecast (full year)"
    period = figure.period
    if not period or named and period in figure.metric:
        return expected
    if period.startswith(("a ", "last ", "this ", "next ")) or "(same period)" in period:
        return f"{expected} {period}"  # "$71m a year earlier", "3.3% next year"
    return expected + (f" in {period}" if period_rank(period) is not None or period[:1].isupper() else f" ({period})")


def shown_value(figure: Figure) -> str:
    """The value as titles, tiles and takeaways write it: a change with its sign ("+82%", "−5.5%",
    "+£106m"), a level without one ("45.6%", "£198m"; a negative value keeps its minus sign)."""
    return format_value(figure, signed=is_change(figure))


#: Measures that are amounts: a bare percentage "of revenue" says what it is a share or a rate of
#: only in its sentence ("a decline in underlying revenues to 5.4%"), so no tile or takeaway names
#: it "revenue 5.4%".
_AMOUNT_WORDS = {"revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "debt", "debts",
                 "cost", "costs", "price", "prices", "turnover", "spending", "loss", "losses", "value"}


#: Measures too bare for a chart's axis but that say, beside an owner and a signed value, what
#: moved: "Ireland: growth +5%" reads true on a tile or a takeaway; "Ireland: change +4%" says nothing.
MOVEMENT_MEASURES = frozenset({"growth", "rise", "fall", "increase", "decline", "drop", "gain", "loss", "cut"})


def names_its_measure(figure: Figure) -> bool:
    """Whether "measure value" reads true on its own: not a percentage level of an amount word."""
    if figure.unit not in ("%", "pp") or is_change(figure):
        return True
    words = figure.metric.lower().split()
    return not words or words[-1] not in _AMOUNT_WORDS


_NAME = re.compile(r"\b[A-Z][\w&'\u2019-]*")
#: Capitalised words that name no actor: calendar words and titles before a name.
_NOT_ACTORS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "mr", "mrs", "ms", "dr", "i"}


def _owner_words(subject: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w&]+", subject) if len(w) > 2 or w.isupper()]


def owner_named(figure: Figure) -> bool:
    """Whether the figure's sentence names its owner: a word of it ("Northwind" for Northwind
    Systems), its stem ("German" for Germany), its nationality word ("French" for France) or its
    initials ("GM" for General Motors)."""
    if any(country == figure.subject and re.search(rf"\b{re.escape(word)}\b", figure.sentence)
           for word, country in DEMONYMS.items()):
        return True
    sentence = figure.sentence.casefold()
    words = _owner_words(figure.subject)
    for word in words:
        stem = word[:max(4, len(word) - 3)] if len(word) > 4 else word
        if re.search(rf"\b{re.escape(stem)}", sentence):
            return True
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", figure.subject) if w[0].isupper())
    # "SMFG" for Sumitomo Mitsui Financial: the short form may add the initial of a word left out ("Group")
    return len(initials) > 1 and re.search(rf"\b{re.escape(initials)}[A-Z]?\b", figure.sentence) is not None


def owner_in_doubt(figure: Figure) -> bool:
    """A figure the extractor gave an owner its sentence does not name while it names someone
    else ("Rival Contoso said its sales fell 6%" read as Northwind's): putting that owner in front
    of the figure, on a tile or a takeaway, would state what the article does not. An owner the
    sentence leaves to context ("The firm said ...") is not in doubt."""
    if not figure.subject.strip() or owner_named(figure):
        return False
    names = [m.group(0) for m in _NAME.finditer(figure.sentence) if m.start() > 0]
    return any(n.rstrip("'\u2019s").casefold() not in _NOT_ACTORS and not any(c.isdigit() for c in n)
               and len(n) > 1 for n in names)


def figure_phrase(figure: Figure, with_metric: bool = True) -> str:
    """``"Q3 revenue growth +82%"``, ``"profit £198m in 2004"``: measure, value and period."""
    if not with_metric:
        return f"{shown_value(figure)}{when(figure, named=False)}"
    return f"{shown_metric(figure)} {shown_value(figure)}{when(figure)}"
