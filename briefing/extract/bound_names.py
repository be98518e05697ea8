"""Rule 1 of the owner finder: a name bound to the figure's measure.

:class:`BoundNames` finds the name a sentence ties to the figure's measure, before the figure in its
clause or right after it: a possessive ("BA's profits"; "its sales" -> whoever "it" is), "Toyota
sales", "sales at GM", an economy's measure ("Japanese growth", "unemployment in France"), "80% of
Ethiopians" as a subject (:mod:`.groups`), "a 40% drop in profits at BA". It also finds two companies that own a
figure together ("a combination of Mittal Steel and ISG"), the name a relative clause describes,
and the owners that are no names: a commodity, a currency, the world economy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract.focus import Focus
from briefing.extract.groups import share_of_named
from briefing.extract.names import Mention, MentionKind
from briefing.extract.owner_patterns import (
    DESCRIPTION,
    ECONOMY,
    FINDINGS_OF,
    MEASURE_NOUNS,
    NAME_NOUN,
    SUED_FOR,
    VERBS,
)
from briefing.model.types import Article

_COMMODITY = re.compile(
    r"\b(?:(?:US|Brent|WTI)\s)?(?:light\s|sweet\s)?[Cc]rude(?:\soil)?\b|"
    r"\b(?:[Hh]eating\soil|[Pp]alm\soil|[Jj]et\sfuel|[Oo]il|[Gg]old|[Ss]ilver|[Cc]opper|[Nn]ickel|[Zz]inc|"
    r"[Aa]lumin(?:i)?um|[Ii]ron ore|[Pp]latinum|[Pp]alladium|[Nn]atural gas|[Cc]oal|[Ww]heat|[Cc]orn|[Ss]oybeans?|"
    r"[Cc]ocoa|[Cc]offee|[Ss]ugar|[Cc]otton|[Ss]teel|[Gg]asoline|[Pp]etrol|[Dd]iesel|[Rr]ubber|[Rr]ice|[Ww]ool|"
    r"[Tt]imber)(?=\s(?:prices?|futures|up|down|rose|fell|gained|lost|climbed|slipped|jumped|dropped))")
_CURRENCY = re.compile(r"\b(?:[Tt]he\s(?:(?:British|US|American|Japanese|Chinese|Indian|Russian|Swiss|Canadian|"
                       r"Australian|Mexican|South Korean|single European|European single)\s)?"
                       r"(dollar|greenback|euro|pound|yen|yuan|rupee|rouble|won|rupiah|peso|franc|"
                       r"US currency|single currency)|(sterling))\b")
#: What each currency word names as an owner.
_CURRENCY_NAMES = {"dollar": "US dollar", "greenback": "US dollar", "US currency": "US dollar",
                   "single currency": "euro", "sterling": "pound"}
#: How an amount in each currency is written: "$200bn" is in dollars, "95p" in pounds.
_WRITTEN_IN = {"US dollar": re.compile(r"^(?:US)?\$|\bdollars?\b|\bcents?\b"),
               "pound": re.compile(r"^\u00a3|\bpounds?\b|\bpence\b|\dp$"),
               "euro": re.compile(r"^\u20ac|\beuros?\b"), "yen": re.compile(r"^\u00a5|\byen\b")}
_WORLD = re.compile(r"\b(?:global|world(?:'s)?|worldwide)\s(?:economic\s)?(?:economy|growth|output|gdp|"
                    r"gross domestic product|trade)\b", re.I)

#: One way of binding a name to the figure: (focus, clause start, figure start, figure end, economy) -> name.
_Binding = Callable[[Focus, int, int, int, bool], str | None]


class BoundNames:
    """The names bound to a figure's measure in the sentence the :class:`Focus` is reading."""

    def __init__(self, focus: Focus, article: Article) -> None:
        self._focus = focus
        self._commodity = _article_commodity(article)

    def attached(self, clause: int, start: int, end: int, economy: bool) -> str | None:
        """A name bound to the figure's measure, before the figure in its clause or right after it:
        the first that one of the bindings (``_BINDINGS``, in the order tried) names."""
        for binding in _BINDINGS:
            found = binding(self._focus, clause, start, end, economy)
            if found is not None:
                return found
        return None

    # ------------------------------------------------------------------ joint owners, antecedents, no names

    def joint(self, clause: int, figure_clause: int, start: int) -> str | None:
        """"A combination of Mittal Steel and ISG would have sales of $32bn": two companies together
        own the figure, as the sentence says (the second of them within the figure's clause)."""
        sentence = self._focus.sentence
        for mention in sentence.between(clause, start):
            if re.search(r"\b(?:combination|merger|tie-up|union|joint venture)\s(?:of|between)\s(?:the\s)?$",
                         sentence.text[max(clause, mention.start - 30):mention.start], re.I):
                partner = [m for m in sentence.between(max(mention.end, figure_clause), start)
                           if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                           and re.fullmatch(r"\s(?:and|&)\s(?:the\s)?", sentence.text[mention.end:m.start])]
                if partner and mention.kind in (MentionKind.ORG, MentionKind.PRODUCT):
                    return f"{mention.name} and {partner[0].name}"
        return None

    def antecedent(self, begin: int) -> str | None:
        """The name a relative clause or an appositive starting at ``begin`` describes: the one right
        before it ("Allied Domecq, which ...", "DaimlerChrysler, a 30% shareholder in ...")."""
        sentence = self._focus.sentence
        # "the Lagardere group, which owns 30% of EADS": a company noun after the name is part of it
        before = [m for m in sentence.mentions if m.end <= begin and re.fullmatch(
            rf"{NAME_NOUN}[,\s(\u2013-]*", sentence.text[m.end:begin])]
        if before:
            return before[-1].name if before[-1].can_own else None
        # "China's booming economy, which expanded 9%", "France Telecom's profits, which showed a 5.5%
        # rise": the possessor of the noun before the clause.
        owned = [m for m in sentence.mentions if m.end <= begin and re.fullmatch(
            rf"(?:'s|\u2019s)\s(?:[a-z-]+\s){{0,2}}(?:economy|market|business|unit|division|industry|sector|{MEASURE_NOUNS})"
            r"[,\s(\u2013-]*",
            sentence.text[m.end:begin])]
        return owned[-1].name if owned and owned[-1].can_own else None

    def commodity(self, clause: int, start: int) -> str | None:
        """A commodity named in the clause with no other name after it before the figure."""
        sentence = self._focus.sentence
        found = _commodities(sentence.text, sentence.mentions, clause, start)
        if not found:
            return None
        last = found[-1]
        if any(m.can_own and m.start >= last.end() for m in sentence.between(clause, start)):
            return None
        return _commodity_name(last.group())

    def commodity_where(self, name: str, end: int) -> str:
        """``name``, when it is a commodity's, with the place the words right after the figure ending
        at ``end`` name ("Steel prices rose by 8% globally and by 24% in China": steel in China's)."""
        sentence = self._focus.sentence
        where = re.match(r"\s(?:in|across)\s(?:the\s)?", sentence.text[end:])
        commodity = _COMMODITY.match(f"{name} prices")
        if where is None or commodity is None or commodity.end() != len(name):
            return name
        place = next((m for m in sentence.mentions if m.start == end + where.end() and m.kind == MentionKind.PLACE
                      and m.name not in name), None)
        return f"{name} in {place.name}" if place is not None else name

    def currency(self, clause: int, start: int, end: int) -> str | None:
        """The currency that is the clause's subject: "the dollar had fallen by 1.3% against the
        Japanese yen", "The British pound had added 0.5%"; no name stands before it in the clause,
        and it is the object of no preposition. A sum in that currency itself is no rate or move of it
        ("The dollar's slide began after a report said the country has $200bn in reserves"); a rate
        written in it is ("the dollar reached $1.2871 against the euro")."""
        sentence = self._focus.sentence
        # "falls in the value of the dollar helped carry prices above $50": no subject; "Against the yen
        # the dollar was trading down at $103.05": the dollar, past the object of the opening preposition
        found = next((c for c in _CURRENCY.finditer(sentence.text, clause, start) if not re.search(
            r"\b(?:of|in|against|to|versus|vs|on|for|than|from|by)\s(?:the\s)?$",
            sentence.text[max(clause, c.start() - 16):c.start()], re.I)), None)
        if found is None or any(m.can_own and m.end <= found.start() for m in sentence.between(clause, start)):
            return None
        word = found.group(1) or found.group(2)
        name = _CURRENCY_NAMES.get(word, word)
        own = _WRITTEN_IN.get(name)
        amount = re.search(r"(?:^|\s)(\S+(?:\s(?:dollars?|cents|pounds?|pence|euros?|yen))?)$", sentence.text[:end])
        if own is not None and amount is not None and own.search(amount.group(1)) \
                and re.search(r"\d\s?(?:bn|m|tn|trillion|billion|million)\b", amount.group(1)):
            return None
        return name

    def special(self, clause: int, start: int, end: int) -> str | None:
        """Owners that are no names: a commodity's price, a currency, the world economy."""
        sentence = self._focus.sentence
        text = sentence.text
        commodities = _commodities(text, sentence.mentions, clause, start)
        if commodities:  # "Brent crude in London gained $1.32"; "UK Coal" is a company, not coal
            return _commodity_name(commodities[0].group())
        if self._commodity and re.search(r"\b(?:prices?|barrel|level|futures|a barrel)\b",
                                         text[max(0, start - 60):end + 30], re.I):
            return self._commodity  # "prices ... look like the $40 to $50 level": oil's
        currency = self.currency(clause, start, end)
        if currency is not None:
            return currency
        world = _WORLD.search(text, clause, start)
        if world and not any(m.can_own for m in sentence.between(clause, start)):
            return "global economy"
        return None


