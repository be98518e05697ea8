"""The slide deck: write a planned deck with python-pptx.

:func:`render_deck` plans the slides (:func:`~.plan.plan_deck`) and writes them as a
``.pptx`` (16:9 blank, or on an organisation's template) to a binary stream, byte-identical for the
same input and build date, and returns the warnings.

Accessibility: every slide's title is in the layout's title placeholder; shapes are written in
reading order (title, body, pictures and charts, source line and footer, logo, then decoration
marked as such); glossary terms mentioned in the takeaways and analysis jump to the glossary slide.
"""

from __future__ import annotations

import datetime
import io
import itertools
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Pt

from briefing.model.types import Briefing
from briefing.render.charts.draw import RenderedChart
from briefing.render.deck.boxes import (
    Box,
    PicturePlan,
    RectPlan,
    TextAlign,
    TextAnchor,
    TextBoxPlan,
    TextRole,
)
from briefing.render.deck.contrast import contrast_warnings
from briefing.render.deck.fitting import LINE_HEIGHT, FittedText
from briefing.render.deck.ooxml import link_runs_to_slide, mark_decorative, rgb
from briefing.render.deck.package import (
    normalised_zip,
    set_core_properties,
    tidy_package,
)
from briefing.render.deck.paragraphs import Paragraph, clean
from briefing.render.deck.plan import plan_deck
from briefing.render.deck.slides import DeckPlan, SlideKind, SlidePlan
from briefing.render.deck.template import (
    BODY_TYPES,
    SUBTITLE_TYPES,
    LayoutKind,
    open_canvas,
)
from briefing.theme import Theme, ThemeColour

if TYPE_CHECKING:
    from pptx.dml.color import RGBColor
    from pptx.presentation import Presentation
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.base import BaseShape
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.shapes.picture import Picture
    from pptx.slide import Slide, SlideLayout
    from pptx.text.text import TextFrame


def _rgb(theme: Theme, name: ThemeColour) -> RGBColor:
    hex_colour: str = getattr(theme.colours, name)
    return rgb(hex_colour)


def _bullet(p_elm: etree._Element, par: Paragraph, indent: int, colour: str, font: str) -> None:
    """Explicit bullet properties: nothing inherited from the master decides the indent. A bullet
    hangs its wrapped lines at ``indent``; the rest of a bulleted paragraph keeps that indent."""
    p_pr = p_elm.get_or_add_pPr()
    p_pr.set("marL", str(indent if par.bullet or par.continued else 0))
    p_pr.set("indent", str(-indent if par.bullet else 0))
    if par.bullet:
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
        for a, b in itertools.pairwise(points):
            linked = any(s <= a and b <= e for s, e in spans)
            out.append((run.text[a - start : b - start], run.bold, linked))
        pos = end
    return out


def _fill_text(text_frame: TextFrame, plan: TextBoxPlan, theme: Theme) -> list[etree._Element]:
    """Write a planned box's paragraphs with every size, spacing and inset set explicitly;
    returns the run properties of the linked runs (their target is known only later)."""
    fitted: FittedText = plan.text
    style, size = plan.style, fitted.size_pt
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    text_frame.margin_left = text_frame.margin_right = Pt(style.inset_x_pt)
    text_frame.margin_top = text_frame.margin_bottom = Pt(style.inset_y_pt)
    text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM if plan.anchor == TextAnchor.BOTTOM else MSO_ANCHOR.TOP
    colour = _rgb(theme, plan.colour)
    linked: list[etree._Element] = []
    for i, par in enumerate(fitted.paragraphs):
        # python-pptx leaves TextFrame.add_paragraph unannotated.
        p = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()  # type: ignore[no-untyped-call]
        p.alignment = PP_ALIGN.RIGHT if plan.align == TextAlign.RIGHT else PP_ALIGN.LEFT
        p.line_spacing = _centipoints(size * LINE_HEIGHT)
        p.space_before = _centipoints(style.paragraph_gap_em * size if i else 0)
        p.space_after = Pt(0)
        _bullet(p._p, par, round(Pt(style.bullet_indent_pt)), theme.colours.accent, theme.deck.latin_font)
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


def _place(shape: BaseShape, box: Box, name: str) -> None:
    shape.left, shape.top, shape.width, shape.height = Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height)
    shape.name = name


def _emit_rect(slide: Slide, rect: RectPlan, theme: Theme) -> Shape:
    box = rect.box
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height))
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


def _emit_picture(slide: Slide, pic: PicturePlan, theme: Theme) -> Picture | GraphicFrame:
    shape: Picture | GraphicFrame
    if pic.chart is not None:
        # Imported here: python-pptx's chart and workbook machinery costs a tenth of a second to
        # load, and only decks asked for with editable charts need it.
        from briefing.render.deck.native_charts import add_native_chart

        shape = add_native_chart(slide, pic.chart, pic.box, theme)
    else:
        box = pic.box
        shape = slide.shapes.add_picture(io.BytesIO(pic.png), Emu(box.left), Emu(box.top), Emu(box.width),
                                         Emu(box.height))
    shape.name = pic.name
    _describe(shape, clean(pic.alt_text))
    return shape


def _describe(shape: BaseShape, alt_text: str) -> None:
    """Set the shape's alt text (its non-visual properties' ``descr``), which python-pptx has no API for."""
    shape._element.find(f".//{qn('p:cNvPr')}").set("descr", alt_text)


