"""The optional compiled build: its one list of modules, and which build the suite tests.

``make test`` runs the suite on the pure package (the reference); ``make test-compiled``
runs it on the mypyc-compiled copy with ``FIGURES_EXPECT_COMPILED=1``, and then every
module of ``hatch_build.COMPILED`` must really be the compiled one, so a failed or stale
build cannot pass as compiled.
"""

from __future__ import annotations

import importlib
import os
import sysconfig

import pytest
from build_hook import ROOT, hook

import figures
from figures.errors import FiguresTypeError


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _compiled(name: str) -> bool:
    file = importlib.import_module(name).__file__ or ""
    return file.endswith(sysconfig.get_config_var("EXT_SUFFIX") or ".so")


def test_every_compiled_module_is_a_module_of_the_package() -> None:
    assert len(set(hook.COMPILED)) == len(hook.COMPILED) >= 12
    for path in hook.COMPILED:
        assert (ROOT / "src" / path).is_file(), path
        assert path.startswith("figures/") and path.endswith(".py")


def test_the_public_entry_point_stays_interpreted() -> None:
    # extract() keeps its docstring and raises FiguresTypeError, not mypyc's TypeError
    assert "figures/scan/entry.py" not in hook.COMPILED
    assert not _compiled("figures.scan.entry")
    assert (figures.extract.__doc__ or "").startswith("Every money, percent, number")
    with pytest.raises(FiguresTypeError, match="needs a str, not bytes"):
        figures.extract(b"5 dollars")  # type: ignore[arg-type]


def test_the_build_under_test_is_the_one_asked_for() -> None:
    compiled = [p for p in hook.COMPILED if _compiled(_module_name(p))]
    if os.environ.get("FIGURES_EXPECT_COMPILED") == "1":
        assert compiled == list(hook.COMPILED), "not compiled: run `make compiled` first"
    else:
        assert compiled == [], f"compiled modules on the pure run ({figures.__file__})"


@pytest.mark.parametrize(
    ("env", "wanted", "required"),
    [
        ({}, False, False),
        ({"FIGURES_MYPYC": "1"}, True, False),
        ({"FIGURES_MYPYC": "0"}, False, False),
        ({"FIGURES_MYPYC": "require"}, True, True),
    ],
)
def test_the_builder_asks_for_the_compiled_wheel_with_an_environment_variable(
    env: dict[str, str], wanted: bool, required: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIGURES_MYPYC", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert (hook.wanted(), hook.required()) == (wanted, required)


def test_a_missing_compiler_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC", "/nonexistent/cc -O2")
    assert hook.cannot_compile() == "no C compiler found (looked for /nonexistent/cc)"
