"""The Python API: one call from an article to a deck and a memo on disk.

``build_briefing(source, out_dir="output")`` runs the whole pipeline — read, extract figures, plan,
draw the charts once, render deck and memo in memory, then write both atomically — and returns a
:class:`BuildResult`. The stages are importable on their own for callers that want one step.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.deliver.output import (
    check_out_dir,
    ensure_out_dir,
    unique_stem,
    write_together,
)
from briefing.errors import InputError
from briefing.model.formatting import slugify
from briefing.model.types import Article, Briefing
from briefing.read import FORMATS, MAX_BYTES, Source, read_article
from briefing.theme import Theme, load_theme

if TYPE_CHECKING:
    from briefing.model.types import ChartPlan
    from briefing.render.charts.draw import RenderedChart

#: Draws chart plans with a theme: :func:`briefing.render.charts.draw.render_charts`, or a cache in
#: front of it (a long-running server redraws only the charts an edit changed).
ChartDrawer = Callable[["Sequence[ChartPlan]", Theme], "tuple[RenderedChart, ...]"]


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build can be told; the CLI flags carry the same names.

    ``build_date`` pins the date printed on the outputs (None: ``SOURCE_DATE_EPOCH`` if set, else
    today in UTC). ``theme`` is a theme JSON file (None: the bundled theme). ``paper`` is ``A4`` or
    ``Letter`` (None: the theme's). ``input_format`` forces ``text``, ``markdown``, ``html``, ``json``
    or ``yaml``. ``data`` is a YAML or CSV file that corrects, drops or adds figures and series
    (see :mod:`briefing.read.datafile`).
    ``template`` is a corporate ``.pptx``/``.potx`` (or ``"corporate"``, the bundled example) whose
    layouts the deck uses (None: the built-in look); ``editable_charts`` puts native PowerPoint charts
    in the deck instead of pictures. ``max_bytes`` refuses larger article files. A date may be given
    as ``"2026-11-25"``; a value of the wrong kind raises :class:`~briefing.errors.InputError`.
    """

    theme: str | os.PathLike[str] | None = None
    template: str | os.PathLike[str] | None = None
    editable_charts: bool = False
    build_date: datetime.date | None = None
    paper: str | None = None
    input_format: str | None = None
    max_bytes: int = MAX_BYTES
    data: str | os.PathLike[str] | None = None

    def __post_init__(self) -> None:
        given: object = self.build_date  # scripts pass strings too, whatever the annotation says
        if isinstance(given, str):
            try:
                object.__setattr__(self, "build_date", datetime.date.fromisoformat(given))
            except ValueError:
                raise InputError(f"build_date: {given!r} is not a date like 2026-11-25") from None
        elif given is not None and not isinstance(given, datetime.date):
            raise InputError(f"build_date: expected a datetime.date, not {type(given).__name__}")
        if self.paper is not None and self.paper.strip().casefold() not in ("a4", "letter"):
            raise InputError(f"paper: {self.paper!r} is not A4 or Letter")
        if self.input_format is not None and self.input_format not in FORMATS:
            raise InputError(f"input_format: {self.input_format!r} is not one of {', '.join(FORMATS)}")
        if not isinstance(self.max_bytes, int) or isinstance(self.max_bytes, bool) or self.max_bytes < 1:
            raise InputError(f"max_bytes: expected a positive number of bytes, not {self.max_bytes!r}")


@dataclass(frozen=True)
class BuildResult:
    """What one build produced: where the deck and memo are, the briefing they show, and warnings."""

    source: str
    deck: Path
    memo: Path
    briefing: Briefing
    warnings: tuple[str, ...] = field(default=())


def resolve_build_date(build_date: datetime.date | None = None) -> datetime.date:
    """The date to print: ``build_date``, else ``SOURCE_DATE_EPOCH`` (reproducible builds), else today (UTC)."""
    if build_date is not None:
        return build_date
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a Unix timestamp") from None
    return datetime.datetime.now(tz=datetime.timezone.utc).date()


def _fspath(path: str | os.PathLike[str] | None) -> str | None:
    return None if path is None else os.fspath(path)


