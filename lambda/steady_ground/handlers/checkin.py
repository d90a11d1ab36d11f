"""The check-in's entry, "how has this week been?", and note cards ("send that to my phone")."""

from __future__ import annotations

import logging
from datetime import timedelta

from steady_ground import privacy_gate
from steady_ground.conversation import checkin as machine
from steady_ground.conversation.machine import Ev, Event
from steady_ground.exercises.catalog import named
from steady_ground.exercises.checkin import local_day, recent_checkins, start_checkin
from steady_ground.exercises.runtime import run_event
from steady_ground.localtime import local_now
from steady_ground.render import plain_text
from steady_ground.session import MENU
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import NoteKind
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")

WEEK = timedelta(days=7)


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
        turn.mode = MENU
        turn.close_question()
        if privacy_gate.gate_replay(turn, "week"):
            week_summary(turn)


def week_summary(turn: Turn) -> None:
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
        if privacy_gate.gate_replay(turn, "note_card"):
            send_note_card(turn)


def send_note_card(turn: Turn) -> None:
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
    if not privacy_gate.gate_card(turn, "note_card"):  # anyone with the Alexa app can see it
        return
    note = max(found, key=lambda n: n.created_at)
    kind = note.kind.value
    turn.card(plain_text(turn.render("cards/note", "card_title", kind=kind)),
              plain_text(turn.render("cards/note", "card", kind=kind, text=note.text, when=note.created_at)))
    spec = named(turn.mode)
    if spec is not None:  # in the middle of an exercise: back to its question
        turn.say("cards/note", kind=kind)
        run_event(turn, spec, Event(Ev.WHAT_QUESTION))
    else:
        turn.ask("cards/note", kind=kind)
