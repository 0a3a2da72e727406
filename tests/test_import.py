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


def test_pint_loads_only_when_a_unit_is_met() -> None:
    assert "pint" not in _modules_after("import figures; figures.extract('$5 and 5%')")
    assert "pint" in _modules_after("import figures; figures.extract('5 km')")
