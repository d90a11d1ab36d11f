"""The deal-breaker reflection in the shared exercise room, and "how have my reflections changed?".

The room runs the pure machine in ``conversation/reflection.py``. This module does the reading the
machine must not: the last kept reflection (for the closing's comparison) and the last few (for the
summary). Past answers are spoken only when the person asked for them in that turn.
"""

from __future__ import annotations

import logging

from steady_ground import notes
from steady_ground.conversation import reflection as machine
from steady_ground.conversation.machine import Ev, Event
from steady_ground.conversation.reflection_summary import Past, clean_answers, summary_params
from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.handlers.exercise import ExerciseSpec, register, run_event
from steady_ground.localtime import local_date
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import NoteKind

log = logging.getLogger("steady_ground")

NAME = "reflection"
HISTORY_LIMIT = 3  # the summary covers at most the last three kept reflections


def kept_reflections(turn: Turn, limit: int) -> list[Past] | None:
    """The person's last kept reflections, newest first; None when storage can't be read."""
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=limit, kind=NoteKind.REFLECTION)
    except StorageError as exc:
        log.warning("reflections not read: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    return [Past(local_date(n.created_at, turn.locale), clean_answers((n.data or {}).get("answers"))) for n in page.notes]


def with_last_kept(turn: Turn, state: machine.ReflectionState) -> machine.ReflectionState:
    """A fresh reflection, with the last kept one to compare against in the closing."""
    if notes.hidden(turn):  # private mode, unknown voice: no comparison that would reveal the past
        return state
    found = kept_reflections(turn, 1)
    if not found:
        return state
    return machine.with_previous(state, found[0].answers, found[0].on)


SPEC = register(
    ExerciseSpec(
        name=NAME,
        state_type=machine.ReflectionState,
        initial=machine.initial,
        next_state=machine.next_state,
        start_intents=frozenset({"StartReflectionIntent"}),
        choice_intents={"FrequencyAnswerIntent": "frequency", "MaybeAnswerIntent": "maybe"},
        resume_key="reflection/resume",
        progress_params=lambda state: {"number": state.index + 1},
        note_kind=NoteKind.REFLECTION,
        prepare=with_last_kept,
    )
)


class ReflectionHistoryHandler(TurnHandler):
    """ "How have my reflections changed?": the last few kept reflections, in a few sentences."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "ReflectionHistoryIntent"

    def run(self, turn: Turn) -> None:
        pasts = None if notes.hidden(turn) else kept_reflections(turn, HISTORY_LIMIT)
        if notes.hidden(turn):
            turn.say("notes/private_only")
        elif pasts is None:
            turn.say("reflection/history_unavailable")
        else:
            turn.say("reflection/history", **summary_params(pasts))
        if turn.mode == NAME:  # asked mid-reflection: carry on where they were
            run_event(turn, SPEC, Event(Ev.REPEAT))
            return
        turn.ask("reflection/history_next")
