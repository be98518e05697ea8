"""The clauses of a sentence, as far as finding a figure's owner needs them.

Takes a sentence and a position in it; :func:`clauses_before` returns the clause holding that
position and every clause before it, nearest first, each saying whether it is a relative clause
("which is building ...") and whether it shares the subject of the clause before it (it starts
with its verb: "..., but fell 3% next year"). :func:`noun_phrase_subject` returns a clause's
subject when it is a description rather than a name ("Tube workers", "internet users").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.lexicon import DAY_OR_MONTH, REPORTING_VERBS, english_words
from briefing.extract.sentences import without_asides

# Where a clause may start: punctuation, dashes, and the words that join clauses.
# A relative clause without a comma ("the states which joined the EU will see 4.6% growth") is
# part of its noun phrase, not a clause of its own.
_BREAK = re.compile(r"[;:()\u2014\"\u201c\u201d]|\s[-\u2013]\s|,?\s(?=(?:while|whilst|whereas|but|although|though|yet|"
                    r"however|as|with|because|when|and|despite)\s)|"
                    r",\s(?![A-Z][\w.]*-based\b)")  # no break in "The Jacksonville, Florida-based firm"
_RELATIVE = re.compile(r"^\s*(?:which|who|whom|whose|where)\b")
_JOINERS = re.compile(r"^\s*(?:while|whilst|whereas|but|although|though|yet|however|as|with|because|when|"
                      r"and|despite)\b,?\s*", re.I)
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                "could", "may", "might", "should", "must", "shall", "do", "does", "did", "also", "then", "still",
                "now", "later", "even", "only", "already"}
_CHANGE_VERBS = re.compile(
    r"^(?:fell|fall|falls|fallen|falling|declin\w*|drop\w*|cut|cuts|slump\w*|slid|slide\w*|slipp\w*|slips?|"
    r"shr[iau]nk\w*|contract\w*|plung\w*|plummet\w*|tumbl\w*|sank|sink\w*|dipp\w*|dips?|decreas\w*|reduc\w*|"
    r"lower\w*|eas\w*|rose|rise|rises|rising|risen|grew|grow|grows|growing|grown|increas\w*|surg\w*|jump\w*|"
    r"gain\w*|climb\w*|soar\w*|boost\w*|rais\w*|improv\w*|expand\w*|rall\w*|doubl\w*|advanc\w*|added|adds|"
    r"lift\w*|leap\w*|reach\w*|hit|hits|stood|stands|stand|remain\w*|posted|posts|made|makes|reported|saw|"
    r"sees|see|recorded|earned|lost|took|takes|generat\w*|put|puts|set|sets|totall?ed|came|comes|went|goes)$")
_GENERIC_SUBJECTS = {"it", "they", "this", "that", "these", "those", "figures", "data", "analysts", "experts",
                     "economists", "investors", "report", "study", "survey", "poll", "figure", "results",
                     "number", "numbers", "total", "amount", "sum", "he", "she", "we", "i", "you", "there",
                     "which", "who", "company", "firm", "group", "move", "deal", "news", "statement",
                     # people who speak, judge or act on others' money: "Commission officials are to look at
                     # Rome's provision of a 400m euro loan"
                     "officials", "regulators", "ministers", "authorities", "lawmakers", "critics", "observers",
                     "commentators", "campaigners", "sources", "insiders", "negotiators", "investigators",
                     "prosecutors", "inspectors"}


@dataclass(frozen=True)
class Clause:
    """``sentence[begin:end]``; ``relative``: it describes the noun before it (a relative clause,
    an aside between dashes or brackets, an appositive ", a 30% shareholder in X"); ``shares_subject``:
    it starts with its verb, so its subject is the previous clause's."""

    begin: int
    end: int
    relative: bool
    shares_subject: bool


