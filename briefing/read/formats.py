"""The input formats and the file suffixes that name them: the one table every part reads.

Format detection (:func:`briefing.readers.detect_format`), the CLI's ``--input-format`` choices, the
files a folder build picks up, and the README all follow this table; adding a format is adding a
row here and a reader beside it.
"""

from __future__ import annotations

FORMAT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "text": (".txt",),
    "markdown": (".md", ".markdown"),
    "html": (".html", ".htm", ".xhtml"),
    "json": (".json",),
    "yaml": (".yaml", ".yml"),
}
FORMATS = tuple(FORMAT_SUFFIXES)
ARTICLE_SUFFIXES = tuple(suffix for suffixes in FORMAT_SUFFIXES.values() for suffix in suffixes)


def format_for_suffix(suffix: str) -> str | None:
    """The format a file suffix (``.HTM``, ``.yml``) names, or None."""
    suffix = suffix.lower()
    return next((fmt for fmt, suffixes in FORMAT_SUFFIXES.items() if suffix in suffixes), None)
