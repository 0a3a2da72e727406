"""The per-language data files (``lexicon/lang/<code>.json``) and what is built from them."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import figures
from figures.lexicon.languages import (
    currency_names,
    for_locale,
    language,
    load,
    supported_languages,
)
from figures.numbers import FRACTION_WORDS, SCALES, TENS_NUMBER_WORDS, UNIT_NUMBER_WORDS
from figures.scan import MONTH_NUMBERS
from figures.scan.anchors import AFTER_A, AFTER_A_ONLY, LEAD_FOLLOW, VAGUE_UNITS
from figures.scan.locale_rates import locale_rates
from figures.scan.locale_values import decompose
from figures.scan.locale_words import read_number
from figures.scan.percent_words import PERCENT_MEANINGS
from figures.scan.ranges import QUALIFIERS

LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")

#: Every key a language file may hold: a typo in a file must fail here, not be ignored.
KNOWN_KEYS = frozenset(
    """language about scales scales_by_locale glued_scales scale_joiners percent
    percent_before qualifiers range_between range_from range_and range_to
    range_to_needs_from range_articles number_words hundreds number_joiners compound ones
    fractions fraction_suffixes half_words ambiguous_words vague vague_prefixes vague_of
    months weekdays day_dot ordinal_nouns glued_ordinals id_words time_after clock_words
    currency_words assumed_words not_currency decimal_words over_words minus_words
    joiner_adds_fraction level_words change_verbs time_before over_is_share
    capitalised_words scales_after_scale scales_after_currency big_scales after_a
    after_a_only after_a_in_range scales_after_half contest_before contest_after
    clock_marks time_zones tenor_units level_prepositions market_level_prepositions
    quoted_level_prepositions price_verbs pair_links not_rate_after hypothetical_words
    forecast_words share_words conversion_words level_currency_nouns
    currency_adjective_nouns sum_scales price_units per_something downward_words
    choice_words level_verbs weather_words time_adverbs_after money_nouns
    level_subject_codes""".split()
)


def test_every_language_has_a_file() -> None:
    assert supported_languages() == ("de", "en", "es", "fr", "it", "nl", "pt")


@pytest.mark.parametrize("code", supported_languages())
def test_files_hold_only_known_keys_and_name_their_language(code: str) -> None:
    folder = resources.files("figures.lexicon").joinpath("lang")
    data = json.loads(folder.joinpath(f"{code}.json").read_text(encoding="utf-8"))
    assert data["language"] == code
    assert set(data) <= KNOWN_KEYS, set(data) - KNOWN_KEYS


def test_english_words_come_from_en_json() -> None:
    """The scanner's English scales, fractions and qualifiers are the file's."""
    data = load("en")
    assert set(SCALES) == set(data["scales"])
    assert SCALES["bn"] == Decimal(10) ** 9
    assert SCALES["dozen"] == Decimal(12)
    assert data["fractions"] == FRACTION_WORDS
    assert {w for words in data["qualifiers"].values() for w in words} == set(QUALIFIERS)
    assert set(VAGUE_UNITS) == set(data["vague"])
    assert set(data["number_words"]) == UNIT_NUMBER_WORDS | TENS_NUMBER_WORDS
    assert "nineteen" in UNIT_NUMBER_WORDS and "twenty" in TENS_NUMBER_WORDS
    assert data["months"] == MONTH_NUMBERS and MONTH_NUMBERS["sept"] == 9
    assert data["percent"] == PERCENT_MEANINGS and PERCENT_MEANINGS["bps"] == "bp"


@pytest.mark.parametrize(
    ("locale", "word", "power"),
    [
        ("de", "billionen", 12),
        ("de", "milliarden", 9),
        ("fr", "billion", 12),
        ("fr", "milliards", 9),
        ("es", "billón", 12),
        ("es", "billon", 12),  # written without the accent
        ("es", "millardo", 9),
        ("it", "miliardi", 9),
        ("nl", "biljoen", 12),
        ("pt_BR", "bilhões", 9),
        ("pt", "bilhões", 9),
        ("pt_PT", "bilhões", 12),
        ("pt_PT", "biliões", 12),
    ],
)
def test_long_scale_trap(locale: str, word: str, power: int) -> None:
    lang = for_locale(locale)
    assert lang is not None
    assert lang.scales[word] == Decimal(10) ** power


def test_for_locale_maps_regions_to_their_language_and_english_to_none() -> None:
    de_ch = for_locale("de_CH")
    assert de_ch is not None and de_ch.code == "de"
    assert for_locale("pt-PT") is language("pt", "PT")
    assert for_locale("en_GB") is None
    assert for_locale("ja") is None


@pytest.mark.parametrize(
    ("code", "name", "iso"),
    [
        ("de", "schweizer franken", "CHF"),
        ("de", "us-dollar", "USD"),
        ("fr", "livres sterling", "GBP"),
        ("fr", "francs suisses", "CHF"),
        ("es", "dólares estadounidenses", "USD"),
        ("es", "pesos mexicanos", "MXN"),
        ("pt", "reais", "BRL"),
        ("it", "franchi svizzeri", "CHF"),
        ("nl", "zwitserse frank", "CHF"),
    ],
)
def test_currency_names_come_from_cldr_in_each_language(code: str, name: str, iso: str) -> None:
    assert currency_names(code)[name][0] == iso


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("de", "zweihundertdreiundzwanzig", "223"),
        ("de", "einundzwanzig", "21"),
        ("de", "dreieinhalb Millionen", "3500000"),
        ("fr", "quatre-vingt-dix millions", "90000000"),
        ("fr", "quatre vingt dix neuf", "99"),
        ("fr", "soixante-dix", "70"),
        ("fr", "nonante", "90"),
        ("fr", "cent et trois quarts", "100.75"),
        ("es", "dos mil millones", "2000000000"),
        ("es", "ciento cincuenta", "150"),
        ("es", "veintiún", "21"),
        ("es", "dos coma cinco", "2.5"),
        ("es", "tres veinteavos", "0.15"),
        ("it", "duemila", "2000"),
        ("it", "ventuno", "21"),
        ("pt", "dois mil", "2000"),
        ("nl", "tweeduizend", "2000"),
        ("nl", "eenentwintig", "21"),
    ],
)
def test_spelled_out_numbers(locale: str, text: str, value: str) -> None:
    lang = for_locale(locale)
    assert lang is not None
    got = read_number(lang, text, 0)
    assert got is not None
    assert got[0].value == Decimal(value)
    assert got[1] == len(text)


@pytest.mark.parametrize(
    ("code", "word"), [("de", "Einnahmen"), ("de", "Achtung"), ("fr", "neuve")]
)
def test_words_that_start_like_numbers_are_not_numbers(code: str, word: str) -> None:
    assert decompose(language(code), word) is None


def test_one_words_alone_are_articles_but_one_of_a_currency_is_money() -> None:
    assert figures.extract("Sie bekam einen Preis.", locale="de") == []
    figs = figures.extract("Hast du mal einen Euro?", locale="de")
    assert [(f.text, f.value, f.currency) for f in figs] == [("einen Euro", Decimal(1), "EUR")]
    assert figures.extract("Il a publié un livre.", locale="fr") == []


def test_locale_rates_are_read_by_the_scanner_in_the_locale() -> None:
    text = "Die Kosten stiegen auf 500 Millionen Dollar (1 $ = 0,92 €)."
    ((start, end, rate),) = locale_rates(text, "de")
    assert text[start:end] == "(1 $ = 0,92 €)"
    assert (rate.base, rate.quote, rate.rate) == ("USD", "EUR", Decimal("0.92"))
    assert locale_rates(text, "en") == []


def test_english_is_read_by_the_english_scanner() -> None:
    """English locales never reach the language data: 'mil' is a million in English."""
    figs = figures.extract("$5 mil", locale="en_US")
    assert [f.value for f in figs] == [Decimal(5000000)]
    figs = figures.extract("5 mil euros", locale="es")
    assert [f.value for f in figs] == [Decimal(5000)]


def test_a_long_run_of_glued_number_words_is_read_in_linear_time() -> None:
    """One 64,000-letter 'word' made of number words is no number, and is refused at
    once (decomposing it would be quadratic)."""
    text = "zweihundertdreiundzwanzigtausend" * 2000
    assert figures.extract(text, locale="de") == []
    assert decompose(language("de"), "zweihundertdreiundzwanzigtausend") is not None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("cut rates by 10 basis\npoints on Monday", Decimal("0.10"), "percent"),
        ("rose 0.9 percentage\npoint last year", Decimal("0.9"), "percentage point"),
        ("rose 5 per\ncent in May", Decimal("5"), "percent"),
    ],
)
def test_percent_phrase_wrapped_across_a_line(text: str, value: Decimal, unit: str) -> None:
    """Wire copy is hard-wrapped: a percent phrase split by a line break is one word."""
    (f,) = [f for f in figures.extract(text) if f.kind == figures.Kind.PERCENT]
    assert (f.value, f.unit) == (value, unit)


def test_no_scanner_module_keeps_the_moved_english_words() -> None:
    """Months, weekdays, percent, identifier and change words live in en.json: a word
    of each list appears in no module of the scanner or the rate readers."""
    src = Path(figures.__file__).parent
    modules = [*sorted((src / "scan").glob("*.py")), *(src / n for n in _ENGLISH_MODULES)]
    sentinels = (
        *("february", "wednesday", "ppts", "gameweek", "matchday", "tumbles"),
        *("routed", "trailed", "aggregate", "hkt", "sgt", "|yr|"),
        *(
            "fetching",
            "|near|",
            "beyond|",
            "|beyond",
            "scenario",
            "predict",
            "convert\\w",
            '"stood"',
        ),
        *("ringgit", "mmbtu", "alternatively", "denominated"),
        *("heatwave", "thermometer", "hovered", "compensation", "previously", "loonie"),
    )
    found = [(p.name, w) for p in modules for w in sentinels if w in p.read_text("utf-8").lower()]
    assert found == []


def test_scale_words_by_place_come_from_en_json() -> None:
    """The scale words read in one place only ("1.5 lakh crore", "75 USD million", "a
    26-billion-euro", "half a million") are the file's, and every one is a scale."""
    data = load("en")
    for key in ("scales_after_scale", "scales_after_currency", "big_scales", "scales_after_half"):
        assert set(data[key]) <= set(SCALES), key
    assert set(data["after_a"]) | set(data["after_a_only"]) == AFTER_A
    assert tuple(data["after_a_only"]) == AFTER_A_ONLY and set(AFTER_A_ONLY) <= set(FRACTION_WORDS)
    assert LEAD_FOLLOW["quarter"].match(" trillion") and not LEAD_FOLLOW["quarter"].match(" lakh")
    spelled = "seventy-two thousand, two lakh, a dozen, a hundred, a million"
    assert [f.value for f in figures.extract(spelled)] == [
        Decimal(72000),
        Decimal(200000),
        Decimal(12),
        Decimal(100),
        Decimal(1000000),
    ]
    figs = figures.extract("Revenue was 1.5 lakh crore rupees and 75 USD million.")
    assert [f.value for f in figs][:2] == [Decimal("1500000000000"), Decimal("75000000")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Output was 1-3 on Sunday.", [(Decimal(1), Decimal(3))]),  # a range
        ("They lost 1-3 on Sunday.", []),  # contest_before: a score, no range
        ("It ended 4-5 aggregate.", []),  # contest_after
        ("Trading opens at 0930 today.", [(Decimal(930), None)]),
        ("Trading opens at 0930 GMT.", []),  # time_zones: a clock time
        ("a 10-year bond", []),  # tenor_units: an adjective
        ("a 10-yard dash", [(Decimal(10), None)]),
        ("a 45-year-old man", [(Decimal(45), None)]),  # an age is a figure
        # vague words of a thousand and more
        ("tens of thousands of people", [(Decimal(20000), Decimal(100000))]),
    ],
)
def test_contest_clock_tenor_and_vague_words(
    text: str, spans: list[tuple[Decimal, Decimal | None]]
) -> None:
    got = [(f.low if f.value is None else f.value, f.high) for f in figures.extract(text)]
    assert got == spans


