"""Find the figures and dated milestones an article states.

Takes an :class:`~briefing.model.Article`; returns ``(figures, milestones)``, two tuples in reading
order. The body (lead, takeaways, analysis, sections, glossary) is read first and the headlines
last, so a fact the headline repeats keeps its body sentence; a fact stated several times is one
figure. Every figure's ``quote`` is a substring of its ``sentence``, and every sentence is a
whitespace-normalised piece of the article: nothing is charted that the text does not spell.

Spellings are read by :mod:`briefing.numbers`; the subject, metric, period and sign of the change
are inferred here from the words around the figure by small, explainable heuristics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefing.extract.quantities import (
    Quantity,
    QuantityRole,
    find_quantities,
    to_float,
)
from briefing.extract.sentences import clause_start, split_sentences
from briefing.extract.subjects import SubjectFinder
from briefing.model.types import Article, Figure, Milestone, Role

__all__ = ["extract_figures", "split_sentences"]


@dataclass(frozen=True)
class _Sentence:
    text: str
    headline: bool


def _sentences(article: Article) -> Iterator[_Sentence]:
    """Body sentences in reading order, then the headlines (whose facts the body usually
    restates with more context)."""
    for paragraph in article.paragraphs():
        for sentence in split_sentences(paragraph):
            yield _Sentence(sentence, headline=False)
    for headline in (article.title, article.subtitle):
        if headline.strip():
            yield _Sentence(" ".join(headline.split()), headline=True)


def extract_figures(article: Article) -> tuple[tuple[Figure, ...], tuple[Milestone, ...]]:
    """The article's figures (money, percentages, percentage points, multiples) and its dated
    milestones ("production by mid-2026"), each restated fact once."""
    subjects = SubjectFinder(article)
    figures: list[Figure] = []
    milestones: list[Milestone] = []
    context = ""
    for item in _sentences(article):
        sentence = item.text
        subjects.start_sentence(sentence, headline=item.headline)
        earlier: list[Figure] = []
        for quantity in find_quantities(sentence, context):
            if quantity.role == QuantityRole.ALT:
                continue  # "(£600m)" restates the amount before it in another currency
            figure = _figure(sentence, quantity, subjects.subject_at(quantity.start))
            if not figure.metric:
                figure = replace(figure, metric=_fallback_metric(sentence, quantity, earlier))
            earlier.append(figure)
            if not _restated(figure, figures, headline=item.headline):
                figures.append(figure)
        for milestone in _milestones(sentence, subjects):
            if not any(_same_milestone(m, milestone) for m in milestones):
                milestones.append(milestone)
        context = sentence
    return tuple(figures), tuple(milestones)


def _same_milestone(a: Milestone, b: Milestone) -> bool:
    """One event restated: the same "when" for the same subject, or for the same event."""
    if a.when.lower() != b.when.lower():
        return False
    return a.subject == b.subject or a.event == b.event or "milestone" in (a.event, b.event)


_COMPARED = re.compile(r"\b(?:from|than|compared\swith|against|versus|vs\.?)\s(?:a\s|about\s)?$")
_YEAR_EARLIER = re.compile(r"^\s*(?:a\s)?(?:year[\s-]earlier|a\syear\s(?:ago|earlier)|"
                           r"(?:in\s)?the\s(?:previous|prior|same)\s(?:year|period|quarter))")
_NOUN_OF = re.compile(r"\b(?:an?|the|its|their|his|her)\s((?:[a-z-]+\s){0,2}[a-z-]+)\s(?:of|at)\s"
                      r"(?:about\s|around\s|some\s|nearly\s)?$")


def _fallback_metric(sentence: str, q: Quantity, earlier: list[Figure]) -> str:
    """A metric for a figure the metric words miss: "from $639m year-earlier" takes the metric
    of the figure it is compared with ("profit a year earlier"); "a sum of 14.5 trillion
    rupiah" takes the noun before it ("sum"); otherwise ""."""
    before = sentence[max(0, q.start - 30):q.start]
    if _COMPARED.search(before):
        same = [f for f in earlier if f.unit == q.unit and f.metric]
        if same:
            later = " a year earlier" if _YEAR_EARLIER.match(sentence[q.end:]) else ""
            return same[-1].metric + later
    noun = _NOUN_OF.search(sentence[max(0, q.start - 50):q.start])
    return noun.group(1) if noun else ""


