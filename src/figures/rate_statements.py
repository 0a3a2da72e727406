"""Rate statements in text: the three shapes of statement that :mod:`figures.inline_rates`
turns into rates, read from the tokens of :mod:`figures.rate_tokens`.

* equations, the wire footnote and its variants: ``($1 = 0.8214 pounds)``,
  ``(1 euro = $1.0725)``, ``(US$1=HK$7.8=7.984 yuan)``, ``(100 yen = $0.94)``;
* "per" statements in prose: ``7.1 yuan per dollar``, ``the rupee closed at 83.12 per
  dollar``;
* market pairs, base first: ``EUR/USD 1.0725``.

:func:`read_statements` finds the candidates with compiled patterns that cannot
backtrack without bound (the per statements searched only near their cues: a window of
bounded width per cue), then does a bounded amount of work per candidate, so time grows
linearly with the text. Numerals are read by the scanner's numeral reader
(:func:`figures.numbers.parse_numeral`). This module imports no scanner stage that
imports it back: the scanner asks it for footnote spans, never the other way round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, NamedTuple

from figures.arith import context, in_bounds
from figures.errors import FiguresError
from figures.lexicon import (
    lookup_code,
)
from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.numbers import parse_numeral
from figures.rate_candidates import Candidates
from figures.rate_tokens import NUMERAL, Tok, Tokens, is_token
from figures.rates import ExchangeRate
from figures.scan.currency import currency_name_after, iso_code

__all__ = [
    "PAREN_TAIL",
    "Statement",
    "read_statements",
]

# Significant digits for dividing out a base amount other than one. Wire rates have at
# most a dozen digits, so the quotient of two of them is exact far below this.
_PRECISION: Final = 50

# At most this many candidate starts are tried for one "=" sign.
_MAX_TRIES: Final = 6


# After a parenthesised statement, the rest of the parenthesis ("at end March").
PAREN_TAIL: Final = re.compile(r"[^()\n]{0,120}\)")

# Words that may sit between a market pair and its rate ("EUR/USD was at 1.0725").
_PAIR_LINKS: Final = frozenset(load_language("en")["pair_links"])  # lexicon/lang/en.json
# Words after a number that make it something other than a rate ("5 pips", "2 percent").
_NOT_A_RATE_AFTER: Final = frozenset(load_language("en")["not_rate_after"])
# A word right before a bare "83.12 per dollar" that makes it a quoted level of the
# currency named earlier in the clause ("the rupee closed at 83.12 per dollar").
# (en.json "level_prepositions" and "quoted_level_prepositions")
_LEVEL_BEFORE: Final = re.compile(
    r"\b(?:"
    + alternation(
        [
            *load_language("en")["level_prepositions"],
            *load_language("en")["quoted_level_prepositions"],
        ]
    )
    + r")\s{1,3}\Z"
)
# "by" right before the number makes it a change, not a level ("the won strengthened by
# 6.60 won to the dollar").
_CHANGE_BEFORE: Final = re.compile(r"\bby\s{1,3}\Z")
# Currency names that are also units of weight: "$1.20 per pound" and "9.77 dlrs per
# pound" are prices of beef, so "per pound" is a rate only after a currency name and
# with a word of exchange earlier in the clause ("translated from sterling at average
# rate of exchange ... was 1.43 dlrs per pound"). "to the pound" is always the currency.
_WEIGHT_NAMES: Final = frozenset({"pound", "pounds"})
_EXCHANGE_WORDS: Final = re.compile(r"\b(?:rates?|exchange|sterling)\b", re.IGNORECASE)
# A currency symbol right before a number ("$1.10 per euro").
_SYMBOL_BEFORE: Final = re.compile(r"(?:[A-Z]{1,3}\$|[$£€¥₹₽₩₺₴₦₱₪₫฿₡₲₵₸₼₾])\s?\Z")


class _Word(NamedTuple):
    """What a currency name means: its code, its minor digits ("cents": 2), and whether
    it names a dollar only after a dollar sign ("$1.13 Canadian")."""

    code: str
    minor: int
    needs_dollar: bool


@dataclass(frozen=True, slots=True)
class _Named:
    """A currency name read from the tokens."""

    word: _Word
    next: int  # the index of the token after the name
    end: int  # where the name ends in the text


@dataclass(frozen=True, slots=True)
class _Amount:
    """One side of a rate statement: a currency and the amount written, if any."""

    code: str
    value: Decimal | None  # None when no number is written ("$ =", "euro =")
    start: int
    end: int
    lowercase_code: bool = False  # "eur": trusted only beside a symbol or name
    dollar: bool = False  # written with a dollar sign ("$1", "US$1", "A$")


def _decimal(numeral: str) -> Decimal:
    """A numeral token (:data:`figures.rate_tokens.NUMERAL`) as an exact Decimal
    ("1,234.5"), read by the scanner's numeral reader (``figures.numbers.parse_numeral``),
    with "." as the decimal mark as wire copy writes it; "1." (a full stop after a whole
    number) is 1."""
    read = parse_numeral(numeral, "en", decimal_mark=".")
    return read.value if read is not None else Decimal(numeral.rstrip("."))


def _major(value: Decimal, word: _Word) -> Decimal:
    """``value`` in the major unit: "94 cents" is 0.94 dollars."""
    return value.scaleb(-word.minor) if word.minor else value


def _symbol_code(symbol: str) -> str | None:
    """The currency a whole symbol ("$", "US$", "HK$", "£", "Rs") stands for, read by the
    scanner's currency reader; None when ``symbol`` is not one symbol."""
    found = currency_name_after(symbol, 0)
    return found[1] if found is not None and found[0] == len(symbol) else None


