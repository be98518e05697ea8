"""The slide deck: plan every slide from the briefing, then write it with python-pptx.

:func:`plan_deck` takes a :class:`~briefing.model.Briefing`, its rendered charts, the theme and a
:class:`~briefing.template.Frame` and returns a :class:`~briefing.layout.DeckPlan` (which slides,
what text at what size in which box), without touching python-pptx. :func:`render_deck` writes that
plan as a ``.pptx`` (16:9 blank, or on an organisation's template) to a binary stream,
byte-identical for the same input and build date, and returns the warnings.

Accessibility: every slide's title is in the layout's title placeholder; shapes are written in
reading order (title, body, pictures and charts, source line and footer, logo, then decoration
marked as such); glossary terms mentioned in the takeaways and analysis jump to the glossary slide.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Pt

from .charts import RenderedChart
from .fonts import metrics_for
from .formatting import describe_figure, format_date
from .glossary import first_mentions, glossary_forms
from .layout import (
    EMU_PER_IN,
    LINE_HEIGHT,
    Box,
    DeckPlan,
    FittedText,
    Paragraph,
    PicturePlan,
    RectPlan,
    Run,
    SlidePlan,
    TextBoxPlan,
    TextStyle,
    clean,
    fit_or_truncate,
    paginate,
    paragraph,
)
from .model import Briefing, Figure
from .template import (
    Frame,
    contrast_warnings,
    default_frame,
    link_runs_to_slide,
    mark_decorative,
    normalised_zip,
    open_canvas,
    set_core_properties,
    tidy_package,
)
from .theme import Theme

#: Source lines and footers are deliberately small; they are not body text.
CAPTION_MAX_PT, CAPTION_MIN_PT = 12.0, 10.0
#: The sources slide is a dense reference list: it reads better below the body maximum.
DENSE_MAX_PT = 20.0
#: Chart kinds drawn as editable PowerPoint charts on request; the others stay pictures.
NATIVE_KINDS = ("change", "bars")
_BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)


TITLE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=3.0, bold=True)
BODY_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=4.0, bullet_indent_pt=24.0, paragraph_gap_em=0.55)
CAPTION_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0)


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

    def text(self, name: str, role: str, box: Box, text: str, max_pt: float, min_pt: float,
             style: TextStyle, **how: str) -> TextBoxPlan:
        """A one-paragraph box (title, caption): fitted, or cut with an ellipsis and a warning."""
        fitted, cut = fit_or_truncate(text, box.width_pt, box.height_pt, max_pt, min_pt, self.measure, style)
        if cut:
            self.warnings.append(f"deck: {role} {text[:60]!r}... is too long for its box and was shortened")
        return TextBoxPlan(name, role, box, fitted, style, **how)

    def title(self, text: str, box: Box | None = None) -> TextBoxPlan:
        return self.text("Title", "title", box or self.title_box, text, self.deck.title_max_pt,
                         self.deck.title_min_pt, TITLE_STYLE, colour="primary", anchor="bottom")

    def rules(self) -> tuple[RectPlan, ...]:
        """The accent rule under the title, on the blank deck only (a template has its own look)."""
        if not self.frame.decorated:
            return ()
        title = self.frame.title
        return (RectPlan("Title rule", Box(title.left, title.bottom + EMU_PER_IN * 6 // 100, title.width,
                                           round(0.03 * EMU_PER_IN)), "accent"),)

    def section(self, kind: str, heading: str, paragraphs: tuple[Paragraph, ...], notes: str,
                max_pt: float | None = None, terms: Sequence[tuple[str, ...]] = ()) -> list[SlidePlan]:
        """Slides holding ``paragraphs`` under ``heading``, continued as "Heading (2/3)";
        the first mention of each of ``terms`` on a slide links to the glossary."""
        body_box = self.frame.body
        top = min(max_pt or self.deck.body_max_pt, self.deck.body_max_pt)
        pages = paginate(paragraphs, body_box.width_pt, body_box.height_pt, max(top, self.deck.body_min_pt),
                         self.deck.body_min_pt, self.measure, BODY_STYLE)
        slides = []
        for i, fitted in enumerate(pages, start=1):
            label = heading if len(pages) == 1 else f"{heading} ({i}/{len(pages)})"
            more = "" if len(pages) == 1 else f"\n(Part {i} of {len(pages)}.)"
            body = TextBoxPlan("Body", "body", body_box, fitted, BODY_STYLE,
                               links=glossary_links(fitted.paragraphs, terms))
            slides.append(SlidePlan(kind, self.title(label), (body,), rects=self.rules(), notes=notes + more))
        return slides


def glossary_terms(briefing: Briefing) -> tuple[tuple[str, ...], ...]:
    """The mention forms of every glossary term (see :func:`briefing.glossary.glossary_forms`)."""
    return tuple(forms for forms in glossary_forms(briefing.article) if forms)


def glossary_links(paragraphs: Sequence[Paragraph], terms: Sequence[tuple[str, ...]]) -> tuple[tuple[int, int, int], ...]:
    """``(paragraph, start, end)`` of the first mention of each term in ``paragraphs``."""
    return tuple((i, start, end) for i, start, end, _ in first_mentions([p.text for p in paragraphs], terms))


def _title_slide(p: _Planner, briefing: Briefing, build_date: datetime.date | None) -> SlidePlan:
    article, theme, frame = briefing.article, p.theme, p.frame
    big = min(max(p.deck.title_max_pt, p.deck.title_max_pt * 1.25), 96.0)
    title = p.text("Title", "title", frame.cover_title, article.title, big,
                   p.deck.title_min_pt, TITLE_STYLE, colour="primary", anchor="bottom")
    texts = []
    if article.subtitle.strip():
        texts.append(p.text("Subtitle", "body", frame.cover_subtitle, article.subtitle,
                            p.deck.body_max_pt, p.deck.body_min_pt, BODY_STYLE, colour="text"))
    meta = [theme.organisation, theme.classification] + ([format_date(build_date)] if build_date else [])
    texts.append(p.text("Organisation, classification and date", "body", frame.cover_meta,
                        "  |  ".join(m for m in meta if m.strip()), max(p.deck.body_min_pt, 16.0),
                        p.deck.body_min_pt, BODY_STYLE, colour="muted"))
    rects: tuple[RectPlan, ...] = ()
    if frame.decorated:
        sub = frame.cover_subtitle
        rects = (RectPlan("Side band", Box(0, 0, round(0.3 * EMU_PER_IN), frame.height), "primary"),
                 RectPlan("Title rule", Box(sub.left + round(0.06 * EMU_PER_IN), sub.top - round(0.22 * EMU_PER_IN),
                                            round(1.6 * EMU_PER_IN), round(0.06 * EMU_PER_IN)), "accent"))
    notes = briefing.bottom_line or " ".join(article.lead) or article.subtitle or article.title
    return SlidePlan("title", title, tuple(texts), rects=rects, notes=notes)


def _takeaway_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    article = briefing.article
    if not article.takeaways:
        return []
    notes = " ".join(article.lead) or briefing.bottom_line
    if article.takeaways_derived:
        notes += ("\n\nThe article has no Key Takeaways section: these points were derived from the "
                  "article's own sentences.")
    paras = tuple(paragraph(t, bullet=True) for t in article.takeaways)
    return p.section("takeaways", "Key Takeaways", paras, notes.strip() or "Key takeaways of the article.",
                     terms=glossary_terms(briefing))


def _figure_note(figure: Figure) -> str:
    return f"- {describe_figure(figure)}: \u201c{figure.sentence}\u201d"


def _chart_slide(p: _Planner, chart: RenderedChart, editable: bool) -> SlidePlan:
    plan = chart.plan
    title = p.title(plan.title)
    area = p.frame.chart
    scale = min(area.width / (chart.width_in * EMU_PER_IN), area.height / (chart.height_in * EMU_PER_IN))
    width, height = round(chart.width_in * EMU_PER_IN * scale), round(chart.height_in * EMU_PER_IN * scale)
    pic_box = Box(area.left + (area.width - width) // 2, area.top, width, height)
    source_box = Box(pic_box.left, pic_box.bottom + EMU_PER_IN // 12, area.right - pic_box.left, Emu(EMU_PER_IN * 0.48))
    source = p.text("Source", "caption", source_box, plan.source, CAPTION_MAX_PT, CAPTION_MIN_PT,
                    CAPTION_STYLE, colour="muted")
    native = plan if editable and plan.kind in NATIVE_KINDS else None
    picture = PicturePlan(f"Chart: {plan.key}", pic_box, chart.png, plan.alt_text, native)
    notes = "\n".join([plan.alt_text, "", "Figures shown, with the sentences they come from:",
                       *(_figure_note(f) for f in plan.figures)])
    return SlidePlan("chart", title, (source,), (picture,), p.rules(), notes)


def _analysis_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    paras = tuple(paragraph(text) for text in briefing.article.analysis if text.strip())
    if not paras:
        return []
    notes = f"Bottom line: {briefing.bottom_line}" if briefing.bottom_line else "The article's analysis."
    return p.section("analysis", "Analysis", paras, notes, terms=glossary_terms(briefing))


def _glossary_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    entries = [e for e in briefing.article.glossary if e.term.strip()]
    if not entries:
        return []
    paras = tuple(paragraph(Run(e.term.strip().rstrip(":"), bold=True), Run(f": {e.definition}"))
                  for e in entries)
    notes = "Terms the article explains: " + "; ".join(e.term.strip().rstrip(":") for e in entries) + "."
    return p.section("glossary", "Did You Know?", paras, notes)


def _source_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    if not briefing.figures:
        return []
    paras = tuple(paragraph(Run(describe_figure(f), bold=True), Run(f" (\u201c{f.quote}\u201d): {f.sentence}"),
                            bullet=True) for f in briefing.figures)
    notes = (f"Every figure in this briefing ({len(briefing.figures)}), as the article wrote it, with the "
             f"sentence it came from. Article: {briefing.article.title}.")
    return p.section("sources", "Sources", paras, notes, max_pt=DENSE_MAX_PT)


def _with_footer(p: _Planner, slide: SlidePlan, number: int) -> SlidePlan:
    """The slide with its footer: organisation and classification left, slide number right."""
    label = "  |  ".join(x for x in (p.theme.organisation, p.theme.classification) if x.strip()) or " "
    left = p.text("Footer", "caption", p.frame.footer_left, label, CAPTION_MAX_PT, CAPTION_MIN_PT,
                  CAPTION_STYLE, colour="muted")
    right = p.text("Slide number", "caption", p.frame.footer_right, str(number),
                   CAPTION_MAX_PT, CAPTION_MIN_PT, CAPTION_STYLE, colour="muted", align="right")
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
    """Every slide of the deck, decided from the briefing, the charts and the theme: title,
    key takeaways, one slide per chart, analysis, glossary and sources, continued over several
    slides where text does not fit at the theme's smallest size. Pure: draws nothing.
    ``build_date`` (optional) is printed on the title slide; ``frame`` gives the boxes (default:
    the blank 16:9 deck, see :mod:`briefing.template`); ``editable_charts`` marks bar charts to
    be drawn as native PowerPoint charts."""
    frame = frame or default_frame()
    p = _Planner(theme, frame)
    slides = [_title_slide(p, briefing, build_date)]
    slides += _takeaway_slides(p, briefing)
    slides += [_chart_slide(p, chart, editable_charts) for chart in charts]
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


# ---------------------------------------------------------------- emit


def _rgb(theme: Theme, name: str) -> RGBColor:
    return RGBColor.from_string(getattr(theme.colours, name)[1:])


def _bullet(p_elm: etree._Element, kind: str, indent: int, colour: str, font: str) -> None:
    """Explicit bullet properties: nothing inherited from the master decides the indent."""
    p_pr = p_elm.get_or_add_pPr()
    p_pr.set("marL", str(indent if kind in ("bullet", "continued") else 0))
    p_pr.set("indent", str(-indent if kind == "bullet" else 0))
    if kind == "bullet":
        clr = OxmlElement("a:buClr")
        etree.SubElement(clr, qn("a:srgbClr"), val=colour[1:])
        bu_font = OxmlElement("a:buFont")
        bu_font.set("typeface", font)
        bu_char = OxmlElement("a:buChar")
        bu_char.set("char", "\u2022")
        elements = [clr, bu_font, bu_char]
    else:
        elements = [OxmlElement("a:buNone")]
    for el in elements:
        p_pr.insert_element_before(el, "a:tabLst", "a:defRPr", "a:extLst")


def _pieces(par: Paragraph, spans: list[tuple[int, int]]) -> list[tuple[str, bool, bool]]:
    """``par``'s runs as ``(text, bold, linked)``, cut where a link starts or ends."""
    cuts = sorted({c for span in spans for c in span})
    out, pos = [], 0
    for run in par.runs:
        start, end = pos, pos + len(run.text)
        points = [start, *(c for c in cuts if start < c < end), end]
        for a, b in zip(points, points[1:]):
            linked = any(s <= a and b <= e for s, e in spans)
            out.append((run.text[a - start : b - start], run.bold, linked))
        pos = end
    return out


