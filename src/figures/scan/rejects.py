"""rejects."""

from __future__ import annotations

import re

from figures.scan.numerals import FRACTION_AT
from figures.scan.ranges import QUALIFIERS
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import HSPACE

# Month names and abbreviations to their numbers (document.py reads datelines with it).
MONTH_NUMBERS: dict[str, int] = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split()
    )
}


MONTH_NUMBERS.update({k[:3]: v for k, v in list(MONTH_NUMBERS.items())})


MONTH_NUMBERS["sept"] = 9


_MONTHS = frozenset(MONTH_NUMBERS)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# Words after which a number names a thing rather than counts it.
_ID_WORDS = frozenset(
    """section article chapter page pages no no. nos number route interstate highway flight
    apollo resolution rule form category level phase stage room model version windows iphone
    ipad boeing airbus ftse nasdaq stoxx nikkei dax cac ibex hang seng gate platform track
    line vol vol. volume part paragraph clause item exhibit block lot ward district precinct
    amendment psalm channel terminal pier exit seat row title group class grade type mark series
    tier division league cup formula squad office floor building suite unit apartment flat
    street avenue road junction act bill code schedule figure table appendix annex
    s&p russell topix kospi sensex nifty cac40 euro stoxx mk mark web war
    proposition prop area playstation xbox wii galaxy pixel macbook gen season episode
    initiative protocol
    python ios android macos java linux ubuntu chrome firefox kernel firmware release
    sprint matchday gameweek""".split()
)


# Capitalised words that may stand before a count without naming a thing.
_COMMON_CAPS = frozenset(
    """the in on at by for of and about some over under nearly only just all to with from
    between around more less than a an as its his her their our it he she they we i but or
    nor so yet if when while after before since until during about almost roughly
    approximately exactly another each every other these those this that which who whose
    there here then now also even still however although though because where up down
    into onto upon than both either neither no not none any many much few several
    federal state national central said says told reported""".split()
)


_TIME_AFTER = re.compile(
    r"(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|gmt\b|edt\b|est\b|bst\b|cet\b)", re.I
)


_ZONE_AFTER = re.compile(
    r"[ \t]?(?:GMT|UTC|EST|EDT|CET|CEST|BST|JST|HKT|SGT|IST|PST|PDT|CST|CDT|local time|hrs)\b"
)


_TIME_INITIALS = frozenset("apgeocbAPGEOCB")  # what _TIME_AFTER can start with


_TENOR_AFTER = re.compile(r"-(year|yr|month|week|day|hour|minute)s?\b(-old)?", re.IGNORECASE)


_PHONE_AT = re.compile(
    r"\+\d{1,3}(?:[ .\-]\(?\d{1,4}\)?){2,5}"  # +44 20 7946 0958
    r"|\(\d{2,4}\)[ .\-]?\d{3}[ .\-]\d{4}"  # (212) 555-0199
    r"|\d{3}[ .\-]\d{3}[ .\-]\d{4}"  # 212-555-0199
    r"|\d{3}-\d{4}\b"  # 555-0199
    r"|\d{1,4}(?:-\d{2,4}){3,5}\b"  # 1-800-555-0199
    r"|0\d{2,4} \d{3,4} ?\d{3,4}\b"  # 020 7946 0958: a leading 0 is a trunk prefix
)


_DATE_AT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{4}/\d{1,2}/\d{1,2}\b"
)


_FISCAL_AT = re.compile(r"(?:1[0-9]|2[01])\d\d[-/–](?:\d\d|(?:1[0-9]|2[01])\d\d)\b(?![.,]\d)")


_CLOCK_AT = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|[ap]\b)", re.I
)


_COLON_TIME_AT = re.compile(r"\d{1,2}:\d{2}\b")


_GLUED_TAIL = re.compile(r"(?:[\-/.](?=\w)|\w){0,64}")


_PAREN_LETTER = re.compile(r"\([a-z]\)")


_TICKER_AFTER = re.compile(r"\.[A-Z]{1,2}\b")


_MONTH_AFTER = re.compile(r"\s{1,2}(?:of\s)?([A-Za-z]{3,9})\b")


def _is_year(a: Amount, raw: str) -> bool:
    return (
        len(raw) == 4
        and a.integer_text
        and 1000 <= a.value <= 2199
        and not a.marked
        and a.currency is None
    )


