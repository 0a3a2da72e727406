"""Which rate a document converts with (issue 10): footnotes before prose levels, and
prose statements that are not today's rate never become rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

import figures
from figures.inline_rates import find_rates
from figures.rate_tense import not_today

# (sentence, why its level is not today's rate)
NOT_TODAY = [
    pytest.param(
        "Analysts said that if the yen spikes to around 77 to the dollar, exporters suffer.",
        "hypothetical",
        id="if-spikes",
    ),
    pytest.param(
        "Toyota could cope should the euro fall to $1.05 this spring.", "hypothetical", id="should"
    ),
    pytest.param("The euro is seen at $1.20 by year-end.", "forecast", id="seen-at"),
    pytest.param("Analysts expect the yuan at 6.5 per dollar.", "forecast", id="expect"),
    pytest.param("The rupee will trade at 90 per dollar, a poll showed.", "forecast", id="will"),
    pytest.param(
        "The real traded at 5.10 per dollar by the end of the year.",
        "forecast",
        id="by-the-end-after",
    ),
    pytest.param(
        "The dollar weakened and Sony shares tumbled to 3,900 yen.",
        "share price",
        id="shares-tumbled",
    ),
    pytest.param(
        "The dollar was far from its 2011 high of 75.35 yen.", "past level", id="its-high"
    ),
    pytest.param(
        "The yen hit a record high of 75.35 per dollar in October 2011.",
        "past level",
        id="in-month-year-after",
    ),
    pytest.param(
        "The won was at 1,450 per dollar two years ago.", "past level", id="years-ago-after"
    ),
]


@pytest.mark.parametrize(("text", "reason"), NOT_TODAY)
def test_not_todays_rate_is_no_rate(text: str, reason: str) -> None:
    assert find_rates(text) == []
    # the reason, at the number the level states
    number = next(f for f in figures.extract(text) if f.value is not None)
    assert not_today(text, number.start, number.end) == reason


# (sentence, the rate it states)
TODAY = [
    pytest.param("The dollar rose to 79.39 yen on Tuesday.", ("USD", "JPY", "79.39"), id="rose"),
    pytest.param(
        "LONDON, March 20, 2023 (Reuters) - The dollar rose to 79.39 yen.",
        ("USD", "JPY", "79.39"),
        id="dateline-year-not-a-past-level",
    ),
    pytest.param("The rupee closed at 83.12 per dollar.", ("USD", "INR", "83.12"), id="closed-at"),
    pytest.param(
        "The dollar ended at 145.50 yen. Dealers said it could fall further.",
        ("USD", "JPY", "145.50"),
        id="modal-in-the-next-sentence",
    ),
    pytest.param(
        "translated at the average rate of exchange, which was 1.43 dlrs per pound in 1986",
        ("GBP", "USD", "1.43"),
        id="past-rate-used-to-translate",
    ),
]


@pytest.mark.parametrize(("text", "rate"), TODAY)
def test_todays_level_is_a_prose_rate(text: str, rate: tuple[str, str, str]) -> None:
    (got,) = find_rates(text)
    assert (got.base, got.quote, str(got.rate)) == rate
    assert got.source == "prose"


def test_footnote_rate_is_inline() -> None:
    (got,) = find_rates("Sales were 3 billion yen ($1 = 132.71 yen); it would expand.")
    assert got.source == "inline"


STORY = "Sony lost 100.0 billion yen ($1.25 billion) as the dollar rose to 79.39 yen."


def test_footnote_outranks_prose_level() -> None:
    doc = figures.read(STORY + " ($1 = 80.00 yen)")
    assert [r.source for r in doc.rates] == ["prose", "inline"]
    loss = doc.convert("USD")[0]
    # the footnote: 100.0e9 / 80.00 = 1.25e9 exactly, not 100e9 / 79.39
    assert loss.money is not None and loss.money.amount == Decimal("1.25e9")
    assert loss.source == "inline"
    (pair,) = doc.pairs
    assert pair.consistent is True and pair.expected == Decimal("1.25e9")


def test_prose_level_used_when_no_footnote_and_says_so() -> None:
    doc = figures.read(STORY)
    loss = doc.convert("USD")[0]
    # 100.0e9 / 79.39 = 1,259,604,484.19...
    assert loss.money is not None
    assert str(loss.money.amount).startswith("1259604484.19")
    assert loss.source == "prose"
    # 99.95e9 / 79.395 = 1,258,895,396.4 at least, "$1.25 billion" at most 1.255e9:
    # the story's own prose level does not support its conversion
    (pair,) = doc.pairs
    assert pair.consistent is False
    assert pair.path is not None and pair.path.sources == ("prose",)


def test_prose_level_for_another_pair_still_used() -> None:
    # the footnote gives USD/JPY; the euro's level in prose is the only EUR rate
    doc = figures.read("The euro was at $1.3050 and exports rose 5.0 billion yen. ($1 = 80.00 yen)")
    # the level itself is a rate, not money: only the exports convert
    (exports,) = doc.convert("EUR")
    # 5.0e9 / 80.00 / 1.3050 = 47,892,720.31 euros
    assert exports.money is not None
    assert str(exports.money.amount).startswith("47892720.30")
    assert exports.source == "inline+prose"
