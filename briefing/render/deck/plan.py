"""The deck's plan: every slide decided from the briefing, without touching python-pptx.

:func:`plan_deck` takes a :class:`~briefing.model.Briefing`, its rendered charts, the theme and a
:class:`~.template.Frame` and returns a :class:`~.slides.DeckPlan`: which slides, what text at
what size in which box (fitted by :mod:`.fitting` and :mod:`.pagination`), which words link to the
glossary, what each slide's notes say. :mod:`.writer` writes the plan with python-pptx.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace

from briefing.model.formatting import describe_figure, format_date, provenance
from briefing.model.types import Briefing, ChartKind, Figure, GlanceTile
from briefing.plan.glossary import first_mentions, glossary_forms
from briefing.render.charts.draw import RenderedChart
from briefing.render.deck.boxes import (
    EMU_PER_IN,
    EMU_PER_PT,
    Box,
    PicturePlan,
    RectPlan,
    TextAlign,
    TextAnchor,
    TextBoxPlan,
    TextRole,
)
from briefing.render.deck.fitting import LINE_HEIGHT, SAFETY, TextStyle, fit_or_truncate, fit_text, layout_at
from briefing.render.deck.glance import DOWN, UP, TileLines, tile_grid, tile_lines
from briefing.render.deck.pagination import paginate
from briefing.render.deck.paragraphs import Paragraph, Run, clean, paragraph
from briefing.render.deck.slides import DeckPlan, SlideKind, SlidePlan
from briefing.render.deck.template import (
    Frame,
    default_frame,
)
from briefing.render.fonts import metrics_for
from briefing.render.labels import SlideTitle, continued_title, source_item
from briefing.theme import Theme, ThemeColour

#: Source lines and footers are deliberately small; they are not body text.
CAPTION_MAX_PT, CAPTION_MIN_PT = 12.0, 10.0
#: The sources slide is a dense reference list: it reads better below the body maximum.
DENSE_MAX_PT = 20.0
#: Chart kinds drawn as editable PowerPoint charts on request; the others stay pictures.
NATIVE_KINDS = frozenset({ChartKind.CHANGE, ChartKind.BARS})


TITLE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=3.0, bold=True)
BODY_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=4.0, bullet_indent_pt=24.0, paragraph_gap_em=0.55)
CAPTION_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0)
TILE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0, paragraph_gap_em=0.15)
TILE_VALUE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0, bold=True)
#: A tile's value reads across the room; its other lines are body text, never below the theme's minimum.
TILE_VALUE_MAX_PT, TILE_VALUE_MIN_PT, TILE_LABEL_MAX_PT, TILE_DETAIL_MAX_PT = 44.0, 24.0, 20.0, 18.0
#: A tile's inner padding.
TILE_PAD_IN = 0.14


class _Planner:
    """Builds slide plans; holds the theme, the frame, the measuring fonts and the warnings."""

    def __init__(self, theme: Theme, frame: Frame) -> None:
        self.theme, self.frame = theme, frame
        self.deck = theme.deck
        self.measure = metrics_for(theme.fonts)
        self.warnings: list[str] = []
        self.title_box = frame.title
        # With a logo top right, the title stops a fifth of an inch short of it.
        logo, title = frame.logo, frame.title
        if theme.logo is not None and logo.left < title.right and logo.top < title.bottom:
            self.title_box = replace(title, width=logo.left - title.left - EMU_PER_IN // 5)

    def text(self, name: str, role: TextRole, box: Box, text: str, max_pt: float, min_pt: float,
             style: TextStyle, colour: ThemeColour, align: TextAlign = TextAlign.LEFT,
             anchor: TextAnchor = TextAnchor.TOP) -> TextBoxPlan:
        """A one-paragraph box (title, caption): fitted, or cut with an ellipsis and a warning."""
        fitted, cut = fit_or_truncate(text, box.width_pt, box.height_pt, max_pt, min_pt, self.measure, style)
        if cut:
            self.warnings.append(f"deck: {role} {text[:60]!r}... is too long for its box and was shortened")
        return TextBoxPlan(name, role, box, fitted, style, colour=colour, align=align, anchor=anchor)

    def title(self, text: str, box: Box | None = None) -> TextBoxPlan:
        return self.text("Title", TextRole.TITLE, box or self.title_box, text, self.deck.title_max_pt,
                         self.deck.title_min_pt, TITLE_STYLE, ThemeColour.PRIMARY, anchor=TextAnchor.BOTTOM)

    def rules(self) -> tuple[RectPlan, ...]:
        """The accent rule under the title, on the blank deck only (a template has its own look)."""
        if not self.frame.decorated:
            return ()
        title = self.frame.title
        return (RectPlan("Title rule", Box(title.left, title.bottom + EMU_PER_IN * 6 // 100, title.width,
                                           round(0.03 * EMU_PER_IN)), ThemeColour.ACCENT),)

    def section(self, kind: SlideKind, heading: str, paragraphs: tuple[Paragraph, ...], notes: str,
                max_pt: float | None = None, terms: Sequence[tuple[str, ...]] = ()) -> list[SlidePlan]:
        """Slides holding ``paragraphs`` under ``heading``, continued as "Heading (2/3)";
        the first mention of each of ``terms`` on a slide links to the glossary."""
        body_box = self.frame.body
        top = min(max_pt or self.deck.body_max_pt, self.deck.body_max_pt)
        pages = paginate(paragraphs, body_box.width_pt, body_box.height_pt, max(top, self.deck.body_min_pt),
                         self.deck.body_min_pt, self.measure, BODY_STYLE)
        slides = []
        for i, fitted in enumerate(pages, start=1):
            label = continued_title(heading, i, len(pages))
            more = "" if len(pages) == 1 else f"\n(Part {i} of {len(pages)}.)"
            body = TextBoxPlan("Body", TextRole.BODY, body_box, fitted, BODY_STYLE,
                               links=glossary_links(fitted.paragraphs, terms))
            slides.append(SlidePlan(kind, self.title(label), (body,), rects=self.rules(), notes=notes + more))
        return slides


def glossary_terms(briefing: Briefing) -> tuple[tuple[str, ...], ...]:
    """The mention forms of every glossary term (see :func:`briefing.plan.glossary.glossary_forms`)."""
    return tuple(forms for forms in glossary_forms(briefing.article) if forms)


def glossary_links(paragraphs: Sequence[Paragraph],
                   terms: Sequence[tuple[str, ...]]) -> tuple[tuple[int, int, int], ...]:
    """``(paragraph, start, end)`` of the first mention of each term in ``paragraphs``."""
    return tuple((i, start, end) for i, start, end, _ in first_mentions([p.text for p in paragraphs], terms))


def _title_slide(p: _Planner, briefing: Briefing, build_date: datetime.date | None) -> SlidePlan:
    article, theme, frame = briefing.article, p.theme, p.frame
    big = min(max(p.deck.title_max_pt, p.deck.title_max_pt * 1.25), 96.0)
    title = p.text("Title", TextRole.TITLE, frame.cover_title, article.title, big,
                   p.deck.title_min_pt, TITLE_STYLE, ThemeColour.PRIMARY, anchor=TextAnchor.BOTTOM)
    texts = []
    if article.subtitle.strip():
        texts.append(p.text("Subtitle", TextRole.BODY, frame.cover_subtitle, article.subtitle,
                            p.deck.body_max_pt, p.deck.body_min_pt, BODY_STYLE, ThemeColour.TEXT))
    meta = [theme.organisation, theme.classification] + ([format_date(build_date)] if build_date else [])
    texts.append(p.text("Organisation, classification and date", TextRole.BODY, frame.cover_meta,
                        "  |  ".join(m for m in meta if m.strip()), max(p.deck.body_min_pt, 16.0),
                        p.deck.body_min_pt, BODY_STYLE, ThemeColour.MUTED))
    rects: tuple[RectPlan, ...] = ()
    if frame.decorated:
        sub = frame.cover_subtitle
        rects = (RectPlan("Side band", Box(0, 0, round(0.3 * EMU_PER_IN), frame.height), ThemeColour.PRIMARY),
                 RectPlan("Title rule", Box(sub.left + round(0.06 * EMU_PER_IN), sub.top - round(0.22 * EMU_PER_IN),
                                            round(1.6 * EMU_PER_IN), round(0.06 * EMU_PER_IN)), ThemeColour.ACCENT))
    notes = briefing.bottom_line or " ".join(article.lead) or article.subtitle or article.title
    return SlidePlan(SlideKind.TITLE, title, tuple(texts), rects=rects, notes=notes)


def _takeaway_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    article = briefing.article
    if not article.takeaways:
        return []
    notes = " ".join(article.lead) or briefing.bottom_line
    if article.takeaways_derived:
        notes += (f"\n\nThe article has no {SlideTitle.TAKEAWAYS} section: these points were derived from the "
                  "article's own sentences.")
    paras = tuple(paragraph(t, bullet=True) for t in article.takeaways)
    return p.section(SlideKind.TAKEAWAYS, SlideTitle.TAKEAWAYS, paras, notes.strip() or "Key takeaways of the article.",
                     terms=glossary_terms(briefing))


def _line_height_pt(size: float, lines: int, style: TextStyle) -> float:
    """The box height ``lines`` lines at ``size`` need, gaps, insets and fitting's safety margin included."""
    return (size * LINE_HEIGHT * lines + style.paragraph_gap_em * size * (lines - 1) + 2 * style.inset_y_pt) / SAFETY


