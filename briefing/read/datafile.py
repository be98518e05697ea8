"""User-supplied data (``--data FILE``): correct or drop the article's figures, add figures and series.

Takes a YAML or CSV file; :func:`read_data` returns a :class:`DataFile`, which
:func:`briefing.plan.corrections.apply_data` applies to the extracted figures. Every figure the file
gives has an :class:`~briefing.model.Origin` naming the file and its source line, so the sources
say where each number came from. A malformed file raises :class:`InputError` naming the file and
the row or field.

YAML::

    source: Northwind quarterly reports        # printed under the charts this file feeds
    correct:
      - {quote: "$4.2 billion", value: 4.3e9}  # name the figure by quote ...
      - {quote: "18%", subject: Northwind Cloud, direction: up, charted: false}  # ... set any field
      - {subject: Northwind, metric: net profit, value: 920e6}  # ... or name it by subject and metric
    drop:
      - {quote: "7.5%"}
    add:
      - {subject: Northwind, metric: employees, value: 52000, unit: people}
    series:
      - subject: Northwind
        metric: revenue
        unit: USD
        points: {Q1 2025: 3.4e9, Q2 2025: 3.6e9, Q3 2025: 3.6e9}

A ``quote`` that stands for more than one figure ("8%" twice) is narrowed by the ``sentence`` it
stands in. A ``correct`` entry that names its figure by ``quote`` may set any of :data:`CORRECTABLE`
(``subject``, ``metric``, ``value``, ``unit``, ``period``, ``direction``, ``charted``); one without a
quote names its figure by ``subject`` and ``metric`` and sets the rest. A field the entry's action
does not know is an error naming it, so a typo never passes silently.

CSV: a header ``action,quote,subject,metric,period,value,unit,source`` (``direction`` and
``charted`` columns may follow) and one row per action (``correct``, ``drop``, ``add``,
``series``); ``series`` rows with the same subject, metric and unit make one series, in file order.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.errors import InputError
from briefing.model.types import Direction, Figure, Origin, OriginKind, Series

ACTIONS = ("correct", "drop", "add", "series")
CSV_COLUMNS = ("action", "quote", "subject", "metric", "period", "value", "unit", "source")
#: Columns a CSV file may add after :data:`CSV_COLUMNS`, for corrections.
CSV_EXTRA_COLUMNS = ("direction", "charted", "sentence")
#: What a ``correct`` entry may set on the figure it names.
CORRECTABLE = ("subject", "metric", "value", "unit", "period", "direction", "charted")
#: The fields each action's YAML entry may have; a series point has ``period`` and ``value``.
ENTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "correct": ("quote", "sentence", *CORRECTABLE),
    "drop": ("quote", "sentence", "subject", "metric"),
    "add": ("subject", "metric", "value", "unit", "period", "source"),
    "series": ("subject", "metric", "unit", "points", "source"),
}


@dataclass(frozen=True)
class Correction:
    """The fields a ``correct`` entry sets on its figure; None (or "") leaves the figure's own."""

    subject: str = ""
    metric: str = ""
    value: float | None = None
    unit: str = ""
    period: str = ""
    direction: Direction | None = None
    charted: bool | None = None

    def is_empty(self) -> bool:
        return self == Correction()


@dataclass(frozen=True)
class Change:
    """One ``correct`` or ``drop`` entry: which figure (by ``quote``, or else by ``subject`` and
    ``metric``) and, for a correction, what it sets (``sets``)."""

    where: str  # "row 3" or "correct[0]", for messages
    quote: str = ""
    subject: str = ""
    metric: str = ""
    drop: bool = False
    sets: Correction = Correction()
    sentence: str = ""  # with a quote: only the figure with this quote in this sentence


@dataclass(frozen=True)
class DataFile:
    """A parsed data file: its name and source line, the changes, added figures and series."""

    name: str
    source: str
    changes: tuple[Change, ...] = ()
    additions: tuple[Figure, ...] = ()
    series: tuple[Series, ...] = ()