def parse_article(source: Source, input_format: str | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """The :class:`Article` in ``source`` (a path, article text, bytes, or a file object)."""
    return read_article(source, input_format=input_format, max_bytes=max_bytes)


def make_briefing(source: Source | Article, options: BuildOptions | None = None) -> Briefing:
    """Read ``source`` (or take an already parsed :class:`Article`), extract its figures and plan the charts.

    A structured file's curated figures replace extraction (milestones are still extracted); an
    article without "Key Takeaways" gets derived ones; ``options.data`` is applied last.
    """
    from briefing.extract.figures import extract
    from briefing.model.types import Series
    from briefing.plan import derive_takeaways, plan_briefing
    from briefing.plan.corrections import apply_data
    from briefing.read import read_document_with_warnings
    from briefing.read.datafile import read_data

    options = options or BuildOptions()
    read_warnings: tuple[str, ...] = ()
    curated = None
    if isinstance(source, Article):
        article = source
    else:
        document, read_warnings = read_document_with_warnings(source, options.input_format, options.max_bytes)
        article, curated = document.article, document.figures
    extraction = extract(article)
    figures, milestones = extraction.figures, extraction.milestones
    read_warnings = (*read_warnings, *extraction.warnings)
    if curated is not None:
        figures = curated
    # Derived from the article's own figures, before a data file changes their sentences.
    article = derive_takeaways(article, figures)
    series: tuple[Series, ...] = ()
    if options.data is not None:
        figures, series = apply_data(figures, read_data(options.data))
    briefing = plan_briefing(article, figures, milestones, series=series)
    if not article.paragraphs():
        read_warnings = (*read_warnings, "the article has no text beyond its headline")
    # The reader's warnings (characters dropped) travel with the briefing, first.
    return replace(briefing, warnings=(*read_warnings, *briefing.warnings)) if read_warnings else briefing


def render_outputs(briefing: Briefing, theme: Theme, build_date: datetime.date,
                   options: BuildOptions | None = None,
                   draw_charts: ChartDrawer | None = None) -> tuple[bytes, bytes, tuple[str, ...]]:
    """The deck and memo as bytes (nothing written yet), and the renderers' warnings.

    ``draw_charts`` draws the chart plans (default: ``render_charts``); a chart is the same bytes
    for the same plan and theme, so a cache gives the same outputs.
    """
    options = options or BuildOptions()
    from briefing.render.charts.draw import render_charts
    from briefing.render.deck.writer import render_deck
    from briefing.render.memo.writer import render_memo

    charts = (draw_charts or render_charts)(briefing.charts, theme)
    deck, memo = io.BytesIO(), io.BytesIO()
    deck_warnings = render_deck(briefing, charts, theme, deck, build_date=build_date, template=_fspath(options.template),
                                editable_charts=options.editable_charts)
    memo_warnings = render_memo(briefing, charts, theme, memo, build_date=build_date, paper=options.paper)
    warnings = tuple(dict.fromkeys((*briefing.warnings, *deck_warnings, *memo_warnings)))
    return deck.getvalue(), memo.getvalue(), warnings


@dataclass(frozen=True)
class RenderedArticle:
    """A built briefing still in memory: the deck and memo bytes, not yet written anywhere."""

    briefing: Briefing
    deck: bytes
    memo: bytes
    warnings: tuple[str, ...]


def render_article(source: Source | Article, options: BuildOptions | None = None,
                   theme: Theme | None = None, draw_charts: ChartDrawer | None = None) -> RenderedArticle:
    """Read, extract, plan, draw and render one article, returning the outputs as bytes.

    ``theme`` is ``options.theme`` already loaded (None: load it); ``draw_charts`` see :func:`render_outputs`.
    """
    options = options or BuildOptions()
    theme = theme or load_theme(options.theme)
    briefing = make_briefing(source, options)
    deck, memo, warnings = render_outputs(briefing, theme, resolve_build_date(options.build_date), options,
                                          draw_charts)
    return RenderedArticle(briefing, deck, memo, warnings)


def write_outputs(rendered: RenderedArticle, out_dir: str | os.PathLike[str],
                  taken_names: set[str] | None = None, owners: Mapping[str, str] | None = None) -> tuple[Path, Path]:
    """Write ``<slug>.pptx`` and ``<slug>.pdf`` together, atomically; return their paths.

    ``taken_names`` are stems given out earlier in the same run; ``owners`` maps stems already in the
    folder to the source that built them (see :func:`briefing.deliver.output.unique_stem`)."""
    folder = ensure_out_dir(out_dir)
    stem = unique_stem(slugify(rendered.briefing.article.title), taken_names if taken_names is not None else set(),
                       owners, rendered.briefing.article.source)
    deck, memo = write_together({folder / f"{stem}.pptx": rendered.deck, folder / f"{stem}.pdf": rendered.memo})
    return deck, memo


def build_briefing(source: Source | Article, out_dir: str | os.PathLike[str] = "output",
                   options: BuildOptions | None = None, *, taken_names: set[str] | None = None) -> BuildResult:
    """Build the deck (``<slug>.pptx``) and memo (``<slug>.pdf``) for one article into ``out_dir``.

    ``source`` is a path, a string of article text, bytes, a file object, or a parsed
    :class:`Article`. ``taken_names`` lets a batch keep two articles with the same headline from
    overwriting each other. Raises :class:`~briefing.errors.InputError` for unusable input; on any
    error nothing is written and existing outputs stay as they were.
    """
    options = options or BuildOptions()
    check_out_dir(out_dir)  # a bad folder is reported before any work, and nothing is created yet
    rendered = render_article(source, options)
    deck_path, memo_path = write_outputs(rendered, out_dir, taken_names)
    briefing = rendered.briefing
    return BuildResult(briefing.article.source, deck_path, memo_path, briefing, rendered.warnings)
