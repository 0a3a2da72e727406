"""Reading the unit after a number, and the ambiguous unit words, without pint.

The scanner (``figures.scan.attach``) calls these small functions; the words are data
(``lexicon/units/*.tsv``, read by :mod:`figures.units`) and the decisions below are
the few places where a word means two things:

- **"pounds"**: money by default (sterling, or the pounds the document names), and a
  mass when the text says so: "pounds of" ("5 pounds of sugar"), a weight word before it
  in the sentence ("weighs 25 pounds", "the weight is 3 pounds"), a verb of body
  weight before an amount without a scale word ("to drop 25 pounds"), another mass unit
  just before it ("a metric ton is 2,204.62 pounds", "10kg (25lbs)"), or a singular
  "pound" describing a thing ("a 20-pound bag", "a twenty pound turkey"; but "a
  five-pound note" and "a 10 pound fine" are money). See :func:`pounds_are_mass`.
  At document level (:func:`figures.read`, :mod:`figures.pounds`) a story about weights
  (some mass figure in it) with no sterling evidence ("£", "sterling", "stg", "GBP", a
  rate footnote in pounds) reads its other bare "pounds" as a mass too, unless a money
  word precedes it in the sentence; a story with sterling evidence keeps them GBP.
- **"m"**: after a currency a million ("$5m", "£5 m"); alone a metre ("1.8m tall",
  "the 100 m final", "a 400m race", "the 100m hurdles", "a 100m-long tunnel"), unless
  a currency, a unit, a plural noun of counted things, a singular noun of money or a
  hyphenated word of counting follows ("100m euros", "5m barrels", "1.2m shares",
  "a 5m deal", "a 5m-year-old rock": millions). See :func:`m_is_million`.
- **"t"**: a metric ton ("278,000 t", "100t") unless a currency precedes the amount
  ("$5t" is five trillion).
- **"C"** (and "F"): Celsius (Fahrenheit) when the weather is the subject: a weather
  word within the sentence before the number or right after the letter ("Its 30 C
  outside"); otherwise not a unit. Never coulomb: a coulomb is written "coulomb".
  "K" is a kelvin only when a temperature is spoken of just before ("300 °C (572 °F,
  573.15K)"); otherwise a thousand ("32K"). See :func:`kelvin_letter`.
- **"ton"**: a short ton (2,000 lb) for "en" and the United States, a metric ton in
  every other English-speaking locale ("en_GB", "en_IN", "en_AU"...). "short ton",
  "long ton" and "metric ton" say which. See :func:`regional`.
- **"in"**: an inch only where it cannot be the preposition: at the end of a clause
  ("2 in.", "2 in") or before a word of size ("2 1/2 in thick").
- **"degrees"** alone: an angle only when a word of turning is near ("rotate 90
  degrees", "a 180-degree turn"); otherwise no unit ("35 degrees" of heat, "six degrees
  on the Mercalli scale", a university degree). See :func:`angle_near`.
- **"pm"** and **"am"**: clock times after any number that can be one (an hour up to
  12, with or without two-digit minutes: "2 pm", "2.13 am"); after any other number
  picometres and attometres ("2.123 pm"). See :func:`clock_or_length`.
- **"°"** alone: the temperature scale named right after it ("−273.15° on the Celsius
  scale"), no unit when the weather is the subject, otherwise an angle ("a 90° bend").

>>> read_unit("km/h", 0), read_unit("kg/ha", 0), read_unit("km²", 0)
((4, 'kilometer / hour'), (5, 'kilogram / hectare'), (3, 'kilometer ** 2'))
>>> read_unit("J/m^2 per year", 0)
(14, 'joule / meter ** 2 / year')
"""

from __future__ import annotations

import re

from figures.units import DURATION_WORDS, UNIT_WORDS, symbols, unit_name

__all__ = [
    "absolute_zero",
    "angle_near",
    "clock_or_length",
    "degree_sign",
    "inch_in",
    "inch_mark",
    "kelvin_letter",
    "m_is_million",
    "pounds_are_mass",
    "read_symbols",
    "read_unit",
    "regional",
    "temperature_letter",
    "weather_near",
]

