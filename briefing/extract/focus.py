"""What the article is talking about, sentence by sentence, and the owners found so far.

:class:`Focus` knows the article's main entity (what its headline is about), the entity in focus
(the last organisation or country a sentence was about, else the main one), the certain owners of
the last sentence with figures, and who has only ever reported figures about others. It resolves
"it", "its" and "the firm". :class:`Owner` is what the owner finder (:mod:`.owners`) returns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.extract.clauses import noun_phrase_subject
from briefing.extract.lexicon import (
    BUSINESS_NOUNS,
    COMPANY_NOUNS,
    DEMONYMS,
    REGIONS,
    ROLE_WORDS,
    country_names,
    country_set,
)
from briefing.extract.names import ArticleNames, Mention, MentionKind
from briefing.extract.owner_patterns import COMPANY_MEASURE, DESCRIPTION, ECONOMY_ONLY, TIME_OPENER, VERBS
from briefing.extract.sentence_names import SentenceNames
from briefing.model.types import Article

#: "Growth in ", "Unemployment in the ": an economy's measure before the place it is of.
_ECONOMY_IN = re.compile(r"(?:[A-Z][a-z]+,?\s)?(?:(?:[Ee]conomic\s)?[Gg]rowth|[Ii]nflation|[Uu]nemployment|[Oo]utput|"
                         r"GDP|[Tt]he\seconomy|[Ii]nterest\srates|[Rr]etail\ssales|[Ee]xports|[Ii]mports)\s(?:in|of)\s(?:the\s)?")
#: "the US division", "the unit": a part of a company, the one just talked of rather than the article's.
_PART = re.compile(r"the\s(?:[\w-]+\s){0,2}?(?:division|unit|arm|subsidiary|offshoot)\b", re.I)
#: An appositive after a name describing it with a company noun: ", a Russian oil company".
_APPOSITIVE_NOUN = re.compile(rf",\s(?:a|an|the|[A-Z][\w.&-]*(?:'s|\u2019s))\s(?:[\w'-]+\s){{0,4}}?"
                              rf"(?:[a-z]+(?=maker\b))?({'|'.join(COMPANY_NOUNS)})\b", re.I)  # "the global winemaker"
#: "For Telewest it": the "it" right after the company a sentence opens for.
_FRAMED_IT = re.compile(r",?\s[Ii]t")
#: "Spain's most powerful bank, Santander Central Hispano": a description, then the name it is of.
_NOUN_BEFORE_NAME = re.compile(rf"\b(?:a|an|the|[A-Z][\w.&-]*(?:'s|\u2019s))\s(?:[\w'-]+\s){{0,4}}?"
                               rf"(?:[a-z]+(?=maker\b))?({'|'.join(COMPANY_NOUNS)}),\s$", re.I)
#: The nouns that describe any company, whatever its business.
_ANY_COMPANY = frozenset({"company", "firm", "group"})
#: "the country", "the nation", "the Asian economy": a place, never the company in focus.
COUNTRY_DESCRIPTION = re.compile(r"the\s(?:[\w-]+\s){0,2}?(?:country|nation|economy)\b", re.I)
#: "the government", "the Russian government", "the Bush administration": a country's, never a party's or a
#: company's, whoever the article follows.
GOVERNMENT = re.compile(r"the\s(?:[\w-]+\s){0,2}?(?:government|administration)\b(?!'s\s(?:stake|shares|holding))",
                        re.I)
_DEMONSTRATIVE = re.compile(r"^(?:(?:However|But|And|Yet),?\s)?(?:[Tt]hat|[Tt]his)\s(?:business|unit|division|"
                            r"subsidiary|arm|operation|company|firm|chain|brand)\b")
_GROUP = re.compile(r"^(?:But\s|And\s)?[Tt]he\s((?:[a-z-]+\s){0,2}(?:companies|firms|banks|airlines|carriers|"
                    r"producers|makers|carmakers|manufacturers|retailers|insurers|lenders|exporters|unions|"
                    r"governments|workers|members|states|countries|economies|users|consumers|investors))\b")


@dataclass(frozen=True)
class Owner:
    """Who a figure belongs to (``name``), who states it when that is someone else (``source``),
    and whether the sentence says so (``certain``; ``reason`` says why not)."""

    name: str
    certain: bool = True
    reason: str = ""
    source: str = ""
    bound: bool = False  # the sentence ties the name to the measure ("GM said sales fell"), named once or not
    group: bool = False  # a described group ("those asked"): whose share it is, no entity to carry on


#: "Macy's owner buys rival": a headline name that only says whom another company owns or rivals.
_DESCRIBES_ANOTHER = re.compile(r"(?:'s|\u2019s)?\s(?:owner|parent|boss|bosses|chief|rival|suitor|buyer)\b")


def main_entity(names: ArticleNames, article: Article) -> str:
    """What the article is about: the organisation its headline names, else the country or
    nationality it names, else the organisation the body names most."""
    headline = names.headline_mentions(article.title) + names.headline_mentions(article.subtitle)
    text = f"{article.title} {article.subtitle}"
    describing = {m.name for m in headline if re.match(rf"^\s(?:[a-z][\w-]*\s)?(?:{'|'.join(BUSINESS_NOUNS)})\b",
                                                         text[m.end:].lower())
                  or _DESCRIBES_ANOTHER.match(text[m.end:])}
    # "Wembley firm won't make a profit": a name describing "firm" is not the article's subject, nor
    # is "Macy's" in "Macy's owner buys rival".
    orgs = [m.name for m in headline if m.kind in (MentionKind.ORG, MentionKind.PRODUCT) and m.name not in describing]
    if orgs:
        return max(orgs, key=lambda n: names.counts.get(n, 0))
    places = [m.name for m in headline if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
    if places and not describing & set(places):
        return places[0]  # "Mixed signals from French economy": the article is about France
    # "US company admits Benin bribery": the article is about a company the body names.
    top, count = names.counts.most_common(1)[0] if names.counts else ("", 0)
    paragraphs = article.paragraphs()
    if count < 2 and paragraphs:
        # "South Korea will boost state spending ... the ministry said": no organisation named twice,
        # and the article opens with a country it names again: the article is about that country
        mentions = names.mentions(paragraphs[0])
        opening = mentions[0] if mentions else None
        if opening is not None and opening.kind == MentionKind.PLACE and opening.start <= 4 \
                and sum(m.name == opening.name for p in paragraphs for m in names.mentions(p)) >= 2:
            return opening.name
    # Named most, or else named first: an article opens with what it is about.
    return top if count >= 2 else next(iter(names.counts), "")


#: ", its broadcasting subsidiary,": the name before it is a part of another company.
_CALLED_A_PART = re.compile(r",\s(?:its|their|the)\s(?:[a-z-]+\s){0,2}(?:subsidiary|unit|division|arm|affiliate)\b")


def _home_country(body: str) -> str:
    """The country an article that names none counts its money in: "UK" when its amounts are in pounds
    more than in any other currency (a British article on "the government" and "the chancellor"), else ""."""
    pounds = body.count("\u00a3") + len(re.findall(r"\b(?:pence|sterling)\b", body))
    others = sum(body.count(sign) for sign in "$\u20ac\u00a5") \
        + len(re.findall(r"\b(?:euros?|yen|yuan|rupees?|roubles?|rubles?|won|pesos?|dollars?)\b", body))
    return "UK" if pounds > others else ""


class Focus:
    """The entity in focus (``entity``) as the sentences go by, and the sentence being read."""

    def __init__(self, article: Article) -> None:
        self.names = ArticleNames(article)
        self._text = " ".join((article.title, article.subtitle, *article.paragraphs()))
        self.main = main_entity(self.names, article)
        self.entity = self.main
        body = " ".join(article.paragraphs())
        self.home = _home_country(body)
        first = re.search(rf"(?<![\w-]){re.escape(self.main)}(?![\w-])", body) if self.main else None
        # A main entity the body first names in its second half ("PlayStation", in an article about
        # online Christmas shopping) is not what the sentences before it are about
        self._late_main = bool(self.main) and self.main not in self.names.headline \
            and (first is None or first.start() > len(body) / 2)
        self._main_named = not self._late_main  # whether the sentences so far have named the main entity
        self.sentence = SentenceNames()
        self.placed: list[tuple[int, Owner]] = []  # the owners given in this sentence, by position
        self._owners: list[str] = []
        self._last_named = ""  # the last organisation the sentence before this one named
        self._last_orgs: set[str] = set()  # every organisation the sentence before this one named
        self._last_country = ""  # the last country it named, by itself or opening a company's name ("Thai Airways")
        self._last_described_a_company = False  # whether it spoke of "the carrier", "the firm", ...
        self._described: dict[str, str] = {}  # the organisations the sentence before described, by noun
        self._parts: set[str] = set()  # the organisations the sentence before called another's subsidiary
        self.last_subject = ""  # the organisation the sentence before this one opened with as its subject
        self._acted_on: dict[str, str] = {}  # in the sentence before: the company acted on -> the one acting
        self._last_actor = ""  # the same, when it did something there rather than only speak
        self._previous_owners: list[str] = []  # the certain owners of the last sentence with figures
        # Who has stated figures about others, and who has owned one: a body that only ever reports
        # (a UN commission, a survey firm) is no fallback owner, however often it is named.
        self._stated: set[str] = set()
        self._owned: set[str] = set()
        self.places: Counter[str] = Counter()  # the places the body has named so far
        self.companies: Counter[str] = Counter()  # the organisations the body has named so far
        # The places the body has named as where goods go or come from ("exports outside the European
        # Union", "its deficit with the EU"): in a trade article, "EU exports" may be the country's own
        self.partners: set[str] = set()  # by their short names
        # Two organisations the sentence before opened with together ("Neither Ask Jeeves nor Doubleclick
        # thrilled investors"): whom "they" and "their" stand for
        self.pair: tuple[str, ...] = ()
        # Two names the sentence before ended with ("... the tycoons JP McManus and John Magnier. They own
        # 29% of United"): whom a "They" opening the next one stands for, when it holds something
        self.last_pair: tuple[str, ...] = ()
        # Whose figure the sentence before gave last, named or not, else the description it opened with
        # ("More than 674 million mobiles were sold last year": mobiles): what "The figure" is
        self.before = ""
        self.people = ""  # the country whose people the sentence before made its subject
        # The last group the sentence before gave a share of ("18% of downloaders"): whose "About 70%
        # were using BitTorrent" is
        self.group_before = ""
        # The last person the body named ("Mr Murray ... taking his stake to 42.3%"), by the fullest
        # name it gave them ("Bob Murray", then "Mr Murray")
        self.person = ""
        self._full_names: dict[str, str] = {}

    def person_named(self, name: str) -> str:
        """The fullest name the body has given the person ``name`` ("Murray" -> "Bob Murray")."""
        return self._full_names.get(name.split()[-1], name)

    def start_sentence(self, sentence: str, headline: bool = False) -> None:
        """Move on to ``sentence``; what the last one was about becomes the entity in focus. A
        headline capitalises every word, so only names the body also uses count in it."""
        last = self.sentence
        if last.text and not last.headline:
            self.pair = _pair_opening(last)
            self.last_pair = _pair_closing(last)
            owners = [owner.name for _, owner in self.placed if owner.name]
            self.before = owners[-1] if owners else noun_phrase_subject(last.text, 0, len(last.text), False)
            groups = [owner.name for _, owner in self.placed if owner.name and owner.group]
            self.group_before = groups[-1] if groups else ""
            self.entity = self._next_focus()
            relative = re.search(r",\s(?:which|who|whose)\b", last.text)
            named = [m.name for m in last.mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                     and (relative is None or m.start < relative.start())]
            self._last_named = named[-1] if named else self._last_named
            self._last_orgs = {m.name for m in last.mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)}
            # "Yukos accused Gazprom of illegally taking part in the auction. It has said it will be seeking
            # damages of $20bn": whom a company acted on, the one that acted is the next "It"
            orgs = [m for m in last.mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)]
            self._acted_on = {b.name: a.name for a, b in zip(orgs, orgs[1:])
                              if _ACTS_ON.fullmatch(last.text, a.end, b.start) and a.name != b.name}
            self._last_country = _country_named(last)
            self._last_described_a_company = re.search(rf"\b{DESCRIPTION}\b", last.text, re.I) is not None
            # "the case of Sibneft, a Russian oil company that ...": whom "the company" next names
            self._described = {found.group(1).lower(): m.name for m in last.mentions
                               if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                               for found in [_APPOSITIVE_NOUN.match(last.text, m.end)
                                             or _NOUN_BEFORE_NAME.search(last.text, max(0, m.start - 60), m.start)]
                               if found}
            # "in Fox Entertainment Group, its broadcasting subsidiary,": a part of another company
            self._parts = {m.name for m in last.mentions if _CALLED_A_PART.match(last.text, m.end)}
            subjects = [m.name for m in last.mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                        and not last.is_object(m) and not last.aside(m, 0)]
            opening = [m for m in last.mentions if not last.introduces(m)]
            self.last_subject = subjects[0] if subjects and opening and opening[0].name == subjects[0] else ""
            # "Qantas has posted a record profit" does something; "Acme said demand was strong" only speaks
            acted = self.last_subject and not re.match(rf"^\s(?:(?:has|have|had|also)\s)?(?:{VERBS})\b",
                                                       last.text[opening[0].end:])
            self._last_actor = self.last_subject if acted else ""
            # "Brazilians were the most likely to read spam. A third of them read junk e-mail": whom
            # "them" stands for
            people = [m.name for m in last.mentions if people_of_a_country(last.text, m)]
            self.people = people[-1] if people else ""
            persons = [m.name for m in last.mentions if m.kind == MentionKind.PERSON]
            self.person = self.person_named(persons[-1]) if persons else self.person
        mentions = self.names.headline_mentions(sentence) if headline else self.names.mentions(sentence)
        self.sentence = SentenceNames(sentence, mentions, headline)
        if not self._main_named:
            # "Forecasts predict that British people will spend £4bn", in an article that names the
            # PlayStation most but only near its end: nothing is in focus before its first name
            self._main_named = any(m.name == self.main for m in mentions)
            if self._main_named and not self.entity:
                self.entity = self.main
            elif not self._main_named and self.entity == self.main:
                self.entity = ""
        if not headline:
            for mention in mentions:
                surname = mention.name.split()[-1]
                if mention.kind == MentionKind.PERSON and len(mention.name) > len(self._full_names.get(surname, "")):
                    self._full_names[surname] = mention.name
            self.places.update(m.name for m in mentions if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY))
            self.partners.update(_SHORT_PLACE.get(m.name, m.name) for m in mentions if m.kind == MentionKind.PLACE
                                 and _TRADE_PARTNER.search(sentence[max(0, m.start - 40):m.start]))
            self.companies.update(m.name for m in mentions if m.kind == MentionKind.ORG)
        if self._owners or self.placed:  # a sentence without figures carries the focus on
            self._previous_owners = self._owners
        self._owners = []
        self.placed = []

    def trades_with(self, place: str) -> bool:
        """Whether the body has named ``place`` as where goods go or come from."""
        return _SHORT_PLACE.get(place, place) in self.partners

    def reassign(self, old: str, new: str) -> None:
        """The certain owner ``old`` of this sentence is ``new`` after all."""
        self._owners = [new if name == old else name for name in self._owners]
        if new:
            self._owned.add(new)

    def remember(self, owner: Owner) -> None:
        """Note an owner given: a certain one the sentence is about; a source, who states figures."""
        if owner.name and owner.certain:
            self._owners.append(owner.name)
            self._owned.add(owner.name)
        if owner.source and owner.source != owner.name:
            self._stated.add(owner.source)

    # ------------------------------------------------------------------ the next focus

    def _next_focus(self) -> str:
        """What the last sentence was about: the certain owner of its figures, else its subject when
        that does something in it (not a speaker, not an economist's employer). A place the article's
        country trades with does not take over from it ("EU exports rose 2%. Non-EU exports shot up
        7.5%", in an article about UK trade)."""
        subject = self._last_subject_or_owner()
        if subject != self.entity and self.trades_with(subject) and self.entity == self.main:
            return self.entity
        return subject

    def _last_subject_or_owner(self) -> str:
        if self._owners:
            return self._subject_described() or self._owners[-1]
        if self.main and self.main not in self.names.counts:
            # An article about a country: a body it quotes does not become its subject, but another
            # economy it turns to does ("Growth in Britain is set to accelerate. GDP is expected at 3.2%").
            # A company that opens a sentence by doing something ("Boeing announced a deal with ...")
            # is what the next "it" or "the US company" is.
            return self._economy_turned_to() or self._acting_company() or self.entity
        group = _group_subject(self.sentence)
        if group is not None:
            return group  # "The tobacco companies deny wrongdoing. They say ..."
        country = COUNTRY_DESCRIPTION.search(self.sentence.text)
        if country is not None and self.entity and not self.is_org() \
                and any(m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
                        for m in self.sentence.between(0, country.start())):
            # "Meanwhile, the Indian government said the country's economy remained bright. Its review
            # forecasts growth of 6%": the country the sentence says "the country" of
            return self.place_before(country.start())
        if _DEMONSTRATIVE.match(self.sentence.text) and self._last_named:
            # "It also owns Deluxe Media. However, that business is seen as less successful. Last
            # year it made £21.5m": "that business" is the one just named, object or not.
            return self._last_named
        named = {(m.name, m.kind) for m in self.sentence.mentions if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)}
        if named == {(self.main, MentionKind.ORG)} and self.entity != self.main:
            # "... but it has yet to show it can do it. That is not to say that Yahoo hasn't had its dark
            # days", in an article about Yahoo: a sentence naming only the article's company returns to it
            return self.main
        return _opening_subject(self.sentence, self.entity, self.is_org())

    def _subject_described(self) -> str:
        """The company that opens the sentence as its subject when every figure the sentence gave
        stands in a relative clause describing it: "Virgin Blue, which is 25% owned by Richard Branson,
        has been struggling. It cut its forecast": "it" is Virgin Blue, not the stake's holder."""
        sentence = self.sentence
        opening = next((m for m in sentence.mentions if m.start < 4), None)
        if opening is None or opening.kind not in (MentionKind.ORG, MentionKind.PRODUCT):
            return ""
        relative = _RELATIVE_AFTER_NAME.match(sentence.text, opening.end)
        if relative is None or not self.placed \
                or not all(relative.start() < start < relative.end() for start, _ in self.placed):
            return ""
        return opening.name

    def _acting_company(self) -> str:
        """The company a sentence opens with as the doer of a deed ("Boeing announced a deal with",
        "Lockheed has signed"), when the article names it more than once; else ""."""
        acting = _opening_subject(self.sentence, "", True)
        mention = next((m for m in self.sentence.mentions if m.name == acting), None)
        if mention is None or self.names.counts.get(acting, 0) < 2:
            return ""
        deed = re.match(r"^\s(?:(?:has|have|had|also)\s){0,2}(?:[a-z]+ed|won|bought|sold|made|struck|took|began|"
                        r"agreed|signed)\b", self.sentence.text[mention.end:])
        return acting if deed else ""

    def _economy_turned_to(self) -> str:
        """The place a sentence opens with as its subject ("The US will drive expansion", "Growth in
        Britain is set to accelerate"), or ""."""
        sentence = self.sentence
        # "At the same time as Nigeria announced its initiative, Ghana announced ...": the sentence's
        # own subject comes after the clause that sets the scene
        scene = _SCENE.match(sentence.text)
        opens = scene.end() if scene else 0
        places = [m for m in sentence.mentions if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
                  and m.start >= opens]
        if not places:
            return ""
        first = places[0]
        before = sentence.text[opens:first.start]
        # "Meanwhile, the Indian Government said the country's economy ...": a country's government
        # speaks for it, where "the Indian carmaker" is a company
        governs = re.match(r"\s(?:[Gg]overnment|authorities|[Tt]reasury|[Mm]inistry|[Ee]conomy)\b",
                           sentence.text[first.end:]) is not None
        if re.fullmatch(r"(?:[A-Z][a-z]+,?\s)?(?:the\s|The\s)?", before) and (not sentence.modifier(first) or governs) \
                or _ECONOMY_IN.fullmatch(before):
            return first.name
        return ""

    # ------------------------------------------------------------------ questions about the focus

    def referent(self, pos: int) -> str:
        """Who "it", "its" or "the firm" at ``pos`` is: the organisation the sentence named before it
        as a subject, else the entity in focus."""
        sentence = self.sentence
        if COUNTRY_DESCRIPTION.match(sentence.text, pos):
            return self.place_before(pos)
        framed = next((m for m in sentence.between(0, pos) if m.start == 4 and sentence.text.startswith("For ")
                       and m.kind in (MentionKind.ORG, MentionKind.PRODUCT)
                       and _FRAMED_IT.fullmatch(sentence.text, m.end, pos + 2)), None)
        if framed is not None:
            return framed.name  # "For Telewest it is the beginning of a £20m investment": whom it is said for
        for mention in reversed(sentence.between(0, pos)):
            if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) and not sentence.is_object(mention) \
                    and not sentence.aside(mention, 0):
                return mention.name
        description = re.match(DESCRIPTION, sentence.text[pos:], re.I)
        noun = description.group().split()[-1].lower() if description else ""
        if noun in self._described:
            # "... Sibneft, a Russian oil company that came close to merging with Yukos. After Mr Putin
            # came to power, the company's tax rate rose": the company the sentence before described so
            return self._described[noun]
        if noun in _ANY_COMPANY and len(set(self._described.values())) == 1:
            # "Hanover Re, Europe's fifth-largest reinsurance firm, estimated ... The company has paid
            # out 300m euros": "the company" is the one company the sentence before described, as a firm
            return next(iter(self._described.values()))
        # "In 2001 it put $300m into a Linux program": a time before "it" still opens the sentence with it
        opens = pos <= 2 or TIME_OPENER.fullmatch(sentence.text, 0, pos) is not None
        if opens and noun in _ANY_COMPANY and len(self._last_orgs) == 1 and self._last_described_a_company:
            # "With United battling bankruptcy, the carrier had wanted to use the money. The company has a
            # $2.9bn hole in its pension scheme": the one company the sentence before named and described
            return next(iter(self._last_orgs))
        if description and not _PART.match(sentence.text, pos) \
                and self.main in self.names.counts and self.main not in self._parts \
                and self.names.counts[self.main] > self.names.counts.get(self.entity, 0):
            # (a company the sentence before called another's subsidiary is not "the media giant" next)
            # "Rank owns Deluxe Media ... it made £21.5m. Analysts predict the firm will report £170m":
            # "it" is the business just talked of; "the firm", the company the article is about. "The
            # US division" is a part of it: the business just talked of.
            return self.main
        named_most = self.companies.most_common(1)
        if noun and noun != "government" and self.entity and not self.is_org() and len(self._last_orgs) != 1 \
                and named_most and named_most[0][1] >= 2 and noun in _ANY_COMPANY:
            # "To help finance the expansion the company may sell a 25% stake", in an article about an
            # Indian airline whose last sentence named several: the company the article names most
            return named_most[0][0]
        if noun and noun != "government" and self.entity and not self.is_org() and len(self._last_orgs) == 1:
            # "According to Pat Ferguson, President of AMBO, work will begin in 2005. He added that the
            # company had already raised $900m", in an article whose last figure was a country's: a
            # company (or "the organisation", "the agency") is never the place in focus, but the one
            # organisation the sentence before named
            return next(iter(self._last_orgs))
        if opens and len(self._last_orgs) == 1 and re.match(r"[Ii]ts?\b", sentence.text[pos:]):
            # "Investors have been less than impressed with Lenovo's move. Its shares are down 20%": the
            # one company the sentence before named, whoever the article was about before it
            return next(iter(self._last_orgs))
        if pos <= 2 and re.match(r"It\s", sentence.text) and self.entity in self._acted_on:
            return self._acted_on[self.entity]
        if pos > 2 and re.match(r"It\s", sentence.text) and not any(
                m.kind in (MentionKind.ORG, MentionKind.PRODUCT) for m in sentence.between(0, pos)):
            # "The University of California said the trial is set. It joined the lawsuit, claiming it had
            # lost $145m": a later "it" is the "It" the sentence opens with
            return self.referent(0)
        opening = re.match(rf"^(?:[A-Z][a-z]+,?\s)?({DESCRIPTION})\b", sentence.text, re.I)
        if opening and opening.end(1) <= pos:
            # "The bank also blamed spending on its branches": "its" is the bank the sentence opens with
            return self.referent(opening.start(1))
        return self.entity

    def opening_subject(self) -> str:
        """The name the sentence being read opens with as its subject, or ""."""
        return _opening_subject(self.sentence, "", self.is_org())

    def governed(self, begin: int, end: int) -> str:
        """The country "the government" at ``sentence[begin:end]`` governs: the place it names ("the Russian
        government"), else the country in focus, else the one the article names most; "" when it names none."""
        inside = [m for m in self.sentence.between(begin, end)
                  if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
        if inside:
            return inside[0].name
        if self.entity and not self.is_org() and self.entity in country_set():
            return self.entity
        # the country the article names most, not the last place named ("military operations in Iraq and
        # Afghanistan, for which the administration is expected to ask for $80bn")
        countries = [name for name, _ in self.places.most_common() if name in country_set()]
        return countries[0] if countries else self.home

    def place_before(self, pos: int) -> str:
        """The country "the country" at ``pos`` is: the place the sentence names before it ("a South
        Korean report suggested the country ..."), else the one in focus, else the one named most."""
        places = [m for m in self.sentence.between(0, pos) if m.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)]
        if places:
            return places[-1].name
        if self.entity and not self.is_org() and self.entity not in REGIONS:
            return self.entity
        if self._last_country:
            # "Thai Airways shed almost 4%. The country relies on tourism for about 6% of its economy", in
            # an article about Asia: the country the sentence before named, not a region
            return self._last_country
        if self.entity and not self.is_org():
            return self.entity
        return self.places.most_common(1)[0][0] if self.places else self.entity

    def carried(self, start: int, metric: str) -> bool:
        """Whether a figure of a company's measure with no owner in its clause is the focus's: the
        sentence names no other organisation before it, and names the focus or follows a sentence
        whose figures were the focus's or that opened with it doing something. In an article about a
        country, its economy's measures ("GDP rose by 0.8%", "unemployment is stuck at 10%") are that
        country's when the sentence names no other place or organisation."""
        before = self.sentence.between(0, start)
        if self.entity == self.main and not self.is_org() and ECONOMY_ONLY.search(metric):
            # "In the region today the unemployment rate is 12%": a part of the country, not the country
            return not any(m.can_own and m.name != self.entity for m in before) \
                and not PART_OF_PLACE.search(self.sentence.text, 0, start)
        if not COMPANY_MEASURE.search(metric) or not self.is_org():
            return False
        named = [m.name for m in before if m.kind in (MentionKind.ORG, MentionKind.PRODUCT)]
        if any(name != self.entity for name in named):
            return False
        if any(m.kind == MentionKind.PLACE and m.start <= 2 and not self.sentence.is_object(m) for m in before):
            return False  # "Iraq is seeking to award contracts valued at $500m": the sentence is about Iraq
        if not named and _SUMMING_UP.match(self.sentence.text) and len(self.companies) >= 4 \
                and self.companies[self.entity] <= 2:
            # "Overall, December sales are forecast to rise by 4.5% to $220bn", after one retailer's figures
            # among many: the whole trade's sales, not the last company's ("Overall, net profits were up
            # 42%", in an article about InBev, is still InBev's)
            return False
        # "Qantas has posted a record half-year profit. Net profit rose 28%": the company the sentence
        # before opened with, doing something, is the one whose bare measure this is
        return bool(named) or self.entity in self._previous_owners \
            or self.entity == self._last_actor and _RESULTS.search(metric) is not None

    def from_elsewhere(self, description: str, name: str) -> bool:
        """Whether ``description`` ("the US firm") names a country the article never ties ``name`` to
        ("US carmaker GM", "Italy's Fiat", "Fiat, the Italian group", "Chicago-based ..."): then it may
        well be another company."""
        countries = {country_names().get(w) or DEMONYMS.get(w) for w in re.findall(r"[A-Z][\w.]*", description)}
        countries.discard(None)
        if not countries:
            return False
        spellings = [name, *(short for short, full in self.names.aliases.items() if full == name)]
        for country in countries:
            words = [w for w, c in (*country_names().items(), *DEMONYMS.items()) if c == country]
            place = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            for spelt in spellings:
                written = re.escape(spelt)
                if re.search(rf"\b(?:{place})(?:'s|\u2019s)?\s(?:[\w-]+\s){{0,3}}{written}\b", self._text) \
                        or re.search(rf"\b{written},\s(?:the|a|an)\s(?:[\w-]+\s){{0,2}}(?:{place})\b", self._text):
                    return False
        return True

    def only_reports(self, name: str) -> bool:
        """Whether ``name`` has stated figures about others and owned none so far."""
        return name in self._stated and name not in self._owned

    def is_org(self) -> bool:
        """Whether the entity in focus is an organisation the body names (not a country)."""
        return bool(self.entity) and self.entity in self.names.counts

    def about(self, name: str) -> bool:
        """Whether the article is about ``name``: its main entity, the one in focus, one its headline
        names, or one the body names more than once."""
        return name in (self.main, self.entity) or name in self.names.headline or self.names.counts.get(name, 0) >= 2


