"""The model: the contract between the pipeline's stages (see :mod:`briefing.model.types`)."""

from briefing.model.types import (
    Article,
    Briefing,
    ChartPlan,
    Figure,
    GlossaryEntry,
    Milestone,
    Section,
)

__all__ = ["Article", "Briefing", "ChartPlan", "Figure", "GlossaryEntry", "Milestone", "Section"]
