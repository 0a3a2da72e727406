"""Inline exchange rates: "($1 = 0.8214 pounds)" and its kin, found in free text.

News copy states the rate it converted with, usually as a parenthesised footnote after
the converted amount. This module reads three shapes of such statements:

* equations, the wire footnote and its variants: ``($1 = 0.8214 pounds)``,
  ``(1 euro = $1.0725)``, ``(US$1=HK$7.8=7.984 yuan)``, ``($1=95.04 Yen; $1=.7095
  euros)``, ``(100 yen = $0.94)``, ``(1 USD = 83.2 INR)``, also outside parentheses
  (``$1 = 1,234.5 won``);
* "per" statements in prose: ``7.1 yuan per dollar``, ``7.1 yuan to the dollar``,
  ``the rupee closed at 83.12 per dollar``;
* market pairs, base first: ``EUR/USD 1.0725``.

Every currency must be named on both sides (by a symbol, a code or a name): ``(1 = 0.7
euros)`` and ``($1 = 99.99)`` name only one and give nothing, and unit conversions such
as ``(1 metric ton = 1.1023 tons)`` give nothing because a ton is not a currency.

Rates are the digits as written (``.7909`` is ``Decimal("0.7909")``); a base amount
other than one is divided out exactly (``(100 yen = $0.94)`` is JPY->USD 0.0094).

Spans: a rate's ``text``/``start``/``end`` run from its base amount to the end of its
quote amount, without the parentheses: ``$1 = 0.8214 pounds``. In a chain that reuses
its base (``$1 = 0.7024 euro = 0.6170 pound``) the second rate's text runs from the
shared ``$1`` to ``pound``, so each rate's text holds both of its currencies.
:func:`footnote_spans` gives the whole statements, parentheses included, so that a
scanner can keep the amounts inside them out of its money figures.

Cost: one pass of a compiled pattern that cannot backtrack without bound (every
repetition is bounded, or is over a single character class), then a bounded amount of
work per candidate (a statement reads at most 240 characters, and at most six
candidate starts are tried for one "=" sign), so time grows linearly with the text:
about 0.03 s per megabyte of wire prose, and well under a second for a megabyte of
"((((" or "($1=($1=". Nothing is cached here; the lexicon caches its own tables.

The statements are read by :mod:`figures.rate_statements` (one pass; numerals by the
scanner's numeral reader), a currency's level in prose by :mod:`figures.prose_levels`
(with the scanner's currency reader), and :mod:`figures.rate_tense` drops what is not
today's rate. None of them imports the scanner back: the scanner asks this module for
:func:`footnote_spans`, and :func:`rates_and_footnotes` gives :func:`figures.read` both
from one reading.

>>> [str(r) for r in find_rates("Sales rose to 3 billion yen ($1 = 132.7100 yen).")]
['1 USD = 132.7100 JPY']
"""

from __future__ import annotations

from figures.errors import AmbiguousError, FiguresTypeError, ParseError
from figures.prose_levels import prose_levels
from figures.rate_statements import PAREN_TAIL, Statement, read_statements
from figures.rate_tense import not_today
from figures.rates import ExchangeRate

__all__ = ["find_rates", "footnote_spans", "parse_rate", "parse_rates", "rates_and_footnotes"]


def find_rates(text: str) -> list[ExchangeRate]:
    """Every exchange rate stated in ``text``, in text order.

    An equation ("($1 = 0.8214 pounds)") has ``source="inline"``; a rate read from prose
    ("7.1 yuan per dollar", "the euro was at $1.08", "EUR/USD 1.0725") has
    ``source="prose"``, and a document uses it only for a pair no equation gives. A
    prose statement that is not today's rate is no rate at all: a hypothetical, a
    forecast, a past level or a share price (see :mod:`figures.rate_tense`).

    Each rate's ``text``/``start``/``end`` span runs from its base amount to the end of
    its quote amount, without the parentheses of a footnote. Never raises on a ``str``.

    >>> find_rates("Profit was 1 million pounds ($1 = 0.8214 pounds).")
    [ExchangeRate('USD', 'GBP', Decimal('0.8214'), source='inline',
                  text='$1 = 0.8214 pounds', start=29, end=47)]
    >>> [str(r) for r in find_rates("($1 = 0.7024 euro = 0.6170 pound)")]
    ['1 USD = 0.7024 EUR', '1 USD = 0.6170 GBP']
    >>> [str(r) for r in find_rates("(100 yen = $0.94)")]
    ['1 JPY = 0.0094 USD']
    >>> find_rates("(1 metric ton = 1.1023 tons)")
    []
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"find_rates needs a str, not {type(text).__name__}: {text!r:.80}")
    return _rates(text, read_statements(text))


def rates_and_footnotes(text: str) -> tuple[list[ExchangeRate], list[tuple[int, int]]]:
    """:func:`find_rates` and :func:`footnote_spans` of ``text`` from one reading of its
    rate statements (what :func:`figures.read` needs: the rates, and where the scanner
    must not look for money).

    >>> rates, spans = rates_and_footnotes("Costs 5 million euros ($1 = 0.7909 euros).")
    >>> [str(r) for r in rates], spans
    (['1 USD = 0.7909 EUR'], [(22, 41)])
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"rates_and_footnotes needs a str, not {type(text).__name__}")
    statements = read_statements(text)
    return _rates(text, statements), _footnotes(text, statements)


