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

from typing import TYPE_CHECKING

from figures.errors import (
    AmbiguousError,
    CurrencyMismatchError,
    DensityRequiredError,
    FiguresError,
    FiguresOverflowError,
    FiguresTypeError,
    FiguresValueError,
    FiguresZeroDivisionError,
    NoRateError,
    ParseError,
    StaleRateError,
    UnitError,
    UnknownCurrencyError,
)
from figures.model import Figure, Kind, Qualifier
from figures.money import Money
from figures.scan import extract

if TYPE_CHECKING:  # at run time, __getattr__ below loads these on first use
    from figures.api import extract_many, parse_money, read_many
    from figures.document import Conversion, Document, Pair, RateAudit, read
    from figures.frame import to_frame as to_frame
    from figures.inline_rates import find_rates, parse_rate
    from figures.rates import ExchangeRate, Path, Rates

# The names whose modules load on first use, so that `import figures` for extract() does
# not pay for read()'s (documents, rates, consistency: about a quarter of the import), nor
# pandas for to_frame.
_LAZY = {
    "extract_many": "figures.api",
    "parse_money": "figures.api",
    "read_many": "figures.api",
    "Conversion": "figures.document",
    "Document": "figures.document",
    "Pair": "figures.document",
    "RateAudit": "figures.document",
    "read": "figures.document",
    "to_frame": "figures.frame",
    "find_rates": "figures.inline_rates",
    "parse_rate": "figures.inline_rates",
    "ExchangeRate": "figures.rates",
    "Path": "figures.rates",
    "Rates": "figures.rates",
}

__all__ = [
    "AmbiguousError",
    "Conversion",
    "CurrencyMismatchError",
    "DensityRequiredError",
    "Document",
    "ExchangeRate",
    "Figure",
    "FiguresError",
    "FiguresOverflowError",
    "FiguresTypeError",
    "FiguresValueError",
    "FiguresZeroDivisionError",
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


def __getattr__(name: str) -> object:
    """The public names of :data:`_LAZY`, imported on first use and then kept, so that
    ``import figures`` loads only what :func:`extract` needs (``figures.to_frame`` loads
    pandas, see :mod:`figures.frame`)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'figures' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, with those still to be loaded on first use."""
    return sorted({*globals(), *_LAZY})
