"""figures on a real Dask cluster: worker processes, pickled arguments and results.

A `LocalCluster` with processes is a real scheduler and real worker processes: every
function, text and Figure crosses a process boundary through pickle, as on any Dask or
Spark deployment. The library needs nothing special there: plain functions of their
arguments, frozen picklable results, caches built per process.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import figures
from figures.api import figure_record

if TYPE_CHECKING:
    from distributed import Client

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_06cab5962894b8ac.txt"

TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "Siemens will invest 2 billion euros, Toyota 500 billion yen.",
    "Shares fell 3.2% to $45.10; the bank cut rates by 25 basis points.",
    "More than 72,000 incidents; hundreds of children; half a million people.",
    "Output reached 1.5 million barrels per day (1 euro = $1.0725).",
    "no figures here at all",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,
    )
    try:
        with distributed.Client(cluster) as c:
            yield c
    finally:
        cluster.close()


def _money_in_usd(text: str) -> list[str]:
    """What a user ships to the workers: read, convert, keep strings."""
    doc = figures.read(text, date="2023-03-20")
    return [str(c.money.amount) for c in doc.convert("USD") if c.money is not None]


def test_extract_on_worker_processes_equals_local(client: Client) -> None:
    futures = client.map(figures.extract, TEXTS)
    remote = client.gather(futures)  # type: ignore[no-untyped-call]
    assert remote == [figures.extract(t) for t in TEXTS]
    # the results came back through pickle from other processes
    pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_read_and_convert_on_workers(client: Client) -> None:
    remote = client.gather(client.map(_money_in_usd, TEXTS))  # type: ignore[no-untyped-call]
    assert remote == [_money_in_usd(t) for t in TEXTS]
    seed_usd = remote[0]
    assert Decimal(seed_usd[0]).quantize(Decimal("0.01")) == Decimal("1217433.65")


def test_dask_bag_of_records(client: Client) -> None:
    bag = dask_bag.from_sequence(TEXTS, npartitions=3)
    records = bag.map(figures.extract).flatten().map(figure_record).compute()
    expected = [figure_record(f) for t in TEXTS for f in figures.extract(t)]
    assert records == expected
    assert {"kind", "text", "value", "currency"} <= set(records[0])


def test_documents_pickle_across_processes(client: Client) -> None:
    doc = figures.read(TEXTS[0])
    back = client.submit(pickle.loads, pickle.dumps(doc)).result()
    assert back == doc
    assert back.pairs[0].consistent is True


DATES = ["2023-03-20", "2023-03-17T09:00:00Z", None, "2023-03-16", "2023-03-20", None]


def _rows_with_dates(part: list[tuple[int, str, str | None]]) -> list[dict[str, object]]:
    """A partition of (id, text, date) records to figure rows, each with its own date."""
    from figures.batch import read_many
    from figures.rows import document_rows

    docs = read_many([t for _, t, _ in part], dates=[d for _, _, d in part])
    return [
        row
        for (key, _, _), doc in zip(part, docs, strict=True)
        for row in document_rows(doc, key, to="USD")
    ]


def test_per_row_dates_on_workers(client: Client) -> None:
    records = list(zip(range(len(TEXTS)), TEXTS, DATES, strict=True))
    bag = dask_bag.from_sequence(records, npartitions=3)
    remote = bag.map_partitions(_rows_with_dates).compute()
    assert remote == _rows_with_dates(records)
    by_id = {r["id"]: r for r in remote if r["kind"] == "money"}
    # text 1 has its own date: Toyota's yen at the ECB fixing of 2023-03-17
    assert by_id[1]["source"] == "ecb 2023-03-17" and by_id[1]["date"] == "2023-03-17"


def test_dask_dataframe_to_frame_with_dates(client: Client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from figures.frame import to_frame

    articles = pd.DataFrame({"id": [f"a{i}" for i in range(6)], "body": TEXTS, "date": DATES})
    parts = dd.from_pandas(articles, npartitions=3)

    def per_partition(part: Any) -> Any:
        distributed.get_worker()  # raises ValueError outside a worker process
        return to_frame(part["body"], ids=part["id"], dates=part["date"], to="USD")

    meta = to_frame([], to="USD")
    remote = parts.map_partitions(per_partition, meta=meta).compute().reset_index(drop=True)
    local = to_frame(articles["body"], ids=articles["id"], dates=articles["date"], to="USD")
    pd.testing.assert_frame_equal(remote, local)
    # each row has its article's own date: a1's ISO timestamp is the ECB day 2023-03-17
    yen = remote[(remote["id"] == "a1") & (remote["currency"] == "JPY")].iloc[0]
    assert yen["date"] == pd.Timestamp("2023-03-17") and yen["source"] == "ecb 2023-03-17"
    assert set(remote.loc[remote["id"] == "a3", "date"].astype(str)) == {"2023-03-16"}
    converted = [v for v in remote["converted"] if v is not None]
    assert len(converted) == 5 and {type(v) for v in converted} == {Decimal}  # exact, not float
