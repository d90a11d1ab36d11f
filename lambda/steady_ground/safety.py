"""Screening free text for danger, crisis or self-harm, by meaning. Pure: no SDK imports.

``screen(text, locale)`` returns a ``Screening`` (the class of danger and its tier) or None.

- CLEAR danger: the resources at once. POSSIBLE danger ("he scares me sometimes", "I can't do this
  anymore"): a calm check first.
- How: the text is normalised the way people speak it (contractions, fillers, the partner however
  named folded to "he"), everyday idioms ("my feet are killing me") and negated harm ("he's never
  hurt me") are blanked, then rule families per class look for meaning: who, what was done, to whom.
  The rules are data in ``steady_ground.safety_en``; compiled on first use, so the cold start pays
  nothing until a turn carries free text. What no rule hears goes to ``safety_model.hears`` (the
  learned backstop, its own module): what only it hears is POSSIBLE.
- Measured by ``make bench-safety`` on the corpus in ``tests/corpora/safety`` (held-out part
  never tuned on).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from steady_ground import safety_en, safety_model

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

    def __init__(self, lang: ModuleType, anchors: dict[str, list[list[str]]]) -> None:
        self.lang = lang
        ordered: list[tuple[str, str, str]] = []
        for tier in TIERS:
            for cls, by_tier in lang.RULES.items():
                ordered.extend((tier, cls, p) for p in by_tier.get(tier, ()))
        self.rules = ordered
        self.blanks = [*lang.IDIOMS, *lang.NEGATIONS]
        self.rule_index, self.rule_needs, self.rule_always = _index([p for _, _, p in ordered], anchors)
        self.blank_index, self.blank_needs, self.blank_always = _index(self.blanks, anchors)
        self.lengths = sorted({len(a) for a in (*self.rule_index, *self.blank_index)})
        self._compiled: dict[str, re.Pattern[str]] = {}
        # rules that read the ends of the text ("^help$") search all of it, never a window
        self.whole = frozenset(i for i, (_, _, p) in enumerate(ordered) if "^" in p.replace("[^", "") or "$" in p)
        self.filler_starts = frozenset(pair.split()[0] for pair in lang.FILLER_PAIRS)
        self.table = _translation()
        self.words = {k: tuple(v.split()) for k, v in lang.WORDS.items()}
        self.token_cache: dict[str, tuple[str, ...]] = {}
        self.hit_cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self.blank_cache: dict[str, tuple[tuple[int, int], ...]] = {}

    def compiled(self, source: str) -> re.Pattern[str]:
        found = self._compiled.get(source)
        if found is None:
            found = self._compiled[source] = re.compile(source)
        return found

    def placed(self, words: list[str]) -> dict[int, list[int]]:
        """Each rule that could match (every one of its anchor sets present), with where its first set is."""
        cache = self.hit_cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        first: dict[int, list[int]] = {}
        seen: dict[int, set[int]] = {}
        for pos, word in enumerate(words):
            hits = cache.get(word)
            if hits is None:
                hits = cache[word] = self._hits(word, self.rule_index)
            for i, k in hits:
                seen.setdefault(i, set()).add(k)
                if k == 0:
                    first.setdefault(i, []).append(pos)
        where: dict[int, list[int]] = {i: [] for i in self.rule_always}
        for i, ks in seen.items():
            if len(ks) == self.rule_needs[i]:
                where[i] = first[i]
        return where

    def _hits(self, word: str, index: dict[str, tuple[tuple[int, int], ...]]) -> tuple[tuple[int, int], ...]:
        found: set[tuple[int, int]] = set()
        for length in self.lengths:
            if length > len(word):
                break
            found.update(index.get(word[:length], ()))
        return tuple(sorted(found))

    def blanks_for(self, words: list[str]) -> list[int]:
        """The idiom and negation blanks whose anchor sets the words all hold, in order."""
        cache = self.blank_cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        seen: dict[int, set[int]] = {}
        for word in words:
            hits = cache.get(word)
            if hits is None:
                hits = cache[word] = self._hits(word, self.blank_index)
            for i, k in hits:
                seen.setdefault(i, set()).add(k)
        found = set(self.blank_always) | {i for i, ks in seen.items() if len(ks) == self.blank_needs[i]}
        return sorted(found)


def _index(
    patterns: list[str], anchors: dict[str, list[list[str]]]
) -> tuple[dict[str, tuple[tuple[int, int], ...]], dict[int, int], frozenset[int]]:
    """prefix -> (rule, which anchor set); how many sets each rule needs; rules with none (always run)."""
    index: dict[str, set[tuple[int, int]]] = {}
    needs: dict[int, int] = {}
    always: set[int] = set()
    for i, p in enumerate(patterns):
        sets = anchors.get(p)
        if not sets:
            always.add(i)  # no proven anchor (or a stale index): the rule runs on every text
            continue
        needs[i] = len(sets)
        for k, words in enumerate(sets):
            for w in words:
                index.setdefault(w, set()).add((i, k))
    return {w: tuple(sorted(ids)) for w, ids in index.items()}, needs, frozenset(always)


def _translation() -> dict[int, str]:
    """Lowercase text to [a-z0-9' ]: curly quotes become apostrophes, other marks spaces."""
    table: dict[int, str] = {}
    for code in range(0x2100):
        ch = chr(code)
        if ("a" <= ch <= "z") or ("0" <= ch <= "9") or ch in "' ":
            continue
        table[code] = "'" if ch in "\u2019\u2018`\u00b4" else (" and " if ch == "&" else " ")
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
            base = word[: -len(suffix)]
            return (*rules.words.get(base, (base,)), *expansion.split())
    return (word,)


def _words(text: str, rules: _Rules) -> list[str]:
    """Spoken text as words: contractions opened, the partner however named folded to "he"."""
    lang = rules.lang
    cache = rules.token_cache
    if len(cache) > CACHE_LIMIT:
        cache.clear()
    out: list[str] = []
    for raw in text.lower().translate(rules.table).split():
        got = cache.get(raw)
        if got is None:
            got = cache[raw] = _expand(raw, rules)
        out.extend(got)
    # the partner: "my husband" -> he, "my other half's" -> his
    folded: list[str] = []
    i, n = 0, len(out)
    while i < n:
        word = out[i]
        if word in lang.DETERMINERS and i + 1 < n:
            nxt = out[i + 1]
            pair = f"{nxt} {out[i + 2]}" if i + 2 < n else ""
            two = pair.replace("'s", "") if pair else ""
            if two and two in lang.PARTNER_PAIRS:
                folded.extend(_partner(out[i + 2], out[i + 3] if i + 3 < n else "", lang))
                i += 3
                continue
            one = nxt.removesuffix("'s").replace("'", "")
            if one in lang.PARTNER_NOUNS:
                folded.extend(_partner(nxt, out[i + 2] if i + 2 < n else "", lang))
                i += 2
                continue
        folded.append(word.replace("'", "") if "'" in word else word)
        i += 1
    return folded


def _partner(noun: str, following: str, lang: ModuleType) -> tuple[str, ...]:
    """ "my husband" -> he; "my husband's gun" -> his gun; "my husband's drunk" -> he is drunk."""
    if not noun.endswith("'s"):
        return ("he",)
    if following in lang.IS_BEFORE or following.endswith("ing"):
        return ("he", "is")
    return ("his",)


def _strip_fillers(words: list[str], rules: _Rules) -> tuple[list[str], bool]:
    lang = rules.lang
    hedged = False
    kept: list[str] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if i + 1 < n and word in rules.filler_starts:
            pair = f"{word} {words[i + 1]}"
            if pair in lang.FILLER_PAIRS:
                hedged = hedged or pair in lang.HEDGE_PAIRS
                i += 2
                continue
        if word in lang.FILLER_WORDS and not (word == "like" and kept and kept[-1] in lang.LIKE_KEPT_AFTER):
            hedged = hedged or word in lang.HEDGE_WORDS
            i += 1
            continue
        kept.append(word)
        i += 1
    return kept, hedged


def normalise(text: str, locale: str | None = "en-US") -> tuple[str, bool]:
    """The text as the rules read it (idioms and negated harm blanked), and whether it was hedged."""
    rules = _rules_for(locale)
    words, hedged = _strip_fillers(_words(text, rules), rules)
    said = " ".join(words)
    for i in rules.blanks_for(words):
        said = rules.compiled(rules.blanks[i]).sub("~", said)
    return said, hedged


def _search_windows(pattern: re.Pattern[str], said: str, starts: list[int], positions: list[int]) -> bool:
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
        if pattern.search(said, starts[lo], end):
            return True
    return False


def screen(text: str | None, locale: str | None, *, use_model: bool = True) -> Screening | None:
    """The danger the text speaks of, with its tier, or None for everyday speech.

    The rules decide first (their class, and their tier); what only the model hears is POSSIBLE.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    rules = _rules_for(locale)
    said, hedged = normalise(text, locale)
    if not said:
        return None
    words = said.split()
    starts: list[int] = []
    offset = 0
    for word in words:
        starts.append(offset)
        offset += len(word) + 1
    for i, positions in sorted(rules.placed(words).items()):
        tier, cls, source = rules.rules[i]
        pattern = rules.compiled(source)
        if i in rules.whole or not positions:
            found = pattern.search(said) is not None
        else:
            found = _search_windows(pattern, said, starts, positions)
        if found:
            if tier == CLEAR and hedged and cls == FEAR:
                tier = POSSIBLE  # "he scares me sometimes": a calm check first
            bare = cls == ASKS_FOR_HELP and rules.compiled(rules.lang.BARE_HELP).match(said) is not None
            return Screening(cls, tier, bare_help=bare)
    if use_model and safety_model.hears(words, "en"):
        return Screening(UNCLEAR, POSSIBLE)
    return None


def warm(locale: str | None = "en-US") -> int:
    """Compile every rule and load the model now (a SnapStart init): a restore's first answer pays nothing."""
    rules = _rules_for(locale)
    for source in (*(p for _, _, p in rules.rules), *rules.blanks, rules.lang.BARE_HELP):
        rules.compiled(source)
    safety_model.model_for("en")
    return len(rules.rules)


def crisis_class(text: str | None, locale: str | None) -> str | None:
    found = screen(text, locale)
    return found.cls if found else None


def is_crisis(text: str | None, locale: str | None) -> bool:
    """Any tier: the words go to the safety answer, never to coaching or storage."""
    return screen(text, locale) is not None
