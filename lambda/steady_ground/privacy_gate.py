"""Who may hear the past: the privacy code's state for this session, and the gate every replay uses.

A voice Alexa recognizes owns its own partition and needs nothing more. Anyone else speaks for the
account: when the account has a privacy code, nothing kept is played, sent or deleted until the
code is given in this session; without a code the skill warns once before the first replay.

The session remembers two facts, never the digits or the hash: whether the code was given in this
session (for which partition), and whether a code is set (read once a session with one Query).
"""

from __future__ import annotations

import enum
import logging
from typing import TYPE_CHECKING

from steady_ground.storage.errors import StorageError

if TYPE_CHECKING:
    from steady_ground.handlers.common import Turn

log = logging.getLogger("steady_ground")

UNLOCKED = "unlocked"  # session key: the partition whose code was given in this session
CODE_SET = "code_set"  # session key: {"pk": partition, "set": bool}


class Access(enum.Enum):
    OPEN = "open"  # a recognized voice, or the code was given in this session
    CODE = "code"  # a code is set and was not given: say how to get in, reveal nothing
    SHARED = "shared"  # no code, no recognized voice: anyone on the account could ask (warn once)
    UNKNOWN = "unknown"  # storage can't say whether a code is set: fail closed


def unlocked(turn: Turn) -> bool:
    return turn.state.get(UNLOCKED) == turn.owner.pk


def unlock(turn: Turn) -> None:
    turn.state[UNLOCKED] = turn.owner.pk


def lock(turn: Turn) -> None:
    turn.state.pop(UNLOCKED, None)


def code_set(turn: Turn) -> bool | None:
    """Is a privacy code set for this speaker's partition? None when storage can't be read."""
    cached = turn.state.get(CODE_SET)
    if isinstance(cached, dict) and cached.get("pk") == turn.owner.pk and isinstance(cached.get("set"), bool):
        return bool(cached["set"])
    try:
        found = turn.app.repo.load_code(turn.owner.pk) is not None
    except StorageError as exc:
        log.warning("privacy code unreadable: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    remember_code_set(turn, found)
    return found


def remember_code_set(turn: Turn, is_set: bool) -> None:
    turn.state[CODE_SET] = {"pk": turn.owner.pk, "set": is_set}


def access(turn: Turn) -> Access:
    if turn.owner.recognized or unlocked(turn):
        return Access.OPEN
    found = code_set(turn)
    if found is None:
        return Access.UNKNOWN
    return Access.CODE if found else Access.SHARED
