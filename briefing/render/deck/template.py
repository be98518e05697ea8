"""What the deck is drawn on: python-pptx's blank 16:9 deck, or the organisation's own template.

Takes an optional ``.pptx``/``.potx`` path and returns a :class:`Canvas`: the opened presentation
(its own slides removed), the layout used for each kind of slide, and the :class:`Frame` (every
box the planner fills, in EMU, for the canvas's real slide size, 4:3 templates included).

How a template is used
----------------------
* Layouts are found **by name**, case- and space-insensitively, in this order:

  ============  =========================================================  ==============================
  used for      names tried                                                then, by placeholder types
  ============  =========================================================  ==============================
  cover         Title Slide                                                a centre title (+ subtitle)
  content       Title and Content, Title and Text, Title, Content          a title and a body/content
  chart         Title Only                                                 a title and nothing else
  ============  =========================================================  ==============================

  When neither finds one, the **closest** layout with a title placeholder is used (the one with
  the fewest other placeholders); a template with no title placeholder in any layout raises
  :class:`~briefing.errors.InputError` naming the file and the missing layout.
* The slide title goes into the layout's title placeholder; takeaways, analysis, glossary and
  sources go into the content layout's body placeholder, fitted to that placeholder's box with the
  theme's font metrics (sizes, spacing, bullets and insets written explicitly, never auto-fit).
  The cover's subtitle goes into its subtitle placeholder when it has one, else a text box. Charts,
  source lines, footers and the cover's organisation line are shapes placed inside the margins the
  title placeholder sets. Placeholders left empty are removed from the slide.
* The template decides slide size, background, master decorations and positions; the theme still
  decides fonts and text colours, because text sizes are computed from the theme's font files.
* A ``.potx`` is opened as a ``.pptx`` (its main content type is rewritten in memory); the
  template's own slides and sections are removed. A file that is not a presentation raises
  :class:`~briefing.errors.InputError` naming it.

(The module runs past 300 lines because these rules are written out here, beside the code that
applies them: the code itself is under 300.)
"""

from __future__ import annotations

import enum
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pptx
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from briefing.errors import InputError
from briefing.render.deck.boxes import EMU_PER_IN, Box
from briefing.render.deck.package import rewrite_zip

if TYPE_CHECKING:
    from pptx.presentation import Presentation
    from pptx.shapes.placeholder import LayoutPlaceholder
    from pptx.slide import SlideLayout

_IN = EMU_PER_IN
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_SHOW_MAIN = b"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
_PRESENTATION_MAIN = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE)
#: Placeholders that take body text, and those that take the cover's subtitle (the writer fills them).
BODY_TYPES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
SUBTITLE_TYPES = (PP_PLACEHOLDER.SUBTITLE, *BODY_TYPES)
_FURNITURE = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)


class LayoutKind(enum.StrEnum):
    """The layouts a deck needs from a template: the title slide's, the text slides', the charts'."""

    COVER = "cover"
    CONTENT = "content"
    CHART = "chart"


#: Layout names tried for each kind of slide, before falling back by placeholder types.
LAYOUT_NAMES = {
    LayoutKind.COVER: ("Title Slide",),
    LayoutKind.CONTENT: ("Title and Content", "Title and Text", "Title, Content"),
    LayoutKind.CHART: ("Title Only",),
}
FOOTER_FROM_BOTTOM_IN, FOOTER_H_IN = 0.58, 0.36


@dataclass(frozen=True)
class Frame:
    """Every box the planner fills, for one slide size. ``decorated``: draw the theme's own
    colour band and title rules (only on the blank deck: a template brings its own look)."""

    width: int
    height: int
    title: Box
    body: Box
    chart: Box
    footer_left: Box
    footer_right: Box
    cover_title: Box
    cover_subtitle: Box
    cover_meta: Box
    logo: Box
    decorated: bool = True


def _footer(left: int, right: int, height: int) -> tuple[Box, Box]:
    top, h = round(height - FOOTER_FROM_BOTTOM_IN * _IN), round(FOOTER_H_IN * _IN)
    return Box(left, top, round(9.0 * _IN), h), Box(right - _IN, top, _IN, h)


def default_frame() -> Frame:
    """The blank 16:9 deck (13.333 x 7.5 in) with 0.6 in margins."""
    width, height, margin = 12192000, 6858000, 0.6
    content_w = width / _IN - 2 * margin
    left, right = _footer(round(margin * _IN), round((margin + content_w) * _IN), height)
    return Frame(
        width, height,
        title=Box.inches(margin, 0.32, content_w, 1.08),
        body=Box.inches(margin, 1.7, content_w, 4.95),
        chart=Box.inches(margin, 1.66, content_w, 4.5),
        footer_left=left, footer_right=right,
        cover_title=Box.inches(1.0, 1.2, 11.3, 2.7),
        cover_subtitle=Box.inches(1.0, 4.3, 11.3, 1.5),
        cover_meta=Box.inches(1.0, 6.2, 11.3, 0.55),
        logo=Box.inches(margin + content_w - 1.5, 0.45, 1.5, 0.6),
    )


