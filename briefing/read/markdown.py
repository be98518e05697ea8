"""Markdown articles: ``#`` headings, paragraphs (soft-wrapped lines joined), lists and tables.

Takes Markdown text; returns blocks for :func:`~briefing.readers.blocks.assemble`. Inline markup
(emphasis, code, links) is reduced to its text: the briefing shows words, not formatting.
"""

from __future__ import annotations

import re

from briefing.read.blocks import Block

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def strip_inline(text: str) -> str:
    """``**bold** [link](http://x) `code``` -> ``bold link code``."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown article."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    start = 0

    def flush() -> None:
        if paragraph:
            blocks.append(Block("para", strip_inline(" ".join(paragraph)), start))
            paragraph.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        heading, item = _HEADING.match(line), _ITEM.match(line)
        if not line.strip() or line.strip().startswith(("```", "---", "***", "<!--")):
            flush()
        elif heading:
            flush()
            blocks.append(Block("heading", strip_inline(heading.group(2)), number, len(heading.group(1))))
        elif item:
            flush()
            blocks.append(Block("item", strip_inline(item.group(1)), number))
        elif line.lstrip().startswith("|"):
            flush()
            if not _TABLE_RULE.match(line):
                cells = [strip_inline(c) for c in line.strip().strip("|").split("|")]
                blocks.append(Block("para", " | ".join(c for c in cells if c), number))
        elif line.lstrip().startswith(">"):
            if not paragraph:
                start = number
            paragraph.append(line.lstrip("> "))
        elif blocks and blocks[-1].kind == "item" and raw[:1] in (" ", "\t") and not paragraph:
            previous = blocks.pop()  # a list item continued on an indented line
            blocks.append(Block("item", f"{previous.text} {strip_inline(line)}", previous.line))
        else:
            if not paragraph:
                start = number
            paragraph.append(line.strip())
    flush()
    return blocks
