""" "I'm safe" said with no safety question open: Alexa sends no words, so the phrase used to land on the
safety intent (the crisis numbers, as if they had said the opposite) or on the fallback. It has its own
intent now, and gets a calm acknowledgement, the emergency number should that change, and the menu's
question. When "are you safe right now?" is open it is the gentle return the safety tiers give.
Nothing that says danger may reach it, through either stand-in for Alexa's understanding."""

from __future__ import annotations

import pytest
from tools import alexa
from tools.nlu import Nlu
from tools.nlu_general import GeneralNlu

from steady_ground import safety
from tests.support.checks import assert_valid_response, ssml_of
from tests.support.speech import count
from tests.support.ssml import assert_alexa_ssml
from tests.test_boundary_conversation import ROUTE
from tests.test_safety_answer import CHEERFUL, assert_safety_answer
from tests.test_safety_tiers import assert_calm_check, own_words

SAFE = ["I'm safe", "I'm okay now, I'm safe", "no I'm not in danger", "I'm fine it's all fine", "we're safe now"]
DANGER = [
    "I'm not safe", "I don't feel safe", "I'm never safe with him", "I'm not safe right now", "I'm not safe now",
    "we're not safe right now", "I'm never safe", "I never feel safe", "I'm no longer safe",
    "I'm scared I'm not safe", "I'm not okay I'm not safe", "I'm not safe anymore", "I don't feel safe at home",
    "I'm in danger", "I'm not safe with him",
]
# Safe this minute, not after it: the danger is coming back. Said in words no sample has, so the stand-in
# that generalises must hear the family, not the sentences.
SAFE_FOR_NOW = [
    "I'm safe for the moment but he's coming back", "we're safe for now but he knows where we are",
    "I'm safe right now but he's coming back tomorrow", "I'm safe now but she said she'd come back",
    "I'm alright for now but he's coming home soon", "I'm safe now but I'm scared of when he gets home",
]
# Safe because the partner is away: still the calm acknowledgement (not pulled along by the family above)
SAFE_HE_IS_AWAY = ["I'm safe he's at work", "I'm safe now he's gone to work", "we're safe now, he's at his mum's"]
ON_MOMENT = 3  # ROUTE[:3] reaches the boundary's first free-text question


def assert_calm_acknowledgement(reply) -> None:
    """Not the crisis answer: no list of numbers, no card, no cheer; the emergency number once, the way
    to the others, and a question."""
    assert_valid_response(reply.raw)
    assert_alexa_ssml(ssml_of(reply.raw))
    assert reply.said("safety/safe_now"), reply.keys
    assert not reply.said("safety/resources") and not reply.said("safety/help_now")
    assert "911" in reply.speech and "I need help" in reply.speech
    for number in ("988", "1-800-799-7233", "88788"):
        assert number not in reply.speech
    assert not CHEERFUL.search(reply.speech) and "glad" not in reply.speech.lower()
    assert reply.card is None
    assert count(ssml_of(reply.raw)) <= 30, reply.speech
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt.endswith("?")


@pytest.mark.parametrize("nlu", ["literal", "general"])
@pytest.mark.parametrize("said", SAFE)
def test_im_safe_at_the_menu_gets_a_calm_acknowledgement_not_the_crisis_answer(talk, nlu, said):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    reply = convo.say(said)
    assert reply.request["request"]["intent"]["name"] == "SafeNowIntent"
    assert_calm_acknowledgement(reply)
    assert convo.state.question is None and convo.state.mode == "menu"
    # AND the menu goes on: a request is heard as one
    assert "boundar" in convo.say("set a boundary").speech.lower()


def test_the_way_to_the_numbers_it_names_works(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm safe")
    reply = convo.say("I need help")
    assert "1-800-799-7233" in reply.speech and "988" in reply.speech


@pytest.mark.parametrize("nlu", ["literal", "general"])
@pytest.mark.parametrize("said", DANGER)
def test_nothing_that_says_danger_reaches_the_safe_intent(talk, nlu, said):
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    reply = convo.say(said)
    assert reply.request["request"]["intent"]["name"] == "SafetyIntent", said
    assert_safety_answer(reply)


@pytest.mark.parametrize(
    ("said", "heard"), [(s, "SafetyIntent") for s in SAFE_FOR_NOW] + [(s, "SafeNowIntent") for s in SAFE_HE_IS_AWAY]
)
def test_safe_for_now_but_he_is_coming_back_gets_the_numbers_safe_while_he_is_away_does_not(talk, said, heard):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    reply = convo.say(said)
    assert reply.request["request"]["intent"]["name"] == heard, said
    if heard == "SafetyIntent":
        assert_safety_answer(reply)
    else:
        assert_calm_acknowledgement(reply)


@pytest.mark.parametrize("said", SAFE_FOR_NOW + SAFE_HE_IS_AWAY)
def test_the_screen_hears_safe_for_now_as_free_text_too(said):
    # Said inside an exercise's free-text answer, where no intent is chosen: the calm check, not silence;
    # safe because he is away stays everyday.
    found = safety.screen(said, "en-US", use_model=False)
    assert (found is not None) == (said in SAFE_FOR_NOW), said


@pytest.mark.parametrize("said", DANGER)
def test_neither_stand_in_hears_danger_as_safe(said):
    # The same, as the understanding alone (no conversation): both stand-ins, en-US's model.
    for nlu in (Nlu(), GeneralNlu()):
        assert nlu.understand(said).intent != "SafeNowIntent", (type(nlu).__name__, said)


def test_when_the_safety_check_is_open_the_safe_intent_is_the_gentle_return(talk, items):
    convo = talk()
    convo.say("open steady ground")
    assert_calm_check(own_words(convo, "he scares me sometimes"))
    # WHEN Alexa sends the safe intent rather than the words
    back = convo.send(alexa.intent("SafeNowIntent"))
    # THEN the same gentle return as "I'm safe" said in words: no numbers, nothing kept
    assert back.said("safety/glad") and not back.said("safety/resources") and not back.said("safety/safe_now")
    assert "911" not in back.speech and not CHEERFUL.search(back.speech)
    assert back.session_open and back.speech.endswith("?")
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]


def test_after_the_numbers_im_safe_asks_the_same_choice_again(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.send(alexa.intent("SafeNowIntent"))
    assert reply.said("safety/offer") and not reply.said("safety/safe_now")
    assert reply.session_open and convo.state.question is not None and convo.state.question.KIND == "safety"


def test_im_safe_inside_an_exercise_asks_its_question_again_and_loses_nothing(talk):
    convo = talk()
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    before = dict(convo.state.exercises["boundary"])
    asked = convo.last.reprompt
    reply = convo.send(alexa.intent("SafeNowIntent"))
    assert reply.said("safety/safe_now") and not reply.said("safety/resources")
    assert asked in reply.speech and count(ssml_of(reply.raw)) <= 30 and reply.reprompt == asked
    assert convo.state.mode == "boundary" and convo.state.exercises["boundary"] == before


def test_a_british_echo_hears_its_own_emergency_number(talk):
    convo = talk(device=alexa.Device(locale="en-GB"))
    convo.say("open steady ground")
    reply = convo.send(alexa.intent("SafeNowIntent"))
    assert reply.said("safety/safe_now") and "999" in reply.speech and "911" not in reply.speech
    assert reply.session_open and reply.speech.endswith("?")