def _restated(figure: Figure, seen: list[Figure], headline: bool) -> bool:
    """True when ``figure`` repeats one already found: the same amount and unit for the same
    subject (any subject, for a headline) and no conflicting period or role."""
    for other in seen:
        if other.unit != figure.unit or abs(other.value - figure.value) > 1e-9 * max(
                1.0, abs(figure.value)):
            continue
        if other.role != figure.role:
            continue
        if not headline and other.subject.lower() != figure.subject.lower():
            continue
        if figure.period and other.period and figure.period != other.period and not headline:
            continue  # "2.5% growth in 2004" and "a 2.5% target for 2005" are two facts
        return True
    return False


# --- one figure ------------------------------------------------------------------------------

def _figure(sentence: str, q: Quantity, subject: str) -> Figure:
    sign, is_change = _sign(sentence, q)
    value = to_float(q.value)
    if q.negative or sign < 0:
        value = -value
    metric = _metric(sentence, q, is_change, value)
    return Figure(
        subject=subject,
        metric=metric,
        value=value,
        unit=q.unit,
        quote=q.quote,
        sentence=sentence,
        period=_period(sentence, q),
        role=Role(q.role),
        approximate=_approximate(sentence, q.start),
    )


_NEGATIVE = re.compile(
    r"^(?:fell|fall|falls|fallen|falling|down|declin\w*|drop\w*|cut|cuts|cutting|loss|losses|"
    r"lose|loses|losing|lost|slump\w*|slid|slide|slides|sliding|slip\w*|shr[iau]nk\w*|"
    r"contract\w*|narrow\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|dip|dips|dipped|"
    r"decreas\w*|reduc\w*|lower|lowered|weaken\w*|undervalu\w*|smaller|less|fewer|below|"
    r"cheaper|weaker|worse|negative|minus|shed|sheds|eased|eases|retreat\w*|setback)$")
_POSITIVE = re.compile(
    r"^(?:rose|rise|rises|rising|risen|up|grew|grow|grows|growing|grown|growth|increas\w*|"
    r"surg\w*|jump\w*|gain\w*|climb\w*|soar\w*|higher|more|above|boost\w*|rais\w*|hike\w*|"
    r"improv\w*|expan\w*|rall\w*|doubl\w*|larger|bigger|stronger|advanc\w*|added|adds|"
    r"lift\w*|leap\w*|accelerat\w*|overvalu\w*)$")
# Before these words the figure is a level ("fell to 3.3%", "down from 23%"), not the change.
_LEVEL_MARKERS = {"to", "from", "at", "is", "was", "were", "are", "reach", "reached", "of"}


def _words_before(sentence: str, q: Quantity, limit: int = 7) -> list[str]:
    """The lower-cased words between the previous figure (or clause start) and ``q``."""
    start = clause_start(sentence, q.start)
    before = sentence[start:q.start]
    before = re.split(r"\d[\d,.]*\s?(?:%|bn|m|p|[a-z]+)?", before)[-1]  # stop at a number
    return re.findall(r"[a-z][a-z'-]*", before.lower())[-limit:]


def _sign(sentence: str, q: Quantity) -> tuple[int, bool]:
    """(+1 or -1, whether the figure is a change) for a percentage or points figure, read from
    the word right after it ("a 5.5% decline") or the verb before it ("fell by some 4%")."""
    if q.unit not in ("%", "pp"):
        return 1, False
    after = re.findall(r"[A-Za-z][a-z-]*", sentence[q.end:q.end + 30].split(",")[0])[:2]
    for word in after:
        if _NEGATIVE.match(word.lower()):
            return -1, True
        if _POSITIVE.match(word.lower()):
            return 1, True
    words = _words_before(sentence, q)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if _NEGATIVE.match(word):
            return -1, True
        if _POSITIVE.match(word):
            return 1, True
        if word in _LEVEL_MARKERS:
            # "gains of 4.5%" and "a contraction of 2%" are changes; "a rate of 20%" is a level.
            if word == "of" and i > 0 and _NEGATIVE.match(words[i - 1]):
                return -1, True
            if word == "of" and i > 0 and _POSITIVE.match(words[i - 1]):
                return 1, True
            return 1, False
    return 1, False


_APPROX = re.compile(
    r"(?:about|around|nearly|almost|some|roughly|approximately|close to|more than|over|"
    r"just over|just under|up to|as much as|at least|exceeding|above|below|under|less than|"
    r"an estimated|estimated|circa|c\.|~|well over|fewer than|as many as)\s*(?:a\s)?$", re.I)


def _approximate(sentence: str, start: int) -> bool:
    """True for "about 5%", "nearly $2bn", "more than 25%"."""
    return bool(_APPROX.search(sentence[max(0, start - 20):start].rstrip()))


