"""Negative traps for ``figures.extract``: tokens that look like figures and are not.

Each row is a sentence, the substrings that must yield no figure (no figure's span may
overlap any occurrence of them), and the genuine figures the sentence does hold, in text
order. Years, dates, clock times, ordinals, scores, bond tenors, phone numbers, names
with digits in them (G20, COVID-19, Boeing 737, Section 230, S&P 500) and inline
exchange-rate footnotes are not figures. Ages and durations are plain numbers, never
money or percentages.

Every expectation is written by hand from the extraction contract.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from figures import Figure, Kind, Qualifier, extract

Expected = dict[str, Any]


def money(text: str, value: str, currency: str) -> Expected:
    """A genuine money figure the sentence holds."""
    return {"text": text, "kind": "money", "value": value, "currency": currency}


def pct(text: str, value: str, **fields: Any) -> Expected:
    """A genuine percentage the sentence holds."""
    return {"text": text, "kind": "percent", "value": value, **fields}


def num(text: str, value: str, **fields: Any) -> Expected:
    """A genuine plain number the sentence holds."""
    return {"text": text, "kind": "number", "value": value, **fields}


def plain_number(value: str) -> Expected:
    """An age or a duration: a NUMBER with this value; its exact span is not asserted."""
    return {"kind": "number", "value": value}


def trap(source: str, *traps: str, found: tuple[Expected, ...] = (), id: str) -> Any:
    """One row: the source, the substrings that are not figures, the figures that are."""
    return pytest.param(source, traps, list(found), id=id)


YEARS = [
    trap("The law was passed in 2023.", "2023", id="year-in"),
    trap("Inflation was tame in the 1990s.", "1990s", id="year-decade"),
    trap("It was a hit in the '80s.", "'80s", id="year-decade-apostrophe"),
    trap("Profit is expected to rise in fiscal 2024.", "fiscal 2024", id="year-fiscal"),
    trap("The 2023-24 budget was approved.", "2023-24", id="year-split"),
    trap("The 2019/20 season was cut short.", "2019/20", id="year-split-slash"),
    trap("In 1987, stocks crashed.", "1987", id="year-leading"),
    trap("Prices have doubled since mid-2021.", "2021", id="year-mid"),
    trap("The plan runs from 2025 to 2030.", "2025", "2030", id="year-span-is-not-a-number-range"),
    trap("Sales in 2022 rose 5%.", "2022", found=(pct("5%", "5"),), id="year-with-percent"),
    trap(
        "By 2030, emissions must fall by 45%.",
        "2030",
        found=(pct("45%", "45"),),
        id="year-comma-with-percent",
    ),
    trap(
        "FY2024 revenue was $3.2 billion.",
        "FY2024",
        found=(money("$3.2 billion", "3200000000", "USD"),),
        id="year-FY-with-money",
    ),
    trap(
        "Output in the first half of 2023 fell 2.1%.",
        "first half of 2023",
        found=(pct("2.1%", "2.1"),),
        id="year-first-half",
    ),
    trap("The 2020 Olympics were postponed.", "2020", id="year-event"),
]

DATES = [
    trap("The vote is on March 20.", "March 20", id="date-month-day"),
    trap("The warrant was issued on 17 March 2023.", "17 March 2023", id="date-day-month-year"),
    trap("The deadline is 3/20/2023.", "3/20/2023", id="date-us-slashes"),
    trap("Payment is due 20/03/2023.", "20/03/2023", id="date-eu-slashes"),
    trap("The file is dated 2023-03-20.", "2023-03-20", id="date-iso"),
    trap(
        "He spoke on Monday, March 20, 2023, in London.", "March 20, 2023", id="date-us-long-form"
    ),
    trap("Results are due on Dec. 31.", "Dec. 31", id="date-abbreviated-month"),
    trap("Talks resume Mar 20 in Geneva.", "Mar 20", id="date-short-month"),
    trap("The rule takes effect on 1 April.", "1 April", id="date-day-month"),
    trap("The fair opens on the 5th of May.", "5th of May", id="date-ordinal-of-month"),
    trap("The 20th of March was chosen.", "20th of March", id="date-ordinal-of-month-2"),
    trap("Markets reopened after Sept. 11, 2001.", "Sept. 11, 2001", id="date-sept-eleven"),
    trap(
        "Between May 1 and May 5, shares rose 3%.",
        "May 1",
        "May 5",
        found=(pct("3%", "3"),),
        id="date-between-is-not-a-range",
    ),
    trap(
        "date 2023-03-20 The court said on Monday it would act.",
        "date 2023-03-20",
        id="date-dateline",
    ),
]

TIMES = [
    trap("Trading halted at 10:30.", "10:30", id="time-colon"),
    trap("The briefing starts at 3 p.m. in Kyiv.", "3 p.m.", id="time-pm-dotted"),
    trap("Doors open at 9am sharp.", "9am", id="time-am-glued"),
    trap("The market closed at 14:00 GMT.", "14:00", id="time-24h"),
    trap("The speech is at 7.30pm tonight.", "7.30pm", id="time-dot-pm"),
    trap(
        "The deal was signed at 11:45 a.m. ET, when the stock was up 4%.",
        "11:45 a.m.",
        found=(pct("4%", "4"),),
        id="time-with-percent",
    ),
]

ORDINALS = [
    trap("It was the first time ever.", "first", id="ordinal-first"),
    trap("A 21st century economy.", "21st", id="ordinal-21st"),
    trap("The 3rd round begins.", "3rd", id="ordinal-3rd"),
    trap("She finished second in the race.", "second", id="ordinal-second-not-a-unit"),
    trap("The firm marks its 100th anniversary.", "100th", id="ordinal-100th"),
    trap("The twenty-first session opened.", "twenty-first", id="ordinal-words"),
    trap("He was the third governor.", "third", id="ordinal-third-not-a-fraction"),
    trap("He invoked the Fifth Amendment.", "Fifth", id="ordinal-amendment"),
    trap(
        "Profit fell in the fourth quarter.", "fourth quarter", id="ordinal-quarter-not-a-fraction"
    ),
    trap(
        "Second-quarter profit rose 8%.",
        "Second-quarter",
        found=(pct("8%", "8"),),
        id="ordinal-hyphenated-quarter",
    ),
    trap("It ranked 2nd of 40 banks.", "2nd", found=(num("40", "40"),), id="ordinal-with-number"),
]

SCORES = [
    trap("Arsenal won 3-1 at home.", "3-1", id="score-football"),
    trap("The Lakers beat them 112-104.", "112-104", id="score-basketball"),
    trap("The match ended in a 2-2 draw.", "2-2", id="score-draw"),
    trap("She won 6-4, 7-5.", "6-4", "7-5", id="score-tennis-sets"),
    trap("The court ruled 5-4 in favour.", "5-4", id="score-court-vote"),
    trap("The Senate voted 51-49 to confirm.", "51-49", id="score-senate-vote"),
]

TENORS = [
    trap(
        "The 10-year yield rose 5 basis points.",
        "10-year",
        found=(pct("5 basis points", "0.05", note="basis points"),),
        id="tenor-10-year-with-bp",
    ),
    trap("The 30-year bond sold off.", "30-year", id="tenor-30-year"),
    trap("The two-year Treasury note yield rose.", "two-year", id="tenor-words"),
    trap("Three-month Libor edged up.", "Three-month", id="tenor-three-month"),
    trap("The 5-year note auction drew strong demand.", "5-year", id="tenor-5-year"),
    trap(
        "Six-month bills yielded 5.3%.",
        "Six-month",
        found=(pct("5.3%", "5.3"),),
        id="tenor-with-percent",
    ),
]

PHONES = [
    trap("Call +44 20 7946 0958 for details.", "+44 20 7946 0958", id="phone-international"),
    trap("Call (212) 555-0199 for details.", "(212) 555-0199", id="phone-us-area-code"),
    trap("Call 1-800-555-0199 toll free.", "1-800-555-0199", id="phone-toll-free"),
    trap("The office number is 020 7946 0958.", "020 7946 0958", id="phone-uk-national"),
]

IDENTIFIERS = [
    trap("G7 leaders met in Hiroshima.", "G7", id="id-G7"),
    trap("The G20 summit opened.", "G20", id="id-G20"),
    trap("COVID-19 cases fell.", "COVID-19", id="id-COVID-19"),
    trap("The Boeing 737 MAX returned to service.", "737", id="id-boeing-737"),
    trap("A Boeing 787-9 Dreamliner landed.", "787-9", id="id-boeing-variant-not-a-range"),
    trap("Ukraine wants F-16s.", "F-16s", id="id-F-16s"),
    trap("Section 230 protects platforms.", "Section 230", id="id-section"),
    trap("NATO's Article 5 was invoked.", "Article 5", id="id-article"),
    trap("Britain triggered Article 50.", "Article 50", id="id-article-50"),
    trap("The helpline runs 24/7.", "24/7", id="id-24-7-not-a-fraction"),
    trap("Security changed after 9/11.", "9/11", id="id-9-11"),
    trap("He drove a 4x4 truck.", "4x4", id="id-4x4"),
    trap("IBM (NYSE: IBM) rose 2%.", "NYSE: IBM", found=(pct("2%", "2"),), id="id-ticker-letters"),
    trap(
        "Toyota (7203.T) shares rose 1.5%.",
        "7203.T",
        found=(pct("1.5%", "1.5"),),
        id="id-ticker-digits",
    ),
    trap("The Airbus A320 is popular.", "A320", id="id-A320"),
    trap("Airbus won A321neo orders.", "A321neo", id="id-A321neo"),
    trap("MH17 was shot down.", "MH17", id="id-MH17"),
    trap("The MH370 search ended.", "MH370", id="id-MH370"),
    trap("The iPhone 15 launched.", "iPhone 15", id="id-iphone"),
    trap("Windows 11 adoption is slow.", "Windows 11", id="id-windows"),
    trap("They drove along Route 66.", "Route 66", id="id-route"),
    trap("Traffic on Interstate 95 stalled.", "Interstate 95", id="id-interstate"),
    trap("The prime minister left No. 10 early.", "No. 10", id="id-number-ten"),
    trap("The retailer filed for Chapter 11.", "Chapter 11", id="id-chapter"),
    trap("See page 5 for details.", "page 5", id="id-page"),
    trap("An MP3 player broke.", "MP3", id="id-MP3"),
    trap("Revenue in H1 2023 grew 7%.", "H1 2023", found=(pct("7%", "7"),), id="id-half-year"),
    trap("Q3 earnings beat forecasts.", "Q3", id="id-quarter"),
    trap("A 3D printer was sold.", "3D", id="id-3D"),
    trap("The 5G rollout stalled.", "5G", id="id-5G"),
    trap("A 4K television was sold.", "4K", id="id-4K-not-four-thousand"),
    trap("The FTSE 100 fell 0.8%.", "FTSE 100", found=(pct("0.8%", "0.8"),), id="id-FTSE-100"),
    trap("The S&P 500 rose 1.2%.", "S&P 500", found=(pct("1.2%", "1.2"),), id="id-S&P-500"),
    trap("The Nikkei 225 hit a record.", "Nikkei 225", id="id-nikkei"),
    trap("Upgrade to version 2.0 today.", "version 2.0", id="id-version"),
    trap(
        "Web 3.0 startups raised $2 billion.",
        "Web 3.0",
        found=(money("$2 billion", "2000000000", "USD"),),
        id="id-web3-with-money",
    ),
    trap("Formula 1 returns to Las Vegas.", "Formula 1", id="id-formula-1"),
    trap("Apollo 11 landed on the moon.", "Apollo 11", id="id-apollo"),
    trap("SARS-CoV-2 mutates.", "SARS-CoV-2", id="id-sars-cov-2"),
    trap("PM2.5 levels were hazardous.", "PM2.5", id="id-PM2.5"),
    trap("The firm filed its Form 10-K late.", "10-K", id="id-form-10-K"),
    trap("Workers can save in a 401(k) plan.", "401(k)", id="id-401k"),
    trap(
        "The bank's Tier 1 capital ratio was 14.2%.",
        "Tier 1",
        found=(pct("14.2%", "14.2"),),
        id="id-tier-1",
    ),
    trap("A Category 5 hurricane hit.", "Category 5", id="id-category"),
    trap("No one was injured.", "No one", id="id-no-one-pronoun"),
    trap("He served in World War Two.", "World War Two", id="id-world-war"),
    trap("Delegates gathered at COP28 in Dubai.", "COP28", id="id-COP28"),
    trap("B-52 bombers flew over.", "B-52", id="id-B-52"),
    trap("Russia deployed T-72 tanks.", "T-72", id="id-T-72"),
    trap("Turkey bought the S-400 system.", "S-400", id="id-S-400"),
    trap("The Su-25 jet crashed.", "Su-25", id="id-Su-25"),
    trap("The Nord Stream 2 pipeline was shut.", "Nord Stream 2", id="id-nord-stream"),
    trap("He has Type 2 diabetes.", "Type 2", id="id-type-2"),
    trap("Blink-182 played a concert.", "Blink-182", id="id-band"),
    trap("It was a Catch-22 situation.", "Catch-22", id="id-catch-22"),
    trap("She shops at 7-Eleven.", "7-Eleven", id="id-7-eleven"),
    trap("The UN passed Resolution 2334.", "Resolution 2334", id="id-un-resolution"),
    trap("Vision 2030 aims to diversify the economy.", "Vision 2030", id="id-vision-2030"),
    trap("The Channel 4 documentary aired.", "Channel 4", id="id-channel"),
    trap("Heathrow Terminal 5 reopened.", "Terminal 5", id="id-terminal"),
    trap(
        "COVID-19 killed nearly 7 million people.",
        "COVID-19",
        found=(num("nearly 7 million", "7000000", qualifier="about"),),
        id="id-covid-with-qualified-number",
    ),
]

AGES_AND_DURATIONS = [
    trap("The victim was aged 45.", found=(plain_number("45"),), id="age-aged"),
    trap("The 45-year-old was arrested.", found=(plain_number("45"),), id="age-year-old"),
    trap("A 72-year-old man died.", found=(plain_number("72"),), id="age-year-old-man"),
    trap("Jane Doe, 34, said she would appeal.", found=(plain_number("34"),), id="age-apposed"),
    trap("He lived there for 3 years.", found=(plain_number("3"),), id="duration-years"),
    trap("He served 10 years in prison.", found=(plain_number("10"),), id="duration-served"),
    trap("The talks lasted for six months.", found=(plain_number("6"),), id="duration-words"),
    trap("Police held him for 48 hours.", found=(plain_number("48"),), id="duration-hours"),
    trap("The match lasted 90 minutes.", found=(plain_number("90"),), id="duration-minutes"),
    trap(
        "He has worked there for 12 years, earning $50,000 a year.",
        found=(plain_number("12"), money("$50,000 a year", "50000", "USD")),
        id="duration-with-salary",
    ),
]

FOOTNOTES = [
    trap("($1 = 0.8214 pounds)", "($1 = 0.8214 pounds)", id="rate-usd-gbp"),
    trap("(1 euro = $1.0725)", "(1 euro = $1.0725)", id="rate-eur-usd"),
    trap("($1 = 136.50 yen)", "($1 = 136.50 yen)", id="rate-usd-jpy"),
    trap("(£1 = $1.2175)", "(£1 = $1.2175)", id="rate-gbp-usd-symbols"),
    trap("($1 = 7.2 yuan)", "($1 = 7.2 yuan)", id="rate-usd-cny"),
    trap("($1 = 82.5 Indian rupees)", "($1 = 82.5 Indian rupees)", id="rate-usd-inr"),
    trap("(1 pound = 1.2175 dollars)", "(1 pound = 1.2175 dollars)", id="rate-names-both-sides"),
    trap("($1 = 1.3520 Canadian dollars)", "($1 = 1.3520 Canadian dollars)", id="rate-usd-cad"),
    trap("($1 = 0.9345 euro)", "($1 = 0.9345 euro)", id="rate-usd-eur-singular"),
    trap(
        "Britain pledged 1 million pounds ($1.22 million).\n\n($1 = 0.8214 pounds)",
        "($1 = 0.8214 pounds)",
        found=(
            money("1 million pounds", "1000000", "GBP"),
            money("$1.22 million", "1220000", "USD"),
        ),
        id="rate-after-article",
    ),
]

TRAPS = [
    *YEARS,
    *DATES,
    *TIMES,
    *ORDINALS,
    *SCORES,
    *TENORS,
    *PHONES,
    *IDENTIFIERS,
    *AGES_AND_DURATIONS,
    *FOOTNOTES,
]


def occurrences(source: str, token: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` at which ``token`` occurs in ``source``."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(token), source)]


def describe(figures: list[Figure]) -> str:
    """A compact listing for failure messages."""
    return "; ".join(f"{f.kind}:{f.text!r}[{f.start}:{f.end}] value={f.value}" for f in figures)


def check_field(source: str, fig: Figure, key: str, want: Any) -> None:
    """Assert one expected field of one genuine figure."""
    have = getattr(fig, key)
    where = f"{source!r} -> {fig.text!r}.{key}"
    if key == "value":
        assert isinstance(have, Decimal), f"{where}: expected a Decimal, got {have!r}"
        assert have == Decimal(want), f"{where}: expected {want}, got {have}"
    elif key == "kind":
        assert have == Kind(want), f"{where}: expected {want}, got {have!r}"
    elif key == "qualifier":
        assert have == Qualifier(want), f"{where}: expected {want}, got {have!r}"
    else:
        assert have == want, f"{where}: expected {want!r}, got {have!r}"


@pytest.mark.parametrize(("source", "traps", "found"), TRAPS)
def test_trap_is_not_a_figure(source: str, traps: tuple[str, ...], found: list[Expected]) -> None:
    figures = extract(source)
    for fig in figures:
        assert source[fig.start : fig.end] == fig.text, f"span law broken for {fig!r}"
    for token in traps:
        for start, end in occurrences(source, token):
            hits = [f for f in figures if f.start < end and start < f.end]
            assert not hits, f"{token!r} in {source!r} is not a figure, got {describe(hits)}"
    assert len(figures) == len(found), (
        f"{source!r}: expected {[w.get('text', w['value']) for w in found]}, "
        f"got {describe(figures)}"
    )
    for fig, want in zip(figures, found, strict=True):
        for key, value in want.items():
            check_field(source, fig, key, value)


def test_traps_are_many_enough() -> None:
    # The issue asks for at least 70 traps; ages, durations and footnotes not counted.
    negatives = len(TRAPS) - len(AGES_AND_DURATIONS) - len(FOOTNOTES)
    assert negatives >= 70, negatives


def test_trap_tokens_occur_in_their_sources() -> None:
    # A typo in a trap token would make its row pass vacuously.
    for param in TRAPS:
        source, traps, found = param.values
        for token in traps:
            assert occurrences(source, token), (param.id, token)
        for want in found:
            if "text" in want:
                assert want["text"] in source, (param.id, want["text"])


def test_trap_ids_are_unique() -> None:
    ids = [param.id for param in TRAPS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize(
    ("sentence", "trap"),
    [
        pytest.param("Voters backed Proposition 22 last year.", "22", id="proposition"),
        pytest.param("He bought a PlayStation 5 console.", "5", id="playstation"),
        pytest.param("Trading opens at 0930 GMT.", "0930", id="military-time-gmt"),
        pytest.param("The index closed at 1400 UTC.", "1400", id="military-time-utc"),
        pytest.param("Upgrade to Python 3.11 now.", "3.11", id="software-version"),
        pytest.param("It aired in season 3.", "3", id="season"),
    ],
)
def test_more_names_with_numbers(sentence: str, trap: str) -> None:
    start = sentence.index(trap)
    end = start + len(trap)
    for fig in extract(sentence):
        assert fig.end <= start or fig.start >= end, (sentence, fig)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        pytest.param("Last week 5 people were killed.", "5", id="week-then-count"),
        pytest.param("On the day 300 troops left.", "300", id="day-then-count"),
    ],
)
def test_time_words_do_not_hide_counts(sentence: str, count: str) -> None:
    assert count in [f.text for f in extract(sentence)]
