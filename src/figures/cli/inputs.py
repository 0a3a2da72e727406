"""What the command line reads: files, directories and standard input, as plain text
or as records (JSON lines, CSV, Parquet), gzip or not, one record at a time.

Each item is a :class:`Record` or a :class:`Failure` (a file or record that cannot be
read, named with its line or row): the run goes on with the next one.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from figures.batch import as_text
from figures.dates import as_date
from figures.errors import FiguresError

__all__ = ["Failure", "InputOptions", "Record", "decode", "expand", "read_records"]

GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Record:
    """One document: its id, its text and its own date (None: the text's or --date)."""

    id: str
    text: str
    date: object = None


@dataclass(frozen=True)
class Failure:
    """A file or record that could not be read; ``where`` names it."""

    where: str
    message: str


@dataclass(frozen=True)
class InputOptions:
    """How to read the inputs (the command line's input flags)."""

    kind: str = "text"
    text_field: str = "text"
    id_field: str | None = None
    date_field: str | None = None
    encoding: str = "utf-8"
    errors: str = "strict"
    glob: str = "*"


def expand(names: list[str], glob: str) -> Iterator[str | Failure]:
    """The files to read: ``-`` as is, a directory's files matching ``glob``
    recursively in name order, a missing path as a :class:`Failure`."""
    for name in names:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            for found in sorted(path.rglob(glob)):
                if found.is_file() and not found.name.startswith("."):
                    yield str(found)
        elif path.exists():
            yield name
        else:
            yield Failure(name, "no such file or directory")


@contextmanager
def open_binary(name: str) -> Iterator[IO[bytes]]:
    """A file or standard input as bytes, gunzipped when it starts with gzip's magic."""
    raw: Any
    if name == "-":  # a replaced sys.stdin (a test's StringIO) has no bytes: encode it
        raw = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode())
    else:
        raw = open(name, "rb")  # noqa: SIM115
    try:
        buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
        if buffered.peek(2)[:2] == GZIP_MAGIC:
            yield cast(IO[bytes], gzip.GzipFile(fileobj=buffered))
        else:
            yield buffered
    finally:
        if name != "-":
            raw.close()


def decode(data: bytes, options: InputOptions) -> str:
    """Bytes as text with the input's encoding; undecodable bytes raise a
    :class:`UnicodeDecodeError` under ``--errors strict``."""
    return data.decode(options.encoding, options.errors)


def _undecodable(err: UnicodeDecodeError, options: InputOptions) -> str:
    return (
        f"undecodable bytes at byte {err.start} for {options.encoding} "
        f"(pass --encoding, or --errors replace to read them as U+FFFD)"
    )


def _record(obj: object, where: str, options: InputOptions) -> Record | Failure:
    if not isinstance(obj, Mapping):
        return Failure(where, f"not a record (an object with a {options.text_field!r} field)")
    if options.text_field not in obj:
        return Failure(where, f"no {options.text_field!r} field")
    try:
        text = as_text(obj[options.text_field])
    except FiguresError:
        kind = type(obj[options.text_field]).__name__
        return Failure(where, f"field {options.text_field!r} is a {kind}, not text")
    doc_id = where
    if options.id_field is not None:
        if obj.get(options.id_field) is None:
            return Failure(where, f"no {options.id_field!r} field")
        doc_id = str(obj[options.id_field])
    date = None
    if options.date_field is not None:
        value = obj.get(options.date_field)
        try:
            date = as_date(None if value == "" else value, what=options.date_field)
        except FiguresError as err:
            return Failure(where, str(err))
    return Record(doc_id, text, date)


def _text_file(name: str, fh: IO[bytes], options: InputOptions) -> Iterator[Record | Failure]:
    try:
        yield Record(name, decode(fh.read(), options))
    except UnicodeDecodeError as err:
        yield Failure(name, _undecodable(err, options))


def _jsonl(name: str, fh: IO[bytes], options: InputOptions) -> Iterator[Record | Failure]:
    for number, line in enumerate(fh, 1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            obj = json.loads(decode(line, options))
        except UnicodeDecodeError as err:
            yield Failure(where, _undecodable(err, options))
            continue
        except json.JSONDecodeError as err:
            yield Failure(where, f"not JSON ({err.msg} at column {err.colno})")
            continue
        yield _record(obj, where, options)


def _csv(name: str, fh: IO[bytes], options: InputOptions) -> Iterator[Record | Failure]:
    csv.field_size_limit(2**31 - 1)  # an article may well exceed the default 128 KiB cell
    stream = io.TextIOWrapper(fh, encoding=options.encoding, errors=options.errors, newline="")
    reader = csv.DictReader(stream)
    try:
        if reader.fieldnames is None or options.text_field not in reader.fieldnames:
            yield Failure(name, f"no {options.text_field!r} column in the header")
            return
        for row in reader:
            yield _record(row, f"{name}:{reader.line_num}", options)
    except UnicodeDecodeError as err:
        yield Failure(f"{name}:{reader.line_num + 1}", _undecodable(err, options))
    except csv.Error as err:
        yield Failure(f"{name}:{reader.line_num}", f"bad CSV ({err})")
    finally:
        stream.detach()


def _parquet(name: str, fh: IO[bytes], options: InputOptions) -> Iterator[Record | Failure]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Failure(name, "reading Parquet needs pyarrow: pip install 'figures-text[parquet]'")
        return
    source: Any = fh if fh.seekable() else io.BytesIO(fh.read())
    try:
        table = pq.ParquetFile(source)
    except Exception as err:  # pyarrow raises its own ArrowInvalid, OSError...
        yield Failure(name, f"not a Parquet file ({err})")
        return
    present = set(table.schema_arrow.names)
    wanted = [f for f in (options.text_field, options.id_field, options.date_field) if f]
    if options.text_field not in present:
        yield Failure(name, f"no {options.text_field!r} column")
        return
    number = 0
    for batch in table.iter_batches(batch_size=512, columns=[f for f in wanted if f in present]):
        for row in batch.to_pylist():
            number += 1
            yield _record(row, f"{name}:{number}", options)


_READERS = {"text": _text_file, "jsonl": _jsonl, "csv": _csv, "parquet": _parquet}


def read_records(names: list[str], options: InputOptions) -> Iterator[Record | Failure]:
    """Every record of the inputs, in order, one at a time (memory stays flat)."""
    reader = _READERS[options.kind]
    for item in expand(names, options.glob):
        if isinstance(item, Failure):
            yield item
            continue
        shown = "<stdin>" if item == "-" else item
        try:
            with open_binary(item) as fh:
                yield from reader(shown, fh, options)
        except (OSError, EOFError) as err:  # unreadable, or a truncated gzip stream
            yield Failure(shown, getattr(err, "strerror", None) or str(err))
