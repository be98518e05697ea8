"""Which figure a figure is compared with: "down from $71m a year earlier", "from 120p to 61p".

Takes a sentence and its figures (with their quantities), in order; returns the figures with
``compare_to`` set to the ``id`` of the figure they are compared with, and the compared value's
period said when the text says it ("a year earlier"). Only figures of one unit are compared: a
percentage is never the earlier value of an amount.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.extract.quantities import Quantity
from briefing.model.types import Figure, Role

#: "... from $71m a year earlier": the earlier figure's own period, when it has none.
_YEAR_EARLIER_AFTER = re.compile(
    r"^\s*(?:(?:a|the)\s)?year[\s-](?:earlier|ago|before)\b|^\s*(?:in\s)?the\s(?:previous|prior)\syear\b")
# Before the compared value: "from $639m", "down from 23%", "compared with £125m", "against 2.1%".
# "more than 25%" is no comparison, only a bound.
_EARLIER = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell)\s)?\b(?:from|compared\s(?:with|to)|against|versus|"
                      r"vs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)than)\s"
                      r"(?:(?:a|an|about|around|nearly|some|just|only|the)\s)?(?:[\w-]+\s){0,3}?$")
# "from 120p to 61p", "from £210,500 in May to £208,100 in June": a value and the one it became.
_FROM_TO = re.compile(r"^\s*(?:(?:in|on|at|by)\s(?:[\w-]+\s){0,3}?)?to\s(?:(?:a|an|about|around)\s)?$")


#: "... raised from £2.50 to £4": the value starts a change of its own, it is no earlier value.
_STARTS_FROM_TO = re.compile(r"^\s(?:(?:in|on|at|by)\s(?:[\w-]+\s){0,3}?)?to\s(?:(?:a|an|about|around)\s)?[£$€¥\d]")
#: Right after a compared value, a name of its own: "5%, against 3% for Lloyds".
#: "compared to well over 50% in most European countries": another place's.
_OWN_NAME_AFTER = re.compile(r"^\s(?:for|at|of|by|in|among)\s(?:(?:most|many|some|all|other)\s)?(?:the\s)?[A-Z]")


def link_comparisons(sentence: str, items: list[tuple[Quantity, Figure]]) -> list[Figure]:
    """The figures of ``items`` with each comparison the sentence states linked (see module docstring)."""
    figures = [f for _, f in items]
    for b, (qb, fb) in enumerate(items):
        if fb.role != Role.MAIN:
            continue
        same = [a for a in range(b) if items[a][1].unit == fb.unit and items[a][1].role == Role.MAIN]
        if not same:
            continue
        a = same[-1]
        qa = items[a][0]
        gap = sentence[qa.end:qb.start]
        before_b = sentence[max(0, qb.start - 40):qb.start]
        before_a = sentence[max(0, qa.start - 20):qa.start]
        if re.search(r"\bfrom\s(?:(?:a|an|about|around)\s)?$", before_a) and _FROM_TO.match(gap):
            figures[b] = replace(figures[b], compare_to=figures[a].id)  # "fell from 120p to 61p"
        elif _EARLIER.search(before_b) and not re.search(r"[;.]|,\s(?:while|whereas|but)\b", gap) \
                and not _STARTS_FROM_TO.match(sentence[qb.end:]):
            figures[a] = replace(figures[a], compare_to=figures[b].id)  # "$48m, down from $71m"
            if not figures[b].period and _YEAR_EARLIER_AFTER.match(sentence[qb.end:]):
                figures[b] = replace(figures[b], period="a year earlier")
            if not _OWN_NAME_AFTER.match(sentence[qb.end:]):
                # "Unemployment stood at 25%, compared with 10% before the uprising against Israeli
                # occupation": the earlier value is the same measure of the same owner.
                later, earlier = figures[a], figures[b]
                unclear_direction = earlier.reason if earlier.reason.startswith("direction") else ""
                figures[b] = replace(earlier, subject=later.subject, source=later.source,
                                     certain=later.certain and not unclear_direction,
                                     reason=later.reason or unclear_direction)
    return figures
