"""What the rule compiler hands Python's regex compiler: the parse tree, as rewritten, to check its shape."""

from __future__ import annotations

from steady_ground import rule_compiler


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

