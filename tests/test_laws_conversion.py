"""Laws of money, rates and conversion, checked on generated inputs (hypothesis).

Each test states one law. Exact laws compare Decimals with ``==``; laws that involve a
division hold to the documented precision (:data:`figures.money.PRECISION`, 50
significant digits), checked here to 44 digits, which leaves room for the single
rounding a path makes and nothing else. Failing inputs found so far are pinned with
``@example``.
"""

from __future__ import annotations

import datetime
import decimal
import operator
import pickle
from collections.abc import Callable
from decimal import Decimal, localcontext

import pytest
from babel.numbers import get_currency_precision
from hypothesis import assume, example, given
from hypothesis import strategies as st
from strategies import (
    ALL_CODES,
    NAMED,
    Chain,
    Triangle,
    amounts_in,
    chains,
    currencies,
    decimals,
    ecb_days,
    minor_digits,
    rates,
    round_to,
    triangles,
)

import figures
from figures.errors import CurrencyMismatchError, NoRateError
from figures.money import PRECISION, Money
from figures.rates import ExchangeRate, Path, Rates

D = Decimal
_WIDE = 200
#: Digits to which a law with divisions must hold: PRECISION less a margin for the one
#: rounding of the path and the guard digits of its snapping.
AGREE = PRECISION - 6


def close(x: Decimal, y: Decimal, digits: int = AGREE) -> bool:
    """x and y agree to ``digits`` significant digits (both zero counts as agreeing)."""
    with localcontext() as ctx:
        ctx.prec = _WIDE
        return abs(x - y) <= max(abs(x), abs(y)) * D(10) ** -digits


def exact(f: Callable[[], Decimal]) -> Decimal:
    """Evaluate our own reference arithmetic with room for every digit."""
    with localcontext() as ctx:
        ctx.prec = _WIDE
        return f()


def unit(code: str) -> Decimal:
    """One minor unit of ``code`` as babel says (0.01 for USD, 1 for JPY)."""
    return D(1).scaleb(-minor_digits(code))


# --------------------------------------------------------------------------- inverse


@given(chains(), decimals(max_digits=15, max_places=4))
@example(
    Chain(("EUR", "USD"), ((D("3"), False),), Rates([ExchangeRate("USD", "EUR", D("3"))])),
    D("1"),
).via("1/3 is inexact: there and back must still be exact")
def test_there_and_back_is_exact(chain: Chain, amount: Decimal) -> None:
    """A->B->A with the same table returns the original amount exactly, unrounded."""
    money = Money(amount, chain.base)
    there = money.to(chain.quote, chain.table)
    back = there.to(chain.base, chain.table)
    assert back.currency == chain.base
    assert back.amount == amount


@given(chains(), st.data())
def test_there_rounded_and_back_is_within_one_minor_unit(chain: Chain, data: st.DataObject) -> None:
    """Rounding on the way there costs at most one minor unit of A on the way back,
    whenever B's minor unit is worth no more than A's (else B cannot hold A's cents)."""
    rate = chain.effective_rate
    assume(unit(chain.quote) <= exact(lambda: rate * unit(chain.base)))
    amount = data.draw(amounts_in(chain.base), label="amount")
    there = Money(amount, chain.base).to(chain.quote, chain.table).rounded()
    back = there.to(chain.base, chain.table).rounded()
    assert abs(back.amount - amount) <= unit(chain.base)


# --------------------------------------------------------------------------- paths


@given(triangles(), decimals(max_digits=15, max_places=4))
def test_consistent_triangle_gives_the_same_amount_either_way(t: Triangle, amount: Decimal) -> None:
    """With A->C = A->B x B->C exactly, A->C direct equals A->B->C, to the last digit."""
    ab = ExchangeRate(t.a, t.b, t.ab)
    bc = ExchangeRate(t.b, t.c, t.bc)
    ac = ExchangeRate(t.a, t.c, t.ac)
    direct = Rates([ab, bc, ac]).rate(t.a, t.c)
    assert direct.kind == "direct"
    cross = Rates([ab, bc]).rate(t.a, t.c)
    assert cross.kind == "cross"
    assert cross.via == (t.b,)
    assert direct.apply(amount) == cross.apply(amount) == exact(lambda: amount * t.ac)


