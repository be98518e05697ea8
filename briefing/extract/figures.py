"""Find the figures and dated milestones an article states.

Takes an :class:`~briefing.model.Article`; returns ``(figures, milestones)``, two tuples in reading
order. The body (lead, takeaways, analysis, sections, glossary) is read first and the headlines
last, so a fact the headline repeats keeps its body sentence; a fact stated several times is one
figure. Every figure's ``quote`` is a substring of its ``sentence``, and every sentence is a
whitespace-normalised piece of the article: nothing is charted that the text does not spell.

Spellings are read by :mod:`.quantities`; the owner by :mod:`.owners` (over the names of
:mod:`.names` and the clauses of :mod:`.clauses`), the measure by :mod:`.metrics`, the period by
:mod:`.periods`, the kind by :mod:`.kinds`, comparisons by :mod:`.comparisons` and the direction of a
change by :mod:`.changes`, each from the words around the figure by small, explainable rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefing.extract.changes import direction_unstated, hypothetical, is_approximate, read_sign, restates
from briefing.extract.comparisons import link_comparisons
from briefing.extract.kinds import figure_kind
from briefing.extract.metrics import as_change, describe_unnamed, fallback_metric, metric_of
from briefing.extract.milestones import milestones_in, same_milestone
from briefing.extract.owners import OwnerFinder
from briefing.extract.periods import period_of
from briefing.extract.plausibility import implausible_measure, measure_base
from briefing.extract.quantities import (
    Quantity,
    QuantityRole,
    find_quantities,
    malformed_amounts,
    shared_currency_names,
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


@dataclass(frozen=True)
class Extraction:
    """What an article states: its figures and milestones in reading order, and warnings about
    amounts that could not be read (a number grouped "1,4571" gives no figure)."""

    figures: tuple[Figure, ...]
    milestones: tuple[Milestone, ...]
    warnings: tuple[str, ...] = ()


def extract_figures(article: Article) -> tuple[tuple[Figure, ...], tuple[Milestone, ...]]:
    """The article's figures (money, percentages, percentage points, multiples) and its dated
    milestones ("production by mid-2026"), each restated fact once."""
    found = extract(article)
    return found.figures, found.milestones


def extract(article: Article) -> Extraction:
    """Every figure and milestone of ``article`` with its meaning, and the warnings met."""
    owners = OwnerFinder(article)
    text = " ".join((article.title, article.subtitle, *article.paragraphs()))
    shared = shared_currency_names(text)
    figures: list[Figure] = []
    milestones: list[Milestone] = []
    warnings: list[str] = []
    context = ""
    topics = _topic_measures(article)
    for item in _sentences(article):
        sentence = item.text
        owners.start_sentence(sentence, headline=item.headline)
        warnings += [f"the amount {bad!r} in \u201c{sentence[:80]}\u201d is not a number as written ({why}); "
                     "it was left out" for bad, why in malformed_amounts(sentence)]
        earlier: list[Figure] = []
        placed: list[tuple[Quantity, Figure]] = []
        for quantity in find_quantities(sentence, context, shared):
            if quantity.role == QuantityRole.ALT:
                continue  # "(£600m)" restates the amount before it in another currency
            figure = _figure(sentence, quantity)
            base = measure_base(figure.metric)
            if base in topics and not (base in _COMPANY_OR_MARKET and owners.company_before(quantity.start)):
                # "a 3% rise in prices", in an article headed "House prices drop": the prices it is about;
                # "sales grew 2.9%", headed "US retail sales surge": the shops', unless a company's
                figure = replace(figure, metric=topics[base] + figure.metric.removeprefix(base))
            if restates(sentence, quantity) and earlier and earlier[-1].metric:
                # "fell 40 cents, or 12%": the same change of the same measure, in other units
                figure = replace(figure, metric=as_change(earlier[-1].metric, quantity,
                                                          figure.kind == FigureKind.CHANGE, figure.value))
            if not figure.metric:
                unnamed = "change" if figure.kind == FigureKind.CHANGE else describe_unnamed(sentence, quantity)
                figure = replace(figure, metric=fallback_metric(sentence, quantity, earlier)
                                 or _shared_metric(figure, earlier) or _change_of_level(sentence, quantity, earlier)
                                 or unnamed)
            owner = owners.plausible(owners.owner_at(quantity.start, quantity.end, figure.metric), quantity.start,
                                     figure.metric, figure.unit)
            if figure.metric and owner.name.endswith(f" {figure.metric}") and figure.is_money \
                    and re.search(r"(?:market|industry|sector|economy|trade)$", figure.metric):
                # "America's $8 trillion mortgage market": the market's size, not "mortgage market" twice
                figure = replace(figure, metric="size")
            kind = figure_kind(sentence, quantity, figure.kind == FigureKind.CHANGE, figure.metric)
            figure = replace(figure, subject=owner.name, source=owner.source, certain=owner.certain,
                             reason=owner.reason, kind=kind)
            wrong_measure = implausible_measure(figure.metric, figure.unit, figure.value)
            if wrong_measure:  # listed with the sentence's words, never charted
                figure = replace(figure, certain=False, reason=figure.reason or wrong_measure)
            if hypothetical(sentence, quantity):  # listed, never charted: it did not happen
                figure = replace(figure, certain=False,
                                 reason=figure.reason or "what would have been, not what was")
            if direction_unstated(sentence, quantity):
                figure = replace(figure, kind=FigureKind.CHANGE, certain=False,
                                 reason=figure.reason or "direction unclear: the article says it moved, not which way")
            earlier.append(figure)
            # "47% of the £1.34bn spent on games", after "Gamers spent more than £1.34bn": the amount
            # named before, whoever the sentence is about
            definite = _DEFINITE_AMOUNT.search(sentence, 0, quantity.start) is not None and quantity.unit != "%"
            if not _restated(figure, figures, known=item.headline or definite):
                figure = replace(figure, id=f"f{len(figures) + 1}")
                figures.append(figure)
                placed.append((quantity, figure))
        for index, linked in zip([figures.index(f) for _, f in placed], link_comparisons(sentence, placed)):
            if linked.subject != figures[index].subject:
                # "compared with 10% before the uprising against Israeli occupation": the earlier value
                # is the first one's, and so is what the next sentence is about
                owners.reassign(figures[index].subject, linked.subject)
            figures[index] = linked
        for milestone in milestones_in(sentence, owners):
            if not any(same_milestone(m, milestone) for m in milestones):
                milestones.append(milestone)
        context = sentence
    return Extraction(tuple(figures), tuple(milestones), tuple(dict.fromkeys(warnings)))


def _change_of_level(sentence: str, q: Quantity, earlier: list[Figure]) -> str:
    """"total revenue was 10bn euros, up 8.1%": a percentage change right after an amount is the
    change of what the amount measures ("revenue growth")."""
    if q.unit not in ("%", "pp") or not earlier or earlier[-1].unit in ("%", "pp") or not earlier[-1].metric:
        return ""
    level = earlier[-1]
    at = sentence.rfind(level.quote, 0, q.start)
    if at < 0:
        return ""
    gap = sentence[at + len(level.quote):q.start]
    if not re.fullmatch(r"[^.;]{0,25}?,?\s(?:up|down|an?\s(?:increase|rise|fall|drop|decline)\sof)"
                        r"\s(?:some\s|about\s)?", gap):
        return ""
    sign, is_change = read_sign(sentence, q)
    return as_change(level.metric, q, is_change, float(sign))


def _shared_metric(figure: Figure, earlier: list[Figure]) -> str:
    """"Growth would reach 4.4% in 2004, but fall to 3.3% next year": a figure whose clause names no
    measure measures what the sentence's last figure of the same unit measured."""
    same = [f for f in earlier if f.unit == figure.unit and f.metric]
    if not same:
        return ""
    # "lower the price by $2, bringing it down to $58": the level a change led to is of the measure,
    # not of its decline
    if figure.kind != FigureKind.CHANGE and figure.unit not in ("%", "pp") and same[-1].kind == FigureKind.CHANGE:
        return measure_base(same[-1].metric)
    return same[-1].metric


