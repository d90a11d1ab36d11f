"""Opening the skill: a warm welcome, the not-therapy note once, and a returning greeting."""

from __future__ import annotations

from tools import alexa

from tests.support.checks import assert_valid_response


def test_first_visit_says_it_is_not_therapy_and_asks_what_they_would_like(talk):
    # GIVEN someone who has never opened the skill
    convo = talk()
    # WHEN they open it
    reply = convo.say("open steady ground")
    # THEN they hear the disclaimer once, what the skill offers, and a question
    assert "not therapy" in reply.speech
    for offer in ("guidance", "boundary", "reflection"):
        assert offer in reply.speech
    assert reply.speech.endswith("?")
    assert reply.session_open and reply.reprompt.endswith("?")
    assert_valid_response(reply.raw)


def test_returning_person_is_greeted_as_returning_without_the_disclaimer(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("stop")
    # WHEN the same person opens the skill again
    reply = convo.say("open steady ground")
    # THEN no disclaimer, and a returning welcome
    assert "not therapy" not in reply.speech
    assert any(w in reply.speech.lower() for w in ("welcome back", "again", "good to hear"))
    assert reply.session_open


def test_another_account_on_a_new_device_is_a_first_visit(talk):
    talk().say("open steady ground")
    other = talk(device=alexa.Device(user_id="amzn1.ask.account.SOMEONEELSE"))
    assert "not therapy" in other.say("open steady ground").speech


def test_launch_reads_storage_once_and_never_stores_raw_ids(talk, items):
    convo = talk()
    convo.say("open steady ground")
    stored = items()
    assert stored, "the first visit is remembered"
    dump = repr(stored)
    assert convo.device.user_id not in dump
    assert all(item["pk"].startswith("OWNER#") for item in stored)


def test_the_welcome_offers_every_feature_including_notes(talk):
    reply = talk().say("open steady ground")
    for feature in ("guidance", "boundary", "reflection", "check-in", "notes"):
        assert feature in reply.speech


def test_the_resume_offer_follows_the_explicit_order_of_exercises(talk):
    """A boundary at step 2 and a reflection at question 1: the offer is for the first of them in
    ``exercises.catalog.EXERCISES``, whatever was imported first."""
    from steady_ground.exercises.catalog import EXERCISES

    convo = talk()
    convo.say("open steady ground")
    convo.say("start my boundary exercise")
    convo.say("yes")
    convo.say("stop")
    convo.say("open steady ground")
    convo.say("no")  # not the boundary now
    convo.say("start my reflection")
    convo.say("stop")
    offer = convo.say("open steady ground")
    order = [s.name for s in EXERCISES]
    expected = min(("boundary", "reflection"), key=order.index)
    assert offer.state.question is not None and offer.state.question.KIND == "resume"
    assert offer.state.question.exercise == expected == "reflection"
