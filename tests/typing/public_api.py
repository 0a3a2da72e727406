"""How the public API looks to a strict type checker (run by ``make typecheck``).

Not a test module: mypy reads it, pytest does not run it. Every line is something a
user writes; if an annotation regresses (a return type widened to Any, a parameter
renamed), ``mypy --strict`` fails here.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import figures
from figures import (
    Conversion,
    Document,
    ExchangeRate,
    Figure,
    Kind,
    Money,
    Pair,
    Path,
    Qualifier,
    Rates,
)
from figures.api import figure_record, records


def extraction(text: str) -> list[Decimal]:
    found: list[Figure] = figures.extract(text, locale="en")
    values: list[Decimal] = [f.value for f in found if f.value is not None]
    kinds: set[Kind] = {f.kind for f in found}
    qualifiers: list[Qualifier | None] = [f.qualifier for f in found]
    spans: list[tuple[int, int]] = [f.span for f in found]
    assumed: list[bool] = [f.currency_assumed for f in found]
    del kinds, qualifiers, spans, assumed
    return values


def documents(text: str) -> Decimal | None:
    doc: Document = figures.read(text, date=datetime.date(2023, 3, 20))
    conversions: list[Conversion] = doc.convert("USD")
    pairs: list[Pair] = doc.pairs
    bad: list[Pair] = doc.check()
    path: Path = doc.rate("GBP", "USD")
    del pairs, bad
    first = conversions[0].money if conversions else None
    return None if first is None else first.rounded().amount + path.rate * 0


def money_and_rates() -> Money:
    rate: ExchangeRate = figures.parse_rate("($1 = 0.8214 pounds)")
    table: Rates = Rates([rate])
    price: Money = figures.parse_money("£3bn")
    total: Money = price + Money(Decimal("1.5"), "GBP") * 2
    return total.to("USD", table).rounded()


def batches(texts: list[str]) -> list[dict[str, object]]:
    rows = [figure_record(f) for figs in figures.extract_many(texts) for f in figs]
    rows += list(records(texts, ids=range(len(texts))))
    docs: list[Document] = list(figures.read_many(texts))
    del docs
    return [dict(r) for r in rows]


def pooled_batches(texts: list[str | None]) -> list[datetime.date | None]:
    from figures.batch import extract_many, read_many

    counts: list[int] = [len(f) for f in extract_many(texts, processes=2, chunksize=4)]
    docs = read_many(texts, dates=["2023-03-20T10:15:00Z"] * len(texts), processes=None)
    days: list[datetime.date | None] = [d.date for d in docs]
    assert len(counts) == len(days)
    return days


def lossless(doc: Document) -> Document:
    from figures.serialize import from_dict, to_dict

    data: dict[str, object] = to_dict(doc)
    back: Document = from_dict(to_dict(doc))
    assert data["type"] == "Document"
    return back


def frame_rows(texts: list[str]) -> int:
    frame = figures.to_frame(texts, to="USD")
    return len(frame)
