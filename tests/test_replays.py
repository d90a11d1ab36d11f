"""Alexa may deliver the same request twice (a retry after a timeout). Every destructive action does
its work once per request id: a replay answers the same and deletes nothing more."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, agree_and_add, owner_keys, partition, voice


def notes_left(dynamo: Any, device: alexa.Device) -> list[str]:
    return sorted(i["text"] for i in partition(dynamo, owner_keys(device)[0]) if i["sk"].startswith("NOTE#"))


def twice(handler: Any, envelope: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    return handler(copy.deepcopy(envelope), None), handler(copy.deepcopy(envelope), None)


def test_a_replayed_delete_my_last_note_deletes_one_note(talk, handler, dynamo):
    device = voice(ANNA)
    convo = talk(device=device)
    for text in ("oldest", "middle", "newest"):
        agree_and_add(convo, text)
    envelope = convo.session.envelope(alexa.intent("DeleteLastNoteIntent"))
    first, second = twice(handler, envelope)
    assert len(notes_left(dynamo, device)) == 2
    for raw in (first, second):
        assert_valid_response(raw)
    # the replay answers about the same note, in the same words
    assert first["response"]["outputSpeech"] == second["response"]["outputSpeech"]


@pytest.mark.parametrize("question", ["delete all my notes", "stop keeping notes"])
def test_a_replayed_yes_to_deleting_everything_never_deletes_what_was_saved_after_it(talk, handler, dynamo, question):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "before")
    convo.say(question)
    yes = convo.session.envelope(alexa.intent("AMAZON.YesIntent"))
    handler(copy.deepcopy(yes), None)
    assert notes_left(dynamo, device) == []
    # a new note in a new session (consent is asked again, since everything went)
    agree_and_add(talk(device=device), "after")
    # WHEN the old "yes" arrives again
    replay = handler(copy.deepcopy(yes), None)
    assert_valid_response(replay)
    # THEN the new note is still there
    assert notes_left(dynamo, device) == ["after"]


def test_a_replayed_private_mode_request_leaves_one_setting(talk, handler, dynamo):
    device = voice(ANNA)
    convo = talk(device=device)
    convo.say("open steady ground")
    first = convo.say("turn on private mode")
    second = handler(copy.deepcopy(first.request), None)
    assert first.raw["response"]["outputSpeech"] == second["response"]["outputSpeech"]
    _, account = owner_keys(device)
    assert [i["sk"] for i in partition(dynamo, account) if i["sk"].startswith("META#setting#private")] == [
        "META#setting#private"]


def test_the_replay_record_holds_no_person_and_expires_within_a_day(talk, handler, items):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "one")
    convo.say("delete my last note")
    done = [i for i in items() if i["pk"].startswith("DONE#")]
    assert done and all(set(i) <= {"pk", "sk", "result", "expires_at"} for i in done)
    person, account = owner_keys(device)
    assert all(person.removeprefix("OWNER#") not in i["pk"] and account.removeprefix("OWNER#") not in i["pk"] for i in done)