#: An opening that sums up more than the company last spoken of: "Overall, ", "In total, ", "Across the industry, ".
_SUMMING_UP = re.compile(r"\W*(?:Overall|In\stotal|Altogether|Across\sthe\s(?:board|industry|sector|market)|"
                         r"Industry-wide|Nationally|Nationwide)\s?,\s(?!(?:its|their)\b)")
#: A verb of one company acting on another, between their names: " accused ", " has sued ", " beat ".
_ACTS_ON = re.compile(r"\s(?:(?:has|have|had|also|then|now)\s)?(?:accused|sued|blamed|attacked|criticised|"
                      r"criticized|outbid|beat|overtook|warned|told|urged|asked|challenged)\s(?:the\s)?")
#: The measures of a company's results, which a sentence reporting them goes on about.
_RESULTS = re.compile(r"\b(?:profits?|sales|revenues?|earnings|turnover|income|losses?|margins?)\b")


#: Words of trade before a place it goes to or comes from: "exports to the EU", "deficit with China".
_TRADE_PARTNER = re.compile(r"\b(?:export\w*|import\w*|trade|deficit|surplus|shortfall|sales|shipments|goods)\s"
                            r"(?:\w+\s){0,2}(?:to|with|from|outside|into)\s(?:the\s|both\sthe\s)?$")


