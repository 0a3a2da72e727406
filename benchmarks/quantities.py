"""Recall of quantities (value and unit) on quantulum3's tests and Recognizers-Text's
English dimension spec.

Data, read in place (MIT, licences beside the files):

* ``shared/benchmarks/peer-suites/quantulum3/quantities.json`` and
  ``quantities.ambiguity.json``: ``{"req": text, "res": [{"value", "unit", "surface",
  "uncertainty"?}]}``, units named the quantulum way ("square kilometre");
* ``shared/benchmarks/peer-suites/recognizers/English/NumberWithUnit-DimensionModel.json``:
  ``{"Input", "Results": [{"Text", "Start", "End", "Resolution": {"value", "unit"}}]}``.

**Which expected results are scored.** Those whose unit is a physical unit, mapped below
to a pint expression (``QUANTULUM_TO_PINT``, ``RECOGNIZERS_TO_PINT``). Not scored: bare
numbers ("dimensionless"), currencies without a unit, percentages and counts ("dozen",
"gross"), and results without a value. A price per unit ("$15.4/hour", quantulum's
"dollar per hour") is scored as money with a currency and a per unit.

**When an expected result is found.** ``figures.extract(text)`` returns a figure that
overlaps the expected span and

* has the expected value as a Decimal (quantulum's JSON numbers are read as Decimals; a
  number printed with 15 or more significant digits is a rounded float, and the figure's
  value is rounded to its places first); a quantulum range ("3 to 4 L": value 3.5,
  uncertainty 0.5) is found as a range figure whose midpoint is the value;
* has the expected unit: ``figures.units.convert(1, figure.unit, expected)`` is exactly
  1 (so "ml" meets quantulum's "cubic centimetre"), or the figure's unit is the expected
  one per a time unit (Recognizers stops "500,000 barrels a day" before "a day";
  figures reads "oil_barrel / day"). quantulum's "ton" and Recognizers' "Ton" do not
  say which ton ("tonnes" and "tons" both get it): short and metric tons are accepted;
* a duration ("three days", "16 hours") is reported by figures as a number, by design
  (a duration is never converted): it is found when a number figure has the value and
  the word after it names the expected time unit.
  Recall is also shown without the durations.

    PYTHONPATH=src FIGURES_SHARED=../shared .venv/bin/python benchmarks/quantities.py [--show 20]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal
from pathlib import Path
from typing import Any

import _shared

QUANTULUM = Path("benchmarks/peer-suites/quantulum3")
QUANTULUM_FILES = ("quantities.json", "quantities.ambiguity.json")
RECOGNIZERS = Path("benchmarks/peer-suites/recognizers/English/NumberWithUnit-DimensionModel.json")
TARGET = 85.0

#: One expected unit: the pint expressions accepted, and the currency of a price per unit.
Want = tuple[tuple[str, ...], str | None]

_TIME = {"year", "month", "week", "day", "hour", "minute", "second"}

#: quantulum3's unit names (``res[].unit``) -> the pint units accepted. Names absent here
#: are not quantities and are not scored: dimensionless, dollar, euro, pound sterling,
#: penny, cent, dime, percentage, dozen, baker's dozen, gross.
QUANTULUM_TO_PINT: dict[str, Want] = {
    "attometre": (("attometer",), None),
    "barn": (("barn",), None),
    "bit": (("bit",), None),
    "british thermal unit": (("british_thermal_unit",), None),
    "byte": (("byte",), None),
    "candela second": (("candela * second",), None),
    "centilitre": (("centiliter",), None),
    "count per week": (("1 / week",), None),
    "cubic centimetre": (("centimeter ** 3",), None),
    "cubic kilometre": (("kilometer ** 3",), None),
    "cup": (("cup",), None),
    "day": (("day",), None),
    "degree Celsius": (("degree_Celsius",), None),
    "degree Fahrenheit": (("degree_Fahrenheit",), None),
    "degree fahrenheit": (("degree_Fahrenheit",), None),
    "dollar per hour": (("1 / hour",), "USD"),
    "dollar per kilogram": (("1 / kilogram",), "USD"),
    "electronvolt": (("electron_volt",), None),
    "exabyte": (("exabyte",), None),
    "gallon": (("gallon",), None),
    "gigahertz": (("gigahertz",), None),
    "gigayear": (("gigayear",), None),
    "gray": (("gray",), None),
    "hour": (("hour",), None),
    "inch": (("inch",), None),
    "inverse femtobarn": (("1 / femtobarn",), None),
    "inverse second": (("1 / second",), None),
    "joule per square metre per year": (("joule / meter ** 2 / year",), None),
    "joule second": (("joule * second",), None),
    "kelvin": (("kelvin",), None),
    "kibibyte": (("kibibyte",), None),
    "kilobit per second": (("kilobit / second",), None),
    "kilogram": (("kilogram",), None),
    "kilogram per cubic centimetre": (("kilogram / centimeter ** 3",), None),
    "kilometre": (("kilometer",), None),
    "kilometre per hour": (("kilometer / hour",), None),
    "kilometre per square second": (("kilometer / second ** 2",), None),
    "litre": (("liter",), None),
    "litre per kilometre": (("liter / kilometer",), None),
    "megabyte": (("megabyte",), None),
    "megawatt hour": (("megawatt_hour",), None),
    "megayear": (("megayear",), None),
    "metre": (("meter",), None),
    "mile": (("mile",), None),
    "milligram": (("milligram",), None),
    "milligray": (("milligray",), None),
    "minute": (("minute",), None),
    "minute of arc": (("arcminute",), None),
    "month": (("month",), None),
    "nanometre": (("nanometer",), None),
    "picometre": (("picometer",), None),
    "pound-mass": (("pound",), None),
    "second of arc": (("arcsecond",), None),
    "square kilometre": (("kilometer ** 2",), None),
    "square mile": (("mile ** 2",), None),
    "tablespoon": (("tablespoon",), None),
    "teraelectronvolt": (("teraelectron_volt",), None),
    "ton per day": (("ton / day", "metric_ton / day"), None),
    "tonne": (("metric_ton",), None),
    "watt": (("watt",), None),
    "watt hour": (("watt_hour",), None),
    "watt per minute": (("watt / minute",), None),
    "week": (("week",), None),
    "year": (("year",), None),
}

#: Recognizers-Text's dimension unit names -> the pint units accepted (all are scored).
RECOGNIZERS_TO_PINT: dict[str, Want] = {
    "Acre": (("acre",), None),
    "Barrel": (("oil_barrel", "barrel"), None),
    "Bit": (("bit",), None),
    "Centimeter per millisecond": (("centimeter / millisecond",), None),
    "Cubic foot": (("foot ** 3",), None),
    "Cup": (("cup",), None),
    "Decimeter": (("decimeter",), None),
    "Degree": (("degree",), None),
    "Dram": (("dram",), None),
    "Foot": (("foot",), None),
    "Gallon": (("gallon",), None),
    "Gram": (("gram",), None),
    "Inch": (("inch",), None),
    "Kilogram": (("kilogram",), None),
    "Kilometer": (("kilometer",), None),
    "Kilometer per hour": (("kilometer / hour",), None),
    "Kilometer per millisecond": (("kilometer / millisecond",), None),
    "Megabit": (("megabit",), None),
    "Megabyte": (("megabyte",), None),
    "Meter": (("meter",), None),
    "Meter per millisecond": (("meter / millisecond",), None),
    "Metric ton": (("metric_ton",), None),
    "Microgram": (("microgram",), None),
    "Mile": (("mile",), None),
    "Mile per hour": (("mile / hour",), None),
    "Milliliter": (("milliliter",), None),
    "Millimeter": (("millimeter",), None),
    "Ounce": (("ounce",), None),
    "Picometer": (("picometer",), None),
    "Pound": (("pound",), None),
    "Radian": (("radian",), None),
    "Square kilometer": (("kilometer ** 2",), None),
    "Square meter": (("meter ** 2",), None),
    "Tablespoon": (("tablespoon",), None),
    "Teaspoon": (("teaspoon",), None),
    "Ton": (("ton", "metric_ton"), None),
    "Turn": (("turn",), None),
}

_WIDE = Context(prec=100, rounding=ROUND_HALF_EVEN)


@dataclass
class Expected:
    """One scored expected result."""

    suite: str
    case: int
    source: str
    surface: str
    start: int
    end: int
    value: Decimal
    want: Want
    name: str  # the suite's unit name
    not_supported: bool = False

    @property
    def duration(self) -> bool:
        return self.want[0][0] in _TIME


def _span(source: str, surface: str, after: int) -> tuple[int, int]:
    at = source.find(surface, after)
    if at < 0:
        at = source.find(surface)
    return (at, at + len(surface)) if at >= 0 else (0, len(source))


def load_quantulum(shared: Path) -> tuple[list[Expected], list[Path]]:
    """The scored results of quantulum3's two quantity files."""
    out: list[Expected] = []
    paths = []
    for name in QUANTULUM_FILES:
        path = _shared.data_file(shared, QUANTULUM / name)
        paths.append(path)
        cases = json.loads(path.read_text("utf-8"), parse_float=Decimal)
        for index, case in enumerate(cases):
            after = 0
            for res in case["res"]:
                start, end = _span(case["req"], res["surface"], after)
                after = end
                want = QUANTULUM_TO_PINT.get(res["unit"])
                if want is None:
                    continue
                value = Decimal(res["value"])
                out.append(
                    Expected(name, index, case["req"], res["surface"], start, end, value, want,
                             res["unit"])
                )  # fmt: skip
    return out, paths