# One factor of a compound: a symbol or word, then an optional power.
_FACTOR = re.compile(
    r"(?P<u>[^\W\d_²³¹⁰-⁹]{1,12})(?P<p>\^?(?:2|3|-1|−1)(?![\w.,]\d)|²|³|⁻¹)?(?![^\W_])"
)
_OPERATOR = re.compile(r"[ \t]?(?:/|·|⋅|\*)[ \t]?|[ \t]per[ \t]")
_POWER_WORD = re.compile(r"[ \t](squared|cubed)\b")
_LENGTH = re.compile(r"meter|foot|inch|mile|yard")
_POWER_BEFORE = re.compile(r"(square|sq|cubic|cu)\.?[ \t]", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s,;:()\[\]]{1,24}?(?=[\s,;:()\[\]]|\.(?!\w)|$)")
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_POWERS = {"2": 2, "3": 3, "-1": -1, "−1": -1, "²": 2, "³": 3, "⁻¹": -1}
#: Time symbols met only as a denominator ("km/h", "W/min", "t/d").
_TIME_SYMBOLS = {"h": "hour", "min": "minute", "d": "day", "yr": "year", "a": "year"}
_TIMES = frozenset({*DURATION_WORDS.values(), "second", "millisecond"})


def _one(word: str, compound: bool) -> str | None:
    """The pint name of one written unit: a symbol exactly as written, then a word."""
    table = symbols(compound)
    if word in table:
        return table[word]
    low = word.lower()
    name = UNIT_WORDS.get(low)
    if name is not None and (len(low) > 3 or word == low):
        return name
    if compound:
        return DURATION_WORDS.get(low) or _TIME_SYMBOLS.get(word)
    return None


def _factors(text: str, start: int) -> tuple[list[tuple[str, int]], int]:
    """The factors (pint name, power) of a compound at ``start``, and where it ends.
    A symbol read only in compounds ("W", "A") counts only when a second factor
    follows it, and each factor after the first stands alone or is a time: "5 A/B
    shares" is no ampere per byte."""
    factors: list[tuple[str, int]] = []
    at, sign, end = start, 1, start
    alone_ok = True
    while True:
        m = _FACTOR.match(text, at)
        if m is None:
            break
        following = _OPERATOR.match(text, m.end())
        compound = bool(factors) or m.group("p") is not None or following is not None
        name = _one(m.group("u"), compound=compound)
        if name is None:
            break
        standalone = _one(m.group("u"), compound=m.group("p") is not None) is not None
        if not factors and not standalone:
            alone_ok = False
        elif factors and not standalone and name not in _TIMES:
            break  # "A/B": after the first, a factor stands alone or is a time ("W/min")
        written = m.group("p") or "1"
        if written in ("-1", "−1") and not m.group("u").islower():
            break  # "A-1" is a rating; "s-1", "fb−1" are inverse units
        if written in ("2", "3") and not (_LENGTH.search(name) or (sign < 0 and name == "second")):
            break  # "10W2" is a code; "km2" an area, "m3" a volume, "m/s2" an acceleration
        factors.append((name, sign * _POWERS.get(written.lstrip("^"), 1)))
        end = m.end()
        if following is None:
            break
        sign = 1 if following.group(0).strip() in ("·", "⋅", "*") else -1
        at = following.end()
    if len(factors) == 1 and not alone_ok:
        return [], start
    return factors, end


# What read_unit can settle in one look: no letter and no bracket at ``pos`` (only a
# word of the table with a "/" in it can be read there), or a plain word ending at a
# stop that no operator, power or power word ("squared", "cubed") can follow: "tonnes,",
# "years.", "in the" (see read_unit).
_ONE_LOOK = re.compile(
    r"(?![^\W\d_²³¹⁰-⁹]|[(\[{<])"
    r"|(?P<w>[^\W\d_²³¹⁰-⁹]+)(?=[,;:()\[\]]|\.(?!\w)|[ \t](?![/·⋅*psc])|[^\S \t]|\Z)"
)


