"""Plan the talk: a typed, versioned, pure state machine for raising the idea of help together.

Six short steps: 1 what the person hopes for (free text); 2 their partner's likely worry (one of
five, or "help me choose": one yes/no question per worry), answered with one calm, fact-based
reassurance; 3 a gentler first step to offer (six stock ones, or their own); 4 the moment (free
text); 5 the opening line, an "I" statement, with an example fitted to their choices (blame or
ultimatum words are gently flagged once, with an offer to rephrase; never refused); 6 say it aloud
once, then keep the plan as a note. Every Line names a template under ``content/<locale>/plan/``;
no words live here. No SDK imports.

Failed tries are bounded as in the boundary exercise: a re-ask with an example, then an offer to
move on (or a plainer yes/no question), then moving on, or pausing with the place kept where moving
on would lose the heart of the plan.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from steady_ground.conversation import hearing
from steady_ground.conversation.guided import Guide, calm, go, speakable
from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, SaveNote, Step
from steady_ground.lists import pick

MAX_ANSWER_CHARS = 1000  # one free-text answer; longer is refused whole, never cut
TOTAL_STEPS = 6

# The partner's likely worries, by the ids of the WorryType slot values, in help-me-choose order.
WORRIES = ("judged", "change", "control", "failure", "doubt")
# Gentler first steps, by the ids of the FirstStepType slot values; "own" means "my own idea".
FIRST_STEPS = ("workshop", "book", "podcast", "checkin", "date_night", "counseling")
OWN = "own"

# Words that can land as blame or an ultimatum, each with the id its template says back.
# Matching data only: nothing here is spoken.
BLAME_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(rf"\b(?:{pattern})\b"))
    for key, pattern in (
        ("always", r"you(?:'re| are)? always"),
        ("never", r"you(?:'re| are)? never"),
        ("or_else", r"or else"),
        ("if_you_dont", r"if you (?:don't|do not|won't|will not)"),
        ("fault", r"(?:your|you're) fault"),
        ("have_to", r"you (?:have to|need to|must|better|had better)"),
        ("or_leave", r"or (?:i'm|i am|i'll|i will) (?:leave|leaving|go|going|done)|or we're done|or we are done"),
        ("last_chance", r"last chance|ultimatum"),
    )
)


def blame_words(text: str) -> str | None:
    """The first blame or ultimatum phrase in an opening line, by id, or None."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    for key, pattern in BLAME_PATTERNS:
        if pattern.search(said):
            return key
    return None


class PlanStep(str, enum.Enum):
    NEW = "new"
    HOPE = "hope"
    WORRY = "worry"
    PROBE = "probe"  # "help me choose": one yes/no question per worry
    FIRST_STEP = "first_step"
    OWN_STEP = "own_step"  # their own idea, in their words
    MOMENT = "moment"
    OPENING = "opening"
    OPENING_CHECK = "opening_check"  # blame words heard: "would you like to try it again?"
    REHEARSE = "rehearse"
    KEEP = "keep"
    RETRY_SAVE = "retry_save"
    DONE = "done"


P = PlanStep
NUMBER: dict[PlanStep, int] = {
    P.NEW: 0, P.HOPE: 1, P.WORRY: 2, P.PROBE: 2, P.FIRST_STEP: 3, P.OWN_STEP: 3, P.MOMENT: 4,
    P.OPENING: 5, P.OPENING_CHECK: 5, P.REHEARSE: 6, P.KEEP: 6, P.RETRY_SAVE: 6, P.DONE: 6,
}
PREVIOUS: dict[PlanStep, PlanStep] = {
    P.WORRY: P.HOPE, P.PROBE: P.WORRY, P.FIRST_STEP: P.WORRY, P.OWN_STEP: P.FIRST_STEP,
    P.MOMENT: P.FIRST_STEP, P.OPENING: P.MOMENT, P.OPENING_CHECK: P.OPENING, P.REHEARSE: P.OPENING,
    P.KEEP: P.REHEARSE, P.RETRY_SAVE: P.REHEARSE,
}
FREE_TEXT = frozenset({P.HOPE, P.OWN_STEP, P.MOMENT, P.OPENING, P.REHEARSE})
YES_NO = frozenset({P.PROBE, P.OPENING_CHECK, P.KEEP, P.RETRY_SAVE})
ANSWER_FIELD = {P.HOPE: "hope", P.OWN_STEP: "own_step", P.MOMENT: "moment", P.OPENING: "opening"}
OPTIONAL = frozenset({P.HOPE, P.WORRY, P.FIRST_STEP, P.OWN_STEP, P.MOMENT, P.REHEARSE})
NEXT_AFTER = {
    P.HOPE: P.WORRY, P.WORRY: P.FIRST_STEP, P.PROBE: P.FIRST_STEP, P.FIRST_STEP: P.MOMENT,
    P.OWN_STEP: P.MOMENT, P.MOMENT: P.OPENING, P.OPENING: P.REHEARSE, P.OPENING_CHECK: P.REHEARSE,
    P.REHEARSE: P.KEEP,
}


