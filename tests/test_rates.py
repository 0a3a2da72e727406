"""ExchangeRate, Path and the Rates table: validation, paths, precedence, laws."""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import pickle
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.errors import CurrencyMismatchError, NoRateError, UnknownCurrencyError
from figures.money import Money
from figures.rates import PRECISION, ExchangeRate, Path, Rates, Step

D = Decimal


def rate(base: str, quote: str, value: str, source: str = "caller") -> ExchangeRate:
    return ExchangeRate(base, quote, D(value), source=source)


# ECB fixing of 2023-03-20 for three currencies, typed from the ECB's table.
EUR_USD = rate("EUR", "USD", "1.0717", "ecb")
EUR_GBP = rate("EUR", "GBP", "0.8756", "ecb")
EUR_JPY = rate("EUR", "JPY", "140.77", "ecb")
ECB = Rates([EUR_USD, EUR_GBP, EUR_JPY])


# --- ExchangeRate ---------------------------------------------------------------------


def test_exchange_rate_normalises() -> None:
    day = datetime.date(2023, 3, 20)
    got = ExchangeRate("usd", "gbp", 2, source="inline", text="($1 = 2 pounds)", start=4, end=19,
                       date=datetime.datetime(2023, 3, 20, 16, 0))  # fmt: skip
    assert (got.base, got.quote, got.rate, got.date) == ("USD", "GBP", D("2"), day)
    assert type(got.rate) is Decimal


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        pytest.param({"quote": "usd"}, ValueError, ["two different", "USD"], id="same-currency"),
        pytest.param({"rate": D("0")}, ValueError, ["positive", "USD->GBP", "0"], id="zero"),
        pytest.param({"rate": D("-0.8")}, ValueError, ["positive", "-0.8"], id="negative"),
        pytest.param({"rate": 0.8214}, TypeError, ["float", "0.8214"], id="float"),
        pytest.param({"rate": "0.8214"}, TypeError, ["str", "0.8214"], id="str"),
        pytest.param({"rate": D("NaN")}, ValueError, ["finite", "USD->GBP"], id="nan"),
        pytest.param({"base": "ABC"}, UnknownCurrencyError, ["ABC"], id="unknown-base"),
        pytest.param({"quote": None}, TypeError, ["None"], id="missing-quote"),
        pytest.param(
            {"source": "web"}, ValueError, ["web", "inline, prose, caller, ecb"], id="source"
        ),
        pytest.param({"start": 3}, ValueError, ["both start and end"], id="start-only"),
        pytest.param({"start": 9, "end": 3}, ValueError, ["start=9", "end=3"], id="end-first"),
        pytest.param({"date": "2023-03-20"}, TypeError, ["2023-03-20"], id="str-date"),
    ],
)
def test_exchange_rate_rejects(
    kwargs: dict[str, object], error: type[Exception], words: list[str]
) -> None:
    args: dict[str, object] = {"base": "USD", "quote": "GBP", "rate": D("0.8214"), **kwargs}
    with pytest.raises(error) as info:
        ExchangeRate(**args)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize(
    ("given_rate", "want_repr", "want_str"),
    [
        pytest.param(
            rate("USD", "GBP", "0.8214"),
            "ExchangeRate('USD', 'GBP', Decimal('0.8214'))",
            "1 USD = 0.8214 GBP",
            id="caller",
        ),
        pytest.param(
            ExchangeRate("EUR", "USD", D("1.0725"), source="ecb", date=datetime.date(2023, 3, 20)),
            "ExchangeRate('EUR', 'USD', Decimal('1.0725'), source='ecb', "
            "date=datetime.date(2023, 3, 20))",
            "1 EUR = 1.0725 USD",
            id="ecb-dated",
        ),
        pytest.param(
            ExchangeRate("EUR", "JPY", D("1.4E+2")),
            "ExchangeRate('EUR', 'JPY', Decimal('140'))",
            "1 EUR = 140 JPY",
            id="exponent-written-out",
        ),
    ],
)
def test_exchange_rate_text(given_rate: ExchangeRate, want_repr: str, want_str: str) -> None:
    assert repr(given_rate) == want_repr
    assert str(given_rate) == want_str


