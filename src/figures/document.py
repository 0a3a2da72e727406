"""A document: its figures, its own exchange rates and its date, converted and checked.

Rate precedence is the heart of it: the document's inline rates first, then the rates
the caller passes, then the ECB reference rates of the document's date (the nearest
earlier fixing within ``max_age_days``). Every conversion says which path it took.
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from figures.arguments import currency_code, days
from figures.arith import context
from figures.consistency import judge, not_a_restatement
from figures.datelines import date_in_text
from figures.dates import as_date
from figures.errors import FiguresError, FiguresOverflowError, FiguresTypeError, NoRateError
from figures.inline_rates import rates_and_footnotes
from figures.locales import resolve_locale
from figures.model import Figure, Kind
from figures.money import Money
from figures.pounds import settle_pounds
from figures.rates import ExchangeRate, Path, Rates
from figures.scan.entry import extract_outside
from figures.settle import settle_currencies

__all__ = [
    "Conversion",
    "Document",
    "Pair",
    "RateAudit",
    "date_in_text",
    "read",
    "settle_currencies",
]

#: Significant digits for the consistency arithmetic (the same as money's).
PRECISION = 50

# Between an amount and its restatement: "1 million pounds ($1.22 million)",
# "115 billion euros, or $150 billion,", "Rs 2.5 crore (about $300,000)".
_RESTATE_GAP = re.compile(
    r"\s{0,3}(?:\(|\[|,\s{0,2}or|\bor|—|–|-|,)\s{0,3}(?:or\s{1,3}|about\s{1,3}|around\s{1,3}"
    r"|roughly\s{1,3}|approximately\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3}"
    r"|equivalent\s+to\s{1,3}|worth\s{1,3}|the\s+equivalent\s+of\s{1,3})?\Z",
    re.IGNORECASE,
)


_RESTATE_MORE = re.compile(r"\s{0,2}[,;/]\s{0,2}(?:or\s{1,2}|and\s{1,2})?\Z")


def _context() -> decimal.Context:
    return context(PRECISION)  # built from scratch: nothing of the caller's


def _with_locale_rates(
    inline: tuple[ExchangeRate, ...], text: str, locale: str
) -> tuple[ExchangeRate, ...]:
    """The rates printed the way ``locale``'s press prints them ("(1 Euro = 1,0850
    US-Dollar)"), in text order. Where the English reader read the same statement the
    locale's reading wins: "(1 euro = 1,085 dollar)" is 1.085 in French, not 1085."""
    from figures.scan.locale_rates import locale_rates

    found = list(inline)
    for s, e, rate in locale_rates(text, locale):
        found = [
            r for r in found if r.start is None or r.end is None or not (s < r.end and r.start < e)
        ]
        found.append(rate)
    return tuple(sorted(found, key=lambda r: r.start or 0))


@dataclass(frozen=True, slots=True)
class Conversion:
    """One money figure expressed in another currency.

    ``money`` is the converted point value, unrounded (call ``.rounded()`` for ISO minor
    units); a range or vague amount has ``low`` and ``high`` instead. ``path`` is the
    chain of rates used and ``source`` where they came from ("inline" for a footnote,
    "prose" for a level stated in the text, "caller", or "ecb 2023-03-20" with the
    fixing day). When no rate connects the currencies,
    ``error`` says why and the amounts are None: nothing is dropped silently.

    >>> doc = read("It cost 100 Swiss francs.", date="2023-03-20")
    >>> c = doc.convert("USD")[0]
    >>> c.money.rounded(), c.source, str(c.path)
    (Money(Decimal('107.95'), 'USD'), 'ecb 2023-03-20', 'CHF -> EUR -> USD (cross; ecb 2023-03-20)')
    """

    figure: Figure
    money: Money | None
    low: Money | None = None
    high: Money | None = None
    path: Path | None = None
    error: str | None = None

    @property
    def unit(self) -> str | None:
        """What a converted price is per: the figure's unit, which a change of currency
        keeps ("$80 a barrel" in EUR is still per ``"1 / oil_barrel"``); None for an
        amount of money that is no price per unit. Use :meth:`Figure.to` with
        ``"EUR/tonne"`` to change the unit too."""
        return self.figure.unit

    @property
    def rate(self) -> Decimal | None:
        """The effective rate used (one unit of the figure's currency in the target)."""
        return None if self.path is None else self.path.rate

    @property
    def source(self) -> str | None:
        """Where the rates came from, with the ECB fixing day when one was used."""
        if self.path is None:
            return None
        if not self.path.steps:
            return "identity"
        dates = " ".join(d.isoformat() for d in self.path.dates)
        sources = "+".join(self.path.sources)
        return f"{sources} {dates}" if dates else sources

    def to_dict(self) -> dict[str, Any]:
        """This conversion as JSON-ready data (see :mod:`figures.serialize`, whose
        :func:`~figures.serialize.from_dict` rebuilds it)."""
        from figures.codec import fields_dict

        return fields_dict(self)


