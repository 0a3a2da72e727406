"""currency."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from figures import lexicon
from figures.scan.tokens import WORD


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The lexicon as the scanner needs it: plain dicts and sets for O(1) checks."""

    # symbol or lower-case name -> (code, minor digits, needs a dollar, ambiguous)
    symbols: dict[str, tuple[str, int, bool, bool]]
    names: dict[str, tuple[str, int, bool, bool]]
    first_words: frozenset[str]  # first word of every name, lower-case
    prefixes: frozenset[str]  # the leading words of a longer name ("canadian", "u.s.")
    symbol_starts: frozenset[str]  # first characters of non-letter symbols
    symbol_ends: frozenset[str]  # last characters of every symbol
    # the last two characters (one for a word of one) of every symbol or lower-case
    # code ending in a lower-case letter: a word before a number that ends otherwise
    # ("was 5", "of 5") is neither
    lower_tails: frozenset[str]
    max_symbol: int
    max_words: int


_LETTER_DOLLAR: Final = re.compile(r"[^\W\d_]\$|\$[^\W\d_]")


_LEX: _Lexicon | None = None


def lexicon_tables() -> _Lexicon:
    """The scanner's lexicon, built on the first figure met and kept (a module global
    rather than functools.cache: it is read several times per number)."""
    global _LEX
    if _LEX is None:
        _LEX = _build_lex()
    return _LEX


def _build_lex() -> _Lexicon:
    # A marker is a bare one, read by default, when the lexicon lists other currencies
    # for it and nothing in it names a country: "$", "kr", "dollars", "pounds" are;
    # "C$" (also the Nicaraguan cordoba in CLDR) and "Canadian dollars" are not.
    syms = {
        k: (v.code, v.minor, v.needs_dollar, bool(v.alternatives) and not _LETTER_DOLLAR.search(k))
        for k, v in lexicon.symbols().items()
        if k
    }
    names = {
        k: (v.code, v.minor, v.needs_dollar, bool(v.alternatives) and " " not in k)
        for k, v in lexicon.names().items()
    }
    return _Lexicon(
        symbols=syms,
        names=names,
        first_words=frozenset(k.split(" ")[0] for k in names),
        prefixes=frozenset(
            " ".join(k.split(" ")[:i]) for k in names for i in range(1, k.count(" ") + 1)
        ),
        symbol_starts=frozenset(k[0] for k in syms if not k[0].isalpha()),
        symbol_ends=frozenset(k[-1] for k in syms),
        lower_tails=frozenset(k[-2:] for k in (*syms, *LOWER_CODES) if k[-1].islower()),
        max_symbol=max(len(k) for k in syms),
        max_words=max(len(k.split(" ")) for k in names),
    )


# ISO codes also recognised in lower case next to an amount ("usd 20", "rmb 10"):
# codes of the currencies most written about, none of them an English word.
LOWER_CODES: Final = frozenset(
    "usd eur gbp jpy cny rmb inr cad aud chf hkd sgd nzd sek nok dkk krw brl mxn zar rub".split()
)


def iso_code(token: str) -> str | None:
    """The currency a three-letter token names as an ISO code: in capitals any code of
    the lexicon that is no English word ("EUR", not "ALL"); in lower case only the codes
    of :data:`LOWER_CODES` ("usd", and "rmb" for the yuan). The one rule of the scanner
    and of inline rates.

    >>> iso_code("EUR"), iso_code("eur"), iso_code("rmb"), iso_code("all"), iso_code("Eur")
    ('EUR', 'EUR', 'CNY', None, None)
    """
    if len(token) != 3 or not token.isalpha():
        return None
    if token.isupper():
        return lexicon.lookup_code(token)
    if token in LOWER_CODES:
        return "CNY" if token == "rmb" else token.upper()
    return None


@functools.cache
def currency_families() -> dict[str, frozenset[str]]:
    """For each currency an ambiguous marker defaults to, every other currency such a
    marker may mean ("$" -> USD, but CAD, AUD...). Built from the lexicon; cached."""
    out: dict[str, set[str]] = {}
    for word in (*lexicon.symbols().values(), *lexicon.names().values()):
        # minor units ("cents": US or euro cents) do not make a family of majors
        if word.alternatives and not word.minor:
            out.setdefault(word.code, set()).update(word.alternatives)
    return {k: frozenset(v) for k, v in out.items()}


