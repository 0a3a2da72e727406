"""reject_docs: what each reject rule of :mod:`figures.scan.rejects` rejects, with
examples (``RejectRule.doc``). Kept as data, not in the rules' docstrings: the compiled
build keeps no docstrings of its compiled functions, and this module is not compiled.
"""

from __future__ import annotations

from typing import Final

# What each rule rejects, with examples, by the rule's name.
RULE_DOCS: Final[dict[str, str]] = {
    "glued suffix": (
        'A letter suffix glued to the digits: an ordinal or decade ("3rd", "1990s"); a URL escape '
        'after them ("30%25%2020").'
    ),
    "word adjective": (
        'A number word made an adjective or ordinal: "two-year", "twenty-first" (but '
        '"five-year-old" is an age, a figure).'
    ),
    "word names a thing": 'A number word after a naming word: "World War Two", "Apollo Eleven".',
    "plain year": 'A year with nothing glued to it: "in 1987" (the common case, asked first).',
    "glued to a word": 'Digits glued to the letters before: "G7", "A320", "MH17".',
    "dashed name": 'A name, a dash, digits: "COVID-19", "F-16".',
    "numbered": 'A number sign before the digits: "#1", "№5".',
    "letters after": 'Letters glued after the digits that are no scale or unit: "3D", "5G", "4x4".',
    "decade": 'An apostrophe and two digits: "\'90s", "\'08".',
    "phone number": 'A telephone number: "+44 20 7946 0958", "(212) 555-0199", "1-800-555-0199".',
    "URL-encoded": (
        'Digits right after a URL escape\'s "%" ("%2020" is "%20" then "20"; "x%20USD"): a '
        "URL-encoded string gives no figures."
    ),
    "query string": 'A value in a URL\'s query string: "?q=30&page=2", "/search?id=5".',
    "exchange-rate level": (
        'An exchange-rate level, not money: "the dollar rose to 79.39 yen", "the euro was flat at '
        '85.90 pence" (only today\'s level: "seen at $1.20 by year-end" stays money).'
    ),
    "currency pair quote": (
        'A currency pair\'s quote, not money: "EUR/USD 1.0725", "USD/JPY at 145.20".'
    ),
    "date": 'A numeric date: "2024-03-01", "1/3/2024", "01.03.24".',
    "clock time": 'A clock time: "10:30", "9.30 a.m." (a decimal with a time word after it).',
    "zoned clock time": 'Four digits and a time zone: "0930 GMT", "1400 UTC" (no year, no count).',
    "hour": 'An hour: "at 9 am", "5 p.m.", "10 o\'clock".',
    "tenor": (
        'A period as an adjective: "10-year bond", "3-month bill" (but "45-year-old" is an age, a '
        "figure)."
    ),
    "dashed word": (
        'Digits, a dash, a word: part of a name or an adjective ("7-Eleven", "10-point plan").'
    ),
    "letter in brackets": 'A letter in brackets after the digits: "401(k)".',
    "ticker": 'An exchange ticker: "7203.T", "0005.HK".',
    "slashed digits": (
        'Digits, a slash, digits that are no fraction: "24/7", "9/11" (but "$30.56/month" is a '
        "price)."
    ),
    "fiscal year": 'A fiscal or season year: "2019-20", "1987/88", "2023–2024".',
    "year": 'A year with a mark after it: "in 1987.", "1990-".',
    "day of month": 'A day next to a month: "March 3", "3 March", "the 12th of May".',
    "names a thing": 'A number after a naming word: "Section 230", "Boeing 737", "version 2.0".',
}
