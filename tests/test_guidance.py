"""Guidance: every topic and every deeper part is reachable by voice."""

from __future__ import annotations

import pytest
from tools import alexa

from steady_ground.guidance import TOPICS
from tests.support.checks import assert_valid_response
from tests.support.notes import asks_before_card


@pytest.mark.parametrize(
    ("phrase", "topic_word"),
    [
        ("why won't my partner go to therapy", "resist"),
        ("how do I bring up counseling", "talk gently"),
        ("what can we try instead", "together"),
        ("tell me about boundaries", "boundaries"),
        ("is this a deal breaker", "deal breaker"),
        ("tell me about fears", "fears"),
        ("tell me about working on myself", "your own growth"),
        ("tell me about individual therapy", "counseling on your own"),
    ],
)
def test_natural_phrasings_open_their_topic(talk, phrase, topic_word):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say(phrase)
    assert topic_word in reply.speech.lower()
    assert "tell me more" in reply.speech.lower() or "tell me more" in reply.reprompt.lower()
    assert_valid_response(reply.raw)


def test_one_shot_topic_request_works_without_opening_first(talk):
    reply = talk().say("ask steady ground about boundaries")
    assert "boundaries" in reply.speech.lower()
    assert reply.session_open


def test_every_topic_and_every_deeper_part_is_reachable_by_voice(talk):
    convo = talk()
    convo.say("open steady ground")
    heard: list[str] = []
    reply = convo.say("tell me about why partners resist therapy")
    for index, _topic in enumerate(TOPICS):
        heard.append(reply.speech)
        parts = 0
        while True:
            reply = convo.say("tell me more")
            if reply.speech.startswith(("That's all I have on", "I've shared everything on")):
                break
            heard.append(reply.speech)
            parts += 1
            assert parts <= 3
        assert parts >= 2, f"topic {index} has two or three deeper parts"
        reply = convo.say("next topic")
    # the last "next topic" wraps to the topic list
    assert "last topic" in reply.speech.lower() or "no more topics" in reply.speech.lower()
    assert len(set(heard)) == len(heard)


def test_guidance_menu_lists_topics_in_two_short_pages(talk):
    convo = talk()
    convo.say("open steady ground")
    first = convo.say("guidance")
    assert first.speech.count(";") == 3 and "why partners resist therapy" in first.speech and first.speech.endswith("?")
    second = convo.say("more topics")
    assert second.speech.count(";") == 3 and "deal breaker" in second.speech and "resist" not in second.speech
    chosen = convo.say("setting boundaries that protect you")
    assert "boundar" in chosen.speech.lower()


def test_repeat_says_the_same_piece_again(talk):
    convo = talk()
    convo.say("open steady ground")
    piece = convo.say("tell me about boundaries")
    again = convo.say("repeat")
    assert again.speech == piece.speech
    assert again.reprompt == piece.reprompt


def test_previous_topic_and_start_over(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    back = convo.say("previous topic")
    assert "your own growth" in back.speech.lower()
    again = convo.say("start over")
    assert "your own growth" in again.speech.lower()


def test_topic_that_matches_nothing_gets_the_menu(talk):
    convo = talk()
    convo.say("open steady ground")
    slots = {"topic": alexa.slot("topic", "gardening", slot_type="TopicType")}
    reply = convo.send(alexa.intent("GuidanceIntent", slots))
    assert "isn't one of mine" in reply.speech or "couldn't match" in reply.speech or "No topic by that name" in reply.speech
    assert reply.session_open
    assert_valid_response(reply.raw)


def test_missing_topic_slot_gets_the_menu(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.send(alexa.intent("GuidanceIntent", {}))
    assert "why partners resist therapy" in reply.speech and reply.speech.count(";") == 3
    assert_valid_response(reply.raw)


def test_guidance_turns_never_touch_storage(talk, dynamo):
    # GIVEN a one-shot guidance request, and a count of every DynamoDB call the skill makes
    from steady_ground.storage.client import dynamodb_client

    calls: list[str] = []
    dynamodb_client().meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name))
    convo = talk()
    convo.say("ask steady ground about boundaries")
    convo.say("tell me more")
    convo.say("next topic")
    assert calls == []


def test_send_topic_to_phone_puts_its_summary_in_a_card(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    ask = convo.say("send that to my phone")
    assert asks_before_card(ask)
    reply = convo.say("yes")
    assert reply.card is not None
    assert "boundar" in reply.card[0].lower()
    assert reply.session_open


def test_a_topic_heard_with_ampersands_angle_brackets_and_quotes_still_gets_valid_speech(talk):
    convo = talk()
    convo.say("open steady ground")
    slots = {"topic": alexa.slot("topic", 'Tom & "Jerry" <b>', slot_type="TopicType")}
    reply = convo.send(alexa.intent("GuidanceIntent", slots))
    assert_valid_response(reply.raw)
    assert reply.session_open
