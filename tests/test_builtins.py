"""Every built-in a certified skill must handle, with answers that fit where the person is."""

from __future__ import annotations

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response

BUILT_INS = [
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.NextIntent",
    "AMAZON.PreviousIntent",
    "AMAZON.StartOverIntent",
    "AMAZON.PauseIntent",
    "AMAZON.ResumeIntent",
]
PLACES = {
    "the welcome": ["open steady ground"],
    "a guidance topic": ["open steady ground", "tell me about boundaries"],
    "the topic menu": ["open steady ground", "guidance"],
}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("intent", BUILT_INS)
def test_each_built_in_gets_a_valid_answer_everywhere(talk, place, intent):
    convo = talk()
    for line in PLACES[place]:
        convo.say(line)
    reply = convo.send(alexa.intent(intent))
    assert_valid_response(reply.raw)
    if intent in ("AMAZON.StopIntent", "AMAZON.CancelIntent"):
        assert not reply.session_open
        assert len(reply.speech.split()) <= 20, "a short goodbye"
    if intent == "AMAZON.HelpIntent":
        assert reply.session_open and reply.speech.endswith("?")


def test_help_at_the_welcome_says_it_is_not_therapy_and_lists_choices(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("help")
    assert reply.said("builtins/help") and ("isn't therapy" in reply.speech or "not therapy" in reply.speech)
    assert "guidance" in reply.speech and "boundary" in reply.speech


def test_help_inside_a_topic_fits_the_topic(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    reply = convo.say("help")
    assert "boundaries" in reply.speech and "tell me more" in reply.speech.lower()


def test_fallback_says_what_the_skill_can_do(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("what's the weather on mars")
    assert "guidance" in reply.speech and reply.session_open


def test_navigate_home_returns_to_the_menu_from_a_topic(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    reply = convo.send(alexa.intent("AMAZON.NavigateHomeIntent"))
    assert "back" in reply.speech.lower() or "beginning" in reply.speech.lower() or "top" in reply.speech.lower()
    assert convo.state.mode == "menu"


def test_no_at_the_welcome_says_goodbye(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("no")
    assert not reply.session_open


def test_repeat_with_nothing_said_yet_asks_what_they_would_like(talk):
    reply = talk().send(alexa.intent("AMAZON.RepeatIntent"), new_session=True)
    assert "repeat yet" in reply.speech.lower()
    assert_valid_response(reply.raw)


@pytest.mark.parametrize("reason", ["USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR"])
def test_session_ended_gets_an_empty_valid_response(talk, reason):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.end_session(reason)
    assert_valid_response(reply.raw, "SessionEndedRequest")


def test_silence_gets_the_reprompt_then_ends_the_session(talk):
    convo = talk()
    opened = convo.say("open steady ground")
    first = convo.say("")
    assert first.speech == opened.reprompt
    second = convo.say("")
    assert second.raw["response"] == {} or "outputSpeech" not in second.raw["response"]
    assert convo.session is None


def test_an_unknown_intent_gets_a_clear_spoken_answer(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.send(alexa.intent("OrderPizzaIntent", {"size": alexa.slot("size", "large")}))
    assert "can't help with that" in reply.speech or "not something I can do" in reply.speech or "doesn't fit" in reply.speech
    assert_valid_response(reply.raw)
