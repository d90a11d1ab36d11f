"""The tiered safety answer, as dialogs: clear danger gets the numbers at once, possible danger a calm
check first; from the menu, inside the boundary exercise and the reflection, in a note and in the
check-in. Whatever brought the answer is never saved without the person's yes, and never dropped
without telling them. The numbers go to the app only when asked, under a plain title."""

from __future__ import annotations

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import agree_and_add, asks_consent
from tests.test_boundary_conversation import ROUTE, step_of
from tests.test_checkin_conversation import agree_to_notes
from tests.test_safety_answer import CHEERFUL, assert_safety_answer, words_of

ON_MOMENT = 3  # ROUTE[:3] reaches the boundary's first free-text question


def notes_in(items) -> list[dict]:
    return [i for i in items() if i["sk"].startswith("NOTE#")]


def stored(items) -> str:
    return repr(items()).lower()


def elicits(reply) -> bool:
    return any(d["type"] == "Dialog.ElicitSlot" for d in reply.directives)


def assert_calm_check(reply) -> None:
    """'That sounds really hard. Are you safe right now?': no numbers yet, the answer captured whole,
    and silence hears the emergency number."""
    assert_valid_response(reply.raw)
    assert "safe right now" in reply.speech.lower() or "safe, right now" in reply.speech.lower()
    assert "911" not in reply.speech and "988" not in reply.speech
    assert len(words_of(reply.speech)) <= 20
    assert not CHEERFUL.search(reply.speech)
    assert "911" in reply.reprompt and reply.reprompt.endswith("?")
    assert elicits(reply), "the answer is captured as free text"
    assert reply.card is None


def own_words(convo, words: str):
    """Two misunderstandings in a row at the menu, then the person's own words."""
    convo.say("purple elephants on the roof")
    ask = convo.say("purple elephants on the roof")
    assert "own words" in ask.speech.lower() and elicits(ask)
    return convo.say(words)


# -- the menu --------------------------------------------------------------------------------------------
def test_clear_danger_from_the_menu_gets_the_numbers_at_once_and_no_card(talk, items):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("he put his hands on my neck")
    assert reply.request["request"]["intent"]["name"] == "SafetyIntent"
    assert_safety_answer(reply)
    assert not notes_in(items) and "neck" not in stored(items)


