"""The review page's logic: figures beside their corrections, sentences with the figure marked, and
the page's form turned back into a ``data.yaml``.

Takes model figures (as extracted, and as built after ``data.yaml``) and returns plain rows for the
template; :func:`data_from_form` takes the submitted form and the previous data file's contents and
returns the new contents in the ``--data`` format. Nothing here touches the file system.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.errors import InputError
from briefing.model.serialize import article_from_json
from briefing.model.types import Direction, Figure
from briefing.read.datafile import CORRECTABLE

#: What the charted select offers: the plan decides, on a chart, off the charts.
CHARTED_CHOICES = {"auto": None, "yes": True, "no": False}


@dataclass(frozen=True)
class FigureRow:
    """One row of the figures table: the figure as extracted and as built (None when dropped), and
    the number of the chart that draws it (0: none)."""

    base: Figure
    current: Figure | None
    chart: int

    @property
    def shown(self) -> Figure:
        return self.current or self.base

    def corrections(self) -> list[tuple[str, str]]:
        """(field, what the article said) for each field ``data.yaml`` changed, in table order."""
        if self.current is None:
            return []
        out = []
        for label, name in _LABELS:
            before, after = getattr(self.base, name), getattr(self.current, name)
            if before != after:
                shown = {"value": number_text, "charted": _charted_name}.get(name, lambda v: str(v or "none"))
                out.append((label, shown(before)))
        return out


def _charted_name(value: bool | None) -> str:
    return next(name for name, choice in CHARTED_CHOICES.items() if choice is value)


#: The figure fields a reviewer may correct, by the names the page gives them.
_LABELS = (("owner", "subject"), ("measure", "metric"), ("value", "value"), ("unit", "unit"), ("period", "period"),
           ("direction", "direction"), ("charted", "charted"))


@dataclass(frozen=True)
class Segment:
    """A run of text, marked as figure ``figure`` (an id) or plain (``""``)."""

    text: str
    figure: str = ""


def figures_from_json(items: Sequence[Mapping[str, Any]], source: str) -> tuple[Figure, ...]:
    """Figures from their ``inspect --json`` form (``briefing.json``, ``extracted.json``)."""
    _, figures = article_from_json({"title": "-", "figures": list(items)}, source)
    return figures or ()


def figure_rows(extracted: Sequence[Figure], built: Sequence[Figure],
                charts: Sequence[Mapping[str, Any]]) -> tuple[list[FigureRow], list[FigureRow]]:
    """Rows for the extracted figures (dropped ones too) and for the figures ``data.yaml`` added.

    ``charts`` is ``briefing.json``'s chart list, whose ``figures`` index into ``built``.
    """
    chart_of: dict[str, int] = {}
    for number, chart in enumerate(charts, start=1):
        for index in chart.get("figures", []):
            chart_of.setdefault(built[index].id, number)
    by_id = {f.id: f for f in built}
    rows = [FigureRow(f, by_id.get(f.id), chart_of.get(f.id, 0)) for f in extracted]
    known = {f.id for f in extracted}
    added = [FigureRow(f, f, chart_of.get(f.id, 0)) for f in built if f.id not in known]
    return rows, added


def number_text(value: float) -> str:
    """A value as a form shows it: plain digits, no exponent for amounts up to trillions."""
    return f"{value:.15g}" if abs(value) < 1e15 else repr(value)


def marked(text: str, figures: Sequence[Figure]) -> list[Segment]:
    """``text`` cut into segments, each figure's quote marked where it stands in its sentence."""
    spans: list[tuple[int, int, str]] = []
    for figure in figures:
        if not figure.quote:
            continue
        start = text.find(figure.sentence) if figure.sentence else 0
        at = text.find(figure.quote, start) if start >= 0 else -1
        if at >= 0 and not any(a < at + len(figure.quote) and at < b for a, b, _ in spans):
            spans.append((at, at + len(figure.quote), figure.id))
    segments, position = [], 0
    for start, end, figure_id in sorted(spans):
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], figure_id))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def _number(text: str, where: str) -> float:
    try:
        return float(text.replace(",", "").replace("_", "").strip())
    except ValueError:
        raise InputError(f"{where}: {text!r} is not a number") from None


