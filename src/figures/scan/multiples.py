"""multiples and counts: what a number multiplies or counts, read after it.

"rose 2.5x", "15.5 times earnings" are multiples (a ``NUMBER`` whose unit is
:data:`TIMES`); "1.2m shares" is a count whose scale letter would otherwise be metres.
"""

from __future__ import annotations

import re

from figures.model import Kind
from figures.scan.state import Amount
from figures.units import DURATION_WORDS, UNIT_WORDS

# One space and a lower-case word: the usual thing after a number.
_SPACE_WORD = re.compile(r" ([a-z]+)\b")


# The unit of a multiple: "2.5x", "15.5 times earnings" are numbers in ``unit="times"``.
TIMES = "times"


_TIMES = re.compile(r"times\b(?:[ \t]{1,3}([a-z]+))?")


# Words after "N times" that make it a multiple of something ("12 times earnings",
# "three times more", "five times the size"), not a count of occasions ("5 times a day").
_MULTIPLE_OF = frozenset(
    """earnings sales revenue revenues book cash ebitda profit profits income the its his
    her their that this what more less higher lower larger bigger greater smaller faster
    slower as over oversubscribed""".split()
)


def times_after(a: Amount, text: str, q: int) -> bool:
    """ "15.5 times earnings", "three times the size": a multiple (a number whose unit is
    :data:`TIMES`). A whole number needs a word of comparison after it ("5 times a
    day" counts occasions). True when read."""
    m = _TIMES.match(text, q)
    if m is None or a.kind is not Kind.NUMBER or a.unit is not None:
        return False
    nxt = m.group(1)
    if a.value == a.value.to_integral_value() and (nxt is None or nxt not in _MULTIPLE_OF):
        return False
    a.unit, a.end = TIMES, q + 5
    return True


# Nouns that count, after a scale letter ("3m people"): a whole number needs one of
# these; a decimal ("1.2m shares") takes any plural that is no unit.
_COUNT_NOUNS = frozenset(
    """people persons children men women adults workers employees staff jobs shares users
    customers subscribers viewers visitors voters households homes members passengers
    tourists copies units vehicles cars barrels tonnes tons doses tests cases deaths
    refugees migrants residents students patients""".split()
)


# Plurals that are no things counted: "1.5m across", "2.5m bonus".
_NOT_PLURALS = frozenset("across towards afterwards besides always perhaps plus bonus".split())


def counted_after(a: Amount, text: str, end: int) -> bool:
    """True when a space and a noun of things counted follow ``end``: "1.2m shares"."""
    w = _SPACE_WORD.match(text, end)
    if w is None:
        return False
    noun = w.group(1)
    if noun in _COUNT_NOUNS:
        return True
    return (
        not a.integer_text
        and len(noun) > 3
        and noun.endswith("s")
        and not noun.endswith(("ss", "us", "is"))
        and noun not in _NOT_PLURALS
        and noun not in UNIT_WORDS
        and noun not in DURATION_WORDS
    )