def _label(tile: TileLines) -> tuple[Paragraph, ...]:
    """A tile's owner (bold) above its measure."""
    return paragraph(Run(tile.owner, bold=True)), paragraph(tile.measure)


def _tile_sizes(p: _Planner, lines: Sequence[TileLines], inner: Box, details: int,
                low: float) -> tuple[float, float, float]:
    """The value's, the detail rows' and the owner and measure's sizes: the largest value that
    leaves the owner and measure the lines they take (two at the least, three at most: a longer
    measure is shortened rather than the value) at the largest label size that allows a value of
    32 pt or more; the detail rows no larger than the label, so the period never outweighs the owner."""
    def label_height(size: float) -> float:
        taken = max((sum(len(par) for par in layout_at(_label(t), inner.width_pt, size, p.measure, TILE_STYLE).lines)
                     for t in lines), default=2)
        return _line_height_pt(size, min(max(taken, 2), 3), TILE_STYLE)

    top, bottom = int(TILE_VALUE_MAX_PT), int(TILE_VALUE_MIN_PT)
    for label_pt, smallest_value in ((TILE_LABEL_MAX_PT, 32), (18.0, 32), (16.0, 28), (low, bottom)):
        label_pt = max(label_pt, low)
        detail_pt = min(label_pt, TILE_DETAIL_MAX_PT)
        room = inner.height_pt - label_height(label_pt) - details * _line_height_pt(detail_pt, 1, TILE_STYLE)
        for value in range(top, smallest_value - 1, -2):
            if _line_height_pt(value, 1, TILE_VALUE_STYLE) <= room:
                return float(value), detail_pt, label_pt
    return TILE_VALUE_MIN_PT, low, low


