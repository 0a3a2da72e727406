"""Scoring shared by the scripts that read Microsoft Recognizers-Text's spec files.

A spec file is a JSON array of cases ``{"Input", "Results": [{"Text", "Start", "End",
"Resolution": {...}}], "NotSupported"?}`` (upstream ``End`` is inclusive; here ``end`` is
exclusive). One scoring rule serves every model and language:

An expected result is *found* when ``figures.extract(input, locale=...)`` returns a
figure of the model's kind (money for the currency model, percent for the percent
model, number for the number model) that

* overlaps the expected span,
* has the expected value: equal as a ``Decimal``; where upstream printed a float
  (15 or more significant digits, e.g. "0,333333333333333" for one third) the figure's
  exact value is first rounded, half-even, to the places upstream printed;
* for money, has a currency among the accepted ones (the ISO code, else the unit name
  read through the calling script's table; a unit with no entry is not checked).

Upstream writes values with a decimal comma in the non-English specs ("2000,352") and
sometimes a point ("-1.8"); neither ever carries grouping, so the one mark present is
the decimal mark. Percent values end in "%"; the percent figure's value is the number
before it. Results without a value are not scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

import _shared

#: Upstream's float printing: a value of this many significant digits is a rounded float.
FLOAT_DIGITS = 15

#: Unit names mapped to the ISO codes a reader accepts and the factor to the major unit.
UnitTable = Mapping[str, tuple[frozenset[str], Decimal]]

_WIDE = Context(prec=100, rounding=ROUND_HALF_EVEN)


@dataclass
class Expected:
    """One expected result of one case."""

    case: int
    source: str
    text: str
    start: int
    end: int  # exclusive, unlike upstream's End
    value: Decimal
    rounded: bool  # upstream printed a rounded float: compare at its places
    currencies: frozenset[str] | None  # None: currency not checked
    has_iso: bool
    unit: str
    not_supported: bool


@dataclass
class Outcome:
    """What became of one expected result."""

    expected: Expected
    found: bool
    exact_span: bool = False
    reason: str = ""
    detail: str = ""


@dataclass
class Tally:
    """Found / total counts for one slice of the expected results."""

    found: int = 0
    total: int = 0
    exact: int = 0
    misses: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.total += 1
        if outcome.found:
            self.found += 1
            self.exact += outcome.exact_span
        else:
            self.misses.append(outcome)

    @property
    def rate(self) -> float:
        """found / total, 0 when nothing was scored."""
        return self.found / self.total if self.total else 0.0


def spec_value(raw: object) -> tuple[Decimal, bool] | None:
    """Upstream's value text as a Decimal, and whether it is a rounded float.

    >>> spec_value("2000,352")
    (Decimal('2000.352'), False)
    >>> spec_value("0,333333333333333")
    (Decimal('0.333333333333333'), True)
    >>> spec_value("4,8%")
    (Decimal('4.8'), False)
    >>> spec_value(None) is None
    True
    """
    if raw is None:
        return None
    text = str(raw).strip().removesuffix("%").replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    return value, len(value.as_tuple().digits) >= FLOAT_DIGITS


def load_cases(path: Path) -> list[dict[str, Any]]:
    """All cases of a spec file (some begin with a byte-order mark)."""
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return cases


def result_span(result: Mapping[str, Any], source: str) -> tuple[int, int]:
    """``[start, end)`` of an upstream result: its ``Start``/``End`` (some French and German
    results keep them inside ``Resolution``), else where its text first occurs."""
    for holder in (result, result.get("Resolution") or {}):
        if "Start" in holder and "End" in holder:
            return int(holder["Start"]), int(holder["End"]) + 1
    at = source.lower().find(str(result["Text"]).lower())
    return (at, at + len(result["Text"])) if at >= 0 else (0, len(source))


def load_expected(
    cases: list[dict[str, Any]], units: UnitTable | None = None
) -> tuple[list[Expected], int]:
    """The scored expected results, and how many results had no value."""
    expected: list[Expected] = []
    valueless = 0
    for index, case in enumerate(cases):
        flagged = bool(case.get("NotSupported") or case.get("NotSupportedByDesign"))
        for result in case["Results"]:
            resolution = result["Resolution"]
            parsed = spec_value(resolution.get("value"))
            if parsed is None:
                valueless += 1
                continue
            value, rounded = parsed
            start, end = result_span(result, case["Input"])
            iso = resolution.get("isoCurrency")
            unit = resolution.get("unit", "")
            currencies: frozenset[str] | None = None
            if iso:
                currencies = frozenset({iso})
            elif units is not None and unit in units:
                currencies, factor = units[unit]
                value = _WIDE.multiply(value, factor)
            expected.append(
                Expected(
                    case=index,
                    source=case["Input"],
                    text=result["Text"],
                    start=start,
                    end=end,
                    value=value,
                    rounded=rounded,
                    currencies=currencies,
                    has_iso=bool(iso),
                    unit=unit,
                    not_supported=flagged,
                )
            )
    return expected, valueless


def run(
    figures: ModuleType, cases: list[dict[str, Any]], **options: Any
) -> tuple[dict[int, list[Any]], dict[int, str]]:
    """``extract()`` on every input: the figures by case, and the errors by case."""
    extracted: dict[int, list[Any]] = {}
    errors: dict[int, str] = {}
    for index, case in enumerate(cases):
        try:
            extracted[index] = list(figures.extract(case["Input"], **options))
        except Exception as exc:  # a crash is a finding to report, not a reason to stop
            errors[index] = f"{type(exc).__name__}: {exc}"
    return extracted, errors


def kind_of(fig: Any) -> str:
    return str(getattr(fig.kind, "value", fig.kind))


def overlaps(fig: Any, start: int, end: int) -> bool:
    return bool(fig.start < end and start < fig.end)


def same_value(got: Decimal | None, exp: Expected) -> bool:
    """The figure's value is the expected one (at upstream's places for a rounded float)."""
    if got is None or not got.is_finite():
        return False
    if exp.rounded:
        exponent = Decimal(1).scaleb(exp.value.as_tuple().exponent)  # type: ignore[arg-type]
        return _WIDE.quantize(got, exponent) == exp.value
    return _shared.same_number(got, exp.value)


def matches(fig: Any, exp: Expected) -> bool:
    currency_ok = exp.currencies is None or fig.currency in exp.currencies
    return currency_ok and same_value(fig.value, exp)


def judge(exp: Expected, figs: list[Any] | None, error: str | None, kind: str) -> Outcome:
    """Found, or the reason it was not: no figure, wrong kind, wrong currency, wrong value."""
    if error is not None:
        return Outcome(exp, False, reason="extract() raised", detail=error)
    assert figs is not None
    at_span = [f for f in figs if overlaps(f, exp.start, exp.end)]
    same_kind = [f for f in at_span if kind_of(f) == kind]
    hits = [f for f in same_kind if matches(f, exp)]
    if hits:
        exact = any(f.start == exp.start and f.end == exp.end for f in hits)
        return Outcome(exp, True, exact_span=exact)
    got = "; ".join(_shared.describe(f) for f in at_span) or "nothing"
    if not same_kind:
        reason = f"no {kind} figure at span" if not at_span else f"a non-{kind} figure at span"
        return Outcome(exp, False, reason=reason, detail=got)
    value_ok = any(same_value(f.value, exp) for f in same_kind)
    currency_ok = exp.currencies is None or any(f.currency in exp.currencies for f in same_kind)
    if value_ok:
        reason = "wrong currency"
    elif currency_ok:
        reason = "wrong value"
    else:
        reason = "wrong currency and value"
    return Outcome(exp, False, reason=reason, detail=got)


def precision(
    cases: list[dict[str, Any]],
    expected: Iterable[Expected],
    extracted: Mapping[int, list[Any]],
    kind: str,
) -> tuple[int, int, list[tuple[str, Any]]]:
    """Figures of ``kind`` reported, how many match an expected result, and those at no
    expected span (with their input)."""
    by_case: dict[int, list[Expected]] = defaultdict(list)
    for exp in expected:
        by_case[exp.case].append(exp)
    spans = {
        i: [result_span(r, case["Input"]) for r in case["Results"]] for i, case in enumerate(cases)
    }
    reported = matched = 0
    unexpected: list[tuple[str, Any]] = []
    for index, figs in extracted.items():
        for fig in figs:
            if kind_of(fig) != kind:
                continue
            reported += 1
            if any(overlaps(fig, e.start, e.end) and matches(fig, e) for e in by_case[index]):
                matched += 1
            elif not any(overlaps(fig, s, e) for s, e in spans[index]):
                unexpected.append((cases[index]["Input"], fig))
    return reported, matched, unexpected


def print_misses(groups: Mapping[str, list[Outcome]], show: int) -> None:
    """Every group of misses, largest first, each miss with its input and what was found."""
    for reason, misses in sorted(groups.items(), key=lambda item: -len(item[1])):
        print(f"\n-- {reason} ({len(misses)})")
        shown = misses if show < 0 else misses[:show]
        for miss in shown:
            exp = miss.expected
            want = "/".join(sorted(exp.currencies)) + " " if exp.currencies else ""
            if exp.unit and not exp.currencies:
                want = f"({exp.unit}) "
            flag = " [NotSupported upstream]" if exp.not_supported else ""
            print(f"  case {exp.case}: want {exp.text!r} = {want}{exp.value}{flag}")
            print(f"      in: {_shared.window(exp.source, exp.start, exp.end)}")
            print(f"     got: {miss.detail}")
        if len(shown) < len(misses):
            print(f"  ... {len(misses) - len(shown)} more (--show -1 lists all)")


def print_unexpected(unexpected: list[tuple[str, Any]], kind: str, show: int) -> None:
    """The figures of ``kind`` reported where upstream expects nothing."""
    if not unexpected:
        return
    print(f"\n-- {kind} figures at no expected span ({len(unexpected)})")
    for source, fig in unexpected if show < 0 else unexpected[:show]:
        print(f"  {_shared.describe(fig)}")
        print(f"      in: {_shared.window(source, fig.start, fig.end)}")
