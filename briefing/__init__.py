"""briefing: turn a news article into an analyst slide deck and a matching PDF memo."""

__version__ = "0.1.0"