def _tile_boxes(p: _Planner, lines: Sequence[TileLines], grid: Sequence[Box],
                low: float) -> tuple[list[dict[str, Box]], float, float, float]:
    """Each tile's rows, the same on every tile so that values and labels align across them: the
    value, the owner and measure, and a change or period row when any tile has one; and the largest
    value, detail and label sizes those rows were made for."""
    details = [k for k in ("change", "period") if any(getattr(t, k) for t in lines)]
    pad = round(TILE_PAD_IN * EMU_PER_IN)
    inners = [Box(b.left + pad, b.top + pad, b.width - 2 * pad, b.height - 2 * pad) for b in grid]
    value_pt, detail_pt, label_pt = _tile_sizes(p, lines, inners[0], len(details), low)
    heights = {"value": round(_line_height_pt(value_pt, 1, TILE_VALUE_STYLE) * EMU_PER_PT),
               **{k: round(_line_height_pt(detail_pt, 1, TILE_STYLE) * EMU_PER_PT) for k in details}}
    rows = []
    for inner in inners:
        label_height = inner.height - sum(heights.values())
        top, row = inner.top, {}
        for key in ("value", "label", *details):
            height = label_height if key == "label" else heights[key]
            row[key] = Box(inner.left, top, inner.width, height)
            top += height
        rows.append(row)
    return rows, value_pt, detail_pt, label_pt


