"""Robustness: generated requests, valid and broken, never make the skill raise or answer badly.

Random intents and slots from the model, missing fields, wrong types, garbage or old-version
session attributes, huge strings, all kinds of Unicode. Every answer must pass ask-sdk-model's
serializer and, when it speaks, parse as SSML Alexa accepts. CI runs 1,000 examples on the
in-memory repository and 100 on moto; ``make test-slow`` runs ``SG_FUZZ_EXAMPLES`` (20,000).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tools import alexa

from steady_ground.config import DEV_ID_HASH_KEY
from steady_ground.identity import owner_for
from tests.support.ssml import problems

MODEL = Path(__file__).resolve().parent.parent / "interaction_models" / "en-US.json"
CLOCK = datetime(2026, 11, 27, 23, 0, 0, tzinfo=UTC)
CI_EXAMPLES = 1000
SLOW_EXAMPLES = int(os.environ.get("SG_FUZZ_EXAMPLES", "20000"))

_LM = json.loads(MODEL.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
INTENTS = {i["name"]: [s["name"] for s in i.get("slots", [])] for i in _LM["intents"]}
VALUES = sorted({v["name"]["value"] for t in _LM.get("types", []) for v in t["values"]})
IDS = sorted({v.get("id", "") for t in _LM.get("types", []) for v in t["values"]})
QUESTIONS = [
    {"kind": "safety"}, {"kind": "resume", "exercise": "boundary"}, {"kind": "fresh", "exercise": "reflection"},
    {"kind": "resume", "exercise": "gone"}, {"kind": "consent"}, {"kind": "delete_all"}, {"kind": "retry_note"},
    {"kind": "reminder_set", "hour": 25, "minute": 99}, {"kind": "reminder_set", "hour": 8, "minute": 0},
    {"kind": "reminder_offer"}, {"kind": "suggest", "topic": "nope"}, {"kind": "resume"}, {"kind": "bogus"},
]
# The default test device's owner key under the development secret, so planted states are its own.
OWNER = owner_for(DEV_ID_HASH_KEY.encode(), alexa.Device().user_id, None).pk
MODES = ["menu", "guidance", "guidance_menu", "boundary", "reflection", "checkin", "note_capture", "notes", "x", ""]

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["", " ", "&", "<speak>", "]]>", '"quoted" & <tag>', "I'm not safe", "\u202e\u0000",
                     "x" * 2000, "\U0001f600" * 500, "drop table;--", "{{ 7*7 }}", "{% raw %}"]),
    st.sampled_from(VALUES or ["value"]),
)
junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def slot(draw: Any, name: str) -> Any:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(junk)
    value = draw(st.none() | texts)
    out: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if value is not None:
        out["value"] = value
    if kind >= 3:
        code = draw(st.sampled_from(["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "bogus"]))
        values = [{"value": {"name": value or "", "id": draw(st.sampled_from([*IDS, "nope", ""]))}}]
        out["resolutions"] = {"resolutionsPerAuthority": [{"authority": "a", "status": {"code": code},
                                                            **({"values": values} if kind == 4 else {})}]}
    return out


@st.composite
def session_attributes(draw: Any) -> Any:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(junk)
    sg: dict[str, Any] = {
        "version": draw(st.just(1) | st.integers(-1, 3) | junk),
        "owner": draw(st.none() | st.sampled_from([OWNER, "OWNER#someone-else"]) | junk),
        "mode": draw(st.sampled_from(MODES) | junk),
        "question": draw(st.none() | st.sampled_from(QUESTIONS) | junk),
        "topic": draw(st.none() | st.sampled_from(["boundaries", "why_resist", "nope"]) | junk),
        "part": draw(st.integers(-2, 9) | junk),
        "menu_page": draw(st.integers(-3, 5) | junk),
        "last": draw(st.none() | st.fixed_dictionaries({"speech": texts, "reprompt": texts}) | junk),
        "cache": draw(st.none() | st.fixed_dictionaries({"profile": junk, "progress": junk, "exists": junk}) | junk),
        "parked": draw(st.none() | st.fixed_dictionaries({"kind": texts, "text": texts, "data": junk, "key": texts,
                                                          "at": texts, "exercise": junk}) | junk),
        "exercises": draw(st.dictionaries(st.sampled_from(["boundary", "reflection", "checkin", "x"]),
                                          # states from older or newer versions, or no state at all
                                          st.fixed_dictionaries({"version": st.integers(-1, 5) | junk,
                                                                 "step": texts | junk}) | junk, max_size=3) | junk),
        "held": draw(st.none() | junk),
    }
    return {"sg": sg if kind > 1 else draw(junk)}


@st.composite
def request_envelope(draw: Any) -> Any:
    locale = draw(st.sampled_from(["en-US", "en-GB", "en-AU", "fr-FR", "", None]) | texts)
    kind = draw(st.sampled_from(["intent"] * 6 + ["launch", "ended", "other", "junk"]))
    if kind == "intent":
        name = draw(st.sampled_from(sorted(INTENTS)) | texts)
        slots = {n: draw(slot(n)) for n in INTENTS.get(name, []) if draw(st.booleans())}
        if draw(st.integers(0, 9)) == 0:
            slots[draw(st.text(max_size=6))] = draw(slot("extra"))
        request = alexa.intent(name, slots, dialog_state=draw(st.none() | st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED"])))
    elif kind == "launch":
        request = alexa.launch()
    elif kind == "ended":
        request = alexa.session_ended(draw(st.sampled_from(["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"])))
    elif kind == "other":
        request = {"type": draw(st.sampled_from(["System.ExceptionEncountered", "Alexa.Presentation.APL.UserEvent",
                                                 "Messaging.MessageReceived", "CanFulfillIntentRequest"]))}
    else:
        request = draw(junk)
    device = alexa.Device(locale=locale if isinstance(locale, str) else "en-US", api_endpoint="http://127.0.0.1:9")
    session = alexa.Session(device=device, clock=CLOCK, new=draw(st.booleans()), attributes={})
    envelope = session.envelope(request if isinstance(request, dict) else {"type": "IntentRequest"})
    if isinstance(request, dict):
        envelope["request"]["locale"] = locale
    else:
        envelope["request"] = request
    envelope["session"]["attributes"] = draw(session_attributes())
    # Break it: drop or replace fields at random.
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["top", "request", "session", "system"]))
        context = envelope.get("context")
        target = {"top": envelope, "request": envelope.get("request"), "session": envelope.get("session"),
                  "system": context.get("System") if isinstance(context, dict) else None}[where]
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            if draw(st.booleans()):
                del target[key]
            else:
                target[key] = draw(junk)
    return envelope


def check(handler: Any, envelope: dict[str, Any]) -> None:
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_model import ResponseEnvelope

    raw = handler(envelope, None)  # never raises
    serializer = DefaultSerializer()
    parsed = serializer.deserialize(json.dumps(raw), ResponseEnvelope)
    assert parsed is not None and json.loads(json.dumps(serializer.serialize(parsed))) is not None
    response = raw.get("response") or {}
    for speech in (response.get("outputSpeech"), (response.get("reprompt") or {}).get("outputSpeech")):
        if speech:
            assert problems(speech["ssml"]) == [], speech["ssml"][:300]
    if response.get("shouldEndSession") is False:
        assert response.get("reprompt"), "an open session always has a reprompt"


def memory_handler() -> Any:
    from steady_ground.app import App
    from steady_ground.config import Settings
    from steady_ground.entry import make_handler
    from steady_ground.render import Renderer
    from steady_ground.storage.memory import InMemoryNotesRepository

    app = App(settings=Settings.from_env(), renderer=Renderer(), repo=InMemoryNotesRepository(), clock=lambda: CLOCK,
              raise_errors=True)
    return make_handler(app)


_MEMORY: list[Any] = []


def _memory() -> Any:
    if not _MEMORY:
        _MEMORY.append(memory_handler())
    return _MEMORY[0]


@settings(max_examples=CI_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(request_envelope())
def test_any_request_gets_a_valid_answer_in_memory(envelope):
    check(_memory(), envelope)


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
@given(envelope=request_envelope())
def test_any_request_gets_a_valid_answer_on_moto(strict_handler, envelope):
    check(strict_handler, envelope)


@pytest.mark.slow
@settings(max_examples=SLOW_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(request_envelope())
def test_many_more_requests_get_a_valid_answer(envelope):
    check(_memory(), envelope)