def _fill_text(text_frame, plan: TextBoxPlan, theme: Theme) -> list[etree._Element]:
    """Write a planned box's paragraphs with every size, spacing and inset set explicitly;
    returns the run properties of the linked runs (their target is known only later)."""
    fitted: FittedText = plan.text
    style, size = plan.style, fitted.size_pt
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    text_frame.margin_left = text_frame.margin_right = Pt(style.inset_x_pt)
    text_frame.margin_top = text_frame.margin_bottom = Pt(style.inset_y_pt)
    text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM if plan.anchor == "bottom" else MSO_ANCHOR.TOP
    colour = _rgb(theme, plan.colour)
    linked = []
    for i, par in enumerate(fitted.paragraphs):
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        p.alignment = PP_ALIGN.RIGHT if plan.align == "right" else PP_ALIGN.LEFT
        p.line_spacing = _centipoints(size * LINE_HEIGHT)
        p.space_before = _centipoints(style.paragraph_gap_em * size if i else 0)
        p.space_after = Pt(0)
        kind = "bullet" if par.bullet else "continued" if par.continued else "plain"
        _bullet(p._p, kind, round(Pt(style.bullet_indent_pt)), theme.colours.accent, theme.deck.latin_font)
        for text, bold, is_link in _pieces(par, [(s, e) for j, s, e in plan.links if j == i]):
            r = p.add_run()
            r.text = text
            font = r.font
            font.size = Pt(size)
            font.bold = bold or style.bold
            font.color.rgb = colour
            font.name = theme.deck.latin_font
            r_pr = r._r.get_or_add_rPr()
            ea = OxmlElement("a:ea")
            ea.set("typeface", theme.deck.east_asian_font)
            r_pr.find(qn("a:latin")).addnext(ea)
            if is_link:
                linked.append(r_pr)
    return linked


