"""Fear or violence said with a hedge, at a question whose answers are "sometimes" or "most days":
"he scares me sometimes" answers the reflection's peace question in a way, and Alexa could hear only
its "sometimes" (MaybeAnswerIntent) or its "most days" (FrequencyAnswerIntent). Then the danger never
reaches the safety screen. These are SafetyIntent's own sentences in the model, so both NLU stand-ins
(the literal one and the generalising one, closer to Alexa) bring the safety answer at once, while the
plain answers are still answers.
"""

from __future__ import annotations

import pytest

from tests.test_safety_answer import CHEERFUL

HEDGED = (
    "he scares me sometimes",
    "sometimes i'm scared of what he might do",
    "most days i'm frightened of him",
    "only when he's drunk he hits me",
    "she scares me most days",
    "honestly he scares me sometimes",
)

# How to reach each question: (what is said, the question's mode and step)
QUESTIONS = {
    "reflection frequency": ["start my reflection"],
    "reflection peace": ["start my reflection", "every day", "skip"],
    "reflection effort": ["start my reflection", "every day", "skip", "sometimes", "skip"],
    "reflection future": ["start my reflection", "every day", "skip", "sometimes", "skip", "yes", "skip"],
    "check-in": ["check in"],
}


def at(talk, nlu: str, where: str):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    for text in QUESTIONS[where]:
        convo.say(text)
    return convo


@pytest.mark.parametrize("nlu", ["literal", "general"])
@pytest.mark.parametrize("where", QUESTIONS)
@pytest.mark.parametrize("words", HEDGED)
def test_hedged_fear_at_an_answer_question_brings_the_safety_answer(talk, nlu, where, words):
    convo = at(talk, nlu, where)
    reply = convo.say(words)
    assert "911" in reply.speech, (reply.keys, reply.speech)
    assert reply.said("safety/resources") and not CHEERFUL.search(reply.speech)
    assert reply.session_open


@pytest.mark.parametrize("nlu", ["literal", "general"])
@pytest.mark.parametrize(
    ("where", "answer", "step"),
    [
        ("reflection peace", "sometimes", "words"),
        ("reflection effort", "sometimes", "words"),
        ("reflection frequency", "most days", "words"),
        ("reflection frequency", "honestly most days", "words"),
    ],
)
def test_plain_answers_there_are_still_answers(talk, nlu, where, answer, step):
    convo = at(talk, nlu, where)
    reply = convo.say(answer)
    assert "911" not in reply.speech and not reply.said("safety/resources")
    assert convo.state.exercises["reflection"]["step"] == step


def test_yes_sometimes_is_still_an_answer_as_alexa_would_hear_it(talk):
    # Not a sentence of the model itself (the literal stand-in hears only those): the generalising one
    convo = at(talk, "general", "reflection peace")
    reply = convo.say("yes sometimes")
    assert "911" not in reply.speech and convo.state.exercises["reflection"]["step"] == "words"
