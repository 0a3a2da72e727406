"""attach."""

from __future__ import annotations

import functools
import re
from typing import Final

from figures import lexicon
from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind
from figures.numbers import (
    SCALES,
)
from figures.scan.currency import LOWER_CODES, currency_name_after, lexicon_tables
from figures.scan.glued import glued_letters, glued_pence
from figures.scan.minor_units import adjective_cents, minor_part
from figures.scan.multiples import times_after
from figures.scan.percent_words import (
    PERCENT_AFTER,
    PERCENT_ALONE,
    PERCENT_INITIALS,
    PERCENT_MEANINGS,
    percent_after,
    percent_is,
)
from figures.scan.scale_words import (
    DASHED_SCALE,
    PLAIN_SCALES,
    SCALE_INITIALS,
    scale_after,
    scaled,
)
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import (
    OF,
    OF_A,
    SPACE_OR_NL,
    WORD,
)
from figures.scan.unit_after import (
    UNIT_FIRST_WORDS,
    symbol_unit,
    unit_after,
    unit_name_at,
    unit_words,
    word_is_unit,
)
from figures.unit_reader import absolute_zero, pounds_are_mass, read_unit
from figures.units import DURATION_WORDS, UNIT_WORDS, symbols, unit_name

# An enum member read through its class costs about 0.1 µs (the enum type's attribute
# look-up); the hot paths read these module constants instead.
_MONEY, _NUMBER, _PERCENT, _QUANTITY = Kind.MONEY, Kind.NUMBER, Kind.PERCENT, Kind.QUANTITY

_EN: Final = load_language("en")  # lexicon/lang/en.json
_BLANK: Final = frozenset(" \t")


# A scale after a currency: "75 USD million" (en.json "scales_after_currency").
SCALE_WORD_AFTER: Final = re.compile(
    r"[ \t]{1,3}(" + alternation(_EN["scales_after_currency"]) + r")\b", re.I
)


# What the character after the first space or tab may be for SCALE_WORD_AFTER to match.
SCALE_WORD_SECOND: Final = frozenset(
    " \t" + "".join(w[0].lower() + w[0].upper() for w in _EN["scales_after_currency"])
)


# One space and a lower-case word: the usual thing after a number.
_SPACE_WORD: Final = re.compile(r" ([a-z]+)\b")


# A space or a line break and a lower-case word ("94.76 billion\ndlrs": wire copy is
# hard-wrapped).
_BREAK_WORD: Final = re.compile(r"[ \n]([a-z]+)\b")
_SPACE_NL: Final = frozenset(" \n")


@functools.cache
def _words_worth_reading() -> frozenset[str]:
    """Every lower-case word that may start a currency or unit after an amount."""
    lex = lexicon_tables()
    return frozenset(
        {w.rstrip(".") for w in lex.first_words}
        | {w.split(" ")[0].rstrip(".") for w in (*UNIT_WORDS, *DURATION_WORDS)}
        | {w.lower() for w in symbols(compound=True) if w.isalpha()}
        | {"am", "pm"}
        | LOWER_CODES
        | {k.lower().rstrip(".") for k in lex.symbols if k[:1].isalpha()}
    )


@functools.cache
def _suffix_words() -> frozenset[str]:
    """Lower-case words that may follow an amount and belong to it: scale, percent,
    currency and unit words (what suffix() reads). Others end the amount at once."""
    percents = {w.split(" ")[0] for w in PERCENT_MEANINGS if w[0].isalpha()}  # "basis"
    return _words_worth_reading() | frozenset(set(SCALES) | percents | {"of", "and", "times"})


def nothing_after(sc: Scanner, q: int, m: re.Match[str] | None) -> bool:
    """True when the lower-case word at ``q`` (``m``, read by WORD) can start no
    currency or unit: a quick test that spares the full look-ups for most words after
    most numbers."""
    if m is None:
        return True
    word = m.group(0)
    follow = q + len(word)
    if follow < sc.n and sc.text[follow] in sc.symbol_starts:
        return False  # "us$", "cn¥"
    return word.rstrip(".").lower() not in _words_worth_reading()


