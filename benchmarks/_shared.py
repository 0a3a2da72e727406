"""Helpers shared by the benchmark scripts: where the data is, how to import figures.

The benchmark data lives in a ``shared`` folder beside the checkout (``../shared``
from the repository root) and is read in place, never copied into the repository: the
corpus is Reuters copyright (research use only) and the peer suites keep their licences
beside them. Override the location with ``--shared PATH`` or ``FIGURES_SHARED=PATH``.

The scripts measure the checkout they sit in: ``src/`` is put first on ``sys.path`` so
an older installed copy of figures cannot be measured by mistake.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import json
import os
import platform
import shlex
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = Path("benchmarks/corpus/reuters21578.jsonl.gz")


def scored_parser(doc: str, *, what: str, show: int) -> argparse.ArgumentParser:
    """The arguments of a scoring script: ``--shared``, ``--min`` and ``--show``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--min", type=float, default=None, help=f"fail below this {what} (%%)")
    parser.add_argument("--show", type=int, default=show, help="misses listed (-1: all)")
    return parser


def add_common_args(parser: argparse.ArgumentParser) -> None:
    """Add ``--shared`` (data location) to a script's argument parser."""
    parser.add_argument(
        "--shared",
        type=Path,
        default=None,
        help="the shared data folder (default: $FIGURES_SHARED, else ../shared "
        f"beside the checkout, i.e. {DEFAULT_SHARED})",
    )


def shared_dir(arg: Path | None) -> Path:
    """The shared data folder: the flag, then ``$FIGURES_SHARED``, then ``../shared``."""
    if arg is not None:
        return arg.resolve()
    env = os.environ.get("FIGURES_SHARED")
    if env:
        return Path(env).resolve()
    return DEFAULT_SHARED


def data_file(shared: Path, relative: Path | str) -> Path:
    """A data file under the shared folder; exits with a clear message if it is absent."""
    path = shared / relative
    if not path.is_file():
        sys.exit(
            f"benchmark data not found: {path}\n"
            "Point --shared (or FIGURES_SHARED) at the folder holding benchmarks/."
        )
    return path


def import_figures() -> ModuleType:
    """Import figures from this checkout's ``src/`` (before any installed copy)."""
    src = REPO / "src"
    if src.is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
    try:
        return importlib.import_module("figures")
    except Exception as exc:  # the library is under construction: say what broke
        sys.exit(f"cannot import figures from {src}: {type(exc).__name__}: {exc}")


def _git_describe() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    head = out.stdout.strip()
    if out.returncode != 0 or not head:
        return "no commit yet"
    status = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        check=False,
        timeout=10,
    )
    return head + (" (+ uncommitted changes)" if status.stdout.strip() else "")


def file_digest(path: Path) -> str:
    """The first 12 hex digits of the file's SHA-256, to tie results to the data."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:12]


def print_header(title: str, figures: ModuleType, data: Sequence[Path]) -> None:
    """Print what was run, on what code and what data, so a result can be reproduced."""
    script = Path(sys.argv[0]).resolve()
    try:
        script_arg = str(script.relative_to(REPO))
    except ValueError:
        script_arg = str(script)
    python = Path(sys.executable)
    try:
        python_arg = str(python.relative_to(REPO))
    except ValueError:
        python_arg = str(python)
    command = shlex.join([python_arg, script_arg, *sys.argv[1:]])
    print(f"== {title}")
    print(f"command : cd {shlex.quote(str(REPO))} && {command}")
    print(f"figures : {getattr(figures, '__version__', '?')} from {figures.__file__}")
    print(f"build   : {build_of()}")
    print(f"commit  : {_git_describe()}")
    print(f"python  : {platform.python_version()} on {platform.platform(terse=True)}")
    for path in data:
        print(f"data    : {path} (sha256 {file_digest(path)})")
    print()


def build_of() -> str:
    """Which build of figures runs (:func:`figures.build.describe`): the pure one, or the
    mypyc-compiled one (``make compiled``, or a wheel built from source)."""
    try:
        from figures.build import describe
    except ImportError:  # a tree older than figures.build (before/after comparisons)
        return "unknown (a figures older than figures.build)"
    return describe()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All rows of a JSON-lines file (gzip-compressed if the name ends in .gz)."""
    return list(iter_jsonl(path))


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSON-lines file, one at a time."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def to_decimal(value: object) -> Decimal | None:
    """A JSON value as a Decimal, through its text (never through a float's binary)."""
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def same_number(a: Decimal | None, b: Decimal | None) -> bool:
    """Numeric equality of two Decimals ("644.0" equals "644"); None equals nothing."""
    return a is not None and b is not None and a.is_finite() and b.is_finite() and a == b


