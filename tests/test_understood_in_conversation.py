"""Issue 15: what a new person says on a first visit is understood, and lists can be picked by number."""

from __future__ import annotations

import pytest

from steady_ground.guidance import topic_key
from steady_ground.render import Renderer, plain_text
from tests.support.checks import assert_valid_response

RENDERER = Renderer()


def title(topic: str) -> str:
    return plain_text(RENDERER.block("en-US", topic_key(topic), "title"))


def topic_of(reply) -> str | None:
    return reply.state.topic


def mode_of(reply) -> str | None:
    return reply.state.mode


def exercise(reply, name: str) -> dict:
    return reply.state.exercises[name]


def first_visit(talk, nlu: str = "literal"):
    convo = talk(nlu=nlu)
    welcome = convo.say("open steady ground")
    assert welcome.session_open
    return convo


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("my husband refuses counseling, what do I do", "why_resist"),
        ("why won't he go to therapy", "why_resist"),
        ("how do I bring it up without a fight", "start_talk"),
        ("can I go to therapy by myself", "individual_therapy"),
        ("should I just go on my own", "individual_therapy"),
    ],
)
def test_the_first_visit_sentences_that_were_missed_now_open_their_topic(talk, said, topic):
    # GIVEN the first welcome; WHEN the person says what's on their mind, as the testers did
    reply = first_visit(talk).say(said)
    # THEN the topic they mean begins (its title is said), with an offer to hear more, not "sorry"
    assert title(topic) in reply.speech.lower()
    assert "sorry" not in reply.speech.lower()
    assert reply.session_open and reply.reprompt
    assert_valid_response(reply.raw)


@pytest.mark.parametrize("said", ["what is this", "I don't know why I'm here", "who are you"])
def test_what_is_this_says_what_the_skill_is_and_asks_what_they_would_like(talk, said):
    reply = first_visit(talk).say(said)
    assert "steady ground" in reply.speech.lower()
    assert "not a therapist" in reply.speech.lower()
    assert reply.speech.rstrip().endswith("?") and reply.reprompt.rstrip().endswith("?")
    assert reply.session_open


def test_thanks_is_welcomed_and_the_open_question_is_asked_again(talk):
    convo = first_visit(talk)
    topic = convo.say("tell me about boundaries")
    reply = convo.say("thanks")
    # The person hears a welcome, then the question they were asked, and nothing ends.
    assert reply.speech.lower() != topic.speech.lower()
    assert topic.reprompt in reply.speech
    assert reply.reprompt == topic.reprompt
    assert reply.session_open
    assert topic_of(reply) == "boundaries" and mode_of(reply) == "guidance"
    # And "tell me more" still goes on with the topic.
    assert "sorry" not in convo.say("tell me more").speech.lower()


def test_thanks_with_no_question_open_asks_what_else_would_help(talk):
    convo = first_visit(talk)
    convo.say("guidance")
    convo.say("no")  # "anything else?" asked
    reply = convo.say("thank you")
    assert reply.session_open and reply.speech.rstrip().endswith("?")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("the first one", "guidance/menu"),
        ("the second one", "boundary/ask/consent"),
        ("number three", "reflection/q_frequency"),
    ],
)
def test_an_ordinal_after_the_welcome_opens_that_item_of_the_welcome(talk, said, heard):
    reply = first_visit(talk).say(said)
    assert heard in reply.keys, reply.keys
    assert_valid_response(reply.raw)


def test_the_last_one_after_help_is_the_last_item_help_named(talk):
    convo = first_visit(talk)
    convo.say("help")
    reply = convo.say("the last one")  # help's list ends with planning a talk
    assert mode_of(reply) == "plan"
    assert "plan/intro" in reply.keys


def test_after_say_that_again_an_ordinal_still_picks_from_the_list(talk):
    convo = first_visit(talk)
    convo.say("say that again")
    assert "six short steps" in convo.say("the second one").speech


def test_an_ordinal_with_no_list_just_heard_names_the_choices(talk):
    convo = first_visit(talk)
    convo.say("tell me about boundaries")
    convo.say("no")  # "anything else?" names six things
    reply = convo.say("the eighth one")
    assert "builtins/which_item" in reply.keys and reply.speech.rstrip().endswith("?")
    assert "boundary/ask/consent" in convo.say("the second one").keys  # the choices just named


@pytest.mark.parametrize(
    ("page_said", "said", "topic"),
    [
        ([], "the second one", "fears_stigma"),
        ([], "number four", "try_together"),
        (["more topics"], "the first one", "work_on_yourself"),
        (["more topics"], "the last one", "deal_breaker"),
    ],
)
def test_an_ordinal_in_the_topic_menu_opens_that_topic_of_the_page_heard(talk, page_said, said, topic):
    convo = first_visit(talk)
    convo.say("guidance")
    for phrase in page_said:
        convo.say(phrase)
    reply = convo.say(said)
    assert topic_of(reply) == topic
    assert title(topic) in reply.speech.lower()


@pytest.mark.parametrize(
    ("said", "strategy"),
    [("the first one", "circular"), ("the second one", "therapist"), ("the last one", "consequences")],
)
def test_an_ordinal_picks_a_boundary_pattern_in_the_order_step_one_names_them(talk, said, strategy):
    convo = first_visit(talk)
    convo.say("let's set a boundary")
    convo.say("yes")
    reply = convo.say(said)
    assert exercise(reply, "boundary")["strategy"] == strategy
    assert exercise(reply, "boundary")["step"] == "moment"


def test_an_ordinal_answers_the_reflection_scale_in_the_order_it_was_read(talk):
    convo = first_visit(talk)
    convo.say("start my reflection")
    reply = convo.say("the second one")  # "daily, a few times a week, ..."
    assert exercise(reply, "reflection")["answers"] == {"frequency": "few_weekly"}


def test_number_three_in_a_check_in_is_a_rating_of_three(talk):
    convo = first_visit(talk)
    convo.say("check in")
    reply = convo.say("number three")
    assert exercise(reply, "checkin")["rating"] == 3


@pytest.mark.parametrize(
    "said",
    [
        "um my wife flat out refuses to see a counselor, what am I supposed to do",
        "honestly how would I even raise it without us fighting",
        "is it okay if I go to a therapist alone",
    ],
)
def test_unseen_phrasings_reach_a_topic_with_the_generalising_nlu(talk, said):
    reply = first_visit(talk, nlu="general").say(said)
    assert mode_of(reply) == "guidance", reply.speech
    assert "sorry" not in reply.speech.lower()


@pytest.mark.parametrize(
    ("said", "answer"),
    [("honestly most days", "few_weekly"), ("every day now", "daily"), ("I'd say once a week", "weekly")],
)
def test_frequency_answers_inside_carriers_are_heard_in_the_reflection(talk, said, answer):
    convo = first_visit(talk)
    convo.say("start my reflection")
    reply = convo.say(said)
    assert exercise(reply, "reflection")["answers"] == {"frequency": answer}
    assert "sorry" not in reply.speech.lower()
