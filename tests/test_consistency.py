"""The consistency rule (issue 10): intervals of rounded figures, qualifiers, ranges, gaps.

Interval ends are worked out by hand in the comments; none comes from the code under
test. The labelled cases of tests/data/consistency_cases.jsonl are run at the end.
"""

from __future__ import annotations

import doctest
import json
from decimal import Decimal
from pathlib import Path

import pytest

import figures
from figures.consistency import (
    Interval,
    convert_interval,
    effective_precision,
    overlaps,
    relative_gap,
    stated_interval,
)
from figures.rates import ExchangeRate, Step
from figures.rates import Path as RatePath

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "consistency_cases.jsonl"


def one(text: str) -> figures.Figure:
    (fig,) = figures.extract(text)
    return fig


# (text, unit of its last stated digit)
PRECISIONS = [
    pytest.param("25 billion euros", "1E+9", id="whole-billions"),
    pytest.param("$300,000", "1E+5", id="trailing-zeros-not-stated"),
    pytest.param("$1.20 million", "1E+4", id="written-decimal-zero-stated"),
    pytest.param("$1.2 million", "1E+5", id="one-decimal"),
    pytest.param("$1,217,434", "1", id="units"),
    pytest.param("10 trillion yen", "1E+13", id="ten-trillion"),
]


@pytest.mark.parametrize(("text", "unit"), PRECISIONS)
def test_effective_precision(text: str, unit: str) -> None:
    assert effective_precision(one(text)) == Decimal(unit)


# (text, its intervals as (low, high) strings)
INTERVALS = [
    pytest.param("25 billion euros", [("24.5e9", "25.5e9")], id="point"),
    pytest.param("$1.22 million", [("1.215e6", "1.225e6")], id="two-decimals"),
    # 10.0 trillion: +-0.05 trillion, then +10% up: 10.05e12 * 1.1 = 11.055e12
    pytest.param("more than 10.0 trillion yen", [("9.95e12", "11.055e12")], id="over"),
    # 9.95e12 * 0.9 = 8.955e12
    pytest.param("nearly 10.0 trillion yen", [("8.955e12", "10.05e12")], id="nearly-down"),
    pytest.param("up to 10.0 trillion yen", [("8.955e12", "10.05e12")], id="up-to-down"),
    # 1.215e6 * 0.98 = 1.1907e6; 1.225e6 * 1.02 = 1.2495e6
    pytest.param("about $1.22 million", [("1.1907e6", "1.2495e6")], id="about-both-ways"),
    pytest.param("some $1.22 million", [("1.1907e6", "1.2495e6")], id="some-both-ways"),
    pytest.param("$5.0-6.0 million", [("4.95e6", "5.05e6"), ("5.95e6", "6.05e6")], id="range"),
]


@pytest.mark.parametrize(("text", "ends"), INTERVALS)
def test_stated_interval(text: str, ends: list[tuple[str, str]]) -> None:
    got = stated_interval(one(text))
    assert got == tuple(Interval(Decimal(lo), Decimal(hi)) for lo, hi in ends)


def test_vague_amount_has_no_interval() -> None:
    assert stated_interval(one("hundreds of millions of dollars")) is None


def test_convert_interval_uses_the_rate_interval() -> None:
    rate = ExchangeRate("EUR", "USD", Decimal("1.2264"))
    there = RatePath("EUR", "USD", (Step(rate, False),))
    back = RatePath("USD", "EUR", (Step(rate, True),))
    # 24.5e9 * 1.22635 = 30.045575e9; 25.5e9 * 1.22645 = 31.274475e9
    got = convert_interval(there, Interval(Decimal("24.5e9"), Decimal("25.5e9")))
    assert got == Interval(Decimal("30.045575e9"), Decimal("31.274475e9"))
    # back: divided by the rate's interval, 1.22645 dollars is 1.22645 / 1.22645 = 1 euro
    # at least and 1.22645 / 1.22635 = 1.0000815... at most
    back_got = convert_interval(back, Interval(Decimal("1.22645"), Decimal("1.22645")))
    assert back_got.low == Decimal(1)
    assert abs(back_got.high - Decimal("1.00008154278957883149")) < Decimal("1e-20")


GAPS = [
    pytest.param(("1", "2"), ("1.5", "3"), "0", id="overlap"),
    pytest.param(("1", "2"), ("2.2", "3"), "0.1", id="above"),  # 2.2 / 2 - 1
    pytest.param(("2.2", "3"), ("1", "2"), "0.1", id="below-symmetric"),
    pytest.param(("1000", "1001"), ("1", "1"), "999", id="thousandfold"),
]


@pytest.mark.parametrize(("a", "b", "gap"), GAPS)
def test_relative_gap(a: tuple[str, str], b: tuple[str, str], gap: str) -> None:
    first = Interval(Decimal(a[0]), Decimal(a[1]))
    second = Interval(Decimal(b[0]), Decimal(b[1]))
    assert relative_gap(first, second) == Decimal(gap)
    assert overlaps(first, second) is (gap == "0")


