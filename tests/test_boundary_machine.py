"""The boundary exercise's pure state machine: every transition, and a JSON round trip of every state."""

from __future__ import annotations

import dataclasses
import json

import pytest

from steady_ground.conversation import boundary, guided
from steady_ground.conversation.boundary import MAX_ANSWER_CHARS, STRATEGIES, BoundaryState, BoundaryStep, next_state
from steady_ground.conversation.machine import Ev, Event, StateVersionError, dump, load

B = BoundaryStep
FULL = BoundaryState(step=B.KEEP, strategy="time_limits", moment="after dinner", statement="When it drags, I will stop",
                     consequence="I will take a walk")


def at(step: BoundaryStep, **changes) -> BoundaryState:
    return dataclasses.replace(FULL, step=step, **changes)


def said(result) -> list[str]:
    return [line.key.removeprefix("boundary/") for line in result.say]


def asked(result) -> str | None:
    return result.ask.key.removeprefix("boundary/") if result.ask else None


# -- the way forward -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "event", "step", "says", "asks"),
    [
        (BoundaryState(), Event(Ev.START), B.CONSENT, [], "ask/consent"),
        (at(B.DONE), Event(Ev.YES), B.CONSENT, [], "ask/consent"),
        (at(B.CONSENT), Event(Ev.YES), B.CHOOSE, ["ack"], "ask/choose"),
        (at(B.CONSENT, strategy=None), Event(Ev.CHOICE, "circular"), B.MOMENT, ["chosen"], "ask/moment"),
        (at(B.CONSENT), Event(Ev.CHOICE, "HelpMeChooseIntent"), B.PROBE, ["probe_intro"], "ask/probe"),
        (at(B.CHOOSE), Event(Ev.CHOICE, "therapist"), B.MOMENT, ["chosen"], "ask/moment"),
        (at(B.CHOOSE), Event(Ev.CHOICE, "HelpMeChooseIntent"), B.PROBE, ["probe_intro"], "ask/probe"),
        (at(B.CHOOSE), Event(Ev.SKIP), B.PROBE, ["probe_intro"], "ask/probe"),
        (at(B.PROBE, probe=2), Event(Ev.YES), B.MOMENT, ["probe_match"], "ask/moment"),
        (at(B.PROBE, probe=0), Event(Ev.NO), B.PROBE, ["probe_next"], "ask/probe"),
        (at(B.PROBE, probe=1), Event(Ev.SKIP), B.PROBE, ["probe_next"], "ask/probe"),
        (at(B.PROBE, probe=3), Event(Ev.NO), B.CHOOSE, ["none_fit"], "ask/choose"),
        (at(B.PROBE), Event(Ev.CHOICE, "consequences"), B.MOMENT, ["chosen"], "ask/moment"),
        (at(B.MOMENT), Event(Ev.ANSWER, "late at night"), B.STATEMENT, ["ack"], "ask/statement"),
        (at(B.MOMENT), Event(Ev.SKIP), B.STATEMENT, ["skipped"], "ask/statement"),
        (at(B.STATEMENT), Event(Ev.ANSWER, "When it starts, I will pause"), B.CONSEQUENCE, ["ack"], "ask/consequence"),
        (at(B.STATEMENT), Event(Ev.SKIP), B.STATEMENT, ["cannot_skip"], "ask/statement"),
        (at(B.CONSEQUENCE), Event(Ev.ANSWER, "I will go out"), B.REHEARSE, ["ack"], "ask/rehearse"),
        (at(B.CONSEQUENCE), Event(Ev.SKIP), B.REHEARSE, ["skipped"], "ask/rehearse"),
        (at(B.REHEARSE), Event(Ev.ANSWER, "when it drags I will stop"), B.KEEP, ["rehearsed"], "ask/keep"),
        (at(B.REHEARSE), Event(Ev.YES), B.KEEP, ["rehearsed"], "ask/keep"),
        (at(B.REHEARSE), Event(Ev.NO), B.KEEP, ["skipped"], "ask/keep"),
        (at(B.REHEARSE), Event(Ev.SKIP), B.KEEP, ["skipped"], "ask/keep"),
        (at(B.KEEP), Event(Ev.SAVE_FAILED), B.RETRY_SAVE, ["save_failed"], "ask/retry_save"),
        (at(B.KEEP), Event(Ev.SAVE_REFUSED), B.STATEMENT, ["save_refused"], "ask/statement"),
        (at(B.KEEP, statement=None), Event(Ev.YES), B.STATEMENT, ["need_statement"], "ask/statement"),
    ],
)
def test_forward_transitions(state, event, step, says, asks):
    result = next_state(state, event)
    assert result.state.step == step
    assert said(result) == says
    assert asked(result) == asks
    assert result.free_text == (step in boundary.FREE_TEXT)
    assert not (result.finished or result.paused or result.save)


def test_an_answer_is_kept_whole_in_its_own_field():
    text = "when we talk about money & the kids <again>, \"every\" time"
    result = next_state(at(B.MOMENT, moment=None), Event(Ev.ANSWER, text))
    assert result.state.moment == text


