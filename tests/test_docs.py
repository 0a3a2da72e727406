"""The documentation: its examples run, are collected, and cover the public API.

pytest runs the examples in docs/*.md through ``--doctest-glob=*.md``; a change to that
configuration, or a page whose examples lost their ``>>>``, would make them stop running
without any test failing. These tests fail instead.
"""

from __future__ import annotations

import doctest
import inspect
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import figures

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# Listed by name, not globbed: a page that disappears must fail, not drop out quietly.
PAGES = ["index.md", "tutorial.md", "howto.md", "explanation.md", "reference.md"]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _run(path: Path) -> doctest.TestResults:
    return doctest.testfile(
        str(path),
        module_relative=False,
        optionflags=FLAGS,
        encoding="utf-8",
        report=False,
    )


def test_readme_examples_pass() -> None:
    # README.md sits outside testpaths, so pytest never collects it: run it here.
    result = _run(ROOT / "README.md")
    assert result.attempted > 0, "README.md has no doctest examples"
    assert result.failed == 0, f"{result.failed} README.md example(s) failed (see stdout)"


@pytest.mark.parametrize("page", [pytest.param(p, id=p) for p in PAGES])
def test_page_has_examples_and_they_pass(page: str) -> None:
    result = _run(DOCS / page)
    assert result.attempted > 0, f"docs/{page} has no doctest examples"
    assert result.failed == 0, f"{result.failed} example(s) in docs/{page} failed"


def test_pytest_collects_the_docs() -> None:
    # Guards the configuration that makes a bare `pytest` run docs/*.md.
    tomllib = pytest.importorskip("tomllib")
    options = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    assert "docs" in options["testpaths"]
    assert "--doctest-glob=*.md" in options["addopts"].split()


def test_every_page_is_listed() -> None:
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted(PAGES)


def test_readme_starts_with_the_two_setup_commands() -> None:
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    content = [line for line in lines[1:] if line.strip()]
    assert lines[0].startswith("# ")
    assert content[:4] == ["```", "make demo", "make test", "```"]


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_public_name_has_a_docstring(name: str) -> None:
    # obj.__doc__, not inspect.getdoc: a class must not pass on its base's docstring.
    doc = getattr(figures, name).__doc__
    assert doc is not None and doc.strip(), f"figures.{name} has no docstring"


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_public_name_has_a_reference_entry(name: str) -> None:
    reference = (DOCS / "reference.md").read_text("utf-8")
    heading = re.compile(rf"^### `{re.escape(name)}`$", re.MULTILINE)
    assert heading.search(reference), f"docs/reference.md has no '### `{name}`' entry"


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_reference_entry_has_an_example(name: str) -> None:
    reference = (DOCS / "reference.md").read_text("utf-8")
    entry = reference.split(f"### `{name}`", 1)[1].split("\n#", 1)[0]
    assert "\n>>> " in entry, f"the reference entry of {name} has no example"


def _signature(obj: Callable[..., object]) -> list[str]:
    try:
        params = inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return []
    return [p for p in params if p not in ("self", "args", "kwargs")]


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, id=n) for n in figures.__all__ if inspect.isfunction(getattr(figures, n))],
)
def test_reference_signature_names_every_parameter(name: str) -> None:
    reference = (DOCS / "reference.md").read_text("utf-8")
    entry = reference.split(f"### `{name}`", 1)[1].split("\n#", 1)[0]
    for param in _signature(getattr(figures, name)):
        assert re.search(rf"\b{param}\b", entry), f"reference of {name} omits {param!r}"


LINK = re.compile(r"\]\(([^)#:]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize(
    "page",
    [pytest.param(ROOT / "README.md", id="README.md")]
    + [pytest.param(DOCS / p, id=f"docs/{p}") for p in PAGES],
)
def test_relative_links_resolve(page: Path) -> None:
    targets = LINK.findall(page.read_text("utf-8"))
    missing = [t for t in targets if not (page.parent / t).exists()]
    assert not missing, f"{page.name} links to missing files: {missing}"


def test_changelog_names_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert re.search(rf"^## {re.escape(figures.__version__)}\b", changelog, re.MULTILINE)
