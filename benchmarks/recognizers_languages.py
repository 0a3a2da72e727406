"""Currency, percent and number pass rates on Recognizers-Text's German, French and Spanish specs.

Data: ``shared/benchmarks/peer-suites/recognizers/<Language>/`` (MIT, read in place): for
each of German, French and Spanish, ``NumberWithUnit-CurrencyModel.json``,
``Number-PercentModel.json`` and ``Number-NumberModel.json``. Each input is read with
``figures.extract(input, locale=<code>)`` (de, fr, es).

Scoring (shared with ``recognizers_currency.py``, see ``_recognizers.py``): an expected
result is *found* when extract returns a figure of the model's kind (money / percent /
number) that overlaps the expected span (upstream ``End`` is inclusive) and has the
expected value as a ``Decimal``; where upstream printed a rounded float (15 or more
significant digits: "0,333333333333333") the figure's exact value is rounded half-even
to upstream's places first. Money must also have an accepted currency: the ISO code
when upstream gives one, else the unit name read through this script's table (a bare
"Dollar"/"Dólar" is USD, "Livre"/"Libra" GBP, "Franc" any franc; minor units such as
"Cent"/"Centavo"/"Penique" are compared in the major unit; a unit with no entry has
only its value checked). Results without a value are not scored.

The *pass rate* of a model is found / scored over all its expected results, upstream's
``NotSupported`` cases included (they are reported apart as well). An expected result
that figures matches with a wider or narrower span still passes; the share of exact
spans is printed for information. Precision (the share of reported figures of that
kind that match an expected result) is printed beside it.

Misses are grouped by cause: the judge's reason (no figure of that kind at the span, a
figure of another kind, wrong value, wrong currency) crossed with the form of the
expected text: ``words`` (no digit: "zwei Millionen", "cinq pour cent"), ``digits+words``
(a digit and a letter word: "3,2 Milliarden Euro", "10 por ciento"), ``digits+symbols``
(only digits, marks and symbols: "3 €", "100%").

Targets (issue 9): currency >= 0.90, percent >= 0.90, number >= 0.80 in each language.

    .venv/bin/python benchmarks/recognizers_languages.py [--lang de] [--model currency] [--show 5]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import _recognizers
import _shared
from _recognizers import Expected, Outcome, Tally, UnitTable

ROOT = Path("benchmarks/peer-suites/recognizers")
LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish"}


@dataclass(frozen=True)
class Model:
    """One spec file: its name, the figure kind it expects, and the pass target."""

    name: str
    spec: str
    kind: str
    target: float


MODELS = (
    Model("currency", "NumberWithUnit-CurrencyModel.json", "money", 0.90),
    Model("percent", "Number-PercentModel.json", "percent", 0.90),
    Model("number", "Number-NumberModel.json", "number", 0.80),
)

ONE = Decimal(1)
CENT = Decimal("0.01")
FRANCS = frozenset({"FRF", "CHF", "BEF", "LUF", "XOF", "XAF"})
US, GB, EU = frozenset({"USD"}), frozenset({"GBP"}), frozenset({"EUR"})

# Upstream's unit names without an ISO code, in the three languages, read as a native
# reader would: the bare dollar is the US dollar, the bare pound sterling, a bare franc
# any franc; "Cent" in these specs is a dollar cent in most inputs, a euro cent in some,
# so both are accepted. Units with no entry (Cambodian riel, Pesewa) only check the value.
UNIT_TO_ISO: UnitTable = {
    # German
    "Dollar": (US, ONE),
    "Euro": (EU, ONE),
    "United States dollar": (US, ONE),
    "Canadian dollar": (frozenset({"CAD"}), ONE),
    "British pound": (GB, ONE),
    "Pound": (GB, ONE),
    "Finnish markka": (frozenset({"FIM"}), ONE),
    "Indian rupee": (frozenset({"INR"}), ONE),
    "Rupee": (frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}), ONE),
    "Cambodian riel": (frozenset({"KHR"}), ONE),
    # French
    "Mark Finlandais": (frozenset({"FIM"}), ONE),
    "Dollar Canadien": (frozenset({"CAD"}), ONE),
    "Livre": (GB, ONE),
    "Cent": (US | EU, CENT),
    "Dollar de Hong Kong": (frozenset({"HKD"}), ONE),
    "Franc": (FRANCS, ONE),
    "Dollar États-Unis": (US, ONE),
    "Dollar Australien": (frozenset({"AUD"}), ONE),
    "Yen Japonais": (frozenset({"JPY"}), ONE),
    "Pence": (GB, CENT),
    "Penny": (GB, CENT),
    "Pesewa": (frozenset({"GHS"}), CENT),
    "Florins Néerlandais": (frozenset({"NLG"}), ONE),
    "Centimes": (FRANCS | EU, CENT),
    "Yuan Chinois": (frozenset({"CNY"}), ONE),
    "Franc Suisse": (frozenset({"CHF"}), ONE),
    "Roupie indienne": (frozenset({"INR"}), ONE),
    "Roupie": (frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}), ONE),
    # Spanish
    "Dólar": (US, ONE),
    "Marco finlandés": (frozenset({"FIM"}), ONE),
    "Dólar canadiense": (frozenset({"CAD"}), ONE),
    "Libra": (GB, ONE),
    "Centavo": (US | EU, CENT),
    "Dólar estadounidense": (US, ONE),
    "Dólar de Hong Kong": (frozenset({"HKD"}), ONE),
    "Franco": (FRANCS, ONE),
    "Dólar australiano": (frozenset({"AUD"}), ONE),
    "Yen": (frozenset({"JPY"}), ONE),
    "Penique": (GB, CENT),
    "Peseta": (frozenset({"ESP"}), ONE),
    "Florín neerlandés": (frozenset({"NLG"}), ONE),
    "Yuan chino": (frozenset({"CNY"}), ONE),
    "Franco suizo": (frozenset({"CHF"}), ONE),
}

_LETTER = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")


def form(text: str) -> str:
    """How the expected text is written: ``words``, ``digits+words`` or ``digits+symbols``.

    >>> form("zwei Millionen"), form("3,2 Mrd. €"), form("100 %")
    ('words', 'digits+words', 'digits+symbols')
    """
    if not _DIGIT.search(text):
        return "words"
    return "digits+words" if _LETTER.search(text) else "digits+symbols"


@dataclass
class Result:
    """The scores of one model in one language."""

    language: str
    model: Model
    all: Tally
    supported: Tally
    reported: int
    matched: int
    unexpected: int
    errors: int


def score(figures: object, path: Path, code: str, model: Model) -> Result:
    cases = _recognizers.load_cases(path)
    units = UNIT_TO_ISO if model.kind == "money" else None
    expected, _ = _recognizers.load_expected(cases, units)
    extracted, errors = _recognizers.run(figures, cases, locale=code)  # type: ignore[arg-type]
    every, supported = Tally(), Tally()
    for exp in expected:
        outcome = _recognizers.judge(exp, extracted.get(exp.case), errors.get(exp.case), model.kind)
        every.add(outcome)
        if not exp.not_supported:
            supported.add(outcome)
    reported, matched, unexpected = _recognizers.precision(cases, expected, extracted, model.kind)
    return Result(
        LANGUAGES[code], model, every, supported, reported, matched, len(unexpected), len(errors)
    )


def causes(misses: list[Outcome]) -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for miss in misses:
        exp: Expected = miss.expected
        groups[f"{miss.reason} / {form(exp.text)}"].append(miss)
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = _shared.scored_parser(__doc__, what="lowest pass rate", show=5)
    parser.add_argument("--lang", choices=sorted(LANGUAGES), action="append", default=None)
    parser.add_argument("--model", choices=[m.name for m in MODELS], action="append", default=None)
    args = parser.parse_args(argv)
    codes = args.lang or list(LANGUAGES)
    models = [m for m in MODELS if args.model is None or m.name in args.model]

    figures = _shared.import_figures()
    shared = _shared.shared_dir(args.shared)
    paths = {
        (code, m.name): _shared.data_file(shared, ROOT / LANGUAGES[code] / m.spec)
        for code in codes
        for m in models
    }
    _shared.print_header(
        "Recognizers-Text German / French / Spanish specs: pass rates",
        figures,
        list(paths.values()),
    )

    results = [score(figures, paths[code, m.name], code, m) for code in codes for m in models]

    print(
        f"{'language':<9} {'model':<9} {'pass':>6} {'target':>7}  found/scored  "
        f"{'supported':>9}  exact-span  precision  raised"
    )
    for r in results:
        met = "met" if r.all.rate >= r.model.target else "NOT"
        exact = _shared.share(r.all.exact, r.all.found)
        prec = _shared.share(r.matched, r.reported)
        print(
            f"{r.language:<9} {r.model.name:<9} {r.all.rate:6.2f} {r.model.target:>5.2f} "
            f"{met:<3}{r.all.found:>5}/{r.all.total:<6} {r.supported.rate:9.2f}  "
            f"{exact:9.0f}%  {prec:8.0f}%  {r.errors:>6}"
        )

    for r in results:
        groups = causes(r.all.misses)
        summary = ", ".join(
            f"{k}: {len(v)}" for k, v in sorted(groups.items(), key=lambda i: -len(i[1]))
        )
        print(f"\n== {r.language} {r.model.name}: {len(r.all.misses)} misses ({summary})")
        if args.show != 0:
            _recognizers.print_misses(groups, args.show)

    lowest = min((100 * r.all.rate for r in results), default=0.0)
    return _shared.gate("lowest pass rate %", lowest, args.min)


if __name__ == "__main__":
    sys.exit(main())