@given(triangles(), st.booleans(), st.booleans(), decimals(max_digits=15, max_places=4))
def test_triangle_stated_any_way_round_agrees_to_precision(
    t: Triangle, ab_forward: bool, bc_forward: bool, amount: Decimal
) -> None:
    """Stating A-B and B-C either way round changes nothing beyond the 50th digit."""
    ab = ExchangeRate(t.a, t.b, t.ab) if ab_forward else ExchangeRate(t.b, t.a, t.ab)
    bc = ExchangeRate(t.b, t.c, t.bc) if bc_forward else ExchangeRate(t.c, t.b, t.bc)
    with localcontext() as ctx:
        ctx.prec = _WIDE
        ac = (t.ab if ab_forward else 1 / t.ab) * (t.bc if bc_forward else 1 / t.bc)
    cross = Rates([ab, bc]).convert(amount, t.a, t.c)
    assert close(cross, exact(lambda: amount * ac))
    # and the reverse direction is the same path read backwards
    back = Rates([ab, bc]).convert(amount, t.c, t.a)
    assert close(back, exact(lambda: amount / ac))


# --------------------------------------------------------------------------- linearity


@given(chains(), st.data())
def test_conversion_is_homogeneous(chain: Chain, data: st.DataObject) -> None:
    """convert(k * m) == k * convert(m): exactly when the path only multiplies."""
    amount = data.draw(decimals(max_digits=12, max_places=4), label="amount")
    k = data.draw(decimals(max_digits=6, max_places=3), label="k")
    money = Money(amount, chain.base)
    left = (money * k).to(chain.quote, chain.table)
    right = money.to(chain.quote, chain.table) * k
    assert left.currency == right.currency == chain.quote
    if chain.forward:
        assert left.amount == right.amount
    else:
        assert close(left.amount, right.amount)


@given(chains(), st.data())
def test_conversion_is_additive(chain: Chain, data: st.DataObject) -> None:
    """convert(m1 + m2) == convert(m1) + convert(m2): exactly when the path multiplies."""
    m1 = Money(data.draw(decimals(max_digits=12, max_places=4), label="m1"), chain.base)
    m2 = Money(data.draw(decimals(max_digits=12, max_places=4), label="m2"), chain.base)
    left = (m1 + m2).to(chain.quote, chain.table).amount
    right = (m1.to(chain.quote, chain.table) + m2.to(chain.quote, chain.table)).amount
    if chain.forward:
        assert left == right
    else:
        # a sum can cancel to far below the terms: compare against the terms' size
        scale = exact(lambda: max(abs(m1.amount), abs(m2.amount)) * chain.effective_rate)
        assert exact(lambda: abs(left - right)) <= exact(lambda: scale * D(10) ** -AGREE)


@given(chains(), decimals(max_digits=12, max_places=4))
def test_conversion_is_unrounded_and_exact(chain: Chain, amount: Decimal) -> None:
    """Money.to neither rounds nor loses digits: it is amount x effective rate."""
    got = Money(amount, chain.base).to(chain.quote, chain.table).amount
    want = exact(lambda: amount * chain.effective_rate)
    if chain.forward:
        assert got == want
    else:
        assert close(got, want)


def hostile() -> decimal.Context:
    """A caller's context that spoils any arithmetic done in it: three digits, rounding
    toward minus infinity. The library must work in its own local context instead."""
    return decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR)