def suffix(sc: Scanner, a: Amount, allow_scale: bool = True) -> None:
    """Extend ``a`` with a scale word, then percent, currency, minor unit or unit."""
    if sc.lang is not None:
        from figures.scan.locale_words import locale_suffix

        if not locale_suffix(sc, a, allow_scale):
            # a glued English abbreviation may follow ("10k"); a scale word was read
            suffix_read(sc, a, allow_scale and not a.scaled)
        return
    text = sc.text
    if a.word and _spelled_start(a, text):
        return
    p = a.end
    if (
        a.currency is None
        and text[p : p + 1] in _SPACE_NL
        and (w := _BREAK_WORD.match(text, p)) is not None
    ):
        # the common case: "5 people", "3.5 pct", "5 mln dlrs", "two years"
        route = (_ROUTES if _ROUTES is not None else word_routes()).get(w.group(1))
        if route is None and text[p] == " " and not a.word:
            # "5 people": no reader applies, the amount ends here (as _ends_at_once() finds)
            if text[w.end() : w.end() + 1] not in sc.symbol_starts:
                return
        elif _then_word(sc, a, w, route, allow_scale):
            return
    elif a.currency is None and text[p : p + 1] in _SPACE_NL and nothing_at_break(sc, p):
        return  # "5\n  ", "5  9.99", "5 Revs", "5\nReuter": nothing more to read
    elif _ends_with_mark(sc, text[p : p + 1]):
        return  # "5, 6 and 7", "rose 5.", "($1.22 million)", "5/8"
    _read_from(sc, a, p, allow_scale)


def _ends_with_mark(sc: Scanner, c: str) -> bool:
    """Whether the character right after the number (``c``; "" at the end) ends the
    amount whatever it is: no blank, letter, symbol's first character, or mark that
    begins something (:data:`_BREAK_GOES_ON`). The full reading reads no scale, glued
    letters or blanks there, and finds nothing at it."""
    return not (
        c.isalpha() or c in _SPACE_OR_NL_STARTS or c in _BREAK_GOES_ON or c in sc.symbol_starts
    )


def suffix_read(sc: Scanner, a: Amount, allow_scale: bool = True) -> None:
    """:func:`suffix` read in full, with no look at the word after the number first
    (the reference :func:`_then_word` is tested against)."""
    if a.word and _spelled_start(a, sc.text):
        return
    _read_from(sc, a, a.end, allow_scale)


def _read_from(sc: Scanner, a: Amount, p: int, allow_scale: bool) -> None:
    """:func:`suffix_read` after the start of a spelled-out amount, from ``p``."""
    text = sc.text
    n = sc.n
    if not a.word and p < n and text[p] in _MAY_END and _ends_at_once(sc, a, p):
        return
    # a scale word: glued ("3bn", "$5m") or after a space ("3 million"); wire copy is
    # hard-wrapped: "0.5\npct", "94.76 billion\ndlrs"
    p0 = q = p
    if text[p : p + 1] in _SPACE_OR_NL_STARTS and (sp := SPACE_OR_NL.match(text, p)):
        q = sp.end()
    if allow_scale and p < n:
        if text[p] == "-" and p == a.num_end and DASHED_SCALE.match(text, p):
            q = p + 1  # "a 26-billion-euro lifeline": the amount as an adjective
        if text[q : q + 1] in SCALE_INITIALS:
            p = scale_after(sc, a, p, q)
    if (
        p == a.num_end
        and text[p : p + 1].isalpha()
        and (glued_letters(sc, a, p) or glued_pence(sc, a, p))
    ):
        return
    if p != p0:
        q = p
        if text[p : p + 1] in _SPACE_OR_NL_STARTS and (sp := SPACE_OR_NL.match(text, p)):
            q = sp.end()
    _after_scale(sc, a, p, q)


