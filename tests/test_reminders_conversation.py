"""The daily reminder, spoken: asked before it is set, restated before and after, the voice
permission flow and its card fallback, when and cancel, the offer after a check-in, and every error
getting a clear answer that never claims a reminder that isn't there."""

from __future__ import annotations

from tools import alexa
from tools.alexa_api_standin import asks_for_permission, permission_response

from tests.support.checks import assert_valid_response
from tests.test_checkin_conversation import agree_to_notes


def opened(talk, alexa_api, grant=True):
    device = alexa.Device(api_endpoint=alexa_api.endpoint)
    if grant:
        alexa_api.grant(device.api_access_token)
    convo = talk(device=device)
    convo.apis = alexa_api  # Alexa's permission question, answered yes, grants the permission
    convo.say("open steady ground")
    return convo


def profile_reminder(items):
    import json

    [profile] = [i for i in items() if i["sk"] == "META#profile"]
    return json.loads(profile["body"]).get("reminder", {})


def test_remind_me_every_evening_at_8_asks_first_then_sets_and_restates(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    # WHEN they ask for a reminder
    reply = convo.say("remind me every evening at 8")
    # THEN nothing is set yet: the time and the purpose are restated, and they're asked
    assert "8 p.m." in reply.speech and "check-in" in reply.speech and reply.speech.endswith("?")
    assert not alexa_api.creates()
    # WHEN they say yes
    reply = convo.say("yes")
    # THEN it is set, restated, and they hear how to change or cancel it
    [call] = alexa_api.creates()
    assert call.body["trigger"]["recurrence"]["recurrenceRules"][0].startswith("FREQ=DAILY;BYHOUR=20;BYMINUTE=0")
    assert call.body["trigger"]["timeZoneId"] == "America/New_York"
    # what the whole room will hear at 8 is discreet: no name, no partner, no therapy, no feelings
    assert [c["text"] for c in call.body["alertInfo"]["spokenInfo"]["content"]] == ["Time for your evening check-in"]
    assert "8 p.m." in reply.speech and "cancel my reminder" in reply.speech and "new time" in reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    assert_valid_response(reply.raw)
    assert profile_reminder(items)["token"] == call_token(alexa_api)


NOT_SET = ("not set", "nothing is set", "no reminder is set", "wasn't able to set", "was not set", "nothing was set",
           "couldn't set", "none is set", "no reminder.", "won't set", "no reminder was set", "isn't set")


def says_not_set(speech):
    return any(phrase in speech.lower() for phrase in NOT_SET)


def call_token(alexa_api):
    return next(iter(alexa_api.state.reminders))


def test_no_to_the_question_sets_nothing_and_says_so(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("remind me at 7 pm")
    reply = convo.say("no")
    assert not alexa_api.creates()
    assert says_not_set(reply.speech)


def test_without_permission_alexa_asks_by_voice_and_a_yes_sets_it(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("remind me every morning at 7")
    reply = convo.say("yes")
    # THEN the voice permission flow starts, with our time in its token, and nothing is claimed
    ask = asks_for_permission(reply.directives)
    assert ask is not None
    assert ask["payload"]["permissionScopes"][0]["permissionScope"] == "alexa::alerts:reminders:skill:readwrite"
    assert "set" not in reply.speech.lower().replace("to set reminders", "")
    # WHEN they allow it (the simulator answers Alexa's question and grants the permission)
    reply = convo.say("yes")
    # THEN the 7 a.m. reminder is set and restated
    assert "7 a.m." in reply.speech and "morning check-in" in reply.speech.lower()
    assert len(alexa_api.creates()) == 2  # the refused try, then the real one
    assert alexa_api.state.reminders


def test_permission_denied_by_voice_sets_nothing(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("remind me every evening at 8")
    convo.say("yes")
    reply = convo.say("no")
    assert not alexa_api.state.reminders
    assert says_not_set(reply.speech)
    assert reply.session_open


def test_where_voice_permission_is_not_available_a_permission_card_is_sent(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("remind me every evening at 8")
    convo.say("yes")
    reply = convo.send(permission_response(None, "reminder_set:20:00", status_code="400"))
    card = reply.raw["response"]["card"]
    assert card["type"] == "AskForPermissionsConsent"
    assert card["permissions"] == ["alexa::alerts:reminders:skill:readwrite"]
    assert says_not_set(reply.speech)


def test_too_many_reminders_is_said_plainly(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    alexa_api.state.max_reminders = 0
    convo.say("remind me at 9 pm")
    reply = convo.say("yes")
    assert says_not_set(reply.speech)
    assert "Alexa app" in reply.speech
    assert not profile_reminder(items).get("token")


def test_a_server_error_or_a_timeout_says_not_set(talk, alexa_api, monkeypatch):
    from steady_ground import alexa_api as api_mod

    convo = opened(talk, alexa_api)
    convo.say("remind me at 9 pm")
    alexa_api.fail_next(503)
    reply = convo.say("yes")
    assert says_not_set(reply.speech)
    # a timeout, the same
    monkeypatch.setattr(api_mod, "DEFAULT_TIMEOUT", 0.05)
    alexa_api.state.delay = 0.3
    convo.say("remind me at 9 pm")
    reply = convo.say("yes")
    assert says_not_set(reply.speech)
    alexa_api.state.delay = 0
    assert not alexa_api.state.reminders


def test_when_is_my_reminder_and_cancel_it(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("remind me every evening at 8")
    convo.say("yes")
    reply = convo.say("when is my reminder")
    assert "8 p.m." in reply.speech and "every day" in reply.speech
    reply = convo.say("cancel my reminder")
    assert "8 p.m." in reply.speech and reply.speech.endswith("?")
    assert alexa_api.state.reminders  # asked first
    reply = convo.say("yes")
    assert not alexa_api.state.reminders
    assert "cancelled" in reply.speech.lower() or "gone" in reply.speech.lower()
    reply = convo.say("when is my reminder")
    assert "no reminder" in reply.speech.lower() or "don't have" in reply.speech.lower() \
        or "haven't set" in reply.speech.lower()


def test_a_reminder_removed_in_the_app_is_reported_gone(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("remind me every evening at 8")
    convo.say("yes")
    alexa_api.state.reminders.clear()  # deleted in the Alexa app
    reply = convo.say("when is my reminder")
    assert "isn't there" in reply.speech or "deleted" in reply.speech or "can't find" in reply.speech


def test_cancel_when_permission_was_withdrawn_says_it_is_still_there(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("remind me every evening at 8")
    convo.say("yes")
    alexa_api.revoke(convo.device.api_access_token)
    convo.say("cancel my reminder")
    reply = convo.say("yes")
    assert alexa_api.state.reminders
    assert "Alexa app" in reply.speech
    assert any(p in reply.speech for p in ("nothing was cancelled", "wasn't cancelled", "couldn't cancel"))


def test_cancel_with_no_reminder_says_there_is_nothing_to_cancel(talk, alexa_api):
    reply = opened(talk, alexa_api).say("cancel my reminder")
    assert any(p in reply.speech for p in ("nothing to cancel", "no check-in reminder", "nothing needs cancelling"))


def test_a_reminder_is_offered_after_a_check_in_and_not_again_for_a_while_after_a_no(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("check in")
    convo.say("good")
    reply = agree_to_notes(convo, convo.say("skip"))
    assert "8 p.m." in reply.speech and "check-in" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("no")
    assert not alexa_api.state.reminders
    # the next day: no offer
    convo.advance(1)
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("good")
    reply = convo.say("skip")
    assert "reminder" not in reply.speech.lower()


def test_yes_to_the_offer_after_a_check_in_sets_the_8_pm_reminder(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("check in")
    convo.say("5")
    agree_to_notes(convo, convo.say("skip"))
    reply = convo.say("yes")
    assert alexa_api.state.reminders
    assert "8 p.m." in reply.speech and "cancel my reminder" in reply.speech
    # and the check-in is over: "yes" again isn't another reminder
    convo.say("yes")
    assert len(alexa_api.state.reminders) == 1
