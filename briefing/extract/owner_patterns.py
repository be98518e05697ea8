"""The words the owner rules share: what an economy measures, what a company measures, the nouns
a measure is named by, "the firm" and its kin, and the reporting verbs.

Each pattern used by one rule only stays next to that rule; these are read by several of
:mod:`.owners`, :mod:`.focus`, :mod:`.sentence_names`, :mod:`.bound_names`, :mod:`.clause_owners`, :mod:`.holders`
and :mod:`.groups`.
"""

from __future__ import annotations

import re

from briefing.extract.lexicon import COMPANY_NOUNS, DAY_OR_MONTH, REPORTING_VERBS

#: Measures only an economy has (a country, a region, a market), whatever the article is about.
ECONOMY_ONLY = re.compile(
    r"\b(?:gdp|gross domestic product|economy|economic|inflation|unemployment|jobless|interest rates?|base rate|"
    r"trade (?:deficit|surplus|gap)|budget deficit|current account|exports?|imports?|public debt|exchange rate|"
    r"consumer (?:prices|spending|confidence)|house prices|retail sales|industrial (?:output|production)|"
    r"manufacturing|public spending|tax revenues?|foreign direct investment)\b", re.I)
#: Measures that belong to an economy (a country, a region, a market) rather than to a company.
ECONOMY = re.compile(
    r"\b(?:gdp|gross domestic product|economy|economic|inflation|unemployment|jobless|interest rates?|"
    r"base rate|deficit|surplus|exports?|imports?|trade|budget|public debt|borrowing|consumer|retail|"
    r"house prices|industrial|manufacturing|exchange rate|currency|wages|productivity|tax|subsid\w*|"
    r"consumption|confidence|population|poverty|aid|reserves|growth|output|spending|prices|investment)\b",
    re.I)
#: Measures that are a company's even when an economy's words stand near them ("sales growth").
COMPANY_MEASURE = re.compile(r"\b(?:sales|profits?|revenues?|earnings|turnover|shares?|stakes?|stock|dividend|"
                             r"margins?|market share|valuation|market value|operating)\b", re.I)
#: The nouns a measure is named by ("BA's profits", "Toyota sales", "shares in Northwind").
MEASURE_NOUNS = (r"(?:shares?|stock(?!\s(?:exchange|market))|sales|profits?|earnings|revenues?|turnover|income|"
                 r"losses?|output|production|"
                 r"jobs|workforce|staff|prices?|value|valuation|costs?|spending|investment|debts?|market share|"
                 r"business|operations|dividend|margins?|orders|bookings|traffic|subscribers|users|customers)")
#: "the existing firm", "the rival bank", "the new operator": words that set a company apart from the one
#: in focus.
_OTHER = r"(?:[\w,-]+\s){0,2}?(?:existing|other|rival|former|incumbent|new|smaller|larger|bigger|competing)\s"
#: "the firm", "the Australian company", "the Jacksonville-based group": the entity in focus; "the
#: central bank" is no company the article follows, but a country's bank, and "the existing firm" another one.
DESCRIPTION = rf"the\s(?!central\sbank\b)(?!{_OTHER})(?:[\w,-]+\s){{0,3}}?(?:{'|'.join(COMPANY_NOUNS)})"
#: A company noun right after a name, part of how it is written: "the Lagardere group, which owns 30%".
NAME_NOUN = rf"(?:\s(?:{'|'.join(COMPANY_NOUNS)}))?"
#: "restate its earnings by up to", "restate": results rewritten by the amount that follows, up or down;
#: ``what`` holds the results when they come before the amount ("restate $9bn in earnings" names them after).
RESTATED = re.compile(r"\brestat(?:e|es|ed|ing)\s(?P<what>(?:its\s|their\s)?(?:[\w-]+\s)?(?:earnings|profits?|results|"
                      r"accounts|income)\s(?:by\s)?)?(?:(?:up\sto|about|around|some|nearly|almost|more\sthan|"
                      r"as\smuch\sas)\s)*$")
