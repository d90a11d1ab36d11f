"""Issue 15: a note asked for in the middle of an exercise is taken, and the person is back where they were.

"Add a note that I want to bring up money on Sunday", said during the boundary exercise or the check-in,
is a request for a note: it is kept (under the usual rules: consent first, safety first, "saved" only
after a write), and the same reply asks the step's question again, so nothing of the exercise is lost.
"Add a note" alone asks what it should say, then goes back. Dialogs through the simulator: real Alexa
envelopes through ``lambda_handler``; what the person hears next, and what is stored.
"""

from __future__ import annotations

import json

import pytest
from tools import alexa

from tests.support.notes import ANNA, BEN, agree_and_add, asks_consent, owner_keys, voice

BOTH = ("literal", "general")
MONEY = "i want to bring up money on sunday"


def notes_in(items) -> list[str]:
    return sorted(i["text"].lower() for i in items() if i["sk"].startswith("NOTE#"))


def notes_of(items, device: alexa.Device) -> list[str]:
    pk, _ = owner_keys(device)
    return sorted(i["text"].lower() for i in items() if i["sk"].startswith("NOTE#") and i["pk"] == pk)


def elicits_text(reply) -> bool:
    return any(d.get("type") == "Dialog.ElicitSlot" and d.get("slotToElicit") == "text" for d in reply.directives)


def stored_place(items, name: str) -> dict | None:
    found = next((i for i in items() if i["sk"] == f"META#progress#{name}"), None)
    return json.loads(found["body"]) if found is not None else None


def said_saved(reply) -> bool:
    text = reply.speech.lower()
    return any(w in text for w in ("saved", "kept", "noted", "got that down")) and not any(
        w in text for w in ("isn't", "not saved", "not kept", "couldn't", "wasn't", "nothing", "didn't"))


def open_with_consent(talk, nlu: str, device: alexa.Device, *, consent: bool = True):
    convo = talk(nlu=nlu, device=device)
    convo.say("open steady ground")
    if consent:
        agree_and_add(convo, "we had a calm evening")
    return convo


def at_the_boundary_statement(talk, nlu="literal", device=None, *, consent=True):
    convo = open_with_consent(talk, nlu, device or alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0001"), consent=consent)
    for text in ("start my boundary exercise", "yes", "circular arguments"):
        convo.say(text)
    asked = convo.say("after dinner")
    assert convo.state.exercises["boundary"]["step"] == "statement" and elicits_text(asked), asked.keys
    return convo


def at_the_check_in_words(talk, nlu="literal", device=None):
    convo = open_with_consent(talk, nlu, device or alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0002"))
    convo.say("check in")
    asked = convo.say("four")
    assert convo.state.exercises["checkin"]["step"] == "words" and elicits_text(asked), asked.keys
    return convo


# -- the note said with its words, where the exercise waits for the person's own words ---------------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", [
    "add a note that I want to bring up money on sunday",
    "make a note that I want to bring up money on sunday",
    "note that I want to bring up money on sunday",
    "can you remember that I want to bring up money on sunday",
])
def test_a_note_with_its_words_at_the_boundary_statement_is_kept_and_the_statement_is_asked_again(talk, items, nlu, said):
    # Skill: Step three, your I statement ... what's yours?
    convo = at_the_boundary_statement(talk, nlu)
    before = dict(convo.state.exercises["boundary"])
    # Person: add a note that I want to bring up money on Sunday
    reply = convo.say(said)
    # Skill: Noted. Back to your boundary: your I statement, what's yours?
    assert said_saved(reply), reply.speech
    assert reply.said("boundary/ask/statement") and elicits_text(reply), reply.keys
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert len(reply.speech.split()) <= 30, reply.speech  # short: a line, then the question in its short form
    assert notes_in(items) == sorted(["we had a calm evening", MONEY])
    # AND the exercise is exactly where it was: nothing of the note taken as its answer
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"] == before
    assert stored_place(items, "boundary")["step"] == "statement"
    # AND the next words are the statement
    convo.say("when we go in circles I will stop and we can pick it up tomorrow")
    assert "pick it up tomorrow" in convo.state.exercises["boundary"]["statement"].lower()
    assert notes_in(items) == sorted(["we had a calm evening", MONEY])


@pytest.mark.parametrize("nlu", BOTH)
def test_a_note_with_its_words_at_the_check_in_words_is_kept_and_the_words_are_asked_again(talk, items, nlu):
    # Skill: ... A few words about it are welcome, or say skip. Anything you'd add?
    convo = at_the_check_in_words(talk, nlu)
    # Person: add a note that I want to bring up money on Sunday
    reply = convo.say("add a note that I want to bring up money on sunday")
    # Skill: Noted. Anything you'd add about today?
    assert said_saved(reply) and reply.said("checkin/ask_words") and elicits_text(reply), (reply.keys, reply.speech)
    assert notes_in(items) == sorted(["we had a calm evening", MONEY])
    assert convo.state.exercises["checkin"]["step"] == "words" and not convo.state.exercises["checkin"].get("words")
    # AND the check-in's own words come next, and are its words (not the note's)
    done = convo.say("we laughed at dinner")
    assert done.said("checkin/saved"), done.keys
    kinds = sorted((i.get("kind"), i["text"].lower()) for i in items() if i["sk"].startswith("NOTE#"))
    assert ("checkin", "we laughed at dinner") in kinds and ("note", MONEY) in kinds, kinds


