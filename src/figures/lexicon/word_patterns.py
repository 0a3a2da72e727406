r"""Word lists of ``lexicon/lang/<code>.json`` as regex alternations.

The English readers build their patterns from the data file with these, so a word
added to the file needs no edit of a pattern. Words are escaped; the longest come
first, so a word is tried before any word it starts with ("crores" before "crore").

>>> alternation(["crore", "crores", "bn"])
'crores|crore|bn'
>>> phrase_alternation(["were to", "expect*", "translat+"])
'translat\\w+|were\\s+to|expect\\w*'
"""

from __future__ import annotations

import re

__all__ = ["alternation", "phrase_alternation"]


def alternation(words: list[str]) -> str:
    """``words`` as one regex alternation, each escaped, longest first (so a word is
    tried before any word it starts with: "crores" before "crore")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def phrase_alternation(phrases: list[str]) -> str:
    """``phrases`` as one regex alternation, longest first: a space in a phrase stands
    for any run of white space, a final ``*`` for any word ending ("expect*": "expects",
    "expected") and a final ``+`` for at least one more letter ("translat+")."""

    def one(phrase: str) -> str:
        stem, tail = phrase, ""
        if phrase[-1:] in ("*", "+"):
            stem, tail = phrase[:-1], r"\w" + phrase[-1]
        return r"\s+".join(map(re.escape, stem.split())) + tail

    return "|".join(one(p) for p in sorted(phrases, key=len, reverse=True))
