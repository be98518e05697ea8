"""The plan stage's result: everything the renderers need, assembled into one :class:`~briefing.model.Briefing`."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model.types import Article, Briefing, Figure, Milestone, Series
from briefing.plan.charts import plan_charts
from briefing.plan.story import glance_tiles, what_happened
from briefing.plan.takeaways import bottom_line


def plan_briefing(article: Article, figures: tuple[Figure, ...], milestones: tuple[Milestone, ...] = (),
                  warnings: tuple[str, ...] = (), series: Sequence[Series] = ()) -> Briefing:
    """Assemble the :class:`Briefing` the renderers draw from; ``series`` come from a ``--data`` file."""
    return Briefing(
        article=article,
        figures=figures,
        milestones=milestones,
        charts=plan_charts(article, figures, milestones, series),
        bottom_line=bottom_line(article, figures),
        warnings=warnings,
        glance=glance_tiles(article, figures),
        what_happened=what_happened(article, figures),
    )
