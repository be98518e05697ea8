"""Page images of the real outputs: memo pages and slides, cached by the file's SHA-256.

:class:`Previews` takes a cache folder; :meth:`Previews.memo` renders the memo PDF's pages with
PDFium (pypdfium2) and reads each page's text; :meth:`Previews.deck` converts the ``.pptx`` to PDF
with LibreOffice (``soffice --headless``) and renders that, or, without LibreOffice, returns the
deck's own chart pictures and slide titles with a note saying what full previews need. Each
returns a :class:`Preview`; a file already seen (same SHA-256) is not rendered again, across
restarts too. Not thread-safe (PDFium is not): call it from one thread.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: The names of cached images: what the preview route accepts (nothing else can be asked for).
IMAGE_NAME = re.compile(r"^(page|slide|chart)-[0-9]{1,4}\.(png|jpg|jpeg|gif)$")
KEY = re.compile(r"^[0-9a-f]{64}(-pictures)?$")
MEMO_SCALE = 1.5  # 72 dpi x 1.5: an A4 page 893 px wide, readable when enlarged
SLIDE_SCALE = 1.25  # a 13.33 in slide 1200 px wide
SOFFICE_TIMEOUT_S = 180
#: What rendering a preview gives: image file names, a text per image (or slide titles), a note.
_Rendered = tuple[list[str], list[str], str]
_Render = Callable[[Path], _Rendered]
NO_LIBREOFFICE = ("Slide previews show the deck's charts and slide titles; install LibreOffice "
                  "(soffice) for full previews of every slide.")


@dataclass(frozen=True)
class Preview:
    """Images (file names in the cache folder ``key``) with the text or title of each, and a note."""

    key: str
    images: tuple[str, ...]
    texts: tuple[str, ...]
    note: str = ""


def find_soffice() -> str | None:
    """LibreOffice's command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class Previews:
    """Renders and caches previews under ``cache`` with LibreOffice's ``soffice`` (None: without it)."""

    def __init__(self, cache: Path, soffice: str | None) -> None:
        self.cache, self.soffice = cache, soffice

    def image(self, key: str, name: str) -> Path | None:
        """The cached image ``name`` of preview ``key``, or None (also for names no preview makes)."""
        if not (KEY.match(key) and IMAGE_NAME.match(name)):
            return None
        path = self.cache / key / name
        return path if path.is_file() else None

    def memo(self, memo: Path, sha256: str) -> Preview:
        return self._cached(sha256, lambda folder: _render_pdf(memo, folder, "page", MEMO_SCALE))

    def deck(self, deck: Path, sha256: str) -> Preview:
        # A deck previewed without LibreOffice is cached under another key, so installing it later
        # gives full previews.
        if self.soffice is None:
            return self._cached(f"{sha256}-pictures", lambda folder: _deck_pictures(deck, folder))
        return self._cached(sha256, lambda folder: self._render_deck(deck, folder))

    def _cached(self, key: str, render: _Render) -> Preview:
        done = self.cache / key / "preview.json"
        if done.is_file():
            data = json.loads(done.read_text(encoding="utf-8"))
            return Preview(key, tuple(data["images"]), tuple(data["texts"]), data.get("note", ""))
        self.cache.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".preview-", dir=self.cache))
        try:
            images, texts, note = render(work)
            (work / "preview.json").write_text(json.dumps({"images": images, "texts": texts, "note": note}),
                                               encoding="utf-8")
            try:
                os.rename(work, self.cache / key)  # the whole folder appears at once, or not at all
            except OSError:
                shutil.rmtree(work, ignore_errors=True)  # someone else made it first: theirs is the same
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        return Preview(key, tuple(images), tuple(texts), note)

    def _render_deck(self, deck: Path, folder: Path) -> _Rendered:
        profile = folder / "profile"  # a profile of its own: another soffice running would lock the default one
        source = folder / "deck.pptx"
        shutil.copyfile(deck, source)
        # Niced: a conversion must not slow down the rebuilds a reviewer is waiting for.
        nice = [found, "-n", "10"] if (found := shutil.which("nice")) else []
        command = [*nice, self.soffice or "soffice", f"-env:UserInstallation={profile.resolve().as_uri()}",
                   "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(source)]
        try:
            subprocess.run(command, check=False, capture_output=True, timeout=SOFFICE_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired):
            pass
        converted = folder / "deck.pdf"
        if not converted.is_file():  # LibreOffice failed: the deck's own pictures are still worth showing
            images, texts, _ = _deck_pictures(deck, folder)
            return images, texts, "LibreOffice could not convert this deck; showing its charts and slide titles."
        images, texts, note = _render_pdf(converted, folder, "slide", SLIDE_SCALE)
        for leftover in (profile, source, converted):
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
        return images, texts, note


def _render_pdf(pdf_path: Path, folder: Path, prefix: str, scale: float) -> _Rendered:
    import pypdfium2 as pdfium

    images: list[str] = []
    texts: list[str] = []
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        for number in range(len(document)):
            page = document[number]
            name = f"{prefix}-{number + 1}.png"
            page.render(scale=scale).to_pil().save(folder / name, optimize=False)
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_bounded().split()))
            textpage.close()
            page.close()
            images.append(name)
    finally:
        document.close()
    return images, texts, ""


def _deck_pictures(deck: Path, folder: Path) -> _Rendered:
    """The deck's pictures (its charts) and the titles of its slides, read with python-pptx."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    images: list[str] = []
    titles: list[str] = []
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        titles.append(title.text_frame.text if title is not None and title.has_text_frame else "")
        for shape in slide.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.PICTURE and shape.image.ext in ("png", "jpg", "jpeg", "gif"):
                name = f"chart-{len(images) + 1}.{shape.image.ext}"
                (folder / name).write_bytes(shape.image.blob)
                images.append(name)
    return images, titles, NO_LIBREOFFICE
