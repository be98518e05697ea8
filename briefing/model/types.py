"""The briefing model: the contract between the pipeline's stages.

Readers produce an :class:`Article`; ``extract`` finds its :class:`Figure` and :class:`Milestone`
items; ``plan`` assembles a :class:`Briefing` (article, figures, chart plans, bottom line); the chart,
deck and memo renderers only consume these. Every class is a frozen dataclass of plain values
(str, float, bool, tuples), so a stage's output can be compared, hashed, and round-tripped through
JSON with :mod:`briefing.model.serialize`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from briefing.model.units import is_money


class Role(enum.StrEnum):
    """What part a figure plays in its sentence: a value of its own, or one end of a range."""

    MAIN = "main"
    RANGE_LOW = "range-low"
    RANGE_HIGH = "range-high"


class ChartKind(enum.StrEnum):
    """How a chart shows its figures (see :class:`ChartPlan`)."""

    INVESTMENT = "investment"
    CHANGE = "change"
    BARS = "bars"
    KPI = "kpi"
    PANELS = "panels"


class Direction(enum.StrEnum):
    """Which way a figure moved: a rise, a fall, or no movement stated (a level, a share)."""

    UP = "up"
    DOWN = "down"
    NONE = "none"


class FigureKind(enum.StrEnum):
    """What sort of statement a figure is."""

    LEVEL = "level"  # an amount or rate at a time: "profit of $48m", "unemployment of 5.2%"
    CHANGE = "change"  # a movement: "rose 12%", "down 95p", "a 0.25-point cut"
    SHARE = "share"  # a part of a whole: "owns 8% of Google", "45% of GDP"
    FORECAST = "forecast"  # expected, projected or forecast by someone: "growth of 4.4% expected in 2005"
    TARGET = "target"  # aimed at or limited to: "a 2.5% target", "caps the deficit at 3%"


class OriginKind(enum.StrEnum):
    """Where a figure's value comes from."""

    ARTICLE = "article"  # extracted from a sentence of the article
    STRUCTURED = "structured"  # listed by a structured (JSON/YAML) briefing file
    DATA_FILE = "data-file"  # given, or corrected, by a --data file


@dataclass(frozen=True)
class Origin:
    """Where a figure's value comes from. For a data file: its name, its source line (``credit``,
    e.g. "Northwind quarterly reports") and, when the file corrects an extracted figure, the
    article's own spelling of the value it replaces (``corrects``)."""

    kind: OriginKind = OriginKind.ARTICLE
    file: str = ""
    credit: str = ""
    corrects: str = ""


@dataclass(frozen=True)
class GlossaryEntry:
    """One "Did You Know?" term and its definition (description lines joined with spaces)."""

    term: str
    definition: str


