"""The theme: colours, fonts, sizes, logo, organisation name and classification label, as data.

Takes a JSON theme file (default ``assets/theme.json``) and returns a frozen :class:`Theme`. Charts,
deck and memo read every colour and font from it, so a corporate look is a file, not code. Font and
logo paths in a theme file are relative to that file; a bad field raises :class:`ThemeError` naming
the file and the field.
"""

from __future__ import annotations

import enum
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.bundled import assets_dir
from briefing.errors import ThemeError

_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class ThemeColour(enum.StrEnum):
    """The names of a theme's colours (the fields of :class:`Colours`), for plans that say which
    colour a shape takes without holding the hex value."""

    PRIMARY = "primary"
    ACCENT = "accent"
    POSITIVE = "positive"
    NEGATIVE = "negative"
    EARLIER = "earlier"
    TEXT = "text"
    MUTED = "muted"
    LIGHT = "light"
    BACKGROUND = "background"


_COLOUR_NAMES = tuple(colour.value for colour in ThemeColour)
_FONT_ROLES = ("regular", "bold", "italic", "cjk")


@dataclass(frozen=True)
class Colours:
    """Hex colours (``#RRGGBB``). ``positive``/``negative`` mark signed changes in charts and on the
    "At a glance" tiles (always beside an arrow and a sign: colour is never the only cue);
    ``accent`` draws amounts, and ``earlier`` the value a chart compares the latest one with."""

    primary: str
    accent: str
    positive: str
    negative: str
    earlier: str
    text: str
    muted: str
    light: str
    background: str

    @property
    def chart_pairs(self) -> tuple[tuple[str, str], ...]:
        """The colours a chart or a tile sets side by side, which every reader must tell apart
        (tested under simulated colour-vision deficiency, see :mod:`briefing.render.charts.vision`)."""
        return ((self.positive, self.negative), (self.accent, self.earlier))


@dataclass(frozen=True)
class FontFiles:
    """TrueType files that draw the memo and charts and measure deck text.

    ``regular``/``bold``/``italic`` must cover Latin (and ideally Greek and Cyrillic); ``cjk`` draws
    the Chinese, Japanese and Korean characters the others lack.
    """

    regular: Path
    bold: Path
    italic: Path
    cjk: Path


@dataclass(frozen=True)
class DeckStyle:
    """Font names declared in the deck and the range text sizes may take.

    ``latin_font`` should be a font the reader's PowerPoint has and that is metric-compatible with
    ``FontFiles.regular`` (Arial and Liberation Sans), so that measured wrapping holds there too.
    """

    latin_font: str
    east_asian_font: str
    title_max_pt: float
    title_min_pt: float
    body_max_pt: float
    body_min_pt: float


@dataclass(frozen=True)
class MemoStyle:
    paper: str
    body_pt: float


@dataclass(frozen=True)
class Theme:
    organisation: str
    author: str
    classification: str
    colours: Colours
    fonts: FontFiles
    deck: DeckStyle
    memo: MemoStyle
    logo: Path | None
    source: str


_KIND_NAMES = {str: "text", dict: "group of fields ({...})", int: "number", float: "number"}


def _field(data: dict[str, Any], path: str, where: str, kind: type | tuple[type, ...]) -> Any:
    """The value at the dotted ``path`` ("memo.body_pt") of the theme ``data``, of the given kind."""
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            raise ThemeError(f"{where}: missing field {path!r}")
        value = value[part]
    if not isinstance(value, kind) or isinstance(value, bool):
        kinds = kind if isinstance(kind, tuple) else (kind,)
        expected = " or ".join(dict.fromkeys(_KIND_NAMES.get(k, k.__name__) for k in kinds))
        raise ThemeError(f"{where}: field {path!r} must be {'a ' if expected != 'text' else ''}{expected}, "
                         f"not {value!r}")
    return value


def _path(base: Path, value: str, where: str, name: str) -> Path:
    path = (base / value).resolve()
    if not path.is_file():
        path = (assets_dir() / value).resolve()
    if not path.is_file():
        raise ThemeError(f"{where}: field {name!r}: no such file {value!r}")
    return path


