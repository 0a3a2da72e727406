"""Every public value as plain JSON-ready data and back, without losing a digit.

:func:`to_dict` turns a :class:`~figures.Figure`, :class:`~figures.Money`,
:class:`~figures.ExchangeRate`, :class:`~figures.Path`, :class:`~figures.Rates`,
:class:`~figures.Document`, :class:`~figures.Conversion`, :class:`~figures.Pair` or
:class:`~figures.RateAudit` into a dict of str, int, bool, None, lists and dicts, with a
``"type"`` key; every Decimal is its exact string (``str(Decimal)`` keeps every digit
and the exponent), every date its ISO string. :func:`from_dict` rebuilds an equal
value. ``json.dumps(to_dict(x))`` is therefore a lossless JSON form. Each of those
values has the same as a method, ``x.to_dict()`` (:mod:`figures.codec`); the way back
is :func:`from_dict`.

>>> import json
>>> from decimal import Decimal
>>> from figures import Money, extract
>>> data = to_dict(Money(Decimal("1217433.649866082298514730947"), "USD"))
>>> data
{'type': 'Money', 'amount': '1217433.649866082298514730947', 'currency': 'USD'}
>>> from_dict(json.loads(json.dumps(data))).amount
Decimal('1217433.649866082298514730947')
>>> fig = extract("about $1.22 million")[0]
>>> from_dict(json.loads(json.dumps(to_dict(fig)))) == fig
True
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from figures.document import Conversion, Document, Pair, RateAudit
from figures.errors import FiguresTypeError, FiguresValueError
from figures.model import Figure, Kind, Qualifier
from figures.money import Money
from figures.rates import ExchangeRate, Path, Rates, Step

__all__ = ["from_dict", "to_dict"]

_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (Figure, Money, ExchangeRate, Path, Document, Conversion, Pair, RateAudit)
}
_VALUES = (Figure, Money, ExchangeRate, Path, Document, Conversion, Pair, RateAudit, Rates, Step)
_DECIMALS = frozenset(
    "value low high precision amount rate implied_rate document_rate expected tolerance gap "
    "relative_difference".split()
)
_DATES = frozenset({"date"})
_ENUMS: dict[str, type[Kind] | type[Qualifier]] = {"kind": Kind, "qualifier": Qualifier}


def to_dict(value: object) -> dict[str, Any]:
    """``value`` as JSON-ready data with a ``"type"`` key (see the module); the same as
    ``value.to_dict()``."""
    if not isinstance(value, _VALUES):
        raise FiguresTypeError(f"to_dict() takes a figures value, not {type(value).__name__}")
    data: dict[str, Any] = value.to_dict()
    return data


def _decode(name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return from_dict(value)
    if isinstance(value, list):
        return tuple(_decode(name, v) for v in value)
    if name in _DECIMALS and isinstance(value, str):
        return Decimal(value)
    if name in _DATES and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if name in _ENUMS:
        return _ENUMS[name](value)
    return value


def from_dict(data: dict[str, Any]) -> Any:
    """The value :func:`to_dict` made ``data`` from, equal to the original."""
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise FiguresTypeError(f"from_dict() needs a dict with a 'type' key, not {data!r:.80}")
    kind = data["type"]
    if kind == "Rates":
        return Rates.layered(*(tuple(from_dict(r) for r in layer) for layer in data["layers"]))
    if kind == "Step":
        return Step(from_dict(data["rate"]), bool(data["inverted"]))
    if kind not in _CLASSES:
        raise FiguresValueError(f"from_dict(): unknown type {kind!r}")
    fields = {k: _decode(k, v) for k, v in data.items() if k != "type"}
    if kind == "Money":
        return Money(fields["amount"], fields["currency"])
    return _CLASSES[kind](**fields)