def test_issue_example_25_billion_euros() -> None:
    doc = figures.read("The EU will lend 25 billion euros ($30.6 billion). (1 euro = $1.2264)")
    (pair,) = doc.pairs
    # 25 billion x 1.2264 = 30.66 billion: outside "$30.6 billion" alone, but
    # 30.045575-31.274475 billion meets 30.55-30.65 billion
    assert pair.expected == Decimal("30.66e9")
    assert pair.consistent is True and pair.gap == 0
    assert doc.check() == []


def test_check_sorts_the_typo_before_the_stale_rate() -> None:
    doc = figures.read(
        "The grant was 1.35 billion euros ($1.62 billion) and the loss about 8 billion"
        " euros ($11 million). (1 euro = $1.2264)"
    )
    stale, typo = doc.pairs
    # stale: 1.345e9 * 1.22635 = 1,649,440,750 vs at most 1.625e9: gap 0.0150404615...
    assert stale.gap is not None and abs(stale.gap - Decimal("0.01504046154")) < Decimal("1e-9")
    # typo: 7.5e9 * 0.98 * 1.22635 = 9,013,672,500 vs at most 11.5e6: gap 782.7976...
    assert typo.gap is not None and abs(typo.gap - Decimal("782.7976087")) < Decimal("1e-6")
    assert doc.check() == [typo, stale]


def test_vague_pair_is_never_flagged() -> None:
    doc = figures.read(
        "It lost hundreds of millions of euros (billions of dollars). (1 euro = $1.2264)"
    )
    assert [p.consistent for p in doc.pairs] == [None]
    assert doc.check() == []


def test_explanation_page_examples_pass() -> None:
    result = doctest.testfile(
        str(ROOT / "docs" / "explanation" / "consistency.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        encoding="utf-8",
        report=False,
    )
    assert result.attempted > 5 and result.failed == 0


def _cases() -> list[dict[str, object]]:
    if not CASES.exists():
        return []
    with CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("case", [pytest.param(c, id=str(c["id"])) for c in _cases()])
def test_labelled_case(case: dict[str, object]) -> None:
    doc = figures.read(str(case["text"]))
    pairs = [p for p in doc.pairs if p.restated.text == case["restated"]]
    label = case["label"]
    if label == "not_a_pair":
        assert pairs == []
        return
    assert len(pairs) == 1, [(p.original.text, p.restated.text) for p in doc.pairs]
    want = {"consistent": True, "inconsistent": False, "unjudged": None}[str(label)]
    assert pairs[0].consistent is want


# (sentence, the pairs found as (original, restated))
RESTATEMENTS = [
    pytest.param(
        "It earned $230 million, or about HK$8 a share. (US$1 = HK$7.8)", [], id="per-share"
    ),
    pytest.param(
        "Net was 12 million euros, or 1.10 dollars per share. (1 euro = $1.30)",
        [],
        id="per-share-word",
    ),
    pytest.param(
        "Buyers may pay either 100 euros or $130 at the door. (1 euro = $1.30)",
        [],
        id="either-or-alternatives",
    ),
    pytest.param(
        "Holders have the option of 500 pounds or $650 in cash. ($1 = 0.80 pounds)",
        [],
        id="option-alternatives",
    ),
    pytest.param(
        "Sales were 46 billion crowns, or 6.8 billion dlrs.",
        [("46 billion crowns", "6.8 billion dlrs")],
        id="comma-or-is-a-restatement",
    ),
    pytest.param(
        "Gold met resistance at 305 stg or 485 dlrs.",
        [("305 stg", "485 dlrs")],
        id="bare-or-without-a-choice-is-a-restatement",
    ),
    pytest.param(
        "She earns 100,000 pounds ($122,000) a year. ($1 = 0.82 pounds)",
        [("100,000 pounds", "$122,000")],
        id="per-year-after-the-bracket-applies-to-both",
    ),
]


@pytest.mark.parametrize(("text", "pairs"), RESTATEMENTS)
def test_what_is_a_restatement(text: str, pairs: list[tuple[str, str]]) -> None:
    got = [(p.original.text, p.restated.text) for p in figures.read(text).pairs]
    assert got == pairs


PER_UNIT = [
    pytest.param(
        "Tin fell to 883 stg per tonne (1,417 dlrs).",
        [("883 stg per tonne", "1,417 dlrs")],
        id="price-per-unit-restated-bare",
    ),
    pytest.param(
        "Copper rose to 2,360 stg per tonne, or 1.7175 dlrs per lb.",
        [("2,360 stg per tonne", "1.7175 dlrs per lb")],
        id="price-per-another-unit-judged-in-one-unit",
    ),
]


@pytest.mark.parametrize(("text", "pairs"), PER_UNIT)
def test_prices_per_unit(text: str, pairs: list[tuple[str, str]]) -> None:
    got = [(p.original.text, p.restated.text) for p in figures.read(text).pairs]
    assert got == pairs
