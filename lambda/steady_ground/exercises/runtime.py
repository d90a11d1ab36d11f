"""The exercise runtime: the room every guided exercise runs in.

It turns the request into an Event, runs the exercise's pure ``next_state``, performs the Step's
effects (saving a note, then feeding the outcome back), renders the Step's template keys, and keeps
progress: in the session on every turn, and in DynamoDB on every turn that changes it, so a
SessionEndedRequest (which cannot speak) never loses a place.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from steady_ground import notes, privacy_gate, safety
from steady_ground.acts.capture import CAPTURE_INTENT, CAPTURE_SLOT, elicit_text
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.safety import answer, hold
from steady_ground.conversation import hearing
from steady_ground.conversation.machine import Ev, Event, Line, StateVersionError, Step, dump, load
from steady_ground.session import MENU, Question, Resume, Safety
from steady_ground.storage.errors import StaleWrite, StorageError
from steady_ground.storage.repository import REV_KEY, NoteKind
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")

S = TypeVar("S")

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

# The answers of other rooms (each with the slot that holds the words heard). Said inside an exercise
# that doesn't own them, they are words the exercise didn't understand ("he checks my phone all the
# time" heard as a frequency at the boundary's first step): screened, then the step's own re-ask,
# never another feature's reply or "that's not something I can do" with the place lost.
ANSWER_INTENTS: dict[str, str | None] = {
    "FrequencyAnswerIntent": "frequency",
    "MaybeAnswerIntent": "maybe",
    "CheckInMoodIntent": "mood",
    "CheckInRatingIntent": "rating",
    "BoundaryStrategyIntent": "strategy",
    "PlanWorryIntent": "worry",
    "FirstStepIntent": "first_step",
    "TalkOutcomeIntent": "outcome",
    "PickOrdinalIntent": "ordinal",
    "HelpMeChooseIntent": None,
}


# Said as free text while a free-text question is open, these words still steer (conversation/hearing.py).
STEERING: dict[hearing.Heard, Ev] = {
    hearing.Heard.SKIP: Ev.SKIP,
    hearing.Heard.BACK: Ev.BACK,
    hearing.Heard.START_OVER: Ev.START_OVER,
    hearing.Heard.PAUSE: Ev.PAUSE,
    hearing.Heard.HELP: Ev.HELP,  # unsure is not an answer: the step's help, its example, the way to skip
    hearing.Heard.REPEAT: Ev.REPEAT,
    hearing.Heard.WHAT_QUESTION: Ev.WHAT_QUESTION,
    hearing.Heard.YES: Ev.YES,
    hearing.Heard.NO: Ev.NO,
    # Non-answers, answered as what they are and never kept.
    hearing.Heard.EXAMPLE: Ev.HELP,  # the step's help leads with an example
    hearing.Heard.WHAT: Ev.REPEAT,  # "what?": the question again, as it was
    hearing.Heard.CHANGED_MIND: Ev.BACK,  # "actually no": a step back, nothing kept
    hearing.Heard.FILLER: Ev.HESITATE,  # "um": no rush, and the question again
    hearing.Heard.INTERRUPT: Ev.INTERRUPT,  # "hold on": stop now, place kept
    hearing.Heard.DECISION: Ev.DECISION,  # "should I leave?": theirs to decide
    hearing.Heard.REQUEST: Ev.REQUEST,  # "delete all my notes": a request, never kept as the words
    hearing.Heard.OPTIONS: Ev.HELP,  # "what can you do": what this step wants, and how to skip or stop
}


def control_word(text: str) -> Ev | None:
    """The steering a free-text answer means, if it is only a control word or a non-answer."""
    return STEERING.get(hearing.heard(text))


@dataclass(frozen=True)
class ExerciseSpec(Generic[S]):
    """Everything the room needs to know about one exercise."""

    name: str  # session key, progress key and mode, e.g. "boundary"
    state_type: type[S]
    initial: Callable[[], S]
    next_state: Callable[[S, Event], Step[S]]
    start_intents: frozenset[str]
    # Intents of this exercise beyond the common ones, each mapped to the slot whose resolved id
    # becomes a CHOICE event (None: the intent itself is the choice, value = intent name).
    choice_intents: dict[str, str | None]
    resume_key: str  # template for the launch offer: "Last time you were on step 4 ..."
    progress_params: Callable[[S], dict[str, Any]]
    note_kind: NoteKind
    # Optional: given the turn and a fresh state, the state to start from, with any context the
    # exercise needs read from storage (e.g. the last kept reflection). Keeps next_state pure.
    prepare: Callable[[Turn, S], S] | None = None
    # Optional: the question a state leaves open for another room to answer (the check-in's
    # reminder offer). With it, the exercise owns the open question while it runs.
    question: Callable[[S], Question | None] | None = None
    # Optional: after the exercise's note was saved, remember what the exercise needs to (e.g. when
    # a talk plan was kept, so a later launch can ask once how it went).
    on_saved: Callable[[Turn, S], None] | None = None


AnySpec = ExerciseSpec[Any]


def event_for(turn: Turn, spec: AnySpec) -> Event:
    intent = turn.intent_name or ""
    if intent == CAPTURE_INTENT:
        text = (turn.slot(CAPTURE_SLOT).raw or "").strip()
        if not text:
            return Event(Ev.NOMATCH)
        control = control_word(text)
        return Event(control, text) if control else Event(Ev.ANSWER, text)
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
    if intent == "HelpMeChooseIntent":  # "help me choose" where there is nothing to choose: the step's help
        return Event(Ev.HELP)
    stray = ANSWER_INTENTS.get(intent)
    return Event(Ev.NOMATCH, (turn.slot(stray).raw or None) if stray else None)


def current_state(turn: Turn, spec: ExerciseSpec[S]) -> tuple[S, bool]:
    """The live state (session first, then saved progress), and whether it had to be reset."""
    for source in (turn.state.exercises.get(spec.name), saved(turn, spec)):
        if source is None:
            continue
        try:
            return load(spec.state_type, source), False
        except StateVersionError:
            return spec.initial(), True
    return spec.initial(), False


def saved(turn: Turn, spec: AnySpec) -> Any:
    bundle = turn.bundle()
    return bundle.progress.get(spec.name) if bundle else None


def fresh_state(turn: Turn, spec: ExerciseSpec[S]) -> S:
    """The state a new run of the exercise starts from."""
    state = spec.initial()
    return spec.prepare(turn, state) if spec.prepare is not None else state


def apply(turn: Turn, spec: ExerciseSpec[S], step: Step[S], before: dict[str, Any] | None) -> None:
    """Perform a Step: effects first, then progress, then speech."""
    lines: list[Line] = list(step.say)
    if step.save is not None:
        outcome = notes.keep(turn, NoteKind(step.save.kind), step.save.text, step.save.data)
        if outcome is notes.Outcome.NEEDS_CONSENT:
            _ask_consent(turn, spec, step, lines)
            return
        if outcome is notes.Outcome.SAVED and spec.on_saved is not None:
            spec.on_saved(turn, step.state)
        step = spec.next_state(step.state, Event(SAVE_FEEDBACK[outcome]))
        lines.extend(step.say)
    after = dump(step.state)
    if spec.question is not None:
        turn.open_question(None if step.finished else spec.question(step.state))
    if step.finished:
        turn.state.exercises.pop(spec.name, None)
        clear_progress(turn, spec)
        turn.mode = MENU
    else:
        turn.state.exercises[spec.name] = after
        turn.mode = spec.name
        if after != before or step.paused:  # a pause writes again: an earlier write may have failed
            _save_progress(turn, spec, after)
    for line in lines:
        turn.say(line.key, **dict(line.params))
    if step.paused:
        turn.mode = MENU
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
    notes.Outcome.OFF: Ev.NOTES_OFF,
    notes.Outcome.CRISIS: Ev.SAVE_REFUSED,
}


def _ask_consent(turn: Turn, spec: ExerciseSpec[S], step: Step[S], lines: list[Line]) -> None:
    """First save ever: keep the place, say the step's lines, hold the note in the session and ask
    for consent (handlers/consent.py answers, then calls ``continue_after_save``)."""
    assert step.save is not None
    after = dump(step.state)
    turn.state.exercises[spec.name] = after
    turn.mode = spec.name
    _save_progress(turn, spec, after)
    for line in lines:
        turn.say(line.key, **dict(line.params))
    notes.park(turn, NoteKind(step.save.kind), step.save.text, step.save.data, exercise=spec.name)
    ask_consent(turn)


def continue_after_save(turn: Turn, spec: AnySpec, outcome: notes.Outcome) -> None:
    """Feed a parked save's outcome to its exercise and go on from there."""
    state, _ = current_state(turn, spec)
    before = turn.state.exercises.get(spec.name)
    if outcome is notes.Outcome.SAVED and spec.on_saved is not None:
        spec.on_saved(turn, state)
    step = spec.next_state(state, Event(SAVE_FEEDBACK[outcome]))
    apply(turn, spec, step, before if isinstance(before, dict) else None)


