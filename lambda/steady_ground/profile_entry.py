"""One named entry in the person's profile item (a dict merged in place), read from the session's
cached bundle and written back whole. Used by features that remember a little about themselves
(the talk timer's id, when a talk plan was kept and how it went)."""

from __future__ import annotations

import logging
from typing import Any

from steady_ground.storage.errors import StaleWrite, StorageError
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")


def entry(turn: Turn, key: str) -> dict[str, Any]:
    bundle = turn.bundle()
    found = bundle.profile.get(key) if bundle else None
    return dict(found) if isinstance(found, dict) else {}


def _with_changes(profile: dict[str, Any], key: str, changes: dict[str, Any]) -> dict[str, Any]:
    merged = dict(profile)
    found = dict(merged.get(key) or {})
    for name, value in changes.items():
        if value is None:
            found.pop(name, None)
        else:
            found[name] = value
    merged[key] = found
    return merged


def update(turn: Turn, key: str, **changes: Any) -> bool:
    """Merge ``changes`` into the entry (None removes a key); False when it could not be saved.

    The write is conditional on the profile this session read: when another device or an older
    session changed it since, the stored profile is read afresh and only these changes applied."""
    bundle = turn.bundle()
    profile = _with_changes(bundle.profile if bundle else {}, key, changes)
    for _ in range(2):
        try:
            profile["rev"] = turn.app.repo.save_profile(turn.owner, profile, turn.now)
        except StaleWrite:
            try:
                profile = _with_changes(turn.app.repo.load_bundle(turn.owner, turn.now).profile, key, changes)
            except StorageError:
                break
            continue
        except StorageError as exc:
            log.warning("profile entry not saved: %s %s request=%s", key, type(exc).__name__, turn.request_id)
            break
        turn.remember_profile(profile)
        return True
    turn.remember_profile(profile)
    return False