def currency_before(text: str, pos: int) -> tuple[int, str, bool] | None:
    """A currency symbol or code ending at ``pos`` (one space allowed between):
    (start, code, assumed). Checks the suffixes of the token before, longest first;
    ``assumed`` is True when the marker may mean other currencies too ("$")."""
    k = pos
    if k > 0 and text[k - 1] in " \u00a0\u202f":
        k -= 1
    if k <= 0:
        return None
    c = text[k - 1]
    if c.isspace() or c.isdigit():
        return None
    lex = _LEX if _LEX is not None else lexicon_tables()
    if c.islower():
        if (text[k - 2 : k] if k > 1 else c) not in lex.lower_tails and c not in lex.lower_tails:
            return None  # the common case: "was 5", "of 5"
        return _word_symbol_before(text, k, lex)
    if c not in lex.symbol_ends and not c.isalpha() and c != "$":
        return None  # "(5", '"5': no symbol or code ends here
    if c == "." and text[k - 2 : k - 1] == ".":
        return None  # "Shr........5": no symbol ends with two full stops, none is one
    lo = max(0, k - lex.max_symbol)
    j = k
    while j > lo and not text[j - 1].isspace() and not text[j - 1].isdigit():
        j -= 1
    for i in range(j, k):
        cand = text[i:k]
        if cand[0].isalpha() and i > 0 and text[i - 1].isalpha():
            continue  # a symbol made of letters must start a word
        hit = lex.symbols.get(cand)
        if hit is not None:
            if cand == "$" and i >= 2 and text[i - 1] == " ":
                # tokenised text: "c $ 16.4 million", "hk $ 10.05 billion"
                spaced = _dollar_prefix(text, i - 1)
                if spaced is not None:
                    return spaced
            return i, hit[0], hit[3]
        if cand.endswith("$") and len(cand) > 1 and cand[:-1].isalpha():
            # "Mex$", "MXN$", "aud$": a country or code before a dollar sign
            found = _dollar_prefix(text, k - 1)
            if found is not None and found[0] == i:
                return found
        bare = cand[:-1] if cand.endswith("$") else cand
        code = iso_code(bare) or iso_code(bare.lower())  # "RMB", "Usd" too
        if code is not None:
            return i, code, False
    return None


def _word_symbol_before(text: str, k: int, lex: _Lexicon) -> tuple[int, str, bool] | None:
    """A lower-case word ending at ``k`` that is a symbol ("Rs", "kr", "zł") or a
    lower-case code ("usd"), as a whole word: (start, code, assumed)."""
    # the common case, a word before the number ("was 5"): only a whole word that
    # is a symbol ("Rs", "kr", "zł") counts. The word starts after the last space
    # (found by str.rfind, in C, rather than a loop here).
    j = text.rfind(" ", max(0, k - lex.max_symbol - 1), k) + 1
    word = text[j:k] if j else text[max(0, k - lex.max_symbol) : k]
    if not word.isalpha():
        # "(kr", "\nRs": keep the letters at the end
        i = len(word)
        while i > 0 and word[i - 1].isalpha():
            i -= 1
        if i == 0 or word[i - 1].isdigit():
            return None
        word = word[i:]
    j = k - len(word)
    if j > 0 and text[j - 1].isalnum():
        return None
    hit = lex.symbols.get(word)
    if hit is None:
        code = iso_code(word)
        return None if code is None else (j, code, False)
    return j, hit[0], hit[3]


def _dollar_prefix(text: str, at: int) -> tuple[int, str, bool] | None:
    """The letters ending at ``at`` that name a dollar, glued to a "$" at ``at`` ("HK$",
    "Mex$", "AUD$") or spaced before it ("c $", "hk $"): (start, code, False) or None."""
    end = at
    j = end
    while j > 0 and end - j < 4 and text[j - 1].isalpha():
        j -= 1
    if j == end or (j > 0 and text[j - 1].isalnum()):
        return None
    letters = text[j:end]
    if text[end : end + 1] != "$" and len(letters) < 2 and letters.lower() != "c":
        # spaced ("hk $ 10"): one letter is an article or initial ("a $5 grant"),
        # except "c $", the Canadian dollar in tokenised wire copy
        return None
    lex = lexicon_tables()
    hit = lex.symbols.get(letters.upper() + "$") or lex.symbols.get(letters + "$")
    if hit is not None:
        return j, hit[0], False
    if letters.lower() in LOWER_CODES or (len(letters) == 3 and letters.isupper()):
        code = lexicon.lookup_code(letters.upper())
        if code is not None:
            return j, code, False
    return None


def _is_latin(ch: str) -> bool:
    """Whether the first character of ``ch`` is a Latin letter (in ASCII: a letter)."""
    c = ch[0]
    if c.isascii():
        return c.isalpha()  # the common case, without the Unicode name
    import unicodedata

    return unicodedata.name(c, "").startswith("LATIN")


