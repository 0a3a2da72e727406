"""The one exception hierarchy of ``figures``.

Every error names the input at fault. All derive from :class:`FiguresError`, so a
pipeline can catch the library's errors in one clause without catching bugs.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousError",
    "CurrencyMismatchError",
    "DensityRequiredError",
    "FiguresError",
    "FiguresOverflowError",
    "FiguresTypeError",
    "FiguresValueError",
    "FiguresZeroDivisionError",
    "NoRateError",
    "ParseError",
    "StaleRateError",
    "UnitError",
    "UnknownCurrencyError",
]


def _excerpt(text: object, limit: int = 60) -> str:
    """``repr(text)`` cut to about ``limit`` characters: a message never quotes a whole
    megabyte of input (the same rule as :func:`figures.arith.excerpt`)."""
    quoted = repr(text)
    if len(quoted) <= limit:
        return quoted
    half = (limit - 3) // 2
    return f"{quoted[:half]}...{quoted[-half:]} ({len(quoted)} characters)"


_READINGS = 32  # readings an AmbiguousError message names (a "$" has 31 currencies)


class FiguresError(Exception):
    """Base class of every error raised by ``figures``: catch it to catch the library's
    errors without catching bugs.

    >>> import figures
    >>> try:
    ...     figures.parse_money("nothing")
    ... except figures.FiguresError as err:
    ...     print(type(err).__name__)
    ParseError
    """


class FiguresTypeError(FiguresError, TypeError):
    """An argument of the wrong type (a float amount, bytes for text), named in the
    message. Also a :class:`TypeError`, so code written for the built-in still works.

    >>> import figures
    >>> figures.extract(b"$5")
    Traceback (most recent call last):
    ...
    figures.errors.FiguresTypeError: extract() needs a str, not bytes
    """


class FiguresValueError(FiguresError, ValueError):
    """An argument of the right type with an impossible value (a negative rate, a date
    string that is not ISO), named in the message. Also a :class:`ValueError`.

    >>> import figures
    >>> figures.read("text", date="20 March")
    Traceback (most recent call last):
    ...
    figures.errors.FiguresValueError: date must be an ISO date like '2023-03-20', not '20 March'
    """


class FiguresOverflowError(FiguresError, OverflowError):
    """A value beyond the magnitude bound of figures (:data:`figures.arith.BOUND`):
    a Money amount or rate of 10**1000 or more, or arithmetic whose result would be.
    Also an :class:`OverflowError` (an :class:`ArithmeticError`).

    >>> from decimal import Decimal
    >>> import figures
    >>> figures.Money(Decimal("9E+999"), "USD") * 2
    Traceback (most recent call last):
    ...
    figures.errors.FiguresOverflowError: Money(Decimal('9E+999'), 'USD') * 2 = 1.8E+1000 is beyond
    the bound of figures: magnitudes below 10**1000, no digit below 10**-1000
    """


class FiguresZeroDivisionError(FiguresError, ZeroDivisionError):
    """A division by zero (``money / 0``). Also a :class:`ZeroDivisionError`.

    >>> import figures
    >>> figures.Money(1, "USD") / 0
    Traceback (most recent call last):
    ...
    figures.errors.FiguresZeroDivisionError: cannot divide Money(Decimal('1'), 'USD') by zero
    """


class UnknownCurrencyError(FiguresError, ValueError):
    """A currency code that is not an ISO 4217 code known to CLDR.

    >>> raise UnknownCurrencyError("XYZ")
    Traceback (most recent call last):
    ...
    figures.errors.UnknownCurrencyError: unknown currency code 'XYZ' (not an ISO 4217 ...)
    """

    def __init__(self, code: object, hint: str = "") -> None:
        self.code = code
        msg = f"unknown currency code {_excerpt(code)} (not an ISO 4217 code known to CLDR)"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)


class CurrencyMismatchError(FiguresError, ValueError):
    """Arithmetic or comparison between amounts in two different currencies. Also a
    :class:`ValueError`. Attributes: ``left``, ``right``.

    >>> import figures
    >>> figures.Money(1, "USD") + figures.Money(1, "EUR")
    Traceback (most recent call last):
    ...
    figures.errors.CurrencyMismatchError: cannot add USD with EUR: convert one of them first
    (e.g. money.to('USD', rates))
    """

    def __init__(self, left: str, right: str, operation: str = "combine") -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"cannot {operation} {left} with {right}: convert one of them first "
            f"(e.g. money.to({left!r}, rates))"
        )


class NoRateError(FiguresError, LookupError):
    """No direct, inverse or cross rate connects two currencies. Also a
    :class:`LookupError`. Attributes: ``base``, ``quote``.

    >>> import figures
    >>> figures.read("It cost 5 million euros.").convert("USD", strict=True)
    Traceback (most recent call last):
    ...
    figures.errors.NoRateError: no exchange rate path from EUR to USD: the table is empty;
    the document has no date for ECB rates: pass date= or rates=
    """

    def __init__(self, base: str, quote: str, detail: str = "") -> None:
        self.base = base
        self.quote = quote
        msg = f"no exchange rate path from {base} to {quote}"
        if detail:
            msg += f": {detail}"
        super().__init__(msg)


class StaleRateError(NoRateError):
    """The nearest reference fixing is older than the allowed number of days, or the
    date lies outside the ECB data in use. The functions of :mod:`figures.ecb` raise it;
    a :class:`~figures.Document` catches it and leaves the ECB rates out, so a
    conversion that needed them gets an ``error`` instead.

    >>> import datetime
    >>> from figures.ecb import ecb_rate
    >>> ecb_rate("USD", "GBP", datetime.date(2023, 3, 19), max_age_days=1)
    Traceback (most recent call last):
    ...
    figures.errors.StaleRateError: no exchange rate path from USD to GBP: the last ECB fixing
    on or before 2023-03-19 (a Sunday) is 2023-03-17 (a Friday), 2 days earlier, more than
    max_age_days=1
    """


class ParseError(FiguresError, ValueError):
    """A string given to a ``parse_*`` function holds no figure of the asked kind. Also
    a :class:`ValueError`. Attribute: ``text``.

    >>> import figures
    >>> figures.parse_rate("(1 kg = 2.2046 lbs)")
    Traceback (most recent call last):
    ...
    figures.errors.ParseError: no exchange rate found in '(1 kg = 2.2046 lbs)'; write both
    currencies, e.g. "($1 = 0.8214 pounds)" or "(1 euro = $1.0725)"
    """

    def __init__(self, text: str, what: str, hint: str = "") -> None:
        self.text = text
        msg = f"no {what} found in {_excerpt(text)}"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)


class AmbiguousError(ParseError):
    """``strict=True`` was asked and the text has more than one reading; ``readings``
    lists them.

    >>> import figures
    >>> try:
    ...     figures.parse_rate("($1=95.04 Yen; $1=.7095 euros)", strict=True)
    ... except figures.AmbiguousError as err:
    ...     print(err.readings)
    ['1 USD = 95.04 JPY', '1 USD = 0.7095 EUR']
    """

    def __init__(self, text: str, what: str, readings: list[str]) -> None:
        self.readings = readings
        # every reading is kept in .readings; the message names the first few
        shown = [r if len(r) <= 30 else _excerpt(r, 30) for r in readings[:_READINGS]]
        if len(readings) > _READINGS:
            shown.append(f"{len(readings) - _READINGS} more")
        FiguresError.__init__(
            self, f"{_excerpt(text)} is ambiguous as {what}: could be " + " or ".join(shown)
        )
        self.text = text


class UnitError(FiguresError, ValueError):
    """A unit that neither figures nor pint knows, or a conversion between units of
    different dimensions ("kilometer" to "kilogram"). ``unit`` is the value at fault.

    >>> import figures
    >>> figures.extract("40 tonnes")[0].to("kilometer")
    Traceback (most recent call last):
    ...
    figures.errors.UnitError: 'metric_ton' cannot be converted to 'kilometer': different dimensions
    """

    def __init__(self, unit: object, detail: str) -> None:
        self.unit = unit
        super().__init__(f"{_excerpt(unit)} {detail}")


class DensityRequiredError(UnitError):
    """A conversion between mass and volume ("oil_barrel" to "metric_ton") asked for
    without a density: pass ``density=`` ("0.85 kg/L", "7.33 oil_barrel/metric_ton").

    >>> import figures
    >>> figures.extract("Brent cost $80 a barrel")[0].to("USD/tonne")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    figures.errors.DensityRequiredError: '1 / oil_barrel' to '1 / metric_ton' converts ...
    """

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        super().__init__(
            source,
            f"to {target!r} converts mass and volume: pass density= (such as '0.85 kg/L')",
        )


# Batches and the command line (issue 11).


class BatchLengthError(FiguresValueError):
    """A per-item argument of a batch call (``ids``, ``dates``, ``rates``) ran out
    before the texts did: name what is short and where.

    >>> raise BatchLengthError("dates", 2)
    Traceback (most recent call last):
    ...
    figures.errors.BatchLengthError: dates has fewer items than texts: none for text 2 ...
    """

    def __init__(self, what: str, position: int) -> None:
        self.what, self.position = what, position
        super().__init__(
            f"{what} has fewer items than texts: none for text {position} "
            f"(counting from 0); pass one per text"
        )


class InputError(FiguresError, ValueError):
    """A record of the command line's input that cannot be read (a missing file,
    undecodable bytes, a JSON line that is not an object): ``where`` names the file
    and the line or row."""

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        super().__init__(f"{where}: {detail}")


def _rebuild_error(
    cls: type[FiguresError], args: tuple[object, ...], state: dict[str, object]
) -> FiguresError:
    """Unpickle an error without calling its ``__init__`` (whose arguments differ
    from the message kept in ``args``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _reduce_error(self: FiguresError) -> tuple[object, ...]:
    return (_rebuild_error, (type(self), self.args, dict(self.__dict__)))


# Every error crosses process boundaries intact (a Dask or Spark worker sends it back
# pickled): message, attributes (``code``, ``base``, ``readings``...) and type.
FiguresError.__reduce__ = _reduce_error  # type: ignore[method-assign,assignment]

__all__ += ["BatchLengthError", "InputError"]
