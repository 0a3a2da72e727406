"""How trustworthy ``Document.check()`` is: flags, their gaps, false alarms and recall.

Two sources of stated conversions ("1 million pounds ($1.22 million)"):

* the labelled cases of ``tests/data/consistency_cases.jsonl``: made-up but realistic
  sentences, each with the restated amount and a label (consistent, inconsistent,
  unjudged for vague amounts, not_a_pair for per-share figures and alternatives),
  covering rounding on both sides, qualifiers, ranges, typos off by 10x and 1000x, stale
  and inverted rates, and rates stated in prose. Reported: every flag with its relative
  gap, the false-alarm rate (flags on pairs labelled anything but inconsistent, as a
  share of all flags; target under 5%) and the recall (labelled inconsistent pairs
  flagged);
* Reuters-21578 (``shared/benchmarks/corpus/reuters21578.jsonl.gz``, 1987): every pair
  ``Document.pairs`` finds, how many can be judged (1987 predates the ECB, so only a
  rate stated in the article itself can judge one), and every flag with its gap,
  largest first, with its text. It has no labels: read the flags.

The 6,055 rate footnotes of ``rate_footnotes.jsonl`` come without their stories, so
they hold no stated conversion to judge (``benchmarks/footnotes.py`` scores them).

    FIGURES_SHARED=/work/shared .venv/bin/python benchmarks/consistency.py [--limit N] [--show 40]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import _shared

CASES = _shared.REPO / "tests" / "data" / "consistency_cases.jsonl"
TARGET_FALSE_ALARMS = 5.0  # percent of flags


def _gap(pair: Any) -> str:
    gap = getattr(pair, "gap", None)  # None on revisions before the gap existed
    return "-" if gap is None else f"{gap * 100:,.2f}%"


def labelled(figures: Any, path: Path) -> tuple[int, int, int, int]:
    """Judge every labelled case; print the flags. (flags, false alarms, inconsistent
    labels, of them flagged)."""
    flags = false_alarms = wanted = caught = 0
    by_kind: Counter[str] = Counter()
    missed: list[str] = []
    print(f"Labelled cases: {path}")
    for case in _shared.iter_jsonl(path):
        doc = figures.read(case["text"])
        pairs = [p for p in doc.pairs if p.restated.text == case["restated"]]
        flagged = [p for p in pairs if p.consistent is False]
        label = case["label"]
        if label == "inconsistent":
            wanted += 1
            if flagged:
                caught += 1
            else:
                missed.append(f"  missed [{case['kind']}] {case['id']}: {case['text']}")
        for pair in flagged:
            flags += 1
            wrong = label != "inconsistent"
            false_alarms += wrong
            by_kind[case["kind"]] += 1
            mark = "FALSE ALARM " if wrong else ""
            print(
                f"  {mark}{_gap(pair):>10}  [{case['kind']}] {pair.original.text!r} -> "
                f"{pair.restated.text!r}  ({case['id']})"
            )
    print("\n".join(missed))
    return flags, false_alarms, wanted, caught


def corpus(figures: Any, path: Path, limit: int | None, show: int) -> None:
    """Every pair of Reuters-21578, and its flags, largest gap first."""
    articles = found = judged = 0
    flags: list[tuple[Decimal, str, str]] = []
    verdicts: list[str] = []
    for n, row in enumerate(_shared.iter_jsonl(path)):
        if limit is not None and n >= limit:
            break
        articles += 1
        body = row.get("body") or ""
        date = (row.get("date") or "")[:10] or None
        try:
            doc = figures.read(body, date=date)
        except figures.FiguresError:
            doc = figures.read(body)
        for pair in doc.pairs:
            found += 1
            judged += pair.consistent is not None
            if pair.consistent is not None:
                verdicts.append(
                    f"  {'consistent' if pair.consistent else 'FLAGGED':>10}  reuters:{row['id']}: "
                    f"{pair.original.text!r} -> {pair.restated.text!r} via {pair.path} "
                    f"(gap {_gap(pair)})"
                )
            if pair.consistent is False:
                start = max(0, pair.original.start - 60)
                context = " ".join(body[start : pair.restated.end + 40].split())
                gap = getattr(pair, "gap", None)
                gap = gap if gap is not None else Decimal(-1)
                flags.append((gap, f"reuters:{row['id']}", context))
    flags.sort(key=lambda f: -f[0])
    print(f"\nReuters-21578: {path}")
    print(f"  articles {articles:,}; stated conversions found {found:,}; judged {judged:,}")
    print("\n".join(verdicts))
    print(f"  flagged {len(flags):,}")
    for gap, ident, context in flags[: None if show < 0 else show]:
        shown = "-" if gap < 0 else f"{gap * 100:,.2f}%"
        print(f"  {shown:>10}  {ident}: {context}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    _shared.add_common_args(parser)
    parser.add_argument("--cases", type=Path, default=CASES, help="labelled cases (JSON lines)")
    parser.add_argument("--limit", type=int, default=None, help="first N Reuters articles only")
    parser.add_argument("--show", type=int, default=40, help="corpus flags listed (-1: all)")
    parser.add_argument("--no-corpus", action="store_true", help="labelled cases only")
    args = parser.parse_args(argv)
    figures = _shared.import_figures()

    flags, false_alarms, wanted, caught = labelled(figures, args.cases)
    rate = 100 * false_alarms / flags if flags else 0.0
    recall = 100 * caught / wanted if wanted else 0.0
    print(
        f"\nLabelled: {flags} flags, {false_alarms} false alarms ({rate:.1f}% of flags; "
        f"target < {TARGET_FALSE_ALARMS:.0f}%); recall {caught}/{wanted} inconsistent "
        f"pairs flagged ({recall:.1f}%)"
    )
    if not args.no_corpus:
        shared = _shared.shared_dir(args.shared)
        corpus(figures, _shared.data_file(shared, _shared.CORPUS), args.limit, args.show)
    json.dump(
        {"flags": flags, "false_alarms": false_alarms, "inconsistent": wanted, "caught": caught},
        sys.stdout,
    )
    print()
    return 0 if rate < TARGET_FALSE_ALARMS else 1


if __name__ == "__main__":
    raise SystemExit(main())