def read_unit(text: str, pos: int) -> tuple[int, str] | None:
    """A unit written with symbols at ``pos``: one symbol ("MWh", "mGy", "Ma"), or a
    compound with ``/``, ``·``, "per", powers (``^2``, ``²``, ``-1``) and "squared" or
    "cubed" ("km/s2", "J/m^2 per year", "kg/cm³", "4 km cubed"), in brackets or not
    ("20 (kg)"). Returns (end, pint unit string), or None when nothing there reads as
    symbols (a unit word such as "barrels" is left to the caller).

    The same answer as :func:`read_symbols`, which it calls unless one look settles it:
    nothing but a word with a "/" can start without a letter or a bracket, and a plain
    word at a stop ("tonnes,", "in the") reads as symbols only when it is one ("km").

    >>> read_unit("MWh today", 0), read_unit("fb−1 in", 0), read_unit("pm", 0)
    ((3, 'megawatt_hour'), (4, '1 / femtobarn'), None)
    """
    look = _ONE_LOOK.match(text, pos)
    if look is None:
        return read_symbols(text, pos)
    word = look.group("w")
    if word is None:
        return _slash_word(text, pos)
    if word in symbols() or (word[0] in "sScCſ" and _POWER_BEFORE.match(text, pos)):
        return read_symbols(text, pos)  # "km", or "sq." / "cubic" before a unit
    return None


def _slash_word(text: str, pos: int) -> tuple[int, str] | None:
    """A word of the unit table with a "/" in it at ``pos``: "b/d", "km/h"."""
    token = _TOKEN.match(text, pos)
    if token is not None and "/" in token.group(0):
        written = token.group(0).lower()
        if written in UNIT_WORDS:  # "b/d", "km/h": a word of the table, not symbols
            return token.end(), unit_name(UNIT_WORDS[written])
    return None


def read_symbols(text: str, pos: int) -> tuple[int, str] | None:
    """:func:`read_unit` read in full, with no quick look first (the reference the
    quick look is tested against).

    >>> read_symbols("kg/cm³", 0), read_symbols("tonnes", 0)
    ((6, 'kilogram / centimeter ** 3'), None)
    """
    slashed = _slash_word(text, pos)
    if slashed is not None:
        return slashed
    close = _BRACKETS.get(text[pos : pos + 1])
    start = pos + 1 if close else pos
    powered = _POWER_BEFORE.match(text, start)
    if powered is not None:
        # "cubic kilometres", "sq km": the power before a unit word or symbol
        m = _FACTOR.match(text, powered.end())
        name = _one(m.group("u"), compound=True) if m is not None else None
        if m is None or name is None or m.group("p") is not None:
            return None
        power = 3 if powered.group(1).lower().startswith("cu") else 2
        return m.end(), unit_name(f"{name} ** {power}")
    factors, end = _factors(text, start)
    if not factors:
        return None
    simple = len(factors) == 1 and factors[0][1] == 1
    word = _POWER_WORD.match(text, end)
    if word is not None and len(factors) == 1:
        factors = [(factors[0][0], 2 if word.group(1) == "squared" else 3)]
        end, simple = word.end(), False
    if close:
        if text[end : end + 1] != close:
            return None
        end += 1
    elif simple and text[start:end] not in symbols():
        return None  # a plain word: the caller's phrase look-up reads it
    expression = " * ".join(f"{n} ** {p}" if p > 0 else f"1 / {n} ** {-p}" for n, p in factors)
    return end, unit_name(expression)


# ------------------------------------------------------------------ ambiguous words

_WEATHER = re.compile(
    r"\b(?:temperatures?|degrees|heat|heatwave|hot|cold|warm|cool|highs?|lows?|freezing"
    r"|weather|forecast|celsius|fahrenheit|thermometers?|mercury|chill|frost|minus"
    r"|outside|outdoors|sunny|today)\b",
    re.IGNORECASE,
)


_ANGLE = re.compile(
    r"\b(?:rotat\w*|turn\w*|angles?|angled|tilt\w*|inclin\w*|slop\w*|bank\w*|heading"
    r"|bearing|latitude|longitude|arc|compass|swivel\w*|spin\w*|pivot\w*|veer\w*)\b",
    re.IGNORECASE,
)


