"""The consent question, asked before the first save ever (the note waits in ``parked``).
Its answers are in ``handlers/consent.py``."""

from __future__ import annotations

from steady_ground import privacy_gate
from steady_ground.session import Consent
from steady_ground.turn import Turn


def ask_consent(turn: Turn) -> None:
    """One breath: may I keep notes? "Just for you" only when it is true (a voice Alexa recognizes,
    or a privacy code); otherwise the truth about a shared account, with the code offered."""
    turn.open_question(Consent())
    shared = not turn.owner.recognized and privacy_gate.code_set(turn) is not True
    turn.ask("privacy/consent_shared" if shared else "notes/consent", days=turn.app.settings.retention_days)
