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
from decimal import Decimal, localcontext
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from figures import prose_levels, rate_candidates, unit_reader
from figures.model import Figure, Kind, Qualifier
from figures.scan import anchors
from figures.scan.state import Scanner
from figures.scan.tokens import WORD

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
    per = rate_candidates.trigger_pattern(False, True, False)
    assert per is not None
    want = per.search(text, pos)
    got = rate_candidates.next_per(text, pos)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


@settings(max_examples=600)
@given(_texts([*_PER, "per", "to", "the", "against", "\u2003", "\t", "xper", "  ", "a"]))
def test_per_cues_are_every_cue_match(text: str) -> None:
    """per_cues finds, from each cue word's literal start, the match of PER_CUE at
    every position where one starts."""
    cue = rate_candidates.PER_CUE
    want = [m.span() for i in range(len(text)) if (m := cue.match(text, i)) is not None]
    assert rate_candidates.per_cues(text) == want


def _one_pattern_statements(text: str) -> list[tuple[str, int, int]]:
    """read_statements' candidates as the single three-branch pattern gave them."""
    trigger = rate_candidates.trigger_pattern(True, True, True)
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
    candidates = rate_candidates.Candidates(text)
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
    candidates = rate_candidates.Candidates(text)
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


# The plain digit anchor: a look-ahead, then the numeral (DIGIT_ANCHOR consumes the first
# character instead and asks which it was).
_PLAIN_DIGIT_ANCHOR = re.compile(r"(?=[\d.½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?:" + anchors.NUMERAL + ")")


@settings(max_examples=600)
@given(
    _texts([*_DIGIT_PIECES, "12 345", "123 456", " 789", ",5", "½", "2¾", "٣", "१२", "x.", "a."])
)
@example("1 234 567,89 and 12 345 or 123 456 7890, 104-3/8 a.5 .5 x.25 (.75) 1.5e-3 2½ ¾ 7/½")
def test_digit_anchors_are_the_plain_look_ahead_pattern(text: str) -> None:
    """DIGIT_ANCHOR, which consumes the first character and then asks what it was, finds
    the anchors of the plain pattern; and so does ASCII_ANCHOR's digit branch."""
    want = [m.span() for m in _PLAIN_DIGIT_ANCHOR.finditer(text)]
    assert [m.span() for m in anchors.DIGIT_ANCHOR.finditer(text)] == want
    if text.isascii():
        low = text.lower()
        got = [m.span() for m in anchors.ASCII_ANCHOR.finditer(low) if m.lastindex is None]
        assert got == [m.span() for m in _PLAIN_DIGIT_ANCHOR.finditer(low)]


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


def _two_scans(text: str) -> list[tuple[int, int, int]]:
    """The anchors of the plain patterns: every digit anchor and every word anchor, in
    text order."""
    digits = [(*m.span(), anchors.DIGITS) for m in anchors.DIGIT_ANCHOR.finditer(text)]
    words = [(*m.span(), anchors.WORD) for m in anchors.WORD_ANCHOR.finditer(text)]
    return sorted(digits + words)


_ANCHOR_PIECES = [*_WORDS, "tHree", "MiLLion", "Half", "HALF", "1", "1,000", ".5", "1e5", "5.",
                  "2 500", "/3", "7-", "Q", "K", "12 345", "123 456", " 789", ",5", "a.5",
                  "104-3/8", "1,1,1", "2.5e-3"]  # fmt: skip


def _suffixes_agree(text: str) -> None:
    """At every digit anchor of ``text``, with its prefix read: suffix() (the word after
    the digits looked at first) does what suffix_read() (the full reading) does."""
    import copy
    import dataclasses
    import decimal

    from figures.scan.amounts import prefix
    from figures.scan.attach import suffix, suffix_read
    from figures.scan.numerals import numeral_at
    from figures.scan.state import EXTRACT_CONTEXT, Scanner

    sc = Scanner(text, "en", [])
    with decimal.localcontext(EXTRACT_CONTEXT):
        for m in anchors.DIGIT_ANCHOR.finditer(text):
            a = numeral_at(sc, m.start(), m.end())
            if a is None:
                continue
            prefix(sc, a)
            fast, full = copy.copy(a), copy.copy(a)
            sc.per_end = 0
            suffix(sc, fast)
            fast_per = sc.per_end
            sc.per_end = 0
            suffix_read(sc, full)
            assert dataclasses.asdict(fast) == dataclasses.asdict(full), text
            assert fast_per == sc.per_end


_SUFFIX_PIECES = [
    "5", "3.5", "12", " ", "  ", "\n", ".", ",", "-", "$", "US$", "us$", "cn¥", "(",
    " mln", " billion", " bln", " m", " b", " t", " k", " mm", " tr", " millions",
    " millions of", " dlrs", " dlr", " cts", " cents", " yen", " pounds", " pound",
    " sterling", " pct", " per", " cent", " percentage", " points", " basis", " pp",
    " times", " earnings", " and", " a half", " of", " the proceeds", " tonnes", " tons",
    " in", " years", " a", " m.", " a.m.", " u.s.", " dollars", " canadian", " usd",
    " kr", " shares", " people", " degrees", " ounces", " per day", " barrels", " km",
]  # fmt: skip


_AMOUNT = st.tuples(
    st.sampled_from(["5", "3.5", "12", "$5", "(5", "-5", "2k"]),
    st.lists(st.sampled_from(_SUFFIX_PIECES), max_size=4),
).map(lambda t: t[0] + "".join(t[1]))


@settings(max_examples=800)
@given(st.one_of(_texts(_SUFFIX_PIECES), st.lists(_AMOUNT, max_size=6).map(" ".join)))
@example("5 mln u.s. dlrs, 5 mln a.m. us$ 3 pounds sterling, 5 mln pounds of the proceeds")
@example("5 mln dlrs. 5 mln us$ 5 tonnes. 5 tonnes.$ 5 in. 5 billion cubic feet, 5 times")
def test_suffix_is_the_full_reading(text: str) -> None:
    _suffixes_agree(text)


def _suffix_and_extract_agree(text: str) -> None:
    """suffix() reads as suffix_read() at every anchor, and extract() finds what it
    finds with the full suffix reading."""
    import figures

    _suffixes_agree(text)
    assert list(figures.extract(text)) == _extract_in_full(text)


def _amounts_then(
    numbers: list[str], glue: st.SearchStrategy[str], words: list[str], tails: list[str]
) -> st.SearchStrategy[str]:
    """Texts of up to five amounts, each a number, a glue, a word and a tail."""
    return st.lists(
        st.tuples(
            st.sampled_from(numbers),
            glue,
            st.sampled_from(words),
            st.sampled_from(tails),
        ).map("".join),
        max_size=5,
    ).map(" ".join)


