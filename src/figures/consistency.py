"""Whether a stated conversion can be right: interval arithmetic on rounded figures.

"25 billion euros ($30.6 billion)" at 1.2264 dollars per euro is 30.66 billion dollars,
yet the writer was right: each side is rounded. The rule (see
``docs/explanation/consistency.md``):

* each side stands for the :class:`Interval` of values that round to it at its stated
  precision (:func:`effective_precision`: trailing zeros of a whole number are not
  stated digits, a written decimal zero is), so "25 billion" is 24.5-25.5 billion;
* a qualifier widens its side in the direction it means ("more than" upward, "nearly"
  and "up to" downward, "about" and "some" both ways); a vague amount is never judged;
* the original's interval is converted with the rate's interval (each rate used is
  anything that rounds to it at its last written digit);
* the pair is consistent when the converted interval and the restated interval overlap.
  Two ranges are judged end by end; a range and a point, the point against the whole
  range.

When they do not overlap, :func:`relative_gap` says how far apart the nearer ends are,
as a fraction of the smaller: 0.004 for a writer who used yesterday's rate, 999 for a
typo off by 1000x.

>>> from decimal import Decimal
>>> from figures.rates import ExchangeRate, Path, Step
>>> eur_usd = Path("EUR", "USD", (Step(ExchangeRate("EUR", "USD", Decimal("1.2264")), False),))
>>> original = Interval(Decimal("24.5e9"), Decimal("25.5e9"))
>>> converted = convert_interval(eur_usd, original)
>>> overlaps(converted, Interval(Decimal("30.55e9"), Decimal("30.65e9")))
True
"""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass
from decimal import Decimal

from figures import arith
from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation, phrase_alternation
from figures.model import Figure, Qualifier
from figures.rates import Path

__all__ = [
    "ABOUT_SLACK",
    "BOUND_SLACK",
    "Interval",
    "Verdict",
    "convert_interval",
    "effective_precision",
    "judge",
    "not_a_restatement",
    "overlaps",
    "relative_gap",
    "stated_interval",
]

#: Significant digits of the arithmetic: far beyond any stated figure.
PRECISION = 50

#: "about", "some", "roughly": the side may be this fraction off either way, on top of
#: its rounding. A restatement is usually "about" only because it was converted.
ABOUT_SLACK = Decimal("0.02")
#: "more than", "nearly", "up to": the side may be this fraction beyond its number in the
#: direction the qualifier means ("more than 10 trillion" reaches 11 trillion).
BOUND_SLACK = Decimal("0.10")

_EN = load_language("en")  # lexicon/lang/en.json

# Words that make an "about" reading point down: the true amount is below the number.
# (en.json "downward_words")
_DOWNWARD = re.compile(r"(?:" + phrase_alternation(_EN["downward_words"]) + r")\b", re.IGNORECASE)
# After an amount: it is a price per something ("HK$8 a share"), not a total.
_PER_SOMETHING = re.compile(
    r"\s{0,2}(?:a|an|per|each)\s+(?:"
    + alternation(_EN["per_something"])  # en.json "per_something"
    + r")\b|\s{0,2}(?:shr|/share)\b",
    re.IGNORECASE,
)
# Before two amounts: a choice between them, not one restated ("either 182.50 marks or
# 149.50 yen", "a choice of 100 euros or $130").
_CHOICE = re.compile(
    r"\b(?:" + alternation(_EN["choice_words"]) + r")\b[^.;()]{0,60}\Z",  # en.json "choice_words"
    re.IGNORECASE,
)
# The words between two amounts that make the second an alternative: a bare "or".
_BARE_OR = re.compile(r"\s{1,3}or\s{1,3}\Z")
# A decimal written out: its zeros are stated digits ("$1.20 million").
_DECIMAL_WRITTEN = re.compile(r"\d[.,]\d{1,2}(?!\d)|(?<![\d,])\d+\.\d+")


def _context() -> decimal.Context:
    # built from scratch: the caller's context can change neither a result nor raise
    return arith.context(PRECISION)


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval ``low``..``high`` of values a stated figure may stand for."""

    low: Decimal
    high: Decimal


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one stated conversion.

    ``consistent`` is None when it cannot be judged (a vague amount). ``expected`` is the
    exact conversion of a point original and ``tolerance`` the largest distance from it
    that the restated number may lie (None for ranges); ``gap`` is the
    :func:`relative_gap` of the two sides, 0 when consistent.
    """

    consistent: bool | None
    expected: Decimal | None = None
    tolerance: Decimal | None = None
    gap: Decimal | None = None


def effective_precision(fig: Figure, value: Decimal | None = None) -> Decimal | None:
    """The unit of the last stated digit of ``value`` (the figure's own by default).

    Trailing zeros of a whole number are not stated digits ("$300,000" is good to the
    hundred thousand); a written decimal zero is ("$1.20 million" is good to 10,000).
    """
    value = fig.value if value is None else value
    if value is None or fig.precision is None:
        return fig.precision
    prec = fig.precision
    if _DECIMAL_WRITTEN.search(fig.text):
        return prec
    if value == value.to_integral_value() and value != 0 and prec >= 1:
        n = abs(int(value))
        k = 0
        while n % 10 == 0:
            n //= 10
            k += 1
        return max(prec, Decimal(10**k))  # exact in any context
    return prec


