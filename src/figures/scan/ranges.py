"""ranges."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Figure, Kind, Qualifier
from figures.scan.amounts import amount_at
from figures.scan.anchors import VAGUE_UNITS, range_end_anchor
from figures.scan.attach import suffix
from figures.scan.currency import currency_name_after
from figures.scan.numerals import numeral_at
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import HSPACE, OF, trie_pattern

_EN: Final = load_language("en")  # lexicon/lang/en.json

# Words before an amount that bound it, by how: "more than 72,000" is OVER.
QUALIFIERS: Final[dict[str, Qualifier]] = {}


for _how, _words in _EN["qualifiers"].items():
    for _w in _words:
        QUALIFIERS[_w] = Qualifier(_how)


# The same words as one pattern ending right before the amount, any run of spaces
# between them; shaped as a trie, so the engine tries only the branch of the letter it
# sees (at most one qualifier can end where the amount starts).
_QUALIFIER_BEFORE: Final = re.compile(
    r"(?:^|(?<=[^\w]))(" + trie_pattern(list(QUALIFIERS)).replace(r"\ ", r"\s+") + r")\s+\Z",
    re.IGNORECASE,
)


# The last word of every qualifier: a cheap test before the pattern.
_QUALIFIER_LAST_WORDS: Final = frozenset(q.split(" ")[-1] for q in QUALIFIERS)


# Runs of spaces in a qualifier as written ("more\nthan"), made one space.
_SPACES: Final = re.compile(r"\s+")


# Their last two letters: the first, cheapest test ("was 5" and "said 5" end otherwise).
_QUALIFIER_TAILS: Final = frozenset(w[-2:] for w in _QUALIFIER_LAST_WORDS)
assert min(len(w) for w in _QUALIFIER_LAST_WORDS) >= 2  # else the test above is wrong


# For a last word that is no qualifier alone ("of", "to", "than"), the words that may
# stand before it ("in excess of", "up to", "more than"): a second cheap test.
_WORDS_BEFORE_LAST: Final[dict[str, tuple[str, ...]]] = {
    last: tuple(sorted({q.split(" ")[-2] for q in QUALIFIERS if q.split(" ")[-1] == last}))
    for last in _QUALIFIER_LAST_WORDS
    if last not in QUALIFIERS
}


# For such a last word of two letters ("of", "to", "as"), the last letters of the words
# that may stand before it ("excess", "upwards": "s"): qualifier_before()'s quick no.
_FIRST_ENDS: Final[dict[str, frozenset[str]]] = {
    last: frozenset(w[-1] for w in firsts)
    for last, firsts in _WORDS_BEFORE_LAST.items()
    if len(last) == 2
}


# "8- to 16-meter": a first end left hanging on its hyphen reads as "to". (The look-ahead
# of the separators' first letters fails most amounts at once: it is asked after each.)
RANGE_SEP: Final = re.compile(
    r"[ \t]{0,2}(?=[-–—tTaAoO])(?:-[ \t]{1,2}to|-|–|—|to|and|through|or)[ \t]{0,2}",
    re.IGNORECASE,
)


@functools.cache
def _change_before() -> re.Pattern[str]:
    """A verb of change before "X to Y" makes it a change and a level, not a range.
    (A trie: six times faster than the plain alternation of the 120 verbs here;
    compiled on the first range met, not at import.)"""
    return re.compile(
        r"\b(?:" + trie_pattern(_EN["change_verbs"]) + r")\b[^.;:!?]{0,30}\Z",
        re.IGNORECASE,
    )


_SYMBOL_THEN_DIGIT: Final = re.compile(r"[^\s\d]{1,5}[ \u00a0]?(?=\d)")


# The vague words of a thousand and more ("tens of thousands of"), and those that may
# stand before one ("hundreds of millions of"): both from en.json "vague".
_VAGUE_SCALE: Final = re.compile(
    r"[ \t]{1,3}(" + alternation([w for w, v in VAGUE_UNITS.items() if v >= 1000]) + r")\b",
    re.I,
)
_VAGUE_BEFORE_SCALE: Final = frozenset(w for w, v in VAGUE_UNITS.items() if v < 1000)


# Words of contest beside "3-1": a score or a vote, not a range (en.json
# "contest_before" and "contest_after").
_CONTEST_BEFORE: Final = re.compile(
    r"\b(?:" + alternation(_EN["contest_before"]) + r")\b[^.;:!?\n]{0,20}\Z",
    re.IGNORECASE,
)


_CONTEST_AFTER: Final = re.compile(
    r"[ \t]{1,3}(?:" + alternation(_EN["contest_after"]) + r")\b",
    re.IGNORECASE,
)


BETWEEN_BEFORE: Final = re.compile(r"(?:^|(?<=\W))(between|from)\s+\Z", re.IGNORECASE)


def qualifier_before(sc: Scanner, start: int, at_once: bool = True) -> tuple[int, Qualifier] | None:
    """The qualifier that ends right before ``start`` ("more than 5", "up to 5"), with
    where it starts, or None. ``at_once``: the commonest no, a word of two letters such
    as "of" or "to" after a word whose last letter no qualifier ending so has before it
    ("profit of 5", "rose to 5"), decided from that letter (:data:`_FIRST_ENDS`);
    False: read in full (its law in tests/test_laws_fast_search.py)."""
    text = sc.text
    k = start
    while k > 0 and text[k - 1] in " \t\n":
        k -= 1
    tail = (text[k - 2 : k] if k > 1 else text[:k]).lower()
    if tail not in _QUALIFIER_TAILS:
        return None
    if at_once and k > 3 and text[k - 3] in " \n" and (ends := _FIRST_ENDS.get(tail)):
        c = text[k - 4]  # the last letter of the word before, as the pattern needs it
        if c.isascii() and not c.isspace() and c.lower() not in ends:
            return None
    # the word before: after the last space or line break (found in C)
    lo = k - 15 if k > 15 else 0
    j = max(lo, text.rfind(" ", lo, k) + 1, text.rfind("\n", lo, k) + 1)
    last = text[j:k].lower().lstrip('("“')
    if last not in _QUALIFIER_LAST_WORDS:
        return None
    lo = start - 24 if start - 24 > sc.done else sc.done
    firsts = _WORDS_BEFORE_LAST.get(last)
    if firsts is not None:
        # "net profit of 5": "of" ends a qualifier only after "excess" or "upwards"
        word = text[lo:j].rstrip().rpartition(" ")[2].rpartition("\n")[2].lower()
        if word.isascii() and not word.endswith(firsts):
            return None
    m = _QUALIFIER_BEFORE.search(text, lo, start)
    if m is None:
        return None
    # (the pattern ignores case as Unicode folds it: "excesſ of" with a long s is no
    # qualifier of the table, and no reason to raise)
    how = QUALIFIERS.get(_SPACES.sub(" ", m.group(1).lower()))
    return None if how is None else (m.start(1), how)


def range_after(sc: Scanner, a: Amount) -> Amount | None:
    """The second end of a range starting with ``a``, or None."""
    text = sc.text
    m = RANGE_SEP.match(text, a.end)
    if m is None or m.end() >= sc.n:
        return None
    sep = m.group(0).strip().lower()
    if sep.startswith("-") and sep.endswith("to"):
        sep = "to"
    q = m.end()
    if (sep == "and" or (sep == "or" and a.marked)) and not BETWEEN_BEFORE.search(
        text, max(0, a.start - 10), a.start
    ):
        return None  # "5 or 6 percent" is a range; "5 percent or 6 points" is not
    if sep in ("to", "through", "or") and not (m.group(0).startswith(" ") or q > a.end):
        return None
    if not _may_join(sc, a, sep, q):
        return None
    am = range_end_anchor().match(text, q)
    cur = None
    if am is None and text[q] in "-−" and text[q + 1 : q + 2].isdigit():
        am = range_end_anchor().match(text, q + 1)  # "from -18 °C to -34 °C": a signed end
    if am is None:
        # "$5 million to $6 million": a currency before the second number
        cm = _SYMBOL_THEN_DIGIT.match(text, q)
        if cm is None:
            return None
        am = range_end_anchor().match(text, cm.end())
        cur = cm
        if am is None:
            return None
    saved = sc.done
    sc.done = q
    b = amount_at(sc, am.start(), am.end(), am.group("w") is not None)
    sc.done = saved
    if b is None or (cur is not None and not b.prefix_currency):
        return None
    if b.note and b.note.startswith("glued:"):
        return None
    if sep == "or" and not far_apart_ok(a, b):
        alternatives(a, b)
        return None
    return b


def alternatives(a: Amount, b: Amount) -> None:
    """ "2,000 or 4,000 pounds": two amounts, the one or the other; a bare first one
    takes the second's currency and scale."""
    if a.kind is Kind.NUMBER and b.kind is Kind.MONEY and not a.unit:
        if b.scaled and not a.scaled:
            a.scale_by(b.factor)
        a.kind, a.currency, a.assumed = b.kind, b.currency, b.assumed


