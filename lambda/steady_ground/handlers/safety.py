"""Safety, from any state: "I'm not safe", "my partner hurts me", "I don't want to live" get the
safety answer (``acts/safety.py``) first; a bare "I need help" gets the numbers, then the skill's
help on offer. The answers to its questions, never cheerful:

- ``Safety`` (carry on or stop): "repeat" says the numbers again, "yes" goes back to where the person
  was (an exercise resumes at its question), "no" or "stop" ends gently with the emergency number.
- ``SafetyCheck`` ("are you safe right now?"): "I'm safe" (its words, or ``SafeNowIntent``) returns
  gently; anything else (not safe, unclear) brings the numbers.
- ``SafetyKeep`` (keep what you said?): yes keeps it as a note under the usual consent; no says so.
- ``HelpNow``: yes (or help) is the skill's help.
Every one of them answers "send that to my phone" with the numbers in the app, plainly titled.

"I'm safe" with none of them open (``SafeNowHandler``: Alexa sends no words, so nothing can be
screened) is never the crisis answer: a calm acknowledgement, the emergency number should that
change, then the question that was open, or the menu's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from markupsafe import Markup

from steady_ground import notes, safety
from steady_ground.acts.capture import CAPTURE_INTENT
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.safety import ask_check, give_help_now, give_resources, send_card
from steady_ground.conversation.machine import Ev, Event
from steady_ground.dispatch import Answer
from steady_ground.exercises.catalog import named
from steady_ground.exercises.runtime import ANSWER_INTENTS, run_event
from steady_ground.session import MENU, HelpNow, Question, Safety, SafetyCheck, SafetyKeep
from steady_ground.storage.repository import NoteKind
from steady_ground.turn import Peek, Turn, TurnHandler

SEND = "SendToPhoneIntent"
SAFE_NOW = "SafeNowIntent"  # "I'm safe", "we're safe now", "no, I'm not in danger"
GO_ON = ("AMAZON.YesIntent", "AMAZON.ResumeIntent")
LEAVE = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.PauseIntent")
# Another room's answer ("I'm okay" heard as a check-in mood) is unclear here: the same question again,
# never "that's not something I can do" after someone has said something hard.
OTHER = ("AMAZON.RepeatIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NoIntent", CAPTURE_INTENT,
         SAFE_NOW, *ANSWER_INTENTS)
FOLLOW_UP_INTENTS = frozenset({*GO_ON, *LEAVE, *OTHER})

# The answer to "are you safe right now?" that counts as yes; anything else brings the numbers.
SAFE_ANSWER = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|i am|i'm|im|i am okay|i'm okay|i'm ok|i am fine|i'm fine|i'm alright|i am alright)"
    r"(?:[ ,.]+(?:i am|i'm|im|i feel))?(?:[ ,.]+(?:safe|okay|ok|fine|alright|safe now|safe right now))?"
    r"|(?:i am|i'm|im|i feel) (?:safe|okay|ok|fine|alright)(?: now| right now)?)[ .!]*$"
)


class SafetyHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "SafetyIntent"

    def run(self, turn: Turn) -> None:
        if turn.slot("need").raw and not turn.state.unkept:
            give_help_now(turn)
        else:
            give_resources(turn)


class SafeNowHandler(TurnHandler):
    """ "I'm safe" where no safety question is open (the check answers it first, in the dispatcher)."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == SAFE_NOW

    def run(self, turn: Turn) -> None:
        last = turn.state.last
        if last is not None and (turn.question is not None or turn.mode != MENU):
            # The open question again, as it was (rendered SSML from our own template).
            turn.ask("safety/safe_now", question=Markup(turn.reprompt_of(last))).listing(last.listed)
            return
        turn.mode = MENU
        turn.close_question()
        turn.ask("safety/safe_now", question=None)


def answer_safety(turn: Turn, question: Safety) -> None:
    """After the resources: repeat them, go on, or stop, without a cheerful turn."""
    intent = turn.intent_name
    if intent in GO_ON:
        carry_on(turn)
    elif intent in LEAVE or intent == "AMAZON.NoIntent":
        goodbye(turn)
    elif intent == "AMAZON.RepeatIntent":
        give_resources(turn)
    else:  # Help, or something unclear: the same choice again, briefly
        turn.open_question(question)
        turn.ask("safety/offer")


