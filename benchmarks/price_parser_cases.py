"""Amounts found in price-parser's test strings, by figures and by price-parser itself.

Data: ``shared/benchmarks/peer-suites/price-parser/cases.jsonl`` (BSD-3-Clause, read in
place): 1,191 real e-commerce price strings in many locales ("1.299,00 €",
"1 299,00 руб", "$1,299.00", "Rs. 1,499") with the amount and the currency as written.

A case with an expected amount is *found* when some figure that ``figures.extract(text)``
returns (money or number) has ``value == amount`` as Decimals (or, for a range, whose
low end is the amount: price-parser reads a range's first amount). Where the case forces a
decimal separator it is passed to extract() if extract() takes such an option; otherwise
the case is run as is and counted in a line of its own. The peer, price-parser's
``Price.fromstring(text, currency_hint=..., decimal_separator=...)``, runs on the same
cases in the same run. Upstream's 134 ``xfail`` cases (price-parser fails them) are
reported apart from the rest.

Currency agreement: where the expected currency is given, the figure that carries the
amount must be MONEY with an ISO code that the written currency can mean. The written
form is looked up in CLDR through babel (symbols, names and plural names of every
locale), figures' own lexicon data when present, and a short alias table (below). Written
forms none of these know are not scored.

    .venv/bin/python benchmarks/price_parser_cases.py [--min 95] [--show 25]
"""

from __future__ import annotations

import inspect
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import _shared

SUITE = Path("benchmarks/peer-suites/price-parser/cases.jsonl")
TARGET = 95.0
# Keyword names an extract() option forcing the decimal mark might have.
SEPARATOR_OPTIONS = ("decimal_separator", "decimal_mark", "decimal")

# Shop spellings CLDR does not list (abbreviations with or without the final dot are
# both tried, so "руб." and "руб" share an entry). Each maps to every currency a reader
# could mean by it.
ALIASES: dict[str, frozenset[str]] = {
    "руб": frozenset({"RUB", "RUR", "BYN", "BYR"}),
    "р": frozenset({"RUB", "RUR", "BYN", "BYR"}),
    "грн": frozenset({"UAH"}),
    "hrn": frozenset({"UAH"}),
    "lei": frozenset({"RON", "MDL"}),
    "tl": frozenset({"TRY"}),
    "kd": frozenset({"KWD"}),
    "лв": frozenset({"BGN"}),
    "تومان": frozenset({"IRR"}),
    "stg": frozenset({"GBP"}),
    "pound": frozenset({"GBP", "EGP", "SYP", "LBP", "SDG", "SSP"}),
    "franc": frozenset({"CHF", "FRF", "XOF", "XAF", "BEF", "LUF"}),
    "sfr": frozenset({"CHF"}),
    "btc": frozenset({"XBT", "BTC"}),
}


@dataclass(frozen=True)
class Case:
    """One row of cases.jsonl, with the amount as a Decimal."""

    text: str
    amount: Decimal | None
    currency: str | None
    hint: str | None
    separator: str | None
    group: str
    xfail: bool
    note: str | None
    line: int


def load_cases(path: Path) -> list[Case]:
    return [
        Case(
            text=row["text"],
            amount=_shared.to_decimal(row["amount"]),
            currency=row["currency"],
            hint=row["currency_hint"],
            separator=row["decimal_separator"],
            group=row["group"],
            xfail=bool(row["xfail"]),
            note=row.get("note"),
            line=row["line"],
        )
        for row in _shared.iter_jsonl(path)
    ]


def _key(written: str) -> str:
    """A written currency folded for lookup: case, inner spaces and a final dot ignored."""
    return "".join(written.split()).casefold().rstrip(".")


