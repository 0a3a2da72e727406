"""Table-driven behaviour of ``figures.extract``: what it must find.

Every case is a source text and the figures it holds, written by hand from the extraction
contract (docs: DESIGN.md, "Semantics of values"), never from the output of the code
under test. An expected figure lists only the fields it asserts; Decimal fields are
written as strings and compared as ``Decimal`` (so ``"1E+6"`` and ``"1000000"`` agree,
but a float never does). ``None`` means the field must be ``None``.

The cases are grouped by where they come from: digits and grouping, scale words,
spelled-out numbers, money by symbol, prefixed dollars, ISO codes, currency names, wire
style, minor units, percentages, basis points, percentage points, ranges, qualifiers,
vague amounts, quantities, parenthesised restatements, and realistic news sentences.
What must *not* be a figure lives in ``test_extract_traps.py``.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest

from figures import Figure, Kind, Qualifier, extract

Expected = dict[str, Any]

DECIMAL_FIELDS = frozenset({"value", "low", "high", "precision"})
ONE_THIRD = "0.3333333333333333333333333333"  # Decimal(1) / Decimal(3), 28 digits
TWO_THIRDS = "0.6666666666666666666666666667"  # Decimal(2) / Decimal(3), 28 digits
MINOR = "minor unit"
BP = "basis points"


def money(text: str, value: str | None, currency: str, **fields: Any) -> Expected:
    """An expected money figure."""
    return {"text": text, "kind": "money", "value": value, "currency": currency, **fields}


def num(text: str, value: str | None, **fields: Any) -> Expected:
    """An expected plain number."""
    return {"text": text, "kind": "number", "value": value, **fields}


def pct(text: str, value: str | None, unit: str = "percent", **fields: Any) -> Expected:
    """An expected percentage (or percentage-point change, with ``unit=``)."""
    return {"text": text, "kind": "percent", "value": value, "unit": unit, **fields}


def qty(text: str, value: str | None, unit: str, **fields: Any) -> Expected:
    """An expected physical quantity; ``unit`` is pint's canonical unit string."""
    return {"text": text, "kind": "quantity", "value": value, "unit": unit, **fields}


def case(source: str, *expected: Expected, id: str) -> Any:
    """One table row: the source and every figure it must yield, in text order."""
    return pytest.param(source, list(expected), id=id)


# --- digits and grouping -------------------------------------------------------------
DIGITS = [
    case("72,000", num("72,000", "72000", precision="1"), id="digits-bare-grouped"),
    case(
        "The plant employs 72,000 workers.",
        num("72,000", "72000", precision="1"),
        id="digits-grouped-in-sentence",
    ),
    case(
        "It sold 1,234,567 copies.",
        num("1,234,567", "1234567", precision="1"),
        id="digits-two-groups",
    ),
    case(
        "The count reached 1,000,000,000 votes.",
        num("1,000,000,000", "1000000000", precision="1"),
        id="digits-billion-in-digits",
    ),
    case("They counted 4,500 sheep.", num("4,500", "4500"), id="digits-thousands"),
    case("Turnout was 987 voters.", num("987", "987", precision="1"), id="digits-plain"),
    case("The answer is 42.", num("42", "42"), id="digits-sentence-end-period"),
    case("There were 0 errors.", num("0", "0"), id="digits-zero"),
    case(
        "The reading came in at 12.75 on Friday.",
        num("12.75", "12.75", precision="0.01"),
        id="digits-decimal",
    ),
    case("1.5", num("1.5", "1.5", precision="0.1"), id="digits-precision-tenth"),
    case("0.5", num("0.5", "0.5", precision="0.1"), id="digits-leading-zero"),
    case("3.14159", num("3.14159", "3.14159", precision="0.00001"), id="digits-pi"),
    case("0.0001", num("0.0001", "0.0001", precision="0.0001"), id="digits-tiny"),
    case(
        "The total was 1,000.50 in all.",
        num("1,000.50", "1000.50", precision="0.01"),
        id="digits-grouped-with-decimals",
    ),
    case(".7909", num(".7909", "0.7909", precision="0.0001"), id="digits-bare-leading-point"),
    case(
        "The ratio stood at .7909 on Friday.",
        num(".7909", "0.7909"),
        id="digits-leading-point-in-sentence",
    ),
    case("1,23,456", num("1,23,456", "123456", precision="1"), id="digits-indian-lakh-grouping"),
    case(
        "The scheme reached 1,23,456 farmers.",
        num("1,23,456", "123456"),
        id="digits-indian-grouping-in-sentence",
    ),
    case(
        "Registrations reached 12,34,56,789 people.",
        num("12,34,56,789", "123456789"),
        id="digits-indian-crore-grouping",
    ),
    case(
        "1\u202f000\u202f000 people",
        num("1\u202f000\u202f000", "1000000"),
        id="digits-narrow-nbsp-grouping",
    ),
    case("1\u2009000 people", num("1\u2009000", "1000"), id="digits-thin-space-grouping"),
    case("-4.5", num("-4.5", "-4.5", precision="0.1"), id="digits-negative"),
    case("The balance was -4.5 on Monday.", num("-4.5", "-4.5"), id="digits-negative-in-text"),
    case("\u22124.5", num("\u22124.5", "-4.5"), id="digits-unicode-minus"),
    case(
        "They hired 5,000, then 6,000 more.",
        num("5,000", "5000"),
        num("6,000", "6000"),
        id="digits-comma-after-number",
    ),
    case(
        "Votes: 1,200, 3,400 and 5,600.",
        num("1,200", "1200"),
        num("3,400", "3400"),
        num("5,600", "5600"),
        id="digits-list-of-three",
    ),
]

# --- scale words and abbreviations ---------------------------------------------------
SCALES = [
    case(
        "1.5 million people",
        num("1.5 million", "1500000", precision="100000"),
        id="scale-million-decimal",
    ),
    case(
        "2 billion people",
        num("2 billion", "2000000000", precision="1000000000"),
        id="scale-billion",
    ),
    case(
        "3 trillion", num("3 trillion", "3000000000000", precision="1000000000000"), id="scale-tn"
    ),
    case(
        "3.25 trillion",
        num("3.25 trillion", "3250000000000", precision="10000000000"),
        id="scale-trillion-two-decimals",
    ),
    case("40 thousand fans", num("40 thousand", "40000", precision="1000"), id="scale-thousand"),
    case("0.5 million", num("0.5 million", "500000", precision="100000"), id="scale-half-million"),
    case("10 lakh", num("10 lakh", "1000000", precision="100000"), id="scale-lakh"),
    case("5 lakh", num("5 lakh", "500000"), id="scale-lakh-small"),
    case("1.2 lakh", num("1.2 lakh", "120000", precision="10000"), id="scale-lakh-decimal"),
    case("2.5 crore", num("2.5 crore", "25000000", precision="1000000"), id="scale-crore"),
    case("3 crore", num("3 crore", "30000000"), id="scale-crore-whole"),
    case("3bn users", num("3bn", "3000000000", precision="1000000000"), id="scale-bn-glued"),
    case("1.2bn", num("1.2bn", "1200000000", precision="100000000"), id="scale-bn-decimal"),
    case("5 bn", num("5 bn", "5000000000"), id="scale-bn-spaced"),
    case("7mn viewers", num("7mn", "7000000"), id="scale-mn"),
    case("12 mln shares", num("12 mln", "12000000", precision="1000000"), id="scale-mln"),
    case("3 bln shares", num("3 bln", "3000000000"), id="scale-bln"),
    case("The post got 3k likes.", num("3k", "3000", precision="1000"), id="scale-k"),
    case("10K followers", num("10K", "10000"), id="scale-K-upper"),
    case("2.5k", num("2.5k", "2500", precision="100"), id="scale-k-decimal"),
    case("two million", num("two million", "2000000", precision="1000000"), id="scale-word-num"),
    case("a million people", num("a million", "1000000"), id="scale-a-million"),
    case("a thousand reasons", num("a thousand", "1000"), id="scale-a-thousand"),
    case(
        "1.5 billion",
        num("1.5 billion", "1500000000", precision="100000000"),
        id="scale-billion-decimal",
    ),
    case("250,000 homes", num("250,000", "250000"), id="scale-none-grouped"),
]

