"""The documentation: its examples run, are collected, and cover the public API.

pytest runs the examples in docs/**/*.md through ``--doctest-glob=*.md`` and the
docstrings' through ``--doctest-modules``; a change to that configuration, or a page
whose examples lost their ``>>>``, would make them stop running without any test
failing. These tests fail instead. The site itself (mkdocs.yml, the strict build) is
tests/test_site.py.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import figures

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
# Pages that explain or compare without running code; every other page has examples.
WITHOUT_EXAMPLES = {"changelog.md", "comparison.md", "limitations.md"}


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


def test_the_docs_have_their_pages() -> None:
    # A page that disappears, or a glob that stops recursing, must fail, not drop out.
    for page in ("index.md", "tutorial.md", "reference.md", "howto/convert.md"):
        assert page in PAGES, f"docs/{page} is missing"
    assert len(PAGES) >= 15, PAGES


@pytest.mark.parametrize("page", [pytest.param(p, id=p) for p in PAGES])
def test_page_has_examples_and_they_pass(page: str) -> None:
    result = _run(DOCS / page)
    # the reference's examples live in the docstrings (test_public_name_has_an_example)
    if page not in WITHOUT_EXAMPLES and page != "reference.md":
        assert result.attempted > 0, f"docs/{page} has no doctest examples"
    assert result.failed == 0, f"{result.failed} example(s) in docs/{page} failed"


def test_pytest_collects_the_docs_and_the_docstrings() -> None:
    # Guards the configuration that makes a bare `pytest` run docs/**/*.md and docstrings.
    tomllib = pytest.importorskip("tomllib")
    options = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    assert "docs" in options["testpaths"]
    assert "src/figures" in options["testpaths"]
    assert "--doctest-glob=*.md" in options["addopts"].split()
    assert "--doctest-modules" in options["addopts"].split()


def _docstring_examples() -> int:
    finder = doctest.DocTestFinder()
    count = 0
    for info in pkgutil.walk_packages(figures.__path__, "figures."):
        module = importlib.import_module(info.name)
        count += sum(len(test.examples) for test in finder.find(module))
    return count


def test_the_docstrings_have_examples() -> None:
    # Collected by --doctest-modules; none collected means the guard above is not enough.
    assert _docstring_examples() >= 100


def test_readme_starts_with_the_two_setup_commands() -> None:
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    content = [line for line in lines[1:] if line.strip()]
    assert lines[0].startswith("# ")
    assert content[:4] == ["```", "make demo", "make test", "```"]


def test_readme_says_how_to_install_and_links_absolutely() -> None:
    # The README is the package index's front page, where relative links break.
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "pip install figures-text" in readme
    relative = [t for t in re.findall(r"\]\(([^)]+)\)", readme) if "://" not in t]
    assert not relative, f"README.md has relative links: {relative}"


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_public_name_has_a_docstring(name: str) -> None:
    # obj.__doc__, not inspect.getdoc: a class must not pass on its base's docstring.
    doc = getattr(figures, name).__doc__
    assert doc is not None and doc.strip(), f"figures.{name} has no docstring"


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_public_name_has_a_reference_entry(name: str) -> None:
    # mkdocstrings renders the entry from the docstring and the signature.
    reference = (DOCS / "reference.md").read_text("utf-8")
    assert re.search(rf"^::: figures\.{re.escape(name)}$", reference, re.MULTILINE), (
        f"docs/reference.md has no '::: figures.{name}' entry"
    )


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in figures.__all__])
def test_public_name_has_an_example(name: str) -> None:
    obj = getattr(figures, name)
    tests = doctest.DocTestFinder(recurse=False).find(obj, name, globs={})
    assert any(t.examples for t in tests), f"the docstring of figures.{name} has no example"


LINK = re.compile(r"\]\(([^)#:]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", [pytest.param(p, id=p) for p in PAGES])
def test_relative_links_resolve(page: str) -> None:
    # mkdocs --strict checks these too; this says which file without building the site.
    path = DOCS / page
    targets = LINK.findall(path.read_text("utf-8"))
    missing = [t for t in targets if not (path.parent / t).exists()]
    assert not missing, f"docs/{page} links to missing files: {missing}"


def test_changelog_names_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert re.search(rf"^## {re.escape(figures.__version__)}\b", changelog, re.MULTILINE)
