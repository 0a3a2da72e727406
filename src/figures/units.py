"""Units of quantities ("1.5 million barrels per day"), named the way pint names them.

Two halves, and only the second loads pint:

- **Recognising** a unit word is a look-up in a word table, data read from
  ``lexicon/units/<language>.tsv`` plus the symbols and aliases of our definitions file
  ``lexicon/units/definitions.txt``. pint knows thousands of units and many of them are
  English words ("in" is an inch, "a" a year, "at" an atmosphere), so which words count
  is decided here, and the unit string a figure carries ("oil_barrel / day") is composed
  by :func:`unit_name` without pint. A test checks every string against pint.
- **Converting** goes through :func:`registry`: one pint ``UnitRegistry`` with Decimal
  magnitudes (``non_int_type=Decimal``) and our definitions loaded, built once on the
  first call that needs it and cached. :func:`convert` multiplies by exact root factors
  inside a 50-digit context of its own, so "there and back" is exact wherever both
  factors are finite decimals, and the caller's decimal context never leaks in.

>>> unit_name("oil_barrel", "day")
'oil_barrel / day'
>>> UNIT_WORDS["bpd"], UNIT_WORDS["km²"], UNIT_WORDS["teu"]
('oil_barrel / day', 'kilometer ** 2', 'twenty_foot_equivalent_unit')
>>> convert(Decimal("5"), "mile", "kilometer")
Decimal('8.04672')
>>> convert(Decimal("8.04672"), "kilometer", "mile")
Decimal('5')
"""

from __future__ import annotations

import decimal
import functools
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from figures.errors import DensityRequiredError, UnitError
from figures.money import PRECISION

__all__ = [
    "CASED_SYMBOLS",
    "DURATION_WORDS",
    "MAX_UNIT_WORDS",
    "UNIT_WORDS",
    "canonical",
    "convert",
    "per_unit",
    "prefixes",
    "quantity",
    "registry",
    "symbols",
    "unit_name",
    "unit_words",
]

_DATA = Path(__file__).parent / "lexicon" / "units"
_DEFINITIONS = _DATA / "definitions.txt"

# Every conversion runs in a context built here from scratch (never a copy of the
# caller's), with ties to even and traps so a NaN raises. pint computes a factor defined
# by a division ("inch = yard / 36") as a product with a reciprocal, which is off in its
# last digit, so the work runs with guard digits and each result is rounded once to
# PRECISION digits: a factor that is a finite decimal comes out exact.
_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]
_CONTEXT = decimal.Context(prec=PRECISION + 12, rounding=decimal.ROUND_HALF_EVEN, traps=_TRAPS)
_RESULT = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_HALF_EVEN, traps=_TRAPS)


def _definition_words() -> tuple[dict[str, str], frozenset[str]]:
    """The symbols and aliases of our definitions file: lower-case word -> unit name,
    and the spellings whose case matters ("TEU", "MMBtu")."""
    words: dict[str, str] = {}
    cased: set[str] = set()
    for line in _DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].strip()
        if not line or "=" not in line:
            continue
        name, _, *aliases = (part.strip() for part in line.split("="))
        for alias in aliases:
            if alias and alias != "_":
                words[alias.lower()] = name
                cased.add(alias)
    return words, frozenset(cased)


def _table(name: str) -> list[list[str]]:
    """The rows of a tab-separated data file, each column stripped; comments skipped."""
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([column.strip() for column in line.split("\t")])
    return rows


def _alternatives(column: str) -> list[str]:
    return [word.strip() for word in column.split("|") if word.strip()]


@functools.cache
def prefixes() -> dict[str, tuple[list[str], list[str]]]:
    """SI and binary prefixes (``lexicon/units/prefixes.tsv``): pint's prefix name ->
    (symbols, names).

    >>> prefixes()["kilo"], prefixes()["micro"][0]
    ((['k'], ['kilo']), ['µ', 'μ'])
    """
    return {
        row[0]: (_alternatives(row[1]), _alternatives(row[2])) for row in _table("prefixes.tsv")
    }


@functools.cache
def _symbol_rows() -> list[tuple[str, list[tuple[str, bool]], list[str]]]:
    """(pint name, [(symbol, alone)], prefixes) for each row of ``symbols.tsv``."""
    out = []
    for row in _table("symbols.tsv"):
        if row[0] == "never":
            continue
        symbols = [(s.removeprefix("-"), not s.startswith("-")) for s in _alternatives(row[1])]
        out.append((row[0], symbols, row[2].split() if len(row) > 2 else []))
    return out


