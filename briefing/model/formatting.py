"""How figures are written for people: "$2.4bn", "+82%", "−5.5 pp", "25 November 2026".

Takes model values; returns display strings. Charts, deck and memo all use these, so a number is
spelled the same way on a slide, in the memo and in alt text.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from briefing.model.types import Figure, OriginKind
from briefing.model.units import MINUS, format_amount, format_quantity

__all__ = ["MINUS", "bar_label", "caveat", "describe_figure", "format_amount", "format_date", "format_value",
           "provenance", "shown_subject", "slugify"]

def format_value(figure: Figure, signed: bool = False) -> str:
    """A figure's value with its unit (see :func:`briefing.model.units.format_quantity`), ``~``
    before an approximate one; ``signed`` puts ``+`` before positive changes."""
    text = format_quantity(figure.value, figure.unit, signed)
    return ("~" + text) if figure.approximate else text


def format_date(day: datetime.date) -> str:
    """``2026-11-25`` -> ``25 November 2026`` (no locale: the same bytes on every machine)."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def describe_figure(figure: Figure) -> str:
    """``Micron Q3 revenue growth: +82%`` — the label used in alt text, notes and sources; a figure
    whose owner or direction the article does not settle ends ``[owner unclear]``."""
    who = f"{figure.subject} " if figure.subject else ""
    when = f" ({figure.period})" if figure.period and figure.period not in figure.metric else ""
    signed = not figure.is_money
    mark = f" [{caveat(figure)}]" if caveat(figure) else ""
    return f"{who}{figure.metric}{when}: {format_value(figure, signed=signed)}{mark}"


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
    """What a bar measures on a chart: the metric, and its period when the metric lacks it."""
    period = f" ({figure.period})" if figure.period and figure.period not in figure.metric else ""
    return f"{figure.metric}{period}"


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
