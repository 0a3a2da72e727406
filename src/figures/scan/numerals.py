"""numerals."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

from figures.numbers import (
    FRACTION_WORDS,
    NUMBER_SCALE_WORDS,
    NUMBER_WORDS,
    TENS_NUMBER_WORDS,
    UNIT_NUMBER_WORDS,
    Numeral,
    parse_digits,
    parse_number_words,
    parse_numeral,
    ratio,
)
from figures.scan.currency import currency_before
from figures.scan.state import Amount, Scanner

_WORDS_FOR_NUMBER: Final = re.compile(r"[A-Za-z]{1,12}(?=[\s\-]|$|[^\w])")


_NUM_SEP: Final = re.compile(r"(?:[ \t]{1,3}|-|[ \t]*-[ \t]*)(?=[A-Za-z])")


# Vulgar fraction characters as (numerator, denominator): exact, never via float.
_VULGAR: Final = {
    "½": (1, 2),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
}


def _proper(m: re.Match[str]) -> bool:
    """A fraction as news writes one: numerator below a denominator up to 100, and not
    '9/11' (the date that names an event)."""
    num, den = int(m.group(1)), int(m.group(2))
    return 0 < num < den <= 100 and (num, den) != (9, 11)


FRACTION_AT: Final = re.compile(r"(\d{1,3})/(\d{1,3})\b")


_UNIT_WORDS: Final = UNIT_NUMBER_WORDS


_TENS_WORDS: Final = TENS_NUMBER_WORDS


def _one_word(w: str) -> Numeral:
    got = parse_number_words([w])
    assert got is not None and got[1] == 1
    return got[0]


# The numbers one word says ("two", "Forty"): what parse_number_words reads from such a
# word followed by a word that is no number word ("two companies").
_ONE_WORD: Final[dict[str, Numeral]] = {w: _one_word(w) for w in (*_UNIT_WORDS, *_TENS_WORDS)}


def read_word_number(text: str, pos: int) -> tuple[Numeral, int] | None:
    """A spelled-out number at ``pos``: the numeral and its end offset.

    The common case first, one number word and no other after it ("two companies",
    "six."): read in two matches; else :func:`read_words`, the full reader (its law in
    tests/test_laws_fast_search.py)."""
    m = _WORDS_FOR_NUMBER.match(text, pos)
    if m is not None:
        one = _ONE_WORD.get(m.group(0).lower())
        if one is not None:
            sep = _NUM_SEP.match(text, m.end())
            nxt = None if sep is None else _WORDS_FOR_NUMBER.match(text, sep.end())
            if nxt is None or nxt.group(0).lower() not in NUMBER_WORDS:
                return one, m.end()
    return read_words(text, pos)


@functools.cache
def _pair(first: str, scale: str) -> Numeral | None:
    """The number two words say, a unit or tens word and a scale ("four billion"): what
    :func:`figures.numbers.parse_number_words` reads from them followed by a word that
    is no number word (read once per pair); None when it reads less ("twenty dozen")."""
    got = parse_number_words([first, scale])
    return got[0] if got is not None and got[1] == 2 else None


def short_word_number(low: str, pos: int, end: int) -> tuple[Numeral, int] | None:
    """``read_word_number(text, pos)`` when it reads the one word at [pos, end) alone
    ("two companies") or that word and a scale word ("four billion dlrs"), for an
    ASCII text whose lower-case copy is ``low`` and a word that ends at ``end`` (a word
    anchor, at most 12 letters); None when the word is no unit or tens word or the
    number goes on (then read it in full). Read in the lower-case copy: no lower() per
    word (the patterns ask only letters, which lower-casing ASCII keeps). Its law in
    tests/test_laws_fast_search.py."""
    first = low[pos:end]
    one = _ONE_WORD.get(first)
    if one is None:
        return None
    sep = _NUM_SEP.match(low, end)
    if sep is None:
        return one, end
    nxt = _WORDS_FOR_NUMBER.match(low, sep.end())
    if nxt is None:
        return one, end
    word = nxt.group(0)
    if word not in NUMBER_WORDS:
        return one, end
    if word not in NUMBER_SCALE_WORDS:  # (a scale: "four billion", "two lakh")
        return None
    # "four billion": read on only when no number word follows the scale
    sep = _NUM_SEP.match(low, nxt.end())
    after = None if sep is None else _WORDS_FOR_NUMBER.match(low, sep.end())
    if after is not None and after.group(0) in NUMBER_WORDS:
        return None
    pair = _pair(first, word)
    return None if pair is None else (pair, nxt.end())


def read_words(text: str, pos: int) -> tuple[Numeral, int] | None:
    """A spelled-out number at ``pos``, word by word: the numeral and its end offset."""
    words: list[str] = []
    ends: list[int] = []
    p = pos
    n = len(text)
    previous = ""
    spoken_digits = False
    while len(words) < 40 and p < n:  # 999,999,999,999,999 spelled out is 29 words
        m = _WORDS_FOR_NUMBER.match(text, p)
        if m is None:
            break
        word = m.group(0).lower()
        # "two thirds of a million": "of a" joins a fraction to a scale
        joins_fraction = word in ("of", "a", "an") and (
            previous in FRACTION_WORDS or previous == "of"
        )
        if word == "point":
            spoken_digits = True  # "point zero three": digits one after another
        if not joins_fraction and (
            word not in NUMBER_WORDS
            # "one one", "twenty thirty": no number goes on like this, so stop reading
            # (this also keeps the work per anchor small on "one one one ...")
            or (word in _UNIT_WORDS and previous in _UNIT_WORDS and not spoken_digits)
            or (word in _TENS_WORDS and previous in _TENS_WORDS)
        ):
            if word not in NUMBER_WORDS:
                words.append(m.group(0))  # one word of look-ahead for the parser
                ends.append(m.end())
            break
        previous = word
        words.append(m.group(0))
        ends.append(m.end())
        s = _NUM_SEP.match(text, m.end())
        if s is None:
            break
        p = s.end()
    got = parse_number_words(words)
    if got is None:
        return None
    numeral, used = got
    return numeral, ends[used - 1]


_ONE: Final = Decimal(1)


_DOT_GROUPED_ANY: Final = re.compile(r"\d{1,3}(?:\.\d{3})+\Z")


def text_after_is_dash(text: str, end: int) -> bool:
    """',-' or '.-' right after a numeral: a continental price without cents."""
    return text[end : end + 2] in _DASH_ENDS


_DASH_ENDS: Final = frozenset((",-", ".-", ",—", ",–"))


_PLAIN_DECIMAL: Final = re.compile(r"[0-9]+\.[0-9]{1,30}\Z")


_PLACES: Final = [Decimal(1).scaleb(-k) for k in range(31)]


# Digits grouped by commas, with up to 30 decimals after a point.
_COMMA_GROUPED: Final = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(\.[0-9]{1,30})?\Z")


_MAX_NUMERAL: Final = 400  # the longest digit run read as a number (parse_digits agrees)


_MINUS_WORD: Final = re.compile(r"(?:^|(?<=\W))minus\s+\Z", re.IGNORECASE)


def plain_decimal(raw: str, text: str, end: int) -> int | None:
    """The decimal places of ``raw`` (ending at ``end`` in ``text``) when numeral_at()
    reads it as a plain decimal, "3.5" (:data:`_PLAIN_DECIMAL`), with a dot as the
    decimal mark; else None. Decided in a few string tests, without the tests that come
    before that reading in numeral_at() (none of them takes such a numeral unless ",-"
    or ".-" follows it). Its law in tests/test_laws_fast_search.py."""
    head, dot, tail = raw.partition(".")
    if (
        dot
        and head.isdigit()
        and tail.isdigit()
        and raw.isascii()
        and len(tail) <= 30
        and text[end : end + 2] not in _DASH_ENDS
    ):
        return len(tail)
    return None


def numeral_at(sc: Scanner, start: int, end: int) -> Amount | None:
    """The bare numeral at [start, end) with sign; None when it is not a figure."""
    raw = sc.text[start:end]
    if len(raw) > _MAX_NUMERAL:
        return None  # no figure has 400 digits: a run of digits, not a number
    if raw.isdigit() and raw.isascii():
        # the common case, plain digits: no marks to read
        return Amount(start, end, start, end, Decimal(raw), _ONE, True)
    if sc.dot_decimal and "," in raw and (m := _COMMA_GROUPED.match(raw)) is not None:
        # "72,000", "1,234.5": comma grouping, what parse_digits reads in every locale
        # whose decimal mark is the dot
        places = len(m.group(1) or ".") - 1
        return Amount(start, end, start, end, Decimal(raw.replace(",", "")), _PLACES[places], False)
    if sc.dot_decimal and (decimals := plain_decimal(raw, sc.text, end)) is not None:
        # the next commonest, "3.5", without the patterns below
        return Amount(start, end, start, end, Decimal(raw), _PLACES[decimals], False)
    if "." in raw and sc.text[end : end + 2] in _DASH_ENDS and _DOT_GROUPED_ANY.match(raw):
        # "1.899,-": a price with no cents; its dots can only be grouping
        return Amount(start, end, start, end, Decimal(raw.replace(".", "")), _ONE, False)
    if raw[-1] in _VULGAR or "e" in raw or "E" in raw:
        return special_numeral(sc, start, end, raw)
    if sc.dot_decimal and _PLAIN_DECIMAL.match(raw):
        # "1.25": one decimal point, no grouping
        places = len(raw) - raw.index(".") - 1
        return Amount(start, end, start, end, Decimal(raw), _PLACES[places], False)
    numeral = parse_digits(raw, sc.locale, decimal_mark=sc.decimal_mark)
    if numeral is None:
        if sc.lang is not None and not sc.dot_decimal:
            from figures.scan.locale_digits import dot_grouped_comma_decimal

            got = dot_grouped_comma_decimal(raw)  # "125.000,50" in French copy
            if got is not None:
                return Amount(start, end, start, end, got[0], got[1], False)
        return None
    return Amount(start, end, start, end, numeral.value, numeral.precision, False)


def special_numeral(sc: Scanner, start: int, end: int, raw: str) -> Amount | None:
    """'2½', '½', '1.5e10': vulgar fractions and scientific notation."""
    if raw[-1] in _VULGAR:
        num, den = _VULGAR[raw[-1]]
        whole = raw[:-1]
        if whole and not whole.isdigit():
            return None
        value = ratio(num, den) + (Decimal(whole) if whole else 0)
        return Amount(start, end, start, end, value, None, False)
    numeral = parse_numeral(raw, sc.locale, decimal_mark=sc.decimal_mark)
    if numeral is None:
        return None
    a = Amount(start, end, start, end, numeral.value, numeral.precision, False)
    a.scaled = True
    return a


# The fraction of a dashed mixed number in wire copy ("41-1/2", "1-3/16", "33-1/3",
# "4-1/2p"): a denominator up to 64, and a letter may follow ("4-1/2p": pence).
_WIRE_FRACTION: Final = re.compile(r"(\d{1,2})/([2-9]|[1-5]\d|6[0-4])(?![\d/]|[.,]\d)")


def fraction(sc: Scanner, a: Amount) -> None:
    """'1/4', '2 1/2': a fraction or mixed number after digits (not '24/7', '9/11')."""
    text = sc.text
    e = a.num_end
    if e < sc.n and text[e] == "/":
        m = FRACTION_AT.match(text, a.num_start)
        if m is not None and _proper(m):
            a.value = ratio(int(m.group(1)), int(m.group(2)))
            a.precision, a.integer_text = None, False
            a.end = a.num_end = m.end()
    elif sc.lang is not None and text.startswith("  ", e) and e + 2 < sc.n:
        _mixed(sc, a, e + 1)  # "2  1/4": a double space in copy of the languages
    elif (
        e + 1 < sc.n
        and text[e] in " -"  # "41 1/2", and "41-1/2" as 1987 wire copy writes it
        and a.num_end - a.num_start <= 3
        and text[e + 1].isdigit()
        and (m := (FRACTION_AT if text[e] == " " else _WIRE_FRACTION).match(text, e + 1))
        and _proper(m)
        and not text[m.end() : m.end() + 1].isdigit()
    ):
        # "10 1/2 miles", "2 1/4 percent", "41-1/2 cts"
        a.value += ratio(int(m.group(1)), int(m.group(2)))
        a.precision, a.integer_text = None, False
        a.end = a.num_end = m.end()


def _mixed(sc: Scanner, a: Amount, e: int) -> None:
    """The fraction of '2  1/4' (a space at ``e`` before it) added to ``a``."""
    text = sc.text
    if a.num_end - a.num_start > 3 or not text[e + 1].isdigit():
        return
    m = FRACTION_AT.match(text, e + 1)
    if m is None or not _proper(m) or text[m.end() : m.end() + 1].isdigit():
        return
    a.value += ratio(int(m.group(1)), int(m.group(2)))
    a.precision, a.integer_text = None, False
    a.end = a.num_end = m.end()


def sign(sc: Scanner, a: Amount, at: int) -> int:
    """Apply a minus sign standing right before offset ``at``; return the new start."""
    text = sc.text
    if (
        at > sc.done
        and text[at - 1] in "-−–"
        and (
            at < 2
            or not (text[at - 2].isalnum() or text[at - 2] in "%-−–")
            # "CHF-1.00", as babel writes a negative amount in de_CH
            or (text[at - 2].isupper() and currency_before(text, at - 1) is not None)
        )
    ):
        a.value = -a.value
        return at - 1
    if at > sc.done and text[at - 1] == "+" and (at < 2 or not text[at - 2].isalnum()):
        return at - 1
    m = None
    lo = at - 8 if at - 8 > sc.done else sc.done
    if "minus" in text[lo:at].lower():
        m = _MINUS_WORD.search(text, lo, at)
    if m is not None:
        a.value = -a.value
        return m.start()
    return at
