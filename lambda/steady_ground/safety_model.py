"""The safety screen's learned backstop: a small linear model over features that carry across wording.

Pure: no SDK imports, no import of ``steady_ground.safety`` (which calls ``hears`` once its rules
heard nothing). Trained by ``tools/train_safety_model.py`` on the corpus's tuning parts only and
shipped as data (``safety_model_<lang>.json``), loaded on first use.

The words come in as the screen reads them (``safety.normalise``: contractions opened, the partner
folded to "he", idioms and negated harm blanked to "~"). Every feature belongs to one word position:

- the word's light stem (``w:``), its character 3- and 4-grams (``g:``: robust to speech-to-text slips
  and slang spellings), its concepts from ``safety_concepts_<lang>`` (``c:``);
- the pair it closes with the word before (``p:``) and skip-pairs with the words two and three back (``s:``);
- concept pairs a few words apart (``k:``: PARTNER ... HARM, SELF ... DEATH) ending at it. (Concept
  triples were dropped: leave-one-hand-out, they fitted each hand's phrasing more than they carried.)

A text is scored in sentence-sized windows (a short text is one window): each position's weight is the
sum of its features' weights, so a window's score is a difference of prefix sums, linear in the words.
A word's own features are summed once and cached. The text is heard when any window scores above the
threshold the trainer chose on leave-one-hand-out predictions.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from itertools import accumulate, pairwise
from operator import sub
from pathlib import Path
from types import ModuleType
from typing import Any

from steady_ground import safety_concepts_en

WINDOW, STEP = 12, 4  # words: sentence-sized windows, as the model was trained on sentences
SKIPS = (2, 3)  # skip-pairs: the word this many back
CONCEPT_SPAN = 4  # concept pairs: at most this many words apart
GRAMS = (3, 4)  # character n-grams inside a word (with its edges marked)
CACHE_LIMIT = 50_000  # distinct words remembered with their own weight

_SUFFIXES = ("ingly", "edly", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s")
_KEEP_S = ("ss", "us", "is")
_LEXICONS: dict[str, ModuleType] = {"en": safety_concepts_en}


def stem(word: str) -> str:
    """A light stem: "strangled", "strangling", "strangle" -> "strangl"; "hitting" -> "hit"; "pills" -> "pill"."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(_KEEP_S):
                break
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # hitting -> hitt -> hit
            return base[:-1] if base.endswith("e") and len(base) > 3 else base
        if word.endswith(suffix):
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _concept_table(lang: str) -> dict[str, tuple[str, ...]]:
    """stem -> the concepts it carries, in the lexicon's order."""
    table: dict[str, list[str]] = {}
    for concept, words in _LEXICONS[lang].CONCEPTS.items():
        for word in words.split():
            found = table.setdefault(stem(word), [])
            if concept not in found:
                found.append(concept)
    return {s: tuple(cs) for s, cs in table.items()}


_CONCEPTS: dict[str, dict[str, tuple[str, ...]]] = {}


def concepts(lang: str = "en") -> dict[str, tuple[str, ...]]:
    found = _CONCEPTS.get(lang)
    if found is None:
        found = _CONCEPTS[lang] = _concept_table(lang)
    return found


def word_features(word: str, lang: str = "en") -> list[str]:
    """A word's own features: its stem, its character n-grams, its concepts."""
    s = stem(word)
    out = [f"w:{s}"]
    if word != "~":
        marked = f"<{word}>"
        for n in GRAMS:
            out.extend(f"g:{marked[i : i + n]}" for i in range(len(marked) - n + 1))
    out.extend(f"c:{c}" for c in concepts(lang).get(s, ()))
    return out


def _context(stems: list[str], tags: list[tuple[str, ...]], i: int) -> Iterator[str]:
    """The features that close at position ``i``: pairs, skip-pairs and concept pairs."""
    here = stems[i]
    mine = tags[i]
    if i >= 1:
        yield f"p:{stems[i - 1]} {here}"
    for k in SKIPS:
        if i >= k:
            yield f"s:{stems[i - k]} {here}"
    if not mine:
        return
    for j in range(max(0, i - CONCEPT_SPAN), i):
        for a in tags[j]:
            for b in mine:
                yield f"k:{a} {b}"