@pytest.mark.parametrize("step", [B.KEEP, B.RETRY_SAVE])
def test_yes_to_keeping_asks_the_room_to_save_the_whole_boundary(step):
    long_statement = "When it starts, I will pause " + "and breathe " * 70
    result = next_state(at(step, statement=long_statement), Event(Ev.YES))
    assert result.save is not None and result.save.kind == "boundary"
    assert result.save.text == f"{long_statement.strip()} I will take a walk"
    assert result.save.data["moment"] == "after dinner" and result.save.data["strategy"] == "time_limits"
    assert not said(result) and result.ask is None, "nothing is said until the write's outcome is known"


def test_saved_finishes_with_saved_and_one_self_care_suggestion():
    result = next_state(at(B.KEEP), Event(Ev.SAVED))
    assert result.finished and said(result) == ["saved", "close"]


@pytest.mark.parametrize(("step", "key"), [(B.KEEP, "not_kept"), (B.RETRY_SAVE, "not_kept_after_failure")])
def test_no_to_keeping_finishes_without_saving(step, key):
    result = next_state(at(step), Event(Ev.NO))
    assert result.finished and result.save is None and said(result) == [key, "close"]


def test_notes_off_finishes_saying_so_never_asking_for_a_shorter_boundary():
    result = next_state(at(B.KEEP), Event(Ev.NOTES_OFF))
    assert result.finished and result.save is None and said(result) == ["notes_off"]


def test_no_to_consent_finishes_kindly():
    result = next_state(at(B.CONSENT), Event(Ev.NO))
    assert result.finished and said(result) == ["declined"]


def test_too_long_an_answer_is_refused_whole_and_the_question_stays():
    state = at(B.STATEMENT, statement=None)
    result = next_state(state, Event(Ev.ANSWER, "x" * (MAX_ANSWER_CHARS + 1)))
    assert result.state.statement is None and result.state.step == B.STATEMENT
    assert said(result) == ["too_long"] and asked(result) == "ask/statement"
    kept = next_state(state, Event(Ev.ANSWER, "y" * MAX_ANSWER_CHARS))
    assert kept.state.statement == "y" * MAX_ANSWER_CHARS


# -- steering, at every step ------------------------------------------------------------------------
STEPS = [B.CONSENT, B.CHOOSE, B.PROBE, B.MOMENT, B.STATEMENT, B.CONSEQUENCE, B.REHEARSE, B.KEEP, B.RETRY_SAVE]


@pytest.mark.parametrize("step", STEPS)
def test_help_repeat_and_what_was_the_question_stay_on_the_step(step):
    state = at(step, retries=1)
    help_ = next_state(state, Event(Ev.HELP))
    assert said(help_) == [f"help/{step.value}"] and asked(help_) == f"ask/{step.value}"
    assert next_state(state, Event(Ev.REPEAT)).state == state
    assert asked(next_state(state, Event(Ev.REPEAT))) == f"ask/{step.value}"
    what = next_state(state, Event(Ev.WHAT_QUESTION))
    assert said(what) == ["question_was"] and asked(what) == f"ask/{step.value}"


@pytest.mark.parametrize("step", STEPS)
def test_pause_keeps_everything_and_resume_reasks_the_same_step(step):
    paused = next_state(at(step, retries=1), Event(Ev.PAUSE))
    assert paused.paused and said(paused) == ["paused"] and paused.ask is None
    assert paused.state == at(step), "answers kept; failed tries forgotten"
    resumed = next_state(paused.state, Event(Ev.RESUME))
    assert resumed.state == at(step) and said(resumed) == ["resume"] and asked(resumed) == f"ask/{step.value}"
    assert resumed.free_text == (step in boundary.FREE_TEXT)


@pytest.mark.parametrize(
    ("step", "back_to"),
    [(B.PROBE, B.CHOOSE), (B.MOMENT, B.CHOOSE), (B.STATEMENT, B.MOMENT), (B.CONSEQUENCE, B.STATEMENT),
     (B.REHEARSE, B.CONSEQUENCE), (B.KEEP, B.REHEARSE), (B.RETRY_SAVE, B.REHEARSE)],
)
def test_back_goes_one_step_back_and_keeps_the_answers(step, back_to):
    result = next_state(at(step), Event(Ev.BACK))
    assert result.state == at(back_to) and said(result) == ["went_back"] and asked(result) == f"ask/{back_to.value}"


@pytest.mark.parametrize("step", [B.CONSENT, B.CHOOSE])
def test_back_at_the_start_says_there_is_nothing_before(step):
    result = next_state(at(step), Event(Ev.BACK))
    assert result.state == at(step) and said(result) == ["no_back"]


@pytest.mark.parametrize("step", STEPS)
def test_start_over_clears_every_answer(step):
    result = next_state(at(step), Event(Ev.START_OVER))
    assert result.state == BoundaryState(step=B.CHOOSE) and said(result) == ["start_over"]


