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
from briefing.extract.owner_patterns import NAME_NOUN, PERCENTAGE
from briefing.extract.plausibility import government_of
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
#: "12% by its staff": the agent of a passive of holding the sentence gave before.
_BY = re.compile(r"\sby\s")
_OWNED_BY = re.compile(r"\b(?:owned|held|controlled)\sby\b")
#: "by the government", "by its staff": a holder described in lower-case words.
_DESCRIBED_AGENT = re.compile(r"(?:the\s|its\s|their\s)?((?:[a-z-]+\s){0,2}?(?:government|state|staff|employees|"
                              r"workers|management|founders?|family|families|creditors|investors|shareholders|"
                              r"bondholders|public))\b")
#: "hold a stake of 28.1%", "has an 18.8% stake": the stake named before the figure, with a verb of holding.
_STAKE_HELD = re.compile(r"\b(?:owns?|holds?|held|has|have|had|retains?|retained|keeps?|kept)\s(?:a|an|the|its|their)\s"
                         r"(?:[\w-]+\s)?(?:stake|shareholding|holding|interest)\sof\s(?:about\s|around\s|some\s|"
                         r"nearly\s|almost\s|just\s|over\s|more\sthan\s|less\sthan\s)?$")
#: "is its second biggest shareholder with 25.01%": a holder named by its stake.
_HOLDER_WITH = re.compile(r"\b(?:shareholder|stakeholder|owner|investor)\swith\s(?:about\s|around\s|some\s|nearly\s|"
                          r"almost\s|just\s|over\s|more\sthan\s)?$")
#: "the creditors, who now own": holders described before a relative clause of holding.
_WHO_OWN = re.compile(r"\b(?:the\s)?((?:[a-z-]+\s)?[a-z-]+s),\s(?:who|which)\s(?:now\s|still\s|already\s)?"
                      r"(?:own|hold|control)\s")
#: ", which owns", ", who now hold": a relative clause of holding, right up to the figure.
_WHICH_HOLDS = re.compile(r",\s(?:which|who)\s(?:now\s|still\s|already\s)?(?:owns?|holds?|controls?)\s[^,;]*$")
#: "Renault owns a ", "BP now holds an ": a name's verb of holding, right up to a stake's figure.
_HOLDER_VERB = re.compile(r"\s(?:(?:now|still|already|also)\s)?(?:owns?|owned|holds?|held|has|had|controls?|"
                          r"retains?|retained)\s(?:(?:a|an|its|their)\s)?(?:(?:about|around|some|nearly|almost|just|"
                          r"over|more\sthan|less\sthan)\s)?")
#: "44% stake", "29.9% shareholding": the figure names a stake.
_STAKE_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?:stake|shareholding|holding|interest)\b")
#: A sentence that lists holders: "The other main shareholders of EADS are ...".
_HOLDERS_LISTED = re.compile(r"\b(?:shareholders?|stakeholders?|owners|stakes?|holdings?)\b")
#: A name and a bracket: "DaimlerChrysler (", "the French government (".
_NAMED_BEFORE_BRACKET = re.compile(r"(?:\s(?:government|state))?\s\(")
#: Kinds of name that can hold a stake: anyone but a place named as a description or a source of news.
_HOLDER_KINDS = (MentionKind.ORG, MentionKind.PERSON, MentionKind.SOURCE, MentionKind.PRODUCT, MentionKind.PLACE)


