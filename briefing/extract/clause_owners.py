"""Rules 2 and 3 of the owner finder: the subject of the figure's clause, and its speaker.

:class:`ClauseOwners` reads one clause of the sentence the :class:`~briefing.extract.focus.Focus`
is reading: its first organisation standing as a subject (a country or nationality only for an
economy's figures), "it" or "the company" (the entity in focus), or the speaker of "GM said sales
fell 9%" when the article is about it. It also says who states a figure (:meth:`ClauseOwners.source`):
"according to the OECD", a trailing ", the OECD said", a statistics office or survey named before it.
"""

from __future__ import annotations

import re

from briefing.extract.clauses import Clause, noun_phrase_subject, plural_before, reporting_noun
from briefing.extract.focus import COUNTRY_DESCRIPTION, GOVERNMENT, Focus, Owner, people_of_a_country
from briefing.extract.groups import people_of_a_place
from briefing.extract.lexicon import COMPANY_NOUNS, ROLE_WORDS
from briefing.extract.names import Mention, MentionKind
from briefing.extract.owner_patterns import (
    DESCRIPTION,
    ECONOMY,
    FINDINGS,
    FINDINGS_OF,
    MEASURE_NOUNS,
    STATE_PAYS,
    VERBS,
)
from briefing.extract.plausibility import government_of

#: A clause opening with "it" as its subject, then its verb: "It was forced to", "It has".
_IT_ACTS = re.compile(r"\W*(?:[Ii]t)\s(?=(?:has|had|was|is|will|would|could|also|then|now|later)\b)")
#: After "it", words that make it a dummy subject: "it can cost £1,500 to ...", "it is expected that".
_EXPLETIVE = re.compile(r"\s(?:(?:can|could|would|will|may|might|should|could\sstill)\s)?(?:cost|costs|take|takes|took|"
                        r"(?:is|was|would\sbe|will\sbe)\s(?:expected|estimated|thought|believed|likely|unlikely|"
                        r"possible|hoped|feared|reported|understood)\b)")
