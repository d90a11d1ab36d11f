"""The safety answer: calm, short, immediate resources, from any state. Never cheerful.

It speaks the locale's numbers slowly, puts the same numbers in a card (fixed text, nothing the
person said), and asks whether to carry on or stop. It saves nothing: the words that brought us
here are never kept. "Repeat" says the numbers again; "yes" or "continue" goes back to where the
person was (an exercise resumes at its question), "no" or "stop" ends gently.
"""

from __future__ import annotations

from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.render import plain_text

PENDING = "safety"

FOLLOW_UP_INTENTS = frozenset(
    {
        "AMAZON.RepeatIntent",
        "AMAZON.YesIntent",
        "AMAZON.ResumeIntent",
        "AMAZON.NoIntent",
        "AMAZON.StopIntent",
        "AMAZON.CancelIntent",
        "AMAZON.HelpIntent",
        "AMAZON.FallbackIntent",
        "AMAZON.PauseIntent",
    }
)


def give_safety(turn: Turn) -> None:
    """Speak the locale's resources, put the same numbers in a card, and offer to go on or stop."""
    turn.state["pending"] = PENDING
    turn._speech.clear()  # nothing else said this turn comes before or with the resources
    turn._directives.clear()
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
        return peek.pending == PENDING and peek.intent in FOLLOW_UP_INTENTS

    def run(self, turn: Turn) -> None:
        intent = turn.intent_name
        if intent in ("AMAZON.YesIntent", "AMAZON.ResumeIntent"):
            turn.state.pop("pending", None)
            carry_on(turn)
        elif intent in ("AMAZON.NoIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.PauseIntent"):
            turn.state.pop("pending", None)
            turn.end("safety/goodbye")
        elif intent == "AMAZON.RepeatIntent":
            give_safety(turn)
        else:  # Help, or something unclear: the same choice again, briefly (the card has the numbers).
            turn.ask("safety/offer")


def carry_on(turn: Turn) -> None:
    """Back to the exercise the person was in (at its question), or to the menu."""
    from steady_ground.conversation.machine import Ev, Event
    from steady_ground.handlers.exercise import REGISTRY, run_event

    spec = REGISTRY.get(turn.mode)
    if spec is not None and isinstance(turn.session.get(spec.name), dict):
        turn.say("safety/continue_exercise")
        # The same question again, as it was: no "welcome back" within the same conversation.
        run_event(turn, spec, Event(Ev.REPEAT))
        return
    turn.mode = "menu"
    turn.ask("safety/continue")
