"""The deal-breaker reflection on the exercise runtime.

The runtime runs the pure machine in ``conversation/reflection.py``. This module does the reading
the machine must not: the last kept reflection (for the closing's comparison) and the last few (for
the summary). Past answers are spoken only when the person asked for them in that turn.
"""

from __future__ import annotations

import logging

from steady_ground import notes, privacy_gate
from steady_ground.conversation import reflection as machine
from steady_ground.conversation.reflection_summary import Past, clean_answers, clean_feelings
from steady_ground.exercises.runtime import ExerciseSpec
from steady_ground.localtime import local_now
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import NoteKind
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

NAME = "reflection"


def kept_reflections(turn: Turn, limit: int) -> list[Past] | None:
    """The person's last kept reflections, newest first; None when storage can't be read."""
    try:
        page = turn.app.repo.list_notes(turn.owner, turn.now, limit=limit, kind=NoteKind.REFLECTION)
    except StorageError as exc:
        log.warning("reflections not read: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    zone = local_now(turn).tzinfo  # the device's own time zone: a reflection's day is the person's day
    return [
        Past(n.created_at.astimezone(zone).date(), clean_answers((n.data or {}).get("answers")),
             clean_feelings((n.data or {}).get("feelings")))
        for n in page.notes
    ]


def with_last_kept(turn: Turn, state: machine.ReflectionState) -> machine.ReflectionState:
    """A fresh reflection, with the last kept one to compare against in the closing."""
    if notes.hidden(turn):  # private mode, unknown voice: no comparison that would reveal the past
        return state
    found = kept_reflections(turn, 1)
    if not found:
        return state
    privacy_gate.notice(turn)  # the closing compares with the last one: once, say who could hear
    return machine.with_previous(state, found[0].answers, found[0].on, found[0].feelings)


def progress_params(state: machine.ReflectionState) -> dict[str, int]:
    return {"number": state.index + 1}


SPEC = ExerciseSpec(
    name=NAME,
    state_type=machine.ReflectionState,
    initial=machine.initial,
    next_state=machine.next_state,
    start_intents=frozenset({"StartReflectionIntent"}),
    choice_intents={"FrequencyAnswerIntent": "frequency", "MaybeAnswerIntent": "maybe", "PickOrdinalIntent": "ordinal"},
    resume_key="reflection/resume",
    progress_params=progress_params,
    note_kind=NoteKind.REFLECTION,
    prepare=with_last_kept,
)
