"""What a figure measures: "pre-tax profit", "revenue growth", "share price change", "investment in ...".

Takes a sentence and a quantity in it; :func:`metric_of` returns a short noun phrase from the
metric words nearest the figure, and :func:`fallback_metric` one for a figure those miss (the metric
of the figure it is compared with, or the noun before "of"), ``""`` when the text names none.
"""

from __future__ import annotations

import re

from briefing.extract.clauses import GOES_ON_BY_PAST_VERB
from briefing.extract.lexicon import REPORTING_VERBS
from briefing.extract.owner_patterns import PRICED_AFTER, RESTATED, SUED_FOR
from briefing.extract.quantities import Quantity
from briefing.extract.sentences import clause_start
from briefing.model.types import Figure
from briefing.model.units import is_money

#: The words after which a bare "rates" means interest rates.
_RATES_AFTER = ("the", "cut", "cuts", "raise", "raised", "raises", "hold", "held", "holds", "keep", "kept", "keeps",
                "lift", "lifted", "lower", "lowered", "leave", "left", "on", "in", "with", "and", "that", "its",
                "their", "UK", "US", "mortgage", "lending", "base", "borrowing")
_METRICS: list[tuple[str, str]] = [
    (r"pre-tax (?:profits?|earnings)", "pre-tax profit"), (r"net loss", "net loss"),
    (r"net (?:profits?|income)", "net profit"), (r"operating (?:profits?|earnings)", "operating profit"),
    (r"market (?:value|capitali[sz]ation)|capitali[sz]ation", "market value"),
    (r"market share", "market share"),  # before "share of": "market share of about 29%"
    # "lift Channel 4's January audience share by 12%": a channel's viewers, no shares traded
    (r"(?:audience|viewing|ratings)\sshare", "audience share"),
    (r"share(?=\sof\b)", "share"),  # "a share of the market": a portion, not a stock
    (r"buy(?:s|ing)?\sback\s(?:its\s|their\s)?(?:own\s)?shares|(?:share\s)?buy-?backs?", "share buyback"),
    # "a profit share worth £52 each", "members will share £42m": money paid out, no share price
    (r"profit[- ]shares?|share\sof\s(?:the\s)?profits?", "profit share"),
    # (the figure may stand right after the search's end: "$" is that end)
    (r"(?:(?<=\bwill\s)share|(?<=\bto\s)share|\bshared|\bsharing)(?=\s(?:out\s)?(?:[£$€¥\d]|$))", "payout"),
    (r"windfalls?", "windfall"),
    (r"share price|shares?|stock(?: value| price)?(?! exchange| market)", "share price"),
    (r"revenues?", "revenue"), (r"retail sales|high[- ]street sales", "retail sales"), (r"sales", "sales"),
    (r"turnover", "turnover"),
    (r"profits?|earnings|earned", "profit"),
    # "Foreign direct investment ... $7bn in 2003": money a country receives, an economy's measure
    (r"foreign\s(?:direct\s)?investment|\bFDI\b|inward\sinvestment", "foreign direct investment"),
    # "investment bank Goldman Sachs": a kind of bank, no amount invested
    (r"invest(?:ment|ing|s|ed)?(?!\s(?:bank|banker|firm|group|house|fund|trust|arm|company|vehicle)s?\b)|commits?",
     "investment"),
    (r"trade (?:deficit|gap)", "trade deficit"), (r"budget deficit", "budget deficit"),
    (r"current[\s-]account\s(?:deficit|gap|shortfall)", "current account deficit"),
    (r"deficit|shortfall", "deficit"), (r"debts?", "debt"),
    # "Borrowing figures for 2003/4 are £35bn": a state's borrowing; "borrowing costs" are interest rates
    (r"(?<!cost\sof\s)(?<!costs\sof\s)borrowing(?!\scosts?)", "borrowing"), (r"fined?|penalty|penalties", "fine"),
    (r"(?:pre-tax\s)?charge|write-?down|write-?off|provision(?!\sof\b)", "charge"), (r"losses|loss", "loss"),
    (r"dividend", "dividend"), (r"(?:profit |operating )?margins?", "margin"), (r"savings", "savings"),
    (r"reserves", "reserves"), (r"bonus(?:es)?", "bonus"),
    (r"tax\scuts?|cut(?:s|ting)?\s(?:its\s|their\s|the\s)?taxe?s?", "tax cut"),
    (r"tax\s(?:rises?|increases?)", "tax rise"), (r"spending\scuts?", "spending cut"),
    # "a budget airline": a kind of business, no budget
    (r"budget(?!\s(?:airlines?|carriers?|hotels?|retailers?|chains?|flights?|operators?|brands?|range)\b)", "budget"),
    (r"spending|spent|spend", "spending"),
    # "raised its offer to" is no proceeds; "the budget has been raised 7.8% to": a level put up, no money raised
    # "in a bid to raise up to $443m": "up to" hedges the amount, it is no level the offer is raised to
    (r"proceeds|raising|raise[sd]?(?=\s(?:up\sto|as\smuch\sas)\s)|(?<!been\s)(?<!was\s)(?<!were\s)(?<!be\s)raise[sd]?(?!\s(?:[\w.%-]+\s){0,2}?(?:to|by)\s)",
     "amount raised"),
    # "in a bid to raise $443m": an attempt, no takeover bid
    (r"bid(?!\sto\b)", "bid"), (r"(?:takeover\s)?offer", "offer"), (r"deal|merger|sale(?=\sof\b)", "deal value"),
    (r"donation|donated|donate", "donation"), (r"prize(?:\smoney)?|prizes|winnings", "prize money"),
    (r"gross national (?:income|product)|GNI|GNP", "gross national income"),
    # "gross mortgage lending" is lending: only a film's takings are a bare "gross"
    (r"box[- ]office|takings|grossed|gross(?!\s(?:domestic|national|margins?|profits?|income|debts?|value|"
     r"mortgage|lending|sales|revenues?|output|assets|premiums?|receipts|investment|borrowing|spending)\b)",
     "box office takings"),
    (r"settlement", "settlement"), (r"damages", "damages"), (r"tax(?:es|\s(?:claims?|bill|demands?))", "tax claim"),
    (r"loan", "loan"),
    (r"exports", "exports"), (r"imports", "imports"), (r"surcharges?", "surcharge"),
    (r"fuel costs?", "fuel costs"), (r"(?<!borrowing\s)costs?(?!\sof\sborrowing)", "costs"),
    (r"GDP|gross domestic product", "GDP"),
    (r"wages?|salar(?:y|ies)|pay\s(?:rises?|increases?|cuts?|deals?|awards?|freeze)", "pay"),
    (r"unemployment|out\sof\swork|jobless(?:ness)?", "unemployment rate"),
    # "annual house price inflation rose to 13.8%": how fast house prices rise, no consumer prices
    (r"(?:house|home|property)[\s-]price\sinflation", "house price growth"),
    (r"inflation|(?:consumer|retail) prices? index|CPI|RPI", "inflation"),
    (r"(?:share\s|stock\s)?index", "index"),
    (r"poverty(?:\s(?:rates?|levels?|line))?", "poverty rate"),
    # a bare "rates" is interest rates only after a word that sets or holds them ("cut rates", "the
    # rates"), never after another noun ("Resolution rates", "growth rates")
    # a central bank's named rates are its policy rate: "its key federal funds rate", "the repo rate"
    # "Borrowing costs are tipped to rise by a quarter of a percentage point": the press's word for rates
    (r"interest rates?|borrowing\scosts?|cost\sof\sborrowing|^rates|(?:federal|fed)\sfunds\srate|"
     r"(?:base|repo|discount|policy|prime|overnight|refinancing)\srates?|key\s(?:lending\s|interest\s)?rates?|benchmark\s(?:interest\s)?rates?|"
     + "|".join(rf"(?<=\b{word}\s)rates" for word in _RATES_AFTER), "interest rate"),
    (r"stake|shareholder", "stake"),
    (r"subsid(?:y|ies)", "subsidies"), (r"compensation", "compensation"),
    # "a £800m takeover bid": the compound's head names the measure
    # "would value the company at": the verb, not "the value of trade"
    (r"valued|valuation|values|valuing|value(?=\s(?:the|it|its|them|this|that)\b)", "valuation"),
    (r"acquisition|bought|purchase|takeover(?!\s(?:bid|offer|approach|proposal))", "purchase price"),
    (r"industrial\s(?:output|production)|factory\soutput|manufacturing\soutput", "industrial output"),
    # "the Yuganskneftegas production unit": a kind of unit, no amount produced
    (r"output", "output"), (r"consumption", "consumption"),
    (r"production(?!\s(?:units?|plants?|lines?|facilit(?:y|ies)|sites?|arms?|companies|company|subsidiar(?:y|ies)))",
     "production"),
    (r"house prices?|home prices?|property prices?|prices?\sof\s(?:homes|houses|property|properties)|"
     r"price\sof\san?\s(?:average\s)?(?:[\w-]+\s)?(?:home|house|property)", "house price"),
    (r"mortgage approvals", "mortgage approvals"),
    (r"(?:gross\s|net\s)?mortgage lending|lending\sfor\shouse\spurchases?", "mortgage lending"),
    # "gross lending fell by 4%": a lender's or a market's; "lending rates" are interest rates
    (r"(?:gross\s|net\s)?lending(?!\s(?:rates?|criteria|arm|business|unit|division))", "lending"),
    (r"fares?", "fare"), (r"prices?", "price"),
    (r"exchange rate|pegged|per US dollar|to the dollar|against the (?:euro|dollar|pound|yen|yuan|greenback)",
     "exchange rate"),
    # "no one-way economy fare": a class of seat, no economy
    # "to boost government income by 6.1% to $2.18tn": the state's receipts, not the economy's growth
    (r"government\s(?:income|revenues?|receipts)|tax\s(?:income|revenues?|receipts|take)", "government revenue"),
    (r"growth|grow|grew|growing|economy(?!\s(?:fares?|class|seats?|tickets?|cabins?|flights?|travel))", "growth"),
]
# A measure word ending a hyphenated adjective ("low-cost airline", "cut-price fares") measures nothing
_METRIC_RE = [(re.compile(rf"(?<![\w-][a-z]-)\b(?:{p})\b(?!-[a-z])", re.I), name) for p, name in _METRICS]
_LEVELS = {"revenue", "sales", "retail sales", "turnover", "profit", "pre-tax profit", "net profit",
           "operating profit", "exports", "imports", "output", "production", "consumption",
           "costs", "fuel costs", "price", "investment", "GDP", "trade deficit", "deficit", "dividend", "debt",
           "spending", "market value", "house price", "margin", "budget", "pay", "mortgage lending", "lending",
           "industrial output",
           "mortgage approvals"}