def _may_join(sc: Scanner, a: Amount, sep: str, q: int) -> bool:
    """Whether ``a`` may be the first end of a range whose separator ``sep`` ends at
    ``q``: not a change before a level ("rose 4.1% to £14.6bn"), and not a percent
    followed by a bare number ("weakened 1.2% to 18.95")."""
    text = sc.text
    if (
        sep in ("to", "through")
        # "rose 1-1/8 to 88-1/2": a wire price's change, then its level
        # ("dipped by 1/4 to 1/2 point" is a range of changes)
        and (
            a.marked
            or ("/" in text[a.num_start : a.num_end] and text[a.start - 3 : a.start] != "by ")
        )
        and not BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
        and _change_before().search(text, max(0, a.start - 40), a.start)
    ):
        # "rose 4.1% to £14.6bn", "fell $12.40 to $1,985.20": a change, then a level
        return False
    if sep in ("to", "through", "or", "and") and a.kind is Kind.PERCENT:
        # a percentage range puts its sign on its second end or both ("5 to 7%",
        # "5% to 7%"), never on the first alone (money may: "$5 to 6")
        second = range_end_anchor().match(text, q)
        if second is not None and second.group("d") is not None:
            probe = numeral_at(sc, second.start(), second.end())
            if probe is not None:
                saved = sc.done
                sc.done = q
                suffix(sc, probe)
                sc.done = saved
                if not probe.marked:
                    return False
    return True