@dataclass(frozen=True, slots=True)
class Pair:
    """A figure and the figure that restates it in another currency.

    ``implied_rate`` is what the text's two numbers imply (restated / original);
    ``document_rate`` what the document's rate table says; ``tolerance`` how far the
    restated number may be from the exact conversion. ``consistent`` tells whether the
    two can be the same value: each side is the interval of values that round to it
    (widened by its qualifier), the original's converted with the rate's own interval,
    and the two must overlap (see :mod:`figures.consistency`). ``gap`` is how far apart
    they are, relative (0 when consistent, 0.004 for 0.4% off, 999 for 1000x).
    ``difference`` is restated minus expected.

    >>> p = read("Britain pledged 1 million pounds ($1.22 million). ($1 = 0.8214 pounds)").pairs[0]
    >>> p.implied_rate, p.expected.quantize(Decimal("0.01")), p.tolerance.quantize(Decimal("0.01"))
    (Decimal('1.22'), Decimal('1217433.65'), Decimal('613827.99'))
    >>> p.consistent, p.difference.quantize(Decimal("0.01")), p.gap
    (True, Decimal('2566.35'), Decimal('0'))
    """

    original: Figure
    restated: Figure
    implied_rate: Decimal | None
    document_rate: Decimal | None
    expected: Decimal | None
    tolerance: Decimal | None
    path: Path | None
    consistent: bool | None
    gap: Decimal | None = None

    @property
    def difference(self) -> Decimal | None:
        """restated value - expected value, in the restated currency."""
        if self.expected is None or self.restated.value is None:
            return None
        with decimal.localcontext(_context()):
            return self.restated.value - self.expected

    def to_dict(self) -> dict[str, Any]:
        """This pair as JSON-ready data (see :mod:`figures.serialize`, whose
        :func:`~figures.serialize.from_dict` rebuilds it)."""
        from figures.codec import fields_dict

        return fields_dict(self)


@dataclass(frozen=True, slots=True)
class RateAudit:
    """An inline rate next to the ECB reference rate of the document's date, as
    :meth:`Document.audit_rates` returns it. ``relative_difference`` is (inline -
    reference) / reference: a typo in a footnote shows as a large one. Without a date or
    a reference rate, ``error`` says why.

    >>> audit = read("($1 = 0.8214 pounds)", date="2023-03-20").audit_rates()[0]
    >>> str(audit.reference), round(audit.relative_difference * 100, 2)
    ('USD -> EUR -> GBP (cross; ecb 2023-03-20)', Decimal('0.54'))
    >>> read("($1 = 0.8214 pounds)").audit_rates()[0].error
    'the document has no date'
    """

    rate: ExchangeRate
    reference: Path | None
    relative_difference: Decimal | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """This audit as JSON-ready data (see :mod:`figures.serialize`, whose
        :func:`~figures.serialize.from_dict` rebuilds it)."""
        from figures.codec import fields_dict

        return fields_dict(self)


