"""The subcommands run as a user runs them: a subprocess, its exit status, its stdout and
its stderr. Every failure must be one line naming the file or record, never a traceback.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_06cab5962894b8ac.txt"
PLEDGE = "Britain pledged 1 million pounds ($1.22 million) to the court."
BAD_PLEDGE = "Britain pledged 1.00 million pounds ($1.30 million). ($1 = 0.8214 pounds)"
ARTICLES: list[dict[str, str | None]] = [
    {"id": "a1", "date": "2023-03-17T09:00:00Z", "body": PLEDGE},
    {"id": "a2", "date": "2023-03-20", "body": "Shares fell 3.2% to $45.10."},
    {"id": "a3", "date": None, "body": "no figures here"},
    {"id": "a4", "date": "2023-03-20", "body": BAD_PLEDGE},
]


def figures(
    *args: str, stdin: bytes | str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("FIGURES_DEBUG", None)
    data = stdin.encode() if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "figures", *args],
        input=data,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    out, err = done.stdout.decode(), done.stderr.decode()
    assert "Traceback" not in err, err
    return subprocess.CompletedProcess(done.args, done.returncode, out, err)


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


JSONL_FLAGS = ["--input", "jsonl", "--text-field", "body", "--id-field", "id"]
CSV_FLAGS = ["--input", "csv", "--text-field", "body", "--id-field", "id"]


def test_extract_jsonl_records_keep_their_ids_and_dates(articles: Path) -> None:
    done = figures(
        "extract",
        str(articles),
        *JSONL_FLAGS,
        "--date-field",
        "date",
        "--format",
        "jsonl",
        "--to",
        "USD",
        "--round",
        "-q",
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = jsonl(done.stdout)
    assert [(r["id"], r["text"]) for r in rows] == [
        ("a1", "1 million pounds"),
        ("a1", "$1.22 million"),
        ("a2", "3.2%"),
        ("a2", "$45.10"),
        ("a4", "1.00 million pounds"),
        ("a4", "$1.30 million"),
    ]
    pledge = rows[0]
    assert pledge["date"] == "2023-03-17"  # its own date, read from an ISO timestamp
    # ECB 2023-03-17: 1,000,000 * 1.0623 / 0.87488 = 1,214,223.66 USD
    assert pledge["converted"] == "1214223.66" and pledge["source"] == "ecb 2023-03-17"
    assert pledge["value"] == "1000000.00" and pledge["currency"] == "GBP"
    assert (pledge["start"], pledge["end"]) == (16, 32)
    # a4 states its own rate: 1,000,000 / 0.8214 = 1,217,433.65
    assert rows[4]["converted"] == "1217433.65" and rows[4]["source"] == "inline"
    assert (
        rows[2]["kind"] == "percent" and rows[2]["value"] == "3.2" and rows[2]["converted"] is None
    )


def test_exact_amounts_without_round(articles: Path) -> None:
    done = figures("extract", str(articles), *JSONL_FLAGS, "--format", "jsonl", "--to", "USD")
    inline = jsonl(done.stdout)[4]
    assert inline["converted"].startswith("1217433.6498660822985147309")
    assert inline["value"] == "1000000"


def test_extract_csv_records_and_csv_output(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "published", "body"])
        writer.writerow(["c1", "2023-06-07", "Exports rose 5% to 2 billion euros."])
        writer.writerow(["c2", "", 'He said "about $3 million", then left.'])
    done = figures(
        "extract",
        str(path),
        *CSV_FLAGS,
        "--date-field",
        "published",
        "--format",
        "csv",
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["id"], r["date"], r["text"], r["value"]) for r in rows] == [
        ("c1", "2023-06-07", "5%", "5"),
        ("c1", "2023-06-07", "2 billion euros", "2000000000"),
        ("c2", "", "about $3 million", "3000000"),
    ]
    assert rows[2]["qualifier"] == "about"
    assert "06-07" not in {r["text"] for r in rows}  # a date cell is not prose
    assert "figures extract: 2 records, 3 figures" in done.stderr


def test_parquet_in_and_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.parquet"
    pq.write_table(
        pa.Table.from_pylist([{"k": a["id"], "body": a["body"]} for a in ARTICLES]), source
    )
    target = tmp_path / "out.parquet"
    done = figures(
        "extract",
        str(source),
        "--input",
        "parquet",
        "--text-field",
        "body",
        "--id-field",
        "k",
        "--format",
        "parquet",
        "-o",
        str(target),
        "--to",
        "EUR",
    )
    assert done.returncode == 0, done.stderr
    table = pq.read_table(target)
    assert table.schema.metadata[b"figures.schema_version"] == b"1"
    assert table.schema.field("start").type == pa.int64()
    assert table.schema.field("value").type == pa.string()
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["a1", "a1", "a2", "a2", "a4", "a4"]
    assert rows[3]["value"] == "45.10" and rows[3]["to"] == "EUR"


def test_gzip_directories_and_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("It cost $5.", encoding="utf-8")
    with gzip.open(tmp_path / "a" / "b" / "two.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("It cost 7 euros.")
    (tmp_path / "a" / "skip.md").write_text("It cost $9.", encoding="utf-8")
    done = figures("extract", str(tmp_path / "a"), "--glob", "*.txt*", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = jsonl(done.stdout)
    assert [(Path(r["id"]).name, r["value"], r["currency"]) for r in rows] == [
        ("two.txt.gz", "7", "EUR"),
        ("one.txt", "5", "USD"),
    ]


def test_stdin_and_table(articles: Path) -> None:
    done = figures("extract", "-", stdin=PLEDGE)
    assert done.returncode == 0, done.stderr
    assert "1 million pounds" in done.stdout and "1000000" in done.stdout
    assert "16-32" in done.stdout and "GBP" in done.stdout
    piped = figures("extract", "-", *JSONL_FLAGS, "--format", "jsonl", stdin=articles.read_text())
    assert [r["id"] for r in jsonl(piped.stdout)] == ["a1", "a1", "a2", "a2", "a4", "a4"]


def test_processes_give_the_same_rows(articles: Path, tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", **{"body": a["body"]}}) for i in range(25) for a in ARTICLES
    ]
    many.write_text("\n".join(lines) + "\n", encoding="utf-8")
    flags = [str(many), *JSONL_FLAGS, "--format", "jsonl", "--to", "USD", "--date", "2023-03-20"]
    one = figures("extract", *flags)
    two = figures("extract", *flags, "--processes", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(jsonl(one.stdout)) == 25 * 6


def test_bad_records_are_named_and_the_rest_is_written(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "body": "It cost $5."}\n'
        b"{not json\n"
        b'{"id": "nobody"}\n'
        b'{"id": "bytes", "body": "caf\xe9 costs $3"}\n'
        b'{"id": "baddate", "body": "$4", "date": "20/03/2023"}\n'
        b'["a list"]\n'
        b'{"id": "ok2", "body": "It cost 7 euros."}\n'
    )
    missing = tmp_path / "gone.jsonl"
    done = figures(
        "extract",
        str(missing),
        str(path),
        *JSONL_FLAGS,
        "--date-field",
        "date",
        "--format",
        "jsonl",
    )
    assert done.returncode == 1
    assert [r["id"] for r in jsonl(done.stdout)] == ["ok1", "ok2"]
    err = done.stderr.splitlines()
    assert err[0] == f"figures: {missing}: no such file or directory"
    assert err[1].startswith(f"figures: {path}:2: not JSON")
    assert err[2] == f"figures: {path}:3: no 'body' field"
    assert err[3].startswith(f"figures: {path}:4: undecodable bytes at byte 28 for utf-8")
    assert (
        err[4].startswith(f"figures: {path}:5: date must be an ISO date") and "20/03/2023" in err[4]
    )
    assert err[5].startswith(f"figures: {path}:6: not a record")
    assert err[6].startswith("figures extract: 2 records, 2 figures; 6 failed: ")
    assert f"{path}:4" in err[6] and str(missing) in err[6]
    assert len(err) == 7


@pytest.mark.parametrize("command", [["extract"], []], ids=["extract", "default"])
def test_invalid_utf8_on_stdin_and_in_a_file_agree(tmp_path: Path, command: list[str]) -> None:
    data = b"Paid \xff 5 million pounds."
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    from_file = figures(*command, str(path))
    from_stdin = figures(*command, "-", stdin=data)
    assert from_file.returncode == from_stdin.returncode == 1
    assert from_file.stdout == from_stdin.stdout == ""
    for done, name in ((from_file, str(path)), (from_stdin, "<stdin>")):
        first = done.stderr.splitlines()[0]
        assert first.startswith(f"figures: {name}: undecodable bytes at byte 5 for utf-8")
    replaced = figures(*command, str(path), "--errors", "replace")
    replaced_stdin = figures(*command, "-", "--errors", "replace", stdin=data)
    assert replaced.returncode == replaced_stdin.returncode == 0
    assert "5 million pounds" in replaced.stdout
    latin = figures(*command, str(path), "--encoding", "latin-1")
    assert latin.returncode == 0 and "5 million pounds" in latin.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["extract", str(SEED), "--locale", "xx"], "unknown locale 'xx'"),
        (["--locale", "xx", str(SEED)], "unknown locale 'xx'"),
        (["extract", str(SEED), "--format", "xml"], "invalid choice: 'xml'"),
        (["extract", str(SEED), "--processes", "0"], "--processes must be 1 or more"),
        (["extract", str(SEED), "--processes", "two"], "invalid int value: 'two'"),
        (["extract", str(SEED), "--to", "XYZ"], "unknown currency code 'XYZ'"),
        (["extract", str(SEED), "--date", "yesterday"], "'yesterday'"),
        (["extract", str(SEED), "--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["extract", str(SEED), "--decimal-mark", "x"], "--decimal-mark must be"),
        (["extract", str(SEED), "--id-field", "id"], "need --input jsonl"),
        (["extract"], "the following arguments are required: files"),
        (["extract", str(SEED), "--bogus"], "unrecognized arguments: --bogus"),
        (["convert", "5 pounds"], "the following arguments are required: --to"),
        (["convert", "5 pounds", "--to", "USD", "--rate", "nonsense"], "--rate:"),
    ],
)
def test_bad_flags_are_one_line_and_status_2(args: list[str], words: str) -> None:
    done = figures(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("figures: error: ") and words in done.stderr


def test_version() -> None:
    done = figures("--version")
    assert done.returncode == 0 and done.stdout.startswith("figures 0.")
    # which build runs: the checkout's source here (figures() puts it first on the path;
    # test_compiled.py checks the compiled copy's answer)
    assert done.stdout.rstrip().endswith("(pure Python)"), done.stdout


def test_convert_with_a_stated_rate() -> None:
    done = figures(
        "convert", "1 million pounds", "--to", "USD", "--rate", "($1 = 0.8214 pounds)", "--round"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 million pounds = 1217433.65 USD")
    assert "GBP -> USD (inverse; caller) [caller]" in done.stdout


def test_convert_with_a_date_as_jsonl() -> None:
    done = figures(
        "convert", "1 million pounds", "--to", "USD", "--date", "2023-03-17", "--format", "jsonl"
    )
    (row,) = jsonl(done.stdout)
    assert row["converted"].startswith("1214223.66")
    assert row["source"] == "ecb 2023-03-17"


def test_convert_failures() -> None:
    nothing = figures("convert", "five apples", "--to", "USD")
    assert nothing.returncode == 1
    assert nothing.stderr == "figures convert: no amount of money in 'five apples'\n"
    undated = figures("convert", "5 pounds", "--to", "USD")
    assert undated.returncode == 1 and "pass date= or rates=" in undated.stderr


def test_check_exit_status(articles: Path, tmp_path: Path) -> None:
    done = figures("check", str(articles), *JSONL_FLAGS, "--format", "jsonl")
    assert done.returncode == 1
    (row,) = jsonl(done.stdout)
    assert (row["id"], row["original"], row["restated"]) == (
        "a4",
        "1.00 million pounds",
        "$1.30 million",
    )
    # 1,300,000 - 1,000,000 / 0.8214 = 82,566.35
    assert row["difference"].startswith("82566.35")
    assert "1 inconsistent stated conversions" in done.stderr
    clean = figures("check", str(SEED))
    assert clean.returncode == 0 and clean.stdout == ""


def test_rates_stated_and_ecb_range(articles: Path) -> None:
    done = figures("rates", str(articles), *JSONL_FLAGS, "--format", "csv", "-q")
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "id,date,base,quote,rate,text,start,end",
        "a4,,USD,GBP,0.8214,$1 = 0.8214 pounds,54,72",
    ]
    ecb = figures("rates")
    assert ecb.returncode == 0 and ecb.stdout.startswith(
        "embedded ECB data: fixings 1999-01-04 to "
    )
    info = figures("rates", "info")
    assert info.returncode == 0 and "ECB data" in info.stdout


def test_no_progress_bar_when_piped(articles: Path) -> None:
    done = figures("extract", str(articles), *JSONL_FLAGS, "--format", "jsonl")
    assert done.stderr == "figures extract: 4 records, 6 figures\n"


def test_progress_bar_on_a_terminal(articles: Path) -> None:
    pytest.importorskip("rich")
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    args = [
        sys.executable,
        "-m",
        "figures",
        "extract",
        str(articles),
        *JSONL_FLAGS,
        "--format",
        "jsonl",
    ]
    try:
        done = subprocess.run(
            args, stdout=subprocess.PIPE, stderr=follower, env=env, timeout=120, check=False
        )
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 6  # the rows are untouched by the bar
    assert b"records" in seen and b"4" in seen
    quiet = subprocess.run([*args, "--quiet"], capture_output=True, env=env, check=False)
    assert quiet.stderr == b""


def test_a_large_csv_cell_and_the_default_json_of_stdin(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "filler " * 40_000 + "It cost $5."  # 280,000 characters in one cell
    path.write_text(f"id,body\nbig,{body}\n", encoding="utf-8")
    done = figures(
        "extract",
        str(path),
        *CSV_FLAGS,
        "--format",
        "jsonl",
        "-q",
    )
    assert done.returncode == 0, done.stderr
    (row,) = jsonl(done.stdout)
    assert (row["id"], row["text"], row["start"]) == ("big", "$5", 280_008)
    legacy = figures("--json", "-", stdin="It cost $5.")
    assert json.loads(legacy.stdout)["file"] == "-"


def test_report_and_default_still_work(tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    done = figures("report", str(SEED), "-o", str(html), "--to", "USD")
    assert done.returncode == 0, done.stderr
    assert "$1.22 million" in html.read_text(encoding="utf-8")
    default = figures(str(SEED))
    assert default.returncode == 0
    assert default.stdout.rstrip().endswith("Inconsistent stated conversions: 0")
    bad = figures("report", str(SEED), "-o", str(html), "--locale", "xx")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
