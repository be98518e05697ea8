"""Whose figure it is: the owner a sentence gives a figure, who states it, and how sure we are.

:class:`OwnerFinder` reads an article's sentences in order (so "it" and "the company" can be
resolved) and, for a figure at a position of the current sentence, returns an :class:`Owner`. The
rules are general ones over clauses (:mod:`briefing.extract.clauses`), tried in this order:

1. a name bound to the figure's measure: a possessive ("BA's profits"; "its sales", "the firm's
   shares" -> the entity in focus), "sales at GM", "shares in Northwind", "Toyota sales", an
   economy's measure ("Japanese growth", "unemployment in France"), "80% of Ethiopians" as a
   subject, or after the figure "a 40% drop in profits at BA";
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.extract.clauses import Clause, clauses_before, noun_phrase_subject
from briefing.extract.lexicon import COMPANY_NOUNS, REPORTING_VERBS, ROLE_WORDS
from briefing.extract.names import ArticleNames, Mention, MentionKind
from briefing.extract.regulators import is_regulator_name, led_by_regulator, payer, penalty_like
from briefing.model.types import Article

#: Measures only an economy has (a country, a region, a market), whatever the article is about.
_ECONOMY_ONLY = re.compile(
    r"\b(?:gdp|gross domestic product|economy|economic|inflation|unemployment|jobless|interest rates?|base rate|"
    r"trade (?:deficit|surplus|gap)|budget deficit|current account|exports?|imports?|public debt|exchange rate|"
    r"consumer (?:prices|spending|confidence)|house prices|retail sales|industrial (?:output|production)|"
    r"manufacturing|public spending|tax revenues?)\b", re.I)
#: Measures that belong to an economy (a country, a region, a market) rather than to a company.
_ECONOMY = re.compile(
    r"\b(?:gdp|gross domestic product|economy|economic|inflation|unemployment|jobless|interest rates?|"
    r"base rate|deficit|surplus|exports?|imports?|trade|budget|public debt|borrowing|consumer|retail|"
    r"house prices|industrial|manufacturing|exchange rate|currency|wages|productivity|tax|subsid\w*|"
    r"consumption|confidence|population|poverty|aid|reserves|growth|output|spending|prices|investment)\b",
    re.I)
#: Measures that are a company's even when an economy's words stand near them ("sales growth").
_COMPANY_MEASURE = re.compile(r"\b(?:sales|profits?|revenues?|earnings|turnover|shares?|stock|dividend|"
                              r"margins?|market share|valuation|market value|operating)\b", re.I)
_MEASURE_NOUNS = (r"(?:shares?|stock(?!\s(?:exchange|market))|sales|profits?|earnings|revenues?|turnover|income|"
                  r"losses?|output|production|"
                  r"jobs|workforce|staff|prices?|value|valuation|costs?|spending|investment|debts?|market share|"
                  r"business|operations|dividend|margins?|orders|bookings|traffic|subscribers|users|customers)")
_DESCRIPTION = rf"the\s(?:[\w,-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)})"
_PRONOUNS = re.compile(rf"\b(?:it|its|they|their|{_DESCRIPTION})\b", re.I)
_OBJECT_WORDS = {"to", "from", "by", "with", "against", "into", "on", "over", "than", "for", "like", "about",
                 "behind", "including", "via", "unlike", "versus", "vs", "toward", "towards", "after", "before"}
_VERBS = "|".join(REPORTING_VERBS)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s(?:(?:the|a|an)\s)?([^,.;]{2,80})")
_TRAILING_SPEAKER = re.compile(rf",\s(?:(?:the|a)\s)?([^,]{{1,60}}?)\s(?:{_VERBS})\b[^,]*\.?$")
_COMMODITY = re.compile(
    r"\b(?:(?:US|Brent|WTI)\s)?(?:light\s|sweet\s)?[Cc]rude(?:\soil)?\b|"
    r"\b(?:[Oo]il|[Gg]old|[Ss]ilver|[Cc]opper|[Nn]ickel|[Zz]inc|[Aa]lumin(?:i)?um|[Ii]ron ore|[Pp]latinum|"
    r"[Pp]alladium|[Nn]atural gas|[Cc]oal|[Ww]heat|[Cc]orn|[Ss]oybeans?|[Cc]ocoa|[Cc]offee|[Ss]ugar|[Cc]otton)"
    r"(?=\s(?:prices?|futures|up|down|rose|fell|gained|lost|climbed|slipped|jumped|dropped))")
_CURRENCY = re.compile(r"\b[Tt]he (dollar|greenback|euro|pound|yen|yuan|rupee|rouble|won|rupiah|peso|franc)\b")
_PASSIVE_PURPOSE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s(?:\w+ly\s)?(?:sold|auctioned|bought|seized|taken|transferred|"
    r"liquidated|disposed of|offered|floated|broken up)\s(?:[\w,-]+\s){0,4}?to\s"
    r"(?:help\s)?(?:pay|repay|cover|settle|fund|finance|meet|clear|raise)(?:\s(?:off|back|for|down))?\s"
    r"(?:[\w-]+\s){0,2}$")
# Reporting verbs that are also plural nouns, and the words after which they are nouns.
_NOUN_LIKE_VERBS = {"states", "reports", "estimates", "forecasts", "claims", "notes", "shows", "finds", "projects",
                    "report", "estimate", "forecast", "show", "say"}
_NOUN_FOLLOWERS = re.compile(r"^\s(?:which|who|that\shave|were|are|have|had|will|would|of|in|for|and|to|on|from|"
                             r"with|at|is|was|suggest\w*|show\w*|say|said)\b")
_SPEAKER_ONLY = re.compile(rf"^\s*(?:the\s|a\s)?[^,;]{{1,60}}?\s(?:{_VERBS})\s*[,;]?\s*$")
_STATE_NOUNS = {"economy", "country", "nation", "state", "government", "administration", "ministry", "department"}
_DEMONSTRATIVE = re.compile(r"^(?:(?:However|But|And|Yet),?\s)?(?:[Tt]hat|[Tt]his)\s(?:business|unit|division|"
                            r"subsidiary|arm|operation|company|firm|chain|brand)\b")
_WORLD = re.compile(r"\b(?:global|world(?:'s)?|worldwide)\s(?:economic\s)?(?:economy|growth|output|gdp|trade)\b", re.I)


@dataclass(frozen=True)
class Owner:
    """Who a figure belongs to (``name``), who states it when that is someone else (``source``),
    and whether the sentence says so (``certain``; ``reason`` says why not)."""

    name: str
    certain: bool = True
    reason: str = ""
    source: str = ""
    bound: bool = False  # the sentence ties the name to the measure ("GM said sales fell"), named once or not


class OwnerFinder:
    """Owners of figures, one sentence at a time (see the module docstring for the rules)."""

    def __init__(self, article: Article) -> None:
        self.names = ArticleNames(article)
        self._main = self._main_entity(article)
        self._focus = self._main
        self._commodity = _article_commodity(article)
        self._sentence = ""
        self._headline = False
        self._mentions: list[Mention] = []
        self._placed: list[tuple[int, Owner]] = []
        self._owners: list[str] = []
        self._last_named = ""  # the last organisation the sentence before this one named
        self._previous_owners: list[str] = []  # the certain owners of the last sentence with figures
        # Who has stated figures about others, and who has owned one: a body that only ever reports
        # (a UN commission, a survey firm) is no fallback owner, however often it is named.
        self._stated: set[str] = set()
        self._owned: set[str] = set()

    def _main_entity(self, article: Article) -> str:
        """What the article is about: the organisation its headline names, else the country or
        nationality it names, else the organisation the body names most."""
        headline = self.names.headline_mentions(article.title) + self.names.headline_mentions(article.subtitle)
        # "Wembley firm won't make a profit": a name describing "firm" is not the article's subject.
        orgs = [m.name for m in headline if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                and not re.match(rf"^\s(?:[a-z][\w-]*\s)?(?:{'|'.join(COMPANY_NOUNS)})\b",
                                 (article.title + " " + article.subtitle)[m.end:].lower())]
        if orgs:
            return max(orgs, key=lambda n: self.names.counts.get(n, 0))
        places = [m.name for m in headline if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
        if places:  # "Mixed signals from French economy": the article is about France
            return places[0]
        if self.names.counts:
            top, count = self.names.counts.most_common(1)[0]
            # Named most, or else named first: an article opens with what it is about.
            return top if count >= 2 else next(iter(self.names.counts))
        return ""

    @property
    def focus(self) -> str:
        """The entity the article is talking about at this sentence."""
        return self._focus

    # ------------------------------------------------------------------ sentences

    def start_sentence(self, sentence: str, headline: bool = False) -> None:
        """Move on to ``sentence``; what the last one was about becomes the entity in focus. A
        headline capitalises every word, so only names the body also uses count in it."""
        if self._sentence and not self._headline:
            self._focus = self._next_focus()
            relative = re.search(r",\s(?:which|who|whose)\b", self._sentence)
            named = [m.name for m in self._mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                     and (relative is None or m.start < relative.start())]
            self._last_named = named[-1] if named else self._last_named
        self._sentence, self._headline = sentence, headline
        self._mentions = self.names.headline_mentions(sentence) if headline else self.names.mentions(sentence)
        if self._owners or self._placed:  # a sentence without figures carries the focus on
            self._previous_owners = self._owners
        self._owners = []
        self._placed = []

    def _next_focus(self) -> str:
        """What the last sentence was about: the certain owner of its figures, else its subject when
        that does something in it (not a speaker, not an economist's employer)."""
        if self._owners:
            return self._owners[-1]
        if self._main and self._main not in self.names.counts:
            return self._focus  # an article about a country: a body it quotes does not become its subject
        group = re.match(r"^(?:But\s|And\s)?[Tt]he\s((?:[a-z-]+\s){0,2}(?:companies|firms|banks|airlines|carriers|"
                         r"producers|makers|carmakers|manufacturers|retailers|insurers|lenders|exporters|unions|"
                         r"governments|workers|members|states|countries|economies|users|consumers|investors))\b",
                         self._sentence)
        if group and not any(m.start < group.end() for m in self._mentions if m.can_own):
            return group.group(1)  # "The tobacco companies deny wrongdoing. They say ..."
        if _DEMONSTRATIVE.match(self._sentence) and self._last_named:
            # "It also owns Deluxe Media. However, that business is seen as less successful. Last
            # year it made £21.5m": "that business" is the one just named, object or not.
            return self._last_named
        opening = re.match(r"^(?:[^,]{0,40},\s)?(?:(?:the|a|an)\s)?", self._sentence)
        for mention in self._mentions:
            if not mention.can_own or self._is_object(mention) or self._aside(mention, 0) or self._modifier(mention):
                continue
            if opening is not None and mention.start > opening.end() + 2:
                return self._focus  # only the sentence's opening words say what it is about
            after = self._sentence[mention.end:mention.end + 30]
            if ROLE_WORDS.match(after.strip()) or re.match(rf"^\s(?:\w+\s)?(?:{_VERBS})\b", after):
                return self._focus
            if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or not self._focus_is_org():
                return mention.name
            return self._focus
        return self._focus

    def owner_at(self, start: int, end: int, metric: str = "") -> Owner:
        """The owner of the figure at ``sentence[start:end]`` whose measure is ``metric``."""
        owner = self._owner(start, end, metric)
        self._placed.append((start, owner))
        if owner.certain and not owner.bound and self.names.counts.get(owner.name) == 1 and owner.name != self._main \
                and owner.name not in self.names.headline and not self._bound(owner.name, start):
            # A company named once, as the subject of one sentence, is more often a bystander
            # ("Advisors Goldman Sachs valued ...") than whose figure it is: say so.
            owner = Owner(owner.name, False, "owner unclear: named only once", owner.source)
        if owner.name and owner.certain:
            self._owners.append(owner.name)
            self._owned.add(owner.name)
        if owner.source and owner.source != owner.name:
            self._stated.add(owner.source)
        return owner

    def _owner(self, start: int, end: int, metric: str) -> Owner:
        sentence = self._sentence
        economy = self._is_economy(metric, start, end)
        source = self._source(start)
        clauses = clauses_before(sentence, start)
        if _PASSIVE_PURPOSE.search(sentence[clauses[-1].begin:start]):
            # "Yugansk was auctioned to help pay off $27.5bn in unpaid taxes": the thing sold does
            # not owe the debt, and the sentence does not say who does.
            name = self._focus if self._focus and self._focus != source else ""
            return Owner(name, False, "owner unclear: the sentence does not say whose it is", source)
        regulator = led_by_regulator(sentence, self._mentions, clauses[-1].begin, start, self._focus)
        if regulator and penalty_like(sentence, start, end, metric):
            # "The SEC agreed a deal totalling $375m with Banc of America": the regulator's deal is
            # the company's money.
            paying = payer(sentence, self._mentions, start)
            if paying is not None:
                return Owner(paying.name, source=regulator, bound=True)
            name = self._focus if self._focus and not is_regulator_name(self._focus) else ""
            return Owner(name, False, f"owner unclear: stated by {regulator}", regulator)
        # "A combination of Mittal Steel and ISG would have ...": the clause splitter cuts at "and".
        found = self._joint(clauses[min(1, len(clauses) - 1)].begin, clauses[0].begin, start)
        if found is None:
            found = self._attached(clauses[0].begin, start, end, economy)
        if found is None:
            found = self._special(clauses[0].begin, start, end)
        if found is None and clauses[0].relative:
            antecedent = self._antecedent(clauses[0].begin)  # "Allied Domecq, which has a value of £5.7bn"
            if re.match(r"^\W*(?:which|whom|that)\s(?:it|they)\b", sentence[clauses[0].begin:start], re.I):
                # "Kraft Foods, which it owes $15.1m": the clause has a subject of its own, and the
                # name before it is the object.
                if self._focus and self._focus != antecedent:
                    return Owner(self._focus, source=source)
            else:
                found = antecedent
        if found is not None:
            return Owner(found, source=source)
        for index, clause in enumerate(clauses):
            if clause.relative or index and _SPEAKER_ONLY.match(sentence[clause.begin:clause.end]):
                # "which is building the new Wembley stadium" describes, it owns nothing; ", the US
                # Agriculture Department said," only says who states the sentence
                continue
            earlier = [o for at, o in self._placed if clause.begin <= at < clause.end]
            if index and earlier:
                # "... growth of 3.6% for the OECD's members, slipping to 2.9% next year": a clause
                # sharing the subject of one whose figure already has an owner shares that owner.
                return earlier[-1]
            special = self._special(clause.begin, min(clause.end, start), end) if clause is not clauses[0] else None
            if special is not None:
                return Owner(special, source=source)  # "the dollar reached $1.2871, from $1.2974 on Thursday"
            owner = self._clause_owner(clause, start, economy)
            if owner is not None:
                return replace(owner, source=source or owner.source)
            if not clause.shares_subject:
                break  # the clause has a subject of its own, without a name
        words = noun_phrase_subject(sentence, clauses[0].begin, start)
        if words:
            return Owner(words, False, "owner unclear: a description, not a name", source)
        if self._focus and self._focus != source and self._carried(start, metric):
            # "Carlsberg saw pre-tax profits fall to 3.4bn kroner. Nevertheless, total sales increased
            # 4%": a company's bare measure, right after that company's figures, is its own.
            return Owner(self._focus, source=source)
        if self._focus and self._focus != source and not self._only_reports(self._focus):
            return Owner(self._focus, False, "owner unclear: not named in its sentence", source)
        if source:  # "According to the Federation, sales rose 3%": whose sales, it does not say
            return Owner("", False, f"owner unclear: stated by {source}", source)
        return Owner("", False, "owner unclear", source)

    # ------------------------------------------------------------------ rule 1

    def _attached(self, clause: int, start: int, end: int, economy: bool) -> str | None:
        """A name bound to the figure's measure, before the figure in its clause or right after it."""
        sentence = self._sentence
        window = sentence[clause:start]
        for mention in reversed(self._between(clause, start)):
            after = sentence[mention.end:start]
            if re.match(r"^(?:'s?|\u2019s?)\s", after) and mention.can_own and self._fits(mention, economy) \
                    and not re.search(r"\b(?:said|says|told)\b", after):
                return mention.name  # "BA's profits", "Micron's Q3 revenue", "China's exports"
        for mention in self._between(clause, start):
            between = sentence[mention.end:start]
            if re.match(rf"^\s{_MEASURE_NOUNS}\b", between) and mention.kind == MentionKind.ORG \
                    and not re.search(r"[,;]", between):
                return mention.name  # "Toyota sales jumped 11%", "Pernod shares slipped"
            before = sentence[max(clause, mention.start - 40):mention.start]
            if re.search(rf"\b(?i:{_MEASURE_NOUNS})\s(?:in|at|of)\s(?:(?:the|a)\s)?(?:[\w-]+\s){{0,3}}$", before) \
                    and mention.kind == MentionKind.ORG and not re.search(r"\bstakes?\s", before):
                return self._head_of(mention, start)  # "sales at GM sank", "shares in Northwind fell"
        for mention in reversed(self._between(clause, start)):
            market = re.match(r"^\s((?:[a-z-]+\s){0,2}?market)\b", sentence[mention.end:start])
            if market and mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY):
                return f"{mention.text} {market.group(1)}"  # "the Indian car market will grow 15%"
        if economy:
            for mention in reversed(self._between(clause, start)):
                if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY) and (
                        re.match(rf"^\s(?:[\w-]+\s){{0,2}}?{_ECONOMY.pattern}", sentence[mention.end:start], re.I)
                        or re.search(rf"{_ECONOMY.pattern}\s(?:[\w-]+\s){{0,2}}(?:in|for|of|across)\s(?:the\s)?"
                                     rf"(?:[\w-]+\s){{0,2}}$", sentence[max(clause, mention.start - 60):mention.start],
                                     re.I)):
                    return mention.name  # "Japanese growth", "growth in Germany", "the outlook for the eurozone"
        if economy:  # "growth of 2.2% across the European Union", "inflation of 3% in Japan"
            where = re.match(r"^\s(?:[a-z-]+\s){0,3}?(?:in|across|for|throughout)\s(?:the\s)?(?:[\w-]+\s){0,2}?",
                             sentence[end:end + 60])
            for mention in self._mentions:
                if where and mention.start == end + where.end() and mention.kind in (MentionKind.PLACE,
                                                                                     MentionKind.NATIONALITY):
                    return mention.name
        share = re.match(r"^\s*of\s(?:the\s)?(?:[\w-]+\s){0,2}?(?=[A-Z])", sentence[end:end + 40])
        if share and re.fullmatch(r"\s*(?:(?:about|around|nearly|almost|some|roughly|over|more than|less than|"
                                  r"just|only|an estimated)\s)*", window, re.I):
            for mention in self._mentions:  # "About 80% of Ethiopians depend on farming": the share is the subject
                if mention.start == end + share.end() and mention.can_own:
                    return mention.name
        valued = re.search(r"\bvalu(?:e|es|ed|ing)\s(.{1,60}?)\s(?:at|as)\s(?:(?:about|around|some|nearly)\s)?$",
                           window)
        if valued:  # "Goldman Sachs valued its Deluxe Film unit at £300m": the unit's, so its owner's
            inside = [m for m in self._between(clause + valued.start(1), clause + valued.end(1)) if m.can_own]
            if re.match(r"(?:its|their)\b", valued.group(1)):
                return self._referent(clause + valued.start(1))
            if inside:
                return inside[0].name
        possessor = re.search(rf"\b(?:(its|their)|({_DESCRIPTION})(?:'s|\u2019s))\s(?:[\w-]+\s){{0,5}}?"
                              rf"(?:{_MEASURE_NOUNS})\b",
                              window, re.I)
        if possessor:  # "its sales in India", "the firm's shares": whoever "it" is
            return self._referent(clause + possessor.start())
        tail = sentence[end:end + 80]
        # "wiped 7% off Orbital's market value", "a 40% rise in BA's shares": the possessor after the figure.
        held = re.match(r"^\s(?:[a-z]+\s){0,2}?(?:off|in|from)\s(?=[A-Z])", tail)
        if held:
            for mention in self._mentions:
                if mention.start == end + held.end() and mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) \
                        and re.match(rf"^(?:'s?|\u2019s?)\s(?:[\w-]+\s){{0,2}}?{_MEASURE_NOUNS}\b",
                                     sentence[mention.end:mention.end + 50]):
                    return mention.name
        agent = re.match(r"^\s(?:(?:profit|loss|revenue|sales)\s)?(?:announced|reported|posted|made|earned|recorded|"
                         r"generated|raised|paid|spent|lost|offered|bid)\sby\s(?:(?:its|the)\s)?(?:(?:rival|partner|"
                         r"parent|chipmaker|carmaker|firm|company|group)\s)?(?=[A-Z])", tail)
        if agent:  # "the $204m announced by rival Google"
            for mention in self._mentions:
                if mention.start == end + agent.end() and mention.can_own:
                    return mention.name
        # "a 40% drop in profits at BA", "growth of 3.6% for the OECD's members"; never "8% of Google",
        # a share of something, whose owner is the holder.
        # "for" binds only an economy's figure ("growth of 3.6% for the OECD's members"): "cut A$68m from
        # targets for Wembley" names a project, not an owner.
        links = "at|for|against" if economy else "at|against"
        bound = re.match(rf"^[^,;.]{{0,40}}?\b(?:{links})\s(?:(?:the|a)\s)?(?:[\w-]+\s){{0,5}}?(?=[A-Z])", tail)
        if bound:
            for mention in self._mentions:
                if mention.start == end + bound.end() and mention.can_own and self._fits(mention, economy):
                    return mention.name
        return None

    def _joint(self, clause: int, figure_clause: int, start: int) -> str | None:
        """"A combination of Mittal Steel and ISG would have sales of $32bn": two companies together
        own the figure, as the sentence says (the second of them within the figure's clause)."""
        for mention in self._between(clause, start):
            if re.search(r"\b(?:combination|merger|tie-up|union|joint venture)\s(?:of|between)\s(?:the\s)?$",
                         self._sentence[max(clause, mention.start - 30):mention.start], re.I):
                partner = [m for m in self._between(max(mention.end, figure_clause), start)
                           if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                           and re.fullmatch(r"\s(?:and|&)\s(?:the\s)?", self._sentence[mention.end:m.start])]
                if partner and mention.kind in (MentionKind.ORG, MentionKind.PRODUCT):
                    return f"{mention.name} and {partner[0].name}"
        return None

    def _antecedent(self, begin: int) -> str | None:
        """The name a relative clause or an appositive starting at ``begin`` describes: the one right
        before it ("Allied Domecq, which ...", "DaimlerChrysler, a 30% shareholder in ...")."""
        before = [m for m in self._mentions if m.end <= begin and re.fullmatch(r"[,\s(\u2013-]*",
                                                                             self._sentence[m.end:begin])]
        if before:
            return before[-1].name if before[-1].can_own else None
        # "China's booming economy, which expanded 9%": the possessor of the noun before the clause.
        owned = [m for m in self._mentions if m.end <= begin and re.fullmatch(
            r"(?:'s|\u2019s)\s(?:[a-z-]+\s){0,2}(?:economy|market|business|unit|division|industry|sector)[,\s(\u2013-]*",
            self._sentence[m.end:begin])]
        return owned[-1].name if owned and owned[-1].can_own else None

    def _special(self, clause: int, start: int, end: int) -> str | None:
        """Owners that are no names: a commodity's price, a currency, the world economy."""
        sentence = self._sentence
        commodity = _COMMODITY.search(sentence, clause, start)
        if commodity:  # "Brent crude in London gained $1.32"
            return _commodity_name(commodity.group())
        if self._commodity and re.search(r"\b(?:prices?|barrel|level|futures|a barrel)\b",
                                         sentence[max(0, start - 60):end + 30], re.I):
            return self._commodity  # "prices ... look like the $40 to $50 level": oil's
        currency = _CURRENCY.search(sentence, clause, start)
        if currency and not any(m.can_own for m in self._between(clause, start)):
            word = currency.group(1)  # "the dollar reached $1.2871 against the euro"
            return "US dollar" if word in ("dollar", "greenback") else word
        world = _WORLD.search(sentence, clause, start)
        if world and not any(m.can_own for m in self._between(clause, start)):
            return "global economy"
        return None

    def _head_of(self, mention: Mention, start: int) -> str:
        """The organisation a noun phrase is about: in "at US media giant TimeWarner" the last name."""
        later = [m for m in self._between(mention.start, start) if m.kind == MentionKind.ORG
                 and re.fullmatch(r"(?:\s[a-z][\w-]*){0,3}\s", self._sentence[mention.end:m.start])]
        return later[-1].name if later else mention.name

    def _referent(self, pos: int) -> str:
        """Who "it", "its" or "the firm" at ``pos`` is: the organisation the sentence named before it
        as a subject, else the entity in focus."""
        for mention in reversed(self._between(0, pos)):
            if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) and not self._is_object(mention) \
                    and not self._aside(mention, 0):
                return mention.name
        if re.match(_DESCRIPTION, self._sentence[pos:], re.I) and self._main in self.names.counts \
                and self.names.counts[self._main] > self.names.counts.get(self._focus, 0):
            # "Rank owns Deluxe Media ... it made £21.5m. Analysts predict the firm will report £170m":
            # "it" is the business just talked of; "the firm", the company the article is about.
            return self._main
        return self._focus

    # ------------------------------------------------------------------ rules 2 and 3

    def _clause_owner(self, clause: Clause, start: int, economy: bool) -> Owner | None:
        sentence = self._sentence
        end = min(clause.end, start)
        speaker = self._speaker(clause.begin, end)
        said_from = speaker.end if speaker is not None else clause.begin
        subject = self._subject(said_from, end, want_org=not economy)
        if subject is not None:
            return Owner(subject.name)
        pronoun = _PRONOUNS.search(sentence, said_from, end)
        if pronoun and self._focus:
            name = (self._referent(pronoun.start()) if speaker is None else speaker.name
                    if speaker.kind in (MentionKind.ORG, MentionKind.PRODUCT) else self._focus)
            if pronoun.group().lower() in ("they", "their") and name in self.names.counts:
                return Owner(name, False, "owner unclear: \"they\" may be more than one")
            return Owner(name)
        if speaker is not None and speaker.can_own:
            statement = sentence[said_from:end]
            described = bool(noun_phrase_subject(sentence, said_from, end)) or bool(
                re.search(r"\b[a-z]+s?\s(?:[a-z]+\s)?(?:rose|fell|grew|jumped|dropped|slipped|climbed|increased|"
                          r"decreased|declined|slumped|were|was|is|are|had|has)\b", statement))
            # "Company1 Corp said sales rose 2%": a company's bare measure is its own ("retail sales",
            # "house prices" are an economy's, see _is_economy).
            own = not economy and re.match(r"^\s*(?:that\s)?(?:(?:its|their|quarterly|annual|full-year|net|"
                                           r"pre-tax|operating|underlying|first-quarter|second-quarter|"
                                           r"third-quarter|fourth-quarter)\s)*(?:sales|profits?|revenues?|"
                                           r"earnings|turnover|orders|losses?|shares)\b", statement)
            if speaker.kind in (MentionKind.ORG, MentionKind.PRODUCT) and (self._about(speaker.name) or not described
                                                                            or own):
                # "GM added that US truck sales fell 9%", "FAO expects a 5% rise"
                return Owner(speaker.name, bound=bool(own))
            if self._focus and self._focus != speaker.name and not self._only_reports(self._focus):
                return Owner(self._focus, False, f"owner unclear: stated by {speaker.name}", speaker.name)
            return Owner("", False, f"owner unclear: stated by {speaker.name}", speaker.name)
        return None

    def _subject(self, begin: int, end: int, want_org: bool) -> Mention | None:
        """The first name of ``sentence[begin:end]`` that can own figures and stands as a subject (not
        the object of a preposition, not a speaker, not a modifier of "the firm"); a country or
        nationality only when ``want_org`` is false (an economy's figure) or no company is in view."""
        for mention in self._between(begin, end):
            if not mention.can_own or self._is_reporter(mention, end) or self._aside(mention, begin) \
                    or self._modifier(mention) or re.search(r"\baccording to\s(?:the\s)?$",
                                                            self._sentence[max(0, mention.start - 20):mention.start],
                                                            re.I):
                continue
            place = mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
            economic = place and bool(re.match(rf"^\s(?:[\w-]+\s){{0,2}}?{_ECONOMY.pattern}",
                                              self._sentence[mention.end:end], re.I))
            if self._is_object(mention) and not (economic or place and not want_org and self._in_of(mention)):
                continue
            if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or economic or not want_org \
                    or not self._focus_is_org():
                return mention
        return None

    def _in_of(self, mention: Mention) -> bool:
        """"in Germany", "across the eurozone", "of France": where an economy's figure is."""
        words = self._sentence[max(0, mention.start - 20):mention.start].split()
        return bool(words) and words[-1].lower() in ("in", "of", "across", "for", "throughout")

    def _speaker(self, begin: int, end: int) -> Mention | None:
        """"GM added that ...", "INSEE said ...": the name before an active reporting verb. A passive
        ("is expected to") reports nothing: its subject is the owner."""
        sentence = self._sentence
        for match in re.finditer(rf"\b(?:{_VERBS})\b(?:\sthat)?", sentence[begin:end]):
            verb_at = begin + match.start()
            if re.search(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)?$", sentence[begin:verb_at]) \
                    and not match.group().endswith("ing") \
                    or re.match(r"^\s(?:to|by)\b", sentence[begin + match.end():]):
                continue
            if match.group() in _NOUN_LIKE_VERBS and re.match(_NOUN_FOLLOWERS, sentence[begin + match.end():]):
                continue  # "the eight central European states which joined the EU": a noun, no verb
            names = self._between(begin, verb_at)
            if names:
                last = names[-1]
                return Mention(last.start, begin + match.end(), last.text, last.kind, last.name)
        return None

    def _source(self, start: int) -> str:
        """Who states the figure: "according to X", a trailing ", the OECD said", or a source body
        (statistics office, survey, the press) named before it."""
        sentence = self._sentence
        according = _ACCORDING.search(sentence)
        if according:
            names = [m for m in self._mentions if according.start(1) <= m.start < according.end(1)]
            return names[0].name if names else according.group(1).split(",")[0].strip()
        trailing = _TRAILING_SPEAKER.search(sentence[start:])
        if trailing:
            names = [m for m in self._mentions if m.start >= start + trailing.start(1)]
            if names and names[0].kind != MentionKind.PERSON:
                return names[0].name
        for mention in self._mentions:
            if mention.kind == MentionKind.SOURCE and mention.start < start:
                return mention.name
        return ""

    # ------------------------------------------------------------------ helpers

    def _is_economy(self, metric: str, start: int, end: int) -> bool:
        """Whether the figure is an economy's (growth, inflation, the trade deficit) rather than a company's."""
        if _COMPANY_MEASURE.search(metric):
            return False
        near = self._sentence[max(0, start - 40):end + 25]
        if _ECONOMY_ONLY.search(metric) or _ECONOMY_ONLY.search(near) and not _COMPANY_MEASURE.search(near):
            return True
        # "The UK economy, on the other hand, is expected to slow, with growth falling to 2.5%": the
        # sentence is about an economy, and so is its plain "growth".
        if re.match(r"^(?:growth|output|economic growth|change|percentage)$", metric) and re.search(
                r"\b(?:economy|economies|gdp)\b", self._sentence[:start], re.I) and not _COMPANY_MEASURE.search(
                self._sentence[:end]):
            return True
        # "output", "growth", "spending": a company's in an article about one, an economy's otherwise.
        return not self._focus_is_org()

    def _bound(self, name: str, start: int) -> bool:
        """Whether ``name`` is bound to the figure by a possessive or "X shares": "Yahoo's profit"."""
        return any(m.name == name and re.match(rf"^(?:'s?|\u2019s?|\s{_MEASURE_NOUNS}\b)", self._sentence[m.end:start])
                   for m in self._mentions if m.end <= start)

    def _between(self, begin: int, end: int) -> list[Mention]:
        return [m for m in self._mentions if begin <= m.start and m.end <= end]

    def _fits(self, mention: Mention, economy: bool) -> bool:
        """A place owns an economy's figures; a company's figures it only qualifies ("US sales")."""
        return mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or economy or not self._focus_is_org()

    def _carried(self, start: int, metric: str) -> bool:
        """Whether a figure of a company's measure with no owner in its clause is the focus's: the
        sentence names no other organisation before it, and names the focus or follows a sentence
        whose figures were the focus's. In an article about a country, its economy's measures
        ("GDP rose by 0.8%", "unemployment is stuck at 10%") are that country's when the sentence
        names no other place or organisation."""
        if self._focus == self._main and not self._focus_is_org() and _ECONOMY_ONLY.search(metric):
            return not any(m.can_own and m.name != self._focus for m in self._between(0, start))
        if not _COMPANY_MEASURE.search(metric) or not self._focus_is_org():
            return False
        named = [m.name for m in self._between(0, start) if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)]
        if any(name != self._focus for name in named):
            return False
        return bool(named) or self._focus in self._previous_owners

    def _only_reports(self, name: str) -> bool:
        """Whether ``name`` has stated figures about others and owned none so far."""
        return name in self._stated and name not in self._owned

    def _focus_is_org(self) -> bool:
        return bool(self._focus) and self._focus in self.names.counts

    def _about(self, name: str) -> bool:
        """Whether the article is about ``name``: its main entity, the one in focus, one its headline
        names, or one the body names more than once."""
        return name in (self._main, self._focus) or name in self.names.headline or self.names.counts.get(name, 0) >= 2

    def _is_object(self, mention: Mention) -> bool:
        """After a preposition ("for Japanese growth", "with Reynolds") or a verb ("sued Morgan
        Stanley"), a name is an object, not the subject; "with Altria rising 5%" makes it a subject."""
        before = self._sentence[max(0, mention.start - 30):mention.start]
        if re.search(r"\bwith\s$", before, re.I) and re.match(r"^\s\w+ing\b", self._sentence[mention.end:]):
            return False
        if re.search(r"(?<![\w-])(?:[a-z]+ed|sued|bought|sold|beat|hit|took|won|lost|told|led|overtook|acquired|"
                     r"owns|buys|sells|hires|sues|joins|joined)\s$", before) \
                and not re.search(r"\b(?:said|reported|announced|added|noted|warned|stated)\s$", before):
            return True
        words = before.split()
        while len(words) > 1 and words[-1].lower() in ("the", "a", "an", "its", "their"):
            words.pop()  # "a statement to the Shenzhen stock exchange": after "to", an object
        # "shares in Northwind", "sales at GM": the name after the measure is its owner, no object.
        return bool(words) and words[-1].lower() in _OBJECT_WORDS | {"in", "of", "at", "across"} \
            and not re.search(rf"\b{_MEASURE_NOUNS}\s(?:in|at)\s(?:the\s)?$",
                              self._sentence[max(0, mention.start - 30):mention.start], re.I)

    def _is_reporter(self, mention: Mention, end: int) -> bool:
        """A source body, or a name whose reporting verb follows it: it states, it does not own."""
        if mention.kind == MentionKind.SOURCE:
            return True
        return bool(re.match(rf"^\s(?:(?:has|had|have|also|then)\s)?(?:{_VERBS})\b(?!\s(?:to|by)\b)",
                             self._sentence[mention.end:end]))

    def _aside(self, mention: Mention, begin: int) -> bool:
        """Inside ", the Paris-based think tank," or another description set off by commas."""
        return bool(re.search(r",\s(?:the|a|an)\s[^,]*$", self._sentence[begin:mention.start]))

    def _modifier(self, mention: Mention) -> bool:
        """"The Australian firm", "The Jacksonville, Florida-based firm": the name only describes "the
        firm", which is the entity in focus (unless a name follows: "US carmaker GM")."""
        after = self._sentence[mention.end:mention.end + 45]
        described = re.match(rf"^(?:,\s[\w\s-]{{0,25}}?)?(?:-based|\s[\w-]+-based|\s[a-z][\w-]*)?\s"
                             rf"({'|'.join(COMPANY_NOUNS)})\b(?!\s[A-Z])", after)
        place = mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
        if described and place and described.group(1) in _STATE_NOUNS:
            return False  # "The UK economy", "the French government": the country's own
        return bool(described) and self._sentence[max(0, mention.start - 4):mention.start].lower().endswith("the ")


def _article_commodity(article: Article) -> str:
    """The commodity an article's headline is about ("Strong demand triggers oil rally"), by the
    name its body gives it, or ""."""
    headline = f"{article.title} {article.subtitle}"
    if not re.search(r"\b(?:oil|crude|gold|silver|copper|gas|coal|wheat|cocoa|coffee|sugar)\b", headline, re.I):
        return ""
    found = _COMMODITY.search(" ".join(article.paragraphs()))
    return _commodity_name(found.group()) if found else ""


def _commodity_name(text: str) -> str:
    """"Crude oil" -> "crude oil"; "US light crude" and "Brent crude" keep their names."""
    return text if text.split()[0] in ("US", "Brent", "WTI") else text.lower()
