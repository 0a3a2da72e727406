"""Find every figure in a text: one pass over anchors, a bounded look around each.

How it works, and why it is linear
----------------------------------
One compiled pattern finds *anchors*: runs of digits and number words. Every other
decision (currency before or after, scale word, percent, unit, qualifier, range, and
whether the anchor is a year, a date, a score or an identifier rather than a figure) is
made by matching small patterns at fixed positions around the anchor, each bounded in
length. No pattern has nested unbounded repetition, so no input makes it backtrack, and
the work per anchor is bounded: the cost grows linearly with the text.

Decisions (each tested in ``tests/test_extract_traps.py``)
----------------------------------------------------------
Not figures: years (a bare 4-digit 1000-2199), decades ("1990s"), fiscal years
("2023-24"), dates ("March 20", "3/20/2023", "2023-03-20"), clock times, ordinals,
scores ("3-1"), tenors ("10-year"), phone numbers, and identifiers (a number glued to
letters as in "G7" or "COVID-19", or after a word that names a thing, as in "Section
230" or "Boeing 737"). Ages and durations are numbers. A lone "one" is not a figure
("one of the"), but "one million" and "one percent" are.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from figures import lexicon
from figures.errors import FiguresTypeError
from figures.lexicon import minor_units
from figures.model import Figure, Kind, Qualifier
from figures.numbers import (
    FRACTION_WORDS,
    NUMBER_WORDS,
    SCALES,
    TENS_NUMBER_WORDS,
    UNIT_NUMBER_WORDS,
    Numeral,
    number_symbols,
    parse_digits,
    parse_number_words,
    ratio,
)
from figures.units import DURATION_WORDS, MAX_UNIT_WORDS, UNIT_WORDS, unit_name

__all__ = ["extract"]

# Wide enough for any amount met in text: quantize must never fail for lack of digits.
_WIDE = decimal.Context(prec=1000, Emax=999999, Emin=-999999)
# The context every reading runs in: exact for any numeral extract() accepts (at most
# 400 characters, times a scale), and never the caller's context.
_EXTRACT_CONTEXT = decimal.Context(
    prec=1000, rounding=decimal.ROUND_HALF_EVEN, Emax=999999, Emin=-999999, traps=[]
)

# --------------------------------------------------------------------------- patterns

_WORD_NUMBERS = sorted(
    (
        w
        for w in NUMBER_WORDS
        if w not in ("a", "an", "and", "point", "dozens") and w not in FRACTION_WORDS
    ),
    key=len,
    reverse=True,
)
# Plural counting words and the unit each counts in: "hundreds of" is 200 to 1,000.
_VAGUE_UNITS: dict[str, Decimal] = {
    "dozens": Decimal(12),
    "scores": Decimal(20),
    "tens": Decimal(10),
    "hundreds": Decimal(100),
    "thousands": Decimal(1000),
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
}
_VAGUE_WORDS = tuple(_VAGUE_UNITS)


def _trie_pattern(words: list[str]) -> str:
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


# An anchor: digits (with inner grouping/decimal marks), a leading-point decimal, a
# number word, or "a"/"half" starting a number ("a dozen", "half a million"). Words are
# matched case-insensitively through a character class per letter, which keeps the
# trie's first-letter dispatch.
_DIGITS = (
    r"\d{1,3}(?: \d{3}){1,6}(?:,\d{1,2})?(?![\d.,]?\d)"  # "1 139,00"
    # at most 40 groups: no real numeral has more, and a bound keeps the engine's
    # backtracking stack small on runs like "1,1,1,..." a megabyte long
    r"|\d+(?:[.,'’\u00a0\u202f\u2009]\d+){0,40}(?:[eE][+-]?\d{1,3}(?![\w.]))?"  # "1.5e10"
    r"[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]?"  # "2½"
    r"|(?<![\w.])\.\d+|[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
)
_WORDS = (
    # lower, Capitalised and UPPER spellings, matched case-sensitively: the trie then
    # dispatches on the first letter, three times faster than re.IGNORECASE here
    _trie_pattern(
        sorted({v for w in (*_WORD_NUMBERS, *_VAGUE_WORDS) for v in (w, w.capitalize(), w.upper())})
    )
    + r"\b"
    r"|[Aa][Nn]?\s(?=(?i:dozen|hundred|thousand|million|billion|trillion|third|quarter|half)\b)"
    r"|(?i:half)\s(?=[Aa][Nn]?\s)|(?i:half|quarter)\s(?=(?i:million|billion|trillion)\b)"
)
# The text is scanned twice, for digits and for words, each a pattern the engine can
# skip through fast; the two streams of anchors are merged in text order.
# A leading character-class look-ahead lets the engine skip to candidate characters
# fast (measured: 20% faster than without it on news copy).
_DIGIT_ANCHOR = re.compile(r"(?=[\d.½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?:" + _DIGITS + ")")
# Words are one trie, "a", "an", "half" and "quarter" included: what must follow those
# ("a dozen", "half a million") is checked for the few that match (_LEAD_FOLLOW), which
# is cheaper than asking the engine to try extra branches at every word.
# Fraction words that are anchors only after "a" ("a third", "a fifth of"): alone they
# are ordinals ("the third quarter").
_AFTER_A_ONLY = ("third", "fifth", "sixth", "eighth", "tenth")
# Anchor words that "a"/"an" may stand before ("a million", "a quarter"). "a" itself is
# no anchor: it is everywhere, and these words find it by looking one word back.
_AFTER_A = frozenset(_AFTER_A_ONLY) | frozenset(
    "half quarter dozen hundred thousand million billion trillion lakh crore".split()
)
_ANCHOR_WORDS = sorted(
    {
        v
        for w in (*_WORD_NUMBERS, *_VAGUE_WORDS, *_AFTER_A_ONLY, "half", "quarter")
        for v in (w, w.capitalize(), w.upper())
    }
)
_WORD_ANCHOR = re.compile(
    "(?=["
    + "".join(sorted({w[0] for w in _ANCHOR_WORDS}))
    + r"])\b"
    + _trie_pattern(_ANCHOR_WORDS)
    + r"\b"
)
_LEAD_FOLLOW = {
    "half": re.compile(r"\s(?=[Aa][Nn]?\s|(?i:million|billion|trillion)\b)"),
    "quarter": re.compile(r"\s(?=(?i:million|billion|trillion)\b)"),
}


def _a_before(text: str, s: int) -> int:
    """Where an "a " or "an " standing as a word right before ``s`` starts, else -1."""
    if s >= 2 and text[s - 1] == " ":
        if text[s - 2] in "aA" and (s == 2 or not text[s - 3].isalnum()):
            return s - 2
        if (
            s >= 3
            and text[s - 2] in "nN"
            and text[s - 3] in "aA"
            and (s == 3 or not text[s - 4].isalnum())
        ):
            return s - 3
    return -1


# Both at one position, for the second end of a range.
_ANCHOR = re.compile(r"(?P<d>" + _DIGITS + r")|\b(?P<w>" + _WORDS + ")")
_HSPACE = re.compile(r"[ \t\u00a0\u202f\u2009]{0,3}")
# Spaces with at most one line break: wrapped lines, never a blank line between.
_SPACE_OR_NL = re.compile(r"[ \t\u00a0\u202f\u2009]{0,3}\r?\n?[ \t\u00a0\u202f\u2009]{0,3}")
# A word for phrase look-ups: an abbreviation with dots ("U.S.") or a plain word.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,4}|[^\W\d_][^\W\d_'’]{0,30}\.?")
_WORDS_FOR_NUMBER = re.compile(r"[A-Za-z]{1,12}(?=[\s\-]|$|[^\w])")
_NUM_SEP = re.compile(r"(?:[ \t]{1,3}|-|[ \t]*-[ \t]*)(?=[A-Za-z])")
_SCALE_AFTER = re.compile(
    r"(hundred|dozens?|thousand|million|billion|trillion|lakhs?|lacs?|crores?|mln|bln|mn|bn|tn"
    r"|trn|tln|mm|mio|mrd|mil|cr"
    r"|k|m|b|t)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
# First characters of what the scale and percent patterns can match: a cheap test
# before each pattern.
_SCALE_INITIALS = frozenset("tmbklcdhTMBKLCDH")
_PERCENT_INITIALS = frozenset("%pPbB")
_AND_FRACTION = re.compile(
    r"[ \t]{1,3}and[ \t]{1,3}(an?|one|two|three)[ \t]{1,3}(half|quarters?|thirds?)\b", re.I
)
_SECOND_SCALE = re.compile(
    r"[ \t]{1,3}(crores?|million|billion|trillion)\b(?!\s*(?:of|and)\b)", re.IGNORECASE
)
_PERCENT_AFTER = re.compile(
    r"(%|percentage[ -]points?\b|basis[ -]points?\b|per\s?cent\b|percent\b|pct\b|pc\b"
    r"|bps\b|bp\b|pp\b|ppts?\b)",
    re.IGNORECASE,
)
# Words before an amount that bound it, by how: "more than 72,000" is OVER.
_QUALIFIERS: dict[str, Qualifier] = {}
for _q, _words in (
    (
        Qualifier.OVER,
        "more than|over|above|exceeding|in excess of|at least|upwards of|no less than"
        "|topped|topping|surpassed|surpassing|exceeded|as little as|as few as|as low as",
    ),
    (
        Qualifier.UNDER,
        "less than|fewer than|under|below|up to|at most|no more than|as much as"
        "|as many as|as high as",
    ),
    (
        Qualifier.ABOUT,
        "about|around|roughly|nearly|almost|some|an estimated|approximately|approx."
        "|circa|close to|an approximate|around about",
    ),
):
    for _w in _words.split("|"):
        _QUALIFIERS[_w] = _q
# The same words as one pattern, longest first, ending right before the amount.
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))("
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_QUALIFIERS, key=len, reverse=True)
    )
    + r")\s+\Z",
    re.IGNORECASE,
)

# Unit abbreviations that are written in capitals.
_UPPER_UNITS = frozenset(
    "MW GW KW kW kWh MWh GWh GB TB MB KM KG Hz kHz MHz GHz KHZ MHZ GHZ L".split()
)
# The last word of every qualifier: a cheap test before the pattern.
_QUALIFIER_LAST_WORDS = frozenset(q.split(" ")[-1] for q in _QUALIFIERS)
# Month names and abbreviations to their numbers (document.py reads datelines with it).
MONTH_NUMBERS: dict[str, int] = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split()
    )
}
MONTH_NUMBERS.update({k[:3]: v for k, v in list(MONTH_NUMBERS.items())})
MONTH_NUMBERS["sept"] = 9
_MONTHS = frozenset(MONTH_NUMBERS)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words after which a number names a thing rather than counts it.
_ID_WORDS = frozenset(
    """section article chapter page pages no no. nos number route interstate highway flight
    apollo resolution rule form category level phase stage room model version windows iphone
    ipad boeing airbus ftse nasdaq stoxx nikkei dax cac ibex hang seng gate platform track
    line vol vol. volume part paragraph clause item exhibit block lot ward district precinct
    amendment psalm channel terminal pier exit seat row title group class grade type mark series
    tier division league cup formula squad office floor building suite unit apartment flat
    street avenue road junction act bill code schedule figure table appendix annex
    s&p russell topix kospi sensex nifty cac40 euro stoxx mk mark web war
    proposition prop area playstation xbox wii galaxy pixel macbook gen season episode
    initiative protocol
    python ios android macos java linux ubuntu chrome firefox kernel firmware release
    sprint matchday gameweek""".split()
)
# Capitalised words that may stand before a count without naming a thing.
_COMMON_CAPS = frozenset(
    """the in on at by for of and about some over under nearly only just all to with from
    between around more less than a an as its his her their our it he she they we i but or
    nor so yet if when while after before since until during about almost roughly
    approximately exactly another each every other these those this that which who whose
    there here then now also even still however although though because where up down
    into onto upon than both either neither no not none any many much few several
    federal state national central said says told reported""".split()
)
_TIME_AFTER = re.compile(
    r"(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|gmt\b|edt\b|est\b|bst\b|cet\b)", re.I
)
_ZONE_AFTER = re.compile(
    r"[ \t]?(?:GMT|UTC|EST|EDT|CET|CEST|BST|JST|HKT|SGT|IST|PST|PDT|CST|CDT|local time|hrs)\b"
)
_TIME_INITIALS = frozenset("apgeocbAPGEOCB")  # what _TIME_AFTER can start with
_TENOR_AFTER = re.compile(r"-(year|yr|month|week|day|hour|minute)s?\b(-old)?", re.IGNORECASE)
_PHONE_AT = re.compile(
    r"\+\d{1,3}(?:[ .\-]\(?\d{1,4}\)?){2,5}"  # +44 20 7946 0958
    r"|\(\d{2,4}\)[ .\-]?\d{3}[ .\-]\d{4}"  # (212) 555-0199
    r"|\d{3}[ .\-]\d{3}[ .\-]\d{4}"  # 212-555-0199
    r"|\d{3}-\d{4}\b"  # 555-0199
    r"|\d{1,4}(?:-\d{2,4}){3,5}\b"  # 1-800-555-0199
    r"|0\d{2,4} \d{3,4} ?\d{3,4}\b"  # 020 7946 0958: a leading 0 is a trunk prefix
)
_DATE_AT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{4}/\d{1,2}/\d{1,2}\b"
)
_FISCAL_AT = re.compile(r"(?:1[0-9]|2[01])\d\d[-/–](?:\d\d|(?:1[0-9]|2[01])\d\d)\b(?![.,]\d)")
_CLOCK_AT = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|[ap]\b)", re.I
)
_COLON_TIME_AT = re.compile(r"\d{1,2}:\d{2}\b")
_RANGE_SEP = re.compile(r"[ \t]{0,2}(?:-|–|—|to|and|through|or)[ \t]{0,2}", re.IGNORECASE)
_GLUED_SUFFIX = re.compile(r"(st|nd|rd|th|s)\b", re.IGNORECASE)
_A_FRACTION = re.compile(
    r"an?\s(third|quarter|half|fifth|sixth|eighth|tenth)"
    r"(?=\s+of\b|\s*[^\w\s]|\s*\Z|\s+(?:percentage\s+)?points?\b|\s+per\s?cent)",
    re.IGNORECASE,
)
# A verb of change before "X to Y" makes it a change and a level, not a range.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases"
    r"|decreased?|decreases|raised?|raises|cut|cuts|jumped?|jumps|climbed?|climbs|dropped"
    r"|drops?|slipped|slips?|gained?|gains|lost|loses?|grew|grows?|declined?|declines"
    r"|surged?|surges|plunged?|plunges|soared?|soars|slumped?|slumps|tumbled?|tumbles"
    r"|advanced?|advances|eased?|eases|lifted|lifts?|lowered|lowers?|up|down|by|added|adds?"
    r"|shed|sheds|widened|narrowed|boosted|trimmed|hiked|reduced|revised|upgraded|downgraded"
    r"|weakened|weakens|strengthened|strengthens|firmed|firms|dipped|dips|slid|slides|sank"
    r"|sinks|rallied|rallies|recovered|recovers|rebounded|rebounds|edged|inched|spiked"
    r"|spikes|shrank|shrinks|expanded|expands|doubled|halved|tripled|appreciated|depreciated)"
    r"\b[^.;:!?]{0,30}\Z",
    re.IGNORECASE,
)
_GLUED_TAIL = re.compile(r"(?:[\-/.](?=\w)|\w){0,64}")
# ISO codes that, glued to a one- or two-digit number, name something else.
_ACRONYM_CODES = frozenset(["COP"])
# Vulgar fraction characters as (numerator, denominator): exact, never via float.
_VULGAR = {
    "½": (1, 2),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
}


def _proper(m: re.Match[str]) -> bool:
    """A fraction as news writes one: numerator below a denominator up to 100, and not
    '9/11' (the date that names an event)."""
    num, den = int(m.group(1)), int(m.group(2))
    return 0 < num < den <= 100 and (num, den) != (9, 11)


_FRACTION_AT = re.compile(r"(\d{1,3})/(\d{1,3})\b")
_PAREN_LETTER = re.compile(r"\([a-z]\)")
_TICKER_AFTER = re.compile(r"\.[A-Z]{1,2}\b")
_SCALE_WORD_AFTER = re.compile(r"[ \t]{1,3}(million|billion|trillion|mln|bln|bn|mn)\b", re.I)
_MINOR_PART = re.compile(
    r"[ \t]{1,3}(?:and[ \t]{1,3})?(?:(?P<n>\d{1,2})(?!\d|[.,]\d)|(?P<w>(?:"
    + _trie_pattern(sorted(w for w in NUMBER_WORDS if w not in ("a", "an", "and")))
    + r")\b))",
    re.IGNORECASE,
)
_MINOR_UNIT_AFTER = re.compile(
    r"[ \t]{1,3}(?:cents?|pence|p|paise|kopecks?|centimes|centavos|mao|fen)\b", re.I
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\Z|\n|(?:more|less|only|each)\b)", re.I)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})\Z")
_MONTH_AFTER = re.compile(r"\s{1,2}(?:of\s)?([A-Za-z]{3,9})\b")
_SYMBOL_THEN_DIGIT = re.compile(r"[^\s\d]{1,5}[ \u00a0]?(?=\d)")
_VAGUE_SCALE = re.compile(r"[ \t]{1,3}(thousands|millions|billions)\b", re.I)
# One space and a lower-case word: the usual thing after a number.
_SPACE_WORD = re.compile(r" ([a-z]+)\b")
# First characters of symbols that do not start with a letter, filled on first use.
_LEX_SYMBOL_STARTS: frozenset[str] = frozenset()
# Words of contest beside "3-1": a score or a vote, not a range.
_CONTEST_BEFORE = re.compile(
    r"\b(?:won|win|wins|beat|beats|lost|lose|loses|losing|defeat|defeated|drew|draw|score"
    r"|scored|victory|vote|voted|votes|ruled|margin|lead|led|leads|tied|edged|routed|beaten"
    r"|trailed|trailing|fell|record|series|game|match|final)\b[^.;:!?\n]{0,20}\Z",
    re.IGNORECASE,
)
_CONTEST_AFTER = re.compile(
    r"[ \t]{1,3}(?:win|wins|victory|loss|defeat|lead|vote|margin|decision|draw|tie|majority"
    r"|ruling|record|series|split|home|away|aggregate)\b",
    re.IGNORECASE,
)
# Words that make a glued "40C" a temperature: "the temperature hit 40C".
_WEATHER_BEFORE = re.compile(
    r"\b(?:temperatures?|degrees|heat|heatwave|hot|cold|warm|cool|highs?|lows?|freezing"
    r"|weather|forecast|celsius|fahrenheit|thermometers?|mercury|chill|frost|minus)\b",
    re.IGNORECASE,
)
_PER_INITIALS = frozenset("paePAE")  # "per", "a", "an", "each"
_TIME_ADVERB_AFTER = re.compile(
    r"[ \t,]{0,3}(?:earlier|ago|before|later|after|previously|prior|since|back|on|in|from"
    r"|out|into|of|to|or|and)\b",
    re.IGNORECASE,
)
_OF_A_SCALE = re.compile(
    r"[ \t]{1,3}of[ \t]{1,3}an?[ \t]{1,3}(thousand|million|billion|trillion)\b", re.IGNORECASE
)
_OF_A = re.compile(r"[ \t]{1,3}of[ \t]{1,3}an?[ \t]{1,3}", re.IGNORECASE)
_OF = re.compile(r"[ \t]{1,3}of\b", re.IGNORECASE)
_PER = re.compile(r"[ \t]{0,3}(?:per|a|an|/|each)[ \t]{0,3}", re.IGNORECASE)
_MINUS_WORD = re.compile(r"(?:^|(?<=\W))minus\s+\Z", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?:^|(?<=\W))(between|from)\s+\Z", re.IGNORECASE)


@dataclass(slots=True)
class _Amount:
    """A value being read: its extent so far and what it has been found to be."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal | None
    integer_text: bool  # digits without any mark: a candidate year/score
    kind: Kind = Kind.NUMBER
    currency: str | None = None
    unit: str | None = None
    note: str | None = None
    scaled: bool = False
    word: bool = False  # spelled out
    prefix_currency: bool = False
    high: Decimal | None = None  # the upper end of a range
    factor: Decimal = Decimal(1)  # the scale words applied ("5 million" -> 10**6)
    assumed: bool = False  # the currency is a default reading of an ambiguous marker

    def scale_by(self, scale: Decimal) -> None:
        """Apply a scale word: the value, the stated precision and the factor."""
        self.value *= scale
        if self.precision is not None:
            self.precision *= scale
        self.factor *= scale
        self.scaled = True

    @property
    def marked(self) -> bool:
        """It carries something that makes it a figure whatever it looks like."""
        return self.kind is not Kind.NUMBER or self.scaled or self.unit is not None


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The lexicon as the scanner needs it: plain dicts and sets for O(1) checks."""

    # symbol or lower-case name -> (code, minor digits, needs a dollar, ambiguous)
    symbols: dict[str, tuple[str, int, bool, bool]]
    names: dict[str, tuple[str, int, bool, bool]]
    first_words: frozenset[str]  # first word of every name, lower-case
    prefixes: frozenset[str]  # every name's leading words ("canadian", "canadian dollars")
    symbol_starts: frozenset[str]  # first characters of non-letter symbols
    max_symbol: int
    max_words: int


_LETTER_DOLLAR = re.compile(r"[^\W\d_]\$|\$[^\W\d_]")


_LEX: _Lexicon | None = None


def _lex() -> _Lexicon:
    """The scanner's lexicon, built on the first figure met and kept (a module global
    rather than functools.cache: it is read several times per number)."""
    global _LEX, _LEX_SYMBOL_STARTS
    if _LEX is None:
        _LEX = _build_lex()
        _LEX_SYMBOL_STARTS = _LEX.symbol_starts
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
            " ".join(k.split(" ")[:i]) for k in names for i in range(1, k.count(" ") + 2)
        ),
        symbol_starts=frozenset(k[0] for k in syms if not k[0].isalpha()),
        max_symbol=max(len(k) for k in syms),
        max_words=max(len(k.split(" ")) for k in names),
    )


# ISO codes also recognised in lower case next to an amount ("usd 20", "rmb 10"):
# codes of the currencies most written about, none of them an English word.
_LOWER_CODES = frozenset(
    "usd eur gbp jpy cny rmb inr cad aud chf hkd sgd nzd sek nok dkk krw brl mxn zar rub".split()
)


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


def _currency_before(text: str, pos: int) -> tuple[int, str, bool] | None:
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
    lex = _lex()
    if c.islower():
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
            if word in _LOWER_CODES:
                return j, "CNY" if word == "rmb" else word.upper(), False
            return None
        return j, hit[0], hit[3]
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
        if len(bare) == 3 and bare.isalpha():
            code = lexicon.lookup_code(bare.upper()) if bare.isupper() else None
            if code is None and bare.lower() in _LOWER_CODES:
                code = "CNY" if bare.lower() == "rmb" else bare.upper()
            if code is not None:
                return i, code, False
    return None


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
    lex = _lex()
    hit = lex.symbols.get(letters.upper() + "$") or lex.symbols.get(letters + "$")
    if hit is not None:
        return j, hit[0], False
    if letters.lower() in _LOWER_CODES or (len(letters) == 3 and letters.isupper()):
        code = lexicon.lookup_code(letters.upper())
        if code is not None:
            return j, code, False
    return None


def _words_after(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words after ``pos`` separated by single spaces: (word, end)."""
    out: list[tuple[str, int]] = []
    p = pos
    n = len(text)
    while len(out) < limit and p < n:
        m = _WORD.match(text, p)
        if m is None:
            break
        out.append((m.group(0), m.end()))
        p = m.end()
        if p < n and text[p] in " \u00a0":
            p += 1
        else:
            break
    return out