def holder(sentence: SentenceNames, clause: int, start: int, end: int) -> str | None:
    """The holder of the stake at ``sentence.text[start:end]`` (a percentage), or None when no verb of
    holding ties one to it."""
    text = sentence.text
    if not PERCENTAGE.search(text, start, end):
        return None
    # "15% by its staff", after "The company is 85% owned by the government and": the passive goes on
    after = _HELD_BY.match(text, end) or (_BY.match(text, end) if _OWNED_BY.search(text, 0, start) else None)
    if after is not None:
        agents = [m for m in sentence.mentions if m.start >= after.end() and m.kind in _HOLDER_KINDS]
        if agents and agents[0].start == after.end():
            return _joined(sentence, agents[0], agents)
        described = _DESCRIBED_AGENT.match(text, after.end())
        # "85% owned by the government", "15% by its staff": a holder described, not named
        return described.group(1) if described else None
    if text[end:end + 1] == ")" and text[:start].endswith("(") and _HOLDERS_LISTED.search(text):
        # "The other main shareholders of EADS are the French government (15%) and Germany's
        # DaimlerChrysler (30%)": each holder with its stake in brackets after it
        named = [m for m in sentence.between(0, start) if m.kind in (*_HOLDER_KINDS, MentionKind.NATIONALITY)
                 and _NAMED_BEFORE_BRACKET.fullmatch(text, m.end, start)]
        if named:
            bracketed = named[-1]
            governed = re.match(r"\s(?:government|state)\b", text[bracketed.end:start], re.I)
            is_country = bracketed.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
            return government_of(bracketed.name) if governed and is_country else bracketed.name
    direct = next((m for m in reversed(sentence.between(0, start)) if m.kind in _HOLDER_KINDS
                   and _HOLDER_VERB.fullmatch(text, m.end, start)), None)
    if direct is not None and _STAKE_AFTER.match(text, end):
        # "Nissan - in which Renault owns a 44% stake -": the name right before the verb of holding
        return direct.name
    window = text[max(0, start - 60):start]
    stake_held = _STAKE_HELD.search(window) or _HOLDER_WITH.search(window)
    if not (_HOLDS_BEFORE.search(text[max(0, start - 40):start]) and _PART_OF.match(text, end) or stake_held):
        return None
    relative = _WHO_OWN.search(text, 0, start)
    if relative is not None and not sentence.between(0, start):
        return relative.group(1)  # "the creditors, who now own 99.3% of LG Card": the creditors
    # "The UK-Dutch group will own 30%": a name that only describes "the group" holds nothing itself
    before = [m for m in sentence.between(0, start) if m.kind in _HOLDER_KINDS and not sentence.modifier(m)
              and "-" not in m.text]
    if not before:
        return None
    which = _WHICH_HOLDS.search(text, 0, start)
    antecedents = [m for m in sentence.between(0, start) if which is not None and m.kind in _HOLDER_KINDS
                   and m.end <= which.start() and re.fullmatch(NAME_NOUN, text[m.end:which.start()])]
    if antecedents:
        # "return to the Lagardere group, which owns 30% of EADS": the name the relative clause describes,
        # whatever the sentence's subject
        nearest = antecedents[-1]
        pair = [m for m in before
                if m.end <= nearest.start and re.fullmatch(r"\s(?:and|&)\s", text[m.end:nearest.start])]
        return _joined(sentence, pair[-1] if pair else nearest, before)
    # "JP McManus and John Magnier, who own a 29% stake": the names the relative clause describes;
    # "Yantai State Asset Management Bureau - a government agency - owns 55%": the clause's subject.
    subject = next((m for m in before if m.end <= clause and not sentence.is_object(m)), None) \
        or next((m for m in before if not sentence.is_object(m)), None)
    if stake_held is not None:
        # "Suez owns 40%, while Spain's Aguas de Barcelona is its second biggest shareholder with
        # 25.01%": the name nearest the stake, in its own clause
        comma = text.rfind(",", 0, start)
        subject = next((m for m in reversed(before) if m.start > comma and not sentence.is_object(m)), subject)
    return _joined(sentence, subject, before) if subject is not None else None


def _joined(sentence: SentenceNames, first: Mention, names: list[Mention]) -> str:
    """"JP McManus and John Magnier": two names joined by "and" hold together."""
    later = [m for m in names if m.start > first.end]
    if later and re.fullmatch(r"\s(?:and|&)\s", sentence.text[first.end:later[0].start]):
        return f"{first.name} and {later[0].name}"
    return first.name
