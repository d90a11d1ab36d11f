"""The notes room: add, read (three at a time), delete the last, delete all, send to the phone,
stop keeping notes, private mode. (Consent and retrying a parked note: ``handlers/consent.py``;
SkillDisabled: ``handlers/skill_events.py``.)

Privacy rules this room keeps: notes are read only when asked in that turn; a recognized voice hears
only its own notes; an unrecognized voice is warned once that anyone nearby may hear, and in private
mode hears nothing, not even whether notes exist. The card is the only way note text leaves speech.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from markupsafe import escape

from steady_ground import notes, privacy_gate, safety
from steady_ground.acts.capture import NOTE_MODE, ask_for_text
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.replies import anything_else, unavailable
from steady_ground.acts.safety import answer, hold
from steady_ground.conversation import hearing
from steady_ground.dispatch import Answer
from steady_ground.handlers import asides
from steady_ground.render import plain_text
from steady_ground.session import MENU, DeleteAll, RetryNote, StopNotes
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import MAX_NOTE_CHARS, Note, NoteKind, Owner
from steady_ground.text import cut_at_word
from steady_ground.turn import Peek, Turn, TurnHandler

ADD = "AddNoteIntent"
READ = "ReadNotesIntent"
DELETE_LAST = "DeleteLastNoteIntent"
DELETE_ALL = "DeleteAllNotesIntent"
SEND = "SendNotesIntent"
STOP_NOTES = "StopNotesIntent"
PRIVATE_MODE = "PrivateModeIntent"
ENTRY_INTENTS = frozenset({ADD, READ, DELETE_LAST, DELETE_ALL, SEND, STOP_NOTES, PRIVATE_MODE})

CAPTURE_MODE = NOTE_MODE
READING_MODE = "notes_reading"
PAGE = 3
HOLD_PAGE = 25  # notes a page when looking for one held back before "delete all"
SPEECH_BUDGET = 6000  # characters of note text in one answer, under Alexa's 8,000 for all speech
CARD_NOTES = 10
CARD_BUDGET = 7000  # a card holds 8,000 characters; whole notes only, never cut

YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent")
RE_ASK = ("AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent")
MORE = ("TellMeMoreIntent", "AMAZON.NextIntent", "AMAZON.YesIntent")


def elicit(turn: Turn, key: str) -> None:
    ask_for_text(turn, key, CAPTURE_MODE)


# -- adding --------------------------------------------------------------------------------------
def take_note(turn: Turn, text: str | None) -> None:
    said = (text or "").strip()
    if not said:
        elicit(turn, "notes/add_prompt")
        return
    found = safety.screen(said, turn.locale)
    if found is not None:  # safety first: not saved silently, not dropped silently (the answer offers to keep it)
        turn.mode = MENU
        answer(turn, found, hold(turn, said))
        return
    heard = hearing.heard(said)
    if heard in NOT_A_NOTE:  # a non-answer is answered as what it is, and never kept
        NOT_A_NOTE[heard](turn)
        return
    if len(said) > MAX_NOTE_CHARS:
        elicit(turn, "notes/too_long")
        return
    outcome = notes.keep(turn, NoteKind.FREE, said)
    if outcome in (notes.Outcome.NEEDS_CONSENT, notes.Outcome.OFF):
        turn.mode = MENU
        notes.park(turn, NoteKind.FREE, said)
        ask_consent(turn)
        return
    after_keep(turn, outcome, said)


def _note_example(turn: Turn) -> None:
    turn.say("notes/example")
    elicit(turn, "notes/add_prompt")


def _note_again(turn: Turn) -> None:
    turn.echo()  # "what?", "repeat": the question in the words it was just said in
    elicit(turn, "notes/add_prompt")


def _note_hesitant(turn: Turn) -> None:
    turn.say("exercise/no_rush")  # "um": no rush, as in every exercise, then the question again
    elicit(turn, "notes/add_prompt")


def _note_dropped(turn: Turn) -> None:
    turn.mode = MENU
    turn.say("notes/not_kept_ok")
    turn.ask("menu/anything_else")


def _note_interrupted(turn: Turn) -> None:
    turn.mode = MENU
    turn.end("exercise/interrupted")


def _note_help(turn: Turn) -> None:
    """ "What can you do" said as the note: what this step wants and how to leave it, then the prompt."""
    turn.say("notes/capture_help")
    elicit(turn, "notes/add_prompt")


def _note_request(turn: Turn) -> None:
    """ "Delete all my notes" said as the note: not kept, not done unasked; they can ask again now.
    "Add a note", said as the note: they're adding one already, and the prompt again; "add a note that
    ..." is that note, its words as said."""
    said = turn.slot("text").raw
    words = hearing.note_words(said)
    if words:
        take_note(turn, words)
        return
    if words == "":
        turn.say("notes/already_adding")
        elicit(turn, "notes/add_prompt")
        return
    found = hearing.request_for(said)
    turn.mode = MENU
    turn.ask("notes/request_not_kept", how=hearing.asked_how(found))


