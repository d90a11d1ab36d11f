"""Train the safety screen's learned backstop on the corpus's tuning parts (never a held-out part).

    .venv/bin/python tools/train_safety_model.py        # figures below, then write lambda/steady_ground/safety_model_en.json
    .venv/bin/python tools/train_safety_model.py --cv   # leave-one-hand-out figures and run-on probes, nothing written

The tuning material is every ``tests/corpora/safety/tuning*.tsv``; each file is one hand (one writer's
sentences). Rules written from one hand's sentences carry badly to another's, so the yardstick is
leave-one-hand-out: train on every hand but one, score that one, for each hand. ``--cv`` prints, per
hand and pooled, recall per danger class and false positives, for the rules alone, the model alone and
the two together (the rules are tuned on the tuning parts, so their figures there are optimistic; the
model's are honest). The folds are trained ``WORKERS`` at a time, in processes; each is deterministic.

The model (``steady_ground.safety_model``): logistic regression, class-balanced, L2, AdaGrad with fixed
seeds (three fits averaged), over features of the text as the screen reads it (normalised, idioms and
negated harm blanked): light stems, word pairs and skip-pairs, character n-grams inside words, concepts
from a small lexicon and concept pairs nearby. Training examples are the corpus's sentences, each danger
sentence also once re-worded within its concepts (``AUGMENT``); a text is scored as its best
sentence-sized window, its sum divided by the square root of its length. The threshold is the lowest
at which the whole screen (the rules, then the model on what no rule heard) flags at most ``MAX_FP`` of
everyday speech, pooled over the leave-one-hand-out scores: what the rules already flag is counted
against the model's share, so a hand whose everyday talk trips rules does not let the model flag more.
What only the model hears gets the POSSIBLE tier (a calm "are you safe right now?").
"""

from __future__ import annotations

import csv
import hashlib
import importlib
import json
import math
import multiprocessing
import os
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lambda"))

from steady_ground import safety, safety_concepts_en, safety_model  # noqa: E402

CORPUS = ROOT / "tests" / "corpora" / "safety"
PATTERN = "tuning*.tsv"
OUT = ROOT / "lambda" / "steady_ground" / "safety_model_en.json"
# MAX_FP is the share of everyday talk (leave-one-hand-out, pooled) the screen may flag. It was 2.5% until
# wave 10, when it gave 98.4% recall; with hand p's long everyday answers among the negatives, 2.5% gave only
# 96.6%. It is now the issue's own limit, 3% (97.6%): at 3.5% (98.1%) the calm check reached plain requests
# and answers the skill must take as they are ("delete all my notes", "what he can do to meet me halfway").
EPOCHS, RATE, L2, MAX_FP, SEED, PRUNE = 12, 0.2, 0.03, 0.03, 13, 0.2
SEEDS = (13, 14, 15)  # one fit per seed, averaged
WORKERS = 2  # leave-one-hand-out folds trained at once (processes)
# A feature's value by kind: a word has many character n-grams, each worth less; a concept pair is worth
# half (so held closer to zero by L2: at full value, leave-one-hand-out, pairs of concepts fitted each
# hand's phrasing more than they carried to the next). The shipped weights carry the value, so the
# screen only adds them up.
VALUES = {"g": 0.3, "k": 0.5}
# a sentence's features count 1 / (its length ** POWER), the length counted as at least SHORTEST words:
# short danger ("he bit me") is not outweighed by long everyday talk
POWER, SHORTEST = 0.5, 4
RUN_ON_WEIGHT = 1.0  # each window of two everyday sentences run together: an everyday example
# Each danger sentence is also learned in AUGMENT re-wordings: words of the interchangeable concepts below
# swapped (each with chance SWAP) for another word of the same concept ("he slapped my face" -> "he
# punched my jaw"): the words' own features, pairs and n-grams then carry past the exact words a hand used.
AUGMENT, SWAP = 1, 0.5
SWAPPABLE = ("HARM", "BODY", "WEAPON", "CHILD", "PET", "DEVICE", "BELONGING", "FEAR", "KIN", "MONEY", "HIDEPLACE")
# Everyday sentences that carry a word of an alarming concept (near misses: a film, a game, a knife for the
# onions) count HARD_WEIGHT; with AUGMENT_EVERYDAY they are re-worded too, as danger is, so a swapped
# concept word is not learned as danger just because only danger was re-worded.
HARD_WEIGHT, AUGMENT_EVERYDAY = 1.0, 0
ALARMING = ("HARM", "WEAPON", "MEANS", "FEAR", "SEXUAL", "TEMPER", "DEATH", "WATCH")


