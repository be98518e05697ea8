"""The deck: planned slide by slide (:mod:`.plan`), then written with python-pptx (:mod:`.writer`).

Takes a :class:`~briefing.model.Briefing`, its rendered charts and the theme; :func:`render_deck`
writes the ``.pptx`` to a stream and returns the warnings. The modules, in the order a deck passes
through them:

- planning, pure: :mod:`.paragraphs` (the text), :mod:`.fitting` and :mod:`.pagination` (sizes and
  lines in a box, or over several), :mod:`.boxes` and :mod:`.slides` (the plan's types),
  :mod:`.planner` (text boxes, sections and styles every slide uses), :mod:`.glance` and
  :mod:`.tiles` (the "At a glance" tiles: their words and grid, their sizes), :mod:`.plan` (every
  slide decided, in story order);
- writing: :mod:`.template` (the blank deck or a template, its layouts and boxes), :mod:`.writer`,
  :mod:`.native_charts` (editable charts), :mod:`.ooxml` (extensions python-pptx lacks),
  :mod:`.package` (a byte-stable package) and :mod:`.contrast` (text colours on a template).
"""

from briefing.render.deck.writer import render_deck

__all__ = ["render_deck"]
