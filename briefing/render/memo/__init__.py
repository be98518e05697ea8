"""The memo: planned block by block (:mod:`.plan`), then laid out with reportlab (:mod:`.writer`)."""

from briefing.render.memo.writer import render_memo

__all__ = ["render_memo"]
