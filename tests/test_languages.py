"""Figures as a native reader of German, French, Spanish, Italian, Portuguese and Dutch
reads them: table-driven cases kept as data, and the format-then-extract laws over
every supported locale.

The cases live in ``tests/lang/<code>.json``: made-up sentences in the style of each
language's financial press, each with the figures a native reader finds in it, in text
order, written by hand from the extraction contract (never from the code's output).
A case is ``{"id", "text", "figures": [...]}`` with optional ``locale`` (else the file's),
``rates`` (the inline rates :func:`figures.read` must find, in order), ``date`` (the
dateline's date), ``pairs`` (stated conversions and whether ``check`` finds them
consistent) and ``trap`` (why the case is there). An expected figure has ``text``,
``kind``, ``value`` or ``low``/``high`` (Decimal strings; "n/d" for a fraction, compared
to 20 places), ``currency``, ``qualifier``, and where it says so ``unit`` and ``note``;
an absent ``currency`` or ``qualifier`` must be ``None``. ``"figures": []`` is a reject:
a date, a time, an ordinal, a paragraph number, a score, a word that only looks like a
currency.

Cases the code does not read yet are listed in ``tests/lang/xfail.txt`` and run as
strict xfails: each one turns into a failure the day it passes, so the line is removed
as the language lands, and the list shrinks to nothing.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from babel.numbers import format_decimal, format_percent
from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import decimals

import figures
from figures import Figure, Kind, extract

LANG = Path(__file__).parent / "lang"
XFAIL = LANG / "xfail.txt"

#: The languages and the least number of cases each table must hold (issue 9).
MINIMUM = {"de": 60, "fr": 60, "es": 60, "it": 25, "pt": 25, "nl": 25}

#: Every locale the languages are read in: each language and its regional variants.
LANGUAGE_LOCALES: tuple[str, ...] = tuple(
    "de de_AT de_CH de_LI fr fr_BE fr_CA fr_CH es es_AR es_CL es_CO es_MX es_US "
    "it it_CH pt pt_BR pt_PT nl nl_BE".split()
)

_FRACTION_PLACES = Decimal("1e-20")


@cache
def table(code: str) -> dict[str, Any]:
    """The parsed case table of one language."""
    data: dict[str, Any] = json.loads((LANG / f"{code}.json").read_text(encoding="utf-8"))
    return data


@cache
def xfails() -> dict[str, str]:
    """``"<code>:<id>"`` -> why it fails now, from ``xfail.txt`` (``#`` starts a comment)."""
    out: dict[str, str] = {}
    for line in XFAIL.read_text(encoding="utf-8").splitlines():
        key, _, why = line.partition("#")
        if key.strip():
            out[key.strip()] = why.strip() or "not read yet"
    return out


def cases() -> list[Any]:
    """One pytest param per case, strict-xfail where ``xfail.txt`` lists it."""
    params = []
    for code in MINIMUM:
        for case in table(code)["cases"]:
            key = f"{code}:{case['id']}"
            marks = []
            if key in xfails():
                marks.append(pytest.mark.xfail(strict=True, reason=xfails()[key]))
            params.append(pytest.param(code, case, id=f"{code}-{case['id']}", marks=marks))
    return params


def _decimal(text: str) -> Decimal:
    if "/" in text:
        numerator, denominator = text.split("/")
        return Decimal(numerator) / Decimal(denominator)
    return Decimal(text)


def _same(got: Decimal | None, want: str | None) -> bool:
    if want is None or got is None:
        return got is None and want is None
    if "/" in want:
        return abs(got - _decimal(want)) < _FRACTION_PLACES
    return got == Decimal(want)


def reading(fig: Figure, want: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``fig`` that ``want`` speaks about, in ``want``'s terms: a Decimal
    field equal to the wanted one is given back as the wanted string."""
    got: dict[str, Any] = {
        "text": fig.text,
        "kind": fig.kind.value,
        "currency": fig.currency,
        "qualifier": fig.qualifier.value if fig.qualifier else None,
    }
    for field in ("value", "low", "high"):
        actual = getattr(fig, field)
        wanted = want.get(field)
        if actual is not None or wanted is not None:
            got[field] = wanted if _same(actual, wanted) else str(actual)
    for field in ("unit", "note"):
        if field in want:
            got[field] = getattr(fig, field)
    return got


def wanted(want: dict[str, Any]) -> dict[str, Any]:
    """An expected figure with the fields that default to ``None`` filled in."""
    return {"currency": None, "qualifier": None, **want}


@pytest.mark.parametrize(("code", "case"), cases())
def test_case(code: str, case: dict[str, Any]) -> None:
    """The sentence yields exactly the expected figures (and rates, date, pairs)."""
    locale = case.get("locale", table(code)["locale"])
    text = case["text"]
    figs = extract(text, locale=locale)
    want = [wanted(w) for w in case["figures"]]
    got = [reading(f, w) for f, w in zip(figs, want, strict=False)]  # extras follow
    got += [reading(f, {}) for f in figs[len(want) :]]
    assert got == want
    if not {"rates", "date", "pairs"} & case.keys():
        return
    doc = figures.read(text, locale=locale)
    if "rates" in case:
        rates = [{"base": r.base, "quote": r.quote, "rate": str(r.rate)} for r in doc.rates]
        assert rates == case["rates"]
    if "date" in case:
        assert doc.date == datetime.date.fromisoformat(case["date"])
    if "pairs" in case:
        pairs = [
            {"original": p.original.text, "restated": p.restated.text, "consistent": p.consistent}
            for p in doc.pairs
        ]
        assert pairs == case["pairs"]


@pytest.mark.parametrize("code", list(MINIMUM))
def test_table_is_well_formed(code: str) -> None:
    """Enough cases, unique ids, valid locales, every figure's text inside its sentence
    and in text order, every kind and qualifier a real one."""
    data = table(code)
    assert data["language"] == code
    rows = data["cases"]
    assert len(rows) >= MINIMUM[code]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        locale = row.get("locale", data["locale"])
        assert Locale.parse(locale).language == code, row["id"]
        position = 0
        for fig in row["figures"]:
            at = row["text"].find(fig["text"], position)
            assert at >= 0, (row["id"], fig["text"])
            position = at + len(fig["text"])
            assert fig["kind"] in {k.value for k in Kind}
            assert fig.get("qualifier") in {None, "over", "under", "about", "vague"}
            assert ("value" in fig) != ("low" in fig and "high" in fig), row["id"]


def test_table_has_traps() -> None:
    """Every language has rejects (no figure at all) among its cases."""
    for code in MINIMUM:
        assert sum(1 for row in table(code)["cases"] if not row["figures"]) >= 3, code


def test_xfail_list_names_real_cases() -> None:
    """No stale line in ``xfail.txt``: each names a case that exists."""
    known = {f"{code}:{row['id']}" for code in MINIMUM for row in table(code)["cases"]}
    assert set(xfails()) <= known, sorted(set(xfails()) - known)


# --------------------------------------------------------------------------- laws


def _whole(text: str, figs: list[Figure]) -> Figure:
    assert [(f.start, f.end, f.text) for f in figs] == [(0, len(text), text)]
    return figs[0]


@given(st.sampled_from(LANGUAGE_LOCALES), decimals(max_digits=13, max_places=3))
def test_decimal_format_reads_back_in_every_language_locale(locale: str, value: Decimal) -> None:
    """format_decimal(value, locale) reads back as that number in each language's
    locales (the 25-locale law in ``test_laws_extraction.py``, over the regions)."""
    text = format_decimal(value, locale=locale)
    assume(not (value == value.to_integral_value() and 1000 <= abs(value) <= 2199))  # years
    fig = _whole(text, extract(text, locale=locale))
    assert (fig.kind, fig.value) == (Kind.NUMBER, value)


@given(st.sampled_from(LANGUAGE_LOCALES), decimals(max_digits=9, max_places=3))
def test_percent_format_reads_back_in_every_language_locale(locale: str, value: Decimal) -> None:
    """format_percent(p / 100, locale) reads back as p percent in each language's locales."""
    text = format_percent(value.scaleb(-2), locale=locale, decimal_quantization=False)
    fig = _whole(text, extract(text, locale=locale))
    assert (fig.kind, fig.value, fig.unit) == (Kind.PERCENT, value, "percent")


@given(
    st.sampled_from(LANGUAGE_LOCALES),
    st.sampled_from(("EUR", "USD", "CHF", "GBP", "JPY", "BRL", "MXN")),
    decimals(max_digits=11, max_places=2),
)
def test_money_format_reads_back_in_every_language_locale(
    locale: str, currency: str, value: Decimal
) -> None:
    """Money(value, currency).format(locale) reads back as that money in the locale."""
    money = figures.Money(value, currency)
    text = money.format(locale)
    fig = _whole(text, extract(text, locale=locale))
    assert (fig.kind, fig.currency, fig.value) == (Kind.MONEY, currency, money.rounded().amount)