@functools.cache
def symbols(compound: bool = False) -> dict[str, str]:
    """Unit symbols exactly as written (case matters) -> pint name, with every
    SI-prefixed form ``symbols.tsv`` allows: "km", "MWh", "µg", "GHz", "Ma" (megayears).
    With ``compound=True`` also the symbols read only inside a compound ("W" in
    "W/min", "s" in "km/s"). Never the symbols of its row "never" ("pm", "am").

    >>> symbols()["MWh"], symbols()["Gy"], symbols()["mGy"], "W" in symbols()
    ('megawatt_hour', 'gray', 'milligray', False)
    >>> symbols(compound=True)["s"], "pm" in symbols()
    ('second', False)
    """
    never = {w for row in _table("symbols.tsv") if row[0] == "never" for w in _alternatives(row[1])}
    table = prefixes()
    words, cased = _definition_words()
    # our definitions' symbols as written: "Mt" (megatonnes), "TEU", "MMBtu"
    out: dict[str, str] = {w: words[w.lower()] for w in cased if w != w.lower()}
    for name, written, allowed in _symbol_rows():
        for symbol, alone in written:
            if alone or compound:
                out[symbol] = name
            for prefix in allowed:
                for mark in table[prefix][0]:
                    out[mark + symbol] = prefix + name
    return {k: v for k, v in out.items() if k not in never}


def _prefixed_words(words: dict[str, str]) -> dict[str, str]:
    """The words of each unit of ``symbols.tsv`` with its prefixes by name: "metre" ->
    "kilometre", "picometres"; "watt hour" -> "kilowatt hour"."""
    table = prefixes()
    out: dict[str, str] = {}
    takes = {name: allowed for name, _, allowed in _symbol_rows()}
    for word, name in words.items():
        if name not in takes or len(word) < 3 or not word[0].isalpha() or "/" in word:
            continue
        for prefix in takes[name]:
            for spelled in table[prefix][1]:
                out[spelled + word] = prefix + name
    return out


@functools.cache
def unit_words(language: str = "en") -> dict[str, str]:
    """Words for a measure in ``language`` (lower case, singular and plural) to the
    unit string pint parses. Read once from ``lexicon/units/<language>.tsv`` and cached;
    a language with no table yet has no unit words (an empty dict). Every language also
    gets the symbols of our definitions file ("boe", "bcm", "TEU"), which are the same
    in every language.

    >>> unit_words("en")["tonnes"], unit_words("en")["mmbtu"]
    ('metric_ton', 'million_british_thermal_unit')
    >>> unit_words("xx")["boe"]
    'barrel_of_oil_equivalent'

    Tables exist for en, de, fr, es, it, pt and nl; the scanner reads English, and a
    locale-aware caller picks the table of its language. The words of a unit that
    takes prefixes (``symbols.tsv``) come with them too:

    >>> unit_words("en")["nanometres"], unit_words("en")["gigajoules"]
    ('nanometer', 'gigajoule')
    """
    words = dict(_definition_words()[0])
    table = _DATA / f"{language}.tsv"
    if table.is_file():
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, _, spelled = line.partition("\t")
            for word in spelled.split("|"):
                if word.strip():
                    words[word.strip()] = name.strip()
    return {**_prefixed_words(words), **words}


#: English words for a measure (lower-case, singular and plural) to the name pint parses.
UNIT_WORDS: dict[str, str] = unit_words("en")

#: Unit symbols whose case matters, as written ("TEU", "MMBtu"): a short unit word is
#: read only as written or as one of these, so "5G" or "10 M" is no unit.
CASED_SYMBOLS: frozenset[str] = _definition_words()[1]

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
    "hr": "hour",
    "hrs": "hour",
    "yr": "year",
    "yrs": "year",
    "millisecond": "millisecond",
    "milliseconds": "millisecond",
    "microsecond": "microsecond",
    "microseconds": "microsecond",
    "nanosecond": "nanosecond",
    "nanoseconds": "nanosecond",
}

#: The longest unit phrase, in words, so a scanner knows how far to look.
MAX_UNIT_WORDS = max(len(k.split()) for k in UNIT_WORDS)

# --------------------------------------------------------------------- unit strings

_TOKEN = re.compile(r"\s*(?:(\*\*)|([*/()])|([0-9]+)|([^\s*/()]+))")


