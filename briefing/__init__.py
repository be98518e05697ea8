"""briefing: turn a news article into an analyst slide deck and a matching PDF memo.

    >>> from briefing import build_briefing
    >>> result = build_briefing("article.txt", out_dir="output")
    >>> result.deck, result.memo
    (PosixPath('output/innotron-invests-2-4b-in-shanghai-chip-plant.pptx'), PosixPath('output/...pdf'))

Each stage is a subpackage with plain data in and out: :mod:`briefing.read` (an :class:`Article`),
:mod:`briefing.extract` (its :class:`Figure` items), :mod:`briefing.plan` (the :class:`Briefing`),
:mod:`briefing.render` (charts, deck and memo as bytes) and :mod:`briefing.deliver` (files, checks,
email). :mod:`briefing.model` is the contract between them; :mod:`briefing.batch` builds many
articles at once.
"""

from briefing.api import (
    BuildOptions,
    BuildResult,
    build_briefing,
    make_briefing,
    parse_article,
)
from briefing.errors import (
    BriefingError,
    InputError,
    OutputError,
    RenderError,
    ThemeError,
)
from briefing.model.types import (
    Article,
    Briefing,
    ChartKind,
    ChartPlan,
    Direction,
    Figure,
    FigureKind,
    GlossaryEntry,
    Milestone,
    Origin,
    Section,
)
from briefing.read import Source

__version__ = "0.1.0"

__all__ = [
    "Article", "Briefing", "BriefingError", "BuildOptions", "BuildResult", "ChartKind", "ChartPlan", "Direction",
    "Figure", "FigureKind", "GlossaryEntry", "InputError", "Milestone", "Origin", "OutputError", "RenderError",
    "Section", "Source", "ThemeError", "build_briefing", "make_briefing", "parse_article", "__version__",
]
