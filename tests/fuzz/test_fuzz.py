"""The fuzz target: every public call on generated input fails only in documented ways.

Each test feeds one entry point texts built to break it (arbitrary unicode, figure-like
tokens glued at random, mutated news sentences, numerals at and beyond the magnitude
bound) and checks what must always hold: ``extract`` never raises and gives ordered,
non-overlapping spans that quote the text, with finite values within the bound;
``read`` and everything a Document offers (``convert``, ``pairs``, ``check``,
``audit_rates``, and the command line's report) and the ``parse_*`` calls raise
nothing but :class:`FiguresError`.

``make test`` runs these under the default profile (a few dozen examples each);
``make fuzz`` (``HYPOTHESIS_PROFILE=fuzz``) runs each for ``FIGURES_FUZZ_EXAMPLES``
examples (default 100,000); pass ``--hypothesis-show-statistics`` to see how many ran.
Every finding is kept as a named case in ``tests/test_hardening.py``.
"""

from __future__ import annotations

import contextlib
import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import any_texts, footnotes, tricky_texts

import figures
from figures import FiguresError, Money
from figures.arith import in_bounds
from figures.cli import render

pytestmark = pytest.mark.fuzz

#: Sentences of wire copy that the mutations below start from.
SENTENCES = (
    "Britain pledged 1 million pounds ($1.22 million) on March 20, 2023. ($1 = 0.8214 pounds)",
    "Net profit rose 12.5 percent to 3.4 billion yen ($28.7 million) in the six months.",
    "The dollar bought 150.2 yen and sterling rose to $1.25, up 0.3% on the day.",
    "Shares fell 50 to 60 cents, or between 5 and 10 pct, to 1,234.56 rupees (Rs 2.5 crore).",
    "Output was 1.5 mln barrels per day, about 3-4 mln tonnes a year; 1 euro = $1.0725.",
    "It costs £3bn, €4.5 billion or US$5-6 million (1 Swiss franc = 1.1 Canadian dollars).",
)

#: Numerals at, inside and beyond the bound of figures.arith.BOUND, and other extremes.
EXTREMES = (
    "81E999",
    "9E999",
    "1E1000",
    "123E998",
    "1E-1000",
    "1E-1001",
    "0.1E-999",
    "1.5E-1000",
    "81E+999%",
    "1E999 million",
    "$1E999 billion",
    "1E990 trillion",
    "81e999 yen",
    "1E999999999999999999999",
    "1e-99999999999",
    "9" * 400,
    "0." + "0" * 398 + "1",
    "($1 = 81E999 yen)",
    "(1 euro = $1E-1001)",
    "(1E999 dollars = 1 euro)",
)

_MUTATIONS = st.sampled_from(["insert", "delete", "replace", "swap"])


@st.composite
def mutated_sentences(draw: st.DrawFn) -> str:
    """A sentence of wire copy with a few random edits: tokens inserted, spans cut,
    characters replaced, halves swapped."""
    text = draw(st.sampled_from(SENTENCES))
    token = st.one_of(st.sampled_from(EXTREMES), tricky_texts(), st.text(max_size=4))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(_MUTATIONS)
        if kind == "insert":
            text = text[:at] + draw(token) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif kind == "replace":
            text = text[:at] + draw(st.characters()) + text[at + 1 :]
        else:
            text = text[at:] + text[:at]
    return text


def fuzz_texts() -> st.SearchStrategy[str]:
    """Every kind of input the fuzz target feeds."""
    return st.one_of(
        any_texts(),
        mutated_sentences(),
        st.sampled_from(EXTREMES),
        st.builds(lambda f: f.text, footnotes()),
        st.lists(st.sampled_from(EXTREMES + SENTENCES), max_size=4).map(" ".join),
    )


LOCALES = st.sampled_from(["en", "en_CA", "en_IN", "de", "fr"])


def _check_figures(text: str, found: list[figures.Figure]) -> None:
    end = 0
    for fig in found:
        assert end <= fig.start < fig.end <= len(text), (fig, end)
        assert text[fig.start : fig.end] == fig.text
        end = fig.end
        for value in (fig.value, fig.low, fig.high, fig.precision):
            assert value is None or in_bounds(value), (fig.text, value)


@given(fuzz_texts(), LOCALES)
def test_extract(text: str, locale: str) -> None:
    _check_figures(text, figures.extract(text, locale=locale))


@given(fuzz_texts())
def test_read_and_everything_a_document_offers(text: str) -> None:
    doc = figures.read(text, date=datetime.date(2023, 3, 20))
    _check_figures(text, list(doc.figures))
    for conversion in doc.convert("USD"):
        assert (conversion.money is None) == (conversion.error is not None) or (
            conversion.figure.value is None
        )
    for pair in doc.pairs:
        assert pair.original.end <= len(text) and pair.restated.end <= len(text)
    doc.check()
    with contextlib.suppress(FiguresError):  # a rate the ECB does not fix: documented
        doc.audit_rates()
    assert render(doc)  # the command line's report of the same document


@given(fuzz_texts(), st.booleans())
def test_parse_money(text: str, strict: bool) -> None:
    try:
        money = figures.parse_money(text, strict=strict)
    except FiguresError:
        return
    assert isinstance(money, Money) and in_bounds(money.amount)


@given(fuzz_texts())
def test_parse_rate_and_find_rates(text: str) -> None:
    for rate in figures.find_rates(text):
        assert rate.rate > 0 and in_bounds(rate.rate)
        assert rate.start is not None and rate.end is not None
        assert 0 <= rate.start < rate.end <= len(text)
    try:
        rate = figures.parse_rate(text)
    except FiguresError:
        return
    assert rate.rate > 0


_DECIMALS = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal(s) for s in ("9E999", "-9.99E999", "1E-1000", "1E-999", "0")]),
    st.integers(-(10**30), 10**30),
)


@given(_DECIMALS, _DECIMALS, st.integers(-1001, 1001))
def test_money_arithmetic(a: Decimal | int, b: Decimal | int, digits: int) -> None:
    try:
        money = Money(a, "USD")
    except FiguresError:
        return
    rates = figures.Rates([figures.ExchangeRate("USD", "EUR", Decimal("0.9214"))])
    for operation in (
        lambda: money * b,
        lambda: money / b,
        lambda: money + money,
        lambda: -money,
        lambda: money.rounded(digits),
        lambda: money.to("EUR", rates).to("USD", rates),
        lambda: str(money),
    ):
        try:
            result = operation()
        except FiguresError:
            continue
        if isinstance(result, Money):
            assert in_bounds(result.amount)