def _after_scale(sc: Scanner, a: Amount, p: int, q: int) -> None:
    """What may follow the number and its scale (which end at ``p``) from ``q``, past
    the spaces: a percent, a currency, "times", a unit."""
    text = sc.text
    if q >= sc.n:
        return
    c = text[q]
    if a.currency is None and c in PERCENT_INITIALS and percent_after(a, text, q):
        return
    if a.currency is not None and a.kind is _MONEY:
        # a name restating the prefix ("$5 million dollars", "US$5 USD")
        got = currency_name_after(text, q) if c.isalpha() else None
        if got is not None and got[1] == a.currency and got[2] == 0:
            a.end = got[0]
            a.assumed = a.assumed and got[4]
        return
    if c == "t" and times_after(a, text, q):
        return
    first = None
    if c.islower():
        first = WORD.match(text, q)
        if nothing_after(sc, q, first):
            return  # "12 shares", "5 vs 6": no currency or unit starts here
    elif not c.isalpha() and c not in sc.symbol_starts and c not in '-°([{<"':
        return  # a comma, a bracket, a line break: nothing more belongs to the amount
    currency_or_unit_after(sc, a, p, q, first)


# What a lower-case word after an amount may begin (bits)...
IS_SCALE: Final = 1
IS_PERCENT: Final = 2
IS_TIMES: Final = 4
# ...and what the currency or unit reading does with it: nothing, a currency name of one
# word, a unit, or the full look-up.
READS_NOTHING: Final = 0
READS_NAME: Final = 1
READS_UNIT: Final = 2
READS_ALL: Final = 3

# word -> (bits, reading, the name's lexicon entry): built with the lexicon, on the
# first amount met
_Route = tuple[int, int, tuple[str, int, bool, bool] | None]
_ROUTES: dict[str, _Route] | None = None


def word_routes() -> dict[str, _Route]:
    """For each lower-case word of :func:`_suffix_words`, what it may begin after an
    amount and a space: the readers :func:`suffix_read` would try on it, decided once.

    A word of letters at ``q`` followed by no letter (nor a symbol's first character)
    is read by WORD as itself, so the look-ups of the full reading depend on the word
    alone: a scale only if it is one of the scale pattern's words, a percent only if it
    starts a percent phrase, "times" only itself; a currency name of one word that
    begins no longer name is its lexicon entry (:func:`currency_name_after`); a word that
    begins no currency name, is no code and no symbol leaves only the unit reader."""
    global _ROUTES
    if _ROUTES is not None:
        return _ROUTES
    lex = lexicon_tables()
    worth = _words_worth_reading()
    scales = {w.lower() for w in SCALES if w != "tr"} | {
        w + "s" for w in SCALES if w.endswith("illion")
    }
    percents = {w.split(" ")[0] for w in PERCENT_MEANINGS}
    routes: dict[str, _Route] = {}
    # a set built as one (mypyc checks a frozenset | keys view against its declared type)
    starts = set(lex.first_words) | set(lex.symbols) | set(LOWER_CODES)
    for word in _suffix_words():
        if not (word.isascii() and word.isalpha() and word.islower()):
            continue  # never read as one word of lower-case letters
        bits = IS_SCALE * (word in scales) | IS_PERCENT * (word in percents)
        bits |= IS_TIMES * (word == "times")
        dot = word + "."
        entry = lex.names.get(word)
        if word not in worth:
            routes[word] = (bits, READS_NOTHING, None)
        elif (
            entry is not None
            and len(word) > 1
            and not {word, dot} & lex.prefixes
            and dot not in lex.names
        ):
            routes[word] = (bits, READS_NAME, entry)
        elif not {word, dot} & starts:
            routes[word] = (bits, READS_UNIT, None)
        else:
            routes[word] = (bits, READS_ALL, None)
    _ROUTES = routes
    return routes


