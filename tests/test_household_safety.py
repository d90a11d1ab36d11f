"""Two people, one Echo, and the safety answer: Alexa recognizes a voice on one turn and not on the
next (a short "no" often comes without a person id), so the answer to "are you safe?" or "carry on,
or stop?" may arrive as another speaker's. Whoever answers, the answer stays calm and safe: never the
cheerful menu, "no" or anything unclear brings the numbers again, and the words that brought the
safety answer stay their owner's, never kept on someone else's yes.
"""

from __future__ import annotations

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, agree_and_add, owner_keys, voice
from tests.test_boundary_conversation import ROUTE
from tests.test_safety_answer import CHEERFUL

ANNA_PK, ACCOUNT_PK = owner_keys(voice(ANNA))
ON_MOMENT = 3  # ROUTE[:3] reaches the boundary's first free-text question
MENU_KEYS = ("menu/anything_else", "builtins/which", "builtins/fallback")


def notes_in(items) -> list[str]:
    return sorted(i["text"] for i in items() if i["sk"].startswith("NOTE#"))


def calm(reply) -> None:
    """What anyone may hear after the safety answer: valid, not cheerful, not the menu's offer."""
    assert_valid_response(reply.raw)
    assert not CHEERFUL.search(reply.speech), reply.speech
    assert not any(reply.said(k) for k in MENU_KEYS), reply.keys


def anna_in_the_boundary(talk):
    convo = talk(device=voice(ANNA))
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    return convo


def test_her_no_to_carry_on_arriving_unrecognized_ends_with_the_emergency_number(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    assert "911" in convo.say("I'm not safe").speech
    # WHEN her "no" (stop here) comes without a person id
    convo.as_person(None)
    reply = convo.say("no")
    # THEN she hears the calm goodbye with the emergency number, not "anything else, like guidance?"
    calm(reply)
    assert "911" in reply.speech and not reply.session_open


@pytest.mark.parametrize("answer", ["no", "not really", "I don't know"])
def test_not_safe_said_to_the_check_without_a_person_id_brings_the_numbers(talk, items, answer):
    convo = anna_in_the_boundary(talk)
    check = convo.say("I can't do this anymore")
    assert check.said("safety/check")
    # WHEN the answer to "are you safe right now?" is heard without her voice
    convo.as_person(None)
    reply = convo.say(answer)
    # THEN the numbers, at once
    calm(reply)
    assert "911" in reply.speech and "988" in reply.speech and reply.session_open
    assert not notes_in(items) and "anymore" not in repr(items()).lower()


def test_im_safe_without_a_person_id_is_heard_gently_and_keeps_nothing_of_hers(talk, items):
    convo = anna_in_the_boundary(talk)
    convo.say("I can't do this anymore")
    convo.as_person(None)
    reply = convo.say("yes I'm safe")
    calm(reply)
    assert "glad" in reply.speech.lower() and reply.session_open and reply.speech.endswith("?")
    assert "anymore" not in reply.speech.lower() and not notes_in(items)
    # AND when her voice is recognized again, her own place and question are still hers
    convo.as_person("ANNA0001")
    mine = convo.say("yes")
    assert mine.said("safety/glad") and mine.said("safety/keep_offer_gentle")


def test_a_yes_to_keeping_her_words_from_another_voice_keeps_nothing_and_is_not_cheerful(talk, items):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "an ordinary day")
    offer = convo.say("add a note that he said he would hurt me if I left")
    assert "911" in offer.speech and offer.said("safety/keep_offer")
    convo.as_person(None)
    reply = convo.say("yes")
    calm(reply)
    assert reply.session_open and "hurt" not in reply.speech.lower()
    assert notes_in(items) == ["an ordinary day"]
    # AND her own yes, recognized, is still the one that keeps them, in her partition
    convo.as_person("ANNA0001")
    assert convo.say("yes").said("safety/kept")
    assert notes_in(items) == ["an ordinary day", "he said he would hurt me if i left"]
    assert all(i["pk"] != ACCOUNT_PK for i in items() if i["sk"].startswith("NOTE#"))


def test_another_voices_no_to_her_help_now_question_is_not_the_menu(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    convo.send(alexa.intent("SafetyIntent", {"need": alexa.slot("need", "help")}))
    convo.as_person(None)
    reply = convo.say("no")
    calm(reply)
    assert reply.session_open and reply.speech.endswith("?")


def test_stop_from_another_voice_after_the_numbers_still_says_the_emergency_number(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    convo.say("I'm not safe")
    convo.as_person("BEN00002")
    reply = convo.say("stop")
    assert "911" in reply.speech and not reply.session_open
