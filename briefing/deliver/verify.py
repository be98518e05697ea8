"""Checking built outputs: does the deck open, does the memo open, do they say the same thing?

:func:`verify_outputs` takes a deck (``.pptx``) and optionally its memo (``.pdf``) and returns a
list of problems, empty when both are sound. It reopens the deck's package with :mod:`zipfile` and
lxml (every relationship resolves, every part has a content type, shape ids are unique per slide,
required elements are present and not empty) and with python-pptx; it reopens the memo with pypdf
(header, cross-reference table and trailer, every font embedded, pages numbered "Page N of M"
consistently); and it compares what both state: the figures of the sources slide against the
memo's sources table, the takeaways and the glossary terms.

Text is compared on a *key*: its ASCII letters and digits only. The deck and the memo clean article
text differently (the memo draws characters no font has as ``?`` and drops invisible ones; PDF
text extraction re-wraps lines), so only what both certainly print is compared.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from lxml import etree

from briefing.render.labels import (
    MEMO_SOURCE_COLUMNS,
    MEMO_SOURCE_LIMITS,
    MEMO_SOURCES_NOTE,
    SOURCE_ITEM,
    SlideTitle,
    section_of,
)

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHAPE_PARTS = re.compile(r"ppt/(slides|notesSlides|slideLayouts|slideMasters)/[^/]+\.xml$")
_SLIDE_PART = re.compile(r"ppt/slides/slide\d+\.xml$")
_PAGE_LABEL = re.compile(r"Page (\d+) of (\d+)\s*$")
#: The memo's sources table prints at most this many characters of each cell.
_QUOTE_LIMIT, _SENTENCE_LIMIT = MEMO_SOURCE_LIMITS[0], MEMO_SOURCE_LIMITS[-1]
#: Subject, metric and period cells together print at most this many characters.
_MIDDLE_LIMIT = sum(MEMO_SOURCE_LIMITS[1:-1])

Pathish = str | PathLike[str]


def key(text: str) -> str:
    """The ASCII letters and digits of ``text``, lower-cased: what deck and memo both certainly print."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


# ------------------------------------------------------------------------------------------ deck


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
    problems: list[str] = []
    if "_rels/.rels" not in names:
        problems.append("_rels/.rels is missing")
    for rels in sorted(n for n in names if n.endswith(".rels")):
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
            continue
        for element in part.iter():
            for attr, value in element.attrib.items():
                if attr.startswith(f"{{{R_NS}}}") and value not in ids:
                    problems.append(f"{source}: {etree.QName(element).localname} refers to relationship "
                                    f"{value!r}, which {rels} does not have")
    # A part with references but no .rels at all (every reference dangles).
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
    problems: list[str] = []
    presentation = xml.get("ppt/presentation.xml")
    if presentation is None:
        return ["ppt/presentation.xml is missing"]
    slide_ids = [e.get("id") for e in presentation.iter(f"{{{P_NS}}}sldId")]
    if not slide_ids:
        problems.append("ppt/presentation.xml: the deck has no slides")
    if len(slide_ids) != len(set(slide_ids)):
        problems.append("ppt/presentation.xml: a slide id is used twice")
    if presentation.find(f"{{{P_NS}}}sldSz") is None:
        problems.append("ppt/presentation.xml: no slide size")
    for name, root in sorted(xml.items()):
        if not _SHAPE_PARTS.match(name):
            continue
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


@dataclass
class DeckText:
    """What the deck states: its figures' quotes and sentences, takeaways and glossary."""

    figures: list[tuple[str, str]] = field(default_factory=list)
    takeaways: list[str] = field(default_factory=list)
    glossary: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _section_items(slides: list[tuple[str, list[tuple[str, bool, str]]]], title: str) -> list[tuple[str, str]]:
    """``(first bold run, whole text)`` of each item on the slides titled ``title`` (or "title (2/3)"),
    a paragraph carried over to the next slide joined to the item it continues."""
    items: list[tuple[str, str]] = []
    for slide_title, paragraphs in slides:
        if section_of(slide_title) != title:
            continue
        for text, starts_item, bold in paragraphs:
            if starts_item or not items:
                items.append((bold, text))
            else:
                items[-1] = (items[-1][0], f"{items[-1][1]} {text}")
    return items


