"""The scanner's entry points: :func:`extract` and :func:`extract_outside`.

They find the spans the scan must skip (the rate footnotes, and the rate statements of
the text's language), then run the scanning loop of :mod:`figures.scan.assemble`. They
sit apart from the loop so that the readers of rate statements, which call the loop,
form no import cycle with it.
"""

from __future__ import annotations

import decimal

from figures.errors import FiguresTypeError
from figures.locales import resolve_locale
from figures.model import Figure
from figures.scan.assemble import scan_figures
from figures.scan.state import EXTRACT_CONTEXT, Scanner
from figures.scan.uncertainty import with_uncertainties

__all__ = ["extract", "extract_outside"]


def extract(text: str, *, locale: str = "en", decimal_mark: str | None = None) -> list[Figure]:
    """Every money, percent, number and quantity figure in ``text``, in text order.

    Never raises on a ``str``; anything else is a ``TypeError``. Exchange-rate
    footnotes such as "($1 = 0.8214 pounds)" are rates, not figures: see
    :func:`figures.read`. ``locale`` sets the digit marks and the home currency;
    ``decimal_mark`` ("." or ",") forces the decimal mark when the caller knows it.
    An unknown ``locale`` raises :class:`~figures.errors.FiguresValueError`;
    ``locale="auto"`` detects the language (the ``auto`` extra).

    >>> [f.value for f in extract("1.500 and 2,5", decimal_mark=",")]
    [Decimal('1500'), Decimal('2.5')]

    >>> [(f.text, f.kind.value, f.value, f.currency) for f in extract("£3bn, up 5%")]
    [('£3bn', 'money', Decimal('3000000000'), 'GBP'), ('5%', 'percent', Decimal('5'), None)]
    >>> f = extract("more than 72,000 incidents")[0]
    >>> f.text, f.value, f.qualifier.value
    ('more than 72,000', Decimal('72000'), 'over')
    """
    if not isinstance(text, str):
        raise FiguresTypeError(f"extract() needs a str, not {type(text).__name__}")
    if locale != "en":
        locale = resolve_locale(locale, text)  # an unknown locale is a typed error
    exclude: list[tuple[int, int]] = []
    if "=" in text:  # every footnote states an equation
        from figures.inline_rates import footnote_spans

        exclude = footnote_spans(text)
    return extract_outside(text, exclude, locale=locale, decimal_mark=decimal_mark)


def extract_outside(
    text: str,
    exclude: list[tuple[int, int]],
    *,
    locale: str = "en",
    decimal_mark: str | None = None,
) -> list[Figure]:
    """:func:`extract` with the rate footnotes already found: ``exclude`` holds their
    ``(start, end)`` spans (see :func:`figures.inline_rates.rates_and_footnotes`), which
    hold no figures. ``text`` must be a ``str`` and ``locale`` a resolved one (not
    ``"auto"``)."""
    exclude = sorted(exclude)
    if locale != "en" and "=" in text:  # the rate statements of the language
        from figures.scan.locale_rates import locale_rates

        exclude = _merged(exclude, [(s, e) for s, e, _ in locale_rates(text, locale)])
    with decimal.localcontext(EXTRACT_CONTEXT):
        figs = scan_figures(Scanner(text, locale, exclude, decimal_mark))
    return with_uncertainties(text, figs)


def _merged(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of both lists, sorted, a span of ``more`` dropped where it overlaps."""
    out = list(spans)
    for s, e in more:
        if not any(s < e2 and s2 < e for s2, e2 in spans):
            out.append((s, e))
    return sorted(out)
