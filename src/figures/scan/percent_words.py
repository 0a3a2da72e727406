"""percent words: a percent sign or word after a numeral ("5%", "3.5 pct", "2 per
cent", "25 basis points", "1.5 percentage points").

The part of the attach stage (:mod:`figures.scan.attach`) that reads percents; the words
and what each means come from ``lexicon/lang/en.json``.
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.model import Kind
from figures.scan.state import Amount

_PERCENT: Final = Kind.PERCENT  # (a module constant: no enum look-up on the hot path)
_EN: Final = load_language("en")  # lexicon/lang/en.json

# The English percent words and what each means ("percent", "point" or "bp"), from
# ``lexicon/lang/en.json``. In a phrase the words may be joined by a space, a line
# break or a hyphen ("percentage-point", "per\ncent").
PERCENT_MEANINGS: Final[dict[str, str]] = dict(_EN["percent"])


PERCENT_AFTER: Final = re.compile(
    "("
    + "|".join(
        r"[\s-]".join(re.escape(w) for w in phrase.split())
        + (r"\b" if phrase[-1].isalnum() else "")
        for phrase in sorted(PERCENT_MEANINGS, key=len, reverse=True)
    )
    + ")",
    re.IGNORECASE,
)


# The percent words written as listed ("pct", "percent"): read without rewriting.
_PERCENT_AS_WRITTEN: Final = {
    w: v for w, v in PERCENT_MEANINGS.items() if " ".join(w.replace("-", " ").split()) == w
}


# The percent words of one word ("pct", "bps"): after a space, the pattern reads them
# alone, whatever follows but a letter or digit.
PERCENT_ALONE: Final = {w: v for w, v in _PERCENT_AS_WRITTEN.items() if w.isalpha()}


# First characters of the percent words: a cheap test before the pattern.
PERCENT_INITIALS: Final = frozenset(
    c for w in PERCENT_MEANINGS for c in (w[0].lower(), w[0].upper())
)


# A URL escape ("%25", "%20") inside a token: web text, not a percent sign.
URL_ESCAPE: Final = re.compile(r"%[0-9A-Fa-f]{2}(?=[^\s.,;:!?)\]'\"])")


def percent_after(a: Amount, text: str, q: int) -> bool:
    """A percent sign or word at ``q`` ("%", "per cent", "basis points", "pp"): make
    ``a`` a percent. True when read."""
    m = PERCENT_AFTER.match(text, q) if text[q] in PERCENT_INITIALS else None
    if m is None:
        return False
    if text[q] == "%" and URL_ESCAPE.match(text, q):
        a.note = "glued:url"  # "?q=30%25%2020": a URL-encoded string, no percent
        return True
    written = m.group(1)
    meaning = _PERCENT_AS_WRITTEN.get(written) or PERCENT_MEANINGS.get(
        " ".join(written.lower().replace("-", " ").split())
    )
    if meaning is None:
        return False  # "5 bpſ": a long s the pattern's case folding lets through
    percent_is(a, meaning, m.end())
    return True


def percent_is(a: Amount, meaning: str, end: int) -> None:
    """Make ``a`` a percent of ``meaning`` ("percent", "point" or "bp") ending at
    ``end``."""
    a.kind = _PERCENT
    a.end = end
    if meaning == "bp":
        a.value = a.value.scaleb(-2)
        if a.precision is not None:
            a.precision = a.precision.scaleb(-2)
        a.unit, a.note = "percent", "basis points"
    elif meaning == "point":
        a.unit = "percentage point"
    else:
        a.unit = "percent"