def _centipoints(points: float) -> Emu:
    """A length in whole hundredths of a point (what spcPts stores), rounded rather than cut."""
    return Emu(round(points * 100) * 127)


def _place(shape, box: Box, name: str) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)
    shape.name = name


def _emit_rect(slide, rect: RectPlan, theme: Theme):
    box = rect.box
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.left, box.top, box.width, box.height)
    shape.name = rect.name
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(theme, rect.colour)
    shape.line.fill.background()
    shape.text_frame.word_wrap = True  # empty, but says the same as every other box
    shape.text_frame.auto_size = MSO_AUTO_SIZE.NONE
    style = shape._element.find(qn("p:style"))  # the default style adds a shadow in PowerPoint
    if style is not None:
        shape._element.remove(style)
    mark_decorative(shape)
    return shape


def _emit_picture(slide, pic: PicturePlan, theme: Theme):
    if pic.chart is not None:
        # Imported here: python-pptx's chart and workbook machinery costs a tenth of a second to
        # load, and only decks asked for with editable charts need it.
        from .native_charts import add_native_chart

        shape = add_native_chart(slide, pic.chart, pic.box, theme)
    else:
        shape = slide.shapes.add_picture(io.BytesIO(pic.png), pic.box.left, pic.box.top, pic.box.width,
                                         pic.box.height)
    shape.name = pic.name
    shape._element.find(f".//{qn('p:cNvPr')}").set("descr", clean(pic.alt_text))
    return shape


