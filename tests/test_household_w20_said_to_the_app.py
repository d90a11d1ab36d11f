"""Two people, one Echo, and wave 20's words said to the app alone: cancelling or pausing is not danger, and a
note about keeping to a dose is an ordinary note. Neither ever speaks or keeps anything for the wrong person.
"""

from __future__ import annotations

from tools import alexa

from tests.support.notes import ANNA, agree_and_add, owner_keys, voice
from tests.support.talking import free_text

ANNA_PK, ACCOUNT_PK = owner_keys(voice(ANNA))
EVERYDAY = "we had a calm evening"
DOSE = "i keep counting my tablets to make sure i have not missed a day"


def notes_in(items, pk):
    return sorted(i["text"] for i in items() if i["pk"] == pk and i["sk"].startswith("NOTE#"))


def test_another_voice_cancelling_her_note_in_words_keeps_nothing_asks_nothing_and_reads_nothing(talk, items):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    agree_and_add(convo, EVERYDAY)
    convo.say("add a note")
    assert convo.elicit
    # WHEN a voice Alexa doesn't recognize says "never mind, cancel it" where Anna's words were asked for
    convo.as_person(None)
    reply = free_text(convo, "never mind cancel it")
    # THEN it is no safety check, nothing new is kept, and nothing of Anna's is read to that voice
    assert not reply.said("safety/check") and "safe right now" not in reply.speech.lower()
    assert "calm evening" not in reply.speech.lower()
    assert notes_in(items, ANNA_PK) == [EVERYDAY]
    # WHEN Anna, known again, speaks: her note is asked for again (her place was kept for her)
    convo.as_person("ANNA0001")
    again = convo.say("never mind cancel it")
    assert again.said("notes/add_prompt") and convo.elicit, again.keys
    # AND she says "never mind, cancel it" where her words are asked for
    mine = free_text(convo, "never mind cancel it")
    # THEN she is not asked whether she is safe; the skill stops with nothing kept
    assert not mine.said("safety/check") and "safe right now" not in mine.speech.lower()
    assert not mine.session_open, mine.keys
    assert notes_in(items, ANNA_PK) == [EVERYDAY]
    assert notes_in(items, ACCOUNT_PK) == []


def test_her_note_about_keeping_to_a_dose_is_her_note_and_is_not_read_to_an_unrecognized_voice(talk, items):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    # WHEN Anna, her voice recognized, notes that she counts her tablets to keep to the dose
    reply = agree_and_add(convo, DOSE)
    # THEN it is kept as her note, with no crisis answer (it was heard as clear self-harm)
    assert reply.said("notes/saved"), reply.keys
    assert "911" not in reply.speech and not reply.said("safety/check")
    assert notes_in(items, ANNA_PK) == [DOSE]
    convo.say("stop")
    # WHEN a voice Alexa doesn't recognize asks for the notes on another day
    other = talk(device=alexa.Device(user_id=voice(ANNA).user_id))
    other.advance(1)
    other.say("open steady ground")
    heard = other.say("read my notes").speech.lower()
    # THEN nothing of Anna's note is read to it
    assert "tablets" not in heard and "missed a day" not in heard
