"""Fractions in words beyond one word, in the languages of
:mod:`figures.scan.locale_words`: a fraction of a scale ("un quart de million",
"tres cuartos de millón"), and one over a compound ordinal written in words apart ("un
vingt cinquième" is 1/25, "une vingt et unième" 1/21).

Written with hyphens ("un vingt-cinquième") the ordinal is one word and
:func:`figures.scan.locale_values.decompose` reads it; written apart, the cardinal words
before the ordinal belong to the denominator when the numerator is the article-like
"un"/"une": a native reader reads "un vingt cinquième" as one twenty-fifth, not as
twenty fifths.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figures.lexicon.languages import Language, fold
from figures.numbers import Numeral, ratio

__all__ = ["compound_ordinal", "fraction_of_scale", "one_over_ordinal"]

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{1,3}")
_MAX_WORDS = 6


def one_over_ordinal(lang: Language, text: str, at: int) -> tuple[Numeral, int] | None:
    """After "un"/"une" (``at``: just past its blanks), the cardinal words and the ordinal
    that end a compound denominator: the numeral one over it and its end, or None."""
    got = compound_ordinal(lang, text, at)
    return None if got is None else (Numeral(ratio(1, got[0]), None), got[1])


def compound_ordinal(lang: Language, text: str, at: int) -> tuple[int, int] | None:
    """Cardinal words then an ordinal at ``at`` making one denominator ("vingt cinquième"
    is 25, "dix huitièmes" 18): the denominator and its end, or None."""
    from figures.scan.locale_values import decompose, in_order, value_of

    pieces: list[tuple[str, Decimal]] = []
    p = at
    for _ in range(_MAX_WORDS):
        m = _TOKEN.match(text, p)
        if m is None:
            return None
        word = fold(m.group(0))
        last = _ordinal_stem(lang, word)
        if last is not None and pieces:
            whole = [*pieces, *last]
            den = value_of(whole) if in_order(whole) else None
            if den is None or den <= 2 or den != den.to_integral_value():
                return None
            return int(den), m.end()
        got = decompose(lang, m.group(0))
        if got is None or any(k not in ("n", "j", "h") for k, _ in got):
            return None
        pieces.extend(got)
        s = _SPACES.match(text, m.end())
        if s is None:
            return None
        p = s.end()
    return None


def _ordinal_stem(lang: Language, word: str) -> list[tuple[str, Decimal]] | None:
    """The cardinal pieces of an ordinal word ("cinquième" -> 5, "unième" -> 1), or None."""
    from figures.scan.locale_values import decompose

    for suffix in lang.fraction_suffixes:
        if not word.endswith(suffix) or len(word) <= len(suffix):
            continue
        stem = word[: -len(suffix)]
        for cand in (stem, stem + "e", stem + "o", stem + "a", stem[:-1], stem[:-1] + "f"):
            pieces = decompose(lang, cand) if cand else None
            if pieces is not None and all(k in ("n", "h") for k, _ in pieces):
                return pieces
    return None


def fraction_of_scale(lang: Language, text: str, end: int) -> tuple[Decimal, int] | None:
    """'de million', "d'un milliard" after a fraction: the scale it is a fraction of, and
    the end of the scale word."""
    from figures.scan.locale_values import decompose

    s = _SPACES.match(text, end)
    m = _TOKEN.match(text, s.end()) if s is not None else None
    if m is None:
        return None
    word = fold(m.group(0))
    for j in lang.scale_joiners:
        if j.endswith(("'", "’")) and word.startswith(j) and len(word) > len(j):
            at = m.start() + len(j)
            break
        if word == j:
            s = _SPACES.match(text, m.end())
            if s is None:
                return None
            at = s.end()
            break
    else:
        return None
    w = _TOKEN.match(text, at)
    word = w.group(0).rstrip(".") if w is not None else ""
    pieces = decompose(lang, word) if word else None
    if not pieces or len(pieces) != 1 or pieces[0][0] != "s":
        return None
    return pieces[0][1], at + len(word)
