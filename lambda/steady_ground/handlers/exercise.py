"""The room every guided exercise runs in.

It turns the request into an Event, runs the exercise's pure ``next_state``, performs the Step's
effects (saving a note, then feeding the outcome back), renders the Step's template keys, and keeps
progress: in the session on every turn, and in DynamoDB on every turn that changes it, so a
SessionEndedRequest (which cannot speak) never loses a place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ask_sdk_model.dialog import ElicitSlotDirective
from ask_sdk_model.intent import Intent
from ask_sdk_model.intent_confirmation_status import IntentConfirmationStatus
from ask_sdk_model.slot import Slot as SdkSlot
from ask_sdk_model.slot_confirmation_status import SlotConfirmationStatus

from steady_ground import notes, safety
from steady_ground.conversation.machine import Ev, Event, Line, StateVersionError, Step, dump, load
from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import NoteKind

log = logging.getLogger("steady_ground")

CAPTURE_INTENT = "CaptureTextIntent"
CAPTURE_SLOT = "text"

# Built-in and shared intents every exercise understands, and the event each one means.
COMMON_EVENTS: dict[str, Ev] = {
    "AMAZON.YesIntent": Ev.YES,
    "AMAZON.NoIntent": Ev.NO,
    "SkipIntent": Ev.SKIP,
    "AMAZON.PreviousIntent": Ev.BACK,
    "AMAZON.StartOverIntent": Ev.START_OVER,
    "AMAZON.HelpIntent": Ev.HELP,
    "AMAZON.RepeatIntent": Ev.REPEAT,
    "WhatWasTheQuestionIntent": Ev.WHAT_QUESTION,
    "AMAZON.PauseIntent": Ev.PAUSE,
    "AMAZON.ResumeIntent": Ev.RESUME,
    "AMAZON.FallbackIntent": Ev.NOMATCH,
    "AMAZON.NextIntent": Ev.SKIP,
    # "I don't know", "not sure": in the reflection a real answer (its choice intent, checked
    # first); everywhere else the person needs that step's help, not the main menu.
    "MaybeAnswerIntent": Ev.HELP,
}

# Said as free text while a free-text question is open, these words still steer.
CONTROL_WORDS: dict[str, Ev] = {
    "skip": Ev.SKIP,
    "skip it": Ev.SKIP,
    "skip this": Ev.SKIP,
    "skip that": Ev.SKIP,
    "pass": Ev.SKIP,
    "go back": Ev.BACK,
    "back": Ev.BACK,
    "previous": Ev.BACK,
    "start over": Ev.START_OVER,
    "restart": Ev.START_OVER,
    "pause": Ev.PAUSE,
    "help": Ev.HELP,
    "repeat": Ev.REPEAT,
    "repeat that": Ev.REPEAT,
    "say that again": Ev.REPEAT,
    "what was the question": Ev.WHAT_QUESTION,
    "no": Ev.NO,
    "nope": Ev.NO,
    "no thanks": Ev.NO,
    "yes": Ev.YES,
    "what was the question again": Ev.WHAT_QUESTION,
    # Unsure is not an answer: the step's help, with its example and the way to skip.
    "i don't know": Ev.HELP,
    "i do not know": Ev.HELP,
    "i'm not sure": Ev.HELP,
    "i am not sure": Ev.HELP,
    "not sure": Ev.HELP,
    "no idea": Ev.HELP,
    "i have no idea": Ev.HELP,
    "dunno": Ev.HELP,
}

# Sounds people make before the words; stripped before a free-text answer is read as a control word.
FILLERS = re.compile(r"^(?:(?:um+|uh+|hmm+|er+|erm|well|so|oh|actually)[\s,.]+)+")


def control_word(text: str) -> Ev | None:
    """The steering a free-text answer means, if it is only a control word (fillers aside)."""
    said = FILLERS.sub("", text.lower().strip(" .!?")).strip(" .,!?")
    return CONTROL_WORDS.get(said)


@dataclass(frozen=True)
class ExerciseSpec:
    """Everything the room needs to know about one exercise."""

    name: str  # session key, progress key and mode, e.g. "boundary"
    state_type: type
    initial: Callable[[], Any]
    next_state: Callable[[Any, Event], Step[Any]]
    start_intents: frozenset[str]
    # Intents of this exercise beyond the common ones, each mapped to the slot whose resolved id
    # becomes a CHOICE event (None: the intent itself is the choice, value = intent name).
    choice_intents: dict[str, str | None]
    resume_key: str  # template for the launch offer: "Last time you were on step 4 ..."
    progress_params: Callable[[Any], dict[str, Any]]
    note_kind: NoteKind
    # Optional: given the turn and a fresh state, the state to start from, with any context the
    # exercise needs read from storage (e.g. the last kept reflection). Keeps next_state pure.
    prepare: Callable[[Turn, Any], Any] | None = None


REGISTRY: dict[str, ExerciseSpec] = {}


def register(spec: ExerciseSpec) -> ExerciseSpec:
    REGISTRY[spec.name] = spec
    return spec


def event_for(turn: Turn, spec: ExerciseSpec) -> Event:
    intent = turn.intent_name or ""
    if intent == CAPTURE_INTENT:
        text = (turn.slot(CAPTURE_SLOT).raw or "").strip()
        if not text:
            return Event(Ev.NOMATCH)
        control = control_word(text)
        return Event(control) if control else Event(Ev.ANSWER, text)
    if intent in spec.choice_intents:
        slot_name = spec.choice_intents[intent]
        if slot_name is None:
            return Event(Ev.CHOICE, intent)
        slot = turn.slot(slot_name)
        if slot.id:
            return Event(Ev.CHOICE, slot.id)
        return Event(Ev.NOMATCH, slot.raw)
    if intent in COMMON_EVENTS:
        return Event(COMMON_EVENTS[intent])
    return Event(Ev.NOMATCH)


def current_state(turn: Turn, spec: ExerciseSpec) -> tuple[Any, bool]:
    """The live state (session first, then saved progress), and whether it had to be reset."""
    for source in (turn.session.get(spec.name), _saved(turn, spec)):
        if source is None:
            continue
        try:
            return load(spec.state_type, source), False
        except StateVersionError:
            return spec.initial(), True
    return spec.initial(), False


def _saved(turn: Turn, spec: ExerciseSpec) -> Any:
    bundle = turn.bundle()
    return bundle.progress.get(spec.name) if bundle else None


def fresh_state(turn: Turn, spec: ExerciseSpec) -> Any:
    """The state a new run of the exercise starts from."""
    state = spec.initial()
    return spec.prepare(turn, state) if spec.prepare is not None else state


def elicit_text() -> ElicitSlotDirective:
    """Ask Alexa to capture the whole next utterance as free text (AMAZON.SearchQuery)."""
    intent = Intent(
        name=CAPTURE_INTENT,
        confirmation_status=IntentConfirmationStatus.NONE,
        slots={CAPTURE_SLOT: SdkSlot(name=CAPTURE_SLOT, confirmation_status=SlotConfirmationStatus.NONE)},
    )
    return ElicitSlotDirective(updated_intent=intent, slot_to_elicit=CAPTURE_SLOT)


def apply(turn: Turn, spec: ExerciseSpec, step: Step[Any], before: dict[str, Any] | None) -> None:
    """Perform a Step: effects first, then progress, then speech."""
    lines: list[Line] = list(step.say)
    if step.save is not None:
        outcome = notes.keep(turn, NoteKind(step.save.kind), step.save.text, step.save.data)
        if outcome is notes.Outcome.NEEDS_CONSENT:
            _ask_consent(turn, spec, step, lines)
            return
        step = spec.next_state(step.state, Event(SAVE_FEEDBACK[outcome]))
        lines.extend(step.say)
    after = dump(step.state)
    if step.finished:
        turn.session.pop(spec.name, None)
        _clear_progress(turn, spec)
        turn.mode = "menu"
    else:
        turn.session[spec.name] = after
        turn.mode = spec.name
        if after != before or step.paused:  # a pause writes again: an earlier write may have failed
            _save_progress(turn, spec, after)
    for line in lines:
        turn.say(line.key, **dict(line.params))
    if step.paused:
        turn.mode = "menu"
        turn.end()
    elif step.ask is not None:
        turn.ask(step.ask.key, **dict(step.ask.params))
        if step.free_text:
            turn.directive(elicit_text())
    else:
        turn.ask("menu/anything_else")


# What a save's outcome means to an exercise's state machine.
SAVE_FEEDBACK: dict[notes.Outcome, Ev] = {
    notes.Outcome.SAVED: Ev.SAVED,
    notes.Outcome.FAILED: Ev.SAVE_FAILED,
    notes.Outcome.NEEDS_CONSENT: Ev.SAVE_FAILED,
    notes.Outcome.TOO_LONG: Ev.SAVE_REFUSED,
    notes.Outcome.OFF: Ev.SAVE_REFUSED,
    notes.Outcome.CRISIS: Ev.SAVE_REFUSED,
}


def _ask_consent(turn: Turn, spec: ExerciseSpec, step: Step[Any], lines: list[Line]) -> None:
    """First save ever: keep the place, say the step's lines, hold the note in the session and ask
    for consent (handlers/notes.py answers, then calls ``continue_after_save``)."""
    from steady_ground.handlers.notes import ask_consent

    assert step.save is not None
    after = dump(step.state)
    turn.session[spec.name] = after
    turn.mode = spec.name
    _save_progress(turn, spec, after)
    for line in lines:
        turn.say(line.key, **dict(line.params))
    notes.park(turn, NoteKind(step.save.kind), step.save.text, step.save.data, exercise=spec.name)
    ask_consent(turn)


def continue_after_save(turn: Turn, name: str, outcome: notes.Outcome) -> bool:
    """Feed a parked save's outcome to its exercise and go on from there."""
    spec = REGISTRY.get(name)
    if spec is None:
        return False
    state, _ = current_state(turn, spec)
    before = turn.session.get(spec.name)
    step = spec.next_state(state, Event(SAVE_FEEDBACK[outcome]))
    apply(turn, spec, step, before if isinstance(before, dict) else None)
    return True


