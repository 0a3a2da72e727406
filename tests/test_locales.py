"""``locale=`` is validated wherever it is accepted, and ``"auto"`` detects the language."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

import pytest

import figures
from figures.errors import AmbiguousError, FiguresTypeError, FiguresValueError
from figures.locales import validate_locale

HAS_LANGID = importlib.util.find_spec("py3langid") is not None


@pytest.mark.parametrize(
    ("given", "normal"),
    [("de-CH", "de_CH"), ("pt_br", "pt_BR"), ("es_419", "es_419"), ("en", "en")],
)
def test_known_locales_are_normalised(given: str, normal: str) -> None:
    assert validate_locale(given) == normal


@pytest.mark.parametrize(
    "call",
    [
        lambda loc: figures.extract("5 Mio. €", locale=loc),
        lambda loc: figures.read("5 Mio. €", locale=loc),
        lambda loc: figures.parse_money("5 €", locale=loc),
        lambda loc: figures.Money(Decimal(5), "EUR").format(loc),
        lambda loc: list(figures.extract_many(["5 €"], locale=loc)),
    ],
)
def test_unknown_locale_is_a_typed_error_naming_it_with_suggestions(call: object) -> None:
    assert callable(call)
    with pytest.raises(FiguresValueError, match=r"unknown locale 'pt_BRA'.*'pt_BR'"):
        call("pt_BRA")
    with pytest.raises(FiguresTypeError, match="locale must be a str"):
        call(None)


def test_unknown_locale_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="'xx_QQ'"):
        figures.extract("5", locale="xx_QQ")


def test_strict_parse_money_carries_both_readings() -> None:
    with pytest.raises(AmbiguousError) as err:
        figures.parse_money("1.234 €", locale="de", strict=True)
    assert err.value.readings == ["1234", "1.234"]
    with pytest.raises(AmbiguousError) as err:
        figures.parse_money("1,234 €", locale="fr", strict=True)
    assert err.value.readings == ["1.234", "1234"]
    assert figures.parse_money("1.234,50 €", locale="de", strict=True).amount == Decimal("1234.50")


@pytest.mark.skipif(HAS_LANGID, reason="py3langid is installed")
def test_auto_without_the_extra_names_it() -> None:
    with pytest.raises(FiguresValueError, match=r"figures-text\[auto\]"):
        figures.extract("Der Umsatz stieg um 5 Prozent.", locale="auto")


@pytest.mark.skipif(not HAS_LANGID, reason="needs the auto extra (py3langid)")
def test_auto_reads_each_document_in_its_language() -> None:
    de = figures.extract("Der Umsatz stieg um 12,5 Prozent auf 3,2 Milliarden Euro.", locale="auto")
    assert [(f.kind.value, f.value) for f in de] == [
        ("percent", Decimal("12.5")),
        ("money", Decimal("3200000000")),
    ]


def test_batch_helpers_check_the_locale_at_the_call() -> None:
    """Before any text is read: a typo fails at once, even on an empty batch."""
    from figures.api import records

    with pytest.raises(FiguresValueError, match="'pt_BRA'"):
        figures.extract_many([], locale="pt_BRA")
    with pytest.raises(FiguresValueError, match="'pt_BRA'"):
        figures.read_many([], locale="pt_BRA")
    with pytest.raises(FiguresValueError, match="'pt_BRA'"):
        records([], locale="pt_BRA")
