"""The wheel built from this checkout installs into a fresh environment and its demo runs.

Slow (it builds a wheel and installs it with its dependencies from the configured package
index into a new virtualenv, about a minute), so it runs only when asked:
``FIGURES_WHEEL_CHECK=1 pytest tests/test_wheel.py``. ``.ci/run`` asks. The compiled
wheel (hatch_build.py) is built and installed too where a C compiler
is (a build from source compiles by default), and must give the pure package's results;
without a compiler the default build gives the pure wheel, and ``require`` fails.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from build_hook import ROOT, hook

SEED = ROOT / "seeds" / "000_06cab5962894b8ac.txt"
REUTERS = (
    Path(os.environ.get("FIGURES_SHARED") or ROOT.parent / "shared")
    / "benchmarks"
    / "corpus"
    / "reuters21578.jsonl.gz"
)

pytestmark = pytest.mark.skipif(
    os.environ.get("FIGURES_WHEEL_CHECK") != "1",
    reason="slow: builds and installs the wheel; set FIGURES_WHEEL_CHECK=1 (.ci/run does)",
)


def _run(
    *args: str | Path, cwd: Path, timeout: float = 600, **extra: str
) -> subprocess.CompletedProcess[str]:
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "FIGURES_MYPYC")
    env = {k: v for k, v in os.environ.items() if k not in drop} | extra
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # FIGURES_MYPYC=0: the universal pure wheel (a build from source compiles by default)
    args = ("-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", dist)
    _run(sys.executable, *args, cwd=dist, FIGURES_MYPYC="0")
    (built,) = dist.glob("figures_text-*.whl")
    assert built.name.endswith("-py3-none-any.whl"), built
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", env, cwd=env)
    _run(env / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=env)
    return env


def test_the_wheel_holds_the_package_and_its_data(wheel: Path) -> None:
    import figures

    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (
        "figures/__init__.py",
        "figures/py.typed",
        "figures/scan/__init__.py",
        "figures/templates/report.html",
        "figures/templates/report.css",
        "figures/lexicon/cldr_currencies.json",
    ):
        assert path in names, f"the wheel lacks {path}"
    # Every data file under src/figures (lexicons, language and unit tables, templates)
    # ships: the scanner reads them at run time.
    source = ROOT / "src" / "figures"
    data = sorted(
        p.relative_to(source.parent).as_posix()
        for p in source.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc")
    )
    assert "figures/lexicon/lang/de.json" in data and "figures/lexicon/units/en.tsv" in data
    missing = [path for path in data if path not in names]
    assert not missing, f"the wheel lacks {missing}"
    assert not any(n.startswith(("tests/", "docs/", "benchmarks/")) for n in names)
    (meta,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = zipfile.ZipFile(wheel).read(meta).decode("utf-8")
    assert "Name: figures-text" in metadata
    assert f"Version: {figures.__version__}" in metadata
    assert "pip install figures-text" in metadata  # the README is the long description


def test_the_demo_runs_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    # Run outside the checkout, so only the installed copy can be imported.
    out = _run(venv / "bin" / "figures", SEED, cwd=tmp_path).stdout
    assert "Document date: 2023-03-20 (stated in the text)" in out
    assert "'1 million pounds' -> '$1.22 million'  consistent" in out
    assert "Inconsistent stated conversions: 0" in out
    probe = "import figures; print(figures.__file__)"
    where = _run(venv / "bin" / "python", "-c", probe, cwd=tmp_path)
    assert str(venv) in where.stdout


PROBE_DATA = """
import figures
de = figures.extract("Der Umsatz stieg um 12,5 Prozent auf 3,2 Milliarden Euro.", locale="de")
print([(f.text, str(f.value), f.currency or f.unit) for f in de])
units = figures.extract("It produced 5 MWh, or 20 Kilometer.", locale="en")
print([(f.text, f.unit) for f in units])
print(figures.extract("Es waren 20 Kilometer.", locale="de")[0].unit)
"""


def test_the_installed_wheel_reads_its_languages_and_units(venv: Path, tmp_path: Path) -> None:
    out = _run(venv / "bin" / "python", "-c", PROBE_DATA, cwd=tmp_path).stdout.splitlines()
    assert out[0] == str(
        [("12,5 Prozent", "12.5", "percent"), ("3,2 Milliarden Euro", "3200000000", "EUR")]
    )
    assert out[1].startswith("[('5 MWh', 'megawatt_hour')")
    assert out[2] == "kilometer"


def test_the_installed_wheel_writes_the_report_and_knows_its_rates(
    venv: Path, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    _run(venv / "bin" / "figures", "report", SEED, "--to", "USD", "-o", page, cwd=tmp_path)
    assert 'class="fig fig-money' in page.read_text("utf-8")
    env_dir = tmp_path / "data"
    info = subprocess.run(
        [str(venv / "bin" / "figures"), "rates", "info"],
        cwd=tmp_path,
        env={**os.environ, "FIGURES_DATA_DIR": str(env_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert info.returncode == 0 and info.stdout.startswith("embedded ECB data: fixings 1999-01-04")


def test_the_demo_environment_holds_no_test_tools(venv: Path, tmp_path: Path) -> None:
    # `make demo` installs the package alone: no pytest, hypothesis, Dask or Selenium.
    for tool in ("pytest", "hypothesis", "dask", "selenium", "mkdocs"):
        probe = subprocess.run(
            [str(venv / "bin" / "python"), "-c", f"import {tool}"],
            cwd=tmp_path,
            capture_output=True,
            timeout=60,
        )
        assert probe.returncode != 0, f"{tool} was installed with the package"


# ---------------------------------------------------------------- the compiled wheel


CANNOT_COMPILE = hook.cannot_compile()

# The read() of every text as JSON, one line: equal output from both builds.
PROBE_SAME = """
import json, sys
import figures, figures.scan.attach
print(figures.scan.attach.__file__, file=sys.stderr)  # which build
texts = json.load(open(sys.argv[1], encoding="utf-8"))
for text in texts:
    print(json.dumps(figures.read(text).to_dict(), sort_keys=True, default=str))
