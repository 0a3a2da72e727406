"""Units: the word tables against pint, units by symbol and compound, the ambiguous
unit words (figures.unit_reader), and prices per unit that convert."""

from __future__ import annotations

from decimal import Decimal

import pytest

import figures
from figures.errors import DensityRequiredError, NoRateError, UnitError
from figures.unit_reader import read_unit, regional
from figures.units import UNIT_WORDS, canonical, symbols, unit_name, unit_words

D = Decimal


def only(text: str, locale: str = "en") -> figures.Figure:
    figs = figures.extract(text, locale=locale)
    assert len(figs) == 1, figs
    return figs[0]


# --- the tables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", sorted(set(UNIT_WORDS.values()) | set(symbols(compound=True).values()))
)
def test_every_unit_name_is_pint_canonical(name: str) -> None:
    # the unit a figure carries is the string pint itself prints for it
    assert canonical(name) == unit_name(name)


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("nanometres", "nanometer"),
        ("picometer", "picometer"),
        ("gigajoules", "gigajoule"),
        ("kilowatt-hours", "kilowatt_hour"),
        ("megaannum", "megayear"),
        ("kibibytes", "kibibyte"),
    ],
)
def test_prefixed_words_come_from_the_tables(word: str, unit: str) -> None:
    assert unit_words("en")[word] == unit


def test_symbols_keep_their_case() -> None:
    table = symbols()
    assert (table["MB"], table["Mb"], table["mg"], table["Mt"]) == (
        "megabyte",
        "megabit",
        "milligram",
        "megatonne",
    )
    assert "pm" not in table and "am" not in table  # clock times
    assert "W" not in table and symbols(compound=True)["W"] == "watt"  # only in "W/min"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("km/h", (4, "kilometer / hour")),
        ("kg/ha", (5, "kilogram / hectare")),
        ("km²", (3, "kilometer ** 2")),
        ("km^3", (4, "kilometer ** 3")),
        ("km/s2", (5, "kilometer / second ** 2")),
        ("W/min", (5, "watt / minute")),
        ("s-1", (3, "1 / second")),
        ("J/m^2 per year", (14, "joule / meter ** 2 / year")),
        ("kg/cm³", (6, "kilogram / centimeter ** 3")),
        ("km cubed", (8, "kilometer ** 3")),
        ("cubic kilometres", (16, "kilometer ** 3")),
        ("sq km", (5, "kilometer ** 2")),
        ("(kg)", (4, "kilogram")),
        ("MWh", (3, "megawatt_hour")),
        ("barrels", None),  # a word: the phrase look-up reads it
        ("W2", None),  # "10W2": a code, not square watts
        ("pm", None),
    ],
)
def test_read_unit(text: str, want: tuple[int, str] | None) -> None:
    assert read_unit(text, 0) == want


# --- the forms in text -----------------------------------------------------------

FORMS = [
    (
        "output of 1.5 million barrels per day",
        "1.5 million barrels per day",
        "1500000",
        "oil_barrel / day",
    ),
    ("Production rose to 500,000 bpd", "500,000 bpd", "500000", "oil_barrel / day"),
    ("an area of 12 km²", "12 km²", "12", "kilometer ** 2"),
    ("an area of 12 sq km", "12 sq km", "12", "kilometer ** 2"),
    ("the plant made 3 MWh", "3 MWh", "3", "megawatt_hour"),
    ("a 2 GW plant", "2 GW", "2", "gigawatt"),
    ("driving at 70 mph", "70 mph", "70", "mile / hour"),
    ("yields of 30 kg/ha", "30 kg/ha", "30", "kilogram / hectare"),
    ("it was 25°C", "25°C", "25", "degree_Celsius"),
    ("CO2 at 420 ppm", "420 ppm", "420", "ppm"),
    ("40 tonnes of steel", "40 tonnes", "40", "metric_ton"),
    ("5 metric tons", "5 metric tons", "5", "metric_ton"),
    ("3 short tons", "3 short tons", "3", "ton"),
    ("an accuracy of 16.25 nanometers", "16.25 nanometers", "16.25", "nanometer"),
    ("a dose of 14 mGy", "14 mGy", "14", "milligray"),
    ("66 Ma ago", "66 Ma", "66", "megayear"),
    ("emissions of 5 Mt a year", "5 Mt a year", "5", "megatonne / year"),
    ("up to 20 kilotonnes", "up to 20 kilotonnes", "20", "kilotonne"),
    ("The weight is 20 (kg)", "20 (kg)", "20", "kilogram"),
    ("4,500 tpd", "4,500 tpd", "4500", "ton / day"),
    ("matter at absolute zero", "absolute zero", "0", "kelvin"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), FORMS, ids=[f[1] for f in FORMS])