def load_recognizers(shared: Path) -> tuple[list[Expected], list[Path]]:
    """The scored results of Recognizers-Text's English dimension spec."""
    path = _shared.data_file(shared, RECOGNIZERS)
    out: list[Expected] = []
    for index, case in enumerate(json.loads(path.read_text("utf-8-sig"))):
        after = 0
        for res in case["Results"]:
            resolution = res["Resolution"]
            raw = resolution.get("value")
            if raw is None:
                continue
            if "Start" in res:
                start, end = int(res["Start"]), int(res["End"]) + 1
            else:
                start, end = _span(case["Input"], res["Text"], after)
            after = end
            unit = resolution["unit"]
            flagged = bool(case.get("NotSupported"))
            out.append(
                Expected("recognizers", index, case["Input"], res["Text"], start, end,
                         Decimal(raw), RECOGNIZERS_TO_PINT[unit], unit, flagged)
            )  # fmt: skip
    return out, [path]


def same_value(got: Decimal | None, want: Decimal) -> bool:
    """Equal as Decimals; a rounded float (15+ digits) compared at its places."""
    if got is None:
        return False
    if len(want.as_tuple().digits) >= 15:
        exponent = Decimal(1).scaleb(want.as_tuple().exponent)  # type: ignore[arg-type]
        return _WIDE.quantize(got, exponent) == want
    return got == want


