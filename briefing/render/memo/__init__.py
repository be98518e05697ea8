"""The memo: planned block by block, then laid out with reportlab.

- :mod:`.plan`: the blocks, one dataclass per kind, decided from the model alone (no reportlab);
- :mod:`.writer`: :func:`render_memo`, which turns each block into flowables and writes the PDF;
- :mod:`.text`: article text cleaned, escaped and split across the fonts;
- :mod:`.styles`, :mod:`.tables`, :mod:`.figure`, :mod:`.links`, :mod:`.logo`: what the flowables are made of;
- :mod:`.keep`, :mod:`.pagination`: where pages end (no widow, orphan, lone heading, split chart or
  nearly empty last page);
- :mod:`.document`, :mod:`.page`, :mod:`.canvas`: the PDF file, its pages and their numbering.
"""

from briefing.render.memo.writer import render_memo

__all__ = ["render_memo"]
