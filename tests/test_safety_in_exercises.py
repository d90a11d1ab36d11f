"""Words of crisis said where the skill is listening for an answer: inside the boundary exercise, the
reflection, the check-in and a note. Each time the safety answer comes first, the exercise keeps its
place (a yes carries on at the same question, answers intact), and the words are saved nowhere."""

from __future__ import annotations

import logging

import pytest
from tools import alexa

from tests.test_boundary_conversation import ANSWER, CONSEQUENCE, MOMENT, ROUTE, boundary_notes, keep_it, step_of
from tests.test_checkin_conversation import agree_to_notes
from tests.test_safety_answer import assert_safety_answer

ALL_STEPS = {"moment": 3, "statement": 4, "consequence": 5, "rehearse": 6}  # ROUTE[:n] reaches each free-text step


def intent_of(reply) -> str:
    return reply.request["request"]["intent"]["name"]


def stored(items) -> str:
    """Everything in the table, as one lowercase string to search for words that must not be there."""
    return repr(items()).lower()


def exercise_state(convo, name: str) -> dict:
    return dict(convo.state.exercises[name])


# -- the boundary exercise ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("step", "words", "trace"),
    [
        ("moment", "every time I think I don't want to live anymore", "want to live"),
        ("statement", "when he drinks my partner hit me", "hit me"),
        ("consequence", "I'm thinking of ending it", "ending it"),
        ("rehearse", "he won't let me leave the house", "leave the house"),
    ],
)
def test_crisis_words_as_a_boundary_answer_bring_help_keep_the_place_and_save_nothing(
    talk, items, caplog, step, words, trace
):
    caplog.set_level(logging.DEBUG)
    # GIVEN someone part-way through their boundary, on a question answered in their own words
    convo = talk()
    for text in ROUTE[: ALL_STEPS[step]]:
        convo.say(text)
    assert step_of(convo) == step
    before = exercise_state(convo, "boundary")
    # WHEN their answer carries words of crisis
    reply = convo.say(words)
    # THEN it was heard as their answer, and the safety answer comes instead of the next step
    assert intent_of(reply) == "CaptureTextIntent"
    assert_safety_answer(reply, keep_offer=True)
    # AND the exercise keeps its place and its answers, and the words are stored nowhere, not even in logs
    assert exercise_state(convo, "boundary") == before
    assert convo.state.mode == "boundary"
    assert trace not in stored(items) and not boundary_notes(items)
    assert trace not in caplog.text.lower()
    # WHEN they say no to keeping the words, then yes to carrying on
    not_kept = convo.say("no")
    assert not_kept.said("safety/not_kept")
    assert trace not in repr(convo.session.attributes).lower()
    back = convo.say("yes")
    # THEN the same question is asked again, calmly, with the free-text capture back on
    assert step_of(convo) == step and exercise_state(convo, "boundary") == before
    assert back.session_open and back.speech.endswith("?") and "988" not in back.speech
    assert any(d["type"] == "Dialog.ElicitSlot" for d in back.directives)
    # AND the run finishes with their earlier answers, and none of the crisis words, in the note
    while step_of(convo) != "keep":
        convo.say(ANSWER[step_of(convo)])
    assert "saved" in keep_it(convo).speech.lower()
    [note] = boundary_notes(items)
    assert note["data"]["moment"] == MOMENT and note["text"].endswith(CONSEQUENCE)
    assert trace not in repr(note).lower()


def test_stop_after_the_safety_answer_keeps_the_boundary_place_for_another_day(talk, items):
    convo = talk()
    for text in ROUTE[:5]:  # on the consequence step
        convo.say(text)
    assert_safety_answer(convo.say("I want to hurt myself"), keep_offer=True)
    bye = convo.say("stop")
    assert not bye.session_open and "988" not in bye.speech and "911" in bye.speech
    # WHEN they come back later
    later = talk()
    later.advance(1)
    offer = later.say("open steady ground")
    # THEN the offer names the step they were on, and a yes takes them straight back to it
    assert "Last time you were on step 4 of your boundary." in offer.speech
    later.say("yes")
    assert step_of(later) == "consequence"
    assert "hurt myself" not in stored(items)