def _number(value: Any, where: str, name: str) -> float:
    """A number from YAML (where ``4.3e9`` is a string) or CSV text; thousands separators allowed."""
    if isinstance(value, bool):
        raise InputError(f"{name}: {where}: value {value!r} is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").replace("_", "").strip())
    except ValueError:
        raise InputError(f"{name}: {where}: value {value!r} is not a number") from None


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    return "" if value is None else " ".join(str(value).split())


def _figure(record: dict[str, Any], where: str, name: str, source: str, period: str = "") -> Figure:
    """An added figure; its quote is the value as the file writes it."""
    for key in ("subject", "metric", "unit"):
        if not _text(record, key):
            raise InputError(f"{name}: {where}: field {key!r} is missing")
    if record.get("value") in (None, ""):
        raise InputError(f"{name}: {where}: field 'value' is missing")
    return Figure(subject=_text(record, "subject"), metric=_text(record, "metric"),
                  value=_number(record["value"], where, name), unit=_text(record, "unit"),
                  quote=_text(record, "value"), sentence="", period=period or _text(record, "period"),
                  origin=Origin(OriginKind.DATA_FILE, name, _text(record, "source") or source))


def _check_fields(record: dict[str, Any], allowed: tuple[str, ...], where: str, name: str) -> None:
    """An entry's fields are all ones its action knows; the first unknown one is named."""
    unknown = [key for key in record if key not in allowed]
    if unknown:
        raise InputError(f"{name}: {where}: unknown field {str(unknown[0])!r} (expected {', '.join(allowed)})")


def _direction(value: Any, where: str, name: str) -> Direction | None:
    text = "" if value is None else str(value).strip().lower()
    if not text:
        return None
    try:
        return Direction(text)
    except ValueError:
        raise InputError(f"{name}: {where}: direction {text!r} is not one of "
                         f"{', '.join(d.value for d in Direction)}") from None


