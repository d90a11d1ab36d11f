"""Issue 15, wave 10: help that fits the step the person is on. Dialogs through the simulator (real
envelopes through lambda_handler): what the person hears next, and what is (or is not) saved.

1. At a free-text step, a request to the skill said in full ("what topics do you have", "can we do the
   check-in instead", "how do I delete my notes") is heard as the request, never kept as the words;
   an answer that only contains such words ("I want to stop arguing about his mum") is still kept.
2. "nothing", "nothing really", "no nothing" at an optional-words step skip it; they don't end the session.
3. At the menu, "counselling" or "therapy for me" opens counselling on your own; "my own idea" hears
   honestly what the skill can do, and a question.
4. Two people, one Echo: after another voice speaks between turns, the first person's free-text answer
   is heard whole (asked again and captured), kept for them, and nothing of it said to the other voice.
"""

from __future__ import annotations

import json

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, voice
from tests.test_answers_fit_the_step import at_the_check_in_words, at_the_reflection_words

BOTH = ("literal", "general")
HOME = "amzn1.ask.account.FITSTEPHOME01"


def notes_of(items, kind: str | None = None) -> list[dict]:
    return [i for i in items() if i["sk"].startswith("NOTE#") and (kind is None or i.get("kind") == kind)]


def elicits_text(reply) -> bool:
    return any(d.get("type") == "Dialog.ElicitSlot" and d.get("slotToElicit") == "text" for d in reply.directives)


def at_the_note_prompt(talk, nlu, device=None):
    convo = talk(nlu=nlu, device=device)
    convo.say("open steady ground")
    asked = convo.say("add a note")
    assert asked.said("notes/add_prompt") and elicits_text(asked), asked.keys
    return convo


def consent_if_asked(convo, reply):
    return convo.say("yes") if reply.said("notes/consent") or reply.said("privacy/consent_shared") else reply



# -- 1. a request said in full at a free-text step is the request, not the words ---------------------
def at_the_boundary_statement(talk, nlu, device=None):
    convo = talk(nlu=nlu, device=device)
    convo.say("ask steady ground to start my boundary exercise")
    convo.say("yes")
    convo.say("circular arguments")
    asked = convo.say("after dinner")
    assert convo.state.exercises["boundary"]["step"] == "statement" and elicits_text(asked), asked.keys
    return convo


def progress(items, name: str) -> dict | None:
    """The exercise's kept place, as stored."""
    found = next((i for i in items() if i["sk"] == f"META#progress#{name}"), None)
    return json.loads(found["body"]) if found is not None else None


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["what topics do you have", "can I hear the topics"])
def test_what_topics_do_you_have_as_the_boundary_statement_opens_the_topics_and_keeps_the_place(talk, items, nlu, said):
    # Skill: Step three, your I statement ... what's yours?
    convo = at_the_boundary_statement(talk, nlu)
    # Person: what topics do you have
    reply = convo.say(said)
    # Skill: That sounded like a request, so it isn't kept as your answer. Your place is kept.
    #        The first four topics: ... Which one, or four more?
    assert reply.said("exercise/request_detour") and reply.said("guidance/menu"), reply.keys
    assert "isn't kept" in reply.speech or "not your answer" in reply.speech, reply.speech
    assert convo.state.mode == "guidance_menu" and reply.session_open and reply.speech.endswith("?")
    assert_valid_response(reply.raw)
    # AND the words are not the statement, and the boundary's place is kept where it was
    assert convo.state.exercises["boundary"].get("statement") is None
    kept = progress(items, "boundary")
    assert kept is not None and kept["step"] == "statement" and not kept.get("statement"), kept
    assert not notes_of(items)


@pytest.mark.parametrize("nlu", BOTH)
def test_can_we_do_the_check_in_instead_at_the_reflections_words_starts_the_check_in(talk, items, nlu):
    convo = at_the_reflection_words(talk, nlu)
    # Person: can we do the check-in instead
    reply = convo.say("can we do the check-in instead")
    # Skill: I took that as a request, not your answer. ... Here's your one-minute check-in. ... how did it feel?
    assert reply.said("exercise/request_detour") and reply.said("checkin/ask_mood"), reply.keys
    assert convo.state.mode == "checkin" and reply.session_open
    assert not convo.state.exercises["reflection"].get("words"), "not kept as the reflection's words"
    assert not notes_of(items)


