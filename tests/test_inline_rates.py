"""Tests of ``figures.inline_rates``: inline exchange rates read from free text.

Cases are grouped by where they came from: the forms the design names, real wire
footnotes (hand-picked from Reuters copy of 2006-2013, values checked by hand), prose
statements, negatives (unit conversions and other "=" that are not rates), spans, the
footnote spans a scanner skips, the parse_* functions, robustness and running time.

Expected rates are written as strings: the rate must keep the digits as written
("132.7100" stays "132.7100"), so ``str(rate.rate)`` is compared, not just the value.
"""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.errors import AmbiguousError, ParseError
from figures.inline_rates import find_rates, footnote_spans, parse_rate, parse_rates
from figures.rates import ExchangeRate

Expected = list[tuple[str, str, str]]  # (base, quote, rate as written)


def readings(text: str) -> Expected:
    return [(r.base, r.quote, str(r.rate)) for r in find_rates(text)]


# The forms the design names, each with its reading.
DESIGN_FORMS = [
    pytest.param("($1 = 0.8214 pounds)", [("USD", "GBP", "0.8214")], id="dollar-pounds"),
    pytest.param("($1=.7909 euros)", [("USD", "EUR", "0.7909")], id="no-leading-zero"),
    pytest.param(
        "($1 = 6.8780 Chinese yuan renminbi)", [("USD", "CNY", "6.8780")], id="three-word-name"
    ),
    pytest.param("($1 = 132.7100 yen)", [("USD", "JPY", "132.7100")], id="trailing-zeros-kept"),
    pytest.param("($1=A$1.32)", [("USD", "AUD", "1.32")], id="aussie-symbol"),
    pytest.param("($1=$1.13 Canadian)", [("USD", "CAD", "1.13")], id="dollar-canadian"),
    pytest.param("(1 euro = $1.0725)", [("EUR", "USD", "1.0725")], id="euro-base"),
    pytest.param("(£1 = $1.2174)", [("GBP", "USD", "1.2174")], id="pound-sign-base"),
    pytest.param("(€1 = 0.87 pounds)", [("EUR", "GBP", "0.87")], id="euro-sign-base"),
    pytest.param("(US$1=HK$7.8)", [("USD", "HKD", "7.8")], id="us-dollar-hk-dollar"),
    pytest.param("($=7.51 yuan)", [("USD", "CNY", "7.51")], id="base-without-number"),
    pytest.param(
        "($1 = 0.7024 euro = 0.6170 pound)",
        [("USD", "EUR", "0.7024"), ("USD", "GBP", "0.6170")],
        id="chain-of-two",
    ),
    pytest.param(
        "($1=95.04 Yen; $1=.7095 euros)",
        [("USD", "JPY", "95.04"), ("USD", "EUR", "0.7095")],
        id="two-equations-semicolon",
    ),
    pytest.param(
        "($1 = 0.7024 euro = 0.6170 pound = 110.5 yen)",
        [("USD", "EUR", "0.7024"), ("USD", "GBP", "0.6170"), ("USD", "JPY", "110.5")],
        id="chain-of-three-all-against-first",
    ),
    pytest.param(
        "($1 = 11.044 pesos at end March)", [("USD", "MXN", "11.044")], id="trailing-words"
    ),
    pytest.param("(1 USD = 83.2 INR)", [("USD", "INR", "83.2")], id="iso-codes"),
    pytest.param("($1 = 1 Swiss franc)", [("USD", "CHF", "1")], id="rate-of-one"),
    pytest.param("$1 = 1,234.5 won", [("USD", "KRW", "1234.5")], id="grouped-no-parens"),
    pytest.param("(1 pound = 1.17 euros)", [("GBP", "EUR", "1.17")], id="pound-word-base"),
    pytest.param("(1 dollar = 0.91 Swiss francs)", [("USD", "CHF", "0.91")], id="dollar-word"),
    pytest.param("($1 = 3.6725 UAE dirhams)", [("USD", "AED", "3.6725")], id="uae-dirhams"),
    pytest.param("(100 yen = $0.94)", [("JPY", "USD", "0.0094")], id="base-of-100-divided"),
    pytest.param("(1,000 won = $0.85)", [("KRW", "USD", "0.00085")], id="base-of-1000"),
    pytest.param("(1 yen = 0.94 cents)", [("JPY", "USD", "0.0094")], id="minor-unit-quote"),
    pytest.param("(1 euro = US $1.3)", [("EUR", "USD", "1.3")], id="us-space-dollar"),
    pytest.param("(Euro=$1.3)", [("EUR", "USD", "1.3")], id="name-only-base"),
    pytest.param("(1 pound sterling = $1.6)", [("GBP", "USD", "1.6")], id="pound-sterling"),
    pytest.param("($1=Rs 83)", [("USD", "INR", "83")], id="rupee-symbol"),
    pytest.param("USD 1 = INR 83.2", [("USD", "INR", "83.2")], id="codes-before-numbers"),
]

