"""Time the talk, spoken: asked for, restated and confirmed before anything is set; the voice
permission flow and its card fallback; how much time is left; cancel; and every failure of the
Timers API getting a clear answer that never claims a timer that isn't there."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest
from tools import alexa
from tools.alexa_api_standin import TIMERS_SCOPE, asks_for_permission, permission_response

from tests.support.checks import assert_valid_response

NOT_SET = ("no timer is set", "nothing is set", "nothing was set", "none was set", "no timer was set",
           "no timer.", "couldn't start", "isn't set", "none is set")


def says_not_set(speech: str) -> bool:
    return any(phrase in speech.lower() for phrase in NOT_SET)


def opened(talk, alexa_api, grant=True, device=None):
    device = device or alexa.Device(api_endpoint=alexa_api.endpoint)
    if grant:
        alexa_api.grant(device.api_access_token, TIMERS_SCOPE)
    convo = talk(device=device)
    convo.apis = alexa_api  # Alexa's permission question, answered yes, grants the permission
    convo.say("open steady ground")
    return convo


def timer_entry(items) -> dict:
    found = [i for i in items() if i["sk"] == "META#profile"]
    return json.loads(found[0]["body"]).get("talk_timer", {}) if found else {}


def set_twenty(convo):
    convo.say("time our talk for twenty minutes")
    return convo.say("yes")


# -- asked, restated, confirmed, set ---------------------------------------------------------------
def test_time_our_talk_asks_first_then_sets_a_neutral_timer_and_restates_it(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    # WHEN they ask for a talk timer
    reply = convo.say("time our talk for twenty minutes")
    # THEN nothing is set yet: the length and what it will say are restated, and they're asked
    assert "20 minutes" in reply.speech and "time to pause the talk" in reply.speech
    assert reply.speech.endswith("?") and not alexa_api.timer_creates()
    assert_valid_response(reply.raw)
    # WHEN they say yes
    reply = convo.say("yes")
    # THEN the timer is set with the documented body, and the length is said again
    [call] = alexa_api.timer_creates()
    assert call.body["duration"] == "PT20M"
    assert call.body["triggeringBehavior"]["operation"] == {
        "type": "ANNOUNCE", "textToAnnounce": [{"locale": "en-US", "text": "Time to pause the talk."}]}
    assert call.body["timerLabel"] == "talk" and not alexa_api.state.rejected
    assert "20 minutes" in reply.speech and reply.session_open and reply.speech.endswith("?")
    assert timer_entry(items)["id"] == next(iter(alexa_api.state.timers))
    assert_valid_response(reply.raw)


def test_a_one_shot_works_cold(talk, alexa_api):
    device = alexa.Device(api_endpoint=alexa_api.endpoint)
    alexa_api.grant(device.api_access_token, TIMERS_SCOPE)
    convo = talk(device=device)
    reply = convo.say("tell steady ground to time our talk for twenty minutes")
    assert reply.request["request"]["intent"]["name"] == "TalkTimerIntent"
    assert "20 minutes" in reply.speech and reply.speech.endswith("?")
    convo.say("yes")
    assert len(alexa_api.timer_creates()) == 1


def test_no_to_the_question_sets_nothing(talk, alexa_api):
    convo = opened(talk, alexa_api)
    convo.say("time our talk for half an hour")
    reply = convo.say("no")
    assert not alexa_api.timer_creates() and says_not_set(reply.speech)


def test_without_a_length_it_asks_how_long_then_confirms(talk, alexa_api):
    convo = opened(talk, alexa_api)
    reply = convo.say("time our talk")
    assert "how long" in reply.speech.lower() or "how many minutes" in reply.speech.lower()
    reply = convo.say("forty five minutes")
    assert "45 minutes" in reply.speech and reply.speech.endswith("?")
    convo.say("yes")
    assert alexa_api.timer_creates()[0].body["duration"] == "PT45M"


@pytest.mark.parametrize("said", ["time our talk for three hours", "time our talk for thirty seconds"])
def test_a_length_alexa_cannot_time_is_explained_and_asked_again(talk, alexa_api, said):
    convo = opened(talk, alexa_api)
    reply = convo.say(said)
    assert "two hours" in reply.speech and reply.speech.endswith("?")
    assert not alexa_api.timer_creates()
    reply = convo.say("an hour and a half")
    assert "1 hour and 30 minutes" in reply.speech


def test_a_second_timer_replaces_the_first(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    first = timer_entry(items)["id"]
    reply = convo.say("time our talk for ten minutes")
    assert "replace" in reply.speech.lower()
    convo.say("yes")
    assert list(alexa_api.state.timers) != [first] and len(alexa_api.state.timers) == 1
    assert timer_entry(items)["length"] == "PT10M"


# -- the voice permission flow ---------------------------------------------------------------------
def test_without_permission_alexa_asks_by_voice_and_a_yes_sets_it(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("time our talk for twenty minutes")
    reply = convo.say("yes")
    ask = asks_for_permission(reply.directives)
    assert ask is not None
    assert ask["payload"]["permissionScopes"][0]["permissionScope"] == TIMERS_SCOPE
    assert "permission" in reply.speech and not says_not_set(reply.speech)
    assert not alexa_api.state.timers
    reply = convo.say("yes")  # to Alexa's own question
    assert len(alexa_api.state.timers) == 1 and "20 minutes" in reply.speech


@pytest.mark.parametrize("answer", ["no", "hmm"])
def test_declined_or_unanswered_permission_sets_nothing_and_says_so(talk, alexa_api, answer):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("time our talk for twenty minutes")
    convo.say("yes")
    reply = convo.say(answer)
    assert not alexa_api.state.timers and says_not_set(reply.speech)
    assert reply.session_open and reply.speech.endswith("?")


def test_where_voice_permission_is_unavailable_a_card_is_sent(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    convo.say("time our talk for twenty minutes")
    convo.say("yes")
    reply = convo.send(permission_response(None, "talk_timer:PT20M", status_code="500", scope=TIMERS_SCOPE))
    card = reply.raw["response"]["card"]
    assert card["type"] == "AskForPermissionsConsent" and card["permissions"] == [TIMERS_SCOPE]
    assert says_not_set(reply.speech) and not alexa_api.state.timers


def test_the_reminders_permission_answer_still_goes_to_reminders(talk, alexa_api):
    convo = opened(talk, alexa_api, grant=False)
    reply = convo.send(permission_response(False, "reminder_set:20:00"))
    assert "reminder" in reply.speech.lower() and "timer" not in reply.speech.lower()


# -- every failure ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("status", "code"), [(500, ""), (503, ""), (504, "DEVICE_OFFLINE"), (429, ""),
                                              (400, "INVALID_TIMER")])
def test_an_api_error_sets_nothing_and_says_so(talk, alexa_api, items, status, code):
    convo = opened(talk, alexa_api)
    convo.say("time our talk for twenty minutes")
    alexa_api.fail_next(status, code)
    reply = convo.say("yes")
    assert says_not_set(reply.speech) and reply.session_open and reply.speech.endswith("?")
    assert not alexa_api.state.timers and "id" not in timer_entry(items)


def test_too_many_timers_is_said_plainly(talk, alexa_api):
    convo = opened(talk, alexa_api)
    alexa_api.state.max_timers = 0
    convo.say("time our talk for twenty minutes")
    reply = convo.say("yes")
    assert says_not_set(reply.speech)
    assert any(w in reply.speech.lower() for w in ("cancel", "clear", "ends"))
    assert not asks_for_permission(reply.directives), "a full device is not a missing permission"


def test_a_slow_timers_service_is_an_answer_not_a_hang(talk, alexa_api, items, monkeypatch):
    from steady_ground import alexa_api as api_mod

    monkeypatch.setattr(api_mod, "DEFAULT_TIMEOUT", 0.05)
    convo = opened(talk, alexa_api)
    convo.say("time our talk for twenty minutes")
    alexa_api.state.delay = 0.3
    reply = convo.say("yes")
    alexa_api.state.delay = 0
    # The stand-in sets the timer once its delay is over: "not set" would be as untrue as "set".
    assert says_cannot_tell(reply.speech) and not says_not_set(reply.speech)
    assert reply.session_open and reply.speech.endswith("?") and "id" not in timer_entry(items)


# -- a create whose answer never came: Alexa may have set the timer all the same ---------------------
def answer_lost_once(monkeypatch):
    """The next create reaches Alexa and is made, but its answer never comes back (a timeout)."""
    import urllib.request

    real = urllib.request.urlopen
    lost: list[str] = []

    def urlopen(request, *args, **kwargs):
        response = real(request, *args, **kwargs)
        if not lost and request.get_method() == "POST" and request.full_url.endswith("/v1/alerts/timers"):
            lost.append(response.read().decode())
            response.close()
            raise TimeoutError("timed out")
        return response

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    return lost


def test_a_timer_made_but_answered_too_late_is_said_as_set_and_never_doubled(talk, alexa_api, items, monkeypatch):
    convo = opened(talk, alexa_api)
    convo.say("time our talk for twenty minutes")
    lost = answer_lost_once(monkeypatch)
    reply = convo.say("yes")
    # THEN Alexa did set it, so the person hears it is running, not "no timer is set"
    assert lost, "the create's answer was lost"
    [timer_id] = alexa_api.state.timers
    assert says_set(reply.speech) and "20 minutes" in reply.speech
    assert not says_not_set(reply.speech) and not says_cannot_tell(reply.speech)
    assert timer_entry(items)["id"] == timer_id and len(alexa_api.timer_creates()) == 1
    # AND it is the timer "how much time is left" and "cancel" work on
    convo.clock += timedelta(minutes=5)
    assert "15 minutes" in convo.say("how much time is left").speech
    reply = convo.say("cancel the talk timer")
    assert not alexa_api.state.timers and "id" not in timer_entry(items)


def says_set(speech: str) -> bool:
    return any(p in speech.lower() for p in ("is running.", "the talk timer is set", "started:"))


def says_cannot_tell(speech: str) -> bool:
    return any(p in speech.lower() for p in ("can't tell", "not sure it started", "can't say whether"))


@pytest.mark.parametrize("then", ["how much time is left", "time our talk for ten minutes"])
def test_when_neither_the_create_nor_a_look_is_answered_it_says_it_cannot_tell(talk, alexa_api, items,
                                                                                monkeypatch, then):
    from steady_ground import alexa_api as api_mod

    convo = opened(talk, alexa_api)
    convo.say("time our talk for twenty minutes")
    usual = api_mod.DEFAULT_TIMEOUT
    monkeypatch.setattr(api_mod, "DEFAULT_TIMEOUT", 0.05)
    alexa_api.state.hold = threading.Event()  # Alexa answers nothing for now
    try:
        reply = convo.say("yes")
    finally:
        alexa_api.state.hold.set()  # ... then makes the timer after all
    # THEN neither "set" nor "not set": the person hears that it can't tell
    assert says_cannot_tell(reply.speech) and not says_not_set(reply.speech) and not says_set(reply.speech)
    assert reply.session_open and reply.speech.endswith("?") and "id" not in timer_entry(items)
    deadline = time.monotonic() + 10
    while not alexa_api.state.timers and time.monotonic() < deadline:
        time.sleep(0.01)
    [late] = alexa_api.state.timers
    alexa_api.state.hold = None
    monkeypatch.setattr(api_mod, "DEFAULT_TIMEOUT", usual)
    # WHEN they ask after it, or ask for a timer again
    reply = convo.say(then)
    if then.startswith("how much"):
        # THEN the late timer is found and counted down, and is the one the skill now knows
        assert "20 minutes" in reply.speech and timer_entry(items)["id"] == late
    else:
        # THEN the new length replaces the late timer: one talk timer, never two, and no "not set"
        reply = convo.say("yes")
        assert "10 minutes" in reply.speech and not says_not_set(reply.speech)
        [timer] = alexa_api.state.timers.values()
        assert timer["id"] != late and timer["duration"] == "PT10M" and timer_entry(items)["id"] == timer["id"]


def test_a_request_without_the_api_endpoint_says_it_cannot_set_one(talk, alexa_api):
    device = alexa.Device(api_endpoint="", api_access_token="")
    convo = talk(device=device)
    convo.say("open steady ground")
    convo.say("time our talk for twenty minutes")
    reply = convo.say("yes")
    assert says_not_set(reply.speech) and reply.session_open


# -- how much time is left -------------------------------------------------------------------------
def test_how_much_time_is_left_counts_down(talk, alexa_api):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    convo.clock += timedelta(minutes=7)
    reply = convo.say("how much time is left")
    assert "13 minutes" in reply.speech and reply.speech.endswith("?")


def test_a_paused_timer_says_so(talk, alexa_api):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    [timer] = alexa_api.state.timers.values()
    timer.update(status="PAUSED", remainingTimeWhenPaused="PT4M")
    reply = convo.say("how much time is left")
    assert "4 minutes" in reply.speech and "pause" in reply.speech.lower()


def test_time_left_with_no_timer_offers_one(talk, alexa_api):
    convo = opened(talk, alexa_api)
    reply = convo.say("how much time is left")
    assert "no talk timer" in reply.speech.lower() and reply.speech.endswith("?")
    reply = convo.say("yes")
    assert "how long" in reply.speech.lower() or "how many minutes" in reply.speech.lower()
    reply = convo.say("twenty minutes")
    assert "20 minutes" in reply.speech


def test_time_left_after_the_timer_ended_says_none_is_running(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    alexa_api.state.timers.clear()  # it rang and was stopped on the device
    reply = convo.say("how much time is left")
    assert "no talk timer" in reply.speech.lower()
    assert "id" not in timer_entry(items)


@pytest.mark.parametrize(("status", "heard"), [(401, "permission"), (500, "couldn't reach"), (503, "")])
def test_time_left_when_the_service_fails_says_it_could_not_check(talk, alexa_api, status, heard):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    alexa_api.fail_next(status)
    reply = convo.say("how much time is left")
    assert "minutes" not in reply.speech and "Alexa" in reply.speech and reply.speech.endswith("?")
    if status == 401:
        assert "permission" in reply.speech
    else:
        assert "permission" not in reply.speech


# -- cancel ----------------------------------------------------------------------------------------
def test_cancel_the_talk_timer_removes_it(talk, alexa_api, items):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    reply = convo.say("cancel the talk timer")
    assert not alexa_api.state.timers
    assert any(w in reply.speech.lower() for w in ("cancel", "off"))
    assert "id" not in timer_entry(items)
    assert reply.session_open and reply.speech.endswith("?")


def test_cancel_with_no_timer_says_there_is_nothing_to_cancel(talk, alexa_api):
    convo = opened(talk, alexa_api)
    reply = convo.say("cancel the talk timer")
    assert "no talk timer" in reply.speech.lower() or "already finished" in reply.speech.lower()


@pytest.mark.parametrize(("status", "permission"), [(401, True), (403, True), (500, False), (504, False)])
def test_cancel_that_fails_says_the_timer_is_still_running(talk, alexa_api, items, status, permission):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    alexa_api.fail_next(status)
    reply = convo.say("cancel the talk timer")
    assert len(alexa_api.state.timers) == 1, "nothing was cancelled"
    lower = reply.speech.lower()
    assert "still" in lower or "not cancelled" in lower or "couldn't stop" in lower
    assert ("permission" in lower) == permission
    assert timer_entry(items).get("id"), "the id is kept, so a later cancel can still work"


# -- the words everyone hears ----------------------------------------------------------------------
def test_the_timer_never_speaks_of_therapy_or_the_relationship(talk, alexa_api):
    convo = opened(talk, alexa_api)
    set_twenty(convo)
    body = json.dumps(alexa_api.timer_creates()[0].body).lower()
    for word in ("therapy", "therapist", "counsel", "partner", "relationship", "marriage", "steady ground",
                 "plan", "boundary"):
        assert word not in body


# -- offered where a time limit is the point ---------------------------------------------------------
def test_the_time_limits_boundary_ends_by_offering_the_talk_timer(talk, alexa_api):
    from tests.test_boundary_conversation import CONSEQUENCE, MOMENT, START, STATEMENT, keep_it

    convo = opened(talk, alexa_api)
    convo.say(START)
    convo.say("yes")
    convo.say("let's go with time limits")
    for answer in (MOMENT, STATEMENT, CONSEQUENCE, STATEMENT):
        convo.say(answer)
    reply = keep_it(convo)
    assert "time our talk" in reply.speech
    # AND the words it offers work as said
    reply = convo.say("ask steady ground to time our talk for twenty minutes")
    assert "20 minutes" in reply.speech and reply.speech.endswith("?")


def test_other_boundaries_do_not_mention_the_timer():
    from steady_ground.render import Renderer

    for strategy in ("circular", "therapist", "consequences"):
        for seed in range(6):
            said = Renderer().block("en-US", "boundary/close", strategy=strategy, _seed=seed)
            assert "timer" not in said and "time our talk" not in said
