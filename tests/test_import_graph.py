"""No import cycles between the rate readers and the scanner (issue 7).

Every ``import`` of a ``figures`` module anywhere in a module, function bodies
included (an import deferred to call time is still a dependency), is an edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in (SRC / "figures").rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from figures import lexicon" depends on figures.lexicon alone;
                # "from figures.scan import extract" on the package figures.scan
                subs = [f"{node.module}.{a.name}" for a in node.names]
                targets = [sub for sub in subs if sub in modules]
                if len(targets) < len(subs):
                    targets.append(node.module)
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph[node])
    return False


RATE_READERS = [
    "figures.inline_rates",
    "figures.rate_statements",
    "figures.prose_levels",
    "figures.rate_tense",
]


def test_rate_readers_are_in_no_cycle() -> None:
    graph = _graph()
    for name in RATE_READERS:
        assert name in graph
        assert not _reaches(graph, name, name), f"{name} imports itself back"


def test_rate_readers_use_the_scanner_readers_not_the_scanner() -> None:
    graph = _graph()
    used = set().union(*(graph[name] for name in RATE_READERS))
    assert "figures.scan.currency" in used  # the one currency reader
    assert "figures.numbers" in used  # the one numeral reader (parse_digits)
    assert "figures.scan.assemble" not in used and "figures.scan" not in used


def _private_uses(path: Path) -> list[str]:
    """Private names of ``figures`` modules that ``path`` uses: imported by name
    ("from figures.x import _y") or read off an imported module ("x._y")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("figures"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{path.name}:{node.lineno} {node.module}.{alias.name}")
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("figures"):
                    modules.add((alias.asname or alias.name).split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def test_no_private_name_crosses_a_module_boundary() -> None:
    """No module, and no test, reaches for another module's private name (issue 7)."""
    roots = (SRC / "figures", SRC.parent / "tests", SRC.parent / "benchmarks")
    found = [use for root in roots for p in sorted(root.rglob("*.py")) for use in _private_uses(p)]
    assert found == []


def test_the_private_name_check_finds_a_private_use(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from figures.scan.rejects import _WEEKDAYS\nfrom figures import ecb_store\n"
        "ecb_store._cached()\n",
        encoding="utf-8",
    )
    assert _private_uses(sample) == [
        "sample.py:1 figures.scan.rejects._WEEKDAYS",
        "sample.py:3 ecb_store._cached",
    ]
