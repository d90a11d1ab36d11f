"""The boundary exercise by voice: whole runs, interruptions and resuming, going back, re-asks,
awkward free text, help, and keeping the note only when the write succeeded."""

from __future__ import annotations

import json

import pytest
from tools import alexa

from steady_ground.storage.errors import StorageUnavailable
from tests.support.checks import assert_valid_response

START = "ask steady ground to start my boundary exercise"
MOMENT = "when we talk about money after dinner"
STATEMENT = "When the money talk starts going in circles, I will say let's stop for tonight"
CONSEQUENCE = "I will go for a walk and come back when I feel calmer"


def step_of(convo) -> str | None:
    state = convo.state.exercises.get("boundary") or {}
    return state.get("step")


def keep_it(convo):
    """Yes to "shall I keep this as a note?". The first save ever asks consent first (notes.py)."""
    reply = convo.say("yes")
    if step_of(convo) == "keep":  # still on the question: the consent question was asked instead
        reply = convo.say("yes")
    return reply


def boundary_notes(items) -> list[dict]:
    return [i for i in items() if i["sk"].startswith("NOTE#") and i.get("kind") == "boundary"]


def note_words(note: dict) -> str:
    return json.dumps(note)


# -- whole runs --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "heard", "example"),
    [
        ("circular arguments", "circular arguments", "same fight restarts"),
        ("I choose emotional dumping ground", "unpaid therapist", "carrying every feeling"),
        ("let's go with time limits", "time limits", "thirty minutes"),
        ("consequences", "consequences", "contempt"),
    ],
)
def test_each_strategy_runs_start_to_saved_by_voice(talk, items, said, heard, example):
    convo = talk()
    # GIVEN someone who asks for the exercise in one breath
    reply = convo.say(START)
    assert "six short steps" in reply.speech and "pause" in reply.speech and reply.speech.endswith("?")
    reply = convo.say("yes")
    assert "help me choose" in reply.speech
    # WHEN they choose a pattern by name and answer each step in their own words
    reply = convo.say(said)
    assert heard in reply.speech and "when does this tend to happen" in reply.speech
    reply = convo.say(MOMENT)
    assert example in reply.speech, "the example I statement fits the chosen strategy"
    reply = convo.say(STATEMENT)
    assert "your own actions, not controlling" in reply.speech
    reply = convo.say(CONSEQUENCE)
    assert STATEMENT in reply.speech and CONSEQUENCE in reply.speech, "the boundary is read back"
    assert "out loud" in reply.speech or "aloud" in reply.speech
    reply = convo.say(STATEMENT)
    assert "keep this boundary as a note" in reply.speech
    assert not boundary_notes(items), "nothing is saved before they say yes"
    reply = keep_it(convo)
    # THEN it says saved only now, offers one self-care idea and what's next, and the note is whole
    assert "saved" in reply.speech.lower()
    if heard == "time limits":  # the limit's own help: the talk timer
        assert "time our talk" in reply.speech
    else:
        assert any(w in reply.speech for w in ("journal", "walk", "counselor of your own"))
    assert reply.session_open and reply.speech.endswith("?")
    [note] = boundary_notes(items)
    assert STATEMENT in note_words(note) and CONSEQUENCE in note_words(note) and MOMENT in note_words(note)
    assert not [i for i in items() if i["sk"] == "META#progress#boundary"], "a finished run leaves no place"
    assert_valid_response(reply.raw)


@pytest.mark.parametrize(("answers", "heard"), [(["yes"], "circular"), (["no", "yes"], "unpaid therapist"),
                                                (["no", "no", "yes"], "time limits"),
                                                (["no", "no", "no", "yes"], "consequences")])
def test_help_me_choose_asks_one_yes_no_question_per_strategy(talk, items, answers, heard):
    convo = talk()
    convo.say(START)
    convo.say("yes")
    reply = convo.say("help me choose")
    questions = [reply.speech]
    for answer in answers:
        reply = convo.say(answer)
        questions.append(reply.speech)
    assert heard in reply.speech and "when does this tend to happen" in reply.speech
    assert all(q.endswith("?") for q in questions)
    assert len(set(questions)) == len(questions)
    for text in (MOMENT, STATEMENT, "skip", "skip"):
        convo.say(text)
    assert "saved" in keep_it(convo).speech.lower()
    assert len(boundary_notes(items)) == 1


