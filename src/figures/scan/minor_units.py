"""minor units: the small money after an amount. "76 Canadian cents" (the cents of a
named dollar), "3 dollars 50 cents" (a minor part), and the dot grouping of a currency
without minor units ("Rp 350.000").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from figures.lexicon import minor_units
from figures.numbers import NUMBER_WORDS
from figures.scan.currency import lexicon_tables
from figures.scan.numerals import read_word_number
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import trie_pattern

MINOR_PART: Final = re.compile(
    r"[ \t]{1,3}(?:and[ \t]{1,3})?(?:(?P<n>\d{1,2})(?!\d|[.,]\d)|(?P<w>(?:"
    + trie_pattern(sorted(w for w in NUMBER_WORDS if w not in ("a", "an", "and")))
    + r")\b))",
    re.IGNORECASE,
)


# What MINOR_PART may find after its first blank, when an ASCII letter: "and" or a
# number word (in either case).
MINOR_PART_FIRSTS: Final = frozenset("a" + "".join(w[0] for w in NUMBER_WORDS))
_BLANK: Final = frozenset(" \t")


_MINOR_UNIT_AFTER: Final = re.compile(
    r"[ \t]{1,3}(?:cents?|pence|p|paise|kopecks?|centimes|centavos|mao|fen)\b", re.I
)


_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\Z|\n|(?:more|less|only|each)\b)", re.I)


_DOT_GROUPED: Final = re.compile(r"\d{1,3}(?:\.\d{3})\Z")


_ADJECTIVE_CENTS: Final = re.compile(
    r"((?:[A-Z][a-z]{1,15}|(?:[A-Z]\.){2,3})(?:[ \t][A-Z][a-z]{1,15})?)[ \t]{1,3}cents?\b"
)


def adjective_cents(text: str, q: int) -> tuple[int, str] | None:
    """ "Canadian cents", "New Zealand cents": (end, code) when the words before "cents"
    name a dollar with cents ("Canadian dollars" is CAD)."""
    m = _ADJECTIVE_CENTS.match(text, q)
    if m is None:
        return None
    names = lexicon_tables().names
    adjective = m.group(1).lower()
    hit = names.get(adjective + " dollars") or names.get(adjective + " dollar")
    if hit is None or minor_units(hit[0]) != 2:
        return None
    return m.end(), hit[0]


def minor_part(sc: Scanner, a: Amount, code: str) -> None:
    """'3 dollars 50 cents', '15 dollars and 50': the minor part of one amount."""
    text = sc.text
    nxt = text[a.end + 1 : a.end + 2]
    if (
        text[a.end : a.end + 1] not in _BLANK  # "dlrs.", "dlrs,": the pattern needs a blank
        or (nxt.isascii() and nxt.isalpha() and nxt.lower() not in MINOR_PART_FIRSTS)
        or a.scaled
        or a.value != a.value.to_integral_value()
    ):
        return  # ("dlrs in": no number word starts with "i")
    m = MINOR_PART.match(text, a.end)
    if m is None:
        return
    digits = m.group("n")
    if digits is not None:
        cents = Decimal(digits)
        end = m.end("n")
    else:
        got = read_word_number(text, m.start("w"))
        if got is None or not 0 < got[0].value < 100:
            return
        cents, end = got[0].value, got[1]
    unit = _MINOR_UNIT_AFTER.match(text, end)
    if unit is not None:
        end = unit.end()
    elif end < sc.n and not _CLAUSE_END.match(text, end):
        return  # "15 dollars and 15 cars": not part of the amount
    digits_minor = minor_units(code)
    if digits_minor == 0:
        return
    a.value += cents.scaleb(-digits_minor)
    a.precision = Decimal(1).scaleb(-digits_minor)
    a.end = end


def dot_grouping(sc: Scanner, a: Amount) -> None:
    """'Rp 350.000', '1.727 Ft': a currency without minor units groups with dots."""
    raw = sc.text[a.num_start : a.num_end]
    if not _DOT_GROUPED.match(raw):
        return
    assert a.currency is not None  # the caller reads only amounts with a currency
    if minor_units(a.currency) == 0:
        a.value = (a.value * 1000).quantize(Decimal(1))
        a.precision = Decimal(1)
