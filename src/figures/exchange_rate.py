"""An exchange rate: one ``base`` buys ``rate`` of ``quote``, from a source.

:class:`ExchangeRate` is directed and sourced: stated by the document (``"inline"``), a
level in its prose (``"prose"``), the caller (``"caller"``) or the ECB reference fixing
(``"ecb"``). :func:`apply_rates` is the one arithmetic of a conversion, which
:meth:`ExchangeRate.convert` and :meth:`figures.rates.Path.apply` share: every rate used
as stated multiplied in exactly, every rate used inversely divided out, with a single
rounding at the end. :mod:`figures.rates` holds the paths and the table, and exports
this class too.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import reduce
from typing import Any

from figures.arguments import amount as check_amount
from figures.arguments import currency_code
from figures.arith import PRECISION, bounded, excerpt, local, plain
from figures.errors import FiguresTypeError, FiguresValueError

__all__ = ["SOURCES", "ExchangeRate", "apply_rates"]

SOURCES = ("inline", "prose", "caller", "ecb")
"""Where a rate comes from, highest precedence first: the document's own footnote, a
level stated in its prose ("the euro was at $1.08"), the caller, the embedded ECB
reference rates."""


_GUARD_DIGITS = 5
_SHORT_DIGITS = PRECISION - 2 * _GUARD_DIGITS


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator`` to PRECISION digits, rounding noise dropped.

    A quotient that lies within the last _GUARD_DIGITS digits of a number of at most
    _SHORT_DIGITS significant digits is taken to be that number (trailing zeros
    dropped). This is what makes there-and-back exact: the way back from a rounded
    amount (0.333... GBP) lands a few units of the 50th digit away from the original
    (0.999... USD for 1 USD), and no amount a text states has 40 digits.
    """
    with local() as ctx:
        quotient = numerator / denominator
        ctx.prec = PRECISION - _GUARD_DIGITS
        short = (+quotient).normalize()  # unary plus rounds to the context's precision
    if len(short.as_tuple().digits) <= _SHORT_DIGITS:
        return plain(short)
    return plain(quotient)


_validate = currency_code


