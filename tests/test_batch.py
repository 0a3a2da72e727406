"""Batches: order, worker processes, per-item dates and rates, missing values, typed errors."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import figures
from figures.api import records
from figures.batch import extract_many, read_many
from figures.errors import BatchLengthError, FiguresTypeError, FiguresValueError

TEXTS = [
    "Siemens will invest 2 billion euros, Toyota 500 billion yen.",
    "Shares fell 3.2% to $45.10; the bank cut rates by 25 basis points.",
    "Britain pledged 1 million pounds ($1.22 million). ($1 = 0.8214 pounds)",
    "no figures here at all",
    "More than 72,000 incidents; hundreds of children.",
] * 5
UNDATED = "Britain pledged 1 million pounds to the court."


def test_extract_many_keeps_order_and_equals_one_by_one() -> None:
    assert list(extract_many(TEXTS)) == [figures.extract(t) for t in TEXTS]


def test_extract_many_in_worker_processes_equals_one_by_one() -> None:
    got = list(extract_many(TEXTS, processes=2, chunksize=3))
    assert got == [figures.extract(t) for t in TEXTS]
    assert [f.text for f in got[0]] == ["2 billion euros", "500 billion yen"]


def test_read_many_in_worker_processes_equals_one_by_one() -> None:
    dates = ["2023-03-20"] * len(TEXTS)
    got = list(read_many(TEXTS, dates=dates, processes=2, chunksize=2))
    assert got == [figures.read(t, date="2023-03-20") for t in TEXTS]


def test_missing_texts_give_empty_results() -> None:
    pd = pytest.importorskip("pandas")
    texts = [None, float("nan"), pd.NA, "5%"]
    assert [len(f) for f in extract_many(texts)] == [0, 0, 0, 1]
    docs = list(read_many(texts))
    assert [len(d.figures) for d in docs] == [0, 0, 0, 1]
    assert [r["row"] for r in records(texts)] == [3]


def test_per_item_dates_of_every_kind() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    dates: list[object] = [
        datetime.date(2023, 3, 17),
        datetime.datetime(2023, 3, 20, 10, 15),
        "2023-03-20T10:15:00Z",
        "2023-03-20T23:30:00-05:00",
        pd.Timestamp("2023-03-16 09:00", tz="Europe/London"),
        pd.NaT,
        np.datetime64("2023-03-15T12:00"),
        None,
    ]
    docs = list(read_many([UNDATED] * len(dates), dates=dates))
    days = [d.date for d in docs]
    day = datetime.date
    assert days == [
        day(2023, 3, 17),
        day(2023, 3, 20),
        day(2023, 3, 20),
        day(2023, 3, 20),
        day(2023, 3, 16),
        None,
        day(2023, 3, 15),
        None,
    ]
    # each document converts with the ECB fixing of its own date
    friday = docs[0].convert("USD")[0]
    assert friday.money is not None
    # ECB 2023-03-17: 1,000,000 * 1.0623 / 0.87488 = 1,214,223.66 USD
    assert friday.money.rounded().amount == Decimal("1214223.66")
    assert docs[5].convert("USD")[0].error is not None  # NaT: no date, no ECB rate


def test_read_accepts_pipeline_dates() -> None:
    pd = pytest.importorskip("pandas")
    assert figures.read(UNDATED, date=pd.Timestamp("2023-03-20")).date == datetime.date(2023, 3, 20)
    doc = figures.read(UNDATED, date=pd.NaT)
    assert doc.date is None
    (conversion,) = doc.convert("USD")
    assert conversion.money is None and "pass date= or rates=" in str(conversion.error)
    assert figures.read(UNDATED, date="2023-03-20T10:15:00Z").date == datetime.date(2023, 3, 20)


def test_per_item_rates() -> None:
    one = figures.parse_rate("($1 = 0.8 pounds)")
    two = figures.parse_rate("($1 = 0.5 pounds)")
    docs = list(read_many([UNDATED, UNDATED, UNDATED], rates=[[one], figures.Rates([two]), None]))
    amounts = [c.money.amount if c.money else None for d in docs for c in d.convert("USD")]
    assert amounts == [Decimal("1250000"), Decimal("2000000"), None]
    shared = list(read_many([UNDATED, UNDATED], rates=[one]))
    assert [d.convert("USD")[0].money for d in shared] == [figures.Money(1250000, "USD")] * 2


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: records(["5%", "6%"], ids=["a"]), BatchLengthError, "ids has fewer"),
        (lambda: read_many(["5%", "6%"], dates=["2023-03-20"]), BatchLengthError, "dates"),
        (lambda: read_many(["5%", "6%"], rates=[None]), BatchLengthError, "rates"),
        (lambda: extract_many(None), FiguresTypeError, "not NoneType"),  # type: ignore[arg-type]
        (lambda: extract_many("5%"), FiguresTypeError, "iterable of texts"),
        (lambda: read_many(None), FiguresTypeError, "not NoneType"),  # type: ignore[arg-type]
        (lambda: extract_many([5]), FiguresTypeError, "text 0 must be a str"),
        (lambda: read_many(["5%"], dates="2023-03-20"), FiguresTypeError, "date= for one"),
        (lambda: read_many(["5%"], dates=["20/03/2023"]), FiguresValueError, "'20/03/2023'"),
        (lambda: extract_many(["5%"], processes=0), FiguresValueError, "processes"),
        (lambda: extract_many(["5%"], chunksize=0), FiguresValueError, "chunksize"),
    ],
)
def test_bad_batch_arguments_raise_typed_errors(call: object, error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        result = call()  # type: ignore[operator]
        list(result)