# --- spelled-out numbers and fractions -----------------------------------------------
WORDS = [
    case(
        "seventy-two thousand",
        num("seventy-two thousand", "72000", precision="1000"),
        id="words-seventy-two-thousand",
    ),
    case(
        "one hundred and three",
        num("one hundred and three", "103", precision="1"),
        id="words-hundred-and-three",
    ),
    case("a dozen", num("a dozen", "12"), id="words-a-dozen"),
    case("a dozen eggs", num("a dozen", "12"), id="words-a-dozen-eggs"),
    case("two dozen", num("two dozen", "24"), id="words-two-dozen"),
    case("half a dozen", num("half a dozen", "6"), id="words-half-a-dozen"),
    case("half a million", num("half a million", "500000"), id="words-half-a-million"),
    case("one and a half", num("one and a half", "1.5"), id="words-one-and-a-half"),
    case(
        "two and a half million",
        num("two and a half million", "2500000"),
        id="words-two-and-a-half-million",
    ),
    case("a third", num("a third", ONE_THIRD), id="words-a-third"),
    case("one third", num("one third", ONE_THIRD), id="words-one-third-spaced"),
    case("one-third", num("one-third", ONE_THIRD), id="words-one-third-hyphen"),
    case("two-thirds", num("two-thirds", TWO_THIRDS), id="words-two-thirds"),
    case("two thirds", num("two thirds", TWO_THIRDS), id="words-two-thirds-spaced"),
    case("three-quarters", num("three-quarters", "0.75"), id="words-three-quarters"),
    case("a quarter of voters", num("a quarter", "0.25"), id="words-a-quarter"),
    case("one-fifth", num("one-fifth", "0.2"), id="words-one-fifth"),
    case("1/4", num("1/4", "0.25"), id="words-slash-quarter"),
    case("1/4 of the budget", num("1/4", "0.25"), id="words-slash-quarter-in-text"),
    case("five", num("five", "5"), id="words-five"),
    case("eleven people", num("eleven", "11"), id="words-eleven"),
    case("twelve ministers", num("twelve", "12"), id="words-twelve"),
    case("nineteen people", num("nineteen", "19"), id="words-nineteen"),
    case("twenty", num("twenty", "20"), id="words-twenty"),
    case("forty", num("forty", "40"), id="words-forty"),
    case("sixty-five", num("sixty-five", "65"), id="words-sixty-five"),
    case("ninety-nine", num("ninety-nine", "99"), id="words-ninety-nine"),
    case("three hundred", num("three hundred", "300"), id="words-three-hundred"),
    case("a hundred", num("a hundred", "100"), id="words-a-hundred"),
    case(
        "four thousand five hundred",
        num("four thousand five hundred", "4500"),
        id="words-compound-thousands",
    ),
    case(
        "one million two hundred thousand",
        num("one million two hundred thousand", "1200000"),
        id="words-compound-millions",
    ),
    case(
        "three hundred thousand",
        num("three hundred thousand", "300000"),
        id="words-hundred-thousand",
    ),
    case("ten million", num("ten million", "10000000"), id="words-ten-million"),
    case("Seventy people were hurt.", num("Seventy", "70"), id="words-capitalised"),
    case("The tally stood at zero.", num("zero", "0"), id="words-zero"),
]

# --- money by symbol -----------------------------------------------------------------
SYMBOLS = [
    case(
        "$1.22 million",
        money("$1.22 million", "1220000", "USD", precision="10000"),
        id="sym-usd-million",
    ),
    case("$5", money("$5", "5", "USD", precision="1"), id="sym-usd-whole"),
    case("$5.99", money("$5.99", "5.99", "USD", precision="0.01"), id="sym-usd-cents"),
    case("$0.99", money("$0.99", "0.99", "USD"), id="sym-usd-under-one"),
    case("$1,000", money("$1,000", "1000", "USD", precision="1"), id="sym-usd-grouped"),
    case("$3bn", money("$3bn", "3000000000", "USD", precision="1000000000"), id="sym-usd-bn"),
    case("$1MM", money("$1MM", "1000000", "USD", precision="1000000"), id="sym-usd-MM"),
    case(
        "$2.5 billion",
        money("$2.5 billion", "2500000000", "USD", precision="100000000"),
        id="sym-usd-billion",
    ),
    case("$10K", money("$10K", "10000", "USD", precision="1000"), id="sym-usd-K"),
    case("$4.5m", money("$4.5m", "4500000", "USD", precision="100000"), id="sym-usd-m"),
    case("$7tn", money("$7tn", "7000000000000", "USD"), id="sym-usd-tn"),
    case("£3bn", money("£3bn", "3000000000", "GBP", precision="1000000000"), id="sym-gbp-bn"),
    case(
        "£3.2bn",
        money("£3.2bn", "3200000000", "GBP", precision="100000000"),
        id="sym-gbp-bn-decimal",
    ),
    case("£4.5m", money("£4.5m", "4500000", "GBP", precision="100000"), id="sym-gbp-m"),
    case("£1.5m", money("£1.5m", "1500000", "GBP"), id="sym-gbp-m-2"),
    case("£20", money("£20", "20", "GBP", precision="1"), id="sym-gbp-whole"),
    case("£0.50", money("£0.50", "0.50", "GBP", precision="0.01"), id="sym-gbp-under-one"),
    case("€5", money("€5", "5", "EUR"), id="sym-eur"),
    case(
        "€1.5 billion",
        money("€1.5 billion", "1500000000", "EUR", precision="100000000"),
        id="sym-eur-billion",
    ),
    case("€3.2bn", money("€3.2bn", "3200000000", "EUR"), id="sym-eur-bn"),
    case("¥500", money("¥500", "500", "JPY", precision="1"), id="sym-yen"),
    case("¥1.2 trillion", money("¥1.2 trillion", "1200000000000", "JPY"), id="sym-yen-trillion"),
    case(
        "₹500 crore",
        money("₹500 crore", "5000000000", "INR", precision="10000000"),
        id="sym-inr-crore",
    ),
    case("₹2,00,000", money("₹2,00,000", "200000", "INR", precision="1"), id="sym-inr-indian"),
    case(
        "₹1.5 lakh crore", money("₹1.5 lakh crore", "1500000000000", "INR"), id="sym-inr-lakh-crore"
    ),
    case("₽100", money("₽100", "100", "RUB"), id="sym-rub"),
    case("₩1,000", money("₩1,000", "1000", "KRW"), id="sym-krw"),
    case("₺50", money("₺50", "50", "TRY"), id="sym-try"),
    case("₴200", money("₴200", "200", "UAH"), id="sym-uah"),
    case("₦5,000", money("₦5,000", "5000", "NGN"), id="sym-ngn"),
    case("₱75", money("₱75", "75", "PHP"), id="sym-php"),
    case(
        "Rs 2.5 crore",
        money("Rs 2.5 crore", "25000000", "INR", precision="1000000"),
        id="sym-rs-crore",
    ),
    case("Rs 500", money("Rs 500", "500", "INR"), id="sym-rs-plain"),
    case("Rs. 1,200", money("Rs. 1,200", "1200", "INR"), id="sym-rs-dot"),
    case("Rs 10 lakh", money("Rs 10 lakh", "1000000", "INR", precision="100000"), id="sym-rs-lakh"),
]