def _save_progress(turn: Turn, spec: AnySpec, state: dict[str, Any]) -> None:
    if notes.notes_off(turn):  # the person said no to keeping anything: the session holds it
        return
    cache = turn.state.cache
    # The revision this session last read or wrote: another device's newer place is never overwritten.
    rev = (cache.progress.get(spec.name) or {}).get(REV_KEY, 0) if cache is not None else None
    try:
        rev = turn.app.repo.save_progress(turn.owner, spec.name, state, turn.now, rev=rev)
    except StaleWrite:  # moved on elsewhere: that place stands; this session keeps its own
        log.info("progress moved on elsewhere, not overwritten request=%s", turn.request_id)
        return
    except StorageError as exc:  # the session still holds it; the next turn writes again
        log.warning("progress not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return
    if cache is not None:
        cache.progress[spec.name] = {**state, REV_KEY: rev}


def clear_progress(turn: Turn, spec: AnySpec) -> None:
    try:
        turn.app.repo.clear_progress(turn.owner, spec.name)
    except StorageError as exc:
        log.warning("progress not cleared: %s request=%s", type(exc).__name__, turn.request_id)
    if turn.state.cache is not None:
        turn.state.cache.progress.pop(spec.name, None)


def run_event(turn: Turn, spec: AnySpec, event: Event) -> None:
    state, was_reset = current_state(turn, spec)
    if was_reset:
        turn.say("exercise/state_reset")
    before = turn.state.exercises.get(spec.name) if not was_reset else None
    # Safety first, for any words the person said (an answer, or a choice slot's unmatched words): the
    # place is kept, and an answer is neither saved nor dropped silently (the safety answer offers to keep it).
    heard = event.value if event.kind in (Ev.ANSWER, Ev.NOMATCH) and event.value else None
    found = safety.screen(heard, turn.locale) if heard else None
    if found is not None and heard is not None:
        turn.state.exercises[spec.name] = dump(state)
        answer(turn, found, hold(turn, heard) if event.kind == Ev.ANSWER else None)
        return
    if event.kind == Ev.NOMATCH and _relisten(turn, spec, state, event, before):
        return
    if event.kind == Ev.REPEAT:  # "repeat", "what?": the question in the words it was just said in
        turn.echo()
    apply(turn, spec, _step(spec, state, event), before if isinstance(before, dict) else None)


def _relisten(turn: Turn, spec: AnySpec, state: Any, event: Event, before: Any) -> bool:
    """Back after another voice, this speaker's words expected whole came as another request: ask
    again, and listen for the whole answer this time.

    Alexa captures a free-text answer whole only while the skill's last reply asked it to (the
    ElicitSlot). When another voice speaks in between (one Echo, two people), the reply to that voice
    cannot ask for this speaker's words (it would take that voice's next request as them), so their
    answer comes back matched against the model: a FallbackIntent without the words, or a few of
    them in another room's slot. Taken as this step's answer, the words were lost (the check-in was
    kept as if they had nothing to add)."""
    if not turn.returned or turn.intent_name == CAPTURE_INTENT:
        return False
    if event.value and turn.intent_name in spec.choice_intents:  # this exercise's own answer: the step reads it
        return False
    again = spec.next_state(state, Event(Ev.REPEAT))
    if not again.free_text or again.ask is None or again.finished or again.paused:
        return False
    step = dataclasses.replace(again.asking_again(), say=(Line("exercise/missed_words"),))
    apply(turn, spec, step, before if isinstance(before, dict) else None)
    return True


def _step(spec: AnySpec, state: Any, event: Event) -> Step[Any]:
    """The exercise's next step; the non-answers every exercise meets the same way are answered here."""
    if event.kind == Ev.INTERRUPT:  # someone came in: stop at once, keep the place, nothing about the topic
        return Step(state, say=(Line("exercise/interrupted"),), paused=True)
    if event.kind in (Ev.HESITATE, Ev.DECISION):  # no rush / theirs to decide; then the question again
        again = spec.next_state(state, Event(Ev.REPEAT))
        said = Line("exercise/no_rush") if event.kind == Ev.HESITATE else Line("guidance/decision", {"inside": True})
        if event.kind == Ev.DECISION:
            again = again.asking_again()
        return dataclasses.replace(again, say=(said, *again.say))
    if event.kind == Ev.REQUEST:
        return _request_heard(spec, state, event)
    return spec.next_state(state, event)


def _request_heard(spec: AnySpec, state: Any, event: Event) -> Step[Any]:
    """A request to the skill where the person's words were expected ("delete all my notes"): the same
    answer the note prompt gives (it sounded like a request; nothing kept, nothing done), then the
    question again. The exercise counts it as a try that didn't land, so its re-ask limit still
    applies; while it still asks the same question, it asks it plainly, without an apology.

    This exercise asked for by name ("can we do the check-in instead", said in the check-in) is no try
    that missed: they hear that they're in it already, and the question again, in one breath."""
    found = hearing.request_for(event.value)
    if found == ("exercise", spec.name):
        again = spec.next_state(state, Event(Ev.REPEAT)).asking_again()
        return dataclasses.replace(again, say=(Line("exercise/already_here", {"exercise": spec.name}), *again.say))
    failed = spec.next_state(state, Event(Ev.REQUEST))
    same = getattr(failed.state, "step", None) == getattr(state, "step", None)
    if same and failed.ask is not None and not (failed.finished or failed.paused or getattr(failed.state, "offered", False)):
        failed = spec.next_state(failed.state, Event(Ev.REPEAT)).asking_again()
    how = hearing.asked_how(found)  # "how do I delete my notes": the words to ask
    return dataclasses.replace(failed, say=(Line("exercise/request_heard", {"how": how}), *failed.say))


def back_to_step(turn: Turn, spec: AnySpec, *lines: Line) -> None:
    """Back at the step the person was on after an aside inside the exercise (a note taken on the
    way): the aside's lines, then that step's question in its short form. Nothing of the exercise
    changes: its answers and its place stay as they were, in the session and in storage."""
    state, _ = current_state(turn, spec)
    before = turn.state.exercises.get(spec.name)
    again = spec.next_state(state, Event(Ev.REPEAT)).asking_again()
    apply(turn, spec, dataclasses.replace(again, say=(*lines, *again.say)), before if isinstance(before, dict) else None)


class ExerciseStartHandler(TurnHandler):
    """Starts an exercise from its own intents ("let's set a boundary"), wherever the person is."""

    def __init__(self, spec: AnySpec) -> None:
        self.spec = spec

    def claims(self, peek: Peek) -> bool:
        return peek.intent in self.spec.start_intents

    def run(self, turn: Turn) -> None:
        turn.close_question()  # a new request answers no earlier open question
        # With a privacy code set and not given, a kept place must be neither named nor overwritten,
        # and asking only when one exists would tell that it does: ask every time.
        if self.spec.name not in turn.state.exercises and privacy_gate.access(turn) is privacy_gate.Access.CODE:
            privacy_gate.ask_code(turn, f"start:{self.spec.name}", needed=True)
            return
        start_exercise(turn, self.spec)


def start_exercise(turn: Turn, spec: AnySpec) -> None:
    """Offer the kept place of ``spec``, or start it fresh."""
    state, was_reset = current_state(turn, spec)
    kept = turn.state.exercises.get(spec.name) or saved(turn, spec)
    if kept and state != spec.initial():
        offer_resume(turn, spec, state)
        return
    if was_reset:  # a stored place from a version this code no longer reads: say so, start fresh
        turn.say("exercise/state_reset")
    start_fresh(turn, spec)


def start_fresh(turn: Turn, spec: AnySpec) -> None:
    turn.state.exercises.pop(spec.name, None)
    apply(turn, spec, spec.next_state(fresh_state(turn, spec), Event(Ev.START)), None)


def offer_resume(turn: Turn, spec: ExerciseSpec[S], state: S) -> None:
    turn.mode = MENU
    turn.open_question(Resume(spec.name))
    turn.ask(spec.resume_key, **spec.progress_params(state))


class ExerciseRoom(TurnHandler):
    """While an exercise is active, its intents and the common ones are its own."""

    def __init__(self, spec: AnySpec) -> None:
        self.spec = spec
        self.intents = set(COMMON_EVENTS) | set(spec.choice_intents) | set(ANSWER_INTENTS) | {CAPTURE_INTENT}

    def claims(self, peek: Peek) -> bool:
        return peek.mode == self.spec.name and peek.intent in self.intents

    def run(self, turn: Turn) -> None:
        if isinstance(turn.question, Safety):
            # After the safety answer ("keep going, or stop?"), "skip" or "go back" is going on with the
            # exercise: that answers it. Left open, it would take the step's next answer for itself.
            turn.close_question()
        run_event(turn, self.spec, event_for(turn, self.spec))


