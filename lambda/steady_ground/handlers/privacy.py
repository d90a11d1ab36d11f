"""The privacy code by voice (set, change, give, remove, forget), "how private is this?", and the
quick exit.

The code is asked for with Dialog.ElicitSlot on ``GivePrivacyCodeIntent.code`` (an
AMAZON.FOUR_DIGIT_NUMBER), so Alexa listens for four digits. A new code is said twice; between the
two the session holds only a peppered hash of the first, never the digits. Nothing here ever says,
logs or shows the digits.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.dialog import ElicitSlotDirective
from ask_sdk_model.intent import Intent
from ask_sdk_model.intent_confirmation_status import IntentConfirmationStatus
from ask_sdk_model.slot import Slot as SdkSlot
from ask_sdk_model.slot_confirmation_status import SlotConfirmationStatus

from steady_ground import codes, notes, privacy_code, privacy_gate, quick_exit
from steady_ground.handlers.common import Peek, Turn, TurnHandler, peek
from steady_ground.privacy_code import Verdict
from steady_ground.storage.errors import StorageError

log = logging.getLogger("steady_ground")

SET = "SetPrivacyCodeIntent"
GIVE = "GivePrivacyCodeIntent"
REMOVE = "RemovePrivacyCodeIntent"
FORGET = "ForgetPrivacyCodeIntent"
INFO = "PrivacyInfoIntent"
QUICK_EXIT = "QuickExitIntent"
ENTRY_INTENTS = frozenset({SET, GIVE, REMOVE, FORGET, INFO})
CODE_SLOT = "code"
YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
RE_ASK = frozenset({"AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent"})

# The open questions of this room. "give" carries what the code unlocks next: "" (nothing more),
# "set" (choose a new code) or "remove".
NEW, CONFIRM, MISMATCH, GIVE_Q, RETRY, FORGET_Q = "code_new", "code_confirm", "code_mismatch", "code_give", "code_retry", "forget_code"
QUESTIONS = frozenset({NEW, CONFIRM, MISMATCH, GIVE_Q, RETRY, FORGET_Q})
ANSWERS: dict[str, frozenset[str]] = {
    NEW: frozenset({GIVE}) | RE_ASK,
    CONFIRM: frozenset({GIVE}) | RE_ASK,
    GIVE_Q: frozenset({GIVE}) | RE_ASK,
    MISMATCH: frozenset({YES, NO}) | RE_ASK,
    RETRY: frozenset({YES, NO}) | RE_ASK,
    FORGET_Q: frozenset({YES, NO}) | RE_ASK,
}
CANDIDATE = "code_try"  # session key: the peppered hash and salt of a new code said once


# -- the open question (one place to change when the session's schema changes) ------------------
def open_question(turn: Turn, kind: str, then: str = "") -> None:
    turn.state["pending"] = kind
    turn.state["code_then"] = then


def question(turn: Turn) -> tuple[str, str]:
    kind = str(turn.state.get("pending") or "")
    then = turn.state.get("code_then")
    return kind, then if isinstance(then, str) else ""


def close_question(turn: Turn) -> None:
    turn.state.pop("pending", None)
    turn.state.pop("code_then", None)


# -- speech helpers ------------------------------------------------------------------------------
def elicit_code() -> ElicitSlotDirective:
    """Ask Alexa to listen for four digits next."""
    intent = Intent(
        name=GIVE,
        confirmation_status=IntentConfirmationStatus.NONE,
        slots={CODE_SLOT: SdkSlot(name=CODE_SLOT, confirmation_status=SlotConfirmationStatus.NONE)},
    )
    return ElicitSlotDirective(updated_intent=intent, slot_to_elicit=CODE_SLOT)


def anything_else(turn: Turn) -> None:
    turn.mode = "menu"
    turn.ask("menu/anything_else")


def failed(turn: Turn) -> None:
    close_question(turn)
    turn.state.pop(CANDIDATE, None)
    turn.say("privacy/code_failed")
    anything_else(turn)


def spoken_code(turn: Turn) -> str | None:
    raw = turn.slot(CODE_SLOT).raw
    return raw.strip() if isinstance(raw, str) and raw.strip() else None


def ask_code(turn: Turn, then: str = "", *, needed: bool = False) -> None:
    """Ask for the code (to get in, or before changing or removing it)."""
    turn.mode = "menu"
    open_question(turn, GIVE_Q, then)
    turn.ask("privacy/code_ask", needed=needed)
    turn.directive(elicit_code())


def ask_new(turn: Turn, given: str | None = None, *, retry: bool = False) -> None:
    """Choose a new code: four digits now, the same four again next."""
    turn.mode = "menu"
    if given is not None and privacy_code.valid(given):
        record = privacy_code.new_record(given, turn.app.settings.id_hash_secret)
        turn.state[CANDIDATE] = {"d": record.digest.hex(), "s": record.salt.hex()}
        open_question(turn, CONFIRM)
        turn.ask("privacy/code_ask_again")
    else:
        open_question(turn, NEW)
        turn.ask("privacy/code_ask_new", retry=retry or given is not None)
    turn.directive(elicit_code())


def peppers(turn: Turn) -> tuple[bytes, ...]:
    """The deployment's secrets, the current one first: a code set before a rotation still checks."""
    return (turn.app.settings.id_hash_secret,)