def _common_size(p: _Planner, texts: Sequence[tuple[Paragraph, ...]], box: Box, max_pt: float, min_pt: float,
                 style: TextStyle) -> float:
    """The largest size at which every tile's text of one row fits its box: one size per row reads
    as one design; a text that fits at no size is left to be shortened on its own tile."""
    sizes = [fitted.size_pt for fitted in (fit_text(t, box.width_pt, box.height_pt, max_pt, min_pt, p.measure, style)
                                           for t in texts) if fitted is not None]
    return min(sizes, default=min_pt)


def _tile_text(p: _Planner, name: str, box: Box, paras: tuple[Paragraph, ...], size: float, style: TextStyle,
               colour: ThemeColour, anchor: TextAnchor = TextAnchor.TOP) -> TextBoxPlan:
    fitted = fit_text(paras, box.width_pt, box.height_pt, size, size, p.measure, style)
    if fitted is not None:
        return TextBoxPlan(name, TextRole.BODY, box, fitted, style, colour=colour, anchor=anchor)
    joined = ": ".join(par.text for par in paras)
    return p.text(name, TextRole.BODY, box, joined, size, p.deck.body_min_pt, style, colour, anchor=anchor)


def _tile_shapes(p: _Planner, tiles: Sequence[GlanceTile], grid: Sequence[Box]) -> tuple[list[RectPlan],
                                                                                        list[TextBoxPlan]]:
    """Every tile: its ground, and a box per line (value, owner and measure, change, period), each
    row at one size on all tiles, the largest that real font metrics say fits."""
    lines = [tile_lines(t) for t in tiles]
    low = p.deck.body_min_pt
    rows, value_pt, detail_pt, label_pt = _tile_boxes(p, lines, grid, low)
    values = [(paragraph(t.value),) for t in lines]
    labels = [_label(t) for t in lines]
    sizes = {
        "value": _common_size(p, values, rows[0]["value"], value_pt, TILE_VALUE_MIN_PT, TILE_VALUE_STYLE),
        "label": _common_size(p, labels, rows[0]["label"], label_pt, low, TILE_STYLE),
    }
    for key in ("change", "period"):
        if key in rows[0]:
            sizes[key] = _common_size(p, [(paragraph(getattr(t, key)),) for t in lines if getattr(t, key)],
                                      rows[0][key], detail_pt, low, TILE_STYLE)
    rects, texts = [], []
    for number, (tile, box, row, value, label) in enumerate(zip(lines, grid, rows, values, labels), start=1):
        name = f"Tile {number}"
        rects.append(RectPlan(name, box, ThemeColour.LIGHT, backdrop=True))
        # A change shown as the value is coloured by its sign; the arrow and sign say it without colour.
        value_colour = (ThemeColour.PRIMARY if not tile.value.startswith((UP, DOWN))
                        else ThemeColour.NEGATIVE if tile.value.startswith(DOWN) else ThemeColour.POSITIVE)
        texts.append(_tile_text(p, f"{name} value", row["value"], value, sizes["value"], TILE_VALUE_STYLE,
                                value_colour, anchor=TextAnchor.BOTTOM))
        texts.append(_tile_text(p, f"{name} owner and measure", row["label"], label, sizes["label"], TILE_STYLE,
                                ThemeColour.TEXT))
        if tile.change:
            texts.append(_tile_text(p, f"{name} change", row["change"], (paragraph(tile.change),), sizes["change"],
                                    TILE_STYLE, ThemeColour.NEGATIVE if tile.falls else ThemeColour.POSITIVE))
        if tile.period:
            texts.append(_tile_text(p, f"{name} period", row["period"], (paragraph(tile.period),), sizes["period"],
                                    TILE_STYLE, ThemeColour.MUTED))
    return rects, texts


