"""Whose figure it is: the owner a sentence gives a figure, who states it, and how sure we are.

:class:`OwnerFinder` reads an article's sentences in order (so "it" and "the company" can be
resolved) and, for a figure at a position of the current sentence, returns an :class:`Owner`. The
rules are general ones over clauses (:mod:`briefing.extract.clauses`), tried in this order:

1. a share of a described group ("70% of those asked", "Of the companies surveyed, 30% ...": that
   group's, see :mod:`briefing.extract.groups`); a stake its holder holds ("McManus and Magnier, who
   own a 29% stake", "12% will be retained by the city government", see
   :mod:`briefing.extract.holders`); a name bound to the figure's measure: a possessive
   ("BA's profits"; "its sales", "the firm's shares" -> the entity in focus), "sales at GM", "shares
   in Northwind", "Toyota sales", an economy's measure ("Japanese growth", "unemployment in
   France"), "80% of Ethiopians" as a subject, or after the figure "a 40% drop in profits at BA";
2. the subject of the figure's clause: its first organisation (a country or nationality only
   for an economy's figures); "it" or "the company" is the entity in focus; a clause that starts
   with its verb ("..., but fell 3% next year") shares the subject of the clause before it,
   relative clauses ("which is building ...") aside; a modifier ("the Australian firm", "the
   Jacksonville-based firm") describes the entity in focus;
3. a speaker: in "GM said sales fell 9%" the speaker owns the figure when the article is about
   it; a statistics office, a survey, an analyst or the press ("according to the OECD") is its
   *source*, and the owner is what the statement is about;
4. a subject without a name ("Tube workers walked out demanding a 53% rise"): those words;
5. otherwise the entity in focus (the last organisation or country a sentence was about, else
   the article's main one).

Owners from rules 1 to 3 are certain; from 4 and 5 they are a guess (``certain`` false, with the
``reason``), and such a figure is listed but never charted.

Two measures are then given to who they belong to, whoever the sentence names: interest rates, in an
article about one central bank, are that bank's; house prices are a country's housing market's, and
the lender whose index measures them is their source. An economy's figure that the rules give to an
organisation ("The economy grew 3.7%", in an article about the Fed) is the economy's
(:meth:`OwnerFinder.economy_at`), still unsure.

Where each part lives: :class:`OwnerFinder` (here) tries the rules in this order, after two kinds
of sentence whose grammar would mislead them (a thing sold to pay a debt; a regulator's penalty,
see :mod:`briefing.extract.regulators`). Rule 1 is :class:`~briefing.extract.bound_names.BoundNames`;
rules 2 and 3, and who states a figure, are :class:`~briefing.extract.clause_owners.ClauseOwners`;
the entity in focus of rule 5 (and "it", "the firm") is :class:`~briefing.extract.focus.Focus`;
where a name stands in its sentence (subject, object, aside) is
:class:`~briefing.extract.sentence_names.SentenceNames`; the words several rules share are in
:mod:`briefing.extract.owner_patterns`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.extract.bound_names import BoundNames, product_change_market
from briefing.extract.clause_owners import CLAIMS_THAT, OWN_MEASURE, ClauseOwners
from briefing.extract.clauses import Clause, clauses_before, has_verb, noun_phrase_subject, reporting_noun
from briefing.extract.focus import PART_OF_PLACE, Focus, Owner
from briefing.extract.groups import group_share, in_place, part_of_whole, place_of_people, respondents
from briefing.extract.holders import holder
from briefing.extract.lexicon import BUSINESS_NOUNS, COMPANY_NOUNS, DEMONYMS, UK_PARTS, country_names
from briefing.extract.metrics import TAKEN_OFF
from briefing.extract.names import MentionKind
from briefing.extract.owner_patterns import (
    COMPANY_MEASURE,
    DESCRIPTION,
    ECONOMY_ONLY,
    MEASURE_NOUNS,
    PERCENTAGE,
    PRICED_AFTER,
    STATE_PAYS,
    TIME_OPENER,
    VERBS,
)
from briefing.extract.plausibility import (
    ECONOMY_MEASURES,
    ORGANISATION_FOR_ECONOMY,
    PLACE_FOR_COMPANY,
    POLICY_RATE,
    SURVEY_SHARE,
    central_bank_economy,
    central_bank_of,
    government_of,
    implausible_owner,
    is_central_bank,
    is_place,
    measure_base,
    rate_setter,
    reports_survey,
)
from briefing.extract.regulators import is_regulator_name, led_by_regulator, payer, penalty_like
from briefing.model.types import Article
from briefing.model.units import is_money

__all__ = ["Owner", "OwnerFinder"]

_PASSIVE_PURPOSE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s(?:\w+ly\s)?(?:sold|auctioned|bought|seized|taken|transferred|"
    r"liquidated|disposed of|offered|floated|broken up)\s(?:[\w,-]+\s){0,4}?to\s"
    r"(?:help\s)?(?:pay|repay|cover|settle|fund|finance|meet|clear|raise)(?:\s(?:off|back|for|down))?\s"
    r"(?:[\w-]+\s){0,2}$")
_PEOPLE_SUBJECT = re.compile(r"\W*(?:(?:the|its|their)\s)?(?:[A-Za-z-]+\s)?(?:people|men|women|workers|youths?|"
                             r"graduates|households|families|children|pensioners|farmers|teenagers|adults)\b", re.I)
_THE_GOVERNMENT = re.compile(r"\bthe\s(?:[a-z]+\s)?government\b")
_ECONOMY_SENTENCE = re.compile(r"\b(?:economy(?!\s(?:fares?|class|seats?|tickets?|cabins?))|economies|economic|GDP)\b",
                               re.I)
#: An active reporting verb and the statement after it ("showed that", "say"); "estimated at 92%",
#: "is predicted to" and "an estimate of" state nothing of their own.
_SAID_THAT = re.compile(rf"\b(?:{VERBS})\s(?!(?:at|to|by|of|as|for)\b)(?:that\s)?")
#: What a deal would make, and the measures it would have: "would create the world's biggest bank with
#: assets of", "would create a global player with ... revenues of".
_CREATED = re.compile(r"\b(?:create|creating|form|forming)\s(?:an?|the)\s((?:[\w'\u2019-]+\s){0,3}?[a-z]+)\s"
                      r"(?:with|worth|valued)\b[^.;]*$")
#: A company that something helped or let act, described rather than named: "helped the world's fifth
#: largest carmaker boost net income".
_HELPED_DESCRIPTION = re.compile(rf"\b(?:help(?:ed|s|ing)?|allow(?:ed|s|ing)?|enabl(?:ed|es|ing)|lets?)\s"
                                 rf"(the\s(?:[\w'\u2019,-]+\s){{0,3}}?(?:{'|'.join(BUSINESS_NOUNS)}))\s(?:to\s)?[a-z]+")
#: A clause that is only a name joined to the one before it: "and the Caribbean reached".
_JOINED_NAME = re.compile(r"\s*(?:and|or)\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s(?!and\b|or\b)[a-z]")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|an?|the)\s(?:\w+ly\s)?$", re.I)
#: The people a survey asked, named as no more than that ("those asked", "people surveyed").
_ANYONE_ASKED = re.compile(r"(?:those|people|respondents|adults)(?:\s(?:asked|questioned|surveyed|polled|interviewed))?"
                           r"(?=\sin\s|$)")
def _clause_end(text: str, start: int) -> int:
    """Where the clause holding ``start`` ends: the next comma, semicolon or full stop."""
    found = re.compile(r"[,;.]\s").search(text, start)
    return found.start() if found else len(text)


#: A thing without a name that costs the amount: "although some ink for printers now costs more than £2".
_PRICED_WORD = (r"(?!(?:although|though|while|but|and|because|that|it|they|this|these|which|who|could|would|will|can|"
                r"may|might|should|also|is|was|are|were|has|have|had|to)\b)[a-z-]+")
_PRICED_THING = re.compile(r"(?:^|\b(?:that|although|though|while|but|and|because)\s)(?:(?:the|a|an|some|each|every|"
                           rf"one)\s)?((?:{_PRICED_WORD}\s){{0,2}}{_PRICED_WORD}(?:\s(?:for|of|in)\s(?:[a-z-]+\s)?[a-z-]+)?)\s"
                           r"(?:now\s|still\s|already\s|"
                           r"typically\s|usually\s)?(?:costs?|sells\sfor|retails\sat|(?:is|was|are|were)\spriced\sat|"
                           # "the global trade in pirated wares is worth more than 200bn euros": what it is worth
                           r"(?:is|was|are|were)\s(?:now\s|still\s)?(?:worth|valued\sat))\s"
                           r"(?:(?:more|less)\sthan\s|about\s|around\s|up\sto\s|just\s|only\s|as\slittle\sas\s)?$")
#: A speaker's own thing as the subject: "My telephone supplier did not inform me that my monthly bill had
#: risen from its normal £3", "If my bill goes over the usual £50": the thing, not the company in focus.
_NOT_AUXILIARY = r"(?!(?:had|has|have|was|is|would|will)\b)[a-z-]+"
_FIRST_PERSONS = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s((?:{_NOT_AUXILIARY}\s){{0,2}}{_NOT_AUXILIARY})\s"
                            r"(?:(?:had|has|have|was|is|would|will)\s)?"
                            r"(?:[a-z]{3,}ed|goes|went|rose|fell|risen|gone|came|come|costs?|hit)\b")
#: Words of a survey and its findings: a sentence without them reports no survey's share.
_SURVEY_WORDS = re.compile(rf"\b(?:{VERBS}|survey\w*|poll\w*|stud(?:y|ies)|research|found|finds|showed|shows|asked|"
                           r"questioned|interviewed|respondents|according)\b", re.I)
#: A market described by an aside that opens with the figure: "the global capital market - currently $30
#: trillion and rising", "the UK games industry - worth about"
_DESCRIBED_BY_ASIDE = re.compile(r"\b[Tt]he\s((?:[a-z-]+\s){0,3}(?:market|industry|sector|economy|trade))\s"
                                 r"[-\u2013\u2014]\s(?:(?:currently|now|already|still|worth|valued\sat|about|around|"
                                 r"some|nearly|almost|roughly|more\sthan|over|at)\s)*$")
#: "personal debt - which is rising at 15% a year -": a thing without a name that a dashed relative
#: clause gives the figure of.
_ASIDE_WHICH = re.compile(r"\b((?:(?!(?:by|of|the|a|an|in|on|for|to|from|with|its|their|and|or|that)\b)[a-z-]+\s){0,2}"
                          r"(?!(?:by|of|the|a|an|in|on|for|to|from|with|its|their|and|or|that)\b)[a-z-]+)"
                          r"\s[-\u2013\u2014]\s(?:which|that)\s(?:is|are|was|were|has|have|had)\s(?:been\s)?"
                          r"(?:[a-z]+ing|[a-z]+ed|worth|now|currently)\s(?:(?:at|by|to|from|around|about|some|nearly|"
                          r"almost|more\sthan|over|an\sestimated)\s)*$")
#: "The firm's creditors - which own 99% of": holders an aside says hold the figure's stake.
_HOLDERS_WHICH = re.compile(r"\b(?:[Tt]he\s|[Ii]ts\s)?(?:([A-Za-z][\w&-]*)(?:'s|\u2019s)\s)?((?:[a-z-]+\s)?(?:"
                            r"creditors|"
                            r"shareholders|investors|bondholders|banks|lenders|members|employees|staff|founders|owners|"
                            r"family))\s?(?:[-\u2013\u2014]|,)\s(?:which|who)\s(?:together\s|now\s|already\s|jointly\s)?"
                            r"(?:own|owns|hold|holds|control|controls)\s(?:(?:about|around|nearly|almost|some|more\sthan|"
                            r"just\sover|just\sunder)\s)?$")
#: "almost twice the national minimum wage of $5.15": the thing a figure is compared with, and its amount.
_COMPARED_THING = re.compile(r"\b(?:twice|thrice|times|than|above|below|compared\s(?:with|to)|versus)\s(?:the|a|an)\s"
                             r"((?:[a-z-]+\s){0,3}[a-z-]+)\sof\s(?:(?:about|around|some|nearly|almost|just|only)\s)?$")

#: A sentence about the figure the one before it gave: "The figure was 30% more than in 2003",
#: "Nonetheless, the figures represent less than 1% of India's exports".
_THE_FIGURE = re.compile(r"\W*(?:[A-Z][^,.]{0,40},\s|"
                         # "In 2003 the figure was 29%", "Now the figure is 14%": a time before it, no comma
                         + TIME_OPENER.pattern + r")?"
                         r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s(?:latest\s)?figures?\s(?!of\b)|"
                         # "That was 26% more than in December 2003", "For the last three years, that has gone up"
                         r"(?:[Tt]hat|[Tt]his)\s(?:(?:figure|number|total)\s)?(?:was|is|has|had|represents|"
                         r"compares|means|marks)\b)")
#: Nothing but hedges before a figure: "About", "Only", "A further".
_HEDGES_ONLY = re.compile(r"\W*(?:(?:and|but|while)\s)?(?:(?:about|around|nearly|almost|some|roughly|over|just|only|"
                          r"barely|more\sthan|less\sthan|a\sfurther|another)\s)*", re.I)
#: A verb right after a percentage that is the subject of its clause: "About 70% were using".
_SUBJECT_VERB = re.compile(r"\s(?:were|are|was|is|had|have|has|said|say|says|wanted|want|wants|would|will|could|"
                           r"thought|think|believed|believe|did|do|does|used|use|preferred|prefer|expected|expect|"
                           # "Only 11% regarded themselves as savvy": any verb in the past
                           r"[a-z]{3,}ed)\b")
_OPENING_ADVERB = re.compile(r"(?:[A-Z][a-z]+ly|However|Meanwhile|Overall|Still|Yet|Now|Elsewhere),\s")
_SPEAKER_ONLY = re.compile(rf"^\s*(?:the\s|a\s)?[^,;]{{1,60}}?\s(?:{VERBS})\s*[,;]?\s*$")
#: Legislatures and their countries: they debate and vote budgets, which are their governments'.
_LEGISLATURES = {"Congress": "US", "US Congress": "US", "Senate": "US", "US Senate": "US",
                 "House of Representatives": "US", "Duma": "Russia", "State Duma": "Russia", "Bundestag": "Germany",
                 "Knesset": "Israel", "National People's Congress": "China", "Lok Sabha": "India"}
#: A role set off by commas: ", maker of the well-known Kingfisher lager brand,", ", owner of Liffe,",
#: ", China's biggest lender,".
_APPOSITIVE = re.compile(r"^\s*(?:(?:(?:the|a|an)\s)?(?:[a-z-]+\s)?(?:maker|makers|owner|owners|parent|operator|"
                         r"publisher|producer|home|part|member|unit|subsidiary|division|arm|rival|brewer|manufacturer|"
                         r"supplier|distributor|seller|provider|creator|developer)\sof\s[^,;]*|"
                         rf"[A-Z][\w.-]*(?:'s|\u2019s)\s(?:[a-z-]+\s){{0,3}}(?:{'|'.join(COMPANY_NOUNS)}))\s*,?\s*$")


class OwnerFinder:
    """Owners of figures, one sentence at a time (see the module docstring for the rules)."""

    def __init__(self, article: Article) -> None:
        self._focus = Focus(article)
        self.names = self._focus.names
        self._bound_names = BoundNames(self._focus, article)
        self._clause_owners = ClauseOwners(self._focus)
        self._rate_setter = rate_setter(self.names.counts)
        body = " ".join(article.paragraphs())
        self._survey = reports_survey(f"{article.title} {article.subtitle} {body}")
        headline_mentions = self.names.headline_mentions(f"{article.title} {article.subtitle}")
        self._headline_places = [m.name for m in headline_mentions
                                 if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
        self._headline_names = {m.name for m in headline_mentions}
        # "Only 7% wanted a player that could handle games", in an article about a survey of Europeans:
        # the place of the people its groups are, when it names one
        self._people_place = place_of_people(self._headline_places, self.names.places,
                                             self.names.most_places_together, body)
        self._respondents = respondents(body)

    @property
    def focus(self) -> str:
        """The entity the article is talking about at this sentence."""
        return self._focus.entity

    def _sibling(self, name: str) -> str:
        """Another organisation the article names about as often as ``name`` whose name starts with
        the same word ("LG Card" and "LG Group"): a parent and its unit, which "the firm" may be either of."""
        counts = self.names.counts
        first = name.split()[0] if " " in name and name in counts else ""
        if not first or first in country_names() or first in DEMONYMS or is_place(name):
            return ""  # "US light crude" and "US Federal Reserve" share a country, not a parent
        return next((other for other in counts if other != name and other.split()[0] == first and " " in other
                     and counts[other] * 2 >= counts[name]), "")

    def company_before(self, start: int) -> bool:
        """Whether this sentence names a company, or refers to one, before ``start`` ("Wal-Mart said
        its sales rose 4%", "the chain's sales"): whose bare "sales" they are."""
        sentence = self._focus.sentence
        return any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT) and not is_central_bank(m.name)
                   for m in sentence.between(0, start)) \
            or _COMPANY_REFERENCE.search(sentence.text[:start]) is not None

    def reassign(self, old: str, new: str) -> None:
        """A figure of this sentence given to ``old`` is ``new``'s after all: the focus follows."""
        self._focus.reassign(old, new)

    def start_sentence(self, sentence: str, headline: bool = False) -> None:
        """Move on to ``sentence``; what the last one was about becomes the entity in focus. A
        headline capitalises every word, so only names the body also uses count in it."""
        self._focus.start_sentence(sentence, headline)

    def owner_at(self, start: int, end: int, metric: str = "") -> Owner:
        """The owner of the figure at ``sentence[start:end]`` whose measure is ``metric``."""
        focus = self._focus
        owner = self._owner(start, end, metric)
        listed = self._respectively(start)
        if listed:
            # "prices in the South East and London fell by 1.6% and 0.5% respectively"
            owner = Owner(listed, source=owner.source if owner.source != listed else "", bound=True)
        if owner.name:
            owner = replace(owner, name=self._bound_names.commodity_where(owner.name, end))
        if owner.name in focus.pair and re.search(r"\b(?:[Tt]heir|[Tt]hey|[Bb]oth)\b", focus.sentence.text[:start]):
            # "Neither Ask Jeeves nor Doubleclick thrilled investors. In both cases, their shares fell 4%"
            owner = replace(owner, name=" and ".join(focus.pair))
        focus.placed.append((start, owner))
        if owner.certain and not owner.bound and self.names.counts.get(owner.name) == 1 and owner.name != focus.main \
                and owner.name not in self.names.headline and not focus.sentence.bound(owner.name, start):
            # A company named once, as the subject of one sentence, is more often a bystander
            # ("Advisors Goldman Sachs valued ...") than whose figure it is: say so.
            owner = Owner(owner.name, False, "owner unclear: named only once", owner.source)
        if owner.certain and focus.trades_with(owner.name) and owner.name != focus.main and is_place(focus.main) \
                and _TRADE_MEASURE.match(measure_base(metric)):
            # "EU exports rose 2%", in an article about the UK's trade with the EU: the EU's own exports,
            # or the UK's exports to it
            owner = replace(owner, certain=False, reason=f"owner unclear: {owner.name} trades with {focus.main}")
        # "LG card's creditors fear ... the firm, which owes about $12.05bn": a name written only by the word
        # it shares with its sibling ("LG") names neither for sure
        sibling = self._sibling(owner.name) if owner.certain and not any(
            m.name == owner.name and re.sub(r"(?:'s|\u2019s|')$", "", m.text) != owner.name.split()[0]
            for m in focus.sentence.mentions) else ""
        if sibling:
            # "The firm avoided bankruptcy thanks to a $4.5bn bail-out", in an article about LG Card and
            # its former parent LG Group: "the firm" may be either
            owner = replace(owner, certain=False, reason=f"owner unclear: may be {sibling}")
        if not owner.group:
            focus.remember(owner)
        if measure_base(metric) == "interest rate":
            owner = self._rate_decision(owner, start)
        text = focus.sentence.text
        # "mortgage lending, which makes up 45% of its loans": a company's own lending, not the market's
        own = re.search(r"\b(?:its|their)\s(?:own\s)?(?:[\w-]+\s)?(?:loans|lending|mortgages|book|portfolio)\b",
                        text[clauses_before(text, start)[0].begin:_clause_end(text, end)]) is not None \
            and owner.name in self.names.counts
        if measure_base(metric) in _MARKET_OF and not own:
            owner = self._housing_market(owner, start, _MARKET_OF[measure_base(metric)])
        if owner.certain and is_place(owner.name) and not owner.bound and self._part_of_place(start):
            # "In the region today the unemployment rate is 12%, in some areas it is 15%": a part of it
            owner = replace(owner, certain=False, reason=f"owner unclear: a part of {owner.name}")
        if owner.certain and not owner.bound and self._people_act(owner.name, start):
            owner = replace(owner, certain=False, reason="owner unclear: its people act on the money, not for it")
        if owner.name and not is_place(owner.name):
            owner = replace(owner, name=self._division_of(owner.name, start))
        person = self._persons_own(start, end, metric) if not owner.bound else None
        if person is not None:
            return person
        if owner.certain and owner.name and measure_base(metric) == "stake" and not owner.group \
                and not self._in_headline(owner.name) and not self._holds(owner.name, start):
            # "Nissan - in which Renault owns a 44% stake -", "The company is 85% owned by the
            # government", "buy a further 20%": who holds a stake and in whom is easily read the wrong
            # way round; sure only of a holder the headline names or that holds it in so many words
            owner = replace(owner, certain=False, reason="owner unclear: the holder or the company held")
        return self._unnamed(owner, start, metric) if not owner.name else owner

    def _respectively(self, start: int) -> str:
        """The name, of a list of as many names before a list of figures, in the same place as the
        figure at ``start`` in its list, when the sentence says "respectively": "In the North West and
        Yorkshire and the Humber, Halifax said prices rose by 3% and 1.2% in the two regions
        respectively"; "" otherwise."""
        sentence = self._focus.sentence
        text = sentence.text
        said = _RESPECTIVELY.search(text, start)
        if said is None:
            return ""
        figures = list(_LISTED_FIGURE.finditer(text, 0, said.start()))
        run: list[re.Match[str]] = []
        for figure in figures:  # the figures joined by "and" or commas that hold the one at ``start``
            if run and not _LIST_JOINER.fullmatch(text, run[-1].end(), figure.start()):
                if run[0].start() <= start < run[-1].end():
                    break
                run = []
            run.append(figure)
        at = [i for i, figure in enumerate(run) if figure.start() <= start < figure.end()]
        if len(run) < 2 or not at:
            return ""
        names = [m for m in sentence.between(0, run[0].start()) if m.can_own or m.kind == MentionKind.CITY]
        for last in range(len(names), len(run) - 1, -1):
            group = names[last - len(run):last]
            places = {m.kind in (MentionKind.PLACE, MentionKind.CITY, MentionKind.NATIONALITY) for m in group}
            if len(places) == 1 and all(_NAME_JOINER.fullmatch(text, a.end, b.start) for a, b in zip(group, group[1:])):
                return group[at[0]].name
        return ""

    def _with_place_joined(self, place: str, start: int) -> str:
        """``place``, or it and the place joined to it by "and" right before it: "The average house
        price in England and Wales was £182,920" is of both together."""
        sentence = self._focus.sentence
        places = [m for m in sentence.between(0, start) if m.kind == MentionKind.PLACE]
        for first, second in zip(places, places[1:]):
            if second.name == place and re.fullmatch(r"\s(?:and|&)\s", sentence.text[first.end:second.start]):
                return f"{first.name} and {second.name}"
        return place

    def _in_headline(self, name: str) -> bool:
        """Whether the headline names ``name``, by any of its spellings or its first word ("S&N
        extends Indian beer venture" names Scottish and Newcastle)."""
        if name in self._headline_names:
            return True
        spellings = {name, name.split()[0], *(short for short, long in self.names.aliases.items() if long == name)}
        return any((len(word) > 2 or word.isupper()) and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])",
                                                                   self.names.headline)
                   for word in spellings)

    def _holds(self, name: str, start: int) -> bool:
        """Whether the sentence has ``name`` hold, buy or sell the stake at ``start`` as its subject:
        "BLB holds a 22% stake", "Mr Glazer and his family hold a stake of 28.1%"."""
        sentence = self._focus.sentence
        text = sentence.text
        # "JP McManus and John Magnier, who own a 29% stake": the last of two holders named together
        last = name.split(" and ")[-1]
        if any(m.name in (name, last) and _HOLDS_STAKE.fullmatch(text, m.end, start)
               for m in sentence.between(0, start)):
            return True
        # "cut Turkcell's stake in a new mobile network from 70% to 49%", "its stake would be reduced to
        # less than 50%": the stake is said to be the holder's
        clause = clauses_before(text, start)[0].begin
        return any(m.name == name and _POSSESSIVE_STAKE.match(text, m.end) for m in sentence.between(0, start)) \
            or re.search(r"\b(?:[Ii]ts|[Tt]heir)\s(?:[\w-]+\s)?stake\b", text[clause:start]) is not None

    def _persons_own(self, start: int, end: int, metric: str) -> Owner | None:
        """A person's own money or share, said with "his" or "her", or with "he" or "she" as the one
        who pays: "Mr Murray agreed to buy BSkyB's holding - taking his stake to 42.3%", "Mr Murray said
        he expected to pay £1.53m", "Mr Ghosn will devote 40% of his time". A company's results are
        never a person's ("he said its profits rose 5%"); the person named in the sentence is sure,
        one named before it is not."""
        sentence = self._focus.sentence
        text = sentence.text
        if _RESULT_MEASURE.match(measure_base(metric)):
            return None
        begin = clauses_before(text, start)[0].begin
        pronoun = _HIS_MEASURE.search(text, max(begin, start - 40), start) \
            or _HE_PAYS.search(text, max(begin, start - 60), start) \
            or (_HIS_BEFORE.search(text, max(begin, start - 30), start) if _HOLDING_AFTER.match(text, end) else None)
        after = _OF_HIS.match(text, end)
        if after is None and (pronoun is None or any(m.can_own for m in sentence.between(pronoun.end(), start))):
            return None
        at = pronoun.start() if pronoun is not None else start
        persons = [m for m in sentence.between(0, at) if m.kind == MentionKind.PERSON]
        if persons and measure_base(metric) == "share price":
            # "he expected to pay a maximum of £1.53m for the remaining shares": a person's money, read
            # as a share price, which no person has
            return Owner(self._focus.person_named(persons[-1].name), False,
                         "owner unclear: a person has no share price")
        if persons:
            return Owner(self._focus.person_named(persons[-1].name))
        if self._focus.person and not any(m.can_own for m in sentence.between(0, at)):
            return Owner(self._focus.person, False, "owner unclear: the person the sentence before named")
        return None

    def _place_in_clause(self, begin: int, start: int) -> str:
        """The one place the figure's clause names after "in" or "across" ("sales of new homes in the
        US fell 12%", "dropped by 43% in Europe"), when it names no organisation; else ""."""
        sentence = self._focus.sentence
        end = _clause_end(sentence.text, start)
        named = sentence.between(begin, end)
        if any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT) for m in named):
            return ""
        places = {m.name for m in named if m.kind == MentionKind.PLACE
                  and re.search(r"\b(?:in|across)\s(?:the\s)?$", sentence.text[max(0, m.start - 12):m.start])}
        return places.pop() if len(places) == 1 else ""

    def _people_act(self, name: str, start: int) -> bool:
        """Whether the clause's subject is ``name``'s people rather than ``name`` and states nothing:
        "Commission officials are to look at Rome's provision of a 400m euro loan" (but "Toyota
        executives said sales rose 5%" is Toyota speaking)."""
        text = self._focus.sentence.text
        clause = clauses_before(text, start)[0].begin
        people = re.compile(rf"\b{re.escape(name)}\s(?:officials|inspectors|investigators|regulators|lawyers|"
                            r"negotiators|officers|auditors)\b").search(text, clause, start)
        return people is not None and not _SAID_THAT.search(text, people.end(), start)

    def _division_of(self, company: str, start: int) -> str:
        """``company``, or the part of it the figure's clause is about: "its film division saw profits
        slump 27%" -> "Time Warner film division"; "Yukos unit fetches $9bn" -> "Yukos unit"."""
        text = self._focus.sentence.text
        clause = clauses_before(text, start)[0].begin
        spellings = {company, *(short for short, long in self.names.aliases.items() if long == company)}
        names = "|".join(re.escape(name) for name in sorted(spellings, key=len, reverse=True))
        parts = list(re.compile(rf"(?:\b(?:{names})(?:'s|\u2019s|')?|\b[Ii]ts)\s((?:[a-zA-Z-]+\s){{0,2}}?)"
                                rf"({_PART_NOUNS})\b").finditer(text, clause, start))
        if not parts:
            return company
        words = parts[-1].group(1).strip()
        if parts[-1].group(2) in ("business", "operations") and not words \
                or any(word.lower() in _NOT_PART_WORDS for word in words.split()):
            return company  # "its business grew", "its own unit": the company itself
        return " ".join(w for w in (company, words, parts[-1].group(2)) if w)

    def _part_of_place(self, start: int) -> bool:
        """Whether the figure's clause speaks of a part of a place ("the region", "some areas")."""
        text = self._focus.sentence.text
        return PART_OF_PLACE.search(text, clauses_before(text, start)[0].begin, start) is not None

    def _government_named(self, place: str, start: int) -> bool:
        """Whether the sentence names ``place``'s government before ``start`` as such ("the French
        government", "Britain's government", "the government of Nigeria")."""
        text = self._focus.sentence.text
        for mention in self._focus.sentence.mentions:
            if mention.name != place or mention.end > start:
                continue
            if re.match(r"(?:'s|\u2019s)?\s(?:[a-z]+\s)?government\b", text[mention.end:]) \
                    or re.search(r"\bgovernment\sof\s(?:the\s)?$", text[:mention.start]):
                return True
        return False

    def _unnamed(self, owner: Owner, start: int, metric: str) -> Owner:
        """An owner the rules left without a name: an economy's measure is the economy the article is
        about ("Sound distribution could cut poverty levels to 36%, the government believes"), money
        "the government" states is that country's government's ("24.2 trillion pesos is earmarked
        for subsidies, the government department said"), both unsure; and a figure of no one is no
        certain claim ("Acme Widgets said its sales rose 4%", where the names read a person)."""
        economy = _is_economy_measure(metric)
        government = _THE_GOVERNMENT.search(self._focus.sentence.text) is not None
        # "Spending on health will rise by 9.4%", in an article about a country's budget: the country's
        about_a_place = self._focus.main not in self.names.counts
        place = self.economy_at(start) if economy or government or about_a_place else ""
        if not place:
            # "even in Sri Lanka, more comprehensively affected, the main index has lost only 5%": the
            # place the sentence puts the unnamed subject in
            # "a 22% uplift in card-not-present fraud here in the UK": or the place its clause names after it
            sentence = self._focus.sentence
            after = sentence.between(start, _clause_end(sentence.text, start))
            places = [*reversed(sentence.between(0, start)), *after]
            place = next((m.name for m in places if m.kind == MentionKind.PLACE
                          and re.search(r"\b[Ii]n\s(?:the\s)?$", sentence.text[max(0, m.start - 8):m.start])), "")
        if place:
            return replace(owner, name=government_of(place) if government and not economy else place, certain=False,
                           reason=owner.reason or "owner unclear: not named")
        return replace(owner, certain=False, reason="owner unclear") if owner.certain else owner

    def _rate_decision(self, owner: Owner, start: int) -> Owner:
        """"UK rates were held at 4.75%", in an article about the Bank of England: its decision.
        "The bank decided to keep interest rates at 3.25%", where "the bank" would be a place or a
        company that is no central bank: the economy's central bank's, unsure."""
        if self._rate_setter and (is_place(owner.name) or not owner.name):
            return replace(owner, name=self._rate_setter)
        before = self._focus.sentence.text[max(0, start - 80):start]
        if owner.bound or is_central_bank(owner.name) or not POLICY_RATE.search(before) \
                or not re.search(r"\bthe\s(?:central\s)?bank\b", before, re.I):
            return owner
        bank = self._rate_setter or central_bank_of(self.economy_at(start))
        if not bank:
            return owner
        named = bool(self._rate_setter)  # the article's one central bank, or only the economy's
        return Owner(bank, named and owner.certain, "" if named else "owner unclear: a policy rate is a central bank's",
                     owner.source if owner.source != bank else "")

    def _housing_market(self, owner: Owner, start: int, market: str) -> Owner:
        """"Halifax said house prices rose by 0.8%": house prices are a country's housing market's,
        and the lender whose index measures them is its source; "the BBA said mortgage lending rose by
        £4bn": lending is the country's mortgage market's."""
        sentence = self._focus.sentence
        # "In London, the area with the highest average house price at £262,825": a city the sentence
        # is set in, or that the figure is listed with, has a housing market of its own
        clause = clauses_before(sentence.text, start)[0].begin
        city = next((m.name for m in sentence.mentions if m.kind == MentionKind.CITY
                     and (re.fullmatch(r"(?:In|For|Across)\s", sentence.text[:m.start]) and m.end < start
                          or clause <= m.start and m.end < start
                          and re.search(r"\b[Ii]n\s$", sentence.text[max(0, m.start - 3):m.start])
                          or m.start > start and _IN_RIGHT_AFTER.fullmatch(sentence.text, start, m.start))), "")
        # (a place a list gave the figure, "respectively", is that one place)
        place = city or (owner.name if is_place(owner.name) and owner.bound
                         else self._with_place_joined(owner.name, start) if is_place(owner.name)
                         else self.economy_at(start))
        source = owner.source or ("" if is_place(owner.name) else owner.name)
        # With no country named anywhere, still the market's: the article's own
        return replace(owner, name=f"{place} {market}".strip(), source=source)

    def plausible(self, owner: Owner, start: int, metric: str, unit: str) -> Owner:
        """``owner`` of the figure at ``start``, unsure when it cannot own ``metric`` as read
        (:func:`~briefing.extract.plausibility.implausible_owner`), and then given to whom the
        measure can belong: an economy's figure to the economy ("The economy grew 3.7%", said in an
        article about the Fed), a survey firm's percentage to the people it asked, a company's figure
        to the company in focus rather than a place."""
        legislature = _LEGISLATURES.get(owner.name)
        if legislature and not owner.bound:
            # "The $2.58 trillion budget submitted to Congress ... Military spending is set to rise to
            # $419.3bn": the budget a legislature debates is its country's government's
            owner = replace(owner, name=government_of(legislature), certain=False,
                            reason="owner unclear: a legislature votes its government's money")
        if owner.name and is_place(owner.name) and is_money(unit) and not _is_economy_measure(metric) \
                and self._government_named(owner.name, start):
            # "The French government is to hand its wine industry 70m euros": the government's money,
            # not the French economy's
            owner = replace(owner, name=government_of(owner.name))
        if not owner.name and self._survey and self._respondents and unit == "%" \
                and metric in ("share", "percentage"):
            # "Only 7% wanted a player that could handle games", in an article about a survey of
            # consumers: a share of the people it asked, whoever reports it
            return replace(owner, name=in_place(self._respondents, self._people_place), certain=False,
                           reason=SURVEY_SHARE)
        implausible = implausible_owner(owner.name, metric, unit, owner.bound, self._survey)
        if implausible == SURVEY_SHARE and owner.group:
            implausible = ""  # a group of people already: the share is theirs, not the surveyor's
        if implausible == SURVEY_SHARE and any(m.name == owner.name for m in self._focus.sentence.between(0, start)) \
                and not _SURVEY_WORDS.search(self._focus.sentence.text):
            # "TNT aims to reach 35% of France's population", in an article that reports a survey elsewhere:
            # the company's own aim, in a sentence that reports no survey
            implausible = ""
        if not implausible:
            return owner
        original = owner
        owner = replace(owner, certain=False, reason=owner.reason or implausible)
        if implausible == ORGANISATION_FOR_ECONOMY:
            economy = central_bank_economy(owner.name) or self.economy_at(start)
            return replace(owner, name=economy, source=owner.source or owner.name) if economy else owner
        if implausible == SURVEY_SHARE and self._respondents:
            # "In a separate survey by RSA, 80% said ...": a share of the people it asked
            return replace(owner, name=in_place(self._respondents, self._people_place),
                           source=owner.source or owner.name)
        if implausible == PLACE_FOR_COMPANY and self._place_pays(original.name, start):
            return original  # "China lent Russia $6bn": the country's own money, lent as a state
        if implausible == PLACE_FOR_COMPANY and original.name == self._focus.main \
                and any(m.name == original.name for m in self._focus.sentence.between(0, start)):
            # "Argentina's current offer implies ... 25 cents for each dollar", in an article about
            # Argentina's debt: the country the article is about, named, unsure, before any company
            return owner
        if implausible == PLACE_FOR_COMPANY:
            company = self._company_in_focus()
            return replace(owner, name=company) if company else owner
        return owner

    def _group_before(self, begin: int, start: int, end: int) -> str:
        """The group whose share the sentence before gave, when this clause opens with a bare
        percentage as its subject: "18% of downloaders were from the UK. About 70% were using
        BitTorrent"; the people a survey asked for "those questioned"; "" otherwise."""
        focus = self._focus
        text = focus.sentence.text
        before = focus.group_before
        if not before or not PERCENTAGE.search(text, start, end) \
                or not _HEDGES_ONLY.fullmatch(text, begin, start) or not _SUBJECT_VERB.match(text, end):
            return ""
        asked = _ANYONE_ASKED.match(before)
        if asked and self._respondents:
            return in_place(self._respondents + before[asked.end():], self._people_place)
        return before

    def _place_pays(self, place: str, start: int) -> bool:
        """Whether the sentence has ``place`` lend, pay, give or spend money before ``start``, as a
        state does ("China lent Russia $6bn", "Japan has pledged $500m in aid")."""
        sentence = self._focus.sentence
        return any(m.name == place and STATE_PAYS.match(sentence.text, m.end) for m in sentence.between(0, start))

    def _company_in_focus(self) -> str:
        """The organisation the article is talking about: the one the sentence's last certain figure
        was given to, else the one in focus, else its main one, else the one it has named most so far."""
        focus = self._focus
        # "B&B said ... The comments came as it reported a 6% rise in profits", in an article about
        # the UK housing market: the company the sentence before named
        # "a 1% fall in profits in its UK retail division to £1.13bn": whose the sentence's figure before was
        placed = [owner.name for _, owner in focus.placed if owner.certain and owner.name and not is_place(owner.name)]
        for name in (*placed[-1:], focus.entity, focus.main, focus.last_subject):
            if name and name in self.names.counts and not is_place(name):
                return name
        # "US blogger fired by her airline", an article about a place: the company it has named most
        # (three times: a name read wrongly, "Trade and Industry", is seldom written so often)
        named = focus.companies.most_common(1)
        return named[0][0] if named and named[0][1] >= 3 and not is_place(named[0][0]) else ""

    def economy_at(self, start: int) -> str:
        """The economy an economy's figure at ``start`` is about when its owner is an organisation
        ("The economy grew 3.7%", in an article about the Fed): the place the sentence names nearest
        before it, else the one the headline names, else the one the body has named most so far, else the
        country it counts its money in (:attr:`Focus.home`)."""
        focus = self._focus
        places = [m for m in focus.sentence.mentions if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
        text = focus.sentence.text
        # "the average house price was £192,713 in England; £139,544 in Wales": each figure listed with
        # its own place right after it is that place's, whatever place came before
        listed = next((m for m in places if m.start > start and _IN_RIGHT_AFTER.fullmatch(text, start, m.start)), None)
        if listed is not None:
            return listed.name
        before = [m for m in places if m.end <= start]
        if before:
            return self._with_place_joined(before[-1].name, start)
        # "growth of 3% in Germany": a place right after the figure; "... - $7bn in 2003 - and returns
        # have been among the healthiest in Europe" is another clause's
        near = [m for m in places
                if m.start - start < 40 and not re.search(r"[,;:\u2013\u2014]|\s-\s", text[start:m.start])]
        if near:
            return near[0].name
        if self._headline_places:
            return self._headline_places[0]
        if focus.places:
            tally = focus.places.copy()
            if "UK" in tally:
                # "the UK's housing market ... in England and Wales ... in Wales": its parts count for the UK
                tally["UK"] += sum(count for place, count in focus.places.items() if place in UK_PARTS)
            return tally.most_common(1)[0][0]
        # "failed to help the UK High Street recover": a country that opens a longer name, when the
        # article names no place of its own
        return next((country_names()[first] for first in (name.split()[0] for name in focus.companies)
                     if first in country_names() and is_place(country_names()[first])), focus.home)

    def _owner(self, start: int, end: int, metric: str) -> Owner:
        """The rules in order: the first that gives an owner decides."""
        economy = _is_economy(self._focus.sentence.text, metric, start, end, self._focus.is_org())
        source = self._clause_owners.source(start)
        clauses = _with_names_joined(self._focus.sentence.text, clauses_before(self._focus.sentence.text, start))
        compared = _COMPARED_THING.search(self._focus.sentence.text, 0, start)
        if compared and " " in compared.group(1) and not re.search(rf"\b{MEASURE_NOUNS}$", compared.group(1)):
            # "Wal-Mart's average pay is almost twice the national minimum wage of $5.15": the thing
            # compared with, not the subject's own measure
            return Owner(compared.group(1), False, "owner unclear: a description, not a name", source)
        return (self._holders_which(start, source)
                or _misleading_grammar(self._focus, clauses, start, end, metric, source)
                or self._charged_at(clauses[0].begin, start, metric, source)
                or self._bound_owner(clauses, start, end, economy, source)
                or self._described(start, end, metric, source)
                or self._subject_or_speaker(clauses, start, end, economy, source)
                or self._guessed(clauses, start, end, metric, economy, source))

    def _described(self, start: int, end: int, metric: str, source: str) -> Owner | None:
        """A thing without a name that the figure is the size or price of, unsure: "the global capital
        market - currently $30 trillion", "the global trade in pirated wares is worth more than
        200bn euros", "some ink for printers now costs more than £2", "£30 to £40 console titles"."""
        text = self._focus.sentence.text
        described = _DESCRIBED_BY_ASIDE.search(text[:start]) or _ASIDE_WHICH.search(text[:start]) \
            or _PRICED_THING.search(text[:start]) \
            or (PRICED_AFTER.match(text, end) if measure_base(metric) == "price" else None) \
            or _FIRST_PERSONS.search(text, clauses_before(text, start)[0].begin, start)
        if described is None or described.group(1).split()[-1] in COMPANY_NOUNS \
                or any(word in COMPANY_NOUNS for word in described.group(1).split()[:2]):
            return None  # "the company is worth $5bn": the company in focus, which the other rules read
        return Owner(described.group(1), False, "owner unclear: a description, not a name", source)

    def _holders_which(self, start: int, source: str) -> Owner | None:
        """"The firm's creditors - which own 99% of LG Card -": the holders an aside says own the
        stake, named by whose they are, unsure."""
        sentence = self._focus.sentence
        found = _HOLDERS_WHICH.search(sentence.text, 0, start)
        if found is None:
            return None
        whose, holders = found.group(1), found.group(2)
        held = re.match(r"[^\s,;]+\sof\s(?:the\s)?", sentence.text[start:])
        held_name = next((m.name for m in sentence.mentions
                          if held and m.start == start + held.end() and m.can_own), "")
        if held_name:
            self._focus.remember(Owner(held_name))  # what the sentence is about, for the next "it"
        if whose and whose.lower() in COMPANY_NOUNS:
            # "The firm's creditors - which own 99% of LG Card -": the firm is the one they hold
            whose = held_name or self._focus.referent(found.start(1))
        elif whose:
            whose = next((m.name for m in sentence.mentions if m.start == found.start(1)), whose)
        return Owner(f"{whose} {holders}" if whose else holders, False, "owner unclear: a description, not a name",
                     source, bound=True, group=True)

    def _charged_at(self, begin: int, start: int, metric: str, source: str) -> Owner | None:
        """"At Jessops the same image would cost £2.50 and at Snappy Snaps £9.99": a price charged at a
        company named after "at" in its clause, with no other company between, is that company's
        ("Profits at Barclaycard" are the bound rules')."""
        sentence = self._focus.sentence
        if not _AMOUNT.match(sentence.text, start) or measure_base(metric) not in ("costs", "price", "amount"):
            return None
        named = [m for m in sentence.between(begin, start) if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)]
        if not named or not _AT.search(sentence.text, max(0, named[-1].start - 4), named[-1].start) \
                or re.search(r"[,;]|\b(?:said|says|from|than)\b", sentence.text[named[-1].end:start]):
            return None
        return Owner(named[-1].name, False, f"owner unclear: the price charged at {named[-1].name}", source)

    def _bound_owner(self, clauses: list[Clause], start: int, end: int, economy: bool, source: str) -> Owner | None:
        """Rule 1: a name bound to the measure, two companies together, a commodity or currency, or
        the name a relative clause describes."""
        bound, first = self._bound_names, clauses[0]
        focus = self._focus
        # "oil prices have knocked 0.2% off the growth rate": the growth rate's figure, not the price's
        taken_off = bool(TAKEN_OFF.match(focus.sentence.text[end:]))
        them = focus.before if re.match(r"\s?of\sthem\b", focus.sentence.text[end:]) else ""
        if them and them[0].islower() and not any(m.start < start for m in focus.sentence.mentions if m.can_own):
            # "Companies that offshore their operations ... Only 42% of them say": the group before
            return Owner(them, False, "owner unclear: \"them\" may be another group", source, bound=True, group=True)
        if focus.people and re.search(r"\bthem\b", focus.sentence.text[:start]) \
                and re.match(r"\s(?!of\b)[a-z]+\b", focus.sentence.text[end:]) \
                and not any(m.can_own for m in focus.sentence.between(0, start)):
            # "Brazilians were the most likely to read spam. A third of them read junk e-mail and 66% buy
            # goods": the people "them" stands for
            return Owner(focus.people, False, "owner unclear: \"them\" may be another group", source, bound=True,
                         group=True)
        # (a name may start before the clause: the splitter parts "Yorkshire and the Humber" at "and")
        ranked = next((m for m in focus.sentence.mentions if m.can_own and first.begin < m.end <= start
                       and _RANKED_ON.fullmatch(focus.sentence.text, m.end, start)), None)
        if ranked is not None:
            # "followed by Yorkshire and the Humber on 21.7%, and the North West on 21.1%": a name
            # ranked with its figure right after it
            return Owner(ranked.name, source=source, bound=True)
        market = _PLACE_MARKET_AFTER.match(focus.sentence.text, end)
        possessor = next((m for m in focus.sentence.mentions if m.kind == MentionKind.PLACE and market
                          and re.fullmatch(r"(?:'s|\u2019s)\s", focus.sentence.text[m.end:start])), None)
        if possessor is not None and market is not None:
            # "Fannie Mae, which supplies funds to America's $8 trillion mortgage market": the place's market
            return Owner(f"{possessor.name} {market.group(1)}", source=source, bound=True)
        part = part_of_whole(focus.sentence, first.begin, start)
        if part is not None:  # "Virus mail accounts for 15% of all e-mail traffic": the part's share
            return Owner(part, False, "owner unclear: a description, not a name", source, bound=True, group=True)
        # "44% of Britons ... 38% of people in all countries": a nationality in focus is its country
        place = DEMONYMS.get(focus.entity, focus.entity) if is_place(focus.entity) else ""
        group = group_share(focus.sentence, place, first.begin, start, end, self._people_place)
        if group is not None:
            asked = _ANYONE_ASKED.match(group)
            if asked and self._respondents and not _ANYONE_ASKED.fullmatch(self._respondents):
                # "a survey of consumers in Europe ... the majority of people surveyed (52%)": those consumers
                group = in_place(self._respondents + group[asked.end():], self._people_place)
            return Owner(group, source=source, bound=True, group=True)
        if focus.last_pair and _THEY_HOLD.match(focus.sentence.text) and PERCENTAGE.search(focus.sentence.text,
                                                                                            start, end):
            # "... the Irish horseracing tycoons JP McManus and John Magnier. They own 29% of United"
            return Owner(" and ".join(focus.last_pair), source=source, bound=True)
        held = holder(focus.sentence, first.begin, start, end)
        if held is not None:  # "JP McManus and John Magnier, who own a 29% stake in Manchester United"
            return Owner(held, source="" if source == held else source, bound=True)
        # "A combination of Mittal Steel and ISG would have ...": the clause splitter cuts at "and".
        found = bound.joint(clauses[min(1, len(clauses) - 1)].begin, first.begin, start)
        if found is None:
            # "US crude prices soared to $53": a commodity named last before the figure owns its
            # price, whatever place its name starts with
            found = None if taken_off else bound.commodity(first.begin, start)
        if found is None:
            found = bound.currency(first.begin, start, end)  # "the dollar fell 1.3% against the Japanese yen"
        if found is None:
            found = bound.attached(first.begin, start, end, economy)
        if found is None and not taken_off:
            found = bound.special(first.begin, start, end)
        if found is None and first.relative:
            antecedent = bound.antecedent(first.begin)  # "Allied Domecq, which has a value of £5.7bn"
            if re.match(r"^\W*(?:which|whom|that)\s(?:it|they)\b", self._focus.sentence.text[first.begin:start], re.I):
                # "Kraft Foods, which it owes $15.1m": the clause has a subject of its own, and the
                # name before it is the object. "the country's economic growth, which it forecast
                # to be 6.5%": the growth is still the country's.
                described = re.search(rf"\b({DESCRIPTION})(?:'s|\u2019s)\s(?:[\w-]+\s){{0,2}}[\w-]+[,\s]*$",
                                      self._focus.sentence.text[:first.begin], re.I)
                if described:
                    return Owner(self._focus.referent(described.start()), source=source)
                if self._focus.entity and self._focus.entity != antecedent:
                    return Owner(self._focus.entity, source=source)
            else:
                found = antecedent
                described = re.search(rf"\b({DESCRIPTION}),?\s*$", self._focus.sentence.text[:first.begin], re.I) \
                    if antecedent is None else None
                if described:
                    # "The Ambani family controls 48% of the group, which is worth $17bn": the company "the
                    # group" stands for, which is not the subject that holds a share of it
                    focus = self._focus
                    meant = focus.referent(described.start(1))
                    if any(m.name == meant for m in focus.sentence.between(0, described.start(1))) \
                            and _OF_IT.search(focus.sentence.text, 0, described.start(1)):
                        meant = next((name for name in (focus.main, focus.entity) if name and name != meant
                                      and name in self.names.counts), "")
                    if meant:
                        return Owner(meant, source=source)
        if found is not None and self._other_its(found, first.begin, start):
            return Owner(found, False, "owner unclear: \"its\" may be another company", source)
        return Owner(found, source=source) if found is not None else None

    def _other_its(self, found: str, begin: int, start: int) -> bool:
        """Whether "its" before the figure may be another company than ``found``: the sentence names
        one between them ("Menatep said the value of its Yukos shareholding had gone to nothing, as its
        shares have fallen 97%")."""
        sentence = self._focus.sentence
        its = [m for m in re.finditer(r"\b(?:its|their)\s", sentence.text[begin:start])]
        if not its:
            return False
        at = begin + its[-1].start()
        named = [m for m in sentence.mentions if m.end <= at and m.kind in (MentionKind.ORG, MentionKind.PRODUCT)]
        if not named or named[-1].name == found or not any(m.name == found for m in named):
            return False
        # the name "its" was given to holds the one after it: "its Yukos shareholding", "its stake in Yukos"
        held = named[-1]
        before, after = sentence.text[max(0, held.start - 20):held.start], sentence.text[held.end:held.end + 15]
        return bool(re.search(r"\b(?:its|their)\s$", before)
                    and re.match(r"\s(?:(?:share)?holding|stake|shares)\b", after)
                    or re.search(r"\b(?:stake|shares|holding)\sin\s(?:the\s)?$", before))

    def _subject_or_speaker(self, clauses: list[Clause], start: int, end: int, economy: bool,
                            source: str) -> Owner | None:
        """Rules 2 and 3, clause by clause back from the figure's: a clause that shares the subject
        of the one before it ("..., but fell 3% next year") passes the question on."""
        text = self._focus.sentence.text
        for index, clause in enumerate(clauses):
            in_relative = index + 1 < len(clauses) and clauses[index + 1].relative \
                and re.match(r"\W*(?:and|or)\s", text[clause.begin:clause.end]) is not None \
                and not has_verb(text[clause.begin:clause.end])
            if clause.relative or in_relative or index and (_SPEAKER_ONLY.match(text[clause.begin:clause.end])
                                             or _APPOSITIVE.match(text[clause.begin:clause.end])
                                             and not has_verb(text[clause.begin:clause.end])):
                # "which is building the new Wembley stadium" describes, it owns nothing, nor does the
                # rest of its list ("which owns Eurex and the clearing firm Clearstream,"); ", the US
                # Agriculture Department said," only says who states the sentence; ", maker of the
                # Kingfisher lager brand," describes the name before it
                continue
            earlier = [o for at, o in self._focus.placed if clause.begin <= at < clause.end]
            share = PERCENTAGE.search(text, start, end) is not None
            if index and earlier and (share or not earlier[-1].group):
                # "... growth of 3.6% for the OECD's members, slipping to 2.9% next year": a clause
                # sharing the subject of one whose figure already has an owner shares that owner; "17% of
                # readers have switched and a further 16% are considering" shares the group. A group's
                # share owns no amount ("29% of computer software ... and this cost £1bn").
                return earlier[-1]
            if self._only_objects(clause, start):
                continue  # "in talks with Rover and SAIC to take a 20% stake": no clause, objects of one
            special = self._bound_names.special(clause.begin, min(clause.end, start), end) \
                if clause is not clauses[0] else None
            if special is not None:
                return Owner(special, source=source)  # "the dollar reached $1.2871, from $1.2974 on Thursday"
            owner = self._clause_owners.owner(clause, start, economy)
            if owner is not None and owner.certain and index and any(
                    CLAIMS_THAT.match(text, passed.begin) for passed in clauses[:index]):
                # "TCI, which claims to represent 5% of its shares, has complained that the £1.35bn offer for
                # the LSE is too high": the subject's claim, of others' money as often as its own
                return Owner(owner.name, False, f"owner unclear: claimed by {owner.name}", owner.name)
            if owner is not None:
                return replace(owner, source=source or owner.source)
            if not clause.shares_subject:
                break  # the clause has a subject of its own, without a name
        return None

    def _speaks_of_its_own(self, source: str, start: int) -> bool:
        """Whether the sentence opens with a company's bare measure ("Sales will dip ...") and names as
        who states it a company the article follows (its headline names it, or its body twice), not a
        body that reports on others ("according to the Federation of Small Traders")."""
        focus = self._focus
        return focus.is_org() and (self.names.counts.get(source, 0) >= 2 or source in self.names.headline) \
            and OWN_MEASURE.match(focus.sentence.text[:start]) is not None \
            and any(m.name == source and m.kind == MentionKind.ORG for m in focus.sentence.mentions)

    def _only_objects(self, clause: Clause, start: int) -> bool:
        """Whether ``clause`` is no clause but the objects of the one before it, cut off at "with" or
        "and": " with Rover", " and SAIC to take a" (a name joined to an object by "and")."""
        sentence = self._focus.sentence
        named = sentence.between(clause.begin, min(clause.end, start))
        text = sentence.text[clause.begin:min(clause.end, start)]
        if named and re.match(r"\s*with\s(?:an?|the|its|their)\s", text) and not has_verb(text) \
                and all(m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
                        and re.match(r"\s[a-z]", sentence.text[m.end:m.end + 2]) for m in named):
            return True  # "agreed with a new Indian budget airline the sale of ...": a place describing an object
        if not named or not re.fullmatch(r"\s*(?:with|and|or)\s(?:the\s)?", sentence.text[clause.begin:named[0].start]):
            return False
        rest = sentence.text[named[-1].end:min(clause.end, start)]
        # "and the Caribbean reached $45bn" has a verb: the names are its subject, not objects
        return (sentence.joined_to(named[0]) is not None or sentence.is_object(named[0])) \
            and re.fullmatch(r"[\s,]*(?:to\s.*)?", rest, re.S) is not None

    def _guessed(self, clauses: list[Clause], start: int, end: int, metric: str, economy: bool,
                 source: str) -> Owner:
        """Rules 4 and 5: a subject without a name, else the entity in focus, unsure. An economy's
        figure, in a sentence about an economy, is never the company in focus's."""
        focus = self._focus
        owners_named = [m for m in focus.sentence.between(0, start) if m.can_own]
        if _THE_FIGURE.match(focus.sentence.text) and focus.before \
                and all(m.kind is MentionKind.PLACE for m in owners_named):
            # "More than 674 million mobiles were sold last year. The figure was 30% more than in 2003";
            # "Prices of homes in the UK rose 0.5%. The figure means the annual rate of increase in the
            # UK is 10.2%": the place the sentence names, when the figure before was not a place's own
            place = owners_named[-1].name if owners_named else ""
            name = place if place and place not in focus.before else focus.before
            # "45% of the Japanese people questioned use their camera phone. In 2003 the figure was 29%":
            # the same group's share, still a group
            return Owner(name, False, "owner unclear: not named in its sentence", source,
                         group=name == focus.group_before)
        group = self._group_before(clauses[0].begin, start, end)
        if group:
            return Owner(group, False, "owner unclear: the group the sentence before spoke of", source,
                         group=True)
        named_opening = any(m.start <= 2 for m in focus.sentence.mentions)
        # the subject stands in the first clause of those that share it ("Scam mails, offering ..., have declined")
        sharing = next((c for c in clauses if not c.shares_subject), clauses[-1])
        # "A report by analysts Gartner has predicted that smartphone shipments will grow by 44%": the
        # statement's own subject, after its reporting verb
        # "estimates that remittances to Latin America and the Caribbean reached $45bn": a clause that
        # opens with "and" and a name joins that name to the statement before it; "found that the number
        # of people with fast internet access had risen": "with" and no comma, the people it describes
        text = focus.sentence.text
        joined = len(clauses) > 1 and (_JOINED_NAME.match(text, clauses[0].begin) is not None
                                       or re.match(r"\s*with\s", text[clauses[0].begin:]) is not None
                                       and not text[:clauses[0].begin].rstrip().endswith(","))
        said_from = clauses[1 if joined else 0].begin
        said = [m for m in _SAID_THAT.finditer(focus.sentence.text, said_from, start)
                if not _PASSIVE_BEFORE.search(focus.sentence.text[said_from:m.start()])
                and not reporting_noun(focus.sentence.text, m.start(), m.start() + len(m.group().split()[0]))]
        statement = said[-1].end() if said else clauses[0].begin
        # "Globally, more than 167 million phones were sold ..., 26% more than the year before": an
        # adverb opening the sentence is no clause of its own
        opens_sentence = sharing.begin == 0 or _OPENING_ADVERB.fullmatch(focus.sentence.text[:sharing.begin])
        words = noun_phrase_subject(focus.sentence.text, statement, start, named_opening) \
            or (noun_phrase_subject(focus.sentence.text, sharing.begin, start, named_opening)
                if sharing is not clauses[0] and (opens_sentence or not sharing.relative) else "")
        if words and source and re.search(r"\b(?:its|their)\b", text[:start]) \
                and self._speaks_of_its_own(source, start):
            # "Overall sales across both its retail and mail order divisions were up 12.4%, Next said": the
            # company's own measure of its own parts
            return Owner(source, source="")
        if words:
            return Owner(words, False, "owner unclear: a description, not a name", source)
        if economy and focus.is_org() and (_ECONOMY_SENTENCE.search(focus.sentence.text[:start])
                                           or ECONOMY_ONLY.search(metric)):
            # "Economic growth was about 4.7%, with the central bank predicting 4% growth this year";
            # "Foreign direct investment is starting to flow - $7bn in 2003", in an article about a
            # Russian oil firm: a measure only an economy has
            place = self.economy_at(start)
            if place:
                return Owner(place, False, "owner unclear: not named in its sentence", source)
        setting = next((m.name for m in focus.sentence.mentions if m.kind == MentionKind.PLACE and m.end < start
                        and re.fullmatch(r"(?:In|For|Across)\s", focus.sentence.text[:m.start])
                        and focus.sentence.text[m.end:m.end + 1] == ","), "")
        if setting and (economy or measure_base(metric).endswith("growth")):
            # "In Sri Lanka, some economists have said that as much as 1% of annual growth may be lost":
            # the country the sentence is set in
            return Owner(setting, False, "owner unclear: not named in its clause", source)
        opening = focus.opening_subject()
        if opening and opening != focus.entity and opening != source and not focus.only_reports(opening):
            # "India is searching for supplies, as domestic demand is growing at 5% a year": what the
            # sentence is about, before whatever the last one was about
            return Owner(opening, False, "owner unclear: not named in its clause", source)
        if focus.entity and _PEOPLE_SUBJECT.match(focus.sentence.text[clauses[-1].begin:start]):
            # "Young people are particularly hard hit with 37% out of work": a group of the country's
            # people, not the country's own rate
            return Owner(focus.entity, False, "owner unclear: a group of its people", source)
        market = product_change_market(focus, end)
        if market:  # "The 3.3% fall in car sales had been expected", in an article about the US
            return Owner(market, False, "owner unclear: not named in its sentence", source)
        if focus.before and focus.before != focus.entity and focus.before in self.names.counts \
                and not is_place(focus.before) and OWN_MEASURE.match(focus.sentence.text[:start]) \
                and not any(m.can_own for m in focus.sentence.between(0, start)):
            # "Mahindra has reported a 52% rise in net profit. Profit was 1.33bn rupees": a bare measure
            # right after a company's figure is that company's, whoever the article was about before
            return Owner(focus.before, False, "owner unclear: not named in its sentence", source)
        if focus.entity and focus.entity != source and focus.carried(start, metric):
            # "Carlsberg saw pre-tax profits fall to 3.4bn kroner. Nevertheless, total sales increased
            # 4%": a company's bare measure, right after that company's figures, is its own.
            return Owner(focus.entity, source=source)
        # "will retail for £99 in the UK": a price in a place is still the thing's price
        # "LCD prices dropped by 43% in Europe": a change of prices in general is the place's, though
        where = self._place_in_clause(clauses[0].begin, start) \
            if measure_base(metric) not in ("price", "amount", "costs", "fare") or metric != measure_base(metric) \
            and re.search(r"\bprices\b", focus.sentence.text[clauses[0].begin:start]) else ""
        if where:
            # "sales of new homes in the US fell 12%", "LCD prices dropped by 43% in Europe": a measure
            # its clause puts in a place, with no company in it, is that place's, not the article's company's
            return Owner(where, False, "owner unclear: not named in its sentence", source)
        counter = next((m for m in focus.sentence.between(clauses[-1].begin, start) if m.kind == MentionKind.SOURCE
                        and re.fullmatch(r"\W*(?:[Tt]he\s)?", focus.sentence.text[clauses[-1].begin:m.start])), None)
        counted = self.economy_at(start) if counter is not None else ""
        if counter is not None and counted and counted != focus.entity:
            # "The ONS revised the annual 2004 rate of growth down from the 5.9% estimated in November to 3.2%",
            # in an article about the Bank of England: what a statistics office revises is the economy's
            return Owner(counted, False, f"owner unclear: stated by {counter.name}", counter.name)
        if focus.entity and focus.entity != source and not focus.only_reports(focus.entity):
            return Owner(focus.entity, False, "owner unclear: not named in its sentence", source)
        if source and source == focus.entity and not economy and self._speaks_of_its_own(source, start):
            # "Sales will dip by at least A$30m after the tsunami, Qantas said": the company the
            # article follows, speaking of its own bare measure
            return Owner(source)
        economy_place = self.economy_at(start) if ECONOMY_ONLY.search(metric) or metric in ECONOMY_MEASURES \
            or measure_base(metric) in ECONOMY_MEASURES else ""
        if economy_place:
            # "like-for-like sales showed a growth rate of -0.1%, the BRC said", in an article about the
            # UK High Street: a measure only an economy has, the economy's the article is about
            return Owner(economy_place, False, f"owner unclear: stated by {source}" if source
                         else "owner unclear: not named in its sentence", source)
        if source:  # "According to the Federation, sales rose 3%": whose sales, it does not say
            return Owner("", False, f"owner unclear: stated by {source}", source)
        return Owner("", False, "owner unclear", source)


