"""Disabling the skill deletes everything, even when DynamoDB fails: the event fails (Lambda counts an
error and Alexa may deliver it again), a tombstone keeps the work, the hourly sweep finishes it, and
only a consistent read that finds nothing ends it. Then the ways data used to end up where no
deletion could find it: a note after "delete all", a registry write that failed, a rotated secret.

Faults go in through botocore's event hooks (the `wire` fixture), so the real retry path runs.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from tools import alexa

from steady_ground.deletion import METRIC_UNFINISHED, DeletionUnfinished
from tests.support.notes import (
    ACCOUNT,
    ANNA,
    BEN,
    DELETE_FAULTS,
    FAULTS,
    OTHER_ACCOUNT,
    agree_and_add,
    owner_keys,
    partition,
    voice,
)

SWEEP_PK = "SWEEP#deletions"
SCHEDULED = {"version": "0", "source": "aws.events", "detail-type": "Scheduled Event", "detail": {}}


def disabled(account: str = ACCOUNT) -> dict[str, Any]:
    return alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id=account)


def household_partitions() -> list[str]:
    anna, account = owner_keys(voice(ANNA))
    ben, _ = owner_keys(voice(BEN))
    return [anna, ben, account]


@pytest.fixture
def household(talk: Any) -> list[str]:
    """Anna and Ben (recognized) and the account's own voice each keep a note; so does a neighbour."""
    for device, text in ((voice(ANNA), "anna words"), (voice(BEN), "ben words"), (voice(None), "shared words"),
                         (voice(None, OTHER_ACCOUNT), "neighbour words")):
        agree_and_add(talk(device=device), text)
    return household_partitions()


def tombstones(dynamo: Any) -> list[dict[str, Any]]:
    return partition(dynamo, SWEEP_PK)


def metric(out: str) -> list[int]:
    """The unfinished-deletion counts the sweep published (embedded metric format lines)."""
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{") and "_aws" in line]
    return [line[METRIC_UNFINISHED] for line in lines]


DELETED_ALL = ("everything i had for you is deleted", "are gone now", "nothing of yours left here")  # notes/deleted_all


def said_deleted(reply: Any) -> bool:
    return any(p in reply.speech.lower() for p in DELETED_ALL)


def left(dynamo: Any, pks: list[str]) -> list[dict[str, Any]]:
    return [item for pk in pks for item in partition(dynamo, pk)]


@pytest.mark.parametrize("fault", DELETE_FAULTS)
def test_a_deletion_that_fails_fails_the_event_and_the_sweep_finishes_it(household, handler, dynamo, wire, capsys, fault):
    # GIVEN a household with data in three partitions, and DynamoDB failing every delete
    wire.fail(fault, "BatchWriteItem")
    # WHEN the skill is disabled
    with pytest.raises(DeletionUnfinished):
        handler(disabled(), None)
    # THEN the invocation failed (nothing claims success), the data is still there, and a tombstone
    # holds the account's key for a later run
    assert left(dynamo, household)
    [tomb] = tombstones(dynamo)
    assert tomb["accounts"] == [household[2]]
    assert tomb["expires_at"] > max(i["expires_at"] for i in left(dynamo, household)), "it outlives the data"
    # WHEN the hourly sweep runs and the fault is still there
    capsys.readouterr()
    assert handler(SCHEDULED, None) == {"finished": 0, "unfinished": 1}
    # THEN the deletion is still pending, counted, and published for the alarm
    [tomb] = tombstones(dynamo)
    assert tomb["attempts"] == 1
    assert metric(capsys.readouterr().out) == [1]
    # WHEN storage recovers, the next sweep finishes: every partition proven empty, tombstone gone
    wire.heal()
    assert handler(SCHEDULED, None) == {"finished": 1, "unfinished": 0}
    assert left(dynamo, household) == []
    assert tombstones(dynamo) == []
    assert metric(capsys.readouterr().out) == [0]
    # AND the neighbour's note was never touched
    assert [i["text"] for i in partition(dynamo, owner_keys(voice(None, OTHER_ACCOUNT))[0]) if "text" in i] == [
        "neighbour words"]


@pytest.mark.parametrize("fault", FAULTS)
def test_when_even_the_tombstone_cannot_be_written_the_event_fails_and_nothing_is_claimed(household, handler, dynamo,
                                                                                            wire, caplog, fault):
    wire.fail(fault)
    event = disabled()
    with pytest.raises(DeletionUnfinished):
        handler(event, None)
    wire.heal()
    assert len(left(dynamo, household)) >= 3
    [line] = [r.getMessage() for r in caplog.records if "skill disabled" in r.getMessage()]
    assert line.startswith("skill disabled, delete failed: StorageUnavailable request=")
    assert event["request"]["requestId"] in line
    assert ACCOUNT not in caplog.text
    # WHEN Alexa delivers the event again, it finishes and says so to nobody but the log
    raw = handler(event, None)
    assert raw["version"] == "1.0" and "outputSpeech" not in raw.get("response", {})
    assert left(dynamo, household) == [] and tombstones(dynamo) == []


def test_a_delete_that_reports_success_but_left_items_is_not_called_done(household, handler, dynamo, wire):
    # GIVEN BatchWriteItem answering "all processed" while deleting nothing
    wire.fail("dropped", "BatchWriteItem")
    # THEN the consistent read afterwards finds the items: the event fails and the tombstone stays
    with pytest.raises(DeletionUnfinished):
        handler(disabled(), None)
    assert left(dynamo, household) and len(tombstones(dynamo)) == 1
    wire.heal()
    handler(SCHEDULED, None)
    assert left(dynamo, household) == [] and tombstones(dynamo) == []


def test_delete_all_that_leaves_items_never_says_deleted(talk, dynamo, wire):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "still here")
    convo.say("delete all my notes")
    wire.fail("dropped", "BatchWriteItem")
    reply = convo.say("yes")
    assert not said_deleted(reply) and reply.session_open
    assert [i["text"] for i in partition(dynamo, owner_keys(device)[0]) if "text" in i] == ["still here"]