def test_quantity_forms(text: str, span: str, value: str, unit: str) -> None:
    fig = only(text)
    want = (figures.Kind.QUANTITY, span, D(value), unit)
    assert (fig.kind, fig.text, fig.value, fig.unit) == want


def test_a_range_of_hyphenated_units() -> None:
    fig = figures.extract("an 8- to 16-meter telescope")[0]
    assert (fig.text, fig.low, fig.high, fig.unit) == ("8- to 16-meter", D(8), D(16), "meter")


def test_a_number_shares_the_unit_of_the_next() -> None:
    got = [(f.text, f.unit) for f in figures.extract("They were given 45 and 50 mg ethanol.")]
    assert got == [("45", "milligram"), ("50 mg", "milligram")]


# --- the ambiguous words, decided -------------------------------------------------------

AMBIGUOUS = [
    # "pounds": money by default, mass with evidence of weight
    ("I spent 20 million pounds on this", "money", "GBP", None),
    ("Britain pledged 1 million pounds ($1.22 million)", "money", "GBP", None),
    ("5 pounds of sugar", "quantity", None, "pound"),
    ("It weighs no more than 2,000 pounds", "quantity", None, "pound"),
    ("a take-off weight of 870,000 pounds", "quantity", None, "pound"),
    ("a metric ton is equal to 2,204.62 pounds", "quantity", None, "pound"),
    ("she stopped eating lunch to drop 25 pounds", "quantity", None, "pound"),
    ("the bank lost 5 million pounds", "money", "GBP", None),
    ("a twenty-pound bag of rice", "quantity", None, "pound"),
    ("a twenty pound bag of rice", "quantity", None, "pound"),
    ("a five-pound note", "money", "GBP", None),
    ("a 10 pound fine", "money", "GBP", None),
    # "m": a million after a currency, a metre alone
    ("a $5m deal", "money", "USD", None),
    ("I'm 1.8m tall", "quantity", None, "meter"),
    ("the 100 m final", "quantity", None, "meter"),
    ("100m euros", "money", "EUR", None),
    # "t": a metric ton, trillion after a currency
    ("278,000 t of ore", "quantity", None, "metric_ton"),
    ("a capacity of 100t", "quantity", None, "metric_ton"),
    # "C": Celsius with the weather, nothing otherwise
    ("Its 30 C outside!", "quantity", None, "degree_Celsius"),
    ("the temperature hit 40C", "quantity", None, "degree_Celsius"),
    ("temperatures near minus 30 C", "quantity", None, "degree_Celsius"),
    # "in": an inch only where it cannot be the preposition
    ("The length of my pencil is 2 in.", "quantity", None, "inch"),
    ("The door is 2 1/2 in thick", "quantity", None, "inch"),
    # "degrees": an angle with a word of turning, otherwise no unit
    ("rotate 90 degrees", "quantity", None, "degree"),
    ("registered six degrees on the Mercalli scale", "number", None, None),
    # "pm" / "am": a clock time whenever the number can be one
    ("This nano grid has a size of 2.123 pm.", "quantity", None, "picometer"),
    ("a grid of 2.1 pm", "quantity", None, "picometer"),
    # the degree sign alone
    ("−273.15° on the Celsius scale", "quantity", None, "degree_Celsius"),
    ("a 90° bend", "quantity", None, "degree"),
]