def _capitalised() -> list[str]:
    """Capitalised words the readers know (currency symbols, codes and names, unit
    symbols and words, scale and percent words) and some they do not."""
    from figures.scan.currency import lexicon_tables
    from figures.units import UNIT_WORDS, symbols

    lex = lexicon_tables()
    known = [*lex.symbols, *(k.split(" ")[0] for k in lex.names), *symbols(), *UNIT_WORDS]
    words = {w[:1].upper() + w[1:] for w in known if w[:1].isascii() and w[:1].isalpha()}
    words |= {w.upper() for w in known if w.isascii() and w.isalpha()}
    plain = ["Revs", "Reuter", "Record", "NOTE", "Year", "Est", "GMT", "U.S.", "Dlrs.", "Sq"]
    return sorted(words | {"Million", "Pct", "Percent", "Basis", "Billions", *plain})


@settings(max_examples=600)
@given(
    _texts(_ANCHOR_PIECES)
    | st.lists(
        st.one_of(
            st.sampled_from([p for p in _ANCHOR_PIECES if p.isascii()]),
            st.text(_ASCII, max_size=3),
        ),
        max_size=24,
    ).map("".join)
)
@example("1 234 567,89 and 12 345 or 123 456 7890, 104-3/8 a.5 .5 x.25 (.75) 1.5e-3 2½")
def test_one_pass_anchors_are_the_two_scans(text: str) -> None:
    """The one-pass scan of ASCII copy (in its lower-case copy) finds the anchors of the
    digit and the word pattern; any other text takes the two scans."""
    assert list(anchors.find_anchors(text)) == _two_scans(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_the_seed_article_gives_the_same_anchors(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert list(anchors.find_anchors(text)) == _two_scans(text)
    ascii_text = text.encode("ascii", "replace").decode()
    assert list(anchors.ascii_anchors(ascii_text)) == _two_scans(ascii_text)


@settings(max_examples=600)
@given(
    _amounts_then(
        ["5", "3.5", "12", "five", "$5"],
        st.sampled_from([" ", "\n", "\n ", "\n   ", "  ", "\n    ", " \n"]),
        _capitalised(),
        ["", " ", ".", ". ", "$", "/d", " per day", " cents", " 5", "\n"],
    )
)
@example("5 Revs 1, 5\nReuter, 5 Canadian cents, 5 MW, 5 EUR, 5\n  9.99, 5 %, 5  --")
@example("30 MUSD, 120 MEUR, in the heat wave it was 30 C, 104 F outside, (572 °F, 573.15 K)")
def test_suffix_is_the_full_reading_before_capitals(text: str) -> None:
    _suffix_and_extract_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_suffix_is_the_full_reading_on_the_seed(path: Path) -> None:
    _suffixes_agree(path.read_text(encoding="utf-8"))


def _extract_in_full(text: str) -> list[object]:
    """extract() with every suffix read by suffix_read(), the full reading."""
    from unittest import mock

    import figures
    from figures.scan import amounts, attach, ranges

    with (
        mock.patch.object(amounts, "suffix", attach.suffix_read),
        mock.patch.object(ranges, "suffix", attach.suffix_read),
    ):
        return list(figures.extract(text))


_SPELLED = [
    "three", "Two", "a quarter", "five", "half", "one", "twenty-five", "a", "zero",
    "absolute zero", "a third of a", " of a", "\n", "-", "6",
]  # fmt: skip


@settings(max_examples=500)
@given(_texts([*_SUFFIX_PIECES, *_SPELLED]))
@example("three millions, two\nmln dlrs, five\nyears, 94.76 billion\ndlrs, a quarter of a pct")
@example("three u.s. dlrs, 5\na.m., five us$, two-year, 5\ntonnes.$, three m.b.")
@example("5\nmillions, 5\nu.s. dlrs, 5\nus$ 3, 5 mln\nmillions, 5 mln\nu.s. dlrs")
def test_extract_reads_what_the_full_suffix_reads(text: str) -> None:
    import figures

    assert list(figures.extract(text)) == _extract_in_full(text)


_DASH_WORDS = [
    "dlr", "dlrs", "yen", "franc", "cent", "cents", "pound", "dollar", "year", "month",
    "inch", "in", "mile", "acre", "for", "bank", "billion", "million", "st", "u", "canadian",
    "kr", "usd", "times", "pct", "km", "a", "m", "abcdefghijklmnopqrstuvwxyzabcdef",
]  # fmt: skip


@settings(max_examples=500)
@given(
    _amounts_then(
        ["5", "12.5", "1,000", "two", "a", "$5", "5 mln"],
        st.just("-"),
        _DASH_WORDS,
        ["", " ", ".", ". ", "-euro", "-old", "$", ".$", " of", "\n"],
    )
)
@example("an 18-dlr bid, a 12-yen bid, a 50,000-franc fine, a 5-year bond, a 3-inch screen")
@example("a 26-billion-euro plan, 5-st. helena, 5-u.s. dlrs, 5-in. pipe, 5-in, 5-kr.$")
def test_suffix_is_the_full_reading_after_a_dash(text: str) -> None:
    _suffix_and_extract_agree(text)


def test_every_mark_after_a_number_is_read_as_in_full() -> None:
    """After a number every ASCII character, and the marks beyond ASCII the readers
    know, is read as the full reading reads it."""
    import string

    import figures

    marks = string.printable + "½’‘“”°€£¥₹‰‱\u00a0\u202f\u2009−–—…•·"
    for c in marks:
        for text in (f"5{c}x 6", f"five{c} 7", f"$5{c}3", f"5{c}", f"5 mln{c}"):
            assert list(figures.extract(text)) == _extract_in_full(text), text
            _suffixes_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_extract_reads_what_the_full_suffix_reads_on_the_seed(path: Path) -> None:
    import figures

    text = path.read_text(encoding="utf-8")
    assert list(figures.extract(text)) == _extract_in_full(text)


_TAILS = ["", " ", ".", ". ", ".$", "$", ",", " of", " of the dollar", "..", "’s", "-", "\n"]


def test_word_routes_are_what_the_readers_find() -> None:
    """Each word's route states what the plain readers find for it after "5 ", with any
    mark but a symbol's first character after it (words of no table: nothing)."""
    from figures.scan import attach, multiples, percent_words, scale_words
    from figures.scan.currency import currency_name_after, lexicon_tables
    from figures.scan.state import Scanner

    routes = attach.word_routes()
    starts = lexicon_tables().symbol_starts
    names = lexicon_tables().names
    for word in [*routes, "shares", "people", "millions", "x", "abcdefghijklmnopqrstuvwxyzabcdef"]:
        bits, reading, entry = routes.get(word, (0, attach.READS_NOTHING, None))
        # and the rest of every name the word begins ("pounds sterling")
        rest = [k[k.find(" ") :] for k in names if " " in k and k.split()[0] in (word, word + ".")]
        for tail in [*_TAILS, *rest, *("." + r for r in rest)]:
            text = "5 " + word + tail
            if tail[:1] in starts or (tail[:1] == "." and tail[1:2] in starts):
                continue
            if word in routes and scale_words.SCALE_AFTER.match(text, 2) is not None:
                # (no word of no table is read after the digits: _ends_at_once)
                assert bits & attach.IS_SCALE, word
            if percent_words.PERCENT_AFTER.match(text, 2) is not None:
                assert bits & attach.IS_PERCENT, word
            if multiples.TIMES_AFTER.match(text, 2) is not None:
                assert bits & attach.IS_TIMES, word
            if tail[:1] == "." and len(word) == 1:
                continue  # initials ("a.m."): the full look-up
            got = currency_name_after(text, 2)
            first = WORD.match(text, 2)
            if reading == attach.READS_NOTHING:
                assert attach.nothing_after(Scanner(text, "en", []), 2, first), word
            elif reading == attach.READS_NAME:
                assert entry is not None and got == (2 + len(word), *entry), word
            elif reading == attach.READS_UNIT:
                assert got is None, word


def test_percent_words_are_read_alone() -> None:
    """The percent pattern reads each percent word of PERCENT_ALONE after a space as
    itself, whatever follows it but a letter or digit."""
    from figures.scan import percent_words

    assert set(percent_words.PERCENT_ALONE) >= {"pct", "percent", "bps"}
    for word, meaning in percent_words.PERCENT_ALONE.items():
        assert percent_words.PERCENT_MEANINGS[word] == meaning
        for tail in [*_TAILS, " points", "-point", " cent"]:
            m = percent_words.PERCENT_AFTER.match("5 " + word + tail, 2)
            assert m is not None and m.group(1) == word and m.end() == 2 + len(word), word


def test_plain_scales_are_read_alone() -> None:
    """The scale pattern reads each plain scale word after a space as itself, whatever
    follows it but a letter or digit: no check, no look-ahead to make."""
    from figures.scan import scale_words

    for word in scale_words.PLAIN_SCALES:
        for tail in [*_TAILS, " of the", "_"]:
            m = scale_words.SCALE_AFTER.match("5 " + word + tail, 2)
            assert m is not None and m.group(1).lower() == word and m.end() == 2 + len(word)


_AFTER_MONEY = [
    " ", "\t", "  ", "and ", "AND ", "mln", "MLN", "million", "Billion", "bn", "tn", "trillion",
    "50", "5", "٥", "fifty", "Five", "ſix", "one", "in", "at", "x", ".", ",", "-", "\n", "cents",
]  # fmt: skip


@settings(max_examples=600)
@given(_texts(_AFTER_MONEY))
def test_money_gates_let_every_match_through(text: str) -> None:
    """What currency_named() and minor_part() look at before their patterns: where a
    pattern matches, its gate lets it through."""
    from figures.scan import attach, minor_units

    if attach.SCALE_WORD_AFTER.match(text) is not None:
        assert text[:1] in " \t" and text[1:2] in attach.SCALE_WORD_SECOND
    if minor_units.MINOR_PART.match(text) is not None:
        nxt = text[1:2]
        assert text[:1] in " \t"
        assert not (nxt.isascii() and nxt.isalpha()) or nxt.lower() in minor_units.MINOR_PART_FIRSTS


def test_only_p_lowers_to_p() -> None:
    """currency_named() looks for "pound" only after a "p" or "P": no other character
    lowers to a text starting with "p"."""
    import sys

    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower()[:1] == "p"] == ["P", "p"]


_PER_PIECES = ["per", "PER", "a", "an", "each", "/", " ", "\t", "  ", "day", "x", "é", "\n", "ſ"]


@settings(max_examples=500)
@given(_texts(_PER_PIECES))
def test_the_per_gate_lets_every_match_through(text: str) -> None:
    """unit_name_at() looks at the first character, or the one after a first blank,
    before the PER pattern: where the pattern matches, that character is a start."""
    from figures.scan import tokens, unit_after

    if tokens.PER.match(text) is not None:
        c = text[1:2] if text[:1] in " \t" else text[:1]
        assert c in unit_after.PER_STARTS


def test_only_the_per_letters_match_them() -> None:
    """No character but "p", "a", "e" in either case matches them ignoring case (the
    first letters of PER's words)."""
    import sys

    letters = re.compile("[pae]", re.IGNORECASE)
    found = [c for c in map(chr, range(sys.maxunicode + 1)) if letters.fullmatch(c)]
    assert sorted(found) == sorted("paePAE")


_DASHED = ["-", "year", "b/d", "km/h", "/", "$", "€", "°C", "in", "(", "5", " ", "Inch", "x", "é"]


@settings(max_examples=500)
@given(_texts(_DASHED))
def test_nothing_is_read_at_a_dash(text: str) -> None:
    """currency_or_unit_after() stops at a dash it did not read past: at a dash no
    currency name, code or symbol starts, and unit_after() reads nothing."""
    import copy
    import decimal

    from figures.scan.currency import currency_name_after
    from figures.scan.state import Amount, Scanner
    from figures.scan.unit_after import unit_after

    text = "-" + text
    assert currency_name_after(text, 0) is None
    sc = Scanner(text, "en", [])
    a = Amount(0, 0, 0, 0, decimal.Decimal(5), None, True)
    before = copy.copy(a)
    unit_after(sc, a, 0)
    assert a == before


_BEFORE_PIECES = [
    "was", "of", "minus", "MINUS", "Rs", "rs", "kr", "usd", "eur", "us", "US$", "$", "€",
    " ", "\n", "  ", "-", "+", "−", "%", "(", ".", ",", "x", "é", "SR", "R", "Dhs", "zł",
]  # fmt: skip


@settings(max_examples=600)
@given(
    st.tuples(
        _texts(_BEFORE_PIECES), st.sampled_from(_BEFORE_PIECES), st.sampled_from([" ", "\n"])
    ).map("".join),
    st.sampled_from(["5", "5.5", "1,000", "12"]),
)
@example("profit was minus ", "5")
@example("costs rs\n", "5")
@example("about usd ", "12")
def test_prefix_reads_nothing_after_a_plain_word(before: str, digits: str) -> None:
    """Where plain_word_before() says a plain word stands before the number, prefix()
    reads nothing."""
    import copy
    import decimal

    from figures.scan.amounts import plain_word_before, prefix
    from figures.scan.numerals import numeral_at
    from figures.scan.state import EXTRACT_CONTEXT, Scanner

    text = before + digits + " x"
    sc = Scanner(text, "en", [])
    with decimal.localcontext(EXTRACT_CONTEXT):
        a = numeral_at(sc, len(before), len(before) + len(digits))
        if a is None or not plain_word_before(text, a.start, sc.lower_tails):
            return
        read = copy.copy(a)
        prefix(sc, read)
        assert read == a, text


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


def test_no_currency_symbol_ends_with_two_full_stops() -> None:
    """currency_before() reads no symbol at "..": none ends so, none is "." alone (and
    no ISO code has a full stop)."""
    from figures.scan.currency import currency_before, lexicon_tables

    symbols = lexicon_tables().symbols
    assert "." not in symbols and not any(k.endswith("..") for k in symbols)
    for text in ("Shr........5", "Rs..5", "rs. .5", "US$..5", "Net.. 5", "..5", ".. 5"):
        k = len(text) - 1
        assert currency_before(text, k) is None, text


_PLAIN_REJECT_PIECES = [
    "1987", "1986", "2199", "2200", "0999", "1000", "3", "22", "31", "09", "5", "/87", "/3/1",
    "87", "March", "Feb", "Sept.", "march", "may", "Oct", "MARCH", " ", "  ", "\n", ", ", ",",
    ",\n", ".", ". ", ";", ")", "(", "/", "-", ":", "'", "%", "$", "£", "€", "US$", "rs ", "kr ",
    " million", " mln", " millions", "\nmillions", " pct", " percent", " dlrs", " tonnes",
    " years", " am", " a.m.", " gmt", " est", " in", " the", " was", " for", " of", " and",
    " shares", " Rates", " sq ft", "minus ", "year ", "in ", "the ", "of ", " us$", " a", ".A",
    "s", "th", "x",
]  # fmt: skip


def _plain_rejects_agree(text: str) -> int:
    """At every digit anchor of ``text``, plain_reject() (a year or a day of month
    decided from the characters and words next to it) against figure_at() read in
    full, from twin scanners: where the shortcut decides, the full reading finds no
    figure and moves the scan to the same offset, with the same state after. Returns
    how many it decided."""
    from figures.scan import assemble
    from figures.scan.anchors import DIGITS, find_anchors

    early, full = Scanner(text, "en", []), Scanner(text, "en", [])
    decided = 0
    for s, e, kind in find_anchors(text):
        if kind != DIGITS or s < full.done:
            continue
        resume = assemble.plain_reject(early, s, e)
        want = assemble.figure_at(full, s, e, None)
        if resume is None:
            got = assemble.figure_at(early, s, e, None)
            assert repr(got) == repr(want), text
        else:
            decided += 1
            assert want is None, (text, s, e)
            early.done = max(early.done, resume)
        assert (early.done, early.per_end) == (full.done, full.per_end), (text, s, e)
        if want is not None:
            early.done = full.done = want.end
            if want.currency is not None and want.kind is Kind.MONEY:
                early.last_money = full.last_money = (want.end, want.currency, False)
    return decided


_REJECT_BEFORE = [
    "in ", "Oct ", "March ", "Sept. ", "MARCH ", "may ", "year ", "minus ", "minus\n", "$ ",
    "US$", "(", ", ", ",\n", "\n", "-", "of\n", "rs ", "X", "\nFeb ", "the Feb ", "'", "#",
]  # fmt: skip
_REJECT_NUMBER = ["1987", "2199", "2200", "0999", "1000", "3", "22", "31", "09", "99"]
_REJECT_AFTER = [
    " the", " est", " o'clock", " gmt", " mln", " pct", ":30", ":", "/87", "/3/1.5", "/3/1",
    ".A", ". ", ".", ",", ";", ")", "\nmillions", " millions", "\nthe", " us$", " the.",
    "\na.", "", " 5", "-year", "s", " of March", " march", " Rates", "\n  Record", ")5",
]  # fmt: skip
_REJECT_CONTEXTS = st.lists(
    st.tuples(
        st.sampled_from(_REJECT_BEFORE),
        st.sampled_from(_REJECT_NUMBER),
        st.sampled_from(_REJECT_AFTER),
    ).map("".join),
    max_size=4,
).map(" ".join)


@settings(max_examples=1500)
@given(st.one_of(_texts(_PLAIN_REJECT_PIECES), _REJECT_CONTEXTS))
@example("in 1987 the, Oct 6, 1981 for wheat, on February 22 were, the 1986/87 crop")
@example("in 1987 mln, in 1987\nmillions, in 1987 us$, on March 3 a.m., in 1987/3/1, in 1986.A")
@example("on March 3 5, on March 31\nthe, in 2200 the, year 1987 the, minus\n1987 the, (1987)")
def test_plain_reject_is_the_full_reading(text: str) -> None:
    _plain_rejects_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_plain_reject_is_the_full_reading_on_the_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _plain_rejects_agree(text + "\nin 1987 the, on February 22 were.\n"), "none decided"


def _scans_agree(text: str) -> int:
    """scan_ascii() (the matches of the one-pass pattern read in the loop) against
    scan_anchors() over find_anchors(): the same figures, digit for digit, and the same
    scanner state after. Returns how many figures."""
    from figures.scan import assemble
    from figures.scan.anchors import find_anchors
    from figures.scan.state import EXTRACT_CONTEXT

    fast, plain = Scanner(text, "en", []), Scanner(text, "en", [])
    with localcontext(EXTRACT_CONTEXT):
        got = assemble.scan_ascii(fast)
        want = assemble.scan_anchors(plain, find_anchors(text))
    assert repr(got) == repr(want), text
    assert (fast.done, fast.per_end, fast.last_money) == (
        plain.done,
        plain.per_end,
        plain.last_money,
    )
    return len(got)


_SCAN_PIECES = [
    *(p for p in _ANCHOR_PIECES if p.isascii()), *_AMOUNT_PIECES, *_PLAIN_REJECT_PIECES,
    "a million", "A third of", "an eighth", "the third quarter", "half a million", "Half",
    "quarter billion", "a dozen", "one", "Twenty-five", "$", "dlrs", " mln",
]  # fmt: skip


@settings(max_examples=600)
@given(_texts(_SCAN_PIECES).filter(str.isascii))
@example("Half a million, a third of 5 mln dlrs, the third quarter, 1987 the, one two")
@example("a million dlrs and a quarter billion, half an hour, $5 to $6, Feb 22 were")
def test_scan_ascii_is_the_anchor_loop(text: str) -> None:
    _scans_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_scan_ascii_is_the_anchor_loop_on_the_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8").encode("ascii", "replace").decode()
    assert _scans_agree(text), "the seed has figures: the law must see them"


# -- read(): the dateline's first year, the subjects' "terling", the per branch alone --

_YEAR_PIECES = [*_DATE_PIECES, "19", "20", "1", "2", "0", "9", "199", "2000", "19x", "٢٠", " "]


@settings(max_examples=600)
@given(_texts(_YEAR_PIECES))
def test_first_year_is_the_year_search(text: str) -> None:
    """first_year (each century's digits found by str.find, tested with YEAR.match)
    starts where YEAR.search matches first."""
    from figures.datelines import YEAR, first_year

    m = YEAR.search(text)
    assert first_year(text) == (m.start() if m is not None else -1)


@settings(max_examples=400)
@given(_texts([*_SUBJECTS, "terling", "Sterlin", "s", "S", "the sterling", "ssterling"]))
def test_sterling_subjects_found_by_str_find_are_the_pattern_matches(text: str) -> None:
    """subjects() finds "[Ss]terling" from its tail "terling" with str.find: the spans
    of LEVEL_SUBJECT.finditer."""
    want = [m.span() for m in prose_levels.LEVEL_SUBJECT.finditer(text)]
    assert [m.span() for m in prose_levels.subjects(text)] == want


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_read_shortcuts_on_the_seed(path: Path) -> None:
    """On the seed article: first_year in every 400-character head, subjects, and the
    per branch alone at every position."""
    from figures.datelines import YEAR, first_year

    text = path.read_text(encoding="utf-8")
    years = 0
    for i in range(0, len(text), 7):
        m = YEAR.search(text[i : i + 400])
        assert first_year(text[i : i + 400]) == (m.start() if m is not None else -1)
        years += m is not None
    assert years, "the seed dates itself: the law must see a year"
    want = [m.span() for m in prose_levels.LEVEL_SUBJECT.finditer(text)]
    assert [m.span() for m in prose_levels.subjects(text)] == want
    per = rate_candidates.trigger_pattern(False, True, False)
    assert per is not None
    for pos in range(0, len(text), 3):
        w, g = per.search(text, pos), rate_candidates.next_per(text, pos)
        assert (g and (g.span(), g.groupdict())) == (w and (w.span(), w.groupdict()))


@settings(max_examples=600)
@given(_texts(_PER), st.data())
@example("12 per dollar", None)
@example("7.1 yuan per dollar, 148.20/30 per euro, 1E3 to the yen", None)
def test_the_per_branch_alone_is_the_trigger_per_branch(
    text: str, data: st.DataObject | None
) -> None:
    """next_per searches its windows with the per branch alone (no leading look-ahead):
    from any position, including one inside a number, what the trigger's per branch
    finds."""
    per = rate_candidates.trigger_pattern(False, True, False)
    assert per is not None
    positions = range(len(text) + 1)
    if data is not None:
        positions = range(data.draw(st.integers(0, len(text))), len(text) + 1, 5)
    for pos in positions:
        w, g = per.search(text, pos), rate_candidates.next_per(text, pos)
        assert (g and (g.span(), g.groupdict())) == (w and (w.span(), w.groupdict())), pos


_POUND_PIECES = [
    "5 pounds", " 2 pounds", "7 kg", " pounds of sugar", " weighs 25 pounds", " costs ",
    " paid", " sterling", " £3", " stg", " lost 20 pounds", ". ", " ", "Egyptian pounds",
    " 2 lbs", " GBP 5", " ($1 = 0.8214 pounds)", " 5 pounds a kilo", " $5", "\n",
]  # fmt: skip


@settings(max_examples=300)
@given(_texts(_POUND_PIECES))
@example("The baby weighs 7 kg. She is over two pounds.")
def test_settle_pounds_is_the_full_reading(text: str) -> None:
    """settle_pounds gives a document without an amount of assumed GBP back unread:
    what pounds_in_full, which reads every document, gives."""
    from figures import extract, find_rates
    from figures.pounds import pounds_in_full, settle_pounds

    figs, rates = extract(text), find_rates(text)
    assert settle_pounds(figs, rates, text=text) == pounds_in_full(figs, rates, text=text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_settle_pounds_is_the_full_reading_on_the_seed(path: Path) -> None:
    from figures import extract, find_rates
    from figures.pounds import pounds_in_full, settle_pounds

    text = path.read_text(encoding="utf-8")
    for cut in (text, text.replace("pounds", "pounds of sugar, 5 kg", 1)):
        figs, rates = extract(cut), find_rates(cut)
        assert settle_pounds(figs, rates, text=cut) == pounds_in_full(figs, rates, text=cut)


_SETTLE_PIECES = [
    "C$5", " $3", " 4 dollars", " Canadian dollars", " 6.9 billion crowns", " Norwegian crowns",
    " Swedish crowns", " 5 rupees", " Pakistani rupees", " Philippines", " 3 pesos", " Mexico",
    "MANILA", " US$4", " ($1 = 1.3 Canadian dollars)", " 5 dlrs", " kr 5", " 2 francs",
    " Swiss", " 7 dinars", " Yugoslav", " 8 pounds", " Egyptian", ". ", " ", "\n", " A$2",
]  # fmt: skip


@settings(max_examples=300)
@given(_texts(_SETTLE_PIECES))
@example("Oslo-based Aker lost 6.9 billion crowns, in Norwegian crowns terms. $5, kr 5")
@example("Ottawa will spend C$5 billion; the $2 billion first phase starts, 5 dollars")
def test_settle_currencies_is_the_reading_figure_by_figure(text: str) -> None:
    """settle_currencies decides each assumed marker once: what settle_each, which
    reads figure by figure, gives."""
    from figures import extract, find_rates
    from figures.settle import settle_currencies, settle_each

    figs, rates = extract(text), find_rates(text)
    for given_text in (text, ""):
        got = settle_currencies(figs, rates, text=given_text)
        assert got == settle_each(figs, rates, text=given_text)
    assert settle_currencies(figs) == settle_each(figs)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_settle_currencies_is_the_reading_figure_by_figure_on_the_seed(path: Path) -> None:
    from figures import extract, find_rates
    from figures.settle import settle_currencies, settle_each

    text = path.read_text(encoding="utf-8")
    for cut in (text, "C$5 and 6 crowns. " + text + " Norwegian crowns"):
        figs, rates = extract(cut), find_rates(cut)
        assert settle_currencies(figs, rates, text=cut) == settle_each(figs, rates, text=cut)


@settings(max_examples=600)
@given(_texts(_YEAR_PIECES))
def test_last_year_is_the_last_year_match(text: str) -> None:
    """last_year (each century's digits found by str.rfind) starts where the last match
    of YEAR at any position starts."""
    from figures.datelines import YEAR, last_year

    starts = [i for i in range(len(text)) if YEAR.match(text, i) is not None]
    assert last_year(text) == (starts[-1] if starts else -1)


_DATE_END_PIECES = [
    *_DATE_PIECES, "2023-03-20", "1987-1", "-03-2", "20231", "March 20, 2023", "4 June 1999",
    "19", "20", "0", "Sept.", "2", "x2023-03-20", "2023-03-201", "(Reuters)", "\n",
]  # fmt: skip


@settings(max_examples=600)
@given(_texts(_DATE_END_PIECES))
@example("LONDON, March 20, 2023 (Reuters) - 1987-03-20")
@example("x 20 March 20231 2023-03-20")
def test_date_in_text_reads_the_head_to_its_last_year(text: str) -> None:
    """date_in_text() searches the head from its first year less 15 characters up to
    its last year's month and day: the dates of a search of the whole head."""
    from figures.datelines import date_in_text, english_dates

    found = english_dates(text[:400], 0)
    assert date_in_text(text) == (min(found)[1] if found else None)


_BREAK_BEFORE = [
    "in ", "March ", "Feb ", "Sept. ", "APRIL ", "may ", "calendar ", ", ", "$", "minus\n", "(",
    "Dec.. ", "sunday ", "\n", "x-",
]  # fmt: skip
_BREAK_NUMBER = ["1987", "2199", "2200", "3", "22", "31", "09"]
_BREAK_AFTER = [
    "\n    Record", "\n Reuter", "  ", "   5", " ES", " GMT", " Canadian dlrs", " MW", " EUR",
    " K", " C", " F", " U.S.", " Rev.", "\n\n", " (", " -", '\n"', " 4th", " Jeep", " Rates",
    "\nMillion", " Mln", " PCT", " Dlrs", " Feb", " 1987", " $5", "\n$", " £", "\n%", " °C",
    "\nDM", " US$", " Kg", " A.M.", "  am", "\n\tX", " \t", "", "\n 5", " Yen", "\nHKD",
]  # fmt: skip


@settings(max_examples=1500)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_BREAK_BEFORE),
            st.sampled_from(_BREAK_NUMBER),
            st.sampled_from(_BREAK_AFTER),
        ).map("".join),
        max_size=4,
    ).map(" ".join)
)
@example("Pay April 30\n    Record May 1, in 1987 Reuter, March 3 MW, March 3  9.99")
@example("in 1987 Canadian dlrs, on May 5 Rates, in 1986 EUR, March 5\nDM, in 1987\n%")
def test_plain_reject_at_a_break_is_the_full_reading(text: str) -> None:
    """plain_reject() where no lower-case word follows the blanks after the digits (a mark
    or a capitalised word, as attach.nothing_at_break() reads it) decides as the full
    reading does."""
    _plain_rejects_agree(text)