@pytest.mark.parametrize("said", ["how do I delete my notes", "how can I delete all my notes"])
def test_how_do_i_delete_my_notes_at_the_check_in_words_is_told_how_and_nothing_is_kept_or_deleted(talk, items, said):
    convo = at_the_check_in_words(talk, "literal")
    # Person: how do I delete my notes
    reply = convo.say(said)
    # Skill: I took that as a question for me, not your answer, so nothing's kept. Whenever you like,
    #        just say: delete my notes. Anything to add?
    assert reply.said("exercise/request_heard") and reply.said("checkin/ask_words"), reply.keys
    assert "say: delete" in reply.speech and "notes" in reply.speech, reply.speech
    assert not reply.said("notes/confirm_delete_all") and elicits_text(reply)
    assert convo.state.exercises["checkin"]["step"] == "words" and not convo.state.exercises["checkin"].get("words")
    assert not notes_of(items)


@pytest.mark.parametrize("nlu", BOTH)
def test_at_the_note_prompt_a_request_for_the_topics_is_said_to_be_not_kept_and_the_topics_follow(talk, items, nlu):
    convo = at_the_note_prompt(talk, nlu)
    reply = convo.say("what topics do you have")
    # Skill: That sounded like a request, so it isn't kept as a note. Here are four topics: ...?
    assert reply.said("exercise/request_detour") and reply.said("guidance/menu"), reply.keys
    assert "note" in reply.speech.split(".")[0], reply.speech  # never dropped silently: it says so first
    assert not notes_of(items)


def test_how_do_i_delete_my_notes_said_as_a_note_is_told_how_and_not_kept(talk, items):
    convo = at_the_note_prompt(talk, "literal")
    reply = convo.say("how do I delete my notes")
    assert reply.said("notes/request_not_kept") and "delete my notes" in reply.speech, reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    assert not notes_of(items)


@pytest.mark.parametrize("nlu", BOTH)
def test_an_answer_that_only_mentions_stopping_or_notes_is_still_the_answer(talk, items, nlu):
    # Person (the boundary statement): I want to stop arguing about his mum -> kept as the statement
    convo = at_the_boundary_statement(talk, nlu)
    reply = convo.say("I want to stop arguing about his mum")
    assert convo.state.exercises["boundary"]["statement"].lower() == "i want to stop arguing about his mum", reply.keys
    assert not reply.said("exercise/request_detour") and not reply.said("exercise/request_heard")
    # As a note: kept, word for word
    other = at_the_note_prompt(talk, nlu, alexa.Device(user_id="amzn1.ask.account.FITSTEPNOTE01"))
    words = "remember to read my notes before the talk on Sunday"
    done = consent_if_asked(other, other.say(words))
    assert done.said("notes/saved"), done.keys
    assert [n["text"].lower() for n in notes_of(items)] == [words.lower()]

# -- 4. households: the first person's words after another voice ---------------------------------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("other", ["yes", "what time is it"])
def test_after_another_voice_annas_check_in_words_are_asked_again_and_kept_whole(talk, items, nlu, other):
    words = "we had a quiet dinner and talked about the holidays"
    convo = talk(device=voice(ANNA, HOME), nlu=nlu)
    convo.say("open steady ground")
    convo.say("check in")
    # Skill (to Anna): ... A few words about it are welcome, or say skip. Anything you'd add?
    asked = convo.say("four")
    assert convo.state.exercises["checkin"]["step"] == "words" and elicits_text(asked)
    # Another voice, not recognized, speaks: it hears nothing of Anna's check-in
    convo.as_person(None)
    theirs = convo.say(other)
    assert not [k for k in theirs.keys if k.startswith(("checkin/", "exercise/"))], theirs.keys
    assert "anything you'd add" not in theirs.speech.lower() and not elicits_text(theirs), theirs.speech
    # Anna says her words (Alexa is no longer listening for a whole answer: they come as another request)
    convo.as_person("ANNA0001")
    reply = convo.say(words)
    # Skill: Sorry, I didn't catch that. Anything to add?   (and this time it listens for all of it)
    assert reply.said("exercise/missed_words") and reply.said("checkin/ask_words"), reply.keys
    assert elicits_text(reply) and reply.session_open and reply.speech.endswith("?")
    assert not notes_of(items), "nothing kept without her words"
    assert_valid_response(reply.raw)
    # Anna: (her words again) -> kept whole, as her check-in's words
    reply = consent_if_asked(convo, convo.say(words))
    assert reply.said("checkin/saved"), reply.keys
    [kept] = notes_of(items, "checkin")
    assert kept["text"] == words, kept