def angle_near(text: str, start: int, end: int) -> bool:
    """A word of turning in the 40 characters before ``start`` (within the sentence)
    or the 20 after ``end``: "rotate 90 degrees", "a 180-degree turn"."""
    before = re.split(r"[.!?]\s", text[max(0, start - 40) : start])[-1]
    return bool(_ANGLE.search(before) or _ANGLE.search(text, end, end + 20))


def weather_near(text: str, start: int, end: int) -> bool:
    """A weather word in the 60 characters before ``start`` (within the sentence) or
    the 20 after ``end``."""
    before = text[max(0, start - 60) : start]
    before = re.split(r"[.!?]\s", before)[-1]
    return bool(_WEATHER.search(before) or _WEATHER.search(text, end, end + 20))


_TEMPERATURE = re.compile(r"°|\b(?:temperatures?|celsius|fahrenheit|kelvin|degrees)\b", re.I)


def kelvin_letter(text: str, start: int, q: int) -> bool:
    """ "573.15K", "300 K": a capital K alone after an amount starting at ``start`` is a
    kelvin when a temperature is spoken of just before, within the sentence ("300 °C
    (572 °F, 573.15K)", "temperatures near 4 K"); otherwise a thousand ("32K", "$5K")
    or nothing."""
    if text[q : q + 1] != "K" or text[q + 1 : q + 2].isalnum():
        return False
    before = re.split(r"[.!?]\s", text[max(0, start - 60) : start])[-1]
    return _TEMPERATURE.search(before) is not None


def temperature_letter(text: str, start: int, q: int) -> tuple[int, str] | None:
    """ "30 C", "104 F": a capital letter alone after an amount starting at ``start`` is
    Celsius (Fahrenheit) when the weather is near, "K" a kelvin when a temperature is
    (:func:`kelvin_letter`); (end, unit) or None."""
    if kelvin_letter(text, start, q):
        return q + 1, "kelvin"
    letter = text[q : q + 1]
    if letter not in ("C", "F") or text[q + 1 : q + 2].isalnum():
        return None
    if not weather_near(text, start, q + 1):
        return None
    return q + 1, unit_name("degree_Celsius" if letter == "C" else "degree_Fahrenheit")


_SIZE_WORDS = re.compile(
    r"[ \t]+(?:thick|long|wide|tall|high|deep|across|in diameter|diameter|high|square)\b"
    r"|[ \t]*(?:[.,;:!?)\]]|$)",
    re.IGNORECASE,
)


def inch_in(text: str, end: int) -> bool:
    """ "in" ending at ``end`` after a number is an inch: a clause ends there ("2 in.",
    "2 in") or a word of size follows ("2 1/2 in thick")."""
    m = _SIZE_WORDS.match(text, end)
    if m is None:
        return False
    if m.group(0).strip() == ".":
        # "2 in. Then": a sentence end; "2 in.5" or "in.com" are not
        return not text[end + 1 : end + 2].isalnum()
    return True


_PLURAL_PEOPLE = frozenset("people children men women cattle sheep poultry".split())
_PLURAL_NOUN = re.compile(r"[ \t]{1,3}([a-z]{3,}s)\b")
_WORD = re.compile(r"[^\W\d_][^\W\d_\-]*")
#: Nouns of a race, a pool or a length after "100m": metres even when plural ("the
#: 100m hurdles", "1,500m freestyle heats").
_LENGTH_NOUNS = frozenset(
    "hurdles hurdle relay relays freestyle butterfly backstroke breaststroke medley sprint"
    " sprints dash heats heat final finals race races run runs lap laps pool pools swim"
    " steeplechase walk dive dives platform springboard event events record records"
    " title titles champion champions gold silver bronze medal medals winner winners"
    " mark barrier radius depth height length stretch span drop climb".split()
)
#: Singular nouns of money after "5m": millions ("a 5m deal", "a 5m loss").
_MONEY_NOUNS_M = frozenset(
    "deal loss profit deficit surplus budget contract stake loan bond fund investment grant"
    " settlement bid offer payout takeover acquisition fine bonus salary transfer revenue"
    " turnover debt bailout buyout writedown windfall dividend refinancing".split()
)
#: After "5m-": a hyphenated word of counting or money ("a 5m-year-old rock", "a
#: 2m-strong army", "a 5m-euro deal") is a million; any other ("100m-long") a metre.
_HYPHEN_MILLION = re.compile(
    r"-(?:year|strong|member|person|people|dollar|euro|pound|share|ton|tonne|barrel|plus"
    r"|unit|vote|user|customer|subscriber|viewer|reader|acre|square)\b",
    re.IGNORECASE,
)


