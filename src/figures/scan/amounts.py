"""amounts."""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind, Qualifier
from figures.numbers import (
    FRACTION_WORDS,
    SCALES,
    Numeral,
    ratio,
)
from figures.scan.anchors import AFTER_A
from figures.scan.attach import suffix
from figures.scan.currency import currency_before
from figures.scan.minor_units import dot_grouping
from figures.scan.numerals import fraction, numeral_at, read_word_number, sign
from figures.scan.state import Amount, Scanner
from figures.scan.unit_after import PER_INITIALS, per_unit

# An enum member read through its class costs about 0.1 µs (the enum type's attribute
# look-up); the hot paths read these module constants instead.
_MONEY, _NUMBER, _PERCENT = Kind.MONEY, Kind.NUMBER, Kind.PERCENT

# ISO codes that, glued to a one- or two-digit number, name something else.
_ACRONYM_CODES: Final = frozenset(["COP"])


# "a third of", "a quarter point": the fraction words "a" may stand before.
_A_FRACTION: Final = re.compile(
    r"an?\s(" + alternation(sorted(w for w in AFTER_A if w in FRACTION_WORDS)) + ")"
    r"(?=\s+of\b|\s*[^\w\s]|\s*\Z|\s+(?:percentage\s+)?points?\b|\s+per\s?cent)",
    re.IGNORECASE,
)


