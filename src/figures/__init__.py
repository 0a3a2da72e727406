"""figures: every figure in a text as exact data.

>>> import figures
>>> [f.text for f in figures.extract("Britain pledged 1 million pounds ($1.22 million).")]
['1 million pounds', '$1.22 million']
"""

from __future__ import annotations

from figures.errors import (
    CurrencyMismatchError,
    FiguresError,
    NoRateError,
    ParseError,
    StaleRateError,
    UnknownCurrencyError,
)
from figures.extract import extract
from figures.model import Figure, Kind, Qualifier

__all__ = [
    "CurrencyMismatchError",
    "Figure",
    "FiguresError",
    "Kind",
    "NoRateError",
    "ParseError",
    "Qualifier",
    "StaleRateError",
    "UnknownCurrencyError",
    "extract",
]

__version__ = "0.1.0"
