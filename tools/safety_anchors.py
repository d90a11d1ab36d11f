"""Anchors for the safety screen's rules: which words a text must hold before a rule can match.

    .venv/bin/python tools/safety_anchors.py          # rewrite lambda/steady_ground/safety_anchors_en.json
    .venv/bin/python tools/safety_anchors.py --check  # exit 1 if the file is stale (the tests run this)

The screen reads normalised text: lowercase words of [a-z0-9~] joined by single spaces. For every
rule (and every idiom and negation blank) this finds, from the regular expression's parse tree, a
set of word prefixes such that any text the rule matches has a word starting with one of them.
At run time only the rules whose anchors occur are compiled and searched, so a long everyday answer
costs a few dictionary lookups per word instead of every rule scanning it (issue 13: p99 < 1 ms).
The extraction is conservative: when no anchor can be proved, the rule has none and always runs.

Each rule also gets its reach: the most spaces a match can read (its lookarounds and "$" included).
A match touches one of its anchor words, so all it reads lies within that many words either side of
it: the screen searches only there, and finds exactly what a search of the whole text would. A rule
whose reach cannot be bounded gets none (searched as before: the whole text, or a wide window).
And each anchor set gets its own sides ("around": [before, after]): the most spaces a match reads
before the start of the set's word and after it. A threat rule reads a few words before "said" and
many after it: the screen searches from each set's first word less its before to its last word plus
its after (the narrowest of these), a span often far shorter than the whole reach either side.
A rule whose every match ends with the text ("$" ends every way through it) is marked "at_end": its
match starts within its reach of the last word, so it is searched only there.
The output is deterministic: one run writes the file a second run would (``--check``).
"""

from __future__ import annotations

import bisect
import collections
import csv
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lambda"))

from steady_ground import safety_en  # noqa: E402

OUT = ROOT / "lambda" / "steady_ground" / "safety_anchors_en.json"
_P: Any = importlib.import_module("re._parser")  # the stdlib's own parser (sre_parse)
_C: Any = importlib.import_module("re._constants")
MIN_ANCHOR = 3  # shorter prefixes ("he", "me") would let nearly every rule run


