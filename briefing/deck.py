"""The slide deck: plan every slide from the briefing, then write it with python-pptx.

:func:`plan_deck` takes a :class:`~briefing.model.Briefing`, its rendered charts and the theme and
returns a :class:`~briefing.layout.DeckPlan` (which slides, what text at what size in which box),
without touching python-pptx. :func:`render_deck` writes that plan as a 16:9 ``.pptx`` to a binary
stream, byte-identical for the same input and build date, and returns the warnings.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from typing import BinaryIO

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Pt

from .charts import RenderedChart
from .fonts import metrics_for
from .formatting import describe_figure, format_date
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
from .theme import Theme

SLIDE_WIDTH = 12192000  # 13.333 in: 16:9
SLIDE_HEIGHT = 6858000  # 7.5 in
MARGIN_IN = 0.6
CONTENT_W_IN = SLIDE_WIDTH / EMU_PER_IN - 2 * MARGIN_IN
TITLE_BOX = Box.inches(MARGIN_IN, 0.32, CONTENT_W_IN, 1.08)
RULE_BOX = Box.inches(MARGIN_IN, 1.46, CONTENT_W_IN, 0.03)
BODY_BOX = Box.inches(MARGIN_IN, 1.7, CONTENT_W_IN, 4.95)
CHART_AREA = Box.inches(MARGIN_IN, 1.66, CONTENT_W_IN, 4.5)
FOOTER_TOP_IN, FOOTER_H_IN = 6.92, 0.36
LOGO_BOX = Box.inches(MARGIN_IN + CONTENT_W_IN - 1.5, 0.45, 1.5, 0.6)
#: Source lines and footers are deliberately small; they are not body text.
CAPTION_MAX_PT, CAPTION_MIN_PT = 12.0, 10.0
#: The sources slide is a dense reference list: it reads better below the body maximum.
DENSE_MAX_PT = 20.0

TITLE_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=3.0, bold=True)
BODY_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=4.0, bullet_indent_pt=24.0, paragraph_gap_em=0.55)
CAPTION_STYLE = TextStyle(inset_x_pt=4.0, inset_y_pt=2.0)


class _Planner:
    """Builds slide plans; holds the theme, the measuring fonts and the warnings found so far."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.deck = theme.deck
        self.measure = metrics_for(theme.fonts)
        self.warnings: list[str] = []
        # With a logo top right, the title stops a fifth of an inch short of it.
        beside_logo = LOGO_BOX.left - TITLE_BOX.left - EMU_PER_IN // 5
        self.title_box = TITLE_BOX if theme.logo is None else replace(TITLE_BOX, width=beside_logo)

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

    def section(self, kind: str, heading: str, paragraphs: tuple[Paragraph, ...], notes: str,
                max_pt: float | None = None) -> list[SlidePlan]:
        """Slides holding ``paragraphs`` under ``heading``, continued as "Heading (2/3)"."""
        top = min(max_pt or self.deck.body_max_pt, self.deck.body_max_pt)
        pages = paginate(paragraphs, BODY_BOX.width_pt, BODY_BOX.height_pt, max(top, self.deck.body_min_pt),
                         self.deck.body_min_pt, self.measure, BODY_STYLE)
        slides = []
        for i, fitted in enumerate(pages, start=1):
            label = heading if len(pages) == 1 else f"{heading} ({i}/{len(pages)})"
            more = "" if len(pages) == 1 else f"\n(Part {i} of {len(pages)}.)"
            body = TextBoxPlan("Body", "body", BODY_BOX, fitted, BODY_STYLE)
            slides.append(SlidePlan(kind, self.title(label), (body,), rects=(_rule(),), notes=notes + more))
        return slides


def _rule() -> RectPlan:
    return RectPlan("Title rule", RULE_BOX, "accent")


