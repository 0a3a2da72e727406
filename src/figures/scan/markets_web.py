"""Reject rules for what looks like money or a percent in market and web text and is
not: exchange-rate levels ("the dollar rose to 79.39 yen"), currency-pair quotes
("EUR/USD 1.0725"), URL escapes ("%20USD") and query strings ("?q=30"). The table
that orders them is :data:`figures.scan.rejects.DIGIT_RULES`.
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind
from figures.rate_tense import not_today
from figures.scan.state import Amount, Scanner


def token_end(sc: Scanner, pos: int) -> int:
    """The end of the run of non-space characters going on at ``pos`` (a URL)."""
    m = _TOKEN_TAIL.match(sc.text, pos)
    return m.end() if m is not None else pos


_TOKEN_TAIL: Final = re.compile(r"[^\s\"'<>]{0,2000}")


def url_encoded(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    """Digits right after a URL escape's "%" ("%2020" is "%20" then "20"; "x%20USD"):
    a URL-encoded string gives no figures."""
    s = a.num_start
    if (s >= 2 and sc.text[s - 2].isalnum()) or after.isalpha() or after == "%":
        return token_end(sc, a.num_end)
    return None


def query_string(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    """A value in a URL's query string: "?q=30&page=2", "/search?id=5"."""
    text, s = sc.text, a.num_start
    lo = max(0, s - 200)
    j = max(lo - 1, text.rfind(" ", lo, s), text.rfind("\n", lo, s), text.rfind("\t", lo, s))
    if "?" in text[j + 1 : s] or (before == "&" and "=" in text[j + 1 : s]):
        return token_end(sc, a.num_end)
    return None


_EN: Final = load_language("en")  # lexicon/lang/en.json


# The currency of a rate's subject: "the dollar rose to 79.39 yen".
_SUBJECT_CODES: Final[dict[str, str]] = dict(_EN["level_subject_codes"])  # en.json


# The words right before a rate level: en.json "level_prepositions" and
# "market_level_prepositions" ("to", "at", "below", "against"...).
_LEVEL_PREPOSITIONS: Final = frozenset(_EN["level_prepositions"]) | frozenset(
    _EN["market_level_prepositions"]
)


# What stands before a rate level, up to the amount: "the dollar rose to ", "the euro
# was flat at " (the subject, up to six words, a preposition; rate_level() searches
# the 100 characters before an amount with it, through level_subject()).
LEVEL_BEFORE: Final = re.compile(
    r"\b[Tt]he[ \t]+("
    + "|".join(k.replace(" ", r"[ \t]+") for k in sorted(_SUBJECT_CODES, key=len, reverse=True))
    + r")(?:'s|’s)?\b((?:[ \t\n]+[\w.,%'’-]{1,20}){0,6}?)[ \t\n]+"
    + r"(?:"
    + alternation(sorted(_LEVEL_PREPOSITIONS))
    + r")[ \t\n]+\Z",
    re.IGNORECASE,
)


# The last two letters of those words (lower case): a test in one look before reading
# the word (rate_level()).
PREPOSITION_TAILS: Final = frozenset(w[-2:] for w in _LEVEL_PREPOSITIONS)


# Words that state where a currency trades: "the dollar rose to", "the euro was flat at".
# (en.json "level_verbs")
_LEVEL_VERBS: Final = frozenset(_EN["level_verbs"])


def rate_level(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    """An exchange-rate level, not money: "the dollar rose to 79.39 yen", "the euro
    was flat at 85.90 pence" (the price of one currency in another is a rate). Only
    today's level: "seen at $1.20 by year-end", "its 2011 high of 75.35 yen" are no
    rates (:func:`figures.rate_tense.not_today`) and stay as they read. The last two
    letters before the amount are looked at first (:data:`PREPOSITION_TAILS`): most
    amounts follow no "to", "at", "below"..., and :func:`level_after` reads the rest
    (its law in tests/test_laws_fast_search.py)."""
    text, k = sc.text, a.start - 1
    while k > 0 and text[k] in " \t\n":
        k -= 1
    if k < 1 or text[k - 1 : k + 1].lower() not in PREPOSITION_TAILS:
        return None  # the common case: no "to", "at", "below"... right before
    return level_after(sc, a, k)


def level_after(sc: Scanner, a: Amount, k: int) -> int | None:
    """:func:`rate_level` read in full, ``k`` the last character before the amount and
    its blanks: where the level ends, or None."""
    text = sc.text
    if a.scaled or a.kind is not Kind.MONEY:
        return None
    if a.currency is None or a.value >= 100000:
        return None
    # the word before the amount first (cheap, in C): "to", "at", "below"...
    lo = max(0, k - 10)
    j = max(lo - 1, text.rfind(" ", lo, k), text.rfind("\n", lo, k))
    if text[j + 1 : k + 1].lower() not in _LEVEL_PREPOSITIONS:
        return None
    m = level_subject(text, max(0, a.start - 100), a.start)
    if m is None:
        return None
    # (None: a subject the pattern matched through Unicode case folding, "the ſterling",
    # which is none of the listed ones and no level)
    code = _SUBJECT_CODES.get(" ".join(m.group(1).lower().split()))
    words = m.group(2).split()
    if (
        code is None
        or code == a.currency
        or not words
        or words[0].strip(".,").lower() not in _LEVEL_VERBS
        or _PER_SHARE.match(sc.text, a.end)
        # a level that is not today's rate (a forecast, a past high, a share price)
        # is no rate: it stays what it reads as
        or not_today(text, m.start(), a.end) is not None
    ):
        return None
    return a.end


def level_subject(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``LEVEL_BEFORE.search(text, lo, end)``: the subject of a level and the words
    up to the amount at ``end`` ("the dollar rose to "), found from each "the" of the
    window: every match starts at one ("[Tt]he", any case), and the first "the" it
    matches at is where the search finds it. (A window beyond ASCII is searched: its
    lower case may not keep the offsets. Its law in tests/test_laws_fast_search.py.)"""
    window = text[lo:end]
    if not window.isascii():
        return LEVEL_BEFORE.search(text, lo, end)
    low = window.lower()
    i = low.find("the")
    while i >= 0:
        m = LEVEL_BEFORE.match(text, lo + i, end)
        if m is not None:
            return m
        i = low.find("the", i + 3)
    return None


def pair_quote(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    """A currency pair's quote, not money: "EUR/USD 1.0725", "USD/JPY at 145.20"."""
    if a.prefix_currency and a.start >= 4 and _PAIR_BEFORE.match(sc.text, a.start - 4):
        return a.end
    return None


_PER_SHARE: Final = re.compile(r"[ \t]{1,3}(?:a|per)[ \t]{1,3}share\b", re.IGNORECASE)


_PAIR_BEFORE: Final = re.compile(r"[A-Z]{3}/(?=[A-Z]{3})")