@pytest.mark.parametrize(
    ("given_rate", "want"),
    [
        pytest.param(rate("EUR", "USD", "1.25"), D("0.8"), id="exact"),
        pytest.param(rate("EUR", "USD", "3"), D("0." + "3" * PRECISION), id="inexact"),
        pytest.param(rate("USD", "JPY", "0.004"), D("250"), id="small-rate"),
    ],
)
def test_inverse(given_rate: ExchangeRate, want: Decimal) -> None:
    inverse = given_rate.inverse()
    assert (inverse.base, inverse.quote) == (given_rate.quote, given_rate.base)
    assert inverse.rate == want
    assert inverse.source == given_rate.source


def test_exchange_rate_convert() -> None:
    assert rate("USD", "GBP", "0.8214").convert(D("1000000")) == D("821400")
    with pytest.raises(TypeError, match="float"):
        rate("USD", "GBP", "0.8214").convert(1.5)  # type: ignore[arg-type]


# --- Path -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "quote", "kind", "via", "steps"),
    [
        pytest.param("JPY", "JPY", "identity", (), [], id="identity"),
        pytest.param("EUR", "USD", "direct", (), [(EUR_USD, False)], id="direct"),
        pytest.param("USD", "EUR", "inverse", (), [(EUR_USD, True)], id="inverse"),
        pytest.param(
            "USD", "GBP", "cross", ("EUR",), [(EUR_USD, True), (EUR_GBP, False)], id="cross"
        ),
        pytest.param(
            "gbp", "jpy", "cross", ("EUR",), [(EUR_GBP, True), (EUR_JPY, False)], id="lower-case"
        ),
    ],
)
def test_rates_find_paths(
    base: str, quote: str, kind: str, via: tuple[str, ...], steps: list[tuple[ExchangeRate, bool]]
) -> None:
    path = ECB.rate(base, quote)
    assert path.kind == kind
    assert path.via == via
    assert [tuple(step) for step in path.steps] == steps
    assert (path.base, path.quote) == (base.upper(), quote.upper())


@pytest.mark.parametrize(
    ("steps", "words"),
    [
        pytest.param([(EUR_GBP, False)], ["starts from EUR, not USD"], id="wrong-start"),
        pytest.param([(EUR_USD, True)], ["ends in EUR, not GBP"], id="wrong-end"),
        pytest.param([(EUR_USD, True), (EUR_JPY, True)], ["starts from JPY, not EUR"], id="gap"),
        pytest.param([], ["ends in USD, not GBP"], id="identity-between-two"),
    ],
)
def test_path_rejects_broken_chains(
    steps: list[tuple[ExchangeRate, bool]], words: list[str]
) -> None:
    with pytest.raises(ValueError) as info:
        Path("USD", "GBP", tuple(Step(*step) for step in steps))
    for word in words:
        assert word in str(info.value)


def test_cross_rate_value() -> None:
    path = ECB.rate("USD", "GBP")
    # 0.8756 / 1.0717 worked to 50 digits by hand (long division), not by this code.
    assert path.rate == D("0.81701968834561910982551087057945320518801903517775")
    assert path.rate.quantize(D("0.00001")) == D("0.81702")
    assert path.sources == ("ecb",)
    assert path.apply(D("1071.7")) == D("875.6")


def test_path_apply_rounds_once() -> None:
    # GBP -> USD: multiply by 1.0717 and divide by 0.8756, one rounding at 50 digits.
    path = ECB.rate("GBP", "USD")
    assert path.apply(D("1000000")) == D("1223960.7126541799908634079488350845134764732754683")


def test_path_text_and_dates() -> None:
    day = datetime.date(2023, 3, 17)
    fixing = ExchangeRate("EUR", "USD", D("1.0623"), source="ecb", date=day)
    inline = rate("USD", "GBP", "0.8214", "inline")
    path = Path("EUR", "GBP", (Step(fixing, False), Step(inline, False)))
    assert str(path) == "EUR -> USD -> GBP (cross; ecb inline 2023-03-17)"
    assert path.dates == (day,)
    assert path.sources == ("ecb", "inline")


