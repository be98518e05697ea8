"""HTML articles (a saved news page): headings, paragraphs and list items of the article body.

Takes HTML text; returns blocks for :func:`~briefing.readers.blocks.assemble`. The article body is
found by trafilatura, a maintained boilerplate remover that drops navigation, cookie banners, ads,
scripts, styles, related-article lists, share tools and footers. It runs on the text we pass in and
never touches the network. Its XML output (``<head rend="h2">``, ``<p>``, ``<list><item>``,
``<table><row><cell>``, ``<quote>``) is mapped to :class:`Block` items here.

When trafilatura is not installed, or finds no body, the page is read by the standard-library
fallback in :mod:`briefing.readers.html_basic`.
"""

from __future__ import annotations

import re
from typing import Any

from briefing.read.blocks import Block
from briefing.read.html_basic import basic_html_blocks

_HEADING_LEVEL = re.compile(r"^h([1-6])$")


def _config() -> Any:
    """trafilatura's settings with its size thresholds off.

    By default a body under 250 characters makes trafilatura fall back to a crude whole-page text
    dump; a short article is still an article, so we ask it to trust its own extraction.
    """
    from trafilatura.settings import use_config

    config = use_config()
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_EXTRACTED_COMM_SIZE", "MIN_OUTPUT_COMM_SIZE"):
        config.set("DEFAULT", key, "1")
    return config


def _text(element: Any) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _xml_blocks(body: Any) -> list[Block]:
    """Blocks from trafilatura's ``<main>`` element, in document order."""
    blocks: list[Block] = []
    for element in body:
        tag = element.tag
        if tag == "head":
            match = _HEADING_LEVEL.match(element.get("rend", ""))
            blocks.append(Block("heading", _text(element), 0, int(match.group(1)) if match else 2))
        elif tag == "list":
            # Nested lists come out as items of their own: each is a takeaway-sized statement.
            blocks.extend(Block("item", _text(item)) for item in element.iter("item") if _text(item))
        elif tag == "table":
            # One paragraph per row, cells joined as the Markdown reader joins them.
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                blocks.append(Block("para", " | ".join(c for c in cells if c)))
        elif tag in ("p", "quote"):
            blocks.append(Block("para", _text(element)))
    return [b for b in blocks if b.text]


def trafilatura_blocks(text: str) -> list[Block] | None:
    """The article body's blocks as trafilatura finds them; None when it is missing or finds nothing."""
    try:
        import trafilatura
        from lxml import etree
    except ImportError:
        return None
    xml = trafilatura.extract(text, output_format="xml", include_comments=False, include_tables=True,
                              include_images=False, include_links=False, include_formatting=False,
                              deduplicate=False, config=_config())
    if not xml:
        return None
    body = etree.fromstring(xml.encode("utf-8")).find("main")
    blocks = _xml_blocks(body) if body is not None else []
    return blocks or None


def _with_headline(blocks: list[Block], page: str) -> list[Block]:
    """Start the body at the page's ``<h1>``: trafilatura sometimes leaves the headline out (it sits
    in the page header) or keeps a kicker or byline above it."""
    first_h1 = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    if first_h1 is not None:
        return blocks[first_h1:]
    headline = next((b for b in basic_html_blocks(page) if b.kind == "heading" and b.level == 1), None)
    return [Block("heading", headline.text, headline.line, 1), *blocks] if headline else blocks


def html_blocks(text: str) -> list[Block]:
    """The blocks of the article body of an HTML page, headline first."""
    found = trafilatura_blocks(text)
    if found is None:
        return basic_html_blocks(text)
    return _with_headline(found, text)
