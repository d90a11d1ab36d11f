"""The privacy code by voice (set, change, give, remove, forget), "how private is this?", the
question before a card, and the quick exit.

The code is asked for with Dialog.ElicitSlot on ``GivePrivacyCodeIntent.code`` (an
AMAZON.FOUR_DIGIT_NUMBER), so Alexa listens for four digits. A new code is said twice; between the
two the session holds only a peppered hash of the first (``CodeConfirm``), never the digits.
Nothing here ever says, logs or shows the digits. Every question here is owner-bound like any
other (``session.for_owner``): another voice's digits or yes answer nothing asked of someone else.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ask_sdk_core.handler_input import HandlerInput

from steady_ground import codes, notes, privacy_code, privacy_gate, quick_exit
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.replies import anything_else
from steady_ground.dispatch import Answer
from steady_ground.handlers import replays
from steady_ground.privacy_code import Verdict
from steady_ground.session import MENU, CardAsk, CodeConfirm, CodeGive, CodeMismatch, CodeNew, CodeRetry, ForgetCode
from steady_ground.storage.errors import StorageError
from steady_ground.turn import Peek, Turn, TurnHandler, peek, slot_of

log = logging.getLogger("steady_ground")

SET = "SetPrivacyCodeIntent"
GIVE = privacy_gate.GIVE_INTENT
REMOVE = "RemovePrivacyCodeIntent"
FORGET = "ForgetPrivacyCodeIntent"
INFO = "PrivacyInfoIntent"
QUICK_EXIT = "QuickExitIntent"
ENTRY_INTENTS = frozenset({SET, GIVE, REMOVE, FORGET, INFO})
CODE_SLOT = privacy_gate.CODE_SLOT
YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
RE_ASK = frozenset({"AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent"})
DIGITS = frozenset({GIVE}) | RE_ASK
YES_NO = frozenset({YES, NO}) | RE_ASK


def failed(turn: Turn) -> None:
    turn.say("privacy/code_failed")
    anything_else(turn)


def spoken_code(turn: Turn) -> str | None:
    raw = turn.slot(CODE_SLOT).raw
    return raw.strip() if isinstance(raw, str) and raw.strip() else None


def peppers(turn: Turn) -> tuple[bytes, ...]:
    """The deployment's secrets, the current one first: a code set before a rotation still checks."""
    return (turn.app.settings.id_hash_secret,)


