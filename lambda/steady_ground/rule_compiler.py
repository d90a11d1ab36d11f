"""The safety rules' regular expressions compiled for speed: the same matches, found sooner. Pure.

``compile_rule(source)`` parses a rule with the stdlib's own parser (what ``re.compile`` runs),
rewrites the parse tree in two ways that never change what matches, and compiles the tree:

- A leading ``\\b`` before a word character c becomes c then ``(?<!\\wc)``. A pattern that starts
  with an assertion is tried at every position of the text; one that starts with a literal (or a
  choice of literals) lets the engine skip to the positions holding it.
- Every alternation's choices are grouped by their first letter, recursively (a trie):
  ``punch|push|pin`` becomes ``p(?:u(?:nch|sh)|in)``. The engine tries the choices of an
  alternation one by one; grouped, it tries only those that start with the letter in front of it.
  Choices that start with different letters can never both match at one place, so grouping them
  keeps the order in which the ones that can are tried: the same match, every time. A choice that
  does not start with a letter keeps its place (the choices are grouped only between such ones).
"""

from __future__ import annotations

import importlib
import re

TYPE_CHECKING = False  # typing is not imported at run time (the cold start)
if TYPE_CHECKING:
    from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
_COMPILER: Any = importlib.import_module("re._compiler")
_C: Any = importlib.import_module("re._constants")
_GUARDS: dict[int, Any] = {}
_LEAVES = frozenset((_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.AT, _C.ANY, _C.CATEGORY))  # nothing inside
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


def compile_rule(source: str) -> re.Pattern[str]:
    """The rule compiled from its rewritten parse tree (so its ``.pattern`` is None)."""
    tree = _PARSER.parse(source)
    items = _literal_first(list(tree.data))
    tree.data = _grouped(tree.state, list(tree.data) if items is None else items)
    compiled: re.Pattern[str] = _COMPILER.compile(tree)
    return compiled


def _guard(char: int) -> Any:
    """(?<!\\wc): what \\b before the word character c checks, read from just after c."""
    found = _GUARDS.get(char)
    if found is None:
        found = _GUARDS[char] = _PARSER.parse(rf"(?<!\w{chr(char)})").data[0]
    return found


def _word_literal(item: tuple[Any, Any]) -> bool:
    op, av = item
    return op is _C.LITERAL and (chr(av).isalnum() or chr(av) == "_")


def _literal_first(items: list[Any]) -> list[Any] | None:
    """A pattern that starts "\\b" + a word character c, rewritten to start c + (?<!\\wc) (each choice
    of a leading alternation alike); None when it starts otherwise. Both match exactly where "\\b"
    holds before c."""
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        alternatives = [_literal_first(list(alt.data)) for alt in items[0][1][1]]
        if any(alt is None for alt in alternatives):
            return None
        for alt, rewritten in zip(items[0][1][1], alternatives, strict=True):
            alt.data = rewritten
        return items
    if len(items) < 2 or items[0] != (_C.AT, _C.AT_BOUNDARY):
        return None
    first, rest = items[1], items[2:]
    if first[0] is _C.SUBPATTERN and first[1][0] is None and not first[1][1] and not first[1][2]:
        inner = list(first[1][3].data)  # a plain group: its items, in place
        if not inner:
            return None
        first, rest = inner[0], [*inner[1:], *rest]
    if _word_literal(first):
        return [first, _guard(first[1]), *rest]
    if first[0] is _C.BRANCH and all(alt.data and _word_literal(alt.data[0]) for alt in first[1][1]):
        for alt in first[1][1]:
            alt.data[1:1] = [_guard(alt.data[0][1])]
        return [first, *rest]
    return None


def _grouped(state: Any, items: list[Any]) -> list[Any]:
    """The items with every alternation inside them grouped by first letter."""
    out: list[Any] = []
    for item in items:
        op, av = item
        if op in _LEAVES:
            out.append(item)
        elif op is _C.BRANCH:
            out.extend(_branch(state, [_grouped(state, list(alt.data)) for alt in av[1]]))
        elif op is _C.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            out.append((op, (group, add_flags, del_flags, _sub(state, _grouped(state, list(sub.data))))))
        elif op in _REPEATS:
            low, high, sub = av
            out.append((op, (low, high, _sub(state, _grouped(state, list(sub.data))))))
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            direction, sub = av
            out.append((op, (direction, _sub(state, _grouped(state, list(sub.data))))))
        else:
            out.append(item)
    return out


def _sub(state: Any, items: list[Any]) -> Any:
    return _PARSER.SubPattern(state, items)


def _branch(state: Any, choices: list[list[Any]]) -> list[Any]:
    """One alternation, its choices grouped by first letter between the ones that start otherwise."""
    kept: list[list[Any]] = []
    i = 0
    while i < len(choices):
        if not choices[i] or choices[i][0][0] is not _C.LITERAL:
            kept.append(choices[i])  # keeps its place among the others
            i += 1
            continue
        j = i
        by_first: dict[Any, list[list[Any]]] = {}
        while j < len(choices) and choices[j] and choices[j][0][0] is _C.LITERAL:
            by_first.setdefault(choices[j][0], []).append(choices[j])
            j += 1
        kept.extend(same[0] if len(same) == 1 else _common(state, same) for same in by_first.values())
        i = j
    if len(kept) == 1:
        return kept[0]
    return [(_C.BRANCH, (None, [_sub(state, choice) for choice in kept]))]


def _common(state: Any, same: list[list[Any]]) -> list[Any]:
    """Choices that start alike, as their shared start then one alternation of the rests."""
    shared = 0
    shortest = min(len(choice) for choice in same)
    while shared < shortest and all(choice[shared] == same[0][shared] for choice in same):
        shared += 1
    return [*same[0][:shared], *_branch(state, [choice[shared:] for choice in same])]
