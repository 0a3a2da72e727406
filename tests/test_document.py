"""``figures.read`` and ``Document``: inline rates, stated conversions, conversion (issue 3).

Every expected number below was worked out by hand from the rates the text states (or
the ECB fixings of the day, copied from the ECB's published table), with the
arithmetic in a comment beside it; none is computed by the code under test.

Notation in the comments: E is the exact conversion of the original figure, P the
unit of a side's last stated digit. Each side stands for the interval of values that
round to it (± P/2, widened by a qualifier: "about" 2% each way); the original's interval
is converted with the rate's interval (± half a unit of the rate's last digit), and the
pair is consistent when the two intervals overlap. ``tolerance`` is the largest
distance from E at which the restated number is still accepted:
max(E - (conv_low - above), (conv_high + below) - E), with ``above``/``below`` how far the
restated side's interval reaches above/below its number. The interval ends were worked
out with exact fractions (1/0.82135, 1/0.82145, ...), not with the library.
"""

from __future__ import annotations

import datetime
import decimal
import pickle
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import figures
from figures import (
    Conversion,
    Document,
    ExchangeRate,
    Money,
    NoRateError,
    Pair,
    Rates,
    UnknownCurrencyError,
    extract,
    read,
)
from figures.document import date_in_text, settle_currencies

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_06cab5962894b8ac.txt"
FOOTNOTE = " ($1 = 0.8214 pounds)"
MARCH_20 = datetime.date(2023, 3, 20)

# 1,000,000 / 0.8214, long division by hand (digits beyond the 51st not needed).
PLEDGE_IN_USD = Decimal("1217433.649866082298514730947163379595812028244460677")


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def close(got: Decimal | None, want: str, rel: str = "1e-6") -> bool:
    """``got`` within a relative ``rel`` of the hand-computed ``want``."""
    assert got is not None
    with decimal.localcontext(decimal.Context(prec=60)):
        expected = Decimal(want)
        return abs(got - expected) <= abs(expected) * Decimal(rel)


def only_pair(doc: Document) -> Pair:
    pairs = doc.pairs
    assert len(pairs) == 1, [(p.original.text, p.restated.text) for p in pairs]
    return pairs[0]


# --------------------------------------------------------------------------------------
# The seed: what issue 3 says it must show
# --------------------------------------------------------------------------------------


def test_seed_inline_rate_is_usd_gbp_0_8214() -> None:
    text = seed_text()
    doc = read(text)
    assert len(doc.rates) == 1
    rate = doc.rates[0]
    assert (rate.base, rate.quote, rate.rate) == ("USD", "GBP", Decimal("0.8214"))
    assert rate.source == "inline"
    assert rate.text == "$1 = 0.8214 pounds"
    assert rate.start is not None and rate.end is not None
    assert text[rate.start : rate.end] == rate.text
    # The footnote's "$1" and "0.8214 pounds" are not money figures of the article.
    assert [f.text for f in doc.money] == ["1 million pounds", "$1.22 million"]


def test_seed_date_comes_from_its_first_line() -> None:
    doc = read(seed_text())
    assert doc.date == MARCH_20
    assert doc.date_source == "text"


def test_seed_pair_is_consistent() -> None:
    pair = only_pair(read(seed_text()))
    assert pair.original.text == "1 million pounds"
    assert pair.restated.text == "$1.22 million"
    assert pair.implied_rate == Decimal("1.22")  # 1,220,000 / 1,000,000
    assert close(pair.document_rate, "1.2174336498660822985147", rel="1e-20")  # 1 / 0.8214
    assert close(pair.expected, str(PLEDGE_IN_USD), rel="1e-40")
    # "1 million pounds" stands for 0.5-1.5 million: converted with 0.82135-0.82145 that
    # is 608,679.77-1,826,261.64 dollars; "$1.22 million" is 1,215,000-1,225,000.
    # tolerance = 1,826,261.6427 + 5,000 - 1,217,433.6499 = 613,827.99255
    assert close(pair.tolerance, "613827.99255")
    # 1,220,000 - 1,217,433.6498661 = 2,566.3501339: well inside -> consistent
    assert close(pair.difference, "2566.3501339")
    assert pair.consistent is True
    assert pair.path is not None and pair.path.kind == "inverse"
    assert read(seed_text()).check() == []


def test_seed_convert_to_usd() -> None:
    pledge, restated = read(seed_text()).convert("USD")
    assert pledge.figure.text == "1 million pounds"
    assert pledge.money is not None and pledge.money.currency == "USD"
    # Unrounded: at least 45 significant digits of 1,000,000 / 0.8214 are exact, so
    # the error is below one unit of the 45th digit (1e6 * 1e-44 = 1e-38).
    with decimal.localcontext(decimal.Context(prec=60)):
        assert abs(pledge.money.amount - PLEDGE_IN_USD) < Decimal("1e-37")
    assert str(pledge.money.amount).startswith("1217433.6498660822985147309471633795958")
    # Rounded to the cent (USD has 2 minor digits): ...433.6498 -> ...433.65
    assert pledge.money.rounded() == Money(Decimal("1217433.65"), "USD")
    assert pledge.path is not None and pledge.path.kind == "inverse"
    assert pledge.source == "inline"
    assert close(pledge.rate, "1.2174336498660822985147", rel="1e-20")
    assert pledge.error is None and pledge.low is None and pledge.high is None
    # The dollar figure needs no rate at all.
    assert restated.money == Money(Decimal("1220000"), "USD")
    assert restated.path is not None and restated.path.kind == "identity"
    assert restated.source == "identity"


