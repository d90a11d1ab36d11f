"""Two devices, or an old session and a new one: neither loses what the other wrote. The profile is
written only if it is still the revision the session read; otherwise it is read again and only this
session's change is applied."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from tools import alexa

from steady_ground.identity import owner_for
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.errors import StaleWrite
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.test_checkin_conversation import agree_to_notes
from tests.test_reminders_conversation import opened


def profile(items: Any) -> dict[str, Any]:
    [found] = [i for i in items() if i["sk"] == "META#profile"]
    return json.loads(found["body"])  # type: ignore[no-any-return]


def test_an_old_session_never_forgets_a_reminder_another_device_set(talk, alexa_api, items):
    # GIVEN the kitchen Echo's session has read the profile (no reminder yet)
    kitchen = opened(talk, alexa_api)
    # WHEN the bedroom Echo, same account, sets the evening reminder
    bedroom_device = alexa.Device(api_endpoint=alexa_api.endpoint, device_id="amzn1.ask.device.BEDROOM")
    bedroom = talk(device=bedroom_device)
    bedroom.apis = alexa_api
    bedroom.say("open steady ground")
    bedroom.say("remind me every evening at 8")
    bedroom.say("yes")
    token = profile(items)["reminder"]["token"]
    # AND the kitchen session, still holding the old profile, checks in and says no to a reminder offer
    kitchen.say("check in")
    kitchen.say("good")
    offer = agree_to_notes(kitchen, kitchen.say("skip"))
    assert "8 p.m." in offer.speech
    kitchen.say("no")
    # THEN the stored profile has both: the bedroom's reminder and the kitchen's "no"
    kept = profile(items)["reminder"]
    assert kept["token"] == token, "the reminder Alexa holds is still known to the skill"
    assert kept.get("declined")
    assert alexa_api.state.reminders


def test_a_stale_profile_write_is_refused_and_overwrites_nothing(dynamo):
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(b"k" * 32, "acct", None)
    rev = repo.save_profile(owner, {"v": 1}, DEFAULT_CLOCK)
    old_session = repo.load_bundle(owner, DEFAULT_CLOCK).profile
    new_session = repo.load_bundle(owner, DEFAULT_CLOCK).profile
    assert old_session["rev"] == rev
    repo.save_profile(owner, {**new_session, "reminder": {"token": "t"}}, DEFAULT_CLOCK)
    with pytest.raises(StaleWrite):
        repo.save_profile(owner, {**old_session, "v": 2}, DEFAULT_CLOCK + timedelta(minutes=1))
    assert repo.load_bundle(owner, DEFAULT_CLOCK).profile["reminder"] == {"token": "t"}


def test_two_first_visits_at_once_keep_one_profile(dynamo):
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(b"k" * 32, "acct", None)
    repo.save_profile(owner, {"first_seen": "kitchen"}, DEFAULT_CLOCK)
    with pytest.raises(StaleWrite):
        repo.save_profile(owner, {"first_seen": "bedroom"}, DEFAULT_CLOCK)
    assert repo.load_bundle(owner, DEFAULT_CLOCK).profile["first_seen"] == "kitchen"


def test_an_old_session_never_moves_an_exercise_back_over_another_devices_place(talk):
    from dataclasses import replace

    from tests.support.notes import ANNA, voice
    from tests.test_boundary_conversation import MOMENT, ROUTE, STATEMENT, step_of

    # GIVEN Anna starts her boundary in the kitchen and reaches the "when" step
    kitchen = talk(device=voice(ANNA))
    for text in ROUTE[:3]:
        kitchen.say(text)
    assert step_of(kitchen) == "moment"
    # WHEN she carries on from the bedroom and gets two steps further
    bedroom = talk(device=replace(voice(ANNA), device_id="amzn1.ask.device.BEDROOM"))
    bedroom.say("open steady ground")
    bedroom.say("yes")
    bedroom.say(MOMENT)
    bedroom.say(STATEMENT)
    assert step_of(bedroom) == "consequence"
    # AND the kitchen's old session, still open, hears an answer
    kitchen.say(MOMENT)
    # THEN the place kept is the bedroom's, further on
    reply = talk(device=voice(ANNA)).say("open steady ground")
    assert "step 4 of your boundary" in reply.speech, reply.speech
