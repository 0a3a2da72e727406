"""Laws of the faster searches of issue 13: each finds exactly what the plain pattern it
replaces finds, on any text.

Each replacement searches differently (from a literal tail, with the mark before a word,
in a window before a cue) and rests on an argument about where matches can lie; these
laws test that argument on generated texts built from the pieces that matter (cue words,
marks beyond ASCII, long words at the edge of the window), and on the real wire copy of
the seed article.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from figures import prose_levels, rate_statements, unit_reader
from figures.model import Figure, Kind, Qualifier
from figures.scan import anchors
from figures.scan.state import Scanner

SEED = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts joined from ``pieces`` and a few random characters."""
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(piece, max_size=24).map("".join)


_WORDS = [
    "one", "Two", "THREE", "million", "a", "an", "half", "quarter", "dozen", "thousands",
    "twenty", "seventy-five", "third", "x", "s", "_", "é", "Ünter", "5", "“", "”", "—",
    "’", "\u00a0", " ", "\n", "-", "(", ".",
]  # fmt: skip


@settings(max_examples=400)
@given(_texts(_WORDS))
def test_english_words_are_the_word_anchor_matches(text: str) -> None:
    assert anchors.english_words(text) == [m.span() for m in anchors.WORD_ANCHOR.finditer(text)]


_SUBJECTS = [
    "the", "The", "THE", "she", "he", "sterling", "Sterling", "sterlingx", " ", "\n",
    "dollar", "dollars", "euro", "yen", "Euro", "Swiss", "The", "won", "real", "x",
]  # fmt: skip


@settings(max_examples=400)
@given(_texts(_SUBJECTS))
def test_level_subjects_are_the_subject_pattern_matches(text: str) -> None:
    want = [m.span() for m in prose_levels.LEVEL_SUBJECT.finditer(text)]
    assert [m.span() for m in prose_levels.subjects(text)] == want


_PER = [
    "5", "7.1", "83.12", "1,2,3", "1E3", "12345678901234567890,5", " yuan", " per",
    " to the", " against the", " dollar", " euro", " US", " cents", " pound", " by ",
    " Abcdefghijklmnopqrstuvwxy", " Abcdefghijklmnopqrstuvwxyz", "  ", "\n", " ", "-",
    "/", "EUR/USD", " 1.0725", "$1", " = ", "0.8214 pounds", "(", ")",
]  # fmt: skip


@settings(max_examples=600)
@given(_texts(_PER), st.integers(min_value=0, max_value=40))
def test_next_per_is_the_per_branch_search(text: str, pos: int) -> None:
    per = rate_statements.trigger_pattern(False, True, False)
    assert per is not None
    want = per.search(text, pos)
    got = rate_statements.next_per(text, pos)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def _one_pattern_statements(text: str) -> list[tuple[str, int, int]]:
    """read_statements' candidates as the single three-branch pattern gave them."""
    trigger = rate_statements.trigger_pattern(True, True, True)
    assert trigger is not None
    out: list[tuple[str, int, int]] = []
    pos = 0
    while (m := trigger.search(text, pos)) is not None:
        out.append((str(m.lastgroup), m.start(), m.end()))
        pos = m.start() + 1
    return out


