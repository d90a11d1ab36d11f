"""The daily check-in on the exercise runtime.

The check-in itself is the pure machine in ``conversation/checkin.py``; this module starts it with
what it needs from the world (today's local date, the streak, whether to offer a reminder). When it
reaches the reminder offer it opens the ``ReminderOffer`` question, which the reminders room
answers (and then closes the check-in with ``close_checkin``).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta, tzinfo

from steady_ground import notes, privacy_gate
from steady_ground.conversation import checkin as machine
from steady_ground.conversation.machine import Ev, Event
from steady_ground.exercises.runtime import ExerciseSpec, apply, clear_progress
from steady_ground.localtime import local_now
from steady_ground.reminder_profile import should_offer
from steady_ground.session import MENU, Question, ReminderOffer
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import Note, NoteKind
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

HISTORY = 31  # check-ins read for a streak: enough for a month of days in a row


def open_question(state: machine.CheckIn) -> Question | None:
    return ReminderOffer() if state.step == machine.CheckInStep.OFFER_REMINDER else None


SPEC = ExerciseSpec(
    name=machine.NAME,
    state_type=machine.CheckIn,
    initial=machine.CheckIn,
    next_state=machine.next_state,
    start_intents=frozenset(),  # started by CheckInStartHandler, which knows the date and streak
    choice_intents={"CheckInMoodIntent": "mood", "CheckInRatingIntent": "rating", "PickOrdinalIntent": "ordinal",
                    "TalkOutcomeIntent": "outcome"},
    resume_key="checkin/resume",
    progress_params=machine.progress_params,
    note_kind=NoteKind.CHECKIN,
    question=open_question,
)


def local_day(note: Note, zone: tzinfo | None) -> date:
    day = note.data.get("day") if isinstance(note.data, dict) else None
    if isinstance(day, str):
        try:
            return date.fromisoformat(day)
        except ValueError:
            pass
    return note.created_at.astimezone(zone).date()


def recent_checkins(turn: Turn, limit: int) -> list[Note]:
    """Past check-ins; none at all in private mode for a voice Alexa doesn't recognize."""
    if notes.hidden(turn):
        return []
    page = turn.app.repo.list_notes(turn.owner, turn.now, limit=limit, kind=NoteKind.CHECKIN)
    return [n for n in page.notes if n.kind == NoteKind.CHECKIN]


def streak_before(days: set[date], today: date) -> int:
    """Consecutive days with a check-in, ending yesterday (today's is the one being made)."""
    count = 0
    day = today - timedelta(days=1)
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def start_checkin(turn: Turn) -> None:
    """A fresh check-in, wherever the person is: a minute, so there is nothing to resume."""
    now = local_now(turn)
    today = now.date()
    try:
        past = recent_checkins(turn, HISTORY)
        streak = streak_before({local_day(n, now.tzinfo) for n in past}, today)
    except StorageError as exc:  # no streak is mentioned rather than a wrong one
        log.warning("check-in history unavailable: %s request=%s", type(exc).__name__, turn.request_id)
        streak = 0
    turn.close_question()
    turn.state.exercises.pop(SPEC.name, None)
    if streak:  # the streak tells of the past: on a shared account, say once who could hear it
        privacy_gate.notice(turn)
    state = machine.start_state(today, streak, should_offer(turn))
    apply(turn, SPEC, machine.next_state(state, Event(Ev.START)), None)


def close_checkin(turn: Turn) -> None:
    """End a check-in that is waiting on the reminder offer (it was saved already)."""
    turn.state.exercises.pop(SPEC.name, None)
    if isinstance(turn.question, ReminderOffer):
        turn.close_question()
    turn.mode = MENU
    clear_progress(turn, SPEC)
