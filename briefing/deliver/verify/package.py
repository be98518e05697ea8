"""The OPC package of a ``.pptx``: is the zip sound and does every part hang together?

:func:`check_package` takes the deck's bytes and returns a list of problems, empty when the package
is sound. It reopens the zip with :mod:`zipfile` and each XML part with lxml and checks that every
part has a content type, every relationship resolves and every reference has its relationship, shape
ids are unique per slide, and required elements are present and not empty.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

# lxml ships no types: its elements are annotated as ``etree._Element`` and mypy sees Any.
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHAPE_PARTS = re.compile(r"ppt/(slides|notesSlides|slideLayouts|slideMasters)/[^/]+\.xml$")
_SLIDE_PART = re.compile(r"ppt/slides/slide\d+\.xml$")


def check_package(data: bytes) -> list[str]:
    """Problems with the OPC package of a ``.pptx`` (empty when it is sound)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        return [f"not a zip package ({exc})"]
    with archive:
        bad = archive.testzip()
        if bad is not None:
            return [f"{bad}: damaged (CRC mismatch)"]
        names = {n for n in archive.namelist() if not n.endswith("/")}
        problems: list[str] = []
        xml: dict[str, etree._Element] = {}
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        for name in sorted(names):
            if name.endswith((".xml", ".rels")):
                try:
                    xml[name] = etree.fromstring(archive.read(name), parser)
                except etree.XMLSyntaxError as exc:
                    problems.append(f"{name}: not well-formed XML ({exc})")
    problems += _content_type_problems(names, xml)
    problems += _relationship_problems(names, xml)
    problems += _shape_id_problems(xml)
    problems += _required_element_problems(xml)
    return problems


def _content_type_problems(names: set[str], xml: dict[str, etree._Element]) -> list[str]:
    """Every part has a content type (a slide its own), and no content type names a missing part."""
    types = xml.get("[Content_Types].xml")
    if types is None:
        return ["[Content_Types].xml is missing"]
    defaults = {(e.get("Extension") or "").lower() for e in types.iter(f"{{{CT_NS}}}Default")}
    overrides = {(e.get("PartName") or "").lstrip("/") for e in types.iter(f"{{{CT_NS}}}Override")}
    problems = [f"{n}: no content type" for n in sorted(names)
                if n != "[Content_Types].xml" and n not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults]
    problems += [f"[Content_Types].xml: content type for a missing part /{o}" for o in sorted(overrides - names)]
    problems += [f"{n}: a slide without its own content type" for n in sorted(names)
                 if _SLIDE_PART.match(n) and n not in overrides]
    return problems


def _relationship_problems(names: set[str], xml: dict[str, etree._Element]) -> list[str]:
    """Every relationship is whole and points to a part that is there; every reference has one."""
    problems: list[str] = []
    if "_rels/.rels" not in names:
        problems.append("_rels/.rels is missing")
    for rels in sorted(n for n in names if n.endswith(".rels")):
        problems += _rels_part_problems(rels, names, xml)
    problems += _unrelated_part_problems(names, xml)
    return problems


def _rels_part_problems(rels: str, names: set[str], xml: dict[str, etree._Element]) -> list[str]:
    """Problems of one ``.rels`` part: its relationships, their targets, and the references to them
    in the part it belongs to."""
    problems: list[str] = []
    folder = posixpath.dirname(posixpath.dirname(rels))
    source = posixpath.join(folder, posixpath.basename(rels)[: -len(".rels")])
    ids: set[str] = set()
    root = xml.get(rels)
    for rel in root.iter(f"{{{PR_NS}}}Relationship") if root is not None else ():
        rel_id, target = rel.get("Id") or "", rel.get("Target") or ""
        if not rel_id or not target or not rel.get("Type"):
            problems.append(f"{rels}: a relationship without Id, Type or Target")
        if rel_id in ids:
            problems.append(f"{rels}: relationship id {rel_id} used twice")
        ids.add(rel_id)
        if rel.get("TargetMode") == "External" or not target:
            continue
        full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if full not in names:
            problems.append(f"{rels}: {rel_id} points to a missing part {full}")
    part = xml.get(source)
    if part is None:
        return problems
    for element in part.iter():
        for attr, value in element.attrib.items():
            if attr.startswith(f"{{{R_NS}}}") and value not in ids:
                problems.append(f"{source}: {etree.QName(element).localname} refers to relationship "
                                f"{value!r}, which {rels} does not have")
    return problems


