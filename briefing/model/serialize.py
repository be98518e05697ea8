"""The one JSON form of the model: what ``inspect --json`` prints and a structured file reads back.

:func:`briefing_to_json` turns a :class:`~briefing.model.Briefing` into plain JSON data (the article's
fields, its figures and milestones); :func:`article_from_json` turns such data (from JSON or YAML,
hand-written or edited ``inspect --json`` output) back into an :class:`~briefing.model.Article` and
its figures, raising :class:`~briefing.errors.InputError` that names the field when a value is
wrong. :func:`to_json` is the generic form of any model dataclass (enums as their values), used for
build results and the manifest.

The article's running text (``lead``, ``analysis``) is one string with a blank line between
paragraphs; a reader also accepts a list of paragraphs.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeAlias

from briefing.errors import InputError
from briefing.model.types import (
    Article,
    Briefing,
    ChartPlan,
    Direction,
    Figure,
    FigureKind,
    GlanceTile,
    GlossaryEntry,
    Milestone,
    Origin,
    OriginKind,
    Role,
    Section,
)

JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"

#: The fields a structured file may have: everything ``briefing_to_json`` writes.
ARTICLE_FIELDS = ("title", "subtitle", "lead", "takeaways", "takeaways_derived", "analysis", "glossary", "sections")
BRIEFING_FIELDS = (*ARTICLE_FIELDS, "figures", "milestones", "charts", "glance", "what_happened")


def to_json(obj: object) -> JSON:
    """Any model value as JSON data: dataclasses as objects (fields in order), enums as their
    values, tuples as lists, paths as strings."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return to_json(obj.value)
    if isinstance(obj, (tuple, list)):
        return [to_json(item) for item in obj]
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, Mapping):
        return {str(k): to_json(v) for k, v in obj.items()}
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(f"no JSON form for {type(obj).__name__}")


# ------------------------------------------------------------------ writing


def article_to_json(article: Article) -> dict[str, JSON]:
    """The article's fields as ``inspect --json`` prints them."""
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "lead": "\n\n".join(article.lead),
        "takeaways": list(article.takeaways),
        "takeaways_derived": article.takeaways_derived,
        "analysis": "\n\n".join(article.analysis),
        "glossary": [{"term": g.term, "definition": g.definition} for g in article.glossary],
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in article.sections],
    }


def figure_to_json(figure: Figure) -> dict[str, JSON]:
    """One figure: its meaning, value, spelling and where it came from."""
    origin: dict[str, JSON] = {f.name: to_json(getattr(figure.origin, f.name))
                               for f in dataclasses.fields(Origin) if getattr(figure.origin, f.name)}
    return {"id": figure.id, "subject": figure.subject, "metric": figure.metric, "value": figure.value,
            "unit": figure.unit, "period": figure.period, "kind": figure.kind.value,
            "direction": figure.direction.value, "compare_to": figure.compare_to or None,
            "source": figure.source, "certain": figure.certain, "reason": figure.reason,
            "quote": figure.quote, "sentence": figure.sentence, "role": figure.role.value,
            "approximate": figure.approximate, "charted": figure.charted, "origin": origin}


def milestone_to_json(milestone: Milestone) -> dict[str, JSON]:
    return {"subject": milestone.subject, "event": milestone.event, "when": milestone.when,
            "quote": milestone.quote, "sentence": milestone.sentence}


def chart_to_json(chart: ChartPlan, positions: Mapping[Figure, int]) -> dict[str, JSON]:
    """A chart as scripts see it: its title, kind, and the figures it draws as indices into ``figures``."""
    return {"title": chart.title, "kind": chart.kind.value,
            "figures": [positions[f] for f in chart.figures if f in positions]}


def glance_tile_to_json(tile: GlanceTile, positions: Mapping[Figure, int]) -> dict[str, JSON]:
    """An "At a glance" tile as indices into ``figures``: the figure, its change and the value it
    is compared with (None where the tile has none)."""
    def index(figure: Figure | None) -> JSON:
        return positions.get(figure) if figure is not None else None

    return {"figure": index(tile.figure), "change": index(tile.change), "earlier": index(tile.earlier)}


