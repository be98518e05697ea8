"""Render: a :class:`~briefing.model.Briefing` in, charts, a deck and a memo out (as bytes)."""