# ------------------------------------------------------------------ before the figure


def _possessive(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"BA's profits", "Micron's Q3 revenue", "China's exports"."""
    sentence = focus.sentence
    for mention in reversed(sentence.between(clause, start)):
        after = sentence.text[mention.end:start]
        # "Federated - owner of Macy's and Bloomingdale's - will assume $6bn": a possessive inside an
        # aside governs nothing outside it
        if re.match(r"^(?:'s?|\u2019s?)\s", after) and mention.can_own and _fits(focus, mention, economy) \
                and not re.search(r"\b(?:said|says|told)\b", after) and not sentence.aside(mention, clause) \
                and not FINDINGS_OF.match(sentence.text, mention.end) and not sentence.only_says_whose(mention):
            # "Halifax's own monthly figures suggest ...": whose findings, not whose figure; "Japan's
            # Kinki Nippon sliding 1.5%": the place only says whose company it is; "Smith's new film Hitch
            # took $21m": the maker only says whose work it is
            return mention.name
    return None


def _accused(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"The SEC had accused Titan of illegally paying $2.1m": whom the subject accuses did what
    the figure measures."""
    sentence = focus.sentence
    for mention in sentence.between(clause, start):
        if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) \
                and re.search(r"\b(?:accused|accuses|accusing|charged|charges|suspected|suspects|cleared|clears)\s"
                              r"(?:the\s)?$", sentence.text[max(clause, mention.start - 20):mention.start]) \
                and re.match(r"^\s(?:of|with)\s", sentence.text[mention.end:start]):
            return mention.name
    return None