#: The measures of a country's trade, whose owner may be either side of it.
_TRADE_MEASURE = re.compile(r"(?:exports|imports|trade deficit|deficit|surplus)\b")
#: "They own 29% of", "They jointly hold": a sentence whose "They" holds a stake.
_THEY_HOLD = re.compile(r"They\s(?:now\s|still\s|jointly\s|together\s|already\s)?(?:own|hold|control)\s"
                        r"(?:a\s|an\s|about\s|around\s|some\s|nearly\s|almost\s|just\s|over\s|more\sthan\s)*[\d.]+")
#: "at " right before a name: where a price is charged ("that " is no "at").
_AT = re.compile(r"(?<![A-Za-z])[Aa]t\s$")
#: An amount of money as written: "£2.50", "9.99 euros".
_AMOUNT = re.compile(r"[£$€¥]|[A-Z]{1,3}\$|\d[\d.,]*\s?(?:euros?|pence|p\b|cents?|yen|dollars?|pounds?)")
#: Words that refer to a company named before: "its sales", "the chain's sales".
_COMPANY_REFERENCE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s(?:firm|company|group|retailer|chain|store|business))\b")
#: Nouns naming a part of a company that has figures of its own.
_PART_NOUNS = "division|unit|arm|subsidiary|business|operations"
#: Words between a company and a part noun that make it no part ("its own unit", "its new chief").
_NOT_PART_WORDS = {"own", "the", "a", "an", "and", "or", "of", "its", "their", "whole", "entire", "core"}