def _text_shape(slide, text: TextBoxPlan):
    """The layout's placeholder for this text (body, subtitle) when the slide has one, else a new
    text box; either way placed exactly on the planned box."""
    wanted = {"Body": _BODY_TYPES, "Subtitle": (PP_PLACEHOLDER.SUBTITLE, *_BODY_TYPES)}.get(text.name, ())
    shape = next((ph for ph in slide.placeholders
                  if ph.placeholder_format.type in wanted and not ph.text_frame.text), None)
    if shape is None:
        shape = slide.shapes.add_textbox(text.box.left, text.box.top, text.box.width, text.box.height)
    _place(shape, text.box, text.name)
    return shape


def _emit_slide(prs, layout, plan: SlidePlan, deck: DeckPlan, theme: Theme) -> tuple[object, list]:
    """One slide, its shapes in reading order: title, body text, pictures and charts, source line
    and footer, logo, then decoration. Returns the slide and its runs waiting for a link target."""
    slide = prs.slides.add_slide(layout)
    title = slide.shapes.title
    _place(title, plan.title.box, "Title")
    _fill_text(title.text_frame, plan.title, theme)
    body, captions, linked = [], [], []
    for text in plan.texts:
        shape = _text_shape(slide, text)
        linked += _fill_text(shape.text_frame, text, theme)
        (body if text.role == "body" else captions).append(shape)
    pictures = [_emit_picture(slide, pic, theme) for pic in plan.pictures]
    logo = [_emit_logo(slide, deck.logo_box, theme)] if deck.logo_box is not None and theme.logo is not None else []
    rects = [_emit_rect(slide, rect, theme) for rect in plan.rects]
    keep = [title, *body, *pictures, *captions, *logo, *rects]
    for ph in list(slide.placeholders):  # placeholders the plan did not fill would show "Click to add"
        if not any(ph._element is shape._element for shape in keep):
            ph._element.getparent().remove(ph._element)
    sp_tree = slide.shapes._spTree
    for shape in keep:
        sp_tree.append(shape._element)  # appending moves: spTree order is reading order
    slide.notes_slide.notes_text_frame.text = plan.notes
    return slide, linked