#: "It is an industry that ...", "it was a market which ...": "it" is the thing it is said to be.
_IT_IS_A = re.compile(r"\s(?:is|was)\s(?:an?|the)\s((?:[a-z-]+\s){0,2}?([a-z-]+))\s(?:that|which|whose|where)\b")
_PRONOUNS = re.compile(rf"\b(?:it|its|they|their|{DESCRIPTION})\b", re.I)
_OBJECT_IT = re.compile(r"\b(?:for|allow\w*|enabl\w*|lett?\w*|help\w*|forc\w*|leav\w*|persuad\w*|urg\w*)\s$",
                        re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s(?:(?:the|a|an)\s)?([^,.;]{2,80})")
_TRAILING_SPEAKER = re.compile(rf",\s(?:(?:the|a)\s)?([^,]{{1,60}}?)\s(?:{VERBS})\b[^,]*\.?$")


#: A market, index or currency opening a clause that "; it" or ", but it" follows: "And the US stock
#: market was on its way down ...; it rose by 20%", "The dollar fell against the euro, but it rose 2%".
_MARKET_CLAUSE = re.compile(r"(?:^|;\s)\W*(?:(?:And|But|Yet|So|Even)\s)?(?:[Tt]he\s)((?:[A-Za-z&'-]+\s){0,3}?"
                            r"(?:market|index|economy|currency|dollar|pound|euro|yen|rouble|bourse))\s"
                            r"(?:[a-z]+ly\s)?(?:is|was|has|had|will|would|could|fell|rose|dropped|climbed|slipped|"
                            r"gained|lost|ended|closed|remained|stood|hit)\b[^;]*?(?:;|,\s(?:and|but|while))\s*$")


def _market_before(text: str, pos: int) -> str:
    """The market the clause right before "it" at ``pos`` opened with; ""."""
    found = None
    for found in _MARKET_CLAUSE.finditer(text, 0, pos):
        pass
    return found.group(1) if found is not None else ""


#: A place acting on its own measure: "China increased its generating capacity by 12.6%".
_ACTS_ON_ITS_OWN = re.compile(r"\s(?:(?:has|have|had|also|then)\s)?[a-z]{3,}(?:ed|s)\s(?:its|their)\s")
#: A clause opening with its verb: "is to buy", "and has the option to buy", "will sell".
_OPENS_WITH_VERB = re.compile(r"\W*(?:(?:and|but|or)\s)?(?:(?:is|are|was|were|will|would|has|have|had)\s(?:to\s)?)?"
                              r"(?:buy|buys|bought|sell|sells|sold|acquire[sd]?|order(?:s|ed)?|purchase[sd]?|build|"
                              r"builds|built|supply|supplies|supplied|make|makes|made|take|takes|took)\s")
#: A speaker's findings reported in turn: "(said) its figures suggested that", "(said) their research showed".
_FINDINGS = re.compile(r"\s*(?:(?:said|says|added|adds)\s)?(?:that\s)?(?:its|their|his|her|the)\s"
                       rf"(?:own\s|latest\s|new\s)?{FINDINGS}\s(?:\w+ly\s)?(?:suggested|showed|shows?|suggests?|"
                       r"found|finds?|indicated|indicates?|revealed|reveals?)\s(?:that\s)?")
#: A name inside a relative clause that defines a plural before it: "states which joined the ".
_IN_RELATIVE = re.compile(r"\b[a-z]+s\s(?:which|who)\s(?:[a-z]+\s){1,3}$")
#: A company's bare measure opening a statement ("that sales rose", "Quarterly profits fell"): the
#: speaker's own, when the speaker is a company ("retail sales" and "house prices" are an economy's).
OWN_MEASURE = re.compile(r"^\W*(?:that\s)?(?:(?:its|their|quarterly|annual|full-year|net|pre-tax|operating|overall|"
                         r"total|group|like-for-like|underlying|first-quarter|second-quarter|third-quarter|fourth-quarter)\s)*"
                         r"(?:sales|profits?|revenues?|earnings|turnover|orders|losses?|shares)\b", re.I)


#: A role right after a name and before a person's: " supremo ", " boss ", " chief executive ".
_ROLE_BEFORE_PERSON = re.compile(rf"\s(?:[a-z-]+\s)?(?:{ROLE_WORDS.pattern}|supremo|mogul|impresario|producer|creator|"
                                 r"star|owner)\s(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s)?")
#: Verbs of claiming: what follows is said of anyone, the speaker or its rivals.
_CLAIM_VERBS = (r"claim|claims|claimed|allege|alleges|alleged|argue|argues|argued|insist|insists|insisted|complain|"
                r"complains|complained")
_CLAIMS = re.compile(rf"\b(?:{_CLAIM_VERBS}|accuse|accuses|accused|charge|charges|charged)\b")
#: A subject's claim: "also claim that", "argued that", "has complained that".
CLAIMS_THAT = re.compile(rf"\s?(?:(?:also|now|still|have|has|had)\s)?(?:{_CLAIM_VERBS})\sthat\b")
#: A statement that opens with the speaker's own: "that its costs", "we have", "they spent".
_OWN_WORDS = re.compile(r"\W*(?:that\s)?(?:it|its|they|their|we|our|he|his|she|her)\b", re.I)
#: "A survey of 280 schemes by", "research by", "a report from": whose study the speaker's words report.
_SURVEY_BY = re.compile(r"\b(?:survey|study|poll|report|research|analysis|census)\b[^,;]{0,40}\b(?:by|from|of)\s"
                        r"(?:the\s)?(?:[A-Z][\w&.-]*(?:'s|\u2019s|')?\s)*\(?$")


class ClauseOwners:
    """The owner a clause gives a figure by its subject or its speaker, and who states the figure."""

    def __init__(self, focus: Focus) -> None:
        self._focus = focus

    def owner(self, clause: Clause, start: int, economy: bool) -> Owner | None:
        """The owner clause ``clause`` gives the figure at ``start``: its subject, "it" or "the
        firm", or its speaker; None when the clause names none of them."""
        focus, sentence = self._focus, self._focus.sentence
        end = min(clause.end, start)
        speaker = self._speaker(clause.begin, end)
        said_from = speaker.end if speaker is not None else clause.begin
        findings = _FINDINGS.match(sentence.text, said_from, end)
        if findings is not None:
            # "AOL said its figures suggested that sports based games attracted 90%": what the
            # findings are about, not whose findings they are
            said_from = findings.end()
        people = people_of_a_place(sentence, said_from, end)
        if people is not None:
            return Owner(people, group=True)  # "UK shoppers spent £5.3bn": those people, not the firm in focus
        # "..., is to buy 10 A320 aircraft from Airbus": a clause that opens with its verb has its subject
        # in the clause before, and the names after the verb are its objects
        subject = self._subject(said_from, end, want_org=not economy) \
            if not (clause.shares_subject and speaker is None and _OPENS_WITH_VERB.match(sentence.text, clause.begin)) \
            else None
        opener = _IT_ACTS.match(sentence.text, said_from)
        if subject is not None and opener is not None and subject.start >= opener.end() \
                and not re.search(rf"\b(?:{VERBS})\b", sentence.text[opener.end():subject.start]) \
                and not _EXPLETIVE.match(sentence.text, opener.end() - 1):
            # "It was forced to sell its key production unit Yuganskneftegas ... after being hit with a
            # bill of $27bn": "it" is the clause's subject; the name after its verb is an object
            subject = None
        if subject is not None and sentence.related(subject):
            # "the majority owner of embattled Russian oil firm Yukos": Yukos's owner
            whose = sentence.head_of(subject, end)
            return Owner(f"{whose} {sentence.related(subject)}", False,
                         f"owner unclear: the {sentence.related(subject)} of {whose}, unnamed")
        claim = CLAIMS_THAT.match(sentence.text, subject.end) if subject is not None else None
        if subject is not None and claim is not None and not _OWN_WORDS.match(sentence.text, claim.end()):
            # "The Tories also claim that of the £750m the prime minister pledged ..., only £41m had been
            # spent": a claim is made of others' money as often as of one's own
            return Owner(subject.name, False, f"owner unclear: claimed by {subject.name}", subject.name)
        if subject is not None:
            return Owner(subject.name)
        found_about = noun_phrase_subject(sentence.text, said_from, end) if findings is not None else ""
        if found_about and not re.search(rf"\b{MEASURE_NOUNS}$", found_about):
            return Owner(found_about, False, "owner unclear: a description, not a name",
                         speaker.name if speaker is not None else "")
        pronoun = _PRONOUNS.search(sentence.text, said_from, end)
        if pronoun and pronoun.group().lower() == "it" and _EXPLETIVE.match(sentence.text, pronoun.end()):
            pronoun = None  # "It can cost up to £1,500 to make a copy": no company's cost
        described = _IT_IS_A.match(sentence.text, pronoun.end()) if pronoun and pronoun.group().lower() == "it" \
            else None
        if described and described.group(2).lower() not in COMPANY_NOUNS:
            # "It is an industry that is growing by 6% a year": the industry, no company; the one the
            # sentence before described ("the creative industry brought £21bn to London") if it did
            before = focus.before if focus.before.lower().endswith(f" {described.group(2).lower()}") else ""
            return Owner(before or described.group(1), False, "owner unclear: a description, not a name")
        governing = GOVERNMENT.match(sentence.text, pronoun.start()) if pronoun else None
        if pronoun and governing is not None:
            # "The government gives £200 for winter fuel", in an article about a party's pledge: the
            # country's, sure when the sentence names it or it is the one in focus
            place = focus.governed(pronoun.start(), governing.end())
            # "forced the sale of Yukos' most lucrative asset as part of its action to enforce a $27bn tax
            # bill": a company named between them may be whose the money is
            named = bool(place) and (any(m.name == place for m in sentence.between(0, governing.end()))
                                     or place == focus.entity) \
                and not any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                            for m in sentence.between(governing.end(), start))
            name = place if economy or not place else government_of(place)
            return Owner(name, named, "" if named else "owner unclear: which country's government")
        if pronoun and COUNTRY_DESCRIPTION.match(pronoun.group()):
            # "the country", "the economy": a place; sure when the sentence names it or it is the one in focus
            place = focus.place_before(pronoun.start())
            if not place:
                return None
            named = any(m.name == place for m in sentence.between(0, pronoun.start())) or place == focus.entity
            # "The country's banking market ... with annual revenues of $44bn": the country's market
            market_of = re.match(r"(?:'s|\u2019s)\s((?:[a-z-]+\s){0,2}market)\b", sentence.text[pronoun.end():])
            name = f"{place} {market_of.group(1)}" if market_of else place
            return Owner(name, named, "" if named else "owner unclear: not named in its sentence")
        market = _market_before(sentence.text, pronoun.start()) if pronoun and speaker is None else ""
        if market and pronoun is not None and pronoun.group().lower() in ("it", "its"):
            # "the US stock market was on its way down before 2001; it rose by 20% after": the market
            # the clause before opened with, not a company
            return Owner(market, False, "owner unclear: a description, not a name")
        if pronoun and focus.entity:
            name = (focus.referent(pronoun.start()) if speaker is None else speaker.name
                    if speaker.kind in (MentionKind.ORG, MentionKind.PRODUCT) else focus.entity)
            # A company is "it": "they" is a group ("the world's richest countries have said they
            # want ..."), and the entity in focus is only a guess at it.
            where = next((m for m in sentence.between(said_from, pronoun.start()) if m.kind == MentionKind.PLACE
                          and re.fullmatch(r"\W*In\s(?:the\s)?", sentence.text[said_from:m.start])
                          and re.fullmatch(r",?\s", sentence.text[m.end:pronoun.start()])), None)
            if pronoun.group().lower() == "they" and where is not None:
                # "In China they spend $17 per child on textbooks": the people of that place
                return Owner(where.name, False, f"owner unclear: people in {where.name}")
            if pronoun.group().lower() in ("they", "their"):
                # "Although inventories fell 0.7%, they were 36% higher": the plural before it, if any
                plural = plural_before(sentence.text, pronoun.start()) if speaker is None else ""
                return Owner(plural or name, False, "owner unclear: \"they\" may be more than one")
            if speaker is None and focus.from_elsewhere(pronoun.group(), name):
                # "The US firm is thought to be offering $2bn", in an article about Fiat and GM that
                # never says which of them is American
                return Owner(name, False, f"owner unclear: \"{pronoun.group()}\" may be another company")
            if pronoun.group().lower() == "it" and _OBJECT_IT.search(sentence.text[max(0, pronoun.start() - 30):
                                                                                     pronoun.start()]):
                # "Sumitomo told UFJ of its decision, clearing the way for it to conclude a deal with
                # Mitsubishi": "it" is whom the subject lets act, often another company
                return Owner(name, False, "owner unclear: \"it\" may be another company")
            other = next((m for m in sentence.between(0, speaker.start)
                          if m.kind in (MentionKind.ORG, MentionKind.PRODUCT) and m.name != name
                          and not sentence.is_object(m) and not sentence.modifier(m)), None) \
                if speaker is not None and pronoun.group().lower() in ("it", "its") else None
            if other is not None:
                # "GMAC has been a strong contributor to profits but GM said it will do less well this
                # year, delivering net income of $2.5bn": "it" may be the company the sentence opened with
                return Owner(name, False, f"owner unclear: \"it\" may be {other.name}")
            return Owner(name)
        if speaker is not None and speaker.can_own:
            return self._speaker_owner(speaker, said_from, end, economy)
        return None

    def _speaker_owner(self, speaker: Mention, said_from: int, end: int, economy: bool) -> Owner:
        """"GM added that US truck sales fell 9%", "FAO expects a 5% rise": the speaker's own figure
        when the article is about it or the statement names nothing else; else the focus's, unsure."""
        focus, text = self._focus, self._focus.sentence.text
        statement = text[said_from:end]
        described = bool(noun_phrase_subject(text, said_from, end)) or bool(
            re.search(r"\b[a-z]+s?\s(?:[a-z]+\s)?(?:rose|fell|grew|jumped|dropped|slipped|climbed|increased|"
                      r"decreased|declined|slumped|were|was|is|are|had|has)\b", statement))
        # "Company1 Corp said sales rose 2%": a company's bare measure is its own ("retail sales",
        # "house prices" are an economy's, see owners._is_economy).
        own = not economy and OWN_MEASURE.match(statement)
        # "A survey of 280 schemes by Incomes Data Services said employer contributions had increased":
        # who surveys others states their figures, however often the article names it
        # "A National Audit Office report on the 20 biggest projects says costs have risen", "The NAO's
        # annual report showed": its report speaks, of what others spend
        reported = re.search(rf"\b{FINDINGS}\b", text[speaker.start:said_from]) is not None
        surveyed = _SURVEY_BY.search(text, max(0, speaker.start - 90), speaker.start) is not None \
            and described and not own and noun_phrase_subject(text, said_from, end) != "" or reported and not own
        if speaker.kind in (MentionKind.ORG, MentionKind.PRODUCT) and not surveyed \
                and (focus.about(speaker.name) or not described or own):
            if not own and _CLAIMS.search(text, speaker.start, said_from) and not _OWN_WORDS.match(statement):
                # "The Tories also claim that of the £750m the prime minister pledged ..., only £41m had been
                # spent": a claim is made of others' money as often as of one's own
                return Owner(speaker.name, False, f"owner unclear: claimed by {speaker.name}", speaker.name)
            return Owner(speaker.name, bound=bool(own))
        if speaker.kind == MentionKind.PLACE and economy and not described:
            # "The North East showed the highest rate of inflation at 26.2%": a place whose verb has the
            # measure as its object states nothing of others; the rate is its own
            return Owner(speaker.name)
        words = noun_phrase_subject(text, said_from, end)
        if words:
            # "analysts InStat/MDR predicted that smartphone shipments will grow by 44%": what the
            # statement is about, not the company the article was last talking about
            return Owner(words, False, "owner unclear: a description, not a name", speaker.name)
        if focus.entity and focus.entity != speaker.name and not focus.only_reports(focus.entity):
            return Owner(focus.entity, False, f"owner unclear: stated by {speaker.name}", speaker.name)
        return Owner("", False, f"owner unclear: stated by {speaker.name}", speaker.name)

    def _subject(self, begin: int, end: int, want_org: bool) -> Mention | None:
        """The first name of ``sentence[begin:end]`` that can own figures and stands as a subject (not
        the object of a preposition, not a speaker, not a modifier of "the firm"); a country or
        nationality only when ``want_org`` is false (an economy's figure) or no company is in view."""
        sentence = self._focus.sentence
        for mention in sentence.between(begin, end):
            relation = sentence.related(mention)
            if relation and mention.can_own and not sentence.aside(mention, begin):
                if sentence.aside(mention, 0):
                    # "The Paris-based exchange, owner of Liffe in London, is reported to be ready": the
                    # role describes the subject before it, which the clause split off
                    continue
                return mention  # "The majority owner of Yukos has sued ...": the subject is the owner, unnamed
            if FINDINGS_OF.match(sentence.text, mention.end):
                continue  # "Halifax's own monthly figures suggest the average price ...": who found it, not whose
            if _IN_RELATIVE.search(sentence.text, begin, mention.start):
                continue  # "The eight states which joined the EU will see 4.6% growth": the states'
            if not mention.can_own or sentence.is_reporter(mention, end) or sentence.aside(mention, begin) \
                    or sentence.modifier(mention) or re.search(r"\baccording to\s(?:the\s)?$",
                                                               sentence.text[max(0, mention.start - 20):mention.start],
                                                               re.I):
                continue
            if sentence.only_says_whose(mention):
                # "Australia's BHP Billiton ... is planning to invest $1.9bn": the company's, wherever from;
                # "Smith's comedy will ... top the $100m mark": the comedy's, not its star's
                continue
            if self._describes_a_person(mention):
                continue  # "Pop Idol supremo Simon Fuller has sold ...": the person's deed, not the show's
            place = mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
            economic = place and bool(re.match(rf"^\s(?:[\w-]+\s){{0,2}}?{ECONOMY.pattern}",
                                              sentence.text[mention.end:end], re.I))
            if sentence.is_object(mention) and not (economic or place and not want_org and sentence.in_of(mention)):
                continue
            if place and not economic:
                # "US retail giant Federated Department Stores is to buy": the company the place describes,
                # even in an article about a country ("US oil giant ExxonMobil signed a $12.8bn deal")
                head = next((m for m in sentence.between(mention.end, end) if m.kind == MentionKind.ORG
                             and re.fullmatch(r"(?:\s[a-z][\w-]*){1,3}\s", sentence.text[mention.end:m.start])), None)
                if head is not None:
                    return head
            if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or economic or not want_org \
                    or not self._focus.is_org() or place and STATE_PAYS.match(sentence.text, mention.end) \
                    or place and _ACTS_ON_ITS_OWN.match(sentence.text, mention.end) \
                    or people_of_a_country(sentence.text, mention):
                return mention  # "China lent Russia $6bn", in an article about Yukos: China's loan
        return None

    def _describes_a_person(self, mention: Mention) -> bool:
        """Whether ``mention`` and a role after it describe the person named next: "Pop Idol supremo Simon
        Fuller", "Microsoft founder Bill Gates"."""
        sentence = self._focus.sentence
        role = _ROLE_BEFORE_PERSON.match(sentence.text, mention.end)
        # after a role, "Simon Fuller" is a person however the names read it
        return role is not None and any(m.start == role.end() and (m.kind == MentionKind.PERSON or re.fullmatch(
            r"[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z][a-z'-]+", m.text) is not None) for m in sentence.mentions)

    def _speaker(self, begin: int, end: int) -> Mention | None:
        """"GM added that ...", "INSEE said ...": the name before an active reporting verb. A passive
        ("is expected to") reports nothing: its subject is the owner."""
        sentence = self._focus.sentence
        text = sentence.text
        for match in re.finditer(rf"\b(?:{VERBS})\b(?:\sthat)?", text[begin:end]):
            verb_at = begin + match.start()
            if re.search(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)?$", text[begin:verb_at]) \
                    and not match.group().endswith("ing") \
                    or re.match(r"^\s(?:to|by)\b", text[begin + match.end():]):
                continue
            if reporting_noun(text, verb_at, begin + match.end()):
                continue  # "the eight central European states which joined the EU": a noun, no verb
            # "The High Street retailer said": a name that describes "the retailer" is no speaker
            names = [m for m in sentence.between(begin, verb_at)
                     if not (sentence.modifier(m) and m.kind in (MentionKind.ORG, MentionKind.PRODUCT))]
            if names:
                last = names[-1]
                return Mention(last.start, begin + match.end(), last.text, last.kind, last.name)
        return None

    def source(self, start: int) -> str:
        """Who states the figure: "according to X", a trailing ", the OECD said", or a source body
        (statistics office, survey, the press) named before it."""
        sentence = self._focus.sentence
        according = _ACCORDING.search(sentence.text)
        if according:
            names = [m for m in sentence.mentions if according.start(1) <= m.start < according.end(1)]
            if names:
                return names[0].name
            # "According to statistics 50% of all muggings ...": the words before the figure, unless
            # they name no one ("statistics", "reports")
            said = re.split(r",|\s(?=[\d$£€¥])|\s(?:that|the|a)\s", according.group(1))[0].strip()
            return "" if re.fullmatch(r"(?:official\s|recent\s|new\s)?(?:statistics|figures|reports?|data|"
                                      r"estimates|research|analysts|experts|sources)", said, re.I) else said
        trailing = _TRAILING_SPEAKER.search(sentence.text[start:])
        if trailing:
            names = [m for m in sentence.mentions if m.start >= start + trailing.start(1)]
            if names and names[0].kind != MentionKind.PERSON:
                return names[0].name
        for mention in sentence.mentions:
            if mention.kind == MentionKind.SOURCE and mention.start < start:
                return mention.name
        return ""
