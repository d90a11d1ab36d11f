"""A request to the skill said where the words of a note were expected: "add a note", then "delete
all my notes". The person asked for something; a note that says "delete all my notes" is not what
they meant, and keeping it (after a consent question about keeping notes) would tell them the
opposite of what happened. On a shared Echo it also matters that "read my notes", said there by
whoever walked in, is neither kept as someone's note nor carried out unasked.
"""

from __future__ import annotations

import pytest

from tests.support.notes import agree_and_add


def notes_in(items) -> list[str]:
    return sorted(i["text"] for i in items() if i["sk"].startswith("NOTE#"))


@pytest.mark.parametrize("words", ["delete all my notes", "delete everything", "read my notes",
                                   "stop keeping notes", "um delete my last note please"])
def test_a_request_said_as_a_note_is_not_kept_and_the_person_hears_so(talk, items, words):
    convo = talk()
    convo.say("open steady ground")
    agree_and_add(convo, "we had a calm evening")
    convo.say("add a note")
    reply = convo.say(words)
    # THEN nothing new is kept, nothing is read or deleted, and the person is told why
    assert notes_in(items) == ["we had a calm evening"]
    assert reply.said("notes/request_not_kept"), reply.keys
    assert not reply.said("notes/saved") and not reply.said("notes/entry")
    assert "calm evening" not in reply.speech.lower()
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    # AND asking again at once does what they meant, through its usual question
    if words == "delete all my notes":
        assert convo.say("delete all my notes").said("notes/confirm_delete_all")
        assert notes_in(items) == ["we had a calm evening"]


def test_a_note_that_only_mentions_deleting_is_still_a_note(talk, items):
    convo = talk()
    convo.say("open steady ground")
    agree_and_add(convo, "we had a calm evening")
    convo.say("add a note")
    convo.say("remind me to delete all the old emails from work")
    assert notes_in(items) == ["remind me to delete all the old emails from work", "we had a calm evening"]