# --- Rates: precedence ----------------------------------------------------------------


def test_earlier_rate_wins_for_the_same_pair() -> None:
    table = Rates([rate("EUR", "USD", "1.10"), rate("EUR", "USD", "1.07")])
    assert table.rate("EUR", "USD").rate == D("1.10")
    assert len(table) == 2  # both are kept, the later one is shadowed


def test_direct_beats_an_earlier_reverse_rate() -> None:
    # Directed rates: a stated USD->EUR is the quote for that direction even when an
    # EUR->USD rate came first.
    table = Rates([rate("EUR", "USD", "1.25"), rate("USD", "EUR", "0.79")])
    assert table.rate("USD", "EUR").rate == D("0.79")
    assert table.rate("EUR", "USD").rate == D("1.25")


def test_ties_between_shortest_paths_go_to_earlier_rates() -> None:
    via_chf = [rate("CHF", "USD", "1.1"), rate("CHF", "GBP", "0.9")]
    via_eur = [rate("EUR", "USD", "1.0717"), rate("EUR", "GBP", "0.8756")]
    assert Rates(via_chf + via_eur).rate("USD", "GBP").via == ("CHF",)
    assert Rates(via_eur + via_chf).rate("USD", "GBP").via == ("EUR",)


def test_shortest_path_wins_over_precedence() -> None:
    long_way = [rate("USD", "CAD", "1.3"), rate("CAD", "CHF", "0.7"), rate("CHF", "GBP", "0.9")]
    short_way = [rate("EUR", "USD", "1.0717"), rate("EUR", "GBP", "0.8756")]
    path = Rates(long_way + short_way).rate("USD", "GBP")
    assert path.via == ("EUR",)
    assert Rates(long_way).rate("USD", "GBP").via == ("CAD", "CHF")


@pytest.mark.parametrize(
    ("layers", "base", "quote", "want_rate", "want_sources"),
    [
        pytest.param(
            [[rate("USD", "GBP", "0.8214", "inline")], ECB],
            "USD", "GBP", D("0.8214"), ("inline",),
            id="inline-beats-ecb-cross",
        ),
        pytest.param(
            [[rate("GBP", "USD", "1.25", "inline")], [rate("USD", "GBP", "0.75")]],
            "USD", "GBP", D("0.8"), ("inline",),
            id="inline-inverse-beats-caller-direct",
        ),
        pytest.param(
            [[rate("USD", "EUR", "0.9", "inline"), rate("EUR", "GBP", "0.8", "inline")],
             [rate("USD", "GBP", "0.75")]],
            "USD", "GBP", D("0.72"), ("inline",),
            id="cross-within-first-layer-beats-lower-direct",
        ),
        pytest.param(
            [[rate("USD", "GBP", "0.8", "inline")], [rate("EUR", "USD", "1.25")]],
            "EUR", "GBP", D("1.000"), ("caller", "inline"),
            id="layers-combine-when-one-cannot-answer",
        ),
        pytest.param(
            [[], [rate("EUR", "USD", "1.10")], ECB],
            "EUR", "USD", D("1.10"), ("caller",),
            id="caller-beats-ecb-empty-layer-skipped",
        ),
    ],
)  # fmt: skip
def test_layers(
    layers: list[object], base: str, quote: str, want_rate: Decimal, want_sources: tuple[str, ...]
) -> None:
    path = Rates.layered(*layers).rate(base, quote)  # type: ignore[arg-type]
    assert path.rate == want_rate
    assert path.sources == want_sources


