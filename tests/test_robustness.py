"""extract() on hostile input: it never raises, spans stay valid, and time grows linearly.

Times are compared with plain prose measured in the same run, never against a clock
budget, so a slow or busy machine does not make the test flaky.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import figures
from figures.scan.anchors import DIGIT_ANCHOR, WORD_ANCHOR

MB = 1_000_000

PROSE = (
    "Britain has pledged 1 million pounds ($1.22 million) to the court this year, and "
    "investigators examined more than 72,000 incidents. Shares fell 3.2% to $45.10 on "
    "Tuesday while the company said revenue rose to 5.1 bln yen from 4.8 bln. "
    "The ministry said other countries were expected to pledge support. "
)


def _fill(unit: str, size: int = MB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "comma-runs": lambda n: _fill("1,", n),
    "dollar-signs": lambda n: _fill("$", n),
    "open-parens": lambda n: _fill("(", n),
    "digit-run": lambda n: _fill("1234567890", n),
    "spaces-then-digit": lambda n: " " * (n - 1) + "5",
    "footnote-openers": lambda n: _fill("($1=", n),
    "hyphen-chain": lambda n: _fill("1-", n),
    "number-words": lambda n: _fill("one ", n),
    "dots-and-digits": lambda n: _fill("1.", n),
    "space-groups": lambda n: _fill("1 000 ", n),
    "currency-soup": lambda n: _fill("US$ 5 mln dlrs 5% ", n),
    "equals-runs": lambda n: _fill("1=1=", n),
}


def _seconds(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        figures.extract(text)
        best = min(best, time.perf_counter() - t0)
    return best


def _anchors(text: str) -> int:
    """How many places the scanner must look at: digit runs and number words."""
    return sum(1 for _ in DIGIT_ANCHOR.finditer(text)) + sum(1 for _ in WORD_ANCHOR.finditer(text))


@pytest.fixture(scope="module")
def prose() -> tuple[float, int]:
    text = _fill(PROSE)
    return _seconds(text, runs=2), _anchors(text)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_megabyte_costs_no_more_than_prose(name: str, prose: tuple[float, int]) -> None:
    prose_seconds, prose_anchors = prose
    text = ADVERSARIAL[name](MB)
    assert len(text) == MB
    took = _seconds(text)
    # Per megabyte, hostile input may cost more than prose only in proportion to the
    # places it makes the scanner look at ("1=1=1=" has 25 times the numbers of news
    # copy); a pattern that backtracks would cost thousands of times more.
    density = max(1.0, _anchors(text) / prose_anchors)
    budget = 10 * prose_seconds * density + 0.05
    assert took < budget, f"{name}: {took:.3f}s vs prose {prose_seconds:.3f}s x {density:.1f}"


@pytest.mark.parametrize("name", ["hyphen-chain", "currency-soup"])
def test_time_grows_linearly(name: str) -> None:
    small = _seconds(ADVERSARIAL[name](MB // 8), runs=2)
    large = _seconds(ADVERSARIAL[name](MB // 2), runs=2)
    # four times the input: about four times the time; quadratic growth would be 16x
    assert large < 8 * small + 0.05, f"{name}: 0.25 MB {small:.3f}s, 1 MB {large:.3f}s"


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_spans_valid_on_hostile_input(name: str) -> None:
    text = ADVERSARIAL[name](20_000)
    found = figures.extract(text)
    last = 0
    for fig in found:
        assert 0 <= fig.start < fig.end <= len(text)
        assert text[fig.start : fig.end] == fig.text
        assert fig.start >= last
        last = fig.end


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("$99(", id="quantulum-error-1"),
        pytest.param("($99", id="quantulum-error-2"),
        pytest.param("\x00\x01 5 \ud800 6", id="control-and-lone-surrogate"),
        pytest.param("٣٤٥ dollars", id="arabic-indic-digits"),
        pytest.param("1" * 5000 + " million dollars", id="huge-number"),
        pytest.param("9" * 400 + ".5%", id="long-decimal-percent"),
        pytest.param("1e999999 dollars", id="exponent-like"),
        pytest.param("$.", id="dollar-dot"),
        pytest.param("-", id="lone-minus"),
        pytest.param("", id="empty"),
        pytest.param("in excesſ of 5 dlrs, at leaſt 5", id="long-s-qualifier"),
        pytest.param("5 thouſand, 2 thouſand crore, 5 bpſ, 5 baſis points", id="long-s-suffix"),
        pytest.param("tens of thouſands of people", id="long-s-vague"),
        pytest.param("5 mln bİllion, 3 million and a thİrd", id="dotted-capital-i-scale"),
        pytest.param("the ſterling rose to $1.50, the Swiſs franc at 80 cents", id="long-s-level"),
    ],
)
def test_never_raises(text: str) -> None:
    for fig in figures.extract(text):
        assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize("bad", [None, 5, b"$5", ["$5"]], ids=["none", "int", "bytes", "list"])
def test_non_str_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        figures.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["prose", "comma-runs", "hyphen-chain"])
def test_memory_grows_linearly(name: str) -> None:
    import tracemalloc

    make = ADVERSARIAL.get(name) or (lambda n: _fill(PROSE, n))

    def peak(size: int) -> int:
        text = make(size)
        tracemalloc.start()
        try:
            figures.extract(text)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(50_000), peak(200_000)
    # four times the input: about four times the memory (the figures returned), never
    # the square; and at most a few hundred bytes per input byte
    assert large < 6 * small + 100_000, f"{name}: {small} -> {large} bytes"
    assert large < 400 * 200_000