# --- prefixed dollars ----------------------------------------------------------------
PREFIXED = [
    case("US$5", money("US$5", "5", "USD", precision="1"), id="pre-US$"),
    case(
        "US$1.5 billion",
        money("US$1.5 billion", "1500000000", "USD", precision="100000000"),
        id="pre-US$-billion",
    ),
    case("USD$ 115", money("USD$ 115", "115", "USD", precision="1"), id="pre-USD$-spaced"),
    case("C$10", money("C$10", "10", "CAD"), id="pre-C$"),
    case(
        "C$2.3 million",
        money("C$2.3 million", "2300000", "CAD", precision="100000"),
        id="pre-C$-million",
    ),
    case("CA$10", money("CA$10", "10", "CAD"), id="pre-CA$"),
    case("HK$3", money("HK$3", "3", "HKD"), id="pre-HK$"),
    case("A$20", money("A$20", "20", "AUD"), id="pre-A$"),
    case("NZ$15", money("NZ$15", "15", "NZD"), id="pre-NZ$"),
    case("S$8", money("S$8", "8", "SGD"), id="pre-S$"),
    case("R$12", money("R$12", "12", "BRL"), id="pre-R$"),
    case("NT$30", money("NT$30", "30", "TWD"), id="pre-NT$"),
    case("MX$100", money("MX$100", "100", "MXN"), id="pre-MX$"),
]

# --- ISO codes before and after, glued and spaced ------------------------------------
ISO = [
    case(
        "USD 5 million",
        money("USD 5 million", "5000000", "USD", precision="1000000"),
        id="iso-before-spaced",
    ),
    case(
        "USD34.6 million",
        money("USD34.6 million", "34600000", "USD", precision="100000"),
        id="iso-before-glued",
    ),
    case("EUR 20", money("EUR 20", "20", "EUR"), id="iso-eur-spaced"),
    case("EUR20", money("EUR20", "20", "EUR"), id="iso-eur-glued"),
    case("GBP 1.5bn", money("GBP 1.5bn", "1500000000", "GBP"), id="iso-gbp-bn"),
    case("JPY 500 billion", money("JPY 500 billion", "500000000000", "JPY"), id="iso-jpy"),
    case("CHF 250", money("CHF 250", "250", "CHF"), id="iso-chf"),
    case("INR 2,500", money("INR 2,500", "2500", "INR"), id="iso-inr"),
    case("CNY 7.1 billion", money("CNY 7.1 billion", "7100000000", "CNY"), id="iso-cny"),
    case("SEK 300", money("SEK 300", "300", "SEK"), id="iso-sek"),
    case("NOK 1,000", money("NOK 1,000", "1000", "NOK"), id="iso-nok"),
    case("ZAR 45 million", money("ZAR 45 million", "45000000", "ZAR"), id="iso-zar"),
    case("KRW 1.2 trillion", money("KRW 1.2 trillion", "1200000000000", "KRW"), id="iso-krw"),
    case("BRL 10 million", money("BRL 10 million", "10000000", "BRL"), id="iso-brl"),
    case("AUD 3.5 million", money("AUD 3.5 million", "3500000", "AUD"), id="iso-aud"),
    case("CAD 12", money("CAD 12", "12", "CAD"), id="iso-cad"),
    case(
        "5 million USD",
        money("5 million USD", "5000000", "USD", precision="1000000"),
        id="iso-after-scale",
    ),
    case("5 USD", money("5 USD", "5", "USD"), id="iso-after-plain"),
    case("20 EUR", money("20 EUR", "20", "EUR"), id="iso-after-eur"),
    case("100 CHF", money("100 CHF", "100", "CHF"), id="iso-after-chf"),
]

# --- currency names: singular, plural, qualified -------------------------------------
NAMES = [
    case(
        "1 million pounds",
        money("1 million pounds", "1000000", "GBP", precision="1000000"),
        id="name-pounds",
    ),
    case(
        "5 million euros",
        money("5 million euros", "5000000", "EUR", precision="1000000"),
        id="name-euros",
    ),
    case("5 million Euros", money("5 million Euros", "5000000", "EUR"), id="name-Euros-capital"),
    case("1 euro", money("1 euro", "1", "EUR"), id="name-euro-singular"),
    case("20 euros", money("20 euros", "20", "EUR"), id="name-euros-plain"),
    case("10 dollars", money("10 dollars", "10", "USD"), id="name-dollars-default-usd"),
    case("It costs one dollar.", money("one dollar", "1", "USD"), id="name-one-dollar"),
    case("1 pound", money("1 pound", "1", "GBP"), id="name-pound-singular"),
    case("50 yen", money("50 yen", "50", "JPY"), id="name-yen"),
    case(
        "5 million Canadian dollars",
        money("5 million Canadian dollars", "5000000", "CAD"),
        id="name-canadian-dollars",
    ),
    case(
        "1 Canadian dollar",
        money("1 Canadian dollar", "1", "CAD"),
        id="name-canadian-dollar-singular",
    ),
    case(
        "200 million Swiss francs",
        money("200 million Swiss francs", "200000000", "CHF"),
        id="name-swiss-francs",
    ),
    case("1 Swiss franc", money("1 Swiss franc", "1", "CHF"), id="name-swiss-franc-singular"),
    case(
        "1,500 Mexican pesos", money("1,500 Mexican pesos", "1500", "MXN"), id="name-mexican-pesos"
    ),
    case(
        "3 billion Chinese yuan renminbi",
        money("3 billion Chinese yuan renminbi", "3000000000", "CNY"),
        id="name-chinese-yuan-renminbi",
    ),
    case("10 billion yuan", money("10 billion yuan", "10000000000", "CNY"), id="name-yuan"),
    case(
        "40 million Australian dollars",
        money("40 million Australian dollars", "40000000", "AUD"),
        id="name-australian-dollars",
    ),
    case(
        "12 New Zealand dollars", money("12 New Zealand dollars", "12", "NZD"), id="name-nz-dollars"
    ),
    case(
        "800 Hong Kong dollars", money("800 Hong Kong dollars", "800", "HKD"), id="name-hk-dollars"
    ),
    case(
        "50 Singapore dollars",
        money("50 Singapore dollars", "50", "SGD"),
        id="name-singapore-dollars",
    ),
    case("900 Japanese yen", money("900 Japanese yen", "900", "JPY"), id="name-japanese-yen"),
    case("30 British pounds", money("30 British pounds", "30", "GBP"), id="name-british-pounds"),
    case(
        "10 million pounds sterling",
        money("10 million pounds sterling", "10000000", "GBP"),
        id="name-pounds-sterling",
    ),
    case(
        "5 billion US dollars",
        money("5 billion US dollars", "5000000000", "USD"),
        id="name-us-dollars",
    ),
    case(
        "5 billion U.S. dollars",
        money("5 billion U.S. dollars", "5000000000", "USD"),
        id="name-u.s.-dollars",
    ),
    case(
        "2 billion Brazilian reais",
        money("2 billion Brazilian reais", "2000000000", "BRL"),
        id="name-brazilian-reais",
    ),
    case(
        "15 South African rand",
        money("15 South African rand", "15", "ZAR"),
        id="name-south-african-rand",
    ),
    case("70 Russian rubles", money("70 Russian rubles", "70", "RUB"), id="name-russian-rubles"),
    case("20 Turkish lira", money("20 Turkish lira", "20", "TRY"), id="name-turkish-lira"),
    case("500 Indian rupees", money("500 Indian rupees", "500", "INR"), id="name-indian-rupees"),
    case("100 Swedish kronor", money("100 Swedish kronor", "100", "SEK"), id="name-swedish-kronor"),
    case(
        "100 Norwegian kroner",
        money("100 Norwegian kroner", "100", "NOK"),
        id="name-norwegian-kroner",
    ),
    case("100 Danish kroner", money("100 Danish kroner", "100", "DKK"), id="name-danish-kroner"),
    case("40 Polish zlotys", money("40 Polish zlotys", "40", "PLN"), id="name-polish-zlotys"),
    case(
        "1,300 South Korean won",
        money("1,300 South Korean won", "1300", "KRW"),
        id="name-south-korean-won",
    ),
    case(
        "37 Ukrainian hryvnias",
        money("37 Ukrainian hryvnias", "37", "UAH"),
        id="name-ukrainian-hryvnias",
    ),
    case(
        "460 Nigerian nairas", money("460 Nigerian nairas", "460", "NGN"), id="name-nigerian-nairas"
    ),
    case(
        "55 Philippine pesos", money("55 Philippine pesos", "55", "PHP"), id="name-philippine-pesos"
    ),
    case("35 Thai baht", money("35 Thai baht", "35", "THB"), id="name-thai-baht"),
    case(
        "4 Israeli new shekels",
        money("4 Israeli new shekels", "4", "ILS"),
        id="name-israeli-new-shekels",
    ),
    case(
        "30 Egyptian pounds",
        money("30 Egyptian pounds", "30", "EGP"),
        id="name-egyptian-pounds-not-gbp",
    ),
    case(
        "15,000 Lebanese pounds",
        money("15,000 Lebanese pounds", "15000", "LBP"),
        id="name-lebanese-pounds-not-gbp",
    ),
]