def currency_readings(figures_file: str) -> dict[str, frozenset[str]]:
    """Written currency (folded) -> every ISO code it can mean, from CLDR and figures."""
    from babel import Locale, localedata
    from babel.numbers import list_currencies

    readings: dict[str, set[str]] = defaultdict(set)
    for code in list_currencies():
        readings[_key(code)].add(code)
    for identifier in localedata.locale_identifiers():
        try:
            loc = Locale.parse(identifier)
        except (ValueError, LookupError):
            continue
        for code, symbol in loc.currency_symbols.items():
            readings[_key(symbol)].add(code)
        for code, name in loc.currencies.items():
            readings[_key(name)].add(code)
        # babel exposes plural names only through the locale data mapping.
        for code, forms in loc._data.get("currency_names_plural", {}).items():
            for form in forms.values():
                readings[_key(form)].add(code)
    lexicon = Path(figures_file).parent / "lexicon" / "cldr_currencies.json"
    if lexicon.is_file():
        # figures' generated lexicon: {"symbols": {sym: {"codes": [...]}}, "names": {...}}.
        # Its layout is figures' business, so anything unexpected is skipped, not fatal.
        try:
            data = json.loads(lexicon.read_text(encoding="utf-8"))
            for symbol, entry in data.get("symbols", {}).items():
                codes = entry.get("codes", []) if isinstance(entry, dict) else entry
                codes = [codes] if isinstance(codes, str) else codes
                readings[_key(symbol)].update(c for c in codes if isinstance(c, str))
            for name, codes in data.get("names", {}).items():
                codes = [codes] if isinstance(codes, str) else codes
                readings[_key(name)].update(c for c in codes if isinstance(c, str))
        except (ValueError, AttributeError, TypeError):
            pass
    for alias, codes in ALIASES.items():
        readings[_key(alias)].update(codes)
    return {key: frozenset(codes) for key, codes in readings.items()}


