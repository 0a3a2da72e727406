"""Generate ``src/figures/lexicon/cldr_currencies.json`` from babel's CLDR data.

Run ``python scripts/gen_lexicon.py`` after upgrading babel; ``--check`` exits 1 when the
committed file differs from what this babel would generate. ``tests/test_lexicon.py``
imports :func:`generate` and compares its text with the committed bytes, so the file can
never drift from the script silently.

The output is deterministic: keys sorted, lists sorted, no timestamps. It records the
CLDR version rather than babel's version, because babel patch releases that keep the
same CLDR data must not change a single byte.

What goes in
============
``currencies``
    Every code of ``Locale("en").currencies`` (current and historic ISO 4217 codes CLDR
    knows), with ``digits`` (``babel.numbers.get_currency_precision``), ``current``
    (some territory lists it with no end date, or it is a special X-code such as XDR)
    and ``name`` (the English display name).
``names``
    English display names, singular and every plural form, from every ``en*`` locale,
    lower-cased, mapped to the codes they name. A date or qualifier note
    ("(1927–2002)", "(offshore)") is removed, and an accent-free spelling is added
    ("venezuelan bolivars"), because a phrase scanner sees words, not parenthesised
    years or the accents that news wires drop.
    Default first: a name written without a note before one whose note was removed
    ("chinese yuan" is CNY, not CNH), a current code before a historic one, then
    alphabetical.
``symbols``
    Currency symbols from *all* babel locales, each mapped to every code it denotes
    anywhere, plus the code it means in English text (``default``). babel does not
    ship CLDR's narrow symbols, so only the standard ones are here; the news table
    (``news_words.json``) adds the prefixes news copy uses ("C$", "Rs.", "T$").

The symbol rule (what is kept out, and why)
-------------------------------------------
1. Bidi and zero-width formatting characters are removed from a symbol; a symbol that
   is then empty, or is the generic sign "¤", is dropped.
2. A symbol equal to an ISO code CLDR knows is dropped: codes are matched separately,
   by ``figures.lexicon.lookup_code``, which knows which codes are English words.
3. A single Latin letter ("R", "K", "L", "E", "ƒ", with or without a dot) is dropped:
   next to a number in English prose it is far more often a label, an initial or a
   unit ("Section 3 K", "Grade E 5") than a currency.
4. A symbol whose text is an English word or a common English abbreviation
   (``ENGLISH_WORD_SYMBOLS`` below: "Br", "Ft", "FC", "KM", "den", ...) is dropped for
   the same reason. "kr", "Rs", "RM", "Rp", "NIS" and "ECU" stay: news copy writes them
   before amounts, and a scanner requires a number next to them.

Default for English: the code ``Locale("en")`` gives the symbol (or gives the symbol's
compatibility form, so fullwidth "￥" follows "¥"), else a current code before a
historic one, then the code that the most locales write with that symbol, then the
alphabetically first. A symbol with more than one code is ambiguous and keeps the
others as alternatives ("$", "£", "¥", "kr", "Rs").
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "figures" / "lexicon" / "cldr_currencies.json"
)

# Rule 4 of the module docstring: symbols that read as English words or abbreviations.
ENGLISH_WORD_SYMBOLS = frozenset(
    {
        "Ar",  # argon; "Ar" for the Malagasy ariary is rare in English copy
        "Br",  # "Br." British, brother; the Belarusian/Ethiopian code is written instead
        "Bs",  # "BS", "B.S." degree
        "CF",  # "cf."
        "CFP",  # Certified Financial Planner
        "Cf",
        "Cg",
        "Cg.",
        "DA",  # district attorney
        "DT",  # "DT" daylight time, defensive tackle
        "Db",  # decibel
        "FB",  # Facebook
        "FC",  # football club ("FC Barcelona 2")
        "FG",  # field goal
        "Ft",  # feet
        "Kg.",  # kilograms
        "KM",  # kilometres
        "LS",
        "Le",  # French article in names ("Le Monde")
        "Ls",
        "MK",  # Milton Keynes, MK Dons
        "RF",  # radio frequency
        "SR",  # "SR-71", senior
        "UM",  # "um"
        "UP",  # the word "up" in headlines
        "VT",  # Vermont
        "den",  # the English word
        "din.",  # the English word at a sentence end
    }
)


def _strip_format(symbol: str) -> str:
    # Bidi marks in Arabic symbols and U+200B in Portuguese data are invisible in text.
    return "".join(ch for ch in symbol if unicodedata.category(ch) != "Cf").strip()


def _is_single_latin_letter(symbol: str) -> bool:
    core = symbol.rstrip(".")
    return len(core) == 1 and unicodedata.name(core, "").startswith("LATIN ")


def _fold_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _strip_date_note(name: str) -> str:
    # "afghan afghani (1927–2002)" -> "afghan afghani"
    head, sep, _ = name.partition(" (")
    return head if sep else name


def _current_codes(codes: set[str]) -> set[str]:
    from babel.core import get_global

    current = {
        code
        for entries in get_global("territory_currencies").values()
        for code, _start, end, _tender in entries
        if end is None
    }
    # Special codes (SDR, gold, ...) belong to no territory but are in use; XXX and XTS
    # ("no currency", "testing") are never amounts, though CLDR lists XXX for Antarctica.
    current |= {c for c in codes if c.startswith("X")}
    return (current & codes) - {"XXX", "XTS"}


def generate() -> str:
    """Return the text of ``cldr_currencies.json`` for the installed babel."""
    from babel import Locale
    from babel.core import get_cldr_version
    from babel.localedata import locale_identifiers
    from babel.numbers import get_currency_precision

    en = Locale("en")
    codes = set(en.currencies)
    current = _current_codes(codes)

    currencies: dict[str, dict[str, Any]] = {}
    for code in sorted(codes):
        currencies[code] = {
            "current": code in current,
            "digits": int(get_currency_precision(code)),
            "name": str(en.currencies[code]),
        }

    # --- names -------------------------------------------------------------------------
    # name -> code -> True when some locale writes the name exactly, without a date or
    # qualifier note that was stripped ("chinese yuan" is CNY; CNH is "(offshore)").
    name_codes: dict[str, dict[str, bool]] = defaultdict(dict)
    en_ids = sorted(i for i in locale_identifiers() if i == "en" or i.startswith("en_"))
    for ident in en_ids:
        loc = Locale.parse(ident)
        plural = loc._data["currency_names_plural"]
        for code, singular in loc.currencies.items():
            if code not in codes:
                continue
            forms = {str(singular)}
            if code in plural:
                forms.update(str(v) for v in plural[code].values())
            for form in forms:
                full = " ".join(form.lower().split())
                name = _strip_date_note(full)
                exact = name == full
                for key in (name, _fold_accents(name)):
                    name_codes[key][code] = name_codes[key].get(code, False) or exact

    def name_rank(seen: dict[str, bool]) -> Callable[[str], tuple[bool, bool, str]]:
        return lambda code: (not seen[code], code not in current, code)

    names = {name: sorted(cs, key=name_rank(cs)) for name, cs in sorted(name_codes.items())}

    # --- symbols -----------------------------------------------------------------------
    symbol_codes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for ident in sorted(locale_identifiers()):
        for code, raw in Locale.parse(ident).currency_symbols.items():
            if code not in codes:
                continue
            symbol = _strip_format(str(raw))
            if (
                not symbol
                or symbol == "¤"
                or symbol in codes
                or _is_single_latin_letter(symbol)
                or symbol in ENGLISH_WORD_SYMBOLS
            ):
                continue
            symbol_codes[symbol][code] += 1

    en_default: dict[str, str] = {}
    for code, raw in sorted(en.currency_symbols.items()):
        symbol = _strip_format(str(raw))
        if symbol not in codes:
            en_default.setdefault(symbol, code)

    symbols: dict[str, dict[str, Any]] = {}
    for symbol in sorted(symbol_codes):
        counts = symbol_codes[symbol]
        default = en_default.get(symbol) or en_default.get(unicodedata.normalize("NFKC", symbol))
        if default not in counts:
            default = min(counts, key=lambda c: (c not in current, -counts[c], c))
        symbols[symbol] = {"codes": sorted(counts), "default": default}

    cldr = str(get_cldr_version())
    doc = {
        "_comment": (
            f"GENERATED by scripts/gen_lexicon.py from babel's CLDR {cldr} data - do not edit"
        ),
        "cldr_version": cldr,
        "currencies": currencies,
        "names": names,
        "symbols": symbols,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the generated lexicon; return an exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run python scripts/gen_lexicon.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