@dataclass
class Canvas:
    """An opened presentation to add slides to, its layout per kind of slide, and its frame."""

    presentation: Presentation
    layouts: dict[LayoutKind, SlideLayout]
    frame: Frame
    source: str  # the template's path, or BLANK

    @property
    def blank(self) -> bool:
        """Whether this is python-pptx's blank deck rather than a template."""
        return self.source == BLANK


#: The :attr:`Canvas.source` of python-pptx's blank deck.
BLANK = "<blank>"


def open_canvas(template: str | os.PathLike[str] | None) -> Canvas:
    """The blank deck (``template`` None) or the template at ``template``, emptied of slides.

    ``template`` is a path, or the short name of a bundled template (``corporate``). Anything that
    is not a usable presentation raises :class:`InputError` saying what it is and what to do.
    """
    if template is None:
        prs = pptx.Presentation()
        frame = default_frame()
        prs.slide_width, prs.slide_height = Emu(frame.width), Emu(frame.height)
        only = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
        return Canvas(prs, {kind: only for kind in LAYOUT_NAMES}, frame, BLANK)
    path = resolve_template(template)
    prs = _open(path)
    try:
        _remove_slides(prs)
        layouts = {kind: find_layout(prs, kind, path.name) for kind in LAYOUT_NAMES}
        for layout in layouts.values():  # read every part the deck will use, now
            list(layout.placeholders), list(layout.shapes), list(layout.slide_master.shapes)
        frame = template_frame(prs, layouts)
    except InputError:
        raise
    except Exception:  # python-pptx meets a part it cannot read only when it is used
        raise InputError(f"{path}: the template's slide master or layouts are damaged; open it in PowerPoint "
                         "and save it again as .pptx or .potx") from None
    return Canvas(prs, layouts, frame, str(path))


def resolve_template(template: str | os.PathLike[str]) -> Path:
    """The file ``--template`` names: a path, or the short name of a bundled template."""
    from briefing.bundled import TEMPLATES, template_path

    path = Path(template)
    if path.exists() or path.suffix or len(path.parts) > 1:
        return path
    bundled = template_path(str(template))
    if bundled is None:
        raise InputError(f"{template}: no such template file, and not the name of a bundled template "
                         f"(bundled: {', '.join(sorted(TEMPLATES))})")
    return bundled


#: What a package is, by its main content type, when it is not a presentation.
_OTHER_OFFICE = {b"wordprocessingml": "a Word document", b"spreadsheetml": "an Excel workbook"}


def _open(path: Path) -> Presentation:
    """The presentation in ``path``; a template's or slide show's main part is retyped in memory."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the template ({exc.strerror or exc})") from None
    not_pptx = f"{path}: not a PowerPoint presentation or template; give a .pptx or .potx file"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            types = src.read("[Content_Types].xml") if "[Content_Types].xml" in src.namelist() else b""
        other = next((what for marker, what in _OTHER_OFFICE.items() if marker in types), None)
        if other and _PRESENTATION_MAIN not in types and _TEMPLATE_MAIN not in types:
            raise InputError(f"{path}: this is {other}, not a PowerPoint presentation or template; "
                             "give a .pptx or .potx file")
        return pptx.Presentation(io.BytesIO(rewrite_zip(data, _retyped_as_presentation)))
    except InputError:
        raise
    except zipfile.BadZipFile:
        raise InputError(f"{not_pptx} (the file is not a zip package, or it is damaged)") from None
    except Exception:  # zipfile, lxml and python-pptx each raise their own kinds
        raise InputError(f"{not_pptx} (its parts could not be read)") from None


def _retyped_as_presentation(name: str, content: bytes) -> bytes:
    """A template's or slide show's content types, with its main part typed as a presentation's."""
    if name != "[Content_Types].xml":
        return content
    return content.replace(_TEMPLATE_MAIN, _PRESENTATION_MAIN).replace(_SHOW_MAIN, _PRESENTATION_MAIN)


def _remove_slides(prs: Presentation) -> None:
    """Drop the template's own slides (and the sections listing them) before adding ours."""
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)
    # Sections list slide ids; with the slides gone they would point at nothing.
    for sections in list(prs.part._element.iter(_P14 + "sectionLst")):
        ext = sections.getparent()
        ext.getparent().remove(ext)


def _placeholders(layout: SlideLayout) -> list[LayoutPlaceholder]:
    # python-pptx declares LayoutPlaceholders.__iter__ as a callable attribute, which mypy rejects
    # in a for loop; list() reads it as the iterable it is.
    return list(layout.placeholders)


