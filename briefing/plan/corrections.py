"""Corrections from a data file, applied to the extracted figures before the briefing is planned.

Takes the figures and a parsed :class:`~briefing.read.datafile.DataFile`; returns the figures after
its corrections, drops and additions, and the series it asks to chart. A change that matches no
figure is an :class:`~briefing.errors.InputError` naming the entry and listing the figures there are.

A correction of the value, unit or period credits the data file as the value's origin (and keeps the
article's spelling in ``origin.corrects``); one that only says whose number it is, what it measures,
which way it moved or whether to chart it keeps the article as the value's origin.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from briefing.errors import InputError
from briefing.model.types import Direction, Figure, Origin, OriginKind, Series
from briefing.read.datafile import Change, DataFile


def matching(figures: Sequence[Figure], change: Change) -> list[int]:
    """The positions of the figures ``change`` names: by quote, else by subject and metric."""
    return [i for i, figure in enumerate(figures) if _matches(figure, change)]


def _matches(figure: Figure, change: Change) -> bool:
    if change.quote:
        same_sentence = not change.sentence or " ".join(figure.sentence.split()) == change.sentence
        return same_sentence and " ".join(figure.quote.split()).casefold() == change.quote.casefold()
    return (figure.subject.casefold() == change.subject.casefold()
            and figure.metric.casefold() == change.metric.casefold())


def _signed(value: float, direction: Direction) -> float:
    """``value`` with the sign ``direction`` gives it: a fall is negative, a rise positive."""
    if direction is Direction.DOWN:
        return -abs(value)
    return abs(value) if direction is Direction.UP else value


def _corrected(figure: Figure, change: Change, data: DataFile) -> Figure:
    sets = change.sets
    direction = sets.direction or figure.direction
    # A new direction without a new value turns the value's sign, as the model wants it signed.
    value = sets.value if sets.value is not None else figure.value
    if sets.value is None and sets.direction is not None:
        value = _signed(value, sets.direction)
    decided = bool(sets.subject or sets.direction)  # the reviewer settled what was a guess
    fixed = replace(figure, subject=sets.subject or figure.subject, metric=sets.metric or figure.metric,
                    value=value, unit=sets.unit or figure.unit, period=sets.period or figure.period,
                    direction=direction, charted=figure.charted if sets.charted is None else sets.charted,
                    certain=figure.certain or decided, reason="" if decided else figure.reason)
    if sets.value is None and not sets.unit and not sets.period:
        return fixed
    # The quote and sentence stay the article's words; the origin says where the new value came from
    # and what the article had written, so the correction itself can be traced.
    return replace(fixed, approximate=False,
                   origin=Origin(OriginKind.DATA_FILE, data.name, data.source, corrects=figure.quote))


def apply_data(figures: tuple[Figure, ...], data: DataFile) -> tuple[tuple[Figure, ...], tuple[Series, ...]]:
    """The figures after the file's corrections, drops and additions (series figures appended
    last), and the series to chart. A change that matches no figure is an :class:`InputError`."""
    out = list(figures)
    for change in data.changes:
        hits = matching(out, change)
        if not hits:
            what = (f"quote {change.quote!r}" if change.quote
                    else f"subject {change.subject!r} and metric {change.metric!r}")
            what += " in that sentence" if change.sentence else ""
            known = "; ".join(f"{f.quote!r} ({f.subject} {f.metric})" for f in out[:12]) or "none"
            raise InputError(f"{data.name}: {change.where}: no figure with {what} in the article (figures: {known})")
        if change.drop:
            out = [f for i, f in enumerate(out) if i not in hits]
        else:
            for i in hits:
                out[i] = _corrected(out[i], change, data)
    # Figures the file adds get ids of their own ("d1", "d2" ...), so a chart can name them.
    taken = {f.id for f in out}
    fresh = (f"d{n}" for n in itertools.count(1) if f"d{n}" not in taken)
    out.extend(replace(f, id=next(fresh)) for f in data.additions)
    series = tuple(replace(s, figures=tuple(replace(f, id=next(fresh)) for f in s.figures)) for s in data.series)
    for one in series:
        out.extend(one.figures)
    return tuple(out), series