@pytest.mark.parametrize("nlu", BOTH)
def test_a_note_asked_for_at_a_step_with_choices_comes_back_to_those_choices(talk, items, nlu):
    # Skill: How did today feel, from one to five?  /  Step one ... name a pattern: ...?
    convo = open_with_consent(talk, nlu, alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0003"))
    asked = convo.say("check in")
    assert asked.said("checkin/ask_mood"), asked.keys
    reply = convo.say("add a note that I want to bring up money on sunday")
    assert said_saved(reply) and reply.said("checkin/ask_mood"), (reply.keys, reply.speech)
    assert convo.state.mode == "checkin" and convo.state.exercises["checkin"]["step"] == "mood"
    assert convo.say("four").said("checkin/ask_words")
    assert notes_in(items) == sorted(["we had a calm evening", MONEY])


# -- "add a note" alone: what should it say? then back ---------------------------------------------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["add a note", "can you write something down for me", "make a note"])
def test_add_a_note_alone_asks_what_it_should_say_then_goes_back_to_the_step(talk, items, nlu, said):
    convo = at_the_boundary_statement(talk, nlu, alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0004"))
    before = dict(convo.state.exercises["boundary"])
    # Person: add a note
    asked = convo.say(said)
    # Skill: Sure. What should the note say? (then we'll pick up where we were)
    assert asked.session_open and asked.speech.endswith("?") and asked.reprompt and elicits_text(asked), asked.keys
    assert "note" in asked.speech.lower() and not asked.said("exercise/request_heard"), asked.speech
    assert notes_in(items) == ["we had a calm evening"]
    # Person: he gets quiet when he's tired
    back = convo.say("he gets quiet when he is tired")
    # Skill: Saved. Back to your boundary: ... what's yours?
    assert said_saved(back) and back.said("boundary/ask/statement") and elicits_text(back), (back.keys, back.speech)
    assert notes_in(items) == sorted(["we had a calm evening", "he gets quiet when he is tired"])
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"] == before


@pytest.mark.parametrize("said", ["skip", "no", "scratch that"])
def test_no_note_after_all_at_the_note_prompt_keeps_nothing_and_goes_back_to_the_step(talk, items, said):
    convo = at_the_check_in_words(talk, "literal", alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0005"))
    convo.say("add a note")
    reply = convo.say(said)
    assert reply.said("checkin/ask_words") and elicits_text(reply), reply.keys
    assert reply.said("notes/not_kept_ok") and not said_saved(reply), reply.speech
    assert notes_in(items) == ["we had a calm evening"]
    assert convo.state.mode == "checkin" and convo.state.exercises["checkin"]["step"] == "words"


# -- the notes rules hold: consent first, safety first ------------------------------------------------
def test_consent_is_asked_first_when_notes_were_never_agreed_and_a_yes_keeps_it_and_goes_back(talk, items):
    convo = at_the_boundary_statement(talk, "literal", alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0006"), consent=False)
    asked = convo.say("add a note that I want to bring up money on sunday")
    # Skill: May I keep notes for you? ...
    assert asks_consent(asked) and not notes_in(items), asked.keys
    reply = convo.say("yes")
    assert said_saved(reply) and reply.said("boundary/ask/statement") and elicits_text(reply), (reply.keys, reply.speech)
    assert notes_in(items) == [MONEY]
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"]["step"] == "statement"


def test_a_no_to_keeping_notes_keeps_nothing_and_goes_back_to_the_step(talk, items):
    convo = at_the_boundary_statement(talk, "literal", alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0007"), consent=False)
    assert asks_consent(convo.say("add a note that I want to bring up money on sunday"))
    reply = convo.say("no")
    assert reply.said("boundary/ask/statement") and not said_saved(reply), (reply.keys, reply.speech)
    assert not notes_in(items)
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"]["step"] == "statement"


def test_a_note_with_words_of_danger_gets_the_safety_answer_and_is_kept_only_on_a_yes(talk, items):
    convo = at_the_boundary_statement(talk, "literal", alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0008"))
    reply = convo.say("add a note that he said he would hurt me if I left")
    # Skill: (the numbers) ... Would you like me to keep what you said as a note?
    assert reply.said("safety/resources") and reply.said("safety/keep_offer"), reply.keys
    assert notes_in(items) == ["we had a calm evening"]
    assert convo.state.exercises["boundary"]["step"] == "statement"
    # Person: yes -> the note's own words are kept (not the request around them)
    kept = convo.say("yes")
    assert kept.said("safety/kept"), kept.keys
    assert notes_in(items) == sorted(["we had a calm evening", "he said he would hurt me if i left"])
    # Person: yes, carry on -> back at the step, its place as it was
    back = convo.say("yes")
    assert back.said("boundary/ask/statement") and elicits_text(back), back.keys
    assert convo.state.exercises["boundary"]["step"] == "statement" and not convo.state.exercises["boundary"]["statement"]


# -- two people, one Echo --------------------------------------------------------------------------
@pytest.mark.parametrize("said", ["add a note", "add a note that I need to call the plumber"])
def test_another_voice_saying_add_a_note_during_her_exercise_never_adds_to_her_notes_or_hears_her_place(talk, items, said):
    anna, ben = voice(ANNA), voice(BEN)  # for their partitions (the conversation's own device changes voice)
    convo = at_the_boundary_statement(talk, "literal", voice(ANNA))
    mine = notes_of(items, anna)
    # WHEN Ben's voice says "add a note" between Anna's turns
    convo.as_person("BEN00002")
    replies = [convo.say(said)]
    if replies[-1].said("notes/add_prompt"):  # Skill: What should the note say?
        replies.append(convo.say("I need to call the plumber"))
    # THEN it is his note: his own consent is asked (he never agreed), and a yes keeps it in his notes
    assert asks_consent(replies[-1]), replies[-1].keys
    replies.append(convo.say("yes"))
    assert said_saved(replies[-1]), replies[-1].speech
    assert notes_of(items, ben) == ["i need to call the plumber"]
    # AND nothing is added to Anna's notes, and nothing of her boundary is said to him
    assert notes_of(items, anna) == mine
    for reply in replies:
        assert not any(reply.said(k) for k in ("boundary/ask/statement", "boundary/ack", "notes/aside_saved")), reply.keys
        assert "boundary" not in reply.speech.lower() and "after dinner" not in reply.speech.lower(), reply.speech
    # AND when Anna speaks again, her place is there (asked again if her words came without Alexa
    # listening for them whole), and her words are her statement
    convo.as_person("ANNA0001")
    statement = "when we go in circles I will stop and we can pick it up tomorrow"
    back = convo.say(statement)
    if back.said("exercise/missed_words"):
        assert back.said("boundary/ask/statement") and elicits_text(back), back.keys
        back = convo.say(statement)
    assert "pick it up tomorrow" in (convo.state.exercises["boundary"].get("statement") or "").lower(), back.keys
    assert notes_of(items, anna) == mine
    assert "plumber" not in " ".join(notes_of(items, anna))


def test_her_own_note_after_another_voice_is_hers_and_she_is_back_at_her_step(talk, items):
    anna = voice(ANNA)
    convo = at_the_boundary_statement(talk, "literal", voice(ANNA))
    convo.as_person("BEN00002")
    convo.say("what time is it")
    convo.as_person("ANNA0001")
    # Alexa no longer listens for her whole words: "add a note that ..." comes as the notes intent
    reply = convo.say("add a note that I want to bring up money on sunday")
    assert said_saved(reply) and reply.said("boundary/ask/statement"), (reply.keys, reply.speech)
    assert MONEY in notes_of(items, anna)
    assert convo.state.exercises["boundary"]["step"] == "statement"


# -- DynamoDB fails: the truth, and the place kept --------------------------------------------------
def test_a_note_that_could_not_be_saved_is_never_called_saved_and_the_exercise_place_is_kept(talk, items, wire):
    convo = at_the_boundary_statement(talk, "literal", voice(ANNA))
    before = dict(convo.state.exercises["boundary"])
    wire.fail("server_error", "PutItem")
    reply = convo.say("add a note that I want to bring up money on sunday")
    # Skill: I couldn't save that note just now, so it isn't kept. Back to your boundary: ...?
    assert not said_saved(reply), reply.speech
    assert any(w in reply.speech.lower() for w in ("couldn't", "isn't", "wasn't", "not saved")), reply.speech
    assert len(reply.speech.split()) <= 30 and reply.reprompt, reply.speech
    assert reply.said("boundary/ask/statement") and elicits_text(reply), reply.keys
    assert MONEY not in notes_in(items)
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"] == before
    wire.heal()
    # AND a SessionEnded now loses nothing: another day, the launch offers her place back
    convo.end_session("USER_INITIATED")
    later = talk(device=voice(ANNA))
    offer = later.say("open steady ground")
    assert stored_place(items, "boundary")["step"] == "statement"
    assert later.state.question is not None and later.state.question.KIND == "resume", offer.keys


# -- an answer that merely mentions notes is still the answer ------------------------------------------
@pytest.mark.parametrize("answer", ["I want to note that he tries", "I need to remember that he tries too",
                                    "remember that he said sorry last week and meant it"])
def test_an_answer_that_mentions_noting_is_still_the_answer(talk, items, answer):
    convo = at_the_boundary_statement(talk, "literal", alexa.Device(user_id="amzn1.ask.account.ASIDENOTE0009"))
    convo.say(answer)
    assert convo.state.exercises["boundary"]["statement"].lower() == answer.lower()
    assert notes_in(items) == ["we had a calm evening"]