def _then_word(
    sc: Scanner, a: Amount, w: re.Match[str], route: _Route | None, allow_scale: bool
) -> bool:
    """:func:`_read_from` for an amount with no currency followed by a space or a line
    break and a word of lower-case letters (``w``, of ``route`` in
    :func:`word_routes`): the readers that can apply to the word. False, with ``a``
    untouched, to leave the rest to the full reading."""
    text = sc.text
    p = a.end
    word = w.group(1)
    if route is None:
        if word in _ILLIONS:
            return False  # "three millions": the scale pattern reads it
        route = NO_ROUTE
    elif allow_scale and route[0] & IS_SCALE:
        end = scaled(sc, a, word, w.end()) if word in PLAIN_SCALES else scale_after(sc, a, p, p + 1)
        if end != p:  # "5 mln dlrs", "3 billion": read on after the scale
            nxt = text[end : end + 1]
            w2 = _BREAK_WORD.match(text, end) if nxt in _SPACE_NL else None
            if w2 is not None:
                routes = _ROUTES if _ROUTES is not None else word_routes()
                _word_then(sc, a, end, w2, routes.get(w2.group(1), NO_ROUTE))
                return True
            q = end
            if nxt in _SPACE_OR_NL_STARTS and (sp := SPACE_OR_NL.match(text, end)):
                q = sp.end()
            _after_scale(sc, a, end, q)
            return True
    _word_then(sc, a, p, w, route)
    return True


# The plural scale words the scale pattern reads ("$4.35 billions"), in no table.
_ILLIONS: Final = frozenset(w + "s" for w in SCALES if w.endswith("illion"))


def _word_then(sc: Scanner, a: Amount, p: int, w: re.Match[str], route: _Route) -> None:
    """:func:`_after_scale` at ``p + 1`` for an amount with no currency, where ``w`` (a
    space or a line break and a word of lower-case letters, of ``route``) starts at
    ``p``."""
    text = sc.text
    q, end = p + 1, w.end()
    bits, reading, entry = route
    if bits & IS_PERCENT:
        meaning = PERCENT_ALONE.get(w.group(1))
        if meaning is not None:
            percent_is(a, meaning, end)  # "3.5 pct": the pattern reads the word alone
            return
        if percent_after(a, text, q):
            return
    if bits & IS_TIMES and times_after(a, text, q):
        return
    nxt = text[end : end + 1]
    dot = nxt == "."
    if dot:
        # WORD reads the full stop too ("tonnes."), or one letter as initials ("a.m.")
        nxt = text[end + 1 : end + 2] if end > q + 1 else "."
    if reading == READS_ALL or nxt == "." or nxt in sc.symbol_starts:
        _after_scale(sc, a, p, q)  # "canadian", "us$", "cn¥": the full look-up
    elif reading == READS_NAME:
        assert entry is not None
        currency_named(sc, a, q, (end, *entry))
    elif reading == READS_UNIT and not symbol_unit(sc, a, q):  # unit_after() at a letter
        unit_words(sc, a, q, text[q : end + 1] if dot else w.group(1))


# The route of a word after an amount that is in no table: it begins nothing.
NO_ROUTE: Final[_Route] = (0, READS_NOTHING, None)


def nothing_at_break(sc: Scanner, p: int) -> bool:
    """:func:`_read_from` for an amount with no currency that ends at a space or a line
    break (``p``, its end) and no lower-case word: True (nothing to read) when past the
    blanks stands a mark that begins nothing, as the full reading finds ("5\n\n",
    "5  9.99"), or a capitalised word that begins no scale, percent, currency or unit ("5 Revs",
    "5\nReuter"; not "5 Canadian dlrs", "5 MW", "5 EUR"). False: the full reading."""
    text = sc.text
    sp = SPACE_OR_NL.match(text, p)
    q = sp.end() if sp is not None else p
    c = text[q : q + 1]
    if not c.isalpha():
        return c not in _BREAK_GOES_ON and c not in sc.symbol_starts
    if not "A" <= c <= "Z" or c in "MKCF":
        return False  # ("30 MUSD", "300 K", "30 C", "104 F": the full reading)
    m = _CAPITAL.match(text, q)
    if m is None or m.end() - q > 30:
        return False
    word = written = m.group(0)
    nxt = text[m.end() : m.end() + 1]
    if nxt == ".":
        if len(word) == 1:
            return False  # initials ("U.S."): the full reading
        written, nxt = word + ".", text[m.end() + 1 : m.end() + 2]
    lex = lexicon_tables()
    if (
        nxt in sc.symbol_starts
        or word.lower() in _capital_stops()
        or written.lower() in lex.first_words
        or word in lex.symbols
        or written in lex.symbols
        or (len(word) == 3 and word.isupper() and lexicon.lookup_code(word) is not None)
    ):
        return False
    # (no unit symbol on the next line: symbol_unit())
    return "\n" in text[p:q] or read_unit(text, q) is None