def test_seed_audit_against_ecb_fixing() -> None:
    (audit,) = read(seed_text()).audit_rates()
    assert audit.error is None
    assert audit.rate.rate == Decimal("0.8214")
    assert audit.reference is not None
    # ECB 2023-03-20: 1 EUR = 1.0717 USD = 0.8756 GBP, so 1 USD = 0.8756 / 1.0717 GBP
    # = 0.817019688345619... (long division).
    assert audit.reference.dates == (MARCH_20,)
    assert audit.reference.kind == "cross" and audit.reference.via == ("EUR",)
    assert close(audit.reference.rate, "0.8170196883456191098255", rel="1e-20")
    # (0.8214 - 0.8170196883) / 0.8170196883 = 0.0043803117 / 0.8170196883 = 0.0053613294
    assert close(audit.relative_difference, "0.0053613293741", rel="1e-9")
    assert audit.relative_difference is not None
    assert round(audit.relative_difference * 100, 2) == Decimal("0.54")


# --------------------------------------------------------------------------------------
# Stated conversions: forms, precisions, the rate's own rounding
# --------------------------------------------------------------------------------------

# (sentence incl. its footnote, original, restated, consistent, tolerance)
# Unless said otherwise: footnote $1 = 0.8214 pounds (0.82135-0.82145), E = 1,217,433.6499.
# The forms rows say "1 million pounds" (0.5-1.5 million, converted 608,679.77-
# 1,826,261.64); the precision rows say "£1,000,000.00" (± 0.005 pounds, converted
# 1,217,359.5410-1,217,507.7677), so that only the restatement's precision decides:
# tolerance P/2 + 74.1178334 (1,217,507.7677 - E).
PAIRS = [
    # -- forms of restatement, all $1.22 million: tolerance 613,827.99 (about: 638,253.88)
    pytest.param(
        "Britain pledged 1 million pounds ($1.22 million) to the ICC." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-parentheses",
    ),
    pytest.param(
        "Britain pledged 1 million pounds, or $1.22 million, to the ICC." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-comma-or",
    ),
    pytest.param(
        "Britain pledged 1 million pounds (about $1.22 million) to the ICC." + FOOTNOTE,
        "1 million pounds",
        "about $1.22 million",
        True,
        "638253.87629",
        id="form-parentheses-about",
    ),
    pytest.param(
        "Britain pledged 1 million pounds — $1.22 million — to the ICC." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-em-dash",
    ),
    pytest.param(
        "Britain pledged 1 million pounds – $1.22 million – to the ICC." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-en-dash",
    ),
    pytest.param(
        "Britain pledged 1 million pounds [$1.22 million] to the ICC." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-brackets",
    ),
    pytest.param(
        "It paid 1 million pounds (equivalent to $1.22 million)." + FOOTNOTE,
        "1 million pounds",
        "$1.22 million",
        True,
        "613827.99255",
        id="form-equivalent-to",
    ),
    pytest.param(
        "It cost £1 million, roughly $1.22 million." + FOOTNOTE,
        "£1 million",
        "roughly $1.22 million",
        True,
        "638253.87629",
        id="form-comma-roughly",
    ),
    pytest.param(
        "It cost £1m ($1.22m)." + FOOTNOTE,
        "£1m",
        "$1.22m",
        True,
        "613827.99255",
        id="form-abbreviated-m",
    ),
    pytest.param(
        "It cost 1 million pounds ($1.22 mln)." + FOOTNOTE,
        "1 million pounds",
        "$1.22 mln",
        True,
        "613827.99255",
        id="form-wire-mln",
    ),
    # -- two decimals of a million: P = 10,000, tolerance 5,074.12
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.21 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.21 million",
        False,  # |1,210,000 - 1,217,433.65| = 7,433.65 > 5,074.11
        "5074.1178334",
        id="millions-2dp-low-inconsistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.23 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.23 million",
        False,  # 12,566.35 > 5,074.11
        "5074.1178334",
        id="millions-2dp-high-inconsistent",
    ),
    # -- whole dollars with trailing zeros: the zeros are not taken as stated digits
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,000)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,000",
        True,  # P = 1,000: 433.65 <= 500 + 74.11
        "574.11783344",
        id="thousands-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,218,000)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,218,000",
        True,  # 566.35 > 500 but <= 574.11: saved by the rate's own rounding
        "574.11783344",
        id="thousands-within-rate-widening",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,216,000)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,216,000",
        False,  # 1,433.65 > 574.11
        "574.11783344",
        id="thousands-inconsistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,500)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,500",
        True,  # P = 100: 66.35 <= 50 + 74.11
        "124.11783344",
        id="hundreds-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,300)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,300",
        False,  # 133.65 > 124.11
        "124.11783344",
        id="hundreds-inconsistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,360)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,360",
        True,  # P = 10: 73.65 > 5 but <= 5 + 74.11
        "79.117833437",
        id="tens-within-rate-widening",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,350)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,350",
        False,  # 83.65 > 79.11
        "79.117833437",
        id="tens-inconsistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,434)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,434",
        True,  # P = 1: 0.35 <= 0.5 + 74.11
        "74.617833437",
        id="units-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1,217,433.65)." + FOOTNOTE,
        "£1,000,000.00",
        "$1,217,433.65",
        True,  # P = 0.01: 0.0001 <= 0.005 + 74.11
        "74.122833437",
        id="cents-consistent",
    ),
    # -- one decimal of a million: P = 100,000, tolerance 50,074.12
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.2 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.2 million",
        True,  # 17,433.65 <= 50,074.11
        "50074.117833",
        id="millions-1dp-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.20 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.20 million",
        False,  # the written zero is a digit: P = 10,000, 17,433.65 > 5,074.11
        "5074.1178334",
        id="millions-written-zero-counts",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.3 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.3 million",
        False,  # 82,566.35 > 50,074.11
        "50074.117833",
        id="millions-1dp-inconsistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1 million",
        True,  # P = 1,000,000: 217,433.65 <= 500,074.11
        "500074.11783",
        id="millions-whole-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.218 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.218 million",
        True,  # P = 1,000: 566.35 <= 574.11
        "574.11783344",
        id="millions-3dp-consistent",
    ),
    pytest.param(
        "Britain pledged £1,000,000.00 ($1.216 million)." + FOOTNOTE,
        "£1,000,000.00",
        "$1.216 million",
        False,  # 1,433.65 > 574.11
        "574.11783344",
        id="millions-3dp-inconsistent",
    ),
    # "about" does not license a 23% error: "about $1.5 million" reaches down to
    # 1,450,000 * 0.98 = 1,421,000 > 1,217,507.77; it reaches 81,000 above its number, so
    # tolerance = E - (1,217,359.54 - 81,000) = 81,074.11
    pytest.param(
        "Britain pledged £1,000,000.00 (about $1.5 million)." + FOOTNOTE,
        "£1,000,000.00",
        "about $1.5 million",
        False,
        "81074.108811",
        id="about-does-not-hide-23-percent",
    ),
    # -- the other direction: USD -> GBP, the rate used as stated
    # E = 1,220,000 * 0.8214 = 1,002,108; 1.215-1.225 million dollars at 0.82135-0.82145
    # is 997,940.25-1,006,276.25 pounds
    pytest.param(
        "It cost $1.22 million (1 million pounds)." + FOOTNOTE,
        "$1.22 million",
        "1 million pounds",
        True,  # P = 1,000,000: 0.5-1.5 million overlaps
        "504168.25",
        id="direct-usd-to-gbp-consistent",
    ),
    pytest.param(
        "It cost $1.22 million (1.1 million pounds)." + FOOTNOTE,
        "$1.22 million",
        "1.1 million pounds",
        False,  # P = 100,000: 1.05 million > 1,006,276.25
        "54168.25",
        id="direct-usd-to-gbp-inconsistent",
    ),
    # -- minor units: 50 pence is 0.495-0.505 pounds, converted 0.6025929-0.6148414;
    #    "61 cents" is 0.605-0.615 (overlap), "59 cents" 0.585-0.595 (none); "60 cents"
    #    (0.595-0.605) would overlap: 49.6 pence is 60.4 cents
    pytest.param(
        "Tickets cost 50 pence (61 cents)." + FOOTNOTE,
        "50 pence",
        "61 cents",
        True,  # max(E - (0.6025929 - 0.005), 0.6148414 + 0.005 - E)
        "0.011124594681",
        id="minor-units-consistent",
    ),
    pytest.param(
        "Tickets cost 50 pence (59 cents)." + FOOTNOTE,
        "50 pence",
        "59 cents",
        False,  # 0.595 < 0.6025929
        "0.011124594681",
        id="minor-units-inconsistent",
    ),
    # -- cross rate through USD, both footnotes: E = 1,000,000 / 0.8214 / 1.0725
    #    = 1,135,136.2703; £1,000,000.00 converts to 1,135,014.26-1,135,258.30 euros
    #    (through 0.82135-0.82145 and 1.07245-1.07255); P = 100,000
    pytest.param(
        "It cost £1,000,000.00 (1.1 million euros)." + FOOTNOTE + " (1 euro = $1.0725)",
        "£1,000,000.00",
        "1.1 million euros",
        True,  # 35,136.27 <= 50,122.02
        "50122.033332",
        id="cross-rate-consistent",
    ),
    pytest.param(
        "It cost £1,000,000.00 (1.2 million euros)." + FOOTNOTE + " (1 euro = $1.0725)",
        "£1,000,000.00",
        "1.2 million euros",
        False,  # 64,863.73 > 50,122.02
        "50122.033332",
        id="cross-rate-inconsistent",
    ),
    # -- yen: E = 100,000,000 / 132.71 = 753,522.7187; "100.0 million yen" is 99.95-100.05
    #    million, converted 753,145.67-753,899.76 (the written zero is a stated digit;
    #    "100 million" would be anything from 50 to 150 million)
    pytest.param(
        "Japan gave 100.0 million yen ($754,000). ($1 = 132.7100 yen)",
        "100.0 million yen",
        "$754,000",
        True,  # P = 1,000: 477.28 <= 500.28
        "877.04539965",
        id="yen-thousands-consistent",
    ),
    pytest.param(
        "Japan gave 100.0 million yen ($760,000). ($1 = 132.7100 yen)",
        "100.0 million yen",
        "$760,000",
        False,  # P = 10,000: 6,477.28 > 5,000.28
        "5377.0453997",
        id="yen-ten-thousands-inconsistent",
    ),
    # -- crore: 2.5 crore = 25,000,000 INR; E = 25,000,000 / 83 = 301,204.8193;
    #    2.4-2.6 crore converts to 295,162.94-307,247.42; "about $300,000": P = 100,000,
    #    245,000-357,000 with the 2% of "about"
    pytest.param(
        "India will spend Rs 2.5 crore (about $300,000) on it. ($1 = 83.00 rupees)",
        "Rs 2.5 crore",
        "about $300,000",
        True,  # 1,204.82 <= 50,018.14
        "63041.877286",
        id="crore-about-consistent",
    ),
    pytest.param(
        "India will spend Rs 2.5 crore (about $500,000) on it. ($1 = 83.00 rupees)",
        "Rs 2.5 crore",
        "about $500,000",
        False,  # 198,795.18 > 50,018.14: 66% off, "about" or not
        "67041.877286",
        id="crore-about-66-percent-off",
    ),
    # -- billions: E = 115e9 * 1.3 = 149.5e9; 114.5-115.5e9 converts to 148.84-150.16e9;
    #    "$150 billion": P = 10e9 (the trailing zero of 150 is not a stated digit)
    pytest.param(
        "The EU pledged 115 billion euros ($150 billion). (1 euro = $1.3000)",
        "115 billion euros",
        "$150 billion",
        True,  # 0.5e9 <= 5.00575e9
        "5655775000",
        id="billions-consistent",
    ),
    pytest.param(
        "The EU pledged 115 billion euros ($160 billion). (1 euro = $1.3000)",
        "115 billion euros",
        "$160 billion",
        False,  # 10.5e9 > 5.00575e9
        "5655775000",
        id="billions-inconsistent",
    ),
]


