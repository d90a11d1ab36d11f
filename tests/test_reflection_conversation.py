"""The deal-breaker reflection as a person hears it: spoken scripts through the simulator's NLU
(the interaction model's own samples), real envelopes, lambda_handler and moto."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from tools import alexa

from steady_ground.session import Resume
from steady_ground.storage.errors import StorageUnavailable
from tests.support.checks import assert_valid_response
from tests.support.notes import asks_consent

MODEL = json.loads((Path(__file__).resolve().parent.parent / "interaction_models" / "en-US.json").read_text("utf-8"))
TYPES = {t["name"]: t["values"] for t in MODEL["interactionModel"]["languageModel"]["types"]}


def phrases(type_name: str, value_id: str) -> list[str]:
    value = next(v for v in TYPES[type_name] if v["id"] == value_id)
    return [value["name"]["value"], *value["name"]["synonyms"]]


def keep_it(convo):
    """Say yes to keeping; the first note ever asks for consent first, and that gets a yes too."""
    reply = convo.say("yes")
    if asks_consent(reply):
        reply = convo.say("yes")
    return reply


def reflection_notes(items):
    return [i for i in items() if str(i.get("sk", "")).startswith("NOTE#") and i.get("kind") == "reflection"]


def reflect(convo, frequency="every day", peace="yes", effort="not really", future="not sure", words=None):
    """A whole reflection from the start; returns the closing."""
    words = words or {}
    convo.say("start my reflection")
    reply = None
    for question, answer in (("frequency", frequency), ("peace", peace), ("effort", effort), ("future", future)):
        convo.say(answer)
        reply = convo.say(words.get(question, "skip"))
    return reply


# -- a whole reflection -----------------------------------------------------------------------
def test_full_reflection_mirrors_answers_and_keeps_it_only_after_the_write(talk, items):
    # GIVEN someone who opens the skill and starts the reflection
    convo = talk()
    convo.say("open steady ground")
    first = convo.say("start my reflection")
    assert "four short questions" in first.speech and first.speech.endswith("?")
    assert "daily" in first.reprompt.lower()
    # WHEN they answer all four, with a few words after the first
    words = convo.say("all the time")
    assert any(d["type"] == "Dialog.ElicitSlot" for d in words.directives)
    assert "skip" in words.speech
    convo.say("yes")  # they want to add words
    q2 = convo.say("the same argument about money & chores <again>")
    assert "peace of mind" in q2.speech and "mental health" not in q2.speech
    convo.say("yeah")
    q3 = convo.say("no")  # no words this time
    assert "effort" in q3.speech
    convo.say("sometimes")
    q4 = convo.say("skip")
    assert "five years" in q4.speech
    convo.say("I don't know")
    closing = convo.say("skip")
    # THEN the closing mirrors each answer, names support for them first, and offers to keep it
    text = closing.speech
    assert "every day" in text and "trading your peace" in text and "some effort" in text and "uncertain" in text
    assert text.index("counselor") < text.index("boundary exercise")
    assert text.endswith("?") and "keep" in text
    assert reflection_notes(items) == []  # nothing kept before they say yes
    assert_valid_response(closing.raw)
    kept = keep_it(convo)
    assert "kept" in kept.speech.lower() and kept.session_open
    [note] = reflection_notes(items)
    assert note["data"]["answers"] == {"frequency": "daily", "peace": "yes", "effort": "sometimes", "future": "not_sure"}
    assert "the same argument about money & chores <again>" in note["text"]
    assert_valid_response(kept.raw)


def test_saying_no_to_keeping_saves_nothing(talk, items):
    convo = talk()
    convo.say("open steady ground")
    reflect(convo)
    reply = convo.say("no")
    assert "kept" not in reply.speech.lower() and reply.session_open
    assert reflection_notes(items) == []


LABEL = {"daily": "every day", "few_weekly": "a few times a week", "weekly": "about once a week",
         "monthly": "about once a month", "rarely": "only rarely"}


def understood(reply) -> dict[str, str]:
    """The answers the skill took from what was said so far (its own state in the session)."""
    return reply.state.exercises["reflection"]["answers"]


def each_phrase_answers(convo, phrases_: list[str], question: str) -> list[tuple[str, str | None]]:
    """Say every phrase to the current question, going back to it after each one."""
    heard = []
    for phrase in phrases_:
        reply = convo.say(phrase)
        heard.append((phrase, understood(reply).get(question)))
        assert "skip" in reply.speech, phrase  # accepted: on to the few words about it
        convo.say("go back")
    return heard


@pytest.mark.parametrize("value_id", list(LABEL))
def test_every_phrasing_of_the_frequency_scale_is_understood(talk, value_id):
    # GIVEN the first question; WHEN each phrasing of one point on the scale is said
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    heard = each_phrase_answers(convo, phrases("FrequencyType", value_id), "frequency")
    # THEN each one lands on that point
    assert all(got == value_id for _, got in heard), heard
    # AND the closing mirrors it back
    convo.say(phrases("FrequencyType", value_id)[-1])
    for _ in range(4):
        convo.say("skip")
    assert f"come back {LABEL[value_id]}" in convo.last.speech


@pytest.mark.parametrize(
    ("answer", "spoken", "mirror"),
    [
        ("yes", ["yes", "yeah", "yep", "sure", "okay"], "trading your peace for calm"),
        ("no", ["no", "nope", "not really"], "keeping your peace"),
        ("sometimes", phrases("MaybeType", "sometimes"), "sometimes your peace is the price"),
    ],
)
def test_yes_no_and_sometimes_phrasings_answer_the_peace_of_mind_question(talk, answer, spoken, mirror):
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    convo.say("skip")  # the first question
    heard = each_phrase_answers(convo, spoken, "peace")
    assert all(got == answer for _, got in heard), heard
    convo.say(spoken[0])
    for _ in range(3):
        convo.say("skip")
    assert mirror in convo.last.speech


def test_not_sure_phrasings_answer_the_last_question(talk):
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    for _ in range(3):
        convo.say("skip")
    heard = each_phrase_answers(convo, phrases("MaybeType", "not_sure"), "future")
    assert all(got == "not_sure" for _, got in heard), heard
    convo.say("not sure")
    closing = convo.say("skip")
    assert "five years on feels uncertain" in closing.speech


def test_deal_breaker_question_still_opens_guidance_but_for_me_starts_the_reflection(talk):
    convo = talk()
    convo.say("open steady ground")
    assert "deal breaker" in convo.say("is this a deal breaker").speech.lower()
    assert "four short questions" in convo.say("is this a deal breaker for me").speech


# -- help, repeat, back, start over, re-asks ---------------------------------------------------
def test_each_question_has_its_own_help_and_reprompt(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    helps, reprompts = [], []
    for answer in ("weekly", "no", "yes", "yes"):
        reply = convo.say("help")
        helps.append(reply.speech)
        reprompts.append(reply.reprompt)
        assert reply.speech.endswith("?")
        convo.say(answer)
        convo.say("skip")
    assert len(set(helps)) == 4 and all(reprompts)
    assert "arguments" in helps[0] and "Peace of mind" in helps[1] and "effort" in helps[2] and "years" in helps[3]


def test_repeat_back_and_start_over_keep_the_place_honest(talk):
    convo = talk()
    convo.say("open steady ground")
    first = convo.say("start my reflection")
    assert "same unsettled argument" in convo.say("repeat").speech
    convo.say("weekly")
    back = convo.say("go back")  # from the words prompt back to the question
    assert "how often" in back.speech.lower()
    convo.say("monthly")
    convo.say("skip")
    convo.say("go back")  # from question 2 back to question 1
    again = convo.say("daily")
    assert "skip" in again.speech
    restart = convo.say("start over")
    assert "same unsettled argument" in restart.speech and restart.speech != first.speech
    convo.say("rarely")
    convo.say("skip")
    for _ in range(3):
        convo.say("skip")
    assert "only rarely" in convo.last.speech


def test_two_unclear_answers_then_an_offer_to_skip(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    first = convo.say("purple elephants")
    assert "how often" in first.speech.lower() and "daily, a few times a week" in first.reprompt.lower()
    assert first.session_open
    convo.say("yes")  # a yes doesn't fit a how-often question
    offer = convo.say("banana")
    assert "skip" in offer.speech.lower() and offer.speech.endswith("?")
    moved = convo.say("yes")
    assert "peace of mind" in moved.speech


def test_empty_and_unmatched_slots_get_a_clear_answer(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    empty = convo.send(alexa.intent("FrequencyAnswerIntent", {"frequency": alexa.slot("frequency", None)}))
    assert "how often" in empty.speech.lower() and "daily" in empty.reprompt.lower() and empty.session_open
    assert_valid_response(empty.raw)
    odd = convo.send(alexa.intent("FrequencyAnswerIntent", {"frequency": alexa.slot("frequency", "fortnightly", slot_type="FrequencyType")}))
    assert odd.speech.endswith("?") and "daily" in odd.reprompt.lower() and odd.session_open
    assert_valid_response(odd.raw)
    missing = convo.send(alexa.intent("MaybeAnswerIntent", {}))
    assert missing.session_open and missing.speech.endswith("?")


def test_long_free_text_with_markup_characters_is_kept_whole_and_never_logged(talk, items, caplog):
    caplog.set_level(logging.DEBUG, logger="steady_ground")
    text = ('we fight about "chores" & <money> ' * 60)[:2000]
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("daily")
    reply = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", text)}))
    assert_valid_response(reply.raw)
    assert "peace of mind" in reply.speech
    for _ in range(3):
        convo.say("skip")
    keep_it(convo)
    [note] = reflection_notes(items)
    assert text in note["text"]
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("steady_ground"))
    assert "chores" not in ours and "money" not in ours


def test_crisis_words_in_free_text_get_help_not_a_cheerful_reply(talk, items):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("daily")
    reply = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "some days I want to die")}))
    assert "988" in reply.speech
    assert not any(w in reply.speech for w in ("Thank you for putting that into words", "Next question"))
    assert reflection_notes(items) == []


# -- pause and resume, against moto ------------------------------------------------------------
def test_pause_and_resume_in_a_later_session_with_answers_intact(talk, items):
    # GIVEN two answers and a pause
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("a few times a week")
    convo.say("skip")
    convo.say("sometimes")
    paused = convo.say("pause")
    assert not paused.session_open and "start my reflection" in paused.speech
    assert any(str(i["sk"]).startswith("META#progress#reflection") for i in items())
    # WHEN they come back the next day
    convo.advance(1)
    welcome = convo.say("open steady ground")
    assert "question 2 of 4" in welcome.speech and welcome.speech.endswith("?")
    resumed = convo.say("yes")
    assert "question 2 of 4" in resumed.speech and "skip" in resumed.speech
    convo.say("skip")  # the words after question 2
    convo.say("yes")
    convo.say("skip")
    convo.say("no")
    closing = convo.say("skip")
    # THEN the closing still has the answers from before the pause
    assert "a few times a week" in closing.speech and "sometimes your peace is the price" in closing.speech
    keep_it(convo)
    assert not any(str(i["sk"]).startswith("META#progress#reflection") for i in items())


def test_starting_again_mid_reflection_offers_to_pick_up(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("weekly")
    convo.say("stop")
    offer = convo.say("ask steady ground to start my reflection")
    assert "Last time, you were on question 1 of 4 in your reflection." in offer.speech
    assert offer.state.question == Resume("reflection") and offer.speech.endswith("?")
    resumed = convo.say("yes")
    assert convo.state.exercises["reflection"]["answers"] == {"frequency": "weekly"}
    assert resumed.speech.endswith("?")


# -- change over time ----------------------------------------------------------------------------
def test_a_second_reflection_weeks_later_hears_what_changed(talk):
    # GIVEN a kept reflection on Friday 27 November (New York time)
    convo = talk()
    convo.say("open steady ground")
    reflect(convo, frequency="daily", peace="yes")
    keep_it(convo)
    convo.say("stop")
    # WHEN they reflect again three weeks later, and the fights come weekly now
    convo.advance(21)
    convo.say("open steady ground")
    intro = convo.say("start my reflection")
    assert "since last time" in intro.speech
    closing = reflect_rest(convo, frequency="weekly", peace="sometimes")
    # THEN the closing compares, with the date spoken as a date
    assert "you'd said every day, and yes about trading your peace" in closing.speech
    assert "about once a week" in closing.speech and "sometimes your peace is the price" in closing.speech
    assert '<say-as interpret-as="date">????1127</say-as>' in closing.raw["response"]["outputSpeech"]["ssml"]
    assert "On November 27th" in closing.speech, "a date this year is spoken without its year"
    assert_valid_response(closing.raw)


def reflect_rest(convo, frequency, peace, effort="not really", future="not sure"):
    for answer in (frequency, peace, effort, future):
        convo.say(answer)
        reply = convo.say("skip")
    return reply


def keep_reflections(convo, frequencies):
    for i, frequency in enumerate(frequencies):
        if i:
            convo.advance(7)
        convo.say("ask steady ground to start my reflection")
        reflect_rest(convo, frequency=frequency, peace="yes")
        keep_it(convo)
        convo.say("stop")


def test_summary_with_no_reflections_says_so_kindly(talk):
    convo = talk()
    reply = convo.say("ask steady ground how have my reflections changed")
    assert "haven't kept a reflection yet" in reply.speech or "no kept reflections" in reply.speech or "any kept reflections" in reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    assert_valid_response(reply.raw)


def test_summary_of_one_reflection(talk):
    convo = talk()
    keep_reflections(convo, ["daily"])
    reply = convo.say("ask steady ground how have my reflections changed")
    assert "one reflection" in reply.speech and "every day" in reply.speech
    assert reply.raw["response"]["outputSpeech"]["ssml"].count("say-as") == 2  # opening and closing tag
    assert_valid_response(reply.raw)


def test_summary_of_two_reflections(talk):
    convo = talk()
    keep_reflections(convo, ["daily", "monthly"])
    reply = convo.say("ask steady ground how have my reflections changed")
    assert "last 2 reflections" in reply.speech
    assert "every day, and most recently about once a month" in reply.speech
    assert "your answer stayed at yes" in reply.speech


def test_summary_of_five_reflections_covers_only_the_last_three(talk):
    convo = talk()
    keep_reflections(convo, ["daily", "daily", "weekly", "monthly", "rarely"])
    reply = convo.say("ask steady ground how have my reflections changed")
    assert "last 3 reflections" in reply.speech
    assert "about once a week, then about once a month, and most recently only rarely" in reply.speech
    assert "every day" not in reply.speech
    assert_valid_response(reply.raw)


def test_summary_mid_reflection_goes_back_to_the_question(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    reply = convo.say("how have my reflections changed")
    assert "reflection" in reply.speech and "same unsettled argument" in reply.speech


def test_another_voice_on_the_account_does_not_hear_the_comparison(talk):
    # GIVEN Anna kept a reflection with her voice profile
    convo = talk(device=alexa.Device(person_id="amzn1.ask.person.ANNA"))
    keep_reflections(convo, ["daily"])
    # WHEN someone else on the same Echo asks for the summary
    convo.device.person_id = "amzn1.ask.person.BEN"
    reply = convo.say("ask steady ground how have my reflections changed")
    # THEN they hear none of Anna's answers
    assert "every day" not in reply.speech and "one reflection" not in reply.speech


# -- storage failing ----------------------------------------------------------------------------
def unavailable(*args, **kwargs):
    raise StorageUnavailable("down")


def test_a_failed_save_is_never_called_kept(talk, items, monkeypatch):
    from steady_ground.storage.dynamo import DynamoNotesRepository

    convo = talk()
    convo.say("open steady ground")
    reflect(convo)
    monkeypatch.setattr(DynamoNotesRepository, "add_note", unavailable)
    reply = keep_it(convo)
    assert "nothing was saved" in reply.speech and "kept." not in reply.speech.lower()
    assert reply.session_open and reply.speech.endswith("?")
    assert reflection_notes(items) == []
    monkeypatch.undo()
    retry = convo.say("yes")
    assert "kept" in retry.speech.lower()
    assert len(reflection_notes(items)) == 1


def test_summary_when_storage_is_down_still_answers(talk, monkeypatch):
    from steady_ground.storage.dynamo import DynamoNotesRepository

    monkeypatch.setattr(DynamoNotesRepository, "list_notes", unavailable)
    reply = talk().say("ask steady ground how have my reflections changed")
    assert "can't reach your reflections" in reply.speech or "out of reach" in reply.speech or "couldn't open" in reply.speech
    assert reply.session_open
    assert_valid_response(reply.raw)
