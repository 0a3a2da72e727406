"""Currency names in German, French, Spanish, Italian, Portuguese and Dutch.

:func:`currency_after` reads a currency name of the scan's language at an offset: CLDR's
names in every plural form ("Schweizer Franken", "dólares estadounidenses") and the
news words of the language file ("Dollar", "Pfund Sterling"), after an optional joiner
("millions d'euros", "millones de dólares"), and symbols after a joiner ("75 millions
de $", with French copy's "$ CAD", "$ US"). Words that only look like a currency
("zone euro", "el peso de") are refused.
"""

from __future__ import annotations

import re
from decimal import Decimal

from figures.lexicon import currency_codes
from figures.lexicon.languages import Language, currency_names, fold
from figures.scan.currency import currency_name_after

__all__ = ["code_then_scale", "currency_after", "dollar_after", "dollar_before"]

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{1,3}")
_MAX_NAME_WORDS = 4


def currency_after(
    lang: Language, text: str, q: int, *, joined: bool = False
) -> tuple[int, str, int, bool] | None:
    """A currency name of ``lang`` starting at ``q``: (end, code, minor digits, assumed).

    With ``joined`` a joiner may come first ("millions d'euros", "millones de dólares").
    """
    table = currency_names(lang.code)
    words: list[tuple[str, int]] = []
    p = q
    if joined:
        m = _TOKEN.match(text, p)
        if m is None:
            return None
        w = fold(m.group(0))
        for j in lang.scale_joiners:
            if w == j or (j.endswith("'") and w.startswith(j)):
                p = m.start() + len(j) if j.endswith("'") else m.end()
                break
        else:
            return None
        s = _SPACES.match(text, p)
        if s is not None:
            p = s.end()
        if p < len(text) and not text[p].isalpha():
            return _symbol_after(text, p)  # "75 millions de $", "2 millions de €"
    while len(words) < _MAX_NAME_WORDS:
        m = _TOKEN.match(text, p)
        if m is None:
            break
        word = m.group(0).rstrip(".")
        words.append((word, m.start() + len(word)))
        s = _SPACES.match(text, m.start() + len(word))
        if s is None:
            break
        p = s.end()
    if words and "-" in words[0][0] and fold(words[0][0]) not in table:
        head = words[0][0].split("-")[0]  # "Euro-Projekt": the currency heads a compound
        words = [(head, q + len(head))]
    for k in range(len(words), 0, -1):
        end = words[k - 1][1]
        phrase = fold(" ".join(w for w, _ in words[:k]))
        got = table.get(phrase)
        if got is None:
            continue
        tail = fold(text[q : min(len(text), end + 12)])
        if any(tail.startswith(f) or f in tail[: len(f) + 2] for f in lang.not_currency):
            return None  # "zone euro", "el peso de": a word that only looks like one
        assumed = words[0][0].lower() in lang.assumed_words or phrase in lang.assumed_words
        return end, got[0], got[1], assumed
    return None


# What French copy puts after "$" to say which dollar: "$ CAD", "$ c", "$ HK", "$ US".
_DOLLAR_TAIL = re.compile(r"[ \u00a0]?(c|can|ca|hk|us|usd|cad|hkd|aud|a|au|nz|nzd)\b", re.I)
_DOLLARS = {"c": "CAD", "can": "CAD", "ca": "CAD", "hk": "HKD", "us": "USD", "a": "AUD"}
_DOLLARS.update({"au": "AUD", "nz": "NZD"})


def _symbol_after(text: str, p: int) -> tuple[int, str, int, bool] | None:
    got = currency_name_after(text, p)
    if got is None or got[3]:
        return None
    end, code, minor, _, assumed = got
    if text[p:end] == "$":
        m = _DOLLAR_TAIL.match(text, end)
        if m is not None:
            tail = m.group(1).lower()
            return m.end(), _DOLLARS.get(tail, tail.upper()), 0, False
    return end, code, minor, assumed


# The languages whose copy says which dollar after the sign ("1,34 $ c", "5 $ US").
_DOLLAR_TAIL_LANGUAGES = frozenset({"fr"})


def dollar_after(lang: Language, text: str, q: int) -> tuple[int, str, int, bool] | None:
    """'$ c', '$ US', '$ CAD' at ``q`` after an amount, in French copy: the dollar named
    by what follows the sign (end, code, minor digits, assumed), else None. The one-
    letter "a" (a verb: "5 $ a été versé") and "c'" ("5 $ c'est") name no dollar."""
    if lang.code not in _DOLLAR_TAIL_LANGUAGES or text[q : q + 1] != "$":
        return None
    m = _DOLLAR_TAIL.match(text, q + 1)
    if m is None or m.group(1).lower() == "a" or text[m.end() : m.end() + 1] in ("'", "’"):
        return None
    tail = m.group(1).lower()
    return m.end(), _DOLLARS.get(tail, tail.upper()), 0, False


# "U$D 90 millones", "U$S 1.500": Latin American copy's signs for the US dollar.
_U_DOLLAR_BEFORE = re.compile(r"(?<![\w$])(U\$[DS])[ \t\u00a0]?\Z")


def dollar_before(text: str, lo: int, start: int) -> int | None:
    """Where a "U$D"/"U$S" sign right before ``start`` starts (searched from ``lo``)."""
    m = _U_DOLLAR_BEFORE.search(text, lo, start)
    return None if m is None else m.start(1)


_CODE_THEN_WORD = re.compile(r"([A-Z]{3})[ \t\u00a0]{1,3}(?=[^\W\d_])")


def code_then_scale(lang: Language, text: str, q: int) -> tuple[int, str, Decimal] | None:
    """'75 USD millones': an ISO code, then a scale word spelled out (end, code, scale),
    or None. Abbreviated scales ("USD m") are left alone: the code may end a sentence."""
    m = _CODE_THEN_WORD.match(text, q)
    if m is None or m.group(1) not in currency_codes():
        return None
    w = lang.scale_re.match(text, m.end())
    if w is None:
        return None
    word = fold(w.group(1))
    end = w.end()
    if word in lang.glued_scales or not word.isalpha() or text[end : end + 1].isalnum():
        return None
    if lang.scales[word] < 1_000_000:  # "5 EUR mil veces": a thousand times
        return None
    return end, m.group(1), lang.scales[word]
