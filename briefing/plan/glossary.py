"""Glossary mentions: where the takeaways and analysis name a "Did You Know?" term.

Takes the article (for its glossary) and plain texts; returns character spans. The deck turns them
into links to the glossary slide and the memo into links to the term's definition, so both link the
same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model.types import Article


def glossary_forms(article: Article) -> tuple[tuple[str, ...], ...]:
    """Per glossary entry (same order, ``()`` for an entry without a term), the forms that count
    as a mention: the term, and for "Through-Silicon Vias (TSVs)" also "Through-Silicon Vias" and "TSVs"."""
    out = []
    for entry in article.glossary:
        term = " ".join(entry.term.split()).rstrip(":").strip()
        short = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", term)
        out.append(() if not term else (term, short.group(1), short.group(2)) if short else (term,))
    return tuple(out)


def first_mentions(texts: Sequence[str], forms: Sequence[tuple[str, ...]]) -> tuple[tuple[int, int, int, int], ...]:
    """``(text, start, end, entry)`` of the first mention of each entry's forms in ``texts`` (whole
    words, any case), in text order; a mention overlapping one already taken is skipped."""
    spans: list[tuple[int, int, int, int]] = []
    for entry, entry_forms in enumerate(forms):
        if not entry_forms:
            continue
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in entry_forms), re.IGNORECASE)
        for i, text in enumerate(texts):
            hit = next((m for m in pattern.finditer(text)
                        if not any(j == i and m.start() < e and s < m.end() for j, s, e, _ in spans)), None)
            if hit:
                spans.append((i, hit.start(), hit.end(), entry))
                break
    return tuple(sorted(spans))
