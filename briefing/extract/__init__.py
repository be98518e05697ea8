"""Extract: an :class:`~briefing.model.Article` in, its figures and milestones out."""

from briefing.extract.figures import extract_figures

__all__ = ["extract_figures"]
