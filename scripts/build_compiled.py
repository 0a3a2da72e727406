"""Build an opt-in mypyc-compiled copy of figures' scanner, beside the pure one.

The pure-Python package stays the reference and the default install: this never touches
``src/``. It copies ``src`` to a throwaway directory (``build/compiled`` by default),
compiles the hot, pure modules there with mypyc in place (their ``.py`` files stay, so
every other module imports as usual), with a copy of ``benchmarks/`` that imports the
compiled copy, and prints the ``PYTHONPATH`` that selects it. It needs mypy (the
``test`` extra) and a C compiler; when either is missing it says so and exits non-zero,
and nothing else changes.

    make compiled                      # or: python scripts/build_compiled.py [--out DIR]
    python build/compiled/benchmarks/throughput.py --skip-all
    PYTHONPATH=build/compiled/src python -m pytest -q tests   # the suite on the build
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The scanner's stages and the numeral reader: the modules extract() spends its time
# in (benchmarks/throughput.py; issue 13), all mypy --strict clean. The locale_*
# modules, loaded only for other languages, stay interpreted; so does scan/rejects.py,
# whose rules document themselves with their tests' docstrings (RejectRule.doc), which
# mypyc does not keep; and so does scan/entry.py, which holds the public extract():
# compiled, its docstring would be lost and a wrong argument type would raise mypyc's
# TypeError before extract() could raise FiguresTypeError naming it.
HOT = [
    "figures/numbers.py",
    "figures/scan/amounts.py",
    "figures/scan/anchors.py",
    "figures/scan/assemble.py",
    "figures/scan/attach.py",
    "figures/scan/currency.py",
    "figures/scan/minor_units.py",
    "figures/scan/multiples.py",
    "figures/scan/numerals.py",
    "figures/scan/ranges.py",
    "figures/scan/state.py",
    "figures/scan/tokens.py",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "compiled")
    args = parser.parse_args(argv)
    mypyc = shutil.which("mypyc", path=os.pathsep.join([str(Path(sys.executable).parent), ""]))
    if mypyc is None:
        print("mypyc not found: pip install -e '.[test]' (the pure build is unchanged)")
        return 2
    if shutil.which(os.environ.get("CC", "gcc")) is None and shutil.which("cc") is None:
        print("no C compiler found: the pure build is unchanged")
        return 2
    out = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    for part in ("src", "benchmarks"):  # the benchmarks import figures from ../src
        shutil.copytree(REPO / part, out / part, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run([mypyc, *HOT], cwd=out / "src", check=False)
    if done.returncode != 0:
        print(f"mypyc failed (exit {done.returncode}): the pure build is unchanged")
        return done.returncode
    print(f"compiled {len(HOT)} modules; use it with PYTHONPATH={out / 'src'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