def minutes(wait: timedelta) -> int:
    return max(1, -(-int(wait.total_seconds()) // 60))


# -- choosing a code: four digits, then the same four again -------------------------------------
def ask_new(turn: Turn, given: str | None = None, *, retry: bool = False) -> None:
    turn.mode = MENU
    if given is not None and privacy_code.valid(given):
        record = privacy_code.new_record(given, turn.app.settings.id_hash_secret)
        turn.open_question(CodeConfirm(record.digest.hex(), record.salt.hex()))
        turn.ask("privacy/code_ask_again")
    else:
        turn.open_question(CodeNew())
        turn.ask("privacy/code_ask_new", retry=retry or given is not None)
    turn.directive(privacy_gate.elicit_code())


def start_set(turn: Turn) -> None:
    if turn.owner.recognized:
        turn.say("privacy/code_not_needed")
        anything_else(turn)
        return
    found = privacy_gate.code_set(turn)
    if found is None:
        failed(turn)
    elif found and not privacy_gate.unlocked(turn):
        privacy_gate.ask_code(turn, "set", needed=True)
    else:
        ask_new(turn, spoken_code(turn))


def answer_new(turn: Turn, question: CodeNew) -> None:
    ask_new(turn, spoken_code(turn) if turn.intent_name == GIVE else None, retry=turn.intent_name == GIVE)


def answer_confirm(turn: Turn, question: CodeConfirm) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("privacy/code_ask_again")
        turn.directive(privacy_gate.elicit_code())
        return
    said = spoken_code(turn)
    pepper = turn.app.settings.id_hash_secret
    try:
        digest, salt = bytes.fromhex(question.digest), bytes.fromhex(question.salt)
    except ValueError:
        ask_new(turn)
        return
    if said is None or not privacy_code.valid(said) or privacy_code.derive(said, salt, pepper) != digest:
        turn.open_question(CodeMismatch())
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
    if turn.state.parked is not None:  # the code was set while a note waited for consent: ask again
        ask_consent(turn)
        return
    anything_else(turn)


def answer_mismatch(turn: Turn, question: CodeMismatch) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("privacy/code_mismatch")
    elif turn.intent_name == YES:
        ask_new(turn)
    else:
        turn.say("privacy/code_kept")
        anything_else(turn)


# -- giving the code ---------------------------------------------------------------------------------
def give(turn: Turn, then: str = "") -> None:
    """A code was said: check it, and go on to what it opens."""
    said = spoken_code(turn)
    if said is None:
        privacy_gate.ask_code(turn, then)
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
        turn.open_question(CodeRetry(then))
        turn.ask("privacy/code_wrong")
    elif tried.verdict is Verdict.STALE:
        failed(turn)
    elif tried.verdict is Verdict.NO_CODE:
        privacy_gate.remember_code_set(turn, False)
        turn.say("privacy/code_none")
        anything_else(turn)
    else:  # not four digits: a mishearing, not a guess
        privacy_gate.ask_code(turn, then)


def after_code(turn: Turn, then: str) -> None:
    if then == "set":
        ask_new(turn)
    elif then == "remove":
        remove(turn)
    elif not replays.carry_on(turn, then):
        anything_else(turn)


def answer_give(turn: Turn, question: CodeGive) -> None:
    if turn.intent_name in RE_ASK:
        privacy_gate.ask_code(turn, question.then)
    else:
        give(turn, question.then)


def answer_retry(turn: Turn, question: CodeRetry) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("privacy/code_wrong")
    elif turn.intent_name == YES:
        privacy_gate.ask_code(turn, question.then)
    else:
        turn.say("privacy/code_kept")
        anything_else(turn)


# -- removing and forgetting -------------------------------------------------------------------------
def remove(turn: Turn) -> None:
    try:
        codes.remove_code(turn.app.repo, turn.owner.pk)
    except StorageError:
        failed(turn)
        return
    privacy_gate.remember_code_set(turn, False)
    turn.say("privacy/code_removed")
    anything_else(turn)


def answer_forget(turn: Turn, question: ForgetCode) -> None:
    """Start fresh: everything kept under the code goes, the code with it (only after a clear yes)."""
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("privacy/forget_confirm")
    elif turn.intent_name != YES:
        turn.say("privacy/code_kept")
        anything_else(turn)
    elif not notes.forget_everything(turn, keep_settings=False):
        failed(turn)
    else:
        privacy_gate.remember_code_set(turn, False)
        privacy_gate.lock(turn)
        turn.say("privacy/forgotten")
        anything_else(turn)


# -- cards ------------------------------------------------------------------------------------------
def answer_card(turn: Turn, question: CardAsk) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("privacy/card_ask")
        return
    if turn.intent_name == YES:
        turn.state.cards_ok = True
        if replays.carry_on(turn, question.then):
            return
    anything_else(turn)


def info(turn: Turn) -> None:
    turn.mode = MENU
    turn.ask("privacy/info", recognized=turn.owner.recognized, days=turn.app.settings.retention_days)


class PrivacyEntryHandler(TurnHandler):
    """ "Set a privacy code", "my code is ...", "remove my privacy code", "forget my code",
    "how private is this?": from anywhere."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ENTRY_INTENTS

    def run(self, turn: Turn) -> None:
        turn.close_question()
        intent = turn.intent_name
        if intent == INFO:
            info(turn)
            return
        if intent == SET:
            start_set(turn)
            return
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
                privacy_gate.ask_code(turn, "remove", needed=True)
        else:
            turn.open_question(ForgetCode())
            turn.ask("privacy/forget_confirm")


ANSWERS = (
    Answer(CodeNew, DIGITS, answer_new),
    Answer(CodeConfirm, DIGITS, answer_confirm),
    Answer(CodeMismatch, YES_NO, answer_mismatch),
    Answer(CodeGive, DIGITS, answer_give),
    Answer(CodeRetry, YES_NO, answer_retry),
    Answer(ForgetCode, YES_NO, answer_forget),
    Answer(CardAsk, YES_NO, answer_card),
)


# -- the quick exit ----------------------------------------------------------------------------------
FREE_TEXT_SLOTS = ("text",)


def said_quick_exit(handler_input: HandlerInput) -> bool:
    """The words of a free-text slot (an answer, a note) are an exit ("he's home", "hold on")."""
    request = handler_input.request_envelope.request
    return any(quick_exit.is_quick_exit(getattr(slot_of(request, name), "value", None)) for name in FREE_TEXT_SLOTS)


class QuickExitHandler(TurnHandler):
    """ "I have to go", "he's home", "hold on": from every state and whoever speaks, as a command
    or as the words of an answer. Ends at once with a neutral goodbye, keeps the place (progress was
    saved on the turn that made it) and saves nothing of this turn: the open question, a note
    waiting in the session, the reading cursor and what Repeat would say go with the session."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if getattr(request, "object_type", None) != "IntentRequest":
            return False
        return peek(handler_input).intent == QUICK_EXIT or said_quick_exit(handler_input)

    def claims(self, peek: Peek) -> bool:
        return peek.intent == QUICK_EXIT

    def run(self, turn: Turn) -> None:
        turn.close_question()
        turn.state.parked = None
        turn.state.notes_cursor = turn.state.notes_from = None
        turn.state.last = None
        turn.end("privacy/quick_goodbye")
