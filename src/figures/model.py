"""Frozen values: what a figure is.

Every value here is a frozen, slotted dataclass: hashable, picklable, cheap to ship to a
Dask or Spark worker, and safe to share between threads.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from figures.arith import local

if TYPE_CHECKING:
    from figures.rates import Rates

__all__ = ["Figure", "Kind", "Qualifier"]


class Kind(str, enum.Enum):
    """What a figure measures: ``MONEY``, ``PERCENT``, ``NUMBER`` or ``QUANTITY`` (a
    ``str`` enum with the lower-case names as values).

    >>> from figures import extract
    >>> [f.kind.value for f in extract("$5, 5%, 5 cars and 5 km")]
    ['money', 'percent', 'number', 'quantity']

    ``NUMBER`` covers counts and pure ratios. A multiple ("rose 2.5x", "15.5 times
    earnings") is a ``NUMBER`` whose ``unit`` is ``"times"``: a dimensionless factor,
    never converted, and not money even beside a currency word.
    """

    MONEY = "money"
    PERCENT = "percent"
    NUMBER = "number"
    QUANTITY = "quantity"

    def __str__(self) -> str:
        return self.value


class Qualifier(str, enum.Enum):
    """How a stated amount bounds the true one ("more than 72,000" is ``OVER``): a
    ``str`` enum of ``OVER``, ``UNDER``, ``ABOUT`` and ``VAGUE`` ("hundreds of").

    >>> from figures import extract
    >>> [(f.text, f.qualifier.value) for f in extract(
    ...     "more than 72,000 people, up to 5%, about $300,000 and hundreds of jobs")]
    [('more than 72,000', 'over'), ('up to 5%', 'under'), ('about $300,000', 'about'),
     ('hundreds', 'vague')]
    """

    OVER = "over"
    UNDER = "under"
    ABOUT = "about"
    VAGUE = "vague"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in a text.

    ``text == source[start:end]`` always holds. ``value`` is the exact point value with
    its scale applied ("$1.22 million" -> ``Decimal("1220000")``); a range has ``low`` and
    ``high`` and no ``value``. ``precision`` is the unit of the last stated digit
    ("$1.22 million" -> ``Decimal("10000")``), the basis for consistency checks.

    ``unit`` says what a non-money figure counts: ``"percent"``, ``"percentage point"``,
    ``"times"`` for a multiple ("2.5x", "15.5 times earnings": a ``NUMBER``), or a
    quantity's unit ("oil_barrel / day"); on money, what the price is per ("$80 a
    barrel" has ``"1 / oil_barrel"``). ``note`` carries what the reading did that a
    reader may want to know ("basis points", "minor unit", "duration", "accounting
    negative" for "$(1.2) million").

    ``currency_assumed`` is True when the currency is a default reading of a marker
    that may mean others ("$" is USD unless the locale or the document says otherwise;
    "pounds" is GBP unless it says Egyptian). :func:`figures.read` settles such
    figures from the document's own evidence.

    >>> from figures import extract
    >>> source = "Costs rose to $5-6 million."
    >>> fig = extract(source)[0]
    >>> fig.text == source[fig.start:fig.end], fig.is_range, fig.low, fig.high, fig.currency
    (True, True, Decimal('5000000'), Decimal('6000000'), 'USD')
    """

    kind: Kind
    text: str
    start: int
    end: int
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: Qualifier | None = None
    currency: str | None = None
    unit: str | None = None
    precision: Decimal | None = None
    note: str | None = None
    currency_assumed: bool = False

    @property
    def is_range(self) -> bool:
        """True for a range ("$5-6 million"): ``low`` and ``high`` set, ``value`` None."""
        return self.value is None and self.low is not None and self.high is not None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``, for slicing the source text."""
        return (self.start, self.end)

    @property
    def quantity(self) -> Any:
        """A quantity figure as a pint ``Quantity`` with a Decimal magnitude, from the
        one registry of :func:`figures.units.registry` (pint loads on first use).

        A range has no single quantity (use ``low`` and ``high`` with
        :func:`figures.units.quantity`); other kinds have none:
        :class:`~figures.errors.FiguresValueError` names the figure.

        >>> import figures
        >>> q = figures.extract("output of 1.5 million barrels per day")[0].quantity
        >>> q.magnitude, str(q.units)
        (Decimal('1500000'), 'oil_barrel / day')
        """
        from figures.errors import FiguresValueError
        from figures.units import quantity

        if self.kind is not Kind.QUANTITY or self.unit is None:
            raise FiguresValueError(f"{self.text!r} is a {self.kind.value} figure, no quantity")
        if self.value is None:
            raise FiguresValueError(f"{self.text!r} is a range: convert low and high apart")
        return quantity(self.value, self.unit)

    def to(
        self,
        target: str,
        *,
        rates: Rates | None = None,
        density: object = None,
    ) -> Figure:
        """This figure in other units, or a price in another currency per another unit.

        A quantity converts to any unit of the same dimension ("kilometer", "mile /
        hour"); a money figure to ``"EUR"`` (currency only, a price keeps its unit) or
        ``"EUR/tonne"`` (currency and the unit the price is per). Currencies convert by
        ``rates`` (a :class:`~figures.rates.Rates`, such as ``Document.rate_table()``),
        units exactly by :func:`figures.units.convert`; mass and volume only with a
        ``density`` ("0.85 kg/L"). The result is a new :class:`Figure` with the same
        text and span, its value (or ``low`` and ``high``) and ``precision`` converted,
        unrounded. Errors: :class:`~figures.errors.UnitError`,
        :class:`~figures.errors.DensityRequiredError`,
        :class:`~figures.errors.NoRateError`.

        >>> from decimal import Decimal
        >>> import figures
        >>> oil = figures.extract("Brent rose to $80 a barrel.")[0]
        >>> rates = figures.Rates([figures.ExchangeRate("EUR", "USD", Decimal("1.25"))])
        >>> eur = oil.to("EUR/tonne", rates=rates, density="0.8 kg/L")
        >>> round(eur.value, 2), eur.currency, eur.unit
        (Decimal('503.18'), 'EUR', '1 / metric_ton')
        >>> round(figures.extract("a 10 km race")[0].to("mile").value, 4)
        Decimal('6.2137')
        """
        from figures.errors import FiguresValueError

        if self.kind is Kind.QUANTITY and self.unit is not None:
            return self._to_unit(target, density)
        if self.kind is Kind.MONEY and self.currency is not None:
            return self._to_price(target, rates, density)
        raise FiguresValueError(
            f"{self.text!r} is a {self.kind.value} figure: only quantities and money convert"
        )

    def _converted(self, unit: str | None, change: Any, **fields: Any) -> Figure:
        """A copy with value, low, high and precision passed through ``change``."""

        def apply(value: Decimal | None) -> Decimal | None:
            return None if value is None else change(value)

        precision = None
        if self.precision is not None:
            # a precision is a difference: convert it as one (offsets cancel)
            with local():  # figures.arith: not the caller's context
                precision = abs(change(self.precision) - change(Decimal(0)))
        return replace(
            self,
            value=apply(self.value),
            low=apply(self.low),
            high=apply(self.high),
            precision=precision,
            unit=unit,
            **fields,
        )

    def _to_unit(self, target: str, density: object) -> Figure:
        from figures.units import canonical, convert

        assert self.unit is not None
        source = self.unit
        name = canonical(target)
        return self._converted(name, lambda v: convert(v, source, target, density=density))

    def _to_price(self, target: str, rates: Rates | None, density: object) -> Figure:
        from figures.errors import NoRateError, UnitError
        from figures.lexicon import validate_currency
        from figures.units import canonical, convert, per_unit, unit_name

        code_text, slash, unit_text = target.partition("/")
        code = validate_currency(code_text.strip())
        assert self.currency is not None
        currency = self.currency
        source = self.unit
        unit = self.unit
        if slash:
            if source is None or per_unit(source) is None:
                raise UnitError(target, f"asks a unit of {self.text!r}, which is no price per unit")
            # a price per X, per Y: converted as a quantity of "1 / X" into "1 / Y", in
            # one step and one rounding, so there and back is exact where X -> Y is
            unit = unit_name(f"1 / ({canonical(unit_text.strip())})")
            convert(Decimal(1), source, unit, density=density)  # a wrong unit fails here
        if code != currency and rates is None:
            raise NoRateError(currency, code, f"pass rates= to convert {self.text!r}")
        path = rates.rate(currency, code) if rates is not None else None

        def change(value: Decimal) -> Decimal:
            if slash:
                assert source is not None and unit is not None
                value = convert(value, source, unit, density=density)
            return value if path is None else path.apply(value)

        return self._converted(unit, change, currency=code, currency_assumed=False)

    def to_dict(self) -> dict[str, Any]:
        """This figure as JSON-ready data, every Decimal its exact string;
        :func:`figures.serialize.from_dict` rebuilds an equal value.

        >>> from figures import extract
        >>> from figures.serialize import from_dict
        >>> data = extract("$45.10")[0].to_dict()
        >>> data["value"], data["precision"], data["kind"], from_dict(data).text
        ('45.10', '0.01', 'money', '$45.10')
        """
        from figures.codec import fields_dict

        return fields_dict(self)