def positions(words: list[str], lang: str = "en") -> list[list[str]]:
    """Every position's features, as strings (what the trainer learns from; ``Model`` computes the same sums)."""
    table = concepts(lang)
    stems = [stem(w) for w in words]
    tags = [table.get(s, ()) for s in stems]
    return [[*word_features(w, lang), *_context(stems, tags, i)] for i, w in enumerate(words)]


def spans(n: int) -> list[tuple[int, int]]:
    """The windows [start, end) a text of n words is scored in (a short text is one window)."""
    if n <= WINDOW + STEP:
        return [(0, n)]
    return [(start, min(n, start + WINDOW)) for start in range(0, n - WINDOW + STEP, STEP)]


def best(weights: list[float], bias: float, power: float, shortest: int) -> float:
    """The highest window score, by prefix sums over the positions' weights.

    A window's sum is divided by its length (counted as at least ``shortest`` words) to the ``power``:
    otherwise a long everyday sentence outweighs a short "he bit me" just by having more words.
    """
    return best_of_totals(list(accumulate(weights, initial=0.0)), bias, power, shortest)


def best_of_totals(totals: list[float], bias: float, power: float, shortest: int) -> float:
    """``best`` given the prefix sums (``totals[k]``: the first k positions' weights added in order)."""
    n = len(totals) - 1
    if n <= WINDOW + STEP:
        return bias + totals[n] / math.pow(max(shortest, n), power)
    # the full windows (every STEP words), then at most one shorter window ending with the text
    top: float = max(map(sub, totals[WINDOW::STEP], totals[::STEP])) / math.pow(max(shortest, WINDOW), power)
    last = range(0, n - WINDOW + STEP, STEP)[-1]
    if last + WINDOW > n:
        top = max(top, (totals[n] - totals[last]) / math.pow(max(shortest, n - last), power))
    return bias + top


def pack(weights: dict[str, float]) -> dict[str, Any]:
    """Feature weights (the trainer's strings) laid out as the screen reads them: loading is one json.loads."""
    out: dict[str, Any] = {"own": {}, "pairs": {}, "skips": {}, "concept_pairs": {}}
    for key, weight in sorted(weights.items()):
        kind, body = key[0], key[2:]
        if kind in "wgc":
            out["own"][key] = weight
        elif kind in "ps":
            a, b = body.split(" ")
            out["pairs" if kind == "p" else "skips"].setdefault(a, {})[b] = weight
        else:
            out["concept_pairs"][body] = weight
    return out


def unpack(data: dict[str, Any]) -> dict[str, float]:
    """The shipped weights as the trainer's feature strings (what ``positions`` yields)."""
    out: dict[str, float] = dict(data["own"])
    for kind, name in (("p", "pairs"), ("s", "skips")):
        for a, after in data[name].items():
            out.update({f"{kind}:{a} {b}": w for b, w in after.items()})
    out.update({f"k:{body}": w for body, w in data["concept_pairs"].items()})
    return out


def _split2(key: str) -> tuple[str, str]:
    a, b = key.split(" ")
    return a, b


class _Tags:
    """One distinct set of concepts a word carries, and what it adds after an earlier word's set (filled as met).

    Compared by identity (a word's set is made once a model), so looking one up costs no tuple hashing."""

    __slots__ = ("after", "concepts")

    def __init__(self, concepts: tuple[str, ...]) -> None:
        self.concepts = concepts
        self.after: dict[_Tags, float] = {}


# a word as the screen scores it: its own weight, its stem, the pairs and skip-pairs it starts, its concepts
_Word = tuple[float, str, dict[str, float], dict[str, float], _Tags | None]
_NONE: dict[str, float] = {}


