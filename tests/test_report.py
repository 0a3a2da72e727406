"""The HTML report: what the page holds, read back from the HTML itself.

The HTML is parsed with the standard library's parser into elements with their
attributes and text, so each row below asks a question a reader would ask of the page
("is '1 million pounds' marked as money, with its GBP value?"). Expected values are
worked out by hand from the texts: 1,000,000 / 0.8214 = 1,217,433.65 USD; "1.00 million
pounds" is at most 1,005,000 / 0.82135 = 1,223,595.30 dollars and "$1.30 million" at
least 1,295,000, 5.84% apart (the gap: see docs/explanation/consistency.md). The
browser test is in test_report_browser.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import figures
from figures.cli import main, report_command
from figures.rates import ExchangeRate
from figures.report import how_far_off, render, render_many

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_06cab5962894b8ac.txt"
FLAGGED = (
    "date 2023-03-20 Britain pledged 1.00 million pounds ($1.30 million) to the ICC. "
    "France gave 2.00 million pounds ($2.44 million). Spain gave 3.00 million pounds "
    "($4.1 million). ($1 = 0.8214 pounds)"
)
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parts: list[str | Element] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        """The text inside, leaving out elements with a class in ``skip``."""
        return "".join(
            p if isinstance(p, str) else p.text(skip)
            for p in self.parts
            if isinstance(p, str) or not (p.classes & skip)
        )

    def iter(self) -> list[Element]:
        out = [self]
        for p in self.parts:
            if isinstance(p, Element):
                out += p.iter()
        return out


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].parts.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def parse(page: str) -> Element:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [tree.root], "unclosed elements"
    return tree.root


class Page:
    """A rendered report, parsed, with the look-ups the tests need."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.root = parse(html)
        self.elements = self.root.iter()
        self.by_id = {e.attrs["id"]: e for e in self.elements if "id" in e.attrs}

    def with_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.classes]

    def mark(self, text: str, doc: str = "") -> Element:
        """The mark of ``text`` (in document ``doc``, "d1", "d2"..., when given)."""
        found = [
            e
            for e in self.with_class("fig")
            if e.attrs.get("id", "").startswith(doc) and "id" in e.attrs and ft(e) == text
        ]
        assert len(found) == 1, (text, [ft(e) for e in self.with_class("fig")])
        return found[0]

    def note(self, text: str, doc: str = "") -> dict[str, str]:
        """The side note of the mark of ``text``: key -> value."""
        tip = self.by_id[self.mark(text, doc).attrs["aria-describedby"]]
        out = {}
        for kv in (p for p in tip.parts if isinstance(p, Element)):
            key = kv.parts[0]
            assert isinstance(key, Element)
            out[key.text()] = kv.text()[len(key.text()) :].strip()
        return out

    def rows(self, heading: str) -> list[list[str]]:
        """The body rows of the table after the heading that starts with ``heading``."""
        elements = self.elements
        start = next(
            i for i, e in enumerate(elements) if e.tag == "h3" and e.text().startswith(heading)
        )
        table = next(e for e in elements[start:] if e.tag == "table")
        body = next(e for e in table.iter() if e.tag == "tbody")
        return [
            [" ".join(td.text().split()) for td in tr.iter() if td.tag == "td"]
            for tr in body.iter()
            if tr.tag == "tr"
        ]


def ft(mark: Element) -> str:
    return next(e for e in mark.iter() if "ft" in e.classes).text()


@pytest.fixture(scope="module")
def seed() -> Page:
    return Page(figures.read(SEED.read_text("utf-8")).to_html("USD"))


@pytest.fixture(scope="module")
def flagged() -> Page:
    return Page(figures.read(FLAGGED).to_html("USD"))


# (figure text, kind class, letter, note entries it must show)
SEED_MARKS = [
    pytest.param(
        "1 million pounds",
        "money",
        "M",
        {
            "exact value": "1,000,000",
            "currency": "GBP (assumed)",
            "precision": "1,000,000",
            "in USD": "$1,217,433.65",
            "path": "GBP -> USD (inverse; inline)",
            "source": "inline",
        },
        id="money-converted-inline",
    ),
    pytest.param(
        "$1.22 million",
        "money",
        "M",
        {"exact value": "1,220,000", "precision": "10,000", "source": "identity"},
        id="money-identity",
    ),
    pytest.param(
        "more than 72,000",
        "number",
        "N",
        {"exact value": "72,000", "qualifier": "over", "precision": "1"},
        id="qualifier-over",
    ),
    pytest.param(
        "hundreds",
        "number",
        "N",
        {"bounds": "200 to 1,000", "qualifier": "vague"},
        id="vague-bounds",
    ),
]