def clauses_before(sentence: str, pos: int) -> list[Clause]:
    """The clause holding ``pos`` and the clauses before it, nearest first, down to the sentence's start."""
    starts = [0] + [m.end() for m in _BREAK.finditer(without_asides(sentence), 0, pos)]
    lists = _noun_lists(sentence, pos)
    starts = sorted(set(s for s in starts if s <= pos and not any(begin < s < end for begin, end in lists)))
    clauses: list[Clause] = []
    for i, begin in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else pos
        text = sentence[begin:end]
        opener = sentence[max(0, begin - 3):begin]
        # A dash opens an aside only when a second dash closes it ("Pernod - at 7.5bn euros - is");
        # "... by 3% - it has already cut output" goes on with a clause of its own.
        paired = opener.endswith((" - ", " \u2013 ")) and bool(re.search(r"\s[-\u2013]\s", sentence[begin:]))
        # ", the company behind CXMT," and ", a 30% shareholder in X," describe the name before them;
        # ", the report forecast ..." has a verb: it is a clause of its own.
        appositive = (opener.endswith(", ") and i > 0 and bool(re.match(r"^\s*(?:the|a|an)\s", text))
                      and not any(is_verb(w) for w in re.findall(r"[A-Za-z][\w'-]*", text)))
        # ", headed by Anil,", ", owned by the state,": a participle that describes the name before it
        reduced = opener.endswith(", ") and i > 0 and text.rstrip().endswith(",") \
            and re.match(r"^\s*(?:[a-z]+ed|run|led|owned|known)\sby\s", text) is not None
        aside = opener.endswith("(") or paired or appositive or reduced
        # After an aside (", the company behind CXMT,") the sentence goes on with its subject's verb; an
        # amount restated in brackets ("for $9.3bn (£5bn) after Yukos was forced") is no aside of a subject.
        after_aside = bool(clauses) and clauses[-1].relative \
            and not re.fullmatch(r"[^A-Za-z]*(?:[A-Z]{1,3}\$|[a-z]{1,5})?[^A-Za-z]*", sentence[clauses[-1].begin:begin])
        clauses.append(Clause(begin, end, bool(_RELATIVE.match(text)) or aside,
                              after_aside or _starts_with_verb(text)))
    return clauses[::-1]


#: "virus, spam and spyware attacks", "factories, mines and utilities": a list of lower-case nouns, one or
#: two words each, whose commas and "and" join no clauses.
_NOUN_LIST = re.compile(r"\b[a-z][a-z-]*(?:,\s(?:[a-z][a-z-]*\s)?[a-z][a-z-]*)+,?\s(?:and|or)\s(?:[a-z][a-z-]*\s)?"
                        r"[a-z][a-z-]*\b")


def _noun_lists(sentence: str, pos: int) -> list[tuple[int, int]]:
    """Where lists of nouns run in ``sentence`` before ``pos``: no break inside one starts a clause
    ("The number of women buying programs to protect PCs from virus, spam and spyware attacks rose")."""
    spans = []
    for found in _NOUN_LIST.finditer(sentence, 0, pos):
        words = [w for w in re.findall(r"[a-z][a-z-]*", found.group()) if w not in ("and", "or")]
        if is_verb(words[-1]) and not re.search(r"\s(?:and|or)\s[a-z-]+$", found.group()):
            words = words[:-1]  # "mines and utilities rose": the list ends before its verb
        # a plural ("mines", "plants") is read as a noun here, whatever verb it may also be
        if not any(is_verb(w) and not (w.endswith("s") and not w.endswith("ss")) or w in _FILLER or w in _AUXILIARIES
                   for w in words):
            spans.append((found.start(), found.end()))
    return spans