def test_no_to_every_question_goes_back_to_choosing_by_name(talk):
    convo = talk()
    convo.say(START)
    convo.say("yes")
    convo.say("I'm not sure which")
    for _ in range(3):
        convo.say("no")
    reply = convo.say("no")
    # Its three phrasings ask for the closest or the nearest one, then name the patterns again.
    assert ("closest" in reply.speech or "nearest" in reply.speech) and "circular arguments" in reply.speech


def test_shortest_complete_run_takes_eight_turns(talk, items):
    convo = talk()
    turns = [START, "yes", "time limits", "skip", STATEMENT, "skip", "skip"]
    for text in turns:
        convo.say(text)
    reply = keep_it(convo)
    assert "saved" in reply.speech.lower() and len(boundary_notes(items)) == 1


# -- interruptions, then another day ----------------------------------------------------------------
ROUTE = [START, "yes", "time limits", MOMENT, STATEMENT, CONSEQUENCE, STATEMENT]
STEP_AFTER = ["consent", "choose", "moment", "statement", "consequence", "rehearse", "keep"]
NUMBER = {"consent": 0, "choose": 1, "moment": 2, "statement": 3, "consequence": 4, "rehearse": 5, "keep": 6}
ANSWER = {"choose": "time limits", "moment": MOMENT, "statement": STATEMENT, "consequence": CONSEQUENCE,
          "rehearse": STATEMENT, "consent": "yes"}


@pytest.mark.parametrize("word", ["pause", "stop"])
@pytest.mark.parametrize("depth", range(1, len(ROUTE) + 1))
def test_pause_or_stop_at_every_step_then_resume_another_day_with_answers_intact(talk, items, depth, word):
    convo = talk()
    for text in ROUTE[:depth]:
        convo.say(text)
    where = STEP_AFTER[depth - 1]
    assert step_of(convo) == where
    # WHEN they pause or stop
    reply = convo.say(word)
    assert not reply.session_open and ("place" in reply.speech.lower() or "progress" in reply.speech.lower())
    # AND come back another day, in a new session on the same account
    later = talk()
    later.advance(2)
    reply = later.say("open steady ground")
    assert later.session.session_id != (convo.session.session_id if convo.session else None)
    if NUMBER[where]:
        assert f"Last time you were on step {NUMBER[where]} of your boundary." in reply.speech
    else:
        assert "about to begin your boundary" in reply.speech
    assert MOMENT not in reply.speech and "money" not in reply.speech, "the offer names the step only"
    reply = later.say("yes")
    # THEN the same question is asked again, and the run finishes with every answer kept
    assert step_of(later) == where and reply.session_open and reply.speech.endswith("?")
    while step_of(later) != "keep":
        reply = later.say(ANSWER[step_of(later)])
    assert STATEMENT in reply.speech or "keep this boundary" in reply.speech
    assert "saved" in keep_it(later).speech.lower()
    [note] = boundary_notes(items)
    assert all(text in note_words(note) for text in (MOMENT, STATEMENT, CONSEQUENCE))


def test_silence_ends_the_session_and_the_place_is_kept(talk):
    convo = talk()
    for text in ROUTE[:4]:
        convo.say(text)
    convo.say("")
    convo.say("")
    assert convo.session is None
    reply = talk().say("open steady ground")
    assert "step 3 of your boundary" in reply.speech


def test_no_to_resuming_offers_a_fresh_start(talk):
    convo = talk()
    for text in ROUTE[:4]:
        convo.say(text)
    convo.say("pause")
    later = talk()
    later.say("open steady ground")
    reply = later.say("no")
    assert "start it fresh" in reply.speech
    reply = later.say("yes")
    assert "six short steps" in reply.speech and step_of(later) == "consent"


