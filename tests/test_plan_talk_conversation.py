"""Plan the talk, by voice: a whole plan from a one-shot to a kept note, help me choose, an idea of
their own, the gentle flag on blame words, help, repeat, back and skip, pausing and stopping then
resuming another day, words of crisis as an answer, and the follow-up a day after a kept plan."""

from __future__ import annotations

import json
import logging

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.test_safety_answer import assert_safety_answer

START = "ask steady ground to help me plan the talk"
HOPE = "that we find a way to feel close again"
MOMENT = "on Saturday morning when we walk the dog"
OPENING = "I've been missing us, and I'd love for us to listen to a podcast together"


def plan_notes(items) -> list[dict]:
    return [i for i in items() if i["sk"].startswith("NOTE#") and i.get("kind") == "plan"]


def profile(items) -> dict:
    found = [i for i in items() if i["sk"] == "META#profile"]
    return json.loads(found[0]["body"]) if found else {}


CONSENT_QUESTIONS = {"notes/consent", "privacy/consent_shared"}


def keep_it(convo):
    """Yes to "keep this plan as a note?"; the first save ever asks consent first (notes.py)."""
    reply = convo.say("yes")
    heard = [reply.speech]
    while reply.keys and reply.keys[-1] in CONSENT_QUESTIONS:  # the question this reply asks
        reply = convo.say("yes")
        heard.append(reply.speech)
    reply.heard = " ".join(heard)
    return reply


def to_opening(convo, first_step="a podcast"):
    convo.say(START)
    convo.say(HOPE)
    convo.say("being judged")
    convo.say(first_step)
    return convo.say(MOMENT)


def plan_kept(convo):
    to_opening(convo)
    convo.say(OPENING)
    convo.say(OPENING)  # the rehearsal, said aloud
    return keep_it(convo)


# -- a whole plan ------------------------------------------------------------------------------
def test_a_whole_plan_from_a_one_shot_to_a_kept_note(talk, items):
    convo = talk()
    # GIVEN someone who asks in one breath
    reply = convo.say(START)
    assert "six" in reply.speech.lower() and "pause" in reply.speech
    assert "what are you hoping for" in reply.speech and reply.speech.endswith("?")
    assert_valid_response(reply.raw)
    # WHEN they answer each step in their own words
    reply = convo.say(HOPE)
    assert "Step two" in reply.speech and "help me choose" in reply.speech
    reply = convo.say("they're afraid of being judged")
    # THEN the worry gets one calm, factual reassurance, then the gentler first steps are offered
    assert "being judged" in reply.speech
    assert "confidential" in reply.speech or "private" in reply.speech
    assert "workshop" in reply.speech and "podcast" in reply.speech and "own idea" in reply.speech
    reply = convo.say("we could try a podcast")
    assert "a podcast you listen to together" in reply.speech and "not right after a disagreement" in reply.speech
    reply = convo.say(MOMENT)
    # the example opening line fits the first step they chose, and starts with I
    assert "Begin with I" in reply.speech and "I found a podcast we could try" in reply.speech
    reply = convo.say(OPENING)
    assert OPENING in reply.speech, "their opening line is read back"
    assert "out loud" in reply.speech or "aloud" in reply.speech
    reply = convo.say(OPENING)
    assert "keep this plan as a note" in reply.speech or "keep your plan" in reply.speech or "save this plan" in reply.speech
    assert not plan_notes(items), "nothing is kept before they say yes"
    reply = keep_it(convo)
    # THEN it says saved only now, offers the talk timer for the day, and asks what's next
    assert "saved" in reply.speech.lower()
    assert "time our talk" in reply.speech
    assert reply.session_open and reply.speech.endswith("?")
    [note] = plan_notes(items)
    words = json.dumps(note)
    assert OPENING in words and HOPE in words and MOMENT in words and '"podcast"' in words and '"judged"' in words
    assert not [i for i in items() if i["sk"] == "META#progress#plan"], "a finished plan leaves no place"
    assert_valid_response(reply.raw)


