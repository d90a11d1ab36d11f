"""The notes repository on DynamoDB, through an injected boto3 client."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from steady_ground.storage.codec import from_item, to_item
from steady_ground.storage.errors import AlreadyExists, NoteTooLong, StorageError, StorageUnavailable
from steady_ground.storage.privacy_codes import DynamoPrivacyCodes
from steady_ground.storage.repository import (
    MAX_NOTE_CHARS,
    Bundle,
    Note,
    NoteKind,
    NotesPage,
    Owner,
)

# botocore logs whole request and response bodies (note text) at DEBUG: never let that through.
logging.getLogger("botocore").setLevel(logging.WARNING)

PROFILE_SK = "META#profile"
PROGRESS_PREFIX = "META#progress#"
SETTING_PREFIX = "META#setting#"
MEMBER_MARK_SK = "META#member"  # in a person partition: registered in the account's registry
MEMBER_PREFIX = "MEMBER#"  # in the account partition: one item per recognized person
NOTE_PREFIX = "NOTE#"
OWNER_PREFIX = "OWNER#"

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


def member_sk(person_pk: str) -> str:
    return MEMBER_PREFIX + person_pk.removeprefix(OWNER_PREFIX)


class DynamoNotesRepository(DynamoPrivacyCodes):
    """Every call goes through ``_call``: AWS errors become the skill's own, and once storage has
    been unavailable during a request, later calls in that request fail at once, so a turn spends
    at most one call's worst case (about 4 s) waiting and still answers inside Alexa's 8 s."""

    def __init__(self, client: Callable[[], Any] | Any, table_name: str, retention_days: int) -> None:
        self._client_factory = client if callable(client) and not hasattr(client, "query") else (lambda: client)
        self.table_name = table_name
        self.retention = timedelta(days=retention_days)
        self._down = False

    @property
    def client(self) -> Any:
        return self._client_factory()

    def begin_request(self) -> None:
        self._down = False

    def _guard(self) -> None:
        if self._down:
            raise StorageUnavailable("failed earlier in this request")

    def _mapped(self, exc: Exception) -> StorageError:
        mapped = map_error(exc)
        if isinstance(mapped, StorageUnavailable):
            self._down = True
        return mapped

    def _call(self, op: str, **kwargs: Any) -> Any:
        self._guard()
        try:
            return getattr(self.client, op)(TableName=self.table_name, **kwargs)
        except StorageError:
            raise
        except Exception as exc:  # botocore errors are mapped, never leaked
            raise self._mapped(exc) from exc

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
        settings: dict[str, Any] = {}
        registered = False
        for raw in result.get("Items", []):
            item = from_item(raw)
            if item.get("expires_at") and int(item["expires_at"]) <= cutoff:
                continue
            sk = item["sk"]
            if sk == MEMBER_MARK_SK:
                registered = True
                continue
            bundle.exists = True
            if sk == PROFILE_SK:
                bundle.profile.update(json.loads(item.get("body", "{}")))
            elif sk.startswith(PROGRESS_PREFIX):
                bundle.progress[sk[len(PROGRESS_PREFIX):]] = json.loads(item.get("body", "{}"))
            elif sk.startswith(SETTING_PREFIX):
                settings[sk[len(SETTING_PREFIX):]] = json.loads(item.get("body", "null"))
        if settings:
            bundle.profile["settings"] = settings
        if owner.recognized and not registered:
            self._register(owner)
        return bundle

    def _register(self, owner: Owner) -> None:
        """Enter a recognized person in the account's member registry (once per person), so
        SkillDisabled finds their partition. Any write to the partition follows a bundle load."""
        try:
            self._call(
                "put_item",
                Item=to_item({"pk": owner.account_pk, "sk": member_sk(owner.pk), "member_pk": owner.pk}),
            )
            self._call("put_item", Item=to_item({"pk": owner.pk, "sk": MEMBER_MARK_SK}))
        except StorageError:
            pass  # the next session start tries again; nothing the person said is lost

    def save_profile(self, owner: Owner, profile: dict[str, Any]) -> None:
        body = {k: v for k, v in profile.items() if k != "settings"}  # settings are their own items
        item = {"pk": owner.pk, "sk": PROFILE_SK, "body": json.dumps(body, separators=(",", ":"))}
        self._call("put_item", Item=to_item(item))

    def save_setting(self, pk: str, name: str, value: Any, now: datetime) -> None:
        item = {"pk": pk, "sk": SETTING_PREFIX + name, "body": json.dumps(value), "set_at": _epoch(now)}
        self._call("put_item", Item=to_item(item))

    def delete_setting(self, pk: str, name: str) -> None:
        self._call("delete_item", Key=to_item({"pk": pk, "sk": SETTING_PREFIX + name}))

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
        """Hard-delete everything this owner has: notes, progress, profile, settings, at once.

        A person's whole partition goes, and their entry in the account's registry. For the account
        (unrecognized speech) the registry entries stay: they belong to the persons, not to it.
        """
        if owner.recognized:
            deleted = self.delete_partition(owner.pk)
            self._call("delete_item", Key=to_item({"pk": owner.account_pk, "sk": member_sk(owner.pk)}))
            return deleted
        return self.delete_partition(owner.pk, keep_prefix=MEMBER_PREFIX)

    def delete_account(self, account_pk: str) -> int:
        """SkillDisabled: every person partition in the account's registry, then the account's."""
        deleted = 0
        for item in self._query_all(account_pk, MEMBER_PREFIX, "member_pk"):
            member = item.get("member_pk")
            if isinstance(member, dict) and "S" in member:
                deleted += self.delete_partition(member["S"])
        return deleted + self.delete_partition(account_pk)

    def _query_all(self, pk: str, prefix: str | None, projection: str = "") -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        start: dict[str, Any] | None = None
        values: dict[str, Any] = {":pk": {"S": pk}}
        condition = "pk = :pk"
        if prefix:
            condition += " AND begins_with(sk, :prefix)"
            values[":prefix"] = {"S": prefix}
        while True:
            kwargs: dict[str, Any] = {
                "KeyConditionExpression": condition,
                "ExpressionAttributeValues": values,
                "ProjectionExpression": "pk, sk" + (", " + projection if projection else ""),
                "ConsistentRead": True,
            }
            if start:
                kwargs["ExclusiveStartKey"] = start
            result = self._call("query", **kwargs)
            found.extend(result.get("Items", []))
            start = result.get("LastEvaluatedKey")
            if not start:
                return found

    def delete_partition(self, pk: str, keep_prefix: str | None = None) -> int:
        keys = [
            {"pk": item["pk"], "sk": item["sk"]}
            for item in self._query_all(pk, None)
            if not (keep_prefix and item["sk"]["S"].startswith(keep_prefix))
        ]
        deleted = 0
        for i in range(0, len(keys), 25):
            deleted += self._batch_delete(keys[i : i + 25])
        return deleted

    def _batch_delete(self, keys: list[dict[str, Any]]) -> int:
        requests = [{"DeleteRequest": {"Key": key}} for key in keys]
        for _ in range(5):
            result = self._call_batch(requests)
            requests = result.get("UnprocessedItems", {}).get(self.table_name, [])
            if not requests:
                return len(keys)
        raise StorageUnavailable("unprocessed deletes")

    def _call_batch(self, requests: list[dict[str, Any]]) -> Any:
        self._guard()
        try:
            return self.client.batch_write_item(RequestItems={self.table_name: requests})
        except Exception as exc:
            raise self._mapped(exc) from exc
