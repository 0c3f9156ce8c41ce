"""The import structure of ``ghatna/``, read from the source with ``ast`` (nothing is imported):
no module imports itself back through others, and each floor imports only what lies below it.

An import inside a function counts like one at the top: it is a dependency all the same.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ghatna"

#: Package -> the ghatna packages it must not import.
FORBIDDEN: dict[str, frozenset[str]] = {
    "ghatna.store": frozenset({"ghatna.run", "ghatna.pipeline", "ghatna.stages", "ghatna.registry", "ghatna.ingest"}),
    "ghatna.registry": frozenset({"ghatna.stages", "ghatna.nlp", "ghatna.actors", "ghatna.time", "ghatna.events"}),
    "ghatna.ingest": frozenset({"ghatna.nlp", "ghatna.pipeline", "ghatna.run", "ghatna.store"}),
    "ghatna.evaluate": frozenset({"ghatna.cli"}),
}

#: Package -> the only ghatna modules outside itself that it may import.
ONLY: dict[str, frozenset[str]] = {
    "ghatna.text": frozenset({"ghatna.lang", "ghatna.errors"}),
    "ghatna.records": frozenset(),
    "ghatna.errors": frozenset(),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _known(name: str, known: Mapping[str, Path]) -> str | None:
    """The module ``name`` refers to, or its nearest enclosing known module (``a.b.c`` -> ``a.b``
    when ``c`` is a name defined in ``a.b``), or None outside ghatna."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imported_by(name: str, path: Path, known: Mapping[str, Path]) -> set[str]:
    """The ghatna modules that the module ``name`` at ``path`` imports, anywhere in its body."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".") if is_package else name.split(".")[:-1]
                parent = parent[: len(parent) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            targets = [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            module = _known(target, known)
            if module is not None and module != name:
                found.add(module)
    return found


@cache
def import_graph() -> dict[str, frozenset[str]]:
    known = modules()
    return {name: frozenset(imported_by(name, path, known)) for name, path in known.items()}


def find_cycle(graph: Mapping[str, Iterable[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_cycle_finder_finds_a_cycle_and_only_a_cycle() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": ["b", "c"], "b": ["c"], "c": []}) is None


def test_relative_and_lazy_imports_are_read(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from . import errors\n    from .text.normalise import nfc\n")
    known = {"ghatna.errors": source, "ghatna.text.normalise": source, "ghatna.x": source}
    assert imported_by("ghatna.x", source, known) == {"ghatna.errors", "ghatna.text.normalise"}


def test_every_module_is_read() -> None:
    graph = import_graph()
    assert "ghatna.pipeline" in graph and "ghatna.registry" in graph["ghatna.pipeline"]
    assert "ghatna.text.normalise" in graph["ghatna.events.lexicon"]


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def _wrong_imports(importer: Callable[[str], bool], wrong_target: Callable[[str], bool]) -> str:
    return "\n".join(
        sorted(
            f"{module} imports {target}"
            for module, targets in import_graph().items()
            if importer(module)
            for target in targets
            if wrong_target(target)
        )
    )


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_floor_does_not_import_what_is_above_it(package: str) -> None:
    wrong = _wrong_imports(
        lambda module: _inside(module, package),
        lambda target: any(_inside(target, above) for above in FORBIDDEN[package]),
    )
    assert not wrong, wrong


@pytest.mark.parametrize("package", sorted(ONLY))
def test_a_ground_floor_imports_only_what_it_may(package: str) -> None:
    wrong = _wrong_imports(
        lambda module: _inside(module, package),
        lambda target: not _inside(target, package) and target not in ONLY[package],
    )
    assert not wrong, wrong


def test_only_the_command_line_imports_it() -> None:
    wrong = _wrong_imports(
        lambda module: not _inside(module, "ghatna.cli") and module != "ghatna.__main__",
        lambda target: _inside(target, "ghatna.cli"),
    )
    assert not wrong, wrong
