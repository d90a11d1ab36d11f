"""Safety, from any state: "I'm not safe", "my partner hurts me", "I don't want to live" get the
safety answer (``acts/safety.py``) first. Its question's answers: "repeat" says the numbers again;
"yes" or "continue" goes back to where the person was (an exercise resumes at its question), "no"
or "stop" ends gently. Nothing is saved: the words that brought us here are never kept."""

from __future__ import annotations

from steady_ground.acts.safety import give_safety
from steady_ground.conversation.machine import Ev, Event
from steady_ground.dispatch import Answer
from steady_ground.exercises.catalog import named
from steady_ground.exercises.runtime import run_event
from steady_ground.session import MENU, Safety
from steady_ground.turn import Peek, Turn, TurnHandler

GO_ON = ("AMAZON.YesIntent", "AMAZON.ResumeIntent")
LEAVE = ("AMAZON.NoIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.PauseIntent")
FOLLOW_UP_INTENTS = frozenset({*GO_ON, *LEAVE, "AMAZON.RepeatIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"})


class SafetyHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "SafetyIntent"

    def run(self, turn: Turn) -> None:
        give_safety(turn)


def answer_safety(turn: Turn, question: Safety) -> None:
    """After the resources: repeat them, go on, or stop, without a cheerful turn."""
    intent = turn.intent_name
    if intent in GO_ON:
        carry_on(turn)
    elif intent in LEAVE:
        turn.end("safety/goodbye")
    elif intent == "AMAZON.RepeatIntent":
        give_safety(turn)
    else:  # Help, or something unclear: the same choice again, briefly (the card has the numbers).
        turn.open_question(question)
        turn.ask("safety/offer")


def carry_on(turn: Turn) -> None:
    """Back to the exercise the person was in (at its question), or to the menu."""
    spec = named(turn.mode)
    if spec is not None and isinstance(turn.state.exercises.get(spec.name), dict):
        turn.say("safety/continue_exercise")
        # The same question again, as it was: no "welcome back" within the same conversation.
        run_event(turn, spec, Event(Ev.REPEAT))
        return
    turn.mode = MENU
    turn.ask("safety/continue")


ANSWERS = (Answer(Safety, FOLLOW_UP_INTENTS, answer_safety),)
