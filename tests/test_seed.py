"""The seed article against its hand-written golden file.

``seeds/000_06cab5962894b8ac.expected.json`` was written by reading the article: every
figure with its exact span and every field, the document's date and its inline exchange
rate. ``extract`` must reproduce the figures exactly (every field, in order, nothing
more); ``read`` must also find the date and the rate.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import figures
from figures import Figure

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SOURCE = SEEDS / "000_06cab5962894b8ac.txt"
GOLDEN = SEEDS / "000_06cab5962894b8ac.expected.json"

FIELDS = (
    "kind",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "currency",
    "unit",
    "precision",
    "note",
)
DECIMAL_FIELDS = frozenset({"value", "low", "high", "precision"})


def load_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


def load_golden() -> dict[str, Any]:
    golden: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return golden


def serialise(fig: Figure) -> dict[str, Any]:
    """A figure as the golden file spells it: enums by value, Decimals kept as Decimals."""
    row: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(fig, name)
        if name in ("kind", "qualifier") and value is not None:
            value = str(value)  # Kind and Qualifier print as their value
        row[name] = value
    return row


def expected_row(golden_row: dict[str, Any]) -> dict[str, Any]:
    """A golden row with its decimal strings read as ``Decimal`` (so 1E+6 == 1000000)."""
    return {
        name: Decimal(golden_row[name])
        if name in DECIMAL_FIELDS and golden_row[name] is not None
        else golden_row[name]
        for name in FIELDS
    }


def test_golden_file_is_self_consistent() -> None:
    # Guards the hand-written offsets: a wrong one would read as a bug in extract().
    text = load_text()
    golden = load_golden()
    assert golden["source"] == SOURCE.name
    starts = []
    for row in golden["figures"]:
        assert set(row) == set(FIELDS), row
        assert text[row["start"] : row["end"]] == row["text"], row
        starts.append(row["start"])
    assert starts == sorted(starts)
    for rate in golden["rates"]:
        assert text[rate["start"] : rate["end"]] == rate["text"], rate


def test_seed_figures_match_golden_exactly() -> None:
    text = load_text()
    got = [serialise(f) for f in figures.extract(text)]
    want = [expected_row(row) for row in load_golden()["figures"]]
    for row in got:
        for name in DECIMAL_FIELDS:
            assert row[name] is None or isinstance(row[name], Decimal), (name, row)
    assert [r["text"] for r in got] == [r["text"] for r in want]
    assert got == want


def test_seed_figures_keep_their_source() -> None:
    text = load_text()
    for fig in figures.extract(text):
        assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize(
    ("token", "occurrence"),
    [
        pytest.param("date 2023-03-20", 0, id="dateline"),
        pytest.param("first", 0, id="for-the-first-time"),
        pytest.param("first", 1, id="the-first-national-leader"),
        pytest.param("this year", 0, id="this-year"),
        pytest.param('"somber" one', 0, id="pronoun-one"),
        pytest.param("($1 = 0.8214 pounds)", 0, id="rate-footnote"),
        pytest.param("Monday", 0, id="weekday"),
    ],
)
def test_seed_non_figures(token: str, occurrence: int) -> None:
    text = load_text()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(token, start + 1)
    end = start + len(token)
    hits = [f.text for f in figures.extract(text) if f.start < end and start < f.end]
    assert hits == [], f"{token!r} at {start} is not a figure"


def test_seed_read_finds_the_date() -> None:
    # figures.read is part of the public API; its absence is a failure, not a skip.
    doc = figures.read(load_text())
    assert doc.date == date(2023, 3, 20)
    assert date.fromisoformat(load_golden()["date"]) == doc.date


def test_seed_read_finds_the_rate() -> None:
    doc = figures.read(load_text())
    rates = list(doc.rates)
    golden = load_golden()["rates"]
    assert len(rates) == len(golden), rates
    for rate, want in zip(rates, golden, strict=True):
        assert rate.base == want["base"]
        assert rate.quote == want["quote"]
        assert isinstance(rate.rate, Decimal)
        assert rate.rate == Decimal(want["rate"])
        # An inline rate carries its span: the footnote without its parentheses, like
        # a figure's span.
        assert (rate.text, rate.start, rate.end) == (want["text"], want["start"], want["end"])
        assert rate.source == "inline"


def test_seed_read_figures_are_the_extracted_figures() -> None:
    text = load_text()
    doc = figures.read(text)
    want = [expected_row(row) for row in load_golden()["figures"]]
    assert [serialise(f) for f in doc.figures] == want
