"""Spark: one row per figure over a DataFrame of articles, with ``mapInPandas``.

Install with ``pip install 'figures-text[spark]'`` (pyspark and pandas; Java 17).
Nothing here imports pyspark until :func:`extract_spark` is called; the function
shipped to the executors is :class:`FigureMapper`, a small picklable object.

The result has the columns of :mod:`figures.rows` (schema version 1), every amount an
exact decimal string (Spark's ``DecimalType`` holds at most 38 digits; cast a column
with ``F.col("value").cast("decimal(38,10)")`` where that is enough).

The recipe, by hand::

    from figures.spark import FigureMapper, spark_schema
    rows = articles.mapInPandas(
        FigureMapper(text="body", id="id", date="published", to="USD"),
        schema=spark_schema(to="USD"),
    )
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from figures.rows import fields

__all__ = ["FigureMapper", "extract_spark", "spark_schema"]

_SPARK_TYPES = {"string": "string", "int64": "bigint", "bool": "boolean"}


def spark_schema(to: str | None = None) -> str:
    """The result's schema as a Spark DDL string.

    >>> spark_schema()[:44]
    'id string, date string, start bigint, end bi'
    """
    return ", ".join(f"{name} {_SPARK_TYPES[kind]}" for name, kind in fields(to))


@dataclass(frozen=True)
class FigureMapper:
    """The ``mapInPandas`` function: pandas batches of articles in, batches of figure
    rows out. ``text``, ``id`` and ``date`` name the input columns (``id``/``date`` may
    be None: no id, or each text's own dateline)."""

    text: str = "text"
    id: str | None = None
    date: str | None = None
    to: str | None = None
    round_minor: bool = False
    locale: str = "en"

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        from figures.batch import read_many
        from figures.rows import document_rows

        names = [name for name, _ in fields(self.to)]
        for batch in batches:
            dates = batch[self.date] if self.date else None
            ids = batch[self.id].astype(str).tolist() if self.id else [None] * len(batch)
            docs = read_many(batch[self.text], dates=dates, locale=self.locale)
            rows = [
                row
                for doc_id, doc in zip(ids, docs, strict=True)
                for row in document_rows(doc, doc_id, to=self.to, round_minor=self.round_minor)
            ]
            frame = pd.DataFrame.from_records(rows, columns=names)
            for name, kind in fields(self.to):
                if kind == "int64":
                    frame[name] = frame[name].astype("int64")
                elif kind == "bool":
                    frame[name] = frame[name].astype("bool")
                else:
                    frame[name] = frame[name].astype(object)
            yield frame


def extract_spark(
    articles: Any,
    text: str = "text",
    id: str | None = None,
    date: str | None = None,
    to: str | None = None,
    *,
    round_minor: bool = False,
    locale: str = "en",
) -> Any:
    """A Spark DataFrame with one row per figure of ``articles[text]``, computed on the
    executors (``mapInPandas``); lazy like any Spark transformation."""
    mapper = FigureMapper(text, id, date, to, round_minor, locale)
    return articles.mapInPandas(mapper, schema=spark_schema(to))