def hand_files() -> list[Path]:
    """The tuning parts, one file a hand, in name order."""
    return sorted(CORPUS.glob(PATTERN))


def rows_by_hand() -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for path in hand_files():
        with path.open(encoding="utf-8", newline="") as f:
            out[path.stem] = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return out


def rows() -> list[dict[str, str]]:
    return [r for hand in rows_by_hand().values() for r in hand]


def corpus_hash() -> str:
    """One hash over every tuning part, names and bytes: the shipped model names the material it learned from."""
    digest = hashlib.sha256()
    for path in hand_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def is_danger(row: dict[str, str]) -> bool:
    return not row["class"].startswith("safe_")


class Encoded:
    """Every example's features per position, as ids into one shared vocabulary."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.names: list[str] = []
        self.values: list[float] = []
        self.positions: list[list[list[int]]] = []
        self.bags: list[list[tuple[int, float]]] = []
        self.labels: list[int] = []
        self.weights: list[float] = []

    def add(self, words: list[str], label: int, weight: float = 1.0) -> int:
        per = []
        for feats in safety_model.positions(words):
            ids = []
            for f in feats:
                k = self.vocab.get(f)
                if k is None:
                    k = self.vocab[f] = len(self.names)
                    self.names.append(f)
                    self.values.append(VALUES.get(f[0], 1.0))
                ids.append(k)
            per.append(ids)
        norm = max(SHORTEST, len(per)) ** POWER
        self.positions.append(per)
        self.bags.append([(i, c * self.values[i] / norm) for i, c in Counter(i for ids in per for i in ids).items()])
        self.labels.append(label)
        self.weights.append(weight)
        return len(self.labels) - 1

    def shipped(self, weights: list[float]) -> dict[str, float]:
        """The weights as the screen adds them up (each times its feature's value), small ones dropped."""
        out = {self.names[f]: round(w * self.values[f], 3) for f, w in enumerate(weights)}
        return {name: w for name, w in out.items() if abs(w) >= PRUNE}


SENTENCE, RUN_ON, PROBE, REWORDED, LONG = "sentence", "run-on", "probe", "reworded", "long"
SCORES_OUT = os.environ.get("SG_SAFETY_SCORES")  # where to keep the held-out scores (to study the threshold)
UNTRAINED = (PROBE, LONG)  # kinds that only measure: never trained on
# The floor of long everyday answers: each hand's everyday sentences, said one after another as a person's
# long answer (LONG_CHARS characters, LONG_ROUNDS orderings), scored by the fold model that never saw that
# hand (a model trained on the very answers it is thresholded on scores them low, so the floor would not
# bind). At the chosen threshold no such answer is flagged (with LONG_MARGIN to spare) unless one of its own
# sentences is flagged by itself, which the false-positive budget already counts: the windows that straddle
# everyday sentences must not add up to danger.
LONG_CHARS, LONG_ROUNDS, LONG_MARGIN = (800, 1200), 2, 0.02


def swaps() -> dict[str, list[str]]:
    """word -> the words it may be swapped for (the other words of its interchangeable concepts), sorted."""
    out: dict[str, set[str]] = defaultdict(set)
    for concept in SWAPPABLE:
        words = safety_concepts_en.CONCEPTS.get(concept, "").split()
        for w in words:
            out[w].update(x for x in words if x != w)
    return {w: sorted(xs) for w, xs in out.items()}


def alarming(words: list[str]) -> bool:
    """Whether a word carries one of the ALARMING concepts (an everyday sentence with one is a near miss)."""
    table = safety_model.concepts("en")
    return any(c in ALARMING for w in words for c in table.get(safety_model.stem(w), ()))


def reworded(words: list[str], table: dict[str, list[str]], rng: random.Random) -> list[str]:
    return [rng.choice(table[w]) if w in table and rng.random() < SWAP else w for w in words]


class Material:
    """The tuning sentences (first, in row order) and, per hand, the run-ons made from them.

    A person's answer runs sentences together, and the screen scores it in windows that straddle them: two
    everyday sentences of a hand run together are everyday examples too (RUN_ON, trained on). PROBE run-ons
    (three everyday sentences; or everyday, danger, everyday) only measure a held-out hand, never train.
    """

    def __init__(self, by_hand: dict[str, list[dict[str, str]]], long_answers: bool = True) -> None:
        self.enc = Encoded()
        self.rows: list[dict[str, str]] = []
        self.hands: list[str] = []
        self.kinds: list[str] = []
        self.probe_danger: list[bool] = []
        self.texts: list[str] = []  # what was said, for the rules
        said: dict[str, list[tuple[str, list[str], int]]] = {}
        self.parts: dict[int, list[int]] = {}  # a long everyday answer -> the sentence examples it is made of
        calm: dict[str, list[tuple[str, int]]] = {}  # per hand: everyday sentences and their example ids
        for hand, rows in by_hand.items():
            said[hand] = []
            calm[hand] = []
            for r in rows:
                words = safety.normalise(r["text"], "en-US")[0].split()
                label = 1 if is_danger(r) else 0
                said[hand].append((r["text"], words, label))
                weight = 1.0 if label or not alarming(words) else HARD_WEIGHT
                if not label:
                    calm[hand].append((r["text"], len(self.hands)))
                self._add(r["text"], words, label, hand, SENTENCE, r, weight=weight)
        table = swaps() if AUGMENT else {}
        for hand, items in said.items():
            rng = random.Random(f"{SEED}:{hand}:reworded")
            for _ in range(AUGMENT):
                for _text, words, label in items:
                    if label:
                        self._add("", reworded(words, table, rng), label, hand, REWORDED)
            rng = random.Random(f"{SEED}:{hand}:reworded everyday")
            for _ in range(AUGMENT_EVERYDAY):
                for _text, words, label in items:
                    if not label and any(w in table for w in words):
                        self._add("", reworded(words, table, rng), label, hand, REWORDED,
                                  weight=HARD_WEIGHT if alarming(words) else 1.0)
        for hand, items in said.items():
            rng = random.Random(f"{SEED}:{hand}")
            everyday = [(text, words) for text, words, label in items if not label]
            danger = [(text, words) for text, words, label in items if label]
            rng.shuffle(everyday)
            n = len(everyday)
            for k in range(n):
                joined = everyday[k][1] + everyday[(k + 1) % n][1]
                for start, end in safety_model.spans(len(joined)):  # the windows the screen will score
                    self._add("", joined[start:end], 0, hand, RUN_ON, weight=RUN_ON_WEIGHT)
            rng.shuffle(everyday)
            for k in range(0, n - 2, 3):
                run = everyday[k : k + 3]
                self._add(" ".join(t for t, _ in run), [w for _, ws in run for w in ws], 0, hand, PROBE)
            for k, (text, words) in enumerate(danger):
                (t1, w1), (t2, w2) = everyday[k % n], everyday[(k + 1) % n]
                self._add(f"{t1} {text} {t2}", w1 + words + w2, 1, hand, PROBE)
        if long_answers:
            for hand, sentences in calm.items():
                texts = [t for t, _ in sentences]
                for text, answer in zip(long_everyday_answers(hand, texts), long_answer_parts(hand, texts), strict=True):
                    self.parts[len(self.hands)] = [sentences[k][1] for k in answer]
                    self._add(text, safety.normalise(text, "en-US")[0].split(), 0, hand, LONG)

    def _add(
        self,
        text: str,
        words: list[str],
        label: int,
        hand: str,
        kind: str,
        row: dict[str, str] | None = None,
        weight: float = 1.0,
    ) -> None:
        self.enc.add(words, label, weight)
        self.texts.append(text)
        self.hands.append(hand)
        self.kinds.append(kind)
        if row is not None:
            self.rows.append(row)


def long_answer_parts(hand: str, everyday: list[str]) -> list[list[int]]:
    """Which of a hand's everyday sentences make each long answer, in order: every sentence once a round,
    shuffled, grouped until an answer reaches a length drawn from LONG_CHARS (the rest joins the last)."""
    rng = random.Random(f"{SEED}:{hand}:long")
    out: list[list[int]] = []
    for round_ in range(LONG_ROUNDS):
        order = list(range(len(everyday)))
        rng.shuffle(order)
        joiner = _joiner(round_)
        answer: list[int] = []
        goal = rng.randint(*LONG_CHARS)
        for k in order:
            answer.append(k)
            if len(joiner.join(everyday[j] for j in answer)) >= goal:
                out.append(answer)
                answer, goal = [], rng.randint(*LONG_CHARS)
        if answer and out:
            out[-1].extend(answer)
    return out


def _joiner(round_: int) -> str:
    return ". " if round_ % 2 == 0 else " and "  # full stops, or one breathless run-on


def long_everyday_answers(hand: str, everyday: list[str]) -> list[str]:
    """A hand's everyday sentences run together into long answers of LONG_CHARS characters, as people answer
    (some with full stops, some one breathless run-on joined by "and"), every sentence once a round."""
    parts = long_answer_parts(hand, everyday)
    rounds, seen, out = 0, 0, []
    for answer in parts:
        out.append(_joiner(rounds).join(everyday[j] for j in answer)[: LONG_CHARS[1]])
        seen += len(answer)
        if seen >= len(everyday):  # a round uses every sentence once
            rounds, seen = rounds + 1, 0
    return out


def floor_threshold(m: Material, scores: list[float], lowest: float) -> tuple[float, int, float]:
    """The lowest threshold from ``lowest`` up at which no long everyday answer is flagged (by LONG_MARGIN)
    unless one of its sentences is flagged by itself; how many long answers that leaves flagged (each through
    a sentence of its own); and the strictest floor (every long answer passes, whatever its sentences)."""
    pairs = [(max(scores[j] for j in m.parts[i]), scores[i]) for i in m.parts]
    if not pairs:
        return lowest, 0, lowest

    def clean(t: float) -> bool:
        return not any(own <= t < whole + LONG_MARGIN for own, whole in pairs)

    th = next(t for t in sorted({lowest, *(w + LONG_MARGIN for _, w in pairs)}) if t >= lowest and clean(t))
    return th, sum(whole > th for _, whole in pairs), max(w for _, w in pairs) + LONG_MARGIN


def train(enc: Encoded, chosen: list[int]) -> tuple[float, list[float]]:
    """The average of one fit per seed in SEEDS (a linear model still: steadier than any one fit)."""
    fits = [fit_once(enc, chosen, seed) for seed in SEEDS]
    bias = sum(b for b, _ in fits) / len(fits)
    return bias, [sum(ws) / len(fits) for ws in zip(*(w for _, w in fits), strict=True)]


def fit_once(enc: Encoded, chosen: list[int], seed: int) -> tuple[float, list[float]]:
    """Class-balanced logistic regression, L2, AdaGrad; deterministic (the seed orders the examples)."""
    rng = random.Random(seed)
    weights = [0.0] * len(enc.names)
    grads = [1e-8] * len(enc.names)
    bias, bias_g = 0.0, 1e-8
    n_pos = sum(enc.weights[i] for i in chosen if enc.labels[i]) or 1.0
    n_neg = sum(enc.weights[i] for i in chosen if not enc.labels[i]) or 1.0
    scale = {1: (n_pos + n_neg) / (2 * n_pos), 0: (n_pos + n_neg) / (2 * n_neg)}
    order = list(chosen)
    total, total_bias, averaged = [0.0] * len(weights), 0.0, 0
    for epoch in range(EPOCHS):
        if epoch >= EPOCHS // 2:  # average the second half's epochs: steadier than the last step's weights
            total = [t + w for t, w in zip(total, weights, strict=True)]
            total_bias += bias
            averaged += 1
        rng.shuffle(order)
        for i in order:
            bag, label = enc.bags[i], enc.labels[i]
            z = bias + sum(weights[f] * c for f, c in bag)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - label) * scale[label] * enc.weights[i]
            bias_g += g * g
            bias -= RATE * g / math.sqrt(bias_g)
            for f, c in bag:
                w = weights[f]
                gf = g * c + L2 * w
                grads[f] += gf * gf
                weights[f] = w - RATE * gf / math.sqrt(grads[f])
    total = [t + w for t, w in zip(total, weights, strict=True)]
    averaged += 1
    # what ships: weights too small to matter (times their feature's value) are dropped, here as in the file
    kept = [t / averaged if abs(t / averaged * v) >= PRUNE else 0.0 for t, v in zip(total, enc.values, strict=True)]
    return (total_bias + bias) / averaged, kept


