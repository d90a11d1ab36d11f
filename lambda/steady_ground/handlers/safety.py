"""The safety answer: calm, short, immediate resources, from any state. Never cheerful."""

from __future__ import annotations

from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.render import plain_text


def give_safety(turn: Turn) -> None:
    """Speak the locale's resources, put the same numbers in a card, and offer to go on or stop."""
    turn.state["pending"] = "safety"
    turn.say("safety/resources")
    turn.card(
        plain_text(turn.render("safety/resources", "card_title")),
        plain_text(turn.render("safety/resources", "card")),
    )
    turn.ask("safety/offer")


class SafetyHandler(TurnHandler):
    """ "I'm not safe", "my partner hurts me", "I don't want to live": from anywhere, first."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "SafetyIntent"

    def run(self, turn: Turn) -> None:
        give_safety(turn)


class SafetyFollowUpHandler(TurnHandler):
    """After the resources: repeat them, go on, or stop, without a cheerful turn."""

    def claims(self, peek: Peek) -> bool:
        return peek.pending == "safety" and peek.intent in (
            "AMAZON.RepeatIntent",
            "AMAZON.YesIntent",
            "AMAZON.NoIntent",
            "AMAZON.HelpIntent",
            "AMAZON.FallbackIntent",
        )

    def run(self, turn: Turn) -> None:
        intent = turn.intent_name
        if intent in ("AMAZON.RepeatIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"):
            give_safety(turn)
        elif intent == "AMAZON.YesIntent":
            turn.state.pop("pending", None)
            turn.mode = "menu"
            turn.ask("safety/continue")
        else:
            turn.state.pop("pending", None)
            turn.end("safety/goodbye")
