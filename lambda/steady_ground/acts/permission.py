"""The voice permission flow every Alexa API feature shares: ask (Connections.SendRequest AskFor,
with a token naming what it was for), read Alexa's answer (Connections.Response), and fall back to
the consent card in the Alexa app where voice permission isn't available."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ask_sdk_model.interfaces.connections import SendRequestDirective
from ask_sdk_model.ui import AskForPermissionsConsentCard

from steady_ground.session import MENU
from steady_ground.turn import Turn


@dataclass(frozen=True)
class PermissionAnswer:
    """Alexa's answer to our AskFor: the request's status code ("200" when Alexa could ask), the
    person's answer (ACCEPTED, DENIED or NOT_ANSWERED) and our token."""

    code: str
    status: str | None
    token: str

    @property
    def voice_unavailable(self) -> bool:
        return self.code != "200"

    @property
    def accepted(self) -> bool:
        return self.status == "ACCEPTED"


def ask_for(turn: Turn, scope: str, token: str, intro_key: str) -> None:
    """Say why, then let Alexa ask for ``scope``; its answer comes back with ``token``."""
    turn.mode = MENU
    turn.close_question()
    turn.say(intro_key)
    turn.directive(SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": scope, "consentLevel": "ACCOUNT"}],
        },
        token=token,
    ))


def answer_of(request: Any) -> PermissionAnswer:
    code = str(getattr(getattr(request, "status", None), "code", "") or "")
    payload = getattr(request, "payload", None) or {}
    status = payload.get("status") if isinstance(payload, dict) else None
    token = getattr(request, "token", None)
    return PermissionAnswer(code, status if isinstance(status, str) else None, token if isinstance(token, str) else "")


def consent_card(turn: Turn, scope: str) -> None:
    """The card in the Alexa app where the permission can be given."""
    turn.hi.response_builder.set_card(AskForPermissionsConsentCard(permissions=[scope]))
