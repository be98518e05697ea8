"""Words and limits that a writer and the checker must agree on, defined once.

The deck's section titles and how a continued slide is titled, how a sources item is written, and
the memo's sources table (heading, note, columns, cell limits) are made here; the deck and memo plans
write them and :mod:`briefing.deliver.verify` reads the outputs back with the same definitions.
"""

from __future__ import annotations

import enum
import re

from briefing.model.formatting import describe_figure, provenance
from briefing.model.types import Figure


class SlideTitle(enum.StrEnum):
    """The deck's section slides, by their titles."""

    TAKEAWAYS = "Key Takeaways"
    ANALYSIS = "Analysis"
    GLOSSARY = "Did You Know?"
    SOURCES = "Sources"


def continued_title(title: str, part: int, parts: int) -> str:
    """``Key Takeaways (2/3)``: the title of one of several slides a section is spread over."""
    return title if parts == 1 else f"{title} ({part}/{parts})"


#: ``Key Takeaways (2/3)`` -> ``Key Takeaways``.
CONTINUED_TITLE = re.compile(r"^(.*) \(\d+/\d+\)$")


def section_of(slide_title: str) -> str:
    """The section a slide belongs to: its title without a ``(2/3)`` part number."""
    match = CONTINUED_TITLE.match(slide_title)
    return match.group(1) if match else slide_title


def source_item(figure: Figure) -> tuple[str, str]:
    """A sources slide item as ``(bold label, rest)``: ``Micron revenue growth (Q3): +82%`` and
    `` (“82%”): <sentence it came from>``."""
    return describe_figure(figure), f" (\u201c{figure.quote}\u201d): {provenance(figure)}"


#: A sources item read back: the label, the quote, and where the figure came from.
SOURCE_ITEM = re.compile(r"^(.*?) \(\u201c(.*?)\u201d\): (.*)$", re.S)

#: The memo's sources table.
MEMO_SOURCES_HEADING = "Sources"
MEMO_SOURCES_NOTE = "Every figure in this memo, as the article states it."
MEMO_SOURCE_COLUMNS = ("Quote", "Subject", "Metric", "Period", "Sentence it came from")
#: Characters printed per cell at most, so no row outgrows a page (quote, subject, metric, period, sentence).
MEMO_SOURCE_LIMITS = (160, 200, 200, 120, 1500)


def memo_source_row(figure: Figure) -> tuple[str, str, str, str, str]:
    """A figure's row in the memo's sources table, in the order of :data:`MEMO_SOURCE_COLUMNS`."""
    return figure.quote, figure.subject, figure.metric, figure.period, provenance(figure)
