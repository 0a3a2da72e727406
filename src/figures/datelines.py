"""A document's date as its dateline states it: "LONDON, March 20, 2023 (Reuters)",
"date 2023-03-20", "MADRID, 20 de marzo de 2023". English month names come from
``lexicon/lang/en.json`` (through the scanner's ``MONTH_NUMBERS``); other languages'
from their own files.
"""

from __future__ import annotations

import contextlib
import datetime
import re
from typing import Final

from figures.ascii_re import ascii_twin
from figures.scan import MONTH_NUMBERS

__all__ = ["date_in_text", "english_dates", "first_year", "last_year"]

_MONTHS: Final = MONTH_NUMBERS
ISO_DATE: Final = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
US_DATE: Final = re.compile(
    r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? ((?:19|20)\d\d)\b"  # March 20, 2023
    r"|\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? ((?:19|20)\d\d)\b"  # 20 March 2023
)
# Both patterns above need a year of this century or the last: a head without one is
# not searched with them (a quick pass: most news heads state no year).
YEAR: Final = re.compile(r"(?:19|20)\d\d")
# The first digits of a year: each found by ``str.find``, which skips through a head at
# memory speed where a search of ``YEAR`` tries every "1" and "2" (see first_year).
_CENTURIES: Final = ("19", "20")
# Their twins for a head of ASCII only (figures.ascii_re): the same dates, found faster.
ISO_DATE_ASCII: Final = ascii_twin(ISO_DATE)
US_DATE_ASCII: Final = ascii_twin(US_DATE)


def date_in_text(text: str, locale: str = "en") -> datetime.date | None:
    """The first date stated near the top of a text (a dateline), or None.

    >>> date_in_text(" date 2023-03-20 The International Criminal Court ...")
    datetime.date(2023, 3, 20)
    >>> date_in_text("LONDON, March 20, 2023 (Reuters) - ...")
    datetime.date(2023, 3, 20)
    >>> date_in_text("MADRID, 20 de marzo de 2023 (Reuters) - ...", "es")
    datetime.date(2023, 3, 20)
    """
    head = text[:400]
    found: list[tuple[int, datetime.date]] = []
    if locale != "en":
        from figures.scan.locale_phrases import dateline_date

        local = dateline_date(locale, head)  # "20. März 2023", "20 de marzo de 2023"
        if local is not None:
            found.append(local)
    year = first_year(head)
    if year >= 0:
        # every English date ends with a year, at most 15 characters after it starts
        # ("Sept. 30, 2023"), so none starts before the first year less 15; and none
        # ends after the last year's month and day ("2023-03-20"): the head is searched
        # up to there, and one character more for the "\b" after a date
        end = last_year(head) + 11
        found.extend(english_dates(head[:end], max(0, year - 15)))
    return min(found)[1] if found else None


def first_year(head: str) -> int:
    """Where the first year of this century or the last starts in ``head`` (where
    ``YEAR.search(head)`` matches), or -1 when there is none.

    Every match starts with "19" or "20": the first of each found by ``str.find`` and
    tested with ``YEAR.match``, the earlier one is the first match.

    >>> first_year("LONDON, March 20, 2023 (Reuters)"), first_year("20 pct")
    (18, -1)
    """
    first = -1
    for century in _CENTURIES:
        i = head.find(century)
        while i >= 0 and (first < 0 or i < first):
            if YEAR.match(head, i) is not None:
                first = i
                break
            i = head.find(century, i + 1)
    return first


def last_year(head: str) -> int:
    """Where the last year of this century or the last starts in ``head`` (the greatest
    ``i`` at which ``YEAR.match(head, i)`` matches), or -1 when there is none.

    >>> last_year("March 20, 2023, 1987 and 20 pct"), last_year("no year")
    (16, -1)
    """
    last = -1
    for century in _CENTURIES:
        i = head.rfind(century)
        while i > last:
            if YEAR.match(head, i) is not None:
                last = i
                break
            i = head.rfind(century, 0, i + 1)
    return last


def english_dates(head: str, at: int = 0) -> list[tuple[int, datetime.date]]:
    """The ISO date and the first US or British date of ``head`` that start at ``at`` or
    later, with where each starts.

    >>> english_dates("LONDON, March 20, 2023 (Reuters) - ...")
    [(8, datetime.date(2023, 3, 20))]
    """
    found: list[tuple[int, datetime.date]] = []
    ascii = head.isascii()
    m = (ISO_DATE_ASCII if ascii else ISO_DATE).search(head, at)
    if m is not None:
        with contextlib.suppress(ValueError):
            found.append((m.start(), datetime.date(*(int(g) for g in m.groups()))))
    for m in (US_DATE_ASCII if ascii else US_DATE).finditer(head, at):
        if m.group(1):
            month, day, year = m.group(1), m.group(2), m.group(3)
        else:
            day, month, year = m.group(4), m.group(5), m.group(6)
        number = _MONTHS.get(month.lower())
        if number is None:
            continue
        try:
            found.append((m.start(), datetime.date(int(year), number, int(day))))
        except ValueError:
            continue
        break
    return found
