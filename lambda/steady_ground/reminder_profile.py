"""The person's reminder entry in their profile (the alert token, the time, the time zone, when an
offer was last declined), and whether a check-in should offer a reminder. Needs only a turn, so the
check-in (which offers) and the reminders room (which answers) both stand on it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from steady_ground.storage.errors import StaleWrite, StorageError
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

PROFILE_KEY = "reminder"
QUIET_AFTER_NO = timedelta(days=30)


def kept(turn: Turn) -> dict[str, Any]:
    bundle = turn.bundle()
    found = bundle.profile.get(PROFILE_KEY) if bundle else None
    return dict(found) if isinstance(found, dict) else {}


def _with_changes(profile: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = dict(profile)
    entry = dict(merged.get(PROFILE_KEY) or {})
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    merged[PROFILE_KEY] = entry
    return merged


def keep(turn: Turn, **changes: Any) -> bool:
    """Merge ``changes`` into the profile's reminder entry (None removes a key); False if unsaved.
    The write is conditional on the profile this session read: when another device or an older
    session changed it since, the stored profile is read afresh and only these changes applied."""
    bundle = turn.bundle()
    profile = _with_changes(bundle.profile if bundle else {}, changes)
    for _ in range(2):
        try:
            profile["rev"] = turn.app.repo.save_profile(turn.owner, profile, turn.now)
        except StaleWrite:
            try:
                profile = _with_changes(turn.app.repo.load_bundle(turn.owner, turn.now).profile, changes)
            except StorageError:
                break
            continue
        except StorageError as exc:
            log.warning("reminder profile not saved: %s request=%s", type(exc).__name__, turn.request_id)
            break
        turn.remember_profile(profile)
        return True
    turn.remember_profile(profile)
    return False


def should_offer(turn: Turn) -> bool:
    """Offer a reminder after a check-in unless one is set or the person said no lately."""
    if turn.bundle() is None:
        return False  # storage is down: we couldn't remember the answer
    entry = kept(turn)
    if entry.get("token"):
        return False
    declined = entry.get("declined")
    if isinstance(declined, str):
        try:
            return turn.now - datetime.fromisoformat(declined) > QUIET_AFTER_NO
        except ValueError:
            return True
    return True
