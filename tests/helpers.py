"""Hand-made model objects for tests that should not depend on the reader or the extractor."""

from __future__ import annotations

from briefing.model import Article, Figure, GlossaryEntry, Milestone

LEAD = ("Innotron plans to invest $2.4 billion in a chip packaging plant in Shanghai. "
        "Production is due to start by mid-2026.")
INVEST = Figure("Innotron", "investment in Shanghai chip packaging plant", 2.4e9, "USD", "$2.4 billion",
                "Innotron plans to invest $2.4 billion in a chip packaging plant in Shanghai.")
SHARES = Figure("Micron", "share price", -5.5, "%", "5.5%",
                "Micron Technology experiences a 5.5% decline in stock value.")
REVENUE = Figure("Micron", "revenue growth", 82.0, "%", "82%", "Micron's Q3 revenue surges by 82%.", period="Q3")
START = Milestone("Innotron", "production start", "mid-2026", "by mid-2026", "Production is due to start by mid-2026.")


def reference_like_article() -> Article:
    return Article(
        title="Innotron Invests $2.4B in Shanghai Chip Plant",
        subtitle="Innotron Invests $2.4 Billion in a Shanghai Chip Plant",
        lead=(LEAD,),
        takeaways=("Innotron commits $2.4 billion.", "Micron's shares fell 5.5%.", "Micron's Q3 revenue rose 82%."),
        analysis=("The plant matters for China's chip supply.",),
        glossary=(GlossaryEntry("TSV", "A vertical connection through silicon."),),
        source="reference.txt",
    )