def _helped(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"sold for $9.3bn to help Yukos pay off part of a $27bn bill": whom the sale helps pays."""
    sentence = focus.sentence
    for mention in sentence.between(clause, start):
        if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) \
                and re.search(r"\b(?:help|helps|helped|helping|enable|enables|enabled|allow|allows|allowed)\s"
                              r"(?:the\s)?$", sentence.text[max(clause, mention.start - 20):mention.start]) \
                and re.match(r"^\s(?:to\s)?(?:pay|repay|settle|cover|meet|fund|finance|service)\b",
                             sentence.text[mention.end:start]):
            return mention.name
    return None


def _named_with_measure(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Toyota sales jumped 11%", "Pernod shares slipped"; "sales at GM sank", "shares in
    Northwind fell"."""
    sentence = focus.sentence
    for mention in sentence.between(clause, start):
        between = sentence.text[mention.end:start]
        if mention.kind == MentionKind.ORG and re.match(r"^\s(?:(?:share)?holdings?|stakes?)\b", between) \
                and re.search(r"\b(?:its|their)\s$", sentence.text[max(0, mention.start - 6):mention.start]):
            # "the value of its Yukos shareholding": the holder's holding, not Yukos's own value
            return focus.referent(mention.start - 4)
        if re.match(rf"^\s{MEASURE_NOUNS}\b", between) and mention.kind == MentionKind.ORG \
                and not re.search(r"[,;]", between):
            return mention.name
        before = sentence.text[max(clause, mention.start - 40):mention.start]
        if re.search(rf"\b(?i:{MEASURE_NOUNS})\s(?:in|at|of)\s(?:(?:the|a)\s)?(?:[\w-]+\s){{0,3}}$", before) \
                and mention.kind == MentionKind.ORG and not re.search(r"\bstakes?\s", before):
            return sentence.head_of(mention, start)
    return None


def _place_market(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"the Indian car market will grow 15%", "the UK market for games grew by 100%": the place's
    market (of what it trades)."""
    sentence = focus.sentence
    for mention in reversed(sentence.between(clause, start)):
        market = re.match(r"^\s((?:[a-z-]+\s){0,2}?)market\b", sentence.text[mention.end:start])
        if market and mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY):
            trade = _MARKET_FOR.match(sentence.text, mention.end + market.end(), start)
            if not market.group(1) and not trade and _company_says(focus, clause, mention.start):
                # "The firm said the UK market had seen sales growth of 8%": its own sales there
                continue
            what = f"{trade.group(1)} " if trade and not market.group(1) else market.group(1)
            return f"{mention.text} {what}market"
    return None


def _company_says(focus: Focus, clause: int, at: int) -> bool:
    """Whether the words before ``at`` in the clause are a company's statement: "The firm, reporting
    its first results, said the ", "Umbro said that the "."""
    sentence = focus.sentence
    said = re.search(rf"\b(?:{VERBS})\s(?:that\s)?(?:the\s)?$", sentence.text[clause:at])
    if said is None:
        return False
    # the speaker opens the sentence, whatever asides come between it and its verb
    return bool(re.match(rf"\W*(?:{DESCRIPTION})\b", sentence.text, re.I)) or any(
        m.kind == MentionKind.ORG and m.start <= 2 for m in sentence.mentions)


#: "the UK market for games grew": what a market trades, before its verb.
_MARKET_FOR = re.compile(r"\sfor\s((?:(?!(?:grew|grow|rose|fell|was|is|were|are|has|had|will|could|would|jumped|"
                         r"dropped|reached|stood)\b)[a-z-]+\s?){1,3}?)(?=\s(?:grew|grow|rose|fell|was|is|were|are|has|"
                         r"had|will|could|would|jumped|dropped|reached|stood)\b)")


def _product_market(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Chinese wine sales are growing, ..., with wine sales in 2003 up 25%": a sentence that opens
    with a nationality or place naming a product's sales, prices or trade, and names no company, is
    about that product's market there, even in an article about a company."""
    sentence = focus.sentence
    if any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT) and not sentence.is_reporter(m, len(sentence.text))
           for m in sentence.mentions):
        return None  # "GM added that US truck sales fell 9%": the company's; "..., the USDA said," only states
    opening = _PRODUCT_MARKET.match(sentence.text)
    if opening is not None and _NOT_PRODUCTS.search(opening.group(2)):
        opening = None  # "US oil prices", "UK house prices": rules of their own
    # "US demand for heating oil was predicted to be about 14% above normal": the product after its trade
    opening = opening or _MARKET_FOR_PRODUCT.match(sentence.text)
    if opening is None or opening.end() > start:
        return None
    place = next((m for m in sentence.mentions if m.start == opening.start(1)
                  and m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)), None)
    return f"{place.text} {opening.group(2)} market" if place is not None else None