@pytest.mark.parametrize(("text", "kind", "letter", "note"), SEED_MARKS)
def test_seed_figure_is_marked_by_kind_with_its_note(
    seed: Page, text: str, kind: str, letter: str, note: dict[str, str]
) -> None:
    mark = seed.mark(text)
    assert f"fig-{kind}" in mark.classes and mark.attrs["data-kind"] == kind
    tag = next(e for e in mark.iter() if "tag" in e.classes)
    assert tag.text() == letter and tag.attrs["href"] == f"#{mark.attrs['id']}-row"
    assert seed.by_id[f"{mark.attrs['id']}-row"].tag == "tr"
    shown = seed.note(text)
    assert shown["kind"] == kind
    for key, value in note.items():
        assert shown[key] == value, key


def test_every_seed_figure_is_marked_once(seed: Page) -> None:
    doc = figures.read(SEED.read_text("utf-8"))
    marks = [
        ft(e) for e in seed.with_class("fig") if "id" in e.attrs and "fig-rate" not in e.classes
    ]
    assert marks == [f.text for f in doc.figures]


# (text, figure, kind class, note entries)
OTHER_MARKS = [
    pytest.param(
        "Inflation rose 5% this year.", "5%", "percent", {"unit": "percent"}, id="percent"
    ),
    pytest.param(
        "They walked 3 km home.", "3 km", "quantity", {"unit": "kilometer"}, id="quantity"
    ),
    pytest.param(
        "A grant of $5-6 million was paid.",
        "$5-6 million",
        "money",
        {"bounds": "5,000,000 to 6,000,000", "currency": "USD (assumed)"},
        id="range",
    ),
    pytest.param(
        "Siemens will invest 2 billion euros.",
        "2 billion euros",
        "money",
        {
            "in USD": "not converted: no exchange rate path from EUR to USD: the table is empty; "
            "the document has no date for ECB rates: pass date= or rates="
        },
        id="no-rate-says-why",
    ),
]


@pytest.mark.parametrize(("text", "figure", "kind", "note"), OTHER_MARKS)
def test_figure_mark(text: str, figure: str, kind: str, note: dict[str, str]) -> None:
    page = Page(figures.read(text).to_html("USD"))
    assert f"fig-{kind}" in page.mark(figure).classes
    shown = page.note(figure)
    for key, value in note.items():
        assert shown[key] == value, key


def test_without_to_no_conversion_is_shown(seed: Page) -> None:
    page = Page(figures.read(SEED.read_text("utf-8")).to_html())
    assert "in USD" not in page.note("1 million pounds")
    assert "path" not in page.note("1 million pounds")


# (heading, expected rows); each row is the cells' text
SEED_TABLES = [
    pytest.param(
        "Rates",
        [
            ["inline", "1 USD = 0.8214 GBP", "$1 = 0.8214 pounds", ""],
            ["ECB", "1 EUR = 1.0717 USD", "", "2023-03-20"],
            ["ECB", "1 EUR = 0.8756 GBP", "", "2023-03-20"],
        ],
        id="rates",
    ),
    pytest.param(
        "Audit",
        [["1 USD = 0.8214 GBP", "0.81702 (2023-03-20)", "+0.54%"]],
        id="audit",
    ),
    pytest.param(
        "Stated conversions",
        [
            [
                "1 million pounds",
                "$1.22 million",
                "1.220000",
                "1,217,433.65 ± 613,827.99",  # see test_document's seed pair
                "consistent at GBP -> USD (inverse; inline)",
                "0.00%",
            ]
        ],
        id="pairs",
    ),
]


@pytest.mark.parametrize(("heading", "rows"), SEED_TABLES)
def test_seed_tables(seed: Page, heading: str, rows: list[list[str]]) -> None:
    assert seed.rows(heading) == rows


def test_rate_sources_are_told_apart() -> None:
    text = "date 2023-03-20 The euro was at $1.08 on Monday; 5 pounds ($1 = 0.8214 pounds)."
    caller = ExchangeRate("CHF", "USD", Decimal("1.07"))
    page = Page(figures.read(text, rates=[caller]).to_html())
    labels = [(row[0], row[1]) for row in page.rows("Rates")]
    assert labels[:3] == [
        ("prose", "1 EUR = 1.08 USD"),
        ("inline", "1 USD = 0.8214 GBP"),
        ("caller", "1 CHF = 1.07 USD"),
    ]
    assert ("ECB", "1 EUR = 1.0717 USD") in labels