def _signed(value: float, direction: str) -> float:
    return -abs(value) if direction == Direction.DOWN else abs(value) if direction == Direction.UP else value


def _edits(figure: Figure, form: Mapping[str, str]) -> dict[str, Any]:
    """What the form changes on ``figure``: the correctable fields whose value differs from the extraction."""
    key = figure.id
    sets: dict[str, Any] = {}
    for name in ("subject", "metric", "unit", "period"):
        value = " ".join(form.get(f"{key}.{name}", "").split())
        if value and value != getattr(figure, name):
            sets[name] = value
    direction = form.get(f"{key}.direction", figure.direction.value)
    if direction not in {d.value for d in Direction}:
        raise InputError(f"figure {key}: direction {direction!r} is not one of up, down, none")
    if direction != figure.direction:
        sets["direction"] = direction
    text = form.get(f"{key}.value", "").strip()
    if text:
        number = _signed(_number(text, f"figure {key} value"), direction)  # the sign follows the direction
        if number != _signed(figure.value, direction):
            sets["value"] = number
    charted = form.get(f"{key}.charted", "auto")
    if charted not in CHARTED_CHOICES:
        raise InputError(f"figure {key}: charted {charted!r} is not one of {', '.join(CHARTED_CHOICES)}")
    if CHARTED_CHOICES[charted] is not None and CHARTED_CHOICES[charted] != figure.charted:
        sets["charted"] = CHARTED_CHOICES[charted]
    assert set(sets) <= set(CORRECTABLE)
    return sets


def _naming(figure: Figure, extracted: Sequence[Figure], sets: Mapping[str, Any]) -> dict[str, Any]:
    """How a data file names ``figure``: by its quote when no other figure has it, by quote and sentence
    when that pair is unique, else by subject and metric when those are unique and unchanged, else by
    quote and sentence (the entry then applies to each such figure, as the page says)."""
    quotes = Counter(f.quote for f in extracted)
    in_sentence = Counter((f.quote, f.sentence) for f in extracted)
    pairs = Counter((f.subject, f.metric) for f in extracted)
    if figure.quote and quotes[figure.quote] == 1:
        return {"quote": figure.quote}
    if figure.quote and in_sentence[(figure.quote, figure.sentence)] == 1:
        return {"quote": figure.quote, "sentence": figure.sentence}
    if pairs[(figure.subject, figure.metric)] == 1 and not {"subject", "metric"} & set(sets) and figure.subject:
        return {"subject": figure.subject, "metric": figure.metric}
    return {"quote": figure.quote, "sentence": figure.sentence} if figure.quote else {"subject": figure.subject,
                                                                                      "metric": figure.metric}


def data_from_form(form: Mapping[str, str], extracted: Sequence[Figure], previous: Mapping[str, Any]) -> dict[str, Any]:
    """The new ``data.yaml`` contents: corrections and drops for the extracted figures as the form
    sets them, the added figures it keeps plus a new one, and the rest of ``previous`` (its source
    line, its series) as it was. :class:`InputError` names a field that is not a number or a choice."""
    correct: list[dict[str, Any]] = []
    drop: list[dict[str, Any]] = []
    for figure in extracted:
        if form.get(f"{figure.id}.drop"):
            entry = _naming(figure, extracted, {})
            drop += [] if entry in drop else [entry]
            continue
        sets = _edits(figure, form)
        if sets:
            entry = {**_naming(figure, extracted, sets), **sets}
            correct += [] if entry in correct else [entry]
    old_added = previous.get("add") or []
    add = [entry for i, entry in enumerate(old_added) if not form.get(f"add.{i}.remove")]
    new = {name: " ".join(form.get(f"new.{name}", "").split())
           for name in ("subject", "metric", "value", "unit", "period")}
    if any(new.values()):
        missing = [name for name in ("subject", "metric", "value", "unit") if not new[name]]
        if missing:
            raise InputError(f"new figure: give its {', '.join(missing)}")
        given = {k: v for k, v in new.items() if v and k != "value"}
        add.append({**given, "value": _number(new["value"], "new figure value")})
    data = {key: value for key, value in previous.items() if key not in ("correct", "drop", "add")}
    data.update({key: value for key, value in (("correct", correct), ("drop", drop), ("add", add)) if value})
    return data
