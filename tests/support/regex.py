"""What the rule compiler hands Python's regex compiler: the parse tree, as rewritten, to check its shape."""

from __future__ import annotations

import importlib
import re

from steady_ground import rule_compiler

CONSTANTS = importlib.import_module("re._constants")  # the parse tree's op codes (AT, ASSERT, LITERAL...)


def compiled_tree(monkeypatch, source: str) -> list:
    """The parse tree ``compile_rule`` hands to the compiler, as rewritten."""
    trees: list = []
    real = rule_compiler._COMPILER

    class Spy:
        @staticmethod
        def compile(tree):
            trees.append(list(tree.data))
            return real.compile(tree)

    monkeypatch.setattr(rule_compiler, "_COMPILER", Spy)
    rule_compiler.compile_rule(source)
    monkeypatch.setattr(rule_compiler, "_COMPILER", real)
    return trees[0]



def assert_same_matches(source: str, texts: list[str], step: int) -> None:
    """The rule as compiled finds what the written rule finds, in each text, from every ``step``-th place a
    search could start."""
    fast, written = rule_compiler.compile_rule(source), re.compile(source)
    for text in texts:
        for start in range(0, len(text) + 1, step):
            got = [m.span() for m in fast.finditer(text, start)]
            assert got == [m.span() for m in written.finditer(text, start)], (source, text, start)
