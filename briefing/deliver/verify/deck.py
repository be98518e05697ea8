"""The deck read back: its takeaways, glossary and sources, as python-pptx sees them.

:func:`read_deck_text` takes the deck's bytes and returns a :class:`DeckText`: the figures of the
sources slides (quote and sentence), the takeaways, the glossary terms with their definitions, and
the problems met reading them (a deck python-pptx cannot open, a sources item of the wrong form).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.deliver.verify.package import A_NS
from briefing.render.labels import (
    BODY_SHAPE_NAME,
    GLOSSARY_SEPARATOR,
    SOURCE_ITEM,
    SlideTitle,
    section_of,
)

if TYPE_CHECKING:  # python-pptx is imported only when a deck is read
    from pptx.slide import Slide
    from pptx.text.text import _Paragraph as PptxParagraph

#: A body paragraph read back: its text, whether it begins an item, and its first bold run ("" if none).
Paragraph = tuple[str, bool, str]
#: A slide read back: its title and its body paragraphs.
SlideText = tuple[str, list[Paragraph]]


@dataclass
class DeckText:
    """What the deck states: its figures' quotes and sentences, takeaways and glossary."""

    figures: list[tuple[str, str]] = field(default_factory=list)
    takeaways: list[str] = field(default_factory=list)
    glossary: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _section_items(slides: list[SlideText], title: str) -> list[tuple[str, str]]:
    """``(first bold run, whole text)`` of each item on the slides titled ``title`` (or "title (2/3)"),
    a paragraph carried over to the next slide joined to the item it continues."""
    items: list[tuple[str, str]] = []
    for slide_title, paragraphs in slides:
        if section_of(slide_title) != title:
            continue
        for text, starts_item, bold in paragraphs:
            if starts_item or not items:
                items.append((bold, text))
            else:
                items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
    return items


def _slide_text(slide: Slide) -> SlideText:
    """A slide's title and the paragraphs of its body box."""
    from pptx.shapes.autoshape import Shape  # the only shapes with a text frame

    title_shape = slide.shapes.title
    title: str = title_shape.text_frame.text.strip() if title_shape is not None else ""
    paragraphs = [_paragraph(par) for shape in slide.shapes
                  if shape.name == BODY_SHAPE_NAME and isinstance(shape, Shape) and shape.has_text_frame
                  for par in shape.text_frame.paragraphs]
    return title, paragraphs


def _paragraph(par: PptxParagraph) -> Paragraph:
    p_pr = par._p.pPr
    # A paragraph carried over from the previous slide has no bullet and a hanging indent.
    continued = (p_pr is not None and p_pr.find(f"{{{A_NS}}}buNone") is not None
                 and int(p_pr.get("marL", "0")) > 0)
    bold: str = next((r.text for r in par.runs if r.font.bold), "") if par.runs else ""
    return par.text, not continued, bold


def read_deck_text(data: bytes) -> DeckText:
    """The deck's figures, takeaways and glossary, read back with python-pptx."""
    from pptx import Presentation

    out = DeckText()
    try:
        presentation = Presentation(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-pptx raises KeyError, ValueError, lxml errors... for broken decks
        out.problems.append(f"python-pptx cannot open the deck ({exc.__class__.__name__}: {exc})")
        return out
    slides = [_slide_text(slide) for slide in presentation.slides]
    out.takeaways = [text for _, text in _section_items(slides, SlideTitle.TAKEAWAYS)]
    for bold, text in _section_items(slides, SlideTitle.GLOSSARY):
        # "Term: definition": the bold run is the term, the definition follows the separator.
        definition = text[len(bold) + len(GLOSSARY_SEPARATOR):] if bold and text.startswith(bold) else text
        out.glossary.append((bold, definition))
    for number, (_, text) in enumerate(_section_items(slides, SlideTitle.SOURCES), start=1):
        match = SOURCE_ITEM.match(text)
        if match is None:
            out.problems.append(f"deck: sources item {number} is not 'figure (\u201cquote\u201d): sentence'")
            continue
        out.figures.append((match.group(2), match.group(3)))
    return out
