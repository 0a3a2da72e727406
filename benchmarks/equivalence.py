"""Behaviour equivalence: every output of figures on the corpus, before and after a change.

A fingerprint is the full output, item by item, as text: for each of the 19,779
Reuters-21578 articles, ``extract(body)`` (every field of every figure) and
``read(body, date=...)`` (its figures, inline rates and pairs); for each of the 6,055
rate footnotes, ``parse_rate(footnote)`` (or its error) and ``find_rates(footnote)``.
Two fingerprints are compared item by item and every difference is listed.

    # the fingerprint of this checkout, stored outside the repository
    .venv/bin/python benchmarks/equivalence.py record /tmp/after.jsonl.gz
    # two stored fingerprints
    .venv/bin/python benchmarks/equivalence.py compare /tmp/before.jsonl.gz /tmp/after.jsonl.gz
    # two git revisions, each checked out into a temporary worktree
    .venv/bin/python benchmarks/equivalence.py revs 7346363 HEAD

``record --src DIR`` measures the figures package under ``DIR`` instead of this
checkout's ``src/`` (``revs`` uses it). ``--limit N`` takes the first N articles and
footnotes only, for a quick look. The exit status is 1 when the fingerprints differ.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import _shared

FOOTNOTES = Path("benchmarks/corpus/rate_footnotes.jsonl")


def _outcome(call: Any, *args: Any, **kwargs: Any) -> Any:
    """The result of a call, or its exception as text (an exception is an output too)."""
    try:
        return call(*args, **kwargs)
    except Exception as exc:
        return f"raised {type(exc).__name__}: {exc}"


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [repr(item) for item in value]


def fingerprints(figures: Any, shared: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """One record per article and per footnote: the item's id and its outputs as text."""
    corpus = _shared.data_file(shared, _shared.CORPUS)
    for n, row in enumerate(_shared.iter_jsonl(corpus)):
        if limit is not None and n >= limit:
            break
        body = row.get("body") or ""
        date = (row.get("date") or "")[:10] or None
        out: dict[str, Any] = {"id": f"reuters:{row['id']}"}
        out["extract"] = _lines(_outcome(figures.extract, body))
        doc = _outcome(figures.read, body, date=date)
        if isinstance(doc, str):
            out["read"] = [doc]
        else:
            out["figures"] = _lines(doc.figures)
            out["rates"] = _lines(doc.rates)
            out["pairs"] = _lines(_outcome(lambda d=doc: d.pairs))
        yield out
    notes = _shared.data_file(shared, FOOTNOTES)
    for n, row in enumerate(_shared.iter_jsonl(notes)):
        if limit is not None and n >= limit:
            break
        text = row["footnote"]
        yield {
            "id": f"footnote:{row['id']}",
            "parse_rate": [repr(_outcome(figures.parse_rate, text))],
            "find_rates": _lines(_outcome(figures.find_rates, text)),
        }


def record(args: argparse.Namespace) -> int:
    """Write the fingerprint of the figures under ``--src`` to ``args.out``."""
    src = (args.src or _shared.REPO / "src").resolve()
    sys.path.insert(0, str(src))
    import figures

    print(f"figures from {figures.__file__}", file=sys.stderr)
    shared = _shared.shared_dir(args.shared)
    count = 0
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for item in fingerprints(figures, shared, args.limit):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} items fingerprinted into {args.out}", file=sys.stderr)
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in _shared.iter_jsonl(path)}


def differences(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """Every difference between two fingerprints, one readable block per item and field."""
    out: list[str] = []
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            out.append(f"{key}: missing in the new fingerprint")
            continue
        if key not in old:
            out.append(f"{key}: missing in the old fingerprint")
            continue
        a, b = old[key], new[key]
        for name in sorted((a.keys() | b.keys()) - {"id"}):
            before, after = a.get(name, []), b.get(name, [])
            if before == after:
                continue
            gone = [line for line in before if line not in after]
            added = [line for line in after if line not in before]
            lines = [f"{key} [{name}]"]
            lines += [f"  - {line}" for line in gone]
            lines += [f"  + {line}" for line in added]
            if not gone and not added:
                lines.append("  (same items, different order)")
            out.append("\n".join(lines))
    return out


def compare(old_path: Path, new_path: Path) -> int:
    """Print every difference between two fingerprint files; 1 if there is any."""
    old, new = _load(old_path), _load(new_path)
    diffs = differences(old, new)
    for block in diffs:
        print(block)
    print(f"== {len(old)} items before, {len(new)} after, {len(diffs)} differences")
    return 1 if diffs else 0


def revs(args: argparse.Namespace) -> int:
    """Fingerprint two git revisions, each in a temporary worktree, and compare them."""
    with tempfile.TemporaryDirectory(prefix="figures-equivalence-") as tmp:
        files = []
        for n, rev in enumerate((args.old, args.new)):
            tree = Path(tmp) / f"rev{n}"
            subprocess.run(
                ["git", "-C", str(_shared.REPO), "worktree", "add", "--detach", str(tree), rev],
                check=True,
                capture_output=True,
            )
            try:
                out = Path(tmp) / f"rev{n}.jsonl.gz"
                command = [sys.executable, __file__, "record", str(out), "--src", str(tree / "src")]
                if args.limit is not None:
                    command += ["--limit", str(args.limit)]
                if args.shared is not None:
                    command += ["--shared", str(args.shared)]
                subprocess.run(command, check=True)
                files.append(out)
            finally:
                subprocess.run(
                    ["git", "-C", str(_shared.REPO), "worktree", "remove", "--force", str(tree)],
                    check=False,
                    capture_output=True,
                )
        return compare(files[0], files[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="write this checkout's fingerprint to a file")
    rec.add_argument("out", type=Path)
    rec.add_argument("--src", type=Path, default=None, help="the src/ folder to measure")
    cmp = sub.add_parser("compare", help="list the differences of two fingerprint files")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    rev = sub.add_parser("revs", help="fingerprint two git revisions and compare them")
    rev.add_argument("old")
    rev.add_argument("new")
    for each in (rec, rev):
        _shared.add_common_args(each)
        each.add_argument("--limit", type=int, default=None, help="first N items of each file")
    args = parser.parse_args()
    if args.command == "record":
        return record(args)
    if args.command == "compare":
        return compare(args.old, args.new)
    return revs(args)


if __name__ == "__main__":
    sys.exit(main())