# --- wire style (Reuters): dlrs, mln, bln, stg, cts, pct -----------------------------
WIRE = [
    case(
        "50 mln dlrs",
        money("50 mln dlrs", "50000000", "USD", precision="1000000"),
        id="wire-mln-dlrs",
    ),
    case(
        "1.5 bln dlrs",
        money("1.5 bln dlrs", "1500000000", "USD", precision="100000000"),
        id="wire-bln-dlrs",
    ),
    case("20 dlrs", money("20 dlrs", "20", "USD"), id="wire-dlrs"),
    case("5 mln dlrs", money("5 mln dlrs", "5000000", "USD"), id="wire-5-mln-dlrs"),
    case(
        "10 mln stg", money("10 mln stg", "10000000", "GBP", precision="1000000"), id="wire-mln-stg"
    ),
    case("300 mln stg", money("300 mln stg", "300000000", "GBP"), id="wire-300-mln-stg"),
    case("2.5 billion stg", money("2.5 billion stg", "2500000000", "GBP"), id="wire-billion-stg"),
    case(
        "5 bln yen",
        money("5 bln yen", "5000000000", "JPY", precision="1000000000"),
        id="wire-bln-yen",
    ),
    case("7.5 mln yen", money("7.5 mln yen", "7500000", "JPY"), id="wire-mln-yen"),
    case(
        "50 mln Canadian dlrs",
        money("50 mln Canadian dlrs", "50000000", "CAD"),
        id="wire-canadian-dlrs",
    ),
    case(
        "1.2 billion dlrs", money("1.2 billion dlrs", "1200000000", "USD"), id="wire-billion-dlrs"
    ),
    case("25 cts", money("25 cts", "0.25", "USD", note=MINOR), id="wire-cts"),
    case(
        "Shr 45 cts vs 38 cts",
        money("45 cts", "0.45", "USD"),
        money("38 cts", "0.38", "USD"),
        id="wire-shr-cts-vs-cts",
    ),
    case(
        "Net 12.3 mln dlrs vs 10.1 mln dlrs",
        money("12.3 mln dlrs", "12300000", "USD", precision="100000"),
        money("10.1 mln dlrs", "10100000", "USD", precision="100000"),
        id="wire-net-vs",
    ),
    case("2.5 pct", pct("2.5 pct", "2.5"), id="wire-pct"),
    case("3.25 pct", pct("3.25 pct", "3.25", precision="0.01"), id="wire-pct-two-decimals"),
]

# --- minor units ----------------------------------------------------------------------
MINOR_UNITS = [
    case(
        "50 pence",
        money("50 pence", "0.50", "GBP", note=MINOR, precision="0.01"),
        id="minor-50-pence",
    ),
    case("5 pence", money("5 pence", "0.05", "GBP", note=MINOR), id="minor-5-pence"),
    case("20p", money("20p", "0.20", "GBP", note=MINOR, precision="0.01"), id="minor-20p"),
    case("75p", money("75p", "0.75", "GBP", note=MINOR), id="minor-75p"),
    case("150p", money("150p", "1.50", "GBP", note=MINOR), id="minor-150p-over-a-pound"),
    case(
        "Shares fell 12.5p.",
        money("12.5p", "0.125", "GBP", note=MINOR, precision="0.001"),
        id="minor-fractional-pence",
    ),
    case("1 penny", money("1 penny", "0.01", "GBP", note=MINOR), id="minor-penny"),
    case("50 paise", money("50 paise", "0.50", "INR", note=MINOR), id="minor-paise"),
    case(
        "50 cents",
        money("50 cents", "0.50", "USD", note=MINOR, precision="0.01"),
        id="minor-50-cents",
    ),
    case("99 cents", money("99 cents", "0.99", "USD", note=MINOR), id="minor-99-cents"),
    case("1 cent", money("1 cent", "0.01", "USD", note=MINOR), id="minor-1-cent"),
    case("10 euro cents", money("10 euro cents", "0.10", "EUR", note=MINOR), id="minor-euro-cents"),
]

# --- percentages ---------------------------------------------------------------------
PERCENTS = [
    case("12.5%", pct("12.5%", "12.5", precision="0.1"), id="pct-sign"),
    case("12.5 percent", pct("12.5 percent", "12.5"), id="pct-percent"),
    case("12.5 per cent", pct("12.5 per cent", "12.5"), id="pct-per-cent"),
    case("12.5 pct", pct("12.5 pct", "12.5"), id="pct-pct"),
    case("five percent", pct("five percent", "5"), id="pct-word"),
    case("twenty percent", pct("twenty percent", "20"), id="pct-word-twenty"),
    case("twenty-five per cent", pct("twenty-five per cent", "25"), id="pct-word-hyphenated"),
    case("-0.5%", pct("-0.5%", "-0.5"), id="pct-negative"),
    case("\u22120.3%", pct("\u22120.3%", "-0.3"), id="pct-unicode-minus"),
    case("+3.2%", pct("+3.2%", "3.2"), id="pct-plus-sign"),
    case("100%", pct("100%", "100", precision="1"), id="pct-hundred"),
    case("3%", pct("3%", "3"), id="pct-whole"),
    case("0.25%", pct("0.25%", "0.25", precision="0.01"), id="pct-fraction"),
    case("2 per cent", pct("2 per cent", "2"), id="pct-per-cent-whole"),
    case("50 %", pct("50 %", "50"), id="pct-spaced-sign"),
    case("7.5 percent", pct("7.5 percent", "7.5"), id="pct-percent-decimal"),
    case("The Fed's 2% target", pct("2%", "2"), id="pct-fed-target"),
    case("a 10% stake", pct("10%", "10"), id="pct-stake"),
]

