"""Issue 15, wave 9: answers that fit the step. Each test is a short dialog through the simulator (real
envelopes through lambda_handler), through both NLU stand-ins where both hear the words: what the
person hears next, and what is (or is not) saved.

1. At the boundary's "help me choose" questions, a frequency ("all the time", "hardly ever") is a yes
   or a no, as at the reflection's yes/no questions, never a "sorry, I missed that".
2. A first step ("maybe a podcast") said at the menu or among the topics opens "trying things together".
3. While notes are read, "say that again" reads the page just heard again, by the same privacy rules.
4. At the check-in's optional words, "nothing really" skips them and "I'm gonna stop here" stops with
   nothing kept; at the reflection's few words, "no, that's all" declines them.
5. Where plan-the-talk asks when, a length ("time our talk for twenty minutes") is not kept as when.
"""

from __future__ import annotations

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import ANNA, agree_and_add, voice
from tests.test_household_safety_notes import keep_after_safety

BOTH = ("literal", "general")
START = "ask steady ground to start my boundary exercise"


def boundary(convo) -> dict:
    return convo.state.exercises.get("boundary") or {}


def at_the_probe(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say(START)
    convo.say("yes")
    reply = convo.say("help me choose")
    assert boundary(convo)["step"] == "probe" and boundary(convo)["probe"] == 0, reply.keys
    assert "same arguments keep coming back" in reply.speech  # the first pattern's question
    return convo


# -- 1. the boundary probe hears a frequency as yes or no -------------------------------------
@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["all the time", "constantly"])
def test_at_help_me_choose_all_the_time_is_a_yes_to_that_pattern(talk, nlu, said):
    # Skill: Do the same arguments keep coming back, never quite settled?
    convo = at_the_probe(talk, nlu)
    # Person: all the time
    reply = convo.say(said)
    # Skill: Then let's work on circular arguments. ... When does this tend to happen?
    assert "boundary/probe_match" in reply.keys and "circular arguments" in reply.speech, reply.speech
    assert "missed" not in reply.speech.lower()
    assert boundary(convo)["step"] == "moment" and boundary(convo)["strategy"] == "circular"
    assert reply.session_open and reply.reprompt
    assert_valid_response(reply.raw)


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["rarely", "hardly ever"])
def test_at_help_me_choose_hardly_ever_is_a_no_and_the_next_pattern_is_asked(talk, nlu, said):
    convo = at_the_probe(talk, nlu)
    reply = convo.say(said)
    # Skill: Okay. Do you often end up holding all of your partner's hard feelings ...?
    assert "boundary/probe_next" in reply.keys, reply.keys
    assert "hard feelings" in reply.speech and "missed" not in reply.speech.lower(), reply.speech
    assert boundary(convo)["step"] == "probe" and boundary(convo)["probe"] == 1
    assert boundary(convo).get("strategy") is None


def test_at_help_me_choose_yes_every_single_time_is_a_yes(talk):
    # The generalising stand-in hears "yes, every single time" as a frequency (the literal one has no
    # sample for it: the model's half, not the skill's)
    convo = at_the_probe(talk, "general")
    reply = convo.say("yes, every single time")
    assert "boundary/probe_match" in reply.keys and boundary(convo)["strategy"] == "circular", reply.keys


def test_at_help_me_choose_every_single_time_as_alexa_sends_it_is_a_yes(talk):
    # Alexa sends the words said in the slot: "every single time", whatever value it resolved them to
    convo = at_the_probe(talk, "literal")
    said = alexa.slot("frequency", "every single time", slot_type="FrequencyType")
    reply = convo.send(alexa.intent("FrequencyAnswerIntent", {"frequency": said}))
    assert "boundary/probe_match" in reply.keys and boundary(convo)["strategy"] == "circular", reply.keys


# -- 2. a first step said outside plan-the-talk opens "trying things together" -----------------
def in_mode(talk, nlu, mode):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    if mode == "guidance_menu":
        convo.say("what topics do you have")
    elif mode == "guidance":
        convo.say("tell me about boundaries")
    assert convo.state.mode == mode, convo.state.mode
    return convo


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("mode", ["menu", "guidance_menu", "guidance"])
@pytest.mark.parametrize("said", ["maybe a podcast", "a book we read together", "date night"])
def test_a_first_step_said_at_the_menu_or_in_the_topics_opens_trying_things_together(talk, nlu, mode, said):
    convo = in_mode(talk, nlu, mode)
    # Person: maybe a podcast
    reply = convo.say(said)
    # Skill: Here's a short piece on trying things together. ... a podcast you talk over afterward. ...?
    assert "trying things together" in reply.speech and "podcast" in reply.speech, reply.speech
    assert "builtins/unknown" not in reply.keys and "builtins/not_understood" not in reply.keys
    assert convo.state.mode == "guidance" and convo.state.topic == "try_together"
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert_valid_response(reply.raw)


