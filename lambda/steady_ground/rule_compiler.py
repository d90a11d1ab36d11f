"""The safety rules' regular expressions compiled for speed: the same matches, found sooner. Pure.

``compile_rule(source)`` parses a rule with the stdlib's own parser (what ``re.compile`` runs),
rewrites the parse tree in two ways that never change what matches, and compiles the tree:

- A leading ``\\b`` before a word character c becomes c then ``(?<!\\wc)``, the pattern spelled out
  as the ways it can start if need be (``\\b(?:my )?(?:pay|money) r`` is ``my (?:pay|money) r|pay r|
  money r``; a choice of more than a few words stays whole, its rest written once). A pattern that starts with an assertion is tried at every position of the text; one
  that starts with a literal (or a choice of literals) lets the engine skip to the positions
  holding it. Look behinds beside that ``\\b`` (``(?<!dog )\\b(?:bit|kick)``) move after the letter
  too, the letter added to what they read: ``b(?<!\\wb)(?<!dog b)it``. All of them check the same
  place, so their order never matters, and the letter read after the place is the one just matched.
- Every alternation's choices are grouped by their first letter, recursively (a trie):
  ``punch|push|pin`` becomes ``p(?:u(?:nch|sh)|in)``. The engine tries the choices of an
  alternation one by one; grouped, it tries only those that start with the letter in front of it.
  Choices that start with different letters can never both match at one place, so grouping them
  keeps the order in which the ones that can are tried: the same match, every time. A choice that
  does not start with a letter keeps its place (the choices are grouped only between such ones).

Two more, for rules led by many looks (``BY_A_LITTLE_ONE``, the pets and the sports a blow is not about):
a choice of looks is tried at once (atomic: every way of it leaves the engine where it was), and look
behinds that must not hold, side by side, are read as one per width (``(?<!dog |cat )``). A look ahead
that must not hold, each way of it a look behind (``(?!(?<=\\bi )|(?<=\\bwe ))``), is those look behinds
that must not hold; and look aheads beside a leading ``\\b`` (in a pattern without capturing groups) are
read after it and the look at the first letter, as the look behinds there are.
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
_MOST_WAYS = 64  # a rule spelled out into more ways to start than this is compiled as written
_SPREAD = 8  # a choice of more words than this, each word first, is kept whole (its rest not copied)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)  # Python 3.11 on
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


def compile_rule(source: str) -> re.Pattern[str]:
    """The rule compiled from its rewritten parse tree (so its ``.pattern`` is None)."""
    tree = _PARSER.parse(source)
    data = _unfolded(list(tree.data))
    ways = _starts(data)
    if ways is None:
        items = _boundary_first(tree.state, data)
    elif len(ways) == 1:
        items = _guarded(*ways[0], {})
    else:
        shifted: dict[tuple[int, int], Any] = {}  # one object per look and letter: choices alike stay alike
        items = [(_C.BRANCH, (None, [_sub(tree.state, _guarded(*way, shifted)) for way in ways]))]
    tree.data = _grouped(tree.state, items)
    compiled: re.Pattern[str] = _COMPILER.compile(tree)
    return compiled


def _boundary_first(state: Any, items: list[Any]) -> list[Any]:
    """Look behinds then "\\b" then a long choice of words (a rule not spelled out, ``_starts``): the "\\b"
    first, then a look ahead at the letters the choice can start with, then the look behinds. All of them
    check the same place, so their order never matters; the look ahead holds only where a choice could
    match, as every choice reads one of those letters first. The engine tries the rule at every place:
    written, each place pays every look behind; so, most places fail at the cheap "\\b" or letter.
    A choice of looks among them (``(?:(?<!dog )(?<!cat )|(?=(?:\\w+ ){1,14}?set it on))``) moves too, tried
    at once (``_at_once``), and so do look aheads beside the "\\b" (``\\b(?!he ran off with the ball)(?:ran|fled|...)``):
    the letter is checked first even where the "\\b" leads."""
    at = 0
    while at < len(items) and (
        items[at] == (_C.AT, _C.AT_BOUNDARY) or _behind(items[at]) or _looks_only(state, items[at]) or _ahead(state, items[at])
    ):
        at += 1
    lead = items[:at]
    if (_C.AT, _C.AT_BOUNDARY) not in lead or lead == [(_C.AT, _C.AT_BOUNDARY)] or at == len(items):
        return items
    behind = [_at_once(state, item) if _looks_only(state, item) else item for item in lead if item != (_C.AT, _C.AT_BOUNDARY)]
    letters = None if state.flags & _C.SRE_FLAG_IGNORECASE else _first_letters(items[at])
    ahead = [] if not letters else [(_C.ASSERT, (1, _sub(state, [(_C.IN, [(_C.LITERAL, c) for c in sorted(letters)])])))]
    return [(_C.AT, _C.AT_BOUNDARY), *ahead, *behind, *items[at:]]


def _ahead(state: Any, item: tuple[Any, Any]) -> bool:
    """Whether the item is a look ahead (either sense), in a pattern without capturing groups (what one look
    captured, another could read: without any, the looks at one place hold or fail whatever their order)."""
    op, av = item
    return (op is _C.ASSERT or op is _C.ASSERT_NOT) and av[0] == 1 and state.groups == 1


def _unfolded(items: list[Any]) -> list[Any]:
    """A look ahead that must not hold, each way of it a look behind that holds (``(?!(?<=\\bi )|(?<=\\bwe ))``),
    as the look behinds that must not hold (``(?<!\\bi )(?<!\\bwe )``): none of the ways holds exactly when
    none of those does, all of them read back from the same place, and a look behind before a word is one
    the rewrites can move after its first letter or read only where the word could start."""
    out: list[Any] = []
    for item in items:
        op, av = item
        behinds = _behind_ways(av[1]) if op is _C.ASSERT_NOT and av[0] == 1 else None
        if behinds is None:
            out.append(item)
        else:
            out.extend((_C.ASSERT_NOT, (-1, sub)) for sub in behinds)
    return out


def _behind_ways(sub: Any) -> list[Any] | None:
    """What each way of the sequence looks behind at, when every way of it is one look behind that holds
    (a plain group of them opened); else None."""
    data = list(sub.data)
    if len(data) != 1:
        return None
    op, av = data[0]
    if op is _C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _behind_ways(av[3])
    if op is _C.ASSERT and av[0] == -1:
        return [av[1]]
    if op is _C.BRANCH:
        found: list[Any] = []
        for choice in av[1]:
            ways = _behind_ways(choice)
            if ways is None:
                return None
            found.extend(ways)
        return found
    return None


def _looks_only(state: Any, item: tuple[Any, Any]) -> bool:
    """Whether the item is a choice of looks (each way through it only looks: it reads nothing), in a
    pattern without capturing groups (what a look ahead captured could tell its ways apart)."""
    op, av = item
    if op is _C.SUBPATTERN and av[0] is None and not av[1] and not av[2] and len(av[3].data) == 1:
        op, av = av[3].data[0]  # a plain group that holds only the choice
    return (
        op is _C.BRANCH
        and state.groups == 1
        and all(choice.data and all(kind is _C.ASSERT or kind is _C.ASSERT_NOT for kind, _ in choice.data) for choice in av[1])
    )


def _at_once(state: Any, item: tuple[Any, Any]) -> tuple[Any, Any]:
    """A choice of looks, tried at once (atomic): every way leaves the engine where it was, so when what
    follows fails after one way held, it fails after any other; written, the engine would try the others
    (a look ahead that reads 14 words, at every place where the words after the looks did not match)."""
    return (_C.ATOMIC_GROUP, _sub(state, [item]))


def _first_letters(item: tuple[Any, Any]) -> set[int] | None:
    """The letters a match of the item must start with (a letter, a class of letters, a choice or group
    of such), or None when that is not plain from its first item."""
    op, av = item
    if op is _C.LITERAL:
        return {av}
    if op is _C.IN:
        if all(kind is _C.LITERAL for kind, _ in av):
            return {value for _, value in av}
        return None
    if op is _C.BRANCH:
        found: set[int] = set()
        for choice in av[1]:
            first = _first_letters(choice.data[0]) if choice.data else None
            if first is None:
                return None
            found |= first
        return found
    if op is _C.SUBPATTERN and not av[1] and not av[2] and av[3].data:
        return _first_letters(av[3].data[0])
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1 and av[2].data:
        return _first_letters(av[2].data[0])
    return None


def _guard(char: int) -> Any:
    """(?<!\\wc): what \\b before the word character c checks, read from just after c."""
    found = _GUARDS.get(char)
    if found is None:
        if not _GUARDS:  # the shape once, from the parser itself; then only its letter changes
            _GUARDS[-1] = _PARSER.parse(r"(?<!\wa)").data[0]
        op, (direction, template) = _GUARDS[-1]
        letters = _PARSER.SubPattern(template.state, [template.data[0], (_C.LITERAL, char)])
        found = _GUARDS[char] = (op, (direction, letters))
    return found


def _behind(item: Any) -> bool:
    """Whether the item is a look behind (either sense)."""
    op, av = item
    return (op is _C.ASSERT or op is _C.ASSERT_NOT) and av[0] == -1


def _shifted(look: Any, char: int) -> Any:
    """A look behind read from one letter later, that letter (c) added to its end: (?<!x) -> (?<!xc)."""
    op, (direction, sub) = look
    return (op, (direction, _PARSER.SubPattern(sub.state, [*sub.data, (_C.LITERAL, char)])))


def _word_literal(item: tuple[Any, Any]) -> bool:
    op, av = item
    return op is _C.LITERAL and (chr(av).isalnum() or chr(av) == "_")


def _starts(items: list[Any]) -> list[tuple[list[Any], list[Any]]] | None:
    """A pattern that starts "\\b" then a word, as the ways it can start, in the order they are tried
    (each a word character, or a choice of them, then the rest), each with the look behinds written
    beside its "\\b" (before or after it); None when it starts otherwise."""
    if len(items) == 1 and items[0][0] is _C.BRANCH:  # "\\b a|\\b b": nothing shared
        ways: list[tuple[list[Any], list[Any]]] = []
        for choice in items[0][1][1]:
            found = _starts(list(choice.data))
            if found is None or len(ways) + len(found) > _MOST_WAYS:
                return None
            ways.extend(found)
        return ways
    at = 0
    while at < len(items) and (items[at] == (_C.AT, _C.AT_BOUNDARY) or _behind(items[at])):
        at += 1
    lead = items[:at]
    if (_C.AT, _C.AT_BOUNDARY) not in lead:
        return None
    heads = _heads(items[at:])
    if heads is None:
        return None
    behind = [item for item in lead if item != (_C.AT, _C.AT_BOUNDARY)]
    if behind and any(way[0][0] is _C.BRANCH for way in heads):
        # a long choice of words kept whole: its looks would be tried after each of its many first
        # letters, which costs more than trying them first at every place (measured); compiled as written
        return None
    return [(way, behind) for way in heads]


def _heads(items: list[Any]) -> list[list[Any]] | None:
    """The items as ways that each start with a word character (or a choice of them), in the order
    they are tried: (a|b) r is a r|b r; (?:a)? r is a r|r; a plain group is its items. A long choice
    of words is kept whole (its rest written once). None when that cannot be."""
    if not items:
        return None
    first, rest = items[0], items[1:]
    if _word_literal(first):
        return [items]
    op, av = first
    if op is _C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _heads([*av[3].data, *rest])
    if op is _C.BRANCH:
        if len(av[1]) > _SPREAD and all(choice.data and _word_literal(choice.data[0]) for choice in av[1]):
            return [items]
        out: list[list[Any]] = []
        for choice in av[1]:
            found = _heads([*choice.data, *rest])
            if found is None or len(out) + len(found) > _MOST_WAYS:
                return None
            out.extend(found)
        return out
    if op is _C.MAX_REPEAT and av[0] == 0 and av[1] == 1 and av[2].getwidth()[0] > 0:
        once, never = _heads([*av[2].data, *rest]), _heads(rest)
        return None if once is None or never is None else [*once, *never]
    return None


def _guarded(way: list[Any], behind: list[Any], shifted: dict[tuple[int, int], Any]) -> list[Any]:
    """A way to start, "\\b" and the look behinds beside it moved after its first word character:
    c (?<!\\wc) (?<!xc) ... (each look moved once per letter, kept in ``shifted``: the choices that
    start with that letter hold the same items, so grouping them by letter shares them)."""
    first = way[0]
    if first[0] is _C.BRANCH:
        choices = [_PARSER.SubPattern(c.state, _guarded(list(c.data), behind, shifted)) for c in first[1][1]]
        return [(_C.BRANCH, (None, choices)), *way[1:]]
    char = first[1]
    looks = []
    for look in behind:  # the tree holds each look while the rule compiles: its id names it
        moved = shifted.get((id(look), char))
        if moved is None:
            moved = shifted[(id(look), char)] = _shifted(look, char)
        looks.append(moved)
    return [first, _guard(char), *looks, *way[1:]]


def _grouped(state: Any, items: list[Any]) -> list[Any]:
    """The items with every alternation inside them grouped by first letter."""
    out: list[Any] = []
    for item in items:
        op, av = item
        if op in _LEAVES:
            out.append(item)
        elif op is _C.BRANCH:
            out.extend(_branch(state, _spliced(state, [_grouped(state, list(alt.data)) for alt in av[1]])))
        elif op is _C.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            out.append((op, (group, add_flags, del_flags, _sub(state, _grouped(state, list(sub.data))))))
        elif op in _REPEATS:
            low, high, sub = av
            out.append((op, (low, high, _sub(state, _grouped(state, list(sub.data))))))
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            direction, sub = av
            out.append((op, (direction, _sub(state, _grouped(state, list(sub.data))))))
        elif op is _ATOMIC:
            out.append((op, _sub(state, _grouped(state, list(av.data)))))
        else:
            out.append(item)
    return _held(state, _merged(state, out))


def _merged(state: Any, items: list[Any]) -> list[Any]:
    """Each run of look behinds that must not hold (``(?<!dog )(?<!cat )(?<!dogs )``) as one look per width:
    ``(?<!dog |cat )(?<!dogs )``. None of them holds exactly when no way of the one does, and they all check
    one place (their order never matters). The engine steps back once per width, not once per look, and
    tries only the ways that start with the letter it finds there (``_branch``)."""
    out: list[Any] = []
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and items[j][0] is _C.ASSERT_NOT and items[j][1][0] == -1:
            j += 1
        if j - k < 2:
            out.append(items[k])
            k += 1
            continue
        by_width: dict[int, list[list[Any]]] = {}
        for _, (_, sub) in items[k:j]:
            by_width.setdefault(sub.getwidth()[0], []).append(list(sub.data))
        for ways in by_width.values():
            out.append((_C.ASSERT_NOT, (-1, _sub(state, ways[0] if len(ways) == 1 else _branch(state, ways)))))
        k = j
    return out


_SPACE = (_C.LITERAL, ord(" "))
_WORD = [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_WORD)])]


def _held(state: Any, items: list[Any]) -> list[Any]:
    """A gap of words ``(?: \\w+){a,b}`` followed by a space, its word read whole (``\\w++``): after the
    word comes either the gap's next word or what follows the gap, and both start with a space, which
    no word character is, so giving a letter back could never let a match go on: the same matches,
    without the engine trying the word's every shorter length first."""
    possessive = getattr(_C, "POSSESSIVE_REPEAT", None)
    if possessive is None:
        return items
    for k in range(len(items) - 1):
        op, av = items[k]
        if op not in (_C.MAX_REPEAT, _C.MIN_REPEAT) or items[k + 1] != _SPACE:
            continue
        low, high, body = av
        gap = list(body.data)
        if len(gap) == 2 and gap[0] == _SPACE and _is_word_run(gap[1]):
            word = (possessive, (1, _C.MAXREPEAT, _sub(state, _WORD)))
            items[k] = (op, (low, high, _sub(state, [_SPACE, word])))
    return items


