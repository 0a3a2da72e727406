"""Frozen values: what a figure is.

Every value here is a frozen, slotted dataclass: hashable, picklable, cheap to ship to a
Dask or Spark worker, and safe to share between threads.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Figure", "Kind", "Qualifier"]


class Kind(str, enum.Enum):
    """What a figure measures."""

    MONEY = "money"
    PERCENT = "percent"
    NUMBER = "number"
    QUANTITY = "quantity"

    def __str__(self) -> str:
        return self.value


class Qualifier(str, enum.Enum):
    """How a stated amount bounds the true one ("more than 72,000" is ``OVER``)."""

    OVER = "over"
    UNDER = "under"
    ABOUT = "about"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in a text.

    ``text == source[start:end]`` always holds. ``value`` is the exact point value with
    its scale applied ("$1.22 million" -> ``Decimal("1220000")``); a range has ``low`` and
    ``high`` and no ``value``. ``precision`` is the unit of the last stated digit
    ("$1.22 million" -> ``Decimal("10000")``), the basis for consistency checks.

    ``unit`` says what a non-money figure counts: ``"percent"``, ``"percentage point"``,
    or a quantity's unit ("barrel / day"); on money, what the price is per ("$80 a
    barrel" has ``"1 / barrel"``). ``note`` carries what the reading did that a
    reader may want to know ("basis points", "minor unit", "duration").

    ``currency_assumed`` is True when the currency is a default reading of a marker
    that may mean others ("$" is USD unless the locale or the document says otherwise;
    "pounds" is GBP unless it says Egyptian). :func:`figures.read` settles such
    figures from the document's own evidence.
    """

    kind: Kind
    text: str
    start: int
    end: int
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: str | None = None
    precision: Decimal | None = None
    note: str | None = None
    currency_assumed: bool = False

    @property
    def is_range(self) -> bool:
        """True for a range ("$5-6 million"): ``low`` and ``high`` set, ``value`` None."""
        return self.value is None and self.low is not None and self.high is not None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``, for slicing the source text."""
        return (self.start, self.end)