@pytest.mark.parametrize(("text", "original", "restated", "consistent", "tolerance"), PAIRS)
def test_stated_conversion(
    text: str, original: str, restated: str, consistent: bool, tolerance: str
) -> None:
    doc = read(text)
    pair = only_pair(doc)
    assert (pair.original.text, pair.restated.text) == (original, restated)
    assert pair.original.currency != pair.restated.currency
    assert close(pair.tolerance, tolerance)
    assert pair.consistent is consistent
    # check() returns exactly the inconsistent pairs.
    assert doc.check() == ([] if consistent else [pair])


# (sentence, how many pairs, their `consistent` values)
NOT_CHECKED = [
    pytest.param(
        "Britain pledged 1 million pounds (1.1 million pounds)." + FOOTNOTE,
        [],
        id="same-currency-words-not-a-pair",
    ),
    pytest.param(
        "It cost 1 million pounds (£1.1 million)." + FOOTNOTE,
        [],
        id="same-currency-symbol-not-a-pair",
    ),
    pytest.param(
        "Britain pledged 1 million pounds and later $1.22 million to the ICC." + FOOTNOTE,
        [],
        id="not-a-restatement",
    ),
    pytest.param(
        # two ranges are judged end by end: 1-2 million pounds is $1.217-2.435 million,
        # and "$1.2-2.4 million" is within 50,000 (plus the rate's rounding) at both ends
        "Britain pledged 1-2 million pounds ($1.2-2.4 million) to the ICC." + FOOTNOTE,
        [True],
        id="ranges-judged-end-by-end",
    ),
    pytest.param(
        # a range against a point: the point against the whole range, 1-2 million
        # pounds (0.5-2.5 million) is $0.61-3.04 million
        "Britain pledged 1-2 million pounds ($1.8 million) to the ICC." + FOOTNOTE,
        [True],
        id="range-original-judged-as-a-whole",
    ),
    pytest.param(
        "Britain pledged millions of pounds (millions of dollars)." + FOOTNOTE,
        [None],
        id="vague-not-judged",
    ),
    pytest.param(
        # No footnote and no date: nothing to judge against.
        "Britain pledged 1 million pounds ($1.22 million) to the ICC.",
        [None],
        id="no-rate-not-judged",
    ),
]


