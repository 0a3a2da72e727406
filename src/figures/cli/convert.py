"""``figures convert "1 million pounds" --to USD [--rate "($1 = 0.8214 pounds)"] [--date D]``:
one amount in another currency, with the rate and where it came from."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from figures.cli.options import (
    Parser,
    UsageError,
    add_common,
    check_currency,
    check_date,
    check_locale,
)
from figures.cli.outputs import open_writer
from figures.document import read
from figures.errors import FiguresError
from figures.model import Kind
from figures.rates import ExchangeRate
from figures.rows import document_rows, fields

__all__ = ["convert_command", "convert_parser"]


def convert_parser(sub: argparse._SubParsersAction[Parser]) -> None:
    """The ``convert`` subcommand's flags."""
    parser = sub.add_parser("convert", help="convert one amount to another currency")
    parser.add_argument("amount", help='the amount in words, such as "1 million pounds"')
    parser.add_argument("--to", required=True, help="the target currency (ISO code)")
    parser.add_argument(
        "--rate",
        action="append",
        default=[],
        help='a rate as written, such as "($1 = 0.8214 pounds)"; repeatable',
    )
    parser.add_argument("--round", action="store_true", help="round to ISO minor units")
    parser.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_common(parser)


def convert_command(args: argparse.Namespace, out: TextIO) -> int:
    """Convert every amount of money in ``args.amount``; 1 when none could be."""
    from figures.inline_rates import parse_rate

    check_locale(args.locale, args.decimal_mark)
    to = check_currency(args.to)
    assert to is not None
    rates = []
    for text in args.rate:
        try:  # given on the command line: the caller's rate, keeping its text
            stated = parse_rate(text)
            rates.append(ExchangeRate(stated.base, stated.quote, stated.rate, "caller", text))
        except FiguresError as err:
            raise UsageError(f"--rate: {err}") from None
    doc = read(
        args.amount,
        locale=args.locale,
        date=check_date(args.date),
        rates=rates,
        decimal_mark=args.decimal_mark,
    )
    rows = [
        r
        for r in document_rows(doc, "-", to=to, round_minor=args.round)
        if r["kind"] == Kind.MONEY.value
    ]
    if not rows:
        print(f"figures convert: no amount of money in {args.amount[:80]!r}", file=sys.stderr)
        return 1
    failed = [r for r in rows if r["conversion_error"]]
    for row in failed:
        print(f"figures convert: {row['text']!r}: {row['conversion_error']}", file=sys.stderr)
    if args.format == "table":
        for c in doc.convert(to):
            if c.money is not None:
                money = c.money.rounded() if args.round else c.money
                amount = f"{money.amount:f} {to}"
            elif c.low is not None and c.high is not None:
                low, high = (c.low.rounded(), c.high.rounded()) if args.round else (c.low, c.high)
                amount = f"{low.amount:f} .. {high.amount:f} {to}"
            else:
                continue
            out.write(f"{c.figure.text} = {amount}   via {c.path} [{c.source}]\n")
    else:
        writer, _ = open_writer(args.format, fields(to), out, None)
        writer.write(rows)
        writer.close()
    return 1 if failed else 0