def m_is_million(text: str, q: int) -> bool:
    """After an "m" with no currency before the amount, at ``q`` (past spaces): a
    million when a unit ("5m barrels"), a plural noun of counted things ("5m people",
    "1.2m shares"), a singular noun of money ("a 5m deal") or a hyphenated word of
    counting ("a 5m-year-old rock") follows; a metre otherwise, and always before a
    noun of a race, a pool or a length ("the 100m hurdles", "a 400m race") or a
    hyphenated word of size ("a 100m-long tunnel").

    >>> [m_is_million(t, 0) for t in ("hurdles", "shares", "deal", "-long", "-year-old")]
    [False, True, True, False, True]
    """
    if text[q : q + 1] == "-":
        return _HYPHEN_MILLION.match(text, q) is not None
    m = _WORD.match(text, q)
    if m is None:
        return False
    word = m.group(0).lower()
    if word in _LENGTH_NOUNS:
        return False
    if word in UNIT_WORDS and len(word) > 3:
        return True
    if m.group(0) in _PLURAL_PEOPLE or m.group(0) in _MONEY_NOUNS_M:
        return True
    return bool(_PLURAL_NOUN.match(" " + m.group(0), 0)) and m.group(0).islower()


#: Words for the bare ton that are read by locale.
_BARE_TON = frozenset({"ton", "tons", "tpd"})
#: Regions where a bare "ton" is the short ton of 2,000 pounds.
_SHORT_TON_REGIONS = frozenset({"US", "PH", "PR", "GU", "VI", "AS", "MP", "UM"})


def regional(word: str, unit: str, locale: str) -> str:
    """The unit of ``word`` in ``locale``: a bare "ton" ("tons", "tpd") is a short ton
    for "en" and the United States, a metric ton in other regions.

    >>> regional("tons", "ton", "en"), regional("tons", "ton", "en_GB")
    ('ton', 'metric_ton')
    >>> regional("tpd", "day / ton", "en_IN"), regional("short tons", "ton", "en_GB")
    ('day / metric_ton', 'ton')
    """
    if word.lower() not in _BARE_TON:
        return unit
    region = locale.replace("-", "_").partition("_")[2].upper()
    if not region or region in _SHORT_TON_REGIONS:
        return unit
    return re.sub(r"\bton\b", "metric_ton", unit)


_BODY_WEIGHT = re.compile(
    r"\b(?:lose|loses|lost|losing|drop|dropped|shed|sheds|gain|gains|gained|put on)\W+$",
    re.IGNORECASE,
)
_WEIGHT_BEFORE = re.compile(
    r"\b(?:weigh\w*|weight\w*|heav(?:y|ier|iest)|light(?:er|est)|pounds? of|tons?|tonnes?"
    r"|kilo(?:gram(?:me)?)?s?|kg|ounces?|oz|grams?|lbs?|stones?)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:costs?|costing|price[sd]?|worth|paid|pay|pays|sold|sell|sells|bought|buy|spent"
    r"|spend|fund\w*|budget|invest\w*|rais\w+|revenues?|profits?|loss|fined?|bid|deal"
    r"|valued?|sales|earn\w*|charg\w+|fees?|bill)\b",
    re.IGNORECASE,
)
_MONEY_NOUNS = frozenset(
    "note notes coin coins fine fines bill bills bet bets prize prizes ticket tickets voucher"
    " vouchers loan loans bonus payment payments fee fees charge charges sterling million"
    " billion trillion thousand deal deals budget levy tax price prices cheque check".split()
)
_NEXT_WORD = re.compile(r"[ \t]{1,3}([a-z]{3,})\b")
_FUNCTION_WORDS = frozenset(
    "and the for from with that this into than per each more less was were are has had"
    " have will would could should not but its their his her our".split()
)


