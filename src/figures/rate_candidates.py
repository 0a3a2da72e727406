"""Where a rate statement may begin: the candidates that
:func:`figures.rate_statements.read_statements` reads, in text order.

Three kinds of candidate: an equation ("$1 = 0.8214 pounds"), a per statement ("7.1
yuan per dollar") and a market pair ("EUR/USD 1.0725"), each a branch of one trigger
pattern. A text is searched only with the branches it can match (:func:`trigger_pattern`),
and per statements only near their cues (:func:`next_per`); the laws of
``tests/test_laws_fast_search.py`` check both against the single three-branch pattern.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

__all__ = ["PER_CUE", "Candidates", "next_per", "per_cues", "trigger_pattern"]


# Where a statement may begin: three kinds of candidate. Every branch starts with a
# character class and checks what lies before it only afterwards (a lookbehind after the
# first character), so that most positions of prose fail at their first character; the
# leading lookahead lets the engine skip to the next possible first character.
_EQ_BRANCH: Final = r"""
      (?P<eq>                        # an equation "<amount> = <amount>": its left side,
        (?: \( (?=[A-Za-z]) [A-Za-z.\s]{0,30}       # "(euro =", "(Euro="
          | (?: [A-Z]{1,3} \$ | [$£€¥₹₽₩₺₴₦₱₪₫฿₡₲₵₸₼₾] ) [0-9,.\s]{0,24}   # "$1 =", "US$ ="
          | [0-9] (?<![0-9,.][0-9]) (?<![0-9][eE][0-9]) (?<![0-9][eE][+-][0-9])
            [0-9,.]{0,20} (?:[eE][+-]?[0-9]{1,3})?   # a number from its first digit
            \s? [A-Za-z] [A-Za-z.\s]{0,30}   # (not inside "1E3"), then words: "1 euro ="
          | [A-Z]{3} (?<!\w[A-Z]{3}) \s? [0-9] [0-9,.\s]{0,24}   # "USD 1 ="
        )
        (?P<sign> = ) \s{0,3}        # the sign, and the right side's first characters
        (?= [A-Za-z]{0,3} \.? \s? [$£€¥₹₽₩₺₴₦₱₪₫฿₡₲₵₸₼₾]? \s? \.? [0-9] )
      )
"""
_PER_BRANCH: Final = r"""
      (?P<per>                       # "7.1 yuan per dollar", "83.12 to the dollar"
        (?P<per_num> [0-9] (?<![0-9,./-][0-9]) (?<![0-9][eE][0-9])
          [0-9,.]{0,20} )            # the rate, from its first digit; not the end of
                                     # "148.20/30", "1-1/2" or "1E3"
        (?P<per_name> (?: \s [A-Za-z] [A-Za-z.]{0,24} ){0,4} )   # the quote's name, if any
        \s (?P<per_word> per | to \s the | against \s the ) \s{1,3}
        (?= [A-Za-z0-9] )
      )
"""
_PAIR_BRANCH: Final = r"""
      (?P<pair>                      # "EUR/USD 1.0725", "EUR/USD was at 1.0725"
        [A-Z]{3} (?<!\w[A-Z]{3}) / [A-Z]{3} \b
        (?= [^0-9\n]{0,24} [0-9] )
      )
"""

# What each branch cannot match without: the "=" of an equation, the "per"/"to the"/
# "against the" of a per statement (the branch's own cue), the "/" of a pair. A text
# without one is searched without that branch: the same matches, found faster (most
# news has no "=" at all, and three texts in four no "per" statement's cue).
PER_CUE: Final = re.compile(r"\s(?:per|to\sthe|against\sthe)\s{1,3}(?=[A-Za-z0-9])")
# The cue's words, each found from its literal start (the engine skips to a literal
# fastest), the whitespace before it tested by a look-behind right after: every start
# of PER_CUE, found three times as fast as searching PER_CUE itself from cue to cue.
# "to the" and "against the" share their last word, so one pass over "the" finds both
# (the look-behind says which: the character two before "the" is the "o" of "to").
_PER_WORD: Final = re.compile(r"per(?<=\sper)\s{1,3}(?=[A-Za-z0-9])")
_THE_WORDS: Final = re.compile(r"the(?:(?<=\sto\sthe)|(?<=\sagainst\sthe))\s{1,3}(?=[A-Za-z0-9])")
# A pair's slash between two codes (a literal first: fast).
_PAIR_GATE: Final = re.compile(r"/[A-Z]{3}")


@functools.cache
def trigger_pattern(eq: bool, per: bool, pair: bool) -> re.Pattern[str] | None:
    """The pattern of the candidates a text may hold: only the branches it can match,
    in their fixed order (which decides between two candidates at one position)."""
    branches = [b for b, on in ((_EQ_BRANCH, eq), (_PER_BRANCH, per), (_PAIR_BRANCH, pair)) if on]
    if not branches:
        return None
    lead = r"(?= [(A-Z$£€¥₹₽₩₺₴₦₱₪₫฿₡₲₵₸₼₾0-9] )"
    return re.compile(lead + "(?:" + "    |".join(branches) + ")", re.VERBOSE)


# The per branch alone, without the trigger's leading look-ahead: it starts with one plain
# class ("[0-9]"), so the engine skips through a window to its digits. It matches where
# ``trigger_pattern(False, True, False)`` matches: that look-ahead admits every digit.
_PER_ALONE: Final = re.compile(_PER_BRANCH, re.VERBOSE)

# How far a per statement's first digit may lie before its cue: the number (21
# characters) and four words of a currency's name (4 x 26).
_PER_REACH: Final = 125


def per_cues(text: str) -> list[tuple[int, int]]:
    """The span of every match of ``PER_CUE`` in ``text``, overlapping ones included
    (a match at each position where one starts), in order."""
    cues = [(m.start() - 1, m.end()) for m in _PER_WORD.finditer(text)]
    for m in _THE_WORDS.finditer(text):
        start = m.start()
        cues.append((start - (4 if text[start - 2] == "o" else 9), m.end()))
    cues.sort()
    return cues


def next_per(
    text: str, pos: int, cues: list[tuple[int, int]] | None = None
) -> re.Match[str] | None:
    """The first per statement at ``pos`` or after: what the per branch of the trigger
    finds searching from ``pos``, found by searching only near each cue (``cues``: the
    text's :func:`per_cues`, when known).

    The statement found first ends at a cue, or holds a cue among its words and also
    matches ending there; either way it starts within ``_PER_REACH`` of the first cue
    whose window holds a match, and nothing matches earlier. The match at that start
    is then taken whole, as a search from ``pos`` would take it."""
    per = _PER_ALONE
    if cues is None:
        cues = per_cues(text)
    for i in range(bisect.bisect_left(cues, (pos, -1)), len(cues)):
        start, end = cues[i]
        m = per.search(text, max(pos, start - _PER_REACH), end + 1)
        if m is not None:
            return per.match(text, m.start())
    return None


class Candidates:
    """The trigger's candidates in text order: equations and market pairs from one
    pattern, per statements from :func:`next_per`; at one position an equation comes
    first, then a per statement, then a pair (the trigger's branch order)."""

    __slots__ = ("cues", "other", "other_at", "per_at", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # a pair's gate starts with "/": a text without one is not searched for it
        eq, pair = "=" in text, "/" in text and _PAIR_GATE.search(text) is not None
        self.other = trigger_pattern(eq, False, pair) if eq or pair else None
        self.other_at = None if self.other is None else self.other.search(text)
        self.cues = per_cues(text)
        self.per_at = next_per(text, 0, self.cues) if self.cues else None

    def next(self, pos: int) -> re.Match[str] | None:
        """The first candidate at ``pos`` or after (``pos`` never decreases)."""
        o, p = self.other_at, self.per_at
        if o is not None and o.start() < pos:
            o = self.other_at = self.other.search(self.text, pos) if self.other else None
        if p is not None and p.start() < pos:
            p = self.per_at = next_per(self.text, pos, self.cues)
        if p is None or (o is not None and (o.start(), o.lastgroup != "eq") < (p.start(), True)):
            return o
        return p
