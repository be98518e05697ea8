"""Shares of groups: "70% of those asked", "More than half (55%) of the respondents", "80% of Ethiopians".

A survey's percentage is the share of a group of people or things the sentence describes, not of a
company: :func:`group_share` reads that group from the words around the figure, with the place the
sentence names (or the place the article is about) when it names one. Such a group owns its share,
but it is no entity the next sentence can call "it". :func:`share_of_named` reads a share of a named
people ("80% of Ethiopians", "80% of UK adults"), one of the owner finder's bindings.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.clauses import is_verb
from briefing.extract.focus import Focus
from briefing.extract.lexicon import COMPANY_NOUNS, DEMONYMS, REPORTING_VERBS, english_words
from briefing.extract.names import MentionKind
from briefing.extract.owner_patterns import MEASURE_NOUNS, PERCENTAGE, VERBS
from briefing.extract.sentence_names import SentenceNames

__all__ = ["group_share", "in_place", "part_of_whole", "people_of_a_place", "place_of_people", "respondents",
           "share_of_named"]

#: "70% of those asked", "4% of mobile owners", "90% of PCs": a share of a described group of people or
#: things. The words before the head noun are lower-case ones (a place or company name is a name, which
#: the other rules read), and no possessive: "10% of its workforce" is the company's.
_PEOPLE_HEADS = (
    r"users|owners|people|adults|consumers|customers|shoppers|respondents|households|homes|"
    r"workers|employees|voters|viewers|subscribers|listeners|readers|"
    r"children|teenagers|men|women|parents|pupils|students|gamers|surfers|patients|investors|motorists|"
    r"companies|firms|businesses|bondholders|creditors|shareholders|depositors|savers|borrowers|taxpayers|"
    r"[\w-]*-olds|over[\s-]\d+s")
_NAMED_HEADS = (
    _PEOPLE_HEADS + r"|PCs|computers|machines|phones|handsets|mobiles|"
    r"documents|files|e-mails|emails|messages|websites|sites|[A-Z]{2,}s|complaints|cases|claims|transactions|"
    r"offences|crimes|thefts|incidents|accidents|"
    # "13% of Europeans", "44% of Britons": a country's or a region's people
    + "|".join(sorted((re.escape(word) for word in DEMONYMS if word.endswith("s") and word != "Swiss"),
                      key=len, reverse=True)))
#: "40% of all home PC net security buyers", "20% of travellers": people named by what they do, whom a
#: company may also carry or serve ("the airline transports 55% of all passengers").
_AGENT_NOUN = (r"(?!(?:others|orders|numbers|members|papers|letters|centres|centers|quarters|headquarters|matters|"
               r"powers|offers|transfers|borders|waters|tenders|meters|litres|liters|dollars|errors|sectors|factors|"
               r"competitors|rivals)\b)[a-z]{3,}(?:ers|ors|ists|ants|ents|ees)")
_GROUP_HEAD = f"(?:{_NAMED_HEADS}|{_AGENT_NOUN})"
#: The participles that say a survey asked people: "those questioned", "consumers asked".
_ASKED_WORDS = r"(?:asked|questioned|surveyed|polled|interviewed)"
#: Groups that hold something (bonds, shares, deposits): the place an article is about is not where they are.
_HOLDERS = re.compile(r"\b(?:bondholders|creditors|shareholders|depositors|investors)$")
_GROUP_WORDS = (
    r"(?:(?:those|people|adults)\s(?:(?:who|which|that)\s(?:[a-z'\u2019-]+\s){0,3}[a-z'\u2019-]+|"
    # "29% of the people it questioned": the surveyor may stand before the participle
    r"(?:(?:(?:it|they|we)\s)?" + _ASKED_WORDS + r"|aged\s[\d-]+|with\s(?:[a-z-]+\s){0,2}[a-z-]+|"
    r"(?!being\b)[a-z]{2,}ing\s(?:[a-z-]+\s){0,3}[a-z-]+))|"  # "40% of those buying home security programs"
    r"world(?:'s|\u2019s)\s(?:[a-z-]+\s){0,2}?(?:population|people)|"  # "27% of the world's population"
    # "70% of the donations came from people": a verb or preposition ends the group before its head
    # "62% of British people", "50% of all UK net users": a country or nationality may lead the group
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,3})\s(?=(?:[a-z\d][a-z\d-]*\s){0,2}" + _GROUP_HEAD + r"))?"
    r"(?:(?!(?:its|their|his|her|our|from|came|come|went|were|are|is|was|in|on|by|for|with|at|have|has|had|"
    r"will|would|can|could|do|did|said|says|say|told|found|showed|shows)\b)"
    # "home PC net security buyers": an acronym that names no place may stand among the words
    r"(?:[a-z\d][a-z\d-]*|(?!(?:UK|US|EU|UN|USA|UAE)\b)[A-Z]{2,4})\s){0,4}" + _GROUP_HEAD +
    r"(?:\s" + _ASKED_WORDS + r")?)")
_GROUP_SHARE = re.compile(r"(?:\s?(?:to|-|\u2013)\s?[\d.]+\s?(?:%|per\s?cent))?"  # "70% to 80% of bondholders"
                          # "40% of contributors' changes": a possessive makes the group's things the whole
                          # "Nearly two thirds - 65% - of the 1,000 people interviewed": a count may come first
                          r"\)?(?:\s[-\u2013\u2014])?\s?of\s(?:the\s|all\s)?(?:[\d,]+\s)?(" + _GROUP_WORDS
                          + r")\b(?!['\u2019])")
#: "70% of the donations came from people I don't know": a share of a plural of things that is the
#: subject of its own verb (not "of its shares", not a measure: "20% of the shares" is a stake).
#: "29% of computer software in Britain was believed to have been pirated": a mass of things, with or
#: without its article, and where it is.
#: "57% of the consumer electronics market is made up of female buyers": a share of a market, too.
_THINGS_SHARE = re.compile(r"\s?of\s(?:the\s|all\s)?((?:[a-z-]+\s)?(?:[a-z-]{3,}s|software|music|traffic|e-?mail|"
                           r"spam|content)|(?:[a-z-]+\s){1,2}(?:market|industry|sector))"
                           r"(?:\sin\s(?:the\s)?[A-Z][\w]+)?\s(?=(?:came|come|went|were|are|"
                           r"was|is|have|had|will|would|could|did|do|go|get|got|reached|stayed|ended)\b)")
#: "a survey of 2,755 musicians", "questioned more than 1,000 people": who a survey asked.
_HEDGED_COUNT = r"(?:(?:more than|over|some|about|almost|nearly|around)\s)?[\d,]+\s(?:million\s)?"
_ASKED = re.compile(r"\b(?:(?:survey|poll|study|questionnaire)\w*\s"
                    r"(?:(?!(?:that|showed|shows|found|finds|said|says|revealed|suggested)\b)[\w-]+\s){0,3}?(?:of|among)\s(?:"
                    + _HEDGED_COUNT + r")?|" + _ASKED_WORDS + r"\s" + _HEDGED_COUNT + r")"
                    r"(" + _GROUP_WORDS + r"|(?:[a-z-]+\s){0,2}?[a-z]{3,}s)\b")
#: "the majority of people surveyed (52%)", "Most 15 to 24-year-olds (94%)": the group before the bracket.
_GROUP_BEFORE_BRACKET = re.compile(r"\b(" + _GROUP_WORDS + r")\s\($")
#: "Of the companies surveyed, 30% saw orders rise", "Of Argentina's bondholders, 38.4% reside in
#: Argentina", "In homes with broadband, 40% said": the group the sentence opens with, and whose it is.
_GROUP_OPENING = re.compile(r"^(?:Of|Among|In)\s(?:the\s|all\s)?"
                            r"((?:[A-Z][\w&.-]*\s){0,2}?[A-Z][\w&.-]*(?:'s|\u2019s)\s)?("
                            + _GROUP_WORDS + r"(?:\swith\s(?:[a-z-]+\s){0,2}[a-z-]+)?),\s")
#: "Of the 22 million Americans who own MP3 players, 59% are men": a counted people and what they do.
_PEOPLE_OPENING = re.compile(r"^(?:Of|Among)\s(?:the\s|all\s)?(?:[\d.,]+\s(?:million\s|billion\s)?)?"
                             r"([A-Z][a-z]+s\s(?:who|that)\s(?:[\w-]+\s){0,3}[\w-]+),\s")


#: "Spam messages account for at least 60% of all e-mails": a verb that makes the share after it a part
#: of a whole, with the hedges before the share.
_PART_OF_WHOLE = re.compile(r"\b(?:account(?:s|ed)?\sfor|represent(?:s|ed)?|make\sup|makes\sup|made\sup|"
                            r"comprise[sd]?|constitute[sd]?)\s(?:(?:just|only|about|around|nearly|almost|some|"
                            r"roughly|over|under|more\sthan|less\sthan|at\sleast|up\sto)\s)*$")
#: Words between a subject and its verb: "Spam messages are estimated to account for", "Remittances now represent".
_BEFORE_PART_VERB = re.compile(r"(?:\s(?:(?:is|are|was|were)\s(?:estimated|expected|thought|believed|said|likely|"
                               r"set|forecast|predicted)\sto|will|would|could|may|might|now|still|already|"
                               r"currently|together|alone|also))+\s*$")
_DETERMINERS = re.compile(r"^(?:the|a|an|all|some)\s", re.I)


def part_of_whole(sentence: SentenceNames, clause: int, start: int) -> str | None:
    """"Spam messages are estimated to account for at least 60% of all e-mails sent": the part whose
    share of the whole the percentage at ``start`` is, when the clause from ``clause`` opens with it
    as a description ("spam messages", "consumer spending"); None when it has no such subject, or a
    name, which the other rules read."""
    text = sentence.text
    verb = _PART_OF_WHOLE.search(text, clause, start)
    if verb is None or not re.search(r"(?:%|per\s?cent)", text[start:start + 12]):
        return None
    words_end = clause + len(_BEFORE_PART_VERB.sub("", text[clause:verb.start()]))
    subject = re.sub(r"^\W*(?:(?:and|but|while|whilst|whereas)\s)?", "", text[clause:words_end])
    subject = _DETERMINERS.sub("", subject)
    words = subject.split()
    if not words or len(words) > 4 or any(not re.fullmatch(r"[A-Za-z][a-z-]*", w) for w in words) \
            or any(w[0].isupper() for w in words[1:]) or words[0].lower().endswith("ing") \
            or any(clause <= m.start < words_end for m in sentence.mentions):
        return None  # a name, a figure, a pronoun clause ("this represents") or an action ("Misusing ...")
    if words[0][0].isupper() and (text[:clause].strip() or words[0].lower() not in english_words()):
        return None
    if words[-1].lower() in ("it", "this", "that", "they", "these", "those", "which", "who") \
            or words[0].lower() in ("its", "their", "his", "her", "our") or words[-1].lower() in COMPANY_NOUNS \
            or words[-1].lower() in ("figure", "figures", "data", "numbers", "statistics", "total"):
        # "this represents", "its shares account for", "the company makes up": someone's own; "the
        # figures represent less than 1%": the figures the sentence before gave
        return None
    return " ".join([words[0].lower(), *words[1:]])


#: The verb a percentage is the object of: "provided about 30%", "will sell 10%". A hedge or an adverb
#: is no verb: "In 2003 only 4% of the people in the UK took" opens with its share.
_HEDGE_WORDS = (r"(?:about|around|nearly|almost|some|roughly|over|just|only|another|more\sthan|less\sthan|"
                r"a\sfurther|up\sto)")
_OBJECT_OF = re.compile(rf"\b(?!{_HEDGE_WORDS}\b|(?:now|still|also|even|then|already|later)\b)([a-z]+)\s"
                        rf"(?:{_HEDGE_WORDS}\s)*$")


def group_share(sentence: SentenceNames, place_in_focus: str, clause: int, start: int, end: int,
                people_place: str = "") -> str | None:
    """"Almost 70% of those asked said ...": the described group whose share the percentage at
    ``sentence.text[start:end]`` is, with the place the clause names ("In the UK 69% of those
    questioned"), else ``place_in_focus``, else, for people, ``people_place`` (see
    :func:`place_of_people`); None when the figure is no share of a group."""
    text = sentence.text
    if not PERCENTAGE.search(text, start, end):
        return None
    if re.search(rf"[A-Za-z](?:'s|\u2019s)\s(?:[\w-]+\s){{0,2}}?{MEASURE_NOUNS}\b", text[clause:start]):
        return None  # "Firefox's market share is now about 5% of all users": Firefox's share
    opening = _GROUP_OPENING.match(text[:start])
    if opening is not None and text.startswith("In") and not re.fullmatch(
            r"(?:(?:about|around|nearly|almost|some|roughly|over|just|only|more\sthan|less\sthan)\s)*",
            text[opening.end():start]):
        opening = None  # "In both cases, their shares fell by 4%": a circumstance, the shares' own
    people = _PEOPLE_OPENING.match(text[:start])
    if opening is None and people is not None and any(m.kind == MentionKind.NATIONALITY and m.start == people.start(1)
                                                      for m in sentence.mentions):
        opening = people
    verb = _OBJECT_OF.search(text, max(clause, start - 60), start)
    if verb is not None and is_verb(verb.group(1)) and verb.group(1).lower() not in REPORTING_VERBS:
        # "BT Retail ... provided about 30% of the new broadband customers": the object of the clause's
        # verb, its subject's share; "17% of readers have switched" opens its clause
        return None
    things = _THINGS_SHARE.match(text, end)
    if things is not None and re.fullmatch(MEASURE_NOUNS + r"|[a-z]+(?:ings|ers|ors)", things.group(1).split()[-1]):
        things = None  # "20% of the shares were sold" is a stake; "of the buyers" a group of people
    found = _GROUP_SHARE.match(text, end) or _GROUP_BEFORE_BRACKET.search(text, max(0, start - 60), start) \
        or things or _from_a_people(text, end)
    if found is None and opening is not None:
        # "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy": the whole group's
        # shares, whatever place each is of
        return "".join(opening.groups(""))
    if found is None:
        return None
    head = found.group(1).split()[-1]
    if re.fullmatch(_AGENT_NOUN, head) and not re.fullmatch(_NAMED_HEADS, head) \
            and _company_acts(sentence, clause, start):
        return None  # "The airline transports about 55% of all passengers": the company's share of them
    # "the majority of people surveyed (52%)", "..., and 25 to 34-year-olds (92%)": the group itself
    words = re.sub(r"^(?:(?:and|or)\s)?(?:(?:the\s)?(?:majority|most|many|some|half|rest|bulk)\s(?:of\s)?(?:the\s)?)?",
                   "", found.group(1), flags=re.I)
    words = re.sub(rf"\s(?:it|they|we)\s(?={_ASKED_WORDS})", " ", words)  # "the people it questioned"
    # the clause's place, else the sentence's ("Mexico leads the way, accounting for 50% of listeners")
    places = [m for m in sentence.between(clause, start) if m.kind == MentionKind.PLACE] or \
        [m for m in sentence.between(0, start) if m.kind == MentionKind.PLACE][-1:]
    after = [m for m in sentence.mentions if m.kind == MentionKind.PLACE
             and re.fullmatch(r"\s(?:in|across)\s(?:the\s)?", text[found.end():m.start])]
    if _HOLDERS.search(words):
        return words  # "80% of bondholders", in an article about Argentina: its bondholders, wherever they live
    if words[:1].isupper() and words.split()[0].lower() not in english_words() or words.split()[-1] in DEMONYMS:
        return words  # "62% of British people", "50% of all UK net users", "60% of online Americans": it says where
    if _EVERYWHERE.match(text, found.end()):
        return words  # "38% of people in all countries": no one country's
    if after or places:
        return f"{words} in {(after or places)[0].name}"
    if place_in_focus:
        # "14% of those aged 30-39", in an article about the US: that country's people
        return f"{words} in {place_in_focus}"
    if people_place and _is_people(words):
        # "Barely 5% of those questioned", in an article about a survey of Europeans: Europeans
        return f"{words} in {people_place}"
    return words


def _is_people(group: str) -> bool:
    """Whether ``group`` is people ("those questioned", "mobile owners", "25 to 34-year-olds"), not
    things ("all phones sold", "the bids"), which may be anywhere."""
    head = re.sub(rf"\s{_ASKED_WORDS}$", "", group).split()[-1]
    return re.match(r"(?:those|people|adults)\b", group) is not None \
        or re.fullmatch(f"{_PEOPLE_HEADS}|{_AGENT_NOUN}", head) is not None

#: "UK shoppers spent £5.3bn", "Japanese households have cut": a place's people, named by what they
#: do, opening the clause before its verb.
_PLACE_PEOPLE = re.compile(r"\s((?:[a-z-]+\s){0,2}?" + _GROUP_HEAD + r")\s(?:(?:have|had|has|will|would|also|now|"
                           r"still)\s)?([a-z]+)\b")


def people_of_a_place(sentence: SentenceNames, begin: int, end: int) -> str | None:
    """"UK shoppers spent £5.3bn on plastic cards": the place's people that open the clause from
    ``begin`` as its subject (the place and the group, "UK shoppers"), or None."""
    text = sentence.text
    for mention in sentence.between(begin, end):
        if mention.kind not in (MentionKind.PLACE, MentionKind.NATIONALITY):
            continue
        if not re.fullmatch(r"\W*(?:(?:and|but|while|whereas)\s)?(?:the\s)?", text[begin:mention.start], re.I):
            return None
        people = _PLACE_PEOPLE.match(text, mention.end, end)
        # a verb of their own doing, not "UK gamers are getting a chance to take part in a $1m tournament"
        if people is None or people.group(2) in _BEING or not (is_verb(people.group(2))
                                                                or people.group(2) in _SPENDING_VERBS):
            return None
        return f"{text[mention.start:mention.end]} {people.group(1)}"
    return None


_BEING = {"are", "is", "was", "were", "be", "been", "being", "get", "gets", "getting", "got", "also", "now", "still"}
_SPENDING_VERBS = {"spent", "spend", "spends", "paid", "pay", "pays", "bought", "buy", "buys", "owe", "owed", "lost",
                   "borrowed", "borrow", "saved", "save", "gave", "give", "donated", "bet", "wagered"}


#: "29% from German shoppers": a share that comes from a country's people, named by their nationality.
_FROM_PEOPLE = re.compile(r"\s(?:from|among)\s(?:the\s)?(([A-Z][a-z]+)\s(?:[a-z-]+\s){0,2}" + _GROUP_HEAD + r")\b")


def _from_a_people(text: str, end: int) -> re.Match[str] | None:
    """"compared to 29% from German shoppers and only 4% from Italian gift buyers": the people whose
    share the percentage ending at ``end`` is, when a nationality names them."""
    found = _FROM_PEOPLE.match(text, end)
    return found if found is not None and found.group(2) in DEMONYMS else None


_SAID = re.compile(rf"\b(?:{VERBS})\b(?:\sthat)?")
_COMPANY_NOUN = re.compile(rf"\b(?:{'|'.join(COMPANY_NOUNS)})\b", re.I)


def _company_acts(sentence: SentenceNames, clause: int, start: int) -> bool:
    """Whether a company, named or described, is the subject of the statement the figure at ``start``
    ends ("The airline transports 55% of"), not only who makes it ("Envisional said 18% of")."""
    text = sentence.text
    said = list(_SAID.finditer(text, clause, start))
    begin = said[-1].end() if said else clause
    return any(m.kind in (MentionKind.ORG, MentionKind.PRODUCT) for m in sentence.between(begin, start)) \
        or _COMPANY_NOUN.search(text, begin, start) is not None


#: "a survey of 10,000 people in 12 countries", "users around the world": people of no one place.
_MANY_PLACES = re.compile(r"\b(?:in|across|from)\s(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                          r"a\sdozen|several|many|all)\s(?:other\s)?(?:countries|nations|markets)\b|"
                          r"\b(?:worldwide|globally|around\sthe\s(?:world|globe)|across\sthe\s(?:world|globe))\b")


def place_of_people(headline_places: list[str], body_places: Counter[str], most_together: int, body: str) -> str:
    """The place whose people the article's unplaced groups are ("those questioned", "consumers"): the
    place its headline names, else the one its body names at least twice as often as any other; ""
    when it speaks of many places' people ("a survey of people in 12 countries", or a sentence that
    names three places or more: "consumers in the UK, France, Germany and the Netherlands"). A
    headline place counts however often the body names it: "Blog reading explodes in America"."""
    if _MANY_PLACES.search(body) or most_together >= 3:
        return ""
    if headline_places:
        return headline_places[0]
    ranked = body_places.most_common(2)
    # a place named once is as often a bystander ("two US security organisations warned") as theirs
    if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def in_place(group: str, place: str) -> str:
    """``group`` in ``place`` ("consumers" -> "consumers in Europe"), unless it already says where
    ("those questioned in UK", "UK adults") or holds something wherever its holders live."""
    if not place or re.search(r"\b[A-Z]", group) or _HOLDERS.search(group) \
            or any(word in DEMONYMS for word in group.split()):
        return group
    return f"{group} in {place}"


_EVERYWHERE = re.compile(r"\s(?:in|across|around)\s(?:all|every|the\s(?:world|globe))\b|\s(?:worldwide|globally)\b")


#: A count restated by the percentage after it: "27 million, or 50%, of the UK".
_COUNT_RESTATED = re.compile(r"\d[\d,.]*(?:\s(?:million|billion|thousand))?,?\s(?:or|and)\s"
                             r"(?:(?:about|around|some|nearly|almost|roughly|just\sover|just\sunder)\s)?$")


def share_of_named(focus: Focus, clause: int, start: int, end: int, economy: bool) -> str | None:
    """"About 80% of Ethiopians depend on farming": the share is the subject."""
    sentence = focus.sentence
    share = re.match(r"^,?\s*of\s(?:the\s)?((?:[\w-]+\s){0,2}?)(?=[A-Z])", sentence.text[end:end + 40])
    # "It compares to 27 million, or 50%, of the UK": a count restated as a share of a people
    restated = _COUNT_RESTATED.search(sentence.text, max(0, start - 40), start) is not None
    if share and (share.group().startswith(",") and not restated):
        share = None
    # "Mr Florin said that more than 50% of all EA's games were sold to adults": a statement opens there too
    opens = re.fullmatch(rf"(?:[^,;]*?\b(?:{VERBS})\sthat\s)?"
                         r"\s*(?:(?:and|but|while|whereas|with)\s)?(?:(?:now|still|already|currently|today)\s)?"
                         r"(?:(?:about|around|nearly|almost|some|roughly|over|more than|less than|just|only|"
                         r"an estimated)\s)*", sentence.text[clause:start], re.I)
    if share and (restated or opens):
        for mention in sentence.mentions:
            if mention.start == end + share.end() and mention.can_own:
                head = re.match(rf"\s(?:[a-z-]+\s){{0,2}}?{_GROUP_HEAD}\b", sentence.text[mention.end:])
                if head:  # "80% of UK adults", "17% of PC Pro readers": those people, not the country or firm
                    return f"{mention.name}{head.group()}"
                written = sentence.text[mention.start:mention.end]
                if mention.kind == MentionKind.NATIONALITY and written.endswith("s"):
                    # "60% of online Americans": the people, not the country
                    return re.sub(r"^(?:[\d,.]+\s|(?:million|billion)\s)+", "", share.group(1)) + written
                return mention.name
    return None


#: "27% of consumers asked", "of the firms surveyed": the people a survey asked, named before the participle
#: ("those questioned" names nobody).
_ASKED_AFTER = re.compile(r"\b(?:of\s|among\s)?(?:the\s)?"
                          r"((?:(?!(?:that|those|who|and|or|of|the|all|most|many)\b)[a-z-]+\s)?"
                          r"(?:(?!those\b|who\b)[a-z]{3,}s|people|men|women|children))\s"
                          + _ASKED_WORDS + r"\b(?!\s(?:to|for|about|if|whether|by)\b)")


def respondents(text: str) -> str:
    """Who the survey an article reports asked ("a survey of 2,755 musicians" -> "musicians",
    "27% of consumers asked" -> "consumers"), or ""."""
    found = _ASKED.search(text)
    if found is not None:
        return found.group(1)
    found = _ASKED_AFTER.search(text)
    if found is None:
        return ""
    # "the 1,000 people interviewed": people, who are those the survey asked only with the participle
    generic = found.group(1).split()[-1] in ("people", "men", "women", "children")
    return f"{found.group(1)} {found.group().split()[-1]}" if generic else found.group(1)
