"""The ``figures`` command line: the report a person reads and the JSON a pipeline reads.

Expected lines are written from the seed by hand: 1,000,000 / 0.8214 = 1,217,433.65 USD;
ECB 2023-03-20 gives 1 USD = 0.8756 / 1.0717 = 0.81702 GBP, 0.54% below the footnote's
0.8214. "1 million pounds" stands for 0.5-1.5 million pounds, at most 1,500,000 / 0.82135
= 1,826,261.64 dollars, so the tolerance of "$1.22 million" is 1,826,261.64 + 5,000 -
1,217,433.65 = 613,827.99.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from figures.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_06cab5962894b8ac.txt"
INCONSISTENT = (
    "date 2023-03-20 Britain pledged 1.00 million pounds ($1.30 million) to the ICC."
    " ($1 = 0.8214 pounds)"
)
UNDATED = "Britain pledged 1 million pounds ($1.22 million) to the ICC."


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    status = main(argv, out=out)
    return status, out.getvalue()


def line_starting(report: str, prefix: str) -> str:
    """The one line of ``report`` that starts with ``prefix``, runs of spaces collapsed
    (table columns are padded to their widest cell)."""
    lines = (" ".join(line.split()) for line in report.splitlines())
    found = [line for line in lines if line.startswith(prefix)]
    assert len(found) == 1, (prefix, report)
    return found[0]


@pytest.fixture(scope="module")
def seed_report() -> str:
    status, report = run([str(SEED)])
    assert status == 0
    return report


# (line prefix, fragments the line must hold): one row per thing the seed must show
SEED_LINES = [
    pytest.param("Document date:", ["2023-03-20", "text"], id="date"),
    pytest.param("'hundreds'", ["number", "200 .. 1,000", "vague", "348-356"], id="vague"),
    pytest.param("'thousands'", ["number", "2,000 .. 10,000", "vague"], id="vague-2"),
    pytest.param("'more than 72,000'", ["number", "72,000", "over", "1577-1593"], id="over"),
    pytest.param("'1 million pounds' money", ["1,000,000", "GBP", "2244-2260"], id="figure-pounds"),
    pytest.param(
        "'$1.22 million' money", ["1,220,000", "USD", "10,000", "2262-2275"], id="figure-usd"
    ),
    pytest.param(
        "1 USD = 0.8214 GBP",
        ["'$1 = 0.8214 pounds'", "ECB 0.81702", "2023-03-20", "+0.54%"],
        id="inline-rate-with-ecb",
    ),
    pytest.param(
        "'1 million pounds' -> '$1.22 million'",
        ["consistent", "expected 1,217,433.65", "613,827.99"],
        id="pair",
    ),
    pytest.param(
        "'1 million pounds' = ",
        ["$1,217,433.65", "GBP -> USD (inverse; inline)", "[inline]"],
        id="conversion-pledge",
    ),
    pytest.param("'$1.22 million' = ", ["$1,220,000.00", "identity"], id="conversion-identity"),
    pytest.param("Inconsistent stated conversions:", [": 0"], id="count"),
]


@pytest.mark.parametrize(("prefix", "fragments"), SEED_LINES)
def test_seed_report(seed_report: str, prefix: str, fragments: list[str]) -> None:
    line = line_starting(seed_report, prefix)
    for fragment in fragments:
        assert fragment in line, line
    assert "INCONSISTENT" not in seed_report


def test_seed_report_sections(seed_report: str) -> None:
    for heading in (
        "Figures (5)",
        "Inline rates (1)",
        "Stated conversions (1)",
        "Money in USD",
    ):
        assert heading in seed_report.splitlines()
    assert seed_report.rstrip().endswith("Inconsistent stated conversions: 0")


def test_json_output() -> None:
    status, out = run(["--json", str(SEED)])
    assert status == 0
    (line,) = out.splitlines()
    record: dict[str, Any] = json.loads(line)
    assert record["file"] == str(SEED)
    assert record["date"] == "2023-03-20"
    assert [f["text"] for f in record["figures"]] == [
        "hundreds",
        "thousands",
        "more than 72,000",
        "1 million pounds",
        "$1.22 million",
    ]
    pledge = record["figures"][3]
    assert pledge["value"] == "1000000" and pledge["currency"] == "GBP"
    assert pledge["precision"] == "1000000" and pledge["kind"] == "money"
    assert record["figures"][0]["low"] == "200" and record["figures"][0]["value"] is None
    assert record["rates"] == [
        {
            "base": "USD",
            "quote": "GBP",
            "rate": "0.8214",
            "text": "$1 = 0.8214 pounds",
            "start": 2638,
            "end": 2656,
        }
    ]
    (pair,) = record["pairs"]
    assert (pair["original"], pair["restated"]) == ("1 million pounds", "$1.22 million")
    assert pair["implied_rate"] == "1.22"
    assert pair["document_rate"].startswith("1.21743364986608229851")  # 1 / 0.8214
    assert pair["consistent"] is True and pair["gap"] == "0"
    first, second = record["conversions"]
    assert first["text"] == "1 million pounds" and first["currency"] == "USD"
    assert isinstance(first["amount"], str)
    assert first["amount"].startswith("1217433.649866082298514730947")  # 1,000,000 / 0.8214
    assert first["path"] == "GBP -> USD (inverse; inline)"
    assert first["source"] == "inline" and first["error"] is None
    assert first["low"] is None and first["high"] is None
    assert Decimal(second["amount"]) == Decimal("1220000")
    assert second["source"] == "identity"


def test_inconsistent_restatement_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(INCONSISTENT, encoding="utf-8")
    _, report = run([str(path)])
    # 1.00 million pounds is at most 1,005,000 / 0.82135 = 1,223,595.30 < 1,295,000
    line = line_starting(report, "'1.00 million pounds' -> '$1.30 million'")
    assert "INCONSISTENT" in line and "expected 1,217,433.65" in line
    assert report.rstrip().endswith("Inconsistent stated conversions: 1")


def test_inconsistent_restatement_in_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(INCONSISTENT, encoding="utf-8")
    _, out = run(["--json", str(path)])
    (pair,) = json.loads(out)["pairs"]
    assert pair["consistent"] is False
    assert pair["implied_rate"] == "1.3"
    # 1,295,000 / (1,005,000 / 0.82135) - 1 = 0.0583564...: how far off, as a string
    assert pair["gap"].startswith("0.058356")


def test_to_eur() -> None:
    status, report = run(["--to", "EUR", str(SEED)])
    assert status == 0
    assert "Money in EUR" in report.splitlines()
    # ECB 2023-03-20: 1,000,000 / 0.8756 = 1,142,074.006 EUR; 1,220,000 / 1.0717 = 1,138,378.278
    pledge = line_starting(report, "'1 million pounds' = ")
    assert "€1,142,074.01" in pledge and "GBP -> EUR (inverse; ecb 2023-03-20)" in pledge
    restated = line_starting(report, "'$1.22 million' = ")
    assert "€1,138,378.28" in restated and "[ecb 2023-03-20]" in restated


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(INCONSISTENT))
    status, report = run(["-"])
    assert status == 0
    assert "Document date: 2023-03-20" in report
    assert "INCONSISTENT" in report
    assert "Inconsistent stated conversions: 1" in report


def test_date_option_for_an_undated_text(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    _, report = run(["--date", "2023-03-18", str(path)])
    assert line_starting(report, "Document date:").startswith("Document date: 2023-03-18")
    # Saturday: Friday's fixing, 1,000,000 * 1.0623 / 0.87488 = 1,214,223.66 USD
    pledge = line_starting(report, "'1 million pounds' = ")
    assert "$1,214,223.66" in pledge and "ecb 2023-03-17" in pledge


def test_undated_text_without_rates_says_what_to_pass(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    status, report = run([str(path)])
    assert status == 0
    assert "Document date: unknown" in report
    assert "pass date= or rates=" in line_starting(report, "'1 million pounds':")
    assert "cannot check" in line_starting(report, "'1 million pounds' -> '$1.22 million'")


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-article.txt"
    status, out = run([str(missing)])
    assert status == 1
    assert out == ""
    err = capsys.readouterr().err
    assert "no-such-article.txt" in err and err.startswith("figures: ")


def test_missing_file_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.txt"
    status, out = run([str(missing), str(SEED)])
    assert status == 1
    assert f"== {SEED}" in out
    assert "Inconsistent stated conversions: 0" in out
    assert "gone.txt" in capsys.readouterr().err


def test_bad_date_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run(["--date", "20/03/2023", str(SEED)])
    assert status == 1
    assert "'20/03/2023'" in capsys.readouterr().err


def test_installed_console_script() -> None:
    script = Path(sys.executable).parent / "figures"
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable}")
    done = subprocess.run(
        [str(script), str(SEED)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "1 USD = 0.8214 GBP" in done.stdout
    assert "$1,217,433.65" in done.stdout
    assert done.stdout.rstrip().endswith("Inconsistent stated conversions: 0")


def test_python_dash_m_figures_runs_the_command() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "figures", "-"],
        input="Britain pledged 1.00 million pounds ($1.45 million). ($1 = 0.8214 pounds)",
        capture_output=True,
        text=True,
        check=True,
    )
    assert "INCONSISTENT" in out.stdout
    assert "Inconsistent stated conversions: 1" in out.stdout
