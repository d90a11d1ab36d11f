"""SessionState: one typed, versioned state a turn; anything that doesn't load is a fresh state."""

from __future__ import annotations

import pytest

from steady_ground.session import (
    QUESTION_TYPES,
    Cache,
    Consent,
    Parked,
    ReminderSet,
    Resume,
    Said,
    SessionState,
    dump_question,
    for_owner,
    load_question,
    load_state,
)

FULL = SessionState(
    owner="OWNER#anna", mode="boundary", question=Resume("boundary"), cache=Cache({"settings": {"consent": "x"}}, {}, True),
    last=Said([{"k": "menu/anything_else", "b": "speech", "p": {"_seed": 7}}], {"k": "menu/anything_else", "p": {}}), parked=Parked("note", "a thought", {}, "key", "2026-11-27T23:00:00+00:00"),
    exercises={"boundary": {"version": 1, "step": "statement"}}, notes_cursor="NOTE#1", warned=True, topic="boundaries",
    part=2, menu_page=1,
)


def test_a_state_round_trips_through_its_json():
    assert load_state(FULL.dump()) == FULL


@pytest.mark.parametrize("question", [Resume("reflection"), ReminderSet(20, 30), Consent()])
def test_every_question_round_trips_with_its_data(question):
    assert load_question(dump_question(question)) == question


def test_every_question_kind_is_distinct():
    assert len({q.KIND for q in QUESTION_TYPES}) == len(QUESTION_TYPES)


@pytest.mark.parametrize("garbage", [
    None, "sg", 7, [], {}, {"version": 0, "mode": "boundary"}, {"version": 2}, {"version": 1, "mode": 3},
    {"version": 1, "parked": {"text": 5}}, {"version": 1, "last": {"speech": None, "reprompt": "x"}},
    {"version": 1, "cache": "b"}, {"version": 1, "part": -1}, {"version": 1, "exercises": []},
    # the old schema's single-letter keys
    {"mode": "boundary", "pending": "resume:boundary", "b": {"p": {}, "g": {}, "e": True}, "last": {"s": "a", "r": "b"}},
])
def test_old_or_garbage_attributes_load_as_a_fresh_state(garbage):
    assert load_state(garbage) == SessionState()


@pytest.mark.parametrize("question", [
    {"kind": "resume"}, {"kind": "resume", "exercise": 3}, {"kind": "reminder_set", "hour": 25, "minute": 0},
    {"kind": "reminder_set", "hour": "8", "minute": 0}, {"kind": "reminder_set", "hour": True, "minute": 0},
    {"kind": "nope"}, "consent", {"kind": "consent", "extra": 1},
])
def test_a_question_that_does_not_fit_is_no_question(question):
    assert load_question(question) is None


def test_a_state_belongs_to_its_first_speaker():
    state, switched = for_owner(SessionState(), "OWNER#anna")
    assert state.owner == "OWNER#anna" and not switched


def test_another_speaker_gets_a_fresh_place_and_the_first_place_is_held_untouched():
    theirs, switched = for_owner(load_state(FULL.dump()), "OWNER#ben")
    assert switched and theirs.owner == "OWNER#ben"
    assert theirs.question is None and theirs.parked is None and theirs.cache is None and theirs.last is None
    assert theirs.exercises == {} and theirs.notes_cursor is None
    back, switched = for_owner(theirs, "OWNER#anna")
    assert not switched, "returning to one's own place is not walking into someone else's"
    assert back.held.keys() == {"OWNER#ben"}
    back.held = {}
    assert back == FULL
