"""A measured value with its uncertainty: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2".

The scan reads the value as a number and the uncertainty with the unit; this step,
run once over the scan's figures, joins the two into one figure of the value in the
unit, its text spanning both, its ``note`` the uncertainty ("± 0.01").

>>> from figures import extract
>>> [(f.text, f.value, f.unit, f.note) for f in extract("a mass of 5.2 ± 0.3 kg")]
[('5.2 ± 0.3 kg', Decimal('5.2'), 'kilogram', '± 0.3')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from figures.model import Figure, Kind

__all__ = ["with_uncertainties"]

_PLUS_MINUS = re.compile(r"[ \t]?(?:±|\+/-|\+/−|\+-)[ \t]?")


def _joins(text: str, value: Figure, tolerance: Figure) -> bool:
    if value.kind is not Kind.NUMBER or value.unit is not None or value.value is None:
        return False
    if tolerance.kind not in (Kind.QUANTITY, Kind.PERCENT) or tolerance.value is None:
        return False
    if tolerance.qualifier is not None:
        return False
    gap = _PLUS_MINUS.fullmatch(text, value.end, tolerance.start)
    return gap is not None


def with_uncertainties(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each number followed by "±" (or "+/-") and a quantity or a
    percent joined to it: the value in the unit of the uncertainty."""
    if "±" not in text and ("+" not in text or ("+/" not in text and "+-" not in text)):
        return figures  # one "+" looked for first: a pair is searched for much slower
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        fig = figures[i]
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is not None and _joins(text, fig, nxt):
            fig = replace(
                fig,
                kind=nxt.kind,
                text=text[fig.start : nxt.end],
                end=nxt.end,
                unit=nxt.unit,
                note=f"± {nxt.value}",
            )
            i += 1
        out.append(fig)
        i += 1
    return out
