"""The compiled build: its one list of modules, how a build chooses it, and which build
the suite tests.

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
        ({}, True, False),  # the default: compiled where it can be
        ({"FIGURES_MYPYC": "auto"}, True, False),
        ({"FIGURES_MYPYC": "1"}, True, False),
        ({"FIGURES_MYPYC": " Require "}, True, True),
        ({"FIGURES_MYPYC": "0"}, False, False),
        ({"FIGURES_MYPYC": "pure"}, False, False),
    ],
)
def test_the_builder_chooses_the_build_with_an_environment_variable(
    env: dict[str, str], wanted: bool, required: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIGURES_MYPYC", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert (hook.wanted(), hook.required()) == (wanted, required)


def test_an_unknown_choice_is_an_error_naming_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIGURES_MYPYC", "fast")
    expected = r"FIGURES_MYPYC='fast': expected auto \(the default\), require or 0"
    with pytest.raises(ValueError, match=expected):
        hook.wanted()


def test_a_missing_compiler_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC", "/nonexistent/cc -O2")
    assert hook.cannot_compile() == "no C compiler found (looked for /nonexistent/cc)"
    assert hook.toolchain_missing() == "no C compiler found (looked for /nonexistent/cc)"


@pytest.mark.parametrize(
    ("choice", "cc", "fetches_mypy"),
    [
        ("auto", None, True),
        ("auto", "/nonexistent/cc", False),  # cannot compile: nothing more is fetched
        ("0", None, False),
        ("require", "/nonexistent/cc", True),  # fetched, then the build fails naming why
    ],
)
def test_mypy_is_fetched_for_the_build_only_when_it_will_compile(
    choice: str, cc: str | None, fetches_mypy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if cc is None and hook.toolchain_missing() is not None:
        pytest.skip(f"this machine cannot compile: {hook.toolchain_missing()}")
    monkeypatch.setenv("FIGURES_MYPYC", choice)
    if cc is not None:
        monkeypatch.setenv("CC", cc)
    deps = hook.build_dependencies(["babel>=2.12"])
    assert deps == (["mypy>=1.10", "setuptools>=61", "babel>=2.12"] if fetches_mypy else [])


def test_the_build_says_which_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    from figures import build

    compiled = os.environ.get("FIGURES_EXPECT_COMPILED") == "1"
    names = build.compiled_modules()
    assert names == (tuple(sorted(_module_name(p) for p in hook.COMPILED)) if compiled else ())
    assert build.main([]) == 0
    assert capsys.readouterr().out == build.describe() + "\n"
    assert build.describe() == (
        f"compiled with mypyc, {len(hook.COMPILED)} modules" if compiled else "pure Python"
    )
    # the release's wheel test: fails on the pure build, passes on the compiled one
    assert build.main(["--require-compiled"]) == (0 if compiled else 1)


def test_the_release_builds_only_compiled_platform_wheels() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["cibuildwheel"]
    assert config["environment"] == {"FIGURES_MYPYC": "require"}
    assert config["test-command"] == "python -m figures.build --require-compiled"
    assert set(config["build"].split()) == {"cp310-*", "cp311-*", "cp312-*", "cp313-*"}


def test_an_editable_install_fetches_nothing_for_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    # hatchling asks the hook for its dependencies from PEP 660's hook for an editable
    # install (never compiled), from PEP 517's for a wheel
    monkeypatch.delenv("FIGURES_MYPYC", raising=False)

    class Hook(hook.MypycHook):  # type: ignore[misc, name-defined]
        metadata = type("M", (), {"core": type("C", (), {"dependencies": ["babel"]})})

    def get_requires_for_build_editable() -> list[str]:
        return list(Hook.dependencies(Hook.__new__(Hook)))

    def get_requires_for_build_wheel() -> list[str]:
        return list(Hook.dependencies(Hook.__new__(Hook)))

    assert get_requires_for_build_editable() == []
    expected = [] if hook.toolchain_missing() else ["mypy>=1.10", "setuptools>=61", "babel"]
    assert get_requires_for_build_wheel() == expected