def _unrelated_part_problems(names: set[str], xml: dict[str, etree._Element]) -> list[str]:
    """A part with references but no .rels at all (every reference dangles)."""
    problems: list[str] = []
    for name, part in xml.items():
        if name.endswith(".rels") or name == "[Content_Types].xml":
            continue
        folder, base = posixpath.split(name)
        if posixpath.join(folder, "_rels", base + ".rels") in names:
            continue
        for element in part.iter():
            refs = [v for a, v in element.attrib.items() if a.startswith(f"{{{R_NS}}}")]
            if refs:
                problems.append(f"{name}: {etree.QName(element).localname} refers to relationship {refs[0]!r}, "
                                "but the part has no relationships")
    return problems


def _shape_id_problems(xml: dict[str, etree._Element]) -> list[str]:
    """No shape id is used twice in one slide, notes page, layout or master."""
    problems: list[str] = []
    for name, root in sorted(xml.items()):
        if not _SHAPE_PARTS.match(name):
            continue
        seen: dict[str, int] = {}
        for c_nv_pr in root.iter(f"{{{P_NS}}}cNvPr"):
            seen[c_nv_pr.get("id", "")] = seen.get(c_nv_pr.get("id", ""), 0) + 1
        repeated = sorted(i for i, n in seen.items() if n > 1)
        if repeated:
            problems.append(f"{name}: shape id(s) {', '.join(repeated)} used more than once")
    return problems


def _required_element_problems(xml: dict[str, etree._Element]) -> list[str]:
    """The elements PowerPoint refuses to open a deck without are there and not empty."""
    presentation = xml.get("ppt/presentation.xml")
    if presentation is None:
        return ["ppt/presentation.xml is missing"]
    problems = _presentation_problems(presentation)
    for name, root in sorted(xml.items()):
        if _SHAPE_PARTS.match(name):
            problems += _shape_part_problems(name, root)
    return problems


def _presentation_problems(presentation: etree._Element) -> list[str]:
    """``ppt/presentation.xml`` lists slides, each once, and gives the slide size."""
    problems: list[str] = []
    slide_ids = [e.get("id") for e in presentation.iter(f"{{{P_NS}}}sldId")]
    if not slide_ids:
        problems.append("ppt/presentation.xml: the deck has no slides")
    if len(slide_ids) != len(set(slide_ids)):
        problems.append("ppt/presentation.xml: a slide id is used twice")
    if presentation.find(f"{{{P_NS}}}sldSz") is None:
        problems.append("ppt/presentation.xml: no slide size")
    return problems


def _shape_part_problems(name: str, root: etree._Element) -> list[str]:
    """A slide, notes page, layout or master has a shape tree, and what PowerPoint requires of its
    shapes: an id and a name, a picture's image, a colour's value, a typeface that is not empty."""
    problems: list[str] = []
    if root.find(f"{{{P_NS}}}cSld/{{{P_NS}}}spTree") is None:
        problems.append(f"{name}: no shape tree")
    for c_nv_pr in root.iter(f"{{{P_NS}}}cNvPr"):
        if not (c_nv_pr.get("id") or "").strip() or c_nv_pr.get("name") is None:
            problems.append(f"{name}: a shape without an id or a name")
    for blip in root.iter(f"{{{A_NS}}}blip"):
        if not (blip.get(f"{{{R_NS}}}embed") or blip.get(f"{{{R_NS}}}link")):
            problems.append(f"{name}: a picture without an image reference")
    for colour in root.iter(f"{{{A_NS}}}srgbClr"):
        if not re.fullmatch(r"[0-9A-Fa-f]{6}", colour.get("val") or ""):
            problems.append(f"{name}: a colour without a valid value")
    for typeface in ("latin", "ea", "cs"):
        for font in root.iter(f"{{{A_NS}}}{typeface}"):
            if font.get("typeface") == "":
                problems.append(f"{name}: a run with an empty {typeface} typeface")
    return problems