# --- period ----------------------------------------------------------------------------------

_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_QUARTER_END = {"march": "Q1", "june": "Q2", "september": "Q3", "december": "Q4"}
_PERIODS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bQ([1-4])(?:\s((?:19|20)\d\d))?\b"), "q"),
    (re.compile(r"\b(first|second|third|fourth)[\s-]quarter(?:\sof\s((?:19|20)\d\d))?", re.I), "oq"),
    (re.compile(r"\bthree months to (?:\d{1,2}\s)?(March|June|September|December)"
                r"(?:\s((?:19|20)\d\d))?"), "qm"),
    (re.compile(r"\bH([12])\s?((?:19|20)\d\d)?\b"), "h"),
    (re.compile(r"\b(first|second) half(?: of ((?:19|20)\d\d))?", re.I), "oh"),
    (re.compile(r"\bFY\s?((?:19|20)?\d\d)\b"), "fy"),
    (re.compile(r"\byear to (January|February|March|April|May|June|July|August|September|"
                r"October|November|December)(?:\s((?:19|20)\d\d))?"), "yt"),
    (re.compile(r"\bfull[\s-]year\b", re.I), "full"),
    (re.compile(r"\b(?:in|for|during|of|since|by)\s((?:19|20)\d\d)\b|\b((?:19|20)\d\d)'s\b"), "y"),
]


def _period_text(kind: str, m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g]
    year = f" {m.group(2)}" if m.lastindex and m.lastindex >= 2 and m.group(2) else ""
    if kind == "q":
        return f"Q{m.group(1)}{year}"
    if kind == "oq":
        return f"Q{_ORDINAL[m.group(1).lower()]}{year}"
    if kind == "qm":
        return f"{_QUARTER_END[m.group(1).lower()]}{year}"
    if kind == "h":
        return f"H{m.group(1)}{year}"
    if kind == "oh":
        return f"H{'1' if m.group(1).lower() == 'first' else '2'}{year}"
    if kind == "fy":
        return f"FY{m.group(1)}"
    if kind == "yt":
        return f"year to {m.group(1)}{year}"
    if kind == "full":
        return "full year"
    return groups[0] if groups else ""


def _period(sentence: str, q: Quantity) -> str:
    """The period the sentence gives the figure: the nearest one before it in its clause, else
    one right after it introduced by "in"/"for"/"during" ("4.4% in 2004"); "" when none."""
    found: list[tuple[int, int, str]] = []
    for pattern, kind in _PERIODS:
        for m in pattern.finditer(sentence):
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), _period_text(kind, m)))
    start = clause_start(sentence, q.start)
    before = [p for p in found if start <= p[0] and p[1] <= q.start]
    if before:
        return max(before)[2]
    # "For the full-year, TimeWarner posted a profit of $3.36bn": an opening phrase sets it.
    comma = sentence.find(",")
    opening = [p for p in found if 0 <= comma < q.start and p[1] <= comma]
    if opening:
        return opening[0][2]
    for a, _, text in sorted(found):
        if a >= q.end and _PERIOD_GAP.fullmatch(sentence[q.end:a]):
            return text
    return ""


# Between a figure and a period after it: "4.4% in 2004", "rose 2% year-on-year in the fourth
# quarter". A clause or another noun in between ("fell 5.5% after its guidance for the fourth
# quarter") means the period qualifies something else.
_PERIOD_GAP = re.compile(
    r"(?:\.\.\.|\u2026)?\s*(?:(?:a\syear|year[\s-]on[\s-]year|annually|so\sfar|to\s\S+|from\s\S+|"
    r"rise|increase|fall|drop|decline|growth|gain|jump|improvement)\s+)?"
    r"(?:(?:in|for|during|over)(?:\sthe)?)?\s*")


# --- metric ----------------------------------------------------------------------------------

