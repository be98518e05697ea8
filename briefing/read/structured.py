"""Structured briefing files: JSON or YAML with the fields of ``briefing inspect --json``.

Takes the file's text; returns a :class:`StructuredArticle`, the :class:`~briefing.model.Article`
plus the hand-curated figures when the file lists any (``None`` when it does not, so the caller
extracts them from the text). Fields: ``title`` (required), ``subtitle``, ``lead`` (a string whose
paragraphs are separated by blank lines, or a list), ``takeaways``, ``analysis`` (like ``lead``),
``glossary`` ([{term, definition}]), ``sections`` ([{heading, paragraphs}]) and ``figures``
([{subject, metric, value, unit, quote?, sentence?, period?, role?, approximate?}]). Other fields
that ``inspect --json`` prints (``milestones``, ``takeaways_derived``) are accepted and ignored, so
its output can be edited and fed back. A malformed file raises :class:`InputError` naming the file
and the line (syntax) or the field (content).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.model.types import Article, Figure, GlossaryEntry, Role, Section

STRUCTURED_FORMATS = ("json", "yaml")
_KNOWN = {"title", "subtitle", "lead", "takeaways", "takeaways_derived", "analysis", "glossary", "sections",
          "figures", "milestones"}
_ROLES = tuple(role.value for role in Role)


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


def _string(value: Any, source: str, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{source}: field {field!r}: expected text, found {type(value).__name__}")
    return str(value).strip()


def _paragraphs(value: Any, source: str, field: str) -> tuple[str, ...]:
    """A list of paragraphs, or one string whose paragraphs are separated by blank lines."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [" ".join(p.split()) for p in value.replace("\r\n", "\n").split("\n\n")]
        return tuple(p for p in parts if p)
    if isinstance(value, list):
        items = (_string(item, source, f"{field}[{i}]") for i, item in enumerate(value))
        return tuple(" ".join(item.split()) for item in items if item)
    raise InputError(f"{source}: field {field!r}: expected text or a list of paragraphs, found {type(value).__name__}")


def _records(value: Any, source: str, field: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise InputError(f"{source}: field {field!r}: expected a list of mappings")
    return value


def _required(record: dict[str, Any], key: str, source: str, field: str, empty_ok: bool = False) -> Any:
    """``record[key]``; an empty subject or metric may be given (extraction leaves some unnamed, and
    ``inspect --json`` output must read back), but the field itself must be there."""
    if key not in record or record[key] is None or (record[key] == "" and not empty_ok):
        raise InputError(f"{source}: field '{field}.{key}' is missing")
    return record[key]


def _number(value: Any, source: str, field: str) -> float:
    if isinstance(value, bool):
        raise InputError(f"{source}: field {field!r}: {value!r} is not a number")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise InputError(f"{source}: field {field!r}: {value!r} is not a number") from None


def _figure(record: dict[str, Any], source: str, field: str) -> Figure:
    """One curated figure; ``quote`` and ``sentence`` default to "" but are kept when given, so the
    value can still be traced to the words it came from."""
    role = _string(record.get("role"), source, f"{field}.role") or "main"
    if role not in _ROLES:
        raise InputError(f"{source}: field '{field}.role': {role!r} is not one of {', '.join(_ROLES)}")
    return Figure(
        subject=_string(_required(record, "subject", source, field, empty_ok=True), source, f"{field}.subject"),
        metric=_string(_required(record, "metric", source, field, empty_ok=True), source, f"{field}.metric"),
        value=_number(_required(record, "value", source, field), source, f"{field}.value"),
        unit=_string(_required(record, "unit", source, field), source, f"{field}.unit"),
        quote=_string(record.get("quote"), source, f"{field}.quote"),
        sentence=" ".join(_string(record.get("sentence"), source, f"{field}.sentence").split()),
        period=_string(record.get("period"), source, f"{field}.period"),
        role=Role(role),
        approximate=bool(record.get("approximate", False)),
    )


def structured_article(data: dict[str, Any], source: str) -> StructuredArticle:
    """The article (and curated figures) a decoded structured file describes."""
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise InputError(f"{source}: unknown field {unknown[0]!r} (expected {', '.join(sorted(_KNOWN))})")
    title = _string(data.get("title"), source, "title")
    if not title:
        raise InputError(f"{source}: field 'title' is missing: no headline")
    glossary = tuple(
        GlossaryEntry(_string(_required(g, "term", source, f"glossary[{i}]"), source, f"glossary[{i}].term"),
                      " ".join(_string(g.get("definition"), source, f"glossary[{i}].definition").split()))
        for i, g in enumerate(_records(data.get("glossary"), source, "glossary")))
    sections = tuple(
        Section(_string(_required(s, "heading", source, f"sections[{i}]"), source, f"sections[{i}].heading"),
                _paragraphs(s.get("paragraphs"), source, f"sections[{i}].paragraphs"))
        for i, s in enumerate(_records(data.get("sections"), source, "sections")))
    article = Article(
        title=title,
        subtitle=_string(data.get("subtitle"), source, "subtitle"),
        lead=_paragraphs(data.get("lead"), source, "lead"),
        takeaways=_paragraphs(data.get("takeaways"), source, "takeaways"),
        analysis=_paragraphs(data.get("analysis"), source, "analysis"),
        glossary=glossary,
        sections=tuple(s for s in sections if s.paragraphs),
        source=source,
    )
    if "figures" not in data:
        return StructuredArticle(article)
    figures = tuple(_figure(f, source, f"figures[{i}]")
                    for i, f in enumerate(_records(data["figures"], source, "figures")))
    return StructuredArticle(article, figures)


def read_structured(text: str, source: str, fmt: str) -> StructuredArticle:
    """Parse a ``json`` or ``yaml`` briefing file's text."""
    return structured_article(load_mapping(text, source, fmt), source)
