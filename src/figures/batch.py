"""Many texts at once: :func:`extract_many` and :func:`read_many`, in order, lazily,
in this process or in a pool of worker processes with the same results.

A pipeline's column holds missing values: a ``None`` or ``NaN`` text gives an empty
result (no figures), never an exception. Per-text ``dates`` and ``rates`` go beside
the texts; a shorter list raises :class:`~figures.errors.BatchLengthError`.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from figures.dates import as_date, is_missing
from figures.document import Document, read
from figures.errors import BatchLengthError, FiguresTypeError, FiguresValueError
from figures.locales import validate_locale
from figures.model import Figure
from figures.rates import ExchangeRate, Rates
from figures.scan import extract

__all__ = ["as_text", "extract_many", "per_item", "read_many"]

T = TypeVar("T")
R = TypeVar("R")

_NOTHING = object()


def as_text(value: object, position: int = 0) -> str:
    """A batch item as text: a str as it is, a missing value (``None``, ``NaN``,
    pandas ``NA``) as ``""``; anything else is a :class:`~figures.errors.FiguresTypeError`.

    >>> as_text(None), as_text(float("nan")), as_text("5%")
    ('', '', '5%')
    """
    if isinstance(value, str):
        return value
    if is_missing(value):
        return ""
    raise FiguresTypeError(
        f"text {position} must be a str (or None/NaN for a missing text), "
        f"not {type(value).__name__}"
    )


def _iterable(value: object, name: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise FiguresTypeError(
            f"{name}() needs an iterable of texts (a list, a pandas Series...), "
            f"not {type(value).__name__}"
        )
    return value


def per_item(values: Iterable[T] | None, what: str) -> Callable[[int], T | None]:
    """A function giving the ``position``-th of ``values`` (called in order), or None
    for all when ``values`` is None; running out raises
    :class:`~figures.errors.BatchLengthError`."""
    if values is None:
        return lambda position: None
    iterator = iter(values)

    def take(position: int) -> T | None:
        item = next(iterator, _NOTHING)
        if item is _NOTHING:
            raise BatchLengthError(what, position)
        return item  # type: ignore[return-value]

    return take


def _check_pool(processes: int | None, chunksize: int) -> None:
    if processes is not None and (
        isinstance(processes, bool) or not isinstance(processes, int) or processes < 1
    ):
        raise FiguresValueError(f"processes must be a positive int or None, not {processes!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise FiguresValueError(f"chunksize must be a positive int, not {chunksize!r}")


def pool_map(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    processes: int | None,
    chunksize: int = 16,
) -> Iterator[R]:
    """``map(function, items)`` in order; with ``processes`` > 1 in a process pool that
    holds at most a few chunks per worker in flight, so memory stays flat over an
    endless input. ``function`` must be a module-level function (it is pickled)."""
    if processes is None or processes == 1:
        yield from map(function, items)
        return
    # Imported here: concurrent.futures.process pulls in multiprocessing, logging and
    # socket, which an `import figures` that never asks for processes should not pay for.
    from concurrent.futures import ProcessPoolExecutor

    window = processes * chunksize * 4
    iterator = iter(items)
    with ProcessPoolExecutor(max_workers=processes) as pool:
        while True:
            batch = list(itertools.islice(iterator, window))
            if not batch:
                return
            yield from pool.map(function, batch, chunksize=chunksize)


def _extract_job(job: tuple[str, str, str | None]) -> list[Figure]:
    text, locale, decimal_mark = job
    return extract(text, locale=locale, decimal_mark=decimal_mark)


def extract_many(
    texts: Iterable[object],
    *,
    locale: str = "en",
    decimal_mark: str | None = None,
    processes: int | None = None,
    chunksize: int = 16,
) -> Iterator[list[Figure]]:
    """:func:`~figures.extract` over many texts, lazily, one list per text, in order.

    ``processes=N`` (N > 1) runs them in N worker processes; the results are the
    same as one by one. ``None``/``NaN`` texts give ``[]``.

    >>> [len(figs) for figs in extract_many(["5%", None, "$3 and 4 euros"])]
    [1, 0, 2]
    """
    _check_pool(processes, chunksize)
    validate_locale(locale, allow_auto=True)
    source = _iterable(texts, "extract_many")
    jobs = ((as_text(text, i), locale, decimal_mark) for i, text in enumerate(source))
    return pool_map(_extract_job, jobs, processes=processes, chunksize=chunksize)


_ReadJob = tuple[str, "datetime.date | None", "Rates | None", str, int, "str | None"]


def _read_job(job: _ReadJob) -> Document:
    text, day, table, locale, max_age_days, decimal_mark = job
    return read(
        text,
        locale=locale,
        date=day,
        rates=table,
        max_age_days=max_age_days,
        decimal_mark=decimal_mark,
    )


def _shared_rates(rates: object) -> tuple[Rates | None, Iterable[object] | None]:
    """One table for every text, or an iterable of per-text tables."""
    if rates is None or isinstance(rates, Rates):
        return rates, None
    if isinstance(rates, ExchangeRate):
        return Rates([rates]), None
    items = list(_iterable(rates, "read_many"))
    if all(isinstance(r, ExchangeRate) for r in items):
        return Rates(items), None
    return None, items


def _as_rates(value: object, position: int) -> Rates | None:
    if value is None or isinstance(value, Rates):
        return value
    if isinstance(value, ExchangeRate):
        return Rates([value])
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return Rates(value)
    raise FiguresTypeError(
        f"rates for text {position} must be Rates, ExchangeRates or None, "
        f"not {type(value).__name__}"
    )


def read_many(
    texts: Iterable[object],
    *,
    dates: Iterable[object] | None = None,
    rates: Rates | Iterable[ExchangeRate] | Iterable[object] | None = None,
    date: object = None,
    locale: str = "en",
    max_age_days: int = 7,
    decimal_mark: str | None = None,
    processes: int | None = None,
    chunksize: int = 16,
) -> Iterator[Document]:
    """:func:`~figures.read` over many texts, lazily, in order.

    ``dates`` gives each text its own date (anything :func:`figures.dates.as_date`
    reads: ``date``, ISO strings with time and zone, pandas ``Timestamp``/``NaT``, numpy
    ``datetime64``; a missing one falls back to the date the text states); ``date`` one
    date for all. ``rates`` is one table for all (``Rates`` or ``ExchangeRate`` s) or one
    per text (a sequence of ``Rates``/lists/``None``). ``processes=N`` reads in N worker
    processes with the same results.

    >>> docs = read_many(["5%", None, "$3"], dates=["2023-03-20T10:15:00Z", None, None])
    >>> [(len(d.figures), d.date) for d in docs]
    [(1, datetime.date(2023, 3, 20)), (0, None), (1, None)]
    """
    _check_pool(processes, chunksize)
    validate_locale(locale, allow_auto=True)
    source = _iterable(texts, "read_many")
    if dates is not None and (
        isinstance(dates, (str, datetime.date)) or not isinstance(dates, Iterable)
    ):
        raise FiguresTypeError(
            f"dates must hold one date per text (use date= for one date for all), "
            f"not {type(dates).__name__}"
        )
    shared_day = as_date(date)
    shared, each = _shared_rates(rates)
    next_date = per_item(dates, "dates")
    next_rates = per_item(each, "rates")

    def jobs() -> Iterator[_ReadJob]:
        for i, text in enumerate(source):
            day = as_date(next_date(i), what=f"date of text {i}") if dates is not None else None
            table = _as_rates(next_rates(i), i) if each is not None else shared
            yield (
                as_text(text, i),
                day or shared_day,
                table,
                locale,
                max_age_days,
                decimal_mark,
            )

    return pool_map(_read_job, jobs(), processes=processes, chunksize=chunksize)
