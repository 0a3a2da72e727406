"""unit after: the unit an amount counts in, read after it ("150 tonnes", "10 km/h",
"30C", "5 metric tons"), and the unit a price is per ("$80 a barrel", "$15.4/hour").

The part of the attach stage (:mod:`figures.scan.attach`) that reads units: it asks
:mod:`figures.unit_reader` for symbols and its ambiguity rules, and :mod:`figures.units`
for the unit words; pint's names come from there too.
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import alternation
from figures.model import Kind
from figures.scan.state import Amount, Scanner
from figures.scan.tokens import PER, WORD, words_after
from figures.unit_reader import (
    angle_near,
    clock_or_length,
    degree_sign,
    inch_in,
    inch_mark,
    read_unit,
    regional,
    temperature_letter,
)
from figures.units import DURATION_WORDS, MAX_UNIT_WORDS, UNIT_WORDS, unit_name

_QUANTITY: Final = Kind.QUANTITY
_EN: Final = load_language("en")  # lexicon/lang/en.json

# Unit abbreviations that are written in capitals.
_UPPER_UNITS: Final = frozenset(
    "MW GW KW kW kWh MWh GWh GB TB MB KM KG Hz kHz MHz GHz KHZ MHZ GHZ L".split()
)


PER_INITIALS: Final = frozenset("paePAE")  # "per", "a", "an", "each"


# What PER may find at its start, or after its first blank: a blank, "/" or a word.
PER_STARTS: Final = frozenset(" \t/") | PER_INITIALS
_BLANK: Final = frozenset(" \t")


# "3.2 bln yen a year earlier": when, not how often (en.json "time_adverbs_after").
_TIME_ADVERB_AFTER: Final = re.compile(
    r"[ \t,]{0,3}(?:" + alternation(_EN["time_adverbs_after"]) + r")\b", re.IGNORECASE
)


def _unit_first_words() -> frozenset[str]:
    return frozenset(w.split(" ")[0] for w in (*UNIT_WORDS, *DURATION_WORDS))


UNIT_FIRST_WORDS: Final = _unit_first_words()


# The first words of the unit phrases of more than one word ("metric tons"): after
# another word, unit_after() reads that word alone.
_MULTI_WORD_FIRSTS: Final = frozenset(w.split(" ")[0] for w in UNIT_WORDS if " " in w)


def unit_name_at(sc: Scanner, pint_name: str, end: int) -> str:
    """pint's name for a unit ending at ``end``, with a "per day" that follows."""
    sc.per_end = end
    text = sc.text
    c = text[end : end + 1]
    if c in _BLANK:
        c = text[end + 1 : end + 2]
    if c not in PER_STARTS:
        return unit_name(pint_name)  # (PER needs one of them first, after a blank)
    m = PER.match(text, end)
    if m is not None:
        w = WORD.match(sc.text, m.end())
        if w is not None and w.group(0).lower().rstrip(".") in DURATION_WORDS:
            sc.per_end = m.end() + len(w.group(0).rstrip("."))
            return unit_name(pint_name, DURATION_WORDS[w.group(0).lower().rstrip(".")])
    return unit_name(pint_name)


def unit_after(sc: Scanner, a: Amount, q: int) -> None:
    """Read the unit at ``q`` into ``a``: a degree sign and scale ("30 °C"), a symbol
    (:func:`symbol_unit`), or unit words, the longest phrase first ("5 metric tons");
    a duration word alone marks the amount a duration."""
    text = sc.text
    if q < sc.n and text[q] == "°" and q + 1 < sc.n and text[q + 1] in "CF":
        name = "degree_Celsius" if text[q + 1] == "C" else "degree_Fahrenheit"
        a.kind, a.unit, a.end = _QUANTITY, unit_name_at(sc, name, q + 2), sc.per_end
        return
    if symbol_unit(sc, a, q):
        return
    first = WORD.match(text, q)
    if first is not None:
        unit_words(sc, a, q, first.group(0))