#: "Chinese wine sales", "Japanese beer prices" opening a sentence: a place, one or two words of a
#: product, then its trade.
_TRADES = r"(?:sales|prices|exports|imports|consumption|demand)"
_PRODUCT_MARKET = re.compile(rf"^(?:The\s)?([A-Z][\w-]+)\s((?:[a-z][a-z-]+\s)?[a-z][a-z-]+)\s{_TRADES}\b")
#: "US demand for heating oil", "Chinese imports of steel": the same, the product after its trade.
_MARKET_FOR_PRODUCT = re.compile(rf"^(?:The\s)?([A-Z][\w-]+)\s{_TRADES}\s(?:for|of)\s"
                                 r"((?:[a-z][a-z-]+\s)?[a-z][a-z-]+)\b(?!\s[a-z-]+\s(?:rose|fell|grew|was|is))")
#: Words before a measure that are no product ("retail sales", "house prices" have rules of their own).
_NOT_PRODUCTS = re.compile(r"\b(?:retail|total|overall|annual|monthly|quarterly|net|gross|domestic|foreign|online|"
                           r"export|import|consumer|house|home|property|share|stock|oil|crude|petrol|gas|fuel|"
                           r"food|producer|wholesale|average|record|strong|weak|higher|lower|rising|falling|"
                           r"global|world)\b")