def _exponents(expression: str) -> dict[str, int]:
    """``"(oil_barrel / day) / year"`` -> ``{"oil_barrel": 1, "day": -1, "year": -1}``:
    a unit expression of names, ``*``, ``/``, integer ``**`` and parentheses."""
    tokens: list[str] = []
    pos = 0
    while pos < len(expression.rstrip()):
        m = _TOKEN.match(expression, pos)
        if m is None:
            raise UnitError(expression, "is not a unit expression")
        tokens.append(m.group(m.lastindex or 0))
        pos = m.end()
    at = 0

    def product() -> dict[str, int]:
        nonlocal at
        out = factor()
        while at < len(tokens) and tokens[at] in ("*", "/"):
            sign = 1 if tokens[at] == "*" else -1
            at += 1
            for name, power in factor().items():
                out[name] = out.get(name, 0) + sign * power
        return out

    def factor() -> dict[str, int]:
        nonlocal at
        if at >= len(tokens):
            raise UnitError(expression, "is not a unit expression")
        token = tokens[at]
        at += 1
        if token == "(":
            out = product()
            if at >= len(tokens) or tokens[at] != ")":
                raise UnitError(expression, "has an unclosed parenthesis")
            at += 1
        elif token == "1":
            out = {}
        elif token[0].isdigit() or token in "*/)":
            raise UnitError(expression, "is not a unit expression")
        else:
            out = {token: 1}
        if at + 1 < len(tokens) and tokens[at] == "**" and tokens[at + 1].isdigit():
            power = int(tokens[at + 1])
            at += 2
            out = {name: p * power for name, p in out.items()}
        return out

    result = product()
    if at != len(tokens):
        raise UnitError(expression, "is not a unit expression")
    return {name: p for name, p in result.items() if p}


def _format(exponents: dict[str, int]) -> str:
    """pint's default spelling: names in alphabetical order, the numerator joined by
    " * ", each denominator after " / ", powers as " ** n", an empty numerator "1"."""

    def term(name: str, power: int) -> str:
        return name if power == 1 else f"{name} ** {power}"

    up = [term(n, p) for n, p in sorted(exponents.items()) if p > 0]
    down = [term(n, -p) for n, p in sorted(exponents.items()) if p < 0]
    head = " * ".join(up) if up else "1"
    return " / ".join([head, *down]) if down else head


@functools.cache
def unit_name(pint_name: str, per: str | None = None) -> str:
    """pint's canonical string for a unit expression, optionally per a time unit,
    composed without loading pint. Cached.

    >>> unit_name("oil_barrel", "day")
    'oil_barrel / day'
    >>> unit_name("1 / (kilogram / hectare)")
    'hectare / kilogram'
    >>> unit_name("kilometer")
    'kilometer'
    """
    expression = f"({pint_name}) / {per}" if per else pint_name
    return _format(_exponents(expression))


def per_unit(unit: str) -> str | None:
    """The unit a price is per: ``"1 / oil_barrel"`` -> ``"oil_barrel"``; None for a
    unit that is not "1 / something" (a plain quantity's unit).

    >>> per_unit("1 / oil_barrel"), per_unit("1 / metric_ton"), per_unit("kilometer")
    ('oil_barrel', 'metric_ton', None)
    """
    exponents = _exponents(unit)
    if not exponents or any(p > 0 for p in exponents.values()):
        return None
    return _format({name: -p for name, p in exponents.items()})


# ------------------------------------------------------------------- pint registry


@functools.cache
def registry() -> Any:
    """The one pint ``UnitRegistry`` figures uses: Decimal magnitudes and our
    definitions file loaded after pint's defaults. Built on the first call (importing
    pint and parsing its definitions takes the better part of a second) inside our own
    decimal context, so a caller's context at that moment cannot shape its factors;
    cached for the life of the process.

    Quantities of different registries do not mix: use ``registry().Quantity`` (or
    :attr:`figures.Figure.quantity`) to make quantities that meet ours.

    >>> registry().Quantity(Decimal("1.5"), "boe").to("mmBtu").magnitude
    Decimal('8.70')
    """
    with decimal.localcontext(_CONTEXT.copy()):
        import pint

        reg: Any = pint.UnitRegistry(non_int_type=Decimal)
        reg.load_definitions(str(_DEFINITIONS))
    return reg


def _units(reg: Any, unit: str) -> Any:
    import pint

    try:
        return reg.parse_units(unit)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError) as err:
        raise UnitError(unit, "is not a unit figures or pint knows") from err
    except (AttributeError, TypeError, ValueError, SyntaxError) as err:
        raise UnitError(unit, "is not a unit expression") from err


def canonical(unit: str) -> str:
    """pint's canonical spelling of a unit expression a caller wrote (loads pint);
    :class:`~figures.errors.UnitError` for a unit neither figures nor pint knows.

    >>> canonical("km/h"), canonical("tonne"), canonical("bcm")
    ('kilometer / hour', 'metric_ton', 'billion_cubic_metre')
    """
    reg = registry()
    with decimal.localcontext(_CONTEXT.copy()):
        return str(_units(reg, unit))


