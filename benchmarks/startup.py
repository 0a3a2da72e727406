"""Start-up cost, first-call cost and flatness of figures, measured in fresh interpreters.

Data: ``shared/benchmarks/corpus/reuters21578.jsonl.gz`` (read in place, never copied).

1. Import: ``import figures`` (timed inside a fresh interpreter) against a bare
   interpreter start (``python -c pass``, timed from outside), best of ``--runs`` fresh
   processes each, and the ratio (issue 13's target: within 6x).
2. First call: in a fresh interpreter, the import, then the first ``extract()`` on a money
   text and the first on a text with unit words, against a warm ``extract()`` on a 1 KB
   article (issue 13's target: import + first call within 3x of import + warm 1 KB call),
   and whether pint was imported by recognising a unit word (it must not be).
3. Flatness: one document built by joining Reuters bodies to 1 KB .. ``--max-mb`` MB, one
   fresh interpreter per size: CPU seconds per MB of ``extract()`` (must stay flat), and the
   peak resident memory added by the call (``ru_maxrss``; must grow linearly).

    .venv/bin/python benchmarks/startup.py [--runs 7] [--max-mb 50]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import _shared

IMPORT = """
import sys, time
sys.path.insert(0, sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
import figures
print((time.perf_counter() - t0) * 1e3, (time.process_time() - c0) * 1e3)
"""

FIRST_CALL = """
import gzip, json, sys, time
sys.path.insert(0, sys.argv[1])
kb = sys.argv[2]
t0 = time.perf_counter()
import figures
t1 = time.perf_counter()
figures.extract("It paid 50 mln dlrs for 1,250 shares, up 5.5 pct, and 1 mln stg ($1.22 mln).")
t2 = time.perf_counter()
figures.extract("Output was 1.5 million barrels per day, or 10 km of pipe.")
t3 = time.perf_counter()
figures.extract("Prices rose 5-6 pct, from 10 to 12 dlrs.")
t4 = time.perf_counter()
pint = "pint" in sys.modules
best = float("inf")
for _ in range(20):
    s = time.perf_counter()
    figures.extract(kb)
    best = min(best, time.perf_counter() - s)
ms = [(t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, best * 1e3, (t4 - t3) * 1e3]
print(json.dumps({"ms": ms, "pint": pint}))
"""

FLAT = """
import gzip, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
size = int(sys.argv[3])
import figures
bodies = [json.loads(line)["body"] for line in gzip.open(sys.argv[2], "rt")]
parts, total = [], 0
while total < size:
    for body in bodies:
        parts.append(body)
        total += len(body) + 2
        if total >= size:
            break
text = "\\n\\n".join(parts)[:size]
# load what loads lazily (a range's patterns too): the rows measure the steady cost, the
# first-call section the one-time costs
figures.extract("It paid 50 mln dlrs, up 5.5 pct, 10 km of pipe, 5-6 mln.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
c0 = time.process_time()
found = figures.extract(text)
cpu = time.process_time() - c0
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"bytes": len(text.encode()), "cpu": cpu, "figures": len(found),
                  "rss_before_kib": before, "rss_added_kib": after - before}))