def _symbol_at(toks: Tokens, i: int) -> tuple[str, bool, int] | None:
    """A currency symbol at ``i``: (code, is a dollar sign, next index)."""
    tok = toks[i]
    if tok is None:
        return None
    if tok.kind == "sym":
        code = _symbol_code(tok.text)
        return None if code is None else (code, tok.text.endswith("$"), i + 1)
    if tok.kind != "word":
        return None
    nxt = toks[i + 1]
    # "US $1.07": a country prefix written apart from its dollar sign.
    if (
        is_token(nxt, "sym", "$")
        and nxt is not None
        and len(tok.text) <= 3
        and tok.text.isupper()
        and nxt.start - tok.end <= 1
    ):
        code = _symbol_code(tok.text + "$")
        if code is not None:
            return (code, True, i + 2)
    # "Rs 83", "Rs.83", "NIS 3.7": a lettered symbol counts only before its number.
    if nxt is not None and nxt.kind == "num":
        code = _symbol_code(tok.text) or _symbol_code(tok.text.rstrip("."))
        if code is None and nxt.start == tok.end and len(tok.text) <= 3 and tok.text.isupper():
            code = _symbol_code(tok.text + "$")  # "($1=HK7.795)": the "$" dropped
        if code is not None:
            return (code, False, i + 1)
    return None


def _code_at(toks: Tokens, i: int) -> tuple[str, bool, int] | None:
    """An ISO code at ``i``, read by the scanner's rule (:func:`iso_code`): (code,
    written in lower case, next index)."""
    tok = toks[i]
    if tok is None or tok.kind != "word":
        return None
    code = iso_code(tok.text)
    return None if code is None else (code, tok.text.islower(), i + 1)


def _name_at(toks: Tokens, i: int, *, after_dollar: bool) -> _Named | None:
    """The longest currency name starting at token ``i``, or None.

    A following name of the same currency is absorbed ("pound sterling").
    """
    found = _longest_name(toks, i, after_dollar=after_dollar)
    if found is None:
        return None
    more = _longest_name(toks, found.next, after_dollar=False)
    while more is not None and more.word.code == found.word.code and more.word.minor == 0:
        found = _Named(found.word, more.next, more.end)
        more = _longest_name(toks, found.next, after_dollar=False)
    return found


def _longest_name(toks: Tokens, i: int, *, after_dollar: bool) -> _Named | None:
    """The longest currency name starting at token ``i``, read by the scanner's currency
    reader (:func:`figures.scan.currency.currency_name_after`) and kept only when it
    covers whole word tokens (a sentence-final full stop aside: "Pound.")."""
    first = toks[i]
    if first is None or first.kind != "word":
        return None
    found = currency_name_after(toks.text, first.start)
    if found is None:
        return None
    end, code, minor, needs_dollar, _ = found
    if needs_dollar and not after_dollar:
        return None
    k = i
    while (tok := toks[k]) is not None and tok.kind == "word" and tok.end <= end:
        k += 1
    tok = toks[k]
    if tok is not None and tok.kind == "word" and tok.start < end:
        if toks.text[end : tok.end] != ".":
            return None  # the name ends inside a word
        k += 1  # "($1=.7611 Pound.)": the full stop is not part of the name or the span
    if k == i or toks.end(k - 1) < end:
        return None
    return _Named(_Word(code, minor, needs_dollar), k, end)


