"""Notes against moto's DynamoDB server over real HTTP (AWS_ENDPOINT_URL_DYNAMODB), and against
endpoints that refuse or never answer, through the real botocore client and its timeouts."""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from tools import alexa
from tools.simulator import Simulator

from tests.conftest import DEFAULT_CLOCK
from tests.support.checks import assert_valid_response
from tests.support.notes import agree_and_add, owner_keys, partition, send

pytestmark = pytest.mark.integration


@pytest.fixture
def http_talk(over_http: Any):
    import lambda_function

    def start(person: str | None = None, account: str | None = None) -> Simulator:
        device = alexa.Device(user_id=account or f"amzn1.ask.account.{uuid.uuid4().hex}", person_id=person)
        return Simulator(lambda_function.lambda_handler, device=device, clock=DEFAULT_CLOCK, nlu="literal")

    return start


def test_the_whole_notes_journey_over_http(http_talk, over_http):
    db = over_http.client()
    convo = http_talk(person="amzn1.ask.person.HTTPANNA")
    convo.say("open steady ground")
    saved = agree_and_add(convo, "spoken over a real socket")
    assert saved.said("notes/saved")
    assert "spoken over a real socket" in convo.say("read my notes").speech
    card = send(convo, "send my notes to my phone").card
    assert card and "spoken over a real socket" in card[1]
    convo.say("delete all my notes")
    convo.say("yes")
    mine, account = owner_keys(convo.device)
    assert partition(db, mine) == []
    assert not [i for i in partition(db, account) if i["sk"].startswith("MEMBER#")]


def test_skill_disabled_over_http_deletes_the_account_and_its_people(http_talk, over_http):
    db = over_http.client()
    account = f"amzn1.ask.account.{uuid.uuid4().hex}"
    for person in ("amzn1.ask.person.P1", "amzn1.ask.person.P2", None):
        agree_and_add(http_talk(person=person, account=account), "to be forgotten")
    import lambda_function

    lambda_function.lambda_handler(alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id=account), None)
    for person in ("amzn1.ask.person.P1", "amzn1.ask.person.P2", None):
        assert partition(db, owner_keys(alexa.Device(user_id=account, person_id=person))[0]) == []


@pytest.fixture
def silent_endpoint() -> Iterator[str]:
    """A socket that accepts connections and never answers: every read times out."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def refusing_endpoint() -> str:
    """A loopback port nothing listens on: every connection is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("endpoint_fixture", ["refusing_endpoint", "silent_endpoint"])
def test_a_dead_endpoint_still_gets_spoken_answers_and_never_a_false_saved(http_talk, monkeypatch, request, endpoint_fixture):
    from steady_ground.storage import client as storage_client

    convo = http_talk(person="amzn1.ask.person.DEAD")
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", request.getfixturevalue(endpoint_fixture))
    storage_client.reset()
    launch = convo.say("open steady ground")
    assert_valid_response(launch.raw, "LaunchRequest")
    assert launch.session_open
    reply = convo.say("add a note that lost in the void")
    assert "saved" not in reply.speech.lower().replace("isn't saved", "").replace("not saved", "")
    assert reply.session_open and reply.speech.endswith("?")
    storage_client.reset()
