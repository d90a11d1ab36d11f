"""Keeping a note: the one path every feature saves through, and the person's note settings.

``keep`` says "saved" only when the write succeeded; the outcome tells the caller what to say.
Before the first save ever it asks for consent (``NEEDS_CONSENT``); the caller parks the note in
the session with ``park`` and asks. Consent, private mode and the shared-device warning are settings
items read with the session's one bundle Query and cached in the session with it.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from steady_ground import privacy_gate, safety
from steady_ground.session import Parked
from steady_ground.storage.errors import NoteTooLong, StorageError
from steady_ground.storage.repository import MAX_NOTE_CHARS, NoteKind
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

CONSENT = "consent"  # value: when it was given (ISO time)
PRIVATE = privacy_gate.PRIVATE  # account-wide: {"by": who turned it on}; hides the past from others
WARNED = privacy_gate.WARNED  # account-wide: the shared-account notice was given (ISO time)
AFTER_SAFETY = "after_safety"  # note data: kept on a yes after the safety answer (read only to its owner)


class Outcome(str, enum.Enum):
    SAVED = "saved"
    FAILED = "failed"  # storage unavailable: nothing was written
    TOO_LONG = "too_long"  # refused whole, never cut
    NEEDS_CONSENT = "needs_consent"  # never asked: ask first, the note waits in the session
    OFF = "off"  # the person said no to keeping notes in this session
    CRISIS = "crisis"  # words of danger: the safety answer takes over, nothing is saved


# -- settings, through the session's cached bundle -----------------------------------------------
def settings(turn: Turn) -> dict[str, Any] | None:
    """This owner's settings, or None when storage can't be reached (callers fail closed)."""
    bundle = turn.bundle()
    if bundle is None:
        return None
    found = bundle.profile.get("settings")
    return dict(found) if isinstance(found, dict) else {}


def _cache_setting(turn: Turn, name: str, value: Any) -> None:
    cached = turn.state.cache
    if cached is None:
        return
    found = cached.profile.get("settings")
    current = dict(found) if isinstance(found, dict) else {}
    if value is None:
        current.pop(name, None)
    else:
        current[name] = value
    cached.profile["settings"] = current


def save_setting(turn: Turn, name: str, value: Any, *, account: bool = False) -> bool:
    """Store a setting for this owner (or for the account); True when it was written."""
    try:
        if value is None:
            turn.app.repo.delete_setting(turn.owner, name, account=account)
        else:
            turn.app.repo.save_setting(turn.owner, name, value, turn.now, account=account)
    except StorageError as exc:
        log.warning("setting not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return False
    if not account or turn.owner.account_pk == turn.owner.pk:
        _cache_setting(turn, name, value)
    return True


def notes_off(turn: Turn) -> bool:
    """The person said no to keeping notes in this session: store nothing more for them."""
    return turn.state.notes_off


def hidden(turn: Turn) -> bool:
    """Reveal nothing of the past, not even that it exists (see ``privacy_gate.hidden``)."""
    return privacy_gate.hidden(turn)


def _record(turn: Turn, action: str, result: dict[str, Any]) -> None:
    try:
        turn.app.repo.record_result(turn.idempotency_key, action, result, turn.now)
    except StorageError:  # the work is done; only a replay's shortcut is lost
        pass


def delete_last(turn: Turn) -> datetime | None:
    """Delete the newest note, once per request: a replay answers about the same note and deletes
    nothing more. Returns when that note was made, or None when there was none. Raises StorageError."""
    repo = turn.app.repo
    prior = repo.claim_request(turn.idempotency_key, "delete_last", turn.now)
    if prior is not None:
        at = prior.get("at")
        return datetime.fromtimestamp(at, UTC) if isinstance(at, int) else None
    page = repo.list_notes(turn.owner, turn.now, limit=1)
    if not page.notes:
        _record(turn, "delete_last", {"at": None})
        return None
    note = page.notes[0]
    repo.delete_note(turn.owner, note.note_id)
    _record(turn, "delete_last", {"at": int(note.created_at.timestamp())})
    return note.created_at


def forget_everything(turn: Turn, *, keep_settings: bool = True) -> bool:
    """Hard-delete what this owner has kept, at once, under every id-hash secret in use; the session
    cache forgets it too. True only when a consistent read proved nothing is left. A replayed request
    deletes nothing more.

    ``keep_settings``: the privacy code and private mode stay (deleting notes must never lower the
    person's protection); "forget my code" passes False and everything goes."""
    keep = _protection(turn) if keep_settings else None
    if keep_settings and keep is None:
        return False  # can't tell what protects them: delete nothing rather than lift it
    try:
        if turn.app.repo.claim_request(turn.idempotency_key, "delete_all", turn.now) is None:
            deleted = sum(turn.app.repo.delete_owner(owner) for owner in (turn.owner, *turn.owner.former))
            _record(turn, "delete_all", {"deleted": deleted})
        else:
            deleted = 0
        if keep is not None:
            code, private = keep
            if code is not None:
                turn.app.repo.put_code(turn.owner.pk, code, turn.now, over=None)
            if private and turn.owner.pk == turn.owner.account_pk:
                turn.app.repo.save_setting(turn.owner, PRIVATE, private, turn.now)
    except StorageError as exc:
        log.warning("delete failed: %s request=%s", type(exc).__name__, turn.request_id)
        return False
    log.info("deleted %d items request=%s", deleted, turn.request_id)
    turn.forget_cache()
    if keep is not None and keep[1] and turn.owner.pk == turn.owner.account_pk:
        _cache_setting(turn, PRIVATE, keep[1])
    turn.state.parked = None
    turn.state.notes_cursor = turn.state.notes_from = None
    return True


def _protection(turn: Turn) -> tuple[Any, Any] | None:
    """The code record and private mode of this partition, to put back after a delete."""
    found = settings(turn)
    if found is None:
        return None
    try:
        code = turn.app.repo.load_code(turn.owner.pk)
    except StorageError:
        return None
    return code, found.get(PRIVATE)


def turn_off(turn: Turn) -> bool:
    """No to keeping notes, or "stop keeping notes": delete what is kept and store nothing more.
    Declining never takes protection away: the privacy code and private mode stay."""
    turn.state.notes_off = True
    return forget_everything(turn)


def give_consent(turn: Turn) -> bool:
    turn.state.notes_off = False
    return save_setting(turn, CONSENT, turn.now.isoformat())


# -- saving --------------------------------------------------------------------------------------
def keep(
    turn: Turn,
    kind: NoteKind,
    text: str,
    data: Mapping[str, Any] | None = None,
    *,
    key: str | None = None,
    at: datetime | None = None,
    screened: bool = False,
) -> Outcome:
    """Save one note. ``key`` and ``at`` come from the request that first heard it, so a retry or a
    replay writes the same item (a conditional put) and never a second copy. Words of danger are
    never saved here unless ``screened``: the person heard the safety answer and said yes, keep it."""
    if len(text) > MAX_NOTE_CHARS:
        return Outcome.TOO_LONG
    if not screened and safety.is_crisis(text, turn.locale):
        return Outcome.CRISIS
    if notes_off(turn):
        return Outcome.OFF
    if screened:  # kept after the safety answer: marked, so it is never read to a voice that may be the danger
        data = {**(data or {}), AFTER_SAFETY: True}
    found = settings(turn)
    if found is None:
        return Outcome.FAILED
    if not found.get(CONSENT):
        return Outcome.NEEDS_CONSENT
    try:
        turn.app.repo.add_note(
            turn.owner, kind, text, at or turn.now, key or turn.idempotency_key, dict(data or {})
        )
    except NoteTooLong:
        return Outcome.TOO_LONG
    except StorageError as exc:
        log.warning("note not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return Outcome.FAILED
    return Outcome.SAVED


def park(
    turn: Turn,
    kind: NoteKind,
    text: str,
    data: Mapping[str, Any] | None = None,
    exercise: str | None = None,
    *,
    screened: bool = False,
    back: str | None = None,
) -> None:
    """Hold a note in the session (waiting for consent, or for a retry) with the identity of the
    request that first heard it. ``exercise``: that exercise's own note, its outcome fed back to it;
    ``back``: a note asked for inside that exercise, which then goes on at its question."""
    turn.state.parked = Parked(
        kind=kind.value,
        text=text,
        data=dict(data or {}),
        key=turn.idempotency_key,
        at=turn.now.astimezone(UTC).isoformat(),
        exercise=exercise,
        screened=screened,
        back=back,
    )


def parked(turn: Turn) -> Parked | None:
    return turn.state.parked


def keep_parked(turn: Turn, held: Parked) -> Outcome:
    try:
        kind = NoteKind(held.kind)
        at = datetime.fromisoformat(held.at)
    except ValueError:
        kind, at = NoteKind.FREE, turn.now
    return keep(turn, kind, held.text, held.data, key=held.key, at=at, screened=held.screened)
