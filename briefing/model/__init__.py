"""The model: the contract between the pipeline's stages (see :mod:`briefing.model.types`)."""

from briefing.model.types import (
    Article,
    Briefing,
    ChartKind,
    ChartPlan,
    Direction,
    Figure,
    FigureKind,
    GlanceTile,
    GlossaryEntry,
    Milestone,
    Origin,
    OriginKind,
    Role,
    Section,
    Series,
)

__all__ = ["Article", "Briefing", "ChartKind", "ChartPlan", "Direction", "Figure", "FigureKind", "GlanceTile",
           "GlossaryEntry", "Milestone", "Origin", "OriginKind", "Role", "Section", "Series"]
