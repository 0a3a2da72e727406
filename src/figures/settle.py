"""Settle the currency of bare markers ("$", "crowns", "pesos") from a document's own
evidence: its explicit figures, its rate footnotes and the names, countries,
adjectives and capitals it mentions. :func:`figures.read` calls it; it is public for
callers who extract first and read later.
"""

from __future__ import annotations

import functools
import pathlib
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from figures.model import Figure
from figures.rates import ExchangeRate
from figures.scan import currency_families

__all__ = ["settle_currencies", "settle_each"]


def settle_currencies(
    figures: list[Figure], rates: Iterable[ExchangeRate] = (), *, text: str = ""
) -> tuple[Figure, ...]:
    """Settle assumed currencies from the document's own evidence.

    A bare "$" or "dollars" reads USD by default. When the document names exactly one
    other currency of the same family explicitly ("C$", "Canadian dollars") and never
    the default one, and no rate footnote speaks of the default, the bare markers mean
    that currency.

    >>> from figures import extract
    >>> figs = extract("Ottawa will spend C$5 billion; the $2 billion first phase starts.")
    >>> [f.currency for f in settle_currencies(figs)]
    ['CAD', 'CAD']
    >>> [f.currency for f in settle_currencies(extract("C$5 and US$4, then $3"))]
    ['CAD', 'USD', 'USD']

    A word of a family ("crowns", "rupees", "pesos") is also settled by the rate
    footnotes' currencies and by the document's words: a full name ("Norwegian
    crowns", "Pakistani rupees") anywhere in ``text``, or the country of exactly one
    member and not the default's ("Philippines"), or its adjective or capital ("a
    Philippine bank", a "MANILA" dateline: ``lexicon/currency_places.tsv``); the
    dollar and pound families are settled by explicit figures and footnotes only.
    Yugoslav dinars are RSD: words are read as the currencies in use today (the 1987
    dinar was YUD).

    >>> text = "Oslo-based Aker lost 6.9 billion crowns, in Norwegian crowns terms."
    >>> [f.currency for f in settle_currencies(extract(text), text=text)]
    ['NOK']
    """
    if not any(f.currency_assumed and f.currency for f in figures):
        return tuple(figures)  # nothing to settle: most documents
    return settle_each(figures, rates, text=text)


def settle_each(
    figures: list[Figure], rates: Iterable[ExchangeRate] = (), *, text: str = ""
) -> tuple[Figure, ...]:
    """:func:`settle_currencies` read figure by figure, for any document (it gives one
    with no assumed currency back unread)."""
    explicit = {f.currency for f in figures if f.currency and not f.currency_assumed}
    confirmed = {code for r in rates for code in (r.base, r.quote)}
    families = currency_families()
    lowered: str | None = None
    named: dict[str, set[str]] = {}  # per default code: read the text once per family
    out: list[Figure] = []
    for fig in figures:
        code = fig.currency
        if fig.currency_assumed and code and code not in explicit and code not in confirmed:
            family = families.get(code, frozenset())
            candidates = explicit & family
            if not candidates and text and code not in _WIDE_FAMILIES and fig.text[-1:].isalpha():
                lowered = text.lower() if lowered is None else lowered
                if code not in named:
                    named[code] = _named_in(lowered, code, family)
                candidates = (confirmed & family) or named[code]
            if len(candidates) == 1:
                fig = replace(fig, currency=next(iter(candidates)))
        out.append(fig)
    return tuple(out)


# The dollar and the pound: a story that names "Canadian dollars" once may still count
# in US dollars, so only explicit figures and footnotes settle these.
_WIDE_FAMILIES: Final = frozenset({"USD", "GBP"})


def _named_in(lowered: str, default: str, family: frozenset[str]) -> set[str]:
    """The members of a currency family the (lower-cased) text names in full ("norwegian
    crowns"); failing that, those whose country it names when it does not name the
    default's ("philippines", not "mexico")."""
    full, countries = _family_words()
    if any(name in lowered for name in full.get(default, ())):
        return set()  # "Swedish crowns" named too: the default stands
    named = {c for c in family if any(name in lowered for name in full.get(c, ()))}
    if named:
        return named
    if any(_word_in(lowered, name) for name in countries.get(default, ())):
        return set()
    return {c for c in family if any(_word_in(lowered, name) for name in countries.get(c, ()))}


def _word_in(lowered: str, word: str) -> bool:
    i = lowered.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not lowered[i - 1].isalpha()) and not lowered[end : end + 1].isalpha():
            return True
        i = lowered.find(word, end)
    return False


@functools.cache
def _family_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Per currency: its full names of more than one word ("norwegian crowns") from the
    lexicon, and the English names of the countries that use it (from babel)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from figures import lexicon

    full: dict[str, list[str]] = {}
    for name, word in lexicon.names().items():
        if " " in name and not word.alternatives:
            full.setdefault(word.code, []).append(name)
    countries: dict[str, list[str]] = {}
    for territory, country in Locale("en").territories.items():
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory):
                countries.setdefault(code, []).append(country.lower())
    # adjectives and capitals ("Philippine", a "MANILA" dateline): lexicon/currency_places.tsv
    places = pathlib.Path(lexicon.__file__).with_name("currency_places.tsv").read_text("utf-8")
    for line in places.splitlines():
        if line and not line.startswith("#"):
            place, _, code = line.partition("\t")
            countries.setdefault(code.strip(), []).append(place.strip())
    return (
        {k: tuple(v) for k, v in full.items()},
        {k: tuple(v) for k, v in countries.items()},
    )
