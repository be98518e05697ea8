"""Names in a sentence and what they are: an organisation, a place, a nationality, a person, a source.

:class:`ArticleNames` reads the whole article once (which capitalised words it uses as names, which
acronyms it defines, who its people are, which names it mentions most); :meth:`ArticleNames.mentions`
then returns the :class:`Mention` items of one sentence, each with its :class:`MentionKind` and the
name the briefing shows for it ("GM" -> "General Motors" when the article wrote "General Motors (GM)";
"Japanese" -> "Japan"). Deciding which mention owns a figure is :mod:`briefing.extract.owners`' job.

Finding a sentence's names is :mod:`.mentions`' job, and telling what each is :mod:`.name_kinds`';
this module holds what the article as a whole says about its names, and merges their spellings.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.lexicon import (
    BUSINESS_NOUNS,
    CITIES,
    DEMONYMS,
    MONTHS,
    NOT_NAMES,
    ORG_WORDS,
    REGIONS,
    WEEKDAYS,
    country_names,
    english_words,
)
from briefing.extract.mentions import (
    ACRONYM_DEFINED,
    NAME,
    Mention,
    MentionFinder,
    clean_name,
    month_led_company,
)
from briefing.extract.name_kinds import MentionKind, NameKinds
from briefing.extract.sentences import split_sentences
from briefing.model.types import Article

__all__ = ["ArticleNames", "Mention", "MentionKind"]

_BUSINESS_WORDS = (*BUSINESS_NOUNS, "drugmaker")


class ArticleNames:
    """What the whole article says about its names, read once; then the mentions of any sentence."""

    def __init__(self, article: Article) -> None:
        sentences = [s for p in article.paragraphs() for s in split_sentences(p)]
        self.headline = f"{article.title} {article.subtitle}".strip()
        body = " ".join(sentences)
        words = english_words()
        inner = self._name_words(sentences)
        common = words | {w.lower() for w in NOT_NAMES}
        self.people = set(re.findall(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Gen|General|Col|Adm|Sen|Senator|Gov|Judge|"
                                     r"President|Prof|Professor|Lord|Lady)\.?\s(?:[A-Z][\w-]+\s)?([A-Z][\w-]+)", body))
        # "Indian drugmaker Dr Reddy's": a company named after a person, wherever the article names it
        titled = re.findall(rf"\b(?:{'|'.join(_BUSINESS_WORDS)})\s((?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s"
                            r"(?:[A-Z][\w-]+\s)?([A-Z][\w-]+)('s|\u2019s)?)", body)
        companies = {surname for _, surname, _ in titled}
        self.people -= companies
        self.aliases: dict[str, str] = _defined_acronyms(body)
        self.aliases.update(_possessive_names(body))
        self.aliases.update({surname: full for full, surname, _ in titled})  # shown as written: "Dr Reddy's"
        self.counts: Counter[str] = Counter()
        self.places: Counter[str] = Counter()  # the places and nationalities the whole body names
        #: the most distinct places one sentence names ("a survey of consumers in the UK, France, Germany
        #: and the Netherlands" names four)
        self.most_places_together = 0
        # The finder sees the aliases and counts grow as the body is read: a name counted often is
        # no person, however it is written.
        lowered = set(re.findall(r"(?<![\w'-])[a-z][a-z-]*(?![\w'-])", body))
        self._finder = MentionFinder(inner, common, self.aliases,
                                     NameKinds(self.headline, self.people, self.aliases, self.counts,
                                               titled_companies=companies), lowered, _defined_things(body),
                                     _named_commons(body))
        order = self._count(sentences)
        _merge_spellings(self.counts, self.aliases)
        _merge_initials(self.counts, self.aliases)
        _merge_short_names(self.counts, self.aliases, order)
        for short, long in list(self.aliases.items()):
            self.counts[long] += self.counts.pop(short, 0)

    def _name_words(self, sentences: list[str]) -> set[str]:
        """The capitalised words the article uses as names."""
        # A capitalised word names something when the article capitalises it where no sentence
        # starts ("said Ford"), or it is no common English word ("Multiplex", "Innotron").
        inner: set[str] = set()
        for sentence in sentences:
            for match in NAME.finditer(sentence):
                parts = match.group().split()
                led = 0  # "For Micron the same boom": after "For", "Micron" is capitalised as a name
                while len(parts) > 1 and parts[0] in NOT_NAMES and not month_led_company(parts):
                    parts.pop(0)
                    led += 1
                # "Claire's Stores": the word after a name's possessive is that name's, not a name of its own
                after_possessive = len(parts) == 1 and re.search(r"[A-Z][\w-]*(?:'s|\u2019s) $",
                                                                 sentence[max(0, match.start() - 30):match.start()])
                if not after_possessive and (led or match.start() > 0 and re.search(
                        r"[a-z0-9,;(] $", sentence[max(0, match.start() - 2):match.start()])):
                    # Whole names only: "Agriculture" inside "Food and Agriculture Organisation" is
                    # no name of its own.
                    inner.add(clean_name(" ".join(parts)))
        return inner

    def _count(self, sentences: list[str]) -> list[str]:
        """Count the organisations and places the body names; return the organisations in the order
        named. Only the body counts: a headline capitalises every word ("Innotron Invests $2.4B")."""
        order: list[str] = []
        for sentence in sentences:
            places: set[str] = set()
            for mention in self.mentions(sentence):
                if mention.kind in (MentionKind.ORG, MentionKind.PRODUCT):
                    self.counts[mention.name] += 1
                    order.append(mention.name)
                elif mention.kind in (MentionKind.PLACE, MentionKind.NATIONALITY):
                    self.places[mention.name] += 1
                    places.add(mention.name)
            self.most_places_together = max(self.most_places_together, len(places))
        return order

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

    def mentions(self, sentence: str) -> list[Mention]:
        """The names of ``sentence``, in order, each classified."""
        return self._finder.mentions(sentence)

    def is_name_word(self, word: str) -> bool:
        """A capitalised word that may name something even where a sentence starts."""
        return self._finder.is_name_word(word)

    def canonical(self, name: str) -> str:
        return self.aliases.get(name, name)




def _named_commons(body: str) -> frozenset[str]:
    """"Next said", "Next's shares", "stores at Next": a word that usually opens a sentence without
    naming anything ("Next year ...") names a company where the article writes it so inside a sentence."""
    return frozenset(word for word in NOT_NAMES - MONTHS - WEEKDAYS if re.search(
        rf"(?:[a-z,]\s|\b(?:at|by|from|of|said|says)\s){word}(?:(?:'s|\u2019s)\s[a-z]|\s(?:said|says|has|had|chief|"
        rf"shares|stores?)\b)", body))


def _possessive_names(body: str) -> dict[str, str]:
    """"Foster's said", "Foster's Group": a name written with its "'s" every time, and at least once
    where no possessive can stand (before a verb, "and" or "Group"), is the name with it."""
    found: dict[str, str] = {}
    for word in set(re.findall(r"\b((?:[A-Z][\w]*\s&\s)?[A-Z][a-z]+)(?:'s|\u2019s)\b", body)):
        bare = len(re.findall(rf"\b{re.escape(word)}\b(?!(?:'s|\u2019s)\b)", body))
        named = re.search(rf"\b{re.escape(word)}(?:'s|\u2019s)\s(?:said|says|is|was|has|had|and|Group|plc|Inc)\b",
                          body)
        if not bare and named and word not in DEMONYMS and word not in country_names():
            found[word] = f"{word}'s"  # "Standard & Poor's said": the whole name keeps it too
            continue
        # "the state-owned People's Bank", "Accessory vendor Claire's Stores": a word whose possessive
        # always comes before one organisation word, and never stands alone, is that organisation's name
        heads = re.findall(rf"\b{re.escape(word)}(?:'s|\u2019s)(?:\s([A-Z][a-z]+)\b)?", body)
        if not bare and len(set(heads)) == 1 and heads[0] and ORG_WORDS.fullmatch(heads[0]) \
                and word not in DEMONYMS and word not in country_names() and word not in REGIONS:
            found[word] = f"{word}'s {heads[0]}"
    return found


def _defined_acronyms(body: str) -> dict[str, str]:
    """"General Motors (GM)", "the National Statistic Institute (INSEE)": a name of several words
    with a capitalised short form in brackets defines that form."""
    aliases: dict[str, str] = {}
    for full, short in ACRONYM_DEFINED.findall(body):
        words = full.split()
        while len(words) > 2 and (words[0] in NOT_NAMES or words[0].lower() in ("the", "of", "for", "and", "&")
                                  or re.search(r"-[a-z]", words[0])):
            # "Both the Council of Mortgage Lenders (CML)": "Both" opens the sentence; "the US-registered
            # Albanian Macedonian Bulgarian Oil Corporation (AMBO)": where it is registered, no part of it
            words.pop(0)
        full = _spelt_part(clean_name(" ".join(words)), short)
        if len(full.split()) >= 2 and short not in NOT_NAMES:
            aliases.setdefault(short, full)
    return aliases


def _spelt_part(full: str, short: str) -> str:
    """"Fiat and General Motors (GM)": the short form stands for the name whose initials it spells,
    the last one of a pair; "Chart-Track for the Entertainment and Leisure Software Publishers
    Association (ELSPA)": the words from the one its first initial starts."""
    words = full.split()
    spelt = short.replace("&", "").upper()
    for start in range(len(words)):
        if words[start][0].isupper() \
                and "".join(w[0] for w in words[start:] if w[0].isupper()).upper() == spelt:
            return " ".join(words[start:])
    return full


