"""The memo read back: its structure, fonts, page numbers and text, as pypdf sees them.

:func:`read_memo_text` takes the memo's bytes and returns a :class:`MemoText`: the text of every
page with the running header and footer removed, the page count, and the problems found (no PDF
header, no cross-reference table or trailer, a font not embedded, a page numbered wrongly).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.render.labels import PAGE_LABEL, PAGE_LABEL_FORMAT

if TYPE_CHECKING:  # pypdf is imported only when a memo is read: ``briefing build`` never needs it
    from pypdf import PdfReader
    from pypdf.generic import PdfObject

_NOT_A_PDF = "not a PDF (no %PDF header)"
#: The running header and footer are drawn first on every page: the footer is among the first lines.
_FOOTER_LINES = 8


@dataclass
class MemoText:
    """The memo's text with the running header and footer removed, page by page joined."""

    text: str = ""
    pages: int = 0
    problems: list[str] = field(default_factory=list)


def _pdf_structure_problems(data: bytes) -> list[str]:
    """What a PDF reader needs first: a header, and at the end a cross-reference table and trailer."""
    problems: list[str] = []
    if not data.startswith(b"%PDF-1.") and not data.startswith(b"%PDF-2."):
        return [_NOT_A_PDF]
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        problems.append("no end-of-file marker (%EOF) at the end: the file is cut short")
    if b"startxref" not in tail:
        problems.append("no startxref at the end")
    elif not (b"\nxref" in data or b"\rxref" in data or b"/XRef" in data):
        problems.append("no cross-reference table")
    if b"trailer" not in data and b"/XRef" not in data:
        problems.append("no trailer")
    return problems


def _font_problems(reader: PdfReader) -> list[str]:
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

    def walk(resources: PdfObject | None) -> None:
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
    if out.problems and out.problems[0] == _NOT_A_PDF:
        return out
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        out.pages = len(reader.pages)
        texts = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # noqa: BLE001 - pypdf raises its own errors and plain ValueError/KeyError for broken files
        out.problems.append(f"pypdf cannot read the memo ({exc.__class__.__name__}: {exc})")
        return out
    if out.pages == 0:
        out.problems.append("the memo has no pages")
    out.problems += _font_problems(reader)
    bodies = []
    for number, text in enumerate(texts, start=1):
        lines = text.splitlines()
        found = _page_label(lines)
        if found is None:
            expected = PAGE_LABEL_FORMAT.format(number=number, total=out.pages)
            out.problems.append(f"memo page {number}: no '{expected}' footer")
        else:
            at, (page, total) = found
            if (page, total) != (number, out.pages):
                out.problems.append(f"memo page {number}: numbered '{PAGE_LABEL_FORMAT.format(number=page, total=total)}'")
            lines = lines[at + 1:]
        bodies.append("\n".join(lines))
    out.text = "\n".join(bodies)
    return out


def _page_label(lines: list[str]) -> tuple[int, tuple[int, int]] | None:
    """Which of a page's first lines ends with its "Page N of M" footer, and the N and M it states."""
    for index, line in enumerate(lines[:_FOOTER_LINES]):
        match = PAGE_LABEL.search(line)
        if match is not None:
            return index, (int(match.group(1)), int(match.group(2)))
    return None