@dataclass(frozen=True)
class PlanState:
    VERSION: ClassVar[int] = 1

    version: int = 1
    step: PlanStep = PlanStep.NEW
    hope: str | None = None
    worry: str | None = None
    probe: int = 0  # which help-me-choose question is open
    first_step: str | None = None
    own_step: str | None = None
    moment: str | None = None
    opening: str | None = None
    flagged: str | None = None  # the blame phrase heard in the opening line (flagged once)
    retries: int = 0  # failed tries at the current question
    offered: bool = False  # after two failed tries, "shall we move on?" is the open question


def initial() -> PlanState:
    return PlanState()


def progress_params(state: PlanState) -> dict[str, Any]:
    """For the launch offer: the step number only, never what was said."""
    return {"number": NUMBER[state.step], "total": TOTAL_STEPS}


def note_text(state: PlanState) -> str:
    """The note, in the person's own words: the opening line they mean to say."""
    return (state.opening or "").strip()


def note_data(state: PlanState) -> dict[str, Any]:
    return {"hope": state.hope, "worry": state.worry, "first_step": state.first_step,
            "own_step": state.own_step, "moment": state.moment, "opening": state.opening}


# -- the transitions ---------------------------------------------------------------------------
def _params(state: PlanState) -> dict[str, Any]:
    opening, opening_cut = speakable(state.opening)
    own_step, _ = speakable(state.own_step, 120)
    return {
        "step": state.step.value,
        "number": NUMBER[state.step],
        "total": TOTAL_STEPS,
        "worry": state.worry or "",
        "probe": WORRIES[min(state.probe, len(WORRIES) - 1)],
        "first_step": state.first_step or "",
        "own_step": own_step,
        "opening": opening,
        "opening_cut": opening_cut,
        "flagged": state.flagged or "",
        "limit": MAX_ANSWER_CHARS,
    }


def next_state(state: PlanState, event: Event) -> Step[PlanState]:
    kind = event.kind
    if state.step in (P.NEW, P.DONE) or kind == Ev.START:
        return GUIDE.ask(go(PlanState(), P.HOPE), "intro")
    # The outcome of a save the room performed.
    if kind == Ev.SAVED:
        return GUIDE.finish(state, P.DONE, "saved", "close")
    if kind == Ev.SAVE_FAILED:
        return GUIDE.ask(go(state, P.RETRY_SAVE), "save_failed")
    if kind == Ev.SAVE_REFUSED:
        return GUIDE.ask(go(state, P.OPENING), "save_refused", again=True)
    if kind == Ev.NOTES_OFF:
        return GUIDE.finish(state, P.DONE, "notes_off")
    return GUIDE.steer(state, event)


def _at_step(state: PlanState, event: Event) -> Step[PlanState]:
    step, kind = state.step, event.kind
    if step == P.MOMENT and kind == Ev.ANSWER and hearing.only_a_duration(event.value or ""):
        return _how_long_not_when(state)
    if step == P.OPENING_CHECK and kind == Ev.ANSWER:  # they simply said it again, differently
        return _answer(go(state, P.OPENING), event.value or "")
    if step in FREE_TEXT and kind == Ev.ANSWER:
        return _answer(state, event.value or "")
    if step == P.REHEARSE and kind == Ev.YES:
        return GUIDE.ask(go(state, P.KEEP), "rehearsed")
    if step == P.REHEARSE and kind == Ev.NO:
        return _skip(state)
    if kind == Ev.SKIP:
        return _skip(state)
    if step in (P.WORRY, P.PROBE) and kind == Ev.CHOICE:
        return _worry(state, event.value)
    if step == P.PROBE and kind in (Ev.YES, Ev.NO):
        if kind == Ev.YES:
            return _worry(state, WORRIES[state.probe])
        if state.probe + 1 < len(WORRIES):
            return GUIDE.ask(go(state, P.PROBE, probe=state.probe + 1), "probe_next")
        return GUIDE.ask(go(state, P.FIRST_STEP, probe=0), "no_worry_fit")
    if step in (P.FIRST_STEP, P.OWN_STEP) and kind == Ev.CHOICE:
        return _first_step(state, event.value)
    if step == P.OPENING_CHECK and kind in (Ev.YES, Ev.NO):
        if kind == Ev.YES:
            return GUIDE.ask(go(state, P.OPENING), "rephrase")
        return GUIDE.ask(go(state, P.REHEARSE), "kept_as_is")
    if step == P.KEEP and kind in (Ev.YES, Ev.NO):
        return _keep(state) if kind == Ev.YES else GUIDE.finish(state, P.DONE, "not_kept", "close")
    if step == P.RETRY_SAVE and kind in (Ev.YES, Ev.NO):
        return _keep(state) if kind == Ev.YES else GUIDE.finish(state, P.DONE, "not_kept_after_failure", "close")
    return GUIDE.failed(state)


