"""Short replies every room shares."""

from __future__ import annotations

from steady_ground import privacy_gate
from steady_ground.session import MENU
from steady_ground.turn import Turn


def anything_else(turn: Turn) -> None:
    turn.mode = MENU
    turn.ask("menu/anything_else")


def unavailable(turn: Turn) -> None:
    turn.say("notes/unavailable")
    anything_else(turn)


def private_only(turn: Turn) -> None:
    """The same words whether or not anything exists: nothing is revealed. With a privacy code
    set, the way in is the code."""
    if privacy_gate.access(turn) is privacy_gate.Access.CODE:
        privacy_gate.ask_code(turn, needed=True)
        return
    turn.say("notes/private_only")
    anything_else(turn)
