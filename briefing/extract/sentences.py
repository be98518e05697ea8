"""Split running text into sentences.

Takes a paragraph (any whitespace); returns its sentences with whitespace collapsed, so each one
is a substring of the whitespace-normalised paragraph. A full stop ends a sentence unless it ends
a title ("Mr."), an initial ("J. Smith"), a known abbreviation ("U.S.", "e.g.") or sits inside a
number ("2.4"); closing quotes stay with the sentence they close.
"""

from __future__ import annotations

import re

__all__ = ["clause_start", "split_sentences"]

# Never the end of a sentence: titles and abbreviations that are always followed by more.
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "sr", "jr", "gen", "gov", "sen", "rep", "rev",
    "hon", "capt", "col", "lt", "sgt", "vs", "v", "e.g", "i.e", "no", "nos", "fig", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cf",
}
# Company suffixes and country initials can end a sentence; they do when a typical sentence
# opener follows ("... Apple Inc. The company said").
_MAYBE_FINAL = {"inc", "ltd", "co", "corp", "plc", "llc", "bros", "u.s", "u.k", "u.n", "e.u",
                "a.m", "p.m", "etc", "jr", "n.v", "s.a"}
_OPENERS = {
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "this", "that", "these",
    "those", "but", "and", "in", "on", "at", "for", "however", "meanwhile", "shares", "analysts",
    "there", "his", "her", "their", "our", "while", "after", "as", "if", "when", "since",
}
_BOUNDARY = re.compile(r"([.!?\u2026]+)([\"'\u201d\u2019)\]]*)(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Whether the punctuation at ``match`` ends a sentence."""
    if match.group(1) != ".":
        return True  # "!", "?" and "..." before a capital end a sentence
    if match.group(2):
        return True  # a full stop inside closing quotes: 'said "yes."  Then'
    word = re.search(r"([A-Za-z][A-Za-z.&]*)$", text[:match.start()])
    token = word.group(1).lower() if word else ""
    if word and word.start() > 0 and text[word.start() - 1].isdigit():
        return True  # "$500m.", "50p.", "3x.": a number's unit ends the sentence, it is no initial
    if token in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. Smith", "George W. Bush"
    if token in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        following = re.match(r"[\"'\u201c(]*([A-Za-z]+)", text[match.end():])
        return bool(following and following.group(1).lower() in _OPENERS)
    return True


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, whitespace collapsed, empty pieces dropped."""
    text = " ".join(text.split())
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            end = match.end(2)
            sentences.append(text[start:end].strip())
            start = match.end()
    sentences.append(text[start:].strip())
    # Chinese and Japanese full stops end a sentence with no space after them.
    return [piece.strip() for s in sentences for piece in _CJK_END.split(s) if piece.strip()]


_CJK_END = re.compile(r"(?<=[\u3002\uff01\uff1f])(?![\u3002\uff01\uff1f\u300d\u300f\uff09])")


_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s|\b(?:while|whereas|but|although)\b")
# "Gross domestic product (GDP) rose": an acronym in brackets is part of its noun phrase.
_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z&]{1,9}\)")


def without_acronyms(sentence: str) -> str:
    """``sentence`` with each bracketed acronym blanked out (same length), for finding clause breaks."""
    return _ACRONYM.sub(lambda m: " " * len(m.group()), sentence)


#: " - owner of Macy's and Bloomingdale's - ": a description set off by a pair of dashes.
_DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014.;:!?]{3,80}?\s[-\u2013\u2014]\s")


def without_asides(sentence: str) -> str:
    """``sentence`` with bracketed acronyms and descriptions between two dashes blanked out (same
    length): a clause goes on across them ("Federated - owner of Macy's - will assume $6bn")."""
    return _DASH_ASIDE.sub(lambda m: " " * len(m.group()), without_acronyms(sentence))


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, dash or "while" before it."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(without_acronyms(sentence), 0, pos):
        start = match.end()
    return start
