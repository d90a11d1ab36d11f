"""Turns a raw Alexa event into a response envelope, whatever the event looks like.

A malformed request still gets a valid spoken answer; a request for another skill id is refused.
"""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Callable
from typing import Any

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_model import RequestEnvelope

from steady_ground.app import App
from steady_ground.deletion import sweep
from steady_ground.skill import build_skill

log = logging.getLogger("steady_ground")
log.setLevel(logging.INFO)

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


class ForeignSkill(Exception):
    """The request names a skill id other than ours."""


# A turn makes a few thousand short-lived objects. A larger first-generation threshold lets most
# turns finish with no collection at all, instead of several small ones in the middle of a reply.
GC_THRESHOLDS = (20_000, 20, 20)


def settle_after_init() -> None:
    """After the build at import: everything loaded so far lives as long as the process, so it is
    frozen out of every future collection, and collection resumes with turn-sized thresholds."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    gc.enable()


def make_handler(app: App | None = None) -> Handler:
    app = app or App.default()
    skill = build_skill(app)
    serializer = skill.serializer
    fallback_ssml = app.renderer.block(app.settings.default_locale, "builtins/malformed", "speech")
    fallback_reprompt = app.renderer.block(app.settings.default_locale, "builtins/malformed", "reprompt")

    def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        if is_scheduled(event):  # the deletion sweep (template.yaml: DeletionSweep), not Alexa
            result = sweep(app)
            return {"finished": result.finished, "unfinished": result.unfinished}
        try:
            envelope = serializer.deserialize(json.dumps(event), RequestEnvelope)
            if envelope is None or envelope.request is None:
                raise ValueError("no request in the envelope")
        except Exception as exc:
            log.warning("malformed request: %s", type(exc).__name__)
            return _spoken(fallback_ssml, fallback_reprompt)
        problem = shape_problem(envelope, app.settings.skill_id)
        if problem:
            log.warning("malformed request: %s", problem)
            return _spoken(fallback_ssml, fallback_reprompt)
        if envelope.session is None and envelope.request.object_type != DISABLED:
            # Skill events (SkillEnabled, permission changes...) and other out-of-session requests:
            # nothing to say and nobody to say it to; an empty success.
            log.info("out-of-session request %s", envelope.request.object_type)
            return {"version": "1.0", "response": {}}
        try:
            response = skill.invoke(request_envelope=envelope, context=context)
        except AskSdkException as exc:
            if "Skill ID Verification" in str(exc):
                log.warning("refused a request for another skill id")
                raise ForeignSkill("skill id verification failed") from None
            log.error("sdk error %s", type(exc).__name__)
            return _spoken(fallback_ssml, fallback_reprompt)
        serialized: dict[str, Any] = serializer.serialize(response)  # type: ignore[assignment]
        return serialized

    return lambda_handler


DISABLED = "AlexaSkillEvent.SkillDisabled"
SPEECH_REQUESTS = frozenset({"LaunchRequest", "IntentRequest", "SessionEndedRequest"})


def shape_problem(envelope: RequestEnvelope, skill_id: str | None) -> str | None:
    """What makes an envelope unusable before any handler runs: no system context or no
    application id to verify while a skill id is set, or a spoken request with no session."""
    system = envelope.context.system if envelope.context is not None else None
    if system is None:
        return "no context.System"
    if skill_id and getattr(system.application, "application_id", None) is None:
        return "no application id to verify"
    if getattr(envelope.request, "object_type", None) in SPEECH_REQUESTS and envelope.session is None:
        return "a spoken request without a session"
    return None


def is_scheduled(event: Any) -> bool:
    """An EventBridge schedule's event: only the sweep's rule may invoke the function with one."""
    return isinstance(event, dict) and event.get("source") == "aws.events" and event.get("detail-type") == "Scheduled Event"


def _spoken(ssml: str, reprompt: str) -> dict[str, Any]:
    envelope = {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>{ssml}</speak>"},
            "reprompt": {"outputSpeech": {"type": "SSML", "ssml": f"<speak>{reprompt}</speak>"}},
            "shouldEndSession": False,
        },
    }
    return envelope

