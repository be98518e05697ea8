"""What a name is: an organisation, a place, a city, a nationality, a person or a source.

:class:`MentionKind` lists the kinds; :class:`NameKinds` classifies a name by the article's
knowledge of it (who its people are, which names it defines or mentions most) and the words around
it ("said Mr Powell", "research firm MDR", "Gartner, the analysts"). :mod:`.mentions` asks it for every name it finds.
"""

from __future__ import annotations

import enum
import re
from collections import Counter

from briefing.extract.lexicon import (
    BUSINESS_NOUNS,
    CITIES,
    DEMONYMS,
    MEDIA,
    ORG_WORDS,
    PERSON_TITLES,
    REGIONS,
    ROLE_WORDS,
    SOURCE_WORDS,
    country_names,
)
from briefing.extract.plausibility import central_bank_economy


class MentionKind(enum.StrEnum):
    ORG = "organisation"
    PLACE = "place"  # a country, region or bloc: it owns economic figures
    CITY = "city"  # a city, market or exchange: where something happened
    NATIONALITY = "nationality"  # "Dutch", "Japanese": stands for its country
    PERSON = "person"
    SOURCE = "source"  # a statistics office, survey firm, research house or news outlet
    PRODUCT = "product"  # a CJK name, a brand: an organisation for our purposes


# A body described as one that states figures about others, right before or after its name.
_SOURCE_DESCRIPTION = re.compile(
    r"\b(?:statistics|statistical|research|survey|polling|pollster|consultancy|consulting|analysts?|"
    r"think[- ]tank|ratings?|market[- ]research|monitoring|data|forecasting|news|information)\s"
    r"(?:body|office|agency|bureau|firm|group|company|house|institute|organisation|organization|service|"
    r"provider|specialist|consultancy|group)?\s?$", re.I)
# "Figures from the Commerce Department showed exports down 2.3%": whoever publishes figures counts
# them, unless it is a central bank, whose rates and lending are its own
_PUBLISHED_BY = re.compile(r"\b(?:figures|data|statistics|numbers|estimates?|forecasts?)\s"
                           r"(?:(?:released|published|compiled|issued|collected)\s)?(?:from|by)\s(?:the\s)?$", re.I)
#: A regional adjective the demonym table lacks ("Californian", "Bavarian", "Texan"), before a lower-case
#: description of a company ("wine company Chalone").
_REGIONAL_ADJECTIVE = re.compile(r"[A-Z][a-z]{3,}(?:ian|ean|an|ese)")
_DESCRIBED_COMPANY = re.compile(r"^\s(?:[a-z-]+\s){0,3}(?:" + "|".join(BUSINESS_NOUNS) + r")\s[A-Z]")
# "CML figures showed gross lending fell by 4%": a trade body or a department whose figures show
# something counts others' figures, as "Figures from the CML" does
_FIGURES_SHOWED = re.compile(r"^\s(?:(?:latest|monthly|quarterly|annual|new|official|separate)\s)?"
                             r"(?:figures|data|statistics|numbers)\s(?:showed|show|shows|suggest|suggests|"
                             r"suggested|revealed|reveal|reveals|indicated|indicate|indicates)\b")
_BODY_WORDS = re.compile(r"\b(?:Council|Association|Federation|Consortium|Society|Societies|Chamber|Confederation|"
                         r"Department|Ministry|Office|Agency|Commission|Board|Bureau)\b")
#: What only a person has, right after a name: "Alex Bell, whose trial at the Old Bailey", "John Sankus, 28,".
_PERSONAL_APPOSITIVE = re.compile(r"^,\s(?:whose\s(?:trial|lawyers?|wife|husband|family|son|daughter|father|mother|"
                                  r"career|arrest|conviction|sentence)\b|aged\s\d|\d{2},)")
#: An appositive that describes a company (", Europe's fifth-largest reinsurance firm,"), headed by its noun,
#: makes the name before it no person's ("a spokeswoman for Hanover Re"); ", the firm's chief executive" does not.
_COMPANY_APPOSITIVE = re.compile(rf",\s(?:a|an|the|[A-Z][\w.&-]*(?:'s|\u2019s))\s(?:[\w'-]+\s){{0,4}}?"
                                 rf"(?:{'|'.join(BUSINESS_NOUNS)})(?:,|\.|\s(?:that|which|with|based|in|and)\b)")
_STATISTICS_BODY = re.compile(r"\b(?:Statistics|Statistical|Statistic|Census)\b")
_SOURCE_AFTER = re.compile(r"^,\s(?:the|a|an)\s(?:[\w-]+\s){0,3}(?:research|analyst|consultancy|statistics|"
                           r"polling|survey|think[- ]tank|ratings|data)", re.I)
_TITLE_IN_NAME = re.compile(r"\b(?:Minister|Secretary|Chairman|Chairwoman|President|Director|Governor|Commissioner|"
                            r"Chancellor|Spokesman|Spokeswoman|Ambassador|Mayor|Premier)\b")


