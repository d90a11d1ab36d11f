"""Two people on one account, and a note she kept after the safety answer. Neither voice is one Alexa
recognizes, and no privacy code is set, so "delete my last note" or "delete all my notes" from him
used to destroy that record. Now it can't be removed from here: he hears one neutral line that never
says what is kept, and nothing is lost. Her everyday notes are deleted as before; the household's
privacy code, or a recognized owner's voice, still removes it."""

from __future__ import annotations

import pytest
from tools import alexa

from tests.support.notes import ANNA, agree_and_add, voice
from tests.test_household_safety_notes import DANGER, EVERYDAY, notes_in
from tests.test_privacy_household import set_code

HOME = "amzn1.ask.account.SAFETYNOTES02"


def keep_danger(convo) -> None:
    """Her words of danger, kept on her yes after the safety answer (consent asked first if need be)."""
    opener = "ask steady ground to " if convo.session is None else ""
    offer = convo.say(f"{opener}add a note that {DANGER}")
    assert "911" in offer.speech and offer.said("safety/keep_offer")
    reply = convo.say("yes")
    if reply.said("notes/consent") or reply.said("privacy/consent_shared"):
        reply = convo.say("yes")
    assert reply.said("safety/kept") or reply.said("notes/saved"), reply.keys
    convo.say("stop")


def her_notes(talk, *, danger_last: bool = True, device=None):
    """Her everyday note and the one kept after the safety answer, a day apart (the newest last)."""
    her = talk(device=device or alexa.Device(user_id=HOME))
    if danger_last:
        agree_and_add(her, EVERYDAY)
        her.say("stop")
        her.advance(1)
        keep_danger(her)
    else:
        keep_danger(her)
        her.advance(1)
        agree_and_add(her, EVERYDAY)
        her.say("stop")
    return her


def him(talk):
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.advance(2)
    convo.say("open steady ground")
    return convo


def assert_neutral_refusal(reply) -> None:
    assert reply.said("notes/not_removable"), reply.keys
    said = reply.speech.lower()
    for word in ("hurt", "if i left", "leave", "safe", "911", "danger", "note from"):
        assert word not in said, (word, reply.speech)
    assert not reply.said("notes/deleted_last") and not reply.said("notes/confirm_delete_all")
    assert reply.session_open and reply.speech.endswith("?")


def test_he_cannot_delete_her_last_note_kept_after_safety(talk, items):
    her_notes(talk)
    reply = him(talk).say("delete my last note")
    assert_neutral_refusal(reply)
    assert notes_in(items) == sorted([DANGER, EVERYDAY])


@pytest.mark.parametrize("said", ["delete all my notes", "stop keeping notes"])
def test_he_cannot_delete_everything_while_that_note_is_kept(talk, items, said):
    her_notes(talk)
    convo = him(talk)
    reply = convo.say(said)
    assert_neutral_refusal(reply)
    # AND a yes on the next turn deletes nothing either: no question was left open
    convo.say("yes")
    assert notes_in(items) == sorted([DANGER, EVERYDAY])


def test_her_everyday_note_when_it_is_the_last_is_deleted_as_before(talk, items):
    her_notes(talk, danger_last=False)
    reply = him(talk).say("delete my last note")
    assert reply.said("notes/deleted_last") and not reply.said("notes/not_removable")
    assert notes_in(items) == [DANGER]


def test_with_no_such_note_delete_all_is_as_before(talk, items):
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, EVERYDAY)
    her.say("stop")
    convo = him(talk)
    assert convo.say("delete all my notes").said("notes/confirm_delete_all")
    assert convo.say("yes").said("notes/deleted_all")
    assert notes_in(items) == []


def test_the_household_privacy_code_removes_it(talk, items):
    her = her_notes(talk)
    her.say("open steady ground")
    set_code(her)
    her.say("stop")
    convo = him(talk)
    asked = convo.say("delete my last note")
    assert asked.said("privacy/code_ask")
    reply = convo.say("4827")
    assert reply.said("notes/deleted_last"), reply.keys
    assert notes_in(items) == [EVERYDAY]


def test_her_recognized_voice_removes_her_own(talk, items):
    her_notes(talk, device=voice(ANNA))
    back = talk(device=voice(ANNA))
    back.advance(2)
    back.say("open steady ground")
    assert back.say("delete my last note").said("notes/deleted_last")
    assert notes_in(items) == [EVERYDAY]
