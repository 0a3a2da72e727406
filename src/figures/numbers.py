"""Numerals to exact ``Decimal``: digits with locale marks, scale words, number words.

Nothing here looks at context; :mod:`figures.scan` decides what a numeral means in
its sentence. Every result carries its *precision*, the unit of its last stated digit
("1.22" -> 0.01), so a caller can tell how a figure was rounded.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from figures.arith import BOUND, context
from figures.lexicon.lang_files import load as load_language

__all__ = [
    "EXPONENT",
    "FRACTION_WORDS",
    "SCALES",
    "TENS_NUMBER_WORDS",
    "UNIT_NUMBER_WORDS",
    "Numeral",
    "number_symbols",
    "parse_digits",
    "parse_number_words",
    "parse_numeral",
    "ratio",
]

#: Significant digits used for the few inexact divisions here (fractions such as 1/3).
#: The same as Python's default context, so ``Decimal(2) / 3`` agrees with us.
FRACTION_PRECISION: Final = 28


@dataclass(frozen=True, slots=True)
class Numeral:
    """A parsed numeral: its exact value and the unit of its last stated digit."""

    value: Decimal
    precision: Decimal | None


#: Scale words and abbreviations, lower-cased, to their multiplier: the "scales" of
#: ``lexicon/lang/en.json`` (a power of ten, or a literal multiplier such as "12").
SCALES: Final[dict[str, Decimal]] = {
    word: Decimal(10) ** v if isinstance(v, int) else Decimal(v)
    for word, v in load_language("en")["scales"].items()
}

# The spelled-out numbers of ``lexicon/lang/en.json``: the units ("zero" to "nineteen")
# and the tens ("twenty" to "ninety"), told apart by value.
_UNITS: Final[dict[str, int]] = {
    w: v for w, v in load_language("en")["number_words"].items() if v < 20
}
_TENS: Final[dict[str, int]] = {
    w: v for w, v in load_language("en")["number_words"].items() if v >= 20
}
#: The spelled-out units ("zero" to "nineteen") and tens ("twenty" to "ninety").
UNIT_NUMBER_WORDS: Final[frozenset[str]] = frozenset(_UNITS)
TENS_NUMBER_WORDS: Final[frozenset[str]] = frozenset(_TENS)

#: Fraction words as denominators ("two-thirds", "a quarter", "three fifths"): the
#: "fractions" of ``lexicon/lang/en.json``.
FRACTION_WORDS: Final[dict[str, int]] = dict(load_language("en")["fractions"])

# The scales "a" may stand before ("a dozen", "a hundred", "a million"): the words of
# en.json "after_a" that are no fraction.
_A_SCALES: Final = frozenset(w for w in load_language("en")["after_a"] if w not in FRACTION_WORDS)

# The scale words a spelled-out number uses ("seventy-two thousand", "two lakh"): those
# of a thousand and more.
_BIG: Final[dict[str, Decimal]] = {w: SCALES[w] for w in sorted(_A_SCALES) if SCALES[w] >= 1000}

#: The scale words of a spelled-out number ("two hundred", "a dozen", "four billion").
NUMBER_SCALE_WORDS: Final[frozenset[str]] = frozenset(("hundred", "dozen", *_BIG))

#: Every word that can be part of a spelled-out number.
NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    [*_UNITS, *_TENS, *NUMBER_SCALE_WORDS, "dozens", "a", "an", "and", "point"]
) | frozenset(FRACTION_WORDS)


def ratio(numerator: int, denominator: int) -> Decimal:
    """``numerator / denominator`` to :data:`FRACTION_PRECISION` digits (exact when the
    quotient terminates).

    >>> ratio(1, 4), ratio(2, 3)
    (Decimal('0.25'), Decimal('0.6666666666666666666666666667'))
    """
    return _FRACTION_CONTEXT.divide(Decimal(numerator), Decimal(denominator))


# One context each, made once: building a context costs more than the division or
# quantize it runs (these are read for every spelled-out number). Nothing here reads
# their flags.
_FRACTION_CONTEXT: Final = context(FRACTION_PRECISION)
_WIDE: Final = context(2 * BOUND + 2)
_ONE: Final = Decimal(1)


@functools.cache
def number_symbols(locale: str) -> tuple[str, str]:
    """The decimal and grouping marks of a locale's Latin digits, from CLDR.

    Cached per locale.

    >>> number_symbols("en")
    ('.', ',')
    >>> number_symbols("de")
    (',', '.')
    """
    if locale == "en":  # CLDR's marks for English, without loading babel's locale data
        return (".", ",")
    from babel import Locale

    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (ValueError, TypeError, LookupError):
        return (".", ",")
    symbols = loc.number_symbols
    # babel >= 2.14 keys the symbols by numbering system.
    latn = symbols.get("latn")
    table = latn if latn is not None and hasattr(latn, "get") else symbols
    return (str(table.get("decimal", ".")), str(table.get("group", ",")))


_SPACES: Final = "\u00a0\u202f\u2009\u2007 "
_DOT_GROUPED: Final = re.compile(r"\d{1,3}(?:\.\d{3})+\Z")
_GROUPED_3: Final = re.compile(r"\d{1,3}(?:,\d{3})+\Z")
_GROUPED_LONG_HEAD: Final = re.compile(r"\d+(?:,\d{3})+\Z")
_GROUPED_INDIAN: Final = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}\Z")


def _precision_of(digits_after_point: int) -> Decimal:
    return Decimal(1).scaleb(-digits_after_point)


def _split_marks(raw: str, decimal_mark: str, group_mark: str) -> tuple[str, str] | None:
    """Integer and fraction digits of ``raw`` read with the given marks, or None."""
    if decimal_mark in raw:
        integer, _, fraction = raw.rpartition(decimal_mark)
        if not fraction.isdigit() or (integer and not integer[-1:].isdigit()):
            return None
    else:
        integer, fraction = raw, ""
    if integer and not integer.isdigit():
        # Normalise any grouping mark to ',' and check the groups are well formed.
        normal = integer
        for mark in {group_mark, *_SPACES, "'", "’"}:
            normal = normal.replace(mark, ",")
        if not (
            _GROUPED_3.match(normal)
            or _GROUPED_INDIAN.match(normal)
            # Swiss apostrophes as babel writes them for de_CH: "1000000'000"
            or (("'" in integer or "’" in integer) and _GROUPED_LONG_HEAD.match(normal))
        ):
            return None
        integer = normal.replace(",", "")
    if not integer and not fraction:
        return None
    return integer or "0", fraction


def parse_digits(
    raw: str, locale: str = "en", *, decimal_mark: str | None = None
) -> Numeral | None:
    """Read a run of digits with grouping and decimal marks, or None if malformed.

    English reads ``,`` as grouping and ``.`` as the decimal mark; other locales use
    their CLDR marks. A string that is only well formed the other way round ("1.299,00",
    "12,50") is read that way round, as price tags in any locale are. Indian grouping
    ("1,23,456") and thin or no-break spaces as grouping are accepted.

    >>> parse_digits("72,000")
    Numeral(value=Decimal('72000'), precision=Decimal('1'))
    >>> parse_digits(".7909")
    Numeral(value=Decimal('0.7909'), precision=Decimal('0.0001'))
    >>> parse_digits("1,23,456").value
    Decimal('123456')
    >>> parse_digits("1.299,00").value
    Decimal('1299.00')
    >>> parse_digits("1.234,5", "de").value
    Decimal('1234.5')
    >>> parse_digits("1,1,1") is None
    True

    ``decimal_mark`` forces the reading whatever the locale (a price scraped from a page
    whose locale is known): ``parse_digits("1.500", decimal_mark=",").value`` is 1500.

    >>> parse_digits("1.500", decimal_mark=",").value
    Decimal('1500')
    """
    if not raw or len(raw) > 400:
        return None
    if decimal_mark is not None:
        split = _split_marks(raw, decimal_mark, "." if decimal_mark == "," else ",")
        if split is None:
            return None
        integer, fraction = split
        try:
            value = Decimal((integer + "." + fraction) if fraction else integer)
        except decimal.InvalidOperation:
            return None
        return Numeral(value, _precision_of(len(fraction)))
    dec, group = number_symbols(locale)
    split = _split_marks(raw, dec, group)
    if split is None and (dec, group) == (".", ","):
        split = _alternative_reading(raw)
    elif split is None and dec == "," and _DOT_GROUPED.match(raw):
        # "309.381" where the group mark is a space (fr, pt_PT): print groups with dots
        split = raw.replace(".", ""), ""
    elif split is None:
        split = _split_marks(raw, ".", ",")
    if split is None:
        return None
    integer, fraction = split
    try:
        digits = (integer + "." + fraction) if fraction else integer
        value = Decimal(digits)
    except decimal.InvalidOperation:
        return None
    return Numeral(value, _precision_of(len(fraction)))


def _alternative_reading(raw: str) -> tuple[str, str] | None:
    """English could not read ``raw``: try the continental marks where unambiguous."""
    if "," not in raw:
        # "1.234.567": several dots can only be grouping.
        if raw.count(".") >= 2:
            return _split_marks(raw, ",", ".")
        return None
    fraction = raw.rpartition(",")[2]
    # "12,50" or "1.299,00": a comma followed by one or two digits is a decimal comma.
    if 1 <= len(fraction) <= 2 and fraction.isdigit():
        return _split_marks(raw, ",", ".")
    return None


def _word_list(words: Sequence[str]) -> list[str]:
    return [w.lower() for w in words]


#: Scientific notation after a numeral ("1.5e10", "1E-3"), as every reader of numerals
#: takes it: at most three exponent digits, and no word or full stop glued after.
EXPONENT: Final = r"(?:[eE][+-]?\d{1,3}(?![\w.]))"


def parse_numeral(
    raw: str, locale: str = "en", *, decimal_mark: str | None = None
) -> Numeral | None:
    """Read digits (as :func:`parse_digits` does) with an optional exponent
    (:data:`EXPONENT`): the one numeral reader of the scanner and of inline rates.

    >>> parse_numeral("1.5e3")
    Numeral(value=Decimal('1.5E+3'), precision=Decimal('1E+2'))
    >>> parse_numeral("1E3", decimal_mark=".").value
    Decimal('1E+3')
    """
    mantissa, e, exponent = raw.replace("E", "e").partition("e")
    numeral = parse_digits(mantissa, locale, decimal_mark=decimal_mark)
    if numeral is None or not e:
        return numeral
    shift = int(exponent)
    precision = None if numeral.precision is None else numeral.precision.scaleb(shift)
    return Numeral(numeral.value.scaleb(shift), precision)


def parse_number_words(words: Sequence[str]) -> tuple[Numeral, int] | None:
    """Read a spelled-out number from the start of ``words``.

    ``words`` are single words, lower or mixed case, without hyphens or spaces (split
    "seventy-two" into "seventy", "two" first). Returns the numeral and how many words it
    used, or None when the words do not start a number.

    >>> parse_number_words(["seventy", "two", "thousand", "incidents"])
    (Numeral(value=Decimal('72000'), precision=Decimal('1000')), 3)
    >>> parse_number_words(["one", "hundred", "and", "three"])[0].value
    Decimal('103')
    >>> parse_number_words(["half", "a", "million"])[0].value
    Decimal('500000')
    >>> parse_number_words(["a", "dozen", "eggs"])
    (Numeral(value=Decimal('12'), precision=Decimal('1')), 2)
    >>> parse_number_words(["one", "and", "a", "half"])[0].value
    Decimal('1.5')
    >>> parse_number_words(["two", "thirds"])[0].value
    Decimal('0.6666666666666666666666666667')
    >>> parse_number_words(["and", "then"]) is None
    True
    """
    ws = _word_list(words)
    if not ws:
        return None
    single = _SINGLE_WORDS.get(ws[0])
    if single is not None and (len(ws) == 1 or ws[1] not in NUMBER_WORDS):
        return single  # "two companies": one word, the common case
    lead = _lead_fraction(ws)
    if lead is not None:
        return lead
    r = _Reading(ws)
    while r.i < len(ws):
        step = _step(r)
        if step is False:
            break
        if step is not True:
            return step
    if not r.seen or r.used == 0:
        return None
    value = _whole(r.total + r.current)
    return Numeral(value, _trailing_precision(value)), r.used


def _lead_fraction(ws: list[str]) -> tuple[Numeral, int] | None:
    """A fraction leading a number: "half a million", "a quarter million", "half a"."""
    n = len(ws)
    # "half a million", "half a dozen"
    if (
        ws[0] == "half"
        and n >= 3
        and ws[1] in ("a", "an")
        and (ws[2] in _BIG or ws[2] in ("dozen", "hundred"))
    ):
        mult = _BIG.get(ws[2]) or (Decimal(12) if ws[2] == "dozen" else Decimal(100))
        value = _whole(Decimal("0.5") * mult)
        return Numeral(value, _trailing_precision(value)), 3
    # "half million", "quarter million", "a quarter million", "three quarters of a million"
    k = 1 if ws[0] in ("a", "an") else 0
    if n > k + 1 and ws[k] in ("half", "quarter") and ws[k + 1] in _BIG:
        value = ratio(1, FRACTION_WORDS[ws[k]]) * _BIG[ws[k + 1]]
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
        return Numeral(value, _trailing_precision(value)), k + 2
    if ws[0] == "half" and n >= 2 and ws[1] in ("a", "an"):
        # "half a percentage point", "half a mile": the caller decides whether a unit
        # follows; "half a chance" is no figure
        return Numeral(Decimal("0.5"), None), 2
    return None


@dataclass(slots=True)
class _Reading:
    """Where :func:`parse_number_words` is in its words, and what it has read."""

    ws: list[str]
    i: int = 0  # the word being read
    used: int = 0  # index after the last word that belongs to the number
    total: Decimal = Decimal(0)
    current: Decimal = Decimal(0)
    seen: bool = False  # a numeric word has been read
    last: str = ""  # kind of the last numeric word: unit, tens, hundred, big
    scale_of_last: Decimal | None = None  # the last scale word's value


def _step(r: _Reading) -> tuple[Numeral, int] | bool:
    """Read the word at ``r.i``: True to go on, False to stop, or the whole numeral."""
    ws, i, w = r.ws, r.i, r.ws[r.i]
    n = len(ws)
    if w in _UNITS:
        # "seventy two", "hundred three", "thousand five" continue a number;
        # "two three" does not.
        if (r.seen and r.last not in ("tens", "hundred", "big")) or (
            r.last == "tens" and _UNITS[w] >= 10
        ):
            return False
        r.current += _UNITS[w]
        r.seen, r.last = True, "unit"
    elif w in _TENS:
        if r.seen and r.last not in ("hundred", "big"):
            return False
        r.current += _TENS[w]
        r.seen, r.last = True, "tens"
    elif w in ("a", "an") and not r.seen and i + 1 < n and ws[i + 1] in _A_SCALES:
        r.current = Decimal(1)
        r.seen, r.last = True, "unit"
        r.i += 1
        return True
    elif w in ("dozen", "dozens") and r.seen and r.last == "unit":
        r.current *= 12
        r.last = "hundred"
    elif w == "hundred" and r.seen and r.last in ("unit", "tens"):
        r.current *= 100
        r.last = "hundred"
    elif w in _BIG and r.seen and r.last != "big":
        r.total += r.current * _BIG[w]
        r.current = Decimal(0)
        r.last = "big"
        r.scale_of_last = _BIG[w]
    elif w == "point" and r.seen and r.last != "big" and i + 1 < n:
        return _point(r) or False
    elif w == "and" and r.seen and i + 1 < n:
        return _and(r)
    elif w in FRACTION_WORDS and r.seen and r.last == "unit" and r.total == 0:
        if not (1 <= r.current < 20) or (r.current == 1 and w.endswith("s")):
            return False
        return _fraction_of(r, w)
    else:
        return False
    r.i += 1
    r.used = r.i
    return True


def _point(r: _Reading) -> tuple[Numeral, int] | None:
    """Decimals after "point": "one point five", "point seventy-one"."""
    ws, n = r.ws, len(r.ws)
    digits = ""
    j = r.i + 1
    while j < n and ws[j] in _UNITS and _UNITS[ws[j]] < 10:
        digits += str(_UNITS[ws[j]])
        j += 1
    if not digits and j < n and (ws[j] in _TENS or ws[j] in _UNITS):
        # "point seventy-one"
        tens = _TENS.get(ws[j], 0) or _UNITS[ws[j]]
        j += 1
        if tens >= 20 and tens % 10 == 0 and j < n and 0 < _UNITS.get(ws[j], 0) < 10:
            tens += _UNITS[ws[j]]
            j += 1
        digits = str(tens)
    if not digits:
        return None
    value = r.total + r.current + Decimal("0." + digits)
    return Numeral(value, Decimal(1).scaleb(-len(digits))), j


def _and(r: _Reading) -> tuple[Numeral, int] | bool:
    """ "and" in a number: a fraction ("one and a half", "one million and a half") or
    a joiner ("one hundred and three"); anything else ends the number."""
    ws, i, n = r.ws, r.i, len(r.ws)
    nxt = ws[i + 1]
    after = ws[i + 2] if i + 2 < n else ""
    numerator = 1 if nxt in ("a", "an", "one") else _UNITS.get(nxt, 0)
    if (
        numerator
        and after in FRACTION_WORDS
        and (numerator == 1) != after.endswith("s")
        and after not in ("halves",)
    ):
        # "one and a half", "two and a half million", "twenty and three fifths";
        # after a scale word the fraction is of that scale: "one million and a
        # half" is 1,500,000
        fraction = ratio(numerator, FRACTION_WORDS[after])
        if r.last == "big" and r.scale_of_last is not None:
            r.total += fraction * r.scale_of_last
        else:
            r.current += fraction
        i += 3
        if i < n and ws[i] in _BIG:
            r.total += r.current * _BIG[ws[i]]
            r.current = Decimal(0)
            i += 1
        value = _whole(r.total + r.current)
        return Numeral(value, _trailing_precision(value)), i
    if (nxt in _UNITS or nxt in _TENS) and r.last in ("hundred", "big"):
        r.i += 1  # "one hundred and three": 'and' joins
        return True
    return False


def _fraction_of(r: _Reading, w: str) -> tuple[Numeral, int]:
    """ "two thirds", "three quarters", "one third": numerator, denominator; "two
    thirds of a million" is of that scale."""
    ws, i = r.ws, r.i
    value = ratio(int(r.current), FRACTION_WORDS[w])
    if i + 3 < len(ws) and ws[i + 1] == "of" and ws[i + 2] in ("a", "an") and ws[i + 3] in _BIG:
        return Numeral(_whole(value * _BIG[ws[i + 3]]), None), i + 4
    return Numeral(value, None), i + 1


def _whole(value: Decimal) -> Decimal:
    """500000.0 -> 500000: a spelled-out whole number has no decimal places; nor does a
    fraction keep the zeros a scale left ("nine million and five ninths")."""
    if value == value.to_integral_value():
        return value.quantize(_ONE, context=_WIDE)
    return value.normalize(_WIDE)


def _trailing_precision(value: Decimal) -> Decimal | None:
    """10**k for the trailing zeros of an integral value: 'seventy thousand' -> 10000."""
    if value != value.to_integral_value():
        return None
    n = int(value)
    if n == 0:
        return Decimal(1)
    k = 0
    while n % 10 == 0:
        n //= 10
        k += 1
    return Decimal(10**k)  # exact in any context


# Each unit and tens word alone ("two", "forty"), read once by the general path: the
# answer whenever the word after it is no number word.
_SINGLE_WORDS: Final[dict[str, tuple[Numeral, int]]] = {}  # word -> (numeral, 1)
for _w in (*_UNITS, *_TENS):
    _got = parse_number_words([_w])
    assert _got is not None and _got[1] == 1
    _SINGLE_WORDS[_w] = _got
