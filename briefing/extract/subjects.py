"""Who a figure belongs to: the company, country or body a sentence attributes it to.

Takes an :class:`~briefing.model.Article`, then its sentences one at a time (in reading order,
so "the company" and "it" can be resolved to the last name mentioned); returns a name for any
position in the current sentence. The heuristics, in the order they are tried:

1. a possessive before the figure: "BA's profits", "Micron's Q3 revenue";
2. a share price: "Pernod shares in Paris slipped 1.2%", "shares in Allied Domecq";
3. the nearest name in the figure's clause: "Altria rising 5% and Reynolds showing gains";
4. the sentence's first name: "In a significant move, Innotron, ..., plans to invest $2.4bn";
5. the subject carried from earlier sentences ("the airline made a pre-tax profit of £75m").

People ("Rod Eddington, BA's chief executive") and places ("shares in London") are passed over
when a better name is at hand. Legal suffixes ("Inc", "Ltd") are dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.sentences import clause_start
from briefing.model.types import Article

__all__ = ["SubjectFinder"]

# A name: capitalised words, "&" and an inner "of" ("Court of Appeals"); "'s" is left outside.
# An inner "and" only joins an organisation's name ("Food and Agriculture Organisation"), never
# two names ("Altria and Reynolds").
_ORG_WORDS = (r"(?:Organi[sz]ation|Association|Agency|Authority|Bank|Board|Commission|Committee|"
              r"Council|Department|Exchange|Federation|Fund|Institute|Ministry|Office|Service|"
              r"Services|Trust|Union|Company|Industries)")
# Chinese, Japanese and Korean names have no capital letters: a run of ideographs (or kana, or
# hangul) standing in English text is a name, such as 长鑫存储 or 合肥.
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
_NAME = re.compile(
    rf"(?<![\w']){_CJK}|"
    r"(?<![\w'])(?:[A-Z][\w&.-]*[\w&]|[A-Z])(?:\s(?:&\s)?(?:[A-Z][\w&.-]*[\w&]|[A-Z]|of(?=\s[A-Z])|"
    rf"and(?=(?:\s[A-Z][\w-]*)*?\s{_ORG_WORDS}\b)))*")
# "Innotron said its DRAM revenue": a verb between two names makes the first the subject, not an
# adjective of the second (as "US media giant TimeWarner" would).
_VERB_GAP = re.compile(r"\b(?:said|says|told|reported|reports|announced|expects|expected|plans|"
                       r"will|has|had|is|was|its|their)\b")
_POSSESSIVES = {"its", "their", "his", "her", "our"}
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "It", "Its", "This", "That", "These",
    "Those", "He", "She", "They", "We", "I", "Our", "Their", "His", "Her", "While", "When",
    "Since", "After", "Before", "Last", "Next", "Despite", "However", "Meanwhile", "Overall",
    "Also", "According", "Furthermore", "Although", "Separately", "If", "As", "So", "Yet", "With",
    "Under", "Among", "Many", "Some", "Most", "Key", "Takeaways", "Analysis", "Did", "You", "Know",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "GMT", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Mr", "Mrs", "Ms", "Dr",
    "Spring", "Summer", "Autumn", "Winter", "Year", "Chapter", "There", "Here", "What", "Only",
    "Half", "Nearly", "Such", "Other", "Both", "Each", "Every", "All", "No", "Not", "Once", "GDP",
    "Analysts", "Shares", "Prosecutors", "Critics", "Officials", "Experts", "Investors", "CEO",
    "Economists", "Reports", "Forecasts", "Growth", "Revenue", "Sales", "Profits", "Turnover",
    "Neither", "Nor", "Either",
}
# Named, but not what a figure belongs to: the press that reports it.
_MEDIA = {"BBC", "Reuters", "Financial Times", "Wall Street Journal", "WSJ", "Bloomberg",
          "Sunday Telegraph", "Associated Press", "AFP", "World Business Report"}
# "Japanese growth" is Japan's.
_NATIONALITIES = {"Japanese": "Japan", "German": "Germany", "French": "France", "Chinese": "China",
                  "Indian": "India", "European": "Europe", "American": "US", "Russian": "Russia",
                  "Italian": "Italy", "British": "UK", "Spanish": "Spain", "Indonesian": "Indonesia",
                  "Indonesians": "Indonesia", "Ethiopians": "Ethiopia"}
# Cities name where something happened ("shares in Paris"), rarely whose figure it is.
_PLACES = {
    "London", "Paris", "New York", "Shanghai", "Tokyo", "Beijing", "Washington", "Moscow",
    "Houston", "Chicago", "Hong Kong", "Wall Street", "Brussels", "Frankfurt", "Jakarta",
    "Mumbai", "Delhi", "New Delhi", "Berlin", "Rome", "Madrid", "Milan", "Zurich", "Geneva",
} | _MEDIA
_ROLES = re.compile(
    r"\b(?:analyst|economist|executive|chairman|chairwoman|minister|director|president|"
    r"spokes(?:man|woman|person)|boss|head|strategist|secretary|judge|commissioner|founder|"
    r"official|chief|Mr|Mrs|Ms|Dr|said|says|told|correspondent|lawyer)\b\.?"
    r"(?:\s(?:at|of|with|for))?\s*$")
_TITLES = re.compile(r"\b(?:Minister|Secretary|Chairman|President|Director|Governor|"
                     r"Commissioner|Chancellor|Judge)\b")
_LEGAL = re.compile(r"(?:,?\s(?:Inc|Ltd|Plc|plc|PLC|Corp|Co|LLC|AG|SA|NV|GmbH)\.?)+$")
_PRONOUN_START = re.compile(
    r"^(?:[\w\s,'-]{0,60},\s|(?:but|and|yet|so)\s)?(?:it|its|they|their|the (?:company|firm|group|airline|"
    r"carrier|bank|business|organi[sz]ation|plant|facility|giant|maker|retailer|chain))\b", re.I)


def _clean(name: str) -> str:
    name = re.sub(r"^The\s", "", name)
    name = _NATIONALITIES.get(name, name)
    return _LEGAL.sub("", name).strip()


_WORD = r"[A-Z][\w&.-]*[\w&]"
_CURRENCY_SUBJECT = re.compile(r"\b[Tt]he (dollar|greenback|euro|pound|yen|yuan|rupee|rouble|"
                               r"won|rupiah)\b")
_OBJECT_WORDS = {"the", "of", "to", "for", "from", "by", "with", "against", "into", "on", "in"}


_GROUP_START = re.compile(
    r"^(?:But\s|And\s)?[Tt]he\s((?:[a-z-]+\s){0,2}(?:companies|firms|banks|airlines|carriers|"
    r"producers|makers|manufacturers|retailers|insurers|lenders|exporters|unions|governments))\b")
_APPOSITIVE = re.compile(
    r"^(?:[^,]{0,60},\s)?(?P<name>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*)*),\s(?:the|a|an)\s[^,]{3,100},"
    r"\s(?=[a-z])")
_ONLY_HEDGES = re.compile(r"\s*(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Ss]ome|[Rr]oughly|"
                          r"[Oo]ver|[Mm]ore than|[Ll]ess than|[Jj]ust|[Oo]nly|[Aa]n estimated)\s)*")
_COMMODITY = re.compile(
    r"\b(?:(?:US|Brent|WTI)\s)?(?:light\s|sweet\s)?[Cc]rude(?:\soil)?\b|"
    r"\b(?:[Oo]il|[Gg]old|[Ss]ilver|[Cc]opper|[Nn]atural gas|[Cc]oal|[Ww]heat|[Cc]ocoa|[Cc]offee|"
    r"[Ss]ugar)(?=\s(?:prices?|futures))")
_PRICE_WORDS = re.compile(r"\b(?:prices?|barrel|level)\b", re.I)


def _appositive(sentence: str) -> str:
    """The subject of "Innotron, the company behind CXMT, plans ...": the name an appositive
    describes (not the names inside the appositive), or ""."""
    m = _APPOSITIVE.match(sentence)
    if not m or m.group("name").split()[0] in _NOT_NAMES:
        return ""
    name = _clean(m.group("name"))
    return "" if name in _PLACES else name


def _commodity_name(text: str) -> str:
    """"Crude oil" -> "crude oil"; "US light crude" and "Brent crude" keep their names."""
    return text if text.split()[0] in ("US", "Brent", "WTI") else text.lower()


_AFTER_WORD = re.compile(r"[a-z,;(] ")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence of ``text``: before it only spaces and perhaps
    an opening quote or bracket, after the start of the text or after ".", "!" or "?" and a space.
    Walks back over the few characters before ``start``: the text can be megabytes long."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return True
    if text[end - 1] in "\"'(\u201c":
        end -= 1
        return end == 0 or (end >= 2 and text[end - 1].isspace() and text[end - 2] in ".!?")
    return end < start and text[end - 1] in ".!?"


class SubjectFinder:
    """Names for figures, one sentence at a time (see the module docstring for the rules)."""

    def __init__(self, article: Article) -> None:
        body = " ".join(article.paragraphs())
        # A capitalised word only names something if the article also capitalises it away from
        # the start of a sentence, or in its headline, or opens two sentences with it
        # ("Quarterly profits at ..." is not a company called Quarterly; "Rank now aims" is).
        # Whole names only: "Agriculture" inside "Food and Agriculture Organisation" is no name.
        # Only the two characters before a name are looked at: the article can be megabytes long.
        inner = {m.group() for m in _NAME.finditer(body) if _AFTER_WORD.fullmatch(body[max(0, m.start() - 2):m.start()])}
        openers = Counter(re.findall(rf"(?:^|[.!?]\s)[\"']?({_WORD})", body))
        headline = re.findall(_WORD, f"{article.title} {article.subtitle}")
        known = set(headline) | {w for w, n in openers.items() if n >= 2}
        # "Customers trying to get through..." twice is still the common noun the article
        # otherwise writes in lower case; a name is capitalised wherever it stands.
        lower = set(re.findall(r"\b[a-z][a-z-]+\b", body))
        self._known = (inner | {w for w in known if w.lower() not in lower}) - _NOT_NAMES
        # "Lakshmi Mittal has told investors" is a person if the article also says "Mr Mittal".
        self._people = set(re.findall(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s([A-Z][\w-]+)", body))
        counts = Counter(_clean(n) for _, _, n in self._spans(body))
        main = [n for n, _ in counts.most_common() if n not in _PLACES]
        self._carried = main[0] if main else ""
        # Until a sentence names someone, the article is about whoever its headline names.
        self._carried = self._headline_subject(article.title)
        # An article whose headline is about a commodity ("Strong demand triggers oil rally")
        # owns the prices it quotes without naming their owner.
        commodity = _COMMODITY.search(body)
        about = re.search(r"\b(?:oil|crude|gold|silver|copper|gas|coal|wheat|cocoa|coffee|sugar)\b",
                          f"{article.title} {article.subtitle}", re.I)
        self._commodity = _commodity_name(commodity.group()) if commodity and about else ""
        self._sentence = ""
        self._headline = False

    def _spans(self, sentence: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name in the sentence, people and titles left out."""
        spans = []
        for m in _NAME.finditer(sentence):
            start, words = m.start(), m.group().split()
            opening = _opens_sentence(sentence, start)
            while words and (words[0] in _NOT_NAMES or re.search(r"-[a-z]", words[0]) or (
                    opening and len(words) == 1 and words[0] not in self._known
                    and not re.fullmatch(_CJK, words[0]))):
                start += len(words.pop(0)) + 1
            name = " ".join(words)
            if not name or _TITLES.search(name) or _ROLES.search(sentence[max(0, start - 30):start]) \
                    or (len(words) > 1 and words[-1] in self._people):
                continue
            after = sentence[m.end():]
            # Chinese, Japanese and Korean names here are companies and places, rarely people.
            if (re.match(r"^,?\s(?:said|says|told)\b", after) and not re.fullmatch(_CJK, name)) or re.match(
                    r"^\s?,\s(?:[\w']+\s){0,3}?(?:analyst|economist|chief|chairman|head|minister)\b",
                    after):
                continue  # a person speaking, not the figure's owner
            spans.append((start, m.end(), name))
        return spans

    def start_sentence(self, sentence: str, headline: bool = False) -> None:
        """Move on to ``sentence``; the previous one's subject is carried forward unless
        it opened with "it" or "the company", or was a quotation (whose names are asides)."""
        previous = self._sentence
        if previous and not self._headline and not re.match(r"^[\"'\u201c]", previous):
            group = _GROUP_START.match(previous)
            apposed = _appositive(previous)
            first = apposed or (group.group(1) if group else self._first(previous))
            if first and (apposed or group or not _PRONOUN_START.match(previous)) \
                    and first not in _PLACES:
                self._carried = first
        self._sentence = sentence
        self._headline = headline

    def _first(self, sentence: str, loose: bool = False) -> str:
        spans = self._spans(sentence)
        # "US media giant TimeWarner": a name followed by a description of the next is an adjective.
        # "signed a Memorandum of Understanding", "the acquisition of ISG": objects, not subjects.
        names = [n for i, (start, end, n) in enumerate(spans) if not (
            i + 1 < len(spans) and re.fullmatch(r"(?:\s[a-z]+){1,4}\s", sentence[end:spans[i + 1][0]])
            and not _VERB_GAP.search(sentence[end:spans[i + 1][0]]))
            and self._word_before(sentence, start) not in _OBJECT_WORDS - {"the"} | {"a", "an"}]
        firms = [n for n in names if n not in _PLACES]
        if loose and not firms:  # "activity in Ethiopia, representing 45% of GDP"
            firms = [n for _, _, n in spans if n not in _PLACES]
        return _clean((firms or names or [""])[0])

    def subject_at(self, pos: int) -> str:
        """The subject of a figure that starts at ``pos`` in the current sentence: a name as
        written (legal suffix dropped), "" when the article names no one."""
        sentence = self._sentence
        if self._headline:
            return self._headline_subject(sentence)
        spans = [s for s in self._spans(sentence) if s[1] <= pos]
        phrase = self._phrase_owner(sentence, pos, spans)
        if phrase:  # 1., 2. and "a claim against Yukos", "80% of Ethiopians"
            return phrase
        clause = clause_start(sentence, pos)
        # "its DRAM revenue": a name after a possessive pronoun describes the owner's product.
        in_clause = [s for s in spans if s[0] >= clause and s[2] not in _PLACES
                     and self._word_before(sentence, s[0]) not in _POSSESSIVES]
        commodity = _COMMODITY.search(sentence, clause, pos)
        if commodity and (not in_clause or commodity.end() >= in_clause[-1][1]):
            return _commodity_name(commodity.group())  # "Brent crude in London gained $1.32"
        if in_clause:  # 3. the nearest name in the clause, as subject rather than object
            subjects = [s for s in in_clause if self._word_before(sentence, s[0]) not in _OBJECT_WORDS]
            return _clean((subjects or in_clause)[-1][2])
        currency = _CURRENCY_SUBJECT.search(sentence, clause, pos)
        if currency:  # "the dollar reached $1.2871 against the euro"
            return "US dollar" if currency.group(1) in ("dollar", "greenback") else currency.group(1)
        if self._commodity and _PRICE_WORDS.search(sentence, clause, pos):
            return self._commodity  # "prices ... look like the $40 to $50 level": oil's
        apposed = _appositive(sentence)
        if apposed and sentence.find(",", len(apposed)) < pos:
            return apposed  # "Innotron, the company behind CXMT, plans to spend $2.4bn"
        if not _PRONOUN_START.match(sentence):
            first = self._first(sentence[:pos], loose=True) if spans else ""
            if first and first not in _PLACES:
                return first  # 4. the sentence's first name
        return self._carried  # 5. "it", "the airline": the name carried forward

    def _phrase_owner(self, sentence: str, pos: int, spans: list[tuple[int, int, str]]) -> str:
        """An owner spelled by the words around the figure, or "": a possessive ("BA's profits"),
        a share price ("Pernod shares"), "against/at Yukos" after it, or "80% of Ethiopians"
        when that phrase is what the clause is about."""
        for start, end, name in reversed(spans):  # "BA's profits", "Micron's Q3 revenue"
            if re.match(r"'s?\s(?:[a-z]|Q[1-4]\b|[A-Z]{2,}\s[a-z])", sentence[end:end + 12]) and name not in _PLACES:
                return _clean(name)
        shares = re.search(rf"(?:shares (?:in|of)\s)((?:{_WORD}\s?)+)|((?:{_WORD}\s)+)(?:shares|"
                           rf"stock)\b(?!.*\b(?:shares|stock)\b)", sentence[:pos])
        if shares:  # "Pernod shares in Paris slipped 1.2%"
            return _clean((shares.group(1) or shares.group(2)).strip())
        owner = re.match(rf"^\S*\s(?:[a-z-]+\s){{0,3}}(?:against|at)\s((?:{_WORD}\s?)+)",
                         sentence[pos:])
        if owner:  # "a $27.5bn tax claim against Yukos", "a 40% drop in profits at BA"
            return _clean(owner.group(1).strip())
        # "About 80% of Ethiopians depend on ...": the share is the clause's subject; in "it owns
        # 8% of Google" it is an object and Google is not the owner.
        share = re.match(rf"^\S+\sof\s((?:{_WORD}\s?)+)", sentence[pos:])
        if share and _ONLY_HEDGES.fullmatch(sentence[clause_start(sentence, pos):pos]):
            return _clean(share.group(1).strip())
        return ""

    @staticmethod
    def _word_before(sentence: str, pos: int) -> str:
        words = sentence[:pos].split()
        return words[-1].lower() if words else ""

    def _headline_subject(self, headline: str) -> str:
        """Headlines capitalise every word; take the first name the body also uses."""
        names = [n for n in self._known if n in headline and n not in _PLACES]
        if names:
            return _clean(min(names, key=headline.find))
        return self._carried