@pytest.mark.parametrize(
    ("text", "kind", "currency", "unit"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS]
)
def test_ambiguous_unit_words(text: str, kind: str, currency: str | None, unit: str | None) -> None:
    fig = figures.extract(text)[0]
    assert (fig.kind.value, fig.currency, fig.unit) == (kind, currency, unit)


@pytest.mark.parametrize(
    "text",
    ["At 2 pm everybody will be gone.", "I arrived at 2.13 am.", "the 3M products"],
)
def test_clock_times_and_names_are_no_quantities(text: str) -> None:
    assert all(f.kind is not figures.Kind.QUANTITY for f in figures.extract(text))


@pytest.mark.parametrize(
    ("locale", "unit"),
    [("en", "ton"), ("en_US", "ton"), ("en_GB", "metric_ton"), ("en_IN", "metric_ton")],
)
def test_a_bare_ton_is_read_by_locale(locale: str, unit: str) -> None:
    assert only("imports of 1,458,000 tons", locale=locale).unit == unit
    # the explicit tons keep their meaning everywhere
    assert only("3 short tons", locale=locale).unit == "ton"
    assert only("3 metric tons", locale=locale).unit == "metric_ton"


def test_regional_leaves_other_words_alone() -> None:
    assert regional("tonnes", "metric_ton", "en") == "metric_ton"
    assert regional("long tons", "long_ton", "en_GB") == "long_ton"


# --- prices per unit ----------------------------------------------------------------------

RATES = figures.Rates(
    [
        figures.ExchangeRate("EUR", "USD", D("1.25")),
        figures.ExchangeRate("GBP", "USD", D("1.28")),
    ]
)


@pytest.mark.parametrize(
    ("text", "target", "density", "value", "currency", "unit"),
    [
        # a barrel is 158.987294928 L, at 0.8 kg/L 0.1271898359424 t: $628.98/t, EUR 503.18
        ("Brent rose to $80 a barrel.", "EUR/tonne", "0.8 kg/L", "503.18", "EUR", "1 / metric_ton"),
        ("£1.50 per litre", "GBP/gallon", None, "5.678118", "GBP", "1 / gallon"),
        ("€200 per tonne", "USD/kg", None, "0.25", "USD", "1 / kilogram"),
        ("€200 per tonne", "USD", None, "250", "USD", "1 / metric_ton"),
        ("$15 an hour", "EUR/day", None, "288", "EUR", "1 / day"),
    ],
)
def test_price_per_unit_converts_in_currency_and_unit(
    text: str,
    target: str,
    density: str | None,
    value: str,
    currency: str,
    unit: str,
) -> None:
    fig = only(text)
    got = fig.to(target, rates=RATES, density=density)
    assert got.value is not None
    places = len(value.partition(".")[2])
    assert round(got.value, places) == D(value)
    assert (got.currency, got.unit, got.text) == (currency, unit, fig.text)


def test_price_per_barrel_to_tonne_needs_a_density() -> None:
    fig = only("Brent rose to $80 a barrel.")
    with pytest.raises(DensityRequiredError):
        fig.to("USD/tonne")
    with pytest.raises(UnitError):
        fig.to("USD/km")
    with pytest.raises(NoRateError):
        fig.to("EUR/barrel")


def test_money_without_a_unit_asked_for_one_is_a_unit_error() -> None:
    with pytest.raises(UnitError):
        only("$80").to("USD/tonne")


def test_document_convert_keeps_the_unit_of_a_price() -> None:
    doc = figures.read("Brent rose to $80 a barrel; a fee of $5.", rates=RATES)
    by_text = {c.figure.text: c for c in doc.convert("EUR")}
    assert by_text["$80 a barrel"].unit == "1 / oil_barrel"
    assert by_text["$5"].unit is None
    money = by_text["$80 a barrel"].money
    assert money is not None and money.currency == "EUR"


def test_quantity_converts_exactly() -> None:
    fig = only("a 10 km race")
    assert fig.to("meter").value == D(10000)
    assert fig.to("mile").to("kilometer").value == D(10)


# --- other languages: data for the locale wiring ----------------------------------------

