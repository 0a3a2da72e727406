"""One self-contained HTML file that shows a document's figures, rates and flags.

:func:`render` draws one document, :func:`render_many` several behind an index, and
``figures report FILE... -o report.html`` (:func:`figures.cli.report_command`) writes
either to disk.
The page has no script and loads nothing: its style sheet is inlined, so it works
opened from disk, without JavaScript and without a network. Every piece of the source
text goes through Jinja2's autoescaping, so a text holding ``<script>`` shows as text.

What it shows: the text with every figure marked by kind (a colour, a letter and an
underline pattern, so colour is never the only signal), each with a note of its exact
value, bounds, qualifier, currency or unit, precision and, with ``to=``, its converted
amount, rate path and source; the document's rates (inline, prose, caller, and the ECB
fixing with its day) and the audit of the inline ones against the ECB; each stated
conversion linked to its original; and the inconsistent ones, sorted by how far off
they are, each linking to its sentence.

The Jinja2 environment is built on first use and cached for the process.

>>> import figures
>>> doc = figures.read("Paid 1 million pounds ($1.30 million). ($1 = 0.8214 pounds)")
>>> page = render(doc, to="USD")
>>> page.startswith("<!DOCTYPE html>"), 'class="fig fig-money flagged"' in page
(True, True)
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any

from figures.errors import FiguresError
from figures.model import Figure, Kind
from figures.rates import ExchangeRate

if TYPE_CHECKING:  # the report draws documents; it never reads or builds one
    from figures.document import Conversion, Document, Pair

__all__ = ["how_far_off", "render", "render_many"]

# The letter drawn after each figure, so that a kind never rests on colour alone.
KIND_LETTERS = {Kind.MONEY: "M", Kind.PERCENT: "P", Kind.NUMBER: "N", Kind.QUANTITY: "Q"}

_CONTEXT = decimal.Context(prec=50, rounding=decimal.ROUND_HALF_EVEN)
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a
# capital, digit or opening quote; "U.S. officials" may split, which only moves an anchor.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def how_far_off(pair: Pair) -> Decimal | None:
    """How far a stated conversion lies beyond what rounding allows: :attr:`Pair.gap`,
    0 when consistent, None when it cannot be told (no rate, a vague amount).

    The nearer ends of the two sides' intervals, apart as a fraction of the smaller (see
    :mod:`figures.consistency`). The report sorts its flags by this number.

    >>> import figures
    >>> doc = figures.read("Paid 1.00 million pounds ($1.30 million). ($1 = 0.8214 pounds)")
    >>> round(how_far_off(doc.pairs[0]) * 100, 2)
    Decimal('5.84')
    """
    return None if pair.consistent is None else pair.gap


# -- formatting ------------------------------------------------------------------------


def _num(value: Decimal | None) -> str:
    """A Decimal with thousands separators and every digit it has: never rounded."""
    if value is None:
        return ""
    return f"{value:,f}"


def _percent(fraction: Decimal | None, places: int = 2) -> str:
    if fraction is None:
        return ""
    with decimal.localcontext(_CONTEXT):
        return f"{fraction * 100:+.{places}f}%"


def _amount(fig: Figure) -> str:
    if fig.value is not None:
        return _num(fig.value)
    return f"{_num(fig.low)} to {_num(fig.high)}"


def _converted(conv: Conversion) -> str:
    if conv.money is not None:
        return conv.money.rounded().format("en")
    if conv.low is not None and conv.high is not None:
        return f"{conv.low.rounded().format('en')} to {conv.high.rounded().format('en')}"
    return ""


# -- the page model ------------------------------------------------------------------------


@dataclass
class _Mark:
    """A marked stretch of the text: a figure or a rate statement."""

    start: int
    end: int
    text: str
    ident: str
    kind: str  # "money", "percent", "number", "quantity" or "rate"
    letter: str
    note: list[tuple[str, str]]
    flagged: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, label)


@dataclass
class _Sentence:
    ident: str
    parts: list[str | _Mark]
    flagged: bool = False


@dataclass
class _PairRow:
    """A stated conversion as the page shows it."""

    ident: str
    original: str
    original_id: str
    restated: str
    restated_id: str
    implied: str
    document_rate: str
    expected: str
    tolerance: str
    difference: str
    off: Decimal | None
    off_text: str
    verdict: str
    sentence_id: str = ""
    flag_id: str = ""


def _pair_row(p: Pair, ident: str, original_id: str, restated_id: str) -> _PairRow:
    off = how_far_off(p)
    difference = ""
    if p.difference is not None and p.expected:
        with decimal.localcontext(_CONTEXT):
            difference = _percent(p.difference / p.expected)
    implied = ""
    if p.implied_rate is not None:
        implied = f"{p.implied_rate:,.6f}"
    return _PairRow(
        ident=ident,
        original=p.original.text,
        original_id=original_id,
        restated=p.restated.text,
        restated_id=restated_id,
        implied=implied,
        document_rate="" if p.path is None else str(p.path),
        # Decimal's own formatting rounds for display and cannot overflow a context
        expected="" if p.expected is None else f"{p.expected:,.2f}",
        tolerance="" if p.tolerance is None else f"{p.tolerance:,.2f}",
        difference=difference,
        off=off,
        off_text="" if off is None else _percent(off).lstrip("+"),
        verdict={True: "consistent", False: "inconsistent", None: "cannot check"}[p.consistent],
    )


def _figure_note(fig: Figure, conv: Conversion | None, to: str | None) -> list[tuple[str, str]]:
    note: list[tuple[str, str]] = [("kind", fig.kind.value)]
    if fig.value is not None:
        note.append(("exact value", _num(fig.value)))
    if fig.low is not None or fig.high is not None:
        note.append(("bounds", f"{_num(fig.low)} to {_num(fig.high)}"))
    if fig.qualifier is not None:
        note.append(("qualifier", fig.qualifier.value))
    if fig.currency:
        assumed = " (assumed)" if fig.currency_assumed else ""
        note.append(("currency", fig.currency + assumed))
    if fig.unit:
        note.append(("unit", fig.unit))
    if fig.precision is not None:
        note.append(("precision", _num(fig.precision)))
    if fig.note:
        note.append(("note", fig.note))
    if conv is not None and to is not None:
        if conv.error:
            note.append((f"in {to}", f"not converted: {conv.error}"))
        else:
            note.append((f"in {to}", _converted(conv)))
            note.append(("path", str(conv.path)))
            note.append(("source", conv.source or ""))
    return note


def _boundaries(text: str, pattern: re.Pattern[str], marks: list[_Mark]) -> list[tuple[int, int]]:
    """Spans of ``pattern`` that cut no mark."""
    return [
        (m.start(), m.end())
        for m in pattern.finditer(text)
        if all(not (mark.start < m.end() and m.start() < mark.end) for mark in marks)
    ]


def _rate_label(rate: ExchangeRate) -> str:
    return "ECB" if rate.source == "ecb" else rate.source


def _conversions(doc: Document, to: str | None) -> tuple[dict[int, Conversion], str | None]:
    """Each money figure's conversion to ``to``, by start offset, or why there is none."""
    if to is None:
        return {}, None
    try:
        return {c.figure.start: c for c in doc.convert(to)}, None
    except FiguresError as err:
        return {}, str(err)


