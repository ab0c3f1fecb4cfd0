"""The package's layers: nothing imports upward, peers do not import each other, no module imports
itself through others. Every import counts, deferred ones (inside a function) and TYPE_CHECKING
ones included: a deferred import hides a dependency from the reader, not from the design."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "xlate"

# Bottom to top. A module may import its own package and the layers below its own; packages that
# share a layer are peers and import none of each other. docs/architecture.md draws the same picture.
LAYERS = [
    ["xlate.infra"],                                       # cache files and folders, the collector
    ["xlate.text"],                                        # fold, language, names, numbers, phrases, vocabulary, word classes
    ["xlate.formats"],                                     # input formats: bytes to text and prose
    ["xlate.core"],                                        # Document, Finding, Config, Pair
    ["xlate.glossary", "xlate.spelling", "xlate.translate"],  # the services rules consult
    ["xlate.rules"],                                       # Rule, the rule context, every check
    ["xlate.lint"],                                        # checking documents in memory: the steps
    ["xlate.run", "xlate.reporters"],                      # running over files; writing reports
    ["xlate.api"],                                         # the library's entry point
    ["xlate.lsp"],                                         # the language server and --watch, on the api
    ["xlate.cli"],                                         # the command line
    ["xlate.__main__"],                                    # python -m xlate
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The xlate modules path imports: `from xlate.glossary import model` is xlate.glossary.model,
    `from xlate.rules import Rule` is xlate.rules."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return {name for name in found if name in known}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(path, set(known)) - {name} for name, path in known.items()}


def layer_of(module: str) -> tuple[int, str] | None:
    """(layer number, top package) of a module; None for the package root, which only holds the version."""
    for number, packages in enumerate(LAYERS):
        for package in packages:
            if module == package or module.startswith(package + "."):
                return number, package
    return None


def test_every_module_has_a_layer():
    assert [m for m in modules() if m != "xlate" and layer_of(m) is None] == []


def test_the_package_root_holds_only_the_entry_points():
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "api.py"]


def test_nothing_imports_upward_or_sideways():
    wrong = []
    for module, imported in graph().items():
        here = layer_of(module)
        for other in imported:
            there = layer_of(other)
            if here is None or there is None or here[1] == there[1]:
                continue
            if there[0] >= here[0]:
                wrong.append(f"{module} imports {other}")
    assert wrong == []


def test_no_import_cycle():
    edges = graph()
    cycles = [component for component in strongly_connected(edges) if len(component) > 1]
    assert cycles == []


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively: the modules that import one another, through others or directly."""
    index, low, stack, on_stack, result, counter = {}, {}, [], set(), [], [0]

    def visit(start: str) -> None:
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return result


@pytest.mark.parametrize("edges, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": set()}, []),
])
def test_the_cycle_finder_finds_cycles(edges, expected):
    assert [c for c in strongly_connected(edges) if len(c) > 1] == expected
