"""Text fitting for the deck: wrap paragraphs into a box with real font metrics and choose a size.

Takes :class:`~.paragraphs.Paragraph` values, a box's width and height in points, a size range and
a :class:`Measure` (the theme's :class:`~briefing.render.fonts.FontMetrics`); returns a
:class:`FittedText`: the wrapped lines and the largest font size at which everything fits
(:func:`fit_text`), or one paragraph cut with an ellipsis at the smallest size
(:func:`fit_or_truncate`). Spreading text over several boxes is :mod:`.pagination`. Pure: it
measures and draws nothing, so the deck's layout can be tested without writing a file.

The rules the emitter must follow so that what is planned is what is drawn: exact line spacing of
``LINE_HEIGHT`` x size, ``paragraph_gap_em`` x size before every paragraph but the first, the
insets of :class:`TextStyle`, word wrap on and auto-fit off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from briefing.render.deck.paragraphs import Paragraph, Run, paragraph

#: Line pitch as a multiple of the font size; the emitter sets it as exact spacing.
LINE_HEIGHT = 1.2
#: Share of a box's width and height that planned text may use: PowerPoint and LibreOffice
#: shape and kern text slightly differently from the font files, so leave them room.
SAFETY = 0.95
#: Font sizes are tried from the largest down in steps of this many points.
SIZE_STEP_PT = 0.5
ELLIPSIS = "\u2026"


class Measure(Protocol):
    """What fitting needs from :class:`briefing.render.fonts.FontMetrics`."""

    def width_pt(self, text: str, size_pt: float, bold: bool = False) -> float: ...


@dataclass(frozen=True)
class TextStyle:
    """How a box is drawn, in points: insets, the hanging indent of bullets, paragraph spacing."""

    inset_x_pt: float = 6.0
    inset_y_pt: float = 4.0
    bullet_indent_pt: float = 22.0
    paragraph_gap_em: float = 0.5
    bold: bool = False  # every run bold (titles)


#: One wrapped line: ``(text, bold)`` pieces, spaces included, to be measured piece by piece.
Line = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class FittedText:
    """Paragraphs at a size that fits: ``lines`` holds each paragraph's planned lines."""

    paragraphs: tuple[Paragraph, ...]
    size_pt: float
    lines: tuple[tuple[Line, ...], ...]
    height_pt: float  # text height including the top and bottom insets


# A word is a run of non-space characters (a no-break space is none); it may change weight inside
# ("Term:" + " def").
_Word = tuple[tuple[str, bool], ...]


def _words(par: Paragraph, force_bold: bool) -> list[_Word]:
    words: list[_Word] = []
    current: list[tuple[str, bool]] = []
    for run in par.runs:
        for piece in re.split(r"([^\S\u00a0]+)", run.text):  # a no-break space joins two words
            if not piece:
                continue
            if piece.isspace():
                if current:
                    words.append(tuple(current))
                current = []
            else:
                current.append((piece, run.bold or force_bold))
    if current:
        words.append(tuple(current))
    return words


def line_width_pt(line: Line, size_pt: float, measure: Measure) -> float:
    """Width of a planned line (or of a word's pieces) at ``size_pt``."""
    return sum(measure.width_pt(text, size_pt, bold) for text, bold in line)


def _break_word(word: _Word, width_pt: float, size_pt: float, measure: Measure) -> list[_Word]:
    """A word wider than the line, cut at characters into pieces that each fit."""
    chars = [(ch, bold) for text, bold in word for ch in text]
    pieces: list[_Word] = []
    current: list[tuple[str, bool]] = []
    used = 0.0
    for ch, bold in chars:
        w = measure.width_pt(ch, size_pt, bold)
        if current and used + w > width_pt:
            pieces.append(_merge(current))
            current, used = [], 0.0
        current.append((ch, bold))
        used += w
    if current:
        pieces.append(_merge(current))
    return pieces


def _merge(pieces: list[tuple[str, bool]]) -> _Word:
    out: list[tuple[str, bool]] = []
    for text, bold in pieces:
        if out and out[-1][1] == bold:
            out[-1] = (out[-1][0] + text, bold)
        else:
            out.append((text, bold))
    return tuple(out)


