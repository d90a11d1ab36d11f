"""Issue 15: what a first-timer says right after the welcome and its list of offers opens the right
thing, with the model's own sentences and with the generalising stand-in. One of each family; none
of them a corpus line: a feature in their own words, a pick from the list, "what is this?", "how does
this work?", and not knowing where to start."""

from __future__ import annotations

import itertools

import pytest
from tools import alexa

NLUS = ("literal", "general")
PEOPLE = itertools.count(1)


def first_visit(talk, nlu: str):
    """A new person each time: an exercise one of them started is not offered back to the next."""
    convo = talk(device=alexa.Device(user_id=f"amzn1.ask.account.FIRSTTIMER{next(PEOPLE):04d}"), nlu=nlu)
    welcome = convo.say("open steady ground")
    assert welcome.session_open
    return convo


# (what they say, where it takes them: the room). The literal stand-in hears only the model's own
# sentences, so it gets the family's plain form; the generalising one gets it said another way.
OWN_WORDS = {
    "literal": (
        ("some tips please", "guidance_menu"),  # guidance, said as tips
        ("so the advice part", "guidance_menu"),
        ("the daily one", "checkin"),
        ("um the boundary bit", "boundary"),
        ("the reflection bit please", "reflection"),
        ("the planning one", "plan"),
        ("that first one", "guidance_menu"),  # the welcome names guidance first
    ),
    "general": (
        ("i could use some tips", "guidance_menu"),
        ("just some advice really", "guidance_menu"),
        ("that daily check in thing", "checkin"),
        ("that boundary bit you mentioned", "boundary"),
        ("the reflection bit please", "reflection"),
        ("the one about planning a talk", "plan"),
        ("that first one sounds good", "guidance_menu"),
    ),
}


@pytest.mark.parametrize("nlu", NLUS)
def test_a_first_timer_naming_an_offer_in_their_own_words_is_taken_there(talk, nlu):
    for said, room in OWN_WORDS[nlu]:
        reply = first_visit(talk, nlu).say(said)
        assert reply.state.mode == room, (nlu, said, reply.speech)
        assert reply.session_open and "sorry" not in reply.speech.lower(), (nlu, said, reply.speech)


ASKS = {
    "literal": (
        ("wait is this a robot", "builtins/about"),
        ("so is this a therapy app", "builtins/about"),
        ("um how does it work", "builtins/help"),
        ("how do I get started", "builtins/help"),
        ("um just tell me something helpful", "guidance/not_sure"),
        ("I haven't a clue", "guidance/not_sure"),
    ),
    "general": (
        ("wait is this some sort of ai thing", "builtins/about"),
        ("is this a therapist or what", "builtins/about"),
        ("um how does all this work then", "builtins/help"),
        ("how do i get going with this", "builtins/help"),
        ("can you just tell me something helpful", "guidance/not_sure"),
        ("honestly i haven't a clue where to start", "guidance/not_sure"),
    ),
}


@pytest.mark.parametrize("nlu", NLUS)
def test_a_first_timers_question_about_the_skill_or_where_to_start_is_answered(talk, nlu):
    for said, key in ASKS[nlu]:
        reply = first_visit(talk, nlu).say(said)
        assert reply.said(key), (nlu, said, reply.keys, reply.speech)
        assert reply.session_open and reply.speech.rstrip().endswith("?"), (nlu, said, reply.speech)


@pytest.mark.parametrize("nlu", NLUS)
def test_not_knowing_where_to_start_gets_a_piece_offered_and_yes_opens_it(talk, nlu):
    convo = first_visit(talk, nlu)
    offer = convo.say("um just tell me something helpful")
    assert offer.said("guidance/not_sure"), (nlu, offer.speech)
    reply = convo.say("yes please")
    assert reply.state.mode == "guidance" and reply.state.topic == "why_resist", (nlu, reply.speech)
