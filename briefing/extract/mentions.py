"""The names of one sentence: where each is written, what it is, and the name the briefing shows.

:class:`MentionFinder` finds the capitalised names of a sentence, drops the words that only open
it ("The", "Meanwhile", "Increased"), and returns :class:`Mention` items classified by
:class:`~briefing.extract.name_kinds.NameKinds`, each with the name the briefing shows ("GM" ->
"General Motors", "Japanese" -> "Japan"). What it knows of the article's names comes from
:class:`~briefing.extract.names.ArticleNames`, which reads the whole article once.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from functools import lru_cache

from briefing.extract.lexicon import (
    BUSINESS_NOUNS,
    CITIES,
    COMMON_ACRONYMS,
    DEMONYMS,
    MONTHS,
    NOT_NAMES,
    ORG_WORDS,
    REGIONS,
    ROLE_WORDS,
    SOURCE_WORDS,
    country_names,
)
from briefing.extract.name_kinds import MentionKind, NameKinds


@dataclass(frozen=True)
class Mention:
    """A name at ``sentence[start:end]`` (as written), and the name the briefing shows for it."""

    start: int
    end: int
    text: str
    kind: MentionKind
    name: str

    @property
    def can_own(self) -> bool:
        """Whether figures can belong to it (people, cities and the press state them, not own them)."""
        return self.kind in (MentionKind.ORG, MentionKind.PLACE, MentionKind.NATIONALITY, MentionKind.PRODUCT)


_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
_CAP = r"(?:[A-Z][\w&.-]*[\w&]|[A-Z]|[a-z][A-Z][\w&-]*[a-z])"  # "iPod", "eBay": a brand's capital comes second
# Capitalised words, joined by "&", "of", "for", "de" between capitals ("Bank of America",
# "Council of Mortgage Lenders", "Organisation for Economic Co-operation and Development").
# An inner "and" joins only an organisation's name ("Food and Agriculture Organisation"), never two
# names ("GM and Ford").
NAME = re.compile(
    rf"(?<![\w'-]){_CJK}|(?<![\w'-]){_CAP}"
    rf"(?:\s(?:(?:&|of|for|de|du|la|van|von|der|del)\s|and\s(?=(?:{_CAP}\s)*?{ORG_WORDS.pattern}))?{_CAP})*")
ACRONYM_DEFINED = re.compile(
    rf"({_CAP}(?:\s(?:(?:&|of|for|on|and|the)\s){{0,2}}{_CAP})+)\s\((?:the\s)?([A-Z][A-Za-z&]{{1,9}})\)")
@lru_cache(maxsize=1)
def _places_with_small_words() -> re.Pattern[str]:
    """The countries and regions whose names join capitalised words with lower-case ones ("Yorkshire and
    the Humber", "Trinidad and Tobago"), which the capitalised runs of :data:`NAME` would part."""
    names = [name for name in (*country_names(), *REGIONS) if re.search(r"\s[a-z]", name) and name[0].isupper()
             and not _LOWER_REGION.fullmatch(name)]
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


_LOWER_REGION = re.compile(r"\b(?:[Ee]uro[\s-]?zone|[Ee]uro area)\b")
_LEGAL = re.compile(r"(?:,?\s(?:Inc|Ltd|Plc|plc|PLC|Corp|Co|LLC|AG|SA|NV|GmbH|SpA)\.?)+$")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def clean_name(name: str) -> str:
    """A name without a leading "The", a possessive or a legal suffix: "The Walt Disney Co" -> "Walt Disney"."""
    name = re.sub(r"^The\s", "", name)
    name = _POSSESSIVE.sub("", name)
    return _LEGAL.sub("", name).strip()


#: Compass words that, before "and" and a regional adjective, are part of it ("Central and Eastern European").
_COMPASS = frozenset({"Central", "Eastern", "Western", "Northern", "Southern", "North", "South", "East", "West"})


_INDEX_NUMBER = re.compile(r"\s(?!(?:19|20)\d\d\b)(\d{2,4})(?=\s(?:index|indices|rose|fell|closed|ended|gained|lost|"
                           r"added|dropped|slipped|climbed|jumped|finished|was|is|has|had)\b|(?:'s|\u2019s)\s[\d.]+\s?%)")


def _numbered(mention: Mention, sentence: str) -> Mention:
    """``mention`` with the number that ends its name ("Nikkei 225", "BBC Global 30"), if any."""
    number = _INDEX_NUMBER.match(sentence, mention.end)
    if number is None or mention.kind not in (MentionKind.ORG, MentionKind.PRODUCT):
        return mention
    return Mention(mention.start, number.end(), sentence[mention.start:number.end()], mention.kind,
                   f"{mention.name} {number.group(1)}")


def _spells(short: str, long: str) -> bool:
    """Whether the capitals of ``short`` are the initials of ``long``'s capitalised words ("S&N",
    "Scottish and Newcastle"); "METI" is no short form of "Trade and Industry"."""
    return [c for c in short if c.isupper()] == [w[0] for w in long.split() if w[0].isupper()]


class MentionFinder:
    """The mentions of any sentence, by what the article says about its names: the capitalised
    words it uses as names (``inner``), the words that are common (``common``), its aliases (shared
    with the article, and growing as it is read), the kinds of its names (``kinds``) and the words
    it writes in lower case (``lowered``), and the short forms it defines for things, not names
    (``things``: "producer price index (PPI)")."""

    def __init__(self, inner: set[str], common: Set[str], aliases: dict[str, str],
                 kinds: NameKinds, lowered: Set[str] = frozenset(), things: Set[str] = frozenset(),
                 named_commons: Set[str] = frozenset()) -> None:
        self._named_commons = named_commons  # "Next", in an article that writes "Next said"
        self._inner = inner
        self._common = common
        self._lowered = lowered
        self._things = things
        self._aliases = aliases
        self._kinds = kinds

    def mentions(self, sentence: str) -> list[Mention]:
        """The names of ``sentence``, in order, each classified."""
        found: list[Mention] = []
        for match in NAME.finditer(sentence):
            mention = self._mention(sentence, match.start(), match.group())
            if mention is not None:
                found.append(mention)
        # "Central and Eastern European sales": a compass word joined to a regional adjective is part of it
        found = [m for m in found if not (m.text in _COMPASS and any(
            o.kind == MentionKind.NATIONALITY and re.fullmatch(r"\s(?:and|&)\s", sentence[m.end:o.start])
            for o in found))]
        # "Scottish and Newcastle (S&N)": a name the article defines a short form for is one name,
        # even where "and" would otherwise part its words
        # "Claire's Stores": a name that keeps its possessive, which the capitalised runs part at "'s"
        for long in {name for short, name in self._aliases.items()
                     if " and " in name and _spells(short, name) or re.fullmatch(r"[A-Z][a-z]+'s\s[A-Z][a-z]+", name)}:
            for match in re.finditer(rf"(?<![\w'-]){re.escape(long)}(?![\w-])", sentence):
                found = [m for m in found if m.end <= match.start() or m.start >= match.end()]
                found.append(Mention(match.start(), match.end(), long,
                                     self._kinds.kind(sentence, match.start(), match.end(), long), long))
        # "The BBC Global 30 has risen", "the Nikkei 225 index": an index's number is part of its name
        found = [_numbered(m, sentence) for m in found]
        # Blocs the press writes in lower case: "the euro zone", "eurozone growth".
        for match in _LOWER_REGION.finditer(sentence):
            found = [m for m in found
                     if not (match.start() <= m.start < match.end() or m.start <= match.start() < m.end)]
            found.append(Mention(match.start(), match.end(), match.group(), MentionKind.PLACE, "eurozone"))
        # "Yorkshire and the Humber", "Bosnia and Herzegovina": places whose names hold lower-case words
        for match in _places_with_small_words().finditer(sentence):
            found = [m for m in found if m.end <= match.start() or m.start >= match.end()]
            found.append(Mention(match.start(), match.end(), match.group(), MentionKind.PLACE,
                                 country_names().get(match.group(), match.group())))
        return sorted(found, key=lambda m: m.start)

    def is_name_word(self, word: str) -> bool:
        """A capitalised word that may name something even where a sentence starts."""
        plain = word.strip("'").lower()
        # "Apple" of "Apple Computer" opens a sentence as the company's name; "Movie" of "Movie
        # Association for America" does not, in an article that writes "the movie industry".
        # "Telecoms equipment maker Ericsson", "Steelmakers have ...", in an article that writes
        # "telecoms" and "steelmakers": a word the article itself writes in lower case is common here.
        return (word in self._inner or word in self._aliases or plain not in self._common and plain not in self._lowered
                or word.isupper() and len(word) > 1
                or plain not in self._lowered and any(name.startswith(word + " ") for name in self._inner))

    def canonical(self, name: str) -> str:
        return self._aliases.get(name, name)

    def _mention(self, sentence: str, start: int, text: str) -> Mention | None:
        if re.fullmatch(_CJK, text):
            return Mention(start, start + len(text), text, MentionKind.PRODUCT, text)
        if re.match(r"(?:n't|n\u2019t|'t|\u2019t)\b", sentence[start + len(text):]):
            return None  # "Isn't it great": a contraction, no name
        start, words = self._name_words(sentence, start, text.split())
        if not words:
            return None
        text = " ".join(words)
        end = start + len(text)
        name = clean_name(text)
        if not name or re.fullmatch(r"[A-Z]{2,}s", name) or name in COMMON_ACRONYMS or name in self._things:
            return None  # "DVDs", "PCs", "ATMs", "R&D", "MP3": things, not names
        if _OWN_PROGRAMME_BEFORE.search(sentence[max(0, start - 30):start]) \
                and _OWN_PROGRAMME_AFTER.match(sentence[end:end + 60]):
            return None  # "its Fuel for Growth cost-cutting programme": the possessor's, no owner of its own
        kind = self._kinds.kind(sentence, start, end, name)
        shown = self._shown(name)
        if shown != name and kind == MentionKind.ORG and SOURCE_WORDS.search(shown):
            kind = MentionKind.SOURCE  # "INSEE" for "the National Statistic Institute (INSEE)"
        return Mention(start, end, text, kind, shown)

    def _name_words(self, sentence: str, start: int, words: list[str]) -> tuple[int, list[str]]:
        """The words of a capitalised run at ``sentence[start:]`` that belong to the name, and where
        they start: without the words that open the sentence or only describe the name."""
        opening = _opens(sentence, start)
        # "New York", "New Zealand", "South Korea": places whose first word is common; in "New York
        # Stock Exchange" the place opens a longer name, whose first word stays too.
        placed = any(" ".join(words[:size]) in CITIES or " ".join(words[:size]) in country_names()
                     or " ".join(words[:size]) in REGIONS for size in (3, 2) if len(words) >= size) \
            or words[0] in country_names() or words[0] in DEMONYMS  # "Japan's economy", "French exports"
        # Leading words that are no part of a name: "The", "Meanwhile", "Increased", "Shares", and
        # the "for" of "Forecasts for Japanese growth" once "Forecasts" is gone.
        # A common word opening a sentence is no name ("Increased spending"), unless a capitalised
        # word follows it: sentences do not capitalise their second word ("Dimension Data surveyed").
        # "May's yearly sales", in an article about May Department Stores: the company, not the month
        possessed = len(words) == 1 and re.match(r"(?:'s|\u2019s)\s", sentence[start + len(words[0]):]) is not None
        company_of_a_common_word = month_led_company(words) or possessed and any(
            name.startswith(words[0] + " ") and ORG_WORDS.search(name) for name in self._inner)
        while words and not placed and not company_of_a_common_word and (words[0] in NOT_NAMES
                                                                          and words[0] not in self._named_commons
                                        or (opening and len(words) == 1 and not self.is_name_word(words[0])
                                            and not _reports(words[0], sentence[start + len(words[0]):]))
                                        or opening and len(words) == 1
                                        and _DESCRIBES_NAME.match(sentence[start + len(words[0]):]) is not None
                                        or opening and len(words) == 1 and self._opening_adverb(words[0], sentence,
                                                                                            start)
                         or re.search(r"-[a-z]", words[0]) and words[0] not in DEMONYMS
                         # "Non-EU exports shot up 7.5%": outside a place, no name of anything
                         or re.match(r"(?:Non|Anti|Pro|Post|Pre)-", words[0])
                         or "-" in words[0] and all(part in MONTHS for part in words[0].split("-"))
                         or words[0] in ("of", "for", "and", "&", "de", "du", "la", "van", "von", "der", "del")):
            start += len(words.pop(0)) + 1
            opening = False
        while words and words[-1] in ("of", "for", "and", "&", "de", "the"):
            words.pop()
        role = _ROLE_OF.match(" ".join(words))
        if role is not None and len(words) > len(role.group().split()):
            # "President of AMBO", "Chief Executive of Marks and Spencer": a company's officer, by the company's name
            for _ in role.group().split():
                start += len(words.pop(0)) + 1
        if len(words) > 2 and words[-2] in ("of", "for", "in") and words[-1] in MONTHS:
            del words[-2:]  # "the Commerce Department for November": the name, then when
        if len(words) > 1 and words[0].endswith("s") and ROLE_WORDS.fullmatch(words[0].lower()) \
                and not (len(words) == 2 and ORG_WORDS.fullmatch(words[1])):
            start += len(words.pop(0)) + 1  # "Advisors Goldman Sachs": a role, then the name ("Partners Group": one)
        if len(words) > 1 and re.fullmatch(r"([A-Z][a-z]+?)(?:man|men|woman|women)", words[0]) \
                and re.sub(r"(?:wo)?m[ae]n$", "", words[0]) in (*DEMONYMS, "Scots"):
            start += len(words.pop(0)) + 1  # "Irishmen JP McManus and John Magnier": people of a country
        if len(words) == 2 and words[0] in DEMONYMS and words[1] in ("Government", "Cabinet", "Treasury"):
            words.pop()  # "the Indian Government": the country's state, written as "the Indian government" is
        if len(words) == 2 and words[0] in DEMONYMS and words[1].lower() not in self._common \
                and not ORG_WORDS.fullmatch(words[1]):
            start += len(words.pop(0)) + 1  # "Swiss Xstrata": a nationality before a name describes it
        return start, words

    def _opening_adverb(self, word: str, sentence: str, start: int) -> bool:
        """"Nonetheless, the figures ...", even misspelt ("Nonethless,"): a word written like an adverb,
        opening the sentence before a comma, that the article never capitalises inside a sentence."""
        return sentence.startswith(",", start + len(word)) and word not in self._inner \
            and word.lower().endswith(("ly", "less", "ever", "wise", "wards", "theless"))

    def _shown(self, name: str) -> str:
        if name in DEMONYMS:
            return DEMONYMS[name]
        return country_names().get(name, self.canonical(name))


#: A company officer's title joined to the company's name by "of": "President of AMBO".
_ROLE_OF = re.compile(r"(?:Vice[- ])?(?:President|Chairman|Chairwoman|Founder|Chief\sExecutive|Managing\sDirector)\sof"
                      r"(?:\sthe)?(?=\s[A-Z])")


#: After a capitalised word opening a sentence, lower-case words that end in a kind of business and a
#: name: "Telecoms equipment supplier Ericsson", "Drinks giant Diageo". The first word describes the name.
_DESCRIBES_NAME = re.compile(rf"^\s(?:[a-z][\w-]*\s){{0,3}}(?:{'|'.join(BUSINESS_NOUNS)})s?\s[A-Z]")




def month_led_company(words: list[str]) -> bool:
    """"May Department Stores": a company's name that starts with a month."""
    return len(words) > 1 and words[0] in MONTHS and ORG_WORDS.fullmatch(words[-1]) is not None


#: A programme a company names ("its Fuel for Growth cost-cutting programme") is the company's.
_OWN_PROGRAMME_BEFORE = re.compile(r"(?:\b(?:its|their)|'s|\u2019s)\s(?:[a-z\d][\w-]*\s){0,2}$")  # "its three-year"
_OWN_PROGRAMME_AFTER = re.compile(r"^\s(?:[a-z][\w-]*\s){0,2}(?:programmes?|programs?|schemes?|plans?|projects?|"
                                  r"initiatives?|campaigns?|strategy|drive)\b")
_REPORTS = re.compile(r"^\s(?:(?:has|had|also)\s)?(?:said|says|reported|reports|announced|announces|added|warned)\b")


def _reports(word: str, after: str) -> bool:
    """"Acme said ...", "Orange reported ...": a single common word opening a sentence is a name
    when a reporting verb follows it and it is no plural ("Analysts said") and no role ("Police")."""
    return bool(_REPORTS.match(after)) and not word.endswith("s") and not ROLE_WORDS.fullmatch(word.lower()) \
        and word.lower() not in _GROUPS


_GROUPS = {"police", "everyone", "everybody", "nobody", "government", "management", "staff", "industry"}


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence of ``text`` (after an optional opening quote or bracket).
    Looks at the few characters before ``start`` only: a "sentence" can be a whole long paragraph."""
    head = text[max(0, start - 12):start].rstrip()
    head = head[:-1] if head.endswith(('"', "'", "(", "\u201c", "\u2018")) else head
    return (start <= 12 and not head.strip()) or head.rstrip().endswith((".", "!", "?", ":"))