@dataclass(frozen=True, slots=True)
class Document:
    """A text read once: its figures, inline rates and date, ready to convert.

    Build it with :func:`read`. It is a frozen value; the rate table it converts with
    is built on demand from the inline rates, the caller's rates and the ECB reference
    rates of its date.

    >>> doc = read("Britain pledged 1 million pounds ($1.22 million). ($1 = 0.8214 pounds)")
    >>> [f.text for f in doc.money], str(doc.rate("GBP", "USD")), doc.check()
    (['1 million pounds', '$1.22 million'], 'GBP -> USD (inverse; inline)', [])
    """

    text: str
    figures: tuple[Figure, ...]
    rates: tuple[ExchangeRate, ...]
    date: datetime.date | None
    date_source: str | None = None
    caller_rates: Rates = field(default_factory=Rates)
    locale: str = "en"
    max_age_days: int = 7

    # -- the rate table ----------------------------------------------------------------

    def rate_table(self, *, reference: bool = True) -> Rates:
        """Inline rates (the footnotes, then levels read from prose), then the caller's,
        then (if ``reference`` and the document has a date) the ECB fixing of its date.

        A prose level is used only for a pair no footnote gives, and a conversion that
        uses one says so (source "prose")."""
        footnotes = [r for r in self.rates if r.source != "prose"]
        prose = [r for r in self.rates if r.source == "prose"]
        layers: list[Rates | Iterable[ExchangeRate]] = [footnotes, prose, self.caller_rates]
        if reference:
            ecb, _ = self._reference()
            if ecb is not None:
                layers.append(ecb)
        return Rates.layered(*layers)

    def _reference(self) -> tuple[Rates | None, str | None]:
        """The ECB layer, or why there is none (for error messages)."""
        if self.date is None:
            return None, "the document has no date for ECB rates: pass date= or rates="
        from figures.ecb import ecb_rates
        from figures.errors import StaleRateError

        try:
            return ecb_rates(self.date, max_age_days=self.max_age_days), None
        except StaleRateError as err:
            return None, f"no ECB reference rates: {err}"

    def rate(self, base: str, quote: str) -> Path:
        """The path this document converts ``base`` to ``quote`` with.

        Raises :class:`~figures.errors.NoRateError` naming both when none exists.
        """
        return self.rate_table().rate(base, quote)

    # -- conversions -------------------------------------------------------------------

    @property
    def money(self) -> tuple[Figure, ...]:
        """The money figures, in text order."""
        return tuple(f for f in self.figures if f.kind is Kind.MONEY)

    def convert(self, currency: str, *, strict: bool = False) -> list[Conversion]:
        """Every money figure in ``currency``, with the path and source of its rate.

        A figure no rate reaches gets a :class:`Conversion` whose ``error`` says why,
        unless ``strict=True``, which raises :class:`~figures.errors.NoRateError` (or
        :class:`~figures.errors.FiguresOverflowError` for a result past the bound).
        """
        target = currency_code(currency)
        table = self.rate_table()
        out: list[Conversion] = []
        for fig in self.money:
            assert fig.currency is not None
            try:
                path = table.rate(fig.currency, target)
            except NoRateError as err:
                why = self._reference()[1]
                if strict:
                    if why:
                        detail = str(err).partition(": ")[2]
                        raise NoRateError(err.base, err.quote, f"{detail}; {why}") from None
                    raise
                out.append(Conversion(fig, None, error=f"{err}; {why}" if why else str(err)))
                continue
            try:
                amounts = [_money(path, v, target) for v in (fig.value, fig.low, fig.high)]
            except FiguresOverflowError as err:  # a result past figures.arith.BOUND
                if strict:
                    raise
                out.append(Conversion(fig, None, path=path, error=str(err)))
                continue
            out.append(Conversion(fig, amounts[0], low=amounts[1], high=amounts[2], path=path))
        return out

    # -- stated conversions ------------------------------------------------------------

    @property
    def pairs(self) -> list[Pair]:
        """Each money figure restated in another currency right after it."""
        figs = self.money
        table: Rates | None = None
        out: list[Pair] = []
        i = 0
        while i + 1 < len(figs):
            first, second = figs[i], figs[i + 1]
            gap = self.text[first.end : second.start]
            if (
                first.currency == second.currency
                or len(gap) > 40
                or _RESTATE_GAP.match(gap) is None
                or not_a_restatement(self.text, first, second)
            ):
                i += 1
                continue
            if table is None:
                table = self.rate_table()
            out.append(_pair(first, second, table))
            # "1 million pounds ($1.22 million, or 1.14 million euros)": each further
            # restatement in the same list restates the original too
            j = i + 2
            seen = {first.currency, second.currency}
            while j < len(figs) and figs[j].currency not in seen:
                more = self.text[figs[j - 1].end : figs[j].start]
                if len(more) > 12 or _RESTATE_MORE.match(more) is None:
                    break
                out.append(_pair(first, figs[j], table))
                seen.add(figs[j].currency)
                j += 1
            i = j
        return out

    def check(self) -> list[Pair]:
        """The stated conversions that disagree with the document's own rate, the
        farthest off first (by :attr:`Pair.gap`; a typo off by 1000x before a writer who
        used yesterday's rate)."""
        bad = [p for p in self.pairs if p.consistent is False]
        bad.sort(key=lambda p: -(p.gap if p.gap is not None else Decimal(0)))
        return bad

    def audit_rates(self) -> list[RateAudit]:
        """Each inline rate against the ECB reference rate of the document's date.

        A typo ("8.214 pounds" for 0.8214) shows as a large relative difference.
        """
        from figures.ecb import ecb_rate

        out: list[RateAudit] = []
        for r in self.rates:
            if self.date is None:
                out.append(RateAudit(r, None, None, "the document has no date"))
                continue
            try:
                ref = ecb_rate(r.base, r.quote, self.date, max_age_days=self.max_age_days)
            except FiguresError as err:
                out.append(RateAudit(r, None, None, str(err)))
                continue
            with decimal.localcontext(_context()):
                diff = (r.rate - ref.rate) / ref.rate
            out.append(RateAudit(r, ref, diff))
        return out

    # -- seeing it -----------------------------------------------------------------------

    def to_html(self, to: str | None = None, *, title: str | None = None) -> str:
        """This document as one self-contained HTML page: the text with its figures
        marked, its rates, the audit against the ECB and the flagged stated conversions.
        ``to`` adds each money figure in that currency. See :mod:`figures.report`."""
        from figures.report import render

        return render(self, to=to, title=title)

    def to_dict(self) -> dict[str, Any]:
        """This document as JSON-ready data, every Decimal its exact string;
        :func:`figures.serialize.from_dict` rebuilds an equal value.

        >>> from figures.serialize import from_dict
        >>> doc = read("Paid $1.22 million on March 17, 2023.")
        >>> data = doc.to_dict()
        >>> data["date"], [f["value"] for f in data["figures"]], from_dict(data) == doc
        ('2023-03-17', ['1220000'], True)
        """
        from figures.codec import fields_dict

        return fields_dict(self)


