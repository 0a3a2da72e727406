"""Laws of unit conversion with Decimal magnitudes, checked on generated inputs.

Each test states one law. A unit pair whose factor is a finite decimal ("mile" to
"kilometer" is 1.609344) converts exactly, so going there and back returns the very
value, and scaling commutes with converting; a pair whose factor is a repeating decimal
("kilometer" to "mile") holds to the documented precision of 50 significant digits.
"""

from __future__ import annotations

import decimal
from decimal import Decimal, localcontext

from hypothesis import given
from hypothesis import strategies as st

import figures
from figures.money import PRECISION
from figures.units import convert, quantity

D = Decimal

#: Pairs (a, b) where one a is a finite decimal number of b: convert a -> b is exact.
EXACT = [
    ("mile", "kilometer"),  # 1.609344
    ("inch", "centimeter"),  # 2.54
    ("foot", "meter"),  # 0.3048
    ("pound", "kilogram"),  # 0.45359237
    ("gallon", "liter"),  # 3.785411784
    ("oil_barrel", "liter"),  # 158.987294928
    ("oil_barrel", "gallon"),  # 42
    ("metric_ton", "kilogram"),  # 1000
    ("ton", "pound"),  # 2000
    ("troy_ounce", "gram"),  # 31.1034768
    ("kilometer ** 2", "hectare"),  # 100
    ("megawatt_hour", "gigajoule"),  # 3.6
    ("mile / hour", "kilometer / hour"),  # 1.609344
    ("kilogram / hectare", "gram / meter ** 2"),  # 0.1
    ("billion_cubic_metre", "million_cubic_metre"),  # 1000
    ("megatonne", "metric_ton"),  # 1e6
    ("gigabyte", "megabyte"),  # 1000
]

#: Decimals as text writes them: up to 12 digits, up to 6 of them after the point.
values = st.decimals(
    min_value=D("-1e6"), max_value=D("1e6"), places=6, allow_nan=False, allow_infinity=False
)
pairs = st.sampled_from(EXACT)


@given(pairs, values)
def test_there_and_back_is_exact_where_the_factor_is_exact(
    pair: tuple[str, str], v: Decimal
) -> None:
    a, b = pair
    there = convert(v, a, b)
    assert convert(there, b, a) == v
    # and the other way round: the division by the exact factor comes out exact too
    assert convert(convert(v, b, a), a, b) == v or not _finite(convert(D(1), b, a))


def _finite(factor: Decimal) -> bool:
    """A factor of fewer digits than the working precision is a finite decimal."""
    return len(factor.as_tuple().digits) < PRECISION


@given(pairs, values, st.integers(min_value=-1000, max_value=1000))
def test_scaling_commutes_with_converting(pair: tuple[str, str], v: Decimal, k: int) -> None:
    a, b = pair
    assert convert(v * k, a, b) == convert(v, a, b) * k


@given(values)
def test_converting_through_a_third_unit_changes_nothing(v: Decimal) -> None:
    direct = convert(v, "mile", "meter")
    assert convert(convert(v, "mile", "kilometer"), "kilometer", "meter") == direct
    assert convert(convert(v, "mile", "foot"), "foot", "meter") == direct


@given(values)
def test_a_repeating_factor_holds_to_the_precision(v: Decimal) -> None:
    back = convert(convert(v, "kilometer", "mile"), "mile", "kilometer")
    with localcontext() as ctx:
        ctx.prec = 200
        assert abs(back - v) <= abs(v) * D(10) ** -(PRECISION - 2)


@given(values)
def test_celsius_kelvin_round_trip_is_exact(v: Decimal) -> None:
    kelvin = convert(v, "degree_Celsius", "kelvin")
    assert kelvin == v + D("273.15")
    assert convert(kelvin, "kelvin", "degree_Celsius") == v


@given(pairs, values)
def test_results_are_decimals_whatever_the_callers_context(
    pair: tuple[str, str], v: Decimal
) -> None:
    a, b = pair
    want = convert(v, a, b)
    with localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR)):
        got = convert(v, a, b)
    assert isinstance(got, Decimal) and got == want


@given(values)
def test_quantity_magnitude_is_the_decimal_given(v: Decimal) -> None:
    q = quantity(v, "oil_barrel / day")
    assert isinstance(q.magnitude, Decimal) and q.magnitude == v


@given(
    st.decimals(min_value=D("0.01"), max_value=D("100000"), places=2),
    st.sampled_from([("litre", "liter", "oil_barrel"), ("kg", "kilogram", "metric_ton")]),
)
def test_a_price_per_unit_goes_there_and_back(price: Decimal, unit: tuple[str, str, str]) -> None:
    # per litre -> per barrel multiplies by 158.987294928: exact, and so is the way back
    word, name, larger = unit
    fig = figures.extract(f"${price} per {word}")[0]
    assert fig.unit == f"1 / {name}"
    there = fig.to(f"USD/{larger}")
    back = there.to(f"USD/{name}")
    assert back.value == price and back.unit == fig.unit


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["km", "tonnes", "MWh", "kg/ha"]))
def test_extracted_quantities_carry_decimal_magnitudes(n: int, word: str) -> None:
    fig = figures.extract(f"a total of {n:,} {word} this year")[0]
    assert fig.kind is figures.Kind.QUANTITY and fig.value == n
    assert isinstance(fig.quantity.magnitude, Decimal) and fig.quantity.magnitude == n


#: Units as news writes them after a number, and the pint unit extract() gives.
WRITTEN = [
    ("tonnes", "metric_ton"),
    ("metric tons", "metric_ton"),
    ("MW", "megawatt"),
    ("GWh", "gigawatt_hour"),
    ("km", "kilometer"),
    ("sq km", "kilometer ** 2"),
    ("kg/ha", "kilogram / hectare"),
    ("barrels per day", "oil_barrel / day"),
    ("mph", "mile / hour"),
    ("litres", "liter"),
    ("troy ounces", "troy_ounce"),
    ("°C", "degree_Celsius"),
]

#: Magnitudes as copy writes them: positive, up to 3 decimals.
magnitudes = st.decimals(
    min_value=D("0.001"), max_value=D("1e9"), places=3, allow_nan=False, allow_infinity=False
)


@given(magnitudes, st.sampled_from(WRITTEN), st.booleans())
def test_format_then_extract_gives_the_magnitude_and_unit(
    v: Decimal, unit: tuple[str, str], grouped: bool
) -> None:
    written, name = unit
    number = format(v, ",f" if grouped else "f")
    fig = figures.extract(f"The plant reported {number} {written} on Monday.")[0]
    assert fig.text == f"{number} {written}"
    assert fig.kind is figures.Kind.QUANTITY
    assert (fig.value, fig.unit) == (v, name)
    assert fig.quantity.magnitude == v


@given(magnitudes, st.sampled_from(["MW", "GWh", "km", "kg/ha", "°C", "kWh"]))
def test_a_symbol_glued_to_the_number_reads_the_same(v: Decimal, symbol: str) -> None:
    number = format(v, ",f")
    spaced = figures.extract(f"about {number} {symbol} in all")[-1]
    glued = figures.extract(f"about {number}{symbol} in all")[-1]
    assert (glued.value, glued.unit) == (spaced.value, spaced.unit) == (v, spaced.unit)
    assert glued.unit is not None
