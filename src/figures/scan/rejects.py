"""rejects: what looks like a number but is no figure, as a table of named rules.

Years, dates, clock times, phone numbers, tenors ("10-year"), identifiers ("G7",
"Boeing 737")... Each rule is a :class:`RejectRule`: a name, a test and the characters
next to the numeral it needs; :func:`not_a_figure` asks them in order. A new rule goes
into :data:`DIGIT_RULES` (or :data:`WORD_RULES`) with its entry in :data:`RULE_DOCS`
(kept in :mod:`figures.scan.reject_docs`) and a test case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind
from figures.scan.markets_web import pair_quote, query_string, rate_level, token_end, url_encoded
from figures.scan.numerals import FRACTION_AT
from figures.scan.ranges import QUALIFIERS
from figures.scan.reject_docs import RULE_DOCS
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import HSPACE

_EN: Final = load_language("en")  # lexicon/lang/en.json


# Month names and abbreviations to their numbers (document.py reads datelines with it).
MONTH_NUMBERS: Final[dict[str, int]] = dict(_EN["months"])


_MONTHS: Final = frozenset(MONTH_NUMBERS)


# The last three letters of every month name (lower case): month_tail_before().
MONTH_TAILS: Final = frozenset(m[-3:] for m in MONTH_NUMBERS)


_WEEKDAYS: Final = frozenset(_EN["weekdays"])


# Words after which a number names a thing rather than counts it (en.json "id_words").
ID_WORDS: Final = frozenset(_EN["id_words"])


# Their last three characters (lower case; a word of two, whole): names_a_thing()'s gate.
ID_TAILS: Final = frozenset(w[-3:] for w in ID_WORDS)


# Capitalised words that may stand before a count without naming a thing.
_COMMON_CAPS: Final = frozenset(_EN["capitalised_words"])


# What makes a number a clock time ("9 a.m.", "1400 gmt"): en.json "clock_marks", a
# word boundary after each that ends in a letter.
_TIME_AFTER: Final = re.compile(
    "(?:"
    + "|".join(
        re.escape(w) + (r"\b" if w[-1].isalnum() else "")
        for w in sorted(_EN["clock_marks"], key=len, reverse=True)
    )
    + ")",
    re.I,
)


# Time zones as written (case matters: "est" is a word): en.json "time_zones".
_ZONE_AFTER: Final = re.compile(r"[ \t]?(?:" + alternation(_EN["time_zones"]) + r")\b")


# What _TIME_AFTER can start with: a cheap test before it.
_TIME_INITIALS: Final = frozenset(
    c for w in _EN["clock_marks"] for c in (w[0].lower(), w[0].upper())
)


# A period as an adjective, "10-year", "3-month" (en.json "tenor_units").
_TENOR_AFTER: Final = re.compile(
    r"-(" + alternation(_EN["tenor_units"]) + r")s?\b(-old)?", re.IGNORECASE
)


_PHONE_AT: Final = re.compile(
    r"\+\d{1,3}(?:[ .\-]\(?\d{1,4}\)?){2,5}"  # +44 20 7946 0958
    r"|\(\d{2,4}\)[ .\-]?\d{3}[ .\-]\d{4}"  # (212) 555-0199
    r"|\d{3}[ .\-]\d{3}[ .\-]\d{4}"  # 212-555-0199
    r"|\d{3}-\d{4}\b"  # 555-0199
    r"|\d{1,4}(?:-\d{2,4}){3,5}\b"  # 1-800-555-0199
    r"|0\d{2,4} \d{3,4} ?\d{3,4}\b"  # 020 7946 0958: a leading 0 is a trunk prefix
)


_DATE_AT: Final = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{4}/\d{1,2}/\d{1,2}\b"
)


_FISCAL_AT: Final = re.compile(
    r"(?:1[0-9]|2[01])\d\d[-/–](?:\d\d|(?:1[0-9]|2[01])\d\d)\b(?![.,]\d)"
)


_CLOCK_AT: Final = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|[ap]\b)", re.I
)


_COLON_TIME_AT: Final = re.compile(r"\d{1,2}:\d{2}\b")


_GLUED_TAIL: Final = re.compile(r"(?:[\-/.](?=\w)|\w){0,64}")


_PAREN_LETTER: Final = re.compile(r"\([a-z]\)")


_TICKER_AFTER: Final = re.compile(r"\.[A-Z]{1,2}\b")


_MONTH_AFTER: Final = re.compile(r"\s{1,2}(?:of\s)?([A-Za-z]{3,9})\b")


def _is_year(a: Amount, raw: str) -> bool:
    """Four digits alone, 1000 to 2199, no currency (asked by plain rules only: the
    amount is not ``marked``)."""
    return len(raw) == 4 and a.integer_text and 1000 <= a.value <= 2199 and a.currency is None


# What a rule returns: None (no opinion: ask the next rule), FIGURE (it is a figure:
# ask no further), or the offset where scanning resumes (it is not a figure).
FIGURE: Final = -1


RuleTest = Callable[[Scanner, Amount, str, str, str], int | None]


@dataclass(frozen=True, slots=True)
class RejectRule:
    """One named rule of what looks like a number but is not a figure.

    ``test(sc, amount, raw, before, after)`` gets the amount, its numeral's text and
    the characters right before and after the numeral; it returns None (no opinion),
    :data:`FIGURE` (a figure: stop asking) or where to resume (not a figure). A rule is
    asked only when the characters next to the numeral can matter to it: ``before``
    and ``after`` list them ("A" stands for any letter; None: any character), and
    ``prefixed`` says whether it applies to an amount with a currency before it
    ("$2024" is no year); ``plain`` that it applies only to an amount with nothing
    that makes it a figure whatever it looks like (no currency, percent, scale or
    unit: not ``marked``, which such a rule's test then need not ask again),
    ``money`` only to money, ``only_prefixed`` only to an amount with a currency
    before it. The rules are asked in the order of the table; the first answer wins.
    ``doc`` says what the rule rejects, with examples (:data:`RULE_DOCS`).
    """

    name: str
    test: RuleTest
    before: str | None = None
    after: str | None = None
    prefixed: bool = False
    plain: bool = False
    money: bool = False
    only_prefixed: bool = False

    @property
    def doc(self) -> str:
        """What the rule rejects, with examples: its entry in :data:`RULE_DOCS`."""
        return RULE_DOCS[self.name]


def _glued_suffix(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if a.note and a.note.startswith("glued:"):
        return token_end(sc, a.end) if a.note == "glued:url" else glued_tail(sc, a.end)
    return None


def _word_adjective(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    e = a.num_end
    if after == "-" and e + 1 < sc.n and sc.text[e + 1].isalpha() and a.end == e:
        m = _TENOR_AFTER.match(sc.text, e)
        if m is not None and m.group(2):
            return FIGURE
        return glued_tail(sc, e)
    return None


def _word_names_thing(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if not a.marked and names_a_thing(sc, a.num_start, loose=False):
        return a.num_end
    return None


def _plain_year(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if after not in "-/–.:" and _is_year(a, raw):
        return a.num_end
    return None


def _glued_to_word(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    return glued_tail(sc, a.num_end)


def _dashed_name(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    s = a.num_start
    if s >= 2 and sc.text[s - 2].isalpha():
        return glued_tail(sc, a.num_end)
    return None


def _numbered(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    return glued_tail(sc, a.num_end)


def _letters_after(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if a.end == a.num_end:
        return glued_tail(sc, a.num_end)
    return None


def _decade(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if a.integer_text and len(raw) == 2:
        return a.num_end
    return None


def _phone(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    text, s, e = sc.text, a.num_start, a.num_end
    if (
        before in "+("
        or (
            after in "-. )"
            and (raw[0] == "0" or len(raw) <= 4)
            and text[e + 1 : e + 2].isdigit()  # a phone number goes on in digits
        )
    ) and (m := _PHONE_AT.match(text, s - 1 if before in "+(" else s)):
        return m.end()
    return None


def _date(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    m = _DATE_AT.match(sc.text, a.num_start)
    return m.end() if m else None


def _clock(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    text, s = sc.text, a.num_start
    m = _COLON_TIME_AT.match(text, s) or _CLOCK_AT.match(text, s)
    if m and (m.re is _COLON_TIME_AT or not a.marked):
        return m.end()
    return None


def _zoned_clock(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if (
        len(raw) == 4
        and a.integer_text
        and int(raw[:2]) < 24
        and int(raw[2:]) < 60
        and (m := _ZONE_AFTER.match(sc.text, a.end)) is not None
    ):
        return m.end()
    return None


def _hour(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if a.integer_text and a.value <= 24:
        return clock_mark_at(sc.text, a.end)
    return None


def clock_mark_at(text: str, end: int) -> int | None:
    """Where a clock mark ("am", "p.m.", "o'clock", "gmt") starts after ``end`` and up
    to three blanks, else None: what makes an hour of a number ending at ``end``."""
    sp = HSPACE.match(text, end)
    assert sp is not None
    if text[sp.end() : sp.end() + 1] in _TIME_INITIALS and _TIME_AFTER.match(text, sp.end()):
        return sp.end()
    return None


def _tenor(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    m = _TENOR_AFTER.match(sc.text, a.num_end)
    if m is None:
        return None
    return FIGURE if m.group(2) else m.end()


def _dashed_word(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    e = a.num_end
    if e + 1 < sc.n and sc.text[e + 1].isalpha() and a.end == e:
        return glued_tail(sc, e)
    return None


def _paren_letter(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    return a.num_end + 3 if _PAREN_LETTER.match(sc.text, a.num_end) else None


def _ticker(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if _TICKER_AFTER.match(sc.text, a.num_end):
        return glued_tail(sc, a.num_end)
    return None


def _slashed(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if sc.text[a.num_end + 1 : a.num_end + 2].isdigit():
        return slash(sc, a)
    return None


def _fiscal_year(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    m = _FISCAL_AT.match(sc.text, a.num_start)
    return m.end() if m is not None else None


def _year(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    return a.num_end if _is_year(a, raw) else None


def _day_of_month(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if a.integer_text and month_near(sc, a.num_start, a.num_end):
        return a.num_end
    return None


def _names_thing(sc: Scanner, a: Amount, raw: str, before: str, after: str) -> int | None:
    if names_a_thing(sc, a.num_start, loose=a.integer_text):
        return glued_tail(sc, a.num_end)
    return None


# The rules for spelled-out numbers, in order.
WORD_RULES: Final[tuple[RejectRule, ...]] = (
    RejectRule("glued suffix", _glued_suffix, prefixed=True),
    RejectRule("word adjective", _word_adjective, prefixed=True),
    RejectRule("word names a thing", _word_names_thing, prefixed=True),
)


# The word rules that may answer for a number word with a space before it, no dash
# after it and no "glued:" note (the others need one: not_a_figure() asks only this).
_WORD_AFTER_SPACE: Final = tuple(r for r in WORD_RULES if r.test is _word_names_thing)


# The rules for numerals written in digits, in order: the first answer wins.
DIGIT_RULES: Final[tuple[RejectRule, ...]] = (
    RejectRule("glued suffix", _glued_suffix, prefixed=True),
    RejectRule("plain year", _plain_year, plain=True),
    RejectRule("glued to a word", _glued_to_word, before="A"),
    RejectRule("dashed name", _dashed_name, before="-"),
    RejectRule("numbered", _numbered, before="#№", prefixed=True),
    RejectRule("letters after", _letters_after, after="A"),
    RejectRule("decade", _decade, before="'", prefixed=True),
    RejectRule("phone number", _phone),
    RejectRule("URL-encoded", url_encoded, before="%", prefixed=True),
    RejectRule("query string", query_string, before="=?&", prefixed=True),
    RejectRule("exchange-rate level", rate_level, prefixed=True, money=True),
    RejectRule("currency pair quote", pair_quote, prefixed=True, money=True, only_prefixed=True),
    RejectRule("date", _date, after="-/.", prefixed=True),
    RejectRule("clock time", _clock, after=":.", prefixed=True),
    RejectRule("zoned clock time", _zoned_clock, prefixed=True, plain=True),
    RejectRule("hour", _hour, prefixed=True, plain=True),
    RejectRule("tenor", _tenor, after="-"),
    RejectRule("dashed word", _dashed_word, after="-", prefixed=True),
    RejectRule("letter in brackets", _paren_letter, after="(", prefixed=True),
    RejectRule("ticker", _ticker, after=".", prefixed=True),
    RejectRule("slashed digits", _slashed, after="/", prefixed=True),
    RejectRule("fiscal year", _fiscal_year, after="-/–"),
    RejectRule("year", _year, plain=True),
    RejectRule("day of month", _day_of_month, plain=True),
    RejectRule("names a thing", _names_thing, plain=True),
)


# Every character a rule names: any other character next to a numeral is one class.
_MARKS: Final = frozenset(
    "".join((r.before or "") + (r.after or "") for r in DIGIT_RULES).replace("A", "")
)


# The rules per context: (before, after, prefixed, kind, shape) -> rules; kind is 0
# for a plain amount, 1 for money, 2 for another marked one. Bounded: cleared when
# large.
_BY_CONTEXT: Final[dict[tuple[str, str, bool, int, int | None], tuple[RejectRule, ...]]] = {}


# The shape of a numeral, as bits that not_a_figure() reads in a few operations: digits
# only (no mark), two or four of them, a note from the reading ("glued:th"), a scale
# word, and a digit one character after the one that follows the numeral ("555-0199").
_INTEGER, _TWO, _FOUR, _NOTED, _SCALED, _DIGIT_AFTER_NEXT = 1, 2, 4, 8, 16, 32
_LENGTH_BITS: Final = {2: _TWO, 4: _FOUR}

# An enum member read through its class costs about 0.1 µs: not_a_figure() reads these.
_MONEY, _NUMBER = Kind.MONEY, Kind.NUMBER


# What a rule's test checks first, as a test of the character before the numeral and
# of its shape: a rule whose need fails could not answer, and rules_for() leaves it out
# (it is not asked at all). A rule not listed here is asked for any shape.
_NEEDS: Final[dict[RuleTest, Callable[[str, int], bool]]] = {
    _glued_suffix: lambda before, shape: bool(shape & _NOTED),  # a note "glued:..."
    _plain_year: lambda before, shape: shape & (_INTEGER | _FOUR) == _INTEGER | _FOUR,
    _decade: lambda before, shape: shape & (_INTEGER | _TWO) == _INTEGER | _TWO,
    # "+44 20...", "(212) 555-0199", or a phone number going on in digits
    _phone: lambda before, shape: before in "+(" or bool(shape & _DIGIT_AFTER_NEXT),
    rate_level: lambda before, shape: not shape & _SCALED,
    _zoned_clock: lambda before, shape: shape & (_INTEGER | _FOUR) == _INTEGER | _FOUR,
    _hour: lambda before, shape: bool(shape & _INTEGER),
    _year: lambda before, shape: shape & (_INTEGER | _FOUR) == _INTEGER | _FOUR,
    _day_of_month: lambda before, shape: bool(shape & _INTEGER),
    _names_thing: lambda before, shape: before == " ",  # the word one space before
}


def _char_class(c: str) -> str:
    if c.isalpha():
        return "A"
    return c if c in _MARKS else ""


def rules_for(
    before: str, after: str, prefixed: bool, kind: int = 0, shape: int | None = None
) -> tuple[RejectRule, ...]:
    """The digit rules that may answer for a numeral between ``before`` and ``after``
    (one character each), in table order, for an amount of ``kind`` (0: plain, 1:
    money, 2: another marked amount) and, when given, of ``shape`` (the bits of
    :func:`not_a_figure`); cached."""
    key = (before, after, prefixed, kind, shape)
    got = _BY_CONTEXT.get(key)
    if got is None:
        if len(_BY_CONTEXT) > 4096:
            _BY_CONTEXT.clear()
        b, c = _char_class(before), _char_class(after)
        got = _BY_CONTEXT[key] = tuple(
            r
            for r in DIGIT_RULES
            if (r.before is None or (b and b in r.before))
            and (r.after is None or (c and c in r.after))
            and (r.prefixed or not prefixed)
            and (not r.plain or kind == 0)
            and (not r.money or kind == 1)
            and (not r.only_prefixed or prefixed)
            and (shape is None or r.test not in _NEEDS or _NEEDS[r.test](before, shape))
        )
    return got


def not_a_figure(sc: Scanner, a: Amount, raw: str) -> int | None:
    """If the anchor is a year, date, time, score, identifier...: where to resume.

    The rules of :data:`DIGIT_RULES` (or :data:`WORD_RULES` for a spelled-out number)
    are asked in turn; the first that answers decides."""
    text = sc.text
    s, e = a.num_start, a.num_end
    after = text[e] if e < sc.n else " "
    before = text[s - 1] if s > 0 else " "
    if a.word:
        note = a.note
        if after == "-" or (note is not None and note[:6] == "glued:"):
            rules = WORD_RULES
        elif before == " ":
            rules = _WORD_AFTER_SPACE  # the common case: "two companies"
        else:
            return None
    else:
        # the shape bits (two or four digits count only with digits alone)
        shape = _INTEGER | _LENGTH_BITS.get(len(raw), 0) if a.integer_text else 0
        kind = a.kind
        if a.scaled:
            shape |= _SCALED
            code = 1 if kind is _MONEY else 2
        elif kind is _MONEY:
            code = 1
        else:
            code = 0 if kind is _NUMBER and a.unit is None else 2
        note = a.note
        if note is not None and note[:6] == "glued:":
            shape |= _NOTED
        if text[e + 1 : e + 2].isdigit():
            shape |= _DIGIT_AFTER_NEXT
        key = (before, after, a.prefix_currency, code, shape)
        cached = _BY_CONTEXT.get(key)
        rules = cached if cached is not None else rules_for(*key)
    for rule in rules:
        got = rule.test(sc, a, raw, before, after)
        if got is not None:
            return None if got == FIGURE else got
    return None


def glued_tail(sc: Scanner, pos: int) -> int:
    """The end of the glued token going on at ``pos`` ("787-9", "7-Eleven")."""
    m = _GLUED_TAIL.match(sc.text, pos)
    return m.end() if m is not None else pos


def slash(sc: Scanner, a: Amount) -> int | None:
    """Digits, a slash, digits that are no fraction ("24/7", "9/11", "2019/20"): where
    to resume. (Fractions were read with the numeral.)"""
    m = FRACTION_AT.match(sc.text, a.num_start)
    return m.end() if m is not None else glued_tail(sc, a.num_end)


def tail_before(text: str, s: int) -> str:
    """The last three characters (lower case) before the one before ``s``: the end of the
    word one blank before a number, what the gates on month and naming words test."""
    return (text[s - 4 : s - 1] if s > 3 else text[: max(s - 1, 0)]).lower()


def month_tail_before(text: str, s: int) -> bool:
    """Whether the word one blank before ``s`` may be a month name (most words before a
    number end otherwise): it ends as one does, or in a full stop ("Sept.")."""
    tail = tail_before(text, s)
    return tail in MONTH_TAILS or tail[-1:] == "."


def month_near(sc: Scanner, s: int, e: int) -> bool:
    """Whether a month name stands right before the number at [s, e) ("March 3") or
    right after it ("3 March", "12th of May", which must then be a day: at most 31):
    :func:`month_before` (asked only after :func:`month_tail_before`) or
    :func:`month_after`. (Its law in tests/test_laws_fast_search.py.)"""
    return (month_tail_before(sc.text, s) and month_before(sc, s)) or month_after(sc, s, e)


def month_before(sc: Scanner, s: int) -> bool:
    """Whether a month name (or its abbreviation, with full stops or none) ends one
    space before ``s``: "March 3", "Sept. 3"."""
    before = word_before(sc, s, 10)
    return before is not None and sc.text[before[0] : before[1]].rstrip(".").lower() in _MONTHS


def month_after(sc: Scanner, s: int, e: int) -> bool:
    """Whether a month name follows the number at [s, e) after a blank or two (and
    "of"), the number then a day, at most 31: "3 March", "12th of May"."""
    text = sc.text
    m = _MONTH_AFTER.match(text, e)
    return m is not None and m.group(1).lower() in _MONTHS and int(text[s:e]) <= 31


def word_before(sc: Scanner, s: int, longest: int) -> tuple[int, int] | None:
    """The span of the word ending one space before ``s`` (letters, '&', '.'), or
    None; a word longer than ``longest`` does not count."""
    text = sc.text
    end = s - 1
    if end < 1 or text[end] != " ":
        return None
    # the common case first: letters and digits from the space before ("sold 5")
    lo = end - longest - 1 if end > longest + 1 else 0
    j = text.rfind(" ", lo, end) + 1
    if not (j and text[j:end].isalnum()):
        j = end  # else the run of letters, digits, '&' and '.' before, step by step
        while j > 0 and end - j <= longest and (text[j - 1].isalnum() or text[j - 1] in "&."):
            j -= 1
    if j == end or end - j > longest or not text[j].isalpha():
        return None
    return j, end


def names_a_thing(sc: Scanner, s: int, *, loose: bool = True) -> bool:
    """'Section 230', 'Boeing 737': a number right after a naming word.

    ``loose`` also takes any capitalised word that does not start a sentence
    ("Boeing 737"); without it only the listed naming words count ("version 2.0")."""
    text = sc.text
    if not loose:
        # the word is read only when its last three letters end a naming word, or its
        # last two are one (most words before a number end otherwise; its law in
        # tests/test_laws_fast_search.py)
        tail = tail_before(text, s)
        if tail not in ID_TAILS and tail[1:] not in ID_TAILS:
            return False
        return naming_word_before(sc, s)
    found = word_before(sc, s, 15)
    if found is None:
        return False
    word = text[found[0] : found[1]]
    low = word.lower()
    if low in ID_WORDS:
        return True
    if word[0].isupper() and low not in _COMMON_CAPS and low not in _MONTHS:
        if low in _WEEKDAYS or low in QUALIFIERS:
            return False
        # a capitalised word that does not start a sentence
        k = found[0] - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return not (k < 0 or text[k] in '.!?\n"“(:;')
    return False


def naming_word_before(sc: Scanner, s: int) -> bool:
    """Whether one of the naming words (:data:`ID_WORDS`) ends one space before ``s``
    ("version 2.0", "Section 230"): :func:`names_a_thing` without ``loose``."""
    found = word_before(sc, s, 15)
    return found is not None and sc.text[found[0] : found[1]].lower() in ID_WORDS