# "half of a million" (en.json "big_scales")
_OF_A_SCALE: Final = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}an?[ \t]{1,3}("
    + alternation(load_language("en")["big_scales"])
    + r")\b",
    re.IGNORECASE,
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
        if a.integer_text and (
            nxt == "/"
            or (nxt in " -" and text[end + 1 : end + 2].isdigit())
            or (sc.lang is not None and text.startswith("  ", end))  # "2  1/4"
        ):
            fraction(sc, a)
    if a.start > 0 and text[a.start - 1] == "(" and text[a.num_end : a.num_end + 1] == ")":
        bracketed_negative(sc, a)  # "$(1.2) million"
    if a.currency is None and not plain_word_before(text, a.start, sc.lower_tails):
        prefix(sc, a)  # (not after "was 5", "of 5": the common case)
    suffix(sc, a)
    if text.startswith("-plus", a.end) and not text[a.end + 5 : a.end + 6].isalnum():
        a.end += 5  # "a $1.5 billion-plus bid", "100,000-plus fans": more than that
        a.qualifier = Qualifier.OVER
    if (
        a.currency is not None
        and not a.word
        and not a.scaled
        and sc.dot_decimal
        and text[a.num_end - 4 : a.num_end - 3] == "."  # "Rp 350.000": a dot, 3 digits
    ):
        dot_grouping(sc, a)
    if (
        a.kind is _MONEY
        and a.unit is None
        and (text[a.end : a.end + 1] == "/" or text[a.end + 1 : a.end + 2] in PER_INITIALS)
        and text[a.end : a.end + 1] in "/ "
    ):
        per_unit(sc, a)  # "$80 a barrel", "$15.4/hour"
    return a


def short_word_amount(
    sc: Scanner, start: int, end: int, numeral: Numeral, first_end: int
) -> Amount:
    """``amount_at(sc, start, first_end, True)`` for English copy where the number is
    what :func:`figures.scan.numerals.short_word_number` read (``numeral``, ending at
    ``end``): one unit or tens word ("two years"), or such a word and a scale word
    ("four billion dlrs") when the word ends at ``first_end`` before ``end``. No
    bracket makes a spelled-out number negative and no dot groups it, so only the
    scale, the prefix, the suffix, "-plus" and a unit per are read. Its law in
    tests/test_laws_fast_search.py."""
    text = sc.text
    a = Amount(start, end, start, end, numeral.value, numeral.precision, False)
    a.word = True
    if end != first_end:
        # amount_at()'s look at the last word: the scale after a blank ("four billion",
        # not "one-billion")
        last = text[max(start, end - 9) : end].rsplit(None, 1)[-1].lower()
        if len(last) > 2 and last in SCALES:
            a.factor, a.scaled = SCALES[last], True
    if not plain_word_before(text, start, sc.lower_tails):
        prefix(sc, a)
    suffix(sc, a)
    if text.startswith("-plus", a.end) and not text[a.end + 5 : a.end + 6].isalnum():
        a.end += 5
        a.qualifier = Qualifier.OVER
    if (
        a.kind is _MONEY
        and a.unit is None
        and (text[a.end : a.end + 1] == "/" or text[a.end + 1 : a.end + 2] in PER_INITIALS)
        and text[a.end : a.end + 1] in "/ "
    ):
        per_unit(sc, a)
    return a


def prefix(sc: Scanner, a: Amount) -> None:
    """A sign and a currency before the number: "$5", "US$ 5", "USD34.6", "Rs. 2.5",
    "-$5", "€ -5,00", "SR5bn". (Nothing after a plain word, :func:`plain_word_before`:
    the caller asks that first.)"""
    text = sc.text
    s = sign(sc, a, a.start)
    if (
        s == a.start
        and s > 0
        and text[s - 1] == "%"
        and (s < 2 or not text[s - 2].isalnum())
        and a.kind is _NUMBER
    ):
        # "%5": the percent sign before the number, as Turkish writes it
        a.kind, a.unit, a.start = _PERCENT, "percent", s - 1
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
            a.start, a.currency, a.kind, a.prefix_currency = cur[0], cur[1], _MONEY, True
            a.assumed = cur[2]
            a.start = sign(sc, a, a.start)
    else:
        a.start = s
        # "-$5" has the currency after the sign, "€ -5,00" (Dutch) before it
        cur = currency_before(text, a.num_start) or currency_before(text, s)
        if cur is not None and cur[0] >= sc.done:
            a.currency, a.kind, a.prefix_currency = cur[1], _MONEY, True
            a.assumed = cur[2]
            a.start = min(a.start, cur[0])
    if a.currency is None and s == a.start and s > 0 and text[s - 1].isalpha():
        local_prefix(sc, a)


def plain_word_before(text: str, s: int, tails: frozenset[str]) -> bool:
    """True when a lower-case word and one space or line break stand before ``s``
    ("was 5", "profit of\n5") and the word can be neither "minus" (a sign) nor a
    currency symbol or code (currency_before's own test on its last letters, ``tails``;
    none is read across a line break): prefix() has nothing to read."""
    if s < 2 or (text[s - 1] != " " and text[s - 1] != "\n"):
        return False
    c = text[s - 2]
    if not c.islower() or (c == "s" and "minus" in text[max(0, s - 8) : s].lower()):
        return False
    return (text[s - 3 : s - 1] if s > 2 else c) not in tails and c not in tails


# Letters glued before digits that name a currency only so, or only where the document
# says which: (letters, code, what the text must say or None).
_LOCAL_PREFIXES: Final[dict[str, tuple[str, re.Pattern[str] | None]]] = {
    "SR": ("SAR", None),  # "SR5bn": Saudi riyals
    "Dhs": ("AED", None),  # "Dhs500"
    "R": ("ZAR", re.compile(r"\brand\b|\bSouth African rand")),  # "R2.4 billion"
    "P": ("PHP", re.compile(r"\b[Pp]hilippine [Pp]esos?\b|\bpesos?\b.{0,200}\bPhilippines?\b")),
}


def local_prefix(sc: Scanner, a: Amount) -> None:
    """ "SR5bn", "R2.4 billion", "P2.5 billion": a currency prefix of local copy, glued
    to the digits, that the lexicon does not list (or lists for another currency); the
    single letters only when the document names the currency (rand, Philippine pesos)."""
    text, s = sc.text, a.start
    j = s
    while j > 0 and s - j < 3 and text[j - 1].isalpha():
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-_/"):
        return
    got = _LOCAL_PREFIXES.get(text[j:s])
    if got is None or j < sc.done:
        return
    code, cue = got
    if cue is not None and not sc.says(cue):
        return
    a.start, a.currency, a.kind, a.prefix_currency = j, code, _MONEY, True


def bracketed_negative(sc: Scanner, a: Amount) -> None:
    """A negative as accounts write it: "$(1.2) million" (a currency before the
    bracket), or "(1.2)" where the money figure before it on the same line is separated
    from it by nothing but figures and spaces (a table row). The amount is negative
    money and ends after the bracket."""
    text = sc.text
    if a.word:
        return
    cur = currency_before(text, a.start - 1)
    if cur is not None and cur[0] >= sc.done and text[cur[0] : a.start - 1].strip():
        a.currency, a.assumed, start = cur[1], cur[2], cur[0]
    elif (
        sc.last_money is not None
        and not a.integer_text
        and sc.last_money[0] >= a.start - 80
        and _TABLE_GAP.fullmatch(text, sc.last_money[0], a.start - 1) is not None
    ):
        _, a.currency, a.assumed = sc.last_money
        start = a.start - 1
    else:
        return
    a.value = -a.value
    a.kind, a.prefix_currency, a.note = _MONEY, True, "accounting negative"
    a.start, a.end = start, a.num_end + 1


# Between two cells of a table row: spaces and tabs, or other bracketed numbers.
_TABLE_GAP: Final = re.compile(r"[ \t]{1,40}")


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
