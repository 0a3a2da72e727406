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
    "FiguresTypeError",
    "FiguresValueError",
    "NoRateError",
    "ParseError",
    "StaleRateError",
    "UnitError",
    "UnknownCurrencyError",
]


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


class UnknownCurrencyError(FiguresError, ValueError):
    """A currency code that is not an ISO 4217 code known to CLDR.

    >>> raise UnknownCurrencyError("XYZ")
    Traceback (most recent call last):
    ...
    figures.errors.UnknownCurrencyError: unknown currency code 'XYZ' (not an ISO 4217 ...)
    """

    def __init__(self, code: object, hint: str = "") -> None:
        self.code = code
        msg = f"unknown currency code {code!r} (not an ISO 4217 code known to CLDR)"
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
        msg = f"no {what} found in {text!r}"
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
        FiguresError.__init__(
            self, f"{text!r} is ambiguous as {what}: could be " + " or ".join(readings)
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
        super().__init__(f"{unit!r} {detail}")


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
