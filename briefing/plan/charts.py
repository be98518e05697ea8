"""Which charts to draw: chart plans chosen from the figures themselves.

Takes the article, its figures and milestones (and any series a data file gave); returns
:class:`~briefing.model.ChartPlan` items: an investment with its timeline, signed percentage changes
per subject, amounts of one currency per subject, and a single-number tile where a group holds one
figure. A user-supplied series gets a chart of its own, first, with the data file's source line.
Nothing here draws or parses text.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from briefing.model.formatting import bar_label, describe_figure, format_value, slugify
from briefing.model.types import (
    Article,
    ChartKind,
    ChartPlan,
    Figure,
    Milestone,
    OriginKind,
    Role,
    Series,
)

#: More charts than this stop being a briefing; the sources slide still lists every figure.
MAX_CHARTS = 4
_INVESTMENT = re.compile(r"invest|capex|capital expenditure|spend|plant|facility|fund", re.I)


def _slug(text: str) -> str:
    """A chart's key (also its shape name in the deck): the file-name slug, kept short."""
    return slugify(text)[:40]


def _source_line(article: Article, figures: Sequence[Figure] = ()) -> str:
    """The article as the source; a figure corrected or added by a data file adds that file's credit."""
    line = f"Source: \u201c{article.title}\u201d; figures as stated in the article"
    credits = dict.fromkeys(f"{f.origin.file}: {f.origin.credit}" for f in figures
                            if f.origin.kind == OriginKind.DATA_FILE)
    return line + "".join(f"; corrected with data file {c}" for c in credits)


def _series_chart(series: Series) -> ChartPlan:
    """A user-supplied series: bars of amounts, or changes around a zero line, over its periods."""
    figures = series.figures[-8:]  # the latest periods: more bars than this cannot be read
    kind = ChartKind.CHANGE if series.unit in ("%", "pp") else ChartKind.BARS
    first, last = figures[0], figures[-1]
    span = f", {first.period} to {last.period}" if first.period and last.period and len(figures) > 1 else ""
    who = series.subject or "Data"
    return ChartPlan(
        key=f"series-{_slug(who)}-{_slug(series.metric)}",
        kind=kind,
        title=f"{who}: {series.metric}{span}",
        unit_label=series.unit,
        figures=figures,
        source=f"Source: {series.source}",
        alt_text=_alt_text(kind, who, figures, ()),
    )


def _alt_text(kind: ChartKind, subject: str, figures: tuple[Figure, ...], milestones: tuple[Milestone, ...]) -> str:
    shown = "; ".join(describe_figure(f) for f in figures)
    if kind == ChartKind.INVESTMENT:
        dates = "; ".join(f"{m.event}: {m.when}" for m in milestones)
        return f"Investment chart for {subject}: {shown}" + (f". Timeline: {dates}." if dates else ".")
    if kind == ChartKind.CHANGE:
        return f"Bar chart of {subject}'s percentage changes around a zero line: {shown}."
    if kind == ChartKind.KPI:
        return f"Single-figure tile: {shown}."
    return f"Bar chart comparing {subject}'s amounts: {shown}."


def _investment_chart(figure: Figure, milestones: tuple[Milestone, ...], source: str) -> ChartPlan:
    amount = format_value(figure)
    own = tuple(m for m in milestones if m.subject == figure.subject) or milestones[:1]
    when = f"; {own[0].event} {own[0].when}" if own else ""
    who = figure.subject or "The investment"
    return ChartPlan(
        key=f"investment-{_slug(who)}",
        kind=ChartKind.INVESTMENT,
        title=f"{who} commits {amount}{when}",
        unit_label=figure.unit,
        figures=(figure,),
        source=source,
        alt_text=_alt_text(ChartKind.INVESTMENT, who, (figure,), own),
        milestones=own,
    )


def _when(figure: Figure, named: bool = True) -> str:
    """`` in Q3``, `` a year earlier``, or ``""``: the period a title gives a value, unless the title
    names its metric (``named``) and the metric already says it."""
    period = figure.period
    if not period or named and period in figure.metric:
        return ""
    if period.startswith(("a ", "last ", "this ", "next ")) or "(same period)" in period:
        return f" {period}"  # "$71m a year earlier", "3.3% next year"
    return f" in {period}" if _period_rank(period) is not None or period[:1].isupper() else f" ({period})"