@given(chains(), decimals(max_digits=12, max_places=4))
def test_conversion_ignores_the_callers_decimal_context(chain: Chain, amount: Decimal) -> None:
    """Converting, rounding and summing give the same result whatever the caller's
    decimal context, and leave no flag set in it."""
    with localcontext(decimal.Context()):
        money = Money(amount, chain.base)
        want = money.to(chain.quote, chain.table)
        want_sum = sum([money, money * 3, money / 7])
    with localcontext(hostile()) as ctx:
        got = money.to(chain.quote, chain.table)
        got_sum = sum([money, money * 3, money / 7])
        got_rounded = got.rounded()
        got_rate = chain.table.rate(chain.base, chain.quote).rate
        flags = [flag.__name__ for flag, raised in ctx.flags.items() if raised]
    assert (got, got_sum, got_rounded) == (want, want_sum, want.rounded())
    assert got_rate == chain.table.rate(chain.base, chain.quote).rate
    assert flags == []


# --------------------------------------------------------------------------- identity, errors


@given(chains(), decimals())
def test_same_currency_is_the_identity(chain: Chain, amount: Decimal) -> None:
    """Converting to the same currency returns the amount as it was, in any table."""
    for table in (chain.table, Rates()):
        path = table.rate(chain.base, chain.base)
        assert path.kind == "identity"
        assert path.steps == ()
        money = Money(amount, chain.base)
        assert money.to(chain.base, table) == money
        assert str(money.to(chain.base, table).amount) == str(money.amount)


@given(chains(), currencies())
def test_missing_path_raises_naming_both_currencies(chain: Chain, other: str) -> None:
    """No rate, no guess: NoRateError names both currencies, whichever way is asked."""
    assume(other not in chain.codes)
    for base, quote in ((chain.base, other), (other, chain.quote)):
        with pytest.raises(NoRateError) as caught:
            chain.table.rate(base, quote)
        assert (caught.value.base, caught.value.quote) == (base, quote)
        assert base in str(caught.value)
        assert quote in str(caught.value)


@given(chains(), chains())
def test_disconnected_tables_raise_naming_both(left: Chain, right: Chain) -> None:
    """Two chains that share no currency: nothing connects one to the other."""
    assume(not set(left.codes) & set(right.codes))
    table = Rates.layered(left.table, right.table)
    with pytest.raises(NoRateError) as caught:
        table.convert(Money(1, left.base), left.base, right.quote)
    assert left.base in str(caught.value)
    assert right.quote in str(caught.value)


_MIXING = [
    pytest.param(operator.add, id="add"),
    pytest.param(operator.sub, id="subtract"),
    pytest.param(operator.lt, id="lt"),
    pytest.param(operator.le, id="le"),
    pytest.param(operator.gt, id="gt"),
    pytest.param(operator.ge, id="ge"),
    pytest.param(lambda a, b: sum([a, b]), id="sum"),
]


@pytest.mark.parametrize("op", _MIXING)
@given(
    st.lists(currencies(), min_size=2, max_size=2, unique=True),
    decimals(),
    decimals(),
)
def test_mixing_currencies_raises(
    op: Callable[[Money, Money], object], codes: list[str], a: Decimal, b: Decimal
) -> None:
    """Money of two currencies never adds, subtracts or orders; equality is False."""
    left, right = Money(a, codes[0]), Money(b, codes[1])
    with pytest.raises(CurrencyMismatchError) as caught:
        op(left, right)
    assert codes[0] in str(caught.value)
    assert codes[1] in str(caught.value)
    assert left != right


@given(currencies(), decimals(max_digits=14), decimals(max_digits=14), decimals(max_digits=14))
def test_addition_within_a_currency_is_exact(code: str, a: Decimal, b: Decimal, c: Decimal) -> None:
    """Sums of stated amounts are exact: associative, and subtraction undoes addition."""
    x, y, z = Money(a, code), Money(b, code), Money(c, code)
    assert (x + y) + z == x + (y + z) == sum([x, y, z])
    assert (x + y) - y == x
    assert (x + y).amount == exact(lambda: a + b)


# --------------------------------------------------------------------------- rounding


@given(st.sampled_from(ALL_CODES), decimals(max_digits=16, max_places=8))
def test_rounding_moves_at_most_half_a_minor_unit(code: str, amount: Decimal) -> None:
    """rounded() lands on the currency's minor-unit grid, at most half a unit away."""
    got = Money(amount, code).rounded()
    assert got.currency == code
    assert abs(got.amount - amount) <= unit(code) / 2
    assert got.amount % unit(code) == 0