@functools.cache
def _words_worth_reading() -> frozenset[str]:
    """Every lower-case word that may start a currency or unit after an amount."""
    lex = _lex()
    return frozenset(
        {w.rstrip(".") for w in lex.first_words}
        | {w.split(" ")[0].rstrip(".") for w in (*UNIT_WORDS, *DURATION_WORDS)}
        | _LOWER_CODES
        | {k.lower().rstrip(".") for k in lex.symbols if k[:1].isalpha()}
    )


@functools.cache
def _suffix_words() -> frozenset[str]:
    """Lower-case words that may follow an amount and belong to it: scale, percent,
    currency and unit words (what suffix() reads). Others end the amount at once."""
    scales = {w for w in SCALES} | {"lakhs", "lacs", "crores", "dozens"}
    percents = {"percent", "per", "pct", "pc", "percentage", "basis", "bps", "bp", "pp", "ppt"}
    return _words_worth_reading() | frozenset(scales | percents | {"ppts", "of", "and"})


def _nothing_after(text: str, q: int) -> bool:
    """True when the lower-case word at ``q`` can start no currency or unit: a quick
    test that spares the full look-ups for most words after most numbers."""
    m = _WORD.match(text, q)
    if m is None:
        return True
    word = m.group(0)
    follow = q + len(word)
    if follow < len(text) and text[follow] in _lex().symbol_starts:
        return False  # "us$", "cn¥"
    return word.rstrip(".").lower() not in _words_worth_reading()