#: One place written two ways.
_SHORT_PLACE = {"European Union": "EU"}


#: A clause that sets the scene before a sentence's subject: "At the same time as Nigeria announced its
#: initiative, ", "While Japan's economy shrank, ".
_SCENE = re.compile(r"^(?:At\sthe\ssame\stime\sas|After|Before|While|Whilst|When|As|Although|Though|Since|"
                    r"Because|Unlike|Whereas)\s[^,]{5,100},\s")


#: Words for a part of a place: its figures are not the whole place's.
PART_OF_PLACE = re.compile(r"\b(?:the|this|that|some|many)\s(?:[a-z-]+\s)?(?:region|regions|area|areas|city|cities|"
                           r"town|towns|province|provinces|state|states|district|districts)(?![\w-])|\bparts\sof\b",
                           re.I)


def _pair_opening(sentence: SentenceNames) -> tuple[str, ...]:
    """The two organisations ``sentence`` opens with as its subject, joined by "and" or "nor"
    ("Neither Ask Jeeves nor Doubleclick ...", "Both BP and Shell ..."), else ()."""
    orgs = [m for m in sentence.mentions if m.kind == MentionKind.ORG]
    if len(orgs) < 2:
        return ()
    first, second = orgs[0], orgs[1]
    if re.fullmatch(r"(?:(?:Neither|Both|But|And|However,?)\s)?", sentence.text[:first.start]) \
            and re.fullmatch(r"\s(?:and|nor|&)\s", sentence.text[first.end:second.start]):
        return first.name, second.name
    return ()