def test_after_another_voice_annas_boundary_statement_is_captured_whole(talk, items):
    statement = "when the shouting starts I will leave the room and come back later"
    convo = talk(device=voice(ANNA, HOME), nlu="general")
    convo.say("ask steady ground to start my boundary exercise")
    convo.say("yes")
    convo.say("circular arguments")
    convo.say("after dinner")
    assert convo.state.exercises["boundary"]["step"] == "statement"
    convo.as_person(None)
    theirs = convo.say("yes")
    assert not [k for k in theirs.keys if k.startswith(("boundary/", "exercise/"))], theirs.keys
    assert "dinner" not in theirs.speech.lower() and not elicits_text(theirs), theirs.speech
    convo.as_person("ANNA0001")
    reply = convo.say(statement)
    assert reply.said("exercise/missed_words") and elicits_text(reply), reply.keys
    assert convo.state.exercises["boundary"].get("statement") is None
    convo.say(statement)
    assert convo.state.exercises["boundary"]["statement"] == statement
    assert convo.state.exercises["boundary"]["step"] == "consequence"



def test_after_another_voice_annas_note_is_asked_for_again_and_kept_whole(talk, items):
    note = "he listened tonight without interrupting me once"
    convo = talk(device=voice(ANNA, HOME), nlu="literal")
    convo.say("open steady ground")
    convo.say("add a note")
    convo.as_person(None)
    theirs = convo.say("yes")
    assert not theirs.said("notes/add_prompt") and not elicits_text(theirs), theirs.keys
    convo.as_person("ANNA0001")
    reply = convo.say(note)
    # Skill: Sorry, I didn't catch that. What would you like to note?
    assert reply.said("exercise/missed_words") and reply.said("notes/add_prompt") and elicits_text(reply), reply.keys
    assert not notes_of(items)
    done = consent_if_asked(convo, convo.say(note))
    assert done.said("notes/saved"), done.keys
    [kept] = notes_of(items)
    assert kept["text"] == note
    anna = talk(device=voice(ANNA, HOME))
    anna.say("open steady ground")
    assert note in anna.say("read my notes").speech.lower()

# -- 2. "nothing" at an optional-words step is nothing to add, not goodbye --------------------------
NOTHING = ("nothing", "nothing really", "no nothing")


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", NOTHING)
def test_nothing_at_the_check_in_words_skips_them_and_the_check_in_is_kept(talk, items, nlu, said):
    # Skill: ... A few words about it are welcome, or say skip. Anything you'd add?
    convo = at_the_check_in_words(talk, nlu)
    # Person: nothing
    reply = convo.say(said)
    # Skill: Today's practice: ... (then, the first time, whether to keep notes): the session goes on
    assert reply.session_open and reply.said("checkin/practice"), reply.keys
    assert not reply.said("builtins/goodbye")
    reply = consent_if_asked(convo, reply)
    assert reply.said("checkin/saved"), reply.keys
    [kept] = notes_of(items, "checkin")
    assert kept["text"] == "" and "nothing" not in str(kept), kept


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", NOTHING)
def test_nothing_at_the_reflections_few_words_declines_them_and_the_reflection_goes_on(talk, nlu, said):
    convo = at_the_reflection_words(talk, nlu)
    # Skill: Say skip if you like, or put it in your own words: what comes to mind?  Person: nothing
    reply = convo.say(said)
    # Skill: Next question. ...?   (nothing kept as the words, and still talking)
    reflection = convo.state.exercises["reflection"]
    assert reflection["step"] == "ask" and reflection["index"] == 1 and not reflection.get("words"), reflection
    assert reply.session_open and reply.speech.endswith("?") and not reply.said("builtins/goodbye"), reply.keys


@pytest.mark.parametrize("nlu", BOTH)
def test_nothing_when_asked_for_a_note_keeps_nothing_and_stays(talk, items, nlu):
    convo = at_the_note_prompt(talk, nlu)
    reply = convo.say("nothing")
    # Skill: Fine, it isn't saved. What next ...?
    assert reply.said("notes/not_kept_ok") and reply.session_open, reply.keys
    assert not notes_of(items)


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["nothing", "nothing thanks bye"])
def test_nothing_after_anything_else_still_says_goodbye(talk, nlu, said):
    convo = at_the_note_prompt(talk, nlu)
    asked = convo.say("skip")
    assert asked.said("menu/anything_else") or asked.said("notes/not_kept_ok"), asked.keys
    # Skill: ... Anything else?   Person: nothing.   Skill: goodbye
    reply = convo.say(said)
    assert reply.said("builtins/goodbye") and not reply.session_open, reply.keys


