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

import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import _recognizers
import _shared
from _recognizers import Outcome, Tally

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


def main(argv: list[str] | None = None) -> int:
    parser = _shared.scored_parser(__doc__, what="recall", show=40)
    args = parser.parse_args(argv)

    figures = _shared.import_figures()
    path = _shared.data_file(_shared.shared_dir(args.shared), SUITE)
    _shared.print_header("Recognizers-Text English currency suite: money recall", figures, [path])

    cases = _recognizers.load_cases(path)
    expected, valueless = _recognizers.load_expected(cases, UNIT_TO_ISO)
    extracted, errors = _recognizers.run(figures, cases)

    tallies: dict[str, Tally] = defaultdict(Tally)
    for exp in expected:
        outcome = _recognizers.judge(exp, extracted.get(exp.case), errors.get(exp.case), "money")
        group = "ISO" if exp.has_iso else "no-ISO"
        tallies["all"].add(outcome)
        tallies[group].add(outcome)
        if not exp.not_supported:
            tallies["all, supported"].add(outcome)
            tallies[f"{group}, supported"].add(outcome)

    # Precision: every money figure we report must be one of the expected results.
    reported, matched, unexpected = _recognizers.precision(cases, expected, extracted, "money")

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
    _recognizers.print_misses(reasons, args.show)
    _recognizers.print_unexpected(unexpected, "money", args.show)
    return _shared.gate("overall recall %", recall, args.min)


if __name__ == "__main__":
    sys.exit(main())
