"""The safety answer: calm, short, immediate resources. Never cheerful, never saved.

It speaks the locale's numbers slowly, puts the same numbers in a card (fixed text, nothing the
person said), and asks whether to carry on or stop (the ``Safety`` question; its answers are in
``handlers/safety.py``).
"""

from __future__ import annotations

from steady_ground.render import plain_text
from steady_ground.session import Safety
from steady_ground.turn import Turn


def give_safety(turn: Turn) -> None:
    """Speak the locale's resources, put the same numbers in a card, and offer to go on or stop."""
    turn.open_question(Safety())
    turn.only()  # nothing else said this turn comes before or with the resources
    turn.say("safety/resources")
    turn.card(
        plain_text(turn.render("safety/resources", "card_title")),
        plain_text(turn.render("safety/resources", "card")),
    )
    turn.ask("safety/offer")
