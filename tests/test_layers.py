"""The modules point one way: no import cycle (imports inside functions count), no import of our
own code placed in a function, and no layer imports a layer above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lambda" / "steady_ground"

# Lowest first. A module may import its own layer or any layer below, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("config", "identity", "text", "params", "render", "safety", "safety_en", "safety_model", "safety_concepts_en", "rule_compiler",
     "own_words", "guidance", "lists", "markets",
     "alexa_api", "conversation", "storage", "session", "app", "deletion", "privacy_code", "quick_exit", "codes"),
    ("turn",),
    ("acts", "notes", "localtime", "profile_entry", "reminder_profile", "dispatch", "privacy_gate"),
    ("exercises.runtime",),
    ("exercises.boundary", "exercises.reflection", "exercises.checkin", "exercises.plan"),
    ("exercises.catalog",),
    ("handlers",),
    ("skill",),
    ("entry",),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(source: str, here: str) -> list[tuple[str, int, bool]]:
    """(our module imported, line, inside a function?) for every import statement, wherever it is."""
    tree = ast.parse(source)
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside.update(id(n) for n in ast.walk(node) if n is not node)
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else ".".join(here.split(".")[: -node.level] + [node.module])
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target.startswith("steady_ground") and target != "steady_ground":
                found.append((target, node.lineno, id(node) in inside))
    return found


def graph() -> dict[str, set[str]]:
    return {name: {t for t, _, _ in imports_of(path.read_text(encoding="utf-8"), name)} - {name}
            for name, path in MODULES.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def layer(module: str) -> int:
    short = module.removeprefix("steady_ground.")
    best = -1
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if short == prefix or short.startswith(prefix + "."):
                best = rank
    return best


def test_there_is_no_import_cycle():
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_one_even_inside_a_function():
    planted = imports_of("def later():\n    from steady_ground.skill import build_skill\n", "steady_ground.turn")
    edges = graph()
    edges["steady_ground.turn"] = edges["steady_ground.turn"] | {t for t, _, _ in planted}
    assert planted == [("steady_ground.skill", 2, True)]
    assert any("steady_ground.turn" in group and "steady_ground.skill" in group for group in cycles(edges))


def test_no_module_imports_our_own_code_inside_a_function():
    dodged = [f"{name}:{line} imports {target}" for name, path in MODULES.items()
              for target, line, inside in imports_of(path.read_text(encoding="utf-8"), name) if inside]
    assert dodged == []


@pytest.mark.parametrize("name", sorted(n for n, p in MODULES.items() if p.name != "__init__.py"))
def test_a_module_imports_only_its_own_layer_or_below(name):
    assert layer(name) >= 0, f"{name} has no layer in LAYERS"
    upward = sorted(t for t in graph()[name] if layer(t) > layer(name))
    assert upward == [], f"{name} (layer {layer(name)}) imports a layer above it"
