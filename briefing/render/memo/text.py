"""Article text made safe for reportlab: cleaned, escaped, and split across the theme's fonts.

Takes plain article text and a :class:`~briefing.render.fonts.FontMetrics`; returns either plain text
(for PDF metadata, bookmarks and strings drawn directly on the canvas, see :func:`draw_runs`) or
reportlab ``Paragraph`` markup in which every character of the article is literal text (``<font size=40>`` prints as
written, never as a tag) and characters the Latin font lacks are wrapped in the CJK font's tag.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefing.render.fonts import FontMetrics

#: Drawn in place of a character that no shipped font has, so no empty box (.notdef) reaches the page.
REPLACEMENT = "?"

# Line and paragraph separators become plain spaces: a Paragraph wraps its text itself.
_SPACES = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")
# Marks and format characters draw nothing; when no font has them they are dropped, not replaced.
_INVISIBLE = ("Cf", "Mn", "Me")


def _covered(metrics: FontMetrics, char: str) -> bool:
    return metrics.has_glyph("regular", char) or metrics.has_glyph("cjk", char)


def clean(text: str, metrics: FontMetrics) -> str:
    """``text`` with nothing XML or the fonts cannot carry: controls dropped, line breaks as spaces,
    invisible characters without a glyph dropped, and characters no font
    can draw replaced by :data:`REPLACEMENT` (callers report them with ``metrics.uncovered``)."""
    return text.translate(_clean_table(metrics))


class _CleanTable(dict):  # type: ignore[type-arg]
    """What :func:`clean` makes of each character, decided once per character and font set:
    ``str.translate`` then does the per-character work in C (a memo has tens of thousands)."""

    def __init__(self, metrics: FontMetrics) -> None:
        super().__init__()
        self.metrics = metrics

    def __missing__(self, code: int) -> str:
        self[code] = _clean_char(chr(code), self.metrics)
        return self[code]


@lru_cache(maxsize=8)
def _clean_table(metrics: FontMetrics) -> _CleanTable:
    return _CleanTable(metrics)


def _clean_char(char: str, metrics: FontMetrics) -> str:
    if char in _SPACES:
        return " "
    category = unicodedata.category(char)
    # XML 1.0 forbids C0 controls and lone surrogates; reportlab's parser would choke on them.
    if category in ("Cc", "Cs") or char in "\ufffe\uffff":
        return ""
    if char != " " and not char.isspace() and not _covered(metrics, char):
        return "" if category in _INVISIBLE else REPLACEMENT
    return char


def squeeze(text: str) -> str:
    """Runs of spaces collapsed to one (after :func:`clean`, whose output has no other breaks)."""
    return " ".join(part for part in text.split(" ") if part)


def plain(text: str, metrics: FontMetrics) -> str:
    """Cleaned, single-spaced text for metadata, bookmarks and canvas strings."""
    return squeeze(clean(text, metrics))


def markup(text: str, metrics: FontMetrics, role: str = "regular") -> str:
    """Paragraph markup for article ``text`` set in the font of ``role``.

    Every piece is escaped before it meets markup, so the article cannot open tags or links; only
    the font tags written here are markup. Pieces the Latin font lacks get the CJK font's name.
    """
    cleaned = plain(text, metrics)
    parts: list[str] = []
    for run_role, piece in metrics.runs(cleaned, role):
        if run_role == role:
            parts.append(escape(piece))
        else:
            parts.append(f'<font name="{metrics.names[run_role]}">{escape(piece)}</font>')
    return "".join(parts)


def uncovered_warning(texts: list[str], metrics: FontMetrics) -> str | None:
    """A warning naming the characters of ``texts`` that no shipped font can draw, or None."""
    missing = metrics.uncovered("".join(dict.fromkeys("".join(texts))))  # each character once, in order
    # Invisible characters are dropped silently by clean(); only visible losses are worth a warning.
    visible = [c for c in missing if unicodedata.category(c) not in _INVISIBLE and unicodedata.category(c) != "Cc"]
    if not visible:
        return None
    names = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in visible[:12])
    more = f" and {len(visible) - 12} more" if len(visible) > 12 else ""
    return f"memo: no font can draw {names}{more}; drawn as {REPLACEMENT!r}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def runs_width(text: str, metrics: FontMetrics, role: str, size: float) -> float:
    """Width in points of ``text`` drawn run by run (CJK in the CJK font)."""
    return sum(stringWidth(piece, metrics.names[r], size) for r, piece in metrics.runs(text, role))


def fit(text: str, metrics: FontMetrics, role: str, size: float, max_width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``max_width`` points on one line."""
    if runs_width(text, metrics, role, size) <= max_width:
        return text
    while text and runs_width(text + "…", metrics, role, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_runs(canvas: Canvas, metrics: FontMetrics, x: float, y: float, text: str, role: str, size: float,
              max_width: float, right: bool = False) -> None:
    """Draw plain ``text`` on one line at ``x`` (its right edge when ``right``), font by font, cut to
    ``max_width``: the running header and footer are not Paragraphs, yet CJK must still draw."""
    text = fit(text, metrics, role, size, max_width)
    x = x - runs_width(text, metrics, role, size) if right else x
    for run_role, piece in metrics.runs(text, role):
        canvas.setFont(metrics.names[run_role], size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, metrics.names[run_role], size)