_METRICS: list[tuple[str, str]] = [
    (r"pre-tax (?:profits?|earnings)", "pre-tax profit"), (r"net loss", "net loss"),
    (r"net (?:profits?|income)", "net profit"), (r"operating (?:profits?|earnings)", "operating profit"),
    (r"market (?:value|capitali[sz]ation)|capitali[sz]ation", "market value"),
    (r"share price|shares?|stock(?: value| price)?", "share price"),
    (r"revenues?", "revenue"), (r"sales", "sales"), (r"turnover", "turnover"),
    (r"profits?|earnings|earned", "profit"), (r"invest(?:ment|ing|s|ed)?|commits?", "investment"),
    (r"trade (?:deficit|gap)", "trade deficit"), (r"budget deficit", "budget deficit"),
    (r"deficit", "deficit"), (r"debts?", "debt"), (r"fined?|penalty", "fine"),
    (r"settlement", "settlement"), (r"tax(?:es| claim)", "tax claim"), (r"loan", "loan"),
    (r"exports", "exports"), (r"imports", "imports"), (r"surcharges?", "surcharge"),
    (r"fuel costs?", "fuel costs"), (r"costs?", "costs"), (r"GDP|gross domestic product", "GDP"),
    (r"unemployment", "unemployment rate"), (r"inflation", "inflation"),
    (r"interest rates?|rates", "interest rate"), (r"stake|shareholder", "stake"),
    (r"subsid(?:y|ies)", "subsidies"), (r"compensation", "compensation"),
    (r"valued|valuation", "valuation"), (r"acquisition|bought|purchase|takeover", "purchase price"),
    (r"output", "output"), (r"consumption", "consumption"), (r"production", "production"),
    (r"price", "price"), (r"exchange rate|pegged|per US dollar|to the dollar", "exchange rate"),
    (r"growth|grow|grew|growing|economy", "growth"),
]
_METRIC_RE = [(re.compile(rf"\b(?:{p})\b", re.I), name) for p, name in _METRICS]
_LEVELS = {"revenue", "sales", "turnover", "profit", "pre-tax profit", "net profit",
           "operating profit", "exports", "imports", "output", "production", "consumption",
           "costs", "fuel costs", "price", "investment", "GDP", "trade deficit", "deficit"}


def _nearest_metric(sentence: str, q: Quantity, start: int) -> str:
    """The metric word nearest the figure: before it in its clause, or just after it."""
    window_after = sentence[q.end:q.end + 40]
    best: tuple[int, str] | None = None
    for pattern, name in _METRIC_RE:
        for m in pattern.finditer(sentence, start, q.start):
            distance = q.start - m.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        m_after = pattern.search(window_after)
        if m_after and re.match(r"^[\w\s-]{0,20}$", window_after[:m_after.start()]):
            distance = m_after.start() + 5  # a word before the figure usually names it
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else ""


_GROWTH_WORD = re.compile(r"\b(?:growth|grow|grew|growing|grown)\b", re.I)
# Words that, before "growth", say what grew ("export growth"); adjectives ("strong") do not.
_GROWERS = {"sales", "profit", "profits", "revenue", "revenues", "earnings", "export", "exports",
            "import", "imports", "economic", "output", "price", "prices", "wage", "wages", "job",
            "jobs", "credit", "loan", "lending", "money", "population", "productivity", "spending",
            "demand", "subscriber", "passenger", "traffic", "volume", "industrial", "consumer",
            "investment", "dividend", "membership", "user", "customer"}


def _what_grew(sentence: str, q: Quantity, start: int) -> str:
    """"growth" made specific: "revenues grew 6.4%" -> "revenue" (``_metric`` adds "growth" to
    a change), "sales growth of 2%" -> "sales growth"; plain "growth" when the text says no more."""
    growth = [m for m in _GROWTH_WORD.finditer(sentence, start, q.start)] or list(
        _GROWTH_WORD.finditer(sentence[:q.end + 30], q.end))
    # The thing that grew stands right before the growth word: "revenues grew 6.4%".
    verb = growth[-1].start() if growth and growth[-1].start() < q.start else q.start
    for pattern, name in _METRIC_RE:
        if name in _LEVELS and pattern.search(sentence, max(start, verb - 25), verb):
            return name
    if growth:
        word = re.search(r"([A-Za-z][\w-]*)\s+$", sentence[:growth[-1].start()])
        if word and word.group(1) in _GROWERS and growth[-1].group().lower() == "growth":
            return f"{word.group(1).lower()} growth"  # "economic growth", "export growth"
    return "growth"


def _metric(sentence: str, q: Quantity, is_change: bool, value: float) -> str:
    """A short noun phrase for what the figure measures ("pre-tax profit", "revenue growth")."""
    start = clause_start(sentence, q.start)
    if _INVEST_VERB.search(sentence, start, q.start):
        target = _investment_target(sentence, q)
        if target:  # "spend $2.4bn on a plant", "put $2.4bn into a plant": an investment
            return target
    gap = _GAP_BETWEEN.search(sentence, start, q.start)
    # "The gap between US exports and imports hit $671.7bn": the figure is the gap, not the
    # imports that happen to stand nearest to it.
    name = gap.group(1).lower() if gap else _nearest_metric(sentence, q, start)
    if name == "growth":
        name = _what_grew(sentence, q, start)
    name = name or ("change" if is_change else "")
    if name == "investment" and q.is_currency:
        return _investment_target(sentence, q) or name
    if q.unit in ("%", "pp") and is_change:
        if name == "share price":
            return "share price change"
        if name in _LEVELS:
            return f"{name} {'growth' if value >= 0 else 'decline'}"
    return name


