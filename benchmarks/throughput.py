"""Throughput and robustness of figures on real news text (Reuters-21578).

Data: ``shared/benchmarks/corpus/reuters21578.jsonl.gz`` (Reuters Ltd copyright, research
use only: read in place, never copied into the repository). 19,779 articles, 16.2 M
characters of 1987 wire copy ("50 mln dlrs", "5.5 pct", "10 mln stg").

1. Speed: ``figures.extract`` over the bodies of the first ``--limit`` articles (1,000),
   best of ``--runs`` (3) after a warm-up pass, on one core, in MB of UTF-8 per second;
   beside it, in the same run, a bare ``re.finditer(r"\\d+")`` scan and a crude money
   regex over the same texts, and the ratios. Cold start (import and first call) is
   measured in a fresh interpreter.
2. Robustness: ``figures.read(body, date=...)`` over every article (``--read-limit``
   caps it, ``--skip-all`` skips it): exceptions (there must be none), span laws
   (``0 <= start < end <= len(body)``, ``body[start:end] == text``, in order, no
   overlap), figures by kind, the top currencies, inline rates found.
3. Memory: tracemalloc peak of ``read()`` per article over a sample of ``--memory-sample``
   articles spread over the corpus.

    .venv/bin/python benchmarks/throughput.py [--limit 1000] [--skip-all] [--min MB/s]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import inspect
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import _shared

DIGITS = re.compile(r"\d+")
# A deliberately crude money pattern: a currency sign before a number, or a number with
# an optional scale word before a wire-style currency word. No words, ranges or rates.
MONEY = re.compile(
    r"[$£¥€]\s?\d[\d,.]*"
    r"|\d[\d,.]*\s(?:(?:mln|bln|million|billion)\s)?(?:dlrs|dollars|stg|pounds|yen|marks)\b"
)
# Run in a fresh interpreter, once untraced (times) and once traced (memory), since
# tracemalloc slows imports several times over.
COLD_START = """
import sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "trace":
    tracemalloc.start()