def far_apart_ok(a: Amount, b: Amount) -> bool:
    """Whether "A or B" can be a range: its ends one step of the leading digit apart
    at most ("5 or 6", "10 or 15", "two or three"); "2,000 or 4,000" are alternatives."""
    low, high = a.value / a.factor, b.value / b.factor
    if not low or not high.is_finite():
        return True
    return high - low <= Decimal(1).scaleb(abs(low).adjusted())


def is_score(sc: Scanner, a: Amount, b: Amount, sep_text: str) -> bool:
    """'3-1', '112-104', 'voted 51-49': two bare integers joined by a dash that do not
    rise as a range does, or that a word of contest stands beside ('lost 1-3')."""
    if not (
        a.kind is Kind.NUMBER
        and b.kind is Kind.NUMBER
        and not (a.scaled or b.scaled or a.unit or b.unit)
        and sep_text.strip() in ("-", "–", "—")
        and a.integer_text
        and b.integer_text
    ):
        return False
    if b.value <= a.value:
        return True  # a range rises: "10-20 years"; a score need not
    text = sc.text
    return (
        _CONTEST_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
        or _CONTEST_AFTER.match(text, b.end) is not None
    )


def combine(sc: Scanner, a: Amount, b: Amount) -> Amount | None:
    """Share scale, currency and kind between the two ends of a range; None when
    the two cannot be one range (a percent then money)."""
    if (
        a.kind is not Kind.NUMBER
        and b.kind is not Kind.NUMBER
        and (a.kind is not b.kind or a.currency != b.currency or a.unit != b.unit)
    ):
        return None  # "from 44 ml to 50 mg": two amounts, not one range
    low_value = a.value
    if not a.scaled and b.scaled:
        # "$5-6 million": the scale of the second end applies to the first
        low_value = a.value * b.factor
    if a.kind is Kind.NUMBER:
        kind, currency, unit, note = b.kind, b.currency, b.unit, b.note
        assumed = b.assumed
    else:
        kind, currency, unit, note = a.kind, a.currency, a.unit or b.unit, a.note or b.note
        assumed = a.assumed and (b.assumed or b.currency is None)
    if kind is Kind.NUMBER and b.kind is Kind.NUMBER and a.kind is Kind.NUMBER:
        unit = a.unit or b.unit
    if note and note.startswith("glued"):
        note = None
    if note == "basis points" and a.kind is Kind.NUMBER:
        low_value = low_value.scaleb(-2)
    if note == "minor unit" and a.kind is Kind.NUMBER:
        low_value = low_value.scaleb(-2)
    lo, hi = min(low_value, b.value), max(low_value, b.value)  # "from -18 to -34"
    r = Amount(a.start, b.end, a.num_start, b.num_end, lo, b.precision, False)
    r.kind, r.currency, r.unit, r.note = kind, currency, unit, note
    r.assumed = assumed
    r.scaled = True
    r.high = hi
    return r


