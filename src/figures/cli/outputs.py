"""What the command line writes: rows as a terminal table, JSON lines, CSV or Parquet,
one row at a time (Parquet in row groups), so memory stays flat.

Amounts stay exact decimal strings in every format.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import IO, Any, Protocol, TextIO

__all__ = ["FORMATS", "Writer", "open_writer"]

FORMATS = ("table", "jsonl", "csv", "parquet")

# the columns a person reads in the terminal table, by row field
TABLE_COLUMNS = (
    "id",
    "span",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "currency",
    "unit",
    "qualifier",
    "converted",
    "source",
    "base",
    "quote",
    "rate",
    "original",
    "restated",
    "expected",
    "tolerance",
)


class Writer(Protocol):
    """Takes the rows of one document at a time."""

    def write(self, rows: Sequence[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One JSON object a line."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """A header, then one line a row; ``None`` is an empty cell."""

    def __init__(self, stream: TextIO, names: Sequence[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=list(names), lineterminator="\n")
        self.writer.writeheader()
        self.stream = stream

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        self.writer.writerows(rows)

    def close(self) -> None:
        self.stream.flush()


class ParquetWriter:
    """Row groups of ``group`` rows; the schema version is kept in the file's metadata."""

    def __init__(
        self, target: str | IO[bytes], fields: Sequence[tuple[str, str]], group: int = 8192
    ) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from figures.rows import SCHEMA_VERSION

        types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
        self.schema = pa.schema(
            [pa.field(name, types[kind]) for name, kind in fields],
            metadata={"figures.schema_version": str(SCHEMA_VERSION)},
        )
        self.writer = pq.ParquetWriter(target, self.schema)
        self.buffer: list[dict[str, Any]] = []
        self.group = group

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


class TableWriter:
    """A readable table a document (rich when installed, plain columns otherwise)."""

    def __init__(self, stream: TextIO, names: Sequence[str]) -> None:
        self.stream = stream
        self.names = [n for n in TABLE_COLUMNS if n in names or (n == "span" and "end" in names)]
        try:
            from rich.console import Console
        except ImportError:  # pragma: no cover - rich is a dependency
            self.console: Any = None
        else:
            tty = stream.isatty()
            self.console = Console(file=stream, soft_wrap=False, width=None if tty else 200)

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        cells = [[_cell(_get(row, n)) for n in self.names] for row in rows]
        names = [n for i, n in enumerate(self.names) if any(c[i] for c in cells) or n == "id"]
        keep = [self.names.index(n) for n in names]
        if self.console is None:
            self.stream.write("\t".join(names) + "\n")
            for c in cells:
                self.stream.write("\t".join(c[i] for i in keep) + "\n")
            return
        from rich.table import Table

        table = Table(*names, show_edge=False, pad_edge=False)
        for c in cells:
            table.add_row(*(c[i] for i in keep))
        self.console.print(table)

    def close(self) -> None:
        self.stream.flush()


def _get(row: dict[str, Any], name: str) -> object:
    if name == "span" and "end" in row:
        return f"{row['start']}-{row['end']}"
    return row.get(name)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def open_writer(
    kind: str, fields: Sequence[tuple[str, str]], out: TextIO, output: str | None
) -> tuple[Writer, IO[Any] | None]:
    """The writer of ``kind`` to ``output`` (a path) or ``out``; the file to close."""
    names = [name for name, _ in fields]
    if kind == "parquet":
        if output is None and out.isatty():
            raise ValueError("--format parquet writes binary data: pass -o FILE or a pipe")
        target: Any = output if output is not None else _binary(out)
        return ParquetWriter(target, fields), None
    handle: IO[Any] | None = None
    stream = out
    if output is not None:
        handle = stream = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    if kind == "jsonl":
        return JsonlWriter(stream), handle
    if kind == "csv":
        return CsvWriter(stream, names), handle
    return TableWriter(stream, names), handle


def _binary(out: TextIO) -> IO[bytes]:
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        raise ValueError("--format parquet needs -o FILE here")
    out.flush()
    return buffer if buffer is not None else sys.stdout.buffer
