"""Issue 15, wave 20 (the pending hands' misses, by family of meaning): what a person would notice.

Where the person's own words were asked for (a boundary, the reflection's or the check-in's few words, a
note), Alexa captures the whole utterance as text when it does not route it to a built-in intent. Said there,
Alexa's own "cancel" ("cancel that, I've changed my mind"), a stop with where or why ("ok, stop there", "no, I
can't do this, stop") and a question about what to write or what was meant were kept as the person's answer:
saved as a note, or held as the boundary. Elsewhere (heard through the generalising simulator NLU,
tools/nlu_general.py) ... see each test. None of these sentences is a corpus line or a sample of the model:
each is another sentence of a family the skill or the model now hears."""

from __future__ import annotations

import pytest

from tests.support.talking import PLACES, free_text, stored_text

FREE_TEXT = ["boundary", "reflection", "checkin", "notes"]


def held_or_saved(convo, items, said: str) -> bool:
    held = convo.session and any(said in str(v).lower() for v in convo.state.exercises.values())
    return said in stored_text(items) or bool(held)


# -- Alexa's cancel, captured as the words ---------------------------------------------------------------------------
@pytest.mark.parametrize("place", FREE_TEXT)
@pytest.mark.parametrize("said", ["cancel it i'm not ready for this", "never mind cancel it", "cancel this one"])
def test_cancel_captured_as_the_words_stops_and_nothing_is_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    # WHEN, where their own words were asked for, the person says cancel and Alexa sends it as the words
    reply = free_text(convo, said)
    # THEN nothing is kept and the skill stops, as Alexa's cancel does (it was saved as a note, or held as the
    # boundary's statement, the reflection's or the check-in's words)
    assert not held_or_saved(convo, items, said), "never kept"
    assert not reply.session_open, reply.keys


# -- a stop with where, or with the reason first -------------------------------------------------------------------
@pytest.mark.parametrize("place", FREE_TEXT)
@pytest.mark.parametrize("said", ["okay stop here", "ugh stop now", "i've got to stop there", "no i can't do it, stop",
                                  "stop i cant do this tonight"])
def test_a_stop_in_a_few_more_words_stops_and_nothing_is_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    reply = free_text(convo, said)
    assert not held_or_saved(convo, items, said), "never kept"
    assert not reply.session_open, reply.keys


# -- what to write, or what the question meant ----------------------------------------------------------------------
@pytest.mark.parametrize("place", FREE_TEXT)
@pytest.mark.parametrize("said", ["what sort of thing should i write", "um what do i put for this",
                                  "i'm not really sure what you're asking", "i dont get what you mean by that"])
def test_asking_what_to_write_is_helped_and_never_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    step = convo.state.exercises[place]["step"] if place != "notes" else None
    # WHEN the person asks what to say or write, or what was meant
    reply = free_text(convo, said)
    # THEN they are helped with the same step, still open, and the question is never kept as their words
    assert not held_or_saved(convo, items, said), "never kept"
    assert reply.session_open and convo.elicit, reply.keys
    if step is not None:
        assert convo.state.exercises[place]["step"] == step, reply.keys
    # ... and an answer about someone who won't stop is still the answer, kept
    answer = "i can't make him stop talking over me"
    after = free_text(convo, answer)
    waits = place == "notes" and after.said("privacy/consent_shared")  # a first note waits for the consent question
    assert held_or_saved(convo, items, answer) or waits, after.keys
