"""The fallback HTML body finder, built on the standard library's :mod:`html.parser`.

Takes HTML text; returns blocks for :func:`~briefing.readers.blocks.assemble`. Scripts, styles,
navigation, headers, footers, asides, forms and figures are dropped; when the page has an
``<article>`` or ``<main>`` element only its content is read, after the page's first ``<h1>``.

:mod:`briefing.readers.html` uses trafilatura for the article body and comes here only when
trafilatura is not installed or finds no body (and to find the page's ``<h1>`` headline), so a
page is still read, if less cleanly, without it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from briefing.read.blocks import Block

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "figure",
         "button", "iframe", "template", "select"}
_BLOCKS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "p": 0, "li": 0, "td": 0, "blockquote": 0}


class _BodyParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.container_depth = 0
        self.saw_container = False
        self.current: tuple[str, list[str], int] | None = None
        self.blocks: list[tuple[Block, bool]] = []  # (block, inside article/main)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in ("article", "main"):
            self.container_depth += 1
            self.saw_container = True
        elif tag in _BLOCKS and not self.skip_depth:
            self._close()
            self.current = (tag, [], self.getpos()[0])
        elif tag == "br" and self.current:
            self.current[1].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in ("article", "main") and self.container_depth:
            self._close()
            self.container_depth -= 1
        elif tag in _BLOCKS:
            self._close()

    def handle_data(self, data: str) -> None:
        if self.current and not self.skip_depth:
            self.current[1].append(data)

    def _close(self) -> None:
        if self.current:
            tag, parts, line = self.current
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if text:
                level = _BLOCKS[tag]
                kind = "heading" if level else ("item" if tag == "li" else "para")
                self.blocks.append((Block(kind, text, line, level), self.container_depth > 0))
            self.current = None


def basic_html_blocks(text: str) -> list[Block]:
    """The blocks of the article body of an HTML page."""
    parser = _BodyParser()
    parser.feed(text)
    parser.close()
    parser._close()
    found = [(b, inside) for b, inside in parser.blocks]
    if parser.saw_container:
        found = [(b, inside) for b, inside in found if inside or b.level == 1]
    blocks = [b for b, _ in found]
    first_h1 = next((i for i, b in enumerate(blocks) if b.level == 1), None)
    return blocks[first_h1:] if first_h1 is not None else blocks