def wrap(par: Paragraph, width_pt: float, size_pt: float, measure: Measure, bold: bool = False) -> tuple[Line, ...]:
    """``par`` wrapped greedily into lines no wider than ``width_pt``; over-long words are cut
    at characters, and each cut word adds an empty line at the end as a reserve."""
    lines: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    used, broken = 0.0, 0
    for word in _words(par, bold):
        word_w = line_width_pt(word, size_pt, measure)
        space = (" ", word[0][1])
        space_w = measure.width_pt(" ", size_pt, word[0][1])
        if current and used + space_w + word_w <= width_pt:
            current += [space, *word]
            used += space_w + word_w
            continue
        if current:
            lines.append(current)
        current, used = [], 0.0
        pieces = [word] if word_w <= width_pt else _break_word(word, width_pt, size_pt, measure)
        broken += len(pieces) > 1
        for piece in pieces[:-1]:
            lines.append(list(piece))
        current = list(pieces[-1])
        used = line_width_pt(pieces[-1], size_pt, measure)
    if current or not lines:
        lines.append(current)
    # Viewers cut an over-long word at their own break opportunities (after "/" in a URL, say)
    # before cutting at characters, which can cost a line: reserve an empty line per cut word.
    lines += [[] for _ in range(broken)]
    return tuple(_merge(line) for line in lines)


def text_width_pt(box_width_pt: float, style: TextStyle, par: Paragraph) -> float:
    """The width lines of ``par`` may take in a box: insets, bullet indent and margin removed."""
    indent = style.bullet_indent_pt if (par.bullet or par.continued) else 0.0
    return (box_width_pt - 2 * style.inset_x_pt - indent) * SAFETY


def usable_height_pt(box_height_pt: float, style: TextStyle) -> float:
    """The height text may take in a box: insets and margin removed."""
    return (box_height_pt - 2 * style.inset_y_pt) * SAFETY


def layout_at(
    paragraphs: tuple[Paragraph, ...], box_width_pt: float, size_pt: float, measure: Measure, style: TextStyle
) -> FittedText:
    """The paragraphs wrapped at ``size_pt``, with the height they take."""
    lines = tuple(
        wrap(par, text_width_pt(box_width_pt, style, par), size_pt, measure, style.bold) for par in paragraphs
    )
    n_lines = sum(len(par_lines) for par_lines in lines)
    gaps = max(len(paragraphs) - 1, 0) * style.paragraph_gap_em * size_pt
    height = n_lines * LINE_HEIGHT * size_pt + gaps + 2 * style.inset_y_pt
    return FittedText(paragraphs, size_pt, lines, height)


def fits(fitted: FittedText, box_height_pt: float, style: TextStyle) -> bool:
    """Whether ``fitted`` stays within the usable height of a box ``box_height_pt`` tall."""
    return fitted.height_pt - 2 * style.inset_y_pt <= usable_height_pt(box_height_pt, style)


def _sizes(max_pt: float, min_pt: float) -> list[float]:
    sizes, size = [], max_pt
    while size > min_pt + 1e-9:
        sizes.append(round(size, 2))
        size -= SIZE_STEP_PT
    return sizes + [min_pt]


def fit_text(paragraphs: tuple[Paragraph, ...], box_width_pt: float, box_height_pt: float, max_pt: float,
             min_pt: float, measure: Measure, style: TextStyle = TextStyle()) -> FittedText | None:
    """The paragraphs at the largest size in [min_pt, max_pt] that fits the box, or None."""
    for size in _sizes(max_pt, min_pt):
        fitted = layout_at(paragraphs, box_width_pt, size, measure, style)
        if fits(fitted, box_height_pt, style):
            return fitted
    return None


def fit_or_truncate(text: str, box_width_pt: float, box_height_pt: float, max_pt: float, min_pt: float,
                    measure: Measure, style: TextStyle = TextStyle()) -> tuple[FittedText, bool]:
    """One paragraph that must stay in one box (a title, a source line): fitted if it can be,
    otherwise cut at the smallest size and ended with an ellipsis. The flag says it was cut."""
    par = paragraph(Run(text, style.bold))
    fitted = fit_text((par,), box_width_pt, box_height_pt, max_pt, min_pt, measure, style)
    if fitted is not None:
        return fitted, False
    words = re.sub(r"\s+", " ", text).strip()
    low, high = 0, len(words)  # longest prefix that fits with an ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        candidate = paragraph(Run(words[:mid].rstrip() + ELLIPSIS, style.bold))
        if fits(layout_at((candidate,), box_width_pt, min_pt, measure, style), box_height_pt, style):
            low = mid
        else:
            high = mid - 1
    par = paragraph(Run(words[:low].rstrip() + ELLIPSIS, style.bold))
    return layout_at((par,), box_width_pt, min_pt, measure, style), True