def _everyday_words() -> list[str]:
    """Words of the tuning parts' everyday sentences (every ``tuning*.tsv``), normalised as the screen reads them."""
    from steady_ground import safety

    rows: list[dict[str, str]] = []
    for path in sorted((ROOT / "tests" / "corpora" / "safety").glob("tuning*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [w for r in rows if r["class"].startswith("safe_") for w in safety.normalise(r["text"])[0].split()]


_EVERYDAY: list[str] = []


def _cost(cand: frozenset[str]) -> int:
    """How often everyday speech holds one of these prefixes: the rarer, the fewer turns run the rule.
    A word is counted once for each prefix of the set it starts with."""
    found = _COSTS.get(cand)
    if found is None:
        found = _COSTS[cand] = sum(_prefix_count(a) for a in cand)
    return found


def _prefix_count(prefix: str) -> int:
    """How many everyday words start with ``prefix``: the words sorted once, the ones starting with it are
    a run found by bisection, and running totals give its size."""
    if not _SORTED:
        counts = collections.Counter(_EVERYDAY)
        _SORTED.extend(sorted(counts))
        _RUNNING.append(0)
        for word in _SORTED:
            _RUNNING.append(_RUNNING[-1] + counts[word])
    lo = bisect.bisect_left(_SORTED, prefix)
    hi = bisect.bisect_left(_SORTED, prefix + "\uffff", lo)  # every character a word holds sorts below it
    return _RUNNING[hi] - _RUNNING[lo]


_COSTS: dict[frozenset[str], int] = {}  # remembered: the same sets are ranked again and again
_SORTED: list[str] = []  # the distinct everyday words, sorted
_RUNNING: list[int] = []  # _RUNNING[i]: how many everyday words sort before _SORTED[i]


_Cand = tuple[frozenset[str], "int | None", "int | None"]  # prefixes; most spaces read before / after their word's start


def _key(c: frozenset[str]) -> tuple[int, int, int, list[str]]:
    return (_cost(c), -min(len(s) for s in c), len(c), sorted(c))


def _span(c: _Cand) -> float:
    """How many words a window around one of the set's words spans (unbounded: infinite)."""
    return float("inf") if c[1] is None or c[2] is None else c[1] + c[2]


def _best(cands: list[_Cand]) -> _Cand | None:
    """The rarest set (as ever); of its places in the pattern, the one read least far around."""
    good = [c for c in cands if c[0] and min(len(s) for s in c[0]) >= MIN_ANCHOR] or [c for c in cands if c[0]]
    if not good:
        return None
    best = min(good, key=lambda c: _key(c[0]))
    return min((c for c in good if c[0] == best[0]), key=_span)


def _pieces(buf: str, word_start: bool) -> list[tuple[int, frozenset[str]]]:
    """(where in ``buf`` the word starts, the word) for each whole or begun word of the literal run."""
    out = []
    at = 0
    for i, piece in enumerate(buf.split(" ")):
        if piece and (i > 0 or word_start) and re.fullmatch(r"[a-z0-9~]+", piece):
            out.append((at, frozenset({piece})))
        at += len(piece) + 1
    return out


def _ends_with_space(items: Any) -> bool:
    """Whether every path through this parsed sequence ends by consuming a space."""
    if not items:
        return False
    op, av = list(items)[-1]
    if op is _C.LITERAL:
        return bool(av == ord(" "))
    if op is _C.SUBPATTERN:
        return _ends_with_space(av[-1])
    if op is _C.BRANCH:
        return all(_ends_with_space(b) for b in av[1])
    return False


def requirement(items: Any, word_start: bool = True, prefix: str = "") -> frozenset[str] | None:
    found = _best(_candidates(items, word_start, prefix))
    return found[0] if found else None


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _most(values: list[int | None]) -> int | None:
    return None if None in values else max(v for v in values if v is not None)


def _placed(items: list[Any], at: int, inner: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The most spaces a match of ``items`` reads before and after an anchor word that starts in item ``at``
    (-1: before the first item, a word begun earlier), ``inner`` being what that item reads before and
    after the word's start. A look behind after the word reads back past it (and a look ahead before
    it, on past it): what those read counts on the other side too."""
    if at < 0:
        return _looks(items, BEHIND), _spaces(items)
    head, tail = items[:at], items[at + 1 :]
    before = _add(_add(_spaces(head), inner[0]), _looks(tail, BEHIND))
    after = _add(_add(inner[1], _spaces(tail)), _looks(head, AHEAD))
    return before, after


def _candidates(items: Any, word_start: bool = True, prefix: str = "") -> list[_Cand]:
    """Word prefixes, one of which must start some word of any match of this parsed sequence; with
    each, the most spaces a match reads before and after the start of that word (None: unbounded).

    ``prefix`` is the part of a word already consumed before this sequence (it began at a word
    start when ``word_start`` is true): the parser factors "choked|chokes" into "choke" + [ds].
    """
    items = list(items)
    found: list[tuple[frozenset[str], int, tuple[int | None, int | None]]] = []  # (set, its item, reach in it)
    buf = prefix
    where = [-1] * len(prefix)  # the item of each letter of buf (-1: the prefix, begun before this sequence)
    buf_start = word_start
    at_word_start = word_start if not prefix else False

    def flush(keep_tail: bool) -> tuple[str, bool]:
        """Candidates from the literal run; returns the unfinished last word (and whether it starts a word)."""
        nonlocal buf, where
        tail, tail_start = "", False
        if buf:
            if keep_tail and not buf.endswith(" "):
                cut = buf.rfind(" ")
                tail = buf[cut + 1 :]
                tail_start = cut >= 0 or buf_start
                done = buf[: cut + 1] if cut >= 0 else ""
            else:
                done = buf
            if done:
                found.extend((piece, where[at], (0, 0)) for at, piece in _pieces(done, buf_start))
        buf, where = "", []
        return tail, tail_start

    for n, (op, av) in enumerate(items):
        if op is _C.LITERAL:
            ch = chr(av)
            if not buf:
                buf_start = at_word_start
            buf += ch
            where.append(n)
            at_word_start = ch == " "
            continue
        if op is _C.AT:
            if av in (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING) and not buf:
                at_word_start = True
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            continue
        before = at_word_start
        if op in (_C.SUBPATTERN, _C.BRANCH):
            tail, tail_start = flush(keep_tail=True)
            alts = [av[-1]] if op is _C.SUBPATTERN else av[1]
            start = tail_start if tail else before
            reqs = [_best(_candidates(b, start, tail if tail_start else "")) for b in alts]
            if all(reqs):
                picked = [r for r in reqs if r]
                # a word begun before the group (its tail, no space in it) starts as many spaces in as the group
                inner = (_most([r[1] for r in picked]), _most([r[2] for r in picked]))
                found.append((frozenset().union(*[r[0] for r in picked]), n, inner))
            at_word_start = all(_ends_with_space(b) for b in alts)
            continue
        flush(keep_tail=False)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            lo, hi, item = av
            if lo >= 1:
                sub = _best(_candidates(item, before))
                if sub:
                    # in one of up to ``hi`` rounds: one round reads as it reads; more, as far as all of them
                    whole = _spaces([(op, av)])
                    found.append((sub[0], n, (sub[1], sub[2]) if hi == 1 else (whole, whole)))
            at_word_start = before and lo == 0 and _ends_with_space(item)
            continue
        at_word_start = False
    flush(keep_tail=False)
    return [(s, *_placed(items, at, inner)) for s, at, inner in found]


def ranked(pattern: str, most: int = 2) -> list[tuple[frozenset[str], list[int] | None]]:
    """Up to ``most`` independent anchor sets (each from its own place in the pattern): a text can
    match only if, for every set, one of its words starts with one of the set's prefixes. With each,
    [spaces read before, spaces read after] the start of that word in a match (None: unbounded), from
    the set's place in the pattern read least far around."""
    cands = [c for c in _candidates(_P.parse(pattern)) if c[0] and min(len(s) for s in c[0]) >= MIN_ANCHOR]
    out: list[tuple[frozenset[str], list[int] | None]] = []
    for s in sorted({c[0] for c in cands}, key=_key)[:most]:
        near = min((c for c in cands if c[0] == s), key=_span)
        out.append((s, None if near[1] is None or near[2] is None else [near[1], near[2]]))
    return out


def anchors_for(pattern: str, most: int = 2) -> list[list[str]]:
    return [sorted(s) for s, _ in ranked(pattern, most)]


AHEAD, BEHIND = 1, -1  # a look's direction, as the parser writes it


def _looks(items: Any, direction: int) -> int | None:
    """The most spaces the looks of one direction (ahead or behind) inside this parsed sequence read,
    all they hold counted (None: unbounded)."""
    total = 0
    for op, av in items:
        if op is _C.ASSERT_NOT or op is _C.ASSERT:
            inner = _spaces(av[1]) if av[0] == direction else 0
        elif op is _C.SUBPATTERN or op is getattr(_C, "ATOMIC_GROUP", None):
            inner = _looks(av[-1] if op is _C.SUBPATTERN else av, direction)
        elif op is _C.BRANCH:
            inner = _most([_looks(b, direction) for b in av[1]])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            _lo, hi, item = av
            inner = _looks(item, direction)
            if inner and hi is _C.MAXREPEAT:
                return None
            inner = None if inner is None else hi * inner
        elif op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN, _C.AT, _C.CATEGORY):
            inner = 0
        else:
            return None
        if inner is None:
            return None
        total += inner
    return total


def _spaces(items: Any) -> int | None:
    """The most spaces a match of this parsed sequence can read, lookarounds and "$" included (None: unbounded)."""
    total = 0
    for op, av in items:
        if op is _C.LITERAL:
            total += av == ord(" ")
        elif op is _C.NOT_LITERAL or op is _C.ANY:
            total += not (op is _C.NOT_LITERAL and av == ord(" "))
        elif op is _C.IN:
            total += not _no_space(av)
        elif op is _C.SUBPATTERN or op is getattr(_C, "ATOMIC_GROUP", None):
            inner = _spaces(av[-1] if op is _C.SUBPATTERN else av)
            if inner is None:
                return None
            total += inner
        elif op is _C.BRANCH:
            alts = [_spaces(b) for b in av[1]]
            if None in alts:
                return None
            total += max(a for a in alts if a is not None)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            _lo, hi, item = av
            inner = _spaces(item)
            if inner is None or (inner and hi is _C.MAXREPEAT):
                return None
            total += hi * inner
        elif op is _C.AT:
            # "$" reads the character after it (a space, unless the text ends there); "^" and "\b"
            # read the text as it is, whatever part of it is searched
            total += av in (_C.AT_END, _C.AT_END_STRING, _C.AT_END_LINE)
        elif op is _C.ASSERT_NOT or op is _C.ASSERT:
            inner = _spaces(av[1])  # what a lookaround reads counts as if the match held it
            if inner is None:
                return None
            total += inner
        else:
            return None
    return total


def _no_space(items: Any) -> bool:
    """Whether a character class provably cannot match a space (else it is counted as one)."""
    for op, av in items:
        if op is _C.LITERAL and av != ord(" "):
            continue
        if op is _C.RANGE and not av[0] <= ord(" ") <= av[1]:
            continue
        if op is _C.CATEGORY and av in (_C.CATEGORY_WORD, _C.CATEGORY_DIGIT, _C.CATEGORY_NOT_SPACE):
            continue
        return False
    return True


def reach(pattern: str) -> int | None:
    """How many words either side of an anchor word a match can reach (None: unknown, search wide)."""
    return _spaces(_P.parse(pattern))


def ends_at_end(pattern: str) -> bool:
    """Whether every way through the pattern ends with "$": then a match ends where the text does, and
    starts within its reach of the last word (the screen searches no farther back)."""
    return _ends_at_end(list(_P.parse(pattern).data))


def _ends_at_end(items: list[Any]) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if op is _C.AT:
        return av in (_C.AT_END, _C.AT_END_STRING)
    if op is _C.SUBPATTERN:
        return _ends_at_end(list(av[-1]))
    if op is _C.BRANCH:
        return all(_ends_at_end(list(b)) for b in av[1])
    return False


def all_patterns() -> list[str]:
    from steady_ground.safety import alternatives

    # the screen searches each top-level branch of a rule as a rule of its own (``safety.alternatives``)
    pats = [a for by_tier in safety_en.RULES.values() for tier in by_tier.values() for p in tier for a in alternatives(p)]
    return [*pats, *safety_en.IDIOMS, *safety_en.NEGATIONS]


def build() -> dict[str, dict[str, Any]]:
    """pattern -> its anchor sets, how far (in words) a match can reach from one of its words, and
    ("around", when proved) how far before and after a word of each set."""
    if not _EVERYDAY:
        _EVERYDAY.extend(_everyday_words())
        for remembered in (_COSTS, _SORTED, _RUNNING):  # counted before the words were read: count again
            remembered.clear()
    index: dict[str, dict[str, Any]] = {}
    for p in all_patterns():
        sets = ranked(p)
        whole = reach(p)
        index[p] = {"sets": [sorted(s) for s, _ in sets], "reach": whole}
        if whole is not None and sets and all(around for _, around in sets):
            # no side reads farther than the whole match can
            index[p]["around"] = [[min(n, whole) for n in around] for _, around in sets if around]
        if whole is not None and ends_at_end(p):
            index[p]["at_end"] = True
    return index


def render(index: dict[str, dict[str, Any]]) -> str:
    return json.dumps(index, indent=0, sort_keys=True) + "\n"


def main() -> int:
    text = render(build())
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run .venv/bin/python tools/safety_anchors.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    index = json.loads(text)
    unanchored = [p for p, a in index.items() if not a["sets"]]
    print(f"wrote {OUT.relative_to(ROOT)}: {len(index)} rules, {len(unanchored)} without anchors (always run)")
    for p in unanchored:
        print("  always runs:", p[:110])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