#: TrueType tables reportlab needs to measure, subset and embed a font.
_REQUIRED_TABLES = {b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp"}


def _font_problem(path: Path) -> str:
    """Why ``path`` cannot serve as a drawing font ("" when it can): read from its table directory
    only, so checking the theme's fonts costs microseconds, not a parse of several megabytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
            count = int.from_bytes(head[4:6], "big") if len(head) == 12 else 0
            directory = handle.read(16 * min(count, 512))
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if head[:4] == b"OTTO":
        return "is an OpenType font with PostScript (CFF) outlines; the memo needs TrueType outlines (.ttf)"
    if head[:4] == b"ttcf":
        return "is a font collection (.ttc); give one TrueType font (.ttf)"
    if head[:4] not in (b"\x00\x01\x00\x00", b"true") or len(directory) < 16 * count or not count:
        return "is not a TrueType font file (.ttf)"
    tables = {directory[i:i + 4] for i in range(0, len(directory), 16)}
    missing = sorted(t.decode("ascii", "replace") for t in _REQUIRED_TABLES - tables)
    return f"is not a usable TrueType font (it has no {', '.join(missing)} table)" if missing else ""


def _font_path(base: Path, value: str, where: str, name: str) -> Path:
    path = _path(base, value, where, name)
    problem = _font_problem(path)
    if problem:
        raise ThemeError(f"{where}: field {name!r}: {value!r} {problem}")
    return path


def theme_from_dict(data: dict[str, Any], base: Path, source: str) -> Theme:
    """Validate a theme's JSON data; relative paths are looked up beside ``base``, then in assets."""
    if not isinstance(data, dict):
        raise ThemeError(f"{source}: a theme is a JSON object")
    colours = {}
    for name in _COLOUR_NAMES:
        value = _field(data, f"colors.{name}", source, str)
        if not _HEX_COLOUR.fullmatch(value):
            raise ThemeError(f"{source}: field 'colors.{name}' must look like #1F3A5F, not {value!r}")
        colours[name] = value.upper()
    fonts = {role: _font_path(base, _field(data, f"fonts.{role}", source, str), source, f"fonts.{role}")
             for role in _FONT_ROLES}
    numbers = {}
    for name in ("title_max_pt", "title_min_pt", "body_max_pt", "body_min_pt"):
        value = float(_field(data, f"deck.{name}", source, (int, float)))
        if not 6 <= value <= 96:
            raise ThemeError(f"{source}: field 'deck.{name}' must be between 6 and 96 points, not {value}")
        numbers[name] = value
    for kind in ("title", "body"):
        if numbers[f"{kind}_min_pt"] > numbers[f"{kind}_max_pt"]:
            raise ThemeError(f"{source}: field 'deck.{kind}_min_pt' is larger than 'deck.{kind}_max_pt'")
    deck = DeckStyle(
        latin_font=_field(data, "deck.latin_font", source, str),
        east_asian_font=_field(data, "deck.east_asian_font", source, str),
        **numbers,
    )
    paper = _field(data, "memo.paper", source, str)
    if paper.upper() not in ("A4", "LETTER"):
        raise ThemeError(f"{source}: field 'memo.paper' must be 'A4' or 'Letter', not {paper!r}")
    body_pt = float(_field(data, "memo.body_pt", source, (int, float)))
    if not 7 <= body_pt <= 16:
        raise ThemeError(f"{source}: field 'memo.body_pt' must be between 7 and 16 points, not {body_pt}")
    logo_value = data.get("logo")
    if logo_value is not None and not isinstance(logo_value, str):
        raise ThemeError(f"{source}: field 'logo' must be a file name or null, not {logo_value!r}")
    logo = _path(base, logo_value, source, "logo") if logo_value else None
    return Theme(
        organisation=_field(data, "organisation", source, str),
        author=_field(data, "author", source, str),
        classification=_field(data, "classification", source, str),
        colours=Colours(**colours),
        fonts=FontFiles(**fonts),
        deck=deck,
        memo=MemoStyle(paper="A4" if paper.upper() == "A4" else "Letter", body_pt=body_pt),
        logo=logo,
        source=source,
    )


def load_theme(path: str | os.PathLike[str] | None = None) -> Theme:
    """The theme in ``path`` (a JSON file), or the bundled default theme when ``path`` is None."""
    file = Path(path) if path is not None else assets_dir() / "theme.json"
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ThemeError(f"{file}: no such theme file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeError(f"{file}: cannot read the theme file ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ThemeError(f"{file}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if path is not None:
        # A theme names only what it changes; everything else is the bundled theme's.
        data = merged_theme(_bundled_theme_data(), data, str(file))
    return theme_from_dict(data, file.parent, str(file))


def _bundled_theme_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((assets_dir() / "theme.json").read_text(encoding="utf-8"))
    return data


def merged_theme(defaults: dict[str, Any], theme: Any, source: str, prefix: str = "") -> dict[str, Any]:
    """``theme``'s fields over ``defaults``, group by group; a field the defaults do not have is an
    error naming it (so a misspelt "primery" is not silently ignored)."""
    if not isinstance(theme, dict):
        raise ThemeError(f"{source}: {'field ' + repr(prefix.rstrip('.')) if prefix else 'a theme'} must be a "
                         "group of fields ({...})")
    out = dict(defaults)
    for key, value in theme.items():
        if key not in defaults:
            known = ", ".join(repr(prefix + k) for k in defaults)
            raise ThemeError(f"{source}: unknown field {prefix + key!r} (known: {known})")
        out[key] = (merged_theme(defaults[key], value, source, f"{prefix}{key}.")
                    if isinstance(defaults[key], dict) else value)
    return out


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``#1F3A5F`` -> ``(31, 58, 95)``."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