def test_no_scanner_module_spells_out_a_list_of_scale_words() -> None:
    """Scale and fraction words are no regex literal in a scanner module: an
    alternation of two of them ("million|billion") is built from en.json."""
    src = Path(figures.__file__).parent
    sentinels = ("million|billion", "billion|trillion", "crores?", "fifth|sixth", "sixth|eighth")
    found = [
        (p.name, w)
        for p in sorted((src / "scan").glob("*.py"))
        for w in sentinels
        if w in p.read_text("utf-8").lower()
    ]
    assert found == []


_ENGLISH_MODULES = (
    "numbers.py",
    "rate_statements.py",
    "rate_tokens.py",
    "prose_levels.py",
    "rate_tense.py",
    "consistency.py",
    "document.py",
    "datelines.py",
)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        # level_prepositions + quoted_level_prepositions: a quote per unit
        ("The rupee closed at 83.12 per dollar.", ("USD", "INR", Decimal("83.12"))),
        ("The rupee closed about 83.12 per dollar.", ("USD", "INR", Decimal("83.12"))),
        # level_prepositions + price_verbs: a level stated in prose
        ("The dollar bought 150 yen on Friday.", ("USD", "JPY", Decimal(150))),
        ("The euro was at $1.08 on Friday.", ("EUR", "USD", Decimal("1.08"))),
    ],
)
def test_level_words_read_a_rate(text: str, rate: tuple[str, str, Decimal]) -> None:
    got = [(r.base, r.quote, r.rate) for r in figures.find_rates(text)]
    assert rate in got