@settings(max_examples=600)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["March", "SEPT", "Sept.", "jan", "may", "Dec..", "ay", "y", ".", "x", "é", "İ"]
            ),
            st.text(max_size=3),
        ),
        max_size=4,
    ).map("".join)
)
def test_a_month_before_two_digits_ends_in_a_month_tail(word: str) -> None:
    """plain_reject()'s first test of the word before two digits (its last three
    characters among MONTH_TAILS, or a full stop) lets every month name through."""
    from figures.scan.rejects import MONTH_NUMBERS, MONTH_TAILS

    text = "x " + word + " 22 were."
    s = len(text) - 8
    tail = text[s - 4 : s - 1]
    _plain_rejects_agree(text)
    if word.rstrip(".").lower() in MONTH_NUMBERS and not any(c.isspace() for c in word):
        assert tail.lower() in MONTH_TAILS or tail[-1:] == "."


_MONTH_NEAR_PIECES = [
    "March", "MARCH", "march", "Sept.", "Sept..", "sep", "May", "Feb.", "Jan", "of", "the", "x",
    "mar.", "Decembers", "İ", "é", "ber", "5", "22", "31", "32", "1987", "3rd", "12th", " ", "  ",
    "\n", " of ", ".", "-",
]  # fmt: skip


def _months_near_agree(text: str) -> None:
    """At every run of digits of ``text``, month_near() (the word before read only after
    a month's last letters) is month_before() or month_after(), asked in full."""
    from figures.scan.rejects import month_after, month_before, month_near

    sc = Scanner(text, "en", [])
    for m in re.finditer(r"[0-9]+", text):
        s, e = m.span()
        assert month_near(sc, s, e) == (month_before(sc, s) or month_after(sc, s, e)), text


