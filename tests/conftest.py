"""Shared fixtures: DynamoDB through moto (in-process, or its server over HTTP), and conversations
that thread session attributes across turns through the real lambda_handler."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

# Before the skill is imported: local credentials, a region, the dev id-hash key, no real AWS.
os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "STEADY_GROUND_ALLOW_DEV_KEY": "1",
        "TABLE_NAME": "SteadyGroundNotes",
    }
)
os.environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
os.environ.pop("SKILL_ID", None)

from tools import alexa
from tools.simulator import Simulator

TABLE = os.environ["TABLE_NAME"]
# A fixed, ordinary moment for conversations: Friday 27 November 2026, 6 pm in New York.
DEFAULT_CLOCK = datetime(2026, 11, 27, 23, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def service_models_read_once() -> Iterator[None]:
    """One botocore data loader for the run. Every test gets fresh botocore sessions (moto clears
    boto3's default session, and the skill's client makes its own), and each fresh session read
    the DynamoDB service model and endpoints from their JSON files again: about 0.1 s of CPU per
    client, two clients a test. The files and what is built from them are the same; only the
    reading is shared, as one botocore session already shares it between its clients."""
    import botocore.session

    real = botocore.session.create_loader
    loaders: dict[str | None, Any] = {}

    def shared(search_path_string: str | None = None) -> Any:
        if search_path_string not in loaders:
            loaders[search_path_string] = real(search_path_string)
        return loaders[search_path_string]

    patch = pytest.MonkeyPatch()
    patch.setattr(botocore.session, "create_loader", shared)
    yield
    patch.undo()


@pytest.fixture
def dynamo(monkeypatch: pytest.MonkeyPatch, service_models_read_once: None) -> Iterator[Any]:
    """In-process moto with the notes table built from template.yaml; a fresh client per test."""
    from moto import mock_aws
    from tools.table import create_table

    from steady_ground.storage import client as storage_client

    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    with mock_aws():
        import boto3

        storage_client.reset()
        client = boto3.client("dynamodb", region_name="us-east-1")
        create_table(client, TABLE)
        yield client
        storage_client.reset()


@pytest.fixture
def handler(dynamo: Any) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """The real Lambda entry point, over moto."""
    import lambda_function

    return lambda_function.lambda_handler  # type: ignore[no-any-return]


@pytest.fixture
def strict_handler(dynamo: Any) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """The skill over moto with errors raised, not apologised for: a crash fails the test."""
    from steady_ground.app import App
    from steady_ground.entry import make_handler

    app = App.default()
    app.raise_errors = True
    return make_handler(app)


@pytest.fixture
def talk(handler: Callable[..., dict[str, Any]]) -> Callable[..., Simulator]:
    """Start a conversation: ``convo = talk()``, then ``convo.say("open steady ground")``."""

    def start(device: alexa.Device | None = None, clock: datetime | None = None, nlu: str = "literal") -> Simulator:
        # Exact by default: a phrase that works here is a phrase in the model. nlu="general" hears
        # people as Alexa would, generalising from the samples (tools/nlu_general.py).
        return Simulator(handler, device=device or alexa.Device(), clock=clock or DEFAULT_CLOCK, nlu=nlu)

    return start


@pytest.fixture
def wire(handler: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Every DynamoDB call the skill's own client makes, and faults to inject into it
    (tests/support/notes.py ``Wire``); botocore's back-off is recorded in ``wire.slept``, not slept."""
    import time
    import types

    import botocore.endpoint

    from tests.support.notes import Wire, skill_client

    slept: list[float] = []
    monkeypatch.setattr(botocore.endpoint, "time", types.SimpleNamespace(sleep=slept.append, time=time.time))
    w = Wire(skill_client())
    w.slept = slept  # type: ignore[attr-defined]
    return w


@pytest.fixture
def items(dynamo: Any) -> Callable[[], list[dict[str, Any]]]:
    """Every item in the table, for asserting what was (and was not) saved."""

    def scan() -> list[dict[str, Any]]:
        from steady_ground.storage.codec import from_item

        out: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {"TableName": TABLE}
        while True:
            page = dynamo.scan(**kwargs)
            out.extend(from_item(i) for i in page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                return out
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    return scan


@pytest.fixture(scope="session")
def alexa_api_server() -> Iterator[Any]:
    """The local stand-in for the Alexa Reminders and Settings APIs, on 127.0.0.1."""
    from tools.alexa_api_standin import AlexaApiStandin

    server = AlexaApiStandin().start()
    yield server
    server.stop()


@pytest.fixture
def alexa_api(alexa_api_server: Any) -> Any:
    """The stand-in, fresh for this test; it knows the default device's access token (no
    reminders permission yet: ``alexa_api.grant(token)``). Point a Device at ``alexa_api.endpoint``."""
    alexa_api_server.reset()
    alexa_api_server.know(alexa.Device().api_access_token)
    return alexa_api_server


@pytest.fixture(scope="session")
def moto_server() -> Iterator[Any]:
    """moto's server over HTTP on a free loopback port, the table built from template.yaml."""
    from tools.local_dynamo import LocalDynamo

    db = LocalDynamo(TABLE).start()
    os.environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)  # each test opts in through `over_http`
    yield db
    db.stop()


@pytest.fixture
def over_http(moto_server: Any, monkeypatch: pytest.MonkeyPatch, service_models_read_once: None) -> Iterator[Any]:
    """Point the skill at moto's server through the standard AWS_ENDPOINT_URL_DYNAMODB variable."""
    from steady_ground.storage import client as storage_client

    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", moto_server.endpoint)
    storage_client.reset()
    yield moto_server
    storage_client.reset()
