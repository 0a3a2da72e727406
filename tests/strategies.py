"""Hypothesis strategies of our own for the laws in ``test_laws_*.py``.

Everything a law needs to generate lives here: currency codes from babel's CLDR data,
exact Decimal amounts with bounded digits, positive rates of 1 to 8 significant digits,
rate tables whose triangles are consistent by construction, precisions ``10**k``, numbers
spelled out in English words, footnotes stating a rate, and prose without figures.

The tables of names and symbols below are test data written by hand (what an English
news text writes for a currency), never read back from the library under test; the
library's lexicon is consulted only to decide which babel codes are in scope.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass
from decimal import Decimal, localcontext

from babel.core import get_global
from babel.numbers import get_currency_precision, get_territory_currencies, list_currencies
from hypothesis import strategies as st

from figures.lexicon import currency_codes
from figures.rates import ExchangeRate, Rates

# --------------------------------------------------------------------------- currencies

#: Every code both babel and our lexicon know: babel gives each one its ISO 4217 minor
#: units (CLDR's DEFAULT of 2 where ISO says 2), so all have known minor units.
ALL_CODES: tuple[str, ...] = tuple(sorted(set(list_currencies()) & currency_codes()))

#: ISO codes that are English words or everyday abbreviations in capitals (ALL, TOP,
#: MAD...): by the extraction contract they are not currency codes in running text.
WORD_CODES = frozenset("ALL AMD BAM BOB CUP CVE GEL IRR MAD MOP NIO PEN SOS TOP".split())


def _current_codes() -> tuple[str, ...]:
    # The currencies some territory uses today, by CLDR's own territory data.
    today = datetime.date(2024, 1, 1)
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, today))
    return tuple(sorted(codes & set(ALL_CODES)))


#: Codes a text may write before or after an amount ("USD 5", "5 JPY").
TEXT_CODES: tuple[str, ...] = tuple(c for c in _current_codes() if c not in WORD_CODES)


def currencies() -> st.SearchStrategy[str]:
    """Any ISO 4217 code babel's CLDR data knows, with its minor units."""
    return st.sampled_from(ALL_CODES)


def text_codes() -> st.SearchStrategy[str]:
    """A current ISO code that running text may use as a currency code."""
    return st.sampled_from(TEXT_CODES)


def minor_digits(code: str) -> int:
    """The minor units of ``code`` by babel (JPY 0, USD 2, KWD 3)."""
    return int(get_currency_precision(code))


@dataclass(frozen=True)
class Words:
    """How English news names a currency: singular, plural and a symbol (if any)."""

    singular: str
    plural: str
    symbol: str | None


#: Hand-written test data: what the texts we read call each currency.
NAMED: dict[str, Words] = {
    "USD": Words("dollar", "dollars", "$"),
    "GBP": Words("pound", "pounds", "£"),
    "EUR": Words("euro", "euros", "€"),
    "JPY": Words("yen", "yen", "¥"),
    "INR": Words("Indian rupee", "rupees", "₹"),
    "CHF": Words("Swiss franc", "Swiss francs", None),
    "CAD": Words("Canadian dollar", "Canadian dollars", "C$"),
    "AUD": Words("Australian dollar", "Australian dollars", "A$"),
    "NZD": Words("New Zealand dollar", "New Zealand dollars", "NZ$"),
    "HKD": Words("Hong Kong dollar", "Hong Kong dollars", "HK$"),
    "SGD": Words("Singapore dollar", "Singapore dollars", "S$"),
    "CNY": Words("yuan", "yuan", None),
    "KRW": Words("won", "won", "₩"),
    "MXN": Words("Mexican peso", "Mexican pesos", None),
    "BRL": Words("Brazilian real", "Brazilian reais", "R$"),
    "RUB": Words("Russian rouble", "roubles", "₽"),
    "ZAR": Words("South African rand", "rand", None),
    "SEK": Words("Swedish crown", "Swedish crowns", None),
    "NOK": Words("Norwegian krone", "Norwegian kroner", None),
    "TRY": Words("Turkish lira", "lira", "₺"),
}

NAMED_CODES: tuple[str, ...] = tuple(sorted(NAMED))
SYMBOL_CODES: tuple[str, ...] = tuple(sorted(c for c, w in NAMED.items() if w.symbol))

