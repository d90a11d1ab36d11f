"""The notes room: add, read (three at a time), delete the last, delete all, send to the phone,
stop keeping notes, private mode, consent before the first save, and SkillDisabled.

Privacy rules this room keeps: notes are read only when asked in that turn; a recognized voice hears
only its own notes; an unrecognized voice is warned once that anyone nearby may hear, and in private
mode hears nothing, not even whether notes exist. The card is the only way note text leaves speech.
"""

from __future__ import annotations

import logging
from datetime import UTC
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from steady_ground import notes
from steady_ground.app import App
from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.identity import owner_for
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import MAX_NOTE_CHARS, Note, NoteKind

log = logging.getLogger("steady_ground")

ADD = "AddNoteIntent"
READ = "ReadNotesIntent"
DELETE_LAST = "DeleteLastNoteIntent"
DELETE_ALL = "DeleteAllNotesIntent"
SEND = "SendNotesIntent"
STOP_NOTES = "StopNotesIntent"
PRIVATE_MODE = "PrivateModeIntent"
ENTRY_INTENTS = frozenset({ADD, READ, DELETE_LAST, DELETE_ALL, SEND, STOP_NOTES, PRIVATE_MODE})

CAPTURE_MODE = "note_capture"
READING_MODE = "notes_reading"
PAGE = 3
SPEECH_BUDGET = 6000  # characters of note text in one answer, under Alexa's 8,000 for all speech
CARD_NOTES = 10
CARD_BUDGET = 7000  # a card holds 8,000 characters; whole notes only, never cut

QUESTIONS = frozenset({"consent", "delete_all", "stop_notes", "read_warn", "retry_note"})
YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent")
RE_ASK = ("AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent")
MORE = ("TellMeMoreIntent", "AMAZON.NextIntent", "AMAZON.YesIntent")


# -- shared answers ------------------------------------------------------------------------------
def anything_else(turn: Turn) -> None:
    turn.mode = "menu"
    turn.ask("menu/anything_else")


def unavailable(turn: Turn) -> None:
    turn.say("notes/unavailable")
    anything_else(turn)


def private_only(turn: Turn) -> None:
    """The same words whether or not notes exist: nothing is revealed."""
    turn.say("notes/private_only")
    anything_else(turn)


def ask_consent(turn: Turn) -> None:
    """One breath: may I keep notes? (The note waits in the session.)"""
    turn.state["pending"] = "consent"
    turn.ask("notes/consent", days=turn.app.settings.retention_days)


def elicit(turn: Turn, key: str) -> None:
    from steady_ground.handlers.exercise import elicit_text

    turn.mode = CAPTURE_MODE
    turn.ask(key)
    turn.directive(elicit_text())


# -- adding --------------------------------------------------------------------------------------
def take_note(turn: Turn, text: str | None) -> None:
    said = (text or "").strip()
    if not said:
        elicit(turn, "notes/add_prompt")
        return
    if len(said) > MAX_NOTE_CHARS:
        elicit(turn, "notes/too_long")
        return
    outcome = notes.keep(turn, NoteKind.FREE, said)
    if outcome in (notes.Outcome.NEEDS_CONSENT, notes.Outcome.OFF):
        turn.mode = "menu"
        notes.park(turn, NoteKind.FREE, said)
        ask_consent(turn)
        return
    after_keep(turn, outcome, said)


def after_keep(turn: Turn, outcome: notes.Outcome, text: str = "", *, retried: bool = False) -> None:
    """Say what happened to a free note. A failed one waits in the session and the person is asked
    to try once more; a second failure is said plainly. "Saved" only follows a write."""
    turn.mode = "menu"
    if outcome is notes.Outcome.CRISIS:
        from steady_ground.handlers.safety import give_safety

        turn.state.pop("parked", None)
        give_safety(turn)
        return
    if outcome is notes.Outcome.FAILED and not retried:
        if notes.parked(turn) is None:
            notes.park(turn, NoteKind.FREE, text)
        turn.state["pending"] = "retry_note"
        turn.ask("notes/save_failed")
        return
    turn.state.pop("parked", None)
    if outcome is notes.Outcome.SAVED:
        turn.say("notes/saved")
    elif outcome is notes.Outcome.FAILED:
        turn.say("notes/not_saved")
    elif outcome is notes.Outcome.TOO_LONG:
        elicit(turn, "notes/too_long")
        return
    else:
        turn.say("notes/not_kept")
    anything_else(turn)


# -- reading -------------------------------------------------------------------------------------
def days_ago(turn: Turn, note: Note) -> int:
    return (turn.now.astimezone(UTC).date() - note.created_at.astimezone(UTC).date()).days


