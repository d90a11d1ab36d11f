"""Issue 15, wave 13 (blind hands k and l): families of how people talk, heard through the generalising
simulator NLU (tools/nlu_general.py) and the skill's own readings, as the person would notice them in the
conversation: what is kept as their answer, what is said back, and that nothing ends or is saved unasked."""

from __future__ import annotations

import pytest

from tests.support.talking import checkin_asked, kept_rating, reflection_started


def reflection(reply) -> dict:
    return reply.state.exercises["reflection"]


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # a hedge, then how often, then when: "once" counts here, it opens no clause of its own
        ("it's maybe once a week, mostly on a saturday when we're both in", "weekly"),
        # a range of numbers with what they count is how often, never a rating of three
        ("three or four times a week, i reckon", "few_weekly"),
    ],
)
def test_how_often_said_with_a_hedge_or_a_range_is_kept_as_how_often(talk, said, answer):
    convo = reflection_started(talk)
    reply = convo.say(said)
    # THEN the answer is kept as they said it and acknowledged, not met with "sorry" or a re-ask
    assert reflection(reply)["answers"] == {"frequency": answer}, reply.speech
    assert reply.said("reflection/ack"), reply.keys
    assert "sorry" not in reply.speech.lower()


def test_no_thats_it_at_the_own_words_step_moves_on_and_keeps_nothing(talk):
    convo = reflection_started(talk)
    asked = convo.say("every single day")
    assert asked.said("reflection/ack") and convo.elicit, "the own-words question captures the next utterance whole"
    # WHEN asked for anything in their own words, the person says there is nothing to add
    reply = convo.say("nah, that's it")
    # THEN the reflection goes on to its next question: nothing kept as their words, and it does not end
    assert reply.session_open, reply.speech
    assert reflection(reply)["words"] == {}, reflection(reply)
    assert reflection(reply)["index"] == 1, reply.speech
    assert reply.speech.endswith("?")


@pytest.mark.parametrize(
    ("said", "rating"),
    [
        # no better, no worse: a middle day, in the words people use for it
        ("much the same as yesterday, nothing special", 3),
        # a comparison, then the day said again more strongly: the stronger word is the day
        ("worse than yesterday, honestly it was awful", 1),
        # a story first, then the answer after "so I'd say": the answer, and no quick exit for "he got in"
        ("he got in late again and we had words, so i would say hard", 2),
    ],
)
def test_a_mood_said_around_a_story_or_a_comparison_is_kept_as_the_day_meant(talk, alexa_api, items, said, rating):
    convo = checkin_asked(talk, alexa_api)
    reply = convo.say(said)
    # THEN the rating is heard (said back, the session goes on), and the one kept is the day they meant
    assert reply.session_open, reply.speech
    assert reply.said("checkin/heard_rating"), (reply.keys, reply.speech)
    assert kept_rating(convo, items) == rating


def test_should_i_leave_told_as_what_someone_else_says_gets_the_neutral_answer(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    # WHEN the person reports someone else's advice and asks the skill's view
    reply = convo.say("my mum says i should just leave him, what do you think")
    # THEN the warm, neutral answer about a decision that is theirs, not a guidance topic on stigma
    assert reply.said("guidance/decision"), (reply.keys, reply.speech)
    assert reply.session_open


def test_nah_yeah_agrees_and_yeah_nah_declines_as_australians_say_it(talk):
    convo = reflection_started(talk)
    convo.say("every single day")
    asked = convo.say("no thanks")
    assert reflection(asked)["index"] == 1  # the question about keeping the peace
    # WHEN the person answers "nah yeah": the last word is the answer
    reply = convo.say("nah yeah, definitely")
    # THEN it is kept as a yes, not a no
    assert reflection(reply)["answers"]["peace"] == "yes", reflection(reply)
    assert reply.said("reflection/ack"), reply.keys
