"""``figures report``: the command that writes the HTML report of text files.

It lives in the command line package so that :mod:`figures.report` (the page) does not
import :mod:`figures.document` (which offers ``Document.to_html``) back.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from figures.cli.inputs import Failure, InputOptions, read_records
from figures.cli.options import Parser, UsageError, check_locale
from figures.document import Document, read
from figures.errors import FiguresError
from figures.report import render_many

__all__ = ["report_command"]


def report_command(argv: Sequence[str]) -> int:
    """``figures report FILE... -o report.html [--to USD] [--date D]``; returns the exit
    status (1 if a file could not be read, 2 for bad options, each failure one line)."""
    parser = Parser(
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
    parser.add_argument("--encoding", default="utf-8", help="text encoding (default utf-8)")
    parser.add_argument("--errors", choices=("strict", "replace"), default="strict")
    try:
        args = parser.parse_args(list(argv))
        check_locale(args.locale, None)
    except SystemExit as exit_:  # --help
        return int(exit_.code or 0)
    except UsageError as err:  # a bad flag: one line
        print(f"figures report: error: {err}", file=sys.stderr)
        return 2
    documents: list[tuple[str, Document]] = []
    status = 0
    # files and standard input decoded alike (strict UTF-8), each failure one line
    for item in read_records(args.files, InputOptions(encoding=args.encoding, errors=args.errors)):
        if isinstance(item, Failure):
            print(f"figures report: {item.where}: {item.message}", file=sys.stderr)
            status = 1
            continue
        try:
            documents.append((item.id, read(item.text, locale=args.locale, date=args.date)))
        except (FiguresError, ValueError) as err:
            print(f"figures report: {item.id}: {err}", file=sys.stderr)
            status = 1
    try:
        page = render_many(documents, to=args.to, title=args.title)
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(page)
    except (OSError, FiguresError) as err:
        print(f"figures report: {args.output}: {err}", file=sys.stderr)
        return 1
    return status