def _starts_with_verb(text: str) -> bool:
    """Whether a clause begins with its verb ("but fall to 3.3%", "and cut 500 jobs") or has no
    words before its figure ("..., and 2.1% from 2.8% in 2005", "..., from $639m a year earlier")."""
    rest = _JOINERS.sub("", text, count=1)
    rest = _TIME_BEFORE.sub("", rest, count=1)  # "after Monday's 4% gain": when, not a subject
    rest = _WHEN_BEFORE.sub("", rest, count=1)  # "and by the end of October stood at 92.9%": the verb follows
    # Nothing but figures and the words around them ("and 2.1% from", "down on the record high of"):
    # no subject and no verb of its own.
    content = [w for w in re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\S*\d\S*", " ", rest))
               if w.lower() not in _FILLER]
    if not content or not any(is_verb(w) for w in content) and not any(w[0].isupper() for w in content) \
            and not re.match(r"^(?:the|a|an|its|their)\s", rest):
        return True
    if re.match(r"^\s*with\s(?:an?\s|the\s|(?:annual|yearly|total|combined|net|gross)\s)", text) \
            and not any(is_verb(w) for w in content) and not any(w[0].isupper() for w in content):
        # ", with an initial investment of $6.5m", "... the size of Hong Kong's with annual revenues of $44bn": a
        # phrase with no verb of its own says more about the subject of the clause before it
        return True
    if re.match(r"^\s*(?:and|or)\s", text) and not any(is_verb(w) for w in content) \
            and not any(w[0].isupper() for w in content):
        # "has cut prices in London and the regions by 24%": "and" joins two noun phrases, no clauses
        return True
    # "with growth falling from 3.2%", "while revenues grew 6.4%": a measure alone as subject is the
    # previous clause's subject's measure.
    if re.match(r"^(?:the\s|its\s|their\s)?(?:[a-z][\w-]*\s){0,2}?" + _MEASURES.pattern + r"\b", rest) \
            and not (_SHOP_SALES.match(rest) and not _OWN_SHOPS.match(rest)) \
            and not re.search(r"\b[A-Z]", rest.split(" ", 3)[-1] if rest.count(" ") >= 3 else rest[1:]) \
            and not re.match(r"^(?:the\s)?" + _MEASURE_AT.pattern + r"\sat\s[a-z]", rest):  # "sales at hardware stores"
        return True
    if _PAST_VERB_FIRST.match(rest) and re.match(r"\s*(?:and|but|yet)\s", text):
        return True  # ", valued at $180bn" with no joiner describes the noun before it
    words = re.findall(r"[A-Za-z][a-z'-]*", rest)[:3]
    while words and words[0].lower() in _AUXILIARIES:
        return True
    return bool(words) and (bool(_CHANGE_VERBS.match(words[0].lower())) or words[0].lower() in REPORTING_VERBS
                            or words[0].lower().endswith("ing") and len(words[0]) > 5)


#: "but recovered to trade", "and closed the day", "and ended at": after a joiner, a past form followed by
#: what only follows a verb (a preposition, an article, an adverb, a figure) is the clause's verb, not an
#: adjective ("and increased demand"), so the clause has no subject of its own.
_PAST_VERB = (r"[a-z]{3,}ed\s(?:to|at|the|an?|its|their|by|from|in|on|up|down|back|higher|lower|sharply|slightly|"
              r"strongly|[a-z]+ly\s(?:to|at|by|up|down|higher|lower)|\S*\d)\b")
_PAST_VERB_FIRST = re.compile(rf"^{_PAST_VERB}")
#: The same after its joiner, as a clause of the measure's sentence opens: " but recovered to trade 6% higher".
GOES_ON_BY_PAST_VERB = re.compile(rf"\s*(?:but|and|yet)\s(?:then\s|later\s)?{_PAST_VERB}")
#: A time that opens a clause before its verb: "by the end of October", "in July", "at the end of 2004".
_WHEN_BEFORE = re.compile(
    r"^\s*(?:by|in|at|during|until|since)\s(?:the\s)?(?:(?:end|start|beginning|middle|close|turn)\sof\s(?:the\s)?)?"
    r"(?:(?:last|this|next|first|second|third|fourth)\s)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:19|20)\d\d|year|quarter|month|week|half|spring|summer|autumn|"
    r"winter)(?:\s(?:19|20)\d\d)?,?\s(?=[a-z])")
