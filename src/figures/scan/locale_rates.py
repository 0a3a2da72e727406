"""Inline exchange rates as the German, French, Spanish, Italian, Portuguese and Dutch
press prints them: "(1 Euro = 1,0850 US-Dollar)", "(1 $ = 0,92 €)", "(1 dólar = 0,92
euros)".

A rate statement is a parenthesis holding two money amounts joined by "=". Both sides
are read by the scanner in the document's locale, so every currency word, symbol and
numeral format the language knows works here too; no second currency or numeral
reader is kept. English text never comes here (:mod:`figures.inline_rates` reads it).
"""

from __future__ import annotations

import decimal
import re

from figures import arith
from figures.lexicon.languages import for_locale
from figures.model import Kind
from figures.rates import ExchangeRate
from figures.scan.assemble import scan_figures
from figures.scan.state import EXTRACT_CONTEXT, Scanner

__all__ = ["locale_rates"]

_PAREN = re.compile(r"\(([^()=\n]{1,80}=[^()=\n]{1,80})\)")


def locale_rates(text: str, locale: str) -> list[tuple[int, int, ExchangeRate]]:
    """Each rate statement of ``text`` in ``locale``'s language: (start, end) of its
    parenthesis and the rate. Empty for English and for languages without a file.

    >>> [(s, e, str(r)) for s, e, r in locale_rates("Umsatz (1 Euro = 1,0850 US-Dollar)", "de")]
    [(7, 34, '1 EUR = 1.0850 USD')]
    """
    if for_locale(locale) is None or "=" not in text:
        return []
    out: list[tuple[int, int, ExchangeRate]] = []
    for m in _PAREN.finditer(text):
        rate = _rate(text, m.start(1), m.end(1), locale)
        if rate is not None:
            out.append((m.start(), m.end(), rate))
    return out


def _rate(text: str, start: int, end: int, locale: str) -> ExchangeRate | None:
    inner = text[start:end]
    with decimal.localcontext(EXTRACT_CONTEXT):
        figs = scan_figures(Scanner(inner, locale, []))
    if len(figs) != 2:
        return None
    base, quote = figs
    if (
        base.kind is not Kind.MONEY
        or quote.kind is not Kind.MONEY
        or base.value is None
        or quote.value is None
        or base.value <= 0
        or quote.value <= 0
        or base.currency is None
        or quote.currency is None
        or base.currency == quote.currency
        or inner[base.end : quote.start].strip() != "="
    ):
        return None
    value = quote.value if base.value == 1 else arith.context(28).divide(quote.value, base.value)
    return ExchangeRate(
        base.currency,
        quote.currency,
        value,
        source="inline",
        text=inner[base.start : quote.end],
        start=start + base.start,
        end=start + quote.end,
    )
