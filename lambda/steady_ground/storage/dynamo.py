"""The notes repository on DynamoDB, through an injected boto3 client."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from steady_ground.storage.codec import from_item, to_item
from steady_ground.storage.errors import AlreadyExists, NoteTooLong, StorageError, StorageUnavailable
from steady_ground.storage.repository import (
    MAX_NOTE_CHARS,
    Bundle,
    Note,
    NoteKind,
    NotesPage,
    Owner,
)

PROFILE_SK = "META#profile"
PROGRESS_PREFIX = "META#progress#"
NOTE_PREFIX = "NOTE#"

_UNAVAILABLE_CODES = {
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "InternalServerError",
    "ServiceUnavailable",
    "TransactionConflictException",
}


def map_error(exc: Exception) -> StorageError:
    """Map anything boto3/botocore raises onto the skill's own errors."""
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code", "")
        if code == "ConditionalCheckFailedException":
            return AlreadyExists(code)
        if code in _UNAVAILABLE_CODES or str(response.get("ResponseMetadata", {}).get("HTTPStatusCode", "")).startswith("5"):
            return StorageUnavailable(code)
        return StorageError(code or type(exc).__name__)
    # Connection refused, connect/read timeouts and other transport failures.
    return StorageUnavailable(type(exc).__name__)


def _epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%f")[:-3] + "Z"