def score(enc: Encoded, model: tuple[float, list[float]], i: int) -> float:
    """The example's best window, scored as the screen scores it."""
    bias, weights = model
    per = enc.positions[i]
    if not per:
        return float("-inf")
    values = enc.values
    return safety_model.best([sum(weights[f] * values[f] for f in ids) for ids in per], bias, POWER, SHORTEST)


_FOLDS: tuple[Material, list[list[int]]] | None = None  # what the fold workers read (inherited by fork)


def _fold(k: int) -> list[float]:
    """One fold: a model trained without the k-th group, scoring that group."""
    assert _FOLDS is not None
    m, groups = _FOLDS
    held = set(groups[k])
    model = train(m.enc, [i for i in range(len(m.hands)) if i not in held and m.kinds[i] not in UNTRAINED])
    return [score(m.enc, model, i) for i in groups[k]]


def held_out_scores(m: Material) -> list[float]:
    """Each sentence's and probe's score from a model trained without its hand (five folds when there is one).

    The folds run in WORKERS processes (each fold is deterministic, so the scores do not depend on it)."""
    global _FOLDS
    names = sorted(set(m.hands))
    every = range(len(m.hands))
    if len(names) > 1:
        groups = [[i for i in every if m.hands[i] == name] for name in names]
    else:
        idx = [i for i in every if m.kinds[i] == SENTENCE]
        random.Random(SEED).shuffle(idx)
        groups = [idx[k::5] for k in range(5)]
    _FOLDS = (m, groups)
    try:
        if WORKERS > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
                found = pool.map(_fold, range(len(groups)), chunksize=1)
        else:
            found = [_fold(k) for k in range(len(groups))]
    finally:
        _FOLDS = None
    scores = [0.0] * len(m.hands)
    for group, got in zip(groups, found, strict=True):
        for i, s in zip(group, got, strict=True):
            scores[i] = s
    return scores


