"""Consent in the exercise save path, and private mode over the launch resume offer.

A tiny stand-in exercise ("jot": one free-text question, then a save) runs in the real exercise
room, so these tests don't depend on the boundary or reflection exercises' wording.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from typing import Any, ClassVar

import pytest
from tools import alexa
from tools.simulator import Simulator

from steady_ground.conversation.machine import Ev, Event, Line, SaveNote, Step
from steady_ground.session import Resume
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK
from tests.support.notes import ANNA, agree_and_add, asks_consent, personal, voice


class JotStep(str, enum.Enum):
    ASK = "ask"
    SAVING = "saving"
    DONE = "done"


@dataclass(frozen=True)
class Jot:
    VERSION: ClassVar[int] = 1
    version: int = 1
    step: JotStep = JotStep.ASK


def jot_next(state: Jot, event: Event) -> Step[Jot]:
    if event.kind == Ev.ANSWER and event.value:
        return Step(dataclasses.replace(state, step=JotStep.SAVING), save=SaveNote("note", event.value))
    outcome = {Ev.SAVED: "notes/saved", Ev.SAVE_FAILED: "notes/not_saved", Ev.SAVE_REFUSED: "notes/not_kept_ok"}
    if event.kind in outcome:
        return Step(dataclasses.replace(state, step=JotStep.DONE), say=(Line(outcome[event.kind]),), finished=True)
    return Step(state, ask=Line("notes/add_prompt"), free_text=True)


@pytest.fixture
def jot_talk(dynamo: Any, monkeypatch: pytest.MonkeyPatch):
    from steady_ground.app import App
    from steady_ground.entry import make_handler
    from steady_ground.exercises import catalog
    from steady_ground.exercises.runtime import ExerciseSpec

    spec = ExerciseSpec(
        name="jot",
        state_type=Jot,
        initial=Jot,
        next_state=jot_next,
        start_intents=frozenset({"JotStartIntent"}),
        choice_intents={},
        resume_key="notes/more_prompt",
        progress_params=lambda state: {},
        note_kind=NoteKind.FREE,
    )
    monkeypatch.setattr(catalog, "EXERCISES", (*catalog.EXERCISES, spec))
    monkeypatch.setitem(catalog.BY_NAME, "jot", spec)
    handler = make_handler(App.default())

    def start(device: alexa.Device | None = None) -> Simulator:
        return Simulator(handler, device=device or alexa.Device(), clock=DEFAULT_CLOCK, nlu="literal")

    return start


def start_jot(convo: Simulator) -> Any:
    if convo.session is None:
        convo.say("open steady ground")
    return convo.send(alexa.intent("JotStartIntent"))


def pending(reply: Any) -> Any:
    return reply.state.question


def test_first_save_in_an_exercise_asks_consent_then_saves_and_goes_on(jot_talk, items):
    convo = jot_talk(voice(ANNA))
    start_jot(convo)
    # WHEN the exercise reaches its first save ever
    ask = convo.say("I want calmer mornings")
    # THEN consent is asked in one breath, the note waits, and the place is kept
    assert asks_consent(ask) and ask.speech.endswith("?")
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    assert ask.state.exercises.get("jot"), "the exercise's place is in the session"
    # WHEN they say yes
    done = convo.say("yes")
    # THEN the note is saved and the exercise hears SAVED (its own "saved" line follows)
    assert done.said("notes/saved")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["I want calmer mornings"]
    assert done.session_open and done.reprompt


def test_no_to_consent_in_an_exercise_feeds_save_refused_and_stores_nothing(jot_talk, items):
    convo = jot_talk(voice(ANNA))
    start_jot(convo)
    convo.say("I want calmer mornings")
    reply = convo.say("no")
    assert reply.said("notes/not_kept")
    assert personal(items) == [], "no note, no progress, no profile"
    # AND later exercise turns in this session store nothing either
    start_jot(convo)
    convo.say("another thought")
    assert personal(items) == []


def test_private_mode_hides_the_launch_resume_offer_from_an_unrecognized_voice(jot_talk):
    # GIVEN an unrecognized household voice that keeps notes and leaves an exercise half done
    convo = jot_talk(voice(None))
    agree_and_add(convo, "warm up")
    start_jot(convo)
    convo.say("stop")
    assert pending(convo.say("open steady ground")) == Resume("jot"), "without private mode, the offer is made"
    # WHEN private mode is turned on
    convo.say("turn on private mode")
    convo.say("stop")
    # THEN the next launch offers nothing that reveals the saved place
    reply = convo.say("open steady ground")
    assert pending(reply) is None
    assert reply.session_open and reply.speech.endswith("?")


def test_a_recognized_voice_still_gets_its_resume_offer_in_private_mode(jot_talk):
    convo = jot_talk(voice(ANNA))
    agree_and_add(convo, "warm up")
    convo.say("turn on private mode")
    start_jot(convo)
    convo.say("stop")
    assert pending(convo.say("open steady ground")) == Resume("jot")