def _marks(
    doc: Document, conversions: dict[int, Conversion], to: str | None, prefix: str
) -> tuple[list[_Mark], dict[int, str], dict[int, str]]:
    """The marks in text order, and the ids of figures and rate statements by start."""
    marks: list[_Mark] = []
    fig_ids: dict[int, str] = {}
    for n, fig in enumerate(doc.figures, 1):
        ident = f"{prefix}f{n}"
        fig_ids[fig.start] = ident
        note = _figure_note(fig, conversions.get(fig.start), to)
        marks.append(
            _Mark(fig.start, fig.end, fig.text, ident, fig.kind.value, KIND_LETTERS[fig.kind], note)
        )
    # rate statements that overlap no figure are marked too (a footnote is no figure)
    rate_ids: dict[int, str] = {}
    for n, rate in enumerate(doc.rates, 1):
        if rate.start is None or rate.end is None or rate.start in rate_ids:
            continue
        if any(m.start < rate.end and rate.start < m.end for m in marks):
            continue
        ident = f"{prefix}r{n}"
        rate_ids[rate.start] = ident
        note = [("rate", str(rate)), ("kind", _rate_label(rate))]
        text = doc.text[rate.start : rate.end]
        marks.append(_Mark(rate.start, rate.end, text, ident, "rate", "R", note))
    marks.sort(key=lambda m: m.start)
    return marks, fig_ids, rate_ids