def _is_latin(ch: str) -> bool:
    import unicodedata

    return unicodedata.name(ch[0], "").startswith("LATIN")


def _currency_name_after(text: str, pos: int) -> tuple[int, str, int, bool, bool] | None:
    """A currency name, code or symbol starting at ``pos``:
    (end, code, minor digits, needs a dollar before it, ambiguous)."""
    n = len(text)
    if pos >= n:
        return None
    lex = _lex()
    ch = text[pos]
    if not ch.isalpha():
        if ch not in lex.symbol_starts:
            return None
        for length in range(min(lex.max_symbol, n - pos), 0, -1):
            cand = text[pos : pos + length]
            hit = lex.symbols.get(cand)
            if hit is not None and (
                not cand[-1].isalpha() or pos + length >= n or not text[pos + length].isalpha()
            ):
                return pos + length, *hit
        return None
    first = _WORD.match(text, pos)
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
        after = pos + len(bare)
        if after < n and text[after].isdigit():
            return None  # "USD50" is the next amount's prefix
        if len(bare) == 3 and (bare.isupper() or bare in _LOWER_CODES):
            code = lexicon.lookup_code(bare.upper())
            if code is None and bare == "rmb":
                code = "CNY"
            if code is not None and (bare.isupper() or bare in _LOWER_CODES):
                return after, code, 0, False, False
        # a symbol made of letters ("zł", "руб", "kr", "元")
        hit = lex.symbols.get(bare) or lex.symbols.get(word)
        if hit is not None and (len(bare) >= 2 or not _is_latin(bare)):
            return pos + (len(word) if word in lex.symbols else len(bare)), *hit
        if not _is_latin(ch):
            # scripts whose vowel signs are not word characters ("ரூ"): try the text
            for length in range(min(lex.max_symbol, n - pos), 1, -1):
                hit = lex.symbols.get(text[pos : pos + length])
                if hit is not None:
                    return pos + length, *hit
        return None
    # Read word by word while the words so far begin some name; keep the longest name.
    best: tuple[int, str, int, bool, bool] | None = None
    phrase = ""
    p = pos
    for _ in range(lex.max_words):
        m = _WORD.match(text, p)
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