# Real wire footnotes, hand-picked to cover the surface forms of the corpus.
WIRE_FOOTNOTES = [
    pytest.param("($1=.7878 Euro)", [("USD", "EUR", "0.7878")], id="wire-euro-capital"),
    pytest.param(
        "(US$1=HK$7.8=7.984 yuan)",
        [("USD", "HKD", "7.8"), ("USD", "CNY", "7.984")],
        id="wire-chain-hk-yuan",
    ),
    pytest.param(
        "($1=82.95 Yen, $1=.7722 Euro)",
        [("USD", "JPY", "82.95"), ("USD", "EUR", "0.7722")],
        id="wire-two-equations-comma",
    ),
    pytest.param(
        "($1=110.12 Yen, .52 Pound)",
        [("USD", "JPY", "110.12"), ("USD", "GBP", "0.52")],
        id="wire-list-same-base",
    ),
    pytest.param(
        "($1=C$1.05, A$1.16)",
        [("USD", "CAD", "1.05"), ("USD", "AUD", "1.16")],
        id="wire-list-of-symbols",
    ),
    pytest.param(
        "($1 = 1,155 won; 77.99 yen)",
        [("USD", "KRW", "1155"), ("USD", "JPY", "77.99")],
        id="wire-semicolon-list",
    ),
    pytest.param("(A$1=$1.04)", [("AUD", "USD", "1.04")], id="wire-aussie-base"),
    pytest.param("(1 euro = US $1.575)", [("EUR", "USD", "1.575")], id="wire-us-space"),
    pytest.param("(1 eur=$1.368)", [("EUR", "USD", "1.368")], id="wire-lowercase-code"),
    pytest.param("(1 NOK = $0.175)", [("NOK", "USD", "0.175")], id="wire-code-base"),
    pytest.param("(Euro=$1.29)", [("EUR", "USD", "1.29")], id="wire-euro-no-number"),
    pytest.param("($ 1 = 3.63 shekels)", [("USD", "ILS", "3.63")], id="wire-space-after-sign"),
    pytest.param("(US$1=T$32.7)", [("USD", "TWD", "32.7")], id="wire-taiwan-t-dollar"),
    pytest.param("($1=HK7.807)", [("USD", "HKD", "7.807")], id="wire-hk-without-sign"),
    pytest.param("($1=$1. Canadian)", [("USD", "CAD", "1")], id="wire-number-with-point"),
    pytest.param("($1=.6564 Pound.)", [("USD", "GBP", "0.6564")], id="wire-full-stop"),
    pytest.param("($1 = $1.82 reais)", [("USD", "BRL", "1.82")], id="wire-dollar-sign-reais"),
    pytest.param(
        "($1=.6336 Sterling=.7187 Euro)",
        [("USD", "GBP", "0.6336"), ("USD", "EUR", "0.7187")],
        id="wire-sterling-chain",
    ),
    pytest.param(
        "($1 = 1,141.25 Korean won)", [("USD", "KRW", "1141.25")], id="wire-grouped-decimal"
    ),
    pytest.param("($1=16,501 dong)", [("USD", "VND", "16501")], id="wire-dong"),
    pytest.param(
        "(1 British pound = US$1.563)", [("GBP", "USD", "1.563")], id="wire-british-pound"
    ),
    pytest.param(
        "($1 = 0.7651 euros = 83.2900 Japanese yen)",
        [("USD", "EUR", "0.7651"), ("USD", "JPY", "83.2900")],
        id="wire-chain-euro-yen",
    ),
    pytest.param(
        "($1=98.6900 Japanese yen, 0.6224 British pounds, 0.7403 euros)",
        [("USD", "JPY", "98.6900"), ("USD", "GBP", "0.6224"), ("USD", "EUR", "0.7403")],
        id="wire-list-of-three",
    ),
    pytest.param("($=61.43 Algerian dinars)", [("USD", "DZD", "61.43")], id="wire-dinars"),
    pytest.param(
        "(US$ = 7.88 yuan = 117 yen)",
        [("USD", "CNY", "7.88"), ("USD", "JPY", "117")],
        id="wire-us-sign-no-number-chain",
    ),
    pytest.param("($ = S$1.5323)", [("USD", "SGD", "1.5323")], id="wire-singapore"),
    pytest.param("($1=112.69 Iceland Krona)", [("USD", "ISK", "112.69")], id="wire-krona"),
    pytest.param("($1=1.18 Canadian)", [("USD", "CAD", "1.18")], id="wire-canadian-no-sign"),
    pytest.param("($1=1.039 SWISS FRANC)", [("USD", "CHF", "1.039")], id="wire-upper-case"),
    pytest.param("($1 = 8.031 patacas)", [("USD", "MOP", "8.031")], id="wire-patacas"),
    pytest.param(
        "($1 = 13.5035 pesos as of end-Sept)", [("USD", "MXN", "13.5035")], id="wire-as-of"
    ),
    pytest.param(
        "($1 = 29.9760 Taiwan dollars)", [("USD", "TWD", "29.9760")], id="wire-taiwan-dollars"
    ),
    pytest.param(
        "($1 = 5.5 Argentine pesos as of March 31)",
        [("USD", "ARS", "5.5")],
        id="wire-number-after-name-ignored",
    ),
    pytest.param("($1 = 3.82 Brazilian reais.)", [("USD", "BRL", "3.82")], id="wire-reais"),
    pytest.param(
        "($1 = 1.0170 Australian dollars)", [("USD", "AUD", "1.0170")], id="wire-aud-name"
    ),
    pytest.param("($1=119.38 Yen)", [("USD", "JPY", "119.38")], id="wire-yen-capital"),
]

