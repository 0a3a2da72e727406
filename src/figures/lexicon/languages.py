"""The words of each language, loaded from ``lexicon/lang/<code>.json``.

One data file per language holds what a reader of that language's financial press
knows: scale words and abbreviations (with the long-scale trap: German "Billion",
French "billion", Spanish "billón" are 10^12), number words, fractions, percent words
and points, qualifiers, range words, vague amounts, months and weekdays, ordinal and
identifier words, currency news-words that CLDR lacks and false friends that are not
currencies. :func:`language` reads a file once (``functools.cache``) and compiles what
the scanner needs from it (patterns, derived sets); nothing derived is kept by hand.

A scale word maps to a power of ten (an int) or to a literal multiplier (a string,
"12" for "dozen"). ``scales_by_locale`` overrides scales for a region: Portuguese
"bilhão" is 10^9 in Brazil (babel's "pt") and 10^12 in Portugal ("pt_PT").

>>> language("de").scales["milliarden"], language("de").scales["billionen"]
(Decimal('1000000000'), Decimal('1000000000000'))
>>> language("pt").scales["bilhões"], language("pt", "PT").scales["bilhões"]
(Decimal('1000000000'), Decimal('1000000000000'))
>>> language("fr").percent["points de base"]
'bp'
>>> supported_languages()
('de', 'en', 'es', 'fr', 'it', 'nl', 'pt')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from figures.lexicon.lang_files import load, supported_languages
from figures.lexicon.word_patterns import alternation

__all__ = ["Language", "currency_names", "for_locale", "language", "load", "supported_languages"]


def _multiplier(value: int | str) -> Decimal:
    return Decimal(10) ** value if isinstance(value, int) else Decimal(value)


def fold(word: str) -> str:
    """Lower case with the typographic apostrophe made plain: the key of every table."""
    return word.lower().replace("’", "'")


def strip_accents(word: str) -> str:
    """``word`` without combining accents ("dólares" -> "dolares")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _alternation(words: list[str]) -> str:
    """Longest first, spaces as any run of blanks, a word boundary after a letter."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"[ \t\u00a0]+").replace("'", "['’]")
        parts.append(body + (r"(?![^\W_])" if w[-1:].isalnum() else ""))
    return "|".join(parts)


def _spelled_scale(word: str, glued: frozenset[str]) -> bool:
    """A scale word a spelled-out number may hold ("Millionen", "mil"), not an
    abbreviation ("Mio.", "mds")."""
    return word.isalpha() and word not in glued and (len(word) > 3 or word == "mil")


@dataclass(frozen=True, slots=True, eq=False)
class Language:
    """One language's words and the patterns compiled from them (hashed by identity:
    :func:`language` makes one object per language and region)."""

    code: str
    scales: Mapping[str, Decimal]
    glued_scales: frozenset[str]
    scale_joiners: tuple[str, ...]
    percent: Mapping[str, str]
    qualifiers: Mapping[str, str]
    number_words: Mapping[str, Decimal]
    hundreds: frozenset[str]
    joiners: frozenset[str]
    compound: bool
    ones: frozenset[str]
    fractions: Mapping[str, int]
    half_words: frozenset[str]
    vague: Mapping[str, Decimal]
    vague_prefixes: frozenset[str]
    vague_of: tuple[str, ...]
    months: Mapping[str, int]
    weekdays: frozenset[str]
    day_dot: bool
    ordinal_nouns: frozenset[str]
    glued_ordinals: tuple[str, ...]
    id_words: frozenset[str]
    time_after: frozenset[str]
    decimal_words: frozenset[str]
    level_words: frozenset[str]
    change_verbs: tuple[str, ...]
    ambiguous_words: frozenset[str]
    clock_words: frozenset[str]
    joiner_adds_fraction: bool
    over_words: frozenset[str]
    over_is_share: bool
    fraction_suffixes: tuple[str, ...]
    range_between: frozenset[str]
    range_from: frozenset[str]
    range_and: frozenset[str]
    range_to: frozenset[str]
    range_to_needs_from: bool
    range_articles: frozenset[str]
    currency_words: Mapping[str, str]
    assumed_words: frozenset[str]
    not_currency: tuple[str, ...]
    scale_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    percent_before_re: re.Pattern[str]
    minus_before_re: re.Pattern[str]
    time_before_re: re.Pattern[str]
    word_re: re.Pattern[str]


def _fold_map(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for word, value in dict(data.get(key, {})).items():
        out[fold(word)] = value
        out.setdefault(strip_accents(fold(word)), value)
    return out


def _folded(data: Mapping[str, Any], key: str) -> frozenset[str]:
    words = [fold(w) for w in data.get(key, [])]
    return frozenset(words) | frozenset(strip_accents(w) for w in words)


@functools.cache
def language(code: str, region: str | None = None) -> Language:
    """The compiled words of language ``code`` (a file under ``lexicon/lang``), with
    the scale overrides of ``region`` ("PT" for pt_PT). Cached per (code, region)."""
    data = load(code)
    scales = {k: _multiplier(v) for k, v in _fold_map(data, "scales").items()}
    if region is not None:
        over = dict(data.get("scales_by_locale", {})).get(f"{code}_{region}", {})
        scales.update({fold(k): _multiplier(v) for k, v in over.items()})
    percent = _fold_map(data, "percent")
    qualifiers: dict[str, str] = {}
    for how, words in dict(data.get("qualifiers", {})).items():
        for w in words:
            qualifiers[fold(w)] = how
    numbers = {k: Decimal(v) for k, v in _fold_map(data, "number_words").items()}
    fractions = _fold_map(data, "fractions")
    vague = {k: Decimal(v) for k, v in _fold_map(data, "vague").items()}
    hundreds = _folded(data, "hundreds")
    glued = _folded(data, "glued_scales")
    spelled = [w for w in scales if _spelled_scale(w, glued)]
    return Language(
        code=code,
        scales=MappingProxyType(scales),
        glued_scales=glued,
        percent=MappingProxyType(percent),
        qualifiers=MappingProxyType(qualifiers),
        number_words=MappingProxyType(numbers),
        hundreds=hundreds,
        fractions=MappingProxyType(fractions),
        vague=MappingProxyType(vague),
        months=MappingProxyType(_fold_map(data, "months")),
        currency_words=MappingProxyType(_fold_map(data, "currency_words")),
        **_plain_fields(data),
        glued_ordinals=tuple(sorted(data.get("glued_ordinals", []), key=len, reverse=True)),
        fraction_suffixes=tuple(
            sorted({fold(x) for x in data.get("fraction_suffixes", [])}, key=len, reverse=True)
        ),
        scale_re=re.compile(r"(?i)(" + _alternation(list(scales)) + ")"),
        percent_re=re.compile(r"(?i)(" + _alternation(list(percent)) + ")"),
        qualifier_re=_before(list(qualifiers), r"[ \t\u00a0]*\Z"),
        word_re=_word_pattern(data, [*numbers, *hundreds, *spelled, *fractions, *vague]),
        minus_before_re=_before([fold(w) for w in data.get("minus_words", [])]),
        time_before_re=_before([fold(w) for w in data.get("time_before", [])]),
        percent_before_re=_before([fold(w) for w in data.get("percent_before", [])]),
    )


#: Language fields that are sets of words, and their keys in the data file.
_WORD_SETS = {
    "joiners": "number_joiners",
    "ones": "ones",
    "half_words": "half_words",
    "vague_prefixes": "vague_prefixes",
    "weekdays": "weekdays",
    "ordinal_nouns": "ordinal_nouns",
    "id_words": "id_words",
    "time_after": "time_after",
    "decimal_words": "decimal_words",
    "ambiguous_words": "ambiguous_words",
    "clock_words": "clock_words",
    "over_words": "over_words",
    "range_between": "range_between",
    "range_from": "range_from",
    "range_and": "range_and",
    "range_to": "range_to",
    "range_articles": "range_articles",
    "assumed_words": "assumed_words",
    "level_words": "level_words",
}
_FLAGS = (
    "compound",
    "day_dot",
    "joiner_adds_fraction",
    "range_to_needs_from",
    "over_is_share",
)
_ORDERED = ("scale_joiners", "vague_of", "not_currency", "change_verbs")


def _plain_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields read straight from the file: word sets, flags and ordered lists."""
    out: dict[str, Any] = {field: _folded(data, key) for field, key in _WORD_SETS.items()}
    out.update({field: bool(data.get(field)) for field in _FLAGS})
    out.update({field: tuple(fold(w) for w in data.get(field, [])) for field in _ORDERED})
    return out


