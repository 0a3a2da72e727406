"""Phrases around an amount in German, French, Spanish, Italian, Portuguese, Dutch.

Called by :mod:`figures.scan.assemble` when the scan's locale has a language file:
qualifiers before an amount ("mehr als", "près de", "cerca de"), ranges ("zwischen 3
und 4 Prozent", "de 5 à 6 millions", "entre el 2 y el 3 %"), vague amounts
("Hunderte", "des centaines de millions d'euros") and the rejects that differ by
language (dates "20. März 2023", "el 20 de marzo"; times "14.30 Uhr"; ordinals
"3. Quartal", "3.er trimestre"; paragraph and article numbers "§ 15", "artículo 135";
scores "2:1", "2 a 1"). The words are data (``lexicon/lang/<code>.json``).
"""

from __future__ import annotations

import datetime
import functools
import re
from decimal import Decimal

from figures.lexicon.languages import Language, fold, for_locale
from figures.lexicon.word_patterns import alternation
from figures.model import Figure, Kind, Qualifier
from figures.scan.amounts import amount_at
from figures.scan.anchors import DIGIT_ANCHOR
from figures.scan.locale_currency import currency_after, dollar_before
from figures.scan.ranges import combine
from figures.scan.state import Amount, Scanner

__all__ = [
    "dateline_date",
    "locale_qualifier",
    "locale_range",
    "locale_reject",
    "locale_vague",
    "percent_before",
]

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.§-]*|§{1,2})[ \t\u00a0]+\Z")
_SEP = re.compile(r"[ \t\u00a0]{1,2}([^\W\d_]+)[ \t\u00a0]{1,2}")
_WORD = re.compile(r"[^\W\d_]+\.?")
_BLANKS = re.compile(r"[ \t\u00a0]{1,3}")
_QUALIFIERS = {"over": Qualifier.OVER, "under": Qualifier.UNDER, "about": Qualifier.ABOUT}


def _word_before(text: str, start: int, lo: int) -> tuple[int, str] | None:
    m = _WORD_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return None
    word = m.group(1)
    # "dell'articolo", "l'article": the word after an elided article
    cut = max(word.rfind("'"), word.rfind("’"))
    at = m.start(1) + cut + 1
    return at, fold(word[cut + 1 :])


def locale_qualifier(sc: Scanner, start: int) -> tuple[int, Qualifier] | None:
    """A qualifier of the scan's language right before ``start``, or None."""
    lang = sc.lang
    assert lang is not None
    m = lang.qualifier_re.search(sc.text, max(sc.done, start - 30), start)
    if m is None:
        return None
    key = fold(" ".join(m.group(1).split()))
    how = lang.qualifiers.get(key)
    if how == "under" and sc.done > 0 and not sc.text[sc.done : m.start(1)].strip():
        return None  # "stieg um 5 Prozent bis 6 Euro": a change then a level, "bis" is "to"
    if key in lang.level_words:
        verb = _word_before(sc.text, m.start(1), sc.done)
        if verb is not None and verb[1].startswith(lang.change_verbs):
            return None  # "crecieron hasta 14.900 millones": the level reached, not a bound
    return None if how is None else (m.start(1), _QUALIFIERS[how])


def locale_range(sc: Scanner, a: Amount) -> tuple[Amount, int] | None:
    """The range that ``a`` starts, joined by a word of the language, and where the
    range starts (its "zwischen", "entre", "de"); None when no such range."""
    lang = sc.lang
    assert lang is not None
    text = sc.text
    m = _SEP.match(text, a.end)
    if m is None:
        return None
    sep = fold(m.group(1))
    start = a.start
    before = _skip_article(lang, text, a.start, sc.done)
    if sep in lang.range_and:
        if before is None or before[1] not in lang.range_between:
            return None
        start = before[0]
    elif sep in lang.range_to:
        if before is not None and before[1] in lang.range_from:
            start = before[0]
        elif lang.range_to_needs_from:
            return None
    else:
        return None
    q = m.end()
    w = _WORD.match(text, q)
    if w is not None and fold(w.group(0)) in lang.range_articles:
        s = _BLANKS.match(text, w.end())
        q = s.end() if s is not None else q
    b = _second_end(sc, q)
    if b is None:
        return None
    r = combine(sc, a, b)
    return None if r is None else (r, start)


def _skip_article(lang: Language, text: str, at: int, lo: int) -> tuple[int, str] | None:
    got = _word_before(text, at, lo)
    if got is not None and got[1] in lang.range_articles:
        got = _word_before(text, got[0], lo)
    return got