#: The measures of a country's market rather than of whoever states them, and the market's name.
_MARKET_OF = {"house price": "housing market", "mortgage lending": "mortgage market",
              "mortgage approvals": "mortgage market"}


def _with_names_joined(text: str, clauses: list[Clause]) -> list[Clause]:
    """"The US's overall trade deficit with China was $124bn": "with" and a name, with no comma before
    it, belong to the noun before them; the clause goes on from there."""
    if len(clauses) > 1 and _WITH_NAME.match(text, clauses[0].begin) \
            and not text[:clauses[0].begin].rstrip().endswith(","):
        return [replace(clauses[1], end=clauses[0].end), *clauses[2:]]
    return clauses


_WITH_NAME = re.compile(r"\s*with\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s(?:is|was|were|are|has|had|will|rose|fell|"
                        r"grew|reached|hit|stood)\b")


def _misleading_grammar(focus: Focus, clauses: list[Clause], start: int, end: int, metric: str,
                        source: str) -> Owner | None:
    """Sentences whose grammar would mislead the rules: a thing sold to pay a debt, a regulator's deal."""
    sentence = focus.sentence
    if _PASSIVE_PURPOSE.search(sentence.text[clauses[-1].begin:start]):
        # "Yugansk was auctioned to help pay off $27.5bn in unpaid taxes": the thing sold does
        # not owe the debt, and the sentence does not say who does.
        name = focus.entity if focus.entity and focus.entity != source else ""
        return Owner(name, False, "owner unclear: the sentence does not say whose it is", source)
    created = _CREATED.search(sentence.text, clauses[-1].begin, start)
    if created is not None:
        # "A merger would create a global player with revenues of A$2.6bn": the company the deal
        # would make, neither of the two making it
        made = created.group(1)
        return Owner(f"combined {made}" if made.lower() in COMPANY_NOUNS else made, False,
                     "owner unclear: a company the deal would create", source)
    helped = _HELPED_DESCRIPTION.search(sentence.text, clauses[-1].begin, start)
    if helped is not None:
        # "Chrysler's strong performance helped the world's fifth largest carmaker boost net income":
        # the company helped, which the article is about, not the one whose performance helped it
        causes = {m.name for m in sentence.between(0, helped.start())}
        name = next((n for n in (focus.main, focus.entity) if n and n not in causes and n != source), "")
        return Owner(name, False, f"owner unclear: \"{helped.group(1)}\" may be another company", source)
    regulator = led_by_regulator(sentence.text, sentence.mentions, clauses[-1].begin, start, focus.entity)
    if regulator and penalty_like(sentence.text, start, end, metric):
        # "The SEC agreed a deal totalling $375m with Banc of America": the regulator's deal is
        # the company's money.
        paying = payer(sentence.text, sentence.mentions, start)
        if paying is not None:
            return Owner(paying.name, source=regulator, bound=True)
        name = focus.entity if focus.entity and not is_regulator_name(focus.entity) else ""
        return Owner(name, False, f"owner unclear: stated by {regulator}", regulator)
    return None


