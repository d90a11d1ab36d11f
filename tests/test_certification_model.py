"""The interaction model as Alexa's certification checks it: invocation name, samples, slots, one-shots."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

MODELS = sorted((Path(__file__).resolve().parent.parent / "interaction_models").glob("*.json"))
SAMPLE_CHARS = re.compile(r"^[A-Za-z\u00C0-\u024F' .{}_-]+$")  # letters, spaces, apostrophes, periods, slots
SLOT_REF = re.compile(r"\{(\w+)\}")


def _lm(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]


def _norm(sample: str) -> str:
    return " ".join(sample.lower().split())


@pytest.fixture(params=MODELS, ids=lambda p: p.stem)
def lm(request):
    return _lm(request.param)


def test_invocation_name_follows_the_rules(lm):
    name = lm["invocationName"]
    words = name.split()
    assert len(words) >= 2
    assert name == name.lower() and re.fullmatch(r"[a-z ]+", name)
    for word in ("alexa", "amazon", "echo", "skill", "app", "launch", "ask", "tell", "open", "start"):
        assert word not in words, word


def test_samples_are_unique_across_intents(lm):
    owners: dict[str, set[str]] = {}
    for intent in lm["intents"]:
        for sample in intent.get("samples", []):
            owners.setdefault(_norm(sample), set()).add(intent["name"])
        for slot in intent.get("slots", []):
            for sample in slot.get("samples", []):
                owners.setdefault(_norm(sample), set()).add(f"{intent['name']}.{slot['name']}")
    shared = {s: sorted(o) for s, o in owners.items() if len(o) > 1}
    assert shared == {}


def test_samples_have_no_duplicates_within_an_intent(lm):
    for intent in lm["intents"]:
        counts = Counter(_norm(s) for s in intent.get("samples", []))
        assert [s for s, n in counts.items() if n > 1] == [], intent["name"]


def test_samples_use_only_valid_characters_and_existing_slots(lm):
    bad: list[str] = []
    for intent in lm["intents"]:
        declared = {s["name"] for s in intent.get("slots", [])}
        samples = list(intent.get("samples", []))
        for slot in intent.get("slots", []):
            samples += slot.get("samples", [])
        for sample in samples:
            if not SAMPLE_CHARS.match(sample) or sample != sample.strip() or "  " in sample:
                bad.append(f"{intent['name']}: invalid characters in {sample!r}")
            for ref in SLOT_REF.findall(sample):
                if ref not in declared:
                    bad.append(f"{intent['name']}: {{{ref}}} is not a slot of the intent")
            if SLOT_REF.sub("", sample).count("{") or SLOT_REF.sub("", sample).count("}"):
                bad.append(f"{intent['name']}: stray brace in {sample!r}")
    assert bad == []


def test_every_slot_type_exists_and_custom_values_have_no_duplicates(lm):
    custom = {t["name"]: t for t in lm.get("types", [])}
    problems: list[str] = []
    for intent in lm["intents"]:
        for slot in intent.get("slots", []):
            if not slot["type"].startswith("AMAZON.") and slot["type"] not in custom:
                problems.append(f"{intent['name']}.{slot['name']}: unknown type {slot['type']}")
    for name, stype in custom.items():
        ids = [v.get("id") for v in stype["values"]]
        if any(not i for i in ids) or len(set(ids)) != len(ids):
            problems.append(f"{name}: every value needs its own id")
        phrases = Counter()
        for value in stype["values"]:
            phrases.update({_norm(p) for p in [value["name"]["value"], *value["name"].get("synonyms", [])]})
        problems += [f"{name}: {p!r} appears more than once" for p, n in phrases.items() if n > 1]
    assert problems == []


def test_custom_intents_have_at_least_fifteen_samples(lm):
    thin = {
        i["name"]: len(i.get("samples", []))
        for i in lm["intents"]
        if not i["name"].startswith("AMAZON.") and len(i.get("samples", [])) < 15
    }
    assert thin == {}


def test_required_built_ins_are_present(lm):
    names = {i["name"] for i in lm["intents"]}
    for required in ("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
                     "AMAZON.NavigateHomeIntent"):
        assert required in names


ONE_SHOTS = [
    ("ask steady ground for help now", "SafetyIntent"),
    ("ask steady ground about boundaries", "GuidanceIntent"),
    ("ask steady ground for guidance", "GuidanceMenuIntent"),
]


@pytest.mark.parametrize(("said", "intent"), ONE_SHOTS)
def test_one_shot_phrasings_of_the_main_features_work(talk, said, intent):
    from tests.support.checks import assert_valid_response

    reply = talk().say(said)
    assert reply.request["request"]["intent"]["name"] == intent
    assert_valid_response(reply.raw)


def test_every_exercise_starts_as_a_one_shot(talk):
    # Each registered exercise's start intent, said as "ask steady ground to ...", opens that exercise.
    from steady_ground.exercises.catalog import EXERCISES
    from tests.support.checks import assert_valid_response

    lm = _lm(MODELS[0])
    samples = {i["name"]: i.get("samples", []) for i in lm["intents"]}
    tried = 0
    for spec in EXERCISES:
        for intent in sorted(spec.start_intents):
            plain = [s for s in samples.get(intent, []) if "{" not in s]
            assert plain, f"{intent} has a sample without slots"
            reply = talk().say(f"ask steady ground to {plain[0]}")
            assert reply.request["request"]["intent"]["name"] == intent
            assert_valid_response(reply.raw)
            assert reply.state.mode == spec.name, f"{intent} opened {spec.name}"
            tried += 1
    assert tried == sum(len(s.start_intents) for s in EXERCISES)


# Phrasings two features could both claim: the model says one thing for each, in every market.
# Singular "boundary" starts the exercise, "boundaries" (or "the boundary topic") is the topic; asking
# "how do I bring it up" is the start_talk topic, planning it is the exercise; help with the skill is
# help, while a bare "I need help" stays the safety answer.
ONE_MEANING = [
    ("boundary", "StartBoundaryIntent", None),
    ("boundary please", "StartBoundaryIntent", None),
    ("the boundary one", "StartBoundaryIntent", None),
    ("boundaries", "GuidanceIntent", "boundaries"),
    ("the boundary topic", "GuidanceIntent", "boundaries"),
    ("how do I even bring it up", "GuidanceIntent", "start_talk"),
    ("how do I bring it up with my partner", "GuidanceIntent", "start_talk"),
    ("help me plan the talk", "StartPlanTalkIntent", None),
    ("I need help with this skill", "AMAZON.HelpIntent", None),
    ("I need help", "SafetyIntent", None),
]


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.stem)
@pytest.mark.parametrize(("said", "intent", "topic"), ONE_MEANING)
def test_a_phrasing_two_features_could_claim_means_one_thing(path, said, intent, topic):
    from tools.nlu import Nlu

    heard = Nlu(model_path=path).understand(said)
    assert heard.intent == intent
    if topic:
        resolved = heard.slots["topic"]["resolutions"]["resolutionsPerAuthority"][0]["values"][0]["value"]["id"]
        assert resolved == topic
