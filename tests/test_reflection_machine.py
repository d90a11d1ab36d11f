"""The reflection's pure state machine and its closing words, without Alexa or storage."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from steady_ground.conversation import reflection as r
from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, StateVersionError, Step, dump, load
from steady_ground.conversation.reflection_summary import ANSWERS, QUESTIONS, Past, changes, summary_params
from steady_ground.localtime import local_date
from steady_ground.render import Renderer, plain_text
from steady_ground.storage.repository import MAX_NOTE_CHARS

RENDERER = Renderer()
VERDICT_WORDS = ("leave", "divorce", "break up", "stay with")
SEEDS = (0, 1, 2, 3)  # every `pick` list has at most four phrasings


def go(state: r.ReflectionState, *events: Event) -> Step[r.ReflectionState]:
    step = r.next_state(state, events[0])
    for event in events[1:]:
        step = r.next_state(step.state, event)
    return step


def spoken(step: Step[r.ReflectionState], seed: int = 0) -> str:
    lines = [*step.say, *([step.ask] if step.ask else [])]
    return " ".join(plain_text(RENDERER.block("en-US", line.key, **dict(line.params), _seed=seed)) for line in lines)


def at_last_words(answers: dict[str, str], **extra: object) -> r.ReflectionState:
    return r.ReflectionState(step=r.RStep.WORDS, index=3, answers=answers, **extra)  # type: ignore[arg-type]


# -- state ------------------------------------------------------------------------------------
def test_state_round_trips_through_json_at_every_step():
    # GIVEN a reflection partway through, with words, a retry and a previous reflection
    step = go(
        r.with_previous(r.initial(), {"frequency": "daily", "peace": "yes"}, date(2026, 11, 3)),
        Event(Ev.START),
        Event(Ev.CHOICE, "weekly"),
        Event(Ev.ANSWER, 'we argue & "shout" <a lot>'),
        Event(Ev.NOMATCH),
    )
    # WHEN it goes through JSON and back
    again = load(r.ReflectionState, json.loads(json.dumps(dump(step.state))))
    # THEN nothing is lost
    assert again == step.state
    assert again.words == {"frequency": 'we argue & "shout" <a lot>'}
    assert again.previous_on == "2026-11-03" and again.retries == 1


def test_state_of_another_version_or_shape_is_refused():
    data = dump(r.initial())
    with pytest.raises(StateVersionError):
        load(r.ReflectionState, {**data, "version": 99})
    with pytest.raises(StateVersionError):
        load(r.ReflectionState, {**data, "step": "nowhere"})
    with pytest.raises(StateVersionError):
        load(r.ReflectionState, {**data, "index": "two"})


def test_unknown_stored_answers_are_dropped_when_read_back():
    state = r.with_previous(r.initial(), {"frequency": "hourly", "peace": "yes", "extra": "x"}, date(2026, 1, 2))
    assert state.previous == {"peace": "yes"}
    assert r.with_previous(r.initial(), "not a map", date(2026, 1, 2)) == r.initial()


# -- the closing, over every combination of answers ---------------------------------------------
COMBINATIONS = list(itertools.product(*(ANSWERS[q] for q in QUESTIONS)))


def closings() -> dict[str, str]:
    """Every closing over 5 x 3 x 3 x 3 answers, first time and compared with last time, every phrasing."""
    out: dict[str, str] = {}
    previous = {"frequency": "rarely", "peace": "no", "effort": "yes", "future": "yes"}
    for combo in COMBINATIONS:
        answers = dict(zip(QUESTIONS, combo, strict=True))
        for prev in (None, previous):
            extra = {"previous": prev, "previous_on": "2026-11-03"} if prev else {}
            step = r.next_state(at_last_words(answers, **extra), Event(Ev.SKIP))
            for seed in SEEDS:
                out[f"{combo} {bool(prev)} {seed}"] = spoken(step, seed)
    return out


CLOSINGS = closings()


def test_no_closing_ever_gives_a_verdict():
    assert len(COMBINATIONS) == 5 * 3 * 3 * 3
    for where, text in CLOSINGS.items():
        lowered = text.lower()
        assert not any(word in lowered for word in VERDICT_WORDS), where
        assert text.endswith("?"), where  # it offers to keep the reflection


def test_closing_variants_are_many_and_every_one_mirrors_each_answer():
    assert len(set(CLOSINGS.values())) > 400
    step = r.next_state(at_last_words({"frequency": "monthly", "peace": "no", "effort": "sometimes", "future": "not_sure"}), Event(Ev.SKIP))
    text = spoken(step)
    assert "about once a month" in text
    assert "keeping your peace" in text
    assert "some effort" in text
    assert "uncertain" in text


def test_strain_names_support_for_the_person_first():
    strained = spoken(r.next_state(at_last_words({"peace": "yes"}), Event(Ev.SKIP)))
    easy = spoken(r.next_state(at_last_words({"peace": "no", "future": "yes"}), Event(Ev.SKIP)))
    assert strained.index("counselor") < strained.index("boundary exercise")
    assert easy.index("boundary exercise") < easy.index("counselor")


def test_closing_with_no_answers_is_still_kind():
    text = spoken(r.next_state(at_last_words({}), Event(Ev.SKIP)))
    assert "passed on the questions" in text and text.endswith("?")


def test_comparison_names_the_date_and_the_change_without_judging():
    state = at_last_words({"frequency": "weekly", "peace": "yes"}, previous={"frequency": "daily", "peace": "yes"}, previous_on="2026-11-03")
    step = r.next_state(state, Event(Ev.SKIP))
    compare = next(line for line in step.say if line.key == "reflection/compare")
    ssml = RENDERER.block("en-US", compare.key, **dict(compare.params), _seed=0)
    assert '<say-as interpret-as="date">20261103</say-as>' in ssml
    assert "you'd said every day" in ssml
    for judging in ("better", "worse", "improv", "progress"):
        assert judging not in ssml.lower()


def test_same_answers_as_last_time_are_said_plainly():
    answers = {"frequency": "daily", "peace": "no"}
    step = r.next_state(at_last_words(answers, previous=answers, previous_on="2026-11-03"), Event(Ev.SKIP))
    assert any(w in spoken(step) for w in ("match last time", "how you answered", "Nothing has moved"))


def test_changes_keep_question_order_and_ignore_unanswered():
    found = changes({"frequency": "daily", "effort": "no", "future": "yes"}, {"frequency": "daily", "effort": "yes", "peace": "yes"})
    assert [(c.question, c.before, c.after) for c in found] == [("effort", "no", "yes")]


# -- moving through ---------------------------------------------------------------------------
def test_bounded_re_asks_then_an_offer_to_skip():
    step = go(r.initial(), Event(Ev.START))
    for attempt in range(1, MAX_RETRIES + 1):
        step = r.next_state(step.state, Event(Ev.NOMATCH))
        assert step.state.step == r.RStep.ASK and step.state.retries == attempt
    step = r.next_state(step.state, Event(Ev.CHOICE, "sometimes"))  # not a frequency
    assert step.state.step == r.RStep.OFFER_SKIP
    skipped = r.next_state(step.state, Event(Ev.YES))
    assert skipped.state.index == 1 and "frequency" not in skipped.state.answers
    again = r.next_state(step.state, Event(Ev.NO))
    assert again.state.step == r.RStep.ASK and again.state.index == 0 and again.state.retries == 0


def test_middle_answers_fit_the_question_they_are_given_to():
    at_peace = go(r.initial(), Event(Ev.START), Event(Ev.SKIP), Event(Ev.CHOICE, "not_sure"))
    assert at_peace.state.answers == {"peace": "sometimes"}
    at_future = r.next_state(replace(r.initial(), index=3), Event(Ev.CHOICE, "sometimes"))
    assert at_future.state.answers == {"future": "not_sure"}
    nope = r.next_state(r.initial(), Event(Ev.YES))  # yes is not a frequency
    assert nope.state.answers == {} and nope.state.retries == 1


def test_too_long_with_words_offers_to_keep_just_the_answers():
    words = {q: "x" * 1500 for q in QUESTIONS}
    state = replace(at_last_words({"frequency": "daily"}), step=r.RStep.KEEP, words=words)
    offer = r.next_state(state, Event(Ev.YES))
    assert offer.save is None and offer.state.short
    assert "nothing" in spoken(offer) and "answers" in spoken(offer) and spoken(offer).endswith("?")
    save = r.next_state(offer.state, Event(Ev.YES))
    assert save.save is not None and len(save.save.text) <= MAX_NOTE_CHARS and "x" not in save.save.text
    assert dict(save.save.data)["answers"] == {"frequency": "daily"}


def test_kept_is_said_only_after_saved():
    state = replace(at_last_words({"frequency": "daily"}), step=r.RStep.KEEP)
    save = r.next_state(state, Event(Ev.YES))
    assert save.save is not None and not save.say
    kept = r.next_state(save.state, Event(Ev.SAVED))
    assert kept.finished and "kept" in spoken(kept).lower()
    failed = r.next_state(save.state, Event(Ev.SAVE_FAILED))
    assert "nothing was" in spoken(failed).lower() and not failed.finished and failed.ask is not None
    refused = r.next_state(save.state, Event(Ev.SAVE_REFUSED))
    assert refused.finished and "nothing was saved" in spoken(refused)
    off = r.next_state(save.state, Event(Ev.NOTES_OFF))
    assert off.finished and [line.key for line in off.say] == ["reflection/notes_off"]
    for step in (failed, refused):
        for seed in SEEDS:
            assert not re.search(r"\bkept\b", spoken(step, seed).lower())


def test_local_dates_follow_the_locale_zone():
    late = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # evening of the 27th in New York
    assert local_date(late, "en-US") == date(2026, 11, 27)
    assert local_date(late, "en-GB") == date(2026, 11, 28)
    assert local_date(late, "xx-XX") == date(2026, 11, 28)  # unknown: UTC


def test_summary_facts_for_several_reflections():
    pasts = [Past(date(2026, 9, d), {"frequency": f, "peace": "yes"}) for d, f in ((20, "weekly"), (1, "daily"), (10, "daily"))]
    params = summary_params(pasts)
    assert [p.on.day for p in params["pasts"]] == [1, 10, 20]
    assert [(t.question, t.values) for t in params["moved"]] == [("frequency", ("daily", "weekly"))]
    assert [(t.question, t.values) for t in params["steady"]] == [("peace", ("yes",))]


def test_every_reflection_template_speaks_without_verdict_words():
    for key in RENDERER.keys("en-US"):
        if not key.startswith("reflection/"):
            continue
        source = (RENDERER.root / "en-US" / f"{key}.ssml.j2").read_text(encoding="utf-8").lower()
        assert not any(re.search(rf"\b{w}\b", source) for w in VERDICT_WORDS), key
        assert "mental health" not in source, key
