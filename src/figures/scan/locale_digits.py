"""Digits a locale's own pattern does not cover but its readers read at once.

French copy prints "125.000,50 $" as often as "125 000,50 $": dots between groups of
three and a decimal comma after them can only be read one way, so in a locale whose
decimal mark is the comma the numeral is 125000.50 (babel refuses it: the French group
separator is a space).
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["dot_grouped_comma_decimal"]

_DOT_GROUPED_COMMA_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,(\d{1,30})\Z")


def dot_grouped_comma_decimal(raw: str) -> tuple[Decimal, Decimal] | None:
    """The value and precision of "125.000,50" (dots grouping, a decimal comma), or None.

    >>> dot_grouped_comma_decimal("125.000,50")
    (Decimal('125000.50'), Decimal('0.01'))
    >>> dot_grouped_comma_decimal("125.00,50") is None
    True
    """
    m = _DOT_GROUPED_COMMA_DECIMAL.match(raw)
    if m is None:
        return None
    places = len(m.group(1))
    return Decimal(raw.replace(".", "").replace(",", ".")), Decimal(1).scaleb(-places)
