"""How have my reflections changed?": the last few kept reflections, in a few sentences."""

from __future__ import annotations

from steady_ground import privacy_gate
from steady_ground.conversation.machine import Ev, Event
from steady_ground.conversation.reflection_summary import summary_params
from steady_ground.exercises.reflection import NAME, SPEC, kept_reflections
from steady_ground.exercises.runtime import run_event
from steady_ground.turn import Peek, Turn, TurnHandler

HISTORY_LIMIT = 3  # the summary covers at most the last three kept reflections


class ReflectionHistoryHandler(TurnHandler):
    """ "How have my reflections changed?": the last few kept reflections, in a few sentences."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "ReflectionHistoryIntent"

    def run(self, turn: Turn) -> None:
        if privacy_gate.gate_replay(turn, "history"):
            history(turn)


def history(turn: Turn) -> None:
    pasts = kept_reflections(turn, HISTORY_LIMIT)
    if pasts is None:
        turn.say("reflection/history_unavailable")
    else:
        turn.say("reflection/history", **summary_params(pasts))
    if turn.mode == NAME:  # asked mid-reflection: carry on where they were
        run_event(turn, SPEC, Event(Ev.REPEAT))
        return
    turn.ask("reflection/history_next")