def rules_verdicts(data: list[dict[str, str]]) -> list[bool]:
    return [safety.screen(r["text"], "en-US", use_model=False) is not None for r in data]


def threshold_for(
    data: list[dict[str, str]], scores: list[float], fp: float = MAX_FP, ruled: list[bool] | None = None
) -> float:
    """The lowest threshold at which at most ``fp`` of everyday speech (held-out scores, pooled) is flagged: by
    the model alone, or, given the rules' verdicts ``ruled``, by the screen (rules, then the model)."""
    everyday = [(s, bool(ruled and ruled[k])) for k, (r, s) in enumerate(zip(data, scores, strict=True)) if not is_danger(r)]
    if not everyday:
        return 0.0
    allowed = int(fp * len(everyday)) - sum(by_rule for _, by_rule in everyday)
    ranked = sorted((s for s, by_rule in everyday if not by_rule), reverse=True)
    if allowed < 0 or not ranked:
        return (ranked[0] if ranked else 0.0) + 1e-6
    return ranked[min(allowed, len(ranked) - 1)] + 1e-6


def recall_at_fixed_fp(data: list[dict[str, str]], scores: list[float]) -> str:
    """The model alone, pooled: its recall at thresholds that flag 1%, 2% and 3% of everyday speech (compare
    changes at a fixed false-positive rate, not at whatever threshold each chose)."""
    danger = [s for r, s in zip(data, scores, strict=True) if is_danger(r)]
    if not danger or len(danger) == len(data):
        return ""
    cells = []
    for fp in (0.01, 0.02, 0.03):
        cut = threshold_for(data, scores, fp)
        cells.append(f"{pct(sum(s > cut for s in danger), len(danger)).strip()} at {fp:.0%}")
    return "model alone, pooled recall at fixed false positives: " + ", ".join(cells)


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "    -"


