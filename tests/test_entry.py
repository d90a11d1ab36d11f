"""The Lambda entry point: malformed requests, skill id verification, and errors that stay kind."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from tools import alexa

from steady_ground.app import App
from steady_ground.config import Settings
from steady_ground.entry import ForeignSkill, make_handler
from steady_ground.render import Renderer
from steady_ground.storage.memory import InMemoryNotesRepository
from tests.support.checks import assert_valid_response, spoken_text


@pytest.mark.parametrize(
    "event",
    [
        {},
        {"garbage": True},
        {"version": "1.0"},
        {"version": "1.0", "request": "not an object"},
        {"version": "1.0", "request": {"type": "IntentRequest", "intent": 42}},
        {"version": "1.0", "request": {"type": "IntentRequest", "timestamp": "yesterday", "requestId": 7}},
        {"version": "1.0", "session": "nope", "request": {"type": "LaunchRequest"}},
    ],
)
def test_malformed_requests_get_a_clear_spoken_answer(handler, event):
    raw = handler(event, None)
    assert_valid_response(raw)
    said = spoken_text(raw["response"]["outputSpeech"]["ssml"])
    assert said.startswith("Sorry, I couldn't understand that request."), said
    assert "guidance" in said and raw["response"]["shouldEndSession"] is False


def test_an_unknown_request_type_gets_a_valid_response(handler):
    envelope = alexa.Session().envelope({"type": "Alexa.Presentation.APL.UserEvent", "arguments": []})
    raw = handler(envelope, None)
    assert raw["version"] == "1.0"
    # A screen event is not something said: it is answered quietly, and never left open without a reprompt.
    response = raw["response"]
    assert "outputSpeech" not in response and "reprompt" not in response
    assert response.get("shouldEndSession") is not False


def _app(**settings: Any) -> App:
    base = {"table_name": "t", "retention_days": 180, "id_hash_secret": b"k" * 32, "skill_id": None}
    base.update(settings)
    return App(settings=Settings(**base), renderer=Renderer(), repo=InMemoryNotesRepository())


def test_skill_id_verification_refuses_another_skill():
    ours = make_handler(_app(skill_id=alexa.SKILL_ID))
    assert_valid_response(ours(alexa.Session().envelope(alexa.launch()), None))
    stranger = alexa.Session(device=alexa.Device(skill_id="amzn1.ask.skill.someone-else"))
    with pytest.raises(ForeignSkill):
        ours(stranger.envelope(alexa.launch()), None)


class ExplodingRepo(InMemoryNotesRepository):
    def load_bundle(self, owner, now):  # type: ignore[no-untyped-def]
        raise RuntimeError("a bug, not an outage")


def test_an_error_anywhere_gets_a_kind_apology_and_logs_no_personal_words(caplog):
    app = _app()
    app.repo = ExplodingRepo()
    handle = make_handler(app)
    session = alexa.Session()
    caplog.set_level(logging.INFO, logger="steady_ground")
    envelope = session.envelope(alexa.launch())
    raw = handle(envelope, None)
    assert_valid_response(raw)
    speech = raw["response"]["outputSpeech"]["ssml"]
    assert "sorry" in speech.lower()
    assert envelope["request"]["requestId"] in caplog.text, "the error is logged with the request id"
    assert "RuntimeError" in caplog.text
    assert session.device.user_id not in caplog.text
    assert "a bug, not an outage" not in caplog.text


def test_missing_secret_fails_loudly_in_lambda():
    from steady_ground.config import ConfigurationError

    with pytest.raises(ConfigurationError):
        Settings.from_env({"AWS_LAMBDA_FUNCTION_NAME": "steady-ground"})
    assert Settings.from_env({}).id_hash_secret  # locally, a development key


# -- every request gets a sane answer (issue 16) -------------------------------------------------------


@pytest.mark.parametrize(
    "event_type",
    ["AlexaSkillEvent.SkillEnabled", "AlexaSkillEvent.SkillPermissionAccepted", "AlexaSkillEvent.SkillPermissionChanged",
     "AlexaSkillEvent.SkillAccountLinked", "Reminders.ReminderStarted", "Messaging.MessageReceived"],
)
def test_skill_events_and_other_out_of_session_requests_get_an_empty_success(event_type, caplog):
    handle = make_handler(_app(skill_id=alexa.SKILL_ID))
    caplog.set_level(logging.INFO, logger="steady_ground")
    raw = handle(alexa.skill_event(event_type), None)
    assert raw == {"version": "1.0", "response": {}}
    assert "error" not in caplog.text.lower()


def _without(path: tuple[str, ...]) -> dict[str, Any]:
    envelope = alexa.Session().envelope(alexa.intent("ReadNotesIntent"))
    node = envelope
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return envelope


@pytest.mark.parametrize(
    "path",
    [("context", "System", "application"), ("context", "System"), ("context",), ("session",)],
)
def test_an_envelope_missing_what_verification_needs_gets_a_spoken_answer_and_touches_nothing(path):
    app = _app(skill_id=alexa.SKILL_ID)
    raw = make_handler(app)(_without(path), None)
    assert_valid_response(raw)
    assert spoken_text(raw["response"]["outputSpeech"]["ssml"]).startswith("Sorry, I couldn't understand that request.")
    assert app.repo.profiles == {} and app.repo.members == {}  # type: ignore[attr-defined]


def test_in_lambda_the_function_refuses_to_start_without_a_skill_id():
    from steady_ground.config import ConfigurationError

    lambda_env = {"AWS_LAMBDA_FUNCTION_NAME": "steady-ground", "ID_HASH_SECRET": "s" * 32}
    with pytest.raises(ConfigurationError, match="SKILL_ID"):
        Settings.from_env(lambda_env)
    assert Settings.from_env({**lambda_env, "SKILL_ID": alexa.SKILL_ID}).skill_id == alexa.SKILL_ID
    assert Settings.from_env({}).skill_id is None  # locally, the simulator needs none


def test_a_previous_secret_shorter_than_the_minimum_is_refused_in_lambda():
    from steady_ground.config import ConfigurationError

    env = {"AWS_LAMBDA_FUNCTION_NAME": "f", "ID_HASH_SECRET": "s" * 32, "SKILL_ID": alexa.SKILL_ID}
    with pytest.raises(ConfigurationError):
        Settings.from_env({**env, "ID_HASH_SECRET_PREVIOUS": "short"})
    both = Settings.from_env({**env, "ID_HASH_SECRET_PREVIOUS": "p" * 32 + ", " + "q" * 32})
    assert both.id_hash_secrets == (b"s" * 32, b"p" * 32, b"q" * 32)
