"""assemble."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from figures.arith import in_bounds
from figures.model import Figure, Kind, Qualifier
from figures.numbers import Numeral
from figures.scan.amounts import a_fraction, amount_at, plain_word_before, short_word_amount
from figures.scan.anchors import (
    AFTER_A,
    AFTER_A_ONLY,
    ASCII_ANCHOR,
    DIGITS,
    LEAD_FOLLOW,
    VAGUE_WORDS,
    WORD,
    WORD_ANCHOR,
    a_before,
    find_anchors,
    spelled_as_anchor,
)
from figures.scan.attach import NO_ROUTE, nothing_at_break, word_routes
from figures.scan.numerals import short_word_number
from figures.scan.ranges import (
    BETWEEN_BEFORE,
    RANGE_SEP,
    combine,
    is_score,
    qualifier_before,
    range_after,
    shared_unit,
    vague_at,
)
from figures.scan.rejects import (
    MONTH_NUMBERS,
    clock_mark_at,
    glued_tail,
    month_near,
    month_tail_before,
    not_a_figure,
)
from figures.scan.state import OUT_OF_BOUNDS, Amount, Scanner, make_figure, tidy_within

# read once per figure: an enum member read through its class costs a dictionary look-up
_MONEY: Final = Kind.MONEY


def scan_figures(sc: Scanner) -> list[Figure]:
    """Every figure of the text, in order, none overlapping."""
    if sc.lang is None and not sc.exclude and sc.text.isascii():
        return scan_ascii(sc)
    return scan_anchors(sc, find_anchors(sc.text, None if sc.lang is None else sc.lang.word_re))


def scan_anchors(sc: Scanner, found: Iterable[tuple[int, int, int]]) -> list[Figure]:
    """The figures at the anchors ``found`` (what :func:`find_anchors` gives for the
    text), in order, none overlapping, none in a span of ``sc.exclude``."""
    text = sc.text
    excl = sc.exclude
    n_excl = len(excl)
    ei = 0
    out: list[Figure] = []
    for s, e, kind in found:
        if s < sc.done:
            continue
        if n_excl:
            while ei < n_excl and excl[ei][1] <= s:
                ei += 1
            if ei < n_excl and excl[ei][0] <= s < excl[ei][1]:
                continue
        w = None if kind == DIGITS else text[s:e]  # a number word (of the scan's language)
        if w is not None and kind == WORD:
            e = word_end(sc, out, s, e)
            if e < 0:
                continue
            w = text[s:e]
        elif w is None and sc.lang is None and (e - s == 4 or e - s <= 2) and _early(sc, s, e):
            continue  # a year or a day of month, rejected before it is read
        fig = figure_at(sc, s, e, w)
        if fig is None:
            continue
        if ei < n_excl and fig.end > excl[ei][0] >= fig.start:
            continue
        if out and fig.start < out[-1].end:
            continue  # a prefix read backwards may reach into the figure before
        _add(sc, out, fig)
    return out


def _early(sc: Scanner, s: int, e: int) -> bool:
    """Whether :func:`plain_reject` decides the digits at [s, e) (the scan then resumes
    where it says, as read_amount() would have moved it)."""
    resume = plain_reject(sc, s, e)
    if resume is None:
        return False
    if resume > sc.done:
        sc.done = resume
    return True


def _add(sc: Scanner, out: list[Figure], fig: Figure) -> None:
    """``fig`` added to ``out``: the scan goes on after it, and a money figure is the
    last money met (for a bracketed amount after it, "(1.2)")."""
    sc.done = fig.end
    out.append(fig)
    if fig.currency is not None and fig.kind is _MONEY:
        sc.last_money = (fig.end, fig.currency, fig.currency_assumed)


def scan_ascii(sc: Scanner) -> list[Figure]:
    """:func:`scan_anchors` over the anchors of an English text of ASCII with nothing
    excluded, read from the matches of :data:`ASCII_ANCHOR` as
    :func:`figures.scan.anchors.ascii_anchors` reads them, with no generator between
    (measured: 2 ms less per 1,000 Reuters articles). Its law in
    tests/test_laws_fast_search.py."""
    text = sc.text
    out: list[Figure] = []
    first = WORD_ANCHOR.match(text)
    if first is not None:
        word_figure(sc, out, first.start(), first.end())
    low = text.lower()
    for m in ASCII_ANCHOR.finditer(low):
        if m.lastindex is not None:
            s, e = m.span(1)
            if s >= sc.done and spelled_as_anchor(text[s:e], low[s:e]):
                got = short_word_number(low, s, e)
                if got is None:
                    word_figure(sc, out, s, e)
                else:
                    short_word_figure(sc, out, s, e, got)
            continue
        s, e = m.span()
        if s < sc.done:
            continue
        if (e - s == 4 or e - s <= 2) and _early(sc, s, e):
            continue
        # figure_at() for digits, its call saved
        a = read_amount(sc, s, e, None)
        if a is None:
            continue
        fig = to_figure(sc, a) if RANGE_SEP.match(text, a.end) is None else range_figure(sc, a)
        if fig is None or (out and fig.start < out[-1].end):
            continue
        _add(sc, out, fig)
    return out


def word_figure(sc: Scanner, out: list[Figure], s: int, e: int) -> None:
    """The figure of the English number word at [s, e), if any, added to ``out``."""
    e = word_end(sc, out, s, e)
    if e < 0:
        return
    fig = figure_at(sc, s, e, sc.text[s:e])
    if fig is None or (out and fig.start < out[-1].end):
        return
    _add(sc, out, fig)


def short_word_figure(
    sc: Scanner, out: list[Figure], s: int, e: int, got: tuple[Numeral, int]
) -> None:
    """:func:`word_figure` for the unit or tens word at [s, e) of English copy, read
    alone or with a scale word (``got``: what
    :func:`figures.scan.numerals.short_word_number` read, and where it ends), with no
    step between: such a word starts a number of its own (:func:`word_end` gives
    ``e``), is no vague word and no "a" of a fraction (:func:`figure_at`), and the
    "one of the" test of :func:`read_amount` can only hold for "one" alone. Its law in
    tests/test_laws_fast_search.py."""
    text = sc.text
    numeral, end = got
    a = short_word_amount(sc, s, end, numeral, e)
    if numeral.value == 1 and a.value == 1 and not a.marked:
        return  # "one of the": not a count ("one" alone is the only reading of value 1)
    if rejected(sc, a, text[s:end]):
        return
    fig = to_figure(sc, a) if RANGE_SEP.match(text, a.end) is None else range_figure(sc, a)
    if fig is None or (out and fig.start < out[-1].end):
        return
    _add(sc, out, fig)


def word_end(sc: Scanner, out: list[Figure], s: int, e: int) -> int:
    """Where the number that the English number word at [s, e) starts ends as an
    anchor: ``e``, or past the blank after "half" or "quarter" ("half a million"); -1
    when the word starts no number of its own: an ordinal ("the third quarter"), a
    "half" before no scale, or a number word after "a" read with it ("a million", its
    figure added to ``out``)."""
    text = sc.text
    lw = text[s:e].lower()
    if lw in AFTER_A:
        a_at = a_before(text, s)
        if a_at >= sc.done:
            # "a million", "a third of": the number starts at the article
            a_end = a_at + (3 if text[a_at + 1] in "nN" else 2)
            fig = figure_at(sc, a_at, a_end, text[a_at:a_end])
            if fig is not None and not (out and fig.start < out[-1].end):
                sc.done = fig.end
                out.append(fig)
                return -1
        if lw in AFTER_A_ONLY:
            return -1  # "the third quarter": an ordinal
    lead = LEAD_FOLLOW.get(lw)
    if lead is not None:
        # "a", "half", "quarter" start a number only before the right word
        if lead.match(text, e) is None:
            return -1
        e += 1
    return e


# A space or a line break and a lower-case word after a number (attach.suffix() reads
# the word so).
_BREAK_WORD: Final = re.compile(r"[ \n]([a-z]+)\b")


# Marks after a number at which the suffix ends and no reject rule before "plain year"
# (or "year") can answer for digits alone: "in 1987,", "(base 1985)", "March 3;".
_CLOSING: Final = frozenset((",", ";", ")", ""))
_BLANK_OR_END: Final = frozenset((" ", "\n", ""))


# A comma and a blank before a number ("Oct 6, 1981"): no sign and no currency symbol
# ends there, prefix() reads nothing.
_AFTER_COMMA: Final = frozenset((", ", ",\n"))


def plain_reject(sc: Scanner, s: int, e: int) -> int | None:
    """Where the scan resumes when the digits at [s, e) are a year ("in 1987 the",
    "in 1985.", "the 1986/87 crop") or a day of month ("March 22 were") that
    read_amount() rejects (what it moves ``sc.done`` to), decided from what stands next
    to them: a plain word or a comma before (prefix() reads nothing), after them a mark
    that ends the amount or a word that begins no scale, percent, currency or unit
    (suffix() reads nothing), and then the rule that answers first for such digits
    ("plain year", "slashed digits", "year" or "day of month"). None: not decided, read
    in full. (English copy only. Its law in tests/test_laws_fast_search.py.)"""
    text = sc.text
    raw = text[s:e]
    four = e - s == 4
    if not (raw.isdigit() and raw.isascii()):
        return None
    if four:
        if not "1000" <= raw <= "2199":
            return None
    else:
        if text[s - 1 : s] != " ":
            return None
        # a month's last three letters first (most words before two digits end
        # otherwise); a full stop after them ("Sept.") is read in full below
        if not month_tail_before(text, s):
            return None
        # the word before the space: within the 11 characters before it (no month name
        # is longer), never a slice from the text's start (which made this quadratic)
        lo = s - 12 if s > 12 else 0
        j = text.rfind(" ", lo, s - 1)
        if j < 0 and lo > 0:
            return None
        if text[j + 1 : s - 1].rstrip(".").lower() not in MONTH_NUMBERS:
            return None  # no month before: no day of month decided here
    c = text[e : e + 1]
    if c == " " or c == "\n":
        m = _BREAK_WORD.match(text, e)
        if m is None:
            # no lower-case word: a mark or a capitalised word after the blanks that
            # begins nothing ("March 30\n    Record"), as suffix() finds
            if not nothing_at_break(sc, e):
                return None
            return _rejected_alone(sc, s, e, four, c)
        word = m.group(1)
        route = word_routes().get(word)
        if route is not None and route != NO_ROUTE:
            return None
        if c == "\n" and word.endswith("illions"):
            return None  # "three\nmillions": the scale pattern reads it
        nxt = text[m.end() : m.end() + 1]
        if nxt == "." or nxt in sc.symbol_starts:
            return None
    elif c == "/":
        # "1986/87": slashed digits, no fraction and no date ("1987/3/1")
        if not four or not text[e + 1 : e + 2].isdigit() or "/" in text[e + 2 : e + 4]:
            return None
    elif c not in _CLOSING and (c != "." or text[e + 1 : e + 2] not in _BLANK_OR_END):
        return None  # ("1986.A": a ticker)
    return _rejected_alone(sc, s, e, four, c)


def _rejected_alone(sc: Scanner, s: int, e: int, four: bool, c: str) -> int | None:
    """:func:`plain_reject` once nothing after the digits at [s, e) is read (``c``: the
    character after them): where the scan resumes if nothing before them is read either
    and a rule rejects them, else None."""
    text = sc.text
    if not plain_word_before(text, s, sc.lower_tails) and text[s - 2 : s] not in _AFTER_COMMA:
        return None
    if four:
        return glued_tail(sc, e) if c == "/" else e
    if text[e + 1 : e + 2].isdigit() or clock_mark_at(text, e) is not None:
        return None  # (a telephone number, "at 9 am")
    return e if month_near(sc, s, e) else None


def figure_at(sc: Scanner, start: int, end: int, w: str | None) -> Figure | None:
    """The figure whose numeral is the anchor [start, end) (``w``: its text when it
    is a word), or None when it is not a figure."""
    if w is not None and sc.lang is not None:
        from figures.scan.locale_phrases import locale_vague, vague_word

        if vague_word(sc.lang, w) is not None:
            return locale_vague(sc, start, w)
    elif w is not None:
        lw = w.lower().strip()
        if lw in VAGUE_WORDS:
            fig = vague_at(sc, start, w)
            if fig is None and lw in ("thousands", "millions", "billions", "hundreds"):
                return None
            return fig
    a = read_amount(sc, start, end, w)
    if a is None:
        return None
    if sc.lang is None and RANGE_SEP.match(sc.text, a.end) is None:
        return to_figure(sc, a)  # ranged()'s common case: no separator after it
    return range_figure(sc, a)


def range_figure(sc: Scanner, a: Amount) -> Figure | None:
    """The figure of the amount ``a`` read as :func:`ranged` reads it (a range, a score,
    a shared unit), or None."""
    got = ranged(sc, a)
    if got is None:
        return None
    a, opened = got
    return to_figure(sc, a, opened)


def read_amount(sc: Scanner, start: int, end: int, w: str | None) -> Amount | None:
    """The amount at the anchor with its prefix and suffix, or None when it is no
    figure (a count word, a year, a date...: the rejects), ``sc.done`` moved past it."""
    text = sc.text
    a = a_fraction(sc, start) if w is not None and w[:1] in "aA" and sc.lang is None else None
    if a is None:
        a = amount_at(sc, start, end, w is not None)
    if a is None:
        sc.done = max(sc.done, end)
        return None
    raw = text[a.num_start : a.num_end]
    if (
        a.word
        and not a.marked
        and (
            (a.value == 1 and raw.lower() in ("one", "a", "an"))
            or " ".join(raw.lower().split()) in ("half a", "half an")
        )
    ):
        return None  # "one of the", "half a chance": not a count
    return None if rejected(sc, a, raw) else a


def rejected(sc: Scanner, a: Amount, raw: str) -> bool:
    """Whether the amount ``a`` (its numeral ``raw``) is no figure by the reject rules
    (:func:`figures.scan.rejects.not_a_figure`, a language's own first) or for letters
    glued to it (a "glued" note): ``sc.done`` is then moved past what was rejected."""
    resume = None
    if sc.lang is not None:
        from figures.scan.locale_phrases import locale_reject

        resume = locale_reject(sc, a, raw)
    if resume is None:
        resume = not_a_figure(sc, a, raw)
    if resume is not None:
        sc.done = max(sc.done, resume)
        return True
    if a.note and a.note.startswith("glued"):
        sc.done = max(sc.done, a.end)
        return True
    return False


def ranged(sc: Scanner, a: Amount) -> tuple[Amount, int | None] | None:
    """``a`` made a range with a second end after it ("5-6 million", "$5 to $6",
    "zwischen 3 und 4 Prozent"), or ``a`` itself (sharing a unit that follows: "45 and
    50 mg"), with where an opening word such as "zwischen" or "entre" starts; None when
    the two are a score ("won 3-1")."""
    if sc.lang is not None:
        from figures.scan.locale_phrases import locale_range

        got = locale_range(sc, a)
        if got is not None:
            return got
    text = sc.text
    sep = RANGE_SEP.match(text, a.end)
    if sep is None:
        return a, None
    b = range_after(sc, a)
    if b is not None and (not_a_figure(sc, b, text[b.num_start : b.num_end]) is None or b.marked):
        if is_score(sc, a, b, sep.group(0)):
            sc.done = max(sc.done, b.end)
            return None
        r = combine(sc, a, b)
        if r is not None:
            return r, None
    shared_unit(sc, a)  # "45 and 50 mg"
    return a, None


def qualified_start(sc: Scanner, a: Amount, opened: int | None) -> tuple[int, Qualifier | None]:
    """Where the figure starts and its qualifier: an opening word of a range ("between",
    "zwischen") or a qualifier before it ("more than 72,000", "about 5-6 million")."""
    text, hi, start = sc.text, a.high, a.start
    duration = a.note == "duration"
    if duration:
        a.note = None
    if opened is not None:
        return opened, None
    if hi is not None:
        bm = BETWEEN_BEFORE.search(text, max(sc.done, start - 10), start)
        if bm is not None:
            return bm.start(), None
    q = qualifier_before(sc, start) if sc.lang is None else _locale_qualifier(sc, start)
    if q is not None and not (
        duration and text[q[0] : q[0] + 4].lower() == "over" and q[0] - sc.done <= 1
    ):
        # ("cut $1.5 trillion over 10 years": a period after an amount, where
        # "for over 10 years" is more than ten)
        return q
    if sc.lang is not None and hi is None:
        from figures.scan.locale_phrases import percent_before

        before = percent_before(sc, a, start)  # "pourcentage de vingt", "moins cinq"
        start = start if before is None else before
    return start, None


def to_figure(sc: Scanner, a: Amount, opened: int | None = None) -> Figure | None:
    """The figure of a read amount, with a qualifier before it ("more than 72,000",
    "between 5 and 6"); None beyond :data:`figures.arith.BOUND` ("81E999")."""
    hi = a.high
    if opened is None and hi is None and sc.lang is None and a.note != "duration":
        # qualified_start()'s common case: a qualifier before it or none
        q = qualifier_before(sc, a.start)
        if q is None:
            start, qualifier = a.start, a.qualifier
        else:
            start, qualifier = q  # (never before sc.done: qualifier_before() looks from it)
    else:
        start, qualifier = qualified_start(sc, a, opened)
        if start < sc.done:
            start = a.start
        if qualifier is None:
            qualifier = a.qualifier
    value: Decimal | None = a.value
    low: Decimal | None = None
    precision = a.precision
    if hi is None:
        if a.scaled or a.word:
            # within figures.arith.BOUND ("81E999" is not), and the zeros scaling
            # leaves dropped: 1.22 x 10**6 is 1220000, not 1220000.00
            value, precision = tidy_within(value), tidy_within(precision)
            if value is OUT_OF_BOUNDS or precision is OUT_OF_BOUNDS:
                sc.done = max(sc.done, a.end)
                return None
    else:
        low, value = a.value, None
        if a.scaled or a.word:
            low, hi, precision = tidy_within(low), tidy_within(hi), tidy_within(precision)
            out = OUT_OF_BOUNDS
            if low is out or hi is out or precision is out:
                sc.done = max(sc.done, a.end)
                return None
        elif not _in_bounds(None, low, hi, precision):
            sc.done = max(sc.done, a.end)
            return None  # beyond figures.arith.BOUND: no figure
    currency = a.currency
    if a.assumed and sc.homes:
        currency = sc.home(currency, True)
    # positional, in field order: the hot path builds one of these per figure
    return make_figure(
        a.kind,
        sc.text[start : a.end],
        start,
        a.end,
        value,
        low,
        hi,
        qualifier,
        currency,
        a.unit,
        precision,
        a.note,
        a.assumed,
    )


def _in_bounds(
    value: Decimal | None, low: Decimal | None, hi: Decimal | None, precision: Decimal | None
) -> bool:
    """Every value given is within :data:`figures.arith.BOUND` (None is)."""
    return (
        (value is None or in_bounds(value))
        and (low is None or in_bounds(low))
        and (hi is None or in_bounds(hi))
        and (precision is None or in_bounds(precision))
    )


def _locale_qualifier(sc: Scanner, start: int) -> tuple[int, Qualifier] | None:
    from figures.scan.locale_phrases import locale_qualifier

    return locale_qualifier(sc, start)