# --- Rates: errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "base", "quote", "error", "words"),
    [
        pytest.param(
            ECB, "USD", "KWD", NoRateError, ["USD", "KWD", "involves KWD", "EUR, GBP, JPY, USD"],
            id="unknown-to-table",
        ),
        pytest.param(Rates(), "USD", "GBP", NoRateError, ["USD to GBP", "empty"], id="empty"),
        pytest.param(
            Rates([rate("EUR", "USD", "1.07"), rate("GBP", "JPY", "190")]),
            "USD", "JPY", NoRateError, ["USD to JPY", "no chain"], id="disconnected",
        ),
        pytest.param(ECB, "USD", "XXY", UnknownCurrencyError, ["XXY"], id="invalid-code"),
        pytest.param(ECB, 840, "USD", TypeError, ["840"], id="not-a-code"),
    ],
)  # fmt: skip
def test_rate_errors(
    table: Rates, base: object, quote: str, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as info:
        table.rate(base, quote)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)
    if isinstance(info.value, NoRateError):
        assert (info.value.base, info.value.quote) == (base, quote)


# --- Rates: convert -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "base", "quote", "want"),
    [
        pytest.param(D("1000"), "EUR", "USD", D("1071.7"), id="decimal-direct"),
        pytest.param(
            10, "JPY", "EUR", D("0.071037863181075513248561483270583220856716629963771"),
            id="int-inverse",
        ),
        pytest.param(
            Money(D("1071.7"), "USD"), "USD", "EUR", Money(D("1000"), "EUR"),
            id="money-in-money-out",
        ),
        pytest.param(Money(D("5"), "GBP"), "GBP", "GBP", Money(D("5"), "GBP"), id="money-identity"),
    ],
)  # fmt: skip
def test_convert(amount: object, base: str, quote: str, want: object) -> None:
    assert ECB.convert(amount, base, quote) == want  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("amount", "base", "error", "words"),
    [
        pytest.param(
            Money(D("5"), "GBP"), "USD", CurrencyMismatchError, ["GBP", "USD"],
            id="money-base-mismatch",
        ),
        pytest.param(1.5, "USD", TypeError, ["float", "1.5"], id="float"),
        pytest.param("12", "USD", TypeError, ["str"], id="str"),
    ],
)  # fmt: skip
def test_convert_errors(
    amount: object, base: str, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as info:
        ECB.convert(amount, base, "EUR")  # type: ignore[call-overload]
    for word in words:
        assert word in str(info.value)


def test_conversion_ignores_global_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        got = ECB.convert(D("1000000"), "GBP", "USD")
    assert got == D("1223960.7126541799908634079488350845134764732754683")


# --- Rates: building, container protocol, value semantics -----------------------------


def test_add_appends_at_lowest_precedence() -> None:
    table = Rates([rate("EUR", "USD", "1.10")])
    grown = table.add(rate("EUR", "USD", "1.07"), rate("EUR", "GBP", "0.87"))
    assert len(table) == 1  # the original is untouched
    assert grown.rate("EUR", "USD").rate == D("1.10")
    assert grown.rate("EUR", "GBP").rate == D("0.87")
    layered = Rates.layered([rate("USD", "GBP", "0.8", "inline")], ECB).add(
        rate("EUR", "CHF", "0.99")
    )
    assert [len(layer) for layer in layered.layers] == [1, 4]


def test_merged_puts_self_first() -> None:
    mine = Rates([rate("EUR", "USD", "1.10")])
    assert mine.merged(ECB).rate("EUR", "USD").rate == D("1.10")
    assert ECB.merged(mine).rate("EUR", "USD").rate == D("1.0717")
    assert len(mine.merged(ECB).layers) == 2
    with pytest.raises(TypeError, match="merge"):
        mine.merged([EUR_USD])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "words"),
    [
        pytest.param(lambda: Rates(EUR_USD), ["iterable", "Rates(["], id="single-rate"),  # type: ignore[arg-type]
        pytest.param(lambda: Rates([EUR_USD, "EUR/USD 1.07"]), ["EUR/USD 1.07"], id="not-a-rate"),  # type: ignore[list-item]
        pytest.param(lambda: Rates.layered([D("1.07")]), ["1.07"], id="layer-of-decimals"),  # type: ignore[list-item]
    ],
)
def test_rates_rejects(build: Callable[[], Rates], words: list[str]) -> None:
    with pytest.raises(TypeError) as info:
        build()
    for word in words:
        assert word in str(info.value)


