"""Private mode holds on every path that reads the past, not only "read my notes"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tools import alexa

from steady_ground.config import DEV_ID_HASH_KEY
from steady_ground.identity import owner_for
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK, TABLE

ACCOUNT = "amzn1.ask.account.PRIVATEHOUSE01"
SECRET_WORDS = "the thing about his mother"


@pytest.fixture
def household(dynamo, talk):
    """GIVEN an account whose unrecognized voice kept a boundary, a reflection and check-ins,
    and then turned on private mode."""
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(DEV_ID_HASH_KEY.encode(), ACCOUNT, None)
    for days, kind, data in (
        (9, NoteKind.BOUNDARY, {}),
        (8, NoteKind.REFLECTION, {"answers": {"frequency": "daily", "peace": "yes", "effort": "no", "future": "no"}}),
        (2, NoteKind.CHECKIN, {"rating": 2}),
        (1, NoteKind.CHECKIN, {"rating": 3}),
    ):
        repo.add_note(owner, kind, SECRET_WORDS, DEFAULT_CLOCK - timedelta(days=days), f"seed-{days}", data)
    convo = talk(device=alexa.Device(user_id=ACCOUNT))
    convo.say("open steady ground")
    reply = convo.say("turn on private mode")
    assert "recognize your voice" in reply.speech.lower()
    convo.say("stop")
    return convo


@pytest.mark.parametrize(
    "asks",
    ["how has this week been", "how have my reflections changed", "send that to my phone", "read my notes"],
)
def test_an_unrecognized_voice_in_private_mode_hears_nothing_of_the_past(household, asks):
    # WHEN someone nearby, unrecognized, asks about the past
    household.say("open steady ground")
    reply = household.say(asks)
    # THEN nothing is revealed: not the words, not a card, not even that anything exists
    assert SECRET_WORDS not in reply.speech
    assert reply.card is None or SECRET_WORDS not in reply.card[1]
    assert "recognize your voice" in reply.speech.lower() or "know whose voice" in reply.speech.lower()
    assert reply.session_open


def test_a_new_check_in_in_private_mode_mentions_no_streak(household, items):
    household.say("open steady ground")
    replies = [household.say(line) for line in ("check in", "three", "skip", "yes")]
    # the check-in ran to its end: today's rating is kept beside the two seeded days
    assert "saved" in replies[-1].speech.lower()
    assert sorted(i["data"]["rating"] for i in items() if i.get("kind") == "checkin") == [2, 3, 3]
    assert all("in a row" not in r.speech.lower() for r in replies)


def test_a_new_reflection_in_private_mode_compares_with_nothing(household):
    household.say("open steady ground")
    household.say("start my reflection")
    closing = None
    for answer in ("yes", "daily", "no", "yes", "no", "no", "no", "no", "no"):
        reply = household.say(answer)
        assert "last time" not in reply.speech.lower()
        if "keep" in reply.speech.lower():
            closing = reply
    assert closing is not None, "the reflection reached its closing"
