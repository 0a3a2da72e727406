"""state."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from figures.arith import BOUND, context, in_bounds
from figures.model import Figure, Kind, Qualifier
from figures.numbers import (
    number_symbols,
)
from figures.scan.currency import currency_families, home_currencies, lexicon_tables

if TYPE_CHECKING:
    from figures.lexicon.languages import Language

# An enum member read through its class costs about 0.1 µs (the enum type's attribute
# look-up); the hot paths read these module constants instead.
_NUMBER: Final = Kind.NUMBER

# Wide enough for any amount within figures.arith.BOUND: quantize never fails for lack
# of digits.
_WIDE: Final = context(2 * BOUND + 2)


# The context every reading runs in: exact for any numeral extract() accepts (at most
# 400 characters, times a scale), and never the caller's context. Nothing traps: a value
# beyond the bound (even an infinity) is dropped where the figure is made.
EXTRACT_CONTEXT: Final = context(2 * BOUND + 2, traps=False)

_ONE: Final = Decimal(1)  # tidy() runs for every scaled figure: one constant, not one per call


@dataclass(slots=True)
class Amount:
    """A value being read: its extent so far and what it has been found to be."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal | None
    integer_text: bool  # digits without any mark: a candidate year/score
    kind: Kind = Kind.NUMBER
    currency: str | None = None
    unit: str | None = None
    note: str | None = None
    scaled: bool = False
    word: bool = False  # spelled out
    prefix_currency: bool = False
    high: Decimal | None = None  # the upper end of a range
    factor: Decimal = Decimal(1)  # the scale words applied ("5 million" -> 10**6)
    assumed: bool = False  # the currency is a default reading of an ambiguous marker
    qualifier: Qualifier | None = None  # read after the number ("$1.5 billion-plus")

    def scale_by(self, scale: Decimal) -> None:
        """Apply a scale word: the value, the stated precision and the factor."""
        self.value *= scale
        if self.precision is not None:
            self.precision *= scale
        self.factor *= scale
        self.scaled = True

    @property
    def marked(self) -> bool:
        """It carries something that makes it a figure whatever it looks like."""
        return self.kind is not _NUMBER or self.scaled or self.unit is not None


def tidy(d: Decimal | None) -> Decimal | None:
    """Drop the trailing zeros that scaling leaves: 1.22e6 -> 1220000, and
    5666666.6666666666666666666667000000 -> 5666666.6666666666666666666667."""
    if d is None or not d.is_finite():
        return d
    if d != d.to_integral_value():
        return d.normalize(_WIDE)
    return d.quantize(_ONE, context=_WIDE)


# What tidy_within() gives for a value beyond figures.arith.BOUND: this one object (a
# NaN, which no tidied value is), told apart by identity.
OUT_OF_BOUNDS: Final = Decimal("NaN")


def tidy_within(d: Decimal | None) -> Decimal | None:
    """``tidy(d)`` when ``d`` is None or within :data:`figures.arith.BOUND`
    (:func:`figures.arith.in_bounds`), else :data:`OUT_OF_BOUNDS`: the bound test and
    the tidying of a scaled figure in one, sharing their test for a whole number (the
    common case). Its law in tests/test_laws_fast_search.py."""
    if d is None:
        return None
    if not d.is_finite():
        return OUT_OF_BOUNDS
    if d and d.adjusted() >= BOUND:
        return OUT_OF_BOUNDS
    # rounded to a whole number (exact in _WIDE below the bound): the same number when
    # it is one, the common case, with no digit below 1. (The context given by position:
    # a keyword argument costs a Decimal method twice the time.)
    whole = d.quantize(_ONE, None, _WIDE)
    if whole == d:
        return whole
    return d.normalize(_WIDE) if in_bounds(d) else OUT_OF_BOUNDS