def minutes(wait: timedelta) -> int:
    return max(1, -(-int(wait.total_seconds()) // 60))


# -- the requests --------------------------------------------------------------------------------
def start_set(turn: Turn) -> None:
    if turn.owner.recognized:
        turn.say("privacy/code_not_needed")
        anything_else(turn)
        return
    found = privacy_gate.code_set(turn)
    if found is None:
        failed(turn)
    elif found and not privacy_gate.unlocked(turn):
        ask_code(turn, "set", needed=True)
    else:
        ask_new(turn, spoken_code(turn))


def confirm_new(turn: Turn) -> None:
    held = turn.state.pop(CANDIDATE, None)
    said = spoken_code(turn)
    pepper = turn.app.settings.id_hash_secret
    try:
        digest, salt = bytes.fromhex(held["d"]), bytes.fromhex(held["s"])
    except (TypeError, KeyError, ValueError):
        ask_new(turn)
        return
    if said is None or not privacy_code.valid(said) or privacy_code.derive(said, salt, pepper) != digest:
        open_question(turn, MISMATCH)
        turn.ask("privacy/code_mismatch")
        return
    was_set = privacy_gate.code_set(turn)
    try:
        codes.set_code(turn.app.repo, turn.owner.pk, said, pepper, turn.now)
    except StorageError as exc:
        log.warning("privacy code not set: %s request=%s", type(exc).__name__, turn.request_id)
        failed(turn)
        return
    privacy_gate.remember_code_set(turn, True)
    privacy_gate.unlock(turn)
    turn.say("privacy/code_set", changed=bool(was_set))
    anything_else(turn)


def give(turn: Turn, then: str = "") -> None:
    """A code was said: check it, and go on to what it unlocks."""
    said = spoken_code(turn)
    if said is None:
        ask_code(turn, then)
        return
    try:
        tried = codes.try_code(turn.app.repo, turn.owner.pk, said, peppers(turn), turn.now)
    except StorageError as exc:
        log.warning("privacy code not checked: %s request=%s", type(exc).__name__, turn.request_id)
        failed(turn)
        return
    if tried.verdict is Verdict.RIGHT:
        privacy_gate.unlock(turn)
        privacy_gate.remember_code_set(turn, True)
        turn.say("privacy/code_right")
        after_code(turn, then)
    elif tried.verdict is Verdict.LOCKED or tried.wait:
        turn.say("privacy/code_wait", minutes=minutes(tried.wait))
        anything_else(turn)
    elif tried.verdict is Verdict.WRONG:
        open_question(turn, RETRY, then)
        turn.ask("privacy/code_wrong")
    elif tried.verdict is Verdict.STALE:
        failed(turn)
    elif tried.verdict is Verdict.NO_CODE:
        privacy_gate.remember_code_set(turn, False)
        turn.say("privacy/code_none")
        anything_else(turn)
    else:  # not four digits: a mishearing, not a guess
        ask_code(turn, then)


def after_code(turn: Turn, then: str) -> None:
    if then == "set":
        ask_new(turn)
    elif then == "remove":
        remove(turn)
    else:
        anything_else(turn)


def remove(turn: Turn) -> None:
    try:
        codes.remove_code(turn.app.repo, turn.owner.pk)
    except StorageError:
        failed(turn)
        return
    privacy_gate.remember_code_set(turn, False)
    turn.say("privacy/code_removed")
    anything_else(turn)


def forget(turn: Turn) -> None:
    """Start fresh: everything kept under the code goes, the code with it."""
    if not notes.forget_everything(turn):
        failed(turn)
        return
    privacy_gate.remember_code_set(turn, False)
    privacy_gate.lock(turn)
    turn.say("privacy/forgotten")
    anything_else(turn)


def info(turn: Turn) -> None:
    turn.mode = "menu"
    turn.ask("privacy/info", recognized=turn.owner.recognized, days=turn.app.settings.retention_days)


class PrivacyEntryHandler(TurnHandler):
    """ "Set a privacy code", "my code is ...", "remove my privacy code", "forget my code",
    "how private is this?": from anywhere."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ENTRY_INTENTS

    def run(self, turn: Turn) -> None:
        close_question(turn)
        turn.state.pop(CANDIDATE, None)
        intent = turn.intent_name
        if intent == INFO:
            info(turn)
        elif intent == SET:
            start_set(turn)
        else:
            found = privacy_gate.code_set(turn)
            if found is None:
                failed(turn)
            elif not found:
                turn.say("privacy/code_none")
                anything_else(turn)
            elif intent == GIVE:
                give(turn)
            elif intent == REMOVE:
                if privacy_gate.unlocked(turn):
                    remove(turn)
                else:
                    ask_code(turn, "remove", needed=True)
            else:
                open_question(turn, FORGET_Q)
                turn.ask("privacy/forget_confirm")


class PrivacyAnswerHandler(TurnHandler):
    """Answers to this room's open questions: the digits, yes or no; help or an unclear answer
    asks the same question again."""

    def claims(self, peek: Peek) -> bool:
        return peek.pending in QUESTIONS and peek.intent in ANSWERS[peek.pending]

    def run(self, turn: Turn) -> None:
        kind, then = question(turn)
        close_question(turn)
        intent = turn.intent_name
        if intent in RE_ASK:
            self.ask_again(turn, kind, then)
        elif kind == NEW:
            turn.state.pop(CANDIDATE, None)
            ask_new(turn, spoken_code(turn), retry=True)
        elif kind == CONFIRM:
            confirm_new(turn)
        elif kind == GIVE_Q:
            give(turn, then)
        elif intent == NO:
            turn.state.pop(CANDIDATE, None)
            turn.say("privacy/code_kept")
            anything_else(turn)
        elif kind == MISMATCH:
            ask_new(turn)
        elif kind == RETRY:
            ask_code(turn, then)
        else:
            forget(turn)

    @staticmethod
    def ask_again(turn: Turn, kind: str, then: str) -> None:
        if kind == NEW:
            ask_new(turn)
        elif kind == CONFIRM:
            open_question(turn, CONFIRM)
            turn.ask("privacy/code_ask_again")
            turn.directive(elicit_code())
        elif kind == GIVE_Q:
            ask_code(turn, then)
        else:
            open_question(turn, kind, then)
            turn.ask({MISMATCH: "privacy/code_mismatch", RETRY: "privacy/code_wrong", FORGET_Q: "privacy/forget_confirm"}[kind])


# -- the quick exit --------------------------------------------------------------------------------
FREE_TEXT_SLOTS = ("text",)


def said_quick_exit(handler_input: HandlerInput) -> bool:
    """The words of a free-text slot (an answer, a note) are an exit ("he's home", "hold on")."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    slots: Any = getattr(intent, "slots", None) or {}
    for name in FREE_TEXT_SLOTS:
        slot = slots.get(name) if isinstance(slots, dict) else None
        if slot is not None and quick_exit.is_quick_exit(getattr(slot, "value", None)):
            return True
    return False


class QuickExitHandler(TurnHandler):
    """ "I have to go", "he's home", "hold on": from every state, as a command or as the words of an
    answer. Ends at once with a neutral goodbye, keeps the place (progress was saved on the turn that
    made it) and saves nothing of this turn: the open question and a note waiting in the session go."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if getattr(request, "object_type", None) != "IntentRequest":
            return False
        return peek(handler_input).intent == QUICK_EXIT or said_quick_exit(handler_input)

    def claims(self, peek: Peek) -> bool:
        return peek.intent == QUICK_EXIT

    def run(self, turn: Turn) -> None:
        close_question(turn)
        for key in (CANDIDATE, "parked", "notes_cursor", "last"):
            turn.state.pop(key, None)
        turn.end("privacy/quick_goodbye")
