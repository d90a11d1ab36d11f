"""Issue 15, wave 17 (the pending hands' misses, by family of meaning, where new writers are weakest: the
first visit, the menus, notes and the check-in's mood): heard through the generalising simulator NLU
(tools/nlu_general.py) and the skill, as the person would notice them. None of these sentences is a corpus
line or a sample of the model: each is another sentence of a family the model or the skill now hears."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from tools.gen_models import joins_badly

from steady_ground.conversation import checkin
from steady_ground.conversation.machine import Ev, Event
from steady_ground.session import Consent
from tests.test_checkin_conversation import agree_to_notes, checkins, device
from tests.test_talking_naturally import VERDICTS

ROOT = Path(__file__).resolve().parent.parent


def opened(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    return convo


def at_the_topic_menu(talk):
    convo = opened(talk)
    assert convo.say("guidance").said("guidance/menu")
    return convo


# -- asking for help to choose: at the topic menu, and at the menu ---------------------------------------------
@pytest.mark.parametrize("said", ["how do i pick one", "hmm i don't know which one to pick"])
def test_help_to_choose_at_the_topic_menu_helps_and_says_the_same_topics_again(talk, said):
    convo = at_the_topic_menu(talk)
    page = convo.state.menu_page
    # WHEN the person, at the topic menu, asks how to choose
    reply = convo.say(said)
    # THEN a word on choosing, then the same topics, still at the topic menu (it was "that's not something I
    # can do" and the features of the skill)
    assert reply.said("guidance/menu_help") and reply.said("guidance/menu"), reply.keys
    assert not reply.said("builtins/unknown"), reply.speech
    assert reply.state.mode == "guidance_menu" and reply.state.menu_page == page and reply.session_open


@pytest.mark.parametrize("said", ["i'm not sure which one, can you help me choose", "could you help me pick one"])
def test_help_to_choose_at_the_menu_suggests_a_place_to_start(talk, said):
    convo = opened(talk)
    # WHEN, at the menu, the person asks for help choosing
    reply = convo.say(said)
    # THEN a gentle place to start is offered, and yes opens it
    assert reply.said("guidance/not_sure") and not reply.said("builtins/unknown"), reply.keys
    assert reply.speech.endswith("?") and reply.session_open
    started = convo.say("yes")
    assert started.state.mode == "guidance" and started.said("guidance/topics/why_resist"), started.keys


def test_the_next_four_at_the_topic_menu_are_the_other_topics(talk):
    convo = at_the_topic_menu(talk)
    assert convo.state.menu_page == 0
    reply = convo.say("the next four please")
    # THEN the other four topics (it was a rating of four, answered with "that's not something I can do")
    assert reply.said("guidance/menu") and reply.state.menu_page == 1, reply.keys
    assert reply.session_open


# -- the first visit: what this is, who hears it, what to say ----------------------------------------------------
@pytest.mark.parametrize(("said", "answer"), [
    ("sorry but what are you supposed to be for", "builtins/about"),  # what the skill is, in doubtful words
    ("i don't really get what you're for to be honest", "builtins/about"),
    ("is this private, can anybody else hear what i say to you", "privacy/info"),  # it was the crisis answer
    ("does anybody else get to hear what i tell you", "privacy/info"),
    ("okay so what do i say to get started", "builtins/help"),  # what to say, asked first
    ("i'm new to this what do i say to start", "builtins/help"),
])
def test_a_first_question_about_the_skill_is_answered_for_what_it_asks(talk, said, answer):
    reply = opened(talk).say(said)
    assert reply.said(answer), reply.keys
    assert not any(k.startswith("safety/") for k in reply.keys), reply.keys
    assert reply.session_open


@pytest.mark.parametrize("said", ["i'm trying to work out whether to leave her",
                                  "help me figure out if i should leave him"])
def test_working_out_whether_to_leave_is_answered_warmly_without_a_verdict(talk, said):
    reply = opened(talk).say(said)
    # THEN the decision is theirs and a piece to think it through is offered: not the crisis answer
    assert reply.said("guidance/decision"), reply.keys
    assert not any(k.startswith("safety/") for k in reply.keys), reply.keys
    assert not any(v in reply.speech.lower() for v in VERDICTS), reply.speech
    assert reply.speech.endswith("?") and reply.session_open


def test_the_boundary_exercise_asked_for_first_after_a_change_of_mind_starts_it(talk):
    reply = opened(talk).say("can we do the check in, no wait, the boundary one first")
    assert reply.said("boundary/ask/consent"), reply.keys


# -- notes: what happens to them, and taking back the last --------------------------------------------------------
@pytest.mark.parametrize("said", ["so what happens to my notes", "what will you do with my notes"])
def test_what_happens_to_the_notes_asked_at_the_consent_question_is_answered_and_the_note_still_waits(talk, items, said):
    convo = opened(talk)
    convo.say("add a note")
    asked = convo.say("we cooked together and it was easy")
    assert isinstance(asked.state.question, Consent), asked.keys
    # WHEN the person asks what happens to their notes before saying yes
    reply = convo.say(said)
    # THEN they hear who could hear them, and the question is asked again (their notes were read out
    # instead, and the note waiting was dropped)
    assert reply.said("privacy/consent_again"), reply.keys
    assert not reply.said("notes/entry") and not reply.said("notes/none"), reply.keys
    assert isinstance(reply.state.question, Consent), reply.keys
    convo.say("yes")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["we cooked together and it was easy"]


@pytest.mark.parametrize("said", ["could i take back the last thing i had you save",
                                  "undo what i just saved please"])
def test_taking_back_the_last_thing_saved_deletes_only_that_note(talk, items, said):
    convo = opened(talk)
    for text in ("he made me tea this morning", "we argued about money again"):
        convo.say("add a note")
        agree_to_notes(convo, convo.say(text))
        convo.clock += timedelta(minutes=5)
    reply = convo.say(said)
    assert reply.said("notes/deleted_last"), reply.keys
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["he made me tea this morning"]


# -- the reflection: back to the question before ----------------------------------------------------------------
def test_back_to_the_last_question_in_the_reflection_asks_it_again(talk):
    convo = opened(talk)
    convo.say("start my reflection")
    convo.say("weekly")
    convo.say("skip")
    assert convo.state.exercises["reflection"]["index"] == 1
    reply = convo.say("sorry can we go back to the last question")
    assert convo.state.exercises["reflection"]["index"] == 0, reply.keys
    assert "how often" in reply.speech.lower(), reply.speech


# -- the check-in's mood: no fun, good-ish -------------------------------------------------------------------
@pytest.mark.parametrize(("said", "rating"), [("not much fun today", 2),
                                              ("goodish i suppose", 4)])
def test_a_day_said_as_no_fun_or_good_ish_is_its_rating(talk, alexa_api, items, said, rating):
    convo = talk(device=device(alexa_api), nlu="general")
    convo.say("open steady ground")
    convo.say("check in")
    reply = convo.say(said)
    assert reply.said("checkin/heard_rating"), (said, reply.keys)
    agree_to_notes(convo, convo.say("nah not tonight"))
    [note] = checkins(items)
    assert note["data"]["rating"] == rating, note["data"]


@pytest.mark.parametrize("said", ["we had a proper laugh at dinner", "he had us in stitches, a proper laugh"])
def test_a_laugh_had_together_is_read_as_a_good_day(said):
    assert checkin.rating_of(Event(Ev.NOMATCH, said)) == 4


# -- the model: no sentence no one says -------------------------------------------------------------------------
def test_no_sample_puts_a_request_before_a_question():
    """'could you what topics do you have' is no sentence; a carrier's request before a question core is never
    a sample (tools/gen_models.py ``joins_badly``), and none is left in the model."""
    model = json.loads((ROOT / "interaction_models" / "en-US.json").read_text(encoding="utf-8"))
    said = [s for it in model["interactionModel"]["languageModel"]["intents"] for s in it.get("samples", [])]
    bad = [s for s in said if any(joins_badly(" ".join(s.split()[:i]) + " {}", " ".join(s.split()[i:]))
                                  for i in range(1, len(s.split())))]
    assert bad == []
    assert joins_badly("could you {}", "what sort of advice do you have")
    assert not joins_badly("could you tell me {}", "what topics you have") and not joins_badly("can I {}", "have the topics")
