"""Who holds a stake: "McManus and Magnier, who own a 29% stake in Manchester United", "The remaining
12% will be retained by the Yantai city government".

A stake belongs to its holder, not to the company whose shares it is, and a holder may be a person,
an agency or a government, kinds of name the other owner rules pass over (people state figures,
agencies report them). :func:`holder` reads the holder from the verb of holding next to the figure:
its subject before it ("X owns 55% of Y", "X, who own a 29% stake"), or the agent of a passive
after it ("12% will be retained by X").
"""

from __future__ import annotations

import re

from briefing.extract.names import Mention, MentionKind
from briefing.extract.sentence_names import SentenceNames

__all__ = ["holder"]

#: "owns 55% of", "who own a 29% stake in", "holds about 10% of": a verb of holding right before the figure.
_HOLDS_BEFORE = re.compile(r"\b(?:owns?|owned|holds?|held|controls?|controlled|retains?|retained|keeps?|kept)\s"
                           r"(?:a|an|the|its|their|about|around|some|nearly|almost|just|over|more\sthan|less\sthan|\s)*$")
#: "55% of Changyu", "a 29% stake in Manchester United": the figure is a part of a company.
_PART_OF = re.compile(r"\s(?:(?:stake|share|holding|interest|shareholding)\s)?(?:of|in)\s")
#: "12% will be retained by the", "10% is owned by": the agent of a passive of holding after the figure.
_HELD_BY = re.compile(r"\s(?:(?:stake|share|holding)\s)?(?:\w+\s){0,2}(?:retained|owned|held|kept|controlled)\sby\s"
                      r"(?:the\s)?")
#: Kinds of name that can hold a stake: anyone but a place named as a description or a source of news.
_HOLDER_KINDS = (MentionKind.ORG, MentionKind.PERSON, MentionKind.SOURCE, MentionKind.PRODUCT, MentionKind.PLACE)


def holder(sentence: SentenceNames, clause: int, start: int, end: int) -> str | None:
    """The holder of the stake at ``sentence.text[start:end]`` (a percentage), or None when no verb of
    holding ties one to it."""
    text = sentence.text
    if not re.search(r"(?:%|per\s?cent)$", text[start:end]):
        return None
    after = _HELD_BY.match(text, end)
    if after is not None:
        agents = [m for m in sentence.mentions if m.start >= after.end() and m.kind in _HOLDER_KINDS]
        return _joined(sentence, agents[0], agents) if agents and agents[0].start == after.end() else None
    if not (_HOLDS_BEFORE.search(text[max(0, start - 40):start]) and _PART_OF.match(text, end)):
        return None
    # "The UK-Dutch group will own 30%": a name that only describes "the group" holds nothing itself
    before = [m for m in sentence.between(0, start) if m.kind in _HOLDER_KINDS and not sentence.modifier(m)
              and "-" not in m.text]
    if not before:
        return None
    # "JP McManus and John Magnier, who own a 29% stake": the names the relative clause describes;
    # "Yantai State Asset Management Bureau - a government agency - owns 55%": the clause's subject.
    subject = next((m for m in before if m.end <= clause and not sentence.is_object(m)), None) \
        or next((m for m in before if not sentence.is_object(m)), None)
    return _joined(sentence, subject, before) if subject is not None else None


def _joined(sentence: SentenceNames, first: Mention, names: list[Mention]) -> str:
    """"JP McManus and John Magnier": two names joined by "and" hold together."""
    later = [m for m in names if m.start > first.end]
    if later and re.fullmatch(r"\s(?:and|&)\s", sentence.text[first.end:later[0].start]):
        return f"{first.name} and {later[0].name}"
    return first.name