def _title_slide(p: _Planner, briefing: Briefing, build_date: datetime.date | None) -> SlidePlan:
    article, theme = briefing.article, p.theme
    left, width = 1.0, 11.3
    big = min(max(p.deck.title_max_pt, p.deck.title_max_pt * 1.25), 96.0)
    title = p.text("Title", "title", Box.inches(left, 1.2, width, 2.7), article.title, big,
                   p.deck.title_min_pt, TITLE_STYLE, colour="primary", anchor="bottom")
    texts = []
    if article.subtitle.strip():
        texts.append(p.text("Subtitle", "body", Box.inches(left, 4.3, width, 1.5), article.subtitle,
                            p.deck.body_max_pt, p.deck.body_min_pt, BODY_STYLE, colour="text"))
    meta = [theme.organisation, theme.classification] + ([format_date(build_date)] if build_date else [])
    texts.append(p.text("Organisation, classification and date", "body", Box.inches(left, 6.2, width, 0.55),
                        "  |  ".join(m for m in meta if m.strip()), max(p.deck.body_min_pt, 16.0),
                        p.deck.body_min_pt, BODY_STYLE, colour="muted"))
    rects = (RectPlan("Side band", Box.inches(0, 0, 0.3, 7.5), "primary"),
             RectPlan("Title rule", Box.inches(left + 0.06, 4.08, 1.6, 0.06), "accent"))
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
    return p.section("takeaways", "Key Takeaways", paras, notes.strip() or "Key takeaways of the article.")


def _figure_note(figure: Figure) -> str:
    return f"- {describe_figure(figure)}: \u201c{figure.sentence}\u201d"