def quantity(value: Decimal | int, unit: str) -> Any:
    """``value`` of ``unit`` as a pint ``Quantity`` of :func:`registry`, magnitude a
    Decimal (an int is made one, a float refused).

    >>> q = quantity(Decimal("1.5"), "oil_barrel / day")
    >>> q.magnitude, str(q.units)
    (Decimal('1.5'), 'oil_barrel / day')
    """
    if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
        from figures.errors import FiguresTypeError

        raise FiguresTypeError(f"a quantity's value must be a Decimal, not {value!r}")
    reg = registry()
    with decimal.localcontext(_CONTEXT.copy()):
        return reg.Quantity(Decimal(value), _units(reg, unit))


def _magnitude(q: Any) -> Decimal:
    """A pint quantity's magnitude in its root units, exactly (our context)."""
    factor, _ = q._REGISTRY.get_root_units(q.units)
    return Decimal(q.magnitude) * Decimal(factor)


def _tidy(value: Decimal) -> Decimal:
    """Rounded once to PRECISION digits, without trailing zeros, and whole numbers
    without an exponent: ``8.0467200`` -> ``8.04672``, ``2E+3`` -> ``2000``."""
    value = value.normalize(_RESULT)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        value = value.quantize(Decimal(1), context=_CONTEXT)
    return value


def _density(density: object, reg: Any) -> Any:
    if isinstance(density, str):
        import pint

        try:
            q = reg.Quantity(density)
        except (pint.errors.PintError, AttributeError, TypeError, ValueError) as err:
            raise UnitError(density, "is not a density such as '850 kg/m**3'") from err
    elif hasattr(density, "units") and hasattr(density, "magnitude"):
        q = reg.Quantity(Decimal(str(density.magnitude)), str(density.units))
    else:
        raise UnitError(density, "is not a density: give a string such as '0.85 kg/L'")
    if q.dimensionality not in (
        reg.parse_units("kg / m ** 3").dimensionality,
        reg.parse_units("m ** 3 / kg").dimensionality,
    ):
        raise UnitError(density, "is not a mass per volume (or volume per mass)")
    return q


def convert(value: Decimal | int, source: str, target: str, *, density: object = None) -> Decimal:
    """``value`` in ``source`` units expressed in ``target`` units, exactly.

    Multiplicative units convert through their root factors, ``value * f_source /
    f_target``, in a 50-digit context of our own: exact whenever the result is a finite
    decimal, so going there and back returns the value. Temperatures with an offset
    (degree_Celsius, degree_Fahrenheit) convert through pint. Mass and volume convert
    into each other only with a ``density`` the caller gives ("850 kg/m**3", "7.33
    barrel/metric_ton" or a pint Quantity); without one,
    :class:`~figures.errors.DensityRequiredError`. Other mismatched dimensions raise
    :class:`~figures.errors.UnitError`.

    >>> convert(Decimal("2"), "metric_ton", "kilogram")
    Decimal('2000')
    >>> convert(Decimal("1"), "oil_barrel", "metric_ton", density="0.85 kg/L")
    Decimal('0.1351392006888')
    """
    reg = registry()
    with decimal.localcontext(_CONTEXT.copy()):
        src, dst = _units(reg, source), _units(reg, target)
        start = reg.Quantity(Decimal(value), src)
        if src.dimensionality == dst.dimensionality:
            if not (start._is_multiplicative and reg.Quantity(1, dst)._is_multiplicative):
                return _tidy(Decimal(start.to(dst).magnitude))
            return _tidy(_magnitude(start) / Decimal(reg.get_root_units(dst)[0]))
        if density is None:
            mass = reg.parse_units("kilogram").dimensionality
            volume = reg.parse_units("meter ** 3").dimensionality
            # a quantity, or a price per unit ("1 / oil_barrel" to "1 / metric_ton")
            if {src.dimensionality, dst.dimensionality} in ({mass, volume}, {1 / mass, 1 / volume}):
                raise DensityRequiredError(source, target)
            raise UnitError(source, f"cannot be converted to {target!r}: different dimensions")
        rho = _density(density, reg)
        for moved in (start * rho, start / rho):
            if moved.dimensionality == dst.dimensionality:
                return _tidy(_magnitude(moved) / Decimal(reg.get_root_units(dst)[0]))
        raise UnitError(source, f"cannot be converted to {target!r}, even with a density")
