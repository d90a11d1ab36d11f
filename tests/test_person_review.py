"""A person's-eye review: what someone unsure, wandering or interrupted hears, turn by turn.

Each test is a problem found by using the skill in the simulator as a person would."""

from __future__ import annotations

import json


def boundary_state(convo) -> dict:
    return convo.state.exercises.get("boundary") or {}


def checkin_state(convo) -> dict:
    return convo.state.exercises.get("checkin") or {}


def boundary_at_moment(convo, pattern: str = "time limits") -> None:
    """One-shot into the boundary exercise, yes, a pattern: step two asks "when does it happen?"."""
    convo.say("ask steady ground to set a boundary")
    convo.say("yes")
    convo.say(pattern)
    assert boundary_state(convo).get("step") == "moment"


def times_step_two_is_named(speech: str) -> int:
    said = speech.lower()
    return said.count("step 2") + said.count("step two")


# -- "I don't know" is a person who needs help, not an answer and not a way out ------------------
def test_i_dont_know_while_choosing_a_boundary_pattern_gets_help_for_that_step(talk):
    # GIVEN someone at step one of the boundary exercise
    convo = talk()
    convo.say("ask steady ground to set a boundary")
    convo.say("yes")
    # WHEN they say they don't know which pattern fits
    reply = convo.say("I don't know")
    # THEN they stay in the exercise and hear how to choose, not the main menu
    assert "doesn't fit" not in reply.speech and "can't do" not in reply.speech
    assert "help me choose" in reply.speech.lower()
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert boundary_state(convo).get("step") == "choose"


def test_i_dont_know_at_the_check_in_question_keeps_the_check_in(talk):
    # GIVEN a check-in asking how today felt
    convo = talk()
    convo.say("ask steady ground for my check in")
    # WHEN the person says they're not sure
    reply = convo.say("um, I don't know")
    # THEN the check-in explains itself and asks again; it doesn't drop them at the main menu
    assert "doesn't fit" not in reply.speech
    assert "one to five" in reply.speech.lower() and reply.speech.endswith("?")
    assert checkin_state(convo).get("step") == "mood"


def test_um_i_dont_know_as_free_text_is_not_kept_as_the_answer(talk, items):
    # GIVEN the boundary exercise asking "when does this tend to happen?" (free text)
    convo = talk()
    boundary_at_moment(convo)
    # WHEN the person hesitates out loud
    reply = convo.say("um, I don't know")
    # THEN they hear help for that step, with an example, and are asked again
    assert boundary_state(convo).get("step") == "moment"
    assert "i don't know" not in json.dumps(boundary_state(convo)).lower()
    assert "skip" in reply.speech and reply.speech.endswith("?")
    # AND an actual answer afterwards is the one kept
    convo.say("when we talk about money after dinner")
    assert boundary_state(convo).get("step") == "statement"
    assert "money after dinner" in json.dumps(boundary_state(convo))


def test_not_sure_as_a_reflections_few_words_is_not_thanked_as_words(talk):
    # GIVEN the reflection's optional "a few words about that"
    convo = talk()
    convo.say("ask steady ground to start my reflection")
    convo.say("weekly")
    # WHEN the person says they're not sure what to add
    reply = convo.say("I'm not sure")
    # THEN nothing is recorded as their words, and they hear they can skip
    words = (convo.state.exercises.get("reflection") or {}).get("words") or {}
    assert not words
    assert "skip" in reply.speech.lower() and reply.speech.endswith("?")


# -- guidance: the person is in a topic, and the skill should know it ----------------------------
def test_what_was_the_question_inside_a_topic_repeats_the_topics_choices(talk):
    # GIVEN someone listening to a guidance topic
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    # WHEN they lose the thread and ask what the question was
    reply = convo.say("what was the question")
    # THEN they hear the topic's own choices, not "we're not in a topic"
    assert "not in a topic" not in reply.speech and "nothing in progress" not in reply.speech
    assert "tell me more" in reply.speech.lower() and reply.speech.endswith("?")
    # AND "tell me more" still goes deeper into the same topic
    more = convo.say("tell me more")
    assert "boundar" in more.speech.lower()