# -- structured questions: the safety intent, from inside each exercise ----------------------------------
@pytest.mark.parametrize(
    ("name", "opening", "step"),
    [
        ("boundary", ["ask steady ground to start my boundary exercise", "yes"], "choose"),
        ("reflection", ["ask steady ground to start my reflection"], "ask"),
        ("checkin", ["ask steady ground for my check in"], "mood"),
    ],
)
def test_im_not_safe_inside_any_exercise_brings_help_then_the_same_question(talk, alexa_api, name, opening, step):
    convo = talk(device=alexa.Device(api_endpoint=alexa_api.endpoint))
    for text in opening:
        convo.say(text)
    before = exercise_state(convo, name)
    assert before["step"] == step
    reply = convo.say("I'm not safe")
    assert intent_of(reply) == "SafetyIntent"
    assert_safety_answer(reply)
    back = convo.say("yes")
    assert exercise_state(convo, name) == before
    assert convo.state.mode == name
    assert back.session_open and back.speech.endswith("?") and "988" not in back.speech


# -- the reflection's few words -----------------------------------------------------------------------
def test_crisis_words_in_the_reflections_few_words_keep_the_answer_already_given(talk, items):
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    convo.say("every day")
    before = exercise_state(convo, "reflection")
    assert before["step"] == "words" and before["answers"] == {"frequency": "daily"}
    reply = convo.say("honestly some days I wish I was dead")
    assert intent_of(reply) == "CaptureTextIntent"
    assert_safety_answer(reply, keep_offer=True)
    assert exercise_state(convo, "reflection") == before
    assert "wish i was dead" not in stored(items)
    convo.say("no")
    back = convo.say("yes")
    assert exercise_state(convo, "reflection") == before and back.speech.endswith("?")
    assert "skip" in back.speech.lower(), "the words question is asked again"


# -- the check-in's few words -------------------------------------------------------------------------
def test_crisis_words_in_the_check_in_bring_help_keep_the_place_and_save_nothing(talk, alexa_api, items):
    # GIVEN a check-in with its mood already said
    convo = talk(device=alexa.Device(api_endpoint=alexa_api.endpoint))
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("pretty good")
    before = exercise_state(convo, "checkin")
    assert before["step"] == "words"
    # WHEN the few words about the day are words of crisis
    reply = convo.say("he choked me last week")
    # THEN the safety answer, the check-in still waiting at its words question, and nothing stored
    assert intent_of(reply) == "CaptureTextIntent"
    assert_safety_answer(reply, keep_offer=True)
    assert exercise_state(convo, "checkin") == before
    assert not [i for i in items() if i.get("kind") == "checkin"]
    assert "choked" not in stored(items)
    # WHEN they don't keep the words, carry on and skip them
    convo.say("no")
    back = convo.say("yes")
    assert exercise_state(convo, "checkin") == before and back.speech.endswith("?")
    done = agree_to_notes(convo, convo.say("skip"))
    # THEN the check-in is kept with its mood and without the words
    assert "saved" in done.speech.lower()
    [note] = [i for i in items() if i.get("kind") == "checkin"]
    assert note["text"] == "" and note["data"]["rating"] == 4
    assert "choked" not in stored(items)


# -- a note ------------------------------------------------------------------------------------------
def test_crisis_words_as_a_first_note_bring_help_and_no_consent_question(talk, items):
    # GIVEN someone who has never kept a note, asked for the words of a new one
    convo = talk()
    convo.say("open steady ground")
    convo.say("add a note")
    # WHEN the words are words of crisis
    reply = convo.say("I don't want to live anymore")
    # THEN help, not "may I keep your notes?", and the words are stored nowhere: they wait in the session
    # only for the person's answer to "shall I keep it?"
    assert intent_of(reply) == "CaptureTextIntent"
    assert_safety_answer(reply, keep_offer=True)
    assert "keep your notes" not in reply.speech.lower()
    assert convo.state.parked is None
    assert not [i for i in items() if i["sk"].startswith("NOTE#")] and "want to live" not in stored(items)
    # AND no drops them from the session too, and yes carries on gently, without asking about the note
    convo.say("no")
    assert "want to live" not in repr(convo.session.attributes).lower()
    back = convo.say("yes")
    assert back.speech.endswith("?") and "keep your notes" not in back.speech.lower()
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]


def test_crisis_words_in_a_one_shot_note_are_never_added_to_the_notes(talk, items):
    from tests.support.notes import agree_and_add

    convo = talk()
    agree_and_add(convo, "an ordinary day")
    convo.say("stop")
    reply = convo.say("ask steady ground to add a note that he threatened to kill me")
    assert intent_of(reply) == "AddNoteIntent"
    assert_safety_answer(reply, keep_offer=True)
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["an ordinary day"]
    assert "threatened" not in stored(items)