def _defined_things(body: str) -> set[str]:
    """"producer price index (PPI)", "gross domestic product (GDP)": a short form in brackets after
    the lower-case words it abbreviates names a thing the article measures, no organisation."""
    things = set()
    for words, short in re.findall(r"\b((?:[a-z][a-z-]+\s){1,5}[a-z][a-z-]+)\s\(([A-Z]{2,6})\)", body):
        initials = "".join(w[0] for w in words.split() if w not in ("of", "and", "the", "for"))
        if initials.upper().endswith(short):
            things.add(short)
    return things


def _merge_spellings(counts: Counter[str], aliases: dict[str, str]) -> None:
    """"TimeWarner" and "Time Warner": one company, however the article spaces it."""
    by_key: dict[str, list[str]] = {}
    for name in counts:
        by_key.setdefault(re.sub(r"[^a-z0-9]", "", name.lower()), []).append(name)
    for spellings in by_key.values():
        # The spaced spelling reads better and is the one readers search for ("Time Warner").
        main = max(spellings, key=lambda n: (n.count(" "), counts[n]))
        aliases.update({n: main for n in spellings if n != main})


def _merge_initials(counts: Counter[str], aliases: dict[str, str]) -> None:
    """"BA" for "British Airways", "GM" for "General Motors", "M&S" for "Marks & Spencer": a short form
    in capitals that spells the initials of exactly one longer name of the article is that name, brackets
    or not."""
    for short in [n for n in counts if re.fullmatch(r"[A-Z](?:&?[A-Z]){1,4}", n) and n not in aliases]:
        # "M&S" for "Marks & Spencer": the ampersand joins initials
        spelt = [long for long in counts if len(long.split()) >= 2 and "".join(
            w[0] for w in long.split() if w not in ("of", "and", "&", "for", "the", "de")) == short.replace("&", "")]
        if len(spelt) == 1 and short not in country_names() and short not in REGIONS:
            aliases[short] = spelt[0]


