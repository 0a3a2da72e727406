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

from figures.lexicon.languages import Language, currency_names, fold
from figures.scan.currency import currency_name_after

__all__ = ["currency_after"]

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
    if len(words) == 1 and "-" in words[0][0] and fold(words[0][0]) not in table:
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
