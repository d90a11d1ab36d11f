"""Exercises as the skill offers them: the rooms and start intents of every exercise (in the order
of ``exercises.catalog.EXERCISES``), the resume offer, and the answers to "pick up where you left off?"
and "start it fresh?"."""

from __future__ import annotations

from typing import Any

from steady_ground import notes, privacy_gate
from steady_ground.acts.replies import anything_else
from steady_ground.conversation.machine import Ev, Event, StateVersionError, dump, load
from steady_ground.dispatch import Answer
from steady_ground.exercises import catalog
from steady_ground.exercises.runtime import (
    AnySpec,
    ExerciseRoom,
    ExerciseStartHandler,
    clear_progress,
    current_state,
    run_event,
    start_fresh,
)
from steady_ground.session import FreshStart, Resume
from steady_ground.turn import Turn, TurnHandler

YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"


def rooms() -> list[TurnHandler]:
    """While an exercise is active, its intents and the common ones are its own."""
    return [ExerciseRoom(spec) for spec in catalog.EXERCISES]


def starters() -> list[TurnHandler]:
    """Each exercise's start intents, from anywhere."""
    return [ExerciseStartHandler(spec) for spec in catalog.EXERCISES]


def resumable(turn: Turn, *, launch: bool = False) -> tuple[AnySpec, Any] | None:
    """The first exercise (in ``EXERCISES`` order) with saved progress. Never when the past is hidden
    (that would reveal what was kept): the launch offer, which names only the exercise and the step,
    goes only to its owner (a recognized voice, the privacy code given, or, with no code, the
    account)."""
    bundle = turn.bundle()
    if bundle is None or notes.hidden(turn):
        return None
    if launch and privacy_gate.access(turn) not in (privacy_gate.Access.OPEN, privacy_gate.Access.SHARED):
        return None
    for spec in catalog.EXERCISES:
        raw = bundle.progress.get(spec.name)
        if raw is None:
            continue
        try:
            return spec, load(spec.state_type, raw)
        except StateVersionError:
            continue
    return None


def answer_resume(turn: Turn, question: Resume) -> None:
    """Yes or no to "pick up where you left off?"."""
    spec = catalog.named(question.exercise)
    if spec is None:
        anything_else(turn)
        return
    other = catalog.started_by(turn.intent_name or "")
    if other is not None and other is not spec:  # another exercise asked for: that one, as from the menu
        ExerciseStartHandler(other).run(turn)
        return
    # "Start my reflection" said to "pick up your reflection where you left off?" is a yes, not a
    # reason to ask the same thing again.
    if turn.intent_name in (YES, "AMAZON.ResumeIntent") or other is spec:
        # Picking up reads back what was said (a boundary's words): a replay of the past.
        if privacy_gate.gate_replay(turn, f"resume:{spec.name}"):
            resume_exercise(turn, spec)
    elif turn.intent_name == "AMAZON.StartOverIntent":
        clear_progress(turn, spec)
        start_fresh(turn, spec)
    else:
        turn.open_question(FreshStart(spec.name))
        turn.ask("exercise/resume_declined")


def resume_exercise(turn: Turn, spec: AnySpec) -> None:
    from_session = current_state(turn, spec)[0]
    turn.state.exercises[spec.name] = dump(from_session)
    run_event(turn, spec, Event(Ev.RESUME))


def answer_fresh_start(turn: Turn, question: FreshStart) -> None:
    """After declining to resume: yes starts the exercise fresh, no goes back to the menu."""
    spec = catalog.named(question.exercise)
    other = catalog.started_by(turn.intent_name or "")
    if other is not None and other is not spec:
        ExerciseStartHandler(other).run(turn)
        return
    if spec is not None and (turn.intent_name == YES or other is spec):  # "start my reflection": fresh, as asked
        clear_progress(turn, spec)
        start_fresh(turn, spec)
        return
    anything_else(turn)


ANSWERS = (
    Answer(Resume, frozenset({YES, NO, "AMAZON.ResumeIntent", "AMAZON.StartOverIntent", *catalog.START_INTENTS}),
           answer_resume),
    Answer(FreshStart, frozenset({YES, NO, *catalog.START_INTENTS}), answer_fresh_start),
)