#: What a state borrows, owes or is lent, as much as a company does.
_STATE_FINANCE = re.compile(r"borrowing|loans?|debts?|bail-?out|rescue package|reserves")


#: A holder, then its verb and the stake: " holds a 22% stake", " and his family hold a stake of ",
#: " is buying up a ", ", which owns a ".
_HOLDS_STAKE = re.compile(r"(?:(?:'s|\u2019s)\s|\sand\s(?:his|her|its|their)\s[a-z]+\s|,\s(?:which|who)\s)?\s?"
                          r"(?:(?:has|have|had|will|would|is|are|was|were|also|now|already|currently|then|to)\s)*"
                          r"(?:holds?|held|holding|owns?|owned|owning|buys?|bought|buying|acquired?|acquires|"
                          r"acquiring|takes?|took|taking|has|have|having|keeps?|kept|sells?|sold|selling|"
                          r"raised?|raises|increased?|increases|cut|cuts|reduced?|reduces)\s(?:up\s)?"
                          r"(?:(?:a|an|its|their|his|her|the)\s)?(?:(?:further|additional|combined|remaining|"
                          r"controlling|equity|direct)\s)*(?:stake\sof\s)?(?:(?:about|around|nearly|almost|some|"
                          r"just\sover|just\sunder|more\sthan|less\sthan)\s)?")
