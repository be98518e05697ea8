"""The text the deck plans: paragraphs of plain and bold runs, cleaned for XML.

Takes article text; returns :class:`Paragraph` values (whitespace collapsed, characters XML cannot
carry replaced by spaces) that :mod:`.fitting` wraps and sizes and :mod:`.writer` writes run by run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A stretch of text in one weight."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. ``bullet`` draws a bullet and hangs wrapped lines under the text;
    ``continued`` marks the rest of a paragraph begun in the previous box (indented, no bullet)."""

    runs: tuple[Run, ...]
    bullet: bool = False
    continued: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` with the characters XML cannot carry (controls, lone surrogates) replaced by
    spaces; tabs and line breaks are kept (speaker notes keep their lines)."""
    return _XML_INVALID.sub(" ", text)


def paragraph(*runs: Run | str, bullet: bool = False) -> Paragraph:
    """A :class:`Paragraph` with whitespace collapsed (so wrapping and splitting are exact);
    plain strings become regular runs."""
    out: list[Run] = []
    for item in runs:
        run = Run(item) if isinstance(item, str) else item
        text = re.sub(r"[^\S\u00a0]+", " ", clean(run.text))  # a no-break space stays: it must not break
        if not out:
            text = text.lstrip()
        if text:
            out.append(Run(text, run.bold))
    if out:
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold)
    return Paragraph(tuple(r for r in out if r.text), bullet=bullet)