def read_deck_text(data: bytes) -> DeckText:
    """The deck's figures, takeaways and glossary, read back with python-pptx."""
    from pptx import Presentation

    out = DeckText()
    try:
        presentation = Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises KeyError, ValueError, lxml errors... for broken decks
        out.problems.append(f"python-pptx cannot open the deck ({exc.__class__.__name__}: {exc})")
        return out
    slides: list[tuple[str, list[tuple[str, bool, str]]]] = []
    for slide in presentation.slides:
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text.strip() if title_shape is not None else ""
        paragraphs: list[tuple[str, bool, str]] = []
        for shape in slide.shapes:
            if shape.name != "Body" or not shape.has_text_frame:
                continue
            for par in shape.text_frame.paragraphs:
                p_pr = par._p.pPr
                # A paragraph carried over from the previous slide has no bullet and a hanging indent.
                continued = (p_pr is not None and p_pr.find(f"{{{A_NS}}}buNone") is not None
                             and int(p_pr.get("marL", "0")) > 0)
                bold = next((r.text for r in par.runs if r.font.bold), "") if par.runs else ""
                paragraphs.append((par.text, not continued, bold))
        slides.append((title, paragraphs))
    out.takeaways = [text for _, text in _section_items(slides, SlideTitle.TAKEAWAYS)]
    for bold, text in _section_items(slides, SlideTitle.GLOSSARY):
        out.glossary.append((bold, text[len(bold) + 2:] if bold and text.startswith(bold) else text))
    for number, (_, text) in enumerate(_section_items(slides, SlideTitle.SOURCES), start=1):
        match = SOURCE_ITEM.match(text)
        if match is None:
            out.problems.append(f"deck: sources item {number} is not 'figure (\u201cquote\u201d): sentence'")
            continue
        out.figures.append((match.group(2), match.group(3)))
    return out


# ------------------------------------------------------------------------------------------ memo


@dataclass
class MemoText:
    """The memo's text with the running header and footer removed, page by page joined."""

    text: str = ""
    pages: int = 0
    problems: list[str] = field(default_factory=list)


def _pdf_structure_problems(data: bytes) -> list[str]:
    problems = []
    if not data.startswith(b"%PDF-1.") and not data.startswith(b"%PDF-2."):
        return ["not a PDF (no %PDF header)"]
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        problems.append("no %%EOF at the end (truncated?)")
    if b"startxref" not in tail:
        problems.append("no startxref at the end")
    elif not (b"\nxref" in data or b"\rxref" in data or b"/XRef" in data):
        problems.append("no cross-reference table")
    if b"trailer" not in data and b"/XRef" not in data:
        problems.append("no trailer")
    return problems


def _font_problems(reader) -> list[str]:  # noqa: ANN001 - a pypdf.PdfReader
    """Every font in the file is embedded (a FontFile in its descriptor) or a Type3 font."""
    from pypdf.generic import DictionaryObject, IndirectObject

    problems: list[str] = []
    seen: set[int] = set()

    def check(font: DictionaryObject) -> None:
        subtype = font.get("/Subtype")
        if subtype == "/Type3":
            return
        if subtype == "/Type0":
            for descendant in font.get("/DescendantFonts", []):
                check(descendant.get_object())
            return
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            problems.append(f"font {font.get('/BaseFont', '?')} is not embedded")

    def walk(resources) -> None:  # noqa: ANN001 - a resources dictionary
        if isinstance(resources, IndirectObject):
            if resources.idnum in seen:
                return
            seen.add(resources.idnum)
        resources = resources.get_object() if resources is not None else None
        if not isinstance(resources, DictionaryObject):
            return
        fonts = resources.get("/Font")
        for font in (fonts.get_object().values() if fonts is not None else ()):
            check(font.get_object())
        xobjects = resources.get("/XObject")
        for xobject in (xobjects.get_object().values() if xobjects is not None else ()):
            obj = xobject.get_object()
            if obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return list(dict.fromkeys(problems))


def read_memo_text(data: bytes) -> MemoText:
    """The memo's structure problems and its text, read back with pypdf."""
    out = MemoText(problems=_pdf_structure_problems(data))
    if out.problems and out.problems[0].startswith("not a PDF"):
        return out
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        out.pages = len(reader.pages)
        texts = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises its own errors and plain ValueError/KeyError for broken files
        out.problems.append(f"pypdf cannot read the memo ({exc.__class__.__name__}: {exc})")
        return out
    if out.pages == 0:
        out.problems.append("the memo has no pages")
    out.problems += _font_problems(reader)
    bodies = []
    for number, text in enumerate(texts, start=1):
        lines = text.splitlines()
        # The running header and footer are drawn first on every page and end with "Page N of M".
        label = next((i for i, line in enumerate(lines[:8]) if _PAGE_LABEL.search(line)), None)
        if label is None:
            out.problems.append(f"memo page {number}: no 'Page {number} of {out.pages}' footer")
        else:
            page, total = map(int, _PAGE_LABEL.search(lines[label]).groups())
            if (page, total) != (number, out.pages):
                out.problems.append(f"memo page {number}: numbered 'Page {page} of {total}'")
            lines = lines[label + 1:]
        bodies.append("\n".join(lines))
    out.text = "\n".join(bodies)
    return out