def _pair_closing(sentence: SentenceNames) -> tuple[str, ...]:
    """The two names (people or organisations) joined by "and" that end ``sentence``, else ()."""
    names = [m for m in sentence.mentions if m.kind in (MentionKind.ORG, MentionKind.PERSON, MentionKind.PRODUCT)]
    if len(names) < 2:
        return ()
    first, second = names[-2], names[-1]
    if re.fullmatch(r"\s(?:and|&)\s", sentence.text[first.end:second.start]) \
            and re.fullmatch(r"[\s.\"'\u201d]*", sentence.text[second.end:]):
        return first.name, second.name
    return ()


def _group_subject(sentence: SentenceNames) -> str | None:
    """"The tobacco companies ...": a group named before any name that can own figures."""
    group = _GROUP.match(sentence.text)
    if group and not any(m.start < group.end() for m in sentence.mentions if m.can_own):
        return group.group(1)
    return None


#: ", which is 25% owned by Richard Branson, has": a relative clause set off by commas right after a
#: name, with the main clause's verb after it.
_RELATIVE_AFTER_NAME = re.compile(r"(?:'s|\u2019s)?,\s(?:which|who)\s[^,;]+,\s"
                                  r"(?=(?:[a-z]+\s)?(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]+ed|"
                                  r"[a-z]+s)\b)")