def _pair_rows(
    doc: Document, prefix: str, fig_ids: dict[int, str], marks: list[_Mark]
) -> tuple[list[_PairRow], list[_PairRow]]:
    """Each stated conversion, linked both ways to its marks, and the flags worst first."""
    by_id = {m.ident: m for m in marks}
    pair_rows: list[_PairRow] = []
    for n, p in enumerate(doc.pairs, 1):
        row = _pair_row(p, f"{prefix}p{n}", fig_ids[p.original.start], fig_ids[p.restated.start])
        pair_rows.append(row)
        by_id[row.restated_id].links.append((f"#{row.original_id}", f"restates {row.original}"))
        by_id[row.original_id].links.append((f"#{row.restated_id}", f"restated as {row.restated}"))
        if p.consistent is False:
            by_id[row.original_id].flagged = by_id[row.restated_id].flagged = True
    # worst first; a flag whose distance cannot be told goes last
    flags = sorted(
        (r for r in pair_rows if r.verdict == "inconsistent"),
        key=lambda r: (r.off is None, -(r.off or 0)),
    )
    for rank, row in enumerate(flags, 1):
        row.flag_id = f"{prefix}flag{rank}"
        by_id[row.restated_id].links.append((f"#{row.flag_id}", f"flag {rank}"))
    return pair_rows, flags


def _paragraphs(
    text: str, marks: list[_Mark], prefix: str
) -> tuple[list[list[_Sentence]], dict[str, str], list[tuple[int, int, str]]]:
    """Paragraphs of sentences of text and marks; the sentence of each mark; the span
    and id of each sentence."""
    # the blank lines between paragraphs become the gap between <p>s; a sentence keeps
    # the space after it
    breaks = _boundaries(text, _PARAGRAPH, marks)
    sentence_cuts = {end for _, end in _boundaries(text, _SENTENCE_END, marks)}
    paragraphs: list[list[_Sentence]] = []
    sentence_of: dict[str, str] = {}
    sentence_spans: list[tuple[int, int, str]] = []
    starts = [0, *(end for _, end in breaks)]
    ends = [*(start for start, _ in breaks), len(text)]
    mark_iter = iter(marks)
    pending = next(mark_iter, None)
    for p_start, p_end in zip(starts, ends, strict=True):
        if p_start >= p_end:
            continue
        cuts = sorted(c for c in sentence_cuts if p_start < c < p_end)
        sentences: list[_Sentence] = []
        for s_start, s_end in zip([p_start, *cuts], [*cuts, p_end], strict=True):
            sentence = _Sentence(f"{prefix}s{len(sentence_spans) + 1}", [])
            sentence_spans.append((s_start, s_end, sentence.ident))
            at = s_start
            while pending is not None and pending.start < s_end:
                if pending.start > at:
                    sentence.parts.append(text[at : pending.start])
                sentence.parts.append(pending)
                sentence_of[pending.ident] = sentence.ident
                sentence.flagged = sentence.flagged or pending.flagged
                at = pending.end
                pending = next(mark_iter, None)
            if at < s_end:
                sentence.parts.append(text[at:s_end])
            sentences.append(sentence)
        paragraphs.append(sentences)
    return paragraphs, sentence_of, sentence_spans


def _figure_row(
    fig: Figure, ident: str, sentence_id: str, conv: Conversion | None
) -> dict[str, Any]:
    return {
        "ident": ident,
        "sentence_id": sentence_id,
        "text": fig.text,
        "kind": fig.kind.value,
        "letter": KIND_LETTERS[fig.kind],
        "amount": _amount(fig),
        "qualifier": "" if fig.qualifier is None else fig.qualifier.value,
        "currency": fig.currency or fig.unit or "",
        "precision": _num(fig.precision),
        "converted": _converted(conv) if conv is not None else "",
        "conversion_error": conv.error if conv is not None else "",
        "path": str(conv.path or "") if conv is not None else "",
        "source": (conv.source or "") if conv is not None else "",
    }


def _rate_row(
    rate: ExchangeRate, label: str, *, ident: str = "", href: str = "", stated: bool = False
) -> dict[str, str]:
    """A row of the rates table: a stated rate shows its words, any other its day."""
    return {
        "ident": ident,
        "label": label,
        "rate": str(rate),
        "text": (rate.text or "") if stated else "",
        "href": href,
        "date": rate.date.isoformat() if rate.date and not stated else "",
    }


def _rate_rows(
    doc: Document, prefix: str, rate_ids: dict[int, str], spans: list[tuple[int, int, str]]
) -> list[dict[str, str]]:
    """The document's stated rates, each linked to its mark or sentence, then the caller's."""
    rows = []
    for n, rate in enumerate(doc.rates, 1):
        target = rate_ids.get(rate.start) if rate.start is not None else None
        if target is None and rate.start is not None:
            # its numbers are figures: link to the sentence that states it
            target = next((ident for s, e, ident in spans if s <= rate.start < e), None)
        href = f"#{target}" if target else ""
        label = _rate_label(rate)
        rows.append(_rate_row(rate, label, ident=f"{prefix}r{n}-row", href=href, stated=True))
    rows += [_rate_row(r, "caller") for r in doc.caller_rates]
    return rows


