"""Plan: the article and its figures in, a :class:`~briefing.model.Briefing` (charts, bottom line) out.

:mod:`.charts` chooses the charts, :mod:`.takeaways` the bottom line and derived takeaways, :mod:`.story`
the deck's "At a glance" tiles and "What happened" text, :mod:`.wording` how a figure is phrased,
:mod:`.corrections` applies a data file, :mod:`.glossary` finds where the text names a glossary term.
"""

from briefing.plan.briefing import plan_briefing
from briefing.plan.takeaways import bottom_line, derive_takeaways

__all__ = ["bottom_line", "derive_takeaways", "plan_briefing"]
