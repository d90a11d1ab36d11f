"""The call sites the notes fault tests don't reach: an exercise's progress and its note, and every
read of the past (summaries, the week, the card, the reflection's comparison). Faults go in through
botocore's event hooks (the `wire` fixture in conftest.py), so the real retry path runs.
Then isolation on those same read paths: every Query stays in the speaker's own partition."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tools import alexa

from steady_ground.config import Settings
from steady_ground.identity import owner_for
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.repository import NoteKind
from tests import test_storage_faults
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.support.checks import assert_valid_response
from tests.support.notes import (
    ANNA,
    BEN,
    FAULTS,
    OTHER_ACCOUNT,
    Wire,
    agree_and_add,
    owner_keys,
    send,
    skill_client,
    voice,
)
from tests.test_boundary_conversation import CONSEQUENCE, MOMENT, ROUTE, STATEMENT, boundary_notes, step_of

said_saved = test_storage_faults.said_saved
handled_at_its_call_site = test_storage_faults.handled_at_its_call_site


@pytest.mark.parametrize("fault", FAULTS)
def test_a_boundary_run_while_every_write_fails_loses_nothing_and_is_saved_once_storage_is_back(
    talk, wire, items, fault
):
    # GIVEN someone who keeps notes, and DynamoDB failing every write from now on
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "first")
    wire.fail(fault, "PutItem")
    # WHEN they go through the whole boundary exercise (each turn tries to store their place)
    for text in ROUTE:
        reply = convo.say(text)
        # THEN every turn still answers with its question, and the answers live on in the session
        assert_valid_response(reply.raw)
        assert reply.session_open and reply.speech.endswith("?"), (fault, text)
        assert handled_at_its_call_site(reply), (fault, text, reply.speech)
    assert "PutItem" in wire.sent, "the fault was really met"
    assert step_of(convo) == "keep"
    # WHEN they say yes to keeping it
    reply = convo.say("yes")
    # THEN it is not called saved, nothing is stored, and they are asked whether to try again
    assert not said_saved(reply) and "saved" not in reply.speech.lower().replace("isn't saved", "")
    assert step_of(convo) == "retry_save" and reply.speech.endswith("?")
    assert not boundary_notes(items)
    # WHEN storage is back and they say yes
    wire.heal()
    reply = convo.say("yes")
    # THEN it is saved once, with every answer given while storage was down
    assert "saved" in reply.speech.lower()
    [note] = boundary_notes(items)
    assert note["data"]["moment"] == MOMENT and note["text"] == f"{STATEMENT} {CONSEQUENCE}"


PAST_READS = ["how have my reflections changed", "how has this week been", "send that to my phone",
              "start my reflection"]


def seed_past(dynamo, device: alexa.Device, words: str) -> None:
    """A boundary, a reflection and a check-in kept earlier this week by this voice."""
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(Settings.from_env().id_hash_secret, device.user_id, device.person_id)
    answers = {"frequency": "daily", "peace": "yes", "effort": "no", "future": "no"}
    for days, kind, data in ((3, NoteKind.BOUNDARY, {}), (2, NoteKind.REFLECTION, {"answers": answers}),
                             (1, NoteKind.CHECKIN, {"rating": 2, "weekday": "Thursday", "day": "2026-11-26"})):
        repo.add_note(owner, kind, words, DEFAULT_CLOCK - timedelta(days=days), f"{words}-{days}", data)


@pytest.mark.parametrize("said", PAST_READS)
def test_every_read_of_the_past_still_answers_under_every_fault_and_reveals_nothing(talk, wire, dynamo, said):
    device = voice(ANNA)
    seed_past(dynamo, device, "anna kept words")
    convo = talk(device=device)
    convo.say("open steady ground")
    for fault in FAULTS:
        wire.reset()
        wire.fail(fault, "Query")
        reply = convo.say(said)
        wire.heal()
        assert "Query" in wire.sent, (said, fault)
        assert_valid_response(reply.raw)
        assert reply.session_open and reply.speech.endswith("?"), (said, fault)
        assert handled_at_its_call_site(reply), (said, fault, reply.speech)
        assert reply.card is None and "anna kept words" not in reply.speech, (said, fault)
        convo.say("stop")
        convo.say("open steady ground")


@pytest.mark.parametrize("who", [voice(ANNA), voice(BEN), voice(None), voice(None, OTHER_ACCOUNT)],
                         ids=["anna", "ben", "account", "other account"])
def test_summaries_the_week_and_the_card_read_only_the_speakers_own_partition(talk, dynamo, who):
    # GIVEN four voices, each with a boundary, a reflection and check-ins of their own
    everyone = [voice(ANNA), voice(BEN), voice(None), voice(None, OTHER_ACCOUNT)]
    for device in everyone:
        seed_past(dynamo, device, f"words of {owner_keys(device)[0][-6:]}")
    mine = owner_keys(who)[0]
    others = [f"words of {owner_keys(d)[0][-6:]}" for d in everyone if owner_keys(d)[0] != mine]
    convo = talk(device=who)
    convo.say("open steady ground")
    wire = Wire(skill_client())
    for said in PAST_READS:
        wire.reset()
        reply = convo.say(said)
        # THEN every Query went to the speaker's own partition, and no one else's words were heard or shown
        assert wire.query_partitions() and set(wire.query_partitions()) == {mine}, said
        heard = reply.speech + " " + (reply.card[1] if reply.card else "")
        assert not [w for w in others if w in heard], said
        convo.say("stop")
        convo.say("open steady ground")
    # AND the card sent to this voice's phone (after saying yes to a card) was its own reflection
    reply = send(convo, "send that to my phone")
    assert reply.card is not None and f"words of {mine[-6:]}" in reply.card[1]