_FLAGS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _flag(value: Any, where: str, name: str) -> bool | None:
    """``charted``: YAML's true/false, or the words a CSV cell may hold; empty is "not given"."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if not text:
        return None
    if text not in _FLAGS:
        raise InputError(f"{name}: {where}: charted {value!r} is not true or false")
    return _FLAGS[text]


def _change(record: dict[str, Any], where: str, name: str, drop: bool) -> Change:
    quote, subject, metric = _text(record, "quote"), _text(record, "subject"), _text(record, "metric")
    if not quote and not (subject and metric):
        raise InputError(f"{name}: {where}: name the figure by 'quote', or by 'subject' and 'metric'")
    sentence = _text(record, "sentence") if quote else ""
    if drop:
        return Change(where, quote, subject, metric, drop=True, sentence=sentence)
    value = None if record.get("value") in (None, "") else _number(record["value"], where, name)
    sets = Correction(subject=subject if quote else "", metric=metric if quote else "", value=value,
                      unit=_text(record, "unit"), period=_text(record, "period"),
                      direction=_direction(record.get("direction"), where, name),
                      charted=_flag(record.get("charted"), where, name))
    if sets.is_empty():
        settable = CORRECTABLE if quote else CORRECTABLE[2:]
        raise InputError(f"{name}: {where}: the correction sets nothing (give {', '.join(settable)}; "
                         "use 'drop' to remove a figure)")
    # Named by quote, subject and metric are new values; named by them, they only select.
    return Change(where, quote, "" if quote else subject, "" if quote else metric, sets=sets, sentence=sentence)


def _yaml_series(record: dict[str, Any], where: str, name: str, source: str) -> Series:
    """A series whose ``points`` is a mapping period -> value, or a list of {period, value}."""
    points = record.get("points")
    if isinstance(points, dict):
        points = [{"period": period, "value": value} for period, value in points.items()]
    if not isinstance(points, list) or not points or not all(isinstance(p, dict) for p in points):
        raise InputError(f"{name}: {where}: field 'points' must map periods to values")
    for i, point in enumerate(points):
        _check_fields(point, ("period", "value"), f"{where}.points[{i}]", name)
    own_source = _text(record, "source") or source
    figures = tuple(_figure({**record, **point, "source": own_source}, f"{where}.points[{i}]", name, own_source)
                    for i, point in enumerate(points))
    return Series(figures[0].subject, figures[0].metric, figures[0].unit, figures, own_source)


def _from_yaml(data: Any, name: str) -> DataFile:
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping with source, correct, drop, add or series")
    unknown = sorted(set(data) - {"source", *ACTIONS})
    if unknown:
        raise InputError(f"{name}: unknown field {unknown[0]!r} (expected source, {', '.join(ACTIONS)})")
    source = _text(data, "source") or f"the data file {name}"
    entries: dict[str, list[dict[str, Any]]] = {}
    for action in ACTIONS:
        value = data.get(action) or []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise InputError(f"{name}: field {action!r}: expected a list of mappings")
        for i, item in enumerate(value):
            _check_fields(item, ENTRY_FIELDS[action], f"{action}[{i}]", name)
        entries[action] = value
    changes = [_change(r, f"correct[{i}]", name, False) for i, r in enumerate(entries["correct"])]
    changes += [_change(r, f"drop[{i}]", name, True) for i, r in enumerate(entries["drop"])]
    additions = tuple(_figure(r, f"add[{i}]", name, source) for i, r in enumerate(entries["add"]))
    series = tuple(_yaml_series(r, f"series[{i}]", name, source) for i, r in enumerate(entries["series"]))
    return DataFile(name, source, tuple(changes), additions, series)


def _from_csv(text: str, name: str) -> DataFile:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "action" not in header or "value" not in header:
        raise InputError(f"{name}: row 1: the header must name the columns {','.join(CSV_COLUMNS)}")
    unknown = [h for h in header if h not in (*CSV_COLUMNS, *CSV_EXTRA_COLUMNS)]
    if unknown:
        raise InputError(f"{name}: row 1: unknown column {unknown[0]!r} "
                         f"(expected {','.join(CSV_COLUMNS)}, optionally {','.join(CSV_EXTRA_COLUMNS)})")
    reader.fieldnames = header
    changes: list[Change] = []
    additions: list[Figure] = []
    runs: dict[tuple[str, str, str], list[Figure]] = {}
    sources: dict[tuple[str, str, str], str] = {}
    rows = [(reader.line_num, record) for record in reader]
    # The file's source line is its first non-empty source cell; rows may still name their own.
    source = next((s for s in (_text(r, "source") for _, r in rows) if s), "") or f"the data file {name}"
    for line, record in rows:
        where = f"row {line}"
        if None in record:
            raise InputError(f"{name}: {where}: more cells than the header has columns")
        action = _text(record, "action").lower()
        if action not in ACTIONS:
            raise InputError(f"{name}: {where}: action {action!r} is not one of {', '.join(ACTIONS)}")
        if action in ("correct", "drop"):
            changes.append(_change(record, where, name, action == "drop"))
        elif action == "add":
            additions.append(_figure(record, where, name, source))
        else:
            figure = _figure(record, where, name, source)
            key = (figure.subject, figure.metric, figure.unit)
            runs.setdefault(key, []).append(figure)
            sources.setdefault(key, _text(record, "source") or source)
    series = tuple(Series(s, m, u, tuple(figs), sources[(s, m, u)]) for (s, m, u), figs in runs.items())
    return DataFile(name, source, tuple(changes), tuple(additions), series)


def parse_data(text: str, name: str) -> DataFile:
    """A data file's text, as CSV when ``name`` ends in ``.csv`` and as YAML otherwise."""
    if Path(name).suffix.lower() == ".csv":
        return _from_csv(text, name)
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise InputError(f"{name}: {where}not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    return _from_yaml(data, name)


def read_data(path: str | os.PathLike[str]) -> DataFile:
    """Read and parse a ``--data`` file (YAML, or CSV by its ``.csv`` extension)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{file}: no such data file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read the data file ({exc})") from None
    return parse_data(text, file.name)
