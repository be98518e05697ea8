"""Text fitting for the deck: wrap text into a box with real font metrics and choose its size.

Takes paragraphs (runs of plain or bold text), a box in points and a size range; returns the
wrapped lines and the largest font size at which everything fits (:func:`fit_text`), or the
paragraphs split over several boxes when even the smallest size cannot hold them
(:func:`paginate`). Pure: it measures with :mod:`briefing.fonts` and draws nothing, so the deck's
layout can be tested without writing a file.

The rules the emitter must follow so that what is planned is what is drawn: exact line spacing of
``LINE_HEIGHT`` x size, ``paragraph_gap_em`` x size before every paragraph but the first, the
insets of :class:`TextStyle`, word wrap on and auto-fit off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from briefing.model.types import ChartPlan

EMU_PER_PT = 12700
EMU_PER_IN = 914400
#: Line pitch as a multiple of the font size; the emitter sets it as exact spacing.
LINE_HEIGHT = 1.2
#: Share of a box's width and height that planned text may use: PowerPoint and LibreOffice
#: shape and kern text slightly differently from the font files, so leave them room.
SAFETY = 0.95
#: Font sizes are tried from the largest down in steps of this many points.
SIZE_STEP_PT = 0.5
ELLIPSIS = "\u2026"


class Measure(Protocol):
    """What fitting needs from :class:`briefing.fonts.FontMetrics`."""

    def width_pt(self, text: str, size_pt: float, bold: bool = False) -> float: ...


@dataclass(frozen=True)
class Run:
    """A stretch of text in one weight."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. ``bullet`` draws a bullet and hangs wrapped lines under the text;
    ``continued`` marks the rest of a paragraph begun in the previous box (indented, no bullet)."""

    runs: tuple[Run, ...]
    bullet: bool = False
    continued: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without characters XML cannot carry (controls, lone surrogates); tabs and line
    breaks become spaces."""
    return _XML_INVALID.sub(" ", text)


def paragraph(*runs: Run | str, bullet: bool = False) -> Paragraph:
    """A :class:`Paragraph` with whitespace collapsed (so wrapping and splitting are exact);
    plain strings become regular runs."""
    out: list[Run] = []
    for item in runs:
        run = Run(item) if isinstance(item, str) else item
        text = re.sub(r"\s+", " ", clean(run.text))
        if not out:
            text = text.lstrip()
        if text:
            out.append(Run(text, run.bold))
    if out:
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold)
    return Paragraph(tuple(r for r in out if r.text), bullet=bullet)


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


# A word is a run of non-space characters; it may change weight inside ("Term:" + " def").
_Word = tuple[tuple[str, bool], ...]


def _words(par: Paragraph, force_bold: bool) -> list[_Word]:
    words: list[_Word] = []
    current: list[tuple[str, bool]] = []
    for run in par.runs:
        for piece in re.split(r"(\s+)", run.text):
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
    """Width of a planned line at ``size_pt``."""
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
        word_w = sum(measure.width_pt(t, size_pt, b) for t, b in word)
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
        used = sum(measure.width_pt(t, size_pt, b) for t, b in current)
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


def _sizes(max_pt: float, min_pt: float) -> list[float]:
    sizes, size = [], max_pt
    while size > min_pt + 1e-9:
        sizes.append(round(size, 2))
        size -= SIZE_STEP_PT
    return sizes + [min_pt]


def _fits(fitted: FittedText, box_height_pt: float, style: TextStyle) -> bool:
    usable = (box_height_pt - 2 * style.inset_y_pt) * SAFETY
    return fitted.height_pt - 2 * style.inset_y_pt <= usable


def fit_text(
    paragraphs: tuple[Paragraph, ...],
    box_width_pt: float,
    box_height_pt: float,
    max_pt: float,
    min_pt: float,
    measure: Measure,
    style: TextStyle = TextStyle(),
) -> FittedText | None:
    """The paragraphs at the largest size in [min_pt, max_pt] that fits the box, or None."""
    for size in _sizes(max_pt, min_pt):
        fitted = layout_at(paragraphs, box_width_pt, size, measure, style)
        if _fits(fitted, box_height_pt, style):
            return fitted
    return None


