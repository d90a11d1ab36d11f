"""Short replies every room shares."""

from __future__ import annotations

from steady_ground.session import MENU
from steady_ground.turn import Turn


def anything_else(turn: Turn) -> None:
    turn.mode = MENU
    turn.ask("menu/anything_else")


def unavailable(turn: Turn) -> None:
    turn.say("notes/unavailable")
    anything_else(turn)
