"""glued letters: what letters glued to the digits make of an amount, when they are
no scale ("3bn" is read by :mod:`figures.scan.scale_words`): an ordinal, a decade or an
identifier ("1st", "1990s", "4th"), a multiple ("2.5x"), a temperature ("40C"), pence
("20p").

The part of the attach stage (:mod:`figures.scan.attach`) that reads them.
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind
from figures.scan.multiples import TIMES
from figures.scan.state import Amount, Scanner
from figures.units import unit_name

# An enum member read through its class costs about 0.1 µs (the enum type's attribute
# look-up): module constants instead.
_MONEY, _NUMBER, _QUANTITY = Kind.MONEY, Kind.NUMBER, Kind.QUANTITY
_EN: Final = load_language("en")  # lexicon/lang/en.json


# An ordinal's or a plural's letters glued to the digits: "1st", "4th", "1990s".
_GLUED_SUFFIX: Final = re.compile(r"(st|nd|rd|th|s)\b", re.IGNORECASE)


# Words that make a glued "40C" a temperature: "the temperature hit 40C".
# (en.json "weather_words")
_WEATHER_BEFORE: Final = re.compile(
    r"\b(?:" + alternation(_EN["weather_words"]) + r")\b", re.IGNORECASE
)


def glued_letters(sc: Scanner, a: Amount, p: int) -> bool:
    """Letters glued to the digits that are no scale: an ordinal, decade or identifier
    (noted "glued:..." for the rejects), or a temperature ("40C"). True when read."""
    text, n = sc.text, sc.n
    if not (p == a.num_end and p < n and text[p].isalpha()):
        return False
    g = _GLUED_SUFFIX.match(text, p)
    if g is not None:
        a.note = "glued:" + g.group(1).lower()
        return True
    if (
        (text[p] == "x" or (text[p] == "X" and not a.integer_text))  # "CADDS 4X": a name
        and (p + 1 >= n or not (text[p + 1].isalnum() or text[p + 1] in "-/"))
        and a.kind is _NUMBER
        and not (a.num_start > 0 and text[a.num_start - 1] in "xX/")
    ):
        # "rose 2.5x", "trades at 12.5x earnings": a multiple (not "4x4", "8x")
        a.unit, a.end = TIMES, p + 1
        return True
    if (
        text[p] in "CF"
        and (p + 1 >= n or not text[p + 1].isalnum())
        and a.num_end - a.num_start <= 5
        and a.kind is _NUMBER
        and _WEATHER_BEFORE.search(text, max(0, a.start - 60), a.start) is not None
    ):
        # "40C", "-10C", "104F": a temperature as British copy writes it
        name = "degree_Celsius" if text[p] == "C" else "degree_Fahrenheit"
        a.kind, a.unit, a.end = _QUANTITY, unit_name(name), p + 1
        return True
    return False


def glued_pence(sc: Scanner, a: Amount, p: int) -> bool:
    """ "20p": pence, only glued and followed by a non-letter. True when read."""
    text, n = sc.text, sc.n
    if (
        p < n
        and text[p] == "p"
        and a.kind is _NUMBER
        and a.num_end == p
        and (p + 1 >= n or not text[p + 1].isalnum())
    ):
        a.value = a.value.scaleb(-2)
        if a.precision is not None:
            a.precision = a.precision.scaleb(-2)
        a.kind, a.currency, a.note, a.end = _MONEY, "GBP", "minor unit", p + 1
        return True
    return False
