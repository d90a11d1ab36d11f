"""Alexa request envelopes, built as the Alexa service sends them.

Used by the simulator and the tests alike, so every turn is a real envelope through lambda_handler.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-steadyground"
# Alexa's real endpoint is https://api.amazonalexa.com (and regional twins). Tests and the simulator
# never reach Amazon: a device not pointed at the stand-in (tools/alexa_api_standin.py) names a
# closed loopback port, so every Alexa API call (the launch asks for the time zone) fails at once,
# as if the service were down.
API_ENDPOINT = "http://127.0.0.1:9"


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slot(name: str, value: str | None, *, resolved_id: str | None = None, resolved_name: str | None = None,
         slot_type: str | None = None, matched: bool | None = None) -> dict[str, Any]:
    """A slot as Alexa sends it. With ``slot_type`` it carries entity resolution: ER_SUCCESS_MATCH
    when ``resolved_id`` is given, ER_SUCCESS_NO_MATCH otherwise."""
    out: dict[str, Any] = {"name": name, "confirmationStatus": "NONE", "source": "USER"}
    if value is not None:
        out["value"] = value
    if slot_type and value is not None:
        authority = f"amzn1.er-authority.echo-sdk.{SKILL_ID}.{slot_type}"
        if resolved_id is not None and matched is not False:
            out["resolutions"] = {"resolutionsPerAuthority": [{
                "authority": authority,
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": resolved_name or value, "id": resolved_id}}],
            }]}
        else:
            out["resolutions"] = {"resolutionsPerAuthority": [{
                "authority": authority, "status": {"code": "ER_SUCCESS_NO_MATCH"}}]}
    return out


@dataclass
class Device:
    """Who is speaking, where: the account, the recognized person (if any), and the device."""

    user_id: str = "amzn1.ask.account.TESTACCOUNT0001"
    person_id: str | None = None
    device_id: str = "amzn1.ask.device.TESTDEVICE0001"
    locale: str = "en-US"
    api_endpoint: str = API_ENDPOINT
    api_access_token: str = "test-api-access-token"
    permissions_token: str | None = None
    skill_id: str = SKILL_ID
    interfaces: dict[str, Any] = field(default_factory=dict)


@dataclass
class Session:
    """A live Alexa session: its id and the attributes the skill asked Alexa to keep."""

    device: Device = field(default_factory=Device)
    session_id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    attributes: dict[str, Any] = field(default_factory=dict)
    new: bool = True
    clock: datetime = field(default_factory=lambda: datetime.now(UTC))

    def envelope(self, request: dict[str, Any], *, in_session: bool = True) -> dict[str, Any]:
        d = self.device
        system: dict[str, Any] = {
            "application": {"applicationId": d.skill_id},
            "user": {"userId": d.user_id},
            "device": {"deviceId": d.device_id, "supportedInterfaces": copy.deepcopy(d.interfaces)},
            "apiEndpoint": d.api_endpoint,
            "apiAccessToken": d.api_access_token,
        }
        if d.permissions_token:
            system["user"]["permissions"] = {"consentToken": d.permissions_token}
        if d.person_id:
            system["person"] = {"personId": d.person_id, "accessToken": "test-person-token"}
        body = {
            "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
            "timestamp": _stamp(self.clock),
            "locale": d.locale,
            **request,
        }
        envelope: dict[str, Any] = {"version": "1.0", "context": {"System": system}, "request": body}
        if in_session:
            envelope["session"] = {
                "new": self.new,
                "sessionId": self.session_id,
                "application": {"applicationId": d.skill_id},
                "user": {"userId": d.user_id},
                "attributes": copy.deepcopy(self.attributes),
            }
        return envelope

    def absorb(self, response: dict[str, Any]) -> None:
        """Carry the response's session attributes into the next turn, as Alexa does."""
        self.new = False
        self.attributes = copy.deepcopy(response.get("sessionAttributes") or {})


def launch() -> dict[str, Any]:
    return {"type": "LaunchRequest"}


def intent(name: str, slots: dict[str, dict[str, Any]] | None = None, *,
           dialog_state: str | None = None) -> dict[str, Any]:
    req: dict[str, Any] = {
        "type": "IntentRequest",
        "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots or {}},
    }
    if dialog_state:
        req["dialogState"] = dialog_state
    return req


def session_ended(reason: str = "USER_INITIATED") -> dict[str, Any]:
    req: dict[str, Any] = {"type": "SessionEndedRequest", "reason": reason}
    if reason == "ERROR":
        req["error"] = {"type": "INVALID_RESPONSE", "message": "An exception occurred"}
    return req


def skill_event(event_type: str = "AlexaSkillEvent.SkillDisabled", user_id: str | None = None,
                device: Device | None = None) -> dict[str, Any]:
    """A skill event (SkillEnabled/SkillDisabled) as Alexa sends it: out of session."""
    d = device or Device()
    return {
        "version": "1.0",
        "context": {"System": {"application": {"applicationId": d.skill_id},
                               "user": {"userId": user_id or d.user_id},
                               "apiEndpoint": d.api_endpoint, "apiAccessToken": d.api_access_token}},
        "request": {
            "type": event_type,
            "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
            "timestamp": _stamp(datetime.now(UTC)),
            "eventCreationTime": _stamp(datetime.now(UTC)),
            "eventPublishingTime": _stamp(datetime.now(UTC)),
            "body": {"userInformation": {"consent": "NONE"}} if event_type.endswith("SkillDisabled") else {},
        },
    }
