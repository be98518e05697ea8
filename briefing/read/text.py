"""Plain-text articles: the reference structure, or prose with no section headings at all.

Takes the article's text; returns blocks for :func:`~briefing.readers.blocks.assemble`. Each
non-blank line is a paragraph (the reference layout), except that a hard-wrapped paragraph (a line
without closing punctuation followed by one starting in lower case) is joined back together.
"""

from __future__ import annotations

import re

from briefing.read.blocks import Block, heading_role, looks_like_headline

_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])(?:\s+(.*))?$")


def _is_generic_heading(line: str, next_line: str | None) -> bool:
    """A short title-like line followed by text: a section heading the article made up."""
    words = line.split()
    return (
        next_line is not None
        and 0 < len(words) <= 8
        and len(line) <= 70
        and looks_like_headline(line)
        and not line.endswith(":")
        and line[0].isupper()
        and not line.startswith("By ")  # a byline, not a section
    )


def text_blocks(text: str) -> list[Block]:
    """The blocks of a plain-text article."""
    lines = [(number, raw.strip()) for number, raw in enumerate(text.splitlines(), start=1)]
    content = [(n, line) for n, line in lines if line]
    blocks: list[Block] = []
    for index, (number, line) in enumerate(content):
        next_line = content[index + 1][1] if index + 1 < len(content) else None
        item = _ITEM.match(line)
        if index == 0:
            blocks.append(Block("para", line, number))
        elif heading_role(line) is not None:
            blocks.append(Block("heading", line.strip("# ").rstrip(":"), number, 2))
        elif item:
            if item.group(1):  # a bare bullet marker says nothing
                blocks.append(Block("item", item.group(1), number))
        elif index > 1 and blocks[-1].kind != "heading" and _is_generic_heading(line, next_line):
            blocks.append(Block("heading", line, number, 2))
        elif (blocks and blocks[-1].kind == "para" and index > 1 and blocks[-1].line == number - 1
              and blocks[-1].text[-1:] not in ".!?\"\u201d:" and line[:1].islower()):
            previous = blocks.pop()
            blocks.append(Block("para", f"{previous.text} {line}", number))
        else:
            blocks.append(Block("para", line, number))
    return blocks
