"""assemble."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from figures.arith import in_bounds
from figures.model import Figure, Kind, Qualifier
from figures.scan.amounts import a_fraction, amount_at
from figures.scan.anchors import (
    AFTER_A,
    AFTER_A_ONLY,
    DIGITS,
    LEAD_FOLLOW,
    VAGUE_WORDS,
    WORD,
    a_before,
    find_anchors,
)
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
from figures.scan.rejects import not_a_figure
from figures.scan.state import OUT_OF_BOUNDS, Amount, Scanner, make_figure, tidy_within

# read once per figure: an enum member read through its class costs a dictionary look-up
_MONEY: Final = Kind.MONEY


def scan_figures(sc: Scanner) -> list[Figure]:
    """Every figure of the text, in order, none overlapping."""
    text = sc.text
    excl = sc.exclude
    n_excl = len(excl)
    ei = 0
    out: list[Figure] = []
    for s, e, kind in find_anchors(text, None if sc.lang is None else sc.lang.word_re):
        if s < sc.done:
            continue
        if n_excl:
            while ei < n_excl and excl[ei][1] <= s:
                ei += 1
            if ei < n_excl and excl[ei][0] <= s < excl[ei][1]:
                continue
        w = None if kind == DIGITS else text[s:e]  # a number word (of the scan's language)
        if w is not None and kind == WORD:
            lw = w.lower()
            if lw in AFTER_A:
                a_at = a_before(text, s)
                if a_at >= sc.done:
                    # "a million", "a third of": the number starts at the article
                    a_end = a_at + (3 if text[a_at + 1] in "nN" else 2)
                    fig = figure_at(sc, a_at, a_end, text[a_at:a_end])
                    if fig is not None and not (out and fig.start < out[-1].end):
                        sc.done = fig.end
                        out.append(fig)
                        continue
                if lw in AFTER_A_ONLY:
                    continue  # "the third quarter": an ordinal
            lead = LEAD_FOLLOW.get(lw)
            if lead is not None:
                # "a", "half", "quarter" start a number only before the right word
                if lead.match(text, e) is None:
                    continue
                e += 1
                w = text[s:e]
        fig = figure_at(sc, s, e, w)
        if fig is None:
            continue
        if ei < n_excl and fig.end > excl[ei][0] >= fig.start:
            continue
        if out and fig.start < out[-1].end:
            continue  # a prefix read backwards may reach into the figure before
        sc.done = fig.end
        out.append(fig)
        if fig.currency is not None and fig.kind is _MONEY:
            sc.last_money = (fig.end, fig.currency, fig.currency_assumed)
    return out


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
    resume = None
    if sc.lang is not None:
        from figures.scan.locale_phrases import locale_reject

        resume = locale_reject(sc, a, raw)
    if resume is None:
        resume = not_a_figure(sc, a, raw)
    if resume is not None:
        sc.done = max(sc.done, resume)
        return None
    if a.note and a.note.startswith("glued"):
        sc.done = max(sc.done, a.end)
        return None
    return a


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
    text = sc.text
    hi = a.high
    if opened is None and hi is None and sc.lang is None and a.note != "duration":
        # qualified_start()'s common case: a qualifier before it or none
        q = qualifier_before(sc, a.start)
        start, qualifier = (a.start, None) if q is None else q
    else:
        start, qualifier = qualified_start(sc, a, opened)
    if start < sc.done:
        start = a.start
    if qualifier is None:
        qualifier = a.qualifier
    value: Decimal | None = a.value
    low: Decimal | None = None
    if hi is not None:
        low, value = a.value, None
    precision = a.precision
    if a.scaled or a.word:
        # within figures.arith.BOUND ("81E999" is not), and the zeros scaling leaves
        # dropped: 1.22 x 10**6 is 1220000, not 1220000.00
        value, precision = tidy_within(value), tidy_within(precision)
        if hi is not None:
            low, hi = tidy_within(low), tidy_within(hi)
        out = OUT_OF_BOUNDS
        if value is out or precision is out or low is out or hi is out:
            sc.done = max(sc.done, a.end)
            return None
    elif hi is not None and not _in_bounds(value, low, hi, precision):
        sc.done = max(sc.done, a.end)
        return None  # beyond figures.arith.BOUND: no figure
    currency = a.currency
    if a.assumed and sc.homes:
        currency = sc.home(currency, True)
    # positional, in field order: the hot path builds one of these per figure
    return make_figure(
        a.kind,
        text[start : a.end],
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
