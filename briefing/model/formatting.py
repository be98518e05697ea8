"""How figures are written for people: "$2.4bn", "+82%", "−5.5 pp", "25 November 2026".

Takes model values; returns display strings. Charts, deck and memo all use these, so a number is
spelled the same way on a slide, in the memo and in alt text.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from briefing.model.types import Direction, Figure, FigureKind, OriginKind
from briefing.model.units import MINUS, format_amount, format_quantity

__all__ = ["MINUS", "bar_label", "caveat", "describe_figure", "format_amount", "format_date", "format_value",
           "provenance", "shown_metric", "shown_period", "shown_subject", "slugify", "status"]

def format_value(figure: Figure, signed: bool = False) -> str:
    """A figure's value with its unit (see :func:`briefing.model.units.format_quantity`), ``~``
    before an approximate one; ``signed`` puts ``+`` before positive changes."""
    text = format_quantity(figure.value, figure.unit, signed)
    if signed and figure.is_money and figure.value > 0:
        text = "+" + text  # "+£106m": format_quantity writes money unsigned
    return ("~" + text) if figure.approximate else text


def format_date(day: datetime.date) -> str:
    """``2026-11-25`` -> ``25 November 2026`` (no locale: the same bytes on every machine)."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{day.day} {months[day.month - 1]} {day.year}"


#: A measure or period that already says the figure is expected ("forecast growth", "2005 estimate")
#: or aimed at ("inflation target").
_SAYS_FORECAST = re.compile(r"\b(?:forecast\w*|expect\w*|predict\w*|project\w*|estimat\w*|outlook|guidance)\b",
                            re.I)
_SAYS_TARGET = re.compile(r"\b(?:target\w*|goal|aim|cap|ceiling|limit)\b", re.I)


def status(figure: Figure) -> str:
    """``"forecast"`` or ``"target"`` for a figure that is one when its measure and period do not
    already say so, else ``""``: a chart title, tile or takeaway must not state an expectation as a
    result ("Qantas: profit growth +11%" when analysts only forecast it)."""
    said = f"{figure.metric} {figure.period}"
    if figure.kind == FigureKind.FORECAST and not _SAYS_FORECAST.search(said):
        return "forecast"
    if figure.kind == FigureKind.TARGET and not _SAYS_TARGET.search(said):
        return "target"
    return ""


#: Words of a measure that already say it moved ("profit growth", "price cut", "loss").
_MOVED = re.compile(r"\b(?:growth|grow|rise|rose|fall|fell|change|decline|increase|decrease|drop|gain|cut|cuts|"
                    r"jump|slump|surge|up|down|loss|losses|savings|reduction|boost|write-?downs?|"
                    r"restatements?)\b", re.I)


def shown_metric(figure: Figure) -> str:
    """The measure as a label names it: a sum of money the article says moved ("Sales will dip by at
    least A$30m", "cut its price by £40") is that measure's change, not its level: "sales change"."""
    moved = figure.kind == FigureKind.CHANGE or figure.direction != Direction.NONE
    if figure.is_money and moved and not _MOVED.search(figure.metric):
        return f"{figure.metric} change".strip()
    return figure.metric


def shown_period(figure: Figure) -> str:
    """The period a label adds to the measure, with the figure's status: ``"Q3"``, ``"2005,
    forecast"``, ``"forecast"``; ``""`` when the measure already names its period and status."""
    period = figure.period if figure.period and figure.period not in figure.metric else ""
    return ", ".join(part for part in (period, status(figure)) if part)


_CHANGE_WORDS = re.compile(r"\b(growth|grow|rise|rose|fall|fell|change|decline|increase|decrease|drop|gain|cut|"
                           r"jump|slump|surge|up|down)\b", re.IGNORECASE)


def is_change(figure: Figure) -> bool:
    """A movement rather than a level: the article says it rose or fell, or (for a figure made by
    hand, whose kind is the default) a percentage that is negative or whose measure names a change."""
    if figure.kind == FigureKind.CHANGE or figure.direction != Direction.NONE:
        return True
    return figure.unit in ("%", "pp") and (figure.value < 0 or bool(_CHANGE_WORDS.search(figure.metric)))


def describe_figure(figure: Figure) -> str:
    """``Micron Q3 revenue growth: +82%`` — the label used in alt text, notes and sources; a figure
    whose owner or direction the article does not settle ends ``[owner unclear]``."""
    who = f"{figure.subject} " if figure.subject else ""
    when = f" ({shown_period(figure)})" if shown_period(figure) else ""
    signed = not figure.is_money and is_change(figure)  # "+45%" would say a share of GDP rose
    mark = f" [{caveat(figure)}]" if caveat(figure) else ""
    return f"{who}{shown_metric(figure)}{when}: {format_value(figure, signed=signed)}{mark}"


def caveat(figure: Figure) -> str:
    """``"owner unclear"`` or ``"direction unclear"`` for a figure the article does not settle (the
    head of its ``reason``); ``""`` for a certain one."""
    if figure.certain:
        return ""
    return figure.reason.split(":")[0].strip() or "owner unclear"


def shown_subject(figure: Figure) -> str:
    """The owner as a table prints it: ``Acme``, ``Acme (owner unclear)``, or ``owner unclear``."""
    mark = caveat(figure)
    if not mark:
        return figure.subject
    return f"{figure.subject} ({mark})" if figure.subject else mark


def provenance(figure: Figure) -> str:
    """Where a figure comes from, as printed beside it in the sources: the sentence it stands in,
    or the data file that gave or corrected it (``From data file q3.yaml: Northwind filings;
    corrects the article's “$4.2 billion”``)."""
    origin = figure.origin
    if origin.kind != OriginKind.DATA_FILE:
        return figure.sentence
    text = f"From data file {origin.file}: {origin.credit}"
    return text + (f"; corrects the article's \u201c{origin.corrects}\u201d" if origin.corrects else "")


def bar_label(figure: Figure) -> str:
    """What a bar measures on a chart: the metric, and its period and status when the metric lacks them."""
    period = f" ({shown_period(figure)})" if shown_period(figure) else ""
    return f"{shown_metric(figure)}{period}"


#: Long enough to recognise the story, short enough for every file system and mail client.
MAX_SLUG = 60
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def slugify(headline: str) -> str:
    """A safe file stem from a headline: ASCII letters, digits and hyphens, at most MAX_SLUG long.

    ``"Innotron Invests $2.4B in Shanghai"`` -> ``innotron-invests-2-4b-in-shanghai``. A headline
    with nothing usable (emoji, Chinese only) gives ``briefing``; Windows device names are suffixed.
    """
    ascii_text = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"(?<=\w)['\u2019](?=\w)", "", ascii_text)  # "BA's" -> "bas", not "ba-s"
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug:
        return "briefing"
    if slug in _WINDOWS_RESERVED:
        return f"{slug}-briefing"
    return slug
