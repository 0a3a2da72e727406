"""The values of number words in German, French, Spanish, Italian, Portuguese, Dutch.

A language's number words (``lexicon/lang/<code>.json``) cut a compound into its pieces
("zweihundertdreiundzwanzig": zwei, hundert, drei, und, zwanzig) and add them up. Shared
by :mod:`figures.scan.locale_words` (numbers as words) and
:mod:`figures.scan.locale_ordinals` (ordinals and fractions).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from figures.lexicon.languages import Language, fold
from figures.numbers import ratio

__all__ = ["decompose", "fits", "in_order", "value_of", "vocabulary", "words_value"]

# "siebenhundertachtundneunzigtausendsechshundertvierundfünfzig" has 61 letters
_LONGEST_WORD = 80
_LONGEST_PIECE = 24  # the longest piece a compound is cut into ("quatrevingts", "Milliarden")


def _vocabulary(lang: Language) -> dict[str, tuple[str, Decimal]]:
    vocab: dict[str, tuple[str, Decimal]] = {}
    for w, v in lang.number_words.items():
        vocab[w] = ("n", v)
    for w in lang.hundreds:
        vocab[w] = ("h", Decimal(100))
    for w, v in lang.scales.items():
        if w.isalpha() and w not in lang.glued_scales and (v >= 1000 or v == 12):
            vocab[w] = ("s", v)
    for w, d in lang.fractions.items():
        vocab[w] = ("f", Decimal(d))
    for w in lang.joiners:
        vocab[w] = ("j", Decimal(0))
    return vocab


@functools.cache
def vocabulary(lang: Language) -> dict[str, tuple[str, Decimal]]:
    return _vocabulary(lang)


def decompose(lang: Language, word: str) -> list[tuple[str, Decimal]] | None:
    """The number pieces of one written word, or None when it is not a number word.

    >>> from figures.lexicon.languages import language
    >>> [int(v) for _, v in decompose(language("de"), "dreiundzwanzig")]
    [3, 0, 20]
    >>> decompose(language("de"), "Einnahmen") is None
    True
    """
    if len(word) > _LONGEST_WORD:
        return None  # no number is written as one word this long: keeps the scan linear
    vocab = vocabulary(lang)
    w = fold(word).replace("-", "") if lang.compound else fold(word)
    whole = vocab.get(w)
    if whole is not None:
        return [whole]
    if not lang.compound:
        parts = w.split("-")
        if len(parts) > 1 and all(p in vocab for p in parts):
            return [vocab[p] for p in parts]
        return _ordinal_fraction(lang, w)
    # "vingt-cinquième" is one twenty-fifth, not twenty fifths: the ordinal first
    return _ordinal_fraction(lang, w) or _split(vocab, w)


def _ordinal_fraction(lang: Language, w: str) -> list[tuple[str, Decimal]] | None:
    """'veinteavos', 'cinquième', 'Zwanzigstel': a fraction named by an ordinal of a
    cardinal (the stem, repaired: "cinqu" -> "cinq", "neuv" -> "neuf")."""
    for suffix in lang.fraction_suffixes:
        if not w.endswith(suffix) or len(w) <= len(suffix) + 1:
            continue
        stem = w[: -len(suffix)]
        for cand in (stem, stem + "e", stem + "o", stem + "a", stem[:-1], stem[:-1] + "f"):
            if not cand:
                continue
            # "dosmilésimos": a written-together stem, even where numbers are not
            pieces = decompose(lang, cand) or _split(vocabulary(lang), cand)
            if pieces is not None and all(k != "f" for k, _ in pieces) and in_order(pieces):
                den = words_value(pieces)
                if den is not None and den > 2 and den == den.to_integral_value():
                    return [("f", den)]
    return None


def in_order(pieces: list[tuple[str, Decimal]]) -> bool:
    """Whether the pieces make one number ("vingt-cinq" does, "cinq-huit" does not: in
    "cinq-huitièmes" the ordinal is only "huitièmes", five eighths)."""
    return all(fits(pieces[:i], pieces[i : i + 1]) for i in range(1, len(pieces)))


def _split(vocab: dict[str, tuple[str, Decimal]], w: str) -> list[tuple[str, Decimal]] | None:
    # longest piece first, with backtracking; words are short, so this stays cheap
    n = len(w)
    best: dict[int, list[tuple[str, Decimal]] | None] = {n: []}
    for i in range(n - 1, -1, -1):
        best[i] = None
        for j in range(min(n, i + _LONGEST_PIECE), i, -1):
            piece = vocab.get(w[i:j])
            rest = best.get(j)
            if piece is not None and rest is not None:
                best[i] = [piece, *rest]
                break
    return best[0]


def value_of(items: list[tuple[str, Decimal]]) -> Decimal | None:
    """The number the pieces of number words make (None when they make none)."""
    return words_value(items)


def words_value(items: list[tuple[str, Decimal]], adds: bool = False) -> Decimal | None:
    """The number the pieces ``items`` make, ``(kind, value)`` each: "n" a number, "h"
    a hundred, "s" a scale, "f" a fraction's ordinal, "j" a joiner ("et", "y", "und");
    None when they make none. ``adds``: a fraction after a joiner is added."""
    # groups: (value, scale) read so far; a scale word multiplies every group below it
    # and the current number: "tres billones cuatrocientos cincuenta y cinco mil
    # doscientos veintiocho millones" is 3 * 10^12 + (455 * 10^3 + 228) * 10^6
    groups: list[tuple[Decimal, Decimal]] = []
    current: Decimal | None = None
    seen = False
    # at the last joiner: the number so far and the item before ("cent et trois
    # quarts" is 100 + 3/4, "un million et demi" is 1.5 million)
    joined: tuple[Decimal | None, tuple[str, Decimal]] | None = None
    previous: tuple[str, Decimal] = ("j", Decimal(0))
    halved: tuple[Decimal, Decimal] | None = None  # the fraction a joiner added to a scale
    for kind, v in items:
        if kind == "j" and (adds or previous[0] in ("s", "h")):
            # ``adds``: a fraction after the joiner is added ("vingt et un cinquième" is
            # 20 + 1/5), unlike Spanish "treinta y tres veintiunavos" (33/21)
            joined = (current, previous)
        elif kind == "f" and joined is not None:
            at, (before, scale) = joined
            base = at if at is not None else Decimal(0)
            segment = (current if current is not None else Decimal(0)) - base
            part = ratio(int(segment or 1), int(v))
            if before == "s":
                groups.append((part * scale, scale))
                current = at
                halved = (part, scale)
            else:
                current = base + part
            joined = None
            previous = (kind, v)
            seen = True
            continue
        if kind == "s" and previous[0] == "f" and halved is not None and v < halved[1]:
            # "un milliard et demi million": half a million added, not 1.5 billion
            groups[-1] = (halved[0] * v, v)
            previous, halved = (kind, v), None
            continue
        previous, halved = (kind, v), None
        if kind == "n":
            current = v if current is None else current + v
        elif kind == "h":
            current = (current if current is not None else Decimal(1)) * v
        elif kind == "s":
            low = sum((g for g, scale in groups if scale < v), Decimal(0))
            low += current if current is not None else Decimal(0)
            groups = [(g, scale) for g, scale in groups if scale >= v]
            groups.append(((low or Decimal(1)) * v, v))
            current = None
        elif kind == "f":
            current = _over_ordinal(groups, current, v)
            groups = []
        seen = seen or kind != "j"
    if not seen:
        return None
    total = sum((g for g, _ in groups), Decimal(0))
    return total + (current if current is not None else Decimal(0))


def _over_ordinal(
    groups: list[tuple[Decimal, Decimal]], current: Decimal | None, ordinal: Decimal
) -> Decimal:
    """The whole number read so far (``groups`` and ``current``) over an ordinal: "un
    million deux mille deux cent trois cinquièmes" is 1002203 / 5."""
    if groups:
        base = sum((g for g, _ in groups), current or Decimal(0))
    else:
        base = current if current is not None else Decimal(1)
    exact = base == base.to_integral_value()
    return ratio(int(base), int(ordinal)) if exact else base * ratio(1, int(ordinal))


def fits(items: list[tuple[str, Decimal]], pieces: list[tuple[str, Decimal]]) -> bool:
    """Whether the next word goes on the number read so far ("dos tres" does not)."""
    if not items:
        return pieces[0][0] not in ("j",)
    last_kind, last = items[-1]
    kind, v = pieces[0]
    if last_kind == "f":
        return kind == "s"  # "drei Viertel", then only "Millionen"
    if kind == "j":
        # "vingt et un", "treinta y dos", "cento e vinte": after tens or more only
        return last_kind in ("h", "s") or last >= 20
    if kind == "n" and last_kind == "n":
        # "veinte tres" is no number; "cien mil" is (a scale), "ciento cinco" is
        # and "vingt quatre", "dix sept" written without their hyphen
        tens = 10 <= last < 100 and last % 10 == 0 and v < 10
        # "soixante dix", "quatre vingt dix neuf": French counts 70 and 90 in twenties
        tens = tens or (last in (60, 80) and v < 20)
        return (last >= 100 and v < last) or tens
    if kind == "n" and last_kind == "j":
        return True
    return True
