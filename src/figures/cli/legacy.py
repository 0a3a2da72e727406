"""``figures FILE``: the figures, rates, stated conversions and conversions of a text,
as a report a person reads (the command line's friendly default).

``-`` reads standard input; ``--json`` prints one JSON object a file (Decimals as
strings). For corpora use ``figures extract`` (:mod:`figures.cli.commands`).
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import TextIO

from figures import __version__
from figures.api import document_record
from figures.arith import BOUND, context
from figures.cli.inputs import Failure, InputOptions, read_records
from figures.cli.options import Parser, check_currency, check_date, check_locale
from figures.document import Conversion, Document, Pair, RateAudit, read
from figures.model import Figure

__all__ = ["SUBCOMMANDS", "default_command", "render"]

SUBCOMMANDS = ("extract", "convert", "check", "rates", "report")


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
    how = {"given": "given", "text": "stated in the text"}.get(doc.date_source or "", "")
    date = f"{doc.date} ({how})" if doc.date else "unknown"
    lines = [f"Document date: {date}", ""]
    lines += _figure_lines(doc)
    lines += ["", f"Inline rates ({len(doc.rates)})"]
    lines += [_audit_line(audit) for audit in doc.audit_rates()]
    pairs = doc.pairs
    lines += ["", f"Stated conversions ({len(pairs)})"]
    lines += [_pair_line(p) for p in pairs]
    lines += ["", f"Money in {currency}"]
    lines += [_conversion_line(c) for c in doc.convert(currency)]
    lines += ["", f"Inconsistent stated conversions: {len(doc.check())}"]
    return "\n".join(lines)


def _figure_lines(doc: Document) -> list[str]:
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
    head = ["text", "kind", "value", "currency/unit", "qualifier", "precision", "span"]
    return [f"Figures ({len(doc.figures)})", *_table(rows, head)]


def _audit_line(audit: RateAudit) -> str:
    r = audit.rate
    ref = ""
    if audit.reference is not None and audit.relative_difference is not None:
        pct = audit.relative_difference * 100
        days = ", ".join(str(d) for d in audit.reference.dates)
        ref = f"; ECB {audit.reference.rate:.5f} ({days}), {pct:+.2f}%"
    elif audit.error:
        ref = f"; no ECB reference: {audit.error}"
    return f"  1 {r.base} = {r.rate} {r.quote}   from {r.text!r}{ref}"


def _pair_line(p: Pair) -> str:
    verdict = {True: "consistent", False: "INCONSISTENT", None: "cannot check"}[p.consistent]
    detail = ""
    if p.expected is not None and p.tolerance is not None:
        cent = Decimal("0.01")
        wide = context(2 * BOUND + 4)  # figures.arith: room for any value in bound
        expected, tolerance = (
            p.expected.quantize(cent, context=wide),
            p.tolerance.quantize(cent, context=wide),
        )
        detail = f": expected {_fmt(expected)} ± {_fmt(tolerance)}"
    return f"  {p.original.text!r} -> {p.restated.text!r}  {verdict}{detail}"


def _conversion_line(c: Conversion) -> str:
    if c.error:
        return f"  {c.figure.text!r}: {c.error}"
    if c.money is not None:
        amount = c.money.rounded().format("en")
    else:
        assert c.low is not None and c.high is not None
        amount = f"{c.low.rounded().format('en')} .. {c.high.rounded().format('en')}"
    return f"  {c.figure.text!r} = {amount}   via {c.path} [{c.source}]"


def default_command(args_list: list[str], out: TextIO) -> int:
    """``figures FILE...``: the readable report of each file (or ``--json``, one object
    a file). Files and standard input are decoded alike (strict UTF-8 unless
    ``--encoding``/``--errors`` say otherwise)."""
    parser = Parser(
        prog="figures",
        description="The figures, exchange rates, stated conversions and conversions of texts.",
        epilog="Subcommands: " + ", ".join(SUBCOMMANDS) + " (figures SUBCOMMAND --help).",
    )
    parser.add_argument("files", nargs="+", help="text files to read, or - for stdin")
    parser.add_argument("--to", default="USD", help="currency to convert to (default USD)")
    parser.add_argument("--date", help="the documents' date (ISO), if the text states none")
    parser.add_argument(
        "--locale", default="en", help="locale of the text (default en; auto: detect it)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per file")
    parser.add_argument("--encoding", default="utf-8", help="text encoding (default utf-8)")
    parser.add_argument("--errors", choices=("strict", "replace"), default="strict")
    parser.add_argument("--version", action="version", version=f"figures {__version__}")
    args = parser.parse_args(args_list)
    check_locale(args.locale, None)
    day = check_date(args.date)
    to = check_currency(args.to) or "USD"
    options = InputOptions(encoding=args.encoding, errors=args.errors)
    status = 0
    for item in read_records(args.files, options):
        if isinstance(item, Failure):
            print(f"figures: {item.where}: {item.message}", file=sys.stderr)
            status = 1
            continue
        doc = read(item.text, locale=args.locale, date=day)
        if args.json:
            name = "-" if item.id == "<stdin>" else item.id  # as given on the command line
            out.write(json.dumps({"file": name, **document_record(doc, to)}) + "\n")
        else:
            if len(args.files) > 1:
                out.write(f"== {item.id}\n")
            out.write(render(doc, to) + "\n")
    return status
