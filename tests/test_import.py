"""`import figures` stays light: heavy packages load on first use, not at import."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_import_loads_no_heavy_package() -> None:
    loaded = _modules_after("import figures")
    for heavy in ("pint", "babel", "pandas", "dask", "price_parser", "numpy"):
        assert heavy not in loaded, heavy


def test_pint_loads_only_when_a_quantity_is_asked_for() -> None:
    """Recognising a unit is a table look-up; pint loads for a Quantity or a conversion."""
    assert "pint" not in _modules_after("import figures; figures.extract('$5 and 5%')")
    seen = "import figures; fig = figures.extract('5 km and 80 bpd at $80 a barrel')"
    assert "pint" not in _modules_after(seen)
    assert "pint" in _modules_after(seen + "; fig[0].quantity")
