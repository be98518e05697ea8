"""The deck: planned slide by slide (:mod:`.plan`), then written with python-pptx (:mod:`.writer`)."""

from briefing.render.deck.writer import render_deck

__all__ = ["render_deck"]