def briefing_to_json(briefing: Briefing) -> dict[str, JSON]:
    """The ``briefing inspect --json`` object: the article, its figures and milestones, the charts
    the deck and memo will draw (``figures`` as indices into the figures list), and the deck's
    story: its "At a glance" tiles and the sentences of its "What happened" slide."""
    positions: dict[Figure, int] = {}
    for index, figure in enumerate(briefing.figures):
        positions.setdefault(figure, index)
    return {**article_to_json(briefing.article),
            "figures": [figure_to_json(f) for f in briefing.figures],
            "milestones": [milestone_to_json(m) for m in briefing.milestones],
            "charts": [chart_to_json(c, positions) for c in briefing.charts],
            "glance": [glance_tile_to_json(t, positions) for t in briefing.glance],
            "what_happened": list(briefing.what_happened)}


# ------------------------------------------------------------------ reading


def article_from_json(data: Mapping[str, Any], source: str) -> tuple[Article, tuple[Figure, ...] | None]:
    """The article and, when ``data`` lists them, its figures (None: extract them from the text).

    ``source`` names the file in messages. Unknown fields, a missing title and values of the wrong
    kind are :class:`InputError` naming the field (``figures[2].value: 'lots' is not a number``).
    """
    unknown = sorted(set(data) - set(BRIEFING_FIELDS))
    if unknown:
        raise InputError(f"{source}: unknown field {unknown[0]!r} (expected {', '.join(sorted(BRIEFING_FIELDS))})")
    reader = _Reader(source)
    title = reader.string(data.get("title"), "title")
    if not title:
        raise InputError(f"{source}: field 'title' is missing: no headline")
    glossary = tuple(
        GlossaryEntry(reader.string(reader.required(g, "term", f"glossary[{i}]"), f"glossary[{i}].term"),
                      " ".join(reader.string(g.get("definition"), f"glossary[{i}].definition").split()))
        for i, g in enumerate(reader.records(data.get("glossary"), "glossary")))
    sections = tuple(
        Section(reader.string(reader.required(s, "heading", f"sections[{i}]"), f"sections[{i}].heading"),
                reader.paragraphs(s.get("paragraphs"), f"sections[{i}].paragraphs"))
        for i, s in enumerate(reader.records(data.get("sections"), "sections")))
    article = Article(
        title=title,
        subtitle=reader.string(data.get("subtitle"), "subtitle"),
        lead=reader.paragraphs(data.get("lead"), "lead"),
        takeaways=reader.paragraphs(data.get("takeaways"), "takeaways"),
        analysis=reader.paragraphs(data.get("analysis"), "analysis"),
        glossary=glossary,
        sections=tuple(s for s in sections if s.paragraphs),
        source=source,
    )
    if "figures" not in data:
        return article, None
    figures = tuple(reader.figure(f, f"figures[{i}]", f"f{i + 1}")
                    for i, f in enumerate(reader.records(data["figures"], "figures")))
    ids = [f.id for f in figures if f.id]
    if len(ids) != len(set(ids)):
        raise InputError(f"{source}: field 'figures': an id is used twice")
    missing = sorted({f.compare_to for f in figures if f.compare_to} - set(ids))
    if missing:
        raise InputError(f"{source}: field 'figures': compare_to names no figure's id ({missing[0]!r})")
    return article, figures


