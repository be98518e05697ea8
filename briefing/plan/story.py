"""The story the deck tells around its charts: the "At a glance" tiles and the "What happened" text.

Takes the article (its takeaways already derived where it had none) and its figures; returns plain
model data: :func:`glance_tiles` up to six :class:`~briefing.model.GlanceTile` of certain figures,
:func:`what_happened` the lead's own sentences for a "What happened" slide. Nothing is worded here
that the article does not say: tiles hold figures, the text is the article's sentences, and a
sentence that carries a figure whose owner or direction is unsure is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.sentences import split_sentences
from briefing.model.formatting import is_change
from briefing.model.types import Article, Figure, GlanceTile, Role
from briefing.plan.charts import chartable, metric_family
from briefing.plan.wording import MOVEMENT_MEASURES, names_its_measure, owner_in_doubt

#: Six tiles fill two rows of three: more numbers than that is a table, not a glance.
MAX_TILES = 6
#: "What happened" is a slide, not the article: the lede and a few sentences after it.
MAX_STORY_SENTENCES = 4
MAX_STORY_CHARS = 640


def _norm(text: str) -> str:
    return " ".join(text.split())


def _owner_key(subject: str) -> str:
    return re.sub(r"[^a-z0-9\u0080-\uffff]", "", subject.lower())


def tile_candidate(figure: Figure) -> bool:
    """A figure a tile may show: certain, a main value with an owner its sentence does not put in
    doubt, and a measure a reader can name."""
    if not (figure.certain and figure.role == Role.MAIN and figure.subject.strip() and names_its_measure(figure)):
        return False
    if owner_in_doubt(figure):
        return False
    return chartable(figure) or (figure.charted is None and figure.metric.strip().lower() in MOVEMENT_MEASURES)


def _same_measure(change: Figure, level: Figure) -> bool:
    """"profit growth" is the change of "profit"; "share price change" of "share price"."""
    moved, held = metric_family(change.metric), metric_family(level.metric)
    return bool(held) and (held in moved or moved in held)


def _paired_change(level: Figure, candidates: Sequence[Figure]) -> Figure | None:
    """The change the article states of ``level`` in the same sentence ("a 52% rise in profits to
    £198m"): same owner, same measure; None when there is none, or more than one to choose from."""
    if is_change(level):
        return None
    found = [f for f in candidates if f is not level and is_change(f) and _norm(f.sentence) == _norm(level.sentence)
             and _owner_key(f.subject) == _owner_key(level.subject) and _same_measure(f, level)]
    return found[0] if len(found) == 1 else None


def glance_tiles(article: Article, figures: Sequence[Figure]) -> tuple[GlanceTile, ...]:
    """Up to :data:`MAX_TILES` tiles of certain figures, in article order.

    A level takes the change stated with it and the value it is compared with onto its own tile,
    so neither gets a tile of its own; the same value of the same owner and measure is shown once.
    When more figures qualify, those whose owner the headline names and those with a change or a
    comparison come first.
    """
    candidates = [f for f in figures if tile_candidate(f)]
    # The value a tile compares with is a level of the same unit ("$48m, down from $71m").
    by_id = {f.id: f for f in candidates if f.id and not is_change(f)}
    tiles: list[GlanceTile] = []
    taken: set[int] = set()
    pairs = {id(f): _paired_change(f, candidates) for f in candidates}
    for change in pairs.values():
        if change is not None:
            taken.add(id(change))
    for figure in candidates:
        earlier = by_id.get(figure.compare_to) if figure.compare_to else None
        if earlier is not None and earlier.unit == figure.unit and id(earlier) not in taken:
            taken.add(id(earlier))
    seen: set[tuple[str, str, float, str, str]] = set()
    for figure in candidates:
        if id(figure) in taken:
            continue
        key = (_owner_key(figure.subject), figure.metric.lower(), figure.value, figure.unit, figure.period)
        if key in seen:
            continue
        seen.add(key)
        earlier = by_id.get(figure.compare_to) if figure.compare_to else None
        tiles.append(GlanceTile(figure, pairs[id(figure)],
                                earlier if earlier is not None and earlier.unit == figure.unit else None))
    if len(tiles) <= MAX_TILES:
        return tuple(tiles)
    headline = article.title.casefold()

    def weight(tile: GlanceTile) -> int:
        named = any(word in headline for word in tile.figure.subject.casefold().split() if len(word) > 2)
        return 2 * named + (tile.change is not None or tile.earlier is not None or is_change(tile.figure))

    kept = sorted(range(len(tiles)), key=lambda i: -weight(tiles[i]))[:MAX_TILES]
    return tuple(tiles[i] for i in sorted(kept))


#: A sentence that opens by pointing back at the one before it.
_LEANS_BACK = re.compile(r"(?:It|Its|He|She|His|Her|They|Their|This|These|That|Those|But|And|However|Also|"
                         r"The (?:firm|company|group|carrier|bank|move|deal))\b")


def unsure_sentences(figures: Sequence[Figure]) -> set[str]:
    """The sentences (whitespace collapsed) that carry a figure whose owner or direction is unsure."""
    return {_norm(f.sentence) for f in figures if not f.certain}


def what_happened(article: Article, figures: Sequence[Figure]) -> tuple[str, ...]:
    """The lead's own sentences for a "What happened" slide, or () when the article has an
    Analysis section (that slide says what the article thinks happened, in its words).

    The lede (the lead's first sentence) and then the lead's further sentences that no derived
    takeaway already quotes, up to :data:`MAX_STORY_SENTENCES` and :data:`MAX_STORY_CHARS`; a
    sentence that carries an unsure figure is left out, and once two sentences are told the story
    stops at the first one left out, so that what follows never leans on a missing sentence.
    """
    if article.analysis:
        return ()
    unsure = unsure_sentences(figures)
    quoted = " ".join(article.takeaways) if article.takeaways_derived else ""
    chosen: list[str] = []
    used = 0
    previous_kept = False
    for sentence in (s for p in article.lead for s in split_sentences(p)):
        text = _norm(sentence)
        follows = previous_kept
        previous_kept = False
        # A quotation on its own loses its speaker ("'This is exciting,' he added"): left to the article.
        skip = not text or text in unsure or bool(chosen and (text in quoted or text[0] in "\"'\u201c\u2018"))
        # "It also has an option ..." after a sentence left out would point at nothing.
        skip = skip or (not follows and bool(_LEANS_BACK.match(text)))
        if skip:
            if len(chosen) >= 2:
                break  # past a gap the story may lean on what was left out ("The following year, though, ...")
            continue
        if len(chosen) >= MAX_STORY_SENTENCES or (chosen and used + len(text) > MAX_STORY_CHARS):
            break
        chosen.append(text)
        used += len(text)
        previous_kept = True
    return tuple(chosen)