def _is_word_run(item: tuple[Any, Any]) -> bool:
    """Whether the item is ``\\w+``."""
    op, av = item
    return op is _C.MAX_REPEAT and av[0] == 1 and av[1] is _C.MAXREPEAT and list(av[2].data) == _WORD


def _spliced(state: Any, choices: list[list[Any]]) -> list[list[Any]]:
    """An alternation's choices with the plain groups that open them opened too, in the order they are
    tried: a choice that is only ``(?:a|b)`` becomes the choices a, b; one that opens with a short
    ``(?:a|b)`` then x becomes a x, b x (x written once a way, in a pattern without capturing groups).
    The engine tries a, then b, exactly as it tried them inside the group, so the first match is the
    same; opened, their first letters join the others' and the grouping by letter reaches them."""
    out: list[list[Any]] = []
    for choice in choices:
        branch = _opening_branch(choice)
        if branch is not None:
            alts = [list(alt.data) for alt in branch[1][1]]
            rest = choice[1:]
            if not rest or (state.groups == 1 and len(alts) <= _SPREAD and len(alts) * len(rest) <= _MOST_WAYS):
                out.extend(_spliced(state, [[*alt, *rest] for alt in alts]))
                continue
        out.append(choice)
    return out


def _opening_branch(choice: list[Any]) -> Any:
    """The alternation a choice opens with (as the parser keeps ``(?:a|b)``: the alternation itself, or
    a non-capturing group without flags that holds only it), else None."""
    if not choice:
        return None
    op, av = choice[0]
    if op is _C.BRANCH:
        return choice[0]
    if op is not _C.SUBPATTERN or av[0] is not None or av[1] or av[2]:
        return None
    data = av[3].data
    return data[0] if len(data) == 1 and data[0][0] is _C.BRANCH else None


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
