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

__all__ = ["date_in_text", "english_dates"]

_MONTHS: Final = MONTH_NUMBERS
ISO_DATE: Final = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
US_DATE: Final = re.compile(
    r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? ((?:19|20)\d\d)\b"  # March 20, 2023
    r"|\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? ((?:19|20)\d\d)\b"  # 20 March 2023
)
# Both patterns above need a year of this century or the last: a head without one is
# not searched with them (a quick pass: most news heads state no year).
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
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
    first_year = _YEAR.search(head)
    if first_year is not None:
        # every English date ends with a year, at most 15 characters after it starts
        # ("Sept. 30, 2023"), so none starts before the first year less 15
        found.extend(english_dates(head, max(0, first_year.start() - 15)))
    return min(found)[1] if found else None


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
