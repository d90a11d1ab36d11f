"""Skill events: SkillDisabled deletes everything the account and its people kept."""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from steady_ground.app import App
from steady_ground.identity import owner_for
from steady_ground.storage.errors import StorageError
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")


class SkillDisabledHandler(TurnHandler):
    """The skill was disabled: delete every item of the account and of every person under it.

    The event comes out of session and carries only the account's userId; the account partition's
    member registry leads to every person partition. Nothing can be spoken to an event."""

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
        account_pk = owner_for(app.settings.id_hash_secret, user_id, None).account_pk
        try:
            deleted = app.repo.delete_account(account_pk)
        except StorageError as exc:
            # Nothing can be spoken to an event; the error line (request id and type only) is the
            # signal. TTL still removes every note and progress item within the retention time.
            log.error("skill disabled, delete failed: %s request=%s", type(exc).__name__, request_id)
            return handler_input.response_builder.response
        log.info("skill disabled: deleted %d items request=%s", deleted, request_id)
        return handler_input.response_builder.response

    def run(self, turn: Turn) -> None:  # pragma: no cover - handle() does the work
        raise NotImplementedError
