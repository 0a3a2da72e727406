"""The documentation website builds, strictly, offline, and lists every page.

``mkdocs build --strict`` turns every warning (a broken link or anchor, a page left out
of the nav, a docstring mkdocstrings cannot render) into a failure. `make docs` runs the
same build into site/; this test builds into a temporary directory. It is skipped only
when the docs tools are not installed (`pip install -e '.[docs]'`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _mkdocs() -> list[str]:
    try:
        import material  # noqa: F401
        import mkdocs  # noqa: F401
        import mkdocstrings  # noqa: F401
    except ImportError as err:
        pytest.skip(f"the docs tools are not installed ({err.name}): pip install -e '.[docs]'")
    return [sys.executable, "-m", "mkdocs"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run(
        [*_mkdocs(), "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stderr[-4000:]}"
    return out


def test_the_strict_build_succeeds(site: Path) -> None:
    assert (site / "index.html").is_file()
    assert (site / "reference" / "index.html").is_file()


def test_every_page_is_built(site: Path) -> None:
    # validation.nav.omitted_files makes a page outside the nav a strict failure; this
    # shows which page, built, should be there.
    for page in DOCS.rglob("*.md"):
        rel = page.relative_to(DOCS).with_suffix("")
        html = site / ("index.html" if rel.name == "index" else rel / "index.html")
        assert html.is_file(), f"docs/{page.relative_to(DOCS)} was not built"


def test_the_reference_renders_every_public_name(site: Path) -> None:
    import figures

    html = (site / "reference" / "index.html").read_text("utf-8")
    for name in figures.__all__:
        assert f'id="figures.{name}"' in html, f"the reference has no entry for {name}"
    # examples from docstrings are code, not block quotes of '>>>'
    assert '<span class="gp">&gt;&gt;&gt; </span>' in html
    assert "&gt;&gt;&gt;" not in re.sub(r"<code.*?</code>", "", html, flags=re.DOTALL)


def test_diagrams_are_mermaid_source(site: Path) -> None:
    assert '<pre class="mermaid"><code>flowchart' in (site / "index.html").read_text("utf-8")
    rates = (site / "explanation" / "rates" / "index.html").read_text("utf-8")
    assert '<pre class="mermaid"><code>' in rates


def test_the_site_loads_nothing_from_the_network_at_build(site: Path) -> None:
    # theme.font: false keeps Google Fonts out; the build needs no network at all.
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "fonts.googleapis" not in text, page
        assert "fonts.gstatic" not in text, page


def test_the_changelog_page_includes_the_changelog(site: Path) -> None:
    html = (site / "changelog" / "index.html").read_text("utf-8")
    first = (ROOT / "CHANGELOG.md").read_text("utf-8").splitlines()[0].lstrip("# ")
    assert first in html


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_site_is_not_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text("utf-8").split()
    assert "site/" in ignored


def test_docstrings_become_markdown() -> None:
    # scripts/griffe_docstrings.py: what mkdocstrings renders from a docstring
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "griffe_docstrings", ROOT / "scripts" / "griffe_docstrings.py"
    )
    pytest.importorskip("griffe")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Read with :func:`~figures.read` or :class:`figures.Money`.\n>>> 1 + 1\n2\n\nEnd."
    assert module.markdown(text).splitlines() == [
        "Read with ``read`` or ``figures.Money``.",
        "```pycon",
        ">>> 1 + 1",
        "2",
        "```",
        "",
        "End.",
    ]


def test_the_copy_button_leaves_out_prompts_and_output() -> None:
    css = (DOCS / "assets" / "extra.css").read_text("utf-8")
    assert ".highlight code[data-md-copying] .gp" in css
    assert ".highlight code[data-md-copying] .go" in css


def test_the_benchmark_chart_is_drawn_from_its_numbers() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "plot.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    numbers = (DOCS / "assets" / "benchmarks.json").read_text("utf-8")
    assert '"command": "python benchmarks/price_parser_cases.py"' in numbers


def test_the_report_page_shows_the_seed_report(site: Path) -> None:
    html = (site / "howto" / "report" / "index.html").read_text("utf-8")
    assert 'src="../../assets/report-seed.png"' in html
    png = site / "assets" / "report-seed.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