# Known failures: remove the mark when the cause is fixed (strict, so a fix is noticed).
KNOWN_GAPS = [
    pytest.param(
        "($1=127.58 Icelandic crowns, based on Sedlabanki onshore rate)",
        [("USD", "ISK", "127.58")],
        id="wire-icelandic-crowns",
    ),
]

# Rates stated in running prose.
PROSE = [
    pytest.param(
        "The rupee fell to a record low of 83.29 against the dollar.",
        [("USD", "INR", "83.29")],
        id="against-the-dollar",
    ),
    pytest.param(
        "South Africa's rand weakened 1.2% to 18.95 per dollar.",
        [("USD", "ZAR", "18.95")],
        id="change-then-level-per-dollar",
    ),
    pytest.param(
        "at an exchange rate of 7.1 yuan per dollar", [("USD", "CNY", "7.1")], id="yuan-per-dollar"
    ),
    pytest.param(
        "the rupee closed at 83.12 per dollar", [("USD", "INR", "83.12")], id="subject-per-dollar"
    ),
    pytest.param(
        "The yuan traded at 7.1 to the dollar.", [("USD", "CNY", "7.1")], id="to-the-dollar"
    ),
    pytest.param("about 110 yen per U.S. dollar", [("USD", "JPY", "110")], id="per-us-dollar"),
    pytest.param("worth $1.10 per euro", [("EUR", "USD", "1.10")], id="symbol-per-euro"),
    pytest.param(
        "translated at the average rate of exchange, which was 1.43 dlrs per pound in 1986",
        [("GBP", "USD", "1.43")],
        id="dlrs-per-pound-after-rate-of-exchange",
    ),
    pytest.param("at $1.60 to the pound", [("GBP", "USD", "1.60")], id="symbol-to-the-pound"),
    pytest.param(
        "or 119.05 francs per 100 marks", [("DEM", "CHF", "1.1905")], id="per-100-divided"
    ),
    pytest.param("EUR/USD 1.0725", [("EUR", "USD", "1.0725")], id="market-pair"),
    pytest.param("EUR/USD was at 1.0725", [("EUR", "USD", "1.0725")], id="market-pair-linked"),
    pytest.param(
        "Sales rose to 3 billion yen ($1 = 132.7100 yen) last year.",
        [("USD", "JPY", "132.7100")],
        id="footnote-in-sentence",
    ),
]