def readings_for(case: Case, table: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The ISO codes the case's written currency can mean, or None if unknown."""
    if not case.currency:
        return None
    codes = table.get(_key(case.currency))
    if codes:
        return codes
    # Upstream notes often name the currency in English ("Kenyan shilling").
    if case.note:
        return table.get(_key(case.note))
    return None


@dataclass
class Result:
    """What figures and price-parser made of one case."""

    case: Case
    ours: bool
    peer: bool
    figure: Any = None
    got: str = ""
    currency: str = ""  # "agree", "disagree", "no currency", "unmapped", or ""
    peer_currency: bool = False
    separator_passed: bool = False


def run_case(
    case: Case,
    extract: Any,
    separator_option: str | None,
    table: dict[str, frozenset[str]],
) -> Result:
    from price_parser import Price

    kwargs: dict[str, Any] = {}
    if case.separator and separator_option:
        kwargs[separator_option] = case.separator
    try:
        figs = list(extract(case.text, **kwargs))
        got = "; ".join(_shared.describe(f) for f in figs) or "nothing"
    except Exception as exc:  # a crash is a finding to report, not a reason to stop
        figs, got = [], f"raised {type(exc).__name__}: {exc}"
    # price-parser reads the first amount of a string; for a range ("£6.95 - £9.95")
    # that is the range's low end, which figures reports as ``low``
    hit = next(
        (
            f
            for f in figs
            if _shared.same_number(f.value, case.amount)
            or (f.value is None and _shared.same_number(f.low, case.amount))
        ),
        None,
    )
    price = Price.fromstring(case.text, currency_hint=case.hint, decimal_separator=case.separator)
    result = Result(
        case=case,
        ours=hit is not None,
        peer=_shared.same_number(price.amount, case.amount),
        figure=hit,
        got=got,
        peer_currency=price.currency == case.currency,
        separator_passed=bool(kwargs),
    )
    if hit is not None and case.currency:
        codes = readings_for(case, table)
        if codes is None:
            result.currency = "unmapped"
        elif str(getattr(hit.kind, "value", hit.kind)) != "money" or not hit.currency:
            result.currency = "no currency"
        else:
            result.currency = "agree" if hit.currency in codes else "disagree"
    return result


def report_slice(name: str, results: list[Result], width: int = 26) -> tuple[float, float]:
    """Print one line of amount shares for a slice; return (ours %, peer %)."""
    ours = sum(r.ours for r in results)
    peer = sum(r.peer for r in results)
    ratio = f"{ours / peer:.2f}" if peer else "n/a"
    print(
        f"  {name:<{width}} figures {_shared.percent(ours, len(results))}   "
        f"price-parser {_shared.percent(peer, len(results))}   ratio {ratio}"
    )
    return _shared.share(ours, len(results)), _shared.share(peer, len(results))


def main(argv: list[str] | None = None) -> int:
    parser = _shared.scored_parser(__doc__, what="share", show=25)
    args = parser.parse_args(argv)

    figures = _shared.import_figures()
    path = _shared.data_file(_shared.shared_dir(args.shared), SUITE)
    _shared.print_header("price-parser test strings: amounts found", figures, [path])

    from importlib.metadata import PackageNotFoundError, version

    cases = load_cases(path)
    parameters = inspect.signature(figures.extract).parameters
    separator_option = next((n for n in SEPARATOR_OPTIONS if n in parameters), None)
    table = currency_readings(str(figures.__file__))
    scored = [c for c in cases if c.amount is not None]
    results = [run_case(c, figures.extract, separator_option, table) for c in scored]

    try:
        peer_version = version("price-parser")
    except PackageNotFoundError:
        peer_version = "?"
    print(f"peer    : price-parser {peer_version}")
    print(
        f"cases {len(cases)}; with an expected amount {len(scored)}; "
        f"upstream xfail among them {sum(c.xfail for c in scored)}"
    )
    forced = [r for r in results if r.case.separator]
    if separator_option:
        print(
            f"decimal separator: passed to extract() as {separator_option}= "
            f"in {len(forced)} case(s)"
        )
    else:
        print(
            f"decimal separator: extract() takes no such option; {len(forced)} case(s) "
            "that force one ran without it"
        )
    print("\nshare of cases whose amount is found (figures: some figure has value == amount):")
    main_results = [r for r in results if not r.case.xfail]
    ours_main, _ = report_slice("not xfail (headline)", main_results)
    report_slice("upstream xfail", [r for r in results if r.case.xfail])
    report_slice("all", results)
    report_slice("forced decimal separator", forced)
    strict = [r for r in main_results if r.case.currency]
    strict_money = sum(
        r.ours and str(getattr(r.figure.kind, "value", r.figure.kind)) == "money" for r in strict
    )
    print(
        f"  {'as MONEY, currency written':<26} figures {_shared.percent(strict_money, len(strict))}"
        "   (not xfail, the amount is a money figure)"
    )
    print(f"target >= {TARGET:g}% (not xfail): {'MET' if ours_main >= TARGET else 'NOT MET'}")

    print("\nby group (not xfail and xfail):")
    by_group: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_group[r.case.group].append(r)
    for group, members in sorted(by_group.items(), key=lambda item: -len(item[1])):
        report_slice(group, members, width=52)

    print("\ncurrency agreement where the currency is written and the amount was found:")
    for label, subset in (
        ("not xfail", [r for r in main_results if r.currency]),
        ("xfail", [r for r in results if r.case.xfail and r.currency]),
    ):
        states = Counter(r.currency for r in subset)
        scored_n = len(subset) - states["unmapped"]
        print(
            f"  {label:<10} figures agree {_shared.percent(states['agree'], scored_n)}  "
            f"{dict(states)}"
        )
    with_currency = [r for r in main_results if r.case.currency]
    peer_agree = sum(r.peer_currency for r in with_currency)
    print(
        f"  price-parser currency == written (not xfail): "
        f"{_shared.percent(peer_agree, len(with_currency))}"
    )
    disagreeing = [r for r in results if r.currency == "disagree"]
    if disagreeing:
        print("  currency disagreements:")
        for r in disagreeing if args.show < 0 else disagreeing[: args.show]:
            codes = readings_for(r.case, table) or frozenset()
            print(
                f"    {_shared.clip(r.case.text, 50)!r}: written {r.case.currency!r} "
                f"(= {'/'.join(sorted(codes)[:6])}), got {r.figure.currency}"
            )

    print("\nmisses (figures) by group:")
    for group, members in sorted(by_group.items(), key=lambda item: -len(item[1])):
        misses = [r for r in members if not r.ours]
        if not misses:
            continue
        print(
            f"\n-- {group} ({len(misses)} of {len(members)} missed; "
            f"price-parser found {sum(r.peer for r in misses)} of these)"
        )
        for r in misses if args.show < 0 else misses[: args.show]:
            sep = f" sep={r.case.separator!r}" if r.case.separator else ""
            print(
                f"  line {r.case.line}: {_shared.clip(r.case.text, 60)!r} want {r.case.amount} "
                f"{r.case.currency or ''}{sep}"
            )
            print(f"      got: {_shared.clip(r.got, 110)}")
        if args.show >= 0 and len(misses) > args.show:
            print(f"  ... {len(misses) - args.show} more (--show -1 lists all)")
    return _shared.gate("share found, not xfail %", ours_main, args.min)


if __name__ == "__main__":
    sys.exit(main())