def test_skip_inside_a_topic_moves_to_the_next_topic(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("why won't my partner go to therapy")
    reply = convo.say("skip")
    assert "not in a topic" not in reply.speech and "nothing in progress" not in reply.speech
    assert "counseling" in reply.speech.lower() and reply.speech.endswith("?")


def test_asking_for_more_after_the_last_part_does_not_say_its_finished_twice(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("why won't my partner go to therapy")
    convo.say("tell me more")
    convo.say("tell me more")
    reply = convo.say("tell me more")
    finished = ("that's all i have", "i've shared everything", "that's everything", "that covers",
                "that's the whole topic")
    assert sum(reply.speech.lower().count(f) for f in finished) == 1, reply.speech
    assert "next topic" in reply.speech.lower() and reply.speech.endswith("?")


# -- changing one's mind: back to the exercise after a detour -----------------------------------
def test_go_back_to_my_reflection_after_a_guidance_detour_offers_the_place_kept(talk):
    # GIVEN a reflection on its second question
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("weekly")
    convo.say("skip")
    # WHEN the person wanders into guidance and then asks to go back to the reflection
    convo.say("tell me about boundaries")
    reply = convo.say("go back to my reflection")
    # THEN they're offered their place, and yes returns to the second question
    assert "question 2" in reply.speech and reply.speech.endswith("?")
    back = convo.say("yes")
    assert "peace of mind" in back.speech


def test_continue_my_boundary_after_a_detour_offers_the_place_kept(talk):
    convo = talk()
    # GIVEN a boundary exercise on step one (choosing a pattern)
    convo.say("ask steady ground to set a boundary")
    convo.say("yes")
    # WHEN the person detours into guidance, then asks to continue the boundary
    convo.say("tell me about boundaries")
    reply = convo.say("continue my boundary")
    # THEN their place is offered, and yes brings back the pattern question
    assert "step 1" in reply.speech and reply.speech.endswith("?")
    back = convo.say("yes")
    assert "time limits" in back.speech and back.speech.endswith("?")


# -- resuming never says the step twice ---------------------------------------------------------
def test_resuming_a_boundary_names_the_step_once(talk):
    # GIVEN a boundary paused on step two
    convo = talk()
    boundary_at_moment(convo)
    convo.say("pause")
    # WHEN the person comes back and picks it up
    convo.say("open steady ground")
    reply = convo.say("yes")
    # THEN step two is named once, then its question
    assert times_step_two_is_named(reply.speech) == 1, reply.speech
    assert "when does this tend to happen" in reply.speech


def test_carrying_on_after_the_safety_answer_is_one_calm_line_then_the_question(talk):
    # GIVEN words of crisis typed as a boundary answer
    convo = talk()
    boundary_at_moment(convo, "consequences")
    safety = convo.say("he hits me when we argue about money")
    assert "911" in safety.speech
    # WHEN the person leaves the words unkept and chooses to carry on
    convo.say("no")
    reply = convo.say("yes")
    # THEN there's one calm bridge back, no "welcome back", and the step once
    said = reply.speech.lower()
    assert "welcome back" not in said and "good to pick this up" not in said
    assert times_step_two_is_named(reply.speech) == 1, reply.speech
    assert "when does this tend to happen" in said and reply.speech.endswith("?")


def test_pause_inside_a_topic_stops_kindly_and_says_how_to_come_back(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("tell me about boundaries")
    reply = convo.say("pause")
    assert not reply.session_open
    assert "open steady ground" in reply.speech and "not in a topic" not in reply.speech.lower()


def test_not_sure_at_the_welcome_is_met_with_a_gentle_suggestion(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("I don't know")
    assert "doesn't fit" not in reply.speech
    assert reply.speech.endswith("?") and "why partners resist therapy" in reply.speech
    opened = convo.say("yes")
    assert opened.speech.startswith(("Here's a short piece on why partners resist", "Let's talk about why partners resist", "This one is about why partners resist"))


def test_what_was_the_question_in_the_reflection_asks_it_again_without_calling_it_the_next_one(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    convo.say("daily")
    convo.say("skip")
    reply = convo.say("what was the question")
    assert "peace of mind" in reply.speech
    assert not reply.speech.startswith(("Next question", "Second question", "Here's the second one"))
