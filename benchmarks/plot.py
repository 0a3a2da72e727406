"""Draw the docs' benchmark chart: docs/assets/benchmarks.svg from docs/assets/benchmarks.json.

The JSON holds the numbers the benchmark scripts printed, each with the command that
printed it (the comparison page quotes both). This script only draws them, as a plain
SVG with no font or script to load, so the site builds and shows offline:

    python benchmarks/plot.py            # rewrites docs/assets/benchmarks.svg
    python benchmarks/plot.py --check    # fails if the committed SVG is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "docs" / "assets" / "benchmarks.json"
OUT = ROOT / "docs" / "assets" / "benchmarks.svg"
WIDTH, LABEL, BAR, GAP = 760, 330, 16, 6
COLOURS = {"figures": "#00796b", "peer": "#9e9e9e"}


def _bar(y: int, label: str, share: float, who: str, text: str) -> list[str]:
    length = round((WIDTH - LABEL - 90) * share)
    return [
        f'<text x="{LABEL - 8}" y="{y + 12}" text-anchor="end">{escape(label)}</text>',
        f'<rect x="{LABEL}" y="{y}" width="{length}" height="{BAR}" fill="{COLOURS[who]}"/>',
        f'<text x="{LABEL + length + 6}" y="{y + 12}">{escape(text)}</text>',
    ]


def draw(data: dict[str, object]) -> str:
    """The SVG text of the chart: one group of bars per benchmark."""
    groups = data["groups"]
    assert isinstance(groups, list)
    rows: list[str] = []
    y = 40
    for group in groups:
        rows.append(f'<text x="10" y="{y + 12}" font-weight="bold">{escape(group["title"])}</text>')
        y += BAR + GAP
        for bar in group["bars"]:
            share = bar["value"] / group["max"]
            rows += _bar(y, bar["label"], share, bar["who"], bar["text"])
            y += BAR + GAP
        y += GAP * 2
    height = y + 10
    title = escape(str(data["title"]))
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{title}" '
        'font-family="sans-serif" font-size="13" fill="#212121">'
    )
    body = [f"<title>{title}</title>", f'<text x="10" y="20" font-size="15">{title}</text>']
    return "\n".join([head, *body, *rows, "</svg>"]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the SVG is stale")
    args = parser.parse_args(argv)
    svg = draw(json.loads(DATA.read_text("utf-8")))
    if args.check:
        if OUT.read_text("utf-8") != svg:
            print(f"{OUT} is out of date: run python benchmarks/plot.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(svg, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
