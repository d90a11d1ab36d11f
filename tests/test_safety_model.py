"""The safety screen's learned backstop: it carries to phrasings from a hand it never saw, and lets
everyday near-misses pass.

The tuning material is several hands (``tests/corpora/safety/tuning*.tsv``); here a model is trained
without one of them, as ``tools/train_safety_model.py --cv`` does, and must hear that hand's danger.
No held-out part is read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from steady_ground import safety, safety_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safety import ANSWERS, RUN_ON_ANSWER, answer_of  # noqa: E402
from tools import train_safety_model as trainer  # noqa: E402

HELD_BACK = "tuning_b"


@pytest.fixture(scope="module")
def without_a_hand():
    """A model trained on every tuning hand but HELD_BACK, with the shipped threshold (chosen on such models)."""
    by_hand = trainer.rows_by_hand()
    held = by_hand.pop(HELD_BACK)
    material = trainer.Material(by_hand, long_answers=False)
    chosen = [i for i, kind in enumerate(material.kinds) if kind not in trainer.UNTRAINED]
    # One of the trainer's averaged fits (its first seed): the same learning, a third of the time.
    bias, weights = trainer.fit_once(material.enc, chosen, trainer.SEEDS[0])
    data = {
        "bias": bias,
        "threshold": safety_model.model_for("en").threshold,
        "length_power": trainer.POWER,
        "shortest": trainer.SHORTEST,
        **safety_model.pack(material.enc.shipped(weights)),
    }
    return safety_model.Model(data), held


def _heard(model: safety_model.Model, text: str) -> bool:
    return model.hears(safety.normalise(text, "en-US")[0].split())


@pytest.mark.parametrize(
    "text",
    [
        # sentences of the held-back hand no rule heard when this was written: speech-to-text slips,
        # indirect threats, giving things away
        "he put his hands round my next last night",
        "she swung a hamma at my head",
        "he put a track er on my car",
        "he wont let me sea my friends anymore",
        "he said next time it wont be the wall he punches",
        "i been giving my things away to my sister because i wont be needing them",
    ],
)
def test_a_model_that_never_saw_a_hand_hears_its_danger(without_a_hand, text):
    model, held = without_a_hand
    assert text in {r["text"] for r in held}
    assert _heard(model, text)


def test_a_model_that_never_saw_a_hand_hears_most_of_it_and_flags_little_everyday(without_a_hand):
    model, held = without_a_hand
    danger = [r["text"] for r in held if trainer.is_danger(r)]
    everyday = [r["text"] for r in held if not trainer.is_danger(r)]
    heard = sum(_heard(model, t) for t in danger)
    flagged = [t for t in everyday if _heard(model, t)]
    assert heard >= 0.55 * len(danger)  # the model alone; the rules hear more besides
    assert len(flagged) <= 0.02 * len(everyday), flagged


@pytest.mark.parametrize(
    "text",
    [
        "my phone is dead so can you text him for me",
        "i could murder a curry right now",
        "the kids are driving me up the wall this week",
        "we fought about whose turn it is to cook",
        "she keeps the car keys on a hook by the door",
        "he is scared of spiders so i deal with them",
        "the film last night was terrifying",
        "he grabbed my hand at the concert and we danced",
        "i told him i need some space to think this weekend",
    ],
)
def test_everyday_near_misses_pass(text):
    assert safety.screen(text, "en-US") is None


def test_a_long_everyday_answer_passes():
    # A 750-character answer (about 140 words, longer than most things said to Alexa in one breath): every
    # sentence-sized window of it, across its sentences, is everyday talk. (From 800 characters the model
    # shipped in wave 8 hears "with the kids i told my sister and she said to give" just over its threshold
    # and asks the calm check: a known false alarm, reported by bench/safety.py, failing toward safety.)
    assert safety.screen(answer_of(750), "en-US") is None
    assert safety.screen(answer_of(700) + " and then he put his hands on my neck", "en-US") is not None


# How long each benchmark answer may run before the backstop asks the calm check (the trainer lifts its
# threshold to keep it so). The idioms answer never is; the everyday answer passes up to 750 characters; the
# rambling run-on was already checked from 300 characters by the model shipped before wave 8 (never tested
# then). bench/safety.py prints where each is first flagged.
PASSES_UP_TO = trainer.PASSES_UP_TO


@pytest.mark.parametrize(("name", "text"), [(name, text) for name, _, text, ending in ANSWERS if not ending])
def test_the_benchmarks_long_everyday_answers_pass_up_to_their_length(name, text):
    # Beyond 2,000 characters the cut can end on words that are danger by themselves.
    flagged = [n for n in range(100, PASSES_UP_TO[name] + 1, 50) if safety.screen(answer_of(n, text), "en-US")]
    assert flagged == [], f"the {name} answer is flagged at {flagged[:5]} characters"


@pytest.mark.parametrize("text", trainer.STEP_ANSWERS)
def test_everyday_answers_to_the_skills_steps_are_never_asked_are_you_safe(text):
    # The trainer lifts the threshold just above these (a boundary answer asking for compromise, wave 12)
    assert safety.screen(text, "en-US") is None, text


def test_the_threshold_floor_is_long_everyday_answers_the_scoring_model_never_saw():
    # Each hand's everyday sentences, run together into long answers, are scored only by the fold model
    # trained without that hand; they are never trained on, so the floor they set binds.
    everyday = [f"everyday sentence number {k} about the bins or the school run" for k in range(60)]
    answers = trainer.long_everyday_answers("tuning_x", everyday)
    low, high = trainer.LONG_CHARS
    assert answers and all(low <= len(a) <= high for a in answers[:-1]) and len(answers[-1]) <= high
    assert all(a.split(". ")[0] in everyday or a.split(" and ")[0] in everyday for a in answers)
    assert trainer.LONG in trainer.UNTRAINED and trainer.PROBE in trainer.UNTRAINED
    assert answers == trainer.long_everyday_answers("tuning_x", everyday)  # the same every run


def test_the_floor_lifts_the_threshold_over_answers_whose_sentences_are_all_everyday():
    # Example ids 0-3 are sentences, 4 and 5 long answers made of them (scores as a fold model gave them):
    # answer 4 is flagged only through sentence 0, flagged by itself and counted as a false positive
    # already; answer 5's sentences all pass, yet its windows across them score 0.9: the threshold must
    # clear 0.9 (with the margin), and need not clear answer 4's 1.5.
    scores = [1.2, 0.1, 0.2, 0.3, 1.5, 0.9]
    material = SimpleNamespace(parts={4: [0, 1], 5: [2, 3]})
    th, flagged, strict = trainer.floor_threshold(material, scores, 0.5)
    assert th == pytest.approx(0.9 + trainer.LONG_MARGIN)
    assert flagged == 1  # answer 4, through its own sentence 0 (which the false-positive budget counts)
    assert strict == pytest.approx(1.5 + trainer.LONG_MARGIN)
    assert trainer.floor_threshold(material, scores, 1.0)[0] == 1.0  # nothing straddles above 1.0


@pytest.mark.parametrize(
    "text",
    [
        "he threw a plate at me and said he would kill me if i left",
        "i have been saving up my pills",
        "um so my ex kind of like follows me home from work every day",
        "honestly the kids are fine but he keeps my passport locked away",
        # concept words exactly four and five words apart: the first pair counts, the second does not
        "he said that one day he would hurt me and my mum and my sister would cry",
        answer_of(1000),
        answer_of(700, RUN_ON_ANSWER) + " and he has my phone and my keys and i am scared to go home",
        "",
        "~ ~",
    ],
)
def test_the_screen_adds_up_exactly_what_the_trainer_learned(text):
    # The screen's fast sums (cached word weights, pair tables, concept sets summed once) equal the trainer's
    # feature strings, position by position and as the text's score: a faster screen hears the same texts.
    model = safety_model.model_for("en")
    shipped = json.loads((ROOT / "lambda" / "steady_ground" / "safety_model_en.json").read_text(encoding="utf-8"))
    words = safety.normalise(text, "en-US")[0].split()
    weights = safety_model.unpack(shipped)
    slow = [sum(weights.get(f, 0.0) for f in feats) for feats in safety_model.positions(words)]
    assert model.weights(words) == pytest.approx(slow, abs=1e-9)
    fresh = safety_model.Model(shipped)  # an empty word cache: the first screen of these words scores the same
    for scored in (fresh.score(words), fresh.score(words), model.score(words)):
        if words:
            assert scored == pytest.approx(safety_model.best(slow, model.bias, model.power, model.shortest), abs=1e-9)
        else:
            assert scored == float("-inf")


@pytest.mark.parametrize(
    ("text", "heard"),
    [("not sure we are safe", True), ("not really sure we are safe", False), ("safe safe safe", False)],
)
def test_a_concept_pair_counts_within_four_words_and_no_further(text, heard):
    # A model of one concept pair (NEG ... SAFE): its fast sums agree with the feature strings at the edge of
    # reach, and a word's concept set met again (cached) adds the same.
    data = {"bias": 0.0, "threshold": 0.5, "length_power": 0.0, "shortest": 1,
            "own": {}, "pairs": {}, "skips": {}, "concept_pairs": {"NEG SAFE": 1.0}}
    model = safety_model.Model(data)
    words = text.split()
    slow = [sum(safety_model.unpack(data).get(f, 0.0) for f in feats) for feats in safety_model.positions(words)]
    assert model.weights(words) == slow == model.weights(words)
    assert model.hears(words) is heard
    assert model.hears([*words, *words]) is heard


def test_stems_fold_a_word_family():
    assert {safety_model.stem(w) for w in ("strangle", "strangled", "strangling", "strangles")} == {"strangl"}
    assert {safety_model.stem(w) for w in ("hit", "hits", "hitting")} == {"hit"}
    assert safety_model.stem("pills") == safety_model.stem("pill")


@pytest.mark.parametrize("n", [1, 3, 16, 17, 18, 19, 20, 40, 189])
def test_a_text_is_scored_by_its_best_sentence_sized_window(n):
    # The prefix-sum shortcut gives the same score as each window summed on its own.
    weights = [((i * 37) % 11 - 5) / 3 for i in range(n)]
    by_hand = max(
        sum(weights[s:e]) / max(4, e - s) ** 0.5 for s, e in safety_model.spans(n)
    )
    assert safety_model.best(weights, 0.25, 0.5, 4) == pytest.approx(0.25 + by_hand)
    assert all(e - s <= safety_model.WINDOW + safety_model.STEP for s, e in safety_model.spans(n))


def test_a_reworded_danger_sentence_keeps_its_meaning_and_is_the_same_every_run():
    # The trainer also learns each danger sentence re-worded within its concepts: "he slapped my face" may
    # become "he punched my jaw", never "he kissed my face"; and a second run re-words it the same way.
    table = trainer.swaps()
    words = ["he", "slapped", "my", "face", "and", "took", "my", "phone", "then", "i", "hid", "in", "the", "bathroom"]
    harm = set(trainer.safety_concepts_en.CONCEPTS["HARM"].split())
    body = set(trainer.safety_concepts_en.CONCEPTS["BODY"].split())
    runs = [[trainer.reworded(words, table, trainer.random.Random(seed)) for seed in range(20)] for _ in range(2)]
    assert runs[0] == runs[1]
    assert any(r != words for r in runs[0])
    for r in runs[0]:
        assert len(r) == len(words)
        assert r[1] in harm and r[3] in body
        assert [r[i] for i in (0, 2, 4, 6, 8, 9)] == [words[i] for i in (0, 2, 4, 6, 8, 9)]