# --------------------------------------------------------------------------- numerals


_UNIT_WORDS = UNIT_NUMBER_WORDS
_TENS_WORDS = TENS_NUMBER_WORDS


def _read_word_number(text: str, pos: int) -> tuple[Numeral, int] | None:
    """A spelled-out number at ``pos``: the numeral and its end offset."""
    words: list[str] = []
    ends: list[int] = []
    p = pos
    n = len(text)
    previous = ""
    spoken_digits = False
    while len(words) < 40 and p < n:  # 999,999,999,999,999 spelled out is 29 words
        m = _WORDS_FOR_NUMBER.match(text, p)
        if m is None:
            break
        word = m.group(0).lower()
        # "two thirds of a million": "of a" joins a fraction to a scale
        joins_fraction = word in ("of", "a", "an") and (
            previous in FRACTION_WORDS or previous == "of"
        )
        if word == "point":
            spoken_digits = True  # "point zero three": digits one after another
        if not joins_fraction and (
            word not in NUMBER_WORDS
            # "one one", "twenty thirty": no number goes on like this, so stop reading
            # (this also keeps the work per anchor small on "one one one ...")
            or (word in _UNIT_WORDS and previous in _UNIT_WORDS and not spoken_digits)
            or (word in _TENS_WORDS and previous in _TENS_WORDS)
        ):
            if word not in NUMBER_WORDS:
                words.append(m.group(0))  # one word of look-ahead for the parser
                ends.append(m.end())
            break
        previous = word
        words.append(m.group(0))
        ends.append(m.end())
        s = _NUM_SEP.match(text, m.end())
        if s is None:
            break
        p = s.end()
    got = parse_number_words(words)
    if got is None:
        return None
    numeral, used = got
    return numeral, ends[used - 1]


def _is_year(a: _Amount, raw: str) -> bool:
    return (
        len(raw) == 4
        and a.integer_text
        and 1000 <= a.value <= 2199
        and not a.marked
        and a.currency is None
    )


# --------------------------------------------------------------------------- reading


def _unit_first_words() -> frozenset[str]:
    return frozenset(w.split(" ")[0] for w in (*UNIT_WORDS, *DURATION_WORDS))


_UNIT_FIRST_WORDS = _unit_first_words()


@functools.cache
def _home_currencies(locale: str) -> tuple[str, ...]:
    """The currencies in use in a locale's territory ("en_CA" -> CAD; "sv" -> SEK, by
    CLDR's likely territory for the language); cached. English with no territory reads
    as the US, the default of every marker already."""
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


_ONE = Decimal(1)
_DOT_GROUPED_ANY = re.compile(r"\d{1,3}(?:\.\d{3})+\Z")


def text_after_is_dash(text: str, end: int) -> bool:
    """',-' or '.-' right after a numeral: a continental price without cents."""
    return text[end : end + 2] in (",-", ".-", ",—", ",–")


_PLAIN_DECIMAL = re.compile(r"[0-9]+\.[0-9]{1,30}\Z")
_PLACES = [Decimal(1).scaleb(-k) for k in range(31)]
_MAX_NUMERAL = 400  # the longest digit run read as a number (parse_digits agrees)


def _anchors(text: str) -> Iterator[re.Match[str]]:
    """Digit and word anchors in text order: the two scans merged as they go (word
    anchors are the rarer, so they wait in ``w`` while digits stream past)."""
    words = _WORD_ANCHOR.finditer(text)
    w = next(words, None)
    for d in _DIGIT_ANCHOR.finditer(text):
        if w is not None and w.start() < d.start():
            while w is not None and w.start() < d.start():
                yield w
                w = next(words, None)
        yield d
    while w is not None:
        yield w
        w = next(words, None)