def _amount_at(
    toks: Tokens, i: int, *, left: bool, dollar_base: bool = False
) -> tuple[_Amount, int] | None:
    """One side of an equation starting at token ``i``, and the index after it.

    The left side may omit its number ("$ =", "euro ="); the right side may not. With
    ``dollar_base`` (the left side has a dollar sign) a bare nationality names the
    quote: "($1=1.13 Canadian)" is read like "($1=$1.13 Canadian)".
    """
    first = toks[i]
    if first is None:
        return None
    symbol = _symbol_at(toks, i)
    if symbol is not None:
        code, dollar, j = symbol
        num = toks[j]
        if num is None or num.kind != "num":
            if not left:
                return None
            return _Amount(code, None, first.start, toks.end(j - 1), dollar=dollar), j
        value = _decimal(num.text)
        end, j = num.end, j + 1
        if dollar:
            # "$1.13 Canadian", "$1.80 reais": the name says which dollar or which real
            named = _name_at(toks, j, after_dollar=True)
            if named is not None and named.word.minor == 0:
                code, j, end = named.word.code, named.next, named.end
        return _Amount(code, value, first.start, end, dollar=dollar), j
    if first.kind == "num":
        value = _decimal(first.text)
        named = _name_at(toks, i + 1, after_dollar=dollar_base and not left)
        if named is not None:
            amount = _Amount(named.word.code, _major(value, named.word), first.start, named.end)
            return amount, named.next
        coded = _code_at(toks, i + 1)
        if coded is not None:
            code, lower, j = coded
            return _Amount(code, value, first.start, toks.end(j - 1), lower), j
        return None
    coded = _code_at(toks, i)
    if coded is not None:
        code, lower, j = coded
        num = toks[j]
        if num is not None and num.kind == "num":
            return _Amount(code, _decimal(num.text), first.start, num.end, lower), j + 1
        if left:
            return _Amount(code, None, first.start, first.end, lower), j
        return None
    if left:
        named = _name_at(toks, i, after_dollar=False)
        if named is not None and named.word.minor == 0:  # "euro =", but not "cent ="
            return _Amount(named.word.code, None, first.start, named.end), named.next
    return None


def _make_rate(
    text: str, base: _Amount, quote: _Amount, start: int, end: int, source: str = "inline"
) -> ExchangeRate | None:
    """The rate one ``base`` buys of ``quote``, or None when the pair states no rate."""
    if base.code == quote.code or quote.value is None:
        return None
    if base.lowercase_code and quote.lowercase_code:
        return None  # "(1 cup = 2 all)": two lower-case words that merely spell codes
    base_value = Decimal(1) if base.value is None else base.value
    if base_value <= 0 or quote.value <= 0:
        return None
    # "$1 = ...": keep the digits exactly as written; else divide in a context of our
    # own, so the caller's traps or rounding cannot reach here
    ctx = context(_PRECISION)
    rate = quote.value if base_value == 1 else ctx.divide(quote.value, base_value)
    if not in_bounds(ctx.divide(1, rate)):
        return None  # "(1 yen = 9E999 dollars)": a rate must be usable both ways
    try:
        return ExchangeRate(
            base.code,
            quote.code,
            rate,
            source=source,
            text=text[start:end],
            start=start,
            end=end,
        )
    except FiguresError:
        # A code the lexicon maps to but the rate table refuses (a withdrawn code):
        # this statement states no usable rate, which is what the caller asked about.
        return None


@dataclass(frozen=True, slots=True)
class Statement:
    """One rate statement: its kind ("eq", "per", "pair" or "level"), the rates it
    states, and where its first and last amounts lie."""

    kind: str  # "eq", "per" or "pair", as the trigger's group
    rates: tuple[ExchangeRate, ...]
    start: int  # the first amount
    end: int  # the last amount read


