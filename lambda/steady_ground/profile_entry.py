"""One named entry in the person's profile item (a dict merged in place), read from the session's
cached bundle and written back whole. Used by features that remember a little about themselves
(the talk timer's id, when a talk plan was kept and how it went)."""

from __future__ import annotations

import logging
from typing import Any

from steady_ground.storage.errors import StorageError
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")


def entry(turn: Turn, key: str) -> dict[str, Any]:
    bundle = turn.bundle()
    found = bundle.profile.get(key) if bundle else None
    return dict(found) if isinstance(found, dict) else {}


def update(turn: Turn, key: str, **changes: Any) -> bool:
    """Merge ``changes`` into the entry (None removes a key); False when it could not be saved."""
    bundle = turn.bundle()
    profile = dict(bundle.profile) if bundle else {}
    merged = dict(profile.get(key) or {})
    for name, value in changes.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = value
    profile[key] = merged
    turn.remember_profile(profile)
    try:
        turn.app.repo.save_profile(turn.owner, profile)
    except StorageError as exc:
        log.warning("profile entry not saved: %s %s request=%s", key, type(exc).__name__, turn.request_id)
        return False
    return True
