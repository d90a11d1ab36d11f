"""Alexa's answer to a voice permission request (Connections.Response to AskFor), handed to the
feature that asked: our token's prefix says which one, and carries what it was for."""

from __future__ import annotations

from collections.abc import Callable

from steady_ground.acts import permission
from steady_ground.acts.replies import anything_else
from steady_ground.handlers import reminders, talk_timer
from steady_ground.turn import Peek, Turn, TurnHandler

# Token prefix -> the feature's answer. A token we don't know gets a plain "what next?".
ASKED_BY: dict[str, Callable[[Turn, permission.PermissionAnswer], None]] = {
    reminders.TOKEN_SET: reminders.answer_permission,
    talk_timer.TOKEN_SET: talk_timer.answer_permission,
}


class PermissionResponseHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "Connections.Response"

    def run(self, turn: Turn) -> None:
        answer = permission.answer_of(turn.request)
        if getattr(turn.request, "name", None) == "AskFor":
            for prefix, answered in ASKED_BY.items():
                if answer.token.startswith(prefix):
                    answered(turn, answer)
                    return
        anything_else(turn)
