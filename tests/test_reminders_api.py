"""The Alexa Reminders and Settings API client, against the local stand-in on 127.0.0.1: paths, the
bearer token, the documented body schema, every error mapped to our own, and discreet words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from steady_ground import alexa_api as api_mod
from steady_ground.alexa_api import AlexaApi, DailyReminder
from steady_ground.render import Renderer, plain_text

TOKEN = "test-api-access-token"
EVENING = DailyReminder(20, 0, "America/New_York", "Time for your evening check-in")
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture
def api(alexa_api):
    alexa_api.grant(TOKEN)
    return AlexaApi(alexa_api.endpoint, TOKEN)


def test_the_time_zone_comes_from_the_settings_api_for_this_device(api, alexa_api):
    alexa_api.state.time_zones["amzn1.ask.device.ONE"] = "Europe/Dublin"
    assert api.time_zone("amzn1.ask.device.ONE") == "Europe/Dublin"
    call = alexa_api.state.calls[-1]
    assert call.path == "/v2/devices/amzn1.ask.device.ONE/settings/System.timeZone"
    assert call.token == TOKEN


def test_a_daily_reminder_is_created_with_the_documented_body(api, alexa_api):
    token = api.create_daily(EVENING, NOW)
    assert token and not alexa_api.state.rejected
    [call] = alexa_api.creates()
    assert call.token == TOKEN
    trigger = call.body["trigger"]
    assert trigger["type"] == "SCHEDULED_ABSOLUTE" and trigger["timeZoneId"] == "America/New_York"
    assert trigger["recurrence"]["recurrenceRules"] == ["FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1"]
    assert trigger["recurrence"]["startDateTime"] == "2026-11-27T20:00:00.000"
    [spoken] = call.body["alertInfo"]["spokenInfo"]["content"]
    assert spoken == {"locale": "en-US", "text": "Time for your evening check-in",
                      "ssml": "<speak>Time for your evening check-in</speak>"}


def test_a_time_already_past_today_starts_tomorrow(api, alexa_api):
    api.create_daily(DailyReminder(7, 30, "America/New_York", "Time for your morning check-in"), NOW)
    start = alexa_api.creates()[0].body["trigger"]["recurrence"]["startDateTime"]
    assert start == "2026-11-28T07:30:00.000"


def test_get_and_delete_use_the_alert_token(api, alexa_api):
    token = api.create_daily(EVENING, NOW)
    found = api.get(token)
    assert (found.status, found.hour, found.minute) == ("ON", 20, 0)
    api.delete(token)
    assert alexa_api.state.calls[-1].method == "DELETE"
    assert alexa_api.state.calls[-1].path == f"/v1/alerts/reminders/{token}"
    with pytest.raises(api_mod.NotFound):
        api.get(token)


def test_the_stand_in_rejects_a_body_that_breaks_the_schema(api, alexa_api):
    with pytest.raises(api_mod.ApiError):
        api.create_daily(DailyReminder(20, 0, "Not/AZone", "Time for your evening check-in"), NOW)
    assert any("timeZoneId" in problem for problem in alexa_api.state.rejected)


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (401, "", api_mod.NoPermission),
        (403, "", api_mod.NoPermission),
        (400, "MAX_REMINDERS_EXCEEDED", api_mod.TooManyReminders),
        (500, "", api_mod.ApiUnavailable),
        (503, "", api_mod.ApiUnavailable),
        (429, "", api_mod.ApiUnavailable),
        (400, "INVALID_REMINDER", api_mod.ApiError),
    ],
)
def test_each_error_maps_to_our_own(api, alexa_api, status, code, error):
    alexa_api.fail_next(status, code)
    with pytest.raises(error) as raised:
        api.create_daily(EVENING, NOW)
    if error is api_mod.ApiError:
        assert type(raised.value) is api_mod.ApiError


def test_a_token_without_reminders_permission_is_refused(alexa_api):
    alexa_api.know("no-permission-token")
    with pytest.raises(api_mod.NoPermission):
        AlexaApi(alexa_api.endpoint, "no-permission-token").create_daily(EVENING, NOW)


def test_a_slow_answer_times_out_as_unavailable(alexa_api):
    alexa_api.grant(TOKEN)
    alexa_api.state.delay = 0.5
    with pytest.raises(api_mod.ApiUnavailable):
        AlexaApi(alexa_api.endpoint, TOKEN, timeout=0.05).create_daily(EVENING, NOW)


def test_no_server_at_all_is_unavailable():
    with pytest.raises(api_mod.ApiUnavailable):
        AlexaApi("http://127.0.0.1:9", TOKEN, timeout=0.5).time_zone("device")


def test_the_default_timeout_leaves_room_in_the_eight_second_window():
    # two calls in one turn (time zone, then the reminder), with time left for DynamoDB
    assert 2 * api_mod.DEFAULT_TIMEOUT <= 6


SENSITIVE = ("partner", "husband", "wife", "spouse", "therapy", "therapist", "counsel", "relationship",
             "marriage", "divorce", "boundary", "abuse", "mood", "feel", "steady ground", "note", "argu", "fight")


@pytest.mark.parametrize("part", ["morning", "afternoon", "evening"])
def test_reminder_words_are_discreet(part):
    text = plain_text(Renderer().block("en-US", "reminders/reminder_text", "text", part=part))
    assert text == f"Time for your {part} check-in"
    assert not [word for word in SENSITIVE if word in text.lower()]
