"""Seconds and peak memory of ``figures extract --input jsonl`` over the Reuters corpus.

Data: ``shared/benchmarks/corpus/reuters21578.jsonl.gz`` (Reuters Ltd copyright, research
use only: read in place, never copied). 19,779 articles, 16.2 M characters.

Runs the command line as a user does, in a fresh process per configuration, writing
JSON lines (one row per figure, with each article's own date) to a temporary file:

    figures extract CORPUS --input jsonl --text-field body --id-field id \\
        --date-field date --format jsonl -o OUT -q [--processes N]

For each of ``--processes`` (default: 1 and 2) it reports wall seconds, rows written,
the peak resident memory of the largest single process (getrusage of the children)
and the peak resident memory of the whole process tree (the command and its workers,
sampled from /proc every 20 ms). With ``--flat`` it runs the first ``--flat`` articles
as well, to show that memory does not grow with the input (streaming).

    FIGURES_SHARED=/work/shared .venv/bin/python benchmarks/corpus_cli.py [--flat 2000]
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import _shared

FLAGS = ["--input", "jsonl", "--text-field", "body", "--id-field", "id", "--date-field", "date"]


def _tree_rss_kib(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in KiB (Linux /proc)."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            total += next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
            )
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def measure(corpus: Path, processes: int) -> dict[str, float]:
    """One run of the command in a wrapper process, so that getrusage sees it alone."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.jsonl"
        command = [
            sys.executable,
            "-m",
            "figures",
            "extract",
            str(corpus),
            *FLAGS,
            "--format",
            "jsonl",
            "-o",
            str(out),
            "-q",
            "--processes",
            str(processes),
        ]
        env = {**os.environ, "PYTHONPATH": str(_shared.REPO / "src")}
        start = time.perf_counter()
        errors = Path(tmp) / "stderr.txt"
        with errors.open("w") as err_fh:
            child = subprocess.Popen(command, env=env, stderr=err_fh)
        peak_tree = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.is_set():
                peak_tree = max(peak_tree, _tree_rss_kib(child.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        status = child.wait()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        failed = errors.read_text().splitlines()
        if status not in (0, 1) or (status == 1 and not failed):
            sys.exit(f"figures extract exited {status}: {' '.join(command)}")
        failed = [line for line in failed if not line.startswith("figures extract:")]
        with out.open(encoding="utf-8") as fh:
            rows = sum(1 for _ in fh)
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, largest child
    for line in failed:  # Reuters has one unparseable date: the command names it and goes on
        print(f"  refused, as it should be: {line}", file=sys.stderr)
    return {
        "seconds": seconds,
        "rows": rows,
        "failed": len(failed),
        "largest_mib": largest / 1024,
        "tree_mib": peak_tree / 1024,
    }


def _head(corpus: Path, limit: int, folder: Path) -> Path:
    path = folder / f"first-{limit}.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, gzip.open(path, "wt") as dst:
        for number, line in enumerate(src):
            if number >= limit:
                break
            dst.write(line)
    return path


def _one(corpus: Path, processes: int) -> None:
    """Run in a fresh interpreter (``--one``): print one result line."""
    result = measure(corpus, processes)
    print(" ".join(f"{k}={v:.3f}" for k, v in result.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _shared.add_common_args(parser)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--flat", type=int, default=0, help="also run the first N articles")
    parser.add_argument("--one", nargs=2, metavar=("CORPUS", "PROCESSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _one(Path(args.one[0]), int(args.one[1]))
        return 0
    figures = _shared.import_figures()
    corpus = _shared.data_file(_shared.shared_dir(args.shared), _shared.CORPUS)
    _shared.print_header("figures extract --input jsonl over Reuters-21578", figures, [corpus])
    print(f"machine: {os.cpu_count()} cores\n")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [("all", corpus)]
        if args.flat:
            inputs.insert(0, (f"first {args.flat}", _head(corpus, args.flat, Path(tmp))))
        print(
            f"{'input':<12} {'processes':>9} {'seconds':>8} {'rows':>8} {'failed':>6} "
            f"{'largest proc MiB':>16} {'tree MiB':>9}"
        )
        for name, path in inputs:
            for n in args.processes:
                line = subprocess.run(
                    [sys.executable, __file__, "--one", str(path), str(n)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                r = {k: float(v) for k, v in (item.split("=") for item in line)}
                print(
                    f"{name:<12} {n:>9} {r['seconds']:>8.1f} {int(r['rows']):>8} "
                    f"{int(r['failed']):>6} "
                    f"{r['largest_mib']:>16.1f} {r['tree_mib']:>9.1f}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