def glance_area(frame: Frame) -> Box:
    """Where the tiles go: under the (title-only) slide's title, down to where body text stops."""
    chart, body = frame.chart, frame.body
    return Box(chart.left, chart.top, chart.width, max(chart.height, body.bottom - chart.top))


def _glance_slide(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    tiles = briefing.glance
    if not tiles:
        return []
    grounds, texts = _tile_shapes(p, tiles, tile_grid(glance_area(p.frame), len(tiles)))
    rects = [*p.rules(), *grounds]
    shown = [f for t in tiles for f in (t.figure, t.change, t.earlier) if f is not None]
    notes = "\n".join([f"The {len(tiles)} figure{'s' if len(tiles) > 1 else ''} the article states for certain, "
                        "each with its owner; walk through them left to right before the detail:",
                        *(_figure_note(f) for f in shown)])
    return [SlidePlan(SlideKind.GLANCE, p.title(SlideTitle.GLANCE), tuple(texts), rects=tuple(rects), notes=notes)]


def _story_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    sentences = briefing.what_happened
    if not sentences:
        return []
    # The lede on its own, the sentences that follow it as one paragraph: prose, not a list.
    paras = tuple(paragraph(text) for text in (sentences[0], " ".join(sentences[1:])) if text)
    notes = ("What happened, in the article's own words (the lead; a sentence whose figure's owner or direction "
             f"the article leaves unsure is left out). Say it in one breath: {sentences[0]}")
    return p.section(SlideKind.STORY, SlideTitle.STORY, paras, notes, terms=glossary_terms(briefing))


def _on_a_tile(chart: RenderedChart, tiles: Sequence[GlanceTile]) -> bool:
    """A single-figure chart whose figure a glance tile already shows: the deck has said it."""
    shown = {id(f) for t in tiles for f in (t.figure, t.change, t.earlier) if f is not None}
    return chart.plan.kind == ChartKind.KPI and all(id(f) in shown for f in chart.plan.figures)


def _figure_note(figure: Figure) -> str:
    return f"- {describe_figure(figure)}: \u201c{provenance(figure)}\u201d"


def _chart_slide(p: _Planner, chart: RenderedChart, editable: bool) -> SlidePlan:
    plan = chart.plan
    title = p.title(plan.title)
    area = p.frame.chart
    scale = min(area.width / (chart.width_in * EMU_PER_IN), area.height / (chart.height_in * EMU_PER_IN))
    width, height = round(chart.width_in * EMU_PER_IN * scale), round(chart.height_in * EMU_PER_IN * scale)
    pic_box = Box(area.left + (area.width - width) // 2, area.top, width, height)
    source_box = Box(pic_box.left, pic_box.bottom + EMU_PER_IN // 12, area.right - pic_box.left,
                     round(EMU_PER_IN * 0.48))
    source = p.text("Source", TextRole.CAPTION, source_box, plan.source, CAPTION_MAX_PT, CAPTION_MIN_PT,
                    CAPTION_STYLE, ThemeColour.MUTED)
    native = plan if editable and plan.kind in NATIVE_KINDS else None
    picture = PicturePlan(f"Chart: {plan.key}", pic_box, chart.png, plan.alt_text, native)
    notes = "\n".join([plan.alt_text, "", "Figures shown, with the sentences they come from:",
                       *(_figure_note(f) for f in plan.figures)])
    return SlidePlan(SlideKind.CHART, title, (source,), (picture,), p.rules(), notes)


def _analysis_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    paras = tuple(paragraph(text) for text in briefing.article.analysis if text.strip())
    if not paras:
        return []
    notes = f"Bottom line: {briefing.bottom_line}" if briefing.bottom_line else "The article's analysis."
    return p.section(SlideKind.ANALYSIS, SlideTitle.ANALYSIS, paras, notes, terms=glossary_terms(briefing))


def _glossary_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    entries = [e for e in briefing.article.glossary if e.term.strip()]
    if not entries:
        return []
    paras = tuple(paragraph(Run(e.term.strip().rstrip(":"), bold=True), Run(f": {e.definition}"))
                  for e in entries)
    notes = "Terms the article explains: " + "; ".join(e.term.strip().rstrip(":") for e in entries) + "."
    return p.section(SlideKind.GLOSSARY, SlideTitle.GLOSSARY, paras, notes)


def _source_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    if not briefing.figures:
        return []
    paras = tuple(paragraph(Run(label, bold=True), Run(rest), bullet=True)
                  for label, rest in map(source_item, briefing.figures))
    notes = (f"Every figure in this briefing ({len(briefing.figures)}), as the article wrote it, with the "
             f"sentence it came from. Article: {briefing.article.title}.")
    return p.section(SlideKind.SOURCES, SlideTitle.SOURCES, paras, notes, max_pt=DENSE_MAX_PT)


def _with_footer(p: _Planner, slide: SlidePlan, number: int) -> SlidePlan:
    """The slide with its footer: organisation and classification left, slide number right."""
    label = "  |  ".join(x for x in (p.theme.organisation, p.theme.classification) if x.strip()) or " "
    left = p.text("Footer", TextRole.CAPTION, p.frame.footer_left, label, CAPTION_MAX_PT, CAPTION_MIN_PT,
                  CAPTION_STYLE, ThemeColour.MUTED)
    right = p.text("Slide number", TextRole.CAPTION, p.frame.footer_right, str(number),
                   CAPTION_MAX_PT, CAPTION_MIN_PT, CAPTION_STYLE, ThemeColour.MUTED, align=TextAlign.RIGHT)
    return replace(slide, texts=slide.texts + (left, right))


def _all_text(slides: Sequence[SlidePlan]) -> str:
    parts = []
    for slide in slides:
        parts += [slide.notes, slide.title.text.paragraphs[0].text if slide.title.text.paragraphs else ""]
        parts += [par.text for box in slide.texts for par in box.text.paragraphs]
    return " ".join(parts)


def plan_deck(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, *,
              build_date: datetime.date | None = None, frame: Frame | None = None,
              editable_charts: bool = False) -> DeckPlan:
    """Every slide of the deck, decided from the briefing, the charts and the theme, in the order
    of the story: title, at a glance (the certain figures as tiles), what happened (the lead, for
    an article without analysis), key takeaways, one slide per chart (a single-figure chart a tile
    already shows is left to the memo), analysis, glossary and sources, continued over several
    slides where text does not fit at the theme's smallest size. Pure: draws nothing.
    ``build_date`` (optional) is printed on the title slide; ``frame`` gives the boxes (default:
    the blank 16:9 deck, see :mod:`.template`); ``editable_charts`` marks bar charts to
    be drawn as native PowerPoint charts."""
    frame = frame or default_frame()
    p = _Planner(theme, frame)
    slides = [_title_slide(p, briefing, build_date)]
    slides += _glance_slide(p, briefing)
    slides += _story_slides(p, briefing)
    slides += _takeaway_slides(p, briefing)
    slides += [_chart_slide(p, chart, editable_charts) for chart in charts if not _on_a_tile(chart, briefing.glance)]
    slides += _analysis_slides(p, briefing)
    slides += _glossary_slides(p, briefing)
    slides += _source_slides(p, briefing)
    slides = [slides[0]] + [_with_footer(p, s, n) for n, s in enumerate(slides[1:], start=2)]
    slides = [replace(s, notes=clean(s.notes)) for s in slides]
    missing = p.measure.uncovered(_all_text(slides))
    if missing:
        codes = ", ".join(f"U+{ord(c):04X}" for c in missing)
        p.warnings.append(f"deck: no font can draw the characters {missing!r} ({codes}); they may show as boxes")
    logo_box = frame.logo if theme.logo is not None else None
    return DeckPlan(tuple(slides), frame.width, frame.height, logo_box, tuple(p.warnings))