@pytest.mark.parametrize(("said", "heard"), [
    ("being forced to change", "change"),
    ("losing control of the story", "losing control"),
    ("they think therapy means failure", "seeing help as failure"),
    ("it's pointless", "doubting talk helps"),
])
def test_each_worry_gets_its_own_reassurance(talk, said, heard):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    reply = convo.say(said)
    assert heard in reply.speech.lower()
    assert "Step three" in reply.speech


@pytest.mark.parametrize(("answers", "heard"), [(["yes"], "being judged"), (["no", "yes"], "pushed to change"),
                                                (["no", "no", "yes"], "losing control"),
                                                (["no", "no", "no", "yes"], "seeing help as failure"),
                                                (["no", "no", "no", "no", "yes"], "doubting talk helps")])
def test_help_me_choose_asks_one_yes_no_question_per_worry(talk, answers, heard):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    reply = convo.say("help me choose")
    assert "yes or no" in reply.speech and reply.speech.endswith("?")
    for answer in answers:
        reply = convo.say(answer)
    assert heard in reply.speech and "Step three" in reply.speech


def test_the_second_one_picks_the_second_worry_named(talk, items):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    reply = convo.say("the second one")
    assert "pushed to change" in reply.speech and "Step three" in reply.speech
    reply = convo.say("the last one")
    assert "idea" in reply.speech and reply.speech.endswith("?")


def test_no_worry_fits_and_the_plan_goes_on_without_one(talk):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    convo.say("help me choose")
    for _ in range(4):
        convo.say("no")
    reply = convo.say("no")
    assert "Step three" in reply.speech and "failed" not in reply.speech


def test_their_own_idea_is_asked_for_in_their_words_and_the_example_stays_general(talk, items):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    convo.say("being judged")
    reply = convo.say("my own idea")
    assert "idea" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("cooking dinner together on Fridays")
    assert "Step four" in reply.speech
    reply = convo.say(MOMENT)
    assert "I'd love us to try something together" in reply.speech


# -- the opening line: flagged gently, never refused ------------------------------------------------
def test_blame_words_are_flagged_once_and_a_rephrase_is_offered_not_demanded(talk, items):
    convo = talk()
    to_opening(convo)
    reply = convo.say("You never listen to me and we need help")
    assert "I noticed the words you never" in reply.speech
    assert reply.speech.endswith("?") and reply.session_open
    assert not [i for i in items() if "You never listen" in json.dumps(i) and i["sk"].startswith("NOTE#")]
    reply = convo.say("yes")
    assert "Step five" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("I feel lonely lately and I'd love us to try a podcast together")
    assert "I feel lonely lately and I'd love us to try a podcast together" in reply.speech
    convo.say("skip")
    keep_it(convo)
    [note] = plan_notes(items)
    assert "I feel lonely lately" in json.dumps(note) and "You never listen" not in json.dumps(note)


def test_keeping_the_words_as_they_were_is_respected(talk, items):
    convo = talk()
    to_opening(convo)
    reply = convo.say("We get counseling or else")
    assert "or else" in reply.speech
    reply = convo.say("no")
    assert "We get counseling or else" in reply.speech, "the line is kept and read back as it was"
    convo.say("skip")
    keep_it(convo)
    assert "We get counseling or else" in json.dumps(plan_notes(items)[0])


# -- steering ----------------------------------------------------------------------------------
def test_help_repeat_back_and_skip_inside_the_plan(talk):
    convo = talk()
    convo.say(START)
    reply = convo.say("help")
    assert "skip" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("skip")
    assert "Step two" in reply.speech
    repeated = convo.say("repeat")
    assert "Step two" in repeated.speech
    reply = convo.say("go back")
    assert "Step one" in reply.speech
    convo.say(HOPE)
    convo.say("being judged")
    reply = convo.say("skip")
    assert "Step four" in reply.speech
    convo.say("skip")
    reply = convo.say("skip")
    assert "pause" in reply.speech and "starting with i" in reply.speech.lower(), "the opening line can't be skipped"