def _opening_subject(sentence: SentenceNames, entity: str, company_in_focus: bool) -> str:
    """The name ``sentence``'s opening words are about, when it does something in the sentence;
    else the entity in focus (``entity``; ``company_in_focus`` when it is an organisation) stays."""
    opening = re.match(r"^(?:[^,]{0,40},\s)?(?:(?:the|a|an)\s)?", sentence.text)
    for mention in sentence.mentions:
        if not mention.can_own or sentence.is_object(mention) or sentence.aside(mention, 0) \
                or sentence.modifier(mention) or sentence.only_says_whose(mention):
            continue
        # "Late last year, marketing company Doubleclick warned": a descriptor before the name is no subject
        described = re.fullmatch(rf"(?:[a-z-]+\s){{0,3}}(?:{'|'.join(BUSINESS_NOUNS)})\s",
                                 sentence.text[opening.end():mention.start]) if opening is not None else None
        if opening is not None and mention.start > opening.end() + 2 and described is None:
            return entity  # only the sentence's opening words say what it is about
        after = sentence.text[mention.end:mention.end + 30]
        # "Acme said ..." only speaks; "Boeing announced a deal" does something
        deed = mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) and re.match(r"^\s\w+ed\s(?:a|an)\s", after)
        # "T-Mobile said it would introduce ...": a company speaking of itself is what the next "it" is
        of_itself = mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) \
            and re.match(rf"^\s(?:\w+\s)?(?:{VERBS})\s(?:that\s)?(?:it|its)\b", after)
        if ROLE_WORDS.match(after.strip()) or re.match(rf"^\s(?:\w+\s)?(?:{VERBS})\b", after) and not deed \
                and not of_itself:
            return entity
        if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT) or not company_in_focus:
            return mention.name
        return entity
    return entity