NOT_A_NOTE = {
    hearing.Heard.FILLER: _note_hesitant,
    hearing.Heard.WHAT: _note_again,
    hearing.Heard.REPEAT: _note_again,
    hearing.Heard.EXAMPLE: _note_example,
    hearing.Heard.HELP: _note_example,
    hearing.Heard.CHANGED_MIND: _note_dropped,
    hearing.Heard.NO: _note_dropped,
    hearing.Heard.SKIP: _note_dropped,
    hearing.Heard.BACK: _note_dropped,
    hearing.Heard.INTERRUPT: _note_interrupted,
    hearing.Heard.PAUSE: _note_interrupted,
    hearing.Heard.REQUEST: _note_request,
    hearing.Heard.OPTIONS: _note_help,
}


def after_keep(turn: Turn, outcome: notes.Outcome, text: str = "", *, retried: bool = False) -> None:
    """Say what happened to a free note. A failed one waits in the session and the person is asked
    to try once more; a second failure is said plainly. "Saved" only follows a write."""
    turn.mode = MENU
    if outcome is notes.Outcome.CRISIS:
        turn.state.parked = None
        answer(turn, safety.screen(text, turn.locale) or safety.Screening("unclear", safety.CLEAR), hold(turn, text))
        return
    if outcome is notes.Outcome.FAILED and not retried:
        if notes.parked(turn) is None:
            notes.park(turn, NoteKind.FREE, text)
        ask_retry(turn)
        return
    turn.state.parked = None
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


def held_back(turn: Turn, note: Note) -> bool:
    """A note kept after the safety answer, or holding words of danger, is not read or sent to a voice
    Alexa doesn't recognize (on a shared Echo that may be the partner) until the privacy code is given.
    It stays kept, whole; its owner's recognized voice hears it."""
    if turn.owner.recognized or privacy_gate.unlocked(turn):
        return False
    return bool(note.data.get(notes.AFTER_SAFETY)) or safety.is_crisis(note.text, turn.locale)


def ssml_length(text: str) -> int:
    return len(escape(text))  # as it will be in the SSML: "&" is five characters there


def read_page(turn: Turn, cursor: str | None) -> None:
    turn.state.notes_from = cursor  # "say that again" reads this page again, by the same rules
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=PAGE + 1, cursor=cursor)
    except StorageError:
        unavailable(turn)
        return
    if not page.notes:
        turn.state.notes_cursor = None
        turn.say("notes/no_more" if cursor else "notes/none")
        anything_else(turn)
        return
    chosen: list[Note] = []
    passed: list[Note] = []  # every note this page went past: read, or held back
    used = 0
    for note in page.notes[:PAGE]:
        if held_back(turn, note):
            passed.append(note)
            continue
        cost = ssml_length(note.text)
        if chosen and used + cost > SPEECH_BUDGET:
            break
        chosen.append(note)
        passed.append(note)
        used += cost
    more = len(passed) < len(page.notes) or page.cursor is not None
    for note in chosen:
        created = note.created_at
        # one note too heavy to say whole is read in part; it stays stored whole, for the card
        text, clipped = cut_at_word(note.text, SPEECH_BUDGET, ssml_length)
        turn.say(
            "notes/entry",
            days=days_ago(turn, note),
            weekday=created.strftime("%A"),
            when=created,
            kind=note.kind.value,
            text=text,
            clipped=clipped,
        )
    if len(passed) > len(chosen):
        turn.say("notes/held_back")  # the same words whatever it holds
        if not chosen and not more:
            turn.state.notes_cursor = None
            anything_else(turn)
            return
    if more:
        turn.state.notes_cursor = passed[-1].note_id
        turn.mode = READING_MODE
        turn.ask("notes/more_prompt")
    else:
        turn.state.notes_cursor = None
        turn.say("notes/end")
        anything_else(turn)


def start_reading(turn: Turn) -> None:
    turn.state.notes_cursor = None
    if privacy_gate.gate_replay(turn, "read_notes"):
        read_page(turn, None)


# -- deleting, the card, settings ----------------------------------------------------------------
def may_hold_back(turn: Turn) -> bool:
    """Could any note be held back from this speaker? (Not from a recognized voice, nor after the code.)"""
    return not (turn.owner.recognized or privacy_gate.unlocked(turn))