#: "Turkcell's stake in", "GM's offer to buy a": the holder's own stake, named as such.
_POSSESSIVE_STAKE = re.compile(r"(?:'s|\u2019s)\s(?:[\w-]+\s){0,2}?(?:stake|holding|shareholding|offer\sto\sbuy)\b")
#: "taking his stake to 42.3%", "her £7.5m claim": what a person holds or claims, right before the figure.
_HIS_MEASURE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s(?:own\s)?(?:[\w-]+\s)?(?:stake|holding|shareholding|bid|offer|"
                          r"claim|case|fortune|wealth|pay|salary|bonus|compensation|payout|pension|share)s?\s"
                          r"(?:(?:to|of|at|from|in)\s)?(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?$")
#: "his 28.1% shareholding", "her 5% stake": the person's own, the measure after the figure.
_HIS_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?$")
_HOLDING_AFTER = re.compile(r"\s(?:stake|holding|shareholding)s?\b")
#: "he expected to pay a maximum of £1.53m": a person who pays, buys or bids.
_HE_PAYS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s(?:(?:has|had|will|would|also|now|then|is|was)\s)?(?:[a-z]+\s(?:to\s)?)?"
                      r"(?:pay|paid|pays|paying|buy|bought|buys|invest|invested|spend|spent|bid|offer|offered|"
                      r"lend|lent|give|gave|donate|donated)\b")
