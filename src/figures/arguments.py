"""Argument checks shared by the public calls: each returns the value in its one
canonical form or raises a typed error from :mod:`figures.errors` naming the value.

A bad argument is refused by the call that takes it, never later by a call that uses
it, and every message quotes at most a bounded excerpt of the value.

>>> from decimal import Decimal
>>> amount(Decimal("1.5E+3"), "Money amount")
Decimal('1500')
>>> currency_code(" usd ")
'USD'
>>> currency_code("uſd")
Traceback (most recent call last):
...
figures.errors.UnknownCurrencyError: unknown currency code 'uſd' (...); a currency code is
three ASCII letters
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, cast

from figures.arith import BOUND, BOUND_TEXT, excerpt, in_bounds, plain
from figures.errors import (
    FiguresOverflowError,
    FiguresTypeError,
    FiguresValueError,
)

if TYPE_CHECKING:
    from figures.rates import Rates

__all__ = ["amount", "currency_code", "days", "rates_table", "scalar"]

# 2**3330 > 10**1002: an int this long is beyond the bound whatever its digits.
_MAX_BITS = int(BOUND * 3.33)


def amount(value: object, what: str) -> Decimal:
    """``value`` as a finite Decimal within :data:`~figures.arith.BOUND`, positive
    exponents written out (``1E+3`` -> ``1000``); an int is exact, so it is accepted.

    A float or str is a :class:`~figures.errors.FiguresTypeError`, a NaN or infinity
    a :class:`~figures.errors.FiguresValueError`, a value beyond the bound a
    :class:`~figures.errors.FiguresOverflowError`.
    """
    # bool is an int, but True as an amount is always a bug.
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        hint = ""
        if isinstance(value, (float, str)):
            hint = f': write Decimal("{str(value)[:40]}")'
        raise FiguresTypeError(
            f"{what} must be a Decimal or an int, not {type(value).__name__} {excerpt(value)}{hint}"
        )
    if isinstance(value, int) and value.bit_length() > _MAX_BITS:
        # far past the bound: say so without converting millions of digits
        raise FiguresOverflowError(f"{what} (an int of {value.bit_length()} bits) {BOUND_TEXT}")
    number = Decimal(value)
    if not number.is_finite():
        raise FiguresValueError(f"{what} must be finite, not {excerpt(value)}")
    if not in_bounds(number):
        raise FiguresOverflowError(f"{what} {excerpt(number)} {BOUND_TEXT}")
    return plain(number)


def scalar(value: object, what: str) -> Decimal | None:
    """A finite Decimal for an int or Decimal operand; None when the operation is not
    ours (so the caller returns ``NotImplemented``)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        return None
    return Decimal(amount(value, what))


def currency_code(code: object) -> str:
    """``code`` as an upper-case ISO 4217 code (see
    :func:`figures.lexicon.validate_currency`: ASCII letters only, a code CLDR knows)."""
    from figures.lexicon import validate_currency

    return validate_currency(code)


def days(value: object, what: str) -> int:
    """``value`` as a number of days: an int of 0 or more (not a bool, not a float)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FiguresTypeError(
            f"{what} must be an int, not {type(value).__name__} {excerpt(value)}"
        )
    if value < 0:
        raise FiguresValueError(f"{what} must be 0 or more, not {value}")
    return value


def rates_table(value: object, call: str) -> Rates:
    """``value`` when it is a rate table (anything with a ``rate(base, quote)``
    method returning a path, such as :class:`figures.Rates`), else a typed error."""
    if not callable(getattr(value, "rate", None)):
        raise FiguresTypeError(
            f"{call} needs a Rates table, not {type(value).__name__} {excerpt(value)}: "
            "e.g. figures.Rates([figures.ExchangeRate('EUR', 'USD', Decimal('1.07'))])"
        )
    return cast("Rates", value)
