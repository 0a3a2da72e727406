"""A document's date from whatever a pipeline holds: one function, :func:`as_date`.

Data frames hand over dates as pandas ``Timestamp`` (or ``NaT`` when missing), numpy
``datetime64``, ISO strings with a time and zone ("2023-03-20T10:15:00Z"), ``None`` or
``NaN``. All of them are read here, without importing pandas or numpy, into a
``datetime.date`` or ``None``. The day is the one written: a timestamp's zone is not
converted (a wire story stamped 23:30-05:00 keeps its own calendar day).
"""

from __future__ import annotations

import datetime
import math
import re

from figures.errors import FiguresTypeError, FiguresValueError

__all__ = ["DateLike", "as_date", "is_missing"]

DateLike = object
"""Anything :func:`as_date` accepts (typed loosely: pandas and numpy types are not
imported)."""

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?\s*\Z")


def is_missing(value: object) -> bool:
    """Whether ``value`` is a missing value: ``None``, a float ``NaN``, pandas ``NA`` or
    ``NaT``, numpy ``NaT``.

    >>> is_missing(None), is_missing(float("nan")), is_missing("2023-03-20")
    (True, True, False)
    """
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    name = type(value).__name__
    if name in ("NAType", "NaTType"):
        return True
    if name == "datetime64":
        return str(value) == "NaT"
    return False


def as_date(value: object, *, what: str = "date") -> datetime.date | None:
    """``value`` as a calendar day, or ``None`` when it is missing.

    >>> as_date("2023-03-20T10:15:00Z")
    datetime.date(2023, 3, 20)
    >>> as_date(datetime.datetime(2023, 3, 20, 23, 30))
    datetime.date(2023, 3, 20)
    >>> as_date(float("nan")) is None
    True
    >>> as_date("20/03/2023")
    Traceback (most recent call last):
    ...
    figures.errors.FiguresValueError: date must be an ISO date like '2023-03-20', not '20/03/2023'
    """
    if is_missing(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        return _from_iso(value, what)
    if type(value).__name__ == "datetime64":  # numpy, without importing it
        return _from_iso(str(value), what)
    raise FiguresTypeError(
        f"{what} must be a date, datetime, ISO str, pandas Timestamp, numpy datetime64 "
        f"or None, not {type(value).__name__} {repr(value)[:40]}"
    )


def _from_iso(text: str, what: str) -> datetime.date:
    match = _ISO.match(text)
    if match is not None:
        try:
            day = datetime.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
        else:
            if _time_part_ok(text.strip()):
                return day
    shown = text if len(text) <= 40 else text[:40] + "..."
    raise FiguresValueError(f"{what} must be an ISO date like '2023-03-20', not {shown!r}")


def _time_part_ok(text: str) -> bool:
    if len(text) == 10:
        return True
    try:
        datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True