"""


def _texts(tmp: Path) -> Path:
    texts = [SEED.read_text("utf-8")]
    if REUTERS.is_file():  # the benchmark corpus beside the checkout (CI has it)
        with gzip.open(REUTERS, "rt", encoding="utf-8") as rows:
            texts += [json.loads(row)["body"] for row in itertools.islice(rows, 2000)]
    path = tmp / "texts.json"
    path.write_text(json.dumps(texts), "utf-8")
    return path


@pytest.mark.skipif(
    CANNOT_COMPILE is not None, reason=f"the compiled wheel cannot be built: {CANNOT_COMPILE}"
)
def test_the_compiled_wheel_installs_and_gives_the_pure_results(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    dist = tmp_path_factory.mktemp("dist-compiled")
    # no FIGURES_MYPYC: what `pip install figures-text` does from the sdist
    _run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", dist, cwd=dist)
    (built,) = dist.glob("figures_text-*.whl")
    assert built.name.endswith(f"-{sysconfig.get_platform().replace('-', '_')}.whl"), built
    names = set(zipfile.ZipFile(built).namelist())
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for module in hook.COMPILED:
        assert module in names and module.removesuffix(".py") + suffix in names, module
    env = tmp_path_factory.mktemp("venv-compiled")
    _run(sys.executable, "-m", "venv", env, cwd=env)
    _run(env / "bin" / "python", "-m", "pip", "install", "-q", built, cwd=env)
    probe = (
        "import figures.scan.attach as m, figures.scan.entry as e; print(m.__file__, e.__file__)"
    )
    attach, entry = _run(env / "bin" / "python", "-c", probe, cwd=tmp_path).stdout.split()
    assert attach.startswith(str(env)) and attach.endswith(suffix) and entry.endswith(".py")
    texts = _texts(tmp_path)
    (tmp_path / "same.py").write_text(PROBE_SAME, "utf-8")
    python = env / "bin" / "python"
    compiled = _run(python, "same.py", texts, cwd=tmp_path)
    # the pure source on the same interpreter and dependencies: compiling is the one change
    pure = _run(python, "same.py", texts, cwd=tmp_path, PYTHONPATH=str(ROOT / "src"))
    assert compiled.stderr.splitlines()[-1] == attach
    assert pure.stderr.splitlines()[-1] == str(ROOT / "src" / "figures" / "scan" / "attach.py")
    assert compiled.stdout.count("\n") == len(json.loads(texts.read_text("utf-8")))
    assert compiled.stdout == pure.stdout


def test_a_build_without_a_compiler_gives_the_pure_wheel(tmp_path: Path) -> None:
    args = ("-m", "pip", "wheel", ROOT, "--no-deps", "-v", "-w", tmp_path)
    done = _run(sys.executable, *args, cwd=tmp_path, CC="/nonexistent/cc")
    (built,) = tmp_path.glob("figures_text-*.whl")
    assert built.name.endswith("-py3-none-any.whl")
    assert "not compiling with mypyc: no C compiler found (looked for /nonexistent/cc)" in (
        done.stdout + done.stderr
    )
    assert not [n for n in zipfile.ZipFile(built).namelist() if n.endswith((".so", ".pyd"))]


def test_requiring_the_compiled_wheel_without_a_compiler_fails_saying_why(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path)],
        cwd=tmp_path,
        env=env | {"FIGURES_MYPYC": "require", "CC": "/nonexistent/cc"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode != 0
    assert "FIGURES_MYPYC=require: cannot build the compiled wheel: no C compiler found" in (
        done.stdout + done.stderr
    )
    assert not list(tmp_path.glob("*.whl"))
