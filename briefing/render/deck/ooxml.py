"""OOXML extensions python-pptx has no API for, written into its XML elements.

Takes python-pptx parts, shapes and run properties; adds internal links from runs to a slide that
keep the run's own colour (:func:`link_runs_to_slide`) and Office's "Mark as decorative" flag
(:func:`mark_decorative`), changing the elements in place. :func:`rgb` returns a theme's
``#RRGGBB`` as python-pptx's colour value, for both deck writers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

if TYPE_CHECKING:
    from pptx.parts.slide import SlidePart
    from pptx.shapes.base import BaseShape

_HLINK_COLOUR_URI = "{A12FA001-AC4F-418D-AE19-62706E023703}"
_HLINK_COLOUR_NS = "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor"
_DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
_DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"


def rgb(colour: str) -> RGBColor:
    """``#RRGGBB`` as the value python-pptx sets a fill, line or font colour to."""
    # python-pptx leaves RGBColor's constructors unannotated; this is the deck's one call to them.
    return RGBColor.from_string(colour[1:])  # type: ignore[no-untyped-call]


def link_runs_to_slide(slide_part: SlidePart, target_part: SlidePart, r_prs: list[etree._Element]) -> None:
    """Make the runs jump to ``target_part``'s slide: an internal slide relationship, never an
    external link. The extension asks PowerPoint to keep the run's own (contrast-checked) colour."""
    r_id = slide_part.relate_to(target_part, RT.SLIDE)
    for r_pr in r_prs:
        click = etree.SubElement(r_pr, qn("a:hlinkClick"), action="ppaction://hlinksldjump")
        click.set(qn("r:id"), r_id)
        ext = etree.SubElement(etree.SubElement(click, qn("a:extLst")), qn("a:ext"), uri=_HLINK_COLOUR_URI)
        etree.SubElement(ext, f"{{{_HLINK_COLOUR_NS}}}hlinkClr", nsmap={"ahyp": _HLINK_COLOUR_NS}, val="tx")


def mark_decorative(shape: BaseShape) -> None:
    """Mark a shape as decoration, so screen readers skip it (Office's "Mark as decorative")."""
    c_nv_pr = shape._element.find(f".//{qn('p:cNvPr')}")
    ext = etree.SubElement(etree.SubElement(c_nv_pr, qn("a:extLst")), qn("a:ext"), uri=_DECORATIVE_URI)
    etree.SubElement(ext, f"{{{_DECORATIVE_NS}}}decorative", nsmap={"adec": _DECORATIVE_NS}, val="1")
