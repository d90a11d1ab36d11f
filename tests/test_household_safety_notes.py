"""A note kept after the safety answer, on a shared Echo. She said something about danger, heard the
numbers, and said yes to keeping her words. The partner may be the danger and may use the same Echo:
"read my notes" from a voice Alexa doesn't recognize reads her everyday notes (after the usual
notice) but holds that one back, in a line that never says what it is about. It stays kept, whole,
and is read to her recognized voice, or once the household's privacy code has been given.
"""

from __future__ import annotations

from tools import alexa

from tests.support.notes import ANNA, agree_and_add, voice
from tests.test_privacy_household import set_code

HOME = "amzn1.ask.account.SAFETYNOTES01"
DANGER = "he said he would hurt me if i left"
EVERYDAY = "we had a calm evening"


def notes_in(items) -> list[str]:
    return sorted(i["text"] for i in items() if i["sk"].startswith("NOTE#"))


def keep_after_safety(convo, words: str = DANGER) -> None:
    offer = convo.say(f"add a note that {words}")
    assert "911" in offer.speech and offer.said("safety/keep_offer")
    reply = convo.say("yes")
    if reply.said("notes/consent") or reply.said("privacy/consent_shared"):
        reply = convo.say("yes")
    assert reply.said("safety/kept"), reply.keys


def read_all(convo) -> str:
    """Every page of "read my notes", as heard."""
    reply = convo.say("read my notes")
    heard = [reply.speech]
    while reply.said("notes/more_prompt"):
        reply = convo.say("yes")
        heard.append(reply.speech)
    return " ".join(heard).lower()


def test_an_unrecognized_voice_hears_her_everyday_note_but_not_the_one_kept_after_safety(talk, items):
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, EVERYDAY)
    keep_after_safety(her)
    her.say("stop")
    # WHEN a voice Alexa doesn't recognize asks for the notes, on another day
    him = talk(device=alexa.Device(user_id=HOME))
    him.advance(1)
    him.say("open steady ground")
    heard = read_all(him)
    # THEN the everyday note is read, the one kept after the safety answer is not, nor what it is about
    assert "calm evening" in heard
    assert "hurt" not in heard and "leave" not in heard and "left" not in heard
    assert "safe" not in heard and "911" not in heard
    assert "held back" in heard or "not read" in heard
    # AND nothing was deleted or lost: both notes are still kept, whole
    assert notes_in(items) == sorted([DANGER, EVERYDAY])


def test_the_card_an_unrecognized_voice_sends_holds_it_back_too(talk, items):
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, EVERYDAY)
    keep_after_safety(her)
    him = talk(device=alexa.Device(user_id=HOME))
    him.say("open steady ground")
    reply = him.say("send my notes to my phone")
    if reply.said("privacy/card_ask"):
        reply = him.say("yes")
    shown = (reply.card[1] if reply.card else "").lower() + reply.speech.lower()
    assert "calm evening" in shown and "hurt" not in shown
    assert notes_in(items) == sorted([DANGER, EVERYDAY])


def test_after_the_household_privacy_code_it_is_read(talk, items):
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, EVERYDAY)
    keep_after_safety(her)
    her.say("open steady ground")
    set_code(her)
    her.say("stop")
    # WHEN someone on the account gives the code and asks
    again = talk(device=alexa.Device(user_id=HOME))
    again.say("open steady ground")
    asked = again.say("read my notes")
    assert asked.said("privacy/code_ask")
    reply = again.say("4827")
    heard = [reply.speech]
    while reply.said("notes/more_prompt"):
        reply = again.say("yes")
        heard.append(reply.speech)
    # THEN everything is read, that note too
    assert "hurt me" in " ".join(heard).lower() and "calm evening" in " ".join(heard).lower()


def test_her_recognized_voice_hears_her_own_note_kept_after_safety(talk, items):
    her = talk(device=voice(ANNA))
    agree_and_add(her, EVERYDAY)
    keep_after_safety(her)
    her.say("stop")
    back = talk(device=voice(ANNA))
    back.say("open steady ground")
    heard = read_all(back)
    assert "hurt me" in heard and "calm evening" in heard


def test_a_note_heard_as_danger_only_by_this_waves_rules_is_held_back_from_an_unrecognized_voice(talk, items):
    # Wave 18's control family: shoes kept so she can't leave is heard at once (it was only the calm check)
    shoes = "he keeps my shoes when he goes out so i cannot leave"
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, EVERYDAY)
    keep_after_safety(her, shoes)
    her.say("stop")
    # WHEN a voice Alexa doesn't recognize asks for the notes, on another day
    him = talk(device=alexa.Device(user_id=HOME))
    him.advance(1)
    him.say("open steady ground")
    heard = read_all(him)
    # THEN her everyday note is read, and nothing of the one kept after the safety answer
    assert "calm evening" in heard and "shoes" not in heard and "leave" not in heard
    assert notes_in(items) == sorted([shoes, EVERYDAY])