def _second_end(sc: Scanner, q: int) -> Amount | None:
    lang = sc.lang
    assert lang is not None
    am = DIGIT_ANCHOR.match(sc.text, q)
    word = False
    if am is None:
        am = lang.word_re.match(sc.text, q)
        word = True
    if am is None:
        return None
    saved = sc.done
    sc.done = q
    b = amount_at(sc, am.start(), am.end(), word)
    sc.done = saved
    if b is None or (b.note and b.note.startswith("glued")):
        return None
    return b


def locale_vague(sc: Scanner, start: int, word: str) -> Figure | None:
    """'Hunderte', 'des milliers de', 'cientos de millones de euros': a vague amount."""
    lang = sc.lang
    assert lang is not None
    text = sc.text
    unit = lang.vague[fold(word)]
    end = start + len(word)
    of = _of(lang, text, end)
    if of is not None:
        w = _WORD.match(text, of)
        bigger = lang.vague.get(fold(w.group(0))) if w is not None else None
        if w is not None and bigger is not None and bigger > unit:
            unit *= bigger  # "des centaines de millions"
            end = w.end()
    high = unit * (12 if unit == 12 else 10)
    kind, currency, assumed = Kind.NUMBER, None, False
    got = currency_after(lang, text, _blank(text, end), joined=True)
    if got is not None and not got[2]:
        kind, currency, end, assumed = Kind.MONEY, got[1], got[0], got[3]
    before = _word_before(text, start, sc.done)
    if before is not None and before[1] in lang.vague_prefixes:
        start = before[0]
    return Figure(
        kind=kind,
        text=text[start:end],
        start=start,
        end=end,
        low=unit * 2,
        high=high,
        qualifier=Qualifier.VAGUE,
        currency=sc.home(currency, assumed),
        currency_assumed=assumed,
    )


def _blank(text: str, at: int) -> int:
    s = _BLANKS.match(text, at)
    return at if s is None else s.end()


def _of(lang: Language, text: str, at: int) -> int | None:
    """After "de"/"d'"/"di"/"von" at ``at`` (past blanks), or None."""
    q = _blank(text, at)
    w = re.match(r"[^\W\d_]+['’]?", text[q : q + 12])
    if w is None:
        return None
    word = fold(w.group(0))
    if word in lang.vague_of:
        return _blank(text, q + len(word))
    return None


@functools.cache
def _patterns(lang: Language) -> tuple[re.Pattern[str], ...]:
    def alt(words: frozenset[str]) -> str:
        return alternation(list(words)) or "(?!)"

    months = alt(frozenset(lang.months))
    dot = r"\.?" if lang.day_dot else ""
    date = re.compile(
        r"(?i)" + dot + r"(?:[ \t\u00a0]+(?:de|del)\b)?[ \t\u00a0]*(?:" + months + r")(?![^\W_])"
    )
    ordinal = re.compile(
        r"(?i)\.[ \t\u00a0]+(?:" + alt(lang.ordinal_nouns) + r")(?![^\W_])"
        if lang.day_dot
        else r"(?!)"
    )
    glued = re.compile(r"(?:" + alt(frozenset(lang.glued_ordinals)) + r")(?![^\W\d_])")
    time = re.compile(
        r"(?i)[ \t\u00a0]*(?:" + alt(lang.time_after) + r")(?![^\W_])"
        if lang.time_after
        else r"(?!)"
    )
    return date, ordinal, glued, time


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d\Z")
_SCORE_COLON = re.compile(r"\d{1,2}:\d{1,2}(?![\d:])")
_SCORE_A = re.compile(r"[ \t]a[ \t]\d{1,2}(?!\d|[.,]\d)")