# --- basis points --------------------------------------------------------------------
BASIS_POINTS = [
    case("25 bps", pct("25 bps", "0.25", note=BP), id="bp-bps"),
    case("25 basis points", pct("25 basis points", "0.25", note=BP), id="bp-basis-points"),
    case("25bp", pct("25bp", "0.25", note=BP), id="bp-glued"),
    case("50 basis points", pct("50 basis points", "0.5", note=BP), id="bp-fifty"),
    case("75bps", pct("75bps", "0.75", note=BP), id="bp-bps-glued"),
    case("10 bp", pct("10 bp", "0.1", note=BP), id="bp-bp-spaced"),
    case("12.5 bps", pct("12.5 bps", "0.125", note=BP), id="bp-fractional"),
    case("100 basis points", pct("100 basis points", "1", note=BP), id="bp-hundred"),
    case("five basis points", pct("five basis points", "0.05", note=BP), id="bp-word"),
]

# --- percentage points ---------------------------------------------------------------
PP = "percentage point"
POINTS = [
    case("3 percentage points", pct("3 percentage points", "3", unit=PP), id="pp-plural"),
    case("0.5 percentage point", pct("0.5 percentage point", "0.5", unit=PP), id="pp-singular"),
    case("two percentage points", pct("two percentage points", "2", unit=PP), id="pp-word"),
    case("1.25 percentage points", pct("1.25 percentage points", "1.25", unit=PP), id="pp-decimal"),
    case("10 percentage points", pct("10 percentage points", "10", unit=PP), id="pp-ten"),
    case("half a percentage point", pct("half a percentage point", "0.5", unit=PP), id="pp-half-a"),
]

# --- ranges --------------------------------------------------------------------------
RANGES = [
    case(
        "$5-6 million",
        money("$5-6 million", None, "USD", low="5000000", high="6000000"),
        id="range-money-hyphen-shared-scale",
    ),
    case("5 to 7 percent", pct("5 to 7 percent", None, low="5", high="7"), id="range-percent-to"),
    case(
        "between $5 million and $6 million",
        money("between $5 million and $6 million", None, "USD", low="5000000", high="6000000"),
        id="range-between-and",
    ),
    case(
        "from 10 to 12 billion yen",
        money("from 10 to 12 billion yen", None, "JPY", low="10000000000", high="12000000000"),
        id="range-from-to-shared-scale-and-currency",
    ),
    case(
        "$5 million to $6 million",
        money("$5 million to $6 million", None, "USD", low="5000000", high="6000000"),
        id="range-money-to-money",
    ),
    case("5-7%", pct("5-7%", None, low="5", high="7"), id="range-percent-hyphen"),
    case("5%-7%", pct("5%-7%", None, low="5", high="7"), id="range-percent-both-signs"),
    case(
        "between 5% and 7%",
        pct("between 5% and 7%", None, low="5", high="7"),
        id="range-percent-between",
    ),
    case(
        "10 to 12 percent",
        pct("10 to 12 percent", None, low="10", high="12"),
        id="range-percent-to-2",
    ),
    case(
        "between 1 and 2 per cent",
        pct("between 1 and 2 per cent", None, low="1", high="2"),
        id="range-per-cent-between",
    ),
    case(
        "$1.5-2 billion",
        money("$1.5-2 billion", None, "USD", low="1500000000", high="2000000000"),
        id="range-money-decimal-low",
    ),
    case(
        "£3bn-£4bn",
        money("£3bn-£4bn", None, "GBP", low="3000000000", high="4000000000"),
        id="range-gbp-both-ends",
    ),
    case(
        "€10\u201312 million",
        money("€10\u201312 million", None, "EUR", low="10000000", high="12000000"),
        id="range-en-dash",
    ),
    case(
        "USD 1.5-2 billion",
        money("USD 1.5-2 billion", None, "USD", low="1500000000", high="2000000000"),
        id="range-iso-code",
    ),
    case(
        "50-60 million euros",
        money("50-60 million euros", None, "EUR", low="50000000", high="60000000"),
        id="range-name-after",
    ),
    case(
        "between 10 and 15 mln dlrs",
        money("between 10 and 15 mln dlrs", None, "USD", low="10000000", high="15000000"),
        id="range-wire",
    ),
    case(
        "3 to 4 million people",
        num("3 to 4 million", None, low="3000000", high="4000000"),
        id="range-number-scale",
    ),
    case(
        "between 200 and 300 people",
        num("between 200 and 300", None, low="200", high="300"),
        id="range-number-between",
    ),
    case(
        "20,000-30,000 people",
        num("20,000-30,000", None, low="20000", high="30000"),
        id="range-number-grouped",
    ),
    case(
        "25-50 bps",
        pct("25-50 bps", None, low="0.25", high="0.5", note=BP),
        id="range-basis-points",
    ),
    case(
        "2 to 3 percentage points",
        pct("2 to 3 percentage points", None, unit=PP, low="2", high="3"),
        id="range-percentage-points",
    ),
    case(
        "1.5 to 2 million barrels per day",
        qty(
            "1.5 to 2 million barrels per day",
            None,
            "oil_barrel / day",
            low="1500000",
            high="2000000",
        ),
        id="range-quantity",
    ),
]

