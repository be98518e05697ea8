"""Text spread over several boxes: what a body does when even its smallest size cannot hold it.

Takes paragraphs, one box's size in points, a size range and a :class:`~.fitting.Measure`;
returns one :class:`~.fitting.FittedText` per box (:func:`paginate`): as few boxes as hold the
text, balanced so the last one is not a stray line, all at one size. The deck plan turns each box
into a continued slide ("Key Takeaways (2/3)"). Pure, like :mod:`.fitting`.
"""

from __future__ import annotations

from briefing.render.deck.fitting import (
    LINE_HEIGHT,
    FittedText,
    Line,
    Measure,
    TextStyle,
    fit_text,
    fits,
    layout_at,
    usable_height_pt,
)
from briefing.render.deck.paragraphs import Paragraph, Run


def paginate(paragraphs: tuple[Paragraph, ...], box_width_pt: float, box_height_pt: float, max_pt: float,
             min_pt: float, measure: Measure,
             style: TextStyle = TextStyle()) -> tuple[FittedText, ...]:  # noqa: B008 -- frozen: safe to share
    """The paragraphs over as few boxes as hold them, balanced, all at one size (the largest that
    fits every box); a paragraph taller than a box is cut at line ends. Always at least one box."""
    whole = fit_text(paragraphs, box_width_pt, box_height_pt, max_pt, min_pt, measure, style)
    if whole is not None:
        return (whole,)
    units: list[Paragraph] = []
    for par in paragraphs:
        alone = layout_at((par,), box_width_pt, min_pt, measure, style)
        if fits(alone, box_height_pt, style):
            units.append(par)
        else:
            units += _split_tall(par, box_width_pt, box_height_pt, min_pt, measure, style)
    heights = [layout_at((u,), box_width_pt, min_pt, measure, style).height_pt - 2 * style.inset_y_pt for u in units]
    gap = style.paragraph_gap_em * min_pt
    capacity = usable_height_pt(box_height_pt, style)
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


def _split_tall(
    par: Paragraph, box_width_pt: float, box_height_pt: float, size_pt: float, measure: Measure, style: TextStyle
) -> list[Paragraph]:
    """A paragraph too tall for one box at ``size_pt``, cut at line ends into pieces that fit."""
    lines = layout_at((par,), box_width_pt, size_pt, measure, style).lines[0]
    per_box = max(int(usable_height_pt(box_height_pt, style) // (LINE_HEIGHT * size_pt)), 1)
    # Rejoin lines with a space only where the text had one: a word cut at characters stays whole.
    spaced = _spaced_breaks(par, lines)
    return [
        _lines_to_paragraph(lines[i : i + per_box], spaced[i : i + per_box], par, continued=i > 0)
        for i in range(0, len(lines), per_box)
        if any(lines[i : i + per_box])  # a piece of reserve lines only holds no text
    ]


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