def pounds_are_mass(text: str, start: int, q: int, end: int, scaled: bool = False) -> bool:
    """ "pound(s)" at ``q``..``end`` after an amount starting at ``start`` is a mass:
    a weight word or another mass unit earlier in the sentence (60 characters), a
    verb of body weight just before an amount with no scale word ("to drop 25
    pounds", not "lost 5 million pounds"), or a singular "pound" describing a thing
    ("a 20-pound bag", not "a five-pound note"). ("pounds of" is read by the caller.)"""
    before = text[max(0, start - 60) : start]
    before = re.split(r"[.!?;]\s", before)[-1]
    weights = list(_WEIGHT_BEFORE.finditer(before))
    if weights and not _MONEY_WORDS.search(before, weights[-1].end()):
        return True  # but "a weight of 870,000 pounds and costs 200 million pounds"
    if not scaled and _BODY_WEIGHT.search(before):
        return True
    if text[q:end].lower() != "pound":
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word not in _MONEY_NOUNS and word not in _FUNCTION_WORDS


def inch_mark(text: str, start: int, q: int) -> tuple[int, str] | None:
    """'9"', 'Wrench 8"': a straight double quote glued to the digits of a number that
    is no year is an inch when it closes no quotation: no other quote before it in its
    paragraph (and none after it on the line)."""
    if text[q : q + 1] != '"' or not text[q - 1 : q].isdigit():
        return None
    # bounded look-arounds: a long text of inch marks stays linear
    lo = max(0, start - 600)
    top = max(text.rfind("\n\n", lo, start), text.rfind("\n    ", lo, start), lo)
    paragraph = text[top:start]
    line = text[q + 1 : q + 200].partition("\n")[0]
    if '"' in paragraph or '"' in line:
        return None  # 'the "Top 10" list': a quotation
    if re.fullmatch(r"1[89]\d\d|20\d\d", text[start:q]):
        return None  # "in 1986": a year before a closing quote
    if text[q + 1 : q + 2].isalnum():
        return None
    return q + 1, "inch"


_CLOCK = re.compile(r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\Z")
_AM_PM = re.compile(r"[ \t]?([ap]m)\b(?!\.\w)")


def clock_or_length(text: str, number: str, q: int) -> tuple[int, str] | None:
    """ "2.1 pm", "2.123 am": after a number that cannot be a clock time (an hour up to
    12, with or without two-digit minutes), "pm" and "am" are picometres and
    attometres; "2 pm", "2.13 am" and "11:45 pm" stay clock times (None)."""
    m = _AM_PM.match(text, q)
    if m is None or _CLOCK.match(number) or not number[:1].isdigit():
        return None
    return m.end(), "picometer" if m.group(1) == "pm" else "attometer"


_SCALE_NAMED = re.compile(r"[^.;\n]{0,30}?\b(celsius|centigrade|fahrenheit)\b", re.IGNORECASE)


def degree_sign(text: str, start: int, q: int) -> tuple[int, str] | None:
    """A degree sign alone ("−273.15°", "a 90° turn"): the temperature scale named
    within the clause after it ("−273.15° on the Celsius scale"), no unit when the
    weather is the subject without a scale ("temperatures hit 40°"), else an angle."""
    if text[q : q + 1] != "°" or text[q + 1 : q + 2] in ("C", "F"):
        return None
    m = _SCALE_NAMED.match(text, q + 1)
    if m is not None:
        scale = m.group(1).lower()
        return q + 1, "degree_Fahrenheit" if scale == "fahrenheit" else "degree_Celsius"
    if weather_near(text, start, q + 1):
        return None
    return q + 1, "degree"


def absolute_zero(text: str, num_start: int) -> int | None:
    """Where "absolute zero" starts, when the spelled "zero" at ``num_start`` ends it."""
    begin = num_start - len("absolute ")
    if begin >= 0 and text[begin:num_start].lower() == "absolute ":
        return begin
    return None
