"""How well ``figures.inline_rates.find_rates`` reads real wire rate footnotes.

Data: ``shared/benchmarks/corpus/rate_footnotes.jsonl``: 6,055 footnotes such as
"($1 = 0.8214 pounds)" from Reuters copy of 2006-2013, each with its story's date. The
file is Reuters copyright and is read in place, never copied. It has no labels, so a
parsed rate is judged against the ECB reference cross rate of the footnote's date
(``figures.ecb.ecb_rate``, at most 10 days back): it is *plausible* when it lies within
a factor of 1.5 of it, either way. A currency the ECB never fixed (TWD, AED, VND, ...)
cannot be checked; such rates are counted apart, by currency.

A footnote is a *unit conversion* when it names a unit of weight or volume
("(1 metric ton = 1.1023 tons)"); every other footnote is a *currency footnote*. A
currency footnote is *right* when it yields at least one rate, no fewer rates than it
has "=" signs, and no implausible rate.

Reported: the share of currency footnotes that yield a rate, that are complete and that
are right; implausible rates; unit conversions that (wrongly) yielded a rate; rates the
ECB cannot check, by currency; and misses grouped by surface form (every digit shown
as 9), most frequent first.

    .venv/bin/python benchmarks/footnotes.py [--data PATH] [--shared DIR] [--show 30] [--min 99]
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

import _shared

DATA = Path("benchmarks/corpus/rate_footnotes.jsonl")
TARGET = 99.0
FACTOR = Decimal("1.5")  # loose: the check catches a wrong currency, not a stale rate
MAX_AGE_DAYS = 10

# Units of weight and volume that wire copy converts in the same "(1 x = y z)" form.
UNIT_WORDS = re.compile(
    r"\b(?:tons?|tonnes?|ounces?|milliliters?|millilitres?|kg|lbs?|litres?|"
    r"liters?|gallons?|barrels?|bushels?|acres?|hectares?|miles?|km)\b",
    re.IGNORECASE,
)


def surface(footnote: str) -> str:
    """The footnote's form: every digit as 9."""
    return re.sub(r"[0-9]", "9", footnote)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    _shared.add_common_args(parser)
    parser.add_argument(
        "--data", type=Path, default=None, help=f"the footnotes file (default: <shared>/{DATA})"
    )
    parser.add_argument("--show", type=int, default=30, help="forms to list per group")
    parser.add_argument(
        "--min", type=float, default=None, help=f"exit 1 below this %% right (target {TARGET})"
    )
    args = parser.parse_args(argv)

    path = (
        args.data.resolve()
        if args.data is not None
        else _shared.data_file(_shared.shared_dir(args.shared), DATA)
    )
    if not path.is_file():
        sys.exit(f"footnotes file not found: {path}")
    figures = _shared.import_figures()
    from figures.errors import FiguresError
    from figures.inline_rates import find_rates

    ecb_rate: Callable[..., Any] | None
    try:
        from figures.ecb import ecb_rate
    except ImportError as exc:  # without the ECB module the rest is still measured
        print(f"(no ECB check: {exc})")
        ecb_rate = None

    _shared.print_header("inline rate footnotes (figures.inline_rates.find_rates)", figures, [path])
    rows = _shared.read_jsonl(path)

    parsed: list[tuple[dict[str, Any], list[Any]]] = []
    started = time.perf_counter()
    for row in rows:
        parsed.append((row, find_rates(row["footnote"])))
    elapsed = time.perf_counter() - started

    currency_total = yielded = complete = right = 0
    checked = plausible = 0
    misses: Counter[str] = Counter()
    incomplete: Counter[str] = Counter()
    implausible: Counter[str] = Counter()
    implausible_example: dict[str, str] = {}
    unchecked: Counter[str] = Counter()
    unit_total = 0
    unit_wrong: list[str] = []
    for row, rates in parsed:
        note = row["footnote"]
        if UNIT_WORDS.search(note):
            unit_total += 1
            if rates:
                unit_wrong.append(f"{note} -> {', '.join(str(r) for r in rates)}")
            continue
        currency_total += 1
        if not rates:
            misses[surface(note)] += 1
            continue
        yielded += 1
        is_complete = len(rates) >= note.count("=")
        complete += is_complete
        if not is_complete:
            incomplete[surface(note)] += 1
        all_plausible = True
        day = datetime.date.fromisoformat(row["date"])
        for rate in rates:
            if ecb_rate is None:
                continue
            try:
                reference = ecb_rate(rate.base, rate.quote, day, max_age_days=MAX_AGE_DAYS)
            except FiguresError:
                for code in (rate.base, rate.quote):
                    if code not in ("EUR", "USD"):
                        unchecked[code] += 1
                continue
            checked += 1
            with localcontext() as ctx:
                ctx.prec = 28
                ratio = rate.rate / reference.apply(Decimal(1))
            if 1 / FACTOR <= ratio <= FACTOR:
                plausible += 1
            else:
                all_plausible = False
                form = f"{surface(note)}  [{rate.base}->{rate.quote}]"
                implausible[form] += 1
                implausible_example[form] = (
                    f"{note} on {day}: {rate.rate} vs ECB {reference.apply(Decimal(1)):.6g}"
                )
        right += is_complete and all_plausible

    print(f"footnotes            : {len(rows)} in {elapsed:.3f} s")
    print(f"currency footnotes   : {currency_total}")
    print(f"  yield >= 1 rate    : {_shared.percent(yielded, currency_total)}")
    print(f"  complete (#rates >= #'=') : {_shared.percent(complete, currency_total)}")
    print(f"  rates checked by ECB, plausible (x{FACTOR}) : {_shared.percent(plausible, checked)}")
    print(
        f"  RIGHT (yield, complete, no implausible rate) : "
        f"{_shared.percent(right, currency_total)}   target >= {TARGET}%"
    )
    print(f"unit conversions     : {unit_total}, wrongly yielding a rate: {len(unit_wrong)}")
    for line in unit_wrong[: args.show]:
        print(f"    {line}")

    def listing(title: str, counts: Counter[str], examples: dict[str, str] | None = None) -> None:
        print(f"\n{title}: {sum(counts.values())} in {len(counts)} forms")
        for form, count in counts.most_common(args.show):
            extra = f"   e.g. {examples[form]}" if examples and form in examples else ""
            print(f"  {count:5d}  {form}{extra}")

    listing("misses (no rate), by form", misses)
    listing("incomplete (fewer rates than '='), by form", incomplete)
    listing("implausible rates, by form", implausible, implausible_example)
    by_code: defaultdict[str, int] = defaultdict(int)
    for code, count in unchecked.items():
        by_code[code] += count
    print(
        "\nrates the ECB cannot check, by currency: "
        + (", ".join(f"{c} {n}" for c, n in sorted(by_code.items(), key=lambda x: -x[1])) or "none")
    )
    return _shared.gate("right %", _shared.share(right, currency_total), args.min)


if __name__ == "__main__":
    sys.exit(main())
