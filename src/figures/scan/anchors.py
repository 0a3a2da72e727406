"""anchors."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from figures.ascii_re import ascii_twin
from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.numbers import (
    EXPONENT,
    FRACTION_WORDS,
    NUMBER_WORDS,
)
from figures.scan.tokens import trie_pattern

_EN: Final = load_language("en")  # lexicon/lang/en.json

_WORD_NUMBERS: Final = sorted(
    (
        w
        for w in NUMBER_WORDS
        if w not in ("a", "an", "and", "point", "dozens") and w not in FRACTION_WORDS
    ),
    key=len,
    reverse=True,
)


# Plural counting words and the unit each counts in: "hundreds of" is 200 to 1,000
# (the "vague" words of ``lexicon/lang/en.json``).
VAGUE_UNITS: Final[dict[str, Decimal]] = {w: Decimal(v) for w, v in _EN["vague"].items()}


VAGUE_WORDS: Final = tuple(VAGUE_UNITS)


# An anchor: digits (with inner grouping/decimal marks), a leading-point decimal, a
# number word, or "a"/"half" starting a number ("a dozen", "half a million").
#
# A numeral's tail after its first digits: groups of three after blanks ("1 139,00"), or
# inner marks and digits; at most 40 groups: no real numeral has more, and a bound keeps
# the engine's backtracking stack small on runs like "1,1,1,..." a megabyte long.
_GROUPED_TAIL: Final = r"(?: \d{3}){1,6}(?:,\d{1,2})?(?![\d.,]?\d)"
# The vulgar fraction characters a numeral may be or end with ("½", "2½").
_FRACTIONS: Final = "½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_MARKED_TAIL: Final = (
    r"(?:[.,'’\u00a0\u202f\u2009]\d+){0,40}" + EXPONENT + "?"  # "1.5e10"
    "[" + _FRACTIONS + "]?"  # "2½"
)
NUMERAL: Final = (
    # "1 139,00"; never after a fraction's slash: "104-3/8 104-7/8" is two prices
    r"(?<!/)\d{1,3}"
    + _GROUPED_TAIL
    + r"|\d+"
    + _MARKED_TAIL
    + r"|(?<![\w.])\.\d+|["
    + _FRACTIONS
    + "]"
)
"""A numeral's digits as a pattern (an alternation): digits with inner grouping or
decimal marks and an exponent, a leading-point decimal, a vulgar fraction."""


_WORDS: Final = (
    # lower, Capitalised and UPPER spellings, matched case-sensitively: the trie then
    # dispatches on the first letter, three times faster than re.IGNORECASE here
    trie_pattern(
        sorted({v for w in (*_WORD_NUMBERS, *VAGUE_WORDS) for v in (w, w.capitalize(), w.upper())})
    )
    + r"\b"
    # "a" or "an" before a word of en.json "after_a_in_range" ("between 1 and a million")
    + r"|[Aa][Nn]?\s(?=(?i:"
    + alternation(_EN["after_a_in_range"])
    + r")\b)"
    r"|(?i:half)\s(?=[Aa][Nn]?\s)|(?i:half|quarter)\s(?=(?i:"
    + alternation(_EN["scales_after_half"])
    + r")\b)"
)


# The text is scanned twice, for digits and for words, each a pattern the engine can
# skip through fast; the two streams of anchors are merged in text order (ASCII copy is
# scanned once: ASCII_ANCHOR below).
# Each anchor pattern starts by consuming one character of a class, which the engine
# skips to in its tight loop over a character set (a look-ahead there would start the
# full matcher at every character: measured, the digit anchors of 1,000 Reuters articles
# in 10 ms instead of 16, 8 instead of 14 for ASCII); what follows asks which character
# it was, with :data:`NUMERAL`'s look-behinds moved past it. Its law in
# tests/test_laws_fast_search.py compares it with the plain look-ahead pattern.
_AFTER_FIRST_DIGIT: Final = (
    r"(?<=\d)(?:(?<!/\d)\d{0,2}" + _GROUPED_TAIL + r"|\d*" + _MARKED_TAIL + ")"
)
_AFTER_POINT: Final = r"(?<=\.)(?<![\w.]\.)\d+"
DIGIT_ANCHOR: Final = re.compile(
    r"[\d."
    + _FRACTIONS
    + "](?:"
    + _AFTER_FIRST_DIGIT
    + "|"
    + _AFTER_POINT
    + r"|(?<=["
    + _FRACTIONS
    + "]))"
)


# The same for a text of ASCII only (most news copy), where "\d" can match nothing but
# [0-9]: the engine tests a class of ten characters where "\d" asks the Unicode tables
# at every character (measured: the digit scan 1.7x faster on Reuters copy).
DIGIT_ANCHOR_ASCII: Final = ascii_twin(DIGIT_ANCHOR)


# Words are one trie, "a", "an", "half" and "quarter" included: what must follow those
# ("a dozen", "half a million") is checked for the few that match (LEAD_FOLLOW), which
# is cheaper than asking the engine to try extra branches at every word.
# Fraction words that are anchors only after "a" ("a third", "a fifth of"): alone they
# are ordinals ("the third quarter").
AFTER_A_ONLY: Final[tuple[str, ...]] = tuple(_EN["after_a_only"])


# Anchor words that "a"/"an" may stand before ("a million", "a quarter"). "a" itself is
# no anchor: it is everywhere, and these words find it by looking one word back.
# (en.json "after_a_only" and "after_a")
AFTER_A: Final = frozenset(AFTER_A_ONLY) | frozenset(_EN["after_a"])


_ANCHOR_WORDS: Final = sorted(
    {
        v
        for w in (*_WORD_NUMBERS, *VAGUE_WORDS, *AFTER_A_ONLY, "half", "quarter")
        for v in (w, w.capitalize(), w.upper())
    }
)


# The anchor words as one first-letter trie (scan/tokens.trie_pattern), built once for
# the patterns below.
_ANCHOR_TRIE: Final = trie_pattern(_ANCHOR_WORDS)
_FIRST_LETTERS: Final = "".join(sorted({w[0] for w in _ANCHOR_WORDS}))


WORD_ANCHOR: Final = re.compile("(?=[" + _FIRST_LETTERS + r"])\b" + _ANCHOR_TRIE + r"\b")


# "half a million", "half million", "quarter billion" (en.json "scales_after_half")
_HALF_SCALES: Final = alternation(_EN["scales_after_half"])
LEAD_FOLLOW: Final = {
    "half": re.compile(r"\s(?=[Aa][Nn]?\s|(?i:" + _HALF_SCALES + r")\b)"),
    "quarter": re.compile(r"\s(?=(?i:" + _HALF_SCALES + r")\b)"),
}


def a_before(text: str, s: int) -> int:
    """Where an "a " or "an " standing as a word right before ``s`` starts, else -1."""
    if s >= 2 and text[s - 1] == " ":
        if text[s - 2] in "aA" and (s == 2 or not text[s - 3].isalnum()):
            return s - 2
        if (
            s >= 3
            and text[s - 2] in "nN"
            and text[s - 3] in "aA"
            and (s == 3 or not text[s - 4].isalnum())
        ):
            return s - 3
    return -1


@functools.cache
def range_end_anchor() -> re.Pattern[str]:
    """A digit or a word anchor at one position, for the second end of a range (groups
    ``d`` and ``w``); compiled on the first range met, not at import."""
    return re.compile(r"(?P<d>" + NUMERAL + r")|\b(?P<w>" + _WORDS + ")")


# The kinds of anchor find_anchors() yields.
DIGITS, WORD, LOCAL_WORD = 0, 1, 2


# The English words of WORD_ANCHOR found faster: the engine skips through text fastest
# to a pattern that starts with one character class of plain ASCII, so a word anchor is
# found with the mark before it (an ASCII character that is no word character, which is
# what "\b" asks of it); the rarer marks beyond ASCII ("“Three", "—two") by a second
# pattern that skips all ASCII, and a word at the very start by WORD_ANCHOR itself.
_MARKS: Final = r"\x00-/:-@\[-^`{-\x7f"  # the ASCII characters that are no word characters
_MARK: Final = "[" + _MARKS + "]"
_WORD_AFTER_MARK: Final = re.compile(
    _MARK + "(?=[" + _FIRST_LETTERS + "])(" + _ANCHOR_TRIE + r")\b"
)


@functools.cache
def _word_after_wide_mark() -> re.Pattern[str]:
    """The English number words after a mark beyond ASCII: compiled on the first text
    that holds such a character, never for ASCII copy."""
    return re.compile(r"[^\x00-\x7f](?<!\w)(?=[" + _FIRST_LETTERS + "])(" + _ANCHOR_TRIE + r")\b")


def english_words(text: str) -> list[tuple[int, int]]:
    """The spans of ``WORD_ANCHOR.finditer(text)``, in order: the English number words
    of the text."""
    spans = [m.span(1) for m in _WORD_AFTER_MARK.finditer(text)]
    if not text.isascii():
        wide = [m.span(1) for m in _word_after_wide_mark().finditer(text)]
        if wide:
            spans = sorted(spans + wide)
    first = WORD_ANCHOR.match(text)
    if first is not None:
        spans.insert(0, first.span())
    return spans


# ASCII copy (most news) is scanned once for both kinds of anchor, in its lower-case
# copy: a digit anchor, or a number word with the mark before it (group 1). The word
# trie then holds one spelling per word instead of three, and the one pass skips
# through the text once instead of twice (measured: the anchors of 1,000 Reuters
# articles in 25 ms instead of 30 ms). Lower-casing ASCII keeps every offset; a word
# found is kept only when the text spells it lower, Capitalised or UPPER, as
# WORD_ANCHOR asks.
_LOWER_WORDS: Final = sorted({w.lower() for w in _ANCHOR_WORDS})
# It starts by consuming a mark or a digit, as DIGIT_ANCHOR does (measured: the anchors
# of 1,000 Reuters articles in 21 ms instead of 24): a mark before a number word, or the
# first character of a numeral (DIGIT_ANCHOR's tail after it).
ASCII_ANCHOR: Final = re.compile(
    "["
    + _MARKS
    + r"\d](?:(?<=["
    + _MARKS
    + "])(?=["
    + "".join(sorted({w[0] for w in _LOWER_WORDS}))
    + "])("
    + trie_pattern(_LOWER_WORDS)
    + r")\b|"
    + _AFTER_FIRST_DIGIT
    + "|"
    + _AFTER_POINT
    + ")",
    re.ASCII,
)


def ascii_anchors(text: str) -> Iterator[tuple[int, int, int]]:
    """``find_anchors(text)`` for an ASCII ``text``, in one pass."""
    first = WORD_ANCHOR.match(text)
    if first is not None:
        yield first.start(), first.end(), WORD
    low = text.lower()
    for m in ASCII_ANCHOR.finditer(low):
        if m.lastindex is None:
            s, e = m.span()
            yield s, e, DIGITS
            continue
        s, e = m.span(1)
        if spelled_as_anchor(text[s:e], low[s:e]):
            yield s, e, WORD


def spelled_as_anchor(w: str, lw: str) -> bool:
    """Whether ``w``, a word :data:`ASCII_ANCHOR` found as ``lw`` in the lower-case
    copy, is spelled as :data:`WORD_ANCHOR` asks: lower, Capitalised or UPPER."""
    return w == lw or w == lw.upper() or w == lw.capitalize()


def find_anchors(
    text: str, word_anchor: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, int]]:
    """Digit and word anchors in text order, as ``(start, end, kind)``: the digit scan,
    with the word anchors (the rarer) merged in as it goes. ``kind`` is
    :data:`DIGITS`, :data:`WORD` (an English number word) or :data:`LOCAL_WORD` (a
    number word of another language, found by ``word_anchor``)."""
    if word_anchor is None:
        if text.isascii():
            return ascii_anchors(text)
        return _merged(text, english_words(text), WORD)
    return _merged(text, [m.span() for m in word_anchor.finditer(text)], LOCAL_WORD)


def _merged(text: str, words: list[tuple[int, int]], kind: int) -> Iterator[tuple[int, int, int]]:
    """The digit anchors of ``text`` with the word spans ``words`` merged in."""
    wi, nw = 0, len(words)
    for d in (DIGIT_ANCHOR_ASCII if text.isascii() else DIGIT_ANCHOR).finditer(text):
        s, e = d.span()
        while wi < nw and words[wi][0] < s:
            ws, we = words[wi]
            yield ws, we, kind
            wi += 1
        yield s, e, DIGITS
    for ws, we in words[wi:]:
        yield ws, we, kind