def _spaced_breaks(par: Paragraph, lines: tuple[Line, ...]) -> list[bool]:
    """For each line, whether a space precedes it in the paragraph (False inside a cut word)."""
    text, pos, out = par.text, 0, []
    for line in lines:
        if not line:  # a reserved line holds no text
            out.append(False)
            continue
        spaced = text[pos : pos + 1] == " "
        pos += int(spaced)
        out.append(spaced)
        pos += sum(len(piece) for piece, _ in line)
    return out


def _lines_to_paragraph(lines: tuple[Line, ...], spaced: list[bool], like: Paragraph, continued: bool) -> Paragraph:
    runs: list[Run] = []
    for i, line in enumerate(lines):
        pieces = ([(" ", line[0][1])] if i and line and spaced[i] else []) + list(line)
        for text, bold in pieces:
            if runs and runs[-1].bold == bold:
                runs[-1] = Run(runs[-1].text + text, bold)
            else:
                runs.append(Run(text, bold))
    hanging = like.bullet or like.continued  # a bullet's continuation keeps the bullet's indent
    return Paragraph(
        tuple(runs), bullet=like.bullet and not continued, continued=hanging and (continued or like.continued)
    )


def _split_tall(
    par: Paragraph, box_width_pt: float, box_height_pt: float, size_pt: float, measure: Measure, style: TextStyle
) -> list[Paragraph]:
    """A paragraph too tall for one box at ``size_pt``, cut at line ends into pieces that fit."""
    lines = layout_at((par,), box_width_pt, size_pt, measure, style).lines[0]
    usable = (box_height_pt - 2 * style.inset_y_pt) * SAFETY
    per_box = max(int(usable // (LINE_HEIGHT * size_pt)), 1)
    # Rejoin lines with a space only where the text had one: a word cut at characters stays whole.
    spaced = _spaced_breaks(par, lines)
    return [
        _lines_to_paragraph(lines[i : i + per_box], spaced[i : i + per_box], par, continued=i > 0)
        for i in range(0, len(lines), per_box)
        if any(lines[i : i + per_box])  # a piece of reserve lines only holds no text
    ]


def paginate(
    paragraphs: tuple[Paragraph, ...],
    box_width_pt: float,
    box_height_pt: float,
    max_pt: float,
    min_pt: float,
    measure: Measure,
    style: TextStyle = TextStyle(),
) -> tuple[FittedText, ...]:
    """The paragraphs over as few boxes as hold them, balanced, all at one size (the largest that
    fits every box); a paragraph taller than a box is cut at line ends. Always at least one box."""
    whole = fit_text(paragraphs, box_width_pt, box_height_pt, max_pt, min_pt, measure, style)
    if whole is not None:
        return (whole,)
    units: list[Paragraph] = []
    for par in paragraphs:
        alone = layout_at((par,), box_width_pt, min_pt, measure, style)
        if _fits(alone, box_height_pt, style):
            units.append(par)
        else:
            units += _split_tall(par, box_width_pt, box_height_pt, min_pt, measure, style)
    heights = [layout_at((u,), box_width_pt, min_pt, measure, style).height_pt - 2 * style.inset_y_pt for u in units]
    gap = style.paragraph_gap_em * min_pt
    capacity = (box_height_pt - 2 * style.inset_y_pt) * SAFETY
    pages = _fill(heights, gap, capacity)
    pages = _balance(heights, gap, capacity, len(pages)) or pages
    groups = [tuple(units[i] for i in page) for page in pages]
    size = min(
        (fit_text(g, box_width_pt, box_height_pt, max_pt, min_pt, measure, style) or _at_min(g, min_pt)).size_pt
        for g in groups
    )
    return tuple(layout_at(g, box_width_pt, size, measure, style) for g in groups)


def _at_min(group: tuple[Paragraph, ...], min_pt: float) -> FittedText:
    return FittedText(group, min_pt, (), 0.0)


def _balance(heights: list[float], gap: float, capacity: float, n_pages: int) -> list[list[int]] | None:
    """Units over ``n_pages`` pages of about equal height (so the last page is not a stray
    line), or None when that does not work out."""
    pages: list[list[int]] = []
    i = 0
    for k in range(n_pages):
        remaining = sum(heights[i:]) + gap * max(len(heights) - i - (n_pages - k), 0)
        target = remaining / (n_pages - k)
        page: list[int] = []
        used = 0.0
        while i < len(heights):
            extra = heights[i] + (gap if page else 0.0)
            # Take a unit if the page is empty, or if its middle falls within the target.
            if page and (used + extra > capacity + 1e-6 or used + extra / 2 > target):
                break
            page.append(i)
            used += extra
            i += 1
        pages.append(page)
    if i < len(heights) or any(not page for page in pages):
        return None
    return pages


def _fill(heights: list[float], gap: float, capacity: float) -> list[list[int]]:
    """Indices of units per page, filling each page greedily up to ``capacity``."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, height in enumerate(heights):
        extra = height + (gap if pages[-1] else 0.0)
        if pages[-1] and used + extra > capacity + 1e-6:
            pages.append([])
            extra, used = height, 0.0
        pages[-1].append(i)
        used += extra
    return pages


def fit_or_truncate(
    text: str,
    box_width_pt: float,
    box_height_pt: float,
    max_pt: float,
    min_pt: float,
    measure: Measure,
    style: TextStyle = TextStyle(),
) -> tuple[FittedText, bool]:
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
        if _fits(layout_at((candidate,), box_width_pt, min_pt, measure, style), box_height_pt, style):
            low = mid
        else:
            high = mid - 1
    par = paragraph(Run(words[:low].rstrip() + ELLIPSIS, style.bold))
    return layout_at((par,), box_width_pt, min_pt, measure, style), True


# ---------------------------------------------------------------- the deck plan


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide in EMU (914,400 to the inch, 12,700 to the point)."""

    left: int
    top: int
    width: int
    height: int

    @classmethod
    def inches(cls, left: float, top: float, width: float, height: float) -> Box:
        return cls(*(round(v * EMU_PER_IN) for v in (left, top, width, height)))

    @property
    def width_pt(self) -> float:
        return self.width / EMU_PER_PT

    @property
    def height_pt(self) -> float:
        return self.height / EMU_PER_PT

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass(frozen=True)
class TextBoxPlan:
    """A text box: fitted text, its box, and how to draw it. ``role`` is ``title``, ``body`` or
    ``caption``; ``colour`` names a theme colour; ``align`` is ``left`` or ``right``; ``anchor``
    is ``top`` or ``bottom``. ``links`` are ``(paragraph, start, end)`` character spans of the
    fitted paragraphs that link to the glossary slide (same font: they change no width)."""

    name: str
    role: str
    box: Box
    text: FittedText
    style: TextStyle
    colour: str = "text"
    align: str = "left"
    anchor: str = "top"
    links: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class PicturePlan:
    """A PNG picture placed in ``box`` (its aspect ratio already kept) with its alt text;
    ``chart`` set: drawn instead as an editable PowerPoint chart of that plan, in the same box."""

    name: str
    box: Box
    png: bytes
    alt_text: str
    chart: ChartPlan | None = None


@dataclass(frozen=True)
class RectPlan:
    """A filled rectangle without outline or text (colour bars and rules)."""

    name: str
    box: Box
    colour: str


@dataclass(frozen=True)
class SlidePlan:
    """One slide: its title (drawn in the layout's title placeholder), other text boxes,
    pictures, decoration and speaker notes."""

    kind: str
    title: TextBoxPlan
    texts: tuple[TextBoxPlan, ...] = ()
    pictures: tuple[PicturePlan, ...] = ()
    rects: tuple[RectPlan, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class DeckPlan:
    """Every slide of the deck, decided; ``logo_box`` is where the theme's logo goes (None: no
    logo); ``warnings`` are problems found while planning."""

    slides: tuple[SlidePlan, ...]
    width: int
    height: int
    logo_box: Box | None
    warnings: tuple[str, ...]