def read_page(turn: Turn, cursor: str | None) -> None:
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=PAGE + 1, cursor=cursor)
    except StorageError:
        unavailable(turn)
        return
    if not page.notes:
        turn.state.pop("notes_cursor", None)
        turn.say("notes/no_more" if cursor else "notes/none")
        anything_else(turn)
        return
    chosen: list[Note] = []
    used = 0
    for note in page.notes[:PAGE]:
        if chosen and used + len(note.text) > SPEECH_BUDGET:
            break
        chosen.append(note)
        used += len(note.text)
    more = len(chosen) < len(page.notes) or page.cursor is not None
    for note in chosen:
        created = note.created_at
        turn.say(
            "notes/entry",
            days=days_ago(turn, note),
            weekday=created.strftime("%A"),
            when=created,
            kind=note.kind.value,
            text=note.text,
        )
    if more:
        turn.state["notes_cursor"] = chosen[-1].note_id
        turn.mode = READING_MODE
        turn.ask("notes/more_prompt")
    else:
        turn.state.pop("notes_cursor", None)
        turn.say("notes/end")
        anything_else(turn)


def start_reading(turn: Turn) -> None:
    turn.state.pop("notes_cursor", None)
    if not turn.owner.recognized:
        found = notes.settings(turn)
        if found is None:
            unavailable(turn)
            return
        if found.get(notes.PRIVATE):
            private_only(turn)
            return
        if not found.get(notes.WARNED) and not turn.state.get("warned"):
            turn.state["warned"] = True
            notes.save_setting(turn, notes.WARNED, turn.now.isoformat())
            turn.state["pending"] = "read_warn"
            turn.ask("notes/shared_warning")
            return
    read_page(turn, None)


# -- deleting, the card, settings ----------------------------------------------------------------
def delete_last(turn: Turn) -> None:
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=1)
        if not page.notes:
            turn.say("notes/none")
            anything_else(turn)
            return
        note = page.notes[0]
        turn.app.repo.delete_note(turn.owner, note.note_id)
    except StorageError:
        unavailable(turn)
        return
    turn.say("notes/deleted_last", days=days_ago(turn, note), weekday=note.created_at.strftime("%A"), when=note.created_at)
    anything_else(turn)


def card_text(turn: Turn, found: list[Note]) -> str:
    lines: list[str] = []
    used = 0
    for note in found:
        line = f"{note.created_at.strftime('%A, %B')} {note.created_at.day}: {note.text}"
        if lines and used + len(line) > CARD_BUDGET:
            break
        lines.append(line)
        used += len(line) + 2
    return "\n\n".join(lines)


def send_card(turn: Turn) -> None:
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=CARD_NOTES)
    except StorageError:
        unavailable(turn)
        return
    if not page.notes:
        turn.say("notes/none")
        anything_else(turn)
        return
    from steady_ground.render import plain_text

    turn.card(plain_text(turn.render("notes/card_sent", "card_title")), card_text(turn, page.notes))
    turn.say("notes/card_sent")
    anything_else(turn)


def private_mode(turn: Turn) -> None:
    slot = turn.slot("setting")
    if slot.id == "OFF":
        if not turn.owner.recognized:
            turn.say("notes/private_off_needs_voice")
            anything_else(turn)
            return
        written = notes.save_setting(turn, notes.PRIVATE, None, account=True)
        turn.say("notes/private_off" if written else "notes/setting_failed")
    elif not slot.empty and slot.id is None:
        turn.ask("notes/private_which")
        return
    else:
        written = notes.save_setting(turn, notes.PRIVATE, True, account=True)
        turn.say("notes/private_on" if written else "notes/setting_failed")
    anything_else(turn)


class NotesEntryHandler(TurnHandler):
    """ "Add a note", "read my notes", "delete my last note"...: from anywhere."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ENTRY_INTENTS

    def run(self, turn: Turn) -> None:
        intent = turn.intent_name
        turn.state.pop("pending", None)
        turn.mode = "menu"
        if intent == ADD:
            take_note(turn, turn.slot("text").raw)
        elif intent == PRIVATE_MODE:
            private_mode(turn)
        elif notes.hidden(turn):
            private_only(turn)
        elif intent == READ:
            start_reading(turn)
        elif intent == DELETE_LAST:
            delete_last(turn)
        elif intent == SEND:
            send_card(turn)
        elif intent == DELETE_ALL:
            turn.state["pending"] = "delete_all"
            turn.ask("notes/confirm_delete_all")
        else:
            turn.state["pending"] = "stop_notes"
            turn.ask("notes/confirm_stop")


class NoteCaptureRoom(TurnHandler):
    """The words of a note, captured whole after "add a note"."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == CAPTURE_MODE and peek.intent in ("CaptureTextIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent")

    def run(self, turn: Turn) -> None:
        if turn.intent_name == "AMAZON.HelpIntent":
            turn.say("notes/capture_help")
            elicit(turn, "notes/add_prompt")
            return
        take_note(turn, turn.slot("text").raw if turn.intent_name == "CaptureTextIntent" else None)


