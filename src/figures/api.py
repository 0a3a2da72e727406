"""Batch helpers and one-string parsers built on :func:`figures.extract`.

Everything here is a plain function of its arguments with no shared state, so it runs
unchanged inside a Dask or Spark task: ship the function, not a client object.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

from figures.document import Document, read
from figures.errors import AmbiguousError, FiguresTypeError, ParseError
from figures.model import Figure, Kind
from figures.money import Money
from figures.rates import ExchangeRate, Rates
from figures.scan import extract

__all__ = [
    "document_record",
    "extract_many",
    "figure_record",
    "parse_money",
    "read_many",
    "records",
]

# price-parser is quadratic on long digit runs: never hand it more than this.
_PRICE_PARSER_LIMIT = 200


def extract_many(texts: Iterable[str], *, locale: str = "en") -> Iterator[list[Figure]]:
    """:func:`~figures.extract` over many texts, lazily, one list per text.

    >>> [len(figs) for figs in extract_many(["5%", "no figures", "$3 and 4 euros"])]
    [1, 0, 2]
    """
    for text in texts:
        yield extract(text, locale=locale)


def read_many(
    texts: Iterable[str],
    *,
    locale: str = "en",
    date: datetime.date | str | None = None,
    rates: Rates | Iterable[ExchangeRate] | None = None,
    max_age_days: int = 7,
) -> Iterator[Document]:
    """:func:`~figures.read` over many texts, lazily, with the same options for each.

    >>> [len(doc.figures) for doc in read_many(["5%", "$3 and 4 euros"])]
    [1, 2]
    """
    table = rates if rates is None or isinstance(rates, Rates) else Rates(rates)
    for text in texts:
        yield read(text, locale=locale, date=date, rates=table, max_age_days=max_age_days)


def figure_record(fig: Figure) -> dict[str, Any]:
    """A figure as a flat dict of str/int/None, for a data frame or JSON.

    Decimals become strings so that no digit is lost on the way.

    >>> figure_record(extract("£3bn")[0])["value"]
    '3000000000'
    """
    return {
        "kind": fig.kind.value,
        "text": fig.text,
        "start": fig.start,
        "end": fig.end,
        "value": None if fig.value is None else str(fig.value),
        "low": None if fig.low is None else str(fig.low),
        "high": None if fig.high is None else str(fig.high),
        "qualifier": None if fig.qualifier is None else fig.qualifier.value,
        "currency": fig.currency,
        "unit": fig.unit,
        "precision": None if fig.precision is None else str(fig.precision),
        "note": fig.note,
        "currency_assumed": fig.currency_assumed,
    }


def records(
    texts: Iterable[str], *, ids: Iterable[object] | None = None, locale: str = "en"
) -> Iterator[dict[str, Any]]:
    """One flat record per figure over many texts, with ``row``: the text's id (from
    ``ids``, such as a pandas index) or its position. Ready for
    ``pandas.DataFrame.from_records`` or a JSON lines file.

    >>> [(r["row"], r["text"], r["value"]) for r in records(["5%", "", "$3bn"], ids="abc")]
    [('a', '5%', '5'), ('c', '$3bn', '3000000000')]
    """
    keys = iter(ids) if ids is not None else None
    for position, text in enumerate(texts):
        row = next(keys) if keys is not None else position
        for fig in extract(text, locale=locale):
            yield {"row": row, **figure_record(fig)}


def document_record(doc: Document, currency: str = "USD") -> dict[str, Any]:
    """A document as plain JSON-ready values: its date, figures, inline rates, stated
    conversions and every money figure in ``currency`` (Decimals as strings). The
    ``figures --json`` output, one such record per file.

    >>> rec = document_record(read("Paid 1 million pounds ($1.22 million). ($1 = 0.8214 pounds)"))
    >>> rec["rates"][0]["rate"], rec["pairs"][0]["consistent"], rec["conversions"][0]["amount"][:10]
    ('0.8214', True, '1217433.64')
    """
    return {
        "date": None if doc.date is None else doc.date.isoformat(),
        "figures": [figure_record(f) for f in doc.figures],
        "rates": [
            {
                "base": r.base,
                "quote": r.quote,
                "rate": str(r.rate),
                "text": r.text,
                "start": r.start,
                "end": r.end,
            }
            for r in doc.rates
        ],
        "pairs": [
            {
                "original": p.original.text,
                "restated": p.restated.text,
                "implied_rate": None if p.implied_rate is None else str(p.implied_rate),
                "document_rate": None if p.document_rate is None else str(p.document_rate),
                "consistent": p.consistent,
                "gap": None if p.gap is None else str(p.gap),
            }
            for p in doc.pairs
        ],
        "conversions": [
            {
                "text": c.figure.text,
                "amount": None if c.money is None else str(c.money.amount),
                "low": None if c.low is None else str(c.low.amount),
                "high": None if c.high is None else str(c.high.amount),
                "currency": currency,
                "path": None if c.path is None else str(c.path),
                "source": c.source,
                "error": c.error,
            }
            for c in doc.convert(currency)
        ],
    }


def parse_money(text: str, *, locale: str = "en", strict: bool = False) -> Money:
    """The one amount of money in a short string, such as a price tag.

    Our extractor reads it first; when it finds no money (an unusual price layout),
    price-parser is asked, on strings of at most 200 characters, and its currency
    text is mapped to an ISO code through the CLDR lexicon.

    By default a bare "$" reads as the locale's dollar (USD in ``en``). With
    ``strict=True`` a currency the text does not settle, or a second amount, raises
    :class:`~figures.errors.AmbiguousError` naming the readings:

    >>> parse_money("$5", strict=True)
    Traceback (most recent call last):
    ...
    figures.errors.AmbiguousError: '$5' is ambiguous as money: could be USD or ARS or AUD ...
    >>> parse_money("C$5", strict=True)
    Money(Decimal('5'), 'CAD')

    >>> parse_money("£3bn")
    Money(Decimal('3000000000'), 'GBP')
    >>> parse_money("Rs 2.5 crore")
    Money(Decimal('25000000'), 'INR')
    >>> parse_money("no price here")
    Traceback (most recent call last):
    ...
    figures.errors.ParseError: no money found in 'no price here'
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"parse_money() needs a str, not {type(text).__name__}")
    money = [f for f in extract(text, locale=locale) if f.kind is Kind.MONEY and f.currency]
    if strict and len(money) > 1:
        raise AmbiguousError(text, "money", [f.text for f in money])
    for fig in money:
        assert fig.currency is not None
        value = fig.value if fig.value is not None else fig.low
        if value is None:
            continue
        if strict and fig.currency_assumed:
            from figures.scan import currency_families

            others = sorted(currency_families().get(fig.currency, frozenset()))
            raise AmbiguousError(text, "money", [fig.currency, *others])
        return Money(value, fig.currency)
    found = _price_parser(text)
    if found is not None:
        return found
    raise ParseError(text, "money")


def _price_parser(text: str) -> Money | None:
    if len(text) > _PRICE_PARSER_LIMIT:
        return None
    from price_parser import Price

    from figures import lexicon

    price = Price.fromstring(text)
    if price.amount is None or price.currency is None:
        return None
    word = lexicon.lookup_symbol(price.currency) or lexicon.lookup_name(price.currency)
    code = word.code if word is not None else lexicon.lookup_code(price.currency.upper())
    if code is None:
        return None
    return Money(price.amount, code)