# --- qualifiers ----------------------------------------------------------------------
QUALIFIERS = [
    case(
        "more than 72,000 incidents",
        num("more than 72,000", "72000", qualifier="over", precision="1"),
        id="qual-more-than",
    ),
    case(
        "More than 300 people died.",
        num("More than 300", "300", qualifier="over"),
        id="qual-More-than-capital",
    ),
    case("over 500 people", num("over 500", "500", qualifier="over"), id="qual-over"),
    case("Inflation stayed above 3%.", pct("above 3%", "3", qualifier="over"), id="qual-above"),
    case(
        "exceeding $2 billion",
        money("exceeding $2 billion", "2000000000", "USD", qualifier="over"),
        id="qual-exceeding",
    ),
    case(
        "in excess of £1m",
        money("in excess of £1m", "1000000", "GBP", qualifier="over"),
        id="qual-in-excess-of",
    ),
    case("at least 40 people", num("at least 40", "40", qualifier="over"), id="qual-at-least"),
    case(
        "more than $5 billion",
        money("more than $5 billion", "5000000000", "USD", qualifier="over"),
        id="qual-more-than-money",
    ),
    case(
        "at least 10 mln dlrs",
        money("at least 10 mln dlrs", "10000000", "USD", qualifier="over"),
        id="qual-at-least-wire",
    ),
    case(
        "over 1.5 million barrels per day",
        qty("over 1.5 million barrels per day", "1500000", "oil_barrel / day", qualifier="over"),
        id="qual-over-quantity",
    ),
    case("less than 5%", pct("less than 5%", "5", qualifier="under"), id="qual-less-than"),
    case("under $10", money("under $10", "10", "USD", qualifier="under"), id="qual-under"),
    case("below 2%", pct("below 2%", "2", qualifier="under"), id="qual-below"),
    case("up to 300 jobs", num("up to 300", "300", qualifier="under"), id="qual-up-to"),
    case("at most 12 seats", num("at most 12", "12", qualifier="under"), id="qual-at-most"),
    case(
        "fewer than 100 cases",
        num("fewer than 100", "100", qualifier="under"),
        id="qual-fewer-than",
    ),
    case(
        "up to 25 basis points",
        pct("up to 25 basis points", "0.25", qualifier="under", note=BP),
        id="qual-up-to-bp",
    ),
    case("about 200 people", num("about 200", "200", qualifier="about"), id="qual-about"),
    case(
        "around $3 million",
        money("around $3 million", "3000000", "USD", qualifier="about"),
        id="qual-around",
    ),
    case("Around 40 people", num("Around 40", "40", qualifier="about"), id="qual-Around-capital"),
    case("roughly 40%", pct("roughly 40%", "40", qualifier="about"), id="qual-roughly"),
    case("nearly 1,000 homes", num("nearly 1,000", "1000", qualifier="about"), id="qual-nearly"),
    case("nearly 5%", pct("nearly 5%", "5", qualifier="about"), id="qual-nearly-percent"),
    case("almost 50 trucks", num("almost 50", "50", qualifier="about"), id="qual-almost"),
    case("some 2,000 troops", num("some 2,000", "2000", qualifier="about"), id="qual-some"),
    case(
        "an estimated 1.2 million people",
        num("an estimated 1.2 million", "1200000", qualifier="about"),
        id="qual-an-estimated",
    ),
    case(
        "approximately 7,500 residents",
        num("approximately 7,500", "7500", qualifier="about"),
        id="qual-approximately",
    ),
    case(
        "close to $1 billion",
        money("close to $1 billion", "1000000000", "USD", qualifier="about"),
        id="qual-close-to",
    ),
    case("about a dozen", num("about a dozen", "12", qualifier="about"), id="qual-about-words"),
    case(
        "almost half a million",
        num("almost half a million", "500000", qualifier="about"),
        id="qual-almost-half-a-million",
    ),
]

# --- vague amounts ---------------------------------------------------------------------
VAGUE = [
    case(
        "hundreds of children",
        num("hundreds", None, qualifier="vague", low="200", high="1000"),
        id="vague-hundreds",
    ),
    case(
        "thousands of people",
        num("thousands", None, qualifier="vague", low="2000", high="10000"),
        id="vague-thousands",
    ),
    case(
        "Thousands of people marched.",
        num("Thousands", None, qualifier="vague", low="2000", high="10000"),
        id="vague-Thousands-capital",
    ),
    case(
        "dozens of flights",
        num("dozens", None, qualifier="vague", low="24", high="144"),
        id="vague-dozens",
    ),
    case(
        "tens of thousands of people",
        num("tens of thousands", None, qualifier="vague", low="20000", high="100000"),
        id="vague-tens-of-thousands",
    ),
    case(
        "hundreds of thousands of people",
        num("hundreds of thousands", None, qualifier="vague", low="200000", high="1000000"),
        id="vague-hundreds-of-thousands",
    ),
    case(
        "millions of people",
        num("millions", None, qualifier="vague", low="2000000", high="10000000"),
        id="vague-millions",
    ),
    case(
        "millions of dollars",
        money(
            "millions of dollars", None, "USD", qualifier="vague", low="2000000", high="10000000"
        ),
        id="vague-millions-of-dollars",
    ),
    case(
        "billions of dollars",
        money(
            "billions of dollars",
            None,
            "USD",
            qualifier="vague",
            low="2000000000",
            high="10000000000",
        ),
        id="vague-billions-of-dollars",
    ),
    case(
        "billions of euros",
        money(
            "billions of euros",
            None,
            "EUR",
            qualifier="vague",
            low="2000000000",
            high="10000000000",
        ),
        id="vague-billions-of-euros",
    ),
    case(
        "tens of millions of pounds",
        money(
            "tens of millions of pounds",
            None,
            "GBP",
            qualifier="vague",
            low="20000000",
            high="100000000",
        ),
        id="vague-tens-of-millions-of-pounds",
    ),
    case(
        "hundreds of millions of dollars",
        money(
            "hundreds of millions of dollars",
            None,
            "USD",
            qualifier="vague",
            low="200000000",
            high="1000000000",
        ),
        id="vague-hundreds-of-millions-of-dollars",
    ),
]

# --- quantities (units as pint spells them) ------------------------------------------
QUANTITIES = [
    case(
        "1.5 million barrels per day",
        qty("1.5 million barrels per day", "1500000", "oil_barrel / day"),
        id="qty-barrels-per-day",
    ),
    case("10 km", qty("10 km", "10", "kilometer"), id="qty-km"),
    case("100 kilometres", qty("100 kilometres", "100", "kilometer"), id="qty-kilometres"),
    case("5 tonnes", qty("5 tonnes", "5", "metric_ton"), id="qty-tonnes"),
    case(
        "2 million tonnes",
        qty("2 million tonnes", "2000000", "metric_ton"),
        id="qty-million-tonnes",
    ),
    case("30 degrees Celsius", qty("30 degrees Celsius", "30", "degree_Celsius"), id="qty-celsius"),
    case(
        "-5 degrees Celsius",
        qty("-5 degrees Celsius", "-5", "degree_Celsius"),
        id="qty-celsius-negative",
    ),
    case("50 miles", qty("50 miles", "50", "mile"), id="qty-miles"),
    case("20 kg", qty("20 kg", "20", "kilogram"), id="qty-kg"),
    case("3 litres", qty("3 litres", "3", "liter"), id="qty-litres"),
    case("6 feet", qty("6 feet", "6", "foot"), id="qty-feet"),
    case("500 megawatts", qty("500 megawatts", "500", "megawatt"), id="qty-megawatts"),
    case("5 gigawatts", qty("5 gigawatts", "5", "gigawatt"), id="qty-gigawatts"),
    case("10 gallons", qty("10 gallons", "10", "gallon"), id="qty-gallons"),
    case("40 hectares", qty("40 hectares", "40", "hectare"), id="qty-hectares"),
    case("200 acres", qty("200 acres", "200", "acre"), id="qty-acres"),
    case("100 metres", qty("100 metres", "100", "meter"), id="qty-metres"),
    case("25 grams", qty("25 grams", "25", "gram"), id="qty-grams"),
    case("1,000 barrels", qty("1,000 barrels", "1000", "oil_barrel"), id="qty-barrels"),
    case("12 ounces", qty("12 ounces", "12", "ounce"), id="qty-ounces"),
]

# --- parenthesised restatements: never an accounting negative ------------------------
PARENS = [
    case(
        "($1.22 million)",
        money("$1.22 million", "1220000", "USD", precision="10000"),
        id="paren-not-negative",
    ),
    case(
        "1 million pounds ($1.22 million)",
        money("1 million pounds", "1000000", "GBP", precision="1000000"),
        money("$1.22 million", "1220000", "USD", precision="10000"),
        id="paren-restated-usd",
    ),
    case("(£3bn)", money("£3bn", "3000000000", "GBP"), id="paren-gbp"),
    case("(5%)", pct("5%", "5"), id="paren-percent"),
    case("(72,000)", num("72,000", "72000"), id="paren-number-positive"),
    case(
        "€500 million ($545 million)",
        money("€500 million", "500000000", "EUR", precision="1000000"),
        money("$545 million", "545000000", "USD", precision="1000000"),
        id="paren-eur-usd",
    ),
    case(
        "50 billion yen ($375 million)",
        money("50 billion yen", "50000000000", "JPY"),
        money("$375 million", "375000000", "USD"),
        id="paren-jpy-usd",
    ),
    case(
        "Rs 2.5 crore ($300,000)",
        money("Rs 2.5 crore", "25000000", "INR"),
        money("$300,000", "300000", "USD", precision="1"),
        id="paren-inr-usd",
    ),
    case("(USD 5 million)", money("USD 5 million", "5000000", "USD"), id="paren-iso"),
    case(
        "1.5 billion Swiss francs ($1.6 billion)",
        money("1.5 billion Swiss francs", "1500000000", "CHF", precision="100000000"),
        money("$1.6 billion", "1600000000", "USD", precision="100000000"),
        id="paren-chf-usd",
    ),
]