def _equation_at(text: str, pos: int) -> Statement | None:
    """The equation (and its chain) whose left side starts at ``pos``, or right after a
    "(" there; None when there is none. A well-formed equation that states no rate
    ("($1 = $1.13)") is returned with no rates, so that the search moves past it."""
    toks = Tokens(text, pos)
    i = 1 if is_token(toks[0], "punct", "(") else 0
    left = _amount_at(toks, i, left=True)
    if left is None:
        return None
    base, k = left
    if not is_token(toks[k], "punct", "="):
        return None
    first_start = base.start
    rates: list[ExchangeRate] = []
    end = -1
    right = _amount_at(toks, k + 1, left=False, dollar_base=base.dollar)
    while right is not None:
        quote, k = right
        end = quote.end
        rate = _make_rate(text, base, quote, base.start, quote.end)
        if rate is not None:
            rates.append(rate)
        sep = toks[k]
        if sep is None or sep.kind != "punct" or sep.text not in "=,;":
            break
        if sep.text != "=":
            # "; $1=.7095 euros": a new equation with its own base
            again = _amount_at(toks, k + 1, left=True)
            if again is not None and is_token(toks[again[1]], "punct", "="):
                base, k = again[0], again[1]
                right = _amount_at(toks, k + 1, left=False, dollar_base=base.dollar)
                continue
        # "= 0.6170 pound", ", 99.99 yen": another quote for the same base. Every
        # member of a chain "$1 = a = b" equals the first, so b is read against $1.
        right = _amount_at(toks, k + 1, left=False, dollar_base=base.dollar)
    if end < 0:
        return None
    return Statement("eq", tuple(rates), first_start, end)


def _per_base(text: str, m: re.Match[str]) -> tuple[str, int, Tok | None] | None:
    """The currency after the "per" of a per statement's trigger match ``m``: (its code,
    where it ends, the number before it if any: "per 100 yen"), or None when none is
    named there ("per share"), it is a minor unit ("per cent") or a "pound" of weight.

    It is read first: the words after "per" rule out most candidates ("dlrs per share"),
    and every test of :func:`_per_at` is a plain reading of the text, so the order of the
    tests decides only how soon a candidate is given up, never what it gives."""
    start, per_start, per_end = m.start(), m.start("per_word"), m.end()
    after = Tokens(text, per_end)
    j = 0
    first = after[0]
    per_num: Tok | None = None
    if first is not None and first.kind == "num":  # "0.94 dollars per 100 yen"
        per_num, j = first, 1
    named = _name_at(after, j, after_dollar=False)
    if named is None:
        coded = _code_at(after, j)
        return None if coded is None else (coded[0], after.end(j), per_num)
    if named.word.minor:
        return None  # "5 per cent"; a price per penny is no market quote
    if (
        text[per_start:per_end].startswith("per")
        and text[per_end : named.end].lower() in _WEIGHT_NAMES
        and not (m.group("per_name") and _EXCHANGE_WORDS.search(text, max(0, start - 80), start))
    ):
        return None  # "$1.20 per pound" of beef
    return named.word.code, named.end, per_num


def _per_at(text: str, m: re.Match[str]) -> Statement | None:
    """A "<number> [currency] per|to the <currency>" statement, from its trigger match.

    The quote is named before "per" ("7.1 yuan per dollar"), by a symbol or a level word
    right before the number ("$1.10 per euro", "at 83.12 per dollar"), or not at all
    ("5 per dollar": given up at once). The base after "per" is read next
    (:func:`_per_base`: it rules out most candidates, "dlrs per share"), the quote's
    name last. Every test is a plain reading of the text, so their order decides only
    how soon a candidate is given up, never what it gives."""
    start, per_start, per_end = m.start(), m.start("per_word"), m.end()
    quote_named = bool(m.group("per_name"))
    symbol = level = None
    if not quote_named:
        symbol = _SYMBOL_BEFORE.search(text, max(0, start - 5), start)
        if symbol is None:
            level = _LEVEL_BEFORE.search(text, max(0, start - 10), start)
            if level is None:
                return None  # "5 per dollar": no currency of the quote
    base_read = _per_base(text, m)
    if base_read is None:
        return None
    base_code, base_end, per_num = base_read
    number = m.group("per_num")
    quote_code: str | None = None
    quote_start = start
    if quote_named:
        toks = Tokens(text, start, per_start)
        # Words between the number and "per" must be a currency name and nothing else.
        named_quote = _name_at(toks, 1, after_dollar=False)
        if named_quote is None or toks[named_quote.next] is not None:
            return None  # "5 cents a share per dollar", "2 tonnes per dollar"
        if named_quote.word.minor:
            return None  # "12 cents per pound": a price, not a market quote
        quote_code = named_quote.word.code
    elif symbol is not None:
        quote_code = _symbol_code(symbol.group().rstrip())  # "$1.10 per euro"
        quote_start = symbol.start()
    elif level is not None:
        # "the rupee closed at 83.12 per dollar": the currency named earlier
        found = _subject_before(text, level.start())
        if found is not None:
            quote_code, quote_start = found
    if quote_code is None or _CHANGE_BEFORE.search(text, max(0, start - 5), start):
        return None
    if NUMERAL.fullmatch(number) is None:
        return None  # "1,2,3 per dollar": not one number
    per_value = None if per_num is None else _decimal(per_num.text)
    base = _Amount(base_code, per_value, per_end, base_end)
    quote = _Amount(quote_code, _decimal(number), quote_start, m.end("per_num"))
    rate = _make_rate(text, base, quote, quote_start, base_end, "prose")
    return None if rate is None else Statement("per", (rate,), quote_start, base_end)


