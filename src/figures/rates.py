"""Exchange rates, the path a conversion takes, and the table that finds it.

An :class:`ExchangeRate` is directed and sourced: one ``base`` buys ``rate`` of
``quote``, stated by the document (``"inline"``), the caller (``"caller"``) or the ECB
reference fixing (``"ecb"``). EUR->USD need not equal 1/(USD->EUR), so a table keeps
both directions when both are given.

A :class:`Rates` table answers any pair with a :class:`Path`: identity, the direct
rate, the reverse rate applied inversely (by dividing, never by multiplying with a
rounded reciprocal), or a cross rate through the fewest intermediate currencies.

All arithmetic runs in a fresh decimal context of :data:`PRECISION` significant digits
(50, from :mod:`figures.arith`); nothing here uses float or the caller's context. A
result beyond :data:`figures.arith.BOUND` raises
:class:`~figures.errors.FiguresOverflowError`.
A conversion rounds once, at the end, and drops rounding noise beyond the 45th digit,
so converting there and back through the same table gives back the original amount.

>>> from decimal import Decimal
>>> table = Rates([
...     ExchangeRate("EUR", "USD", Decimal("1.0717")),
...     ExchangeRate("EUR", "GBP", Decimal("0.8756")),
... ])
>>> path = table.rate("USD", "GBP")
>>> path.kind, path.via
('cross', ('EUR',))
>>> path.apply(Decimal("1071.7"))
Decimal('875.6')
"""

from __future__ import annotations

import datetime
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, overload

from figures.arguments import amount as check_amount
from figures.arguments import currency_code
from figures.arith import PRECISION, excerpt
from figures.errors import CurrencyMismatchError, FiguresTypeError, FiguresValueError, NoRateError
from figures.exchange_rate import SOURCES, ExchangeRate, apply_rates
from figures.money import Money

__all__ = ["PRECISION", "SOURCES", "ExchangeRate", "Path", "Rates", "Step"]

_validate = currency_code


class Step(NamedTuple):
    """One leg of a :class:`Path`: a rate, used as stated or inverted (divided by)."""

    rate: ExchangeRate
    inverted: bool

    @property
    def base(self) -> str:
        """The currency this leg converts from."""
        return self.rate.quote if self.inverted else self.rate.base

    @property
    def quote(self) -> str:
        """The currency this leg converts to."""
        return self.rate.base if self.inverted else self.rate.quote

    def to_dict(self) -> dict[str, Any]:
        """This leg as JSON-ready data (see :meth:`Path.to_dict`)."""
        return {"type": "Step", "rate": self.rate.to_dict(), "inverted": self.inverted}