@settings(max_examples=400)
@given(_texts(_PER))
def test_candidates_come_in_the_one_pattern_order(text: str) -> None:
    candidates = rate_statements.Candidates(text)
    got: list[tuple[str, int, int]] = []
    pos = 0
    while (m := candidates.next(pos)) is not None:
        got.append((str(m.lastgroup), m.start(), m.end()))
        pos = m.start() + 1
    assert got == _one_pattern_statements(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_the_seed_article_gives_the_same_candidates(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert anchors.english_words(text) == [m.span() for m in anchors.WORD_ANCHOR.finditer(text)]
    candidates = rate_statements.Candidates(text)
    got = []
    pos = 0
    while (m := candidates.next(pos)) is not None:
        got.append((str(m.lastgroup), m.start(), m.end()))
        pos = m.start() + 1
    assert got == _one_pattern_statements(text)
    assert got, "the seed article states a rate: the law must see a candidate"
    assert re.search(r"\d", text)


def test_make_figure_takes_every_field_in_order() -> None:
    """make_figure writes the slots by position: a new field must break this."""
    import dataclasses
    import inspect

    from figures.model import Figure
    from figures.scan.state import make_figure

    fields = [f.name for f in dataclasses.fields(Figure)]
    assert list(inspect.signature(make_figure).parameters) == fields
    assert list(Figure.__slots__) == fields


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_scanned_figures_equal_the_class_made_ones(path: Path) -> None:
    import dataclasses
    import pickle

    import figures
    from figures.model import Figure

    found = figures.extract(path.read_text(encoding="utf-8"))
    assert len(found) >= 5
    for fig in found:
        again = Figure(*(getattr(fig, f.name) for f in dataclasses.fields(Figure)))
        assert fig == again and hash(fig) == hash(again)
        assert pickle.loads(pickle.dumps(fig)) == fig
        with pytest.raises(dataclasses.FrozenInstanceError):
            fig.value = None  # type: ignore[misc]


_DIGIT_PIECES = ["1", "23", "456", "7890", ".", ",", " ", "'", "e", "E", "+", "-", "/", "x", "_"]


_ASCII = st.characters(max_codepoint=127)


@settings(max_examples=600)
@given(
    st.lists(st.one_of(st.sampled_from(_DIGIT_PIECES), st.text(_ASCII, max_size=3)), max_size=24)
    .map("".join)
    .filter(str.isascii)
)
def test_ascii_digit_anchors_are_the_digit_anchors(text: str) -> None:
    """On ASCII text "\\d" is [0-9]: the ASCII digit scan finds the same anchors."""
    want = [m.span() for m in anchors.DIGIT_ANCHOR.finditer(text)]
    assert [m.span() for m in anchors.DIGIT_ANCHOR_ASCII.finditer(text)] == want


_STERLING_PIECES = ["sterling", "STERLING", "Sterling", "stg", "STG", "gbp", "GBP", "£", "x", " "]


@settings(max_examples=400)
@given(_texts(_STERLING_PIECES))
def test_sterling_evidence_is_the_sterling_pattern(text: str) -> None:
    from figures.pounds import STERLING, sterling_evidence

    assert sterling_evidence(text) == (STERLING.search(text) is not None)


_DATE_PIECES = ["March", "Mar.", "20", "2023", "1987", "-", "03", ",", " ", "x", "é", "Reuters"]


@settings(max_examples=400)
@given(_texts(_DATE_PIECES))
def test_dateline_twins_find_the_same_dates(text: str) -> None:
    from figures import datelines

    for plain, twin in (
        (datelines.ISO_DATE, datelines.ISO_DATE_ASCII),
        (datelines.US_DATE, datelines.US_DATE_ASCII),
    ):
        if text.isascii():
            assert [m.span() for m in twin.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


_UNIT_PIECES = [
    "km", "kg", "MWh", "tonnes", "years", "in", "sq", "Sq", "square", "cubic", "cu",
    "ſq", "squared", "cubed", "per", "/", "h", "b/d", "km/h", "·", "*", "^2", "2", "3",
    "²", "³", "⁻¹", "-1", "−1", "ⁱ", "µg", "(", ")", "[", "<", "{", ".", ",", ";", " ",
    "\t", "\n", "\u00a0", "-", "é", "_", "'", "pm", "W", "s", "Abcdefghijklm",
]  # fmt: skip


@settings(max_examples=800)
@given(_texts(_UNIT_PIECES), st.integers(min_value=0, max_value=6))
def test_read_unit_is_the_full_symbol_reader(text: str, pos: int) -> None:
    assert unit_reader.read_unit(text, pos) == unit_reader.read_symbols(text, pos)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_read_unit_is_the_full_symbol_reader_on_the_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pos in range(len(text)):
        assert unit_reader.read_unit(text, pos) == unit_reader.read_symbols(text, pos)


@settings(max_examples=500)
@given(_texts([*_DATE_PIECES, "September", "Sept.", "5", "30", "2001", "19", "(Reuters)"]))
def test_date_in_text_is_the_first_date_of_the_full_search(text: str) -> None:
    """date_in_text() searches from the first year less 15 characters: the dates of a
    search of the whole head, taken as it takes them."""
    from figures.datelines import date_in_text, english_dates

    found = english_dates(text[:400], 0)
    assert date_in_text(text) == (min(found)[1] if found else None)


_MAYBE_DECIMAL = st.none() | st.decimals(allow_nan=False, allow_infinity=False)
_MAYBE_TEXT = st.none() | st.text(max_size=5)


@settings(max_examples=300)
@given(
    st.tuples(
        st.sampled_from(list(Kind)),
        st.text(max_size=8),
        st.integers(min_value=0, max_value=10**6),
        st.integers(min_value=0, max_value=10**6),
        _MAYBE_DECIMAL,
        _MAYBE_DECIMAL,
        _MAYBE_DECIMAL,
        st.none() | st.sampled_from(list(Qualifier)),
        _MAYBE_TEXT,
        _MAYBE_TEXT,
        _MAYBE_DECIMAL,
        _MAYBE_TEXT,
        st.booleans(),
    )
)
def test_make_figure_is_the_class_made_figure(args: tuple[object, ...]) -> None:
    """make_figure writes a draft of Figure's layout and makes it a Figure: the same
    object, field for field, as the frozen class's own constructor makes."""
    import dataclasses
    import pickle

    from figures.scan.state import make_figure

    made = make_figure(*args)  # type: ignore[arg-type]
    plain = Figure(*args)  # type: ignore[arg-type]
    assert type(made) is Figure
    for f in dataclasses.fields(Figure):
        got, want = getattr(made, f.name), getattr(plain, f.name)
        # the same value of the same type, digit for digit (an int may be another object
        # of the same value in the compiled build, which boxes it anew)
        assert type(got) is type(want) and repr(got) == repr(want)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert pickle.loads(pickle.dumps(made)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = ""  # type: ignore[misc]


_EDGE_DECIMALS = st.one_of(
    st.builds(
        lambda sign, digits, exponent: Decimal((sign, digits, exponent)),
        st.integers(0, 1),
        st.lists(st.integers(0, 9), min_size=1, max_size=40).map(tuple),
        st.integers(-1100, 1100),
    ),
    st.decimals(),
    st.sampled_from([Decimal("1E+999"), Decimal("9.99E+999"), Decimal("1E-1000"), Decimal("-0")]),
)


@settings(max_examples=800)
@given(st.none() | _EDGE_DECIMALS)
def test_tidy_within_is_the_bound_test_then_tidy(d: Decimal | None) -> None:
    """to_figure's one step: tidy_within(d) is tidy(d) for a value within the bound (or
    None), digit for digit, and OUT_OF_BOUNDS exactly when in_bounds(d) fails."""
    from figures.arith import in_bounds
    from figures.scan.state import OUT_OF_BOUNDS, tidy, tidy_within

    got = tidy_within(d)
    if d is not None and not in_bounds(d):
        assert got is OUT_OF_BOUNDS
    else:
        want = tidy(d)
        assert got is not OUT_OF_BOUNDS
        assert got is None or want is None or got.as_tuple() == want.as_tuple()
        assert (got is None) == (want is None)


_NUMERAL_CHARS = "0123456789٣²,.eE½-x "
_DIGIT_RUN = st.text("0123456789٣²", min_size=0, max_size=4)
_AFTER_NUMERAL = [",-", ".-", ",—", ",–", ",", ".", " ", "", "-"]


@settings(max_examples=1000)
@given(
    st.one_of(
        st.text(_NUMERAL_CHARS, min_size=1, max_size=10),
        st.builds(lambda h, t: h + "." + t, _DIGIT_RUN, _DIGIT_RUN),  # "3.5", "٣.5", ".5"
    ),
    st.sampled_from(_AFTER_NUMERAL),
    st.integers(min_value=0, max_value=40),
)
@example("1,2.5", " ", 0).via("a comma before the point")
@example("1.899", ",-", 0).via("a price with no cents")
@example("٣.5", " ", 0).via("a digit beyond ASCII")
@example("1.5", " ", 31).via("31 decimal places")
def test_plain_decimal_is_numeral_ats_decimal_reading(raw: str, after: str, more: int) -> None:
    """numeral_at's shortcut for "3.5" (plain_decimal): numeral_at reads every numeral
    as it does without the shortcut (its chain of patterns), and the shortcut takes
    every plain decimal that no ",-" follows."""
    from figures.scan import numerals

    text = raw + "1" * (more if more > 30 else 0) + after  # long fractions: past 30 places
    anchor = anchors.DIGIT_ANCHOR.match(text)  # the numeral as the scan finds it
    if anchor is None:
        return
    got = numerals.numeral_at(Scanner(text, "en", []), 0, anchor.end())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(numerals, "plain_decimal", lambda raw, text, end: None)
        want = numerals.numeral_at(Scanner(text, "en", []), 0, anchor.end())
    assert repr(got) == repr(want)
    raw, after = text[: anchor.end()], text[anchor.end() :]
    if re.fullmatch(r"[0-9]+\.[0-9]{1,30}", raw) and after[:2] not in (",-", ".-", ",—", ",–"):
        assert numerals.plain_decimal(raw, text, len(raw)) == len(raw) - raw.index(".") - 1


_AMOUNT_PIECES = [
    "5", "12", "3.5", "1,200", "1987", "$", "£", " ", "  ", "\n", "-", "–", " to ", " and ",
    " or ", "about ", "more than ", "up to ", "between ", "from ", "over ", "some ", "nearly ",
    " million", " pct", " percent", " years", " dlrs", "(", ")", "in excess of ", "x", ".",
    "81E999", "1.5E998", "2E-999", " billion", "duration", " for ", "over 10 years",
]  # fmt: skip


def _plain_digit_figure(sc: Scanner, start: int, end: int) -> Figure | None:
    """assemble.figure_at() for digits as written before its shortcuts: ranged() asked
    always, qualified_start() always, the bound test then tidy()."""
    from figures.arith import in_bounds
    from figures.scan import assemble
    from figures.scan.state import make_figure, tidy

    a = assemble.read_amount(sc, start, end, None)
    if a is None:
        return None
    got = assemble.ranged(sc, a)
    if got is None:
        return None
    a, opened = got
    hi = a.high
    start, qualifier = assemble.qualified_start(sc, a, opened)
    if start < sc.done:
        start = a.start
    qualifier = qualifier or a.qualifier
    value: Decimal | None = a.value
    low: Decimal | None = None
    precision = a.precision
    if hi is not None:
        low, value = a.value, None
    if a.scaled or a.word or hi is not None:
        if not all(in_bounds(v) for v in (value, low, hi, precision) if v is not None):
            sc.done = max(sc.done, a.end)
            return None
        if a.scaled or a.word:
            value, precision, low, hi = tidy(value), tidy(precision), tidy(low), tidy(hi)
    currency = sc.home(a.currency, True) if a.assumed and sc.homes else a.currency
    return make_figure(
        a.kind, sc.text[start : a.end], start, a.end, value, low, hi, qualifier, currency,
        a.unit, precision, a.note, a.assumed,
    )  # fmt: skip


def _assemble_shortcuts_agree(text: str) -> int:
    """At every digit anchor of ``text``, figure_at() (its shortcuts: no range separator
    after the amount, a plain amount's qualifier read at once, the bound test and the
    tidying in one) against the plain code, from the same scanner state: the same
    figure, digit for digit, and the same state after. Returns how many figures."""
    from figures.scan import assemble
    from figures.scan.anchors import DIGITS, find_anchors

    shortcut, plain = Scanner(text, "en", []), Scanner(text, "en", [])
    seen = 0
    for s, e, kind in find_anchors(text):
        if kind != DIGITS or s < shortcut.done:
            continue
        got = assemble.figure_at(shortcut, s, e, None)
        want = _plain_digit_figure(plain, s, e)
        assert repr(got) == repr(want)
        assert (shortcut.done, shortcut.per_end) == (plain.done, plain.per_end)
        if got is not None:
            seen += 1
            shortcut.done = plain.done = got.end
            if got.currency is not None and got.kind is Kind.MONEY:
                shortcut.last_money = plain.last_money = (got.end, got.currency, False)
    return seen


@settings(max_examples=300)
@given(_texts(_AMOUNT_PIECES))
def test_assemble_shortcuts_are_ranged_and_qualified_start(text: str) -> None:
    _assemble_shortcuts_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_assemble_shortcuts_on_the_seed(path: Path) -> None:
    seen = _assemble_shortcuts_agree(path.read_text(encoding="utf-8"))
    assert seen, "the seed has figures: the law must see them"


@pytest.mark.parametrize(
    "text",
    [
        "$5 to $99E999 and $5 to $9E999",  # a high end beyond the bound, and one within
        "81E999 tonnes, 2E-1001 and 5E-1000 pct",
        "more than 5 million, about $3.5 bln, up to 40 pct",
        "cut $1.5 trillion over 10 years, for over 10 years",
        "between 5 and 6 pct, from 10 to 12 dlrs, 5-6 mln",
    ],
)
def test_assemble_shortcuts_on_edges(text: str) -> None:
    _assemble_shortcuts_agree(text)  # the laws hold at each anchor


_NUMBER_WORD_PIECES = [
    "one", "Two", "THREE", "twenty", "Forty", "nineteen", "hundred", "thousand", "million",
    "and", "a", "an", "of", "point", "half", "third", "quarters", "dozen", "companies",
    "years", "abcdefghijklm", "5", "_", "é", "x1",
]  # fmt: skip
_WORD_SEPARATORS = [" ", "  ", "-", " - ", "\n", ".", ", ", "", "\t"]


@settings(max_examples=1000)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NUMBER_WORD_PIECES), st.sampled_from(_WORD_SEPARATORS)),
        max_size=8,
    ).map(lambda ws: "".join(w + sep for w, sep in ws)),
    st.integers(min_value=0, max_value=8),
)
def test_read_word_number_is_the_full_word_reader(text: str, pos: int) -> None:
    """read_word_number's one-word reading ("two companies") is what the full reader,
    read_words, reads at any offset of any text."""
    from figures.scan.numerals import read_word_number, read_words

    assert read_word_number(text, pos) == read_words(text, pos)
    assert read_word_number(text, 0) == read_words(text, 0)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_read_word_number_is_the_full_word_reader_on_the_seed(path: Path) -> None:
    from figures.scan.numerals import read_word_number, read_words

    text = path.read_text(encoding="utf-8")
    read = 0
    for m in anchors.WORD_ANCHOR.finditer(text):
        got = read_word_number(text, m.start())
        assert got == read_words(text, m.start())
        read += got is not None
    assert read, "the seed spells numbers out: the law must see one"
