"""Whether a rate read from prose is today's rate, or some other level of a currency.

A footnote states the rate the writer converted with. A level in prose may be anything
else: a hypothetical ("if the yen spikes to around 77 to the dollar"), a forecast ("seen
at 1.20 by year-end"), a past level ("its 2011 high of 75.35 yen"), or not a rate at all
("shares tumbled as low as 3,900 yen"). :func:`not_today` names which, from the words of
the clause around the statement, so that such statements never become rates.

Every pattern is bounded and runs over a window of at most a few hundred characters, so
the cost per statement is fixed.

>>> text = "Analysts said if the yen spikes to around 77 to the dollar, exporters suffer."
>>> not_today(text, text.index("77"), text.index(","))
'hypothetical'
>>> text = "The dollar rose to 79.39 yen on Tuesday."
>>> not_today(text, text.index("The"), text.index(" on")) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from figures.lexicon.lang_files import load as load_language
from figures.lexicon.word_patterns import phrase_alternation

_EN: Final = load_language("en")  # lexicon/lang/en.json

__all__ = ["not_today"]

# How far back and forward the clause around a statement is read, in characters.
_BACK: Final = 120
_AHEAD: Final = 60

# Where a clause starts: a sentence end, a semicolon, a blank line, a dateline's dash.
_CLAUSE_START: Final = re.compile(r"[.!?;]\s|\n\s*\n|\s[-—–]\s")
# Where the text after a statement stops being about it.
_CLAUSE_END: Final = re.compile(r"[.!?;](?:\s|\Z)|\n\s*\n")

# (reason, pattern over the clause before the statement's end)
_BEFORE: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "hypothetical",
        re.compile(
            r"\b(?:" + phrase_alternation(_EN["hypothetical_words"]) + r")\b", re.IGNORECASE
        ),
    ),
    (
        "forecast",
        re.compile(r"\b(?:" + phrase_alternation(_EN["forecast_words"]) + r")\b", re.IGNORECASE),
    ),
    (
        "past level",
        re.compile(
            r"\b(?:(?:its|their)\s+(?:(?:19|20)\d\d\s+|all-time\s+|record\s+)?"
            r"(?:high|low|peak|trough|level)s?|(?:19|20)\d\d\s+(?:high|low|peak|level|average)s?"
            r"|(?:in|since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d|ago|last\s+"
            r"(?:year|month|week|summer|spring|autumn|winter)|earlier\s+this\s+\w+|previous|"
            r"formerly|used\s+to)\b",
            re.IGNORECASE,
        ),
    ),
)
# A share price: a word of shares close before the statement ("Sony shares tumbled to").
_SHARES: Final = re.compile(
    r"\b(?:" + phrase_alternation(_EN["share_words"]) + r")\b", re.IGNORECASE
)
_SHARES_BACK: Final = 40
# (reason, pattern over the words right after the statement)
_AFTER: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "forecast",
        re.compile(
            r"\A[^.;]{0,30}?\b(?:by\s+(?:the\s+)?(?:year[- ]end|end|mid|early|late|next|"
            r"(?:19|20)\d\d)|next\s+(?:year|month|week|quarter)|in\s+(?:the\s+)?coming)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "past level",
        re.compile(
            r"\A[^.;]{0,30}?\b(?:in\s+(?:[A-Za-z-]+\s+)?(?:19|20)\d\d|"
            r"(?:a|one|two|three|\d+)\s+(?:years?|months?)\s+ago|last\s+(?:year|month))\b",
            re.IGNORECASE,
        ),
    ),
    ("share price", re.compile(r"\A\s{0,3}(?:a|per)\s+share\b", re.IGNORECASE)),
)


# A past rate named as the one the figures were translated at is the document's rate:
# "translated at the average rate of exchange, which was 1.43 dlrs per pound in 1986".
_USED_FOR_CONVERSION: Final = re.compile(
    r"\b(?:" + phrase_alternation(_EN["conversion_words"]) + r")\b", re.IGNORECASE
)


def not_today(text: str, start: int, end: int) -> str | None:
    """Why the rate stated at ``text[start:end]`` is not today's rate, or None.

    Reads the clause before the statement (back to the sentence start, at most 120
    characters) and the few words after it (at most 60 characters, to the clause's end):
    "hypothetical", "forecast", "past level" or "share price". A past level named as
    the rate the figures were translated at is not refused.
    """
    lo = max(0, start - _BACK)
    cut = lo
    for boundary in _CLAUSE_START.finditer(text, lo, start):
        cut = boundary.end()  # the last one: the clause the statement is in
    before = text[cut:end]
    after = text[end : end + _AHEAD]
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    if _SHARES.search(text, max(cut, start - _SHARES_BACK), end):
        return "share price"
    used = _USED_FOR_CONVERSION.search(before) is not None
    for patterns, window in ((_BEFORE, before), (_AFTER, after)):
        for reason, pattern in patterns:
            if pattern.search(window) and not (used and reason == "past level"):
                return reason
    return None