def vague_at(sc: Scanner, start: int, word: str) -> Figure | None:
    """'hundreds of', 'tens of thousands of', 'millions of dollars'."""
    text = sc.text
    units = VAGUE_UNITS
    unit = units[word.lower()]
    end = start + len(word)
    m = OF.match(text, end)
    if m is None:
        return None
    # "tens of thousands of", "hundreds of millions of"
    m2 = _VAGUE_SCALE.match(text, m.end())
    if m2 is not None and m2.group(1).lower() not in units:
        m2 = None  # "thouſands": a long s the pattern's case folding lets through
    if m2 is not None and word.lower() in _VAGUE_BEFORE_SCALE:
        unit *= units[m2.group(1).lower()]
        end = m2.end()
        m = OF.match(text, end)
    elif word.lower() == "tens":
        return None
    low, high = unit * 2, unit * (12 if word.lower() == "dozens" else 10)
    if word.lower() == "scores":
        high = Decimal(100) * (unit / 20)
    kind, currency, assumed = Kind.NUMBER, None, False
    if m is not None:
        sp = HSPACE.match(text, m.end())
        assert sp is not None
        got = currency_name_after(text, sp.end())
        if got is not None and not got[3] and not got[2]:
            kind, currency, end = Kind.MONEY, got[1], got[0]
            assumed = got[4]
    return Figure(
        kind=kind,
        text=text[start:end],
        start=start,
        end=end,
        low=low,
        high=high,
        qualifier=Qualifier.VAGUE,
        currency=sc.home(currency, assumed),
        currency_assumed=assumed,
    )


_AND_OR: Final = re.compile(r"[ \t]{1,2}(?:and|or)[ \t]{1,2}", re.IGNORECASE)


def shared_unit(sc: Scanner, a: Amount) -> None:
    """'45 and 50 mg', '3 or 4 tonnes': a bare number in digits joined by "and" or "or"
    to a quantity with no scale word shares its unit (the number keeps its own span)."""
    if a.marked or a.word or a.note:
        return
    text = sc.text
    m = _AND_OR.match(text, a.end)
    if m is None:
        return
    am = range_end_anchor().match(text, m.end())
    if am is None or am.group("d") is None:
        return
    saved, per_end = sc.done, sc.per_end
    sc.done = m.end()
    b = amount_at(sc, am.start(), am.end(), False)
    sc.done, sc.per_end = saved, per_end
    if b is not None and b.kind is Kind.QUANTITY and b.unit is not None and not b.word:
        if b.scaled:
            return  # "1.25 and 1.89 mln tonnes": the scale may be shared too; say nothing
        a.kind, a.unit = Kind.QUANTITY, b.unit
