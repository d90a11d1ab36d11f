"""Faults found by playing the skill from outside as new users would (wave 8 QA), each pinned by
a conversation of real envelopes through lambda_handler.

A template's ``pick`` varies its phrasing by request id, so a fault in one phrasing is heard only on
some requests. ``request_ids(run)`` makes a run's request ids fixed, and each test plays several
runs: every phrasing is reached, the same way each time.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response

RUNS = range(8)


@pytest.fixture
def request_ids(monkeypatch: pytest.MonkeyPatch):
    def use(run: int) -> None:
        counter = itertools.count(run * 10_000 + 1)
        monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))

    return use


@pytest.mark.parametrize("run", RUNS)
def test_asked_for_their_own_words_the_reprompt_still_asks(talk, request_ids, run):
    # GIVEN a first visit where the person is not understood twice in a row
    request_ids(run)
    convo = talk()
    convo.say("open steady ground")
    convo.send(alexa.intent("AMAZON.FallbackIntent"))

    # WHEN the skill asks them to say it in their own words
    reply = convo.send(alexa.intent("AMAZON.FallbackIntent"))

    # THEN the session stays open and, if they say nothing, Alexa asks again with a question
    assert reply.said("builtins/own_words") and reply.session_open
    assert reply.reprompt.endswith("?"), reply.reprompt
    assert_valid_response(reply.raw)


@pytest.mark.parametrize("run", RUNS)
def test_next_after_going_straight_to_the_last_topic_claims_no_tour(talk, request_ids, run):
    # GIVEN someone who opened only the last topic, deal breakers
    request_ids(run)
    convo = talk()
    convo.say("open steady ground")
    convo.say("is this a deal breaker")

    # WHEN they say next
    reply = convo.say("next")

    # THEN they hear it was the last topic, and are not told they've been through every topic
    assert reply.said("guidance/last_topic") and reply.session_open
    assert "every topic" not in reply.speech.lower(), reply.speech


@pytest.mark.parametrize("number", ["seven", "ten"])
def test_a_check_in_number_off_the_scale_is_told_the_scale(talk, items, number):
    # GIVEN a check-in, asked for a number from one to five
    convo = talk(nlu="general")
    convo.say("open steady ground")
    convo.say("check in")

    # WHEN the person answers clearly, but with a number off that scale
    reply = convo.say(number)

    # THEN they hear the scale again, not that they weren't heard, and nothing is saved
    assert reply.session_open and reply.speech.endswith("?")
    said = reply.speech.lower()
    assert "one to five" in said, reply.speech
    assert "didn't" not in said and "missed" not in said, reply.speech
    assert not [i for i in items() if i.get("kind") == "checkin"]
    assert_valid_response(reply.raw)

    # AND a number on the scale then carries the check-in on
    reply = convo.say("four")
    assert reply.session_open and reply.said("checkin/heard_rating")
