"""'pounds' at document level: sterling or a mass (figures.pounds, via read())."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figures import read
from figures.model import Kind

CASES = [
    # (text, the text of the "pounds" figure, expected kind, currency or unit)
    # a weights story with no sterling: bare pounds are a mass
    (
        "The baby weighs 3.2 kg. By June she was over seven pounds.",
        "over seven pounds",
        "quantity",
        "pound",
    ),
    (
        "Cargo: 40 tonnes of copper. The crate alone was 300 pounds.",
        "300 pounds",
        "quantity",
        "pound",
    ),
    (
        "He shed 20 pounds in May. By June he was down 5 pounds more.",
        "5 pounds",
        "quantity",
        "pound",
    ),
    # sterling evidence keeps money
    ("The parcel was 3 kg. It cost £4, and the box 2 pounds.", "2 pounds", "money", "GBP"),
    ("Shipped 12 tonnes. The fee was 80 pounds. ($1 = 0.8214 pounds)", "80 pounds", "money", "GBP"),
    (
        "Shipped 12 tonnes. Its insurer took 80 pounds sterling.",
        "80 pounds sterling",
        "money",
        "GBP",
    ),
    (
        "Shipped 12 tonnes. The port took 500 pounds, 300 stg more than last year.",
        "500 pounds",
        "money",
        "GBP",
    ),
    # a money word in the sentence keeps money even in a weights story
    ("The sack held 50 kg. The farmer paid 30 pounds for it.", "30 pounds", "money", "GBP"),
    ("The sack held 50 kg. It was worth 30 pounds.", "30 pounds", "money", "GBP"),
    # no mass anywhere: money, as the scan reads it
    ("The winner took home 500 pounds.", "500 pounds", "money", "GBP"),
    # another currency of the family is never a mass
    (
        "Cairo bought 3 tonnes of wheat for 30 Egyptian pounds.",
        "30 Egyptian pounds",
        "money",
        "EGP",
    ),
]


@pytest.mark.parametrize(("text", "span", "kind", "what"), CASES)
def test_pounds_in_document(text: str, span: str, kind: str, what: str) -> None:
    figs = {f.text: f for f in read(text).figures}
    fig = figs[span]
    assert fig.kind is Kind(kind)
    if kind == "money":
        assert fig.currency == what
        assert fig.unit is None
    else:
        assert fig.unit == what
        assert fig.currency is None
        assert not fig.currency_assumed


def test_mass_reading_keeps_value_and_converts() -> None:
    fig = next(
        f for f in read("It weighs 3 kg. The lid is 2.5 pounds.").figures if f.text == "2.5 pounds"
    )
    assert fig.value == Decimal("2.5")
    assert fig.quantity.to("gram").magnitude.quantize(Decimal("0.001")) == Decimal("1133.981")


def test_other_locales_untouched() -> None:
    figs = read("Es wiegt 3 kg und kostet 5 Pfund.", locale="de").figures
    assert [f.kind for f in figs][-1] is Kind.MONEY