def same_unit(units: Any, got: str | None, accepted: tuple[str, ...]) -> bool:
    """``got`` is one of the accepted units (a factor of exactly 1), or one per a time."""
    if got is None:
        return False
    for want in accepted:
        for candidate in (want, *(f"({want}) / {t}" for t in _TIME)):
            try:
                if units.convert(Decimal(1), got, candidate) == 1:
                    return True
            except Exception:  # another dimension, or not a unit at all
                continue
    return False


def figure_values(fig: Any, exp: Expected) -> list[Decimal]:
    """The values a figure can match: its value; for a range its midpoint (quantulum's
    reading), and the bound at the end of the span Recognizers reads ("eight to ⟦10
    feet⟧": the high end, when the two spans end together)."""
    if fig.value is not None:
        return [fig.value]
    if fig.low is None or fig.high is None:
        return []
    out = [_WIDE.divide(fig.low + fig.high, 2)]
    if exp.suite == "recognizers" and fig.end == exp.end:
        out.append(fig.high)
    if exp.suite == "recognizers" and fig.start == exp.start:
        out.append(fig.low)
    return out


def judge(units: Any, exp: Expected, figs: list[Any]) -> str:
    """ "" when found, else why not."""
    at_span = [f for f in figs if f.start < exp.end and exp.start < f.end]
    if not at_span:
        return "nothing at span"
    accepted, currency = exp.want
    valued = [f for f in at_span if any(same_value(v, exp.value) for v in figure_values(f, exp))]
    if not valued:
        return "wrong value"
    for fig in valued:
        kind = str(fig.kind)
        if exp.duration and kind == "number":
            after = exp.source[fig.end :].split()
            word = after[0].lower().strip(".,;:!?'’") if after else ""
            if units.DURATION_WORDS.get(word) in accepted:
                return ""
        if currency is not None and (kind != "money" or fig.currency != currency):
            continue
        if currency is None and kind != "quantity":
            continue
        if same_unit(units, fig.unit, accepted):
            return ""
    kinds = {str(f.kind) for f in valued}
    if currency is None and "quantity" not in kinds and not exp.duration:
        return "no quantity (value read as " + "/".join(sorted(kinds)) + ")"
    return "wrong unit"