def currency_name_after(
    text: str, pos: int, first: re.Match[str] | None = None
) -> tuple[int, str, int, bool, bool] | None:
    """A currency name, code or symbol starting at ``pos``:
    (end, code, minor digits, needs a dollar before it, ambiguous). ``first``: the
    word at ``pos`` (:data:`figures.scan.tokens.WORD`), when the caller has read it."""
    n = len(text)
    if pos >= n:
        return None
    lex = _LEX if _LEX is not None else lexicon_tables()
    if not text[pos].isalpha():
        return _symbol_at(text, pos, lex) if text[pos] in lex.symbol_starts else None
    if first is None:
        first = WORD.match(text, pos)
    if first is None:
        return None
    word = first.group(0)
    follow = pos + len(word)
    if follow < n and text[follow] in lex.symbol_starts:
        # a symbol of letters and a sign: "US$", "CA$", "CN¥", "NZ$"
        for length in range(min(lex.max_symbol, n - pos), len(word), -1):
            hit = lex.symbols.get(text[pos : pos + length])
            if hit is not None and (pos + length >= n or not text[pos + length].isalnum()):
                return pos + length, *hit
    bare = word.rstrip(".")
    if bare.lower() not in lex.first_words and word.lower() not in lex.first_words:
        return _code_or_letter_symbol(text, pos, word, lex)
    return _name_at(text, pos, lex, first)


def _symbol_at(text: str, pos: int, lex: _Lexicon) -> tuple[int, str, int, bool, bool] | None:
    """A symbol that starts with no letter ("$", "€", "R$"), longest first."""
    n = len(text)
    for length in range(min(lex.max_symbol, n - pos), 0, -1):
        cand = text[pos : pos + length]
        hit = lex.symbols.get(cand)
        if hit is not None and (
            not cand[-1].isalpha() or pos + length >= n or not text[pos + length].isalpha()
        ):
            return pos + length, *hit
    return None


def _code_or_letter_symbol(
    text: str, pos: int, word: str, lex: _Lexicon
) -> tuple[int, str, int, bool, bool] | None:
    """A word that begins no currency name: an ISO code ("EUR", "usd") or a symbol made
    of letters ("zł", "руб", "kr", "元")."""
    n = len(text)
    bare = word.rstrip(".")
    after = pos + len(bare)
    if after < n and text[after].isdigit():
        return None  # "USD50" is the next amount's prefix
    code = iso_code(bare)
    if code is not None:
        return after, code, 0, False, False
    hit = lex.symbols.get(bare) or lex.symbols.get(word)
    if hit is not None and (len(bare) >= 2 or not _is_latin(bare)):
        return pos + (len(word) if word in lex.symbols else len(bare)), *hit
    if not _is_latin(text[pos]):
        # scripts whose vowel signs are not word characters ("ரூ"): try the text
        for length in range(min(lex.max_symbol, n - pos), 1, -1):
            hit = lex.symbols.get(text[pos : pos + length])
            if hit is not None:
                return pos + length, *hit
    return None


def _name_at(
    text: str, pos: int, lex: _Lexicon, first: re.Match[str]
) -> tuple[int, str, int, bool, bool] | None:
    """A currency name of one or more words ("euros", "Canadian dlrs", "U.S.\ndlrs"):
    read word by word while the words so far begin some longer name; keep the longest
    name ("dlrs" begins none: one word read). ``first``: the word at ``pos``, read."""
    n = len(text)
    best: tuple[int, str, int, bool, bool] | None = None
    phrase = ""
    p = pos
    m: re.Match[str] | None = first
    for _ in range(lex.max_words):
        if p != pos:
            m = WORD.match(text, p)
        if m is None:
            break
        phrase = (phrase + " " + m.group(0).lower()) if phrase else m.group(0).lower()
        found = lex.names.get(phrase) if len(phrase) > 1 else None  # "1 P" is no pence
        end = m.end()
        if found is None and phrase.endswith(".") and not m.group(0).endswith("S."):
            # a sentence-final full stop is not part of the name
            found = lex.names.get(phrase[:-1])
            end -= 1
        if found is not None:
            best = (end, *found)
        if (phrase not in lex.prefixes and phrase.rstrip(".") not in lex.prefixes) or (
            m.end() >= n or text[m.end()] not in " \n"
        ):
            break
        p = m.end() + 1  # one space, or the line break of wrapped copy ("U.S.\ndlrs")
        while p < n and text[p] == " ":
            p += 1
    return best


@functools.cache
def home_currencies(locale: str) -> tuple[str, ...]:
    """The currencies in use in a locale's territory ("en_CA" -> CAD; "sv" -> SEK, by
    CLDR's likely territory for the language); cached. English with no territory reads
    as the US, the default of every marker already."""
    if locale == "en":  # CLDR's likely territory for "en" is the US: no babel load for it
        return ()
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (ValueError, TypeError, LookupError):
        return ()
    territory = parsed.territory
    if not territory:
        likely = str(get_global("likely_subtags").get(parsed.language, ""))
        territory = likely.rsplit("_", 1)[-1] if "_" in likely else None
    if not territory or territory == "US":
        return ()
    return tuple(get_territory_currencies(territory))