def _without_conversions(text: str) -> str:
    """"($9.7bn; £5m) loss" -> " loss": the amount restated in brackets is no word between."""
    return re.sub(r"\s?\([^()]{0,40}\)", "", text)


#: "high oil prices have knocked 0.2% off the growth rate": the measure the figure was taken off.
TAKEN_OFF = re.compile(r"^\s(?:off|from)\s(?:(?:its|the|their|this|next|last)\s(?:year's\s)?)?(?=[a-z])")
# "a 40% drop in profits", "a 5% rise in its sales": the measure the change is of, named after it.
_CHANGE_OF = re.compile(r"^\s(?:[a-z-]+\s)?(?:drop|fall|rise|increase|decline|jump|gain|cut|reduction|slump|"
                        r"growth|boost|surge|slide|decrease|climb|leap|plunge)s?\s(?:in|of)\s(?:(?:its|the|their)\s)?")


def _nearest_metric(sentence: str, q: Quantity, start: int, is_change: bool = False) -> str:
    """The metric word nearest the figure: the measure a change after it is of ("a 40% drop in
    profits"), else the nearest before it in its clause, or just after it; a percentage that is no
    change, of a measure named after it, is a share of that measure."""
    window_after = sentence[q.end:q.end + 60]
    portion = re.match(r"^\s((?:market\s)?share|stake|(?:share)?holding)\b(?!\sprice)", window_after) \
        if q.unit == "%" else None
    if portion:
        # "the 20% share it would have gained": a portion, not a stock; "bought an 18.8% stake", "his 28.1%
        # shareholding": no price
        return "stake" if portion.group(1).endswith("holding") else portion.group(1)
    if q.unit == "%" and re.match(r"^-?\s?owned\sby\b", window_after):
        return "stake"  # "IPC is 46%-owned by Reliance Industries": the owner's stake
    if q.unit == "%" and _OF_SHARES.match(window_after):
        # "owns 82% of the shares in the company", "owners of 5% of Deutsche Boerse's (DB) shares": a holding
        return "stake"
    taken_off = TAKEN_OFF.match(window_after)
    change_of = _CHANGE_OF.match(window_after) or taken_off
    if change_of:
        for pattern, name in _METRIC_RE:
            if pattern.match(window_after, change_of.end()):
                # "knocked 0.2% off the growth rate": the rate itself, not what grew
                return "growth rate" if name == "growth" and taken_off else name
    best: tuple[int, str] | None = None
    for pattern, name in _METRIC_RE:
        for m in pattern.finditer(sentence, start, q.start):
            distance = q.start - m.end()
            if best is None or distance < best[0]:
                best = (distance, name)
        m_after = pattern.search(window_after)
        between = _without_conversions(window_after[:m_after.start()]) if m_after else ""
        # "rose 3% to 2bn shares": a word after another number names that number, not this one
        # "fell 93% as research costs rose": a word past a joiner is another clause's; "40% said they
        # were spending less time": a word past a verb of saying is what was said
        if m_after and re.match(r"^[\w\s'\u2019-]{0,30}$", between) and not re.search(r"\d", between) \
                and not _PAST_THE_FIGURE.search(between):
            distance = m_after.start() + 5  # a word before the figure usually names it
            if best is None or distance < best[0]:
                # "control of 8% of Russia's total oil production": a percentage of a measure is a share of it
                whole = q.unit == "%" and not is_change and re.match(r"\s+of\s", window_after) and name not in _PORTIONS
                best = (distance, f"share of {name}" if whole else name)
    return best[1] if best else ""