#: "the £1.34bn", "the $27bn": an amount the sentence speaks of as one already known.
_DEFINITE_AMOUNT = re.compile(r"\b(?:of|for|on|from|with|to)\sthe\s(?:(?:same|whole|entire|total)\s)?$")


def _restated(figure: Figure, seen: list[Figure], known: bool) -> bool:
    """True when ``figure`` repeats one already found: the same amount and unit for the same
    subject and no conflicting period or role. A ``known`` amount (a headline's, or one the
    sentence writes as known, "47% of the £1.34bn") repeats one of any subject, measure or period."""
    for other in seen:
        if other.unit != figure.unit or abs(other.value - figure.value) > 1e-9 * max(
                1.0, abs(figure.value)):
            continue
        if other.role != figure.role:
            continue
        if not known and other.subject.lower() != figure.subject.lower():
            continue
        if figure.period and other.period and figure.period != other.period and not known:
            continue  # "2.5% growth in 2004" and "a 2.5% target for 2005" are two facts
        if not known and other.sentence != figure.sentence \
                and _unknown_or_other_measure(figure.metric, other.metric):
            continue  # "cutting corporate tax from 30%" and "unemployment, currently at 30%" are two facts
        return True
    return False


#: Measures that say nothing of what a figure measures: two such figures of one owner in two
#: sentences are not known to be one fact.
_UNSAID_MEASURES = {"", "percentage", "amount", "change", "share", "figure"}


