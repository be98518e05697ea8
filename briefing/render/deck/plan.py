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

from briefing.model.formatting import format_date
from briefing.model.types import Briefing, ChartKind, GlanceTile
from briefing.render.charts.draw import RenderedChart
from briefing.render.deck.boxes import EMU_PER_IN, Box, PicturePlan, RectPlan, TextAlign, TextAnchor, TextRole
from briefing.render.deck.paragraphs import Run, clean, paragraph
from briefing.render.deck.planner import (
    BODY_STYLE,
    CAPTION_MAX_PT,
    CAPTION_MIN_PT,
    CAPTION_STYLE,
    DENSE_MAX_PT,
    NATIVE_KINDS,
    TITLE_STYLE,
    Planner,
    figure_note,
    glossary_links,
    glossary_terms,
    no_lone_last_word,
)
from briefing.render.deck.slides import DeckPlan, SlideKind, SlidePlan
from briefing.render.deck.template import Frame, default_frame
from briefing.render.deck.tiles import glance_area, glance_slide
from briefing.render.labels import SlideTitle, source_item
from briefing.theme import Theme, ThemeColour

__all__ = ["glance_area", "glossary_links", "glossary_terms", "plan_deck"]


def _title_slide(p: Planner, briefing: Briefing, build_date: datetime.date | None) -> SlidePlan:
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


def _takeaway_slides(p: Planner, briefing: Briefing) -> list[SlidePlan]:
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


def _story_slides(p: Planner, briefing: Briefing) -> list[SlidePlan]:
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


def _chart_slide(p: Planner, chart: RenderedChart, editable: bool) -> SlidePlan:
    plan = chart.plan
    title = p.title(no_lone_last_word(plan.title))
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
                       *(figure_note(f) for f in plan.figures)])
    return SlidePlan(SlideKind.CHART, title, (source,), (picture,), p.rules(), notes)


def _analysis_slides(p: Planner, briefing: Briefing) -> list[SlidePlan]:
    paras = tuple(paragraph(text) for text in briefing.article.analysis if text.strip())
    if not paras:
        return []
    notes = f"Bottom line: {briefing.bottom_line}" if briefing.bottom_line else "The article's analysis."
    return p.section(SlideKind.ANALYSIS, SlideTitle.ANALYSIS, paras, notes, terms=glossary_terms(briefing))


def _glossary_slides(p: Planner, briefing: Briefing) -> list[SlidePlan]:
    entries = [e for e in briefing.article.glossary if e.term.strip()]
    if not entries:
        return []
    paras = tuple(paragraph(Run(e.term.strip().rstrip(":"), bold=True), Run(f": {e.definition}"))
                  for e in entries)
    notes = "Terms the article explains: " + "; ".join(e.term.strip().rstrip(":") for e in entries) + "."
    return p.section(SlideKind.GLOSSARY, SlideTitle.GLOSSARY, paras, notes)


def _source_slides(p: Planner, briefing: Briefing) -> list[SlidePlan]:
    if not briefing.figures:
        return []
    paras = tuple(paragraph(Run(label, bold=True), Run(rest), bullet=True)
                  for label, rest in map(source_item, briefing.figures))
    notes = (f"Every figure in this briefing ({len(briefing.figures)}), as the article wrote it, with the "
             f"sentence it came from. Article: {briefing.article.title}.")
    return p.section(SlideKind.SOURCES, SlideTitle.SOURCES, paras, notes, max_pt=DENSE_MAX_PT)


def _with_footer(p: Planner, slide: SlidePlan, number: int) -> SlidePlan:
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
    p = Planner(theme, frame)
    slides = [_title_slide(p, briefing, build_date)]
    slides += glance_slide(p, briefing)
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

