"""From a flat list of blocks (headings, paragraphs, list items) to an :class:`Article`.

Every reader (plain text, Markdown, HTML) turns its input into :class:`Block` items; this module
alone knows the article structure: headline, longer headline, lead, "Key Takeaways", "Analysis",
"Did You Know?" glossary, and any other headed section kept as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import InputError
from briefing.model.types import Article, GlossaryEntry, Section


@dataclass(frozen=True)
class Block:
    """``kind`` is ``heading``, ``para`` or ``item``; ``line`` is 1-based, for messages."""

    kind: str
    text: str
    line: int = 0
    level: int = 0


_KNOWN_HEADINGS = {
    "key takeaways": "takeaways",
    "takeaways": "takeaways",
    "key points": "takeaways",
    "analysis": "analysis",
    "did you know?": "glossary",
    "did you know": "glossary",
    "glossary": "glossary",
}
_TERMINAL = ".!?;,\u201d\"'\u2019)"


def heading_role(text: str) -> str | None:
    """``takeaways``, ``analysis`` or ``glossary`` for a recognised section heading, else None."""
    key = re.sub(r"\s+", " ", text.strip().strip("#*_ ").rstrip(":").strip()).lower()
    return _KNOWN_HEADINGS.get(key)


def looks_like_headline(text: str) -> bool:
    """A line that reads as a headline rather than a sentence: short, no closing punctuation."""
    return 0 < len(text) <= 250 and text[-1] not in _TERMINAL


def _glossary(blocks: list[Block]) -> tuple[GlossaryEntry, ...]:
    """Rebuild ``- Term:`` lines, each followed by ``- description`` lines, as term -> definition.

    A ``Term: definition`` line (or ``**Term**: definition``) is one entry on its own.
    """
    entries: list[tuple[str, list[str]]] = []
    for block in blocks:
        text = block.text.strip()
        if text.endswith(":") and len(text) <= 120:
            entries.append((text[:-1].strip(" *_"), []))
            continue
        inline = re.match(r"^\**([^:*]{1,60}?)\**:\s+(.+)$", text)
        if inline and len(inline.group(1).split()) <= 6 and (not entries or entries[-1][1]):
            entries.append((inline.group(1).strip(), [inline.group(2).strip()]))
        elif entries:
            entries[-1][1].append(text)
        else:
            entries.append(("", [text]))
    return tuple(GlossaryEntry(term, " ".join(parts)) for term, parts in entries if term or parts)


def assemble(blocks: list[Block], source: str) -> Article:
    """The :class:`Article` these blocks describe. Raises :class:`InputError` when there is no headline."""
    blocks = [b for b in blocks if b.text.strip()]
    if not blocks:
        raise InputError(f"{source}: no text to read")
    first = blocks[0]
    if heading_role(first.text) is not None or first.kind == "item":
        raise InputError(f"{source}: line {first.line or 1}: no headline (the first line is {first.text[:40]!r})")
    title = first.text.strip()
    rest = blocks[1:]
    subtitle = ""
    if rest and heading_role(rest[0].text) is None and (
        (rest[0].kind == "heading" and rest[0].level >= first.level and first.kind == "heading")
        or (rest[0].kind == "para" and first.kind != "heading" and looks_like_headline(rest[0].text)
            and rest[0].line == first.line + 1)
    ):
        subtitle, rest = rest[0].text.strip(), rest[1:]
    lead: list[str] = []
    takeaways: list[str] = []
    analysis: list[str] = []
    glossary_blocks: list[Block] = []
    sections: list[tuple[str, list[str]]] = []
    role = "lead"
    for block in rest:
        if block.kind == "heading":
            role = heading_role(block.text) or "section"
            if role == "section":
                sections.append((block.text.strip().rstrip(":"), []))
            continue
        text = block.text.strip()
        if role == "lead":
            lead.append(text)
        elif role == "takeaways":
            takeaways.append(text)
        elif role == "analysis":
            analysis.append(text)
        elif role == "glossary":
            glossary_blocks.append(block)
        else:
            sections[-1][1].append(text)
    return Article(
        title=title,
        subtitle=subtitle,
        lead=tuple(lead),
        takeaways=tuple(takeaways),
        analysis=tuple(analysis),
        glossary=_glossary(glossary_blocks),
        sections=tuple(Section(h, tuple(p)) for h, p in sections if p),
        source=source,
    )
