"""The tokens of a rate statement: numerals (read as the scanner reads them), currency
symbols, words and punctuation, read lazily in a bounded window.

:mod:`figures.rate_statements` reads its statements from these tokens.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from figures.numbers import EXPONENT

__all__ = ["NUMERAL", "WINDOW", "Tok", "Tokens", "is_token"]

# How far a statement may reach from where it starts, in characters. Real footnotes are
# under 100 characters; the bound is what keeps the work per candidate fixed.
WINDOW: Final = 240
# At most this many tokens are read for one statement.
MAX_TOKENS: Final = 48

# A numeral as wire copy writes it. Each repetition consumes a fixed shape (",ddd"), so
# no text can be matched two ways and a failed match costs at most its length.
_NUMERAL_PATTERN: Final = (
    r"""
  (?:
    [0-9]{1,3} (?:,[0-9]{3})+ (?:\.[0-9]+)?   # grouped "1,234.5"
  | [0-9]+ (?:\.[0-9]*)?                       # "0.8214", "1." ("$1. Canadian")
  | \.[0-9]+                                   # ".7909"
  )"""
    + EXPONENT  # "1E3": scientific notation, read as the scanner reads it
    + "?"
)
NUMERAL: Final = re.compile(_NUMERAL_PATTERN, re.VERBOSE)

# One token of a statement. Each alternative is a single bounded-or-linear run, and the
# alternatives start with disjoint characters except where order decides ("A$" is a
# symbol before it is a word).
TOKEN_PATTERN: Final = re.compile(
    r"""
    (?: [^\S\n] | \n (?![^\S\n]*\n) )*   # spaces, and a line break (wire copy is hard-
                                     # wrapped); a blank line ends a statement
    (?:
      (?P<num> """
    + _NUMERAL_PATTERN
    + r""" )
    | (?P<sym> [A-Z]{1,3} \$ | [$£€¥₹₽₩₺₴₦₱₪₫฿₡₲₵₸₼₾] )                  # "US$", "HK$", "$", "£"
    | (?P<word> [A-Za-z] [A-Za-z.'’]* )                   # "pounds", "U.S.", "Pound."
    | (?P<punct> [=,;:/()%] )
    | (?P<other> \S )
    )
    """,
    re.VERBOSE,
)


class Tok(NamedTuple):
    # A NamedTuple, not a dataclass: one is built per token, and this is the cheapest.
    kind: str  # "num", "sym", "word", "punct" or "other"
    text: str
    start: int
    end: int


class Tokens:
    """The tokens of a text from ``pos`` on, read lazily and at most ``MAX_TOKENS``."""

    __slots__ = ("_done", "_limit", "_most", "_pos", "_text", "_toks")

    def __init__(
        self, text: str, pos: int, limit: int | None = None, most: int = MAX_TOKENS
    ) -> None:
        self._text = text
        self._pos = pos
        self._limit = min(len(text), pos + WINDOW) if limit is None else limit
        self._most = most
        self._toks: list[Tok] = []
        self._done = False

    def __getitem__(self, i: int) -> Tok | None:
        toks = self._toks
        if i < len(toks):
            return toks[i]
        if not self._done:
            self._read(i)
        return toks[i] if i < len(toks) else None

    def _read(self, i: int) -> None:
        """Read tokens up to index ``i`` (or to the end of the window)."""
        toks, text, pos, limit = self._toks, self._text, self._pos, self._limit
        most = min(self._most, i + 1)
        match = TOKEN_PATTERN.match
        while len(toks) < most:
            m = match(text, pos, limit)
            if m is None:
                self._done = True
                break
            kind = m.lastgroup or "other"
            pos = m.end()
            toks.append(Tok(kind, m.group(kind), m.start(kind), pos))
        else:
            self._done = len(toks) >= self._most
        self._pos = pos

    @property
    def text(self) -> str:
        """The text the tokens are read from."""
        return self._text

    def end(self, i: int) -> int:
        """Where token ``i``, already read, ends."""
        return self._toks[i].end

    def all(self) -> list[Tok]:
        """Every token of the window (for short look-backs)."""
        self[self._most]
        return list(self._toks)


def is_token(tok: Tok | None, kind: str, text: str | None = None) -> bool:
    """Whether ``tok`` is a token of ``kind`` (and, if given, of exactly ``text``)."""
    return tok is not None and tok.kind == kind and (text is None or tok.text == text)
