"""One sentence and its names, and where each name stands in it.

:class:`SentenceNames` holds the sentence the owner finder is reading and its
:class:`~briefing.extract.names.Mention` items, and answers questions of grammar about one of them:
is it the object of a preposition or a verb, inside an aside set off by commas, a modifier of "the
firm", a body that reports, bound to the figure by a possessive? The rules of :mod:`.owners` ask
these questions; who is in focus is :mod:`.focus`' job.
"""

from __future__ import annotations

import re

from briefing.extract.lexicon import COMPANY_NOUNS, STATE_NOUNS
from briefing.extract.names import Mention, MentionKind
from briefing.extract.owner_patterns import MEASURE_NOUNS, VERBS

_OBJECT_WORDS = {"to", "from", "by", "with", "against", "into", "on", "over", "than", "for", "like", "about",
                 "behind", "including", "via", "unlike", "versus", "vs", "toward", "towards", "after", "before"}


#: Whom a name may say someone is to it: "owner of Yukos", "Yukos owner", "Macy's rival".
_RELATIONS = (r"(?:owners?|parent|shareholders?|boss|bosses|chief|founder|rivals?|suitors?|buyers?|creditors|"
              r"bondholders|customers)")

#: A list of examples up to a name: "brands such as Dairy Milk, Dr Pepper and ", "including BMW or ".
_EXAMPLES = re.compile(r"\b(?:such\sas|including|include|includes|included)\s(?:(?:the\s)?[A-Z][\w'&.-]*"
                       r"(?:\s[A-Z][\w'&.-]*)*,?\s(?:(?:and|or)\s)?)*$")


#: A place's possessive and up to three words before a name: "China's steelmaker ", "Germany's ".
_POSSESSIVE_BEFORE_NAME = re.compile(r"(?:'s|\u2019s)\s(?:[a-z][\w-]*\s){0,3}")
#: A maker's possessive and the kind of work after it: "'s romantic comedy ", "'s boxing drama ", "'s new album ".
_WORK_OF = re.compile(r"(?:'s|\u2019s)\s(?:[a-z][\w-]*\s){0,2}(?:film|movie|comedy|drama|thriller|documentary|"
                      r"musical|album|single|show|series|sitcom|novel|book|play|game|franchise|sequel)\s")


