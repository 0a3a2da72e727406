"""The wheel's optional compiled build: the scanner's hot modules compiled with mypyc.

The pure-Python wheel is the default and the reference: ``pip install .`` and
``pip wheel .`` build it as always, with hatchling alone and no C compiler. Asked for
with ``FIGURES_MYPYC=1`` (the way black ships mypyc-compiled wheels), this hook compiles
:data:`COMPILED` with mypyc into the wheel, beside their ``.py`` sources, which stay in
the wheel (Python imports the extension module first), and tags the wheel for the
building interpreter and platform:

    FIGURES_MYPYC=1 pip wheel . -w dist        # or: FIGURES_MYPYC=1 pip install .

When mypyc, a C compiler or Python's headers are missing, or the compilation fails, it
prints why and builds the pure wheel; ``FIGURES_MYPYC=require`` makes that an error
instead (for release builds that must not ship pure by accident). Its build
dependencies (mypy, setuptools, and the runtime dependencies so mypy sees their types)
are asked for only when compiling. ``scripts/build_compiled.py`` (``make compiled``)
uses the same list and the same compile step for a compiled copy of ``src`` to test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
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
# scan/rejects.py keeps its rules' docs in RULE_DOCS (RejectRule.doc), since compiled
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


def wanted() -> bool:
    """Whether the builder asked for the compiled build (``FIGURES_MYPYC=1|require``)."""
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes", "require")


def required() -> bool:
    """Whether a build that cannot compile must fail (``FIGURES_MYPYC=require``)."""
    return os.environ.get(ENV, "").strip().lower() == "require"


def cannot_compile() -> str | None:
    """Why this interpreter cannot compile the modules (mypyc, a C compiler or Python's
    headers missing), or None when it can."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install mypy)"
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


class MypycHook(BuildHookInterface):  # type: ignore[misc, valid-type, unused-ignore]
    """Hatch's custom build hook: the compiled wheel when ``FIGURES_MYPYC`` asks."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypy and setuptools (mypyc builds with them) and the runtime dependencies
        (mypy reads their types), only when compiling."""
        if not wanted():
            return []
        return ["mypy>=1.10", "setuptools>=61", *self.metadata.core.dependencies]

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
