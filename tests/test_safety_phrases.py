"""The phrase lists that screen free text: what counts as crisis, per class, and what never does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steady_ground import safety

MODEL = Path(__file__).resolve().parent.parent / "interaction_models" / "en-US.json"

TRUE_POSITIVES: dict[str, list[str]] = {
    safety.SELF_HARM: [
        "I'm done with life",
        "I want to hurt myself",
        "sometimes I think about killing myself",
        "I don't want to live anymore",
        "I dont want to be alive",
        "I'm thinking of ending it",
        "I'm thinking about ending it all",
        "I want to end my life",
        "I've been having suicidal thoughts",
        "I want to die",
        "I wish I was dead",
        "there's no reason to live",
        "everyone would be better off without me",
        "I can't go on anymore",
        "I might take all my pills",
        "I don't want to wake up",
        "I\u2019ve started self-harming again",
        "Honestly? I'm DONE WITH LIVING.",
    ],
    safety.PARTNER_DANGER: [
        "my partner hit me",
        "he hits me when he drinks",
        "she's hurting me",
        "my husband keeps threatening me",
        "he threatened to kill me",
        "he's going to kill me",
        "I was beaten up by my boyfriend",
        "he choked me last week",
        "he grabbed me by the arm",
        "my wife has a knife",
        "I'm not safe",
        "I don't feel safe at home",
        "I'm in danger",
        "I think this is domestic violence",
        "he gets violent when he's angry",
        "I'm being abused",
        "he pushed me",
    ],
    safety.FEAR_CONTROL: [
        "I'm scared of my partner",
        "I'm terrified of him",
        "I'm afraid for my kids",
        "I'm scared of what he'll do",
        "I'm frightened of what she might do",
        "I'm scared to go home",
        "she won't let me leave",
        "he won't let me leave the house",
        "he won't let me see my friends",
        "he won't let me have my own money",
        "he takes my phone and my keys",
        "he locks me in the bedroom",
        "she tracks my phone",
        "he follows me everywhere",
        "he cut me off from my family",
    ],
    safety.ASKS_FOR_HELP: [
        "help now",
        "I need help right now",
        "I need help",
        "please give me the crisis line",
        "what's the hotline number",
        "I need help I'm scared",
        "I'm in crisis",
    ],
}

FALSE_POSITIVES = [
    "I'm done arguing about the dishes",
    "I'm done with this topic",
    "I want to end the argument before bed",
    "he won't let me leave the dishes in the sink",
    "he won't let me finish a sentence",
    "I don't want to wake up early tomorrow",
    "this traffic is killing me",
    "she kills me with her jokes",
    "I could kill for a coffee",
    "I'm dying to try that new place",
    "I'm dead tired",
    "she beat me at chess again",
    "he hit me up last night to talk",
    "he grabbed me a coffee",
    "she pushes me to do better",
    "he hurt my feelings",
    "it hurts me when he ignores me",
    "I got hurt at work",
    "I'm scared of spiders",
    "I'm afraid of heights",
    "I'm afraid he won't listen",
    "he has never hit me",
    "I feel safe with him",
    "I'm not sure it's safe to bring up money",
    "I need help with the wording",
    "our budget is in crisis",
    "we keep fighting about chores",
    "I want him to try couples counseling",
    "I'm tired of walking on eggshells about his mother",
    "",
    "   ",
    "& < > \" '",
]


def _cases() -> list[tuple[str, str]]:
    return [(cls, text) for cls, texts in TRUE_POSITIVES.items() for text in texts]


@pytest.mark.parametrize(("cls", "text"), _cases())
def test_crisis_words_are_caught_in_their_class(cls, text):
    assert safety.crisis_class(text, "en-US") == cls
    assert safety.is_crisis(text, "en-US")


@pytest.mark.parametrize("text", FALSE_POSITIVES)
def test_everyday_speech_is_no_crisis(text):
    assert safety.crisis_class(text, "en-US") is None
    assert not safety.is_crisis(text, "en-US")


def test_every_class_has_phrases_and_tests_of_both_kinds():
    counts = safety.phrase_counts("en-US")
    assert set(counts) == set(safety.CLASSES)
    for cls in safety.CLASSES:
        assert counts[cls] >= 5, cls
        assert len(TRUE_POSITIVES[cls]) >= 5, cls
    assert len(FALSE_POSITIVES) >= 30


def test_every_crisis_sample_of_the_safety_intent_is_also_caught_as_free_text():
    # Said as an answer to an exercise question, the same words still reach the safety answer.
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    intents = model["interactionModel"]["languageModel"]["intents"]
    samples = next(i for i in intents if i["name"] == "SafetyIntent")["samples"]
    missed = [s for s in samples if not safety.is_crisis(s, "en-US")]
    assert missed == []


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en", None, "fr-FR", "x", ""])
def test_other_locales_screen_with_the_english_list_until_they_have_their_own(locale):
    assert safety.is_crisis("I don't want to live", locale)
    assert not safety.is_crisis("I'm done arguing about the dishes", locale)


def test_long_and_odd_text_is_screened_without_trouble():
    filler = "we talked about the weekend plans and who picks up the kids " * 30
    assert len(filler) > 1500
    assert not safety.is_crisis(filler, "en-US")
    assert safety.is_crisis(filler + " and honestly I want to die", "en-US")
    assert not safety.is_crisis("\u0000\ud7ff\U0001f600 <speak> & \"quoted\"", "en-US")