class _Reader:
    """Typed values out of decoded JSON/YAML, each error naming ``source`` and the field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def error(self, field: str, problem: str) -> InputError:
        return InputError(f"{self.source}: field {field!r}: {problem}")

    def string(self, value: Any, field: str) -> str:
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.error(field, f"expected text, found {type(value).__name__}")
        return str(value).strip()

    def paragraphs(self, value: Any, field: str) -> tuple[str, ...]:
        """A list of paragraphs, or one string whose paragraphs are separated by blank lines."""
        if value is None:
            return ()
        if isinstance(value, str):
            parts = [" ".join(p.split()) for p in value.replace("\r\n", "\n").split("\n\n")]
            return tuple(p for p in parts if p)
        if isinstance(value, list):
            items = (self.string(item, f"{field}[{i}]") for i, item in enumerate(value))
            return tuple(" ".join(item.split()) for item in items if item)
        raise self.error(field, f"expected text or a list of paragraphs, found {type(value).__name__}")

    def records(self, value: Any, field: str) -> list[Mapping[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise InputError(f"{self.source}: field {field!r}: expected a list of mappings")
        return value

    def required(self, record: Mapping[str, Any], key: str, field: str, empty_ok: bool = False) -> Any:
        """``record[key]``; an empty subject or metric may be given (extraction leaves some unnamed,
        and ``inspect --json`` output must read back), but the field itself must be there."""
        if key not in record or record[key] is None or (record[key] == "" and not empty_ok):
            raise InputError(f"{self.source}: field '{field}.{key}' is missing")
        return record[key]

    def number(self, value: Any, field: str) -> float:
        if isinstance(value, bool):
            raise self.error(field, f"{value!r} is not a number")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise self.error(field, f"{value!r} is not a number") from None

    def choice(self, value: Any, field: str, kind: type[enum.StrEnum], default: enum.StrEnum) -> Any:
        text = self.string(value, field) or default.value
        try:
            return kind(text)
        except ValueError:
            raise self.error(field, f"{text!r} is not one of {', '.join(k.value for k in kind)}") from None

    def figure(self, record: Mapping[str, Any], field: str, default_id: str) -> Figure:
        """One curated figure; ``quote`` and ``sentence`` default to "" but are kept when given, so the
        value can still be traced to the words it came from."""
        origin = record.get("origin") or {}
        if not isinstance(origin, dict):
            raise self.error(f"{field}.origin", "expected a mapping with kind, file, credit, corrects")
        return Figure(
            subject=self.string(self.required(record, "subject", field, empty_ok=True), f"{field}.subject"),
            metric=self.string(self.required(record, "metric", field, empty_ok=True), f"{field}.metric"),
            value=self.number(self.required(record, "value", field), f"{field}.value"),
            unit=self.string(self.required(record, "unit", field), f"{field}.unit"),
            quote=self.string(record.get("quote"), f"{field}.quote"),
            sentence=" ".join(self.string(record.get("sentence"), f"{field}.sentence").split()),
            period=self.string(record.get("period"), f"{field}.period"),
            role=self.choice(record.get("role"), f"{field}.role", Role, Role.MAIN),
            approximate=bool(record.get("approximate", False)),
            origin=Origin(self.choice(origin.get("kind"), f"{field}.origin.kind", OriginKind, OriginKind.STRUCTURED),
                          self.string(origin.get("file"), f"{field}.origin.file"),
                          self.string(origin.get("credit"), f"{field}.origin.credit"),
                          self.string(origin.get("corrects"), f"{field}.origin.corrects")),
            id=self.string(record.get("id"), f"{field}.id") or default_id,
            kind=self.choice(record.get("kind"), f"{field}.kind", FigureKind, FigureKind.LEVEL),
            direction=self.choice(record.get("direction"), f"{field}.direction", Direction, Direction.NONE),
            compare_to=self.string(record.get("compare_to"), f"{field}.compare_to"),
            source=self.string(record.get("source"), f"{field}.source"),
            certain=self.flag(record.get("certain", True), f"{field}.certain"),
            reason=self.string(record.get("reason"), f"{field}.reason"),
            charted=None if record.get("charted") is None else self.flag(record["charted"], f"{field}.charted"),
        )

    def flag(self, value: Any, field: str) -> bool:
        if not isinstance(value, bool):
            raise self.error(field, f"expected true or false, found {value!r}")
        return value
