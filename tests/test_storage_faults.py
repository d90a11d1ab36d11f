"""DynamoDB throttling, failing, timing out or refusing, at every call site: the person always gets a
spoken answer, a note is never called saved unless it was, and a failed note can be tried again.

Faults are injected through botocore's event hooks, so its standard retry mode (2 attempts) runs for
real; only its back-off sleep is recorded instead of slept, to keep the suite fast.
"""

from __future__ import annotations

from typing import Any

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, DELETE_FAULTS, FAULTS, agree_and_add, owner_keys, partition, voice


def said_saved(reply: Any) -> bool:
    text = reply.speech.lower()
    return any(w in text for w in ("saved.", "is saved", "is kept", "note is kept")) and "isn't" not in text and "not saved" not in text and "not kept" not in text


GENERIC_APOLOGY = ("something went wrong on my side", "ran into a problem there", "hit a snag")  # builtins/error


def handled_at_its_call_site(reply: Any) -> bool:
    """The fault got the answer written for that place, not the last-resort apology of a crash."""
    return not any(p in reply.speech for p in GENERIC_APOLOGY)


def notes_of(dynamo: Any, device: alexa.Device) -> list[str]:
    return [i["text"] for i in partition(dynamo, owner_keys(device)[0]) if i["sk"].startswith("NOTE#")]


@pytest.mark.parametrize("fault", FAULTS)
def test_launch_speaks_when_the_session_read_fails(talk, wire, fault):
    wire.fail(fault)
    reply = talk().say("open steady ground")
    assert_valid_response(reply.raw, "LaunchRequest")
    assert reply.session_open and reply.speech.endswith("?")
    # the real retry path ran: two attempts, then nothing more this turn
    assert wire.sent == ["Query", "Query"]


@pytest.mark.parametrize("fault", FAULTS)
def test_launch_speaks_when_the_first_visit_write_fails(talk, wire, fault):
    wire.fail(fault, "PutItem")
    reply = talk().say("open steady ground")
    assert reply.session_open and "not therapy" in reply.speech


@pytest.mark.parametrize("fault", FAULTS)
def test_a_note_that_could_not_be_saved_is_never_called_saved_and_is_saved_once_on_retry(talk, wire, dynamo, fault):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "first")
    # GIVEN DynamoDB failing every write
    wire.fail(fault, "PutItem")
    # WHEN a note is added
    reply = convo.say("add a note that the second thought")
    # THEN they hear plainly it isn't saved, and are asked whether to try again
    assert not said_saved(reply)
    assert "isn't" in reply.speech or "wasn't able" in reply.speech or "went wrong" in reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    assert notes_of(dynamo, device) == ["first"]
    # WHEN storage recovers and they say yes
    wire.heal()
    again = convo.say("yes")
    # THEN it is saved, once
    assert said_saved(again)
    assert sorted(notes_of(dynamo, device)) == ["first", "the second thought"]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_second_failure_is_said_plainly_and_nothing_is_kept(talk, wire, dynamo, fault):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "first")
    wire.fail(fault, "PutItem")
    convo.say("add a note that doomed")
    final = convo.say("yes")
    assert not said_saved(final)
    assert "not saved" in final.speech or "not kept" in final.speech or "isn't saved" in final.speech
    assert final.session_open and final.reprompt
    assert notes_of(dynamo, device) == ["first"]


@pytest.mark.parametrize("fault", FAULTS)
def test_consent_that_could_not_be_stored_saves_nothing_and_says_so(talk, wire, dynamo, fault):
    device = voice(ANNA)
    convo = talk(device=device)
    convo.say("open steady ground")
    convo.say("add a note that hello")
    wire.fail(fault, "PutItem")
    reply = convo.say("yes")
    assert not said_saved(reply)
    assert reply.session_open and reply.speech.endswith("?")
    assert notes_of(dynamo, device) == []


@pytest.mark.parametrize(
    "said,op",
    [
        ("read my notes", "Query"),
        ("send my notes to my phone", "Query"),
        ("delete my last note", "Query"),
        ("delete my last note", "DeleteItem"),
        ("turn on private mode", "PutItem"),
    ],
)
def test_every_notes_call_site_still_answers_under_every_fault(talk, wire, dynamo, said, op):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "still here")
    for fault in FAULTS:
        wire.fail(fault, op)
        reply = convo.say(said)
        assert_valid_response(reply.raw)
        assert reply.session_open and reply.speech.endswith("?"), fault
        assert handled_at_its_call_site(reply), (fault, reply.speech)
        assert reply.card is None, fault
        assert "still here" not in reply.speech, fault
        assert notes_of(dynamo, device) == ["still here"], f"a failed call loses nothing ({fault})"


@pytest.mark.parametrize("op", ["Query", "BatchWriteItem"])
def test_delete_all_that_fails_never_claims_it_deleted(talk, wire, dynamo, op):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "still here")
    for fault in DELETE_FAULTS if op == "BatchWriteItem" else FAULTS:
        convo.say("delete all my notes")
        wire.fail(fault, op)
        reply = convo.say("yes")
        wire.heal()
        assert "deleted" not in reply.speech.lower() and "gone" not in reply.speech.lower(), fault
        assert reply.session_open and reply.speech.endswith("?"), fault
        assert notes_of(dynamo, device) == ["still here"], fault


@pytest.mark.parametrize("fault", FAULTS)
def test_an_unrecognized_read_fails_closed_when_settings_cannot_be_read(talk, wire, fault):
    convo = talk(device=voice(None))
    agree_and_add(convo, "kitchen words")
    convo.say("stop")
    wire.fail(fault, "Query")
    reply = convo.say("ask steady ground to read my notes")
    assert "kitchen words" not in reply.speech
    assert_valid_response(reply.raw)


def test_one_failed_call_stops_storage_for_the_rest_of_that_turn_only(talk, wire):
    # GIVEN a recognized person whose session read fails (registration and profile would follow)
    convo = talk(device=voice(ANNA))
    wire.fail("read_timeout")
    convo.say("open steady ground")
    # THEN the turn sent only the two attempts of that one call, so it stays inside the budget
    assert wire.sent == ["Query", "Query"]
    # AND the next turn tries storage again
    wire.heal()
    wire.reset()
    agree_and_add(convo, "after the outage")
    assert "PutItem" in wire.sent


def test_retry_back_off_is_bounded(talk, wire):
    wire.fail("throttle")
    talk().say("open steady ground")
    assert len(wire.slept) == 1 and wire.slept[0] <= 1.0  # type: ignore[attr-defined]