def _group_title(kind: ChartKind, subject: str, figures: tuple[Figure, ...]) -> str:
    """Owner, measure and period, and what the chart shows: "Micron: revenue growth +82% in Q3, but
    share price change −5.5%", "Northwind: profit $48m in Q2, down from $71m a year earlier"."""
    who = subject or "Figures"
    if kind == ChartKind.CHANGE:
        ups = [f for f in figures if f.value > 0]
        downs = [f for f in figures if f.value < 0]
        if ups and downs:
            up, down = max(ups, key=lambda f: f.value), min(downs, key=lambda f: f.value)
            return (f"{who}: {up.metric} {format_value(up, signed=True)}{_when(up)}, "
                    f"but {down.metric} {format_value(down, signed=True)}{_when(down)}")
        lead = max(figures, key=lambda f: abs(f.value))
        return f"{who}: {lead.metric} {format_value(lead, signed=True)}{_when(lead)}"
    if kind == ChartKind.KPI:
        only = figures[0]
        return f"{who}: {only.metric} {format_value(only, signed=not only.is_money)}{_when(only)}"
    # Bars share a metric (see _chart_groups), so the title names it once and the values.
    family = metric_family(figures[0].metric) or figures[0].metric
    compared = [(f, g) for f in figures for g in figures if f.compare_to and f.compare_to == g.id]
    if len(figures) == 2 and compared:
        latest, earlier = compared[0]
        way = "down" if latest.value < earlier.value else "up" if latest.value > earlier.value else "unchanged"
        return (f"{who}: {family} {format_value(latest)}{_when(latest, named=False)}, "
                f"{way} from {format_value(earlier)}{_when(earlier, named=False)}")
    if len(figures) == 2:
        first, second = figures
        return (f"{who}: {family}, {format_value(first)}{_when(first, named=False)} "
                f"and {format_value(second)}{_when(second, named=False)}")
    top = max(figures, key=lambda f: abs(f.value))
    return f"{who}: {family}, highest {format_value(top)} ({bar_label(top)})"


_QUARTER = re.compile(r"^[QH]([1-4])(?:\s((?:19|20)\d\d))?$")
_YEAR = re.compile(r"^(?:FY)?((?:19|20)\d\d)(?:\s(?:forecast|estimate))?$")


def _period_rank(period: str) -> tuple[int, int] | None:
    """``"Q3 2004"`` -> ``(2004, 3)``, ``"2005"`` -> ``(2005, 9)``, ``"Q2"`` -> ``(0, 2)``; None for
    a period that names no point in time on its own ("a year earlier", "full year")."""
    quarter = _QUARTER.match(period)
    if quarter:
        return int(quarter.group(2) or 0), int(quarter.group(1))
    year = _YEAR.match(period)
    return (int(year.group(1)), 9) if year else None