LANGUAGES = ["de", "fr", "es", "it", "pt", "nl"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_table_names_pint_units(language: str) -> None:
    words = unit_words(language)
    assert len(words) > 100  # its own words, the prefixed names and our definitions
    assert {canonical(name) for name in words.values()} == {
        unit_name(name) for name in words.values()
    }


@pytest.mark.parametrize(
    ("language", "word", "unit"),
    [
        ("de", "tonnen", "metric_ton"),
        ("de", "quadratkilometer", "kilometer ** 2"),
        ("de", "megawattstunden", "megawatt_hour"),
        ("fr", "barils par jour", "oil_barrel / day"),
        ("fr", "kilomètres", "kilometer"),
        ("es", "toneladas métricas", "metric_ton"),
        ("es", "barriles diarios", "oil_barrel / day"),
        ("it", "chilometri quadrati", "kilometer ** 2"),
        ("pt", "quilômetros", "kilometer"),
        ("nl", "ton", "metric_ton"),  # a Dutch ton is metric
        ("nl", "vaten per dag", "oil_barrel / day"),
        ("de", "bcm", "billion_cubic_metre"),  # our definitions: the same everywhere
    ],
)
def test_language_words(language: str, word: str, unit: str) -> None:
    assert unit_words(language)[word] == unit


def test_a_price_restated_per_another_unit_is_judged_in_one_unit() -> None:
    # 920 dollars an acre is 2,273.38 dollars a hectare: 2,000 Ecus at 1.1366
    rates = [figures.ExchangeRate("XEU", "USD", D("1.1366"))]
    doc = figures.read("Prices rose to 2,000 Ecus a hectare (920 dlrs an acre).", rates=rates)
    (pair,) = doc.pairs
    assert (pair.restated.text, pair.restated.unit) == ("920 dlrs an acre", "1 / acre")
    assert pair.consistent is True
    doc = figures.read("It rose to 2,000 Ecus a hectare (920 dlrs an acre).", rates=RATES)
    assert doc.pairs[0].consistent is None  # no rate for Ecus: not judged
    # "2,000" is 1,500-2,500 Ecus (one stated digit); at 2.00 that is at least
    # 3,000 dollars a hectare, 1,214 an acre: 920 cannot be it
    wrong = [figures.ExchangeRate("XEU", "USD", D("2.00"))]
    doc = figures.read("Prices rose to 2,000 Ecus a hectare (920 dlrs an acre).", rates=wrong)
    assert doc.pairs[0].consistent is False


def test_a_restated_price_without_a_unit_shares_the_original_unit() -> None:
    rates = [figures.ExchangeRate("GBP", "USD", D("1.605"))]
    doc = figures.read("a high of 883 stg per tonne, equivalent to 1,417 dlrs.", rates=rates)
    (pair,) = doc.pairs
    assert pair.restated.unit is None and pair.consistent is True


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("5m people live there", "number", "5000000", None),
        ("10m users signed up", "number", "10000000", None),
        ("5m barrels", "quantity", "5000000", "oil_barrel"),
        ("it cost £5 m", "money", "5000000", None),
        ("a $5t economy", "money", "5000000000000", None),
        ("temperatures hit 40°", "number", "40", None),
    ],
)
def test_m_and_t_and_the_degree_sign(text: str, kind: str, value: str, unit: str | None) -> None:
    fig = figures.extract(text)[0]
    assert (fig.kind.value, fig.value, fig.unit) == (kind, D(value), unit)


def test_pint_quantities_are_decimal_and_floats_are_refused() -> None:
    from figures.errors import FiguresTypeError
    from figures.units import quantity, registry

    q = quantity(D("1.5"), "oil_barrel / day")
    assert isinstance(q.magnitude, D) and q._REGISTRY is registry()
    assert isinstance(registry().Quantity(D("1"), "boe").to("mmBtu").magnitude, D)
    with pytest.raises(FiguresTypeError):
        quantity(1.5, "meter")  # type: ignore[arg-type]
    with pytest.raises(UnitError):
        quantity(D(1), "flurbs")