#: "of the shares", "of its shares", "of Deutsche Boerse's (DB) shares": a holding of a company's shares.
_OF_SHARES = re.compile(r"^\s+of\s(?:the\s|its\s|their\s|(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*(?:'s?|\u2019s?)\s"
                        r"(?:\([A-Z]{2,6}\)\s)?)?(?:[a-z]+\s)?shares\b")
#: Words after a figure past which a measure word is another clause's.
_PAST_THE_FIGURE = re.compile(r"\b(?:as|while|whilst|and|but|because|after|when|since|although|though|said|say|says|"
                              r"think|thought|believe|believed|reported|"
                              # "sold ... for $9.3bn to offset a massive back tax bill": what the money is for
                              r"to\s(?:offset|pay|cover|fund|help|meet|settle|repay|finance))\b")
#: Measures that are portions already: a percentage of them is no share of a share.
_PORTIONS = {"share", "market share", "stake", "share price", "index"}


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
        if word and word.group(1).lower() in _GROWERS and growth[-1].group().lower() == "growth":
            return f"{word.group(1).lower()} growth"  # "economic growth", "export growth"
    if re.search(r"\b(?:economy(?!\s(?:fares?|class|seats?|tickets?|cabins?))|economies|GDP)\b",
                 sentence[start:q.start]):
        return "economic growth"  # "China's booming economy, which expanded more than 9%"
    return "growth"