@dataclass(frozen=True, slots=True)
class Path:
    """How an amount of ``base`` becomes ``quote``: the rates used, in order.

    ``kind`` is ``"identity"`` (no step), ``"direct"`` (one rate as stated),
    ``"inverse"`` (one rate, divided by) or ``"cross"`` (through ``via``).

    :meth:`apply` multiplies by every rate used as stated and divides by every rate used
    inversely, with a single rounding to :data:`PRECISION` significant digits at the
    end; a result within a few units of the 46th digit of a number of at most 40
    significant digits is taken to be that number, since the difference can only be
    rounding noise (so results are exact to 45 significant digits, and trailing zeros
    are dropped). Hence a conversion there and back through the same table returns the
    original amount exactly, for any amount of up to 40 significant digits.

    >>> eur_usd = ExchangeRate("EUR", "USD", Decimal("1.25"))
    >>> there = Path("EUR", "USD", (Step(eur_usd, inverted=False),))
    >>> back = Path("USD", "EUR", (Step(eur_usd, inverted=True),))
    >>> there.kind, back.kind
    ('direct', 'inverse')
    >>> back.apply(there.apply(Decimal("19.99")))
    Decimal('19.99')
    """

    base: str
    quote: str
    steps: tuple[Step, ...] = ()

    def __post_init__(self) -> None:
        base = _validate(self.base)
        quote = _validate(self.quote)
        steps = tuple(Step(*step) for step in self.steps)
        for step in steps:
            if not isinstance(step.rate, ExchangeRate) or not isinstance(step.inverted, bool):
                raise FiguresTypeError(
                    f"a path step is (ExchangeRate, bool), not {excerpt(tuple(step))}"
                )
        at = base
        for step in steps:
            if step.base != at:
                raise FiguresValueError(
                    f"broken path from {base} to {quote}: step {step.rate} starts from "
                    f"{step.base}, not {at}"
                )
            at = step.quote
        if at != quote:
            raise FiguresValueError(f"path from {base} ends in {at}, not {quote}")
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "quote", quote)
        object.__setattr__(self, "steps", steps)

    @property
    def kind(self) -> str:
        """``"identity"``, ``"direct"``, ``"inverse"`` or ``"cross"``."""
        if not self.steps:
            return "identity"
        if len(self.steps) > 1:
            return "cross"
        return "inverse" if self.steps[0].inverted else "direct"

    @property
    def via(self) -> tuple[str, ...]:
        """The intermediate currencies of a cross rate, in order (empty otherwise)."""
        return tuple(step.quote for step in self.steps[:-1])

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the rates used, in the order the path uses them."""
        return tuple(dict.fromkeys(step.rate.source for step in self.steps))

    @property
    def dates(self) -> tuple[datetime.date, ...]:
        """The distinct dates of the rates used (the ECB fixing day, say), in order."""
        return tuple(
            dict.fromkeys(step.rate.date for step in self.steps if step.rate.date is not None)
        )

    @property
    def rate(self) -> Decimal:
        """The effective rate: what one ``base`` buys of ``quote`` along this path.

        >>> Rates([ExchangeRate("EUR", "USD", Decimal("1.0717")),
        ...        ExchangeRate("EUR", "GBP", Decimal("0.8756"))]).rate("USD", "GBP").rate
        Decimal('0.81701968834561910982551087057945320518801903517775')
        """
        if self.kind == "direct":
            return self.steps[0].rate.rate  # the rate as stated, trailing zeros and all
        return self.apply(Decimal(1))

    def apply(self, amount: Decimal | int) -> Decimal:
        """``amount`` of ``base`` converted to ``quote`` along this path, unrounded.

        >>> Path("GBP", "GBP").apply(Decimal("12.50"))
        Decimal('12.50')
        >>> Path("USD", "EUR", (Step(ExchangeRate("EUR", "USD", Decimal("3")), True),)).apply(1)
        Decimal('0.33333333333333333333333333333333333333333333333333')
        """
        value = check_amount(amount, "amount")
        if not self.steps:
            return value
        return apply_rates(
            value,
            [step.rate.rate for step in self.steps if not step.inverted],
            [step.rate.rate for step in self.steps if step.inverted],
            lambda: f"{excerpt(value)} {self.base} in {self.quote}",
        )

    def __str__(self) -> str:
        """The currencies passed through, the kind, and where the rates came from.

        >>> fixing = ExchangeRate("EUR", "USD", Decimal("1.07"), source="ecb",
        ...                       date=datetime.date(2023, 3, 20))
        >>> str(Path("EUR", "USD", (Step(fixing, False),)))
        'EUR -> USD (direct; ecb 2023-03-20)'
        >>> str(Path("JPY", "JPY"))
        'JPY -> JPY (identity)'
        """
        chain = " -> ".join((self.base, *(step.quote for step in self.steps)))
        if not self.steps:
            chain = f"{self.base} -> {self.quote}"
        notes = " ".join([*self.sources, *(date.isoformat() for date in self.dates)])
        return f"{chain} ({self.kind}; {notes})" if notes else f"{chain} ({self.kind})"

    def to_dict(self) -> dict[str, Any]:
        """This path as JSON-ready data (see :mod:`figures.serialize`, whose
        :func:`~figures.serialize.from_dict` rebuilds it)."""
        from figures.codec import fields_dict

        return fields_dict(self)


class _Graph:
    """The first occurrence of each directed pair among some rates, as a graph.

    Each rate is an edge both ways (as stated, and inverted); edges leave a currency in
    precedence order, which is what breaks ties between equally short paths.
    """

    __slots__ = ("edges", "pairs")

    def __init__(self, rates: Iterable[ExchangeRate]) -> None:
        self.pairs: dict[tuple[str, str], ExchangeRate] = {}
        for rate in rates:
            self.pairs.setdefault((rate.base, rate.quote), rate)
        self.edges: dict[str, list[Step]] = {}
        for rate in self.pairs.values():  # dicts keep insertion order: precedence
            self.edges.setdefault(rate.base, []).append(Step(rate, False))
            self.edges.setdefault(rate.quote, []).append(Step(rate, True))

    def find(self, base: str, quote: str) -> Path | None:
        direct = self.pairs.get((base, quote))
        if direct is not None:
            return Path(base, quote, (Step(direct, False),))
        reverse = self.pairs.get((quote, base))
        if reverse is not None:
            return Path(base, quote, (Step(reverse, True),))
        if base not in self.edges or quote not in self.edges:
            return None
        # Breadth first: the first time quote is reached is by a shortest path, and,
        # since each currency's edges are tried in precedence order, by the one whose
        # rates come earliest in the table among the shortest.
        came_by: dict[str, Step | None] = {base: None}
        queue = deque([base])
        while queue:
            for step in self.edges[queue.popleft()]:
                if step.quote in came_by:
                    continue
                came_by[step.quote] = step
                if step.quote == quote:
                    steps = []
                    at: Step | None = step
                    while at is not None:
                        steps.append(at)
                        at = came_by[at.base]
                    return Path(base, quote, tuple(reversed(steps)))
                queue.append(step.quote)
        return None


def _as_layer(rates: Iterable[ExchangeRate]) -> tuple[ExchangeRate, ...]:
    if isinstance(rates, ExchangeRate):
        raise FiguresTypeError(f"pass an iterable of rates, e.g. Rates([{rates!r}])")
    if isinstance(rates, (str, bytes)) or not isinstance(rates, Iterable):
        raise FiguresTypeError(
            f"a Rates table is made from an iterable of ExchangeRate values, not "
            f"{type(rates).__name__} {excerpt(rates)}"
        )
    layer = tuple(rates)
    for rate in layer:
        if not isinstance(rate, ExchangeRate):
            raise FiguresTypeError(f"a Rates table holds ExchangeRate values, not {excerpt(rate)}")
    return layer


class Rates:
    """An immutable table of exchange rates that answers any pair it can connect.

    Rates are kept in precedence order: earlier rates win. A table may be made of
    layers (:meth:`layered`: the document's inline rates, then the caller's, then the
    ECB's); :meth:`rate` then prefers a path that uses only the highest layers: it tries
    the first layer alone, then the first two together, and so on, so a document's own
    rate is never overridden by a cross rate through lower layers. Within those layers
    it takes the direct rate, else the reverse rate inverted, else the shortest chain of
    rates, ties going to the rates that come first.

    Tables are hashable, picklable and safe to share between threads; the graph each
    layer prefix needs is built on first use and cached on the instance.

    >>> inline = [ExchangeRate("USD", "GBP", Decimal("0.8214"), source="inline")]
    >>> ecb = [ExchangeRate("EUR", "USD", Decimal("1.0717"), source="ecb"),
    ...        ExchangeRate("EUR", "GBP", Decimal("0.8756"), source="ecb")]
    >>> table = Rates.layered(inline, ecb)
    >>> str(table.rate("GBP", "USD"))
    'GBP -> USD (inverse; inline)'
    >>> str(table.rate("EUR", "USD"))
    'EUR -> USD (direct; ecb)'
    >>> ("USD", "GBP") in table, len(table)
    (True, 3)
    """

    __slots__ = ("_graphs", "_layers")

    _layers: tuple[tuple[ExchangeRate, ...], ...]
    _graphs: dict[int, _Graph]

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        layer = _as_layer(rates)
        object.__setattr__(self, "_layers", (layer,) if layer else ())
        object.__setattr__(self, "_graphs", {})

    @classmethod
    def layered(cls, *layers: Rates | Iterable[ExchangeRate]) -> Rates:
        """A table whose layers are tried in the order given (empty layers dropped).

        >>> low = Rates([ExchangeRate("EUR", "USD", Decimal("1.07"), source="ecb")])
        >>> Rates.layered([], low).layers == low.layers
        True
        """
        flat: list[tuple[ExchangeRate, ...]] = []
        for layer in layers:
            if isinstance(layer, Rates):
                flat.extend(layer._layers)
            else:
                flat.append(_as_layer(layer))
        table = cls()
        object.__setattr__(table, "_layers", tuple(layer for layer in flat if layer))
        return table

    @property
    def layers(self) -> tuple[tuple[ExchangeRate, ...], ...]:
        """The non-empty layers, highest precedence first."""
        return self._layers

    @property
    def currencies(self) -> frozenset[str]:
        """Every currency some rate in the table mentions."""
        return frozenset(code for rate in self for code in (rate.base, rate.quote))

    def add(self, *rates: ExchangeRate) -> Rates:
        """A new table with ``rates`` appended to the last layer, at lowest precedence.

        >>> table = Rates().add(ExchangeRate("EUR", "USD", Decimal("1.07")))
        >>> table.rate("USD", "EUR").kind
        'inverse'
        """
        new = _as_layer(rates)
        if not self._layers:
            return Rates(new)
        return Rates.layered(*self._layers[:-1], self._layers[-1] + new)

    def merged(self, other: Rates) -> Rates:
        """A table with this table's layers first, then ``other``'s.

        >>> mine = Rates([ExchangeRate("EUR", "USD", Decimal("1.10"))])
        >>> theirs = Rates([ExchangeRate("EUR", "USD", Decimal("1.07"), source="ecb")])
        >>> mine.merged(theirs).rate("EUR", "USD").rate
        Decimal('1.10')
        """
        if not isinstance(other, Rates):
            raise FiguresTypeError(f"can only merge another Rates table, not {excerpt(other)}")
        return Rates.layered(self, other)

    def _graph(self, depth: int) -> _Graph:
        graph = self._graphs.get(depth)
        if graph is None:
            # Racing threads may both build it; the results are equal, so either wins.
            graph = _Graph(rate for layer in self._layers[:depth] for rate in layer)
            self._graphs[depth] = graph
        return graph

    def rate(self, base: str, quote: str) -> Path:
        """The path from ``base`` to ``quote`` (see the class docstring for the order).

        >>> table = Rates([ExchangeRate("EUR", "USD", Decimal("1.0717"))])
        >>> table.rate("usd", "usd").kind
        'identity'
        >>> table.rate("USD", "JPY")
        Traceback (most recent call last):
        ...
        figures.errors.NoRateError: no exchange rate path from USD to JPY:
        no rate in the table involves JPY (it covers EUR, USD)
        """
        base = _validate(base)
        quote = _validate(quote)
        if base == quote:
            return Path(base, quote)
        for depth in range(1, len(self._layers) + 1):
            path = self._graph(depth).find(base, quote)
            if path is not None:
                return path
        known = self.currencies
        missing = [code for code in (base, quote) if code not in known]
        if not known:
            detail = "the table is empty"
        elif missing:
            detail = f"no rate in the table involves {' or '.join(missing)}"
        else:
            detail = "no chain of rates in the table connects them"
        if known:
            detail += f" (it covers {', '.join(sorted(known))})"
        raise NoRateError(base, quote, detail)

    @overload
    def convert(self, amount: Money, base: str, quote: str) -> Money: ...

    @overload
    def convert(self, amount: Decimal | int, base: str, quote: str) -> Decimal: ...

    def convert(self, amount: Money | Decimal | int, base: str, quote: str) -> Money | Decimal:
        """``amount`` of ``base`` in ``quote``, unrounded; Money in gives Money out.

        >>> table = Rates([ExchangeRate("USD", "GBP", Decimal("0.8214"))])
        >>> table.convert(Decimal("821.4"), "GBP", "USD")
        Decimal('1000')
        >>> table.convert(Money(Decimal("10"), "USD"), "USD", "GBP")
        Money(Decimal('8.214'), 'GBP')
        """
        if isinstance(amount, Money):
            base = _validate(base)
            if amount.currency != base:
                raise CurrencyMismatchError(amount.currency, base, "convert")
            return amount.to(quote, self)
        value = check_amount(amount, "amount")
        return self.rate(base, quote).apply(value)

    # --- container protocol and value semantics --------------------------------------

    def __iter__(self) -> Iterator[ExchangeRate]:
        return (rate for layer in self._layers for rate in layer)

    def __len__(self) -> int:
        return sum(len(layer) for layer in self._layers)

    def __contains__(self, pair: object) -> bool:
        """``(base, quote) in table``: a rate for that directed pair is stored."""
        if not (isinstance(pair, tuple) and len(pair) == 2):
            return False
        base, quote = pair
        if not (isinstance(base, str) and isinstance(quote, str)):
            return False
        return (base.upper(), quote.upper()) in self._graph(len(self._layers)).pairs

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rates):
            return NotImplemented
        return self._layers == other._layers

    def __hash__(self) -> int:
        return hash(self._layers)

    def __repr__(self) -> str:
        if len(self._layers) <= 1:
            return f"Rates({list(self)!r})"
        return f"Rates.layered({', '.join(repr(list(layer)) for layer in self._layers)})"

    def __reduce__(self) -> tuple[object, tuple[tuple[ExchangeRate, ...], ...]]:
        # The graph cache is rebuilt on demand, so only the layers travel.
        return (Rates.layered, self._layers)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Rates is immutable: use add() or merged(), not .{name} = ...")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Rates is immutable: cannot delete .{name}")

    def to_dict(self) -> dict[str, Any]:
        """This table as JSON-ready data, layer by layer (see :mod:`figures.serialize`)."""
        return {"type": "Rates", "layers": [[r.to_dict() for r in layer] for layer in self._layers]}
