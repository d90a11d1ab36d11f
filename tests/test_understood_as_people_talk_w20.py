"""Issue 15, wave 20 (the pending hands' misses, by family of meaning): what a person would notice.

Where the person's own words were asked for (a boundary, the reflection's or the check-in's few words, a
note), Alexa captures the whole utterance as text when it does not route it to a built-in intent. Said there,
Alexa's own "cancel" ("cancel that, I've changed my mind"), a stop with where or why ("ok, stop there", "no, I
can't do this, stop") and a question about what to write or what was meant were kept as the person's answer:
saved as a note, or held as the boundary. Elsewhere (heard through the generalising simulator NLU,
tools/nlu_general.py): "so yeah" or a hello with "aye" opening a story was heard as yes to the first visit's
question, a word corrected with "sorry" ("the reflection, sorry, the check in") kept the wrong one, and a pick
said after an aside to a child and "hold on" was heard as a pause. None of these sentences is a corpus line or a sample of the model:
each is another sentence of a family the skill or the model now hears."""

from __future__ import annotations

import pytest

from tests.support.talking import PLACES, free_text, stored_text

FREE_TEXT = ["boundary", "reflection", "checkin", "notes"]


def held_or_saved(convo, items, said: str) -> bool:
    held = convo.session and any(said in str(v).lower() for v in convo.state.exercises.values())
    return said in stored_text(items) or bool(held)


# -- Alexa's cancel captured as the words; a stop with where, or with the reason first ----------------------------------
CANCELS = ["cancel it i'm not ready for this", "never mind cancel it", "cancel this one"]
STOPS = ["okay stop here", "ugh stop now", "i've got to stop there", "no i can't do it, stop", "stop i cant do this tonight",
         "let me stop here", "i have to stop here"]


@pytest.mark.parametrize("place", FREE_TEXT)
@pytest.mark.parametrize("said", CANCELS + STOPS)
def test_a_cancel_or_a_stop_in_more_words_stops_and_nothing_is_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    # WHEN, where their own words were asked for, the person says cancel or stop with more words around it, and
    # Alexa sends it as the words
    reply = free_text(convo, said)
    # THEN nothing is kept and the skill stops, as Alexa's cancel and stop do (it was saved as a note, or held as the
    # boundary's statement, the reflection's or the check-in's words)
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


# -- the generalising NLU: how a sentence opens, and a correction or an aside inside it -----------------------------
def first_visit(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    return convo


@pytest.mark.parametrize("said", ["so yeah um my wife and i have been married nine years and she won't even think about "
                                  "a counsellor and i don't get why",
                                  "aye hello there em my husband's no wanting tae see a counsellor and i dinnae ken why"])
def test_a_yes_that_only_opens_the_story_is_no_answer(talk, said):
    convo = first_visit(talk)
    # WHEN, at the first visit, the person opens with "so yeah" or a hello and tells what is going on
    reply = convo.say(said)
    # THEN the topic they describe is the one read (it was heard as "yes" to the opening question)
    assert reply.said("guidance/topics/why_resist"), reply.keys


@pytest.mark.parametrize(("said", "asked"), [("let's do the reflection sorry the check in", "checkin/ask_mood"),
                                             ("start the check in sorry the boundary", "boundary/ask/consent")])
def test_a_sorry_that_corrects_a_word_keeps_what_follows_it(talk, said, asked):
    convo = first_visit(talk)
    # WHEN the person names one exercise, says "sorry", and names another
    reply = convo.say(said)
    # THEN the one named after "sorry" starts (it was the first one, or something else entirely)
    assert reply.said(asked), reply.keys


@pytest.mark.parametrize(("said", "topic"), [("put your shoes on love hold on um the second one", "fears_stigma")])
def test_an_aside_to_someone_in_the_room_then_the_pick_is_the_pick(talk, said, topic):
    convo = first_visit(talk)
    assert convo.say("guidance").said("guidance/menu")
    # WHEN, at the topic menu, the person speaks to a child, says "hang on", and then picks
    reply = convo.say(said)
    # THEN the topic picked is read (it was heard as "hang on": a pause)
    assert reply.said(f"guidance/topics/{topic}"), reply.keys