def locale_reject(sc: Scanner, a: Amount, raw: str) -> int | None:
    """Where to resume when ``a`` is not a figure in the scan's language, else None."""
    lang = sc.lang
    assert lang is not None
    text = sc.text
    e = a.num_end
    if a.word and not a.marked and fold(raw) in lang.ambiguous_words:
        # "un appartement neuf", "medio ambiente", "sei sicuro?": a word that is a
        # number only when a scale, currency or percent word makes it one
        return a.end
    if a.word or a.kind is not Kind.NUMBER or a.scaled:
        return None
    date, ordinal, glued, time = _patterns(lang)
    if a.integer_text and len(raw) <= 2:
        m = date.match(text, e) or ordinal.match(text, e)
        if m is not None:
            return m.end()
        m = _SCORE_COLON.match(text, a.num_start)
        if m is not None:
            return m.end()
        m = _SCORE_A.match(text, e)
        before = _word_before(text, a.start, sc.done)
        if m is not None and not (before and before[1] in lang.range_from):
            return m.end()
    if len(raw) <= 5 and (m := time.match(text, e)) is not None:
        word = fold(text[e : m.end()].strip())
        clock = a.integer_text and a.value <= 24 and word in lang.clock_words
        if clock or "." in raw or ":" in raw:
            return m.end()  # "14.30 Uhr", "um 10 Uhr", "14 h"
    if _CLOCK.match(raw) and lang.time_before_re.search(text, max(sc.done, a.start - 12), a.start):
        return a.end  # "alle 12.30", "um 14.30": a clock time
    if a.integer_text and (m := glued.match(text, e)) is not None:
        return m.end()
    before = _word_before(text, a.start, sc.done)
    if before is not None and before[1] in lang.id_words:
        return max(a.end, e)
    return None


def vague_word(lang: Language, word: str) -> Decimal | None:
    """The counting unit of a vague word ("Hunderte" -> 100), or None."""
    return lang.vague.get(fold(word))


@functools.cache
def _dateline(lang: Language) -> re.Pattern[str]:
    months = alternation(list(lang.months))
    return re.compile(
        r"(?i)(?<!\d)(\d{1,2})\.?(?:er|º)?[ \t\u00a0]+(?:de[ \t\u00a0]+)?(" + months + r")\.?"
        r"[ \t\u00a0]+(?:de[ \t\u00a0]+)?((?:19|20)\d\d)(?!\d)"
    )


def dateline_date(locale: str, head: str) -> tuple[int, datetime.date] | None:
    """The first date written the way ``locale``'s language writes one in ``head``
    ("20. März 2023", "20 mars 2023", "20 de marzo de 2023"), with its offset; None
    for English (the caller's own patterns read it) or when there is none.

    >>> dateline_date("de", "FRANKFURT, 20. März 2023 (Reuters) -")
    (11, datetime.date(2023, 3, 20))
    """
    lang = for_locale(locale)
    if lang is None or not lang.months:
        return None
    for m in _dateline(lang).finditer(head):
        month = lang.months.get(fold(m.group(2)))
        if month is None:
            continue
        try:
            return m.start(), datetime.date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            continue
    return None


def percent_before(sc: Scanner, a: Amount, start: int) -> int | None:
    """'pourcentage de vingt', 'porcentaje del 5': a percent word before a bare number
    makes ``a`` a percent; 'moins cinq', 'negativ drei': a minus word makes it negative.
    The new start, or None."""
    lang = sc.lang
    assert lang is not None
    moved = a.start == start and _leading_mark(sc, a)  # ",08": a decimal without its zero
    start = a.start if moved else start
    lo = max(sc.done, start - 24)
    u = dollar_before(sc.text, lo, start) if a.currency is None and a.start == start else None
    if u is not None:
        a.kind, a.currency = Kind.MONEY, "USD"  # "U$D 90 millones"
        return u
    if a.start == start and a.value > 0 and (m := lang.minus_before_re.search(sc.text, lo, start)):
        a.value = -a.value  # "moins cinq", "negativ drei"
        if a.high is not None:
            a.high = -a.high
        return m.start(1)
    if a.kind is not Kind.NUMBER or a.marked:
        return start if moved else None
    m = lang.percent_before_re.search(sc.text, lo, start)
    if m is None:
        return start if moved else None
    a.kind, a.unit = Kind.PERCENT, "percent"
    return m.start(1)


def _leading_mark(sc: Scanner, a: Amount) -> bool:
    """',08', ',5 %': a decimal comma with no zero before it, at the start of the text or
    after a blank, makes the digits after it a fraction (as ".08" is in English)."""
    text, at = sc.text, a.num_start
    if (
        sc.dot_decimal
        or a.word
        or at < 1
        or text[at - 1] != ","
        or at - 1 < sc.done
        or (at >= 2 and not text[at - 2].isspace() and text[at - 2] not in "(-–")
    ):
        return False
    digits = text[at : a.num_end]
    if not (digits.isdigit() and digits.isascii()) or a.value != Decimal(digits):
        return False  # a scale or a fraction already read: not a bare digit run
    a.value = Decimal(digits).scaleb(-len(digits))
    a.precision = Decimal(1).scaleb(-len(digits))
    a.start = a.num_start = at - 1
    return True
