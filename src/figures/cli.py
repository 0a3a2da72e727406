"""``figures FILE``: the figures, rates, stated conversions and conversions of a text.

Run ``figures --help`` for the options. ``-`` reads standard input; ``--json`` prints
one JSON object a file (Decimals as strings) for pipelines. ``figures rates update``
and ``figures rates info`` manage the ECB data (:mod:`figures.ecb_store`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import TextIO

from figures.api import document_record
from figures.document import Document, read
from figures.errors import FiguresError
from figures.model import Figure

__all__ = ["main", "render", "report_command"]


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,f}" if abs(value) >= 1000 else str(value)


def _amount(fig: Figure) -> str:
    if fig.value is not None:
        return _fmt(fig.value)
    return f"{_fmt(fig.low)} .. {_fmt(fig.high)}"


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip()
    out = [line, "  ".join("-" * w for w in widths)]
    out.extend(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows
    )
    return out


def render(doc: Document, currency: str = "USD") -> str:
    """A readable report of a document: figures, rates, pairs, conversions, audit."""
    lines: list[str] = []
    how = {"given": "given", "text": "stated in the text"}.get(doc.date_source or "", "")
    date = f"{doc.date} ({how})" if doc.date else "unknown"
    lines.append(f"Document date: {date}")
    lines.append("")
    lines.append(f"Figures ({len(doc.figures)})")
    rows = [
        [
            repr(f.text),
            f.kind.value,
            _amount(f),
            f.currency or f.unit or "",
            f.qualifier.value if f.qualifier else "",
            _fmt(f.precision),
            f"{f.start}-{f.end}",
        ]
        for f in doc.figures
    ]
    lines += _table(
        rows, ["text", "kind", "value", "currency/unit", "qualifier", "precision", "span"]
    )
    lines.append("")
    lines.append(f"Inline rates ({len(doc.rates)})")
    for audit in doc.audit_rates():
        r = audit.rate
        ref = ""
        if audit.reference is not None and audit.relative_difference is not None:
            pct = audit.relative_difference * 100
            days = ", ".join(str(d) for d in audit.reference.dates)
            ref = f"; ECB {audit.reference.rate:.5f} ({days}), {pct:+.2f}%"
        elif audit.error:
            ref = f"; no ECB reference: {audit.error}"
        lines.append(f"  1 {r.base} = {r.rate} {r.quote}   from {r.text!r}{ref}")
    lines.append("")
    pairs = doc.pairs
    lines.append(f"Stated conversions ({len(pairs)})")
    for p in pairs:
        verdict = {True: "consistent", False: "INCONSISTENT", None: "cannot check"}[p.consistent]
        detail = ""
        if p.expected is not None and p.tolerance is not None:
            cent = Decimal("0.01")
            expected, tolerance = p.expected.quantize(cent), p.tolerance.quantize(cent)
            detail = f": expected {_fmt(expected)} ± {_fmt(tolerance)}"
        lines.append(f"  {p.original.text!r} -> {p.restated.text!r}  {verdict}{detail}")
    lines.append("")
    lines.append(f"Money in {currency}")
    for c in doc.convert(currency):
        if c.error:
            lines.append(f"  {c.figure.text!r}: {c.error}")
            continue
        if c.money is not None:
            amount = c.money.rounded().format("en")
        else:
            assert c.low is not None and c.high is not None
            amount = f"{c.low.rounded().format('en')} .. {c.high.rounded().format('en')}"
        lines.append(f"  {c.figure.text!r} = {amount}   via {c.path} [{c.source}]")
    bad = doc.check()
    lines.append("")
    lines.append(f"Inconsistent stated conversions: {len(bad)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """The command line entry point; returns the exit status.

    ``figures report FILE... -o report.html`` writes an HTML report instead (see
    :func:`report_command`).
    """
    args_list = sys.argv[1:] if argv is None else list(argv)
    if args_list[:1] == ["report"]:
        return report_command(args_list[1:])
    if args_list[:1] == ["rates"] and args_list[1:2] in (["update"], ["info"], ["--help"]):
        from figures.ecb_store import rates_command

        return rates_command(args_list[1:])
    parser = argparse.ArgumentParser(
        prog="figures",
        description="The figures, exchange rates, stated conversions and conversions of texts.",
    )
    parser.add_argument("files", nargs="+", help="text files to read, or - for stdin")
    parser.add_argument("--to", default="USD", help="currency to convert to (default USD)")
    parser.add_argument("--date", help="the documents' date (ISO), if the text states none")
    parser.add_argument("--locale", default="en", help="locale of the text (default en)")
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    args = parser.parse_args(args_list)
    stream = out or sys.stdout
    status = 0
    for name in args.files:
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding="utf-8") as fh:
                    text = fh.read()
            doc = read(text, locale=args.locale, date=args.date)
            if args.json:
                stream.write(json.dumps({"file": name, **document_record(doc, args.to)}) + "\n")
            else:
                if len(args.files) > 1:
                    stream.write(f"== {name}\n")
                stream.write(render(doc, args.to) + "\n")
        except (OSError, FiguresError, ValueError) as err:
            print(f"figures: {name}: {err}", file=sys.stderr)
            status = 1
    return status


def report_command(argv: Sequence[str]) -> int:
    """``figures report FILE... -o report.html [--to USD] [--date D]``; returns the exit
    status (1 if a file could not be read, 2 for bad options)."""
    parser = argparse.ArgumentParser(
        prog="figures report",
        description="Write one self-contained HTML report of the figures, rates and flags "
        "of text files.",
    )
    parser.add_argument("files", nargs="+", help="text files to read, or - for stdin")
    parser.add_argument("-o", "--output", required=True, help="the HTML file to write")
    parser.add_argument("--to", help="currency to convert money to, such as USD")
    parser.add_argument("--date", help="the documents' date (ISO), if the text states none")
    parser.add_argument("--locale", default="en", help="locale of the text (default en)")
    parser.add_argument("--title", help="the page title")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    documents: list[tuple[str, Document]] = []
    status = 0
    for name in args.files:
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding="utf-8") as fh:
                    text = fh.read()
            documents.append((name, read(text, locale=args.locale, date=args.date)))
        except (OSError, FiguresError, ValueError) as err:
            print(f"figures report: {name}: {err}", file=sys.stderr)
            status = 1
    try:
        from figures.report import render_many

        page = render_many(documents, to=args.to, title=args.title)
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(page)
    except (OSError, FiguresError) as err:
        print(f"figures report: {args.output}: {err}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
