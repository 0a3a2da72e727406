"""``figures extract``, ``figures check`` and ``figures rates``: read many records, write
one row per figure (or per inconsistent pair, or per stated rate), go on past a bad
record, and end with a summary.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO

from figures.batch import pool_map
from figures.cli.inputs import Failure, InputOptions, Record, expand, read_records
from figures.cli.options import Settings
from figures.cli.outputs import open_writer
from figures.document import Document, read
from figures.errors import FiguresError
from figures.rows import decimal_text, document_rows, fields

__all__ = ["CHECK_FIELDS", "RATE_FIELDS", "run_records"]

CHECK_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("date", "string"),
    ("original", "string"),
    ("original_start", "int64"),
    ("restated", "string"),
    ("restated_start", "int64"),
    ("implied_rate", "string"),
    ("document_rate", "string"),
    ("expected", "string"),
    ("tolerance", "string"),
    ("difference", "string"),
    ("path", "string"),
)
"""The columns of ``figures check``: one row per stated conversion that disagrees."""

RATE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("date", "string"),
    ("base", "string"),
    ("quote", "string"),
    ("rate", "string"),
    ("text", "string"),
    ("start", "int64"),
    ("end", "int64"),
)
"""The columns of ``figures rates FILE``: one row per rate the text states."""


@dataclass(frozen=True)
class Job:
    """What a worker does with one record (pickled to worker processes)."""

    command: str
    locale: str
    decimal_mark: str | None
    date: datetime.date | None
    to: str | None
    round_minor: bool


def _check_rows(doc: Document, doc_id: str) -> list[dict[str, Any]]:
    day = None if doc.date is None else doc.date.isoformat()
    return [
        {
            "id": doc_id,
            "date": day,
            "original": p.original.text,
            "original_start": p.original.start,
            "restated": p.restated.text,
            "restated_start": p.restated.start,
            "implied_rate": decimal_text(p.implied_rate),
            "document_rate": decimal_text(p.document_rate),
            "expected": decimal_text(p.expected),
            "tolerance": decimal_text(p.tolerance),
            "difference": decimal_text(p.difference),
            "path": None if p.path is None else str(p.path),
        }
        for p in doc.check()
    ]


def _rate_rows(doc: Document, doc_id: str) -> list[dict[str, Any]]:
    day = None if doc.date is None else doc.date.isoformat()
    return [
        {
            "id": doc_id,
            "date": day,
            "base": r.base,
            "quote": r.quote,
            "rate": decimal_text(r.rate),
            "text": r.text,
            "start": r.start,
            "end": r.end,
        }
        for r in doc.rates
    ]


def work(task: tuple[Record | Failure, Job]) -> tuple[Record | Failure, list[dict[str, Any]]]:
    """The rows of one record (a module-level function: it runs in worker processes)."""
    item, job = task
    if isinstance(item, Failure):
        return item, []
    try:
        doc = read(
            item.text,
            locale=job.locale,
            date=item.date if item.date is not None else job.date,
            decimal_mark=job.decimal_mark,
        )
        if job.command == "check":
            return item, _check_rows(doc, item.id)
        if job.command == "rates":
            return item, _rate_rows(doc, item.id)
        return item, list(document_rows(doc, item.id, to=job.to, round_minor=job.round_minor))
    except (FiguresError, ArithmeticError) as err:  # a value this record cannot hold
        return Failure(item.id, str(err)), []


@dataclass
class Tally:
    """What a run did, for the summary line."""

    records: int = 0
    rows: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self, command: str, what: str) -> str:
        line = f"figures {command}: {self.records} records, {self.rows} {what}"
        if self.failed:
            shown = ", ".join(self.failed[:10]) + (" ..." if len(self.failed) > 10 else "")
            line += f"; {len(self.failed)} failed: {shown}"
        return line


@contextmanager
def progress(enabled: bool, total: int | None) -> Iterator[Callable[[], None]]:
    """A progress bar on standard error (records done, rate, time left), or nothing."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns: list[Any] = [
        TextColumn("records"),
        MofNCompleteColumn() if total else TextColumn("{task.completed}"),
    ]
    columns += [BarColumn(), TextColumn("{task.fields[rate]}/s"), TimeElapsedColumn()]
    if total:
        columns.append(TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("records", total=total, rate="-")

        def tick() -> None:
            bar.advance(task)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.0f}" if speed else "-")

        yield tick


_WHAT = {"extract": "figures", "check": "inconsistent stated conversions", "rates": "rates"}


def run_records(command: str, settings: Settings, out: TextIO) -> int:
    """Run ``command`` over the inputs; returns the exit status (1 when a record failed,
    or, for ``check``, when a stated conversion disagrees)."""
    options: InputOptions = settings.inputs
    job = Job(
        command,
        settings.locale,
        settings.decimal_mark,
        settings.date,
        settings.to,
        settings.round_minor,
    )
    columns = {"check": CHECK_FIELDS, "rates": RATE_FIELDS}.get(command) or fields(settings.to)
    writer, handle = open_writer(settings.format, columns, out, settings.output)
    total = None
    if options.kind == "text" and "-" not in settings.files:
        total = sum(1 for _ in expand(settings.files, options.glob))
    tally = Tally()
    tasks = ((item, job) for item in read_records(settings.files, options))
    try:
        with progress(settings.show_progress, total) as tick:
            for item, rows in pool_map(work, tasks, processes=settings.processes, chunksize=8):
                if isinstance(item, Failure):
                    print(f"figures: {item.where}: {item.message}", file=sys.stderr)
                    tally.failed.append(item.where)
                else:
                    writer.write(rows)
                    tally.records += 1
                    tally.rows += len(rows)
                tick()
    finally:
        writer.close()
        if handle is not None:
            handle.close()
    if tally.failed or not settings.quiet:
        print(tally.summary(command, _WHAT[command]), file=sys.stderr)
    if tally.failed:
        return 1
    return 1 if command == "check" and tally.rows else 0