def _money(path: Path, value: Decimal | None, currency: str) -> Money | None:
    if value is None:
        return None
    return Money(path.apply(value), currency)


def _pair(original: Figure, restated: Figure, table: Rates) -> Pair:
    """The pair judged (a price restated per another unit, "2,000 Ecus a hectare (920
    dlrs an acre)", first brought to the original's unit), or not judged when the
    conversion passes figures.arith.BOUND."""
    try:
        return _pair_units(original, restated, table)
    except FiguresOverflowError:
        return Pair(original, restated, None, None, None, None, None, None)


def _pair_units(original: Figure, restated: Figure, table: Rates) -> Pair:
    if original.unit == restated.unit or restated.unit is None:
        # "883 stg per tonne, equivalent to 1,417 dlrs": a restatement without a unit
        # restates the price per the same unit
        return _pair_same_unit(original, restated, table)
    from figures.units import per_unit

    per = per_unit(original.unit) if original.unit is not None else None
    if per is None or restated.unit is None or per_unit(restated.unit) is None:
        return Pair(original, restated, None, None, None, None, None, None)  # not judged
    try:
        moved = restated.to(f"{restated.currency}/{per}")
    except FiguresError:
        return Pair(original, restated, None, None, None, None, None, None)
    return replace(_pair_same_unit(original, moved, table), restated=restated)


