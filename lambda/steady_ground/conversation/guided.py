"""The steering every step-by-step exercise shares, so each exercise writes only its own steps.

An exercise's state is a frozen dataclass with ``step`` (an enum), ``retries`` (failed tries at the
current question) and ``offered`` (after two failed tries, "shall we move on?" is open). A ``Guide``
holds what differs between exercises (the template folder, which steps take free text or yes/no,
the step before each, where start over goes, its own step logic), and gives them all the same:
pause, resume, help, repeat, "what was the question", back, start over, bounded retries and the
move-on offer. Pure: no SDK imports, template keys only.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, Line, Step
from steady_ground.text import cut_at_word


class GuidedState(Protocol):
    """What the shared steering reads of an exercise's (frozen dataclass) state."""

    @property
    def step(self) -> Any: ...

    @property
    def retries(self) -> int: ...

    @property
    def offered(self) -> bool: ...


S = TypeVar("S", bound=GuidedState)
READBACK_CHARS = 240  # read back at most this much of one answer; the rest is still kept


def speakable(text: str | None, limit: int = READBACK_CHARS) -> tuple[str, bool]:
    """The part of an answer to read back aloud (cut at a word), and whether it was cut."""
    cut, was_cut = cut_at_word(" ".join((text or "").split()), limit)
    return (cut.rstrip(" ,;:-"), True) if was_cut else (cut, False)


def go(state: S, step: enum.Enum, **changes: Any) -> S:
    """Move to ``step`` with a clean slate of tries."""
    return dataclasses.replace(state, step=step, retries=0, offered=False, **changes)  # type: ignore[type-var]


def calm(state: S, **changes: Any) -> S:
    """The same step, its move-on offer withdrawn (and, with ``retries=0``, its tries forgiven)."""
    return dataclasses.replace(state, offered=False, **changes)  # type: ignore[type-var]


@dataclass(frozen=True)
class Guide(Generic[S]):
    prefix: str  # the template folder: "boundary", "plan"
    params: Callable[[S], dict[str, Any]]  # the values every template of the exercise may use
    free_text: frozenset[Any]  # steps whose answer is captured whole
    yes_no: frozenset[Any]  # steps that ask a yes/no question (a second miss is put plainly)
    previous: Mapping[Any, Any]  # the step "go back" returns to, where there is one
    restart: Callable[[], S]  # the state "start over" begins from
    at_step: Callable[[S, Event], Step[S]]  # the exercise's own answer to an event at its step
    move_on: Callable[[S, str], Step[S]]  # after the offer or a third miss: skip, or pause with this key

    # -- building Steps ------------------------------------------------------------------------
    def line(self, key: str, state: S, **extra: Any) -> Line:
        return Line(f"{self.prefix}/{key}", {**self.params(state), **extra})

    def ask(self, state: S, *say: str, again: bool = False, **extra: Any) -> Step[S]:
        """Say the named lines, then ask the current step's own question (or the move-on offer); in
        its short form when ``again`` (after help has explained it)."""
        lines = tuple(self.line(key, state, **extra) for key in say)
        step = state.step
        if state.offered:
            return Step(state, say=lines, ask=self.line("stuck", state))
        return Step(state, say=lines, ask=self.line(f"ask/{step.value}", state, again=again),
                    free_text=step in self.free_text)

    def pause(self, state: S, key: str = "paused") -> Step[S]:
        paused = calm(state, retries=0)
        return Step(paused, say=(self.line(key, paused),), paused=True)

    def finish(self, state: S, done: enum.Enum, *say: str) -> Step[S]:
        finished = go(state, done)
        return Step(finished, say=tuple(self.line(key, finished) for key in say), finished=True)

    # -- the shared transitions ----------------------------------------------------------------
    def steer(self, state: S, event: Event) -> Step[S]:
        """Steering, the same at every step; then the move-on offer; then the exercise's own step."""
        kind = event.kind
        step = state.step
        if kind == Ev.PAUSE:
            return self.pause(state)
        if kind == Ev.RESUME:
            return self.ask(calm(state, retries=0), "resume")
        if kind == Ev.HELP:
            return self.ask(calm(state), f"help/{step.value}", again=True)
        if kind == Ev.REPEAT:
            return self.ask(state)
        if kind == Ev.WHAT_QUESTION:
            return self.ask(state, "question_was")
        if kind == Ev.START_OVER:
            return self.ask(self.restart(), "start_over")
        if kind == Ev.BACK:
            before = self.previous.get(step)
            if before is None:
                return self.ask(calm(state), "no_back")
            return self.ask(go(state, before), "went_back")
        if state.offered:
            return self._after_offer(state, event)
        return self.at_step(state, event)

    def _after_offer(self, state: S, event: Event) -> Step[S]:
        """The open question is "shall we move on?": yes moves on, no tries the step again."""
        if event.kind in (Ev.YES, Ev.SKIP):
            return self.move_on(state, "paused")
        if event.kind == Ev.NO:
            return self.ask(go(state, state.step), "try_again")
        if event.kind in (Ev.ANSWER, Ev.CHOICE):
            return self.at_step(calm(state), event)
        return self.failed(state)

    def failed(self, state: S) -> Step[S]:
        """A try that didn't land: re-ask with an example, then offer to move on, then move on."""
        tries = state.retries + 1
        step = state.step
        if tries < MAX_RETRIES:
            return self.ask(calm(state, retries=tries), f"reask/{step.value}", again=True)
        if tries == MAX_RETRIES:
            if step in self.yes_no:  # the yes/no question again, put more plainly
                return self.ask(calm(state, retries=tries), "plainly")
            return self.ask(dataclasses.replace(state, retries=tries, offered=True), "not_understood")  # type: ignore[type-var]
        return self.move_on(state, "paused_unclear")