@settings(max_examples=800)
@given(_texts(_MONTH_NEAR_PIECES))
@example("March 3, Sept. 22, sep 5, 3 March, 12th of May, İMay 5, x.may 22")
def test_month_near_is_the_month_read_before_or_after(text: str) -> None:
    _months_near_agree(text)


_NAMING_PIECES = [
    "Section", "section", "SECTION", "No.", "no", "NOS", "S&P", "s&p", "cac40", "CAC40", "vol.",
    "Vol", "version", "Boeing", "boeing", "mk", "MK", "gen", "web", "x", "ab", "İ", "é", "K",
    " ", "  ", "\n", ".", "&", "5", "2.0", "737", "-", "abcdefghijklmnop",
]  # fmt: skip


def _naming_words_agree(text: str) -> None:
    """At every offset of ``text``, names_a_thing() without ``loose`` (the word read
    only after a naming word's last two letters) is naming_word_before() read in full."""
    from figures.scan.rejects import names_a_thing, naming_word_before

    sc = Scanner(text, "en", [])
    for s in range(len(text) + 1):
        assert names_a_thing(sc, s, loose=False) == naming_word_before(sc, s), (text, s)


@settings(max_examples=800)
@given(_texts(_NAMING_PIECES))
@example("Section 230, version 2.0, No. 5, S&P 500, CAC40 12, vol. 3, İvol 3, Kmk 2")
def test_strict_names_a_thing_is_the_naming_word_read_in_full(text: str) -> None:
    _naming_words_agree(text)