@pytest.mark.parametrize(("text", "verdicts"), NOT_CHECKED)
def test_pairs_that_cannot_be_judged(text: str, verdicts: list[bool | None]) -> None:
    doc = read(text)
    pairs = doc.pairs
    assert [p.consistent for p in pairs] == verdicts
    for pair in pairs:
        assert pair.original.currency != pair.restated.currency
        assert pair.expected is None and pair.tolerance is None
        assert pair.difference is None
    assert doc.check() == []


def test_unjudged_pair_still_reports_the_implied_rate() -> None:
    pair = only_pair(read("Britain pledged 1 million pounds ($1.22 million) to the ICC."))
    assert pair.implied_rate == Decimal("1.22")
    assert pair.document_rate is None and pair.path is None


def test_check_returns_exactly_the_inconsistent_pairs() -> None:
    # $1 = 0.8000 euros (0.79995-0.80005); each original is good to 0.1 million euros.
    doc = read(
        "The EU pledged 100.0 million euros ($125 million), 200.0 million euros "
        "($250.9 million) and 50.0 million euros, or $62.5 million. ($1 = 0.8000 euros)"
    )
    pairs = doc.pairs
    assert [(p.original.text, p.restated.text) for p in pairs] == [
        ("100.0 million euros", "$125 million"),
        ("200.0 million euros", "$250.9 million"),
        ("50.0 million euros", "$62.5 million"),
    ]
    # 99.95-100.05e6 / 0.80005..0.79995 = 124,929,691.89-125,070,316.89; $125 million
    #   is 124.5-125.5e6: overlap; tolerance 125,070,316.89 + 500,000 - 125e6
    # 199.95-200.05e6 -> 249,921,879.88-250,078,129.88; $250.9 million is 250.85-250.95e6:
    #   no overlap, gap (250,850,000 - 250,078,129.88) / 250,078,129.88 = 0.0030865159
    # 49.95-50.05e6 -> 62,433,597.90-62,566,410.40; $62.5 million 62.45-62.55e6: overlap
    assert [p.consistent for p in pairs] == [True, False, True]
    assert close(pairs[0].tolerance, "570316.89481")
    assert close(pairs[1].tolerance, "128129.88312")
    assert close(pairs[2].tolerance, "116410.40065")
    assert [p.expected for p in pairs] == [Decimal("125e6"), Decimal("250e6"), Decimal("62.5e6")]
    assert pairs[0].gap == pairs[2].gap == 0
    assert close(pairs[1].gap, "0.00308651587103")
    assert doc.check() == [pairs[1]]