# -- 3. the menu: counselling, and an idea of their own ------------------------------------------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["counseling", "counselling", "therapy for me"])
def test_counselling_at_the_menu_opens_counselling_on_your_own(talk, nlu, said):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    reply = convo.say(said)
    # Skill: This one is about counseling on your own. ... ?
    assert convo.state.topic == "individual_therapy" and convo.state.mode == "guidance", reply.keys
    assert "on your own" in reply.speech and not reply.said("builtins/unknown"), reply.speech
    assert reply.session_open and reply.reprompt
    assert_valid_response(reply.raw)


def test_couples_counselling_at_the_menu_opens_trying_things_together(talk):
    convo = talk(nlu="literal")
    convo.say("open steady ground")
    reply = convo.say("couples counseling")
    assert convo.state.topic == "try_together", reply.keys


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["my own idea", "something else", "I've got my own thing"])
def test_my_own_idea_at_the_menu_hears_what_the_skill_can_do_and_a_question(talk, nlu, said):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    # Person: my own idea
    reply = convo.say(said)
    # Skill: I'd be glad to hear it, though I can only help in a few set ways. There's guidance ...,
    #        your notes, where your idea can be kept in your own words, and planning a talk. Which would help?
    assert reply.said("builtins/own_idea"), reply.keys
    for offered in ("guidance", "boundary", "reflection", "check-in", "notes", "planning a talk"):
        assert offered in reply.speech, (offered, reply.speech)
    assert "not something I can do" not in reply.speech and "or something else" not in reply.speech
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert_valid_response(reply.raw)
    # AND the list just heard can be picked from: "the last one" is planning a talk
    picked = convo.say("the last one")
    assert convo.state.mode == "plan", picked.keys


# -- 5. "what can you do" at a free-text step: that step's help, the question again, nothing kept -----
ASKS_WHAT_IT_CAN_DO = ("what can you do", "what else can you do", "what are my options", "what do you do exactly",
                       "what can I say here")


def at_the_free_text_step(talk, nlu, where: str):
    """The boundary's I statement, the check-in's words or the reflection's few words, each a fresh person."""
    device = alexa.Device(user_id=f"amzn1.ask.account.FITSTEPHELP{where.upper()}")
    if where == "boundary":
        return at_the_boundary_statement(talk, nlu, device)
    convo = talk(nlu=nlu, device=device)
    convo.say("open steady ground")
    if where == "checkin":
        convo.say("check in")
        convo.say("four")
        assert convo.state.exercises["checkin"]["step"] == "words"
        return convo
    convo.say("start the reflection")
    convo.say("yes")
    if convo.state.exercises["reflection"]["step"] == "ask":
        convo.say("a few times a week")
    assert convo.state.exercises["reflection"]["step"] == "words"
    return convo


# What each step's help must tell: what the step wants, and the way out of it.
STEP_HELP = {
    "boundary": ("boundary/help/statement", "boundary/ask/statement", ("when this happens", "say pause")),
    "checkin": ("checkin/help", "checkin/ask_words", ("sentence about today", "skip")),
    "reflection": ("reflection/help_words", "reflection/words", ("optional", "skip")),
}


def nothing_kept(convo, items, where: str) -> None:
    state = convo.state.exercises[where]
    assert not state.get("statement") and not state.get("words"), state
    assert not notes_of(items)


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("where", list(STEP_HELP))
@pytest.mark.parametrize("said", ASKS_WHAT_IT_CAN_DO)
def test_what_can_you_do_at_a_free_text_step_is_that_steps_help_and_the_question_again(talk, items, nlu, where, said):
    # Skill (the boundary): Step three, your I statement ... what's yours?
    convo = at_the_free_text_step(talk, nlu, where)
    step = convo.state.exercises[where]["step"]
    # Person: what can you do
    reply = convo.say(said)
    # Skill: An I statement says what you'll do: when this happens, I will. Like: ... You can also say pause.
    #        How would yours go?
    help_key, question, told = STEP_HELP[where]
    assert reply.said(help_key) and reply.said(question), reply.keys
    for words in told:
        assert words in reply.speech, (words, reply.speech)
    assert reply.session_open and reply.speech.endswith("?") and elicits_text(reply)
    assert len(reply.speech.split()) <= 30, reply.speech  # a question's word budget
    assert_valid_response(reply.raw)
    # AND nothing was kept as the words, and the step is the same one
    assert convo.state.exercises[where]["step"] == step
    nothing_kept(convo, items, where)


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["what can you do", "what are my options"])
def test_what_can_you_do_as_a_note_says_what_the_note_step_wants_and_asks_again(talk, items, nlu, said):
    # Skill: I'm waiting for the words of your note. You can also say cancel. What would you like to note?
    _, reply = note_prompt_again(talk, items, nlu, said, "notes/capture_help")
    assert "cancel" in reply.speech