def _pair_same_unit(original: Figure, restated: Figure, table: Rates) -> Pair:
    assert original.currency is not None and restated.currency is not None
    implied: Decimal | None = None
    if original.value and restated.value is not None:
        with decimal.localcontext(_context()):
            implied = restated.value / original.value
    try:
        path = table.rate(original.currency, restated.currency)
    except NoRateError:
        return Pair(original, restated, implied, None, None, None, None, None)
    v = judge(original, restated, path)
    return Pair(
        original, restated, implied, path.rate, v.expected, v.tolerance, path, v.consistent, v.gap
    )


# The caller's rates when none are given: a Rates table is frozen, so one serves all.
_NO_RATES = Rates()


# A mutable twin of Document: the same slots in the same order, so the same layout (as
# figures.scan.state builds each Figure). A document is written as a draft and then made
# a Document by assigning its class: about three times faster than the frozen class's
# __init__, and a Document in every respect (equality, hash, pickling).
_DRAFT: Any = type("_DocumentDraft", (), {"__slots__": Document.__slots__})


def make_document(
    text: str,
    figures: tuple[Figure, ...],
    rates: tuple[ExchangeRate, ...],
    date: datetime.date | None,
    date_source: str | None,
    caller_rates: Rates,
    locale: str,
    max_age_days: int,
) -> Document:
    """``Document(text, figures, ..., max_age_days)``, built faster: :func:`read` makes
    one per text. (Its law in tests/test_laws_fast_search.py.)"""
    doc = object.__new__(_DRAFT)
    doc.text = text
    doc.figures = figures
    doc.rates = rates
    doc.date = date
    doc.date_source = date_source
    doc.caller_rates = caller_rates
    doc.locale = locale
    doc.max_age_days = max_age_days
    doc.__class__ = Document
    made: Document = doc
    return made


def read(
    text: str,
    *,
    locale: str = "en",
    date: datetime.date | str | object | None = None,
    rates: Rates | Iterable[ExchangeRate] | None = None,
    max_age_days: int = 7,
    decimal_mark: str | None = None,
) -> Document:
    """Read a text into a :class:`Document`.

    ``date`` (a ``datetime.date``, an ISO string with or without time and zone, a
    pandas ``Timestamp`` or numpy ``datetime64``; see :func:`figures.dates.as_date`) is
    the document's date; without it (or when it is missing: ``None``, ``NaT``, ``NaN``),
    a date stated at the top of the text is used. ``rates`` are the caller's rates,
    used after the document's own inline rates and before the ECB reference rates.
    ``decimal_mark`` is passed to :func:`~figures.extract`.

    >>> doc = read("date 2023-03-20 Britain pledged 1 million pounds ($1.22 million)."
    ...            " ($1 = 0.8214 pounds)")
    >>> doc.date, [str(r) for r in doc.rates]
    (datetime.date(2023, 3, 20), ['1 USD = 0.8214 GBP'])
    >>> [c.money.rounded() for c in doc.convert("USD")]
    [Money(Decimal('1217433.65'), 'USD'), Money(Decimal('1220000.00'), 'USD')]
    >>> [p.consistent for p in doc.pairs]
    [True]
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"read() needs a str, not {type(text).__name__}")

    locale = resolve_locale(locale, text)
    day, date_source = _date_of(text, date, locale)
    max_age_days = days(max_age_days, "max_age_days")  # refused here, not in convert()
    caller = rates if isinstance(rates, Rates) else _NO_RATES if rates is None else Rates(rates)
    # one reading of the rate statements: the rates, and the footnotes the scan skips
    found, footnotes = rates_and_footnotes(text)
    inline = tuple(found)
    if locale != "en":
        inline = _with_locale_rates(inline, text, locale)
    figs = extract_outside(text, footnotes, locale=locale, decimal_mark=decimal_mark)
    settled = settle_currencies(figs, inline, text=text)
    if locale.startswith("en"):
        settled = settle_pounds(settled, inline, text=text)  # "pounds" of a weights story
    return make_document(text, settled, inline, day, date_source, caller, locale, max_age_days)


def _date_of(
    text: str, date: datetime.date | str | object | None, locale: str
) -> tuple[datetime.date | None, str | None]:
    """The document's date and where it comes from: "given", "text" (a dateline) or
    None when there is none."""
    day = as_date(date)
    if day is not None:
        return day, "given"
    day = date_in_text(text, locale)
    return day, ("text" if day is not None else None)
