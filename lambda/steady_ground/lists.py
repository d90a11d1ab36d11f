"""Spoken lists, so "the second one" or "the last one" means an item of the list the person just heard.

Pure: no SDK imports. A template that speaks a list is named here with the list it speaks, in the
order it speaks it; ``Turn.ask`` remembers the list with the question, so an ordinal on the next turn
(or after "say that again") picks from what was actually heard.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

# What the skill offers, in the order every menu-like question names it (some name only the first few).
MENU: tuple[str, ...] = ("guidance", "boundary", "reflection", "checkin", "notes", "plan")

LISTS: dict[str, tuple[str, ...]] = {"menu": MENU, "menu5": MENU[:5], "menu4": MENU[:4], "menu3": MENU[:3]}

# Template key -> the list its question names, as far as it names it ("the last one" is its last).
LISTED_BY: dict[str, str] = {
    # every template that speaks the shared "what I can do" line (content/en-US/shared/phrases)
    "launch/first_welcome": "menu",
    "builtins/help": "menu",
    "builtins/about": "menu",
    "builtins/which_item": "menu",
    "builtins/home": "menu",
    "builtins/unknown": "menu",
    "builtins/error": "menu",
    "builtins/malformed": "menu",
    "builtins/nothing_to_move": "menu",
    "builtins/own_idea": "menu",
    "builtins/nothing_to_repeat": "menu",
    "menu/anything_else": "menu",
    # shorter lists of their own
    "launch/welcome": "menu5",
    "builtins/which": "menu4",
}

# OrdinalType slot ids (interaction model) -> position.
ORDINALS: dict[str, int] = {str(n): n - 1 for n in range(1, 9)}
LAST = "last"

T = TypeVar("T")


def pick(options: Sequence[T], ordinal: str | None) -> T | None:
    """The item an ordinal names ("2", "last"), or None if the list has no such item."""
    if not options or ordinal is None:
        return None
    if ordinal == LAST:
        return options[-1]
    index = ORDINALS.get(ordinal)
    return options[index] if index is not None and index < len(options) else None