# What may follow a break and begin something: a dash, a degree sign, a bracket or a
# quote (currency_or_unit_after), a percent sign.
_BREAK_GOES_ON: Final = frozenset('-°([{<"') | PERCENT_INITIALS


# A capitalised word (or one in capitals) of ASCII letters.
_CAPITAL: Final = re.compile(r"[A-Z][A-Za-z]*\b")


@functools.cache
def _capital_stops() -> frozenset[str]:
    """The words (lower case) that may begin a scale, percent, currency name or unit
    word, in any case."""
    percents = {w.split(" ")[0] for w in PERCENT_MEANINGS}
    return frozenset(
        {w.lower() for w in SCALES} | _ILLIONS | percents | lexicon_tables().first_words
    ) | frozenset(w.lower() for w in UNIT_FIRST_WORDS)


def _spelled_start(a: Amount, text: str) -> bool:
    """What a spelled-out amount may read first: "absolute zero" (a kelvin figure:
    True, read), "a quarter of a percentage point" ("of a" read on)."""
    if a.value == 0 and (at := absolute_zero(text, a.num_start)) is not None:
        a.kind, a.unit, a.start = _QUANTITY, "kelvin", at  # "absolute zero": 0 K
        return True
    if a.value < 1 and (m0 := OF_A.match(text, a.end)) is not None:
        # "a quarter of a percentage point", "three-quarters of a percent": read on
        q0 = m0.end()
        if PERCENT_AFTER.match(text, q0) or currency_name_after(text, q0):
            a.end = q0
    return False


# The characters after a numeral at which _ends_at_once() may end the amount.
_MAY_END: Final = frozenset(",;)] ")


# The characters SPACE_OR_NL can start with: where no other, it matches nothing.
_SPACE_OR_NL_STARTS: Final = frozenset(" \t\u00a0\u202f\u2009\r\n")


def _ends_at_once(sc: Scanner, a: Amount, p: int) -> bool:
    """True when nothing after ``p`` can belong to the amount: a mark, or a plain word
    that can start no scale, percent, currency or unit ("5 people", "12 vs")."""
    text = sc.text
    if p < sc.n and text[p] in ",;)]" and not a.word:
        return True  # "5, 6 and 7", "($1.22 million)": the amount ends at the mark
    if p < sc.n and text[p] == " " and not a.word and a.currency is None:
        w = _SPACE_WORD.match(text, p)
        return (
            w is not None
            and w.group(1) not in _suffix_words()
            and text[w.end() : w.end() + 1] not in sc.symbol_starts
        )
    return False


