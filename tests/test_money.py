"""Money: construction, arithmetic within one currency, rounding, formatting."""

from __future__ import annotations

import dataclasses
import decimal
import pickle
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest

from figures.errors import CurrencyMismatchError, UnknownCurrencyError
from figures.money import PRECISION, Money
from figures.rates import ExchangeRate, Rates

D = Decimal


# --- construction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "want_amount", "want_currency"),
    [
        pytest.param(D("19.99"), "USD", D("19.99"), "USD", id="decimal"),
        pytest.param(5, "GBP", D("5"), "GBP", id="int-is-exact"),
        pytest.param(D("1.5"), "eur", D("1.5"), "EUR", id="code-upper-cased"),
        pytest.param(D("1e6"), "GBP", D("1000000"), "GBP", id="positive-exponent-written-out"),
        pytest.param(D("-0.001"), "KWD", D("-0.001"), "KWD", id="negative-three-minor-digits"),
        pytest.param(D("0"), "JPY", D("0"), "JPY", id="zero"),
    ],
)
def test_money_accepts(
    amount: object, currency: str, want_amount: Decimal, want_currency: str
) -> None:
    money = Money(amount, currency)  # type: ignore[arg-type]
    assert money.amount == want_amount
    assert str(money.amount) == str(want_amount)
    assert type(money.amount) is Decimal
    assert money.currency == want_currency


@pytest.mark.parametrize(
    ("amount", "currency", "error", "words"),
    [
        pytest.param(1.5, "USD", TypeError, ["float", "1.5", 'Decimal("1.5")'], id="float"),
        pytest.param("1.5", "USD", TypeError, ["str", "'1.5'", 'Decimal("1.5")'], id="str"),
        pytest.param(True, "USD", TypeError, ["bool", "True"], id="bool"),
        pytest.param(None, "USD", TypeError, ["NoneType", "None"], id="none"),
        pytest.param(D("NaN"), "USD", ValueError, ["finite", "NaN"], id="nan"),
        pytest.param(D("-Infinity"), "USD", ValueError, ["finite", "Infinity"], id="infinity"),
        pytest.param(D("1"), "XYZ", UnknownCurrencyError, ["XYZ"], id="unknown-code"),
        pytest.param(D("1"), "dollars", UnknownCurrencyError, ["dollars"], id="name-not-code"),
        pytest.param(D("1"), 840, TypeError, ["840"], id="numeric-code"),
    ],
)
def test_money_rejects(
    amount: object, currency: object, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as info:
        Money(amount, currency)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)


def test_money_is_frozen() -> None:
    money = Money(D("1"), "USD")
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.amount = D("2")  # type: ignore[misc]


# --- arithmetic -----------------------------------------------------------------------

usd = Money(D("10.50"), "USD")


@pytest.mark.parametrize(
    ("compute", "want"),
    [
        pytest.param(lambda: usd + Money(D("0.25"), "USD"), Money(D("10.75"), "USD"), id="add"),
        pytest.param(lambda: usd - Money(D("20"), "USD"), Money(D("-9.50"), "USD"), id="sub"),
        pytest.param(lambda: -usd, Money(D("-10.50"), "USD"), id="neg"),
        pytest.param(lambda: +usd, Money(D("10.50"), "USD"), id="pos"),
        pytest.param(lambda: abs(Money(D("-3"), "JPY")), Money(D("3"), "JPY"), id="abs"),
        pytest.param(lambda: usd * 3, Money(D("31.50"), "USD"), id="mul-int"),
        pytest.param(lambda: usd * D("0.1"), Money(D("1.050"), "USD"), id="mul-decimal"),
        pytest.param(lambda: 2 * usd, Money(D("21.00"), "USD"), id="rmul"),
        pytest.param(lambda: usd / 4, Money(D("2.625"), "USD"), id="div-exact"),
        pytest.param(
            lambda: Money(D("1"), "USD") / 3,
            Money(D("0." + "3" * PRECISION), "USD"),
            id="div-to-precision",
        ),
        pytest.param(
            lambda: sum([usd, usd, Money(D("1"), "USD")]), Money(D("22.00"), "USD"), id="sum"
        ),
        pytest.param(lambda: 0 + usd, usd, id="radd-zero"),
    ],
)
def test_arithmetic(compute: Callable[[], Money], want: Money) -> None:
    got = compute()
    assert got == want
    assert got.currency == want.currency


