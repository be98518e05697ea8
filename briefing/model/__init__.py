"""The model: the contract between the pipeline's stages (see :mod:`briefing.model.types`)."""

from briefing.model.types import (
    Article,
    Briefing,
    ChartKind,
    ChartPlan,
    Figure,
    GlossaryEntry,
    Milestone,
    Role,
    Section,
)

__all__ = ["Article", "Briefing", "ChartKind", "ChartPlan", "Figure", "GlossaryEntry", "Milestone", "Role", "Section"]
