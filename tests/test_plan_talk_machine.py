"""Plan the talk's pure state machine: every transition, the gentle blame check, steering at every
step, bounded retries, the note it keeps, a JSON round trip of every state, and a template for
every key it can name."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from steady_ground.conversation import guided, plan_talk
from steady_ground.conversation.machine import Ev, Event, StateVersionError, dump, load
from steady_ground.conversation.plan_talk import (
    FIRST_STEPS,
    MAX_ANSWER_CHARS,
    WORRIES,
    PlanState,
    PlanStep,
    blame_words,
    next_state,
)

P = PlanStep
FULL = PlanState(step=P.KEEP, hope="that we try a workshop", worry="judged", first_step="workshop",
                 moment="Sunday morning", opening="I miss us, and I'd love to try a workshop together")


def at(step: PlanStep, **changes) -> PlanState:
    return dataclasses.replace(FULL, step=step, **changes)


def said(result) -> list[str]:
    return [line.key.removeprefix("plan/") for line in result.say]


def asked(result) -> str | None:
    return result.ask.key.removeprefix("plan/") if result.ask else None


# -- the way forward -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "event", "step", "says", "asks"),
    [
        (PlanState(), Event(Ev.START), P.HOPE, ["intro"], "ask/hope"),
        (at(P.DONE), Event(Ev.YES), P.HOPE, ["intro"], "ask/hope"),
        (at(P.HOPE, hope=None), Event(Ev.ANSWER, "that we get some help together"), P.WORRY, ["ack"], "ask/worry"),
        (at(P.HOPE), Event(Ev.SKIP), P.WORRY, ["skipped"], "ask/worry"),
        (at(P.WORRY, worry=None), Event(Ev.CHOICE, "failure"), P.FIRST_STEP, ["reassure"], "ask/first_step"),
        (at(P.WORRY), Event(Ev.CHOICE, "HelpMeChooseIntent"), P.PROBE, ["probe_intro"], "ask/probe"),
        (at(P.WORRY), Event(Ev.SKIP), P.FIRST_STEP, ["skipped"], "ask/first_step"),
        (at(P.PROBE, probe=2), Event(Ev.YES), P.FIRST_STEP, ["reassure"], "ask/first_step"),
        (at(P.PROBE, probe=0), Event(Ev.NO), P.PROBE, ["probe_next"], "ask/probe"),
        (at(P.PROBE, probe=1), Event(Ev.SKIP), P.PROBE, ["probe_next"], "ask/probe"),
        (at(P.PROBE, probe=4), Event(Ev.NO), P.FIRST_STEP, ["no_worry_fit"], "ask/first_step"),
        (at(P.PROBE), Event(Ev.CHOICE, "doubt"), P.FIRST_STEP, ["reassure"], "ask/first_step"),
        (at(P.FIRST_STEP), Event(Ev.CHOICE, "podcast"), P.MOMENT, ["step_chosen"], "ask/moment"),
        (at(P.WORRY, worry=None), Event(Ev.CHOICE, "2"), P.FIRST_STEP, ["reassure"], "ask/first_step"),
        (at(P.FIRST_STEP), Event(Ev.CHOICE, "last"), P.OWN_STEP, [], "ask/own_step"),
        (at(P.FIRST_STEP), Event(Ev.CHOICE, "9"), P.FIRST_STEP, ["reask/first_step"], "ask/first_step"),
        (at(P.FIRST_STEP), Event(Ev.CHOICE, "own"), P.OWN_STEP, [], "ask/own_step"),
        (at(P.FIRST_STEP), Event(Ev.SKIP), P.MOMENT, ["skipped"], "ask/moment"),
        (at(P.OWN_STEP), Event(Ev.ANSWER, "a walk on Sundays"), P.MOMENT, ["ack"], "ask/moment"),
        (at(P.OWN_STEP), Event(Ev.CHOICE, "book"), P.MOMENT, ["step_chosen"], "ask/moment"),
        (at(P.OWN_STEP), Event(Ev.SKIP), P.MOMENT, ["skipped"], "ask/moment"),
        (at(P.MOMENT), Event(Ev.ANSWER, "on our walk"), P.OPENING, ["ack"], "ask/opening"),
        (at(P.MOMENT), Event(Ev.SKIP), P.OPENING, ["skipped"], "ask/opening"),
        (at(P.OPENING), Event(Ev.ANSWER, "I feel far from you and I hope we can try"), P.REHEARSE, ["ack"], "ask/rehearse"),
        (at(P.OPENING), Event(Ev.SKIP), P.OPENING, ["cannot_skip"], "ask/opening"),
        (at(P.REHEARSE), Event(Ev.ANSWER, "I miss us"), P.KEEP, ["rehearsed"], "ask/keep"),
        (at(P.REHEARSE), Event(Ev.YES), P.KEEP, ["rehearsed"], "ask/keep"),
        (at(P.REHEARSE), Event(Ev.NO), P.KEEP, ["skipped"], "ask/keep"),
        (at(P.REHEARSE), Event(Ev.SKIP), P.KEEP, ["skipped"], "ask/keep"),
        (at(P.KEEP), Event(Ev.SAVE_FAILED), P.RETRY_SAVE, ["save_failed"], "ask/retry_save"),
        (at(P.KEEP), Event(Ev.SAVE_REFUSED), P.OPENING, ["save_refused"], "ask/opening"),
        (at(P.KEEP, opening=None), Event(Ev.YES), P.OPENING, ["need_opening"], "ask/opening"),
    ],
)
def test_each_step_leads_to_the_next(state, event, step, says, asks):
    result = next_state(state, event)
    assert result.state.step == step
    assert said(result) == says
    assert asked(result) == asks
    assert result.free_text == (step in plan_talk.FREE_TEXT)


def test_the_chosen_worry_and_step_are_kept_and_an_own_idea_is_kept_in_words():
    state = next_state(at(P.WORRY, worry=None), Event(Ev.CHOICE, "control")).state
    assert state.worry == "control"
    state = next_state(dataclasses.replace(state, step=P.FIRST_STEP), Event(Ev.CHOICE, "own")).state
    state = next_state(state, Event(Ev.ANSWER, "  cooking together on Fridays ")).state
    assert (state.first_step, state.own_step) == ("own", "cooking together on Fridays")


def test_an_ordinal_picks_from_the_list_the_step_just_named():
    assert next_state(at(P.WORRY, worry=None), Event(Ev.CHOICE, "2")).state.worry == "change"
    assert next_state(at(P.FIRST_STEP), Event(Ev.CHOICE, "3")).state.first_step == "podcast"


def test_the_reassurance_names_the_worry_it_answers():
    result = next_state(at(P.PROBE, probe=WORRIES.index("change")), Event(Ev.YES))
    [line] = result.say
    assert line.params["worry"] == "change"


# -- the opening line: flagged gently, once, never refused ---------------------------------------
@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("You always walk away when I bring it up", "always"),
        ("you're never home, and I want us to get help", "never"),
        ("We go to counseling or else", "or_else"),
        ("If you don't come with me I'm done", "if_you_dont"),
        ("It's your fault we're like this", "fault"),
        ("You need to see someone", "have_to"),
        ("We get help or I'm leaving", "or_leave"),
        ("This is your last chance", "last_chance"),
        ("I miss us, and I'd love for us to try a workshop", None),
        ("I always look forward to our walks", None),
        ("I've never felt this far from you", None),
    ],
)
def test_blame_and_ultimatum_words_are_recognised(line, found):
    assert blame_words(line) == found


def test_a_blaming_line_is_kept_then_offered_a_rephrase():
    result = next_state(at(P.OPENING, opening=None), Event(Ev.ANSWER, "You never listen to me"))
    assert result.state.step == P.OPENING_CHECK
    assert result.state.opening == "You never listen to me"  # kept, never refused
    assert said(result) == ["flagged"] and result.say[0].params["flagged"] == "never"
    assert asked(result) == "ask/opening_check"


def test_yes_to_rephrasing_asks_again_and_the_new_line_is_not_flagged_twice():
    flagged = next_state(at(P.OPENING), Event(Ev.ANSWER, "You always shut down")).state
    again = next_state(flagged, Event(Ev.YES))
    assert (again.state.step, said(again), asked(again)) == (P.OPENING, ["rephrase"], "ask/opening")
    result = next_state(again.state, Event(Ev.ANSWER, "I feel alone, and you always seem busy"))
    assert result.state.step == P.REHEARSE  # flagged once only: their words are theirs
    assert result.state.opening == "I feel alone, and you always seem busy"


def test_no_to_rephrasing_keeps_the_line_as_it_was():
    flagged = next_state(at(P.OPENING), Event(Ev.ANSWER, "Get help or else")).state
    result = next_state(flagged, Event(Ev.NO))
    assert (result.state.step, said(result), result.state.opening) == (P.REHEARSE, ["kept_as_is"], "Get help or else")


def test_saying_a_new_line_at_the_check_takes_it_as_the_rephrase():
    flagged = next_state(at(P.OPENING), Event(Ev.ANSWER, "You never talk to me")).state
    result = next_state(flagged, Event(Ev.ANSWER, "I miss talking with you"))
    assert result.state.step == P.REHEARSE and result.state.opening == "I miss talking with you"


def test_start_over_clears_the_flag_so_a_new_plan_is_checked_again():
    flagged = next_state(at(P.OPENING), Event(Ev.ANSWER, "You never talk to me")).state
    fresh = next_state(flagged, Event(Ev.START_OVER)).state
    assert fresh.flagged is None and fresh.opening is None and fresh.step == P.HOPE


# -- keeping it ----------------------------------------------------------------------------------
def test_yes_to_keep_saves_the_opening_line_with_every_choice():
    result = next_state(at(P.KEEP), Event(Ev.YES))
    assert result.save is not None and result.save.kind == "plan"
    assert result.save.text == FULL.opening
    assert result.save.data == {"hope": FULL.hope, "worry": "judged", "first_step": "workshop", "own_step": None,
                                "moment": "Sunday morning", "opening": FULL.opening}
    assert not result.say and result.ask is None


@pytest.mark.parametrize(
    ("state", "event", "says"),
    [
        (at(P.KEEP), Event(Ev.SAVED), ["saved", "close"]),
        (at(P.KEEP), Event(Ev.NO), ["not_kept", "close"]),
        (at(P.RETRY_SAVE), Event(Ev.NO), ["not_kept_after_failure", "close"]),
        # notes are off, or keeping them was just declined: not kept, and never "too long, try shorter"
        (at(P.KEEP), Event(Ev.NOTES_OFF), ["notes_off"]),
    ],
)
def test_the_plan_finishes_kindly(state, event, says):
    result = next_state(state, event)
    assert result.finished and said(result) == says and result.state.step == P.DONE


def test_retry_after_a_failed_save_saves_again():
    result = next_state(at(P.RETRY_SAVE), Event(Ev.YES))
    assert result.save is not None and result.save.text == FULL.opening


# -- steering, the same at every step ------------------------------------------------------------
LIVE = [s for s in P if s not in (P.NEW, P.DONE)]


@pytest.mark.parametrize("step", LIVE)
def test_pause_help_repeat_and_what_was_the_question_work_everywhere(step):
    state = at(step)
    paused = next_state(state, Event(Ev.PAUSE))
    assert paused.paused and paused.state.step == step and said(paused) == ["paused"]
    helped = next_state(state, Event(Ev.HELP))
    assert said(helped) == [f"help/{step.value}"] and asked(helped) == f"ask/{step.value}"
    assert asked(next_state(state, Event(Ev.REPEAT))) == f"ask/{step.value}"
    assert said(next_state(state, Event(Ev.WHAT_QUESTION))) == ["question_was"]
    resumed = next_state(state, Event(Ev.RESUME))
    assert said(resumed) == ["resume"] and resumed.state.step == step


@pytest.mark.parametrize("step", LIVE)
def test_back_goes_one_step_back_or_says_there_is_none(step):
    result = next_state(at(step), Event(Ev.BACK))
    before = plan_talk.PREVIOUS.get(step)
    if before is None:
        assert said(result) == ["no_back"] and result.state.step == step
    else:
        assert said(result) == ["went_back"] and result.state.step == before


@pytest.mark.parametrize("step", LIVE)
def test_start_over_begins_a_fresh_plan(step):
    result = next_state(at(step), Event(Ev.START_OVER))
    assert result.state == PlanState(step=P.HOPE) and said(result) == ["start_over"]


# -- failed tries are bounded --------------------------------------------------------------------
def test_two_misses_at_an_optional_step_offer_to_move_on_and_yes_skips():
    first = next_state(at(P.WORRY), Event(Ev.NOMATCH))
    assert said(first) == ["reask/worry"] and asked(first) == "ask/worry"
    second = next_state(first.state, Event(Ev.NOMATCH))
    assert said(second) == ["not_understood"] and asked(second) == "stuck"
    moved = next_state(second.state, Event(Ev.YES))
    assert moved.state.step == P.FIRST_STEP and said(moved) == ["skipped"]


def test_no_to_moving_on_tries_the_step_again():
    offered = next_state(next_state(at(P.MOMENT), Event(Ev.NOMATCH)).state, Event(Ev.NOMATCH)).state
    result = next_state(offered, Event(Ev.NO))
    assert (result.state.step, said(result), result.state.retries) == (P.MOMENT, ["try_again"], 0)


def test_at_the_opening_line_the_offer_is_to_pause_not_skip_with_the_place_kept():
    state = at(P.OPENING)
    for _ in range(2):
        state = next_state(state, Event(Ev.ANSWER, "...")).state
    assert state.offered
    agreed = next_state(state, Event(Ev.YES))
    assert agreed.paused and said(agreed) == ["paused"] and agreed.state.step == P.OPENING
    missed = next_state(state, Event(Ev.NOMATCH))
    assert missed.paused and said(missed) == ["paused_unclear"] and missed.state.opening == FULL.opening


def test_a_yes_no_question_missed_twice_is_put_plainly():
    first = next_state(at(P.KEEP), Event(Ev.NOMATCH))
    second = next_state(first.state, Event(Ev.NOMATCH))
    assert said(first) == ["reask/keep"] and said(second) == ["plainly"] and asked(second) == "ask/keep"


def test_a_too_long_answer_is_refused_whole_and_asked_again():
    result = next_state(at(P.HOPE, hope=None), Event(Ev.ANSWER, "x" * (MAX_ANSWER_CHARS + 1)))
    assert said(result) == ["too_long"] and result.state.step == P.HOPE and result.state.hope is None


def test_the_launch_offer_gets_the_step_number_and_never_the_words():
    assert plan_talk.progress_params(at(P.MOMENT)) == {"number": 4, "total": 6}


def test_a_long_opening_is_read_back_cut_at_a_word():
    long_line = "I miss us " * 60
    result = next_state(at(P.OPENING), Event(Ev.ANSWER, long_line))
    assert result.ask is not None and result.ask.params["opening_cut"] is True
    assert len(result.ask.params["opening"]) <= guided.READBACK_CHARS


# -- storage round trip and templates ------------------------------------------------------------
@pytest.mark.parametrize("step", list(P))
def test_every_state_survives_a_json_round_trip(step):
    state = at(step, flagged="always", probe=3, own_step="a walk")
    assert load(PlanState, json.loads(json.dumps(dump(state)))) == state


def test_another_version_is_refused():
    data = dump(FULL) | {"version": 99}
    with pytest.raises(StateVersionError):
        load(PlanState, data)


GLUED = re.compile(r"[.?!,:;][A-Za-z]|[a-z][A-Z]")  # "left.It's": two sentences run together


def test_every_key_the_machine_can_name_has_a_template_that_renders():
    from steady_ground.render import Renderer, plain_text

    renderer = Renderer()
    keys = set(renderer.keys("en-US"))
    events = [Event(k) for k in Ev if k not in (Ev.ANSWER, Ev.CHOICE)] + [
        Event(Ev.ANSWER, "You always do this"), Event(Ev.ANSWER, "I miss us"),
        *[Event(Ev.CHOICE, v) for v in (*WORRIES, *FIRST_STEPS, "own", "HelpMeChooseIntent")]]
    seen = 0
    for step in P:
        for worry in WORRIES:
            for first in (*FIRST_STEPS, "own"):
                state = at(step, worry=worry, first_step=first, own_step="a walk" if first == "own" else None)
                for event in events:
                    result = next_state(state, event)
                    for line in (*result.say, *([result.ask] if result.ask else [])):
                        assert line.key in keys, line.key
                        said = plain_text(renderer.block("en-US", line.key, "speech", **line.params, _seed=seen))
                        assert not GLUED.search(said), f"{line.key}: words run together: {said!r}"
                        seen += 1
    assert seen > 1000
