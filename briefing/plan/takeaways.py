"""What the briefing says in words: the bottom line, and takeaways for an article that lists none.

Takes the article and its figures; :func:`bottom_line` returns one paragraph of the article's own
sentences, :func:`derive_takeaways` the article with takeaways chosen from its sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.extract.sentences import split_sentences
from briefing.model.types import Article, Figure


def bottom_line(article: Article) -> str:
    """One paragraph: the lead's opening sentences (the article's own words, so no new numbers)."""
    for paragraph in (*article.lead, *article.analysis, *article.takeaways):
        sentences = split_sentences(paragraph)
        if sentences:
            text = " ".join(sentences[:2])
            return text if len(text) <= 420 else sentences[0]
    return article.subtitle or article.title


#: Derived takeaways stop here: a briefing's takeaways are a short list, not a summary of every line.
MAX_DERIVED_TAKEAWAYS = 5
_NAME_INSIDE = re.compile(r"(?<=\S)\s+(?:[A-Z][a-z]+|[A-Z]{2,})\b")


def derive_takeaways(article: Article, figures: Sequence[Figure]) -> Article:
    """The article with takeaways chosen from its own sentences, when it had none.

    A sentence qualifies when it carries one of the article's certain figures; when more than
    :data:`MAX_DERIVED_TAKEAWAYS` do, those that name an actor (a figure's subject, or a capitalised
    name inside the sentence) come first. The chosen ones keep article order, and
    ``takeaways_derived`` is set so the deck and memo say the article did not list them itself.
    """
    if article.takeaways:
        return article
    sentences = list(dict.fromkeys(s for p in (*article.lead, *article.analysis,
                                               *(p for sec in article.sections for p in sec.paragraphs))
                                   for s in split_sentences(p)))
    # Only sentences whose figures say whose they are: a guess never becomes a takeaway.
    figures = [f for f in figures if f.certain]
    figure_sentences = {" ".join(f.sentence.split()) for f in figures}
    with_figures = [s for s in sentences if " ".join(s.split()) in figure_sentences]
    actors = {f.subject.casefold() for f in figures if f.subject}

    def names_actor(sentence: str) -> bool:
        # A capitalised word after the first one is a name ("Rival Contoso said ..."), since the
        # extractor does not always attribute a figure to the company the sentence is about.
        return any(a in sentence.casefold() for a in actors) or bool(_NAME_INSIDE.search(sentence))

    ranked = sorted(with_figures, key=lambda s: not names_actor(s))[:MAX_DERIVED_TAKEAWAYS]
    chosen = [s for s in with_figures if s in ranked]
    if not chosen:
        return article
    return replace(article, takeaways=tuple(chosen), takeaways_derived=True)
