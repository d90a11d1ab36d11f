"""Issue 15, as a person would notice it: answers in their own words, non-answers taken for what
they are, misunderstandings that get better instead of louder, and "should I leave?" answered
warmly without a verdict. Dialogs through the simulator, in every exercise."""

from __future__ import annotations

import itertools

import pytest

from steady_ground.conversation import hearing
from steady_ground.conversation import reflection as r
from steady_ground.conversation.machine import Ev, Event, dump, load
from tests.support.talking import PLACES, boundary_at_statement, free_text, stored_text

VERDICTS = ("you should leave", "you should stay", "leave him", "leave her", "divorce", "break up")


# -- hearing, pure ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("honestly most days", "few_weekly"),
        ("every day now", "daily"),
        ("I'd say once a week or so", "weekly"),
        ("um, hardly ever really", "rarely"),
        ("not every day, maybe once a week", "weekly"),
        ("all the time lately", "daily"),
    ],
)
def test_frequency_is_heard_inside_the_sentence_people_wrap_it_in(said, meant):
    assert hearing.frequency(said) == meant


@pytest.mark.parametrize(
    ("said", "middle", "meant"),
    [
        ("yeah I think so", "sometimes", "yes"),
        ("not really, no", "sometimes", "no"),
        ("kind of, some of the time", "sometimes", "sometimes"),
        ("honestly I'm not sure", "not_sure", "not_sure"),
        ("mostly no", "sometimes", "no"),
    ],
)
def test_yes_no_and_the_middle_are_heard_inside_sentences(said, middle, meant):
    assert hearing.yes_no(said, middle) == meant


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("um", hearing.Heard.FILLER), ("uh...", hearing.Heard.FILLER), ("hmm, well", hearing.Heard.FILLER),
        ("hold on", hearing.Heard.INTERRUPT), ("no wait", hearing.Heard.INTERRUPT), ("he's home", hearing.Heard.INTERRUPT),
        ("give me an example", hearing.Heard.EXAMPLE), ("what should I say?", hearing.Heard.EXAMPLE),
        ("what?", hearing.Heard.WHAT), ("actually no, I changed my mind", hearing.Heard.CHANGED_MIND),
        ("actually no", hearing.Heard.CHANGED_MIND), ("should I leave him?", hearing.Heard.DECISION),
        ("um, skip", hearing.Heard.SKIP), ("When he shouts, I will leave the room", hearing.Heard.ANSWER),
    ],
)
def test_non_answers_are_told_from_answers(said, kind):
    assert hearing.heard(said) == kind


def test_worse_better_and_the_same_are_heard():
    assert hearing.trend("I think it's getting worse") == "worse"
    assert hearing.trend("it's not getting better") == "worse"
    assert hearing.trend("a bit better lately") == "better"
    assert hearing.trend("about the same as before") == "same"
    assert hearing.trend("every day") is None


def test_every_value_the_model_names_is_heard_in_free_text_too():
    import json
    from pathlib import Path

    model = json.loads((Path(__file__).resolve().parent.parent / "interaction_models" / "en-US.json").read_text())
    for t in model["interactionModel"]["languageModel"]["types"]:
        for v in t["values"] if t["name"] in ("FrequencyType", "MaybeType") else []:
            for said in [v["name"]["value"], *v["name"].get("synonyms", [])]:
                if t["name"] == "FrequencyType":
                    assert hearing.frequency(said) == v["id"], said
                else:
                    middle = "sometimes" if v["id"] == "sometimes" else "not_sure"
                    assert hearing.yes_no(said, middle) == v["id"], said


# -- the reflection machine keeps feelings; old progress still loads -------------------------------
def test_a_trend_alone_is_kept_and_the_question_asked_plainly_without_counting_a_miss():
    step = r.next_state(r.initial(), Event(Ev.ANSWER, "I think it's getting worse"))
    assert step.state.feelings == {"frequency": "worse"} and step.state.retries == 0
    assert step.ask is not None and step.ask.key == "reflection/q_frequency"
    answered = r.next_state(step.state, Event(Ev.ANSWER, "every day now"))
    assert answered.state.answers == {"frequency": "daily"} and answered.state.feelings == {"frequency": "worse"}


def test_version_one_progress_carries_on_as_version_two():
    old = {**dump(r.ReflectionState(index=2, answers={"frequency": "weekly", "peace": "no"})), "version": 1}
    old.pop("feelings"), old.pop("previous_feelings")
    state = load(r.ReflectionState, old)
    assert state.version == 2 and state.index == 2 and state.answers == {"frequency": "weekly", "peace": "no"}
    assert state.feelings == {}


def test_the_skip_offer_re_asks_at_most_twice_then_moves_on_kindly():
    state = r.ReflectionState(step=r.RStep.OFFER_SKIP)
    said = []
    for _ in range(3):
        step = r.next_state(state, Event(Ev.NOMATCH))
        said.append(step.ask.key if step.ask else None)
        state = step.state
    assert state.step == r.RStep.ASK and state.index == 1, "the third miss leaves the question and goes on"
    assert "frequency" not in state.answers


