"""Screening free text for danger, crisis or self-harm, by meaning. Pure: no SDK imports.

``screen(text, locale)`` returns a ``Screening`` (the class of danger and its tier) or None.

- CLEAR danger: the resources at once. POSSIBLE danger ("he scares me sometimes", "I can't do this
  anymore"): a calm check first.
- How: the text is normalised the way people speak it (contractions, fillers, the partner however
  named folded to "he"), everyday idioms ("my feet are killing me") and negated harm ("he's never
  hurt me") are blanked, then rule families per class look for meaning: who, what was done, to whom.
  The rules are data in ``steady_ground.safety_en``; compiled on first use (``rule_compiler``: the
  same matches, found sooner), so the cold start pays nothing until a turn carries free text.
- Speed: an anchor index (``tools/safety_anchors.py``) says which rules a text's words could match
  and how far a match reaches from its anchor words; only those rules are searched, only where a word
  of each of their anchor sets lies within reach of the others (``tools/safety_equivalence.py``
  shows an engine change altered no answer, nor the normalised text the model reads). A blank that can
  start before its anchor word is searched only around the words holding it (``_blanked``).
  What no rule hears goes to ``safety_model.hears`` (the learned backstop, its own module): what
  only it hears is POSSIBLE.
- Measured by ``make bench-safety`` on the corpus in ``tests/corpora/safety`` (held-out part
  never tuned on).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, chain, compress
from pathlib import Path
from types import ModuleType

from steady_ground import safety_en, safety_model
from steady_ground.rule_compiler import compile_rule

TYPE_CHECKING = False  # typing itself is not imported at run time: it costs the cold start milliseconds
if TYPE_CHECKING:
    from typing import Any

    _Anchors = dict[str, Any]  # {"sets": [[prefix, ...], ...], "reach": words | None, "around", "at_end"}, by tools/safety_anchors.py

CLEAR = "clear"
POSSIBLE = "possible"
TIERS: tuple[str, ...] = (CLEAR, POSSIBLE)

SELF_HARM = "self_harm"
ASKS_FOR_HELP = "asks_help"
FEAR = "fear"
UNCLEAR = "unclear"  # heard by the model, not by a rule: no class, always the POSSIBLE tier


@dataclass(frozen=True)
class Screening:
    """What the screen heard: the class of danger, its tier, and whether it was only a bare "help"."""

    cls: str
    tier: str
    bare_help: bool = False

    @property
    def clear(self) -> bool:
        return self.tier == CLEAR


class _Rules:
    """A language's rules, indexed by their anchors; each rule compiled the first time a text could match it."""

    def __init__(self, lang: ModuleType, anchors: dict[str, _Anchors | list[list[str]]]) -> None:
        self.lang = lang
        ordered: list[tuple[str, str, str]] = []
        for tier in TIERS:
            for cls, by_tier in lang.RULES.items():
                # each way a rule's top-level "A|B|C" can match is searched as a rule of its own, in its
                # place (same class and tier): anchored on its own words, not on every branch's at once
                ordered.extend((tier, cls, part) for p in by_tier.get(tier, ()) for part in alternatives(p))
        self.rules = ordered
        self.blanks = [*lang.IDIOMS, *lang.NEGATIONS]
        self.rule_index, self.rule_needs, self.rule_always = _index([p for _, _, p in ordered], anchors)
        self.blank_index, self.blank_needs, self.blank_always = _index(self.blanks, anchors)
        self.lengths = sorted({len(a) for a in (*self.rule_index, *self.blank_index)})
        self._compiled: dict[str, re.Pattern[str]] = {}  # compiled for speed
        self._met: set[str] = set()  # needed once already (compiled as written then)
        self.searches: list[Callable[..., re.Match[str] | None] | None] = [None] * len(ordered)
        # rules that read the ends of the text ("^help$") search all of it, never a window
        self.whole = frozenset(i for i, (_, _, p) in enumerate(ordered) if "^" in p.replace("[^", "") or "$" in p)
        # words searched either side of its anchors: the rule's own reach, when the index proved one
        # (then a search of those words finds exactly what a search of all would)
        self.reach = [_reach(anchors.get(p)) for _, _, p in ordered]
        # rules whose every match ends with the text ("$" ends every way through them, the index says):
        # a match starts at most its reach before the last word
        self.at_end: dict[int, int] = {
            i: reach
            for i, ((_, _, p), reach) in enumerate(zip(ordered, self.reach, strict=True))
            if reach is not None and _at_end(anchors.get(p))
        }
        self.filler_starts = frozenset(pair.split()[0] for pair in lang.FILLER_PAIRS)
        self.table = _translation()
        self.words = {k: tuple(v.split()) for k, v in lang.WORDS.items()}
        self.token_cache: dict[str, tuple[str, ...]] = {}
        self.hit_cache: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        self.blank_cache: dict[str, frozenset[int]] = {}
        self.blank_holders: dict[int, set[str]] = {}  # a blank's first anchor set (its key) -> the cached words holding it
        # a rule's anchor sets as keys (rule * sets + set): what the words must hold besides the first set
        m = self.sets = 1 + max((*self.rule_needs.values(), *self.blank_needs.values()), default=1)
        self.rule_more = {i: tuple(i * m + k for k in range(1, need)) for i, need in self.rule_needs.items()}
        self.single = frozenset(i for i, need in self.rule_needs.items() if need == 1)  # the rules of one anchor set
        # what a match reads before and after a word of each anchor set, in words, when the index proved
        # its reach (the first set's by rule, the others' by key): see ``placed``
        self.sides: list[tuple[int, int] | None] = [None] * len(ordered)
        self.more_sides: dict[int, tuple[int, int]] = {}
        for i, need in self.rule_needs.items():
            sides = _sides(anchors.get(ordered[i][2]), self.reach[i], need)
            if sides:
                self.sides[i] = sides[0]
                for k in range(1, need):
                    self.more_sides[i * m + k] = sides[k]
        # the same, as ``placed`` reads them for a rule whose reach is proved: its first set's sides,
        # then each other set's key and sides (None: unproved)
        self.plans: list[tuple[int, int, tuple[tuple[int, int, int], ...]] | None] = [
            None if side is None else (*side, tuple((key, *self.more_sides[key]) for key in self.rule_more.get(i, ())))
            for i, side in enumerate(self.sides)
        ]
        # a span wider than this many words is searched only around its anchor words (``_search_around``),
        # with what a match reads before and after one (the plan's sides)
        self.widths: list[tuple[int, int, int] | None] = [
            None if plan is None else (WIDE * (plan[0] + plan[1] + 1), plan[0], plan[1]) for plan in self.plans
        ]
        self.blank_needed = [
            None if i in self.blank_always else frozenset(i * m + k for k in range(self.blank_needs[i]))
            for i in range(len(self.blanks))
        ]
        # what a blank's match reads before and after a word of its first anchor set (None: unproved)
        self.blank_sides: list[tuple[int, int] | None] = []
        for i, p in enumerate(self.blanks):
            sides = _sides(anchors.get(p), _reach(anchors.get(p)), self.blank_needs.get(i, 0))
            self.blank_sides.append(sides[0] if sides else None)
        self.filler_any = frozenset((*lang.FILLER_WORDS, *self.filler_starts))

    def search(self, i: int) -> Callable[..., re.Match[str] | None]:
        """Rule i's compiled search, remembered by position once it is the fast one (the inner loop)."""
        found = self.searches[i]
        if found is None:
            source = self.rules[i][2]
            pattern = self.compiled(source)
            if source in self._compiled:
                self.searches[i] = pattern.search
            return pattern.search
        return found

    def compiled(self, source: str, *, now: bool = False) -> re.Pattern[str]:
        """The rule compiled. The first time a rule is needed (the cold start's first turn, mostly) it
        is compiled as written, quickly; the next time (or ``now``), for speed by ``rule_compiler``,
        which costs more to compile and then runs faster: the same matches either way."""
        found = self._compiled.get(source)
        if found is None:
            if not now and source not in self._met:
                self._met.add(source)
                return re.compile(source)
            found = self._compiled[source] = compile_rule(source)
        return found

    def placed(self, words: list[str]) -> list[tuple[int, int, int] | tuple[int, None, None]]:
        """Each rule that could match (every one of its anchor sets present), in order, with the words
        where a match could lie (``(i, None, None)`` for a rule with no anchors: it always runs).

        A match holds a word of every set, and reads at most ``before`` words before such a word and
        ``after`` words after it (the set's sides, proved by the index): so it lies after every set's
        first word less its before, and before every set's last word plus its after. The words given are
        that span (none: the rule cannot match here, it is left out); a rule that ends with the text
        ("at_end" in the index) starts no earlier than its reach before the last word. A rule whose reach is unproved gets
        the span from the last of its sets' first words to the first of their last words."""
        cache = self.hit_cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        get = cache.get
        n = len(words)
        first_at = dict(zip(reversed(words), range(n - 1, -1, -1), strict=True))  # each word's first place
        last_at = dict(zip(words, range(n), strict=True))
        lows: dict[int, int] = {}  # rule -> the first and the last word holding its first set
        highs: dict[int, int] = {}
        holding: list[str] = []  # the words that hold some rule's other anchor sets
        for word in first_at:
            hit = get(word)
            if hit is None:
                hit = cache[word] = self._rule_hits(word)
            firsts, others = hit
            if others:
                holding.append(word)
            if firsts:
                _widen(lows, highs, firsts, first_at[word], last_at[word])
        more = self.rule_more
        # the other sets of the rules whose first set is here
        wanted = set(chain.from_iterable(map(more.__getitem__, lows)))
        more_lows: dict[int, int] = {}
        more_highs: dict[int, int] = {}
        for word in holding:
            _widen(more_lows, more_highs, cache[word][1] & wanted, first_at[word], last_at[word])
        found: list[tuple[int, int, int] | tuple[int, None, None]] = [(i, None, None) for i in self.rule_always]
        append = found.append
        low = more_lows.get
        sides = self.sides
        for i in self.at_end.keys() & lows.keys():  # it ends with the text: it starts no farther back than its reach
            reach = self.at_end[i]
            lo = lows[i]
            side = sides[i]
            if side is not None and lo - side[0] < n - 1 - reach:
                lows[i] = n - 1 - reach + side[0]
        plans = self.plans
        # the rules whose every set is here: those of one set, and those whose second set is (the rest checked below)
        candidates = lows.keys() & self.single
        candidates.update({key // self.sets for key in more_lows})
        for i in candidates:
            lo = lows[i]
            plan = plans[i]
            if plan is not None:
                before, after, rest = plan
                lo -= before
                hi = highs[i] + after
                for key, before, after in rest:
                    at = low(key)
                    if at is None:
                        break
                    at -= before
                    if at > lo:
                        lo = at
                    at = more_highs[key] + after
                    if at < hi:
                        hi = at
                else:
                    if lo <= hi:
                        append((i, lo, hi))
                continue
            hi = highs[i]
            for key in more[i]:
                at = low(key)
                if at is None:
                    break
                if at > lo:
                    lo = at
                at = more_highs[key]
                if at < hi:
                    hi = at
            else:
                append((i, lo, hi))
        found.sort()
        return found

    def positions(self, i: int, words: list[str]) -> list[int]:
        """Every word holding rule i's first anchor set, in order."""
        get = self.hit_cache.get
        out = []
        for pos, word in enumerate(words):
            hit = get(word) or self._rule_hits(word)
            if i in hit[0]:
                out.append(pos)
        return out

    def _rule_hits(self, word: str) -> tuple[frozenset[int], frozenset[int]]:
        """The rules whose first anchor set the word holds; the keys (rule * sets + set) of the other sets it holds.

        A blank's "~" is not a letter: a word glued after it ("he ~kill myself", where "pushed me to " was
        blanked) starts there as the rules read it, so it holds what it would hold alone."""
        hits = self._hits(word, self.rule_index)
        for glued in word.split("~")[1:]:
            if glued:
                hits |= self._hits(glued, self.rule_index)
        m = self.sets
        return frozenset(i for i, k in hits if k == 0), frozenset(i * m + k for i, k in hits if k)

    def _hits(self, word: str, index: dict[str, tuple[tuple[int, int], ...]]) -> set[tuple[int, int]]:
        """(rule, anchor set) for each anchor prefix the word starts with."""
        found: set[tuple[int, int]] = set()
        for length in self.lengths:
            if length > len(word):
                break
            found.update(index.get(word[:length], ()))
        return found

    def blanks_for(self, words: list[str]) -> list[int]:
        """The idiom and negation blanks whose anchor sets the words all hold, in order."""
        cache, holders = self.blank_cache, self.blank_holders
        if len(cache) > CACHE_LIMIT:
            cache.clear()
            holders.clear()
        get = cache.get
        m = self.sets
        keys: set[int] = set()
        for word in set(words):
            hit = get(word)
            if hit is None:
                hit = cache[word] = frozenset(i * m + k for i, k in self._hits(word, self.blank_index))
                for key in hit:
                    holders.setdefault(key, set()).add(word)
            if hit:
                keys.update(hit)
        return [i for i, needed in enumerate(self.blank_needed) if needed is None or keys.issuperset(needed)]

    def blank_starts(self, words: list[str], wanted: list[int]) -> dict[int, list[int]]:
        """Where (in letters) each word holding the first anchor set of each wanted blank starts in the
        words said (joined by single spaces), in order (their anchors looked up already: ``blanks_for``)."""
        found: dict[int, list[int]] = {}
        if not wanted:
            return found
        present = set(words)
        holders, m = self.blank_holders, self.sets
        held = {i: present.intersection(holders.get(i * m, ())) for i in wanted}
        anywhere = set().union(*held.values())
        at: dict[str, list[int]] = {}
        if anywhere:
            letters = list(accumulate(map(len, words), initial=0))  # before each word (and a space per word)
            for k in compress(range(len(words)), map(anywhere.__contains__, words)):  # only the words held
                at.setdefault(words[k], []).append(letters[k] + k)
        for i, holding in held.items():
            found[i] = sorted(chain.from_iterable(map(at.__getitem__, holding))) if holding else []
        return found


_SYNTAX = re.compile(r"\\.|[][()|]")  # what can open or close a group or class, or split: escapes read whole


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level branches ("A|B|C" -> A, B, C; one that has none: itself).

    A text holds a match of the pattern exactly when it holds a match of one of them, so the first rule
    that matches (and with it the class and tier) is the same whether they are searched one by one or
    together. Splits only at a "|" outside every group and character class; each branch must compile.
    Only the syntax characters are visited (the rules are split as the screen loads: cold start)."""
    if "|" not in pattern:
        return [pattern]
    parts: list[str] = []
    depth, start = 0, 0
    literal_close = -1  # inside a class: where a "]" is a letter of it (first, or first after "^")
    in_class = False
    for m in _SYNTAX.finditer(pattern):
        ch, i = m.group(), m.start()
        if len(ch) == 2:  # an escape
            continue
        if in_class:
            if ch == "]" and i != literal_close:
                in_class = False
        elif ch == "[":
            in_class = True
            literal_close = i + 1 + pattern.startswith("^", i + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    if not parts:
        return [pattern]
    parts.append(pattern[start:])
    return parts


def _widen(lows: dict[int, int], highs: dict[int, int], keys: frozenset[int], lo: int, hi: int) -> None:
    """Each key's span widened to hold the word from ``lo`` to ``hi`` (its first and its last place)."""
    for key in keys:
        if key in lows:
            if lo < lows[key]:
                lows[key] = lo
            if hi > highs[key]:
                highs[key] = hi
        else:
            lows[key], highs[key] = lo, hi


def _sides(entry: _Anchors | list[list[str]] | None, reach: int | None, sets: int) -> list[tuple[int, int]] | None:
    """What a match reads before and after a word of each anchor set (the index's "around"; an index of
    an older shape: the rule's whole reach either way, which bounds both). None: reach unproved."""
    if reach is None:
        return None
    around = entry.get("around") if isinstance(entry, dict) else None
    if isinstance(around, list) and len(around) == sets:
        return [(min(b, reach), min(a, reach)) for b, a in around]
    return [(reach, reach)] * sets


def _at_end(entry: _Anchors | list[list[str]] | None) -> bool:
    return isinstance(entry, dict) and entry.get("at_end") is True


def _reach(entry: _Anchors | list[list[str]] | None) -> int | None:
    reach = entry.get("reach") if isinstance(entry, dict) else None  # an index of the older shape: none
    return reach if isinstance(reach, int) else None


def _index(
    patterns: list[str], anchors: dict[str, _Anchors | list[list[str]]]
) -> tuple[dict[str, tuple[tuple[int, int], ...]], dict[int, int], frozenset[int]]:
    """prefix -> (rule, which anchor set); how many sets each rule needs; rules with none (always run)."""
    index: dict[str, set[tuple[int, int]]] = {}
    needs: dict[int, int] = {}
    always: set[int] = set()
    for i, p in enumerate(patterns):
        entry = anchors.get(p)
        sets = entry.get("sets") if isinstance(entry, dict) else entry  # older shape: the sets alone
        if not sets:
            always.add(i)  # no proven anchor (or a stale index): the rule runs on every text
            continue
        needs[i] = len(sets)
        for k, words in enumerate(sets):
            for w in words:
                index.setdefault(w, set()).add((i, k))
    return {w: tuple(ids) for w, ids in index.items()}, needs, frozenset(always)


def _translation() -> dict[int, str]:
    """Lowercase text to [a-z0-9' ]: curly quotes become apostrophes, other marks spaces."""
    table = dict.fromkeys(range(0x2100), " ")
    for kept in "abcdefghijklmnopqrstuvwxyz0123456789' ":
        del table[ord(kept)]
    for quote in "\u2019\u2018`\u00b4":
        table[ord(quote)] = "'"
    table[ord("&")] = " and "
    for accented, plain in zip("éèêëáàâäíìîïóòôöúùûüç", "eeeeaaaaiiiioooouuuuc", strict=True):
        table[ord(accented)] = plain
    return table


_RULES: dict[str, _Rules] = {}
CACHE_LIMIT = 50_000  # distinct words remembered (their expansion and the rules they anchor)
WINDOW = 24  # words searched either side of an anchor; the longest rule spans about 20


def _rules_for(locale: str | None) -> _Rules:
    lang = "en"  # every English locale; other languages fall back to English rules until they have their own
    found = _RULES.get(lang)
    if found is None:
        anchors = json.loads((Path(__file__).parent / f"safety_anchors_{lang}.json").read_text(encoding="utf-8"))
        found = _RULES[lang] = _Rules(safety_en, anchors)
    return found


def _expand(raw: str, rules: _Rules) -> tuple[str, ...]:
    """One spoken token as words: "won't" -> will not, "she'll" -> he will, "husband's" kept for the partner pass."""
    lang = rules.lang
    mapped = rules.words.get(raw)
    if mapped is not None:
        return mapped
    if "'" not in raw:
        return (raw,)
    word = raw.strip("'")
    if not word:
        return ()
    mapped = rules.words.get(word)
    if mapped is not None:
        return mapped
    if word.endswith("'s"):
        base = word[:-2]
        return (*rules.words.get(base, (base,)), "is") if base in lang.IS_AFTER else (word,)
    for suffix, expansion in lang.SUFFIXES:
        if word.endswith(suffix):
            base = word[: -len(suffix)]  # empty for a lone "n't" (speech to text splits "do n't"): no word of its own
            return (*(rules.words.get(base, (base,)) if base else ()), *expansion.split())
    return (word,)


def _words(text: str, rules: _Rules) -> list[str]:
    """Spoken text as words: contractions opened, the partner however named folded to "he"."""
    lang = rules.lang
    cache = rules.token_cache
    if len(cache) > CACHE_LIMIT:
        cache.clear()
    out: list[str] = []
    spoken = text.lower().translate(rules.table)
    for raw in spoken.split():
        got = cache.get(raw)
        if got is None:
            got = cache[raw] = _expand(raw, rules)
        out.extend(got)
    # the partner: "my husband" -> he, "my other half's" -> his (looked for only after a determiner)
    folded: list[str] = []
    i, n = 0, len(out)
    for k in compress(range(n - 1), map(lang.DETERMINERS.__contains__, out)):
        if k < i:
            continue  # a word of a partner already folded
        nxt = out[k + 1]
        pair = f"{nxt} {out[k + 2]}" if k + 2 < n else ""
        two = pair.replace("'s", "") if pair else ""
        if two and two in lang.PARTNER_PAIRS:
            folded.extend(out[i:k])
            folded.extend(_partner(out[k + 2], out[k + 3] if k + 3 < n else "", lang))
            i = k + 3
            continue
        one = nxt.removesuffix("'s").replace("'", "")
        if one in lang.PARTNER_NOUNS:
            folded.extend(out[i:k])
            folded.extend(_partner(nxt, out[k + 2] if k + 2 < n else "", lang))
            i = k + 2
    folded.extend(out[i:])
    if "'" in spoken:  # a word's own apostrophes go ("o'clock"); the partner's words never hold one
        return [word.replace("'", "") if "'" in word else word for word in folded]
    return folded


def _partner(noun: str, following: str, lang: ModuleType) -> tuple[str, ...]:
    """ "my husband" -> he; "my husband's gun" -> his gun; "my husband's drunk" -> he is drunk."""
    if not noun.endswith("'s"):
        return ("he",)
    if following in lang.IS_BEFORE or following.endswith("ing"):
        return ("he", "is")
    return ("his",)


def _strip_fillers(words: list[str], rules: _Rules) -> tuple[list[str], bool]:
    """The words without fillers ("um", "you know"), and whether a hedge ("a bit") was among them."""
    lang = rules.lang
    if rules.filler_any.isdisjoint(words):
        return words, False
    hedged = False
    kept: list[str] = []
    i, n = 0, len(words)
    for c in [k for k, word in enumerate(words) if word in rules.filler_any]:
        if c < i:
            continue  # the second word of a filler pair
        kept.extend(words[i:c])
        word = words[c]
        i = c + 1
        if c + 1 < n and word in rules.filler_starts:
            pair = f"{word} {words[c + 1]}"
            if pair in lang.FILLER_PAIRS:
                hedged = hedged or pair in lang.HEDGE_PAIRS
                i = c + 2
                continue
        if word in lang.FILLER_WORDS and not (word == "like" and kept and kept[-1] in lang.LIKE_KEPT_AFTER):
            hedged = hedged or word in lang.HEDGE_WORDS
            continue
        kept.append(word)
    kept.extend(words[i:])
    return kept, hedged


def normalise(text: str, locale: str | None = "en-US") -> tuple[str, bool]:
    """The text as the rules read it (idioms and negated harm blanked), and whether it was hedged."""
    rules = _rules_for(locale)
    words, hedged = _strip_fillers(_words(text, rules), rules)
    return _blanked(rules, words), hedged


def _blanked(rules: _Rules, words: list[str]) -> str:
    """The words said, each idiom and negation whose anchor sets they hold blanked ("~"), in order.

    Each blank replaces every match a search of the whole text (as the blanks before it left it) would
    find. One whose sides the index proved (even one that starts at its anchor word: searching all the
    text costs more than its windows) is searched only around the words holding that set: a match holds one, and
    reads at most the set's sides (proved by the index) before and after it, so it lies in that word's
    window, and a search of a window ending at a word's end finds there what a search of the whole text
    would (see ``_first_rule``). Overlapping windows are searched as one: each match is found once, in
    order. Where those words are is read once; a blank before may have merged words into its "~", so
    each place is moved as the blanks moved the letters. A blank that ends inside a word leaves the rest
    of it glued to its "~" ("~s"), which may start with an anchor no word did: the blanks after it
    search the whole text. A window's ends are found by skipping its words' spaces from the anchor word
    (backwards in the text reversed), which needs words joined by single spaces: no word is empty (a lone
    "n't" is the word "not")."""
    said = " ".join(words)
    held = rules.blanks_for(words)
    if not held:
        return said
    sides = rules.blank_sides
    starts = rules.blank_starts(words, [i for i in held if sides[i] is not None])
    backwards: str | None = None  # the text reversed, once needed
    moves: list[tuple[int, int]] = []  # each stretch blanked, where it lay in the text as it then was
    # a start's place once moved by the first so many of the moves (blanks share anchor words: each
    # start is moved by each stretch once, as moving it by all of them in turn would)
    moved: dict[int, tuple[int, int]] = {}
    for i in held:
        pattern = rules.compiled(rules.blanks[i])
        size = len(said)
        if i in starts:
            if backwards is None:
                backwards = said[::-1]
            before, after = sides[i] or (0, 0)
            back, ahead = _skip(before + 1).match, _skip(after + 1).match
            spans: list[list[int]] = []
            count = len(moves)
            for at in starts[i]:
                if count:
                    place, done = moved.get(at, (at, 0))
                    if done < count:
                        place = _moved(place, moves[done:] if done else moves)
                        moved[at] = (place, count)
                    at = place
                found = back(backwards, size - at)
                lo = size - found.end() + 1 if found else 0  # the start of the word ``before`` words back
                found = ahead(said, at)
                hi = found.end() - 1 if found else size  # the end of the word ``after`` words on
                if spans and lo <= spans[-1][1]:
                    spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
        else:
            spans = [[0, size]]
        changed, cut = _replaced(pattern, said, spans, moves)
        if cut:
            starts = {}  # a word was cut: search everywhere from now on
        if changed is not None:
            said = changed
            backwards = None  # its words changed
    return said


def _replaced(
    pattern: re.Pattern[str], said: str, spans: list[list[int]] | list[tuple[int, int]], moves: list[tuple[int, int]]
) -> tuple[str | None, bool]:
    """The text with each match in the spans (in order, apart) replaced by "~", each stretch added to
    ``moves`` (None: nothing matched), and whether one ended inside a word (its rest glued to the "~")."""
    pieces: list[str] = []
    at = shift = 0
    size = len(said)
    cut_word = False
    for start, end in spans:
        for found in pattern.finditer(said, start, end):
            cut, rest = found.span()
            pieces += (said[at:cut], "~")
            at = rest
            moves.append((cut - shift, rest - shift))
            shift += rest - cut - 1
            if rest < size and said[rest] != " " and said[rest - 1] != " ":
                cut_word = True
    return ("".join(pieces) + said[at:] if pieces else None), cut_word


_SKIPS: dict[int, re.Pattern[str]] = {}


def _skip(spaces: int) -> re.Pattern[str]:
    """What reads on to the given number of spaces (the end of a word, then of the words after it)."""
    found = _SKIPS.get(spaces)
    if found is None:
        found = _SKIPS[spaces] = re.compile(f"(?:[^ ]* ){{{spaces}}}")
    return found


def _moved(at: int, moves: list[tuple[int, int]]) -> int:
    """Where a letter lies once each stretch (start, end) in turn is blanked (a "~" when it was in one)."""
    for cut, rest in moves:
        if at >= rest:
            at -= rest - cut - 1
        elif at > cut:
            at = cut
    return at


def _search_windows(
    search: Callable[[str, int, int], re.Match[str] | None], said: str, starts: list[int], positions: list[int]
) -> re.Match[str] | None:
    """Search the words around each anchor (windows merged): every rule spans far fewer than WINDOW words."""
    last = len(starts) - 1
    windows: list[list[int]] = []
    for p in positions:
        lo, hi = max(0, p - WINDOW), min(last, p + WINDOW)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        end = len(said) if hi >= last else starts[hi + 1] - 1
        found = search(said, starts[lo], end)
        if found:
            return found
    return None


WIDE = 2  # a span wider than this many of a rule's windows is searched only in the windows (``_search_around``)


def _holding(rules: _Rules, words: list[str], placed: list[tuple[int, int, int] | tuple[int, None, None]]) -> dict[int, list[int]]:
    """For each placed rule whose span is wide, the words (their places, in order) holding its first anchor set."""
    widths = rules.widths
    wide = set()
    for i, lo, hi in placed:
        if lo is not None and hi is not None:
            width = widths[i]
            if width is not None and hi - lo > width[0]:
                wide.add(i)
    cache = rules.hit_cache  # ``placed`` looked up every word
    hits = list(map(wide.intersection, [cache[word][0] for word in words]))
    out: dict[int, list[int]] = {i: [] for i in wide}
    for k in compress(range(len(words)), hits):
        for i in hits[k]:
            out[i].append(k)
    return out


def _search_around(
    search: Callable[[str, int, int], re.Match[str] | None],
    said: str,
    ends: list[int],
    holding: list[int],
    before: int,
    after: int,
    lo: int,
    hi: int,
) -> re.Match[str] | None:
    """Search the span from word ``lo`` to ``hi`` only around the words holding the rule's first anchor set.

    A match holds such a word and reads at most ``before`` words before it and ``after`` after it (the
    set's sides, proved by the index), so it lies in that word's window, inside the span: the windows
    (merged where they touch) hold every match the span does. What a window's search finds reads nothing
    past its end: it holds a word of the set inside the window, whose own window the merged one holds, or
    it reads no farther than the span's end (see ``_first_rule``); so it is a match of the whole text."""
    last = len(ends) - 2
    size = len(said)
    spans: list[list[int]] = []
    for at in holding:
        start, end = at - before, at + after
        if start < lo:
            start = lo
        if end > hi:
            end = hi
        if start > end:
            continue
        if spans and start <= spans[-1][1] + 1:
            spans[-1][1] = end  # the windows are in order, each as wide: the later one ends later
        else:
            spans.append([start, end])
    for start, end in spans:
        found = search(said, ends[start] + start if start > 0 else 0, ends[end + 1] + end if end < last else size)
        if found:
            return found
    return None


def _first_rule(rules: _Rules, said: str, words: list[str]) -> int | None:
    """The first rule, in order, that matches the text.

    A rule whose reach the index proved is searched once, over the span ``placed`` gives: every match
    lies there. The search stops at the end of the span's last word, and a match that read past it (a
    "$", a look ahead) would read more than ``after`` words after a word of the set whose last word plus
    ``after`` ends the span: what is searched there finds exactly what a search of the whole text would
    (tests/test_safety_engine.py). Other rules are searched as they always were: the whole text, or a
    wide window around each anchor word."""
    placed = rules.placed(words)
    if not placed:
        return None
    last = len(words) - 1
    ends = list(accumulate(map(len, words), initial=0))  # letters before each word
    aligned = ends[-1] + last == len(said)  # single spaces between the words (else: as before)
    starts: list[int] | None = None
    whole, reaches, searches, widths = rules.whole, rules.reach, rules.searches, rules.widths
    size = len(said)
    held: dict[int, list[int]] | None = None  # a wide rule -> the words holding its first anchor set, in order
    for i, lo, hi in placed:
        search = searches[i] or rules.search(i)
        reach = reaches[i]
        if reach is not None and aligned and lo is not None and hi is not None:
            width = widths[i]
            if width is not None and hi - lo > width[0]:
                if held is None:
                    held = _holding(rules, words, placed)
                found = _search_around(search, said, ends, held[i], width[1], width[2], max(lo, 0), min(hi, last))
            else:
                found = search(said, ends[lo] + lo if lo > 0 else 0, ends[hi + 1] + hi if hi < last else size)
        elif lo is None or i in whole:
            found = search(said)
        else:
            if starts is None:
                starts = [count + k for k, count in enumerate(ends[:-1])]
            found = _search_windows(search, said, starts, rules.positions(i, words))
        if found:
            return i
    return None


def screen(text: str | None, locale: str | None, *, use_model: bool = True) -> Screening | None:
    """The danger the text speaks of, with its tier, or None for everyday speech.

    The rules decide first (their class, and their tier); what only the model hears is POSSIBLE. Words said to
    the app alone (taking back what was being said, pausing the talk here) are not the model's to weigh.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    rules = _rules_for(locale)
    said, hedged = normalise(text, locale)
    if not said:
        return None
    words = said.split()
    i = _first_rule(rules, said, words)
    if i is not None:
        tier, cls, _ = rules.rules[i]
        if tier == CLEAR and hedged and cls == FEAR:
            tier = POSSIBLE  # "he scares me sometimes": a calm check first
        bare = cls == ASKS_FOR_HELP and rules.compiled(rules.lang.BARE_HELP).match(said) is not None
        return Screening(cls, tier, bare_help=bare)
    if use_model and not _only_to_the_app(rules, said, words) and safety_model.hears(words, "en"):
        return Screening(UNCLEAR, POSSIBLE)
    return None


def _only_to_the_app(rules: _Rules, said: str, words: list[str]) -> bool:
    """Words said to the app alone, which carry nothing of their own for the model to weigh: taking back what was
    being said ("never mind, cancel it"), or pausing the talk here ("let me stop here")."""
    return rules.lang.TAKING_BACK_WORDS.issuperset(words) or rules.compiled(rules.lang.PAUSING_HERE).fullmatch(said) is not None


def warm(locale: str | None = "en-US") -> int:
    """Compile every rule and load the model now (a SnapStart init): a restore's first answer pays nothing."""
    rules = _rules_for(locale)
    for source in (*(p for _, _, p in rules.rules), *rules.blanks, rules.lang.BARE_HELP):
        rules.compiled(source, now=True)
    safety_model.model_for("en")
    return len(rules.rules)


def crisis_class(text: str | None, locale: str | None) -> str | None:
    found = screen(text, locale)
    return found.cls if found else None


def is_crisis(text: str | None, locale: str | None) -> bool:
    """Any tier: the words go to the safety answer, never to coaching or storage."""
    return screen(text, locale) is not None
