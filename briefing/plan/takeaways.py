"""What the briefing says in words: the bottom line, and takeaways for an article that lists none.

Takes the article and its figures; :func:`bottom_line` returns one paragraph of the article's own
sentences, :func:`derive_takeaways` the article with takeaways made from its sentences: each one
the figure and its owner first, then the sentence that states it ("Micron Technology: Q3 revenue
growth +82% — While Micron's Q3 revenue surges by 82%, ..."). Nothing is added that the figure or
the sentence does not say, and no sentence that carries an unsure figure is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.extract.sentences import split_sentences
from briefing.model.types import Article, Figure, Role
from briefing.plan.charts import chartable
from briefing.plan.wording import (
    MOVEMENT_MEASURES,
    figure_phrase,
    is_change,
    names_its_measure,
    owner_heading,
    owner_in_doubt,
)

#: Between a derived takeaway's figure and the sentence that states it.
TAKEAWAY_SEPARATOR = " \u2014 "


def _norm(text: str) -> str:
    return " ".join(text.split())


def bottom_line(article: Article, figures: Sequence[Figure] = ()) -> str:
    """One paragraph: the lead's opening sentences (the article's own words, so no new numbers),
    leaving out a sentence that carries a figure whose owner or direction is unsure."""
    unsure = {_norm(f.sentence) for f in figures if not f.certain}
    for paragraph in (*article.lead, *article.analysis, *article.takeaways):
        sentences = [s for s in split_sentences(paragraph) if _norm(s) not in unsure]
        if sentences:
            text = " ".join(sentences[:2])
            return text if len(text) <= 420 else sentences[0]
    return article.subtitle or article.title


#: Derived takeaways stop here: a briefing's takeaways are a short list, not a summary of every line.
MAX_DERIVED_TAKEAWAYS = 5
_NAME_INSIDE = re.compile(r"(?<=\S)\s+(?:[A-Z][a-z]+|[A-Z]{2,})\b")


def _head(figures: Sequence[Figure]) -> Figure | None:
    """The figure a takeaway leads with: a certain main figure with an owner, one whose measure
    says what it is first; among those a change, then a value compared with another, then one
    with a period, then the sentence's first."""
    owned = [f for f in figures if f.certain and f.role == Role.MAIN and f.subject.strip() and not owner_in_doubt(f)]
    named = [f for f in owned if chartable(f) and names_its_measure(f)]
    pool = named or owned
    if not pool:
        return None
    return min(pool, key=lambda f: (not is_change(f), not f.compare_to, not f.period))


def takeaway_text(head: Figure, sentence: str) -> str:
    """``Owner: measure value period — sentence``; a measure too vague to name ("amount") is left
    out rather than guessed: ``Umbro: £24.5m — The firm, which is to receive ...``."""
    named = names_its_measure(head) and (chartable(head) or head.metric.strip().lower() in MOVEMENT_MEASURES)
    return f"{owner_heading(head.subject)}: {figure_phrase(head, with_metric=named)}{TAKEAWAY_SEPARATOR}{sentence}"


def derive_takeaways(article: Article, figures: Sequence[Figure]) -> Article:
    """The article with takeaways made from its own sentences, when it had none.

    A sentence qualifies when it carries a certain figure with an owner and no unsure one. When
    more than :data:`MAX_DERIVED_TAKEAWAYS` do, and to order them, a sentence weighs more when the
    headline names its figure's owner, when its figure is a change or a comparison, and when it
    opens the article; ties keep article order. The same value of the same owner leads one
    takeaway only. ``takeaways_derived`` is set so the deck and memo say the article did not list them.
    """
    if article.takeaways:
        return article
    paragraphs = (*article.lead, *article.analysis, *(p for sec in article.sections for p in sec.paragraphs))
    sentences = list(dict.fromkeys(_norm(s) for p in paragraphs for s in split_sentences(p)))
    lede = {_norm(s) for s in split_sentences(article.lead[0])} if article.lead else set()
    unsure = {_norm(f.sentence) for f in figures if not f.certain}
    by_sentence: dict[str, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(_norm(figure.sentence), []).append(figure)
    headline = article.title.casefold()
    candidates: list[tuple[int, int, str]] = []
    led: set[tuple[str, str, float]] = set()
    for order, sentence in enumerate(sentences):
        head = _head(by_sentence.get(sentence, ()))
        if head is None or sentence in unsure:
            continue
        key = (head.subject.casefold(), head.metric.casefold(), head.value)
        if key in led:
            continue
        led.add(key)
        named = any(word in headline for word in head.subject.casefold().split() if len(word) > 2)
        moved = is_change(head) or bool(head.compare_to)
        weight = 2 * named + moved + (sentence in lede) + bool(_NAME_INSIDE.search(sentence))
        candidates.append((-weight, order, takeaway_text(head, sentence)))
    chosen = [text for _, _, text in sorted(candidates)[:MAX_DERIVED_TAKEAWAYS]]
    if not chosen:
        return article
    return replace(article, takeaways=tuple(chosen), takeaways_derived=True)
