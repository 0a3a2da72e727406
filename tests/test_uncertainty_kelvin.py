"""A value with its uncertainty ("5.2 ± 0.3 kg") and a kelvin "K" after a temperature."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figures import extract

UNCERTAIN = [
    ("a mass of 5.2 ± 0.3 kg", "5.2 ± 0.3 kg", "5.2", "kilogram", "± 0.3"),
    ("it weighs 2,000.45±0.01 pounds", "2,000.45±0.01 pounds", "2000.45", "pound", "± 0.01"),
    (
        "g = 9.83e-3 +/- 1e-5 km/s2",
        "9.83e-3 +/- 1e-5 km/s2",
        "0.00983",
        "kilometer / second ** 2",
        "± 0.00001",
    ),
    ("turnout was 61 ± 2%", "61 ± 2%", "61", "percent", "± 2"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "note"), UNCERTAIN)
def test_value_with_uncertainty(text: str, span: str, value: str, unit: str, note: str) -> None:
    (fig,) = [f for f in extract(text) if "±" in f.text or "+/-" in f.text]
    assert (fig.text, fig.value, fig.unit, fig.note) == (span, Decimal(value), unit, note)


def test_plain_numbers_stay_apart() -> None:
    assert [f.value for f in extract("scored 5 +/- 2 points")] == [Decimal(5), Decimal(2)]


KELVIN = [
    ("at 300 °C (572 °F, 573.15K) it is inert", "573.15K", "573.15", "kelvin"),
    ("temperatures near 4.2K are needed", "4.2K", "4.2", "kelvin"),
    ("a 32K memory board", "32K", "32000", None),
    ("today 50K people came", "50K", "50000", None),
    ("it was hot and 10K runners started", "10K", "10000", None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), KELVIN)
def test_kelvin_or_thousand(text: str, span: str, value: str, unit: str | None) -> None:
    fig = next(f for f in extract(text) if f.text == span)
    assert (fig.value, fig.unit) == (Decimal(value), unit)
