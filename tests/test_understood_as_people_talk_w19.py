"""Issue 15, wave 19 (the pending hands' misses, by family of meaning, where the wrong answer does harm): heard
through the generalising simulator NLU (tools/nlu_general.py) and the skill, as the person would notice them.
Where the person's own words were asked for, a request for an example, a stop, a skip or a change of mind
said with more around it (the reason for it, a second way of saying it) was kept as their answer. Elsewhere,
"he can hear" said in a hurry got the crisis answer read aloud, carrying everything for a partner got the
crisis answer or "nothing in progress", keeping quiet to keep the peace ended the reflection, and a low rating
with "mm" first and "no doubt" after it skipped the check-in. None of these sentences is a corpus line or a
sample of the model: each is another sentence of a family the skill or the model now hears."""

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


# -- outside the free-text steps: he can hear, a pattern in their own words, an answer with its emphasis -----------
def at_the_boundary_choice(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("set a boundary")
    assert convo.say("yes").said("boundary/ask/choose")
    return convo


@pytest.mark.parametrize("said", ["quick she can hear us stop"])
def test_he_can_hear_said_in_a_hurry_leaves_at_once_with_no_crisis_answer_read_out(talk, said):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("guidance")
    convo.say("the first one")
    # WHEN, inside a topic, the person says in a hurry that he (or she) can hear
    reply = convo.say(said)
    # THEN the skill leaves at once, quietly (it read the crisis numbers out loud, with him in the room)
    assert reply.said("privacy/quick_goodbye") and not reply.session_open, reply.keys
    assert not any(k.startswith("safety/") for k in reply.keys), reply.keys


@pytest.mark.parametrize("said", ["honestly i carry everything for her", "i hold it all for him to be honest"])
def test_being_the_one_who_carries_everything_is_the_unpaid_therapist_pattern(talk, said):
    convo = at_the_boundary_choice(talk)
    # WHEN, asked which pattern, the person describes carrying everything for their partner
    reply = convo.say(said)
    # THEN that is the unpaid-therapist pattern, and the exercise goes on (it was the crisis answer, or "nothing
    # in progress")
    assert reply.said("boundary/chosen") and convo.state.exercises["boundary"]["strategy"] == "therapist", reply.keys
    assert not any(k.startswith("safety/") for k in reply.keys), reply.keys


def test_keeping_quiet_to_keep_the_peace_is_a_yes_and_the_reflection_goes_on(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("weekly")
    assert convo.say("skip").said("reflection/q_peace")
    # WHEN, asked whether they give up their peace to keep things calm, the person says they keep quiet
    reply = convo.say("honestly i just keep quiet to avoid a row")
    # THEN that is a yes, and the reflection goes on (it was heard as "quiet": stop, and the skill said goodbye)
    assert reply.session_open and convo.state.exercises["reflection"]["answers"]["peace"] == "yes", reply.keys


@pytest.mark.parametrize(("said", "rating"), [("mm a two, no doubt about it", 2), ("mmm a one no question", 1)])
def test_a_rating_said_with_mm_and_no_doubt_is_kept(talk, said, rating):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("check in")
    # WHEN the person gives a low rating, with "mm" first and "no doubt" after it
    reply = convo.say(said)
    # THEN the rating is kept and the check-in goes on (it was heard as "no": the check-in skipped, nothing saved)
    assert convo.state.exercises["checkin"]["rating"] == rating, reply.keys
    assert reply.said("checkin/ask_words") and reply.session_open, reply.keys
