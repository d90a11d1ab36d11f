"""The person's reminder entry in their profile (the alert token, the time, the time zone, when an
offer was last declined), and whether a check-in should offer a reminder. Needs only a turn, so the
check-in (which offers) and the reminders room (which answers) both stand on it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from steady_ground import profile_entry
from steady_ground.turn import Turn

PROFILE_KEY = "reminder"
QUIET_AFTER_NO = timedelta(days=30)


def kept(turn: Turn) -> dict[str, Any]:
    return profile_entry.entry(turn, PROFILE_KEY)


def keep(turn: Turn, **changes: Any) -> bool:
    """Merge ``changes`` into the profile's reminder entry (None removes a key); False if unsaved."""
    return profile_entry.update(turn, PROFILE_KEY, **changes)


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
