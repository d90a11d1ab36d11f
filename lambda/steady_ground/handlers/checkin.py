"""The daily check-in on the shared exercise room, "how has this week been?", and note cards.

The check-in itself is the pure machine in ``conversation/checkin.py``; this module registers it,
starts it with what it needs from the world (today's local date, the streak, whether to offer a
reminder), and answers the two requests around it.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from steady_ground import alexa_api, notes
from steady_ground.conversation import checkin as machine
from steady_ground.conversation.machine import Ev, Event
from steady_ground.handlers.common import STATE, Peek, Turn, TurnHandler
from steady_ground.handlers.exercise import REGISTRY, ExerciseSpec, _clear_progress, apply, register, run_event
from steady_ground.handlers.notes import private_only
from steady_ground.render import plain_text
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import Note, NoteKind

log = logging.getLogger("steady_ground")

SPEC = register(
    ExerciseSpec(
        name=machine.NAME,
        state_type=machine.CheckIn,
        initial=machine.CheckIn,
        next_state=machine.next_state,
        start_intents=frozenset(),  # started by CheckInStartHandler, which knows the date and streak
        choice_intents={"CheckInMoodIntent": "mood", "CheckInRatingIntent": "rating"},
        resume_key="checkin/resume",
        progress_params=machine.progress_params,
        note_kind=NoteKind.CHECKIN,
    )
)

WEEK = timedelta(days=7)
HISTORY = 31  # check-ins read for a streak: enough for a month of days in a row


# -- the device's time zone (Settings API), once a session ---------------------------------------
def time_zone(turn: Turn) -> str | None:
    """The device's time zone name, from the session or the Settings API; None when unknown."""
    cached = turn.state.get("tz")
    if isinstance(cached, str) and cached:
        return cached
    api = alexa_api.for_request(turn.envelope)
    device = alexa_api.device_id(turn.envelope)
    if api is None or device is None:
        return None
    try:
        zone = api.time_zone(device)
        ZoneInfo(zone)
    except (alexa_api.ApiError, ZoneInfoNotFoundError, ValueError) as exc:
        log.warning("time zone unknown: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    turn.state["tz"] = zone
    return zone


def local_now(turn: Turn) -> datetime:
    zone = time_zone(turn)
    return turn.now.astimezone(ZoneInfo(zone) if zone else UTC)


def local_day(note: Note, zone: Any) -> date:
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
    from steady_ground.handlers.reminders import should_offer

    now = local_now(turn)
    today = now.date()
    try:
        past = recent_checkins(turn, HISTORY)
        streak = streak_before({local_day(n, now.tzinfo) for n in past}, today)
    except StorageError as exc:  # no streak is mentioned rather than a wrong one
        log.warning("check-in history unavailable: %s request=%s", type(exc).__name__, turn.request_id)
        streak = 0
    turn.state.pop("pending", None)
    turn.session.pop(SPEC.name, None)
    state = machine.start_state(today, streak, should_offer(turn))
    apply(turn, SPEC, machine.next_state(state, Event(Ev.START)), None)


def close_checkin(turn: Turn) -> None:
    """End a check-in that is waiting on the reminder offer (it was saved already)."""
    turn.session.pop(SPEC.name, None)
    turn.mode = "menu"
    _clear_progress(turn, SPEC)


def offer_pending(handler_input: Any) -> bool:
    """True while the check-in waits on "would you like a daily reminder?"."""
    attrs = handler_input.attributes_manager.session_attributes
    if not isinstance(attrs, dict):
        return False
    ours = attrs.get(STATE)
    found = attrs.get(SPEC.name)
    return (isinstance(ours, dict) and ours.get("mode") == SPEC.name and isinstance(found, dict)
            and found.get("step") == machine.CheckInStep.OFFER_REMINDER.value)


class CheckInStartHandler(TurnHandler):
    """ "Check in", from the menu, from anywhere, or one-shot: "ask steady ground for my check-in"."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "CheckInIntent"

    def run(self, turn: Turn) -> None:
        start_checkin(turn)


class WeekSummaryHandler(TurnHandler):
    """ "How has this week been?": the last seven days of check-ins, in two sentences."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "WeekSummaryIntent"

    def run(self, turn: Turn) -> None:
        turn.mode = "menu"
        turn.state.pop("pending", None)
        if notes.hidden(turn):
            private_only(turn)
            return
        try:
            found = recent_checkins(turn, 7)
        except StorageError as exc:
            log.warning("week unavailable: %s request=%s", type(exc).__name__, turn.request_id)
            turn.ask("checkin/week_unavailable")
            return
        since = turn.now - WEEK
        zone = local_now(turn).tzinfo
        week = [n for n in found if n.created_at > since]
        if not week:
            turn.ask("checkin/week_empty")
            return
        entries = []
        for note in week:
            rating = note.data.get("rating") if isinstance(note.data, dict) else None
            entries.append((rating if isinstance(rating, int) else None, local_day(note, zone).strftime("%A"), note.text))
        summary = machine.summarize(entries)
        turn.ask("checkin/week", count=summary.count, typical=summary.typical, hardest=summary.hardest_day,
                 easiest=summary.easiest_day, topic=summary.topic)


CARD_KINDS = {"boundary": NoteKind.BOUNDARY, "reflection": NoteKind.REFLECTION}


class SendNoteCardHandler(TurnHandler):
    """ "Send that to my phone" outside a guidance topic: the boundary set, or the reflection
    summary, whichever is newest (or the one whose exercise the person is in). The note is read
    only because the person asked for it, and its words go to the app, not the speaker."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "SendToPhoneIntent" and peek.mode != "guidance"

    def run(self, turn: Turn) -> None:
        if notes.hidden(turn):  # private mode, a voice Alexa doesn't recognize: reveal nothing
            turn.say("notes/private_only")
            turn.ask("menu/anything_else")
            return
        wanted = [CARD_KINDS[turn.mode]] if turn.mode in CARD_KINDS else list(CARD_KINDS.values())
        try:
            found = [n for kind in wanted for n in turn.app.repo.list_notes(turn.owner, turn.now, limit=1, kind=kind).notes]
        except StorageError as exc:
            log.warning("card notes unavailable: %s request=%s", type(exc).__name__, turn.request_id)
            turn.ask("cards/unavailable")
            return
        found = [n for n in found if n.kind in wanted and n.text.strip()]
        if not found:
            turn.ask("cards/nothing_yet")
            return
        note = max(found, key=lambda n: n.created_at)
        kind = note.kind.value
        turn.card(plain_text(turn.render("cards/note", "card_title", kind=kind)),
                  plain_text(turn.render("cards/note", "card", kind=kind, text=note.text, when=note.created_at)))
        spec = REGISTRY.get(turn.mode)
        if spec is not None:  # in the middle of an exercise: back to its question
            turn.say("cards/note", kind=kind)
            run_event(turn, spec, Event(Ev.WHAT_QUESTION))
        else:
            turn.ask("cards/note", kind=kind)