# -- failed tries, bounded at two -------------------------------------------------------------------
MOVE_ON = {
    B.CHOOSE: (B.PROBE, False),
    B.MOMENT: (B.STATEMENT, False),
    B.CONSEQUENCE: (B.REHEARSE, False),
    B.REHEARSE: (B.KEEP, False),
    B.STATEMENT: (B.STATEMENT, True),  # the heart of it: pause with the place kept, never skip
    B.CONSENT: (B.CONSENT, True),
    B.PROBE: (B.PROBE, True),
    B.KEEP: (B.KEEP, True),
    B.RETRY_SAVE: (B.RETRY_SAVE, True),
}


@pytest.mark.parametrize("step", STEPS)
def test_three_failed_tries_reask_with_an_example_then_offer_then_move_on(step):
    state = at(step)
    first = next_state(state, Event(Ev.NOMATCH))
    # the first re-ask is short, with one example, and is itself the question (no apology plus the
    # whole question again)
    assert said(first) == [] and asked(first) == f"reask/{step.value}"
    assert first.free_text == (step in boundary.FREE_TEXT)
    second = next_state(first.state, Event(Ev.NOMATCH))
    if step in boundary.YES_NO:  # then two concrete choices
        assert said(second) == [] and asked(second) == "plainly"
    else:
        assert said(second) == [] and asked(second) == "stuck" and not second.free_text
    assert asked(second) != asked(first)
    third = next_state(second.state, Event(Ev.NOMATCH))
    where, pauses = MOVE_ON[step]
    assert third.state.step == where and third.paused == pauses
    assert third.state.retries == 0 and not third.state.offered
    if pauses:
        assert said(third) == ["paused_unclear"]


@pytest.mark.parametrize("step", [B.CHOOSE, B.MOMENT, B.CONSEQUENCE, B.REHEARSE, B.STATEMENT])
def test_the_move_on_offer_yes_moves_on_and_no_tries_again(step):
    offered = at(step, retries=2, offered=True)
    yes = next_state(offered, Event(Ev.YES))
    where, pauses = MOVE_ON[step]
    assert yes.state.step == where and yes.paused == pauses
    no = next_state(offered, Event(Ev.NO))
    assert no.state == at(step) and said(no) == ["try_again"] and asked(no) == f"ask/{step.value}"


def test_an_answer_after_the_offer_is_still_taken():
    result = next_state(at(B.MOMENT, moment=None, retries=2, offered=True), Event(Ev.ANSWER, "at bedtime"))
    assert result.state.step == B.STATEMENT and result.state.moment == "at bedtime"


@pytest.mark.parametrize("text", ["", "   ", "?!", "..."])
def test_empty_or_wordless_free_text_is_a_failed_try(text):
    result = next_state(at(B.MOMENT, moment=None), Event(Ev.ANSWER, text))
    assert result.state.retries == 1 and result.state.moment is None


@pytest.mark.parametrize(("step", "event"), [(B.MOMENT, Ev.YES), (B.KEEP, Ev.ANSWER), (B.CHOOSE, Ev.YES),
                                             (B.KEEP, Ev.CHOICE), (B.CHOOSE, Ev.ANSWER)])
def test_an_answer_that_does_not_fit_the_question_is_a_failed_try(step, event):
    result = next_state(at(step), Event(event, "circular" if event == Ev.CHOICE else "something"))
    assert result.state.step == step and result.state.retries == 1


def test_an_unknown_strategy_id_is_a_failed_try():
    assert next_state(at(B.CHOOSE), Event(Ev.CHOICE, "shouting")).state.retries == 1


# -- reading back -------------------------------------------------------------------------------------
def test_readback_is_cut_at_a_word_and_says_so():
    text = "When it starts again I will take a breath " * 20
    spoken, cut = boundary.speakable(text)
    assert cut and len(spoken) <= guided.READBACK_CHARS and text.startswith(spoken)
    assert boundary.speakable("short one") == ("short one", False)


def test_the_launch_offer_names_only_the_step_number():
    assert boundary.progress_params(at(B.CONSEQUENCE)) == {"number": 4, "total": 6}


# -- JSON round trip ------------------------------------------------------------------------------------
@pytest.mark.parametrize("step", list(BoundaryStep))
def test_every_state_survives_a_json_round_trip(step):
    for state in (at(step), at(step, retries=2, offered=True, probe=3), BoundaryState(step=step)):
        assert load(BoundaryState, json.loads(json.dumps(dump(state)))) == state


@pytest.mark.parametrize(
    "stored",
    [{**dump(FULL), "version": 0}, {**dump(FULL), "version": 99}, {**dump(FULL), "step": "gone"},
     {**dump(FULL), "retries": "two"}, "not a state", None],
)
def test_older_or_unknown_states_are_refused_not_guessed(stored):
    with pytest.raises(StateVersionError):
        load(BoundaryState, stored)


def test_every_strategy_is_a_slot_id_in_the_model():
    from tests.test_consistency import LANGUAGE_MODEL

    ids = {v["id"] for t in LANGUAGE_MODEL["types"] if t["name"] == "StrategyType" for v in t["values"]}
    assert ids == set(STRATEGIES)
