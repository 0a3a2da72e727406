"""pandas: one row per figure as a data frame, and ``series.figures.extract()``.

Install with ``pip install 'figures-text[pandas]'``. pandas is imported here only (not
by ``import figures``); importing this module registers the ``.figures`` accessor on
pandas Series.

The columns are those of :mod:`figures.rows` (schema version 1) with stable types:
``start``/``end`` ``Int64``; ``date`` ``datetime64``; text columns ``string``;
``currency_assumed`` ``boolean``; every amount (``value``, ``low``, ``high``,
``precision``, and with ``to=`` ``converted``, ``converted_low``, ``converted_high``,
``rate``) an exact :class:`~decimal.Decimal` in an ``object`` column, plus a float copy
named ``<column>_float`` for plotting and statistics (never for money arithmetic).
``id`` holds the ids as given (the Series' index by default).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pandas as pd

from figures.batch import per_item, read_many
from figures.dates import is_missing
from figures.rows import document_rows, fields

__all__ = ["DECIMAL_COLUMNS", "FiguresAccessor", "to_frame"]

DECIMAL_COLUMNS = (
    "value",
    "low",
    "high",
    "precision",
    "converted",
    "converted_low",
    "converted_high",
    "rate",
)
"""The amount columns: exact Decimals (object dtype), each with a ``_float`` copy."""

_FLOATS = ("value", "low", "high", "converted", "converted_low", "converted_high")


def _column_order(to: str | None) -> list[str]:
    names: list[str] = []
    for name, _ in fields(to):
        names.append(name)
        if name in _FLOATS:
            names.append(f"{name}_float")
    return names


def _typed(frame: pd.DataFrame, to: str | None) -> pd.DataFrame:
    for name, kind in fields(to):
        column = frame[name]
        if name == "id":
            continue
        if name == "date":
            frame[name] = pd.to_datetime(column)
        elif name in DECIMAL_COLUMNS:
            exact = [None if is_missing(v) else Decimal(v) for v in column]
            frame[name] = pd.Series(exact, index=frame.index, dtype=object)
            if name in _FLOATS:
                floats = [float("nan") if v is None else float(v) for v in exact]
                frame[f"{name}_float"] = pd.Series(floats, index=frame.index, dtype="float64")
        elif kind == "int64":
            frame[name] = column.astype("Int64")
        elif kind == "bool":
            frame[name] = column.astype("boolean")
        else:
            frame[name] = column.astype("string")
    return frame[_column_order(to)]


def to_frame(
    texts: Iterable[object],
    ids: Iterable[object] | None = None,
    dates: Iterable[object] | None = None,
    to: str | None = None,
    *,
    locale: str = "en",
    round_minor: bool = False,
    processes: int | None = None,
) -> pd.DataFrame:
    """One row per figure of ``texts`` (a list or a pandas Series), typed as the module
    says. ``ids`` default to the Series' index (or positions); ``dates`` give each text
    its date (see :func:`figures.read_many`); ``to`` adds the conversion columns.

    >>> import pandas as pd
    >>> articles = pd.Series(["Paid 1 million pounds. ($1 = 0.8214 pounds)", None, "5%"],
    ...                      index=["a", "b", "c"])
    >>> frame = to_frame(articles, to="USD")
    >>> frame[["id", "text", "value", "currency", "converted_float"]]
      id                text    value currency  converted_float
    0  a    1 million pounds  1000000      GBP     1.217434e+06
    1  c                  5%        5     <NA>              NaN
    >>> frame.loc[0, "converted"]
    Decimal('1217433.6498660822985147309471633795958120282444607')
    """
    if ids is None and isinstance(texts, pd.Series):
        ids = texts.index
    if isinstance(dates, pd.Series) and isinstance(texts, pd.Series):
        dates = dates.reindex(texts.index)
    docs = read_many(texts, dates=dates, locale=locale, processes=processes)
    key = per_item(ids, "ids")
    rows: list[dict[str, Any]] = []
    for position, doc in enumerate(docs):
        doc_id = key(position) if ids is not None else position
        rows.extend(document_rows(doc, doc_id, to=to, round_minor=round_minor))
    columns = [name for name, _ in fields(to)]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return _typed(frame, to)


@pd.api.extensions.register_series_accessor("figures")
class FiguresAccessor:
    """``series.figures.extract(to=None, dates=None)``: :func:`to_frame` of a Series of
    texts, ids from its index.

    >>> import pandas as pd
    >>> pd.Series(["$5 and 6%"]).figures.extract()["text"].tolist()
    ['$5', '6%']
    """

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def extract(
        self, to: str | None = None, dates: Iterable[object] | None = None, **options: Any
    ) -> pd.DataFrame:
        """One row per figure of the Series' texts (see :func:`to_frame`)."""
        return to_frame(self._series, dates=dates, to=to, **options)
