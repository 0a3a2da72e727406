"""The one decimal policy of ``figures``: its contexts and the bound on magnitude.

Every :class:`~decimal.Decimal` operation in the library runs in a context made here
from scratch, every field given (precision, rounding, exponent limits, clamp, traps,
flags), never copied from the caller's context nor from :data:`decimal.DefaultContext`.
So a caller's rounding mode, traps or exponent limits can neither change a result nor
raise from inside ``figures``.

Every value ``figures`` produces or accepts lies within :data:`BOUND`: its magnitude
is below ``10**BOUND`` and it has no digit below ``10**-BOUND``. A numeral beyond it in
a text is no figure; a :class:`~figures.money.Money` amount or exchange rate beyond it
is refused with :class:`~figures.errors.FiguresOverflowError`; a result of arithmetic
above it raises the same error, and digits of a result below ``10**-BOUND`` are
rounded away (half even). The bound keeps ``str()`` and ``Money.format()`` of any value
to a few thousand characters.

>>> from decimal import Decimal
>>> in_bounds(Decimal("9.99E+999")), in_bounds(Decimal("1E+1000"))
(True, False)
>>> in_bounds(Decimal("1E-1000")), in_bounds(Decimal("1.5E-1000"))
(True, False)
>>> with local() as ctx:
...     Decimal(2) / 3
Decimal('0.66666666666666666666666666666666666666666666666667')
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import ROUND_HALF_EVEN, Decimal

from figures.errors import FiguresOverflowError

__all__ = [
    "BOUND",
    "BOUND_TEXT",
    "PRECISION",
    "TRAPS",
    "bounded",
    "context",
    "excerpt",
    "in_bounds",
    "local",
    "plain",
]

PRECISION = 50
"""Significant digits kept by every arithmetic operation on amounts and rates.

Fifty digits hold any amount a text can state (a quadrillion to a billionth) with more
than thirty digits to spare, so a chain of conversions loses nothing a reader could see.
"""

BOUND = 1000
"""The magnitude bound: every value has ``abs(value) < 10**BOUND`` and no digit below
``10**-BOUND``. Far beyond any quantity a text states (10**80 atoms in the universe),
and small enough that any value prints in under ``2 * BOUND + 3`` characters."""

BOUND_TEXT = (
    f"is beyond the bound of figures: magnitudes below 10**{BOUND}, no digit below 10**-{BOUND}"
)
"""How an error message states :data:`BOUND`."""

TRAPS = (decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow)
"""The conditions that raise inside a context with traps: a NaN, a division by zero
or an overflow must never flow silently into a result."""

_QUANTUM = Decimal(f"1E-{BOUND}")
_EXCERPT = 60


def context(
    prec: int = PRECISION, *, rounding: str = ROUND_HALF_EVEN, traps: bool = True
) -> decimal.Context:
    """A new context of ``prec`` digits, every field set here (nothing inherited).

    The exponent limits are the widest the platform allows, so no intermediate result
    overflows; :func:`bounded` applies :data:`BOUND` to what comes out. ``traps=False``
    gives a context in which nothing raises (NaN and infinities flow through, for code
    that checks its results itself).

    >>> context(10).prec, context().rounding, context().traps[decimal.Inexact]
    (10, 'ROUND_HALF_EVEN', False)
    """
    return decimal.Context(
        prec=max(1, min(prec, decimal.MAX_PREC)),
        rounding=rounding,
        Emin=decimal.MIN_EMIN,
        Emax=decimal.MAX_EMAX,
        capitals=1,
        clamp=0,
        flags=[],
        traps=list(TRAPS) if traps else [],
    )


def local(
    prec: int = PRECISION, *, rounding: str = ROUND_HALF_EVEN, traps: bool = True
) -> AbstractContextManager[decimal.Context]:
    """``with local(): ...``: run a block in a fresh :func:`context` (its flags stay
    inside; the caller's context is back afterwards)."""
    return decimal.localcontext(context(prec, rounding=rounding, traps=traps))


def in_bounds(value: Decimal) -> bool:
    """Whether ``value`` is finite, below ``10**BOUND`` in magnitude and has no
    non-zero digit below ``10**-BOUND``."""
    if not value.is_finite():
        return False
    if not value:
        return True
    if value.adjusted() >= BOUND:
        return False
    # (the context by position: as a keyword it doubles the method's cost)
    if value == value.to_integral_value(None, _INTEGRAL):
        return True  # a whole number, the common case: no digit below 1 (no as_tuple)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -BOUND:
        return True
    return _trimmed_exponent(value) >= -BOUND  # trailing zeros are no digits


# The context of in_bounds()'s test for a whole number (made once: it is asked for
# every scaled figure; the test rounds, and nothing in it can trap).
_INTEGRAL = context(traps=False)


def _trimmed_exponent(value: Decimal) -> int:
    """The exponent of ``value``'s last non-zero digit."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    zeros = len(digits) - len(bytes(digits).rstrip(b"\0"))
    return exponent + zeros


def excerpt(value: object, limit: int = _EXCERPT) -> str:
    """``repr(value)``, cut to about ``limit`` characters, for an error message.

    >>> excerpt("x" * 1000)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxxxxxxxxxxx' (1002 characters)"
    """
    text = repr(value) if not isinstance(value, Decimal) else str(value)
    if len(text) <= limit:
        return text
    half = (limit - 3) // 2
    return f"{text[:half]}...{text[-half:]} ({len(text)} characters)"


def bounded(value: Decimal, what: str | Callable[[], str]) -> Decimal:
    """``value`` within :data:`BOUND`: digits below ``10**-BOUND`` rounded away (half
    even), or :class:`~figures.errors.FiguresOverflowError` naming ``what`` when its
    magnitude reaches ``10**BOUND`` (or it is not finite). ``what`` may be a function
    that builds the name, so that the common case builds no string.

    >>> bounded(Decimal("1.25E-1000"), "amount")
    Decimal('1E-1000')
    >>> bounded(Decimal("1E+1000"), "amount")
    Traceback (most recent call last):
    ...
    figures.errors.FiguresOverflowError: amount = 1E+1000 is beyond the bound of figures: ...
    """
    if in_bounds(value):
        return value
    if value.is_finite() and value.adjusted() < BOUND:
        rounded = value.quantize(_QUANTUM, context=context(2 * BOUND + 2))
        return plain(rounded) if rounded else Decimal(0)
    name = what if isinstance(what, str) else what()  # built only when it is needed
    raise FiguresOverflowError(f"{name} = {excerpt(value)} {BOUND_TEXT}")


def plain(value: Decimal) -> Decimal:
    """``value`` without a positive exponent: ``1E+3`` becomes ``1000``, same value.

    Division and parsed scale words ("3bn") produce positive exponents; written out,
    they read as the whole numbers they are. Values past ``10**(2 * PRECISION)`` keep
    their exponent, and so does anything not finite.

    >>> plain(Decimal("1.2E+3")), plain(Decimal("5E-2"))
    (Decimal('1200'), Decimal('0.05'))
    """
    if not value.is_finite():
        return value
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0 and value.adjusted() < 2 * PRECISION:
        return value.quantize(Decimal(1), context=context(value.adjusted() + 2))
    return value