@given(st.sampled_from(ALL_CODES), decimals(max_digits=16, max_places=8))
def test_rounding_is_idempotent(code: str, amount: Decimal) -> None:
    """Rounding a rounded amount changes nothing, not even its exponent."""
    once = Money(amount, code).rounded()
    twice = once.rounded()
    assert twice == once
    assert str(twice.amount) == str(once.amount)


@given(st.sampled_from(ALL_CODES), decimals(max_digits=16, max_places=8))
def test_rounding_keeps_exactly_the_iso_minor_units(code: str, amount: Decimal) -> None:
    """Every babel currency: the result shows exactly its ISO minor units (JPY 0,
    USD 2, KWD 3), as babel's CLDR data gives them."""
    got = Money(amount, code).rounded()
    assert got.amount.as_tuple().exponent == -int(get_currency_precision(code))


@given(st.sampled_from(ALL_CODES), st.integers(-(10**12), 10**12))
@example("USD", 267).via("2.675 -> 2.68, the docstring's case")
@example("JPY", -1).via("-0.5 yen -> -1")
def test_rounding_sends_halves_away_from_zero(code: str, units: int) -> None:
    """A tie rounds half up (away from zero), the rule of EU Regulation 1103/97."""
    tie = exact(lambda: (D(units) + D("0.5")) * unit(code))
    got = Money(tie, code).rounded().amount
    away = exact(lambda: (D(units) + (1 if units >= 0 else 0)) * unit(code))
    assert got == away


# --------------------------------------------------------------------------- stated conversions


def _stated(value: Decimal, k: int, million: bool) -> tuple[str, Decimal]:
    """How a text writes ``value`` (a multiple of 10**k) and the precision it states.

    The precision is the unit of the last digit written; the trailing zeros of a whole
    number written without a point do not count ("$300,000" is good to the hundred
    thousand), as figures.document documents.
    """
    if million:
        m = exact(lambda: value.scaleb(-6).quantize(D(1).scaleb(min(k - 6, 0))))
        text = f"${m:f} million"
        if k < 6:
            return text, D(10) ** k
        return text, _whole_precision(value)
    if k < 0:
        return f"${value:,.{-k}f}", D(10) ** k
    return f"${value:,.0f}", _whole_precision(value)


def _whole_precision(value: Decimal) -> Decimal:
    n = abs(int(value))
    zeros = 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return D(10) ** zeros


@st.composite
def stated_conversions(
    draw: st.DrawFn,
) -> tuple[str, Decimal, Decimal, Decimal, int, bool]:
    """(original currency, amount, rate USD->it, exact USD value, k, million form)."""
    code = draw(st.sampled_from([c for c in sorted(NAMED) if c != "USD"]))
    amount = draw(decimals(max_digits=10, max_places=2, positive=True))
    rate = draw(rates())
    expected = exact(lambda: amount / rate)
    lead = expected.adjusted()
    k = draw(st.integers(min(max(lead - 5, -2), 9), min(max(lead, -2), 9)))
    million = draw(st.booleans()) and expected >= 10**6
    return code, amount, rate, expected, k, million


def _text(code: str, amount: Decimal, restated: str, rate: Decimal) -> str:
    plural = NAMED[code].plural
    return f"The fund pledged {amount:,f} {plural} ({restated}). ($1 = {rate:f} {plural})"


def _rate_slack(rate: Decimal, expected: Decimal) -> Decimal:
    """How far the rounding of the stated rate alone can move the expected amount."""
    exponent = rate.as_tuple().exponent
    assert isinstance(exponent, int)
    return exact(lambda: abs(expected) * D(1).scaleb(exponent) / 2 / rate)


#: The seed's case: 1 million pounds restated as $1.22 million, at $1 = 0.8214 pounds.
_SEED = ("GBP", D(1000000), D("0.8214"), exact(lambda: D(1000000) / D("0.8214")), 4, True)


