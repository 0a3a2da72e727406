""" "Pounds" read once more at document level: sterling or a mass.

The scan decides each "pounds" in its sentence (:func:`figures.unit_reader.pounds_are_mass`):
money by default, a mass when a weight word, "pounds of", a body-weight verb or
another mass unit is near. :func:`figures.read` then looks at the whole document:

- a document with **sterling evidence** (a "£", "sterling", "stg" or "GBP" in the text,
  or a rate footnote or inline rate in pounds: "($1 = 0.8214 pounds)") keeps every bare
  "pounds" amount the scan read as money: it is GBP;
- a document **about weights** (some figure in it is a mass: "7 kg", "5 pounds of
  sugar", "weighs 25 pounds", "lost 20 pounds") and with no sterling evidence reads
  its other bare "pounds" amounts as a mass too, unless a word of money is in the same
  sentence before the amount ("paid", "worth", "costs" ...).

A "pound" that is a currency of its own ("Egyptian pounds", settled to EGP) and a price
per unit ("5 pounds a kilo") are never changed.

>>> from figures import read
>>> doc = read("The baby weighs 7 kg. She is over two pounds.")
>>> [(f.text, f.unit or f.currency) for f in doc.figures]
[('7 kg', 'kilogram'), ('over two pounds', 'pound')]
>>> [(f.text, f.unit or f.currency) for f in read("Take 7 kg. It costs 2 pounds.").figures]
[('7 kg', 'kilogram'), ('2 pounds', 'GBP')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Final

from figures.model import Figure, Kind
from figures.rates import ExchangeRate

__all__ = ["pounds_in_full", "settle_pounds"]

#: pint names of masses the scan gives (prefixed grams included).
_MASS: Final = re.compile(
    r"\w*gram|pound|ounce|troy_ounce|stone|carat|grain|ton|metric_ton|long_ton|short_ton"
    r"|hundredweight|\w*tonne|dram|slug"
)
_STERLING_WORDS: Final = ("sterling", "stg", "gbp")  # in any case
STERLING: Final = re.compile("£|" + "|".join(rf"\b{w}\b" for w in _STERLING_WORDS), re.IGNORECASE)
_BARE_POUNDS: Final = re.compile(r"\bpounds?\Z", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?;]\s")
_MONEY_BEFORE: Final = re.compile(
    r"\b(?:costs?|costing|price[sd]?|worth|paid|pay|pays|sold|sell|sells|bought|buy|spent"
    r"|spend|fund\w*|budget|invest\w*|rais\w+|revenues?|profits?|loss|fined?|bid|deal"
    r"|valued?|sales|earn\w*|charg\w+|fees?|bill|money|cash|salary|wages?)\b",
    re.IGNORECASE,
)


def is_mass(unit: str | None) -> bool:
    """True for a plain mass unit of the scan ("pound", "kilogram", "metric_ton")."""
    return unit is not None and _MASS.fullmatch(unit) is not None


def sterling_evidence(text: str, rates: Iterable[ExchangeRate] = ()) -> bool:
    """The document speaks of sterling: "£", "sterling", "stg" or "GBP" in ``text``,
    or a rate of its own in pounds."""
    if any("GBP" in (r.base, r.quote) for r in rates):
        return True
    if text.isascii():
        # no "£" and no other case of the words than A-Z's: a look for the words in
        # the lower-cased text rules most texts out at memory speed
        low = text.lower()
        if not any(w in low for w in _STERLING_WORDS):
            return False
    return STERLING.search(text) is not None


def _money_word_before(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start]
    before = _SENTENCE_END.split(before)[-1]
    return _MONEY_BEFORE.search(before) is not None


def settle_pounds(
    figures: Iterable[Figure], rates: Iterable[ExchangeRate] = (), *, text: str = ""
) -> tuple[Figure, ...]:
    """The figures, with the bare "pounds" money amounts of a document about weights
    and without sterling evidence read as masses (see the module docstring).

    Only an amount of assumed GBP can change: a document without one is given back as
    it is, with no look at its masses or its sterling evidence (:func:`pounds_in_full`
    reads every document in full)."""
    figs = tuple(figures)
    for f in figs:  # a loop, not any(): read() asks this of every document
        if f.currency == "GBP" and f.currency_assumed:
            return pounds_in_full(figs, rates, text=text)
    return figs


def pounds_in_full(
    figures: Iterable[Figure], rates: Iterable[ExchangeRate] = (), *, text: str = ""
) -> tuple[Figure, ...]:
    """:func:`settle_pounds` without its first test: the reading it stands for."""
    figs = tuple(figures)
    for f in figs:
        if f.kind is Kind.QUANTITY and is_mass(f.unit):
            break
    else:
        return figs
    if sterling_evidence(text, rates):
        return figs
    out: list[Figure] = []
    for fig in figs:
        if (
            fig.kind is Kind.MONEY
            and fig.currency == "GBP"
            and fig.currency_assumed
            and fig.unit is None
            and _BARE_POUNDS.search(fig.text) is not None
            and not _money_word_before(text, fig.start)
        ):
            fig = replace(
                fig, kind=Kind.QUANTITY, currency=None, currency_assumed=False, unit="pound"
            )
        out.append(fig)
    return tuple(out)
