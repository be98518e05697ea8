"""The memo read back: its structure, fonts, page numbers and text, as pypdf sees them.

:func:`read_memo_text` takes the memo's bytes and returns a :class:`MemoText`: the text of every
page with the running header and footer removed, the page count, and the problems found (no PDF
header, no cross-reference table or trailer, a font not embedded, a page numbered wrongly).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

_PAGE_LABEL = re.compile(r"Page (\d+) of (\d+)\s*$")


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