def test_every_item_carries_an_expiry(talk, dynamo):
    # a fuller life: a profile, consent, a note, progress, a private-mode setting for the account
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    agree_and_add(convo, "a note")
    convo.say("start my boundary exercise")
    talk(device=voice(ANNA)).say("ask steady ground to turn on private mode")
    everything = left(dynamo, household_partitions())
    kinds = {i["sk"].split("#")[0] + "#" + (i["sk"].split("#")[1] if i["sk"].startswith("META#") else "") for i in everything}
    assert {"META#profile", "META#setting", "META#progress", "NOTE#", "MEMBER#"} <= kinds
    assert all(isinstance(i.get("expires_at"), int) for i in everything), [i["sk"] for i in everything if "expires_at" not in i]


# -- nothing unreachable -------------------------------------------------------------------------------


def test_a_note_saved_after_delete_all_in_the_same_session_is_still_found_by_skill_disabled(talk, handler, dynamo):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "before")
    convo.say("delete all my notes")
    assert said_deleted(convo.say("yes"))
    agree_and_add(convo, "after delete all")
    anna, account = owner_keys(voice(ANNA))
    assert [i["text"] for i in partition(dynamo, anna) if "text" in i] == ["after delete all"]
    handler(disabled(), None)
    assert partition(dynamo, anna) == [] and partition(dynamo, account) == []


def test_when_registration_fails_the_note_is_not_saved_so_nothing_is_orphaned(talk, handler, dynamo, wire):
    device = voice(ANNA)
    anna, account = owner_keys(device)
    convo = talk(device=device)
    convo.say("open steady ground")
    original = wire._before_send

    def refuse_registry(request: Any, event_name: str, **kw: Any) -> Any:
        registry = event_name.endswith("PutItem") and account.encode() in request.body
        wire.fail("throttle", "PutItem") if registry else wire.heal()
        return original(request, event_name, **kw)

    client = wire.client
    client.meta.events.unregister("before-send.dynamodb", original)
    client.meta.events.register_first("before-send.dynamodb", refuse_registry)
    reply = agree_and_add(convo, "nobody could find me")
    assert "saved." not in reply.speech.lower()
    assert [i for i in partition(dynamo, anna) if i["sk"].startswith("NOTE#")] == []
    client.meta.events.unregister("before-send.dynamodb", refuse_registry)
    wire.heal()
    handler(disabled(), None)
    assert partition(dynamo, anna) == [] and partition(dynamo, account) == []


def test_using_the_skill_moves_the_expiry_of_profile_settings_and_registry_but_not_of_notes(talk, dynamo):
    anna, account = owner_keys(voice(ANNA))
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    agree_and_add(convo, "a note")

    def expiries() -> dict[str, int]:
        return {i["sk"].split("#")[0] + "#" + i["sk"].split("#")[1]: i["expires_at"]
                for i in partition(dynamo, anna) + partition(dynamo, account)}

    before = expiries()
    later = talk(device=voice(ANNA))
    later.advance(100)
    later.say("open steady ground")
    after = expiries()
    hundred_days = 100 * 24 * 3600
    for key in ("META#profile", "META#setting", "MEMBER#"):
        matching = [k for k in after if k.startswith(key)]
        assert matching, key
        for k in matching:
            assert after[k] >= before[k] + hundred_days - 60, k
    note = next(k for k in after if k.startswith("NOTE#"))
    assert after[note] == before[note], "a note is kept a retention from when it was made"