def test_check_picks_the_bad_pairs_farthest_off_first() -> None:
    doc = read(
        "It paid 1 million pounds ($1.22 million), £1,000,000.00 ($1.23 million) and about"
        " 2 billion pounds ($2.5 million)." + FOOTNOTE
    )
    assert [p.consistent for p in doc.pairs] == [True, False, False]
    typo, stale = doc.check()
    # "about 2 billion pounds" is 1.47-2.55 billion; its low end is 1,470,000,000 /
    # 0.82145 = 1,789,518,534.30 dollars, and "$2.5 million" reaches 2,550,000:
    # gap = 1,789,518,534.30 / 2,550,000 - 1 = 700.77
    assert (typo.original.text, typo.restated.text) == ("about 2 billion pounds", "$2.5 million")
    assert close(typo.gap, "700.771974235")
    # £1,000,000.00 converts to at most 1,217,507.7677; "$1.23 million" starts at
    # 1,225,000: gap = 1,225,000 / 1,217,507.7677 - 1 = 0.0061537450
    assert (stale.original.text, stale.restated.text) == ("£1,000,000.00", "$1.23 million")
    assert close(stale.gap, "0.00615374496923")
    assert close(stale.difference, "12566.3501339")


# --------------------------------------------------------------------------------------
# Rate precedence: inline, then caller, then ECB of the document's date
# --------------------------------------------------------------------------------------

PLEDGE = "Britain pledged 1 million pounds to the ICC."
CALLER_USD_GBP = [ExchangeRate("USD", "GBP", Decimal("0.9"))]

# (text, read() keywords, 1,000,000 GBP in USD, path kind, source)
PRECEDENCE = [
    pytest.param(
        PLEDGE + " ($1 = 0.80 pounds)",
        {"rates": CALLER_USD_GBP, "date": "2023-03-20"},
        "1250000",  # 1,000,000 / 0.80
        "inverse",
        "inline",
        id="inline-beats-caller-and-ecb",
    ),
    pytest.param(
        PLEDGE + " ($1 = 0.80 pounds)",
        {"rates": [ExchangeRate("GBP", "USD", Decimal("1.3"))], "date": "2023-03-20"},
        "1250000",  # the inline rate, inverted, beats the caller's direct GBP->USD 1.3
        "inverse",
        "inline",
        id="inline-inverse-beats-caller-direct",
    ),
    pytest.param(
        PLEDGE,
        {"rates": CALLER_USD_GBP, "date": "2023-03-20"},
        "1111111.1111111111111111111111111111",  # 1,000,000 / 0.9
        "inverse",
        "caller",
        id="caller-beats-ecb",
    ),
    pytest.param(
        PLEDGE,
        {"rates": Rates(CALLER_USD_GBP)},
        "1111111.1111111111111111111111111111",
        "inverse",
        "caller",
        id="caller-as-rates-table-undated",
    ),
    pytest.param(
        PLEDGE,
        {"date": "2023-03-20"},
        # ECB 2023-03-20: 1,000,000 * 1.0717 / 0.8756
        "1223960.71265417999086340794883",
        "cross",
        "ecb 2023-03-20",
        id="ecb-of-the-day",
    ),
    pytest.param(
        PLEDGE,
        {"date": datetime.datetime(2023, 3, 20, 15, 30)},
        "1223960.71265417999086340794883",
        "cross",
        "ecb 2023-03-20",
        id="ecb-datetime-date",
    ),
    pytest.param(
        PLEDGE,
        {"date": "2023-03-18"},
        # Saturday: Friday 2023-03-17's fixing, 1,000,000 * 1.0623 / 0.87488
        "1214223.66495976591075347476",
        "cross",
        "ecb 2023-03-17",
        id="saturday-uses-friday",
    ),
    pytest.param(
        "LONDON, March 19, 2023 (Reuters) - " + PLEDGE,
        {},
        "1214223.66495976591075347476",  # Sunday, date from the dateline: Friday's fixing
        "cross",
        "ecb 2023-03-17",
        id="sunday-dateline-uses-friday",
    ),
    pytest.param(
        PLEDGE,
        {"rates": [ExchangeRate("EUR", "GBP", Decimal("0.88"))], "date": "2023-03-20"},
        # the caller's EUR/GBP, then ECB's EUR/USD: 1,000,000 / 0.88 * 1.0717
        "1217840.90909090909090909090909",
        "cross",
        "caller+ecb 2023-03-20",
        id="caller-and-ecb-cross",
    ),
]


