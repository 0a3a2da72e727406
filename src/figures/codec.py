"""The JSON-ready form of one value, shared by every public value's ``to_dict()``.

A leaf module (it imports no other ``figures`` module), so that :class:`~figures.Figure`,
:class:`~figures.Money` and the other values can carry a ``to_dict()`` method without an
import cycle; :mod:`figures.serialize` is the public entry (``to_dict``/``from_dict``).

Every Decimal becomes its exact string (``str(Decimal)`` keeps every digit and the
exponent), every date its ISO string, every enum its value, every tuple a list, and
every nested value its own ``to_dict()``.

>>> from decimal import Decimal
>>> encode((Decimal("45.10"), None, True))
['45.10', None, True]
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
from decimal import Decimal
from typing import Any

__all__ = ["encode", "fields_dict"]


def encode(value: object) -> Any:
    """``value`` as JSON-ready data (see the module)."""
    if value is None or (isinstance(value, (bool, int, str)) and not isinstance(value, enum.Enum)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # a figures value (a Step is a tuple with its own to_dict)
        return to_dict()
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")  # pragma: no cover


def fields_dict(value: Any) -> dict[str, Any]:
    """A dataclass ``value`` as ``{"type": <class name>, <field>: <encoded value>, ...}``."""
    data: dict[str, Any] = {"type": type(value).__name__}
    for field in dataclasses.fields(value):
        data[field.name] = encode(getattr(value, field.name))
    return data