def report(data: list[dict[str, str]], hands: list[str], scores: list[float], by_rules: list[bool], th: float) -> None:
    """Recall per danger class and false positives, per held-out hand and pooled."""
    names = sorted(set(hands))
    columns = [*names, "pooled"]
    kinds: tuple[tuple[str, Callable[[int], bool]], ...] = (
        ("rules", lambda i: by_rules[i]), ("model", lambda i: scores[i] > th),
        ("both", lambda i: by_rules[i] or scores[i] > th))
    caught: dict[tuple[str, str, str], int] = defaultdict(int)  # (column, class, kind)
    count: dict[tuple[str, str], int] = defaultdict(int)
    for i, r in enumerate(data):
        keys = (r["class"], "danger") if is_danger(r) else ("everyday",)
        for col in (hands[i], "pooled"):
            for key in keys:
                count[(col, key)] += 1
                for kind, hit in kinds:
                    caught[(col, key, kind)] += hit(i)
    classes = sorted({r["class"] for r in data if is_danger(r)})
    print(f"threshold {th:.3f}; cells are rules / model / rules+model, each hand scored by a model trained without it")
    print(f"{'class':<14}" + "".join(f"{c:>26}" for c in columns))
    for cls in [*classes, "danger", "everyday"]:
        label = "FP everyday" if cls == "everyday" else ("recall all" if cls == "danger" else cls)
        cells = []
        for col in columns:
            n = count[(col, cls)]
            cells.append("/".join(pct(caught[(col, cls, k)], n).strip() for k, _ in kinds) + f" n={n}")
        print(f"{label:<14}" + "".join(f"{c:>26}" for c in cells))


