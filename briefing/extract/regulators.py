"""Regulators, courts and their penalties: who pays a fine or a settlement a regulator announces.

"The SEC agreed a deal totalling $375m with Banc of America Capital Management": the regulator is
the sentence's subject, but the money is the company's, named after "with", "on", "against" or
"into". :func:`payer` finds that company for a penalty-like figure whose clause a regulator leads;
the owner finder (:mod:`briefing.extract.owners`) calls it before its general rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.names import Mention, MentionKind

#: Bodies that fine, sue, settle and rule rather than earn: by a word of their name, or by the
#: short forms the press uses.
_REGULATOR_WORDS = re.compile(r"\b(?:Commission|Authority|Regulator|Watchdog|Ombudsman|Tribunal|Court|Courts|"
                              r"Prosecutors?|Attorney General)\b")
_REGULATOR_NAMES = {"SEC", "FSA", "FCA", "FTC", "OFT", "CFTC", "FDA", "EPA", "Ofcom", "Ofgem", "Ofwat", "ACCC", "CMA",
                    "DoJ", "DOJ", "Justice Department", "FCC", "FERC", "NHTSA", "PRA", "Finra", "FINRA", "ASIC",
                    "BaFin", "AMF", "Consob", "SFO", "Serious Fraud Office", "Competition Commission"}
#: Figures a regulator imposes or agrees and someone else pays.
_PENALTY = re.compile(r"\b(?:fine[sd]?|penalt\w*|settle\w*|deal|compensation|damages|restitution|repa\w+|pay\s?back|"
                      r"disgorge\w*|levy|sanction\w*)\b", re.I)
#: Before the one who pays: "a deal with X", "penalties on X", "a case against X", "its probe into X".
_COUNTERPARTY = re.compile(r"\b(?:with|on|against|into|from|ordered|fined|fines|sued|sues|charged|told)\s"
                           r"(?:(?:the|its|US|UK)\s)?(?:[a-z-]+\s){0,2}$")


def is_regulator_name(name: str) -> bool:
    """Whether ``name`` is a regulator's, a court's or prosecutors'."""
    return name in _REGULATOR_NAMES or bool(_REGULATOR_WORDS.search(name))


def is_regulator(mention: Mention) -> bool:
    """Whether ``mention`` names a regulator, a court or prosecutors."""
    return mention.kind in (MentionKind.ORG, MentionKind.SOURCE) and (
        is_regulator_name(mention.name) or mention.text in _REGULATOR_NAMES)


def penalty_like(sentence: str, start: int, end: int, metric: str) -> bool:
    """Whether the figure at ``sentence[start:end]`` is a fine, a settlement or a repayment."""
    return bool(_PENALTY.search(metric) or _PENALTY.search(sentence[max(0, start - 40):end + 40]))


def payer(sentence: str, mentions: Sequence[Mention], start: int) -> Mention | None:
    """The company a regulator's figure is exacted from: the first organisation of the sentence
    that follows "with", "on", "against", "into" or a verb of sanction, and is no regulator."""
    for mention in mentions:
        if mention.kind not in (MentionKind.ORG, MentionKind.PRODUCT) or is_regulator(mention):
            continue
        if _COUNTERPARTY.search(sentence[max(0, mention.start - 40):mention.start]):
            return mention
    return None


def led_by_regulator(sentence: str, mentions: Sequence[Mention], begin: int, start: int, focus: str) -> str:
    """The regulator that is the subject of ``sentence[begin:start]``: the first name there, when it
    is one and no preposition comes before it, or ``focus`` when "it" or "the regulator" opens the
    text and ``focus`` is one; ``""`` otherwise."""
    inside = [m for m in mentions if begin <= m.start < start and m.kind != MentionKind.PERSON]
    if not inside:
        # "In the last two years, it has imposed penalties": a time phrase may open the text
        pronoun = re.match(r"^\W*(?:[^,]{1,40},\s)?(?:[A-Z][a-z]+\s){0,3}?"
                           r"(?:it|the\s(?:regulator|watchdog|court|commission))\b", sentence[begin:start], re.I)
        return focus if pronoun and is_regulator_name(focus) else ""
    if not is_regulator(inside[0]):
        return ""
    before = sentence[begin:inside[0].start].lower().split()
    if before and before[-1] in ("with", "on", "against", "into", "from", "by", "to", "for", "of"):
        return ""
    return inside[0].name