def _emit_logo(slide, box: Box, theme: Theme):
    """The logo scaled into ``box`` keeping its aspect ratio, flush with the box's right edge."""
    logo = slide.shapes.add_picture(str(theme.logo), box.left, box.top, height=box.height)
    if logo.width > box.width:
        logo.height = round(logo.height * box.width / logo.width)
        logo.width = box.width
    logo.left = box.right - logo.width
    logo.name = "Logo"
    logo._element.nvPicPr.cNvPr.set("descr", f"{theme.organisation} logo")
    return logo


def _layout_for(kind: str) -> str:
    return {"title": "cover", "chart": "chart"}.get(kind, "content")


def render_deck(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, out: BinaryIO, *,
                build_date: datetime.date, template: Path | str | None = None,
                editable_charts: bool = False) -> tuple[str, ...]:
    """Write the briefing's deck as a ``.pptx`` to ``out`` and return the warnings.

    ``template`` (a ``.pptx`` or ``.potx``) gives slide size, layouts and look, see
    :mod:`briefing.template`; without it the deck is 16:9 on python-pptx's blank master.
    ``editable_charts`` draws change and bar charts as native PowerPoint charts (the investment
    and KPI pictures stay pictures). The same inputs and ``build_date`` give the same bytes."""
    canvas = open_canvas(template)
    plan = plan_deck(briefing, charts, theme, build_date=build_date, frame=canvas.frame,
                     editable_charts=editable_charts)
    prs = canvas.presentation
    emitted = [_emit_slide(prs, canvas.layouts[_layout_for(s.kind)], s, plan, theme) for s in plan.slides]
    glossary = next((slide for (slide, _), s in zip(emitted, plan.slides) if s.kind == "glossary"), None)
    for slide, linked in emitted:
        if linked and glossary is not None:
            link_runs_to_slide(slide.part, glossary.part, linked)
    subjects = dict.fromkeys(f.subject for f in briefing.figures if f.subject)
    set_core_properties(prs, build_date, title=briefing.article.title, author=theme.author,
                        subject=briefing.article.subtitle or briefing.article.title,
                        keywords=", ".join(["briefing", *subjects]))
    tidy_package(prs)
    if editable_charts:
        from .native_charts import fix_workbooks

        fix_workbooks(prs, build_date)
    buffer = io.BytesIO()
    prs.save(buffer)
    out.write(normalised_zip(buffer.getvalue(), build_date))
    return plan.warnings + contrast_warnings(canvas, theme)
