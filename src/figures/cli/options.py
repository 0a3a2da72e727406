"""The command line's flags, checked once up front: a bad flag is one line and exit 2."""

from __future__ import annotations

import argparse
import codecs
import datetime
import sys
from dataclasses import dataclass
from typing import NoReturn

from figures.cli.inputs import InputOptions
from figures.cli.outputs import FORMATS
from figures.dates import as_date
from figures.errors import FiguresError

__all__ = ["Parser", "Settings", "UsageError", "add_common", "add_inputs", "settings_from"]


class UsageError(Exception):
    """A bad flag or argument: printed as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (no usage block, no traceback)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


@dataclass(frozen=True)
class Settings:
    """The checked flags of a run."""

    files: list[str]
    inputs: InputOptions
    locale: str
    decimal_mark: str | None
    date: datetime.date | None
    to: str | None
    round_minor: bool
    format: str
    output: str | None
    processes: int | None
    quiet: bool

    @property
    def show_progress(self) -> bool:
        """A progress bar only for a person watching: stderr a terminal, not --quiet."""
        return not self.quiet and sys.stderr.isatty()


def add_common(parser: argparse.ArgumentParser) -> None:
    """--locale, --decimal-mark, --date, --quiet."""
    parser.add_argument("--locale", default="en", help="locale of the texts (default en)")
    parser.add_argument("--decimal-mark", help="force the decimal mark: '.' or ','")
    parser.add_argument("--date", help="date of texts that state none (ISO)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")


def add_inputs(parser: argparse.ArgumentParser, *, to: bool = True, files: str = "+") -> None:
    """The input and output flags of extract, check and rates."""
    parser.add_argument("files", nargs=files, help="files, directories (recursive) or - for stdin")
    parser.add_argument(
        "--input",
        choices=("text", "jsonl", "csv", "parquet"),
        default="text",
        help="plain text (one document a file) or records (default text)",
    )
    parser.add_argument("--text-field", default="text", help="field holding the text")
    parser.add_argument("--id-field", help="field holding the record's id (default file:line)")
    parser.add_argument("--date-field", help="field holding the record's date")
    parser.add_argument("--glob", default="*", help="files to read in directories (default *)")
    parser.add_argument("--encoding", default="utf-8", help="text encoding (default utf-8)")
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes: fail the record (strict) or read as U+FFFD",
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format")
    parser.add_argument("-o", "--output", help="write to this file (needed for parquet)")
    parser.add_argument("--processes", type=int, help="worker processes (default 1)")
    if to:
        parser.add_argument("--to", help="also convert money to this currency")
        parser.add_argument(
            "--round", action="store_true", help="round money to the currency's ISO minor units"
        )
    add_common(parser)


def check_locale(locale: str, decimal_mark: str | None) -> None:
    """Refuse an unknown locale or decimal mark with one line."""
    from figures.locales import validate_locale

    if decimal_mark is not None and decimal_mark not in (".", ","):
        raise UsageError(f"--decimal-mark must be '.' or ',', not {decimal_mark!r}")
    try:
        validate_locale(locale, allow_auto=True)
    except FiguresError as err:  # unknown, with close ones suggested
        raise UsageError(str(err)) from None


def check_date(value: str | None) -> datetime.date | None:
    """The --date flag as a day."""
    try:
        return as_date(value, what="--date")
    except FiguresError as err:
        raise UsageError(str(err)) from None


def check_currency(code: str | None) -> str | None:
    """The --to flag as an ISO code."""
    if code is None:
        return None
    from figures.lexicon import validate_currency

    try:
        return validate_currency(code)
    except FiguresError as err:
        raise UsageError(f"--to: {err}") from None


def settings_from(args: argparse.Namespace) -> Settings:
    """Check every flag; a bad one raises :class:`UsageError`."""
    check_locale(args.locale, args.decimal_mark)
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    if args.processes is not None and args.processes < 1:
        raise UsageError(f"--processes must be 1 or more, not {args.processes}")
    if args.input == "text" and (args.id_field or args.date_field):
        raise UsageError("--id-field and --date-field need --input jsonl, csv or parquet")
    inputs = InputOptions(
        args.input,
        args.text_field,
        args.id_field,
        args.date_field,
        args.encoding,
        args.errors,
        args.glob,
    )
    return Settings(
        files=list(args.files),
        inputs=inputs,
        locale=args.locale,
        decimal_mark=args.decimal_mark,
        date=check_date(args.date),
        to=check_currency(getattr(args, "to", None)),
        round_minor=bool(getattr(args, "round", False)),
        format=args.format,
        output=args.output,
        processes=args.processes,
        quiet=args.quiet,
    )