@pytest.mark.parametrize(("text", "options", "usd", "kind", "source"), PRECEDENCE)
def test_rate_precedence(
    text: str, options: dict[str, Any], usd: str, kind: str, source: str
) -> None:
    (conversion,) = read(text, **options).convert("USD")
    assert conversion.error is None
    assert conversion.money is not None and conversion.money.currency == "USD"
    assert close(conversion.money.amount, usd, rel="1e-24")
    assert conversion.path is not None and conversion.path.kind == kind
    assert conversion.source == source


def test_saturday_says_which_fixing_it_used() -> None:
    doc = read(PLEDGE, date="2023-03-18")
    assert doc.date == datetime.date(2023, 3, 18)
    path = doc.rate("GBP", "USD")
    assert path.dates == (datetime.date(2023, 3, 17),)
    assert str(path) == "GBP -> EUR -> USD (cross; ecb 2023-03-17)"


def test_rate_table_without_reference_has_only_inline_and_caller() -> None:
    doc = read(seed_text(), rates=[ExchangeRate("EUR", "JPY", Decimal("140"))])
    assert doc.rate("GBP", "USD").kind == "inverse"
    table = doc.rate_table(reference=False)
    assert [(r.base, r.quote, r.source) for r in table] == [
        ("USD", "GBP", "inline"),
        ("EUR", "JPY", "caller"),
    ]
    with pytest.raises(NoRateError):
        table.rate("GBP", "CHF")
    # with the reference layer the ECB fixing of 2023-03-20 reaches CHF
    assert doc.rate("GBP", "CHF").sources == ("ecb",)


# (read() keywords, words the error must contain)
NO_RATE = [
    pytest.param(
        # Sunday 2023-03-26: the last fixing, Friday 03-24, is 2 days old.
        {"date": "2023-03-26", "max_age_days": 1},
        ["2023-03-26", "2023-03-24", "2 days", "max_age_days=1"],
        id="stale-fixing",
    ),
    pytest.param(
        {"date": "1990-01-01"},
        ["1990-01-01", "before the first ECB fixing"],
        id="before-ecb-data",
    ),
    pytest.param(
        {},
        ["GBP", "USD", "pass date= or rates="],
        id="undated-without-rates",
    ),
]


@pytest.mark.parametrize(("options", "words"), NO_RATE)
def test_no_rate_is_reported_not_dropped(options: dict[str, Any], words: list[str]) -> None:
    doc = read(PLEDGE, **options)
    (conversion,) = doc.convert("USD")
    assert conversion.figure.text == "1 million pounds"
    assert conversion.money is None and conversion.path is None
    assert conversion.source is None and conversion.rate is None
    assert conversion.error is not None
    for word in words:
        assert word in conversion.error
    with pytest.raises(NoRateError) as raised:
        doc.convert("USD", strict=True)
    for word in words:
        assert word in str(raised.value)


def test_stale_fixing_is_fine_within_a_larger_bound() -> None:
    (conversion,) = read(PLEDGE, date="2023-03-26", max_age_days=2).convert("USD")
    assert conversion.source == "ecb 2023-03-24"
    # ECB 2023-03-24: 1,000,000 * 1.0745 / 0.8794 = 1,221,855.81078...
    assert conversion.money is not None
    assert close(conversion.money.amount, "1221855.8107800773254")


def test_audit_without_a_date_says_so() -> None:
    (audit,) = read("A footnote. ($1 = 0.8214 pounds)").audit_rates()
    assert audit.reference is None and audit.relative_difference is None
    assert audit.error is not None and "no date" in audit.error


def test_audit_flags_a_typo() -> None:
    typo, euro = read(
        "A footnote. ($1 = 8.214 pounds) (1 euro = $1.0725)", date="2023-03-20"
    ).audit_rates()
    # 8.214 / 0.8170196883 - 1 = 9.0536: the misplaced decimal point stands out
    assert close(typo.relative_difference, "9.05361329374143", rel="1e-12")
    # (1.0725 - 1.0717) / 1.0717 = 0.0008 / 1.0717 = 0.000746477559
    assert euro.reference is not None and euro.reference.kind == "direct"
    assert close(euro.relative_difference, "0.000746477559018382", rel="1e-12")


# --------------------------------------------------------------------------------------
# convert(): ranges, vague amounts, identity, rounding, errors
# --------------------------------------------------------------------------------------

# (text, target, point, low, high, kind)  -- all with the seed footnote, no date
CONVERT = [
    pytest.param(
        "Spending of $5-6 million.",
        "GBP",
        None,
        "4107000",  # 5,000,000 * 0.8214
        "4928400",  # 6,000,000 * 0.8214
        "direct",
        id="range-both-ends",
    ),
    pytest.param(
        "Spending of 2-3 million pounds.",
        "USD",
        None,
        "2434867.29973216459702946189",  # 2,000,000 / 0.8214
        "3652300.94959824689554419284",  # 3,000,000 / 0.8214
        "inverse",
        id="range-inverse",
    ),
    pytest.param(
        "It cost millions of dollars.",
        "GBP",
        None,
        "1642800",  # 2,000,000 * 0.8214 (vague "millions" is read as 2-10 million)
        "8214000",  # 10,000,000 * 0.8214
        "direct",
        id="vague-low-high",
    ),
    pytest.param(
        "It cost $3.",
        "USD",
        "3",
        None,
        None,
        "identity",
        id="identity-same-currency",
    ),
    pytest.param(
        "It cost $1,000.",
        "gbp",  # codes are case-insensitive
        "821.4",
        None,
        None,
        "direct",
        id="lower-case-target",
    ),
]


