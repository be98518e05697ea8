"""Plan: the article and its figures in, a :class:`~briefing.model.Briefing` (charts, bottom line) out.

:mod:`.charts` chooses the charts, :mod:`.takeaways` the bottom line and derived takeaways,
:mod:`.corrections` applies a data file, :mod:`.glossary` finds where the text names a glossary term.
"""

from briefing.plan.briefing import plan_briefing
from briefing.plan.takeaways import bottom_line, derive_takeaways

__all__ = ["bottom_line", "derive_takeaways", "plan_briefing"]