def test_an_older_stored_state_gets_a_fresh_start_not_a_crash(talk, items, dynamo):
    convo = talk()
    for text in ROUTE[:5]:
        convo.say(text)
    convo.say("pause")
    # GIVEN the stored place was written by an older version of the exercise
    raw = [i for i in dynamo.scan(TableName="SteadyGroundNotes")["Items"] if i["sk"]["S"] == "META#progress#boundary"]
    [item] = raw
    body = json.loads(item["body"]["S"])
    item["body"]["S"] = json.dumps({**body, "version": 0})
    dynamo.put_item(TableName="SteadyGroundNotes", Item=item)
    # WHEN they come back and ask for the boundary exercise
    later = talk()
    reply = later.say("open steady ground")
    assert "step" not in reply.speech, "no offer to resume a place that can't be read"
    reply = later.say("let's set a boundary")
    # THEN they hear plainly that it starts fresh
    assert "start this one fresh" in reply.speech and "six short steps" in reply.speech
    assert_valid_response(reply.raw)


# -- going back and starting over --------------------------------------------------------------------
def test_going_back_lets_them_change_an_answer(talk, items):
    convo = talk()
    for text in ROUTE[:5]:
        convo.say(text)
    reply = convo.say("go back")
    assert "I statement" in reply.speech and step_of(convo) == "statement"
    convo.say("When it goes in circles, I will end the talk kindly")
    reply = convo.say("skip")
    assert "When it goes in circles, I will end the talk kindly" in reply.speech
    assert STATEMENT not in reply.speech


def test_starting_over_clears_the_answers(talk):
    convo = talk()
    for text in ROUTE[:6]:
        convo.say(text)
    reply = convo.say("start over")
    assert step_of(convo) == "choose" and "circular arguments" in reply.speech
    for text in ("consequences", "skip", "When I'm mocked, I will end the call", "skip"):
        reply = convo.say(text)
    assert "When I'm mocked, I will end the call" in reply.speech and STATEMENT not in reply.speech


def test_back_at_the_first_step_says_so(talk):
    convo = talk()
    convo.say(START)
    convo.say("yes")
    reply = convo.say("go back")
    assert "nothing to go back to" in reply.speech and step_of(convo) == "choose"


# -- nonsense, bounded at two ---------------------------------------------------------------------------
def nonsense(convo):
    if convo.elicit:  # a free-text question: Alexa heard nothing it could write down
        return convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "  ")}))
    return convo.say("purple elephant trampoline")


@pytest.mark.parametrize("depth", range(1, len(ROUTE) + 1))
def test_nonsense_is_reasked_with_an_example_then_offered_a_way_on_never_looping(talk, depth):
    convo = talk()
    for text in ROUTE[:depth]:
        convo.say(text)
    where = step_of(convo)
    first = nonsense(convo)
    assert any(w in first.speech for w in ("For example", "yes or no", "yes to", "say yes", "say skip")), first.speech
    assert step_of(convo) == where and first.session_open
    second = nonsense(convo)
    assert second.speech != first.speech and second.session_open and second.speech.endswith("?")
    third = nonsense(convo)
    moved = step_of(convo) != where
    paused = not third.session_open and "place is kept" in third.speech
    assert moved or paused, "after two failed tries, it moves on or pauses with the place kept"
    for reply in (first, second, third):
        assert_valid_response(reply.raw)


def test_after_two_failed_tries_yes_skips_an_optional_step(talk):
    convo = talk()
    for text in ROUTE[:3]:
        convo.say(text)
    nonsense(convo)
    reply = nonsense(convo)
    assert "skip this step" in reply.speech
    reply = convo.say("yes")
    assert step_of(convo) == "statement" and "I statement" in reply.speech


# -- awkward free text -------------------------------------------------------------------------------------
def test_ampersands_angle_brackets_and_quotes_are_kept_and_read_back_safely(talk, items):
    convo = talk()
    for text in ROUTE[:3]:
        convo.say(text)
    statement = 'When he says "calm down" & <sighs>, I\'ll say: I need 10 minutes'
    consequence = "I'll go to Sam & Jo's place <for an hour>"
    convo.say("money & bills <again>")
    convo.say(statement)
    reply = convo.say(consequence)
    assert statement in reply.speech and consequence in reply.speech
    assert_valid_response(reply.raw)
    convo.say("skip")
    keep_it(convo)
    [note] = boundary_notes(items)
    assert note["text"] == f"{statement} {consequence}"
    assert note["data"]["moment"] == "money & bills <again>"


