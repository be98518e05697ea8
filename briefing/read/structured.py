"""Structured briefing files: JSON or YAML with the fields of ``briefing inspect --json``.

Takes the file's text; returns a :class:`StructuredArticle`, the :class:`~briefing.model.Article`
plus the hand-curated figures when the file lists any (``None`` when it does not, so the caller
extracts them from the text). Fields: ``title`` (required), ``subtitle``, ``lead`` (a string whose
paragraphs are separated by blank lines, or a list), ``takeaways``, ``analysis`` (like ``lead``),
``glossary`` ([{term, definition}]), ``sections`` ([{heading, paragraphs}]) and ``figures``
([{subject, metric, value, unit, quote?, sentence?, period?, role?, approximate?, origin?}]). Other
fields that ``inspect --json`` prints (``milestones``, ``takeaways_derived``) are accepted and
ignored, so its output can be edited and fed back. The fields are read by the model's one JSON
form (:mod:`briefing.model.serialize`); this module only decodes JSON or YAML. A malformed file
raises :class:`InputError` naming the file and the line (syntax) or the field (content).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.model.serialize import article_from_json
from briefing.model.types import Article, Figure

STRUCTURED_FORMATS = ("json", "yaml")


@dataclass(frozen=True)
class StructuredArticle:
    """What a structured file holds: the article, and its curated figures (None: extract them)."""

    article: Article
    figures: tuple[Figure, ...] | None = None


def load_mapping(text: str, source: str, fmt: str) -> dict[str, Any]:
    """The top-level mapping of a JSON or YAML document; :class:`InputError` with the line otherwise."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(f"{source}: {where}not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a mapping of fields (title, lead, ...) at the top level, "
                         f"found {type(data).__name__}")
    return data


def structured_article(data: dict[str, Any], source: str) -> StructuredArticle:
    """The article (and curated figures) a decoded structured file describes."""
    article, figures = article_from_json(data, source)
    return StructuredArticle(article, figures)


def read_structured(text: str, source: str, fmt: str) -> StructuredArticle:
    """Parse a ``json`` or ``yaml`` briefing file's text."""
    return structured_article(load_mapping(text, source, fmt), source)
