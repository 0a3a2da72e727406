"""amounts."""

from __future__ import annotations

import re

from figures.model import Kind
from figures.numbers import (
    FRACTION_WORDS,
    SCALES,
    ratio,
)
from figures.scan.attach import PER_INITIALS, dot_grouping, per_unit, suffix
from figures.scan.currency import currency_before
from figures.scan.numerals import fraction, numeral_at, read_word_number, sign
from figures.scan.state import Amount, Scanner

# ISO codes that, glued to a one- or two-digit number, name something else.
_ACRONYM_CODES = frozenset(["COP"])


_A_FRACTION = re.compile(
    r"an?\s(third|quarter|half|fifth|sixth|eighth|tenth)"
    r"(?=\s+of\b|\s*[^\w\s]|\s*\Z|\s+(?:percentage\s+)?points?\b|\s+per\s?cent)",
    re.IGNORECASE,
)


_OF_A_SCALE = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}an?[ \t]{1,3}(thousand|million|billion|trillion)\b", re.IGNORECASE
)


def amount_at(sc: Scanner, start: int, end: int, word: bool) -> Amount | None:
    """Read one amount whose numeral is at [start, end) (digits) or starts at start."""
    text = sc.text
    if word:
        if sc.lang is None:
            got = read_word_number(text, start)
        else:
            from figures.scan.locale_words import read_number as read_locale_number

            got = read_locale_number(sc.lang, text, start)
        if got is None:
            return None
        numeral, wend = got
        a = Amount(start, wend, start, wend, numeral.value, numeral.precision, False)
        a.word = True
        last = text[max(start, wend - 9) : wend].rsplit(None, 1)[-1].lower()
        scales = SCALES if sc.lang is None else sc.lang.scales
        if len(last) > 2 and last in scales:
            # "six million": the scale a first end may share ("five to six million")
            a.factor, a.scaled = scales[last], True
    else:
        b = numeral_at(sc, start, end)
        if b is None:
            return None
        a = b
        nxt = text[end : end + 1]
        if a.integer_text and (nxt == "/" or (nxt == " " and text[end + 1 : end + 2].isdigit())):
            fraction(sc, a)
    # currency before: "$5", "US$ 5", "USD34.6", "Rs. 2.5"
    s = sign(sc, a, a.start)
    if (
        s == a.start
        and s > 0
        and text[s - 1] == "%"
        and (s < 2 or not text[s - 2].isalnum())
        and a.kind is Kind.NUMBER
    ):
        # "%5": the percent sign before the number, as Turkish writes it
        a.kind, a.unit, a.start = Kind.PERCENT, "percent", s - 1
        s = a.start = sign(sc, a, a.start)
    if s == a.start:
        cur = currency_before(text, a.start)
        if (
            cur is not None
            and text[a.start - 1].isalpha()
            and a.start - cur[0] == 3
            and cur[1] in _ACRONYM_CODES
            and a.integer_text
            and len(text[a.num_start : a.num_end]) <= 2
        ):
            # "COP28": the UN climate conference, not 28 Colombian pesos. Otherwise a
            # glued code is money, as babel writes it ("VND5", "COP5000")
            cur = None
        if cur is not None and cur[0] >= sc.done:
            a.start, a.currency, a.kind, a.prefix_currency = cur[0], cur[1], Kind.MONEY, True
            a.assumed = cur[2]
            a.start = sign(sc, a, a.start)
    else:
        a.start = s
        # "-$5" has the currency after the sign, "€ -5,00" (Dutch) before it
        cur = currency_before(text, a.num_start) or currency_before(text, s)
        if cur is not None and cur[0] >= sc.done:
            a.currency, a.kind, a.prefix_currency = cur[1], Kind.MONEY, True
            a.assumed = cur[2]
            a.start = min(a.start, cur[0])
    suffix(sc, a)
    if a.currency is not None and not a.word and not a.scaled and sc.dot_decimal:
        dot_grouping(sc, a)
    if (
        a.kind is Kind.MONEY
        and a.unit is None
        and (text[a.end : a.end + 1] == "/" or text[a.end + 1 : a.end + 2] in PER_INITIALS)
        and text[a.end : a.end + 1] in "/ "
    ):
        per_unit(sc, a)  # "$80 a barrel", "$15.4/hour"
    return a


def a_fraction(sc: Scanner, start: int) -> Amount | None:
    """'a third of', 'a quarter percentage point', 'a fifth.': a fraction introduced
    by 'a' (not 'for a third time', an ordinal), with what follows it read too."""
    m = _A_FRACTION.match(sc.text, start)
    if m is None:
        return None
    value = ratio(1, FRACTION_WORDS[m.group(1).lower()])
    a = Amount(start, m.end(), start, m.end(), value, None, False)
    a.word = True
    of = _OF_A_SCALE.match(sc.text, m.end())
    if of is not None:
        # "a quarter of a million"
        a.value = value * SCALES[of.group(1).lower()]
        a.end = a.num_end = of.end()
        a.scaled = True
    suffix(sc, a, allow_scale=False)
    return a
