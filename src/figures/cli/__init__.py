"""The ``figures`` command line (also ``python -m figures``).

- ``figures FILE...``: a readable report of each text (the friendly default);
- ``figures extract``: one row per figure over files, directories, stdin or records
  (JSON lines, CSV, Parquet), as a table, JSON lines, CSV or Parquet;
- ``figures convert "1 million pounds" --to USD``: one amount in another currency;
- ``figures check``: stated conversions that disagree (exit status 1 when any);
- ``figures rates``: the rates texts state; with no file, the embedded ECB data's range;
  ``figures rates update|info`` manage the ECB data;
- ``figures report``: an HTML report.

Every failure is one line on standard error and a non-zero exit status (2 for a bad
flag, 1 for a record that could not be read; the other records are still written).
Set ``FIGURES_DEBUG=1`` to see a traceback instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from figures import __version__
from figures.build import describe
from figures.cli.legacy import SUBCOMMANDS, default_command, render
from figures.cli.options import Parser, UsageError, add_inputs, settings_from
from figures.cli.report import report_command
from figures.errors import FiguresError

__all__ = ["SUBCOMMANDS", "main", "render", "report_command"]


def _parser() -> Parser:
    parser = Parser(
        prog="figures",
        description="Every figure in texts as exact data: extract, convert, check, rates.",
    )
    parser.add_argument(
        "--version", action="version", version=f"figures {__version__} ({describe()})"
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    extract = sub.add_parser("extract", help="one row per figure")
    add_inputs(extract)
    check = sub.add_parser("check", help="stated conversions that disagree (exit 1 when any)")
    add_inputs(check, to=False)
    rates = sub.add_parser(
        "rates",
        help="rates the texts state; none: the ECB data's range",
        epilog="The ECB data: figures rates update [--from FILE_OR_URL] (load newer "
        "fixings), figures rates info (which data is in use).",
    )
    add_inputs(rates, to=False, files="*")
    from figures.cli.convert import convert_parser

    convert_parser(sub)
    return parser


def _dispatch(args: list[str], out: TextIO) -> int:
    head = args[:1]
    if head == ["report"]:
        return report_command(args[1:])
    if head == ["rates"] and args[1:2] in (["update"], ["info"]):
        from figures.ecb_store import rates_command

        return rates_command(args[1:])
    if not head or head[0] not in (*SUBCOMMANDS, "--version", "-h", "--help"):
        return default_command(args, out)
    if head == ["-h"] or head == ["--help"]:
        _parser().print_help(out)
        return 0
    ns = _parser().parse_args(args)
    return _run(ns, out)


def _run(ns: argparse.Namespace, out: TextIO) -> int:
    if ns.command == "convert":
        from figures.cli.convert import convert_command

        return convert_command(ns, out)
    if ns.command == "rates" and not ns.files:
        from figures.ecb_store import rates_info

        out.write(f"{rates_info()}\n")
        return 0
    from figures.cli.commands import run_records

    return run_records(ns.command, settings_from(ns), out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """The command line entry point; returns the exit status. Never a traceback: a bad
    flag is one line and status 2, a failed record one line and status 1."""
    args = list(sys.argv[1:] if argv is None else argv)
    stream = out or sys.stdout
    try:
        return _dispatch(args, stream)
    except SystemExit as done:  # --help, --version
        return done.code if isinstance(done.code, int) else 0
    except UsageError as err:
        print(f"figures: error: {err}", file=sys.stderr)
        return 2
    except (FiguresError, ValueError, OSError) as err:
        if os.environ.get("FIGURES_DEBUG"):
            raise
        if isinstance(err, BrokenPipeError):
            return _broken_pipe()
        print(f"figures: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("figures: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if os.environ.get("FIGURES_DEBUG"):
            raise
        print(
            f"figures: internal error: {type(err).__name__}: {err} (please report it; "
            "FIGURES_DEBUG=1 shows where)",
            file=sys.stderr,
        )
        return 3


def _broken_pipe() -> int:
    """The reader went away (``figures extract ... | head``): stop quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