#: Currencies whose English symbol (as babel writes it in ``en``) reads back as exactly
#: that currency, the set the format-then-extract law sweeps.
FORMAT_CODES: tuple[str, ...] = tuple(
    "AUD BRL CAD CHF CNY EUR GBP HKD ILS INR JPY KRW MXN NZD PHP TWD USD VND".split()
)

#: The locales the format-then-extract law reads, with the marks they write.
LOCALES: tuple[str, ...] = (
    *"en en_GB en_IN de fr es it nl pt_BR pl sv da nb ru ja zh hi tr cs fi".split(),
    *"de_CH fr_CH es_MX en_CA en_AU".split(),
)

# --------------------------------------------------------------------------- decimals

#: Room for every exact product these strategies form (amounts and rates are short).
_WIDE = 200


def decimals(
    *, max_digits: int = 12, max_places: int = 4, positive: bool = False
) -> st.SearchStrategy[Decimal]:
    """An exact Decimal of at most ``max_digits`` digits, ``max_places`` after the point.

    Trailing zeros are kept as generated ("1.50" has two places): they are part of what
    a text states.
    """
    low = 1 if positive else -(10**max_digits - 1)
    return st.builds(
        lambda coefficient, places: Decimal(coefficient).scaleb(-places),
        st.integers(low, 10**max_digits - 1),
        st.integers(0, max_places),
    )


def amounts_in(
    code: str, *, max_digits: int = 12, positive: bool = False
) -> st.SearchStrategy[Decimal]:
    """An amount of ``code`` with no more decimals than its minor units."""
    return decimals(max_digits=max_digits, max_places=minor_digits(code), positive=positive)


def rates() -> st.SearchStrategy[Decimal]:
    """A positive rate with 1 to 8 significant digits, between about 1e-6 and 1e6.

    The digit count is drawn first so that short rates ("1.25", "3") are as likely as
    long ones ("0.82140456").
    """

    def build(digits: int) -> st.SearchStrategy[Decimal]:
        return st.builds(
            lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
            st.integers(10 ** (digits - 1), 10**digits - 1),
            st.integers(-5 - digits, 6 - digits),
        )

    return st.integers(1, 8).flatmap(build)


def precisions(low: int = -3, high: int = 9) -> st.SearchStrategy[Decimal]:
    """``10**k`` for ``low <= k <= high``: the unit of a text's last stated digit."""
    return st.integers(low, high).map(lambda k: Decimal(10) ** k)


def round_to(value: Decimal, precision: Decimal) -> Decimal:
    """``value`` rounded half up to a multiple of ``precision`` (a power of ten).

    Written here, not taken from the library: a law must not check the code with itself.
    """
    with localcontext() as ctx:
        ctx.prec = _WIDE
        units = (value / precision).to_integral_value(rounding="ROUND_HALF_UP")
        return units * precision


# --------------------------------------------------------------------------- rate tables


@dataclass(frozen=True)
class Triangle:
    """Three currencies with ``ac == ab * bc`` exactly."""

    a: str
    b: str
    c: str
    ab: Decimal
    bc: Decimal

    @property
    def ac(self) -> Decimal:
        with localcontext() as ctx:
            ctx.prec = _WIDE
            return self.ab * self.bc


@st.composite
def triangles(draw: st.DrawFn) -> Triangle:
    """Three distinct currencies and two rates; the third rate is their exact product."""
    a, b, c = draw(st.lists(currencies(), min_size=3, max_size=3, unique=True))
    return Triangle(a, b, c, draw(rates()), draw(rates()))


@dataclass(frozen=True)
class Chain:
    """A table of rates linking ``codes[0]`` to ``codes[-1]`` through the others, each
    rate stated in either direction; the only path between the two ends is the chain.

    ``legs[i]`` is the rate between ``codes[i]`` and ``codes[i + 1]`` and whether it is
    stated in that direction (``True``) or the other way round.
    """

    codes: tuple[str, ...]
    legs: tuple[tuple[Decimal, bool], ...]
    table: Rates

    @property
    def base(self) -> str:
        return self.codes[0]

    @property
    def quote(self) -> str:
        return self.codes[-1]

    @property
    def forward(self) -> bool:
        """Every leg is used as stated: conversion only multiplies, so it is exact."""
        return all(forward for _, forward in self.legs)

    @property
    def effective_rate(self) -> Decimal:
        """What one ``base`` buys of ``quote``, to 200 digits (exact when forward)."""
        with localcontext() as ctx:
            ctx.prec = _WIDE
            out = Decimal(1)
            for rate, forward in self.legs:
                out = out * rate if forward else out / rate
            return out