def test_two_thousand_characters_are_refused_politely_and_nothing_is_cut(talk, items):
    convo = talk()
    for text in ROUTE[:4]:
        convo.say(text)
    huge = ("When it starts & goes on, I will pause " * 60)[:2000]
    reply = convo.say(huge)
    assert "1000 characters" in reply.speech and "shorter" in reply.speech
    assert step_of(convo) == "statement" and convo.state.exercises["boundary"]["statement"] is None
    assert_valid_response(reply.raw)
    reply = convo.say(STATEMENT)
    assert step_of(convo) == "consequence"


def test_a_long_answer_is_read_back_in_part_and_kept_whole(talk, items):
    convo = talk()
    for text in ROUTE[:4]:
        convo.say(text)
    long_statement = ("When the same talk comes round again I will say I hear you and then I will pause " * 12)[:990]
    convo.say(long_statement)
    reply = convo.say("skip")
    assert "the rest is kept" in reply.speech and long_statement.strip() not in reply.speech
    convo.say("skip")
    keep_it(convo)
    [note] = boundary_notes(items)
    assert note["text"] == long_statement.strip()


# -- help fits the step -------------------------------------------------------------------------------------
HELP_ROUTE = [START, "yes", "help me choose", "yes", MOMENT, STATEMENT, CONSEQUENCE, STATEMENT]
HELP_WORDS = ["six short steps", "Circular arguments:", "One short question", "a time of day",
              "when this happens, I will", "your own next step", "aloud once", "as a note for another day"]


def test_each_steps_help_differs_and_fits(talk):
    convo = talk()
    helps = []
    for text, words in zip(HELP_ROUTE, HELP_WORDS, strict=True):
        convo.say(text)
        where = step_of(convo)
        reply = convo.say("help")
        assert words in reply.speech, (where, reply.speech)
        assert step_of(convo) == where and reply.session_open and reply.speech.endswith("?")
        helps.append(reply.speech)
        what = convo.say("what was the question")
        assert step_of(convo) == where and what.speech.endswith("?")
    assert len(set(helps)) == len(helps)


# -- keeping it ------------------------------------------------------------------------------------------------
def test_a_failed_save_says_so_plainly_and_a_retry_keeps_the_same_words(talk, items, monkeypatch):
    from steady_ground.storage.dynamo import DynamoNotesRepository

    convo = talk()
    for text in ROUTE:
        convo.say(text)
    real_add = DynamoNotesRepository.add_note

    def down(*args, **kwargs):
        raise StorageUnavailable("ServiceUnavailable")

    monkeypatch.setattr(DynamoNotesRepository, "add_note", down)
    reply = keep_it(convo)
    assert "couldn't keep it" in reply.speech or "isn't saved" in reply.speech or "wasn't able" in reply.speech
    assert "saved." not in reply.speech.lower().replace("isn't saved", "")
    assert reply.speech.endswith("?") and not boundary_notes(items)
    monkeypatch.setattr(DynamoNotesRepository, "add_note", real_add)
    reply = convo.say("yes")
    assert "saved" in reply.speech.lower()
    [note] = boundary_notes(items)
    assert STATEMENT in note["text"]


def test_no_to_keeping_saves_nothing(talk, items):
    convo = talk()
    for text in ROUTE:
        convo.say(text)
    reply = convo.say("no")
    assert "won't" in reply.speech or "nothing is saved" in reply.speech or "won't save" in reply.speech
    assert not boundary_notes(items) and reply.speech.endswith("?")


def test_no_to_keeping_notes_at_all_is_heard_as_that_never_as_too_long(talk, items):
    # GIVEN a first boundary, kept: the skill asks whether to keep notes at all
    convo = talk()
    for text in ROUTE:
        convo.say(text)
    asked = convo.say("yes")
    assert step_of(convo) == "keep" and asked.speech.endswith("?")
    # WHEN they say no to keeping notes
    reply = convo.say("no")
    # THEN nothing is saved, they hear plainly it isn't kept, and nobody calls their words too long
    assert not boundary_notes(items)
    assert reply.said("boundary/notes_off") and not reply.said("boundary/save_refused")
    assert "too long" not in reply.speech.lower() and "shorter" not in reply.speech.lower()
    assert step_of(convo) != "statement" and reply.speech.endswith("?")