def not_a_restatement(text: str, original: Figure, restated: Figure) -> bool:
    """Whether two adjacent amounts in different currencies are not one amount restated.

    A price per something after a total ("$230 million, or about HK$8 a share") is a
    different quantity (a price restated per another unit, "2,000 Ecus a hectare (920
    dlrs an acre)", is a restatement: the pair is judged in one unit); two amounts joined by "or"
    after "either", "whether", "a choice of" ("either 182.50 marks or 149.50 yen") are
    alternatives.

    >>> from figures import extract
    >>> text = "It earned $230 million, or about HK$8 a share."
    >>> not_a_restatement(text, *extract(text))
    True
    """
    per = [
        fig.unit is not None or _PER_SOMETHING.match(text, fig.end) is not None
        for fig in (original, restated)
    ]
    if per[1] and not per[0]:
        return True  # a total, then a price per share
    # a price per unit restated bare ("883 stg per tonne (1,417 dlrs)") is the same price
    gap = text[original.end : restated.start]
    if _BARE_OR.fullmatch(gap) or gap.strip().startswith("or"):
        return _CHOICE.search(text, max(0, original.start - 80), original.start) is not None
    return False


def _rounded(fig: Figure, value: Decimal) -> Interval:
    """The values that round to ``value`` at the figure's stated precision."""
    half = (effective_precision(fig, value) or Decimal(0)) / 2
    return Interval(value - half, value + half)


def _direction(fig: Figure) -> Qualifier | None:
    """Which way the figure's qualifier points: OVER, UNDER, ABOUT (both) or None."""
    q = fig.qualifier
    if q is Qualifier.ABOUT and _DOWNWARD.match(fig.text):
        return Qualifier.UNDER  # "nearly 5 million": the amount is below 5 million
    return q


def stated_interval(fig: Figure) -> tuple[Interval, ...] | None:
    """What a money figure may stand for: one interval for a point, one per end for a
    range (low end, high end), None for a vague amount or one without a number."""
    if fig.qualifier is Qualifier.VAGUE:
        return None
    with decimal.localcontext(_context()):
        if fig.value is not None:
            ends = [_rounded(fig, fig.value)]
        elif fig.low is not None and fig.high is not None:
            ends = [_rounded(fig, fig.low), _rounded(fig, fig.high)]
        else:
            return None
        way = _direction(fig)
        lo, hi = ends[0], ends[-1]
        if way is Qualifier.ABOUT:
            lo = Interval(lo.low - abs(lo.low) * ABOUT_SLACK, lo.high)
            hi = Interval(hi.low, hi.high + abs(hi.high) * ABOUT_SLACK)
        elif way is Qualifier.OVER:
            hi = Interval(hi.low, hi.high + abs(hi.high) * BOUND_SLACK)
        elif way is Qualifier.UNDER:
            lo = Interval(lo.low - abs(lo.low) * BOUND_SLACK, lo.high)
        if len(ends) == 1:
            return (Interval(lo.low, hi.high),)
        return (lo, hi)


def _times(a: Interval, lo: Decimal, hi: Decimal) -> Interval:
    products = (a.low * lo, a.low * hi, a.high * lo, a.high * hi)
    return Interval(min(products), max(products))


def convert_interval(path: Path, interval: Interval) -> Interval:
    """``interval`` converted along ``path``, each rate taken as the interval of values
    that round to it at its last written digit."""
    with decimal.localcontext(_context()):
        out = interval
        for step in path.steps:
            r = step.rate.rate
            half = Decimal(1).scaleb(r.as_tuple().exponent) / 2  # type: ignore[arg-type]
            lo, hi = r - half, r + half
            if step.inverted:
                lo, hi = 1 / hi, 1 / lo
            out = _times(out, lo, hi)
        return out


def overlaps(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a value."""
    return a.low <= b.high and b.low <= a.high


def relative_gap(a: Interval, b: Interval) -> Decimal | None:
    """How far apart two intervals are: 0 when they overlap, else the distance between
    their nearer ends as a fraction of the smaller of those ends (0.10 when one side is
    10% above the other, 999 when it is 1000 times it). None when the smaller end is 0
    or the two have different signs."""
    if overlaps(a, b):
        return Decimal(0)
    below, above = (a, b) if a.high < b.low else (b, a)
    near_low, near_high = below.high, above.low
    with decimal.localcontext(_context()):
        if near_low > 0:
            return (near_high - near_low) / near_low
        if near_high < 0:
            return (near_high - near_low) / -near_high
    return None


def _whole(ends: tuple[Interval, ...]) -> Interval:
    return Interval(ends[0].low, ends[-1].high)


def judge(original: Figure, restated: Figure, path: Path) -> Verdict:
    """Whether ``restated`` can be ``original`` converted along ``path``."""
    orig_ends, rest_ends = stated_interval(original), stated_interval(restated)
    if orig_ends is None or rest_ends is None:
        return Verdict(None)
    converted = tuple(convert_interval(path, end) for end in orig_ends)
    if len(converted) == 2 and len(rest_ends) == 2:
        gaps = [relative_gap(c, r) for c, r in zip(converted, rest_ends, strict=True)]
        if any(g is None for g in gaps):
            return Verdict(all(overlaps(c, r) for c, r in zip(converted, rest_ends, strict=True)))
        worst = max(g for g in gaps if g is not None)
        return Verdict(worst == 0, gap=worst)
    conv, rest = _whole(converted), _whole(rest_ends)
    gap = relative_gap(conv, rest)
    consistent = overlaps(conv, rest)
    if original.value is None or restated.value is None:
        return Verdict(consistent, gap=gap)
    expected = path.apply(original.value)
    with decimal.localcontext(_context()):
        # the restated number v is accepted when [v - below, v + above] meets conv
        below, above = restated.value - rest.low, rest.high - restated.value
        tolerance = max(expected - (conv.low - above), (conv.high + below) - expected)
    return Verdict(consistent, expected, tolerance, gap)
