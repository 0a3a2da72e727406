"""Build a mypyc-compiled copy of figures' scanner beside the pure one, to test and time.

The pure-Python package (the editable install) stays the reference: this never touches
``src/``. It copies ``src`` to a throwaway directory (``build/compiled`` by default),
compiles the hot modules there with mypyc in place (``hatch_build.COMPILED``, the list
the compiled wheel uses; their ``.py`` files stay, so every other module imports as
usual), with a copy of ``benchmarks/`` that imports the compiled copy, and prints the
``PYTHONPATH`` that selects it. It needs mypy (the ``test`` extra) and a C compiler;
when either is missing it says so and exits non-zero, and nothing else changes. The
installable compiled build is the wheel's: a wheel built from source compiles where it
can (``pip install .``; ``FIGURES_MYPYC=require`` to insist).

    make compiled                      # or: python scripts/build_compiled.py [--out DIR]
    python build/compiled/benchmarks/throughput.py --skip-all
    PYTHONPATH=build/compiled/src python -m pytest -q tests   # the suite on the build
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# The list of compiled modules and the compile step are the wheel's build hook's (one
# place: hatch_build.COMPILED, which says what stays interpreted and why).
import hatch_build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "compiled")
    args = parser.parse_args(argv)
    why = hatch_build.cannot_compile()
    if why is not None:
        print(f"cannot compile: {why} (the pure build is unchanged)")
        return 2
    out = args.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    for part in ("src", "benchmarks"):  # the benchmarks import figures from ../src
        shutil.copytree(REPO / part, out / part, ignore=shutil.ignore_patterns("__pycache__"))
    try:
        hatch_build.compile_tree(out / "src", REPO / "pyproject.toml")
    except RuntimeError as error:
        print(f"{error}\nthe pure build is unchanged")
        return 1
    print(f"compiled {len(hatch_build.COMPILED)} modules; use it with PYTHONPATH={out / 'src'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
