"""Issue 15, wave 12: people change their mind mid-sentence and give times loosely. Heard through the
generalising simulator NLU as a person would notice it: the reminder set is the time they settled on,
in the half of the day they first said; a bare hour with a part of the day and "say" or "about" before
it is that hour of that part of the day."""

from __future__ import annotations

import pytest
from bench.nlu import slot_heard
from tools import alexa
from tools.nlu_general import GeneralNlu


def reminder_asked(talk, alexa_api):
    device = alexa.Device(api_endpoint=alexa_api.endpoint)
    alexa_api.grant(device.api_access_token)
    convo = talk(device=device, nlu="general")
    convo.apis = alexa_api  # Alexa's permission question, answered yes, grants the permission
    replies = [convo.say(said) for said in ("open steady ground", "set a reminder")]
    reply = replies[-1]
    assert "8 p.m." in reply.speech  # the usual time, offered first
    return convo


def daily_rule(call) -> str:
    return str(call.body["trigger"]["recurrence"]["recurrenceRules"][0])


def test_a_time_corrected_mid_sentence_keeps_the_evening_said_before_the_correction(talk, alexa_api):
    convo = reminder_asked(talk, alexa_api)
    # WHEN the person names an evening hour, then changes their mind to another hour without saying pm again
    reply = convo.say("nine pm, no actually, make it half nine")
    # THEN the corrected time is restated in the evening and asked about before anything is set
    assert "9:30 p.m." in reply.speech, reply.speech
    assert reply.speech.endswith("?") and reply.session_open
    assert not alexa_api.creates()
    convo.say("yes")
    [call] = alexa_api.creates()
    assert daily_rule(call).startswith("FREQ=DAILY;BYHOUR=21;BYMINUTE=30")


def test_a_bare_hour_with_say_and_a_part_of_the_day_is_that_evening_hour(talk, alexa_api):
    convo = reminder_asked(talk, alexa_api)
    reply = convo.say("oh, say nine of an evening then")
    assert "9 p.m." in reply.speech, reply.speech
    assert "morning" not in reply.speech.lower()  # no need to ask which half: the evening was said
    convo.say("yes")
    [call] = alexa_api.creates()
    assert daily_rule(call).startswith("FREQ=DAILY;BYHOUR=21;BYMINUTE=0")


# -- The generalising stand-in, one family at a time ------------------------------------------------
@pytest.mark.parametrize(
    ("said", "intent", "slots"),
    [
        ("yes, on second thoughts, no", "AMAZON.NoIntent", {}),  # a change of mind keeps what follows it
        ("ten pm, no wait, make it half ten", "SetReminderIntent", {"time": "22:30"}),  # the evening still holds
        ("about ten of an evening", "SetReminderIntent", {"time": "22:00"}),  # a bare hour with a part of the day
    ],
)
def test_a_change_of_mind_and_a_loosely_given_time_reach_what_is_meant(said, intent, slots):
    match = GeneralNlu().understand(said)
    assert match.intent == intent
    assert {name: slot_heard(match.slots[name]) for name in slots} == slots

