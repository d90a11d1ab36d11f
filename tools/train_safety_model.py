"""Train the safety screen's small linear model on the corpus's tuning part (never the held-out part).

    .venv/bin/python tools/train_safety_model.py        # write lambda/steady_ground/safety_model_en.json
    .venv/bin/python tools/train_safety_model.py --cv   # 5-fold cross-validation on the tuning part only

Pure Python: logistic regression on word and word-pair features of the text as the screen reads it
(normalised, idioms and negated harm blanked), trained with AdaGrad and L2. The rules decide first;
the model is the backstop for phrasings no rule was written for, and what it catches gets the
POSSIBLE tier (a calm "are you safe right now?"), never the clear one. The threshold is the lowest
that keeps cross-validated false positives on everyday speech at or under ``MAX_FP``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "lambda"))

from steady_ground import safety  # noqa: E402

TUNING = ROOT / "tests" / "corpora" / "safety" / "tuning.tsv"
OUT = ROOT / "lambda" / "steady_ground" / "safety_model_en.json"
EPOCHS, RATE, L2, MAX_FP, FOLDS, SEED = 10, 0.3, 1e-3, 0.01, 5, 13


def rows() -> list[dict[str, str]]:
    with TUNING.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def corpus_hash() -> str:
    return hashlib.sha256(TUNING.read_bytes()).hexdigest()[:16]


def examples(data: list[dict[str, str]]) -> list[tuple[list[str], int]]:
    out = []
    for r in data:
        said, _ = safety.normalise(r["text"], "en-US")
        out.append((safety.features(said.split()), 0 if r["class"].startswith("safe_") else 1))
    return out


def train(data: list[tuple[list[str], int]]) -> tuple[float, dict[str, float]]:
    rng = random.Random(SEED)
    weights: dict[str, float] = {}
    grads: dict[str, float] = {}
    bias, bias_g = 0.0, 1e-8
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, label = data[i]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - label
            bias_g += g * g
            bias -= RATE * g / math.sqrt(bias_g)
            for f in feats:
                w = weights.get(f, 0.0)
                gf = g + L2 * w
                grads[f] = grads.get(f, 1e-8) + gf * gf
                weights[f] = w - RATE * gf / math.sqrt(grads[f])
    return bias, {f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.05}


def score(model: tuple[float, dict[str, float]], feats: list[str]) -> float:
    bias, weights = model
    return bias + sum(weights.get(f, 0.0) for f in feats)


def threshold_for(scored_safe: list[float]) -> float:
    """The lowest threshold with at most MAX_FP of everyday sentences above it."""
    ranked = sorted(scored_safe, reverse=True)
    allowed = int(MAX_FP * len(ranked))
    return ranked[allowed] + 1e-6 if ranked else 0.0


def out_of_fold(data: list[dict[str, str]]) -> list[float]:
    """Each sentence's score from a model trained without it (its fold left out)."""
    rng = random.Random(SEED)
    idx = list(range(len(data)))
    rng.shuffle(idx)
    scores = [0.0] * len(data)
    for k in range(FOLDS):
        held = set(idx[k::FOLDS])
        model = train(examples([data[i] for i in idx if i not in held]))
        for i in held:
            said, _ = safety.normalise(data[i]["text"], "en-US")
            scores[i] = max((score(model, w) for w in safety.windows(said.split())), default=-99.0)
    return scores


def fitted_threshold(data: list[dict[str, str]], oof: list[float]) -> float:
    return threshold_for([s for r, s in zip(data, oof, strict=True) if r["class"].startswith("safe_")])


def cross_validate(data: list[dict[str, str]]) -> None:
    oof = out_of_fold(data)
    th = fitted_threshold(data, oof)
    rules_caught = both_caught = n_danger = fp_rules = fp_both = n_safe = 0
    for r, s in zip(data, oof, strict=True):
        by_rules = safety.screen(r["text"], "en-US", use_model=False) is not None
        by_model = s > th
        if r["class"].startswith("safe_"):
            n_safe += 1
            fp_rules += by_rules
            fp_both += by_rules or by_model
        else:
            n_danger += 1
            rules_caught += by_rules
            both_caught += by_rules or by_model
    print(f"{FOLDS}-fold CV on the tuning part ({n_danger} danger, {n_safe} everyday), threshold {th:.3f};")
    print("the rules are tuned on all of it, so their figures are optimistic; the model's are out-of-fold:")
    print(f"  rules alone:      recall {rules_caught / n_danger:.1%}  false positives {fp_rules / n_safe:.1%}")
    print(f"  rules + model:    recall {both_caught / n_danger:.1%}  false positives {fp_both / n_safe:.1%}")


def main() -> int:
    data = rows()
    if "--cv" in sys.argv:
        cross_validate(data)
        return 0
    bias, weights = train(examples(data))
    th = fitted_threshold(data, out_of_fold(data))
    OUT.write_text(
        json.dumps(
            {
                "trained_on": f"tuning.tsv sha256 {corpus_hash()}",
                "bias": round(bias, 4),
                "threshold": round(th, 4),
                "weights": dict(sorted(weights.items())),
            },
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} features, threshold {th:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