def holds_back(turn: Turn, *, newest_only: bool) -> bool:
    """Is a note this speaker may not remove kept here: the newest one, or any? A note held back from
    a voice Alexa doesn't recognize (``held_back``) is removed only by its owner's recognized voice
    or after the household's privacy code: on a shared Echo the partner could otherwise destroy the
    record she kept after the safety answer. Raises StorageError."""
    if not may_hold_back(turn):
        return False
    cursor: str | None = None
    while True:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=1 if newest_only else HOLD_PAGE, cursor=cursor)
        if any(held_back(turn, note) for note in page.notes):
            return True
        if newest_only or page.cursor is None or not page.notes:
            return False
        cursor = page.cursor


def not_removable(turn: Turn) -> None:
    """The same neutral words whatever is kept: never what it is, and nothing is deleted."""
    turn.close_question()
    turn.say("notes/not_removable")
    anything_else(turn)


def delete_last(turn: Turn) -> None:
    try:
        if holds_back(turn, newest_only=True):
            not_removable(turn)
            return
        made = notes.delete_last(turn)  # once per request: a replay deletes nothing more
    except StorageError:
        unavailable(turn)
        return
    if made is None:
        turn.say("notes/none")
    else:
        days = (turn.now.astimezone(UTC).date() - made.astimezone(UTC).date()).days
        turn.say("notes/deleted_last", days=days, weekday=made.strftime("%A"), when=made)
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
    if not privacy_gate.gate_card(turn, "send_notes"):  # anyone with the Alexa app can see it
        return
    shown = [note for note in page.notes if not held_back(turn, note)]
    if shown:
        turn.card(plain_text(turn.render("notes/card_sent", "card_title")), card_text(turn, shown))
        turn.say("notes/card_sent")
    if len(shown) < len(page.notes):
        turn.say("notes/held_back")
    anything_else(turn)


def private_mode(turn: Turn) -> None:
    """Private mode belongs to whoever turned it on: only that voice, or someone giving the privacy
    code, can turn it off; others hear the same neutral answer."""
    slot = turn.slot("setting")
    if slot.id == "OFF":
        private_off(turn)
        return
    if not slot.empty and slot.id is None:
        turn.ask("notes/private_which")
        return
    if _private_setting(turn):  # already on: it stays whose it was
        turn.say("notes/private_on")
    else:
        written = notes.save_setting(turn, notes.PRIVATE, {"by": turn.owner.pk}, account=True)
        turn.say("notes/private_on" if written else "notes/setting_failed")
    anything_else(turn)


def _private_setting(turn: Turn) -> Any:
    """Private mode as the account has it (who turned it on, or None), from the account's partition."""
    if turn.owner.pk == turn.owner.account_pk:
        found = notes.settings(turn)
        return None if found is None else found.get(notes.PRIVATE)
    account = Owner(pk=turn.owner.account_pk, account_pk=turn.owner.account_pk, recognized=False)
    try:
        bundle = turn.app.repo.load_bundle(account, turn.now)
    except StorageError:
        return None
    return (bundle.profile.get("settings") or {}).get(notes.PRIVATE)


def private_off(turn: Turn) -> None:
    if privacy_gate.access(turn) is privacy_gate.Access.CODE:  # every time: the answer tells nothing
        privacy_gate.ask_code(turn, "private_off", needed=True)
        return
    current = _private_setting(turn)
    by = current.get("by") if isinstance(current, dict) else None
    mine = by == turn.owner.pk or (by is None and turn.owner.recognized)  # set before owners were kept
    if current and not mine and not privacy_gate.unlocked(turn):
        turn.say("privacy/not_yours")
        anything_else(turn)
        return
    if current and mine and not privacy_gate.gate_change(turn, "private_off"):
        return
    written = notes.save_setting(turn, notes.PRIVATE, None, account=True)
    turn.say("notes/private_off" if written else "notes/setting_failed")
    anything_else(turn)


def confirm_delete_all(turn: Turn) -> None:
    turn.open_question(DeleteAll())
    turn.ask("notes/confirm_delete_all")


def confirm_stop(turn: Turn) -> None:
    turn.open_question(StopNotes())
    turn.ask("notes/confirm_stop")


CHANGES = {DELETE_LAST: "delete_last", DELETE_ALL: "delete_all", STOP_NOTES: "stop_notes"}