# Hard-wrapped copy: a line break is a space, a blank line ends a statement.
LINE_BREAKS = [
    pytest.param(
        "($1 = 0.7024 euro =\n0.6170 pound)",
        [("USD", "EUR", "0.7024"), ("USD", "GBP", "0.6170")],
        id="chain-across-a-line-break",
    ),
    pytest.param(
        "($1 = 0.7024 euro =\n\n0.6170 pound)",
        [("USD", "EUR", "0.7024")],
        id="blank-line-ends-the-chain",
    ),
    pytest.param("($1 =\n0.8 euros)", [("USD", "EUR", "0.8")], id="break-after-sign"),
    pytest.param("the yen at\n152 to the dollar", [("USD", "JPY", "152")], id="break-in-prose"),
    pytest.param(
        "The yen should stabilize at around\n152 to 153 to the U.S. Dollar",
        [],
        id="range-is-no-level",
    ),
]

# Text with "=" or "per" that states no exchange rate.
NEGATIVES = [
    pytest.param("(1 metric ton = 1.1023 tons)", id="unit-metric-ton"),
    pytest.param("(1 US fluid ounce = 29.57 milliliters)", id="unit-fluid-ounce"),
    pytest.param("(1 U.S. fluid ounce = 29.57 milliliters)", id="unit-us-dotted"),
    pytest.param("(1 kg = 2.2046 lbs)", id="unit-kg"),
    pytest.param("(1 pound = 0.4536 kg)", id="unit-pound-weight"),
    pytest.param("(1 kg = 2.2046 pounds)", id="unit-pounds-weight"),
    pytest.param("(1 tonne = 1.102 metric tons)", id="unit-tonne"),
    pytest.param("1 = 1", id="bare-numbers"),
    pytest.param("(see page 5 = 6)", id="see-page"),
    pytest.param("Arsenal beat Chelsea (3 = 2) on Sunday", id="score"),
    pytest.param("x = 5 if y == 3 else z", id="code"),
    pytest.param("total = $5 + tax", id="code-with-dollar"),
    pytest.param("($1=75.14)", id="no-quote-currency"),
    pytest.param("(1 = 0.7658 euros)", id="no-base-currency"),
    pytest.param("(= 0.7658 euros)", id="no-base-at-all"),
    pytest.param("($1=$1.25)", id="dollar-to-dollar"),
    pytest.param("($1 = 1.0000 US dollars)", id="same-currency"),
    pytest.param("($1 = 0 euros)", id="zero-rate"),
    pytest.param("(0 yen = $0.94)", id="zero-base"),
    pytest.param("(€1 billion = $1.3 billion)", id="scaled-amounts"),
    pytest.param("(1 cup = 2 all)", id="lowercase-words-that-spell-codes"),
    pytest.param("Shares rose 5 per cent.", id="per-cent"),
    pytest.param("It pays 5 cents per share.", id="cents-per-share"),
    pytest.param("Oil cost $83 per barrel.", id="per-barrel"),
    pytest.param("a loan rate of 18 cents per pound", id="cents-per-pound-of-sugar"),
    pytest.param("beef at $1.20 per pound", id="price-per-pound-weight"),
    pytest.param("U.S. striploin sells for 9.77 dlrs per pound", id="dlrs-per-pound-of-beef"),
    pytest.param("a trading range of 148.20/30 yen to the dollar", id="range-shorthand"),
    pytest.param("The won strengthened by 6.60 won to the dollar", id="change-not-level"),
    pytest.param("EUR/USD fell 0.5 percent", id="pair-with-percent"),
    pytest.param("CAT/DOG 5", id="pair-not-codes"),
]


