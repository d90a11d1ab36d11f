"""Repeat says the last question again word for word, from the template keys and parameters kept in
the session, never from a second copy of the speech: an answer carrying a long note stays small."""

from __future__ import annotations

import json
from typing import Any

from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, add_exact, agree_and_add, voice
from tests.test_text_limits import ALEXA_RESPONSE_LIMIT, long_note


def last_kept(reply: Any) -> dict[str, Any]:
    return (reply.raw.get("sessionAttributes") or {})["sg"]["last"]  # type: ignore[no-any-return]


def test_repeat_after_a_long_note_is_word_for_word_and_the_speech_is_not_kept_twice(talk):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "a short one first")
    note = long_note("you & me <again>")
    add_exact(convo, note)
    reading = convo.say("read my notes")
    kept = json.dumps(last_kept(reading))
    ssml = reading.raw["response"]["outputSpeech"]["ssml"]
    # the session keeps keys and parameters: the note's words once, raw, and no rendered SSML
    assert "notes/entry" in kept and "&amp;" not in kept and ssml[7:200] not in kept
    assert len(json.dumps(reading.raw).encode()) < ALEXA_RESPONSE_LIMIT
    again = convo.say("repeat")
    assert again.raw["response"]["outputSpeech"] == reading.raw["response"]["outputSpeech"]
    assert again.raw["response"]["reprompt"] == reading.raw["response"]["reprompt"]
    assert_valid_response(again.raw)
    # and a second repeat is the same again
    assert convo.say("repeat").raw["response"]["outputSpeech"] == reading.raw["response"]["outputSpeech"]


def test_repeat_of_a_question_with_a_date_and_a_choice_is_word_for_word(talk):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "one")
    convo.advance(3)
    first = convo.say("open steady ground")
    deleted = convo.say("delete my last note")
    again = convo.say("repeat")
    assert again.speech == deleted.speech and again.reprompt == deleted.reprompt
    assert first.speech != deleted.speech


def test_a_repeat_kept_by_an_older_version_or_tampered_with_gets_a_kind_answer(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    for broken in ({"lines": [{"k": "no/such/template", "b": "speech", "p": {}}], "reprompt": {"k": "menu/anything_else", "p": {}}},
                   {"lines": [{"k": "menu/anything_else", "b": "speech", "p": {"x": {"$": "??"}}}],
                    "reprompt": {"k": "menu/anything_else", "p": {}}},
                   {"speech": "<speak>old</speak>", "reprompt": "old"}):
        convo.session.attributes["sg"]["last"] = broken
        reply = convo.send(alexa.intent("AMAZON.RepeatIntent"))
        assert_valid_response(reply.raw)
        assert reply.session_open