class NotesEntryHandler(TurnHandler):
    """ "Add a note", "read my notes", "delete my last note"...: from anywhere."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ENTRY_INTENTS

    def run(self, turn: Turn) -> None:
        intent = turn.intent_name
        inside = asides.exercise_here(turn) if intent == ADD else None
        turn.close_question()
        turn.state.aside = None
        if inside is not None:  # a note asked for inside an exercise: taken, then back to its step
            asides.take(turn, inside, turn.slot("text").raw)
            return
        turn.mode = MENU
        if intent == ADD:
            take_note(turn, turn.slot("text").raw)
        elif intent == PRIVATE_MODE:
            private_mode(turn)
        elif intent == READ:
            start_reading(turn)
        elif intent == SEND:
            if privacy_gate.gate_replay(turn, "send_notes"):
                send_card(turn)
        # Withdrawing is never harder than giving: whoever may save may delete (behind the code).
        elif not privacy_gate.gate_change(turn, CHANGES.get(intent or "", "stop_notes")):
            return
        elif intent == DELETE_LAST:
            delete_last(turn)
        elif not removable(turn):  # said before "are you sure?", never after it
            return
        elif intent == DELETE_ALL:
            confirm_delete_all(turn)
        else:
            confirm_stop(turn)


def removable(turn: Turn) -> bool:
    """May this speaker delete everything kept here? If not, or if it can't be told, they have heard why."""
    try:
        if holds_back(turn, newest_only=False):
            not_removable(turn)
            return False
    except StorageError:
        unavailable(turn)
        return False
    return True


# "No", "skip" or "go back" at the note prompt, heard as Alexa's intents rather than as the words: the
# same as those words (nothing kept).
STEERED: dict[str, hearing.Heard] = {
    "AMAZON.NoIntent": hearing.Heard.NO,
    "SkipIntent": hearing.Heard.SKIP,
    "AMAZON.PreviousIntent": hearing.Heard.BACK,
}


class NoteCaptureRoom(TurnHandler):
    """The words of a note, captured whole after "add a note"."""

    def claims(self, peek: Peek) -> bool:
        if peek.mode != CAPTURE_MODE:
            return False
        return peek.intent in ("CaptureTextIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent") or (
            peek.intent in STEERED and peek.question is None)

    def run(self, turn: Turn) -> None:
        inside = asides.waiting(turn)
        if inside is not None:  # asked from inside an exercise: answered there, then back to its step
            asides.answer_prompt(turn, inside, STEERED.get(turn.intent_name or ""))
            return
        turn.state.aside = None
        steered = STEERED.get(turn.intent_name or "")
        if steered is not None:  # "no", "skip", "go back" heard as intents, not as the words
            NOT_A_NOTE[steered](turn)
            return
        if turn.intent_name == "AMAZON.HelpIntent":
            turn.say("notes/capture_help")
            elicit(turn, "notes/add_prompt")
            return
        if turn.intent_name == "AMAZON.FallbackIntent" and turn.returned:  # their words came without them
            turn.say("exercise/missed_words")  # (another voice spoke in between): asked again, captured whole
        take_note(turn, turn.slot("text").raw if turn.intent_name == "CaptureTextIntent" else None)


class NotesReadingRoom(TurnHandler):
    """While notes are being read: "more" goes on, "no" stops, "say that again" reads the page just
    heard again: read again from storage from where that page began, to this speaker by this
    speaker's rules (a note held back from them stays held back)."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == READING_MODE and peek.intent in (*MORE, "AMAZON.NoIntent", *RE_ASK)

    def run(self, turn: Turn) -> None:
        cursor = turn.state.notes_cursor
        if turn.intent_name == "AMAZON.NoIntent" or cursor is None:
            turn.state.notes_cursor = None
            anything_else(turn)
        elif turn.intent_name == "AMAZON.RepeatIntent":
            read_page(turn, turn.state.notes_from)
        elif turn.intent_name in RE_ASK:
            turn.ask("notes/more_prompt")
        else:
            read_page(turn, cursor)


# -- the room's questions: read anyway? delete all? stop keeping notes? ------------------------
def ask_retry(turn: Turn) -> None:
    turn.open_question(RetryNote())
    turn.ask("notes/save_failed")


def answer_delete_all(turn: Turn, question: DeleteAll) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("notes/confirm_delete_all")
        return
    _confirmed(turn, notes.forget_everything, "notes/deleted_all")


def answer_stop_notes(turn: Turn, question: StopNotes) -> None:
    if turn.intent_name in RE_ASK:
        turn.open_question(question)
        turn.ask("notes/confirm_stop")
        return
    _confirmed(turn, notes.turn_off, "notes/stopped")


def _confirmed(turn: Turn, act: Callable[[Turn], bool], done_key: str) -> None:
    if turn.intent_name != "AMAZON.YesIntent":
        turn.say("notes/nothing_deleted")
        anything_else(turn)
        return
    if not removable(turn):  # asked again at the yes: a note may have been kept in between
        return
    if not act(turn):
        unavailable(turn)
        return
    turn.say(done_key)
    anything_else(turn)


ANSWERS = (
    Answer(DeleteAll, frozenset({*YES_NO, *RE_ASK}), answer_delete_all),
    Answer(StopNotes, frozenset({*YES_NO, *RE_ASK}), answer_stop_notes),
)