def report(units: Any, title: str, expected: list[Expected], show: int) -> float:
    figures = _shared.import_figures()
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[tuple[Expected, str]]] = defaultdict(list)
    cache: dict[str, list[Any]] = {}
    for exp in expected:
        if exp.source not in cache:
            cache[exp.source] = list(figures.extract(exp.source))
        why = judge(units, exp, cache[exp.source])
        slices = ["all"] + ([] if exp.duration else ["without durations"])
        slices += [] if exp.not_supported else ["without NotSupported"]
        for name in slices:
            tallies[name][1] += 1
            tallies[name][0] += not why
        if why:
            misses[why].append((exp, " ; ".join(_shared.describe(f) for f in cache[exp.source])))
    print(f"-- {title}: {len(expected)} expected quantities scored")
    for name, (found, total) in tallies.items():
        print(f"  recall, {name:<22} {_shared.percent(found, total)}")
    for why, items in sorted(misses.items(), key=lambda kv: -len(kv[1])):
        print(f"   miss: {why} ({len(items)})")
        for exp, got in items if show < 0 else items[:show]:
            print(f"      want {exp.surface!r} = {exp.value} {exp.name} [{exp.suite} #{exp.case}]")
            print(f"        in {_shared.clip(exp.source, 110)}")
            print(f"       got {_shared.clip(got, 110)}")
    print()
    found, total = tallies["all"]
    return _shared.share(found, total)


def main(argv: list[str] | None = None) -> int:
    parser = _shared.scored_parser(__doc__, what="recall on both suites", show=8)
    args = parser.parse_args(argv)
    figures = _shared.import_figures()
    shared = _shared.shared_dir(args.shared)
    quantulum, q_paths = load_quantulum(shared)
    recognizers, r_paths = load_recognizers(shared)
    _shared.print_header("Quantities: value and unit recall", figures, q_paths + r_paths)
    import figures.units as units

    q = report(units, "quantulum3 (quantities + ambiguity)", quantulum, args.show)
    r = report(units, "Recognizers-Text English dimensions", recognizers, args.show)
    worst = min(q, r)
    verdict = "MET" if worst >= TARGET else "NOT MET"
    print(f"quantulum3 {q:.1f}%, recognizers {r:.1f}%: target >= {TARGET:g}% on both {verdict}")
    return _shared.gate("lower recall %", worst, args.min)


if __name__ == "__main__":
    sys.exit(main())