class Scanner:
    """The state of one scan: the text, its options, and where the last figure ended."""

    __slots__ = (
        "decimal_mark",
        "done",
        "dot_decimal",
        "exclude",
        "homes",
        "lang",
        "last_money",
        "locale",
        "lower_tails",
        "n",
        "per_end",
        "said",
        "symbol_starts",
        "text",
    )

    def __init__(
        self,
        text: str,
        locale: str,
        exclude: list[tuple[int, int]],
        decimal_mark: str | None = None,
    ) -> None:
        self.text = text
        self.n = len(text)
        self.locale = locale
        self.done = 0  # nothing before this offset may start a figure
        self.exclude = exclude
        self.per_end = 0  # where the last unit read by unit() ended
        self.homes = home_currencies(locale)
        # the words of a language other than English (None: the English scanner)
        self.lang: Language | None = None if locale == "en" else _language_of(locale)
        self.decimal_mark = decimal_mark
        self.dot_decimal = (decimal_mark or number_symbols(locale)[0]) == "."
        # the lexicon is built on the first scan; its symbols' first characters are
        # read on the hot path
        self.symbol_starts = lexicon_tables().symbol_starts
        self.lower_tails = lexicon_tables().lower_tails  # (read before every number)
        # the last money figure read: (end, currency, assumed), for "(1.2)" after it
        self.last_money: tuple[int, str, bool] | None = None
        self.said: dict[str, bool] = {}  # what the document says, asked once per cue

    def says(self, cue: re.Pattern[str]) -> bool:
        """True when the text says ``cue`` anywhere ("rand", "Philippine peso"): the
        document's evidence for a marker that means a currency only in its context.
        Searched once per scan and cue."""
        got = self.said.get(cue.pattern)
        if got is None:
            got = self.said[cue.pattern] = cue.search(self.text) is not None
        return got

    def home(self, code: str | None, assumed: bool) -> str | None:
        """An ambiguous marker read in a locale's home currency ("$" in en_CA is CAD)."""
        if code is None or not assumed or not self.homes or code in self.homes:
            return code
        family = currency_families().get(code, frozenset())
        for home in self.homes:
            if home in family:
                return home
        return code


def _language_of(locale: str) -> Language | None:
    # imported on first use: English text never loads the other languages' words
    from figures.lexicon.languages import for_locale

    return for_locale(locale)


# A mutable twin of Figure: the same slots in the same order, so the same layout. A
# figure is written as a draft (a plain slot store each field, no descriptor call) and
# then made a Figure by assigning its class, which CPython allows between classes of
# one layout: about three times faster than writing the frozen class's slots through
# their descriptors, and a Figure in every respect (equality, hash, pickling).
_DRAFT: Final[Any] = type("_FigureDraft", (), {"__slots__": Figure.__slots__})
_NEW: Final = object.__new__


def make_figure(
    kind: Kind,
    text: str,
    start: int,
    end: int,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    qualifier: Qualifier | None,
    currency: str | None,
    unit: str | None,
    precision: Decimal | None,
    note: str | None,
    currency_assumed: bool,
) -> Figure:
    """``Figure(kind, text, ..., currency_assumed)``, built faster: the scanner makes one
    per figure it finds. Every field is written on a draft of the same layout, which then
    becomes a Figure, so the result equals (and pickles as) the one the class would make.

    >>> from decimal import Decimal
    >>> from figures.model import Figure, Kind
    >>> args = (Kind.NUMBER, "5", 0, 1, Decimal(5), None, None, None, None, None,
    ...         Decimal(1), None, False)
    >>> make_figure(*args) == Figure(*args)
    True
    """
    fig = _NEW(_DRAFT)
    fig.kind = kind
    fig.text = text
    fig.start = start
    fig.end = end
    fig.value = value
    fig.low = low
    fig.high = high
    fig.qualifier = qualifier
    fig.currency = currency
    fig.unit = unit
    fig.precision = precision
    fig.note = note
    fig.currency_assumed = currency_assumed
    fig.__class__ = Figure
    made: Figure = fig
    return made