#: "after Monday's ", "following last year's ": a time that opens a clause, no subject of it.
_TIME_BEFORE = re.compile(r"^\s*(?:after|before|following|since|on\stop\sof)\s(?:(?:last|this|the\sprevious)\s)?"
                          rf"(?:{DAY_OR_MONTH}|yesterday|today|week|month|quarter|year)(?:'s|\u2019s)\s")
_FILLER = {"from", "to", "at", "against", "compared", "with", "versus", "vs", "up", "down", "or", "and", "just",
           "about", "around", "nearly", "almost", "some", "over", "under", "on", "of", "in", "than", "a", "an",
           "the", "year", "earlier", "ago", "previous", "this", "last", "next", "per", "cent", "percent", "bn",
           "m", "billion", "million", "trillion", "dollars", "euros", "pounds", "yen", "pence", "record", "high",
           "low", "level", "mark", "figure", "estimate", "forecast", "by", "another", "further"}


def has_verb(text: str) -> bool:
    """Whether ``text`` holds a word that is most likely a verb (see :func:`is_verb`)."""
    return any(is_verb(w) for w in re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\S*\d\S*", " ", text)))


def is_verb(word: str) -> bool:
    """A word that is most likely a verb in news prose: an auxiliary, a verb of change or of
    saying, or a past form ("announced")."""
    lower = word.lower()
    return (lower in _AUXILIARIES or bool(_CHANGE_VERBS.match(lower)) or lower in REPORTING_VERBS
            or lower.endswith("ed") and len(lower) > 4)


def noun_phrase_subject(sentence: str, begin: int, pos: int, opens_with_name: bool = True) -> str:
    """The subject of the clause ``sentence[begin:pos]`` when it is a description without a name
    ("Tube workers", "the eight central European states"), as written without its article; ""
    when the clause has none, or only a generic one ("analysts", "the figures"). A capitalised
    common word opening the sentence starts a description ("Scam mails") unless the caller knows
    the sentence opens with a name (``opens_with_name``: "Acme commits $2.4bn")."""
    text = _JOINERS.sub("", sentence[begin:pos], count=1)
    text = re.sub(r"^that\s", "", text)  # "... and that downloads of TV programmes had increased by 150%"
    text = re.sub(r"^(?:(?:in|on|by|for|at|over|during|last|this|next|early|late|between|since|until|after|"
                  r"before|throughout|within)\s[^,]{1,30},\s)", "", text,
                  flags=re.I)
    market = re.match(r"^(?:[Tt]he\s)?(?:(?:global|world|worldwide|UK|US|European)\s)?market\sfor\s"
                      r"((?:[a-z-]+\s){0,3}[a-z-]+)\s(?:was|is|were|are|has|had|will|could|would|grew|rose|fell)\b",
                      text)
    if market:
        return f"{market.group(1)} market"  # "The market for full-track music downloads was worth $20m"
    words: list[str] = []
    at_verb = False  # whether the words end at the clause's verb ("Scam mails have declined")
    head_at = -1  # the head noun's place: the last word, or the one before "of" ("shipments of gadgets")
    measured = False  # whether the words follow a measure of them ("the price of", "the number of")
    counted = False  # whether the words follow a count of them ("167 million mobile phones")
    tokens = text.split()
    for index, word in enumerate(tokens):
        bare = word.strip(",.;:\"'").lower()
        # "The figures confounded hopes", "the donations came from people": a past form after a plural
        # is the clause's verb, not part of its subject ("listed companies" puts it first)
        after_plural = bool(words) and (words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
                                        or words[-1].lower() in _MARKETS)
        # "the eight central European states which joined the EU will see": a reporting verb's form
        # after other words, and before a verb or "which", is a noun
        reports = bare in REPORTING_VERBS and not (words and reporting_noun(" ".join(tokens[index:index + 2]), 0,
                                                                            len(word))) \
            and not (words and words[-1].lower() in ("the", "a", "an") and bare.endswith("ed"))  # "the estimated loss"
        # "The firm trimmed its forecast": a past form before a determiner is a verb, whatever its subject
        determiner_next = index + 1 < len(tokens) and tokens[index + 1].lower() in _DETERMINERS
        # "next generation games will cost": "generation", "contraction" are nouns the verbs' stems begin
        verb = bool(_CHANGE_VERBS.match(bare)) and not re.search(r"(?:tion|sion|ment)s?$", bare)
        at_verb = bare in _AUXILIARIES or verb or reports \
            or after_plural and (bare.endswith("ed") and len(bare) > 4 or bare in _IRREGULAR_PAST) \
            or bool(words) and bare.endswith("ed") and len(bare) > 4 and determiner_next
        if measured and not words and index + 1 < len(tokens) and tokens[index + 1][:1].isalpha():
            at_verb = False  # "the number of lost laptops": right after "of", a participle describes the things
        measure = _MEASURE_BEFORE.get(bare)
        if head_at < 0 and measure is not None and measure.fullmatch(" ".join(w.lower() for w in words)):
            # "The price of inkjet printers has come down to £34": the things priced are the subject;
            # "sales at hardware stores dropped by 0.3%": the shops selling
            words = []
            measured = True
            continue
        if (bare in ("of", "with") or measured and bare in ("to", "at", "in", "for")) and head_at < 0 and words \
                and _plural_head(words[-1]):
            # "the number of calls to call centres": the things counted, and where; "the number of people
            # with fast internet access": which of them
            # "wholesale shipments of consumer technologies expected to grow": the group, and of what
            head_at = len(words) - 1
            words.append(bare)
            continue
        if not bare or at_verb \
                or bare in _PLAIN_VERBS:
            break
        if bare.endswith("ing") and len(bare) > 5 and words and _plural_head(words[-1]) and head_at < 0 \
                and (index + 1 == len(tokens) or any(ch.isdigit() for ch in tokens[index + 1])):
            break  # "creditors holding $41bn had accepted": the holders, what they hold is no part of it
        if any(ch.isdigit() for ch in word):
            if all(w.lower() in _COUNT_HEDGES for w in words) and re.fullmatch(r"[\d,.]+", word) and not counted:
                # "more than 167 million mobile phones were sold": the things counted are the subject
                words, counted = [], True
                continue
            return ""
        if counted and not words and bare in ("million", "billion", "thousand", "hundred", "m", "bn"):
            continue
        words.append(word.strip(",.;:\"'"))
        if word.endswith(",") and len(words) > 1:
            # "Scam mails, offering ways to make a quick buck, have declined": an aside follows, and the
            # verb after it is the subject's
            after = re.search(r",\s([A-Za-z]+)\b", text[text.find(word) + len(word):])
            at_verb = after is not None and (after.group(1).lower() in _AUXILIARIES
                                             or bool(_CHANGE_VERBS.match(after.group(1).lower())))
            break
    if head_at >= 0 and (len(words) - head_at < 3 or any(w[:1].isupper() for w in words[head_at + 1:])):
        words = words[:head_at + 1]  # "of" with nothing after it, or a name after it, adds nothing
        head_at = -1
    while words and words[0].lower() in ("the", "a", "an", "some", "many", "most", "all", "its", "their"):
        words.pop(0)
        head_at -= 1 if head_at >= 0 else 0
    # A capital is a name's, except a common word's that opens the sentence ("Scam mails have declined").
    if at_verb and head_at < 0 and len(words) > 2 and _CHANGE_VERBS.match(bare):
        # "card scams on UK-issued cards totalled £402.4m": the things, before which of them ("Banks
        # in Malaysia will" names the place, which the other rules read)
        cut = next((i for i, w in enumerate(words[:-1]) if i and w.lower() in _PLACING
                    and not re.fullmatch(r"[A-Z][\w&.]*", words[i + 1])), None)
        if cut is not None and (_is_plural(words[cut - 1].lower()) or words[cut - 1].lower() in _MASS_NOUNS):
            words = words[:cut]
    # "Card-not-present fraud rose": a hyphenated common word opening the sentence is common too
    opens = bool(words) and at_verb and not opens_with_name and not sentence[:begin].strip() \
        and not any(w[0].isupper() for w in words[1:]) \
        and all(part in english_words() for part in words[0].lower().split("-")) \
        and not words[0].endswith("ing")  # "Manipulating your favourite films" is no group
    if not words or len(words) > 5 or words[0][0].isupper() and not opens:
        return ""
    if words[0].lower() in _PREPOSITIONS:
        return ""  # "Under the proposals agreed, ...": a phrase of circumstance, no subject
    if words[0].lower() in ("these", "those", "this", "that", "such"):
        return ""  # "These actions helped Nissan turn a loss into a profit": what was said before, no group
    if len(words) > 1 and words[0].lower().endswith("ing") and words[1].lower() in _GERUND_FOLLOWERS:
        return ""  # "filtering out e-mail messages that contain a link can stop 75% of spam": an action
    if opens:
        words[0] = words[0].lower()
    head = words[head_at if head_at >= 0 else -1].lower()
    # Only a group of people or things can own a figure ("tube workers", "smartphones"), or a market
    # named by what it trades ("the worldwide handheld software market"): a measure ("revenues",
    # "fuel costs"), a generic word or a preposition is no owner.
    # "after Monday's 4% gain": a possessive is no group of its own
    # "-ous" is an adjective ("A previous estimate"), "-us" a singular noun ("bonus", "virus")
    shops = re.fullmatch(r"((?:[a-z-]+\s){1,2})(?:store|shop)s?\s(?:sales|prices|spending)", " ".join(words))
    if shops and not _OWN_SHOPS.match(shops.group(1)):
        return f"{shops.group(1)}stores"  # "furniture store sales dipped 0.1%": the furniture stores'
    # "The amount of data that can be stored has grown by 400%", "The value of trade rose": whatever a
    # measure is of is its subject, one thing or many
    plural = _is_plural(head) or head in _MASS_NOUNS or head in _MARKETS and len(words) > 1 \
        or measured and len(words) == 1 and head in english_words()
    if head in _GENERIC_SUBJECTS and not (measured and head == "data") or _MEASURES.fullmatch(head) or not plural \
            or head.endswith(("'s", "\u2019s")) \
            or any(w.lower() in _NOT_IN_SUBJECT for at, w in enumerate(words) if not measured or at != head_at + 1):
        return ""
    return " ".join(words)


_MEASURES = re.compile(
    r"(?:sales|profits|earnings|revenues|costs|prices|shares|imports|exports|rates|losses|debts|deficits|"
    r"wages|taxes|returns|yields|margins|figures|levels|results|gains|falls|rises|cuts|increases|growth|"
    r"surcharges|fares|fees|bills|assets|funds|savings|reserves|orders|payments|prizes|subsidies|forecasts|"
    r"estimates|expectations|predictions|numbers|volumes|valuations|holdings|stakes|sums|amounts|totals|"
    r"units|items|terms|days|years|months|weeks|times|points|percent|members?hips|proceeds|bonuses)")
#: Words that end a description: a relative pronoun, a preposition that ties it to something else,
#: or a common verb in the present ("almost 30 wealthy nations spend more than $300bn").
_PLAIN_VERBS = frozenset({"which", "who", "that", "to", "of", "by", "owns", "own", "holds", "hold", "has", "have",
                          "controls", "retains", "keeps", "wants", "plans", "spend", "spends", "pay", "pays",
                          "invest", "invests", "give", "gives", "lend", "lends", "receive", "receives", "earn",
                          "earns", "employ", "employs", "buy", "buys", "sell", "sells", "need", "needs", "use",
                          "uses",
                          # "The total payment includes $5m in fines": a singular subject's verb, not a plural noun
                          "include", "includes", "contain", "contains", "comprise", "comprises", "involve",
                          "involves", "represent", "represents", "means", "equals", "exceed", "exceeds"})
#: Words that open a noun phrase: after a past form, they make it a verb with an object.
_DETERMINERS = {"its", "their", "his", "her", "the", "a", "an", "our", "this", "these", "those", "some"}
#: Words that hedge a count before it ("more than 167 million", "some 15 million").
_COUNT_HEDGES = {"more", "than", "less", "fewer", "about", "around", "some", "nearly", "almost", "over", "under",
                 "roughly", "approximately", "an", "estimated", "up", "to", "a", "just", "only", "at", "least"}
#: A kind of shop's sales ("grocery store sales"), which are that trade's, not the subject's before them;
#: "same-store" and "its own-store" sales are a retailer's own.
_SHOP_SALES = re.compile(r"(?:[a-z-]+\s){1,2}(?:store|shop)s?\s(?:sales|prices|spending)\b")
_OWN_SHOPS = re.compile(r"(?:same|like-for-like|own|its|their|comparable)\b")
#: A loss named by whom it falls on: "the estimated loss to bondholders".
_LOSS_TO = re.compile(r"(?:(?:the|a|an)\s)?(?:(?:estimated|total|expected|likely|potential)\s)?(?:loss|losses|damage)")
#: A measure of the places named after its "at" ("sales at hardware stores").
_MEASURE_AT = re.compile(r"(?:(?:the|a|an)\s)?(?:(?:average|total|overall|combined|retail)\s)?"
                         r"(?:sales|prices|spending)")
#: A measure of the things named after its "of" ("the price of", "the total number of").
_MEASURE_OF = re.compile(r"(?:(?:the|a|an)\s)?(?:(?:average|total|overall|combined)\s)?"
                         r"(?:price|prices|cost|costs|value|number|numbers|amount|volume|share|proportion)")
#: The measures whose subject follows their preposition, by that preposition.
_MEASURE_BEFORE = {"of": _MEASURE_OF, "at": _MEASURE_AT, "to": _LOSS_TO}


def reporting_noun(sentence: str, begin: int, end: int) -> bool:
    """Whether the reporting verb's form at ``sentence[begin:end]`` is a plural noun ("the eight
    central European states which joined the EU", "forecasts of 5%"): a verb, "which" or a
    preposition follows it."""
    return sentence[begin:end] in _NOUN_LIKE_VERBS and _NOUN_FOLLOWERS.match(sentence[end:]) is not None


# Reporting verbs that are also plural nouns, and the words after which they are nouns.
_NOUN_LIKE_VERBS = {"states", "reports", "estimates", "forecasts", "claims", "notes", "shows", "finds", "projects",
                    "report", "estimate", "forecast", "show", "say"}
_NOUN_FOLLOWERS = re.compile(r"^\s(?:which|who|that\shave|were|are|have|had|will|would|of|in|for|and|to|on|from|"
                             r"with|at|is|was|suggest\w*|show\w*|say|said)\b")


def plural_before(sentence: str, pos: int) -> str:
    """The plural things or people that "they" at ``pos`` most likely stands for: the nearest plural
    noun before it in the sentence, with the describing words before that ("Although inventories fell
    0.7%, they were 36% higher" -> "inventories"; "better adaptors ..., meaning they are 35% more
    efficient" -> "better adaptors"); "" when there is none, or only a measure or a generic word."""
    words = re.findall(r"[A-Za-z][\w'-]*", sentence[:pos])
    for index in range(len(words) - 1, -1, -1):
        head = words[index]
        lower = head.lower()
        if head[0].isupper() or not _plural_head(head) or lower in _AUXILIARIES or lower in REPORTING_VERBS \
                or _CHANGE_VERBS.match(lower) or lower in _NOT_IN_SUBJECT or lower in _SPANS:
            continue
        start = index
        while start > 0 and index - start < 2 and _describes(words[start - 1]):
            start -= 1
        return " ".join(words[start:index + 1])
    return ""


def _describes(word: str) -> bool:
    """Whether ``word`` before a plural may describe it ("better adaptors", "speed internet users"):
    a lower-case word that is no determiner, preposition, conjunction, verb or gerund."""
    return word.islower() and word not in _DETERMINERS and word not in _PREPOSITIONS \
        and word not in _CONJUNCTIONS and not is_verb(word) and not word.endswith("ing") \
        and word not in _VERBS_BEFORE_OBJECTS


#: Common verbs that are no describing word before a plural ("travel miles", "make prints").
_VERBS_BEFORE_OBJECTS = frozenset({"travel", "make", "buy", "sell", "get", "take", "give", "use", "need", "want",
                                   "pay", "spend", "save", "cut", "raise", "offer", "have", "see", "find", "keep"})
_CONJUNCTIONS = {"and", "or", "but", "that", "which", "who", "when", "while", "if", "as", "because", "although",
                 "though", "since", "where", "whether", "so", "than", "then"}
#: Plurals that measure a span or an amount, never a group that "they" stands for.
_SPANS = {"miles", "hours", "minutes", "seconds", "tonnes", "barrels", "kilometres", "dollars", "euros", "pounds",
          "pence", "cents"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that", "some",
                "many", "most", "all", "any", "no", "each", "every", "other", "such"}
#: Singular heads that name a market by what it trades or makes.
_MARKETS = {"market", "industry", "sector"}


def _is_plural(word: str) -> bool:
    """Whether a lower-case ``word`` reads as a plural: "-s", but not "-ss", nor "-us" ("bonus", "previous"),
    or one of the plurals without it ("people", "women")."""
    return word.endswith("s") and not word.endswith(("ss", "us")) or word in _IRREGULAR_PLURALS


_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "staff", "workforce", "police", "cattle"})