@pytest.mark.parametrize(
    ("compute", "error", "words"),
    [
        pytest.param(
            lambda: usd + Money(D("1"), "EUR"),
            CurrencyMismatchError,
            ["add", "USD", "EUR"],
            id="add-mixed",
        ),
        pytest.param(
            lambda: usd - Money(D("1"), "GBP"),
            CurrencyMismatchError,
            ["subtract", "USD", "GBP"],
            id="sub-mixed",
        ),
        pytest.param(
            lambda: usd < Money(D("1"), "JPY"),
            CurrencyMismatchError,
            ["compare", "USD", "JPY"],
            id="lt-mixed",
        ),
        pytest.param(
            lambda: usd >= Money(D("1"), "JPY"),
            CurrencyMismatchError,
            ["compare", "JPY"],
            id="ge-mixed",
        ),
        pytest.param(lambda: usd * usd, TypeError, ["Money"], id="money-times-money"),
        pytest.param(lambda: usd * 1.5, TypeError, ["float"], id="times-float"),
        pytest.param(lambda: usd / 0.5, TypeError, ["float"], id="div-float"),
        pytest.param(lambda: usd / usd, TypeError, ["Money"], id="money-over-money"),
        pytest.param(lambda: usd + 1, TypeError, ["int"], id="add-int"),
        pytest.param(lambda: 1 + usd, TypeError, ["int"], id="radd-nonzero-int"),
        pytest.param(lambda: usd * True, TypeError, ["bool"], id="times-bool"),
        pytest.param(lambda: usd / 0, ZeroDivisionError, ["10.50", "zero"], id="div-zero"),
        pytest.param(lambda: usd * D("NaN"), ValueError, ["NaN"], id="times-nan"),
        pytest.param(lambda: usd < 3, TypeError, ["<"], id="lt-int"),
    ],
)
def test_arithmetic_errors(
    compute: Callable[[], object], error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as info:
        compute()
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize(
    ("left", "op", "right", "want"),
    [
        pytest.param(Money(1, "USD"), "<", Money(D("1.01"), "USD"), True, id="lt"),
        pytest.param(Money(2, "USD"), "<=", Money(D("2.00"), "USD"), True, id="le-equal"),
        pytest.param(Money(2, "USD"), ">", Money(D("2.00"), "USD"), False, id="gt-equal"),
        pytest.param(Money(-1, "USD"), ">=", Money(-2, "USD"), True, id="ge-negative"),
        pytest.param(Money(1, "USD"), "==", Money(D("1.000"), "USD"), True, id="eq-trailing-zeros"),
        pytest.param(Money(1, "USD"), "==", Money(1, "CAD"), False, id="eq-other-currency"),
        pytest.param(Money(1, "USD"), "!=", Money(1, "CAD"), True, id="ne-other-currency"),
    ],
)
def test_comparisons(left: Money, op: str, right: Money, want: bool) -> None:
    ops: dict[str, Callable[[Money, Money], bool]] = {
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
        ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b,
        "==": lambda a, b: a == b,
        "!=": lambda a, b: a != b,
    }
    assert ops[op](left, right) is want


def test_equal_money_hashes_equal() -> None:
    assert len({Money(1, "USD"), Money(D("1.00"), "usd"), Money(1, "CAD")}) == 2


def test_arithmetic_ignores_global_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        ctx.clear_flags()  # the copy inherits whatever flags earlier code left set
        total = Money(D("1234.56"), "USD") + Money(D("0.01"), "USD")
        third = Money(D("1"), "USD") / 3
        assert not ctx.flags[decimal.Inexact]  # our rounding never touches the caller's
    assert total.amount == D("1234.57")
    assert len(third.amount.as_tuple().digits) == PRECISION


# --- rounding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "kwargs", "want"),
    [
        pytest.param(Money(D("2.675"), "USD"), {}, D("2.68"), id="usd-half-up-default"),
        pytest.param(Money(D("2.665"), "USD"), {}, D("2.67"), id="usd-half-up-even-digit"),
        pytest.param(
            Money(D("2.665"), "USD"), {"rounding": ROUND_HALF_EVEN}, D("2.66"), id="usd-bankers"
        ),
        pytest.param(Money(D("-2.675"), "USD"), {}, D("-2.68"), id="negative-away-from-zero"),
        pytest.param(Money(D("1234.5"), "JPY"), {}, D("1235"), id="jpy-no-minor-unit"),
        pytest.param(Money(D("1.23456"), "KWD"), {}, D("1.235"), id="kwd-three-digits"),
        pytest.param(Money(D("7"), "USD"), {}, D("7.00"), id="pads-to-cents"),
        pytest.param(Money(D("1234567"), "USD"), {"digits": -3}, D("1235000"), id="thousands"),
        pytest.param(Money(D("0.123456"), "USD"), {"digits": 4}, D("0.1235"), id="four-digits"),
        pytest.param(Money(D("1e60"), "USD"), {}, D("1e60"), id="huge-amount-beyond-precision"),
    ],
)
def test_rounded(money: Money, kwargs: dict[str, object], want: Decimal) -> None:
    got = money.rounded(**kwargs)  # type: ignore[arg-type]
    assert got == Money(want, money.currency)
    if "digits" not in kwargs and money.amount < 10**6:
        assert str(got.amount) == str(want)  # the exponent is the currency's minor unit


