"""Whole conversations as an outside reviewer plays them (tools/play_sessions.py is the notebook they
came from): words heard as another feature's answer in the middle of an exercise, a hard moment
answered and then an unclear reply, a question asked again, and the ways out. Each dialog names what
a person would have noticed before it was fixed."""

from __future__ import annotations

import re

from tools import alexa


def stray(intent: str, slot: str, words: str) -> dict:
    """What Alexa sends when a sentence lands on another room's answer intent."""
    return alexa.intent(intent, {slot: alexa.slot(slot, words)})


def sentences(speech: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.?!])\s+", speech) if len(s.split()) >= 3}


def start_boundary(convo):
    convo.say("open steady ground")
    convo.say("ask steady ground to start my boundary exercise")
    reply = convo.say("yes")
    assert reply.said("boundary/ask/choose")
    return reply


# -- another room's answer, said inside an exercise ---------------------------------------------------
def test_words_heard_as_a_frequency_at_the_boundary_step_get_the_steps_re_ask_and_keep_the_place(talk):
    # GIVEN someone at the boundary exercise's first step
    convo = talk()
    start_boundary(convo)
    # WHEN "he checks my phone all the time" is heard as a frequency, then "stop at two drinks" as a rating
    first = convo.send(stray("FrequencyAnswerIntent", "frequency", "all the time"))
    second = convo.send(stray("CheckInRatingIntent", "rating", "2"))
    # THEN each gets the step's own re-ask, better each time, never "that's not something I can do"
    assert first.said("boundary/reask/choose") and not first.said("builtins/unknown")
    assert second.said("boundary/stuck") and not second.said("builtins/unknown")
    assert convo.state.mode == "boundary"
    # AND the exercise still answers its own help
    helped = convo.say("help")
    assert any(k.startswith("boundary/") for k in helped.keys) and not helped.said("builtins/help")


def test_um_well_heard_as_how_a_talk_went_leaves_no_boundary_for_a_talk_plan_reply(talk):
    convo = talk()
    start_boundary(convo)
    reply = convo.send(stray("TalkOutcomeIntent", "outcome", "well"))
    assert not reply.said("plan/followup/no_plan"), "no talk-plan answer in the middle of a boundary"
    assert reply.said("boundary/reask/choose") and convo.state.mode == "boundary"


def test_a_mood_heard_in_the_reflection_is_its_re_ask_and_a_stray_help_me_choose_is_its_help(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("ask steady ground to start my reflection")
    reply = convo.send(stray("CheckInMoodIntent", "mood", "tired"))
    assert reply.said("reflection/retry") and convo.state.mode == "reflection"
    helped = convo.send(alexa.intent("HelpMeChooseIntent"))
    assert any(k.startswith("reflection/") for k in helped.keys) and not helped.said("builtins/unknown")


# -- after something hard was said ----------------------------------------------------------------------
def test_im_okay_heard_as_a_mood_after_the_safety_answer_gets_the_keep_question_again_in_new_words(talk, items):
    # GIVEN someone whose reflection words brought the safety answer and the offer to keep them
    convo = talk()
    convo.say("open steady ground")
    convo.say("ask steady ground to start my reflection")
    convo.say("daily")
    offered = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot(
        "text", "sometimes I think they'd be better off without me")}))
    assert offered.said("safety/resources") and offered.said("safety/keep_offer")
    # WHEN "I'm okay" is heard as a check-in mood
    again = convo.send(stray("CheckInMoodIntent", "mood", "okay"))
    # THEN the same question comes back, in other words, never "that's not something I can do"
    assert again.said("safety/keep_offer") and not again.said("builtins/unknown")
    assert again.session_open and again.speech.endswith("?")
    assert not sentences(offered.speech) & sentences(again.speech), "no sentence said twice in a row"
    # AND stopping keeps nothing and opens the goodbye only once
    bye = convo.say("stop")
    assert bye.said("safety/not_kept") and not bye.session_open
    openers = re.findall(r"\b(?:Okay|Alright)\b", bye.speech)
    assert len(openers) <= 1, bye.speech
    assert "better off" not in " ".join(str(i.get("text", "")) for i in items())


