"""The per-language data files, ``lexicon/lang/<code>.json``, read and parsed once.

This module only reads the files (the English words are read at import, to build the
English scanner's tables); :mod:`figures.lexicon.languages` compiles a language's words
into what its scanner needs, on first use.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["load", "supported_languages"]

# The data files sit beside this module. They are read with plain file access, not
# importlib.resources: English words are read at import, and importlib.resources would
# bring pathlib and zipfile into every ``import figures``.
_FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lang")


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """The language codes that have a data file, sorted."""
    return tuple(sorted(name[:-5] for name in os.listdir(_FOLDER) if name.endswith(".json")))


@functools.cache
def load(code: str) -> Mapping[str, Any]:
    """The raw data file of one language, parsed (read once, read-only at the top).

    >>> load("en")["scales"]["bn"]
    9
    """
    with open(os.path.join(_FOLDER, f"{code}.json"), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return MappingProxyType(data)
