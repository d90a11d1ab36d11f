"""The check-in's pure machine: ratings heard, the practice rotation, saving, and the week's summary."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from steady_ground.config import LOCALES
from steady_ground.conversation import checkin as m
from steady_ground.conversation.machine import Ev, Event, dump, load

ROOT = Path(__file__).resolve().parent.parent


def started(offer: bool = False, streak: int = 0) -> m.CheckIn:
    return m.next_state(m.start_state(date(2026, 11, 27), streak, offer), Event(Ev.START)).state


@pytest.mark.parametrize(
    ("event", "rating"),
    [
        (Event(Ev.CHOICE, "4"), 4),  # a mood word, resolved to its id
        (Event(Ev.NOMATCH, "2"), 2),  # AMAZON.NUMBER, unresolved
        (Event(Ev.ANSWER, "it's been pretty good"), 4),
        (Event(Ev.ANSWER, "not good at all"), 2),
        (Event(Ev.ANSWER, "honestly a three"), 3),
        (Event(Ev.ANSWER, "I'd say 5"), 5),
        (Event(Ev.NOMATCH, "7"), None),
        (Event(Ev.NOMATCH, "0"), None),
        (Event(Ev.ANSWER, "the kitchen sink"), None),
        (Event(Ev.NOMATCH, None), None),
        # A mood slot's words Alexa could not resolve are read too, by family:
        (Event(Ev.NOMATCH, "absolutely shocking"), 1),  # a word for the worst inside more words
        (Event(Ev.NOMATCH, "not so brilliant really"), 2),  # a top word turned down by "not"
        (Event(Ev.NOMATCH, "not that bad"), 3),  # a low word turned up by "not"
        (Event(Ev.NOMATCH, "could've been worse"), 3),
        (Event(Ev.NOMATCH, "okay we didn't fight"), 3),  # a mood with its reason
        (Event(Ev.NOMATCH, "we had a nice evening"), 4),  # the reason alone
        (Event(Ev.NOMATCH, "couldn't be better"), 5),
        (Event(Ev.ANSWER, "like a two maybe"), 2),
        (Event(Ev.ANSWER, "two, no, make that three"), 3),  # the corrected one counts
        (Event(Ev.ANSWER, "good, no actually just okay"), 3),
        (Event(Ev.NOMATCH, "no idea"), None),
        # How people answer a mood question, by family:
        (Event(Ev.ANSWER, "a solid two"), 2),  # a number with a word around it: the number
        (Event(Ev.ANSWER, "a good three"), 3),
        (Event(Ev.NOMATCH, "four out of ten"), 2),  # another scale, on ours
        (Event(Ev.NOMATCH, "ten out of ten"), 5),
        (Event(Ev.ANSWER, "three out of five, no wait, four out of five"), 4),
        (Event(Ev.ANSWER, "we argued three times"), 2),  # a count, not a rating
        (Event(Ev.NOMATCH, "worse than yesterday"), 2),  # a comparison
        (Event(Ev.NOMATCH, "not as bad as yesterday"), 3),
        (Event(Ev.NOMATCH, "we actually laughed at dinner"), 4),  # a short story
        (Event(Ev.NOMATCH, "she gave me the silent treatment"), 2),
        (Event(Ev.NOMATCH, "i guess okay-ish"), 3),  # a hedge
        (Event(Ev.NOMATCH, "wasn't the worst"), 3),  # a negation
        (Event(Ev.NOMATCH, "not much fun"), 2),
        (Event(Ev.NOMATCH, "good and bad"), 3),  # both ways
        (Event(Ev.NOMATCH, "rough morning but a lovely evening"), 3),
        (Event(Ev.NOMATCH, "real rough, about as bad as it gets"), 1),  # said again, more strongly
        (Event(Ev.NOMATCH, "a lovely one"), 5),  # "one" names the day here
        (Event(Ev.NOMATCH, "zero"), None),
    ],
)
def test_ratings_are_heard_from_words_and_numbers(event, rating):
    assert m.rating_of(event) == rating


@pytest.mark.parametrize("said", ["two and a half", "2.5", "a two or a three", "two to three", "five out of ten",
                                  "like a two point five"])
def test_a_rating_between_two_keeps_the_lower_and_is_said_back_as_between(said):
    step = m.next_state(started(), Event(Ev.ANSWER, said))
    assert step.state.rating == 2 and step.state.step == m.CheckInStep.WORDS
    assert step.say[0].key == "checkin/heard_rating" and step.say[0].params == {"rating": 2, "half": True}
    plain = m.next_state(started(), Event(Ev.ANSWER, "two"))
    assert plain.say[0].params == {"rating": 2, "half": False}


def test_a_number_off_the_scale_gets_the_scale_said_within_the_retry_limit():
    for said in ("9", "6", "0"):
        step = m.next_state(started(), Event(Ev.NOMATCH, said))
        assert step.ask is not None and step.ask.key == "checkin/off_scale" and step.ask.params["said"] == int(said)
        assert step.state.step == m.CheckInStep.MOOD and not step.finished and step.save is None
    # Off the scale again and again: the question is asked at most twice more, then the check-in stops kindly.
    step = m.next_state(started(), Event(Ev.NOMATCH, "6"))
    step = m.next_state(step.state, Event(Ev.NOMATCH, "7"))
    assert step.ask is not None and step.ask.key == "checkin/off_scale"
    step = m.next_state(step.state, Event(Ev.NOMATCH, "8"))
    assert step.finished and step.save is None and step.say[0].key == "checkin/gave_up"


def test_nonsense_is_asked_again_then_the_check_in_stops_kindly():
    state = started()
    step = m.next_state(state, Event(Ev.NOMATCH, "banana"))
    assert step.ask is not None and step.ask.key == "checkin/not_a_rating" and step.ask.params["attempt"] == 1
    step = m.next_state(step.state, Event(Ev.NOMATCH, "banana"))
    step = m.next_state(step.state, Event(Ev.NOMATCH))
    assert step.finished and step.save is None
    assert step.say[0].key == "checkin/gave_up"


def test_practices_never_repeat_within_a_week():
    start = date(2026, 1, 1)
    for offset in range(60):
        week = [m.practice_for(start + timedelta(days=offset + d)) for d in range(7)]
        assert len(set(week)) == 7


def test_the_six_practices_from_the_issue_are_all_offered():
    assert {"phones_away", "morning_touch", "i_statement", "journal", "listening", "walk_alone"} <= set(m.PRACTICES)


def test_words_are_saved_with_the_rating_then_saved_is_said_only_after_the_write():
    state = m.next_state(started(streak=2), Event(Ev.CHOICE, "3")).state
    step = m.next_state(state, Event(Ev.ANSWER, "chores again & <dinner>"))
    assert step.save is not None and step.save.kind == "checkin"
    assert step.save.text == "chores again & <dinner>"
    assert step.save.data["rating"] == 3 and step.save.data["weekday"] == "Friday"
    assert all(line.key != "checkin/saved" for line in step.say)
    saved = m.next_state(step.state, Event(Ev.SAVED))
    assert saved.finished and saved.say[0].key == "checkin/saved"
    assert saved.say[0].params["streak"] == 3


def test_no_streak_is_mentioned_on_a_first_day_or_after_a_gap():
    state = m.next_state(started(streak=0), Event(Ev.CHOICE, "3")).state
    step = m.next_state(m.next_state(state, Event(Ev.SKIP)).state, Event(Ev.SAVED))
    assert step.say[0].params["streak"] == 0


def test_a_failed_save_says_so_and_never_saved():
    state = m.next_state(started(), Event(Ev.CHOICE, "2")).state
    step = m.next_state(m.next_state(state, Event(Ev.SKIP)).state, Event(Ev.SAVE_FAILED))
    assert step.finished and [line.key for line in step.say] == ["checkin/not_saved"]


def test_words_that_cannot_be_kept_are_asked_again_and_notes_off_ends_without_a_loop():
    state = m.next_state(started(), Event(Ev.CHOICE, "2")).state
    refused = m.next_state(m.next_state(state, Event(Ev.ANSWER, "x" * 5000)).state, Event(Ev.SAVE_REFUSED))
    assert refused.free_text and refused.ask is not None and refused.ask.key == "checkin/ask_words_shorter"
    again = m.next_state(m.next_state(refused.state, Event(Ev.SKIP)).state, Event(Ev.SAVE_REFUSED))
    assert again.finished and again.say[0].key == "checkin/not_kept"


def test_the_reminder_offer_follows_a_saved_check_in_only_when_asked_for():
    state = m.next_state(started(offer=True), Event(Ev.CHOICE, "4")).state
    step = m.next_state(m.next_state(state, Event(Ev.SKIP)).state, Event(Ev.SAVED))
    assert not step.finished and step.ask is not None and step.ask.key == "reminders/offer"
    assert step.state.step == m.CheckInStep.OFFER_REMINDER


def test_state_round_trips_through_json():
    state = m.next_state(started(), Event(Ev.CHOICE, "5")).state
    assert load(m.CheckIn, dump(state)) == state


def test_the_week_in_two_facts():
    week = [(3, "Sunday", "dishes"), (2, "Saturday", "chores and money"), (3, "Friday", ""),
            (1, "Tuesday", "chores again"), (3, "Monday", "")]
    summary = m.summarize(week)
    assert summary.typical == 3 and summary.hardest_day == "Tuesday" and summary.topic == "chores"


def test_a_topic_needs_two_check_ins_and_a_flat_week_names_no_hardest_day():
    summary = m.summarize([(4, "Monday", "we laughed"), (4, "Sunday", "quiet evening")])
    assert summary.hardest_day is None and summary.topic is None and summary.typical == 4


@pytest.mark.parametrize("locale", LOCALES)
def test_each_mood_word_the_check_in_reads_means_the_same_rating_in_the_model(locale):
    """Alexa resolves a mood word to its value's id; the check-in reads the words Alexa could not
    resolve itself. Where both know a word, both must give it the same rating."""
    model = json.loads((ROOT / "interaction_models" / f"{locale}.json").read_text(encoding="utf-8"))
    mood = next(t for t in model["interactionModel"]["languageModel"]["types"] if t["name"] == "MoodType")
    resolved = {said.lower(): int(v["id"]) for v in mood["values"]
                for said in [v["name"]["value"], *v["name"].get("synonyms", [])]}
    differ = {w: (r, resolved.get(w.lower())) for r, words in m.MOOD_WORDS.items() for w in words
              if resolved.get(w.lower(), r) != r}
    assert differ == {}
