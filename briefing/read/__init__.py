"""Reading articles: bytes or text in, an :class:`~briefing.model.Article` out.

:func:`read_article` accepts a path, raw bytes, a text string or a binary/text file object; it
decodes (UTF-8 with or without BOM, UTF-16 with BOM; CRLF or LF), refuses what is not an article
with an :class:`~briefing.errors.InputError` naming the source, detects the format (plain text,
Markdown, HTML, or a structured JSON/YAML briefing file) from the content and the file extension
unless one is forced, and assembles the article structure. :func:`read_document` also returns the
hand-curated figures a structured file may list.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from typing import IO, Union

from briefing.errors import InputError
from briefing.model.types import Article
from briefing.read.blocks import Block, assemble
from briefing.read.formats import (
    ARTICLE_SUFFIXES,
    FORMAT_SUFFIXES,
    FORMATS,
    format_for_suffix,
)
from briefing.read.html import html_blocks
from briefing.read.markdown import markdown_blocks
from briefing.read.structured import StructuredArticle, read_structured
from briefing.read.text import text_blocks

#: Articles are a few kilobytes; a file this large is almost certainly not one.
MAX_BYTES = 5 * 1024 * 1024
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: What a reader takes: a path, article text (a string with a line break), bytes, or a file object.
Source = Union[str, "os.PathLike[str]", bytes, IO[bytes], IO[str]]


def decode(data: bytes, name: str) -> str:
    """Article text from bytes, or :class:`InputError` when the bytes are not text we can trust."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts like UTF-16 text but is not valid UTF-16") from None
    if looks_binary(data):
        raise InputError(f"{name}: not a text file (it looks like binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = declared_charset(data)
        if declared:  # a saved web page says how it is encoded: <meta charset="windows-1252">
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                raise InputError(f"{name}: the page says it is {declared} text, but it is not") from None
        raise InputError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
                         "save the article as UTF-8") from None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                      re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML or XML document declares in its first kilobytes, when Python knows it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


#: How files of other kinds begin: documents, archives, images, executables. Signatures that a
#: headline could start with ("MZ", "ID3") are left out: those files are full of NUL bytes anyway.
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"PK\x05\x06", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF",
                      b"\x1f\x8b", b"\xfd7zXZ", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*")
#: A text file may carry a stray NUL or two (a bad copy and paste); more than this share is not text.
_MAX_NUL_SHARE = 0.01


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is some other kind of file than text: a known signature, or NUL bytes in
    more than a stray few (UTF-16 without a byte order mark has one in every other byte)."""
    if data.startswith(_BINARY_SIGNATURES):
        return True
    head = data[:65536]
    return head.count(b"\x00") > max(2, len(head) * _MAX_NUL_SHARE)


def detect_format(text: str, name: str = "") -> str:
    """``text``, ``markdown``, ``html``, ``json`` or ``yaml``, from the file extension, else from the content."""
    named = format_for_suffix(Path(name).suffix)
    if named and named != "text":  # a .txt file may still hold HTML or Markdown: look at it
        return named
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|article|p|h1)[\s>]", head):
        return "html"
    if head.startswith("{"):
        return "json"
    # A YAML briefing starts with its title field (after an optional "---" and comments, which
    # would otherwise read as Markdown headings); the lower-case "title:" keeps prose headlines out.
    if re.match(r"(?:---\s*\n)?(?:#[^\n]*\n|\s*\n)*title:\s", text.lstrip("\ufeff")):
        return "yaml"
    if re.search(r"(?m)^#{1,6} \S", text[:5000]):
        return "markdown"
    return "text"


_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def clean_text(text: str) -> tuple[str, int]:
    """Text without characters XML forbids (they would corrupt the deck), and how many were dropped.

    Every line break becomes ``\n``: CRLF, CR, and the Unicode ones (NEL, line and paragraph
    separators) that ``str.splitlines`` would otherwise break on where nothing else does.
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    cleaned, count = _XML_FORBIDDEN.subn("", text)
    return cleaned, count


def parse_document(text: str, source: str = "<text>", input_format: str | None = None) -> StructuredArticle:
    """The article in ``text`` and, for a structured file that lists them, its curated figures.

    ``input_format`` forces one of :data:`FORMATS`; None detects it.
    """
    fmt = input_format or detect_format(text, source)
    if fmt not in FORMATS:
        raise InputError(f"{source}: unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    cleaned, _dropped = clean_text(text)
    if not cleaned.strip():
        raise InputError(f"{source}: the file is empty")
    if fmt in ("json", "yaml"):
        return read_structured(cleaned, source, fmt)
    blocks: list[Block] = {"text": text_blocks, "markdown": markdown_blocks, "html": html_blocks}[fmt](cleaned)
    return StructuredArticle(assemble(blocks, source))


def parse_text(text: str, source: str = "<text>", input_format: str | None = None) -> Article:
    """The article in ``text``; ``input_format`` forces one of :data:`FORMATS`."""
    return parse_document(text, source, input_format).article


def format_size(size: int) -> str:
    """``2662`` -> ``2.6 KB``, ``5242880`` -> ``5.0 MB``: sizes in messages, readable at any scale."""
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def read_source(source: Source, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """``(text, name)`` from a path, bytes, text, or file object; ``-`` is standard input."""
    if isinstance(source, bytes):
        return decode(source, "<bytes>"), "<bytes>"
    if isinstance(source, str) and ("\n" in source or not source.strip()):
        return source, "<text>"
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        data = source.read(max_bytes + 1)
        if isinstance(data, str):
            return data, name
        if len(data) > max_bytes:
            raise InputError(f"{name}: larger than the {format_size(max_bytes)} limit for an article")
        return decode(data, name), name
    path = Path(source)
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {format_size(size)} is larger than the {format_size(max_bytes)} "
                             "limit for an article")
        data = path.read_bytes()
    except FileNotFoundError:
        hint = (" (to pass article text rather than a file name, give text with a line break in it, or bytes)"
                if isinstance(source, str) and " " in source and not path.suffix else "")
        raise InputError(f"{name}: no such file{hint}") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return decode(data, name), name


def read_document(source: Source, input_format: str | None = None, max_bytes: int = MAX_BYTES) -> StructuredArticle:
    """Read and parse a source into its article and, from a structured file, its curated figures."""
    text, name = read_source(source, max_bytes)
    return parse_document(text, name, input_format)


def read_article(source: Source, input_format: str | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read and parse an article from a path, bytes, article text, or a file object."""
    return read_document(source, input_format, max_bytes).article


def read_document_with_warnings(source: Source, input_format: str | None = None,
                                max_bytes: int = MAX_BYTES) -> tuple[StructuredArticle, tuple[str, ...]]:
    """:func:`read_document`, and the reader's warnings: how many characters XML forbids
    (control characters, lone surrogates) were dropped from the text."""
    text, name = read_source(source, max_bytes)
    document = parse_document(text, name, input_format)
    dropped = clean_text(text)[1]
    plural = "s" if dropped != 1 else ""
    return document, ((f"{dropped} character{plural} XML forbids (control characters, lone surrogates) "
                       "were dropped",) if dropped else ())


__all__ = ["ARTICLE_SUFFIXES", "FORMATS", "FORMAT_SUFFIXES", "MAX_BYTES", "StructuredArticle", "decode",
           "detect_format", "format_size", "looks_binary", "parse_document", "parse_text", "read_article",
           "read_document", "read_source"]