class Model:
    """The shipped weights, split by kind so scoring a word costs a few dictionary lookups.

    Each word is worked out once (``_word``: its own features' weights summed, its stem, the pair tables it
    starts, its concept set) and cached; a position then costs one lookup of the word, one of the pair the
    word before starts, two of the skip-pairs, and one a concept word within reach (its concept pairs with
    that word, summed once per two concept sets). The sums are those of the trainer's feature strings
    (``positions``), added in another order for concept pairs: equal up to float rounding.
    """

    def __init__(self, data: dict[str, Any], lang: str = "en") -> None:
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])
        self.power = float(data["length_power"])
        self.shortest = int(data["shortest"])
        self.lang = lang
        self.own: dict[str, float] = data["own"]  # a word's own features (w:, g:, c:)
        self.pairs: dict[str, dict[str, float]] = data["pairs"]  # stem -> the stems after it -> weight
        self.skips: dict[str, dict[str, float]] = data["skips"]  # stem -> the stems two or three after it -> weight
        self.cpairs = {_split2(k): float(w) for k, w in data["concept_pairs"].items()}
        self.table = concepts(lang)
        self.tags: dict[tuple[str, ...], _Tags] = {}
        self.cache: dict[str, _Word] = {}

    def _word(self, word: str) -> _Word:
        """A word's own weight (stem, n-grams, concepts), its stem, the pairs it starts, its concept set."""
        get = self.own.get
        s = stem(word)
        own = sum(get(f, 0.0) for f in word_features(word, self.lang))
        found = self.table.get(s, ())
        tags = (self.tags.get(found) or self.tags.setdefault(found, _Tags(found))) if found else None
        return own, s, self.pairs.get(s, _NONE), self.skips.get(s, _NONE), tags

    def _closing(self, earlier: _Tags, later: _Tags) -> float:
        """What the concept pairs of a word with ``later``'s concepts add, ``earlier``'s word within reach."""
        cpair = self.cpairs.get
        got = later.after[earlier] = sum(cpair((a, c), 0.0) for a in earlier.concepts for c in later.concepts)
        return got

    def totals(self, words: list[str]) -> list[float]:
        """The prefix sums of the positions' weights (``totals[k]``: the first k added in order)."""
        cache = self.cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        lookup = cache.get
        closing = self._closing
        # the pairs the word before starts, the skip-pairs the words one, two and three before start (SKIPS is
        # (2, 3): those of the words two and three back close here), the concept sets of the four words before
        pairs = skip1 = skip2 = skip3 = _NONE
        t1 = t2 = t3 = t4 = None
        total = 0.0
        out = [0.0]
        append = out.append
        for word in words:
            got = lookup(word)
            if got is None:
                got = cache[word] = self._word(word)
            w, here, starts, skip_starts, tags = got
            w += pairs.get(here, 0.0) + skip2.get(here, 0.0) + skip3.get(here, 0.0)
            pairs, skip3, skip2, skip1 = starts, skip2, skip1, skip_starts
            if tags is not None:
                after = tags.after
                for t in (t4, t3, t2, t1):  # CONCEPT_SPAN (4) words back, the earliest first
                    if t is not None:
                        v = after.get(t)
                        w += closing(t, tags) if v is None else v
            t4, t3, t2, t1 = t3, t2, t1, tags
            total += w
            append(total)
        return out

    def weights(self, words: list[str]) -> list[float]:
        """Each position's weight: the sum of the features that belong to it (up to float rounding)."""
        totals = self.totals(words)
        return [b - a for a, b in pairwise(totals)]

    def score(self, words: list[str]) -> float:
        """The highest window score of the text (minus infinity for no words)."""
        if not words:
            return float("-inf")
        return best_of_totals(self.totals(words), self.bias, self.power, self.shortest)

    def hears(self, words: list[str]) -> bool:
        return self.score(words) > self.threshold


_MODELS: dict[str, Model] = {}


def model_for(lang: str = "en") -> Model:
    """The language's shipped model, loaded once."""
    found = _MODELS.get(lang)
    if found is None:
        data = json.loads((Path(__file__).parent / f"safety_model_{lang}.json").read_text(encoding="utf-8"))
        found = _MODELS[lang] = Model(data, lang)
    return found


def hears(words: list[str], lang: str = "en") -> bool:
    """Whether the model hears danger in the normalised words (any sentence-sized window above threshold)."""
    return model_for(lang).hears(words)
