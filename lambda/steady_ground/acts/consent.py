"""The consent question, asked before the first save ever (the note waits in ``parked``).
Its answers are in ``handlers/consent.py``."""

from __future__ import annotations

from steady_ground.session import Consent
from steady_ground.turn import Turn


def ask_consent(turn: Turn) -> None:
    """One breath: may I keep notes?"""
    turn.open_question(Consent())
    turn.ask("notes/consent", days=turn.app.settings.retention_days)
