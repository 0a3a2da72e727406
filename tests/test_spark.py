"""The Spark recipe on a real local Spark session (``local[2]``: a JVM and Python worker
processes): the rows equal the single-process rows, per-row dates and ids included.

pyspark is a 450 MB download, so it is not in the ``test`` extra: the test skips when
pyspark is missing and runs with ``pip install 'figures-text[spark]'``.
"""

from __future__ import annotations

import datetime
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from figures.batch import read_many  # noqa: E402
from figures.rows import document_rows  # noqa: E402
from figures.spark import extract_spark  # noqa: E402

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_06cab5962894b8ac.txt").read_text(
    encoding="utf-8"
)
ARTICLES = [
    ("a1", "Britain pledged 1 million pounds ($1.22 million) to the court.", "2023-03-17"),
    ("a2", "Siemens will invest 2 billion euros, Toyota 500 billion yen.", "2023-03-20"),
    ("a3", None, None),
    ("a4", "Shares fell 3.2% to $45.10; the bank cut rates by 25 basis points.", None),
    ("a5", SEED, None),
    ("a6", "Output reached 1.5 million barrels per day (1 euro = $1.0725).", "2023-03-20"),
] * 4


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # the Python workers run this interpreter (with pandas, pyarrow and figures)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("figures-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def test_map_in_pandas_equals_the_single_process_rows(spark: Any) -> None:
    frame = spark.createDataFrame(ARTICLES, "id string, body string, published string")
    frame = frame.repartition(3)  # several batches on two executor threads
    result = extract_spark(frame, text="body", id="id", date="published", to="USD")
    got = sorted((r.asDict() for r in result.collect()), key=lambda r: (r["id"], r["start"]))
    texts = [a[1] for a in ARTICLES]
    dates = [a[2] for a in ARTICLES]
    expected = [
        row
        for (doc_id, _, _), doc in zip(ARTICLES, read_many(texts, dates=dates), strict=True)
        for row in document_rows(doc, doc_id, to="USD")
    ]
    expected.sort(key=lambda r: (r["id"], r["start"]))
    assert got == expected
    pledge = next(r for r in got if r["id"] == "a1" and r["text"] == "1 million pounds")
    assert pledge["date"] == "2023-03-17" and pledge["source"] == "ecb 2023-03-17"
    assert pledge["converted"].startswith("1214223.66")  # ECB 2023-03-17, exact string
    seed = [r for r in got if r["id"] == "a5"]
    assert len(seed) == 5 * 4 and {r["date"] for r in seed} == {"2023-03-20"}


def test_date_and_timestamp_columns(spark: Any) -> None:
    rows = [("t1", "It cost 5 million pounds.", datetime.datetime(2023, 3, 17, 23, 30))]
    frame = spark.createDataFrame(rows, "id string, body string, at timestamp")
    (row,) = extract_spark(frame, text="body", id="id", date="at", to="EUR").collect()
    assert row["date"] == "2023-03-17" and row["value"] == "5000000"
    assert row["source"] == "ecb 2023-03-17" and row["start"] == 8
