"""The HTML report in a real browser: Debian's Chromium, driven by Selenium.

The page itself has no script; the test uses the browser's DOM and layout to check what
a reader gets: highlighted spans, flag links that land on their sentence, notes that
open on focus, no hostile script run, no sideways scrolling at phone width, and a
screenshot at desktop and phone width (saved under pytest's tmp_path).

The browser comes from the system packages (``apt-get install chromium
chromium-driver``; ``.ci/run`` installs them). Without them the test is skipped with a
loud reason, except under CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import figures
from figures.report import render_many

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_06cab5962894b8ac.txt"
FLAGGED = (
    "date 2023-03-20 Britain pledged 1.00 million pounds ($1.30 million) to the ICC. "
    + "Filler sentence number one. " * 60
    + "Spain gave 3.00 million pounds ($4.1 million) and <script>document.title='owned'"
    "</script> 5% of 3 km. ($1 = 0.8214 pounds)"
)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _need_browser() -> None:
    missing = [p for p in (CHROMIUM, DRIVER) if not os.access(p, os.X_OK)]
    if not missing:
        return
    why = (
        f"NO BROWSER: {', '.join(missing)} missing; the HTML report was NOT checked in a "
        "browser. Install it: apt-get install -y chromium chromium-driver"
    )
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="figures-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}", "--window-size=1200,900"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    docs = [
        ("seed.txt", figures.read(SEED.read_text("utf-8"))),
        ("flagged.txt", figures.read(FLAGGED)),
    ]
    path.write_text(render_many(docs, to="USD", title="Report"), encoding="utf-8")
    return path


def _open(driver: Any, path: Path, width: int, height: int = 900) -> None:
    driver.set_window_size(width, height)
    driver.get(path.as_uri())


def test_marks_and_flag_links_in_the_dom(browser: Any, report: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, report, 1200)
    assert browser.title == "Report", "a script in the text ran"
    marks = browser.find_elements(By.CSS_SELECTOR, ".doc .fig[id]")
    kinds = [
        (m.find_element(By.CSS_SELECTOR, ".ft").text, m.get_attribute("data-kind")) for m in marks
    ]
    assert kinds[:5] == [
        ("hundreds", "number"),
        ("thousands", "number"),
        ("more than 72,000", "number"),
        ("1 million pounds", "money"),
        ("$1.22 million", "money"),
    ]
    assert ("5%", "percent") in kinds and ("3 km", "quantity") in kinds
    assert not browser.find_elements(By.CSS_SELECTOR, ".doc script")
    text = browser.find_element(By.CSS_SELECTOR, "#d2 .text").text
    assert "<script>document.title='owned'</script>" in text

    # a note is hidden until its figure has focus, then shown
    tip = browser.find_element(By.ID, "d1-f4-tip")
    assert not tip.is_displayed()
    browser.execute_script("document.querySelector('#d1-f4 .tag').focus()")
    assert tip.is_displayed() and "$1,217,433.65" in tip.text

    # the flags, worst first, each landing on its sentence (far down the page)
    flags = browser.find_elements(By.CSS_SELECTOR, "#d2 .flags li a.flaglink")
    assert [f.text for f in flags] == [
        # both sides are rounded: "3 million pounds" would stand for 2.5-3.5 million and
        # pass; written to the ten thousand they are 10.70% and 5.84% off (see test_report)
        "3.00 million pounds → $4.1 million",
        "1.00 million pounds → $1.30 million",
    ]
    worst = flags[0]
    href = worst.get_attribute("href")
    assert href is not None
    target = href.rsplit("#", 1)[1]
    worst.click()
    assert browser.execute_script("return location.hash") == f"#{target}"
    sentence = browser.find_element(By.ID, target)
    assert "$4.1 million" in sentence.text and "Spain gave" in sentence.text
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", sentence)
    assert 0 <= top < browser.execute_script("return innerHeight"), "not scrolled to it"
    assert browser.execute_script("return scrollY") > 500
    matched = browser.execute_script("return arguments[0].matches(':target')", sentence)
    assert matched, "the sentence is not highlighted as the target"
    shot = tmp_path / "flag.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000


@pytest.mark.parametrize(("width", "name"), [(1200, "desktop"), (390, "phone")])
def test_fits_the_screen(browser: Any, report: Path, tmp_path: Path, width: int, name: str) -> None:
    _open(browser, report, width)
    page_width = browser.execute_script("return document.documentElement.scrollWidth")
    assert page_width <= browser.execute_script("return innerWidth"), "page scrolls sideways"
    shot = tmp_path / f"report-{name}.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
