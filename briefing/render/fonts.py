"""Font files as measuring sticks and as drawing fonts for reportlab.

Takes the theme's :class:`~briefing.theme.FontFiles` and gives: the width of a string in points
(what decides every wrap and text size in the deck and memo), which characters no shipped font can
draw, and a split of text into runs per font (Latin font, CJK fallback). The same TrueType files are
registered with reportlab under the names in :data:`FONT_NAMES`, so what is measured is what is drawn.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing.errors import ThemeError
from briefing.theme import FontFiles

#: reportlab names of the registered fonts, by role.
FONT_NAMES = {
    "regular": "BriefingSans",
    "bold": "BriefingSans-Bold",
    "italic": "BriefingSans-Italic",
    "cjk": "BriefingCJK",
}


def _ignorable(char: str) -> bool:
    """Characters that draw nothing and need no glyph (spaces, joiners, controls, marks)."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Mn", "Me")


@lru_cache(maxsize=16)
def _load(path: Path, name: str) -> TTFont:
    # reportlab keeps one font per name; a theme with other files gets names of its own.
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


class FontMetrics:
    """Measures text with the theme's TrueType files, falling back to the CJK font per character.

    The CJK file (several MB) is only parsed when a text needs it.
    """

    def __init__(self, files: FontFiles) -> None:
        self.files = files
        suffix = "" if _is_default(files) else f"-{abs(hash(files)) % 10**8}"
        self.names = {role: name + suffix for role, name in FONT_NAMES.items()}
        self._fonts: dict[str, TTFont] = {}
        self._widths: dict[tuple[str, bool], float] = {}
        self._roles: dict[tuple[str, str], str | None] = {}

    def font(self, role: str) -> TTFont:
        """The registered reportlab font for ``role`` (``regular``, ``bold``, ``italic``, ``cjk``)."""
        if role not in self._fonts:
            path = getattr(self.files, role)
            try:
                self._fonts[role] = _load(path, self.names[role])
            except Exception:  # reportlab raises TTFError, struct.error, IndexError... for damaged files
                raise ThemeError(f"{path}: the theme's font 'fonts.{role}' is damaged and cannot be read") from None
        return self._fonts[role]

    def register(self) -> dict[str, str]:
        """Register the Latin fonts with reportlab and return their names by role."""
        for role in ("regular", "bold", "italic"):
            self.font(role)
        return dict(self.names)

    def has_glyph(self, role: str, char: str) -> bool:
        return ord(char) in self.font(role).face.charToGlyph

    def role_for(self, char: str, role: str = "regular") -> str | None:
        """The font role that draws ``char``: ``role`` itself, ``cjk``, or None when no font can."""
        key = (char, role)
        if key not in self._roles:
            if _ignorable(char) or self.has_glyph(role, char):
                self._roles[key] = role
            else:
                self._roles[key] = "cjk" if self.has_glyph("cjk", char) else None
        return self._roles[key]

    def runs(self, text: str, role: str = "regular") -> list[tuple[str, str]]:
        """``text`` split into ``(role, piece)`` runs; characters no font has stay with ``role``."""
        out: list[tuple[str, str]] = []
        for char in text:
            char_role = self.role_for(char, role) or role
            if out and out[-1][0] == char_role:
                out[-1] = (char_role, out[-1][1] + char)
            else:
                out.append((char_role, char))
        return out

    def uncovered(self, text: str) -> str:
        """The distinct characters of ``text`` that no shipped font can draw, in order of appearance."""
        seen: dict[str, None] = {}
        for char in text:
            if char not in seen and self.role_for(char) is None:
                seen[char] = None
        return "".join(seen)

    def width_pt(self, text: str, size_pt: float, bold: bool = False) -> float:
        """Advance width of ``text`` at ``size_pt`` in points, as the shipped fonts draw it."""
        # Widths scale with the size, and fitting tries many sizes for the same words: measure once.
        return self._unit_width(text, bold) * size_pt

    def _unit_width(self, text: str, bold: bool) -> float:
        key = (text, bold)
        width = self._widths.get(key)
        if width is None:
            role = "bold" if bold else "regular"
            width = sum(pdfmetrics.stringWidth(piece, self.font(run_role).fontName, 1.0)
                        for run_role, piece in self.runs(text, role))
            if len(self._widths) < 200_000:  # a batch worker measures many articles; stay bounded
                self._widths[key] = width
        return width


def _is_default(files: FontFiles) -> bool:
    from briefing.bundled import assets_dir

    fonts = assets_dir() / "fonts"
    return files.regular.parent == fonts.resolve() or files.regular.parent == fonts


@lru_cache(maxsize=8)
def metrics_for(files: FontFiles) -> FontMetrics:
    """One shared :class:`FontMetrics` per set of font files (parsing a font costs milliseconds)."""
    return FontMetrics(files)