"""


# Byte code is cached (outside the tree) as an installed package's would be, even when the
# caller's environment sets PYTHONDONTWRITEBYTECODE; the first run of each script warms it.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": os.path.join(os.environ.get("TMPDIR", "/tmp"), "figures-pycache"),
}


def run_python(code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter with ``args``; return its stdout."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
        env=ENV,
    )
    return out.stdout


def bare_start_ms(runs: int) -> tuple[float, float]:
    """Best wall and CPU time of ``python -c pass`` over ``runs`` fresh processes, in ms."""
    wall = cpu = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", "pass"], env=ENV)
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, usage.ru_utime + usage.ru_stime)
    return wall * 1e3, cpu * 1e3


def import_section(src: str, runs: int) -> dict[str, float]:
    """Print and return the import time against a bare interpreter start."""
    bare, bare_cpu = bare_start_ms(runs)
    run_python(IMPORT, src)  # warms the byte-code cache
    times = [[float(x) for x in run_python(IMPORT, src).split()] for _ in range(runs)]
    imported, imported_cpu = min(t[0] for t in times), min(t[1] for t in times)
    print(f"import (best of {runs} fresh processes; wall, then CPU):")
    print(f"  python -c pass          {bare:8.1f} ms {bare_cpu:8.1f} ms (whole process)")
    print(
        f"  import figures          {imported:8.1f} ms {imported_cpu:8.1f} ms"
        f"   {imported / bare:5.1f}x / {imported_cpu / bare_cpu:5.1f}x the bare start"
    )
    return {
        "bare_ms": bare,
        "import_ms": imported,
        "import_ratio": imported / bare,
        "import_cpu_ratio": imported_cpu / bare_cpu,
    }


def first_call_section(src: str, kb_text: str, runs: int) -> dict[str, float]:
    """Print and return the first-call costs against a warm call on a 1 KB text."""
    results = [json.loads(run_python(FIRST_CALL, src, kb_text)) for _ in range(runs)]
    imp, money, units, warm, ranged = (min(r["ms"][i] for r in results) for i in range(5))
    pint = any(r["pint"] for r in results)
    base = imp + warm
    print(f"\nfirst call (best of {runs} fresh processes; 1 KB = {len(kb_text)} chars):")
    print(f"  warm extract() on 1 KB  {warm:8.2f} ms   import + warm = {base:.1f} ms")
    # a range compiles its patterns on first use (never at import)
    firsts = (
        ("first extract(), money", money),
        ("first one with units", units),
        ("first one with a range", ranged),
    )
    for name, took in firsts:
        print(f"  {name:<23} {took:8.2f} ms   import + it = {(imp + took) / base:4.2f}x")
    print(f"  pint imported by a unit word: {pint} (must be False)")
    return {
        "warm_1kb_ms": warm,
        "first_money_ms": money,
        "first_units_ms": units,
        "first_range_ms": ranged,
        "first_ratio": (imp + max(money, units, ranged)) / base,
        "pint_loaded": float(pint),
    }


def flat_section(src: str, corpus: str, max_mb: float) -> list[dict[str, float]]:
    """Print and return CPU s/MB and added peak RSS per document size."""
    sizes = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000]
    sizes = [s for s in sizes if s <= max_mb * 1e6]
    print("\nflatness (one fresh process per document; CPU time of one extract() call):")
    print(f"  {'size':>9} {'figures':>9} {'CPU s':>8} {'s/MB':>7} {'RSS+ MiB':>9} {'B/B':>6}")
    rows = []
    for size in sizes:
        row = json.loads(run_python(FLAT, src, corpus, str(size)))
        mb = row["bytes"] / 1e6
        added = row["rss_added_kib"] * 1024
        print(
            f"  {_human(row['bytes']):>9} {row['figures']:>9} {row['cpu']:8.3f}"
            f" {row['cpu'] / mb:7.3f} {added / 2**20:9.1f} {added / row['bytes']:6.1f}"
        )
        rows.append(row)
    return rows


def _human(size: int) -> str:
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.0f} {unit}"
    return f"{size} B"


def kb_article(corpus: str) -> str:
    """The first Reuters body of at least 1 KB, cut to 1,000 characters."""
    for row in _shared.iter_jsonl(Path(corpus)):
        if len(row["body"]) >= 1000:
            return str(row["body"])[:1000]
    raise SystemExit("no 1 KB article in the corpus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _shared.add_common_args(parser)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes, best kept (7)")
    parser.add_argument("--max-mb", type=float, default=50, help="largest document, MB (50)")
    args = parser.parse_args(argv)
    figures = _shared.import_figures()
    corpus = _shared.data_file(_shared.shared_dir(args.shared), _shared.CORPUS)
    _shared.print_header("Start-up, first call, flatness", figures, [corpus])
    src = str(_shared.REPO / "src")
    summary: dict[str, object] = {}
    summary.update(import_section(src, args.runs))
    summary.update(first_call_section(src, kb_article(str(corpus)), args.runs))
    flat = flat_section(src, str(corpus), args.max_mb)
    summary["s_per_mb"] = [round(r["cpu"] / (r["bytes"] / 1e6), 3) for r in flat]
    rounded = {k: round(v, 2) if isinstance(v, float) else v for k, v in summary.items()}
    print(f"\nsummary: {json.dumps(rounded)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
