"""Keeping a note: the one path every feature saves through.

It says "saved" only when the write succeeded. The outcome tells the caller what to say.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from steady_ground.storage.errors import NoteTooLong, StorageError
from steady_ground.storage.repository import MAX_NOTE_CHARS, NoteKind

if TYPE_CHECKING:
    from steady_ground.handlers.common import Turn

log = logging.getLogger("steady_ground")


class Outcome(str, enum.Enum):
    SAVED = "saved"
    FAILED = "failed"  # storage unavailable: nothing was written
    TOO_LONG = "too_long"  # refused whole, never cut


def keep(turn: Turn, kind: NoteKind, text: str, data: Mapping[str, Any] | None = None) -> Outcome:
    if len(text) > MAX_NOTE_CHARS:
        return Outcome.TOO_LONG
    try:
        turn.app.repo.add_note(turn.owner, kind, text, turn.now, turn.idempotency_key, dict(data or {}))
    except NoteTooLong:
        return Outcome.TOO_LONG
    except StorageError as exc:
        log.warning("note not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return Outcome.FAILED
    return Outcome.SAVED
