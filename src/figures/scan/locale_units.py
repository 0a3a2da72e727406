"""Unit words in German, French, Spanish, Italian, Portuguese and Dutch.

The words are data (``lexicon/units/<code>.tsv``, read by
:func:`figures.units.unit_words`); this module reads them after an amount of a scan in
that language: "40 Tonnen", "300 Megawatt", "12 kilomètres carrés", "1,5 millones de
barriles diarios" (a scale word's joiner may come first). Symbols ("km", "MWh") are
the same in every language and are left to the language-neutral reader.
"""

from __future__ import annotations

import functools
import re

from figures.lexicon.languages import Language, fold
from figures.model import Kind
from figures.scan.state import Amount, Scanner
from figures.units import unit_name, unit_words

__all__ = ["locale_unit"]

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{1,3}")
_SHORTEST = 3  # shorter entries are symbols ("t", "kg", "mw"), read as symbols elsewhere


@functools.cache
def _table(code: str) -> tuple[dict[str, str], int]:
    """The unit words of a language (folded) to pint names, and the most words in one."""
    words = {fold(w): name for w, name in unit_words(code).items() if len(w) >= _SHORTEST}
    return words, max((w.count(" ") + 1 for w in words), default=1)


def locale_unit(sc: Scanner, a: Amount, q: int) -> bool:
    """Read a unit word of the scan's language at ``q`` (after a scale word's joiner
    when the amount is scaled: "millones de barriles") into ``a``; True when one was."""
    lang = sc.lang
    assert lang is not None
    if a.kind is not Kind.NUMBER or a.currency is not None:
        return False
    table, most = _table(lang.code)
    got = _unit_at(sc.text, q, table, most)
    if got is None and a.scaled:
        at = _after_joiner(lang, sc.text, q)
        got = _unit_at(sc.text, at, table, most) if at is not None else None
    if got is None:
        return False
    a.kind, a.unit, a.end = Kind.QUANTITY, unit_name(got[1]), got[0]
    return True


def _unit_at(text: str, q: int, table: dict[str, str], most: int) -> tuple[int, str] | None:
    """The longest unit phrase of ``table`` at ``q``: its end and pint name."""
    words: list[tuple[str, int]] = []
    p = q
    while len(words) < most and (m := _TOKEN.match(text, p)) is not None:
        words.append((m.group(0), m.end()))
        s = _SPACES.match(text, m.end())
        if s is None:
            break
        p = s.end()
    for k in range(len(words), 0, -1):
        name = table.get(fold(" ".join(w for w, _ in words[:k])))
        if name is not None:
            return words[k - 1][1], name
    return None


def _after_joiner(lang: Language, text: str, q: int) -> int | None:
    """After "de", "d'" at ``q`` (and its blanks), or None."""
    m = _TOKEN.match(text, q)
    if m is None:
        return None
    word = fold(m.group(0))
    for j in lang.scale_joiners:
        if j.endswith(("'", "’")) and word.startswith(j) and len(word) > len(j):
            return m.start() + len(j)
        if word == j:
            s = _SPACES.match(text, m.end())
            return None if s is None else s.end()
    return None