# ------------------------------------------------------------------------------------------ both


def _shortened_key(text: str, limit: int) -> str:
    from briefing.render.memo.text import shorten

    return key(shorten(text, limit))


def compare(deck: DeckText, memo: MemoText) -> list[str]:
    """Where the memo does not state the deck's figures, takeaways or glossary terms."""
    problems: list[str] = []
    memo_key = key(memo.text)
    takeaways = "".join(key(t) for t in deck.takeaways)
    if takeaways not in memo_key:
        missing = next((t for t in deck.takeaways if key(t) not in memo_key), deck.takeaways[0])
        problems.append(f"the memo's takeaways differ from the deck's (e.g. {missing[:80]!r})")
    bullets = sum(1 for line in memo.text.splitlines() if line.lstrip().startswith("\u2022"))
    # A takeaway of characters the memo cannot print (C1 controls, unknown marks) may leave no bullet line.
    printable = sum(1 for t in deck.takeaways if key(t))
    if bullets < printable or (bullets and not deck.takeaways):
        problems.append(f"the deck has {len(deck.takeaways)} takeaways, the memo {bullets}")
    at = 0
    for term, definition in deck.glossary:
        found = memo_key.find(key(term) + key(definition), at)
        if found < 0:
            problems.append(f"the memo's glossary lacks the deck's term {term[:60]!r} or its definition")
        else:
            at = found
    problems += _compare_figures(deck.figures, memo.text)
    return problems


def _compare_figures(figures: list[tuple[str, str]], memo_text: str) -> list[str]:
    """The memo's sources table lists exactly the deck's figures, in order (quote ... sentence)."""
    start = memo_text.rfind(MEMO_SOURCES_NOTE)
    if not figures:
        return ["the memo has a sources table, the deck has no figures"] if start >= 0 else []
    if start < 0:
        return [f"the deck lists {len(figures)} figures, the memo has no sources table"]
    table = key(memo_text[start + len(MEMO_SOURCES_NOTE):])
    header = key(" ".join(MEMO_SOURCE_COLUMNS))
    if not table.startswith(header):
        return ["the memo's sources table has no column titles"]
    table = table.replace(header, "")  # the column titles repeat on every page of a long table
    pattern = "".join(
        f"{re.escape(_shortened_key(quote, _QUOTE_LIMIT))}[a-z0-9]{{0,{_MIDDLE_LIMIT}}}?"
        f"{re.escape(_shortened_key(sentence, _SENTENCE_LIMIT))}" for quote, sentence in figures)
    if re.fullmatch(pattern, table):
        return []
    for number, (quote, sentence) in enumerate(figures, start=1):
        if _shortened_key(quote, _QUOTE_LIMIT) not in table or _shortened_key(sentence, _SENTENCE_LIMIT) not in table:
            return [f"the memo's sources table lacks the deck's figure {number} ({quote[:40]!r}: {sentence[:60]!r})"]
    return [f"the memo's sources table does not list the same {len(figures)} figures as the deck, in order"]


def verify_outputs(deck: Pathish, memo: Pathish | None = None) -> list[str]:
    """Problems with ``deck`` (a ``.pptx``) and ``memo`` (its ``.pdf``), each naming the file;
    an empty list when both open cleanly and state the same figures, takeaways and glossary.

    Raises :class:`~briefing.errors.InputError` when a file cannot be read at all."""
    from briefing.errors import InputError

    def read(path: Pathish) -> bytes:
        try:
            return Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None

    deck_data = read(deck)
    memo_data = read(memo) if memo is not None else None
    problems = [f"{deck}: {p}" for p in check_package(deck_data)]
    deck_text = read_deck_text(deck_data) if not problems else DeckText()
    problems += [f"{deck}: {p}" for p in deck_text.problems]
    if memo is None or memo_data is None:
        return problems
    memo_text = read_memo_text(memo_data)
    problems += [f"{memo}: {p}" for p in memo_text.problems]
    if not problems:
        problems += [f"{memo}: {p}" for p in compare(deck_text, memo_text)]
    return problems


__all__ = ["check_package", "compare", "key", "read_deck_text", "read_memo_text", "verify_outputs"]
