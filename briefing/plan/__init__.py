"""Plan: the article and its figures in, a :class:`~briefing.model.Briefing` (charts, bottom line) out."""

from briefing.plan.charts import derive_takeaways, plan_briefing

__all__ = ["derive_takeaways", "plan_briefing"]