def note_prompt_again(talk, items, nlu, said, first):
    """At the note prompt, ``said`` is answered with ``first`` and the prompt again; nothing kept."""
    convo = at_the_note_prompt(talk, nlu)
    reply = convo.say(said)
    assert reply.said(first) and reply.said("notes/add_prompt") and elicits_text(reply), reply.keys
    assert reply.session_open and convo.state.mode == "note_capture" and not notes_of(items)
    return convo, reply


@pytest.mark.parametrize("nlu", BOTH)
def test_an_answer_that_only_holds_those_words_is_still_the_answer(talk, items, nlu):
    words = "I want to know what he can do to meet me halfway"
    convo = at_the_free_text_step(talk, nlu, "boundary")
    reply = convo.say(words)
    assert convo.state.exercises["boundary"]["statement"].lower() == words.lower(), reply.keys
    assert not reply.said("boundary/help/statement")
    other = at_the_free_text_step(talk, nlu, "checkin")
    done = consent_if_asked(other, other.say(words))
    assert done.said("checkin/saved"), done.keys
    [kept] = notes_of(items, "checkin")
    assert kept["text"].lower() == words.lower()


# -- 6. the exercise they're in, asked for by name: they're in it already, and the question again ------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["can we do the check-in instead", "let's do the check-in", "I want to do my check-in"])
def test_asking_for_the_check_in_inside_the_check_in_says_so_and_asks_again(talk, items, nlu, said):
    # Skill: ... A few words about it are welcome, or say skip. Anything you'd add?
    convo = at_the_free_text_step(talk, nlu, "checkin")
    # Person: can we do the check-in instead
    reply = convo.say(said)
    # Skill: We're in your check-in right now. Anything to add?
    assert reply.keys[:2] == ["exercise/already_here", "checkin/ask_words"], reply.keys
    assert "check-in" in reply.speech.split(".")[0] and len(reply.speech.split()) <= 15, reply.speech
    assert "request" not in reply.speech and not reply.said("checkin/intro")
    assert reply.session_open and reply.speech.endswith("?") and elicits_text(reply)
    assert convo.state.exercises["checkin"]["step"] == "words"
    nothing_kept(convo, items, "checkin")
    # AND the answer after it is kept as the check-in's words
    done = consent_if_asked(convo, convo.say("we laughed at dinner"))
    assert done.said("checkin/saved"), done.keys
    [kept] = notes_of(items, "checkin")
    assert kept["text"] == "we laughed at dinner"


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize(("where", "said", "name"), [
    ("boundary", "can we do the boundary exercise instead", "boundary"),
    ("reflection", "let's do the reflection", "reflection"),
])
def test_asking_for_the_exercise_you_are_in_says_so_and_asks_again(talk, items, nlu, where, said, name):
    convo = at_the_free_text_step(talk, nlu, where)
    step = convo.state.exercises[where]["step"]
    reply = convo.say(said)
    assert reply.said("exercise/already_here") and reply.said(STEP_HELP[where][1]), reply.keys
    assert name in reply.speech.split(".")[0] and not reply.said("exercise/request_heard"), reply.speech
    assert reply.session_open and elicits_text(reply) and convo.state.exercises[where]["step"] == step
    nothing_kept(convo, items, where)


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["add a note", "can I add a note"])
def test_add_a_note_said_as_the_note_says_one_is_open_and_asks_again(talk, items, nlu, said):
    # Skill: A note's already open. What should the note say?
    convo, _ = note_prompt_again(talk, items, nlu, said, "notes/already_adding")
    done = consent_if_asked(convo, convo.say("he said sorry first tonight"))
    assert done.said("notes/saved"), done.keys
    assert [n["text"] for n in notes_of(items)] == ["he said sorry first tonight"]


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["let's do the check-in", "I want to do my check-in"])
def test_lets_do_the_check_in_at_the_boundary_statement_starts_it_and_keeps_the_place(talk, items, nlu, said):
    convo = at_the_free_text_step(talk, nlu, "boundary")
    reply = convo.say(said)
    assert reply.said("exercise/request_detour") and reply.said("checkin/ask_mood"), reply.keys
    assert convo.state.mode == "checkin" and convo.state.exercises["boundary"].get("statement") is None
    kept = progress(items, "boundary")
    assert kept is not None and kept["step"] == "statement"
