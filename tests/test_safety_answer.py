"""The safety answer, as a person hears it: calm resources from anywhere, nothing kept, a gentle way on."""

from __future__ import annotations

import logging
import re

import pytest
from tools import alexa
from tools.simulator import Simulator

from steady_ground.config import LOCALES
from tests.conftest import DEFAULT_CLOCK
from tests.support.checks import assert_valid_response, ssml_of
from tests.support.ssml import assert_alexa_ssml

US_NUMBERS = ("911", "988", "1-800-799-7233", "START", "88788")
CHEERFUL = re.compile(r"\b(great|awesome|wonderful|fantastic|exciting|yay|fun)\b|!", re.I)
EXERCISE_PROMPTS = ("boundary", "reflection", "check in", "check-in", "tell me more", "next topic")


def words_of(speech: str) -> list[str]:
    return speech.replace("\u00a0", " ").split()


def assert_safety_answer(reply, *, keep_offer: bool = False) -> None:
    """Every number, spoken slowly with say-as, "I can't call anyone for you", no card unless asked,
    then one question: keep what you said (when words were held), or carry on or stop."""
    assert_valid_response(reply.raw)
    ssml = ssml_of(reply.raw)
    assert_alexa_ssml(ssml)
    for number in US_NUMBERS:
        assert number in reply.speech
    assert '<say-as interpret-as="digits">911</say-as>' in ssml
    assert '<say-as interpret-as="digits">988</say-as>' in ssml
    assert '<say-as interpret-as="telephone">1-800-799-7233</say-as>' in ssml
    assert '<say-as interpret-as="digits">88788</say-as>' in ssml
    assert ssml.count('<prosody rate="slow">') >= 3
    assert "call or text" in reply.speech
    assert "I can't call anyone for you" in reply.speech
    assert not CHEERFUL.search(reply.speech), reply.speech
    assert not any(p in reply.speech.lower() for p in EXERCISE_PROMPTS), reply.speech
    assert reply.card is None, "the numbers go to the app only when asked"
    # one breath: the first number within 25 words, 60 words in all
    words = words_of(reply.speech)
    assert len(words) <= 60, (len(words), reply.speech)
    assert any("911" in w for w in words[:25]), reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    said = reply.speech.lower()
    if keep_offer:
        assert ("keep" in said or "kept" in said) and "note" in said, "offers to keep what was said"
        assert "911" in reply.reprompt, "silence still hears the emergency number"
    else:
        assert "stop" in said and ("carry on" in said or "keep going" in said), "offers to go on or stop"
        assert "repeat" in said
    assert reply.directives == [], "no free-text capture or other directive rides along"


def test_saying_im_not_safe_after_opening_gives_every_number_slowly(talk, items):
    # GIVEN someone who has opened the skill
    convo = talk()
    convo.say("open steady ground")
    # WHEN they say they are not safe
    reply = convo.say("I'm not safe")
    # THEN they hear the resources, calmly, and are asked whether to carry on or stop
    assert_safety_answer(reply)
    # AND nothing they said is stored anywhere
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    assert "safe" not in repr(items()).lower()


@pytest.mark.parametrize(
    "words",
    ["my partner hit me", "he threatens me", "she won't let me leave", "I want to hurt myself",
     "I don't want to live", "I'm thinking of ending it", "I'm scared of my partner", "I'm done with life"],
)
def test_the_issue_phrases_reach_the_safety_answer_from_the_menu(talk, words):
    convo = talk()
    convo.say("open steady ground")
    assert_safety_answer(convo.say(words))


def test_one_shot_for_help_now_answers_straight_away(talk):
    # WHEN someone asks without opening the skill first
    reply = talk().say("ask steady ground for help now")
    # THEN the first thing they hear is the resources
    assert reply.request["request"]["intent"]["name"] == "SafetyIntent"
    assert_safety_answer(reply)


