"""What to do once the way in is open: after the privacy code, or yes to a card.

A gate (``privacy_gate``) stops a request and names it in a few words (``then``, carried by the
open question); the privacy room's answers call ``carry_on`` with those words when the person may go
on. One explicit table, so every path a gate can stop is written down here.
"""

from __future__ import annotations

from collections.abc import Callable

from steady_ground.exercises.catalog import named
from steady_ground.exercises.runtime import start_exercise
from steady_ground.handlers import builtins, checkin, exercise, guidance, notes, reflection
from steady_ground.turn import Turn

REPLAYS: dict[str, Callable[[Turn], None]] = {
    "read_notes": lambda turn: notes.read_page(turn, None),
    "send_notes": notes.send_card,
    "delete_last": notes.delete_last,
    "delete_all": notes.confirm_delete_all,
    "stop_notes": notes.confirm_stop,
    "private_off": notes.private_off,
    "week": checkin.week_summary,
    "note_card": checkin.send_note_card,
    "history": reflection.history,
    "topic_card": guidance.send_topic_card,
    "resume": builtins.resume_kept,
}


def carry_on(turn: Turn, then: str) -> bool:
    """Do what was asked before the gate; False when there is nothing (left) to do."""
    action = REPLAYS.get(then)
    if action is not None:
        action(turn)
        return True
    kind, _, name = then.partition(":")
    spec = named(name)
    if spec is None:
        return False
    if kind == "start":
        start_exercise(turn, spec)
    elif kind == "resume":
        exercise.resume_exercise(turn, spec)
    else:
        return False
    return True
