"""Money: an exact amount in one ISO 4217 currency.

Amounts are :class:`~decimal.Decimal`, never float. Construction stores the amount
exactly as given; every operation (``+``, ``-``, ``*``, ``/``, conversion) runs inside a
fresh decimal context of :data:`PRECISION` significant digits (:mod:`figures.arith`),
so the caller's context neither affects nor is affected by this module. Amounts lie
within :data:`figures.arith.BOUND` (below 10**1000 in magnitude, no digit below
10**-1000): a larger amount or result raises
:class:`~figures.errors.FiguresOverflowError`. Nothing is rounded to cents
unless :meth:`Money.rounded` is asked for.

>>> from decimal import Decimal
>>> price = Money(Decimal("19.99"), "usd")
>>> price
Money(Decimal('19.99'), 'USD')
>>> sum([price, price * 2])
Money(Decimal('59.97'), 'USD')
>>> (price / 3).rounded()
Money(Decimal('6.66'), 'USD')
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from figures.arguments import amount as check_amount
from figures.arguments import currency_code, rates_table, scalar
from figures.arith import BOUND, PRECISION, bounded, excerpt, local, plain
from figures.errors import (
    CurrencyMismatchError,
    FiguresTypeError,
    FiguresValueError,
    FiguresZeroDivisionError,
)

if TYPE_CHECKING:
    from figures.rates import Rates

__all__ = ["PRECISION", "Money"]

# Every rounding mode the decimal module defines (ROUND_HALF_UP, ROUND_FLOOR, ...).
_ROUNDINGS = frozenset(value for name, value in vars(decimal).items() if name.startswith("ROUND_"))


# init=False: the constructor takes an int as well as a Decimal, while the field is
# always a Decimal; a generated __init__ would tell type checkers only one of the two.
@dataclass(frozen=True, slots=True, repr=False, init=False)
class Money:
    """An exact amount of one currency.

    ``amount`` must be a :class:`~decimal.Decimal` or an ``int``: a float is refused
    because it is already inexact, and a str is refused because text carries
    locale-dependent marks ("1,5", "1.500") that :func:`figures.parse_money` reads
    properly. ``currency`` is an ISO 4217 code in any case, stored upper-case.

    Arithmetic stays within one currency: ``+`` and ``-`` between Money of the same
    currency, ``*`` and ``/`` by an int or Decimal, ``-m``, ``abs(m)`` and ``sum()``.
    Ordering between different currencies raises
    :class:`~figures.errors.CurrencyMismatchError`; equality is simply False.

    >>> Money(Decimal("1e6"), "GBP")
    Money(Decimal('1000000'), 'GBP')
    >>> Money(Decimal("1e6"), "GBP") + Money(5, "GBP")
    Money(Decimal('1000005'), 'GBP')
    >>> Money(1, "USD") < Money(Decimal("1.5"), "USD")
    True
    >>> Money(1.5, "USD")
    Traceback (most recent call last):
    ...
    figures.errors.FiguresTypeError: Money amount must be a Decimal or an int, not float 1.5: ...
    >>> Money(1, "USD") + Money(1, "EUR")
    Traceback (most recent call last):
    ...
    figures.errors.CurrencyMismatchError: cannot add USD with EUR: ...
    """

    amount: Decimal
    currency: str

    def __init__(self, amount: Decimal | int, currency: str) -> None:
        object.__setattr__(self, "amount", check_amount(amount, "Money amount"))
        object.__setattr__(self, "currency", currency_code(currency))

    @classmethod
    def _trusted(
        cls, amount: Decimal, currency: str, what: str | Callable[[], str] = "result"
    ) -> Money:
        """Build from a currency already validated and the result of arithmetic,
        brought within the bound (``what`` names the operation in the error)."""
        money = object.__new__(cls)
        object.__setattr__(money, "amount", plain(bounded(amount, what)))
        object.__setattr__(money, "currency", currency)
        return money

    def _same(self, other: Money, operation: str) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatchError(self.currency, other.currency, operation)

    # --- representation -------------------------------------------------------------

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self) -> str:
        """The exact amount with thousands separators, then the code.

        >>> str(Money(Decimal("1217433.65"), "USD"))
        '1,217,433.65 USD'
        >>> str(Money(Decimal("-3E+9"), "GBP"))
        '-3,000,000,000 GBP'
        """
        # "f" never switches to exponent form (1E-7 prints as 0.0000001).
        return f"{self.amount:,f} {self.currency}"

    def format(self, locale: str = "en", *, rounded: bool = True) -> str:
        """The amount as a person in ``locale`` writes it, via babel's CLDR patterns.

        With ``rounded=True`` (the default) the amount is first :meth:`rounded` to the
        currency's minor units, half up; with ``rounded=False`` every stated digit is
        shown.

        >>> Money(Decimal("1234.565"), "EUR").format("en")
        '€1,234.57'
        >>> Money(Decimal("1234.5"), "EUR").format("de_DE")
        '1.234,50\\xa0€'
        >>> Money(Decimal("1234.565"), "EUR").format(rounded=False)
        '€1,234.565'
        >>> Money(Decimal("1E+6"), "JPY").format("en")
        '¥1,000,000'
        """
        from babel.numbers import format_currency

        from figures.locales import validate_locale

        validate_locale(locale)
        value = self.rounded() if rounded else self
        # babel quantizes in the *current* context; give it room for every digit.
        with local(2 * BOUND + 10):
            text: str = format_currency(
                value.amount,
                value.currency,
                locale=locale,
                decimal_quantization=rounded,
            )
        return text

    # --- rounding ---------------------------------------------------------------------

    def rounded(self, digits: int | None = None, *, rounding: str = ROUND_HALF_UP) -> Money:
        """This amount quantized to ``digits`` decimal places.

        ``digits`` defaults to the currency's ISO 4217 minor units (JPY 0, USD 2,
        KWD 3); a negative number rounds to tens, hundreds, and so on. ``rounding`` is a
        :mod:`decimal` rounding mode and defaults to ``ROUND_HALF_UP``, the rule people
        apply by hand and the one EU Regulation 1103/97 prescribes for currency
        conversion (pass ``decimal.ROUND_HALF_EVEN`` for banker's rounding).

        >>> Money(Decimal("2.675"), "USD").rounded()
        Money(Decimal('2.68'), 'USD')
        >>> Money(Decimal("2.675"), "USD").rounded(rounding="ROUND_HALF_EVEN")
        Money(Decimal('2.68'), 'USD')
        >>> Money(Decimal("2.665"), "USD").rounded(rounding="ROUND_HALF_EVEN")
        Money(Decimal('2.66'), 'USD')
        >>> Money(Decimal("1234.5"), "JPY").rounded()
        Money(Decimal('1235'), 'JPY')
        >>> Money(Decimal("1.23456"), "KWD").rounded()
        Money(Decimal('1.235'), 'KWD')
        >>> Money(Decimal("1234567"), "USD").rounded(-3)
        Money(Decimal('1235000'), 'USD')
        """
        if digits is None:
            from figures.lexicon import minor_units

            digits = minor_units(self.currency)
        elif isinstance(digits, bool) or not isinstance(digits, int):
            raise FiguresTypeError(f"digits must be an int or None, not {excerpt(digits)}")
        elif not -BOUND <= digits <= BOUND:
            raise FiguresValueError(f"digits must lie within -{BOUND}..{BOUND}, not {digits}")
        if rounding not in _ROUNDINGS:
            raise FiguresValueError(
                f"unknown rounding mode {excerpt(rounding)}: use one of the decimal.ROUND_* "
                "constants, e.g. decimal.ROUND_HALF_UP"
            )
        quantum = Decimal((0, (1,), -digits))
        # quantize needs room for every digit left of the quantum, however large.
        with local(self.amount.adjusted() + digits + 2, rounding=rounding):
            amount = self.amount.quantize(quantum)
        return Money._trusted(
            amount, self.currency, lambda: f"{excerpt(self)} rounded to {digits} places"
        )

    # --- conversion -------------------------------------------------------------------

    def to(self, currency: str, rates: Rates) -> Money:
        """This amount in ``currency`` by the best path ``rates`` knows, unrounded.

        >>> from figures.rates import ExchangeRate, Rates
        >>> table = Rates([ExchangeRate("USD", "GBP", Decimal("0.8214"))])
        >>> Money(Decimal("1000"), "USD").to("GBP", table)
        Money(Decimal('821.4'), 'GBP')
        >>> Money(Decimal("821.4"), "GBP").to("USD", table)
        Money(Decimal('1000'), 'USD')
        """
        path = rates_table(rates, "Money.to()").rate(self.currency, currency)
        return Money._trusted(
            path.apply(self.amount), path.quote, lambda: f"{excerpt(self)} in {path.quote}"
        )

    # --- arithmetic -------------------------------------------------------------------

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        with local():
            return Money._trusted(self.amount + other.amount, self.currency, "sum")

    def __radd__(self, other: object) -> Money:
        # sum() starts from the int 0; accept exactly that and nothing else.
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        with local():
            return Money._trusted(self.amount - other.amount, self.currency, "difference")

    def __neg__(self) -> Money:
        return Money._trusted(self.amount.copy_negate(), self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return Money._trusted(self.amount.copy_abs(), self.currency)

    def __mul__(self, other: object) -> Money:
        factor = scalar(other, "a factor of money")
        if factor is None:
            return NotImplemented
        with local():
            product = self.amount * factor
        return Money._trusted(
            product, self.currency, lambda: f"{excerpt(self)} * {excerpt(factor)}"
        )

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Money:
        divisor = scalar(other, "a divisor of money")
        if divisor is None:
            return NotImplemented
        if not divisor:
            raise FiguresZeroDivisionError(f"cannot divide {excerpt(self)} by zero")
        with local():
            quotient = self.amount / divisor
        return Money._trusted(
            quotient, self.currency, lambda: f"{excerpt(self)} / {excerpt(divisor)}"
        )

    # --- ordering (equality and hashing come from the dataclass) ----------------------

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount < other.amount

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount <= other.amount

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount > other.amount

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount >= other.amount

    def to_dict(self) -> dict[str, Any]:
        """This amount as JSON-ready data, every Decimal its exact string;
        :func:`figures.serialize.from_dict` rebuilds an equal value.

        >>> from figures.serialize import from_dict
        >>> Money(Decimal("1217433.649866082298514730947"), "USD").to_dict()
        {'type': 'Money', 'amount': '1217433.649866082298514730947', 'currency': 'USD'}
        >>> from_dict(Money(Decimal("0.10"), "USD").to_dict())
        Money(Decimal('0.10'), 'USD')
        """
        from figures.codec import fields_dict

        return fields_dict(self)
