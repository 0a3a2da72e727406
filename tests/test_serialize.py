"""Every public value pickles and round-trips through to_dict()/JSON with every digit."""

from __future__ import annotations

import datetime
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import currencies, decimals, figure_texts, rates

import figures
from figures import errors
from figures.serialize import from_dict, to_dict

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_06cab5962894b8ac.txt").read_text(
    encoding="utf-8"
)


def through_json(value: object) -> object:
    return from_dict(json.loads(json.dumps(to_dict(value))))


def test_a_document_and_everything_it_gives() -> None:
    doc = figures.read(SEED)
    values: list[object] = [
        doc,
        *doc.figures,
        *doc.rates,
        *doc.pairs,
        *doc.audit_rates(),
        *doc.convert("USD"),
        *doc.convert("EUR"),
        doc.rate_table(),
        doc.rate("GBP", "JPY"),
    ]
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value, value
        assert through_json(value) == value, value
        # the method is the same form: from_dict takes it back
        assert value.to_dict() == to_dict(value), value  # type: ignore[attr-defined]
        assert from_dict(json.loads(json.dumps(value.to_dict()))) == value  # type: ignore[attr-defined]
    assert {type(v).__name__ for v in values} == {
        "Document",
        "Figure",
        "ExchangeRate",
        "Pair",
        "RateAudit",
        "Conversion",
        "Rates",
        "Path",
    }
    conversion = doc.convert("USD")[0]
    data = json.loads(json.dumps(to_dict(conversion)))
    assert data["money"]["amount"] == str(conversion.money.amount)  # type: ignore[union-attr]
    assert data["money"]["amount"].startswith("1217433.649866082298514730947")
    assert data["path"]["steps"][0]["rate"]["rate"] == "0.8214"


def test_trailing_zeros_and_exponents_survive() -> None:
    (fig,) = figures.extract("$45.10")
    back = through_json(fig)
    assert isinstance(back, figures.Figure)
    assert str(back.value) == "45.10" and str(back.precision) == "0.01"
    money = figures.Money(Decimal("1E+30"), "JPY")
    assert through_json(money) == money


@given(st.lists(figure_texts(), min_size=1, max_size=4))
def test_extracted_figures(parts: list[str]) -> None:
    text = "; ".join(parts) + "."
    doc = figures.read(text, date=datetime.date(2023, 3, 20))
    assert through_json(doc) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc
    for fig in doc.figures:
        back = through_json(fig)
        assert back == fig
        assert [str(v) for v in (fig.value, fig.low, fig.high, fig.precision)] == [
            str(v) for v in (back.value, back.low, back.high, back.precision)
        ]


@given(decimals(max_digits=40, max_places=20), currencies())
def test_money(amount: Decimal, code: str) -> None:
    money = figures.Money(amount, code)
    assert money.to_dict() == {"type": "Money", "amount": str(money.amount), "currency": code}
    back = through_json(money)
    assert back == money and str(back.amount) == str(money.amount)
    assert pickle.loads(pickle.dumps(money)) == money


@given(rates(), st.sampled_from(["USD", "EUR", "GBP"]), st.sampled_from(["JPY", "CHF", "INR"]))
def test_rates_and_paths(rate: Decimal, base: str, quote: str) -> None:
    stated = figures.ExchangeRate(base, quote, rate, source="inline", text="t", start=0, end=1)
    table = figures.Rates.layered([stated], [figures.ExchangeRate("EUR", "JPY", Decimal("145"))])
    for value in (stated, table, table.rate(quote, base)):
        assert through_json(value) == value
        assert pickle.loads(pickle.dumps(value)) == value
    assert str(through_json(stated).rate) == str(stated.rate)  # type: ignore[attr-defined]


ERRORS = [
    errors.UnknownCurrencyError("XYZ", "hint"),
    errors.CurrencyMismatchError("USD", "EUR", "add"),
    errors.NoRateError("USD", "EUR", "no data"),
    errors.StaleRateError("USD", "EUR"),
    errors.ParseError("no price", "money"),
    errors.AmbiguousError("$5", "money", ["USD", "CAD"]),
    errors.UnitError("furlong", "is unknown"),
    errors.DensityRequiredError("oil_barrel", "metric_ton"),
    errors.BatchLengthError("ids", 2),
    errors.InputError("a.jsonl:3", "not JSON"),
    errors.FiguresTypeError("bad type"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle_with_their_attributes(error: errors.FiguresError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error) and back.args == error.args
    assert vars(back) == vars(error)


def test_the_codec_is_a_leaf() -> None:
    # the values' to_dict() methods import figures.codec; it must import no figures module
    # (figures.serialize imports the values: a method importing it would be a cycle)
    source = (Path(figures.__file__).parent / "codec.py").read_text(encoding="utf-8")
    assert "from figures" not in source and "import figures" not in source


def test_to_dict_refuses_other_values() -> None:
    with pytest.raises(errors.FiguresTypeError, match="not float"):
        to_dict(1.5)
    with pytest.raises(errors.FiguresValueError, match="unknown type 'Nope'"):
        from_dict({"type": "Nope"})