def _merge_short_names(counts: Counter[str], aliases: dict[str, str], order: list[str]) -> None:
    """"Micron Technology" first, "Micron" after: one company, shown by its fuller name. A longer
    name whose extra words are a place ("AOL Europe") is a part of the company, not its name."""
    first_seen = {name: i for i, name in reversed(list(enumerate(order)))}
    for short in counts:
        if short in aliases or short in country_names() or short in REGIONS or short in CITIES \
                or short in DEMONYMS:
            continue  # "Indonesia" is a country, whatever name starts with it
        candidates = []
        for long in counts:
            if len(long) <= len(short) or not long.startswith(short):
                continue
            extra = long[len(short):].split()
            if long[len(short)] == "-" and len(short) >= 4 and re.fullmatch(r"-[A-Z][a-z]+", long[len(short):]) \
                    and long[len(short) + 1:] not in counts:
                candidates.append(long)  # "Mercedes" and "Mercedes-Benz", in either order: one company
            elif long[len(short)] != " ":  # "Glaxo" for "GlaxoSmithKline": the full name must come first
                if len(short) >= 4 and first_seen.get(long, 1 << 30) < first_seen.get(short, -1):
                    candidates.append(long)
            elif extra[0] in ("and", "&") and " ".join(extra[1:]) in counts:
                continue  # "Fiat and General Motors": two companies, neither the other's full name
            elif all(ORG_WORDS.fullmatch(w) for w in extra) and not (
                    # "Barclays" named before "Barclays Capital": the group, and then a part of it
                    first_seen.get(short, 1 << 30) < first_seen.get(long, -1) and counts[short] > counts[long]) or (
                    first_seen.get(long, 1 << 30) < first_seen.get(short, -1)
                    and (extra[0] in ("of", "for")  # "the Bank" for "Bank of England": one name
                         or not any(w in country_names() or w in REGIONS or w in CITIES for w in extra))):
                candidates.append(long)
        if candidates:
            aliases[short] = max(candidates, key=lambda n: counts[n])