def _cell(ruled: dict[int, bool], scores: list[float], th: float, items: list[int]) -> str:
    """rules / model / both, as shares of the items."""
    rules = sum(ruled[i] for i in items)
    model = sum(scores[i] > th for i in items)
    both = sum(ruled[i] or scores[i] > th for i in items)
    return f"{pct(rules, len(items)).strip()}/{pct(model, len(items)).strip()}/{pct(both, len(items)).strip()} n={len(items)}"


def probes_report(m: Material, scores: list[float], th: float) -> None:
    """The model alone on run-ons of each held-out hand: everyday ones flagged, danger inside everyday heard."""
    for hand in sorted(set(m.hands)):
        probes = [i for i in range(len(m.hands)) if m.hands[i] == hand and m.kinds[i] == PROBE]
        calm = [i for i in probes if not m.enc.labels[i]]
        danger = [i for i in probes if m.enc.labels[i]]
        ruled = {i: safety.screen(m.texts[i], "en-US", use_model=False) is not None for i in probes}
        cell = partial(_cell, ruled, scores, th)
        print(f"run-ons of {hand} (rules/model/both): three everyday sentences flagged {cell(calm)}; "
              f"danger between two everyday sentences heard {cell(danger)}")


def reused_scores(m: Material) -> list[float] | None:
    """The held-out scores of an earlier run (SG_SAFETY_SCORES_IN), when they were made from this very corpus and
    material: the folds are deterministic, so this only saves their time when studying or re-thresholding."""
    path = os.environ.get("SG_SAFETY_SCORES_IN")
    if not path:
        return None
    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    if saved.get("corpus") != corpus_hash() or saved.get("hands") != m.hands or saved.get("kinds") != m.kinds:
        print("SG_SAFETY_SCORES_IN was made from other material: scoring the folds again")
        return None
    return [float(x) for x in saved["scores"]]