#: A quote written as a percentage: "29%", "Forty per cent".
PERCENTAGE = re.compile(r"(?:%|per\s?cent)$")
#: The reporting verbs as one alternation ("said|says|reported|...").
VERBS = "|".join(REPORTING_VERBS)
#: What a state does with its money, right after its name: "lent", "has pledged", "will spend", "to repay".
STATE_PAYS = re.compile(r"\s(?:(?:has|have|had|will|would|is\sto|also|to)\s)?(?:lent|loaned|lends|paid|pays|gave|"
                        # "enable Turkey to defer payments on loans worth $3.7m": what it owes
                        r"borrow|borrowed|borrows|repay|repaid|repays|defer|deferred|defers|owes|owed|"
                        r"given|gives|spent|spends|spend|invested|invests|invest|offered|offers|pledged|pledges|"
                        r"promised|granted|donated|provided|earmarked|"
                        # "the US had increased support for Africa from $1.1bn": a state's own aid
                        r"(?:increased|raised|doubled|tripled|cut|reduced|boosted)\s(?:its\s|their\s)?"
                        r"(?:support|aid|spending|funding|assistance|contributions?))\b")
#: What a body finds and publishes: "figures", "research", "survey" ...
FINDINGS = r"(?:figures|data|survey|research|report|study|statistics|estimates|analysis|numbers|findings|index|poll)"
#: A name's findings: "Halifax's own monthly figures on house sales", "Nationwide's index".
FINDINGS_OF = re.compile(rf"(?:'s|\u2019s)\s(?:own\s|latest\s|new\s)?(?:[a-z-]+\s){{0,2}}{FINDINGS}\b"
                         r"(?!\s(?:of|for)\s[A-Z])")
#: "it will sue Baikal and others ... for $20bn": a sum a lawsuit seeks, right after the verb of suing's "for".
SUED_FOR = re.compile(r"\b(?:sue|sues|sued|suing)\b[^.;]{0,100}?\sfor\s(?:(?:about|around|more\sthan|up\sto|at\sleast|"
                      r"some|nearly|almost)\s)?$")
#: An amount written before the product it prices: "£30 to £40 console or PC titles", "a £199 handset".
PRICED_AFTER = re.compile(r"\s(?:to\s[$\u00a3\u20ac\u00a5]?[\d.,]+\s)?((?:(?:(?!(?:for|the|of|in|to|a|an|at|per|each|"
                          r"from|with|on|by|is|was|are|were)\b)[a-z-]+|[A-Z]{2,4})\s(?:or\s|and\s)?){0,3}"
                          r"(?:titles?|games?|consoles?|handsets?|phones?|players?|machines?|computers?|PCs?|laptops?|"
                          r"notebooks?|cameras?|devices?|gadgets?|cars?|tickets?|flights?|printers?|televisions?|TVs?|"
                          r"models?|versions?|subscriptions?|packages?|tariffs?|upgrades?|downloads?|albums?|singles?))\b"
                          # "a £10 subscription fee": the measure is named after it
                          r"(?!\s(?:fees?|charges?|prices?|costs?|deals?|contracts?|market|sales|revenues?))")
#: A time opening a sentence before its subject, with or without a comma: "In 2001 ", "Last year, ", "On Monday ",
#: "In June 2004 ", "Now ".
_TIME_WORD = r"(?:year|week|month|quarter|half|spring|summer|autumn|winter|morning|afternoon|evening|night|decade)"
TIME_OPENER = re.compile(rf"(?:(?:In|By|On|At|Since|During|Until|Before|After)\s(?:the\s)?"
                         rf"(?:\d{{4}}|{DAY_OR_MONTH}(?:\s\d{{1,4}})?|(?:[a-z]+\s)?{_TIME_WORD}(?:\sof\s\d{{4}})?)|"
                         rf"(?:Last|This|Next|Earlier\sthis|Later\sthis)\s{_TIME_WORD}|Earlier|Later|Meanwhile|Now|Today|"
                         r"Then|So\sfar),?\s")