def _chart_slide(p: _Planner, chart: RenderedChart) -> SlidePlan:
    plan = chart.plan
    title = p.title(plan.title)
    area = CHART_AREA
    scale = min(area.width / (chart.width_in * EMU_PER_IN), area.height / (chart.height_in * EMU_PER_IN))
    width, height = round(chart.width_in * EMU_PER_IN * scale), round(chart.height_in * EMU_PER_IN * scale)
    pic_box = Box(area.left + (area.width - width) // 2, area.top, width, height)
    source_box = Box(pic_box.left, pic_box.bottom + EMU_PER_IN // 12, area.right - pic_box.left, Emu(EMU_PER_IN * 0.48))
    source = p.text("Source", "caption", source_box, plan.source, CAPTION_MAX_PT, CAPTION_MIN_PT,
                    CAPTION_STYLE, colour="muted")
    picture = PicturePlan(f"Chart: {plan.key}", pic_box, chart.png, plan.alt_text)
    notes = "\n".join([plan.alt_text, "", "Figures shown, with the sentences they come from:",
                       *(_figure_note(f) for f in plan.figures)])
    return SlidePlan("chart", title, (source,), (picture,), (_rule(),), notes)


def _analysis_slides(p: _Planner, briefing: Briefing) -> list[SlidePlan]:
    paras = tuple(paragraph(text) for text in briefing.article.analysis if text.strip())
    if not paras:
        return []
    notes = f"Bottom line: {briefing.bottom_line}" if briefing.bottom_line else "The article's analysis."
    return p.section("analysis", "Analysis", paras, notes)


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
    def box(left: float, width: float) -> Box:
        return Box.inches(left, FOOTER_TOP_IN, width, FOOTER_H_IN)

    label = "  |  ".join(x for x in (p.theme.organisation, p.theme.classification) if x.strip()) or " "
    left = p.text("Footer", "caption", box(MARGIN_IN, 9.0), label, CAPTION_MAX_PT, CAPTION_MIN_PT,
                  CAPTION_STYLE, colour="muted")
    right = p.text("Slide number", "caption", box(MARGIN_IN + CONTENT_W_IN - 1.0, 1.0), str(number),
                   CAPTION_MAX_PT, CAPTION_MIN_PT, CAPTION_STYLE, colour="muted", align="right")
    return replace(slide, texts=slide.texts + (left, right))


def _all_text(slides: Sequence[SlidePlan]) -> str:
    parts = []
    for slide in slides:
        parts += [slide.notes, slide.title.text.paragraphs[0].text if slide.title.text.paragraphs else ""]
        parts += [par.text for box in slide.texts for par in box.text.paragraphs]
    return " ".join(parts)


def plan_deck(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, *,
              build_date: datetime.date | None = None) -> DeckPlan:
    """Every slide of the deck, decided from the briefing, the charts and the theme: title,
    key takeaways, one slide per chart, analysis, glossary and sources, continued over several
    slides where text does not fit at the theme's smallest size. Pure: draws nothing.
    ``build_date`` (optional) is printed on the title slide."""
    p = _Planner(theme)
    slides = [_title_slide(p, briefing, build_date)]
    slides += _takeaway_slides(p, briefing)
    slides += [_chart_slide(p, chart) for chart in charts]
    slides += _analysis_slides(p, briefing)
    slides += _glossary_slides(p, briefing)
    slides += _source_slides(p, briefing)
    slides = [slides[0]] + [_with_footer(p, s, n) for n, s in enumerate(slides[1:], start=2)]
    slides = [replace(s, notes=clean(s.notes)) for s in slides]
    missing = p.measure.uncovered(_all_text(slides))
    if missing:
        codes = ", ".join(f"U+{ord(c):04X}" for c in missing)
        p.warnings.append(f"deck: no font can draw the characters {missing!r} ({codes}); they may show as boxes")
    logo_box = LOGO_BOX if theme.logo is not None else None
    return DeckPlan(tuple(slides), SLIDE_WIDTH, SLIDE_HEIGHT, logo_box, tuple(p.warnings))


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


def _fill_text(text_frame, plan: TextBoxPlan, theme: Theme) -> None:
    """Write a planned box's paragraphs with every size, spacing and inset set explicitly."""
    fitted: FittedText = plan.text
    style, size = plan.style, fitted.size_pt
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    text_frame.margin_left = text_frame.margin_right = Pt(style.inset_x_pt)
    text_frame.margin_top = text_frame.margin_bottom = Pt(style.inset_y_pt)
    text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM if plan.anchor == "bottom" else MSO_ANCHOR.TOP
    colour = _rgb(theme, plan.colour)
    for i, par in enumerate(fitted.paragraphs):
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        p.alignment = PP_ALIGN.RIGHT if plan.align == "right" else PP_ALIGN.LEFT
        p.line_spacing = _centipoints(size * LINE_HEIGHT)
        p.space_before = _centipoints(style.paragraph_gap_em * size if i else 0)
        p.space_after = Pt(0)
        kind = "bullet" if par.bullet else "continued" if par.continued else "plain"
        _bullet(p._p, kind, round(Pt(style.bullet_indent_pt)), theme.colours.accent, theme.deck.latin_font)
        for run in par.runs:
            r = p.add_run()
            r.text = run.text
            font = r.font
            font.size = Pt(size)
            font.bold = run.bold or style.bold
            font.color.rgb = colour
            font.name = theme.deck.latin_font
            r_pr = r._r.get_or_add_rPr()
            ea = OxmlElement("a:ea")
            ea.set("typeface", theme.deck.east_asian_font)
            r_pr.find(qn("a:latin")).addnext(ea)


def _centipoints(points: float) -> Emu:
    """A length in whole hundredths of a point (what spcPts stores), rounded rather than cut."""
    return Emu(round(points * 100) * 127)


def _place(shape, box: Box, name: str) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)
    shape.name = name


def _emit_slide(prs, layout, plan: SlidePlan, deck: DeckPlan, theme: Theme) -> None:
    slide = prs.slides.add_slide(layout)
    title = slide.shapes.title
    _place(title, plan.title.box, "Title")
    _fill_text(title.text_frame, plan.title, theme)
    for rect in plan.rects:
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
    for text in plan.texts:
        box = slide.shapes.add_textbox(text.box.left, text.box.top, text.box.width, text.box.height)
        box.name = text.name
        _fill_text(box.text_frame, text, theme)
    for pic in plan.pictures:
        shape = slide.shapes.add_picture(io.BytesIO(pic.png), pic.box.left, pic.box.top, pic.box.width, pic.box.height)
        shape.name = pic.name
        shape._element.nvPicPr.cNvPr.set("descr", clean(pic.alt_text))
    if deck.logo_box is not None and theme.logo is not None:
        _emit_logo(slide, deck.logo_box, theme)
    slide.notes_slide.notes_text_frame.text = plan.notes


def _emit_logo(slide, box: Box, theme: Theme) -> None:
    """The logo scaled into ``box`` keeping its aspect ratio, flush with the box's right edge."""
    logo = slide.shapes.add_picture(str(theme.logo), box.left, box.top, height=box.height)
    if logo.width > box.width:
        logo.height = round(logo.height * box.width / logo.width)
        logo.width = box.width
    logo.left = box.right - logo.width
    logo.name = "Logo"
    logo._element.nvPicPr.cNvPr.set("descr", f"{theme.organisation} logo")


def _prop(text: str) -> str:
    """A core property value: clean, on one line, within the 255 characters the format allows."""
    text = " ".join(clean(text).split())
    return text if len(text) <= 255 else text[:254] + "\u2026"


def _set_properties(prs, briefing: Briefing, theme: Theme, build_date: datetime.date) -> None:
    article = briefing.article
    stamp = datetime.datetime(build_date.year, build_date.month, build_date.day)
    props = prs.core_properties
    props.title = _prop(article.title)
    props.author = props.last_modified_by = _prop(theme.author)
    props.subject = _prop(article.subtitle or article.title)
    subjects = dict.fromkeys(f.subject for f in briefing.figures if f.subject)
    props.keywords = _prop(", ".join(["briefing", *subjects]))
    props.comments = ""
    props.category = "Briefing"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1


def _tidy_package(prs) -> None:
    """Register the notes master in presentation.xml (python-pptx PR #1128), drop the 4:3 size
    type, and remove auto-fit everywhere so no viewer resizes the computed text."""
    pres = prs.part._element
    has_notes = any(slide.has_notes_slide for slide in prs.slides)
    if has_notes and pres.find(qn("p:notesMasterIdLst")) is None:
        r_id = prs.part.relate_to(prs.part.notes_master_part, RT.NOTES_MASTER)
        lst = OxmlElement("p:notesMasterIdLst")
        etree.SubElement(lst, qn("p:notesMasterId")).set(qn("r:id"), r_id)
        pres.find(qn("p:sldMasterIdLst")).addnext(lst)
    pres.find(qn("p:sldSz")).attrib.pop("type", None)
    for part in prs.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is None:
            continue
        for fit in list(element.iter(qn("a:normAutofit"), qn("a:spAutoFit"))):
            fit.getparent().remove(fit)


def _normalised_zip(data: bytes, build_date: datetime.date) -> bytes:
    """The package rewritten with fixed timestamps, attributes and entry order."""
    stamp = (max(build_date.year, 1980), build_date.month, build_date.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                dst.writestr(info, src.read(name))
    return out.getvalue()


def render_deck(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, out: BinaryIO, *,
                build_date: datetime.date) -> tuple[str, ...]:
    """Write the briefing's deck as a 16:9 ``.pptx`` to ``out`` and return the warnings.

    The same briefing, charts, theme and ``build_date`` give the same bytes."""
    plan = plan_deck(briefing, charts, theme, build_date=build_date)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(plan.width), Emu(plan.height)
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
    for slide in plan.slides:
        _emit_slide(prs, layout, slide, plan, theme)
    _set_properties(prs, briefing, theme, build_date)
    _tidy_package(prs)
    buffer = io.BytesIO()
    prs.save(buffer)
    out.write(_normalised_zip(buffer.getvalue(), build_date))
    return plan.warnings