def _how_long_not_when(state: PlanState) -> Step[PlanState]:
    """ "Time our talk for twenty minutes" where step four asks when: how long is not when, and the plan
    keeps no length, so nothing is kept. The talk timer is named for the day, then the question again.
    Said again, it counts as a try that didn't land, so the re-ask limit still applies."""
    if state.retries + 1 < MAX_RETRIES:
        return GUIDE.ask(calm(state, retries=state.retries + 1), "how_long_not_when", again=True)
    return GUIDE.failed(state)


def _worry(state: PlanState, value: str | None) -> Step[PlanState]:
    if state.step == P.WORRY:  # "the second one": the worries, in the order step two names them
        value = pick(WORRIES, value) or value
    if value in WORRIES:
        return GUIDE.ask(go(state, P.FIRST_STEP, worry=value), "reassure")
    if value == "HelpMeChooseIntent":
        return GUIDE.ask(go(state, P.PROBE, probe=0), "probe_intro")
    return GUIDE.failed(state)


def _first_step(state: PlanState, value: str | None) -> Step[PlanState]:
    if state.step == P.FIRST_STEP:  # "the third one": the steps, in the order step three names them
        value = pick((*FIRST_STEPS, OWN), value) or value
    if value in FIRST_STEPS:
        return GUIDE.ask(go(state, P.MOMENT, first_step=value, own_step=None), "step_chosen")
    if value == OWN:
        return GUIDE.ask(go(state, P.OWN_STEP, first_step=OWN))
    return GUIDE.failed(state)


def _answer(state: PlanState, text: str) -> Step[PlanState]:
    text = text.strip()
    if not any(ch.isalnum() for ch in text):
        return GUIDE.failed(state)
    if state.step == P.REHEARSE:  # they said it aloud: whatever was heard, that was the rehearsal
        return GUIDE.ask(go(state, P.KEEP), "rehearsed")
    if len(text) > MAX_ANSWER_CHARS:
        return GUIDE.ask(calm(state), "too_long", again=True)
    changes: dict[str, Any] = {ANSWER_FIELD[state.step]: text}
    answered = dataclasses.replace(state, **changes)
    if state.step == P.OPENING and state.flagged is None:
        found = blame_words(text)
        if found is not None:  # gently, once: offer to rephrase, and keep what they said either way
            return GUIDE.ask(go(answered, P.OPENING_CHECK, flagged=found), "flagged")
    return GUIDE.ask(go(answered, NEXT_AFTER[state.step]), "ack")


def _skip(state: PlanState) -> Step[PlanState]:
    if state.step in OPTIONAL:
        return GUIDE.ask(go(state, NEXT_AFTER[state.step]), "skipped")
    if state.step == P.PROBE:
        return _at_step(state, Event(Ev.NO))
    if state.step == P.OPENING_CHECK:
        return _at_step(state, Event(Ev.NO))
    if state.step in (P.KEEP, P.RETRY_SAVE):
        return _at_step(state, Event(Ev.NO))
    return GUIDE.ask(state, "cannot_skip", again=True)


def _move_on(state: PlanState, pause_key: str) -> Step[PlanState]:
    """After the offer or a third miss: skip what is optional, or pause with the place kept."""
    if state.step in OPTIONAL:
        return _skip(state)
    return GUIDE.pause(state, pause_key)


def _keep(state: PlanState) -> Step[PlanState]:
    if not state.opening:
        return GUIDE.ask(go(state, P.OPENING), "need_opening")
    keeping = go(state, state.step)
    return Step(keeping, save=SaveNote("plan", note_text(keeping), note_data(keeping)))


GUIDE: Guide[PlanState] = Guide(
    prefix="plan",
    params=_params,
    free_text=FREE_TEXT,
    yes_no=YES_NO,
    previous=PREVIOUS,
    restart=lambda: PlanState(step=P.HOPE),
    at_step=_at_step,
    move_on=_move_on,
)