# init=False: the constructor takes an int rate as well as a Decimal (see Money).
@dataclass(frozen=True, slots=True, repr=False, init=False)
class ExchangeRate:
    """One ``base`` buys ``rate`` of ``quote``.

    ``rate`` is a positive :class:`~decimal.Decimal` (an ``int`` is accepted; float and
    str are refused). ``source`` is one of :data:`SOURCES`. ``text``, ``start`` and
    ``end`` locate an inline rate in its document; ``date`` is the day the rate holds
    for (the fixing day of an ECB rate).

    >>> usd_gbp = ExchangeRate("usd", "gbp", Decimal("0.8214"), source="inline")
    >>> usd_gbp
    ExchangeRate('USD', 'GBP', Decimal('0.8214'), source='inline')
    >>> str(usd_gbp)
    '1 USD = 0.8214 GBP'
    >>> usd_gbp.convert(Decimal("1000000"))
    Decimal('821400')
    >>> ExchangeRate("USD", "GBP", Decimal("0"))
    Traceback (most recent call last):
    ...
    figures.errors.FiguresValueError: exchange rate USD->GBP must be positive, not 0
    """

    base: str
    quote: str
    rate: Decimal
    source: str = "caller"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    date: datetime.date | None = None

    def __init__(
        self,
        base: str,
        quote: str,
        rate: Decimal | int,
        source: str = "caller",
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
        date: datetime.date | None = None,
    ) -> None:
        base = _validate(base)
        quote = _validate(quote)
        if base == quote:
            raise FiguresValueError(
                f"an exchange rate needs two different currencies, not {base} to {quote}"
            )
        value = check_amount(rate, f"exchange rate {base}->{quote}")
        if value <= 0:
            raise FiguresValueError(f"exchange rate {base}->{quote} must be positive, not {value}")
        if source not in SOURCES:
            raise FiguresValueError(
                f"unknown rate source {excerpt(source)} for {base}->{quote}: "
                f"use one of {', '.join(SOURCES)}"
            )
        if text is not None and not isinstance(text, str):
            raise FiguresTypeError(f"text must be a str or None, not {excerpt(text)}")
        if (start is None) != (end is None):
            raise FiguresValueError(f"give both start and end or neither, not {start}, {end}")
        if start is not None and end is not None:
            for offset in (start, end):
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise FiguresTypeError(f"start and end must be ints, not {excerpt(offset)}")
            if not 0 <= start <= end:
                raise FiguresValueError(f"need 0 <= start <= end, not start={start}, end={end}")
        if isinstance(date, datetime.datetime):
            date = date.date()  # a rate holds for a day, not an instant
        elif date is not None and not isinstance(date, datetime.date):
            raise FiguresTypeError(f"date must be a datetime.date or None, not {excerpt(date)}")
        for name, field_value in (
            ("base", base),
            ("quote", quote),
            ("rate", value),
            ("source", source),
            ("text", text),
            ("start", start),
            ("end", end),
            ("date", date),
        ):
            object.__setattr__(self, name, field_value)

    def __repr__(self) -> str:
        parts = [repr(self.base), repr(self.quote), repr(self.rate)]
        if self.source != "caller":
            parts.append(f"source={self.source!r}")
        for name in ("text", "start", "end", "date"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value!r}")
        return f"ExchangeRate({', '.join(parts)})"

    def __str__(self) -> str:
        return f"1 {self.base} = {self.rate:f} {self.quote}"

    def inverse(self) -> ExchangeRate:
        """The reverse rate, ``1 / rate`` rounded to :data:`~figures.arith.PRECISION`
        digits.

        The reciprocal is usually inexact, so do not convert with it: a
        :class:`~figures.rates.Path`
        divides by the original rate instead, which keeps a round trip exact.

        >>> ExchangeRate("EUR", "USD", Decimal("1.25")).inverse()
        ExchangeRate('USD', 'EUR', Decimal('0.8'))
        >>> ExchangeRate("EUR", "USD", Decimal("3")).inverse().rate
        Decimal('0.33333333333333333333333333333333333333333333333333')
        """
        with local():
            rate = Decimal(1) / self.rate
        return ExchangeRate(
            self.quote, self.base, rate, self.source, self.text, self.start, self.end, self.date
        )

    def convert(self, amount: Decimal | int) -> Decimal:
        """``amount`` of ``base`` in ``quote``: ``amount * rate``, rounded as
        :meth:`figures.rates.Path.apply` rounds.

        >>> ExchangeRate("EUR", "USD", Decimal("1.0717")).convert(Decimal("250"))
        Decimal('267.925')
        """
        value = check_amount(amount, "amount")
        return apply_rates(
            value, [self.rate], [], lambda: f"{excerpt(value)} {self.base} in {self.quote}"
        )

    def to_dict(self) -> dict[str, Any]:
        """This rate as JSON-ready data (see :mod:`figures.serialize`, whose
        :func:`~figures.serialize.from_dict` rebuilds it)."""
        from figures.codec import fields_dict

        return fields_dict(self)


def apply_rates(
    value: Decimal, multiply: list[Decimal], divide: list[Decimal], what: Callable[[], str]
) -> Decimal:
    """``value`` times every rate of ``multiply``, divided by every rate of ``divide``,
    rounded once to :data:`~figures.arith.PRECISION` digits (rounding noise dropped, see
    ``_divide``); :class:`~figures.errors.FiguresOverflowError` naming ``what()`` past
    :data:`figures.arith.BOUND`.

    >>> apply_rates(Decimal("250"), [Decimal("1.0717")], [], lambda: "250 EUR in USD")
    Decimal('267.925')
    """
    # Products of finite decimals are exact given enough digits; take that many so that
    # the one division below is the only rounding on the whole path.
    digits = sum(len(d.as_tuple().digits) for d in (value, *multiply, *divide))
    with local(digits + 1):
        numerator = reduce(operator.mul, multiply, value)
        denominator = reduce(operator.mul, divide, Decimal(1))
    return bounded(_divide(numerator, denominator), what)