@pytest.mark.parametrize(("text", "target", "point", "low", "high", "kind"), CONVERT)
def test_convert(
    text: str, target: str, point: str | None, low: str | None, high: str | None, kind: str
) -> None:
    (conversion,) = read(text + FOOTNOTE).convert(target)
    assert conversion.error is None
    assert conversion.path is not None and conversion.path.kind == kind
    for got, want in ((conversion.money, point), (conversion.low, low), (conversion.high, high)):
        if want is None:
            assert got is None
        else:
            assert got is not None and got.currency == target.upper()
            assert close(got.amount, want, rel="1e-24")


def test_identity_conversion_is_exact() -> None:
    (conversion,) = read("It cost $3.").convert("USD")
    assert conversion.money == Money(Decimal("3"), "USD")
    assert conversion.rate == Decimal(1)
    assert conversion.source == "identity"


def test_convert_to_yen_rounds_to_whole_yen() -> None:
    # GBP -> EUR -> JPY at ECB 2023-03-20: 1,000,000 / 0.8756 * 140.77 = 160,769,757.88
    conversions = read(seed_text()).convert("JPY")
    pledge = conversions[0]
    assert pledge.source == "ecb 2023-03-20"
    assert pledge.money is not None
    assert pledge.money.rounded() == Money(Decimal("160769758"), "JPY")


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("XYZ", id="made-up-code"),
        pytest.param("US$", id="symbol-not-code"),
        pytest.param("", id="empty"),
    ],
)
def test_convert_unknown_currency_names_it(code: str) -> None:
    with pytest.raises(UnknownCurrencyError) as raised:
        read(seed_text()).convert(code)
    assert repr(code) in str(raised.value)
    assert raised.value.code == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(b"1 million pounds", id="bytes"),
        pytest.param(None, id="none"),
        pytest.param(42, id="int"),
        pytest.param(["1 million pounds"], id="list"),
    ],
)
def test_read_refuses_non_str(text: object) -> None:
    with pytest.raises(TypeError, match=type(text).__name__):
        read(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "date",
    [
        pytest.param("20/03/2023", id="day-first-slashes"),
        pytest.param("2023-02-30", id="no-such-day"),
        pytest.param("March 20, 2023", id="prose-date"),
        pytest.param("yesterday", id="word"),
    ],
)
def test_read_refuses_bad_date_string(date: str) -> None:
    with pytest.raises(ValueError) as raised:
        read(PLEDGE, date=date)
    assert repr(date) in str(raised.value)


def test_read_refuses_date_of_wrong_type() -> None:
    with pytest.raises(TypeError, match="20230320"):
        read(PLEDGE, date=20230320)


# --------------------------------------------------------------------------------------
# The document's date
# --------------------------------------------------------------------------------------

DATES = [
    pytest.param(MARCH_20, "given", id="date"),
    pytest.param(datetime.datetime(2023, 3, 20, 23, 59), "given", id="datetime"),
    pytest.param("2023-03-20", "given", id="iso-string"),
]


@pytest.mark.parametrize(("date", "source"), DATES)
def test_read_date_argument(date: datetime.date | str, source: str) -> None:
    doc = read(PLEDGE, date=date)
    assert doc.date == MARCH_20
    assert type(doc.date) is datetime.date
    assert doc.date_source == source


def test_given_date_beats_the_text() -> None:
    doc = read(seed_text(), date="2023-03-21")
    assert (doc.date, doc.date_source) == (datetime.date(2023, 3, 21), "given")


def test_undated_document() -> None:
    doc = read(PLEDGE)
    assert (doc.date, doc.date_source) == (None, None)


DATE_IN_TEXT = [
    pytest.param(" date 2023-03-20 The International Criminal Court", MARCH_20, id="seed-line"),
    pytest.param("LONDON, March 20, 2023 (Reuters) - Britain", MARCH_20, id="us-dateline"),
    pytest.param("20 March 2023 - Britain pledged", MARCH_20, id="day-month-year"),
    pytest.param("WASHINGTON, Sept. 5, 2021 (Reuters)", datetime.date(2021, 9, 5), id="sept"),
    pytest.param("LONDON, Mar. 20, 2023 -", MARCH_20, id="abbreviated-month"),
    pytest.param("Britain pledged 1 million pounds.", None, id="no-date"),
    pytest.param("Filed 2023-02-30 by mistake", None, id="impossible-iso-date"),
    pytest.param("Marching 20, 2023 was a slogan", None, id="not-a-month"),
    pytest.param("x" * 500 + " 2023-03-20", None, id="only-near-the-top"),
]


@pytest.mark.parametrize(("text", "expected"), DATE_IN_TEXT)
def test_date_in_text(text: str, expected: datetime.date | None) -> None:
    assert date_in_text(text) == expected


