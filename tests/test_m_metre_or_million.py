"""A glued "m" with no currency: metre or million (figures.unit_reader.m_is_million)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figures import extract
from figures.model import Kind

METRES = [
    ("She won the 100m hurdles in Rome.", "100m", "100"),
    ("He ran a 400m race in 44 seconds.", "400m", "400"),
    ("The club built a 50m pool.", "50m", "50"),
    ("They qualified for the 1,500m freestyle heats.", "1,500m", "1500"),
    ("A 100m-long tunnel links the halls.", "100m", "100"),
    ("The 200m-high tower opened.", "200m", "200"),
    ("She set a 10m platform record.", "10m", "10"),
    ("He finished the 3,000m steeplechase.", "3,000m", "3000"),
    ("The 4m drop was fenced.", "4m", "4"),
]
MILLIONS = [
    ("The firm bought back 1.2m shares.", "1.2m", "1200000"),
    ("Some 2.5m people voted.", "2.5m", "2500000"),
    ("The app has 3m subscribers.", "3m", "3000000"),
    ("They agreed a 5m deal.", "5m", "5000000"),
    ("It posted a 7.5m loss.", "7.5m", "7500000"),
    ("A 65m-year-old fossil was found.", "65m", "65000000"),
    ("A 2m-strong army marched.", "2m", "2000000"),
]


@pytest.mark.parametrize(("text", "span", "value"), METRES)
def test_metres(text: str, span: str, value: str) -> None:
    fig = next(f for f in extract(text) if f.text == span)
    assert fig.kind is Kind.QUANTITY
    assert (fig.value, fig.unit) == (Decimal(value), "meter")


@pytest.mark.parametrize(("text", "span", "value"), MILLIONS)
def test_millions(text: str, span: str, value: str) -> None:
    fig = next(f for f in extract(text) if f.text.endswith(span))
    assert fig.kind is Kind.NUMBER
    assert (fig.value, fig.unit) == (Decimal(value), None)