@dataclass(frozen=True)
class Section:
    """A section whose heading the reader did not recognise, kept as it stands."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """A news article as read, before any figure is extracted.

    ``title`` is the short headline, ``subtitle`` the longer one ("" when the article has only one),
    ``lead`` the paragraphs before the first section. ``takeaways_derived`` is true when the article
    had no "Key Takeaways" and the reader chose them from its sentences. ``source`` names where the
    text came from (a path, ``<stdin>`` or ``<text>``), for messages.
    """

    title: str
    subtitle: str = ""
    lead: tuple[str, ...] = ()
    takeaways: tuple[str, ...] = ()
    analysis: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    sections: tuple[Section, ...] = ()
    source: str = "<text>"
    takeaways_derived: bool = False

    def paragraphs(self) -> tuple[str, ...]:
        """Every paragraph of running text, in reading order (headlines excluded)."""
        out: list[str] = [*self.lead, *self.takeaways, *self.analysis]
        for section in self.sections:
            out.extend(section.paragraphs)
        for entry in self.glossary:
            out.append(entry.definition)
        return tuple(out)


@dataclass(frozen=True)
class Figure:
    """One quantitative statement of the article, with its provenance.

    ``value`` is signed and in base units (``$2.4 billion`` -> 2.4e9; ``fell 5.5%`` -> -5.5).
    ``unit`` is an ISO 4217 currency code, ``%``, ``pp`` (percentage points) or a plain unit word
    (``x`` for multiples). ``quote`` is the figure exactly as written and ``sentence`` the whole
    sentence it stands in, so every number can be traced back. ``role`` is ``main``, ``range-low``
    or ``range-high``; ``approximate`` is true for "about", "nearly" and the like. ``origin`` says
    whether the article, a structured file or a data file gave the value.

    What the article says about it: ``subject`` is whose number it is (a company, a division, a
    country's economy, a market, a product), ``metric`` what it measures (never empty), ``period``
    when, ``kind`` what sort of statement it is, ``direction`` which way it moved (a fall has a
    negative ``value``), ``compare_to`` the ``id`` of the figure it is compared with ("down from
    $71m a year earlier"), and ``source`` who states it when that is not the subject ("according to
    the OECD"). ``certain`` is false when the owner or the direction is a guess, ``reason`` says
    which ("owner unclear"); such a figure is listed with its sentence but never charted.
    ``charted`` is a reviewer's decision: True puts the figure on a chart, False keeps it off, None
    (the default) leaves it to the plan. ``id`` names the figure within its briefing ("f3").
    """

    subject: str
    metric: str
    value: float
    unit: str
    quote: str
    sentence: str
    period: str = ""
    role: Role = Role.MAIN
    approximate: bool = False
    origin: Origin = Origin()
    id: str = ""
    kind: FigureKind = FigureKind.LEVEL
    direction: Direction = Direction.NONE
    compare_to: str = ""
    source: str = ""
    certain: bool = True
    reason: str = ""
    charted: bool | None = None

    @property
    def is_money(self) -> bool:
        """A currency amount, pence included (see :mod:`briefing.model.units`)."""
        return is_money(self.unit)


@dataclass(frozen=True)
class Milestone:
    """A dated event the article states, such as "production by mid-2026"."""

    subject: str
    event: str
    when: str
    quote: str
    sentence: str


@dataclass(frozen=True)
class Series:
    """A run of values of one metric over periods, given by a data file and charted on its own,
    with ``source`` (the file's source line) printed under the chart."""

    subject: str
    metric: str
    unit: str
    figures: tuple[Figure, ...]
    source: str


@dataclass(frozen=True)
class ChartPlan:
    """What one chart shows, decided from the figures before anything is drawn.

    ``kind`` is ``investment`` (an amount with its timeline), ``change`` (signed percentage changes
    around a zero line), ``bars`` (amounts of one measure, in time order), ``kpi`` (a single figure
    as a tile) or ``panels`` (small multiples: one panel per measure, each pair of ``panels`` an
    earlier value and the one compared with it, each panel on its own scale from zero). ``title``
    states the point; ``source`` is the line printed under the chart.
    """

    key: str
    kind: ChartKind
    title: str
    unit_label: str
    figures: tuple[Figure, ...]
    source: str
    alt_text: str
    milestones: tuple[Milestone, ...] = ()
    panels: tuple[tuple[Figure, ...], ...] = ()


@dataclass(frozen=True)
class GlanceTile:
    """One tile of the deck's "At a glance" slide: a certain ``figure`` (value, owner, measure,
    period) and, when the article states them, the change it made (``change``: "a 52% rise in
    profits to £198m" gives the £198m the +52%) and the value it is compared with (``earlier``:
    its ``compare_to``). Every figure here is certain; the tile states nothing the article does not."""

    figure: Figure
    change: Figure | None = None
    earlier: Figure | None = None


@dataclass(frozen=True)
class Briefing:
    """Everything the renderers need: the article, its figures, the charts to draw, and the
    one-paragraph bottom line. ``warnings`` are recoverable problems found on the way.

    The story the deck tells around the charts, decided by :mod:`briefing.plan.story`:
    ``glance`` holds up to six tiles of certain figures, ``what_happened`` the lead's sentences a
    "What happened" slide shows when the article has no analysis of its own (empty otherwise)."""

    article: Article
    figures: tuple[Figure, ...]
    milestones: tuple[Milestone, ...]
    charts: tuple[ChartPlan, ...]
    bottom_line: str
    warnings: tuple[str, ...] = field(default=())
    glance: tuple[GlanceTile, ...] = ()
    what_happened: tuple[str, ...] = ()
