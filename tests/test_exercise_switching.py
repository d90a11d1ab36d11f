"""Moving from one exercise to another never lets an old open question swallow a new answer."""

from __future__ import annotations


def test_starting_an_exercise_while_a_resume_offer_is_open_answers_the_new_exercise(talk):
    # GIVEN a check-in left half-way, so the next launch offers to pick it up
    convo = talk()
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("stop")
    offer = convo.say("open steady ground")
    assert "pick it up" in offer.speech.lower() or "left off" in offer.speech.lower() or "continue" in offer.speech.lower()
    # WHEN the person starts the boundary exercise instead, and says yes to its first question
    start = convo.say("let's set a boundary")
    assert "boundar" in start.speech.lower()
    reply = convo.say("yes")
    # THEN the yes starts the boundary exercise, not the old check-in
    assert "how did" not in reply.speech.lower() and "one to five" not in reply.speech.lower()
    assert "circular" in reply.speech.lower() or "pattern" in reply.speech.lower()