_LEVEL_PIECES = [
    "the dollar rose to ", "The euro was flat at ", "the yen fell against ", "the pound ",
    "sterling ", "at ", "to ", "TO ", "of\n", "from ", "near\t", "above  ", "Ato ", "x", " ",
    "\n", "$", "US$", "1.20", "79.39", "5", "100000", " yen", " dlrs", " pence", " billion",
    " a share", "stg", "seen at ", "Shr ", "profit ",
]  # fmt: skip


def _levels_agree(text: str) -> int:
    """At every digit anchor of ``text``, the amount read there: rate_level() (its last
    two letters before the amount looked at first) is level_after() read in full.
    Returns how many amounts it saw."""
    from figures.scan.amounts import amount_at
    from figures.scan.anchors import DIGITS, find_anchors
    from figures.scan.markets_web import level_after, rate_level
    from figures.scan.state import EXTRACT_CONTEXT

    seen = 0
    for s, e, kind in find_anchors(text):
        if kind != DIGITS:
            continue
        sc = Scanner(text, "en", [])
        with localcontext(EXTRACT_CONTEXT):
            a = amount_at(sc, s, e, False)
        if a is None:
            continue
        seen += 1
        k = a.start - 1
        while k > 0 and text[k] in " \t\n":
            k -= 1
        before, after = text[s - 1 : s] or " ", text[e : e + 1] or " "
        want = level_after(sc, a, k) if k >= 0 else None
        assert rate_level(sc, a, text[s:e], before, after) == want, (text, s)
    return seen