# --------------------------------------------------------------------------------------
# Settling assumed currencies from the document's own evidence
# --------------------------------------------------------------------------------------

SETTLE = [
    pytest.param(
        "Ottawa will spend C$5 billion; the $2 billion first phase starts.",
        "en",
        ["CAD", "CAD"],
        id="c-dollar-settles-bare-dollar",
    ),
    pytest.param(
        "C$5 and US$4, then $3",
        "en",
        ["CAD", "USD", "USD"],
        id="explicit-usd-keeps-bare-dollar",
    ),
    pytest.param(
        "Ottawa will spend C$5 billion; the $2 billion first phase starts. ($1 = C$1.35)",
        "en",
        ["CAD", "USD"],
        id="footnote-confirms-usd",
    ),
    pytest.param(
        "Ottawa will spend 5 billion Canadian dollars; the $2 billion first phase starts.",
        "en",
        ["CAD", "CAD"],
        id="canadian-dollars-by-name",
    ),
    pytest.param(
        "Cairo raised 50 billion Egyptian pounds; another 3 billion pounds follows.",
        "en",
        ["EGP", "EGP"],
        id="egyptian-pounds-settle-bare-pounds",
    ),
    pytest.param(
        "The city spent HK$5 million, then $2 million more.",
        "en",
        ["HKD", "HKD"],
        id="hong-kong-dollar",
    ),
    pytest.param(
        "The province spent $3 million and C$2 million and A$1 million.",
        "en",
        ["USD", "CAD", "AUD"],
        id="two-candidates-stay-default",
    ),
    pytest.param("It cost 5 pounds and 3 euros.", "en", ["GBP", "EUR"], id="other-family"),
    pytest.param("The province spent $3 million.", "en_CA", ["CAD"], id="locale-en-ca"),
    pytest.param("The province spent $3 million.", "en", ["USD"], id="locale-en"),
]


@pytest.mark.parametrize(("text", "locale", "codes"), SETTLE)
def test_settle_currencies(text: str, locale: str, codes: list[str]) -> None:
    assert [f.currency for f in read(text, locale=locale).money] == codes


def test_extract_reads_dollar_by_locale() -> None:
    (fig,) = extract("The province spent $3 million.", locale="en_CA")
    assert fig.currency == "CAD"


def test_settle_currencies_with_rates_argument() -> None:
    figs = extract("Ottawa will spend C$5 billion; the $2 billion first phase starts.")
    footnote = ExchangeRate("USD", "CAD", Decimal("1.35"), source="inline")
    assert [f.currency for f in settle_currencies(figs)] == ["CAD", "CAD"]
    assert [f.currency for f in settle_currencies(figs, [footnote])] == ["CAD", "USD"]
    # settling returns new figures, the input is untouched
    assert [f.currency for f in figs] == ["CAD", "USD"]


# --------------------------------------------------------------------------------------
# Values travel: pickling
# --------------------------------------------------------------------------------------


def test_pickle_document() -> None:
    doc = read(seed_text(), rates=[ExchangeRate("EUR", "JPY", Decimal("140"))])
    copy = pickle.loads(pickle.dumps(doc))
    assert isinstance(copy, Document)
    assert copy == doc
    assert copy.convert("USD") == doc.convert("USD")


def test_pickle_conversion_and_pair_and_audit() -> None:
    doc = read(seed_text())
    conversions = doc.convert("USD")
    assert all(isinstance(c, Conversion) for c in conversions)
    assert pickle.loads(pickle.dumps(conversions)) == conversions
    pairs = doc.pairs
    assert pickle.loads(pickle.dumps(pairs)) == pairs
    audits = doc.audit_rates()
    assert pickle.loads(pickle.dumps(audits)) == audits


def test_pickle_failed_conversion() -> None:
    (failed,) = read(PLEDGE).convert("USD")
    copy = pickle.loads(pickle.dumps(failed))
    assert copy == failed and copy.error == failed.error


def test_public_names() -> None:
    # read and the value types are reachable from the package root, as the objects the
    # document module defines (not look-alikes), and are listed in its __all__
    import figures.document as module

    for name in ("read", "Document", "Pair", "Conversion", "RateAudit"):
        assert getattr(figures, name) is getattr(module, name), name
        assert name in figures.__all__ and name in module.__all__, name


@pytest.mark.parametrize(
    ("restated", "consistent"),
    [
        # $5.0-6.0 million: 4.95-5.05 and 5.95-6.05 million dollars, at 0.915-0.925
        # euros a dollar 4.52925-4.67125 and 5.44425-5.59625 million euros
        pytest.param("(4.6-5.5 million euros)", True, id="both-ends-agree"),
        pytest.param("(4.8-5.5 million euros)", False, id="low-end-off"),  # 4.75 > 4.67125
        pytest.param("(4.6-5.7 million euros)", False, id="high-end-off"),  # 5.65 > 5.59625
        # a point against the whole range 4.52925-5.59625
        pytest.param("(4.6 million euros)", True, id="point-within-the-range"),
        pytest.param("(3.9 million euros)", False, id="point-outside-the-range"),
    ],
)
def test_ranges_restated_end_by_end(restated: str, consistent: bool | None) -> None:
    doc = read(f"It will cost $5.0-6.0 million {restated}. ($1 = 0.92 euros)")
    assert [p.consistent for p in doc.pairs] == [consistent]