def test_container_protocol() -> None:
    assert list(ECB) == [EUR_USD, EUR_GBP, EUR_JPY]
    assert len(ECB) == 3
    assert ("EUR", "USD") in ECB
    assert ("eur", "usd") in ECB
    assert ("USD", "EUR") not in ECB  # answerable, but not stored
    assert "EUR" not in ECB
    assert not Rates()
    assert ECB.currencies == frozenset({"EUR", "USD", "GBP", "JPY"})


def test_rates_is_immutable_and_hashable() -> None:
    with pytest.raises(AttributeError, match="immutable"):
        ECB._layers = ()
    assert Rates([EUR_USD]) == Rates([EUR_USD])
    assert Rates([EUR_USD]) != Rates.layered([EUR_USD], [EUR_GBP])
    assert len({Rates([EUR_USD]), Rates([EUR_USD]), ECB}) == 2


def test_repr() -> None:
    one = Rates([rate("USD", "GBP", "0.8214", "inline")])
    assert repr(one) == "Rates([ExchangeRate('USD', 'GBP', Decimal('0.8214'), source='inline')])"
    two = Rates.layered(one, [rate("EUR", "USD", "1.07")])
    assert repr(two) == (
        "Rates.layered([ExchangeRate('USD', 'GBP', Decimal('0.8214'), source='inline')], "
        "[ExchangeRate('EUR', 'USD', Decimal('1.07'))])"
    )


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(
            ExchangeRate("USD", "GBP", D("0.8214"), source="inline",
                         text="($1 = 0.8214 pounds)", start=10, end=30,
                         date=datetime.date(2023, 3, 20)),
            id="exchange-rate",
        ),
        pytest.param(ECB.rate("USD", "GBP"), id="path"),
        pytest.param(Rates.layered([rate("USD", "GBP", "0.8214", "inline")], ECB), id="rates"),
        pytest.param(Rates(), id="empty-rates"),
    ],
)  # fmt: skip
def test_pickle_round_trip(value: object) -> None:
    again = pickle.loads(pickle.dumps(value))
    assert again == value
    assert repr(again) == repr(value)
    if isinstance(value, Rates) and value:
        assert again.rate("USD", "JPY") == value.rate("USD", "JPY")  # the cache rebuilds


def test_exchange_rate_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        EUR_USD.rate = D("2")  # type: ignore[misc]


# --- laws -----------------------------------------------------------------------------

amounts = st.builds(
    lambda digits, places: D(digits).scaleb(-places),
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=0, max_value=4),
)
rate_values = st.builds(
    lambda digits, places: D(digits).scaleb(-places),
    st.integers(min_value=1, max_value=10**8),
    st.integers(min_value=0, max_value=6),
)
pairs = st.sampled_from(
    [("USD", "GBP"), ("GBP", "USD"), ("EUR", "USD"), ("USD", "EUR"), ("GBP", "JPY")]
)


@settings(max_examples=300, deadline=None)
@given(amount=amounts, usd=rate_values, gbp=rate_values, jpy=rate_values, pair=pairs)
def test_there_and_back_is_exact(
    amount: Decimal, usd: Decimal, gbp: Decimal, jpy: Decimal, pair: tuple[str, str]
) -> None:
    table = Rates(
        [rate("EUR", "USD", str(usd)), rate("EUR", "GBP", str(gbp)), rate("EUR", "JPY", str(jpy))]
    )
    there, back = pair
    assert table.convert(table.convert(amount, there, back), back, there) == amount


@settings(max_examples=200, deadline=None)
@given(amount=amounts, usd=rate_values, gbp=rate_values)
def test_cross_rate_is_the_ratio_of_the_legs(amount: Decimal, usd: Decimal, gbp: Decimal) -> None:
    table = Rates([rate("EUR", "USD", str(usd)), rate("EUR", "GBP", str(gbp))])
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        exact_enough = amount * gbp / usd
    got = table.convert(amount, "USD", "GBP")
    assert abs(got - exact_enough) <= abs(exact_enough) * D("1e-44")