# -- dialogs: the reflection ------------------------------------------------------------------------
def test_reflection_hears_answers_and_feelings_in_the_persons_words_and_the_next_one_compares(talk, items):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    first = convo.say("purple monkey dishwasher")  # not understood: the re-ask captures the next words whole
    assert first.session_open and convo.elicit
    heard = free_text(convo, "honestly, every day now, and it's getting worse")
    assert convo.state.exercises["reflection"]["answers"] == {"frequency": "daily"}
    assert convo.state.exercises["reflection"]["feelings"] == {"frequency": "worse"}
    assert "skip" in heard.speech.lower()
    for said in ("skip", "yes", "skip", "rarely", "skip"):  # words, peace, words, effort, words
        convo.say(said)
    assert convo.state.exercises["reflection"]["answers"]["effort"] == "no", "rarely, to the effort question, is a no"
    closing = convo.say("skip")  # the last question
    assert "every day, and it's getting worse" in closing.speech
    consent = convo.say("yes")
    if convo.state.question is not None and convo.state.question.KIND == "consent":
        consent = convo.say("yes")
    assert "kept" in consent.speech.lower()
    kept = [i for i in items() if str(i["sk"]).startswith("NOTE#")]
    assert len(kept) == 1 and kept[0]["data"]["feelings"] == {"frequency": "worse"}
    assert "getting worse" in kept[0]["text"]
    # A week later, the comparison remembers how it felt then.
    convo.say("stop")
    convo.advance(7)
    convo.say("open steady ground")
    convo.say("start my reflection")
    for said in ("weekly", "skip", "no", "skip", "yes", "skip", "yes"):
        convo.say(said)
    closing = convo.say("skip")
    assert "you felt things were getting worse" in closing.speech


def test_the_skip_offer_never_loops_and_a_big_question_gets_no_verdict(talk):
    convo = talk()
    convo.say("open steady ground")
    convo.say("start my reflection")
    for _ in range(3):
        convo.say("purple monkey dishwasher") if not convo.elicit else free_text(convo, "purple monkey dishwasher")
    assert convo.state.exercises["reflection"]["step"] == "offer_skip"
    asked = convo.say("should I leave?")
    assert asked.session_open and asked.speech.endswith("?")
    assert "yours" in asked.speech.lower() or "belongs to you" in asked.speech.lower() or "only you" in asked.speech.lower()
    assert not any(v in asked.speech.lower() for v in VERDICTS)
    assert convo.state.exercises["reflection"]["step"] == "offer_skip", "the place is kept"
    replies = [convo.say("is that bad?")]
    replies += [convo.say("purple monkey dishwasher") for _ in range(3)]
    assert convo.state.exercises["reflection"]["index"] == 1, "after two re-asks it moves on kindly"
    spoken = [r.speech for r in replies[1:]]
    assert all(a != b for a, b in itertools.pairwise(spoken)), "never the same sentence twice in a row"


@pytest.mark.parametrize("phrase", ["should I leave", "should I divorce him", "is that bad"])
def test_should_i_leave_from_the_menu_is_warm_neutral_and_offers_help_to_think(talk, phrase):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say(phrase)
    lowered = reply.speech.lower()
    assert not any(v in lowered for v in VERDICTS), reply.speech
    assert "yours" in lowered or "belongs to you" in lowered or "only you" in lowered
    assert reply.speech.endswith("?") and reply.session_open
    opened = convo.say("yes")
    assert "deal breaker" in opened.speech.lower()


# -- dialogs: non-answers in every free-text step ------------------------------------------------------
NON_ANSWERS = ["um", "give me an example", "what should I say", "what", "actually no, I changed my mind",
               "no wait", "hold on"]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("said", NON_ANSWERS)
def test_a_non_answer_is_answered_for_what_it_is_and_never_kept(talk, items, place, said):
    convo = talk()
    PLACES[place](convo)
    reply = free_text(convo, said)
    assert said.lower() not in stored_text(items), "never saved"
    session = convo.state.exercises if convo.session else {}
    if place != "notes" and place in session:
        kept = str(session[place]).lower()
        assert f"'{said.lower()}'" not in kept, "never held as the answer"
    if said in ("no wait", "hold on"):  # an interruption: stop now, place kept, nothing about the topic
        assert not reply.session_open and len(reply.speech.split()) <= 6
        for word in ("boundary", "reflection", "check", "note", "money", "partner"):
            assert word not in reply.speech.lower()
        if place != "notes":
            assert any(f"META#progress#{place}" in str(i["sk"]) for i in items()), "the place is kept"
    else:
        assert reply.session_open and reply.speech.endswith("?")
    if said in ("give me an example", "what should I say") and place in ("boundary", "notes"):
        assert "for example" in reply.speech.lower()


def test_the_next_day_nothing_a_non_answer_said_is_read_back(talk, items):
    convo = talk()
    boundary_at_statement(convo)
    for said in ("um", "give me an example", "hold on"):
        if convo.session is None:
            convo.say("open steady ground")
            convo.say("yes")
        free_text(convo, said)
    convo.advance(1)
    convo.say("open steady ground")
    back = convo.say("yes")
    assert convo.state.exercises["boundary"]["step"] == "statement"
    for said in ("um", "give me an example", "hold on"):
        assert said not in back.speech.lower()


# -- misunderstandings get better, not louder; repeat says the real thing --------------------------------
@pytest.mark.parametrize("start", [["ask steady ground to set a boundary", "yes"], ["ask steady ground to start my reflection"],
                                   ["open steady ground", "check in"]])
def test_two_misses_never_repeat_a_sentence_and_repeat_says_the_question_not_the_apology(talk, start):
    convo = talk()
    for text in start:
        convo.say(text)
    question = convo.last.speech
    first = convo.say("purple monkey dishwasher") if not convo.elicit else free_text(convo, "purple monkey dishwasher")
    again = convo.say("repeat")
    assert again.speech != first.speech and again.speech.endswith("?")
    second = convo.say("purple monkey dishwasher") if not convo.elicit else free_text(convo, "purple monkey dishwasher")
    assert first.speech != second.speech
    assert len(first.speech.split()) <= 25 and len(second.speech.split()) <= 25
    firsts = {s.strip() for s in first.speech.split(".")}
    assert not firsts & {s.strip() for s in second.speech.split(".") if len(s.split()) > 2}
    assert question
