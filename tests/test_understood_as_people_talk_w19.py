"""Issue 15, wave 19 (the pending hands' misses, by family of meaning, where the wrong answer does harm): heard
through the generalising simulator NLU (tools/nlu_general.py) and the skill, as the person would notice them.
Where the person's own words were asked for, a request for an example, a stop, a skip or a change of mind
said with more around it (the reason for it, a second way of saying it) was kept as their answer. None of
these sentences is a corpus line or a sample of the model: each is another sentence of a family the skill
now hears."""

from __future__ import annotations

import pytest

from tests.support.talking import PLACES, stored_text

FREE_TEXT = ["boundary", "reflection", "checkin", "notes"]


def held_or_saved(convo, items, said: str) -> bool:
    held = convo.session and any(said in str(v).lower() for v in convo.state.exercises.values())
    return said in stored_text(items) or bool(held)


# -- a stop said with its reason, or asked for after a word about themselves ------------------------------------
@pytest.mark.parametrize("place", FREE_TEXT)
@pytest.mark.parametrize("said", ["stop stop i can't do it with him in the next room",
                                  "i feel silly doing this can we stop",
                                  "let's stop here i'm not ready for this"])
def test_a_stop_with_its_reason_stops_and_nothing_is_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    # WHEN, where their own words were asked for, the person asks to stop and says why
    reply = convo.say(said)
    # THEN the skill stops, and the words are never saved or held as the answer (they were kept as the answer)
    assert not held_or_saved(convo, items, said), "never kept"
    assert not reply.session_open or reply.said("notes/cancelled") or "stop" in reply.keys[0], reply.keys


# -- a request for an example, said more than once or with a tail -----------------------------------------------
@pytest.mark.parametrize("place", ["boundary", "reflection", "checkin"])
@pytest.mark.parametrize("said", ["could you give me an example of what you mean please",
                                  "hmm i don't know what to say can you give me an example",
                                  "i dunno what would other people say",
                                  "i don't know what to say right now"])
def test_a_request_for_an_example_with_more_around_it_is_never_the_answer(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    step = convo.state.exercises[place]["step"]
    # WHEN the person asks what to say, in more words than the bare request
    reply = convo.say(said)
    # THEN they are helped with the same step, still open, and nothing is kept (it was kept as their answer)
    assert not held_or_saved(convo, items, said), "never kept"
    assert reply.session_open and convo.state.exercises[place]["step"] == step, reply.keys


# -- a skip with its reason, or the step named in other words -----------------------------------------------------
@pytest.mark.parametrize("said", ["can we skip this part i can't find the words tonight", "skip the question",
                                  "let's skip that step"])
def test_a_skip_in_other_words_moves_on_and_keeps_nothing(talk, items, said):
    convo = talk()
    PLACES["boundary"](convo)
    # WHEN, at the boundary's statement, the person asks to skip it in their own words
    reply = convo.say(said)
    # THEN the skip is answered (the statement is the one step that can't be skipped) and the words are not the
    # statement (they were kept as the statement)
    assert not held_or_saved(convo, items, said), "never kept"
    assert reply.said("boundary/cannot_skip") and reply.session_open, reply.keys
    # ... while a statement that says stop is still the statement
    statement = "i need you to stop raising your voice at dinner"
    convo.say(statement)
    assert statement in str(convo.state.exercises["boundary"]).lower()


# -- a change of mind, with a no before it --------------------------------------------------------------------------
@pytest.mark.parametrize("place", ["boundary", "reflection", "checkin"])
@pytest.mark.parametrize("said", ["no no forget what i said", "um no ignore that"])
def test_words_taken_back_are_never_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    reply = convo.say(said)
    assert not held_or_saved(convo, items, said), "never kept"
    assert reply.speech.strip()
