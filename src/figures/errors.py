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
    """Base class of every error raised by ``figures``."""


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
    string that is not ISO), named in the message. Also a :class:`ValueError`."""


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
    """A division by zero (``money / 0``). Also a :class:`ZeroDivisionError`."""


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
    """Arithmetic or comparison between amounts in two different currencies."""

    def __init__(self, left: str, right: str, operation: str = "combine") -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"cannot {operation} {left} with {right}: convert one of them first "
            f"(e.g. money.to({left!r}, rates))"
        )


class NoRateError(FiguresError, LookupError):
    """No direct, inverse or cross rate connects two currencies."""

    def __init__(self, base: str, quote: str, detail: str = "") -> None:
        self.base = base
        self.quote = quote
        msg = f"no exchange rate path from {base} to {quote}"
        if detail:
            msg += f": {detail}"
        super().__init__(msg)


class StaleRateError(NoRateError):
    """The nearest reference fixing is older than the allowed number of days, or the
    date lies outside the embedded data."""


class ParseError(FiguresError, ValueError):
    """A string given to a ``parse_*`` function holds no figure of the asked kind."""

    def __init__(self, text: str, what: str, hint: str = "") -> None:
        self.text = text
        msg = f"no {what} found in {_excerpt(text)}"
        if hint:
            msg += f"; {hint}"
        super().__init__(msg)


class AmbiguousError(ParseError):
    """``strict=True`` was asked and the text has more than one reading."""

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
    different dimensions ("kilometer" to "kilogram"). ``unit`` is the value at fault."""

    def __init__(self, unit: object, detail: str) -> None:
        self.unit = unit
        super().__init__(f"{_excerpt(unit)} {detail}")


class DensityRequiredError(UnitError):
    """A conversion between mass and volume ("oil_barrel" to "metric_ton") asked for
    without a density: pass ``density=`` ("0.85 kg/L", "7.33 oil_barrel/metric_ton")."""

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        super().__init__(
            source,
            f"to {target!r} converts mass and volume: pass density= (such as '0.85 kg/L')",
        )
