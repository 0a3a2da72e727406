"""figures.to_frame and the pandas accessor: one row per figure, stable typed columns."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas")

import figures  # noqa: E402
from figures.errors import BatchLengthError  # noqa: E402
from figures.frame import to_frame  # noqa: E402

ARTICLES = pd.Series(
    [
        "Britain pledged 1 million pounds ($1.22 million) to the court.",
        None,
        "Shares fell 3.2% to $45.10; about 5,000 jobs.",
        float("nan"),
    ],
    index=["a1", "a2", "a3", "a4"],
)
DATES = pd.Series(
    [pd.Timestamp("2023-03-17 09:00", tz="UTC"), pd.NaT, "2023-03-20", None],
    index=["a1", "a2", "a3", "a4"],
)
EXPECTED_DTYPES = {
    "start": "Int64",
    "end": "Int64",
    "kind": "string",
    "currency": "string",
    "currency_assumed": "boolean",
    "value": "object",
    "value_float": "float64",
    "converted": "object",
    "converted_float": "float64",
    "rate": "object",
}


def test_rows_ids_dates_and_exact_values() -> None:
    frame = figures.to_frame(ARTICLES, dates=DATES, to="USD")
    assert frame["id"].tolist() == ["a1", "a1", "a3", "a3", "a3"]
    assert frame["text"].tolist() == [
        "1 million pounds",
        "$1.22 million",
        "3.2%",
        "$45.10",
        "about 5,000",
    ]
    assert frame["value"].tolist() == [
        Decimal("1000000"),
        Decimal("1220000"),
        Decimal("3.2"),
        Decimal("45.10"),
        Decimal("5000"),
    ]
    assert frame["date"].dt.date.tolist()[:2] == [datetime.date(2023, 3, 17)] * 2
    # ECB 2023-03-17: 1,000,000 * 1.0623 / 0.87488 = 1,214,223.66 USD, exact in the Decimal
    pledge = frame.loc[0]
    assert pledge["converted"].quantize(Decimal("0.01")) == Decimal("1214223.66")
    assert len(str(pledge["converted"])) > 20  # all the digits, not a float
    assert pledge["converted_float"] == pytest.approx(1214223.66)
    assert pledge["source"] == "ecb 2023-03-17"
    assert frame.loc[4, "qualifier"] == "about"
    assert frame.loc[2, "converted"] is None and pd.isna(frame.loc[2, "converted_float"])
    assert frame.loc[0, "low"] is None  # missing amounts are None, never Decimal("NaN")
    amounts = [v for name in ("value", "low", "high", "converted") for v in frame[name]]
    assert all(v is None or v.is_finite() for v in amounts)


def test_column_types_are_stable_even_when_empty() -> None:
    full = figures.to_frame(ARTICLES, to="USD")
    empty = figures.to_frame(["no figures"], to="USD")
    assert len(empty) == 0
    assert list(full.columns) == list(empty.columns)
    for name, dtype in EXPECTED_DTYPES.items():
        assert str(full[name].dtype) == dtype, name
        assert str(empty[name].dtype) == dtype, name
    assert full["date"].dtype.kind == "M" and empty["date"].dtype.kind == "M"
    assert "to" not in figures.to_frame(["5%"]).columns


def test_round_minor_units_and_processes() -> None:
    rounded = to_frame(ARTICLES, dates=DATES, to="EUR", round_minor=True)
    assert rounded.loc[0, "value"] == Decimal("1000000.00")
    assert rounded.loc[0, "converted"].as_tuple().exponent == -2
    texts = list(ARTICLES) * 6
    single = to_frame(texts, to="USD")
    pooled = to_frame(texts, to="USD", processes=2)
    pd.testing.assert_frame_equal(single, pooled)


def test_fewer_ids_than_texts() -> None:
    with pytest.raises(BatchLengthError, match="ids has fewer items than texts: none for text 2"):
        to_frame(["5%", "6%", "7%"], ids=["x", "y"])


def test_accessor() -> None:
    frame = ARTICLES.figures.extract(to="USD", dates=DATES)
    pd.testing.assert_frame_equal(frame, to_frame(ARTICLES, dates=DATES, to="USD"))


def test_import_figures_does_not_import_pandas() -> None:
    code = "import sys, figures; figures.extract('5%'); print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
