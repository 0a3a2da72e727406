"""More number, price and quantity forms, each added when a peer's suite or a law showed
it missing. Expected values are written by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

import figures
from figures import Kind

D = Decimal


def one(text: str, **kwargs: str) -> figures.Figure:
    found = figures.extract(text, **kwargs)
    assert len(found) == 1, found
    fig = found[0]
    assert text[fig.start : fig.end] == fig.text
    return fig


@pytest.mark.parametrize(
    ("text", "want_text", "kind", "value", "unit"),
    [
        pytest.param("-4/5", "-4/5", Kind.NUMBER, D("-0.8"), None, id="negative-fraction"),
        pytest.param(
            "10 1/2 miles", "10 1/2 miles", Kind.QUANTITY, D("10.5"), "mile", id="mixed-number-unit"
        ),
        pytest.param(
            "rates of 2 1/4 percent",
            "2 1/4 percent",
            Kind.PERCENT,
            D("2.25"),
            "percent",
            id="mixed-percent",
        ),
        pytest.param(
            "½ teaspoon", "½ teaspoon", Kind.QUANTITY, D("0.5"), "teaspoon", id="vulgar-half"
        ),
        pytest.param("2½ years", "2½", Kind.NUMBER, D("2.5"), None, id="digits-and-vulgar"),
        pytest.param("1e10", "1e10", Kind.NUMBER, D("10000000000"), None, id="scientific"),
        pytest.param(
            "12.32e+14",
            "12.32e+14",
            Kind.NUMBER,
            D("1232000000000000"),
            None,
            id="scientific-signed-exponent",
        ),
        pytest.param("3 dozen eggs", "3 dozen", Kind.NUMBER, D("36"), None, id="digits-dozen"),
        pytest.param("three dozens", "three dozens", Kind.NUMBER, D("36"), None, id="words-dozens"),
        pytest.param(
            "322 hundred", "322 hundred", Kind.NUMBER, D("32200"), None, id="digits-hundred"
        ),
        pytest.param(
            "one and a fourth", "one and a fourth", Kind.NUMBER, D("1.25"), None, id="and-a-fourth"
        ),
        pytest.param(
            "twenty and three fifths",
            "twenty and three fifths",
            Kind.NUMBER,
            D("20.6"),
            None,
            id="and-three-fifths",
        ),
        pytest.param(
            "two hundred point zero three",
            "two hundred point zero three",
            Kind.NUMBER,
            D("200.03"),
            None,
            id="spoken-decimal-digits",
        ),
        pytest.param(
            "two hundred point seventy-one",
            "two hundred point seventy-one",
            Kind.NUMBER,
            D("200.71"),
            None,
            id="spoken-decimal-tens",
        ),
        pytest.param(
            "a 3-inch screen", "3-inch", Kind.QUANTITY, D("3"), "inch", id="hyphen-unit-adjective"
        ),
        pytest.param(
            "a six-mile trip", "six-mile", Kind.QUANTITY, D("6"), "mile", id="word-hyphen-unit"
        ),
        pytest.param("75ml", "75ml", Kind.QUANTITY, D("75"), "milliliter", id="glued-ml"),
        pytest.param("a 300mm lens", "300mm", Kind.QUANTITY, D("300"), "millimeter", id="glued-mm"),
        pytest.param(
            "a 2.80 GHz chip", "2.80 GHz", Kind.QUANTITY, D("2.80"), "gigahertz", id="gigahertz"
        ),
    ],
)
def test_number_and_quantity_forms(
    text: str, want_text: str, kind: Kind, value: Decimal, unit: str | None
) -> None:
    fig = one(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (want_text, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "want_text", "value", "currency"),
    [
        pytest.param("RM50", "RM50", D("50"), "MYR", id="ringgit-glued"),
        pytest.param("12,000원", "12,000원", D("12000"), "KRW", id="won-hangul"),
        pytest.param("3,500円", "3,500円", D("3500"), "JPY", id="yen-kanji"),
        pytest.param("₤1700.", "₤1700", D("1700"), "GBP", id="lira-sign-as-pound"),
        pytest.param("2000 zl", "2000 zl", D("2000"), "PLN", id="zloty-without-diacritic"),
        pytest.param("Rp 350.000", "Rp 350.000", D("350000"), "IDR", id="rupiah-dot-grouping"),
        pytest.param(
            "1.234.567,89\xa0CA$",
            "1.234.567,89\xa0CA$",
            D("1234567.89"),
            "CAD",
            id="letter-sign-suffix",
        ),
        pytest.param("Its GDP is $2.174T", "$2.174T", D("2174000000000"), "USD", id="trillion-T"),
        pytest.param(
            "3 dollars 50 cents", "3 dollars 50 cents", D("3.50"), "USD", id="dollars-and-cents"
        ),
        pytest.param("a 12-cent dividend", "12-cent", D("0.12"), "USD", id="cent-adjective"),
        pytest.param(
            "75 USD million", "75 USD million", D("75000000"), "USD", id="scale-after-code"
        ),
        pytest.param("30 MUSD", "30 MUSD", D("30000000"), "USD", id="million-prefixed-code"),
        pytest.param("rmb 10", "rmb 10", D("10"), "CNY", id="lower-case-rmb"),
        pytest.param(
            "hk $ 10.05 billion",
            "hk $ 10.05 billion",
            D("10050000000"),
            "HKD",
            id="tokenised-hk-dollar",
        ),
        pytest.param(
            "Mex$ 10 million", "Mex$ 10 million", D("10000000"), "MXN", id="mexican-peso-sign"
        ),
        pytest.param(
            "5 billion Icelandic crowns",
            "5 billion Icelandic crowns",
            D("5000000000"),
            "ISK",
            id="icelandic-crowns",
        ),
    ],
)
def test_money_forms(text: str, want_text: str, value: Decimal, currency: str) -> None:
    fig = one(text)
    assert (fig.text, fig.kind, fig.value, fig.currency) == (want_text, Kind.MONEY, value, currency)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        pytest.param(
            "ranged from -18 °C to -34 °C",
            D("-34"),
            D("-18"),
            "degree_Celsius",
            id="signed-ends-ordered",
        ),
        pytest.param("from 5 to 7 km", D("5"), D("7"), "kilometer", id="unit-shared"),
    ],
)
def test_ranges(text: str, low: Decimal, high: Decimal, unit: str) -> None:
    fig = one(text)
    assert (fig.value, fig.low, fig.high, fig.unit) == (None, low, high, unit)


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        pytest.param("from 44 ml to 50 mg", ["44 ml", "50 mg"], id="two-units-no-range"),
        pytest.param("5t of steel, grade 5b", ["5t"], id="t-is-tonnes-b-needs-a-currency"),
        pytest.param("COP28 in Dubai", [], id="acronym-not-money"),
        pytest.param("1 P", ["1"], id="spaced-capital-P-not-pence"),
        pytest.param("24/7 and 9/11", [], id="slashes-not-fractions"),
    ],
)
def test_not_read_as(text: str, texts: list[str]) -> None:
    assert [f.text for f in figures.extract(text)] == texts


def test_price_without_cents() -> None:
    fig = one("1.899,-")
    assert (fig.text, fig.value) == ("1.899", D("1899"))


@pytest.mark.parametrize(
    ("text", "want_text", "kind", "value", "currency_or_unit"),
    [
        pytest.param(
            "rose 0.1\npct, seasonally",
            "0.1\npct",
            Kind.PERCENT,
            D("0.1"),
            "percent",
            id="wrapped-pct",
        ),
        pytest.param(
            "reached 94.76 billion\ndlrs, the",
            "94.76 billion\ndlrs",
            Kind.MONEY,
            D("94760000000"),
            "USD",
            id="wrapped-dlrs",
        ),
        pytest.param(
            "5 mln U.S.\ndlrs",
            "5 mln U.S.\ndlrs",
            Kind.MONEY,
            D("5000000"),
            "USD",
            id="wrapped-name",
        ),
        pytest.param(
            "5 mln N.Z. dlrs", "5 mln N.Z. dlrs", Kind.MONEY, D("5000000"), "NZD", id="nz-dlrs"
        ),
        pytest.param(
            "20 mln H.K. dlrs", "20 mln H.K. dlrs", Kind.MONEY, D("20000000"), "HKD", id="hk-dlrs"
        ),
        pytest.param(
            "7.58 billion markka",
            "7.58 billion markka",
            Kind.MONEY,
            D("7580000000"),
            "FIM",
            id="markka",
        ),
        pytest.param(
            "output of 1.5 mln bpd",
            "1.5 mln bpd",
            Kind.QUANTITY,
            D("1500000"),
            "oil_barrel / day",
            id="bpd",
        ),
    ],
)
def test_wire_copy_forms(
    text: str, want_text: str, kind: Kind, value: Decimal, currency_or_unit: str
) -> None:
    fig = one(text)
    assert (fig.text, fig.kind, fig.value, fig.currency or fig.unit) == (
        want_text,
        kind,
        value,
        currency_or_unit,
    )


def test_a_blank_line_ends_an_amount() -> None:
    assert [f.text for f in figures.extract("cut 5\n\npct of staff")] == ["5"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a fraction after a scale word is a fraction of that scale
        pytest.param("one million and a half", D("1500000"), id="words-million-and-a-half"),
        pytest.param("two million and three fifths", D("2600000"), id="words-three-fifths"),
        pytest.param("five billion and three quarters", D("5750000000"), id="words-quarters"),
        pytest.param("3 million and a half", D("3500000"), id="digits-million-and-a-half"),
        pytest.param("3 million and a quarter", D("3250000"), id="digits-and-a-quarter"),
        pytest.param("two thirds of a million", D(2) / 3 * 1000000, id="fraction-of-a-scale"),
        pytest.param("nought point nought three", D("0.03"), id="nought"),
        pytest.param("10 tln", D("10000000000000"), id="tln"),
        pytest.param("1.2b", D("1200000000"), id="decimal-b-is-billion"),
    ],
)
def test_fractions_of_scales_and_more_scale_words(text: str, value: Decimal) -> None:
    fig = one(text)
    assert fig.text == text
    assert fig.value == value


def test_2mil_is_two_million_of_the_currency_after() -> None:
    fig = one("2mil SEK can't buy much")
    assert (fig.text, fig.value, fig.currency) == ("2mil SEK", D("2000000"), "SEK")


@pytest.mark.parametrize(
    ("text", "want_text", "kind", "value", "unit"),
    [
        pytest.param(
            "a quarter percentage point",
            "a quarter percentage point",
            Kind.PERCENT,
            D("0.25"),
            "percentage point",
            id="a-quarter-point",
        ),
        pytest.param(
            "by a quarter of a percentage point",
            "a quarter of a percentage point",
            Kind.PERCENT,
            D("0.25"),
            "percentage point",
            id="quarter-of-a-point",
        ),
        pytest.param(
            "three-quarters of a percentage point",
            "three-quarters of a percentage point",
            Kind.PERCENT,
            D("0.75"),
            "percentage point",
            id="three-quarters-of",
        ),
        pytest.param(
            "a tenth of a percent",
            "a tenth of a percent",
            Kind.PERCENT,
            D("0.1"),
            "percent",
            id="a-tenth-of-a-percent",
        ),
        pytest.param(
            "a fifth of the staff", "a fifth", Kind.NUMBER, D("0.2"), None, id="a-fifth-of"
        ),
        pytest.param(
            "a quarter of a million",
            "a quarter of a million",
            Kind.NUMBER,
            D("250000"),
            None,
            id="quarter-of-a-million",
        ),
    ],
)
def test_fractions_with_units(
    text: str, want_text: str, kind: Kind, value: Decimal, unit: str | None
) -> None:
    fig = one(text)
    assert (fig.text, fig.kind, fig.value, fig.unit) == (want_text, kind, value, unit)


@pytest.mark.parametrize(
    "text", ["half a chance", "for a fifth time", "half a point ahead"], ids=str
)
def test_fraction_words_that_are_not_figures(text: str) -> None:
    assert figures.extract(text) == []


@pytest.mark.parametrize(
    ("text", "want_text", "value", "unit"),
    [
        pytest.param("$30.56/Month", "$30.56/Month", D("30.56"), "1 / month", id="price-per-month"),
        pytest.param("Price: $15.95/mo", "$15.95", D("15.95"), None, id="price-per-mo"),
        pytest.param("$426.20/EA", "$426.20", D("426.20"), None, id="price-each"),
        pytest.param("$350 per kg", "$350 per kg", D("350"), "1 / kilogram", id="per-kg"),
        pytest.param("$80 a barrel", "$80 a barrel", D("80"), "1 / oil_barrel", id="a-barrel"),
        pytest.param("£30,000 a year", "£30,000 a year", D("30000"), "1 / year", id="a-year"),
        pytest.param("$5 per share", "$5", D("5"), None, id="share-is-no-unit"),
    ],
)
def test_price_per_something(text: str, want_text: str, value: Decimal, unit: str | None) -> None:
    fig = one(text)
    assert (fig.text, fig.value, fig.unit, fig.kind) == (want_text, value, unit, Kind.MONEY)


@pytest.mark.parametrize(
    ("text", "want_text", "low", "high", "qualifier"),
    [
        pytest.param(
            "in 10-20 years", "10-20", D("10"), D("20"), None, id="rising-pair-is-a-range"
        ),
        pytest.param("aged 25-34", "25-34", D("25"), D("34"), None, id="age-band"),
        pytest.param(
            "about 5-6 million people",
            "about 5-6 million",
            D("5000000"),
            D("6000000"),
            "about",
            id="qualified-range",
        ),
        pytest.param("up to 5-6%", "up to 5-6%", D("5"), D("6"), "under", id="up-to-range"),
        pytest.param("5 or 6 percent", "5 or 6 percent", D("5"), D("6"), None, id="or-range"),
    ],
)
def test_more_ranges(
    text: str, want_text: str, low: Decimal, high: Decimal, qualifier: str | None
) -> None:
    fig = one(text)
    got_qualifier = fig.qualifier.value if fig.qualifier else None
    assert (fig.text, fig.low, fig.high, got_qualifier) == (want_text, low, high, qualifier)


@pytest.mark.parametrize(
    "text", ["They lost 1-3 to Spain.", "a 2-3 defeat", "a 50-50 chance"], ids=str
)
def test_scores_that_rise_are_still_scores(text: str) -> None:
    assert figures.extract(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        pytest.param("five to six million", D("5000000"), D("6000000"), id="words-share-scale"),
        pytest.param(
            "between two and three billion dollars",
            D("2000000000"),
            D("3000000000"),
            id="between-words",
        ),
        pytest.param("1/4 to 1/2 million", D("250000"), D("500000"), id="fractions-share-scale"),
    ],
)
def test_ranges_share_the_scale_of_their_second_end(text: str, low: Decimal, high: Decimal) -> None:
    fig = one(text)
    assert (fig.low, fig.high) == (low, high)


def test_a_zero_end_is_no_nan() -> None:
    # found by fuzzing: the scale of "0 bn" was once worked out as 0 / 0
    (fig,) = figures.extract("per points 7 - 0 bn JPY")
    want = ("7 - 0 bn JPY", Decimal(0), Decimal(7 * 10**9), "JPY")
    assert (fig.text, fig.low, fig.high, fig.currency) == want
    assert fig.low is not None and fig.low.is_finite()


def test_a_percent_change_then_a_level_is_no_range() -> None:
    found = figures.extract("South Africa's rand weakened 1.2% to 18.95 per dollar.")
    assert [(f.text, f.value) for f in found] == [("1.2%", D("1.2")), ("18.95", D("18.95"))]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        pytest.param("cut spending by $1.5 trillion over 10 years", None, id="over-a-period"),
        pytest.param("he worked there for over 10 years", "over", id="over-is-more-than"),
    ],
)
def test_over_before_a_duration(text: str, qualifier: str | None) -> None:
    ten = [f for f in figures.extract(text) if f.value == 10]
    assert len(ten) == 1
    assert (ten[0].qualifier.value if ten[0].qualifier else None) == qualifier


@pytest.mark.parametrize(
    ("text", "want_text", "qualifier"),
    [
        pytest.param("Its value topped $3 trillion.", "topped $3 trillion", "over", id="topped"),
        pytest.param("Shares fell as much as 9.8%.", "as much as 9.8%", "under", id="as-much-as"),
        pytest.param("as many as 100 people", "as many as 100", "under", id="as-many-as"),
        pytest.param("for as little as $5", "as little as $5", "over", id="as-little-as"),
    ],
)
def test_bounding_phrases(text: str, want_text: str, qualifier: str) -> None:
    fig = one(text)
    assert (fig.text, fig.qualifier.value if fig.qualifier else None) == (want_text, qualifier)


@pytest.mark.parametrize(
    ("locale", "text", "value", "kind", "currency"),
    [
        pytest.param("sv", "5 kr", D("5"), Kind.MONEY, "SEK", id="sv-kr-is-SEK"),
        pytest.param("zh", "¥5", D("5"), Kind.MONEY, "CNY", id="zh-yen-sign-is-CNY"),
        pytest.param("da", "5 kr.", D("5"), Kind.MONEY, "DKK", id="da-kr-is-DKK"),
        pytest.param("tr", "%12,5", D("12.5"), Kind.PERCENT, None, id="tr-percent-first"),
        pytest.param(
            "de_CH", "1000000'000", D("1000000000"), Kind.NUMBER, None, id="swiss-apostrophe"
        ),
        pytest.param("de_CH", "CHF-1.00", D("-1.00"), Kind.MONEY, "CHF", id="code-then-minus"),
        pytest.param("en", "VND5", D("5"), Kind.MONEY, "VND", id="glued-code-and-integer"),
    ],
)
def test_locale_forms(
    locale: str, text: str, value: Decimal, kind: Kind, currency: str | None
) -> None:
    fig = one(text, locale=locale)
    assert (fig.text, fig.value, fig.kind, fig.currency) == (text, value, kind, currency)


def test_cop28_is_still_a_conference() -> None:
    assert figures.extract("Delegates met at COP28 in Dubai.") == []


@pytest.mark.parametrize(
    ("text", "mark", "values"),
    [
        pytest.param("1.500 and 2,5", ",", [D("1500"), D("2.5")], id="comma-forced"),
        pytest.param("1,500 and 2.5", ".", [D("1500"), D("2.5")], id="point-forced"),
        pytest.param("€ 1.299", ",", [D("1299")], id="price-with-forced-comma"),
    ],
)
def test_decimal_mark_is_forced(text: str, mark: str, values: list[Decimal]) -> None:
    assert [f.value for f in figures.extract(text, decimal_mark=mark)] == values


@pytest.mark.parametrize(
    ("text", "temperatures"),
    [
        pytest.param("The temperature hit 40C in Seville.", ["40C"], id="glued-celsius"),
        pytest.param("Temperatures could reach 45C (113F).", ["45C", "113F"], id="both-scales"),
        pytest.param("He got a grade 5C in physics.", [], id="grade-is-no-temperature"),
    ],
)
def test_glued_temperatures_need_weather_words(text: str, temperatures: list[str]) -> None:
    found = [f.text for f in figures.extract(text) if f.kind is Kind.QUANTITY]
    assert found == temperatures