def not_a_figure(sc: Scanner, a: Amount, raw: str) -> int | None:
    """If the anchor is a year, date, time, score, identifier...: where to resume."""
    text = sc.text
    marked = a.marked  # read once: a property, consulted below many times
    s, e = a.num_start, a.num_end
    n = sc.n
    if a.note and a.note.startswith("glued:"):
        return glued_tail(sc, a.end)  # ordinal, decade, or glued identifier
    after = text[e] if e < n else " "
    if a.word:
        if after == "-" and e + 1 < n and text[e + 1].isalpha() and a.end == e:
            m = _TENOR_AFTER.match(text, e)
            if m is not None and m.group(2):
                return None  # "five-year-old": an age
            return glued_tail(sc, e)  # "two-year", "twenty-first": an adjective or ordinal
        if not marked and names_a_thing(sc, s, loose=False):
            return e  # "World War Two"
        return None
    if after not in "-/–.:" and _is_year(a, raw) and not a.prefix_currency:
        return e  # the common case first: "in 1987"
    before = text[s - 1] if s > 0 else " "
    if before.isalpha() and not a.prefix_currency:
        return glued_tail(sc, e)  # G7, A320, MH17
    if before == "-" and s >= 2 and text[s - 2].isalpha() and not a.prefix_currency:
        return glued_tail(sc, e)  # COVID-19, F-16
    if before in "#№":
        return glued_tail(sc, e)
    if after.isalpha() and a.end == e and not a.prefix_currency:
        return glued_tail(sc, e)  # 3D, 5G, 4x4
    if before == "'" and a.integer_text and len(raw) == 2:
        return e  # '90s
    # Each pattern below needs a particular mark next to the digits: test the mark
    # first, the pattern only then.
    if (
        (
            before in "+("
            or (
                after in "-. )"
                and (raw[0] == "0" or len(raw) <= 4)
                and text[e + 1 : e + 2].isdigit()  # a phone number goes on in digits
            )
        )
        and not a.prefix_currency
        and (m := _PHONE_AT.match(text, s - 1 if before in "+(" else s))
    ):
        return m.end()
    if after in "-/." and (m := _DATE_AT.match(text, s)):
        return m.end()
    if (
        after in ":."
        and (m := _COLON_TIME_AT.match(text, s) or _CLOCK_AT.match(text, s))
        and (m.re is _COLON_TIME_AT or not marked)
    ):
        return m.end()
    if (
        len(raw) == 4
        and not marked
        and a.integer_text
        and int(raw[:2]) < 24
        and int(raw[2:]) < 60
        and (m := _ZONE_AFTER.match(text, a.end)) is not None
    ):
        return m.end()  # "0930 GMT", "1400 UTC": a clock time, not a year or count
    if not marked and a.integer_text and a.value <= 24:
        sp = HSPACE.match(text, a.end)
        assert sp is not None
        if text[sp.end() : sp.end() + 1] in _TIME_INITIALS and _TIME_AFTER.match(text, sp.end()):
            return sp.end()
    m = _TENOR_AFTER.match(text, e) if after == "-" else None
    if m is not None and not a.prefix_currency:
        if m.group(2):
            return None  # "45-year-old": an age, a number
        return m.end()
    if after == "-" and e + 1 < n and text[e + 1].isalpha() and a.end == e:
        return glued_tail(sc, e)  # "7-Eleven", "10-point plan": part of a name or adjective
    if after == "(" and _PAREN_LETTER.match(text, e):
        return e + 3  # 401(k)
    if after == "." and _TICKER_AFTER.match(text, e):
        return glued_tail(sc, e)  # 7203.T
    if after == "/" and text[e + 1 : e + 2].isdigit():
        return slash(sc, a)  # "24/7", "9/11"; but "$30.56/month" is a price
    m = _FISCAL_AT.match(text, s) if after in "-/–" else None
    if m is not None and not a.prefix_currency:
        return m.end()
    if _is_year(a, raw) and not a.prefix_currency:
        return e
    if not marked and not a.prefix_currency:
        if a.integer_text and month_near(sc, s, e):
            return e
        if names_a_thing(sc, s, loose=a.integer_text):
            return glued_tail(sc, e)
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


def month_near(sc: Scanner, s: int, e: int) -> bool:
    text = sc.text
    before = word_before(sc, s, 10)
    if before is not None and text[before[0] : before[1]].rstrip(".").lower() in _MONTHS:
        return True
    m = _MONTH_AFTER.match(text, e)
    return m is not None and m.group(1).lower() in _MONTHS and int(text[s:e]) <= 31


def word_before(sc: Scanner, s: int, longest: int) -> tuple[int, int] | None:
    """The span of the word ending one space before ``s`` (letters, '&', '.'), or
    None; a word longer than ``longest`` does not count."""
    text = sc.text
    end = s - 1
    if end < 1 or text[end] != " ":
        return None
    j = end
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
    found = word_before(sc, s, 15)
    if found is None:
        return False
    word = text[found[0] : found[1]]
    low = word.lower()
    if low in _ID_WORDS:
        return True
    if loose and word[0].isupper() and low not in _COMMON_CAPS and low not in _MONTHS:
        if low in _WEEKDAYS or low in QUALIFIERS:
            return False
        # a capitalised word that does not start a sentence
        k = found[0] - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return not (k < 0 or text[k] in '.!?\n"“(:;')
    return False