def unit_words(sc: Scanner, a: Amount, q: int, written: str) -> None:
    """The unit words at ``q``, whose first word WORD reads as ``written``: the
    longest phrase first ("5 metric tons"); a duration word alone marks the amount a
    duration."""
    low = written.lower()
    if low not in UNIT_FIRST_WORDS and low.rstrip(".") not in UNIT_FIRST_WORDS:
        return
    if low in _MULTI_WORD_FIRSTS:
        words = words_after(sc.text, q, MAX_UNIT_WORDS)
        for k in range(len(words), 1, -1):
            phrase = " ".join(w for w, _ in words[:k]).lower()
            if _unit_phrase(sc, a, q, phrase, words[k - 1][1], False):
                return
    _unit_phrase(sc, a, q, low, q + len(written), True)  # "tonnes", "years": one word


def _unit_phrase(sc: Scanner, a: Amount, q: int, phrase: str, end: int, alone: bool) -> bool:
    """Read the unit words ``phrase`` (lower case), ``[q, end)`` in the text, into ``a``
    when they are a unit, or mark a duration word ``alone`` ("years"). True when that
    settles the unit (a word that is no unit here, "in" the preposition, too)."""
    if phrase.endswith(".") and phrase not in UNIT_WORDS:
        phrase, end = phrase[:-1], end - 1
    if phrase in UNIT_WORDS:
        written = sc.text[q:end]
        if len(phrase) <= 3 and written != phrase and written not in _UPPER_UNITS:
            return False  # "5G" is a network, "10 M" is not a unit
        if word_is_unit(sc, a, phrase, end):
            a.kind = _QUANTITY
            a.unit = unit_name_at(sc, regional(phrase, UNIT_WORDS[phrase], sc.locale), end)
            a.end = sc.per_end
        return True
    if alone and phrase in DURATION_WORDS:
        a.note = "duration"
        return True
    return False


def symbol_unit(sc: Scanner, a: Amount, q: int) -> bool:
    """A unit in symbols at ``q`` ("MWh", "km/s2", "kg/cm³", "20 (kg)") or a weather
    "C": read into ``a``; True when one was."""
    text = sc.text
    if "\n" in text[a.end : q] or text.startswith("m ln", q):
        return False  # a symbol on the next line ("99\n TW"), or "m ln": a split "mln"
    # each reader after the first answers only for its own first character
    c = text[q : q + 1]
    got = read_unit(text, q)
    if got is None and c in "KCF":
        got = temperature_letter(text, a.start, q)  # "300 K", "30 C"
    if got is None and c == '"':
        got = inch_mark(text, a.start, q)
    if got is None and c in " \tap":
        got = clock_or_length(text, text[a.num_start : a.num_end], q)  # "2.1 pm"
    if got is None and c == "°":
        got = degree_sign(text, a.start, q)
    if got is None:
        return False
    end, unit = got
    if unit == "meter" and end == q + 1 and a.currency is not None:
        return False  # "$5 m": a million, read as a scale
    a.kind, a.unit = _QUANTITY, unit
    if "/" not in unit and unit != "inch":  # "cubic feet per day"
        a.unit = unit_name_at(sc, unit, end)
        end = sc.per_end
    a.end = end
    return True


def word_is_unit(sc: Scanner, a: Amount, phrase: str, end: int) -> bool:
    """The unit words that mean something else in places: "in" (the preposition) and
    "degrees" (no scale said, when the weather is the subject)."""
    if phrase == "in":
        return inch_in(sc.text, end)
    if phrase in ("degree", "degrees"):
        return angle_near(sc.text, a.start, end)
    return True


def per_unit(sc: Scanner, a: Amount) -> None:
    """'$350 per kg', '$80 a barrel', '$15.4/hour': a price per unit of something."""
    text = sc.text
    m = PER.match(text, a.end)
    if m is None or m.end() == a.end:
        return
    w = WORD.match(text, m.end())
    if w is None:
        return
    word = w.group(0).lower().rstrip(".")
    name = UNIT_WORDS.get(word) or DURATION_WORDS.get(word)
    if name is None or word == "in" or (len(word) <= 3 and w.group(0).rstrip(".") != word):
        return
    if (
        word in DURATION_WORDS
        and m.group(0).strip().lower() in ("a", "an")
        and _TIME_ADVERB_AFTER.match(text, w.end())
    ):
        return  # "3.2 bln yen a year earlier": when, not how often
    a.unit = unit_name(f"1 / ({name})")
    a.end = w.end() - (1 if w.group(0).endswith(".") else 0)  # not the full stop
