"""Documents in German, French, Spanish, Italian, Portuguese and Dutch end to end: the
dateline's date picks the ECB fixing ``convert`` uses, and ``check`` judges stated
conversions against the footnote rate printed the way each press prints it."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import figures

MARCH_20 = datetime.date(2023, 3, 20)

# (locale, text): each pledges one million euros under a dateline of 2023-03-20, whose
# ECB fixing is 1.0717 dollars per euro
DATELINES = [
    ("de", "FRANKFURT, 20. März 2023 (Reuters) - Die Bank sagte 1 Million Euro zu."),
    ("fr", "PARIS, 20 mars 2023 (Reuters) - La banque a promis 1 million d'euros."),
    ("es", "MADRID, 20 de marzo de 2023 (Reuters) - El banco prometió 1 millón de euros."),
    ("it", "MILANO, 20 marzo 2023 (Reuters) - La banca ha promesso 1 milione di euro."),
    ("pt", "LISBOA, 20 de março de 2023 (Reuters) - O banco prometeu 1 milhão de euros."),
    ("nl", "AMSTERDAM, 20 maart 2023 (Reuters) - De bank beloofde 1 miljoen euro."),
]


@pytest.mark.parametrize(("locale", "text"), DATELINES, ids=[c[0] for c in DATELINES])
def test_dateline_date_picks_the_ecb_fixing(locale: str, text: str) -> None:
    doc = figures.read(text, locale=locale)
    assert (doc.date, doc.date_source) == (MARCH_20, "text")
    (conversion,) = doc.convert("USD")
    assert conversion.error is None and conversion.money is not None
    assert conversion.money == figures.Money(Decimal("1071700"), "USD")
    assert conversion.source == "ecb 2023-03-20"


def test_sunday_dateline_uses_fridays_fixing() -> None:
    doc = figures.read(
        "FRANKFURT, 19. März 2023 (Reuters) - Die Bank sagte 1 Million Euro zu.", locale="de"
    )
    (conversion,) = doc.convert("USD")
    assert conversion.money == figures.Money(Decimal("1062300"), "USD")
    assert conversion.source == "ecb 2023-03-17"


# (locale, text, base, quote, rate, consistent): a stated conversion and its footnote
CHECKS = [
    (
        "de",
        "Die Bank zahlte 1,2 Milliarden Franken (1,3 Milliarden Euro). (1 Euro = 0,9250 Franken)",
        "EUR",
        "CHF",
        "0.9250",
        True,
    ),
    (
        "de",
        "Die Bank zahlte 1,2 Milliarden Franken (1,5 Milliarden Euro). (1 Euro = 0,9250 Franken)",
        "EUR",
        "CHF",
        "0.9250",
        False,
    ),
    (
        "de",
        "Der Konzern investiert 100 Millionen Euro (108,5 Millionen US-Dollar). "
        "(1 Euro = 1,0850 US-Dollar)",
        "EUR",
        "USD",
        "1.0850",
        True,
    ),
    (
        "fr",
        "Le groupe investit 100,5 millions d'euros (109 millions de dollars). "
        "(1 euro = 1,085 dollar)",
        "EUR",
        "USD",
        "1.085",
        True,
    ),
    (
        "fr",
        "Le groupe investit 100,5 millions d'euros (120,3 millions de dollars). "
        "(1 euro = 1,085 dollar)",
        "EUR",
        "USD",
        "1.085",
        False,
    ),
    (
        "fr",
        "Le groupe investit 100,5 millions d'euros (120,3 millions de dollars). (1 $ = 0,92 €)",
        "USD",
        "EUR",
        "0.92",
        False,
    ),
    (
        "es",
        "La empresa invirtió 100,5 millones de dólares (92,5 millones de euros). "
        "(1 dólar = 0,92 euros)",
        "USD",
        "EUR",
        "0.92",
        True,
    ),
    (
        "es",
        "La empresa invirtió 100,5 millones de dólares (80,3 millones de euros). "
        "(1 dólar = 0,92 euros)",
        "USD",
        "EUR",
        "0.92",
        False,
    ),
    (
        "it",
        "La società ha investito 100,5 milioni di euro (120,3 milioni di dollari). "
        "(1 euro = 1,085 dollari)",
        "EUR",
        "USD",
        "1.085",
        False,
    ),
    (
        "pt",
        "A empresa investiu 100,5 milhões de euros (120,3 milhões de dólares). "
        "(1 euro = 1,085 dólar)",
        "EUR",
        "USD",
        "1.085",
        False,
    ),
    (
        "nl",
        "Het bedrijf investeerde 100,5 miljoen euro (120,3 miljoen dollar). "
        "(1 euro = 1,085 dollar)",
        "EUR",
        "USD",
        "1.085",
        False,
    ),
]


@pytest.mark.parametrize(
    ("locale", "text", "base", "quote", "rate", "consistent"),
    CHECKS,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CHECKS)],
)
def test_check_judges_stated_conversions_by_the_footnote(
    locale: str, text: str, base: str, quote: str, rate: str, consistent: bool
) -> None:
    doc = figures.read(text, locale=locale)
    assert [(r.base, r.quote, r.rate) for r in doc.rates] == [(base, quote, Decimal(rate))]
    (pair,) = doc.pairs
    assert pair.consistent is consistent
    assert [p.restated for p in doc.check()] == ([] if consistent else [pair.restated])


def test_locale_reading_of_a_footnote_beats_the_english_one() -> None:
    # "1,085" is 1.085 in French copy; read in English it would be 1085
    doc = figures.read("Vente de 100,5 millions d'euros. (1 euro = 1,085 dollar)", locale="fr")
    assert [r.rate for r in doc.rates] == [Decimal("1.085")]