_GAP_BETWEEN = re.compile(r"\b(gap|deficit|surplus|difference|spread)\s+between\s[^,.;]{3,60}?\s+and\s", re.I)
_TARGET = re.compile(
    r"^\s*(?:in|into|to establish|to build|on)\s+(?:an?|the)?\s*((?:[\w-]+\s){0,3}?"
    r"(?:plant|facility|factory|fab|site|project|plants|unit|business|expansion|centres?|"
    r"centers?|network|printing facilities|plants))(?:\s+in\s+([A-Z]\w+))?")
# Verbs that make an amount an investment when a plant or project follows ("spend ... on").
_INVEST_VERB = re.compile(r"\b(?:invest\w*|spend\w*|spent|put(?:s|ting)?|commit\w*|pour\w*|"
                          r"plough\w*)\s(?:[\w-]+\s){0,2}$")
_PUFFERY = {"advanced", "cutting-edge", "state-of-the-art", "new", "brand-new", "major", "significant"}


def _investment_target(sentence: str, q: Quantity) -> str:
    """"invest $2.4 billion in a cutting-edge chip packaging facility in Shanghai" ->
    "investment in chip packaging facility in Shanghai"."""
    m = _TARGET.match(sentence[q.end:])
    if not m:
        return ""
    words = [w for w in m.group(1).split() if w.lower() not in _PUFFERY]
    place = f" in {m.group(2)}" if m.group(2) else ""
    return f"investment in {' '.join(words)}{place}"


# --- milestones ------------------------------------------------------------------------------

_WHEN = re.compile(
    r"\b(?P<prep>by|from|in|for|until|before)\s+(?P<when>(?P<qual>(?:early|mid|late)[\s-]|"
    r"(?:the\s)?end\sof\s|(?:the\s)?(?:first|second)\shalf\sof\s|H[12]\s|Q[1-4]\s|"
    r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s)?(?:19|20)\d\d)\b"
    r"(?!\s?(?:%|bn|m\b|to\b|model))")
_FUTURE = re.compile(r"\b(?:will|would|to be|slated|expects?|expected|plans?|planned|aims?|"
                     r"aiming|target\w*|set to|due|scheduled|intends?|hopes?|should|could|"
                     r"commence\w*|start\w*|begin\w*|launch\w*|complete\w*)\b", re.I)
_EVENT_NOUNS = r"(?:chip\s)?(production|operations|construction|shipments|sales|manufacturing|output)"
_EVENTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?:commenc\w*|start\w*|begin\w*|began|launch\w*)\s(?:\w+\s){{0,2}}?{_EVENT_NOUNS}", re.I), "{0} start"),
    (re.compile(rf"\b(?:commencement|start|beginning|launch)\sof\s{_EVENT_NOUNS}", re.I), "{0} start"),
    (re.compile(r"\b(complet\w*|finish\w*)", re.I), "completion"),
    (re.compile(r"\b(open\w*)", re.I), "opening"),
    (re.compile(r"\b(agreement|deal)\b", re.I), "agreement"),
    (re.compile(r"\b(production|operations|construction)\b", re.I), "{0}"),
    (re.compile(r"\b(target\w*|goal|aims?)\b", re.I), "target"),
]


def _milestones(sentence: str, subjects: SubjectFinder) -> Iterator[Milestone]:
    """"slated to commence chip production by mid-2026" -> Milestone(when="mid-2026", ...).
    Only forward-looking sentences count; "in" and "for" need a part of a year ("in H1 2026")
    so that "spent $6bn in 2004" is not a milestone."""
    if not _FUTURE.search(sentence):
        return
    for m in _WHEN.finditer(sentence):
        when = m.group("when")
        if m.group("prep") in ("in", "for") and not m.group("qual"):
            continue
        event = _event(sentence)
        yield Milestone(subject=subjects.subject_at(m.start()), event=event, when=when,
                        quote=m.group(0), sentence=sentence)


def _event(sentence: str) -> str:
    for pattern, template in _EVENTS:
        m = pattern.search(sentence)
        if m:
            return template.format(m.group(1).lower().replace("output", "production"))
    return "milestone"