def test_restatement_links_to_its_original(seed: Page) -> None:
    original, restated = seed.mark("1 million pounds"), seed.mark("$1.22 million")
    back = [e.attrs for e in restated.iter() if "pair" in e.classes]
    forth = [e.attrs for e in original.iter() if "pair" in e.classes]
    assert [(a["href"], a["aria-label"]) for a in back] == [
        (f"#{original.attrs['id']}", "restates 1 million pounds")
    ]
    assert [(a["href"], a["aria-label"]) for a in forth] == [
        (f"#{restated.attrs['id']}", "restated as $1.22 million")
    ]
    assert "flagged" not in original.classes and not seed.with_class("flags")


def test_flags_sorted_by_severity_link_to_their_sentence(flagged: Page) -> None:
    # "3.00 million pounds" is 2,995,000-3,005,000, at most 3,005,000 / 0.82135 =
    # 3,658,610.82 dollars; "$4.1 million" starts at 4,050,000: 10.70% apart. Tolerance:
    # 3,658,610.82 + 50,000 - 3,652,300.95 = 56,309.87. "$1.30 million" starts at
    # 1,295,000, 5.84% above 1,005,000 / 0.82135 = 1,223,595.30 (tolerance 11,161.65);
    # "$2.44 million" (from 2,435,000) meets 2,005,000 / 0.82135 = 2,441,103.06: not flagged
    items = [li for li in flagged.elements if li.tag == "li" and "id" in li.attrs]
    assert [" ".join(li.text().split()) for li in items] == [
        "3.00 million pounds → $4.1 million: off by 10.70% beyond the tolerance; expected "
        "3,652,300.95 ± 56,309.87, stated differs by +12.26%, at GBP -> USD (inverse; inline).",
        "1.00 million pounds → $1.30 million: off by 5.84% beyond the tolerance; expected "
        "1,217,433.65 ± 11,161.65, stated differs by +6.78%, at GBP -> USD (inverse; inline).",
    ]
    for li, restated in zip(items, ["$4.1 million", "$1.30 million"], strict=True):
        link = next(e for e in li.iter() if e.tag == "a")
        sentence = flagged.by_id[link.attrs["href"][1:]]
        assert "sent" in sentence.classes and "flagged-sentence" in sentence.classes
        assert restated in sentence.text(frozenset({"tip", "tag", "pair", "sr"}))
        mark = flagged.mark(restated)
        assert "flagged" in mark.classes
        assert f"#{li.attrs['id']}" in [e.attrs.get("href") for e in mark.iter()]
    assert "flagged" not in flagged.mark("$2.44 million").classes


# (pair's texts, how far off): worked out by hand above and in the module docstring
HOW_FAR_OFF = [
    pytest.param(FLAGGED, "$1.30 million", "5.84", id="point-beyond"),
    pytest.param(FLAGGED, "$2.44 million", "0.00", id="point-within"),
    pytest.param(
        # $4.95-5.05 million at the ECB's 1.0717 (1.07165-1.07175) dollars a euro is at
        # least 4,950,000 / 1.07175 = 4,618,614.42 euros, 3.79% above "4.4" (at most
        # 4,450,000); the high end, 5,950,000 / 1.07175 = 5,551,667.83, is 0.03% above
        # 5,550,000; the worse end counts
        "date 2023-03-20 A grant of $5.0-6.0 million (4.4-5.5 million euros).",
        "4.4-5.5 million euros",
        "3.79",
        id="ranges-worse-end",
    ),
    pytest.param("Paid 1 million pounds ($1.30 million).", "$1.30 million", None, id="no-rate"),
]


@pytest.mark.parametrize(("text", "restated", "percent"), HOW_FAR_OFF)
def test_how_far_off(text: str, restated: str, percent: str | None) -> None:
    pair = next(p for p in figures.read(text).pairs if p.restated.text == restated)
    off = how_far_off(pair)
    if percent is None:
        assert off is None
    else:
        assert off is not None and f"{off * 100:.2f}" == percent


# (where the hostile text goes, how it is passed)
HOSTILE = "<script>document.title='owned'</script><img src=x onerror=alert(1)> & \"q\""


def test_source_text_is_escaped() -> None:
    doc = figures.read(f"Paid $5 {HOSTILE} and 5%.")
    page = render_many([(f"{HOSTILE}.txt", doc)], title=HOSTILE)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;" in page
    parsed = Page(page)
    assert not [e for e in parsed.elements if e.tag in ("script", "img")]
    text = next(e for e in parsed.elements if "text" in e.classes)
    assert HOSTILE in text.text(frozenset({"tip", "tag", "pair", "sr"}))
    assert next(e for e in parsed.elements if e.tag == "title").text() == HOSTILE


