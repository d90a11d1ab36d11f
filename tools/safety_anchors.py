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
"""

from __future__ import annotations

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
    """How often everyday speech holds one of these prefixes: the rarer, the fewer turns run the rule."""
    return sum(1 for w in _EVERYDAY for a in cand if w.startswith(a))


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    good = [c for c in cands if c and min(len(s) for s in c) >= MIN_ANCHOR] or [c for c in cands if c]
    if not good:
        return None
    return min(good, key=lambda c: (_cost(c), -min(len(s) for s in c), len(c), sorted(c)))


def _pieces(buf: str, word_start: bool) -> list[frozenset[str]]:
    parts = buf.split(" ")
    out = []
    for i, piece in enumerate(parts):
        if piece and (i > 0 or word_start) and re.fullmatch(r"[a-z0-9~]+", piece):
            out.append(frozenset({piece}))
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
    return _best(_candidates(items, word_start, prefix))


def _candidates(items: Any, word_start: bool = True, prefix: str = "") -> list[frozenset[str]]:
    """Word prefixes, one of which must start some word of any match of this parsed sequence.

    ``prefix`` is the part of a word already consumed before this sequence (it began at a word
    start when ``word_start`` is true): the parser factors "choked|chokes" into "choke" + [ds].
    """
    cands: list[frozenset[str]] = []
    buf = prefix
    buf_start = word_start
    at_word_start = word_start if not prefix else False

    def flush(keep_tail: bool) -> tuple[str, bool]:
        """Candidates from the literal run; returns the unfinished last word (and whether it starts a word)."""
        nonlocal buf
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
                cands.extend(_pieces(done, buf_start))
        buf = ""
        return tail, tail_start

    for op, av in items:
        if op is _C.LITERAL:
            ch = chr(av)
            if not buf:
                buf_start = at_word_start
            buf += ch
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
            reqs = [requirement(b, start, tail if tail_start else "") for b in alts]
            if all(reqs):
                cands.append(frozenset().union(*[r for r in reqs if r]))
            at_word_start = all(_ends_with_space(b) for b in alts)
            continue
        flush(keep_tail=False)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, item = av
            if lo >= 1:
                sub = requirement(item, before)
                if sub:
                    cands.append(sub)
            at_word_start = before and lo == 0 and _ends_with_space(item)
            continue
        at_word_start = False
    flush(keep_tail=False)
    return cands


def anchors_for(pattern: str, most: int = 2) -> list[list[str]]:
    """Up to ``most`` independent anchor sets (each from its own place in the pattern): a text can
    match only if, for every set, one of its words starts with one of the set's prefixes."""
    cands = [c for c in _candidates(_P.parse(pattern)) if c and min(len(s) for s in c) >= MIN_ANCHOR]
    ranked = sorted(set(cands), key=lambda c: (_cost(c), -min(len(s) for s in c), len(c), sorted(c)))
    return [sorted(c) for c in ranked[:most]]


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


def all_patterns() -> list[str]:
    pats = [p for by_tier in safety_en.RULES.values() for tier in by_tier.values() for p in tier]
    return [*pats, *safety_en.IDIOMS, *safety_en.NEGATIONS]


def build() -> dict[str, dict[str, Any]]:
    """pattern -> its anchor sets, and how far (in words) a match can reach from one of its words."""
    if not _EVERYDAY:
        _EVERYDAY.extend(_everyday_words())
    return {p: {"sets": anchors_for(p), "reach": reach(p)} for p in all_patterns()}


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
