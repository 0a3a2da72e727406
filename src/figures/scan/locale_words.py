"""Words after and as numbers in German, French, Spanish, Italian, Portuguese, Dutch.

The language-neutral stages call in here when the scan's locale has a data file
(:func:`figures.lexicon.languages.for_locale`); English text never does, so English
output is unchanged. What a language's words mean is data (``lexicon/lang/<code>.json``);
this module holds only the grammar the languages share:

* :func:`read_number`: a spelled-out number ("zweihundertdreiundzwanzig", "quatre-vingt-
  dix millions", "dos mil millones", "drei Viertel", "mezzo milione");
* :func:`locale_suffix`: what follows an amount: a scale word ("Mio.", "milliards
  d'euros"), a percent word ("Prozentpunkte", "points de base") or a currency name in
  the language ("Schweizer Franken", "dólares estadounidenses");
* the currency names are read by :mod:`figures.scan.locale_currency`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figures import arith
from figures.lexicon import minor_units
from figures.lexicon.languages import Language, fold
from figures.model import Kind
from figures.numbers import Numeral, ratio
from figures.scan.locale_currency import code_then_scale, currency_after, dollar_after
from figures.scan.locale_ordinals import compound_ordinal, fraction_of_scale
from figures.scan.locale_values import decompose, fits, vocabulary, words_value
from figures.scan.state import Amount, Scanner

__all__ = ["locale_suffix", "read_number"]

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{1,3}")
_SPACE_OR_NL = re.compile(r"[ \t\u00a0\u202f]{0,3}\n?[ \t\u00a0\u202f]{0,3}")
_MAX_TOKENS = 24


def read_number(lang: Language, text: str, pos: int) -> tuple[Numeral, int] | None:
    """A spelled-out number at ``pos`` in ``lang``: the numeral and its end offset.

    >>> from figures.lexicon.languages import language
    >>> n, end = read_number(language("fr"), "quatre-vingt-dix millions d'euros", 0)
    >>> n.value, end
    (Decimal('90000000'), 25)
    >>> read_number(language("es"), "dos mil millones", 0)[0].value
    Decimal('2000000000')
    """
    got = _read_words(lang, text, pos)
    if got is None:
        return None
    items, ends = got
    end = ends[-1]
    of = fraction_of_scale(lang, text, end) if items[-1][0] == "f" else None
    if items[0][0] == "f" and fold(text[pos : ends[0]]) not in lang.half_words and of is None:
        return None  # "terzo trimestre", "tercio": an ordinal, unless a number leads
    value = words_value(items, lang.joiner_adds_fraction)
    if value is None:
        return None
    if of is not None:
        return Numeral(value * of[0], None), of[1]  # "un quart de million": 250 000
    tail = _decimal_part(lang, text, end, items) or _fraction_part(lang, text, end, items)
    if tail is not None:
        return Numeral(value + tail[0], None), tail[1]
    over = _over_part(lang, text, end, value)
    if over is not None:
        return over
    if items[-1][0] != "f" and value == value.to_integral_value() and value > 1:
        apart = compound_ordinal(lang, text, _after_blanks(text, end))
        if apart is not None:  # "vingt vingt cinquièmes", "cinq dix huitièmes": 20/25, 5/18
            return Numeral(ratio(int(value), apart[0]), None), apart[1]
    if len(ends) == 1 and fold(text[pos : ends[0]]) in lang.ones:
        from figures.scan.locale_ordinals import one_over_ordinal

        one_over = one_over_ordinal(lang, text, _after_blanks(text, ends[0]))
        if one_over is not None:
            return one_over  # "un vingt cinquième": one twenty-fifth
        # "ein", "un", "una": an article, not a count; "un yen", "einen Euro" are money,
        # "un livre" is a book
        money = currency_after(lang, text, _after_blanks(text, ends[0]))
        if lang.minus_before_re.search(text, max(0, pos - 24), pos):
            return Numeral(value, None), end  # "négatif un": a minus makes it a number
        if money is None or (money[3] and not money[2]):
            return None  # ("un centavo" is money: a minor unit is no book)
    return Numeral(value, None), end


def _read_words(
    lang: Language, text: str, pos: int
) -> tuple[list[tuple[str, Decimal]], list[int]] | None:
    """The number pieces of the words at ``pos`` and the end offset of each word."""
    items: list[tuple[str, Decimal]] = []
    ends: list[int] = []  # the text end after each accepted token
    counts: list[int] = []  # how many items each accepted token added
    words: list[str] = []
    p = pos
    while len(ends) < _MAX_TOKENS:
        m = _TOKEN.match(text, p)
        if m is None:
            break
        word = m.group(0)
        end = m.end()
        if word.endswith("."):
            word, end = word[:-1], end - 1
        pieces = decompose(lang, word)
        if pieces is None and not items and "-" in word:
            word, end, pieces = _compound_head(lang, text, m.start(), word)
        glued = _glued(lang, words, counts, word) if pieces is not None else None
        if glued is not None:
            items[-1] = glued  # "quatre vingt" written apart is one number, 80
            pieces = []
        elif pieces is None or not fits(items, pieces):
            break
        words.append(word)
        items.extend(pieces)
        ends.append(end)
        counts.append(len(pieces))
        s = _SPACES.match(text, end)
        if s is None:
            break
        p = s.end()
    while counts and items[-1][0] == "j":  # "treinta y": the joiner was not followed
        for _ in range(counts.pop()):
            items.pop()
        ends.pop()
    return (items, ends) if ends else None


def _compound_head(
    lang: Language, text: str, at: int, word: str
) -> tuple[str, int, list[tuple[str, Decimal]] | None]:
    """'siebenhundert-Euro', 'drei-Millionen-Euro-Projekt': the number heading a compound
    before a currency or scale word (the word, its end and its pieces; pieces None when
    the compound has no such head)."""
    head, nxt = word.split("-", 2)[:2]
    end = at + len(head)
    pieces = decompose(lang, head)
    scale = fold(nxt) in lang.scales and fold(nxt) not in lang.glued_scales
    if pieces is None or (not scale and currency_after(lang, text, end + 1) is None):
        return word, at + len(word), None
    return head, end, pieces


def _glued(
    lang: Language, words: list[str], counts: list[int], word: str
) -> tuple[str, Decimal] | None:
    """The one number two words make written together ("quatre" "vingt" -> 80), or
    None. Only where the language writes numbers together."""
    if not lang.compound or not words or counts[-1] != 1:
        return None
    glued = vocabulary(lang).get(fold(words[-1] + word))
    return glued if glued is not None and glued[0] == "n" else None


def _word_then(lang: Language, text: str, end: int, words: frozenset[str]) -> int | None:
    """After one of ``words`` standing next at ``end`` (and its blanks), or None."""
    s = _SPACES.match(text, end)
    m = _TOKEN.match(text, s.end()) if s is not None else None
    if m is None or fold(m.group(0)) not in words:
        return None
    s = _SPACES.match(text, m.end())
    return None if s is None else s.end()


def _fraction_part(
    lang: Language, text: str, end: int, items: list[tuple[str, Decimal]]
) -> tuple[Decimal, int] | None:
    """'cinco y medio', 'tres millones y medio', 'cinq et un quart': a fraction added,
    of the last scale when the number ends with one."""
    if items[-1][0] == "f":
        return None
    q = _word_then(lang, text, end, lang.joiners | lang.decimal_words)
    got = _read_words(lang, text, q) if q is not None else None
    if got is None or not any(k == "f" for k, _ in got[0]):
        return None
    part = words_value(got[0])
    if part is None or part >= 1:
        return None
    unit = items[-1][1] if items[-1][0] == "s" else Decimal(1)
    return part * unit, got[1][-1]


def _over_part(lang: Language, text: str, end: int, value: Decimal) -> tuple[Numeral, int] | None:
    """'uno sobre tres', 'un sur cent': a ratio spelled out. Where the language says so
    the ratio is a share ("trois sur quatre", "un Français sur trois"): more over less
    ("huit sur cinq", a mark or a score) is two numbers."""
    q = _word_then(lang, text, end, lang.over_words) if lang.over_words else None
    if q is None:
        return None
    digits = _CENTS.match(text, q) or _INTEGER.match(text, q)
    if digits is not None:
        den, den_end = Decimal(digits.group(0)), digits.end()
    else:
        got = _read_words(lang, text, q)
        if got is None:
            return None
        value_of = words_value(got[0])
        if value_of is None:
            return None
        den, den_end = value_of, got[1][-1]
    if den == 0 or den != den.to_integral_value() or (lang.over_is_share and value > den):
        return None
    exact = value == value.to_integral_value()
    quotient = ratio(int(value), int(den)) if exact else value * ratio(1, int(den))
    return Numeral(quotient, None), den_end


def _decimal_part(
    lang: Language, text: str, end: int, items: list[tuple[str, Decimal]]
) -> tuple[Decimal, int] | None:
    """'dos coma cinco', 'sept virgule deux': the digits after a spoken decimal mark."""
    if not lang.decimal_words or any(k == "f" for k, _ in items):
        return None
    s = _SPACES.match(text, end)
    m = _TOKEN.match(text, s.end()) if s is not None else None
    if m is None or fold(m.group(0)) not in lang.decimal_words:
        return None
    s = _SPACES.match(text, m.end())
    if s is None:
        return None
    zeros, at, end = "", s.end(), s.end()
    while len(zeros) < _MAX_TOKENS and (z := _TOKEN.match(text, at)) is not None:
        if decompose(lang, z.group(0)) != [("n", Decimal(0))]:
            break
        zeros, end = zeros + "0", z.end()  # "virgule zéro trois": the zeros are digits
        s = _SPACES.match(text, end)
        at = s.end() if s is not None else end
    got = read_number(lang, text, at)
    if got is None and zeros:
        return Decimal(0), end
    if got is None or got[0].value != got[0].value.to_integral_value() or got[0].value < 0:
        return None
    digits = zeros + str(int(got[0].value))
    return Decimal(digits).scaleb(-len(digits)), got[1]


def _after_blanks(text: str, at: int) -> int:
    s = _SPACES.match(text, at)
    return at if s is None else s.end()


def _scale(sc: Scanner, a: Amount, lang: Language, q: int) -> int | None:
    """Read a scale word at ``q`` into ``a``; the new end, or None."""
    text = sc.text
    m = lang.scale_re.match(text, q)
    if m is None:
        return None
    word = fold(m.group(1))
    end = m.end()
    if word in lang.glued_scales:
        # "5 M€", "500 k€", "2 Md€": an abbreviation only before a currency
        nxt = text[end : end + 1]
        after = _SPACE_OR_NL.match(text, end)
        assert after is not None
        if m.group(1) == "k" and _CLAUSE_END.match(text, end):
            pass  # "2,33 k.": thousands, the way copy writes it at a clause's end
        elif m.group(1) == "M" and q == a.end and _CLAUSE_END.match(text, end):
            pass  # "10M.": millions, a capital glued on ("10 m." is ten metres)
        elif not (nxt and nxt in sc.symbol_starts) and (
            currency_after(lang, text, after.end()) is None
            and currency_after(lang, text, after.end(), joined=True) is None
        ):
            return None
    a.scale_by(lang.scales[word])
    # a compound scale: "2 mil millones", "2 mil milhões"
    s = _SPACES.match(text, end)
    m2 = lang.scale_re.match(text, s.end()) if s is not None else None
    if m2 is not None and lang.scales[fold(m2.group(1))] > lang.scales[word]:
        a.scale_by(lang.scales[fold(m2.group(1))])
        end = m2.end()
    return end


_POWER = re.compile(r"\^([+-]*)(\d{1,3})(?![\d.,]\d)")


def _power(sc: Scanner, a: Amount) -> bool:
    """'1,1^23', '2,5^-1': a number raised to a power, as typed in plain text."""
    m = _POWER.match(sc.text, a.end)
    if m is None or a.kind is not Kind.NUMBER or a.word:
        return False
    exponent = int(m.group(2)) * (-1 if m.group(1).count("-") % 2 else 1)
    if a.value == 0 and exponent < 0:
        return False
    a.value = arith.context(28).power(a.value, exponent)
    a.precision, a.integer_text = None, False
    a.end = a.num_end = m.end()
    return True


def locale_suffix(sc: Scanner, a: Amount, allow_scale: bool) -> bool:
    """Extend ``a`` with what follows it in the scan's language; True when the amount
    is complete, False to let the language-neutral suffix look further."""
    lang = sc.lang
    assert lang is not None
    p, allow_scale = _locale_head(sc, lang, a, allow_scale)
    q = _locale_scale(sc, lang, a, p, allow_scale)
    if a.scaled and q < sc.n:
        # "millions d'euros", "dos mil millones de dólares"
        got = currency_after(lang, sc.text, q, joined=True)
        if got is not None:
            return _money(sc, a, got)
    if q >= sc.n:
        return True
    return _locale_tail(sc, lang, a, q)


def _locale_head(sc: Scanner, lang: Language, a: Amount, allow_scale: bool) -> tuple[int, bool]:
    """What is glued to the numeral: a power ("1,1^23"), a ratio ("1 sur 3"), a dash
    ("1.299,- Euro", "5-Millionen"). Where the suffix goes on, and whether a scale word
    may still follow."""
    text = sc.text
    if text[a.end : a.end + 1] == "^" and _power(sc, a):
        allow_scale = False  # "1,1^23 pourcent": a percent may still follow
    elif a.integer_text and a.kind is Kind.NUMBER and not a.word:
        over = _over_part(lang, text, a.end, a.value)  # "1 sur 3", "1 sobre tres"
        if over is not None:
            a.value, a.precision, a.integer_text = over[0].value, None, False
            a.end = a.num_end = over[1]
            allow_scale = False
    p = a.end
    if text[p : p + 2] in (",-", ".-", ",–") and not a.word:
        p += 2  # "1.299,- Euro": a price without cents
    elif text[p : p + 1] == "-" and text[p + 1 : p + 2].isalpha():
        p += 1  # "ein 5-Millionen-Euro-Projekt": the amount as part of a compound
    return p, allow_scale


def _locale_scale(sc: Scanner, lang: Language, a: Amount, p: int, allow_scale: bool) -> int:
    """A scale word after ``p`` ("5 Millionen", "3 millions et demi"), applied to ``a``;
    where the next word starts."""
    text = sc.text
    sp = _SPACE_OR_NL.match(text, p)
    assert sp is not None
    q = sp.end()
    if allow_scale and not a.scaled and q < sc.n:
        end = _scale(sc, a, lang, q)
        if end is not None:
            a.end = p = end
            sp = _SPACE_OR_NL.match(text, p)
            assert sp is not None
            q = sp.end()
            if text[p : p + 1] == "-" and text[p + 1 : p + 2].isalpha():
                q = p + 1  # "5-Millionen-Euro-Projekt"
    if a.scaled and not a.word and q < sc.n:
        # "3 millions et demi", "2 Millionen und drei Viertel"
        frac = _fraction_part(lang, text, a.end, [("s", a.factor)])
        if frac is not None and a.high is None:
            a.value += frac[0]
            a.precision = None
            a.end = p = frac[1]
            sp = _SPACE_OR_NL.match(text, p)
            assert sp is not None
            q = sp.end()
    return q


def _locale_tail(sc: Scanner, lang: Language, a: Amount, q: int) -> bool:
    """A percent, a currency or a unit at ``q`` ("5 Prozent", "75 USD millones", "1,34 $
    c", "40 Tonnen"); True when the amount is complete."""
    text = sc.text
    m = lang.percent_re.match(text, q) if a.currency is None else None
    if m is not None:
        how = lang.percent[fold(" ".join(m.group(1).split()))]
        a.kind, a.end, a.unit = Kind.PERCENT, m.end(), "percent"
        if how == "bp":
            a.value = a.value.scaleb(-2)
            if a.precision is not None:
                a.precision = a.precision.scaleb(-2)
            a.note = "basis points"
        elif how == "point":
            a.unit = "percentage point"
        return True
    if a.currency is None and not a.scaled and (coded := code_then_scale(lang, text, q)):
        a.scale_by(coded[2])  # "75 USD millones"
        return _money(sc, a, (coded[0], coded[1], 0, False))
    if text[q] == "$" and a.currency is None and (dollar := dollar_after(lang, text, q)):
        return _money(sc, a, dollar)  # "1,34 $ c": the Canadian dollar
    if text[q].isalpha():
        got = currency_after(lang, text, q)
        if got is not None:
            if a.currency is not None and got[1] != a.currency:
                return True
            return _money(sc, a, got)
        from figures.scan.locale_units import locale_unit

        return locale_unit(sc, a, q)  # "40 Tonnen", "12 kilomètres carrés"
    return False


def _money(sc: Scanner, a: Amount, got: tuple[int, str, int, bool]) -> bool:
    end, code, minor, assumed = got
    if a.currency is not None and a.kind is Kind.MONEY:
        a.end = end  # "USD 5 millones de dólares": the name restates the prefix
        return True
    a.kind, a.currency, a.end, a.assumed = Kind.MONEY, code, end, assumed
    if minor:
        a.value = a.value.scaleb(-minor)
        if a.precision is not None:
            a.precision = a.precision.scaleb(-minor)
        a.note = "minor unit"
    elif not a.scaled and a.value == a.value.to_integral_value():
        _minor_part(sc, a, code)
    return True


_INTEGER = re.compile(r"\d{1,6}(?![\d.,]\d|\d)")
_CENTS = re.compile(r"\d{1,2}(?![\d.,]\d|\d)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\Z|\n)")


def _minor_part(sc: Scanner, a: Amount, code: str) -> None:
    """'15 Dollar und 15 Cent', 'zwei Euro fünfzig', '25 euros con 50': the minor part
    of one amount, with its minor unit or at the end of the clause."""
    lang = sc.lang
    assert lang is not None
    text = sc.text
    q = _word_then(lang, text, a.end, lang.joiners | lang.decimal_words) or _after_blanks(
        text, a.end
    )
    if q == a.end:
        return
    m = _CENTS.match(text, q)
    if m is not None:
        cents, end = Decimal(m.group(0)), m.end()
    else:
        got = read_number(lang, text, q) if q < sc.n and text[q].isalpha() else None
        if got is None or not 0 < got[0].value < 100:
            return
        cents, end = got[0].value, got[1]
    unit = currency_after(lang, text, _after_blanks(text, end))
    if unit is not None and unit[2] == 2:
        end = unit[0]
    elif not _CLAUSE_END.match(text, end):
        return  # "15 Dollar und 15 Autos": not part of the amount
    digits = minor_units(code)
    if digits == 0 or cents != cents.to_integral_value():
        return
    a.value += cents.scaleb(-digits)
    a.precision = Decimal(1).scaleb(-digits)
    a.end = end