#: Stock indices name where shares traded ("shares on the Nasdaq"), unless the index itself moves.
_STOCK_INDICES = {"Nikkei", "FTSE", "Dow Jones", "Nasdaq", "Dax", "Cac", "Hang Seng", "Sensex", "ISEQ", "S&P"}
#: "the FTSE 100's 0.3% decline": an index's possessive right before a figure, its own move.
_INDEX_OWN_FIGURE = re.compile(r"^(?:\s\d+)?(?:'s|\u2019s)\s[\d.]+\s?%")
_INDEX_MOVES = re.compile(r"^\s(?:\d+\s)?(?:(?:industrial|composite|all-share|benchmark|technology|tech)\s)?"
                          r"(?:(?:share\s|stock\s)?index\b|average\b|(?:rose|fell|gained|lost|closed|"
                          r"ended|added|dropped|slipped|climbed|jumped|edged|finished|down|up|slid|tumbled|surged|"
                          r"rallied|advanced|declined|was\s(?:up|down)|is\s(?:up|down))\b)")


class NameKinds:
    """The kind of each name, by the article's ``headline``, ``people``, ``aliases`` and ``counts``, and
    the names of companies named after a titled person (``titled_companies``).

    ``aliases`` and ``counts`` are the article's own, shared: they grow while the article is read,
    and a name's kind follows what is known of it so far."""

    def __init__(self, headline: str, people: set[str], aliases: dict[str, str], counts: Counter[str],
                 titled_companies: frozenset[str] | set[str] = frozenset()) -> None:
        self._headline = headline
        self._people = people
        self._titled_companies = titled_companies  # "drugmaker Dr Reddy's": "Reddy" names a company
        self._aliases = aliases
        self._counts = counts

    def kind(self, sentence: str, start: int, end: int, name: str) -> MentionKind:
        """The kind of ``name``, written at ``sentence[start:end]``."""
        before, after = sentence[max(0, start - 40):start], sentence[end:end + 40]
        first = name.split()[0]
        if name in _STOCK_INDICES and (_INDEX_MOVES.match(after) or _INDEX_OWN_FIGURE.match(after)):
            return MentionKind.ORG  # "the Nikkei 225 index ended up 0.7%": the index's own move
        if name in DEMONYMS or (first in DEMONYMS and len(name.split()) == 1):
            return MentionKind.NATIONALITY
        if "-" in name and all(part in DEMONYMS or part + "n" in DEMONYMS or part in country_names()
                               or part in ("Franco", "Anglo", "Sino", "Indo", "Euro", "Afro", "Russo", "Italo")
                               for part in name.split("-")):
            return MentionKind.PERSON  # "Franco-German", "US-German": of two countries, owned by neither
        if _REGIONAL_ADJECTIVE.fullmatch(name) and _DESCRIBED_COMPANY.match(after) and self._counts.get(name, 0) <= 1:
            return MentionKind.PERSON  # "Californian wine company Chalone": where the company is from, no owner
        if name in MEDIA and not self._in_headline(name):
            return MentionKind.SOURCE  # "the Sunday Telegraph reported"; in "Telegraph axes jobs" a company
        if name in country_names() or name in REGIONS:
            return MentionKind.PLACE
        if name in CITIES:
            return MentionKind.CITY
        if not _COMPANY_APPOSITIVE.match(sentence, end) and self._is_person(name, before, after) \
                or _TITLE_IN_NAME.search(name):
            return MentionKind.PERSON  # "Jean-Pierre Garnier", "State Minister for National Development Planning"
        if SOURCE_WORDS.search(name) and not ORG_WORDS.search(name.split()[-1]) or _STATISTICS_BODY.search(name):
            return MentionKind.SOURCE  # "Federal Statistics Office", "Census Bureau": they count others' figures
        if _SOURCE_DESCRIPTION.search(before) or _SOURCE_AFTER.match(after) \
                or _PUBLISHED_BY.search(before) and not central_bank_economy(name) \
                or _FIGURES_SHOWED.match(after) and _BODY_WORDS.search(self._aliases.get(name, name)):
            return MentionKind.SOURCE  # "state statistics body INSEE", "research firm MDR", "Gartner, the analysts"
        return MentionKind.ORG

    def _in_headline(self, name: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self._headline) is not None

    def _is_person(self, name: str, before: str, after: str) -> bool:
        words = name.split()
        if ORG_WORDS.search(words[-1]) or name in self._aliases or name in self._aliases.values() \
                or name in self._counts and self._counts[name] > 2 and words[-1] not in self._people:
            return False
        if words[-1] in self._people or (len(words) == 1 and name in self._people):
            return True
        if re.search(rf"\b(?:{'|'.join(PERSON_TITLES)})\.?\s$", before):
            return words[-1] not in self._titled_companies
        # "Jean-Pierre Garnier", "Mike Powell": two or three words written like a person's name.
        personal = 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|"
                                                             r"[A-Z][a-z]*[A-Z][a-z]+", w) for w in words)
        if not personal:
            return False
        role_after = re.match(r"^,\s[^,.;]{0,50}", after)
        return bool(ROLE_WORDS.search(before[-30:]) or (role_after and ROLE_WORDS.search(role_after.group()))
                    or re.search(r"\b(?:said|says|told|according to|by)\s$", before)
                    or re.match(r"^,?\s(?:said|says|told|added|explained|argued|warned|who)\b", after)
                    or _PERSONAL_APPOSITIVE.match(after))