@pytest.mark.parametrize(
    "text", ["The rupee closed with 83.12 per dollar.", "The dollar gave 150 yen on Friday."]
)
def test_other_words_before_a_level_read_no_rate(text: str) -> None:
    assert figures.find_rates(text) == []


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("If the dollar rose to 150 yen, exporters would gain.", "hypothetical"),
        ("Analysts expect the dollar to reach 150 yen.", "forecast"),
        ("Sony shares rose to 150 yen.", "share price"),
        ("The dollar rose to 150 yen on Friday.", None),
    ],
)
def test_tense_words_come_from_en_json(text: str, why: str | None) -> None:
    """hypothetical_words, forecast_words and share_words say a rate is not today's."""
    from figures.rate_tense import not_today

    assert not_today(text, text.index("150"), text.index("yen") + 3) == why


def test_phrase_lists_read_stems_and_spaces() -> None:
    from figures.lexicon.word_patterns import phrase_alternation

    pattern = re.compile(r"\b(?:" + phrase_alternation(load("en")["conversion_words"]) + r")\b")
    assert pattern.search("translated at the rates  of\nexchange")
    assert pattern.search("converted") and not pattern.search("translat")


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("The ringgit was at $0.21 on Friday.", [("MYR", "USD", Decimal("0.21"))]),
        ("The euro zone was at $1.08 on Friday.", []),  # currency_adjective_nouns
        ("The euro was at $1.08 billion on Friday.", []),  # sum_scales
        ("The euro was at $1.08 a barrel on Friday.", []),  # price_units
    ],
)
def test_prose_level_words_come_from_en_json(
    text: str, rates: list[tuple[str, str, Decimal]]
) -> None:
    assert [(r.base, r.quote, r.rate) for r in figures.find_rates(text)] == rates


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # money_nouns: "pounds of the proceeds" is sterling, "of the sugar" is weight
        ("12.5 billion pounds of the proceeds went", ("12.5 billion pounds", None, "GBP")),
        ("5 pounds of the sugar went", ("5 pounds", "pound", None)),
        # time_adverbs_after: "a year earlier" says when, not how often
        ("profit was 3.2 bln yen a year earlier", ("3.2 bln yen", None, "JPY")),
        ("costs 3.2 bln yen a year now", ("3.2 bln yen a year", "1 / year", "JPY")),
    ],
)
def test_attach_words_come_from_en_json(
    text: str, read: tuple[str, str | None, str | None]
) -> None:
    assert [(f.text, f.unit, f.currency) for f in figures.extract(text)] == [read]


def test_level_subjects_name_currencies() -> None:
    """level_subject_codes: a currency named as the subject of a level ("the loonie rose
    to 79.39 yen") makes the level a rate, not money; another subject does not."""
    codes = load("en")["level_subject_codes"]
    assert all(figures.lexicon.is_currency(c) for c in codes.values())
    assert codes["loonie"] == "CAD"
    assert figures.extract("The loonie rose to 79.39 yen.") == []
    assert [f.text for f in figures.extract("The widget rose to 79.39 yen.")] == ["79.39 yen"]
