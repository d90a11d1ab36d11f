"""The Alexa Timers API client, against the local stand-in on 127.0.0.1: the path, the bearer token,
the documented body (an ISO-8601 duration, an announcement per locale), time left, cancel, every
error mapped to our own, and a neutral announcement."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from tools.alexa_api_standin import TIMERS_SCOPE

from steady_ground import alexa_api as api_mod
from steady_ground.alexa_api import AlexaApi, TalkTimer, iso_duration, parse_duration
from steady_ground.render import Renderer, plain_text

TOKEN = "test-api-access-token"
NOW = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
TWENTY = TalkTimer(timedelta(minutes=20), "Time to pause the talk.", "talk")


@pytest.fixture
def api(alexa_api):
    alexa_api.grant(TOKEN, TIMERS_SCOPE)
    alexa_api.state.now = NOW
    return AlexaApi(alexa_api.endpoint, TOKEN)


def test_a_talk_timer_is_created_with_the_documented_body(api, alexa_api):
    timer_id = api.create_timer(TWENTY)
    assert timer_id and not alexa_api.state.rejected
    [call] = alexa_api.timer_creates()
    assert call.token == TOKEN and call.path == "/v1/alerts/timers"
    assert call.body == {
        "duration": "PT20M",
        "timerLabel": "talk",
        "creationBehavior": {"displayExperience": {"visibility": "VISIBLE"}},
        "triggeringBehavior": {
            "operation": {"type": "ANNOUNCE", "textToAnnounce": [{"locale": "en-US", "text": "Time to pause the talk."}]},
            "notificationConfig": {"playAudible": True},
        },
    }


def test_time_left_counts_down_from_the_trigger_time(api, alexa_api):
    timer_id = api.create_timer(TWENTY)
    found = api.get_timer(timer_id, NOW + timedelta(minutes=7, seconds=30))
    assert found.status == "ON" and found.left == timedelta(minutes=12, seconds=30)
    assert alexa_api.state.calls[-1].path == f"/v1/alerts/timers/{timer_id}"


def test_a_paused_timer_reports_the_time_it_had_left(api, alexa_api):
    timer_id = api.create_timer(TWENTY)
    alexa_api.state.timers[timer_id].update(status="PAUSED", remainingTimeWhenPaused="PT3M3S")
    found = api.get_timer(timer_id, NOW + timedelta(hours=1))
    assert found.status == "PAUSED" and found.left == timedelta(minutes=3, seconds=3)


def test_cancel_deletes_by_id_and_a_gone_timer_is_not_found(api, alexa_api):
    timer_id = api.create_timer(TWENTY)
    api.delete_timer(timer_id)
    assert (alexa_api.state.calls[-1].method, alexa_api.state.calls[-1].path) == ("DELETE", f"/v1/alerts/timers/{timer_id}")
    assert not alexa_api.state.timers
    with pytest.raises(api_mod.NotFound):
        api.get_timer(timer_id, NOW)
    with pytest.raises(api_mod.NotFound):
        api.delete_timer(timer_id)


def test_the_stand_in_refuses_a_timer_longer_than_two_hours(api, alexa_api):
    with pytest.raises(api_mod.ApiError) as raised:
        api.create_timer(TalkTimer(timedelta(hours=3), "Time to pause the talk.", "talk"))
    assert type(raised.value) is api_mod.ApiError
    assert any("two hours" in problem for problem in alexa_api.state.rejected)


def test_the_stand_in_refuses_a_second_timer_with_the_same_label(api, alexa_api):
    api.create_timer(TWENTY)
    with pytest.raises(api_mod.ApiError):
        api.create_timer(TWENTY)
    assert any("unique" in problem for problem in alexa_api.state.rejected)


def test_a_full_device_is_too_many_timers_not_a_missing_permission(api, alexa_api):
    alexa_api.state.max_timers = 0
    with pytest.raises(api_mod.TooManyTimers) as raised:
        api.create_timer(TWENTY)
    assert raised.value.status == 403


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (401, "", api_mod.NoPermission),
        (403, "", api_mod.NoPermission),
        (400, "MAX_TIMERS_EXCEEDED", api_mod.TooManyTimers),
        (403, "MAX_TIMERS_EXCEEDED", api_mod.TooManyTimers),
        (500, "", api_mod.ApiUnavailable),
        (504, "DEVICE_OFFLINE", api_mod.ApiUnavailable),
        (429, "", api_mod.ApiUnavailable),
        (400, "INVALID_TIMER", api_mod.ApiError),
    ],
)
def test_each_error_maps_to_our_own(api, alexa_api, status, code, error):
    alexa_api.fail_next(status, code)
    with pytest.raises(error) as raised:
        api.create_timer(TWENTY)
    if error is api_mod.ApiError:
        assert type(raised.value) is api_mod.ApiError


def test_reminders_permission_alone_does_not_set_timers(alexa_api):
    alexa_api.grant("reminders-only")  # the reminders scope, not the timers one
    with pytest.raises(api_mod.NoPermission):
        AlexaApi(alexa_api.endpoint, "reminders-only").create_timer(TWENTY)
    assert not alexa_api.state.timers


def wait_for(seen, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not seen() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_create_answered_after_its_test_ended_lands_in_that_test_not_the_next(alexa_api):
    # The stand-in is shared by a worker's tests. A timeout test's create may still be in the
    # stand-in when the next test has begun and granted the same token; it must not set a timer in
    # the next test (whose own create would then be refused as a second "talk" timer).
    alexa_api.grant(TOKEN, TIMERS_SCOPE)
    earlier = alexa_api.state
    earlier.hold = threading.Event()
    try:
        with pytest.raises(api_mod.ApiUnavailable):
            AlexaApi(alexa_api.endpoint, TOKEN, timeout=0.05).create_timer(TWENTY)
        wait_for(lambda: earlier.calls)  # the stand-in has it, and is holding it
        alexa_api.reset()  # the next test begins
        alexa_api.grant(TOKEN, TIMERS_SCOPE)
    finally:
        earlier.hold.set()  # the late create goes through now
    wait_for(lambda: earlier.timers or alexa_api.state.timers or alexa_api.state.rejected)
    assert len(earlier.timers) == 1, "the late create belongs to the test that sent it"
    assert not alexa_api.state.timers and not alexa_api.state.rejected
    timer_id = AlexaApi(alexa_api.endpoint, TOKEN).create_timer(TWENTY)
    assert list(alexa_api.state.timers) == [timer_id]


def test_a_slow_answer_times_out_as_unavailable(alexa_api):
    alexa_api.grant(TOKEN, TIMERS_SCOPE)
    alexa_api.state.delay = 0.5
    with pytest.raises(api_mod.ApiUnavailable):
        AlexaApi(alexa_api.endpoint, TOKEN, timeout=0.05).create_timer(TWENTY)


@pytest.mark.parametrize(
    ("length", "text"),
    [(timedelta(minutes=20), "PT20M"), (timedelta(hours=1, minutes=30), "PT1H30M"), (timedelta(hours=2), "PT2H"),
     (timedelta(seconds=45), "PT45S")],
)
def test_durations_go_both_ways_in_iso_8601(length, text):
    assert iso_duration(length) == text
    assert parse_duration(text) == length


@pytest.mark.parametrize("vague", ["PT?M", "", None, "twenty minutes", "P", "PT"])
def test_a_vague_duration_is_none(vague):
    assert parse_duration(vague) is None


SENSITIVE = ("partner", "husband", "wife", "spouse", "therapy", "therapist", "counsel", "relationship",
             "marriage", "divorce", "boundary", "abuse", "feel", "steady ground", "note", "argu", "fight", "plan")


def test_the_timer_words_are_neutral():
    renderer = Renderer()
    announcement = plain_text(renderer.block("en-US", "timer/announcement", "text"))
    label = plain_text(renderer.block("en-US", "timer/announcement", "label"))
    assert announcement == "Time to pause the talk."
    assert label == "talk"
    assert not [word for word in SENSITIVE if word in (announcement + " " + label).lower()]


@pytest.mark.parametrize("key", ["set", "left", "left_unchecked", "cancel_failed", "confirm", "not_set_unavailable",
                                 "too_many", "permission_card", "permission_declined", "cancelled", "cancel_none",
                                 "not_sure"])
def test_timer_answers_read_as_sentences_with_the_length_restated(key):
    import re

    renderer = Renderer()
    for seed in range(6):
        for flags in (dict(paused=True, under_a_minute=False, no_permission=True, replacing=True, old_left=True),
                      dict(paused=False, under_a_minute=False, no_permission=False, replacing=False, old_left=False)):
            said = plain_text(renderer.block("en-US", f"timer/{key}", hours=1, minutes=30, _seed=seed, **flags))
            assert not re.search(r"[.?!,:;][A-Za-z]|[a-z][A-Z]", said), said
            assert said.endswith("?") and len(said.split()) <= 30, said
            if key in ("set", "confirm", "left"):
                assert "1 hour and 30 minutes" in said
