"""One flat row per figure: the schema shared by ``figures extract``, :func:`figures.to_frame`
and the Spark and Dask recipes.

Schema version 1 (:data:`SCHEMA_VERSION`). Every amount is an exact decimal string in
plain notation (never an exponent, never a float); ``None`` where it does not apply.

==================  ======  ==========================================================
column              type    meaning
==================  ======  ==========================================================
id                  string  the document's id (file name, record id, or position)
date                string  the document's date (ISO), given or stated in the text
start, end          int     the figure's span: ``text == document[start:end]``
text                string  the figure as written
kind                string  money, percent, number, quantity
value               string  the point value, scale applied ("3000000000" for "£3bn")
low, high           string  the bounds of a range or vague amount
qualifier           string  over, under, about, vague
currency            string  ISO 4217 code of a money figure
unit                string  the unit of a quantity or percent
precision           string  the unit of the last stated digit
currency_assumed    bool    the currency is a default reading of "$", "pounds"...
note                string  what the reader should know (basis points converted...)
==================  ======  ==========================================================

With a target currency (``--to``/``to=``) eight more columns: ``to`` (the target),
``converted``, ``converted_low``, ``converted_high`` (exact strings), ``rate`` (one unit
of the figure's currency in the target), ``path`` ("GBP -> USD (inverse; inline)"),
``source`` (inline, caller, ecb DAY, identity) and ``conversion_error``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from figures.document import Conversion, Document
from figures.errors import FiguresError
from figures.model import Figure
from figures.money import Money

__all__ = [
    "CONVERSION_FIELDS",
    "FIGURE_FIELDS",
    "SCHEMA_VERSION",
    "decimal_text",
    "document_rows",
    "fields",
]

SCHEMA_VERSION = 1
"""Bumped when a column is renamed, removed or changes meaning (adding one is not)."""

FIGURE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("date", "string"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", "string"),
    ("kind", "string"),
    ("value", "string"),
    ("low", "string"),
    ("high", "string"),
    ("qualifier", "string"),
    ("currency", "string"),
    ("unit", "string"),
    ("precision", "string"),
    ("currency_assumed", "bool"),
    ("note", "string"),
)
"""The columns of every figure row, with their types."""

CONVERSION_FIELDS: tuple[tuple[str, str], ...] = (
    ("to", "string"),
    ("converted", "string"),
    ("converted_low", "string"),
    ("converted_high", "string"),
    ("rate", "string"),
    ("path", "string"),
    ("source", "string"),
    ("conversion_error", "string"),
)
"""The columns added with a target currency."""


def fields(to: str | None = None) -> tuple[tuple[str, str], ...]:
    """The columns of a row, with or without a target currency."""
    return FIGURE_FIELDS + (CONVERSION_FIELDS if to else ())


def decimal_text(value: Decimal | None) -> str | None:
    """An exact decimal string in plain notation (no exponent), or None.

    >>> decimal_text(Decimal("3E+9")), decimal_text(Decimal("0.50")), decimal_text(None)
    ('3000000000', '0.50', None)
    """
    if value is None:
        return None
    return format(value, "f")


def _rounded(value: Decimal | None, currency: str | None, round_minor: bool) -> str | None:
    if value is not None and round_minor and currency:
        with contextlib.suppress(FiguresError, ArithmeticError):  # too large: keep it exact
            value = Money(value, currency).rounded().amount
    return decimal_text(value)


def _figure_row(fig: Figure, round_minor: bool) -> dict[str, Any]:
    money = fig.currency if fig.kind.value == "money" else None
    return {
        "start": fig.start,
        "end": fig.end,
        "text": fig.text,
        "kind": fig.kind.value,
        "value": _rounded(fig.value, money, round_minor),
        "low": _rounded(fig.low, money, round_minor),
        "high": _rounded(fig.high, money, round_minor),
        "qualifier": None if fig.qualifier is None else fig.qualifier.value,
        "currency": fig.currency,
        "unit": fig.unit,
        "precision": decimal_text(fig.precision),
        "currency_assumed": fig.currency_assumed,
        "note": fig.note,
    }


def _conversion_row(c: Conversion | None, to: str, round_minor: bool) -> dict[str, Any]:
    def amount(m: Money | None) -> str | None:
        return None if m is None else _rounded(m.amount, to, round_minor)

    if c is None:
        return {name: None for name, _ in CONVERSION_FIELDS} | {"to": to}
    return {
        "to": to,
        "converted": amount(c.money),
        "converted_low": amount(c.low),
        "converted_high": amount(c.high),
        "rate": decimal_text(c.rate),
        "path": None if c.path is None else str(c.path),
        "source": c.source,
        "conversion_error": c.error,
    }


def document_rows(
    doc: Document, doc_id: object = None, *, to: str | None = None, round_minor: bool = False
) -> Iterator[dict[str, Any]]:
    """One row per figure of ``doc`` (schema above), in text order.

    ``round_minor`` rounds money amounts to their currency's ISO minor units (and
    converted amounts to the target's).

    >>> from figures import read
    >>> doc = read("Paid 1 million pounds. ($1 = 0.8214 pounds)")
    >>> row = next(document_rows(doc, "a1", to="USD", round_minor=True))
    >>> row["id"], row["value"], row["currency"], row["converted"], row["source"]
    ('a1', '1000000.00', 'GBP', '1217433.65', 'inline')
    """
    date = None if doc.date is None else doc.date.isoformat()
    conversions: dict[tuple[int, int], Conversion] = {}
    if to:
        conversions = {c.figure.span: c for c in doc.convert(to)}
    for fig in doc.figures:
        row: dict[str, Any] = {"id": doc_id, "date": date, **_figure_row(fig, round_minor)}
        if to:
            row.update(_conversion_row(conversions.get(fig.span), to, round_minor))
        yield row
