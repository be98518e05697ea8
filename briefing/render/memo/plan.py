"""The memo's plan: which blocks the memo has, in reading order, decided from the model alone.

Takes a :class:`~briefing.model.Briefing`, its rendered charts, the theme and the build date;
returns a tuple of :class:`Block` (headings, paragraphs, bullets, charts, glossary terms, the
sources table). Pure: no reportlab, article text still raw (``briefing.memo`` escapes it when it
lays the blocks out), so the memo's content can be tested without opening a PDF.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.model.formatting import format_date
from briefing.model.types import Briefing
from briefing.plan.glossary import first_mentions, glossary_forms
from briefing.render.charts.draw import RenderedChart
from briefing.render.labels import (
    MEMO_SOURCES_HEADING,
    MEMO_SOURCES_NOTE,
    memo_source_row,
)
from briefing.render.memo.text import squeeze
from briefing.theme import Theme


@dataclass(frozen=True)
class Block:
    """One piece of the memo, in reading order.

    ``kind`` is ``memo-label``, ``field`` (text is the label, ``detail[0]`` the value), ``title``,
    ``heading`` (``level`` 0 or 1 in the bookmarks), ``note``, ``para``, ``bullet``, ``chart``
    (text is the caption, ``detail`` holds the source line, ``ref`` the chart's index), ``term``
    (``detail[0]`` is the definition, ``ref`` the glossary entry) or ``sources`` (a heading, its
    note in ``detail`` and the table's body ``rows``). ``links`` are ``(start, end, entry)`` spans of
    the cleaned text that mention a glossary entry and link to its definition.
    """

    kind: str
    text: str = ""
    detail: tuple[str, ...] = ()
    level: int = 0
    ref: int = -1
    rows: tuple[tuple[str, ...], ...] = ()
    links: tuple[tuple[int, int, int], ...] = ()


def plan_memo(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme,
              build_date: datetime.date) -> tuple[Block, ...]:
    """The memo's blocks, decided from the model alone; article text stays raw (escaped on emit)."""
    article = briefing.article
    blocks = [
        Block("memo-label", theme.classification),
        Block("field", "To", (f"Readers of {theme.organisation}" if theme.organisation else "Distribution",)),
        Block("field", "From", (theme.organisation,)),
        Block("field", "Date", (format_date(build_date),)),
        Block("field", "Subject", (article.title,)),
        Block("title", article.subtitle or article.title),
    ]
    if briefing.bottom_line.strip():
        blocks += [Block("heading", "Bottom line"), Block("para", briefing.bottom_line)]
    if article.takeaways:
        blocks.append(Block("heading", "Key takeaways"))
        if article.takeaways_derived:
            blocks.append(Block("note", "The article lists no takeaways; these are derived from the article."))
        blocks += [Block("bullet", text) for text in article.takeaways]
    if charts:
        blocks.append(Block("heading", "Charts"))
        for index, chart in enumerate(charts):
            caption = f"Figure {index + 1}. {chart.plan.title}"
            blocks.append(Block("chart", caption, (chart.plan.source,), level=1, ref=index))
    # The lead follows the charts: the takeaways and charts carry the news, the lead its detail.
    # The bottom line is often the lead itself; printing it twice would read as a mistake.
    said = " ".join(briefing.bottom_line.split())
    blocks += _text_section("What happened", [p for p in article.lead if " ".join(p.split()) not in said])
    blocks += _text_section("Analysis", article.analysis)
    for section in article.sections:
        blocks += _text_section(section.heading, section.paragraphs)
    if article.glossary:
        blocks.append(Block("heading", "Background"))
        blocks += [Block("term", entry.term, (entry.definition,), ref=index)
                   for index, entry in enumerate(article.glossary)]
    if briefing.figures:
        rows = tuple(memo_source_row(f) for f in briefing.figures)
        blocks.append(Block("sources", MEMO_SOURCES_HEADING, (MEMO_SOURCES_NOTE,), rows=rows))
    return _link_glossary(blocks, glossary_forms(article))


def _link_glossary(blocks: list[Block], forms: tuple[tuple[str, ...], ...]) -> tuple[Block, ...]:
    """The takeaways and analysis with the first mention of each glossary term linked to it."""
    section, linkable = "", []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            section = block.text
        elif block.kind in ("bullet", "para") and section in ("Key takeaways", "Analysis"):
            linkable.append(index)
    mentions = first_mentions([squeeze(blocks[i].text) for i in linkable], forms)
    out = list(blocks)
    for position, start, end, entry in mentions:
        block = out[linkable[position]]
        out[linkable[position]] = replace(block, links=(*block.links, (start, end, entry)))
    return tuple(out)


def term_anchor(entry: int) -> str:
    """The name of the memo destination of glossary entry ``entry``."""
    return f"glossary-{entry}"


def _text_section(heading: str, paragraphs: Sequence[str]) -> list[Block]:
    kept = [text for text in paragraphs if text.strip()]
    if not kept:
        return []
    return [Block("heading", heading or "Section"), *(Block("para", text) for text in kept)]


def block_texts(blocks: Sequence[Block]) -> list[str]:
    """Every string of article or theme text the blocks will print."""
    out: list[str] = []
    for block in blocks:
        out += [block.text, *block.detail]
        for row in block.rows:
            out += row
    return out