def _unknown_or_other_measure(metric: str, other: str) -> bool:
    """Whether two figures' measures do not show them to be one: both unsaid, or two different ones."""
    if metric in _UNSAID_MEASURES and other in _UNSAID_MEASURES:
        return True
    if metric in _UNSAID_MEASURES or other in _UNSAID_MEASURES:
        return False
    # "growth" and "economic growth" may be one; "output decline" and "sales decline" are two
    return not set(measure_base(metric).split()) & set(measure_base(other).split())


def _topic_measures(article: Article) -> dict[str, str]:
    """The measures the article is about when its headline names them, by the bare word its body
    uses for them: "prices" in "House prices drop as sales slow", "sales" in "US retail sales surge"
    or "Sales 'fail to boost High Street'"."""
    headline = " ".join((article.title, article.subtitle))
    # "lending fell to £25bn", headed "No seasonal lift for house market": the mortgage market's
    topics = {"price": "house price", "lending": "mortgage lending"} if _HOUSE_PRICES.search(headline) else {}
    if topics and _HOUSE_PRICE_INFLATION.search(" ".join(article.paragraphs())):
        # "The North East showed the highest rate of inflation at 26.2%", in an article that speaks of
        # "annual house price inflation": how fast house prices rise, not consumer prices
        topics["inflation"] = "house price growth"
    if _RETAIL_SALES.search(headline):
        topics["sales"] = "retail sales"
    if _INDUSTRIAL_OUTPUT.search(headline):
        # "output from factories, mines and utilities rose 0.3%", headed "US industrial output growth eases"
        topics["output"] = topics["production"] = "industrial output"
    return topics


_HOUSE_PRICE_INFLATION = re.compile(r"\b(?:house|home|property)[\s-]price\sinflation\b", re.I)
_HOUSE_PRICES = re.compile(r"\b(?:house|home|property|housing)\s(?:prices?|market)\b|\bmortgages?\b", re.I)
#: Measures a company has as well as a market: a company named or referred to keeps them its own.
_COMPANY_OR_MARKET = frozenset({"sales", "lending", "output", "production"})
_INDUSTRIAL_OUTPUT = re.compile(r"\b(?:industrial|factory|manufacturing)\s(?:output|production)\b", re.I)
_RETAIL_SALES = re.compile(r"\bretail\s(?:sales|spending)\b|\bHigh Street\b", re.I)


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
