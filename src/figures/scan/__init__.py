"""The scanner: every figure of a text, read by small named stages.

anchors -> numerals -> currency -> attach (scale, percent, currency name, unit) ->
amounts -> ranges (and qualifiers) -> rejects -> assemble. See
``docs/explanation/stages.md``.
"""

from __future__ import annotations

from figures.scan.currency import currency_families
from figures.scan.entry import extract
from figures.scan.rejects import MONTH_NUMBERS

__all__ = ["MONTH_NUMBERS", "currency_families", "extract"]