def test_a_book_or_a_podcast_we_could_do_together_in_the_topic_menu_opens_that_topic(talk):
    convo = in_mode(talk, "general", "guidance_menu")
    reply = convo.say("maybe a book or a podcast we could do together")
    assert convo.state.topic == "try_together" and "trying things together" in reply.speech, reply.keys


def test_in_plan_the_talk_a_first_step_is_still_the_plans_answer(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("help me plan the talk")
    convo.say("skip")  # the hope
    convo.say("skip")  # the worry
    assert convo.state.exercises["plan"]["step"] == "first_step"
    convo.say("maybe a podcast")
    plan = convo.state.exercises["plan"]
    assert plan["first_step"] == "podcast" and convo.state.mode == "plan" and convo.state.topic != "try_together"


# -- 3. "say that again" while notes are read ---------------------------------------------------
FIVE = ["we walked by the river", "he cooked dinner for once", "I slept badly again",
        "my sister called to check in", "we laughed at an old film"]
HOME = "amzn1.ask.account.REPEATNOTES01"


def with_notes(talk, device, said=FIVE, nlu="literal"):
    convo = talk(device=device, nlu=nlu)
    for text in said:
        agree_and_add(convo, text)
        convo.advance(1)
    return convo


def heard_notes(reply, said=FIVE) -> list[str]:
    return [n for n in said if n.lower() in reply.speech.lower()]


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("again", ["say that again", "repeat that"])
def test_say_that_again_while_notes_are_read_reads_the_same_page_again(talk, nlu, again):
    convo = with_notes(talk, voice(ANNA, HOME), nlu=nlu)
    convo.say("open steady ground")
    # Person: read my notes. Skill: (the three newest) ... Shall I go on?
    first = convo.say("read my notes")
    page = heard_notes(first)
    assert len(page) == 3 and first.said("notes/more_prompt"), first.speech
    # Person: say that again. Skill: the same three notes, then: Shall I go on?
    reply = convo.say(again)
    assert heard_notes(reply) == page, reply.speech
    assert reply.said("notes/more_prompt") and reply.session_open and reply.reprompt
    assert_valid_response(reply.raw)
    # AND "more" then goes on to the notes not yet heard, not the same page a third time
    reply = convo.say("yes")
    rest = heard_notes(reply)
    assert rest and not set(rest) & set(page), reply.speech
    # AND on the second page, "say that again" reads the second page
    reply = convo.say(again)
    assert heard_notes(reply) == rest, reply.speech


def test_say_that_again_to_an_unrecognized_voice_still_holds_back_the_note_kept_after_safety(talk):
    her = with_notes(talk, alexa.Device(user_id=HOME))
    keep_after_safety(her)
    her.say("stop")
    # WHEN a voice Alexa doesn't recognize reads the notes (after the one-time notice) ...
    him = talk(device=alexa.Device(user_id=HOME))
    him.advance(1)
    him.say("open steady ground")
    reply = him.say("read my notes")
    page = heard_notes(reply)
    assert page and reply.said("notes/held_back") and reply.said("notes/more_prompt"), reply.speech
    # ... and says "say that again"
    again = him.say("say that again")
    # THEN the same page is read again, and the note kept after the safety answer is held back again
    assert heard_notes(again) == page and again.said("notes/held_back"), again.speech
    assert again.said("notes/more_prompt")
    for heard in (reply, again):
        assert "hurt" not in heard.speech.lower() and "left" not in heard.speech.lower(), heard.speech


def test_say_that_again_from_another_voice_after_annas_notes_reads_her_nothing(talk):
    # GIVEN Anna, recognized, hears her notes, the one kept after the safety answer among them
    anna = with_notes(talk, voice(ANNA, HOME), FIVE[:2])
    keep_after_safety(anna)
    anna.say("stop")
    anna = talk(device=voice(ANNA, HOME))
    anna.say("open steady ground")
    reply = anna.say("read my notes")
    assert "hurt me" in reply.speech.lower(), reply.speech
    # WHEN a voice Alexa doesn't recognize says "say that again" on the same Echo
    anna.as_person(None)
    other = anna.say("say that again")
    # THEN none of her notes is read to it
    assert "hurt" not in other.speech.lower() and not heard_notes(other, FIVE[:2]), other.speech
    assert other.session_open


# -- 4. optional words: nothing to add is a skip, stopping is a stop ------------------------------
def at_the_check_in_words(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("four")
    assert convo.state.exercises["checkin"]["step"] == "words"
    return convo


def checkins(items) -> list[dict]:
    return [i for i in items() if i["sk"].startswith("NOTE#") and i.get("kind") == "checkin"]


def said_words(convo, words: str):
    """The words as Alexa sends them to the open ElicitSlot: the whole utterance in the text slot."""
    return convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", words)}))


def consent_if_asked(convo, reply):
    return convo.say("yes") if reply.said("notes/consent") or reply.said("privacy/consent_shared") else reply


@pytest.mark.parametrize(("nlu", "said"), [
    ("literal", "nothing"), ("literal", "nothing really"), ("general", "nothing really"),
    ("literal", "no words today"), ("general", "no words today"), ("exact", "nothing"), ("exact", "nothing to add"),
])
def test_nothing_to_add_at_the_check_in_words_skips_them_and_the_check_in_is_kept(talk, items, nlu, said):
    # Skill: Four, noted. Would you like to add a few words about today?
    convo = at_the_check_in_words(talk, "literal" if nlu == "exact" else nlu)
    # Person: nothing really
    reply = said_words(convo, said) if nlu == "exact" else convo.say(said)
    # Skill: Today's practice: ... (then, the first time, whether to keep notes)
    assert reply.session_open and reply.said("checkin/practice"), reply.keys
    reply = consent_if_asked(convo, reply)
    # Skill: Today's check-in is saved. ...
    assert reply.said("checkin/saved"), reply.keys
    [kept] = checkins(items)
    assert kept["text"] == "" and said not in str(kept), kept  # the rating, not "nothing really" as the words


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["I'm gonna stop here", "I'll stop there"])
def test_stopping_at_the_check_in_words_stops_and_keeps_nothing_as_the_days_words(talk, items, nlu, said):
    convo = at_the_check_in_words(talk, nlu)
    # Person: I'm gonna stop here. Skill: Okay, we'll pause here. Say check in whenever you're ready.
    # (Heard as Alexa's Stop, it is the goodbye with the place kept: a stop either way.)
    reply = convo.say(said)
    assert not reply.session_open and (reply.said("checkin/paused") or reply.said("builtins/goodbye")), reply.keys
    assert "consent" not in " ".join(reply.keys) and "checkin/practice" not in reply.keys
    assert not [i for i in items() if i["sk"].startswith("NOTE#")], "nothing kept, those words least of all"


def at_the_reflection_words(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    convo.say("start the reflection")
    convo.say("yes")
    if convo.state.exercises["reflection"]["step"] == "ask":
        convo.say("a few times a week")
    reflection = convo.state.exercises["reflection"]
    assert reflection["step"] == "words" and reflection["index"] == 0, reflection
    return convo


@pytest.mark.parametrize("how", ["literal", "exact words", "exact no"])
def test_no_thats_all_at_the_reflections_few_words_declines_them_and_the_reflection_goes_on(talk, how):
    # Skill: Say skip if you like, or put it in your own words: what comes to mind?
    convo = at_the_reflection_words(talk, "literal")
    # Person: no, that's all
    if how == "literal":
        reply = convo.say("no that's all")
    elif how == "exact words":
        reply = said_words(convo, "no, that's all")
    else:
        reply = convo.send(alexa.intent("AMAZON.NoIntent"))
    # Skill: (no words kept) Next question. Do you give up your peace of mind ...?
    reflection = convo.state.exercises["reflection"]
    assert reflection["step"] == "ask" and reflection["index"] == 1, reflection
    assert not reflection.get("words"), reflection  # "no that's all" is not kept as their words
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert "reflection/words_thanks" not in reply.keys, reply.keys


# -- 5. plan-the-talk: how long is not when -----------------------------------------------------
def at_the_plans_moment(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    convo.say("help me plan the talk")
    for _ in range(3):  # hope, worry, first step: all optional
        convo.say("skip")
    reply = convo.say("what was the question")
    assert convo.state.exercises["plan"]["step"] == "moment", reply.keys
    return convo


@pytest.mark.parametrize("nlu", BOTH)
@pytest.mark.parametrize("said", ["time our talk for twenty minutes", "let's keep it to half an hour"])
def test_a_length_said_where_the_plan_asks_when_is_not_kept_as_when(talk, items, nlu, said):
    # Skill: Step four. Pick a calm moment ... When could you bring it up?
    convo = at_the_plans_moment(talk, nlu)
    # Person: time our talk for twenty minutes
    reply = convo.say(said)
    # Skill: That sounds like how long, not when. On the day, ask Steady Ground to time our talk.
    #        When could you bring it up calmly?
    plan = convo.state.exercises["plan"]
    assert plan["step"] == "moment" and plan.get("moment") is None, plan
    assert "plan/how_long_not_when" in reply.keys and "time our talk" in reply.speech, reply.speech
    assert reply.speech.endswith("?") and "when" in reply.reprompt.lower(), reply.reprompt
    assert len(reply.speech.split()) <= 30, reply.speech  # a question's word budget
    assert_valid_response(reply.raw)
    # WHEN they then say when, THEN that is the moment, and the plan goes on to the opening line
    reply = convo.say("Saturday morning over coffee")
    plan = convo.state.exercises["plan"]
    assert plan["moment"] == "Saturday morning over coffee" and plan["step"] == "opening"
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]


def test_a_length_said_twice_where_the_plan_asks_when_offers_to_move_on(talk):
    convo = at_the_plans_moment(talk, "literal")
    convo.say("let's keep it to half an hour")
    reply = convo.say("half an hour")
    plan = convo.state.exercises["plan"]
    assert plan.get("moment") is None and plan["offered"], plan  # never stuck: "shall we move on?"
    assert reply.session_open and reply.speech.endswith("?")
    convo.say("yes")
    assert convo.state.exercises["plan"]["step"] == "opening"
    assert convo.state.exercises["plan"].get("moment") is None


@pytest.mark.parametrize("said", ["in an hour", "twenty minutes after dinner"])
def test_a_moment_that_mentions_minutes_or_hours_is_still_the_moment(talk, said):
    convo = at_the_plans_moment(talk, "general")
    convo.say(said)
    assert convo.state.exercises["plan"]["moment"] == said


# -- households and new users (played through the simulator) -----------------------------------
@pytest.mark.parametrize("nlu", BOTH)
def test_um_what_um_at_the_menu_asks_for_their_own_words_not_the_same_apology_again(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    # Person: um. Skill: Hmm, I didn't quite get that. For example, say guidance ... What would you like?
    first = convo.say("um")
    assert first.said("builtins/fallback"), first.keys
    # Person: what? Skill: (the same, again: they didn't hear it)
    again = convo.say("what")
    assert again.speech == first.speech
    # Person: um. Skill: In your own words, what's on your mind? (not that apology a third time)
    reply = convo.say("um")
    assert reply.said("builtins/own_words") and reply.speech != first.speech, reply.keys
    assert reply.session_open and reply.reprompt.endswith("?")


@pytest.mark.parametrize("nlu", BOTH)
def test_skip_after_the_safety_answer_mid_exercise_goes_on_and_the_next_answer_is_the_steps(talk, nlu):
    convo = talk(nlu=nlu)
    convo.say(START)
    convo.say("yes")
    convo.say("circular arguments")
    assert boundary(convo)["step"] == "moment"
    # Alexa heard the safety intent (an unclear need): Skill: the numbers ... Keep going, or stop?
    reply = convo.send(alexa.intent("SafetyIntent", {"need": alexa.slot("need", None)}))
    assert reply.said("safety/resources") and reply.session_open
    # Person: skip. Skill: ... Step three, your I statement ... what's yours?
    reply = convo.say("skip")
    assert boundary(convo)["step"] == "statement" and reply.said("boundary/ask/statement"), reply.keys
    # Person: (their I statement). Skill: Okay. Step four ...: it is kept as the statement, not taken
    # by the safety question ("shall we carry on?") again
    statement = "when the fight restarts I will step away"
    reply = convo.say(statement)
    assert not reply.said("safety/offer"), reply.keys
    assert boundary(convo)["step"] == "consequence" and boundary(convo)["statement"] == statement