def _save_progress(turn: Turn, spec: ExerciseSpec, state: dict[str, Any]) -> None:
    if notes.notes_off(turn):  # the person said no to keeping anything: the session holds it
        return
    try:
        turn.app.repo.save_progress(turn.owner, spec.name, state, turn.now)
    except StorageError as exc:  # the session still holds it; the next turn writes again
        log.warning("progress not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return
    bundle = turn.state.get("b")
    if isinstance(bundle, dict) and isinstance(bundle.get("g"), dict):
        bundle["g"][spec.name] = state


def _clear_progress(turn: Turn, spec: ExerciseSpec) -> None:
    try:
        turn.app.repo.clear_progress(turn.owner, spec.name)
    except StorageError as exc:
        log.warning("progress not cleared: %s request=%s", type(exc).__name__, turn.request_id)
    bundle = turn.state.get("b")
    if isinstance(bundle, dict) and isinstance(bundle.get("g"), dict):
        bundle["g"].pop(spec.name, None)


def run_event(turn: Turn, spec: ExerciseSpec, event: Event) -> None:
    state, was_reset = current_state(turn, spec)
    if was_reset:
        turn.say("exercise/state_reset")
    before = turn.session.get(spec.name) if not was_reset else None
    if event.kind == Ev.ANSWER and event.value and safety.is_crisis(event.value, turn.locale):
        from steady_ground.handlers.safety import give_safety

        turn.session[spec.name] = dump(state)
        give_safety(turn)
        return
    apply(turn, spec, spec.next_state(state, event), before if isinstance(before, dict) else None)


class ExerciseStartHandler(TurnHandler):
    """Starts an exercise from its own intents ("let's set a boundary"), wherever the person is."""

    def __init__(self, spec: ExerciseSpec) -> None:
        self.spec = spec

    def claims(self, peek: Peek) -> bool:
        return peek.intent in self.spec.start_intents

    def run(self, turn: Turn) -> None:
        turn.state.pop("pending", None)  # a new request answers no earlier open question
        state, was_reset = current_state(turn, self.spec)
        saved = turn.session.get(self.spec.name) or _saved(turn, self.spec)
        if saved and state != self.spec.initial():
            offer_resume(turn, self.spec, state)
            return
        if was_reset:  # a stored place from a version this code no longer reads: say so, start fresh
            turn.say("exercise/state_reset")
        turn.session.pop(self.spec.name, None)
        apply(turn, self.spec, self.spec.next_state(fresh_state(turn, self.spec), Event(Ev.START)), None)


def offer_resume(turn: Turn, spec: ExerciseSpec, state: Any) -> None:
    turn.mode = "menu"
    turn.state["pending"] = f"resume:{spec.name}"
    turn.ask(spec.resume_key, **spec.progress_params(state))


class ExerciseRoom(TurnHandler):
    """While an exercise is active, its intents and the common ones are its own."""

    def __init__(self, spec: ExerciseSpec) -> None:
        self.spec = spec
        self.intents = set(COMMON_EVENTS) | set(spec.choice_intents) | {CAPTURE_INTENT}

    def claims(self, peek: Peek) -> bool:
        return peek.mode == self.spec.name and peek.intent in self.intents

    def run(self, turn: Turn) -> None:
        run_event(turn, self.spec, event_for(turn, self.spec))


class ResumeAnswerHandler(TurnHandler):
    """Yes or no to "pick up where you left off?" for any registered exercise."""

    def claims(self, peek: Peek) -> bool:
        return (peek.pending or "").startswith("resume:") and peek.intent in (
            "AMAZON.YesIntent",
            "AMAZON.NoIntent",
            "AMAZON.ResumeIntent",
            "AMAZON.StartOverIntent",
        )

    def run(self, turn: Turn) -> None:
        name = str(turn.state.pop("pending", "")).removeprefix("resume:")
        spec = REGISTRY.get(name)
        if spec is None:
            turn.ask("menu/anything_else")
            return
        if turn.intent_name in ("AMAZON.YesIntent", "AMAZON.ResumeIntent"):
            state, _ = current_state(turn, spec)
            turn.session[spec.name] = dump(state)
            run_event(turn, spec, Event(Ev.RESUME))
        elif turn.intent_name == "AMAZON.StartOverIntent":
            turn.session.pop(spec.name, None)
            _clear_progress(turn, spec)
            apply(turn, spec, spec.next_state(fresh_state(turn, spec), Event(Ev.START)), None)
        else:
            turn.state["pending"] = f"fresh:{spec.name}"
            turn.ask("exercise/resume_declined")


class FreshStartAnswerHandler(TurnHandler):
    """After declining to resume: yes starts the exercise fresh, no goes back to the menu."""

    def claims(self, peek: Peek) -> bool:
        return (peek.pending or "").startswith("fresh:") and peek.intent in ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def run(self, turn: Turn) -> None:
        name = str(turn.state.pop("pending", "")).removeprefix("fresh:")
        spec = REGISTRY.get(name)
        if spec is not None and turn.intent_name == "AMAZON.YesIntent":
            turn.session.pop(spec.name, None)
            _clear_progress(turn, spec)
            apply(turn, spec, spec.next_state(fresh_state(turn, spec), Event(Ev.START)), None)
            return
        turn.mode = "menu"
        turn.ask("menu/anything_else")


def resumable(turn: Turn) -> tuple[ExerciseSpec, Any] | None:
    """The exercise with saved progress, if any, for the launch offer (never in private mode to a
    voice Alexa doesn't recognize: that would reveal what was kept)."""
    bundle = turn.bundle()
    if bundle is None or notes.hidden(turn):
        return None
    for name, spec in REGISTRY.items():
        raw = bundle.progress.get(name)
        if raw is None:
            continue
        try:
            return spec, load(spec.state_type, raw)
        except StateVersionError:
            continue
    return None
