"""The scanner: every figure of a text, read by small named stages.

anchors -> numerals -> currency -> attach (scale, percent, currency name, unit) ->
amounts -> ranges (and qualifiers) -> rejects -> assemble. See
``docs/explanation/stages.md``.
"""

from __future__ import annotations

from figures.errors import FiguresTypeError
from figures.locales import resolve_locale
from figures.model import Figure
from figures.scan.assemble import extract_outside
from figures.scan.currency import currency_families
from figures.scan.rejects import MONTH_NUMBERS

__all__ = ["MONTH_NUMBERS", "currency_families", "extract"]


# The public entry point lives here, not in assemble.py, so that it stays plain Python
# when the stages are compiled (scripts/build_compiled.py): its docstring and its typed
# errors for wrong arguments are part of the API.
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
