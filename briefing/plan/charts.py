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

from briefing.model.formatting import bar_label, describe_figure, format_value, shown_metric, slugify
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
from briefing.plan.wording import (
    is_change,
    names_its_measure,
    owner_heading,
    owner_in_doubt,
    period_rank,
    shown_value,
    when,
)

#: More charts than this stop being a briefing; the sources slide still lists every figure.
MAX_CHARTS = 4
_INVESTMENT = re.compile(r"invest|capex|capital expenditure|spend|plant|facility|fund", re.IGNORECASE)


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
    who = owner_heading(series.subject, "Data")
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
    if kind == ChartKind.PANELS:
        return (f"Small multiples, one panel per measure of {subject}, each value beside the one it is "
                f"compared with: {shown}.")
    return f"Bar chart comparing {subject}'s amounts in time order: {shown}."


def _investment_chart(figure: Figure, milestones: tuple[Milestone, ...], source: str) -> ChartPlan:
    amount = format_value(figure)
    own = tuple(m for m in milestones if m.subject == figure.subject) or milestones[:1]
    dated = f"; {own[0].event} {own[0].when}" if own else ""
    who = owner_heading(figure.subject, "The investment")
    return ChartPlan(
        key=f"investment-{_slug(who)}",
        kind=ChartKind.INVESTMENT,
        title=f"{who} commits {amount}{dated}",
        unit_label=figure.unit,
        figures=(figure,),
        source=source,
        alt_text=_alt_text(ChartKind.INVESTMENT, who, (figure,), own),
        milestones=own,
    )


def _group_title(kind: ChartKind, subject: str, figures: tuple[Figure, ...]) -> str:
    """Owner, measure and period, and what the chart shows: "Micron: revenue growth +82% in Q3, but
    share price change −5.5%", "Northwind: profit $48m in Q2, down from $71m a year earlier"."""
    who = owner_heading(subject, "Figures")
    if kind == ChartKind.CHANGE:
        ups = [f for f in figures if f.value > 0]
        downs = [f for f in figures if f.value < 0]
        if ups and downs:
            up, down = max(ups, key=lambda f: f.value), min(downs, key=lambda f: f.value)
            if when(up) and when(up) == when(down):  # one period said once, at the end
                return (f"{who}: {up.metric} {format_value(up, signed=True)}, "
                        f"but {down.metric} {format_value(down, signed=True)}{when(up)}")
            return (f"{who}: {up.metric} {format_value(up, signed=True)}{when(up)}, "
                    f"but {down.metric} {format_value(down, signed=True)}{when(down)}")
        pair = _latest_and_earlier(figures)
        if pair is not None:
            # "Industrial output grew 15.7% in the year to October, down from 23% in February": the
            # latest value leads, the one it is compared with follows
            latest, earlier, way = pair
            return (f"{who}: {latest.metric} {format_value(latest, signed=True)}{when(latest)}, "
                    f"{way} from {format_value(earlier, signed=True)}{when(earlier)}")
        lead = max(figures, key=lambda f: abs(f.value))
        return f"{who}: {lead.metric} {format_value(lead, signed=True)}{when(lead)}"
    if kind == ChartKind.KPI:
        only = figures[0]
        return f"{who}: {shown_metric(only)} {shown_value(only)}{when(only)}"
    # Bars share a metric (see _chart_groups), so the title names it once and the values.
    family = metric_family(figures[0].metric) or figures[0].metric
    pair = _latest_and_earlier(figures)
    if pair is not None:
        latest, earlier, way = pair
        return (f"{who}: {family} {format_value(latest)}{when(latest, named=False)}, "
                f"{way} from {format_value(earlier)}{when(earlier, named=False)}")
    if len(figures) == 2:
        first, second = figures
        return (f"{who}: {family}, {format_value(first)}{when(first, named=False)} "
                f"and {format_value(second)}{when(second, named=False)}")
    top = max(figures, key=lambda f: abs(f.value))
    return f"{who}: {family}, highest {format_value(top)} ({bar_label(top)})"


def _latest_and_earlier(figures: tuple[Figure, ...]) -> tuple[Figure, Figure, str] | None:
    """Of two figures, the latest, the earlier one it is compared with, and which way it went from it
    ("down", "up", "unchanged"); None unless the two are such a pair."""
    compared = [(f, g) for f in figures for g in figures if f.compare_to and f.compare_to == g.id]
    if len(figures) != 2 or not compared:
        return None
    latest, earlier = compared[0]
    way = "down" if latest.value < earlier.value else "up" if latest.value > earlier.value else "unchanged"
    return latest, earlier, way


