"""Whether a figure is a change, and which way it went, from the words around it.

Takes a sentence and a :class:`~briefing.extract.quantities.Quantity` in it; :func:`read_sign` returns
``(+1 or -1, is_change)`` from the word right after the figure ("a 5.5% decline") or the verb before
it ("fell by some 4%"); :func:`is_approximate` says whether it is hedged ("about", "nearly").
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.extract.lexicon import DAY_OR_MONTH
from briefing.extract.owner_patterns import MEASURE_NOUNS, RESTATED
from briefing.extract.quantities import Quantity
from briefing.extract.sentences import clause_start

_NEGATIVE = re.compile(
    r"^(?:fell|fall|falls|fallen|falling|down|declin\w*|drop\w*|cut|cuts|cutting|loss|losses|"
    r"lose|loses|losing|lost|slump\w*|slid|slide|slides|sliding|slip\w*|shr[iau]nk\w*|"
    r"contract\w*|narrow\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|dip|dips|dipped|"
    r"decreas\w*|reduc\w*|lower|lowered|weaken\w*|undervalu\w*|smaller|less|fewer|below|"
    r"cheaper|weaker|worse|negative|minus|shed|sheds|shedding|eased|eases|retreat\w*|setback|wip(?:e|es|ed|ing)|"
    # "to close 20% of its factories"
    r"knock\w*|erod\w*|off|close|shut|axe|scrap|slash\w*|trim\w*|halv\w*|deteriorat\w*|worsen\w*)$")
_POSITIVE = re.compile(
    r"^(?:rose|rise|rises|rising|risen|up|grew|grow|grows|growing|grown|growth|increas\w*|"
    r"surg\w*|jump\w*|gain\w*|climb\w*|soar\w*|higher|more|above|boost\w*|rais\w*|hike\w*|"
    r"improv\w*|expan\w*|rall\w*|doubl\w*|larger|bigger|stronger|advanc\w*|added|adds|"
    r"lift\w*|uplift\w*|leap\w*|accelerat\w*|overvalu\w*)$")
# Between a figure and the word saying which way it went: "5% year-on-year decline", "3% a year lower",
# "29% and 18% lower", "a 3% to 3.5% improvement".
_BEFORE_CHANGE_WORD = {"a", "an", "the", "year-on-year", "annual", "annually", "overall", "points", "point",
                       "percentage", "cent", "percent", "month-on-month", "quarter-on-quarter",
                       "further", "more", "higher", "lower", "and", "or", "to"}
# "a 32% pay cut", "a 5% sales fall": the measure between the figure and its direction
_MEASURE_WORD = re.compile(rf"{MEASURE_NOUNS}|pay|wages?|salar(?:y|ies)|rates?|fares?|taxe?s?|budget|growth|"
                           r"volumes?|demand|exports?|imports?|capacity|headcount|share")
# "a decline in revenues to 5.4%", "slowed the growth of sales from 9%": a change's rate, named by a noun
_RATE_OF_CHANGE = re.compile(r"\b(?:a|an|the|its|their)\s(?:[a-z]+\s)?(decline|fall|drop|contraction|slump|growth|rise|"
                             r"increase)\s(?:in|of)\s(?:[\w-]+\s){0,3}(?:to\s[\d.]+%\s)?(?:to|from)\s(?:about\s|around\s)?$",
                             re.I)
# Before these words the figure is a level ("fell to 3.3%", "down from 23%"), not the change.
_LEVEL_MARKERS = {"to", "from", "at", "is", "was", "were", "are", "reach", "reached", "of"}


#: A name that ends with a number ("Nikkei 225", "FTSE 100", "BBC Global 30"): no figure before the one
#: read, whatever verb follows it. A month's day or a year is a date, not part of a name.
_NUMBERED_NAME = re.compile(rf"\b((?!{DAY_OR_MONTH}\b)[A-Z][A-Za-z&]+)\s(?!(?:19|20)\d\d\b)\d{{2,4}}"
                            r"(?=\s(?:index\s)?[a-z])")


def _words_before(sentence: str, q: Quantity, limit: int = 7, before: int | None = None) -> list[str]:
    """The lower-cased words between the previous figure (or clause start) and ``q`` (or ``before``),
    without the hedge right before it ("tumbled more than 10%": "more than" says how much, not which way)."""
    end = q.start if before is None else before
    start = clause_start(sentence, end)
    before_text = _NUMBERED_NAME.sub(r"\1 #", sentence[start:end])  # "The Nikkei 225 fell 1.5%": a name's number
    before_text = re.split(r"\d[\d,.]*\s?(?:%|bn|m|p|[a-z]+)?", before_text)[-1]  # stop at a number
    # "far less than the 20% share": the article before the figure hides the hedge from _HEDGE
    before_text = re.sub(r"\b(?:the|a|an)\s*$", "", before_text.lower())
    # "cut by an average of £40", "rose by a total of 5%": how the amount is counted, not a level
    before_text = _HEDGE.sub("", re.sub(r"\b(?:an?\s)?(?:average|total|maximum)\sof\s*$", "", before_text))
    # "Film production 'falls' 40%": a word in quotes is still the word
    return [w.rstrip("'-") for w in re.findall(r"[a-z][a-z'-]*", before_text)][-limit:]


#: A share opening its sentence that "falls in" a group: it belongs to it, it does not fall.
_FALL_WITHIN = re.compile(r"\s(?:of\s[\w\s-]{1,40}?\s)?fall\s(?:in|into|within)\b")
#: A share of a measure that is lost: "1% of annual growth may be lost", "2% of output was wiped out".
_SHARE_LOST = re.compile(r"\s+of\s(?:[\w-]+\s){1,3}(?:(?:may|could|will|would|might|has|have|had|was|were|is|are)"
                         r"\s)?(?:(?:be|been)\s)?(?:lost|wiped|shaved|knocked|cut)\b")
# "as much as 10%" hedges a change; "as low as 15.3%" names the level a change ends at.
_BOUND = re.compile(r"\bas\s(?:low|high|few|many)\sas\s(?:about\s|around\s|some\s)?$", re.I)
_HEDGE = re.compile(r"(?:\b(?:more|less|fewer|much|far|well|just|slightly|nearly|almost|about|around|some|roughly|"
                    r"approximately|over|under|up to|as much as|as little as|at least|at most|than|an\sestimated|"
                    r"estimated)\b\s*)+$")


_AMOUNT = r"[$\u00a3\u20ac\u00a5]?(\d[\d,.]*(?:\s?(?:%|bn|m|p|cents?|pence))?)"
#: The figure the one after it restates or ends a range with, in its group 1.
_EARLIER = (
    # "$4.9m (£2m to £2.6m) - or between", "14.87% - or": the same change in other terms
    re.compile(r"(?:" + _AMOUNT + r"|((?:a|one|two|three|four|five|ten)\s(?:single\s)?(?:penny|pence|cents?)))"
               r"(?:\s\([^()]{1,40}\))?(?:,|\s[-\u2013\u2014])\s(?:or|and)\s(?:between\s|about\s|some\s|"
               r"nearly\s|almost\s)?[$\u00a3\u20ac\u00a5]?$"),
    # "by $3.8m to $4.9m", "between 6.6% and 8.6%": a range's other end
    re.compile(r"\b(?:by|between)\s" + _AMOUNT + r"\s(?:to|and)\s[$\u00a3\u20ac\u00a5]?$"),
)


def _restated(sentence: str, q: Quantity) -> Quantity | None:
    """The earlier figure that ``q`` restates or ends a range with, at its place in ``sentence``."""
    for pattern in _EARLIER:
        found = pattern.search(sentence, 0, q.start)
        if found is None:
            continue
        at = 1 if found.group(1) else 2  # the figure in digits, or a small sum in words ("a single penny")
        percentage = found.group(at).endswith("%")
        if pattern is _EARLIER[1] and percentage != (q.unit in ("%", "pp")):
            continue  # "rose by 5% to £801m": a change, then the level it led to, no range
        # the earlier figure's own kind of unit: a percentage, else an amount of money (which currency
        # does not change which way it moved)
        unit = "%" if percentage else q.unit if q.is_currency or q.unit == "GBp" else "USD"
        return replace(q, start=found.start(at), end=found.end(at), unit=unit, negative=False)
    return None


#: A verb whose "up" is part of it, not a rise: "buying up a 26% stake", "snapped up", "set up".
_PHRASAL_UP = re.compile(r"\b(?:buy|buys|buying|bought|snap|snaps|snapping|snapped|take|takes|taking|took|pick|picks|"
                         r"picking|picked|mop|mopping|mopped|set|sets|setting|sign|signs|signing|signed|open|opening|"
                         r"opened|make|makes|making|made)\sup(?:\s(?:a|an))?$")


def read_sign(sentence: str, q: Quantity) -> tuple[int, bool]:
    """(+1 or -1, whether the figure is a change), read from the word right after it ("a 5.5%
    decline") or the verb before it ("fell by some 4%", "shares fell 40 cents", "cut A$68m from").

    A figure after "to", "at", "below" or "from" is a level the change led to or came from ("fell to
    3.3%", "down 95p at 860p"). ", or 12%" restates the change before it ("fell 40 cents, or 12%").
    """
    earlier = _restated(sentence, q)
    if earlier is not None:
        # "cut its profits by $3.8m to $4.9m - or between 6.6% and 8.6%", "fell 14.87% - or $1.83 -":
        # the other end of a range, or the same change restated, moves the way the first figure did
        sign, change = read_sign(sentence, earlier)
        if change:
            return sign, True
    if q.is_currency or q.unit == "GBp":
        return _money_sign(sentence, q)
    if q.unit not in ("%", "pp"):
        return 1, False
    if not sentence[:q.start].strip() and _FALL_WITHIN.match(sentence, q.end):
        return 1, False  # "Forty per cent fall in the key 16 to 35-year-old demographic": belong to it
    if _SHARE_LOST.match(sentence, q.end):
        return -1, True  # "as much as 1% of annual growth may be lost": taken off the measure
    after = re.findall(r"[A-Za-z][a-z-]*", sentence[q.end:q.end + 30].split(",")[0])[:2]
    for word in after:
        if _NEGATIVE.match(word.lower()):
            return -1, True
        if _POSITIVE.match(word.lower()):
            return 1, True
        if word.lower() not in _BEFORE_CHANGE_WORD and not _MEASURE_WORD.fullmatch(word.lower()):
            break  # "some 47% - live below the poverty line": a verb of its own, no change of the figure
    if _BOUND.search(sentence[max(0, q.start - 30):q.start]):
        return 1, False  # "could fall as low as 15.3%": where it ends up, like "fall to 15.3%"
    if re.search(r"\b(?:current|present|existing)\s$", sentence[max(0, q.start - 20):q.start]):
        return 1, False  # "an improvement on its current 2.5%": the level now, whatever changes it
    if _COMPARED_LEVEL.search(sentence[max(0, q.start - 60):q.start]) \
            or _THAN_THE.search(sentence[max(0, q.start - 40):q.start]):
        # "slightly below the African average of 4%", "lower than the 11.3% creditors hoped for": the
        # level compared with, no fall
        return 1, False
    listed = _LISTED_AFTER.search(sentence[:q.start])
    if listed:
        # "Sales fell 3% in France and 5% in Germany", "cuts of 9.6% at Agriculture and 5.6% at the
        # EPA": a figure listed after another, with no verb of its own, moves the way that one did
        sign, change = read_sign(sentence, replace(q, start=listed.start(1), end=listed.end(1), negative=False))
        if change:
            return sign, True
    restated = _RESTATES.search(sentence[:q.start]) or _RANGE_END.search(sentence[:q.start])
    words = _words_before(sentence, q, before=restated.start() if restated else q.start)
    if words and words[-1] in _SHARE_VERBS and re.match(r"^\s+of\b", sentence[q.end:]):
        return 1, False  # "The cuts will affect about 9% of the 55,000 staff": a share of them, no cut of 9%
    if words and words[-1] in _COMPARATIVES and re.match(r"^\s+of\b", sentence[q.end:]):
        words = words[:-1]  # "To make matters worse 90% of those companies questioned": no fall of the share
    if len(words) > 1 and words[-1] in ("up", "a", "an") and _PHRASAL_UP.search(" ".join(words[-3:])):
        words = words[:-2] if words[-1] == "up" else words[:-3]  # "is buying up a 26% stake": no rise
    if words and words[-1] == "by" and not _BY_MEANS.search(sentence, 0, q.start):
        # "cut the wholesale prices of its broadband product by about 8%": "by" takes the verb before
        # its object, whatever "of" stands between
        sign, change = _verb_before_by(sentence, q)
        if change:
            return sign, change
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _THRESHOLDS and i == len(words) - 1:
            return 1, False  # "set to fall below 1%": where it would end up, a level
        if _NEGATIVE.match(word):
            return -1, True
        if _POSITIVE.match(word):
            return 1, True
        rate = _RATE_OF_CHANGE.search(sentence[max(0, q.start - 80):q.start]) if word in ("to", "from") else None
        if rate:  # "slow a decline in underlying revenues to 5.4% from 10.2%": the rate of the decline
            return (1 if rate.group(1).lower() in ("growth", "rise", "increase") else -1), True
        if word in _LEVEL_MARKERS:
            # "gains of 4.5%", "a contraction of 2%" and "growing at 25% a year" are changes;
            # "a rate of 20%" and "stood at 3%" are levels.
            if word in ("of", "at") and i > 0 and _NEGATIVE.match(words[i - 1]):
                return -1, True
            if word in ("of", "at") and i > 0 and _POSITIVE.match(words[i - 1]):
                return 1, True
            return 1, False
    if words and words[-1] == "by":
        return _verb_before_by(sentence, q)
    return 1, False


#: "owned by", "paid by": a "by" of who did it, not of how much.
_BY_MEANS = re.compile(r"\b(?:owned|held|paid|made|backed|caused|led|run|bought|funded)\s(?:[\w-]+\s){0,2}by\s"
                       r"(?:(?:about|around|some|nearly|almost|more\sthan|over|up\sto)\s)*$")


def _verb_before_by(sentence: str, q: Quantity) -> tuple[int, bool]:
    """"rose by 8% globally in January and by 24% in China": "by" takes the verb before it.
    "slash prices by up to 8%": the hedge says how much, not which way."""
    unhedged = _HEDGE.sub("", sentence[:q.start].lower())
    for word in reversed(re.findall(r"[a-z][a-z'-]*", unhedged)[:-1]):
        if _NEGATIVE.match(word):
            return -1, True
        if _POSITIVE.match(word):
            return 1, True
    return 1, False


#: A percentage, where or when it applies, and "and" or a comma: the figure after it is listed with it.
_LISTED_AFTER = re.compile(r"(\d[\d.,]*\s?(?:%|per\s?cent))(?:\s(?:in|at|for|on|among|across)\s[^,;%\d]{1,40}?|"
                           r"\s[a-z]+ly)?(?:,\s|\sand\s|,\sand\s)$")
#: "below the African average of ", "above expectations of ": a level that another is compared with.
_COMPARED_LEVEL = re.compile(r"\b(?:below|above|under|over|beneath|short\sof)\s(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,3}?"
                             r"(?:average|expectations?|forecasts?|estimates?|targets?|rate|level|figure|consensus)"
                             r"\sof\s(?:(?:about|around|some|nearly|almost|just)\s)?$", re.I)
#: "lower than the ", "higher than a ": a comparison whose article makes the figure a level, not a
#: hedge ("more than 10%").
_THAN_THE = re.compile(r"\b(?:lower|higher|less|more|greater|smaller|bigger|larger|better|worse|cheaper|above|below)"
                       r"\sthan\s(?:the|a|an)\s$", re.I)
#: Verbs that, right before "9% of ...", say what part of a whole something takes, not how it moved.
_SHARE_VERBS = {"affect", "affects", "affected", "affecting", "involve", "involves", "involved", "represent",
                "represents", "represented", "comprise", "comprises", "comprised", "cover", "covers", "covered",
                "employ", "employs", "employed", "hit", "hits", "hitting", "reach", "reaches", "reached"}
#: Comparatives that, right before "90% of ...", end an earlier phrase rather than say which way the share went.
_COMPARATIVES = {"worse", "better", "weaker", "stronger", "smaller", "bigger", "larger", "cheaper"}
_NEUTRAL = re.compile(r"^(?:mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|swung|swing\w*|shift\w*|fluctuat\w*|"
                      r"var(?:y|ies|ied)|moves?|movement|swings?|changes?)$")


def direction_unstated(sentence: str, q: Quantity) -> bool:
    """Whether the sentence says a figure changed but not which way: "margins moved 3%", "a 5%
    swing in sales". A written sign ("-3%") says it."""
    if q.is_currency and RESTATED.search(sentence, 0, q.start):
        # "was forced to restate its earnings by $5bn": results rewritten, which may raise them or cut them
        return True
    if q.negative or q.unit not in ("%", "pp"):
        return False
    after = re.findall(r"[A-Za-z][a-z-]*", sentence[q.end:q.end + 20])[:1]
    before = _words_before(sentence, q, limit=2)
    return any(_NEUTRAL.match(w.lower()) for w in after + before[-1:]) and read_sign(sentence, q) == (1, False)


def hypothetical(sentence: str, q: Quantity) -> bool:
    """Whether the sentence gives the figure as what would have been, not what was: "profits rose 1%,
    but would have been 8% higher if currency movements were stripped out", "could have reached $2bn"."""
    clause = re.split(r"[;:]|,\s(?:but|and|while|although|though)\s", sentence[:q.start])[-1]
    return _WOULD_HAVE.search(clause) is not None


_WOULD_HAVE = re.compile(r"\b(?:would|could|might|should)(?:\snot|n't)?\shave\s(?:been|[a-z]+ed|risen|fallen|grown|"
                         r"shrunk|made|lost|won|seen|come|gone)\b", re.I)


def restates(sentence: str, q: Quantity) -> bool:
    """Whether ``q`` restates the figure right before it in other units ("fell 40 cents, or 12%")."""
    return _RESTATES.search(sentence[:q.start]) is not None


# "dropped by between 50 and 60%": the range's upper end goes the way its lower end went.
_RANGE_END = re.compile(r"\bbetween\s(?:about\s)?[\d.,]+%?\s(?:and|to)\s$")
# ", or 12%" (or " or 47.3%") after another figure: the same change in other units.
_RESTATES = re.compile(r"\d[\d,.]*\s?(?:%|bn|m|p|cents?|pence|[a-z]+)?(?:,\s(?:or|and)|\sor)\s"
                       r"(?:about\s|some\s|nearly\s)?$")
_THRESHOLDS = {"below", "above", "beyond", "past", "under", "over"}
_MONEY_UP = re.compile(r"^(?:rose|rise|rises|rising|risen|up|gain\w*|added|adds|jump\w*|climb\w*|increas\w*|"
                       r"grew|soar\w*|surg\w*|higher|lift\w*|boost\w*|advanc\w*|rall\w*)$")
_MONEY_DOWN = re.compile(r"^(?:fell|fall|falls|falling|fallen|down|lost|los(?:e|es|ing)|shed\w*|drop\w*|declin\w*|"
                         r"slip\w*|slid|slide\w*|tumbl\w*|plung\w*|plummet\w*|sank|sink\w*|cut|cuts|cutting|"
                         r"reduc\w*|trim\w*|slash\w*|wip\w*|lower\w*|eas\w*|dipp?\w*|shaved?|knock\w*|"
                         r"deteriorat\w*|worsen\w*)$")


#: Costs an amount is taken from: "$1.1bn in costs", "$48m a year from its costs".
_FROM_COSTS = re.compile(r"\s(?:a\s(?:year|month)\s)?(?:in|from|off)\s(?:its\s|their\s|the\s)?(?:annual\s|operating\s)?"
                         r"(?:costs?|spending|expenses|wage\sbill)\b")
#: "a fall of", "a further rise of": a movement named by its noun, then its amount.
_MOVEMENT_NOUN = re.compile(r"(?:a|an|the|further|another|its|their)\s(fall|drop|decline|slump|cut|rise|increase|"
                            r"gain|jump|climb)\sof")
_MOVED_TO = re.compile(r"\s(lower|higher|down|up)\s(?:at|to|on)\s[$\u00a3\u20ac\u00a5]?\d", re.I)
_MONEY_DIFFERENCE = re.compile(r"^\s(below|less|lower|cheaper|short|above|more|higher|dearer|costlier|greater)"
                               r"\s(?:than\b|of\b|estimates|forecasts|expectations|expensive|[a-z]+\sthan\b)", re.I)


def _money_sign(sentence: str, q: Quantity) -> tuple[int, bool]:
    """A money amount is a change only when a verb of movement stands right before it: "rose $1.64
    to $47.10" (+$1.64, then a level), "fell 40 cents", "down 95p at 860p", "cut A$68m from"."""
    passive = _PASSIVE_CHANGE.match(sentence[q.end:])
    if passive:
        # "£6,500 has been cut from an average property", "$2bn was wiped off its value": taken off it
        return (1 if passive.group(1).lower() == "added" else -1), True
    words = _words_before(sentence, q, limit=4)
    if not words or re.match(r"^\s+into\b", sentence[q.end:], re.I):
        return 1, False  # "sinks $2.4bn into a plant": money put into something, no fall
    moved = _MOVED_TO.match(sentence, q.end)
    if moved:
        # "Standard Chartered's shares were 28 pence lower at 925p": the move, then the level it led to
        return (-1 if moved.group(1).lower() in ("lower", "down") else 1), True
    difference = _MONEY_DIFFERENCE.match(sentence[q.end:])
    if difference:
        # "£6bn below estimates", "25p more expensive than a rival's": the gap, whichever verb came before
        return (-1 if difference.group(1).lower() in ("below", "less", "lower", "cheaper", "short") else 1), True
    last = words[-1]
    verb = next((w for w in reversed(words[-3:]) if w not in ("a", "another", "further", "some")), "")
    if re.fullmatch(r"(?:sav|shav)(?:e|es|ed|ing)", verb) and _FROM_COSTS.match(sentence[q.end:]):
        return -1, True  # "save $1.1bn in costs", "shave a further $48m a year from its costs": a cut in costs
    article = re.search(r"\b(?:a|an)\s$", sentence[max(0, q.start - 4):q.start], re.I)
    if article and re.match(r"^\s(?!(?:a|an|the|to|from|in|on|at|or|and|of|off|per|each|apiece|"
                            r"year|month|week|day|shares?)\b)[a-z][a-z-]{2,}", sentence[q.end:]):
        return 1, False  # "lost a $23bn government contract": the value of the thing lost, no fall
    if words == ["by"] and re.search(r",\s*$", sentence[:clause_start(sentence, q.start)]) \
            and not _BY_MEANS.search(sentence, 0, q.start):
        # "to cut the Medicaid budget, which provides health care to the poorest, by $45bn": "by"
        # after an aside takes the verb before the aside
        words = _words_before(sentence, q, limit=4, before=_aside_start(sentence, q.start)) + words
    if last == "by" and len(words) > 1 and not (_MONEY_DOWN.match(words[-2]) or _MONEY_UP.match(words[-2])):
        # "agreed to lower the price demanded by $2": the verb may stand further back than four words
        longer = _words_before(sentence, q, limit=8)
        words = longer if len(longer) > len(words) else words
    movement = _MOVEMENT_NOUN.fullmatch(" ".join(words[-3:])) if last == "of" else None
    if movement:
        # "a fall of more than $12 a barrel", "a rise of 5p": the amount of the movement
        return (-1 if _MONEY_DOWN.match(movement.group(1)) or movement.group(1) == "cut" else 1), True
    if last in ("by", "another", "a", "some") and len(words) > 1:
        last = words[-2]  # "cut by $5bn", "fell a further 40 cents"
        if words[-1] == "by" and not (_MONEY_DOWN.match(last) or _MONEY_UP.match(last)):
            # "cut taxes by 6.5bn euros", "boost net income by 400m euros": the verb before its object
            last = next((w for w in reversed(words[-6:-2]) if _MONEY_DOWN.match(w) or _MONEY_UP.match(w)), last)
    clause = sentence[clause_start(sentence, q.start):q.start]
    if re.match(r"\W*(?:and|but)\s", clause):
        clause = sentence[:q.start]  # "US crude fell ... to $43.32, and have now lost $4": the subject before
    if re.fullmatch(r"lost|los(?:e|es|ing)", last) and not _PRICED.search(clause):
        return 1, False  # "Shareholders lost about $180bn": the amount lost, no fall of a price
    if _MONEY_DOWN.match(last):
        return -1, True
    if _MONEY_UP.match(last):
        return 1, True
    return 1, False


def _aside_start(sentence: str, end: int) -> int:
    """Where the aside set off by commas that closes right before ``end`` opens: the comma before
    ", which provides health care to the poorest, by"."""
    close = sentence.rfind(",", 0, end)
    opened = sentence.rfind(",", 0, close)
    return opened if opened >= 0 else close


#: A verb after an amount that takes it off or adds it to something: "£6,500 has been cut from".
_PASSIVE_CHANGE = re.compile(r"^\s(?:(?:has|have|had)\sbeen|was|were|is|are|will\sbe|would\sbe)\s(?:[a-z]+ly\s)?"
                             r"(cut|wiped|slashed|knocked|shaved|lopped|trimmed|taken|added)\s(?:off|from|to)\b", re.I)


#: What a price is: what loses money as a fall ("its shares lost 40 cents"), not as an amount lost.
_PRICED = re.compile(r"\b(?:shares?|stocks?|prices?|value|valuation|index|futures|crude|oil|gold|dollar|pound|euro|"
                     r"yen|currency|barrel|contract|bonds?)\b", re.I)


_APPROX = re.compile(
    r"(?:about|around|nearly|almost|some|roughly|approximately|close to|more than|over|"
    r"just over|just under|up to|as much as|at least|exceeding|above|below|under|less than|"
    r"an estimated|estimated|circa|c\.|~|well over|fewer than|as many as)\s*(?:a\s)?$", re.I)


def is_approximate(sentence: str, start: int) -> bool:
    """True for "about 5%", "nearly $2bn", "more than 25%"."""
    return bool(_APPROX.search(sentence[max(0, start - 20):start].rstrip()))