@st.composite
def chains(draw: st.DrawFn, max_steps: int = 3) -> Chain:
    """A chain of 1 to ``max_steps`` rates, each oriented at random."""
    steps = draw(st.integers(1, max_steps))
    codes = draw(st.lists(currencies(), min_size=steps + 1, max_size=steps + 1, unique=True))
    table: list[ExchangeRate] = []
    legs: list[tuple[Decimal, bool]] = []
    for left, right in itertools.pairwise(codes):
        rate = draw(rates())
        forward = draw(st.booleans())
        base, quote = (left, right) if forward else (right, left)
        table.append(ExchangeRate(base, quote, rate))
        legs.append((rate, forward))
    order = draw(st.permutations(table))
    return Chain(tuple(codes), tuple(legs), Rates(order))


def ecb_days() -> st.SearchStrategy[datetime.date]:
    """A day within the embedded ECB history (any weekday or weekend)."""
    from figures.ecb import ecb_bounds

    first, last = ecb_bounds()
    return st.dates(first + datetime.timedelta(days=7), last)


# --------------------------------------------------------------------------- number words

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_GROUPS = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_hundred(n: int, hyphen: bool) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return _TENS[tens]
    return _TENS[tens] + ("-" if hyphen else " ") + _ONES[ones]


def _below_thousand(n: int, hyphen: bool, conjunction: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(_ONES[hundreds] + " hundred")
    if rest:
        if hundreds and conjunction:
            parts.append("and")
        parts.append(_below_hundred(rest, hyphen))
    return " ".join(parts)


def number_to_words(n: int, *, hyphen: bool = True, conjunction: bool = True) -> str:
    """``n`` (0 <= n < 10**15) in English words, British style by default.

    >>> number_to_words(72000)
    'seventy-two thousand'
    >>> number_to_words(103)
    'one hundred and three'
    >>> number_to_words(2_000_000_015, hyphen=False, conjunction=False)
    'two billion fifteen'
    """
    if not 0 <= n < 10**15:
        raise ValueError(f"n must be in [0, 10**15), not {n}")
    if n == 0:
        return "zero"
    parts = []
    for size, word in _GROUPS:
        count, n = divmod(n, size)
        if count:
            parts.append(_below_thousand(count, hyphen, conjunction) + " " + word)
    if n:
        parts.append(_below_thousand(n, hyphen, conjunction))
    return " ".join(parts)


@st.composite
def spelled_numbers(draw: st.DrawFn) -> tuple[int, str]:
    """A whole number from 2 to the trillions and its spelling (hyphens and "and" optional).

    One is left out: a lone "one" is not a figure by the contract ("one of the").
    """
    n = draw(
        st.one_of(
            st.integers(2, 999),
            st.integers(1000, 10**6),
            st.integers(10**6, 10**15 - 1),
            # round numbers, as texts mostly write them: "seventy-two thousand"
            st.builds(
                lambda head, size: head * size,
                st.integers(1, 999),
                st.sampled_from([10**3, 10**6, 10**9, 10**12]),
            ),
        )
    )
    return n, number_to_words(n, hyphen=draw(st.booleans()), conjunction=draw(st.booleans()))


# --------------------------------------------------------------------------- scales

#: How texts write a scale after a number, and what it multiplies by. ``glued`` forms
#: follow the digits directly ("3bn"); the others after a space ("3 bn"). A glued "m"
#: is left to the money forms: alone, "100m" is a hundred metres.
SCALE_WORDS: tuple[tuple[str, int], ...] = (
    (" thousand", 10**3),
    ("k", 10**3),
    (" lakh", 10**5),
    (" million", 10**6),
    (" mln", 10**6),
    (" mn", 10**6),
    ("mn", 10**6),
    (" crore", 10**7),
    (" billion", 10**9),
    (" bn", 10**9),
    ("bn", 10**9),
    (" bln", 10**9),
    (" trillion", 10**12),
    (" tn", 10**12),
)

#: Symbols written before an amount, and the currency they mean in English text.
PREFIX_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("US$", "USD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("A$", "AUD"),
    ("R$", "BRL"),
    ("₩", "KRW"),
)


def numeral_text(value: Decimal, grouped: bool = True) -> str:
    """``value`` as digits, with thousands commas if ``grouped``, every stated place."""
    return f"{value:,f}" if grouped else f"{value:f}"


@st.composite
def figure_texts(draw: st.DrawFn) -> str:
    """The text of one figure, of one of the families news copy writes."""
    family = draw(
        st.sampled_from(["symbol", "scaled", "named", "percent", "number", "words", "range"])
    )
    amount = draw(decimals(max_digits=7, max_places=2, positive=True))
    if family == "symbol":  # "$1,234.5"
        symbol, _ = draw(st.sampled_from(PREFIX_SYMBOLS))
        return symbol + numeral_text(amount)
    if family == "scaled":  # "£3bn", "$1.22 million"
        symbol, _ = draw(st.sampled_from(PREFIX_SYMBOLS))
        scale, _ = draw(st.sampled_from(SCALE_WORDS))
        return symbol + numeral_text(amount) + scale
    if family == "named":  # "5 million euros"
        code = draw(st.sampled_from(NAMED_CODES))
        scale, _ = draw(st.sampled_from(SCALE_WORDS))
        return numeral_text(amount) + scale + " " + NAMED[code].plural
    if family == "percent":  # "12.5%", "12.5 per cent"
        unit = draw(st.sampled_from(["%", " percent", " per cent", " pct"]))
        return numeral_text(amount) + unit
    if family == "number":  # "72,000", "3.75": a bare four-digit whole number is a year
        return numeral_text(amount if amount % 1 else amount + 10**4)
    if family == "words":
        return draw(spelled_numbers())[1]
    # "$5-6 million": a range sharing its currency and scale
    low = draw(st.integers(1, 98))
    high = draw(st.integers(low + 1, 99))
    symbol, _ = draw(st.sampled_from(PREFIX_SYMBOLS))
    return f"{symbol}{low}-{high} million"


# --------------------------------------------------------------------------- footnotes


def rate_text(rate: Decimal, style: str = "plain") -> str:
    """A rate as a footnote writes it: ``plain`` "0.8214", ``grouped`` "1,234.5",
    ``dot`` ".8214" (wire copy drops the leading zero)."""
    plain = f"{rate:f}"
    if style == "grouped":
        return f"{rate:,f}"
    if style == "dot" and plain.startswith("0."):
        return plain[1:]
    return plain


@dataclass(frozen=True)
class Footnote:
    """A footnote and the rate it states: one ``base`` buys ``rate`` of ``quote``."""

    text: str
    base: str
    quote: str
    rate: Decimal


@st.composite
def footnotes(draw: st.DrawFn) -> Footnote:
    """A footnote in one of the surface forms news copy uses, with its exact rate."""
    rate = draw(rates())
    r = rate_text(rate, draw(st.sampled_from(["plain", "grouped", "dot"])))
    eq = draw(st.sampled_from([" = ", "=", " =", "= "]))
    form = draw(st.sampled_from(["dollar-name", "name-dollar", "symbols", "codes", "names"]))
    if form == "dollar-name":  # ($1 = 0.8214 pounds)
        quote = draw(st.sampled_from([c for c in NAMED_CODES if c != "USD"]))
        return Footnote(f"($1{eq}{r} {NAMED[quote].plural})", "USD", quote, rate)
    if form == "name-dollar":  # (1 euro = $1.0725)
        base = draw(st.sampled_from([c for c in NAMED_CODES if c != "USD"]))
        return Footnote(f"(1 {NAMED[base].singular}{eq}${r})", base, "USD", rate)
    if form == "symbols":  # (£1 = €1.1432)
        base, quote = draw(
            st.lists(st.sampled_from(SYMBOL_CODES), min_size=2, max_size=2, unique=True)
        )
        sb, sq = NAMED[base].symbol, NAMED[quote].symbol
        return Footnote(f"({sb}1{eq}{sq}{r})", base, quote, rate)
    if form == "codes":  # (1 USD = 83.2 INR), (USD 1 = INR 83.2)
        base, quote = draw(st.lists(text_codes(), min_size=2, max_size=2, unique=True))
        if draw(st.booleans()):
            return Footnote(f"(1 {base}{eq}{r} {quote})", base, quote, rate)
        return Footnote(f"({base} 1{eq}{quote} {r})", base, quote, rate)
    # (1 Swiss franc = 1.1 Canadian dollars), with a base amount of 1, 10, 100 or 1000
    base, quote = draw(st.lists(st.sampled_from(NAMED_CODES), min_size=2, max_size=2, unique=True))
    times = draw(st.sampled_from([0, 0, 1, 2, 3]))
    name = NAMED[base].singular if times == 0 else NAMED[base].plural
    stated = Decimal(10) ** times
    with localcontext() as ctx:
        ctx.prec = _WIDE
        per_one = rate.scaleb(-times)
    return Footnote(f"({stated:,f} {name}{eq}{r} {NAMED[quote].plural})", base, quote, per_one)


# --------------------------------------------------------------------------- prose

#: Ordinary lower-case words that are none of: number, scale, currency, unit, percent,
#: qualifier, range or date word, nor a word that makes the next number an identifier.
PROSE_WORDS: tuple[str, ...] = tuple(
    """the quiet river garden children walked slowly past house green reported said
    council members voted against plan because weather turned cold again new bridge
    will open soon after long delay while workers finished painting its railings
    farmers hoped rain would help crops grow this summer market traders sold fresh
    bread cheese apples people gathered outside town hall waiting news officials
    announced changes that surprised everyone including local shop owners""".split()
)


@st.composite
def prose(draw: st.DrawFn, max_words: int = 12) -> str:
    """A run of ordinary words, possibly empty, with no digits and no figures."""
    words = draw(st.lists(st.sampled_from(PROSE_WORDS), max_size=max_words))
    return " ".join(words)


#: Tokens that make up figures, rates and their traps, for texts built to confuse.
TRICKY_TOKENS: tuple[str, ...] = (
    *"""$ £ € ¥ ₹ US$ C$ HK$ R$ Rs USD GBP EUR JPY ( ) = - – / : , . % ' ’ + − 0 1 7 9 12
    1,000 1,23,456 .7909 0.8214 3.5 2023 1990s 3-1 10:30 million bn mln k m mm lakh
    crore thousand billion trillion half a an and dozen one two seventy-two hundred
    third thirds quarter percent per cent pct bps basis points percentage between from
    to or more than over about nearly up under hundreds thousands tens of dollars pounds
    euros yen pence cents p stg dlrs yuan Canadian Swiss francs barrels day km tonnes
    degrees Celsius year old aged Section Boeing G7 COVID-19 March""".split(),
    "\u00a0",
    "\u202f",
    "\n",
    "\t",
    " ",
    "\x00",
    "\u200b",
)


def tricky_texts() -> st.SearchStrategy[str]:
    """Texts made of figure-like tokens, glued or spaced at random."""
    return st.lists(
        st.tuples(st.sampled_from(TRICKY_TOKENS), st.sampled_from(["", " ", "  ", "\n"])),
        max_size=30,
    ).map(lambda parts: "".join(token + sep for token, sep in parts))


def huge_digit_runs() -> st.SearchStrategy[str]:
    """Long runs of digits and marks, alone or around a currency sign."""
    run = st.builds(
        lambda digit, n, mark, k: (digit * n + mark) * k,
        st.sampled_from("0123456789"),
        st.integers(1, 400),
        st.sampled_from(["", ",", ".", " ", "\u00a0"]),
        st.integers(1, 12),
    )
    return st.builds(
        lambda before, body, after: before + body + after,
        st.sampled_from(["", "$", "£", "USD ", "(", "-", "about "]),
        run,
        st.sampled_from(["", " million", "%", " pounds", ")", " = 1 euro)"]),
    )


def any_texts() -> st.SearchStrategy[str]:
    """Arbitrary unicode (control characters included), tricky tokens, or digit runs."""
    return st.one_of(
        st.text(),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
        tricky_texts(),
        huge_digit_runs(),
        st.builds(lambda a, b: a + b, tricky_texts(), st.text(max_size=40)),
    )
