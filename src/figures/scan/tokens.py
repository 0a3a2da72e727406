"""tokens."""

from __future__ import annotations

import re
from typing import Final


def trie_pattern(words: list[str]) -> str:
    """One alternation shaped as a trie ("t(?:en|wo|h(?:ree|irty))"), so the engine
    tries only the branch of the letter it sees, not every word in turn."""

    def emit(group: list[str]) -> str:
        # ``group``: the word endings that share the prefix already emitted
        optional = "" in group
        firsts = sorted({w[0] for w in group if w})
        alts = [re.escape(c) + emit([w[1:] for w in group if w and w[0] == c]) for c in firsts]
        if not alts:
            return ""
        if optional:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(sorted(set(words)))


HSPACE: Final = re.compile(r"[ \t\u00a0\u202f\u2009]{0,3}")


# Spaces with at most one line break: wrapped lines, never a blank line between.
SPACE_OR_NL: Final = re.compile(r"[ \t\u00a0\u202f\u2009]{0,3}\r?\n?[ \t\u00a0\u202f\u2009]{0,3}")


# A word for phrase look-ups: an abbreviation with dots ("U.S.") or a plain word.
WORD: Final = re.compile(r"(?:[^\W\d_]\.){2,4}|[^\W\d_][^\W\d_'’]{0,30}\.?")


OF: Final = re.compile(r"[ \t]{1,3}of\b", re.IGNORECASE)


OF_A: Final = re.compile(r"[ \t]{1,3}of[ \t]{1,3}an?[ \t]{1,3}", re.IGNORECASE)


# "per day", "a barrel", "an ounce", "/hour": a word needs a space after it ("$5 at" is
# no "a t").
PER: Final = re.compile(r"[ \t]{0,3}(?:(?:per|an|a|each)[ \t]{1,3}|/[ \t]{0,3})", re.IGNORECASE)


def words_after(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words after ``pos`` separated by single spaces: (word, end)."""
    out: list[tuple[str, int]] = []
    p = pos
    n = len(text)
    while len(out) < limit and p < n:
        m = WORD.match(text, p)
        if m is None:
            break
        out.append((m.group(0), m.end()))
        p = m.end()
        if p < n and text[p] in " \u00a0":
            p += 1
        else:
            break
    return out