def in_time_order(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` with earlier values first: by their periods when every one names its point in
    time ("2004" before "2005"), and a value before the figure compared with it ("$71m a year earlier"
    before "$48m"); article order otherwise."""
    ranks = [period_rank(f.period) for f in figures]
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
                  "value", "total", "sum", "gain", "loss", "cut", "year-earlier", "year earlier",
                  # words that say a number is big or high, not what it measures
                  "worth", "estimated worth", "level", "record", "record high", "record low", "high", "low"}
#: A measure that starts with a verb ("came", "get returned", "reside") is the article's words after a
#: figure, not what it measures: such a figure is listed, never charted.
_VERB_FIRST = re.compile(r"(?:came|come|comes|went|go|goes|get|gets|got|gave|give|make|made|take|took|saw|see|"
                         r"reside|resides|live|lives|lived|remain|remains|remained|stood|stand|stands|were|was|are|is|"
                         r"had|has|have|did|do|does|said|say|says|concerned|involved|accounted|kept|keep|keeps)\b")
_PERIOD_WORDS = re.compile(r"\b((?:a\s)?year[- ](?:earlier|ago|before)|last\syear|q[1-4]|h[12]|fy\s?\d{2,4}|"
                           r"full[- ]year|annual|quarterly|previous|prior|first|second|third|fourth|quarter|"
                           r"half|\d{4})\b|[()]", re.IGNORECASE)


def chartable(figure: Figure) -> bool:
    """A figure that can stand on a chart: a certain, main (not range or restated) value whose metric
    says what it is. A figure whose owner or direction is a guess is never charted, nor one whose
    sentence names someone else and not its owner (:func:`.wording.owner_in_doubt`), unless a
    reviewer asked for it (``charted``)."""
    if figure.charted is not None:
        return figure.charted
    metric = figure.metric.strip().lower()
    return (figure.certain and figure.role == Role.MAIN and metric not in _VAGUE_METRICS
            and not _VERB_FIRST.match(metric) and not owner_in_doubt(figure))


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


def _chart_groups(figures: tuple[Figure, ...]) -> OrderedDict[tuple[str, str], list[Figure]]:
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
        if not names_its_measure(figure):
            continue  # "revenue 5.4%": a rate the sentence explains, not a measure an axis can name
        # Percentages that moved share a zero line; a percentage level (a margin, a share) is an
        # amount of its own measure, drawn from zero beside others of that measure only.
        changes = figure.unit in ("%", "pp") and is_change(figure)
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
    planned: list[tuple[ChartKind, str, str, tuple[Figure, ...]]] = []
    for (subject, family), members in groups:
        group = in_time_order(members[:8])  # more bars than this cannot be read from the back of a room
        if len({(f.metric, f.period) for f in group}) < len(group):
            # Two bars of one measure and period ("surcharge" £2.50 and "surcharge" £4, a price and its
            # change) cannot say which is which, even when one is a forecast (the article's period
            # for an expectation is too often the result's); the sources list them with their sentences.
            continue
        kind = ChartKind.KPI if len(group) == 1 else ChartKind.CHANGE if family.startswith("change") else ChartKind.BARS
        if kind == ChartKind.BARS and _scales_apart(group):
            # "£52 each" beside "£370m since 1997": amounts a thousand times apart measure different
            # things (one member's share, everyone's), and the smaller bar could not be seen anyway
            continue
        planned.append((kind, subject, family, group))
    for kind, subject, family, group in _with_small_multiples(planned):
        if len(charts) >= MAX_CHARTS:
            break
        charts.append(_group_chart(article, kind, subject, family, group))
    return _unique_keys(charts)


def _scales_apart(group: tuple[Figure, ...]) -> bool:
    """Whether the largest amount of ``group`` is more than a thousand times its smallest."""
    sizes = [abs(f.value) for f in group if f.value]
    return bool(sizes) and max(sizes) > 1000 * min(sizes)


def _group_chart(article: Article, kind: ChartKind, subject: str, family: str,
                 group: tuple[Figure, ...]) -> ChartPlan:
    if kind == ChartKind.PANELS:
        pairs = tuple(group[i:i + 2] for i in range(0, len(group), 2))
        return ChartPlan(key=f"panels-{_slug(subject)}", kind=kind, title=panels_title(subject, pairs),
                         unit_label=group[0].unit, figures=group, source=_source_line(article, group),
                         alt_text=_alt_text(kind, subject or "the article", group, ()), panels=pairs)
    return ChartPlan(key=f"{kind}-{_slug(subject)}-{_slug(family)}", kind=kind,
                     title=_group_title(kind, subject, group), unit_label=group[0].unit, figures=group,
                     source=_source_line(article, group), alt_text=_alt_text(kind, subject or "the article", group, ()))


#: Panels side by side stay readable up to this many.
MAX_PANELS = 4


def _compared_pair(kind: ChartKind, group: tuple[Figure, ...]) -> bool:
    """Two amounts of one measure, the later compared with the earlier ("£160m, from £610m")."""
    return kind == ChartKind.BARS and len(group) == 2 and bool(group[1].compare_to) and \
        group[1].compare_to == group[0].id


def _with_small_multiples(planned: list[tuple[ChartKind, str, str, tuple[Figure, ...]]]
                          ) -> list[tuple[ChartKind, str, str, tuple[Figure, ...]]]:
    """Two or more compared pairs of one owner and unit (profit, debt, revenue, each against the
    value it is compared with) as one chart of small multiples, in the first pair's place: one
    panel per measure, each on its own scale from zero, so that no measure dwarfs another."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for index, (kind, subject, _family, group) in enumerate(planned):
        if _compared_pair(kind, group):
            pairs.setdefault((subject, group[0].unit), []).append(index)
    merged: dict[int, tuple[ChartKind, str, str, tuple[Figure, ...]]] = {}
    dropped: set[int] = set()
    for (subject, unit), indices in pairs.items():
        indices = indices[:MAX_PANELS]
        if len(indices) < 2:
            continue
        figures = tuple(f for i in indices for f in planned[i][3])
        merged[indices[0]] = (ChartKind.PANELS, subject, f"{unit} panels", figures)
        dropped.update(indices[1:])
    return [merged.get(i, item) for i, item in enumerate(planned) if i not in dropped]


def panels_title(subject: str, pairs: Sequence[tuple[Figure, ...]]) -> str:
    """"Reuters: profit £198m from £130m; debt £160m in 2003 from £610m a year earlier"."""
    who = owner_heading(subject, "Figures")
    parts = [f"{metric_family(later.metric) or later.metric} {format_value(later)}{when(later, named=False)} "
             f"from {format_value(earlier)}{when(earlier, named=False)}" for earlier, later in pairs]
    return f"{who}: " + "; ".join(parts)


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