#: A verb right after a nationality that makes it a people: "The French were the second most likely".
_PEOPLE_VERB = re.compile(r"\s(?:were|are|was|is|have|had|spent|spend|bought|buy|said|say)\b")


def _country_named(sentence: SentenceNames) -> str:
    """The last country ``sentence`` names, as a place, a nationality or the first word of a company's
    name ("Thai Airways" -> "Thailand"); no region, no city."""
    countries = country_set()
    found = ""
    for mention in sentence.mentions:
        first = mention.name.split()[0]
        name = mention.name if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY) \
            else DEMONYMS.get(first, "") if mention.kind == MentionKind.ORG else ""
        name = DEMONYMS.get(name, name)
        if name in countries:
            found = name
    return found


def people_of_a_country(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names a country's people as a clause's subject ("Brazilians were the most
    likely to read spam", "The French were the second most likely to buy (48%)"): they own what the
    clause says of them, whichever company the article follows; "French exports" are the country's."""
    if mention.kind != MentionKind.NATIONALITY:
        return False
    written = text[mention.start:mention.end]
    plural = written.endswith("s") and written != "Swiss"
    return (plural or text[max(0, mention.start - 4):mention.start] in ("The ", "the ")) \
        and _PEOPLE_VERB.match(text, mention.end) is not None
