"""Real-copy leftovers: bid/ask fraction pairs, places that settle a currency family."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figures import extract, read

PAIRS = [
    ("The notes were quoted 104-3/8 104-7/8 late.", ["104.375", "104.875"]),
    ("Bid 99 1/2 offered 100 1/4", ["99.5", "100.25"]),
    ("The bonds ended at 97-1/8 97-5/8.", ["97.125", "97.625"]),
    ("quoted at 1/8 250 lots", ["0.125", "250"]),
]


@pytest.mark.parametrize(("text", "values"), PAIRS)
def test_fraction_then_price_stay_apart(text: str, values: list[str]) -> None:
    assert [f.value for f in extract(text)] == [Decimal(v) for v in values]


def test_space_groups_still_read() -> None:
    assert [f.value for f in extract("prices 1 139,00 kr")] == [Decimal("1139.00")]


PLACES = [
    ("MANILA, June 2 - The agency will spend 4.1 billion pesos.", "PHP"),
    ("A Philippine lender booked 900 mln pesos of loans.", "PHP"),
    ("A Filipino firm raised 2 billion pesos.", "PHP"),
    ("Mexico's budget rose by 3 billion pesos.", "MXN"),
    ("BELGRADE, March 3 - The mill owes 700 billion dinars.", "RSD"),
    ("A Yugoslav exporter earned 12 billion dinars.", "RSD"),
    ("Kuwait's fund took 3 mln dinars.", "KWD"),
    ("OSLO, May 5 - The yard lost 1.2 billion crowns.", "NOK"),
    ("A Danish brewer earned 400 mln crowns.", "DKK"),
    ("KARACHI - The mill paid 80 mln rupees.", "PKR"),
]


@pytest.mark.parametrize(("text", "code"), PLACES)
def test_places_settle_family(text: str, code: str) -> None:
    (fig,) = [f for f in read(text).figures if f.kind.value == "money"]
    assert fig.currency == code
