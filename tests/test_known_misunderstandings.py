"""Issue 15, wave 8: misunderstandings found in the blind hands, each heard right now, through the
simulator as a person would notice it: "should I leave him or not" is the decision question, not a
safety alarm; a partner walking off mid-sentence is no question of leaving; "six" on a one-to-five
scale gets the scale said plainly and loses nothing; a bare hour for a reminder is asked about
(morning or evening?) rather than guessed."""

from __future__ import annotations

import pytest
from tools import alexa

from tests.test_reminders_conversation import opened

VERDICTS = ("you should leave", "you should stay", "leave him", "leave her", "divorce", "break up")


def started(talk, nlu):
    convo = talk(nlu=nlu)
    assert convo.say("open steady ground").session_open
    return convo


@pytest.mark.parametrize("nlu", ["literal", "general"])
@pytest.mark.parametrize("said", ["should I leave him or not", "should I leave her or not"])
def test_should_i_leave_him_or_not_is_the_decision_question_not_a_safety_alarm(talk, nlu, said):
    reply = started(talk, nlu).say(said)
    assert "guidance/decision" in reply.keys, reply.keys
    assert not any(k.startswith("safety/") for k in reply.keys), reply.keys
    lowered = reply.speech.lower()
    assert not any(v in lowered for v in VERDICTS)
    assert reply.session_open and reply.speech.endswith("?")


@pytest.mark.parametrize("said", ["when he walks away mid sentence", "he walks away mid sentence"])
def test_a_partner_walking_off_mid_sentence_is_a_pattern_described_not_should_i_leave(talk, said):
    convo = started(talk, "general")
    convo.say("ask steady ground to set a boundary")
    convo.say("yes")
    assert convo.state.exercises["boundary"]["step"] == "choose"
    reply = convo.say(said)
    assert "guidance/decision" not in reply.keys, reply.keys
    assert "yours" not in reply.speech.lower() and "only you" not in reply.speech.lower()
    assert convo.state.exercises["boundary"]["step"] == "choose", "still choosing a pattern"
    assert reply.session_open and reply.speech.endswith("?")


@pytest.mark.parametrize("nlu", ["literal", "general"])
def test_six_on_the_one_to_five_scale_is_told_the_scale_and_the_check_in_carries_on(talk, nlu):
    convo = started(talk, nlu)
    convo.say("check in")
    assert convo.state.exercises["checkin"]["step"] == "mood"
    for _ in range(2):  # as often as any answer may be asked again (then the check-in stops kindly)
        reply = convo.say("six")
        assert "one to five" in reply.speech.lower(), reply.speech
        assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
        assert convo.state.exercises["checkin"]["step"] == "mood"
    reply = convo.say("four")
    assert convo.state.exercises["checkin"]["rating"] == 4
    assert convo.state.exercises["checkin"]["step"] == "words"


def daily_hour(call) -> str:
    return call.body["trigger"]["recurrence"]["recurrenceRules"][0]


@pytest.mark.parametrize(("hour", "half", "rule"), [
    ("seven", "pm", "BYHOUR=19;BYMINUTE=0"),
    ("seven", "in the evening", "BYHOUR=19;BYMINUTE=0"),
    ("seven", "morning", "BYHOUR=7;BYMINUTE=0"),
])
def test_a_bare_hour_for_the_reminder_asks_morning_or_evening_then_sets_that_hour(talk, alexa_api, hour, half, rule):
    convo = opened(talk, alexa_api)
    reply = convo.say("set a reminder")
    assert "8 p.m." in reply.speech  # the usual time, offered first
    # WHEN they give only an hour, THEN it is asked about, not guessed: nothing is set yet
    reply = convo.say(hour)
    assert "morning" in reply.speech.lower() and "7" in reply.speech, reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    assert "morning" in reply.reprompt.lower() and "evening" in reply.reprompt.lower()
    assert not alexa_api.creates()
    # WHEN they say which half, THEN that time is restated and asked about before it is set
    reply = convo.say(half)
    expected = "7 p.m." if "19" in rule else "7 a.m."
    assert expected in reply.speech and reply.speech.endswith("?"), reply.speech
    assert not alexa_api.creates()
    convo.say("yes")
    [call] = alexa_api.creates()
    assert daily_hour(call).startswith(f"FREQ=DAILY;{rule}")


def test_a_better_hour_said_as_a_correction_is_asked_about_too(talk, alexa_api):
    device = alexa.Device(api_endpoint=alexa_api.endpoint)
    alexa_api.grant(device.api_access_token)
    convo = talk(device=device, nlu="general")
    convo.apis = alexa_api
    convo.say("open steady ground")
    convo.say("set a reminder")
    reply = convo.say("actually eight would be better")
    assert "8 in the morning" in reply.speech or "8 a.m." in reply.speech, reply.speech
    assert "reminders/which_half" in reply.keys
    reply = convo.say("the evening please")
    assert "8 p.m." in reply.speech
    convo.say("yes")
    [call] = alexa_api.creates()
    assert daily_hour(call).startswith("FREQ=DAILY;BYHOUR=20;BYMINUTE=0")


def test_another_voice_cannot_settle_the_first_persons_reminder_hour(talk, alexa_api):
    # GIVEN Anna, recognized, asked for a reminder and said only "seven"
    anna = "amzn1.ask.person.ANNA0001"
    device = alexa.Device(api_endpoint=alexa_api.endpoint, person_id=anna)
    alexa_api.grant(device.api_access_token)
    convo = talk(device=device)
    convo.apis = alexa_api
    convo.say("open steady ground")
    convo.say("set a reminder")
    assert "reminders/which_half" in convo.say("seven").keys
    # WHEN a voice Alexa doesn't recognize says "in the evening", then yes
    convo.as_person(None)
    other = convo.say("in the evening")
    convo.say("yes")
    # THEN it is that voice's own request, at its own time: Anna's hour is neither said nor used
    assert "7" not in other.speech and "seven" not in other.speech.lower(), other.speech
    assert [daily_hour(c).split(";BYSECOND")[0] for c in alexa_api.creates()] == ["FREQ=DAILY;BYHOUR=20;BYMINUTE=0"]
    # WHEN Anna speaks again, her question is still hers: her answer sets her hour
    convo.as_person("ANNA0001")
    reply = convo.say("in the evening")
    assert "7 p.m." in reply.speech, reply.speech
    convo.say("yes")
    assert daily_hour(alexa_api.creates()[-1]).startswith("FREQ=DAILY;BYHOUR=19;BYMINUTE=0")