def test_three_misses_at_the_opening_line_pause_it_kindly_with_the_place_kept(talk, items):
    convo = talk()
    to_opening(convo)
    unclear = alexa.intent("AMAZON.FallbackIntent")  # not heard at all ("..." is now a hesitation: no rush)
    convo.send(unclear)
    reply = convo.send(unclear)
    assert any(w in reply.speech for w in ("pause", "another day", "later")) and reply.speech.endswith("?")
    reply = convo.say("yes")
    assert not reply.session_open and "next time" in reply.speech.lower()
    assert [i for i in items() if i["sk"] == "META#progress#plan"]


# -- pause, stop, silence: resume another day ----------------------------------------------------
@pytest.mark.parametrize("leave", ["pause", "stop", "exit", "silence"])
def test_leaving_mid_plan_keeps_the_place_for_another_day(talk, items, leave):
    convo = talk()
    to_opening(convo)
    if leave == "silence":
        convo.say("")
        convo.say("")
    else:
        convo.say(leave)
    assert convo.session is None
    # WHEN they come back the next day
    convo.advance(1)
    reply = convo.say("open steady ground")
    assert "step 5" in reply.speech and "talk" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("yes")
    # THEN it picks up at the opening line, with the first step they chose
    assert "Step five" in reply.speech and "podcast" in reply.speech
    reply = convo.say(OPENING)
    assert OPENING in reply.speech


def test_declining_to_resume_offers_a_fresh_start(talk):
    convo = talk()
    to_opening(convo)
    convo.say("pause")
    convo.advance(1)
    convo.say("open steady ground")
    reply = convo.say("no")
    assert reply.speech.endswith("?")
    reply = convo.say("yes")
    assert "Step one" in reply.speech


# -- safety ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("step", "words", "trace"), [
    ("hope", "that he stops, my partner hit me last night", "hit me"),
    ("moment", "some days I wish I was dead", "wish i was dead"),
    ("opening", "I'm thinking of ending it", "ending it"),
])
def test_crisis_words_as_an_answer_bring_help_first_keep_the_place_and_are_kept_nowhere(
        talk, items, caplog, step, words, trace):
    caplog.set_level(logging.DEBUG)
    convo = talk()
    convo.say(START)
    if step != "hope":
        convo.say(HOPE)
        convo.say("being judged")
        convo.say("a podcast")
    if step == "opening":
        convo.say(MOMENT)
    # WHEN their free-text answer carries words of crisis
    reply = convo.say(words)
    # THEN help comes first, and the words are kept nowhere, not even in logs
    assert reply.request["request"]["intent"]["name"] == "CaptureTextIntent"
    assert_safety_answer(reply, keep_offer=True)
    assert trace not in repr(items()).lower() and trace not in caplog.text.lower()
    # WHEN they say no to keeping those words, then yes to carrying on
    not_kept = convo.say("no")
    assert not_kept.said("safety/not_kept")
    assert trace not in repr(convo.session.attributes).lower()
    back = convo.say("yes")
    assert back.session_open and back.speech.endswith("?") and "988" not in back.speech
    assert {"hope": "Step one", "moment": "Step four", "opening": "Step five"}[step] in back.speech
    assert any(d["type"] == "Dialog.ElicitSlot" for d in back.directives)