def _plural_head(word: str) -> bool:
    """Whether ``word`` is a plural that may head a group ("shipments", "owners"): no possessive, no
    measure, no generic or counting word."""
    head = word.strip(",").lower()
    return _is_plural(head) and not head.endswith("'s") and head not in _GENERIC_SUBJECTS \
        and not _MEASURES.fullmatch(head) and head not in ("most", "majority", "half", "some", "many", "all")


_PREPOSITIONS = {"under", "in", "on", "at", "for", "with", "by", "from", "after", "before", "during", "over", "among",
                 "despite", "since", "until", "within", "without", "across", "through", "into", "per", "via"}
#: Past forms that do not end in -ed, after which a description's words stop.
_IRREGULAR_PAST = {"came", "went", "took", "made", "gave", "saw", "got", "left", "kept", "held", "sold", "bought",
                   "paid", "spent", "lost", "won", "found", "told", "brought", "began", "became"}
#: Words after a gerund that make it an action ("filtering out", "selling the") rather than a
#: describing word ("existing customers").
_GERUND_FOLLOWERS = {"out", "up", "off", "down", "the", "a", "an", "its", "their", "in", "on", "of", "to", "into",
                     "over", "away", "back", "more", "less"}
#: Things counted as a mass, which own their figures as groups do ("Spam traffic is up by 40%").
_MASS_NOUNS = {"traffic", "mail", "e-mail", "email", "piracy", "fraud", "crime", "readership", "advertising",
               "usage"}
#: Prepositions that, after the things a subject names, say where or which they are: "card scams on UK-issued cards".
_PLACING = {"on", "in", "at", "from", "across"}
_NOT_IN_SUBJECT = {"from", "to", "at", "on", "in", "for", "with", "or", "than", "over", "ahead", "up", "down",
                   "after", "before", "since", "until", "amid", "despite", "among", "amongst", "known", "called",
                   "slowed", "rose", "fell", "said", "believe", "believes", "that's", "where", "when", "if"}
