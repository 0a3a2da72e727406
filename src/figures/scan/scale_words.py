"""scale words: the scale after a numeral ("3bn", "5 million", "$5m", "1.5 lakh
crore", "3 million and a half").

The part of the attach stage (:mod:`figures.scan.attach`) that reads scales; the words
come from ``lexicon/lang/en.json``.
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.numbers import FRACTION_WORDS, SCALES, ratio
from figures.scan.currency import currency_name_after
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import HSPACE
from figures.unit_reader import kelvin_letter, m_is_million

# A scale word after a numeral, glued or not: every scale of ``lexicon/lang/en.json``
# but "tr" (never read after a numeral), and the plural of the "-illion" words when no
# "of" follows ("$4.35 billions", never "billions of").
SCALE_AFTER: Final = re.compile(
    "((?:"
    + "|".join(w[:-1] for w in SCALES if w.endswith("illion"))
    + r")ns(?![ \t]{1,3}of\b)|"
    + alternation([w for w in SCALES if w != "tr"])
    + r")(?![^\W_])",
    re.IGNORECASE,
)


# First characters of what the scale pattern can match: a cheap test before it.
SCALE_INITIALS: Final = frozenset(c for w in SCALES for c in (w[0].lower(), w[0].upper()))


_AND_FRACTION: Final = re.compile(
    r"[ \t]{1,3}and[ \t]{1,3}(an?|one|two|three)[ \t]{1,3}(half|quarters?|thirds?)\b", re.I
)


_EN: Final = load_language("en")  # lexicon/lang/en.json


# A second scale after the first: "1.5 lakh crore" (en.json "scales_after_scale").
_SECOND_SCALE: Final = re.compile(
    r"[ \t]{1,3}(" + alternation(_EN["scales_after_scale"]) + r")\b(?!\s*(?:of|and)\b)",
    re.IGNORECASE,
)


# What the character after the first space or tab may be for _AND_FRACTION ("and") or
# _SECOND_SCALE to match: a cheap test before each.
_BLANK: Final = frozenset(" \t")
_AND_SECOND: Final = frozenset(" \taA")
_SECOND_SCALE_SECOND: Final = frozenset(
    " \t" + "".join(w[0].lower() + w[0].upper() for w in _EN["scales_after_scale"])
)


def _scale_ok(sc: Scanner, a: Amount, word: str, p: int, q: int, m: re.Match[str]) -> bool:
    """Whether a short scale letter ("m", "k", "b", "t", "mm", "cr", "mil") at ``q``
    scales the amount: only glued, or spaced after a currency."""
    text = sc.text
    glued = q == p
    # "mm" is millions only in money ("$1MM"), millimetres otherwise
    ok = (glued or a.currency is not None) and not (word == "mm" and a.currency is None)
    if word == "m" and a.currency is None:
        # "100m" alone: metres unless money follows ("100m euros") or things counted
        # ("1.2m shares", "2.5m people")
        after = HSPACE.match(text, m.end())
        assert after is not None
        ok = currency_name_after(text, after.end()) is not None or (
            glued and text[q] == "m" and m_is_million(text, after.end())
        )
    if word in ("b", "t") and a.currency is None and a.integer_text:
        ok = False  # "5b", "5t": a grade or tonnes; "1.2b" is a billion
    if word == "k" and a.currency is None and kelvin_letter(text, a.start, q):
        return False  # "(572 °F, 573.15K)": a kelvin
    if word == "k" and text[q] == "K" and a.currency is None and a.word is False:
        # "4K", "8K": screen resolutions, not thousands
        ok = ok and (a.num_end - a.num_start > 1 or a.value not in (4, 5, 8))
    return ok


# A scale word between dashes: "a 26-billion-euro lifeline".
# (en.json "big_scales")
DASHED_SCALE: Final = re.compile(
    r"-(?=(?:" + alternation(_EN["big_scales"]) + r")-[^\W\d_])", re.IGNORECASE
)


def scale_after(sc: Scanner, a: Amount, p: int, q: int) -> int:
    """Apply a scale word at ``q`` (glued when ``q == p``): "3bn", "5 million", "1.5
    lakh crore", "3 million and a half". Returns where the amount now ends."""
    text = sc.text
    m = SCALE_AFTER.match(text, q) if text[q : q + 1] in SCALE_INITIALS else None
    if m is None:
        return p
    word = m.group(1).lower()
    if (word if word in SCALES else word.rstrip("s")) not in SCALES:
        return p  # "thouſand": a long s the pattern's case folding lets through
    if word in ("m", "k", "b", "t", "mm", "cr", "mil") and not _scale_ok(sc, a, word, p, q, m):
        return p
    return scaled(sc, a, word, m.end())


# The scale words the scale pattern reads by themselves after a space: no check
# (_scale_ok), no look-ahead ("billions of").
PLAIN_SCALES: Final = frozenset(
    w for w in SCALES if w != "tr" and w not in ("m", "k", "b", "t", "mm", "cr", "mil")
)


def scaled(sc: Scanner, a: Amount, word: str, p: int) -> int:
    """Apply the scale ``word`` (lower case), read up to ``p``, and what may follow it:
    "1.5 lakh crore", "3 million and a half". Returns where the amount now ends."""
    text, n = sc.text, sc.n
    scale = SCALES[word if word in SCALES else word.rstrip("s")]
    a.scale_by(scale)
    a.end = p
    # "1,2 Mrd. Euro": an abbreviated scale's full stop before a currency
    if (
        p + 2 < n
        and text[p] == "."
        and text[p + 1] == " "
        and currency_name_after(text, p + 2) is not None
    ):
        p += 1
    # (both look-ups below need a space or tab at p: most amounts end in another)
    spaced, nxt = text[p : p + 1] in _BLANK, text[p + 1 : p + 2]
    # "3 million and a half": a fraction of the scale
    fm = None
    if spaced and nxt in _AND_SECOND and word not in ("k", "m", "b", "t"):
        fm = _AND_FRACTION.match(text, p)
    if fm is not None and fm.group(2).lower() not in FRACTION_WORDS:
        fm = None  # "a thİrd": a dotted capital I the pattern's case folding lets through
    if fm is not None:
        num = 1 if fm.group(1).lower() in ("a", "an", "one") else 0
        num = num or {"two": 2, "three": 3}[fm.group(1).lower()]
        a.value += ratio(num, FRACTION_WORDS[fm.group(2).lower()]) * scale
        a.precision = None
        a.end = p = fm.end()
        spaced, nxt = text[p : p + 1] in _BLANK, text[p + 1 : p + 2]
    # a compound scale: "1.5 lakh crore", "2 thousand crore"
    m2 = _SECOND_SCALE.match(text, p) if spaced and nxt in _SECOND_SCALE_SECOND else None
    if m2 is not None and m2.group(1).lower() in SCALES:  # (not "bİllion": case folding)
        a.scale_by(SCALES[m2.group(1).lower()])
        a.end = p = m2.end()
    return p