def main() -> int:
    by_hand = rows_by_hand()
    m = Material(by_hand)
    scores = reused_scores(m) or held_out_scores(m)
    sentences = [i for i in range(len(m.hands)) if m.kinds[i] == SENTENCE]  # the first rows, in order
    held = [scores[i] for i in sentences]
    ruled = rules_verdicts(m.rows)
    th_fp = threshold_for(m.rows, held, MAX_FP, ruled)
    floor_th, through_a_sentence, strict = floor_threshold(m, scores, th_fp)
    # The floor is reported, not applied: lifted to it, the threshold would drop the model's recall on
    # sentences from about 88% to about 21% (the run-ons' windows join concepts across everyday sentences).
    # So a long everyday answer may get the calm check ("are you safe right now?"), failing toward safety.
    th = th_fp
    long_flagged = sum(scores[i] > th for i in m.parts)
    print(f"leave-one-hand-out over {', '.join(f'{h} ({len(rs)})' for h, rs in by_hand.items())}")
    print(f"threshold by false positives {th_fp:.3f} (shipped); the floor of {len(m.parts)} long everyday answers "
          f"(each scored by a model that never saw its hand) would need {floor_th:.3f}: {through_a_sentence} of them "
          f"flagged there, each only through a sentence flagged by itself (every one would pass above {strict:.3f}); "
          f"at the shipped threshold {long_flagged} of {len(m.parts)} are flagged (they get the calm check)")
    if SCORES_OUT:
        Path(SCORES_OUT).write_text(json.dumps({"corpus": corpus_hash(), "scores": scores, "kinds": m.kinds,
                                                "hands": m.hands, "parts": m.parts, "ruled": ruled}), encoding="utf-8")
    report(m.rows, [m.hands[i] for i in sentences], held, ruled, th)
    print(recall_at_fixed_fp(m.rows, held))
    if "--cv" in sys.argv:
        probes_report(m, scores, th)
        return 0
    bias, weights = train(m.enc, [i for i in range(len(m.hands)) if m.kinds[i] not in UNTRAINED])
    kept = m.enc.shipped(weights)
    data = {
        "trained_on": f"{PATTERN} sha256 {corpus_hash()}",
        "bias": round(bias, 4),
        "threshold": round(th, 4),
        "length_power": POWER,
        "shortest": SHORTEST,
        **safety_model.pack(kept),
    }
    lifted_to = lifted(data)
    if lifted_to > data["threshold"]:
        print(f"threshold {data['threshold']:.4f} lifted to {lifted_to:.4f}: the benchmark's long everyday answers pass")
        data["threshold"] = lifted_to
    write(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(kept)} features, threshold {data['threshold']:.3f}")
    return 0


# How long each benchmark answer (bench/safety.py) may run before the backstop asks the calm check: someone who
# talks at length about the dishes should not be asked "are you safe right now?" for it. The idioms answer
# never is; the everyday answer passes up to 750 characters; the rambling run-on up to 250. A threshold the
# budget sets lower is lifted just above their highest score (wave 11: 0.206 -> 0.215, for the everyday
# answer from 600 characters, its sentences run together across the cut).
PASSES_UP_TO = {"everyday": 750, "idioms": 2000, "run-on": 250}
# Everyday answers to the skill's own steps, from its conversation tests, that must never be asked "are you
# safe?": a budget's threshold is lifted just above them too (wave 12: 0.0756 -> 0.082, for the boundary
# answer below at 0.081; leave-one-hand-out recall 98.05% -> 98.02%, false positives level).
STEP_ANSWERS = ("I want to know what he can do to meet me halfway",)


def lifted(data: dict[str, Any]) -> float:
    """The model's threshold, or just above the highest score of the benchmark's long everyday answers."""
    sys.path.insert(0, str(ROOT))
    bench = importlib.import_module("bench.safety")  # the benchmark's own answers, cut as the tests cut them

    model = safety_model.Model(data, "en")
    scores = [model.score(safety.normalise(bench.answer_of(n, text), "en-US")[0].split())
              for name, _, text, ending in bench.ANSWERS if not ending for n in range(100, PASSES_UP_TO[name] + 1, 50)]
    scores += [model.score(safety.normalise(text, "en-US")[0].split()) for text in STEP_ANSWERS]
    top = max(scores, default=float("-inf"))
    return float(data["threshold"]) if top <= data["threshold"] else round(top + 0.001, 4)


def write(data: dict[str, Any]) -> None:
    OUT.write_text(json.dumps(data, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
