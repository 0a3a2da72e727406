"""Accuracy of ``locale="auto"`` (py3langid, the ``auto`` extra) on short news sentences.

Sentences: every case of ``tests/lang/<code>.json`` (German, French, Spanish, Italian,
Portuguese, Dutch: made-up sentences in the style of each press) and the first
sentence of 30 to 160 characters of the first 300 Reuters articles (English), read in
place from ``shared/benchmarks/corpus``. Each is given to
``figures.locales.detect_locale``; the accuracy per language and overall is printed,
with the misses.

    .venv/bin/python benchmarks/language_detection.py [--show 10]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import _shared

LANGS = ("de", "fr", "es", "it", "pt", "nl")


def sentences(shared: Path) -> list[tuple[str, str]]:
    """(language, sentence) pairs: the language tables, then 300 English sentences."""
    rows: list[tuple[str, str]] = []
    for code in LANGS:
        table = json.loads((_shared.REPO / "tests" / "lang" / f"{code}.json").read_text("utf-8"))
        rows += [(code, case["text"]) for case in table["cases"]]
    english = 0
    for article in _shared.iter_jsonl(_shared.data_file(shared, _shared.CORPUS)):
        m = re.search(r"[A-Z][^.\n]{30,160}\.", article.get("body") or "")
        if m is not None:
            rows.append(("en", m.group(0)))
            english += 1
        if english >= 300:
            break
    return rows


def main() -> int:
    """Print the accuracy; 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _shared.add_common_args(parser)
    parser.add_argument("--show", type=int, default=10, help="misses to list")
    args = parser.parse_args()
    figures = _shared.import_figures()
    shared = _shared.shared_dir(args.shared)
    _shared.print_header("language detection for locale='auto'", figures, [])
    from figures.locales import detect_locale

    rows = sentences(shared)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for want, text in rows:
        got = detect_locale(text)
        total[want] += 1
        right[want] += got == want
        if got != want:
            misses.append((want, got, text))
    for code in (*LANGS, "en"):
        print(f"{code}: {right[code]}/{total[code]} = {right[code] / total[code]:.3f}")
    mean = sum(len(t) for _, t in rows) / len(rows)
    print(
        f"all: {sum(right.values())}/{len(rows)} = {sum(right.values()) / len(rows):.3f}"
        f" (mean sentence length {mean:.0f} characters)"
    )
    for want, got, text in misses[: args.show]:
        print(f"  {want} read as {got}: {_shared.clip(text, 80)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
