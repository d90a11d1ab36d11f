"""Skill events: SkillDisabled deletes everything the account and its people kept."""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from steady_ground.app import App
from steady_ground.deletion import disable_account
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")


class SkillDisabledHandler(TurnHandler):
    """The skill was disabled: delete every item of the account and of every person under it.

    The event comes out of session and carries only the account's userId; the account partition's
    member registry leads to every person partition. Nothing can be spoken to an event; a deletion
    that did not finish fails the invocation and leaves its tombstone for the sweep (deletion.py)."""

    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "AlexaSkillEvent.SkillDisabled"

    def handle(self, handler_input: HandlerInput) -> Response:
        app = handler_input.attributes_manager.request_attributes["app"]
        assert isinstance(app, App)
        envelope = handler_input.request_envelope
        request_id = getattr(envelope.request, "request_id", None)
        system = envelope.context.system if envelope.context else None
        user_id = getattr(getattr(system, "user", None), "user_id", None)
        if not user_id:
            log.warning("skill disabled without a user request=%s", request_id)
            return handler_input.response_builder.response
        disable_account(app, user_id, request_id)  # raises when unfinished: the event fails
        return handler_input.response_builder.response

    def run(self, turn: Turn) -> None:  # pragma: no cover - handle() does the work
        raise NotImplementedError