@given(stated_conversions())
@example(_SEED).via("the seed: 1 million pounds ($1.22 million) at $1 = 0.8214 pounds")
def test_correctly_rounded_restatement_is_consistent(
    case: tuple[str, Decimal, Decimal, Decimal, int, bool],
) -> None:
    """Any restatement rounded correctly at its stated precision is judged consistent,
    through the public route: read() the text, look at Document.pairs."""
    code, amount, rate, expected, k, million = case
    restated = round_to(expected, D(10) ** k)
    assume(restated > 0)
    text, _ = _stated(restated, k, million)
    doc = figures.read(_text(code, amount, text, rate))
    assert [str(r) for r in doc.rates] == [f"1 USD = {rate:f} {code}"]
    [pair] = doc.pairs
    assert (pair.original.currency, pair.restated.currency) == (code, "USD")
    assert pair.original.value == amount
    assert pair.restated.value == restated
    assert close(pair.expected, expected)  # type: ignore[arg-type]
    assert pair.consistent is True
    assert doc.check() == []


#: The seed's pledge written to the penny ("1,000,000.00 pounds"): its own rounding is nil.
_SEED_EXACT = ("GBP", D("1000000.00"), D("0.8214"), _SEED[3], 4, True)


def _original_slack(amount: Decimal, rate: Decimal) -> Decimal:
    """How far the rounding of the original amount, as written, can move the expected
    amount: half a unit of its last stated digit (trailing zeros of a whole number are
    not stated), converted."""
    exponent = amount.as_tuple().exponent
    assert isinstance(exponent, int)
    stated = D(10) ** exponent if exponent < 0 else _whole_precision(amount)
    return exact(lambda: stated / 2 / rate)


@given(stated_conversions(), st.integers(1, 40), st.booleans())
@example(_SEED_EXACT, 3, True).via("$1.26 million for 1,000,000.00 pounds at 0.8214")
@example(_SEED_EXACT, 1, False).via("$1.20 million states ten thousands: 17,434 is too far")
def test_restatement_off_by_more_than_the_tolerance_is_flagged(
    case: tuple[str, Decimal, Decimal, Decimal, int, bool], times: int, up: bool
) -> None:
    """A restatement further from the exact conversion than 3 x half its precision plus
    3 x the slack of the rate's own rounding plus 3 x the slack of the original's own
    rounding (both sides are rounded) is reported by Document.check()."""
    code, amount, rate, expected, k, million = case
    precision = D(10) ** k
    slack = exact(lambda: _rate_slack(rate, expected) + _original_slack(amount, rate))
    step = exact(lambda: times * (3 * precision / 2 + 3 * slack))
    off = exact(lambda: expected + step if up else expected - step)
    restated = round_to(off, precision)
    assume(restated > 0)
    text, stated_precision = _stated(restated, k, million)
    tolerance = exact(lambda: 3 * stated_precision / 2 + 3 * slack)
    assume(exact(lambda: abs(restated - expected)) > tolerance)
    doc = figures.read(_text(code, amount, text, rate))
    [pair] = doc.pairs
    assert pair.restated.value == restated
    assert pair.consistent is False
    assert doc.check() == [pair]


# --------------------------------------------------------------------------- precedence

#: Currencies the ECB has fixed every day since 1999.
_ECB_ALWAYS = ("GBP", "JPY", "CHF")


