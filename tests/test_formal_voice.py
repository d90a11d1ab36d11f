"""An older, formal speaker, in full polite sentences with reasons attached, through the skill's
questions. The model's own sentences (the literal stand-in: these are samples Alexa is trained on,
grown from interaction_models/sources/carriers.json) and the generalising stand-in, closer to Alexa."""

from __future__ import annotations

from steady_ground.session import Consent, ReminderOffer
from tests.support.checks import assert_valid_response
from tests.test_checkin_conversation import checkins, device
from tests.test_reflection_conversation import reflection_notes


def test_a_formal_reflection_is_understood_answer_by_answer_and_kept(talk, items):
    # GIVEN someone who asks for the reflection politely
    convo = talk()
    convo.say("open steady ground")
    first = convo.say("I would like to do the reflection please")
    assert "four short questions" in first.speech
    # WHEN they answer each question in their own formal words (and skip the few words after each)
    for answer in ("two or three times a week I'm afraid", "I am afraid so", "now and again", "I am not certain"):
        reply = convo.say(answer)
        assert "skip" in reply.speech, answer  # taken as an answer: on to the few words about it
        closing = convo.say("skip")
    # THEN the closing mirrors what they meant, and "yes, you may" keeps it
    text = closing.speech
    assert "a few times a week" in text and "trading your peace" in text and "some effort" in text
    assert "uncertain" in text
    reply = convo.say("yes please keep it")
    if isinstance(reply.state.question, Consent):
        reply = convo.say("yes you may")
    assert "kept" in reply.speech.lower() and reply.session_open
    [note] = reflection_notes(items)
    assert note["data"]["answers"] == {"frequency": "few_weekly", "peace": "yes", "effort": "sometimes",
                                       "future": "not_sure"}


def test_a_polite_check_in_hears_the_mood_and_a_kind_no_to_the_reminder_sets_none(talk, alexa_api, items):
    # GIVEN a check-in asked for indirectly, heard as Alexa would (generalising from the samples)
    convo = talk(device=device(alexa_api), nlu="general")
    convo.say("open steady ground")
    reply = convo.say("I was wondering if we could do a quick check in")
    assert "one to five" in reply.speech
    # WHEN the day is described formally, with a reason attached
    reply = convo.say("rather difficult if I am honest, we hardly spoke")
    assert "skip" in reply.speech.lower()
    reply = convo.say("skip")
    while isinstance(reply.state.question, Consent):
        reply = convo.say("yes that is fine by me")
    # THEN it is saved as a hard day, and the reminder offer is declined kindly, and none is set
    [note] = checkins(items)
    assert note["data"]["rating"] == 2
    assert isinstance(reply.state.question, ReminderOffer)
    reply = convo.say("not at the moment thank you")
    assert not isinstance(reply.state.question, ReminderOffer) and reply.session_open
    assert not alexa_api.creates()
    assert_valid_response(reply.raw)


def test_yes_with_a_reason_starts_the_boundary_and_a_polite_choice_picks_the_pattern(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    # GIVEN the boundary exercise asked for in a roundabout way
    reply = convo.say("I was wondering if we could work on a boundary")
    assert reply.speech.endswith("?")
    # WHEN they say yes with their reason, then name a pattern in a full sentence
    reply = convo.say("yes because I want to try something different")
    assert "time limits" in reply.speech  # the patterns are offered: the yes was heard
    reply = convo.say("I would like to work on time limits please")
    # THEN the pattern they named is the one chosen
    assert convo.state.exercises["boundary"]["strategy"] == "time_limits"
    assert reply.session_open