def currency_or_unit_after(
    sc: Scanner, a: Amount, p: int, q: int, first: re.Match[str] | None = None
) -> None:
    """A currency name, code or symbol at ``q`` ("5 euros", "a 12-cent dividend",
    "30 MUSD"), else a unit ("a 3-inch screen", "5 km"). ``first``: the word at ``q``,
    when read."""
    text, n = sc.text, sc.n
    if q == p and p < n and text[p] == "-":
        if a.num_end == p or a.scaled:
            # "a 12-cent dividend", "a one-yen bid": the amount as an adjective
            w = WORD.match(text, p + 1)
            got = currency_name_after(text, p + 1, w)
            if got is not None and not got[3]:
                q = p + 1
            else:
                # "a 3-inch screen", "a six-mile trip", "a 45-acre farm"
                unit = UNIT_WORDS.get(w.group(0).lower()) if w is not None else None
                if (
                    w is not None
                    and unit is not None
                    and len(w.group(0)) > 2
                    and word_is_unit(sc, a, w.group(0).lower(), w.end())
                ):
                    a.kind, a.unit, a.end = _QUANTITY, unit_name(unit), w.end()
                    return
        if q == p:
            return  # no currency symbol and no unit starts with a dash ("-year")
    got = currency_name_after(text, q, first if first is not None and first.start() == q else None)
    if got is None and q < n and text[q] == "M" and q + 4 <= n:
        # "30 MUSD", "120 MEUR": millions of a currency, in corporate filings
        code = text[q + 1 : q + 4]
        if (
            code.isupper()
            and (q + 4 == n or not text[q + 4].isalnum())
            and lexicon.lookup_code(code) is not None
        ):
            a.scale_by(SCALES["m"])
            a.kind, a.currency, a.end = _MONEY, code, q + 4
            return
    if (
        (got is None or got[3])  # "Canadian" alone names a dollar to come
        and text[q].isupper()
        and (cents := adjective_cents(text, q))
    ):
        # "76 Canadian cents", "95 Australian cents": the minor unit of a named dollar
        a.value = a.value.scaleb(-2)
        if a.precision is not None:
            a.precision = a.precision.scaleb(-2)
        a.kind, a.currency, a.end, a.note = _MONEY, cents[1], cents[0], "minor unit"
        return
    if got is None:
        unit_after(sc, a, q)
        return
    currency_named(sc, a, q, got)


# "12.5 billion pounds of the proceeds": sterling, not weight, when what the pounds are
# "of" is money.
_OF_THE_MONEY: Final = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}(?:the|its|their|this|that|his|her|our)[ \t]{1,3}"
    r"(?:[a-z]{1,15}[ \t]{1,3}){0,2}(?:"
    + alternation(_EN["money_nouns"])  # en.json "money_nouns"
    + r")\b",
    re.IGNORECASE,
)


def currency_named(sc: Scanner, a: Amount, q: int, got: tuple[int, str, int, bool, bool]) -> None:
    """Make ``a`` money in the currency named at ``q`` (``got``: what
    currency_name_after read), with a minor unit, a scale after the name ("75 USD
    million") or a minor part ("3 dollars 50")."""
    text = sc.text
    end, code, minor, needs_dollar, assumed = got
    if needs_dollar:
        return
    if (
        text[q] in "pP"
        and text[q:end].lower().startswith("pound")
        and (
            (OF.match(text, end) is not None and _OF_THE_MONEY.match(text, end) is None)
            or pounds_are_mass(text, a.start, q, end, a.scaled)
        )
    ):
        # "5 pounds of sugar", "weighs 25 pounds", "a 20-pound bag": weight, not
        # sterling ("12.5 billion pounds of the proceeds" is money)
        a.kind, a.unit, a.end = _QUANTITY, unit_name_at(sc, "pound", end), sc.per_end
        return
    a.kind, a.currency, a.end = _MONEY, code, end
    a.assumed = assumed
    if minor:
        a.value = a.value.scaleb(-minor)
        if a.precision is not None:
            a.precision = a.precision.scaleb(-minor)
        a.note = "minor unit"
        return
    m = None
    if (
        not a.scaled
        and text[end : end + 1] in _BLANK
        and text[end + 1 : end + 2] in SCALE_WORD_SECOND
    ):
        m = SCALE_WORD_AFTER.match(text, end)
    if m is not None:
        # "75 USD million": the scale after the currency
        a.scale_by(SCALES[m.group(1).lower()])
        a.end = m.end()
        return
    minor_part(sc, a, code)