#: "was worth a record £1,152m", "is now worth about $2bn": the amount is a value.
_WORTH = re.compile(r"\b(?:was|were|is|are|be|been|being)\s(?:now\s|still\s|already\s)?worth\s"
                    r"(?:(?:a|an|record|about|around|some|nearly|almost|estimated|more|than|over|just|only|up|to)\s)*$")


#: An article or possessive right before an amount: "a $99 iPod", "its £199 handset".
_BEFORE_A_NAME = re.compile(r"\b(?:a|an|the|its|their)\s$")
#: "the $27bn Russia says Yukos owes in taxes": a sum a name owes, after whoever says so.
_OWED_AFTER = re.compile(r"\s(?:(?:that|which)\s)?(?:[A-Z][\w-]*\s(?:says|said|claims|claimed|believes|alleges)\s)?"
                         r"(?:(?:that|the)\s)?(?:[A-Z][\w&-]*\s)+(?:still\s)?(?:owes|owed)\b"
                         r"(\s(?:it\s|them\s)?in\s(?:back\s|unpaid\s)?tax(?:es)?)?")


def metric_of(sentence: str, q: Quantity, is_change: bool, value: float) -> str:
    """A short noun phrase for what the figure measures ("pre-tax profit", "revenue growth"); an
    amount each one of many gets says so ("profit share, each")."""
    name = _metric_of(sentence, q, is_change, value)
    if is_money(q.unit) and not is_change and _LOST_BEFORE.search(sentence, 0, q.start):
        # "Thailand may lose 30bn baht in earnings from tourism": earnings lost, a loss
        return f"lost {name}" if name in _LEVELS else "loss"
    if name and is_money(q.unit) and not is_change and _EACH_AFTER.match(sentence, q.end):
        return f"{name}, each"  # "a profit share worth on average £52 each": one member's, not everyone's
    return name