def test_rounding_default_is_half_up() -> None:
    assert Money(D("0.125"), "EUR").rounded() == Money(D("0.13"), "EUR")
    assert Money(D("0.125"), "EUR").rounded(rounding=ROUND_HALF_UP) == Money(D("0.13"), "EUR")


@pytest.mark.parametrize(
    ("kwargs", "error", "word"),
    [
        pytest.param({"digits": 2.0}, TypeError, "2.0", id="float-digits"),
        pytest.param({"digits": True}, TypeError, "True", id="bool-digits"),
        pytest.param({"rounding": "half-up"}, ValueError, "half-up", id="unknown-mode"),
    ],
)
def test_rounded_rejects(kwargs: dict[str, object], error: type[Exception], word: str) -> None:
    with pytest.raises(error, match=word):
        Money(D("1"), "USD").rounded(**kwargs)  # type: ignore[arg-type]


# --- text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "locale", "rounded", "want"),
    [
        pytest.param(Money(D("1217433.655"), "USD"), "en", True, "$1,217,433.66", id="en-usd"),
        pytest.param(Money(D("1217433.655"), "USD"), "en", False, "$1,217,433.655", id="unrounded"),
        pytest.param(Money(D("1234.5"), "EUR"), "de_DE", True, "1.234,50\xa0€", id="de-eur"),
        pytest.param(Money(D("-1234.5"), "GBP"), "en_GB", True, "-£1,234.50", id="en-gb-negative"),
        pytest.param(Money(D("3e9"), "JPY"), "en", True, "¥3,000,000,000", id="jpy-billions"),
        pytest.param(Money(D("0.125"), "USD"), "en", True, "$0.13", id="half-up-not-babel-even"),
    ],
)
def test_format(money: Money, locale: str, rounded: bool, want: str) -> None:
    assert money.format(locale, rounded=rounded) == want


@pytest.mark.parametrize(
    ("money", "want_str", "want_repr"),
    [
        pytest.param(
            Money(D("1217433.65"), "USD"),
            "1,217,433.65 USD",
            "Money(Decimal('1217433.65'), 'USD')",
            id="grouped",
        ),
        pytest.param(
            Money(D("1e6"), "gbp"), "1,000,000 GBP", "Money(Decimal('1000000'), 'GBP')", id="scaled"
        ),
        pytest.param(
            Money(D("1E-7"), "USD"), "0.0000001 USD", "Money(Decimal('1E-7'), 'USD')", id="tiny"
        ),
    ],
)
def test_str_and_repr(money: Money, want_str: str, want_repr: str) -> None:
    assert str(money) == want_str
    assert repr(money) == want_repr


# --- conversion and pickling ----------------------------------------------------------


def test_to_converts_unrounded() -> None:
    table = Rates([ExchangeRate("USD", "GBP", D("0.8214"), source="inline")])
    assert Money(D("1000000"), "USD").to("GBP", table) == Money(D("821400"), "GBP")
    assert Money(D("821400"), "GBP").to("USD", table) == Money(D("1000000"), "USD")
    one_pound = D("1.2174336498660822985147309471633795958120282444607")  # 1 / 0.8214
    assert Money(D("1"), "GBP").to("USD", table).amount == one_pound


@pytest.mark.parametrize(
    "money",
    [
        pytest.param(Money(D("1e6"), "GBP"), id="gbp"),
        pytest.param(Money(D("-0.001"), "KWD"), id="kwd"),
    ],
)
def test_pickle_round_trip(money: Money) -> None:
    again = pickle.loads(pickle.dumps(money))
    assert again == money
    assert repr(again) == repr(money)
