"""The wheel's compiled build: the scanner's hot modules compiled with mypyc.

A wheel built from source (``pip install .``, ``pip wheel .``, ``pip install
figures-text`` from the sdist) is compiled where it can be, the way aio-libs' packages
build their C extensions from source: this hook compiles :data:`COMPILED` with mypyc
into the wheel, beside their ``.py`` sources, which stay in the wheel (Python imports
the extension module first), and tags the wheel for the building interpreter and
platform. Where it cannot (not CPython, no C compiler, no Python headers, or mypyc
fails), it says why and builds the pure-Python wheel, which gives the same results
more slowly. ``FIGURES_MYPYC`` chooses:

- unset, ``auto``, ``1``: compiled where it can be, else pure (with a warning);
- ``require``: compiled, or the build fails (release builds that must not ship pure);
- ``0``: pure, no compiler asked for and no mypy fetched (the universal
  ``py3-none-any`` wheel, the reference build).

An editable install (``pip install -e .``, what ``make test`` uses) is never compiled:
its source must stay what runs. The build dependencies of compiling (mypy, setuptools,
and the runtime dependencies so mypy sees their types) are asked for only when the
interpreter, a C compiler and the headers are there. ``scripts/build_compiled.py``
(``make compiled``) uses the same list and the same compile step for a compiled copy
of ``src`` to test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from types import FrameType
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import (  # type: ignore[import-not-found, unused-ignore]
        BuildHookInterface,
    )
except ImportError:  # imported outside a build, by scripts/build_compiled.py
    BuildHookInterface = object  # type: ignore[assignment, misc, unused-ignore]

# The modules extract() spends its time in (benchmarks/throughput.py, issue 13), and the
# readers read() adds (rate statements, prose levels, datelines, settling), all mypy
# --strict clean, relative to src/. The one list of the compiled build: the wheel
# hook and scripts/build_compiled.py both read it, tests/test_compiled.py checks it.
# scan/reject_docs.py keeps the reject rules' docs (RULE_DOCS, RejectRule.doc), since compiled
# functions have no docstrings. Not compiled: scan/entry.py holds the public extract()
# (compiled, its docstring would be lost and a wrong argument would raise mypyc's
# TypeError before extract() raised FiguresTypeError naming it); arith.py and
# scan/uncertainty.py, about 1% together, within the noise (a few calls per text); the
# locale_* modules, loaded only for other languages; the public data model; and
# inline_rates.py, which holds the public find_rates() and parse_rate().
COMPILED: tuple[str, ...] = (
    "figures/datelines.py",
    "figures/numbers.py",
    "figures/pounds.py",
    "figures/prose_levels.py",
    "figures/rate_candidates.py",
    "figures/rate_statements.py",
    "figures/rate_tense.py",
    "figures/rate_tokens.py",
    "figures/scan/amounts.py",
    "figures/scan/anchors.py",
    "figures/scan/assemble.py",
    "figures/scan/attach.py",
    "figures/scan/currency.py",
    "figures/scan/glued.py",
    "figures/scan/markets_web.py",
    "figures/scan/minor_units.py",
    "figures/scan/multiples.py",
    "figures/scan/numerals.py",
    "figures/scan/percent_words.py",
    "figures/scan/ranges.py",
    "figures/scan/rejects.py",
    "figures/scan/scale_words.py",
    "figures/scan/state.py",
    "figures/scan/tokens.py",
    "figures/scan/unit_after.py",
    "figures/settle.py",
    "figures/unit_reader.py",
)

ENV = "FIGURES_MYPYC"


# FIGURES_MYPYC's values: compile where possible, compile or fail, never compile.
_AUTO = ("", "auto", "1", "true", "yes")
_REQUIRE = ("require",)
_PURE = ("0", "false", "no", "pure")


def _choice() -> str:
    """``FIGURES_MYPYC`` normalised; ValueError naming the accepted values otherwise."""
    value = os.environ.get(ENV, "").strip().lower()
    if value not in (*_AUTO, *_REQUIRE, *_PURE):
        raise ValueError(f"{ENV}={os.environ[ENV]!r}: expected auto (the default), require or 0")
    return value


def wanted() -> bool:
    """Whether the build compiles where it can: unless ``FIGURES_MYPYC=0``."""
    return _choice() not in _PURE


def required() -> bool:
    """Whether a build that cannot compile must fail (``FIGURES_MYPYC=require``)."""
    return _choice() in _REQUIRE


def toolchain_missing() -> str | None:
    """Why this interpreter cannot build C extensions (not CPython, no C compiler,
    no Python headers), or None when it can; mypyc itself is not asked about (the
    build fetches it only when this is None)."""
    if sys.implementation.name != "cpython":
        return f"mypyc compiles for CPython only, not {sys.implementation.name}"
    if os.environ.get("CC"):  # the compiler asked for, which the build will use
        names = os.environ["CC"].split()[:1]
    else:  # the one Python was built with, or the system's
        names = [*(sysconfig.get_config_var("CC") or "").split()[:1], "cc", "gcc", "clang"]
    if not any(shutil.which(name) for name in names):
        return f"no C compiler found (looked for {', '.join(names)})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"Python's C headers are missing ({headers}; e.g. apt-get install python3-dev)"
    return None


def cannot_compile() -> str | None:
    """Why this interpreter cannot compile the modules (mypyc, a C compiler or Python's
    headers missing), or None when it can."""
    why = toolchain_missing()
    if why is not None:
        return why
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
    return None


def compile_tree(
    src: Path, config: Path | None = None, modules: tuple[str, ...] = COMPILED
) -> list[Path]:
    """Compile ``modules`` (:data:`COMPILED`) in place in ``src`` (a copy of the
    repository's ``src``) with mypyc; return the extension modules built, relative to
    ``src``.

    Raises RuntimeError with mypyc's output when the compilation fails."""
    args = [sys.executable, "-m", "mypyc"]
    if config is not None:
        args += ["--config-file", str(config)]
    done = subprocess.run(
        [*args, *modules],
        cwd=src,
        capture_output=True,
        text=True,
        check=False,
        # no C debug information unless asked (MYPYC_DEBUG_LEVEL): a wheel a third smaller
        env={
            "MYPYC_DEBUG_LEVEL": "0",
            **os.environ,
            "MYPY_CACHE_DIR": str(src / "build" / ".mypy_cache"),
        },
    )
    if done.returncode != 0:
        raise RuntimeError(f"mypyc failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    built = sorted(
        p.relative_to(src)
        for p in src.rglob(f"*{suffix}")
        if p.relative_to(src).parts[0] != "build"
    )
    expected = {Path(m[: -len(".py")] + suffix) for m in modules}
    missing = expected - set(built)
    if missing:
        raise RuntimeError(f"mypyc built no {sorted(map(str, missing))}")
    return built


def build_dependencies(runtime: list[str]) -> list[str]:
    """mypy and setuptools (mypyc builds with them) and the package's ``runtime``
    dependencies (mypy reads their types), only when the build will compile: a build
    that cannot (or is asked not to) fetches nothing more; ``require`` fetches them
    and then fails naming what is missing."""
    if not wanted() or (toolchain_missing() is not None and not required()):
        return []
    return ["mypy>=1.10", "setuptools>=61", *runtime]


def _editable_request() -> bool:
    """Whether the frontend asked for an editable build's dependencies: hatchling asks
    every hook for its dependencies without saying which build they are for, so the
    PEP 660 hook on the call stack tells (an editable install is never compiled, and
    must not fetch mypy for nothing)."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "get_requires_for_build_editable":
            return True
        frame = frame.f_back
    return False


class MypycHook(BuildHookInterface):  # type: ignore[misc, valid-type, unused-ignore]
    """Hatch's custom build hook: the compiled wheel where it can be built."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """What compiling adds to the build's dependencies (:func:`build_dependencies`);
        nothing for an editable install, which is never compiled."""
        if _editable_request():
            return []
        return build_dependencies(list(self.metadata.core.dependencies))

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile into a temporary copy of ``src`` and add its extension modules."""
        if self.target_name != "wheel" or version == "editable" or not wanted():
            return
        why = cannot_compile()
        if why is None:
            self._work = Path(tempfile.mkdtemp(prefix="figures-mypyc-"))
            src = self._work / "src"
            shutil.copytree(
                Path(self.root) / "src",
                src,
                ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
            )
            try:
                built = compile_tree(src, Path(self.root) / "pyproject.toml")
            except RuntimeError as error:
                why = str(error)[-4000:]  # mypyc's last words
                shutil.rmtree(self._work, ignore_errors=True)
        if why is not None:
            if required():
                raise RuntimeError(f"{ENV}=require: cannot build the compiled wheel: {why}")
            self.app.display_warning(
                f"figures: not compiling with mypyc: {why}\n"
                "figures: building the pure-Python wheel (same results, slower)"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path in built:
            build_data["force_include"][str(src / path)] = path.as_posix()
        self.app.display_info(f"figures: compiled {len(COMPILED)} modules with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary compiled copy."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
