"""The boundary-setting exercise: a typed, versioned, pure state machine. No SDK imports.

The person hears six numbered steps after a one-breath consent question:
1 choose the pattern (or "help me choose": one yes/no question per strategy), 2 name the moment,
3 shape the boundary ("When ... I will ..."), 4 the consequence, 5 rehearse it aloud, 6 keep it as
a note. A close with one self-care suggestion follows. Every Line names a template under
``content/<locale>/boundary/``; no words live here.

Failed tries are bounded: the first gets a re-ask with an example, the second an offer to move on
(or a plainer yes/no question), the third moves on, or pauses with the place kept where moving on
would lose something.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from typing import Any, ClassVar

from steady_ground.conversation import hearing
from steady_ground.conversation.guided import speakable
from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, Line, SaveNote, Step
from steady_ground.lists import pick

MAX_ANSWER_CHARS = 1000  # one free-text answer; longer is refused whole, never cut
TOTAL_STEPS = 6


class BoundaryStep(str, enum.Enum):
    NEW = "new"
    CONSENT = "consent"
    CHOOSE = "choose"
    PROBE = "probe"  # "help me choose": one yes/no question per strategy
    MOMENT = "moment"
    STATEMENT = "statement"
    CONSEQUENCE = "consequence"
    REHEARSE = "rehearse"
    KEEP = "keep"
    RETRY_SAVE = "retry_save"
    DONE = "done"


# The four strategies, by the ids of the StrategyType slot values, in help-me-choose order.
STRATEGIES = ("circular", "therapist", "time_limits", "consequences")

B = BoundaryStep
NUMBER: dict[BoundaryStep, int] = {
    B.NEW: 0, B.CONSENT: 0, B.CHOOSE: 1, B.PROBE: 1, B.MOMENT: 2, B.STATEMENT: 3,
    B.CONSEQUENCE: 4, B.REHEARSE: 5, B.KEEP: 6, B.RETRY_SAVE: 6, B.DONE: 6,
}
PREVIOUS: dict[BoundaryStep, BoundaryStep] = {
    B.PROBE: B.CHOOSE, B.MOMENT: B.CHOOSE, B.STATEMENT: B.MOMENT, B.CONSEQUENCE: B.STATEMENT,
    B.REHEARSE: B.CONSEQUENCE, B.KEEP: B.REHEARSE, B.RETRY_SAVE: B.REHEARSE,
}
FREE_TEXT = frozenset({B.MOMENT, B.STATEMENT, B.CONSEQUENCE, B.REHEARSE})
YES_NO = frozenset({B.CONSENT, B.PROBE, B.KEEP, B.RETRY_SAVE})
ANSWER_FIELD = {B.MOMENT: "moment", B.STATEMENT: "statement", B.CONSEQUENCE: "consequence"}
OPTIONAL = frozenset({B.MOMENT, B.CONSEQUENCE, B.REHEARSE})
NEXT_AFTER = {B.MOMENT: B.STATEMENT, B.STATEMENT: B.CONSEQUENCE, B.CONSEQUENCE: B.REHEARSE, B.REHEARSE: B.KEEP}


@dataclass(frozen=True)
class BoundaryState:
    VERSION: ClassVar[int] = 1

    version: int = 1
    step: BoundaryStep = BoundaryStep.NEW
    strategy: str | None = None
    probe: int = 0  # which help-me-choose question is open
    moment: str | None = None
    statement: str | None = None
    consequence: str | None = None
    retries: int = 0  # failed tries at the current question
    offered: bool = False  # after two failed tries, "shall we move on?" is the open question


def initial() -> BoundaryState:
    return BoundaryState()


def progress_params(state: BoundaryState) -> dict[str, Any]:
    """For the launch offer: the step number only, never what was said."""
    return {"number": NUMBER[state.step], "total": TOTAL_STEPS}


def note_text(state: BoundaryState) -> str:
    """The note, in the person's own words: their boundary, then the consequence they'll hold."""
    return " ".join(part.strip() for part in (state.statement, state.consequence) if part)


def note_data(state: BoundaryState) -> dict[str, Any]:
    return {"strategy": state.strategy, "moment": state.moment, "statement": state.statement,
            "consequence": state.consequence}


# -- building Steps ----------------------------------------------------------------------------
def _params(state: BoundaryState, **extra: Any) -> dict[str, Any]:
    statement, statement_cut = speakable(state.statement)
    consequence, consequence_cut = speakable(state.consequence)
    params: dict[str, Any] = {
        "step": state.step.value,
        "number": NUMBER[state.step],
        "total": TOTAL_STEPS,
        "strategy": state.strategy or "",
        "probe": STRATEGIES[min(state.probe, len(STRATEGIES) - 1)],
        "statement": statement,
        "statement_cut": statement_cut,
        "consequence": consequence,
        "consequence_cut": consequence_cut,
        "limit": MAX_ANSWER_CHARS,
        "again": False,  # the question in its short form: after help, or asked again
    }
    params.update(extra)
    return params


def _line(key: str, state: BoundaryState, **extra: Any) -> Line:
    return Line(f"boundary/{key}", _params(state, **extra))


def ask(state: BoundaryState, *say: str, again: bool = False, **extra: Any) -> Step[BoundaryState]:
    """Say the named lines, then ask the current step's own question (or the move-on offer); in its
    short form when ``again`` (after help, or "what was the question?")."""
    lines = tuple(_line(key, state, **extra) for key in say)
    if state.offered:
        return Step(state, say=lines, ask=_line("stuck", state))
    return Step(state, say=lines, ask=_line(f"ask/{state.step.value}", state, again=again),
                free_text=state.step in FREE_TEXT)


def _go(state: BoundaryState, step: BoundaryStep, **changes: Any) -> BoundaryState:
    return dataclasses.replace(state, step=step, retries=0, offered=False, **changes)


def _pause(state: BoundaryState, key: str = "paused") -> Step[BoundaryState]:
    calm = dataclasses.replace(state, retries=0, offered=False)
    return Step(calm, say=(_line(key, calm),), paused=True)


def _finish(state: BoundaryState, *say: str) -> Step[BoundaryState]:
    done = _go(state, B.DONE)
    return Step(done, say=tuple(_line(key, done) for key in say), finished=True)


# -- the transitions ---------------------------------------------------------------------------
def next_state(state: BoundaryState, event: Event) -> Step[BoundaryState]:
    kind = event.kind
    if state.step in (B.NEW, B.DONE) or kind == Ev.START:
        return ask(_go(BoundaryState(), B.CONSENT))
    # The outcome of a save the room performed.
    if kind == Ev.SAVED:
        return _finish(state, "saved", "close")
    if kind == Ev.SAVE_FAILED:
        return ask(_go(state, B.RETRY_SAVE), "save_failed")
    if kind == Ev.SAVE_REFUSED:
        return ask(_go(state, B.STATEMENT), "save_refused", again=True)
    if kind == Ev.NOTES_OFF:
        return _finish(state, "notes_off")
    # Steering, the same at every step.
    if kind == Ev.PAUSE:
        return _pause(state)
    if kind == Ev.RESUME:
        return ask(dataclasses.replace(state, retries=0, offered=False), "resume")
    if kind == Ev.HELP:
        return ask(dataclasses.replace(state, offered=False), f"help/{state.step.value}", again=True)
    if kind == Ev.REPEAT:  # the last real content, as it was: never the apology
        return ask(state)
    if kind == Ev.WHAT_QUESTION:
        return ask(state, "question_was", again=True)
    if kind == Ev.START_OVER:
        return ask(_go(BoundaryState(), B.CHOOSE), "start_over")
    if kind == Ev.BACK:
        before = PREVIOUS.get(state.step)
        if before is None:
            return ask(dataclasses.replace(state, offered=False), "no_back")
        return ask(_go(state, before), "went_back")
    if state.offered:
        return _after_offer(state, event)
    return _at_step(state, event)


def _after_offer(state: BoundaryState, event: Event) -> Step[BoundaryState]:
    """The open question is "shall we move on?": yes moves on, no tries the step again."""
    if event.kind in (Ev.YES, Ev.SKIP):
        return _pause(state) if state.step == B.STATEMENT else _move_on(state)
    if event.kind == Ev.NO:
        return ask(_go(state, state.step), "try_again")
    if event.kind in (Ev.ANSWER, Ev.CHOICE):
        return _at_step(dataclasses.replace(state, offered=False), event)
    return _failed(state)


def _at_step(state: BoundaryState, event: Event) -> Step[BoundaryState]:
    step, kind = state.step, event.kind
    if step in FREE_TEXT and kind == Ev.ANSWER:
        return _answer(state, event.value or "")
    if step == B.REHEARSE and kind == Ev.YES:
        return ask(_go(state, B.KEEP), "rehearsed")
    if step == B.REHEARSE and kind == Ev.NO:
        return _skip(state)
    if kind == Ev.SKIP:
        return _skip(state)
    if step == B.CONSENT:
        if kind == Ev.YES:
            return ask(_go(state, B.CHOOSE), "ack")
        if kind == Ev.NO:
            return _finish(state, "declined")
        if kind == Ev.CHOICE:
            return _choose(state, event.value)
    if step in (B.CHOOSE, B.PROBE) and kind == Ev.CHOICE:
        return _choose(state, event.value)
    if step == B.PROBE and kind == Ev.NOMATCH and event.value:  # "all the time", "hardly ever"
        kind = _probe_answer(event.value) or kind
    if step == B.PROBE and kind in (Ev.YES, Ev.NO):
        if kind == Ev.YES:
            return ask(_go(state, B.MOMENT, strategy=STRATEGIES[state.probe]), "probe_match")
        if state.probe + 1 < len(STRATEGIES):
            return ask(_go(state, B.PROBE, probe=state.probe + 1), "probe_next")
        return ask(_go(state, B.CHOOSE, probe=0), "none_fit")
    if step == B.KEEP and kind in (Ev.YES, Ev.NO):
        return _keep(state) if kind == Ev.YES else _finish(state, "not_kept", "close")
    if step == B.RETRY_SAVE and kind in (Ev.YES, Ev.NO):
        return _keep(state) if kind == Ev.YES else _finish(state, "not_kept_after_failure", "close")
    return _failed(state)


def _probe_answer(text: str) -> Ev | None:
    """How often the pattern happens, as its yes or no: happening at all ("all the time", "now and
    then") is a yes; "rarely", "hardly ever", "never" is a no. As the reflection's yes/no questions read
    a frequency, without their middle answer: the probe has none."""
    often = hearing.frequency(text)
    if often is None:
        return None
    return Ev.NO if often == "rarely" else Ev.YES


def _choose(state: BoundaryState, value: str | None) -> Step[BoundaryState]:
    if state.step in (B.CHOOSE, B.PROBE):  # "the second one": the patterns, in the order step one names them
        value = pick(STRATEGIES, value) or value
    if value in STRATEGIES:
        return ask(_go(state, B.MOMENT, strategy=value), "chosen")
    if value == "HelpMeChooseIntent":
        return ask(_go(state, B.PROBE, probe=0), "probe_intro")
    return _failed(state)


def _answer(state: BoundaryState, text: str) -> Step[BoundaryState]:
    text = text.strip()
    if not any(ch.isalnum() for ch in text):
        return _failed(state)
    if state.step == B.REHEARSE:  # they said it aloud: whatever was heard, that was the rehearsal
        return ask(_go(state, B.KEEP), "rehearsed")
    if len(text) > MAX_ANSWER_CHARS:
        return ask(dataclasses.replace(state, offered=False), "too_long", again=True)
    changes: dict[str, Any] = {ANSWER_FIELD[state.step]: text}
    answered = dataclasses.replace(state, **changes)
    return ask(_go(answered, NEXT_AFTER[state.step]), "ack")


def _skip(state: BoundaryState) -> Step[BoundaryState]:
    if state.step in OPTIONAL:
        return ask(_go(state, NEXT_AFTER[state.step]), "skipped")
    if state.step == B.CHOOSE:  # choosing can't be skipped, but it can be found together
        return ask(_go(state, B.PROBE, probe=0), "probe_intro")
    if state.step == B.PROBE:
        return _at_step(state, Event(Ev.NO))
    if state.step in (B.KEEP, B.RETRY_SAVE):
        return _at_step(state, Event(Ev.NO))
    return ask(state, "cannot_skip", again=True)


def _move_on(state: BoundaryState) -> Step[BoundaryState]:
    """After two failed tries: skip what is optional, find the pattern together, or pause."""
    if state.step in OPTIONAL or state.step == B.CHOOSE:
        return _skip(state)
    return _pause(state, "paused_unclear")


def _failed(state: BoundaryState) -> Step[BoundaryState]:
    """Better, not louder: first a short re-ask with one example fitted to the step, then two
    concrete choices, then move on (or pause with the place kept). Each re-ask is the question
    itself, so no sentence is said twice in a row."""
    tries = state.retries + 1
    if tries < MAX_RETRIES:
        failed = dataclasses.replace(state, retries=tries, offered=False)
        return Step(failed, ask=_line(f"reask/{state.step.value}", failed), free_text=state.step in FREE_TEXT)
    if tries == MAX_RETRIES:
        if state.step in YES_NO:  # two concrete choices, plainly
            failed = dataclasses.replace(state, retries=tries, offered=False)
            return Step(failed, ask=_line("plainly", failed))
        return ask(dataclasses.replace(state, retries=tries, offered=True))
    return _move_on(state)


def _keep(state: BoundaryState) -> Step[BoundaryState]:
    if not state.statement:
        return ask(_go(state, B.STATEMENT), "need_statement")
    keeping = _go(state, state.step)
    return Step(keeping, save=SaveNote("boundary", note_text(keeping), note_data(keeping)))
