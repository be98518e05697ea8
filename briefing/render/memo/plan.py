"""The memo's plan: which blocks the memo has, in reading order, decided from the model alone.

Takes a :class:`~briefing.model.Briefing`, its rendered charts, the theme and the build date;
returns a tuple of :data:`MemoBlock`, one small frozen dataclass per kind of block (the memo label,
the To/From/Date/Subject fields, the title, headings, notes, paragraphs, bullets, charts, glossary
terms, the sources table). Pure: no reportlab, article text still raw (the writer escapes it when it
lays the blocks out), so the memo's content can be tested without opening a PDF.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeAlias, assert_never

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


class MemoHeading(enum.StrEnum):
    """The memo's own section headings (the article's sections bring headings of their own)."""

    BOTTOM_LINE = "Bottom line"
    TAKEAWAYS = "Key takeaways"
    CHARTS = "Charts"
    WHAT_HAPPENED = "What happened"
    ANALYSIS = "Analysis"
    BACKGROUND = "Background"


#: Printed under the takeaways heading when the article had none and they were chosen from its sentences.
DERIVED_TAKEAWAYS_NOTE = "The article lists no takeaways; these are derived from the article."

#: Sections whose text links the first mention of each glossary term to its definition.
_LINKED_SECTIONS = (MemoHeading.TAKEAWAYS, MemoHeading.ANALYSIS)


@dataclass(frozen=True, order=True)
class GlossaryLink:
    """Characters ``start:end`` of a block's cleaned text mention glossary entry ``entry``."""

    start: int
    end: int
    entry: int


@dataclass(frozen=True)
class MemoLabel:
    """The top row: "MEMORANDUM", the theme's classification label (and its logo, if any)."""

    classification: str


@dataclass(frozen=True)
class Field:
    """One row of the To / From / Date / Subject table; consecutive fields make one table."""

    label: str
    value: str


@dataclass(frozen=True)
class Title:
    """The memo's title, under the header table."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A section heading; ``level`` is its depth in the bookmarks (0 is the top)."""

    text: str
    level: int = 0


@dataclass(frozen=True)
class Note:
    """A small italic remark under a heading."""

    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph of body text; ``links`` mark its glossary mentions."""

    text: str
    links: tuple[GlossaryLink, ...] = ()


@dataclass(frozen=True)
class Bullet:
    """A bulleted takeaway; ``links`` mark its glossary mentions."""

    text: str
    links: tuple[GlossaryLink, ...] = ()


@dataclass(frozen=True)
class ChartBlock:
    """Chart number ``chart_index`` of the rendered charts, with its caption and source line."""

    caption: str
    source: str
    chart_index: int


@dataclass(frozen=True)
class Term:
    """A glossary entry: ``term`` (may be empty), its ``definition``, and its index ``entry``,
    which names the destination that glossary links point at."""

    term: str
    definition: str
    entry: int


@dataclass(frozen=True)
class SourcesTable:
    """The sources section: its heading, a note, and one row per figure (see ``memo_source_row``)."""

    heading: str
    note: str
    rows: tuple[tuple[str, ...], ...]


#: Every kind of block a memo has; the writer has one case for each.
MemoBlock: TypeAlias = (MemoLabel | Field | Title | Heading | Note | Para | Bullet | ChartBlock | Term
                        | SourcesTable)


def plan_memo(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme,
              build_date: datetime.date) -> tuple[MemoBlock, ...]:
    """The memo's blocks, decided from the model alone; article text stays raw (escaped on emit)."""
    article = briefing.article
    blocks: list[MemoBlock] = [
        MemoLabel(theme.classification),
        Field("To", f"Readers of {theme.organisation}" if theme.organisation else "Distribution"),
        Field("From", theme.organisation),
        Field("Date", format_date(build_date)),
        Field("Subject", article.title),
    ]
    # The Subject field states the headline; the title adds the longer one, never the same words again.
    if " ".join(article.subtitle.split()) not in ("", " ".join(article.title.split())):
        blocks.append(Title(article.subtitle))
    if briefing.bottom_line.strip():
        blocks += [Heading(MemoHeading.BOTTOM_LINE), Para(briefing.bottom_line)]
    if article.takeaways:
        blocks.append(Heading(MemoHeading.TAKEAWAYS))
        if article.takeaways_derived:
            blocks.append(Note(DERIVED_TAKEAWAYS_NOTE))
        blocks += [Bullet(text) for text in article.takeaways]
    if charts:
        blocks.append(Heading(MemoHeading.CHARTS))
        blocks += [ChartBlock(f"Figure {index + 1}. {chart.plan.title}", chart.plan.source, index)
                   for index, chart in enumerate(charts)]
    # The lead follows the charts: the takeaways and charts carry the news, the lead its detail.
    # The bottom line is often the lead itself; printing it twice would read as a mistake.
    said = " ".join(briefing.bottom_line.split())
    blocks += _text_section(MemoHeading.WHAT_HAPPENED, [p for p in article.lead if " ".join(p.split()) not in said])
    blocks += _text_section(MemoHeading.ANALYSIS, article.analysis)
    for section in article.sections:
        blocks += _text_section(section.heading, section.paragraphs)
    if article.glossary:
        blocks.append(Heading(MemoHeading.BACKGROUND))
        blocks += [Term(entry.term, entry.definition, index) for index, entry in enumerate(article.glossary)]
    if briefing.figures:
        rows = tuple(memo_source_row(f) for f in briefing.figures)
        blocks.append(SourcesTable(MEMO_SOURCES_HEADING, MEMO_SOURCES_NOTE, rows))
    return _link_glossary(blocks, glossary_forms(article))


def _link_glossary(blocks: list[MemoBlock], forms: tuple[tuple[str, ...], ...]) -> tuple[MemoBlock, ...]:
    """The takeaways and analysis with the first mention of each glossary term linked to it."""
    section = ""
    linkable: list[tuple[int, Bullet | Para]] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            section = block.text
        elif isinstance(block, (Bullet, Para)) and section in _LINKED_SECTIONS:
            linkable.append((index, block))
    found: dict[int, list[GlossaryLink]] = {}
    for position, start, end, entry in first_mentions([squeeze(b.text) for _, b in linkable], forms):
        found.setdefault(position, []).append(GlossaryLink(start, end, entry))
    out = list(blocks)
    for position, links in found.items():
        index, block = linkable[position]
        out[index] = replace(block, links=tuple(links))
    return tuple(out)


def _text_section(heading: str, paragraphs: Sequence[str]) -> list[MemoBlock]:
    kept = [text for text in paragraphs if text.strip()]
    if not kept:
        return []
    return [Heading(heading or "Section"), *(Para(text) for text in kept)]


def block_texts(blocks: Sequence[MemoBlock]) -> list[str]:
    """Every string of article or theme text the blocks will print, block by block in reading order."""
    out: list[str] = []
    for block in blocks:
        out += _texts(block)
    return out


def _texts(block: MemoBlock) -> tuple[str, ...]:
    match block:
        case MemoLabel():
            return (block.classification,)
        case Field():
            return (block.label, block.value)
        case Title() | Heading() | Note() | Para() | Bullet():
            return (block.text,)
        case ChartBlock():
            return (block.caption, block.source)
        case Term():
            return (block.term, block.definition)
        case SourcesTable():
            return (block.heading, block.note, *(cell for row in block.rows for cell in row))
        case _:
            assert_never(block)
