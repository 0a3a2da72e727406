"""figures: every figure in a text as exact data.

>>> import figures
>>> [f.text for f in figures.extract("Britain pledged 1 million pounds ($1.22 million).")]
['1 million pounds', '$1.22 million']
>>> figures.parse_money("£3bn")
Money(Decimal('3000000000'), 'GBP')
>>> rate = figures.parse_rate("($1 = 0.8214 pounds)")
>>> rate.base, rate.quote, rate.rate
('USD', 'GBP', Decimal('0.8214'))

The public names, and why each is public: ``extract``/``read`` are the two ways in;
``parse_money``/``parse_rate`` read one isolated string; ``Figure``, ``Kind``,
``Qualifier``, ``Document``, ``Conversion``, ``Pair``, ``RateAudit``, ``Money``,
``ExchangeRate``, ``Rates`` and ``Path`` are the values they return or take; the errors
are what a caller may want to catch.
"""

from __future__ import annotations

from figures.api import extract_many, parse_money, read_many
from figures.document import Conversion, Document, Pair, RateAudit, read
from figures.errors import (
    AmbiguousError,
    CurrencyMismatchError,
    DensityRequiredError,
    FiguresError,
    FiguresTypeError,
    FiguresValueError,
    NoRateError,
    ParseError,
    StaleRateError,
    UnitError,
    UnknownCurrencyError,
)
from figures.inline_rates import find_rates, parse_rate
from figures.model import Figure, Kind, Qualifier
from figures.money import Money
from figures.rates import ExchangeRate, Path, Rates
from figures.scan import extract

__all__ = [
    "AmbiguousError",
    "Conversion",
    "CurrencyMismatchError",
    "DensityRequiredError",
    "Document",
    "ExchangeRate",
    "Figure",
    "FiguresError",
    "FiguresTypeError",
    "FiguresValueError",
    "Kind",
    "Money",
    "NoRateError",
    "Pair",
    "ParseError",
    "Path",
    "Qualifier",
    "RateAudit",
    "Rates",
    "StaleRateError",
    "UnitError",
    "UnknownCurrencyError",
    "extract",
    "extract_many",
    "find_rates",
    "parse_money",
    "parse_rate",
    "read",
    "read_many",
]

__version__ = "0.1.0"
