"""Words and limits that a writer and the checker must agree on, defined once.

The deck's section titles and how a continued slide is titled, how a sources item is written, and
the memo's sources table (heading, note, columns, cell limits) are made here; the deck and memo plans
write them and :mod:`briefing.deliver.verify` reads the outputs back with the same definitions.

So are the name of a section slide's text box, how a glossary item is written, the memo's bullet and
its "Page N of M" footer, which the checker reads back too.
"""

from __future__ import annotations

import enum
import re

from briefing.model.formatting import describe_figure, provenance, shown_subject
from briefing.model.types import Figure


class SlideTitle(enum.StrEnum):
    """The deck's section slides, by their titles."""

    GLANCE = "At a Glance"
    STORY = "What Happened"
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


#: The name of the text box holding a section slide's paragraphs (takeaways, glossary, sources...).
BODY_SHAPE_NAME = "Body"

#: Between a glossary item's bold term and its definition: ``Foundry: a chip maker ...``.
GLOSSARY_SEPARATOR = ": "


def glossary_item(term: str, definition: str) -> tuple[str, str]:
    """A glossary slide item as ``(bold term, rest)``: ``Foundry`` and ``: a chip maker ...``."""
    return term.strip().rstrip(":"), f"{GLOSSARY_SEPARATOR}{definition}"


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
    return figure.quote, shown_subject(figure), figure.metric, figure.period, provenance(figure)


#: What the memo draws before each bulleted paragraph (the takeaways).
MEMO_BULLET = "\u2022"

#: The memo's footer, ``Page 2 of 5``: ``PAGE_LABEL_FORMAT.format(number=2, total=5)``.
PAGE_LABEL_FORMAT = "Page {number} of {total}"

#: A footer read back, at the end of a line of extracted text: the page number and the page count.
#: Made from the format (whose words hold no regex metacharacters), so the two cannot drift apart.
PAGE_LABEL = re.compile(PAGE_LABEL_FORMAT.format(number=r"(\d+)", total=r"(\d+)") + r"\s*$")