def _audit_rows(doc: Document) -> list[dict[str, Any]]:
    audits = []
    for a in doc.audit_rates():
        reference = ""
        if a.reference is not None:
            days = ", ".join(str(d) for d in a.reference.dates)
            reference = f"{a.reference.rate:.5f} ({days})"
        audits.append(
            {
                "rate": str(a.rate),
                "reference": reference,
                "difference": _percent(a.relative_difference),
                "large": a.relative_difference is not None and abs(a.relative_difference) > 0.05,
                "error": a.error or "",
            }
        )
    return audits


def _date_label(doc: Document) -> str:
    if doc.date is None:
        return "unknown"
    how = {"given": "given", "text": "stated in the text"}.get(doc.date_source or "", "")
    return f"{doc.date.isoformat()} ({how})" if how else doc.date.isoformat()


def _document_view(doc: Document, to: str | None, prefix: str, name: str) -> dict[str, Any]:
    """Everything the template draws for one document, as plain values."""
    conversions, convert_error = _conversions(doc, to)
    marks, fig_ids, rate_ids = _marks(doc, conversions, to, prefix)
    pair_rows, flags = _pair_rows(doc, prefix, fig_ids, marks)
    paragraphs, sentence_of, sentence_spans = _paragraphs(doc.text, marks, prefix)
    for row in pair_rows:
        row.sentence_id = sentence_of[row.original_id]
    figure_rows = [
        _figure_row(
            fig, fig_ids[fig.start], sentence_of[fig_ids[fig.start]], conversions.get(fig.start)
        )
        for fig in doc.figures
    ]
    ecb_rows, ecb_note = _ecb_rows(doc, to)
    return {
        "name": name,
        "ident": prefix.rstrip("-"),
        "date": _date_label(doc),
        "to": to,
        "convert_error": convert_error,
        "paragraphs": paragraphs,
        "figures": figure_rows,
        "kinds": {k.value: sum(1 for f in doc.figures if f.kind is k) for k in Kind},
        "rates": _rate_rows(doc, prefix, rate_ids, sentence_spans) + ecb_rows,
        "stated_rates": len(doc.rates),
        "ecb_note": ecb_note,
        "audits": _audit_rows(doc),
        "pairs": pair_rows,
        "flags": flags,
    }


def _ecb_rows(doc: Document, to: str | None) -> tuple[list[dict[str, str]], str]:
    """The ECB fixing of the document's date for the currencies it speaks of."""
    if doc.date is None:
        return [], "No ECB reference rates: the document has no date."
    from figures.ecb import ecb_rates

    try:
        table = ecb_rates(doc.date, max_age_days=doc.max_age_days)
    except FiguresError as err:
        return [], f"No ECB reference rates: {err}"
    wanted = {f.currency for f in doc.money if f.currency}
    wanted |= {code for r in doc.rates for code in (r.base, r.quote)}
    if to is not None:
        wanted.add(to.upper())
    return [_rate_row(r, "ECB") for r in table if r.quote in wanted and r.quote != "EUR"], ""


# -- rendering -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("figures", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.tests["mark"] = lambda part: isinstance(part, _Mark)
    return env


def _style() -> str:
    return resources.files("figures").joinpath("templates/report.css").read_text("utf-8")


def render(doc: Document, *, to: str | None = None, title: str | None = None) -> str:
    """One document as a self-contained HTML page (see the module docstring).

    ``to`` adds each money figure's amount in that currency, with its rate path and
    source; ``title`` names the page (default "figures report").
    """
    return render_many([(title or "document", doc)], to=to, title=title)


def render_many(
    documents: Iterable[tuple[str, Document]],
    *,
    to: str | None = None,
    title: str | None = None,
) -> str:
    """Several ``(name, document)`` pairs as one self-contained HTML page, behind an
    index with each document's counts and flags (no index for a single document).

    >>> import figures
    >>> page = render_many([("a.txt", figures.read("5%")), ("b.txt", figures.read("$3"))])
    >>> page.count('class="doc"'), 'href="#d2"' in page
    (2, True)
    """
    views = [_document_view(doc, to, f"d{n}-", name) for n, (name, doc) in enumerate(documents, 1)]
    return str(
        _environment()
        .get_template("report.html")
        .render(
            title=title or "figures report",
            documents=views,
            style=_style(),
            kinds=[(k.value, KIND_LETTERS[k]) for k in Kind],
        )
    )
