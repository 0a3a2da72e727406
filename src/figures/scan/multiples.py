"""multiples: "rose 2.5x", "15.5 times earnings" are multiples, a ``NUMBER`` whose unit
is :data:`TIMES`. ("1.2m shares", a count with a scale letter, is read by
:func:`figures.unit_reader.m_is_million`.)
"""

from __future__ import annotations

import re
from typing import Final

from figures.model import Kind
from figures.scan.state import Amount

# One space and a lower-case word: the usual thing after a number.
_SPACE_WORD: Final = re.compile(r" ([a-z]+)\b")


# The unit of a multiple: "2.5x", "15.5 times earnings" are numbers in ``unit="times"``.
TIMES: Final = "times"


TIMES_AFTER: Final = re.compile(r"times\b(?:[ \t]{1,3}([a-z]+))?")


# Words after "N times" that make it a multiple of something ("12 times earnings",
# "three times more", "five times the size"), not a count of occasions ("5 times a day").
_MULTIPLE_OF: Final = frozenset(
    """earnings sales revenue revenues book cash ebitda profit profits income the its his
    her their that this what more less higher lower larger bigger greater smaller faster
    slower as over oversubscribed""".split()
)


def times_after(a: Amount, text: str, q: int) -> bool:
    """ "15.5 times earnings", "three times the size": a multiple (a number whose unit is
    :data:`TIMES`). A whole number needs a word of comparison after it ("5 times a
    day" counts occasions). True when read."""
    m = TIMES_AFTER.match(text, q)
    if m is None or a.kind is not Kind.NUMBER or a.unit is not None:
        return False
    nxt = m.group(1)
    if a.value == a.value.to_integral_value() and (nxt is None or nxt not in _MULTIPLE_OF):
        return False
    a.unit, a.end = TIMES, q + 5
    return True