class NotesReadingRoom(TurnHandler):
    """While notes are being read: "more" goes on, "no" stops."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == READING_MODE and peek.intent in (*MORE, "AMAZON.NoIntent", *RE_ASK)

    def run(self, turn: Turn) -> None:
        cursor = turn.state.get("notes_cursor")
        if turn.intent_name == "AMAZON.NoIntent" or not isinstance(cursor, str):
            turn.state.pop("notes_cursor", None)
            anything_else(turn)
        elif turn.intent_name in RE_ASK:
            turn.ask("notes/more_prompt")
        else:
            read_page(turn, cursor)


class NotesQuestionHandler(TurnHandler):
    """Yes or no to the room's questions: consent, delete all, stop keeping notes, the shared-device
    warning, and trying a failed save again. Help or an unclear answer asks again."""

    def claims(self, peek: Peek) -> bool:
        return peek.pending in QUESTIONS and peek.intent in (*YES_NO, *RE_ASK)

    def run(self, turn: Turn) -> None:
        question = str(turn.state.get("pending"))
        if turn.intent_name in RE_ASK:
            self.ask_again(turn, question)
            return
        yes = turn.intent_name == "AMAZON.YesIntent"
        if question == "consent":
            turn.state.pop("pending", None)
            answer_consent(turn, yes)
        elif question == "retry_note":
            turn.state.pop("pending", None)
            held = notes.parked(turn)
            if yes and held is not None:
                answer_parked(turn, held, notes.keep_parked(turn, held), retried=True)
                return
            turn.state.pop("parked", None)
            turn.say("notes/not_kept_ok")
            anything_else(turn)
        elif question == "read_warn":
            turn.state.pop("pending", None)
            if yes:
                read_page(turn, None)
            else:
                anything_else(turn)
        else:
            turn.state.pop("pending", None)
            if not yes:
                turn.say("notes/nothing_deleted")
                anything_else(turn)
                return
            done = notes.turn_off(turn) if question == "stop_notes" else notes.forget_everything(turn)
            if not done:
                unavailable(turn)
                return
            turn.say("notes/stopped" if question == "stop_notes" else "notes/deleted_all")
            anything_else(turn)

    @staticmethod
    def ask_again(turn: Turn, question: str) -> None:
        if question == "consent":
            ask_consent(turn)
        else:
            turn.ask({
                "delete_all": "notes/confirm_delete_all",
                "stop_notes": "notes/confirm_stop",
                "read_warn": "notes/shared_warning",
                "retry_note": "notes/save_failed",
            }[question])


def answer_consent(turn: Turn, yes: bool) -> None:
    held = notes.parked(turn)
    if yes:
        outcome = notes.keep_parked(turn, held) if notes.give_consent(turn) and held else notes.Outcome.FAILED
        if held is None:
            anything_else(turn)
            return
        turn.say("notes/consent_thanks")
        answer_parked(turn, held, outcome)
        return
    notes.turn_off(turn)
    if held is not None and isinstance(held.get("ex"), str):
        turn.say("notes/not_kept")
        _continue_exercise(turn, held["ex"], notes.Outcome.OFF)
        return
    turn.say("notes/not_kept")
    anything_else(turn)


def answer_parked(turn: Turn, held: dict[str, Any], outcome: notes.Outcome, *, retried: bool = False) -> None:
    exercise = held.get("ex")
    if isinstance(exercise, str):
        turn.state.pop("parked", None)
        _continue_exercise(turn, exercise, outcome)
        return
    after_keep(turn, outcome, str(held.get("text", "")), retried=retried)


def _continue_exercise(turn: Turn, name: str, outcome: notes.Outcome) -> None:
    from steady_ground.handlers.exercise import continue_after_save

    if not continue_after_save(turn, name, outcome):
        anything_else(turn)


class SkillDisabledHandler(TurnHandler):
    """The skill was disabled: delete every item of the account and of every person under it.

    The event comes out of session and carries only the account's userId; the account partition's
    member registry leads to every person partition. Nothing can be spoken to an event."""

    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "AlexaSkillEvent.SkillDisabled"

    def handle(self, handler_input: HandlerInput) -> Response:
        app = handler_input.attributes_manager.request_attributes["app"]
        assert isinstance(app, App)
        envelope = handler_input.request_envelope
        request_id = getattr(envelope.request, "request_id", None)
        system = envelope.context.system if envelope.context else None
        user_id = getattr(getattr(system, "user", None), "user_id", None)
        if not user_id:
            log.warning("skill disabled without a user request=%s", request_id)
            return handler_input.response_builder.response
        account_pk = owner_for(app.settings.id_hash_secret, user_id, None).account_pk
        try:
            deleted = app.repo.delete_account(account_pk)
        except StorageError as exc:
            # Nothing can be spoken to an event; the error line (request id and type only) is the
            # signal. TTL still removes every note and progress item within the retention time.
            log.error("skill disabled, delete failed: %s request=%s", type(exc).__name__, request_id)
            return handler_input.response_builder.response
        log.info("skill disabled: deleted %d items request=%s", deleted, request_id)
        return handler_input.response_builder.response

    def run(self, turn: Turn) -> None:  # pragma: no cover - handle() does the work
        raise NotImplementedError