def in_time_order(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` with earlier values first: by their periods when every one names its point in
    time ("2004" before "2005"), and a value before the figure compared with it ("$71m a year earlier"
    before "$48m"); article order otherwise."""
    ranks = [_period_rank(f.period) for f in figures]
    known = [r for r in ranks if r is not None]
    # Quarters without a year sort only among themselves: "Q2" beside "2005" says no order.
    if len(known) == len(figures) and len({r[0] == 0 for r in known}) == 1:
        figures = [figures[i] for i in sorted(range(len(figures)), key=lambda i: (known[i], i))]
    placed: list[Figure] = []
    by_id = {f.id: f for f in figures if f.id}
    for figure in figures:
        earlier = by_id.get(figure.compare_to)
        if earlier is not None and earlier not in placed:
            placed.append(earlier)
        if figure not in placed:
            placed.append(figure)
    return tuple(placed)


#: Metrics that say too little to put on a chart axis ("growth" of what?); such figures stay in
#: the sources, with their sentence, where the reader sees what they measure.
_VAGUE_METRICS = {"", "growth", "change", "rise", "fall", "increase", "decline", "drop", "figure", "amount",
                  "percentage", "multiple", "share", "payment", "amount received", "allocation",
                  "value", "total", "sum", "gain", "loss", "cut", "year-earlier", "year earlier"}
_PERIOD_WORDS = re.compile(r"\b((?:a\s)?year[- ](?:earlier|ago|before)|last\syear|q[1-4]|h[12]|fy\s?\d{2,4}|"
                           r"full[- ]year|annual|quarterly|previous|prior|first|second|third|fourth|quarter|"
                           r"half|\d{4})\b|[()]", re.I)


def chartable(figure: Figure) -> bool:
    """A figure that can stand on a chart: a certain, main (not range or restated) value whose metric
    says what it is. A figure whose owner or direction is a guess is never charted, unless a
    reviewer asked for it (``charted``)."""
    if figure.charted is not None:
        return figure.charted
    return figure.certain and figure.role == Role.MAIN and figure.metric.strip().lower() not in _VAGUE_METRICS


def metric_family(metric: str) -> str:
    """``"Q4 sales"`` and ``"sales (full year)"`` -> ``"sales"``: amounts comparable on one axis."""
    return " ".join(_PERIOD_WORDS.sub(" ", metric.lower()).split())


def _subject_key(subject: str) -> str:
    # "TimeWarner" and "Time Warner" are one company; spacing and case do not make two.
    return re.sub(r"[^a-z0-9\u0080-\uffff]", "", subject.lower())


def subject_names(figures: tuple[Figure, ...]) -> dict[str, str]:
    """Each subject's name on a chart: "TimeWarner" and "Time Warner" are one company, shown by the
    spelling its figures use first. (Short and full names, "Micron" and "Micron Technology", are one
    name already: the extractor gives every figure the fuller one, and a reviewer's correction says
    exactly whose figure it is.)"""
    first: dict[str, str] = {}
    for figure in figures:
        if figure.subject:
            first.setdefault(_subject_key(figure.subject), figure.subject)
    return {f.subject: first[_subject_key(f.subject)] for f in figures if f.subject}


def _chart_groups(figures: tuple[Figure, ...]) -> "OrderedDict[tuple[str, str], list[Figure]]":
    """Chartable figures grouped so that each group shares one axis, in article order.

    Signed changes of one subject share a chart (profit +76% beside sales +2% reads well); amounts
    only share one when they measure the same thing (Q4 sales beside last year's Q4 sales), since
    bars of revenue beside a legal settlement would suggest a comparison the article never makes.
    """
    names = subject_names(figures)
    groups: OrderedDict[tuple[str, str], list[Figure]] = OrderedDict()
    for figure in figures:
        if not chartable(figure):
            continue
        changes = figure.unit in ("%", "pp")
        family = f"change {figure.unit}" if changes else f"{figure.unit} {metric_family(figure.metric)}"
        groups.setdefault((names.get(figure.subject, figure.subject), family), []).append(figure)
    return groups


def plan_charts(article: Article, figures: tuple[Figure, ...], milestones: tuple[Milestone, ...],
                series: Sequence[Series] = ()) -> tuple[ChartPlan, ...]:
    """The charts worth drawing for these figures, most informative first, at most MAX_CHARTS.

    Each of ``series`` (asked for by the user, so drawn first) gets its own chart; its figures
    are not charted again among the article's.
    """
    charts: list[ChartPlan] = [_series_chart(s) for s in series if s.figures][:MAX_CHARTS]
    in_series = {f for s in series for f in s.figures}
    figures = tuple(f for f in figures if f not in in_series)
    used: set[int] = set()
    for index, figure in enumerate(figures):
        if figure.is_money and chartable(figure) and _INVESTMENT.search(figure.metric) and milestones:
            if len(charts) >= MAX_CHARTS:
                break
            charts.append(_investment_chart(figure, milestones, _source_line(article, (figure,))))
            used.add(index)
            break
    rest = tuple(f for i, f in enumerate(figures) if i not in used)
    # Groups with more figures say more; a stable sort keeps article order among equals.
    groups = sorted(_chart_groups(rest).items(), key=lambda item: -min(len(item[1]), 2))
    for (subject, family), members in groups:
        if len(charts) >= MAX_CHARTS:
            break
        group = in_time_order(members[:8])  # more bars than this cannot be read from the back of a room
        if len({bar_label(f) for f in group}) < len(group):
            # Two bars with the same label ("surcharge" £2.50 and "surcharge" £4, a price and its
            # change) cannot say which is which; the sources list them with their sentences.
            continue
        kind = ChartKind.KPI if len(group) == 1 else ChartKind.CHANGE if family.startswith("change") else ChartKind.BARS
        charts.append(ChartPlan(
            key=f"{kind}-{_slug(subject)}-{_slug(family)}",
            kind=kind,
            title=_group_title(kind, subject, group),
            unit_label=group[0].unit,
            figures=group,
            source=_source_line(article, group),
            alt_text=_alt_text(kind, subject or "the article", group, ()),
        ))
    return _unique_keys(charts)


def _unique_keys(charts: list[ChartPlan]) -> tuple[ChartPlan, ...]:
    seen: dict[str, int] = {}
    out = []
    for chart in charts:
        count = seen.get(chart.key, 0)
        seen[chart.key] = count + 1
        if count:
            chart = ChartPlan(**{**chart.__dict__, "key": f"{chart.key}-{count + 1}"})
        out.append(chart)
    return tuple(out)