def test_send_that_to_my_phone_puts_the_numbers_in_the_app_under_a_plain_title(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.say("send that to my phone")
    assert_valid_response(reply.raw)
    assert reply.card is not None
    title, text = reply.card
    assert title == "Useful numbers", "a title the partner could read without alarm"
    for number in ("911", "988", "1-800-799-7233", "88788"):
        assert number in text
    assert "app" in reply.speech and reply.speech.endswith("?") and reply.session_open
    # AND the choice is still there: carry on goes back to the menu
    assert convo.say("yes").session_open


def test_after_two_misunderstandings_the_menu_asks_for_own_words_and_hears_possible_danger(talk, items):
    convo = talk()
    convo.say("open steady ground")
    first = convo.say("purple elephants on the roof")
    assert "own words" not in first.speech.lower(), "one miss is just a miss"
    ask = convo.say("purple elephants on the roof")
    assert "own words" in ask.speech.lower() and elicits(ask)
    reply = convo.say("he scares me sometimes")
    assert_calm_check(reply)
    back = convo.say("I'm safe")
    assert "glad" in back.speech.lower() and back.speech.endswith("?")
    assert "911" not in back.speech and not CHEERFUL.search(back.speech)
    assert not notes_in(items)


def test_own_words_with_clear_danger_get_the_numbers(talk):
    convo = talk()
    convo.say("open steady ground")
    assert_safety_answer(own_words(convo, "honestly he said he'd kill me if I ever left him"))


@pytest.mark.parametrize(
    ("words", "heard"),
    [
        ("I want to set a boundary about his phone at dinner", "boundar"),
        ("why won't my husband go to therapy", "therapy"),
    ],
)
def test_own_words_without_danger_are_routed_to_an_exercise_or_a_topic(talk, words, heard):
    convo = talk()
    convo.say("open steady ground")
    reply = own_words(convo, words)
    assert heard in reply.speech.lower() and reply.session_open
    assert "911" not in reply.speech


def test_a_miss_then_a_real_request_then_a_miss_does_not_ask_for_own_words(talk):
    # "repeat" (or "what?") between two misses is not a real request: it keeps the count, so that case asks
    # for their own words (tests/test_answers_fit_the_step.py); a topic list understood in between resets it
    convo = talk()
    convo.say("open steady ground")
    convo.say("purple elephants on the roof")
    assert "topic" in convo.say("what topics do you have").speech.lower()
    reply = convo.say("purple elephants on the roof")
    assert "own words" not in reply.speech.lower()


def test_i_need_help_gives_the_numbers_in_one_breath_then_offers_the_skills_help(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("I need help")
    assert_valid_response(reply.raw)
    words = words_of(reply.speech)
    assert any("911" in w for w in words[:12]), "the emergency number first"
    assert "1-800-799-7233" in reply.speech and "988" in reply.speech
    assert "I can't call anyone for you" in reply.speech
    assert len(words) <= 60 and reply.speech.endswith("?") and "skill" in reply.speech
    assert reply.card is None
    # WHEN they meant the skill
    help_ = convo.say("yes")
    assert help_.session_open and help_.speech.endswith("?") and "911" not in help_.speech


# -- the boundary exercise -----------------------------------------------------------------------------
def test_possible_danger_in_the_boundary_gets_a_check_then_a_gentle_return_and_nothing_kept(talk, items):
    convo = talk()
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    before = dict(convo.state.exercises["boundary"])
    reply = convo.say("when he gets that look he kind of scares me sometimes")
    assert_calm_check(reply)
    glad = convo.say("yes I'm safe")
    # THEN a gentle return, and the words not kept without a yes
    assert "glad" in glad.speech.lower() and "keep" in glad.speech.lower() and glad.speech.endswith("?")
    assert "scares" not in stored(items) and not notes_in(items)
    convo.say("no")
    back = convo.say("yes")
    assert step_of(convo) == "moment" and dict(convo.state.exercises["boundary"]) == before
    assert back.speech.endswith("?") and elicits(back)
    assert "scares" not in repr(convo.session.attributes).lower()


@pytest.mark.parametrize("answer", ["no", "not really", "I don't know", "purple elephants"])
def test_not_safe_or_anything_unclear_after_the_check_brings_the_numbers(talk, answer):
    convo = talk()
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    assert_calm_check(convo.say("I can't do this anymore"))
    assert_safety_answer(convo.say(answer), keep_offer=True)


def test_silence_after_the_check_hears_the_emergency_number(talk):
    convo = talk()
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    convo.say("I can't do this anymore")
    assert "911" in convo.silence().speech


# -- the reflection ------------------------------------------------------------------------------------
def test_clear_danger_in_the_reflection_words_kept_only_after_yes(talk, items):
    convo = talk()
    agree_and_add(convo, "an ordinary day")  # consent given earlier
    convo.say("stop")
    convo.say("ask steady ground to start my reflection")
    convo.say("every day")
    reply = convo.say("he threw a plate at me again")
    assert_safety_answer(reply, keep_offer=True)
    assert "plate" not in stored(items)
    kept = convo.say("yes")
    assert "kept" in kept.speech.lower() and kept.speech.endswith("?")
    assert [n["text"] for n in notes_in(items) if "plate" in n["text"]] == ["he threw a plate at me again"]
    # AND the reflection is still at its words question
    convo.say("yes")
    assert convo.state.exercises["reflection"]["step"] == "words"


# -- notes ---------------------------------------------------------------------------------------------
def test_a_note_of_possible_danger_is_kept_only_after_yes_and_the_usual_consent(talk, items):
    convo = talk()
    convo.say("open steady ground")
    convo.say("add a note")
    assert_calm_check(convo.say("he scares me sometimes when he drinks"))
    offer = convo.say("I'm safe")
    assert "keep" in offer.speech.lower() and not notes_in(items)
    consent = convo.say("yes")
    assert asks_consent(consent), "a first save still asks first"
    assert not notes_in(items)
    saved = convo.say("yes")
    assert "saved" in saved.speech.lower() or "kept" in saved.speech.lower()
    assert [n["text"] for n in notes_in(items)] == ["he scares me sometimes when he drinks"]


def test_a_note_of_clear_danger_said_no_to_is_never_stored(talk, items):
    convo = talk()
    agree_and_add(convo, "an ordinary day")
    reply = convo.say("add a note that he took my car keys and my phone again")
    assert_safety_answer(reply, keep_offer=True)
    no = convo.say("no")
    assert "isn't kept" in no.speech or "nothing is kept" in no.speech or "won't keep" in no.speech
    assert [n["text"] for n in notes_in(items)] == ["an ordinary day"]
    assert "car keys" not in stored(items) and "car keys" not in repr(convo.session.attributes)


def test_a_note_about_calling_the_hotline_is_just_a_note(talk, items):
    convo = talk()
    reply = agree_and_add(convo, "I called the hotline today")
    assert "911" not in reply.speech and ("saved" in reply.speech.lower() or "kept" in reply.speech.lower())
    assert [n["text"].lower() for n in notes_in(items)] == ["i called the hotline today"]


# -- the check-in --------------------------------------------------------------------------------------
def test_possible_danger_in_the_check_in_words_then_not_safe_brings_the_numbers(talk, alexa_api, items):
    convo = talk(device=alexa.Device(api_endpoint=alexa_api.endpoint))
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("pretty good")
    assert_calm_check(convo.say("honestly I can't do this anymore"))
    assert_safety_answer(convo.say("no I'm not"), keep_offer=True)
    convo.say("no")
    back = convo.say("yes")
    assert convo.state.exercises["checkin"]["step"] == "words" and back.speech.endswith("?")
    done = agree_to_notes(convo, convo.say("skip"))
    assert "saved" in done.speech.lower()
    assert "anymore" not in stored(items)


# -- any slot that carries the person's words ----------------------------------------------------------
def test_a_topic_slot_carrying_words_of_danger_gets_the_numbers(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.send(alexa.intent("GuidanceIntent", {"topic": alexa.slot("topic", "my husband choking me")}))
    assert_safety_answer(reply)


def test_a_choice_slot_carrying_words_of_danger_inside_the_boundary_gets_the_numbers(talk):
    convo = talk()
    convo.say("ask steady ground to start my boundary exercise")
    convo.say("yes")
    assert step_of(convo) == "choose"
    before = dict(convo.state.exercises["boundary"])
    reply = convo.send(
        alexa.intent("BoundaryStrategyIntent", {"strategy": alexa.slot("strategy", "he hits me when he drinks")})
    )
    assert_safety_answer(reply)
    assert dict(convo.state.exercises["boundary"]) == before


def test_possible_danger_in_the_reflection_words_then_not_safe_brings_the_numbers_and_keeps_the_place(talk, items):
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    convo.say("every day")
    before = dict(convo.state.exercises["reflection"])
    assert_calm_check(convo.say("he kind of scares me sometimes"))
    assert_safety_answer(convo.say("no"), keep_offer=True)
    assert dict(convo.state.exercises["reflection"]) == before
    assert "scares" not in stored(items)


# -- new ways of saying it, heard inside a note (phrasings from the tuning part) --------------------------------
@pytest.mark.parametrize(
    ("words", "telltale"),
    [
        ("my missus lamped me with a frying pan", "frying pan"),
        ("he sent me a voice note saying he's coming round to sort me out", "sort me out"),
    ],
)
def test_a_note_of_a_blow_in_slang_or_a_threat_by_voice_note_gets_the_numbers_and_is_kept_only_after_yes(
    talk, items, words, telltale
):
    convo = talk()
    agree_and_add(convo, "an ordinary day")
    reply = convo.say(f"add a note that {words}")
    assert_safety_answer(reply, keep_offer=True)
    convo.say("no")
    assert [n["text"] for n in notes_in(items)] == ["an ordinary day"]
    assert telltale not in stored(items)


def test_a_note_about_a_game_with_violent_words_is_just_a_note(talk, items):
    convo = talk()
    reply = agree_and_add(convo, "he killed me at call of duty last night")
    assert "911" not in reply.speech and ("saved" in reply.speech.lower() or "kept" in reply.speech.lower())
    assert [n["text"].lower() for n in notes_in(items)] == ["he killed me at call of duty last night"]


# -- someone calling out ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "nlu"),
    [
        ("is anyone there", "literal"),
        ("hello is someone there", "literal"),
        ("can anyone hear me", "literal"),
        ("hello is anybody there please", "general"),
    ],
)
def test_is_anyone_there_reaches_the_safety_answer_from_the_menu_and_a_check_inside_an_exercise(talk, words, nlu):
    # "Is anyone there?" said to the skill may be someone who cannot say more: from the menu the numbers,
    # calmly (never "I didn't get that", never the end of the session)
    convo = talk(nlu=nlu)
    convo.say("open steady ground")
    reply = convo.say(words)
    assert reply.request["request"]["intent"]["name"] == "SafetyIntent"
    assert_safety_answer(reply)
    # and as an answer in the person's own words inside the boundary exercise: the calm check first
    convo = talk()
    for text in ROUTE[:ON_MOMENT]:
        convo.say(text)
    assert_calm_check(convo.say(words))