def _types(layout: SlideLayout) -> list[PP_PLACEHOLDER]:
    return [ph.placeholder_format.type for ph in _placeholders(layout)]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _by_types(layout: SlideLayout, kind: LayoutKind) -> bool:
    types = _types(layout)
    has_title = any(t in _TITLES for t in types)
    has_body = any(t in BODY_TYPES for t in types)
    if kind == LayoutKind.COVER:
        return PP_PLACEHOLDER.CENTER_TITLE in types
    if kind == LayoutKind.CONTENT:
        return has_title and has_body
    return has_title and all(t in _TITLES or t in _FURNITURE for t in types)


def find_layout(prs: Presentation, kind: LayoutKind, source: str) -> SlideLayout:
    """The layout for ``kind`` (``cover``, ``content``, ``chart``): by name, then by placeholder
    types, then the closest layout with a title; :class:`InputError` when no layout has a title."""
    # A layout without a title placeholder is never used: every slide's title must be in one.
    titled = [lay for lay in prs.slide_layouts if any(t in _TITLES for t in _types(lay))]
    for name in LAYOUT_NAMES[kind]:
        for layout in titled:
            if _norm(layout.name) == _norm(name):
                return layout
    for layout in titled:
        if _by_types(layout, kind):
            return layout
    if not titled:
        raise InputError(f"{source}: the template has no {LAYOUT_NAMES[kind][0]!r} layout and no layout with "
                         "a title placeholder to use instead")
    return min(titled, key=lambda lay: len([t for t in _types(lay) if t not in _FURNITURE]))


def placeholder(layout: SlideLayout, types: tuple[PP_PLACEHOLDER, ...]) -> LayoutPlaceholder | None:
    """The layout's first placeholder of one of ``types``, or None."""
    return next((ph for ph in _placeholders(layout) if ph.placeholder_format.type in types), None)


def _title_placeholder(layout: SlideLayout) -> LayoutPlaceholder:
    """The layout's title placeholder; :func:`find_layout` only returns layouts that have one."""
    title = placeholder(layout, _TITLES)
    if title is None:
        raise ValueError(f"layout {layout.name!r} has no title placeholder")
    return title


def _box(shape: LayoutPlaceholder, width: int, height: int) -> Box:
    """A placeholder's box (inherited from the master where the layout sets none), on the slide."""
    left, top = max(int(shape.left or 0), 0), max(int(shape.top or 0), 0)
    return Box(left, top, min(int(shape.width or width), width - left), min(int(shape.height or height), height - top))


def _slide_size(prs: Presentation) -> tuple[int, int]:
    width, height = prs.slide_width, prs.slide_height
    if width is None or height is None:  # open_canvas reports the template as damaged
        raise ValueError("the presentation sets no slide size")
    return int(width), int(height)


def template_frame(prs: Presentation, layouts: dict[LayoutKind, SlideLayout]) -> Frame:
    """The boxes of the template's placeholders, and margins and footers derived from them."""
    width, height = _slide_size(prs)
    title = _box(_title_placeholder(layouts[LayoutKind.CONTENT]), width, height)
    margin = min(title.left, width - title.right)
    footer_left, footer_right = _footer(margin, width - margin, height)
    footer_left = Box(footer_left.left, footer_left.top, max(footer_right.left - margin - _IN // 4, _IN),
                      footer_left.height)
    floor = footer_left.top - _IN // 12  # body text and charts stop above the footer row
    body_ph = placeholder(layouts[LayoutKind.CONTENT], BODY_TYPES)
    if body_ph is not None:
        body = _box(body_ph, width, height)
        body = Box(body.left, body.top, body.width, max(min(body.bottom, floor) - body.top, _IN))
    else:  # a fallback layout without a body: the text box takes the space under the title
        top = title.bottom + _IN // 6
        body = Box(margin, top, width - 2 * margin, max(floor - top, _IN))
    chart_title = _box(_title_placeholder(layouts[LayoutKind.CHART]), width, height)
    chart_top = chart_title.bottom + _IN // 6
    chart = Box(margin, chart_top, width - 2 * margin, max(floor - chart_top - round(0.6 * _IN), _IN))
    cover_title = _box(_title_placeholder(layouts[LayoutKind.COVER]), width, height)
    subtitle_ph = placeholder(layouts[LayoutKind.COVER], SUBTITLE_TYPES)
    cover_sub = (_box(subtitle_ph, width, height) if subtitle_ph is not None
                 else Box(cover_title.left, cover_title.bottom + _IN // 6, cover_title.width, round(1.2 * _IN)))
    meta_top = min(max(cover_sub.bottom + _IN // 10, height - round(1.3 * _IN)), height - round(0.7 * _IN))
    cover_meta = Box(margin, meta_top, width - 2 * margin, round(0.55 * _IN))
    logo = Box(width - margin - round(1.5 * _IN), round(0.45 * _IN), round(1.5 * _IN), round(0.6 * _IN))
    return Frame(width, height, title, body, chart, footer_left, footer_right, cover_title, cover_sub,
                 cover_meta, logo, decorated=False)