@pytest.mark.parametrize(
    ("text", "expected"), DESIGN_FORMS + WIRE_FOOTNOTES + PROSE + LINE_BREAKS + KNOWN_GAPS
)
def test_reads_rates(text: str, expected: Expected) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_states_no_rate(text: str) -> None:
    assert find_rates(text) == []


@pytest.mark.parametrize(("text", "_"), DESIGN_FORMS + WIRE_FOOTNOTES + PROSE + LINE_BREAKS)
def test_span_is_the_rate_text(text: str, _: Expected) -> None:
    for rate in find_rates(text):
        assert rate.start is not None and rate.end is not None
        assert text[rate.start : rate.end] == rate.text
        # an equation is the document's footnote; anything else was read from prose
        assert rate.source == ("inline" if "=" in rate.text else "prose")


def test_rates_are_exact_decimals() -> None:
    rate = find_rates("($1=.7909 euros)")[0]
    assert type(rate.rate) is Decimal
    assert rate.rate == Decimal("0.7909")
    assert rate == ExchangeRate("USD", "EUR", Decimal("0.7909"), "inline", "$1=.7909 euros", 1, 15)


# The text of each rate: from its base amount to the end of its quote, no parentheses.
SPANS = [
    pytest.param("($1 = 0.8214 pounds)", ["$1 = 0.8214 pounds"], id="footnote-inside"),
    pytest.param(
        "($1 = 0.7024 euro = 0.6170 pound)",
        ["$1 = 0.7024 euro", "$1 = 0.7024 euro = 0.6170 pound"],
        id="chain-from-shared-base",
    ),
    pytest.param(
        "($1=95.04 Yen; $1=.7095 euros)", ["$1=95.04 Yen", "$1=.7095 euros"], id="own-bases"
    ),
    pytest.param("($1 = 11.044 pesos at end March)", ["$1 = 11.044 pesos"], id="no-tail"),
    pytest.param("($1 = 3.82 Brazilian reais.)", ["$1 = 3.82 Brazilian reais"], id="no-stop"),
    pytest.param("(US$1=HK$7.8)", ["US$1=HK$7.8"], id="country-prefix-included"),
    pytest.param(
        "the rupee closed at 83.12 per dollar",
        ["rupee closed at 83.12 per dollar"],
        id="prose-from-subject",
    ),
    pytest.param("EUR/USD was at 1.0725", ["EUR/USD was at 1.0725"], id="pair"),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_rate_texts(text: str, expected: list[str]) -> None:
    assert [rate.text for rate in find_rates(text)] == expected


FOOTNOTE_SPANS = [
    pytest.param(
        "Costs 5 million euros ($1 = 0.7909 euros).", ["($1 = 0.7909 euros)"], id="whole-paren"
    ),
    pytest.param(
        "($1 = 11.044 pesos at end March)",
        ["($1 = 11.044 pesos at end March)"],
        id="paren-with-tail",
    ),
    pytest.param(
        "A (1 euro = $1.07) and B ($1=95.04 Yen; $1=.7095 euros).",
        ["(1 euro = $1.07)", "($1=95.04 Yen; $1=.7095 euros)"],
        id="two-footnotes",
    ),
    pytest.param(
        "(about $2 billion; $1 = 0.8 euros)",
        ["$1 = 0.8 euros"],
        id="shared-paren-keeps-other-amounts",
    ),
    pytest.param("At $1 = 1,234.5 won, it is cheap.", ["$1 = 1,234.5 won"], id="running-text"),
    pytest.param("7.1 yuan per dollar", [], id="prose-rate-not-a-footnote"),
    pytest.param("(see page 5 = 6)", [], id="not-a-rate"),
    pytest.param("(1 metric ton = 1.1023 tons)", [], id="unit-conversion"),
]


@pytest.mark.parametrize(("text", "expected"), FOOTNOTE_SPANS)
def test_footnote_spans(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in footnote_spans(text)] == expected


def test_parse_rate_returns_the_first() -> None:
    rate = parse_rate("($1 = 0.7024 euro = 0.6170 pound)")
    assert (rate.base, rate.quote, rate.rate) == ("USD", "EUR", Decimal("0.7024"))


def test_parse_rate_strict_refuses_two_readings() -> None:
    with pytest.raises(AmbiguousError) as caught:
        parse_rate("($1=95.04 Yen; $1=.7095 euros)", strict=True)
    assert caught.value.readings == ["1 USD = 95.04 JPY", "1 USD = 0.7095 EUR"]


def test_parse_rate_strict_accepts_one() -> None:
    assert str(parse_rate("(£1 = $1.2174)", strict=True)) == "1 GBP = 1.2174 USD"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("(1 kg = 2.2046 lbs)", id="unit"),
        pytest.param("($1=75.14)", id="one-currency"),
    ],
)
def test_parse_rate_without_rate_raises_naming_the_text(text: str) -> None:
    with pytest.raises(ParseError, match="no exchange rate found in"):
        parse_rate(text)
    with pytest.raises(ParseError) as caught:
        parse_rates(text)
    assert caught.value.text == text