def percent(part: int, whole: int) -> str:
    """``part/whole`` as a percentage with the counts beside it."""
    if whole == 0:
        return "   n/a (0/0)"
    return f"{100 * part / whole:6.1f}% ({part}/{whole})"


def share(part: int, whole: int) -> float:
    """``part/whole`` in percent, 0 when there is nothing to count."""
    return 100 * part / whole if whole else 0.0


def clip(text: str, width: int = 100) -> str:
    """One line of at most ``width`` characters, newlines shown as spaces."""
    flat = " ".join(text.split())
    return textwrap.shorten(flat, width=width, placeholder=" …") if flat else repr(text)


def window(text: str, start: int, end: int, width: int = 100) -> str:
    """The text around ``[start, end)`` with that span in ⟦brackets⟧, at most ``width`` wide."""
    room = max(0, (width - (end - start)) // 2)
    lo = max(0, start - room)
    hi = min(len(text), end + room)
    piece = text[lo:start] + "⟦" + text[start:end] + "⟧" + text[end:hi]
    piece = " ".join(piece.split())
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


def describe(fig: Any) -> str:
    """A short human reading of a Figure: kind, text, value or bounds, currency or unit."""
    kind = getattr(fig.kind, "value", fig.kind)
    if fig.value is not None:
        amount = str(fig.value)
    elif fig.low is not None or fig.high is not None:
        amount = f"{fig.low}..{fig.high}"
    else:
        amount = "?"
    extra = fig.currency or fig.unit or ""
    return f"{kind} {fig.text!r}={amount}{' ' + extra if extra else ''}"


def span_problems(source: str, figs: Iterable[Any]) -> list[str]:
    """What is wrong with the figures' spans: out of range, text mismatch, overlap, order."""
    problems: list[str] = []
    previous_end = 0
    for fig in figs:
        if not (0 <= fig.start < fig.end <= len(source)):
            problems.append(f"span out of range [{fig.start},{fig.end}) for {fig.text!r}")
            continue
        if source[fig.start : fig.end] != fig.text:
            problems.append(
                f"text {fig.text!r} != source[{fig.start}:{fig.end}] "
                f"{source[fig.start : fig.end]!r}"
            )
        if fig.start < previous_end:
            problems.append(f"{fig.text!r} at {fig.start} overlaps or precedes the previous one")
        previous_end = max(previous_end, fig.end)
    return problems


def gate(name: str, value: float, minimum: float | None, *, higher_is_better: bool = True) -> int:
    """Exit status for an optional threshold: 0 if none was asked or it is met, else 1."""
    if minimum is None:
        return 0
    ok = value >= minimum if higher_is_better else value <= minimum
    relation = ">=" if higher_is_better else "<="
    verdict = "PASS" if ok else "FAIL"
    print(f"\ngate: {name} = {value:.2f}, required {relation} {minimum:g}: {verdict}")
    return 0 if ok else 1


def pin_to_one_core() -> str:
    """Pin this process to one CPU where the OS allows it, so timings vary less."""
    if not hasattr(os, "sched_getaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) > 1:
        os.sched_setaffinity(0, {cpus[-1]})
    return f"pinned to CPU {sorted(os.sched_getaffinity(0))[0]} of {len(cpus)}"
