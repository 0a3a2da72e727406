"""A currency's level stated in prose: "the euro was at $1.08", "sterling rose to $1.25".

The price after the subject is read with the scanner's currency reader
(:func:`figures.scan.currency.currency_before`, :func:`~figures.scan.currency.currency_name_after`)
and numeral reader (:func:`figures.numbers.parse_digits`): no call back into the scanner.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from figures.errors import FiguresError
from figures.lexicon import lookup_name
from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.numbers import parse_digits
from figures.rate_statements import Statement
from figures.rate_tokens import NUMERAL
from figures.rates import ExchangeRate
from figures.scan.currency import currency_before, currency_name_after

__all__ = ["LEVEL_SUBJECT", "prose_levels", "subjects"]

# "the euro was at $1.08", "sterling rose to $1.25", "the dollar bought 150 yen": a
# currency named as the subject of a clause, then the price of one unit of it in another
# currency. The subject is a bare currency word after "the" (or "sterling"), and what
# follows it must be a plain amount of another currency, with no scale word: "the
# dollar value of sales rose to $5 billion" states no rate.
# (en.json "level_currency_nouns", as written: lower case)
_EN: Final = load_language("en")
LEVEL_SUBJECT: Final = re.compile(
    r"\b(?:[Ss]terling|[Tt]he\s(?:[A-Z][a-z]{2,12}\s)?(?:"
    + alternation(_EN["level_currency_nouns"])
    + r"))\b"
)
# Where subjects may start, found fast: the engine searches a pattern that begins with a
# literal string many times faster than one that begins with "\b" and a class, and
# ``str.find`` finds a plain string faster still. Every subject is "[Tt]he" + a space +
# ... or "[Ss]terling", so its text from the second character on matches _THE_TAIL or is
# "terling"; the full pattern then decides at the first.
_THE_TAIL: Final = re.compile(
    r"he\s(?:[A-Z][a-z]{2,12}\s)?(?:" + alternation(_EN["level_currency_nouns"]) + ")"
)
_STERLING_TAIL: Final = "terling"


def subjects(text: str) -> list[re.Match[str]]:
    """What ``LEVEL_SUBJECT.finditer(text)`` yields, found through the literal tails:
    every position where the subject pattern matches, then the leftmost ones that do
    not overlap, as ``finditer`` takes them."""
    starts: list[re.Match[str]] = []
    pos = 1
    while (m := _THE_TAIL.search(text, pos)) is not None:
        pos = m.start() + 1
        full = LEVEL_SUBJECT.match(text, m.start() - 1)
        if full is not None:
            starts.append(full)
    i = text.find(_STERLING_TAIL, 1)
    while i >= 0:
        full = LEVEL_SUBJECT.match(text, i - 1)
        if full is not None:
            starts.append(full)
        i = text.find(_STERLING_TAIL, i + 1)
    starts.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in starts:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


# Nouns that make the currency word an adjective ("the dollar value", "the euro zone"):
# en.json "currency_adjective_nouns".
_LEVEL_NOT_SUBJECT: Final = re.compile(
    r"\s(?:" + alternation(_EN["currency_adjective_nouns"]) + r")\b"
)
# The words between the subject and the price: a verb, a preposition (en.json
# "level_prepositions" and "price_verbs").
_LEVEL_LINK: Final = re.compile(
    # words, and a change in percent on the way ("fell 2% to $1.20"); no other number
    r"(?:[^.;:!?\n()0-9$£€¥₹]|[0-9]{1,3}(?:\.[0-9]{1,3})?\s?(?:%|percent|pct|per cent)){0,48}?"
    r"\b(?:" + alternation([*_EN["level_prepositions"], *_EN["price_verbs"]]) + r")\s{1,3}",
)


# No currency costs a million of another: an amount that large is a sum, not a price.
_LEVEL_MAX: Final = Decimal(1000000)
# After a price: what makes it a sum ("$5 billion"), a range ("$1.08-1.10"), a percent
# or the price of something else ("$80 a barrel") rather than the price of one unit.
_NOT_A_PRICE_AFTER: Final = re.compile(
    r"\s?(?:[-–]\s?[0-9$£€¥]|to\s+[$£€¥]?[0-9]|%|percent\b|pct\b|per\s+cent\b)"
    # a scale (en.json "sum_scales"), a price per thing (en.json "price_units")
    r"|[\s-]?(?:" + alternation(_EN["sum_scales"]) + r")\b"
    r"|\s(?:a|an|per)\s+(?:" + alternation(_EN["price_units"]) + r")s?\b",
    re.IGNORECASE,
)


def _price_at(text: str, pos: int) -> tuple[str, Decimal, int] | None:
    """The price of one unit written at ``pos`` ("$1.08", "150 yen", "€0.85"), read with
    the scanner's currency reader and numeral reader: (code, value, where it ends)."""
    q = pos
    while q < min(len(text), pos + 6) and not text[q].isdigit() and not text[q].isspace():
        q += 1  # a symbol before the number ("$", "US$", "Rs")
    if q > pos and q < len(text) and text[q] == " ":
        q += 1
    num = NUMERAL.match(text, q)
    if num is None or (num.end() < len(text) and text[num.end()].isdigit()):
        return None
    numeral = parse_digits(num.group(), "en", decimal_mark=".")
    if numeral is None:
        return None
    end = num.end()
    if q == pos:
        # one space, or the line break of wrapped copy ("150\nyen")
        name = currency_name_after(text, end + 1) if text[end : end + 1] in (" ", "\n") else None
        if name is None or name[2] or name[3]:
            return None  # no currency, a minor unit ("85 pence") or "1.13 Canadian"
        code, end = name[1], name[0]
    else:
        before = currency_before(text, q)
        if before is None or before[0] != pos:
            return None
        code = before[1]
    if _NOT_A_PRICE_AFTER.match(text, end) or not 0 < numeral.value < _LEVEL_MAX:
        return None
    return code, numeral.value, end


def prose_levels(text: str) -> list[Statement]:
    """Rates stated as a currency's level in prose: "the euro was at $1.08"."""
    found: list[Statement] = []
    for m in subjects(text):
        if _LEVEL_NOT_SUBJECT.match(text, m.end()):
            continue
        phrase = m.group(0).lower()
        if phrase.startswith("the"):
            phrase = phrase[4:]
        word = lookup_name(phrase) or lookup_name(phrase.split(" ")[-1])
        if word is None or word.minor:
            continue
        link = _LEVEL_LINK.match(text, m.end())
        if link is None:
            continue
        price = _price_at(text, link.end())
        if price is None or price[0] == word.code:
            continue
        code, value, price_end = price
        start, end = m.start(), price_end
        try:
            rate = ExchangeRate(
                word.code,
                code,
                value,
                source="prose",
                text=text[start:end],
                start=start,
                end=end,
            )
        except FiguresError:
            continue
        found.append(Statement("level", (rate,), start, end))
    return found