@given(
    st.sampled_from(_ECB_ALWAYS),
    rates(),
    rates(),
    st.booleans(),
    st.booleans(),
    ecb_days(),
    decimals(max_digits=8, max_places=2, positive=True),
)
def test_inline_rate_beats_caller_rate_beats_ecb(
    code: str,
    inline: Decimal,
    caller: Decimal,
    inline_forward: bool,
    caller_forward: bool,
    day: datetime.date,
    amount: Decimal,
) -> None:
    """For the same pair the document's footnote wins, then the caller's rate, then the
    ECB fixing of the document's date; each conversion says which one it used."""
    name = NAMED[code]
    footnote = (
        f"($1 = {inline:f} {name.plural})"
        if inline_forward
        else f"(1 {name.singular} = ${inline:f})"
    )
    body = f"Sales were {amount:,f} {name.plural}."
    given_rate = (
        ExchangeRate("USD", code, caller) if caller_forward else ExchangeRate(code, "USD", caller)
    )
    with_all = figures.read(f"{body} {footnote}", date=day, rates=[given_rate])
    no_footnote = figures.read(body, date=day, rates=[given_rate])
    ecb_only = figures.read(body, date=day)
    for doc, source, stated in (
        (with_all, "inline", inline),
        (no_footnote, "caller", caller),
    ):
        path = doc.rate(code, "USD")
        assert path.sources == (source,)
        assert [step.rate.rate for step in path.steps] == [stated]
        [conversion] = doc.convert("USD")
        assert conversion.source == source
    path = ecb_only.rate(code, "USD")
    assert path.sources == ("ecb",)
    assert path.via == ("EUR",)
    assert len(path.dates) == 1 and path.dates[0] <= day
    [conversion] = ecb_only.convert("USD")
    assert conversion.source == f"ecb {path.dates[0].isoformat()}"


@given(
    ecb_days(),
    st.lists(st.sampled_from((*_ECB_ALWAYS, "USD", "EUR")), min_size=2, max_size=2, unique=True),
)
def test_ecb_cross_rate_is_the_ratio_of_euro_rates(day: datetime.date, codes: list[str]) -> None:
    """The ECB publishes EUR->X only: X->Y is EUR->Y / EUR->X, on one fixing day."""
    from figures.ecb import ecb_rate

    base, quote = codes
    path = ecb_rate(base, quote, day)
    eur_base = ecb_rate("EUR", base, day).rate
    eur_quote = ecb_rate("EUR", quote, day).rate
    assert close(path.rate, exact(lambda: eur_quote / eur_base))
    assert len(path.dates) == 1


# --------------------------------------------------------------------------- pickling


@given(chains(), decimals(), st.sampled_from(["inline", "caller", "ecb"]), ecb_days())
def test_values_survive_pickling(
    chain: Chain, amount: Decimal, source: str, day: datetime.date
) -> None:
    """Money, ExchangeRate, Path and Rates round-trip through pickle equal (a Dask or
    Spark worker gets the same value)."""
    money = Money(amount, chain.base)
    rate = ExchangeRate(chain.base, chain.quote, D("1.25"), source, "x", 0, 1, day)
    path = chain.table.rate(chain.base, chain.quote)  # fills the table's graph cache
    layered = Rates.layered(chain.table, [rate])
    for value in (money, rate, path, chain.table, layered, Path(chain.base, chain.base)):
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            again = pickle.loads(pickle.dumps(value, protocol))
            assert again == value
            assert hash(again) == hash(value)
    restored = pickle.loads(pickle.dumps(chain.table))
    assert restored.rate(chain.base, chain.quote) == path


@given(
    st.sampled_from(sorted(NAMED)),
    decimals(max_digits=9, max_places=2, positive=True),
    rates(),
    st.lists(rates(), max_size=2),
)
@example("EUR", D(1), D(1), [D(1)]).via("caller rates for the document's own currency")
def test_figures_and_documents_survive_pickling(
    code: str, amount: Decimal, rate: Decimal, extra: list[Decimal]
) -> None:
    """Figure and Document (with its rates and the caller's table) pickle to equals."""
    assume(code != "USD")
    plural = NAMED[code].plural
    text = f"date 2023-03-20 Output was {amount:,f} {plural}, up 5%. ($1 = {rate:f} {plural})"
    caller = [ExchangeRate(code, "USD", r) for r in extra]
    doc = figures.read(text, rates=caller)
    assert doc.figures
    for value in (doc, *doc.figures, *doc.rates, doc.caller_rates):
        again = pickle.loads(pickle.dumps(value))
        assert again == value
    again = pickle.loads(pickle.dumps(doc))
    assert again.convert("USD") == doc.convert("USD")
    assert again.pairs == doc.pairs
