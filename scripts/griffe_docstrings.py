"""Griffe extension for the docs site: the library's docstrings as Markdown.

The docstrings are written for ``help()`` and doctest: Sphinx roles (``:class:`Money```),
double-backtick literals and bare ``>>>`` examples. This rewrites each docstring as
mkdocstrings renders it (the source is unchanged): a role becomes a code span of the
name it shows, and each run of doctest lines becomes a ``pycon`` fenced block, so an
example renders as code (with the prompts left out on copy) instead of a block quote.
Loaded by ``mkdocs.yml`` (``plugins.mkdocstrings.handlers.python.options.extensions``).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj):`~?([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(1)
    shown = target.rsplit(".", 1)[-1] if match.group(0).count("`~") else target
    return f"``{shown}``"


def markdown(text: str) -> str:
    """A docstring with its roles as code spans and its doctests fenced as ``pycon``.

    >>> print(markdown("See :class:`~figures.money.Money`.\\n\\n>>> 1 + 1\\n2\\n\\nDone."))
    See ``Money``.
    <BLANKLINE>
    ```pycon
    >>> 1 + 1
    2
    ```
    <BLANKLINE>
    Done.
    """
    out: list[str] = []
    in_example = False
    for line in ROLE.sub(_role, text).splitlines():
        if not in_example and line.startswith(">>>"):
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class Docstrings(griffe.Extension):
    """Rewrite every docstring of the loaded package with :func:`markdown`."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
