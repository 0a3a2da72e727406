"""Which build of the package is running: pure Python, or its scanner compiled with mypyc.

A wheel built from source is compiled where the machine can build it (docs/install.md);
both builds give the same results, the compiled one faster. ``figures --version`` says
which one is installed:

>>> from figures.build import describe
>>> describe() in ("pure Python",) or describe().startswith("compiled with mypyc")
True
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

__all__ = ["compiled_modules", "describe"]

_PACKAGE = Path(__file__).resolve().parent


def compiled_modules() -> tuple[str, ...]:
    """The dotted names of the package's modules that are extension modules (compiled
    with mypyc), sorted; empty for the pure build."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    names = set()
    for path in _PACKAGE.rglob("*"):
        if path.name.endswith(suffixes):
            stem = path.name.split(".", 1)[0]
            parts = path.relative_to(_PACKAGE).parent.parts
            names.add(".".join(("figures", *parts, stem)))
    return tuple(sorted(names))


def describe() -> str:
    """``"pure Python"``, or ``"compiled with mypyc, N modules"``."""
    n = len(compiled_modules())
    return f"compiled with mypyc, {n} modules" if n else "pure Python"


def main(argv: list[str] | None = None) -> int:
    """``python -m figures.build [--require-compiled]``: print the build; with the flag,
    exit 1 unless it is compiled and reads a figure (the release's wheel test)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    print(describe())
    if "--require-compiled" not in args:
        return 0
    if not compiled_modules():
        print("figures.build: the pure build, where the compiled one was required", file=sys.stderr)
        return 1
    import figures

    (fig,) = figures.extract("It paid $5 million.")
    return 0 if (fig.currency, str(fig.value)) == ("USD", "5000000") else 1


if __name__ == "__main__":
    raise SystemExit(main())
