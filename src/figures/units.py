"""Units of quantities ("1.5 million barrels per day"), named the way pint names them.

Which words count as units is decided here, from a short list of words that news uses
for measures: pint knows thousands of units, and many of them are English words ("in"
is an inch, "a" a year, "at" an atmosphere), so pint is asked only to *name* a unit we
have already recognised. pint is imported on the first unit met, not at import time;
its registry and every name it returns are cached.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["DURATION_WORDS", "UNIT_WORDS", "unit_name"]

#: Words for a measure (lower-case, singular and plural) to the name pint parses.
UNIT_WORDS: dict[str, str] = {}


def _add(pint_name: str, *words: str) -> None:
    for w in words:
        UNIT_WORDS[w] = pint_name


_add("barrel", "barrel", "barrels", "bbl", "bbls")
_add("barrel / day", "bpd", "b/d")  # oil-market shorthand for barrels per day
_add("metric_ton", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "mt")
_add("ton", "ton", "tons", "short ton", "short tons")
_add("long_ton", "long ton", "long tons")
_add("troy_ounce", "troy ounce", "troy ounces")
_add("ounce", "ounce", "ounces", "oz")
_add("kilogram", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs")
_add("gram", "gram", "grams", "gramme", "grammes", "g")
_add("milligram", "milligram", "milligrams", "mg")
_add("pound", "lb", "lbs")
_add("kilometer", "kilometre", "kilometres", "kilometer", "kilometers", "km", "kms")
_add("meter", "metre", "metres", "meter", "meters")
_add("centimeter", "centimetre", "centimetres", "centimeter", "centimeters", "cm")
_add("millimeter", "millimetre", "millimetres", "millimeter", "millimeters", "mm")
_add("milliliter", "millilitre", "millilitres", "milliliter", "milliliters", "ml")
_add("mile", "mile", "miles")
_add("nautical_mile", "nautical mile", "nautical miles")
_add("foot", "foot", "feet", "ft")
_add("inch", "inch", "inches")
_add("yard", "yard", "yards")
_add("acre", "acre", "acres")
_add("hectare", "hectare", "hectares", "ha")
_add("kilometer ** 2", "square kilometre", "square kilometres", "square kilometer")
_add("kilometer ** 2", "square kilometers", "sq km", "km2")
_add("mile ** 2", "square mile", "square miles", "sq miles")
_add("foot ** 2", "square foot", "square feet", "sq ft")
_add("liter", "litre", "litres", "liter", "liters", "l")
_add("gallon", "gallon", "gallons")
_add("bushel", "bushel", "bushels")
_add("foot ** 3", "cubic foot", "cubic feet")
_add("meter ** 3", "cubic metre", "cubic metres", "cubic meter", "cubic meters")
_add("watt", "watt", "watts")
_add("kilowatt", "kilowatt", "kilowatts", "kw")
_add("megawatt", "megawatt", "megawatts", "mw")
_add("gigawatt", "gigawatt", "gigawatts", "gw")
_add("kilowatt_hour", "kilowatt hour", "kilowatt hours", "kwh")
_add("megawatt_hour", "megawatt hour", "megawatt hours", "mwh")
_add("gigawatt_hour", "gigawatt hour", "gigawatt hours", "gwh")
_add("degree_Celsius", "degrees celsius", "degree celsius", "°c", "celsius", "degrees c")
_add("degree_Fahrenheit", "degrees fahrenheit", "degree fahrenheit", "°f", "fahrenheit")
_add("mile / hour", "mph", "miles per hour", "miles an hour")
_add("kilometer / hour", "km/h", "kph", "kmph", "kilometres per hour", "kilometers per hour")
_add("knot", "knot", "knots")
_add("byte", "byte", "bytes")
_add("gigabyte", "gigabyte", "gigabytes", "gb")
_add("terabyte", "terabyte", "terabytes", "tb")
_add("megabyte", "megabyte", "megabytes", "mb")
_add("hertz", "hertz", "hz")
_add("kilohertz", "kilohertz", "khz")
_add("megahertz", "megahertz", "mhz")
_add("gigahertz", "gigahertz", "ghz")

#: Time words. A duration or an age is reported as a number, never as money or a
#: quantity to convert; they are listed so that "per day" composes with a unit.
DURATION_WORDS: dict[str, str] = {
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "annum": "year",
}

#: The longest unit phrase, in words, so a scanner knows how far to look.
MAX_UNIT_WORDS = max(len(k.split()) for k in UNIT_WORDS)


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@functools.cache
def unit_name(pint_name: str, per: str | None = None) -> str:
    """pint's canonical name for a unit, optionally per a time unit. Cached.

    >>> unit_name("barrel", "day")
    'barrel / day'
    >>> unit_name("kilometer")
    'kilometer'
    """
    expression = f"({pint_name}) / {per}" if per else pint_name
    return str(_registry().parse_units(expression))