#: "40% of his time": the person's share of what is theirs.
_OF_HIS = re.compile(r"\sof\s(?:his|her)\s(?!(?:[\w-]+\s)?(?:company|firm|group|business|bank)\b)")
#: What a company or an economy makes, never a person's: profits, sales, growth.
_RESULT_MEASURE = re.compile(r"(?:pre-tax |net |operating )?(?:profit|sales|revenue|turnover|earnings|loss|"
                             r"market value|economic growth|GDP|inflation|output|production|dividend|costs)$")
#: "$8 trillion mortgage market": an amount, then the market, industry or sector it is the size of.
_PLACE_MARKET_AFTER = re.compile(r"\s((?:[a-z-]+\s){0,2}(?:market|industry|sector|economy))\b")
#: " on 21.7%": a name, then its figure in a ranking.
_RANKED_ON = re.compile(r"\s(?:on|with)\s(?:(?:about|around|nearly|almost|some|just\sover|just\sunder)\s)?")
#: "fell by 1.6% and 0.5% respectively": each figure of a list is the one of the names listed before.
_RESPECTIVELY = re.compile(r"\brespectively\b")
_LISTED_FIGURE = re.compile(r"[$\u00a3\u20ac\u00a5]?\d[\d,.]*(?:\s?(?:%|per\s?cent|bn|m|p|pence|cents))?")
_LIST_JOINER = re.compile(r",?\s(?:and\s)?|,\s")
_NAME_JOINER = re.compile(r",\s(?:and\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?")
#: A figure, then "in" and a place: "£139,544 in Wales", "3% in the North East".
_IN_RIGHT_AFTER = re.compile(r"[^\s,;]+\s(?:in|across)\s(?:the\s)?")
#: A share of something, right before the thing: "controls 48% of the group".
_OF_IT = re.compile(r"\d\s?(?:%|per\s?cent)\sof\s$")