def _economy_place_before(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Japanese growth", "growth in Germany", "the outlook for the eurozone"."""
    if not economy:
        return None
    sentence = focus.sentence
    for mention in reversed(sentence.between(clause, start)):
        if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY) and (
                re.match(rf"^\s(?:[\w-]+\s){{0,2}}?{ECONOMY.pattern}", sentence.text[mention.end:start], re.I)
                or re.search(rf"{ECONOMY.pattern}\s(?:[\w-]+\s){{0,2}}(?:in|for|of|across)\s(?:the\s)?"
                             rf"(?:[\w-]+\s){{0,2}}$", sentence.text[max(clause, mention.start - 60):mention.start],
                             re.I)):
            return mention.name
    return None


def _valued(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Goldman Sachs valued its Deluxe Film unit at £300m": the unit's, so its owner's."""
    sentence = focus.sentence
    valued = re.search(r"\bvalu(?:e|es|ed|ing)\s(.{1,60}?)\s(?:at|as)\s(?:(?:about|around|some|nearly)\s)?$",
                       sentence.text[clause:start])
    if valued:
        inside = [m for m in sentence.between(clause + valued.start(1), clause + valued.end(1)) if m.can_own]
        if re.match(r"(?:its|their)\b", valued.group(1)):
            return focus.referent(clause + valued.start(1))
        if inside:
            return inside[0].name
    return None


def _possessor(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"its sales in India", "the firm's shares": whoever "it" is."""
    possessor = re.search(rf"\b(?:(its|their)|({DESCRIPTION})(?:'s|\u2019s))\s(?:[\w-]+\s){{0,5}}?"
                          rf"(?:{MEASURE_NOUNS})\b",
                          focus.sentence.text[clause:start], re.I)
    if possessor:
        return focus.referent(clause + possessor.start())
    return None

# ------------------------------------------------------------------ after the figure


def _economy_place_after(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"growth of 2.2% across the European Union", "inflation of 3% in Japan"."""
    if not economy:
        return None
    sentence = focus.sentence
    where = re.match(r"^\s(?:[a-z-]+\s){0,3}?(?:in|across|for|throughout)\s(?:the\s)?(?:[\w-]+\s){0,2}?",
                     sentence.text[end:end + 60])
    for mention in sentence.mentions:
        if where and mention.start == end + where.end() and mention.kind in (MentionKind.PLACE,
                                                                             MentionKind.NATIONALITY):
            return mention.name
    return None


def _possessor_after(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"wiped 7% off Orbital's market value", "a 40% rise in BA's shares": the possessor after the figure."""
    sentence = focus.sentence
    held = re.match(r"^\s(?:[a-z]+\s){0,2}?(?:off|in|from)\s(?=[A-Z])", sentence.text[end:end + 80])
    if held:
        for mention in sentence.mentions:
            if mention.start == end + held.end() and mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) \
                    and re.match(rf"^(?:'s?|\u2019s?)\s(?:[\w-]+\s){{0,2}}?{MEASURE_NOUNS}\b",
                                 sentence.text[mention.end:mention.end + 50]):
                return mention.name
    return None


def _agent_after(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"the $204m announced by rival Google", "an $8bn offer from Qwest"."""
    sentence = focus.sentence
    agent = re.match(r"^\s(?:(?:profit|loss|revenue|sales)\s)?(?:announced|reported|posted|made|earned|recorded|"
                     r"generated|raised|paid|spent|lost|offered|bid)\sby\s(?:(?:its|the)\s)?(?:(?:rival|partner|"
                     r"parent|chipmaker|carmaker|firm|company|group)\s)?(?=[A-Z])", sentence.text[end:end + 80])
    # "IPC is 46%-owned by Reliance Industries": the holder's stake
    agent = agent or re.match(r"^-?\s?owned\sby\s(?:the\s)?(?=[A-Z])", sentence.text[end:end + 40])
    # "rejected an $8bn offer from Qwest", "a £800m takeover bid from US tycoon Malcolm Glazer": the
    # bidder's offer, whatever describes the bidder before its name
    bidder = re.match(r"^\s(?:\([^()]{1,20}\)\s)?(?:[a-z-]+\s){0,2}?(?:offer|bid|takeover|buyout|approach|proposal)"
                      r"\s(?:from|by)\s"
                      r"(?:(?:its|the)\s)?", sentence.text[end:end + 80])
    # "a $27bn (£14bn) back tax bill, which they claim is owed by Yukos", "$5bn owed by Parmalat": the debtor's
    debtor = re.match(r"^[^.;]{0,40}?(?:,\s(?:which|that)\s(?:[a-z]+\s){0,3}?(?:is|was|are|were)\s|\s)"
                      r"(?:owed|owing|due|payable)\sby\s(?:the\s)?(?=[A-Z])", sentence.text[end:end + 100])
    # "the $27bn Russia says Yukos owes in taxes": the name that owes it, after whoever says so
    owes = re.match(r"^\s(?:(?:that|which)\s)?(?:[A-Z][\w-]*\s(?:says|said|claims|claimed|believes|alleges)\s)?"
                    r"(?:(?:that|the)\s)?(?=[A-Z][\w&-]*(?:\s[A-Z][\w&-]*)*\s(?:still\s)?(?:owes|owed)\b)",
                    sentence.text[end:end + 80])
    right_after = agent or debtor or owes
    if right_after is not None:
        named = next((m for m in sentence.mentions if m.start == end + right_after.end() and m.can_own), None)
        if named is not None or agent is not None:
            return named.name if named is not None else None
    if bidder is not None:
        at = end + bidder.end()
        named = next((m for m in sentence.mentions if at <= m.start < at + 40
                      and (m.can_own or m.kind == MentionKind.PERSON)  # a tycoon bids as well as a company
                      and m.kind not in (MentionKind.PLACE, MentionKind.NATIONALITY)), None)
        if named is not None and re.fullmatch(r"(?:(?:[A-Z]{2,3}|[A-Z][a-z]+)\s)?(?:[a-z-]+\s){0,2}",
                                              sentence.text[at:named.start]):
            return named.name
    return None


def _compared_place(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Less than 20% of India's population own a mobile, compared to well over 50% in most European
    countries": the place a compared figure is of, named right after it."""
    sentence = focus.sentence
    if not re.search(r"\b(?:compared\s(?:to|with)|against|versus|than)\s(?:(?:well|just|only|about|around|some|nearly|"
                     r"almost|over|under|more|less|than)\s)*$", sentence.text[max(0, start - 40):start]):
        return None
    after = re.match(r"\s(?:in|for|among)\s(?:(?:most|many|some|all|other)\s)?(?:the\s)?", sentence.text[end:end + 30])
    if after is None:
        return None
    return next((m.name for m in sentence.mentions if m.start == end + after.end()
                 and m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)), None)


def _priced(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Apple launched a $99 iPod shuffle": the product an amount written before its name prices."""
    sentence = focus.sentence
    if not re.match(r"[$\u00a3\u20ac\u00a5]|\d", sentence.text[start:end]) or re.search(r"(?:bn|m|million|billion)$",
                                                                                        sentence.text[start:end]):
        return None  # a price is a small sum: "a $2.4bn plant" is an investment in it
    gap = re.match(r"\s(?:to\s[$\u00a3\u20ac\u00a5]?[\d.,]+\s)?", sentence.text[end:])
    at = end + (gap.end() if gap else 0)
    named = next((m for m in sentence.mentions if m.start == at and m.kind in (MentionKind.PRODUCT, MentionKind.ORG)
                  and gap is not None), None)
    if named is not None and not re.match(r"\s(?:deal|offer|bid|takeover|contract|fine|loss|profit)",
                                          sentence.text[named.end:]):
        return named.name
    return None  # a described thing ("console or PC titles") is only a guess: see OwnerFinder


#: What a large sum written before a name is the cost or value of: "the $22bn Three Gorges Dam project".
_WORKS = (r"project|dam|plant|stadium|scheme|programme|program|pipeline|bridge|tunnel|railway|line|airport|factory|"
          r"development|complex|centre|center|mall|refinery|mine|terminal|port|venture|deal|merger|takeover")
_WORK_AFTER_NAME = re.compile(rf"(?:\s[a-z-]+)?\s(?:{_WORKS})\b")


def _project_named(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"at the $22bn Three Gorges Dam project", "the £757m Wembley stadium": the works a large sum written
    right before its name is the cost or value of, not the subject that builds or buys it."""
    sentence = focus.sentence
    if not re.search(r"(?:bn|m|million|billion|trillion)$", sentence.text[start:end]) \
            or not re.match(r"[$\u00a3\u20ac\u00a5\d]", sentence.text[start:end]):
        return None
    # the capitalised words right after the sum ("Three Gorges Dam", whose number word no name keeps)
    run = re.match(r"\s([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*)*)", sentence.text[end:])
    named = next((m for m in sentence.mentions if run is not None and end + run.start(1) <= m.start
                  and m.end == end + run.end(1) and m.kind in (MentionKind.PRODUCT, MentionKind.ORG)), None)
    if run is None or named is None:
        return None
    if re.search(rf"\s(?:{_WORKS})$", named.text, re.I) or _WORK_AFTER_NAME.match(sentence.text, named.end):
        return named.name if named.start == end + run.start(1) else run.group(1)
    return None


def _plaintiff(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"Yukos has said it will sue Baikal and others ... for $20bn in damages": the damages the suer
    seeks, the name (or "it") right before the verb of suing."""
    sentence = focus.sentence
    sued = SUED_FOR.search(sentence.text, 0, start)
    if sued is None:
        return None
    pronoun = re.search(r"\b(?:it|they)\s(?:(?:will|would|is\sto|plans\sto|intends\sto|has|had|could|may)\s)?$",
                        sentence.text[:sued.start()])
    if pronoun is not None:
        return focus.referent(pronoun.start())
    named = [m for m in sentence.between(0, sued.start()) if m.can_own and not sentence.is_object(m)
             and re.fullmatch(r"\s(?:(?:will|would|is\sto|has|had|plans\sto|intends\sto|could|may)\s)?",
                              sentence.text[m.end:sued.start()])]
    # "The majority owner of embattled Russian oil firm Yukos has sued": the owner, unnamed, not Yukos
    return named[-1].name if named and not sentence.related(named[-1]) else None


def _linked_after(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"a 40% drop in profits at BA", "growth of 3.6% for the OECD's members"; never "8% of
    Google", a share of something, whose owner is the holder."""
    sentence = focus.sentence
    # "for" binds only an economy's figure ("growth of 3.6% for the OECD's members"): "cut A$68m from
    # targets for Wembley" names a project, not an owner. "against" binds a sum owed ("a $27.5bn tax
    # claim against Yukos"), never a sum sought: "$20bn in a lawsuit against Rosneft" is the plaintiff's.
    links = "at|for" if economy else "at"
    after = sentence.text[end:end + 80]
    # "sales jumping 28% at young women's clothing retailer Bebe Stores": a description's possessive too
    bound = re.match(rf"^[^,;.]{{0,40}}?\b(?:{links})\s(?:(?:the|a)\s)?(?:[\w'\u2019-]+\s){{0,5}}?(?=[A-Z])", after) \
        or re.match(r"^\s(?:[a-z-]+\s)?(?:claims?|bills?|fines?|penalt(?:y|ies)|charges?|demands?)\sagainst\s"
                    r"(?:the\s)?(?=[A-Z])", after)
    if bound:
        for mention in sentence.mentions:
            if mention.start == end + bound.end() and mention.can_own and _fits(focus, mention, economy):
                return mention.name
    return None


def product_change_market(focus: Focus, end: int) -> str | None:
    """"The 3.3% fall in car sales had been expected", in an article about the US economy that names no
    company in the sentence: that product's market in the place in focus (a guess: the sentence does
    not name the place)."""
    sentence = focus.sentence
    if focus.is_org() or not focus.entity or any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                                                 for m in sentence.mentions):
        return None
    change = re.match(r"\s(?:fall|rise|drop|increase|decline|jump|slump|gain)\sin\s((?:[a-z-]+\s)?[a-z-]+)\s"
                      r"(?:sales|prices|exports|imports)\b", sentence.text[end:end + 60])
    if change is None or _NOT_PRODUCTS.search(change.group(1)):
        return None
    return f"{focus.entity} {change.group(1)} market"


def _place_average(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"the projected eurozone average of just above 2%", "the EU average of 4%": the place whose
    average it is."""
    sentence = focus.sentence
    for mention in reversed(sentence.between(clause, start)):
        if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY) and re.fullmatch(
                r"\s(?:[a-z-]+\s)?average\s(?:of\s)?(?:(?:just|about|around|some|nearly|almost|over|under|above|"
                r"below)\s)*", sentence.text[mention.end:start]):
            return mention.name
    return None


def _holding_share(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"led by Lukoil with 11% of the market", "Sibneft, with about 7% of the market": the company
    named right before "with" holds the share of the market after it."""
    sentence = focus.sentence
    if not re.match(r"\s(?:of\s(?:the|its|their)\s(?:[\w-]+\s){0,2}?market|market\sshare)\b",
                    sentence.text[end:end + 60]):
        return None
    before = re.search(r",?\swith\s(?:(?:about|around|nearly|almost|just|over|under|some|roughly|more\sthan|"
                       r"less\sthan)\s)*$", sentence.text[:start])  # the clause starts at "with"
    if before is None:
        return None
    at = before.start()
    return next((m.name for m in sentence.mentions if m.end == at and m.kind in (MentionKind.ORG, MentionKind.PRODUCT)),
                None)


def _fits(focus: Focus, mention: Mention, economy: bool) -> bool:
    """A place owns an economy's figures; a company's figures it only qualifies ("US sales")."""
    return mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or economy or not focus.is_org()


#: The bindings in the order tried: the first that names an owner decides.
_BINDINGS: tuple[_Binding, ...] = (
    _accused, _helped, _plaintiff, _priced, _project_named, _compared_place, _possessive, _named_with_measure,
    _place_market, _product_market, _economy_place_before, _economy_place_after, share_of_named, _valued, _possessor,
    _possessor_after, _agent_after, _linked_after, _holding_share, _place_average)


def _commodities(text: str, mentions: list[Mention], begin: int, end: int) -> list[re.Match[str]]:
    """The commodities named in ``text[begin:end]`` that are no part of a company's name."""
    return [m for m in _COMMODITY.finditer(text, begin, end) if not _inside_name(m, mentions)]


def _inside_name(match: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a commodity word is part of an organisation's name ("UK Coal", "Shell Oil")."""
    return any(m.start <= match.start() and match.end() <= m.end and m.kind == MentionKind.ORG
               and m.end - m.start > match.end() - match.start() for m in mentions)


def _article_commodity(article: Article) -> str:
    """The commodity an article's headline is about ("Strong demand triggers oil rally"), by the
    name its body gives it, or ""."""
    headline = f"{article.title} {article.subtitle}"
    words = re.findall(r"[A-Za-z]+", headline)
    sentence_case = sum(w[0].islower() for w in words) * 2 >= len(words)
    # "UK Coal plunges into deeper loss": in a headline written in sentence case, a capitalised
    # commodity word inside it is part of a name.
    if not any(m.group()[0].islower() or m.start() == 0 or not sentence_case for m in re.finditer(
            r"\b(?:oil|crude|gold|silver|copper|gas|coal|wheat|cocoa|coffee|sugar)\b", headline, re.I)):
        return ""
    found = _COMMODITY.search(" ".join(article.paragraphs()))
    return _commodity_name(found.group()) if found else ""


def _commodity_name(text: str) -> str:
    """"Crude oil" -> "crude oil"; "US light crude" and "Brent crude" keep their names."""
    return text if text.split()[0] in ("US", "Brent", "WTI") else text.lower()
