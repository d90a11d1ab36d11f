"""The safety answer, in two tiers (``steady_ground.safety``). Never cheerful, never coaching.

- CLEAR danger: the locale's numbers at once and "I can't call anyone for you", then one question:
  keep the words that brought us here (``SafetyKeep``, when words were held), or carry on or stop
  (``Safety``). The numbers go to the app only when asked ("send that to my phone"), plainly titled.
- POSSIBLE danger: a calm check first (``SafetyCheck``), its answer captured whole; the reprompt
  itself carries the emergency number, since silence ends in a SessionEnded that cannot speak.
- A bare "I need help" (``HelpNow``): the numbers in one breath, then the skill's help on offer.
- An Echo in a country we have no numbers for (``turn.abroad``) hears the locale's, then that the
  local emergency number is the one to call there (spoken and on the card).

The words are never saved silently and never dropped silently: they wait in ``state.unkept`` until
the person says whether to keep them. The answers are in ``handlers/safety.py``.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from steady_ground.acts.capture import elicit_text
from steady_ground.render import plain_text
from steady_ground.safety import Screening
from steady_ground.session import HelpNow, Safety, SafetyCheck, SafetyKeep
from steady_ground.turn import Turn


def hold(turn: Turn, text: str) -> dict[str, Any]:
    """The words that triggered the answer, bound to the request that first heard them."""
    return {"text": text, "key": turn.idempotency_key, "at": turn.now.astimezone(UTC).isoformat()}


def answer(turn: Turn, found: Screening, held: dict[str, Any] | None = None) -> None:
    """What the screen heard decides the answer: the numbers at once, or a calm check first."""
    if found.clear:
        give_resources(turn, held)
    else:
        give_check(turn, held)


def give_safety(turn: Turn) -> None:
    """The numbers, from anywhere (the safety intent)."""
    give_resources(turn)


def give_resources(turn: Turn, held: dict[str, Any] | None = None) -> None:
    turn.only()  # nothing else said this turn comes before or with the resources
    if held is not None:
        turn.state.unkept = held
    turn.say("safety/resources", abroad=turn.abroad)
    if turn.state.unkept:
        turn.open_question(SafetyKeep())
        turn.ask("safety/keep_offer")
    else:
        turn.open_question(Safety())
        turn.ask("safety/offer")


def give_check(turn: Turn, held: dict[str, Any] | None = None) -> None:
    turn.only()
    if held is not None:
        turn.state.unkept = held
    ask_check(turn)


def ask_check(turn: Turn) -> None:
    turn.open_question(SafetyCheck())
    turn.ask("safety/check")
    turn.directive(elicit_text())


def give_help_now(turn: Turn) -> None:
    """ "I need help": the emergency number and the hotline first, then the skill's help on offer."""
    turn.only()
    turn.open_question(HelpNow())
    turn.ask("safety/help_now", abroad=turn.abroad)


def send_card(turn: Turn) -> None:
    """Only when asked: the numbers in the Alexa app, under a plain title (the partner may read it)."""
    turn.card(
        plain_text(turn.render("safety/resources", "card_title")),
        plain_text(turn.render("safety/resources", "card", abroad=turn.abroad)),
    )
    turn.say("safety/card_sent")
