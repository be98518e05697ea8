"""Templates: layouts found by name or placeholder types, content in the template's placeholders,
its slide size kept (4:3 too), .potx accepted, its own slides removed, bad files named in errors.

:func:`make_template` builds the example ``assets/templates/corporate.pptx`` (a dark green band,
a tinted background, Georgia theme fonts); run this file as a script to rebuild it.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Inches
from test_deck import BUILD_DATE, _integrity, charts_for, reference_briefing

from briefing.errors import InputError
from briefing.render.deck.fitting import (
    LINE_HEIGHT,
    SAFETY,
    line_width_pt,
    text_width_pt,
)
from briefing.render.deck.plan import plan_deck
from briefing.render.deck.template import find_layout, open_canvas
from briefing.render.deck.writer import render_deck
from briefing.render.fonts import metrics_for
from briefing.theme import load_theme

REPO = Path(__file__).resolve().parents[1]
CORPORATE = REPO / "assets" / "templates" / "corporate.pptx"
BAND, BACKGROUND = "0B4F3C", "F3F5F2"


def _scale_x(root, factor: float) -> None:
    """Stretch every placeholder position of a master or layout sideways (4:3 -> 16:9)."""
    for xfrm in root.iter(qn("a:xfrm")):
        off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
        off.set("x", str(round(int(off.get("x")) * factor)))
        ext.set("cx", str(round(int(ext.get("cx")) * factor)))


def _band(prs, master, top_in: float, height_in: float) -> None:
    """A filled band on the master (drawn on a scratch slide, then moved: masters have no add_shape)."""
    scratch = prs.slides.add_slide(prs.slide_layouts[6])
    shape = scratch.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Inches(top_in), prs.slide_width, Inches(height_in))
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(BAND)
    shape.line.fill.background()
    shape._element.nvSpPr.cNvPr.set("id", str(90 + len(master.shapes)))
    shape._element.nvSpPr.cNvPr.set("name", "Corporate band")
    master.shapes._spTree.append(shape._element)
    _drop_slide(prs, 0)


def _drop_slide(prs, index: int) -> None:
    sld_id = prs.slides._sldIdLst[index]
    prs.part.drop_rel(sld_id.rId)
    prs.slides._sldIdLst.remove(sld_id)


def make_template(path: Path, wide: bool = True, rename: dict[str, str] | None = None,
                  example_slide: bool = True) -> Path:
    """A corporate-looking template: 16:9 (or 4:3 with ``wide`` False), tinted background, a dark
    band top and bottom, Georgia theme fonts, dark hyperlink colour, one example slide."""
    prs = Presentation()
    master = prs.slide_master
    if wide:
        prs.slide_width = Inches(13.333)
        for root in [master._element, *(lay._element for lay in prs.slide_layouts)]:
            _scale_x(root, 13.333 / 10)
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = RGBColor.from_string(BACKGROUND)
    _band(prs, master, 0.0, 0.2)
    _band(prs, master, 7.38, 0.12)
    theme = master.part.part_related_by(RT.THEME)
    xml = theme.blob.decode()
    xml = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*', r"\1Georgia", xml)
    xml = re.sub(r'(<a:hlink>\s*<a:srgbClr val=")[^"]*', rf"\g<1>{BAND}", xml)
    theme._blob = xml.encode()
    for layout in prs.slide_layouts:
        layout.name = (rename or {}).get(layout.name, layout.name)
    if example_slide:
        slide = prs.slides.add_slide(prs.slide_layouts[0])
        slide.shapes.title.text = "Example slide the deck must not keep"
    prs.save(str(path))
    return path


def as_potx(pptx: Path, out: Path) -> Path:
    with zipfile.ZipFile(pptx) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    return out


@pytest.fixture(scope="module")
def theme():
    return load_theme()


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("templates")
    four_three = make_template(tmp / "four-three.pptx", wide=False)
    return {
        "corporate": CORPORATE,
        "four-three": four_three,
        "potx": as_potx(CORPORATE, tmp / "corporate.potx"),
        "renamed": make_template(tmp / "renamed.pptx", rename={
            "Title Slide": "Cover", "Title and Content": "Heading + Text", "Title Only": "Heading"}),
    }


def write(briefing, theme, template: Path, **options) -> bytes:
    out = io.BytesIO()
    render_deck(briefing, charts_for(briefing), theme, out, build_date=BUILD_DATE, template=template, **options)
    return out.getvalue()


def test_shipped_template_is_there():
    assert CORPORATE.is_file(), "run tests/test_template.py as a script to build it"


@pytest.mark.parametrize("kind, name, fallback_name", [
    ("cover", "Title Slide", "Cover"),
    ("content", "Title and Content", "Heading + Text"),
    ("chart", "Title Only", "Heading"),
])
def test_layouts_are_found_by_name_then_by_placeholder_types(kind, name, fallback_name, templates):
    prs = Presentation(str(templates["corporate"]))
    assert find_layout(prs, kind, "corporate.pptx").name == name
    renamed = Presentation(str(templates["renamed"]))
    found = find_layout(renamed, kind, "renamed.pptx")
    types = {ph.placeholder_format.type for ph in found.placeholders}
    assert found.name == fallback_name
    if kind == "chart":
        assert not types & {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}


def test_layout_names_match_whatever_the_case_and_spacing(tmp_path):
    path = make_template(tmp_path / "t.pptx", rename={"Title Only": "  title   ONLY "})
    assert find_layout(Presentation(str(path)), "chart", "t.pptx").name == "  title   ONLY "


def test_template_without_any_title_placeholder_is_an_input_error(tmp_path):
    path = make_template(tmp_path / "untitled.pptx", example_slide=False)
    prs = Presentation(str(path))
    for layout in prs.slide_layouts:
        for ph in list(layout.placeholders):
            if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE,
                                              PP_PLACEHOLDER.VERTICAL_TITLE):
                ph._element.getparent().remove(ph._element)
    prs.save(str(path))
    with pytest.raises(InputError, match=r"untitled\.pptx.*'Title Slide' layout"):
        open_canvas(path)


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken", None])
def test_a_file_that_is_not_a_presentation_is_an_input_error(content, tmp_path):
    path = tmp_path / "notes.pptx"
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "a zip, but no presentation")
    else:
        path.write_bytes(content)
    with pytest.raises(InputError, match="notes.pptx"):
        open_canvas(path)


def test_missing_template_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nowhere.potx"):
        open_canvas(tmp_path / "nowhere.potx")


@pytest.mark.parametrize("case", ["corporate", "four-three", "potx", "renamed"])
def test_template_deck_keeps_size_and_look_and_drops_example_slides(case, templates, theme):
    data = write(reference_briefing(), theme, templates[case])
    prs = Presentation(io.BytesIO(data))
    source = Presentation(str(templates["corporate" if case == "potx" else case]))
    assert (prs.slide_width, prs.slide_height) == (source.slide_width, source.slide_height)
    titles = [s.shapes.title.text_frame.text for s in prs.slides]
    assert "Example slide the deck must not keep" not in titles and len(titles) == 7
    assert str(prs.slide_master.background.fill.fore_color.rgb) == BACKGROUND
    for slide in prs.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0
            assert shape.left + shape.width <= prs.slide_width and shape.top + shape.height <= prs.slide_height


@pytest.mark.parametrize("case", ["corporate", "four-three"])
def test_text_goes_into_the_templates_placeholders(case, templates, theme):
    prs = Presentation(io.BytesIO(write(reference_briefing(), theme, templates[case])))
    kinds = {}
    for slide in prs.slides:
        kinds[slide.slide_layout.name] = [
            (s.placeholder_format.type, s.name) for s in slide.placeholders]
    assert kinds["Title Slide"] == [(PP_PLACEHOLDER.CENTER_TITLE, "Title"), (PP_PLACEHOLDER.SUBTITLE, "Subtitle")]
    assert kinds["Title and Content"] == [(PP_PLACEHOLDER.TITLE, "Title"), (PP_PLACEHOLDER.OBJECT, "Body")]
    assert kinds["Title Only"] == [(PP_PLACEHOLDER.TITLE, "Title")]


@pytest.mark.parametrize("case", ["corporate", "four-three"])
def test_planned_text_fits_the_template_boxes(case, templates, theme):
    canvas = open_canvas(templates[case])
    plan = plan_deck(reference_briefing(), charts_for(reference_briefing()), theme, frame=canvas.frame)
    assert (plan.width, plan.height) == (canvas.frame.width, canvas.frame.height)
    measure = metrics_for(theme.fonts)
    for slide in plan.slides:
        for box in (slide.title, *slide.texts):
            assert box.box.right <= plan.width and box.box.bottom <= plan.height, box.name
            fitted = box.text
            for par, lines in zip(fitted.paragraphs, fitted.lines, strict=True):
                limit = text_width_pt(box.box.width_pt, box.style, par)
                assert all(line_width_pt(line, fitted.size_pt, measure) <= limit + 1e-6 for line in lines)
            used = sum(len(lines) for lines in fitted.lines) * LINE_HEIGHT * fitted.size_pt
            used += (len(fitted.paragraphs) - 1) * box.style.paragraph_gap_em * fitted.size_pt
            assert used <= (box.box.height_pt - 2 * box.style.inset_y_pt) * SAFETY + 1e-6, box.name


@pytest.mark.parametrize("case", ["corporate", "four-three", "potx", "renamed"])
def test_template_deck_package_integrity(case, templates, theme, tmp_path):
    check = _integrity()
    path = tmp_path / "deck.pptx"
    path.write_bytes(write(reference_briefing(), theme, templates[case], editable_charts=True))
    assert check(str(path)) == []


def test_template_deck_is_byte_identical_across_builds(templates, theme):
    assert write(reference_briefing(), theme, templates["corporate"]) == \
        write(reference_briefing(), theme, templates["corporate"])


def test_dark_template_background_gives_a_contrast_warning(tmp_path, theme):
    path = make_template(tmp_path / "dark.pptx")
    prs = Presentation(str(path))
    prs.slide_master.background.fill.fore_color.rgb = RGBColor.from_string("202020")
    prs.save(str(path))
    warnings = render_deck(reference_briefing(), [], theme, io.BytesIO(), build_date=BUILD_DATE, template=path)
    assert any("contrast" in w and "'text'" in w for w in warnings)


if __name__ == "__main__":
    print(make_template(CORPORATE))


@pytest.mark.parametrize("case", ["corporate", "four-three"])
def test_template_text_reaches_wcag_contrast_and_clears_the_master_bands(case, templates, theme):
    from test_deck import text_colours

    from briefing.render.deck.contrast import contrast_ratio, master_background

    data = write(reference_briefing(), theme, templates[case], editable_charts=True)
    prs = Presentation(io.BytesIO(data))
    background = master_background(prs)
    assert background == f"#{BACKGROUND}"
    for colour in text_colours(data):
        assert contrast_ratio(f"#{colour}", background) >= 4.5, colour
    bands = [s for s in prs.slide_master.shapes if s.name == "Corporate band"]
    assert len(bands) == 2
    for slide in prs.slides:
        for shape in slide.shapes:
            for band in bands:  # text drawn over a band would meet another background
                apart = (shape.top + shape.height <= band.top or shape.top >= band.top + band.height)
                assert apart, (shape.name, band.top)


def test_template_deck_reading_order_and_links(templates, theme):
    from test_deck import _links, _reading_order_holds

    data = write(reference_briefing(), theme, templates["corporate"], editable_charts=True)
    _reading_order_holds(data)
    assert sorted(_links(data)) == [2, 5]


def test_template_without_a_content_layout_puts_the_body_under_the_title(tmp_path, theme):
    """Documented fallback: no 'Title and Content' and no title+body layout -> the closest layout
    with a title, and the body text in a text box filling the space beneath the title."""
    path = make_template(tmp_path / "sparse.pptx", example_slide=False)
    prs = Presentation(str(path))
    for layout in prs.slide_layouts:
        for ph in list(layout.placeholders):
            if ph.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT):
                ph._element.getparent().remove(ph._element)
    prs.save(str(path))
    canvas = open_canvas(path)
    assert not [ph for ph in canvas.layouts["content"].placeholders
                if ph.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)]
    frame = canvas.frame
    assert frame.body.top > frame.title.bottom and frame.body.bottom < frame.footer_left.top
    assert frame.body.height > 4 * 914400
    data = write(reference_briefing(), theme, path)
    check = _integrity()
    (tmp_path / "deck.pptx").write_bytes(data)
    assert check(str(tmp_path / "deck.pptx")) == []