def _text_shape(slide: Slide, text: TextBoxPlan) -> Shape:
    """The layout's placeholder for this text (body, subtitle) when the slide has one, else a new
    text box; either way placed exactly on the planned box."""
    wanted = {"Body": BODY_TYPES, "Subtitle": SUBTITLE_TYPES}.get(text.name, ())
    shape: Shape | None = next((ph for ph in slide.placeholders
                                if ph.placeholder_format.type in wanted and not ph.text_frame.text), None)
    if shape is None:
        box = text.box
        shape = slide.shapes.add_textbox(Emu(box.left), Emu(box.top), Emu(box.width), Emu(box.height))
    _place(shape, text.box, text.name)
    return shape


def _emit_slide(prs: Presentation, layout: SlideLayout, plan: SlidePlan, deck: DeckPlan,
                theme: Theme) -> tuple[Slide, list[etree._Element]]:
    """One slide, its shapes in reading order: title, body text, pictures and charts, source line
    and footer, logo, then decoration. Returns the slide and its runs waiting for a link target."""
    slide: Slide = prs.slides.add_slide(layout)
    title = slide.shapes.title
    if title is None:  # template.find_layout only hands out layouts with a title placeholder
        raise ValueError(f"layout {layout.name!r} has no title placeholder")
    _place(title, plan.title.box, "Title")
    _fill_text(title.text_frame, plan.title, theme)
    body: list[Shape] = []
    captions: list[Shape] = []
    linked: list[etree._Element] = []
    for text in plan.texts:
        shape = _text_shape(slide, text)
        linked += _fill_text(shape.text_frame, text, theme)
        (body if text.role == TextRole.BODY else captions).append(shape)
    pictures = [_emit_picture(slide, pic, theme) for pic in plan.pictures]
    logo = [_emit_logo(slide, deck.logo_box, theme)] if deck.logo_box is not None and theme.logo is not None else []
    rects = [_emit_rect(slide, rect, theme) for rect in plan.rects if not rect.backdrop]
    # spTree order is drawing order too: a backdrop first lies under the text placed on it.
    backdrops = [_emit_rect(slide, rect, theme) for rect in plan.rects if rect.backdrop]
    keep: list[BaseShape] = [*backdrops, title, *body, *pictures, *captions, *logo, *rects]
    for ph in list(slide.placeholders):  # placeholders the plan did not fill would show "Click to add"
        if not any(ph._element is shape._element for shape in keep):
            ph._element.getparent().remove(ph._element)
    sp_tree = slide.shapes._spTree
    for kept in keep:
        sp_tree.append(kept._element)  # appending moves: spTree order is reading order
    notes = slide.notes_slide.notes_text_frame
    if notes is None:  # a template's notes master without a body placeholder
        raise ValueError("the template's notes master has no body placeholder for speaker notes")
    notes.text = plan.notes
    return slide, linked


def _emit_logo(slide: Slide, box: Box, theme: Theme) -> Picture:
    """The logo scaled into ``box`` keeping its aspect ratio, flush with the box's right edge."""
    logo = slide.shapes.add_picture(str(theme.logo), Emu(box.left), Emu(box.top), height=Emu(box.height))
    if logo.width > box.width:
        logo.height = Emu(round(logo.height * box.width / logo.width))
        logo.width = Emu(box.width)
    logo.left = Emu(box.right - logo.width)
    logo.name = "Logo"
    _describe(logo, f"{theme.organisation} logo")
    return logo


#: The template layout each kind of slide is built on.
_LAYOUT_OF = {
    SlideKind.TITLE: LayoutKind.COVER,
    SlideKind.GLANCE: LayoutKind.CHART,
    SlideKind.STORY: LayoutKind.CONTENT,
    SlideKind.TAKEAWAYS: LayoutKind.CONTENT,
    SlideKind.CHART: LayoutKind.CHART,
    SlideKind.ANALYSIS: LayoutKind.CONTENT,
    SlideKind.GLOSSARY: LayoutKind.CONTENT,
    SlideKind.SOURCES: LayoutKind.CONTENT,
}


def render_deck(briefing: Briefing, charts: Sequence[RenderedChart], theme: Theme, out: BinaryIO, *,
                build_date: datetime.date, template: str | os.PathLike[str] | None = None,
                editable_charts: bool = False) -> tuple[str, ...]:
    """Write the briefing's deck as a ``.pptx`` to ``out`` and return the warnings.

    ``template`` (a ``.pptx`` or ``.potx``) gives slide size, layouts and look, see
    :mod:`.template`; without it the deck is 16:9 on python-pptx's blank master.
    ``editable_charts`` draws change and bar charts as native PowerPoint charts (the investment
    and KPI pictures stay pictures). The same inputs and ``build_date`` give the same bytes."""
    canvas = open_canvas(template)
    plan = plan_deck(briefing, charts, theme, build_date=build_date, frame=canvas.frame,
                     editable_charts=editable_charts)
    prs = canvas.presentation
    emitted = [_emit_slide(prs, canvas.layouts[_LAYOUT_OF[s.kind]], s, plan, theme) for s in plan.slides]
    glossary = next((slide for (slide, _), s in zip(emitted, plan.slides) if s.kind == SlideKind.GLOSSARY), None)
    for slide, linked in emitted:
        if linked and glossary is not None:
            link_runs_to_slide(slide.part, glossary.part, linked)
    subjects = dict.fromkeys(f.subject for f in briefing.figures if f.subject)
    set_core_properties(prs, build_date, title=briefing.article.title, author=theme.author,
                        subject=briefing.article.subtitle or briefing.article.title,
                        keywords=", ".join(["briefing", *subjects]))
    tidy_package(prs)
    if editable_charts:
        from briefing.render.deck.native_charts import fix_workbooks

        fix_workbooks(prs, build_date)
    buffer = io.BytesIO()
    prs.save(buffer)
    out.write(normalised_zip(buffer.getvalue(), build_date))
    return plan.warnings + contrast_warnings(canvas, theme)