# --- realistic news sentences: every figure, in order --------------------------------
NEWS = [
    case(
        "Britain has pledged 1 million pounds ($1.22 million) to the ICC.",
        money("1 million pounds", "1000000", "GBP", precision="1000000"),
        money("$1.22 million", "1220000", "USD", precision="10000"),
        id="news-icc-pledge",
    ),
    case(
        "Oil output rose to 1.5 million barrels per day in March.",
        qty("1.5 million barrels per day", "1500000", "oil_barrel / day"),
        id="news-oil-output",
    ),
    case(
        "The central bank raised rates by 25 basis points to 4.75%.",
        pct("25 basis points", "0.25", note=BP),
        pct("4.75%", "4.75", precision="0.01"),
        id="news-rate-hike",
    ),
    case(
        "Shares of the company fell 3.2% to $45.10 on Tuesday.",
        pct("3.2%", "3.2"),
        money("$45.10", "45.10", "USD", precision="0.01"),
        id="news-share-fall",
    ),
    case(
        "The firm posted a net profit of 5 bln yen, up from 3.2 bln yen a year earlier.",
        money("5 bln yen", "5000000000", "JPY"),
        money("3.2 bln yen", "3200000000", "JPY", precision="100000000"),
        id="news-wire-yen-profit",
    ),
    case(
        "Unemployment fell 0.2 percentage point to 3.5 percent.",
        pct("0.2 percentage point", "0.2", unit=PP),
        pct("3.5 percent", "3.5"),
        id="news-unemployment",
    ),
    case(
        "The deal is valued at about $2.5 billion, including debt.",
        money("about $2.5 billion", "2500000000", "USD", qualifier="about"),
        id="news-deal-value",
    ),
    case(
        "More than 300 people were evacuated and 12 were injured.",
        num("More than 300", "300", qualifier="over"),
        num("12", "12"),
        id="news-evacuation",
    ),
    case(
        "Tesco said sales rose 4.1% to £14.6bn.",
        pct("4.1%", "4.1"),
        money("£14.6bn", "14600000000", "GBP", precision="100000000"),
        id="news-tesco",
    ),
    case(
        "The company will cut 1,200 jobs and save 150 mln stg a year.",
        num("1,200", "1200"),
        # a recurring amount keeps its period as a unit
        money("150 mln stg a year", "150000000", "GBP", unit="1 / year"),
        id="news-job-cuts",
    ),
    case(
        "Reliance raised Rs 2.5 crore from the sale.",
        money("Rs 2.5 crore", "25000000", "INR", precision="1000000"),
        id="news-reliance",
    ),
    case(
        "The stock trades at 20p, down from 75p in January.",
        money("20p", "0.20", "GBP", note=MINOR),
        money("75p", "0.75", "GBP", note=MINOR),
        id="news-penny-stock",
    ),
    case(
        "Inflation is expected to be between 5% and 7% next year.",
        pct("between 5% and 7%", None, low="5", high="7"),
        id="news-inflation-range",
    ),
    case("The Fed's 2% target remains distant.", pct("2%", "2"), id="news-fed-target"),
    case(
        "Gold rose $12.40 to $1,985.20 an ounce.",
        money("$12.40", "12.40", "USD"),
        money("$1,985.20 an ounce", "1985.20", "USD", precision="0.01", unit="1 / ounce"),
        id="news-gold",
    ),
    case(
        "Brent crude settled at $82.34 a barrel.",
        money("$82.34 a barrel", "82.34", "USD", unit="1 / oil_barrel"),
        id="news-brent",
    ),
    case(
        "The scheme offers grants of up to ₹10 lakh per family.",
        money("up to ₹10 lakh", "1000000", "INR", qualifier="under"),
        id="news-india-grants",
    ),
    case(
        "Analysts expect revenue of $5-6 million this quarter.",
        money("$5-6 million", None, "USD", low="5000000", high="6000000"),
        id="news-revenue-range",
    ),
    case(
        "Tens of thousands of people marched in Paris.",
        num("Tens of thousands", None, qualifier="vague", low="20000", high="100000"),
        id="news-paris-march",
    ),
    case(
        "Nearly two-thirds of voters backed the plan.",
        num("Nearly two-thirds", TWO_THIRDS, qualifier="about"),
        id="news-two-thirds",
    ),
    case("A dozen firms bid for the contract.", num("A dozen", "12"), id="news-a-dozen"),
    case(
        "Exports to China jumped 18.6 percent to $3.1 billion.",
        pct("18.6 percent", "18.6"),
        money("$3.1 billion", "3100000000", "USD", precision="100000000"),
        id="news-exports",
    ),
    case(
        "Ukraine's prosecutors are investigating more than 72,000 incidents.",
        num("more than 72,000", "72000", qualifier="over"),
        id="news-incidents",
    ),
    case(
        "Russia has brought thousands of Ukrainian children to Russia.",
        num("thousands", None, qualifier="vague", low="2000", high="10000"),
        id="news-children",
    ),
    case(
        "The Swiss National Bank sold 200 million Swiss francs of foreign currency.",
        money("200 million Swiss francs", "200000000", "CHF", precision="1000000"),
        id="news-snb",
    ),
    case(
        "The pension fund invested 5 billion Canadian dollars ($3.7 billion) in the project.",
        money("5 billion Canadian dollars", "5000000000", "CAD"),
        money("$3.7 billion", "3700000000", "USD"),
        id="news-cad-restated",
    ),
    case(
        "Mexico's budget deficit reached 1.2 trillion Mexican pesos.",
        money("1.2 trillion Mexican pesos", "1200000000000", "MXN"),
        id="news-mexico",
    ),
    case(
        "The coffee costs 50 cents.", money("50 cents", "0.50", "USD", note=MINOR), id="news-coffee"
    ),
    case(
        "The bond yields 4.25%, or 425 basis points over Treasuries.",
        pct("4.25%", "4.25"),
        pct("425 basis points", "4.25", note=BP),
        id="news-spread",
    ),
    case(
        "Volkswagen will invest €180 billion in batteries and software.",
        money("€180 billion", "180000000000", "EUR", precision="1000000000"),
        id="news-vw",
    ),
    case(
        "Samsung's operating profit fell 96% to ₩600 billion.",
        pct("96%", "96"),
        money("₩600 billion", "600000000000", "KRW"),
        id="news-samsung",
    ),
    case(
        "Lagos traders charged ₦5,000 for a bag of rice.",
        money("₦5,000", "5000", "NGN"),
        id="news-lagos",
    ),
    case(
        "Some 2,000 workers joined the strike, the union said.",
        num("Some 2,000", "2000", qualifier="about"),
        id="news-strike",
    ),
    case(
        "The charity raised almost £1m for the appeal.",
        money("almost £1m", "1000000", "GBP", qualifier="about", precision="1000000"),
        id="news-charity",
    ),
    case(
        "The refinery processes 250,000 barrels per day.",
        qty("250,000 barrels per day", "250000", "oil_barrel / day"),
        id="news-refinery",
    ),
    case(
        "Temperatures hit 40 degrees Celsius in Seville.",
        qty("40 degrees Celsius", "40", "degree_Celsius"),
        id="news-heatwave",
    ),
    case(
        "The central bank sold 5 tonnes of gold.",
        qty("5 tonnes", "5", "metric_ton"),
        id="news-gold-tonnes",
    ),
    case(
        "The company bought back 12 mln shares for 480 mln dlrs.",
        num("12 mln", "12000000"),
        money("480 mln dlrs", "480000000", "USD"),
        id="news-buyback-wire",
    ),
    case(
        "The ECB raised its deposit rate by half a percentage point to 3%.",
        pct("half a percentage point", "0.5", unit=PP),
        pct("3%", "3"),
        id="news-ecb",
    ),
    case(
        "Hundreds of thousands of people lost power.",
        num("Hundreds of thousands", None, qualifier="vague", low="200000", high="1000000"),
        id="news-power-cut",
    ),
    case(
        "The project will cost hundreds of millions of dollars.",
        money(
            "hundreds of millions of dollars",
            None,
            "USD",
            qualifier="vague",
            low="200000000",
            high="1000000000",
        ),
        id="news-project-cost",
    ),
    case(
        "The UN needs $1.7 billion (£1.4bn) for the appeal.",
        money("$1.7 billion", "1700000000", "USD"),
        money("£1.4bn", "1400000000", "GBP"),
        id="news-un-appeal",
    ),
    case(
        "The Bank of Japan bought ¥1.2 trillion of bonds.",
        money("¥1.2 trillion", "1200000000000", "JPY", precision="100000000000"),
        id="news-boj",
    ),
    case("HSBC will pay HK$3 a share.", money("HK$3", "3", "HKD"), id="news-hsbc"),
    case(
        "Air New Zealand earned NZ$412 million.",
        money("NZ$412 million", "412000000", "NZD", precision="1000000"),
        id="news-air-nz",
    ),
    case(
        "Petrobras paid R$12 billion in dividends.",
        money("R$12 billion", "12000000000", "BRL"),
        id="news-petrobras",
    ),
    case(
        "TSMC's capital spending reached NT$1.1 trillion.",
        money("NT$1.1 trillion", "1100000000000", "TWD"),
        id="news-tsmc",
    ),
    case(
        "DBS profit rose to S$8 billion.", money("S$8 billion", "8000000000", "SGD"), id="news-dbs"
    ),
    case(
        "Qantas reported A$2.47 billion in profit.",
        money("A$2.47 billion", "2470000000", "AUD", precision="10000000"),
        id="news-qantas",
    ),
    case(
        "Rogers paid C$20 billion for Shaw.",
        money("C$20 billion", "20000000000", "CAD"),
        id="news-rogers",
    ),
    case(
        "Turnover reached USD34.6 million, up 12 pct.",
        money("USD34.6 million", "34600000", "USD"),
        pct("12 pct", "12"),
        id="news-iso-glued-and-pct",
    ),
    case(
        "The government raised 5 million euros and a further €2m from donors.",
        money("5 million euros", "5000000", "EUR"),
        money("€2m", "2000000", "EUR"),
        id="news-two-euro-amounts",
    ),
    case(
        "Manila approved a ₱5.2 trillion budget.",
        money("₱5.2 trillion", "5200000000000", "PHP"),
        id="news-manila",
    ),
    case(
        "Economists see growth of 5 to 7 percent and inflation below 2%.",
        pct("5 to 7 percent", None, low="5", high="7"),
        pct("below 2%", "2", qualifier="under"),
        id="news-range-then-qualifier",
    ),
]