# -- a question asked again -------------------------------------------------------------------------------
def test_um_at_the_note_question_gets_no_rush_and_never_the_same_sentence_twice(talk, items):
    convo = talk()
    convo.say("open steady ground")
    asked = convo.say("add a note")
    # WHEN the answer is "um", then "what?"
    um = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "um")}))
    what = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "what")}))
    # THEN "um" gets no rush and the question in new words; "what?" gets it again in the same words
    assert um.said("exercise/no_rush") and um.said("notes/add_prompt")
    assert not sentences(asked.speech) & sentences(um.speech), (asked.speech, um.speech)
    assert sentences(what.speech) and sentences(what.speech) <= sentences(um.speech), (um.speech, what.speech)
    assert not [i for i in items() if i["sk"].startswith("NOTE#")], "a non-answer is never kept"
    assert convo.say("repeat").speech == what.speech


def test_help_inside_a_guidance_topic_names_tell_me_more_once(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("ask steady ground about boundaries")
    for _ in range(3):
        reply = convo.send(alexa.intent("AMAZON.HelpIntent"))
        assert reply.said("guidance/help")
        spoken = reply.speech.lower()
        assert spoken.count("tell me more") == 1 and spoken.count("repeat") <= 1, reply.speech



# -- the offer to pick up where you left off ---------------------------------------------------------------
def reflection_left_yesterday(talk):
    """A reflection left after its first answer; the next day's launch offers to pick it up."""
    convo = talk()
    convo.say("open steady ground")
    convo.say("ask steady ground to start my reflection")
    convo.say("weekly")
    convo.end_session()
    convo.advance(1)
    assert convo.say("open steady ground").said("reflection/resume")
    return convo


def test_asking_for_the_exercise_at_its_own_resume_offer_picks_it_up_instead_of_asking_again(talk):
    # GIVEN a reflection left at its first question's few words, and a launch the next day
    convo = reflection_left_yesterday(talk)
    # WHEN the person answers "start my reflection"
    reply = convo.send(alexa.intent("StartReflectionIntent"))
    # THEN it is picked up (not the same offer again), with the answer already given kept
    assert not reply.said("reflection/resume") and reply.said("reflection/resumed")
    assert convo.state.mode == "reflection"


def test_asking_for_the_exercise_after_declining_to_resume_starts_it_fresh(talk):
    convo = reflection_left_yesterday(talk)
    declined = convo.say("no")
    assert declined.said("exercise/resume_declined")
    reply = convo.send(alexa.intent("StartReflectionIntent"))
    assert reply.said("reflection/q_frequency") and not reply.said("reflection/resume")


# -- at the menu -------------------------------------------------------------------------------------------
def test_a_feeling_heard_as_an_answer_to_nothing_at_the_menu_leads_to_own_words_not_a_flat_refusal(talk):
    # GIVEN someone at the menu
    convo = talk()
    convo.say("open steady ground")
    # WHEN "I feel lonely" and then "not great honestly" land on the check-in's mood, with no check-in running
    first = convo.send(stray("CheckInMoodIntent", "mood", "lonely"))
    second = convo.send(stray("CheckInMoodIntent", "mood", "not great"))
    # THEN it is a misunderstanding that gets better: a re-ask with choices, then their own words
    assert first.said("builtins/fallback") and not first.said("builtins/unknown")
    assert second.said("builtins/own_words") and convo.elicit is not None


def test_when_no_pattern_fits_the_list_again_stays_within_one_breath(talk):
    from tests.support.speech import BUDGETS, count

    convo = talk()
    start_boundary(convo)
    reply = None
    for _ in range(5):  # help me choose, then skip every one of the four yes-or-no questions
        reply = convo.say("skip")
    assert reply is not None and reply.said("boundary/none_fit") and reply.said("boundary/ask/choose")
    assert count(reply.raw["response"]["outputSpeech"]["ssml"]) <= BUDGETS["question"], reply.speech