# -- the follow-up, a day after a kept plan --------------------------------------------------------
def test_a_day_after_a_kept_plan_the_launch_asks_once_how_it_went(talk, items):
    convo = talk()
    plan_kept(convo)
    convo.say("stop")
    # the same day: no question yet
    reply = convo.say("open steady ground")
    assert "how did it go" not in reply.speech.lower()
    convo.say("stop")
    # WHEN they come back the next day
    convo.advance(1)
    reply = convo.say("open steady ground")
    assert "talk" in reply.speech and "well" in reply.speech.lower() and "not yet" in reply.speech
    assert reply.speech.endswith("?")
    reply = convo.say("it went well")
    # THEN one fitting next step, the answer kept with the plan, and no promise or blame
    assert "podcast" in reply.speech and reply.speech.endswith("?")
    assert not any(w in reply.speech.lower() for w in ("will work", "guarantee", "fault", "blame"))
    entry = profile(items)["talk_plan"]
    assert entry["outcome"] == "well" and entry["first_step"] == "podcast"
    convo.say("stop")
    # AND it never asks again
    convo.advance(2)
    reply = convo.say("open steady ground")
    assert "how did it go" not in reply.speech.lower() and "well, hard" not in reply.speech.lower()


@pytest.mark.parametrize(("said", "outcome", "heard"), [
    ("it was hard", "hard", ("sorry", "sounds hard", "thank you")),
    ("not yet", "not_yet", ("no deadline", "no rush", "moment feels right")),
    ("we haven't talked yet", "not_yet", ("no deadline", "no rush", "moment feels right")),
])
def test_a_hard_talk_or_none_yet_gets_a_kind_next_step(talk, items, said, outcome, heard):
    convo = talk()
    plan_kept(convo)
    convo.say("stop")
    convo.advance(1)
    convo.say("open steady ground")
    reply = convo.say(said)
    assert any(h in reply.speech.lower() for h in heard) and reply.speech.endswith("?")
    assert profile(items)["talk_plan"]["outcome"] == outcome
    assert "your fault" not in reply.speech.lower() and "their fault" not in reply.speech.lower()


def test_the_follow_up_is_asked_once_even_when_it_is_not_answered(talk, items):
    convo = talk()
    plan_kept(convo)
    convo.say("stop")
    convo.advance(1)
    convo.say("open steady ground")
    convo.say("stop")
    convo.advance(1)
    reply = convo.say("open steady ground")
    assert "not yet" not in reply.speech
    assert "outcome" not in profile(items)["talk_plan"]


def test_in_private_mode_an_unrecognized_voice_is_not_asked_about_the_plan(talk, items):
    convo = talk()
    plan_kept(convo)
    reply = convo.say("turn on private mode")
    convo.say("stop")
    convo.advance(1)
    reply = convo.say("open steady ground")
    assert "talk" not in reply.speech.lower() or "not yet" not in reply.speech.lower()
    assert "asked_at" not in profile(items)["talk_plan"]


def test_saying_how_it_went_without_a_plan_reveals_nothing_and_offers_to_plan(talk):
    convo = talk(device=alexa.Device(user_id="amzn1.ask.account.NOPLAN0001"))
    convo.say("open steady ground")
    reply = convo.say("it went well")
    assert "plan the talk" in reply.speech and reply.speech.endswith("?")


def test_help_names_the_choices_once_then_asks_briefly(talk):
    # GIVEN the plan at the worry step, whose question lists the five worries
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    # WHEN they ask for help
    reply = convo.say("help")
    # THEN the worries are explained once, and the question comes back in its short form
    assert reply.speech.count("losing control") == 1 and "Step two" not in reply.speech
    assert "help me choose" in reply.speech and reply.speech.endswith("?")
    # AND "what was the question?" brings the whole question back
    whole = convo.say("what was the question")
    assert "Step two" in whole.speech and "losing control" in whole.speech


def test_should_i_leave_in_the_middle_is_answered_neutrally_then_the_question_briefly(talk):
    convo = talk()
    convo.say(START)
    convo.say(HOPE)
    convo.say("they're afraid of being judged")  # on to the first step, whose question lists ideas
    reply = convo.say("should I leave him?")
    assert any(w in reply.speech.lower() for w in ("yours", "only you", "belongs to you")), reply.speech
    assert "Step three" not in reply.speech and "own idea" in reply.speech and reply.speech.endswith("?")
