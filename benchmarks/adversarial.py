"""Time and memory of figures.extract on adversarial inputs, against plain prose.

Each input is built at ``--sizes`` (0.25, 0.5 and 1 MB of UTF-8 by default): runs of
"1,1,1,", "$$$$", "((((", one unbroken digit run, 100,000 spaces then a digit, "($1=",
"1-1-1-", "one one one", digits from other scripts, a seeded mix of money-like tokens,
and more. Plain prose comes from the Reuters corpus in the shared folder (research use
only, read in place), or is synthetic with ``--synthetic-prose``.

For each input and size, a forked child process (so a runaway case can be stopped at
``--timeout`` seconds) times ``extract()`` (best of ``--runs``), then runs it again under
tracemalloc for the peak. Reported: seconds per MB at the largest size and the ratio to
prose (how much slower than ordinary text), the growth of time and of peak memory from
one size to the next (2.0 per doubling is linear, 4.0 quadratic), the figures found, and
any exception or broken span.

    .venv/bin/python benchmarks/adversarial.py [--sizes 0.25 0.5 1] [--max-ratio 10]
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing as mp
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _shared

MB = 1_000_000
SYNTHETIC_PROSE = (
    "The company said net profit rose to 50 mln dlrs, or 1.22 dlrs a share, from 41.5 mln "
    "dlrs a year earlier, on sales up 12.5 pct at 1.3 billion dollars. It paid about "
    "72,000 workers and expects between five and six mln stg in charges next year. "
)
MIXED_TOKENS = [
    "$",
    "US$",
    "£",
    "€",
    "¥",
    "1",
    "22",
    "000",
    ",",
    ".",
    "-",
    "/",
    "%",
    "=",
    "(",
    ")",
    " ",
    " ",
    " ",
    "\n",
    "million",
    "mln",
    "bn",
    "k",
    "pct",
    "percent",
    "dlrs",
    "stg",
    "pounds",
    "one",
    "hundred",
    "and",
    "a",
    "half",
    "dozen",
    "between",
    "to",
    "more than",
    "about",
    "of",
    "thousands",
    "١٢",
    "४५",
    "１２",
    "1987",
    "March",
    "10:30",
    "G7",
    "x",
]


def repeat(unit: str) -> Callable[[int], str]:
    """A builder repeating ``unit`` to exactly ``size`` bytes of UTF-8 (whole characters)."""

    def build(size: int) -> str:
        text = unit * (size // len(unit.encode("utf-8")) + 1)
        return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")

    return build


def mixed(size: int) -> str:
    """Money-like tokens in a seeded random order: the same text on every run."""
    rng = random.Random(20240601)
    parts: list[str] = []
    total = 0
    while total < size:
        token = rng.choice(MIXED_TOKENS)
        parts.append(token)
        total += len(token.encode("utf-8"))
    return "".join(parts)


INPUTS: dict[str, Callable[[int], str]] = {
    "1,1,1,": repeat("1,"),
    "$$$$": repeat("$"),
    "((((": repeat("("),
    "one digit run": repeat("1234567890"),
    "digits spaced 1 1 1": repeat("1 "),
    "dotted 1.1.1.": repeat("1."),
    "100k spaces, digit": repeat(" " * 100_000 + "1"),
    "($1=": repeat("($1="),
    "1-1-1-": repeat("1-"),
    "one one one": repeat("one "),
    "million million": repeat("million "),
    "between $1 and": repeat("between $1 and "),
    "more than about": repeat("more than about "),
    "unicode digits": repeat("١٢٣٤٥٦٧٨٩٠ ४५६ １２３ "),
    "mixed tokens": mixed,
}


@dataclass
class Measure:
    """One input at one size."""

    seconds: float | None = None
    peak: int | None = None
    figures: int = 0
    problem: str = ""


def prose_builder(shared: Path | None, synthetic: bool) -> tuple[Callable[[int], str], str]:
    """Plain prose of a given size: Reuters bodies in corpus order, or a synthetic text."""
    if not synthetic:
        path = _shared.shared_dir(shared) / _shared.CORPUS
        if path.is_file():
            bodies: list[str] = []
            total = 0
            for row in _shared.iter_jsonl(path):
                bodies.append(row["body"])
                total += len(row["body"].encode("utf-8")) + 2
                if total > 4 * MB:  # enough for any size asked
                    break
            corpus = "\n\n".join(bodies)

            def from_corpus(size: int) -> str:
                return corpus.encode("utf-8")[:size].decode("utf-8", errors="ignore")

            return from_corpus, f"Reuters-21578 bodies from {path}"
    return repeat(SYNTHETIC_PROSE), "synthetic (a three-sentence paragraph repeated)"


def measure(extract: Any, text: str, runs: int, trace: bool, conn: Any) -> None:
    """In the child: time extract() and send a Measure; then send its traced peak."""
    result = Measure()
    try:
        best = float("inf")
        figs: list[Any] = []
        for _ in range(runs):
            start = time.perf_counter()
            figs = list(extract(text))
            best = min(best, time.perf_counter() - start)
        result.seconds = best
        result.figures = len(figs)
        problems = _shared.span_problems(text, figs)
        if problems:
            result.problem = f"{len(problems)} span problem(s): {problems[0][:80]}"
        del figs
    except Exception as exc:  # extract() must never raise: report what it raised
        result.problem = f"raised {type(exc).__name__}: {str(exc)[:80]}"
        trace = False
    conn.send(result)  # sent before tracing, so a slow traced run cannot lose the timing
    if trace:
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        extract(text)
        conn.send(tracemalloc.get_traced_memory()[1] - base)
        tracemalloc.stop()
    conn.close()


def run_one(extract: Any, text: str, runs: int, trace: bool, timeout: float) -> Measure:
    """Measure in a forked child, stopped after ``timeout`` seconds per phase."""
    try:
        ctx = mp.get_context("fork")
    except ValueError:  # no fork (Windows): measure in this process, without a timeout
        receiver, sender = mp.Pipe(duplex=False)
        measure(extract, text, runs, trace, sender)
        result: Measure = receiver.recv()
        if trace and result.seconds is not None:
            result.peak = receiver.recv()
        return result
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=measure, args=(extract, text, runs, trace, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            return Measure(problem=f"TIMEOUT after {timeout:g} s")
        result = receiver.recv()
        if trace and result.seconds is not None:
            if receiver.poll(timeout):
                result.peak = receiver.recv()
            else:
                result.problem = f"traced run TIMEOUT after {timeout:g} s"
        return result
    except EOFError:
        return Measure(problem=f"child died (exit code {child.exitcode})")
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def growth(before: float | None, after: float | None) -> str:
    """``after / before`` in a 5-wide column, or n/a."""
    return f"{after / before:5.2f}" if after is not None and before else "  n/a"


def number(value: float | None, width: int, places: int) -> str:
    """A right-aligned number, or n/a."""
    return f"{value:{width}.{places}f}" if value is not None else f"{'n/a':>{width}}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _shared.add_common_args(parser)
    parser.add_argument(
        "--sizes",
        type=float,
        nargs="+",
        default=[0.25, 0.5, 1.0],
        help="input sizes in MB, ascending (0.25 0.5 1)",
    )
    parser.add_argument("--runs", type=int, default=1, help="timed runs per size, best kept")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--only", nargs="+", default=None, help="run only these inputs")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip tracemalloc (about halves the run time)"
    )
    parser.add_argument("--synthetic-prose", action="store_true", help="do not read the corpus")
    parser.add_argument(
        "--max-ratio",
        type=float,
        default=None,
        help="fail if any input is this many times slower per MB than prose",
    )
    args = parser.parse_args(argv)

    figures = _shared.import_figures()
    build_prose, prose_source = prose_builder(args.shared, args.synthetic_prose)
    corpus = _shared.shared_dir(args.shared) / _shared.CORPUS
    used = [corpus] if prose_source.startswith("Reuters") else []
    _shared.print_header("adversarial inputs: time and memory against prose", figures, used)
    print(f"cpu: {_shared.pin_to_one_core()}")
    print(f"prose: {prose_source}")
    sizes = sorted(args.sizes)
    print(
        f"sizes: {', '.join(f'{s:g} MB' for s in sizes)}; runs {args.runs}; "
        f"timeout {args.timeout:g} s\n"
    )
    figures.extract(SYNTHETIC_PROSE)  # load lexicons before forking, so children share them

    inputs: dict[str, Callable[[int], str]] = {"prose": build_prose, **INPUTS}
    if args.only:
        inputs = {k: v for k, v in inputs.items() if k == "prose" or k in args.only}
    table: dict[str, list[Measure]] = {}
    for name, build in inputs.items():
        row: list[Measure] = []
        for size in sizes:
            text = build(int(size * MB))
            result = run_one(figures.extract, text, args.runs, not args.no_memory, args.timeout)
            row.append(result)
            if result.seconds is None:
                break  # a timeout or crash at this size says enough; larger would be worse
        table[name] = row
        print(f"  measured {name!r}", file=sys.stderr)

    top = sizes[-1]
    prose_row = table["prose"]
    prose_rate = None
    if len(prose_row) == len(sizes) and prose_row[-1].seconds is not None:
        prose_rate = prose_row[-1].seconds / top
    pairs = list(itertools.pairwise(sizes))
    growth_head = " ".join(f"{b:g}/{a:g}" for a, b in pairs)
    print(
        f"{'input':<21} {'s/MB':>8} {'x prose':>7}  time growth: {growth_head:<{6 * len(pairs)}}"
        f"  {'peak MiB':>8} {'MiB/MB':>6}  mem growth: {growth_head:<{6 * len(pairs)}}"
        f"  {'figures':>7}  note"
    )
    worst = 0.0
    failures = 0
    for name, row in table.items():
        last = row[-1]
        complete = len(row) == len(sizes) and last.seconds is not None
        rate = last.seconds / top if complete and last.seconds is not None else None
        slower = rate / prose_rate if rate is not None and prose_rate else None
        worst = max(worst, slower or 0.0)
        failures += not complete or bool(last.problem)
        missing: list[float | None] = [None] * (len(sizes) - len(row))
        times = [m.seconds for m in row] + missing
        peaks: list[float | None] = [m.peak for m in row]
        peaks += missing
        t_growth = " ".join(growth(a, b) for a, b in itertools.pairwise(times))
        m_growth = " ".join(growth(a, b) for a, b in itertools.pairwise(peaks))
        peak = last.peak if complete else None
        print(
            f"{name:<21} {number(rate, 8, 3)} {number(slower, 7, 1)}  "
            f"{'':13}{t_growth:<{6 * len(pairs)}}  "
            f"{number(None if peak is None else peak / 2**20, 8, 1)} "
            f"{number(None if peak is None else peak / 2**20 / top, 6, 1)}  "
            f"{'':12}{m_growth:<{6 * len(pairs)}}  "
            f"{last.figures:>7}  {last.problem or ('' if complete else 'stopped early')}"
        )
    print(
        "\ns/MB and x prose are at the largest size. Growth is the time (or traced peak) at "
        "one size over the one before: linear growth equals the ratio of the sizes (2.0 per "
        "doubling), quadratic its square (4.0). Times under a few ms are noise."
    )
    print(f"worst slowdown against prose: {worst:.1f}x; inputs with a problem: {failures}")
    status = _shared.gate("worst slowdown vs prose", worst, args.max_ratio, higher_is_better=False)
    if args.max_ratio is not None and failures:
        print(f"gate: {failures} input(s) timed out, crashed or broke a span law: FAIL")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
