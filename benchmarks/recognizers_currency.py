"""Recall of money figures on Microsoft Recognizers-Text's English currency suite.

Data: ``shared/benchmarks/peer-suites/recognizers/English/NumberWithUnit-CurrencyModel.json``
(MIT, read in place). Each expected result has a span (``End`` inclusive), a value as an
expanded decimal string, a unit name and, for about a third of them, an ISO code.

An expected result is *found* when ``figures.extract(input)`` returns a MONEY figure whose
span overlaps the expected span, whose currency is the expected one and whose value equals
the expected value as a Decimal. Results without an ISO code ("Dollar", "Pound", "Cent")
are scored through a unit-to-ISO table (below) and reported separately; minor units
("Cent", "Pence", "Penny") are compared in the major unit, as figures reports them
("50 cents" -> USD 0.50). Results without a value (a bare "dollars") are not scored.

Reported: recall (overall, ISO, no-ISO; each also without the cases upstream flags
NotSupported), the share of found figures whose span is exact, precision of the money
figures reported, and every miss grouped by reason, with the input around the span.

    .venv/bin/python benchmarks/recognizers_currency.py [--min 90] [--show 40]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import _shared

SUITE = Path("benchmarks/peer-suites/recognizers/English/NumberWithUnit-CurrencyModel.json")
TARGET = 90.0

# Recognizers' unit names for results that carry no ISO code, mapped to the ISO codes an
# English reader would accept, and the factor from the stated unit to the major unit.
# A bare "Dollar"/"Pound" is USD/GBP by figures' English default; "Franc" and "Rupee" name
# several currencies, so any of them is accepted. Units with no ISO reading (Satoshi,
# Sen) have no entry: only their value is checked.
UNIT_TO_ISO: dict[str, tuple[frozenset[str], Decimal]] = {
    "Dollar": (frozenset({"USD"}), Decimal(1)),
    "Pound": (frozenset({"GBP"}), Decimal(1)),
    "Cent": (frozenset({"USD"}), Decimal("0.01")),
    "Pence": (frozenset({"GBP"}), Decimal("0.01")),
    "Penny": (frozenset({"GBP"}), Decimal("0.01")),
    "Franc": (frozenset({"FRF", "CHF", "BEF", "LUF", "XOF", "XAF"}), Decimal(1)),
    "Finnish markka": (frozenset({"FIM"}), Decimal(1)),
    "Peseta": (frozenset({"ESP"}), Decimal(1)),
    "Netherlands guilder": (frozenset({"NLG"}), Decimal(1)),
    "Rupee": (frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}), Decimal(1)),
    "Bitcoin": (frozenset({"XBT", "BTC"}), Decimal(1)),
}


@dataclass
class Expected:
    """One expected money result of one case."""

    case: int
    source: str
    text: str
    start: int
    end: int  # exclusive, unlike upstream's End
    value: Decimal
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


def load_expected(path: Path) -> tuple[list[dict[str, Any]], list[Expected], int]:
    """The cases, the scored expected results, and how many results had no value."""
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    expected: list[Expected] = []
    valueless = 0
    for index, case in enumerate(cases):
        flagged = bool(case.get("NotSupported") or case.get("NotSupportedByDesign"))
        for result in case["Results"]:
            resolution = result["Resolution"]
            value = _shared.to_decimal(resolution.get("value"))
            if value is None:
                valueless += 1
                continue
            iso = resolution.get("isoCurrency")
            unit = resolution.get("unit", "")
            if iso:
                currencies: frozenset[str] | None = frozenset({iso})
            elif unit in UNIT_TO_ISO:
                currencies, factor = UNIT_TO_ISO[unit]
                value *= factor
            else:
                currencies = None
            expected.append(
                Expected(
                    case=index,
                    source=case["Input"],
                    text=result["Text"],
                    start=result["Start"],
                    end=result["End"] + 1,
                    value=value,
                    currencies=currencies,
                    has_iso=bool(iso),
                    unit=unit,
                    not_supported=flagged,
                )
            )
    return cases, expected, valueless


def is_money(fig: Any) -> bool:
    return str(getattr(fig.kind, "value", fig.kind)) == "money"


def overlaps(fig: Any, start: int, end: int) -> bool:
    return fig.start < end and start < fig.end


def matches(fig: Any, exp: Expected) -> bool:
    currency_ok = exp.currencies is None or fig.currency in exp.currencies
    return currency_ok and _shared.same_number(fig.value, exp.value)


def judge(exp: Expected, figs: list[Any] | None, error: str | None) -> Outcome:
    """Found, or the reason it was not: no figure, wrong currency, wrong value."""
    if error is not None:
        return Outcome(exp, False, reason="extract() raised", detail=error)
    assert figs is not None
    at_span = [f for f in figs if overlaps(f, exp.start, exp.end)]
    money = [f for f in at_span if is_money(f)]
    hits = [f for f in money if matches(f, exp)]
    if hits:
        exact = any(f.start == exp.start and f.end == exp.end for f in hits)
        return Outcome(exp, True, exact_span=exact)
    got = "; ".join(_shared.describe(f) for f in at_span) or "nothing"
    if not money:
        reason = "no money figure at span" if not at_span else "a non-money figure at span"
        return Outcome(exp, False, reason=reason, detail=got)
    value_ok = any(_shared.same_number(f.value, exp.value) for f in money)
    currency_ok = exp.currencies is None or any(f.currency in exp.currencies for f in money)
    if value_ok:
        reason = "wrong currency"
    elif currency_ok:
        reason = "wrong value"
    else:
        reason = "wrong currency and value"
    return Outcome(exp, False, reason=reason, detail=got)


def main(argv: list[str] | None = None) -> int:
    parser = _shared.scored_parser(__doc__, what="recall", show=40)
    args = parser.parse_args(argv)

    figures = _shared.import_figures()
    path = _shared.data_file(_shared.shared_dir(args.shared), SUITE)
    _shared.print_header("Recognizers-Text English currency suite: money recall", figures, [path])

    cases, expected, valueless = load_expected(path)
    extracted: dict[int, list[Any]] = {}
    errors: dict[int, str] = {}
    for index, case in enumerate(cases):
        try:
            extracted[index] = list(figures.extract(case["Input"]))
        except Exception as exc:  # a crash is a finding to report, not a reason to stop
            errors[index] = f"{type(exc).__name__}: {exc}"

    tallies: dict[str, Tally] = defaultdict(Tally)
    for exp in expected:
        outcome = judge(exp, extracted.get(exp.case), errors.get(exp.case))
        group = "ISO" if exp.has_iso else "no-ISO"
        tallies["all"].add(outcome)
        tallies[group].add(outcome)
        if not exp.not_supported:
            tallies["all, supported"].add(outcome)
            tallies[f"{group}, supported"].add(outcome)

    # Precision: every money figure we report must be one of the expected results.
    reported = matched = 0
    unexpected: list[tuple[str, Any]] = []
    by_case: dict[int, list[Expected]] = defaultdict(list)
    for exp in expected:
        by_case[exp.case].append(exp)
    expected_spans = {
        i: [(r["Start"], r["End"] + 1) for r in case["Results"]] for i, case in enumerate(cases)
    }
    for index, figs in extracted.items():
        for fig in figs:
            if not is_money(fig):
                continue
            reported += 1
            if any(overlaps(fig, e.start, e.end) and matches(fig, e) for e in by_case[index]):
                matched += 1
            elif not any(overlaps(fig, s, e) for s, e in expected_spans[index]):
                unexpected.append((cases[index]["Input"], fig))

    print(
        f"cases {len(cases)}, expected results {sum(len(c['Results']) for c in cases)}, "
        f"scored {len(expected)} (not scored: {valueless} without a value)"
    )
    print(f"extract() raised on {len(errors)} case(s)\n")
    print("recall (money figure overlapping the span, same currency, same value):")
    for name in ("all", "all, supported", "ISO", "ISO, supported", "no-ISO", "no-ISO, supported"):
        tally = tallies[name]
        print(f"  {name:<20} {_shared.percent(tally.found, tally.total)}")
    overall = tallies["all"]
    print(f"\nspan-exact among found : {_shared.percent(overall.exact, overall.found)}")
    print(
        f"precision (money)      : {_shared.percent(matched, reported)}"
        f"  ({len(unexpected)} money figure(s) at no expected span)"
    )
    recall = _shared.share(overall.found, overall.total)
    print(f"target >= {TARGET:g}% overall recall: {'MET' if recall >= TARGET else 'NOT MET'}")

    reasons: dict[str, list[Outcome]] = defaultdict(list)
    for miss in overall.misses:
        reasons[miss.reason].append(miss)
    print(f"\nmisses by reason: {dict(Counter({k: len(v) for k, v in reasons.items()}))}")
    for reason, misses in sorted(reasons.items(), key=lambda item: -len(item[1])):
        print(f"\n-- {reason} ({len(misses)})")
        shown = misses if args.show < 0 else misses[: args.show]
        for miss in shown:
            exp = miss.expected
            want = "/".join(sorted(exp.currencies)) if exp.currencies else f"({exp.unit})"
            flag = " [NotSupported upstream]" if exp.not_supported else ""
            print(f"  case {exp.case}: want {exp.text!r} = {want} {exp.value}{flag}")
            print(f"      in: {_shared.window(exp.source, exp.start, exp.end)}")
            print(f"     got: {miss.detail}")
        if len(shown) < len(misses):
            print(f"  ... {len(misses) - len(shown)} more (--show -1 lists all)")
    if unexpected:
        print(f"\n-- money figures at no expected span ({len(unexpected)})")
        shown_unexpected = unexpected if args.show < 0 else unexpected[: args.show]
        for source, fig in shown_unexpected:
            print(f"  {_shared.describe(fig)}")
            print(f"      in: {_shared.window(source, fig.start, fig.end)}")
    return _shared.gate("overall recall %", recall, args.min)


if __name__ == "__main__":
    sys.exit(main())
