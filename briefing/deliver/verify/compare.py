"""Deck against memo: does the memo state the deck's figures, takeaways and glossary?

:func:`compare` takes a :class:`~briefing.deliver.verify.deck.DeckText` and a
:class:`~briefing.deliver.verify.memo.MemoText` and returns a list of problems, empty when the memo
states the same takeaways, glossary terms and figures (its sources table) as the deck.

Text is compared on a *key*: its ASCII letters and digits only. The deck and the memo clean article
text differently (the memo draws characters no font has as ``?`` and drops invisible ones; PDF
text extraction re-wraps lines), so only what both certainly print is compared.
"""

from __future__ import annotations

import re

from briefing.deliver.verify.deck import DeckText
from briefing.deliver.verify.memo import MemoText
from briefing.render.labels import (
    MEMO_BULLET,
    MEMO_SOURCE_COLUMNS,
    MEMO_SOURCE_LIMITS,
    MEMO_SOURCES_NOTE,
)

#: The memo's sources table prints at most this many characters of each cell.
_QUOTE_LIMIT, _SENTENCE_LIMIT = MEMO_SOURCE_LIMITS[0], MEMO_SOURCE_LIMITS[-1]
#: Subject, metric and period cells together print at most this many characters.
_MIDDLE_LIMIT = sum(MEMO_SOURCE_LIMITS[1:-1])


def key(text: str) -> str:
    """The ASCII letters and digits of ``text``, lower-cased: what deck and memo both certainly print."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _shortened_key(text: str, limit: int) -> str:
    """The key of ``text`` as the memo's sources table prints it: cut to ``limit`` characters
    by the memo's own :func:`shorten`, so both cut alike."""
    from briefing.render.memo.text import shorten

    return key(shorten(text, limit))


def compare(deck: DeckText, memo: MemoText) -> list[str]:
    """Where the memo does not state the deck's figures, takeaways or glossary terms."""
    problems: list[str] = []
    memo_key = key(memo.text)
    takeaways = "".join(key(t) for t in deck.takeaways)
    if takeaways not in memo_key:
        missing = next((t for t in deck.takeaways if key(t) not in memo_key), deck.takeaways[0])
        problems.append(f"the memo's takeaways differ from the deck's (e.g. {missing[:80]!r})")
    bullets = sum(1 for line in memo.text.splitlines() if line.lstrip().startswith(MEMO_BULLET))
    # A takeaway of characters the memo cannot print (C1 controls, unknown marks) may leave no bullet line.
    printable = sum(1 for t in deck.takeaways if key(t))
    if bullets < printable or (bullets and not deck.takeaways):
        problems.append(f"the deck has {len(deck.takeaways)} takeaways, the memo {bullets}")
    at = 0
    for term, definition in deck.glossary:
        found = memo_key.find(key(term) + key(definition), at)
        if found < 0:
            problems.append(f"the memo's glossary lacks the deck's term {term[:60]!r} or its definition")
        else:
            at = found
    problems += _compare_figures(deck.figures, memo.text)
    return problems


def _compare_figures(figures: list[tuple[str, str]], memo_text: str) -> list[str]:
    """The memo's sources table lists exactly the deck's figures, in order (quote ... sentence)."""
    start = memo_text.rfind(MEMO_SOURCES_NOTE)
    if not figures:
        return ["the memo has a sources table, the deck has no figures"] if start >= 0 else []
    if start < 0:
        return [f"the deck lists {len(figures)} figures, the memo has no sources table"]
    table = key(memo_text[start + len(MEMO_SOURCES_NOTE):])
    header = key(" ".join(MEMO_SOURCE_COLUMNS))
    if not table.startswith(header):
        return ["the memo's sources table has no column titles"]
    table = table.replace(header, "")  # the column titles repeat on every page of a long table
    pattern = "".join(
        f"{re.escape(_shortened_key(quote, _QUOTE_LIMIT))}[a-z0-9]{{0,{_MIDDLE_LIMIT}}}?"
        f"{re.escape(_shortened_key(sentence, _SENTENCE_LIMIT))}" for quote, sentence in figures)
    if re.fullmatch(pattern, table):
        return []
    for number, (quote, sentence) in enumerate(figures, start=1):
        if _shortened_key(quote, _QUOTE_LIMIT) not in table or _shortened_key(sentence, _SENTENCE_LIMIT) not in table:
            return [f"the memo's sources table lacks the deck's figure {number} ({quote[:40]!r}: {sentence[:60]!r})"]
    return [f"the memo's sources table does not list the same {len(figures)} figures as the deck, in order"]
