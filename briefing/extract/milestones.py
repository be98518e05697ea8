"""Dated milestones an article states: "production by mid-2026", "completion in H1 2025".

Takes a sentence and the article's :class:`~briefing.extract.owners.OwnerFinder`;
:func:`milestones_in` yields a :class:`~briefing.model.Milestone` for each forward-looking date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.extract.owners import OwnerFinder
from briefing.model.types import Milestone

_WHEN = re.compile(
    r"\b(?P<prep>by|from|in|for|until|before)\s+(?P<when>(?P<qual>(?:early|mid|late)[\s-]|"
    r"(?:the\s)?end\sof\s|(?:the\s)?(?:first|second)\shalf\sof\s|H[12]\s|Q[1-4]\s|"
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s)?(?:19|20)\d\d)\b"
    r"(?!\s?(?:%|bn|m\b|to\b|model))")
_FUTURE = re.compile(r"\b(?:will|would|to be|slated|expects?|expected|plans?|planned|aims?|"
                     r"aiming|target\w*|set to|due|scheduled|intends?|hopes?|should|could|"
                     r"commence\w*|start\w*|begin\w*|launch\w*|complete\w*)\b", re.I)
_EVENT_NOUNS = r"(?:chip\s)?(production|operations|construction|shipments|sales|manufacturing|output)"
_EVENTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?:commenc\w*|start\w*|begin\w*|began|launch\w*)\s(?:\w+\s){{0,2}}?{_EVENT_NOUNS}", re.I),
     "{0} start"),
    (re.compile(rf"\b(?:commencement|start|beginning|launch)\sof\s{_EVENT_NOUNS}", re.I), "{0} start"),
    (re.compile(r"\b(complet\w*|finish\w*)", re.I), "completion"),
    (re.compile(r"\b(open\w*)", re.I), "opening"),
    (re.compile(r"\b(agreement|deal)\b", re.I), "agreement"),
    (re.compile(r"\b(production|operations|construction)\b", re.I), "{0}"),
    (re.compile(r"\b(target\w*|goal|aims?)\b", re.I), "target"),
]


def milestones_in(sentence: str, owners: OwnerFinder) -> Iterator[Milestone]:
    """"slated to commence chip production by mid-2026" -> Milestone(when="mid-2026", ...).
    Only forward-looking sentences count; "in" and "for" need a part of a year ("in H1 2026")
    so that "spent $6bn in 2004" is not a milestone."""
    if not _FUTURE.search(sentence):
        return
    for m in _WHEN.finditer(sentence):
        when = m.group("when")
        if m.group("prep") in ("in", "for") and not m.group("qual"):
            continue
        event = _event(sentence)
        yield Milestone(subject=owners.owner_at(m.start(), m.end()).name, event=event, when=when,
                        quote=m.group(0), sentence=sentence)


def _event(sentence: str) -> str:
    for pattern, template in _EVENTS:
        m = pattern.search(sentence)
        if m:
            return template.format(m.group(1).lower().replace("output", "production"))
    return "milestone"


def same_milestone(a: Milestone, b: Milestone) -> bool:
    """One event restated: the same "when" for the same subject, or for the same event."""
    if a.when.lower() != b.when.lower():
        return False
    return a.subject == b.subject or a.event == b.event or "milestone" in (a.event, b.event)