t0 = time.perf_counter()
import figures
t1 = time.perf_counter()
figures.extract("It paid 50 mln dlrs, up 5.5 pct, and 1 million pounds ($1.22 million).")
t2 = time.perf_counter()
figures.extract("Output was 1.5 million barrels per day, or 10 km of pipe.")
t3 = time.perf_counter()
ms = [(t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3]
print(*ms, tracemalloc.get_traced_memory()[1] / 2**20)
"""


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timed calls, in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def scan_all(pattern: re.Pattern[str], texts: Sequence[str]) -> int:
    count = 0
    for text in texts:
        for _ in pattern.finditer(text):
            count += 1
    return count


def extract_all(extract: Callable[[str], Any], texts: Sequence[str]) -> int:
    return sum(len(extract(text)) for text in texts)


def cold_start() -> str:
    """Import time, first-call time and traced memory in a fresh interpreter."""
    measured: list[list[float]] = []
    for mode in ("time", "trace"):
        try:
            out = subprocess.run(
                [sys.executable, "-c", COLD_START, str(_shared.REPO / "src"), mode],
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
            measured.append([float(x) for x in out.stdout.split()])
        except (subprocess.SubprocessError, ValueError) as exc:
            return f"could not measure ({type(exc).__name__})"
    (import_ms, money_ms, units_ms, _), (*_, mib) = measured
    return (
        f"import {import_ms:.0f} ms, first extract() {money_ms:.0f} ms, first one with "
        f"units {units_ms:.0f} ms, {mib:.1f} MiB traced at peak"
    )


def article_date(row: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(row.get("date", ""))[:10])
    except ValueError:
        return None


def speed(figures: Any, texts: list[str], runs: int) -> float:
    """Print the timing section; return figures.extract's MB/s."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"timing sample: {len(texts)} articles, {megabytes:.2f} MB UTF-8, best of {runs}")
    print(f"cold start (fresh interpreter): {cold_start()}")
    warm = time.perf_counter()
    count = extract_all(figures.extract, texts)  # warm-up: lexicons and caches load here
    print(f"warm-up pass: {time.perf_counter() - warm:.2f} s, {count} figures")
    for text in texts:
        figures.read(text)  # warm-up of what read() adds (rate statements, datelines)
    # interleaved, so that a disturbance of the shared machine hits every row alike
    best: dict[str, float] = {}
    work: dict[str, Callable[[], object]] = {
        "figures.extract": lambda: extract_all(figures.extract, texts),
        "figures.read": lambda: [figures.read(text) for text in texts],
        r're.finditer(r"\d+")': lambda: scan_all(DIGITS, texts),
        "crude money regex": lambda: scan_all(MONEY, texts),
    }
    for _ in range(runs):
        for name, run in work.items():
            best[name] = min(best.get(name, float("inf")), best_of(1, run))
    ours, floor = best["figures.extract"], best[r're.finditer(r"\d+")']
    for name, seconds in best.items():
        print(
            f"  {name:<22} {seconds:8.3f} s  {megabytes / seconds:8.2f} MB/s"
            f"  extract is {ours / seconds:6.1f}x this"
        )
    print(
        f"  matches: \\d+ {scan_all(DIGITS, texts)}, crude money {scan_all(MONEY, texts)}, "
        f"figures {count}"
    )
    print(
        f"  ratios to the bare digit scan (issue 13 targets): extract {ours / floor:.1f}x "
        f"(8x), read {best['figures.read'] / floor:.1f}x (11x)"
    )
    return megabytes / ours


def profile(figures: Any, texts: list[str], top: int) -> None:
    """The ``top`` functions of one extract() pass over ``texts`` by own time (cProfile:
    it slows Python code several times over, so read it for shares, not speed)."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(extract_all, figures.extract, texts)
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\nprofile of extract() over the sample: the top {top} by own time")
    print(f"  {'own %':>6} {'own s':>7} {'calls':>8}  function")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]  # type: ignore[attr-defined]
    for (path, line, name), (_, calls, own, _cum, _) in rows:
        where = f"{path.split('/src/')[-1]}:{line}" if path != "~" else "built-in"
        print(f"  {100 * own / total:6.1f} {own:7.3f} {calls:8d}  {name} ({where})")


def robustness(figures: Any, rows: list[dict[str, Any]]) -> int:
    """Run read() over the articles; print findings; return how many laws were broken."""
    read = getattr(figures, "read", None)
    if read is None:
        print("figures.read is not there yet: checking figures.extract instead")
    takes_date = read is not None and "date" in inspect.signature(read).parameters

    def run(row: dict[str, Any]) -> tuple[list[Any], int]:
        body = row["body"]
        if read is None:
            return list(figures.extract(body)), 0
        doc = read(body, date=article_date(row)) if takes_date else read(body)
        return list(doc.figures), len(getattr(doc, "rates", ()) or ())

    errors: list[tuple[Any, str]] = []
    bad_spans: list[tuple[Any, str]] = []
    kinds: Counter[str] = Counter()
    currencies: Counter[str] = Counter()
    qualifiers: Counter[str] = Counter()
    ranges = rates = 0
    chars = 0
    start = time.perf_counter()
    for row in rows:
        body = row["body"]
        chars += len(body.encode("utf-8"))
        try:
            figs, found_rates = run(row)
        except Exception as exc:  # every exception is a finding: count it and go on
            errors.append((row["id"], f"{type(exc).__name__}: {exc}"))
            continue
        rates += found_rates
        bad_spans.extend((row["id"], p) for p in _shared.span_problems(body, figs))
        for fig in figs:
            kind = str(getattr(fig.kind, "value", fig.kind))
            kinds[kind] += 1
            if fig.currency:
                currencies[fig.currency] += 1
            if fig.qualifier is not None:
                qualifiers[str(getattr(fig.qualifier, "value", fig.qualifier))] += 1
            ranges += fig.value is None and fig.low is not None and fig.high is not None
    elapsed = time.perf_counter() - start
    name = "read()" if read is not None else "extract()"
    print(
        f"\n{name} over {len(rows)} articles ({chars / 1e6:.2f} MB): {elapsed:.1f} s, "
        f"{chars / 1e6 / elapsed:.2f} MB/s" + (", with the article date" if takes_date else "")
    )
    print(f"  exceptions: {len(errors)} (must be 0)")
    for article, message in errors[:5]:
        print(f"    article {article}: {_shared.clip(message, 110)}")
    print(f"  span problems: {len(bad_spans)} (must be 0)")
    for article, problem in bad_spans[:5]:
        print(f"    article {article}: {_shared.clip(problem, 110)}")
    total = sum(kinds.values())
    print(
        f"  figures: {total} ({total / max(1, len(rows)):.1f} per article), "
        f"ranges {ranges}, qualified {dict(qualifiers)}, inline rates {rates}"
    )
    for kind, n in kinds.most_common():
        print(f"    {kind:<9} {n:8d}  {100 * n / total:5.1f}%")
    print("  top currencies: " + ", ".join(f"{c} {n}" for c, n in currencies.most_common(20)))
    return len(errors) + len(bad_spans)


def memory(figures: Any, rows: list[dict[str, Any]], sample: int) -> None:
    """tracemalloc peak of one read() (or extract()) per article, over a spread sample."""
    if sample <= 0 or not rows:
        return
    step = max(1, len(rows) // sample)
    picked = rows[::step][:sample]
    call = getattr(figures, "read", None) or figures.extract
    tracemalloc.start()
    worst = (0, None, 0)
    ratios: list[float] = []
    for row in picked:
        body = row["body"]
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        try:
            result = call(body)
        except Exception:
            continue  # exceptions are counted by the robustness pass
        peak = tracemalloc.get_traced_memory()[1] - base
        del result
        size = max(1, len(body.encode("utf-8")))
        ratios.append(peak / size)
        if peak > worst[0]:
            worst = (peak, row["id"], size)
    tracemalloc.stop()
    ratios.sort()
    median = ratios[len(ratios) // 2] if ratios else 0.0
    print(f"\nmemory (tracemalloc, {len(picked)} articles spread over the corpus):")
    print(
        f"  largest peak of one call: {worst[0] / 2**20:.2f} MiB "
        f"(article {worst[1]}, {worst[2] / 1e3:.1f} kB of text)"
    )
    print(
        f"  peak bytes per input byte: median {median:.0f}, max {ratios[-1] if ratios else 0:.0f}"
    )


def _peer_extractors() -> dict[str, Callable[[str], Any]]:
    """The peers that are installed (``pip install -e '.[bench]'``), as text -> result."""
    peers: dict[str, Callable[[str], Any]] = {}
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum

        peers["quantulum3 parse"] = quantulum.parse
    except Exception as err:  # an absent or broken peer is reported, not fatal
        print(f"  (quantulum3 not measured: {type(err).__name__}: {err})")
    try:
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        model = NumberWithUnitRecognizer(Culture.English).get_currency_model()
        peers["Recognizers-Text currency"] = model.parse
    except Exception as err:
        print(f"  (Recognizers-Text not measured: {type(err).__name__}: {err})")
    return peers


def _run_all(run: Callable[[str], object], texts: list[str]) -> list[object]:
    return [run(t) for t in texts]


def peers(figures: Any, texts: list[str]) -> None:
    """Peers' speed on the same articles, in the same run, as ratios to figures."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\npeers on the first {len(texts)} articles ({megabytes:.3f} MB), one run each:")
    found = _peer_extractors()
    if not found:
        print("  no peer installed: pip install -e '.[bench]'")
        return
    ours = best_of(1, lambda: extract_all(figures.extract, texts))
    print(f"  {'figures.extract':28} {ours:8.3f} s {megabytes / ours:8.3f} MB/s")
    for name, run in found.items():
        took = best_of(1, functools.partial(_run_all, run, texts))
        print(
            f"  {name:28} {took:8.3f} s {megabytes / took:8.3f} MB/s"
            f"   figures is {took / ours:7.1f}x faster"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _shared.add_common_args(parser)
    parser.add_argument("--limit", type=int, default=1000, help="articles timed (1000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs, best kept (3)")
    parser.add_argument("--skip-all", action="store_true", help="skip the read() pass")
    parser.add_argument("--read-limit", type=int, default=None, help="cap the read() pass")
    parser.add_argument("--memory-sample", type=int, default=200, help="articles traced (200)")
    parser.add_argument("--min", type=float, default=None, help="fail below this MB/s")
    parser.add_argument(
        "--peers", type=int, default=100, help="articles the installed peers run on (100; 0: none)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on any exception or span problem"
    )
    parser.add_argument(
        "--profile", type=int, default=0, help="print the top N functions of extract() (0: no)"
    )
    args = parser.parse_args(argv)

    figures = _shared.import_figures()
    path = _shared.data_file(_shared.shared_dir(args.shared), _shared.CORPUS)
    _shared.print_header("Reuters-21578: throughput, robustness, memory", figures, [path])
    print(f"cpu: {_shared.pin_to_one_core()}; os.cpu_count() = {os.cpu_count()}")

    rows = _shared.read_jsonl(path)
    mbps = speed(figures, [r["body"] for r in rows[: args.limit]], args.runs)
    if args.profile:
        profile(figures, [r["body"] for r in rows[: args.limit]], args.profile)
    if args.peers:
        peers(figures, [r["body"] for r in rows[: args.peers]])
    broken = 0
    if not args.skip_all:
        broken = robustness(figures, rows[: args.read_limit])
    memory(figures, rows, args.memory_sample)
    if broken:
        print(f"\n{broken} robustness finding(s): see above")
    summary = {"extract_mb_per_s": round(mbps, 3), "robustness_findings": broken}
    print(f"\nsummary: {json.dumps(summary)}")
    status = _shared.gate("figures.extract MB/s", mbps, args.min)
    if args.strict and broken:
        print(f"gate: {broken} robustness finding(s), required 0: FAIL")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