#: "may lose", "lost about": an amount lost, right before it.
_LOST_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost)\s(?:(?:about|around|some|nearly|almost|up\sto|more\sthan|"
                          r"an\sestimated|as\smuch\sas|a\sfurther|another)\s)*$")
#: "£52 each", "$13 apiece", "£5 per member": an amount for each one of many.
_EACH_AFTER = re.compile(r"\s(?:each|apiece|a\shead|per\s(?:member|person|head|household|customer|employee|worker|"
                         r"passenger|subscriber|user|policyholder|shareholder))\b")


#: "restate $9bn in earnings": what was restated, named after the amount.
_IN_EARNINGS = re.compile(r"\s(?:of|in)\s(?:its\s|their\s)?(?:earnings|profits?|income|results)\b")
#: "makes up 45% of", "accounts for about 20% of": a portion of a whole named after the figure.
_MAKES_UP = re.compile(r"\b(?:makes?|made|making|account(?:s|ed|ing)?|represent(?:s|ed|ing)?|comprises?|"
                       r"constitut(?:es?|ed|ing))\s(?:up\s|for\s)?(?:(?:about|around|nearly|almost|some|more\sthan|"
                       r"less\sthan|just\sover|just\sunder|only)\s)?$")
_PORTION_OF = re.compile(r"\sof\s(?:its|their)\s((?:[a-z-]+\s)?[a-z-]+)(?=[.,;:)]|$)")
#: "31p a share", "$4.50 per share": money for each share.
_PER_SHARE = re.compile(r"\s(?:in\s(?:cash|stock)\s)?(?:a|per|for\seach|for\severy|each)\s(?:[A-Z][\w&]*\s)?"
                        r"(?:ordinary\s)?share\b")


def _metric_of(sentence: str, q: Quantity, is_change: bool, value: float) -> str:
    start = clause_start(sentence, q.start)
    if re.match(r"\s*(?:which|that)\b", sentence[start:q.start]):
        start = clause_start(sentence, max(0, start - 2))  # "China's economy, which expanded 9%"
    if _INVEST_VERB.search(sentence, start, q.start):
        target = _investment_target(sentence, q)
        if target:  # "spend $2.4bn on a plant", "put $2.4bn into a plant": an investment
            return target
    if is_money(q.unit) and SUED_FOR.search(sentence, 0, q.start):
        return "damages sought"  # "it will sue Baikal and others ... for $20bn in damages"
    if is_money(q.unit) and not re.search(r"(?:bn|m|million|billion)$", q.quote) \
            and (PRICED_AFTER.match(sentence, q.end) or _BEFORE_A_NAME.search(sentence, 0, q.start)
                 and re.match(r"\s(?:[a-z][A-Z]|[A-Z])[\w-]*(?:\s[a-z]+)?[\s,.;]", sentence[q.end:q.end + 40])):
        return "price"  # "£30 to £40 console or PC titles", "a $99 iPod shuffle": what it costs
    restated = RESTATED.search(sentence, 0, q.start) if is_money(q.unit) else None
    if restated and (restated.group("what") or _IN_EARNINGS.match(sentence, q.end)):
        return "earnings restatement"  # "restate its earnings by up to $9bn", "restate $9bn in earnings"
    portion = _PORTION_OF.match(sentence, q.end) if q.unit == "%" else None
    if portion is not None and _MAKES_UP.search(sentence, max(0, q.start - 40), q.start):
        # "mortgage lending, which makes up 45% of its loans": a share of the loans, not the lending's size
        return f"share of {portion.group(1)}"
    if is_money(q.unit) and _PER_SHARE.match(sentence, q.end):
        # "special dividends of $4.50 a share", "at the same price paid for the BSkyB holding of 31p a
        # share": money paid for each share, no price the shares trade at
        said = sentence[start:q.start]
        if re.fullmatch(r"\W*for\s(?:about\s|around\s|some\s)?", said):
            # "Fosters bought 18.8% of Southcorp, the global winemaker behind ..., for 4.17 Australian dollars
            # per share": the verb is the clause's before the aside
            said = sentence[max(0, start - 200):q.start]
        if re.search(r"\bdividends?\b|\bpayouts?\b", said, re.I):
            return "dividend per share"
        if re.search(r"\b(?:offer\w*|bid\w*|paid|pay|pays|paying|price\soffered|valu\w+|tender\w*|buy\w*|bought|"
                     r"swap\w*|acqui\w+|takeover)\b", said, re.I):
            return "offer price per share"
    owed = _OWED_AFTER.match(sentence, q.end)
    if is_money(q.unit) and owed:
        return "tax claim" if owed.group(1) else "amount owed"  # "the $27bn Russia says Yukos owes in taxes"
    if is_money(q.unit) and _WORTH.search(sentence, max(start, q.start - 60), q.start):
        # "grew by 100% and was worth a record £1,152m": what it is worth, not the growth before it
        return "value"
    changed = _CHANGED_OBJECT.search(sentence, start, q.start)
    if changed:
        # "Pernod has reduced the debt it took on to fund the Seagram purchase to just 1.8bn euros":
        # the measure is what the verb changed, whatever noun stands nearer the figure
        named = next((name for pattern, name in _METRIC_RE if pattern.search(changed.group(1))), "")
        if named:
            return as_change(named, q, is_change, value)
    gap = _GAP_BETWEEN.search(sentence, start, q.start)
    # "The gap between US exports and imports hit $671.7bn": the figure is the gap, not the
    # imports that happen to stand nearest to it.
    name = gap.group(1).lower() if gap else _nearest_metric(sentence, q, start, is_change)
    if gap and name in ("gap", "difference") and re.search(r"\bexport(?:s|ed)\b", sentence[gap.start():q.start]) \
            and re.search(r"\bimport(?:s|ed)\b", sentence[gap.start():q.start]):
        # "The gap between US exports and imports has widened to more than $60bn", "the difference between
        # what the UK exported and imported was £3.1bn"
        name = "trade deficit"
    if not name and (re.search(r"(?:\s[-\u2013\u2014]|\()\s*$", sentence[max(0, start - 3):start])
                     or _REACHING.match(sentence, start) or GOES_ON_BY_PAST_VERB.match(sentence, start)
                     # a clause break at "but" leaves "but" before the clause
                     or GOES_ON_BY_PAST_VERB.match(sentence, max(0, start - 4))):
        # "rising inflation - reaching 0.7% month-on-month -": an aside measures what it describes;
        # "Inflation, however, has been rising, hitting an annual rate of 1.6%": so does a clause of
        # reaching, past the asides before it, and one going on by its verb ("Shares of IPC dipped on
        # the news, but recovered to trade almost 6% higher")
        back = start
        for _ in range(3):
            back = clause_start(sentence, max(0, back - 3))
            name = _nearest_metric(sentence, q, back, is_change)
            if name or back == 0:
                break
    if name == "growth":
        name = _what_grew(sentence, q, start)
    if name == "investment" and q.is_currency:
        return _investment_target(sentence, q) or name
    if q.unit == "%" and not is_change and name in _MONEY_MEASURES:
        # "a deal to buy 26% of Indian firm Hindustan Oil": a stake; "24% have bought clothes": a share
        traded = name in ("purchase price", "sale price", "deal value") and re.match(r"\s+of\s", sentence[q.end:])
        return "stake" if traded else "share"
    return as_change(name, q, is_change, value)


#: Measures only an amount of money can be.
_MONEY_MEASURES = {"purchase price", "sale price", "deal value", "payment", "loan", "fine", "donation", "prize",
                   "amount raised", "amount owed", "amount received", "compensation", "valuation"}


#: A clause that says where its sentence's measure got to: "hitting an annual rate of", "reaching".
_REACHING = re.compile(r"\s*(?:hitting|reaching|touching|taking\sit\sto|bringing\sit\sto|topping|passing)\b")


def as_change(name: str, q: Quantity, is_change: bool, value: float) -> str:
    """The measure of a change of ``name``: a percentage's "share price" -> "share price change",
    "profit" -> "profit growth" or "profit decline"; a sum that fell, "costs" -> "costs decline";
    other figures keep ``name``."""
    if q.unit in ("%", "pp") and is_change:
        base = name.removesuffix(" change")
        if base in ("share price", "index"):
            return f"{base} change"
        if base in _LEVELS:
            return f"{base} {'growth' if value >= 0 else 'decline'}"
    elif is_change and value < 0 and name in _LEVELS:
        # "reduce costs by $5bn": a fall in money says so in its measure, whatever sign a reader gives it
        return f"{name} decline"
    return name


#: "reduced the debt it took on to fund the purchase to just": a verb of change, its object, and the
#: "to" or "by" that leads to the figure.
_CHANGED_OBJECT = re.compile(r"\b(?:reduc\w*|cut(?:s|ting)?|rais(?:e|es|ed|ing)|increas\w*|lower\w*|trim\w*|slash\w*|"
                             r"halv\w*|doubl\w*)\s((?:its|the|their)\s(?:[\w-]+\s){0,2}?(?:debts?|costs?|stake|"
                             r"dividend|forecasts?|prices?|spending|workforce|budget|deficit|borrowing|losses|"
                             r"holding|capacity))\b[^.;%]{0,60}?\s(?:to|by)\s(?:just\s|about\s|around\s|some\s)?$")
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


_COMPARED = re.compile(r"\b(?:from|than|compared\swith|against|versus|vs\.?)\s(?:a\s|about\s)?$")
_YEAR_EARLIER = re.compile(r"^\s*(?:a\s)?(?:year[\s-]earlier|a\syear\s(?:ago|earlier|before)|the\syear\sbefore|"
                           r"(?:in\s)?the\s(?:previous|prior|same)\s(?:year|period|quarter))")
_NOUN_OF = re.compile(r"\b(?:an?|the|its|their|his|her)\s((?:[a-z-]+\s){0,2}[a-z-]+)\s(?:of|at)\s"
                      r"(?:about\s|around\s|some\s|nearly\s)?$")


def fallback_metric(sentence: str, q: Quantity, earlier: list[Figure]) -> str:
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
    # "by an average of 3%", "a total of $5m": how the amount is counted, not what it measures;
    # "ended the day down at $8.08", "to the tune of $2m": when, which way or how much, no measure
    return noun.group(1) if noun and noun.group(1) not in _COUNTING_NOUNS \
        and not any(word in _FUNCTION for word in noun.group(1).split()) else ""


_COUNTING_NOUNS = {"average", "total", "maximum", "minimum", "sum total", "figure", "rate"}


#: A verb of taking money right before an amount: "it made ", "took ", "has grossed ".
_TAKINGS_VERB = re.compile(r"\b(?:made|makes|took|takes|taken|earned|grossed|pulled\sin|brought\sin)\s"
                           r"(?:[\w-]+\s){0,2}$")
# Verbs before a figure that say what an amount is, when no measure word does.
_VERB_MEASURES = (
    (r"pa(?:y|ys|id|ying)", "payment"), (r"rais(?:e|es|ed|ing)", "amount raised"), (r"owe[sd]?|owing", "amount owed"),
    (r"cost(?:s|ing)?", "cost"), (r"borrow\w*", "borrowing"), (r"sav(?:e|es|ed|ing)", "savings"),
    (r"earn\w*", "earnings"), (r"ma(?:de|ke|kes|king)", "profit"),
    (r"s(?:ell|old|elling)\s(?:[\w-]+\s){0,4}for", "sale price"),
    (r"b(?:uy|ought|uying)\s(?:[\w-]+\s){0,4}for", "purchase price"), (r"lend\w*|lent", "loan"),
    (r"donat\w*", "donation"), (r"award\w*", "award"), (r"w(?:in|on|ins)", "prize"), (r"charg\w*", "charge"),
    (r"offer\w*", "offer"), (r"bid\w*", "bid"), (r"allocat\w*|earmark\w*|set aside", "allocation"),
    (r"pledg\w*|promis\w*", "pledge"), (r"receiv\w*|got|gets", "amount received"),
    (r"spen[dt]\w*", "spending"), (r"lost|lose[s]?|losing", "loss"), (r"fin(?:e|es|ed|ing)", "fine"),
)
_VERB_MEASURE_RE = [(re.compile(rf"\b(?:{p})\b(?:\s(?:[\w-]+\s){{0,3}})?$", re.I), name) for p, name in _VERB_MEASURES]
_FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "its",
             "against", "versus", "if", "when", "while", "because", "but", "so", "then", "after", "before",
             "despite", "unless", "until", "since", "though", "although", "whereas", "into", "onto", "under",
             "their", "his", "her", "this", "that", "which", "who", "is", "was", "were", "are", "be", "been",
             "has", "have", "had", "will", "would", "than", "as", "per", "each", "year", "years", "last", "next",
             "a year", "more", "less", "about", "around", "over", "up", "down", "some", "just", "only", "off",
             "they", "we", "it", "he", "she", "you", "i", "them", "us",  # "80% said they": no noun
             # times, places and counts after an amount say when or where, not what: "4.5% today",
             # "sent $16.6bn home", "to the tune of $2m", "$800m - well below other offers"
             "today", "yesterday", "tomorrow", "now", "day", "days", "week", "weeks", "month", "months", "home",
             "abroad", "well", "below", "above", "tune", "one", "two", "three", "four", "five", "six", "seven",
             "eight", "nine", "ten", "much", "many"}