def test_parse_rates_gives_all() -> None:
    assert [str(r) for r in parse_rates("(US$1=HK$7.8=7.984 yuan)")] == [
        "1 USD = 7.8 HKD",
        "1 USD = 7.984 CNY",
    ]


@pytest.mark.parametrize("value", [None, b"($1 = 0.8 euros)", 1])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        find_rates(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        footnote_spans(value)  # type: ignore[arg-type]


JUNK = [
    pytest.param("", id="empty"),
    pytest.param("=", id="equals"),
    pytest.param("(", id="open"),
    pytest.param(")", id="close"),
    pytest.param("($", id="open-dollar"),
    pytest.param("($1=", id="unfinished"),
    pytest.param("($1=$", id="unfinished-sign"),
    pytest.param("$=.", id="sign-equals-point"),
    pytest.param("1,,,,=.....", id="commas-and-points"),
    pytest.param("US$=US$=US$=1", id="signs-only"),
    pytest.param("per per per 1 per", id="per-words"),
    pytest.param("EUR/USD/EUR/USD", id="pairs"),
    pytest.param("($1 = 99999999999999999999999999999999999999 yen)", id="huge-number"),
    pytest.param("(١ euro = $١٫٠٧)", id="arabic-indic-digits"),
    pytest.param("\x00($1\x00=\x000.8 euros)", id="nul-bytes"),
    pytest.param("($1\n= 0.8 euros)", id="newline-inside"),
    pytest.param("€=€=€=€", id="euro-signs"),
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_never_raises(text: str) -> None:
    rates = find_rates(text)
    assert all(text[r.start : r.end] == r.text for r in rates)
    footnote_spans(text)


# Text built from the pieces rate statements are made of, so hypothesis hits the parser's
# corners far more often than with arbitrary text.
PIECES = st.sampled_from(
    [
        "(",
        ")",
        "$",
        "US$",
        "A$",
        "£",
        "€",
        "=",
        " = ",
        ",",
        ";",
        ".",
        " ",
        "1",
        "0.8214",
        ".79",
        "1,234.5",
        "100",
        "euro",
        "euros",
        "pounds",
        "yen",
        "Canadian",
        "dollar",
        "per",
        "to the",
        "USD",
        "EUR/USD",
        "cents",
        "ton",
        "at",
        "rupee",
        "\n",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_never_raises_and_spans_hold(text: str) -> None:
    for rate in find_rates(text):
        assert rate.start is not None and rate.end is not None
        assert text[rate.start : rate.end] == rate.text
        assert rate.rate > 0 and rate.base != rate.quote
    for start, end in footnote_spans(text):
        assert 0 <= start < end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for rate in find_rates(text):
        assert rate.start is not None and rate.end is not None
        assert text[rate.start : rate.end] == rate.text
        assert rate.rate > 0 and rate.base != rate.quote and rate.source == "inline"
    end = 0
    for start, stop in sorted(footnote_spans(text)):
        assert end <= start < stop <= len(text)
        end = stop


MB = 1_000_000

# A wire story of about 950 characters with one footnote, repeated to a megabyte.
STORY = (
    "TOKYO, Oct 27 (Reuters) - Myojo Foods said on Friday that net profit rose 12.5 percent "
    "to 3.4 billion yen ($28.7 million) in the six months to September, beating the 3.1 "
    "billion yen forecast by analysts, as sales of instant noodles in China and Thailand "
    "recovered from a slow start to the year.\n"
    "Sales fell 2 percent to 812 billion yen, hurt by a 4.5 percent drop in domestic volumes "
    "and higher costs for wheat and palm oil, the company said in a statement. It kept its "
    "full-year forecast for operating profit of 7.2 billion yen, against a consensus of 7.6 "
    "billion yen from 11 analysts polled by Thomson Reuters I/B/E/S.\n"
    "The shares closed up 1.5 percent at 2,140 yen before the results, outperforming a 0.3 "
    "percent rise in the benchmark Nikkei average. Analysts at Nomura, who cut their target "
    "to 2,500 yen from 2,700 yen per share in August, expect a dividend of 30 yen for the "
    "year to March 2007, unchanged from a year earlier. ($1=118.34 Yen)\n"
)


def _megabyte(piece: str) -> str:
    return (piece * (MB // len(piece) + 1))[:MB]


def _seconds(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        find_rates(text)
        footnote_spans(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.fixture(scope="module")
def prose_seconds() -> float:
    """The time for a megabyte of wire prose, best of three (the machine is shared)."""
    return _seconds(_megabyte(STORY), runs=3)


@pytest.mark.parametrize(
    "piece",
    [
        pytest.param("(", id="open-parens"),
        pytest.param("($1=", id="unfinished-footnotes"),
        pytest.param("1=", id="number-equals-runs"),
        pytest.param("1", id="one-long-number"),
        pytest.param("A$", id="symbol-runs"),
        pytest.param("($1 = .", id="unfinished-right-side"),
        pytest.param("$" * 50 + "=1", id="many-starts-before-one-sign"),
        pytest.param("1 a" * 17 + "=1", id="number-word-starts-before-one-sign"),
        pytest.param("EUR/USD ", id="pairs-without-rates"),
        pytest.param("5 per dollar ", id="per-without-currency"),
    ],
)
def test_adversarial_megabyte_costs_like_prose(piece: str, prose_seconds: float) -> None:
    adversarial = _seconds(_megabyte(piece))
    assert adversarial < 10 * prose_seconds, f"{adversarial:.3f}s vs prose {prose_seconds:.3f}s"


def test_prose_megabyte_finds_every_footnote() -> None:
    text = _megabyte(STORY)
    assert len(find_rates(text)) == text.count("($1=118.34 Yen)")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("sterling rose to $1.25", [("GBP", "USD", "1.25")], id="sterling-rose-to"),
        pytest.param("the euro was at $1.08 on Monday", [("EUR", "USD", "1.08")], id="euro-was-at"),
        pytest.param("the dollar bought 150 yen", [("USD", "JPY", "150")], id="dollar-bought"),
        pytest.param(
            "The pound fell 2% to $1.20 on Friday.", [("GBP", "USD", "1.20")], id="after-a-change"
        ),
        pytest.param(
            "the dollar fell 1.5 percent to 140.20 yen",
            [("USD", "JPY", "140.20")],
            id="percent-then-level",
        ),
        pytest.param(
            "the yen weakened past 150 per dollar", [("USD", "JPY", "150")], id="past-per-dollar"
        ),
        pytest.param(
            "the dollar value of sales rose to $5 billion", [], id="dollar-value-is-no-rate"
        ),
        pytest.param(
            "the euro zone economy grew to 5 billion euros", [], id="euro-zone-is-no-rate"
        ),
        pytest.param("the dollar index rose to 104.5", [], id="index-level-is-no-rate"),
        pytest.param("the dollar rose to $5 million", [], id="a-sum-is-no-rate"),
    ],
)
def test_levels_in_prose(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(r.base, r.quote, r.rate) for r in find_rates(text)]
    assert got == [(b, q, Decimal(v)) for b, q, v in want]
    for r in find_rates(text):
        assert r.start is not None and r.end is not None
        assert text[r.start : r.end] == r.text