class _Scanner:
    """Reads the figures of one text. Holds the text and where the last figure ended."""

    __slots__ = (
        "_dot_decimal",
        "_home",
        "_per_end",
        "decimal_mark",
        "done",
        "exclude",
        "locale",
        "n",
        "text",
    )

    def __init__(
        self,
        text: str,
        locale: str,
        exclude: list[tuple[int, int]],
        decimal_mark: str | None = None,
    ) -> None:
        self.text = text
        self.n = len(text)
        self.locale = locale
        self.done = 0  # nothing before this offset may start a figure
        self.exclude = exclude
        self._per_end = 0  # where the last unit read by unit() ended
        self._home = _home_currencies(locale)
        self.decimal_mark = decimal_mark
        self._dot_decimal = (decimal_mark or number_symbols(locale)[0]) == "."
        _lex()  # the module-level tables the hot paths read are filled here

    def home(self, code: str | None, assumed: bool) -> str | None:
        """An ambiguous marker read in a locale's home currency ("$" in en_CA is CAD)."""
        if code is None or not assumed or not self._home or code in self._home:
            return code
        family = currency_families().get(code, frozenset())
        for home in self._home:
            if home in family:
                return home
        return code

    # -- the numeral and what is glued to it -----------------------------------------

    def numeral_at(self, start: int, end: int) -> _Amount | None:
        """The bare numeral at [start, end) with sign; None when it is not a figure."""
        raw = self.text[start:end]
        if len(raw) > _MAX_NUMERAL:
            return None  # no figure has 400 digits: a run of digits, not a number
        if raw.isdigit() and raw.isascii():
            # the common case, plain digits: no marks to read
            return _Amount(start, end, start, end, Decimal(raw), _ONE, True)
        if text_after_is_dash(self.text, end) and _DOT_GROUPED_ANY.match(raw):
            # "1.899,-": a price with no cents; its dots can only be grouping
            return _Amount(start, end, start, end, Decimal(raw.replace(".", "")), _ONE, False)
        if raw[-1] in _VULGAR or "e" in raw or "E" in raw:
            return self.special_numeral(start, end, raw)
        if self._dot_decimal and _PLAIN_DECIMAL.match(raw):
            # "1.25": one decimal point, no grouping
            places = len(raw) - raw.index(".") - 1
            return _Amount(start, end, start, end, Decimal(raw), _PLACES[places], False)
        numeral = parse_digits(raw, self.locale, decimal_mark=self.decimal_mark)
        if numeral is None:
            return None
        return _Amount(start, end, start, end, numeral.value, numeral.precision, False)

    def special_numeral(self, start: int, end: int, raw: str) -> _Amount | None:
        """'2½', '½', '1.5e10': vulgar fractions and scientific notation."""
        if raw[-1] in _VULGAR:
            num, den = _VULGAR[raw[-1]]
            whole = raw[:-1]
            if whole and not whole.isdigit():
                return None
            value = ratio(num, den) + (Decimal(whole) if whole else 0)
            return _Amount(start, end, start, end, value, None, False)
        mantissa, _, exponent = raw.replace("E", "e").partition("e")
        numeral = parse_digits(mantissa, self.locale, decimal_mark=self.decimal_mark)
        if numeral is None:
            return None
        shift = int(exponent)
        a = _Amount(
            start,
            end,
            start,
            end,
            numeral.value.scaleb(shift),
            None if numeral.precision is None else numeral.precision.scaleb(shift),
            False,
        )
        a.scaled = True
        return a

    def fraction(self, a: _Amount) -> None:
        """'1/4', '2 1/2': a fraction or mixed number after digits (not '24/7', '9/11')."""
        text = self.text
        e = a.num_end
        if e < self.n and text[e] == "/":
            m = _FRACTION_AT.match(text, a.num_start)
            if m is not None and _proper(m):
                a.value = ratio(int(m.group(1)), int(m.group(2)))
                a.precision, a.integer_text = None, False
                a.end = a.num_end = m.end()
        elif (
            e + 1 < self.n
            and text[e] == " "
            and a.num_end - a.num_start <= 3
            and text[e + 1].isdigit()
            and (m := _FRACTION_AT.match(text, e + 1)) is not None
            and _proper(m)
            and not text[m.end() : m.end() + 1].isdigit()
        ):
            # "10 1/2 miles", "2 1/4 percent"
            a.value += ratio(int(m.group(1)), int(m.group(2)))
            a.precision, a.integer_text = None, False
            a.end = a.num_end = m.end()

    def sign(self, a: _Amount, at: int) -> int:
        """Apply a minus sign standing right before offset ``at``; return the new start."""
        text = self.text
        if (
            at > self.done
            and text[at - 1] in "-−–"
            and (
                at < 2
                or not (text[at - 2].isalnum() or text[at - 2] in "%-−–")
                # "CHF-1.00", as babel writes a negative amount in de_CH
                or (text[at - 2].isupper() and _currency_before(text, at - 1) is not None)
            )
        ):
            a.value = -a.value
            return at - 1
        if at > self.done and text[at - 1] == "+" and (at < 2 or not text[at - 2].isalnum()):
            return at - 1
        m = None
        if "minus" in text[max(self.done, at - 8) : at].lower():
            m = _MINUS_WORD.search(text, max(self.done, at - 8), at)
        if m is not None:
            a.value = -a.value
            return m.start()
        return at

    def suffix(self, a: _Amount, allow_scale: bool = True) -> None:
        """Extend ``a`` with a scale word, then percent, currency, minor unit or unit."""
        text = self.text
        n = self.n
        p = a.end
        if p < n and text[p] in ",;)]" and not a.word:
            return  # "5, 6 and 7", "($1.22 million)": the amount ends at the mark
        if p < n and text[p] == " " and not a.word and a.currency is None:
            # the common case first: a plain word after the number ("5 people", "12 vs")
            # that can start no scale, percent, currency or unit ends the amount
            w = _SPACE_WORD.match(text, p)
            if (
                w is not None
                and w.group(1) not in _suffix_words()
                and text[w.end() : w.end() + 1] not in _LEX_SYMBOL_STARTS
            ):
                return
        if a.word and a.value < 1 and (m0 := _OF_A.match(text, p)) is not None:
            # "a quarter of a percentage point", "three-quarters of a percent": read on
            q0 = m0.end()
            if _PERCENT_AFTER.match(text, q0) or _currency_name_after(text, q0):
                a.end = p = q0
        # a scale word: glued ("3bn", "$5m") or after a space ("3 million")
        p0 = p
        q = p
        if p < n:
            # wire copy is hard-wrapped: "0.5\npct", "94.76 billion\ndlrs"
            sp = _SPACE_OR_NL.match(text, p)
            assert sp is not None
            q = sp.end()
        if allow_scale and p < n:
            m = _SCALE_AFTER.match(text, q) if text[q : q + 1] in _SCALE_INITIALS else None
            if m is not None:
                word = m.group(1).lower()
                glued = q == p
                ok = True
                if word in ("m", "k", "b", "t", "mm", "cr", "mil"):
                    # single letters are scales only glued, or spaced after a currency;
                    # "mm" is millions only in money ("$1MM"), millimetres otherwise
                    ok = (glued or a.currency is not None) and not (
                        word == "mm" and a.currency is None
                    )
                    if word == "m" and a.currency is None:
                        # "100m" alone: metres unless money follows ("100m euros")
                        after = _HSPACE.match(text, m.end())
                        assert after is not None
                        ok = _currency_name_after(text, after.end()) is not None
                    if word in ("b", "t") and a.currency is None and a.integer_text:
                        ok = False  # "5b", "5t": a grade or tonnes; "1.2b" is a billion
                    if word == "k" and text[q] == "K" and a.currency is None and a.word is False:
                        # "4K", "8K": screen resolutions, not thousands
                        ok = ok and (a.num_end - a.num_start > 1 or a.value not in (4, 5, 8))
                if ok:
                    scale = SCALES[word if word in SCALES else word.rstrip("s")]
                    a.scale_by(scale)
                    a.end = p = m.end()
                    # "1,2 Mrd. Euro": an abbreviated scale's full stop before a currency
                    if (
                        p + 2 < n
                        and text[p] == "."
                        and text[p + 1] == " "
                        and _currency_name_after(text, p + 2) is not None
                    ):
                        p += 1
                    # "3 million and a half": a fraction of the scale
                    fm = _AND_FRACTION.match(text, p) if word not in ("k", "m", "b", "t") else None
                    if fm is not None:
                        num = 1 if fm.group(1).lower() in ("a", "an", "one") else 0
                        num = num or {"two": 2, "three": 3}[fm.group(1).lower()]
                        a.value += ratio(num, FRACTION_WORDS[fm.group(2).lower()]) * scale
                        a.precision = None
                        a.end = p = fm.end()
                    # a compound scale: "1.5 lakh crore", "2 thousand crore"
                    m2 = _SECOND_SCALE.match(text, p)
                    if m2 is not None:
                        a.scale_by(SCALES[m2.group(1).lower()])
                        a.end = p = m2.end()
        # something glued to the digits that is not a scale: ordinal, decade, identifier
        if p == a.num_end and p < n and (text[p].isalpha()):
            g = _GLUED_SUFFIX.match(text, p)
            if g is not None:
                a.note = "glued:" + g.group(1).lower()
                return
            if (
                text[p] in "CF"
                and (p + 1 >= n or not text[p + 1].isalnum())
                and a.num_end - a.num_start <= 5
                and a.kind is Kind.NUMBER
                and _WEATHER_BEFORE.search(text, max(0, a.start - 60), a.start) is not None
            ):
                # "40C", "-10C", "104F": a temperature as British copy writes it
                name = "degree_Celsius" if text[p] == "C" else "degree_Fahrenheit"
                a.kind, a.unit, a.end = Kind.QUANTITY, unit_name(name), p + 1
                return
        # "20p": pence, only glued and followed by a non-letter
        if (
            p < n
            and text[p] == "p"
            and a.kind is Kind.NUMBER
            and a.num_end == p
            and (p + 1 >= n or not text[p + 1].isalnum())
        ):
            a.value = a.value.scaleb(-2)
            if a.precision is not None:
                a.precision = a.precision.scaleb(-2)
            a.kind, a.currency, a.note, a.end = Kind.MONEY, "GBP", "minor unit", p + 1
            return
        if p != p0:
            sp = _SPACE_OR_NL.match(text, p)
            assert sp is not None
            q = sp.end()
        if q >= n:
            return
        m = _PERCENT_AFTER.match(text, q) if text[q] in _PERCENT_INITIALS else None
        if m is not None and a.currency is None:
            word = m.group(1).lower().replace("-", " ")
            a.kind = Kind.PERCENT
            a.end = m.end()
            if word.startswith("basis") or word.startswith("bp"):
                a.value = a.value.scaleb(-2)
                if a.precision is not None:
                    a.precision = a.precision.scaleb(-2)
                a.unit, a.note = "percent", "basis points"
            elif word.startswith("percentage p") or word in ("pp", "ppt", "ppts"):
                a.unit = "percentage point"
            else:
                a.unit = "percent"
            return
        if a.currency is not None and a.kind is Kind.MONEY:
            # a name restating the prefix ("$5 million dollars", "US$5 USD")
            got = _currency_name_after(text, q) if text[q].isalpha() else None
            if got is not None and got[1] == a.currency and got[2] == 0:
                a.end = got[0]
                a.assumed = a.assumed and got[4]
            return
        c = text[q]
        if c.islower():
            if _nothing_after(text, q):
                return  # "12 shares", "5 vs 6": no currency or unit starts here
        elif not c.isalpha() and c not in _lex().symbol_starts and c not in "-°":
            return  # a comma, a bracket, a line break: nothing more belongs to the amount
        if q == p and p < n and text[p] == "-" and a.num_end == p:
            # "a 12-cent dividend", "a one-yen bid": the amount as an adjective
            got = _currency_name_after(text, p + 1)
            if got is not None and not got[3]:
                q = p + 1
            else:
                # "a 3-inch screen", "a six-mile trip", "a 45-acre farm"
                w = _WORD.match(text, p + 1)
                unit = UNIT_WORDS.get(w.group(0).lower()) if w is not None else None
                if w is not None and unit is not None and len(w.group(0)) > 2:
                    a.kind, a.unit, a.end = Kind.QUANTITY, unit_name(unit), w.end()
                    return
        got = _currency_name_after(text, q)
        if got is None and q < n and text[q] == "M" and q + 4 <= n:
            # "30 MUSD", "120 MEUR": millions of a currency, in corporate filings
            code = text[q + 1 : q + 4]
            if (
                code.isupper()
                and (q + 4 == n or not text[q + 4].isalnum())
                and lexicon.lookup_code(code) is not None
            ):
                a.scale_by(SCALES["m"])
                a.kind, a.currency, a.end = Kind.MONEY, code, q + 4
                return
        if got is not None:
            end, code, minor, needs_dollar, assumed = got
            if needs_dollar:
                return
            if text[q:end].lower().startswith("pound") and _OF.match(text, end) is not None:
                # "5 pounds of sugar": weight, not sterling
                a.kind, a.unit, a.end = Kind.QUANTITY, self.unit("pound", end), self._per_end
                return
            a.kind, a.currency, a.end = Kind.MONEY, code, end
            a.assumed = assumed
            if minor:
                a.value = a.value.scaleb(-minor)
                if a.precision is not None:
                    a.precision = a.precision.scaleb(-minor)
                a.note = "minor unit"
                return
            m = _SCALE_WORD_AFTER.match(text, end) if not a.scaled else None
            if m is not None:
                # "75 USD million": the scale after the currency
                a.scale_by(SCALES[m.group(1).lower()])
                a.end = m.end()
                return
            self.minor_part(a, code)
            return
        self.unit_after(a, q)

    def minor_part(self, a: _Amount, code: str) -> None:
        """'3 dollars 50 cents', '15 dollars and 50': the minor part of one amount."""
        text = self.text
        m = _MINOR_PART.match(text, a.end)
        if m is None or a.scaled or a.value != a.value.to_integral_value():
            return
        digits = m.group("n")
        if digits is not None:
            cents = Decimal(digits)
            end = m.end("n")
        else:
            got = _read_word_number(text, m.start("w"))
            if got is None or not 0 < got[0].value < 100:
                return
            cents, end = got[0].value, got[1]
        unit = _MINOR_UNIT_AFTER.match(text, end)
        if unit is not None:
            end = unit.end()
        elif end < self.n and not _CLAUSE_END.match(text, end):
            return  # "15 dollars and 15 cars": not part of the amount
        digits_minor = minor_units(code)
        if digits_minor == 0:
            return
        a.value += cents.scaleb(-digits_minor)
        a.precision = Decimal(1).scaleb(-digits_minor)
        a.end = end

    def unit(self, pint_name: str, end: int) -> str:
        """pint's name for a unit ending at ``end``, with a "per day" that follows."""
        self._per_end = end
        m = _PER.match(self.text, end)
        if m is not None:
            w = _WORD.match(self.text, m.end())
            if w is not None and w.group(0).lower().rstrip(".") in DURATION_WORDS:
                self._per_end = m.end() + len(w.group(0).rstrip("."))
                return unit_name(pint_name, DURATION_WORDS[w.group(0).lower().rstrip(".")])
        return unit_name(pint_name)

    def unit_after(self, a: _Amount, q: int) -> None:
        text = self.text
        if q < self.n and text[q] == "°" and q + 1 < self.n and text[q + 1] in "CF":
            name = "degree_Celsius" if text[q + 1] == "C" else "degree_Fahrenheit"
            a.kind, a.unit, a.end = Kind.QUANTITY, self.unit(name, q + 2), self._per_end
            return
        first = _WORD.match(text, q)
        if first is None:
            return
        low = first.group(0).lower()
        if low not in _UNIT_FIRST_WORDS and low.rstrip(".") not in _UNIT_FIRST_WORDS:
            return
        words = _words_after(text, q, MAX_UNIT_WORDS)
        for k in range(len(words), 0, -1):
            phrase = " ".join(w for w, _ in words[:k]).lower()
            end = words[k - 1][1]
            if phrase.endswith(".") and phrase not in UNIT_WORDS:
                phrase, end = phrase[:-1], end - 1
            if phrase in UNIT_WORDS:
                written = text[q:end]
                if len(phrase) <= 3 and written != phrase and written not in _UPPER_UNITS:
                    continue  # "5G" is a network, "10 M" is not a unit
                a.kind = Kind.QUANTITY
                a.unit = self.unit(UNIT_WORDS[phrase], end)
                a.end = self._per_end
                return
            if k == 1 and phrase in DURATION_WORDS:
                a.note = "duration"
                return

    # -- whole figures --------------------------------------------------------------

    def amount_at(self, start: int, end: int, word: bool) -> _Amount | None:
        """Read one amount whose numeral is at [start, end) (digits) or starts at start."""
        text = self.text
        if word:
            got = _read_word_number(text, start)
            if got is None:
                return None
            numeral, wend = got
            a = _Amount(start, wend, start, wend, numeral.value, numeral.precision, False)
            a.word = True
            last = text[max(start, wend - 9) : wend].rsplit(None, 1)[-1].lower()
            if len(last) > 2 and last in SCALES:
                # "six million": the scale a first end may share ("five to six million")
                a.factor, a.scaled = SCALES[last], True
        else:
            b = self.numeral_at(start, end)
            if b is None:
                return None
            a = b
            nxt = text[end : end + 1]
            if a.integer_text and (
                nxt == "/" or (nxt == " " and text[end + 1 : end + 2].isdigit())
            ):
                self.fraction(a)
        # currency before: "$5", "US$ 5", "USD34.6", "Rs. 2.5"
        s = self.sign(a, a.start)
        if (
            s == a.start
            and s > 0
            and text[s - 1] == "%"
            and (s < 2 or not text[s - 2].isalnum())
            and a.kind is Kind.NUMBER
        ):
            # "%5": the percent sign before the number, as Turkish writes it
            a.kind, a.unit, a.start = Kind.PERCENT, "percent", s - 1
            s = a.start = self.sign(a, a.start)
        if s == a.start:
            cur = _currency_before(text, a.start)
            if (
                cur is not None
                and text[a.start - 1].isalpha()
                and a.start - cur[0] == 3
                and cur[1] in _ACRONYM_CODES
                and a.integer_text
                and len(text[a.num_start : a.num_end]) <= 2
            ):
                # "COP28": the UN climate conference, not 28 Colombian pesos. Otherwise a
                # glued code is money, as babel writes it ("VND5", "COP5000")
                cur = None
            if cur is not None and cur[0] >= self.done:
                a.start, a.currency, a.kind, a.prefix_currency = cur[0], cur[1], Kind.MONEY, True
                a.assumed = cur[2]
                a.start = self.sign(a, a.start)
        else:
            a.start = s
            # "-$5" has the currency after the sign, "€ -5,00" (Dutch) before it
            cur = _currency_before(text, a.num_start) or _currency_before(text, s)
            if cur is not None and cur[0] >= self.done:
                a.currency, a.kind, a.prefix_currency = cur[1], Kind.MONEY, True
                a.assumed = cur[2]
                a.start = min(a.start, cur[0])
        self.suffix(a)
        if a.currency is not None and not a.word and not a.scaled and self._dot_decimal:
            self.dot_grouping(a)
        if (
            a.kind is Kind.MONEY
            and a.unit is None
            and (text[a.end : a.end + 1] == "/" or text[a.end + 1 : a.end + 2] in _PER_INITIALS)
            and text[a.end : a.end + 1] in "/ "
        ):
            self.per_unit(a)  # "$80 a barrel", "$15.4/hour"
        return a

    def per_unit(self, a: _Amount) -> None:
        """'$350 per kg', '$80 a barrel', '$15.4/hour': a price per unit of something."""
        text = self.text
        m = _PER.match(text, a.end)
        if m is None or m.end() == a.end:
            return
        w = _WORD.match(text, m.end())
        if w is None:
            return
        word = w.group(0).lower().rstrip(".")
        name = UNIT_WORDS.get(word) or DURATION_WORDS.get(word)
        if name is None or (len(word) <= 3 and w.group(0).rstrip(".") != word):
            return
        if (
            word in DURATION_WORDS
            and m.group(0).strip().lower() in ("a", "an")
            and _TIME_ADVERB_AFTER.match(text, w.end())
        ):
            return  # "3.2 bln yen a year earlier": when, not how often
        a.unit = unit_name(f"1 / ({name})")
        a.end = w.end() - (1 if w.group(0).endswith(".") else 0)  # not the full stop

    def dot_grouping(self, a: _Amount) -> None:
        """'Rp 350.000', '1.727 Ft': a currency without minor units groups with dots."""
        raw = self.text[a.num_start : a.num_end]
        if not _DOT_GROUPED.match(raw):
            return
        assert a.currency is not None  # the caller reads only amounts with a currency
        if minor_units(a.currency) == 0:
            a.value = (a.value * 1000).quantize(Decimal(1))
            a.precision = Decimal(1)

    def qualifier_before(self, start: int) -> tuple[int, Qualifier] | None:
        text = self.text
        k = start
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        # the word before: after the last space or line break (found in C)
        lo = max(0, k - 15)
        j = max(lo, text.rfind(" ", lo, k) + 1, text.rfind("\n", lo, k) + 1)
        if text[j:k].lower().lstrip('("“') not in _QUALIFIER_LAST_WORDS:
            return None
        lo = max(self.done, start - 24)
        m = _QUALIFIER_BEFORE.search(self.text, lo, start)
        if m is None:
            return None
        key = re.sub(r"\s+", " ", m.group(1).lower())
        return m.start(1), _QUALIFIERS[key]

    def not_a_figure(self, a: _Amount, raw: str) -> int | None:
        """If the anchor is a year, date, time, score, identifier...: where to resume."""
        text = self.text
        marked = a.marked  # read once: a property, consulted below many times
        s, e = a.num_start, a.num_end
        n = self.n
        if a.note and a.note.startswith("glued:"):
            return self.tail(a.end)  # ordinal, decade, or glued identifier
        after = text[e] if e < n else " "
        if a.word:
            if after == "-" and e + 1 < n and text[e + 1].isalpha() and a.end == e:
                m = _TENOR_AFTER.match(text, e)
                if m is not None and m.group(2):
                    return None  # "five-year-old": an age
                return self.tail(e)  # "two-year", "twenty-first": an adjective or ordinal
            if not marked and self.names_a_thing(s, loose=False):
                return e  # "World War Two"
            return None
        if after not in "-/–.:" and _is_year(a, raw) and not a.prefix_currency:
            return e  # the common case first: "in 1987"
        before = text[s - 1] if s > 0 else " "
        if before.isalpha() and not a.prefix_currency:
            return self.tail(e)  # G7, A320, MH17
        if before == "-" and s >= 2 and text[s - 2].isalpha() and not a.prefix_currency:
            return self.tail(e)  # COVID-19, F-16
        if before in "#№":
            return self.tail(e)
        if after.isalpha() and a.end == e and not a.prefix_currency:
            return self.tail(e)  # 3D, 5G, 4x4
        if before == "'" and a.integer_text and len(raw) == 2:
            return e  # '90s
        # Each pattern below needs a particular mark next to the digits: test the mark
        # first, the pattern only then.
        if (
            (
                before in "+("
                or (
                    after in "-. )"
                    and (raw[0] == "0" or len(raw) <= 4)
                    and text[e + 1 : e + 2].isdigit()  # a phone number goes on in digits
                )
            )
            and not a.prefix_currency
            and (m := _PHONE_AT.match(text, s - 1 if before in "+(" else s))
        ):
            return m.end()
        if after in "-/." and (m := _DATE_AT.match(text, s)):
            return m.end()
        if (
            after in ":."
            and (m := _COLON_TIME_AT.match(text, s) or _CLOCK_AT.match(text, s))
            and (m.re is _COLON_TIME_AT or not marked)
        ):
            return m.end()
        if (
            len(raw) == 4
            and not marked
            and a.integer_text
            and int(raw[:2]) < 24
            and int(raw[2:]) < 60
            and (m := _ZONE_AFTER.match(text, a.end)) is not None
        ):
            return m.end()  # "0930 GMT", "1400 UTC": a clock time, not a year or count
        if not marked and a.integer_text and a.value <= 24:
            sp = _HSPACE.match(text, a.end)
            assert sp is not None
            if text[sp.end() : sp.end() + 1] in _TIME_INITIALS and _TIME_AFTER.match(
                text, sp.end()
            ):
                return sp.end()
        m = _TENOR_AFTER.match(text, e) if after == "-" else None
        if m is not None and not a.prefix_currency:
            if m.group(2):
                return None  # "45-year-old": an age, a number
            return m.end()
        if after == "-" and e + 1 < n and text[e + 1].isalpha() and a.end == e:
            return self.tail(e)  # "7-Eleven", "10-point plan": part of a name or adjective
        if after == "(" and _PAREN_LETTER.match(text, e):
            return e + 3  # 401(k)
        if after == "." and _TICKER_AFTER.match(text, e):
            return self.tail(e)  # 7203.T
        if after == "/" and text[e + 1 : e + 2].isdigit():
            return self.slash(a)  # "24/7", "9/11"; but "$30.56/month" is a price
        m = _FISCAL_AT.match(text, s) if after in "-/–" else None
        if m is not None and not a.prefix_currency:
            return m.end()
        if _is_year(a, raw) and not a.prefix_currency:
            return e
        if not marked and not a.prefix_currency:
            if a.integer_text and self.month_near(s, e):
                return e
            if self.names_a_thing(s, loose=a.integer_text):
                return self.tail(e)
        return None

    def tail(self, pos: int) -> int:
        """The end of the glued token going on at ``pos`` ("787-9", "7-Eleven")."""
        m = _GLUED_TAIL.match(self.text, pos)
        return m.end() if m is not None else pos

    def slash(self, a: _Amount) -> int | None:
        """Digits, a slash, digits that are no fraction ("24/7", "9/11", "2019/20"): where
        to resume. (Fractions were read with the numeral.)"""
        m = _FRACTION_AT.match(self.text, a.num_start)
        return m.end() if m is not None else self.tail(a.num_end)

    def month_near(self, s: int, e: int) -> bool:
        text = self.text
        before = self.word_before(s, 10)
        if before is not None and text[before[0] : before[1]].rstrip(".").lower() in _MONTHS:
            return True
        m = _MONTH_AFTER.match(text, e)
        return m is not None and m.group(1).lower() in _MONTHS and int(text[s:e]) <= 31

    def word_before(self, s: int, longest: int) -> tuple[int, int] | None:
        """The span of the word ending one space before ``s`` (letters, '&', '.'), or
        None; a word longer than ``longest`` does not count."""
        text = self.text
        end = s - 1
        if end < 1 or text[end] != " ":
            return None
        j = end
        while j > 0 and end - j <= longest and (text[j - 1].isalnum() or text[j - 1] in "&."):
            j -= 1
        if j == end or end - j > longest or not text[j].isalpha():
            return None
        return j, end

    def names_a_thing(self, s: int, *, loose: bool = True) -> bool:
        """'Section 230', 'Boeing 737': a number right after a naming word.

        ``loose`` also takes any capitalised word that does not start a sentence
        ("Boeing 737"); without it only the listed naming words count ("version 2.0")."""
        text = self.text
        found = self.word_before(s, 15)
        if found is None:
            return False
        word = text[found[0] : found[1]]
        low = word.lower()
        if low in _ID_WORDS:
            return True
        if loose and word[0].isupper() and low not in _COMMON_CAPS and low not in _MONTHS:
            if low in _WEEKDAYS or low in _QUALIFIERS:
                return False
            # a capitalised word that does not start a sentence
            k = found[0] - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            return not (k < 0 or text[k] in '.!?\n"“(:;')
        return False

    # -- ranges, qualifiers, vague amounts ------------------------------------------

    def range_after(self, a: _Amount) -> _Amount | None:
        """The second end of a range starting with ``a``, or None."""
        text = self.text
        m = _RANGE_SEP.match(text, a.end)
        if m is None or m.end() >= self.n:
            return None
        sep = m.group(0).strip().lower()
        q = m.end()
        if (sep == "and" or (sep == "or" and a.marked)) and not _BETWEEN_BEFORE.search(
            text, max(0, a.start - 10), a.start
        ):
            return None  # "5 or 6 percent" is a range; "5 percent or 6 points" is not
        if sep in ("to", "through", "or") and not (m.group(0).startswith(" ") or q > a.end):
            return None
        if (
            sep in ("to", "through")
            and a.marked
            and not _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
            and _CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start)
        ):
            # "rose 4.1% to £14.6bn", "fell $12.40 to $1,985.20": a change, then a level
            return None
        if sep in ("to", "through", "or", "and") and a.kind is Kind.PERCENT:
            # "weakened 1.2% to 18.95": a percentage range puts its sign on its second
            # end or both ("5 to 7%", "5% to 7%"), never on the first alone (money may:
            # "$5 to 6")
            second = _ANCHOR.match(text, q)
            if second is not None and second.group("d") is not None:
                probe = self.numeral_at(second.start(), second.end())
                if probe is not None:
                    saved = self.done
                    self.done = q
                    self.suffix(probe)
                    self.done = saved
                    if not probe.marked:
                        return None
        am = _ANCHOR.match(text, q)
        cur = None
        if am is None and text[q] in "-−" and text[q + 1 : q + 2].isdigit():
            am = _ANCHOR.match(text, q + 1)  # "from -18 °C to -34 °C": a signed end
        if am is None:
            # "$5 million to $6 million": a currency before the second number
            cm = _SYMBOL_THEN_DIGIT.match(text, q)
            if cm is None:
                return None
            am = _ANCHOR.match(text, cm.end())
            cur = cm
            if am is None:
                return None
        saved = self.done
        self.done = q
        b = self.amount_at(am.start(), am.end(), am.group("w") is not None)
        self.done = saved
        if b is None or (cur is not None and not b.prefix_currency):
            return None
        if b.note and b.note.startswith("glued:"):
            return None
        return b

    def is_score(self, a: _Amount, b: _Amount, sep_text: str) -> bool:
        """'3-1', '112-104', 'voted 51-49': two bare integers joined by a dash that do not
        rise as a range does, or that a word of contest stands beside ('lost 1-3')."""
        if not (
            a.kind is Kind.NUMBER
            and b.kind is Kind.NUMBER
            and not (a.scaled or b.scaled or a.unit or b.unit)
            and sep_text.strip() in ("-", "–", "—")
            and a.integer_text
            and b.integer_text
        ):
            return False
        if b.value <= a.value:
            return True  # a range rises: "10-20 years"; a score need not
        text = self.text
        return (
            _CONTEST_BEFORE.search(text, max(0, a.start - 30), a.start) is not None
            or _CONTEST_AFTER.match(text, b.end) is not None
        )

    def combine(self, a: _Amount, b: _Amount) -> _Amount | None:
        """Share scale, currency and kind between the two ends of a range; None when
        the two cannot be one range (a percent then money)."""
        if (
            a.kind is not Kind.NUMBER
            and b.kind is not Kind.NUMBER
            and (a.kind is not b.kind or a.currency != b.currency or a.unit != b.unit)
        ):
            return None  # "from 44 ml to 50 mg": two amounts, not one range
        low_value = a.value
        if not a.scaled and b.scaled:
            # "$5-6 million": the scale of the second end applies to the first
            low_value = a.value * b.factor
        if a.kind is Kind.NUMBER:
            kind, currency, unit, note = b.kind, b.currency, b.unit, b.note
            assumed = b.assumed
        else:
            kind, currency, unit, note = a.kind, a.currency, a.unit or b.unit, a.note or b.note
            assumed = a.assumed and (b.assumed or b.currency is None)
        if kind is Kind.NUMBER and b.kind is Kind.NUMBER and a.kind is Kind.NUMBER:
            unit = a.unit or b.unit
        if note and note.startswith("glued"):
            note = None
        if note == "basis points" and a.kind is Kind.NUMBER:
            low_value = low_value.scaleb(-2)
        if note == "minor unit" and a.kind is Kind.NUMBER:
            low_value = low_value.scaleb(-2)
        lo, hi = min(low_value, b.value), max(low_value, b.value)  # "from -18 to -34"
        r = _Amount(a.start, b.end, a.num_start, b.num_end, lo, b.precision, False)
        r.kind, r.currency, r.unit, r.note = kind, currency, unit, note
        r.assumed = assumed
        r.scaled = True
        r.high = hi
        return r

    def vague_at(self, start: int, word: str) -> Figure | None:
        """'hundreds of', 'tens of thousands of', 'millions of dollars'."""
        text = self.text
        units = _VAGUE_UNITS
        unit = units[word.lower()]
        end = start + len(word)
        m = _OF.match(text, end)
        if m is None:
            return None
        # "tens of thousands of", "hundreds of millions of"
        m2 = _VAGUE_SCALE.match(text, m.end())
        if m2 is not None and word.lower() in ("tens", "hundreds", "dozens", "scores"):
            unit *= units[m2.group(1).lower()]
            end = m2.end()
            m = _OF.match(text, end)
        elif word.lower() == "tens":
            return None
        low, high = unit * 2, unit * (12 if word.lower() == "dozens" else 10)
        if word.lower() == "scores":
            high = Decimal(100) * (unit / 20)
        kind, currency, assumed = Kind.NUMBER, None, False
        if m is not None:
            sp = _HSPACE.match(text, m.end())
            assert sp is not None
            got = _currency_name_after(text, sp.end())
            if got is not None and not got[3] and not got[2]:
                kind, currency, end = Kind.MONEY, got[1], got[0]
                assumed = got[4]
        return Figure(
            kind=kind,
            text=text[start:end],
            start=start,
            end=end,
            low=low,
            high=high,
            qualifier=Qualifier.VAGUE,
            currency=self.home(currency, assumed),
            currency_assumed=assumed,
        )

    # -- the loop --------------------------------------------------------------------

    def figures(self) -> list[Figure]:
        """Every figure of the text, in order, none overlapping."""
        text = self.text
        excl = self.exclude
        ei = 0
        out: list[Figure] = []
        for m in _anchors(text):
            s = m.start()
            if s < self.done:
                continue
            while ei < len(excl) and excl[ei][1] <= s:
                ei += 1
            if ei < len(excl) and excl[ei][0] <= s < excl[ei][1]:
                continue
            e = m.end()
            w = None
            if m.re is _WORD_ANCHOR:
                w = m.group(0)
                lw = w.lower()
                if lw in _AFTER_A:
                    a_at = _a_before(text, s)
                    if a_at >= self.done:
                        # "a million", "a third of": the number starts at the article
                        s, e = a_at, a_at + (3 if text[a_at + 1] in "nN" else 2)
                        fig = self.figure_at(s, e, text[s:e])
                        if fig is not None and not (out and fig.start < out[-1].end):
                            self.done = fig.end
                            out.append(fig)
                            continue
                        s, e = m.start(), m.end()
                    if lw in _AFTER_A_ONLY:
                        continue  # "the third quarter": an ordinal
                lead = _LEAD_FOLLOW.get(lw)
                if lead is not None:
                    # "a", "half", "quarter" start a number only before the right word
                    if lead.match(text, e) is None:
                        continue
                    e += 1
                    w = text[s:e]
            fig = self.figure_at(s, e, w)
            if fig is None:
                continue
            if ei < len(excl) and fig.end > excl[ei][0] >= fig.start:
                continue
            if out and fig.start < out[-1].end:
                continue  # a prefix read backwards may reach into the figure before
            self.done = fig.end
            out.append(fig)
        return out

    def figure_at(self, start: int, end: int, w: str | None) -> Figure | None:
        """The figure whose numeral is the anchor [start, end) (``w``: its text when it
        is a word), or None when it is not a figure."""
        text = self.text
        if w is not None:
            lw = w.lower().strip()
            if lw in _VAGUE_WORDS:
                fig = self.vague_at(start, w)
                if fig is None and lw in ("thousands", "millions", "billions", "hundreds"):
                    return None
                return fig
        a = self.a_fraction(start) if w is not None and w[:1] in "aA" else None
        if a is None:
            a = self.amount_at(start, end, w is not None)
        if a is None:
            self.done = max(self.done, end)
            return None
        raw = text[a.num_start : a.num_end]
        if (
            a.word
            and not a.marked
            and (
                (a.value == 1 and raw.lower() in ("one", "a", "an"))
                or " ".join(raw.lower().split()) in ("half a", "half an")
            )
        ):
            return None  # "one of the", "half a chance": not a count
        resume = self.not_a_figure(a, raw)
        if resume is not None:
            self.done = max(self.done, resume)
            return None
        if a.note and a.note.startswith("glued"):
            self.done = max(self.done, a.end)
            return None
        sep = _RANGE_SEP.match(text, a.end)
        hi: Decimal | None = None
        if sep is not None:
            b = self.range_after(a)
            if b is not None and (
                self.not_a_figure(b, text[b.num_start : b.num_end]) is None or b.marked
            ):
                if self.is_score(a, b, sep.group(0)):
                    self.done = max(self.done, b.end)
                    return None
                r = self.combine(a, b)
                if r is not None:
                    hi = r.high
                    a = r
        duration = a.note == "duration"
        if duration:
            a.note = None
        start = a.start
        qualifier: Qualifier | None = None
        bm = None
        if hi is not None:
            bm = _BETWEEN_BEFORE.search(text, max(self.done, start - 10), start)
            if bm is not None:
                start = bm.start()
        if bm is None:
            # "more than 72,000", and "about 5-6 million" (a range may be qualified too)
            q = self.qualifier_before(start)
            if q is not None and not (
                duration and text[q[0] : q[0] + 4].lower() == "over" and q[0] - self.done <= 1
            ):
                # ("cut $1.5 trillion over 10 years": a period after an amount, where
                # "for over 10 years" is more than ten)
                start, qualifier = q
        if start < self.done:
            start = a.start
        end = a.end
        value: Decimal | None = a.value
        low: Decimal | None = None
        if hi is not None:
            low, value = a.value, None
        precision = a.precision
        if a.scaled or a.word:
            # drop the zeros scaling leaves: 1.22 x 10**6 is 1220000, not 1220000.00
            value, low, hi, precision = _tidy(value), _tidy(low), _tidy(hi), _tidy(precision)
        currency = a.currency
        if a.assumed and self._home:
            currency = self.home(currency, True)
        # positional, in field order: the hot path builds one of these per figure
        return Figure(
            a.kind,
            text[start:end],
            start,
            end,
            value,
            low,
            hi,
            qualifier,
            currency,
            a.unit,
            precision,
            a.note,
            a.assumed,
        )

    def a_fraction(self, start: int) -> _Amount | None:
        """'a third of', 'a quarter percentage point', 'a fifth.': a fraction introduced
        by 'a' (not 'for a third time', an ordinal), with what follows it read too."""
        m = _A_FRACTION.match(self.text, start)
        if m is None:
            return None
        value = ratio(1, FRACTION_WORDS[m.group(1).lower()])
        a = _Amount(start, m.end(), start, m.end(), value, None, False)
        a.word = True
        of = _OF_A_SCALE.match(self.text, m.end())
        if of is not None:
            # "a quarter of a million"
            a.value = value * SCALES[of.group(1).lower()]
            a.end = a.num_end = of.end()
            a.scaled = True
        self.suffix(a, allow_scale=False)
        return a