def test_in_the_middle_of_a_guidance_topic_safety_comes_first(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    convo.say("tell me more")
    reply = convo.say("my partner hurts me")
    assert_safety_answer(reply)
    assert "boundar" not in reply.speech.lower()


def test_in_the_topic_menu_safety_comes_first(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("guidance")
    assert_safety_answer(convo.say("I don't feel safe"))


def test_repeat_says_the_numbers_again(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    # WHEN they ask to hear it again
    reply = convo.say("repeat")
    # THEN every number is spoken again
    assert_safety_answer(reply)


def test_yes_carries_on_gently_with_a_question(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.say("yes")
    assert_valid_response(reply.raw)
    assert reply.session_open and reply.speech.endswith("?")
    assert "911" not in reply.speech
    assert not CHEERFUL.search(reply.speech)
    # AND the skill works normally afterwards
    assert "boundar" in convo.say("tell me about boundaries").speech.lower()


@pytest.mark.parametrize("words", ["no", "stop", "cancel"])
def test_no_or_stop_ends_with_a_short_calm_goodbye(talk, words):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.say(words)
    assert_valid_response(reply.raw)
    assert not reply.session_open
    assert "911" in reply.speech, "the goodbye still names the emergency number"
    assert len(words_of(reply.speech)) <= 25
    assert not CHEERFUL.search(reply.speech)


@pytest.mark.parametrize("words", ["help", "purple elephants on the roof"])
def test_help_or_unclear_words_ask_the_same_gentle_choice(talk, words):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.say(words)
    assert_valid_response(reply.raw)
    assert reply.session_open
    assert "repeat" in reply.speech and "stop" in reply.speech
    assert not CHEERFUL.search(reply.speech)


def test_silence_after_the_resources_reprompts_with_the_choices(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.silence()
    assert "repeat" in reply.speech and "stop" in reply.speech and reply.speech.endswith("?")


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IN"])
def test_other_english_locales_never_hear_us_numbers(handler, locale):
    # GIVEN a British (or Australian, Indian) Echo (tests/test_locale_safety.py checks every market)
    session = alexa.Session(device=alexa.Device(locale=locale), clock=DEFAULT_CLOCK)
    # WHEN the person asks for help
    raw = handler(session.envelope(alexa.intent("SafetyIntent")), None)
    reply = Simulator._reply(raw)
    # THEN the answer gives the local emergency number first, never a US number
    assert_valid_response(raw)
    assert_alexa_ssml(ssml_of(raw))
    local = {"en-GB": "999", "en-AU": "triple zero", "en-IN": "112"}[locale]
    assert local in reply.speech.split("I can't call anyone")[0]
    assert "can't call anyone for you" in reply.speech and reply.card is None
    shown = reply.speech + reply.reprompt
    for number in ("911", "988", "1-800-799", "88788"):
        assert number not in shown
    # AND their goodbye names no US number either
    session.absorb(raw)
    goodbye = Simulator._reply(handler(session.envelope(alexa.intent("AMAZON.StopIntent")), None))
    assert "911" not in goodbye.speech and local in goodbye.speech
    assert not goodbye.session_open


def test_the_trigger_words_never_reach_the_logs(talk, caplog):
    caplog.set_level(logging.DEBUG)
    convo = talk()
    convo.say("open steady ground")
    convo.say("my partner hit me")
    convo.say("no")
    logged = " ".join(r.getMessage() for r in caplog.records).lower()
    assert "hit me" not in logged
    assert convo.device.user_id.lower() not in logged


def test_safety_answer_stays_within_one_calm_breath():
    """The first number within 25 words, and at most 60 words with the question that follows."""
    from steady_ground.render import PARENTS, Renderer, plain_text

    renderer = Renderer()
    for locale in (*LOCALES, *PARENTS):  # and New Zealand's and Ireland's numbers
        for seed in range(6):
            for follow in ("safety/offer", "safety/keep_offer"):
                said = " ".join(
                    plain_text(renderer.block(locale, key, _seed=seed)) for key in ("safety/resources", follow)
                )
                words = said.split()
                assert len(words) <= 60, (locale, follow, len(words))
                first = next(i for i, w in enumerate(words) if any(c.isdigit() for c in w) or w in ("local", "triple"))
                assert first < 25, (locale, words[:25])
            help_now = plain_text(renderer.block(locale, "safety/help_now", _seed=seed)).split()
            assert len(help_now) <= 60
