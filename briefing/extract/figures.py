"""Find the figures and dated milestones an article states.

Takes an :class:`~briefing.model.Article`; returns ``(figures, milestones)``, two tuples in reading
order. The body (lead, takeaways, analysis, sections, glossary) is read first and the headlines
last, so a fact the headline repeats keeps its body sentence; a fact stated several times is one
figure. Every figure's ``quote`` is a substring of its ``sentence``, and every sentence is a
whitespace-normalised piece of the article: nothing is charted that the text does not spell.

Spellings are read by :mod:`.quantities`; the owner by :mod:`.owners` (over the names of :mod:`.names` and the clauses of
:mod:`.clauses`), the measure by
:mod:`.metrics`, the period by :mod:`.periods` and the direction of a change by :mod:`.changes`,
each from the words around the figure by small, explainable rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefing.extract.changes import is_approximate, read_sign
from briefing.extract.metrics import fallback_metric, metric_of
from briefing.extract.milestones import milestones_in, same_milestone
from briefing.extract.owners import OwnerFinder
from briefing.extract.periods import period_of
from briefing.extract.quantities import (
    Quantity,
    QuantityRole,
    find_quantities,
    to_float,
)
from briefing.extract.sentences import split_sentences
from briefing.model.types import Article, Direction, Figure, FigureKind, Milestone, Role

__all__ = ["extract_figures", "split_sentences"]


@dataclass(frozen=True)
class _Sentence:
    text: str
    headline: bool


def _sentences(article: Article) -> Iterator[_Sentence]:
    """Body sentences in reading order, then the headlines (whose facts the body usually
    restates with more context)."""
    for paragraph in article.paragraphs():
        for sentence in split_sentences(paragraph):
            yield _Sentence(sentence, headline=False)
    for headline in (article.title, article.subtitle):
        if headline.strip():
            yield _Sentence(" ".join(headline.split()), headline=True)


def extract_figures(article: Article) -> tuple[tuple[Figure, ...], tuple[Milestone, ...]]:
    """The article's figures (money, percentages, percentage points, multiples) and its dated
    milestones ("production by mid-2026"), each restated fact once."""
    owners = OwnerFinder(article)
    figures: list[Figure] = []
    milestones: list[Milestone] = []
    context = ""
    for item in _sentences(article):
        sentence = item.text
        owners.start_sentence(sentence, headline=item.headline)
        earlier: list[Figure] = []
        for quantity in find_quantities(sentence, context):
            if quantity.role == QuantityRole.ALT:
                continue  # "(£600m)" restates the amount before it in another currency
            figure = _figure(sentence, quantity)
            if not figure.metric:
                figure = replace(figure, metric=fallback_metric(sentence, quantity, earlier))
            owner = owners.owner_at(quantity.start, quantity.end, figure.metric)
            figure = replace(figure, subject=owner.name, source=owner.source, certain=owner.certain,
                             reason=owner.reason)
            earlier.append(figure)
            if not _restated(figure, figures, headline=item.headline):
                figures.append(figure)
        for milestone in milestones_in(sentence, owners):
            if not any(same_milestone(m, milestone) for m in milestones):
                milestones.append(milestone)
        context = sentence
    return tuple(replace(f, id=f"f{n}") for n, f in enumerate(figures, start=1)), tuple(milestones)


def _restated(figure: Figure, seen: list[Figure], headline: bool) -> bool:
    """True when ``figure`` repeats one already found: the same amount and unit for the same
    subject (any subject, for a headline) and no conflicting period or role."""
    for other in seen:
        if other.unit != figure.unit or abs(other.value - figure.value) > 1e-9 * max(
                1.0, abs(figure.value)):
            continue
        if other.role != figure.role:
            continue
        if not headline and other.subject.lower() != figure.subject.lower():
            continue
        if figure.period and other.period and figure.period != other.period and not headline:
            continue  # "2.5% growth in 2004" and "a 2.5% target for 2005" are two facts
        return True
    return False


# --- one figure ------------------------------------------------------------------------------

def _figure(sentence: str, q: Quantity) -> Figure:
    """The figure ``q`` states, its owner still to be found."""
    sign, is_change = read_sign(sentence, q)
    direction = (Direction.DOWN if sign < 0 or q.negative else Direction.UP) if is_change else Direction.NONE
    value = to_float(q.value)
    if q.negative or sign < 0:
        value = -value
    metric = metric_of(sentence, q, is_change, value)
    return Figure(
        subject="",
        metric=metric,
        value=value,
        unit=q.unit,
        quote=q.quote,
        sentence=sentence,
        period=period_of(sentence, q),
        role=Role(q.role),
        approximate=is_approximate(sentence, q.start),
        kind=FigureKind.CHANGE if is_change else FigureKind.LEVEL,
        direction=direction,
    )