def answer_check(turn: Turn, question: SafetyCheck) -> None:
    intent = turn.intent_name or ""
    if intent in LEAVE:
        goodbye(turn)
        return
    if intent == "AMAZON.RepeatIntent":
        ask_check(turn)
        return
    said = (turn.slot("text").raw or "").strip().lower() if intent == CAPTURE_INTENT else ""
    safe = intent in ("AMAZON.YesIntent", SAFE_NOW) or bool(
        said and SAFE_ANSWER.match(said) is not None and safety.screen(said, turn.locale) is None
    )
    if not safe:  # not safe, or unclear: the numbers
        give_resources(turn)
        return
    turn.say("safety/glad")
    if turn.state.unkept:
        turn.open_question(SafetyKeep())
        turn.ask("safety/keep_offer_gentle")
    else:
        carry_on(turn)


def answer_keep(turn: Turn, question: SafetyKeep) -> None:
    intent = turn.intent_name or ""
    if intent == "AMAZON.RepeatIntent":
        give_resources(turn)
        return
    if intent in ("AMAZON.YesIntent", "AMAZON.NoIntent", *LEAVE):
        held, turn.state.unkept = turn.state.unkept, {}
        if intent == "AMAZON.YesIntent" and held:
            keep_held(turn, held)
            return
        turn.say("safety/not_kept")
        if intent in LEAVE:
            goodbye(turn, opener=False)  # "Okay, it isn't kept." has just opened the turn
        else:
            turn.open_question(Safety())
            turn.ask("safety/offer")
        return
    turn.open_question(question)  # help, or something unclear: the same question
    turn.ask("safety/keep_offer")


def keep_held(turn: Turn, held: dict[str, Any]) -> None:
    """Yes, keep it: a note like any other, under the usual consent (a first save asks first)."""
    text = str(held.get("text") or "")
    try:
        at = datetime.fromisoformat(str(held.get("at")))
    except ValueError:
        at = turn.now
    key = str(held.get("key") or turn.idempotency_key)
    outcome = notes.keep(turn, NoteKind.FREE, text, key=key, at=at, screened=True)
    if outcome is notes.Outcome.NEEDS_CONSENT:
        notes.park(turn, NoteKind.FREE, text, screened=True)
        ask_consent(turn)
        return
    turn.say({notes.Outcome.SAVED: "safety/kept", notes.Outcome.OFF: "safety/notes_off"}.get(outcome, "safety/keep_failed"))
    turn.open_question(Safety())
    turn.ask("safety/offer")


def answer_help_now(turn: Turn, question: HelpNow) -> None:
    intent = turn.intent_name
    if intent in LEAVE:
        goodbye(turn)
    elif intent in ("AMAZON.YesIntent", "AMAZON.HelpIntent"):
        turn.mode = MENU
        turn.ask("builtins/help")
    elif intent == "AMAZON.RepeatIntent":
        give_help_now(turn)
    elif intent == "AMAZON.NoIntent":
        turn.open_question(Safety())
        turn.ask("safety/offer")
    else:
        turn.open_question(question)
        turn.ask("safety/help_now_choice")


def answer_send(turn: Turn, question: Question) -> None:
    """ "Send that to my phone": the numbers in the app, then the same question again."""
    send_card(turn)
    turn.open_question(question)
    if isinstance(question, SafetyCheck):
        ask_check(turn)
    else:
        turn.ask({SafetyKeep.KIND: "safety/keep_offer", HelpNow.KIND: "safety/help_now_choice"}.get(question.KIND, "safety/offer"))


def goodbye(turn: Turn, *, opener: bool = True) -> None:
    turn.state.unkept = {}
    turn.end("safety/goodbye", opener=opener)


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


ANSWERS = (
    Answer(Safety, FOLLOW_UP_INTENTS, answer_safety),
    Answer(SafetyCheck, FOLLOW_UP_INTENTS, answer_check),
    Answer(SafetyKeep, FOLLOW_UP_INTENTS, answer_keep),
    Answer(HelpNow, FOLLOW_UP_INTENTS, answer_help_now),
    *(Answer(kind, frozenset({SEND}), answer_send) for kind in (Safety, SafetyCheck, SafetyKeep, HelpNow)),
)