def _subject_before(text: str, end: int) -> tuple[str, int] | None:
    """The nearest currency named in the clause that ends at ``end``, within its last
    dozen tokens: (code, where its name starts)."""
    # The window may cut its first token short; only the last dozen tokens are read.
    toks = Tokens(text, max(0, end - 100), end, most=100).all()
    p = len(toks)
    while p > max(0, len(toks) - 13):
        p -= 1
        tok = toks[p]
        if (
            p >= 1
            and toks[p - 1].kind == "num"
            and (tok.text == "%" or tok.text.lower() in ("percent", "pct"))
        ):
            p -= 1  # "the rand weakened 1.2% to 18.95 per dollar": a change on the way
            continue
        if tok.kind != "word":
            return None  # a number, symbol or punctuation ends the clause
        if tok.text.endswith(".") and tok.text.count(".") == 1:
            return None  # "... fell. The rupee": a full stop ("U.S." is a word)
        named = _name_at(Tokens(text, tok.start, end), 0, after_dollar=False)
        if named is not None and named.word.minor == 0:
            return named.word.code, tok.start
    return None


def _pair_at(text: str, start: int, end: int) -> Statement | None:
    """A market pair "EUR/USD 1.0725" whose pair is at ``start:end``."""
    base = lookup_code(text[start : start + 3])
    quote = lookup_code(text[start + 4 : end])
    if base is None or quote is None:
        return None
    toks = Tokens(text, end)
    k = 0
    tok = toks[0]
    while k < 3 and tok is not None and tok.text.lower() in _PAIR_LINKS:
        k += 1
        tok = toks[k]
    if tok is None or tok.kind != "num":
        return None
    after = toks[k + 1]
    if after is not None and after.text.lower() in _NOT_A_RATE_AFTER:
        return None  # "EUR/USD fell 0.5 percent"
    rate = _make_rate(
        text,
        _Amount(base, None, start, end),
        _Amount(quote, _decimal(tok.text), tok.start, tok.end),
        start,
        tok.end,
        "prose",
    )
    return None if rate is None else Statement("pair", (rate,), start, tok.end)


def read_statements(text: str) -> list[Statement]:
    """Every rate statement of ``text``, in text order."""
    found: list[Statement] = []
    candidates = Candidates(text)
    pos = 0
    sign = tries = -1  # the "=" of the last failed equation, and how often it failed
    while True:
        m = candidates.next(pos)
        if m is None:
            return found
        kind = m.lastgroup
        statement: Statement | None
        if kind == "eq":
            statement = _equation_at(text, m.start())
        elif kind == "per":
            statement = _per_at(text, m)
        else:
            statement = _pair_at(text, m.start(), m.end())
        if statement is None:
            # The real start may lie inside this candidate ("5 cars for $1 = ..."), so
            # look again one character on. A real equation is found within a few tries
            # of its "="; giving up on an "=" after _MAX_TRIES bounds the work per "="
            # in text made of would-be starts ("$$$$$$$$=1").
            pos = m.start() + 1
            if kind == "eq":
                tries = tries + 1 if m.start("sign") == sign else 1
                sign = m.start("sign")
                if tries >= _MAX_TRIES:
                    pos = sign + 1
            continue
        found.append(statement)
        pos = max(statement.end, m.start() + 1)