@settings(max_examples=600)
@given(_texts(_LEVEL_PIECES))
@example("the dollar rose to 79.39 yen, The euro was flat at 85.90 pence, sterling at $1.20")
def test_rate_level_is_the_level_read_in_full(text: str) -> None:
    _levels_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_reject_gates_on_the_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _months_near_agree(text)
    _naming_words_agree(text)
    assert _levels_agree(text + " the dollar rose to 79.39 yen"), "the law must see amounts"


_LEVEL_SUBJECT_PIECES = [
    "the dollar", "The Euro's", "THE YEN", "the  australian\tdollar", "tHe pound", "the", "he",
    "thethe", "then", "the end", "rose", "was flat", "fell sharply", " to ", " at ", " against\n",
    " of", "to ", " ", "  ", "\n", "\t", ",", ".", "x", "é", "İ", "K", "5", "$", "’s",
]  # fmt: skip


@settings(max_examples=500)
@given(_texts(_LEVEL_SUBJECT_PIECES))
@example("the dollar rose to , The Euro's fell against\n, İthe yen was at ")
@example("then the end, the dollar rose to ")
def test_level_subject_is_the_level_pattern_search(text: str) -> None:
    """level_subject() (a match tried at each "the" of the window) is
    LEVEL_BEFORE.search() over the same window, for windows ending anywhere."""
    from figures.scan.markets_web import LEVEL_BEFORE, level_subject

    for end in range(len(text) + 1):
        for lo in {0, max(0, end - 100), end // 2, max(0, end - 7)}:
            got, want = level_subject(text, lo, end), LEVEL_BEFORE.search(text, lo, end)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def _chain_in_full(sc: Scanner, a: object, raw: str) -> int | None:
    """not_a_figure() without its shortcuts: every rule of the table whose declared
    characters, currency and kind fit (rules_for() with no shape), asked in order; for a
    number word, every word rule."""
    from figures.scan.rejects import FIGURE, WORD_RULES, rules_for
    from figures.scan.state import Amount

    assert isinstance(a, Amount)
    text, s, e = sc.text, a.num_start, a.num_end
    after = text[e] if e < sc.n else " "
    before = text[s - 1] if s > 0 else " "
    if a.word:
        rules = WORD_RULES
    else:
        kind = 1 if a.kind is Kind.MONEY else 2 if a.marked else 0
        rules = rules_for(before, after, a.prefix_currency, kind)
    for rule in rules:
        got = rule.test(sc, a, raw, before, after)
        if got is not None:
            return None if got == FIGURE else got
    return None


def _chains_agree(text: str) -> int:
    """At every anchor of ``text`` (digits and number words), the amount read there:
    not_a_figure() (the rules picked by the numeral's shape, a number word's one rule
    after a space) decides as the chain asked in full. Returns how many it saw."""
    from figures.scan.amounts import amount_at
    from figures.scan.anchors import DIGITS, find_anchors
    from figures.scan.rejects import not_a_figure
    from figures.scan.state import EXTRACT_CONTEXT

    seen = 0
    for s, e, kind in find_anchors(text):
        sc = Scanner(text, "en", [])
        with localcontext(EXTRACT_CONTEXT):
            a = amount_at(sc, s, e, kind != DIGITS)
        if a is None:
            continue
        seen += 1
        raw = text[a.num_start : a.num_end]
        assert not_a_figure(sc, a, raw) == _chain_in_full(sc, a, raw), (text, s)
    return seen


_CHAIN_PIECES = [
    *_PLAIN_REJECT_PIECES, "two", "Two", "twenty-first", "five-year-old", "World War Two",
    "version two", "3rd", "1990s", "G7", "COVID-19", "#1", "3D", "'90s", "+44 20 7946 0958",
    "212-555-0199", "%20", "?q=30&page=2", "2024-03-01", "10:30", "0930 GMT", "9 am", "10-year",
    "7-Eleven", "401(k)", "7203.T", "24/7", "2019-20", "Section 230", "Boeing 737", "$2024",
    "EUR/USD 1.0725", "the dollar rose to 79.39 yen", " pct", " mln dlrs", " tonnes", "5.5",
]  # fmt: skip


@settings(max_examples=800)
@given(_texts(_CHAIN_PIECES))
@example("World War Two, two-year, five-year-old, version two, twenty-first, two companies")
@example("in 1987 the, March 3, G7, COVID-19, 9 am, 0930 GMT, 10-year, 24/7, Section 230")
def test_not_a_figure_is_the_chain_asked_in_full(text: str) -> None:
    _chains_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_not_a_figure_is_the_chain_asked_in_full_on_the_seed(path: Path) -> None:
    assert _chains_agree(path.read_text(encoding="utf-8")), "the seed has amounts"


def test_plain_rules_are_asked_for_unmarked_amounts_only() -> None:
    """A rule declared ``plain`` (its test no longer asks ``marked``) is never picked for
    money or another marked amount, whatever the characters around and the shape."""
    from figures.scan.rejects import DIGIT_RULES, rules_for

    chars = sorted({c for r in DIGIT_RULES for c in (r.before or "") + (r.after or "")})
    chars += [" ", "\n", "x", "X", "5", "é"]
    for before in chars:
        for after in chars:
            for prefixed in (False, True):
                for kind in (1, 2):
                    for shape in (None, *range(64)):
                        picked = rules_for(before, after, prefixed, kind, shape)
                        assert not any(r.plain for r in picked), (before, after, kind)


def test_make_document_takes_every_field_in_order() -> None:
    """make_document writes the slots by position: a new field of Document must break
    this."""
    import dataclasses
    import inspect

    from figures.document import Document, make_document

    fields = [f.name for f in dataclasses.fields(Document)]
    assert list(inspect.signature(make_document).parameters) == fields
    assert list(Document.__slots__) == fields
    from datetime import date

    from figures.rates import ExchangeRate, Rates

    rate = ExchangeRate("USD", "GBP", Decimal("0.8214"))
    figure = Figure(Kind.NUMBER, "5", 0, 1, Decimal(5), None, None, None, None, None, None)
    args = ("text", (figure,), (rate,), date(2023, 3, 20), "text", Rates([rate]), "en_GB", 9)
    made, want = make_document(*args), Document(*args)
    assert type(made) is Document and made == want and repr(made) == repr(want)
    assert all(getattr(made, f) is getattr(want, f) for f in fields)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_read_documents_equal_the_class_made_ones(path: Path) -> None:
    """The document read() makes (make_document) is the one the class makes from the
    same fields: equal, same hash and repr, frozen, and it pickles."""
    import dataclasses
    import pickle

    import figures
    from figures.document import Document

    for text in (path.read_text(encoding="utf-8"), "", "date 2023-03-20 ($1 = 0.8214 pounds)"):
        doc = figures.read(text)
        again = Document(*(getattr(doc, f.name) for f in dataclasses.fields(Document)))
        assert type(doc) is Document
        assert doc == again and hash(doc) == hash(again) and repr(doc) == repr(again)
        assert pickle.loads(pickle.dumps(doc)) == doc
        with pytest.raises(dataclasses.FrozenInstanceError):
            doc.text = ""  # type: ignore[misc]


# -- the English number words: a unit or tens word, alone or with a scale, read at once --

_SHORT_WORD_PIECES = [
    "one", "One", "ONE", "oNe", "two", "Two", "five", "nine", "twenty", "Forty", "zero",
    "twelve", "ten", "hundred", "thousand", "a", "half", "third", "quarter", "dozen",
    " of the", " years", " year", " cts", " pct", " percent", " mln", " million", " dlrs",
    " dollars", " tonnes", " a share", " per ", "/year", " to ", " or ", " and ", "-day",
    "-plus", "-five", "-billion-dlr", "-page", "minus ", "$", "US$", "(", ")", "-", ", ",
    ".", ". ", "\n", "\n  ", " ", "  ", "Section ", "section ", "Boeing ", "version ", "No. ",
    "absolute ", "April ", "of ", "the ", "5", "1.5", "x", "s",
]  # fmt: skip


def _short_words_agree(text: str) -> int:
    """At every anchor of the ASCII ``text``, in scan order from twin scanners: where
    short_word_number() reads a word alone or with a scale word, it reads what
    read_word_number() reads, and short_word_figure() adds the figure (or none) that
    word_figure() (word_end() then figure_at(), the plain reading) adds, with the same
    scanner state after; every other anchor is read by the same plain code on both.
    Returns how many words were read so."""
    from figures.scan import assemble
    from figures.scan.anchors import DIGITS, ascii_anchors
    from figures.scan.numerals import read_word_number, short_word_number
    from figures.scan.rejects import WORD_RULES
    from figures.scan.state import EXTRACT_CONTEXT

    # short_word_figure() asks "word names a thing" alone where the other two cannot
    # answer: a rule added for words must be added there too
    assert [r.name for r in WORD_RULES] == ["glued suffix", "word adjective", "word names a thing"]
    fast, plain = Scanner(text, "en", []), Scanner(text, "en", [])
    got: list[Figure] = []
    want: list[Figure] = []
    low = text.lower()
    read = 0
    with localcontext(EXTRACT_CONTEXT):
        for s, e, kind in ascii_anchors(text):
            if s < plain.done:
                continue
            short = None if kind == DIGITS else short_word_number(low, s, e)
            if short is not None:
                read += 1
                assert read_word_number(text, s) == short, (text, s)
                assemble.short_word_figure(fast, got, s, e, short)
                assemble.word_figure(plain, want, s, e)
            elif kind == DIGITS:
                for sc, out in ((fast, got), (plain, want)):
                    fig = assemble.figure_at(sc, s, e, None)
                    if fig is not None and not (out and fig.start < out[-1].end):
                        sc.done = fig.end
                        out.append(fig)
            else:
                assemble.word_figure(fast, got, s, e)
                assemble.word_figure(plain, want, s, e)
            assert repr(got) == repr(want), (text, s, e)
            assert (fast.done, fast.per_end, fast.last_money) == (
                plain.done,
                plain.per_end,
                plain.last_money,
            ), (text, s, e)
    return read


_SHORT_BEFORE = ["", "about ", "up to ", "between ", "minus ", "$", "(", "Section ", "the ", "\n"]
_SHORT_FIRST = ["one", "One", "two", "FIVE", "nine", "ten", "twelve", "twenty", "Ninety", "zero"]
_SHORT_SCALE = [
    "",
    " billion",
    " hundred",
    "-million",
    " dozen",
    "\tthousand",
    " trillion",
    " lakh",
    " crore",
]
_SHORT_AFTER = [
    "", " dlrs", " of the", " to five billion", " to 3", "-six million", " and 7 million",
    " years", " pct", " cts", "-day", "-plus", ".", ", ", ")", " a share", " yen", "/year",
]  # fmt: skip
_SHORT_CONTEXTS = st.lists(
    st.tuples(
        st.sampled_from(_SHORT_BEFORE),
        st.sampled_from(_SHORT_FIRST),
        st.sampled_from(_SHORT_SCALE),
        st.sampled_from(_SHORT_AFTER),
    ).map("".join),
    max_size=4,
).map(" ".join)


@settings(max_examples=1000)
@given(st.one_of(_texts(_SHORT_WORD_PIECES).filter(str.isascii), _SHORT_CONTEXTS))
@example("one of the, One-page, minus one, two years, five cts a share, twenty-five, ten pct")
@example("Section two, absolute zero, two-plus, $ two mln, (two), nine-day, one hundred, two/year")
@example("four billion dlrs, one-billion-dlr, twenty dozen, two hundred five, Seven\tbillion yen")
@example("about nine billion dlrs, two million a year, ten thousand, zero billion, one billion.")
@example("two billion to three billion dlrs, one hundred to 200, ten thousand-twenty thousand")
def test_short_word_figure_is_the_word_reading(text: str) -> None:
    _short_words_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_short_word_figure_is_the_word_reading_on_the_seed(path: Path) -> None:
    text = path.read_text(encoding="utf-8").encode("ascii", "replace").decode()
    more = (
        "\nTwo years ago one of the five firms paid nine cts, up two pct, in a five-day talk"
        " about four billion dlrs.\n"
    )
    assert _short_words_agree(text + more), "the law must see lone number words"


_QUALIFIER_PIECES = [
    "in excess of", "upwards of", "profit of", "excess", "upwards", "EXCESS", "Of", "OF", "of",
    "up to", "close to", "rose to", "Up", "TO", "to", "as much as", "as many as", "was", "as",
    "more than", "no less than", "about", "around about", "not over", " ", "  ", "\n", "\t",
    "\u00a0", "(", "“", "x", "é", "ſ", "5", "$5", ".", ",",
]  # fmt: skip


def _qualifiers_agree(text: str) -> None:
    """At every offset and from every offset the scan may have reached before it,
    qualifier_before() (its quick no before "of", "to", "as") finds what it finds when
    read in full."""
    from figures.scan.ranges import qualifier_before

    sc = Scanner(text, "en", [])
    for start in range(len(text) + 1):
        for done in {0, max(0, start - 4), start}:
            sc.done = done
            assert qualifier_before(sc, start) == qualifier_before(sc, start, False), (
                text,
                start,
                done,
            )


@settings(max_examples=600)
@given(_texts(_QUALIFIER_PIECES))
@example("in excess of 5, upwards  of 5, profit of 5, up to 5, rose to 5, as much as 5")
@example("in excess\u00a0of 5, excesſ of 5, excesé of 5, up\tto 5, (of 5, x\nof 5, é of 5")
def test_qualifier_before_says_no_at_once_as_the_full_reading(text: str) -> None:
    _qualifiers_agree(text)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.name)
def test_qualifier_before_says_no_at_once_on_the_seed(path: Path) -> None:
    _qualifiers_agree(path.read_text(encoding="utf-8"))
