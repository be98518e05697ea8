"""Whether a figure is a change, and which way it went, from the words around it.

Takes a sentence and a :class:`~briefing.extract.quantities.Quantity` in it; :func:`read_sign` returns
``(+1 or -1, is_change)`` from the word right after the figure ("a 5.5% decline") or the verb before
it ("fell by some 4%"); :func:`is_approximate` says whether it is hedged ("about", "nearly").
"""

from __future__ import annotations

import re

from briefing.extract.quantities import Quantity
from briefing.extract.sentences import clause_start

_NEGATIVE = re.compile(
    r"^(?:fell|fall|falls|fallen|falling|down|declin\w*|drop\w*|cut|cuts|cutting|loss|losses|"
    r"lose|loses|losing|lost|slump\w*|slid|slide|slides|sliding|slip\w*|shr[iau]nk\w*|"
    r"contract\w*|narrow\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|dip|dips|dipped|"
    r"decreas\w*|reduc\w*|lower|lowered|weaken\w*|undervalu\w*|smaller|less|fewer|below|"
    r"cheaper|weaker|worse|negative|minus|shed|sheds|eased|eases|retreat\w*|setback)$")
_POSITIVE = re.compile(
    r"^(?:rose|rise|rises|rising|risen|up|grew|grow|grows|growing|grown|growth|increas\w*|"
    r"surg\w*|jump\w*|gain\w*|climb\w*|soar\w*|higher|more|above|boost\w*|rais\w*|hike\w*|"
    r"improv\w*|expan\w*|rall\w*|doubl\w*|larger|bigger|stronger|advanc\w*|added|adds|"
    r"lift\w*|leap\w*|accelerat\w*|overvalu\w*)$")
# Before these words the figure is a level ("fell to 3.3%", "down from 23%"), not the change.
_LEVEL_MARKERS = {"to", "from", "at", "is", "was", "were", "are", "reach", "reached", "of"}


def _words_before(sentence: str, q: Quantity, limit: int = 7) -> list[str]:
    """The lower-cased words between the previous figure (or clause start) and ``q``."""
    start = clause_start(sentence, q.start)
    before = sentence[start:q.start]
    before = re.split(r"\d[\d,.]*\s?(?:%|bn|m|p|[a-z]+)?", before)[-1]  # stop at a number
    return re.findall(r"[a-z][a-z'-]*", before.lower())[-limit:]


def read_sign(sentence: str, q: Quantity) -> tuple[int, bool]:
    """(+1 or -1, whether the figure is a change) for a percentage or points figure, read from
    the word right after it ("a 5.5% decline") or the verb before it ("fell by some 4%")."""
    if q.unit not in ("%", "pp"):
        return 1, False
    after = re.findall(r"[A-Za-z][a-z-]*", sentence[q.end:q.end + 30].split(",")[0])[:2]
    for word in after:
        if _NEGATIVE.match(word.lower()):
            return -1, True
        if _POSITIVE.match(word.lower()):
            return 1, True
    words = _words_before(sentence, q)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if _NEGATIVE.match(word):
            return -1, True
        if _POSITIVE.match(word):
            return 1, True
        if word in _LEVEL_MARKERS:
            # "gains of 4.5%" and "a contraction of 2%" are changes; "a rate of 20%" is a level.
            if word == "of" and i > 0 and _NEGATIVE.match(words[i - 1]):
                return -1, True
            if word == "of" and i > 0 and _POSITIVE.match(words[i - 1]):
                return 1, True
            return 1, False
    return 1, False


_APPROX = re.compile(
    r"(?:about|around|nearly|almost|some|roughly|approximately|close to|more than|over|"
    r"just over|just under|up to|as much as|at least|exceeding|above|below|under|less than|"
    r"an estimated|estimated|circa|c\.|~|well over|fewer than|as many as)\s*(?:a\s)?$", re.I)


def is_approximate(sentence: str, start: int) -> bool:
    """True for "about 5%", "nearly $2bn", "more than 25%"."""
    return bool(_APPROX.search(sentence[max(0, start - 20):start].rstrip()))