class SentenceNames:
    """A sentence (``text``) and its names (``mentions``, in order)."""

    def __init__(self, text: str = "", mentions: list[Mention] | None = None, headline: bool = False) -> None:
        self.text = text
        self.mentions: list[Mention] = mentions if mentions is not None else []
        self.headline = headline

    def between(self, begin: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if begin <= m.start and m.end <= end]

    def head_of(self, mention: Mention, start: int) -> str:
        """The organisation a noun phrase is about: in "at US media giant TimeWarner" the last name."""
        later = [m for m in self.between(mention.start, start) if m.kind == MentionKind.ORG
                 and re.fullmatch(r"(?:\s[a-z][\w-]*){0,3}\s", self.text[mention.end:m.start])]
        return later[-1].name if later else mention.name

    def bound(self, name: str, start: int) -> bool:
        """Whether ``name`` is bound to the figure by a possessive or "X shares": "Yahoo's profit"."""
        return any(m.name == name and re.match(rf"^(?:'s?|\u2019s?|\s{MEASURE_NOUNS}\b)", self.text[m.end:start])
                   for m in self.mentions if m.end <= start)

    def in_of(self, mention: Mention) -> bool:
        """"in Germany", "across the eurozone", "of France": where an economy's figure is."""
        words = self.text[max(0, mention.start - 20):mention.start].split()
        return bool(words) and words[-1].lower() in ("in", "of", "across", "for", "throughout")

    def is_object(self, mention: Mention) -> bool:
        """After a preposition ("for Japanese growth", "with Reynolds") or a verb ("sued Morgan
        Stanley"), a name is an object, not the subject; "with Altria rising 5%" and "with the Nikkei
        down 1%" make it a subject."""
        if self.joined_to(mention) is not None:
            return True  # "in talks with Rover and SAIC": joined to an object, an object too
        before = self.text[max(0, mention.start - 30):mention.start]
        if re.search(r"\bwith\s(?:the\s)?(?:[A-Z][\w-]*(?:'s|\u2019s)\s)?$", before, re.I) \
                and re.match(r"^\s(?:\w+ing|up|down)\b", self.text[mention.end:]):
            return False  # "with the Nikkei down 1%" too
        if re.search(r"(?<![\w-])(?:[a-z]+ed|sued|bought|sold|beat|hit|took|won|lost|told|led|overtook|acquired|"
                     r"owns|buys|sells|hires|sues|joins|joined)\s"
                     # "ordered 30 Airbus A320 planes", "bought two Boeing jets": a count of the things named
                     r"(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens\sof|hundreds\sof)\s"
                     r"(?:(?:more|new|extra|additional)\s)?)?$", before) \
                and not re.search(r"\b(?:said|reported|announced|added|noted|warned|stated)\s$", before):
            return True
        if re.search(r"\b(?:for|of|by|after|before|from|on|in|against)\s[a-z]{3,}ing\s(?:the\s)?$", before):
            return True  # "the argument for selling Yuganskneftegaz", "by buying Reebok": an object
        if _EXAMPLES.search(self.text[max(0, mention.start - 90):mention.start]):
            return True  # "The owner of brands such as Dairy Milk, Dr Pepper and Snapple": examples
        words = before.split()
        while len(words) > 1 and words[-1].lower() in ("the", "a", "an", "its", "their") \
                or len(words) > 1 and re.fullmatch(r"[A-Z][\w-]*(?:'s|\u2019s)", words[-1]):
            # "a statement to the Shenzhen stock exchange", "the stake to Spain's Ferrovial": after "to", an object
            words.pop()
        # "shares in Northwind", "sales at GM", "Shares of IPC": the name after the measure is its owner, no object.
        return bool(words) and words[-1].lower() in _OBJECT_WORDS | {"in", "of", "at", "across"} \
            and not re.search(rf"\b(?:{MEASURE_NOUNS}\s(?:in|at)|(?:[Ss]hares|[Ss]tock)\sof)\s(?:the\s)?$",
                              self.text[max(0, mention.start - 30):mention.start], re.I)

    def joined_to(self, mention: Mention) -> Mention | None:
        """The object name ``mention`` is joined to by "and", "or" or a list's comma ("with Rover and SAIC",
        "sued Morgan Stanley and Citigroup", "in the UK, Holland and Luxembourg"), or None."""
        earlier = [m for m in self.mentions if m.end <= mention.start]
        gap = self.text[earlier[-1].end:mention.start] if earlier else ""
        # a list's comma joins only where the list goes on to its "and" ("the UK, Holland and"), not
        # an opening phrase to the subject ("In Europe, Arcelor shed 2.1%")
        listed = re.fullmatch(r",\s(?:the\s)?", gap) is not None \
            and re.match(r"(?:,\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)*)*,?\s(?:and|or)\s", self.text[mention.end:])
        if earlier and (re.fullmatch(r",?\s(?:and|or)\s(?:the\s)?", gap) or listed) and self.is_object(earlier[-1]):
            # "in the UK, Holland and Luxembourg": every name of a list after a preposition is its object
            return earlier[-1]
        return None

    def related(self, mention: Mention) -> str:
        """"The majority owner of embattled oil firm Yukos", "Yukos owner sues", "Macy's rival": the
        name only says whose owner, boss or rival the subject is; the subject is someone else, here
        "owner" ("" when the name is no such relation's)."""
        before = self.text[max(0, mention.start - 60):mention.start]
        found = re.search(rf"\b({_RELATIONS})\sof\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){{0,4}}$", before, re.I) \
            or re.match(rf"^(?:'s|\u2019s)?\s(?:[a-z]+\s)?({_RELATIONS})\b", self.text[mention.end:])
        if not found:
            return ""
        # "Rod Eddington, BA's chief executive,", "Worldcom boss Bernie Ebbers": the person is the subject
        people = [m for m in self.mentions if m.kind == MentionKind.PERSON]
        if any(0 <= mention.start - m.end <= 3 for m in people) \
                or any(0 <= m.start - (mention.end + found.end()) <= 12 for m in people if not before.endswith(" of ")):
            return ""
        return found.group(1).lower()

    def is_reporter(self, mention: Mention, end: int) -> bool:
        """A source body, or a name whose reporting verb follows it: it states, it does not own."""
        if mention.kind == MentionKind.SOURCE:
            return True
        return bool(re.match(rf"^\s(?:(?:has|had|have|also|then)\s)?(?:{VERBS})\b(?!\s(?:to|by)\b)",
                             self.text[mention.end:end]))

    def aside(self, mention: Mention, begin: int) -> bool:
        """Inside ", the Paris-based think tank," or another description set off by commas, or
        inside " - owner of Macy's and Bloomingdale's - ", set off by dashes."""
        before = self.text[begin:mention.start]
        if re.search(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]*$", before) and re.match(
                r"^[^-\u2013\u2014.;]*\s[-\u2013\u2014]\s", self.text[mention.end:]):
            return True
        # ", owner of Liffe in London,": a role set off by commas describes the subject before it too
        return bool(re.search(r",\s(?:(?:the|a|an)\s|(?:owner|owners|parent|operator|maker|publisher|home|part|"
                              r"member|unit|subsidiary|division|arm)\sof\s)[^,]*$", before))

    def introduces(self, mention: Mention) -> bool:
        """"China's Baoshan", "Germany's ThyssenKrupp": a place whose possessive introduces the name
        after it says where that name is from; the name is the sentence's subject, not the place. So does
        a maker's possessive before its work ("Smith's romantic comedy Hitch")."""
        if mention.kind not in (MentionKind.PLACE, MentionKind.NATIONALITY):
            # "Smith's romantic comedy Hitch", "Clint Eastwood's boxing drama Million Dollar Baby": a maker's
            # possessive introduces the work, which the sentence is about
            after = _WORK_OF.match(self.text, mention.end)
        else:
            after = _POSSESSIVE_BEFORE_NAME.match(self.text, mention.end)
        return after is not None and any(m.start == after.end()
                                         and m.kind in (MentionKind.ORG, MentionKind.PRODUCT) for m in self.mentions)

    def only_says_whose(self, mention: Mention) -> bool:
        """Whether ``mention``'s possessive only says where the name after it is from ("China's Baoshan") or
        who made the work after it ("Smith's romantic comedy Hitch", "Smith's comedy will be the first US movie
        ... to top the $100m mark"): the sentence measures that name or work, not the possessor."""
        if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY):
            return self.introduces(mention)
        return _WORK_OF.match(self.text, mention.end) is not None

    def modifier(self, mention: Mention) -> bool:
        """"The Australian firm", "The Jacksonville, Florida-based firm": the name only describes "the
        firm", which is the entity in focus (unless a name follows: "US carmaker GM")."""
        after = self.text[mention.end:mention.end + 45]
        described = re.match(rf"^(?:,\s[\w\s-]{{0,25}}?)?(?:-based|\s[\w-]+-based|\s[a-z][\w-]*)?\s"
                             rf"({'|'.join(COMPANY_NOUNS)})\b(?!\s[A-Z])", after)
        place = mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY)
        if described and place and described.group(1) in STATE_NOUNS:
            return False  # "The UK economy", "the French government": the country's own
        return bool(described) and self.text[max(0, mention.start - 4):mention.start].lower().endswith("the ")
