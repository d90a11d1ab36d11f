"""Issue 15, wave 14: families of how people talk, heard through the generalising simulator NLU
(tools/nlu_general.py) and the skill's own readings, as the person would notice them in the conversation:
what is kept as their answer and what is said back."""

from __future__ import annotations

import pytest

from tests.support.talking import checkin_asked, kept_rating, reflection_started


def test_how_often_said_twice_over_in_other_words_is_kept_as_how_often(talk):
    convo = reflection_started(talk)
    # WHEN how often is said, then the same again in other words: the second saying backs the first
    reply = convo.say("oh daily it's constant")
    # THEN it is kept as every day and acknowledged, not taken as a plain yes or met with a re-ask
    assert reply.state.exercises["reflection"]["answers"] == {"frequency": "daily"}, reply.speech
    assert reply.said("reflection/ack"), reply.keys
    assert "sorry" not in reply.speech.lower()


@pytest.mark.parametrize("said", ["it was mid ngl", "pretty mid today"])
def test_a_so_so_day_called_mid_is_kept_as_a_three(talk, alexa_api, items, said):
    convo = checkin_asked(talk, alexa_api)
    reply = convo.say(said)
    # THEN the rating is heard and said back, the session goes on ...
    assert reply.session_open, reply.speech
    assert reply.said("checkin/heard_rating"), (reply.keys, reply.speech)
    # ... and the day kept is a middling one
    assert kept_rating(convo, items) == 3