CASES = [
    *DIGITS,
    *SCALES,
    *WORDS,
    *SYMBOLS,
    *PREFIXED,
    *ISO,
    *NAMES,
    *WIRE,
    *MINOR_UNITS,
    *PERCENTS,
    *BASIS_POINTS,
    *POINTS,
    *RANGES,
    *QUALIFIERS,
    *VAGUE,
    *QUANTITIES,
    *PARENS,
    *NEWS,
]


def describe(figures: list[Figure]) -> str:
    """A compact listing for failure messages."""
    return "; ".join(
        f"{f.kind}:{f.text!r}[{f.start}:{f.end}] value={f.value} low={f.low} high={f.high}"
        f" cur={f.currency} unit={f.unit} q={f.qualifier} prec={f.precision} note={f.note}"
        for f in figures
    )


def check_field(source: str, fig: Figure, key: str, want: Any) -> None:
    """Assert one expected field of one figure."""
    have = getattr(fig, key)
    where = f"{source!r} -> {fig.text!r}.{key}"
    if key in DECIMAL_FIELDS:
        if want is None:
            assert have is None, f"{where}: expected None, got {have!r}"
        else:
            assert isinstance(have, Decimal), f"{where}: expected a Decimal, got {have!r}"
            assert have == Decimal(want), f"{where}: expected {want}, got {have}"
    elif key == "kind":
        assert have == Kind(want), f"{where}: expected {want}, got {have!r}"
    elif key == "qualifier":
        expected = None if want is None else Qualifier(want)
        assert have == expected, f"{where}: expected {want}, got {have!r}"
    else:
        assert have == want, f"{where}: expected {want!r}, got {have!r}"


def check_laws(source: str, figures: list[Figure]) -> None:
    """What holds for every figure of every text (the contract's laws)."""
    for fig in figures:
        assert source[fig.start : fig.end] == fig.text, f"span law broken for {fig!r}"
        if fig.kind == Kind.MONEY:
            assert fig.currency is not None
            assert len(fig.currency) == 3 and fig.currency.isupper(), fig.currency
        else:
            assert fig.currency is None, f"{fig.text!r} is {fig.kind} but has a currency"
        if fig.value is None:
            assert fig.low is not None and fig.high is not None, f"{fig!r}: no value, no bounds"
            assert fig.low <= fig.high, f"{fig!r}: low above high"
    for before, after in itertools.pairwise(figures):
        assert before.end <= after.start, f"overlap or disorder: {before!r} / {after!r}"


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_extract_finds(source: str, expected: list[Expected]) -> None:
    figures = extract(source)
    check_laws(source, figures)
    assert len(figures) == len(expected), (
        f"{source!r}: expected {[e['text'] for e in expected]}, got {describe(figures)}"
    )
    for fig, want in zip(figures, expected, strict=True):
        for key, value in want.items():
            check_field(source, fig, key, value)


def test_table_is_large_enough() -> None:
    # The issue asks for at least 260 positive table cases; guard against silent shrinkage.
    assert len(CASES) >= 260, len(CASES)


def test_table_ids_are_unique() -> None:
    ids = [param.id for param in CASES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_expected_texts_occur_in_their_sources() -> None:
    # A typo in a hand-written expectation would otherwise read as a bug in extract().
    for param in CASES:
        source, expected = param.values
        for want in expected:
            assert want["text"] in source, (param.id, want["text"])


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param("No figures here at all.", id="prose"),
    ],
)
def test_extract_finds_nothing_in_plain_text(source: str) -> None:
    assert extract(source) == []


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(b"$5 million", id="bytes"),
        pytest.param(None, id="None"),
        pytest.param(72000, id="int"),
    ],
)
def test_extract_rejects_non_str_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)  # type: ignore[arg-type]