def _before(words: list[str], tail: str = r"[ \t\u00a0]+\Z") -> re.Pattern[str]:
    """One of ``words`` as a whole word ending right before the end of the searched text."""
    return re.compile(r"(?i)(?:^|(?<=[^\w'’]))(" + (_alternation(words) or "(?!)") + ")" + tail)


def _word_pattern(data: Mapping[str, Any], pieces: list[str]) -> re.Pattern[str]:
    """Where a spelled-out number may start: a whole number word, or (where the language
    writes numbers together, "zweihundertdrei") a word that starts with one."""
    if not data.get("compound"):
        return re.compile(r"(?i)(?<!\w)(?:" + _alternation(pieces) + r")")
    return re.compile(
        r"(?i)(?<!\w)(?:" + alternation(list(set(pieces))) + r")[^\W\d_]*(?:-[^\W\d_]+)*"
    )


@functools.cache
def currency_names(code: str) -> Mapping[str, tuple[str, int]]:
    """Currency names of language ``code`` -> (ISO code, minor digits): CLDR's display
    names in every plural form (through babel), then the file's ``currency_words``
    (news words CLDR lacks, "EUR/2" for a minor unit such as "Cent"). Lower case, with
    and without accents.

    >>> currency_names("de")["schweizer franken"], currency_names("es")["dolares"]
    (('CHF', 0), ('USD', 0))
    """
    from babel import Locale
    from babel.numbers import get_currency_name

    out: dict[str, tuple[str, int]] = {}
    loc = Locale.parse(code)
    for iso in map(str, loc.currencies):
        if len(iso) != 3 or not iso.isupper():
            continue
        for count in (1, 2, 5, 1000000):
            name = fold(str(get_currency_name(iso, count=count, locale=loc)))
            if name != fold(iso):
                out.setdefault(name, (iso, 0))
                out.setdefault(strip_accents(name), (iso, 0))
    for word, spec in language(code).currency_words.items():
        iso, _, minor = spec.partition("/")
        out[word] = (iso, int(minor or 0))
    return MappingProxyType(out)


def for_locale(locale: str) -> Language | None:
    """The words of ``locale``'s language ("de_CH" -> German, "pt_PT" -> Portuguese
    with Portugal's long scale), or None for English and for languages without a file:
    the English scanner then reads the text as it always has.

    >>> for_locale("de_CH").code, for_locale("en_GB"), for_locale("ja")
    ('de', None, None)
    """
    return _for_locale(locale) if isinstance(locale, str) else None


@functools.cache
def _for_locale(locale: str) -> Language | None:
    lang, _, rest = locale.replace("-", "_").partition("_")
    lang = lang.lower()
    if lang == "en" or lang not in supported_languages():
        return None
    region = rest.split("_")[-1].upper() if rest else None
    return language(lang, region)