class DynamoNotesRepository:
    def __init__(self, client: Callable[[], Any] | Any, table_name: str, retention_days: int) -> None:
        self._client_factory = client if callable(client) and not hasattr(client, "query") else (lambda: client)
        self.table_name = table_name
        self.retention = timedelta(days=retention_days)

    @property
    def client(self) -> Any:
        return self._client_factory()

    def _call(self, op: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.client, op)(TableName=self.table_name, **kwargs)
        except StorageError:
            raise
        except Exception as exc:  # botocore errors are mapped, never leaked
            raise map_error(exc) from exc

    def _expires(self, now: datetime) -> int:
        return _epoch(now + self.retention)

    # -- session start -------------------------------------------------------------------------
    def load_bundle(self, owner: Owner, now: datetime) -> Bundle:
        result = self._call(
            "query",
            KeyConditionExpression="pk = :pk AND begins_with(sk, :meta)",
            ExpressionAttributeValues={":pk": {"S": owner.pk}, ":meta": {"S": "META#"}},
            ConsistentRead=True,
        )
        bundle = Bundle()
        cutoff = _epoch(now)
        for raw in result.get("Items", []):
            item = from_item(raw)
            if item.get("expires_at") and int(item["expires_at"]) <= cutoff:
                continue
            bundle.exists = True
            if item["sk"] == PROFILE_SK:
                bundle.profile = json.loads(item.get("body", "{}"))
            elif item["sk"].startswith(PROGRESS_PREFIX):
                bundle.progress[item["sk"][len(PROGRESS_PREFIX):]] = json.loads(item.get("body", "{}"))
        return bundle

    def save_profile(self, owner: Owner, profile: dict[str, Any]) -> None:
        item = {"pk": owner.pk, "sk": PROFILE_SK, "body": json.dumps(profile, separators=(",", ":"))}
        self._call("put_item", Item=to_item(item))

    def save_progress(self, owner: Owner, exercise: str, state: dict[str, Any], now: datetime) -> None:
        item = {
            "pk": owner.pk,
            "sk": PROGRESS_PREFIX + exercise,
            "body": json.dumps(state, separators=(",", ":")),
            "expires_at": self._expires(now),
        }
        self._call("put_item", Item=to_item(item))

    def clear_progress(self, owner: Owner, exercise: str) -> None:
        self._call("delete_item", Key=to_item({"pk": owner.pk, "sk": PROGRESS_PREFIX + exercise}))

    # -- notes ---------------------------------------------------------------------------------
    def add_note(
        self,
        owner: Owner,
        kind: NoteKind,
        text: str,
        now: datetime,
        idempotency_key: str,
        data: dict[str, Any] | None = None,
    ) -> Note:
        if len(text) > MAX_NOTE_CHARS:
            raise NoteTooLong(len(text), MAX_NOTE_CHARS)
        digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:16]
        sk = f"{NOTE_PREFIX}{_stamp(now)}#{digest}"
        values: dict[str, Any] = {
            "pk": owner.pk,
            "sk": sk,
            "kind": kind.value,
            "text": text,
            "created_at": _epoch(now),
            "expires_at": self._expires(now),
        }
        if data:
            values["data"] = data
        try:
            self._call(
                "put_item",
                Item=to_item(values),
                ConditionExpression="attribute_not_exists(sk)",
            )
        except AlreadyExists:
            pass  # the same request replayed: the note is already there, once.
        return self._note(values)

    @staticmethod
    def _note(item: dict[str, Any]) -> Note:
        return Note(
            note_id=item["sk"][len(NOTE_PREFIX):],
            kind=NoteKind(item.get("kind", NoteKind.FREE.value)),
            text=item.get("text", ""),
            created_at=datetime.fromtimestamp(int(item["created_at"]), tz=UTC),
            data=item.get("data") or {},
        )

    def list_notes(
        self,
        owner: Owner,
        now: datetime,
        limit: int = 3,
        cursor: str | None = None,
        kind: NoteKind | None = None,
    ) -> NotesPage:
        values: dict[str, Any] = {":pk": {"S": owner.pk}, ":note": {"S": NOTE_PREFIX}, ":now": {"N": str(_epoch(now))}}
        filter_expr = "expires_at > :now"
        names: dict[str, str] = {}
        if kind is not None:
            filter_expr += " AND #kind = :kind"
            values[":kind"] = {"S": kind.value}
            names["#kind"] = "kind"
        notes: list[Note] = []
        start: dict[str, Any] | None = None
        if cursor:
            start = {"pk": {"S": owner.pk}, "sk": {"S": NOTE_PREFIX + cursor}}
        while True:
            kwargs: dict[str, Any] = {
                "KeyConditionExpression": "pk = :pk AND begins_with(sk, :note)",
                "FilterExpression": filter_expr,
                "ExpressionAttributeValues": values,
                "ScanIndexForward": False,
                "Limit": max(limit - len(notes), 1),
            }
            if names:
                kwargs["ExpressionAttributeNames"] = names
            if start:
                kwargs["ExclusiveStartKey"] = start
            result = self._call("query", **kwargs)
            for raw in result.get("Items", []):
                notes.append(self._note(from_item(raw)))
            start = result.get("LastEvaluatedKey")
            if len(notes) >= limit or not start:
                break
        next_cursor = notes[-1].note_id if (start and notes) else None
        return NotesPage(notes=notes[:limit], cursor=next_cursor)

    def delete_note(self, owner: Owner, note_id: str) -> bool:
        try:
            self._call(
                "delete_item",
                Key=to_item({"pk": owner.pk, "sk": NOTE_PREFIX + note_id}),
                ConditionExpression="attribute_exists(sk)",
            )
        except AlreadyExists:
            return False
        return True

    def delete_owner(self, owner: Owner) -> int:
        """Hard-delete every item of this owner's partition: notes, progress, profile."""
        return self.delete_partition(owner.pk)

    def delete_partition(self, pk: str) -> int:
        deleted = 0
        start: dict[str, Any] | None = None
        while True:
            kwargs: dict[str, Any] = {
                "KeyConditionExpression": "pk = :pk",
                "ExpressionAttributeValues": {":pk": {"S": pk}},
                "ProjectionExpression": "pk, sk",
                "ConsistentRead": True,
            }
            if start:
                kwargs["ExclusiveStartKey"] = start
            result = self._call("query", **kwargs)
            keys = [{"pk": item["pk"], "sk": item["sk"]} for item in result.get("Items", [])]
            for i in range(0, len(keys), 25):
                deleted += self._batch_delete(keys[i : i + 25])
            start = result.get("LastEvaluatedKey")
            if not start:
                return deleted

    def _batch_delete(self, keys: list[dict[str, Any]]) -> int:
        requests = [{"DeleteRequest": {"Key": key}} for key in keys]
        for _ in range(5):
            try:
                result = self.client.batch_write_item(RequestItems={self.table_name: requests})
            except Exception as exc:
                raise map_error(exc) from exc
            requests = result.get("UnprocessedItems", {}).get(self.table_name, [])
            if not requests:
                return len(keys)
        raise StorageUnavailable("unprocessed deletes")
