"""Issue 15, wave 15 (the misses of blind hands k and l, by family): heard through the generalising simulator
NLU (tools/nlu_general.py) and the skill's own readings, as the person would notice them in the conversation:
a question about the step is answered and the step asked again, "read that back" repeats what was just said
(never anyone's notes), a question about who could hear the notes leaves the note waiting for its yes, and a
day said in regional words is kept as the day meant."""

from __future__ import annotations

import pytest

from steady_ground.session import Consent
from tests.support.talking import checkin_asked, kept_rating, reflection_started


def reflection(reply) -> dict:
    return reply.state.exercises["reflection"]


def test_what_the_exercise_is_asked_at_its_first_question_is_explained_and_asked_again(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    assert convo.say("let's do the boundary exercise").said("boundary/ask/consent")
    # WHEN the person asks what this exercise is, in their own words
    reply = convo.say("um what's the boundary thing about")
    # THEN the exercise is explained and its first question asked again: no guidance piece, no other room
    assert reply.said("boundary/help/consent"), reply.keys
    assert reply.said("boundary/ask/consent"), reply.keys
    assert not any(k.startswith("guidance/") for k in reply.keys), reply.keys
    assert reply.state.mode == "boundary" and reply.session_open


def _to_keep_offer(talk):
    convo = reflection_started(talk)
    for said in ("every day", "no", "sometimes", "no", "no", "no", "not sure"):
        reply = convo.say(said)
    while not reply.said("reflection/offer_keep"):
        reply = convo.say("no")
    return convo, reply


def test_read_that_back_at_the_keep_offer_says_the_summary_again_and_reads_no_notes(talk):
    convo, offered = _to_keep_offer(talk)
    assert offered.said("reflection/closing")
    # WHEN the person asks to hear it again, as people say it
    reply = convo.say("could you read that back to me")
    # THEN the summary they just heard is said again and the keep question stays open: nothing kept, no step
    # back, and no notes of anyone's read out
    assert reply.said("reflection/closing"), reply.keys
    assert reply.said("reflection/offer_keep"), reply.keys
    assert not any(k.startswith("notes/") for k in reply.keys), reply.keys
    assert reply.session_open


def test_read_it_back_at_a_words_step_is_never_kept_as_the_words(talk):
    convo = reflection_started(talk)
    asked = convo.say("every day")
    assert asked.said("reflection/words") and convo.elicit
    # WHEN the person asks, politely, for it to be read back, where their own words were asked for
    reply = convo.say("could you read it back to me")
    # THEN nothing is kept as their words, the reflection does not move on, and the question comes again
    assert reflection(reply)["words"] == {}, reflection(reply)
    assert reflection(reply)["index"] == 0, reply.keys
    assert not reply.said("reflection/words_thanks"), reply.speech
    assert reply.session_open and convo.elicit


def test_who_could_hear_the_notes_asked_at_the_consent_question_keeps_the_note_waiting(talk, items):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("add a note")
    asked = convo.say("we sat down and talked about the bills")
    assert isinstance(asked.state.question, Consent), asked.keys
    # WHEN the person asks whether their partner could hear these
    reply = convo.say("hang on, will my wife hear these")
    # THEN they are told who could hear them, and asked again whether to keep notes: the note still waits
    assert reply.said("privacy/consent_again"), reply.keys
    assert "anyone" in reply.speech.lower() and "privacy code" in reply.speech.lower(), reply.speech
    assert isinstance(reply.state.question, Consent), reply.keys
    assert reply.session_open and reply.speech.rstrip().endswith("?"), reply.speech
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    # ... and their yes then keeps the note they said
    convo.say("yes")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["we sat down and talked about the bills"]


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # Welsh "tidy" is a good day
        ("it was pretty tidy today", 4),
        # "lovely and calm": the first word only warms the second, a calm (good) day, not the best
        ("lovely and calm all evening", 4),
        # Irish "ah sure" opens the statement; it is no yes to anything
        ("ah sure look we got through it", 3),
    ],
)
def test_a_day_said_in_regional_words_is_kept_as_the_day_meant(talk, alexa_api, items, said, rating):
    convo = checkin_asked(talk, alexa_api)
    reply = convo.say(said)
    assert reply.session_open, reply.speech
    assert reply.said("checkin/heard_rating"), (reply.keys, reply.speech)
    assert kept_rating(convo, items) == rating


def test_a_privacy_code_said_digit_by_digit_with_the_request_is_heard_as_the_code(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    # WHEN the code is said straight after the request, one digit at a time
    reply = convo.say("set a privacy code two five eight one")
    # THEN the skill asks for the same four digits again to confirm, not for a code
    assert reply.said("privacy/code_ask_again"), reply.keys
    assert not reply.said("privacy/code_ask_new"), reply.keys


def test_on_a_shared_echo_only_the_notes_owner_is_told_they_are_hers_and_only_her_yes_keeps_it(talk, items):
    # One Echo, two recognised voices: Anna says a note and is asked whether to keep notes
    convo = talk(nlu="general")
    convo.as_person("ANNA0001")
    convo.say("open steady ground")
    convo.say("add a note")
    asked = convo.say("we sat down and talked about the bills")
    assert isinstance(asked.state.question, Consent), asked.keys
    # WHEN Ben, passing, asks who could hear these and then says yes
    convo.as_person("BEN00002")
    his = convo.say("hang on, will my wife hear these")
    convo.say("yes")
    # THEN he gets the general answer about notes (his own), not Anna's question, and his yes keeps nothing
    assert not his.said("privacy/consent_again"), his.keys
    assert "bills" not in his.speech, his.speech
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    # Anna, asking in her own voice, hears that they would be hers alone, and is asked again
    convo.as_person("ANNA0001")
    mine = convo.say("will my husband hear these")
    assert mine.said("privacy/consent_again"), mine.keys
    assert "alone" in mine.speech and mine.speech.rstrip().endswith("?"), mine.speech
    # ... and her yes keeps the note she said
    convo.say("yes")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["we sat down and talked about the bills"]