def _is_economy_measure(metric: str) -> bool:
    """Whether ``metric`` is one only an economy has (growth, inflation, the trade deficit ...)."""
    return metric in ECONOMY_MEASURES or bool(ECONOMY_ONLY.search(metric))


def _is_economy(text: str, metric: str, start: int, end: int, company_in_focus: bool) -> bool:
    """Whether the figure at ``text[start:end]`` is an economy's (growth, inflation, the trade deficit)
    rather than a company's; ``company_in_focus`` when the entity in focus is an organisation."""
    if COMPANY_MEASURE.search(metric):
        return False
    if _STATE_FINANCE.fullmatch(measure_base(metric)):
        # "Turkey has agreed a draft proposal with the IMF to borrow $10bn", in an article about the
        # IMF: what a state borrows or owes is a country's as much as a company's, whoever is in focus
        return True
    near = text[max(0, start - 40):end + 25]
    if ECONOMY_ONLY.search(metric) or ECONOMY_ONLY.search(near) and not COMPANY_MEASURE.search(near):
        return True
    # "The UK economy, on the other hand, is expected to slow, with growth falling to 2.5%": the
    # sentence is about an economy, and so is its plain "growth".
    if re.match(r"^(?:growth|output|economic growth|change|percentage)$", metric) \
            and _ECONOMY_SENTENCE.search(text[:start]) and not COMPANY_MEASURE.search(text[:end]):
        return True
    # "output", "growth", "spending": a company's in an article about one, an economy's otherwise.
    return not company_in_focus
