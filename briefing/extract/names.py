"""Names in a sentence and what they are: an organisation, a place, a nationality, a person, a source.

:class:`ArticleNames` reads the whole article once (which capitalised words it uses as names, which
acronyms it defines, who its people are, which names it mentions most); :meth:`ArticleNames.mentions`
then returns the :class:`Mention` items of one sentence, each with its :class:`MentionKind` and the
name the briefing shows for it ("GM" -> "General Motors" when the article wrote "General Motors (GM)";
"Japanese" -> "Japan"). Deciding which mention owns a figure is :mod:`briefing.extract.owners`' job.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from dataclasses import dataclass

from briefing.extract.lexicon import (
    CITIES,
    DEMONYMS,
    MEDIA,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_TITLES,
    REGIONS,
    ROLE_WORDS,
    SOURCE_WORDS,
    country_names,
    english_words,
)
from briefing.extract.sentences import split_sentences
from briefing.model.types import Article


class MentionKind(enum.StrEnum):
    ORG = "organisation"
    PLACE = "place"  # a country, region or bloc: it owns economic figures
    CITY = "city"  # a city, market or exchange: where something happened
    NATIONALITY = "nationality"  # "Dutch", "Japanese": stands for its country
    PERSON = "person"
    SOURCE = "source"  # a statistics office, survey firm, research house or news outlet
    PRODUCT = "product"  # a CJK name, a brand: an organisation for our purposes


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
_CAP = r"(?:[A-Z][\w&.-]*[\w&]|[A-Z])"
# Capitalised words, joined by "&", "of", "for", "de" between capitals ("Bank of America",
# "Council of Mortgage Lenders", "Organisation for Economic Co-operation and Development").
# An inner "and" joins only an organisation's name ("Food and Agriculture Organisation"), never two
# names ("GM and Ford").
_NAME = re.compile(
    rf"(?<![\w'-]){_CJK}|(?<![\w'-]){_CAP}"
    rf"(?:\s(?:(?:&|of|for|de|du|la|van|von|der|del)\s|and\s(?=(?:{_CAP}\s)*?{ORG_WORDS.pattern}))?{_CAP})*")
_ACRONYM_DEFINED = re.compile(
    rf"({_CAP}(?:\s(?:(?:&|of|for|and|the)\s)?{_CAP})+)\s\((?:the\s)?([A-Z][A-Za-z&]{{1,9}})\)")
# A body described as one that states figures about others, right before or after its name.
_SOURCE_DESCRIPTION = re.compile(
    r"\b(?:statistics|statistical|research|survey|polling|pollster|consultancy|consulting|analysts?|"
    r"think[- ]tank|ratings?|market[- ]research|monitoring|data|forecasting|news|information)\s"
    r"(?:body|office|agency|bureau|firm|group|company|house|institute|organisation|organization|service|"
    r"provider|specialist|consultancy|group)?\s?$", re.I)
_SOURCE_AFTER = re.compile(r"^,\s(?:the|a|an)\s(?:[\w-]+\s){0,3}(?:research|analyst|consultancy|statistics|"
                           r"polling|survey|think[- ]tank|ratings|data)", re.I)
_LOWER_REGION = re.compile(r"\b(?:[Ee]uro[\s-]?zone|[Ee]uro area)\b")
_TITLE_IN_NAME = re.compile(r"\b(?:Minister|Secretary|Chairman|Chairwoman|President|Director|Governor|Commissioner|"
                            r"Chancellor|Spokesman|Spokeswoman|Ambassador|Mayor|Premier)\b")
_LEGAL = re.compile(r"(?:,?\s(?:Inc|Ltd|Plc|plc|PLC|Corp|Co|LLC|AG|SA|NV|GmbH|SpA)\.?)+$")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def _clean(name: str) -> str:
    """A name without a leading "The", a possessive or a legal suffix: "The Walt Disney Co" -> "Walt Disney"."""
    name = re.sub(r"^The\s", "", name)
    name = _POSSESSIVE.sub("", name)
    return _LEGAL.sub("", name).strip()


class ArticleNames:
    """What the whole article says about its names, read once; then the mentions of any sentence."""

    def __init__(self, article: Article) -> None:
        sentences = [s for p in article.paragraphs() for s in split_sentences(p)]
        self.headline = f"{article.title} {article.subtitle}".strip()
        body = " ".join(sentences)
        words = english_words()
        # A capitalised word names something when the article capitalises it where no sentence
        # starts ("said Ford"), or it is no common English word ("Multiplex", "Innotron").
        self._inner: set[str] = set()
        # Names of several words the headline or the body's inner text spells: "Time Warner said"
        # opens a sentence with a common word, yet "Time" belongs to the name.
        self._phrases: set[str] = {m.group() for m in _NAME.finditer(self.headline) if " " in m.group()}
        for sentence in sentences:
            for match in _NAME.finditer(sentence):
                parts = match.group().split()
                led = 0  # "For Micron the same boom": after "For", "Micron" is capitalised as a name
                while len(parts) > 1 and parts[0] in NOT_NAMES:
                    parts.pop(0)
                    led += 1
                if led or match.start() > 0 and re.search(r"[a-z0-9,;(] $",
                                                         sentence[max(0, match.start() - 2):match.start()]):
                    # Whole names only: "Agriculture" inside "Food and Agriculture Organisation" is
                    # no name of its own.
                    self._inner.add(_clean(" ".join(parts)))
                    self._phrases.add(" ".join(parts))
        self._common = words | {w.lower() for w in NOT_NAMES}
        self.people = set(re.findall(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Gen|General|Col|Adm|Sen|Senator|Gov|Judge|"
                                     r"President|Prof|Professor|Lord|Lady)\.?\s(?:[A-Z][\w-]+\s)?([A-Z][\w-]+)", body))
        self.aliases: dict[str, str] = {}
        # "General Motors (GM)", "the National Statistic Institute (INSEE)": a name of several words
        # with a capitalised short form in brackets defines that form.
        for full, short in _ACRONYM_DEFINED.findall(body):
            full = _clean(full)
            if len(full.split()) >= 2 and short not in NOT_NAMES:
                self.aliases.setdefault(short, full)
        self.counts: Counter[str] = Counter()
        order: list[str] = []
        # Only the body counts: a headline capitalises every word ("Innotron Invests $2.4B").
        for sentence in sentences:
            for mention in self.mentions(sentence):
                if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT):
                    self.counts[mention.name] += 1
                    order.append(mention.name)
        self._merge_spellings()
        self._merge_initials()
        self._merge_short_names(order)
        for short, long in list(self.aliases.items()):
            self.counts[long] += self.counts.pop(short, 0)

    def _merge_spellings(self) -> None:
        """"TimeWarner" and "Time Warner": one company, however the article spaces it."""
        by_key: dict[str, list[str]] = {}
        for name in self.counts:
            by_key.setdefault(re.sub(r"[^a-z0-9]", "", name.lower()), []).append(name)
        for spellings in by_key.values():
            # The spaced spelling reads better and is the one readers search for ("Time Warner").
            main = max(spellings, key=lambda n: (n.count(" "), self.counts[n]))
            self.aliases.update({n: main for n in spellings if n != main})

    def _merge_initials(self) -> None:
        """"BA" for "British Airways", "GM" for "General Motors": a short form in capitals that spells
        the initials of exactly one longer name of the article is that name, brackets or not."""
        for short in [n for n in self.counts if re.fullmatch(r"[A-Z]{2,5}", n) and n not in self.aliases]:
            spelt = [long for long in self.counts if len(long.split()) >= 2 and "".join(
                w[0] for w in long.split() if w not in ("of", "and", "&", "for", "the", "de")) == short]
            if len(spelt) == 1 and short not in country_names() and short not in REGIONS:
                self.aliases[short] = spelt[0]

    def _merge_short_names(self, order: list[str]) -> None:
        """"Micron Technology" first, "Micron" after: one company, shown by its fuller name. A longer
        name whose extra words are a place ("AOL Europe") is a part of the company, not its name."""
        first_seen = {name: i for i, name in reversed(list(enumerate(order)))}
        for short in self.counts:
            if short in self.aliases or short in country_names() or short in REGIONS or short in CITIES \
                    or short in DEMONYMS:
                continue  # "Indonesia" is a country, whatever name starts with it
            candidates = []
            for long in self.counts:
                if len(long) <= len(short) or not long.startswith(short):
                    continue
                extra = long[len(short):].split()
                if long[len(short)] != " ":  # "Glaxo" for "GlaxoSmithKline": the full name must come first
                    if len(short) >= 4 and first_seen.get(long, 1 << 30) < first_seen.get(short, -1):
                        candidates.append(long)
                elif all(ORG_WORDS.fullmatch(w) for w in extra) or (
                        first_seen.get(long, 1 << 30) < first_seen.get(short, -1)
                        and not any(w in country_names() or w in REGIONS or w in CITIES for w in extra)):
                    candidates.append(long)
            if candidates:
                self.aliases[short] = max(candidates, key=lambda n: self.counts[n])

    def headline_mentions(self, headline: str) -> list[Mention]:
        """The names of a headline, which capitalises every word: only those the body uses as names
        (or their short forms), and the places and nationalities it names."""
        found: list[Mention] = []
        for name in sorted(set(self.counts) | set(self.aliases), key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", headline):
                if not any(m.start <= match.start() < m.end for m in found):
                    found.append(Mention(match.start(), match.end(), name, MentionKind.ORG, self.canonical(name)))
        for mention in self.mentions(headline):
            if mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY) and \
                    not any(m.start <= mention.start < m.end for m in found):
                found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def _spelt(self, phrase: str) -> bool:
        """Whether a name of several words starting with ``phrase`` stands where no sentence starts."""
        return " " in phrase and any(p == phrase or p.startswith(phrase + " ") for p in self._phrases)

    def is_name_word(self, word: str) -> bool:
        """A capitalised word that may name something even where a sentence starts."""
        plain = word.strip("'").lower()
        return (word in self._inner or plain not in self._common or word.isupper() and len(word) > 1
                or any(name.startswith(word + " ") for name in self._inner))  # "Micron" of "Micron Technology"

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)

    def mentions(self, sentence: str) -> list[Mention]:
        """The names of ``sentence``, in order, each classified."""
        found: list[Mention] = []
        for match in _NAME.finditer(sentence):
            mention = self._mention(sentence, match.start(), match.group())
            if mention is not None:
                found.append(mention)
        # Blocs the press writes in lower case: "the euro zone", "eurozone growth".
        for match in _LOWER_REGION.finditer(sentence):
            found = [m for m in found
                     if not (match.start() <= m.start < match.end() or m.start <= match.start() < m.end)]
            found.append(Mention(match.start(), match.end(), match.group(), MentionKind.PLACE, "eurozone"))
        return sorted(found, key=lambda m: m.start)

    def _mention(self, sentence: str, start: int, text: str) -> Mention | None:
        if re.fullmatch(_CJK, text):
            return Mention(start, start + len(text), text, MentionKind.PRODUCT, text)
        words = text.split()
        opening = _opens(sentence, start)
        # "New York", "New Zealand", "South Korea": places whose first word is common; in "New York
        # Stock Exchange" the place opens a longer name, whose first word stays too.
        placed = any(" ".join(words[:size]) in CITIES or " ".join(words[:size]) in country_names()
                     or " ".join(words[:size]) in REGIONS for size in (3, 2) if len(words) >= size)
        # Leading words that are no part of a name: "The", "Meanwhile", "Increased", "Shares", and
        # the "for" of "Forecasts for Japanese growth" once "Forecasts" is gone.
        # A common word opening a sentence is no name ("Increased spending"), unless a capitalised
        # word follows it: sentences do not capitalise their second word ("Dimension Data surveyed").
        while words and not placed and (words[0] in NOT_NAMES
                                        or (opening and len(words) == 1 and not self.is_name_word(words[0])
                                            and not _reports(words[0], sentence[start + len(words[0]):]))
                         or re.search(r"-[a-z]", words[0]) and words[0] not in DEMONYMS
                         or words[0] in ("of", "for", "and", "&", "de", "du", "la", "van", "von", "der", "del")):
            start += len(words.pop(0)) + 1
            opening = False
        while words and words[-1] in ("of", "for", "and", "&", "de", "the"):
            words.pop()
        if len(words) == 2 and words[0] in DEMONYMS and words[1].lower() not in self._common \
                and not ORG_WORDS.fullmatch(words[1]):
            start += len(words.pop(0)) + 1  # "Swiss Xstrata": a nationality before a name describes it
        if not words:
            return None
        text = " ".join(words)
        end = start + len(text)
        name = _clean(text)
        if not name or re.fullmatch(r"[A-Z]{2,}s", name):
            return None  # "DVDs", "PCs", "ATMs": things, not names
        kind = self._kind(sentence, start, end, name)
        shown = self._shown(name)
        if shown != name and kind == MentionKind.ORG and SOURCE_WORDS.search(shown):
            kind = MentionKind.SOURCE  # "INSEE" for "the National Statistic Institute (INSEE)"
        return Mention(start, end, text, kind, shown)

    def _shown(self, name: str) -> str:
        if name in DEMONYMS:
            return DEMONYMS[name]
        return country_names().get(name, self.canonical(name))

    def _kind(self, sentence: str, start: int, end: int, name: str) -> MentionKind:
        before, after = sentence[max(0, start - 40):start], sentence[end:end + 40]
        first = name.split()[0]
        if name in DEMONYMS or (first in DEMONYMS and len(name.split()) == 1):
            return MentionKind.NATIONALITY
        if "-" in name and all(part in DEMONYMS or part + "n" in DEMONYMS or part in country_names()
                               or part in ("Franco", "Anglo", "Sino", "Indo", "Euro", "Afro", "Russo", "Italo")
                               for part in name.split("-")):
            return MentionKind.PERSON  # "Franco-German", "US-German": of two countries, owned by neither
        if name in MEDIA and not self._in_headline(name):
            return MentionKind.SOURCE  # "the Sunday Telegraph reported"; in "Telegraph axes jobs" a company
        if name in country_names() or name in REGIONS:
            return MentionKind.PLACE
        if name in CITIES:
            return MentionKind.CITY
        if self._is_person(name, before, after) or _TITLE_IN_NAME.search(name):
            return MentionKind.PERSON  # "Jean-Pierre Garnier", "State Minister for National Development Planning"
        if SOURCE_WORDS.search(name) and not ORG_WORDS.search(name.split()[-1]):
            return MentionKind.SOURCE
        if _SOURCE_DESCRIPTION.search(before) or _SOURCE_AFTER.match(after):
            return MentionKind.SOURCE  # "state statistics body INSEE", "research firm MDR", "Gartner, the analysts"
        return MentionKind.ORG

    def _in_headline(self, name: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.headline) is not None

    def _is_person(self, name: str, before: str, after: str) -> bool:
        words = name.split()
        if ORG_WORDS.search(words[-1]) or name in self.aliases or name in self.aliases.values() \
                or name in self.counts and self.counts[name] > 2 and words[-1] not in self.people:
            return False
        if words[-1] in self.people or (len(words) == 1 and name in self.people):
            return True
        if re.search(rf"\b(?:{'|'.join(PERSON_TITLES)})\.?\s$", before):
            return True
        # "Jean-Pierre Garnier", "Mike Powell": two or three words written like a person's name.
        personal = 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|"
                                                             r"[A-Z][a-z]*[A-Z][a-z]+", w) for w in words)
        if not personal:
            return False
        role_after = re.match(r"^,\s[^,.;]{0,50}", after)
        return bool(ROLE_WORDS.search(before[-30:]) or (role_after and ROLE_WORDS.search(role_after.group()))
                    or re.search(r"\b(?:said|says|told|according to|by)\s$", before)
                    or re.match(r"^,?\s(?:said|says|told|added|explained|argued|warned|who)\b", after))


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