_OPENS_CLAUSE = re.compile(r"\W*(?:(?:and|but|while|with)\s)?(?:(?:about|around|nearly|almost|some|roughly|another|"
                           r"a further|the other|the remaining|just|only|over|more than|less than|an estimated)\s)*",
                           re.I)


def describe_unnamed(sentence: str, q: Quantity) -> str:
    """What a figure no measure word names is, in the article's own words: the noun after it
    ("a $232m charge", "the A$1.2bn rebuild"), the verb before it ("agreed to pay $850m" -> payment,
    "raise at least 16.4bn rupees" -> amount raised), else what kind of number it is ("amount",
    "percentage"). Never empty."""
    after = _without_conversions(sentence[q.end:q.end + 60])
    # "£35bn - £2.5bn less than": the letters of another amount ("bn") are no noun
    words = re.findall(r"[A-Za-z][a-z-]*", re.sub(r"\S*\d\S*", " ", after.split(",")[0].split(";")[0]))[:3]
    if q.unit in ("%", "pp") and _OPENS_CLAUSE.fullmatch(sentence[clause_start(sentence, q.start):q.start]):
        # "Of its bondholders, 38.4% reside in Argentina": a share that is its clause's subject is
        # followed by its verb, not by what it measures
        words = []
    noun: list[str] = []
    for word in words:
        if noun and re.fullmatch(r"\w+(?:ed|ly)", word.lower()):
            # "the 11.3% creditors previously hoped to receive": before an adverb, the words after it
            # are a clause's subject, not a measure; "a 7.5m euro project funded by" keeps its noun
            noun = noun if word.lower().endswith("ed") else []
            break
        if word.lower() in _FUNCTION or word.lower() in REPORTING_VERBS or word[0].isupper():
            break
        noun.append(word.lower())
    if noun and not re.fullmatch(r"\w+(?:ed|ing|ly)", noun[0]):
        return " ".join(noun[:2])
    clause = sentence[clause_start(sentence, q.start):q.start]
    if q.unit not in ("%", "pp") and re.search(r"\bbox[- ]office\b", sentence, re.I) and _TAKINGS_VERB.search(clause):
        return "box office takings"  # "broke the box office records ..., when it made $12.2m": no profit
    for pattern, name in _VERB_MEASURE_RE if q.unit not in ("%", "pp") else ():
        # money only: "made $5m" is a profit, "To make matters worse 90% of ..." no percentage of one
        if pattern.search(clause):
            return name
    if q.unit in ("%", "pp"):
        return "share" if re.match(r"^\s+of\b", sentence[q.end:]) else "percentage"
    return {"x": "multiple"}.get(q.unit, "amount")
