"""Helpers for the notes and storage tests: voices, consent, call counting and fault injection.

Faults go in through botocore's own event hooks on the skill's client, so botocore's real retry
path (standard mode, 2 attempts) runs exactly as it would against DynamoDB.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from botocore.awsrequest import AWSResponse
from botocore.exceptions import EndpointConnectionError, ReadTimeoutError
from tools import alexa

ACCOUNT = "amzn1.ask.account.NOTESACCOUNT01"
OTHER_ACCOUNT = "amzn1.ask.account.NOTESACCOUNT02"
ANNA = "amzn1.ask.person.ANNA0001"
BEN = "amzn1.ask.person.BEN00002"

FAULTS = ("throttle", "server_error", "read_timeout", "connection_refused")
# Deletion also meets BatchWriteItem answering that it processed nothing, however often it is asked.
DELETE_FAULTS = (*FAULTS, "unprocessed")


def voice(person: str | None = None, account: str = ACCOUNT) -> alexa.Device:
    return alexa.Device(user_id=account, person_id=person)


def asks_consent(reply: Any) -> bool:
    """The consent question, in either form: "just for you" (a recognized voice or a privacy code),
    or the truth about a shared account with the code offered."""
    return bool(reply.said("notes/consent") or reply.said("privacy/consent_shared"))


def asks_before_card(reply: Any) -> bool:
    """The question before a card that shows what this is about: anyone with the app can see it."""
    return bool(reply.said("privacy/card_ask")) and reply.card is None


def send(convo: Any, said: str) -> Any:
    """Ask for a card and say yes when asked first (returns the reply that carries the card)."""
    reply = convo.say(said)
    return convo.say("yes") if asks_before_card(reply) else reply


def agree_and_add(convo: Any, text: str) -> Any:
    """Add a note by voice, saying yes to keeping notes if asked. Returns the last reply."""
    opener = "ask steady ground to " if convo.session is None else ""
    reply = convo.say(f"{opener}add a note that {text}")
    if asks_consent(reply):
        reply = convo.say("yes")
    return reply


def add_exact(convo: Any, text: str) -> Any:
    """Add a note whose words arrive exactly as given (the NLU stand-in lowercases typed text)."""
    reply = convo.send(alexa.intent("AddNoteIntent", {"text": alexa.slot("text", text)}))
    if asks_consent(reply):
        reply = convo.say("yes")
    return reply


class _Raw:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.body


def _error_response(url: str, status: int, code: str) -> AWSResponse:
    body = json.dumps({"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": "injected"}).encode()
    headers = {"x-amzn-RequestId": "injected", "Content-Type": "application/x-amz-json-1.0"}
    return AWSResponse(url, status, headers, _Raw(body))


@dataclass
class Wire:
    """Every DynamoDB request the skill's client sends (one per attempt), and faults to inject.

    ``fail(kind, ops)`` makes every attempt of those operations (all, when ops is empty) fail.
    ``calls`` lists operation names per API call (before retries); ``sent`` per attempt.
    """

    client: Any
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    kind: str | None = None
    ops: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        events = self.client.meta.events
        events.register_first("before-send.dynamodb", self._before_send)
        events.register("before-parameter-build.dynamodb", self._before_call)

    def _before_call(self, params: dict[str, Any], model: Any, **_: Any) -> None:
        self.calls.append((model.name, params))

    def _before_send(self, request: Any, event_name: str, **_: Any) -> AWSResponse | None:
        op = event_name.rsplit(".", 1)[-1]
        self.sent.append(op)
        if self.kind is None or (self.ops and op not in self.ops):
            return None
        url = request.url
        if self.kind == "unprocessed" and op == "BatchWriteItem":
            # DynamoDB accepted the call and processed none of it, on every attempt
            request.url = "http://fault.invalid/"
            body = json.dumps({"UnprocessedItems": json.loads(request.body)["RequestItems"]}).encode()
            return AWSResponse(url, 200, {"x-amzn-RequestId": "injected"}, _Raw(body))
        if self.kind == "dropped" and op == "BatchWriteItem":
            # DynamoDB said it processed everything and deleted nothing: only a read can tell
            request.url = "http://fault.invalid/"
            return AWSResponse(url, 200, {"x-amzn-RequestId": "injected"}, _Raw(b'{"UnprocessedItems": {}}'))
        if self.kind in ("unprocessed", "dropped"):
            return None
        if self.kind in ("throttle", "server_error"):
            request.url = "http://fault.invalid/"  # so moto's own stub doesn't also perform it
            if self.kind == "throttle":
                return _error_response(url, 400, "ThrottlingException")
            return _error_response(url, 500, "InternalServerError")
        if self.kind == "read_timeout":
            raise ReadTimeoutError(endpoint_url=url)
        raise EndpointConnectionError(endpoint_url=url)

    def fail(self, kind: str | None, *ops: str) -> None:
        self.kind = kind
        self.ops = frozenset(ops)

    def heal(self) -> None:
        self.fail(None)

    def reset(self) -> None:
        self.calls.clear()
        self.sent.clear()

    def ops_called(self) -> list[str]:
        return [name for name, _ in self.calls]

    def query_partitions(self) -> list[str]:
        """The partition key of every Query: reads never cross owners."""
        return [p["ExpressionAttributeValues"][":pk"]["S"] for name, p in self.calls if name == "Query"]

    def written_partitions(self) -> list[str]:
        out = []
        for name, p in self.calls:
            if name == "PutItem":
                out.append(p["Item"]["pk"]["S"])
            elif name == "DeleteItem":
                out.append(p["Key"]["pk"]["S"])
        return out


def skill_client() -> Any:
    """The skill's own (lazily created, cached) DynamoDB client."""
    from steady_ground.storage.client import dynamodb_client

    return dynamodb_client()


def owner_keys(device: alexa.Device) -> tuple[str, str]:
    """(this voice's partition, the account's partition), as the skill computes them."""
    from steady_ground.config import Settings
    from steady_ground.identity import owner_for

    owner = owner_for(Settings.from_env().id_hash_secret, device.user_id, device.person_id)
    return owner.pk, owner.account_pk


def personal(items: Any) -> list[dict[str, Any]]:
    """Every stored item that belongs to someone (an ``OWNER#`` partition). Left out: the one-day
    record that a request id's destructive action was done (``DONE#``), which names no one."""
    return [i for i in items() if i["pk"].startswith("OWNER#")]


def partition(dynamo: Any, pk: str) -> list[dict[str, Any]]:
    """Every item in one partition, by a consistent Query (how deletes are proven)."""
    from steady_ground.storage.codec import from_item

    result = dynamo.query(
        TableName=os.environ["TABLE_NAME"],
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": pk}},
        ConsistentRead=True,
    )
    return [from_item(i) for i in result.get("Items", [])]
