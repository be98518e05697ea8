"""briefing: turn a news article into an analyst slide deck and a matching PDF memo.

    >>> from briefing import build_briefing
    >>> result = build_briefing("article.txt", out_dir="output")
    >>> result.deck, result.memo
    (PosixPath('output/innotron-invests-2-4b-in-shanghai-chip-plant.pptx'), PosixPath('output/...pdf'))

The stages are importable on their own: :func:`parse_article` (read), ``briefing.extract``
(figures), ``briefing.plan`` (the :class:`Briefing`), ``briefing.charts``, ``briefing.deck`` and
``briefing.memo`` (renderers).
"""

from briefing.api import (
    BuildOptions,
    BuildResult,
    build_briefing,
    make_briefing,
    parse_article,
)
from briefing.errors import BriefingError, InputError, RenderError, ThemeError
from briefing.model.types import (
    Article,
    Briefing,
    ChartPlan,
    Figure,
    GlossaryEntry,
    Milestone,
    Section,
)

__version__ = "0.1.0"

__all__ = [
    "Article", "Briefing", "BriefingError", "BuildOptions", "BuildResult", "ChartPlan", "Figure",
    "GlossaryEntry", "InputError", "Milestone", "RenderError", "Section", "ThemeError",
    "build_briefing", "make_briefing", "parse_article", "__version__",
]
