"""Issue 15, wave 16 (leftovers of wave 15, by family of meaning): heard through the generalising simulator
NLU (tools/nlu_general.py) and the skill, as the person would notice them: inside a topic the list asked for
again is the topics; what else there is to hear offers the topics; a hello at a yes/no question is no yes;
a no said with a goodbye leaves; a code asked for because the Echo is shared is the code, not the privacy
answer."""

from __future__ import annotations

import pytest

from steady_ground.session import Consent
from tests.support.talking import PLACES, stored_text


def in_a_topic(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    assert convo.say("guidance").said("guidance/menu")
    reply = convo.say("the first one")
    assert reply.state.mode == "guidance" and any(k.startswith("guidance/topics/") for k in reply.keys), reply.keys
    return convo


@pytest.mark.parametrize("said", ["list them again please", "sorry what were the choices again",
                                  "can you list those again"])
def test_the_list_asked_for_again_at_the_topic_menu_is_the_same_topics(talk, said):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    first = convo.say("guidance")
    assert first.said("guidance/menu")
    # WHEN the person, at the topic menu, asks for the list again
    reply = convo.say(said)
    # THEN the same topics are said again, to choose from (it was "nothing to move through")
    assert reply.said("guidance/menu") and reply.state.menu_page == first.state.menu_page, reply.keys
    assert reply.state.mode == "guidance_menu" and reply.session_open
    # ... and inside a topic "what were the choices again" is the topic's own choices, not a step back
    inside = in_a_topic(talk).say(said)
    assert inside.said("guidance/offer") and inside.state.mode == "guidance", inside.keys


@pytest.mark.parametrize("said", ["what else is there to listen to", "hmm what else can i listen to then"])
def test_what_else_there_is_to_hear_offers_the_topics(talk, said):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    # WHEN the person asks what else there is to hear, in their own words
    reply = convo.say(said)
    # THEN they hear the topics, not the privacy answer
    assert reply.said("guidance/menu"), reply.keys
    assert not any(k.startswith("privacy/") for k in reply.keys), reply.keys
    assert reply.session_open


def _note_waiting(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("add a note")
    asked = convo.say("we talked about the holidays without shouting")
    assert isinstance(asked.state.question, Consent), asked.keys
    return convo


@pytest.mark.parametrize("said", ["aye hello there em", "yeah hiya"])
def test_a_hello_at_a_yes_no_question_is_no_yes_and_the_question_comes_again(talk, items, said):
    convo = _note_waiting(talk)
    # WHEN the person says hello, with a filler, at the question whether to keep notes
    reply = convo.say(said)
    # THEN nothing is kept, and the question is still open, asked again
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    assert isinstance(reply.state.question, Consent), reply.keys
    assert reply.session_open and reply.speech.rstrip().endswith("?"), reply.speech
    # ... and their yes then keeps the note
    convo.say("yes")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["we talked about the holidays without shouting"]


@pytest.mark.parametrize("said", ["no thanks not right now bye", "nah not today thanks bye bye"])
def test_a_no_said_with_a_goodbye_leaves_politely(talk, said):
    # At the first visit's question, a no with a goodbye says goodbye, as a plain no does there
    first = talk(nlu="general")
    first.say("open steady ground")
    bye = first.say(said)
    assert bye.said("builtins/goodbye") and not bye.session_open, bye.keys
    # ... and at the boundary's first yes/no question too: they are leaving, not declining the step
    convo = talk(nlu="general")
    convo.say("open steady ground")
    assert convo.say("let's do the boundary exercise").said("boundary/ask/consent")
    reply = convo.say(said)
    assert reply.said("builtins/goodbye"), reply.keys
    assert not reply.session_open


@pytest.mark.parametrize("said", ["i share this echo with my son so i'd like a code on my things",
                                  "we share the echo so i want to lock my notes"])
def test_a_code_asked_for_because_the_echo_is_shared_is_the_code(talk, said):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    reply = convo.say(said)
    # THEN the skill sets about the code (asks for one), and does not give the privacy answer instead
    assert reply.said("privacy/code_ask_new"), reply.keys
    assert reply.session_open


# -- wave 16, pending hands e, h and j: a step skipped or stopped in the person's own words -----------------


@pytest.mark.parametrize("place", ["boundary", "reflection", "checkin"])
@pytest.mark.parametrize("said", ["can we skip this bit", "um can we skip this one", "let's skip it"])
def test_a_step_skipped_in_the_persons_own_words_is_never_kept_as_their_words(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    # WHEN, where their own words were asked for, the person asks to skip the step
    reply = convo.say(said)
    # THEN the words are never kept or held as the answer, and the skill answers in speech
    assert said not in stored_text(items), "never saved"
    if convo.session and place in convo.state.exercises:
        assert f"'{said}'" not in str(convo.state.exercises[place]).lower(), "never held as the answer"
    assert reply.speech.strip()


@pytest.mark.parametrize("place", ["boundary", "reflection", "checkin"])
@pytest.mark.parametrize("said", ["i can't do this right now", "stop stop", "um i'm not up to this right now"])
def test_not_up_to_it_just_now_stops_with_the_place_kept_and_nothing_saved(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    # WHEN the person says they can't do this now, or says stop, where their words were asked for
    reply = convo.say(said)
    # THEN the skill stops kindly, the place is kept for next time, and the words are never saved
    assert not reply.session_open, reply.speech
    assert said not in stored_text(items), "never saved"
    assert any(f"META#progress#{place}" in str(i["sk"]) for i in items()), "the place is kept"
