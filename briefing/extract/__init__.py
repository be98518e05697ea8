"""Extract: an :class:`~briefing.model.Article` in, its figures and milestones out."""

from briefing.extract.figures import Extraction, extract, extract_figures

__all__ = ["Extraction", "extract", "extract_figures"]