def test_page_is_self_contained(flagged: Page) -> None:
    html = flagged.html
    for outside in ("http:", "https:", "//", "<link", "<script", "src=", "@import", "url("):
        assert outside not in html, outside
    assert all(e.attrs["href"].startswith("#") for e in flagged.elements if e.tag == "a"), (
        "every link stays in the page"
    )
    targets = {e.attrs["href"][1:] for e in flagged.elements if e.tag == "a"}
    assert targets <= set(flagged.by_id), targets - set(flagged.by_id)


def test_accessibility_hooks(flagged: Page) -> None:
    assert flagged.root.parts and re.search(r'<html lang="en">', flagged.html)
    assert 'name="viewport"' in flagged.html
    for mark in flagged.with_class("fig"):
        if "id" not in mark.attrs:
            continue  # the legend
        tip = flagged.by_id[mark.attrs["aria-describedby"]]
        assert tip.attrs["role"] == "tooltip"
    # kind is spelled out for screen readers, and flagged marks say so in words
    sr = flagged.mark("$1.30 million").iter()[1]
    assert "sr" in sr.classes and sr.text() == "money, flagged: "


def test_index_of_several_documents() -> None:
    docs = [
        ("seed.txt", figures.read(SEED.read_text("utf-8"))),
        ("flagged.txt", figures.read(FLAGGED)),
        ("empty.txt", figures.read("")),
    ]
    page = Page(render_many(docs, to="EUR"))
    assert len(page.with_class("doc")) == 3
    index = next(e for e in page.elements if e.tag == "nav")
    rows = [
        [" ".join(td.text().split()) for td in tr.iter() if td.tag == "td"]
        for tr in index.iter()
        if tr.tag == "tr" and "id" in tr.attrs
    ]
    # document, flags, figures, money, percent, number, quantity, rates, pairs, date
    assert [r[:1] + r[2:] for r in rows] == [
        ["seed.txt", "5", "2", "0", "3", "0", "1", "1", "2023-03-20 (stated in the text)"],
        ["flagged.txt", "6", "6", "0", "0", "0", "1", "3", "2023-03-20 (stated in the text)"],
        ["empty.txt", "0", "0", "0", "0", "0", "0", "0", "unknown"],
    ]
    assert [r[1] for r in rows] == [
        "none",
        "2: 3.00 million pounds → $4.1 million (10.70%); 1.00 million pounds → $1.30 million"
        " (5.84%)",
        "none",
    ]
    flag_links = [e.attrs["href"] for e in index.iter() if e.tag == "a" and "flaglink" in e.classes]
    assert flag_links and all(page.by_id[h[1:]].tag == "span" for h in flag_links)
    assert all(h.startswith("#d2-s") for h in flag_links)


def test_single_document_has_no_index(seed: Page) -> None:
    assert not [e for e in seed.elements if e.tag == "nav"]


@given(st.text(alphabet=st.sampled_from("ab <>&\"'\n.$5%€£,0123456789 millionKm"), max_size=80))
def test_text_comes_through_whole(text: str) -> None:
    # Law: the page shows the source text, every character once and in order; only the
    # blank lines between paragraphs become paragraph breaks.
    page = Page(render(figures.read(text)))
    box = next(e for e in page.elements if "text" in e.classes)
    shown = "".join(
        p.text(frozenset({"tip", "tag", "pair", "sr"})) for p in box.parts if isinstance(p, Element)
    )
    assert shown == re.sub(r"\n[ \t]*\n\s*", "", text)


def test_cli_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    story = tmp_path / "story.txt"
    story.write_text(FLAGGED, encoding="utf-8")
    assert main(["report", str(SEED), str(story), "-o", str(out), "--to", "EUR"]) == 0
    page = Page(out.read_text("utf-8"))
    assert len(page.with_class("doc")) == 2
    # 1,000,000 pounds at the ECB's 0.8756 pounds a euro: 1,142,074.01 euros
    assert page.note("1 million pounds", "d1-")["in EUR"] == "€1,142,074.01"
    assert page.note("1.00 million pounds", "d2-")["source"] == "ecb 2023-03-20"


def test_cli_date_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    story = tmp_path / "story.txt"
    story.write_text("Paid 2 billion euros.", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    status = report_command(
        [str(story), str(missing), "-o", str(out), "--to", "USD", "--date", "2023-03-20"]
    )
    assert status == 1 and "nope.txt" in capsys.readouterr().err
    page = Page(out.read_text("utf-8"))
    assert page.note("2 billion euros")["in USD"] == "$2,143,400,000.00"


def test_cli_needs_an_output() -> None:
    with pytest.raises(SystemExit) as exit_:
        raise SystemExit(report_command([str(SEED)]))
    assert exit_.value.code == 2