def _tidy(d: Decimal | None) -> Decimal | None:
    """Drop the trailing zeros that scaling leaves: 1.22e6 -> 1220000, and
    5666666.6666666666666666666667000000 -> 5666666.6666666666666666666667."""
    if d is None or not d.is_finite():
        return d
    if d != d.to_integral_value():
        return d.normalize(_WIDE)
    return d.quantize(Decimal(1), context=_WIDE)


def extract(text: str, *, locale: str = "en", decimal_mark: str | None = None) -> list[Figure]:
    """Every money, percent, number and quantity figure in ``text``, in text order.

    Never raises on a ``str``; anything else is a ``TypeError``. Exchange-rate
    footnotes such as "($1 = 0.8214 pounds)" are rates, not figures: see
    :func:`figures.read`. ``locale`` sets the digit marks and the home currency;
    ``decimal_mark`` ("." or ",") forces the decimal mark when the caller knows it.

    >>> [f.value for f in extract("1.500 and 2,5", decimal_mark=",")]
    [Decimal('1500'), Decimal('2.5')]

    >>> [(f.text, f.kind.value, f.value, f.currency) for f in extract("£3bn, up 5%")]
    [('£3bn', 'money', Decimal('3000000000'), 'GBP'), ('5%', 'percent', Decimal('5'), None)]
    >>> f = extract("more than 72,000 incidents")[0]
    >>> f.text, f.value, f.qualifier.value
    ('more than 72,000', Decimal('72000'), 'over')
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"extract() needs a str, not {type(text).__name__}")
    exclude: list[tuple[int, int]] = []
    if "=" in text:  # every footnote states an equation
        from figures.inline_rates import footnote_spans

        exclude = sorted(footnote_spans(text))
    with decimal.localcontext(_EXTRACT_CONTEXT):
        return _Scanner(text, locale, exclude, decimal_mark).figures()