def _rates(text: str, found: list[Statement]) -> list[ExchangeRate]:
    """The rates of the statements ``found``, prose levels added, not-today ones dropped."""
    found_levels = prose_levels(text)
    if not found and not found_levels:
        return []  # most texts: nothing to filter, merge or sort
    statements = [
        st for st in found if st.kind == "eq" or not_today(text, st.start, st.end) is None
    ]
    levels = [st for st in found_levels if not_today(text, st.start, st.end) is None]
    if levels:
        # prose levels that no stated equation already covers, in text order
        taken = [(st.start, st.end) for st in statements]
        for level in levels:
            if all(level.end <= s or level.start >= e for s, e in taken):
                statements.append(level)
        statements.sort(key=lambda st: st.start)
    return [rate for statement in statements for rate in statement.rates]


def footnote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every stated equation of rates, for a scanner to skip.

    A statement that fills a parenthesis ("($1 = 11.044 pesos at end March)") spans the
    whole parenthesis, brackets included; one that shares its parenthesis with other
    words, or stands in running text ("$1 = 1,234.5 won"), spans the equation alone.
    Prose rates ("7.1 yuan per dollar") and market pairs are not included: their
    numbers read as figures too. Only statements that yield a rate are included.

    >>> text = "Costs 5 million euros ($1 = 0.7909 euros)."
    >>> [text[s:e] for s, e in footnote_spans(text)]
    ['($1 = 0.7909 euros)']
    >>> footnote_spans("(see page 5 = 6)")
    []
    """
    if not isinstance(text, str):
        raise FiguresTypeError(
            f"footnote_spans needs a str, not {type(text).__name__}: {text!r:.80}"
        )
    return _footnotes(text, read_statements(text))


def _footnotes(text: str, statements: list[Statement]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for statement in statements:
        if statement.kind != "eq" or not statement.rates:
            continue
        start, end = statement.start, statement.end
        opening = start
        while opening > 0 and text[opening - 1] in " \t":
            opening -= 1
        if opening > 0 and text[opening - 1] == "(":
            tail = PAREN_TAIL.match(text, end)
            if tail is not None:
                start, end = opening - 1, tail.end()
        if spans and start < spans[-1][1]:
            continue  # already inside the previous footnote
        spans.append((start, end))
    return spans


def parse_rates(text: str) -> list[ExchangeRate]:
    """Every exchange rate in ``text``; raises :class:`ParseError` when there is none.

    >>> [str(r) for r in parse_rates("($1=95.04 Yen; $1=.7095 euros)")]
    ['1 USD = 95.04 JPY', '1 USD = 0.7095 EUR']
    >>> parse_rates("(1 kg = 2.2046 lbs)")
    Traceback (most recent call last):
    ...
    figures.errors.ParseError: no exchange rate found in '(1 kg = 2.2046 lbs)'; ...
    """
    rates = find_rates(text)
    if not rates:
        raise ParseError(
            text,
            "exchange rate",
            'write both currencies, e.g. "($1 = 0.8214 pounds)" or "(1 euro = $1.0725)"',
        )
    return rates


def parse_rate(text: str, *, strict: bool = False) -> ExchangeRate:
    """The exchange rate stated in ``text``: the first one if it states several, or
    :class:`~figures.errors.AmbiguousError` with ``strict=True``.

    >>> parse_rate("($1 = 0.8214 pounds)")
    ExchangeRate('USD', 'GBP', Decimal('0.8214'), source='inline',
                 text='$1 = 0.8214 pounds', start=1, end=19)
    >>> str(parse_rate("(1 euro = $1.0725)"))
    '1 EUR = 1.0725 USD'
    >>> parse_rate("($1 = 0.7024 euro = 0.6170 pound)", strict=True)
    Traceback (most recent call last):
    ...
    figures.errors.AmbiguousError: '($1 = 0.7024 euro = 0.6170 pound)' is ambiguous as
    an exchange rate: could be 1 USD = 0.7024 EUR or 1 USD = 0.6170 GBP
    """
    rates = parse_rates(text)
    if strict and len(rates) > 1:
        raise AmbiguousError(text, "an exchange rate", [str(rate) for rate in rates])
    return rates[0]
